"""A document's own committee voicing a view on what others do is no side of the claim
(``pipeline.nlp.extract.body_voice``); the committee acting itself stays a side."""

from __future__ import annotations

import pytest

TITLE = "Report of the Committee on the Peaceful Uses of Outer Space"
OPENING = "The Committee on the Peaceful Uses of Outer Space held its session in Vienna in June."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the committee notes, recommends, urges, calls on: the voice of the report
        ("The Committee noted that Japan and India had signed a memorandum on lunar data.",
         {"Japan", "India"}),
        ("The Committee recommended that Kenya and Nigeria pool their ground stations.",
         {"Kenya", "Nigeria"}),
        ("The Committee urged Brazil to share its launch data with Argentina.",
         {"Brazil", "Argentina"}),
        # negative: the committee acting itself is a side
        ("The Committee agreed to hold a joint workshop with ESA next year.",
         {"COPUOS", "ESA"}),
        # negative: a reported clause whose subject may be the committee itself
        ("The Committee agreed that it would cooperate with ESA on the workshop.",
         {"COPUOS", "ESA"}),
    ],
)  # fmt: skip
def test_own_committee_voicing_others_is_no_side(claim_doc, sentence, expected):
    doc, _ = claim_doc([OPENING, sentence], title=TITLE)
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected
