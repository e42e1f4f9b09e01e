"""The year of a UN General Assembly document from its own header (:func:`session_year`),
a year-level source of ``document.document_date_evidence``.

The Assembly numbers its regular sessions from 1946's first: session N opens in September of
1945 + N, and the documents issued for it (its reports, draft resolutions, resolutions, most
adopted in its autumn months) carry that number in their header, as a line of its own under
"General Assembly" ("Seventy-sixth session") or in the document's symbol opening a line
("A/76/20", "A/C.4/76/L.5", "A/76/L.12"). Only a header counts: a session the running text
names ("the item will be taken up again at its fortieth session", "as reported to its
sixty-first session") is another time, often another body's (a committee numbers its own
sessions from its own first year), and a symbol the text cites inside a sentence is another
document's.
"""

from __future__ import annotations

import re
from datetime import date

_UNIT_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}  # fmt: skip
_TEEN_ORDINALS = {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_TENS_ORDINALS = {w[:-1] + "ieth": n for w, n in _TENS.items()}  # "twentieth" ... "ninetieth"

#: A session line: "Seventy-sixth session", "76th session", perhaps after "General Assembly"
#: on the same line, and nothing else on the line.
_SESSION_LINE = re.compile(
    r"[ \t*_#]*(?:(?:United\s+Nations\s+)?General\s+Assembly[ \t,.:–—-]+)?"
    r"(?P<n>[A-Za-z]+(?:[- ][A-Za-z]+)?|\d{1,3}(?:st|nd|rd|th))\s+(?:regular\s+)?session"
    r"[ \t*_.]*",
    re.IGNORECASE,
)
_ASSEMBLY_LINE = re.compile(r"\bGeneral\s+Assembly\b", re.IGNORECASE)
#: Another body that numbers its own sessions, named in a header line.
_OTHER_BODY = re.compile(
    r"\b(?:Committee|Sub-?committee|Commission|Council|Conference|Board|Working\s+Group)\b",
    re.IGNORECASE,
)
#: A General Assembly document's symbol opening a line: "A/76/20", "A/76/L.12",
#: "A/C.4/76/L.5", "A/RES/76/3" (not a subsidiary body's series such as "A/AC.105/1234",
#: whose number is no session).
_ASSEMBLY_SYMBOL = re.compile(
    r"[ \t*_]*(?:United\s+Nations\s+)?A/(?:RES/|C\.\d/)?(?P<s>\d{1,2})/(?:L\.)?\d+"
    r"(?:/(?:Rev|Add|Corr)\.\d+)*(?=\s|$)"
)
#: The first lines of the head read for a header: a header is above the body.
_HEADER_LINES = 12


def session_number(word: str) -> int | None:
    """The number of an ordinal ("seventy-sixth", "Thirty seventh", "fortieth", "76th"),
    or None."""
    w = word.lower().replace(" ", "-")
    if w[:1].isdigit():
        return int(w[:-2]) if w[:-2].isdigit() else None
    if w in _UNIT_ORDINALS or w in _TEEN_ORDINALS or w in _TENS_ORDINALS:
        return _UNIT_ORDINALS.get(w) or _TEEN_ORDINALS.get(w) or _TENS_ORDINALS[w]
    tens, _, unit = w.partition("-")
    if tens in _TENS and unit in _UNIT_ORDINALS:
        return _TENS[tens] + _UNIT_ORDINALS[unit]
    return None


def session_year(head: str, today: date | None = None) -> int | None:
    """The year a General Assembly document's header gives (1945 + its session's number), or
    None: a session line under "General Assembly" (on a line above, the last body the header
    names, or on the same line), or the
    Assembly's symbol on a line of its own, in the first ``_HEADER_LINES`` non-empty lines.
    The header ends at the body's first sentence (a line of some length ending in a full
    stop), so a session the text tells of is not read. A year after ``today``'s is none."""
    found = _header_session(head)
    limit = (today or date.today()).year
    return 1945 + found if found is not None and 1945 + found <= limit else None


def _header_session(head: str) -> int | None:
    """The session number of the header's session line or symbol (see :func:`session_year`)."""
    lines = [line for line in head[:2000].split("\n") if line.strip()][:_HEADER_LINES]
    body = ""  # the last body the header named: "General Assembly", a committee
    for line in lines:
        if len(line) > 160 or (len(line.split()) >= 8 and line.rstrip(" *_").endswith(".")):
            return None  # the body has begun
        m = _SESSION_LINE.fullmatch(line)
        if m is not None:
            n = session_number(m["n"])
            if n and ("assembly" in m.group().lower() or body == "assembly"):
                return n
        if _ASSEMBLY_LINE.search(line):
            body = "assembly"
        elif _OTHER_BODY.search(line):
            body = "other"  # "Committee on the Peaceful Uses of Outer Space": its own sessions
        m = _ASSEMBLY_SYMBOL.match(line)
        rest = line[m.end() :].strip(" \t*_") if m is not None else ""
        if m is not None and (not rest or rest.startswith("Distr")):  # "A/76/20  Distr.: General"
            return int(m["s"])
    return None
