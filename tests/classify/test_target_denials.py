"""A target denied, read by its subject (pipeline.classify.target_denials; annotation guide,
decision of the nineteenth round): a measure of one actor whose target is denied is a
competition claim, negated; a relation whose target is denied stays cooperation. The sentences
are the team's own variants, masked as the classifier reads them."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.competition_rule import no_competition_relation
from pipeline.classify.denied_target import is_denied_target_relation
from pipeline.classify.predictor import heads_to_label
from pipeline.classify.rivalry_rule import raise_competition, rivalry_forms
from pipeline.classify.target_denials import denies_hostility


@pytest.mark.parametrize(
    "text",
    [
        "Our new export rule is not aimed at any country.",
        "The ministry said the naval drills were not directed against any third country.",
        "The Commission insists that the regulation is not targeted at any partner.",
        "The test of the interceptor was not directed at anyone, officials said.",
        "entprogram is not directed against any third party.",
    ],
)
def test_a_measure_with_a_denied_target_disavows_hostility(text: str) -> None:
    assert denies_hostility(text)
    assert "disavowed" in rivalry_forms(text)
    assert not no_competition_relation(text)
    probs = raise_competition([text], np.array([[0.1, 0.2]]), (0.5, 0.7), bar=0.6)
    assert heads_to_label(probs[0, 0] >= 0.5, probs[0, 1] >= 0.7) == "competition"


@pytest.mark.parametrize(
    "text",
    [
        # a relation whose target is denied: cooperation (the lift of denied_target)
        "Our partnership with entcountry is not aimed at any country.",
        "Cooperation under this policy is not directed against any State.",
        "The minister said the new law on joint launches with entcountry is part of a "
        "partnership that is not directed against anyone.",
        # no measure named before the formula
        "They said it was not directed against any third party.",
        # no formula
        "The act bans the export of launch hardware to entcountry.",
    ],
)  # fmt: skip
def test_other_denials_are_not_disavowals(text: str) -> None:
    assert not denies_hostility(text)


def test_a_relation_with_a_denied_target_is_still_lifted() -> None:
    assert is_denied_target_relation("Our partnership with entcountry is not aimed at any country.")
