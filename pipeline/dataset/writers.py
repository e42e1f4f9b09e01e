"""Writers for the run's CSV files: streaming, atomic, safe to open in a spreadsheet.

Rows are appended to a hidden temporary file in the output folder as documents finish, so memory
stays flat; :meth:`CsvTable.commit` renames it over the final name in one step, so a reader
never sees a half-written file.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from pipeline.dataset.files import publish, temporary_beside
from pipeline.schema import neutralize_cell


def cells_of(row: Mapping[str, object], columns: Sequence[str]) -> list[str]:
    """A row as plain string cells in ``columns`` order (not yet neutralised).

    This is the form in which rows travel between worker processes and are checkpointed;
    :meth:`CsvTable.write_cells` writes it exactly as :meth:`CsvTable.write` writes the row.
    """
    out = []
    for c in columns:
        value = row.get(c)
        out.append("" if value is None else value if isinstance(value, str) else str(value))
    return out


class CsvTable:
    """One CSV file being written: ``write`` rows, then ``commit`` (or ``discard``)."""

    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        self.path = path
        self.columns = list(columns)
        fd, self._tmp = temporary_beside(path)
        # A lone surrogate (from a broken source) must not end the run: it becomes "?" (same
        # length, so character offsets stay valid).
        self._fh = os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="")
        self._writer = csv.writer(self._fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        self._writer.writerow(self.columns)
        self.rows = 0

    def write(self, row: Mapping[str, object]) -> None:
        self._writer.writerow([neutralize_cell(row.get(c)) for c in self.columns])
        self.rows += 1

    def write_many(self, rows: Iterable[Mapping[str, object]]) -> None:
        for row in rows:
            self.write(row)

    def write_cells(self, cells: Sequence[str]) -> None:
        """Write a row given as :func:`cells_of` made it."""
        self._writer.writerow([neutralize_cell(c) for c in cells])
        self.rows += 1

    def commit(self) -> None:
        self._fh.close()
        publish(self._tmp, self.path)

    def discard(self) -> None:
        if not self._fh.closed:
            self._fh.close()
        self._tmp.unlink(missing_ok=True)
