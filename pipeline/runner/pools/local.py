"""Local worker processes: documents in, :class:`pipeline.runner.task.Result` objects out.

Each worker loads the pipeline once (on Linux it is forked from the parent, which has built and
warmed up the ``Language``; elsewhere it builds its own), caps its address space at the memory
limit (:mod:`pipeline.runner.limits`) and then takes one document at a time over a pipe. The parent
sends each free worker the next document, reports when the worker moves from parsing to the
language pipeline, and kills and replaces a worker whose document runs past the time limit or
that dies (a crash in a native parser). Results come back in completion order; the caller puts
them in input order.

The parent uses no threads, so forking stays safe.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import TYPE_CHECKING

from pipeline.runner.limits import (
    Limits,
    address_space,
    cap_address_space,
    memory_limit_message,
    time_limit_message,
)
from pipeline.runner.task import (
    LANGUAGE,
    PARSING,
    PipelineSpec,
    Result,
    Task,
    failure,
    process_task,
)
from pipeline.schema import LIMIT, TRANSIENT

if TYPE_CHECKING:
    from spacy.language import Language

#: A forked worker is replaced after this many documents: spaCy's string store only grows, so
#: a fresh copy of the parent keeps memory flat over millions of pages (forking is instant).
MAX_DOCS_PER_FORKED_WORKER = 500

#: The ``Language`` workers inherit when they are forked (set by the parent before forking).
_INHERITED: dict[str, Language] = {}


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def _die_with_parent() -> None:
    """Ask Linux to kill this worker if the parent dies (e.g. SIGKILL), so none is orphaned."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _worker_main(conn, spec: PipelineSpec, limits: Limits, debug: bool, max_docs: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C does
    _die_with_parent()
    nlp = _INHERITED.get("nlp") or spec.build()
    baseline = address_space()
    cap_address_space(limits.doc_memory)
    done = 0
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        result = process_task(
            task,
            nlp,
            stage=lambda s: conn.send(("stage", s)),
            debug=debug,
            limit_message=lambda s: memory_limit_message(s, limits),
        )
        done += 1
        grown = (
            baseline is not None
            and limits.doc_memory > 0
            and (address_space() or 0) > baseline + limits.doc_memory // 2
        )
        leaving = result.recycle or grown or done >= max_docs
        conn.send(("result", result, leaving))
        if leaving:
            return  # the parent starts a fresh worker


@dataclass
class _Slot:
    process: mp.process.BaseProcess
    conn: object
    task: Task | None = None
    started: float = 0.0
    stage: str = PARSING


class LocalPool:
    """``workers`` processes that each build (or inherit) the pipeline once.

    Use :meth:`map` to stream tasks through them; :meth:`close` stops them.
    """

    def __init__(
        self,
        workers: int,
        spec: PipelineSpec,
        *,
        nlp: Language | None = None,
        limits: Limits = Limits(),  # noqa: B008 (frozen)
        debug: bool = False,
    ) -> None:
        self.spec = spec
        self.limits = limits
        self.debug = debug
        # Forking shares the loaded pipeline instantly; only where it is safe (Linux: macOS
        # system libraries may not survive a fork).
        fork = nlp is not None and sys.platform.startswith("linux")
        self.ctx = mp.get_context("fork" if fork else "spawn")
        self.max_docs = MAX_DOCS_PER_FORKED_WORKER if fork else 10**9
        if fork:
            _INHERITED["nlp"] = nlp
            # The pipeline's objects move to the collector's permanent generation, so that
            # the workers' garbage collections do not write to (and so copy) the pages they
            # share with this process: memory stays shared instead of growing in every worker.
            gc.collect()
            gc.freeze()
        self.slots = [self._start() for _ in range(max(1, workers))]

    def _start(self) -> _Slot:
        parent, child = self.ctx.Pipe(duplex=True)
        process = self.ctx.Process(
            target=_worker_main,
            args=(child, self.spec, self.limits, self.debug, self.max_docs),
            daemon=True,
            name="spaceclaims-worker",
        )
        process.start()
        child.close()
        return _Slot(process, parent)

    def _replace(self, slot: _Slot) -> _Slot:
        _stop(slot)
        return self._start()

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        """Process ``tasks``; yield each result as soon as it is ready."""
        pending = iter(tasks)
        exhausted = False
        while True:
            for i, slot in enumerate(self.slots):
                if slot.task is None and not exhausted:
                    if not slot.process.is_alive():
                        slot = self.slots[i] = self._replace(slot)
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                    else:
                        self._send(slot, task)
            busy = [s for s in self.slots if s.task is not None]
            if not busy:
                return
            timeout = 1.0
            if self.limits.doc_timeout > 0:
                now = time.monotonic()
                nearest = min(s.started + self.limits.doc_timeout for s in busy) - now
                timeout = max(0.0, min(timeout, nearest + 0.01))
            wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout)
            for i, slot in enumerate(self.slots):
                if slot.task is None:
                    continue
                collected = self._collect(slot)
                if collected is None:
                    continue
                result, leaving = collected
                slot.task = None
                if leaving or not slot.process.is_alive():
                    slot = self.slots[i] = self._replace(slot)
                if not exhausted:  # keep the worker busy before handing the result over
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                    else:
                        self._send(slot, task)
                yield result

    def _send(self, slot: _Slot, task: Task) -> None:
        slot.task = task
        slot.started = time.monotonic()
        slot.stage = PARSING
        with contextlib.suppress(BrokenPipeError, OSError):  # died: _collect reports a crash
            slot.conn.send(task)

    def _collect(self, slot: _Slot) -> tuple[Result, bool] | None:
        """``(result, worker leaving)`` if the slot's task finished, failed, crashed or ran out
        of time; else None."""
        task = slot.task
        assert task is not None
        try:
            while slot.conn.poll():
                message = slot.conn.recv()
                if message[0] == "stage":
                    slot.stage = message[1]
                else:
                    return message[1], message[2]
        except (EOFError, OSError):
            pass  # died; fall through
        if not slot.process.is_alive():
            slot.process.join(0.1)
            return failure(task, TRANSIENT, _crash_message(slot, self.limits)), True
        if (
            self.limits.doc_timeout > 0
            and time.monotonic() - slot.started > self.limits.doc_timeout
        ):
            _kill(slot)
            return failure(task, LIMIT, time_limit_message(slot.stage, self.limits)), True
        return None

    def close(self) -> None:
        for slot in self.slots:
            _stop(slot)
        _INHERITED.clear()
        gc.unfreeze()  # this process may go on (a test session, a library caller)


def _crash_message(slot: _Slot, limits: Limits) -> str:
    code = slot.process.exitcode
    how = f"exit status {code}"
    if code is not None and code < 0:
        try:
            how = signal.Signals(-code).name
        except ValueError:
            how = f"signal {-code}"
    hint = "the file may be damaged or hostile"
    if limits.doc_memory > 0:
        hint += " (or it needs more memory than --doc-memory allows)"
    return f"crashed: the worker process died ({how}) while {_gerund(slot.stage)}; {hint}"


def _gerund(stage: str) -> str:
    return "parsing the file" if stage == PARSING else "running " + LANGUAGE


def _kill(slot: _Slot) -> None:
    if slot.process.is_alive():
        slot.process.kill()
    slot.process.join(5)


def _stop(slot: _Slot) -> None:
    if slot.process.is_alive():
        with contextlib.suppress(BrokenPipeError, OSError):
            slot.conn.send(None)
        slot.process.join(2)
    _kill(slot)
    with contextlib.suppress(OSError):
        slot.conn.close()
