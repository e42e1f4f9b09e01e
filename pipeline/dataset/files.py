"""Atomic files: a reader never sees half of one.

Every file spaceclaims writes (the run's tables, its cache, reports, figures, models) is written
to a temporary file beside its final name, flushed to disk, given the usual permissions (the
umask, not the 0600 of a temporary file) and renamed over the final name in one step.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def temporary_beside(path: Path) -> tuple[int, Path]:
    """An open file descriptor and the path of a new hidden temporary file next to ``path``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    return fd, Path(tmp)


def publish(tmp: Path, path: Path) -> None:
    """Flush ``tmp`` to disk, give it the usual permissions and rename it over ``path``."""
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, path)


@contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; published over ``path`` on success and
    removed on failure."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temporary_beside(path)
    os.close(fd)
    try:
        yield tmp
        publish(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
