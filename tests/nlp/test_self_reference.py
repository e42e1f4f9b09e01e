"""References a document makes to itself, its defined terms, and the pattern actors
(``pipeline.nlp.components.self_reference``, ``pipeline.nlp.components.compounds``)."""

from __future__ import annotations

import pytest

from pipeline.nlp.components.compounds import resolutions, us_instruments
from pipeline.nlp.components.self_reference import instrument_of
from pipeline.nlp.extract.gazetteer import load_gazetteer


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a gazetteer entry's long form names the entry
        ("Convention on Registration of Objects Launched into Outer Space",
         ("Registration Convention", "agreement", "", "convention")),
        ("Guidelines for the Long-term Sustainability of Outer Space Activities",
         ("LTS Guidelines", "agreement", "", "guidelines")),
        # a numbered executive order by its number, others by their title
        ("Executive Order 13803: Reviving the National Space Council",
         ("Executive Order 13803", "agreement", "United States", "order")),
        ("Joint Statement of the Space Ministers of Two Countries",
         ("Joint Statement of the Space Ministers of Two Countries", "agreement", "", "statement")),
        ("The National Space Transportation Policy",
         ("National Space Transportation Policy", "agreement", "United States", "policy")),
        # titles that mention an instrument without being one
        ("Why the Artemis Accords matter", None),
        ("Fact Sheet: Strengthening International Space Partnerships", None),
        ("A statement on lunar exploration", None),
        ("", None),
    ],
)  # fmt: skip
def test_instrument_of_a_title(title, expected):
    assert instrument_of(title, load_gazetteer()) == expected


def test_self_references_and_party_terms_of_an_instrument(make_doc, actor_mentions):
    doc = make_doc(
        [
            "The States Parties to this Convention agree as follows.",
            "Each State Party shall maintain a register. The present Convention shall enter into "
            "force upon ratification. The Convention on Biological Diversity is another matter.",
        ],
        title="Convention on Registration of Objects Launched into Outer Space",
    )
    assert actor_mentions(doc, "self_reference") == [
        ("States Parties", "States Parties", "country"),
        ("this Convention", "Registration Convention", "agreement"),
        ("State Party", "States Parties", "country"),
        ("The present Convention", "Registration Convention", "agreement"),
    ]


def test_an_order_refers_to_itself_by_number(make_doc, actor_mentions):
    doc = make_doc(
        "This order revives the council. Nothing in this order shall impair any treaty.",
        title="Executive Order 13803: Reviving the National Space Council",
    )
    assert [m[1] for m in actor_mentions(doc, "self_reference")] == ["Executive Order 13803"] * 2


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # an article that discusses an agreement does not refer to itself
        ("Why the Artemis Accords matter", "We argue that this agreement is weak."),
        ("Lunar governance after 2020", "This Treaty, the authors argue, has aged well."),
        # no title: no instrument
        ("", "The Contracting Parties to this Treaty shall consult."),
    ],
)
def test_no_self_reference_outside_an_instrument(make_doc, title, text, actor_mentions):
    assert actor_mentions(make_doc(text, title=title), "self_reference") == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a policy document names itself by its main title: an edition's year after the head
        # word does not hide it, a slogan after the colon is no part of its name
        ("National Space Strategy 2030: Keeping Our Satellites Safe",
         ("National Space Strategy 2030", "agreement", "", "strategy")),
        ("Lunar Exploration Roadmap", ("Lunar Exploration Roadmap", "agreement", "", "roadmap")),
        ("Framework for Regional Earth Observation",
         ("Framework for Regional Earth Observation", "agreement", "", "framework")),
        # a gazetteer entry's form still names the entry
        ("Guide for Partnership", ("ILRS Guide for Partnership", "agreement", "", "guide")),
        # a binding instrument's word wins over a policy document's at the edge
        ("Agreement on a Common Launch Framework",
         ("Agreement on a Common Launch Framework", "agreement", "", "agreement")),
        # a plan named as such with a capitalised modifier, an edition's span of years after it
        ("Lunar Science Agency Strategic Plan 2027–2031",
         ("Lunar Science Agency Strategic Plan 2027–2031", "agreement", "", "plan")),
        ("National Action Plan for Space Weather",
         None),
        ("Space Weather Action Plan", ("Space Weather Action Plan", "agreement", "", "plan")),
        # the kind before the "of" that names whose document it is
        ("NATIONAL SPACE STRATEGY of the Republic of Chile",
         ("NATIONAL SPACE STRATEGY of the Republic of Chile", "agreement", "", "strategy")),
        ("Space Roadmap of Norway", ("Space Roadmap of Norway", "agreement", "", "roadmap")),
        # an instrument among three governments, its title in capitals, named as a title is
        ("TRILATERAL AGREEMENT AMONG THE GOVERNMENTS OF CHILE, PERU AND ECUADOR",
         ("Trilateral Agreement among the Governments of Chile, Peru and Ecuador", "agreement",
          "", "agreement")),
        # titles about a strategy or a plan, not the document itself
        ("Why a space strategy matters", None),
        ("China's 15th Five-Year Plan: S&T Priorities", None),
        ("Europe's Lunar Action Plan", None),
        ("Reading the Strategic Plan: Five Lessons", None),
        ("A Plan", None),
        ("Space Strategy of Canada: An Assessment", None),
        ("Space Programme Review 2025", None),
        # a defence ministry's doctrine, its title in capitals; a title about doctrine is none
        ("JOINT SPACE OPERATIONS DOCTRINE",
         ("Joint Space Operations Doctrine", "agreement", "", "doctrine")),
        ("Why military doctrine lags behind in orbit", None),
    ],
)  # fmt: skip
def test_a_policy_document_of_its_title(title, expected):
    assert instrument_of(title, load_gazetteer()) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("National Space Strategy 2030: Keeping Our Satellites Safe",
         "This strategy sets three goals. The agency will report on the Strategy each year.",
         [("This strategy", "National Space Strategy 2030"),
          ("Strategy", "National Space Strategy 2030")]),
        # another named strategy is not the document
        ("National Space Strategy 2030: Keeping Our Satellites Safe",
         "The Strategy for Lunar Science was published earlier.", []),
        # an essay on strategy does not refer to itself
        ("Thinking about space strategy", "This strategy, we argue, is flawed.", []),
        # an agency's strategic plan refers to itself as "this Plan"
        ("Lunar Science Agency Strategic Plan 2027–2031",
         "We cannot do it alone, and this Plan does not pretend that we can.",
         [("this Plan", "Lunar Science Agency Strategic Plan 2027–2031")]),
        # a doctrine refers to itself as "this doctrine"; another named doctrine is not it
        ("Air and Space Power Doctrine",
         "This doctrine guides the air force. The Naval Doctrine of 2019 is older.",
         [("This doctrine", "Air and Space Power Doctrine")]),
    ],
)  # fmt: skip
def test_a_policy_document_refers_to_itself(make_doc, title, text, expected, actor_mentions):
    found = [(m[0], m[1]) for m in actor_mentions(make_doc(text, title=title), "self_reference")]
    assert found == expected


def test_signatories_beside_an_agreement_outside_an_instrument(make_doc, actor_mentions):
    doc = make_doc("Since then, the Artemis Accords signatories have met twice. Many signatories.")
    assert actor_mentions(doc, "self_reference") == [("signatories", "Signatories", "country")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The workshop raised awareness among Member States of the benefits.",
         [("Member States", "Member States", "country")]),
        # lower case, the members of an organisation are a description, not the term
        ("By 2015 the organisation had 22 member states.", []),
        # an acronym defined for the members with their body's name before the term
        ("Only some Andean Member States (AMS) run satellites. AMS will share their data, and "
         "no AMS will act alone.",
         [("Member States", "Member States", "country"), ("AMS", "Member States", "country"),
          ("AMS", "Member States", "country")]),
        # an acronym of another phrase, or of the bare term with nothing before it
        ("The Lunar Ground Stations (LGS) will share data. LGS will meet.", []),
    ],
)  # fmt: skip
def test_member_states_outside_an_instrument(make_doc, text, expected, actor_mentions):
    assert actor_mentions(make_doc(text), "self_reference") == expected


def test_a_term_defined_in_parentheses_means_its_name(make_doc, actor_mentions):
    doc = make_doc(
        "The National Space Council (Council) is revived. The National Security Council keeps "
        "its role. The Council shall advise the President."
    )
    assert [m[1] for m in actor_mentions(doc, "short_form")] == ["National Space Council"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noting its resolutions 3011 (XXVIII) of 2 March 1973, 3150 (XXIX) of "
         "9 October 1974 and 3402 (XXX),",
         ["UN General Assembly resolution 3011 (XXVIII)",
          "UN General Assembly resolution 3150 (XXIX)",
          "UN General Assembly resolution 3402 (XXX)"]),
        ("General Assembly resolution 66/288 endorsed it.",
         ["UN General Assembly resolution 66/288"]),
        ("in resolution 2601 A (XXIV) of 16 December 1969", ["UN General Assembly resolution 2601A (XXIV)"]),
        ("Security Council resolution 1540 binds all states.", ["UN Security Council resolution 1540"]),
        # a bare number without a session or a slash is no UN resolution
        ("The board adopted resolution 2 on travel.", []),
    ],
)  # fmt: skip
def test_un_resolutions(text, expected):
    assert [name for _, _, name in resolutions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S.-India space partnership grew.", ["United States", "India"]),
        ("NASA-ISRO radar data were shared.", ["NASA", "ISRO"]),
        # demonyms that name a language are no country
        ("Tianwen-1 (Chinese: 天问一号) is a mission.", ["Tianwen-1"]),
        ("The Arabic, Chinese, English, French, Russian and Spanish texts are authentic.", []),
        ("Chinese officials welcomed the plan.", ["China"]),
    ],
)
def test_compounds_and_languages(make_doc, text, expected):
    found = []
    doc = make_doc(text)
    for s in doc.spans["actors"]:
        if s.kb_id_ not in found:
            found.append(s.kb_id_)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They noted progress under the Strategic Trade Dialogue last June.",
         [("Strategic Trade Dialogue", "organization")]),
        ("The two countries established a Comprehensive Dialogue on Oceans in 2023.",
         [("Comprehensive Dialogue on Oceans", "organization")]),
        ("A program between the Geological Survey of India and partners began.",
         [("Geological Survey of India", "agency")]),
        # country words inside the name belong to it
        ("They welcome progress made by the U.S.-France Cyber Dialogue this year.",
         [("U.S.-France Cyber Dialogue", "organization")]),
        # ... also joined by a dash to the next word, and an ordinal before the name is not
        # part of it (the meetings of one series)
        ("Officials met at the Kenya-Peru Space Dialogue in Lima.",
         [("Kenya-Peru Space Dialogue", "organization")]),
        ("The Third Chile–Norway Ministerial Dialogue on Polar Satellites was held in Oslo.",
         [("Chile–Norway Ministerial Dialogue on Polar Satellites", "organization")]),
        ("Both leaders attended the 12th Ghana-Brazil Annual Summit in Accra.",
         [("Ghana-Brazil Annual Summit", "organization")]),
        ("The ASEAN–Chile Space Forum, founded in 2019, met again.",
         [("ASEAN–Chile Space Forum", "organization")]),
        # a listed body inside a name without a dash-joined opening still decides, and a dash
        # after the head's complement is no opening
        ("Leaders support the ASEAN Outlook on the Indo-Pacific and its aims.", []),
        # a dash with a space beside it joins no name
        ("It was agreed by Kenya - Peru Space Dialogue delegates.",
         [("Peru Space Dialogue", "organization")]),
        # a date after "on" is not part of the name
        ("Korea will host the Green Growth Summit on May 30.", [("Green Growth Summit", "organization")]),
        # not a name: a bare head word, a head inside a longer name, a heading in title case
        ("The Council shall meet twice a year.", []),
        ("The European Service Module powers the capsule.", []),
        ("Strengthening The Strategic Trade Dialogue With Partners", []),
        # a long name whose head comes before "on ... of ...", with a possessive inside it
        ("Last year the Governor's Commission on Reform of Regional Launch Sites met twice.",
         [("Governor's Commission on Reform of Regional Launch Sites", "organization")]),
        # ... but not a possessive that is an actor, nor "The" opening the sentence
        ("The Commission met twice in Geneva last spring.", []),
        ("The Director's Office answers questions from the public.", []),
        # nor a country the gazetteer lists under the whole name (it stays a country)
        ("In 1961 the Soviet Union put a man in orbit.", []),
        # a listed country whose name ends in a head word is the country, not a new body
        ("The station was run first by the Soviet Union, then by Russia.", []),
    ],
)  # fmt: skip
def test_named_bodies(make_doc, text, expected):
    doc = make_doc(text)
    found = [(s.text, s.label_) for s in doc.spans["actors"] if s._.sc_actor_method == "ner"]
    assert found == expected


def test_a_listed_country_named_like_a_body_stays_a_country(make_doc):
    doc = make_doc("In 1961 the Soviet Union put a man in orbit.")
    assert [(s.kb_id_, s.label_) for s in doc.spans["actors"]] == [("Soviet Union", "country")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Records stay closed under Executive Order 12345 of May 2, 1999, as amended.",
         ["Executive Order 12345"]),
        ("Reviews follow Executive Order 14111 of June 3, 2024 (Protecting Lunar Heritage Sites).",
         ["Protecting Lunar Heritage Sites"]),
        ("The Council was created by Executive Order 14222 (EO 14222).", ["Executive Order 14222"]),
        ("Grants are made under section 3 of Public Law 98-765.", ["Public Law 98-765"]),
        ("Acting under the Constitution and laws of the United States, I direct as follows:",
         ["United States Constitution"]),
        # not an instrument number, nor another country's constitution
        ("An executive order of 1999 and order 12345 of the court.", []),
        ("The Constitution of Ruritania guarantees the freedom of research.", []),
    ],
)  # fmt: skip
def test_us_instruments(text, expected):
    assert [name for _, _, name in us_instruments(text)] == expected
