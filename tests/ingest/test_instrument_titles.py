"""The titles of agreements and memoranda in plain text (``textmarks.instrument_title``): a
title that names both parties in full runs past an ordinary heading's length, and a memorandum's
title is often set over several centred lines in capitals. All texts are the team's own."""

from __future__ import annotations

import pytest

from pipeline.ingest.text import ingest_txt
from pipeline.ingest.textmarks import instrument_title

BODY = (
    "\n\nThe two agencies intend to share the data of their lunar orbiters and to train each "
    "other's engineers over the next five years under this text.\n\n"
    "They will meet once a year to review the work done and to plan the next steps together.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AGREEMENT BETWEEN THE GOVERNMENT OF THE KINGDOM OF NORWAY AND THE GOVERNMENT OF THE "
         "REPUBLIC OF KENYA ON COOPERATION IN THE EXPLORATION AND USE OF OUTER SPACE FOR "
         "PEACEFUL PURPOSES", True),
        ("Memorandum of Understanding between the Brazilian Space Agency and the Mexican Space "
         "Agency concerning Cooperation in Earth Observation and Satellite Data Exchange", True),
        ("Agreement between the Government of Canada and the Government of the United States of "
         "America concerning civil space station cooperation", True),
        ("Implementing Arrangement for the Provision of a Lunar Camera", True),
        # an instrument of three or more parties
        ("TRILATERAL AGREEMENT AMONG THE GOVERNMENT OF CHILE, THE GOVERNMENT OF SPAIN AND THE "
         "GOVERNMENT OF GHANA ON SATELLITE DATA", True),
        ("Multilateral Memorandum of Understanding on Space Weather Services", True),
        ("Trilateral talks among the three agencies resumed", False),
        # an instrument among three or more governments says so before its kind
        ("TRILATERAL AGREEMENT AMONG THE GOVERNMENT OF CHILE, THE GOVERNMENT OF PERU AND THE "
         "GOVERNMENT OF ECUADOR ON A SHARED GROUND STATION", True),
        ("Multilateral Agreement on the Exchange of Lunar Samples", True),
        ("Trilateral agreement was reached on the rover", False),
        # sentences that open with an instrument's name are no titles
        ("The agreement between NASA and JAXA covers rovers and was signed in Tokyo", False),
        ("Agreement on the text was reached in 2020. The parties then met in Oslo", False),
        ("Agreement was reached on the rover", False),
        ("Agreement between the two agencies was reached last week.", False),
        # other titles are left to the heading rules
        ("Space Cooperation between Norway and Kenya", False),
        ("Why the agreement matters", False),
    ],
)  # fmt: skip
def test_instrument_titles(text, expected):
    assert instrument_title(text) is expected


def test_a_long_agreement_title_in_capitals_is_the_title():
    title = (
        "AGREEMENT BETWEEN THE GOVERNMENT OF THE KINGDOM OF NORWAY AND THE GOVERNMENT OF THE "
        "REPUBLIC OF KENYA ON COOPERATION IN THE EXPLORATION AND USE OF OUTER SPACE FOR "
        "PEACEFUL PURPOSES"
    )
    assert len(title) > 160  # longer than an ordinary heading may be
    parsed = ingest_txt((title + BODY).encode())
    assert parsed.metadata.title == title
    assert parsed.blocks[0].text.startswith("The two agencies")


def test_a_title_set_over_centred_lines_is_one_title():
    head = (
        "MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE BRAZILIAN SPACE AGENCY\nAND\n"
        "THE MEXICAN SPACE AGENCY\nCONCERNING COOPERATION IN EARTH OBSERVATION"
    )
    parsed = ingest_txt((head + BODY).encode())
    assert parsed.metadata.title == " ".join(head.split("\n"))
    assert [b.text for b in parsed.blocks][0].startswith("The two agencies")
    assert not any(b.text in {"BETWEEN", "AND"} for b in parsed.blocks)


def test_a_trilateral_title_set_over_centred_lines_is_one_title():
    head = (
        "    TRILATERAL AGREEMENT\n         AMONG\n  THE GOVERNMENT OF THE REPUBLIC OF CHILE,\n"
        "  THE GOVERNMENT OF THE KINGDOM OF SPAIN\n         AND\n"
        "  THE GOVERNMENT OF THE REPUBLIC OF GHANA\n    CONCERNING SATELLITE DATA"
    )
    parsed = ingest_txt((head + BODY).encode())
    assert parsed.metadata.title == " ".join(line.strip() for line in head.split("\n"))
    assert [b.text for b in parsed.blocks][0].startswith("The two agencies")


def test_lines_in_capitals_that_are_no_instrument_title_stay_apart():
    # a hearing's cover: four lines in capitals, no instrument named
    head = "HEARING\nBEFORE THE\nCOMMITTEE ON SCIENCE\nAND\nSPACE COMMISSION"
    parsed = ingest_txt((head + BODY).encode())
    assert parsed.metadata.title != " ".join(head.split("\n"))
