"""Text cleaning as a chain of small ``str -> str`` functions (as textacy's preprocessing).

Shared by every ingester. Each function is pure and tested with a table of cases in
``tests/ingest/test_textclean.py``. One module per kind of cleanup: this one normalises
characters and whitespace and composes :func:`clean_block_text`; words broken at a line end are
:mod:`pipeline.ingest.hyphenation`, footnote and citation markers :mod:`pipeline.ingest.markers`,
paragraphs of plain text :mod:`pipeline.ingest.paragraphs`, blocks cut in two
:mod:`pipeline.ingest.continuation`. Their public names are importable from here as well.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from pipeline.document import Block
from pipeline.ingest.continuation import continues_block, merge_continued_blocks
from pipeline.ingest.hyphenation import KEEP_HYPHEN_PREFIXES, rejoin_hyphenated
from pipeline.ingest.markers import (
    DESIGNATOR_STEMS,
    citation_spans,
    designator_names,
    strip_citation_brackets,
    strip_footnote_markers,
    tidy_punctuation_spacing,
)
from pipeline.ingest.paragraphs import (
    JUDGE,
    Paragraph,
    join_lines,
    known_words,
    reflow,
    split_paragraphs,
    wrap_width,
)

__all__ = [
    "DESIGNATOR_STEMS",
    "JUDGE",
    "KEEP_HYPHEN_PREFIXES",
    "Paragraph",
    "chain",
    "citation_spans",
    "clean_block_text",
    "collapse_whitespace",
    "continues_block",
    "designator_names",
    "join_lines",
    "known_words",
    "merge_continued_blocks",
    "normalize_unicode",
    "reflow",
    "rejoin_hyphenated",
    "remove_block_control_chars",
    "remove_control_chars",
    "split_paragraphs",
    "strip_citation_brackets",
    "strip_footnote_markers",
    "tidy_punctuation_spacing",
    "wrap_width",
]

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def normalize_unicode(text: str) -> str:
    """Expand ligatures, drop soft hyphens and zero-width characters, NFC-normalise."""
    text = text.translate(_INVISIBLE)
    for lig, rep in _LIGATURES.items():
        text = text.replace(lig, rep)
    return unicodedata.normalize("NFC", text)


_WS = re.compile(r"\s+")


def collapse_whitespace(text: str) -> str:
    """Every run of whitespace (including newlines and NBSP) becomes one space; strip ends."""
    return _WS.sub(" ", text).strip()


def chain(*steps: Callable[[str], str]) -> Callable[[str], str]:
    """Compose ``str -> str`` steps left to right."""

    def run(text: str) -> str:
        for step in steps:
            text = step(text)
        return text

    return run


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def remove_control_chars(text: str) -> str:
    """Remove C0/C1 control characters except tab, newline, form feed and carriage return."""
    return _CONTROL.sub("", text)


_CONTROL_RUN = re.compile(
    r" *[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]+(?: *[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]+)* *"
)


def remove_block_control_chars(block: Block) -> Block:
    """``block`` without control characters (a maths font's glyph that a PDF maps to U+000F),
    the words around each run kept one space apart and its page breaks moved with the text.

    Every ingester's blocks pass through it: a control character is never text a reader can
    see, and it breaks the tools that read the CSV files."""
    if not _CONTROL.search(block.text):
        return block
    pieces: list[str] = []
    removed: list[tuple[int, int]] = []  # (offset in the old text, characters removed so far)
    pos = 0
    gone = 0
    text = block.text
    for m in _CONTROL_RUN.finditer(text):
        pieces.append(text[pos : m.start()])
        keep = " " if m.start() > 0 and m.end() < len(text) else ""
        gone += len(m[0]) - len(keep)
        pieces.append(keep)
        removed.append((m.end(), gone))
        pos = m.end()
    pieces.append(text[pos:])

    def moved(offset: int) -> int:
        shift = 0
        for end, total in removed:
            if end <= offset:
                shift = total
        return offset - shift

    breaks = tuple((moved(o), page) for o, page in block.page_breaks)
    return replace(block, text="".join(pieces).strip(), page_breaks=breaks)


_clean_block_chain = chain(
    normalize_unicode,
    remove_control_chars,
    collapse_whitespace,
    strip_footnote_markers,
    strip_citation_brackets,
    tidy_punctuation_spacing,
    collapse_whitespace,
)


@lru_cache(maxsize=256)  # ingesters test a paragraph as heading, then clean it as a block
def clean_block_text(text: str) -> str:
    """The cleaning every block of running text goes through, whatever its format:
    Unicode normalised, control characters removed, whitespace collapsed, footnote and numeric
    citation markers removed, spaces before punctuation tidied."""
    return _clean_block_chain(text)
