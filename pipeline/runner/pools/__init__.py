"""Where documents are processed: every pool takes tasks and yields their results.

- :class:`pipeline.runner.pools.inprocess.InProcessPool`: one by one in this process
  (``--workers 0``, for debugging);
- :class:`pipeline.runner.pools.local.LocalPool`: forked worker processes with per-document time
  and memory limits (the default);
- :class:`pipeline.runner.pools.dask_pool.DaskPool`: a Dask cluster (``--scheduler``).

Results may arrive in any order; the runner puts them back in the order of the inputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from pipeline.runner.task import Result, Task


class Pool(Protocol):
    """What the runner needs of a pool."""

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        """Process ``tasks`` (consumed lazily) and yield one result per task."""
        ...

    def close(self) -> None:
        """Stop workers and release what the pool holds; safe to call twice."""
        ...
