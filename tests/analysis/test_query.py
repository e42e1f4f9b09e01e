"""SQL over a run's tables (DuckDB) and the Parquet copies written beside the CSVs."""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.analysis.query import run_query, write_parquet
from pipeline.cli import cli
from pipeline.errors import QueryError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RUN_A = FIXTURES / "run_a"
RUN_B = FIXTURES / "run_b"


def _rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize(
    ("run", "sql", "expected"),
    [
        (RUN_A, "SELECT count(*) FROM sentences", [(7,)]),
        (RUN_A, "SELECT label, count(*) FROM sentences GROUP BY 1 ORDER BY 1",
         [("both", 1), ("competition", 2), ("cooperation", 2), ("neutral", 2)]),
        # numbers are numbers: .9+.2+.7+.1+.3+.8+.2
        (RUN_A, "SELECT round(sum(p_cooperation), 3) FROM sentences", [(3.2,)]),
        # the neutralised cell '- China ... is read back as written
        (RUN_A, "SELECT sentence_id FROM sentences WHERE text LIKE '- %'", [(0,)]),
        (RUN_A, "SELECT count(DISTINCT sentence_id) FROM actors WHERE actor = 'China' "
                "AND doc_id = 'bbbbbbbbbbbb'", [(3,)]),
        (RUN_A, "SELECT d.year, count(*) FROM sentences s JOIN documents d USING (doc_id) "
                "GROUP BY 1 ORDER BY 1", [(2020, 4), (2021, 3)]),
        (RUN_A, "SELECT error FROM documents WHERE status = 'error'",
         [("could not read the PDF: it is encrypted; decrypt it and run again",)]),
        (RUN_B, "SELECT party_a, party_b FROM claims WHERE sentence_id = 2",
         [("China", "United States")]),
        (RUN_B, "SELECT value, start_date FROM dates ORDER BY start", [("2019", "2019-01-01"),
                                                                       ("2020", "2020-01-01")]),
    ],
)  # fmt: skip
def test_query(run, sql, expected):
    assert [tuple(r) for r in run_query(run, sql).itertuples(index=False)] == expected


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("SELECT * FROM claims", "no claims.csv"),
        ("SELECT nope FROM sentences", "nope"),
        ("SELEC 1", "syntax"),
    ],
)
def test_query_errors_are_explained(sql, message):
    with pytest.raises(QueryError, match=message):
        run_query(RUN_A, sql)


def test_write_parquet_beside_the_csvs(tmp_path):
    import pyarrow.parquet as pq

    run = shutil.copytree(RUN_B, tmp_path / "run")
    written = write_parquet(run)
    assert sorted(p.name for p in written) == [
        "actors.parquet", "claims.parquet", "dates.parquet", "documents.parquet",
        "sentences.parquet",
    ]  # fmt: skip
    table = pq.read_table(run / "sentences.parquet")
    assert table.num_rows == 6
    assert str(table.schema.field("sentence_id").type) == "int64"
    assert str(table.schema.field("p_cooperation").type) == "double"
    assert "modality" in table.schema.names  # extra columns are kept
    assert not list(run.glob(".*.tmp"))


def test_fresh_parquet_is_read_instead_of_the_csv(tmp_path):
    run = shutil.copytree(RUN_A, tmp_path / "run")
    write_parquet(run)
    csv_path = run / "sentences.csv"
    rows = _rows(csv_path)
    with open(csv_path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows[:2])  # the CSV now has one sentence
    parquet_time = (run / "sentences.parquet").stat().st_mtime
    os.utime(csv_path, (parquet_time - 10, parquet_time - 10))
    assert run_query(run, "SELECT count(*) FROM sentences").iloc[0, 0] == 7
    os.utime(csv_path, (parquet_time + 10, parquet_time + 10))  # CSV newer: it wins
    assert run_query(run, "SELECT count(*) FROM sentences").iloc[0, 0] == 1


def test_cli_query_prints_a_table():
    result = CliRunner().invoke(
        cli,
        ["query", str(RUN_A), "SELECT label, count(*) AS n FROM sentences GROUP BY 1 ORDER BY 1"],
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["label", "n"]
    assert lines[1].split() == ["both", "1"]


def test_cli_query_saves_csv(tmp_path):
    out = tmp_path / "q.csv"
    sql = "SELECT text, -1 AS minus FROM sentences WHERE sentence_id = 0 ORDER BY doc_id"
    result = CliRunner().invoke(cli, ["query", str(RUN_A), sql, "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = _rows(out)
    assert rows[1] == ["China and Russia signed the ILRS memorandum in 2021.", "-1"]
    assert rows[2] == ["'- China rejects US export controls.", "-1"]  # safe for spreadsheets


def test_cli_query_error_exits_1():
    result = CliRunner().invoke(cli, ["query", str(RUN_A), "SELECT * FROM claims"])
    assert result.exit_code == 1
    assert "no claims.csv" in result.output
