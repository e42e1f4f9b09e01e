"""Date forms the twenty-second round's study of blind dev found missed or over-read (dates22).

Each is a general form of a register or of English, not one document's wording:

* a number after a label that names a place or a paper is not a year: a hearing's room ("in
  room 2172"), a House or Senate resolution ("H. Res. 1102", where "Res." must not end the
  sentence before its number);
* "FY" inside a code ("part FY2028-A", "FA8811-FY2027-0012") is no fiscal year;
* a fiscal year in a sentence that counts money in yen, or in a story filed from Japan (a
  Japanese city's dateline) whose sentence names no other government, is Japan's (April to
  March, named by its first year), as the guide counts the Diet's;
* "the next decade" or "the next N years" in a past-tense sentence that reports a view as
  held ("was seen as unlikely within the next decade", a meeting report's account of its
  participants), sentences after the last date, counts from the day of writing, as reported
  speech does; an event narrated there still counts from the narrative's time;
* a status page's stamp ("Status as at: 4 December 2026") dates the page, not the place and
  date of the treaty it shows above it ("Vienna, 12 June 2025").

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
from pipeline.nlp.extract.dates.document import document_date_evidence
from pipeline.nlp.extract.dates.fiscal import japanese_story
from pipeline.nlp.extract.dates.handlers import names_another_government

TODAY = date(2027, 12, 31)


def values(text: str, **kw) -> list[tuple[str, str]]:
    return [(m.mention, m.value) for m in find_dates(text, **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The panel met at 10:04 a.m. in room 2172 of the office building.", []),
        ("The subcommittee sat in Room 1334, Longworth House Office Building.", []),
        ("The talks moved to suite 1210 of the hotel on the second day.", []),
        # a year after "room" that is a date still is one
        ("There was no room in 2026 for a second launch pad.", [("2026", "2026")]),
        ("The room was rebuilt in 2019 for the control team.", [("2019", "2019")]),
    ],
)
def test_a_rooms_number_is_not_a_year(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        ["The chair now calls up H. Res. 1102, condemning the test of March 3, 2026."],
        ["Without objection, H. Res. 1102 is agreed to.", "The clerk will report the bill."],
        ["The Senate adopted S. Res. 417 by unanimous consent.", "It names the week."],
        ["The House passed H. Con. Res. 88 without debate.", "The Senate has not acted."],
    ],
)
def test_a_resolutions_designation_does_not_end_a_sentence(make_doc, sentences):
    doc = make_doc(" ".join(sentences))
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == sentences
    assert not [s.text for s in doc.spans["dates"] if s.text in {"1102", "417", "88"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Cabinet Office has budgeted 3.4 billion yen for receivers in fiscal 2027.",
            [("fiscal 2027", "2027-04/2028-03")],
        ),
        (
            "About 900 million yen is set aside for the ground segment in fiscal year 2026.",
            [("fiscal year 2026", "2026-04/2027-03")],
        ),
        # no yen, no Japan: the US federal year (the pipeline's default)
        (
            "The agency has budgeted $40 million for receivers in fiscal 2027.",
            [("fiscal 2027", "2026-10/2027-09")],
        ),
        # yen beside another government: whose year it is stays open, the default holds
        (
            "NASA will pay 2 billion yen for the rover in fiscal 2027.",
            [("fiscal 2027", "2026-10/2027-09")],
        ),
    ],
)
def test_a_fiscal_year_counted_in_yen_is_japans(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depot ordered part FY2028-A for the ground station.", []),
        ("Contract FA8811-FY2027-0012 covers the tracking service.", []),
        ("Lot FY2027-B2 of the receivers shipped late.", []),
        # a fiscal year before a hyphen and a word, or after a range's hyphen, stays one
        ("The FY 2027-funded work on the lander resumed.", [("FY 2027", "2026-10/2027-09")]),
        ("The FY2026-FY2028 plan adds two launches.", [("FY2026-FY2028", "2025-10/2028-09")]),
        ("The FY2025-26 Budget funds the agency.", [("FY2025-26", "2025/2026")]),
    ],
)
def test_fy_inside_a_code_is_no_fiscal_year(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("TOKYO -- The company said on Thursday it had won an order.", True),
        ("TOKYO, May 3 (Kyodo) - Japan and India agreed to study a lander.", True),
        ("TSUKUBA — The agency opened a new test hall on Monday.", True),
        ("<p>TOKYO -- A launch was set for the spring.</p>", True),
        # a story filed elsewhere, or Tokyo named in a sentence, is not filed from Japan
        ("MANILA — Japan and the Philippines agreed on Monday to run joint trials.", False),
        ("WASHINGTON -- The agency said Tokyo would join the programme.", False),
        ("Officials in Tokyo said the plan was on track.", False),
    ],
)
def test_a_story_filed_from_japan_is_known_by_its_dateline(head, expected):
    assert japanese_story(head + "\n\nThe rest of the story follows here.") is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MHI plans to raise the flight rate to ten a year by fiscal 2027.", False),
        ("The ministry will spend more on rockets in fiscal 2028.", False),
        ("NASA's budget for fiscal 2027 cuts the lander.", True),
        ("The European partners will pay for the module in fiscal 2028.", True),
    ],
)
def test_a_sentence_that_names_another_government(sentence, expected):
    assert names_another_government(sentence) is expected


def test_a_story_filed_from_japan_counts_in_japans_fiscal_years(make_doc):
    story = [
        "TOKYO -- The rocket maker said on Thursday that it had won a launch order from a "
        "Gulf operator.",
        "The company plans to raise the flight rate to ten a year by fiscal 2027.",
        "NASA's budget for fiscal 2027 leaves out the lander, analysts noted.",
    ]
    doc = make_doc(story, year=2026)
    found = {(s.text, s.kb_id_) for s in doc.spans["dates"] if "fiscal" in s.text}
    assert found == {("fiscal 2027", "2027-04/2028-03"), ("fiscal 2027", "2026-10/2027-09")}
    # the same sentence in a story filed from Washington: the US year
    doc = make_doc(["WASHINGTON -- " + story[0], story[1]], year=2026)
    assert [s.kb_id_ for s in doc.spans["dates"] if "fiscal" in s.text] == ["2026-10/2027-09"]


@pytest.mark.parametrize(
    ("text", "recent", "expected"),
    [
        # the sentence or the one before set the story's time: from that time
        (
            "In 2021 the panel met, and a shared catalogue was seen as unlikely within the "
            "next decade.",
            False,
            [("2021", "2021"), ("the next decade", "2022/2031")],
        ),
        (
            "Over the next two years, the station was seen as a model.",
            True,
            [("the next two years", "2022/2023")],
        ),
        # an event narrated sentences after its date still counts from the narrative's time
        (
            "The crew spent the next two years in orbit building the station.",
            False,
            [("the next two years", "2022/2023")],
        ),
        # a view reported as held, sentences after the last date: from the day of writing
        (
            "A shared catalogue was seen as desirable but unlikely within the next decade.",
            False,
            [("the next decade", "2027/2036")],
        ),
        (
            "Most participants judged a binding code unlikely over the next five years.",
            False,
            [("the next five years", "2027/2031")],
        ),
        (
            "The director said the centre expected to double over the next two years.",
            False,
            [("the next two years", "2027/2028")],
        ),
    ],
)
def test_the_next_decade_in_a_view_reported_in_the_past(text, recent, expected):
    found = find_dates(
        text, anchor="2021", recent_anchor=recent, document_date="2026-06-22", past_tense=True
    )
    assert [(m.mention, m.value) for m in found] == expected


STATUS_PAGE = (
    "UNITED NATIONS TREATY COLLECTION\n\nSTATUS OF TREATIES\n\n"
    "3. CONVENTION ON THE EXCHANGE OF ORBITAL DATA\n\n"
    "Nairobi, 14 March 2024\n\n"
    "Status as at: 2 November 2026 09:12:05 EST\n\n"
    "Entry into force: 1 June 2026, in accordance with article 12.\n\n"
    "Note: The Convention was adopted on 14 March 2024 by a conference held at Nairobi. "
    "It entered into force on 1 June 2026, after the tenth ratification.\n"
)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "CONVENTION ON ORBITAL DATA",
                "Nairobi, 14 March 2024",
                "Status as at: 2 November 2026",
            ],
            "Status as at: 2 November 2026",
        ),
        (["REGISTER OF LAUNCHES", "As at: 1 July 2026"], "As at: 1 July 2026"),
        # without a stamp, the place and date line is the text's
        (["CONVENTION ON ORBITAL DATA", "Nairobi, 14 March 2024"], "Nairobi, 14 March 2024"),
        # a report's sentence is no stamp
        (
            [
                "ANNUAL REPORT",
                "Paris, 3 March 2026",
                "As at 30 June 2025 the agency employed 120 people in three offices.",
            ],
            "Paris, 3 March 2026",
        ),
    ],
)
def test_a_status_stamp_is_the_head_date_line(lines, expected):
    assert head_date_line(lines) == expected


def test_a_status_page_is_dated_by_its_stamp(tmp_path: Path):
    path = tmp_path / "status.txt"
    path.write_text(STATUS_PAGE, encoding="utf-8")
    document = ingest(path)
    text, _ = join_blocks(document)
    if document.metadata.date_line:
        text = f"{document.metadata.date_line}\n\n{text}"
    found = document_date_evidence(text, year=document.metadata.year, find=find_dates, today=TODAY)
    assert found == ("2026-11-02", "date line")
    # the same page without its stamp: the treaty's own place and date
    path.write_text(STATUS_PAGE.replace("Status as at: 2 November 2026 09:12:05 EST\n\n", ""))
    document = ingest(path)
    assert document.metadata.date_line == "Nairobi, 14 March 2024"
