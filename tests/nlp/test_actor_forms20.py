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
