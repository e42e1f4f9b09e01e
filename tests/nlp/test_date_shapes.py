"""Date shapes across registers: a year after a part of a period ("by the end of 2025") and
before a clause's subject, and numbers inside names that are no dates (a launcher's "Long
March 5", a model's "CE-2000", an asteroid's "2024 YR4"). All sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.dates import find_dates


def values(text: str) -> list[str]:
    return [d.value for d in find_dates(text, document_date="2024-05-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year after "the end of", "no later than" at a sentence's start, before its subject
        ("By the end of 2025 the crews will fly.", ["2025"]),
        ("By the end of 2025 crews will fly.", ["2025"]),
        ("At the start of 2030 two landers will fly.", ["2030"]),
        ("Before the close of 2027 the agency flies.", ["2027"]),
        ("No later than 2030 the crews will fly.", ["2030"]),
        ("In the spring of 2026 the rover lands.", ["2026"]),
        # ... but a count stays a count
        ("Of 2000 satellites, most are small.", []),
        ("Nearly 2000 crews were trained.", []),
        ("The end of 2000 satellites came fast.", []),
    ],
)  # fmt: skip
def test_a_year_after_a_part_of_a_period(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a launcher's name, a designation with a letter
        ("The Long March 5 rocket lifted off.", []),
        ("A Long March 2F carried the crew on March 5.", ["2024-03-05"]),
        ("On March 2nd the crew flew.", ["2024-03-02"]),
        ("On March 2 the crew flew.", ["2024-03-02"]),
        # a model's designation, a minor body's provisional designation
        ("The CE-2000 engine fired for ten minutes.", []),
        ("An X-2030 airframe was tested.", []),
        ("Asteroid 2024 YR4 passed close to Earth.", []),
        # ... but a fiscal year, "mid-2025" and "pre-2020" are years
        ("The FY-2025 budget grows.", ["2024-10/2025-09"]),
        ("By mid-2025 the lander flies.", ["2025"]),
        ("The pre-2020 fleet aged.", ["2020"]),
        ("The 2024 UN report was read.", ["2024"]),
        # a strategy's or a vision's name in quotes or brackets, as without them
        ('The agency adopted its "Strategy 2040" in 2025.', ["2025"]),
        ("The plan (Vision 2030) was adopted.", []),
        ("The plan (2030) was adopted.", ["2030"]),
    ],
)  # fmt: skip
def test_numbers_inside_names_are_no_dates(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parts of a period counted from the document's date (2024-05-10)
        ("The crews fly over the rest of the decade.", ["2024/2029"]),
        ("The remainder of this decade will be busy.", ["2024/2029"]),
        ("The station was built this century.", ["2001/2100"]),
        ("In the decade ahead the crews fly.", ["2025/2034"]),
        ("In the first half of next year a probe flies.", ["2025-01/2025-06"]),
        ("The third quarter of this year was busy.", ["2024-07/2024-09"]),
        ("The final quarter of last year was busy.", ["2023-10/2023-12"]),
        # the year of the text, unnamed (round 16: as "the end of the year")
        ("The first half of the year will be busy.", ["2024-01/2024-06"]),
        # ... not a decade of something, a half of an unnamed year, a century not this one
        ("The decade ahead of the launch was busy.", []),
        ("The first half of the year's budget was spent.", []),
        ("In the next century the crews fly.", []),
        ("The rest of the decade of the 1960s was busy.", ["1960/1969"]),
    ],
)  # fmt: skip
def test_parts_of_a_period_counted_from_the_document(text, expected):
    assert values(text) == expected


def test_parts_of_a_period_without_a_document_date_follow_the_narrative():
    text = "In 1957 the first satellite flew. In the first half of next year a probe flew."
    assert [d.value for d in find_dates(text)] == ["1957", "1958-01/1958-06"]
    assert [d.value for d in find_dates("In the first half of next year a probe flies.")] == []
