"""Year-level sources of a document's date, tried after the stronger ones of
``document.document_date_evidence``: a release number's year, a date line in figures, a UN
resolution's own symbol, a copyright line."""

from __future__ import annotations

import re
from datetime import date

from pipeline.nlp.extract.dates.anchored import word_number
from pipeline.nlp.extract.dates.intervals import _valid_day
from pipeline.nlp.extract.dates.labels import _DATE_LABEL

#: A release number at a line's start: "Release 24-101", "RELEASE: 24-101", "Release No. 24-101"
#: (an agency's news release numbered by its year's last two digits).
_RELEASE_NUMBER = re.compile(
    r"(?:^|\n)[ \t*_]*(?:NEWS\s+)?(?:RELEASE|Release)(?:\s+(?:No\.|Number|#))?\s*:?[ \t]*"
    r"(?P<y>\d{2})-(?P<n>[A-Z]?\d{2,4})(?![\d-])"
)


#: A date in figures on a date line or a dateline at the head ("Date: 05/03/2024", "Paris,
#: 05/03/2024 –"): the year is certain, the day only when one of the first two numbers is
#: above 12 (day-first and month-first orders read alike otherwise) or the numbers are joined
#: by full stops ("Published 09.03.2027"), as only the day-first styles write them (German,
#: Nordic, Russian, Turkish: the American month-first date takes slashes).
_NUMERIC_LEAD = (
    rf"(?:^|\n)[ \t*_]*(?:{_DATE_LABEL}\s*:?\s*(?:[Oo]n\s*:?\s*)?|[A-Z][A-Za-z .'-]{{1,40}},\s+)"
)
_NUMERIC_DATE_LINE = re.compile(
    _NUMERIC_LEAD
    + r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/.])"
)
#: The same line with the year first, as Korean, Japanese and Chinese official texts print
#: their dates in figures ("Date: 2026. 11. 24. (Tuesday)", "Seoul, 2026.11.24."): year,
#: month, day is the only order that opens with the year, so the day is certain.
_YEAR_FIRST_DATE_LINE = re.compile(
    _NUMERIC_LEAD
    + r"(?P<y>(?:19|20)\d\d)\s?(?P<sep>[/.])\s?(?P<b>\d{1,2})\s?(?P=sep)\s?(?P<a>\d{1,2})"
    r"(?![\d/])"
)
#: A date in figures ending a short line of the head, the right column of a letterhead or of
#: a parliamentary paper's header ("21. Wahlperiode        03.12.2026" under "Drucksache
#: 21/4812", "Ref. 114/2026   05.03.2027"; the gap is one space once a reader has joined the
#: columns): the column holds the paper's own date, printed by itself. At most
#: ``_COLUMN_WORDS`` words before it, and none that makes it an event's ("until", "from").
_RIGHT_COLUMN_DATE = re.compile(
    r"(?m)^(?P<lead>[^\n]{1,50}?)[ \t]+"
    r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)[ \t]*$"
)
_COLUMN_WORDS = 4
_EVENT_LEAD = re.compile(
    r"\b(?:by|until|till|through|since|from|before|after|between|to|on|in|of|at|due|deadline|"
    r"effective|expires?|valid)\W*$|:\s*$",
    re.IGNORECASE,
)


def _right_column_date(lines: str) -> re.Match[str] | None:
    """The first date in figures that ends a short line of ``lines`` (``_RIGHT_COLUMN_DATE``)."""
    for m in _RIGHT_COLUMN_DATE.finditer(lines):
        lead = m["lead"].strip()
        if len(lead.split()) <= _COLUMN_WORDS and not _EVENT_LEAD.search(lead):
            return m
    return None


#: A date in figures stamped with the clock time of posting, as news sites print a story's
#: time under its headline or in its byline ("19.11.2026 | 14:32 (GMT+3)", "By Jane Doe,
#: Correspondent 19.11.2026, 14:32", "05/03/2024 09:15"): the day and hour the page went up.
_STAMPED_DATE = re.compile(
    r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)"
    r"[ \t]*(?:[|·•,][ \t]*)?(?:at[ \t]+)?[0-2]?\d:[0-5]\d(?!\d)"
)
#: A clock time written with an "h" between the hour and the minutes ("17h42", "9h05"), as
#: French, Portuguese and Brazilian pages print it: those styles put the day first, so a
#: slashed date before it ("Published 10/03/2027 17h42") is read day first.
_H_CLOCK = re.compile(r"[ \t,|·-]*(?:[àa]s\s+)?[0-2]?\d\s?h\s?[0-5]\d(?!\d)")
#: A UN General Assembly resolution's own symbol on a line of its own at the head
#: ("A/RES/76/3"): the session that adopted it opened in September of 1945 + its number.
_RESOLUTION_SYMBOL = re.compile(r"(?:^|\n)[ \t*_]*(?:United Nations\s+)?A/RES/(?P<s>\d{1,2})/\d+")
#: A copyright line ("Copyright © 2021 ...", "© 2019–2024 ...", "(c) 2021"): its last year; also
#: run into the line above it after a full stop, as a wrapped paragraph joins a paper's venue
#: line and its notice ("... Congress, 5-9 October 2026. Copyright ©2026 by the Federation.").
_COPYRIGHT = re.compile(
    r"(?:^|\n|(?<=[.!?])[ \t]+)[ \t*_]*(?:Copyright\s*(?:©|\([cC]\))?|©|\([cC]\))\s*"
    r"(?:(?:19|20)\d\d\s*[-–—,]\s*)?(?P<y>(?:19|20)\d\d)\b"
)


def _numeric_date_line(head: str, today: date | None) -> str | None:
    """The date (or the year) of a date line in figures in the first lines, year first
    (``_YEAR_FIRST_DATE_LINE``) or last, else of a date in figures with its clock time in the
    first 15 lines (``_STAMPED_DATE``), else of one in the right column of the first six
    (``_RIGHT_COLUMN_DATE``)."""
    first = _YEAR_FIRST_DATE_LINE.search(head[:1500])
    if first is not None:
        y, mo, d = int(first["y"]), int(first["b"]), int(first["a"])
        day = f"{y:04d}-{mo:02d}-{d:02d}" if _valid_day(y, mo, d) else None
        if day is not None and day <= (today or date.today()).isoformat():
            return day
    lines = "\n".join(head[:1500].split("\n")[:15])
    return _numeric_date(
        _NUMERIC_DATE_LINE.search(head[:1500])
        or _STAMPED_DATE.search(lines)
        or _right_column_date("\n".join(lines.split("\n")[:6])),
        today,
    )


def _numeric_closing_date(text: str, today: date | None) -> str | None:
    """The date (or the year) of the last date line in figures in the last 800 characters,
    with little text after it: a signature block's "Date: 14.10.2024" under the name and title
    of each signatory, as memoranda and agreements close."""
    tail = text[-800:]
    found = list(_NUMERIC_DATE_LINE.finditer(tail))
    if not found or len(tail[found[-1].end() :].strip()) > 300:
        return None
    return _numeric_date(found[-1], today)


def _numeric_date(m: re.Match[str] | None, today: date | None) -> str | None:
    """The day a date in figures names when its order is certain, else its year."""
    if m is None:
        return None
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    today = today or date.today()
    if y > today.year:
        return None
    day = None
    if a > 12 and b <= 12 and _valid_day(y, b, a):
        day = f"{y:04d}-{b:02d}-{a:02d}"  # day first: "25/03/2024"
    elif b > 12 and a <= 12 and _valid_day(y, a, b):
        day = f"{y:04d}-{a:02d}-{b:02d}"  # month first: "03/25/2024"
    elif m["sep"] == "." and b <= 12 and _valid_day(y, b, a):
        day = f"{y:04d}-{b:02d}-{a:02d}"  # day first, by its full stops: "09.03.2027"
    elif b <= 12 and _H_CLOCK.match(m.string, m.end()) and _valid_day(y, b, a):
        day = f"{y:04d}-{b:02d}-{a:02d}"  # day first, by its clock: "10/03/2027 17h42"
    if day is not None and day > today.isoformat():
        return None  # a day after the day of the run is no day of writing
    return day or str(y)


def _resolution_year(head: str) -> int | None:
    """The year a resolution's own symbol at the head names (its session's first year)."""
    m = _RESOLUTION_SYMBOL.search(head[:600])
    return 1945 + int(m["s"]) if m else None


def _copyright_year(text: str, today: date | None) -> int | None:
    """The last year of a copyright line in the first or the last 1,500 characters, not after
    ``today``'s year."""
    for part in (text[:1500], text[-1500:]):
        m = _COPYRIGHT.search(part)
        if m and int(m["y"]) <= (today or date.today()).year:
            return int(m["y"])
    return None


def _release_year(head: str, today: date | None) -> int | None:
    """The year of a release number in the first lines ("Release 24-101": 2024), not after
    ``today``'s year."""
    m = _RELEASE_NUMBER.search(head[:1500])
    if m is None:
        return None
    y = 2000 + int(m["y"])
    return y if y <= (today or date.today()).year else None


#: An anniversary feature's title: "30 Years Ago: ...", "Fifty Years Ago Today, ...".
_YEARS_AGO_TITLE = re.compile(
    r"^[ \t*#_]*(?P<n>\d{1,3}|[A-Za-z]+(?:[- ][A-Za-z]+)?)\s+Years\s+Ago\b", re.IGNORECASE
)
_FIRST_YEAR = re.compile(r"(?<![\w.,/-])(?P<y>(?:19|20)\d\d)(?![\w/-]|\.\d|,\d)")


def _anniversary_year(title: str, text: str, today: date | None) -> int | None:
    """The year of an anniversary feature ("30 Years Ago: A Probe Maps the Moon"), the year
    its first paragraph opens with ("In 1994, ...") and the number of years its title counts:
    the feature was written that many years after the event it recalls. ``title`` is the
    metadata's title, else the text's first line; the year must come in the first sentence
    of the body and the sum must not be after ``today``'s year."""
    first_line = next((line for line in text.split("\n") if line.strip()), "")
    for candidate in (title, first_line):
        m = _YEARS_AGO_TITLE.match(candidate or "")
        if m:
            break
    else:
        return None
    n = int(m["n"]) if m["n"].isdigit() else word_number(m["n"])
    if not n:
        return None
    body = text[len(first_line) :] if first_line == m.string else text
    sentence = re.split(r"(?<=[.!?])\s", body.strip(), maxsplit=1)[0]
    y = _FIRST_YEAR.search(sentence[:400])
    if y is None:
        return None
    found = int(y["y"]) + n
    return found if today is None or found <= today.year else None


#: A year of another calendar with the common-era year glossed after it in brackets, as
#: official texts of Thailand, Japan and Muslim states print their dates ("Thursday 14 January
#: B.E. 2570 (2027)", "13 November Reiwa 8 (2026)", "5 Rajab 1448 AH (2026)"): the gloss is
#: the year to read.
_ERA_GLOSSED = re.compile(
    r"\b(?:(?:B\.\s?E\.|BE|Reiwa|Heisei|A\.\s?H\.|AH)\s*\d{1,4}|\d{3,4}\s*(?:B\.\s?E\.|A\.\s?H\.|AH)"
    r"(?!\w))\s*\(\s*(?P<y>(?:19|20)\d\d)(?:\s*(?:CE|AD|A\.D\.))?\s*\)"
)
#: A Buddhist Era year without a gloss ("14 January B.E. 2570"): the common era's is 543 less.
_BUDDHIST_ERA = re.compile(r"\b(?:B\.\s?E\.|BE)\s*(?P<y>2[4-6]\d\d)\b")


def common_era(text: str) -> str:
    """``text`` with each year of another calendar written as the common era's year: its
    bracketed gloss (``_ERA_GLOSSED``), or a Buddhist Era year less 543 (``_BUDDHIST_ERA``), so
    that a date line in a Thai, Japanese or Hijri style reads as any date line ("Thursday 14
    January B.E. 2570 (2027)" as "Thursday 14 January 2027")."""
    text = _ERA_GLOSSED.sub(lambda m: m["y"], text)
    return _BUDDHIST_ERA.sub(lambda m: str(int(m["y"]) - 543), text)
