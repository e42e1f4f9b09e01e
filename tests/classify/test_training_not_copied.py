"""No training sentence is a copy of a real document's sentence (``scripts/check_copies.py``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("check_copies", ROOT / "scripts" / "check_copies.py")
assert _spec and _spec.loader
check_copies = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_copies)

REAL = [
    "The two agencies signed a memorandum on lunar science at the congress in Milan.",
    "The rocket lifted off at dawn from the northern launch site.",
]


@pytest.mark.parametrize(
    ("own", "copied"),
    [
        ("The two agencies signed a memorandum on lunar science at the congress in Paris.", True),
        ("the two agencies signed a memorandum on lunar science at the congress in milan", True),
        ("Both agencies agreed in Milan to study the Moon together.", False),
        ("The rocket lifted off.", False),
        ("A probe reached the asteroid after a four-year cruise.", False),
    ],
)
def test_near_copies_finds_copies_with_a_word_changed_only(own, copied):
    pairs = check_copies.near_copies([("own.jsonl", 1, own)], REAL, min_ratio=0.8)
    assert bool(pairs) is copied
    if copied:
        assert pairs[0][5] == REAL[0] and pairs[0][0] >= 0.8


@pytest.mark.real_data
def test_no_shipped_training_sentence_copies_a_real_sentence(shared_dir, capsys):
    status = check_copies.main(
        ["--texts", str(shared_dir / "realcorpus"), "--min-ratio", "0.8", "--fail-at", "0.8"]
    )
    assert status == 0, "training sentences too close to real ones:\n" + capsys.readouterr().out
