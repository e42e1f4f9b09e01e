"""Thanks for hospitality and nothing more are neutral (pipeline.classify.courtesy_lines). The
sentences are the team's own variants of the form."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.courtesy_lines import cap_courtesy_lines, is_courtesy_line

COURTESY = [
    "The President of entcountry thanked the King of entcountry for the generous hospitality "
    "extended to her and her delegation.",
    "Allow me to begin by thanking you and the people of Nairobi for the warm welcome.",
    "The visiting minister expressed his gratitude to his host for the kind reception in Seoul.",
    "We are grateful to the Government of entcountry for its hospitality during our stay.",
]

LEFT_TO_THE_HEADS = [
    # the thanks and a relation beside them
    "The minister thanked entcountry for its hospitality and said the two agencies would "
    "build the instrument together.",
    "The leaders thanked the hosts for their welcome and for the support of their agency to the "
    "joint observatory.",
    "entperson invited her counterpart to Brasília next year, and he thanked her for the warm "
    "hospitality.",
    # thanks for something else than hospitality
    "We thank entagency for the data it shared during the floods.",
    # no thanks
    "The delegation received a warm welcome at the launch site.",
]


@pytest.mark.parametrize("text", COURTESY)
def test_courtesy_lines_are_recognised(text: str) -> None:
    assert is_courtesy_line(text)


@pytest.mark.parametrize("text", LEFT_TO_THE_HEADS)
def test_other_lines_are_left_to_the_heads(text: str) -> None:
    assert not is_courtesy_line(text)


def test_only_the_cooperation_head_is_capped() -> None:
    texts = [COURTESY[0], LEFT_TO_THE_HEADS[0]]
    probs = np.array([[0.90, 0.20], [0.90, 0.20]])
    out = cap_courtesy_lines(texts, probs, 0.5)
    assert out[0, 0] < 0.5 and out[0, 1] == pytest.approx(0.20)
    assert out[1].tolist() == pytest.approx([0.90, 0.20])
