"""The extra gazetteer rows of ``pipeline/data/space_sector.py`` and how the builder merges
them with its own table."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pipeline.data.space_sector import EXTRA_ALIASES, SPACE_SECTOR
from pipeline.nlp.extract.gazetteer import load_gazetteer

DATA = Path(__file__).resolve().parents[2] / "pipeline" / "data"
FORMS = load_gazetteer().surface_forms()


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_gazetteer", DATA / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("form", "actor"),
    [
        ("Demo-2", "Crew Dragon Demo-2"),
        ("LANL", "Los Alamos National Laboratory"),
        ("SDIO", "Strategic Defense Initiative Organization"),
        ("National Space Science Centre", "NSSC"),
        ("Liquid Propulsion Systems Center", "LPSC"),
        ("Office for Outer Space Affairs", "UNOOSA"),
        ("National Institute of Advanced Industrial Science and Technology", "AIST"),
        ("U.S.-ROK Mutual Defense Treaty", "ROK-U.S. Mutual Defense Treaty"),
        (
            "Department for Political Affairs and Peacebuilding",
            "Department of Political and Peacebuilding Affairs",
        ),
        ("Energy Secretary", "Department of Energy"),
        ("Secretary of the Interior", "Department of the Interior"),
        ("KISHIDA Fumio", "Fumio Kishida"),
        ("Godrej Enterprises Group", "Godrej Aerospace"),
    ],
)
def test_new_forms_name_their_actor(form, actor):
    assert FORMS.get(form) == actor


@pytest.mark.parametrize(
    "form",
    # station modules and segments are places; an acronym with other meanings
    ["Node 3", "Harmony", "Kibo", "Columbus module", "Russian Orbital Segment", "I-Hab", "BAS"],
)
def test_ambiguous_forms_are_not_listed(form):
    assert form not in FORMS


def test_every_row_is_in_the_gazetteer_under_its_own_or_an_earlier_name():
    for actor, *_ in SPACE_SECTOR:
        assert actor in FORMS, actor
    for actor in EXTRA_ALIASES:
        assert FORMS.get(actor) == actor


def test_builder_merges_a_listed_actor_and_skips_a_taken_alias(monkeypatch):
    builder = _load_builder()
    sector = [
        ("NASA", "agency", "United States", "Some Other Name|CNSA", "", ""),  # listed: new alias
        ("Fake Institute", "organization", "China", "CNSA|Fake Inst.", "", ""),  # CNSA is taken
    ]
    monkeypatch.setattr(builder, "_sector_tables", lambda: (sector, {"ESA": "Fake ESA Alias"}))
    rows = {r[0]: r for r in builder.all_other()}
    assert rows["Fake Institute"][3] == "Fake Inst."
    assert rows["NASA"][3].endswith("|Some Other Name")
    assert rows["ESA"][3].endswith("|Fake ESA Alias")
    assert [r[0] for r in builder.all_other()].count("NASA") == 1


@pytest.mark.parametrize(
    ("form", "others"),
    [
        ("European Space Astronomy Centre", ["European Space Astronomy Center"]),
        ("Khrunichev Center", ["Khrunichev Centre"]),
        ("Centre national d'études spatiales", []),  # French: no English spelling to swap
        ("Centerville Institute", []),  # only the whole word
        ("NASA", []),
        ("Indian Space Research Organisation", ["Indian Space Research Organization"]),
        ("Luna programme", ["Luna program"]),
        ("Apollo Program", ["Apollo Programme"]),
        # one word at a time, then both: a text may spell either word its own way
        (
            "Space Program Centre",
            ["Space Programme Centre", "Space Program Center", "Space Programme Center"],
        ),
        ("Department of Defense", []),  # Defence / Defense name different departments
        ("Programa Espacial", []),  # only the whole word
    ],
)
def test_other_spellings_of_generic_words(form, others):
    assert _load_builder()._other_spellings(form) == others
