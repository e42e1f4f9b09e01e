"""The head of an official text (blind whitepapers set, fourteenth round): a document symbol,
a place-and-date line, the issuing body's banner in capitals, the instrument's title under it
and an adoption note. The symbol, the date lines and the banner are front matter; the title is
the instrument's, not the banner's nor the symbol's. Negative cases keep prose and other heads
as they were. The documents are the team's own words."""

from __future__ import annotations

import pytest

from pipeline.ingest.publisher.bibliographic import is_date_line
from pipeline.ingest.publisher.front_matter import is_document_symbol
from pipeline.ingest.text import ingest_txt

RESOLUTION = """ESA/C/CCXC/Res.4 (Final)
Paris, 14 June 2024

EUROPEAN SPACE AGENCY
COUNCIL

RESOLUTION ON THE FUTURE OF EUROPEAN LAUNCHERS

(adopted on 13 June 2024)

The Council, meeting in Paris on 12 and 13 June 2024,

RECALLING its earlier decisions on the launchers of the Agency and on the role of industry in their exploitation since the first flight of Ariane,

1. DECIDES that the Agency shall buy launch services in an open competition;
"""


def test_the_head_of_a_council_resolution():
    parsed = ingest_txt(RESOLUTION.encode())
    assert parsed.metadata.title == "RESOLUTION ON THE FUTURE OF EUROPEAN LAUNCHERS"
    front = [e.text for e in parsed.excluded if e.kind == "front_matter"]
    for line in (
        "ESA/C/CCXC/Res.4 (Final)",
        "Paris, 14 June 2024",
        "(adopted on 13 June 2024)",
    ):
        assert line in front
    texts = [b.text for b in parsed.blocks]
    assert not any("Paris, 14 June" in t or "adopted on" in t for t in texts)
    assert any(t.startswith("The Council, meeting in Paris") for t in texts)


def test_a_body_s_banner_over_a_report_s_title_is_no_title():
    # fifteenth round: the issuing body's name above any title is letterhead, an instrument's
    # or a report's alike (it used to stay the title when no instrument stood under it)
    text = (
        "NATIONAL SPACE OFFICE\n\nAnnual Review of the Launch Sector\n\n"
        "The office licensed more launches this year than in any year before, and the "
        "number of operators holding a licence grew by a third over the previous year.\n"
    )
    assert ingest_txt(text.encode()).metadata.title == "Annual Review of the Launch Sector"


def test_a_banner_with_only_prose_under_it_stays_the_title():
    text = (
        "NATIONAL SPACE OFFICE\n\n"
        "The office licensed more launches this year than in any year before, and the "
        "number of operators holding a licence grew by a third over the previous year.\n\n"
        "Two new sites opened on the coast, and a third is being surveyed.\n"
    )
    assert ingest_txt(text.encode()).metadata.title == "NATIONAL SPACE OFFICE"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Paris, 28 November 2025", True),
        ("Brussels, 3 May 2024.", True),
        ("Geneva, May 3, 2023", True),
        ("(adopted on 27 November 2025)", True),
        ("Adopted by the Council on 3 May 2024", True),
        ("Paris, the city of light, was founded long ago.", False),
        ("Adopted on the basis of a proposal from the Commission.", False),
        ("In Paris, 28 November 2025 was a cold day", False),
    ],
)
def test_place_and_adoption_date_lines(line, expected):
    assert is_date_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ESA/C-M/CCCXXV/Res.2 (Final)", True),
        ("A/RES/76/3", True),
        ("ST/SG/AC.10/Rev.1", True),
        ("Space/Earth observation", False),
        ("The Agency's 2024/25 budget", False),
        ("and/or", False),
    ],
)
def test_document_symbols(line, expected):
    assert is_document_symbol(line) is expected
