"""Modality in news copy, marked blind in the fourteenth round (`corpus/blind/news`).

Reported speech shifts a hope or a plan into the past ("said her country hoped to join"): the
plan was held when it was said, so it stays planned, while a pluperfect, a plan told without a
verb of saying, an effort ("sought to") and a decision ("agreed to") stay asserted. Partners'
statements deny a target, not their relation ("is not directed against any third party"): not
negated, while a rivalry denied toward a named side still is. Each row is the team's own sentence.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("The minister said her country hoped to send a seismometer with China's lander.",
         "cooperation", "planned"),
        ("Officials said Kenya planned to build a ground station with Japan.",
         "cooperation", "planned"),
        ("The administrator said the agency looked forward to flying Vietnamese experiments.",
         "cooperation", "planned"),
        ("A spokesman told reporters that Brazil wanted to join the Indian mission.",
         "cooperation", "planned"),
        # negative: a past plan without a verb of saying, a pluperfect, an effort, a decision
        ("Japan hoped to join the project with India in 2019.", "cooperation", "asserted"),
        ("The minister said Japan had planned to work with India.", "cooperation", "asserted"),
        ("Officials said Kenya sought to work with Japan.", "cooperation", "asserted"),
        ("The leaders said they agreed to cooperate with Brazil.", "cooperation", "asserted"),
        # a target denied, not the relation
        ("China's cooperation with Vietnam is not directed at any third party.",
         "cooperation", "asserted"),
        ("Their partnership does not target any third country, the ministry said.",
         "cooperation", "asserted"),
        # a second "that" clause of the same report keeps the report's future (fifteenth round)
        ("The envoy wrote that the visit had been useful and that Ghana would launch a satellite "
         "with India.", "cooperation", "planned"),
        # negative: the same "would" with no verb of saying is a possibility
        ("The talks had gone well, and Kenya would join the programme with Japan.",
         "cooperation", "hypothetical"),
        # negative: a rivalry denied toward a named side, a relation denied
        ("The drills are not directed against Russia.", "competition", "negated"),
        ("Kenya did not sign the agreement with Japan.", "cooperation", "negated"),
    ],
)  # fmt: skip
def test_modality_of_news_copy(last_claim, text, label, expected):
    assert last_claim("", text, label)._.sc_claim_modality == expected
