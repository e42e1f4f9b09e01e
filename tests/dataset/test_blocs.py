"""Bloc membership at the time of a document (``pipeline.dataset.blocs``) and the ``bloc`` column of
actors.csv (``pipeline.dataset.rows``)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dataset.blocs import (
    Blocs,
    Membership,
    document_date,
    membership_start,
    shipped_blocs,
)
from pipeline.dataset.rows import rows_from_doc
from pipeline.document import Block, Document, Metadata, ParsedText, join_blocks


@pytest.mark.parametrize(
    ("value", "note", "expected"),
    [
        ("2020-10-13", "", date(2020, 10, 13)),
        # a month or a year counts from its last day, when membership surely held
        ("2023-10", "", date(2023, 10, 31)),
        ("2024-02", "", date(2024, 2, 29)),
        ("2024", "", date(2024, 12, 31)),
        # no date: the latest day the note mentions (when the member was reported)
        ("", "listed on 2025-04-29; an MoU was signed on 2024-04-05", date(2025, 4, 29)),
        ("", "date unknown", None),
    ],
)
def test_membership_start(value, note, expected):
    assert membership_start(value, note) == expected


@pytest.mark.parametrize("bad", ["2023/10", "23-10-01", "October 2023", "2023-1"])
def test_membership_start_rejects_other_forms(bad):
    with pytest.raises(ValueError, match="YYYY"):
        membership_start(bad)


@pytest.mark.parametrize(
    ("actor", "on", "expected"),
    [
        ("United States", date(2020, 10, 12), []),
        ("United States", date(2020, 10, 13), ["Artemis Accords"]),
        ("China", date(2021, 3, 8), []),
        ("China", date(2021, 3, 9), ["ILRS"]),
        # Thailand: ILRS partner in April 2024, Artemis signatory on 2024-12-16
        ("Thailand", date(2024, 3, 31), []),
        ("Thailand", date(2024, 6, 1), ["ILRS"]),
        ("Thailand", date(2025, 1, 1), ["Artemis Accords", "ILRS"]),
        # organisations can be members
        ("APSCO", date(2024, 4, 24), ["ILRS"]),
        # a letter of intent is not membership
        ("ILOA", date(2026, 1, 1), []),
        # undated members count from the day they were listed
        ("Djibouti", date(2025, 4, 28), []),
        ("Djibouti", date(2025, 4, 29), ["ILRS"]),
        ("Japan", date(2019, 1, 1), []),
    ],
)
def test_shipped_membership(actor, on, expected):
    assert shipped_blocs().of(actor, on) == expected


@pytest.mark.parametrize(
    ("actor", "actor_type", "country", "expected"),
    [
        ("Thailand", "country", "", "Artemis Accords; ILRS"),
        # a state agency is in its country's blocs
        ("CNSA", "agency", "China", "ILRS"),
        ("NASA", "agency", "United States", "Artemis Accords"),
        # companies, programs and the agreements themselves are in none
        ("SpaceX", "company", "United States", ""),
        ("Artemis program", "program", "United States", ""),
        ("Artemis Accords", "agreement", "", ""),
    ],
)
def test_label(actor, actor_type, country, expected):
    on = date(2025, 6, 30)
    assert shipped_blocs().label(actor, on, actor_type=actor_type, country=country) == expected


def test_blocs_from_rows_order_and_roles():
    blocs = Blocs(
        [
            Membership("ILRS", "X", date(2022, 1, 1), "partner"),
            Membership("Artemis Accords", "X", date(2023, 1, 1), "signatory"),
            Membership("ILRS", "Y", date(2022, 1, 1), "letter_of_intent"),
            Membership("ILRS", "Z", None, "partner"),
        ]
    )
    assert blocs.label("X", date(2024, 1, 1)) == "Artemis Accords; ILRS"
    assert blocs.label("X", date(2022, 6, 1)) == "ILRS"
    assert blocs.label("Y", date(2024, 1, 1)) == ""
    assert blocs.label("Z", date(2024, 1, 1)) == ""


@pytest.mark.parametrize(
    ("year", "mentioned", "expected"),
    [
        (2023, ["2030-12-31"], date(2023, 12, 31)),
        # no year: the latest mentioned day that is not in the future
        (None, ["2019-12-31", "2021-03-31", "2035-12-31"], date(2021, 3, 31)),
        (None, ["2040-12-31"], date(2025, 5, 1)),
        (None, [], date(2025, 5, 1)),
    ],
)
def test_document_date(year, mentioned, expected):
    assert document_date(year, mentioned, today=date(2025, 5, 1)) == expected


@pytest.fixture
def rows_for(text_nlp):
    def run(text: str, year: int | None):
        document = Document(
            source="t.txt",
            sha256="0" * 64,
            format="txt",
            parsed=ParsedText(Metadata(year=year), [Block(text)]),
        )
        joined, spans = join_blocks(document)
        doc = text_nlp.make_doc(joined)
        doc._.sc_blocks = spans
        return rows_from_doc(text_nlp(doc), document, today=date(2025, 5, 1))

    return run


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        # by the document's year
        ("Thailand and CNSA met.", 2023, {"Thailand": "", "CNSA": "ILRS"}),
        ("Thailand and CNSA met.", 2025, {"Thailand": "Artemis Accords; ILRS", "CNSA": "ILRS"}),
        # no year: the latest date the document mentions
        ("In June 2024 Thailand and NASA met.", None,
         {"Thailand": "ILRS", "NASA": "Artemis Accords"}),
        # no date at all: today
        ("Thailand and NASA met.", None,
         {"Thailand": "Artemis Accords; ILRS", "NASA": "Artemis Accords"}),
    ],
)  # fmt: skip
def test_bloc_column_uses_the_time_of_the_document(rows_for, text, year, expected):
    rows = rows_for(text, year)
    assert {r["actor"]: r["bloc"] for r in rows.actors} == expected
