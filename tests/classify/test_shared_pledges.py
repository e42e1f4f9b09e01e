"""A pledge of restraint that others share, follow or are asked to join is a cooperation claim
(pipeline.classify.shared_pledges; annotation guide, decisions of the eighteenth and nineteenth
rounds). The sentences are the team's own variants, masked as the classifier reads them."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.gated_rules import apply_gated_rules
from pipeline.classify.shared_pledges import is_shared_pledge, raise_shared_pledges


@pytest.mark.parametrize(
    "text",
    [
        # the same pledge made or given by others
        "Since then some twenty states have made the same commitment.",
        "entcountry said it would give the same pledge at the next session.",
        # pledges of a kind others announced
        "Notes with appreciation the pledges of this kind made by a growing number of States;",
        # supported, joined, endorsed or welcomed
        "Will the minister support the pledge to forgo destructive missile tests?",
        "entcountry joined the moratorium on destructive tests in entdate.",
        "The council welcomed the commitment not to test missiles against satellites.",
        # others asked to follow or join
        "entcountry pledged never to test such weapons and urged other states to follow.",
        "The minister renounced the tests and invited others to do the same.",
        # a restraint made following a side
        "entcountry declared that it would conduct no destructive tests, following entcountry.",
    ],
)
def test_shared_pledge(text: str) -> None:
    assert is_shared_pledge(text)


@pytest.mark.parametrize(
    "text",
    [
        # a pledge of the actor's own restraint alone: the competition rule's case
        "entcountry pledged never to conduct a destructive test of that kind.",
        "entcountry will not test such weapons, in line with the pledge its government made.",
        # the same commitment held, not made; a kind of thing that is no pledge
        "We have the same commitment to science and to open data.",
        "Tests of this kind are rare in the early phase of a mission.",
        # following a side's test, not its pledge
        "Debris spread quickly following the entcountry test of entdate.",
        # following a side with no restraint
        "The delegation arrived in Geneva following entcountry's proposal.",
    ],
)
def test_not_shared_pledge(text: str) -> None:
    assert not is_shared_pledge(text)


def test_only_the_cooperation_head_is_raised() -> None:
    texts = [
        "Ten states have since made the same commitment.",
        "entcountry pledged never to test such weapons.",
    ]
    out = raise_shared_pledges(texts, np.array([[0.1, 0.69], [0.1, 0.69]]), 0.5)
    assert out[0, 0] > 0.5 and out[0, 1] == pytest.approx(0.69)
    assert out[1].tolist() == pytest.approx([0.1, 0.69])


def test_in_the_gated_rules() -> None:
    out = apply_gated_rules(["Ten states have since made the same commitment."],
                            np.array([[0.1, 0.2]]), 0.5)  # fmt: skip
    assert out[0, 0] > 0.5
