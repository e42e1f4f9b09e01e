"""Dates anchored to the document's own date, and years written in words.

- :func:`document_date`: the day (or year) a document speaks from: a "Date:" line, an
  executive order's "of June 30, 2017", a dateline ("WASHINGTON, May 3, 2024 —"), or a treaty's
  "DONE at ... this twelfth day of March one thousand nine hundred and seventy-five"; else the
  year of its metadata. A date found in the text wins only when it agrees with that year.
- weekdays ("on Thursday", "Friday night"): the latest such day on or before the document
  date; never when a date is written next to the weekday ("Tuesday, April 16" is that date).
- "the next / coming N years": the N years after the document's year (``Y+1/Y+N``), unless a
  duration ("for the next two years") or told from an earlier year of the narrative;
- "N years / months ago": counted back from the document date.
- years in words ("one thousand nine hundred and seventy-five"), alone or after "the Nth day
  of March".

Each finder returns candidates for ``pipeline.nlp.extract.dates.scan``; the weekday and "next
N years" ones are deictic: :func:`pipeline.nlp.extract.dates.find_dates` resolves them against
the document date, not the narrative anchor.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.nlp.extract.dates.intervals import Interval, Point, _point, _valid_day
from pipeline.nlp.extract.dates.vocabulary import _MONTHS, _NUMBERS

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(
    r"\b(?P<w>" + "|".join(WEEKDAYS) + r")(?:\s+(?:night|morning|afternoon|evening))?\b"
)
#: A date written right after a weekday ("Tuesday, April 16", "Friday (March 8)").
_DATE_AFTER = re.compile(
    r"\s*[,(]?\s*(?:\d{1,2}\s+)?(?:" + "|".join(k for k in _MONTHS) + r")\b", re.IGNORECASE
)
_NEXT_YEARS = re.compile(
    r"\b(?P<for>for\s+)?(?:the\s+)(?:next|coming)\s+(?P<n>\d{1,3}|[a-z]+)\s+years\b",
    re.IGNORECASE,
)
_AGO = re.compile(
    r"\b(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
    r"forty|fifty)\s+(?P<u>years?|months?|decades?)\s+ago\b",
    re.IGNORECASE,
)
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
_TEENS_TENS = {k: v for k, v in _NUMBERS.items() if v >= 10} | {
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SMALL = "|".join(sorted({*_UNITS, *_TEENS_TENS}, key=len, reverse=True))
_BELOW_100 = rf"(?:(?:{_SMALL})(?:[-\s](?:{'|'.join(_UNITS)}))?)"
_WORD_YEAR = re.compile(
    rf"\b(?P<y>(?:one\s+thousand\s+(?P<h>{'|'.join(_UNITS)})\s+hundred|two\s+thousand)"
    rf"(?:\s+(?:and\s+)?(?P<r>{_BELOW_100}))?)\b",
    re.IGNORECASE,
)
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_DAY_OF = re.compile(
    r"\b(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+(?P<m>[A-Z][a-z]+)\s*,?\s*"
    r"(?:in\s+the\s+year\s+)?",
)
_DAY_OF_WORDS = re.compile(
    r"\b(?:the\s+)?(?P<d>(?:twenty|thirty)[-\s]?)?(?P<o>[a-z]+)\s+day\s+of\s+(?P<m>[A-Z][a-z]+)"
    r"\s*,?\s*(?:in\s+the\s+year\s+)?"
)


def word_number(text: str) -> int | None:
    """``"seventy-five"`` -> 75; None for anything else."""
    words = re.split(r"[-\s]+", text.strip().lower())
    total = 0
    for w in words:
        if w in _UNITS:
            total += _UNITS[w]
        elif w in _TEENS_TENS:
            total += _TEENS_TENS[w]
        else:
            return None
    return total


def word_years(text: str) -> list[tuple[int, int, Interval]]:
    """``(start, end, interval)`` of each year (or "Nth day of Month <year>") in words."""
    out = []
    for m in _WORD_YEAR.finditer(text):
        year = 1000 + 100 * _UNITS[m["h"].lower()] if m["h"] else 2000
        if m["r"]:
            rest = word_number(m["r"])
            if rest is None:
                continue
            year += rest
        start, iv = m.start(), _point(year)
        day = _day_before(text, m.start(), year)
        if day is not None:
            start, iv = day
        out.append((start, m.end(), iv))
    return out


def _day_before(text: str, pos: int, year: int) -> tuple[int, Interval] | None:
    """ "the 12th day of March" (or "the twelfth day of March") right before ``pos``."""
    window_start = max(0, pos - 60)
    window = text[window_start:pos]
    for pattern in (_DAY_OF, _DAY_OF_WORDS):
        for m in pattern.finditer(window):
            if m.end() != len(window):
                continue
            month = _MONTHS.get(m["m"].lower())
            if pattern is _DAY_OF:
                day = int(m["d"])
            else:
                day = _ORDINAL_WORDS.get(m["o"].lower())
                tens = (m["d"] or "").strip("- ").lower()
                if day is None or (tens and day > 9):
                    continue
                day += {"twenty": 20, "thirty": 30}.get(tens, 0)
            if month and _valid_day(year, month, day):
                return window_start + m.start(), _point(year, month, day)
    return None


def weekdays(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, weekday index)`` of each capitalised weekday with no date after it."""
    out = []
    for m in _WEEKDAY.finditer(text):
        if _DATE_AFTER.match(text, m.end()):
            continue
        out.append((m.start(), m.end(), WEEKDAYS.index(m["w"])))
    return out


def ago(text: str) -> list[tuple[int, int, tuple]]:
    """``(start, end, relative)`` of each "N years / months / decades ago"."""
    out = []
    for m in _AGO.finditer(text):
        word = m["n"].lower()
        n = int(word) if word.isdigit() else _NUMBERS.get(word)
        unit = m["u"].lower().rstrip("s")
        if n:
            out.append((m.start(), m.end(), ("ago", -n, unit)))
    return out


def next_years(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, n)`` of each "the next N years"; not "for the next N years", a duration
    that usually runs from a narrated event."""
    out = []
    for m in _NEXT_YEARS.finditer(text):
        if m["for"]:
            continue
        word = m["n"].lower()
        n = int(word) if word.isdigit() else _NUMBERS.get(word)
        if n and n > 1:
            out.append((m.start(), m.end(), n))
    return out


_DATE_LINE = re.compile(
    r"(?:^|\n)\s*(?:\*\*)?(?:Date|Dated|Release date|Released|Published|Signed)\s*:?(?:\*\*)?\s*:?\s*"
    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})",
)
_ORDER_OF = re.compile(
    r"\b(?:Executive Order|Proclamation|Memorandum)\s+\d*\s*of\s+"
    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
)
_DATELINE = re.compile(
    r"(?:^|\n)\s*[A-Z][A-Za-z .,'-]{1,40},\s+(?P<date>[A-Z][a-z]{2,8}\.?\s*\d{1,2},?\s+\d{4})"
    r"\s*(?:[-–—]|/)",
)
_DONE_AT = re.compile(r"\bDONE\b[^.]{0,200}?\bth(?:is|e)\s+[^.]{0,120}?day\s+of\s+[^.]{0,120}")


def document_date(text: str, *, year: int | None = None, find=None) -> str | None:
    """The ISO date a document speaks from (see the module docstring), or None.

    ``find`` is :func:`pipeline.nlp.extract.dates.find_dates` (passed in to avoid an import
    cycle); only the first 3,000 characters are searched for a date line, an order's date or a
    dateline, and the whole text for a "DONE at" clause."""
    head = text[:3000]
    found: list[str] = []
    for pattern in (_DATE_LINE, _ORDER_OF, _DATELINE):
        m = pattern.search(head)
        if m:
            found.append(re.sub(r"([A-Za-z])(\d)", r"\1 \2", m["date"]))
    done = list(_DONE_AT.finditer(text))
    if done:
        found.append(done[-1][0])
    for candidate in found:
        if find is None:
            break
        days = [d for d in find(candidate) if d.granularity == "day" and not d.relative]
        if days and (year is None or days[-1].value.startswith(str(year))):
            return days[-1].value
    return str(year) if year else None


def resolve_deictic(rel: tuple, document: Point, anchor: Point | None) -> Interval | None:
    """The interval of a deictic expression written at ``document`` (the document date):
    a weekday is the latest such day on or before it (only when the document date is a day
    and the narrative's anchor, if any, lies in the same year: a weekday in a story of 1957
    is not a day of the document's week); "the next N years" are the N years after its year.
    Other deictic forms go to ``scan._resolve`` with the document date as anchor."""
    kind = rel[0]
    year, month, day = document
    if kind == "weekday":
        if month is None or day is None or (anchor is not None and anchor[0] != year):
            return None
        written = date(year, month, day)
        back = (written.weekday() - rel[1]) % 7
        d = written - timedelta(days=back)
        return _point(d.year, d.month, d.day)
    if kind == "next_years":
        if anchor is not None and anchor[0] < year:
            return None  # told from the past ("by 1998 ... the next two years"): not now
        return Interval(_point(year + 1).start, _point(year + rel[1]).start)
    return None
