"""The command line: every command has help; `run` honours the contract end to end."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpus" / "samples"
CONTRACT_COLUMNS = {
    "documents.csv": "doc_id source sha256 format title authors journal year doi pages "
    "n_sentences status error",
    "sentences.csv": "doc_id sentence_id section page text label p_cooperation p_competition "
    "actors dates model_version review",
    "actors.csv": "doc_id sentence_id mention actor actor_type country start end",
    "dates.csv": "doc_id sentence_id mention value start_date end_date granularity start end",
}
LABELS = {"cooperation", "competition", "both", "neutral"}
INTERFACE = re.compile(
    r"Access through your organization|Get rights and content|View full text|Check access|"
    r"Section snippets|Cited by \(|References \(|View PDF|Download PDF|Recommended articles|"
    r"Declaration of competing interest|Author statement",
    re.I,
)
GLUED_MARKER = re.compile(r"[a-z][.,;:)]\d{1,3}(?=\s|$)|[a-z]{3,}\d{1,3}(?=\s[a-z])")


def test_every_command_has_help():
    runner = CliRunner()
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help and len(command.help.split()) > 5, f"{name} needs a docstring"
        assert "Example" in command.help, f"{name} help needs examples"


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT
    )


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    proc = run_cli("run", str(SAMPLES), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    return out, proc


def test_run_writes_the_contract(sample_run):
    out, proc = sample_run
    for name, columns in CONTRACT_COLUMNS.items():
        with open(out / name, encoding="utf-8", newline="") as fh:
            header = next(csv.reader(fh))
        assert header[: len(columns.split())] == columns.split(), name
    docs = read(out / "documents.csv")
    sentences = read(out / "sentences.csv")
    assert len(docs) >= 6
    assert {d["format"] for d in docs} >= {"pdf", "txt", "md", "html", "docx"}
    assert all(d["status"] == "ok" for d in docs)
    assert "documents" in proc.stderr and "sentences" in proc.stderr
    by_doc: dict[str, list[dict]] = {}
    for row in sentences:
        by_doc.setdefault(row["doc_id"], []).append(row)
        assert row["label"] in LABELS
        for p in ("p_cooperation", "p_competition"):
            assert 0.0 <= float(row[p]) <= 1.0
            assert re.fullmatch(r"\d\.\d{3}", row[p])
        assert row["model_version"]
        assert row["review"] == ""
    for d in docs:
        rows = by_doc.get(d["doc_id"], [])
        assert int(d["n_sentences"]) == len(rows) > 0
        assert [int(r["sentence_id"]) for r in rows] == list(range(len(rows)))
        assert re.fullmatch(r"[0-9a-f]{12}", d["doc_id"]) and d["sha256"].startswith(d["doc_id"])
        if d["format"] == "pdf":
            assert all(r["page"].isdigit() for r in rows)
            assert int(d["pages"]) >= 1


def test_run_sentences_are_clean_prose(sample_run):
    out, _ = sample_run
    for row in read(out / "sentences.csv"):
        text = row["text"]
        assert not INTERFACE.search(text), text
        assert not GLUED_MARKER.search(text), text
        assert "  " not in text and "\n" not in text
        assert text != row["section"]


def test_run_offsets_index_the_sentence(sample_run):
    out, _ = sample_run
    sentences = {(r["doc_id"], r["sentence_id"]): r["text"] for r in read(out / "sentences.csv")}
    for name in ("actors.csv", "dates.csv"):
        rows = read(out / name)
        assert rows, name
        for row in rows:
            text = sentences[(row["doc_id"], row["sentence_id"])]
            assert text[int(row["start"]) : int(row["end"])] == row["mention"]


def test_run_finds_metadata(sample_run):
    out, _ = sample_run
    docs = read(out / "documents.csv")
    with_title = [d for d in docs if d["title"]]
    assert len(with_title) >= 4
    assert any(d["doi"].startswith("10.") for d in docs)
    assert any(d["journal"] for d in docs)
    assert any(d["year"].isdigit() for d in docs)


def test_ids_are_stable_across_runs(sample_run, tmp_path):
    out, _ = sample_run
    proc = run_cli("run", str(SAMPLES), "--out", str(tmp_path))
    assert proc.returncode == 0
    assert (tmp_path / "sentences.csv").read_bytes() == (out / "sentences.csv").read_bytes()
    assert [d["doc_id"] for d in read(tmp_path / "documents.csv")] == [
        d["doc_id"] for d in read(out / "documents.csv")
    ]


@pytest.mark.parametrize(
    ("files", "code"),
    [
        ({"good.txt": "China and Russia agreed to build a lunar station together."}, 0),
        ({"good.txt": "NASA and ESA will share data.", "bad.pdf": "not a pdf"}, 3),
        ({"empty.txt": ""}, 1),
    ],
)
def test_exit_codes(tmp_path, files, code):
    for name, content in files.items():
        (tmp_path / name).write_text(content)
    proc = run_cli("run", str(tmp_path), "--out", str(tmp_path / "out"))
    assert proc.returncode == code, proc.stderr
    docs = read(tmp_path / "out" / "documents.csv")
    assert len(docs) == len(files)
    for d in docs:
        assert (d["status"] == "error") == bool(d["error"])
        assert "\n" not in d["error"]


def test_usage_error_exit_code(tmp_path):
    assert run_cli("run", str(tmp_path / "missing"), "--out", str(tmp_path)).returncode == 2


def test_run_writes_parquet_beside_the_csvs(tmp_path):
    import pandas as pd

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "NASA and ESA signed an agreement in March 2021 to share lunar data. "
        "Beijing condemned the new export controls."
    )
    out = tmp_path / "out"
    proc = run_cli("run", str(tmp_path / "in"), "--out", str(out), "--format", "parquet")
    assert proc.returncode == 0, proc.stderr
    for name in ("documents", "sentences", "actors", "dates"):
        csv_rows = read(out / f"{name}.csv")
        table = pd.read_parquet(out / f"{name}.parquet")
        assert len(table) == len(csv_rows) > 0, name
    sentences = pd.read_parquet(out / "sentences.parquet")
    assert list(sentences["text"]) == [r["text"] for r in read(out / "sentences.csv")]


def test_run_reads_documents_as_of_the_day_given(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "wire.txt").write_text(
        "Agencies agree on lunar data\n\nNAIROBI, May 4, 2029 - Kenya and Japan signed a pact "
        "on Monday to share lunar data.\n"
    )
    proc = run_cli(
        "run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--today", "2029-12-31"
    )
    assert proc.returncode == 0, proc.stderr
    [document] = read(tmp_path / "out" / "documents.csv")
    assert (document["date"], document["date_basis"]) == ("2029-05-04", "dateline")
    assert "2029-04-30" in [d["value"] for d in read(tmp_path / "out" / "dates.csv")]


@pytest.mark.parametrize("value", ["2029", "2029-02-30", "next week"])
def test_run_rejects_a_malformed_today(tmp_path, value):
    (tmp_path / "a.txt").write_text("NASA and ESA signed an agreement.")
    result = CliRunner().invoke(
        cli, ["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--today", value]
    )
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output
    assert not (tmp_path / "out" / "documents.csv").exists()
