"""Bibliographic lines: DOI, volume, dates, authors, affiliations."""

from __future__ import annotations

import re

from pipeline.ingest.bibliographic import DOI, YEAR
from pipeline.ingest.publisher.matching import match_key
from pipeline.ingest.textclean import collapse_whitespace, normalize_unicode

_DOI_LINE = re.compile(r"^(doi:?\s*|https?://(dx\.)?doi\.org/)\S*10\.\d{4,9}/\S+")
_GLUED_RIGHTS = re.compile(r"Get rights and content|Open in new tab|View PDF", re.IGNORECASE)
_VOLUME = re.compile(r"^(volume|vol\.?)\s*\d+\b", re.IGNORECASE)
_DATE_LINE = re.compile(
    r"^(published( online)?|first published( online)?|available online|version of record|"
    r"issue date|date|dated|released?|publication date|posted|updated|last updated|"
    r"(?:meeting|hearing|session|sitting) date|"
    r"(?:responses?|answers?|replies) (?:received|submitted)|"
    # a bill's own date, as its cover prints it: "Introduced: 11 August 2026", "Tabled 3 May"
    r"introduced|tabled|"
    # a working paper's or a draft's own date: "This version: 30 November 2026"
    r"(?:this|current|latest|revised) (?:version|draft)|"
    # a broadcaster's programme page: "Broadcast Thu 18 Feb 2027", "First broadcast: ..."
    r"(?:first )?broadcast|aired)\b[:\s]",
    re.IGNORECASE,
)
_MONTH = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?)\.?"
)
_DATE = re.compile(
    rf"\b(\d{{1,2}} {_MONTH},? (?P<y1>\d{{4}})|{_MONTH} \d{{1,2}},? (?P<y2>\d{{4}})|"
    rf"{_MONTH} (?P<y3>\d{{4}})|(?P<y4>\d{{4}})-\d\d-\d\d)\b",
    re.IGNORECASE,
)
_BARE_DATE = re.compile(rf"^(\w+day,? )?({_DATE.pattern})$", re.IGNORECASE)
# An official text's place-and-date line ("Paris, 28 November 2025", "Brussels, 3 May 2024"),
# also with the weekday of its sitting, as a delegation's statement or a speech gives it
# ("Vienna, Wednesday 17 June 2026"), and its adoption note ("(adopted on 27 November 2025)",
# "Adopted by the Council on ..."): when and where the text was issued, as a date line is.
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PLACE_DATE = re.compile(
    rf"^[A-Z][A-Za-z .'’-]{{1,30}},\s+(?:{_WEEKDAY},?\s+)?({_DATE.pattern})\.?$",
    re.IGNORECASE,
)
_ADOPTED = re.compile(
    rf"^\(?(?:as\s+)?adopted\b[^()]{{0,60}}?\b(?:on|of)\s+({_DATE.pattern})\.?\)?$",
    re.IGNORECASE,
)
# An issuing clause set on a line of its own at the head: the text's own signing, adoption,
# presentation or delivery, with where or by whom, ending with its date ("Signed at Rome on 9
# September 2025", "Presented to Parliament by Command of His Majesty, 18 September 2025",
# "Resolution adopted by the General Assembly on 3 December 2026", "Adopted by the Council at
# its second session, Cairo, 21 October 2025"). Agreements, resolutions, command papers and
# speeches set their date so under the title; the participle first makes it the text's own act.
_ISSUED = re.compile(
    r"^\(?(?:(?:resolution|decision|declaration|statement|text|report|communiqu[eé]|remarks|"
    r"speech|address|testimony)\s+)?"
    r"(?:signed|done|adopted|presented|delivered|issued|published|approved|submitted|laid|"
    r"endorsed|promulgated|"
    # a select committee's transcript: "Oral evidence taken on Wednesday 18 November 2026"
    r"(?:oral\s+)?evidence\s+(?:taken|heard))\b"
    rf"[^()]{{0,140}}?(?:,|\bon|\bthis)\s+(?:the\s+)?(?:{_WEEKDAY},?\s+)?({_DATE.pattern})\.?\)?$",
    re.IGNORECASE,
)
# "WASHINGTON, March 3, 2024 --", "GENEVA (12 May 2023) -": a news dateline.
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’-]{{2,40}}(, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?,? "
    rf"\(?(\d{{1,2}} {_MONTH},? \d{{4}}|"
    rf"{_MONTH} \d{{1,2}},? \d{{4}})\)?\s*[-–—:]",
    re.IGNORECASE,
)
_AUTHOR_PREFIX = re.compile(r"^author links open overlay panel\s*", re.IGNORECASE)
_BY_PREFIX = re.compile(r"^(by|authors?:?|written by)\s+", re.IGNORECASE)
# Affiliation marks after a name: "Jane Doe a b", "Jane Doe 1,*", "Jane Doe†", and letters run
# together with commas as ScienceDirect pages copy them ("Jane Doe a,*", "Li Wei a,c").
_AFFIL_MARKS = re.compile(r"(\s+[a-z](?=[\s,]|$)|,[a-z](?=[\s,]|$)|[\s,]*[\d*†‡§¶#]+)+\s*$")
# A journal article's history line: "Received 3 May 2025; Accepted 9 June 2025; Available
# online 1 July 2025" (semicolons, slashes or bars between the steps), perhaps under its label
# on the same line ("Article history: Received 4 March 2026; Revised ...").
_HISTORY_OPEN = re.compile(
    r"^(?:(?:article\s+)?history\s*:\s*)?(received|submitted)\b", re.IGNORECASE
)
_HISTORY_STEP = re.compile(r"\s*(?:;|\s/\s|\s\|\s)\s*")
_NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "bin", "al"}
_NAME_TOKEN = re.compile(
    r"^([A-Z][a-z’'\u00e0-\u024f]+(-[A-Z][a-z’'\u00e0-\u024f]+)?|[A-Z]\.(-?[A-Z]\.)?)$"
)
_NOT_NAME_WORDS = {
    "space", "policy", "journal", "university", "institute", "agency", "research", "law",
    "international", "national", "china", "united", "states", "review", "affairs", "science",
    "the", "and", "of", "school", "department", "centre", "center", "academy", "lunar", "moon",
}  # fmt: skip
# (the organisation word may open the affiliation: "b Institute of Space Studies, Harbin")
_AFFILIATION = re.compile(
    r"^([a-z]|\d{1,2}|[*†‡§])\s*(?=[A-Z]).*\b(?i:universit|institut|school|department|faculty|"
    r"college|academy|centre|center|laborator|ministry|agency|council|foundation)",
)


def bare_doi(text: str) -> str:
    """The DOI in ``text`` without "https://doi.org/", "doi:" or glued interface text."""
    m = DOI.search(_GLUED_RIGHTS.sub(" ", text))
    return m.group(0).rstrip(".,;)]") if m else ""


def is_doi_line(text: str) -> bool:
    """A line that is a DOI or DOI link (possibly with "Get rights and content" glued on)."""
    key = match_key(text)
    return bool(_DOI_LINE.match(key)) or (key.startswith("doi") and bool(DOI.search(key)))


def is_volume_line(text: str) -> bool:
    """'Volume 65, August 2023, 101537', 'Vol. 12, No. 3 (2022)', 'Volume 38, 2022 - Issue 3'."""
    return bool(_VOLUME.match(text.strip())) and len(text.split()) <= 14


def year_of(text: str) -> int | None:
    """The first plausible year (1800-2099) in ``text``."""
    m = YEAR.search(text)
    return int(m.group(1)) if m else None


#: A short gloss in brackets after a date line: the year in another calendar, as Japanese
#: minutes give the era year ("Friday, 13 November 2026 (Reiwa 8)") and other official texts
#: the Hijri or Buddhist year ("(1448 AH)", "(B.E. 2569)"); it does not make the line prose.
_CALENDAR_GLOSS = re.compile(
    r"\s*\((?:[A-Z][\w.]*\s?){1,2}\d{1,4}\)$|\s*\(\d{3,4}\s?[A-Z][\w.]*\)$"
)


#: The part of the day or the weekday in brackets after a sitting's date line, as committee
#: debates and minutes give them ("Tuesday 24 November 2026 (Morning)", "November 24, 2026
#: (Tuesday)").
_SITTING_GLOSS = re.compile(
    r"\s*\((?:(?:morning|afternoon|evening)(?:\s+(?:session|sitting))?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\)$",
    re.IGNORECASE,
)


def is_date_line(text: str) -> bool:
    """A line giving a publication date ("Published online: 3 May 2023", "March 3, 2024"),
    perhaps with the year in another calendar after it (``_CALENDAR_GLOSS``) or the part of
    the day or the weekday of a sitting (``_SITTING_GLOSS``)."""
    s = _SITTING_GLOSS.sub("", _CALENDAR_GLOSS.sub("", text.strip()))
    if len(s.split()) > 14:
        return False
    if _DATE_LINE.match(s):
        return bool(_DATE.search(s)) or (len(s.split()) <= 4 and bool(YEAR.search(s)))
    return bool(_BARE_DATE.match(s) or _PLACE_DATE.match(s) or _ADOPTED.match(s))


#: A paragraph of prose: a sentence end, after quotes and brackets, that shows the body began.
_PROSE_END = re.compile(r"[.!?][\"'”’)\]]*$")


def is_issuing_line(text: str) -> bool:
    """A line that issues the text on a date: "Signed at Rome on 9 September 2025", "Presented
    to Parliament by Command of His Majesty, 18 September 2025" (``_ISSUED``), at most 24
    words."""
    s = text.strip().strip("*_ ")
    return len(s.split()) <= 24 and bool(_ISSUED.match(s))


#: The dates of a conference a paper was given at, as a digital library's record of the paper
#: prints them above the day it added the paper ("Date of Conference: 18-21 May 2026", "Date
#: Added to IEEE Xplore: 24 June 2026"): the meeting's days, not the paper's publication.
_EVENT_DATE_LINE = re.compile(
    r"^(?:date\s+of\s+(?:the\s+)?(?:conference|congress|symposium|workshop)|"
    r"(?:conference|congress|symposium|workshop)\s+dates?)\b",
    re.IGNORECASE,
)


#: A status page's stamp: the day the page shows the state of its subject ("Status as at: 4
#: December 2026 05:00:43 EST", "As at: 1 July 2026"), as a depositary's status of a treaty
#: or a register's page prints it under the treaty's place and date of adoption.
_STATUS_STAMP = re.compile(r"^[*_ ]*(?:Status\s+as\s+(?:at|of)|As\s+at\s*:)", re.IGNORECASE)


def status_stamp(texts: list[str]) -> str:
    """The status stamp among ``texts`` (``_STATUS_STAMP`` with a full date), before the first
    paragraph of prose, else ''."""
    for text in texts:
        s = text.strip()
        if _STATUS_STAMP.match(s) and _DATE.search(s) and len(s.split()) <= 14:
            return s.strip("*_ ")
        if len(s.split()) >= 6 and _PROSE_END.search(s):
            break
    return ""


def head_date_line(texts: list[str], limit: int = 40) -> str:
    """The date line of a text's head, or '': among the first ``limit`` paragraphs, before the
    first paragraph of prose (six words or more ending a sentence), the first line that issues
    the text on a date (:func:`is_issuing_line`), else the first date line
    (:func:`is_date_line`). A printed hearing's cover ("WEDNESDAY, APRIL 15, 2026" between
    rules), a testimony's line under its title ("**Thursday, September 17, 2026**") and a
    speech's date line are set aside with the front matter, so the running text no longer
    carries them; kept as ``Metadata.date_line``, as the PDF reader keeps its first page's,
    they still date the text and its "today" and "last month". An issuing clause names the
    act that makes the text (its signing, adoption, presentation), so it wins over a bare date
    above it (a UN resolution's "Distr." date, two days after its "Resolution adopted by the
    General Assembly on ..."), not over a date line with its label or its place ("Paris, 28
    November 2025" above "(adopted on 27 November 2025)": the text's issue). A date line
    further down, after the prose began, is an event's or a section's (a timeline's "March 5,
    2024"), not the document's; but a news page sets its standfirst, one paragraph of prose,
    above the byline and its labelled date line ("Published: Thursday, December 3, 2026 | 6:42
    am"), so a date line with its label (:func:`_labelled_after_standfirst`) is still read in
    the ``_AFTER_STANDFIRST`` paragraphs after the first paragraph of prose. A conference's
    dates (``_EVENT_DATE_LINE``) are the meeting's, not the paper's, and are passed over. A
    status page's stamp (``_STATUS_STAMP``: "Status as at: 4 December 2026") wins over the
    place and date of the treaty it shows ("Vienna, 12 June 2025"): the page is of that day."""
    stamp = status_stamp(texts[:limit])
    if stamp:
        return stamp
    first = ""
    for i, text in enumerate(texts[:limit]):
        s = date_field(text.strip())
        if s.startswith("[") and s.endswith("]"):
            continue  # an editor's or translator's note above the text ("[Unofficial translation
            # prepared for reference.]"), not its prose
        if is_issuing_line(s):
            return s.strip("*_ ")
        if _EVENT_DATE_LINE.match(s):
            continue  # the conference's days, not the paper's
        if not first and is_date_line(s):
            first = s
            if not _BARE_DATE.match(s):
                return s  # a labelled or placed date line: "Paris, 28 November 2025"
        elif not first and publication_date_line(s):
            # a journal article's history line: its step that says when the article came out
            # ("Available online 2 September 2026"), a labelled date line
            return publication_date_line(s)
        if len(s.split()) >= 6 and _PROSE_END.search(s):
            if not first:
                return _labelled_after_standfirst(texts[i + 1 : i + 1 + _AFTER_STANDFIRST])
            break
    return first


#: How many paragraphs after a news page's standfirst may hold its labelled date line (the
#: byline, the date line, a comment count).
_AFTER_STANDFIRST = 3


def _labelled_after_standfirst(texts: list[str]) -> str:
    """The first date line with its label ("Published: ...", "Updated ...") among ``texts``,
    the paragraphs after a standfirst, before another paragraph of prose; else ''."""
    for text in texts:
        s = date_field(text.strip())
        if _DATE_LINE.match(s) and is_date_line(s):
            return s
        if len(s.split()) >= 6 and _PROSE_END.search(s):
            break
    return ""


#: The separators of a masthead's fields: a bar, a middle dot or a bullet between spaces.
_FIELD_SEPARATOR = re.compile(r"\s+[|·•]\s+")


def date_field(text: str) -> str:
    """The field of a masthead line that dates the text, else ``text`` itself. Newsletters,
    bulletins and reports set their date as one field of a line of fields ("Space policy from
    the South | Issue No. 148 | Friday, 6 November 2026", "Abu Dhabi · Published 30 March
    2026"): the field is a date line when it stands alone (:func:`is_date_line`), the other
    fields (a strapline, an issue number, a place) do not make the line prose. Only one
    field may be a date (two dates on a line are a timeline's: "Launch: 5 March 2024 ·
    Landing: 9 March 2024"), and a table row (a line opening with its bar) is no masthead."""
    fields = _FIELD_SEPARATOR.split(text)
    if len(fields) < 2 or len(fields) > 6 or text.lstrip().startswith("|"):
        return text
    dated = [f.strip("*_ ") for f in fields if _DATE.search(f) or YEAR.search(f)]
    if len(dated) != 1 or not is_date_line(dated[0]):
        return text
    return dated[0]


def publication_date_line(text: str) -> str:
    """The part of a line that dates the publication: the line itself when it is a date line,
    else the step of a journal article's history line that is one ("Available online 1 July
    2025" in "Received 3 May 2025; Accepted 9 June 2025; Available online 1 July 2025": the
    article came out then, not when it was received), else ''."""
    if is_date_line(text):
        return text.strip()
    steps = _HISTORY_STEP.split(text.strip())
    if len(steps) < 2 or not _HISTORY_OPEN.match(steps[0]):
        return ""
    return next(
        (step.strip() for step in steps if _DATE_LINE.match(step.strip()) and _DATE.search(step)),
        "",
    )


def dateline_date(text: str) -> str:
    """The date of a news dateline opening ``text`` ("HALIFAX, Nova Scotia (April 2, 2026) –"
    gives "April 2, 2026"), or ''. The place opens in capitals ("Since April 2, 2026 - ..."
    opens a sentence)."""
    m = _DATELINE.match(text.strip())
    place = re.split(r"[,(]", m.group(0))[0] if m else ""
    return m.group(2) if m and not re.search(r"[a-z]", place) else ""


def dateline_year(text: str) -> int | None:
    """The year of a news dateline opening ``text`` ("WASHINGTON, March 3, 2024 -- ...")."""
    m = _DATELINE.match(text.strip())
    return year_of(m.group(0)) if m else None


def is_affiliation_line(text: str) -> bool:
    """'a School of Law, Beihang University, Beijing, China' and the like."""
    return bool(_AFFILIATION.match(text.strip())) and len(text.split()) <= 40


def _split_names(text: str) -> list[str]:
    parts = re.split(r"\s*(?:;|,(?!\s*[a-z\d*†‡§](?:\s|,|$))|\band\b|&)\s*", text)
    return [p.strip(" ,") for p in parts if p and p.strip(" ,")]


def _is_name(piece: str) -> bool:
    tokens = piece.split()
    if not 2 <= len(tokens) <= 5:
        return False
    for tok in tokens:
        if tok.lower() in _NAME_PARTICLES:
            continue
        if tok.lower().strip(".") in _NOT_NAME_WORDS or not _NAME_TOKEN.match(tok):
            return False
    return True


def parse_author_line(text: str, *, forced: bool = False) -> list[str]:
    """Author names from a byline, or ``[]`` if the line is not one.

    Accepts "Author links open overlay panel Jane Doe a, Li Wei b" (ScienceDirect), "Jane Doe
    1,*, Li Wei 2" (MDPI), "By Jane Doe and Li Wei". Without such evidence (affiliation marks,
    a prefix, or several names) a line of two capitalised words is too ambiguous (it may be a
    journal name) and is not taken, unless ``forced``.
    """
    s = collapse_whitespace(normalize_unicode(text))
    evidence = forced
    if _AUTHOR_PREFIX.match(s):
        s, evidence = _AUTHOR_PREFIX.sub("", s), True
    if _BY_PREFIX.match(s):
        s, evidence = _BY_PREFIX.sub("", s), True
    # A full stop after a word, then more words: a sentence, not a byline ("R. Okafor" is fine).
    if not s or len(s.split()) > 60 or re.search(r"[a-z]{2}[.!?]\s+[A-Z][a-z]+\s+[a-z]{2,}", s):
        return []
    if re.search(r"\s[a-z](\s|,|$)|\d|[*†‡§]", s):
        evidence = True
    names = []
    for piece in _split_names(s):
        name = _AFFIL_MARKS.sub("", piece).strip(" ,")
        if not name:
            continue
        if not _is_name(name):
            return []
        names.append(name)
    if len(names) >= 2:
        evidence = True
    return names if names and evidence else []


# --------------------------------------------------------------------------------------------
