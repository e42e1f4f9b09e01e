"""The blind whole-document sets (``corpus/blind``) stay consistent with their documents.

Each set's ``annotations.jsonl`` is written from its ``marks.jsonl`` by
``scripts/blind_records.py``; a document edited after marking, or marks edited without
rewriting the records, would make the set measure other text than was marked.
"""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.classify.standoff import load_standoff

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "corpus" / "blind"
SETS = sorted(p.parent for p in BLIND.glob("*/marks.jsonl"))

_spec = importlib.util.spec_from_file_location(
    "blind_records", ROOT / "scripts" / "blind_records.py"
)
assert _spec and _spec.loader
blind_records = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(blind_records)


def test_there_are_blind_sets():
    assert SETS, f"no blind set (a folder with marks.jsonl) under {BLIND}"


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_records_are_the_marks_resolved(folder: Path):
    written = [
        json.loads(line)
        for line in (folder / "annotations.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert written == blind_records.convert(folder), (
        f"{folder}/annotations.jsonl is stale: run scripts/blind_records.py {folder}"
    )


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_document_is_marked_and_listed(folder: Path):
    records = load_standoff(folder / "annotations.jsonl", texts_dir=folder)
    with open(folder / "MANIFEST.tsv", encoding="utf-8") as fh:
        manifest = {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}
    documents = {
        p.name for p in folder.iterdir() if p.suffix in {".txt", ".md", ".html", ".htm", ".docx"}
    }
    documents.discard("README.md")
    marked = {r.file for r in records}
    assert marked == documents, "every document of the set is marked, and only those"
    assert marked <= manifest.keys(), "every marked document has a MANIFEST.tsv row"
    for name in marked:
        assert manifest[name]["register"] and manifest[name]["year"].isdigit(), name
    assert {r.split for r in records} <= {"dev", "test"}


_score_spec = importlib.util.spec_from_file_location(
    "score_blind", ROOT / "scripts" / "score_blind.py"
)
assert _score_spec and _score_spec.loader
score_blind = importlib.util.module_from_spec(_score_spec)
_score_spec.loader.exec_module(score_blind)


def test_the_pooled_folder_holds_every_set(tmp_path: Path):
    pooled = score_blind.pool_sets(SETS, tmp_path)
    records = load_standoff(pooled / "annotations.jsonl", texts_dir=pooled)
    each = [load_standoff(f / "annotations.jsonl", texts_dir=f) for f in SETS]
    assert len(records) == sum(len(r) for r in each)
    with open(pooled / "MANIFEST.tsv", encoding="utf-8") as fh:
        listed = {row["file"] for row in csv.DictReader(fh, delimiter="\t")}
    assert {r.file for r in records} <= listed
    assert score_blind.splits_of(pooled) == set().union(*(score_blind.splits_of(f) for f in SETS))


def test_two_sets_with_one_file_name_cannot_be_pooled(tmp_path: Path):
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "same.txt").write_text("A sentence.\n", encoding="utf-8")
        (folder / "annotations.jsonl").write_text("", encoding="utf-8")
        (folder / "MANIFEST.tsv").write_text("file\tyear\n", encoding="utf-8")
    out = tmp_path / "pooled"
    out.mkdir()
    with pytest.raises(SystemExit, match="same.txt"):
        score_blind.pool_sets([tmp_path / "one", tmp_path / "two"], out)
