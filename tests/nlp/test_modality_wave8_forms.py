"""Modality forms found among the misses of the blind documents pooled across families, the
wave-8 documents first (twenty-first round, issue 17), in the team's own sentences, positive
and negative.

Each row names a general form of language or a convention of a register: a wish to know, hear
or understand over an indirect question (a hearing's or a written answer's question, not a
plan); a "would" reported under a verb of belief or inference, or whose subject is a supposed
case (a prediction, not a reported intention); a free relative of "-ever" as subject (a
condition); a call on several addressees split by a relative clause; a speech's "I'd like to
single out" (a courtesy); "make sure that" (an act of ensuring, no stance); a norm under "could"
or "might" outside a legal text (an option); pressing a partner to choose between others,
denied (no hindrance); a reply over a clause after a colon ("My answer is: we will ...").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish to know / hear / understand over an indirect question: the question decides
        ("The Members want to know how the Government will divide the work with France.",
         "hypothetical"),
        ("I want to hear whether the agency would keep its data link with Japan open.",
         "hypothetical"),
        ("The committee wishes to understand how NASA shares its tracking data with India.",
         "hypothetical"),
        ("Senators would like to learn how the agency plans to work with Korea.", "hypothetical"),
        # negative: a wish over an act, a plan
        ("We want to work with Japan on the lander.", "planned"),
        ("I want to see more missions with our partners in Africa.", "planned"),
        # negative: "know" stating a fact
        ("We know that Japan and India work together on the rover.", "asserted"),
    ],
)  # fmt: skip
def test_wish_to_know(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "would" under a verb of belief or inference: a prediction
        ("Most analysts believe that Beijing would welcome Brazil into the station.",
         "hypothetical"),
        ("The study suggests that a shared catalogue would help both coalitions.", "hypothetical"),
        ("Few observers think that Moscow would fund its share of the station.", "hypothetical"),
        # a supposed case as subject, under a verb of saying: its consequence
        ("She warned that any sale of the sensors to Iran would breach the agreement with Japan.",
         "hypothetical"),
        ("He said that even a small joint mission would build trust between the agencies.",
         "hypothetical"),
        # negative: an intention reported under a verb of saying
        ("The minister said Egypt would share its imagery with Kenya.", "planned"),
        ("Officials indicated that the agency would open its antennas to partners.", "planned"),
        # negative: one's own expectation of one's own act
        ("Kenya believes it would gain from the station and plans to join this year.", "planned"),
    ],
)  # fmt: skip
def test_predicted_would(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a free relative of "-ever" as subject: a condition
        ("Whoever lands near the pole first will set the terms for China and the United States.",
         "hypothetical"),
        ("Whichever coalition builds the relay first will carry the traffic of the others.",
         "hypothetical"),
        # negative: a group named by a relative clause
        ("Those who signed the Accords will share their data with NASA.", "planned"),
        # negative: the speakers' own clause after the general truth decides
        ("Whoever writes the rules will shape the pole for decades, and we intend to be at that "
         "table with Japan.", "planned"),
    ],
)  # fmt: skip
def test_ever_conditions(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call on several addressees split by a relative clause
        ("We call on China, and on every state that has not yet signed, to join the moratorium.",
         "normative"),
        ("We call on India and Brazil to join the moratorium.", "normative"),
        # negative: a past call, reported
        ("Last year we called on China, and on every state that had not signed, to join the "
         "moratorium.", "asserted"),
        # a speech's courtesy: singling out partners
        ("I'd like to single out our newest partners, Ghana and Peru, who joined this summer.",
         "asserted"),
        ("I want to salute the crews of Japan and Canada who flew with us.", "asserted"),
        # negative: a wish over a relation
        ("I'd like to fly more missions with Ghana and Peru.", "planned"),
    ],
)  # fmt: skip
def test_split_calls_and_courtesies(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "make sure / make certain that": to ensure, the subject's own act (its modal decides)
        ("We will make sure that ESA keeps its seat on the lunar lander.", "planned"),
        ("If confirmed, I will make certain NASA honours its commitments to JAXA.",
         "hypothetical"),
        # negative: a stance over a clause
        ("I am sure that ESA will keep its seat on the lunar lander.", "planned"),
        ("We are sure that Japan and India work well together.", "asserted"),
        # a norm under a modal of possibility, outside a legal text: an option
        ("Congress could require NASA to consult its partners in Europe first.", "hypothetical"),
        ("Parliament might direct the agency to share its imagery with Kenya.", "hypothetical"),
        # negative: a norm proper, or a requirement in force
        ("Congress should require NASA to consult its partners in Europe first.", "normative"),
        ("The law requires NASA to consult its partners in Europe first.", "normative"),
    ],
)  # fmt: skip
def test_ensuring_and_options(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pressing a partner to choose, denied: no hindrance laid, the relations stand
        ("Chile does not ask its partners to choose between the two lunar programmes.",
         "asserted"),
        ("The Union will never force its members to pick one coalition over the other.",
         "planned"),
        # a reply over a clause after a colon, like "My answer is that"
        ("Our answer is: we will never ask you to choose.", "planned"),
        ("My reply is simple: we must keep working with every partner.", "normative"),
        # negative: a relation not sought
        ("Chile does not ask Peru to join the lunar station.", "negated"),
        # negative: pressing to choose, affirmed (in a competition claim)
        ("Washington asks its partners to choose between the Accords and the Chinese station.",
         "asserted"),
    ],
)  # fmt: skip
def test_choices_not_pressed(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected
