"""Document dates by general forms and register conventions (nineteenth round, from the blind
documents held out the round before): a place-and-date line with the weekday of the sitting, a
working paper's "This version:" line, a date line in figures with the year first (Korean,
Japanese and Chinese official texts), a news page's date stamped with its clock time, and a
closing sentence in which the text names itself as adopted or signed. All texts are the team's
own; the negative rows keep what must not change.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.ingest.publisher.bibliographic import is_date_line
from pipeline.ingest.text import ingest_md, ingest_txt
from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import document_date_evidence

TODAY = date(2027, 12, 31)


def dated(text: str, today: date = TODAY, markdown: bool = False) -> tuple[str | None, str]:
    """The document date of a plain text (or a Markdown page) as a user's file gives it (front
    matter set aside)."""
    parsed = (ingest_md if markdown else ingest_txt)(text.encode("utf-8"))
    meta = parsed.metadata
    body = "\n\n".join(b.text for b in parsed.blocks)
    head = f"{meta.date_line}\n\n{body}" if meta.date_line else body
    return document_date_evidence(
        head, year=meta.year, find=find_dates, title=meta.title or "", today=today
    )


BODY = (
    "The delegation thanks the Chair for her work and welcomes the new members of the "
    "Committee. It hopes that the coming year will bring agreement on the long-term "
    "sustainability of activities in orbit.\n\n"
    "The delegation stands ready to work with all others to that end.\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Vienna, Wednesday 17 June 2026", True),
        ("Geneva, Monday, 3 May 2027", True),
        ("New York, Friday 9 October 2026.", True),
        ("This version: 30 November 2026", True),
        ("Current draft: 4 March 2027", True),
        # negatives: a weekday that is no weekday, prose, a version with no date
        ("Vienna, Holiday 17 June 2026", False),
        ("Vienna, Wednesday was a long day of talks on 17 June 2026", False),
        ("This version of the plan leaves out the launch schedule.", False),
    ],
)  # fmt: skip
def test_date_lines_of_a_head(line, expected):
    assert is_date_line(line) is expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a delegation's statement: the place and the day of the sitting under the agenda item
        ("STATEMENT BY THE DELEGATION OF KENYA\n\nCOMMITTEE ON THE PEACEFUL USES OF OUTER SPACE\n"
         "Agenda item 5\n\nVienna, Wednesday 17 June 2026\n\n", ("2026-06-17", "head line")),
        # a working paper's own date under its title
        ("INSTITUTE FOR ORBITAL ECONOMICS\nWorking Paper 27/03\n\nLaunch Prices and Partners\n\n"
         "This version: 30 November 2026\nDraft; please do not quote.\n\n",
         ("2026-11-30", "date line")),
        # negatives: a weekday the date does not fall on (the line gives no day; the year of
        # the latest date at the head is the last resort); a place and weekday without a date
        ("STATEMENT BY THE DELEGATION OF KENYA\n\nVienna, Thursday 17 June 2026\n\n",
         ("2026", "latest date")),
        ("STATEMENT BY THE DELEGATION OF KENYA\n\nVienna, Wednesday\n\n", (None, "")),
    ],
)  # fmt: skip
def test_a_placed_weekday_line_and_a_version_line_date_the_text(head, expected):
    assert dated(head + BODY) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Minutes of the Committee\n\nNo. 4\n\nDate: 2026. 11. 24. (Tuesday)\n"
         "Place: Room 5\n\n", ("2026-11-24", "date line in figures")),
        ("Minutes of the Committee\n\nDate: 2027.3.9\n\n", ("2027-03-09", "date line in figures")),
        ("Record of the Meeting\n\nSeoul, 2026/10/02\n\n", ("2026-10-02", "date line in figures")),
        # negatives: a month that is none (the label's year alone, as the reader takes it), a
        # year and a number without the day, a year-first date that is not on a date line
        ("Minutes of the Committee\n\nDate: 2026. 13. 24.\n\n", ("2026", "metadata year")),
        ("Minutes of the Committee\n\nBudget: 2026.11\n\n", (None, "")),
        ("Minutes of the Committee\n\nThe panel counted 2026. 11 members came.\n\n", (None, "")),
    ],
)  # fmt: skip
def test_a_date_line_in_figures_with_the_year_first(head, expected):
    assert dated(head + BODY) == expected


def test_a_year_first_date_after_the_day_of_the_run_is_no_date_of_writing():
    text = "Minutes of the Committee\n\nDate: 2027. 01. 15.\n\n" + BODY
    found = document_date_evidence(text, find=find_dates, today=date(2026, 12, 7))
    assert found[1] != "date line in figures"
    assert document_date_evidence(text, find=find_dates, today=TODAY) == (
        "2027-01-15",
        "date line in figures",
    )


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a Markdown page's byline, the stamp on the line under the name
        ("**ORBIT NEWS** | English service\n\n# A new probe for the Moon\n\n"
         "By **Jane Okafor**, Science Correspondent\n19.11.2026 | 14:32 (GMT+3) · Listen: 5 min"
         "\n\n", ("2026-11-19", "date line in figures")),
        ("ORBIT NEWS\n\nA new probe for the Moon\n\n05.03.2027, 09:15\n\n",
         ("2027-03-05", "date line in figures")),
        # an order of day and month that cannot be told: the year only
        ("ORBIT NEWS\n\nA new probe for the Moon\n\n05/03/2027 09:15\n\n",
         ("2027", "date line in figures")),
        # negatives: a date in figures without a clock time, a score, a version number
        ("ORBIT NEWS\n\nA new probe for the Moon\n\nTable 3: 12.5.2024 tests\n\n", (None, "")),
        ("ORBIT NEWS\n\nA new probe for the Moon\n\nRelease v1.2.2026 ships 14:32 logs\n\n",
         (None, "")),
    ],
)  # fmt: skip
def test_a_date_in_figures_stamped_with_its_clock_time(head, expected):
    assert dated(head + BODY, markdown=head.startswith("**")) == expected


TOR_BODY = (
    "TERMS OF REFERENCE\n\nJoint Working Group on Space Weather\n\n"
    "1. The two agencies signed a memorandum of understanding on 14 May 2025, and this group "
    "carries out its fourth article.\n\n"
    "2. The group meets twice a year and reports to the heads of the agencies each year.\n\n"
)


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        ("These Terms of Reference were adopted at the first meeting of the Working Group in "
         "Tromsø on 26 November 2026.\n\n(signed) (signed)\n", "2026-11-26"),
        ("This Implementing Arrangement was signed in Nairobi on 4 May 2026.\n", "2026-05-04"),
        ("The present Minutes were agreed by both delegations on October 7, 2026.\n",
         "2026-10-07"),
        # negatives: an instrument the text recounts (no demonstrative), a lower-case noun of a
        # story, a date that does not end the sentence
        ("The Treaty was signed in London on 27 January 1967.\n", None),
        ("This agreement was signed on 4 May 2026, officials said.\n", None),
        ("This Arrangement was signed on 4 May 2026 and replaces the one of 2019.\n", None),
    ],
)  # fmt: skip
def test_a_closing_sentence_that_adopts_the_text(foot, expected):
    found, source = dated(TOR_BODY + foot)
    if expected:
        assert (found, source) == (expected, "adoption line")
    else:
        assert source != "adoption line"


def test_a_labelled_date_line_after_a_news_page_s_standfirst_dates_it():
    page = (
        "THE DAILY ORBIT\n\nHome | News | Science | Sport\n\n"
        "Two agencies sign a data pact\n\n"
        "The two agencies will share images and train engineers under a deal signed on Monday.\n\n"
        "From Ada Nwosu, Lagos\n"
        "Published: Wednesday, November 4, 2026 | 7:10 am\n\n"
        "The two agencies on Monday signed a memorandum on the exchange of images.\n\n"
        "Officials said more partners could join the pact next year.\n"
    )
    assert dated(page) == ("2026-11-04", "issuing line")


@pytest.mark.parametrize(
    "page",
    [
        # negatives: a bare date after the standfirst (a timeline's entry), a labelled date line
        # after a second paragraph of prose
        "THE DAILY ORBIT\n\nTwo agencies sign a data pact\n\n"
        "The two agencies will share images and train engineers under a new deal.\n\n"
        "November 4, 2026\n\nThe first images reached Lagos within hours of the launch.\n",
        "THE DAILY ORBIT\n\nTwo agencies sign a data pact\n\n"
        "The two agencies will share images and train engineers under a new deal.\n\n"
        "The deal runs for five years and may be renewed by both sides.\n\n"
        "Updated: November 4, 2026\n\nThe first images reached Lagos within hours.\n",
    ],
)
def test_a_date_after_the_prose_began_is_no_date_line(page):
    assert ingest_txt(page.encode("utf-8")).metadata.date_line == ""


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a day-first style's clock ("17h42") settles the order of a slashed date
        ("Agency news\n\nPublished 10/03/2027 17h42 | Updated 11/03/2027 09h15\n\n",
         ("2027-03-10", "date line in figures")),
        ("Agency news\n\nPublished 04/05/2027 às 9h05\n\n", ("2027-05-04", "date line in figures")),
        # negatives: a clock with a colon leaves the order open (the year only); a day above
        # twelve is read as ever
        ("Agency news\n\nPublished 10/03/2027 17:42\n\n", ("2027", "date line in figures")),
        ("Agency news\n\nPublished 03/25/2027 5h42\n\n", ("2027-03-25", "date line in figures")),
    ],
)  # fmt: skip
def test_a_clock_written_with_an_h_reads_a_slashed_date_day_first(head, expected):
    assert dated(head + BODY) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Coast Radio\n\nMorning Report\n\nMorning Report / By Ana Lima and Sam Roe\n"
         "Broadcast Thu 18 Feb 2027 at 7:40am\n\n", ("2027-02-18", "byline")),
        ("Coast Radio\n\nMorning Report\n\nFirst broadcast: Monday 3 May 2027\n\n",
         ("2027-05-03", "head line")),
        # negative: a story's broadcast, told in a sentence of the body
        ("Coast Radio\n\nMorning Report\n\n", (None, "")),
    ],
)  # fmt: skip
def test_a_broadcast_line_dates_a_programme_page(head, expected):
    body = BODY
    if expected[0] is None:
        body = "The speech was broadcast on 5 May 2020 to the whole region.\n\n" + BODY
    found = dated(head + body)
    assert found == expected if expected[0] else found[1] not in ("byline", "head line")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a sitting's part of the day or its weekday in brackets after the date line
        ("PUBLIC BILL COMMITTEE\n\nThursday 5 November 2026 (Morning)\n\n",
         ("2026-11-05", "head line")),
        ("PUBLIC BILL COMMITTEE\n\nThursday 5 November 2026 (Afternoon sitting)\n\n",
         ("2026-11-05", "head line")),
        ("MINUTES OF THE COMMITTEE\n\nNovember 24, 2026 (Tuesday)\n\n",
         ("2026-11-24", "head line")),
        # a meeting's or a hearing's labelled date
        ("MINUTES OF THE COMMITTEE\n\nMeeting date: 24/11/2026\n\n",
         ("2026-11-24", "date line in figures")),
        ("MINUTES OF THE COMMITTEE\n\nHearing date: November 24, 2026\n\n",
         ("2026-11-24", "date line")),
        # a select committee's transcript
        ("SELECT COMMITTEE\n\nOral evidence taken on Wednesday 18 November 2026\n\n",
         ("2026-11-18", "issuing line")),
        ("SELECT COMMITTEE\n\nEvidence heard in public on Tuesday, 17 November 2026\n\n",
         ("2026-11-17", "issuing line")),
        # negatives: a bracket that is no part of a sitting, evidence of an earlier year told in
        # a sentence
        ("PUBLIC BILL COMMITTEE\n\nThursday 5 November 2026 (see annex)\n\n", (None, "")),
        ("SELECT COMMITTEE\n\nThe evidence taken in 2019 showed a rise in launches.\n\n",
         (None, "")),
    ],
)  # fmt: skip
def test_a_sitting_s_date_line(head, expected):
    assert dated(head + BODY) == expected
