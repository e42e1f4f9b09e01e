"""The European Union's own register: "the Union", "the Commission", "Parliament".

The EU's institutions and the bodies that write for them (the Parliament's research service
and committees, the Commission's communications, briefings on EU law) call the Union "the
Union" and its institutions by their head word alone: "the Commission tabled its proposal",
"Critics in Parliament have asked", "the Parliament's position". They often never spell out
"European Commission" or "European Parliament", so the short-form rule of the actor component
(a head word after an earlier full name) finds nothing to refer back to. The guide marks these
as the institutions (`EU`, `European Commission`, `European Parliament`).

A document is of that register when it calls something "the Union" (capitalised, not "the
Union of ...", "the Union Cabinet", "State of the Union") and names the EU, and no other union
(the Soviet Union, the African Union) is named as often as the EU: then "the Union" is the EU.
An institution's own document may never name the EU by itself: the Council's conclusions are
headed "Council of the European Union" and say "the Union" after it, a Commission
communication is signed by the "European Commission". So the EU is named also by its words
"European Union" (any case, inside a longer name too) and by an institution's full name.
In such a document "the Commission" is the European Commission unless it names another
commission, and "Parliament" / "the Parliament" (capitalised, not after another capitalised
word, "the Scottish Parliament") the European Parliament unless it names another parliament
(a national one: "the UK Parliament", "the Parliament of Australia"). A pure function over the
document's text and its actor mentions, so its table test reads plain strings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

EU = "EU"
#: head word -> the institution it names in the Union's register (facts).
INSTITUTIONS = {
    "Union": EU,
    "Commission": "European Commission",
    "Parliament": "European Parliament",
    # the Union's acts and their recitals call the Council of the European Union "the Council"
    # ("adopted by the Council", "report to the European Parliament and to the Council"); the
    # European Council is called by its full name (another council keeps the word ambiguous)
    "Council": "Council of the European Union",
}
#: "the Union" / "the Commission" / "(the) Parliament", not followed by "of", "on", "for" or a
#: capitalised word (a longer name: "the Commission on Science", "the Union Cabinet"), nor by
#: "address".
_HEAD = re.compile(
    r"(?<![A-Za-z])(?:(?P<the>[Tt]he)\s+)?(?P<head>Union|Commission|Parliament|Council)\b"
    r"(?!\s+(?:of\b|on\b|for\b|address\b|[A-Z]))(?!-)"
)
#: The Union's institutions by their full names (facts): naming one names the EU.
FULL_NAMES = frozenset(
    ["European Commission", "European Parliament", "European Council",
     "Council of the European Union"]
)  # fmt: skip
_EUROPEAN_UNION = re.compile(r"\bEuropean\s+Union\b", re.IGNORECASE)
_STATE_OF = re.compile(r"\bState\s+of\s+(?:the\s+)?$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+$")


def union_register(text: str, names: Iterable[str], title: str = "") -> bool:
    """Whether the document is of the Union's register: it says "the Union" of something, it
    names the EU (canonical names ``names`` of its actor mentions, an institution's full name,
    or the words "European Union" in its text or its ``title``, which the ingester may have
    taken off the text: a masthead), and no other actor whose name ends in "Union" is named as
    often."""
    counts = Counter(names)
    named = counts[EU] + sum(counts[n] for n in FULL_NAMES)
    named = max(named, len(_EUROPEAN_UNION.findall(f"{title}\n{text}")))
    if not named:
        return False
    if not any(m["head"] == "Union" and m["the"] for m in _heads(text)):
        return False
    return all(n == EU or not n.endswith("Union") or c < named for n, c in counts.items())


def _heads(text: str):
    for m in _HEAD.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _STATE_OF.search(before) or (not m["the"] and _CAPITAL_BEFORE.search(before)):
            continue  # "State of the Union"; "UK Parliament", "the Scottish Parliament"
        if m["head"] != "Parliament" and not m["the"]:
            continue  # a bare "Commission" or "Union" is an attribute or a heading
        yield m


def union_institutions(
    text: str, names: Iterable[str], title: str = ""
) -> list[tuple[int, int, str]]:
    """``(start, end, institution)`` of each "the Union", "the Commission" and "Parliament" in
    ``text`` that names the Union's own institution (the span is the head word); none when the
    document is not of the Union's register. ``names``: canonical names of its actor mentions;
    ``title``: the document's title."""
    names = list(names)
    if not union_register(text, names, title):
        return []
    # another commission or parliament the document names keeps its head word ambiguous (an
    # other union does not: the EU is named more often, ``union_register``)
    other = {
        head
        for head, institution in INSTITUTIONS.items()
        if head != "Union" and any(n != institution and n.split()[-1] == head for n in names)
    }
    return [
        (m.start("head"), m.end("head"), INSTITUTIONS[m["head"]])
        for m in _heads(text)
        if m["head"] not in other
    ]
