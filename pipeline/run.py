"""``spaceclaims run``: documents in, the contract's four CSV files out, streaming."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from pipeline.document import sha256_of
from pipeline.ingest import FORMATS, IngestError, format_of, ingest
from pipeline.output import TABLES, CsvTable
from pipeline.rows import document_row, join_blocks, rows_from_doc

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


@dataclass
class RunSummary:
    documents: int = 0
    failed: int = 0
    sentences: int = 0
    labels: Counter = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.documents == 0 or self.failed == self.documents:
            return EXIT_NOTHING
        return EXIT_PARTIAL if self.failed else EXIT_OK

    def line(self) -> str:
        labels = ", ".join(
            f"{lab} {self.labels.get(lab, 0)}"
            for lab in ("cooperation", "competition", "both", "neutral")
        )
        return (
            f"{self.documents} documents ({self.failed} failed), {self.sentences} sentences: "
            f"{labels}"
        )


def discover(paths: Iterable[Path | str]) -> tuple[list[tuple[Path, str]], list[str]]:
    """Files to process as ``(path, source as given)``, and files skipped in folders.

    A file named explicitly is always processed (an unsupported one gets an error row); files in
    a folder are searched recursively, hidden ones ignored, unsupported ones skipped.
    """
    files: list[tuple[Path, str]] = []
    skipped: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or not child.is_file():
                    continue
                if child.suffix.lower() in FORMATS:
                    files.append((child, str(child)))
                else:
                    skipped.append(str(child))
        else:
            files.append((path, str(raw)))
    return files, skipped


def run_corpus(
    paths: Iterable[Path | str],
    out_dir: Path,
    *,
    nlp: Language,
    pdf_engine: str = "pdfium",
    progress: bool | None = None,
    debug: bool = False,
) -> RunSummary:
    """Process every document under ``paths`` and write the contract's files to ``out_dir``."""
    files, skipped = discover(paths)
    summary = RunSummary(skipped=skipped)
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = {name: CsvTable(out_dir / f"{name}.csv", cols) for name, cols in TABLES.items()}
    bar = _progress_bar(len(files), progress)
    try:
        for doc, document in nlp.pipe(
            _ingested(nlp, files, tables["documents"], summary, pdf_engine, debug, bar),
            as_tuples=True,
            batch_size=nlp.meta.get("spaceclaims_batch_size", 8),
        ):
            rows = rows_from_doc(doc, document)
            for name, table_rows in rows.tables().items():
                tables[name].write_many(table_rows)
            summary.sentences += len(rows.sentences)
            summary.labels.update(r["label"] for r in rows.sentences)
            if bar is not None:
                bar.update(1)
    except BaseException:
        for table in tables.values():
            table.discard()
        raise
    finally:
        if bar is not None:
            bar.close()
    for table in tables.values():
        table.commit()
    return summary


def _ingested(
    nlp: Language,
    files: list[tuple[Path, str]],
    documents: CsvTable,
    summary: RunSummary,
    pdf_engine: str,
    debug: bool,
    bar,
) -> Iterator[tuple]:
    """Ingest files one at a time; failures become error rows and are not yielded."""
    for path, source in files:
        summary.documents += 1
        try:
            document = ingest(path, source=source, pdf_engine=pdf_engine)
        except IngestError as exc:
            _record_failure(documents, summary, path, source, str(exc), bar)
            continue
        except Exception as exc:  # a parser bug must not end a long run
            if debug:
                raise
            message = f"could not parse ({type(exc).__name__}: {exc}); rerun with --debug"
            _record_failure(documents, summary, path, source, message.splitlines()[0], bar)
            continue
        text, blocks = join_blocks(document)
        doc = nlp.make_doc(text)
        doc._.blocks = blocks
        yield doc, document


def _record_failure(documents, summary, path: Path, source: str, message: str, bar) -> None:
    summary.failed += 1
    try:
        sha = sha256_of(path)
    except OSError:
        sha = ""
    documents.write(
        document_row(None, source=source, sha256=sha, fmt=format_of(path) or "", error=message)
    )
    print(f"error: {source}: {message}", file=sys.stderr)
    if bar is not None:
        bar.update(1)


def _progress_bar(total: int, progress: bool | None):
    if progress is None:
        progress = (
            total > 3 and sys.stderr.isatty() or os.environ.get("SPACECLAIMS_PROGRESS") == "1"
        )
    if not progress:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)
