"""A legal text's own definitions: a statute's short-title clause and "this Act"; a body's short
name defined by "means", "to be known as" or "hereinafter"; an instrument's term for one side's
persons and bodies ('"U.S. Participants" means ...'); and a Union institution's document
that names the EU only in its heading (twenty-first round, from the wave-8 documents' misses: a
national space activities act and a regional body's council conclusions; every row is the
team's own text).
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.statute_terms import (
    defined_bodies,
    short_title,
    side_terms,
    statute_references,
)
from pipeline.nlp.extract.union_institutions import union_institutions, union_register
from tests.nlp.test_instrument_parties import instrument_claim  # noqa: F401  (the fixture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. (1) This Act may be cited as the Orbital Safety Act, 2031.",
         ("Orbital Safety Act", "Act")),
        ('SEC. 1. SHORT TITLE. This Act may be cited as the "Lunar Partnership Act of 2029".',
         ("Lunar Partnership Act", "Act")),
        ("This Act may be cited as the Space (Launches and Landings) Act 2030.",
         ("Space (Launches and Landings) Act", "Act")),
        ("Article 1. This Law shall be known as the Space Resources Law.",
         ("Space Resources Law", "Law")),
        # negative: a report that speaks of an act; a name of one word; no clause at all
        ("Critics say this Act may be cited as proof of a new approach.", None),
        ("This Act may be cited as the Act.", None),
        ("Under this Act the Minister may issue licences.", None),
    ],
)  # fmt: skip
def test_short_title(text, expected):
    assert short_title(text) == expected


def test_this_act_refers_to_the_cited_act():
    text = (
        "This Act may be cited as the Orbital Safety Act, 2031. This Act binds the State. "
        "Nothing in the present Act limits the Act of 1998, and the Act of 1998 stays in force."
    )
    found = [(text[s:e], name) for s, e, name in statute_references(text)]
    assert found == [
        ("This Act", "Orbital Safety Act"),
        ("This Act", "Orbital Safety Act"),
        ("the present Act", "Orbital Safety Act"),
    ]
    # a text without the clause: a commentary's "this Act" is not read as an act's own
    assert statute_references("Under this Act the Minister may issue licences.") == []


def _names(text: str, *names: str) -> list[tuple[int, int, str]]:
    return [(text.index(n), text.index(n) + len(n), n) for n in names]


def _defined(text: str, *names: str) -> dict[str, str]:
    spans = _names(text, *names)
    return {word: spans[k][2] for word, (_, k) in defined_bodies(text, spans).items()}


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a definitions section, even at the end of the text
        ("The Authority shall keep the register. In this Act, “Authority” means the Lunar "
         "Resources Authority established under section 4;",
         ["Lunar Resources Authority"], {"Authority": "Lunar Resources Authority"}),
        ('"Commission" means the Orbital Debris Commission; "Minister" means the Minister '
         "responsible for transport.",
         ["Orbital Debris Commission"], {"Commission": "Orbital Debris Commission"}),
        # an establishing clause: the name's head word
        ("There is hereby established a body corporate to be known as the Karoo Space Office.",
         ["Karoo Space Office"], {"Office": "Karoo Space Office"}),
        # a convention's "hereinafter", with and without brackets
        ('The Andean Satellite Organisation, hereinafter referred to as "the Organisation", is '
         "hereby established.",
         ["Andean Satellite Organisation"], {"Organisation": "Andean Satellite Organisation"}),
        ("The Pacific Launch Council (hereinafter the “Council”) shall meet each year.",
         ["Pacific Launch Council"], {"Council": "Pacific Launch Council"}),
        # negative: the defined word is not the name's; a body that is no head word of a body
        # ("Fund"); a name of one word; no formula (only a mention of another state's agency)
        ('"Regulator" means the Maritime Authority of the Republic.',
         ["Maritime Authority"], {}),
        ("A reserve to be known as the Orbital Research Fund is created.",
         ["Orbital Research Fund"], {}),
        ('Space, hereinafter "the Space", is a domain.', ["Space"], {}),
        ("The Minister may consult the Japan Aerospace Exploration Agency. The Agency may reply.",
         ["Japan Aerospace Exploration Agency"], {}),
    ],
)  # fmt: skip
def test_defined_bodies(text, names, expected):
    assert _defined(text, *names) == expected


def test_the_definition_holds_from_where_it_is_made():
    text = "The Council met. The Pacific Launch Council, hereinafter “the Council”, met again."
    spans = _names(text, "Pacific Launch Council")
    start, k = defined_bodies(text, spans)["Council"]
    assert start > text.index("hereinafter") and k == 0
    # a definitions section governs the whole act, before it too
    text = "The Authority licenses. “Authority” means the Lunar Resources Authority;"
    assert defined_bodies(text, _names(text, "Lunar Resources Authority"))["Authority"][0] == 0


@pytest.mark.parametrize(
    ("text", "names", "title", "expected"),
    [
        # the institution names the EU only in its heading, which the ingester took off
        ("1. RECALLS that the Union's programme brings its satellites together.", [],
         "Council of the European Union", True),
        # or by an institution's full name, or the words inside a longer name
        ("The European Commission said that the Union would act.", ["European Commission"],
         "", True),
        ("THE COUNCIL OF THE EUROPEAN UNION, STRESSES that the Union must keep its access.", [],
         "", True),
        # negative: no EU at all (a union of workers); another union named more often
        ("The Union said so, and the city council agreed.", [], "", False),
        ("The African Union met; the African Union and the European Union spoke. The Union "
         "agreed.", ["African Union", "African Union"], "", False),
    ],
)  # fmt: skip
def test_union_named_by_its_institutions(text, names, title, expected):
    assert union_register(text, names, title) is expected


def test_a_municipal_council_is_no_union_institution():
    text = "The European Union funds the plan. The city council voted, and the Union paid."
    assert [(text[s:e], n) for s, e, n in union_institutions(text, [])] == [("Union", "EU")]


def actors(doc) -> list[tuple[str, str]]:
    return [(s.text, s.kb_id_) for s in doc.spans["actors"]]


def test_an_act_in_a_document(make_doc):
    doc = make_doc(
        [
            "ACTS OF RURITANIA",
            "1. This Act may be cited as the Ruritania Space Activities Act, 2030.",
            "2. There is established by this Act a body corporate to be known as the Ruritania "
            "Space Agency.",
            "3. The Agency may cooperate with the Indian Space Research Organisation and the "
            "European Space Agency, and the Agency shall report to the Minister.",
            "4. In this Act, “Agency” means the Ruritania Space Agency established under "
            "section 2.",
        ]
    )
    found = actors(doc)
    assert ("This Act", "Ruritania Space Activities Act") in found
    assert ("this Act", "Ruritania Space Activities Act") in found
    agency = [name for text, name in found if text == "Agency"]
    assert agency and set(agency) == {"Ruritania Space Agency"}


def test_a_report_on_an_act_gets_no_self_reference(make_doc):
    doc = make_doc(
        [
            "Ruritania passed a space law in 2030.",
            "Critics say this Act leaves the Agency too weak, and NASA has offered advice.",
        ]
    )
    assert not any(text.lower() == "this act" for text, _ in actors(doc))


def test_council_conclusions_in_a_document(make_doc):
    doc = make_doc(
        [
            "1. STRESSES that the Union must keep autonomous access to space;",
            "2. INVITES the Commission to assess the Union's dependence on outside suppliers.",
        ],
        title="Council of the European Union",
    )
    found = actors(doc)
    assert ("Union", "EU") in found
    assert ("Commission", "European Commission") in found


def _countries(text: str, *words: str) -> list[tuple[int, int]]:
    return [(text.index(w), text.index(w) + len(w)) for w in words]


@pytest.mark.parametrize(
    ("text", "countries", "expected"),
    [
        ('"U.S. Participants" means the holders of United States licences for launches.',
         ["U.S."], ["U.S. Participants"]),
        ("“Norwegian Launch Operators” shall mean the companies licensed by Norway.",
         ["Norwegian", "Norway"], ["Norwegian Launch Operators"]),
        # negative: a defined plural with no country; the instrument's own party word; a
        # country named only in the definition, not in the term
        ('"Launch Activities" means the launches from the Azores.', [], []),
        ('"Chilean States" means the regions of Chile.', ["Chilean", "Chile"], []),
        ('"Technical Data" means data that Japan controls.', ["Japan"], []),
    ],
)  # fmt: skip
def test_side_terms(text, countries, expected):
    found = side_terms(text, _countries(text, *countries))
    assert [text[s:e] for s, e in found] == expected


def test_a_side_term_in_an_agreement(make_doc):
    doc = make_doc(
        [
            "Agreement between the Government of the United States of America and the "
            "Government of Norway on Technology Safeguards",
            'A. "U.S. Participants" means the holders of licences issued by the Government of '
            "the United States of America for launch activities in Norway.",
            "U.S. Participants shall notify the Norwegian authorities of each shipment.",
        ]
    )
    found = actors(doc)
    assert found.count(("U.S. Participants", "U.S. Participants")) == 2
    assert ("U.S.", "United States") not in found


BILATERAL = (
    "The Government of the Republic of Chile and the Government of the Republic of Peru, "
    'hereinafter referred to as "the Parties",'
)


@pytest.mark.parametrize(
    ("blocks", "parties"),
    [
        # who signs in the testimonium, whatever the word: the Parties sign by them
        ([BILATERAL, "IN WITNESS WHEREOF, the representatives named below, authorised by their "
                     "Governments to do so, have signed this Agreement."], ["Chile", "Peru"]),
        ([BILATERAL, "IN WITNESS WHEREOF the plenipotentiaries have signed this Agreement."],
         ["Chile", "Peru"]),
        # negative: representatives outside the testimonium name no side
        ([BILATERAL, "The representatives named below met in Lima to review the data."], []),
    ],
)  # fmt: skip
def test_the_signers_of_a_testimonium(instrument_claim, blocks, parties):  # noqa: F811
    assert sorted(instrument_claim("AGREEMENT", blocks)._.sc_claim_parties) == parties
