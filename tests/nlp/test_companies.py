"""Lines where a name is not an actor (``pipeline.nlp.extract.companies``)."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.companies import credit_or_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photo: Kestrel Orbital Technologies", True),
        ("Image courtesy of Meridian Aerospace.", True),
        ("Lee, K. et al. Lunar dust and landers. Planetary Notes 4, 2020.", True),
        ("Brown, J. (2021). Space markets. Journal of Orbital Policy, 12.", True),
        ("Department of Physics, University of Leeds, Leeds, United Kingdom", True),
        # prose, even with commas and capitalised names
        ("Meridian Aerospace, a young firm, will build the lander for the agency.", False),
        ("The University of Leeds signed an agreement with the Kenya Space Agency.", False),
        ("Sources say the Royal Astronomical Society will join.", False),
        ("With a mass of 12 tonnes and a length of 6 m, the new node, which Kestrel Orbital "
         "Technologies assembled at its plant in Leeds, Yorkshire, flew in May.", False),
        ("Bo Kim, Kestrel Space Centre, Department of Physics, York, United Kingdom", True),
    ],
)  # fmt: skip
def test_credit_or_reference(text, expected):
    assert credit_or_reference(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalised names ending in a body's head word, when the NER marks nothing there
        ("Scientists at the Halden Research Institute built the camera.",
         ["Halden Research Institute"]),
        ("Grants came from the Vellmar Orbit Foundation in spring.", ["Vellmar Orbit Foundation"]),
        # not a sentence's first words, not a longer name, not a head alone, not after "The"
        ("Halden Research Institute staff built the camera.", []),
        ("They met at the Halden Research Institute for Optics.", []),
        ("They wrote to the Institute last week.", []),
        ("A rule of the Vellmar Council of Elders applies.", []),
    ],
)  # fmt: skip
def test_bodies_by_the_shape_of_their_name(text_nlp, text, expected):
    from pipeline.nlp.extract.companies import shaped_bodies

    doc = text_nlp(text)
    doc.set_ents([], default="outside")  # as where the NER finds nothing
    assert [doc[s:e].text for s, e in shaped_bodies(doc)] == expected


def test_a_body_the_ner_reads_otherwise_is_not_taken_by_its_shape(text_nlp):
    from spacy.tokens import Span

    from pipeline.nlp.extract.companies import shaped_bodies

    doc = text_nlp("Scientists at the Halden Research Institute built the camera.")
    doc.set_ents([Span(doc, 3, 4, label="PERSON")], default="outside")
    assert shaped_bodies(doc) == []


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a cue tied to the name by its position says what it is
        ("The award went to Brightwater Orbital, a Denver-based satellite operator.",
         "Brightwater Orbital", "company"),
        ("The launch provider Quillfern will fly the payload.", "Quillfern", "company"),
        ("Lisbon-based Quillfern will fly the payload.", "Quillfern", "company"),
        ("Quillfern CEO Dana Okoro spoke first.", "Quillfern", "company"),
        ("Dana Okoro, the founder of Quillfern, spoke first.", "Quillfern", "company"),
        ("Quillfern's parent company raised new funds.", "Quillfern", "company"),
        ("A subsidiary of Veltrix will run the ground station.", "Veltrix", "company"),
        ("Ardent Learning, a nonprofit that trains engineers, joined.", "Ardent Learning",
         "organization"),
        ("Ardent Learning, an alliance of schools and firms, joined.", "Ardent Learning",
         "organization"),
        # no cue, or a cue that is not about the name
        ("Quillfern will fly the payload, the company said.", "Quillfern", ""),
        ("Brightwater Orbital flew last year, and a company in Denver helped.",
         "Brightwater Orbital", ""),
        ("Ardent Learning, a member of the alliance, joined.", "Ardent Learning", ""),
        ("The Kestrel Programme, a venture of two firms, began.", "Kestrel Programme", ""),
        ("Veltrix, which a company in Lisbon owns, flew twice.", "Veltrix", ""),
        ("The Company of Veltrix met in May.", "Veltrix", ""),
    ],
)  # fmt: skip
def test_what_the_words_around_a_name_say_it_is(text_nlp, text, name, expected):
    from pipeline.nlp.extract.companies import cued_name_type

    doc = text_nlp(text)
    start = next(t.i for t in doc if doc[t.i :].text.startswith(name))
    end = start + len(text_nlp.make_doc(name))
    assert cued_name_type(doc, start, end) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Brightwater Orbital", True),
        ("Veltrix", True),
        ("Quillfern Space and Energy", True),
        # a programme, a mission, a document, a craft, a lower-case phrase, a long run
        ("Kestrel Programme", False),
        ("Kestrel Mission", False),
        ("Veltrix Report", False),
        ("Brightwater Lander", False),
        ("the launch team", False),
        ("One Two Three Four Five Six", False),
    ],
)
def test_words_that_may_name_a_cued_company_or_body(text_nlp, name, expected):
    from pipeline.nlp.extract.companies import cued_name_words

    assert cued_name_words(list(text_nlp.make_doc(name))) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unlisted names the NER marks, kept by a cue beside them, typed by it
        ("The award went to Brightwater Orbital, a Denver-based satellite operator.",
         {("Brightwater Orbital", "company")}),
        ("Quillfern CEO Dana Okoro said the launch would slip.",
         {("Quillfern", "company"), ("Dana Okoro", "person")}),
        ("The agency gave grants to Boeing and Quellbright to test the radios.",
         {("Boeing", "company"), ("Quellbright", "company")}),
        ("The bank will lend to Orbitex Limited, and Kallmora Resources for the plant.",
         {("Orbitex Limited", "company"), ("Kallmora Resources", "company")}),
        # no cue: the NER's reading alone makes no actor
        ("The award went to Brightwater Orbital last year.", set()),
        # a cue beside a mission or a country is no firm
        ("Officials from Kenya, a country with a young space agency, attended.",
         {("Kenya", "country")}),
        ("The Kestrel Mission, a venture of two firms, launched in May.", set()),
    ],
)  # fmt: skip
def test_names_the_ner_marks_kept_by_a_cue(text_nlp, text, expected):
    doc = text_nlp(text)
    found = {(s.text, s.label_) for s in doc.spans["actors"]}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boeing and Kallmora built it.", True),
        ("Boeing, and Kallmora built it.", True),
        ("Boeing, Kallmora and Airbus built it.", True),
        # a comma alone joins no pair: "Kallmora" may be a place or a person in apposition
        ("Boeing, Kallmora said, built it.", False),
        ("Boeing with Kallmora built it.", False),
    ],
)
def test_a_name_joined_to_a_company_in_a_list(text_nlp, text, expected):
    from pipeline.nlp.components.actor_names import _list_join

    doc = text_nlp(text)
    assert _list_join(doc, 1, 2 + (doc[2].text == "and"), doc[3 + (doc[2].text == "and")]) is (
        expected
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Orbitrek Inc.", "Orbitrek"),
        ("Acme Orbital, Inc.", "Acme Orbital"),
        ("Kestrel Launch Co., Ltd.", "Kestrel Launch"),
        ("Nordlys Raumfahrt GmbH", "Nordlys Raumfahrt"),
        ("Vantor Systems S.A.", "Vantor Systems"),
        ("Halvard Minerals Limited", "Halvard Minerals"),
        ("Brightwing Pty Ltd", "Brightwing"),
        ("Nexorb Space Technologies Pvt. Ltd.", "Nexorb Space Technologies"),
        # kept: the legal form people say, no legal form, nothing left but one letter
        ("Sierra Nevada Corporation", "Sierra Nevada Corporation"),
        ("Tallis Instrument Company", "Tallis Instrument Company"),
        ("Rocket Lab", "Rocket Lab"),
        ("X Inc.", "X Inc."),
        ("Aerospace Agency", "Aerospace Agency"),
    ],
)  # fmt: skip
def test_without_legal_form(name, expected):
    from pipeline.nlp.extract.companies import without_legal_form

    assert without_legal_form(name) == expected


def test_a_firm_with_and_without_its_legal_form_is_one_actor(make_doc):
    doc = make_doc(
        "Brightwater Orbital Inc. will build the relay satellite under a NASA contract. "
        "Brightwater Orbital said the first unit would fly in 2027."
    )
    firms = {s.kb_id_ for s in doc.spans["actors"] if s.label_ == "company"}
    assert firms == {"Brightwater Orbital"}
