"""The document's own date in two forms the guide decided in the twenty-second round: a UN
draft resolution that records its own adoption is dated by the vote, not by the date under its
"Distr." line, and a treaty status page by its "Status as at" stamp, not by the place and day
of the treaty's adoption printed under its title. All texts are the team's own; the negative
rows keep what must not be read as the text's date.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.ingest.text import ingest_txt
from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.action import action_record_date
from pipeline.nlp.extract.dates.document import document_date_evidence

TODAY = date(2026, 12, 6)

DRAFT_HEAD = (
    "United Nations                                   {symbol}\n"
    "General Assembly                                 Distr.: Limited\n"
    "                                                 14 October 2026\n"
    "                                                 Original: English\n\n"
    "Eighty-first session\nFirst Committee\nAgenda item 94\n\n"
    "Chile, Kenya and Thailand: draft resolution\n\n"
    "Sharing of orbital data for the safety of space operations\n\n"
    "The General Assembly,\n\n"
    "Recognizing that the safety of satellites depends on the data their operators share,\n\n"
    "1. Encourages all States to exchange information on the objects they launch;\n\n"
)


def evidence(text: str, year: int | None = None) -> tuple[str | None, str]:
    return document_date_evidence(text, year=year, find=find_dates, today=TODAY)


@pytest.mark.parametrize(
    ("symbol", "record", "expected"),
    [
        ("A/C.1/81/L.22",
         "At its 20th meeting, on 30 October 2026, the Committee adopted draft resolution "
         "A/C.1/81/L.22 without a vote.", "30 October 2026"),
        # a revised draft is the same draft, whichever copy carries the revision number
        ("A/C.1/81/L.22/Rev.1",
         "At its 21st meeting, on 2 November 2026, the First Committee adopted revised draft "
         "resolution A/C.1/81/L.22/Rev.1 by a recorded vote of 150 to 3.", "2 November 2026"),
        ("A/C.4/81/L.7",
         "At its 9th meeting, on November 5, 2026, the Committee adopted draft decision "
         "A/C.4/81/L.7/Rev.2 without a vote.", "November 5, 2026"),
        ("A/AC.105/L.341",
         "At its 812th meeting, on 18 June 2026, the Committee on the Peaceful Uses of Outer "
         "Space adopted draft resolution A/AC.105/L.341.", "18 June 2026"),
        # negative: the record adopts another draft (a report lists several; a draft recalls)
        ("A/C.1/81/L.22",
         "At its 19th meeting, on 28 October 2026, the Committee adopted draft resolution "
         "A/C.1/81/L.9 without a vote.", None),
        # negative: no day, only the meeting
        ("A/C.1/81/L.22",
         "At its 20th meeting, the Committee adopted draft resolution A/C.1/81/L.22 without a "
         "vote.", None),
        # negative: a vote told of a resolution of another year, no draft adopted
        ("A/C.1/81/L.22",
         "On 7 December 2024, the General Assembly adopted resolution 79/21 on the same "
         "subject.", None),
    ],
)  # fmt: skip
def test_a_draft_is_dated_by_the_record_of_its_own_adoption(symbol, record, expected):
    text = DRAFT_HEAD.format(symbol=symbol) + "Action in the First Committee\n\n" + record + "\n"
    assert action_record_date(text[:3000], text) == expected
    found = evidence(text)
    if expected:
        assert found[1] == "adoption line"
        assert found[0] == find_dates(expected)[0].value
    else:
        # the draft with no record of its adoption keeps the day under its "Distr." line
        assert found[0] == "2026-10-14"


def test_a_draft_symbol_only_in_the_title_still_names_the_draft():
    """The reader joins the head's lines into the title and may drop the revision's number;
    the draft is named by its symbol there."""
    record = (
        "At its 21st meeting, on 2 November 2026, the Committee adopted draft resolution "
        "A/C.1/81/L.22/Rev.1 by a recorded vote."
    )
    body = "Eighty-first session\n\nThe General Assembly,\n\n" + record
    assert action_record_date(body, body, "United Nations A/C.1/81/L.22/Rev. Distr.") == (
        "2 November 2026"
    )
    assert action_record_date(body, body, "Sharing of orbital data") is None


STATUS_PAGE = (
    "TREATY COLLECTION\nDepositary\n\nSTATUS OF TREATIES\n\n"
    "3. CONVENTION ON THE EXCHANGE OF ORBITAL DATA\n\n"
    "Geneva, 9 March 2024\n\n"
    "{stamp}\n\n"
    "Entry into force: 12 May 2025, in accordance with article 15.\n\n"
    "Note: The Convention was adopted on 9 March 2024 by a diplomatic conference held at "
    "Geneva. Any State may accede to it.\n\n"
    "Kenya declares that it will send its notifications through the Kenya Space Agency.\n"
)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Status as at: 2 October 2026 09:14:05 EDT", "2026-10-02"),
        ("Status as of 2 October 2026", "2026-10-02"),
        ("Status as at: October 2, 2026", "2026-10-02"),
        # negative: no stamp, the place and day of the adoption date the page as before
        ("Status: Signatories: 12. Parties: 9.", "2024-03-09"),
    ],
)
def test_a_status_page_is_dated_by_its_stamp(stamp, expected):
    document = ingest_txt(STATUS_PAGE.format(stamp=stamp).encode("utf-8"))
    text = "\n\n".join(block.text for block in document.blocks)
    if document.metadata.date_line:
        text = f"{document.metadata.date_line}\n\n{text}"
    assert document.metadata.year == int(expected[:4])
    written, _ = document_date_evidence(
        text, year=document.metadata.year, find=find_dates, today=TODAY
    )
    assert written == expected
