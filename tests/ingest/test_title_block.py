"""A document's title as a reader finds it under the head's furniture (fifteenth round): an
issuing body's letterhead, a publication's masthead and tagline, a reference number, a row of
fields or a breadcrumb, a section label stand above the title and are passed over; a title in
capitals runs on past a colon into its subtitle; an instrument's kind alone on its line is
carried on by the next; a web page's headline is its h1, not its <title> with the site's labels.
Negatives: a dateline, the first section's heading and prose are no title; a first line that
reads as a title stays it. The texts are the team's own words."""

from __future__ import annotations

import pytest

from pipeline.ingest.html import ingest_html
from pipeline.ingest.publisher.title_block import (
    is_body_name,
    is_field_line,
    is_head_furniture,
    is_publication_name,
    is_reference_line,
)
from pipeline.ingest.text import ingest_txt

PROSE = (
    "The agency expects to launch two more satellites before the end of the decade, and it "
    "has asked the ministry for a larger share of the budget to pay for them.\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("IAC-25-B3.1.9", True),
        ("arXiv:2511.01234v1  [physics.soc-ph]  3 Nov 2025", True),
        ("No. MS/ADM/2025/17", True),
        ("Vol. 88, No. 4", True),
        ("Page H2210", True),
        ("Space Cooperation in 2030", False),
        ("The Second Lunar Decade", False),
    ],
)
def test_reference_lines(line, expected):
    assert is_reference_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ANALYSIS | POLICY", True),
        ("Issue 12 | Winter 2025 | Number 3", True),
        ("Home > World > Science", True),
        ("Rivals and Partners: A History of the Orbital Age", False),
        ("Launch Costs | A Survey of Forty Years of Data From Every Operator Worldwide", False),
    ],
)
def test_field_lines(line, expected):
    assert is_field_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("MINISTRY OF SCIENCE AND TECHNOLOGY", True),
        ("REPUBLIC OF EXAMPLE MINISTRY OF FOREIGN AFFAIRS", True),
        ("Centre for Space Policy Research", True),  # a kind inside the body's name
        ("Government of Ruritania Department of Space Affairs", True),
        ("Centre for Orbital Policy Research, Nairobi", True),
        ("Office of the Chief Scientist", True),
        ("Report of the Committee on Space Research", False),
        ("National Space Agency Strategy 2030", False),
        ("Department of Space Annual Review", False),
        ("Lunar Partnerships After the Accords", False),
    ],
)
def test_body_names(line, expected):
    assert is_body_name(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("THE HARBOUR TRIBUNE", True),
        ("The Orbital Quarterly", True),
        ("NORTHERN JOURNAL OF SPACE LAW", True),
        ("A Review", False),
        ("the rocket review", False),  # neither capitals nor "The"
    ],
)
def test_publication_names(line, expected):
    assert is_publication_name(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("COMMENTARY", True),
        ("PROTOCOL", False),  # an instrument's kind opens its title
        ("Paris, 3 March 2025", True),
        ("[Unofficial translation]", True),
        ("Shared Orbits, Separate Rules", False),
    ],
)
def test_head_furniture(line, expected):
    assert is_head_furniture(line) is expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a ministry's letterhead over the title, with a dateline and a file number under it
        (
            "MINISTRY OF SCIENCE AND TECHNOLOGY\nDEPARTMENT OF SPACE AFFAIRS\n\n"
            "NATIONAL SATELLITE POLICY 2027\n\nNairobi, 2 March 2027\n\nRef. NSP/2027/01\n\n"
            + PROSE,
            "NATIONAL SATELLITE POLICY 2027",
        ),
        # a magazine's masthead and tagline, a kicker, then the headline and a byline
        (
            "THE ORBITAL QUARTERLY\nReporting on Science, Industry and Diplomacy\n\n"
            "ANALYSIS | POLICY\n\nWhy Small States Sign Both Lunar Pacts\n\nBy Ama Mensah\n\n"
            + PROSE,
            "Why Small States Sign Both Lunar Pacts",
        ),
        # a conference paper's number above its title in capitals
        (
            "IAC-25-B3.1.9\n\nREGIONAL SATELLITE NETWORKS AND THE POLITICS OF SHARED DATA\n\n"
            "Jon Doe, Ana Roe\n\nAbstract\n\n" + PROSE,
            "REGIONAL SATELLITE NETWORKS AND THE POLITICS OF SHARED DATA",
        ),
        # a newspaper's name and breadcrumb above a headline with a semicolon
        (
            "THE HARBOUR TRIBUNE\nHome > World > Science\n\n"
            "Agencies agree on a joint orbiter; launch set for 2029\n\n" + PROSE,
            "Agencies agree on a joint orbiter; launch set for 2029",
        ),
        # an institute's name and its series line, and a translator's note in brackets
        (
            "Centre for Orbital Policy Research, Nairobi\nPolicy Paper Series No. 2026-04\n\n"
            "[Translated from the French.]\n\n"
            "Rules for the Road to the Moon: What Africa Needs From Both Coalitions\n\n" + PROSE,
            "Rules for the Road to the Moon: What Africa Needs From Both Coalitions",
        ),
    ],
)
def test_a_title_under_the_head_s_furniture(text, title):
    assert ingest_txt(text.encode()).metadata.title == title


def test_a_title_on_the_first_line_stays_the_title():
    text = "Shared Orbits, Separate Rules\n\nMINISTRY OF SCIENCE AND TECHNOLOGY\n\n" + PROSE
    assert ingest_txt(text.encode()).metadata.title == "Shared Orbits, Separate Rules"


def test_a_dateline_and_a_section_heading_under_a_letterhead_are_no_title():
    # nothing title-like stands under the furniture: the first line stays, as before
    text = (
        "MINISTRY OF SCIENCE AND TECHNOLOGY\n\nNairobi, 2 March 2027\n\n1. BACKGROUND\n\n" + PROSE
    )
    title = ingest_txt(text.encode()).metadata.title
    assert title not in ("Nairobi, 2 March 2027", "1. BACKGROUND", "BACKGROUND")


def test_a_standfirst_under_a_masthead_is_no_title():
    text = (
        "THE HARBOUR TRIBUNE\n\n"
        "The agencies met for two days. They agreed on almost everything\n\n" + PROSE
    )
    assert "agencies met" not in ingest_txt(text.encode()).metadata.title


def test_a_title_in_capitals_runs_past_its_colon_into_the_subtitle():
    text = (
        "          SHARED ORBITS:\n      ALLIES, RIVALS AND THE\n         RULES OF THE ROAD\n\n"
        "                HEARING\n\n" + PROSE
    )
    assert (
        ingest_txt(text.encode()).metadata.title
        == "SHARED ORBITS: ALLIES, RIVALS AND THE RULES OF THE ROAD"
    )


def test_a_capitals_label_with_a_colon_further_down_is_not_joined():
    text = PROSE + "\nWITNESSES:\nJANE ROE\nJOHN DOE\n\n" + PROSE
    parsed = ingest_txt(text.encode())
    texts = [b.text for b in parsed.blocks] + [e.text for e in parsed.excluded]
    assert not any("WITNESSES: JANE ROE" in t for t in texts)


def test_an_instrument_s_kind_alone_is_carried_on_by_its_subject():
    text = (
        "PROTOCOL\n\namending the Agreement between the Government of Example and the "
        "Government of Sample on Cooperation in Space Science\n\n"
        "The Parties, desiring to widen their cooperation, have agreed as follows:\n\n"
        "Article 1\n\n" + PROSE
    )
    assert ingest_txt(text.encode()).metadata.title == (
        "PROTOCOL amending the Agreement between the Government of Example and the "
        "Government of Sample on Cooperation in Space Science"
    )


def test_a_kind_alone_over_prose_is_not_joined():
    text = "PROTOCOL\n\non arrival the delegates were met by the minister.\n\n" + PROSE
    assert ingest_txt(text.encode()).metadata.title == "PROTOCOL"


def test_an_exchange_of_notes_constituting_an_agreement_is_an_instrument_title():
    line = (
        "EXCHANGE OF NOTES CONSTITUTING AN AGREEMENT BETWEEN THE GOVERNMENT OF EXAMPLE AND "
        "THE GOVERNMENT OF SAMPLE CONCERNING THE OPERATION OF A SATELLITE LASER RANGING "
        "STATION AT THE NORTHERN OBSERVATORY NEAR THE TOWN OF EXAMPLEVILLE IN THE EASTERN "
        "PROVINCE OF EXAMPLE"
    )
    assert ingest_txt(f"{line}\n\nCapital City, 3 May 2025\n\n{PROSE}".encode()).metadata.title == (
        line
    )


def _page(title: str, kicker: str, h1: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><main><article>"
        f"<p class='kicker'>{kicker}</p><h1>{h1}</h1>"
        f"<p>{PROSE}</p><p>{PROSE}</p></article></main></body></html>"
    ).encode()


def test_a_page_s_headline_is_its_h1_not_the_labelled_page_title():
    page = _page(
        "Analysis | Two coalitions, one Moon: the case for a hotline - The Harbour Tribune",
        "Analysis",
        "Two coalitions, one Moon: the case for a hotline",
    )
    assert ingest_html(page).metadata.title == "Two coalitions, one Moon: the case for a hotline"


def test_an_h1_the_page_title_does_not_hold_leaves_the_title():
    page = _page(
        "Two coalitions, one Moon | The Harbour Tribune",
        "Analysis",
        "Readers write about the lunar pacts this week",
    )
    assert ingest_html(page).metadata.title == "Two coalitions, one Moon"


def test_a_journal_s_issue_line_under_its_masthead_dates_the_issue():
    text = (
        "NORTHERN JOURNAL OF SPACE LAW\nVolume 12 | Autumn 2024 | Number 3\n\nARTICLES\n\n"
        "SHARED ORBITS AND SEPARATE RULES\n\n" + PROSE
    )
    meta = ingest_txt(text.encode()).metadata
    assert (meta.title, meta.year) == ("SHARED ORBITS AND SEPARATE RULES", 2024)


def test_a_reference_number_does_not_date_the_document():
    text = "Ref. 2031/77-B\n\nSHARED ORBITS AND SEPARATE RULES\n\n" + PROSE
    assert ingest_txt(text.encode()).metadata.year != 2031


@pytest.mark.parametrize(
    ("head", "title", "first_block"),
    [
        # a cover with the issuers' names over a title in capitals and its lower-case tail
        (
            "Ministry of Example Affairs\nOffice for Sample Matters\n\nORBITAL SAFETY PLAN\n"
            "of the Republic of Example\n\n",
            "ORBITAL SAFETY PLAN of the Republic of Example",
            "Ministry of Example Affairs",
        ),
        (
            "NATIONAL SPACE STRATEGY\nfor the years 2026 to 2035\n\n",
            "NATIONAL SPACE STRATEGY for the years 2026 to 2035",
            None,
        ),
        # negatives: after a blank line the lower-case line is no part of the title
        (
            "Ministry of Example Affairs\n\nORBITAL SAFETY PLAN\n\nof the Republic of Example\n\n",
            "ORBITAL SAFETY PLAN",
            None,
        ),
        # a title not in capitals is not carried on by a line it does not own
        (
            "Ministry of Example Affairs\n\nOrbital Safety Plan\nof the Republic of Example\n\n",
            None,
            None,
        ),
    ],
)
def test_a_capitals_title_runs_on_into_its_lower_case_tail(head, title, first_block):
    parsed = ingest_txt((head + PROSE).encode())
    if title is not None:
        assert parsed.metadata.title == title
    else:
        assert "of the Republic" not in parsed.metadata.title
    blocks = [b.text for b in parsed.blocks]
    if first_block is not None:
        assert blocks[0] == first_block
    if title is not None and "of the Republic of Example" in title:
        assert not any("of the Republic of Example" in b for b in blocks)
