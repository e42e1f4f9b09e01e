"""Date forms of the seventeenth round, from the misses of the blind documents held out in the
sixteenth (minutes in translation, a regional body's policy, a debate record, an estimates
hearing): Japan's fiscal years in a Japanese government's text, a fiscal year named from the
time of writing ("this fiscal year"), a fiscal year labelled by its two calendar years, a
closing formula set in title case ("this Twenty-Third Day of October in the Year Two Thousand
and Twenty-Six"), "a year ago this month", a yearless month of an act a participle tells as
done in a sentence that goes on with a plan, and a date line under a translator's note in
brackets, with its era year after it. All texts are the team's own; the negative rows keep
what must not change.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.ingest.publisher import head_date_line, is_date_line
from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import document_date_evidence
from pipeline.nlp.extract.dates.fiscal import japanese_government

TODAY = date(2026, 12, 6)


def values(text: str, **kw) -> list[tuple[str, str]]:
    return [(m.mention, m.value) for m in find_dates(text, **kw)]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("THE 210TH SESSION OF THE NATIONAL DIET\nCOMMITTEE ON CABINET AFFAIRS", True),
        ("House of Councillors\nBudget Committee minutes", True),
        ("Space Security Initiative\n\nStrategic Headquarters for Space Policy\nMarch 2026", True),
        ("Tuesday, 2 June 2026 (Reiwa 8)", True),
        ("Outline of the Programme\n\nCabinet Office, Government of Japan\n", True),
        # negative: a text that tells of Japan in a sentence is not the Government's own
        ("NASA and the Government of Japan signed an arrangement on a pressurised rover.", False),
        ("JAXA and ESA will share data from the probe.", False),
    ],
)  # fmt: skip
def test_a_japanese_government_text_is_known_by_its_issuer(head, expected):
    assert japanese_government(head + "\n\nThe committee met to hear the witnesses.") is expected


@pytest.mark.parametrize(
    ("text", "japan", "expected"),
    [
        # a Japanese government's text: every fiscal year is Japan's (April to March, named by
        # its first year), also in a sentence that names a partner
        ("The orbiter now flies in fiscal 2029, with a camera built in Canada.", True,
         [("fiscal 2029", "2029-04/2030-03")]),
        ("Funds for FY2027 were cut.", True, [("FY2027", "2027-04/2028-03")]),
        # the default (US federal): October to September, named by its end
        ("The orbiter now flies in fiscal 2029, with a camera built in Canada.", False,
         [("fiscal 2029", "2028-10/2029-09")]),
        # a fiscal year labelled by its two calendar years is those two years
        ("The agency received $52 million in FY2026-27.", False,
         [("FY2026-27", "2026/2027")]),
        ("Spending rose in fiscal year 2025/26.", False,
         [("fiscal year 2025/26", "2025/2026")]),
        ("The agency received 40 billion yen in FY2026-27.", True,
         [("FY2026-27", "2026-04/2027-03")]),
        # negative: two fiscal years, each named in full, are a range of them
        ("Funds for FY2026-FY2027 were cut.", False, [("FY2026-FY2027", "2025-10/2027-09")]),
        ("Funds for FY2026-2028 were cut.", False, [("FY2026-2028", "2025-10/2028-09")]),
    ],
)  # fmt: skip
def test_fiscal_years_by_whose_they_are(text, japan, expected):
    assert values(text, japan_fiscal_year=japan) == expected


@pytest.mark.parametrize(
    ("text", "written", "japan", "expected"),
    [
        ("What will the programme cost in this fiscal year?", "2026-11-13", True,
         [("this fiscal year", "2026-04/2027-03")]),
        ("What will the programme cost in this fiscal year?", "2026-02-13", True,
         [("this fiscal year", "2025-04/2026-03")]),
        ("What will the programme cost in this fiscal year?", "2026-11-13", False,
         [("this fiscal year", "2026-10/2027-09")]),
        ("The request for the current fiscal year is flat.", "2026-06-02", False,
         [("the current fiscal year", "2025-10/2026-09")]),
        ("Next fiscal year the rover moves to the test site.", "2026-06-02", True,
         [("Next fiscal year", "2027-04/2028-03")]),
        ("Last fiscal year the agency spent less.", "2026-06-02", True,
         [("Last fiscal year", "2025-04/2026-03")]),
        # negative: a programme's final year, a year known only by its year, a year named
        ("The rover is funded until the last fiscal year of the plan.", "2026-06-02", True, []),
        ("What will the programme cost in this fiscal year?", "2026", True, []),
        ("The fiscal year 2027 request is flat.", "2026-06-02", False,
         [("fiscal year 2027", "2026-10/2027-09")]),
    ],
)  # fmt: skip
def test_a_fiscal_year_named_from_the_time_of_writing(text, written, japan, expected):
    assert values(text, document_date=written, japan_fiscal_year=japan) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ADOPTED in Jakarta this Ninth Day of May in the Year Two Thousand and Twenty-Five.",
         [("Ninth Day of May in the Year Two Thousand and Twenty-Five", "2025-05-09")]),
        ("Done at Canberra this Thirty-First Day of July, Two Thousand and Twenty-Four.",
         [("Thirty-First Day of July, Two Thousand and Twenty-Four", "2024-07-31")]),
        ("DONE at Manila this 14th day of March in the year 2026.",
         [("14th day of March in the year 2026", "2026-03-14")]),
        ("SIGNED at Hanoi this Fourth Day of June, 2025.",
         [("Fourth Day of June, 2025", "2025-06-04")]),
        # negative: a holiday named "Day of" is no day of a month
        ("The launch was moved to Labour Day of 2025.", [("2025", "2025")]),
    ],
)  # fmt: skip
def test_a_closing_formula_in_title_case(text, expected):
    assert values(text) == expected


def test_a_closing_adoption_formula_dates_the_text():
    body = "The Member States will share the images of their satellites. " * 12
    text = (
        "REGIONAL EARTH OBSERVATION FRAMEWORK\n\n" + body + "\n\nADOPTED in Jakarta this Ninth "
        "Day of May in the Year Two Thousand and Twenty-Five.\n"
    )
    assert document_date_evidence(text, find=find_dates, today=TODAY) == (
        "2025-05-09",
        "signing formula",
    )


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        ("A year ago this month, the ministers agreed a budget.", "2026-11-17",
         [("A year ago this month", "2025-11")]),
        ("Two years ago this month the lander touched down.", "2026-03-02",
         [("Two years ago this month", "2024-03")]),
        ("A year ago this month, the ministers agreed a budget.", "2026",
         [("A year ago this month", "2025")]),
        # negative: "a year ago" alone is the year before; "this monthly" is no month
        ("A year ago, the ministers agreed a budget.", "2026-11-17", [("A year ago", "2025")]),
        ("A year ago this monthly review began.", "2026-11-17", [("A year ago", "2025")]),
    ],
)  # fmt: skip
def test_years_ago_this_month(text, written, expected):
    assert values(text, document_date=written) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act a participle tells as done: the month before the day of writing
        ("The first, signed with the Indian agency in August, will let students fly payloads.",
         [("August", "2026-08")]),
        ("The charter, approved by the council in March, will guide the work to 2030.",
         [("March", "2026-03"), ("2030", "2030")]),
        # negative: a plan's month stays the next such month after the day of writing
        ("The arrangement will be signed in August.", [("August", "2027-08")]),
        ("Arrangements signed last year will be reviewed in August.",
         [("last year", "2025"), ("August", "2027-08")]),
        ("The agency will launch the probe in August.", [("August", "2027-08")]),
    ],
)  # fmt: skip
def test_a_month_of_an_act_done_in_a_sentence_of_a_plan(text, expected):
    assert values(text, document_date="2026-10-28", recent_anchor=False) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Friday, 13 November 2026 (Reiwa 8)", True),
        ("4 March 2026 (1447 AH)", True),
        ("4 March 2026 (B.E. 2569)", True),
        ("Friday, 13 November 2026", True),
        # negative: a remark in brackets is no calendar's year
        ("March 2026 (a revised edition of the earlier report)", False),
    ],
)  # fmt: skip
def test_a_date_line_with_its_year_in_another_calendar(line, expected):
    assert is_date_line(line) is expected


def test_a_translators_note_in_brackets_is_no_prose_above_the_date_line():
    texts = [
        "[Provisional translation prepared for the reader. Only the original text is "
        "authoritative.]",
        "THE 210TH SESSION OF THE NATIONAL DIET",
        "MINUTES OF THE COMMITTEE ON CABINET AFFAIRS No. 2",
        "Tuesday, 2 June 2026 (Reiwa 8)",
        "The meeting is called to order and the committee takes up the matter.",
    ]
    assert head_date_line(texts) == "Tuesday, 2 June 2026 (Reiwa 8)"
    # negative: a sentence of prose above the date line still ends the head
    prose = ["The committee met in the morning and heard the witnesses at length.", *texts[1:]]
    assert head_date_line(prose) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" before a month at a clause's end: the month of the story's year
        ("Most members backed a resolution on the subject that December.",
         [("that December", "2022-12")]),
        ("That March, the crew returned to the pad.", [("That March", "2022-03")]),
        # negative: "that" as a conjunction, and the modal "may"
        ("The members agreed that December suits the launch.", []),
        ("It is possible that may change.", []),
    ],
)  # fmt: skip
def test_that_month_is_the_story_year_month(text, expected):
    assert values(text, anchor="2022") == expected


@pytest.mark.parametrize(
    ("text", "past", "expected"),
    [
        # reported speech: a past perfect after a reporting verb is the report's present
        # perfect, a span to the day of writing; a reported future counts from it too
        ("The director said the institute had trained 40 pilots since 2023.", False,
         [("since 2023", "2023/2026")]),
        ("Okafor said the team had grown since 2022 and expected it to double over the next "
         "three years.", True, [("since 2022", "2022/2026"), ("the next three years",
                                                               "2027/2029")]),
        # negative: a past perfect told by the narrative ends the span in the past; a past
        # sentence with no report counts from the story's time
        ("The archive had been kept in Pune since 1975.", False, [("1975", "1975")]),
        ("Over the next three years, the team grew.", True,
         [("the next three years", "2025/2027")]),
    ],
)  # fmt: skip
def test_reported_speech_speaks_from_the_report(text, past, expected):
    found = values(
        text, anchor="2024-01", document_date="2026-10-14", past_tense=past, recent_anchor=False
    )
    assert found == expected
