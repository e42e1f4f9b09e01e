"""Dates a hearing page, a schedule or a statement gives its sittings (hearings14b, round 14).

The second blind wave of the hearing set (``corpus/blind/hearings``) showed two causes in two
dev documents of different formats (a committee's HTML page, a member's press statement):

* a yearless day written after its weekday ("on Thursday, June 18", "Tuesday, June 9") took
  the year of the last year the text named, a target ("slips to 2032") or a fiscal year
  ("fiscal year 2027"), though that day is no Thursday then: the weekday says the year
  (``anchored.weekday_fit``); a yearless month told in the past after such a year ("We
  awarded the agreements in March") is the one before the day of writing;
* the page dates its hearing on one line with the hour and the room ("Thursday, June 4, 2026
  · 2:30 PM · Russell Senate Office Building, Room 253"): the room's words made the line read
  as prose, so the page had no date and its "today" and "on Tuesday" no day to count from.

Every sentence and head is the team's own; each table has negative cases.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import document_date

#: A Thursday.
WRITTEN = "2026-06-04"


def values(text: str, anchor: str | None, written: str | None = WRITTEN, past: bool = False):
    found = find_dates(text, anchor=anchor, document_date=written, past_tense=past)
    return [m.value for m in found]


WEEKDAY_DAYS = [
    # the weekday decides the year, not the target year named before
    ("Questions are due by close of business on Thursday, June 18.", "2032", ["2026-06-18"]),
    ("A third hearing is scheduled for Tuesday, June 9.", "2027", ["2026-06-09"]),
    ("The markup moved to Wednesday (10 June).", "2030", ["2026-06-10"]),
    ("The panel meets again on Friday, June 19.", "2028", ["2026-06-19"]),
    # with no date of writing, the fitting year nearest the anchor's
    ("On Thursday, June 18 the two crews met in orbit.", "2019", ["2020-06-18"]),
    # negative cases: no weekday, a weekday that fits already, a weekday far from the day
    ("Questions are due by close of business on June 18.", "2032", ["2032-06-18"]),
    ("The review ended on Thursday, June 18.", "2026", ["2026-06-18"]),
    ("Thursday was busy; on June 18 the panel met.", "2032", ["2026-06-04", "2032-06-18"]),
    ("The launch is set for Tuesday, 2 March 2027.", None, ["2027-03-02"]),
]


@pytest.mark.parametrize("sentence, anchor, expected", WEEKDAY_DAYS)
def test_weekday_names_the_year_of_a_yearless_day(
    sentence: str, anchor: str | None, expected: list[str]
) -> None:
    written = None if sentence.startswith("On Thursday, June 18 the two") else WRITTEN
    assert values(sentence, anchor, written) == expected


PAST_MONTHS = [
    # a past event after a target or fiscal year: the month of the year of writing, when over
    ("We awarded the second round of agreements in March.", "2027", True, ["2026-03"]),
    ("We signed the arrangement in October.", "2030", True, ["2025-10"]),
    # negative cases: a plan keeps the anchor's year; a narrative's earlier year keeps its own
    ("We will award the second round in March.", "2027", False, ["2027-03"]),
    ("The probe reached orbit in March.", "2019", True, ["2019-03"]),
    ("The crew returned in March.", "2026", True, ["2026-03"]),
]


@pytest.mark.parametrize("sentence, anchor, past, expected", PAST_MONTHS)
def test_past_month_after_a_later_year(
    sentence: str, anchor: str, past: bool, expected: list[str]
) -> None:
    assert values(sentence, anchor, past=past) == expected


SESSION_HEADS = [
    (
        "Subcommittee on Space and Science\n\n"
        "Thursday, June 4, 2026 · 2:30 PM · Russell Senate Office Building, Room 253\n\n"
        "Witnesses\n\nThis hearing will come to order. We are meeting today on stations.\n",
        "2026-06-04",
    ),
    (
        "Hearing: Traffic in Orbit\n\n"
        "Tuesday, March 10, 2026 | 10:00 AM | 2318 Rayburn House Office Building\n\n"
        "The subcommittee will come to order. Good morning to our witnesses.\n",
        "2026-03-10",
    ),
    (
        "Field Hearing on Launch Ranges\n\n"
        "March 12, 2026 · 9:30 a.m. · Titusville City Hall, Council Chambers\n\n"
        "The committee will come to order. We are glad to be on the Space Coast.\n",
        "2026-03-12",
    ),
    # negative cases (no day: only the year of the latest date the text names): words before
    # the date in its field, a line that ends as a sentence, a weekday that is not the date's,
    # a line with neither weekday nor hour
    (
        "Field Notes\n\n"
        "Reception for the crews March 12, 2026 · 9:30 a.m. · Titusville City Hall, Chambers\n\n"
        "The committee will come to order. We are glad to be on the coast.\n",
        "2026",
    ),
    (
        "Field Notes\n\n"
        "March 12, 2026 · 9:30 a.m. · The committee met at the Titusville City Hall.\n\n"
        "It heard from the launch operators and the county.\n",
        "2026",
    ),
    (
        "Notes on the Session\n\n"
        "Monday, June 4, 2026 · 2:30 PM · Russell Senate Office Building, Room 253\n\n"
        "The panel heard three witnesses on stations and their partners.\n",
        "2026",
    ),
    (
        "Field Notes\n\n"
        "March 12, 2026 · Titusville City Hall, Council Chambers and the county annex\n\n"
        "The committee will come to order. We are glad to be on the coast.\n",
        "2026",
    ),
]


@pytest.mark.parametrize("text, expected", SESSION_HEADS)
def test_session_line_dates_the_page(text: str, expected: str) -> None:
    assert document_date(text, find=find_dates, today=date(2026, 12, 1)) == expected
