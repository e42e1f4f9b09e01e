"""A transcript's chair or presenter running the meeting makes no claim
(pipeline.classify.turn_furniture). The lines are the team's own variants of the forms, masked
as the classifier reads them."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.gated_rules import apply_gated_rules
from pipeline.classify.turn_furniture import cap_turn_furniture, is_turn_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Welcome to meeting number 9 of the entorganization.",
        "Good evening and welcome to our special coverage of the entmission landing.",
        "Welcome to this morning's session of the subcommittee.",
        "From entagency, we have entperson, head of international relations.",
        "From the entcompany, we have entperson, chief engineer.",
        "We will now move to questions, beginning with the Deputy Chair.",
        "I would now like to turn to members' questions.",
        "We shall now proceed to item 4.",
        "Our correspondent has spent the week at the launch site, and she joins me now.",
        "Our science editor entperson joins us now from the control room.",
        "The head of our national agency, entperson, has joined my delegation today.",
    ],
)
def test_turn_furniture(line: str) -> None:
    assert is_turn_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        # a relation stated beside or instead of the furniture
        "Welcome to the partnership, entcountry: we look forward to flying together.",
        "entcountry joins us now as the newest member of the station programme.",
        "She joins me now to explain why the two agencies signed the memorandum.",
        "From entdate, we have shared all tracking data with entagency.",
        "We will now move to a joint mission with entagency.",
        "entcountry has joined the entagreement, the ministry said today.",
        "We welcome entcountry to the coalition of signatories.",
    ],
)
def test_not_turn_furniture(line: str) -> None:
    assert not is_turn_furniture(line)


def test_cap_lowers_the_cooperation_head_only() -> None:
    lines = ["We will now move to questions.", "entcountry joins us now as a partner."]
    out = cap_turn_furniture(lines, np.array([[0.8, 0.1], [0.8, 0.1]]), 0.5)
    assert out[0, 0] < 0.5 and out[0, 1] == pytest.approx(0.1)
    assert out[1].tolist() == pytest.approx([0.8, 0.1])
    gated = apply_gated_rules(lines, np.array([[0.8, 0.1], [0.8, 0.1]]), 0.5)
    assert gated[0, 0] < 0.5 and gated[1, 0] == pytest.approx(0.8)
