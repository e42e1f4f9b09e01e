"""Actor forms of the twenty-second round, from the misses of the blind documents held out in the
twenty-first round (the rows are the team's own text):

* a name after an honorific of address, as Commonwealth meeting reports write it, with or
  without a full stop, an initial, a particle and a party in brackets ("Ms Z Ngcobo (ANC)
  said"), which the NER reads as a body or misses;
* the names a record's head gives in a list after a plural title ("Members present:
  Representatives ...") and in the statement headings set in its body, for the surnames the
  record then uses;
* a capital that is a clause's subject set apart from its verb by an aside between commas
  ("Washington, by contrast, has pressed ..."), one addressed ("talks to Beijing"), the state
  some in it speak for ("Some in Canberra will object"), and diplomats posted in a capital,
  who do not make it act.
"""

from __future__ import annotations

import pytest

from pipeline.document import Excluded
from pipeline.ingest.roster import listed_names
from pipeline.nlp.extract.honorific_names import honorific_names


def persons(doc) -> list[tuple[str, str]]:
    """(mention, canonical name) of each person, in order."""
    return [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.label_ == "person"]


def countries(doc) -> list[tuple[str, str]]:
    """(mention, canonical name) of each country, in order."""
    return [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.label_ == "country"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Sipho Ndlovu , Head of Operations , said", [(1, 3, "Sipho Ndlovu")]),
        ("Ms T Mabuza ( EFF ) asked", [(1, 3, "T Mabuza")]),
        ("Mr J van der Merwe ( DA ) said", [(1, 5, "J van der Merwe")]),
        ("Dr. Amara Okafor-Bell replied", [(1, 3, "Amara Okafor-Bell")]),
        ("Prof H. Lindqvist said", [(1, 3, "H. Lindqvist")]),
        # negative: a surname alone, a title after the honorific, a body's longer name, an
        # acronym, a name going on in capitals, a particle with no surname after it
        ("Mr Ndlovu said", []),
        ("Mr President , thank you", []),
        ("Mr Speaker Ndlovu said", []),
        ("Ms NASA Team said", []),
        ("Dr Anna Berg Space Centre opened", []),
        ("Mr de said", []),
    ],
)
def test_honorific_names(text, expected):
    words = text.split()
    blocked = {"President", "Speaker", "Team", "Space", "Centre"}
    assert honorific_names(words, [True] * len(words), blocked) == expected


def test_honorific_names_skip_words_already_taken():
    words = ["Ms", "Lindiwe", "Khumalo", "said"]
    assert honorific_names(words, [True, True, False, True], set()) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Sipho Ndlovu, Chief Executive Officer of the agency, said the budget had grown. "
         "According to Mr Ndlovu, the agency could not rely on one supplier.",
         [("Sipho Ndlovu", "Sipho Ndlovu"), ("Ndlovu", "Sipho Ndlovu")]),
        ("Ms T Mabuza (EFF) asked whether the agency had assessed the risk of sanctions.",
         [("T Mabuza", "T Mabuza")]),
        ("Mr J van der Merwe (DA) said the country should keep its options open.",
         [("J van der Merwe", "J van der Merwe")]),
        # negative: an address to the chair, a surname alone with no full name anywhere
        ("Mr President, the treaty deserves our support.", []),
    ],
)  # fmt: skip
def test_honorific_names_in_a_meeting_report(make_doc, text, expected):
    assert persons(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("front_matter",
         "Members present: Representatives Dana Whitlock, Omar Castellanos-Reed, Ivy Tran.",
         ["Dana Whitlock", "Omar Castellanos-Reed", "Ivy Tran"]),
        ("front_matter", "Present: Senators Hal Brenner and Lucia Marchetti",
         []),
        ("front_matter", "Present: Senators Hal Brenner, and Lucia Marchetti",
         ["Hal Brenner", "Lucia Marchetti"]),
        # negative: running text, a single name after the plural title, a list of bodies
        ("other", "Representatives Dana Whitlock, Ivy Tran spoke.", []),
        ("front_matter", "Members present: Representatives Whitlock, Tran", []),
    ],
)  # fmt: skip
def test_names_listed_after_a_plural_title(kind, text, expected):
    assert listed_names([Excluded(kind=kind, text=text)]) == expected


@pytest.mark.parametrize(
    ("sections", "expected"),
    [
        (["STATEMENT OF HON. DANA WHITLOCK, U.S. SENATOR FROM IDAHO"], ["Dana Whitlock"]),
        (["OPENING STATEMENT OF SENATOR OMAR CASTELLANOS-REED,  MAINE"],
         ["Omar Castellanos-Reed"]),
        # negative: an ordinary section heading, a body's statement
        (["Background and context"], []),
        (["STATEMENT OF THE SPACE FOUNDATION, COLORADO"], []),
    ],
)  # fmt: skip
def test_names_of_statement_headings_in_the_body(sections, expected):
    assert listed_names([], sections) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington, for its part, has urged its partners to stay away from the station.",
         [("Washington", "United States")]),
        ("Beijing, by contrast, has offered free launches to its partners.",
         [("Beijing", "China")]),
        ("In 1994 Moscow, short of money for its programme, joined the station project.",
         [("Moscow", "Russia")]),
        ("The crisis will ease only if Tokyo talks to Beijing as an equal.",
         [("Tokyo", "Japan"), ("Beijing", "China")]),
        ("Some in Canberra will argue that the deal helps a rival.",
         [("Canberra", "Australia")]),
        # negative: the city's district, an aside naming a place, diplomats posted there, a
        # meeting held in the city
        ("Washington, D.C., is home to many space agencies' liaison offices.", []),
        ("Foreign diplomats in Nairobi say two governments may sign the accords.", []),
        ("The summit took place in Canberra, where the ministers met for two days.", []),
    ],
)  # fmt: skip
def test_capitals_that_act(make_doc, text, expected):
    assert countries(make_doc(text)) == expected


def actors(doc) -> list[tuple[str, str]]:
    """(mention, canonical name) of each actor, in order."""
    return [(s.text, s.kb_id_) for s in doc.spans["actors"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the UN's style writes a working group's name in lower case
        ("Chile supports the open-ended working group on PAROS and its next session.",
         [("Chile", "Chile"),
          ("open-ended working group on PAROS", "OEWG on PAROS")]),
        ("We value the open-ended working group on reducing space threats and its report.",
         [("open-ended working group on reducing space threats", "OEWG on Space Threats")]),
        # legislatures and groups of states by their own names
        ("The bill now goes to the Storting, and then to the Riksdag for a similar debate.",
         [("Storting", "Storting"), ("Riksdag", "Riksdag")]),
        ("The minister will brief the Assembly of the Republic on the space law.",
         [("Assembly of the Republic", "Assembly of the Republic")]),
        ("The Nuclear Suppliers Group and the Caribbean Community issued statements.",
         [("Nuclear Suppliers Group", "Nuclear Suppliers Group"),
          ("Caribbean Community", "Caribbean Community")]),
        # a state's named security centre
        ("The agency shares warnings with the National Cyber Security Centre every week.",
         [("National Cyber Security Centre", "National Cyber Security Centre")]),
        # negative: a working group in lower case with no remit of its own, a centre that is a
        # building, an assembly named by its kind alone
        ("The open-ended working group met twice in Geneva.", []),
        ("The new shopping centre and the Civic Centre opened in May.", []),
        ("The national assembly debated the budget for two days.", []),
    ],
)  # fmt: skip
def test_bodies_by_their_own_names(make_doc, text, expected):
    assert actors(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a summit named after the group of states that holds it
        ("The ministers prepared the Quad Leaders' Summit to be held in Delhi.",
         [("Quad Leaders' Summit", "Quad Leaders' Summit")]),
        ("The leaders met at the Pacific Islands Forum Summit last week.",
         [("Pacific Islands Forum Summit", "Pacific Islands Forum Summit")]),
        # negative: a summit with a longer name, the group alone, its summit in lower case
        ("The G20 Summit on Climate opened in Rome.", [("G20", "G20")]),
        ("The Quad met in Tokyo, and the summit closed early.", [("Quad", "Quad")]),
    ],
)  # fmt: skip
def test_summits_named_after_a_group(make_doc, text, expected):
    assert [a for a in actors(make_doc(text)) if a[1] not in ("Italy", "Japan")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one state's membership of an organisation is no party term
        ("Chile has been a Member State of the European Space Agency since 2030.",
         [("Chile", "Chile"), ("European Space Agency", "ESA")]),
        # negative: the members as a whole, and any one of them in an instrument
        ("The Member States of the agency approved the budget.",
         [("Member States", "Member States")]),
        ("Nothing in this Regulation shall prevent a Member State from cooperating with others.",
         [("Member State", "Member States")]),
    ],
)  # fmt: skip
def test_a_member_state_of_an_organisation(make_doc, text, expected):
    assert [a for a in actors(make_doc(text)) if a[1] != "Regulation"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitals taken in turn are places
        ("The board meets twice a year, alternating between Ottawa and Canberra.", []),
        ("Her team is shuttling between Nairobi and Cairo this month.", []),
        # negative: talks and rivalry between capitals are between states
        ("The talks between Ottawa and Canberra ended without a deal.",
         [("Ottawa", "Canada"), ("Canberra", "Australia")]),
    ],
)  # fmt: skip
def test_capitals_taken_in_turn(make_doc, text, expected):
    assert countries(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paper's numbered hypotheses
        ("We test three hypotheses. H1: partners of one bloc avoid the other. H2: the effect "
         "fades for large states. The data give no support for H3.", []),
        # negative: the rocket, in a text that sets out no hypotheses
        ("JAXA will fly the probe on an H3 next year.", [("JAXA", "JAXA"), ("H3", "H3")]),
    ],
)  # fmt: skip
def test_hypothesis_labels_are_no_rockets(make_doc, text, expected):
    assert actors(make_doc(text)) == expected


def test_an_honorific_name_cited_as_an_author_is_no_person(make_doc):
    assert persons(make_doc("As Dr. Anna Berg (2019) argues, the two blocs will converge.")) == []
