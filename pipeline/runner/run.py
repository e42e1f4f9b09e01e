"""``spaceclaims run``: documents in, the contract's CSV files out.

The run in four steps:

1. **Plan.** Find the input files (``discover``) and identify each by the SHA-256 of its bytes
   (unchanged files are not re-hashed: ``pipeline.runner.cache``). A document whose checkpoint
   (*shard*) for the same bytes, pipeline and model exists in ``DIR/.spaceclaims`` is done
   already: that is what makes a rerun incremental and a killed run resumable.
2. **Process** the other documents in worker processes (``pipeline.runner.pools.local``; ``--workers``,
   default one per core) or on a Dask cluster (``pipeline.runner.pools.dask_pool``). Each worker loads the
   pipeline once; documents are parsed (or restored from the parsed-text cache, so a new model
   does not re-read PDFs), run through the ``Language`` and turned into rows there. Each result
   is checkpointed as it arrives; memory stays flat however many documents there are.
3. **Merge** the shards in input order into the CSV files: written to temporary files and
   renamed into place, so a reader never sees a half-written file and the output does not
   depend on the number of workers, on what was cached, or on where a killed run stopped.
4. **Record** the manifest and delete shards and cached texts no longer used.

A document that cannot be processed gets one error row in documents.csv with a message that
says what to do; the run continues. Per-document time and memory limits
(``pipeline.runner.limits``) keep one hostile file from stalling or killing a long run.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.dataset.files import check_writable, output_error
from pipeline.dataset.rows import cell, with_cell
from pipeline.dataset.writers import CsvTable
from pipeline.errors import RunError
from pipeline.ingest import FORMATS, format_of, read_error_message
from pipeline.runner.cache import (
    OutputState,
    StateError,
    fingerprints,
    parsed_key,
    run_record,
    shard_key,
)
from pipeline.runner.limits import Limits
from pipeline.runner.task import PipelineSpec, Result, Task, error_tables, warm_up
from pipeline.schema import (
    EXIT_NOTHING,
    EXIT_OK,
    EXIT_PARTIAL,
    LABELS,
    LIMIT,
    OK,
    TABLES,
    TRANSIENT,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from pipeline.runner.pools import Pool


@dataclass
class RunSummary:
    documents: int = 0
    failed: int = 0
    sentences: int = 0
    labels: Counter = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)
    processed: int = 0  # documents run through the pipeline (the others were unchanged)
    reused: int = 0

    @property
    def exit_code(self) -> int:
        if self.documents == 0 or self.failed == self.documents:
            return EXIT_NOTHING
        return EXIT_PARTIAL if self.failed else EXIT_OK

    def line(self) -> str:
        labels = ", ".join(f"{lab} {self.labels.get(lab, 0)}" for lab in LABELS)
        return (
            f"{_count(self.documents, 'document')} ({self.failed} failed), "
            f"{_count(self.sentences, 'sentence')}: "
            f"{labels}"
        )


def _count(n: int, noun: str) -> str:
    """``1 document``, ``2 documents``."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


#: A single document of these formats and at most this size runs in this process: starting a
#: worker costs more than the document, and the limits (--doc-timeout, --doc-memory), which
#: only a worker process can enforce, matter for large files and PDFs.
LIGHT_FORMATS = ("txt", "md", "html", "docx")
LIGHT_BYTES = 1 << 20


def _light(tasks: Iterable[Task]) -> bool:
    """True for one small non-PDF document (see :data:`LIGHT_FORMATS`)."""
    tasks = list(tasks)
    if len(tasks) != 1 or tasks[0].fmt not in LIGHT_FORMATS:
        return False
    try:
        return os.path.getsize(tasks[0].path) <= LIGHT_BYTES
    except OSError:
        return False


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


@dataclass
class _Entry:
    """One input file in input order: where its rows come from at merge time."""

    source: str
    path: Path
    fmt: str
    sha256: str = ""
    key: str = ""  # shard key; empty when the file could not even be read
    error: str = ""  # for files that could not be read


def run_corpus(
    paths: Iterable[Path | str],
    out_dir: Path,
    *,
    spec: PipelineSpec | None = None,
    nlp: Language | None = None,
    workers: int | None = None,
    scheduler=None,
    pdf_engine: str = "pdfium",
    limits: Limits = Limits(),  # noqa: B008 (frozen)
    rebuild: bool = False,
    progress: bool | None = None,
    debug: bool = False,
    log: Callable[[str], None] | None = None,
) -> RunSummary:
    """Process every document under ``paths`` and write the contract's files to ``out_dir``.

    ``spec`` describes the pipeline (model, gazetteers, config overrides); ``nlp``, when given,
    is that pipeline already built. ``workers``: worker processes (default: one per core; 0
    processes in this process, without limits, which is what ``--debug`` tracebacks need).
    ``scheduler``: a Dask scheduler address, ``"local"``, or a ``distributed.Client``.
    ``rebuild`` ignores earlier results in ``out_dir``. Raises :class:`RunError` for problems
    that stop the whole run.
    """
    files, skipped = discover(paths)
    check_writable(out_dir, folder=True)  # OutputError: read-only, full, a file in the way
    try:
        state = OutputState(out_dir)
    except StateError as exc:
        raise RunError(str(exc)) from None
    except OSError as exc:
        raise output_error(exc, out_dir) from None
    run = _Run(
        state=state,
        spec=spec or PipelineSpec(pdf_engine=pdf_engine),
        nlp=nlp,
        workers=_workers(workers),
        scheduler=scheduler,
        limits=limits,
        progress=progress,
        debug=debug,
        log=log or (lambda message: print(message, file=sys.stderr)),
    )
    try:
        return run.execute(files, skipped, rebuild)
    finally:
        state.close()


@dataclass
class _Run:
    state: OutputState
    spec: PipelineSpec
    nlp: Language | None
    workers: int
    scheduler: object
    limits: Limits
    progress: bool | None
    debug: bool
    log: Callable[[str], None]
    transient: dict[str, Result] = field(default_factory=dict)
    rebuild: bool = False

    def execute(self, files, skipped: list[str], rebuild: bool) -> RunSummary:
        self.rebuild = rebuild
        fps = self.fps = _fingerprints(self.spec)
        entries, todo = self.plan(files, rebuild)
        reused = sum(1 for e in entries if e.key and e.key not in todo)
        if reused:
            what = "all " if not todo else ""
            self.log(
                f"{what}{_count(reused, 'document')} unchanged since the last run into this folder"
            )
        processed = len(todo)
        if todo:
            self.process(todo)
        summary, damaged = self.merge(entries)
        for _ in range(2):  # a damaged checkpoint (power loss) is processed again
            if not damaged:
                break
            self.log(f"{len(damaged)} checkpoints were damaged; processing them again")
            self.process({e.key: self.task(e) for e in entries if e.key in damaged})
            summary, damaged = self.merge(entries)
        if damaged:
            raise RunError(f"cannot keep checkpoints in {self.state.root}: check the disk")
        summary.skipped = skipped
        summary.processed, summary.reused = processed, reused
        self.state.save_manifest(
            [{"source": e.source, "sha256": e.sha256, "key": e.key} for e in entries],
            run_record(fps, {"documents": summary.documents, "failed": summary.failed}),
        )
        self.state.prune(
            {e.key for e in entries if e.key},
            {parsed_key(e.sha256, e.path.suffix, fps.ingest) for e in entries if e.sha256},
        )
        return summary

    # -- plan ---------------------------------------------------------------------------------

    def plan(self, files, rebuild: bool) -> tuple[list[_Entry], dict[str, Task]]:
        """Identify every file; the tasks (by shard key, first occurrence) still to process."""
        entries: list[_Entry] = []
        todo: dict[str, Task] = {}
        for path, source in files:
            entry = _Entry(source=source, path=path, fmt=format_of(path) or "")
            entries.append(entry)
            try:
                if not path.is_file():
                    raise IsADirectoryError if path.is_dir() else FileNotFoundError
                entry.sha256 = self.state.identify(path, source)
            except OSError as exc:
                entry.error = read_error_message(exc)
                continue
            entry.key = shard_key(entry.sha256, path.suffix, self.fps.run)
            if entry.key in todo or (not rebuild and self.state.has_shard(entry.key, self.limits)):
                continue
            todo[entry.key] = self.task(entry)
        return entries, todo

    def task(self, entry: _Entry) -> Task:
        return Task(
            key=entry.key,
            source=entry.source,
            path=str(entry.path),
            sha256=entry.sha256,
            fmt=entry.fmt,
            pdf_engine=self.spec.pdf_engine,
        )

    # -- process ------------------------------------------------------------------------------

    def process(self, todo: dict[str, Task]) -> None:
        """Run the tasks and checkpoint each result as it arrives."""
        from pipeline.errors import BackendError

        pool = self.pool(len(todo), in_process=_light(todo.values()))
        bar = _progress_bar(len(todo), self.progress)
        say = bar.write if bar is not None else self.log
        try:
            for result in pool.map(self.with_cache(todo.values())):
                task = todo[result.key]
                self.checkpoint(result, task)
                for warning in result.warnings:
                    say(f"warning: {task.source}: {warning}")
                if result.failed:
                    say(f"error: {task.source}: {result.error}")
                    if result.traceback:
                        say(result.traceback.rstrip())
                if bar is not None:
                    bar.update(1)
        except BackendError as exc:
            raise RunError(str(exc)) from None
        finally:
            if bar is not None:
                bar.close()
            pool.close()

    def pool(self, n_tasks: int, *, in_process: bool = False) -> Pool:
        if self.scheduler is not None:
            from pipeline.errors import BackendError
            from pipeline.runner.pools.dask_pool import DaskPool

            self.log(f"processing {_count(n_tasks, 'document')} on a Dask cluster")
            try:
                return DaskPool(
                    self.scheduler, self.spec, spec_key=self.fps.run,
                    workers=self.workers or 1, limits=self.limits, debug=self.debug,
                )  # fmt: skip
            except BackendError as exc:
                raise RunError(str(exc)) from None
        if self.nlp is None:
            self.nlp = _build(self.spec)
        if self.workers == 0 or in_process:
            self.log(f"processing {_count(n_tasks, 'document')} in this process")
            from pipeline.runner.pools.inprocess import InProcessPool

            return InProcessPool(self.nlp, self.debug)
        from pipeline.runner.pools.local import LocalPool

        n = min(self.workers, n_tasks)
        self.log(f"processing {_count(n_tasks, 'document')} with {_count(n, 'worker')}")
        with contextlib.suppress(Exception):  # a failure shows again, document by document
            warm_up(self.nlp)
        return LocalPool(n, self.spec, nlp=self.nlp, limits=self.limits, debug=self.debug)

    def with_cache(self, tasks: Iterable[Task]) -> Iterator[Task]:
        """Attach each task's cached parsed text just before it is sent (memory stays flat)."""
        for task in tasks:
            if not self.rebuild:
                task.parsed = self.state.read_parsed(self._parsed_key(task))
            yield task

    def _parsed_key(self, task: Task) -> str:
        return parsed_key(task.sha256, Path(task.path).suffix, self.fps.ingest)

    def checkpoint(self, result: Result, task: Task) -> None:
        if result.parsed is not None:
            self.state.write_parsed(self._parsed_key(task), result.parsed)
        if result.kind == TRANSIENT:
            self.transient[result.key] = result  # this run's answer; the next run tries again
            return
        shard = {"kind": result.kind, "sha256": task.sha256, "tables": result.tables}
        if result.kind == LIMIT:
            shard["limits"] = [self.limits.doc_timeout, self.limits.doc_memory]
        self.state.write_shard(result.key, shard)

    # -- merge --------------------------------------------------------------------------------

    def merge(self, entries: list[_Entry]) -> tuple[RunSummary, set[str]]:
        """Write every table from the shards, in input order, and commit them. If a shard is
        damaged, commit nothing and return its key (the caller processes it again)."""
        summary = RunSummary(documents=len(entries))
        damaged: set[str] = set()
        tables = {
            name: CsvTable(self.state.out_dir / f"{name}.csv", cols)
            for name, cols in TABLES.items()
        }
        try:
            for entry in entries:
                rows = self.rows_of(entry)
                if rows is None:
                    damaged.add(entry.key)
                    continue
                for name, table in tables.items():
                    for cells in rows.get(name, ()):
                        if name == "documents":
                            # same bytes, several paths: each row names its own
                            cells = with_cell(name, cells, "source", entry.source)
                            if cell(name, cells, "status") != OK:
                                summary.failed += 1
                        elif name == "sentences":
                            summary.labels[cell(name, cells, "label")] += 1
                            summary.sentences += 1
                        table.write_cells(cells)
        except BaseException:
            damaged.add("")
            raise
        finally:
            if damaged:
                for table in tables.values():
                    table.discard()
        if not damaged:
            for table in tables.values():
                table.commit()
        return summary, damaged

    def rows_of(self, entry: _Entry) -> dict | None:
        if not entry.key:
            return error_tables(entry.source, "", entry.fmt, entry.error)
        if entry.key in self.transient:
            return self.transient[entry.key].tables
        shard = self.state.read_shard(entry.key)
        return None if shard is None else shard["tables"]


def _fingerprints(spec: PipelineSpec):
    try:
        return fingerprints(spec)
    except (OSError, ValueError) as exc:
        raise RunError(str(exc)) from None


def _workers(workers: int | None) -> int:
    from pipeline.runner.pools.local import default_workers

    return default_workers() if workers is None else max(0, workers)


def _build(spec: PipelineSpec) -> Language:
    from pipeline.errors import ModelError, ModelNotInstalled

    try:
        return spec.build()
    except (ModelError, ModelNotInstalled) as exc:
        raise RunError(str(exc)) from None


def _progress_bar(total: int, progress: bool | None):
    if progress is None:
        progress = (
            total > 3 and sys.stderr.isatty() or os.environ.get("SPACECLAIMS_PROGRESS") == "1"
        )
    if not progress:
        return None
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: workers are forked from this process
    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)


__all__ = ["RunSummary", "discover", "run_corpus"]
