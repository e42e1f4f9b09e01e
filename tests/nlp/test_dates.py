"""Tests for pipeline.nlp.extract.dates: every supported form, every "never a date" form, relative dates."""

from __future__ import annotations

import calendar
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp.extract.dates import DateMention, find_dates, last_absolute, normalize_date
from pipeline.nlp.extract.dates.document import document_date, generic_today


def only(text: str, **kwargs) -> DateMention:
    mentions = find_dates(text, **kwargs)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    assert text[m.start : m.end] == m.mention
    return m


def fields(m: DateMention) -> tuple[str, str, str, str, str]:
    return (m.mention, m.value, m.start_date, m.end_date, m.granularity)


# (text, mention, value, start_date, end_date, granularity)
ABSOLUTE = [
    # years
    ("In 2019, CNSA announced the proposal.", "2019", "2019", "2019-01-01", "2019-12-31", "year"),
    ("They signed the 2021 MoU in Moscow.", "2021", "2021", "2021-01-01", "2021-12-31", "year"),
    ("The 2019 proposal was revised.", "2019", "2019", "2019-01-01", "2019-12-31", "year"),
    ("A crewed landing is planned by 2030.", "2030", "2030", "2030-01-01", "2030-12-31", "year"),
    ("It has grown since 2016.", "2016", "2016", "2016-01-01", "2016-12-31", "year"),
    ("The station operates until 2028.", "2028", "2028", "2028-01-01", "2028-12-31", "year"),
    ("Not before 2025 will it fly.", "2025", "2025", "2025-01-01", "2025-12-31", "year"),
    ("Only after 2030 can they expand.", "2030", "2030", "2030-01-01", "2030-12-31", "year"),
    ("By 2030 astronauts will land.", "2030", "2030", "2030-01-01", "2030-12-31", "year"),
    ("NASA's 2019 budget rose.", "2019", "2019", "2019-01-01", "2019-12-31", "year"),
    ("It was approved in 2019.5 The plan", "2019", "2019", "2019-01-01", "2019-12-31", "year"),
    # months
    ("The MoU was signed in March 2021.", "March 2021", "2021-03", "2021-03-01", "2021-03-31",
     "month"),
    ("It was drafted in Mar. 2021 in Beijing.", "Mar. 2021", "2021-03", "2021-03-01",
     "2021-03-31", "month"),
    ("Talks began in mid-March 2021.", "mid-March 2021", "2021-03", "2021-03-01", "2021-03-31",
     "month"),
    ("Ten states joined as of June 2022.", "June 2022", "2022-06", "2022-06-01", "2022-06-30",
     "month"),
    ("Signed in February 2021 by both.", "February 2021", "2021-02", "2021-02-01",
     "2021-02-28", "month"),
    ("The roadmap (MAY 2019) was short.", "MAY 2019", "2019-05", "2019-05-01", "2019-05-31",
     "month"),
    ("It was signed in March 2021.4 The text", "March 2021", "2021-03", "2021-03-01",
     "2021-03-31", "month"),
    # days
    ("They met on 9 March 2021.", "9 March 2021", "2021-03-09", "2021-03-09", "2021-03-09",
     "day"),
    ("They met on March 9, 2021.", "March 9, 2021", "2021-03-09", "2021-03-09", "2021-03-09",
     "day"),
    ("They met on March 9th, 2021.", "March 9th, 2021", "2021-03-09", "2021-03-09",
     "2021-03-09", "day"),
    ("Released 2021-03-09 at noon.", "2021-03-09", "2021-03-09", "2021-03-09", "2021-03-09",
     "day"),
    ("The accords were signed on 13 October 2020.", "13 October 2020", "2020-10-13",
     "2020-10-13", "2020-10-13", "day"),
    ("On the 9th of March 2021 it flew.", "9th of March 2021", "2021-03-09", "2021-03-09",
     "2021-03-09", "day"),
    ("After Sept. 11, 2001, budgets shifted.", "Sept. 11, 2001", "2001-09-11", "2001-09-11",
     "2001-09-11", "day"),
    ("The leap day 29 February 2020 passed.", "29 February 2020", "2020-02-29", "2020-02-29",
     "2020-02-29", "day"),
    # decades
    ("Rivalry peaked in the 1950s.", "the 1950s", "1950/1959", "1950-01-01", "1959-12-31",
     "decade"),
    ("Cooperation grew in the 1990s.", "the 1990s", "1990/1999", "1990-01-01", "1999-12-31",
     "decade"),
    ("Budgets fell in the '90s.", "the '90s", "1990/1999", "1990-01-01", "1999-12-31",
     "decade"),
    ("Budgets fell in the 1990's.", "the 1990's", "1990/1999", "1990-01-01", "1999-12-31",
     "decade"),
    # early / mid / late narrow the mention, not the value (TimeML's mod attribute)
    ("It began in the early 1990s.", "the early 1990s", "1990/1999", "1990-01-01",
     "1999-12-31", "decade"),
    ("A base is planned for the mid-2020s.", "the mid-2020s", "2020/2029", "2020-01-01",
     "2029-12-31", "decade"),
    ("It ended in the late 1980s.", "the late 1980s", "1980/1989", "1980-01-01", "1989-12-31",
     "decade"),
    ("Ties deepened in the 2000s.", "the 2000s", "2000/2009", "2000-01-01", "2009-12-31",
     "decade"),
    # centuries
    ("Space is the frontier of the 21st century.", "the 21st century", "2001/2100",
     "2001-01-01", "2100-12-31", "century"),
    ("Rockets shaped the twentieth century.", "the twentieth century", "1901/2000",
     "1901-01-01", "2000-12-31", "century"),
    ("Rockets shaped the twenty-first century.", "the twenty-first century", "2001/2100",
     "2001-01-01", "2100-12-31", "century"),
    ("Treaties of the mid-20th century endure.", "the mid-20th century", "1901/2000",
     "1901-01-01", "2000-12-31", "century"),
    ("Several 19th-century treaties apply.", "19th-century", "1801/1900", "1801-01-01",
     "1900-12-31", "century"),
    ("It is a 21st-century race.", "21st-century", "2001/2100", "2001-01-01", "2100-12-31",
     "century"),
    ("Law of the 20th and 21st centuries.", "the 20th and 21st centuries", "1901/2100",
     "1901-01-01", "2100-12-31", "range"),
    # ranges
    ("Missions run from 2020 to 2035.", "from 2020 to 2035", "2020/2035", "2020-01-01",
     "2035-12-31", "range"),
    ("Missions run 2020-2035 in phases.", "2020-2035", "2020/2035", "2020-01-01",
     "2035-12-31", "range"),
    ("Missions run 2020–2035 in phases.", "2020–2035", "2020/2035", "2020-01-01",
     "2035-12-31", "range"),
    ("It lands between 2025 and 2030.", "between 2025 and 2030", "2025/2030", "2025-01-01",
     "2030-12-31", "range"),
    ("It moved from the 1950s to the 1970s.", "from the 1950s to the 1970s", "1950/1979",
     "1950-01-01", "1979-12-31", "range"),
    ("Trends over the 1980s-2010s shifted.", "the 1980s-2010s", "1980/2019", "1980-01-01",
     "2019-12-31", "range"),
    ("Trends in 1960s–70s politics shifted.", "1960s–70s", "1960/1979", "1960-01-01",
     "1979-12-31", "range"),
    ("Tests ran from March to June 2022.", "from March to June 2022", "2022-03/2022-06",
     "2022-03-01", "2022-06-30", "range"),
    ("Tests ran between March and June 2022.", "between March and June 2022",
     "2022-03/2022-06", "2022-03-01", "2022-06-30", "range"),
    ("Tests ran from December to March 2022.", "from December to March 2022",
     "2021-12/2022-03", "2021-12-01", "2022-03-31", "range"),
    ("Tests ran Jan–Mar 2023 at the site.", "Jan–Mar 2023", "2023-01/2023-03", "2023-01-01",
     "2023-03-31", "range"),
    ("The budget for 2021/22 was cut.", "2021/22", "2021/2022", "2021-01-01", "2022-12-31",
     "range"),
    ("The 2019-20 budget was cut.", "2019-20", "2019/2020", "2019-01-01", "2020-12-31",
     "range"),
    ("The 1999-00 budget was cut.", "1999-00", "1999/2000", "1999-01-01", "2000-12-31",
     "range"),
    ("The forum met 9–12 March 2021.", "9–12 March 2021", "2021-03-09/2021-03-12",
     "2021-03-09", "2021-03-12", "range"),
    ("The forum met March 9–12, 2021.", "March 9–12, 2021", "2021-03-09/2021-03-12",
     "2021-03-09", "2021-03-12", "range"),
    ("The forum met from 9 to 12 March 2021.", "from 9 to 12 March 2021",
     "2021-03-09/2021-03-12", "2021-03-09", "2021-03-12", "range"),
    ("It ran 9 March to 12 April 2021.", "9 March to 12 April 2021", "2021-03-09/2021-04-12",
     "2021-03-09", "2021-04-12", "range"),
    ("It ran December 2021 to March 2022.", "December 2021 to March 2022",
     "2021-12/2022-03", "2021-12-01", "2022-03-31", "range"),
    ("It slipped to late 2024-early 2025.", "late 2024-early 2025", "2024/2025",
     "2024-01-01", "2025-12-31", "range"),
    ("Plans run from 2020 to the 2030s.", "from 2020 to the 2030s", "2020/2039", "2020-01-01",
     "2039-12-31", "range"),
    ("Plans run from Q1 2024 to Q3 2025.", "from Q1 2024 to Q3 2025", "2024-01/2025-09",
     "2024-01-01", "2025-09-30", "range"),
    # quarters and halves
    ("Launch is set for Q3 2024.", "Q3 2024", "2024-07/2024-09", "2024-07-01", "2024-09-30",
     "range"),
    ("Launch is set for 2024 Q4.", "2024 Q4", "2024-10/2024-12", "2024-10-01", "2024-12-31",
     "range"),
    ("Launch is set for the third quarter of 2024.", "the third quarter of 2024",
     "2024-07/2024-09", "2024-07-01", "2024-09-30", "range"),
    ("Output rose in the first half of 2023.", "the first half of 2023", "2023-01/2023-06",
     "2023-01-01", "2023-06-30", "range"),
    ("Delivery is due in H2 2025.", "H2 2025", "2025-07/2025-12", "2025-07-01", "2025-12-31",
     "range"),
    # fiscal years (US federal: October to September)
    ("Funds for FY2025 rose.", "FY2025", "2024-10/2025-09", "2024-10-01", "2025-09-30",
     "range"),
    ("Funds for FY 2025 rose.", "FY 2025", "2024-10/2025-09", "2024-10-01", "2025-09-30",
     "range"),
    ("Funds for fiscal year 2025 rose.", "fiscal year 2025", "2024-10/2025-09", "2024-10-01",
     "2025-09-30", "range"),
    ("Funds for FY25 rose.", "FY25", "2024-10/2025-09", "2024-10-01", "2025-09-30", "range"),
    # a fiscal year labelled by the two calendar years it spans (Australia, Canada, India, the
    # UK; never US usage) is those two years, as the bare "2024-25" is
    ("Funds for FY2024-25 rose.", "FY2024-25", "2024/2025", "2024-01-01", "2025-12-31",
     "range"),
    ("Funds for FY2024-FY2025 rose.", "FY2024-FY2025", "2023-10/2025-09", "2023-10-01",
     "2025-09-30", "range"),
    # a season is its year, as "early 2023" is 2023 (the guide); a winter is named by the year
    # of its January, and "winter 2021/22" names both years
    ("Tests resume in spring 2022.", "spring 2022", "2022", "2022-01-01", "2022-12-31", "year"),
    ("It flew in the summer of 2021.", "the summer of 2021", "2021", "2021-01-01",
     "2021-12-31", "year"),
    ("It flew in autumn 2020.", "autumn 2020", "2020", "2020-01-01", "2020-12-31", "year"),
    ("It flew in Fall 2020.", "Fall 2020", "2020", "2020-01-01", "2020-12-31", "year"),
    ("It flew in winter 2021/22.", "winter 2021/22", "2021/2022", "2021-01-01", "2022-12-31",
     "range"),
    ("It flew in winter 2022.", "winter 2022", "2022", "2022-01-01", "2022-12-31", "year"),
    ("A decision is due in early 2023.", "early 2023", "2023", "2023-01-01", "2023-12-31",
     "year"),
    ("A decision is due in late 2024.", "late 2024", "2024", "2024-01-01", "2024-12-31",
     "year"),
    ("A decision is due by mid-2025.", "mid-2025", "2025", "2025-01-01", "2025-12-31", "year"),
    ("A decision is due in the middle of 2025.", "the middle of 2025", "2025", "2025-01-01",
     "2025-12-31", "year"),
    ("A decision came early in 2023.", "early in 2023", "2023", "2023-01-01", "2023-12-31",
     "year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "value", "start", "end", "gran"), ABSOLUTE)
def test_absolute_forms(text, mention, value, start, end, gran):
    m = only(text)
    assert fields(m) == (mention, value, start, end, gran)
    assert m.relative is False


def test_offsets_index_the_text():
    text = "The MoU was signed in March 2021, and talks ran from 2020 to 2035."
    got = [(m.start, m.end, m.mention) for m in find_dates(text)]
    assert got == [(22, 32, "March 2021"), (48, 65, "from 2020 to 2035")]


@pytest.mark.parametrize(
    ("start_month", "value"),
    [
        (10, "2024-10/2025-09"),
        (1, "2025-01/2025-12"),
        (4, "2024-04/2025-03"),
        (7, "2024-07/2025-06"),
    ],
)
def test_fiscal_year_start_month(start_month, value):
    assert only("Funds for FY2025 rose.", fiscal_year_start_month=start_month).value == value


@pytest.mark.parametrize(
    ("text", "kwargs", "values"),
    [
        ("It lands in 2500.", {}, []),
        ("It lands in 2500.", {"max_year": 3000}, ["2500"]),
        ("Built in 1200 by monks.", {}, ["1200"]),
        ("Built in 1200 by monks.", {"min_year": 1500}, []),
        ("Art of the 10th century.", {}, []),
        # the partner of "2020" is no year under the default bounds, so neither is 2020
        ("From 2020 to 2300.", {}, []),
        ("From 2020 to 2300.", {"max_year": 2400}, ["2020/2300"]),
    ],
)
def test_year_bounds(text, kwargs, values):
    assert [m.value for m in find_dates(text, **kwargs)] == values


NOT_DATES = [
    # volume, issue, article, page, section, law and resolution numbers
    "See No. 2019 of the series.",
    "Published in Vol. 2019 of the journal.",
    "As shown on pp. 1998-2005 of the report.",
    "Under Article 2001 of the code.",
    "See Section 2020 for details.",
    "Space Policy 12(3): 1998-2005.",
    "Funding is barred by Public Law 112-10.",
    "Public Laws 112-10 and 113-6 apply.",
    "Under Resolution 2222 of the Council.",
    "The bill S. 2019 passed.",
    "Identifier 101537 is listed.",
    "See Figure 3 2019 panel.",
    # DOIs and links
    "doi 10.1016/j.spacepol.2022.101537",
    "https://doi.org/10.1016/j.actaastro.2019.05.012",
    "Read https://example.org/2020/05/ now.",
    "Conforms to ISO 8601:2019 rules.",
    # counts, measures, money, times of day
    "It has 2,019 members.",
    "The accords have 2019 signatories.",
    "Over 2000 satellites were launched.",
    "Some 2000 objects are tracked.",
    "It orbits at 2030 km.",
    "The budget was $2019 million.",
    "It grew to 2019.5 million.",
    "Costs rose 2020% in a year.",
    "Between 2000 and 3000 satellites fly.",
    "From 1000 to 2000 satellites fly.",
    "The launch is at 14:30 local time.",
    "The launch is at 2030 hours.",
    "The launch is at 2030 UTC.",
    "He is in his 90s now.",
    # citations
    "Cooperation is weak (Smith, 2020).",
    "Cooperation is weak (Smith 2020; Lee 2021).",
    "Smith et al. (2019) call it weak.",
    "Smith and Lee (2020) call it weak.",
    "As Smith (2020: 14) notes, it is weak.",
    "Cooperation is weak [55].",
    "Cooperation is weak [2019].",
    "It is weak (ibid., 2018).",
    "It is weak (see, e.g., Smith and Lee, 2020, p. 5; Wang et al., 2021a).",
    "It is weak, Smith 2020: 14.",
    "It is weak, as Smith et al. 2019 show.",
    "It is weak (Smith 2019b).",
    # ambiguous numeric day-month forms are skipped, invalid dates are not dates
    "Signed 09.03.2021 in Beijing.",
    "Signed 03/2021 in Beijing.",
    "Signed February 30, 2021 in Beijing.",
    "Signed 29 February 2021 in Beijing.",
    "Signed 2021-02-30 in Beijing.",
    # durations and words that look like months or units
    "They cooperated for three decades.",
    "It took over 10 years.",
    "It is a 5-year plan.",
    "Growth over the next decade is slow.",
    "It may rise; troops march on.",
    "Today the agency spoke on Monday.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_never_a_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "They cooperated for three decades.",
        "Growth over the next decade is slow.",
        "For two years after, nothing moved.",
        "It launched two years after the treaty entered into force.",
        "It launched two years later than planned.",
        "It has been a 5-year plan.",
        "Relations soured two years ago.",
    ],
)
def test_durations_are_not_dates_even_with_an_anchor(text):
    assert find_dates(text, anchor="2019") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("In 2019 (Smith, 2020), CNSA announced it.", ["2019"]),
        ("The Outer Space Treaty (1967) bans it.", ["1967"]),
        ("The Artemis Accords (2020) and Smith (2021) differ.", ["2020"]),
        ("Phase II (2026–2030) follows.", ["2026/2030"]),
        ("Phase 1: 2021-2025 is first.", ["2021/2025"]),
        ("In 2019 and 2020, talks were held.", ["2019", "2020"]),
        ("The years 1998, 2003 and 2010 matter.", ["1998", "2003", "2010"]),
        ("Between 1500 and 2000 satellites; by 2030 more.", ["2030"]),
        ("In 2019 and 5 other years it grew.", ["2019"]),
    ],
)
def test_dates_next_to_non_dates(text, values):
    assert [m.value for m in find_dates(text)] == values


# (anchor, text, mention, value, granularity)
RELATIVE = [
    ("2019", "The following year, it flew.", "The following year", "2020", "year"),
    ("2019", "It flew the next year.", "the next year", "2020", "year"),
    ("2019", "It was drafted the previous year.", "the previous year", "2018", "year"),
    ("2019", "It flew that year.", "that year", "2019", "year"),
    ("2019", "It flew the same year.", "the same year", "2019", "year"),
    ("2019", "A year later, it flew.", "A year later", "2020", "year"),
    ("2019", "Two years later, it flew.", "Two years later", "2021", "year"),
    ("2019", "It had flown two years earlier.", "two years earlier", "2017", "year"),
    ("2019", "It had flown five years before.", "five years before", "2014", "year"),
    ("2019", "Three years after, it flew.", "Three years after", "2022", "year"),
    ("2019", "Ten years on, it flew.", "Ten years on", "2029", "year"),
    ("2019", "A decade later, it flew.", "A decade later", "2029", "year"),
    ("2019", "Later that year, it flew.", "Later that year", "2019", "year"),
    ("2019", "It had been drafted the year before.", "the year before", "2018", "year"),
    ("2019", "In the following decade it grew.", "the following decade", "2020/2029",
     "decade"),
    ("2021-03", "3 months later, it flew.", "3 months later", "2021-06", "month"),
    ("2021-03", "Six months later, it flew.", "Six months later", "2021-09", "month"),
    ("2021-11", "Three months later, it flew.", "Three months later", "2022-02", "month"),
    ("2021-03", "18 months later, it flew.", "18 months later", "2022-09", "month"),
    ("2021-03", "The following month, it flew.", "The following month", "2021-04", "month"),
    ("2021-03", "Later that month, it flew.", "Later that month", "2021-03", "month"),
    ("2021-03", "Earlier in the same month, it flew.", "Earlier in the same month", "2021-03",
     "month"),
    ("2021-03", "The following year, it flew.", "The following year", "2022", "year"),
    ("2021-03-09", "The following day, it flew.", "The following day", "2021-03-10", "day"),
    ("2021-03-09", "Two weeks later, it flew.", "Two weeks later", "2021-03-23", "day"),
    ("2021-12-31", "The next day, it flew.", "The next day", "2022-01-01", "day"),
    ("2020/2035", "The following year, it flew.", "The following year", "2036", "year"),
    ("2020", "In March, NASA replied.", "March", "2020-03", "month"),
    ("2020", "By early June, NASA replied.", "early June", "2020-06", "month"),
    ("2020", "On 9 March, NASA replied.", "9 March", "2020-03-09", "day"),
    ("2020", "On March 9, NASA replied.", "March 9", "2020-03-09", "day"),
    ("2020", "On 29 February, NASA replied.", "29 February", "2020-02-29", "day"),
]  # fmt: skip


@pytest.mark.parametrize(("anchor", "text", "mention", "value", "gran"), RELATIVE)
def test_relative_with_anchor(anchor, text, mention, value, gran):
    m = only(text, anchor=anchor)
    assert (m.mention, m.value, m.granularity, m.relative) == (mention, value, gran, True)


@pytest.mark.parametrize(("anchor", "text", "mention", "value", "gran"), RELATIVE)
def test_relative_without_anchor_is_not_reported(anchor, text, mention, value, gran):
    assert find_dates(text) == []


# Deictic words: resolved against the anchor like the anaphoric forms above.
# (anchor, text, mention, value, granularity)
DEICTIC = [
    ("2025-03-12", "ESA and JAXA today announced a joint mission.", "today", "2025-03-12",
     "day"),
    ("2024-04-24", "Today's signing widens the accords.", "Today", "2024-04-24", "day"),
    ("2024-04-24", "TODAY the agencies signed.", "TODAY", "2024-04-24", "day"),
    ("2024-03-01", "Yesterday, CNSA confirmed the plan.", "Yesterday", "2024-02-29", "day"),
    ("2024-12-31", "The crew launches tomorrow.", "tomorrow", "2025-01-01", "day"),
    ("2025-01-01", "The talks ended yesterday.", "yesterday", "2024-12-31", "day"),
    ("2025-03-12", "Today's technology is cheaper.", "Today", "2025-03-12", "day"),
    ("2022-10-18", "The lander will fly next year.", "next year", "2023", "year"),
    ("2022-10", "Next year, the lander will fly.", "Next year", "2023", "year"),
    ("2025-04-29", "It signed the accords last year.", "last year", "2024", "year"),
    ("2025-04-29", "Last year, Senegal signed.", "Last year", "2024", "year"),
    ("2025-04-29", "The station opens this year.", "this year", "2025", "year"),
    ("2025", "This year, two states joined.", "This year", "2025", "year"),
    ("2025-04-29", "Earlier this year, Peru joined.", "Earlier this year", "2025", "year"),
    ("2025-04-29", "It joined earlier this year.", "earlier this year", "2025", "year"),
    ("2025-04-29", "A review is due later this year.", "later this year", "2025", "year"),
    ("2025-04-29", "This year's budget rose.", "This year", "2025", "year"),
    ("2025-04-29", "It exceeds last year's budget.", "last year", "2024", "year"),
    ("2025-04-29", "Funds for next year are set.", "next year", "2026", "year"),
    ("2025-04-29", "The craft that last year landed is idle.", "last year", "2024", "year"),
    ("2025-04-29", "Officials said that this year is key.", "this year", "2025", "year"),
    ("2024-06-05", "The MoU was signed last month.", "last month", "2024-05", "month"),
    ("2024-06-05", "This month, the crew trains.", "This month", "2024-06", "month"),
    ("2024-06", "The crew flies next month.", "next month", "2024-07", "month"),
    ("2024-01-15", "Last month, ESA agreed.", "Last month", "2023-12", "month"),
    ("2024-12", "Next month's launch slipped.", "Next month", "2025-01", "month"),
    ("2024-06-05", "Earlier this month, ESA agreed.", "Earlier this month", "2024-06",
     "month"),
    ("2023", "Humans fly again in this decade.", "this decade", "2020/2029", "decade"),
    ("2023", "Humans land by the end of this decade.", "the end of this decade", "2029", "year"),
    ("2023", "Humans land by the end of the decade.", "the end of the decade", "2029", "year"),
    ("2024-05", "They met last June in Delhi.", "last June", "2023-06", "month"),
    ("2024-08", "They met last June in Delhi.", "last June", "2024-06", "month"),
    ("2024", "The summit follows next March.", "next March", "2025-03", "month"),
    ("2024-02", "Attacks on October 7 of last year were condemned.", "October 7 of last year",
     "2023-10-07", "day"),
    ("2020/2035", "This year, it grew.", "This year", "2035", "year"),
]  # fmt: skip


@pytest.mark.parametrize(("anchor", "text", "mention", "value", "gran"), DEICTIC)
def test_deictic_with_anchor(anchor, text, mention, value, gran):
    m = only(text, anchor=anchor)
    assert (m.mention, m.value, m.granularity, m.relative) == (mention, value, gran, True)


@pytest.mark.parametrize(("anchor", "text", "mention", "value", "gran"), DEICTIC)
def test_deictic_without_anchor_is_not_reported(anchor, text, mention, value, gran):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("anchor", "text"),
    [
        ("2024-04", "Today's signing widens the accords."),  # the day is unknown
        ("2024", "Yesterday, CNSA confirmed the plan."),
        ("2020/2035", "The crew launches tomorrow."),
        ("2024", "The MoU was signed last month."),
        ("2024", "This month, the crew trains."),
        ("2200-06-01", "The lander will fly next year."),  # beyond max_year
    ],
)
def test_deictic_needs_a_fine_enough_anchor(anchor, text):
    assert find_dates(text, anchor=anchor) == []


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose year-on-year.",
        "Output grew month over month.",
        "A year passed; the year ended.",
        "In the last year, costs doubled.",  # the past twelve months, not a calendar year
        "In its last year, the programme shrank.",
        "NASA's last year of funding was lean.",
        "The last year of the war was hard.",
        "In that last year, it ended.",
        "The very last year was hard.",
        "Last year of operations ended.",
        "This year-end review is short.",
        "This year-long mission ends.",
        "Supplies which last year after year.",
        "Talks resume next week.",  # weeks are not a granularity of the output
        "Talks ended last week.",
        "Talks ended on Tuesday.",  # weekdays are not resolved
        "USA Today reported the launch.",  # a newspaper
        "Russia Today aired the launch.",
        "Over the next year, costs rise.",  # a duration
        "They met the next few years.",
        "Last years were hard.",
    ],
)
def test_not_deictic_even_with_an_anchor(text):
    assert find_dates(text, anchor="2025-03-12") == []


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        (None, "It was signed on 9 March 2021; today it holds.",
         [("9 March 2021", "2021-03-09", False), ("today", "2021-03-09", True)]),
        (None, "Signed in March 2021, it was ratified this year and again last month.",
         [("March 2021", "2021-03", False), ("this year", "2021", True),
          ("last month", "2021-02", True)]),
        (None, "In March 2021 it began; today it grows.", [("March 2021", "2021-03", False)]),
        ("2025-03-12", "Today ESA said that in 2019 it flew, and last year it landed.",
         [("Today", "2025-03-12", True), ("2019", "2019", False),
          ("last year", "2018", True)]),
        ("2025-03-12", "Today the agency spoke on Monday.", [("Today", "2025-03-12", True)]),
    ],
)  # fmt: skip
def test_deictic_inside_one_text(anchor, text, expected):
    got = [(m.mention, m.value, m.relative) for m in find_dates(text, anchor=anchor)]
    assert got == expected


def test_deictic_dates_do_not_become_anchors():
    sentences = [
        "The agencies met on 12 March 2025.",
        "Today they signed, and next year they fly.",
        "Yesterday the draft was closed.",
    ]
    anchor, values = None, []
    for sentence in sentences:
        mentions = find_dates(sentence, anchor=anchor)
        values += [m.value for m in mentions]
        anchor = last_absolute(mentions, default=anchor)
    assert values == ["2025-03-12", "2025-03-12", "2026", "2025-03-11"]
    assert anchor == "2025-03-12"


@pytest.mark.parametrize(
    ("anchor", "text"),
    [
        ("2019", "3 months later, it flew."),  # the month of the anchor is unknown
        ("2019", "The following day, it flew."),
        ("2019", "Later that month, it flew."),
        ("2021-03", "Two weeks later, it flew."),
        ("2021", "On 29 February, NASA replied."),  # 2021 is not a leap year
        ("2200", "The following year, it flew."),  # beyond max_year
    ],
)
def test_relative_needs_a_fine_enough_anchor(anchor, text):
    assert find_dates(text, anchor=anchor) == []


def test_chained_anchors_inside_one_text():
    text = (
        "The proposal came in 2019; two years later, in March 2021, the MoU was signed, "
        "and three months later the roadmap followed."
    )
    got = [(m.mention, m.value, m.relative) for m in find_dates(text)]
    assert got == [
        ("2019", "2019", False),
        ("two years later", "2021", True),
        ("March 2021", "2021-03", False),
        ("three months later", "2021-06", True),
    ]


def test_relative_dates_do_not_become_anchors():
    text = "It was proposed in 2019. The following year it grew. Two years later it shrank."
    assert [m.value for m in find_dates(text)] == ["2019", "2020", "2021"]


def test_given_anchor_is_used_until_the_first_absolute_date():
    text = "The following year, in 2015, it flew; the next year it landed."
    got = [(m.mention, m.value) for m in find_dates(text, anchor="2000")]
    assert got == [("The following year", "2001"), ("2015", "2015"), ("the next year", "2016")]


def test_sentences_chained_through_last_absolute():
    sentences = [
        "China proposed the station in March 2021.",
        "Three months later, the roadmap appeared.",
        "It plans missions from 2026 to 2030.",
        "The following year, crews will train.",
    ]
    anchor, values = None, []
    for sentence in sentences:
        mentions = find_dates(sentence, anchor=anchor)
        values += [m.value for m in mentions]
        anchor = last_absolute(mentions, default=anchor)
    assert values == ["2021-03", "2021-06", "2026/2030", "2031"]


@pytest.mark.parametrize(
    ("texts", "default", "expected"),
    [
        ([], None, None),
        ([], "2019", "2019"),
        (["In 2019 it began."], None, "2019"),
        (["From 2020 to 2035 it runs."], None, "2035"),
        (["In the 1950s it began."], None, "1959"),
        (["Q3 2024 is the date."], None, "2024-09"),
        (["In March 2021 it began, and the following year it grew."], None, "2021-03"),
    ],
)
def test_last_absolute(texts, default, expected):
    mentions = [m for t in texts for m in find_dates(t, anchor="2000")]
    assert last_absolute(mentions, default=default) == expected


def test_last_absolute_skips_relative_mentions():
    mentions = find_dates("The following year it grew.", anchor="2010")
    assert [m.relative for m in mentions] == [True]
    assert last_absolute(mentions, default="2010") == "2010"


@pytest.mark.parametrize(
    ("expression", "anchor", "value"),
    [
        ("2019", None, "2019"),
        ("by 2030", None, "2030"),
        ("since 2016", None, "2016"),
        ("as of June 2022", None, "2022-06"),
        ("in Q3 2024", None, "2024-07/2024-09"),
        ("FY2025", None, "2024-10/2025-09"),
        ("the 1950s", None, "1950/1959"),
        ("from 2020 to 2035", None, "2020/2035"),
        ("9 March 2021.", None, "2021-03-09"),
        ("3 months later", "2021-03", "2021-06"),
        ("3 months later", None, None),
        ("last year", "2025-04-29", "2024"),
        ("since last month", "2024-06-05", "2024-05"),
        ("earlier this year", "2025", "2025"),
        ("today", "2025-03-12", "2025-03-12"),
        ("today", "2025-03", None),
        ("tomorrow", None, None),
        ("Vol. 2019", None, None),
        ("2019 signatories", None, None),
        ("2019 and 2020", None, None),
        ("the launch in 2019", None, None),
        ("hello", None, None),
        ("", None, None),
    ],
)
def test_normalize_date(expression, anchor, value):
    assert normalize_date(expression, anchor=anchor) == value


@pytest.mark.parametrize("anchor", ["", "2019-13", "19", "2021-02-30", "March 2021", "x/2019"])
def test_invalid_anchor_raises(anchor):
    if anchor == "":
        assert find_dates("The following year it grew.", anchor=anchor) == []
    else:
        with pytest.raises(ValueError):
            find_dates("In 2019.", anchor=anchor)


@pytest.mark.parametrize(
    "kwargs", [{"fiscal_year_start_month": 0}, {"fiscal_year_start_month": 13}, {"min_year": 0},
               {"min_year": 2000, "max_year": 1999}]
)  # fmt: skip
def test_invalid_options_raise(kwargs):
    with pytest.raises(ValueError):
        find_dates("In 2019.", **kwargs)


def test_longest_match_wins_and_mentions_do_not_overlap():
    text = "From 2020 to 2035, Q3 2024, the first half of 2023 and FY2025."
    mentions = find_dates(text)
    assert [m.mention for m in mentions] == [
        "From 2020 to 2035",
        "Q3 2024",
        "the first half of 2023",
        "FY2025",
    ]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


# --------------------------------------------------------------------------------------------
# Properties: never raises, offsets index the text, values are valid ISO and match the days.

_ISO_PART = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_GRANULARITIES = {"day", "month", "year", "decade", "century", "range"}


def _part_days(part: str) -> tuple[date, date]:
    m = _ISO_PART.fullmatch(part)
    assert m, part
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if d:
        return date(y, mo, d), date(y, mo, d)
    if mo:
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    return date(y, 1, 1), date(y, 12, 31)


def _check(text: str, mentions: list[DateMention]) -> None:
    previous_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.mention
        assert m.start >= previous_end
        previous_end = m.end
        parts = m.value.split("/")
        assert len(parts) in (1, 2)
        first, last = _part_days(parts[0])[0], _part_days(parts[-1])[1]
        assert (first.isoformat(), last.isoformat()) == (m.start_date, m.end_date)
        assert first <= last
        assert m.granularity in _GRANULARITIES
        assert (len(parts) == 2) == (m.granularity in ("decade", "century", "range"))


_TOKENS = [
    "2019", "2020", "1999", "0999", "2200", "2201", "101537", "-", "–", "/", ",", ".", ":",
    "(", ")", "[", "]", "to", "and", "from", "between", "the", "The", "early", "mid-", "late",
    "March", "May", "Feb.", "February", "29", "30", "31", "9th", "of", "Smith", "et al.",
    "Q3", "H2", "FY", "FY25", "fiscal year", "year", "years", "month", "months", "day", "week",
    "decade", "century", "21st", "twentieth", "first half of", "quarter", "later", "earlier",
    "before", "after", "on", "that", "same", "following", "next", "spring", "winter", "'90s",
    "1990s", "three", "a", "No.", "Vol.", "pp.", "$", "%", "UTC", "satellites", "doi",
    "today", "Today", "TODAY", "yesterday", "tomorrow", "USA", "this", "last", "year-on-year",
    "Last", "its", "NASA's",
    "10.1016/j.x.2022.1", "12(3):", "over", "for", "in", "than", "\n", "\u00a0",
]  # fmt: skip
_date_soup = st.lists(st.sampled_from(_TOKENS), max_size=14).map(" ".join)
_anchors = st.sampled_from(
    [None, "2019", "2021-03", "2021-03-09", "2020/2035", "2000-02-29", "2021-12-31"]
)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200), anchor=_anchors)
def test_property_arbitrary_text(text, anchor):
    _check(text, find_dates(text, anchor=anchor))


@settings(max_examples=300, deadline=None)
@given(text=_date_soup, anchor=_anchors, fy=st.integers(min_value=1, max_value=12))
def test_property_date_like_text(text, anchor, fy):
    mentions = find_dates(text, anchor=anchor, fiscal_year_start_month=fy)
    _check(text, mentions)
    last = last_absolute(mentions)
    assert last is None or _ISO_PART.fullmatch(last)


# --- dates anchored to the document's own date ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "anchor", "expected"),
    [
        # weekdays: the latest such day on or before the document date
        ("On Thursday night, the lander touched down.", "2024-02-24", None,
         [("Thursday night", "2024-02-22")]),
        ("The rocket launched Friday.", "2024-03-08", None, [("Friday", "2024-03-08")]),
        # a date written beside the weekday is the date
        ("On Tuesday, April 16, NASA welcomed Sweden.", "2024", None, [("April 16", "2024-04-16")]),
        ("It launched on Friday (March 8).", "2024-03-10", None, [("March 8", "2024-03-08")]),
        # a weekday in a story of another year is not a day of the document's week
        ("That Friday the satellite failed.", "2024-03-08", "1957-10-04", []),
        # a weekday needs a document date to the day
        ("The rocket launched Friday.", "2024", None, []),
        # deictic words speak from the document date, not from the last date of the story
        ("Last year, I issued a challenge.", "2023-12-20", "1969-07-20", [("Last year", "2022")]),
        ("Today, we release the framework.", "2023", None, [("Today", "2023")]),
        ("The initiative was launched three years ago.", "2022-11-30", None,
         [("three years ago", "2019")]),
        # the next N years, from the document's year; not a duration told from the past
        ("We will invest in the next five years.", "2023-05-01", None,
         [("the next five years", "2024/2028")]),
        ("The station stayed empty for the next two years.", "2026", "1998", []),
        ("After 1998, the next two years were hard.", "2026", None, [("1998", "1998")]),
        # a day and month without a year take the document's year when no date comes before
        ("The lander launched on February 15.", "2024", None, [("February 15", "2024-02-15")]),
        ("The lander launched on February 15.", "2024", "1994-01-25",
         [("February 15", "1994-02-15")]),
    ],
)  # fmt: skip
def test_dates_anchored_to_the_document(text, written, anchor, expected):
    found = find_dates(text, anchor=anchor, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DONE in duplicate at the cities of Ottawa and Canberra, the twenty-third "
         "day of May, one thousand nine hundred and eighty-one.", "1981-05-23"),
        ("Opened for signature on the 14th day of January one thousand nine hundred and "
         "seventy-five.", "1975-01-14"),
        ("It entered into force in one thousand nine hundred and seventy-six.", "1976"),
        ("Two thousand and five people attended.", "2005"),
    ],
)  # fmt: skip
def test_years_in_words(text, expected):
    assert [m.value for m in find_dates(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("**Date:** June 30, 2017\n\nThe order follows.", 2017, "2017-06-30"),
        ("Executive Order 13914 of April 6, 2020\n\nBy the authority ...", None, "2020-04-06"),
        ("WASHINGTON, May3, 2024 — NASA announced a plan.", None, "2024-05-03"),
        ("The treaty text.\n\nDONE at Washington this twelfth day of March one thousand nine "
         "hundred and seventy-five.", 1975, "1975-03-12"),
        # a date line that disagrees with the metadata's year loses to the year
        ("Date: June 30, 2017\n\nText.", 2019, "2019"),
        # no date in the text: the metadata's year, else nothing
        ("Building on their statement of October 29, 2021, the leaders met.", 2022, "2022"),
        ("Nothing dated here.", None, None),
    ],
)  # fmt: skip
def test_document_date(text, year, expected):
    assert document_date(text, year=year, find=find_dates) == expected


def test_the_document_date_in_the_pipeline(make_doc):
    doc = make_doc(["WASHINGTON, March 8, 2024 — NASA spoke.", "On Thursday, the crew launched."])
    assert doc._.sc_document_date == "2024-03-08"
    assert [d.kb_id_ for d in doc.spans["dates"]] == ["2024-03-08", "2024-03-07"]
    assert make_doc("Today we meet.", year=2021)._.sc_document_date == "2021"


# --- intervals and deictic forms counted from the document date (issue 14) ------------------


@pytest.mark.parametrize(
    ("text", "written", "anchor", "expected"),
    [
        # "since X": from X to the year the document speaks from
        ("Launch rates have doubled since 2016.", "2023", None, [("since 2016", "2016/2023")]),
        ("Since March 2019, the agency has flown nine crews.", "2024-05-02", None,
         [("Since March 2019", "2019-03/2024")]),
        ("Ever since the 1990s, the partners have met yearly.", "2021", None,
         [("Ever since the 1990s", "1990/2021")]),
        ("Factories had been numbered since 1931.", "2024", None, [("1931", "1931")]),
        # a month of the document's own year still opens a span to that year (the guide)
        ("Talks have continued since May 2024.", "2024", None,
         [("since May 2024", "2024-05/2024")]),
        # not an interval: no document date, the document's year itself, or a span that
        # already reaches the document's year
        ("Launch rates have doubled since 2016.", None, None, [("2016", "2016")]),
        ("Talks have continued since 2024.", "2024", None, [("2024", "2024")]),
        ("It has grown since the early 21st century.", "2024", None,
         [("the early 21st century", "2001/2100")]),
        # "Since then" after a sentence that set 2020 is "since 2020" (round 21: the real gold
        # and the blind gold mark it so; ``since_then``)
        ("Since then, the signatories have met twice.", "2024", "2020",
         [("Since then", "2020/2024")]),
        # the current decade, the end of the decade, weeks
        ("The current decade of research has been busy.", "2024", None,
         [("The current decade", "2020/2029")]),
        ("A crew will land by the end of the decade.", "2023", None,
         [("the end of the decade", "2029")]),
        ("This week the two ministers toured a launch site.", "2023-10-25", None,
         [("This week", "2023-10-23/2023-10-29")]),
        ("The board met last week in Paris.", "2024-01-03", None,
         [("last week", "2023-12-25/2023-12-31")]),
        ("The board met last week in Paris.", "2023", None, [("last week", "2023")]),
        ("The crew spent the last week of May in quarantine.", "2024-06-20", None, []),
        ("Its final week of tests ended.", "2024-06-20", None, []),
        # a month counted from the document's month, a day "of last year"
        ("The dialogue convened last June in Delhi.", "2024-03-01", None,
         [("last June", "2023-06")]),
        ("Its last June launch slipped.", "2024-03-01", None, []),
        # seasons counted from the document date
        # (its year: the season is found as a northern one, then given as its year)
        ("The rover will ship this summer.", "2024-03-01", None, [("this summer", "2024")]),
        ("Tests ended last summer.", "2024-03-01", None, [("last summer", "2023")]),
        ("Tests ended last summer.", "2024-10-01", None, [("last summer", "2024")]),
        ("Talks resume next spring.", "2024", None, [("next spring", "2025")]),
        ("The crew flew last winter.", "2024-04-02", None, [("last winter", "2024")]),
        ("The crew flew last winter.", "2024-12-20", None, [("last winter", "2024")]),
        ("The crew flew last winter.", "2025-01-10", None, [("last winter", "2024")]),
        ("The crew flies next winter.", "2024-04-02", None, [("next winter", "2025")]),
        ("It was the last winter of the war.", "2024-04-02", None, []),
        ("Her last summer at the agency ended.", "2024-04-02", None, []),
        ("They recalled the strike on 4 March of last year.", "2025-02-01", None,
         [("4 March of last year", "2024-03-04")]),
        # a quotation told at an earlier time speaks from that time
        ("“We will reach orbit within this decade,” the minister said.", "2024", "1961",
         [("this decade", "1960/1969")]),
        ("“On Friday the crew flew,” the engineer recalled.", "2024-03-10", "1965-06-03", []),
        ("“On Friday the crew flew,” the engineer said.", "2024-03-10", "2024",
         [("Friday", "2024-03-08")]),
    ],
)  # fmt: skip
def test_intervals_and_deictic_forms(text, written, anchor, expected):
    found = find_dates(text, anchor=anchor, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        ("Between Oct 1, 2022, and Sept 30, 2023, the lab hosted 40 studies.", None,
         [("Between Oct 1, 2022, and Sept 30, 2023", "2022-10-01/2023-09-30")]),
        ("The summit runs on June 3-4 in Seoul.", "2021", [("June 3-4", "2021-06-03/2021-06-04")]),
        ("The summit runs 3-4 June in Seoul.", "2021", [("3-4 June", "2021-06-03/2021-06-04")]),
        ("The summit runs on June 3-4 in Seoul.", None, []),
        ("Chapters June 3 and 4 were cut.", "2021", [("June 3", "2021-06-03")]),
        ("The board will decide early in October.", "2021", [("early in October", "2021-10")]),
        ("A flyby was planned for August.", "1994", [("August", "1994-08")]),
        ("Results from fiscal year (FY)-24 were strong.", None,
         [("fiscal year (FY)-24", "2023-10/2024-09")]),
        # numbers that are not years
        ("The act (31 U.S.C. 1535) applies.", None, []),
        ("See 51 U.S.C. 2018 and 14 CFR 1260.", None, []),
        ("Crews logged almost 1000 cumulative days aboard.", None, []),
        ("The lander weighs 1200 pounds when fuelled.", None, []),
        ("The relay sends 1800 bits each second.", None, []),
        ("The 2024 launches went well.", None, [("2024", "2024")]),
        ("The debris came from Kosmos 1408 and Cosmos 2251.", None, []),
        ("Grants follow 14 CFR Part 1260 and its subpart 1274.", None, []),
        ("Nearly 2000 active satellites orbit.", None, []),
        ("By around 2030 crewed flights may resume.", None, [("2030", "2030")]),
    ],
)  # fmt: skip
def test_ranges_months_and_non_years(text, written, expected):
    found = find_dates(text, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        # a news caption: a weekday with its date, kept only when the weekday is right
        ("Title\n\nTwo ministers shake hands, Friday, March 8, 2024, at the agency.", None,
         "2024-03-08"),
        ("Title\n\nTwo ministers shake hands, Monday, March 8, 2024, at the agency.", None,
         None),
        ("Title\n\nOn Friday, March 8, the two agencies signed.", 2024, "2024-03-08"),
        ("Title\n\nOn Friday, March 9, the two agencies signed.", 2024, "2024"),
        # an editor's note
        ("Editor's note: This story was updated on May 2, 2023, to fix a link.", None,
         "2023-05-02"),
        # a signing formula, with periods inside the place name
        ("Text.\n\nDONE in triplicate at Washington, D.C., the fifth day of May, one thousand "
         "nine hundred and ninety.", None, "1990-05-05"),
        ("Text.\n\nIN WITNESS WHEREOF the undersigned have signed this Agreement, opened for "
         "signature on the 2nd day of June 1980.", None, "1980-06-02"),
        ("Text.\n\nOn the third day of the talks, the delegates met.", None, None),
        ("The General Assembly adopts the principles.\n\n62nd plenary meeting\n3 December 1991",
         None, "1991-12-03"),
        ("Adopted by the Assembly on 14 June 1999\n\nThe Assembly recalls the treaty.", None,
         "1999-06-14"),
        ("The Assembly recalls the treaty adopted on 19 December 1966.", None, None),
        # the first paragraph's date, unless the text dates later events to the month
        ("The president is hosting the prime minister on June 4, 2023 for a state visit.\n\n"
         "They will sign two agreements.", None, "2023-06-04"),
        ("The station was launched on 2 May 1990.\n\nIts last crew left in March 2001.", None,
         None),
    ],
)  # fmt: skip
def test_document_date_sources(text, year, expected):
    assert document_date(text, year=year, find=find_dates) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ([("Today", "NN"), (",", ","), ("satellites", "NNS"), ("serve", "VBP"),
          ("farmers", "NNS"), (".", ".")], True),
        ([("Today", "NN"), (",", ","), ("the", "DT"), ("work", "NN"), ("is", "VBZ"),
          ("paying", "VBG"), ("off", "RP"), (".", ".")], True),
        ([("“", "``"), ("Today", "NN"), (",", ","), ("we", "PRP"), ("marked", "VBD"),
          ("a", "DT"), ("milestone", "NN")], False),
        ([("Today", "NN"), (",", ","), ("the", "DT"), ("leaders", "NNS"),
          ("reaffirmed", "VBD"), ("ties", "NNS")], False),
        ([("Today", "NN"), (",", ","), ("I", "PRP"), ("am", "VBP"), ("proud", "JJ")], False),
        ([("Today", "NN"), (",", ","), ("NASA", "NNP"), ("announces", "VBZ"),
          ("a", "DT"), ("partner", "NN")], False),
        ([("Today", "NN"), (",", ","), ("talks", "NNS"), ("will", "MD"), ("start", "VB")],
         False),
        ([("The", "DT"), ("talks", "NNS"), ("start", "VBP"), ("today", "NN")], False),
        # analytic prose: "Today" run into its subject, or its possessive, in the present
        ([("Today", "NN"), ("the", "DT"), ("trade", "NN"), ("flows", "VBZ"), ("the", "DT"),
          ("other", "JJ"), ("way", "NN"), (".", ".")], True),
        ([("Today", "NN"), ("small", "JJ"), ("states", "NNS"), ("have", "VBP"),
          ("choices", "NNS"), (".", ".")], True),
        ([("Today", "NN"), ("'s", "POS"), ("rivalry", "NN"), ("is", "VBZ"), ("waged", "VBN"),
          ("through", "IN"), ("alliances", "NNS"), (".", ".")], True),
        # ... but not a day's event told so, nor "Today" before a verb or a preposition
        ([("Today", "NN"), ("the", "DT"), ("agency", "NN"), ("signed", "VBD"), ("a", "DT"),
          ("pact", "NN")], False),
        ([("Today", "NN"), ("'s", "POS"), ("launch", "NN"), ("was", "VBD"),
          ("delayed", "VBN")], False),
        ([("Today", "NN"), ("the", "DT"), ("council", "NN"), ("will", "MD"), ("vote", "VB")],
         False),
        ([("Today", "NN"), ("saw", "VBD"), ("a", "DT"), ("signing", "NN")], False),
        ([("Today", "NN"), ("at", "IN"), ("the", "DT"), ("base", "NN"), (",", ","),
          ("crews", "NNS"), ("prepare", "VBP")], False),
        ([("Today", "NN"), ("Kenya", "NNP"), ("joins", "VBZ"), ("the", "DT"),
          ("Accords", "NNPS")], False),
        # an event verb's word used as a noun does not make the sentence a day's event
        ([("Today", "NN"), ("that", "DT"), ("flow", "NN"), ("has", "VBZ"), ("reversed", "VBN"),
          ("in", "IN"), ("launch", "NN"), ("parts", "NNS")], True),
        ([("Today", "NN"), ("the", "DT"), ("trade", "NN"), ("runs", "VBZ"), ("from", "IN"),
          ("chips", "NNS"), ("to", "TO"), ("launch", "VB"), ("parts", "NNS")], True),
    ],
)  # fmt: skip
def test_generic_today(words, expected):
    assert generic_today(words) is expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a bound ("until", "since", "through") does not move the narrative's time
        (["The crew arrived on 5 May 1991, a record kept until 23 October 2010.",
          "On 29 June the crew left."], ["1991-05-05", "2010-10-23", "1991-06-29"]),
        (["The module docked on 3 July 1995, the first such docking since 1975.",
          "In November a second module followed."], ["1995-07-03", "1975/2022", "1995-11"]),
        (["The module docked on 3 July 1995, the first since the joint flight in 1975.",
          "In November a second module followed."], ["1995-07-03", "1975", "1995-11"]),
        (["The partners will run the station through 2030.", "It launches on 12 May."],
         ["2030", "2022-05-12"]),
        # but a date after other words does ("after", "in", "on")
        (["The crew arrived on 5 May 1991, after 2 April 1990.", "On 29 June the crew left."],
         ["1991-05-05", "1990-04-02", "1990-06-29"]),
    ],
)  # fmt: skip
def test_bounds_are_not_anchors(sentences, expected):
    anchor, values = None, []
    for text in sentences:
        found = find_dates(text, anchor=anchor, document_date="2022")
        values += [m.value for m in found]
        anchor = last_absolute(found, default=anchor)
    assert values == expected


@pytest.mark.parametrize(
    ("recent", "expected"),
    [(True, [("this year", "1961")]), (False, [("this year", "2024")])],
)
def test_a_quotation_speaks_from_a_time_just_set(recent, expected):
    text = "“We will fly this year,” the chief designer said."
    found = find_dates(text, anchor="1961", document_date="2024", recent_anchor=recent)
    assert [(m.mention, m.value) for m in found] == expected


def test_the_next_years_are_told_from_a_past_just_set():
    # a past just set holds the next years of a sentence with no plan in it ...
    text = "After the treaty the alliance led the next 70 years."
    assert [m.value for m in find_dates(text, anchor="1967", document_date="2023")] == []
    found = find_dates(text, anchor="1967", document_date="2023", recent_anchor=False)
    assert [m.value for m in found] == ["2024/2093"]
    # ... not those of a plan told in the present: they are the document's (the guide)
    text = "The alliance will lead the next 70 years."
    assert [m.value for m in find_dates(text, anchor="1967", document_date="2023")] == ["2024/2093"]
    text = "The agency shall place satellites in orbit over the coming five years."
    assert [m.value for m in find_dates(text, anchor="2019-03", document_date="2026-02-04")] == [
        "2027/2031"
    ]


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        # a wire dateline without a year takes the metadata's year; without one, nothing
        ("ROME, June 9 (Agency) -- The two ministers met.", 2023, "2023-06-09"),
        ("ROME, June 9 (Agency) -- The two ministers met.", None, None),
        ("ROME, June 31 -- The two ministers met.", 2023, "2023"),
        # "As of" and "Posted" lines
        ("As of 2 February 2022\n\nThe register lists six objects.", None, "2022-02-02"),
        ("Posted: July 7, 2021\n\nThe office reported a launch.", None, "2021-07-07"),
        # a signature block's date alone on its line at the end
        ("The order takes effect now.\n\n   A. PRESIDENT\n\nTHE CAPITOL,\n\nMay 5, 2019.\n",
         None, "2019-05-05"),
        # not the last entry of a timeline with a long paragraph after it
        ("History\n\nThe agency was formed.\n\nApril 2, 1988\n\n" + "The agency grew. " * 20,
         None, None),
        # a date in a history paragraph is not the document date
        ("Background\n\nThe first treaty was signed in 1967, and the convention followed.\n\n"
         "It said: the parties met on 3 March 1972 in Geneva.", None, None),
        # a copyright line dates the text by its year only (issue 14, round 10: a last resort
        # before the latest date at the head), and not when the year is after today's
        ("The article text.\n\n© 2021 The Publisher. All rights reserved.", None, "2021"),
        ("The article text.\n\n© 2091 The Publisher. All rights reserved.", None, None),
    ],
)  # fmt: skip
def test_document_date_more_sources(text, year, expected):
    assert document_date(text, year=year, find=find_dates) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one year from the latest named year to today's fits the weekday
        ("Title\n\nOn Tuesday, April 16, the agency welcomed a new partner to the 2020 accords.",
         "2024-04-16"),
        # several years fit: no guess
        ("Title\n\nOn Tuesday, April 16, the agency welcomed a new partner.", None),
        # the weekday is not that day's in any year after the text's latest year
        ("Title\n\nOn Monday, April 16, the agency welcomed a partner in 2025.", None),
    ],
)  # fmt: skip
def test_document_date_from_a_weekday_without_year(text, expected):
    today = date(2026, 12, 6)
    assert document_date(text, find=find_dates, today=today) == expected
    assert document_date(text, find=find_dates) is None  # without today: no guess


@pytest.mark.parametrize(
    ("text", "written", "until", "expected"),
    [
        # with no document date, "since X" runs to the year the text is read
        ("Since 1992, eleven astronauts have flown.", None, 2026, [("Since 1992", "1992/2026")]),
        # without that year, the year alone
        ("Since 1992, eleven astronauts have flown.", None, None, [("1992", "1992")]),
        # the document date wins over it
        ("Since 1992, eleven astronauts have flown.", "2010", 2026, [("Since 1992", "1992/2010")]),
        # a span that ended in the past stays a year
        ("The pad had been used since 1992 until it closed.", None, 2026, [("1992", "1992")]),
    ],
)  # fmt: skip
def test_since_in_an_undated_text(text, written, until, expected):
    found = find_dates(text, document_date=written, since_until=until)
    assert [(m.mention, m.value) for m in found] == expected


def test_since_in_an_undated_document(make_doc):
    from pipeline.nlp.components.dates import DateFinder

    doc = make_doc(["The agency was formed long ago.", "Since 1992, it has flown astronauts."])
    assert doc._.sc_document_date == ""
    assert [s.kb_id_ for s in doc.spans["dates"]] == ["1992"]  # off by default
    doc = DateFinder(undated_since_to_current_year=True)(doc)
    values = [s.kb_id_ for s in doc.spans["dates"]]
    assert len(values) == 1 and values[0].startswith("1992/")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date on its own short line at the top: a speech, a hearing, a release, a byline
        ("Remarks by the Minister at the Forum\n\nJune 3, 2025\n\nThank you all for coming.",
         "2025-06-03"),
        ("HEARING BEFORE THE SUBCOMMITTEE ON SPACE\n\nTHURSDAY, MAY 15, 2025\n\nThe panel met.",
         "2025-05-15"),
        ("News Release | 3 June 2025\n\nThe agency picked two crews.", "2025-06-03"),
        ("Two crews picked\nBy A. Writer | June 3, 2025\n\nThe agency picked two crews.",
         "2025-06-03"),
        ("Address to the Assembly (Vienna, 3 June 2025)\n\nMadam Chair, thank you.",
         "2025-06-03"),
        ("Two crews picked\n2025-06-03\n\nThe agency picked two crews.", "2025-06-03"),
        ("Berlin — 3 June 2025 — The agency picked two crews for the mission.", "2025-06-03"),
        # not a title that dates an event, a label of an event, or a wrong weekday
        ("Probe to be ready by June 3, 2025\n\nThe agency plans a probe.", None),
        ("Probe facts\nLaunch: 3 June 2025\n\nThe probe will study comets.", None),
        ("Crews\nMonday, June 3, 2025\n\nThe agency picked two crews.", None),
        # nor a date after the body has begun (a timeline entry)
        ("Timeline\n\nThe agency was set up by law.\n\nJune 3, 1999\n\n" + "It flew. " * 30, None),
    ],
)  # fmt: skip
def test_document_date_from_a_head_line(text, expected):
    assert document_date(text, find=find_dates) == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("DONE at Ottawa this fourth day of June, 2025, in duplicate.", "2025-06-04"),
        ("DONE at Ottawa this twenty-first day of June, 2025.", "2025-06-21"),
        ("Done at Lisbon on 4 June 2025, in two originals.", "2025-06-04"),
        ("Signed at Nairobi on June 4, 2025.", "2025-06-04"),
        # a meeting in the text is no signing formula
        ("The parties met at Lisbon on 4 June 2025 to talk.", None),
    ],
)
def test_document_date_from_a_signing_formula(tail, expected):
    text = "Agreement\n\n" + "The parties agree to share data. " * 10 + "\n\n" + tail
    assert document_date(text, find=find_dates) == expected


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        # fiscal-year ranges written with a word
        ("Funds for fiscal years 2021 through 2023 were cut.", None,
         [("fiscal years 2021 through 2023", "2020-10/2023-09")]),
        ("Plans run from FY2022 to FY2024.", None, [("FY2022 to FY2024", "2021-10/2024-09")]),
        ("In FY2022 to save money, the office closed.", None, [("FY2022", "2021-10/2022-09")]),
        # "–present", "to date": to the document's year, like "since"
        ("The director (2017–present) spoke.", "2022", [("2017–present", "2017/2022")]),
        ("From 2017 to date, nine crews flew.", "2022", [("2017 to date", "2017/2022")]),
        ("The director (2017–present) spoke.", None, [("2017", "2017")]),
        ("In 2017, present members agreed.", "2022", [("2017", "2017")]),
        # "the next decade", "the coming two decades", "the next 12 months", "the next 30 days"
        ("Costs will fall over the next decade.", "2022", [("the next decade", "2023/2032")]),
        ("Demand may grow in the coming two decades.", "2022",
         [("the coming two decades", "2023/2042")]),
        ("The crew will train over the next six months.", "2022-03-15",
         [("the next six months", "2022-04/2022-09")]),
        ("A decision is due in the next 10 days.", "2022-03-15",
         [("the next 10 days", "2022-03-16/2022-03-25")]),
        # a month or day count needs a document date as fine as itself; no count, no date
        ("The crew will train over the next six months.", "2022", []),
        ("Costs will fall over the next few years.", "2022", []),
        ("Costs will fall for the next decade.", "2022", []),
    ],
)  # fmt: skip
def test_more_intervals(text, written, expected):
    found = find_dates(text, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "anchor", "past", "expected"),
    [
        # told in the past tense: counted from the narrative's date
        ("The probe spent the next five days in a parking orbit.", "2003-06-10", True,
         [("the next five days", "2003-06-11/2003-06-15")]),
        ("Over the next two years, the outpost grew.", "2005", True,
         [("the next two years", "2006/2007")]),
        # no narrative date fine enough: nothing
        ("The probe spent the next five days in a parking orbit.", "2003", True, []),
        ("Over the next two years, the outpost grew.", None, True, []),
        # not past tense: from the document date
        ("Over the next two years, the outpost will grow.", None, False,
         [("the next two years", "2021/2022")]),
    ],
)  # fmt: skip
def test_the_next_years_in_a_past_narrative(text, anchor, past, expected):
    found = find_dates(text, anchor=anchor, document_date="2020", past_tense=past)
    assert [(m.mention, m.value) for m in found] == expected


def test_the_next_years_in_a_past_narrative_in_the_pipeline(make_doc):
    doc = make_doc(["The module docked in 2005.", "Over the next two years, the outpost grew."],
                   year=2020)  # fmt: skip
    assert [d.kb_id_ for d in doc.spans["dates"]] == ["2005", "2006/2007"]
    doc = make_doc(["The module docked long ago.", "Over the next two years, it will grow."],
                   year=2020)  # fmt: skip
    assert [d.kb_id_ for d in doc.spans["dates"]] == ["2021/2022"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bounds and deadlines do not move the narrative's time
        ("Emissions reach net zero no later than 2050.", None),
        ("Operations beyond 2030 are possible.", None),
        ("The work ends by the end of 2026.", None),
        # a point the narrative moves to, planned or past
        ("The module launches no earlier than 2027.", "2027"),
        ("At the end of 2026, the work ended.", "2026"),
        ("In 1961, a person flew.", "1961"),
    ],
)
def test_more_bounds_are_not_anchors(text, expected):
    assert last_absolute(find_dates(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts of a total, doses and journal references are not years
        ("Crews reworked 1100 of 2500 cables.", []),
        ("The dose was 1133 μSv per day.", []),
        ("Orbit Studies. 2011; 7(3):101-109.", []),
        ("J Space Policy. 2015 Jun;31:12-19.", []),
        # years next to them still are
        ("In 2011, crews reworked 100 of 250 cables.", ["2011"]),
        ("In 2011; 40 flights followed: most were crewed.", ["2011"]),
    ],
)
def test_counts_and_journal_references_are_not_years(text, expected):
    assert [m.value for m in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # yearless month and day spans take the anchor's year, like "in March"
        ("From February to April, the crews trained.", "2017",
         [("From February to April", "2017-02/2017-04")]),
        ("Between February and April, the crews trained.", "2017",
         [("Between February and April", "2017-02/2017-04")]),
        ("From 4 May to 8 June the crews trained.", "2017",
         [("From 4 May to 8 June", "2017-05-04/2017-06-08")]),
        ("From November to January the crews trained.", "2017",
         [("From November to January", "2017-11/2018-01")]),
        # "and" without "between" joins nothing; nor a lower-case verb; nor with no anchor
        ("The shift from February and April data was small.", "2017", [("February", "2017-02")]),
        ("From May to march on is hard.", "2017", [("May", "2017-05")]),
        ("From February to April, the crews trained.", None, []),
        # fiscal years between two years
        ("Between fiscal years 2014 and 2016, costs fell.", None,
         [("Between fiscal years 2014 and 2016", "2013-10/2016-09")]),
        ("Between FY2014 and 30 others, costs fell.", None, [("FY2014", "2013-10/2014-09")]),
    ],
)  # fmt: skip
def test_yearless_spans_and_fiscal_pairs(text, anchor, expected):
    found = find_dates(text, anchor=anchor)
    assert [(m.mention, m.value) for m in found] == expected


def test_deictic_dates_in_an_undated_document(make_doc):
    from pipeline.nlp.components.dates import DateFinder

    # "today" in a text with no date of its own is not the last date the text named
    doc = make_doc(["The pact was signed in 1967.", "The ministers met here today and last year."])
    assert doc._.sc_document_date == ""
    assert [s.kb_id_ for s in doc.spans["dates"]] == ["1967"]
    # a quotation told just after a date speaks from that date
    doc = make_doc(["In 1961, the leader spoke.", "“We will fly in this decade,” he said."])
    assert [s.kb_id_ for s in doc.spans["dates"]] == ["1961", "1960/1969"]
    # not a quotation told long after it
    doc = make_doc(
        ["In 1961, the leader spoke.", "Crews trained.", "“We met this year,” she said."]
    )
    assert [s.kb_id_ for s in doc.spans["dates"]] == ["1961"]
    # the narrative fallback, when asked for
    doc = make_doc(["The pact was signed in 1967.", "The ministers met this year and last year."])
    assert [s.kb_id_ for s in doc.spans["dates"]] == ["1967"]
    doc = DateFinder(undated_deictic_from_narrative=True)(doc)
    assert [s.kb_id_ for s in doc.spans["dates"]] == ["1967", "1967", "1966"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency flew crews in 2024 and plans more by 2031.", True),
        ("The agency flew crews in 2025.", True),
        # the latest past year is older; targets after today do not count; no year at all
        ("The agency flew crews in 2019 and plans more by 2031.", False),
        ("The agency plans crews by 2031.", False),
        ("The agency flew crews.", False),
    ],
)
def test_an_undated_text_reads_as_current(text, expected):
    from pipeline.nlp.extract.dates.document import reads_as_current

    assert reads_as_current(text, date(2026, 12, 6)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short decade after one in full is in its century
        ("In the 1940s and 50s, rockets grew.", [("the 1940s", "1940/1949"), ("50s", "1950/1959")]),
        ("In the 1940s, 50 rockets flew.", [("the 1940s", "1940/1949")]),
        ("The pilot was in her 50s.", []),
        # a span to the present: "until today", "to date"
        ("From the 1980s until today, costs fell.", [("the 1980s until today", "1980/2022")]),
        ("In 2001 until today’s flight, costs fell.", [("2001", "2001"), ("today", "2022-06-01")]),
        ("In 2001, to date, no one flew.", [("2001", "2001")]),
    ],
)  # fmt: skip
def test_short_decades_and_spans_to_today(text, expected):
    found = find_dates(text, document_date="2022-06-01")
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "written", "anchor", "expected"),
    [
        # an adjective between "this" and "decade" / "year" keeps it deictic
        ("Emissions must fall in this critical decade.", "2024", None,
         [("this critical decade", "2020/2029")]),
        ("The partners call this decisive year a test.", "2025", None,
         [("this decisive year", "2025")]),
        ("The critical decade of the race began.", "2024", None, []),
        ("Emissions must fall in this critical decade.", None, None, []),
        # "today" of the present in general, not a day
        ("The pact meets the needs of today and tomorrow.", "2024-05-02", None, []),
        ("Rules must fit today's world of crowded orbits.", "2024-05-02", None, []),
        ("The rules must fit the world of today and tomorrow.", "2024", None, []),
        ("The crew docked today and will unload tomorrow.", "2024-05-02", None,
         [("today", "2024-05-02"), ("tomorrow", "2024-05-03")]),
        ("Today's meeting set three goals.", "2024-05-02", None, [("Today", "2024-05-02")]),
        # "yesterday" in a text known by its year only: that year, as "today" (the guide)
        ("The minister announced the pledge yesterday.", "2022", None, [("yesterday", "2022")]),
        ("The minister announced the pledge yesterday.", "2022-03-02", None,
         [("yesterday", "2022-03-01")]),
        # a day without a year is the time the rest of its sentence counts from
        ("The module came on 10 June and moved the next day.", "2024", "1990-05-31",
         [("10 June", "1990-06-10"), ("the next day", "1990-06-11")]),
        ("The module came in 1990 and moved the next day.", "2024", "1990-05-31",
         [("1990", "1990")]),
        ("It docked on 4 May; talks ended two days later.", "2024", "2019-01-10",
         [("4 May", "2019-05-04"), ("two days later", "2019-05-06")]),
        # Japan's fiscal year: April to March, named by its first year
        ("Spending reaches two percent in Japanese fiscal year 2027.", None, None,
         [("fiscal year 2027", "2027-04/2028-03")]),
        ("The target is set for JFY2027 in the plan.", None, None,
         [("JFY2027", "2027-04/2028-03")]),
        ("The agency asked for more in fiscal year 2021.", None, None,
         [("fiscal year 2021", "2020-10/2021-09")]),
        ("A Japanese delegate toured NASA sites in FY 2021.", None, None,
         [("FY 2021", "2020-10/2021-09")]),
        # a number before 1800 that names a minor planet is not a year
        ("The probe flew on to 1620 Geographos afterwards.", None, None, []),
        ("It photographed asteroid 433 Eros closely.", None, None, []),
        ("In 1620 settlers crossed the ocean.", None, None, [("1620", "1620")]),
        ("The 1648 Peace of Westphalia is cited.", None, None, [("1648", "1648")]),
        ("The 1967 Outer Space Treaty applies.", None, None, [("1967", "1967")]),
        # numbers that are not dates, next to the forms above
        ("The crew spent 1,000 days in orbit this decade.", "2023", None,
         [("this decade", "2020/2029")]),
        ("See pages 2019-2023 of the report.", None, None, []),
        ("Section 2020.1 sets the rule.", None, None, []),
        ("“On Tuesday the rocket flew,” the engineer recalled of 1961.", "2024-03-10",
         "1961-04-12", [("1961", "1961")]),
    ],
)  # fmt: skip
def test_rules_from_the_fresh_dates_set(text, written, anchor, expected):
    found = find_dates(text, anchor=anchor, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In FY 2006, JAXA funded a radio telescope.", "2006-04/2007-03"),
        ("Japan's space budget grew in fiscal year 2019.", "2019-04/2020-03"),
        ("In FY 2006, NASA funded a radio telescope.", "2005-10/2006-09"),
        ("In FY 2006, Japan and the United States funded a telescope.", "2005-10/2006-09"),
        ("In FY 2006, the agency funded a radio telescope.", "2005-10/2006-09"),
    ],
)
def test_a_fiscal_year_of_japan_alone_starts_in_april(text, expected):
    assert [m.value for m in find_dates(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "written", "anchor", "expected"),
    [
        ("The orbiter left in 2004, made flybys during the decade and arrived in 2014.", "2026",
         None, [("2004", "2004"), ("the decade", "2000/2009"), ("2014", "2014")]),
        ("Emissions must fall during the decade.", "2024", None, [("the decade", "2020/2029")]),
        ("Costs rose throughout the decade.", "2024", "1987", [("the decade", "1980/1989")]),
        ("Costs rose during the decade that followed.", "2024", "2004", []),
        ("Costs rose during the decade ahead.", "2024", "2004", []),
        ("Costs rose over the decade.", "2024", "2004", []),
        ("Costs rose during the decade of the 1990s.", "2024", "2004", [("the 1990s", "1990/1999")]),
        ("Costs rose during the decade.", None, None, []),
    ],
)  # fmt: skip
def test_during_the_decade_is_the_decade_of_the_narrative(text, written, anchor, expected):
    found = find_dates(text, anchor=anchor, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        # an ordinal day, and more labels of the document's own date
        ("Title\n\nPublished on March 5th, 2024\n\nThe agency said.", None, "2024-03-05"),
        ("Title\n\nMarch 5th, 2024\n\nThe agency said.", None, "2024-03-05"),
        ("Title\n\nDate of publication: 5 March 2024\n\nThe agency said.", None, "2024-03-05"),
        # a month and year alone on a head line, or after a label: the month
        ("Annual review\n\nSeptember 2023\n\nThe agency grew.", None, "2023-09"),
        ("Annual review\n\nPublished: September 2023\n\nThe agency grew.", None, "2023-09"),
        ("Annual review\n\nSeptember 2023\n\nThe agency grew.", 2024, "2024"),
        # not the document's month: inside a sentence, or after the body has begun
        ("Annual review\n\nThe probe launched in September 2023.\n\nIt flew.", None, None),
        ("History\n\nThe station flew. It was a fine time.\n\nSeptember 2023\n\nMore.", None,
         None),
        ("Annual review\n\nLaunch window: September 2023\n\nThe agency grew.", None, None),
        ("Annual review\n\nSection 2020.1\n\nThe agency grew.", None, None),
    ],
)  # fmt: skip
def test_document_date_ordinals_labels_and_months(text, year, expected):
    assert document_date(text, year=year, find=find_dates) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rockets shaped the 20th century, and satellites must shape the 21st.",
         [("the 20th century", "1901/2000"), ("the 21st", "2001/2100")]),
        ("The 19th century and the 20th saw great change.", [("The 19th century", "1801/1900")]),
        ("In the 20th century the team finished 21st.", [("the 20th century", "1901/2000")]),
        ("In the 20th century, the agency ranked the 3rd, behind two others.",
         [("the 20th century", "1901/2000")]),
        ("The 21st was the day of the launch.", []),
    ],
)  # fmt: skip
def test_a_century_named_by_its_ordinal_after_a_century(text, expected):
    assert [(m.mention, m.value) for m in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        # a title that ends with its date
        ("Statement by the President on the Moon Landing, February 23, 2024\n\nIt landed.",
         None, "2024-02-23"),
        ("Remarks at the Space Council — 5 March 2024\n\nThank you all.", None, "2024-03-05"),
        ("Statement on the Landing, February 23, 2024\n\nIt landed.", 2023, "2023"),
        ("The launch slipped until February 23, 2024 and beyond\n\nIt flew.", None, None),
        ("A history of the station, 1998\n\nIt flew.", None, None),
        # a byline's label after a separator; an ISO date after a label
        ("Title\n\nBy A. Writer | Published March 5, 2024 at 10:00 a.m.\n\nBody.", None,
         "2024-03-05"),
        ("Title\n\nReleased on: 2024-03-05\n\nBody.", None, "2024-03-05"),
        ("Title\n\nRelease 2024-03-05-b of the data set\n\nBody.", None, None),
        # a closing "Approved" line
        ("The act applies to all.\n\nApproved November 25, 2015.", None, "2015-11-25"),
        # an event's date on a short head line is not the document's
        ("Photos | Launch scheduled March 5, 2024\n\nBody.", None, None),
    ],
)  # fmt: skip
def test_document_date_titles_bylines_and_approval(text, year, expected):
    assert document_date(text, year=year, find=find_dates) == expected


@pytest.mark.parametrize(
    ("text", "written", "anchor", "expected"),
    [
        # "later / earlier in the year (month, decade)": the narrative's year, month or decade
        ("Later in the year the observatory opened to visitors.", None, "1968",
         [("Later in the year", "1968")]),
        ("Earlier in the month the crew had rested.", None, "2011-05-20",
         [("Earlier in the month", "2011-05")]),
        ("The rover landed, and later in the decade a lander followed.", None, "1973",
         [("later in the decade", "1970/1979")]),
        ("Later in the year of the launch, the crew rested.", None, "1968", []),
        ("Later in the year the observatory opened to visitors.", None, None, []),
        ("In the year 2000 the crew arrived.", None, "1999", [("2000", "2000")]),
    ],
)  # fmt: skip
def test_later_in_the_year_is_the_year_of_the_narrative(text, written, anchor, expected):
    found = find_dates(text, anchor=anchor, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        # "the end of the 2020s" is the decade's last year, like "the end of the decade"
        ("Crewed landings may resume at the end of the 2030s.", "2024",
         [("the end of the 2030s", "2039")]),
        ("By the close of the 1990s the fleet had aged.", None,
         [("the close of the 1990s", "1999")]),
        ("The 2020s will be busy.", "2024", [("The 2020s", "2020/2029")]),
        ("The end of a 1990s programme hurt suppliers.", None, [("1990s", "1990/1999")]),
        # "X to the end of Y" is one range; "between X and the end of Y" too
        ("The lease now runs from 2021 to the end of 2027.", "2024",
         [("from 2021 to the end of 2027", "2021/2027")]),
        ("The lab ran between 2015 and the end of 2020.", "2024",
         [("between 2015 and the end of 2020", "2015/2020")]),
        ("It flew in 2015 and at the end of 2020.", "2024", [("2015", "2015"), ("2020", "2020")]),
        # "from X onward" runs to the document's year, like "since", unless told in the past
        ("From 2015 onward the company has sold launches abroad.", "2026",
         [("2015 onward", "2015/2026")]),
        ("The factory built engines from 1962 onwards.", None, [("1962", "1962")]),
        # "the past N years / decades": the N years up to the document's year
        ("Our alliance has grown stronger over the past six decades.", "2023",
         [("the past six decades", "1963/2023")]),
        ("The port has traded with Asia for the last 150 years.", "2024",
         [("the last 150 years", "1874/2024")]),
        ("Budgets grew in the past few years.", "2024", []),
        ("The last two years of the program were quiet.", "2024", []),
        ("Over the past year, costs doubled.", "2024", []),
        ("Our alliance has grown stronger over the past six decades.", None, []),
        # a standard's number before its device noun is not a year
        ("The rover links to the lander by RS-422 and 1553 cables.", None, []),
        ("In 1553 adapters were unknown.", None, [("1553", "1553")]),
    ],
)  # fmt: skip
def test_decade_ends_ranges_to_an_end_onward_and_the_past_years(text, written, expected):
    found = find_dates(text, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "anchor", "past", "expected"),
    [
        ("In 1998 the station had grown over the past two years.", None, True,
         [("1998", "1998"), ("the past two years", "1996/1998")]),
        ("The factory built engines from 1962 onward.", None, True, [("1962", "1962")]),
        ("The factory built engines from 1962 onward.", None, False,
         [("1962 onward", "1962/2024")]),
        # "for the next N months" is a duration, even told in the past (as the gold set has it)
        ("For the next four weeks the orbiter surveyed both poles.", "2021-02-10", True, []),
    ],
)  # fmt: skip
def test_the_past_years_and_onward_in_a_past_narrative(text, anchor, past, expected):
    found = find_dates(text, anchor=anchor, document_date="2024", past_tense=past)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a yearless day, once resolved, anchors what comes after it
        (("On March 3, the lander woke up.", "Its first photo arrived two days later."),
         ["1994-03-03", "1994-03-05"]),
        # a bound does not
        (("Until March 3, the lander slept.", "Its first photo arrived two days later."),
         ["1994-03-03", "1994-01-27"]),
    ],
)  # fmt: skip
def test_a_yearless_day_anchors_the_next_sentence(text, expected):
    first, second = text
    mentions = find_dates(first, anchor="1994-01-25")
    anchor = last_absolute(mentions, "1994-01-25")
    mentions += find_dates(second, anchor=anchor)
    assert [m.value for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The best-known telescope of the decade mapped the sky in X-rays.", "2013",
         [("the decade", "2010/2019")]),
        ("Work continued for the rest of the decade.", "2013", []),
        ("Planning began for the end of the decade.", "2013", [("the end of the decade", "2019")]),
        ("The best mission of the decade flew.", None, []),
    ],
)  # fmt: skip
def test_of_the_decade_is_the_decade_of_the_narrative(text, anchor, expected):
    found = find_dates(text, anchor=anchor)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        # the head's own date line wins over a date of the running text
        ("Agency Signs Accord\nMarch 5, 2024\n\nThe accord, signed in 2019 and revised on "
         "June 1, 2022, now covers lunar work.", None, "2024-03-05"),
        ("Agency Signs Accord\nMarch 5, 2024\n\nOn Monday, April 15, 2019, the crew landed.",
         None, "2024-03-05"),
        ("Accord Signed, March 5, 2024\n\nOn Monday, April 15, 2019, the crew landed.", None,
         "2024-03-05"),
        # with no head date, a caption's weekday and date still dates the text
        ("Crew Lands\n\nThe crew lands in the desert on Tuesday, May 14, 2024, after a long "
         "flight aboard the capsule, as seen in this photo taken by the agency team.\n\nMore.",
         None, "2024-05-14"),
        # an editor's note about the text itself; not an event of the story
        ("Agency Signs Accord\n\nThe accord covers lunar work.\n\nEditor's note: This release "
         "was updated March 4, 2024", None, "2024-03-04"),
        ("Agency Signs Accord\n\nThe accord covers lunar work. This feature has been revised "
         "on 4 March 2024.", None, "2024-03-04"),
        ("Agency Signs Accord\n\nThe accord, first signed in 2019 and revised on June 1, 2022, "
         "covers lunar work.", None, None),
        ("Agency Signs Accord\n\nThe accord covers lunar work.\n\nThe plan was updated on "
         "June 1, 2022, to add a lander.", None, None),
    ],
)  # fmt: skip
def test_document_date_head_line_wins_over_running_text(text, year, expected):
    assert document_date(text, year=year, find=find_dates) == expected


@pytest.mark.parametrize(
    ("text", "written", "past", "expected"),
    [
        # "over the next N years" in a past narrative counts from the narrative's time ...
        ("The rover landed in 2012. Over the next two years it climbed the hill.", "2024", True,
         [("2012", "2012"), ("the next two years", "2013/2014")]),
        # ... "for the next N months" is a duration (the guide), told in the past or not
        ("The orbiter arrived in June 2019. For the next four months it mapped the poles.",
         "2024", True, [("June 2019", "2019-06")]),
        ("The station will operate for the next five years.", "2024-03-01", False, []),
        # "since" a month of the document's own year is the span to that year ...
        ("Since March 2026 the council has had nine members.", "2026", False,
         [("Since March 2026", "2026-03/2026")]),
        ("Since 4 March 2026 the council has had nine members.", "2026-06-01", False,
         [("Since 4 March 2026", "2026-03-04/2026")]),
        # ... not "since" the document's year itself, nor a month told without "since"
        ("Since 2026 the council has had nine members.", "2026", False, [("2026", "2026")]),
        ("In March 2026 the council had nine members.", "2026", False,
         [("March 2026", "2026-03")]),
        ("The council had met monthly since March 2026.", "2026", False,
         [("March 2026", "2026-03")]),
    ],
)  # fmt: skip
def test_the_next_years_of_a_narrative_and_since_this_year(text, written, past, expected):
    found = find_dates(text, document_date=written, past_tense=past)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        # "from now until X", "between now and X": from the document's year to X
        ("From now until 2030 the agency will hire engineers.", "2024-06-01",
         [("From now until 2030", "2024/2030")]),
        ("Between now and 2035 the two partners will fly six crews.", "2025",
         [("Between now and 2035", "2025/2035")]),
        ("From now through the end of 2028 the fund is closed.", "2024",
         [("From now through the end of 2028", "2024/2028")]),
        # not without a document date, nor a bound without "now", nor "from now on"
        ("From now until 2030 the agency will hire engineers.", None, [("2030", "2030")]),
        ("Until 2030 the budget is fixed.", "2024", [("2030", "2030")]),
        ("From now on, the rover will drive at night; in 2030 it will rest.", "2024",
         [("2030", "2030")]),
        # "the past decade" is the ten years up to the time of writing, as "the past ten years"
        ("Over the last decade, launch costs fell.", "2024-06-01",
         [("the last decade", "2014/2024")]),
        ("The past decade saw six new agencies.", "2024", [("The past decade", "2014/2024")]),
        # not the last decade of a period, nor without a document date
        ("In the last decade of the century, costs fell.", "2024", []),
        ("The last decade before the war was calm.", "2024", []),
        ("Over the last decade, launch costs fell.", None, []),
    ],
)  # fmt: skip
def test_from_now_until_and_the_past_decade(text, written, expected):
    found = find_dates(text, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan's or a programme's name with its year is a name, not a date
        ("The council approved the agency's Strategy 2040 in a short vote.", []),
        ("The Horizon 2020 programme funded four probes.", []),
        ("The kingdom's Vision 2030 plan lists a space agency.", []),
        ("Agenda 2030 asks states to share data.", []),
        # the same words with a preposition, or lower case, keep the year; a law's year is a date
        ("The strategy sets goals for 2040.", [("2040", "2040")]),
        ("Our vision for 2030 is clear.", [("2030", "2030")]),
        ("Under its Strategy, in 2040 the agency will land.", [("2040", "2040")]),
        ("The Space Launch Act of 2015 was passed.", [("2015", "2015")]),
    ],
)  # fmt: skip
def test_a_year_in_a_plans_name(text, expected):
    assert [(m.mention, m.value) for m in find_dates(text, document_date="2024")] == expected


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        # "yesterday" and "tomorrow" in a text known to its year only are that year, as "today"
        ("The two leaders met yesterday in the capital.", "2022", [("yesterday", "2022")]),
        ("Tomorrow the first image will be released.", "2022", [("Tomorrow", "2022")]),
        ("The two leaders met yesterday in the capital.", "2022-11-30",
         [("yesterday", "2022-11-29")]),
        # not without a document date, nor "the next day" of a narrative, nor "last month"
        ("The two leaders met yesterday in the capital.", None, []),
        ("In 2019 the probe flew. The next day it turned.", "2022", [("2019", "2019")]),
        ("The deal was signed last month.", "2022", []),
    ],
)  # fmt: skip
def test_yesterday_and_tomorrow_in_a_text_of_a_known_year(text, written, expected):
    found = find_dates(text, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected
