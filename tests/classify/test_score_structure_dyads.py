"""The structure scorer counts as gold dyads only the pairs claims.csv can hold.

The guide makes a state and its own agency one side of a claim ("A state and its own agency"):
a sentence that names both in their own right has both as parties, but the contract's
claims.csv never pairs them, so the scorer must not count that pair as a dyad the pipeline
missed (twenty-first round's decision)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pipeline.classify.standoff import Mention, RealSentence

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "score_structure", ROOT / "scripts" / "score_structure.py"
)
assert _spec and _spec.loader
score_structure = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_structure)


def _sentence(text: str, mentions: list[tuple[str, str, str]], parties: list[str]):
    found = []
    for words, actor, kind in mentions:
        start = text.index(words)
        found.append(Mention(start, start + len(words), actor, kind))
    return RealSentence(
        file="team.txt",
        start=0,
        end=len(text),
        text=text,
        split="dev",
        register="paper",
        label="cooperation",
        parties=tuple(parties),
        actors=tuple(found),
    )


@pytest.fixture(scope="module")
def homes():
    return score_structure.HomeStates()


CASES = [
    (
        "Korea joined the Accords in 2021, and KASA now carries out the country's part of them.",
        [("Korea", "South Korea", "country"), ("KASA", "KASA", "agency")],
        ["South Korea", "KASA"],
        set(),
    ),
    (
        "The United States restricts exports to China, and NASA may not work with Chinese bodies.",
        [
            ("United States", "United States", "country"),
            ("China", "China", "country"),
            ("NASA", "NASA", "agency"),
        ],
        ["United States", "China", "NASA"],
        {("China", "United States"), ("China", "NASA")},
    ),
    (
        "Japan will train Thai candidates, and GISTDA will host ground stations for Japanese missions.",
        [
            ("Japan", "Japan", "country"),
            ("Thai", "Thailand", "country"),
            ("GISTDA", "GISTDA", "agency"),
        ],
        ["Japan", "Thailand", "GISTDA"],
        {("Japan", "Thailand"), ("GISTDA", "Japan")},
    ),
    # negative cases: agencies of two states, two states, a state and a foreign agency
    (
        "NASA and ISRO agreed to study a joint lunar payload.",
        [("NASA", "NASA", "agency"), ("ISRO", "ISRO", "agency")],
        ["NASA", "ISRO"],
        {("ISRO", "NASA")},
    ),
    (
        "Brazil invited KASA to the workshop.",
        [("Brazil", "Brazil", "country"), ("KASA", "KASA", "agency")],
        ["Brazil", "KASA"],
        {("Brazil", "KASA")},
    ),
    (
        "France and Indonesia will coordinate their positions.",
        [("France", "France", "country"), ("Indonesia", "Indonesia", "country")],
        ["France", "Indonesia"],
        {("France", "Indonesia")},
    ),
]


@pytest.mark.parametrize("text, mentions, parties, expected", CASES)
def test_a_state_and_its_own_body_are_no_dyad(homes, text, mentions, parties, expected):
    g = _sentence(text, mentions, parties)
    got = score_structure.gold_dyads(g, set(parties), score_structure._as_written, homes)
    assert got == expected


def test_without_home_states_every_pair_counts():
    g = _sentence(
        "Korea joined, and KASA acts.", [("KASA", "KASA", "agency")], ["South Korea", "KASA"]
    )
    got = score_structure.gold_dyads(g, {"South Korea", "KASA"}, score_structure._as_written, None)
    assert got == {("KASA", "South Korea")}


def test_the_dyad_count_drops_the_own_pair(homes):
    """``score`` counts a state-and-agency pair neither as found nor as missed."""
    g = _sentence(
        "Korea joined the Accords, and KASA now works with NASA.",
        [
            ("Korea", "South Korea", "country"),
            ("KASA", "KASA", "agency"),
            ("NASA", "NASA", "agency"),
        ],
        ["South Korea", "KASA", "NASA"],
    )
    row = {
        "label": "cooperation",
        "parties": "South Korea; KASA; NASA",
        "modality": "asserted",
        "dyads": {("KASA", "NASA"), ("NASA", "South Korea")},
    }
    results, _ = score_structure.score([g], {g.key: row}, score_structure._as_written, homes)
    c = results["all"]
    assert (c["d_tp"], c["d_fp"], c["d_fn"]) == (2, 0, 0)
    results, _ = score_structure.score([g], {g.key: row}, score_structure._as_written)
    c = results["all"]
    assert (c["d_tp"], c["d_fp"], c["d_fn"]) == (2, 0, 1)
