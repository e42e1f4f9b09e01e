"""What a worker does with one document, wherever it runs (in-process, a local worker process,
or a Dask worker on another machine).

A :class:`Task` names one input document: its path (or its bytes, for a worker that cannot see
the path) and, when an earlier run already read it, the cached parsed text. :func:`process_task`
ingests the file (or restores the cached :class:`ParsedText`), runs the ``Language`` and returns
a :class:`Result`: the document's rows as string cells per table of ``pipeline.dataset.writers.TABLES``,
the parsed text to cache, or an error message a person can act on. Results are plain data, so
they pickle cheaply between processes and machines.
"""

from __future__ import annotations

import atexit
import dataclasses
import gzip
import json
import os
import shutil
import tempfile
import time
import traceback
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.data.resources import default_model_dir
from pipeline.dataset.writers import cells_of
from pipeline.document import (
    BLOCK_SEPARATOR,
    Block,
    Document,
    Excluded,
    Metadata,
    Note,
    ParsedText,
    block_speakers,
    join_blocks,
)
from pipeline.errors import IngestError
from pipeline.ingest import ingest
from pipeline.schema import ERROR, LIMIT, OK, TABLES, TRANSIENT

if TYPE_CHECKING:  # spaCy loads in seconds; a rerun with nothing to do must not wait for it
    from spacy.language import Language

#: The files of a model folder (as in ``pipeline.classify.model_io``, which is not imported
#: here: it imports scikit-learn, slow to load).
MODEL_FILE, META_FILE = "model.skops", "meta.json"
DEFAULT_CONFIG = Path(__file__).resolve().parents[1] / "nlp" / "default.cfg"


PARSING, LANGUAGE = "parsing the file", "the language pipeline"


@dataclass(frozen=True)
class PipelineSpec:
    """Everything needed to build the ``Language`` in another process or on another machine.

    ``files`` embeds the model folder and extra gazetteers as bytes (see :meth:`embedded`) for
    workers that do not share this machine's file system.
    """

    model: str | None = None
    gazetteers: tuple[str, ...] = ()
    overrides: tuple[tuple[str, object], ...] = ()
    pdf_engine: str = "pdfium"
    files: tuple[tuple[str, bytes], ...] = ()

    def config(self):
        """The pipeline configuration (``default.cfg`` with the overrides), as
        ``pipeline.nlp.build.load_config`` reads it; raises ValueError for a malformed override."""
        from confection import Config

        config = Config().from_disk(DEFAULT_CONFIG)
        for dotted, value in self.overrides:
            *sections, key = dotted.split(".")
            node = config
            for section in sections:
                node = node.setdefault(section, {})
                if not isinstance(node, dict):
                    raise ValueError(f"--set {dotted}: {section} is a value, not a section")
            node[key] = value
        return config

    def model_dir(self) -> Path | None:
        """The model folder the claims component will load, or None without that component."""
        components = self.config()["components"]
        if "spaceclaims_claims" not in components:
            return None
        path = Path(
            self.model or components["spaceclaims_claims"].get("model") or default_model_dir()
        )
        return path if path.is_dir() or not path.exists() else path.parent

    def build(self) -> Language:
        """The ``Language`` this spec describes (slow: loads spaCy and the model)."""
        from pipeline.nlp.build import build_nlp

        spec = self._materialised() if self.files else self
        return build_nlp(
            model=spec.model, gazetteer_files=list(spec.gazetteers), config=spec.config()
        )

    def embedded(self) -> PipelineSpec:
        """A copy carrying the model folder and gazetteer files as bytes."""
        files: list[tuple[str, bytes]] = []
        model = self.model_dir()
        if model is not None and model.is_dir():
            for f in sorted(model.iterdir()):
                if f.is_file():
                    files.append((f"model/{f.name}", f.read_bytes()))
        for i, g in enumerate(self.gazetteers):
            files.append((f"gazetteer/{i}/{Path(g).name}", Path(g).read_bytes()))
        return dataclasses.replace(self, files=tuple(files))

    def _materialised(self) -> PipelineSpec:
        root = Path(tempfile.mkdtemp(prefix="spaceclaims-spec-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        for name, data in self.files:
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        gazetteers = tuple(
            str(next((root / "gazetteer" / str(i)).iterdir())) for i in range(len(self.gazetteers))
        )
        model = str(root / "model") if (root / "model").is_dir() else self.model
        return dataclasses.replace(self, model=model, gazetteers=gazetteers, files=())


@dataclass
class Task:
    """One document to process. ``key`` names its result (see ``pipeline.runner.cache``)."""

    key: str
    source: str
    path: str
    sha256: str
    fmt: str
    pdf_engine: str = "pdfium"
    parsed: bytes | None = None  # cached ParsedText (gzipped JSON) from an earlier run
    data: bytes | None = None  # the file's bytes, for workers that cannot read ``path``


@dataclass
class Result:
    """The outcome of one :class:`Task`."""

    key: str
    sha256: str
    fmt: str
    kind: str = OK
    error: str = ""
    tables: dict[str, list[list[str]]] = field(default_factory=dict)
    parsed: bytes | None = None  # newly parsed text to cache (gzipped JSON)
    traceback: str = ""
    words: int = 0
    pages: int | None = None
    seconds: float = 0.0
    recycle: bool = False  # the worker should be replaced (it hit its memory cap)
    code: str = ""  # the worker's code digest (checked by remote backends)
    #: what the run's log should tell about a document that was read (scanned pages skipped)
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.kind != OK


def error_tables(source: str, sha256: str, fmt: str, message: str) -> dict[str, list[list[str]]]:
    """The single documents.csv row of a document that failed."""
    from pipeline.dataset.rows import document_row

    row = document_row(None, source=source, sha256=sha256, fmt=fmt, error=message)
    return {"documents": [cells_of(row, TABLES["documents"])]}


def failure(task: Task, kind: str, message: str, tb: str = "") -> Result:
    return Result(
        key=task.key,
        sha256=task.sha256,
        fmt=task.fmt,
        kind=kind,
        error=message,
        tables=error_tables(task.source, task.sha256, task.fmt, message),
        traceback=tb,
    )


def process_task(
    task: Task,
    nlp: Language,
    *,
    stage: Callable[[str], None] = lambda s: None,
    debug: bool = False,
    raise_errors: bool = False,
    limit_message: Callable[[str], str] | None = None,
) -> Result:
    """Ingest (or restore) one document, run ``nlp`` over it and return its rows.

    Never raises for a bad document (unless ``raise_errors``): an ``IngestError`` becomes an
    ``error`` result with its message, an unexpected exception a one-line message that points
    to ``--debug`` (which adds the traceback), a ``MemoryError`` a ``limit`` result whose message
    ``limit_message(stage)`` names the limit.
    """
    t0 = time.perf_counter()
    current = PARSING
    try:
        stage(PARSING)
        new_parsed = None
        if task.parsed is not None:
            cached = json.loads(gzip.decompress(task.parsed))
            if "error" in cached:
                return failure(task, ERROR, cached["error"])
            parsed = parsed_from_dict(cached["parsed"])
            document = Document(task.source, task.sha256, task.fmt, parsed)
        else:
            document = _ingest(task)
            if document.sha256 != task.sha256:
                return failure(
                    task, TRANSIENT, "the file changed while it was being read; run again"
                )
            new_parsed = pack_parsed(document.parsed)
        current = LANGUAGE
        stage(LANGUAGE)
        tables, words = _language(document, nlp)
        return Result(
            key=task.key,
            sha256=task.sha256,
            fmt=task.fmt,
            tables=tables,
            parsed=new_parsed,
            words=words,
            pages=document.parsed.pages,
            seconds=time.perf_counter() - t0,
            warnings=_warnings(document),
        )
    except IngestError as exc:
        if raise_errors:
            raise
        kind = ERROR if _readable(task) else TRANSIENT
        result = failure(task, kind, _one_line(str(exc)))
        if kind == ERROR:
            result.parsed = pack_error(result.error)
        return result
    except MemoryError:
        if raise_errors:
            raise
        message = (limit_message or _default_limit)(current)
        result = failure(task, LIMIT, message)
        result.recycle = True
        return result
    except Exception as exc:  # a parser or component bug must not end a long run
        if raise_errors:
            raise
        what = "could not parse" if current == PARSING else "processing failed"
        message = _one_line(f"{what} ({type(exc).__name__}: {exc}); rerun with --debug")
        kind = ERROR if _readable(task) else TRANSIENT
        return failure(task, kind, message, traceback.format_exc() if debug else "")


def _warnings(document: Document) -> list[str]:
    """The scanned pages a PDF's reading skipped (its ``other`` rows that say so)."""
    from pipeline.ingest.pdf import SCANNED_PAGE

    return [
        e.text.strip("[]")
        for e in document.parsed.excluded
        if e.kind == "other" and e.text.startswith("[" + SCANNED_PAGE)
    ]


def _language(document: Document, nlp: Language) -> tuple[dict[str, list[list[str]]], int]:
    """Run ``nlp`` over the document and return its rows as cells, and its word count.

    A document longer than spaCy allows in one ``Doc`` (``nlp.max_length``, a million
    characters: a report of several hundred pages) is processed in consecutive parts cut at
    paragraph boundaries; sentence ids continue across parts.
    """
    from pipeline.dataset.rows import cells_of_parts, rows_from_doc

    parts, words = [], 0
    for i, part in enumerate(split_document(document, min(nlp.max_length, MAX_CHARS_PER_DOC))):
        text, blocks = join_blocks(part)
        words += len(text.split())
        doc = nlp.make_doc(text)
        doc._.sc_blocks = blocks
        doc._.sc_speakers = block_speakers(part, blocks)
        doc._.sc_title = part.metadata.title or ""
        doc._.sc_metadata = part.metadata
        parts.append(rows_from_doc(nlp(doc), part, with_excluded=i == 0))
    return cells_of_parts(parts), words


#: Characters per ``Doc``: spaCy's default ``max_length``.
MAX_CHARS_PER_DOC = 1_000_000


def split_document(document: Document, limit: int) -> list[Document]:
    """``document`` as consecutive parts whose joined text fits in ``limit`` characters.

    Parts end at block (paragraph) boundaries; a single block longer than ``limit`` is cut
    after the last sentence end (". ") that fits, else at the last space, else anywhere. A document
    that fits is returned as is.
    """

    sep = len(BLOCK_SEPARATOR)
    if sum(len(b.text) + sep for b in document.blocks) - sep <= limit:
        return [document]
    parts: list[list[Block]] = [[]]
    size = 0
    for whole in document.blocks:
        for block in _split_block(whole, limit):
            grown = size + len(block.text) + (sep if parts[-1] else 0)
            if parts[-1] and grown > limit:
                parts.append([])
                grown = len(block.text)
            parts[-1].append(block)
            size = grown
    return [
        Document(document.source, document.sha256, document.format,
                 dataclasses.replace(document.parsed, blocks=blocks))
        for blocks in parts
    ]  # fmt: skip


def _split_block(block: Block, limit: int) -> list[Block]:
    text = block.text
    if len(text) <= limit:
        return [block]
    pieces: list[Block] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            window = text[start : end + 1]  # one more: a cut may fall just before a space
            cut = window.rfind(". ")
            cut = cut + 1 if cut > 0 else window.rfind(" ")
            if cut > 0:
                end = start + cut
        breaks = tuple((o - start, p) for o, p in block.page_breaks if start < o < end)
        pieces.append(
            dataclasses.replace(
                block,
                text=text[start:end],
                page=block.page_at(start),
                page_breaks=breaks,
                source_offset=None if block.source_offset is None else block.source_offset + start,
            )
        )
        start = end
        while start < len(text) and text[start] == " ":
            start += 1
    return pieces


def _default_limit(stage: str) -> str:
    return f"memory limit: {stage} ran out of memory"


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _readable(task: Task) -> bool:
    """Whether the task's file is (still) there to read; if not, the failure is transient."""
    if task.data is not None or task.parsed is not None:
        return True
    return os.path.isfile(task.path) and os.access(task.path, os.R_OK)


def _ingest(task: Task) -> Document:
    if task.data is None:
        return ingest(Path(task.path), source=task.source, pdf_engine=task.pdf_engine)
    # A remote worker gets the bytes; the dispatcher reads files, so give it one (same suffix).
    suffix = Path(task.path).suffix
    with tempfile.TemporaryDirectory(prefix="spaceclaims-") as tmp:
        path = Path(tmp) / f"document{suffix}"
        path.write_bytes(task.data)
        return ingest(path, source=task.source, pdf_engine=task.pdf_engine)


# -- ParsedText as JSON: the cache that lets a new model relabel without re-reading files ------


def parsed_to_dict(parsed: ParsedText) -> dict:
    return dataclasses.asdict(parsed)


def parsed_from_dict(data: dict) -> ParsedText:
    """Inverse of :func:`parsed_to_dict` (lists back to tuples where a field is a tuple)."""
    return _restore(ParsedText, data)


_NESTED = {"metadata": Metadata, "blocks": Block, "notes": Note, "excluded": Excluded}


def _restore(cls, data: dict):
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        nested = _NESTED.get(f.name)
        if nested is not None and isinstance(value, list):
            value = [_restore(nested, v) for v in value]
        elif nested is not None and isinstance(value, dict):
            value = _restore(nested, value)
        elif isinstance(value, list) and "tuple" in str(hints.get(f.name, "")):
            value = _tuplify(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def _tuplify(value):
    return tuple(_tuplify(v) for v in value) if isinstance(value, list) else value


def pack_parsed(parsed: ParsedText) -> bytes:
    text = json.dumps({"parsed": parsed_to_dict(parsed)}, separators=(",", ":"))
    return gzip.compress(text.encode("ascii"), compresslevel=1, mtime=0)


def pack_error(message: str) -> bytes:
    return gzip.compress(json.dumps({"error": message}).encode("ascii"), mtime=0)


# -- warming up before workers fork ------------------------------------------------------------

WARM_UP_TEXT = (
    "NASA and the European Space Agency signed an agreement in 2020 to cooperate on the Gateway. "
    "China and Russia will jointly build the International Lunar Research Station. "
    "The United States is racing China to return astronauts to the Moon before 2030."
)


def warm_up(nlp: Language) -> None:
    """Run ``nlp`` once so that lazily loaded parts are loaded before workers fork from it."""

    document = Document("warm-up", "0" * 64, "txt", ParsedText(Metadata(), [Block(WARM_UP_TEXT)]))
    text, blocks = join_blocks(document)
    doc = nlp.make_doc(text)
    doc._.sc_blocks = blocks
    nlp(doc)
