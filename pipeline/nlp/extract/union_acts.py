"""The Union's numbered acts: "Regulation (EU) 2021/696", "Decision No 541/2014/EU", and "this
Regulation" in the act itself.

The European Union cites its legal acts by kind and number, and the number carries the legal
order it belongs to: "(EU)", "(EC)", "(Euratom)", "(CFSP)" after the kind ("Regulation (EU)
2027/318", "Council Decision (CFSP) 2019/797") or "/EU", "/EC" after it ("Decision No
541/2014/EU"). That citation is the act's name (the guide marks an instrument the text names
as an actor of type agreement); the statistical NER cuts it at the number, and no list can hold
every act. An act of the Union heads its own text with its citation in capitals
("REGULATION (EU) 2027/318 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of ...") and then
calls itself "this Regulation" (also "the present Regulation", "THIS REGULATION" in its closing
formula): that act. The marker of the legal order is required, so a UN body's "decision 62/217"
or a date written "3/2026" is no act of the Union.

Pure functions over the text, so their table test reads plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: The kinds of the Union's legal acts, each as the text calls itself by it.
KINDS = ("Regulation", "Directive", "Decision")
_ORDER = r"(?:EU|EC|EEC|Euratom|CFSP|JHA)"
#: The number after the kind: "(EU) 2027/318", "No 541/2014/EU", "(EU) No 377/2014".
_NUMBER = (
    r"(?:\(" + _ORDER + r"\)\s+(?:No\.?\s+)?\d{1,4}/\d{1,4}(?:/" + _ORDER + r")?"
    r"|(?:No\.?\s+)?\d{1,4}/\d{1,4}/" + _ORDER + r")"
)
#: A cited act: its kind, optionally after the institution that adopted it ("Council",
#: "Commission Implementing"), and its number.
_ACT = re.compile(
    r"\b(?P<act>(?:(?:Council|Commission)\s+(?:(?:Implementing|Delegated)\s+)?)?"
    r"(?P<kind>" + "|".join(KINDS) + r")\s+" + _NUMBER + r")(?![\w/])"
)
#: The act's own citation heading its text, in capitals or not, at the start of a line.
_OWN = re.compile(
    r"^[ \t]*(?P<act>(?P<kind>" + "|".join(KINDS) + r")\s+" + _NUMBER + r")(?![\w/])",
    re.IGNORECASE | re.MULTILINE,
)
#: How far into the text the act's own heading may stand (under an official journal's masthead).
_HEAD_CHARS = 1500


def _name(citation: str, kind: str) -> str:
    """The citation as a name: one space between words, the kind capitalised as in running
    text ("REGULATION (EU) 2027/318" is "Regulation (EU) 2027/318")."""
    words = citation.split()
    out = []
    for w in words:
        low = w.lower()
        if low == kind.lower() or low in ("council", "commission", "implementing", "delegated"):
            out.append(w.capitalize())
        elif low in ("no", "no."):
            out.append("No")
        else:
            out.append(w.upper() if w.strip("()").lower() != "euratom" else w)
    return " ".join(out)


def own_act(text: str, title: str = "", headings: Sequence[str] = ()) -> tuple[str, str] | None:
    """``(name, kind)`` of the Union's act whose citation heads the text (or is its
    ``title`` or one of the ``headings`` over its first paragraphs, where the ingester puts
    a heading under an official journal's masthead), or None."""
    sources = [(title, len(title)), *((h, len(h)) for h in headings), (text, _HEAD_CHARS)]
    for source, limit in sources:
        m = _OWN.search(source[:limit])
        if m:
            kind = m["kind"].capitalize()
            return _name(m["act"], kind), kind
    return None


def union_acts(
    text: str, title: str = "", headings: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of every act of the Union ``text`` cites by number, and of every
    "this <Kind>" / "the present <Kind>" of the act whose citation heads it (:func:`own_act`)."""
    out = [(m.start("act"), m.end("act"), _name(m["act"], m["kind"])) for m in _ACT.finditer(text)]
    own = own_act(text, title, headings)
    if own is not None:
        name, kind = own
        head = _OWN.search(text[:_HEAD_CHARS])
        if head is not None and not any(s == head.start("act") for s, _, _ in out):
            out.append((head.start("act"), head.end("act"), name))
        for m in re.finditer(
            r"\b(?:this|the\s+present)\s+" + kind + r"\b(?!\s+(?:\(|No\b))", text, re.IGNORECASE
        ):
            out.append((m.start(), m.end(), name))
    return sorted(out)
