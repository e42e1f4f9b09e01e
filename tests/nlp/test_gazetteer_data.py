"""Integrity checks for the shipped actor data: ``pipeline/data/gazetteer.csv`` and
``pipeline/data/membership.csv`` (documented in ``pipeline/data/README.md``)."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[2] / "pipeline" / "data"
GAZETTEER = DATA / "gazetteer.csv"
MEMBERSHIP = DATA / "membership.csv"
TYPES = {
    "country",
    "agency",
    "organization",
    "company",
    "program",
    "mission",
    "station",
    "agreement",
    "person",
}
ROLES = {
    "founding_signatory",
    "signatory",
    "founding_partner",
    "partner",
    "member_organization",
    "letter_of_intent",
}
FORMER_STATES = {
    "Soviet Union",
    "East Germany",
    "West Germany",
    "Yugoslavia",
    "Czechoslovakia",
    "Nazi Germany",
}
# Countries without a capital metonym: the capital has the country's own name, or (Brussels)
# stands for the European Union.
NO_CAPITAL = {"Singapore", "Monaco", "San Marino", "Luxembourg", "Djibouti", "Belgium"}
# Lower-case aliases (matched case-insensitively) that are allowed to equal another actor's
# alias ignoring case; the exact-case match wins in the matcher.
CASE_CLASHES_ALLOWED = {("ispace", "iSpace (China)")}

# The 193 UN member states and the two observer states, as ISO 3166-1 alpha-3 codes. Kept here
# independently of build_gazetteer.py so a slip in one list is caught by the other.
UN_STATES = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""".split()  # noqa: SIM905 - a block of codes reads better than 193 quoted strings
OBSERVERS = ["VAT", "PSE"]
# Where none of pycountry's names is an actor or alias in the gazetteer.
PYCOUNTRY_TO_ACTOR = {"COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo"}


def _split(cell: str) -> list[str]:
    return [p for p in cell.split("|") if p]


def _norm(form: str) -> str:
    # The loader treats ' and ’ as the same character; so must the uniqueness checks.
    return form.replace("\u2019", "'")


@cache
def gazetteer() -> tuple[dict[str, str], ...]:
    with open(GAZETTEER, encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@cache
def membership() -> tuple[dict[str, str], ...]:
    with open(MEMBERSHIP, encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@cache
def by_actor() -> dict[str, dict[str, str]]:
    return {row["actor"]: row for row in gazetteer()}


@cache
def surface_owner() -> dict[str, str]:
    """Every canonical name, alias and metonym -> its actor."""
    owner: dict[str, str] = {}
    for row in gazetteer():
        for form in [row["actor"], *_split(row["aliases"]), *_split(row["metonyms"])]:
            owner.setdefault(_norm(form), row["actor"])
    return owner


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_gazetteer", DATA / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- gazetteer.csv -------------------------------------------------------------------------


def test_gazetteer_header_is_exact():
    with open(GAZETTEER, encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == ["actor", "type", "country", "aliases", "metonyms", "full_name"]


def test_every_row_has_actor_and_allowed_type():
    bad = [(r["actor"], r["type"]) for r in gazetteer() if not r["actor"] or r["type"] not in TYPES]
    assert bad == []


def test_no_duplicate_actors():
    counts = Counter(r["actor"] for r in gazetteer())
    assert [a for a, n in counts.items() if n > 1] == []


def test_cells_have_no_stray_whitespace_or_empty_items():
    bad = []
    for row in gazetteer():
        for column in ("actor", "country", "full_name"):
            if row[column] != row[column].strip():
                bad.append((row["actor"], column))
        for column in ("aliases", "metonyms"):
            items = row[column].split("|") if row[column] else []
            if any(not item or item != item.strip() for item in items):
                bad.append((row["actor"], column))
    assert bad == []


def test_no_surface_form_belongs_to_two_actors():
    owner: dict[str, str] = {}
    clashes = []
    for row in gazetteer():
        forms = {
            _norm(f) for f in [row["actor"], *_split(row["aliases"]), *_split(row["metonyms"])]
        }
        for form in forms:
            first = owner.setdefault(form, row["actor"])
            if first != row["actor"]:
                clashes.append((form, first, row["actor"]))
    assert clashes == []


def test_lower_case_aliases_do_not_shadow_other_actors():
    """Aliases without a capital letter match case-insensitively, so they must not equal
    another actor's form ignoring case, and must not be plain words (only brand names, and the
    UN's lower-case style of a working group's full name with its remit: "the open-ended
    working group on reducing space threats")."""
    folded: dict[str, set[str]] = {}
    for form, actor in surface_owner().items():
        folded.setdefault(form.casefold(), set()).add(actor)
    lower = {f: a for f, a in surface_owner().items() if f == f.lower() and not f.isdigit()}
    # the company's own lower-case brand, and working groups named in the UN's style
    assert set(lower.values()) == {"ispace", "OEWG on PAROS", "OEWG on Space Threats"}
    assert all(len(f.split()) >= 6 for f, a in lower.items() if a != "ispace")
    for form, actor in lower.items():
        others = folded[form.casefold()] - {actor}
        assert {(form, o) for o in others} <= CASE_CLASHES_ALLOWED


def test_country_column_names_a_country_row():
    countries = {r["actor"] for r in gazetteer() if r["type"] == "country"}
    bad = [
        (r["actor"], r["country"])
        for r in gazetteer()
        if r["country"] and r["country"] not in countries
    ]
    assert bad == []
    assert [r["actor"] for r in gazetteer() if r["type"] == "country" and r["country"]] == []


def test_current_countries_have_a_capital_metonym():
    missing = [
        r["actor"]
        for r in gazetteer()
        if r["type"] == "country"
        and not r["metonyms"]
        and r["actor"] not in FORMER_STATES | NO_CAPITAL
    ]
    assert missing == []


def test_un_member_and_observer_states_are_all_present():
    assert len(UN_STATES) == len(set(UN_STATES)) == 193
    names = {
        _norm(form): row["actor"]
        for row in gazetteer()
        if row["type"] == "country"
        for form in [row["actor"], *_split(row["aliases"])]
    }
    found: dict[str, str] = {}
    for code in UN_STATES + OBSERVERS:
        entry = pycountry.countries.get(alpha_3=code)
        candidates = [
            getattr(entry, k, "").removeprefix("the ")
            for k in ("common_name", "name", "official_name")
        ]
        actor = next((names[_norm(c)] for c in candidates if c and _norm(c) in names), None)
        found[code] = actor or PYCOUNTRY_TO_ACTOR.get(code, "")
    assert [code for code, actor in found.items() if actor not in by_actor()] == []
    # Two codes resolving to one row would hide a missing country.
    assert len(set(found.values())) == 195


@pytest.mark.parametrize("actor", ["Taiwan", "Kosovo", *sorted(FORMER_STATES)])
def test_non_un_and_former_states_are_country_rows(actor):
    assert by_actor()[actor]["type"] == "country"


def test_at_least_80_space_agencies_and_state_bodies():
    assert sum(r["type"] == "agency" for r in gazetteer()) >= 80


@pytest.mark.parametrize(
    ("actor", "kind", "country"),
    [
        ("China", "country", ""),
        ("United States", "country", ""),
        ("Russia", "country", ""),
        ("CNSA", "agency", "China"),
        ("Roscosmos", "agency", "Russia"),
        ("NASA", "agency", "United States"),
        ("ESA", "agency", ""),
        ("ILRS", "program", "China"),
        ("Artemis program", "program", "United States"),
        ("Artemis Accords", "agreement", ""),
        ("Outer Space Treaty", "agreement", ""),
        ("Wolf Amendment", "agreement", "United States"),
        ("ISS", "station", ""),
        ("Tiangong", "station", "China"),
        ("COPUOS", "organization", ""),
        ("APSCO", "organization", ""),
        ("Chang'e 4", "mission", "China"),
        ("SpaceX", "company", "United States"),
        ("Xi Jinping", "person", "China"),
    ],
)
def test_required_actors_present(actor, kind, country):
    row = by_actor()[actor]
    assert (row["type"], row["country"]) == (kind, country)


@pytest.mark.parametrize(
    ("form", "actor"),
    [
        ("USSR", "Soviet Union"),
        ("U.S.", "United States"),
        ("America", "United States"),
        ("the White House", "White House"),  # an office of a government (guide, round 20)
        ("PRC", "China"),
        ("People's Republic of China", "China"),
        ("Beijing", "China"),
        ("the Kremlin", "Russia"),
        ("Russian Federation", "Russia"),
        ("Britain", "United Kingdom"),
        ("Türkiye", "Turkey"),
        ("Emirati", "United Arab Emirates"),
        ("the Emirates", "United Arab Emirates"),
        ("Brussels", "EU"),
        ("Cote d'Ivoire", "Côte d'Ivoire"),
        ("China's National Space Agency", "CNSA"),
        ("Chang\u2019e-4", "Chang'e 4"),
        ("Change-4", "Chang'e 4"),
        ("CE-5", "Chang'e 5"),
        ("Chang'e Project", "CLEP"),
        ("Artemis", "Artemis program"),
        ("Artemis 2", "Artemis II"),
        ("Hope probe", "Emirates Mars Mission"),
        ("Lunar Gateway", "Gateway"),
        ("Chinese space station", "Tiangong"),
        ("International Scientific Lunar Station", "ILRS"),
        ("Moon Treaty", "Moon Agreement"),
        ("Korea AeroSpace Administration", "KASA"),
        ("NSPO", "TASA"),
        ("iSpace", "iSpace (China)"),
        ("ispace", "ispace"),
        # grown by state and body: centres, ministries, military, UN bodies, missions, crews
        ("Gagarin Cosmonaut Training Center", "Gagarin Cosmonaut Training Center"),
        ("Ministry of Economy, Trade and Industry", "METI"),
        ("U R Rao Satellite Centre", "URSC"),
        ("Korea Astronomy and Space Science Institute", "KASI"),
        ("King Abdulaziz City for Science and Technology", "KACST"),
        ("United Nations Office for Disarmament Affairs", "UNODA"),
        ("Centre for Space Science and Technology Education in Asia and the Pacific", "CSSTEAP"),
        ("Royal Australian Air Force", "Royal Australian Air Force"),
        ("Tianwen series", "Planetary Exploration of China"),
        ("Long March 2F", "Long March"),
        ("Soyuz-2", "Soyuz"),
        ("Shenzhou-13", "Shenzhou 13"),
        ("Luna-9", "Luna 9"),
        ("Expeditions 70/71", "Expedition 70/71"),
        ("EO-24", "EO-24"),
        (
            "Principles Relating to Remote Sensing of the Earth from Outer Space",
            "Remote Sensing Principles",
        ),
        ("Tsiolkovsky", "Konstantin Tsiolkovsky"),
        # a "United Nations ..." name also opens with "UN" and "U.N."
        ("UN Committee on the Peaceful Uses of Outer Space", "COPUOS"),
        ("U.N. Office for Disarmament Affairs", "UNODA"),
        ("Indian Ministry of Commerce", "Indian Ministry of Commerce and Industry"),
        # a regional body's organs, its members' forum, coast guards, missions (seventeenth round)
        ("Secretariat of ASEAN", "ASEAN Secretariat"),
        ("ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management",
         "AHA Centre"),
        ("India-Brazil-South Africa Dialogue Forum", "IBSA Dialogue Forum"),
        ("China Coast Guard", "China Coast Guard"),
        ("San Marco project", "San Marco"),
        ("San Marco-2", "San Marco 2"),
        ("NigComSat 1", "NigComSat-1"),
    ],
)  # fmt: skip
def test_surface_forms_resolve_to_the_right_actor(form, actor):
    assert surface_owner()[_norm(form)] == actor


@pytest.mark.parametrize(
    "form",
    [
        # ambiguous or usually not the actor
        "Hope",
        "Korea",
        "Korean",
        "Congo",
        "Congolese",
        "Dominican",
        "Male",
        "San Jose",
        "Luna",
        "Xi",
        "Wu",
        "Zhang",
        "Nelson",
        # common words, given names and places a spacecraft or company is named after
        "Vast",
        "Columbus",
        "Electron",
        "Hitomi",
        "Rafael",
        "Vikram",
        "Chandra",
        "Herschel",
        "Planck",
        "Goddard",
        # NASA's field centres and launch sites are places in most texts
        "Kennedy Space Center",
        "Guiana Space Centre",
        "EO 14056",
        "National Research Council",
        "Ministry of Science and Technology",
        "Ministry of Defence",
        "Air Force",
        # places are not actors
        "Moon",
        "the Moon",
        "Mars",
        "Earth",
        "lunar south pole",
        "low Earth orbit",
    ],
)
def test_ambiguous_words_and_places_are_not_surface_forms(form):
    assert _norm(form) not in surface_owner()


# Round 3 sample rows: companies of several spacefaring states, think tanks and institutes,
# development banks, conferences, private crewed flights, national satellites.
@pytest.mark.parametrize(
    ("form", "actor", "kind", "country"),
    [
        ("Dynetics", "Dynetics", "company", "United States"),
        ("Booz Allen", "Booz Allen Hamilton", "company", "United States"),
        ("Space Systems Loral", "Space Systems/Loral", "company", "United States"),
        ("Clyde Space", "AAC Clyde Space", "company", "Sweden"),
        ("Tesat", "Tesat-Spacecom", "company", "Germany"),
        ("ISISpace", "ISISPACE", "company", "Netherlands"),
        ("Bureau 1440", "Bureau 1440", "company", "Russia"),
        ("Digantara", "Digantara", "company", "India"),
        ("Nara Space", "Nara Space Technology", "company", "South Korea"),
        ("Thaicom", "Thaicom", "company", "Thailand"),
        ("Center for Strategic and International Studies", "CSIS", "organization", "United States"),
        ("Stockholm International Peace Research Institute", "SIPRI", "organization", "Sweden"),
        ("European Space Policy Institute", "ESPI", "organization", ""),
        ("Johns Hopkins Applied Physics Laboratory", "Johns Hopkins APL", "organization", "United States"),
        ("Asian Infrastructure Investment Bank", "AIIB", "organization", ""),
        ("BRICS Development Bank", "New Development Bank", "organization", ""),
        ("Intergovernmental Panel on Climate Change", "IPCC", "organization", ""),
        ("Ax-4", "Axiom Mission 4", "mission", "United States"),
        ("Beresheet-2", "Beresheet 2", "mission", "Israel"),
        ("Haven 1", "Haven-1", "station", "United States"),
        ("NigeriaSat-2", "NigeriaSat", "program", "Nigeria"),
        ("Diwata-1", "Diwata-1", "mission", "Philippines"),
        # descriptive names of a state's civil space agency, generated for NATIONAL_AGENCIES
        ("Brazilian space agency", "AEB", "agency", "Brazil"),
        ("Canada's space agency", "CSA", "agency", "Canada"),
        ("Philippines' space agency", "PhilSA", "agency", "Philippines"),
        ("South Korea's national space agency", "KASA", "agency", "South Korea"),
        ("Emirati space agency", "UAE Space Agency", "agency", "United Arab Emirates"),
        ("Argentinian space agency", "CONAE", "agency", "Argentina"),
    ],
)  # fmt: skip
def test_round_three_rows_resolve_with_type_and_country(form, actor, kind, country):
    assert surface_owner()[_norm(form)] == actor
    row = by_actor()[actor]
    assert (row["type"], row["country"]) == (kind, country)


@pytest.mark.parametrize(
    "form",
    [
        # a given name, common words and a part of a larger station: left out on purpose
        "Loral",
        "Umbra",
        "Athena",
        "Contec Ltd",
        "Brookings Report",
        "ATK",
        "PPE",
        "HALO",
        "Tianhe",
        "Dawn",
        # no one agency: an ambiguous demonym, states whose space work is split between bodies
        "Korean space agency",
        "Indonesian space agency",
        "Belgian space agency",
        # newspapers and wire services are sources, not actors
        "Reuters",
        "Washington Post",
    ],
)
def test_round_three_ambiguous_forms_are_not_surface_forms(form):
    assert _norm(form) not in surface_owner()


def test_gazetteer_csv_matches_build_script():
    builder = _load_builder()
    assert GAZETTEER.read_text(encoding="utf-8") == builder.render(builder.build_rows()), (
        "gazetteer.csv is stale: edit pipeline/data/build_gazetteer.py and run it"
    )


def test_build_script_rejects_a_shared_alias(monkeypatch):
    builder = _load_builder()
    extra = ("Fake Agency", "agency", "China", "CNSA", "", "")
    monkeypatch.setattr(builder, "OTHER", [*builder.OTHER, extra])
    with pytest.raises(ValueError, match="'CNSA' is used by both"):
        builder.build_rows()


def test_shipped_file_loads_through_the_pipeline_loader():
    from pipeline.nlp.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert len(gaz) == len(gazetteer())
    forms = gaz.surface_forms()
    assert forms["Chang\u2019e 4"] == "Chang'e 4"
    assert gaz.metonym_forms()["Beijing"] == "China"


# --- membership.csv ------------------------------------------------------------------------

_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _parse(date: str) -> dt.date:
    """The first day a YYYY, YYYY-MM or YYYY-MM-DD value covers; ValueError when invalid."""
    if not _ISO.match(date):
        raise ValueError(date)
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def test_membership_header_is_exact():
    with open(MEMBERSHIP, encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == ["bloc", "member", "date", "role", "note"]


def test_blocs_and_members_are_gazetteer_actors():
    actors = by_actor()
    bad = [
        (r["bloc"], r["member"])
        for r in membership()
        if r["bloc"] not in {"Artemis Accords", "ILRS"}
        or r["bloc"] not in actors
        or r["member"] not in actors
        or actors[r["member"]]["type"] not in {"country", "organization", "agency"}
    ]
    assert bad == []


def test_no_member_listed_twice_in_a_bloc():
    counts = Counter((r["bloc"], r["member"]) for r in membership())
    assert [k for k, n in counts.items() if n > 1] == []


def test_roles_are_known():
    assert {r["role"] for r in membership()} <= ROLES


def test_dates_are_iso_or_explained():
    for row in membership():
        if row["date"]:
            _parse(row["date"])  # raises on a malformed or impossible date
        else:
            assert "unknown" in row["note"], row
        if len(row["date"]) < 10:  # month or year only: say why
            assert row["note"], row


@pytest.mark.parametrize("bad", ["2021-13", "2021-02-30", "21-03-09", "2021/03/09", "March 2021"])
def test_date_parser_rejects_malformed_dates(bad):
    with pytest.raises(ValueError):
        _parse(bad)


def test_artemis_accords_founders_and_chronology():
    rows = [r for r in membership() if r["bloc"] == "Artemis Accords"]
    founders = {r["member"] for r in rows if r["role"] == "founding_signatory"}
    assert founders == {
        "Australia",
        "Canada",
        "Italy",
        "Japan",
        "Luxembourg",
        "United Arab Emirates",
        "United Kingdom",
        "United States",
    }
    assert {r["date"] for r in rows if r["role"] == "founding_signatory"} == {"2020-10-13"}
    assert all(_parse(r["date"]) > dt.date(2020, 10, 13) for r in rows if r["role"] == "signatory")
    assert all(by_actor()[r["member"]]["type"] == "country" for r in rows)


def test_ilrs_starts_with_the_sino_russian_memorandum():
    rows = {r["member"]: r for r in membership() if r["bloc"] == "ILRS"}
    assert rows["Russia"]["date"] == "2021-03-09"
    assert rows["Russia"]["role"] == "founding_partner"
    dated = [_parse(r["date"]) for r in rows.values() if r["date"]]
    assert min(dated) == dt.date(2021, 3, 9)
    assert {"Venezuela", "South Africa", "Azerbaijan", "Pakistan", "Belarus", "Egypt"} <= set(rows)
    assert rows["APSCO"]["role"] == "member_organization"
