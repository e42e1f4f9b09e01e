"""The third fresh structure set (``corpus/real/structure_fresh3_dev.jsonl``, issue 17)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.classify.standoff import load_standoff

REAL = Path(__file__).resolve().parents[2] / "corpus" / "real"
FRESH3 = REAL / "structure_fresh3_dev.jsonl"


@pytest.mark.real_data
def test_the_third_fresh_structure_set_is_dev_only_and_outside_every_other_set(shared_dir):
    """Claim sentences of dev documents only (``--fresh3`` of scripts/score_modality_fresh.py
    and scripts/score_parties_fresh.py), each with a modality, overlapping no sentence of the
    gold set, the annotators' files or any other fresh set."""
    texts = shared_dir / "realcorpus"
    fresh = load_standoff(FRESH3, texts_dir=texts)
    gold = load_standoff(REAL / "annotations.jsonl", texts_dir=texts)
    test_files = {g.file for g in gold if g.split == "test"}
    assert len(fresh) >= 120
    assert all(r.split == "dev" and r.file not in test_files for r in fresh)
    assert all(r.label != "neutral" and r.modality for r in fresh)
    assert sum(bool(r.parties) for r in fresh) >= len(fresh) - 2
    taken = set()
    for path in REAL.glob("*.jsonl"):
        if path == FRESH3:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                taken.add((rec["file"], rec["start"], rec["end"]))
    for r in fresh:
        assert not any(f == r.file and s < r.end and r.start < e for f, s, e in taken), r.key
