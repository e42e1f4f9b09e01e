"""The document's own date from the forms that several registers share (fifteenth round, on the
blind dev documents): a line under the title that issues the text on a date (agreements,
resolutions, command papers, frameworks), a wire dateline dated by the lead's weekday, and a
copyright notice run into the line above it. All texts are the team's own; the negative rows
keep what must not be read as the text's date.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.ingest.publisher import head_date_line, is_issuing_line
from pipeline.ingest.text import ingest_md, ingest_txt
from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import document_date_evidence
from pipeline.nlp.extract.dates.issued import issuing_date

TODAY = date(2026, 12, 6)
BODY = "\n\n" + "The two agencies will share the data the orbiter returns. " * 8


def evidence(text: str, year: int | None = None) -> tuple[str | None, str]:
    return document_date_evidence(text, year=year, find=find_dates, today=TODAY)


@pytest.mark.parametrize(
    ("head", "written", "expected"),
    [
        ("Signed at Lisbon on 4 February 2025", "4 February 2025", "2025-02-04"),
        ("Presented to the Assembly by the Minister for Science, 12 May 2025", "12 May 2025",
         "2025-05-12"),
        ("Adopted by the Ministerial Council at its third session, Nairobi, 2 March 2026",
         "2 March 2026", "2026-03-02"),
        ("Resolution adopted by the Assembly on 9 December 2025", "9 December 2025",
         "2025-12-09"),
        ("*Delivered at the Space Forum, Seoul, June 3, 2026*", "June 3, 2026", "2026-06-03"),
        ("(adopted on 21 April 2026)", "21 April 2026", "2026-04-21"),
        # negative: a body sentence that cites another instrument's signing
        ("NOTING the Framework Agreement signed at Lisbon on 4 February 2019, under which "
         "the agencies cooperate,", None, None),
        # negative: the date does not end the line (an event the line goes on to tell)
        ("Signed at Lisbon on 4 February 2025 by the two directors and then filed", None, None),
        # negative: an event that is no issuing of the text
        ("Launched from the northern range on 4 February 2025", None, None),
    ],
)  # fmt: skip
def test_an_issuing_line_under_the_title(head, written, expected):
    text = "Arrangement on a Lunar Camera\n\n" + head + BODY
    assert issuing_date(text) == written
    if expected:
        # an adoption is named as the adoption line at a resolution's end is
        source = "adoption line" if "dopted" in head else "issuing line"
        assert evidence(text) == (expected, source)


def test_three_issuing_lines_are_a_list_not_the_texts_own():
    head = (
        "Instruments in force\n\nSigned at Lisbon on 4 February 2019\n\n"
        "Signed at Oslo on 3 March 2020\n\nSigned at Quito on 9 May 2021"
    )
    assert issuing_date(head + BODY) is None
    assert evidence(head + BODY)[1] != "issuing line"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Signed at Lisbon on 4 February 2025", True),
        ("Presented to Parliament by Command of the Sovereign, 18 March 2025", True),
        ("Resolution adopted by the Assembly on 9 December 2025", True),
        ("**Done at Geneva on 5 May 2024**", True),
        ("Published by the Department of Science and the Ministry of Defence", False),
        ("Signed at Lisbon, the framework sets out the duties of each agency.", False),
        ("Launched on 4 February 2025", False),
        ("5 December 2025", False),
    ],
)
def test_is_issuing_line(line, expected):
    assert is_issuing_line(line) is expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # an issuing line wins over a bare date above it (a header's distribution date)
        (["Assembly", "Distr.: General", "11 December 2025", "Eightieth session",
          "Resolution adopted by the Assembly on 9 December 2025", "The Assembly, recalling its "
          "earlier resolutions on the subject, decides as follows."],
         "Resolution adopted by the Assembly on 9 December 2025"),
        # not over a date line with its place (the text's issue) ...
        (["Lisbon, 6 February 2025", "(adopted on 4 February 2025)",
          "The Council, meeting in Lisbon, agreed on the following text in full."],
         "Lisbon, 6 February 2025"),
        # ... and not after the prose has begun
        (["March 5, 2024", "The minister spoke to the council about the plan today.",
          "Signed at Lisbon on 4 February 2025"], "March 5, 2024"),
    ],
)  # fmt: skip
def test_head_date_line_prefers_an_issuing_line_to_a_bare_date(texts, expected):
    assert head_date_line(texts) == expected


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [
        ("md", "# Arrangement on a Lunar Camera\n\n**Signed at Lisbon on 4 February 2025**\n\n"
         "## Preamble\n\nThe two agencies agree to build and fly a camera together.\n",
         "Signed at Lisbon on 4 February 2025"),
        ("md", "# National Space Plan 2025\n\n*Published by the Department of Science*\n\n"
         "*Presented to Parliament by Command of the Sovereign, 18 March 2025*\n\n"
         "## Foreword\n\nSpace now supports almost every part of our economy and our lives.\n",
         "Presented to Parliament by Command of the Sovereign, 18 March 2025"),
        # negative: an emphasised line under the title that carries no date
        ("md", "# National Space Plan 2025\n\n*Published by the Department of Science*\n\n"
         "## Foreword\n\nSpace now supports almost every part of our economy and our lives.\n",
         ""),
        ("txt", "Assembly\nDistr.: General\n11 December 2025\n\n"
         "Resolution adopted by the Assembly on 9 December 2025\n\n"
         "The Assembly, recalling its earlier resolutions on the subject, decides as follows.\n",
         "Resolution adopted by the Assembly on 9 December 2025"),
    ],
)  # fmt: skip
def test_the_ingesters_keep_the_issuing_line_as_the_date_line(fmt, text, expected):
    parsed = (ingest_txt if fmt == "txt" else ingest_md)(text.encode("utf-8"))
    assert parsed.metadata.date_line == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # the lead's weekday fixes the year: 9 February is a Monday in 2026 only, from the
        # year of the latest date the story tells (2024) to today
        ("SEOUL, Feb. 9 (Agency) -- The exploration chief said Monday that the lander would "
         "fly by 2032. The agency opened in May 2024.", ("2026-02-09", "wire dateline")),
        ("LISBON/ROME, Nov 5 (Wire) - Portugal joined the accords on Wednesday, the fifty-"
         "seventh state to do so.", ("2025-11-05", "wire dateline")),
        # the full stop and the agency between slashes of another wire's dateline
        ("MOSCOW, June 12. /Agency/. The two agencies will finish the design, the director "
         "told reporters on Thursday.", ("2025-06-12", "wire dateline")),
        # negative: a weekday counted from another day does not fix the year (no date)
        ("LISBON/ROME, Nov 5 (Wire) - Portugal said it would join the accords next Wednesday.",
         (None, "")),
        # the report of a plan names the day of the report
        ("LISBON/ROME, Nov 5 (Wire) - Portugal will join the accords by 2027, the minister "
         "said Wednesday.", ("2025-11-05", "wire dateline")),
        # negative: a plan's weekday is a day to come, not the filing's (no year fits then)
        ("LISBON/ROME, Nov 5 (Wire) - Portugal will join the accords on Wednesday, officials "
         "said.", (None, "")),
        # negative: without a weekday the first such day on or after the latest date holds
        ("SEOUL, Feb. 9 (Agency) -- The chief said the lander would fly by 2032. The agency "
         "opened in May 2024.", ("2025-02-09", "wire dateline")),
        # negative: a weekday that no year from the latest date on fits leaves that rule
        ("SEOUL, Feb. 9 (Agency) -- The chief said Tuesday the lander would fly by 2032. The "
         "agency opened in May 2024.", ("2025-02-09", "wire dateline")),
    ],
)  # fmt: skip
def test_a_wire_dateline_dated_by_the_leads_weekday(head, expected):
    assert evidence(head + BODY) == expected


def test_the_metadata_year_still_dates_a_wire_dateline():
    head = "SEOUL, Feb. 9 (Agency) -- The exploration chief said Monday the lander would fly."
    assert evidence(head + BODY, year=2025) == ("2025-02-09", "wire dateline")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("PAPER-26-3.4\n\nThe Fifth Space Law Congress, Lisbon, 5-9 October 2026. Copyright "
         "©2026 by the Federation. All rights reserved.", ("2026", "copyright line")),
        ("PAPER-26-3.4\n\nCopyright © 2025 by the Federation.", ("2025", "copyright line")),
        # negative: a year after a copyright word inside a sentence is no notice
        ("PAPER-26-3.4\n\nThe copyright 2025 rules of the federation apply to all papers.",
         (None, "")),
    ],
)  # fmt: skip
def test_a_copyright_notice_run_into_the_line_above(head, expected):
    assert evidence(head + BODY) == expected
