"""`spaceclaims train`, `evaluate`, `suggest` and `label-issues` end to end on tiny data."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from pipeline.classify.model_io import load_model
from pipeline.cli import cli
from pipeline.nlp.masking import EntityMasker
from pipeline.schema import SENTENCE_COLUMNS, neutralize_cell

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

#: Sentences a reviewer corrected in a run's sentences.csv: (text, label the run gave, review).
REVIEWED = [
    ("Quito placed an embargo on satellite parts from Lima.", "neutral", "competition"),
    ("Lima answered with an embargo on Quito's ground stations.", "neutral", "competition"),
    ("An embargo by Bogota now stops parts bound for Caracas.", "cooperation", "competition"),
    ("-Tonga and Samoa now share a tracking dish and its data.", "neutral", "cooperation"),
]


def write_jsonl(path, examples):
    path.write_text(
        "".join(json.dumps({"text": t, "label": lab}) + "\n" for t, lab in examples),
        encoding="utf-8",
    )
    return path


def write_sentences_csv(path, rows):
    """Rows as `spaceclaims run` writes them (spreadsheet-safe cells)."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(SENTENCE_COLUMNS)
        for row in rows:
            writer.writerow([neutralize_cell(row.get(c, "")) for c in SENTENCE_COLUMNS])
    return path


def invoke(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def base(tmp_path_factory, tiny_examples):
    """A fixture annotation file and a model trained on it alone."""
    folder = tmp_path_factory.mktemp("base")
    data = write_jsonl(folder / "tiny.jsonl", tiny_examples())
    invoke("train", data, "--no-shipped", "--folds", "2", "--out", folder / "model")
    return folder


def test_review_round_trip(tmp_path, base):
    """Corrected labels written in the review column are learnt, and the card shows the data."""
    rows = [
        {"doc_id": "d1", "sentence_id": i, "text": text, "label": given, "review": review}
        for i, (text, given, review) in enumerate(REVIEWED)
    ]
    rows.append({"doc_id": "d1", "sentence_id": 9, "text": "Unreviewed row.", "label": "neutral"})
    reviewed = write_sentences_csv(tmp_path / "sentences.csv", rows)
    out = tmp_path / "retrained"
    invoke("train", base / "tiny.jsonl", reviewed, "--no-shipped", "--folds", "2", "--out", out)

    model, meta = load_model(out)
    # masked, as a run and `spaceclaims train` give the model its sentences
    texts = EntityMasker()([text for text, _, _ in REVIEWED])
    assert model.predict(texts).tolist() == [review for _, _, review in REVIEWED]
    _, old_meta = load_model(base / "model")
    assert meta["data"]["n_train"] == old_meta["data"]["n_train"] + len(REVIEWED)
    assert meta["data"]["sources"]["sentences.csv"] == len(REVIEWED)
    assert meta["version"] != old_meta["version"]
    card = (out / "README.md").read_text()
    assert f"training sentences: {meta['data']['n_train']}" in card
    assert meta["data"]["sha256"] in card
    assert "sentences.csv (4)" in card
    for needle in ("| both |", "ECE", "scikit-learn", meta["created"], meta["version"]):
        assert needle in card


def test_train_refuses_one_label(tmp_path):
    data = write_jsonl(tmp_path / "one.jsonl", [("A sentence.", "neutral"), ("B.", "neutral")])
    result = CliRunner().invoke(cli, ["train", str(data), "--no-shipped", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "at least two labels" in result.output


def test_evaluate_side_by_side_with_plots(tmp_path, base, tiny_examples):
    gold = write_jsonl(tmp_path / "gold.jsonl", tiny_examples(per_label=4))
    other = tmp_path / "other"
    invoke("train", base / "tiny.jsonl", "--no-shipped", "--folds", "2", "--design", "binary",
           "--out", other)  # fmt: skip
    out = tmp_path / "eval"
    result = invoke("evaluate", base / "model", gold, "--against", other, "--out", out)
    versions = [load_model(p)[1]["version"] for p in (base / "model", other)]
    for version in versions:
        assert version in result.output
    for needle in ("macro-F1", "cooperation head", "ECE", "Confusion matrix"):
        assert needle in result.output
    metrics = json.loads((out / "metrics.json").read_text())
    assert len(metrics) == 2
    for m in metrics.values():
        assert m["n"] == 16
        assert set(m["per_label"]) == {"cooperation", "competition", "both", "neutral"}
        assert sum(map(sum, m["confusion"]["matrix"])) == 16
    for png in ("confusion_matrix.png", "calibration.png"):
        assert (out / png).read_bytes()[:8] == PNG_MAGIC


def test_suggest_picks_uncertain_diverse_sentences_that_train_accepts(tmp_path, base):
    def row(doc, i, text, pc, pk, review=""):
        return {
            "doc_id": doc, "sentence_id": i, "text": text, "label": "neutral",
            "p_cooperation": pc, "p_competition": pk, "model_version": "m", "review": review,
        }  # fmt: skip

    rows = [
        row("a", 0, "Kenya and Japan may work together on rovers.", 0.50, 0.45),
        row("a", 1, "Kenya and Japan may work together on rovers!", 0.50, 0.40),  # duplicate
        row("a", 2, "Brazil weighs a deal with India.", 0.55, 0.40),
        row("a", 3, "Chile may block parts to Egypt.", 0.40, 0.65),
        row("b", 0, "Norway and France consider a shared orbiter.", 0.35, 0.30),
        row("b", 1, "The launch was on time.", 0.02, 0.01),
        row("c", 0, "Egypt talks with both camps.", 0.52, 0.50, review="both"),  # reviewed
    ]
    run = tmp_path / "run"
    run.mkdir()
    write_sentences_csv(run / "sentences.csv", rows)
    invoke("suggest", run, "--n", "3")
    with open(run / "review_next.csv", encoding="utf-8", newline="") as fh:
        picked = list(csv.DictReader(fh))
    assert list(picked[0]) == SENTENCE_COLUMNS
    assert [(r["doc_id"], r["sentence_id"]) for r in picked] == [("a", "0"), ("b", "0"), ("a", "2")]
    assert all(r["review"] == "" for r in picked)

    for r, label in zip(picked, ["cooperation", "cooperation", "cooperation"], strict=True):
        r["review"] = label
    filled = write_sentences_csv(tmp_path / "filled.csv", picked)
    out = tmp_path / "model"
    invoke("train", base / "tiny.jsonl", filled, "--no-shipped", "--folds", "2", "--out", out)
    assert load_model(out)[1]["data"]["sources"]["filled.csv"] == 3


def test_label_issues_finds_a_flipped_label(tmp_path, tiny_examples):
    examples = tiny_examples()
    flipped_text = examples[0][0]  # a clear cooperation sentence ...
    examples[0] = (flipped_text, "neutral")  # ... annotated as neutral
    data = write_jsonl(tmp_path / "noisy.jsonl", examples)
    out = tmp_path / "issues.csv"
    result = invoke("label-issues", data, "--folds", "3", "--out", out)
    assert flipped_text[:40] in result.output
    with open(out, encoding="utf-8", newline="") as fh:
        issues = list(csv.DictReader(fh))
    assert issues[0]["text"] == flipped_text
    assert (issues[0]["label"], issues[0]["suggested"]) == ("neutral", "cooperation")
    assert float(issues[0]["disagreement"]) > 0.3
