"""Ingestion: a document file -> :class:`pipeline.document.Document`.

Each format lives in its own module with one public function ``ingest_<format>(data: bytes,
**options) -> ParsedText``. Failures that a person can fix raise :class:`IngestError` with a
one-line message saying what is wrong and what to do.
"""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path

from pipeline.document import Block, Document, ParsedText
from pipeline.errors import IngestError
from pipeline.ingest.roster import listed_names
from pipeline.ingest.textclean import merge_continued_blocks, remove_block_control_chars

#: file suffix -> (format name, "module:function")
FORMATS: dict[str, tuple[str, str]] = {
    ".txt": ("txt", "pipeline.ingest.text:ingest_txt"),
    ".md": ("md", "pipeline.ingest.text:ingest_md"),
    ".markdown": ("md", "pipeline.ingest.text:ingest_md"),
    ".html": ("html", "pipeline.ingest.html:ingest_html"),
    ".htm": ("html", "pipeline.ingest.html:ingest_html"),
    ".docx": ("docx", "pipeline.ingest.docx:ingest_docx"),
    ".pdf": ("pdf", "pipeline.ingest.pdf:ingest_pdf"),
}


def read_error_message(exc: OSError) -> str:
    """What to tell the user when a document's file cannot be read."""
    if isinstance(exc, FileNotFoundError):
        return "file not found: it was moved or deleted during the run"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied: make the file readable"
    return f"cannot read the file: {exc.strerror or exc}"


def format_of(path: Path) -> str | None:
    entry = FORMATS.get(path.suffix.lower())
    return entry[0] if entry else None


def _ingester(suffix: str):
    _, target = FORMATS[suffix]
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


def ingest(path: Path, *, source: str | None = None, **options) -> Document:
    """Read ``path`` and return its running text, sections, metadata and provenance.

    ``options`` are passed to the format's ingester (e.g. ``pdf_engine="pdfium"``).
    """
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise IngestError(
            f"unsupported format {suffix or '(no extension)'}: use one of "
            + ", ".join(sorted({f for f, _ in FORMATS.values()}))
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(read_error_message(exc)) from None
    fmt = FORMATS[suffix][0]
    if not data.strip():
        raise IngestError("empty file: it holds no text")
    parsed: ParsedText = _ingester(suffix)(data, **_options_for(fmt, options))
    # A control character (a maths glyph a PDF maps below U+0020) is no text of a sentence.
    parsed.blocks = [remove_block_control_chars(b) for b in parsed.blocks]
    parsed.blocks = [b for b in parsed.blocks if b.text]
    if not parsed.blocks:
        raise IngestError("no running text found: the file has no prose paragraphs to read")
    # A paragraph cut in two (a page or column break, a display equation) is one block again.
    parsed.blocks = merge_continued_blocks(parsed.blocks)
    # who the head names in full (a hearing's roster and contents), for "Mr. Okafor" later
    parsed.metadata.names = parsed.metadata.names or listed_names(
        parsed.excluded, dict.fromkeys(b.section for b in parsed.blocks if b.section)
    )
    # the headings of the head that no text stands under ("CHAPTER XXIV", "7. CONVENTION ON
    # ...", set by the block builder), then those over the first paragraphs
    heads = [*parsed.metadata.headings, *head_headings(parsed.blocks)]
    parsed.metadata.headings = list(dict.fromkeys(heads))
    return Document(
        source=source if source is not None else str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        parsed=parsed,
    )


#: How many first paragraphs' headings make the document's head (``Metadata.headings``).
_HEAD_PARAGRAPHS = 4


def head_headings(blocks: list[Block]) -> list[str]:
    """The distinct headings over the first paragraphs, in order."""
    return list(dict.fromkeys(b.section for b in blocks[:_HEAD_PARAGRAPHS] if b.section))


def _options_for(fmt: str, options: dict) -> dict:
    if fmt == "pdf":
        return {k[len("pdf_") :]: v for k, v in options.items() if k.startswith("pdf_")}
    return {}
