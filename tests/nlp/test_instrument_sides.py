"""Who "the Parties" of an instrument are when its title does not give them as states
(`nlp/extract/instrument_sides.py`): the agencies of an arrangement between agencies, and the
parties a preamble defines ("hereinafter referred to as the Parties" without quotes, "(the
Sides)", "jointly referred to as the Participants", "each a Participant"). Found on the blind
agreements of the fifteenth round (an implementing arrangement between two agencies, a protocol
whose title is one word); the texts are the team's own, with negative cases."""

from __future__ import annotations

import pytest

from tests.nlp.test_instrument_parties import instrument_claim  # noqa: F401  (the fixture)

AGENCIES = (
    "Implementing Arrangement between the German Aerospace Center and the Japan Aerospace "
    "Exploration Agency concerning a Lunar Dust Detector for a Japanese Rover"
)
GOVERNMENTS = (
    "Agreement between the Government of the Kingdom of Norway and the Government of the "
    "Republic of Kenya on Space Cooperation"
)
PREAMBLE = (
    "The Government of the Kingdom of Norway and the Government of the Republic of Kenya, "
    "{definition},"
)


@pytest.mark.parametrize(
    ("title", "blocks", "parties"),
    [
        # an arrangement between two agencies: its Parties are the agencies, not their states
        (AGENCIES, ["The Parties shall jointly set up a science team."], ["DLR", "JAXA"]),
        (AGENCIES, ["Neither Party shall pass data of the other Party to a third party."],
         ["DLR", "JAXA"]),
        # negative: an agreement between governments keeps its states
        (GOVERNMENTS, ["The Parties shall jointly set up a science team."], ["Kenya", "Norway"]),
        # parties the preamble defines, under a title that names nobody
        ("PROTOCOL", [PREAMBLE.format(definition="hereinafter referred to as the Parties"),
                      "The Parties shall protect the data they exchange."], ["Kenya", "Norway"]),
        ("PROTOCOL", [PREAMBLE.format(definition="(the Sides)"),
                      "The Sides shall set up a joint working group."], ["Kenya", "Norway"]),
        ("PROTOCOL", [PREAMBLE.format(definition="jointly referred to as the Participants"),
                      "Each Participant will inform the other Participant of any launch."],
         ["Kenya", "Norway"]),
        ("PROTOCOL", [PREAMBLE.format(definition="each a Participant"),
                      "The Participants will meet once a year."], ["Kenya", "Norway"]),
        # negative: "the Sides" the text never defined is no party word
        ("PROTOCOL", [PREAMBLE.format(definition="hereinafter referred to as the Parties"),
                      "The Sides will meet once a year."], []),
        # negative: the instrument an amendment cites before its definition is no party
        ("PROTOCOL", ["The Government of the Kingdom of Norway, in view of the Outer Space "
                      "Treaty (hereinafter the Parties)", "The Parties will meet once a year."],
         []),
    ],
)  # fmt: skip
def test_parties_of_an_instrument_by_definition(instrument_claim, title, blocks, parties):  # noqa: F811
    assert sorted(instrument_claim(title, blocks)._.sc_claim_parties) == sorted(parties)


@pytest.mark.parametrize(
    ("title", "blocks", "parties"),
    [
        # a declaration whose parties are its Signatories: no state the text names most joins
        # them as a second principal
        ("DECLARATION OF PRINCIPLES FOR LUNAR OPERATIONS",
         ["The Signatories to this Declaration,", "Noting the lunar plans of Japan,",
          "Noting the rovers Japan will fly,", "The Signatories will meet once a year."],
         ["Signatories"]),
        # negative: a joint statement whose title names its two states keeps them
        ("Joint Statement of Japan and Kenya",
         ["The Signatories will meet once a year."], ["Signatories", "Japan", "Kenya"]),
    ],
)  # fmt: skip
def test_a_party_term_is_all_the_signatories(instrument_claim, title, blocks, parties):  # noqa: F811
    assert sorted(instrument_claim(title, blocks)._.sc_claim_parties) == sorted(parties)


TRIPLE = (
    "The Government of the Republic of Chile, the Government of the Kingdom of Spain and the "
    "Government of the Republic of Ghana, {definition};"
)
TRIPLE_TITLE = (
    "TRILATERAL AGREEMENT AMONG THE GOVERNMENT OF THE REPUBLIC OF CHILE, THE GOVERNMENT OF THE "
    "KINGDOM OF SPAIN AND THE GOVERNMENT OF THE REPUBLIC OF GHANA ON SATELLITE DATA"
)
CONTRACTING = 'hereinafter jointly referred to as "the Contracting Parties"'


@pytest.mark.parametrize(
    ("title", "blocks", "parties"),
    [
        # a trilateral instrument's defined "Contracting Parties" are the three it names
        ("AGREEMENT", [TRIPLE.format(definition=CONTRACTING),
                       "The Contracting Parties shall share the images of the satellites."],
         ["Chile", "Ghana", "Spain"]),
        ("AGREEMENT", [TRIPLE.format(definition=CONTRACTING),
                       "No Contracting Party shall sell the images to a third State."],
         ["Chile", "Ghana", "Spain"]),
        ("AGREEMENT", [TRIPLE.format(definition="(hereinafter the Parties)"),
                       "Each Party shall train engineers of the other Parties."],
         ["Chile", "Ghana", "Spain"]),
        # two parties defined as "Contracting Parties", singular definition
        ("AGREEMENT", [PREAMBLE.format(definition='each a "Contracting Party"'),
                       "Either Contracting Party may end this Agreement by notice."],
         ["Kenya", "Norway"]),
        # the title of a trilateral agreement gives the principals: the three Governments and
        # the recitals' "their" are the three
        (TRIPLE_TITLE, ["Recalling the forum that the three Governments set up in 2021;"],
         ["Chile", "Ghana", "Spain"]),
        (TRIPLE_TITLE, ["Wishing to pool their receiving stations;"], ["Chile", "Ghana", "Spain"]),
        # negative: a convention whose preamble names no party keeps the party term
        ("CONVENTION ON SATELLITE DATA",
         ["The Contracting Parties, noting the growth of Earth observation,",
          "The Contracting Parties shall share the images of the satellites."],
         ["Contracting Parties"]),
        # negative: a state and another's agency before the definition is not a list of parties
        ("AGREEMENT",
         ["The Government of the Republic of Chile, the European Space Agency and the Government "
          f"of the Kingdom of Spain, {CONTRACTING};",
          "The Contracting Parties shall share the images of the satellites."],
         ["Contracting Parties"]),
        # "(each hereinafter a "Party" and together the "Parties")" defines them too
        ("AGREEMENT", [PREAMBLE.format(definition='(each hereinafter a "Party" and together '
                                                  'the "Parties")').rstrip(","),
                       "Each Party shall name a point of contact."], ["Kenya", "Norway"]),
        # the joint body of an instrument whose parties it defines acts for them together
        ("AGREEMENT", [TRIPLE.format(definition=CONTRACTING),
                       "The Steering Committee shall meet once a year in each country."],
         ["Chile", "Ghana", "Spain"]),
        ("PROTOCOL", [PREAMBLE.format(definition="hereinafter referred to as the Parties"),
                      "The Joint Working Group shall review the projects every year."],
         ["Kenya", "Norway"]),
        # negative: another body of such an instrument stays itself
        ("PROTOCOL", [PREAMBLE.format(definition="hereinafter referred to as the Parties"),
                      "The Space Weather Committee shall exchange data with the European Space "
                      "Agency."], ["ESA", "Space Weather Committee"]),
        # negative: "the three Governments" of a text with two principals is not theirs
        (GOVERNMENTS, ["The Parties recall the forum that the three Governments set up in 2021."],
         ["Kenya", "Norway"]),
    ],
)  # fmt: skip
def test_parties_of_a_trilateral_instrument(instrument_claim, title, blocks, parties):  # noqa: F811
    assert sorted(instrument_claim(title, blocks)._.sc_claim_parties) == sorted(parties)


QUAD = (
    "The Norwegian Space Agency (NOSA), the Kenya Space Agency (KSA) of the Republic of Kenya, "
    "the Danish Agency for Science and Higher Education and the German Aerospace Center (DLR), "
    "{definition};"
)


@pytest.mark.parametrize(
    ("title", "blocks", "parties"),
    [
        # "each referred to individually as a "Participant" and collectively as the
        # "Participants"": the boilerplate of multilateral memoranda and contracts, the
        # singular first; the state after an agency ("of the Republic of Kenya") says whose
        # agency it is and is no fifth party
        ("MEMORANDUM OF UNDERSTANDING",
         [QUAD.format(definition='each referred to individually as a "Participant" and '
                                 'collectively as the "Participants"'),
          "The Participants will share their tracking data."],
         ["DLR", "Danish Agency for Science and Higher Education", "Kenya Space Agency",
          "Norwegian Space Agency"]),
        ("MEMORANDUM OF UNDERSTANDING",
         [QUAD.format(definition='each individually referred to as a "Party"'),
          "No Party shall pass the data to a third party."],
         ["DLR", "Danish Agency for Science and Higher Education", "Kenya Space Agency",
          "Norwegian Space Agency"]),
        ("MEMORANDUM OF UNDERSTANDING",
         ["The German Aerospace Center (DLR) and the Japan Aerospace Exploration Agency (JAXA) "
          "of Japan, each being referred to as a Party,",
          "Each Party shall bear the cost of its own work."], ["DLR", "JAXA"]),
        # negative: a state named beside an agency in its own right stays a party of the list,
        # which is then no list of agencies
        ("MEMORANDUM OF UNDERSTANDING",
         ["The Norwegian Space Agency (NOSA), the Republic of Kenya and the German Aerospace "
          "Center (DLR), each referred to individually as a \"Participant\";",
          "The Participants will share their tracking data."], []),
    ],
)  # fmt: skip
def test_parties_each_referred_to_individually(instrument_claim, title, blocks, parties):  # noqa: F811
    assert sorted(instrument_claim(title, blocks)._.sc_claim_parties) == sorted(parties)


MEETING = [
    "The second meeting of the Kenya-Norway Joint Commission on Space was held in Nairobi.",
    "The Kenyan delegation was led by the Kenya Space Agency and the Norwegian delegation by the "
    "Norwegian Space Agency.",
    "Norway presented its new polar ground station.",
    "The meeting also heard a report on the lunar station China plans with Russia.",
]


@pytest.mark.parametrize(
    ("title", "blocks", "parties"),
    [
        # the agreed minutes of a meeting of two delegations are signed by both: "the two
        # sides", "both sides" and a claim naming one side are the two delegations' states
        ("AGREED MINUTES", [*MEETING, "The two sides agreed to exchange radar images."],
         ["Kenya", "Norway"]),
        ("Agreed Minutes of the Second Meeting",
         [*MEETING, "Both sides agreed that the rules should be set within the United Nations."],
         ["Kenya", "Norway"]),
        ("JOINT MINUTES", [*MEETING, "The heads of delegation hoped for joint projects soon."],
         ["Kenya", "Norway"]),
        # one delegation's own view or offer is that side's alone
        ("AGREED MINUTES",
         [*MEETING, "The Norwegian side noted that Norway has not signed the Artemis Accords."],
         ["Norway"]),
        ("AGREED MINUTES",
         [*MEETING, "The Kenyan delegation proposed a joint training course for engineers."],
         ["Kenya"]),
        # negative: thanks one side expresses are owed to the other
        ("AGREED MINUTES",
         [*MEETING, "The Norwegian side expressed its thanks for the data that Kenyan "
                    "stations have shared."], ["Kenya", "Norway"]),
        # negative: both sides noting is the common view
        ("AGREED MINUTES",
         [*MEETING, "Both sides noted that their data policies should be aligned."],
         ["Kenya", "Norway"]),
        # negative: the minutes of one body's own meeting are not a joint text
        ("MINUTES OF THE SPACE COMMITTEE",
         [*MEETING, "The committee hoped for joint projects soon."], []),
    ],
)  # fmt: skip
def test_agreed_minutes_are_joint(instrument_claim, title, blocks, parties):  # noqa: F811
    assert sorted(instrument_claim(title, blocks)._.sc_claim_parties) == sorted(parties)


@pytest.mark.parametrize(
    ("blocks", "parties"),
    [
        # an instrument's final clauses time its life by its Parties' own acts: the Parties
        # are its sides also inside the background clause of "after" or "once"
        (["This Agreement shall enter into force thirty days after each Party has notified the "
          "other that its internal procedures are complete."], ["Kenya", "Norway"]),
        (["This Agreement shall enter into force on the date of the later of the notes by which "
          "the Parties inform each other that their requirements have been met."],
         ["Kenya", "Norway"]),
        (["This Agreement shall remain in force until either Party terminates it by written "
          "notice."], ["Kenya", "Norway"]),
        # negative: a state in a background clause of an instrument stays background
        (["The Parties shall exchange data on debris after Russia destroyed a satellite in 2021."],
         ["Kenya", "Norway"]),
    ],
)  # fmt: skip
def test_the_parties_act_in_final_clauses(instrument_claim, blocks, parties):  # noqa: F811
    assert sorted(instrument_claim(GOVERNMENTS, blocks)._.sc_claim_parties) == sorted(parties)
