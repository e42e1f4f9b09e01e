"""Assembling blocks: paragraphs with their section, back matter and cited-by excerpts left out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.document import Block, Metadata, Note, ParsedText
from pipeline.ingest.publisher.bibliographic import (
    is_affiliation_line,
    is_doi_line,
    is_volume_line,
    parse_author_line,
)
from pipeline.ingest.publisher.headings import (
    Kind,
    heading_label,
    is_caption,
    is_end_mark,
    is_strong_heading,
    section_kind,
)
from pipeline.ingest.publisher.interface import is_interface_line
from pipeline.ingest.publisher.matching import match_key
from pipeline.ingest.textclean import clean_block_text

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
