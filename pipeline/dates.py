"""Find date expressions in text and normalise them to ISO 8601 values and day intervals.

A rule-based tagger and normaliser in the manner of HeidelTime (Strötgen & Gertz, 2010,
"HeidelTime: High quality rule-based extraction and normalization of temporal expressions"):
one regular expression per expression type proposes candidates, a normalisation function per
type turns each into an interval, overlapping candidates are resolved longest-match-first, and
relative expressions ("the following year") are resolved against the previously mentioned
absolute date, which is HeidelTime's strategy for narrative documents (no document creation
time). The public API follows textacy's extractors: pure functions, keyword-only options.

Values are ISO 8601 as in ANNOTATION_GUIDE.md: ``2019``, ``2021-03``, ``2021-03-09`` or an
interval ``START/END`` of those. Every mention also carries the first and last day it covers.

What is deliberately *not* a date, because the inputs are policy papers and journal articles:
volume, issue, article, page, section and resolution numbers, DOIs and URLs, counts ("2000
satellites"), times of day ("2030 hours", "2030 UTC") and the years inside author-year
citations ("(Smith, 2020)", "Smith et al. (2019)", "Smith 2020: 14"). Numeric day-month forms
("09.03.2021", "03/2021") are skipped as ambiguous between day-first and month-first.

Conventions where English is vague (documented so that reviewers can check them):
- early / mid / late: a year is split into Jan-Apr, May-Aug, Sep-Dec; a decade into years 0-3,
  4-6, 7-9; a century into years 01-40, 41-60, 61-00. "mid-March 2021" stays the month.
- seasons are northern meteorological seasons; "winter 2022" (as NOAA uses it) and
  "winter 2021/22" are both 2021-12/2022-02.
- a fiscal year is named by the calendar year in which it ends (US federal usage): with
  ``fiscal_year_start_month=10``, FY2025 is 2024-10/2025-09; "FY2024-25" is FY2024 to FY2025.
- prepositions ("by 2030", "since 2016", "as of June 2022") are not part of the mention and do
  not change the value; "from" and "between" are part of a range mention ("from 2020 to 2035").
- a month or day without a year ("in March", "on 9 March") takes the anchor's year and is
  reported as relative, like the other anchored expressions. Anchors are points: an interval
  anchors by its end ("the 1950s ... the following year" is 1960).
- a relative expression needs an anchor as fine as itself: "3 months later" after "2019" is
  not resolved (the month is unknown) and so not reported.
- deictic words ("today", "yesterday", "tomorrow", "this / last / next year", "this / last /
  next month", "earlier this year", "this decade") are relative too: the guide resolves them
  against the anchor like the anaphoric forms (in a press release the anchor is usually the
  dateline). "today" needs a day anchor. Weekdays ("on Tuesday") and weeks ("last
  week") are not resolved: the first needs tense to pick the week, the second is no
  granularity of the output. Not deictic: "the last year" and "its last year" (a final or
  past year), "last year of ...", "year-on-year", "this year-end", and "Today" capitalised
  after a capitalised word ("USA Today", "Russia Today": a name).

Speed: find_dates runs on every sentence of large corpora, so each text is scanned once for
trigger tokens (numbers, month names, unit words such as "year") and the anchored patterns are
tried only where a trigger starts; optional words on the left ("the", "from", "early",
"mid-", "three ... later") are attached by looking at the preceding tokens, and the rare
families (quarters, halves, seasons, fiscal years, centuries, "today" / "yesterday" /
"tomorrow") run only when a cheap substring test shows they can match.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

__all__ = ["DateMention", "find_dates", "last_absolute", "normalize_date"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression found in a text, with its ISO value and the days it covers."""

    start: int
    end: int
    mention: str
    value: str
    start_date: str
    end_date: str
    granularity: str
    relative: bool


# --------------------------------------------------------------------------------------------
# Points and intervals

#: (year, month or None, day or None): a calendar point at year, month or day granularity.
Point = tuple[int, int | None, int | None]


class _Iv(NamedTuple):
    """An interval from the first day of ``start`` to the last day of ``end``."""

    start: Point
    end: Point
    gran: str | None = None  # "decade" / "century" for whole ones; otherwise derived


class _Cfg(NamedTuple):
    fy_start: int
    lo: int
    hi: int


def _fmt(p: Point) -> str:
    y, m, d = p
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _first_day(p: Point) -> date:
    return date(p[0], p[1] or 1, p[2] or 1)


def _last_day(p: Point) -> date:
    y, m, d = p
    if m is None:
        return date(y, 12, 31)
    if d is None:
        return date(y, m, calendar.monthrange(y, m)[1])
    return date(y, m, d)


def _granularity(iv: _Iv) -> str:
    if iv.gran:
        return iv.gran
    if iv.start != iv.end:
        return "range"
    _, m, d = iv.start
    return "year" if m is None else "month" if d is None else "day"


def _value(iv: _Iv) -> str:
    if iv.start == iv.end and iv.gran is None:
        return _fmt(iv.start)
    return f"{_fmt(iv.start)}/{_fmt(iv.end)}"


def _in_bounds(iv: _Iv, cfg: _Cfg) -> bool:
    if not (cfg.lo <= iv.start[0] and iv.end[0] <= cfg.hi):
        return False
    return _first_day(iv.start) <= _last_day(iv.end)


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _point(y: int, m: int | None = None, d: int | None = None) -> _Iv:
    p = (y, m, d)
    return _Iv(p, p)


_ANCHOR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parse_point(text: str) -> Point | None:
    m = _ANCHOR.fullmatch(text)
    if not m:
        return None
    y = int(m[1])
    mo = int(m[2]) if m[2] else None
    d = int(m[3]) if m[3] else None
    ok = y >= 1 and (mo is None or 1 <= mo <= 12) and (d is None or _valid_day(y, mo or 1, d))
    return (y, mo, d) if ok else None


def _parse_anchor(anchor: str) -> Point:
    """The point an anchor stands for; for an interval ``A/B``, its end ``B``."""
    points = [_parse_point(part) for part in anchor.strip().split("/")]
    if len(points) > 2 or None in points:
        raise ValueError(f"anchor must be an ISO value like 2019, 2021-03, 2021-03-09: {anchor!r}")
    return points[-1]  # type: ignore[return-value]


# --------------------------------------------------------------------------------------------
# Vocabulary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_FULL_MONTHS = {k for k in _MONTHS if len(k) > 4 or k in ("may", "june", "july")}


def _alt(words, *, lower: bool = False) -> str:
    """An alternation of ``words`` in title and upper case (and lower case if asked).

    Month names are matched case-sensitively because "may" and "march" in lower case are a
    verb; listing the cases (rather than IGNORECASE) also keeps ``re``'s fast prefix scan.
    """
    forms = {w.title() for w in words} | {w.upper() for w in words}
    if lower:
        forms |= set(words)
    return "|".join(sorted(forms, key=len, reverse=True))


_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty first": 21, "twenty second": 22,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12)}
_PART_OF_DECADE = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_PART_OF_CENTURY = {"early": (1, 40), "mid": (41, 60), "late": (61, 100)}
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                  "fourth": 4, "4th": 4, "final": 4, "last": 4}  # fmt: skip
_HALF_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2}

#: Words after a number that make it a count or a measure, not a year.
_COUNT_NOUNS = _words(
    """satellite satellites signatory signatories people persons individuals members states
    countries nations parties objects pieces fragments spacecraft rockets astronauts
    employees staff scientists engineers researchers students participants respondents
    visitors users units copies pages words papers articles documents items times years
    months weeks days minutes seconds hours tonnes tonne tons ton kilograms kilogram kg km
    kilometres kilometers kilometre kilometer metres meters m mi miles feet ft lbs mph kph
    kmh dollars usd euros eur yuan rmb rubles roubles yen million billion thousand
    trillion bn mn kw mw gw kwh watts hz mhz ghz kn t"""
)
#: A year directly after these is a year even before a plural noun ("by 2030 astronauts ...").
_YEAR_PREPS = _words("in by since until till before after during circa ca ca. c. through")
#: Before a number and a plural noun, these make the number a count ("over 2000 objects").
_QUANTIFIERS = _words(
    """over about nearly almost approximately approx. around some roughly than only just
    total least most estimated additional another extra all with of"""
)
_DURATION_PREPS = _words("over within for throughout across through lasting spanning")
_DETERMINERS = _words("the a an this that these those its their his her our your")
#: Tokens before a number that label it (a volume, a page, a bill, a price), lower-cased.
_NUMBER_LABELS = _words(
    """no. nos. vol vol. vols. iss. pp pp. p. pg. pgs. art. arts. sec. secs. ch. chap. fig.
    figs. para. paras. res. doc. ref. refs. col. nr. tab. eq. app. op. number numbers
    volume volumes issue issues page pages article articles section sections paragraph
    paragraphs chapter chapters figure figures table tables annex annexes appendix
    resolution resolutions rule item items footnote footnotes note isbn issn code codes id
    flight serial docket bill bills equation equations ibid. ibid., # § № $ € £ ¥ us$ usd
    eur rmb cny gbp jpy"""
)
_NUMBER_LABELS_CS = _words("S. H.R. H.Res. S.Res.")  # US bills: case matters
_NUMBER_LABEL_PAIRS = frozenset(
    {("et", "al."), ("et", "al.,"), ("et", "al"), ("public", "law"), ("public", "laws")}
)
#: Capitalised words before "(2019)" that name a document, so the parenthesis is its date.
_DOC_NOUNS = _words(
    """treaty agreement agreements accord accords convention act law declaration resolution
    strategy policy report statement memorandum mou plan program programme mission
    guidelines principles paper document charter protocol initiative roadmap framework
    budget decree order regulation directive rules code station"""
)
#: First words of a parenthesis that is a date, not an author-year citation.
_CITE_STOP = frozenset(
    {w.title() for w in _MONTHS}
    | {w.upper() for w in _MONTHS}
    | _words(
        """Spring Summer Autumn Fall Winter Early Mid Late In On By Since From Between Until
        Till Before After During Circa Ca C Around About Approximately The A An And Or As At
        For Of To Through Q1 Q2 Q3 Q4 H1 H2 FY Fiscal Year Years Est Founded Established
        Signed Launched Adopted Entered Effective Updated Revised Accessed Retrieved Published
        Dated Date Vol No Nos Issue Art Article Section Resolution Phase Stage Step"""
    )
)


# --------------------------------------------------------------------------------------------
# Patterns (compiled once)

# A four-digit number that starts a token: not inside "101537", "2,019", "spacepol.2022",
# "S/RES/2222", "$2019", "FY2025" (the fiscal-year pattern takes that), nor the second half of
# "1998-2005". The look-behinds sit after the first digit so that ``re`` can skip to digits.
_NOT_AFTER = r"[\w.,/:$€£¥#§@&+]"
_Y_HEAD = rf"\d(?<!{_NOT_AFTER}\d)(?<!\d[-–—]\d)"
_Y4 = _Y_HEAD + r"\d{3}"
_D12 = r"\d(?<![\w.,/:]\d)\d?"  # a day number that starts a token
# Year at the end of a full date: "March 2021.4" (a footnote marker) is still March 2021.
_YE = r"(?!\w)(?!/\d)"
# A bare year: not "2019a", "2021/22" (the short-range pattern), "2020-2035" (the range one).
_YE_BARE = r"(?!\w)(?!/\d)(?!\s?[-–—]\s?\d)"
_CONN = r"(?P<conn>\s*[-–—]\s*|\s+(?:to|and|until|through)\s+)"
_MON = rf"(?P<mon>{_alt(_MONTHS)})\b\.?"
_ORD_SUFFIX = r"(?:st|nd|rd|th)?"

_RE_ISO = re.compile(
    rf"(?P<y>{_Y4})(?P<sep>[-/])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d)(?![.,/-]\d)"
)
_RE_DMY = re.compile(
    rf"(?P<d>{_D12}){_ORD_SUFFIX}(?:\s+of)?\s+{_MON}(?:\s*,)?\s+(?P<y>\d{{4}}){_YE}"
)
_RE_MDY = re.compile(rf"{_MON}\s+(?P<d>\d{{1,2}}){_ORD_SUFFIX}(?:\s*,)?\s+(?P<y>\d{{4}}){_YE}")
_RE_MY = re.compile(rf"{_MON}(?:\s*,)?\s+(?:of\s+)?(?P<y>\d{{4}}){_YE}")
_RE_DDMY = re.compile(
    rf"(?P<d1>{_D12}){_ORD_SUFFIX}{_CONN}(?P<d2>\d{{1,2}}){_ORD_SUFFIX}(?:\s+of)?\s+{_MON}"
    rf"(?:\s*,)?\s+(?P<y>\d{{4}}){_YE}"
)
_RE_MDDY = re.compile(
    rf"{_MON}\s+(?P<d1>\d{{1,2}}){_ORD_SUFFIX}{_CONN}(?P<d2>\d{{1,2}}){_ORD_SUFFIX}(?:\s*,)?\s+"
    rf"(?P<y>\d{{4}}){_YE}"
)
# Yearless forms: resolved against the anchor, or completed by the right side of a range.
_RE_PDM = re.compile(rf"(?P<d>{_D12}){_ORD_SUFFIX}(?:\s+of)?\s+{_MON}(?![.,]?\s*\d)")
_RE_PMD = re.compile(rf"{_MON}\s+(?P<d>\d{{1,2}}){_ORD_SUFFIX}(?!\d)(?![.,:]?\s*\d)")
_RE_MONTH = re.compile(rf"{_MON}(?![.,]?\s*\d)")

# "1990s", "1990's", "1960s–70s"
_RE_DECADE = re.compile(
    rf"(?P<y>{_Y_HEAD}\d\d0)['’]?s"
    r"(?:\s?[-–—]\s?['’]?(?P<yy>\d0)['’]?s)?\b"
)
_RE_DECADE_SHORT = re.compile(
    r"(?P<ap>['’])(?P<yy>\d0)s\b|(?P<yy2>\d(?<![\w.,/:$€£¥#§@&+'’]\d)0)s\b"
)
_ORD = r"\d{1,2}(?:st|nd|rd|th)|twenty[-\s]?(?:first|second)|" + "|".join(
    sorted((k for k in _ORDINALS if " " not in k), key=len, reverse=True)
)
# Centuries, quarters, halves, seasons and fiscal years are rare enough to be gated by a
# substring test, so these patterns keep their optional leading words.
_RE_CENTURY = re.compile(
    rf"(?:\b(?P<the>the)\s+)?(?:\b(?P<mod>early|mid|late)(?:-|\s+))?\b(?P<ord>{_ORD})"
    r"(?P<sep>-|\s+)centur(?:y|ies)\b",
    re.IGNORECASE,
)
_RE_CENTURY_RANGE = re.compile(
    rf"(?:\b(?P<pre>from|between)\s+)?(?:\bthe\s+)?\b(?P<o1>{_ORD})(?:(?:-|\s+)centur(?:y|ies))?"
    rf"(?:\s*[-–—]\s*|\s+(?:to|and|until|through)\s+)(?:the\s+)?(?P<o2>{_ORD})"
    r"(?:-|\s+)centur(?:y|ies)\b",
    re.IGNORECASE,
)
_RE_QUARTER = re.compile(
    rf"\bQ(?P<q>[1-4])(?:\s+of\s+|\s*[-/]\s*|\s+)(?P<y>\d{{4}}){_YE}"
    rf"|(?P<y2>{_Y4})(?:\s*[-/]\s*|\s+)Q(?P<q2>[1-4])\b"
    r"|(?:\b[Tt]he\s+)?\b(?P<qw>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
    rf"\s+(?:calendar\s+)?quarter\s+(?:of\s+)?(?:(?:the\s+)?year\s+)?(?P<y3>\d{{4}}){_YE}"
)
_RE_HALF = re.compile(
    rf"\bH(?P<h>[12])(?:\s*[-/]\s*|\s+)(?P<y>\d{{4}}){_YE}"
    rf"|(?<![\w.])(?P<h2>[12])H\s+(?P<y2>\d{{4}}){_YE}"
    r"|(?:\b[Tt]he\s+)?\b(?P<hw>first|second|latter|1st|2nd)\s+half\s+of\s+"
    rf"(?:(?:the\s+)?year\s+)?(?P<y3>\d{{4}}){_YE}"
)
_RE_FY = re.compile(
    r"\b(?P<kw>FY|[Ff]iscal(?:\s+[Yy]ears?)?)\s?[-']?(?P<y>\d{4}|\d{2})"
    r"(?:\s*[-–—/]\s*(?:FY\s?)?(?P<y2>\d{4}|\d{2}))?(?!\w)(?![.,]\d)"
)
_RE_SEASON = re.compile(
    rf"(?P<s>{_alt(('spring', 'summer', 'autumn', 'fall', 'winter'), lower=True)})"
    rf"(?P<of>\s+of)?\s+(?P<y>\d{{4}})(?:\s*[-–—/]\s*(?P<y2>\d{{4}}|\d{{2}}))?{_YE}"
)
_RE_YEAR = re.compile(rf"(?P<y>{_Y4}){_YE_BARE}")
_RE_YEAR_RANGE = re.compile(
    rf"(?P<y>{_Y4})(?P<sep>\s?[-–—]\s?|/)"
    rf"(?P<y2>\d{{4}}|\d{{2}}){_YE_BARE}"
)

_RE_UNIT = re.compile(r"(?:year|month|week|day|decade)s?\b|centur(?:y|ies)\b")
_RE_DEICTIC_DAY = re.compile(rf"\b(?P<w>{_alt(('today', 'yesterday', 'tomorrow'), lower=True)})\b")
_DEICTIC_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1}
#: "this year", "last month", "next year": the shift from the anchor, and the units allowed.
_DEICTIC = {"this": (0, ("year", "month", "decade")), "last": (-1, ("year", "month")),
            "next": (1, ("year", "month"))}  # fmt: skip
# After a deictic unit these make it something else: "year-on-year", "this year-end", "month
# over month", "supplies which last year after year".
_NOT_DEICTIC_AFTER = re.compile(r"-\w|\s+(?:after|by|to|on|over)[\s-]+(?:year|month)s?\b")
_OF_AFTER = re.compile(r"\s+of\b")  # "last year of the war" is a final year
_DIR_AFTER = re.compile(
    r"\s+(?P<dir>later|earlier|before|after|afterwards?|on|previously|prior)\b(?!\s+than\b)"
)
_BEFORE_AFTER = re.compile(r"\s+(?P<dir>before|after)\b")
_DIGITS = re.compile(r"\d+")
# "two years after" / "the year before" only end a clause when they refer back to the anchor;
# "two years after the launch" refers to another event.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\]—–]|$|that\b|then\b)")

_TIME_OR_PERCENT = re.compile(
    r"\s*(?:hours?\b|hrs?\b|h\b|UTC\b|GMT\b|UT\b|Z\b|Zulu\b|[ECMP][SD]T\b|CES?T\b|BST\b|JST\b|"
    r"MSK\b|local\s+time\b|[ap]\.m\.|[ap]m\b|%|per\s?cent\b)",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"(?:\s+|-)?([^\W\d_]+)")
_NUM_AFTER = re.compile(r"\s*(?:[-–—]|to|and|or)\s*(\d[\d,.]*)")
_FOOTNOTE_AFTER = re.compile(r"[.,]\d{1,3}(?=\s+[A-Z“\"‘(]|\s*$)")
_CITE_PAGE_AFTER = re.compile(r"\s*:\s*\d")
_PAGE_LABEL = re.compile(r"\d\):$")  # "12(3): 1998-2005"
_RANGE_GAP = re.compile(r"\s*[-–—]\s*|\s+(?:to|until|till|through|thru|and)\s+")
_WORD_CHARS = re.compile(r"[^\W\d_]+")

# Author-year citations.
_UC = "A-ZÀ-ÖØ-Þ"
_NAME = (
    rf"(?:[{_UC}][^\W\d_]*(?:['’-][^\W\d_]+)*\.?"
    r"|(?:van|von|de|der|den|du|da|di|del|la|le)(?=\s))"
)
_AUTHORS = (
    rf"{_NAME}(?:(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and\s+|&\s*)?){_NAME})*(?:,?\s+et\s+al\.?)?"
)
_YEARS = r"(?:\d{4}[a-z]?|n\.d\.|forthcoming|in\s+press)(?:\s*,\s*\d{4}[a-z]?)*"
_LOCATOR = (
    r"(?:\s*[,:]\s*(?:pp?\.\s*|paras?\.\s*|at\s+|ch\.\s*)?[\dixvlc]+(?:\s*[-–]\s*[\dixvlc]+)?)*"
)
_CITE_SEG = re.compile(
    r"\s*(?:(?:[Ss]ee(?:\s+also)?|e\.g\.|[Cc]f\.|i\.e\.|also|for\s+example|quoted\s+in|"
    rf"cited\s+in)[,:]?\s+)*(?P<auth>{_AUTHORS}|[Ii]bid\.?|[Ii]d\.)\s*,?\s*{_YEARS}{_LOCATOR}\s*"
)
_CITE_YEARS_ONLY = re.compile(rf"\s*{_YEARS}{_LOCATOR}\s*")
_NARRATIVE_TAIL = re.compile(
    r"(?:(?P<etal>\bet\s+al\.?)|(?P<pair>[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*\s+(?:and|&)\s+)?"
    rf"(?P<name>[{_UC}][^\W\d_]*(?:['’-][^\W\d_]+)*)(?:['’]s)?)\s*$"
)
_PREV_WORD = re.compile(r"([^\W\d_]+)\.?\s+$")
_ROMAN = re.compile(r"[IVXLC]+")
_PAREN = re.compile(r"\(([^()]{1,300})\)")
_BRACKET_REF = re.compile(r"\[\s*\d[\d\s,;–-]*\]")
_LINKS = re.compile(r"(?:\bdoi:?\s*|\bhttps?://|\bwww\.)\S+|\b10\.\d{4,9}/\S+", re.IGNORECASE)

# Cheap gates so that most sentences run few patterns.
_RE_MONTH_WORD = re.compile(rf"(?:{_alt(_MONTHS)})\b")


# --------------------------------------------------------------------------------------------
# Context of a match


@lru_cache(maxsize=256)  # several checks inspect the same offset; cleared after each text
def _tok_before(text: str, s: int) -> tuple[str, int, bool]:
    """The whitespace-delimited token before offset ``s``, its start offset, and whether
    whitespace separates it from ``s`` (False for "(" in "(2019" or "mid-" in "mid-2025")."""
    lo = max(0, s - 40)
    i = s
    while i > lo and text[i - 1].isspace():
        i -= 1
    j = i
    while j > lo and not text[j - 1].isspace():
        j -= 1
    return text[j:i], j, i < s


def _prev_word(text: str, s: int) -> str:
    tok = _tok_before(text, s)[0]
    return tok.lower().lstrip("([{“\"'‘")


def _word_start(text: str, s: int) -> bool:
    return s == 0 or not text[s - 1].isalnum()


def _ext_words(text: str, s: int, words: frozenset[str] | tuple[str, ...]) -> int:
    """Offset of the token before ``s`` if it is one of ``words``, else ``s``."""
    tok, j, gap = _tok_before(text, s)
    return j if gap and tok in words else s


_MOD_TAIL = re.compile(r"(?:^|[-–—(\[“\"‘'])(early|mid|late)$", re.IGNORECASE)


def _ext_mod(text: str, s: int) -> tuple[str | None, int]:
    """An "early" / "mid" / "late" before ``s`` ("mid-2025", "early in 2023", "late 2024-early
    2025"), and its offset."""
    tok, j, gap = _tok_before(text, s)
    if gap and tok.lower() == "in":
        tok, j, gap = _tok_before(text, j)
        if not gap:
            return None, s
    if not gap:
        if not tok.endswith("-"):
            return None, s
        tok = tok[:-1]
    m = _MOD_TAIL.search(tok)
    if m is None:
        return None, s
    return m[1].lower(), j + m.start(1)


def _ext_adverb(text: str, s: int) -> int:
    """Offset of "later" / "earlier" (optionally followed by "in" / "on") before ``s``."""
    tok, j, gap = _tok_before(text, s)
    if gap and tok.lower() in ("in", "on"):
        tok, j, gap = _tok_before(text, j)
    return j if gap and tok.lower() in ("later", "earlier") else s


def _is_number_label(text: str, s: int) -> bool:
    """True when the number at ``s`` follows "No.", "Vol.", "pp.", "Article", "$", "et al.",
    "12(3):", another bare number, ..., so it is not a year."""
    tok, j, gap = _tok_before(text, s)
    if not tok:
        return False
    low = tok.lower()
    if low in _NUMBER_LABELS or tok in _NUMBER_LABELS_CS or low[-1] in "#§№$€£¥":
        return True
    if gap and tok.isdigit() and len(tok) < 4:  # "Table 3 2019": a year never follows "3 "
        return True
    if _PAGE_LABEL.search(tok):
        return True
    tok2 = _tok_before(text, j)[0].lower()
    return (tok2, low) in _NUMBER_LABEL_PAIRS


def _is_count(text: str, s: int, e: int) -> bool:
    """True when the number at ``s:e`` is a time of day, a percentage, a count or a measure
    ("2030 UTC", "2000 satellites", "over 2000 objects", "2000 km")."""
    if _TIME_OR_PERCENT.match(text, e):
        return True
    if _prev_word(text, s) in _YEAR_PREPS:
        return False
    nxt = _NEXT_WORD.match(text, e)
    word = nxt[1].lower() if nxt else ""
    if word in _COUNT_NOUNS:
        return True
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        tok, j, _ = _tok_before(text, s)
        low = tok.lower()
        return low in _QUANTIFIERS or (low == "to" and _tok_before(text, j)[0].lower() == "up")
    return False


def _bare_year_ok(text: str, s: int, e: int, y: int, cfg: _Cfg) -> bool:
    """Whether a bare four-digit number is a year here (see the module docstring)."""
    if not cfg.lo <= y <= cfg.hi or _is_number_label(text, s):
        return False
    after = text[e : e + 2]
    # "2019.5" and "2,019,000" are numbers; "in 2019.4 The ..." is a footnote marker.
    if after[:1] in (".", ",") and after[1:].isdigit() and not _FOOTNOTE_AFTER.match(text, e):
        return False
    if _is_count(text, s, e):
        return False
    nxt = _NUM_AFTER.match(text, e)
    if nxt:
        # "between 2000 and 3000 satellites": the partner decides whether this is a year.
        num = nxt[1].rstrip(".,")
        if len(num) == 4 and num.isdigit() and cfg.lo <= int(num) <= cfg.hi:
            if _is_count(text, nxt.start(1), nxt.start(1) + 4):
                return False
        elif len(num) >= 3:
            return False
    if _prev_word(text, s) in _YEAR_PREPS:
        return True
    return not _CITE_PAGE_AFTER.match(text, e)  # "Smith 2020: 14" cites a page


# --------------------------------------------------------------------------------------------
# Candidates


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    iv: _Iv | None = None  # absolute
    rel: tuple | None = None  # relative: resolved against the anchor
    standalone: bool = True  # False: only usable as the left side of a range
    bare: bool = False  # a bare numeric year
    # A candidate with neither ``iv`` nor ``rel`` is void: an invalid date ("29 February 2021")
    # that must still win over its parts ("February 2021"), and then yields nothing.


_Out = list[_Cand]


def _month(word: str) -> int | None:
    return _MONTHS.get(word.rstrip(".").lower())


def _add_abs(out: _Out, start: int, end: int, iv: _Iv, cfg: _Cfg, *, bare: bool = False) -> None:
    if _in_bounds(iv, cfg):
        out.append(_Cand(start, end, iv=iv, bare=bare))


def _add_day(out: _Out, start: int, end: int, y: int, m: int, d: int, cfg: _Cfg) -> None:
    if _valid_day(y, m, d):
        _add_abs(out, start, end, _point(y, m, d), cfg)
    elif 1 <= m <= 12 and 1 <= d <= 31:
        out.append(_Cand(start, end))  # void


def _c_iso(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    if not _is_number_label(text, m.start()):
        _add_day(out, m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"]), cfg)


def _c_dmy(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    _add_day(out, m.start(), m.end(), int(m["y"]), _month(m["mon"]), int(m["d"]), cfg)


def _c_mdy(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    if _word_start(text, m.start()):
        _c_dmy(m, text, cfg, out)


def _c_month_year(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    if _word_start(text, m.start()):
        start = _ext_mod(text, m.start())[1]  # "mid-March 2021" is still March
        _add_abs(out, start, m.end(), _point(int(m["y"]), _month(m["mon"])), cfg)


def _c_day_range(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    s = m.start()
    if not _word_start(text, s):
        return
    pre = _ext_words(text, s, ("from", "From", "between", "Between"))
    if "and" in m["conn"] and text[pre : pre + 7].lower() != "between":
        return  # "9 and 12 March" are two days
    mon, y, d1, d2 = _month(m["mon"]), int(m["y"]), int(m["d1"]), int(m["d2"])
    if d1 < d2 and _valid_day(y, mon, d1) and _valid_day(y, mon, d2):
        _add_abs(out, pre, m.end(), _Iv((y, mon, d1), (y, mon, d2)), cfg)


def _c_partial_day(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    mon, d = _month(m["mon"]), int(m["d"])
    # 2000 is a leap year, so 29 February passes here and is checked against the anchor.
    if _word_start(text, m.start()) and _valid_day(2000, mon, d):
        out.append(_Cand(m.start(), m.end(), rel=("part", mon, d)))


_MONTH_PREPS = _words("in on by since until till from before after during through between")
#: A preposition before "that" makes it a determiner: "in that last year" (a final year), but
#: "the craft that last year landed" is deictic.
_PREPS_BEFORE_THAT = _MONTH_PREPS | _words("for of at to over throughout within across")


def _c_month(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    """A month name without a year: relative after a preposition ("in March"), and the left
    side of a range ("from March to June 2022", "Jan–Mar 2023")."""
    s = m.start()
    if not _word_start(text, s):
        return
    mon = _month(m["mon"])
    start = _ext_mod(text, s)[1]  # "in early March"
    standalone = (
        m["mon"].lower() in _FULL_MONTHS and _prev_word(text, start).rstrip(",") in _MONTH_PREPS
    )
    if standalone or _RANGE_GAP.match(text, m.end()):
        out.append(
            _Cand(
                start if standalone else s, m.end(), rel=("part", mon, None), standalone=standalone
            )
        )


def _decade_iv(base: int, mod: str | None) -> _Iv:
    if mod:
        a, b = _PART_OF_DECADE[mod]
        return _Iv((base + a, None, None), (base + b, None, None))
    return _Iv((base, None, None), (base + 9, None, None), "decade")


def _decade_start(text: str, s: int) -> tuple[str | None, int]:
    mod, start = _ext_mod(text, s)
    return mod, _ext_words(text, start, ("the", "The"))


def _c_decade(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    s = m.start()
    if _is_number_label(text, s):
        return
    mod, start = _decade_start(text, s)
    iv = _decade_iv(int(m["y"]), mod)
    if m["yy"]:
        end = int(m["y"]) // 100 * 100 + int(m["yy"])
        if end <= iv.start[0]:
            end += 100  # "the 1990s-00s"
        iv = _Iv(iv.start, (end + 9, None, None))
    _add_abs(out, start, m.end(), iv, cfg)


def _c_decade_short(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    s = m.start()
    mod, start = _decade_start(text, s)
    if not m["ap"] and start == s:
        return  # "in his 90s" is an age; "the 90s" and "the '90s" are decades
    yy = int(m["yy"] or m["yy2"])
    base = 1900 + yy if yy >= 30 else 2000 + yy
    _add_abs(out, start, m.end(), _decade_iv(base, mod), cfg)


def _ordinal(word: str) -> int:
    w = re.sub(r"[-\s]+", " ", word.lower())
    return int(w[:-2]) if w[0].isdigit() else _ORDINALS[w]


def _c_century(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    n = _ordinal(m["ord"])
    base = (n - 1) * 100
    if m["mod"]:
        a, b = _PART_OF_CENTURY[m["mod"].lower()]
        iv = _Iv((base + a, None, None), (base + b, None, None))
    else:
        iv = _Iv((base + 1, None, None), (base + 100, None, None), "century")
    # In "the 21st-century race" the article belongs to "race".
    start = m.start("ord") if m["the"] and not m["mod"] and m["sep"] == "-" else m.start()
    if n >= 1:
        _add_abs(out, start, m.end(), iv, cfg)


def _c_century_range(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    n1, n2 = _ordinal(m["o1"]), _ordinal(m["o2"])
    if 1 <= n1 < n2:
        iv = _Iv(((n1 - 1) * 100 + 1, None, None), (n2 * 100, None, None))
        _add_abs(out, m.start(), m.end(), iv, cfg)


def _c_quarter(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    if m["q"]:
        q, y = int(m["q"]), int(m["y"])
    elif m["q2"]:
        q, y = int(m["q2"]), int(m["y2"])
    else:
        q, y = _QUARTER_WORDS[m["qw"]], int(m["y3"])
    _add_abs(out, m.start(), m.end(), _Iv((y, 3 * q - 2, None), (y, 3 * q, None)), cfg)


def _c_half(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    if m["h"]:
        h, y = int(m["h"]), int(m["y"])
    elif m["h2"]:
        h, y = int(m["h2"]), int(m["y2"])
    else:
        h, y = _HALF_WORDS[m["hw"]], int(m["y3"])
    _add_abs(out, m.start(), m.end(), _Iv((y, 6 * h - 5, None), (y, 6 * h, None)), cfg)


def _c_fiscal(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    raw = m["y"]
    if len(raw) == 2:
        if m["kw"] != "FY":  # "fiscal 25" is not a usage
            return
        y = 2000 + int(raw) if int(raw) < 70 else 1900 + int(raw)
    else:
        y = int(raw)
    last = y
    if m["y2"]:
        raw2 = m["y2"]
        last = y // 100 * 100 + int(raw2) if len(raw2) == 2 else int(raw2)
        if last <= y:
            return
    s = cfg.fy_start
    if s == 1:
        iv = _Iv((y, 1, None), (last, 12, None))
    else:
        iv = _Iv((y - 1, s, None), (last, s - 1, None))
    _add_abs(out, m.start(), m.end(), iv, cfg)


def _c_season(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    if not _word_start(text, m.start()):
        return
    season = m["s"].lower()
    y = int(m["y"])
    # "the summer of 2021" includes the article; in "the spring 2022 session" it is the noun's.
    start = _ext_words(text, m.start(), ("the", "The")) if m["of"] else m.start()
    if season == "winter":
        if m["y2"]:
            raw2 = m["y2"]
            y2 = y // 100 * 100 + int(raw2) if len(raw2) == 2 else int(raw2)
            if y2 != y + 1:
                return
            y = y2
        _add_abs(out, start, m.end(), _Iv((y - 1, 12, None), (y, 2, None)), cfg)
    elif not m["y2"]:
        a, b = _SEASONS[season]
        _add_abs(out, start, m.end(), _Iv((y, a, None), (y, b, None)), cfg)


_MIDDLE_OF = re.compile(r"(?:\b[Tt]he\s+)?\bmiddle\s+of\s+$")


def _c_year(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    s, e, y = m.start(), m.end(), int(m["y"])
    # Part of a year: "early 2023", "mid-2025", "late in 2024", "the middle of 2025".
    mod, start = _ext_mod(text, s)
    if mod is None and text[max(0, s - 3) : s] == "of ":
        mid = _MIDDLE_OF.search(text, max(0, s - 18), s)
        if mid:
            mod, start = "middle", mid.start()
    if mod and not _is_number_label(text, start):
        a, b = _PART_OF_YEAR[mod]
        _add_abs(out, start, e, _Iv((y, a, None), (y, b, None)), cfg)
    if _bare_year_ok(text, s, e, y, cfg):
        _add_abs(out, s, e, _point(y), cfg, bare=True)


def _c_year_range(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    """ "2020-2035", "2019-20", "2021/22"; "2021-03" (no later year fits) is an ISO month."""
    y, raw2 = int(m["y"]), m["y2"]
    s, e = m.start(), m.end()
    if not cfg.lo <= y <= cfg.hi or _is_number_label(text, s) or _is_count(text, s, e):
        return
    if _CITE_PAGE_AFTER.match(text, e) or (
        text[e : e + 1] in (".", ",") and text[e + 1 : e + 2].isdigit()
    ):
        return
    if len(raw2) == 4:
        y2 = int(raw2)
    else:
        y2 = y // 100 * 100 + int(raw2)
        if y2 <= y and y % 100 >= 90:  # "1999-00", "1998-02"
            y2 += 100
        if (y2 <= y or y2 - y > 20) and m["sep"] == "-" and 1 <= int(raw2) <= 12:
            _add_abs(out, s, e, _point(y, int(raw2)), cfg)
            return
    if y < y2:
        _add_abs(out, s, e, _Iv((y, None, None), (y2, None, None)), cfg)


_REL_ADJ = {"following": 1, "next": 1, "subsequent": 1, "previous": -1, "preceding": -1,
            "prior": -1}  # fmt: skip
_LEAD_PUNCT = "([{“\"'‘"


def _word_before(text: str, s: int) -> tuple[str, int]:
    """The lower-cased word before ``s`` (after whitespace, leading brackets stripped) and its
    offset; ("", s) when there is none."""
    tok, j, gap = _tok_before(text, s)
    if not gap:
        return "", s
    word = tok.lstrip(_LEAD_PUNCT)
    return word.lower(), j + len(tok) - len(word)


def _c_relative(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    """Relative expressions, parsed leftwards from their unit word: "three months later", "two
    years earlier", "ten years on", "the following year", "the previous month", "that year",
    "later that month", "the same year", "the year before", and the deictic "this year",
    "last month", "next year", "earlier this year", "this decade"."""
    us, ue = m.start(), m.end()
    if not _word_start(text, us):  # "today", "Monday"
        return
    unit = m[0].lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    w1, j1 = _word_before(text, us)
    if not w1:
        return
    n = int(w1) if w1.isdigit() and len(w1) <= 3 else _NUMBERS.get(w1)
    if n is not None:
        d = _DIR_AFTER.match(text, ue)
        if d is None:
            return
        direction = d["dir"].lower()
        if direction in ("before", "after", "on", "prior") and not _CLAUSE_END.match(text, d.end()):
            return  # "two years after the launch" counts from another event
        if _word_before(text, j1)[0] in _DURATION_PREPS:
            return  # "for two years after": a duration
        sign = -1 if direction in ("earlier", "before", "previously", "prior") else 1
        out.append(_Cand(j1, d.end(), rel=("shift", sign * n, unit)))
        return
    if m[0] != unit or unit in ("week", "century"):  # plural or unsupported: not a point
        return
    w2, j2 = _word_before(text, j1)
    if w1 in _REL_ADJ and w2 == "the":
        if _word_before(text, j2)[0] in _DURATION_PREPS:
            return  # "over the next decade": a duration
        sign = _REL_ADJ[w1]
        rel = ("decade", sign) if unit == "decade" else ("shift", sign, unit)
        out.append(_Cand(j2, ue, rel=rel))
    elif w1 == "that" or (w1 == "same" and w2 in ("the", "that")):
        start = j1 if w1 == "that" else j2
        out.append(_Cand(_ext_adverb(text, start), ue, rel=("same", unit)))
    elif w1 == "the" and unit != "decade":
        d = _BEFORE_AFTER.match(text, ue)
        if d and _CLAUSE_END.match(text, d.end()):
            sign = 1 if d["dir"] == "after" else -1
            out.append(_Cand(j1, d.end(), rel=("shift", sign, unit)))
    elif w1 in _DEICTIC and unit in _DEICTIC[w1][1] and _deictic_context(text, w2, j2, ue):
        shift = _DEICTIC[w1][0]
        if shift and _OF_AFTER.match(text, ue):
            return  # "last year of the programme", "next month of talks"
        rel = ("same", unit) if shift == 0 else ("shift", shift, unit)
        out.append(_Cand(_ext_adverb(text, j1), ue, rel=rel))  # "earlier this year"


def _deictic_context(text: str, w2: str, j2: int, ue: int) -> bool:
    """Whether "this / last / next" + unit (ending at ``ue``, with ``w2`` at ``j2`` before the
    adjective) points from the anchor: not after a determiner or a possessive ("the last year",
    "its last year", "NASA's next year"), nor inside "year-on-year" or "year after year"."""
    if w2.endswith(("'s", "’s", "s'", "s’")) or w2 == "very":
        return False
    if w2 == "that":  # a determiner after a preposition, else a complementiser or relative
        return _word_before(text, j2)[0] not in _PREPS_BEFORE_THAT
    return w2 not in _DETERMINERS and not _NOT_DEICTIC_AFTER.match(text, ue)


def _c_deictic_day(m: re.Match, text: str, cfg: _Cfg, out: _Out) -> None:
    """ "today", "yesterday", "tomorrow": the anchor day, the day before, the day after."""
    word = m["w"]
    if not word.islower():
        # A capitalised "Today" right after a capitalised word is a name ("USA Today",
        # "Russia Today"); at a sentence start the word before ends in punctuation.
        tok, _, gap = _tok_before(text, m.start())
        if gap and tok[:1].isupper() and tok[-1:].isalpha():
            return
    shift = _DEICTIC_DAY[word.lower()]
    rel = ("same", "day") if shift == 0 else ("shift", shift, "day")
    out.append(_Cand(m.start(), m.end(), rel=rel))


def _has_deictic_day(text: str) -> bool:
    # Narrower than "day", which "Monday" and "every day" also contain.
    return any(w in text for w in ("oday", "ODAY", "erday", "ERDAY", "orrow", "ORROW"))


# Anchored patterns tried where a trigger token starts (a four-digit number, a one- or
# two-digit number, a month name), so that each sentence is scanned only a few times.
_Handler = Callable[[re.Match, str, _Cfg, _Out], None]
_AT_YEAR: list[tuple[re.Pattern, _Handler]] = [
    (_RE_YEAR, _c_year),
    (_RE_YEAR_RANGE, _c_year_range),
    (_RE_ISO, _c_iso),
]
_AT_DAY: list[tuple[re.Pattern, _Handler]] = [
    (_RE_DMY, _c_dmy),
    (_RE_DDMY, _c_day_range),
    (_RE_PDM, _c_partial_day),
]
_AT_MONTH: list[tuple[re.Pattern, _Handler]] = [  # the first four need a number after
    (_RE_MY, _c_month_year),
    (_RE_MDY, _c_mdy),
    (_RE_MDDY, _c_day_range),
    (_RE_PMD, _c_partial_day),
    (_RE_MONTH, _c_month),
]
_JOINERS = frozenset("-–—/")


def _has_half(text: str) -> bool:
    return "half" in text or any(h in text for h in ("H1", "H2", "1H", "2H"))


# Rare families scanned over the whole text, each behind a cheap substring test.
_GATED: list[tuple[re.Pattern, _Handler, Callable[[str], bool]]] = [
    (_RE_QUARTER, _c_quarter, lambda t: "Q" in t or "quarter" in t),
    (_RE_HALF, _c_half, _has_half),
    (_RE_SEASON, _c_season, lambda t: True),
    (_RE_FY, _c_fiscal, lambda t: "FY" in t or "iscal" in t),
    (_RE_DECADE_SHORT, _c_decade_short, lambda t: "0s" in t),
]
_CENTURY_RULES: list[tuple[re.Pattern, _Handler]] = [
    (_RE_CENTURY, _c_century),
    (_RE_CENTURY_RANGE, _c_century_range),
]
_UNIT_STEMS = ("year", "month", "day", "week", "decade", "entur")


def _masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose numbers are never dates: DOIs, URLs, reference numbers and author-year
    citations ("(Smith, 2020; Lee 2021)", "Smith et al. (2019)", "(ibid., 2018)")."""
    spans: list[tuple[int, int]] = []
    if "/" in text:
        spans.extend(m.span() for m in _LINKS.finditer(text))
    if "[" in text:
        spans.extend(m.span() for m in _BRACKET_REF.finditer(text))
    if "(" not in text:
        return spans
    for m in _PAREN.finditer(text):
        content, offset = m[1], m.start(1)
        if _CITE_YEARS_ONLY.fullmatch(content):
            if _is_narrative_citation(text, m.start()):
                spans.append(m.span())
            continue
        pos = 0
        for seg in content.split(";"):
            sm = _CITE_SEG.fullmatch(seg)
            if sm and _is_author(sm["auth"]):
                spans.append((offset + pos, offset + pos + len(seg)))
            pos += len(seg) + 1
    return spans


def _is_author(auth: str) -> bool:
    words = _WORD_CHARS.findall(auth)
    return bool(words) and not any(w in _CITE_STOP for w in words)


def _is_narrative_citation(text: str, paren_start: int) -> bool:
    """Whether "(2019)" at ``paren_start`` follows an author ("Smith (2019)", "Lee and Wu
    (2020: 14)", "Smith et al. (2019)") rather than a document ("the Outer Space Treaty (1967)")."""
    before = text[max(0, paren_start - 80) : paren_start]
    m = _NARRATIVE_TAIL.search(before)
    if not m:
        return False
    if m["etal"] or m["pair"]:
        return True
    name = m["name"]
    if name in _CITE_STOP or name.lower() in _DOC_NOUNS or _ROMAN.fullmatch(name):
        return False
    prev = before[: m.start()].rstrip()
    if not prev or prev[-1] in '.!?:;("“':
        return True
    pm = _PREV_WORD.search(prev + " ")
    if not pm:
        return True
    word = pm[1]
    if word.lower() in _DETERMINERS:
        return False
    # A capitalised word before the name makes a multi-word title ("Outer Space Treaty"),
    # unless that word starts the sentence ("As Smith (2019) shows").
    if word[0].isupper():
        head = prev[: pm.start(1)].rstrip()
        return not head or head[-1] in '.!?:;("“'
    return True


def _candidates(text: str, cfg: _Cfg) -> list[_Cand]:
    out: list[_Cand] = []
    months = list(_RE_MONTH_WORD.finditer(text))
    four = False
    for num in _DIGITS.finditer(text):
        pos, end = num.span()
        if end - pos == 4:
            four = True
            after = text[end : end + 2]
            if after[:1] in ("s", "'", "’"):
                m = _RE_DECADE.match(text, pos)
                if m:
                    _c_decade(m, text, cfg, out)
                    continue
            # A range or an ISO date needs a dash or a slash right after the year.
            rules = _AT_YEAR if after[:1] in _JOINERS or after[1:] in _JOINERS else _AT_YEAR[:1]
            for pattern, handler in rules:
                m = pattern.match(text, pos)
                if m:
                    handler(m, text, cfg, out)
        elif end - pos <= 2 and months:
            for pattern, handler in _AT_DAY:
                m = pattern.match(text, pos)
                if m:
                    handler(m, text, cfg, out)
    for mon in months:
        pos = mon.start()
        # Only "March 2021", "March of 2021" and a bare "March" can go without a digit next.
        nxt = text[mon.end() : mon.end() + 8].lstrip(".").lstrip()[:1]
        rules = _AT_MONTH[:4] if nxt.isdigit() else _AT_MONTH[::4]
        for pattern, handler in rules:
            m = pattern.match(text, pos)
            if m:
                handler(m, text, cfg, out)
    if four:
        for pattern, handler, gate in _GATED:
            if gate(text):
                for m in pattern.finditer(text):
                    handler(m, text, cfg, out)
    elif "FY" in text or "0s" in text:  # "FY25", "the '90s"
        for pattern, handler, _ in _GATED[-2:]:
            for m in pattern.finditer(text):
                handler(m, text, cfg, out)
    if "entur" in text or "ENTUR" in text:
        for pattern, handler in _CENTURY_RULES:
            for m in pattern.finditer(text):
                handler(m, text, cfg, out)
    if any(u in text for u in _UNIT_STEMS):
        for m in _RE_UNIT.finditer(text):
            _c_relative(m, text, cfg, out)
    if _has_deictic_day(text):
        for m in _RE_DEICTIC_DAY.finditer(text):
            _c_deictic_day(m, text, cfg, out)
    if not out:
        return out
    masks = _masked_spans(text) if four else []
    if masks:
        out = [c for c in out if not any(ms < c.end and c.start < me for ms, me in masks)]
    if len(out) > 1:
        out.extend(_ranges(text, out, cfg))
    return out


_DASHES = ("-", "–", "—")


def _ranges(text: str, cands: list[_Cand], cfg: _Cfg) -> list[_Cand]:
    """Join two dates into one range: "from 2020 to 2035", "between 2025 and 2030",
    "1980s-2010s", "from March to June 2022" (the left side takes the right side's year)."""
    rights = sorted(((c, c.iv) for c in cands if c.iv is not None), key=lambda r: r[0].start)
    right_starts = [b.start for b, _ in rights]
    out: list[_Cand] = []
    for a in cands:
        if a.iv is None and (a.rel is None or a.rel[0] != "part"):
            continue
        for k in range(bisect_left(right_starts, a.end), len(rights)):
            b, biv = rights[k]
            if b.start - a.end > 12:
                break
            gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
            if gap is None:
                continue
            words = gap[0].strip()
            if a.bare and b.bare and words in _DASHES:
                continue  # the year-range pattern decides these ("pp. 1998-2005")
            pre = _ext_words(text, a.start, ("from", "From", "between", "Between"))
            if words == "and" and text[pre : pre + 7].lower() != "between":
                continue
            left = a.iv if a.iv is not None else _complete_left(a.rel or (), biv)
            if left is None or not (
                _first_day(left.start) <= _first_day(biv.start)
                and _last_day(left.end) < _last_day(biv.end)
            ):
                continue
            start = a.start if words in _DASHES else pre
            _add_abs(out, start, b.end, _Iv(left.start, biv.end), cfg)
    return out


def _complete_left(rel: tuple, right: _Iv) -> _Iv | None:
    """A yearless left side ("March" in "from March to June 2022") takes the right's year;
    a later month than the right's start means the year before ("December to March 2022")."""
    _, mon, day = rel
    ry, rm, rd = right.start
    if rm is None:
        return None
    y = ry - 1 if (mon, day or 1) > (rm, rd or 31) else ry
    if day is not None and not _valid_day(y, mon, day):
        return None
    return _point(y, mon, day)


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates, longest first (then leftmost), returned in text order."""
    taken: list[_Cand] = []  # sorted by start; being disjoint, also by end
    starts: list[int] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if not c.standalone:
            continue
        i = bisect_right(starts, c.start)
        if (i > 0 and taken[i - 1].end > c.start) or (i < len(taken) and taken[i].start < c.end):
            continue
        starts.insert(i, c.start)
        taken.insert(i, c)
    return taken


def _resolve(rel: tuple, anchor: Point | None, cfg: _Cfg) -> _Iv | None:
    """The interval a relative expression denotes, given the anchor point."""
    if anchor is None:
        return None
    ay, am, ad = anchor
    kind = rel[0]
    try:
        if kind == "shift":
            _, n, unit = rel
            if unit in ("year", "decade", "century"):
                iv = _point(ay + n * {"year": 1, "decade": 10, "century": 100}[unit])
            elif unit == "month":
                if am is None:
                    return None
                months = ay * 12 + am - 1 + n
                iv = _point(months // 12, months % 12 + 1)
            else:
                if am is None or ad is None:
                    return None
                d = date(ay, am, ad) + timedelta(days=n * (7 if unit == "week" else 1))
                iv = _point(d.year, d.month, d.day)
        elif kind == "decade":
            iv = _decade_iv(ay // 10 * 10 + 10 * rel[1], None)
        elif kind == "same":
            unit = rel[1]
            if unit == "decade":
                iv = _decade_iv(ay // 10 * 10, None)
            elif unit == "year":
                iv = _point(ay)
            elif unit == "month":
                if am is None:
                    return None
                iv = _point(ay, am)
            else:
                if am is None or ad is None:
                    return None
                iv = _point(ay, am, ad)
        else:  # "part": a month or a day without a year
            _, mon, day = rel
            if day is not None and not _valid_day(ay, mon, day):
                return None
            iv = _point(ay, mon, day)
        return iv if _in_bounds(iv, cfg) else None
    except (ValueError, OverflowError):
        return None


# --------------------------------------------------------------------------------------------
# Public API


def find_dates(
    text: str,
    *,
    anchor: str | None = None,
    fiscal_year_start_month: int = 10,
    min_year: int = 1000,
    max_year: int = 2200,
) -> list[DateMention]:
    """All date expressions in text, in order, non-overlapping (longest match wins).

    ``anchor`` is the ISO value (any granularity; for an interval, its end counts) of the
    nearest earlier absolute date in the document, e.g. the previous sentence's
    ``last_absolute``. Within the text, each absolute date becomes the anchor for the relative
    expressions after it. A relative expression with nothing to resolve against is not
    reported. Years outside ``min_year..max_year`` are not dates.
    """
    if not 1 <= fiscal_year_start_month <= 12:
        raise ValueError("fiscal_year_start_month must be 1..12")
    if not 1 <= min_year <= max_year <= 9999:
        raise ValueError("need 1 <= min_year <= max_year <= 9999")
    current = _parse_anchor(anchor) if anchor else None
    if not text:
        return []
    cfg = _Cfg(fiscal_year_start_month, min_year, max_year)
    out: list[DateMention] = []
    chosen = _select(_candidates(text, cfg))
    _tok_before.cache_clear()  # its keys hold the text: do not keep it alive
    for c in chosen:
        if c.iv is not None:
            iv, relative = c.iv, False
            current = iv.end
        elif c.rel is not None:
            resolved = _resolve(c.rel, current, cfg)
            if resolved is None:
                continue
            iv, relative = resolved, True
        else:
            continue  # void: an invalid date
        out.append(
            DateMention(
                start=c.start,
                end=c.end,
                mention=text[c.start : c.end],
                value=_value(iv),
                start_date=_first_day(iv.start).isoformat(),
                end_date=_last_day(iv.end).isoformat(),
                granularity=_granularity(iv),
                relative=relative,
            )
        )
    return out


_LEAD = re.compile(
    r"(?:(?:in|on|by|since|as\s+of|until|till|before|after|during|circa|c\.|ca\.|around|"
    r"through|from|at|for)\s+)?",
    re.IGNORECASE,
)


def normalize_date(expression: str, *, anchor: str | None = None) -> str | None:
    """The ISO value of one date expression, or None if it is not a date.

    The whole expression must be one date, optionally after a preposition ("by 2030",
    "as of June 2022") and before closing punctuation: "Vol. 2019" and "2019 signatories"
    are None.
    """
    text = expression.strip()
    mentions = find_dates(text, anchor=anchor)
    if len(mentions) != 1:
        return None
    m = mentions[0]
    lead = _LEAD.match(text)  # always matches: the preposition is optional
    if m.start not in (0, lead.end() if lead else 0) or text[m.end :].strip(" .,;:!?)"):
        return None
    return m.value


def last_absolute(mentions: list[DateMention], default: str | None = None) -> str | None:
    """The value to use as the next anchor: the last non-relative mention's value (for a
    range, its end), or ``default``."""
    for m in reversed(mentions):
        if not m.relative:
            return m.value.rsplit("/", 1)[-1]
    return default
