"""A body's own head and council named by office alone: "the Director General", "the Council".

An organisation's resolution, framework or report names its head and its governing council by
office, never by the body's name ("REQUESTS the Director General to report to the Council"):
they are that body's, the one the document is about. The guide marks them as actors of their
own, as it marks `UN Secretary-General`: `ESA Director General`; "the Council" only when the
gazetteer lists the body's council as an actor of its own (the shipped one lists none: "the ESA
Council" is ESA there). Which body is
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


def head_offices(text: str, body: str, council: str | None) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each "the Director General" (``<body> Director General``) and,
    when ``council`` is given (the body's council is a listed actor), each "the Council" in
    ``text``; the span is the office without "the"."""
    out = []
    for m in _OFFICE.finditer(text):
        if m["office"] == "Council":
            if council is not None:
                out.append((m.start("office"), m.end("office"), council))
        else:
            out.append((m.start("office"), m.end("office"), f"{body} Director General"))
    return out
