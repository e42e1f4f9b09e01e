"""Verbless fragments (a name, a credit line, an office's name on a line of its own) make no
claim: `is_verbless_fragment` and the claims component's cap."""

from __future__ import annotations

import pytest

from pipeline.classify.plan_sentences import PLAN_CEILING
from pipeline.nlp.extract.fragments import is_verbless_fragment


@pytest.mark.parametrize(
    "text",
    [
        "Argentina",
        "Kenya Space Agency",
        "Office of Strategic Planning",
        "Maria Lopez, consul general in Lyon",
        "NASA/ESA/CSA",
        "Division of Orbital Affairs.",
    ],
)
def test_fragments(make_doc, text):
    sent = next(make_doc(text).sents)
    assert is_verbless_fragment(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya joined the programme.",  # a verb
        "Chile will.",  # an auxiliary
        "Japan Joins the Lunar Accords",  # a title-case verb lost to the tagger, a relation word kept
        "Brazil and Chile, partners in orbit",  # a cooperation word
        "Old rivals in orbit",  # a competition word
        "Agencies of Kenya, Chile, Brazil, India and Norway",  # more than six words
    ],
)
def test_not_fragments(make_doc, text):
    sent = next(make_doc(text).sents)
    assert not is_verbless_fragment(sent)


def test_a_longer_limit_takes_longer_fragments(make_doc):
    sent = next(make_doc("Agencies of Kenya, Chile, Brazil, India and Norway").sents)
    assert is_verbless_fragment(sent, max_words=10)


@pytest.fixture(scope="module")
def labelled(run_with_claims_setting):
    """Label one document with the shipped model, with and without the fragment rule."""
    blocks = [
        "The station's partners are listed below.",
        "Argentina",
        "Kenya Space Agency",
        "Office of Strategic Planning",
        "Kenya and Japan signed an agreement to build a lunar rover together.",
    ]
    out = {}
    for rule in (True, False):
        doc = run_with_claims_setting(blocks, "neutral_fragments", rule)
        out[rule] = [
            (s.text.strip(), s._.sc_claim_label, s._.sc_p_cooperation, s._.sc_p_competition)
            for s in doc.sents
            if s.text.strip()
        ]
    return out


def test_fragments_get_no_claim_and_sentences_keep_theirs(labelled):
    on, off = labelled[True], labelled[False]
    assert [row[0] for row in on] == [row[0] for row in off]
    for (text, label, pc, pk), (_, label_off, pc_off, pk_off) in zip(on, off, strict=True):
        if text in {"Argentina", "Kenya Space Agency", "Office of Strategic Planning"}:
            assert label == "neutral" and pc <= PLAN_CEILING and pk <= PLAN_CEILING, text
        else:
            assert (label, pc, pk) == (label_off, pc_off, pk_off), text
    assert on[-1][1] == "cooperation"
    # Without the rule the model gives the names claim probabilities above the cap.
    assert max(max(pc, pk) for text, _, pc, pk in off[1:4]) > PLAN_CEILING
