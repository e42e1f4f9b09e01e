"""Dates by the conventions of registers and by general forms (sixteenth round, from the misses
of the blind documents written apart): a newsletter's or a report's masthead line of fields, a
translator's note dating the text, a report on the year before its publication, a plan's weekday
and season, a plan reported with "would", "the third quarter of the year", and a past day after
a target year. All texts are the team's own; the negative rows keep what must not change.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.ingest.publisher import date_field
from pipeline.ingest.text import ingest_md
from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import document_date_evidence, speaks_from

TODAY = date(2026, 12, 6)
BODY = "\n\n" + "The two agencies will share the data the orbiter returns. " * 8


def values(text: str, written: str | None, **kwargs) -> list[tuple[str, str]]:
    return [(m.mention, m.value) for m in find_dates(text, document_date=written, **kwargs)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Orbital policy from the South | Issue No. 212 | Tuesday, 3 March 2026",
         "Tuesday, 3 March 2026"),
        ("Nairobi · Published 14 April 2026", "Published 14 April 2026"),
        ("Vol. 7 • No. 4 • April 2026", "April 2026"),
        # negative: two dates on a line of fields are a timeline's
        ("Launch: 5 March 2024 · Landing: 9 March 2024", "Launch: 5 March 2024 · Landing: 9 "
         "March 2024"),
        # negative: a table row opens with its bar
        ("| 2024 | 5 March 2024 |", "| 2024 | 5 March 2024 |"),
        # negative: no field is a date line of its own (a sentence in a field)
        ("Our view · The council met on 5 March 2024 to agree the budget for the year",
         "Our view · The council met on 5 March 2024 to agree the budget for the year"),
        # negative: no separator, no fields
        ("Published 14 April 2026", "Published 14 April 2026"),
    ],
)  # fmt: skip
def test_the_date_field_of_a_masthead_line(line, expected):
    assert date_field(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an e-mail newsletter: the web-view link, the name, the issue line in bold
        ("[Read this issue online](#)\n\n# Orbit Letter\n\n**Space news from the Andes | "
         "Issue No. 31 | Thursday, 5 November 2026**\n\nGood morning. The agency said on "
         "Monday that it will fly the camera.\n", "2026-11-05"),
        # a report's cover: the place and a labelled date as two fields
        ("# Space Office — Annual Report 2025\n\n**Lagos · Published 2 April 2026**\n\n## "
         "Foreword\n\nThis year the Office signed four agreements with partner agencies.\n",
         "2026-04-02"),
        # negative: a strapline with an issue number and no date leaves the text undated
        ("[Read this issue online](#)\n\n# Orbit Letter\n\n**Space news from the Andes | "
         "Issue No. 31**\n\nGood morning. The agency will fly the camera.\n", None),
    ],
)  # fmt: skip
def test_a_masthead_line_dates_a_markdown_text(text, expected):
    parsed = ingest_md(text.encode("utf-8"))
    body = "\n\n".join(b.text for b in parsed.blocks)
    head = f"{parsed.metadata.date_line}\n\n{body}" if parsed.metadata.date_line else body
    found, _ = document_date_evidence(
        head,
        year=parsed.metadata.year,
        find=find_dates,
        title=parsed.metadata.title or "",
        today=TODAY,
    )
    assert found == expected


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        ("(Translated by Ana Lima. The original Portuguese text is dated 3 October 2025.)",
         ("2025-10-03", "editor's note")),
        ("This paper is dated 9 June 2025.", ("2025-06-09", "editor's note")),
        # negative: a body sentence that cites another text's date
        ("The council adopted the plan, and its final report is dated 3 October 2019, as the "
         "annex shows.", (None, "")),
    ],
)  # fmt: skip
def test_a_translators_note_at_the_foot_dates_the_text(foot, expected):
    text = "Working Paper\n\nLunar Cooperation in Two Coalitions" + BODY + "\n\n" + foot
    assert document_date_evidence(text, find=find_dates, today=TODAY) == expected


@pytest.mark.parametrize(
    ("written", "title", "expected"),
    [
        ("2026-03-30", "Space Office — Annual Report 2025", "2025"),
        ("2026-03-30", "Annual Review of the Agency 2025", "2025"),
        # negative: a report on its own year, a target, and no year at all
        ("2026-03-30", "Annual Report 2026", "2026-03-30"),
        ("2026-03-30", "Vision 2025 and the road ahead", "2026-03-30"),
        ("2026-03-30", "Space Office Annual Report", "2026-03-30"),
        (None, "Annual Report 2025", None),
    ],
)
def test_a_report_on_the_year_before_speaks_from_that_year(written, title, expected):
    assert speaks_from(written, title) == expected


def test_a_past_day_after_a_target_year_is_in_the_year_of_a_year_only_text():
    text = "The agreement with the agency was signed in Lagos on 14 May, as planned."
    assert values(text, "2025", anchor="2034", past_tense=True) == [("14 May", "2025-05-14")]
    # negative: the same day after a past year the text told keeps that year
    assert values(text, "2025", anchor="2019", past_tense=True) == [("14 May", "2019-05-14")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday I will travel to Ottawa to meet the minister.", [("Friday", "2026-03-13")]),
        ("The council is to meet on Thursday to approve the budget.",
         [("Thursday", "2026-03-12")]),
        ("We hope to sign the arrangement on Monday, and the press will be there.",
         [("Monday", "2026-03-16")]),
        # negative: a report's day, even when a plan follows
        ("The minister said on Monday that the agency will launch the probe.",
         [("Monday", "2026-03-09")]),
        # negative: a past event and a plan in another clause
        ("The agency launched the probe on Monday, and it will reach orbit soon.",
         [("Monday", "2026-03-09")]),
    ],
)  # fmt: skip
def test_a_weekday_in_a_plans_clause_is_the_coming_one(text, expected):
    # 11 March 2026 is a Wednesday
    assert values(text, "2026-03-11") == expected


def test_a_weekday_after_a_year_told_sentences_before_is_the_documents():
    text = "She added that the centre had briefed the cabinet on Monday."
    # the earlier year was named sentences before (no fresh anchor): the document's week
    assert values(text, "2026-03-11", anchor="2024", recent_anchor=False) == [
        ("Monday", "2026-03-09")
    ]
    # negative: a story told in that year right before keeps its weekdays (no date)
    assert values(text, "2026-03-11", anchor="2024", recent_anchor=True) == []


@pytest.mark.parametrize(
    ("text", "past", "expected"),
    [
        ("Engineers will visit the plant in the third quarter of the year.", False,
         [("the third quarter of the year", "2026-07/2026-09")]),
        ("The review is expected in the first half of the year.", False,
         [("the first half of the year", "2026-01/2026-06")]),
        # the narrative's year in a sentence that tells the past
        ("In 1998 the crew arrived, and in the second half of the year they fixed the panels.",
         True, [("1998", "1998"), ("the second half of the year", "1998-07/1998-12")]),
        # negative: a year written after it, a possessive
        ("The first half of the year 2020 was quiet.", True,
         [("The first half of the year 2020", "2020-01/2020-06")]),
        ("The second half of the year's budget goes to the rover.", False, []),
    ],
)  # fmt: skip
def test_a_part_of_the_year(text, past, expected):
    assert values(text, "2026-05-21", past_tense=past) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The director said a team would travel to Pune in May to fit the hardware.",
         [("May", "2026-05")]),
        ("He noted that the country would host a workshop on lunar data in February.",
         [("February", "2027-02")]),
        # negative: "would have" tells a past that did not happen: the latest May over
        ("He said the team would have travelled to Pune in May.", [("May", "2025-05")]),
        # negative: no plan: a past event, the latest May over
        ("The team travelled to Pune in May.", [("May", "2025-05")]),
    ],
)  # fmt: skip
def test_a_plan_reported_with_would_counts_from_the_day_of_writing(text, expected):
    # the anchor is a target's year named sentences before (2028)
    found = values(text, "2026-03-04", anchor="2028", past_tense=True, recent_anchor=False)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        ("The office will publish a new strategy in the spring.", "2026-11-17",
         [("the spring", "2027")]),
        ("We hope to sign an arrangement with them before the summer.", "2026-03-10",
         [("the summer", "2026")]),
        # negative: no plan, a year written after it, a text known by its year only
        ("In the spring the crew repaired the panels.", "2026-03-10", []),
        ("The agency will launch the probe in the spring of 2028.", "2026-03-10",
         [("the spring of 2028", "2028")]),
        ("The agency will launch the probe in the spring.", "2026", []),
    ],
)  # fmt: skip
def test_a_plans_season_is_the_next_to_begin(text, written, expected):
    assert values(text, written) == expected
