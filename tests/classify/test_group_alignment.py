"""A delegation aligning itself with a statement made for a group is a cooperation claim
(pipeline.classify.group_alignment). The sentences are the team's own variants, masked as the
classifier reads them."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.gated_rules import apply_gated_rules
from pipeline.classify.group_alignment import aligns_with_group, raise_group_alignment


@pytest.mark.parametrize(
    "text",
    [
        "My delegation aligns itself with the statement delivered by entcountry on behalf of "
        "the entorganization.",
        "entcountry associates itself fully with the joint statement read out by entcountry.",
        "We align ourselves with the position of the African Group on this item.",
        "Allow me first to associate my delegation with the remarks made by the Chair of the "
        "Group of 77.",
        "entcountry subscribes fully to the declaration made on behalf of the entorganization.",
        "entcountry associates itself with the objection of entcountry to those reservations.",
    ],
)
def test_alignment(text: str) -> None:
    assert aligns_with_group(text)


@pytest.mark.parametrize(
    "text",
    [
        # aligned with a plan or a thing, not with a statement
        "The new budget is aligned with the plan the ministry adopted in entdate.",
        "The orbit of the probe is aligned with the station's orbit.",
        # a statement made, with no alignment
        "entcountry made a statement on behalf of the entorganization.",
        # subscribing to a journal or a service
        "The agency subscribes to the data service of a private firm.",
    ],
)
def test_no_alignment(text: str) -> None:
    assert not aligns_with_group(text)


def test_lift_and_competition_reading_kept() -> None:
    texts = ["entcountry aligns itself with the statement made by entcountry."] * 2
    probs = np.array([[0.2, 0.1], [0.2, 0.9]])
    out = raise_group_alignment(texts, probs, 0.5, 0.7)
    assert out[0, 0] > 0.5 and out[0, 1] == pytest.approx(0.1)
    assert out[1].tolist() == pytest.approx([0.2, 0.9])
    gated = apply_gated_rules(texts[:1], probs[:1], 0.5, 0.7)
    assert gated[0, 0] > 0.5
