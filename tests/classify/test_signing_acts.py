"""The signing of an instrument told with its signers is a cooperation claim
(pipeline.classify.signing_acts; annotation guide: signing or joining an accord, and the
decision on final clauses that keeps "open for signature" cooperation). The sentences are the
team's own variants of the forms."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.signing_acts import is_signing_act, raise_signing_acts

SIGNING = [
    # signers counted or named as the subject
    "By the spring of 2026, forty-one countries had signed.",
    "Nine more nations have signed on since the conference in Lima.",
    "entcountry and entcountry have now signed the charter on lunar rescue.",
    "The two agencies have signed a memorandum on radar calibration.",
    # one text signed by named signers
    "The arrangement was signed in Lisbon by the head of entagency and the minister for science.",
    "The letter of intent had been signed by entperson together with her Kenyan colleague.",
    # names put to a text; a letter to countersign; a convention opened for signature
    "The two directors put their names to the protocol during a short visit to the centre.",
    "We would be grateful if you could confirm your acceptance by countersigning this letter.",
    "The Convention shall be open for signature by every member of the Organization.",
    # an instrument's closing line without "In witness whereof"
    "The Parties have signed this Memorandum in two originals on the date shown above.",
]

LEFT_ALONE = [
    # a company's contract, deal or order: trade
    "The company has signed a launch contract with a Japanese lander firm.",
    "entcompany signed a deal with two satellite makers last month.",
    "Several countries have signed orders for the new radar satellites.",
    # the noun in a time phrase, a report of a signing, an adjective
    "Each Participant will name a point of contact within thirty days of the signature of this "
    "Memorandum.",
    "The ministry said it had seen reports of the signing.",
    "Future studies could follow whether signed agreements lead to joint missions.",
    # a signature of another kind
    "The instrument records the spectral signature of water ice.",
    "The shipment was signed for at the loading dock by a clerk.",
]


@pytest.mark.parametrize("text", SIGNING)
def test_signing_acts_are_recognised(text: str) -> None:
    assert is_signing_act(text)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_other_sentences_are_left_alone(text: str) -> None:
    assert not is_signing_act(text)


def test_only_the_cooperation_head_is_lifted() -> None:
    texts = [SIGNING[0], LEFT_ALONE[0], SIGNING[1]]
    probs = np.array([[0.20, 0.10], [0.20, 0.10], [0.90, 0.80]])
    out = raise_signing_acts(texts, probs, 0.5)
    assert out[0, 0] == pytest.approx(0.55) and out[0, 1] == pytest.approx(0.10)
    assert out[1].tolist() == pytest.approx([0.20, 0.10])
    assert out[2].tolist() == pytest.approx([0.90, 0.80])  # a higher head is kept
    assert probs[0, 0] == pytest.approx(0.20)  # the input is not changed
