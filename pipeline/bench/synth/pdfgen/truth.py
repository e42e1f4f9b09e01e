"""What the generator returns besides the PDF: the known sentences and notes, and the page geometry."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4

PAGE_W, PAGE_H = A4
HEADER_BASELINE = PAGE_H - 34.0
FOOTER_BASELINE = 28.0
BODY_TOP = PAGE_H - 62.0
BODY_BOTTOM = 52.0


# --------------------------------------------------------------------------------------------
# Truth returned to callers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KnownSentence:
    """A sentence of running text as a reader should return it, with its page and section."""

    text: str
    page: int
    section: str


@dataclass(frozen=True, slots=True)
class KnownNote:
    label: str
    text: str
    page: int


@dataclass(slots=True)
class Article:
    """Everything a test needs to judge a reader's output for one generated PDF."""

    sentences: list[KnownSentence]
    title: str
    authors: list[str]
    journal: str
    year: int
    doi: str
    notes: list[KnownNote]
    #: text that must never appear in running text: headers, footers, captions, table cells,
    #: footnote bodies, references, back matter, keywords, affiliations
    furniture: list[str]
    pages: int


# --------------------------------------------------------------------------------------------
