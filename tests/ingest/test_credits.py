"""Image credits left alone on their lines where a saved page's pictures stood ("NASA" between a
caption and the next paragraph): caption rows, neither headings nor one-word sentences
(:mod:`pipeline.ingest.credits`)."""

from __future__ import annotations

import pytest

from pipeline.ingest import ingest
from pipeline.ingest.credits import credit_lines


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["JAXA", "A rover crosses the rim.", "JAXA"], {"JAXA"}),
        (["ISRO/Priya Nair", "Text.", "ISRO/Priya Nair"], {"ISRO/Priya Nair"}),
        # once the page credits its pictures on their own lines, a lone body's initials is one
        (["CNES", "Text.", "CNES", "ESA", "Artemis IV"], {"CNES", "ESA"}),
        (["KARI", "Text."], set()),  # one lone "KARI" may be a heading
        (["Lunar exploration", "Lunar exploration"], set()),  # a repeated heading in words
        (["Daniel Okoro", "Text.", "Daniel Okoro"], set()),  # a transcript's speaker names
        (["MR. OKORO", "MR. OKORO"], set()),  # a speaker label in capitals
        (["Article II", "Article II"], set()),  # numerals are no initials
        (["The ESA", "The ESA"], set()),  # a cut sentence
        (["ESA.", "ESA."], set()),  # closing punctuation: a sentence
    ],
)
def test_credit_lines(lines, expected):
    assert credit_lines(lines) == expected


PAGE = (
    "Crew Notes from the Station\n\n"
    "The crew tested a new water filter during the spring.\n\n"
    "Water Tests\n\n"
    "An astronaut fits a filter cartridge to the recycling rack in the laboratory module.\n\n"
    "JAXA\n\n"
    "The filter removed most of the dissolved salts in its first week of use.\n\n"
    "Plants\n\n"
    "Lettuce seedlings grow under red and blue lamps in the plant chamber.\n\n"
    "JAXA\n\n"
    "The seedlings were harvested after four weeks and frozen for study on the ground.\n"
)


def test_plain_text_credits_are_captions(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    document = ingest(path)
    assert "JAXA" not in {b.section for b in document.blocks}
    assert "JAXA" not in {b.text for b in document.blocks}
    sections = {b.text.split()[1]: b.section for b in document.blocks}
    assert sections["filter"] == "Water Tests"
    assert sections["seedlings"] == "Plants"
    captions = [e.text for e in document.parsed.excluded if e.kind == "caption"]
    assert captions == ["JAXA", "JAXA"]


def test_markdown_credits_under_a_title_are_captions(tmp_path):
    path = tmp_path / "page.md"
    path.write_text(
        "# The Relay Station\n\n"
        "The station will carry radios for the landers on the far side.\n\n"
        "**Relay Module**\n\n"
        "CSA\n"
        "The relay module holds two antennas and a small computer.\n\n"
        "**Power Module**\n\n"
        "CSA\n"
        "The power module carries solar arrays and batteries for the station.\n",
        encoding="utf-8",
    )
    document = ingest(path)
    by_start = {b.text.split()[1]: b.section for b in document.blocks}
    assert by_start["relay"] == "Relay Module"
    assert by_start["power"] == "Power Module"
    captions = [e.text for e in document.parsed.excluded if e.kind == "caption"]
    assert captions == ["CSA", "CSA"]


def test_a_lone_heading_in_initials_stays_a_heading(tmp_path):
    path = tmp_path / "partners.txt"
    path.write_text(
        "Partners of the Relay\n\n"
        "Three agencies take part in the relay project.\n\n"
        "ESA\n\n"
        "The European agency provides the antennas and the ground station in Spain.\n",
        encoding="utf-8",
    )
    document = ingest(path)
    assert document.blocks[-1].section == "ESA"
    assert not [e for e in document.parsed.excluded if e.kind == "caption"]
