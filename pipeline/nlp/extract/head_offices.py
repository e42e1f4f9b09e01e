"""A body's own head and council named by office alone: "the Director General", "the Council".

An organisation's resolution, framework or report names its head and its governing council by
office, never by the body's name ("REQUESTS the Director General to report to the Council"):
they are that body's, the one the document is about. The guide marks the head as an actor of
its own, as it marks `UN Secretary-General`: `ESA Director General`. "the Council" is the
body's council: an actor of its own when the gazetteer lists one, and otherwise the body
itself, as the guide decided in the eighteenth round after the real gold's reading of "the
Council of the European Space Agency" (a body's organ named by the body and a generic word is
the body); the latter only in a document that names the body's council ("the ESA Council",
"the Council of ESA", :func:`names_council_of`) or whose running text opens with the lead-in of
a council's resolution ("The Council, meeting at ministerial level ...": the banner above it is
a heading the ingester keeps out of the text), so that a stray "the Council" (the EU's) is not
read as it. Which
body is
the document's own is read from its mentions: the body, among those whose head is titled
Director General, that the document names most often. "the Director General of NASRDA" names
its body and is left to the other rules; a document naming no such body gets nothing.

A pure function over the document's text and its actor mentions, so its table test reads plain
strings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: Bodies (canonical gazetteer names) whose head is titled Director General: facts.
DIRECTOR_GENERAL_BODIES = frozenset(
    {
        "ESA", "African Space Agency", "Roscosmos", "EUMETSAT", "PhilSA", "Kenya Space Agency",
        "NASRDA", "UAE Space Agency", "IAEA", "UNESCO", "WHO", "WTO", "FAO", "WIPO",
    }
)  # fmt: skip
#: "the Director General" or "the Director-General" capitalised, not followed by "of" (another
#: body named) nor by a capitalised word (the holder's name: "the Director General Ann Roe").
_OFFICE = re.compile(r"\b[Tt]he\s+(?P<office>Director[- ]General|Council)\b(?!\s+(?:of\b|[A-Z]))")


def own_body(names: Iterable[str]) -> str | None:
    """The document's own body: the listed body headed by a Director General that its actor
    mentions (canonical names) name most often, or None."""
    counts = Counter(n for n in names if n in DIRECTOR_GENERAL_BODIES)
    return counts.most_common(1)[0][0] if counts else None


def names_council_of(text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` names the council of the body called by any of ``names`` (its canonical
    name and aliases): the body then "Council" with at most one word between (a line break or
    "ministerial" allowed: "ESA Council", "EUROPEAN SPACE AGENCY\nCOUNCIL AT MINISTERIAL LEVEL",
    "ESA's ministerial council"), or "Council of (the) <body>"; or opens with the lead-in of a
    council's resolution ("The Council, meeting ...")."""
    if re.match(r"\s*The\s+Council\b(?!\s+of\b)", text):
        return True  # the lead-in of the council's own resolution
    for name in names:
        if not name:
            continue
        body = re.escape(name)
        pattern = (
            rf"\b{body}(?:['’]s)?\s+(?:\w+\s+)?council\b"
            rf"|\bcouncil\s+of\s+(?:the\s+)?{body}\b"
        )
        if re.search(pattern, text, re.IGNORECASE):
            return True
    return False


def head_offices(text: str, body: str, council: str | None) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each "the Director General" (``<body> Director General``) and,
    when ``council`` is given (the body's council: a listed actor, or the body itself), each
    "the Council" in ``text``; the span is the office without "the"."""
    out = []
    for m in _OFFICE.finditer(text):
        if m["office"] == "Council":
            if council is not None:
                out.append((m.start("office"), m.end("office"), council))
        else:
            out.append((m.start("office"), m.end("office"), f"{body} Director General"))
    return out
