"""Dates in running text by general forms (nineteenth round, from the blind documents held
out the round before): a yearless day or month that recurs each year is no date, and a time
that passed bounded by "less than" ("less than a year later") is no point. All sentences are
the team's own; the negative rows keep what must not change."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.dates import find_dates

WRITTEN = "2026-11-26"


def values(text: str) -> list[tuple[str, str]]:
    return [(m.mention, m.value) for m in find_dates(text, document_date=WRITTEN)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The co-chairs send their report to both agencies by 31 January of each year.", []),
        ("The annual report is due on 1 March every year.", []),
        ("Members file their returns each year by 30 June.", []),
        ("The joint committee meets in March each year, in turn in each capital.", []),
        ("The licence fee is paid annually on 1 July.", []),
        ("The board meets in May every calendar year.", []),
        # negatives: a day told once, with "each year" in another clause or sentence
        ("The treaty was signed on 1 March, and each year since then the parties have met.",
         [("1 March", "2026-03-01")]),
        ("On 1 March the agency reported its annual results.", [("1 March", "2026-03-01")]),
        ("The group met in March. Each year it reports to the council.", [("March", "2026-03")]),
        ("The next meeting is on 31 January 2027, as every year.", [("31 January 2027", "2027-01-31")]),
    ],
)  # fmt: skip
def test_a_day_that_recurs_each_year_is_no_date(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The accords were signed in 2020. Less than a year later, a roadmap followed.",
         [("2020", "2020")]),
        ("The probe was launched in 2019 and, fewer than two years later, it went silent.",
         [("2019", "2019")]),
        # negatives: a time that passed given whole
        ("The accords were signed in 2020. A year later, a roadmap followed.",
         [("2020", "2020"), ("A year later", "2021")]),
        ("The probe was launched in 2019 and, two years later, it went silent.",
         [("2019", "2019"), ("two years later", "2021")]),
    ],
)  # fmt: skip
def test_a_time_bounded_by_less_than_is_no_point(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act told as done next to its weekday, in a sentence that also tells a plan: the
        # weekday before the day of writing (a Thursday, 3 December 2026)
        ("The two cities will share images under a five-year pact signed on Tuesday.",
         [("Tuesday", "2026-12-01")]),
        ("Ghana and Kenya on Tuesday signed a memorandum under which their agencies will "
         "train engineers.", [("Tuesday", "2026-12-01")]),
        ("The agency on Monday launched a probe that will map the far side.",
         [("Monday", "2026-11-30")]),
        # negatives: a plan's weekday, also in the passive
        ("The memorandum will be signed on Tuesday in Accra.", [("Tuesday", "2026-12-08")]),
        ("The two ministers will meet on Tuesday.", [("Tuesday", "2026-12-08")]),
    ],
)  # fmt: skip
def test_a_weekday_next_to_an_act_done_is_not_a_plan_s(text, expected):
    found = [(m.mention, m.value) for m in find_dates(text, document_date="2026-12-03")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present perfect right after a year of the story: up to the time of writing
        ("Over the past fifty years the country's firms have built parts for many missions.",
         [("the past fifty years", "1976/2026")]),
        ("In the past five years, however, the market has changed beyond recognition.",
         [("the past five years", "2021/2026")]),
        # negatives: the story's past (a past perfect, a past), told from its year
        ("Over the past two years the station had grown quickly.", []),
        ("Over the past two years the station grew quickly.", []),
    ],
)  # fmt: skip
def test_the_past_n_years_in_a_present_perfect_count_from_the_writing(text, expected):
    found = find_dates(text, document_date="2026-12", anchor="1975", recent_anchor=True)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan reported in the past: the next such season after the day of writing
        ("Speaking on Wednesday, the minister said a choice of partners would be made by the "
         "spring.", [("Wednesday", "2026-11-18"), ("the spring", "2027")]),
        ("The director said the agency would publish its strategy in the spring.",
         [("the spring", "2027")]),
        ("She told reporters that a decision would come before the summer.",
         [("the summer", "2027")]),
        # negatives: a past that did not happen, a season told as done, a report without a plan
        ("She said the plan would have been ready by the spring.", []),
        ("The talks started in the spring.", []),
        ("He said the probe had flown well; the team met in the spring.", []),
    ],
)  # fmt: skip
def test_a_season_of_a_plan_reported_in_the_past_is_the_next(text, expected):
    found = [(m.mention, m.value) for m in find_dates(text, document_date="2026-11-19")]
    assert found == expected
