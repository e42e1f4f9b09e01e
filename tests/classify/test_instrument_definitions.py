"""An instrument's definitions are neutral (pipeline.classify.instrument_definitions; annotation
guide: definitions are neutral). The sentences are the team's own variants of the forms."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.instrument_definitions import cap_definitions, is_definition_line

DEFINITIONS = [
    # a defined term
    '"Participating Agencies" means entagency for the one Party and entagency for the other;',
    '"Mission Data" means the images and the telemetry listed in Annex B.',
    "(c) The term “ground segment” includes the antennas and the control centre.",
    '2. "Shared Products" shall mean the catalogues that the two centres compile.',
    # the parties' names, with no verb of their own
    "The Government of entcountry and the Government of entcountry, hereinafter referred to as "
    '"the Parties",',
    'entagency (hereinafter "the first Agency") and entagency (hereinafter "the second '
    'Agency"), hereinafter jointly the "Agencies";',
    "The Government of entcountry, the Government of entcountry and the Government of "
    'entcountry (each hereinafter a "Party"),',
    # bodies designated to act for each party
    "For the purposes of this Memorandum, the Implementing Agencies shall be entagency for the "
    "Government of entcountry and entagency for the Government of entcountry.",
    "The competent authorities shall be: for the entcountry Side, entagency; for the entcountry "
    "Side, entagency.",
    # the persons or offices designated for each party
    "The point of contact for the entcountry shall be entagency, and for the entcountry the "
    "Ministry of Science.",
    "The co-chairs on the day of signature are entperson, for entagency, and entperson, for "
    "entagency.",
]

LEFT_TO_THE_HEADS = [
    # a parties' line that acts: signs, establishes, is responsible, was held
    'entagency and entagency, hereinafter "the Agencies", signed a memorandum on tracking in '
    "entdate.",
    'The Agencies hereby establish a joint working group (hereinafter "the Group").',
    'entagency and entagency (hereinafter the "Implementing Agencies") shall be responsible for '
    "carrying out this Agreement.",
    'The first meeting of the joint committee (hereinafter "the Committee") was held in Rome.',
    # a quoted word that does not define a term, a term defined mid-sentence
    'The minister called the partnership "a model for the region" and means to widen it.',
    "Under the new law, a launch licence means that the operator has insurance.",
    # a designation told as an act of the parties
    "Each Party shall designate an agency to carry out the joint projects.",
    # points of contact or co-chairs that act together, or named for no party each
    "The points of contact will meet twice a year, in entcountry and in entcountry in turn.",
    "The co-chairs are preparing a joint report for entagency and for entagency.",
    "The points of contact shall be the heads of the two offices.",
]


@pytest.mark.parametrize("text", DEFINITIONS)
def test_definitions_are_recognised(text: str) -> None:
    assert is_definition_line(text)


@pytest.mark.parametrize("text", LEFT_TO_THE_HEADS)
def test_other_lines_are_left_to_the_heads(text: str) -> None:
    assert not is_definition_line(text)


def test_only_the_cooperation_head_is_capped() -> None:
    texts = [DEFINITIONS[0], LEFT_TO_THE_HEADS[0], DEFINITIONS[1]]
    probs = np.array([[0.90, 0.40], [0.90, 0.10], [0.20, 0.10]])
    out = cap_definitions(texts, probs, 0.5)
    assert out[0, 0] < 0.5 and out[0, 1] == pytest.approx(0.40)
    assert out[1].tolist() == pytest.approx([0.90, 0.10])
    assert out[2].tolist() == pytest.approx([0.20, 0.10])  # a lower head is kept
    assert probs[0, 0] == pytest.approx(0.90)  # the input is not changed
