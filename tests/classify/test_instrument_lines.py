"""Lines of a legal instrument: the enacting formula, a joint body and the testimonium
(cooperation), one side's lead-in of duties and the final clauses (neutral); table tests both
ways, own-words lines."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.competition_rule import cap_competition
from pipeline.classify.instrument_lines import (
    instrument_lines,
    is_duty_lead_in,
    is_enacting_formula,
    is_final_clause,
    is_joint_body_or_testimonium,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Have agreed as follows:", True),
        ("HAVE AGREED AS FOLLOWS:", True),
        ("the two Governments have agreed as follows:", True),
        ("Have reached the following understanding:", True),
        ("The Participants hereby agree as follows:", True),
        ("have agreed upon the following provisions:", True),
        ("I have the honour to propose the following arrangements:", True),
        ("The schedule is as follows:", False),
        ("The results of the survey are as follows.", False),
        ("They have not agreed as follows:", False),
        ("The committee agreed as follows on the budget for next year.", False),
        ("Members adopted the following:", False),
        ("The steps of the review are the following:", False),
    ],
)
def test_enacting_formula(line: str, expected: bool) -> None:
    assert is_enacting_formula(line) is expected


@pytest.mark.parametrize(
    ("masked", "expected"),
    [
        ("entagency will:", True),
        ("The entagency shall:", True),
        ("entcountry agrees to:", True),
        ("The entorganization undertakes to:", True),
        ("The Parties shall:", False),
        ("Each Party will:", False),
        ("entagency and entagency will:", False),
        ("To this end, we will:", False),
        ("entagency will provide the antenna.", False),
        ("entagency will cooperate with entagency on:", False),
    ],
)
def test_duty_lead_in(masked: str, expected: bool) -> None:
    assert is_duty_lead_in(masked) is expected


def test_heads_moved_only_for_the_two_lines() -> None:
    texts = [
        "Have agreed as follows:",
        "entagency shall:",
        "The schedule is as follows:",
        "entagency and entagency will exchange data.",
    ]
    probs = np.array([[0.27, 0.01], [0.86, 0.01], [0.30, 0.02], [0.90, 0.05]])
    out = instrument_lines(texts, probs, 0.5)
    assert out[0, 0] > 0.5 and out[0, 1] == pytest.approx(0.01)
    assert out[1, 0] < 0.5 and out[1, 1] == pytest.approx(0.01)
    assert out[2].tolist() == pytest.approx([0.30, 0.02])
    assert out[3].tolist() == pytest.approx([0.90, 0.05])
    # a formula already over the floor keeps its higher head
    high = instrument_lines(["have agreed as follows:"], np.array([[0.95, 0.0]]), 0.5)
    assert high[0, 0] == pytest.approx(0.95)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a body in which every side sits
        (
            "A Coordination Board composed of three representatives of each Party is hereby "
            "established.",
            True,
        ),
        (
            "The Participants shall set up a working group made up of two experts from each "
            "Participant.",
            True,
        ),
        (
            "A Joint Commission, consisting of an equal number of members of both Governments, "
            "shall meet once a year.",
            True,
        ),
        (
            "The steering group is comprised of senior officials from all the signatory agencies.",
            True,
        ),
        # the testimonium
        (
            "IN WITNESS WHEREOF, the undersigned, duly authorised by their Governments, have "
            "signed this Memorandum.",
            True,
        ),
        (
            "In witness whereof the plenipotentiaries have put their signatures to this Treaty.",
            True,
        ),
        # a body of one side, a denied body, other closing clauses
        ("The committee is composed of five representatives of the national space agency.", False),
        (
            "No committee made up of representatives of each Party shall be set up before 2030.",
            False,
        ),
        ("Either Party may terminate this Agreement by written notice to the other.", False),
        ("This Agreement shall remain in force for ten years.", False),
        ("Done at Nairobi, in two originals, both texts being equally authentic.", False),
        ("The witness told the court that both parties had signed the contract.", False),
    ],
)
def test_joint_body_or_testimonium(line: str, expected: bool) -> None:
    assert is_joint_body_or_testimonium(line) is expected


def test_a_joint_body_lifts_only_the_cooperation_head() -> None:
    texts = [
        "A Joint Committee composed of two representatives of each Party is hereby established.",
        "This Agreement shall remain in force for ten years.",
    ]
    probs = np.array([[0.20, 0.02], [0.10, 0.01]])
    out = instrument_lines(texts, probs, 0.5)
    assert out[0, 0] > 0.5 and out[0, 1] == pytest.approx(0.02)
    assert out[1].tolist() == pytest.approx([0.10, 0.01])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the text's own life: entry into force, duration, change, ending, other commitments
        ("This Arrangement shall enter into force on the date of the second signature.", True),
        ("The present Protocol shall take effect sixty days after the last notification.", True),
        ("This Memorandum of Understanding will remain in effect for three years.", True),
        ("The Framework Agreement may be extended by an exchange of letters.", True),
        ("This Letter of Intent may be modified at any time by written agreement.", True),
        (
            "entagreement shall not affect the obligations of either Side under other treaties.",
            True,
        ),
        ("It may be renewed by written agreement of the Participants.", True),
        ("They shall remain in force for seven years.", True),
        ("These arrangements may be terminated by either Government on written notice.", True),
        ("Either Participant may terminate this Memorandum with ninety days' notice.", True),
        ("Any Contracting Party may withdraw from this Treaty by notifying the depositary.", True),
        ("Either entagency may at any time terminate this Arrangement.", True),
        ("Any Member State may withdraw from the Convention by written notice.", True),
        ("Each signatory State may denounce this Charter after five years.", True),
        # the terms of a withdrawal
        ("A withdrawing Party shall complete the projects it has already begun.", True),
        (
            "The withdrawing Member State shall settle its arrears before the notice takes effect.",
            True,
        ),
        # disputes over the text
        (
            "Any dispute regarding the application of this Protocol shall be resolved by "
            "negotiation between the Sides.",
            True,
        ),
        (
            "Any question on the interpretation of these arrangements will be settled through "
            "diplomatic channels.",
            True,
        ),
        ("Disputes shall be settled through friendly talks between the Participants.", True),
        (
            "Any disagreement that cannot be resolved by the project managers will be referred to "
            "the agency heads.",
            True,
        ),
        # not a final clause: joining, operative cooperation, the form only mentioned
        ("This Charter is open to every interested agency for signature.", False),
        ("Any State may accede to this Agreement after its entry into force.", False),
        (
            "The agencies shall conclude, within three months of the entry into force of this "
            "Agreement, a plan for the rover.",
            False,
        ),
        ("The Parties shall consult each other on the launch schedule.", False),
        (
            "The agreement, which will enter into force next year, commits both agencies to share "
            "data.",
            False,
        ),
        ("It may be extended to a second orbit if the budget allows.", False),
        ("The mission may be extended by two years.", False),
        ("Disputes between the two countries over fishing rights have grown.", False),
        ("Any dispute over the orbital slot was resolved by the ITU last year.", False),
        ("Either agency may propose new joint experiments.", False),
        ("Any Member State may propose a new joint project to the Council.", False),
        ("Withdrawing troops from the border eased tension between the two states.", False),
    ],
)
def test_final_clause(line: str, expected: bool) -> None:
    assert is_final_clause(line) is expected


def test_final_clause_head_capped() -> None:
    texts = [
        "Any dispute concerning the interpretation of this Agreement shall be settled amicably "
        "through consultations between the Parties.",
        "The Parties shall exchange data on space weather.",
    ]
    out = instrument_lines(texts, np.array([[0.84, 0.02], [0.84, 0.02]]), 0.5)
    assert out[0, 0] < 0.5 and out[0, 1] == pytest.approx(0.02)
    assert out[1].tolist() == pytest.approx([0.84, 0.02])


def test_final_clause_is_no_competition_claim() -> None:
    texts = [
        "Any Member State may withdraw from this Convention by notice to the depositary.",
        "entcountry withdrew from the joint programme in protest at the sanctions.",
    ]
    out = cap_competition(texts, np.array([[0.1, 0.8], [0.1, 0.8]]), 0.7)
    assert out[0, 1] < 0.7
    assert out[1, 1] == pytest.approx(0.8)
