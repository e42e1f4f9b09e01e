"""Date forms of news stories, marked blind in the fourteenth round (`corpus/blind/news`).

Wire copy and trade-press features date their events by the month "last year", by a weekday
after paragraphs of history or plans, and date themselves by a two-city dateline or a byline
under a standfirst. Each row is the team's own sentence; negative rows keep the forms that
must not change.
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import document_date_evidence


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        # a month "last / this / next year" without "of" is one date: that month of that year
        ("The kingdom signed the accords in December last year.", "2025-11-05",
         [("December last year", "2024-12")]),
        ("The probe is due to launch around August this year.", "2026-04-29",
         [("August this year", "2026-08")]),
        ("The crew will fly in June next year.", "2026-03-19", [("June next year", "2027-06")]),
        ("Talks resumed on 4 March last year.", "2026-03-19", [("4 March last year", "2025-03-04")]),
        ("The module docked on October 7 last year.", "2026-03-19",
         [("October 7 last year", "2025-10-07")]),
        # with "of", as before
        ("It crashed in March of last year.", "2026-03-19", [("March of last year", "2025-03")]),
        # negative: a comma ends the month; a possessive "this year's" is another noun
        ("In June, next year's budget was drafted.", "2026-03-19",
         [("June", "2026-06"), ("next year", "2027")]),
        ("The review in June looked at this year's budget.", "2026-03-19",
         [("June", "2026-06"), ("this year", "2026")]),
        # negative: a month followed by a year-end figure is not that month of last year
        ("Sales in March last year-end were flat.", "2026-03-19", [("March", "2026-03")]),
    ],
)  # fmt: skip
def test_month_of_a_deictic_year(text, written, expected):
    found = find_dates(text, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "written", "anchor", "expected"),
    [
        # a weekday after a plan's year ahead is still the document's week
        ("The spokesman said on Tuesday that the plan stands.", "2026-04-29", "2028",
         [("Tuesday", "2026-04-28")]),
        ("Officials told a briefing on Wednesday that talks go on.", "2026-04-29", "2035",
         [("Wednesday", "2026-04-29")]),
        ("The minister spoke on Friday.", "2026-06-12", "2026-09", [("Friday", "2026-06-12")]),
        # negative: after a story told in an earlier year the weekday is that story's
        ("That Friday the satellite failed.", "2024-03-08", "1957-10-04", []),
        ("On Monday the crew returned.", "2026-03-19", "2019", []),
    ],
)  # fmt: skip
def test_weekday_after_a_plan_year(text, written, anchor, expected):
    found = find_dates(text, anchor=anchor, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected


_FEATURE = (
    "# The long road to the far side\n\n"
    "*Three landers are bound for one crater. Their makers call each other partners.*\n\n"
    "{byline}\n\n"
    "When the first lander touched down, the control room went quiet. It had taken a decade.\n"
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("**By Ana Reyes, Staff Writer** | Launch Ledger | March 19, 2026",
         ("2026-03-19", "byline")),
        ("By Ana Reyes · 5 March 2026", ("2026-03-05", "byline")),
        ("By Ana Reyes and Tom Ito — Orbit Trade News — January 8, 2026",
         ("2026-01-08", "byline")),
        # negative: a body sentence that opens with "By" and a date is no byline
        ("By March 5, 2026, the agency must report to the council on the plan.",
         ("2026", "metadata year")),
        # negative: a byline without a date dates nothing
        ("By Ana Reyes | Launch Ledger", ("2026", "metadata year")),
    ],
)  # fmt: skip
def test_byline_date_after_a_standfirst(byline, expected):
    text = _FEATURE.format(byline=byline)
    assert document_date_evidence(text, year=2026, find=find_dates) == expected


@pytest.mark.parametrize(
    ("head", "year", "expected"),
    [
        ("WASHINGTON/BEIJING, Nov 5 (Reuters) - The country signed the accords.", 2025,
         ("2025-11-05", "wire dateline")),
        ("NEW DELHI/TOKYO, March 3 (Wire) - The agencies agreed to fly a rover.", 2026,
         ("2026-03-03", "wire dateline")),
        ("BEIJING, April 29 (Xinhua) -- The agency signed two agreements.", 2026,
         ("2026-04-29", "wire dateline")),
        # negative: a path or a ratio in running text is no dateline
        ("The data moved from A/B, then March 3 saw the launch.", 2026, ("2026", "metadata year")),
    ],
)  # fmt: skip
def test_two_city_wire_dateline(head, year, expected):
    assert document_date_evidence(head, year=year, find=find_dates) == expected


@pytest.mark.parametrize(
    ("text", "written", "anchor", "recent", "past", "expected"),
    [
        # a plan's yearless month, the story's time last set sentences before: the document's
        # next such month
        ("A partner conference is scheduled to be held in September.", "2026-04-29", "2025-10",
         False, False, [("September", "2026-09")]),
        ("The academy will present the results in October.", "2026-06-12", "2030",
         False, False, [("October", "2026-10")]),
        ("The review is due in March.", "2026-04-29", "2024", False, False,
         [("March", "2027-03")]),
        # negative: the sentence before set the story's time: its year holds
        ("The lander will reach the pole in September.", "2026-04-29", "2028", True, False,
         [("September", "2028-09")]),
        # negative: a year earlier in the same sentence sets the time
        ("In 2019 the agency said it would launch in September.", "2026-04-29", "2025",
         False, False, [("2019", "2019"), ("September", "2019-09")]),
        # negative: a plan told of the past keeps the story's time
        ("The flyby was planned for August, and managers waited.", "2024-04-29", "1994",
         False, False, [("August", "1994-08")]),
        ("It would have cut the data planned for August.", "2024-04-29", "1994", False, False,
         [("August", "1994-08")]),
        # negative: no plan: the anchor, as before
        ("Talks resumed in September.", "2026-04-29", "2025-10", False, True,
         [("September", "2025-09")]),
    ],
)  # fmt: skip
def test_plan_month_counts_from_the_document(text, written, anchor, recent, past, expected):
    found = find_dates(
        text, anchor=anchor, document_date=written, recent_anchor=recent, past_tense=past
    )
    assert [(m.mention, m.value) for m in found] == expected
