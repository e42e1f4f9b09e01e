"""What ingestion hands to the NLP stage: a document's running text with provenance.

Every ingester (text, Markdown, HTML, DOCX, PDF) returns a :class:`ParsedText`: metadata plus a
list of :class:`Block` objects, one per paragraph of the document's *own prose* (abstract and
body), in reading order. Headings, interface text, page furniture, reference lists, back matter
and quoted "cited by" excerpts never become blocks; a heading only shows up as the ``section``
of the blocks under it.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Metadata:
    title: str = ""
    authors: list[str] = field(default_factory=list)
    journal: str = ""
    year: int | None = None
    doi: str = ""
    #: a date line of the document's head kept out of the running text (a PDF report's
    #: "Updated April 13, 2026" by its title): evidence of the document's own date
    date_line: str = ""
    #: persons the head names in full and the running text by surname only (a hearing's roster
    #: and contents, ``pipeline.ingest.roster``): "Mr. Okafor" is then "Terrence Okafor"
    names: list[str] = field(default_factory=list)
    #: the headings over the document's first paragraphs, in order (``Block.section``): where a
    #: document names itself when its title line is a banner ("ASSOCIATION OF SOUTHEAST ASIAN
    #: NATIONS" over the policy's own title, "EXECUTIVE ORDERS" over the order's)
    headings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Block:
    """One paragraph of running text.

    ``text`` is already clean: whitespace collapsed, footnote markers removed, words broken
    across lines rejoined. ``page`` is the 1-based page the block starts on (PDF only);
    ``page_breaks`` lists ``(offset, page)`` for pages that begin inside the block, so a sentence
    that starts after a page break gets the right page. ``source_offset`` is the character offset
    of the block in the source text, where the format has one. ``list_item``: the block is an
    item of a bulleted or numbered list (its mark already taken off), so it starts a sentence of
    its own and never continues the block before it, even when it starts in lower case.
    ``speaker``: the transcript's speaker label cut from the block's head at ingestion ("MS.
    LEE:", "Senator Roe."; excluded as ``speaker``, never running text), so that the speech
    still knows who speaks it (``pipeline.nlp.extract.speaker_turns``).
    """

    text: str
    section: str = ""
    page: int | None = None
    page_breaks: tuple[tuple[int, int], ...] = ()
    source_offset: int | None = None
    list_item: bool = False
    speaker: str = ""

    def page_at(self, offset: int) -> int | None:
        """The page on which character ``offset`` of ``text`` lies."""
        if not self.page_breaks:
            return self.page
        i = bisect.bisect_right([o for o, _ in self.page_breaks], offset)
        return self.page if i == 0 else self.page_breaks[i - 1][1]


@dataclass(slots=True)
class Note:
    """A footnote or endnote body kept out of the running text."""

    label: str
    text: str
    page: int | None = None


@dataclass(slots=True)
class Excluded:
    """A stretch of the document's text kept out of the running text, and why (``kind``: one
    of ``pipeline.schema.EXCLUDED_KINDS``), so that a user can audit what a run left out."""

    kind: str
    text: str
    page: int | None = None


@dataclass(slots=True)
class ParsedText:
    """What a format's ingester returns."""

    metadata: Metadata
    blocks: list[Block]
    pages: int | None = None
    notes: list[Note] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """A parsed input file with its identity."""

    source: str
    sha256: str
    format: str
    parsed: ParsedText

    @property
    def doc_id(self) -> str:
        return self.sha256[:12]

    @property
    def metadata(self) -> Metadata:
        return self.parsed.metadata

    @property
    def blocks(self) -> list[Block]:
        return self.parsed.blocks


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


#: Between two blocks in the text the NLP stage reads: a paragraph break, so that no sentence
#: crosses a block boundary.
BLOCK_SEPARATOR = "\n\n"


def block_speakers(document: Document, spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """``(start, label)`` in the joined text of every block that a speaker label opened
    (``spans``: each block's span, as :func:`join_blocks` gives them)."""
    return [(s, b.speaker) for b, (s, _) in zip(document.blocks, spans, strict=True) if b.speaker]


def join_blocks(document: Document) -> tuple[str, list[tuple[int, int]]]:
    """The text the NLP stage reads, and each block's ``(start, end)`` in it."""
    parts, spans, pos = [], [], 0
    for block in document.blocks:
        parts.append(block.text)
        spans.append((pos, pos + len(block.text)))
        pos += len(block.text) + len(BLOCK_SEPARATOR)
    return BLOCK_SEPARATOR.join(parts), spans
