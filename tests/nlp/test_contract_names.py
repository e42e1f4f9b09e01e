"""Names in a contract (nineteenth round, issue 14): a firm named with a proprietary mark and
its legal form ("Karoo Orbital (Pty) Ltd"), a firm set in capitals in the parties' block
("NORTHLIGHT ROBOTICS LTD"), a legal form that ends the name before "and"; a distributive
"each Agency" or "either Agency", which is no short form of the agency named last; a
contract's title whose kind ends its first capitalised words ("DATA SHARING AGREEMENT for ...":
"this Agreement"). The texts are the team's own, with negative cases."""

from __future__ import annotations

import pytest

from pipeline.nlp.components.instrument_titles import kind_then_link
from pipeline.nlp.components.self_reference import instrument_of
from pipeline.nlp.extract.companies import without_legal_form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal was signed by Vaal Orbital (Pty) Ltd and the agency.",
         [("Vaal Orbital (Pty) Ltd", "Vaal Orbital", "company")]),
        ('NORTHLIGHT ROBOTICS LTD, a company registered in England ("the Company").',
         [("NORTHLIGHT ROBOTICS LTD", "Northlight Robotics", "company")]),
        ("The deal was signed by Kestrel Launch Ltd and the agency.",
         [("Kestrel Launch Ltd", "Kestrel Launch", "company")]),
        # negative: a legal form alone is no firm
        ("The firm is a Ltd with two owners.", []),
    ],
)  # fmt: skip
def test_contract_company_forms(text_nlp, actor_mentions, text, expected):
    found = [m for m in actor_mentions(text_nlp(text)) if m[2] == "company"]
    assert found == expected


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("KAROO ORBITAL (PTY) LTD", "Karoo Orbital"),
        ("Karoo Orbital (Pty) Ltd", "Karoo Orbital"),
        ("OHB SYSTEMS LTD", "OHB Systems"),
        ("Orbitrek Inc.", "Orbitrek"),
        # negative: a name in capitals with no legal form stays as written
        ("KAROO ORBITAL", "KAROO ORBITAL"),
    ],
)
def test_without_legal_form_in_capitals(name, short):
    assert without_legal_form(name) == short


@pytest.mark.parametrize(
    ("text", "short_forms"),
    [
        # the definite short form of the agency named last
        ("The Kenya Space Agency built a station. The Agency will run it.",
         [("Agency", "Kenya Space Agency", "agency")]),
        # negatives: a quantifier or a phrase of its own before the word names any agency
        ("The Kenya Space Agency built a station. The sensors of each Agency will be linked.", []),
        ("The Kenya Space Agency built a station. The cost of the venue, and either Agency "
         "may leave.", []),
    ],
)  # fmt: skip
def test_a_distributive_agency_is_no_short_form(text_nlp, actor_mentions, text, short_forms):
    assert actor_mentions(text_nlp(text), "short_form") == short_forms


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("DATA SHARING AGREEMENT for Synthetic Aperture Radar Data", "agreement"),
        ("Launch Services Agreement between Kestrel Launch and the Kenya Space Agency",
         "agreement"),
        # negatives: a kind deep inside a title, a policy document's kind, a kind at the end
        ("Notes on the Agreement for Lunar Data", None),
        ("National Space Strategy for the Coming Decade", None),
    ],
)  # fmt: skip
def test_a_kind_that_ends_the_first_capitalised_words(title, expected):
    words = title.split()
    word = expected or next(w.lower() for w in words if w.lower() in {"agreement", "strategy"})
    assert kind_then_link(words, word) is (expected is not None)
    found = instrument_of(title)
    if expected:
        assert found is not None and found[3] == expected
