import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dataset.writers import CsvTable
from pipeline.schema import neutralize_cell, restore_cell


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+1 555", "'+1 555"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\tindent", "'\tindent"),
        ("\rx", "'\rx"),
        ("China signed", "China signed"),
        ("a=b", "a=b"),
        ("", ""),
        (None, ""),
        (3, "3"),
        (0.125, "0.125"),
    ],
)
def test_neutralize_cell(value, expected):
    assert neutralize_cell(value) == expected


# no deadline: tests never assert on time, and a loaded CI machine is slow
@settings(deadline=None)
@given(st.text())
def test_restore_undoes_neutralize(text):
    assert restore_cell(neutralize_cell(text)) == text


def test_csv_table_is_invisible_until_commit(tmp_path):
    path = tmp_path / "sentences.csv"
    table = CsvTable(path, ["a", "b"])
    table.write({"a": "x", "b": "=1+1"})
    assert not path.exists()
    table.commit()
    assert path.exists()
    assert not list(tmp_path.glob(".*.tmp"))
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert rows == [{"a": "x", "b": "'=1+1"}]


def test_csv_table_discard_leaves_nothing(tmp_path):
    table = CsvTable(tmp_path / "x.csv", ["a"])
    table.write({"a": 1})
    table.discard()
    assert list(tmp_path.iterdir()) == []


@settings(deadline=None)
@given(st.lists(st.tuples(st.text(), st.text()), max_size=20))
def test_csv_round_trip(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("csv") / "t.csv"
    table = CsvTable(path, ["a", "b"])
    for a, b in rows:
        table.write({"a": a, "b": b})
    table.commit()
    with open(path, encoding="utf-8", newline="") as fh:
        back = list(csv.DictReader(fh))
    assert [(restore_cell(r["a"]), restore_cell(r["b"])) for r in back] == rows
