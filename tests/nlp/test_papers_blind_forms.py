"""Forms of scholarly and think-tank writing that the blind papers set (``corpus/blind/papers``,
fourteenth round) showed the rules misread, each with sentences of the team's own (none from a
real document), marked by docs/annotation-guide.md, with negative cases.
"""

from __future__ import annotations

import pytest

PAPER = "Two Coalitions and the Moon: Hedging by Middle Powers"
C = "cooperation"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # an objection the actor says it lacks endorses the relation: not a denial
        ("Officials in Brasília see no contradiction in working with NASA and CNSA.", "asserted"),
        ("Kenya has no objection to joining the station as a partner.", "asserted"),
        ("The ministers saw no obstacle to closer ties with the agency.", "asserted"),
        # ... while a denied relation stays denied
        ("Brazil has no partnership with the agency.", "negated"),
        ("Kenya has no agreement with the agency.", "negated"),
        ("The ministers did not join the station.", "negated"),
    ],
)  # fmt: skip
def test_a_lacked_objection_is_no_denial(last_claim, text, modality):
    assert last_claim(PAPER, text, C)._.sc_claim_modality == modality


@pytest.mark.parametrize(
    ("title", "blocks", "parties"),
    [
        # "It" after an indefinite subject refers to that generic thing, not the topic
        (PAPER, "A state that sits in both camps can bargain with Washington and Beijing. "
         "It may also help keep channels open between the two programmes.", []),
        (PAPER, "A small agency can join both coalitions. It may also share data with NASA.",
         ["NASA"]),
        # ... while an article's opening "It" after its topic is still the topic
        ("UNOOSA", "UNOOSA is the United Nations office for space affairs. "
         "It works with developing countries to build their space capacity.", ["UNOOSA"]),
    ],
)  # fmt: skip
def test_it_after_a_generic_subject(claim_doc, title, blocks, parties):
    doc, _ = claim_doc(blocks, C, title=title)
    assert sorted(list(doc.sents)[-1]._.sc_claim_parties) == sorted(parties)
