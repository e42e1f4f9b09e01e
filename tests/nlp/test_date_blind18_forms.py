"""Dates by general forms and register conventions (eighteenth round, from the misses of the
blind documents held out the round before): a journal article's history line under its label,
a bill's "Introduced:" line, a date in another calendar with its common-era year glossed, a
yearless month told as done from the day of writing (an act a participle dates, a past a report
tells), "during the year", and a season a schedule expects. All texts are the team's own; the
negative rows keep what must not change.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.ingest.publisher import head_date_line, publication_date_line
from pipeline.ingest.text import ingest_txt
from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import document_date_evidence
from pipeline.nlp.extract.dates.year_sources import common_era

TODAY = date(2027, 12, 31)


def values(text: str, written: str | None, **kwargs) -> list[tuple[str, str]]:
    return [(m.mention, m.value) for m in find_dates(text, document_date=written, **kwargs)]


def dated(text: str) -> tuple[str | None, str]:
    """The document date of a plain text as a user's file gives it (front matter set aside)."""
    parsed = ingest_txt(text.encode("utf-8"))
    meta = parsed.metadata
    body = "\n\n".join(b.text for b in parsed.blocks)
    head = f"{meta.date_line}\n\n{body}" if meta.date_line else body
    return document_date_evidence(
        head, year=meta.year, find=find_dates, title=meta.title or "", today=TODAY
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Article history: Received 2 March 2026; Revised 1 June 2026; Accepted 3 August 2026; "
         "Available online 9 September 2026", "Available online 9 September 2026"),
        ("History: Submitted 5 May 2025 / Accepted 2 July 2025 / Published online: 30 July 2025",
         "Published online: 30 July 2025"),
        # negative: a labelled history without a step of publication, a sentence
        ("Article history: Received 2 March 2026; Accepted 3 August 2026", ""),
        ("Article history shows that the paper was received in 2019 and published in 2020", ""),
    ],
)  # fmt: skip
def test_a_labelled_history_line_gives_its_publication_step(line, expected):
    assert publication_date_line(line) == expected


def test_a_history_line_is_the_head_date_line():
    head = [
        "Journal of Orbital Questions 4 (2026) 11-30",
        "A review of research on debris warnings, 2010-2026",
        "Article history: Received 2 March 2026; Revised 1 June 2026; Accepted 3 August 2026; "
        "Available online 9 September 2026",
        "This review asks why rival states still pass collision warnings to one another.",
    ]
    assert head_date_line(head) == "Available online 9 September 2026"
    # negative: the same head without the history line has no date line
    assert head_date_line([head[0], head[1], head[3]]) == ""


REVIEW = (
    "Journal of Orbital Questions 4 (2026) 11-30\n\nREVIEW ARTICLE\n\n"
    "Passing warnings between rivals: a review, 2010-2026\n\n"
    "Article history: Received 2 March 2026; Revised 1 June 2026; Accepted 3 August 2026; "
    "Available online 9 September 2026\n\n"
    "ABSTRACT\nThis review surveys what was written on collision warnings between rival states "
    "and finds that the work rarely speaks across its strands of study.\n\n"
    "1. Introduction\n\n"
    "On 3 May 2019, a weather satellite broke up in orbit and scattered debris over a wide band "
    "of altitudes. The break-up has drawn a wave of studies since 2019.\n"
)
BILL = (
    "Orbital Activities Amendment Bill\n\nGovernment Bill\n\n118—1\n\n"
    "Introduced: 4 March 2026\nMember in charge: Hon A. Example, Minister for Space\n\n"
    "Explanatory note\n\nThis Bill amends the Orbital Activities Act 2019 so that the agency can "
    "recognise licences issued by a partner state for activities that involve both countries.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (REVIEW, ("2026-09-09", "date line")),
        (BILL, ("2026-03-04", "date line")),
        (BILL.replace("Introduced: 4 March 2026", "Tabled: 4 March 2026"),
         ("2026-03-04", "date line")),
        # negative: without its history line the review's lead date is an event's of 2019
        (REVIEW.replace("Article history: Received 2 March 2026; Revised 1 June 2026; Accepted "
                        "3 August 2026; Available online 9 September 2026\n\n", ""),
         ("2019-05-03", "lead date")),
    ],
)  # fmt: skip
def test_a_journal_history_or_a_bills_introduction_dates_the_text(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday 14 January B.E. 2570 (2027)", "Thursday 14 January 2027"),
        ("Friday, 13 November Reiwa 8 (2026)", "Friday, 13 November 2026"),
        ("5 Rajab 1448 AH (2026 CE)", "5 Rajab 2026"),
        ("Bangkok, 3 February B.E. 2569", "Bangkok, 3 February 2026"),
        # negative: a common-era date with its gloss after it, a bracketed year alone
        ("Friday, 13 November 2026 (Reiwa 8)", "Friday, 13 November 2026 (Reiwa 8)"),
        ("the act of 2019 (2020)", "the act of 2019 (2020)"),
    ],
)  # fmt: skip
def test_a_year_of_another_calendar_reads_as_the_common_eras(text, expected):
    assert common_era(text) == expected


def test_a_thai_date_line_dates_the_text():
    text = (
        "Government House, Bangkok Thursday 14 January B.E. 2570 (2027)\n\n"
        "Your Excellency, welcome to Government House. Our two countries signed an agreement "
        "on space cooperation a few minutes ago, and today is a proud day for us."
    )
    assert document_date_evidence(text, find=find_dates, today=TODAY) == (
        "2027-01-14",
        "head line",
    )
    # negative: a weekday that is not the glossed day's: no date line, and no day
    wrong = text.replace("Thursday", "Monday")
    assert document_date_evidence(wrong, find=find_dates, today=TODAY)[0] != "2027-01-14"


@pytest.mark.parametrize(
    ("text", "past", "expected"),
    [
        # an act a participle tells as done, in a sentence that goes on with a plan
        ("Under an arrangement signed in Nairobi in November, the engineers will deliver the "
         "dish.", False, [("November", "2026-11")]),
        # a past a report tells in a sentence that sets no time of its own
        ("The two agencies met in Lima in October to plan a cubesat, she added.", True,
         [("October", "2026-10")]),
        ("The minister answered that talks had been held in September.", True,
         [("September", "2026-09")]),
        # negative: a plan's month is the next one
        ("The engineers will deliver the dish in November.", False, [("November", "2027-11")]),
        # negative: a past told with no report keeps the story's year
        ("The two agencies met in Lima in October to plan a cubesat.", True,
         [("October", "2019-10")]),
    ],
)  # fmt: skip
def test_a_yearless_month_told_as_done_is_before_the_day_of_writing(text, past, expected):
    # the document is of 21 January 2027; the last year the text named, sentences before, 2019
    found = values(text, "2027-01-21", anchor="2019", past_tense=past, recent_anchor=False)
    assert found == expected


def test_a_month_reported_right_after_a_year_keeps_the_storys_year():
    text = "The two agencies met in Lima in October to plan a cubesat, she added."
    # negative: the previous sentence set the story's time (2019)
    found = values(text, "2027-01-21", anchor="2019", past_tense=True, recent_anchor=True)
    assert found == [("October", "2019-10")]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("During the year the office renewed its arrangement with the Italian agency.", "2034",
         [("the year", "2025")]),
        ("The office chaired the group during the year and hosted its meeting in Muscat on 9 "
         "and 10 November.", "2020",
         [("the year", "2025"), ("9 and 10 November.", "2025-11-09/2025-11-10")]),
        # negative: a year ahead, a year of something, a year named
        ("During the year ahead the office will fly two missions.", "2020", []),
        ("Prices rose throughout the year of the launch.", "2020", []),
    ],
)  # fmt: skip
def test_during_the_year_is_the_year_told_of(text, anchor, expected):
    # a report on 2025 (its document date is that year), the last year named sentences before
    found = values(text, "2025", anchor=anchor, past_tense=True, recent_anchor=False)
    assert found == expected


def test_the_end_of_the_year_in_a_report_is_the_documents_when_no_year_was_just_told():
    text = "She added that the Union intended to sign an arrangement before the end of the year."
    found = values(text, "2026-11-04", anchor="2025-06", past_tense=True, recent_anchor=False)
    assert found == [("end of the year", "2026")]
    # negative: a story whose year was set just before keeps it
    text = "By the end of the year the station had three modules."
    found = values(text, "2026-11-04", anchor="1998", past_tense=True, recent_anchor=True)
    assert found == [("end of the year", "1998")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Council must still give its assent, a step expected before the summer.",
         [("the summer", "2027")]),
        ("The report is due in the autumn.", [("the autumn", "2027")]),
        # negative: a season with no plan, and one that names a recess
        ("The crew rested during the summer.", []),
        ("The vote is expected before the summer recess.", []),
    ],
)  # fmt: skip
def test_a_season_an_expectation_or_a_schedule_names_is_the_next(text, expected):
    assert values(text, "2026-11-04") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published 09.03.2027, 14:32 CET | Updated 09.03.2027, 17:05 CET", "2027-03-09"),
        ("Date: 02.11.2026", "2026-11-02"),
        # negative: slashes with both numbers at most 12 leave the order open: the year
        ("Date: 02/11/2026", "2026"),
        # negative: a date after the day of reading is no day of writing
        ("Published 09.03.2028", None),
    ],
)  # fmt: skip
def test_a_date_line_in_figures_with_full_stops_is_day_first(line, expected):
    text = f"Orbit Wire\n\n{line}\n\nThe parliament approved the space law after a long debate."
    found = document_date_evidence(text, find=find_dates, today=TODAY)
    assert found == ((expected, "date line in figures") if expected else (None, ""))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both sides noted that their agencies had worked together since 2018 in the forum.",
         [("since 2018", "2018/2026")]),
        ("The minister recalled that the two centres had shared data since 2021.",
         [("since 2021", "2021/2026")]),
        # negative: a past perfect no verb reports is a span that ended in the past
        ("By then the station had been numbered since 1927 in the register.", [("1927", "1927")]),
    ],
)  # fmt: skip
def test_a_record_reports_a_span_to_the_day_of_writing(text, expected):
    assert values(text, "2026-10-07") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first lander touched down in January 2024, and the second tipped over a month "
         "later.", [("January 2024", "2024-01"), ("a month later", "2024-02")]),
        ("The station flew in 2019 and was handed over two years later to the new agency.",
         [("2019", "2019"), ("two years later", "2021")]),
        # negative: a duration after its preposition is no date
        ("The station flew in 2019 and the crew stayed aboard for two years after.",
         [("2019", "2019")]),
    ],
)  # fmt: skip
def test_a_verbs_particle_before_a_shift_later_keeps_the_date(text, expected):
    assert values(text, "2026-03-19") == expected
