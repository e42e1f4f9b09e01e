"""Sides in news copy, marked blind in the fourteenth round (`corpus/blind/news`): a definite
noun ("the agency") that is the subject of what a speaker reports names the body of the
speaker's title, even in the same sentence ("NASA Administrator X said the agency would ..."),
where elsewhere a definite noun refers across a sentence only. Each row is the team's own text;
the negative rows keep the older reading.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        (
            "The State Department hosted the signing with Vietnam. NASA Administrator Jane "
            "Doe, who attended it, said the agency looked forward to flying Vietnamese "
            "experiments.",
            ["NASA", "Vietnam"],
        ),
        (
            "The ministry met envoys from Kenya. ESA Director General Josef Aschbacher said "
            "the agency would fly a Kenyan camera on its next probe.",
            ["ESA", "Kenya"],
        ),
        # negative: no verb of saying: the definite noun refers to the sentence before
        (
            "ESA signed the deal with Japan. The agency will fly a Japanese rover.",
            ["ESA", "Japan"],
        ),
        # negative: a speaker with no body of that kind in the subject: the sentence before
        (
            "JAXA met the envoys of Brazil. Analyst Ana Reyes said the agency would fly a "
            "Brazilian camera.",
            ["JAXA", "Brazil"],
        ),
    ],
)
def test_definite_noun_reported_by_its_speaker(claim_doc, blocks, expected):
    doc, _ = claim_doc(blocks)
    assert list(doc.sents)[-1]._.sc_claim_parties == expected
