"""A General Assembly document's year from its own header (``session.session_year``, the
"session line" source of ``document_date_evidence``), and the session lines and symbols that
are not its own. All texts are made up."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import document_date_evidence
from pipeline.nlp.extract.dates.session import session_number, session_year

TODAY = date(2026, 12, 6)
BODY = "\n\n" + "The Assembly asks the committee to keep the matter under review. " * 8


def evidence(text: str, year: int | None = None) -> tuple[str | None, str]:
    return document_date_evidence(text, year=year, find=find_dates, today=TODAY)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("seventy-sixth", 76), ("Thirty seventh", 37), ("fortieth", 40), ("twelfth", 12),
        ("ninth", 9), ("76th", 76), ("21st", 21), ("seventy", None), ("sixtyish", None),
        ("next", None),
    ],
)  # fmt: skip
def test_session_numbers(word, expected):
    assert session_number(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a session line under "General Assembly": the year the session opened
        ("United Nations\nGeneral Assembly\nSeventy-sixth session\nAgenda item 45\n\n"
         "Space cooperation for development" + BODY, ("2021", "session line")),
        ("General Assembly\n\n59th session\n\nOuter space questions" + BODY,
         ("2004", "session line")),
        # with the header's other lines between (the distribution note, the language)
        ("United Nations\nGeneral Assembly\nDistr.: General\nOriginal: English\n"
         "Seventy-fourth session\n\nOuter space questions" + BODY, ("2019", "session line")),
        # on the same line
        ("General Assembly, Thirty-seventh session\n\nDirect broadcasting principles" + BODY,
         ("1982", "session line")),
        # the Assembly's symbol on a line of its own (perhaps with its distribution note)
        ("A/76/20\n\nReport of the committee" + BODY, ("2021", "session line")),
        ("A/C.4/74/L.5   Distr.: Limited\n\nInternational cooperation in outer space" + BODY,
         ("2019", "session line")),
        ("A/78/L.12/Rev.1\n\nA draft on space debris" + BODY, ("2023", "session line")),
    ],
)  # fmt: skip
def test_a_general_assembly_header_gives_the_year(text, expected):
    assert evidence(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a session the running text tells of: another time
        "Principles on broadcasting\n\nThe General Assembly, recalling its resolution of the "
        "previous year in which it agreed to return to the draft during its thirty-ninth "
        "session, adopts the principles annexed." + BODY,
        # a committee's own session line: its sessions are not the Assembly's
        "Committee on the Peaceful Uses of Outer Space\nSixty-fourth session\n\n"
        "Report on the work of the session" + BODY,
        "General Assembly\nCommittee on the Peaceful Uses of Outer Space\nSixty-fourth "
        "session\n\nReport on the work of the session" + BODY,
        # a session line far down the text, after the body has begun
        "Space cooperation\n\nThe Assembly met on the matter and heard the reports of the "
        "committee and of its two subcommittees over several weeks.\n\nGeneral Assembly\n"
        "Seventy-sixth session" + BODY,
        # a symbol cited inside a sentence, and a subsidiary body's series
        "Space cooperation\n\nThe committee took note of document A/76/20 and its annex." + BODY,
        "A/AC.105/1234\n\nNote by the secretariat" + BODY,
        # a future target is no session and no date
        "General Assembly\nSpace cooperation by 2030\n\nThe agenda" + BODY,
    ],
)
def test_sessions_that_are_not_the_documents(text):
    assert evidence(text) == (None, "")


def test_a_stronger_source_and_the_metadata_year_win():
    # the adoption line dates the resolution to the day; the session line gives way
    text = (
        "General Assembly\nSeventy-sixth session\n\nSpace cooperation"
        + BODY
        + "\n\n54th plenary meeting\n6 December 2021"
    )
    assert evidence(text) == ("2021-12-06", "adoption line")
    # a session line that disagrees with the metadata's year is not taken
    assert evidence("General Assembly\nSeventy-sixth session" + BODY, year=2023) == (
        "2023",
        "metadata year",
    )
    # a session number that would open after today gives nothing
    assert session_year("General Assembly\nNinety-ninth session\n", TODAY) is None
    assert session_year("General Assembly\nEightieth session\n", TODAY) == 2025
