"""The gazetteer rows of ``pipeline/data/spacefaring.py``: missions, vehicles, companies and
bodies across the spacefaring states, and the ambiguous words left out of them."""

from __future__ import annotations

import pytest

from pipeline.data.spacefaring import SPACEFARING
from pipeline.nlp.extract.gazetteer import load_gazetteer

GAZETTEER = load_gazetteer()
FORMS = GAZETTEER.surface_forms()


@pytest.mark.parametrize(
    ("form", "actor", "kind", "country"),
    [
        ("MESSENGER", "MESSENGER", "mission", "United States"),
        ("Near-Earth Object Surveyor", "NEO Surveyor", "mission", "United States"),
        ("Crew Flight Test", "Starliner Crew Flight Test", "mission", "United States"),
        ("Smart Dragon 3", "Jielong-3", "program", "China"),
        ("Lijian-1", "Kinetica-1", "program", "China"),
        ("Vikram-S", "Vikram-S", "program", "India"),
        ("Zuljanah", "Zuljanah", "program", "Iran"),
        ("Mission Shakti", "Mission Shakti", "mission", "India"),
        ("Cosmos 1408", "Kosmos 1408", "mission", "Soviet Union"),
        ("Cheollian", "GEO-KOMPSAT", "program", "South Korea"),
        ("Gokturk-2", "Göktürk", "program", "Turkey"),
        ("GhanaSat-1", "GhanaSat-1", "mission", "Ghana"),
        ("Taifa-1", "Taifa-1", "mission", "Kenya"),
        ("RUAG Space", "Beyond Gravity", "company", "Switzerland"),
        ("Maritime Launch Services", "Maritime Launch Services", "company", "Canada"),
        ("Ghalam", "Ghalam", "company", "Kazakhstan"),
        ("Space Training and Readiness Command", "STARCOM", "agency", "United States"),
        ("PLA Information Support Force", "PLA Information Support Force", "agency", "China"),
        ("International Asteroid Warning Network", "IAWN", "organization", ""),
        ("Space Mission Planning Advisory Group", "SMPAG", "organization", ""),
        ("UNIDROIT", "UNIDROIT", "organization", ""),
        ("Zero Debris Charter", "Zero Debris Charter", "agreement", ""),
        ("Netherlands Institute for Space Research", "SRON", "organization", "Netherlands"),
        ("Universidade de São Paulo", "University of São Paulo", "organization", "Brazil"),
        ("Universidade de Sao Paulo", "University of São Paulo", "organization", "Brazil"),
        ("Science and Technology Facilities Council", "STFC", "agency", "United Kingdom"),
        ("Society of Japanese Aerospace Companies", "SJAC", "organization", "Japan"),
        ("SpX-20", "CRS-20", "mission", "United States"),
        ("Kounotori 9", "HTV-9", "mission", "Japan"),
        # a row whose name another row has already gives that row its new aliases
        ("Tracking and Data Relay Satellite System", "TDRS", "program", "United States"),
        ("Voyager Technologies", "Voyager Space", "company", "United States"),
        ("Arirang", "KOMPSAT", "program", "South Korea"),
        ("Iran Space Research Center", "Iranian Space Research Center", "agency", "Iran"),
    ],
)
def test_new_forms_resolve_with_type_and_country(form, actor, kind, country):
    assert FORMS.get(form) == actor
    assert (GAZETTEER[actor].type, GAZETTEER[actor].country) == (kind, country)


@pytest.mark.parametrize(
    "form",
    # a star, a dwarf planet, a star cluster, a god, a letter, a myth, a person, a given name,
    # a common word, an acronym with other meanings
    [
        "Antares",
        "Eris",
        "Pleiades",
        "Aeolus",
        "Hera",
        "Epsilon",
        "Pegasus",
        "Euclid",
        "Giotto",
        "Griffin",
        "Sojourner",
        "Rosalind Franklin",
        "Open",
        "Hitomi",
        "Daichi",
        "Anik",
        "Super Heavy",
        "Antares rocket",
        "Hera mission",
        "Delta 4",
        "Neutron",
        "Biomass",
        "CSO",
        "ILS",
        "GSA",
        "Tempo",
        "tempo",
        "CRS 12",
        "Bigelow Expandable Activity Module",
        "Wentian",
        "Kuiper",
    ],
)
def test_ambiguous_words_are_not_listed(form):
    assert form not in FORMS


def test_every_row_is_in_the_gazetteer_under_its_own_or_an_earlier_name():
    for actor, *_ in SPACEFARING:
        assert actor in FORMS, actor


def _actors(doc) -> list[str]:
    out: list[str] = []
    for span in doc.spans["actors"]:
        if span.kb_id_ not in out:
            out.append(span.kb_id_)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new rows found in running text, longest form first
        ("Maritime Launch Services hopes to fly from Nova Scotia before RFA One does.",
         ["Maritime Launch Services", "RFA One"]),
        ("The Smart Dragon 3 and the Kinetica-1 rockets flew in the same month.",
         ["Jielong-3", "Kinetica-1"]),
        ("Kenya's Taifa-1 and Ghana's GhanaSat-1 were built with foreign help.",
         ["Kenya", "Taifa-1", "Ghana", "GhanaSat-1"]),
        ("The Space Mission Planning Advisory Group met the International Asteroid Warning "
         "Network.", ["SMPAG", "IAWN"]),
        # the bare ambiguous word is no actor
        ("Antares shone above the pad as the crew looked up.", []),
        ("Rosalind Franklin studied DNA; the Rosalind Franklin rover will study Mars.",
         ["ExoMars"]),
        ("The epsilon value and the Hera myth are not actors.", []),
        ("A super heavy rocket and a neutron star are not actors.", []),
    ],
)  # fmt: skip
def test_new_rows_in_running_text(make_doc, text, expected):
    assert _actors(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a route between two places is not the programme; the programme by its name is
        ("Crews will one day go from the Moon to Mars.", []),
        ("Robots lead the way from Moon to Mars.", []),
        ("The agency's Moon to Mars plan sets the order of flights.", ["Moon to Mars"]),
        # the astronomers, not the programmes named after them
        ("Galileo Galilei saw four moons of Jupiter.", []),
        ("Nicolaus Copernicus put the Sun at the centre.", []),
        ("Copernicus data and Galileo signals serve farmers.", ["Copernicus", "Galileo"]),
    ],
)  # fmt: skip
def test_programme_false_friends(make_doc, text, expected):
    assert _actors(make_doc(text)) == expected
