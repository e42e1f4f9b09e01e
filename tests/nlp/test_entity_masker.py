"""Sentences masked with the pipeline's own actor and date mentions: a country swap leaves the
masked text unchanged (what makes the classifier's label independent of who is named)."""

from __future__ import annotations

import pytest

from pipeline.nlp.masking import EntityMasker, masked_sentence


@pytest.fixture(scope="module")
def masker(text_nlp):
    return EntityMasker(text_nlp)


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        ("China and Russia signed a memorandum on the lunar station in March 2021.",
         "India and France signed a memorandum on the lunar station in March 2021."),
        ("Beijing warned that Washington was trying to contain Chinese ambitions in orbit.",
         "New Delhi warned that Paris was trying to contain Indian ambitions in orbit."),
        ("NASA and JAXA will share data from the Gateway.",
         "ESA and ISRO will share data from the Gateway."),
    ],
)  # fmt: skip
def test_country_swaps_give_the_same_masked_text(masker, text, twin):
    a, b = masker([text, twin])
    assert a == b
    assert "entcountry" in a or "entagency" in a


def test_words_that_are_not_mentions_stay(masker):
    (masked,) = masker(["The two agencies will cooperate closely on lunar science."])
    assert masked == "The two agencies will cooperate closely on lunar science."


def test_masked_sentence_uses_the_documents_spans(make_doc):
    doc = make_doc(["Japan joined the Artemis Accords in 2020. Later it signed more."])
    first = next(iter(doc.sents))
    assert masked_sentence(first) == "entcountry joined the entagreement in entdate."
