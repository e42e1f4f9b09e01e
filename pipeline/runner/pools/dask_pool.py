"""Running documents on a Dask cluster (``spaceclaims run ... --scheduler tcp://HOST:8786``).

The client (the machine running ``spaceclaims run``) reads each input file and sends its bytes,
or its cached parsed text, to the cluster, so workers need no shared file system; the pipeline
description, with the model folder and extra gazetteers embedded, is broadcast to every worker
once, and each worker builds the ``Language`` on its first document and keeps it. Results come
back to the client, which checkpoints and merges them exactly as for local workers, so the CSV
files are byte-identical to a local run's.

``--scheduler local`` starts a ``LocalCluster`` on this machine (one single-threaded worker
process per ``--workers``). Limits: the client gives each document ``--doc-timeout`` seconds
from submission (at most one document per worker thread is in flight, so that is its running
time), then records a time-limit error and restarts the worker holding it; memory is bounded by
Dask's own worker memory limit (``dask worker --memory-limit``), whose nanny restarts a worker
that exceeds it, and the document gets an error row.

Needs ``dask[distributed]``; the workers need the same spaceclaims version (checked).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
import time
from collections.abc import Iterable, Iterator

from pipeline.errors import BackendError
from pipeline.ingest import read_error_message
from pipeline.runner.limits import Limits, time_limit_message
from pipeline.runner.task import PipelineSpec, Result, Task, failure
from pipeline.runner.task import process_task as _process_task
from pipeline.schema import ERROR, LIMIT, TRANSIENT

_BUILD_LOCK = threading.Lock()
_LOCAL_CACHE: dict[str, object] = {}


@functools.cache
def code_digest() -> str:
    """The digest of the code that decides what a run writes (see ``pipeline.runner.cache``), as
    it was when this process first asked (the code it runs)."""
    from pipeline.runner.cache import code_digest as current_code_digest

    return current_code_digest()


def _worker_state() -> dict:
    """Per-worker storage: the Dask ``Worker`` object when there is one (so two in-process
    workers each keep their own pipeline), else this module."""
    try:
        from distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError):
        return _LOCAL_CACHE
    state = getattr(worker, "_spaceclaims", None)
    if state is None:
        state = {}
        worker._spaceclaims = state
    return state


def _pipeline(spec: PipelineSpec, spec_key: str, expected_code: str):
    state = _worker_state()
    with _BUILD_LOCK:
        if state.get("key") != spec_key:
            code = code_digest()
            if code != expected_code:
                raise BackendError(
                    "a Dask worker runs a different spaceclaims version than this client; "
                    "install the same version on every worker"
                )
            state.clear()
            state["nlp"] = spec.build()
            state["key"] = spec_key
        return state["nlp"]


def run_on_worker(
    spec: PipelineSpec, task: Task, spec_key: str, expected_code: str, debug: bool
) -> Result:
    """The Dask task: one document through the worker's pipeline."""
    nlp = _pipeline(spec, spec_key, expected_code)
    return _process_task(task, nlp, debug=debug)


class DaskPool:
    """Send tasks to a Dask cluster; same interface as :class:`pipeline.runner.pools.local.LocalPool`."""

    def __init__(
        self,
        scheduler,
        spec: PipelineSpec,
        *,
        spec_key: str,
        workers: int,
        limits: Limits = Limits(),  # noqa: B008 (frozen)
        debug: bool = False,
    ) -> None:
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError:
            raise BackendError("--scheduler needs Dask: pip install 'dask[distributed]'") from None
        self.limits = limits
        self.debug = debug
        self.spec_key = spec_key
        self._cluster = None
        self._own_client = True
        if not debug:
            for name in ("distributed", "tornado"):
                logging.getLogger(name).setLevel(logging.ERROR)
        if isinstance(scheduler, Client):
            self.client = scheduler
            self._own_client = False
        elif scheduler == "local":
            # a document that kills its worker is not retried on the next one
            with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
                self._cluster = LocalCluster(
                    n_workers=max(1, workers),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR if not debug else logging.WARNING,
                )
            self.client = Client(self._cluster)
        else:
            try:
                # waits up to distributed.comm.timeouts.connect (Dask's config, 30 s)
                self.client = Client(scheduler)
            except (OSError, TimeoutError) as exc:
                raise BackendError(
                    f"cannot reach the Dask scheduler at {scheduler}: {exc}"
                ) from None
        self.code = code_digest()
        self.spec = self.client.scatter(spec.embedded(), broadcast=True, hash=False)

    def _slots(self) -> int:
        try:
            return max(1, sum(self.client.nthreads().values()))
        except Exception:  # noqa: BLE001 (scheduler hiccup: keep going with one)
            return 1

    def _submit(self, task: Task):
        if task.parsed is None and task.data is None:
            with open(task.path, "rb") as fh:  # OSError: handled by the caller
                task.data = fh.read()
        return self.client.submit(
            run_on_worker,
            self.spec,
            task,
            self.spec_key,
            self.code,
            self.debug,
            pure=False,
            key=f"spaceclaims-{task.key}-{time.monotonic_ns()}",
        )

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        from distributed import wait

        pending = iter(tasks)
        in_flight: dict = {}
        exhausted = False
        while True:
            slots = self._slots()  # workers may join or leave during the run
            while not exhausted and len(in_flight) < slots:
                task = next(pending, None)
                if task is None:
                    exhausted = True
                    break
                try:
                    future = self._submit(task)
                except OSError as exc:
                    yield failure(task, TRANSIENT, read_error_message(exc))
                    continue
                task.data = None  # the future holds the bytes now
                in_flight[future] = (task, time.monotonic())
            if not in_flight:
                return
            timeout = 1.0
            if self.limits.doc_timeout > 0:
                nearest = min(t0 for _, t0 in in_flight.values()) + self.limits.doc_timeout
                timeout = max(0.05, min(timeout, nearest - time.monotonic() + 0.01))
            with contextlib.suppress(TimeoutError):  # nothing finished: check the time limits
                wait(list(in_flight), timeout=timeout, return_when="FIRST_COMPLETED")
            done = [f for f in in_flight if f.done()]
            for future in done:
                task, _ = in_flight.pop(future)
                yield self._result(future, task)
            if self.limits.doc_timeout > 0:
                now = time.monotonic()
                for future, (task, t0) in list(in_flight.items()):
                    if now - t0 > self.limits.doc_timeout:
                        del in_flight[future]
                        self._abandon(future)
                        yield failure(task, LIMIT, time_limit_message("processing", self.limits))

    def _result(self, future, task: Task) -> Result:
        from distributed import KilledWorker

        try:
            result = future.result()
        except BackendError:
            raise
        except KilledWorker:
            return failure(
                task,
                TRANSIENT,
                "crashed: the Dask worker died while processing this document (its memory "
                "limit, or a crash in a parser); the file may be damaged or hostile",
            )
        except Exception as exc:  # noqa: BLE001 (a remote error must not end the run)
            if isinstance(exc, RuntimeError) and "different spaceclaims version" in str(exc):
                raise BackendError(str(exc)) from None
            return failure(
                task,
                ERROR,
                f"processing failed on the cluster ({type(exc).__name__}: "
                f"{' '.join(str(exc).split())[:200]}); rerun with --debug",
            )
        finally:
            future.release()
        return result

    def _abandon(self, future) -> None:
        """Cancel a timed-out document and restart the worker stuck on it (needs a nanny)."""
        try:
            holders = [w for w, keys in self.client.processing().items() if future.key in keys]
            future.cancel()
            if holders:
                self.client.restart_workers(holders, raise_for_error=False)
        except Exception:  # noqa: BLE001 (best effort: the result is already recorded)
            pass

    def close(self) -> None:
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()
