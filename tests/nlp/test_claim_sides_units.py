"""A state's body that only qualifies a thing, beside its own state named as a side: one side,
the state (issue 17, a unit and its parent count once). Sentences of the team's own, with
negative cases: the body acting itself, or beside another state, stays a side."""

from __future__ import annotations

import pytest

NEWS = "Space news"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the body names whose aircraft, boats or satellite it is: the state acts
        ("India agreed with France to station an Indian Air Force tanker in Paris.",
         {"India", "France"}),
        ("Japan and the United States began the rotation of U.S. Army boats in Okinawa.",
         {"Japan", "United States"}),
        ("The United States and the Soviet Union agreed to track a NASA balloon satellite together.",
         {"United States", "Soviet Union"}),
        # negative: the body itself acts, or is the owner of a relation noun
        ("The Indian Air Force trained with the US Air Force in 2023.",
         {"Indian Air Force", "US Air Force"}),
        ("NASA signed an agreement with Japan on lunar rovers.", {"NASA", "Japan"}),
        ("The United States expanded NASA cooperation with Japan.",
         {"United States", "NASA", "Japan"}),
        # negative: the body's state is not a side named in its own right
        ("Japan will fly its rover on a NASA lander in 2027.", {"Japan", "NASA"}),
        ("Canada and Japan will share data from a NASA weather satellite.",
         {"Canada", "Japan", "NASA"}),
    ],
)  # fmt: skip
def test_qualifying_body_beside_its_state(titled_claim, text, parties):
    assert set(titled_claim(NEWS, text)._.sc_claim_parties) == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the body the sides act as members of frames what they do
        ("As members of the Quad, we are working together with India on ocean data.",
         {"India"}),
        ("As a member of ESA, Italy has worked with NASA on the station.", {"Italy", "NASA"}),
        # negative: joining as a member, or members of a body that acts with another
        ("France joined the WHO in 1948.", {"France", "WHO"}),
        ("The members of NATO signed an accord with Japan.", {"NATO", "Japan"}),
        # the institution reformed or strengthened is what the sides work on
        ("Japan and Canada agreed to strengthen and reform the WHO.", {"Japan", "Canada"}),
        ("Japan and Canada will boost the World Bank's capacity to lend.", {"Japan", "Canada"}),
        # negative: a body the sides work with, or one whose capacity is not raised
        ("Japan and Canada agreed to work with the WHO.", {"Japan", "Canada", "WHO"}),
        ("Japan will strengthen its partnership with the World Bank.", {"Japan", "World Bank"}),
    ],
)  # fmt: skip
def test_frames_and_institutions_worked_on(titled_claim, text, parties):
    assert set(titled_claim(NEWS, text)._.sc_claim_parties) == parties


JOINT = "Joint Statement of the United States and Japan"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the effort an act is "part of" frames it: its "our" is no side of the act
        ("As part of our joint work on debris, Canada will fund a study with India.",
         {"Canada", "India"}),
        # negative: the signatories acting in the main clause stay sides
        ("As part of the lunar program, our two countries will build a lander with Canada.",
         {"United States", "Japan", "Canada"}),
        ("We will fund a study with India as part of our joint work on debris.",
         {"United States", "Japan", "India"}),
    ],
)  # fmt: skip
def test_the_effort_an_act_is_part_of(titled_claim, text, parties):
    assert set(titled_claim(JOINT, text)._.sc_claim_parties) == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a clause set off by commas that describes the subject is background
        ("Several states, most of which joined the EU in 2004, now cooperate with ESA.",
         {"ESA"}),
        ("Italy, which signed an accord with India in 2010, now works with NASA.",
         {"Italy", "NASA"}),
        # negative: a restrictive clause says who the subject is; its relation is the claim's
        ("States that signed the Accords with Japan will share lunar data.", {"Japan"}),
        # negative: a clause describing an object is not the subject's background
        ("ESA works with Canada, which joined the ISS in 1998.", {"ESA", "Canada"}),
    ],
)  # fmt: skip
def test_background_clause_of_the_subject(titled_claim, text, parties):
    assert set(titled_claim(NEWS, text)._.sc_claim_parties) == parties
