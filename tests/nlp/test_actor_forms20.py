"""Actor forms of the twentieth round: an Irish family name with its particle, a craft named
before "probe" or "orbiter", launch sites and navies the gazetteer lists."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # an Irish family name with its particle, used after the full name
        (["I welcome Dr. Aisling Ó Briain, principal officer in the department.",
          "I invite Dr. Ó Briain to make her opening statement."],
         ["Aisling Ó Briain", "Aisling Ó Briain"]),
        (["Ms. Gráinne Ní Dhuibhir, director of the space office, gave evidence.",
          "Ní Dhuibhir said the office would report in the spring."],
         ["Gráinne Ní Dhuibhir", "Gráinne Ní Dhuibhir"]),
    ],
)  # fmt: skip
def test_irish_family_names_with_a_particle(make_doc, blocks, expected) -> None:
    doc = make_doc(blocks, year=2026)
    persons = [a.kb_id_ for a in doc.spans["actors"] if a.label_ == "person"]
    assert persons == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Irish firms built parts for the Giotto probe and the Ulysses orbiter.",
         [("Giotto", "mission"), ("Ulysses", "mission")]),
        # a kind of craft, a place or a listed actor before the noun is no name
        ("The agency studied the Mars orbiter and the Japanese probe.", []),
        # "lander" and "rover" also name a vehicle's design: left alone
        ("The LK lander was tested in Earth orbit.", []),
    ],
)  # fmt: skip
def test_a_craft_named_before_probe_or_orbiter(make_doc, sentence, expected) -> None:
    doc = make_doc([sentence], year=2026)
    found = [(a.kb_id_, a.label_) for a in doc.spans["actors"] if a.label_ == "mission"]
    assert found == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a relation between states or a meeting of a series, named by kind words alone
        ("Strategic Partnership", True),
        ("Comprehensive Strategic and Global Partnership", True),
        ("Fourth Ministerial Dialogue", True),
        ("the Annual Summit", True),
        ("Space Dialogue", True),
        # a proper word makes it a name of its own
        ("Kenya-Peru Space Dialogue", False),
        ("Quad Leaders' Summit", False),
        ("Andean Space Partnership", False),
    ],
)  # fmt: skip
def test_a_relation_or_meeting_named_by_kind_words_is_generic(name, expected) -> None:
    from pipeline.nlp.extract.shaped_names import generic_name

    assert generic_name(name) is expected


def test_a_partnership_between_two_states_is_no_actor(make_doc) -> None:
    doc = make_doc(
        ["Space work is a pillar of the Strategic Partnership between Chile and Kenya, and "
         "the ministers will meet again at the next Annual Summit."],
        year=2026,
    )  # fmt: skip
    names = {a.kb_id_ for a in doc.spans["actors"]}
    assert {"Chile", "Kenya"} <= names
    assert not any("Partnership" in n or "Summit" in n for n in names)
