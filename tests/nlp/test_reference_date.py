"""The day a run counts as today (``spaceclaims_dates``'s ``reference_date``, ``run --today``):
no document is dated after it, and a run made on another day reads the same."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.components.dates import DateFinder, parse_reference_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", None),
        ("  ", None),
        (None, None),
        ("2027-12-31", date(2027, 12, 31)),
        (" 2024-02-29 ", date(2024, 2, 29)),
        (date(2025, 5, 1), date(2025, 5, 1)),
    ],
)
def test_parse_reference_date(value, expected):
    assert parse_reference_date(value) == expected


@pytest.mark.parametrize("value", ["2027", "2023-02-29", "31/12/2027", "tomorrow", "2027-13-01"])
def test_a_malformed_reference_date_says_what_to_write(value):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_reference_date(value)


WIRE = ["WASHINGTON, March 8, 2024 — NASA and ESA met on Friday.", "They will share data."]
UNDATED = ["NASA and ESA have shared data since 2019.", "In March 2024, they met in Rome."]


@pytest.mark.parametrize(
    ("blocks", "day", "expected"),
    [
        # the dateline's day is the document's date once it is not after the reference day
        (WIRE, date(2024, 6, 1), ("2024-03-08", "dateline")),
        (WIRE, date(2024, 3, 8), ("2024-03-08", "dateline")),
        (WIRE, date(2031, 1, 1), ("2024-03-08", "dateline")),
        # read as of a day before it, the text cannot have been written yet: no date
        (WIRE, date(2024, 1, 1), ("", "")),
        (UNDATED, date(2024, 6, 1), ("2024", "latest date")),
        (UNDATED, date(2024, 1, 1), ("", "")),
    ],
)
def test_no_document_is_dated_after_the_reference_day(make_doc, blocks, day, expected):
    doc = DateFinder(reference_date=day)(make_doc(blocks))
    assert (doc._.sc_document_date, doc._.sc_date_basis) == expected
    assert doc._.sc_reference_date == day.isoformat()


def test_the_weekday_counts_only_from_a_date_it_may_have(make_doc):
    # "on Friday" resolves against the dateline when the document is dated, and stays
    # unresolved when the reference day leaves the document without a date
    dated = DateFinder(reference_date=date(2024, 6, 1))(make_doc(WIRE))
    undated = DateFinder(reference_date=date(2024, 1, 1))(make_doc(WIRE))
    assert ("Friday", "2024-03-08") in [(d.text, d.kb_id_) for d in dated.spans["dates"]]
    assert "Friday" not in [d.text for d in undated.spans["dates"]]


def test_the_default_is_the_day_of_the_run(make_doc):
    doc = make_doc(WIRE)
    assert doc._.sc_reference_date == date.today().isoformat()
