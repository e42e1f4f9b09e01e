"""Rows of a table drawn with bars in a plain text (a journal article or conference paper copied
as text) are a table, not sentences; a single bar-joined line, rows of different widths and prose
holding a bar are not (blind papers set: two documents gave their tables as sentences). A
Markdown report's month line under its title is its date line, as in plain text."""

from __future__ import annotations

import pytest

from pipeline.ingest.text import ingest_md, ingest_txt
from pipeline.ingest.textclean import split_paragraphs
from pipeline.ingest.textrows import bar_cells, bar_table_rows


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("Year | Accords | ILRS", 3),
        ("| Provision | Accords | Guide |", 3),
        ("Notification of operations | Yes (Section 11) | Among partners only", 3),
        ("2023 | 12 | 4 | 0", 4),
        # not a row: an empty cell, a cell that is a sentence, no bar
        ("Partners || none", 0),
        ("The council met in Vienna | and it agreed after a long debate that the partners would"
         " share their tracking data with each other every week | Yes", 0),
        ("A sentence without any bar in it.", 0),
    ],
)  # fmt: skip
def test_bar_cells(line, cells):
    assert bar_cells(line) == cells


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a table: rows of one width, each on its line
        ("Some prose.\n\nSite | Lander | Year\nShackleton | Artemis III | 2027\n"
         "Haworth | Chang'e-7 | 2026\n\nMore prose.", [1, 2, 3]),
        # a single bar-joined line of labels is no table
        ("Search | Log in | Register\n\nThe article begins here.", []),
        # neighbouring lines of different widths (share links over related links) are no table
        ("Share: Email | X | LinkedIn\nRelated: A quiet treaty | Who rules the Moon?", []),
    ],
)  # fmt: skip
def test_bar_table_rows(text, rows):
    assert sorted(bar_table_rows(split_paragraphs(text))) == rows


def test_a_bar_table_in_a_text_file_is_excluded_as_a_table():
    text = (
        "Lunar deconfliction compared\n\n"
        "The two coalitions write their rules in different places.\n\n"
        "Table 2. Provisions compared\n"
        "Provision | Accords | ILRS guide\n"
        "Notice of operations | Yes | Among partners\n"
        "Safety zones | Yes | Not mentioned\n\n"
        "As the table shows, both coalitions want notice among partners.\n"
    )
    parsed = ingest_txt(text.encode())
    assert [b.text for b in parsed.blocks] == [
        "The two coalitions write their rules in different places.",
        "As the table shows, both coalitions want notice among partners.",
    ]
    tables = [e.text for e in parsed.excluded if e.kind == "table"]
    assert tables == [
        "Provision | Accords | ILRS guide",
        "Notice of operations | Yes | Among partners",
        "Safety zones | Yes | Not mentioned",
    ]


@pytest.mark.parametrize(
    ("text", "excluded_date"),
    [
        # a report's month line under its title and byline is its date line, not a sentence
        ("# Partners in Orbit\n\n*By Ann Lee and Tom Berg*\n\nFebruary 2026\n\n## Summary\n\n"
         "The two agencies signed a pact in May.\n", True),
        ("# Partners in Orbit\n\n12 March 2025\n\nThe two agencies signed a pact in May.\n", True),
        # ... but not a month line after the prose began (a timeline's entry), nor a list item
        ("# Partners in Orbit\n\nThe two agencies signed a pact in May, after long talks.\n\n"
         "March 2024\n\nThe pact entered into force later.\n", False),
        ("# Partners in Orbit\n\n- March 2024\n- April 2024\n\nThe pact entered into force.\n",
         False),
    ],
)  # fmt: skip
def test_a_markdown_head_date_line_is_front_matter(text, excluded_date):
    parsed = ingest_md(text.encode())
    blocks = [b.text for b in parsed.blocks]
    front = [e.text for e in parsed.excluded if e.kind == "front_matter"]
    dates = [t for t in ("February 2026", "12 March 2025", "March 2024") if t in text]
    assert (dates[0] in front and dates[0] not in blocks) is excluded_date
