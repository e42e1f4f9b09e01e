"""``scripts/score_offdomain_claims.py`` counts claim labels of a run (issue 12, off-domain)."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "score_offdomain_claims", ROOT / "scripts" / "score_offdomain_claims.py"
)
assert _spec and _spec.loader
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

ROWS = [
    {"doc_id": "a", "label": "neutral", "p_cooperation": "0.1", "p_competition": "0.1",
     "text": "Loop diagrams contribute at higher order."},
    {"doc_id": "a", "label": "cooperation", "p_cooperation": "0.8", "p_competition": "0.1",
     "text": "The training data were shared."},
    {"doc_id": "b", "label": "both", "p_cooperation": "0.8", "p_competition": "0.8",
     "text": "Two modes compete and cooperate."},
    {"doc_id": "b", "label": "neutral", "p_cooperation": "0.2", "p_competition": "0.3",
     "text": "The spectrum is flat."},
]  # fmt: skip


def test_count_claims_counts_claim_labels_only():
    n, labels, docs = score.count_claims(ROWS)
    assert n == 4
    assert dict(labels) == {"cooperation": 1, "both": 1}
    assert dict(docs) == {"a": 1, "b": 1}
    assert score.count_claims(ROWS[::3])[1].total() == 0  # neutral rows only: no claim


def test_sentences_mode_reports_per_thousand(tmp_path, capsys):
    path = tmp_path / "sentences.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(ROWS[0]))
        writer.writeheader()
        writer.writerows(ROWS)
    assert score.main(["--sentences", str(path), "--list"]) == 0
    out = capsys.readouterr().out
    assert "4 sentences, 2 claims = 500.0 per 1,000" in out
    assert "The training data were shared." in out
    assert "The spectrum is flat." not in out
