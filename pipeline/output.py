"""Writers for the run's CSV files: streaming, atomic, safe to open in a spreadsheet.

Rows are appended to a hidden temporary file in the output folder as documents finish, so memory
stays flat; :meth:`CsvTable.commit` renames it over the final name in one step, so a reader
never sees a half-written file.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

#: A spreadsheet executes a cell that starts with one of these.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

DOCUMENT_COLUMNS = [
    "doc_id", "source", "sha256", "format", "title", "authors", "journal", "year", "doi",
    "pages", "n_sentences", "status", "error",
]  # fmt: skip
SENTENCE_COLUMNS = [
    "doc_id", "sentence_id", "section", "page", "text", "label", "p_cooperation",
    "p_competition", "actors", "dates", "model_version", "review",
]  # fmt: skip
#: Additions to sentences.csv (docs/contract_additions.md): the parties of a claim sentence,
#: joined by "; ", and the claim's modality. Kept apart from SENTENCE_COLUMNS, which lists the
#: contract's columns (what a reviewed sentences.csv must have).
SENTENCE_STRUCTURE_COLUMNS = ["parties", "modality"]
ACTOR_COLUMNS = [
    "doc_id", "sentence_id", "mention", "actor", "actor_type", "country", "start", "end",
    "method", "bloc",
]  # fmt: skip
DATE_COLUMNS = [
    "doc_id", "sentence_id", "mention", "value", "start_date", "end_date", "granularity",
    "start", "end",
]  # fmt: skip


#: claims.csv: one row per unordered pair of parties of a claim sentence (party_a < party_b),
#: with the sentence's label and modality and its first date value.
CLAIM_COLUMNS = [
    "doc_id", "sentence_id", "label", "party_a", "party_b", "modality", "date",
]  # fmt: skip


#: Every table a run writes: file stem -> columns. Rows come from ``pipeline.rows``.
TABLES: dict[str, list[str]] = {
    "documents": DOCUMENT_COLUMNS,
    "sentences": [*SENTENCE_COLUMNS, *SENTENCE_STRUCTURE_COLUMNS],
    "actors": ACTOR_COLUMNS,
    "dates": DATE_COLUMNS,
    "claims": CLAIM_COLUMNS,
}


def neutralize_cell(value: object) -> str:
    """The cell as text, with a leading apostrophe where a spreadsheet would run a formula.

    A cell that already starts with apostrophes before a formula character gets one more, so
    that :func:`restore_cell` gives back exactly what was written.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.lstrip("'").startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def restore_cell(text: str) -> str:
    """Undo :func:`neutralize_cell` (used when a reviewed CSV is read back)."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_PREFIXES):
        return text[1:]
    return text


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
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self._tmp = Path(tmp)
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
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        # mkstemp makes the file private (0600); the dataset gets the usual permissions
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self._tmp, 0o666 & ~umask)
        os.replace(self._tmp, self.path)

    def discard(self) -> None:
        if not self._fh.closed:
            self._fh.close()
        self._tmp.unlink(missing_ok=True)
