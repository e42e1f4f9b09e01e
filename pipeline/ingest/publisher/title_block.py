"""Lines of a plain document's head that stand above its title and are no title: the head
furniture a reader's eye passes over to find the title.

Official texts, reports, journals and news pages print several lines above the title: the
issuing body's letterhead ("GOVERNMENT OF INDIA" / "DEPARTMENT OF SPACE"; "Institute for ...,
Wuhan"), a publication's masthead with its tagline or issue line ("THE MERIDIAN REVIEW" /
"Essays on ..."), a reference number ("IAC-26-E3.4.7", "arXiv:2601.08342v2 [astro-ph.IM]",
"No. DS/POL/2026/03", "Page S1873"), a row of fields or a breadcrumb ("ESSAY | SPACE", "Home >
Science > Space"), an editor's note in brackets, and a one-word section label ("ARTICLES").
:func:`is_head_furniture` names these forms so that the title is looked for under them rather
than taken to be the first line. Each form is a layout convention shared by many registers,
not the head of one document.
"""

from __future__ import annotations

import re

from pipeline.data.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from pipeline.ingest.publisher.bibliographic import is_date_line, is_issuing_line

#: Month and weekday names and their short forms: a capitalised word that is one is a date, not
#: a name in a letterhead.
_MONTHS = frozenset(
    [
        *MONTH_NAMES,
        *(name[:3] for name in MONTH_NAMES),
        "sept",
        *WEEKDAY_NAMES,
        *(name[:3] for name in WEEKDAY_NAMES),
    ]
)

#: A kind of document: a line that names one is a title, not the name of the body issuing it
#: ("Report of the Committee on ...", "Department of Space Annual Report").
_DOCUMENT_KIND = re.compile(
    r"\b(?:report|strategy|policy|statement|plan|programme|program|agreement|treaty|protocol|"
    r"memorandum|declaration|resolution|guide|guidelines|principles|framework|hearing|"
    r"testimony|remarks|address|speech|communiqu\w*|arrangement|charter|convention|act|bill|"
    r"order|directive|decision|review|assessment|roadmap|outlook|white\s+paper|notes?)\b",
    re.I,
)
#: The name of a body that issues documents, as a whole line: a government, ministry,
#: department, committee, agency, institute ... with what it is of or for, and perhaps its
#: city after a comma ("Institute for Outer Space Governance Studies, Wuhan").
_BODY_NAME = re.compile(
    r"^(?:the\s+)?(?:[\w.'’&-]+\s+){0,3}?(?P<noun>government|ministry|department|committee|"
    r"subcommittee|office|institute|embassy|agency|council|commission|house\s+of\s+"
    r"representatives|senate|parliament|congress|university|centre|center|secretariat|"
    r"directorate|administration|bureau|united\s+nations|general\s+assembly)\b"
    r"(?:\s+(?:of|on|for)\b[^:;!?]*)?(?:,\s*[A-Z][\w .'-]*)?$",
    re.I,
)
#: A publication's name, as a masthead prints it: a few words ending with the kind of
#: publication ("THE DECCAN LEDGER", "The Meridian Review", "HARBOURSIDE JOURNAL OF ...").
_PUBLICATION = re.compile(
    r"^(?:the\s+)?(?:[\w.'’&-]+\s+){1,4}(?:ledger|review|journal|times|post|herald|gazette|"
    r"tribune|chronicle|daily|bulletin|digest|magazine|quarterly|observer|monitor|courier|"
    r"telegraph|dispatch|express|standard|weekly)(?:\s+of\s+(?:[\w&-]+\s+){0,3}[\w-]+)?$",
    re.I,
)
#: Fields of a line set apart by bars or the arrows of a breadcrumb.
_FIELD_SEPARATOR = re.compile(r"\s+(?:\||>|›|»|/)\s+")
#: A run of words in capitals at the start of a paragraph, then a word in Title Case: the
#: masthead's line in capitals and the line under it, joined ("THE DECCAN LEDGER Home > ...").
_CAPITALS_THEN_TITLE_CASE = re.compile(
    r"^(?:[A-Z][A-Z'’&.-]+\s+){1,6}[A-Z][A-Z'’&.-]+\s+[A-Z][a-z]"
)


def _words(text: str) -> list[str]:
    """The line's plain words of three letters or more (not a month or a weekday): what a
    reference number, being codes and digits, lacks."""
    out = []
    for token in text.split():
        token = token.strip(".,;:()[]")
        if len(token) >= 3 and token.isalpha() and token.lower() not in _MONTHS:
            out.append(token)
    return out


def is_reference_line(text: str) -> bool:
    """A reference number or identifier on its own line, with at most one plain word and a
    digit ("IAC-26-E3.4.7", "arXiv:2601.08342v2 [astro-ph.IM] 19 Jan 2026", "No. DS/POL/2026/03",
    "Vol. 172, No. 58", "Page S1873"): it files the document; it is no title."""
    s = text.strip()
    return bool(s) and len(s) <= 80 and any(c.isdigit() for c in s) and len(_words(s)) <= 1


#: A protective marking a contract or an official paper prints in its head ("COMMERCIAL IN
#: CONFIDENCE", "OFFICIAL-SENSITIVE", "RESTRICTED", "Unclassified").
_MARKING = re.compile(
    r"^(?:(?:commercial\s+in\s+)?confidential?(?:ity)?|commercial\s+in\s+confidence|"
    r"in\s+confidence|restricted|unclassified|official(?:[\s-]+sensitive)?|secret|"
    r"sensitive|for\s+official\s+use\s+only|not\s+for\s+publication|draft)$",
    re.I,
)
#: The gap that sets a head line's columns apart (a reference at the left margin, a marking
#: at the right).
_COLUMN_GAP = re.compile(r"\s{3,}|\t+")


def is_marked_reference(text: str) -> bool:
    """A head line of columns that are each a reference number or a protective marking, one
    of them a reference ("Agreement No. SANSA/EO/2026/117" over a wide gap, then "COMMERCIAL
    IN CONFIDENCE"; a marking alone, "RESTRICTED", too): it files and classes the document;
    it is no title."""
    cols = [c.strip() for c in _COLUMN_GAP.split(text.strip()) if c.strip()]
    if len(cols) == 1:
        return bool(_MARKING.match(cols[0]))
    return (
        len(cols) <= 3
        and any(is_reference_line(c) for c in cols)
        and all(is_reference_line(c) or _MARKING.match(c) for c in cols)
    )


def is_field_line(text: str) -> bool:
    """A row of short fields set apart by bars, or a breadcrumb ("ESSAY | SPACE", "Volume 47
    | Spring 2026 | Number 2", "Home > Science > Space"): a page's labels, not a title."""
    fields = _FIELD_SEPARATOR.split(text.strip())
    return len(fields) >= 2 and all(0 < len(f.split()) <= 5 for f in fields)


def is_body_name(text: str) -> bool:
    """The name of an issuing body filling the line (one or two lines of a letterhead joined:
    "GOVERNMENT OF INDIA DEPARTMENT OF SPACE"), that names no kind of document."""
    s = " ".join(text.split())
    m = _BODY_NAME.match(s)
    if not m or not 0 < len(s.split()) <= 16:
        return False
    # a kind of document before the body's noun ("Report of the Committee ...") or as the
    # line's last word ("Department of Space Annual Review") makes the line a title; inside
    # the body's name it does not ("Centre for Space Policy Research")
    words = re.findall(r"[A-Za-z]+", s.split(",")[0])
    return not _DOCUMENT_KIND.search(s[: m.start("noun")]) and not (
        words and _DOCUMENT_KIND.fullmatch(words[-1])
    )


def is_publication_name(text: str) -> bool:
    """A publication's masthead (:data:`_PUBLICATION`), in capitals or opening with "The"."""
    s = " ".join(text.split())
    return bool(_PUBLICATION.match(s)) and (s.isupper() or s.startswith("The "))


def is_masthead(text: str, lines: int) -> bool:
    """A paragraph of two or more lines whose first line is in capitals and the next in Title
    Case: a publication's or body's name over its tagline or issue line ("THE MERIDIAN REVIEW"
    / "Essays on Science, Technology and World Order"). A title broken over lines keeps one
    case throughout."""
    return lines >= 2 and bool(_CAPITALS_THEN_TITLE_CASE.match(text.strip()))


def is_section_label(text: str) -> bool:
    """One word alone on the line, as a journal's section or a page's kicker ("ARTICLES",
    "ESSAY", "Opinion"); an instrument's kind standing alone ("PROTOCOL") is the first line of
    its title, and is not one."""
    s = text.strip()
    return bool(re.fullmatch(r"[A-Za-z]{3,}", s)) and not re.fullmatch(
        r"(?i)protocol|agreement|treaty|convention|memorandum|declaration|resolution|"
        r"charter|arrangement|decision|communiqu\w*|statement",
        s,
    )


def is_head_furniture(text: str, lines: int = 1) -> bool:
    """Whether a paragraph of a document's head is furniture above its title (see the module's
    docstring): a reference number, a row of fields, a note in brackets, a date or issuing
    line, an issuing body's name, a publication's name, a masthead or a section label."""
    s = text.strip()
    return (
        is_reference_line(s)
        or is_marked_reference(text)
        or is_field_line(s)
        or (s.startswith("[") and s.endswith("]"))
        or is_date_line(s)
        or is_issuing_line(s)
        or is_body_name(s)
        or is_publication_name(s)
        or is_masthead(s, lines)
        or is_section_label(s)
    )
