"""Dates anchored to the document's own date, and years written in words.

- :func:`document_date`: the day (or year) a document speaks from: a "Date:" line, an
  executive order's "of June 30, 2017", a dateline ("WASHINGTON, May 3, 2024 —"), a caption's
  weekday with its date, an editor's "updated on" note, a signing formula ("DONE at ... this
  twelfth day of March one thousand nine hundred and seventy-five"), or the first paragraph's
  date; else the year its title covers or the year of its metadata. A date found in the text
  wins only when it agrees with that year.
- "since 2018": from 2018 to the document's year (:func:`since_start`); bounds ("since",
  "until", "through", "by") do not anchor the narrative (:func:`is_bound`).
- "this / last / next week", "last June", "October 7 of last year", "the end of the decade"
  (:func:`deictic_phrases`), and "Today," meaning "nowadays" (:func:`generic_today`).
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
from pipeline.nlp.extract.dates.vocabulary import _MONTHS, _NUMBERS, _words

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(
    r"\b(?P<w>" + "|".join(WEEKDAYS) + r")(?:\s+(?:night|morning|afternoon|evening))?\b"
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
                ordinal = _ORDINAL_WORDS.get(m["o"].lower())
                tens = (m["d"] or "").strip("- ").lower()
                if ordinal is None or (tens and ordinal > 9):
                    continue
                day = ordinal + {"twenty": 20, "thirty": 30}.get(tens, 0)
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


def next_years(text: str) -> list[tuple[int, int, int, str]]:
    """``(start, end, n, unit)`` of each "the next N years" ("the next decade": 10 years; "the
    coming two decades": 20; "the next eight days": 8 days); not "for the next N years", a
    duration that usually runs from a narrated event, nor "the next few years"."""
    out = []
    for m in _NEXT_YEARS.finditer(text):
        if m["for"]:
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
        out.append((m.start(), m.end(), n, unit.rstrip("s")))
    return out


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


_SINCE_BEFORE = re.compile(r"\b(?:[Ee]ver\s+)?[Ss]ince\s+$")
_BOUND_BEFORE = re.compile(
    r"\b(?:(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough|[Tt]hru|[Bb]y|[Bb]eyond|"
    r"(?:[Nn]o|[Nn]ot)\s+later\s+than"
    r"|(?:[Bb]y|[Uu]ntil|[Tt]hrough)\s+(?:the\s+)?(?:end|close|middle|start|beginning)\s+of)"
    r"|[Ss]ince\s+(?:the|its|their|his|her|a|an)\s+(?:[\w-]+\s+){1,3}(?:in|of))\s+$"
)
#: A past perfect before "since" ends the span in the past: "had been numbered since 1927".
_PAST_PERFECT = re.compile(r"\bhad\b[^.;:!?]*$")
_END_OF_DECADE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[Ee]nd|[Cc]lose)\s+of\s+(?:the|this)\s+decade\b(?!\s+of\b)"
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
#: "October 7 of last year", "7 October of this year", "March of next year".
_OF_DEICTIC_YEAR = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_NAMES})"
    rf"|(?P<m3>{_MONTH_NAMES}))\s*,?\s+of\s+(?P<w>last|this|next)\s+year\b"
)
#: Words before "last week" / "last June" that make it a final one ("the last week of", "its
#: last June"), not one counted from the time of writing.
_NOT_DEICTIC_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|your|my|that|every|each|very)|['’]s|s['’])\s+$",
    re.IGNORECASE,
)


def since_start(text: str, s: int) -> int | None:
    """The offset of "since" (or "ever since") right before ``s``, else None; None too after a
    past perfect ("had been numbered since 1927": a span that ended in the past)."""
    m = _SINCE_BEFORE.search(text, max(0, s - 12), s)
    if m is None or _PAST_PERFECT.search(text, max(0, m.start() - 80), m.start()):
        return None
    return m.start()


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
    """``(start, end, relative)`` of "the end of the decade", "this / last /
    next week", "last June" and "October 7 of last year": all counted from the document date
    (:func:`resolve_deictic`)."""
    out: list[tuple[int, int, tuple]] = []
    if "decade" in text:
        out.extend((m.start(), m.end(), ("end_decade",)) for m in _END_OF_DECADE.finditer(text))
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
    if " year" in text:
        for m in _OF_DEICTIC_YEAR.finditer(text):
            mon = _MONTHS[(m["m1"] or m["m2"] or m["m3"]).lower()]
            raw = m["d1"] or m["d2"]
            day = int(raw) if raw else None
            if day is None or _valid_day(2000, mon, day):
                out.append((m.start(), m.end(), ("of_year", _SHIFT_WORDS[m["w"]], mon, day)))
    return out


_MDY = r"[A-Z][a-z]{2,8}\.?\s*\d{1,2},?\s+\d{4}"
_DMY = r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
_DATE_LINE = re.compile(
    r"(?:^|\n)\s*(?:\*\*)?(?:Date|Dated|Release date|Released|Published|Issued|Signed|"
    r"Last updated|Last modified|Updated|Posted|As of)\s*:?(?:\*\*)?\s*:?\s*(?:on\s+)?"
    rf"(?P<date>{_MDY}|{_DMY})",
)
_ORDER_OF = re.compile(
    r"\b(?:Executive Order|Proclamation|Memorandum)\s+\d*\s*of\s+"
    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
)
_DATELINE = re.compile(
    r"(?:^|\n)\s*[A-Z][A-Za-z .,'-]{1,40}(?:,|\s[-–—])\s+"
    rf"(?P<date>[A-Z][a-z]{{2,8}}\.?\s*\d{{1,2}},?\s+\d{{4}}|{_DMY})"
    r"\s*(?:[-–—]|/)",
)
#: A date on its own short line near the top ("March 5, 2024"; "WEDNESDAY, MARCH 6, 2024";
#: "By Jane Doe | March 5, 2024"; "Speech by the Minister, Tokyo, 5 March 2024"), as speeches,
#: hearings, releases and bylines are dated: at most ``_HEAD_LINE_WORDS`` other words on the
#: line, and no word that makes the date an event's ("by", "until", "launch", a label).
_HEAD_DATE = re.compile(
    r"(?P<date>(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s*\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?!\d)"
)
_HEAD_LINE_WORDS = 6
_NOT_HEAD_DATE = re.compile(
    r"\b(?:by|until|till|through|since|from|before|after|between|to|on|in|launch\w*|"
    r"deadline|due|expires?|effective|founded|born|died|established)\s*$"
    r"|:\s*$",
    re.IGNORECASE,
)
#: A wire dateline without a year ("BEIJING, May 3 (Xinhua) --"): a city in capitals, a month
#: and day, an agency in brackets or a dash; the year must come from elsewhere.
_DATELINE_NO_YEAR = re.compile(
    r"(?:^|\n)\s*[A-Z][A-Z .,'-]{1,40},\s+(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})"
    r"(?!\d)(?!,?\s*\d{4})\s*(?:\([A-Za-z ]{2,30}\)\s*)?(?:--|[-–—])"
)
#: A signature block's date: a full date alone on its line ("December 1, 2021.") near the end
#: of the text, as orders and letters close with the place and the day they were signed.
_CLOSING_DATE = re.compile(rf"(?:^|\n)[ \t*]*(?P<date>{_MDY}|{_DMY})\.?[ \t*]*(?=\n|$)")
#: A weekday with its date, as news photo captions and leads date their event ("..., Monday,
#: April 15, 2024, at ..."); kept only when the weekday is that date's.
_WEEKDAY_DATE = re.compile(
    r"\b(?P<w>" + "|".join(WEEKDAYS) + rf"),?\s+(?P<date>{_MDY}|{_DMY})(?!\d)"
)
#: A UN resolution's adoption line: "84th plenary meeting / 10 December 1982", or a line that
#: opens with "Adopted ... on 10 December 1982".
_ADOPTED = re.compile(
    rf"\bplenary\s+meeting\s*[,.]?\s*(?P<date>{_DMY}|{_MDY})"
    rf"|(?:^|\n)\s*Adopted\b[^.\n]{{0,80}}?\bon\s+(?P<date2>{_DMY}|{_MDY})"
)
#: An editor's note: "This release was updated (on) March 4, 2024".
_UPDATED = re.compile(rf"\b(?:updated|revised|posted)\s+(?:on\s+)?(?P<date>{_MDY}|{_DMY})")
#: Words that open a signing formula before "the Nth day of Month, <year>".
_SIGNING = re.compile(
    r"\b(?:DONE|Done\s+(?:at|in)|IN WITNESS|In witness|[Ss]igned|opened\s+for\s+signature)\b"
)
#: The first paragraph's date: "is welcoming Prime Minister X on October 25, 2023".
_LEAD_DATE = re.compile(rf"\b(?:on|On)\s+(?P<date>{_MDY}|{_DMY})(?!\d)")


_DAY_OF_DIGITS = re.compile(
    r"\b(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?|(?P<w>(?:(?:twenty|thirty)[-\s]?)?[a-z]+))\s+day\s+of\s+"
    r"(?P<m>[A-Z][a-z]+)\s*,?\s+(?P<y>\d{4})\b"
)
#: "Done at Geneva on 5 March 2024", "Signed at Tokyo on March 5, 2024": a signing formula
#: with the date in figures.
_SIGNED_ON = re.compile(
    r"\b(?:DONE|Done|SIGNED|Signed)\s+(?:in\s+[a-z]+\s+)?(?:at|in)\s+[^\n;]{1,80}?\b(?:on|this)\s+"
    rf"(?:the\s+)?(?P<date>{_MDY}|{_DMY})"
)


def _signing_date(text: str, find) -> str | None:
    """The day of the last signing formula ("DONE at ..., the ninth day of March, two
    thousand and five"; "IN WITNESS WHEREOF ... opened for signature on the
    14th day of January 1975")."""
    tail_start = max(0, len(text) - 6000)
    tail = text[tail_start:]
    best = None
    for m in re.finditer(r"\bday\s+of\s+[A-Z][a-z]+", tail):
        if not _SIGNING.search(tail, max(0, m.start() - 400), m.start()):
            continue
        window = tail[max(0, m.start() - 60) : m.end() + 90]
        days = [d.value for d in find(window) if d.granularity == "day" and not d.relative]
        digits = _DAY_OF_DIGITS.search(window)
        if digits:  # "the 2nd day of June 1980", "this fifth day of March, 2024"
            mon, y = _MONTHS.get(digits["m"].lower()), int(digits["y"])
            d = _day_number(digits["d"] or digits["w"])
            if mon and d and _valid_day(y, mon, d):
                days.insert(0, f"{y:04d}-{mon:02d}-{d:02d}")
        if days:
            best = days[0]
    if best is None:
        found = list(_SIGNED_ON.finditer(tail))
        if found:
            days = [d.value for d in find(found[-1]["date"]) if d.granularity == "day"]
            best = days[0] if days else None
    return best


def _day_number(raw: str) -> int | None:
    """ "5" -> 5, "fifth" -> 5, "twenty-first" -> 21."""
    if raw.isdigit():
        return int(raw)
    m = re.fullmatch(r"(?:(twenty|thirty)[-\s]?)?([a-z]+)", raw.lower())
    if not m or m[2] not in _ORDINAL_WORDS:
        return None
    ordinal = _ORDINAL_WORDS[m[2]]
    if m[1] and ordinal > 9:
        return None
    return ordinal + {"twenty": 20, "thirty": 30}.get(m[1] or "", 0)


#: Words before the lead's "on <date>" that date an earlier event the document looks back on.
_EARLIER_EVENT = re.compile(
    r"\b(?:adopted|signed|launched|established|founded|created|born|entered|concluded|opened|"
    r"ratified|approved|enacted)\b[^.;]*$",
    re.IGNORECASE,
)


def _lead_date(text: str, find) -> str | None:
    """A day date ("on October 25, 2023") in the first paragraph, unless the document goes on to date
    events more than a year later to the month or the day (an encyclopedia's first launch)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text[:2500]) if p.strip()]
    found = (_LEAD_DATE.search(p[:600]) for p in paragraphs[:2])  # the title may be first
    m = next((f for f in found if f), None)
    if not m or _EARLIER_EVENT.search(m.string, max(0, m.start() - 40), m.start()):
        return None
    days = [d for d in find(m["date"]) if d.granularity == "day" and not d.relative]
    if not days:
        return None
    lead = days[0].value
    limit = f"{int(lead[:4]) + 1}{lead[4:7]}"
    for d in find(text):
        if d.relative or d.granularity not in ("day", "month"):
            continue
        if d.value[:7] > limit:
            return None
    return lead


_WEEKDAY_DAY_MONTH = re.compile(
    r"\b(?P<w>" + "|".join(WEEKDAYS) + rf"),?\s+\(?(?P<m>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})"
    r"(?!\d)(?!,?\s*\d{4})"
)


def _head_date(head: str) -> str | None:
    """The first date on a short line of its own in the first lines of the text (a speech's,
    a hearing's or a release's date line, a byline): see ``_HEAD_DATE``."""
    for line in head[:1200].split("\n")[:15]:
        if len(line) > 160:
            break  # the body has begun: a date after it is a timeline's or a story's
        m = _HEAD_DATE.search(line)
        if m is None:
            if len(_WORD.findall(line)) >= 3 and line.rstrip(' *_"”)').endswith((".", "!", "?")):
                break  # a sentence: the body has begun
            continue
        before = line[: m.start()]
        if _NOT_HEAD_DATE.search(before.rstrip(" ,(")) and not _DATE_WORD.fullmatch(before):
            continue
        wd = _WEEKDAY_BEFORE.search(before)
        if wd is not None and not _weekday_fits(wd[1], m["date"]):
            continue  # "Monday, March 8, 2024" where that day is a Friday: not a date line
        words = _WORD.findall(before + " " + line[m.end() :])
        if len(words) <= _HEAD_LINE_WORDS:
            return m["date"]
    return None


_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\W*$", re.IGNORECASE)


def _weekday_fits(weekday: str, written: str) -> bool:
    """Whether ``written`` (a full date) falls on ``weekday``."""
    from pipeline.nlp.extract.dates.api import find_dates  # the api imports this module

    days = [d.value for d in find_dates(written) if d.granularity == "day"]
    if not days:
        return False
    y, mo, d = (int(x) for x in days[0].split("-"))
    return date(y, mo, d).weekday() == WEEKDAYS.index(weekday.title())


_WORD = re.compile(r"[^\W\d_]{2,}")
#: A label before a date that makes it the document's ("Date:", "Published:", "Issued on").
_DATE_WORD = re.compile(
    r"\W*(?:last\s+)?(?:date|dated|released?|published|issued|updated|posted|delivered|signed|"
    r"as\s+of)[\s:]*(?:on\s*)?",
    re.IGNORECASE,
)


def _closing_date(text: str, find) -> str | None:
    """The date of a signature block: the last full date alone on its line in the last 600
    characters, with little text after it (a timeline's last entry has more)."""
    tail = text[-600:]
    found = list(_CLOSING_DATE.finditer(tail))
    if not found or len(tail[found[-1].end() :].strip()) > 150:
        return None
    return found[-1]["date"]


def _wire_dateline(head: str, year: int | None) -> str | None:
    """A wire dateline without a year ("BEIJING, May 3 (Xinhua) --"), dated by ``year``."""
    m = _DATELINE_NO_YEAR.search(head)
    mon = _MONTHS.get(m["m"].lower()) if m else None
    if m is None or mon is None or year is None or not _valid_day(year, mon, int(m["d"])):
        return None
    return f"{_MONTH_TITLES[mon]} {int(m['d'])}, {year}"


_MONTH_TITLES = {v: k.title() for k, v in sorted(_MONTHS.items(), key=lambda kv: len(kv[0]))}
_YEAR_IN_TEXT = re.compile(r"(?<![\w.,/-])(?:19|20)\d\d(?![\w/-]|\.\d|,\d)")


def reads_as_current(text: str, today: date, *, recent: int = 2) -> bool:
    """Whether a text with no date of its own reads as current: the latest year it names, not
    counting years after ``today``'s (targets such as "by 2030"), is at most ``recent`` years
    before ``today``'s (a reference article kept up to date). Its "since 1992" then runs to
    ``today``'s year."""
    named = [int(y.group()) for y in _YEAR_IN_TEXT.finditer(text)]
    past = [y for y in named if y <= today.year]
    return bool(past) and max(past) >= today.year - recent


def _weekday_year(head: str, text: str, today: date) -> str | None:
    """A weekday with a day and month but no year ("On Tuesday, April 16") in a text without
    a year of its own: the one year, from the latest year the text names (none: ten years
    back) up to ``today``'s, in which that day is that weekday; none when two years fit."""
    m = _WEEKDAY_DAY_MONTH.search(head)
    if not m:
        return None
    mon, d = _MONTHS[m["m"].lower()], int(m["d"])
    named = [int(y.group()) for y in _YEAR_IN_TEXT.finditer(text)]
    named = [y for y in named if y <= today.year]
    first = max(named) if named else today.year - 10
    fits = [
        y
        for y in range(first, today.year + 1)
        if _valid_day(y, mon, d) and date(y, mon, d).weekday() == WEEKDAYS.index(m["w"])
    ]
    return f"{_MONTH_TITLES[mon]} {d}, {fits[0]}" if len(fits) == 1 else None


def _checked_weekday_date(head: str, find, year: int | None = None) -> str | None:
    """The first weekday written with its date whose weekday is right; without a year in the
    text ("On Tuesday, April 16"), the metadata's year must make it right."""
    for m in _WEEKDAY_DATE.finditer(head):
        days = [d for d in find(m["date"]) if d.granularity == "day" and not d.relative]
        if days:
            y, mo, d = (int(x) for x in days[0].value.split("-"))
            if date(y, mo, d).weekday() == WEEKDAYS.index(m["w"]):
                return days[0].value
    if year is not None:
        for m in _WEEKDAY_DAY_MONTH.finditer(head):
            mon, d = _MONTHS[m["m"].lower()], int(m["d"])
            if _valid_day(year, mon, d) and date(year, mon, d).weekday() == WEEKDAYS.index(m["w"]):
                return f"{year:04d}-{mon:02d}-{d:02d}"
    return None


#: Verbs that report an event of the day even in the present tense ("Today, NASA announces").
_EVENT_VERBS = _words(
    """announce announces sign signs launch launches welcome welcomes release releases unveil
    unveils mark marks celebrate celebrates join joins host hosts meet meets open opens issue
    issues award awards select selects"""
)


def generic_today(words: list[tuple[str, str]]) -> bool:
    """Whether a sentence that opens with "Today," (``words``: its tokens and their Penn
    Treebank tags) speaks of the present in general ("Today, the hard work is paying off";
    "Today, satellites serve farmers": nowadays, not a date) rather than of the day of writing
    ("Today, the leaders reaffirmed ...", "Today, we celebrate ...", "Today, I am proud to
    announce ..."): no past tense, no modal, no first person, no verb of an event."""
    texts = [w for w, _ in words]
    start = 0
    while start < len(texts) and texts[start] in ("“", '"', "‘", "'"):
        start += 1
    if texts[start : start + 2] not in (["Today", ","], ["TODAY", ","]):
        return False
    for w, tag in words[start + 2 :]:
        if tag in ("VBD", "MD") or w in ("I", "we", "We") or w.lower() in _EVENT_VERBS:
            return False
    return True


_TITLE_YEAR = re.compile(r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)(?![\w/-]|\.\d)")
#: Words before a year in a title that make it a target, not the year the title covers.
_TARGET_WORDS = _words(
    """vision agenda horizon strategy plan roadmap outlook to by until through beyond toward
    towards before after"""
)


def title_year(title: str) -> int | None:
    """The one year a title names as the year it covers ("Annual Report 2023"), or None: not
    a target ("Vision 2030", "Roadmap to 2040"), nor a title with several years."""
    found = list(_TITLE_YEAR.finditer(title))
    if len(found) != 1:
        return None
    before = title[: found[0].start()].split()
    if before and before[-1].lower().strip(":,(") in _TARGET_WORDS:
        return None
    return int(found[0]["y"])


def document_date(
    text: str,
    *,
    year: int | None = None,
    find=None,
    title: str = "",
    today: date | None = None,
) -> str | None:
    """The ISO date a document speaks from (see the module docstring), or None.

    ``find`` is :func:`pipeline.nlp.extract.dates.find_dates` (passed in to avoid an import
    cycle). In the first 3,000 characters: a date line ("Date:", "Released", "Updated"), an
    order's date, a dateline, a weekday written with its date (a news caption), an editor's
    "updated on" note; in the last 6,000, a signing formula ("DONE at ... the Nth day of");
    a resolution's adoption line ("84th plenary meeting, 10 December 1982");
    then a date in the first paragraph after the title. A date found wins only when it agrees
    with ``year`` (the metadata's), when there is one; else the year: the year the ``title``
    covers when it is the metadata's year or the one before ("Annual Report 2023" published in
    2024 speaks of 2023), and without metadata the year the title covers."""
    head = text[:3000]
    found: list[str] = []
    for pattern in (_DATE_LINE, _ORDER_OF, _DATELINE):
        m = pattern.search(head)
        if m:
            found.append(re.sub(r"([A-Za-z])(\d)", r"\1 \2", m["date"]))
    lazy = []
    if find is not None:
        lazy = [
            lambda: _wire_dateline(head, year),
            lambda: _checked_weekday_date(head, find, year),
            lambda: _first(_UPDATED, head),
            lambda: _head_date(head),
            lambda: _signing_date(text, find),
            lambda: _adoption_date(head, text),
            lambda: _closing_date(text, find),
            lambda: _lead_date(text, find),
        ]
        if year is None and today is not None:
            lazy.append(lambda: _weekday_year(head, text, today))
    for candidate in [*found, *lazy]:
        if find is None:
            break
        value = candidate() if callable(candidate) else candidate
        if not value:
            continue
        days = [d for d in find(value) if d.granularity == "day" and not d.relative]
        if days and (year is None or days[-1].value.startswith(str(year))):
            return days[-1].value
    covered = title_year(title) if title else None
    if covered is not None and (year is None or year - 1 <= covered <= year):
        return str(covered)
    return str(year) if year else None


def _adoption_date(head: str, text: str) -> str | None:
    """The date of a resolution's adoption line, at the head or the end of the text."""
    for part in (text[-3000:], head):
        m = _ADOPTED.search(part)
        if m:
            return m["date"] or m["date2"]
    return None


def _first(pattern: re.Pattern, head: str) -> str | None:
    m = pattern.search(head)
    return m["date"] if m else None


def _season(shift: int, first: int, year: int, month: int | None) -> Interval:
    """ "this / last / next" season from the document's year (and month, when known). A
    winter is named by the year of its January, as "winter 2022" is 2021-12/2022-02."""
    if first == 12:
        if month is None:
            y = year + shift
        elif shift == 0:
            y = year + 1 if month == 12 else year
        elif shift < 0:  # the latest winter over
            y = year if month > 2 else year - 1
        else:  # the next winter to begin
            y = year + 1 if month < 12 else year + 2
        return Interval((y - 1, 12, None), (y, 2, None))
    if month is None or shift == 0:
        y = year + shift
    elif shift < 0:
        y = year if first + 2 < month else year - 1
    else:
        y = year if first > month else year + 1
    return Interval((y, first, None), (y, first + 2, None))


def resolve_deictic(rel: tuple, document: Point, anchor: Point | None) -> Interval | None:
    """The interval of a deictic expression written at ``document`` (the document date):
    a weekday is the latest such day on or before it (only when the document date is a day
    and the narrative's anchor, if any, lies in the same year: a weekday in a story of 1957
    is not a day of the document's week); "the next N years" are the N years after its year.
    Other deictic forms go to ``scan._resolve`` with the document date as anchor."""
    kind = rel[0]
    year, month, day = document
    if kind == "end_decade":
        return _point(year // 10 * 10 + 9)
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
    if kind == "season_of":  # "this summer", "last winter"
        return _season(rel[1], rel[2], year, month)
    if kind == "of_year":
        _, shift, mon, d = rel
        if d is not None and not _valid_day(year + shift, mon, d):
            return None
        return _point(year + shift, mon, d)
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
        return next_span(document, rel[1], rel[2])
    return None
