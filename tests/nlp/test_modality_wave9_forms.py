"""Modality forms found among the misses of the blind documents pooled across families, the
wave-9 documents first (twenty-second round, issue 17), in the team's own sentences, positive
and negative.

Each row names a general form of language or a convention of a register: a joint declaration of
intent (a ministries' non-binding instrument, worded like a memorandum); a party free of a
choice between partners, and a refusal added to it (the guide's round-21 decision); a
recommendation whose subjunctive a phrase cuts from its object; an aim put as "if X is to";
a backshifted "had to" under a verb of saying; a state's formal declaration in the present (a
depositary's record of declarations made upon ratification); a rivalry named by its figure
("a zero-sum game"), denied; a parenthetical attribution ("..., she said, ...", "According to
X, ...").
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.modality import legal_text


@pytest.mark.parametrize(
    ("title", "text", "legal"),
    [
        # a declaration of intent is an instrument, worded like a memorandum
        ("JOINT DECLARATION OF INTENT", "The Participants intend to cooperate.", True),
        ("Joint Declaration of Intent between the Ministry of Science of Peru and the Ministry "
         "of Research of Norway", "", True),
        ("Declaration of Intent on Cooperation in Earth Observation", "", True),
        # negative: a leaders' joint declaration names no kind of instrument
        ("Joint Declaration of the Presidents of Peru and Norway", "They will meet.", False),
        ("Declaration on the Intentions of the Summit", "They will meet.", False),
    ],
)  # fmt: skip
def test_a_declaration_of_intent_is_an_instrument(title, text, legal):
    assert legal_text(text, title=title) is legal


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("JOINT DECLARATION OF INTENT",
         "The Participants intend to cooperate on the tracking of objects in orbit.",
         "normative"),
        ("Joint Declaration of Intent on Space Research",
         "The Participants will meet once a year to review their joint projects.", "normative"),
        # negative: the same sentences in a leaders' joint declaration are plans
        ("Joint Declaration of the Presidents of Peru and Norway",
         "The two countries intend to cooperate on the tracking of objects in orbit.",
         "planned"),
    ],
)  # fmt: skip
def test_provisions_of_a_declaration_of_intent(last_claim, title, text, expected):
    assert last_claim(title, text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party free of a choice between partners: a hindrance denied, as a fact
        ("Peru does not need to choose between the two lunar coalitions.", "asserted"),
        ("Our agency need not choose between NASA and the CNSA.", "asserted"),
        ("Chile does not have to pick one programme over the other.", "asserted"),
        # a refusal added to it: the actor refuses to enter the rivalry
        ("Peru does not have to choose between its partners, and it will not.", "negated"),
        ("Ghana doesn't need to choose between Washington and Beijing, and it won't.", "negated"),
        # negative: a norm against being made to choose stays a norm
        ("Small states should not have to pick one superpower.", "normative"),
        # negative: a need denied over a relation is no choice
        ("Kenya does not need to work with China on this mission.", "normative"),
        # negative: a choice made and denied
        ("Kenya did not choose Japan as its partner.", "negated"),
    ],
)  # fmt: skip
def test_free_of_a_choice(last_claim, text, expected):
    assert last_claim("", text, "competition")._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subjunctive cut from its object by a phrase (the tagger reads it as a noun)
        ("The Committee recommends that the Agency publish, before the end of the year, a plan "
         "for its work with NASA.", "normative"),
        ("The Committee recommends that the Government fund, within two years, a joint mission "
         "with Japan.", "normative"),
        # negative: a verb of noting over a clause cut the same way states a fact
        ("The Committee noted that the Agency, in 2025, signed a plan with NASA.", "asserted"),
        # negative: a past recommendation reports one made
        ("The Committee recommended that the Agency sign a plan with NASA.", "asserted"),
    ],
)  # fmt: skip
def test_recommendation_cut_by_a_phrase(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aim put as "if X is to": the main clause decides
        ("I believe both parts are needed if we are to keep our partners close.", "normative"),
        ("Partners are needed if Europe is to keep pace with China.", "normative"),
        ("We must pool our data if we are to keep our satellites safe from China.", "normative"),
        # negative: a condition proper stays hypothetical
        ("Both parts are needed if the talks with China fail.", "hypothetical"),
        ("If Japan joins the station, Kenya will send a rover.", "hypothetical"),
    ],
)  # fmt: skip
def test_an_aim_put_as_if_x_is_to(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a backshifted "had to" under a past verb of saying: "has to" when it was said
        ("The official said that Kenya had to work with all partners.", "normative"),
        ("She told members that the Agency had to keep its links with NASA open.", "normative"),
        # negative: a past obligation told as a fact, with no report
        ("In 2019 Kenya had to work with NASA on the launch.", "asserted"),
        # negative: a reported intention stays a plan
        ("The official said that Kenya would work with all partners.", "planned"),
    ],
)  # fmt: skip
def test_backshifted_had_to(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's formal declaration in the present (a depositary's record): an undertaking
        ("The Republic of Peru declares that it will send its notifications through its space "
         "agency to the other States Parties.", "normative"),
        ("Norway further declares that it intends to share its orbital data with every State "
         "Party.", "normative"),
        ("Ghana declares that its space agency will serve as its point of contact and will "
         "exchange data with the other States Parties.", "normative"),
        # negative: a past declaration reported, and the speakers' own declaration, are plans
        ("Peru declared that it would send its notifications through Norway.", "planned"),
        ("We declare that we will work with Japan on the rover.", "planned"),
    ],
)  # fmt: skip
def test_a_states_formal_declaration(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rivalry named by its figure, denied: the disavowal of a rivalry
        ("Space exploration is not a zero-sum game.", "negated"),
        ('"Lunar science is not a zero-sum game," the minister said.', "negated"),
        ("Our work with Kenya is not a zero sum game.", "negated"),
        # negative: a game that is no figure of rivalry, and an affirmed rivalry
        ("The simulation is not a game for the two agencies.", "asserted"),
        ("The race to the Moon is a zero-sum game.", "asserted"),
    ],
)  # fmt: skip
def test_a_rivalry_named_by_its_figure_denied(last_claim, text, expected):
    assert last_claim("", text, "competition")._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parenthetical attribution: the "would" is the future of the report
        ("The country would keep talking to Japan about the station, she said, but no decision "
         "had been taken.", "planned"),
        ("Kenya would send two engineers to India, the director added, and more would follow.",
         "planned"),
        # "could not afford to" backshifted in a report: "cannot afford to", a necessity
        ("According to the director, the Agency could not afford to depend on a single foreign "
         "supplier.", "normative"),
        ("The Agency could not afford to rely on China for its launches, he said.", "normative"),
        # negative: with no report, "would" is a possibility and "could not afford" is past
        ("The country would keep talking to Japan if the budget allowed it.", "hypothetical"),
        ("In 1995 the agency could not afford to build the module without Russia.",
         "hypothetical"),
    ],
)  # fmt: skip
def test_a_parenthetical_attribution(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected
