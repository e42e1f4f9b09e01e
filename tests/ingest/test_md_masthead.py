"""A Markdown page's masthead over its title (``pipeline.ingest.mdmasthead``): under a skip
link, a menu, a breadcrumb, a site banner, a kicker, a reference number or a place-and-date
line the first ``#`` heading is the title; prose, a list or another heading above it keep the
heading a section's. All pages are made up for this table."""

from __future__ import annotations

import pytest

from pipeline.ingest.mdmasthead import masthead_title
from pipeline.ingest.text import parse_markdown

BODY = (
    "The two agencies signed a plan on Tuesday to share data from their weather satellites.\n\n"
    "## Background\n\nThe plan follows two years of talks between their engineers.\n"
)

MASTHEADS = [
    # a web page's skip link, menu and breadcrumb
    (
        "[Skip to main content](#main)\n\n"
        "[Home](/) · [News](/news) · [Contact](/contact)\n\n"
        "Home > Newsroom > Releases\n\n"
        "# Agencies agree to pool weather data\n\n",
        "Agencies agree to pool weather data",
    ),
    # an institution's banner in bold, its committee in italics, a reference and a date line
    (
        "**NATIONAL ASSEMBLY** 2025-2030\n\n"
        "*Standing Committee on Science*\n\n"
        "SC/REC/2026/14\n\n"
        "Lisbon, 3 March 2026\n\n"
        "# Minutes of the committee's hearing on satellites\n\n",
        "Minutes of the committee's hearing on satellites",
    ),
    # a newsletter's link to its web copy
    (
        "[Read this issue online](#)\n\n# The Orbit Letter\n\n",
        "The Orbit Letter",
    ),
    # a wire's service line and a kicker, with a setext title
    (
        "Harbour Newswire | World Service | Science > Space\n\n"
        "**ANALYSIS**\n\n"
        "Why two agencies chose to share their weather data\n"
        "==================================================\n\n",
        "Why two agencies chose to share their weather data",
    ),
]


@pytest.mark.parametrize(("head", "title"), MASTHEADS, ids=[t for _, t in MASTHEADS])
def test_the_heading_under_a_masthead_is_the_title(head: str, title: str) -> None:
    parsed = parse_markdown(head + BODY)
    assert parsed.metadata.title == title
    assert title not in {b.section for b in parsed.blocks}
    texts = [b.text for b in parsed.blocks]
    assert any(t.startswith("The two agencies signed a plan") for t in texts)
    assert "Background" in {b.section for b in parsed.blocks}


def test_a_date_line_of_the_masthead_still_dates_the_text() -> None:
    head = "**CITY COUNCIL**\n\nBrussels, 4 November 2026\n\n# Summary of the sitting\n\n"
    parsed = parse_markdown(head + BODY)
    assert parsed.metadata.title == "Summary of the sitting"
    assert parsed.metadata.date_line == "Brussels, 4 November 2026"


@pytest.mark.parametrize(
    "head",
    [
        # a paragraph of prose above the first heading: the heading is a section's
        "The committee met twice this month and heard from six witnesses.\n\n# Findings\n\n",
        # a list above it
        "- first point\n- second point\n\n# Findings\n\n",
    ],
)
def test_no_masthead_when_more_than_furniture_stands_above(head: str) -> None:
    parsed = parse_markdown(head + BODY)
    assert parsed.metadata.title == ""
    assert "Findings" in {b.section for b in parsed.blocks}


def test_a_smaller_heading_first_makes_no_masthead() -> None:
    assert masthead_title(["## Notes", "", "Home > Reports", "", "# Findings", "", "Text."]) is None
    assert masthead_title(["Home > Reports", "", "# Findings", "", "Text."]) == 2
    assert masthead_title(["# Findings", "", "Text."]) is None
