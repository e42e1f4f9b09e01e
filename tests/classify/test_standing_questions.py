"""A short question that only asks where a side stands is no claim
(pipeline.classify.standing_questions). The sentences are the team's own variants of the form,
masked as the classifier reads them."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.competition_rule import cap_competition, no_competition_relation
from pipeline.classify.standing_questions import asks_standing


@pytest.mark.parametrize(
    "text",
    [
        "Where does all this leave entcountry?",
        "So where does that leave the smaller agencies?",
        "Where does entcountry fit in this picture?",
        "And entorganization, where does it stand?",
        "Where would entcountry sit?",
        "What is entagency's response?",
        "What was the minister's answer?",
        "What is the government's position now?",
    ],
)
def test_asks_standing(text):
    assert asks_standing(text)
    assert no_competition_relation(text)


@pytest.mark.parametrize(
    "text",
    [
        # a question about a relation of its own
        "Where does that leave our partnership with entcountry?",
        "What is entcountry's response to the threat?",
        "Where does entcountry stand in the race to the pole?",
        "Which side does entcountry choose?",
        # not a question, or a long one
        "That leaves entcountry where it stood in entdate.",
        "Where does the committee think the money for the second lander, the relay and the "
        "new ground segment will come from?",
        # a question of another kind
        "Would entcountry agree?",
        "Is there any room for working with entcountry?",
    ],
)  # fmt: skip
def test_does_not_ask_standing(text):
    assert not asks_standing(text)


def test_cap_lowers_the_competition_head_only():
    probs = np.array([[0.2, 0.9], [0.2, 0.9]])
    out = cap_competition(["Where does entcountry fit?", "Would entcountry agree?"], probs, 0.7)
    assert out[0, 1] < 0.7 and out[0, 0] == 0.2
    assert out[1, 1] == 0.9
