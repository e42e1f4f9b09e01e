"""A sentence span that runs across a blank line is read as two sentences when the dates
component looks for the past the text tells (``_paragraphs``). All texts are made up."""

from __future__ import annotations

import spacy

from pipeline.nlp.components.dates import _paragraphs


def test_a_span_across_a_blank_line_is_two_parts():
    doc = spacy.blank("en")("The crew will rest.\n\nThe probe landed in May 2024.")
    assert [p.text for p in _paragraphs(doc[:])] == [
        "The crew will rest.",
        "The probe landed in May 2024.",
    ]
    # a single line break is no paragraph break; a span without one stays whole
    doc = spacy.blank("en")("The crew will rest.\nThe probe landed in May 2024.")
    assert [p.text for p in _paragraphs(doc[:])] == [doc.text]


def test_the_past_after_a_modal_paragraph_anchors_the_text(make_doc):
    # the splitter may keep both paragraphs in one span; the modal of the first must not hide
    # the second's past tense: the anchor is the told month's year
    opening = ["The two agencies share data from their orbiters. " * 70]
    doc = make_doc(opening + ["The crew could rest.\n\nThe probe landed in May 2024."])
    assert (doc._.sc_date_anchor, doc._.sc_date_basis) == ("2024", "narrated past date")
