"""A joint body's or a dialogue's next meeting, scheduled, is a cooperation claim
(pipeline.classify.joint_meetings). The sentences are the team's own variants, masked as the
classifier reads them."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.gated_rules import apply_gated_rules
from pipeline.classify.joint_meetings import raise_joint_meetings, schedules_joint_meeting


@pytest.mark.parametrize(
    "text",
    [
        "The second session of the joint committee will be held in Nairobi in entdate.",
        "Both sides agreed that the next meeting of the working group would take place in Lima.",
        "The Board will meet twice a year, in turn in each of the three countries, and its first "
        "meeting is planned for entdate.",
        "An entprogram partners' workshop is scheduled for September in Harbin.",
        "The ministers noted that the fifth entorganization would be held in Seoul next spring.",
        "Their first round of talks with the entagency team is expected in May.",
        "The bilateral consultations are to be held in Canberra before the end of the year.",
    ],
)
def test_joint_meeting(text: str) -> None:
    assert schedules_joint_meeting(text)


@pytest.mark.parametrize(
    "text",
    [
        # a domestic meeting, a hearing, a launch or a review: no sides
        "Its first meeting is scheduled for November.",
        "A further hearing on orbital debris is scheduled for Thursday.",
        "The first launch is planned for the second half of entdate.",
        "The critical design review is planned for March, and delivery for the autumn.",
        # a joint body named, nothing scheduled
        "The joint commission reviewed the progress of the six projects.",
        # a meeting held in the past
        "The working group met in Oslo in entdate and agreed on a work plan.",
    ],
)
def test_no_joint_meeting(text: str) -> None:
    assert not schedules_joint_meeting(text)


def test_lift() -> None:
    texts = [
        "The third session of the joint commission will be held in Rome.",
        "Its first meeting is scheduled for November.",
    ]
    out = raise_joint_meetings(texts, np.array([[0.05, 0.3], [0.05, 0.3]]), 0.5)
    assert out[0, 0] > 0.5 and out[0, 1] == pytest.approx(0.3)
    assert out[1].tolist() == pytest.approx([0.05, 0.3])
    assert apply_gated_rules(texts[:1], np.array([[0.05, 0.3]]), 0.5)[0, 0] > 0.5
