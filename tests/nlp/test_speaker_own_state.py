"""How a speaker names its own side (``nlp/extract/speaker_words.py``, ``claim_sides``): a
delegate's "my delegation" and a minister's "my government" are the speaker's state, as "our
nation" is; a foreign ministry's "we" is its state; a release whose title names both sides keeps
them as its principals. Found on the blind dev documents of the seventeenth round (a UN
committee statement, a foreign ministry's briefing, an agency's release); the sentences are the
team's own, with negative cases."""

from __future__ import annotations

import pytest

STATEMENT = "Statement by the Delegation of Peru to the First Committee on Outer Space"
BRIEFING = "Ministry of Foreign Affairs of Japan: Press Conference by the Press Secretary"


@pytest.mark.parametrize(
    ("title", "text", "parties"),
    [
        # a delegate's "my delegation", a minister's "my government": the speaker's state
        (STATEMENT, "My delegation invites all interested States to join the initiative.",
         {"Peru"}),
        (STATEMENT, "My delegation will work with Chile on a draft resolution.", {"Peru", "Chile"}),
        (STATEMENT, "My government has signed a data agreement with Brazil.", {"Peru", "Brazil"}),
        # negative: "my" before another noun names no state
        (STATEMENT, "My colleague from Chile will work with Brazil on the draft.",
         {"Chile", "Brazil"}),
        # a foreign ministry's "we" is the state it speaks for
        (BRIEFING, "We will keep working with India on the safety of lunar landings.",
         {"Japan", "India"}),
        # a release whose title names both sides: the country its text names most is no
        # speaker of the title's relation
        ("The Kenya Space Agency Signs a Memorandum With CNES",
         "We will build the receiver with Italy.",
         {"Kenya", "Italy"}),
    ],
)  # fmt: skip
def test_the_speakers_own_state(titled_claim, title, text, parties):
    assert set(titled_claim(title, text)._.sc_claim_parties) == parties


def test_a_quoted_my_country_is_not_the_speakers(titled_claim):
    text = 'The Chilean envoy said: "My country will work with Brazil on the draft."'
    assert "Peru" not in titled_claim(STATEMENT, text)._.sc_claim_parties


JOINT = "Joint Statement of Chile and Norway on Space Cooperation"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # one signatory of a joint text reports its own words: its claim alone
        ("Chile said it would decide on the Accords on the basis of its own interest.",
         {"Chile"}),
        ('Minister Larsen said: "Norway is ready to host the ground station."', {"Norway"}),
        # negative: the signatories together say it, or one side acts: both are sides
        ("The Ministers said they would meet again in Oslo next year.", {"Chile", "Norway"}),
        ("Both sides stated that the station would serve civil purposes.", {"Chile", "Norway"}),
        ("Chile and Norway said they would expand the work.", {"Chile", "Norway"}),
        ("Chile will host the ground station from 2027.", {"Chile", "Norway"}),
    ],
)  # fmt: skip
def test_one_signatory_speaking_in_a_joint_text(titled_claim, text, parties):
    assert set(titled_claim(JOINT, text)._.sc_claim_parties) == parties
