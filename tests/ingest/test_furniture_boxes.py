"""A news story's factbox and correction notice, and a Markdown table in a plain-text file, are
furniture (issue 13, round 19): excluded with their kind, every word kept in excluded.csv, and
the story's sentences around them whole.

- under a heading that names a box of facts ("FACTBOX: ...", "Key facts", "... at a glance"),
  the lines "Field: short value" are ``table`` rows; prose under such a heading, and field
  lines under any other heading, stay running text;
- a paragraph labelled "Correction" / "Clarification" / "Editor's note" (with its date) that
  speaks of an earlier version of the story is ``back_matter``; a sentence reporting a
  correction is not;
- a Markdown table in a .txt file, wrapped into one paragraph of lines, is a ``table`` row.
"""

from __future__ import annotations

import pytest

from pipeline.ingest import ingest
from pipeline.ingest.factbox import is_fact_line
from pipeline.ingest.minutes import is_attendance, is_sitting_note
from pipeline.ingest.notices import is_correction_notice

STORY = (
    "Kenya and Ghana agree to share satellite images\n\n"
    "NAIROBI — The space agencies of Kenya and Ghana signed an agreement on Monday to share "
    "images from their Earth observation satellites during floods and droughts.\n\n"
    "{box}\n\n"
    "What comes next\n\n"
    "The two agencies will meet again in Accra in June to agree on a joint ground station, "
    "officials said after the signing.\n\n"
    "{note}\n"
)


def _read(tmp_path, text: str, name: str = "story.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = ingest(path)
    return [b.text for b in document.blocks], [(e.kind, e.text) for e in document.parsed.excluded]


@pytest.mark.parametrize(
    ("box", "name"),
    [
        ("FACTBOX: KENYA IN SPACE\nAgency: Kenya Space Agency (KSA), est. 2017 under the Ministry"
         " of Defence\n"
         "Satellites launched: 2 (first in 2018)\nArtemis Accords: not signed", "story.txt"),
        ("**Fast facts**\n\n- Agency: Kenya Space Agency, est. 2017\n"
         "- Satellites launched: 2 (first in 2018)\n- Artemis Accords: not signed", "story.md"),
        ("Kenya's space programme at a glance\n\nAgency: Kenya Space Agency (KSA), est. 2017\n"
         "Satellites launched: 2 (first in 2018)\nArtemis Accords: not signed", "story.txt"),
    ],
)  # fmt: skip
def test_factbox_lines_are_table_rows(tmp_path, box, name):
    blocks, excluded = _read(tmp_path, STORY.format(box=box, note=""), name)
    tables = " ".join(text for kind, text in excluded if kind == "table")
    assert "Satellites launched: 2 (first in 2018)" in tables
    assert "Artemis Accords: not signed" in tables
    assert not [b for b in blocks if "Satellites launched" in b or "Accords: not" in b]
    assert any(b.startswith("The two agencies will meet again in Accra") for b in blocks)


def test_prose_under_a_factbox_heading_and_fields_elsewhere_stay(tmp_path):
    box = (
        "Key facts\n\nThe agency was founded in 2017 and has launched two satellites, "
        "one of them with help from Japan."
    )
    blocks, excluded = _read(tmp_path, STORY.format(box=box, note=""))
    assert any(b.startswith("The agency was founded in 2017") for b in blocks)
    assert not [e for e in excluded if e[0] == "table"]


@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        ("Budget: EUR 10 billion, public and private", "Key facts", True),
        ("Prime contractor: the Orbis consortium", "IRIS² in numbers", True),
        ("Budget: EUR 10 billion, public and private", "Budget questions", False),
        ("Budget: EUR 10 billion", "", False),
        ("Ms Roe: We will fly in 2028 with Japan, as we agreed with the agency last year.",
         "Background", False),
        ("The budget is EUR 10 billion.", "Key facts", False),
    ],
)  # fmt: skip
def test_fact_line(text, section, expected):
    assert is_fact_line(text, section) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Correction (20.11.2026): An earlier version of this article gave the wrong year.", True),
        ("Correction, March 20, 2026: A previous version of this story misstated the orbit.",
         True),
        ("Clarification: This story has been updated to say that Japan signed in 2023.", True),
        ("Editor's note: This article was amended to correct the agency's name.", True),
        # a sentence of the story about a correction; a label without the story's own version
        ("The agency issued a correction on Monday to an earlier version of this report.",
         False),
        ("Correction: the launch is now planned for 2028, the agency said.", False),
    ],
)  # fmt: skip
def test_correction_notice(text, expected):
    assert is_correction_notice(text) is expected


def test_correction_notice_under_a_story(tmp_path):
    note = "Correction (3 March 2026): An earlier version of this article misspelt Accra."
    blocks, excluded = _read(tmp_path, STORY.format(box="", note=note))
    assert ("back_matter", note) in excluded
    assert note not in blocks


TABLE = (
    "SCHEDULE 1: DATA\n\n"
    "The Agency shall deliver the following products to the Company each month.\n\n"
    "| Item | Product             | Resolution |\n"
    "|------|---------------------|------------|\n"
    "| 1    | Radar image         | 3 m        |\n"
    "| 2    | Flood extent map    | 10 m       |\n\n"
    "The Company shall use the products only for disaster response in the region.\n"
)


def test_markdown_table_in_a_text_file(tmp_path):
    blocks, excluded = _read(tmp_path, TABLE)
    tables = [text for kind, text in excluded if kind == "table"]
    assert len(tables) == 1 and "Flood extent map" in tables[0]
    assert not [b for b in blocks if "|" in b]
    assert "The Company shall use the products only for disaster response in the region." in (
        blocks
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(14:05 Meeting opened)", True),
        ("Convened at 10:00 a.m.", True),
        ("Adjourned at 12:40 p.m.", True),
        ("Sitting suspended.", True),
        ("[11:15]", True),
        ("2.45 pm", True),
        # a sentence of a summary or of the speech, a year, a word alone
        ("The hearing closed at 16.44.", False),
        ("The meeting is adjourned.", False),
        ("2026", False),
        ("Closed", False),
    ],
)
def test_sitting_note(text, expected):
    assert is_sitting_note(text) is expected


@pytest.mark.parametrize(
    ("text", "section", "opened", "expected"),
    [
        ("Members present: Senator Roe (Chair); Senator Doe; Senator Poe.", "", False, True),
        ("In attendance: Ms Jane Roe, Clerk", "Hearing", True, True),
        ("LEE Ji-ho, PARK Min-su, CHOI Yu-na", "Members present (3)", False, True),
        ("Report of the agency on lunar cooperation", "Agenda", False, True),
        # a sentence under the heading, a line after the list, a label in small letters
        ("The chair welcomed the new members of the committee.", "Members present", False, False),
        ("Thank you, Madam Chair", "Matter referred to the Committee", True, False),
        ("Present: the minister said that the plan works.", "", False, False),
        ("LEE Ji-ho, PARK Min-su, CHOI Yu-na", "Background", False, False),
    ],
)
def test_attendance(text, section, opened, expected):
    assert is_attendance(text, section, opened=opened) is expected


MINUTES = (
    "Minutes of the Committee on Space\n\n"
    "(14:05 Meeting opened)\n\n"
    "○Chair (LEE Ji-ho): The agency will report on its work with NASA and ESA on the Moon.\n\n"
    "○Government Witness (HAN Seo-yeon): We signed a new arrangement with ESA in March.\n\n"
    "(15:20 Meeting adjourned)\n\n\n"
    "Members present (3)\n"
    "  LEE Ji-ho, PARK Min-su, CHOI Yu-na\n\n"
    "Government officials present\n"
    "  Space Agency: Director HAN Seo-yeon; Deputy Director KANG Dae-ho\n"
)


def test_minutes_notes_and_attendance(tmp_path):
    blocks, excluded = _read(tmp_path, MINUTES)
    assert ("speaker", "(14:05 Meeting opened)") in excluded
    assert ("speaker", "(15:20 Meeting adjourned)") in excluded
    assert ("front_matter", "LEE Ji-ho, PARK Min-su, CHOI Yu-na") in excluded
    assert blocks == [
        "The agency will report on its work with NASA and ESA on the Moon.",
        "We signed a new arrangement with ESA in March.",
    ]
