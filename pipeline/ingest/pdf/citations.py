"""Numeric citation markers in the blocks a PDF's layout analysis assembles.

The text formats clean every block with :func:`pipeline.ingest.textclean.clean_block_text`,
which removes citation brackets ("[12]", "[3, 4]", an unresolved "[?]"); the PDF assembler
builds its blocks from lines and keeps their page breaks, so the same markers are removed here
with the page breaks moved with the text. The markers are no words of the text (as footnote
markers, they are removed by contract: docs/contract.md, sentences.csv ``text``)."""

from __future__ import annotations

import bisect
from dataclasses import replace

from pipeline.document import Block
from pipeline.ingest.textclean import citation_spans


def strip_block_citations(block: Block) -> Block:
    """``block`` without its citation brackets, its page breaks at the same words."""
    if "[" not in block.text:
        return block
    spans = citation_spans(block.text)
    if not spans:
        return block
    text = block.text
    pieces: list[str] = []
    kept: list[int] = []  # old offset of each kept character
    pos = 0
    for start, end in [*spans, (len(text), len(text))]:
        pieces.append(text[pos:start])
        kept.extend(range(pos, start))
        pos = end
    joined = "".join(pieces)
    lead = len(joined) - len(joined.lstrip())
    stripped = joined.strip()
    kept = kept[lead : lead + len(stripped)]

    def moved(offset: int) -> int:
        return bisect.bisect_left(kept, offset)

    breaks = tuple((moved(o), page) for o, page in block.page_breaks)
    return replace(block, text=stripped, page_breaks=breaks)
