"""Per-document time and memory limits, so one hostile file cannot stall or kill a long run.

Documents are processed in worker processes (``pipeline.runner.pools.local``). The parent kills a worker
whose document runs past the time limit and starts a fresh one; each worker caps its own address
space (``RLIMIT_AS``) at what it uses after loading the pipeline plus the memory limit, so an
allocation past the limit fails inside that worker (Python raises ``MemoryError``) instead of
exhausting the machine. The document gets an error row that names the limit and its option.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

#: Generous defaults: a 1,000-page report parses in well under a minute and a few hundred MB.
DEFAULT_DOC_TIMEOUT = 300.0
DEFAULT_DOC_MEMORY = 2 * 1024**3

_UNITS = {"": 1, "B": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


@dataclass(frozen=True)
class Limits:
    """``doc_timeout`` in seconds and ``doc_memory`` in bytes; 0 switches a limit off."""

    doc_timeout: float = DEFAULT_DOC_TIMEOUT
    doc_memory: int = DEFAULT_DOC_MEMORY

    def covers(self, other: Limits) -> bool:
        """Whether these limits are no more generous than ``other`` (0 = unlimited).

        A document that hit a limit under ``other`` hits it again under these, so its error row
        can be reused; under more generous limits it is tried again.
        """
        return _no_more(self.doc_timeout, other.doc_timeout) and _no_more(
            self.doc_memory, other.doc_memory
        )


def _no_more(mine: float, theirs: float) -> bool:
    if theirs == 0:
        return True
    return mine != 0 and mine <= theirs


def parse_size(text: str | int) -> int:
    """Bytes from ``"2G"``, ``"512M"``, ``"1.5GB"``, ``"0"`` (binary units)."""
    if isinstance(text, int):
        return text
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([BKMGT]?)I?B?\s*", text.upper())
    if not m:
        raise ValueError(f"not a size: {text!r} (write e.g. 2G, 512M or 0 for no limit)")
    return int(float(m.group(1)) * _UNITS[m.group(2)])


def format_size(n: int) -> str:
    for unit in ("T", "G", "M", "K"):
        if n >= _UNITS[unit] and n % (_UNITS[unit] // 4 or 1) == 0:
            value = n / _UNITS[unit]
            return f"{value:g} {unit}B"
    return f"{n} bytes"


def time_limit_message(stage: str, limits: Limits) -> str:
    return (
        f"time limit: {stage} took over {limits.doc_timeout:g} s (--doc-timeout); "
        "raise the limit if the document is legitimate"
    )


def memory_limit_message(stage: str, limits: Limits) -> str:
    return (
        f"memory limit: {stage} needed over {format_size(limits.doc_memory)} (--doc-memory); "
        "raise the limit if the document is legitimate"
    )


def address_space() -> int | None:
    """This process's virtual memory size in bytes (Linux), or None where unknown."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def cap_address_space(extra: int) -> bool:
    """Cap this process's address space at its current size plus ``extra`` bytes.

    Returns whether a cap was set (not on platforms without ``RLIMIT_AS`` or /proc).
    """
    if extra <= 0:
        return False
    try:
        import resource
    except ImportError:  # Windows
        return False
    current = address_space()
    if current is None or not hasattr(resource, "RLIMIT_AS"):
        return False
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = current + extra
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    if soft != resource.RLIM_INFINITY and soft < want:
        return False  # someone set a tighter cap already; keep it
    resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    return True
