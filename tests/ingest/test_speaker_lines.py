"""Speaker labels of parliamentary records, evidence, estimates and minutes (issues 13, 17).

Every sentence of a transcript comes back as a sentence and each turn knows its speaker: the
label is excluded (kind ``speaker``) and kept on the block it opens (``Block.speaker``). Forms
found on the pooled blind dev hearings of the seventeenth round, each written here in the
team's own words with negative rows:

- a Westminster Hansard's speaker on a line of their own: a member with constituency and party
  ("Mark Doe (Somewhere) (Con)"), then by name alone; a minister by office with the name in
  brackets; a short turn under such a line ("Will the hon. Lady give way?") is speech, not a
  heading;
- committee evidence's label alone on its line with a colon, glossed with the post and body
  the first time ("Mrs. Jane Roe (Director, Example Agency):", "The Chair:");
- a label glossed in brackets run into the speech ("CHAIR (Senator Brennan): ..."), a
  Japanese record's turn mark ("○Chair (NAME Given): ..."), titles without a full stop before
  a colon ("Mr Oyelaran: ..."), the Congressional Record's presiding officer ("The
  PRESIDING OFFICER. ...") and oral evidence's numbered questions ("Q12 Chair: ...").
"""

from __future__ import annotations

import pytest

from pipeline.document import Excluded
from pipeline.ingest import ingest
from pipeline.ingest.publisher import speaker_label
from pipeline.ingest.roster import listed_names
from pipeline.nlp.extract.speaker_turns import speaker_turns


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Mr Adebayo: The rover is on the manifest for 2028.", "Mr Adebayo:"),
        ("Ms Kerr-Vance: Thank you, Chair.", "Ms Kerr-Vance:"),
        ("Dr Lindgren: We have asked for two more antennas.", "Dr Lindgren:"),
        ("CHAIR (Senator Moloney): I welcome the officers of the agency.",
         "CHAIR (Senator Moloney):"),
        ("○Chair (SATO Hanako): The meeting is called to order.", "○Chair (SATO Hanako):"),
        ("○State Minister (MORI Daichi): Thank you, Madam Chair.",
         "○State Minister (MORI Daichi):"),
        ("○OTA Ren (LDP): Let me ask about the lander.", "○OTA Ren (LDP):"),
        ("PITA LANGI (recording): The frequencies are running out.", "PITA LANGI (recording):"),
        ("Mrs. Ann Roe (Director, Example Space Agency): Thank you.",
         "Mrs. Ann Roe (Director, Example Space Agency):"),
        ("The Chair (Ms. Jo Ash (Kew North, Lib.)): Order, please.",
         "The Chair (Ms. Jo Ash (Kew North, Lib.)):"),
        ("The PRESIDING OFFICER. The Senator from Maine.", "The PRESIDING OFFICER."),
        ("The SPEAKER pro tempore. The gentleman is recognized.", "The SPEAKER pro tempore."),
        ("Q14 Chair: How many stations does the agency run?", "Q14 Chair:"),
        ("Q52 Jo Ash: Does the agency share its data with Japan?", "Q52 Jo Ash:"),
        # negative: a quarter's heading is no numbered question
        ("Q4 Results: Launch revenue rose by a tenth.", ""),
        # negative: a phase, a period or a summary glossed in brackets opens no turn
        ("Phase 2 (2027): The agency will fly the orbiter.", ""),
        ("Background (2019-2024): Funding rose every year.", ""),
        ("Objectives (summary): To build a lunar relay.", ""),
        # negative: a title without its stop opens a sentence, not a label, before a full stop
        ("Dr Lindgren. She led the survey for a decade.", ""),
        ("Mr Adebayo said the rover was on the manifest.", ""),
        ("The President. A profile of the office follows.", ""),
    ],
)  # fmt: skip
def test_label_run_into_the_speech(paragraph, label):
    assert speaker_label(paragraph) == label


def _read(tmp_path, text: str):
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    document = ingest(path)
    return (
        [(b.text, b.speaker) for b in document.blocks],
        [(e.kind, e.text) for e in document.parsed.excluded],
        document,
    )


HANSARD = (
    "Westminster Hall\n\n"
    "Lunar Partnerships\n\n"
    "Ms Jo Ash (Kew North) (LD)\n\n"
    "I beg to move,\n\n"
    "That this House has considered lunar partnerships.\n\n"
    "We joined the European Space Agency's lunar programme last year, and it was right to do so.\n\n"
    "Tom Reeve (Hallam East) (Con)\n\n"
    "Will the hon. Lady give way?\n\n"
    "Ms Ash\n\n"
    "Briefly.\n\n"
    "Tom Reeve\n\n"
    "Does she agree that Japan is our closest partner on the Moon?\n\n"
    "The Minister for Space and Industry (Priya Lall)\n\n"
    "I thank both hon. Members. We will work with Japan and with Canada on the lunar lander.\n\n"
    "Question put and agreed to.\n"
)


def test_a_hansard_speaker_line_opens_the_turn_under_it(tmp_path):
    blocks, excluded, _ = _read(tmp_path, HANSARD)
    # the motion set under its formula is one sentence with it
    motion = "I beg to move, That this House has considered lunar partnerships."
    assert (motion, "Ms Jo Ash (Kew North) (LD)") in blocks
    # the short turns under a speaker line are speech, each with its speaker
    assert ("Will the hon. Lady give way?", "Tom Reeve (Hallam East) (Con)") in blocks
    assert ("Briefly.", "Ms Ash") in blocks
    assert ("Does she agree that Japan is our closest partner on the Moon?", "Tom Reeve") in blocks
    assert (
        "I thank both hon. Members. We will work with Japan and with Canada on the lunar lander.",
        "The Minister for Space and Industry (Priya Lall)",
    ) in blocks
    for label in ("Ms Jo Ash (Kew North) (LD)", "Ms Ash", "Tom Reeve"):
        assert ("speaker", label) in excluded
    # the turn runs on over the paragraphs after its first: they carry no label of their own
    assert (
        "We joined the European Space Agency's lunar programme last year, and it was right to do so.",
        "",
    ) in blocks


@pytest.mark.parametrize(
    "text",
    [
        # a name alone where no member's line was ever printed: a profile's heading
        "Our team\n\nTom Reeve\n\nTom leads the lunar programme at the agency and has done "
        "so since the office opened in the spring of 2021.\n",
        # a short question that heads a section of questions and answers stays a heading
        "Questions and answers\n\nHow do I apply?\n\nApplications open in March and close at "
        "the end of April, and the agency answers within six weeks.\n",
        # a member's line with no speech after it (a list of speakers) opens no turn
        "Speakers in the debate\n\nMs Jo Ash (Kew North) (LD)\n\nTom Reeve (Hallam East) (Con)\n"
        "\nSummary\n\nThe debate covered the lunar programme and its partners in detail.\n",
    ],
)
def test_no_speaker_line_without_a_record_of_turns(tmp_path, text):
    blocks, excluded, _ = _read(tmp_path, text)
    assert all(speaker == "" for _, speaker in blocks)
    assert not any(kind == "speaker" for kind, _ in excluded)


EVIDENCE = (
    "Standing Committee on Industry\n\n"
    "The committee met at eleven in the morning to study the lunar programme.\n\n"
    "The Chair (Ms. Jo Ash (Kew North, Lib.)):\n\n"
    "I call this meeting to order.\n\n"
    "Mrs. Ann Roe (Director, Lunar Programmes, Example Space Agency):\n\n"
    "Thank you, Madam Chair. We build the robotic arm for the station.\n\n"
    "The Chair:\n\n"
    "Thank you, Mrs. Roe.\n\n"
    "Mrs. Ann Roe:\n\n"
    "We also test the rover with our partners.\n"
)


def test_a_label_alone_on_its_line_opens_the_turn_under_it(tmp_path):
    blocks, excluded, document = _read(tmp_path, EVIDENCE)
    assert blocks[-4:] == [
        ("I call this meeting to order.", "The Chair (Ms. Jo Ash (Kew North, Lib.)):"),
        (
            "Thank you, Madam Chair. We build the robotic arm for the station.",
            "Mrs. Ann Roe (Director, Lunar Programmes, Example Space Agency):",
        ),
        ("Thank you, Mrs. Roe.", "The Chair:"),
        ("We also test the rover with our partners.", "Mrs. Ann Roe:"),
    ]
    assert ("speaker", "The Chair:") in excluded
    # the record names the witness in full only in her label: the persons component reads it
    assert "Ann Roe" in document.metadata.names


def test_a_label_alone_with_no_speech_after_it_stays_as_it_was(tmp_path):
    text = "Hearing record\n\nWITNESSES:\n\nAnn Roe\n\nTom Reeve\n\nMR. REEVE:\n"
    blocks, excluded, _ = _read(tmp_path, text)
    assert all(speaker == "" for _, speaker in blocks)
    assert ("MR. REEVE:", "") in blocks  # the text's end: no speech under it
    assert not any(kind == "speaker" for kind, _ in excluded)


def test_listed_names_read_titled_speaker_labels():
    rows = [
        Excluded("speaker", "Mrs. Anne-Lise Berg (Director, Example Agency):"),
        Excluded("speaker", "Mr. Tom Reeve:"),
        Excluded("speaker", "Dr Jo Ash (Kew North) (LD)"),
        # negative: a label that names an office or a surname only gives no full name
        Excluded("speaker", "The Chair:"),
        Excluded("speaker", "Senator MOLONEY:"),
        Excluded("interface", "Mr. Sam Gold:"),
    ]
    assert listed_names(rows) == ["Anne-Lise Berg", "Tom Reeve", "Jo Ash"]


def test_a_cut_label_gloss_gives_the_witness_body():
    text = "From the Example Space Agency we have Ms Roe.\n\nWe build arms.\n\nWe test rovers.\n\n"
    agency = (9, 29, "Example Space Agency", "agency", "Canada")
    we_build = text.index("We build")
    we_test = text.index("We test")
    labels = [
        (we_build, "Mrs. Ann Roe (Director, Example Space Agency):"),
        (we_test, "Mrs. Ann Roe:"),
    ]
    turns = speaker_turns(text, [agency], labels)
    # the gloss names the body; the same speaker's later label without a gloss keeps it
    assert [t[1] for t in turns] == ["Example Space Agency", "Example Space Agency"]
    # a firm the speech never names in full: the gloss's part with a legal form
    turns = speaker_turns(text, [], [(we_build, "Mr. Raj Rao (CEO, Orbitwell Robotics Inc.):")])
    assert turns[0][1:3] == ("Orbitwell Robotics", "company")
    # negative: a member's gloss (seat and party) names no body
    turns = speaker_turns(text, [agency], [(we_build, "Tom Reeve (Hallam East) (Con)")])
    assert turns[0][1] == ""
