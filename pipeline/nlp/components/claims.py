"""Claim labels for every sentence, from the trained :class:`ClaimClassifier` (or its arrays,
``pipeline.classify.predictor``).

All sentences of a document are classified in one batch. Results go to ``sent._.sc_claim_label``,
``sent._.sc_p_cooperation`` and ``sent._.sc_p_competition``; ``doc._.sc_model_version`` names the model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.classify.predictor import load_predictor, with_context
from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.masking import masked_sentence


@Language.factory("spaceclaims_claims", default_config={"model": ""})
def make_claim_classifier(nlp: Language, name: str, model: str) -> ClaimLabeller:
    return ClaimLabeller(model or None)


class ClaimLabeller:
    """Labels every sentence of a ``Doc`` with the claim classifier (spaCy's ``predict`` /
    ``set_annotations`` split: predict reads, set_annotations writes)."""

    def __init__(self, model_path: str | None) -> None:
        register_extensions()
        # The model's arrays when the folder has them (no scikit-learn import: a run starts in
        # half the time), else the skops file.
        loaded: tuple[Any, dict] | None = load_predictor(model_path)
        if loaded is None:
            from pipeline.classify.model_io import load_model

            loaded = load_model(model_path)
        self.model: Any = loaded[0]
        self.meta: dict = loaded[1]
        self.version = self.meta["version"]

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 8) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def predict(self, docs: Iterable[Doc]) -> list[tuple[np.ndarray, list[str]]]:
        """For each doc, the head probabilities ``(n_sentences, 2)`` and labels of its sentences."""
        out = []
        for doc in docs:
            sents = _labelled_sentences(doc)
            if getattr(self.model, "entity_masking", False):
                texts = [masked_sentence(s) for s in sents]
            else:
                texts = [s.text.strip() for s in sents]
            probs = with_context(
                self.model.predict_heads(texts), getattr(self.model, "context_weight", 0.0)
            )
            out.append((probs, self.model.labels_from_heads(probs)))
        return out

    def set_annotations(
        self, docs: Iterable[Doc], predictions: Iterable[tuple[np.ndarray, list[str]]]
    ) -> None:
        for doc, (probs, labels) in zip(docs, predictions, strict=True):
            for sent, (pc, pk), label in zip(_labelled_sentences(doc), probs, labels, strict=True):
                sent._.sc_claim_label = label
                sent._.sc_p_cooperation = float(pc)
                sent._.sc_p_competition = float(pk)
            doc._.sc_model_version = self.version


def _labelled_sentences(doc: Doc) -> list[Span]:
    """The sentences that get a label: every sentence with text."""
    return [s for s in doc.sents if s.text.strip()]
