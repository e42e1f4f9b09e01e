"""Recognising what is not running text on a publisher's article page, and assembling blocks.

Text copied from a journal's web page (ScienceDirect, Springer, Taylor & Francis, Wiley, SAGE,
MDPI, OUP, CUP), a saved HTML page or a report carries much besides the article's prose:
interface lines ("View PDF", "Access through your organization"), the journal name and volume
line, the DOI glued to "Get rights and content", author and affiliation lines, figure captions,
back matter (acknowledgements, funding, declarations), reference lists and "Cited by" excerpts
of other articles. This module recognises those lines and headings, reads metadata from the
front matter, and provides :class:`BlockBuilder`, which every ingester (txt, md, html, docx)
feeds headings and paragraphs in reading order and which decides what becomes a
:class:`~pipeline.document.Block`.

The recognisers are deliberately line-based (one line or one paragraph at a time) so that they
apply to every format after its own structure has been read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from pipeline.document import Block, Metadata, Note, ParsedText
from pipeline.textclean import clean_block_text, collapse_whitespace, normalize_unicode

# --------------------------------------------------------------------------------------------
# Normalisation for matching
# --------------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_COUNT = re.compile(r"\s*\(\d[\d,]*\)$")


@lru_cache(maxsize=1024)  # the same line is compared by several recognisers in a row
def match_key(text: str) -> str:
    """Lower-case, quote-normalised, whitespace-collapsed, without a trailing colon or count."""
    text = collapse_whitespace(normalize_unicode(text)).translate(_QUOTES).lower()
    text = _COUNT.sub("", text)
    return text.rstrip(" :.").strip()


# --------------------------------------------------------------------------------------------
# Interface text
# --------------------------------------------------------------------------------------------

#: Lines that are publisher interface text when they stand alone (compared with :func:`match_key`).
INTERFACE_LINES = frozenset(
    line.strip()
    for line in """
    access through your organization
    access through your institution
    check access to the full text by signing in through your organization
    check access
    get rights and content
    rights and content
    view full text
    view pdf
    download pdf
    download full issue
    download full-text pdf
    purchase pdf
    download this article
    save pdf
    share
    share this article
    share article
    share options
    share on
    share full text access
    share a link
    copy url
    copy link
    copy to clipboard
    get shareable link
    cite
    cite this article
    cite article
    citation
    download citation
    export citation
    export citations
    track citation
    add to favorites
    add to mendeley
    open in new tab
    open in viewer
    recommended articles
    show more
    show less
    show abstract
    view abstract
    view all citing articles on scopus
    view all google scholar citations for this article
    article metrics
    metrics
    metrics and citations
    citations
    views
    altmetric
    tools
    more
    close
    close modal
    sign in
    log in
    log in via an institution
    register
    subscribe
    institutional login
    institutional subscriptions
    get access
    access options
    buy article pdf
    buy this article
    purchase
    rental
    rent this article via deepdyve
    reprints & permissions
    reprints and permissions
    request permissions
    request permission
    permissions
    rights and permissions
    read this article
    read the full text
    full article
    full text
    full text access
    article preview
    figures & data
    figures and data
    figures and tables
    figures
    tables
    references
    related research
    related content
    related articles
    people also read
    similar articles
    similar content being viewed by others
    explore related subjects
    about this article
    article information
    article info
    information, rights and permissions
    view options
    pdf/epub
    pdf
    epub
    html
    abstract only
    previous article
    next article
    previous article in issue
    next article in issue
    view issue table of contents
    back to top
    back to toptop
    go to
    skip to main content
    skip to main navigation
    skip to content
    advertisement
    feedback
    section snippets
    article preview
    open access
    free access
    research article
    research paper
    full length article
    short communication
    original paper
    original research
    review article
    original article
    journal article
    open accessarticle
    under a creative commons license
    check for updates
    submit an article
    submit manuscript
    journal homepage
    aims and scope
    search in: this journal anywhere
    search for other works by this author on
    google scholar
    pubmed
    crossref
    scopus
    oxford academic
    save article to kindle
    save to dropbox
    save to google drive
    accept all cookies
    accept cookies
    accept all
    reject all
    reject optional cookies
    manage cookies
    cookie settings
    cookie preferences
    manage preferences
    your privacy choices
    facebook
    twitter
    x
    linkedin
    reddit
    wechat
    weibo
    email
    print
    """.strip().splitlines()
)

# Lines that are interface text by their beginning or by what they contain.
_INTERFACE_PATTERNS = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"^published online( by [\w\s]+)?:? .*\d{4}",
            r"^first published( online)?:? .*\d{4}",
            r"^(available online|version of record|issue date|online publication date)\b.*\d{4}",
            r"^(received|accepted|revised)( \w+)?:? \d.*\d{4}",
            r"^received \d{1,2} \w+ \d{4}[;,]",
            r"^submission received: ",
            r"^(download|view)( high-res| full-size)? (image|figure|table)\b",
            r"^download: download ",
            r"^display full size",
            r"^(cited by|citations?)( \(\d+\))?:? ?\d*$",
            r"^crossref citations to date\b",
            r"^citations: \d+$",
            r"^views: \d+$",
            r"^total (number of )?(html|pdf) views",
            r"^view all citing articles",
            r"^(this article is also available|you do not currently have access)",
            r"^get access to the full version",
            r"^instant access to the full article",
            r"^price includes vat",
            r"^(anyone you share the following link|sorry, a shareable link|provided by the springer)",
            r"^(please review our terms|i have read and accept the wiley)",
            r"^use the link below to share",
            r"^(hostname|page-component)",
            r"^author links open overlay panel\s*$",
            r"^(https?://)?(www\.)?[\w.-]+\.(com|org|net|gov|edu|int)(/\S*)?$",
            r"^contents lists available at\b",
            r"^journal homepage: ",
            r"^(©|copyright ©?|\(c\)) ?\d{4}\b",
            r"^© (the )?author",
            r"^all rights reserved\b",
            r"^peer review under responsibility of",
            r"^this is an open access article under",
            r"^open access\b.{0,20}\b(this article is licensed|distributed under)",
            r"^issn[: ]",
            r"^(e-?mail( address(es)?)?|corresponding author)[:.\s]",
            r"^\* ?corresponding author",
            r"^to cite this article[: ]",
            r"^(media )?contacts?: ",
            r"^for immediate release\b",
            r"^(news )?release (no\.? ?)?\d{2}-\d{2,4}$",
            r"^(keywords?|key words|jel classification|jel codes?)[:.]? ",
            r"^article history\b",
            r"^(fig(ure)?|table)s? \(\d+\)$",
            r"^(references|bibliography|notes) \(\d+\)$",
            r"^page \d+ of \d+$",
            r"^(opens in (a )?new (tab|window))$",
            r"^(citation indexes|captures|readers|mentions|social media|policy citations|"
            r"news mentions|usage|abstract views|full text views|downloads)(: [\d,]+)?$",
        )
    )
)

# Cookie and consent notices: a line about cookies and what the site does with them.
_COOKIE = re.compile(r"\bcookies?\b")
_COOKIE_CONTEXT = re.compile(
    r"\b(we use|this (web)?site uses|uses cookies|accept|consent|privacy|settings|preferences|"
    r"personali[sz]e|analytics|continuing|by using)\b"
)


def is_interface_line(text: str) -> bool:
    """True when ``text`` (one line or paragraph) is publisher interface text, not prose.

    Exact interface labels ("View PDF", "Add to Mendeley", "Share"), labels with a date or
    count ("Published online: 12 May 2023", "Cited by (24)"), cookie notices, copyright and
    contact lines, keyword lines and bare web addresses.
    """
    key = match_key(text)
    if not key:
        return True
    if key in INTERFACE_LINES:
        return True
    if _INTERFACE_PATTERNS.match(key):  # every pattern is anchored at the start
        return True
    if _COOKIE.search(key) and _COOKIE_CONTEXT.search(key) and len(key.split()) <= 60:
        return True
    return bool(_DOI_LINE.match(key))


# --------------------------------------------------------------------------------------------
# Bibliographic lines: DOI, volume, dates, authors, affiliations
# --------------------------------------------------------------------------------------------

_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"'<>]+", re.IGNORECASE)
_DOI_LINE = re.compile(r"^(doi:?\s*|https?://(dx\.)?doi\.org/)\S*10\.\d{4,9}/\S+")
_GLUED_RIGHTS = re.compile(r"Get rights and content|Open in new tab|View PDF", re.IGNORECASE)
_VOLUME = re.compile(r"^(volume|vol\.?)\s*\d+\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_DATE_LINE = re.compile(
    r"^(published( online)?|first published( online)?|available online|version of record|"
    r"issue date|date|dated|released?|publication date|posted|updated|last updated)\b[:\s]",
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
# "WASHINGTON, March 3, 2024 --", "GENEVA (12 May 2023) -": a news dateline.
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’-]{{2,40}}(, [A-Z][A-Za-z.]+)?,? \(?(\d{{1,2}} {_MONTH},? \d{{4}}|"
    rf"{_MONTH} \d{{1,2}},? \d{{4}})\)?\s*[-–—:]",
    re.IGNORECASE,
)
_AUTHOR_PREFIX = re.compile(r"^author links open overlay panel\s*", re.IGNORECASE)
_BY_PREFIX = re.compile(r"^(by|authors?:?|written by)\s+", re.IGNORECASE)
# Affiliation marks after a name: "Jane Doe a b", "Jane Doe 1,*", "Jane Doe†".
_AFFIL_MARKS = re.compile(r"(\s+[a-z](?=\s|$)|[\s,]*[\d*†‡§¶#]+)+\s*$")
_NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "bin", "al"}
_NAME_TOKEN = re.compile(
    r"^([A-Z][a-z’'\u00e0-\u024f]+(-[A-Z][a-z’'\u00e0-\u024f]+)?|[A-Z]\.(-?[A-Z]\.)?)$"
)
_NOT_NAME_WORDS = {
    "space", "policy", "journal", "university", "institute", "agency", "research", "law",
    "international", "national", "china", "united", "states", "review", "affairs", "science",
    "the", "and", "of", "school", "department", "centre", "center", "academy", "lunar", "moon",
}  # fmt: skip
_AFFILIATION = re.compile(
    r"^([a-z]|\d{1,2}|[*†‡§])\s*[A-Z].*\b(?i:universit|institut|school|department|faculty|"
    r"college|academy|centre|center|laborator|ministry|agency|council|foundation)",
)


def bare_doi(text: str) -> str:
    """The DOI in ``text`` without "https://doi.org/", "doi:" or glued interface text."""
    m = _DOI.search(_GLUED_RIGHTS.sub(" ", text))
    return m.group(0).rstrip(".,;)]") if m else ""


def is_doi_line(text: str) -> bool:
    """A line that is a DOI or DOI link (possibly with "Get rights and content" glued on)."""
    key = match_key(text)
    return bool(_DOI_LINE.match(key)) or (key.startswith("doi") and bool(_DOI.search(key)))


def is_volume_line(text: str) -> bool:
    """'Volume 65, August 2023, 101537', 'Vol. 12, No. 3 (2022)', 'Volume 38, 2022 - Issue 3'."""
    return bool(_VOLUME.match(text.strip())) and len(text.split()) <= 14


def year_of(text: str) -> int | None:
    """The first plausible year (1800-2099) in ``text``."""
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def is_date_line(text: str) -> bool:
    """A line giving a publication date ("Published online: 3 May 2023", "March 3, 2024")."""
    s = text.strip()
    if len(s.split()) > 14:
        return False
    if _DATE_LINE.match(s):
        return bool(_DATE.search(s)) or (len(s.split()) <= 4 and bool(_YEAR.search(s)))
    return bool(_BARE_DATE.match(s))


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
# Headings and sections
# --------------------------------------------------------------------------------------------


class Kind(Enum):
    """What a heading opens."""

    BODY = "body"  #: running text
    ABSTRACT = "abstract"  #: the abstract (running text, section "Abstract")
    FRONT = "front"  #: highlights, keywords: skipped until the next body heading
    BACK = "back"  #: acknowledgements, funding, declarations: skipped until a body heading
    RECOMMENDED = "recommended"  #: recommended/related articles: skipped until a body heading
    NOTES = "notes"  #: notes/endnotes: their paragraphs become notes, never blocks again
    TERMINAL = "terminal"  #: references, cited by, appendices, biographies: the text is over
    INTERFACE = "interface"  #: "Section snippets", "Article preview": ignored


_SECTION_NAMES: list[tuple[Kind, re.Pattern[str]]] = [
    (Kind.ABSTRACT, re.compile(r"^(abstract|summary of the article|article abstract)$")),
    (
        Kind.FRONT,
        re.compile(
            r"^(highlights|research highlights|graphical abstract|keywords?|key words|"
            r"jel classification|jel codes?|article info(rmation)?|abbreviations|nomenclature|"
            r"table of contents|contents|article history)$"
        ),
    ),
    (
        Kind.BACK,
        re.compile(
            r"^(acknowledge?ments?|funding( sources?| information| statement)?|financial support|"
            r"author'?s? statement|credit authorship contribution statement|"
            r"author contributions?( statement)?|"
            r"declarations?( of (competing )?interests?)?|declaration of competing interests?|"
            r"(statement of )?competing interests?( statement)?|conflicts? of interests?"
            r"( statement)?|disclosure( statement)?|data availability( statement)?|"
            r"availability of data( and materials?)?|ethics( statement)?|ethical approval|"
            r"informed consent statement|institutional review board statement|"
            r"declaration of generative ai.*|additional information|"
            r"compliance with ethical standards|rights and permissions|ethics declarations)$"
        ),
    ),
    (
        Kind.RECOMMENDED,
        re.compile(
            r"^(recommended articles?|related articles?|related research|people also read|"
            r"similar articles|more from this journal|you might also like|read next|"
            r"related content|most read|latest articles|trending)$"
        ),
    ),
    (Kind.NOTES, re.compile(r"^(notes|endnotes|end notes|footnotes)$")),
    (
        Kind.TERMINAL,
        re.compile(
            r"^(references?( and notes)?|reference list|bibliography|works cited|"
            r"literature cited|literature|sources|cited by|citing articles|further reading|"
            r"appendix.*|appendices|supplementary (material|data|information|files?)s?|"
            r"supporting information|author biograph(y|ies)|biographical notes?|"
            r"notes on contributors?|about the authors?|about the contributors?|"
            r"about this article)$"
        ),
    ),
    (
        Kind.INTERFACE,
        re.compile(
            r"^(section snippets|article preview|outline|show full outline|"
            r"figures?|tables?|recommended|full text|metrics)$"
        ),
    ),
]

#: Section names that reliably start the body: after skipped front or back matter the body
#: resumes at one of these (or at a numbered heading) when headings are only inferred.
STRONG_SECTIONS = frozenset(
    """abstract|introduction|background|overview|context|conclusion|conclusions|concluding remarks|
    discussion|results|analysis|methods|methodology|literature review|summary|executive summary|
    recommendations|findings|policy implications""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

_NUMBERING = re.compile(
    r"^(?:(?:chapter|part|section)\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[A-Z]\.)"
    r"(?=\s+\S)\s+",
    re.IGNORECASE,
)
_HEADING_ABBREV = re.compile(r"\b([A-Z]|[A-Za-z]{1,3}|U\.S|U\.K|e\.g|i\.e|vs|etc|No|Art)\.\s")
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "the of and to a an in on for with by from as at or that which is are was were be its "
        "their this these than but nor into",
    )
)


def strip_numbering(text: str) -> str:
    """'2.1 The legal order' -> 'The legal order'; 'IV. CONCLUSIONS' -> 'CONCLUSIONS'."""
    stripped = _NUMBERING.sub("", text.strip(), count=1)
    return stripped or text.strip()


def is_numbered(text: str) -> bool:
    """'1. Introduction', '2.1 The legal order', 'IV. CONCLUSIONS', 'A. Background'."""
    return bool(_NUMBERING.match(text.strip()))


def section_kind(heading: str) -> Kind:
    """What a heading opens: the body, the abstract, or a part that is not running text."""
    key = match_key(strip_numbering(heading))
    for kind, pattern in _SECTION_NAMES:
        if pattern.match(key):
            return kind
    return Kind.BODY


def is_strong_heading(heading: str) -> bool:
    """Numbered, or a conventional body section name ("Introduction", "Conclusions")."""
    return is_numbered(heading) or match_key(strip_numbering(heading)) in STRONG_SECTIONS


def heading_label(heading: str) -> str:
    """The section name a heading gives its blocks: numbering, colon and markers removed.

    Abstract headings in any case become "Abstract"; other all-capital conventional names are
    capitalised ("CONCLUSIONS" -> "Conclusions"); everything else is kept as written.
    """
    text = clean_block_text(heading).rstrip(" :.")
    text = strip_numbering(text)
    key = match_key(text)
    if section_kind(text) is Kind.ABSTRACT:
        return "Abstract"
    if text.isupper() and key in STRONG_SECTIONS:
        return text.capitalize()
    return text


def looks_like_heading(text: str, *, max_words: int = 18) -> bool:
    """Whether one short line of plain text reads as a heading rather than prose.

    A heading has no sentence-final punctuation, starts with a capital or a section number, has
    at most ``max_words`` words, no sentence boundary inside, at most one comma (three in Title
    Case), does not end with a function word (a cut-off sentence does) and is mostly letters.
    Title Case, Sentence case, ALL CAPS and numbered headings all qualify; the caller checks
    the layout (blank lines around it, or prose on both sides).
    """
    s = clean_block_text(text)
    if not s or len(s) > 160:
        return False
    body = strip_numbering(s) if is_numbered(s) else s
    if not body or not (body[0].isupper() or body[0] in "'‘\"“"):
        return False
    words = body.split()
    # A short question can be a heading ("3. Competition without a race?"); other final
    # punctuation ends a sentence or a lead-in.
    if body[-1] in ".,;!" or (body[-1] == "?" and len(words) > 12):
        return False
    if body[-1] == ":" and section_kind(body) is Kind.BODY:
        return False
    if len(words) > max_words:
        return False
    if re.search(r"[.!?;]\s+\S", _HEADING_ABBREV.sub("", body)):
        return False
    if words[-1].lower() in _FUNCTION_WORDS and len(words) > 2:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w.lower() in _FUNCTION_WORDS)
    title_case = capitalised == len(words)
    if body.count(",") > (3 if title_case else 1):
        return False
    letters = sum(c.isalpha() for c in body)
    if letters < 0.6 * len(body.replace(" ", "")):
        return False
    return not (re.search(r"https?://|www\.|@", body) or is_date_line(body))


# --------------------------------------------------------------------------------------------
# Figure and table furniture
# --------------------------------------------------------------------------------------------

_CAPTION = re.compile(
    r"^(fig\.?|figure|table|tab\.|chart|graph|exhibit|box|map|plate|scheme|image|photo)\s*"
    r"([A-Z]?\d+[a-z]?(\.\d+)?|[IVX]+)(\s*[.:|—–-]\s*|\s+(?=[A-Z(\"“‘'])|\s*$)",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"^(sources?|notes?|credit|image credit|photo credit)\s*:", re.IGNORECASE)


def is_caption(text: str) -> bool:
    """'Fig. 1. Timeline ...', 'Table 2 Signatories ...', 'Source: CNSA'; not 'Table 2 shows'."""
    s = text.strip()
    m = _CAPTION.match(s)
    if m:
        rest = s[m.end() :]
        return not rest[:1].islower()
    return bool(_SOURCE_LINE.match(s)) and len(s.split()) <= 30


#: A press release's end mark; what follows is contacts and boilerplate.
_END_MARK = re.compile(
    r"^(#\s?#\s?#|-\s?30\s?-|-?\s?ends?\s?-?|\*\s?\*\s?\*\s?end)$", re.IGNORECASE
)


def is_end_mark(text: str) -> bool:
    """'###', '-30-', '-end-', '- ENDS -': the end of a press release's body."""
    return bool(_END_MARK.match(text.strip()))


# --------------------------------------------------------------------------------------------
# Metadata blocks: "Title: ..." lines and YAML front matter values
# --------------------------------------------------------------------------------------------

_KEY_VALUE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,30}):\s*(.*)$")
META_KEYS = {
    "title": "title",
    "subject": "title",
    "author": "authors",
    "authors": "authors",
    "by": "authors",
    "creator": "authors",
    "creators": "authors",
    "date": "date",
    "published": "date",
    "publication date": "date",
    "year": "date",
    "issued": "date",
    "journal": "journal",
    "publication": "journal",
    "source": "journal",
    "journal title": "journal",
    "container-title": "journal",
    "doi": "doi",
}


def split_authors(value: str) -> list[str]:
    """Authors from a metadata value: ';'-separated, or ', ' / ' and '-separated full names."""
    value = collapse_whitespace(normalize_unicode(value)).strip(" []")
    if not value:
        return []
    if ";" in value:
        parts = value.split(";")
    else:
        parts = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", value)
        # "Doe, Jane" is one author written surname first, not two.
        if any(len(p.split()) < 2 for p in parts if p.strip()):
            parts = re.split(r"\s+and\s+|\s*&\s*", value)
    return [p.strip(" '\"") for p in parts if p.strip(" '\"")]


def apply_meta(meta: Metadata, key: str, value: str | list[str]) -> bool:
    """Set one metadata field from a ``key: value`` pair; False if the key is not metadata."""
    field_ = META_KEYS.get(key.strip().lower().replace("_", " "))
    if field_ is None:
        return False
    if isinstance(value, list):
        items = [collapse_whitespace(v) for v in value if v.strip()]
        value = "; ".join(items)
    value = collapse_whitespace(normalize_unicode(value)).strip("'\"")
    if not value:
        return True
    if field_ == "authors":
        meta.authors = split_authors(value)
    elif field_ == "date":
        meta.year = year_of(value) or meta.year
    elif field_ == "doi":
        meta.doi = bare_doi(value) or meta.doi
    else:
        setattr(meta, field_, value)
    return True


def read_key_value_block(lines: list[str]) -> tuple[Metadata, int] | None:
    """A leading 'Title: ... / Authors: ... / Date: ...' block: (metadata, lines used).

    The block must start on the first non-blank line, consist of ``Key: value`` lines only,
    hold at least two recognised keys (or a Title) and end at a blank line; otherwise ``None``.
    """
    meta = Metadata()
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    start, found, has_title = i, 0, False
    while i < len(lines) and lines[i].strip():
        m = _KEY_VALUE.match(lines[i])
        if not m:
            return None
        # Keys this model has no field for ("Organization:", "Status:") are allowed and ignored.
        if apply_meta(meta, m.group(1), m.group(2)):
            found += 1
            has_title |= META_KEYS[m.group(1).strip().lower().replace("_", " ")] == "title"
        i += 1
    if found >= 2 or (found == 1 and has_title and i > start):
        return meta, i
    return None


# --------------------------------------------------------------------------------------------
# Front matter of a flattened page
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class FrontMatter:
    """What :func:`read_front_matter` found: metadata and which paragraphs it used up."""

    metadata: Metadata
    consumed: set[int] = field(default_factory=set)
    journal_lines: set[str] = field(default_factory=set)


def _is_body_start(text: str) -> bool:
    if section_kind(text) is Kind.ABSTRACT and len(text.split()) <= 3:
        return True
    if re.match(r"^abstract\s*[:.—–-]\s*\S", text, re.IGNORECASE):
        return True
    words = text.split()
    return len(words) >= 25 and bool(re.search(r"[.!?]", text))


def read_front_matter(paragraphs: list[str], *, window: int = 40) -> FrontMatter:
    """Metadata from the lines before the body of a flattened article page or plain document.

    Publisher layout (a volume line, a DOI line, a repeated journal name or an author panel
    appears before the abstract): the journal is the line before the volume line (or the line
    printed twice), the year comes from the volume line, the title is the first remaining
    title-like line that is not the journal name, the DOI is made bare, authors come from the
    byline; all these lines and affiliation lines are consumed. Plain layout: the first line is
    the title if it reads as one (and is not a section name such as "Introduction").
    Returns the metadata and the indices of the paragraphs used up.
    """
    meta = Metadata()
    fm = FrontMatter(meta)
    end = 0
    while end < min(len(paragraphs), window) and not _is_body_start(paragraphs[end]):
        end += 1
    head = paragraphs[:end]
    keys = [match_key(p) for p in head]

    volume_idx = next((i for i, p in enumerate(head) if is_volume_line(p)), None)
    journal = ""
    if volume_idx is not None:
        meta.year = year_of(head[volume_idx])
        fm.consumed.add(volume_idx)
        for j in range(volume_idx - 1, -1, -1):
            if looks_like_heading(head[j], max_words=12) and not is_interface_line(head[j]):
                journal = head[j]
                break
    if not journal:
        seen: dict[str, int] = {}
        for i, k in enumerate(keys):
            if k and len(k.split()) <= 10 and k in seen and looks_like_heading(head[i]):
                journal = head[seen[k]]
                break
            seen.setdefault(k, i)
    if journal:
        meta.journal = collapse_whitespace(journal)
        fm.journal_lines.add(match_key(journal))
        fm.consumed.update(i for i, k in enumerate(keys) if k == match_key(journal))

    for i, p in enumerate(head):
        if is_doi_line(p) or (bare_doi(p) and len(p.split()) <= 4):
            meta.doi = meta.doi or bare_doi(p)
            fm.consumed.add(i)
        elif is_date_line(p):
            meta.year = meta.year or year_of(p)
            fm.consumed.add(i)
        elif _AUTHOR_PREFIX.match(p.strip()):
            # "Author links open overlay panel" with the names on the same or the next line.
            names = parse_author_line(p, forced=True)
            if not names and i + 1 < len(head):
                names = parse_author_line(head[i + 1], forced=True)
                if names:
                    fm.consumed.add(i + 1)
            meta.authors = meta.authors or names
            fm.consumed.add(i)
        elif is_affiliation_line(p):
            fm.consumed.add(i)

    publisher = bool(volume_idx is not None or journal or meta.doi or meta.authors)
    title_idx = None
    for i, p in enumerate(head):
        if i in fm.consumed or is_interface_line(p) or section_kind(p) is not Kind.BODY:
            continue
        if looks_like_heading(p, max_words=30) or (publisher and _title_like(p)):
            if not publisher and (is_numbered(p) or match_key(p) in STRONG_SECTIONS):
                break
            title_idx = i
            break
        if not publisher:
            break
    if title_idx is not None:
        meta.title = collapse_whitespace(clean_block_text(head[title_idx]))
        fm.consumed.add(title_idx)
        # A byline right after the title.
        for i in range(title_idx + 1, min(title_idx + 4, len(head))):
            if i in fm.consumed or is_interface_line(head[i]):
                continue
            names = parse_author_line(head[i])
            if names and not meta.authors:
                meta.authors = names
                fm.consumed.add(i)
            break
    return fm


def _title_like(text: str) -> bool:
    s = text.strip()
    return 2 <= len(s.split()) <= 40 and not s.endswith(".") and s[:1].isupper()


# --------------------------------------------------------------------------------------------
# Assembling blocks
# --------------------------------------------------------------------------------------------

_ABSTRACT_PREFIX = re.compile(r"^abstract\s*(?:[:.]|[—–-]+)\s*", re.IGNORECASE)
_NOTE_LINE = re.compile(r"^\[?(\d{1,3})[\].):]?\s+(\S.*)$")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•▪◦–]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\))\s+")


@dataclass
class BlockBuilder:
    """Turns a document's headings and paragraphs, in reading order, into blocks and notes.

    Feed :meth:`heading` and :meth:`paragraph` in order; :meth:`result` returns the
    :class:`ParsedText`. The builder keeps the current section and whether the text is in a
    part that is not running text (front matter such as highlights and keywords, back matter,
    recommended articles, notes, references and everything after them). Paragraphs that are
    interface text, bibliographic lines, figure or table furniture, or repeat the title or
    journal name are dropped wherever they occur.
    """

    metadata: Metadata = field(default_factory=Metadata)
    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    section: str = ""
    mode: Kind = Kind.BODY
    drop_lines: set[str] = field(default_factory=set)
    _seen_title: bool = False

    def heading(self, raw: str, *, explicit: bool = True) -> None:
        """A heading: opens a section, or a part that is not running text.

        ``explicit`` headings come from document structure (Markdown ``#``, HTML ``h2``, DOCX
        Heading styles) and may end skipped back matter; headings inferred from plain-text
        layout end it only when they are strong (numbered or a conventional section name),
        since keyword lines and cited article titles also look like headings.
        """
        text = clean_block_text(raw)
        if not text:
            return
        if self.mode is Kind.NOTES and not explicit:
            self.paragraph(raw)
            return
        kind = section_kind(text)
        if kind is Kind.INTERFACE or (kind is Kind.BODY and is_interface_line(text)):
            return
        if kind is Kind.BODY and match_key(text) in self.drop_lines:
            return
        # The title printed again above the body (HTML h1, DOCX Title) is not a section.
        is_title = bool(self.metadata.title) and match_key(text) == match_key(self.metadata.title)
        if kind is Kind.BODY and is_title and not self._seen_title:
            self._seen_title = True
            return
        if kind in (Kind.BODY, Kind.ABSTRACT):
            if self.mode is Kind.TERMINAL or self.mode is Kind.NOTES:
                return
            if self.mode is not Kind.BODY and not (explicit or is_strong_heading(text)):
                return
            self.mode = Kind.BODY
            self.section = heading_label(text)
            return
        if self.mode in (Kind.TERMINAL, Kind.NOTES) and kind not in (Kind.TERMINAL, Kind.NOTES):
            return
        if self.mode is Kind.TERMINAL and kind is Kind.NOTES:
            return
        self.mode = kind

    def end_of_body(self) -> None:
        """Nothing after this point is running text (a press release's '###')."""
        self.mode = Kind.TERMINAL

    def paragraph(self, raw: str, *, offset: int | None = None, list_item: bool = False) -> None:
        """A paragraph of the document (or one list item)."""
        text = clean_block_text(raw)
        if list_item:
            text = _LIST_MARK.sub("", text)
        if not text:
            return
        if self.mode is Kind.NOTES:
            self._note(text)
            return
        if self.mode is not Kind.BODY:
            return
        if is_caption(text):
            return
        # Interface text, bylines and bibliographic lines are short; long text is prose.
        if len(text) <= 600 and self._is_furniture(text):
            return
        m = _ABSTRACT_PREFIX.match(text)
        if m and len(text) > m.end():
            self.section = "Abstract"
            text = text[m.end() :]
        self.blocks.append(Block(text=text, section=self.section, source_offset=offset))

    def _is_furniture(self, text: str) -> bool:
        """Interface, bibliographic or byline text, or a repeat of the title or journal."""
        key = match_key(text)
        if key in self.drop_lines or (
            self.metadata.title and key == match_key(self.metadata.title)
        ):
            return True
        if re.match(r"^(keywords?|key words)\b", key):
            if self.section == "Abstract":
                self.section = ""  # the abstract is over
            return True
        if is_interface_line(text) or is_volume_line(text) or is_doi_line(text):
            return True
        if is_affiliation_line(text) or is_end_mark(text):
            return True
        return len(text.split()) <= 25 and bool(parse_author_line(text))

    def _note(self, text: str) -> None:
        m = _NOTE_LINE.match(text)
        if m:
            self.notes.append(Note(label=m.group(1), text=m.group(2)))
        elif self.notes:
            self.notes[-1].text += " " + text
        else:
            self.notes.append(Note(label=str(len(self.notes) + 1), text=text))

    def add_note(self, label: str, text: str) -> None:
        """A note whose body the format gives separately (DOCX footnotes, HTML footnote lists)."""
        text = clean_block_text(text)
        if text:
            self.notes.append(Note(label=label, text=text))

    def result(self) -> ParsedText:
        return ParsedText(metadata=self.metadata, blocks=self.blocks, notes=self.notes)
