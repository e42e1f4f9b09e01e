"""Date forms the twenty-first round's study of blind dev found missed or over-read (dates21).

Each is a general form of a register or of English, not one document's wording:

* an act's own day is its day of assent, as Commonwealth acts print it under the long title
  ("DATE OF ASSENT: 3rd November, 2026", "[Assented to 17 July 2026]"), not the day it comes
  into force;
* a digital library's record of a conference paper prints the conference's days above the day
  it added the paper ("Date of Conference: ..." / "Date Added to IEEE Xplore: ..."): the paper
  is dated by the second, as a journal article by its online step;
* a parliamentary paper's or a letterhead's header sets the paper's date in figures in its
  right column ("21. Wahlperiode        03.12.2026"), also once a reader has joined the columns
  with one space;
* "Today's" before a noun of one day's act ("Today's arrangement is the first ...") is the day
  of writing, where "Today's competition is ..." is the present in general;
* an appositive that picks one of the acts a clause told as done ("have held three reviews,
  the last of them in February") dates a done act: the last such month before the day of
  writing, not a month of a plan's year the sentence before named.

Every text is the team's own, marked by docs/annotation-guide.md; each table has negative
cases beside the positive ones.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.document import join_blocks
from pipeline.ingest import ingest
from pipeline.ingest.publisher import head_date_line
from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import document_date_evidence, generic_today

TODAY = date(2027, 12, 31)


def own_date(text: str) -> str | None:
    return document_date_evidence(text, find=find_dates, today=TODAY)[0]


def file_date(path: Path) -> str | None:
    """The document date of a file as the dates component reads it: the ingested text with the
    date line the reader set aside put back as its first line."""
    document = ingest(path)
    text, _ = join_blocks(document)
    if document.metadata.date_line:
        text = f"{document.metadata.date_line}\n\n{text}"
    return document_date_evidence(text, year=document.metadata.year, find=find_dates, today=TODAY)[
        0
    ]


BODY = (
    "The agency shall license every launch from the national territory and keep a register "
    "of the objects it sends into orbit.\n"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("SPACE ACTIVITIES ACT, 2026\n\nDATE OF ASSENT: 3rd November, 2026.\n\n", "2026-11-03"),
        ("Outer Space Operations Act 2026\n\nDate of Assent: 14 May 2026\n\n", "2026-05-14"),
        ("Space Industry Act 2026\n\n[Assented to 17 July 2026]\n\n", "2026-07-17"),
        ("Space Industry Act 2026\n\nDate of Royal Assent: 2 March 2026\n\n", "2026-03-02"),
        # the day it comes into force, told before, is not the act's own day
        (
            "Space Activities Act\n\nThis Act comes into force on 1 July 2027.\n\n"
            "Date of Assent: 3 November 2026\n\n",
            "2026-11-03",
        ),
    ],
)
def test_an_acts_day_of_assent_dates_it(head, expected):
    assert own_date(head + BODY) == expected


def test_a_commencement_line_is_no_label_of_the_acts_day():
    assert own_date("Space Activities Act\n\nDate of commencement: 1 July 2027\n\n" + BODY) != (
        "2027-07-01"
    )


def test_a_digital_librarys_added_day_dates_the_paper_not_the_conference():
    texts = [
        "Conferences > 2026 International Conference on Mission Operations",
        "Date of Conference: 18-21 May 2026",
        "Date Added to IEEE Xplore: 24 June 2026",
        "Conference Location: Daejeon, Korea",
    ]
    assert head_date_line(texts) == "Date Added to IEEE Xplore: 24 June 2026"
    assert own_date("Date Added to IEEE Xplore: 24 June 2026\n\n" + BODY) == "2026-06-24"
    # the conference's days alone are no date line of the paper; other labels still are
    assert head_date_line(["Date of Conference: 18-21 May 2026", "Authors: A. Rao"]) == ""
    assert head_date_line(["Conference dates: 4-6 May 2026"]) == ""
    assert head_date_line(["Meeting date: 5 May 2026"]) == "Meeting date: 5 May 2026"
    assert head_date_line(["Date of publication: 2 July 2026"]) == (
        "Date of publication: 2 July 2026"
    )


def test_a_library_page_saved_as_text_is_dated_by_its_added_day(tmp_path):
    page = tmp_path / "paper.txt"
    page.write_text(
        "IEEE Xplore | Browse | Help | Sign In\n"
        "Conferences > 2026 Symposium on Orbital Safety\n\n"
        "Shared Tracking for Small Operators: A Federated Design\n"
        "Publisher: IEEE | Cite This | PDF\n\n"
        "Mei Ling Tan; Oliver Grant\n"
        "Date of Conference: 9-12 March 2026\n"
        "Date Added to IEEE Xplore: 20 April 2026\n"
        "DOI: 10.1109/SOS70111.2026.1000123\n"
        "Conference Location: Perth, Australia\n\n"
        "Small operators in the region rely on one foreign catalogue for their warnings, and "
        "this paper describes a way for them to pool their own observations.\n\n"
        "Three national networks took part in the trial, which ran for six months.\n",
        encoding="utf-8",
    )
    assert file_date(page) == "2026-04-20"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("21. Wahlperiode                              03.12.2026\n\nAnswer\n\n", "2026-12-03"),
        ("21. Wahlperiode 03.12.2026\n\nAnswer of the Federal Government\n\n", "2026-12-03"),
        ("Ref. 114/2026            05.03.2027\n\nNote to the committee\n\n", "2027-03-05"),
        # an event's date in figures, or a labelled deadline, is no column of the header
        ("Offer valid until 03.12.2026\n\nAnswer\n\n", None),
        ("Deadline: 03.12.2026\n\nAnswer\n\n", None),
        # a line of prose that ends with a date in figures is no header's column
        ("The committee will meet again on the first Tuesday after 03.12.2026\n\n", None),
    ],
)
def test_a_headers_right_column_date_in_figures(head, expected):
    assert own_date(head + BODY) == expected


def test_a_printed_papers_header_saved_as_text(tmp_path):
    paper = tmp_path / "answer.txt"
    paper.write_text(
        "Deutscher Bundestag                                  Drucksache 21/5120\n"
        "21. Wahlperiode                                              14.01.2027\n\n"
        "Answer\nof the Federal Government\n\n"
        "to the minor interpellation by the Members of the parliamentary group\n\n"
        "Satellite services for disaster relief\n\n"
        "The Federal Government has funded two receiving stations for disaster relief since "
        "2022 and plans a third.\n\n"
        "1. How many stations does the Federal Government fund?\n\n"
        "It funds two stations at present.\n",
        encoding="utf-8",
    )
    assert file_date(paper) == "2027-01-14"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # a day's own act after "Today's": the day of writing
        ([("Today", "NN"), ("'s", "POS"), ("arrangement", "NN"), ("is", "VBZ"),
          ("the", "DT"), ("first", "JJ")], False),
        ([("Today", "NN"), ("'s", "POS"), ("historic", "JJ"), ("agreement", "NN"),
          ("opens", "VBZ"), ("a", "DT"), ("new", "JJ"), ("chapter", "NN")], False),
        ([("Today", "NN"), ("'s", "POS"), ("joint", "JJ"), ("statement", "NN"),
          ("sets", "VBZ"), ("three", "CD"), ("goals", "NNS")], False),
        # the present in general after "Today's"
        ([("Today", "NN"), ("'s", "POS"), ("competition", "NN"), ("is", "VBZ"),
          ("fought", "VBN"), ("through", "IN"), ("partners", "NNS")], True),
        ([("Today", "NN"), ("'s", "POS"), ("satellites", "NNS"), ("are", "VBP"),
          ("cheaper", "JJR")], True),
        ([("Today", "NN"), ("'s", "POS"), ("orbital", "JJ"), ("economy", "NN"),
          ("depends", "VBZ"), ("on", "IN"), ("data", "NNS")], True),
    ],
)  # fmt: skip
def test_todays_act_is_the_day(words, expected):
    assert generic_today(words) is expected


PLAN_YEAR = "2028-07/2028-12"  # "The first launch is planned for the second half of 2028."
WRITTEN = "2027-03-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our engineers have already held three joint reviews of the pad, the last of them "
            "in Daejeon in February.",
            ["2027-02"],
        ),
        ("The agencies signed four accords, the most recent in May.", ["2026-05"]),
        ("The two teams completed five tests, the latest one in January.", ["2027-01"]),
        # a plan's acts stay in the plan's time
        ("The teams will hold three joint reviews, the last of them in February.", ["2028-02"]),
        ("Three reviews are planned, the first of them in October.", ["2028-10"]),
    ],
)
def test_an_appositive_that_picks_a_done_act(text, expected):
    found = find_dates(text, document_date=WRITTEN, anchor=PLAN_YEAR)
    assert [m.value for m in found] == expected


@pytest.mark.parametrize(
    ("text", "anchor", "recent", "written", "expected"),
    [
        # "then" is the date the sentence before set: the span from it to the year of writing
        ("Since then the two agencies have met every spring.", "2023-09", True, "2026-12-03",
         [("Since then", "2023-09/2026")]),
        ("Since then, forty states have joined the accords.", "2020", True, "2024",
         [("Since then", "2020/2024")]),
        ("And since then, the station has never been empty.", "2019", True, "2026-05-02",
         [("since then", "2019/2026")]),
        ("Since then, it has flown twice, in 2024 and 2025.", "2021", True, "2026",
         [("Since then", "2021/2026"), ("2024", "2024"), ("2025", "2025")]),
        # a month of the year of writing is a span still, as "since March 2026" is
        ("Since then, no test has been held.", "2026-03", True, "2026-05-02",
         [("Since then", "2026-03/2026")]),
        # negatives: the sentence before set no absolute date ("Last year ..."), the text has
        # no date, the anchor reaches the year of writing, or "then" inside the dated sentence
        ("Since then, thirty states have joined us.", "2022", False, "2023", []),
        ("Since then, thirty states have joined us.", "2022", True, None, []),
        ("Since then, no test has been held.", "2026", True, "2026-05-02", []),
        ("The country launched its first satellite in 2003 and six more since then.", None,
         False, "2026", [("2003", "2003")]),
        ("Since then until the merger, the office kept its name.", "1991", True, "2026", []),
    ],
)  # fmt: skip
def test_since_then_opening_a_sentence(text, anchor, recent, written, expected):
    found = find_dates(text, anchor=anchor, recent_anchor=recent, document_date=written)
    assert [(m.mention, m.value) for m in found] == expected


def test_since_then_spans_to_a_date_the_text_gives_itself(make_doc):
    story = [
        "LISBON, 9 February 2026 – The agency opened its ground station in Santa Maria today.",
        "The agency joined the tracking network in March 2021. Since then it has followed "
        "forty missions.",
    ]
    doc = make_doc(story)
    assert ("Since then", "2021-03/2026") in [(s.text, s.kb_id_) for s in doc.spans["dates"]]
    # an article with no date of its own, dated by its metadata's year: no span
    article = [
        "The agency joined the tracking network in March 2021. Since then it has followed "
        "forty missions."
    ]
    doc = make_doc(article, year=2026)
    assert [s.text for s in doc.spans["dates"]] == ["March 2021"]
    # nor one dated only by a guess from the latest date it names (written then or after)
    doc = make_doc(article)
    assert [s.text for s in doc.spans["dates"]] == ["March 2021"]
