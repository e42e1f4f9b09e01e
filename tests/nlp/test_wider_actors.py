"""The gazetteer rows of ``pipeline/data/wider_actors.py``: companies, bodies and programmes
beyond the space sector, and the ambiguous words left out of them."""

from __future__ import annotations

import pytest

from pipeline.data.wider_actors import WIDER_ACTORS
from pipeline.nlp.extract.gazetteer import load_gazetteer

GAZETTEER = load_gazetteer()
FORMS = GAZETTEER.surface_forms()


@pytest.mark.parametrize(
    ("form", "actor", "kind", "country"),
    [
        ("Alstom", "Alstom", "company", "France"),
        ("Micron Technology", "Micron", "company", "United States"),
        ("Tata Consultancy Services", "Tata Consultancy Services", "company", "India"),
        ("TSMC", "TSMC", "company", "Taiwan"),
        ("LG", "LG Electronics", "company", "South Korea"),
        ("Rafael Advanced Defense Systems", "Rafael Advanced Defense Systems", "company", "Israel"),
        ("International Energy Agency", "IEA", "organization", ""),
        ("Fraunhofer", "Fraunhofer Society", "organization", "Germany"),
        ("Bhabha Atomic Research Centre", "BARC", "organization", "India"),
        ("Georgia Institute of Technology", "Georgia Tech", "organization", "United States"),
        ("Partnership for Global Infrastructure and Investment", "PGII", "program", ""),
        ("Inflation Reduction Act", "Inflation Reduction Act", "agreement", "United States"),
        ("Indian space programme", "Indian space program", "program", "India"),
        ("Japanese Space Program", "Japanese space program", "program", "Japan"),
        ("Soviet Space Programme", "Soviet space program", "program", "Soviet Union"),
        ("Union Cabinet of India", "Union Cabinet", "organization", "India"),
        ("Duma", "State Duma", "organization", "Russia"),
        (
            "Commonwealth of Independent States",
            "Commonwealth of Independent States",
            "organization",
            "",
        ),
        # a row whose name another row has already gives that row its new aliases
        ("US Senate", "Congress", "agency", "United States"),
    ],
)
def test_new_forms_resolve_with_type_and_country(form, actor, kind, country):
    assert FORMS.get(form) == actor
    assert (GAZETTEER[actor].type, GAZETTEER[actor].country) == (kind, country)


@pytest.mark.parametrize(
    "form",
    # a person, a star, a common word, an acronym with another meaning in space texts
    [
        "Tesla",
        "Ford",
        "Rafael",
        "Ursa Major",
        "Orange",
        "Visa",
        "Reliance",
        "EDF",
        "MCC",
        "GM",
        "Diet",
        "Parliament",
        "Cabinet",
        "House of Commons",
        "CIS",
        "Korean space program",
    ],
)
def test_ambiguous_words_are_not_listed(form):
    assert form not in FORMS


def test_every_row_is_in_the_gazetteer_under_its_own_or_an_earlier_name():
    for actor, *_ in WIDER_ACTORS:
        assert actor in FORMS, actor
