"""Provisions of shared access and of no passing on without consent are cooperation claims
(pipeline.classify.shared_provisions; annotation guide: provisions whose content is a
cooperative act, "share", "give access")."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.shared_provisions import raise_shared_provisions, shares_with_the_sides

SHARING = [
    # equal or open access for the sides, in instruments, resolutions and policies
    "Both Participants shall have equal access to the images taken by the camera.",
    "There shall be free and open access to the catalogue kept by the secretariat.",
    "The centre works to ensure the fair access of all countries to satellite data.",
    "The data of the mission shall be made available to all the Parties on the same day.",
    "Access to the station's laboratories for all member agencies is guaranteed by Article 4.",
    # no passing on what was received without the other side's consent
    "Neither Agency shall pass samples received from the other Agency to a third party "
    "without its written consent.",
    "No Party will disclose information obtained under this Arrangement to any third party "
    "without the prior consent of the Party that supplied it.",
    "Technical data provided by the other Party shall not be transferred to third parties "
    "without that Party's consent.",
    "The Steering Committee shall not pass samples received from either Party to a third party "
    "without the written consent of that Party.",
    # one side giving the other what the instrument trades
    "The Contractor shall supply the calibrated images to entagency within two days of each pass.",
    "entagency will transfer the flight software to the Company before the first test.",
    "In return, the Agency shall grant the Operator use of its tracking antennas at no cost.",
    "Under Article 3, the Licensor shall give the Licensee a licence to use the archive.",
    "Each Participant will make its orbit predictions available to the other Participant.",
    "The Parties shall promptly provide to each other the results of the joint tests.",
]

LEFT_ALONE = [
    # access denied, lacking or unequal; the publishing sense
    "Smaller states still have no equal access to the best orbital slots.",
    "The rules deny entcountry firms open access to the market.",
    "The results were published in an open access journal last spring.",
    # access of one side only, or nothing of access
    "The agency gives its own engineers full access to the test stand.",
    "The launch window opens in March.",
    # a ban on passing one's own goods to a rival, with no thing received and no consent
    "No Party shall sell its launchers to entcountry.",
    "The company may not pass its designs to a third party.",
    # a body's duty with no party on either side, a denied or forbidden transfer, a delivery
    # to a place rather than a side
    "The Office of Administration shall provide administrative support to the Council.",
    "entagency shall not transfer the telemetry to the Company without a permit.",
    "Neither Party shall deliver the data to a person listed under sanctions.",
    "The Company shall deliver the second satellite to orbit before the end of 2027.",
    "Ministers said the Company would deliver the satellites to entagency next year.",
]


@pytest.mark.parametrize("text", SHARING)
def test_sharing_provisions_are_recognised(text: str) -> None:
    assert shares_with_the_sides(text)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_other_sentences_are_left_alone(text: str) -> None:
    assert not shares_with_the_sides(text)


def test_only_the_cooperation_head_is_lifted() -> None:
    texts = [SHARING[0], LEFT_ALONE[0], SHARING[1]]
    probs = np.array([[0.30, 0.10], [0.30, 0.10], [0.95, 0.05]])
    out = raise_shared_provisions(texts, probs, 0.5)
    assert out[0, 0] == pytest.approx(0.55) and out[0, 1] == pytest.approx(0.10)
    assert out[1].tolist() == pytest.approx([0.30, 0.10])
    assert out[2, 0] == pytest.approx(0.95)  # a higher head is kept
    assert probs[0, 0] == pytest.approx(0.30)  # the input is not changed
