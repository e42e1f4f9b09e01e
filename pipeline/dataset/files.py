"""Atomic files: a reader never sees half of one.

Every file spaceclaims writes (the run's tables, its cache, reports, figures, models) is written
to a temporary file beside its final name, flushed to disk, given the usual permissions (the
umask, not the 0600 of a temporary file) and renamed over the final name in one step.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.errors import OutputError

#: What to do about each reason a write fails.
_ADVICE = {
    errno.EACCES: "you may not write there: choose another location or fix its permissions",
    errno.EPERM: "you may not write there: choose another location or fix its permissions",
    errno.EROFS: "the file system is read-only: choose another location",
    errno.ENOSPC: "the disk is full: free some space or choose another disk",
    errno.EDQUOT: "your disk quota is used up: free some space or choose another disk",
    errno.ENOTDIR: "a file stands where a folder is needed: move it or choose another location",
    errno.EEXIST: "a file stands where a folder is needed: move it or choose another location",
    errno.EISDIR: "a folder stands where a file is needed: choose another file name",
    errno.ENAMETOOLONG: "the name is too long: choose a shorter path",
}

#: The reasons a write fails because of where it goes (not what is written).
WRITE_ERRNOS = frozenset(_ADVICE)


def output_error(exc: OSError, path: Path | str) -> OutputError:
    """The :class:`OutputError` for a failed write of ``path``: what, why, and what to do."""
    reason = exc.strerror or str(exc)
    advice = _ADVICE.get(exc.errno or 0, "check the location and try again")
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        blocker = next((a for a in Path(path).parents if a.exists()), None)
        if blocker is not None and not blocker.is_dir():
            reason = f"{blocker} is a file, not a folder"
    return OutputError(f"cannot write {path}: {reason[:1].lower() + reason[1:]}; {advice}")


def check_writable(path: Path | str, *, folder: bool) -> None:
    """Raise :class:`OutputError` unless ``path`` can be written: a folder (created if missing)
    that takes a new file, or a file whose folder does. Checked before long work, so that
    nothing is computed only to be lost."""
    path = Path(path)
    where = path if folder else path.parent
    try:
        if not folder and path.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        where.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".spaceclaims-probe.", dir=where)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise output_error(exc, path) from None


@contextmanager
def writing(path: Path | str) -> Iterator[None]:
    """Turn an ``OSError`` raised while writing ``path`` into an :class:`OutputError`."""
    try:
        yield
    except OSError as exc:
        raise output_error(exc, path) from None


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
