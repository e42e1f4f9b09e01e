"""An instrument's parties in three forms of the register found on the blind agreements of the
nineteenth round (issues 14 and 17): two agencies defined as "the Agencies" ("NOSA and POLSA,
hereinafter "the Agencies""), the short name of the joint body such an instrument sets up
("the Joint Working Group on ... (hereinafter "the Working Group")"), and a contract that lists
its parties one paragraph each, each closing with its short name ("... ("the Company")."),
which then writes "each party", "the parties" in lower case. The texts are the team's own,
with negative cases."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.instrument_sides import listed_signatories, party_words
from tests.nlp.test_instrument_parties import instrument_claim  # noqa: F401  (the fixture)

AGENCIES = (
    'The Kenya Space Agency (KSA) and the German Aerospace Center (DLR), hereinafter "the '
    'Agencies", signed a framework arrangement in Nairobi in 2024.'
)
BODY = (
    "The Agencies hereby set up the Joint Working Group on Ground Stations in East Africa "
    '(hereinafter "the Working Group").'
)
FIRM = (
    "NORTHLIGHT ROBOTICS LTD, a company registered in England, whose office is in Leeds "
    '("the Company").'
)
AGENCY = (
    "The Kenya Space Agency, a body set up by the law of the Republic of Kenya, whose office "
    'is in Nairobi ("the Agency").'
)


@pytest.mark.parametrize(
    ("blocks", "parties"),
    [
        # "the Agencies", "each Agency", "either Agency" of two agencies the text defines so
        ([AGENCIES, "The Agencies shall exchange the orbits of the satellites they track."],
         ["DLR", "Kenya Space Agency"]),
        ([AGENCIES, "Each Agency shall name a point of contact for the work."],
         ["DLR", "Kenya Space Agency"]),
        ([AGENCIES, "Nothing here shall prevent either Agency from working with NASA."],
         ["DLR", "Kenya Space Agency", "NASA"]),
        # a distributive "each Agency" inside a phrase is not the agency named last
        ([AGENCIES, "The Agencies shall compare the tracks that the radars of each Agency "
                    "record."], ["DLR", "Kenya Space Agency"]),
        # the joint body's short name acts for them, also as a lead-in's subject
        ([AGENCIES, BODY, "The Working Group shall meet twice a year."],
         ["DLR", "Kenya Space Agency"]),
        # by its full name too, an actor of its own (``defined_names``, twenty-second round)
        ([AGENCIES, BODY, "The Joint Working Group on Ground Stations in East Africa shall "
                          "report to the heads of the Agencies."], ["DLR", "Kenya Space Agency"]),
        ([AGENCIES, BODY, "In particular, the Working Group shall:",
          "draw up a plan for a shared antenna near Malindi;"], ["DLR", "Kenya Space Agency"]),
        # negative: "the Agencies" a text never defined are no party word
        (["The Kenya Space Agency (KSA) and the German Aerospace Center (DLR) signed a "
          "framework arrangement in Nairobi in 2024.",
          "The Agencies shall exchange the orbits of the satellites they track."], []),
        # negative: a working group of a text with no parties is no side (and no actor)
        (["The Committee set up a Working Group on Lunar Dust in 2023.",
          "The Working Group shall report to the Committee on its work."], []),
    ],
)  # fmt: skip
def test_two_agencies_defined_as_the_agencies(instrument_claim, blocks, parties):  # noqa: F811
    title = "TERMS OF REFERENCE"
    assert sorted(instrument_claim(title, blocks)._.sc_claim_parties) == sorted(parties)


@pytest.mark.parametrize(
    ("blocks", "parties"),
    [
        # a contract's list of parties, each closing with its short name; lower-case party
        # words are those parties
        ([AGENCY, FIRM, "Each party shall notify the other of any breach of the data."],
         ["Kenya Space Agency", "Northlight Robotics"]),
        ([AGENCY, FIRM, "Neither party shall sell the images to a third State."],
         ["Kenya Space Agency", "Northlight Robotics"]),
        ([AGENCY, FIRM, "The parties shall meet once a year to review the work."],
         ["Kenya Space Agency", "Northlight Robotics"]),
        # "the Company" of a contract is the firm its list names
        ([AGENCY, FIRM, "The Company shall deliver the images to the Agency within a day."],
         ["Kenya Space Agency", "Northlight Robotics"]),
        # negative: one such paragraph is no list of parties
        ([FIRM, "The parties shall meet once a year to review the work."], []),
        # negative: a list broken by prose is no list
        ([AGENCY, "The firm has worked in Kenya since 2019.", FIRM,
          "The parties shall meet once a year to review the work."], []),
    ],
)  # fmt: skip
def test_a_contract_lists_its_parties(instrument_claim, blocks, parties):  # noqa: F811
    title = "SUPPLY AGREEMENT for Radar Images of the Coast"
    assert sorted(instrument_claim(title, blocks)._.sc_claim_parties) == sorted(parties)


def test_listed_signatories_reads_numbered_entries_and_skips_objects():
    first = '(1) The Atlas Space Office, set up under the Space Act ("the Office").'
    second = '(2) ORBITREK INC., a company of Delaware ("Orbitrek").'
    text = f"{first}\n\n{second}\n\nThe parties agree."

    def at(name: str, kind: str, start: int = 0) -> tuple[int, int, str, str]:
        i = text.index(name, start)
        return (i, i + len(name), name, kind)

    office, act = at("Atlas Space Office", "organization"), at("Space Act", "agreement")
    firm = at("Orbitrek", "company", len(first) + 10)
    # the instrument a party is set up under is no party; the short name says which firm
    assert listed_signatories(text, [office, act, firm]) == (
        ("Atlas Space Office", "Orbitrek"),
        "parties",
    )
    # one party found is no list
    assert listed_signatories(text, [office, act]) == ((), "")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Agencies", {"Party", "Parties", "Agencies", "Agency"}),
        ("parties", {"Party", "Parties", "parties", "party"}),
        ("Sides", {"Party", "Parties", "Sides", "Side"}),
        ("", {"Party", "Parties"}),
    ],
)
def test_party_words_singular(word, expected):
    assert party_words(word) == frozenset(expected)


TRIO = (
    "The Government of the Republic of Chile, the Government of the Kingdom of Spain and the "
    'Government of the Republic of Ghana, hereinafter jointly referred to as "the Contracting '
    'Parties";'
)


@pytest.mark.parametrize(
    ("blocks", "terms"),
    [
        # "Contracting Parties" a preamble defines for the states it names are those states:
        # no actor of their own
        ([TRIO, "The Contracting Parties shall share the images of the satellites."], []),
        # negative: a convention's term, with no parties named before it, stays an actor
        (["The Contracting Parties, noting the growth of Earth observation,",
          "The Contracting Parties shall share the images of the satellites."],
         [("Contracting Parties", "Contracting Parties", "country")]),
    ],
)  # fmt: skip
def test_contracting_parties_defined_for_named_states(
    instrument_claim,  # noqa: F811
    actor_mentions,
    blocks,
    terms,
):
    sent = instrument_claim("AGREEMENT ON SATELLITE DATA", blocks)
    found = [m for m in actor_mentions(sent.doc) if m[1] == "Contracting Parties"]
    assert found == terms * (len(blocks))


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a joint body by its role alone is a body referred to, no actor
        ("The Joint Committee shall meet once a year in Nairobi.", []),
        ("The Working Group shall report to both agencies every year.", []),
        ("The Steering Committee shall take its decisions by consensus.", []),
        # negatives: a body named for its remit, or by a name of its own, is an actor
        ("The Working Group on Lunar Dust shall report every year.",
         ["Working Group on Lunar Dust"]),
        ("The Nordic Joint Committee met in Oslo.", ["Nordic Joint Committee"]),
    ],
)  # fmt: skip
def test_a_joint_body_by_its_role_alone_is_no_actor(text_nlp, actor_mentions, text, bodies):
    assert [m[1] for m in actor_mentions(text_nlp(text)) if m[2] == "organization"] == bodies
