"""Dates anchored to the document's own date, and years written in words.

- the document's own date and the checks around it live in
  :mod:`pipeline.nlp.extract.dates.document`.
- "since 2018": from 2018 to the document's year (:func:`since_start`); bounds ("since",
  "until", "through", "by") do not anchor the narrative (:func:`is_bound`).
- "this / last / next week", "last June", "October 7 of last year", "the end of the decade"
  (:func:`deictic_phrases`).
- weekdays ("on Thursday", "Friday night"): the latest such day on or before the document
  date ("last Thursday": before it; "next Thursday": the first after it); never when a date is written next to the weekday ("Tuesday, April 16" is that date,
  in the year in which it is a Tuesday: :func:`weekday_fit`).
- "the next / coming N years" (and "the next decade", "the next six months", "the next ten
  days"): the N units after the document date (``Y+1/Y+N``), unless a duration ("for the next
  two years") or told from an earlier year of the narrative (:func:`next_span`);
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

from pipeline.nlp.extract.dates.fiscal import fiscal_of
from pipeline.nlp.extract.dates.intervals import Interval, Point, _point, _valid_day
from pipeline.nlp.extract.dates.vocabulary import _HALF_WORDS, _MONTHS, _NUMBERS, _QUARTER_WORDS

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(
    r"\b(?P<w>" + "|".join(WEEKDAYS) + r")(?:\s+(?:night|morning|afternoon|evening))?\b"
)
#: An indefinite or distributive word before a weekday: any such day, no day in time ("look
#: like a Tuesday", "on any Monday", "every Friday", "one Sunday in May", "an ordinary
#: Thursday"); not "signed a deal Tuesday" (the article is the noun's).
_ANY_DAY_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach|[Oo]ne|[Ss]ome)\s+"
    r"(?:(?:ordinary|typical|normal|average|given|single|particular|random|certain)\s+)?$"
)
#: A date written right after a weekday ("Tuesday, April 16", "Friday (March 8)").
_DATE_AFTER = re.compile(
    r"\s*[,(]?\s*(?:\d{1,2}\s+)?(?:" + "|".join(k for k in _MONTHS) + r")\b", re.IGNORECASE
)
_NEXT_YEARS = re.compile(
    r"\b(?P<for>for\s+)?(?:the\s+)(?:next|coming)\s+(?:(?P<n>\d{1,3}|[a-z]+)\s+)?"
    r"(?P<u>years|decades?|months|weeks|days)\b(?![-\w])",
    re.IGNORECASE,
)
#: A noun of planning right before "for the next N years": the span the plan covers ("its
#: plans for the coming five years", "priorities for the next decade"), a date, not how long
#: something lasts ("stayed empty for the next two years").
_PLAN_FOR = re.compile(
    r"\b(?:plans?|goals?|tasks?|priorities|targets?|objectives?|agenda|vision|roadmaps?|"
    r"strateg(?:y|ies)|blueprints?|programmes?|programs?|ambitions?|outlook|aims?|budgets?|"
    r"recommendations?|proposals?|measures)"
    r"\s+$",
    re.IGNORECASE,
)
#: "the past 170 years", "over the last two decades": N years up to the time of writing.
_PAST_YEARS = re.compile(
    r"\b(?:the\s+)(?:past|last)\s+(?:(?P<n>\d{1,3}|[a-z]+(?:[-\s][a-z]+)?)\s+"
    r"(?P<u>years|decades)|(?P<one>decade))"
    r"\b(?![-\w]|\s+of\b|\s+(?:before|after|since|to\s+come)\b)",
    re.IGNORECASE,
)
#: "three years ago", "Eleven days ago": a number in figures or any number word of
#: ``_NUMBERS`` (checked in :func:`ago`), a unit, "ago"; not the end of "twenty-one".
_AGO = re.compile(
    r"(?<![-\w])(?P<n>\d{1,3}|[a-z]+)\s+(?P<u>years?|months?|weeks?|days?|decades?)\s+ago\b",
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
# A formula set in title case ("this Twenty-Third Day of October in the Year Two Thousand and
# Twenty-Six", as ASEAN and other bodies close their texts) is the same date: "Day", "Year"
# and the ordinal may be capitalised.
_DAY_OF = re.compile(
    r"\b(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+[Dd]ay\s+of\s+(?P<m>[A-Z][a-z]+)\s*,?\s*"
    r"(?:in\s+the\s+[Yy]ear\s+)?",
)
_DAY_OF_WORDS = re.compile(
    r"\b(?:the\s+)?(?P<d>(?:[Tt]wenty|[Tt]hirty)[-\s]?)?(?P<o>[A-Za-z][a-z]+)\s+[Dd]ay\s+of\s+"
    r"(?P<m>[A-Z][a-z]+)\s*,?\s*(?:in\s+the\s+[Yy]ear\s+)?"
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
    """``(start, end, interval)`` of each year (or "Nth day of Month <year>") in words. A bare
    "two thousand" before a plural noun is a count ("two thousand engineers")."""
    out = []
    for m in _WORD_YEAR.finditer(text):
        year = 1000 + 100 * _UNITS[m["h"].lower()] if m["h"] else 2000
        if m["r"]:
            rest = word_number(m["r"])
            if rest is None:
                continue
            year += rest
        elif _COUNTED.match(text, m.end()):
            continue
        start, iv = m.start(), _point(year)
        day = _day_before(text, m.start(), year)
        if day is not None:
            start, iv = day
        out.append((start, m.end(), iv))
    return out


#: A plural noun (or "of") after a bare "two thousand": a count, not the year 2000.
_COUNTED = re.compile(r"\s+(?:of\b|[a-z]+[^s\W]s\b)")


def day_of_years(text: str) -> list[tuple[int, int, Interval]]:
    """``(start, end, interval)`` of each "the Nth day of Month <year in figures>" ("on the
    1st day of July 2021", "this fifth day of June, 2023"), as signing formulas write it."""
    out = []
    for m in _YEAR_AFTER_DAY_OF.finditer(text):
        year = int(m["y"])
        day = _day_before(text, m.start("y"), year)
        if day is not None:
            out.append((day[0], m.end(), day[1]))
    return out


_YEAR_AFTER_DAY_OF = re.compile(
    r"\b[Dd]ay\s+of\s+[A-Z][a-z]+\s*,?\s*(?:in\s+the\s+[Yy]ear\s+)?(?P<y>1[5-9]\d\d|20\d\d)\b"
)


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
                ordinal = _ORDINAL_WORDS.get(m["o"].lower())
                tens = (m["d"] or "").strip("- ").lower()
                if ordinal is None or (tens and ordinal > 9):
                    continue
                day = ordinal + {"twenty": 20, "thirty": 30}.get(tens, 0)
            if month and _valid_day(year, month, day):
                return window_start + m.start(), _point(year, month, day)
    return None


#: "last" or "next" right before a weekday: the one before or after the day of writing, never
#: that day itself ("Last Tuesday" written on a Tuesday is a week back).
_WEEKDAY_SHIFT = re.compile(r"\b(?P<s>[Ll]ast|LAST|[Nn]ext|NEXT)\s+$")


#: Verbs that report speech, shared by the rules that date a report rather than its content
#: (here and in ``wire``).
REPORTING_VERBS = "said|says|told|announced|confirmed|stated|added|reported|wrote"

#: A plan's verb in the present ("will", "shall", "is to", "are due to", "is scheduled to").
_WILL = re.compile(
    r"\b(?:will|shall|(?:is|are|am)\s+(?:to|due\s+to|scheduled\s+to|set\s+to|going\s+to|"
    r"expected\s+to)|(?:hope|plan|intend|expect)s?\s+to)\b",
    re.IGNORECASE,
)
#: A verb that reports, before the weekday in its clause: the weekday is the report's day
#: ("said on Monday that the agency will ..."), not the plan's.
_REPORTING = re.compile(rf"\b(?:{REPORTING_VERBS}|noted)\b", re.IGNORECASE)
#: A clause's bounds: a comma, a semicolon, a colon, a dash or a sentence's end.
_CLAUSE_MARK = re.compile(r"[,;:.!?–—]")


#: An act told as done right before or after the weekday ("under a deal signed on Tuesday",
#: "Nigeria and Egypt on Tuesday signed a memorandum under which ... will share"): the day of
#: the act, in the clause of a plan or before one; not a plan's passive ("will be signed on
#: Tuesday").
_DONE_VERBS = (
    r"(?:signed|agreed|approved|adopted|concluded|announced|unveiled|launched|held|opened|"
    r"ratified|renewed|completed|finalised|finalized|inked)"
)
_DONE_BEFORE = re.compile(rf"(?<!\bbe )(?<!\bbeen )\b{_DONE_VERBS}\s+(?:on\s+)?$")
_DONE_AFTER = re.compile(rf",?\s+{_DONE_VERBS}\b")


def _planned(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``start:end`` dates a plan told in the present: a plan's verb
    in its clause ("On Friday I will travel to Washington", "the council is to meet on
    Thursday"), no reporting verb before it there ("said on Monday that it will ...") and no
    act told as done next to it (``_DONE_BEFORE``, ``_DONE_AFTER``): the first such day after
    the day of writing, as "next Friday" is."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)]
    opening = marks[-1] if marks else 0
    closing = _CLAUSE_MARK.search(text, end)
    clause_end = closing.start() if closing else len(text)
    if _REPORTING.search(text, opening, start):
        return False
    if _DONE_BEFORE.search(text, max(0, start - 30), start) or _DONE_AFTER.match(text, end):
        return False  # "a deal signed on Tuesday", "on Tuesday signed a pact": an act done
    return bool(_WILL.search(text, opening, start) or _WILL.search(text, end, clause_end))


def weekdays(text: str) -> list[tuple[int, int, int, int]]:
    """``(start, end, weekday index, shift)`` of each capitalised weekday with no date after
    it; ``shift`` is -1 after "last", 1 after "next" or in a plan's clause
    (:func:`_planned`), else 0."""
    out = []
    for m in _WEEKDAY.finditer(text):
        if _DATE_AFTER.match(text, m.end()) or _ANY_DAY_BEFORE.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue
        s = _WEEKDAY_SHIFT.search(text, max(0, m.start() - 6), m.start())
        shift = 0 if s is None else (-1 if s["s"].lower() == "last" else 1)
        if shift == 0 and _planned(text, m.start(), m.end()):
            shift = 1
        out.append((m.start(), m.end(), WEEKDAYS.index(m["w"]), shift))
    return out


#: A weekday written right before a yearless day ("on Thursday, June 18", "Tuesday (9 June)").
_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\s*[,(]?\s*$")


def weekday_fit(text: str, start: int, day: Interval, written: Point | None) -> Interval:
    """A yearless day written after its weekday ("on Thursday, June 18") in the year in which
    it is that weekday: the weekday says which year the writer meant, where the narrative's
    anchor (the last year the text named: a target "slips to 2032", a "fiscal year 2027")
    says nothing about it. Hearings, schedules and news name the days of their own weeks so.

    ``day`` is the day as resolved against the anchor; it stays when its weekday is the
    written one, when no weekday is written before it, or when no year fits. Otherwise the
    fitting year nearest the document's year (``written``), from the anchor's year to the
    document's and one beyond (the same day's weekday repeats after 5, 6 or 11 years, so one
    year fits in most such spans); with no document date, the fitting year nearest the
    anchor's within three years."""
    m = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
    year, month, d = day.start
    if m is None or month is None or d is None or day.start != day.end:
        return day
    want = WEEKDAYS.index(m[1])
    if _valid_day(year, month, d) and date(year, month, d).weekday() == want:
        return day
    base = written[0] if written is not None else year
    lo, hi = (
        (min(year, base) - 1, max(year, base) + 1) if written is not None else (year - 3, year + 3)
    )
    fits = [
        y
        for y in range(lo, hi + 1)
        if _valid_day(y, month, d) and date(y, month, d).weekday() == want
    ]
    if not fits:
        return day
    best = min(fits, key=lambda y: (abs(y - base), y))
    return Interval((best, month, d), (best, month, d))


def ago(text: str) -> list[tuple[int, int, tuple]]:
    """``(start, end, relative)`` of each "N years / months / decades ago" (and "N years ago
    this month", a month)."""
    out = []
    for m in _AGO.finditer(text):
        word = m["n"].lower()
        n = int(word) if word.isdigit() else _NUMBERS.get(word)
        unit = m["u"].lower().rstrip("s")
        this_month = _THIS_MONTH_AFTER.match(text, m.end()) if unit == "year" else None
        if n and this_month:
            # "a year ago this month": the document's month, that many years back (2025-11
            # in a text of November 2026), one date, not a year and a month
            out.append((m.start(), this_month.end(), ("ago", -12 * n, "month")))
        elif n:
            out.append((m.start(), m.end(), ("ago", -n, unit)))
    return out


_THIS_MONTH_AFTER = re.compile(r",?\s+this\s+month\b", re.IGNORECASE)


def next_years(text: str) -> list[tuple[int, int, int, str]]:
    """``(start, end, n, unit)`` of each "the next N years" ("the next decade": 10 years; "the
    coming two decades": 20; "the next eight days": 8 days); not "for the next N years", a
    duration that usually runs from a narrated event, nor "the next few years". A plan's
    "for" ("our goals for the next five years") names the span the plan covers: a date."""
    out = []
    for m in _NEXT_YEARS.finditer(text):
        if m["for"] and not _PLAN_FOR.search(text, max(0, m.start() - 40), m.start()):
            continue
        unit = m["u"].lower()
        word = (m["n"] or "").lower()
        if unit == "decade":  # "the next decade": no number, one decade
            n = 1 if not word else None
        else:
            n = int(word) if word.isdigit() else _NUMBERS.get(word)
        if not n or (n < 2 and unit != "decade"):
            continue
        if unit.startswith("decade"):
            n, unit = n * 10, "year"
        start = m.end("for") if m["for"] else m.start()  # the mention is "the next N years"
        out.append((start, m.end(), n, unit.rstrip("s")))
    return out


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)


def plans_span(text: str, start: int) -> bool:
    """Whether "the next N years" at ``start`` is the span a plan covers ("recommendations
    for the next five years"): written at the time of writing, it counts from the document's
    date even right after a year the text told."""
    f = _FOR_BEFORE.search(text, max(0, start - 6), start)
    return f is not None and _PLAN_FOR.search(text, max(0, f.start() - 40), f.start()) is not None


def past_years(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, n)`` of each "the past N years" / "the last N decades" (in years; N at
    least 2): the N years up to the time of writing ("over the past six decades" in 2023:
    1963/2023; "the past decade": ten); not "the last two years of the war", nor "the past few
    years", nor "the last decade of the century"."""
    out = []
    for m in _PAST_YEARS.finditer(text):
        if m["one"]:  # "over the past decade": the ten years up to the time of writing
            out.append((m.start(), m.end(), 10))
            continue
        word = m["n"].lower()
        n = int(word) if word.isdigit() else _NUMBERS.get(word.replace("-", " "))
        if n is None:
            n = _NUMBERS.get(word)
        if not n or n < 2:
            continue
        if m["u"].lower().startswith("decade"):
            n *= 10
        out.append((m.start(), m.end(), n))
    return out


def past_span(base: Point, n: int) -> Interval:
    """The ``n`` years up to ``base``'s year, that year included (2023, 60: 1963/2023)."""
    return Interval(_point(base[0] - n).start, _point(base[0]).start)


def next_span(base: Point, n: int, unit: str) -> Interval | None:
    """The ``n`` units after ``base`` ("the next five years" from 2023: 2024/2028; "the next
    eight days" from 25 January: 26 January to 2 February); None when ``base`` is coarser
    than the unit."""
    year, month, day = base
    if unit == "year":
        return Interval(_point(year + 1).start, _point(year + n).start)
    if unit == "month":
        if month is None:
            return None
        first, last = year * 12 + month, year * 12 + month - 1 + n
        return Interval((first // 12, first % 12 + 1, None), (last // 12, last % 12 + 1, None))
    if month is None or day is None:
        return None
    days = n * 7 if unit == "week" else n
    start = date(year, month, day) + timedelta(days=1)
    end = date(year, month, day) + timedelta(days=days)
    return Interval((start.year, start.month, start.day), (end.year, end.month, end.day))


#: "since", also with a hedge on its start ("since at least 2024", "since as early as 2019").
_SINCE_BEFORE = re.compile(
    r"\b(?:[Ee]ver\s+)?[Ss]ince\s+(?:at\s+least\s+|as\s+(?:early|far\s+back)\s+as\s+)?$"
)
_SINCE_THE_BEFORE = re.compile(r"\b(?:[Ee]ver\s+)?[Ss]ince\s+the\s+$")
#: A year before the noun it dates ("the 2011 appropriations act", "the 2020 agreement").
_YEAR_BEFORE_NOUN = re.compile(r"\d{4}\s+[a-z]")
_BOUND_BEFORE = re.compile(
    r"\b(?:(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough|[Tt]hru|[Bb]y|[Bb]eyond|"
    r"(?:[Nn]o|[Nn]ot)\s+later\s+than"
    r"|(?:[Bb]y|[Uu]ntil|[Tt]hrough)\s+(?:the\s+)?(?:end|close|middle|start|beginning)\s+of)"
    r"|[Ss]ince\s+(?:the|its|their|his|her|a|an)\s+(?:[\w-]+\s+){1,3}(?:in|of)"
    r"|[Ss]ince\s+(?:at\s+least|as\s+(?:early|far\s+back)\s+as))\s+$"
)
#: A past perfect before "since" ends the span in the past: "had been numbered since 1927".
_PAST_PERFECT = re.compile(r"\bhad\b[^.;:!?]*$")
_END_OF_DECADE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[Ee]nd|[Cc]lose)\s+of\s+(?:the|this)\s+decade\b(?!\s+of\b)"
)
#: "the rest of the decade", "the remainder of this decade": from the document's year to the
#: decade's last.
_REST_OF_DECADE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:rest|remainder|balance)\s+of\s+(?:the|this)\s+decade\b(?!\s+of\b)"
)
#: "the decade ahead", "the two decades ahead": the next ten (twenty) years.
_DECADES_AHEAD = re.compile(
    r"\b[Tt]he\s+(?:(?P<n>two|three)\s+decades|decade)\s+ahead\b(?!\s+of\b)"
)
#: "this century", "the current century": the century of the document's year.
_THIS_CENTURY = re.compile(r"\b(?:[Tt]his|[Tt]he\s+(?:current|present))\s+century\b(?![-\w])")
#: "the first half of next year", "the third quarter of this year", and "the third quarter
#: of the year" (the year of the text, or of its narrative: ``part_of_the_year``), not "of the
#: year 2020" nor "of the year's budget".
_PART_OF_DEICTIC_YEAR = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<o>first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th)\s+"
    r"(?P<p>half|quarter)\s+of\s+(?P<w>this|next|last|the)\s+year\b(?!\s*\d|\s+of\b|['’]s\b)"
)
_SHIFT_WORDS = {"this": 0, "last": -1, "next": 1, "past": -1}
_WEEK = re.compile(r"\b(?P<w>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast)\s+week\b(?![-\w]|\s+of\b)")
_MONTH_NAMES = "|".join(sorted((k.title() for k in _MONTHS if len(k) > 3), key=len, reverse=True))
#: "last June", "next March": a month counted from the document's month.
_MONTH_DEICTIC = re.compile(
    rf"\b(?P<w>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<m>{_MONTH_NAMES})\b(?!\.?\s*\d)"
)
#: "this summer", "last fall": a northern meteorological season counted from the document.
_SEASON_DEICTIC = re.compile(
    r"\b(?P<w>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<s>spring|summer|autumn|fall|winter)\b(?![-\w]|\s+of\b)"
)
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
#: "in the spring", "before the summer" without a year: in a plan's clause, the next such
#: season (``season_ahead``); the season must end its phrase (a clause mark or a function word
#: after it): not "the spring of 2027", "the summer's launches", nor a season that names
#: another thing ("before the summer recess", "at the spring meeting").
_THE_SEASON = re.compile(
    r"\b(?:in|by|before|during|over|until|after)\s+the\s+(?:(?:early|late)\s+)?"
    r"(?P<s>spring|summer|autumn|fall|winter)"
    r"(?=\s*(?:[,.;:!?)–—]|$)|\s+(?:and|or|to|when|if|so|as|with|at|in|for|after|before|"
    r"while|because|unless|once|but)\b)"
)
#: An expectation or a schedule right before a season ("a step expected before the summer",
#: "the report is due in the autumn"): a plan's season, as "will ... in the spring" is.
_EXPECTED_BEFORE = re.compile(r"\b(?:expected|due|scheduled|slated)\s+$")
#: A plan reported in the past, the news's "future in the past" ("said a decision would be
#: made by the spring"): a reporting verb, then "would" (not "would have", a past that did
#: not happen) before the season.
_REPORTED_WOULD = re.compile(
    rf"\b(?:{REPORTING_VERBS})\b[^.;]{{0,120}}?\bwould\s+(?!have\b)[^.;]{{0,80}}$"
)
#: A past perfect in reported speech before a season ("According to the minister, talks had
#: started in the spring", "said the team had met in the autumn"): an act told as done.
_REPORTED_DONE = re.compile(
    rf"\b(?:{REPORTING_VERBS}|[Aa]ccording\s+to)\b[^.;]{{0,200}}?\bhad\s+(?!been\s+to\b)"
    r"(?:[a-z]+\s+){0,8}$"
)
#: The same with the report after it ("Talks had started in the spring, she said.").
_HAD_BEFORE = re.compile(r"\bhad\s+(?!been\s+to\b)(?:[a-z]+\s+){0,8}$")
_REPORTED_AFTER = re.compile(rf"[^.;]{{0,120}}?\b(?:{REPORTING_VERBS})\b")
#: "October 7 of last year", "7 October of this year", "March of next year"; and without the
#: "of", as news writes them ("signed in December last year", "due in August this year",
#: "on March 3 next year"): one date, the month of that year, not a month of the anchor's
#: year beside a separate "last year" (no comma then: "in June, next year's budget" is two).
_OF_DEICTIC_YEAR = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_NAMES})"
    rf"|(?P<m3>{_MONTH_NAMES}))(?:\s*,?\s+of|)\s+(?P<w>last|this|next)\s+year\b(?![-'’])"
)
#: Words before "last week" / "last June" that make it a final one ("the last week of", "its
#: last June"), not one counted from the time of writing.
_NOT_DEICTIC_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|your|my|that|every|each|very)|['’]s|s['’])\s+$",
    re.IGNORECASE,
)


def since_start(text: str, s: int) -> int | None:
    """The offset of "since" (or "ever since") right before ``s``, else None; None too after a
    past perfect ("had been numbered since 1927": a span that ended in the past), unless a
    reporting verb shifted it (``_REPORTED_BEFORE``)."""
    m = _SINCE_BEFORE.search(text, max(0, s - 30), s)
    if m is None and _YEAR_BEFORE_NOUN.match(text, s):
        # "since the 2011 appropriations act": since the year of the act the year names
        m = _SINCE_THE_BEFORE.search(text, max(0, s - 16), s)
    if m is None:
        return None
    perfect = _PAST_PERFECT.search(text, max(0, m.start() - 80), m.start())
    if perfect is not None and not _REPORTED_BEFORE.search(
        text, max(0, perfect.start() - 60), perfect.start()
    ):
        return None
    return m.start()


#: A reporting verb a few words before a past perfect: the reported speech's shifted present
#: perfect ("said the centre had hired 90 engineers since 2024" reports "has hired ... since
#: 2024", a span to the time of the report), not a span that ended in the past; minutes and
#: summary records report so with "noted", "recalled", "answered" ("Both sides noted that
#: their agencies had worked together since 2018").
_REPORTED_BEFORE = re.compile(
    rf"\b(?:{REPORTING_VERBS}|noted|recalled|explained|answered|replied|stressed|indicated)\b"
    r"(?:\s+that)?(?:\s+[\w'’-]+){0,5}\s+$"
)


def is_bound(text: str, s: int) -> bool:
    """Whether the date at ``s`` follows "since", "until", "till", "through", "by", "beyond",
    "no later than", "by the end of" (or "since the last docking in"): a bound of a span or a
    deadline, not a time the narrative moves to. "No earlier than 2027" is a launch's planned
    date, and the narrative moves there."""
    return _BOUND_BEFORE.search(text, max(0, s - 60), s) is not None


def in_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened earlier in ``text``."""
    before = text[:pos]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1


def deictic_phrases(text: str) -> list[tuple[int, int, tuple]]:
    """``(start, end, relative)`` of "the end of the decade", "the rest of the decade", "this
    century", "this / last / next week", "last June", "October 7 of last year" and "the first
    half of next year": all counted from the document date (:func:`resolve_deictic`)."""
    out: list[tuple[int, int, tuple]] = []
    if "decade" in text:
        out.extend((m.start(), m.end(), ("end_decade",)) for m in _END_OF_DECADE.finditer(text))
        out.extend((m.start(), m.end(), ("rest_decade",)) for m in _REST_OF_DECADE.finditer(text))
        for m in _DECADES_AHEAD.finditer(text):
            n = 10 * _NUMBERS[m["n"].lower()] if m["n"] else 10
            out.append((m.start(), m.end(), ("next_years", n, "year")))
    if "century" in text:
        out.extend((m.start(), m.end(), ("century",)) for m in _THIS_CENTURY.finditer(text))
    if " year" in text:
        for m in _PART_OF_DEICTIC_YEAR.finditer(text):
            if m["p"] == "half" and m["o"] in _HALF_WORDS:
                size, n = 6, _HALF_WORDS[m["o"]]
            elif m["p"] == "quarter" and m["o"] in _QUARTER_WORDS:
                size, n = 3, _QUARTER_WORDS[m["o"]]
            else:
                continue
            first = size * (n - 1) + 1
            rel: tuple
            if m["w"] == "the":  # "the third quarter of the year": whose year, the sentence says
                rel = ("part_of_the_year", first, first + size - 1)
                if m[0][:3].lower() != "the":
                    continue  # "second half of the year" with no article: a heading's phrase
            else:
                rel = ("part_year", _SHIFT_WORDS[m["w"]], first, first + size - 1)
            out.append((m.start(), m.end(), rel))
    if "eek" in text:
        for m in _WEEK.finditer(text):
            if not _NOT_DEICTIC_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                out.append((m.start(), m.end(), ("week", _SHIFT_WORDS[m["w"].lower()])))
    if "ast" in text or "ext" in text or "his" in text:
        for m in _MONTH_DEICTIC.finditer(text):
            if not _NOT_DEICTIC_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                shift = _SHIFT_WORDS[m["w"].lower()]
                out.append((m.start(), m.end(), ("month_of", shift, _MONTHS[m["m"].lower()])))
    seasons = _SEASON_DEICTIC.finditer(text) if re.search(r"(?:ast|his|ext) ", text) else ()
    for m in seasons:
        if not _NOT_DEICTIC_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            shift = _SHIFT_WORDS[m["w"].lower()]
            out.append((m.start(), m.end(), ("season_of", shift, _SEASON_MONTHS[m["s"]])))
    for m in _THE_SEASON.finditer(text) if "the " in text else ():
        if (
            _planned(text, m.start(), m.end())
            or _EXPECTED_BEFORE.search(text, max(0, m.start() - 24), m.start())
            or _REPORTED_WOULD.search(text, 0, m.start())
        ):
            # "will publish a strategy in the spring", "a vote expected before the summer":
            # the next spring or summer to begin
            start = m.start() + m[0].index("the")
            out.append((start, m.end(), ("season_ahead", _SEASON_MONTHS[m["s"]])))
        elif _REPORTED_DONE.search(text, 0, m.start()) or (
            _HAD_BEFORE.search(text, 0, m.start()) and _REPORTED_AFTER.match(text, m.end())
        ):
            # "According to the minister, talks had started in the spring": the last spring
            # over, when the sentence sets no time of its own (``api``)
            start = m.start() + m[0].index("the")
            out.append((start, m.end(), ("season_done", _SEASON_MONTHS[m["s"]])))
    if " year" in text:
        for m in _OF_DEICTIC_YEAR.finditer(text):
            mon = _MONTHS[(m["m1"] or m["m2"] or m["m3"]).lower()]
            raw = m["d1"] or m["d2"]
            day = int(raw) if raw else None
            if day is None or _valid_day(2000, mon, day):
                out.append((m.start(), m.end(), ("of_year", _SHIFT_WORDS[m["w"]], mon, day)))
    return out


def _season(shift: int, first: int, year: int, month: int | None) -> Interval:
    """The year of "this / last / next" season from the document's year (and month, when
    known; seasons are counted as northern meteorological ones to find which season is meant).
    A winter is named by the year of its January, as "winter 2022" is 2022."""
    if first == 12:
        if month is None:
            y = year + shift
        elif shift == 0:
            y = year + 1 if month == 12 else year
        elif shift < 0:  # the latest winter over
            y = year if month > 2 else year - 1
        else:  # the next winter to begin
            y = year + 1 if month < 12 else year + 2
        return Interval((y, None, None), (y, None, None))  # the year of its January
    if month is None or shift == 0:
        y = year + shift
    elif shift < 0:
        y = year if first + 2 < month else year - 1
    else:
        y = year if first > month else year + 1
    return Interval((y, None, None), (y, None, None))  # a season is its year (the guide)


def resolve_deictic(rel: tuple, document: Point, anchor: Point | None) -> Interval | None:
    """The interval of a deictic expression written at ``document`` (the document date):
    a weekday is the latest such day on or before it (only when the document date is a day
    and the narrative's anchor, if any, does not lie in an earlier year: a weekday in a story
    of 1957 is not a day of the document's week, but a year ahead is a plan's, never the time
    a story is told at: "due around 2028 ... said on Tuesday" is the document's Tuesday);
    "the next N years" are the N years after its year.
    Other deictic forms go to ``scan._resolve`` with the document date as anchor."""
    kind = rel[0]
    year, month, day = document
    if kind == "end_decade":
        return _point(year // 10 * 10 + 9)
    if kind == "rest_decade":
        return Interval((year, None, None), (year // 10 * 10 + 9, None, None))
    if kind == "century":
        opening = (year - 1) // 100 * 100 + 1
        return Interval((opening, None, None), (opening + 99, None, None))
    if kind == "part_year":
        _, shift, first_month, last_month = rel
        return Interval((year + shift, first_month, None), (year + shift, last_month, None))
    if kind == "week":
        if month is None or day is None:
            return _point(year)  # known by its year only: the year, like "today"
        monday = date(year, month, day) - timedelta(days=date(year, month, day).weekday())
        first = monday + timedelta(days=7 * rel[1])
        last = first + timedelta(days=6)
        return Interval((first.year, first.month, first.day), (last.year, last.month, last.day))
    if kind == "month_of":
        _, shift, mon = rel
        if month is None:
            return _point(year + shift, mon)
        if shift < 0:  # the latest such month before the document's month
            return _point(year if mon < month else year - 1, mon)
        if shift > 0:
            return _point(year if mon > month else year + 1, mon)
        return _point(year, mon)
    if kind == "season_done":  # "talks had started in the spring": the last one begun
        if month is None:
            return None
        y = (year + (month == 12)) if rel[1] == 12 else (year if rel[1] <= month else year - 1)
        return Interval((y, None, None), (y, None, None))
    if kind == "season_ahead":  # a plan's "in the spring": the next to begin, when it is known
        return _season(1, rel[1], year, month) if month is not None else None
    if kind == "season_of":  # "this summer", "last winter"
        return _season(rel[1], rel[2], year, month)
    if kind == "fiscal_of":  # "this fiscal year": the one that holds the document's month
        return fiscal_of(rel[1], document, rel[2], rel[3])
    if kind == "of_year":
        _, shift, mon, d = rel
        if d is not None and not _valid_day(year + shift, mon, d):
            return None
        return _point(year + shift, mon, d)
    if kind == "weekday":
        if month is None or day is None or (anchor is not None and anchor[0] < year):
            return None
        written = date(year, month, day)
        shift = rel[2] if len(rel) > 2 else 0
        if shift > 0:  # "next Tuesday": the first such day after the day of writing
            d = written + timedelta(days=(rel[1] - written.weekday()) % 7 or 7)
        else:  # "last Tuesday": strictly before it; "on Tuesday": on or before it
            back = (written.weekday() - rel[1]) % 7
            d = written - timedelta(days=back or (7 if shift < 0 else 0))
        return _point(d.year, d.month, d.day)
    if kind in ("next_years", "past_years"):
        if anchor is not None and anchor[0] < year:
            return None  # told from the past ("by 1998 ... the next two years"): not now
        if kind == "past_years":
            return past_span(document, rel[1])
        return next_span(document, rel[1], rel[2])
    return None
