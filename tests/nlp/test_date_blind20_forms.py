"""Date forms the twentieth round's study of blind dev found missed or over-read (dates20).

Each is a general form of English or a convention of a register, not one document's wording:

* a weekday after an indefinite or distributive word is any such day, no day in time ("look
  like a Tuesday", "every Friday", "one Sunday in May");
* a hedge on the start of a span keeps it a span: "since at least 2024", "since as early as
  2019" run to the year of writing as "since 2024" does;
* "in the new year" said of a plan is the year after the time of writing, as "next year" is;
* "should" with a plan's verb ("should be working by March") puts a yearless month ahead of
  the day of writing, as "will" does;
* "Today there are ..." (an existential clause in the present) means "nowadays";
* a past perfect in reported speech before a yearless season ("According to the director,
  talks had started in the spring") is the last such season begun by the day of writing, as a
  yearless month so told is;
* a yearless month a speaker tells of their own past in the first person ("In March we
  signed a memorandum"), in a sentence that sets no time of its own, is the last such month
  before the day of speaking, as a reported one is;
* a relative date in a sentence that defines a measure ("Exposure is the share of imports
  ... in the year before", "... is defined as", "... means") is the definition's window, no
  date (the guide, round 19);
* a witness's or speaker's own act of the day ("My statement today addresses ...") keeps its
  "today" as the day of the hearing or speech, where "British firms today build ..." is
  nowadays.

Every sentence is the team's own, marked by docs/annotation-guide.md; each table has negative
cases beside the positive ones.
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import generic_today, generic_today_inside

#: The day the sentences are told on: a Friday.
WRITTEN = "2026-11-13"


def values(text: str, written: str | None = WRITTEN, **kwargs) -> list[str]:
    return [m.value for m in find_dates(text, document_date=written, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any such weekday: no date
        ("The launch team makes the hard part look like a Tuesday.", []),
        ("On any Monday the ground station logs forty passes.", []),
        ("Every Friday the two control rooms compare their logs.", []),
        ("Each Wednesday a courier carries the tapes to Darmstadt.", []),
        ("One Sunday in the spring the antenna failed.", []),
        ("An ordinary Thursday can bring three conjunction warnings.", []),
        # the article is a noun's: the weekday is the day of the news
        ("The two firms signed a deal Tuesday.", ["2026-11-10"]),
        # a weekday of its own: the latest one on or before the day of writing
        ("On Tuesday the minister opened the new ground station.", ["2026-11-10"]),
        ("The agency said on Thursday that the probe was healthy.", ["2026-11-12"]),
        ("Last Monday a rocket left Kourou.", ["2026-11-09"]),
    ],
)
def test_a_weekday_after_an_indefinite_word_is_no_date(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two agencies have swapped tracking data since at least 2019.", ["2019/2026"]),
        ("Brazil has hosted foreign launches since as early as 2021.", ["2021/2026"]),
        ("Such talks have run since as far back as 2012.", ["2012/2026"]),
        # the plain form, and a span that ended in the past
        ("The two agencies have swapped tracking data since 2019.", ["2019/2026"]),
        ("The site had been closed since at least 1999 when the crew came.", ["1999"]),
        # "at least" before a count is no date
        ("At least 2019 engineers work on the programme.", []),
    ],
)
def test_a_hedged_since_is_a_span(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee will publish its findings early in the new year.", ["2027"]),
        ("We expect the first data in the new year.", ["2027"]),
        ("The review runs into the new year.", ["2027"]),
        # a name, a possessive, a span of a year's start: no such date
        ("The crews met for the Lunar New Year celebration.", []),
        ("The new year's budget is larger.", []),
        ("The new year brought fresh hopes.", []),
        ("Next year the agency will hire.", ["2027"]),
    ],
)
def test_in_the_new_year_is_the_year_after_writing(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan's "should" after a sentence that set no time: the next such month
        ("The new receivers should be working by March.", ["2027-03"]),
        ("The antennas should arrive in February.", ["2027-02"]),
        ("The two sides will sign the annex in January.", ["2027-01"]),
        # a past "should have" and a month told as done keep the last such month
        ("The receivers should have been working by March.", ["2026-03"]),
        ("The antennas arrived in February.", ["2026-02"]),
    ],
)
def test_should_marks_a_plan(text, expected):
    assert values(text, recent_anchor=False) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # an existential clause in the present: nowadays
        ([("Today", "NN"), ("there", "EX"), ("are", "VBP"), ("more", "JJR"), ("than", "IN"),
          ("sixty", "CD"), (".", ".")], True),
        ([("Today", "NN"), ("there", "EX"), ("is", "VBZ"), ("no", "DT"), ("treaty", "NN"),
          (".", ".")], True),
        # the same told in the past, or with a modal: the day
        ([("Today", "NN"), ("there", "EX"), ("was", "VBD"), ("a", "DT"), ("launch", "NN"),
          (".", ".")], False),
        ([("Today", "NN"), ("there", "EX"), ("will", "MD"), ("be", "VB"), ("a", "DT"),
          ("vote", "NN"), (".", ".")], False),
    ],
)  # fmt: skip
def test_today_there_are_is_nowadays(words, expected):
    assert generic_today(words) is expected


@pytest.mark.parametrize(
    ("words", "i", "expected"),
    [
        # the speaker's own act of the day: the day of the hearing or the speech
        ([("My", "PRP$"), ("statement", "NN"), ("today", "NN"), ("addresses", "VBZ"),
          ("three", "CD"), ("questions", "NNS")], 2, False),
        ([("Our", "PRP$"), ("testimony", "NN"), ("today", "NN"), ("focuses", "VBZ"),
          ("on", "IN"), ("risks", "NNS")], 2, False),
        ([("My", "PRP$"), ("main", "JJ"), ("point", "NN"), ("today", "NN"), ("is", "VBZ"),
          ("simple", "JJ")], 3, False),
        # a subject of the world's: nowadays
        ([("British", "JJ"), ("firms", "NNS"), ("today", "NN"), ("build", "VBP"),
          ("satellites", "NNS")], 2, True),
        ([("Our", "PRP$"), ("satellites", "NNS"), ("today", "NN"), ("serve", "VBP"),
          ("farmers", "NNS")], 2, True),
        ([("Their", "PRP$"), ("statement", "NN"), ("today", "NN"), ("reads", "VBZ"),
          ("differently", "RB")], 2, True),
    ],
)  # fmt: skip
def test_the_speakers_own_act_today_is_the_day(words, i, expected):
    assert generic_today_inside(words, i) is expected


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        # a past perfect in reported speech: the last such season begun by the day of writing
        ("According to the director, talks with two new partners had started in the spring.",
         WRITTEN, ["2026"]),
        ("Talks with two new partners had started in the spring, the director said.",
         WRITTEN, ["2026"]),
        ("The minister said the two teams had met in the autumn.", "2026-04-20", ["2025"]),
        ("The minister said the two teams had met in the autumn.", WRITTEN, ["2026"]),
        # no report, a plan, a year of its own, or a text known by its year only: as before
        ("Talks with two new partners had started in the spring.", WRITTEN, []),
        ("The minister said the teams had hoped to meet in the spring of 2027.", WRITTEN,
         ["2027"]),
        ("According to the director, talks had started in the spring.", "2026", []),
        ("The agency will publish its plan in the spring.", WRITTEN, ["2027"]),
    ],
)  # fmt: skip
def test_a_season_told_as_done_in_reported_speech(text, written, expected):
    # the sentence sets no time of its own, nor did the one before it (recent_anchor False)
    assert values(text, written, recent_anchor=False) == expected


def test_a_season_told_as_done_after_a_date_is_the_storys():
    # the story set its own time: the season is not counted from the day of writing
    text = "In 2019 the director said that talks had started in the spring."
    assert values(text, recent_anchor=False) == ["2019"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own past in the first person: the last such month before the hearing
        ("In March we signed a memorandum with the Luxembourg agency.", ["2026-03"]),
        ("I met the minister in June to discuss the launch site.", ["2026-06"]),
        # the same month told of a third party keeps the story's year (set sentences before)
        ("In March the board signed a memorandum with the Luxembourg agency.", ["2023-03"]),
    ],
)
def test_a_speakers_own_past_month_counts_from_the_day_of_speaking(text, expected):
    # told in the past in a sentence that sets no time of its own, after a story of 2023
    found = find_dates(
        text, anchor="2023", document_date=WRITTEN, recent_anchor=False, past_tense=True
    )
    assert [m.value for m in found] == expected


def test_a_speakers_past_month_in_a_story_just_told_is_the_storys():
    # the sentence before set the time (recent_anchor): the story's March
    found = find_dates(
        "In March we signed a memorandum with the agency.",
        anchor="2023",
        document_date=WRITTEN,
        recent_anchor=True,
        past_tense=True,
    )
    assert [m.value for m in found] == ["2023-03"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure's definition: its relative window is no date
        ("Exposure is the share of imports that held listed parts in the year before.", []),
        ("Reliance is defined as the number of launches bought abroad in the previous year.",
         []),
        ("Dependence means the value of parts bought in the preceding year.", []),
        # a statement of fact: the year before the story's time
        ("The share of imports fell in the year before.", ["2024"]),
        ("The number of launches rose the year after.", ["2026"]),
    ],
)  # fmt: skip
def test_a_relative_date_in_a_definition_is_no_date(text, expected):
    found = find_dates(text, anchor="2025", document_date=WRITTEN)
    assert [m.value for m in found] == expected
