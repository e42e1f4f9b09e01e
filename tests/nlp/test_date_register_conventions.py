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
from pipeline.nlp.components.dates import _opens_a_turn
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
        ("I hope to report progress to the House before the summer recess.", "2026-11-17", []),
    ],
)  # fmt: skip
def test_a_plans_season_is_the_next_to_begin(text, written, expected):
    assert values(text, written) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This paper offers recommendations for the next five years.",
         [("the next five years", "2026/2030")]),
        ("The council tabled proposals for the next three years.",
         [("the next three years", "2026/2028")]),
        # negative: how long something lasted is a duration, not a date
        ("The crew stayed on the station for the next five years.", []),
    ],
)  # fmt: skip
def test_recommendations_for_the_next_years_name_the_years_they_cover(text, expected):
    assert values(text, "2025-12-15") == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # questions for the record: the day the answers came in, not the hearing's day
        ("Questions for the Record\n\nHearing date: Wednesday, October 14, 2026\n\n"
         "Responses received: November 20, 2026", ("2026-11-20", "date line")),
        ("Questions for the Record\n\nAnswers submitted: 2 December 2026",
         ("2026-12-02", "date line")),
        # negative: without the answers' line the hearing's weekday date stays
        ("Questions for the Record\n\nHearing date: Wednesday, October 14, 2026",
         ("2026-10-14", "head line")),
    ],
)  # fmt: skip
def test_the_answers_line_dates_questions_for_the_record(head, expected):
    assert document_date_evidence(head + BODY, find=find_dates, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides signed in 2025.\n\nAgency TV: Several people were hurt on Sunday.", True),
        ("The two sides signed in 2025.\n\nSenator Li: We met on Sunday.", True),
        # negative: a paragraph with no speaker's label, a second sentence of the turn
        ("The two sides signed in 2025.\n\nSeveral people were hurt on Sunday.", False),
        ("Agency TV: Is that so? Several people were hurt on Sunday.", False),
    ],
)  # fmt: skip
def test_a_speakers_turn_opens_a_new_story(text, expected):
    start = text.index("We met") if "We met" in text else text.index("Several")
    assert _opens_a_turn(text, start) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since the 2011 appropriations act, the agency has worked alone.",
         [("Since the 2011", "2011/2026")]),
        ("Ever since the 2020 agreement, the two agencies have met yearly.",
         [("Ever since the 2020", "2020/2026")]),
        # negative: a year with no "since", and a year that is no noun's
        ("The 2011 act bars the agency from such work.", [("2011", "2011")]),
        ("The budget has grown since the 2011, 2012 and 2013 cuts.",
         [("2011", "2011"), ("2012", "2012"), ("2013", "2013")]),
    ],
)  # fmt: skip
def test_since_a_year_that_dates_a_noun_runs_to_the_documents_year(text, expected):
    assert values(text, "2026-09-17") == expected


def test_a_plans_span_counts_from_the_document_right_after_a_year_the_text_told():
    text = "The paper offers recommendations for the next five years."
    found = values(text, "2025-12-15", anchor="2021", recent_anchor=True)
    assert found == [("the next five years", "2026/2030")]
    # negative: a span that is no plan's, right after a year told, is the story's (none here)
    text = "The paper was reviewed, and the team grew over the next five years."
    assert values(text, "2025-12-15", anchor="2021", recent_anchor=True) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The office hosted its yearly meeting in Accra on 9 and 10 November, as agreed.",
         [("9 and 10 November", "2025-11-09/2025-11-10")]),
        ("The office hosted its yearly meeting on November 9 and 10, as agreed.",
         [("November 9 and 10", "2025-11-09/2025-11-10")]),
        # negative: numbered things with no "on", and days that do not follow each other
        ("See sections June 3 and 4 of the plan.", [("June 3", "2025-06-03")]),
    ],
)  # fmt: skip
def test_two_yearless_days_that_follow_each_other_after_on_are_one_span(text, expected):
    assert values(text, "2025", past_tense=True, recent_anchor=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" as a determiner: counted from an event the text does not date
        ("The arrangement lapses six years after that signature, whichever comes first.", []),
        # "that" as a pronoun for the date before: counted from it
        ("Two years after that, the station closed.", [("Two years after", "2022")]),
        ("Two years after that the station closed.", [("Two years after", "2022")]),
    ],
)  # fmt: skip
def test_years_after_that_event_are_no_date(text, expected):
    assert values(text, "2025-09-09", anchor="2020") == expected
