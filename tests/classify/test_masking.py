"""Entity masking replaces mentions by type placeholders (a table of cases)."""

from __future__ import annotations

import pytest

from pipeline.classify.masking import PLACEHOLDERS, mask_spans


@pytest.mark.parametrize(
    ("text", "spans", "masked"),
    [
        ("China and Russia agreed.", [(0, 5, "country"), (10, 16, "country")],
         "entcountry and entcountry agreed."),
        ("NASA signed it in 2020.", [(0, 4, "agency"), (18, 22, "date")],
         "entagency signed it in entdate."),
        # overlapping spans: the earlier (longer on a tie) one wins
        ("the Artemis Accords", [(4, 19, "agreement"), (4, 11, "program")], "the entagreement"),
        ("Artemis Accords text", [(0, 7, "program"), (0, 15, "agreement")], "entagreement text"),
        ("an unknown kind", [(3, 10, "galaxy")], "an entorganization kind"),
        ("nothing here", [], "nothing here"),
        ("empty span", [(3, 3, "country")], "empty span"),
    ],
)  # fmt: skip
def test_mask_spans(text, spans, masked):
    assert mask_spans(text, spans) == masked


def test_placeholders_are_single_lower_case_words():
    assert all(p.isalpha() and p.islower() for p in PLACEHOLDERS.values())
    assert len(set(PLACEHOLDERS.values())) == len(PLACEHOLDERS)
