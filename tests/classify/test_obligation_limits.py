"""An instrument's limit on what it obliges its parties to do is neutral
(pipeline.classify.obligation_limits; the guide's round-20 decision). The sentences are the
team's own variants of the form, with negative cases: saving clauses, duties, reports from
outside the instrument, a limit with a duty beside it."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.obligation_limits import cap_obligation_limits, is_obligation_limit

LIMITS = [
    "Nothing in this Arrangement shall oblige either Agency to share its flight software.",
    "Nothing in entagreement shall require a Participant to disclose data protected by its laws.",
    "Nothing in these Terms of Reference shall be construed as obliging either Agency to fund a "
    "project.",
    "4.2 Nothing in this Memorandum obliges a Participant to buy services from another.",
    "The Parties are not obliged to exchange goods whose export their laws control.",
    "Each Participant shall not be required to release data before its own scientists have "
    "used them.",
    "Neither Party shall be obliged to accept a payload it has not reviewed.",
    "This Letter of Intent does not create any legally binding obligations.",
    "entagreement does not create rights or obligations under international law.",
]

LEFT_TO_THE_HEADS = [
    # saving clauses keep a cooperation open (round 19): cooperation
    "Nothing in this Agreement shall prevent either Party from working with other partners.",
    "Nothing in this Memorandum shall restrict either Agency's work with third parties.",
    # duties, not limits
    "Each Party is required to inform the other of any launch that could affect the station.",
    "The Parties are bound to settle their differences through consultations.",
    "The Parties shall exchange the data required to operate the antenna.",
    # a limit with a duty beside it
    "Nothing in this Arrangement shall oblige either Agency to share its software, but the "
    "Agencies shall consult before either refuses.",
    # a report from outside the instrument: the scope of an agreement (cooperation, asserted)
    "The agreement does not commit Chile to any funding.",
    "States are not obliged to join the programme.",
    # another clause of reading, no obligation limited
    "Nothing in these Principles shall be construed as changing the rights of any Signatory.",
]


@pytest.mark.parametrize("text", LIMITS)
def test_limits_are_recognised(text: str) -> None:
    assert is_obligation_limit(text)


@pytest.mark.parametrize("text", LEFT_TO_THE_HEADS)
def test_other_lines_are_left_to_the_heads(text: str) -> None:
    assert not is_obligation_limit(text)


def test_only_the_cooperation_head_is_capped() -> None:
    texts = [LIMITS[0], LEFT_TO_THE_HEADS[0]]
    probs = np.array([[0.90, 0.20], [0.90, 0.20]])
    out = cap_obligation_limits(texts, probs, 0.5)
    assert out[0, 0] < 0.5 and out[0, 1] == pytest.approx(0.20)
    assert out[1].tolist() == pytest.approx([0.90, 0.20])
