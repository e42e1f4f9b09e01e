"""The own-words probe sets stay out of the training data and are scorable by
``scripts/score_probe.py`` (a probe that leaks into ``corpus/annotations`` measures nothing)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.schema import LABELS

ROOT = Path(__file__).resolve().parents[2]
PROBES = ROOT / "corpus" / "probes"
CHECKLIST = PROBES / "claims13_checklist.jsonl"
TRAINING13 = PROBES / "claims13_training_sentences.jsonl"

_spec = importlib.util.spec_from_file_location("score_probe", ROOT / "scripts" / "score_probe.py")
assert _spec and _spec.loader
score_probe = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_probe)


def _texts(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def _training_texts() -> set[str]:
    return {t for f in sorted((ROOT / "corpus" / "annotations").glob("*.jsonl")) for t in _texts(f)}


@pytest.mark.parametrize("path", [CHECKLIST, TRAINING13], ids=lambda p: p.name)
def test_probe_records_are_labelled_and_unique(path):
    records = score_probe.read_probe(path)
    assert records
    assert all(r["label"] in LABELS and r["text"].strip() for r in records)
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts)


def test_probes_are_not_training_sentences_nor_each_other():
    training = _training_texts()
    checklist = set(_texts(CHECKLIST))
    assert not checklist & training
    assert not set(_texts(TRAINING13)) & training
    # the blind table was written apart from the sentences tried as training data
    assert not checklist & set(_texts(TRAINING13))


def test_checklist_kinds_hold_one_gold_label_each():
    labels_of: dict[str, set[str]] = {}
    for r in score_probe.read_probe(CHECKLIST):
        labels_of.setdefault(r["kind"], set()).add(r["label"])
    assert all(len(labels) == 1 for labels in labels_of.values()), labels_of
    assert {"competition", "both", "neutral", "cooperation"} <= set().union(*labels_of.values())


def test_score_probe_scores_the_checklist_per_kind(capsys):
    assert score_probe.main([str(ROOT / "models" / "claims"), "--probe", str(CHECKLIST)]) == 0
    out = capsys.readouterr().out
    for kind in ("partners_vs_third", "exclusion", "false_friend_debris", "coop_pair"):
        assert f"| {kind} |" in out
    assert "`both`:" in out and "macro-F1" in out
