"""The date a document speaks from (:func:`document_date`), and the checks around it.

- :func:`document_date_evidence` (and :func:`document_date`, its value alone): the date from
  the document's own text, by the strength of the evidence (the order is in its docstring):
  labelled date lines, an order's heading, datelines, a Federal Register header, a signing or
  adoption line under the title, a date line
  at the head or ending the title, a caption's weekday and date, an editor's note, a signing
  formula (in figures or words), an adoption line, a signature block, the lead's date, a
  month line, the year a title covers, a release number's year, a
  date line in figures, a resolution's symbol, a General Assembly header's session, a
  copyright line, and as a last resort the year
  of the latest full date at the head that is not a cited one (``told``); else the year of
  its metadata. A text that reads as an encyclopedia article (``reference``) is dated only by
  the sources a layout or a label makes its own.
- ``narrated.narrated_anchor``: for a text with no date of its own, the year its relative dates
  count from (the latest date it tells as past), recorded apart from its date.
- :func:`reads_as_current`: whether an undated text names recent years (its "since 1992" runs
  to the current year).
- ``today.generic_today`` (re-exported here): a sentence-opening "Today," that means
  "nowadays"; ``today.generic_today_inside``: such a "today" in the middle of a sentence.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.nlp.extract.dates.action import action_record_date
from pipeline.nlp.extract.dates.anchored import _MONTH_NAMES, WEEKDAYS
from pipeline.nlp.extract.dates.api import find_dates
from pipeline.nlp.extract.dates.foot import (
    _adoption_date,
    _closing_date,
    _dated_note,
    _foot_date_line,
)
from pipeline.nlp.extract.dates.intervals import _valid_day
from pipeline.nlp.extract.dates.issued import broadcast_date, issuing_line
from pipeline.nlp.extract.dates.labels import _DATE_LABEL, _DMY, _MDY, _WORD
from pipeline.nlp.extract.dates.reference import _REFERENCE_SOURCES, reads_as_reference
from pipeline.nlp.extract.dates.session import session_year
from pipeline.nlp.extract.dates.today import (  # re-exported
    generic_today as generic_today,
)
from pipeline.nlp.extract.dates.today import (
    generic_today_inside as generic_today_inside,
)
from pipeline.nlp.extract.dates.told import (
    _PLANNED,
    _REFERENCE_ENTRY,
    _TARGET_WORDS,
    _YEAR_IN_TEXT,
    _later_year,
    _latest_date,
)
from pipeline.nlp.extract.dates.vocabulary import _MONTHS
from pipeline.nlp.extract.dates.wire import _MONTH_TITLES, wire_dateline
from pipeline.nlp.extract.dates.year_sources import (
    _anniversary_year,
    _copyright_year,
    _numeric_closing_date,
    _numeric_date_line,
    _release_year,
    _resolution_year,
    common_era,
)

#: A date line: at a line's start or after a byline's separator ("By Jane Doe | Published
#: March 5, 2024") or a journal history's ("Received 3 May 2025; Accepted 9 June 2025;
#: Available online 1 July 2025", "... / Published online: 1 July 2025"), a label, then a date
#: (also ISO: "Released on: 2024-03-05").
_DATE_LINE = re.compile(
    rf"(?:^|\n|[|•·;/]\s*)\s*\[?(?:\*\*)?{_DATE_LABEL}\s*[:–—-]?(?:\*\*)?\s*:?\s*(?:[Oo]n\s*:?\s*)?"
    rf"(?P<date>{_MDY}|{_DMY}|\d{{4}}-\d{{2}}-\d{{2}}(?![\d-]))",
)
#: An order's own heading ("Executive Order 13914 of April 6, 2020" opening a line), not an
#: order the text cites ("consistent with Executive Order 14335 of August 13, 2025").
_ORDER_OF = re.compile(
    r"(?:^|\n)[ \t*#_]*(?:Executive Order|Proclamation|Memorandum)\s+[\d,]*\s*of\s+"
    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
)
#: A dateline: a city, its date and a dash ("LISBON, March 5, 2024 –"), also with the wire
#: agency's tag between the date and the dash ("ABU DHABI, 14th October, 2026 (WAM) --",
#: "LONDON, March 3, 2025 (Reuters) -"), as agencies print it.
_DATELINE = re.compile(
    r"(?:^|\n)\s*[A-Z][A-Za-z .,'-]{1,40}(?:,|\s[-–—])\s+"
    rf"(?P<date>[A-Z][a-z]{{2,8}}\.?\s*\d{{1,2}},?\s+\d{{4}}|{_DMY})"
    r"\s*(?:\([A-Z][A-Za-z .&/-]{1,30}\)\s*)?(?:[-–—]|/)",
)
#: A date on its own short line near the top ("March 5, 2024"; "WEDNESDAY, MARCH 6, 2024";
#: "By Jane Doe | March 5, 2024"; "Speech by the Minister, Tokyo, 5 March 2024"), as speeches,
#: hearings, releases and bylines are dated: at most ``_HEAD_LINE_WORDS`` other words on the
#: line, and no word that makes the date an event's ("by", "until", "launch", a label).
_HEAD_DATE = re.compile(
    r"(?P<date>(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s*\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}(?![-a-zA-SU-Z]))(?!\d)"
)
_HEAD_LINE_WORDS = 6
_NOT_HEAD_DATE = re.compile(
    r"\b(?:by|until|till|through|since|from|before|after|between|to|on|in|launch\w*|"
    r"deadline|due|expires?|effective|founded|born|died|established|scheduled|planned|slated)\s*$"
    r"|:\s*$",
    re.IGNORECASE,
)
#: A title (the first line) that ends with its date: "Statement on the Landing, February 23,
#: 2024", "Remarks at the Council — 5 March 2024".
_TITLE_DATE = re.compile(rf"(?:,|\s[-–—|]|:)\s+(?P<date>{_MDY}|{_DMY})\s*\)?\s*$")
#: A weekday with its date, as news photo captions and leads date their event ("..., Monday,
#: April 15, 2024, at ..."); kept only when the weekday is that date's.
_WEEKDAY_DATE = re.compile(
    r"\b(?P<w>" + "|".join(WEEKDAYS) + rf"),?\s+(?P<date>{_MDY}|{_DMY})(?!\d)"
)
#: An editor's note: "This release was updated (on) March 4, 2024", "This feature has been
#: revised on 4 March 2024": the text itself as the subject, not an event of the story ("the
#: accord, revised on June 1, 2022"). A translator's note that dates the text ("The original
#: Chinese text is dated 15 December 2025") is ``foot._dated_note``.
_UPDATED = re.compile(
    r"\b(?:release|feature|article|story|page|post|statement|report|document|transcript|"
    r"sheet|version|text|entry)\s+(?:was|has\s+been|is)\s+(?:last\s+)?"
    rf"(?:updated|revised|posted|corrected)\s+(?:on\s+)?(?P<date>{_MDY}|{_DMY})"
)
#: Words that open a signing formula before "the Nth day of Month, <year>".
_SIGNING = re.compile(
    r"\b(?:DONE|Done\s+(?:at|in)|IN WITNESS|In witness|[Ss]igned|opened\s+for\s+signature|"
    r"ADOPTED|Adopted\s+(?:at|in))\b"
)
#: The first paragraph's date: "is welcoming Prime Minister X on October 25, 2023".
_LEAD_DATE = re.compile(rf"\b(?:on|On)\s+(?P<date>{_MDY}|{_DMY})(?!\d)")


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
    for m in re.finditer(r"\b[Dd]ay\s+of\s+[A-Z][a-z]+", tail):
        if not _SIGNING.search(tail, max(0, m.start() - 400), m.start()):
            continue
        window = tail[max(0, m.start() - 60) : m.end() + 90]
        days = [d.value for d in find(window) if d.granularity == "day" and not d.relative]
        if days:
            best = days[0]
    if best is None:
        found = list(_SIGNED_ON.finditer(tail))
        if found:
            days = [d.value for d in find(found[-1]["date"]) if d.granularity == "day"]
            best = days[0] if days else None
    return best


#: Words before the lead's "on <date>" that date an earlier event the document looks back on.
_EARLIER_EVENT = re.compile(
    r"\b(?:adopted|signed|launched|established|founded|created|born|entered|concluded|opened|"
    r"ratified|approved|enacted)\b[^.;]*$",
    re.IGNORECASE,
)


#: How many years after the lead's date a year the text names (not a target nor a plan's)
#: shows that the lead tells of the past (a year is often a coming event's: "a bid to host the
#: games in 2026"; a date to the month more than a year later is enough).
_LEAD_YEARS = 10


def _lead_date(text: str, find, today: date | None = None) -> str | None:
    """A day date ("on October 25, 2023") in the first paragraph, unless it is a plan's or the
    document goes on to date events more than a year later to the month or the day, or, given
    ``today``, ``_LEAD_YEARS`` years later by a year that is not a target nor a plan's: an
    encyclopedia's first launch, a speech that opens on a landing of long ago."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text[:2500]) if p.strip()]
    found = (_LEAD_DATE.search(p[:600]) for p in paragraphs[:2])  # the title may be first
    m = next((f for f in found if f), None)
    if not m or _EARLIER_EVENT.search(m.string, max(0, m.start() - 40), m.start()):
        return None
    if _PLANNED.search(m.string, max(0, m.start() - 80), m.start()):
        return None  # "the orbiter will launch on March 5": a plan's day
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
    if today is not None and _later_year(text, f"{int(lead[:4]) + _LEAD_YEARS}", today):
        return None  # "On July 20, 1969, ..." in a text that goes on to tell of 2023
    return lead


_WEEKDAY_DAY_MONTH = re.compile(
    r"\b(?P<w>" + "|".join(WEEKDAYS) + rf"),?\s+\(?(?P<m>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})"
    r"(?!\d)(?!,?\s*\d{4})"
)


#: A byline that carries the date after the author's name and a separator, as news sites and
#: trade papers print it ("By Jane Doe, Senior Editor | Space Weekly | March 19, 2026",
#: "By Jane Doe · 5 March 2024"); it may follow a standfirst, so it is looked for on its own.
#: A body sentence opening "By March 5, 2024, the agency ..." has no name and no separator.
_BYLINE_DATE = re.compile(
    r"^[ \t*_>]*By\s+(?!(?:" + _MONTH_NAMES + r")\b)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+"
    rf"[^\n]{{0,120}}?(?:\||·|•|—|–)[ \t*_]*(?:[^\n|·•]{{0,60}}?[|·•][ \t*_]*)?"
    rf"(?P<date>{_MDY}|{_DMY})",
    re.MULTILINE,
)


def _byline_date(head: str) -> str | None:
    """The date of a byline among the first 15 lines (``_BYLINE_DATE``)."""
    lines = head[:1500].split("\n")[:15]
    for line in lines:
        m = _BYLINE_DATE.match(line) if len(line) <= 250 else None
        if m:
            return m["date"]
    return None


def _head_date(head: str) -> str | None:
    """The first date on a short line of its own in the first lines of the text (a speech's,
    a hearing's or a release's date line, a byline): see ``_HEAD_DATE``. None when three
    lines or more carry a date: a timeline or a list of events, not a date line."""
    lines = head[:1200].split("\n")[:15]
    if sum(1 for line in lines if len(line) <= 160 and _HEAD_DATE.search(line)) >= 3:
        return None
    for line in lines:
        if len(line) > 160:
            break  # the body has begun: a date after it is a timeline's or a story's
        m = _HEAD_DATE.search(line)
        if m is not None and _REFERENCE_ENTRY.search(line):
            continue  # "[1] A. Author, Title, Journal 12 (2019) 3-9, 5 March 2019": a citation
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
        if len(words) <= _HEAD_LINE_WORDS or _session_line(line, m, wd):
            return m["date"]
    return None


#: A clock time right after a date ("June 4, 2026 · 2:30 PM", "March 10, 2026, at 10:00 a.m.").
_CLOCK_AFTER = re.compile(
    r"\W{0,4}(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?|[AP]M\b)", re.IGNORECASE
)
#: The start of a line or of a field of it (fields joined by "·", "|" or "•").
_FIELD_START = re.compile(r"(?:^|[·|•])[\s*_]*$")


def _session_line(line: str, m: re.Match, weekday: re.Match | None) -> bool:
    """A head line that dates a sitting: a full date opening the line or one of its fields,
    after its own weekday or before a clock time, in a line that is no sentence. A committee
    page sets its hearing's day, hour and room on one line ("Thursday, June 4, 2026 · 2:30 PM
    · Russell Senate Office Building, Room 253"), a posted transcript "Tuesday, March 10, 2026
    | 10:00 AM | ..."; the room and the hour do not make the line prose, as the words around
    a date otherwise do (``_HEAD_LINE_WORDS``). A weekday that is not the date's was refused
    before; a sentence ("On Thursday, June 4, 2026, the panel met.") ends as one."""
    lead = line[: weekday.start()] if weekday is not None else line[: m.start()]
    if not _FIELD_START.search(lead):
        return False
    if line.rstrip(' *_"”)').endswith((".", "!", "?")):
        return False
    return weekday is not None or bool(_CLOCK_AFTER.match(line, m.end()))


_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\W*$", re.IGNORECASE)


def _weekday_fits(weekday: str, written: str) -> bool:
    """Whether ``written`` (a full date) falls on ``weekday``."""
    days = [d.value for d in find_dates(written) if d.granularity == "day"]
    if not days:
        return False
    y, mo, d = (int(x) for x in days[0].split("-"))
    return date(y, mo, d).weekday() == WEEKDAYS.index(weekday.title())


#: A label before a date that makes it the document's ("Date:", "Published:", "Issued on").
_DATE_WORD = re.compile(
    r"\W*(?:last\s+)?(?:date|dated|released?|published|issued|updated|posted|delivered|signed|"
    r"as\s+of)[\s:]*(?:on\s*)?",
    re.IGNORECASE,
)


def _title_date(head: str) -> str | None:
    """The date that ends the text's first line, its title ("Statement by the President on
    the Landing, February 23, 2024")."""
    first = next((line for line in head.split("\n") if line.strip()), "")
    m = _TITLE_DATE.search(first.rstrip(" *_#"))
    return m["date"] if m and len(first) <= 250 else None


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
        if _PLANNED.search(head, max(0, m.start() - 80), m.start()):
            continue  # "the leaders will meet on Tuesday, May 7, 2024": a plan's day
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


_TITLE_YEAR = re.compile(r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)(?![\w/-]|\.\d)")


def _covered_year(title: str, year: int | None) -> tuple[str | None, str]:
    """The year the ``title`` covers ("Annual Highlights of Results 2023": 2023), when it is
    ``year`` or the one before, or there is no ``year``; else ``year`` itself. A report on a
    year speaks from that year ("this year's edition", "the past year" are of 2023), even when
    it came out early in the next."""
    covered = title_year(title) if title else None
    if covered is not None and (year is None or year - 1 <= covered <= year):
        return str(covered), "title year"
    return (str(year), "metadata year") if year else (None, "")


def speaks_from(written: str | None, title: str) -> str | None:
    """The date a text's deictic dates count from: its own date ``written``, unless its
    ``title`` covers the year before (a report on a year published early in the next: "Annual
    Report 2025", published 30 March 2026), when it is that year: the guide's report "speaks
    from that year", its "this year" and "last year" are 2025 and 2024, whatever its date line
    says."""
    covered = title_year(title) if title and written else None
    if written and covered is not None and covered == int(written[:4]) - 1:
        return str(covered)
    return written


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


#: The sources of :func:`document_date_evidence`, strongest first (the names it reports).
SOURCES = (
    "date line",
    "order heading",
    "dateline",
    "Federal Register",
    "issuing line",
    "wire dateline",
    "head line",
    "byline",
    "title date",
    "signing formula",
    "adoption line",
    "signature block",
    "weekday date",
    "editor's note",
    "foot date line",
    "lead date",
    "weekday year",
    "month line",
    "title year",
    "anniversary",
    "release number",
    "date line in figures",
    "resolution symbol",
    "session line",
    "copyright line",
    "latest date",
    "metadata year",
)


def document_date(
    text: str,
    *,
    year: int | None = None,
    find=None,
    title: str = "",
    today: date | None = None,
) -> str | None:
    """The ISO date a document speaks from, or None: :func:`document_date_evidence`'s value."""
    return document_date_evidence(text, year=year, find=find, title=title, today=today)[0]


def document_date_evidence(
    text: str,
    *,
    year: int | None = None,
    find=None,
    title: str = "",
    today: date | None = None,
) -> tuple[str | None, str]:
    """The ISO date a document speaks from and the name of its source (``SOURCES``), or
    ``(None, "")``.

    ``find`` is :func:`pipeline.nlp.extract.dates.find_dates` (passed in to avoid an import
    cycle). The sources, tried by the strength of their evidence, first found wins:

    1. in the first 3,000 characters, a labelled date line ("Date:", "Released", "Published:",
       "Posted on", "Updated"), an order's heading ("Executive Order 14000 of June 30, 2017" at
       a line's start, not an order cited in the text), a dateline ("WASHINGTON, March 3,
       2024 —"), a Federal Register page header ("Federal Register / Vol. 89, No. 45 /
       Wednesday, March 6, 2024 / Rules"), a line under the title that issues the text
       ("Signed at Rome on 9 September 2025", "Resolution adopted by the General Assembly on
       3 December 2026": ``issued``), a wire dateline without a year ("BEIJING, May 3
       (Xinhua) --", dated by ``year``, else, given ``today``, by the weekday its lead names,
       else as the first such day on or after the latest date of 10.: ``wire``);
    2. a date on its own short line at the head (a speech's, a hearing's, a release's date
       line, a byline), a byline's date after a separator, also after a standfirst ("By Jane
       Doe | Space Weekly | March 19, 2026"), a broadcaster's "Broadcast Thu 18 Feb 2027"
       (``issued.broadcast_date``), a date ending the title ("Remarks at the Council, March
       3, 2024");
    2a. a UN draft's record of its own adoption ("At its 24th meeting, on 4 November 2026, the
       Committee adopted draft resolution A/C.1/81/L.14/Rev.1 ...", the draft named by the
       symbol at the head: ``action``), over the date under its "Distr." line;
    3. in the last 6,000 characters, a signing formula ("DONE at ... this twelfth day of
       March one thousand nine hundred and seventy-five"), a resolution's adoption line, a
       signature block's date (perhaps after its place: "Tokyo, 5 March 2024");
    4. a weekday written with its date (a caption), then an update's date: an editor's
       "updated on" note, a labelled date line at the foot ("Page last updated: March 5, 2024");
    5. the first paragraph's "on <date>", unless the text dates events a year later; neither
       4.'s weekday nor 5. in a clause of a plan ("will meet on Tuesday, May 7");
    6. without ``year``: a weekday with a day and month that only one recent year fits;
    7. a month-and-year line at the head ("Published: September 2023": a month);
    8. the year the ``title`` covers ("Annual Report 2023"), when it is ``year`` or the one
       before, or there is no ``year``;
    9. an anniversary feature's year ("30 Years Ago: ..." whose first sentence names 1994:
       2024), a release number's year ("Release 24-101", "RELEASE: 24-101": 2024; a year);
       then a date line in figures ("Date: 25/03/2024", "Paris, 05/03/2024 –": the day when
       its order is certain, else the year), a resolution's own symbol at the head
       ("A/RES/76/3": 2021, the year its session opened), a General Assembly header's session
       ("General Assembly / Seventy-sixth session", "A/76/20" opening a line: 2021; see
       ``session``), a copyright line at the head or the foot ("Copyright © 2021");
    10. given ``today`` (a guess, as 6.), the year of the latest full date in the first 3,000
        characters, when the text names no later year that is not a target ("by 2030") nor a
        plan's, and no citing word comes before it (a treaty "of 27 January 1967", a
        resolution "adopted on"): a cited historical date is not the document's (see
        :func:`_latest_date`);
    11. ``year`` (the metadata's).

    A date found wins only when it agrees with ``year``, when there is one, and (given
    ``today``) when it is not after ``today``."""
    if find is None:
        return _covered_year(title, year)
    text = common_era(text)  # "14 January B.E. 2570 (2027)": 14 January 2027
    head = text[:3000]
    candidates: list[tuple[str, object]] = []
    for name, pattern in (
        ("date line", _DATE_LINE),
        ("order heading", _ORDER_OF),
        ("dateline", _DATELINE),
        ("Federal Register", _FEDERAL_REGISTER),
    ):
        m = pattern.search(head)
        if m and name == "dateline" and len(_DATELINE.findall(head)) > 1:
            continue  # "Name, <date> – event" on line after line: a timeline, not a dateline
        if m:
            candidates.append((name, re.sub(r"([A-Za-z])(\d)", r"\1 \2", m["date"])))
    issued = issuing_line(head)
    if issued:
        # the text's own signing, adoption or presentation line under its title (an adoption
        # line named as the one at the end is)
        adopted = issued["verb"].lower() == "adopted"
        candidates.append(("adoption line" if adopted else "issuing line", issued["date"]))
    candidates += [
        # a UN draft that records its own adoption is dated by the vote, not by the "Distr."
        # date at its head (``action``; the guide's round-22 decision)
        ("adoption line", lambda: action_record_date(head, text, title)),
        (
            "wire dateline",
            lambda: wire_dateline(
                head, year, (lambda: _latest_date(text, find, today)) if today else None, today
            ),
        ),
        # the head's own date line wins over a date of the running text (a caption's
        # weekday and date, an editor's note)
        ("head line", lambda: _head_date(head)),
        ("byline", lambda: _byline_date(head) or broadcast_date(head)),
        ("title date", lambda: _title_date(head)),
        ("signing formula", lambda: _signing_date(text, find)),
        ("adoption line", lambda: _adoption_date(head, text)),
        ("signature block", lambda: _closing_date(text)),
        # a weekday and date the running text tells (a caption's) comes after the document's
        # own date lines, and before an update's date (relative dates count from the first)
        ("weekday date", lambda: _checked_weekday_date(head, find, year)),
        ("editor's note", lambda: _first(_UPDATED, head) or _dated_note(text)),
        ("foot date line", lambda: _foot_date_line(text)),
        ("lead date", lambda: _lead_date(text, find, today)),
    ]
    if year is None and today is not None:
        candidates.append(("weekday year", lambda: _weekday_year(head, text, today)))
    reference = reads_as_reference(text)
    for name, candidate in candidates:
        if reference and name not in _REFERENCE_SOURCES:
            continue  # an encyclopedia's dates are its subject's, not the day it was written
        value = candidate() if callable(candidate) else candidate
        if not value:
            continue
        days = [d for d in find(value) if d.granularity == "day" and not d.relative]
        if today is not None and days and days[-1].value > today.isoformat():
            continue  # a day after today is an event's, not the day of writing
        if days and (year is None or days[-1].value.startswith(str(year))):
            return days[-1].value, name
    if reference:
        return (str(year), "metadata year") if year else (None, "")
    month = _month_line(head, find)
    if month and (year is None or month.startswith(str(year))):
        return month, "month line"  # "Published: September 2023", a cover's "September 2023"
    dated = _covered_year(title, year)
    if dated[1] == "title year":
        return dated
    recalled = _anniversary_year(title, head, today)
    if recalled is not None and (year is None or recalled == year):
        return str(recalled), "anniversary"  # "30 Years Ago: ..." opening "In 1994, ..."
    numbered = _release_year(head, today)
    if numbered is not None and (year is None or numbered == year):
        return str(numbered), "release number"
    figures = _numeric_date_line(head, today)
    if figures and (year is None or figures.startswith(str(year))):
        return figures, "date line in figures"
    figures = _numeric_closing_date(text, today)
    if figures and (year is None or figures.startswith(str(year))):
        return figures, "signature block"  # "Date: 14.10.2024" under a signatory's name
    for name, found in (
        ("resolution symbol", _resolution_year(head)),
        ("session line", session_year(head, today)),
        ("copyright line", _copyright_year(text, today)),
    ):
        if found is not None and (year is None or found == year):
            return str(found), name
    latest = _latest_date(text, find, today) if today is not None else None
    if latest and (year is None or latest.startswith(str(year))):
        return latest[:4], "latest date"  # the year: written on or after that day, not on it
    return (str(year), "metadata year") if year else (None, "")


#: A Federal Register page header: "Federal Register / Vol. 89, No. 45 / Wednesday, March 6,
#: 2024 / Rules and Regulations" (not a citation such as "89 FR 16000 (March 6, 2024)").
_FEDERAL_REGISTER = re.compile(
    r"Federal\s+Register\s*/\s*Vol\.?\s*\d+,?\s*No\.?\s*\d+\s*/\s*"
    rf"(?:[A-Z][a-z]+day,?\s+)?(?P<date>{_MDY}|{_DMY})"
)
#: A month and year on its own line at the head, bare or after a date label ("September 2023",
#: "Published: September 2023"): a report's or a paper's date, known to the month.
_MONTH_LINE = re.compile(
    rf"^[ \t*_]*(?:{_DATE_LABEL}\s*:?\s*(?:on\s+|in\s+)?)?(?P<date>[A-Z][a-z]{{2,8}}\.?,?\s+\d{{4}})"
    r"\.?[ \t*_]*$",
    re.MULTILINE,
)


def _month_line(head: str, find) -> str | None:
    """The month of a month-and-year line in the first 15 lines, before the body begins."""
    for line in head[:1500].split("\n")[:15]:
        if len(line) > 160:
            break
        m = _MONTH_LINE.fullmatch(line)
        if m:
            months = [d for d in find(m["date"]) if d.granularity == "month" and not d.relative]
            if months:
                return months[0].value
            continue
        if len(_WORD.findall(line)) >= 3 and line.rstrip(' *_"”)').endswith((".", "!", "?")):
            break  # a sentence: the body has begun
    return None


def _first(pattern: re.Pattern, head: str) -> str | None:
    m = pattern.search(head)
    return m["date"] if m else None
