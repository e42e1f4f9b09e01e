"""Who a hearing record names, and capitals that receive (hearings14, fourteenth round).

Causes seen in the blind hearing set's dev documents (``corpus/blind/hearings``), each a form
every printed hearing or policy text has:

* a printed record's committee roster ("TERRENCE OKAFOR, Maryland") ran into the running text
  as sentences, and its full names were then lost: the record calls members "Mr. Okafor" and
  "Ranking Member Okafor", and witnesses "Dr. Nakamura", after naming them in full only in the
  roster and the contents (``pipeline.ingest.roster``);
* a capital after the "to" of a verb of handing over ("cede the Moon to Beijing") was read as
  a destination, a place, and dropped (``pipeline.nlp.extract.metonyms``);
* a witness's "We at Axiom Space" was read as the speaker's state, and Congress, which
  authorises or directs NASA ("could give NASA a waiver to exchange data with the CNSA"), as
  a side of what NASA does (``pipeline.nlp.extract.party_frames``).

The roster lines, contents and sentences are the team's own; each table has negative cases.
"""

from __future__ import annotations

import pytest

from pipeline.document import Excluded
from pipeline.ingest.roster import is_roster, listed_names
from pipeline.ingest.text import ingest_txt

ROSTERS = [
    ("LUCIA FERNSBY, Oregon", True),
    ("HON. RAYMOND T. HOLLIS, Texas, Chairman", True),
    ("JOHN SMITH, New York, Chairman MARY O'NEIL, New Mexico", True),
    ("GREGORY KOWALSKI, Ohio Ranking Member MARGARET ELLERBY, Alabama", True),
    ("PRIYA RAMANATHAN, California, Ranking Member", True),
    # negative cases: prose naming a member, a heading in capitals, a body with a place
    ("Ms. Fernsby of Oregon asked about the budget.", False),
    ("TESTIMONY OF DR. EMIKO NAKAMURA, SENIOR FELLOW", False),
    ("THE SENATE, Washington", False),
    ("NASA, Florida", False),
    ("Kennedy Space Center, Florida, hosted the launch on Tuesday.", False),
    ("ONE HUNDRED NINETEENTH CONGRESS", False),
]


@pytest.mark.parametrize("text, expected", ROSTERS)
def test_roster_paragraphs(text: str, expected: bool) -> None:
    assert is_roster(text) is expected


def test_listed_names_from_roster_and_contents() -> None:
    rows = [
        Excluded("front_matter", "HON. JANE ROWE, Texas, Chairman PAUL DENT, Ohio"),
        Excluded("contents", "Statement by Representative Paul Dent, Ranking Member......... 7"),
        Excluded("contents", "Dr. Ines Varga, Director, Orbital Policy Center"),
        Excluded("contents", "Oral Statement............................................ 9"),
        # not the head: a sentence of the record, a footnote
        Excluded("speaker", "Mr. DENT."),
        Excluded("footnote", "1 Dr. Oskar Lind, Lunar Notes (2024)."),
    ]
    assert listed_names(rows) == ["Jane Rowe", "Paul Dent", "Ines Varga"]


def test_listed_names_of_officers_without_full_stops() -> None:
    # a Westminster-style record lists officers in attendance with "Ms", "Mr", "Dr" and no full
    # stop; a double surname keeps the capital after its hyphen
    rows = [
        Excluded("heading", "In Attendance"),
        Excluded("heading", "Ms Hana Roe-Lyle, Head of Agency"),
        Excluded("heading", "Mr Tomas Ebbe, General Manager, Space Policy"),
        Excluded("heading", "Dr Ana Pike (Chief Scientist)"),
        # not a name: one word after the title, a sentence running on
        Excluded("heading", "Senator Ebbe, Minister for Science"),
        Excluded("heading", "Ms Roe-Lyle thanked the committee"),
    ]
    assert listed_names(rows) == ["Hana Roe-Lyle", "Tomas Ebbe", "Ana Pike"]


RECORD = """                    THE MOON AND THE NATION

                              HEARING

                             BEFORE THE

                 SUBCOMMITTEE ON SPACE AND AERONAUTICS

                      TUESDAY, MARCH 10, 2026

                         Serial No. 119-20

             COMMITTEE ON SCIENCE, SPACE, AND TECHNOLOGY

                 HON. JANE ROWE, Texas, Chairwoman
PAUL DENT, Ohio                      IRIS BALOGUN, Georgia,
                                       Ranking Member

                            C O N T E N T S

Statement by Representative Iris Balogun, Ranking Member........     4
Dr. Ines Varga, Director, Orbital Policy Center.................     6

    The Subcommittee met, pursuant to notice, at 10:00 a.m., the Chairwoman presiding.

    Chairwoman ROWE. The hearing will come to order. I now recognize the Ranking
Member, Ms. Balogun, for her opening statement.

    Ms. BALOGUN. Thank you, Madam Chair. I am glad Dr. Varga could join us today.

    Chairwoman ROWE. Mr. Dent, you are recognized. Ranking Member Balogun has yielded.
"""


def test_roster_is_front_matter_and_names_members_in_full(text_nlp, tmp_path) -> None:
    from pipeline.document import join_blocks
    from pipeline.ingest import ingest

    parsed = ingest_txt(RECORD.encode("utf-8"))
    assert not any("DENT, Ohio" in b.text for b in parsed.blocks)
    assert any(e.kind == "front_matter" and "DENT, Ohio" in e.text for e in parsed.excluded)
    path = tmp_path / "record.txt"
    path.write_text(RECORD, encoding="utf-8")
    document = ingest(path)
    assert document.metadata.names == ["Jane Rowe", "Paul Dent", "Iris Balogun", "Ines Varga"]
    text, spans = join_blocks(document)
    doc = text_nlp.make_doc(text)
    doc._.sc_blocks = spans
    doc._.sc_metadata = document.metadata
    doc = text_nlp(doc)
    persons = {(a.text, a.kb_id_) for a in doc.spans["actors"] if a.label_ == "person"}
    assert ("Balogun", "Iris Balogun") in persons
    assert ("Varga", "Ines Varga") in persons
    assert ("Dent", "Paul Dent") in persons


ESTIMATES = """SENATE ECONOMICS COMMITTEE

In Attendance

Ms Hana Roe-Lyle, Head of Agency

Mr Tomas Ebbe, General Manager, Space Policy

CHAIR: Ms Roe-Lyle, would you like to make an opening statement?

Ms Roe-Lyle: Thank you, Chair. The agency signed two agreements this year.

CHAIR: Thank you, Ms Roe-Lyle. Mr Ebbe, you may add to that.
"""


def test_officers_in_attendance_name_a_double_surname_in_full(text_nlp, tmp_path) -> None:
    from pipeline.document import join_blocks
    from pipeline.ingest import ingest

    path = tmp_path / "estimates.txt"
    path.write_text(ESTIMATES, encoding="utf-8")
    document = ingest(path)
    text, spans = join_blocks(document)
    doc = text_nlp.make_doc(text)
    doc._.sc_blocks = spans
    doc._.sc_metadata = document.metadata
    doc = text_nlp(doc)
    persons = [(a.text, a.kb_id_) for a in doc.spans["actors"] if a.label_ == "person"]
    assert ("Roe-Lyle", "Hana Roe-Lyle") in persons
    assert ("Roe-Lyle", "Roe-Lyle") not in persons


def test_surname_without_roster_stays_a_surname(make_doc) -> None:
    # negative case: with no roster, "Mr. Dent" is named as written
    doc = make_doc(["Mr. Dent, you are recognized for five minutes."], year=2026)
    persons = {a.kb_id_ for a in doc.spans["actors"] if a.label_ == "person"}
    assert "Paul Dent" not in persons


CAPITALS = [
    ("We must not cede the Moon to Beijing.", ["China"]),
    ("The firm sold engines to Moscow in 1995.", ["Russia"]),
    ("We cannot afford to lose this race to Beijing.", ["China"]),
    ("He handed the lead to Washington.", ["United States"]),
    # negative cases: a destination, a way's end, a verb of motion
    ("The delegation flew to Beijing on Monday.", []),
    ("They lost their luggage on the way to Beijing.", []),
    ("The shipment was given a permit and sent to Moscow.", []),
    ("The minister returned to Moscow after the talks.", []),
]


@pytest.mark.parametrize("sentence, expected", CAPITALS)
def test_capital_receiving_a_transfer_is_its_country(make_doc, sentence, expected) -> None:
    doc = make_doc([sentence], year=2026)
    countries = [a.kb_id_ for a in doc.spans["actors"] if a.label_ == "country"]
    assert countries == expected


WE_AT = [
    # "we at X": the speaker names the body its "we" stands for
    ("We at Axiom Space have signed agreements with Japan and Poland.", "Axiom Space"),
    ("We at the Planetary Society have long worked with ESA.", "Planetary Society"),
    ("We at NASA will work with Japan on the rover.", "NASA"),
]


@pytest.mark.parametrize("sentence, body", WE_AT)
def test_we_at_a_body_is_that_body(claim_doc, sentence: str, body: str) -> None:
    doc, _ = claim_doc(["Good morning. I am glad to be here.", sentence], "cooperation")
    parties = list(doc.sents)[-1]._.sc_claim_parties
    assert body in parties
    assert "United States" not in parties


def test_we_without_at_keeps_the_speakers_reading(claim_doc) -> None:
    # negative cases: no "at" after "we", or "at" before no body
    for sentence in (
        "We at home will work with Japan on the rover.",
        "We will work with Japan on the rover at the next meeting.",
    ):
        doc, _ = claim_doc(["Good morning. I am glad to be here.", sentence], "cooperation")
        parties = list(doc.sents)[-1]._.sc_claim_parties
        assert "Japan" in parties
        assert not {"Axiom Space", "NASA", "Planetary Society"} & set(parties)


DIRECTING = [
    # a body of the agency's own state that authorises or directs it: no side (positive)
    (
        "Congress could give NASA a narrow waiver to exchange data with the China National "
        "Space Administration.",
        ["NASA", "CNSA"],
    ),
    (
        "Congress should keep the ban in force, but direct NASA to report each year on its "
        "safety contacts with the China National Space Administration.",
        ["NASA", "CNSA"],
    ),
    ("The Department of State directed NASA to work with Japan on the rover.", ["NASA", "Japan"]),
    # asking or forbidding is ruling on the agency's relation as well (blind dev, fifteenth
    # round: a hearing transcript and a working paper)
    (
        "Congress has long prohibited NASA from working bilaterally with China.",
        ["NASA", "China"],
    ),
    ("The Senate should ask NASA to open a safety channel with Russia.", ["NASA", "Russia"]),
    # negative: a foreign state that forbids or asks stays a side
    ("China has barred NASA from using its lunar samples.", ["China", "NASA"]),
    # negative cases: a foreign party that allows gives access; a gift; no directing verb;
    # coordinated subjects
    ("Russia permitted ESA to launch its satellites from Baikonur.", ["Russia", "ESA"]),
    ("Japan gave NASA a rover to fly on the lander.", ["Japan", "NASA"]),
    ("Congress and NASA will work with JAXA on the rover.", ["Congress", "NASA", "JAXA"]),
]


@pytest.mark.parametrize("sentence, parties", DIRECTING)
def test_body_directing_its_own_agency_is_no_side(claim_doc, sentence, parties) -> None:
    doc, _ = claim_doc([sentence], "cooperation")
    assert list(doc.sents)[-1]._.sc_claim_parties == parties
