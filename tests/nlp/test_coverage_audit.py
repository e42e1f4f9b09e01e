"""Round twelve of issue 14: the gazetteer rows of ``pipeline/data/coverage_audit.py``, the
short forms of long names, UN resolutions cited with their body, acronyms a document redefines
as a common phrase, and the shape of a person's name in scholarly prose. Own-words sentences;
each table has the cases that must not change."""

from __future__ import annotations

import pytest

from pipeline.data.coverage_audit import COVERAGE_AUDIT
from pipeline.nlp.extract.gazetteer import load_gazetteer
from pipeline.nlp.extract.persons import is_name
from pipeline.nlp.extract.scoring import CanonicalNames

GAZETTEER = load_gazetteer()
FORMS = GAZETTEER.surface_forms()


@pytest.mark.parametrize(
    ("form", "actor", "kind", "country"),
    [
        ("Bureau of Arms Control, Deterrence and Stability",
         "Bureau of Arms Control, Deterrence and Stability", "agency", "United States"),
        ("Traffic Coordination System for Space", "TraCSS", "program", "United States"),
        ("China Meteorological Administration", "China Meteorological Administration",
         "agency", "China"),
        ("FORMOSAT-5", "FORMOSAT", "program", "Taiwan"),
        ("Skynet 6A", "Skynet", "program", "United Kingdom"),
        ("Space Industry Act 2018", "Space Industry Act 2018", "agreement", "United Kingdom"),
        ("GMES & Africa", "GMES and Africa", "program", ""),
        ("Regional Centre for Mapping of Resources for Development", "RCMRD", "organization",
         "Kenya"),
        ("Regional Center for Training in Aerospace Surveys", "RECTAS", "organization",
         "Nigeria"),
        ("Open-ended Working Group on the Prevention of an Arms Race in Outer Space",
         "OEWG on PAROS", "organization", ""),
        ("Convention on International Interests in Mobile Equipment", "Cape Town Convention",
         "agreement", ""),
        ("Protocol on Matters Specific to Space Assets", "Space Assets Protocol", "agreement", ""),
        ("Sendai Framework for Disaster Risk Reduction", "Sendai Framework", "agreement", ""),
        ("Bogota Declaration", "Bogotá Declaration", "agreement", ""),
        # a row whose name is listed already gives that row its new aliases
        ("OEWG on Reducing Space Threats", "OEWG on Space Threats", "organization", ""),
        ("Argentine National Space Activities Commission", "CONAE", "agency", "Argentina"),
        ("Air and Space Self-Defense Force", "Japan Air Self-Defense Force", "agency", "Japan"),
        ("ASD-Eurospace", "Eurospace", "organization", ""),
        ("Benefits Declaration", "Space Benefits Declaration", "agreement", ""),
    ],
)  # fmt: skip
def test_audit_forms_resolve_with_type_and_country(form, actor, kind, country):
    assert FORMS.get(form) == actor
    assert (GAZETTEER[actor].type, GAZETTEER[actor].country) == (kind, country)


@pytest.mark.parametrize(
    "form",
    # groups on many subjects, an agenda item, acronyms with other meanings, a human rights
    # declaration, persons, a goddess, places
    ["OEWG", "GGE", "PAROS", "CIS", "CMA", "MOD", "SSC", "LSA", "AU", "Vienna Declaration",
     "Rosalind Franklin", "Laplace", "Themis", "Esrange", "Woomera", "Vostochny"],
)  # fmt: skip
def test_ambiguous_forms_are_not_listed(form):
    assert form not in FORMS


def test_every_audit_row_is_in_the_gazetteer_under_its_own_or_an_earlier_name():
    for actor, *_ in COVERAGE_AUDIT:
        assert actor in FORMS, actor


def _actors(doc) -> list[tuple[str, str]]:
    return [(s.text, s.kb_id_) for s in doc.spans["actors"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head word of a long name, after its first full mention
        ("The Mohammed bin Rashid Space Centre built the rover. The Centre plans another.",
         [("Mohammed bin Rashid Space Centre", "MBRSC"), ("Centre", "MBRSC")]),
        ("The Global Space Exploration Conference opened on a Monday. The Conference heard "
         "ministers.", [("Global Space Exploration Conference", "GLEX"), ("Conference", "GLEX")]),
        ("The State Department issued a note. The Department expects more talks.",
         [("State Department", "Department of State"), ("Department", "Department of State")]),
        ("The Jet Propulsion Laboratory tests the arm. The Laboratory reports next week.",
         [("Jet Propulsion Laboratory", "JPL"), ("Laboratory", "JPL")]),
        # a long name the head word opens ("X of Y", "X on Y", "X for Y"): left alone
        ("The Conference on Disarmament met again. The Conference could not agree.",
         [("Conference on Disarmament", "Conference on Disarmament")]),
        ("The Department of Defense set out a plan. The Department wants more sensors.",
         [("Department of Defense", "Department of Defense")]),
        ("The Center for Strategic and International Studies wrote a report. The Center counts "
         "tests.", [("Center for Strategic and International Studies", "CSIS")]),
        # no earlier name with that head, a lower-case word, or a longer name after it
        ("The Centre will open next year.", []),
        ("The lander set down near the centre of the crater.", []),
        ("The Mohammed bin Rashid Space Centre built the rover. The Centre Court is a stadium.",
         [("Mohammed bin Rashid Space Centre", "MBRSC")]),
    ],
)  # fmt: skip
def test_short_forms_of_long_names(make_doc, text, expected):
    assert _actors(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the resolution with its body is one actor
        ("States act in line with General Assembly resolution 59/115.",
         [("General Assembly resolution 59/115", "UN General Assembly resolution 59/115")]),
        ("The goals (United Nations General Assembly resolution 70/1) were set in a summit.",
         [("United Nations General Assembly resolution 70/1",
           "UN General Assembly resolution 70/1")]),
        ("The Security Council resolution 1540 binds every state.",
         [("Security Council resolution 1540", "UN Security Council resolution 1540")]),
        # the body acting, and a resolution cited apart from it, stay two actors
        ("The General Assembly adopted the text, and resolution 31/8 followed it.",
         [("General Assembly", "UN General Assembly"),
          ("resolution 31/8", "UN General Assembly resolution 31/8")]),
        ("The General Assembly met in New York to debate the treaty.",
         [("General Assembly", "UN General Assembly")]),
    ],
)  # fmt: skip
def test_resolutions_cited_with_their_body(make_doc, text, expected):
    assert _actors(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("General Assembly resolution 59/115", "un general assembly resolution 59/115"),
        ("UN General Assembly resolution 59/115", "un general assembly resolution 59/115"),
        ("United Nations Security Council resolution 1540",
         "un security council resolution 1540"),
        ("the General Assembly", "UN General Assembly"),
        ("resolution 59/115", "resolution 59/115"),
    ],
)  # fmt: skip
def test_scorer_names_a_resolution_with_or_without_its_organisation(name, key):
    assert CanonicalNames(GAZETTEER)(name) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed acronym the document defines as a phrase of its own: not the listed actor
        ("We assume the null energy condition (NEC) holds, so the NEC bounds the flux.", []),
        ("The angle of attack (AOA) and the NEC both matter little here.", [("NEC", "NEC")]),
        # the listed actor, and a definition that is one of its forms, stay
        ("The Japanese firm NEC built the bus, and NEC also made the radar.",
         [("Japanese", "Japan"), ("NEC", "NEC"), ("NEC", "NEC")]),
        ("The International Space Station (ISS) hosts crews; the ISS is old.",
         [("International Space Station", "ISS"), ("ISS", "ISS"), ("ISS", "ISS")]),
    ],
)  # fmt: skip
def test_acronyms_redefined_as_a_phrase(make_doc, text, expected):
    assert _actors(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # symbols of mathematics and physics the NER takes for names
        ("Theorem A. Let H", False),
        ("M\u2212q Hneck", False),
        ("C D", False),
        ("Z. A", False),
        ("R Nb", False),
        ("G\u03b1", False),
        ("Crn", False),
        ("H.", False),
        ("Model C", False),
        # names, with initials, diacritics, particles, hyphens and short surnames
        ("Harry S Truman", True),
        ("Mae C. Jemison", True),
        ("Jan W\u00f6rner", True),
        ("D.K. Singh", True),
        ("Ng", True),
        ("Xi Jinping", True),
        ("Jean-Jacques Dordain", True),
        ("O'Keefe", True),
        ("Pham Tuan", True),
        ("Anna van der Berg", True),
    ],
)
def test_name_shape(name, expected):
    assert is_name(name.split()) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theorem A. Let H be a group. Then H acts on the set, said Model C.", []),
        ("ESA Director General Jan W\u00f6rner said the agency would join.",
         [("Jan W\u00f6rner", "Jan W\u00f6rner")]),
    ],
)  # fmt: skip
def test_no_person_from_symbols(make_doc, text, expected):
    doc = make_doc(text)
    got = [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.label_ == "person"]
    assert got == expected


def test_company_prefixed_aliases_are_dropped():
    from pipeline.data.build_gazetteer import without_company_prefixes

    rows = [
        {"actor": "Acme Rockets", "type": "company", "aliases": "Acme"},
        {"actor": "Skylark", "type": "program", "aliases": "Acme Skylark|Skylark rocket"},
        {"actor": "Lark-7", "type": "mission", "aliases": "Acme Lark-7|Lark 7"},
        # the rest is no form of the same actor: a name of its own, kept
        {"actor": "Acme Lunar Prize", "type": "program", "aliases": "Acme Moon Prize"},
    ]
    without_company_prefixes(rows)
    assert [r["aliases"] for r in rows] == ["Acme", "Skylark rocket", "Lark 7", "Acme Moon Prize"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's name before its craft names two actors
        ("Two Boeing Starliner flights and the SpaceX CRS-20 mission reached the station.",
         ["Boeing", "Starliner", "SpaceX", "CRS-20"]),
        ("The Boeing Crew Flight Test ended with the capsule landing in the desert.",
         ["Boeing", "Starliner Crew Flight Test"]),
        # a name that holds a company's name but no craft of its own stays one actor
        ("Teams competed for the Google Lunar XPRIZE for a decade.", ["Google Lunar XPRIZE"]),
    ],
)  # fmt: skip
def test_company_and_craft(make_doc, text, expected):
    doc = make_doc(text)
    assert [s.kb_id_ for s in doc.spans["actors"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named body the United Nations' name opens is one actor, not the UN
        ("Parties should weigh the outcome of the United Nations Conference on Rural Water "
         "Supply in their plans.",
         [("United Nations Conference on Rural Water Supply",
           "United Nations Conference on Rural Water Supply")]),
        ("The United Nations Conference on Trade and Development wrote about satellites.",
         [("United Nations Conference on Trade and Development", "UNCTAD")]),
        # the UN itself, and the UN after a title, stay the UN
        ("The United Nations has many members, and it met in the autumn.",
         [("United Nations", "UN")]),
        ("Each year the Secretary-General of the United Nations receives a report.",
         [("Secretary-General", "UN Secretary-General"), ("United Nations", "UN")]),
    ],
)  # fmt: skip
def test_named_bodies_the_un_opens(make_doc, text, expected):
    assert _actors(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "Korea" in a document that names South Korea
        ("The Republic of Korea and Japan met. Korea and Japan will share data. Korea's "
         "ministry signed.",
         ["South Korea", "Japan", "South Korea", "Japan", "South Korea"]),
        # no South Korea named, North Korea named more often, or a place's own name
        ("Korea and Japan compete in shipbuilding.", ["Japan"]),
        ("North Korea fired a rocket. South Korea protested. North Korea said Korea is one.",
         ["North Korea", "South Korea", "North Korea"]),
        ("South Korea sent ships to the Korea Strait.", ["South Korea"]),
        # a listed body or programme of one Korea names that state (an agency's own plan)
        ("KASA will fly the Nuri rocket again. Korea must launch its own satellites.",
         ["KASA", "Nuri", "South Korea"]),
        ("NADA launched a rocket. KASA tracked it. Korea was divided in 1945.",
         ["NADA", "KASA", "South Korea"]),
        ("NADA launched a rocket. NADA called it a success. Korea was divided in 1945.",
         ["NADA", "NADA"]),
    ],
)  # fmt: skip
def test_bare_korea(make_doc, text, expected):
    doc = make_doc(text)
    assert [s.kb_id_ for s in doc.spans["actors"]] == expected
