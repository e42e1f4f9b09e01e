"""Actor forms of the blind dev documents held out in round fifteen (actors16).

The documents written apart from the rules missed actors in forms that any document of their
register may use:

- an instrument that calls itself by the two words that open its title ("this Framework
  Agreement", "this Executive Order"), and a government's "Policy Statement" that calls itself
  "this Policy";
- a family name with its particle ("Al Hosani", "de Souza") used alone after the full name, and
  "Eng." / "Engr." (engineer) as a title of address before a name;
- a parliamentary transcript's "the hon. Member for <seat>": the seat is a place, no person;
- "the Emirates" for the United Arab Emirates.

Every sentence is the team's own; each table has negative cases.
"""

from __future__ import annotations

import pytest

from pipeline.nlp.components.self_reference import instrument_of
from pipeline.nlp.extract.gazetteer import load_gazetteer

_TITLE = (
    "Framework Agreement between the Government of the Republic of Chile and the Government of "
    "the Republic of Kenya on Cooperation in Space Science"
)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the two words that open the title name the instrument in its own text
        (_TITLE,
         "Each Party shall bear its own costs under this Framework Agreement.",
         [("this Framework Agreement", _TITLE)]),
        (_TITLE,
         "This Framework Agreement shall enter into force on signature. This Agreement binds "
         "both Parties.",
         [("This Framework Agreement", _TITLE), ("This Agreement", _TITLE)]),
        ("Executive Order 14999: Promoting Lunar Commerce",
         "This Executive Order shall be implemented within existing funds.",
         [("This Executive Order", "Executive Order 14999")]),
        # an article about framework agreements does not refer to itself
        ("Why framework agreements matter",
         "We argue that this Framework Agreement is weaker than the last one.", []),
        # another instrument's framework agreement, named by what follows, is not this one
        (_TITLE, "The Framework Agreement on Trade of 1999 is another matter.", []),
    ],
)  # fmt: skip
def test_an_instrument_calls_itself_by_the_words_opening_its_title(
    make_doc, title, text, expected
) -> None:
    doc = make_doc([text], title=title, year=2026)
    found = [
        (a.text, a.kb_id_)
        for a in doc.spans["actors"]
        if a._.sc_actor_method == "self_reference" and a.label_ == "agreement"
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("National Space Policy Statement 2030",
         ("National Space Policy Statement 2030", "agreement", "", "policy")),
        # a title in capitals, named in title case (round 18)
        ("ORBITAL SAFETY POLICY STATEMENT",
         ("Orbital Safety Policy Statement", "agreement", "", "policy")),
        # a statement alone is a speech's or a release's word, not an instrument's
        ("Statement by the Minister on Space Policy", None),
        ("A statement on space policy", None),
    ],
)  # fmt: skip
def test_a_policy_statement_is_an_instrument(title, expected) -> None:
    assert instrument_of(title, load_gazetteer()) == expected


def test_a_policy_statement_calls_itself_this_policy(make_doc) -> None:
    doc = make_doc(
        [
            "The ministry shall carry out this Policy through the national agency.",
            "This Statement shall be reviewed after five years.",
            "The policy of the previous government was different.",
        ],
        title="National Space Policy Statement 2030",
        year=2030,
    )
    found = [a.text for a in doc.spans["actors"] if a._.sc_actor_method == "self_reference"]
    assert found == ["this Policy", "This Statement"]


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        (["Eng. Salma Al Mazrouei leads the docking work at the centre.",
          "Al Mazrouei said the tests would finish in the spring."],
         ["Salma Al Mazrouei", "Salma Al Mazrouei"]),
        (["Dr. Ana de Souza leads the rover team at the national agency.",
          "De Souza said the rover was ready."],
         ["Ana de Souza", "Ana de Souza"]),
        # negative: a family name with a particle and no full name is left to the NER alone,
        # and a different given name before the same particle is not the person named first
        (["Mr. Karim Al Mansour opened the session.",
          "Later, Layla Al Nuaimi said the agency would publish its plan."],
         ["Karim Al Mansour", "Layla Al Nuaimi"]),
    ],
)  # fmt: skip
def test_family_names_with_a_particle_and_engineers_titles(make_doc, blocks, expected) -> None:
    doc = make_doc(blocks, year=2026)
    persons = [a.kb_id_ for a in doc.spans["actors"] if a.label_ == "person"]
    assert persons == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I thank the hon. Member for Dunmore West for securing this debate.", []),
        ("The MP for Harrowgate South asked about the launch site.", []),
        # a person named after the seat is still a person
        ("Sarah Quillon, the Member for Dunmore West, said the agency must act.",
         ["Sarah Quillon"]),
    ],
)  # fmt: skip
def test_a_members_seat_is_no_person(make_doc, sentence, expected) -> None:
    doc = make_doc([sentence], title="Westminster Hall debate", year=2026)
    persons = [a.kb_id_ for a in doc.spans["actors"] if a.label_ == "person"]
    assert persons == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Emirates signed the accords in 2020 and will fly a crew next year.",
         [("Emirates", "United Arab Emirates", "country")]),
        ("Companies that settle in the Emirates may bid for the fund.",
         [("Emirates", "United Arab Emirates", "country")]),
        # negative: the longer name of a mission keeps its own actor
        ("The Emirates Mars Mission reached orbit in 2021.",
         [("Emirates Mars Mission", "Emirates Mars Mission", "mission")]),
    ],
)  # fmt: skip
def test_the_emirates(make_doc, sentence, expected) -> None:
    doc = make_doc([sentence], year=2026)
    found = [(a.text.removeprefix("the ").removeprefix("The "), a.kb_id_, a.label_)
             for a in doc.spans["actors"]]  # fmt: skip
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A board chaired by the Secretary of State for Science, Innovation and Technology "
         "will oversee delivery.",
         [("Secretary of State for Science, Innovation and Technology", "agency")]),
        ("The Secretary of State for Defence, Ellen Marsh, opened the new centre.",
         [("Secretary of State for Defence", "agency")]),
        # negative: the US Secretary of State stands for the Department of State
        ("The Secretary of State met her counterparts in Tokyo.",
         [("Department of State", "agency")]),
        ("The Secretary of State for the second time raised the matter.",
         [("Department of State", "agency")]),
    ],
)  # fmt: skip
def test_a_secretary_of_state_for_a_portfolio(make_doc, sentence, expected) -> None:
    doc = make_doc([sentence], year=2026)
    found = [(a.kb_id_, a.label_) for a in doc.spans["actors"] if a.label_ != "country"]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a talk's or a paper's title in quotes opening the sentence: the common noun
        ('"Progress of the lunar station", by the representative of Chile;', []),
        ("(Progress in orbital law) was the theme of the second day.", []),
        # negative: the spacecraft named in running text, or by its flight number
        ("The crew unloaded the Progress cargo ship at the station.", ["Progress"]),
        ("Progress MS-25 docked with the station.", ["Progress MS-25"]),
    ],
)  # fmt: skip
def test_progress_opening_a_quoted_title(make_doc, sentence, expected) -> None:
    doc = make_doc([sentence], year=2026)
    assert [a.kb_id_ for a in doc.spans["actors"] if a.label_ != "country"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Chinese Embassy in Laos sent staff to the hospital.", ["China", "Laos"]),
        ("Officials of the Japanese Consulate met the crew.", ["Japan"]),
        # negative: a country word inside another kind of name stays part of that name
        ("The Kenya Airways flight landed late.", []),
    ],
)  # fmt: skip
def test_a_states_embassy_acts_for_the_state(make_doc, sentence, expected) -> None:
    doc = make_doc([sentence], year=2026)
    assert [a.kb_id_ for a in doc.spans["actors"] if a.label_ == "country"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the party term: the agreement's name between "the" and the plural, or counted
        ("Since then, the Accords signatories have met twice a year.", ["signatories"]),
        ("Our aim is to raise the number of signatories of the Artemis Accords.",
         ["signatories"]),
        # negative: "the signatories of the Accords" speaks of the states that signed
        ("The agency chooses partners among the signatories of the Artemis Accords.", []),
        ("The signatories of the Artemis Accords have met every year since 2023.", []),
    ],
)  # fmt: skip
def test_signatories_outside_an_instrument(make_doc, sentence, expected) -> None:
    doc = make_doc(["The Artemis Accords were signed in 2020.", sentence], year=2026)
    assert [a.text for a in doc.spans["actors"] if a.kb_id_ == "Signatories"] == expected


def test_implementing_agencies_of_a_framework_agreement(make_doc) -> None:
    doc = make_doc(
        [
            'The Kenya Space Agency and the Chilean Space Agency (hereinafter the "Implementing '
            'Agencies") shall carry out this Agreement.',
            "Each Implementing Agency shall name a point of contact.",
            "The Parties may agree on implementing agencies for other fields later.",
        ],
        title="Agreement between the Government of Kenya and the Government of Chile on Space "
        "Cooperation",
        year=2026,
    )
    terms = [a.text for a in doc.spans["actors"] if a.kb_id_ == "Implementing Agencies"]
    assert terms == ["Implementing Agencies", "Implementing Agency"]  # not the lower-case one


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # the body the text is about keeps "the Agency" after another agency named in passing
        (["The Egyptian Space Agency was set up in 2018.",
          "The Agency runs two programmes.",
          "A memorandum with the European Space Agency is expected next year.",
          "The Agency will report to its board every year."],
         ["Egyptian Space Agency", "Egyptian Space Agency"]),
        # negative: each named once, the short form is the one named last
        (["The Canadian Space Agency and the Italian Space Agency will build the rover.",
          "The Agency will report on the tests every year."],
         ["ASI"]),
    ],
)  # fmt: skip
def test_a_short_form_is_the_body_named_most(make_doc, blocks, expected) -> None:
    doc = make_doc(blocks, title="Notes on lunar work", year=2026)
    assert [a.kb_id_ for a in doc.spans["actors"] if a.text == "Agency"] == expected
