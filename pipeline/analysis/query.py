"""SQL over a run's tables with DuckDB, and Parquet copies of them.

Tables are named after the run's files: ``documents``, ``sentences``, ``actors``, ``dates``
and, when the run has it, ``claims``. They hold the values as the pipeline meant them
(spreadsheet neutralisation undone, ids and offsets as integers, probabilities as numbers),
read from ``NAME.parquet`` when it is at least as new as ``NAME.csv``, else from the CSV.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from pipeline.analysis.load import TABLE_COLUMNS, read_table
from pipeline.dataset.files import atomic_path
from pipeline.errors import QueryError, RunFolderError


def _tables(run_dir: Path) -> dict[str, Path]:
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise RunFolderError(
            f"{run_dir}: not a folder (give the --out folder of `spaceclaims run`)"
        )
    found = {name: run_dir / f"{name}.csv" for name in TABLE_COLUMNS}
    found = {name: path for name, path in found.items() if path.exists()}
    if "sentences" not in found:
        raise RunFolderError(
            f"{run_dir}: no sentences.csv here; is this the output of `spaceclaims run`?"
        )
    return found


def write_parquet(run_dir: Path | str) -> list[Path]:
    """Write ``NAME.parquet`` beside each ``NAME.csv`` of a run (typed, cells restored).

    Each file is written to a temporary name and renamed, like the CSVs, so a reader never
    sees half a file. Returns the paths written.
    """
    written = []
    for name, csv_path in _tables(Path(run_dir)).items():
        frame = read_table(csv_path, TABLE_COLUMNS[name])
        target = csv_path.with_suffix(".parquet")
        with atomic_path(target) as tmp:
            _for_parquet(frame).to_parquet(tmp, index=False)
        written.append(target)
    return written


def _for_parquet(frame: pd.DataFrame) -> pd.DataFrame:
    # Text columns are Python objects after reading; Parquet wants one declared type.
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object:
            out[column] = out[column].astype("string")
    return out


def run_query(run_dir: Path | str, sql: str) -> pd.DataFrame:
    """The result of ``sql`` over the run's tables, as a DataFrame."""
    import duckdb

    tables = _tables(Path(run_dir))
    con = duckdb.connect(":memory:")
    try:
        for name, csv_path in tables.items():
            parquet = csv_path.with_suffix(".parquet")
            if parquet.exists() and parquet.stat().st_mtime >= csv_path.stat().st_mtime:
                path = str(parquet).replace("'", "''")
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{path}')")
            else:
                frame = _for_parquet(read_table(csv_path, TABLE_COLUMNS[name]))
                con.register(name, frame)
        try:
            return con.execute(sql).df()
        except duckdb.Error as exc:
            message = str(exc).strip()
            absent = [n for n in TABLE_COLUMNS if n not in tables and re.search(rf"\b{n}\b", sql)]
            if absent:
                message += f"\n(this run has no {', '.join(a + '.csv' for a in absent)})"
            raise QueryError(message) from None
    finally:
        con.close()


def format_table(frame: pd.DataFrame, *, width: int = 60) -> str:
    """A plain-text table for the terminal: long cells cut to ``width`` characters."""
    if frame.empty:
        return "(no rows)" if len(frame.columns) else "(no result)"
    shown = frame.copy()
    for column in shown.columns:
        if shown[column].dtype == object or pd.api.types.is_string_dtype(shown[column]):
            shown[column] = [
                v if not isinstance(v, str) or len(v) <= width else v[: width - 1] + "…"
                for v in shown[column]
            ]
    return shown.to_string(index=False, na_rep="")
