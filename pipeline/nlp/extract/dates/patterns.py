"""Patterns, compiled once: absolute, yearless, rare and deictic forms, citations, and the cheap gates that decide which patterns run."""

from __future__ import annotations

import re

from pipeline.nlp.extract.dates.vocabulary import _MONTHS, _ORDINALS, _alt

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
# not "March 2F" (a rocket's designation: a letter right after the number)
_RE_PMD = re.compile(rf"{_MON}\s+(?P<d>\d{{1,2}}){_ORD_SUFFIX}(?![\dA-Za-z])(?![.,:]?\s*\d)")
_RE_MONTH = re.compile(rf"{_MON}(?![.,]?\s*\d)")
# Yearless day ranges: "May 30-31", "30-31 May", "between March 5 and 6".
_RE_PMDD = re.compile(
    rf"{_MON}\s+(?P<d1>\d{{1,2}}){_ORD_SUFFIX}{_CONN}(?P<d2>\d{{1,2}}){_ORD_SUFFIX}(?!\d)"
    r"(?![.,:]?\s*\d)"
)
_RE_PDDM = re.compile(
    rf"(?P<d1>{_D12}){_ORD_SUFFIX}{_CONN}(?P<d2>\d{{1,2}}){_ORD_SUFFIX}(?:\s+of)?\s+{_MON}"
    r"(?![.,]?\s*\d)"
)

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
#: A fiscal year ("FY2028", "fiscal year 2027", "FY2025-26"); not one inside a code, glued by a
#: hyphen to a capital after it or to a code before it ("part FY2028-A", "FA8811-FY2027-0012";
#: not "FY2027-funded work").
_RE_FY = re.compile(
    r"(?<![-–])\b(?P<kw>J?FY|[Ff]iscal(?:\s+[Yy]ears?)?(?:\s+\(J?FY\))?)\s?[-']?(?P<y>\d{4}|\d{2})"
    r"(?:(?:\s*[-–—/]\s*|\s+(?:to|through|thru|until)\s+)(?:FY\s?)?(?P<y2>\d{4}|\d{2}))?"
    r"(?!\w)(?![.,]\d)(?![-–][A-Z](?![a-z]))"
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
#: The day of writing and its neighbours; the parts of today ("this morning", "tonight") are
#: that day, as hearings, speeches and news tell them ("As of this morning, ...").
_DEICTIC_DAY = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "this morning": 0, "this afternoon": 0,
    "this evening": 0, "tonight": 0,
}  # fmt: skip
_RE_DEICTIC_DAY = re.compile(
    rf"\b(?P<w>{_alt(tuple(w for w in _DEICTIC_DAY if ' ' not in w), lower=True)}"
    # the parts of the day in lower case or opening a sentence ("This morning, ..."), not a
    # title in capitals ("This Morning Show")
    + "".join(f"|{w}|{w.capitalize()}" for w in _DEICTIC_DAY if " " in w)
    + r")\b"
)
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
#: The end of a clause after "two years after": punctuation, the end, "then", or "that" as a
#: pronoun ("a year after that, the crew ..."), not as a determiner ("six years after that
#: signature": counted from an event, no date).
_CLAUSE_END = re.compile(
    r"\s*(?:[,.;:!?)\]—–]|$|then\b|that\b(?=\s*(?:[,.;:!?)\]—–]|$)|\s+(?:the|a|an|we|they|he|"
    r"she|it|I|its|their|our|this|these|there)\b))"
)

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
#: What joins the two sides of a range: a dash, "to", "until", "and" (after "between"), also
#: "to the end of" ("from 2020 to the end of 2028": 2020/2028).
_RANGE_GAP = re.compile(
    r"\s*[-–—]\s*|\s+(?:to|until|till|through|thru|and)\s+"
    r"(?:the\s+(?:end|close)\s+of\s+)?"
)
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
#: A journal reference in Vancouver style: "2010;84(2):523-538", "2019 Mar;12:45".
_VANCOUVER = re.compile(
    r"(?<![\w.])\d{4}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*\d+\s*(?:\(\s*[\w-]+\s*\))?"
    r"\s*:\s*[A-Za-z]?\d+"
)
#: A journal reference's volume, year and pages: "Space Policy 45 (2018) 12-20", "Acta
#: Astronautica 170 (2020), pp. 1-9"; and a reference list's author and year: "Doe, J. (2017).",
#: "Doe, J. K., & Roe, A. (2019),".
_JOURNAL_YEAR = re.compile(
    r"\b\d{1,4}(?:\s*\(\d{1,3}\))?\s+\((?:1[5-9]|20)\d\d[a-z]?\)\s*,?\s*(?:pp?\.\s*)?\d+"
    r"(?:\s*[-–]\s*\d+)?"
)
_AUTHOR_YEAR_ENTRY = re.compile(
    r",\s+(?:[A-Z]\.\s*){1,3}(?:,?\s*(?:&|and)\s+[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*){1,3})*"
    r"\((?:1[5-9]|20)\d\d[a-z]?\)(?=[.,:])"
)
#: "1100 of 2500 cables", "2000 out of 3000": a count of a total, not a year.
_OF_NUMBER_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?\d")
_LINKS = re.compile(r"(?:\bdoi:?\s*|\bhttps?://|\bwww\.)\S+|\b10\.\d{4,9}/\S+", re.IGNORECASE)

# Cheap gates so that most sentences run few patterns.
_RE_MONTH_WORD = re.compile(rf"(?:{_alt(_MONTHS)})\b")


# --------------------------------------------------------------------------------------------
