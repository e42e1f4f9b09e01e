"""A relation whose target is denied is a cooperation claim (pipeline.classify.denied_target;
annotation guide, modality table: "a denied target ... not negated", the relation stands)."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.denied_target import (
    is_choice_not_asked,
    is_denied_target_relation,
    raise_denied_target,
)

DENIED_TARGET_BONDS = [
    # joint statements and readouts
    "The two ministers stressed that their space partnership is not directed against any third "
    "country.",
    "entcountry said its work with entcountry on ground stations would go on and was not aimed "
    "at any other state.",
    "Both sides underlined that the new dialogue is not targeted at any third party.",
    # news
    "Officials added that the signature was not directed against anyone.",
    "The spokesman said the tracking arrangement with entcountry was not aimed at any country.",
    # agreements and policies
    "This Framework is not directed against any State, and the Members remain free to work with "
    "other partners.",
    "Collaboration under this Plan is not targeted at any third country.",
    # speeches and papers
    "Our friendship with entcountry in orbit is not an act against anyone.",
    "The consortium does not seek to exclude any country and remains open to new members.",
    "The authors find that the ties between the two agencies were never aimed at any third party.",
    # taking part as the bond
    "The minister said our part in the station programme is not directed against any country.",
    "entcountry's participation in the relay network is not aimed at any third party.",
]

CHOICES_NOT_ASKED = [
    "We will never ask our partners to choose.",
    "The union does not ask its members to pick one station programme over the other.",
    "Our agency would not require anyone to take sides between the two coalitions.",
    "entagency does not ask any partner to give up one programme for another.",
]

CHOICES_LEFT_TO_THE_HEADS = [
    # a cost denied, not a choice between sides
    "The scheme would not require either agency to give up its own standards.",
    # a pressure or a rivalry named beside the denial
    "entcountry does not ask partners to choose, but entcountry presses them to take sides.",
    "We will never ask you to choose, yet the race with entcountry is real.",
    # a choice asked, not denied
    "entcountry has asked its partners to choose between the two programmes.",
]

LEFT_TO_THE_HEADS = [
    # no relation beside the formula: a law, drills, a test
    "The act is not aimed at any partner, the Commission replied.",
    "The drills are not directed against any third country, the ministry said.",
    "The test of the new interceptor was not directed at anyone.",
    # a rivalry kept beside the denial
    "The programme is not directed against any third party and does not seek to compete with "
    "other initiatives.",
    "The alliance is not directed against any country, but it will counter every threat to its "
    "satellites.",
    "Their partnership is not aimed at any third country, yet both want to stay ahead of "
    "entcountry in orbit.",
    # a target named, not denied
    "The new partnership is directed against entcountry, analysts say.",
    "Their cooperation is aimed at countering entcountry in orbit.",
    # no denial at all
    "The two agencies signed a partnership on lunar relays.",
]


@pytest.mark.parametrize("text", DENIED_TARGET_BONDS)
def test_a_bond_with_a_denied_target_is_recognised(text: str) -> None:
    assert is_denied_target_relation(text)


@pytest.mark.parametrize("text", LEFT_TO_THE_HEADS)
def test_other_sentences_are_left_to_the_heads(text: str) -> None:
    assert not is_denied_target_relation(text)


@pytest.mark.parametrize("text", CHOICES_NOT_ASKED)
def test_a_choice_not_asked_is_recognised_and_lifted(text: str) -> None:
    assert is_choice_not_asked(text)
    out = raise_denied_target([text], np.array([[0.05, 0.10]]), 0.5)
    assert out[0, 0] > 0.5 and out[0, 1] == pytest.approx(0.10)


@pytest.mark.parametrize("text", CHOICES_LEFT_TO_THE_HEADS)
def test_other_choices_are_left_to_the_heads(text: str) -> None:
    assert not is_choice_not_asked(text)


def test_only_the_cooperation_head_of_a_denied_target_is_raised() -> None:
    texts = [DENIED_TARGET_BONDS[0], LEFT_TO_THE_HEADS[0], DENIED_TARGET_BONDS[1]]
    probs = np.array([[0.20, 0.40], [0.20, 0.40], [0.90, 0.10]])
    out = raise_denied_target(texts, probs, 0.55)
    assert out[0, 0] == pytest.approx(0.60)  # raised just over the threshold
    assert out[0, 1] == pytest.approx(0.40)  # the competition head is not touched
    assert out[1].tolist() == [0.20, 0.40]  # no relation: unchanged
    assert out[2, 0] == pytest.approx(0.90)  # a higher head is kept
    assert probs[0, 0] == pytest.approx(0.20)  # the input is not changed


def test_the_shipped_model_calls_a_denied_target_bond_cooperation() -> None:
    from pipeline.classify.predictor import load_predictor

    loaded = load_predictor("models/claims")
    assert loaded is not None
    model = loaded[0]
    texts = [
        "entcountry officials said the signature was not directed against any country.",
        "entcountry said its cooperation with entcountry would continue and was not directed "
        "against any other country.",
    ]
    assert list(model.predict(texts)) == ["cooperation", "cooperation"]
