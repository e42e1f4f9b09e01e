"""Actor forms that recur across the blind dev families of round fifteen (actors15).

Pooled over the five families (agreements, hearings, news, papers, whitepapers), the misses and
false actors grouped into forms that several documents of several families share:

- a title the person rules did not strip ("Congressman", and British "Dr" without its period),
  so the full name and every later surname carried it; a double surname ("Ms. Abernathy-Cole")
  not tied to the full name; Hong Kong and Taiwan family names written first ("Leung said");
- capital cities in a list, of which only one "acts" by the word rules ("Washington, Moscow and
  Beijing need rules"); "officials in Brasília", "In Washington, officials ...", "depends on
  Washington" (the authorities in a state are its government, as the guide has it);
- "U.S.-led", which the tokenizer keeps whole (the period), unlike "US-led";
- a short form used as a modifier ("many Accords signatories") and a short form that counts its
  kind ("the second Agency", no short form of the agency named last);
- "signatories" outside an instrument: the party term only as the whole group ("the Accords
  signatories", "the number of signatories"), not some members ("had 56 signatories");
- "the Participating Agencies" of an exchange of notes, capitalised in any document;
- a title that is one instrument word on its own line ("PROTOCOL") and goes on below, or a
  subject whose next line names the kind of document ("... (ILRS)" over "Guide for
  Partnership"); a subtitle that names the kind ("...: Implementation Framework"); a "Basic
  Plan" that calls itself "this Basic Plan";
- an instrument named in full and defined unquoted with "hereinafter referred to as the
  Agreement" (``test_defined_instrument_titles.py``).

Every sentence is the team's own; each table has negative cases.
"""

from __future__ import annotations

import pytest

from pipeline.nlp.components.self_reference import instrument_of
from pipeline.nlp.extract.gazetteer import load_gazetteer

PERSONS = [
    (
        ["Congresswoman Dana Whitlock questioned the agency. Whitlock said the budget was flat."],
        ["Dana Whitlock", "Dana Whitlock"],
    ),
    (
        ["Dr Leung Ka-wai, a geologist at the university, studies the samples. Leung added "
         "that the hopper matters most."],
        ["Leung Ka-wai", "Leung Ka-wai"],
    ),
    (
        ["Our witness is Ms. Ngozi Abernathy-Cole, chief executive of a tracking firm.",
         "Ms. Abernathy-Cole, you have five minutes."],
        ["Ngozi Abernathy-Cole", "Ngozi Abernathy-Cole"],
    ),
    # negative: a surname alone, with no full name and no title, is no person
    (["Whitlock Station was closed in the winter."], []),
]  # fmt: skip


@pytest.mark.parametrize("blocks, expected", PERSONS)
def test_titles_and_double_surnames(make_doc, blocks, expected) -> None:
    doc = make_doc(blocks, year=2026)
    persons = [a.kb_id_ for a in doc.spans["actors"] if a.label_ == "person"]
    assert persons == expected


CAPITALS = [
    ("Washington, Moscow and Beijing need rules for close approaches in orbit.",
     ["United States", "Russia", "China"]),
    ("Officials in Brasília have said that they see no conflict between the two blocs.",
     ["Brazil"]),
    ("In Washington, officials welcomed the landing within minutes.", ["United States"]),
    ("Whether the two blocs ever cooperate depends on Washington.", ["United States"]),
    # negative cases: places of a signing, a meeting, the weather, a report's subject
    ("The treaty was signed at London, Moscow and Washington in 1967.", []),
    ("The conference in Brasília opened on Monday with two hundred delegates.", []),
    ("In Washington, the weather delayed the ceremony by an hour.", []),
    ("The panel wrote a long report on Beijing.", []),
]  # fmt: skip


@pytest.mark.parametrize("sentence, expected", CAPITALS)
def test_capitals_in_lists_and_officials_in_a_capital(make_doc, sentence, expected) -> None:
    doc = make_doc([sentence], year=2026)
    countries = [a.kb_id_ for a in doc.spans["actors"] if a.label_ == "country"]
    assert countries == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("India joined the U.S.-led Artemis Accords in 2023.", ["India", "United States"]),
        ("A U.S.-backed plan went to the vote.", ["United States"]),
        # negative: a participle after a word that names no actor
        ("A self-funded team built the rover.", []),
    ],
)
def test_a_state_before_led_kept_whole_by_the_tokenizer(make_doc, sentence, expected) -> None:
    doc = make_doc([sentence], year=2026)
    countries = [a.kb_id_ for a in doc.spans["actors"] if a.label_ == "country"]
    assert countries == expected


def test_a_short_form_as_a_modifier(make_doc) -> None:
    doc = make_doc(
        [
            "The Artemis Accords had many signatories by the end of the year.",
            "Many Accords signatories have no lander of their own.",
            "NASA will fly payloads from Accords signatories on commercial landers.",
        ],
        year=2026,
    )
    accords = [a.text for a in doc.spans["actors"] if a.kb_id_ == "Artemis Accords"]
    assert accords == ["Artemis Accords", "Accords", "Accords"]
    # members of the group, not the group: no party term
    assert not [a for a in doc.spans["actors"] if a.kb_id_ == "Signatories"]


def test_the_group_of_signatories_outside_an_instrument(make_doc) -> None:
    doc = make_doc(
        [
            "The Artemis Accords were signed in 2020.",
            "Since then, the Accords signatories have met twice a year.",
            "Our aim is to raise the number of signatories of the Artemis Accords.",
        ],
        year=2026,
    )
    terms = [a.text for a in doc.spans["actors"] if a.kb_id_ == "Signatories"]
    assert terms == ["signatories", "signatories"]


def test_a_short_form_that_counts_its_kind(make_doc) -> None:
    doc = make_doc(
        [
            "The Canadian Space Agency and the Italian Space Agency will build the rover together.",
            "The arrangement takes effect when the second Agency signs it.",
            "The Agency will report on the tests every year.",
        ],
        title="Notes on a rover",
        year=2026,
    )
    short = [(a.text, a.kb_id_) for a in doc.spans["actors"] if a.text == "Agency"]
    assert short == [("Agency", "ASI")]  # "the Agency" is the one named last; "the second" no


def test_participating_agencies_in_an_exchange_of_notes(make_doc) -> None:
    doc = make_doc(
        [
            "The Participating Agencies shall be KASA and the Australian Space Agency.",
            "Each Participating Agency shall inform the other of any fault at the station.",
            "Agencies participating in the study will meet in May.",
        ],
        title="Exchange of Notes concerning a Ground Station",
        year=2025,
    )
    terms = [a.text for a in doc.spans["actors"] if a.kb_id_ == "Participating Agencies"]
    assert terms == ["Participating Agencies", "Participating Agency"]


def test_a_title_word_on_its_own_line_goes_on_below(make_doc) -> None:
    rest = (
        "amending the Agreement between the Government of Chile and the Government of Kenya "
        "on Cooperation in Space Science of 4 March 2015"
    )
    doc = make_doc(
        [rest, "This Protocol takes effect on the day both Parties sign it."],
        title="PROTOCOL",
        year=2025,
    )
    refs = [a.kb_id_ for a in doc.spans["actors"] if a.text == "This Protocol"]
    assert refs == [f"Protocol {rest}"]


def test_a_title_word_alone_stays_alone_before_a_sentence(make_doc) -> None:
    doc = make_doc(
        ["The Parties agree as follows.", "This Protocol shall enter into force at once."],
        title="PROTOCOL",
        year=2025,
    )
    refs = [a.kb_id_ for a in doc.spans["actors"] if a.text == "This Protocol"]
    assert refs == ["Protocol"]  # a title in capitals is named in title case (round 18)


def test_a_body_head_does_not_modify_as_a_short_form(make_doc) -> None:
    doc = make_doc(
        [
            "The National Aeronautics and Space Administration will fly the lander.",
            "This memorandum waives Administration requirements of the earlier policy.",
        ],
        year=2026,
    )
    short = [a for a in doc.spans["actors"] if a.text == "Administration"]
    assert short == []  # the government's requirements, not NASA's


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the subtitle names the kind of document: the whole title is its name
        (
            "Lunar Science in Africa: Implementation Framework",
            ("Lunar Science in Africa: Implementation Framework", "framework"),
        ),
        # a government's plan names itself by its plan, its policy by its policy
        ("Basic Plan on Space Policy", ("Basic Plan on Space Policy", "policy")),
        # negative cases: a slogan after the colon, a topic in lower case
        ("National Space Strategy 2030: Reaching Further", ("National Space Strategy 2030", "strategy")),
        ("Space Debris: why a framework matters", None),
        ("Ten Years of the Space Program: A Perspective", None),
    ],
)  # fmt: skip
def test_titles_of_policy_documents(title, expected) -> None:
    found = instrument_of(title, load_gazetteer())
    assert (found[0], found[3]) == expected if expected else found is None


def test_a_basic_plan_refers_to_itself(make_doc) -> None:
    doc = make_doc(
        [
            "This Basic Plan sets the policy for the next ten years.",
            "The ministries will carry out this Plan and review the plan of each year.",
        ],
        title="Basic Plan on Space Policy",
        year=2025,
    )
    refs = [a.text for a in doc.spans["actors"] if a.kb_id_ == "Basic Plan on Space Policy"]
    assert refs == ["This Basic Plan", "this Plan"]  # "the plan of each year" is another


def test_a_listed_guide_whose_title_goes_on_below(make_doc) -> None:
    doc = make_doc(
        ["Guide for Partnership", "This Guide tells partners how to join the station."],
        title="International Lunar Research Station (ILRS)",
        year=2025,
    )
    refs = [a.kb_id_ for a in doc.spans["actors"] if a.text == "This Guide"]
    assert refs == ["ILRS Guide for Partnership"]


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        (
            ["South Korea and France will share data.", "Korean engineers will visit Toulouse."],
            ["South Korea", "France", "South Korea"],
        ),
        # negative cases: a document naming North Korea more, and the words of other names
        (
            ["North Korea fired a missile; North Korea tested another.", "Korean engineers met."],
            ["North Korea", "North Korea"],
        ),
        (
            ["South Korea sent a delegation.", "Korean Air flew them over the Korean Peninsula."],
            ["South Korea"],
        ),
    ],
)  # fmt: skip
def test_korean_in_a_document_about_south_korea(make_doc, blocks, expected) -> None:
    doc = make_doc(blocks, year=2026)
    countries = [a.kb_id_ for a in doc.spans["actors"] if a.label_ == "country"]
    assert countries == expected


@pytest.mark.parametrize(
    ("title", "blocks", "expected"),
    [
        # a body's own report calls itself "the Agency", also after another agency is named
        ("UAE Space Agency: Annual Report 2025",
         ["The Agency trained forty engineers.",
          "It renewed its memorandum with the Italian Space Agency.",
          "The Agency will publish a new policy next year."],
         ["UAE Space Agency", "UAE Space Agency"]),
        # no body in the title: the most recent earlier name decides, as before
        ("Annual Report 2025",
         ["The Italian Space Agency renewed its memorandum.",
          "The Agency will publish a new policy next year."],
         ["ASI"]),
        # two bodies with that head in the title: neither owns the short form
        ("The Italian Space Agency and the UAE Space Agency renew their memorandum",
         ["The memorandum was renewed in Rome.", "The Agency will host the next meeting."],
         []),
    ],
)  # fmt: skip
def test_a_body_s_own_document_calls_itself_by_its_short_form(make_doc, title, blocks, expected):
    doc = make_doc(blocks, title=title, year=2026)
    found = [a.kb_id_ for a in doc.spans["actors"] if a.text == "Agency"]
    assert found == expected
