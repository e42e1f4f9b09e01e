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

from pipeline.classify.both_rule import resolve_both
from pipeline.classify.competition_rule import cap_competition
from pipeline.classify.denied_target import raise_denied_target
from pipeline.classify.instrument_lines import instrument_lines
from pipeline.classify.plan_sentences import PLAN_CEILING
from pipeline.classify.predictor import load_predictor, with_context
from pipeline.classify.relation_gate import cap_unrelated
from pipeline.classify.rivalry_rule import raise_competition
from pipeline.classify.shared_provisions import raise_shared_provisions
from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.extract.fragments import is_verbless_fragment
from pipeline.nlp.extract.list_items import continue_lead_ins
from pipeline.nlp.masking import masked_sentence


@Language.factory(
    "spaceclaims_claims",
    default_config={
        "model": "",
        "neutral_fragments": True,
        "fragment_max_words": 6,
        "list_items": True,
    },
)
def make_claim_classifier(
    nlp: Language,
    name: str,
    model: str,
    neutral_fragments: bool,
    fragment_max_words: int,
    list_items: bool,
) -> ClaimLabeller:
    return ClaimLabeller(
        model or None,
        fragment_max_words=fragment_max_words if neutral_fragments else 0,
        list_items=list_items,
    )


class ClaimLabeller:
    """Labels every sentence of a ``Doc`` with the claim classifier (spaCy's ``predict`` /
    ``set_annotations`` split: predict reads, set_annotations writes)."""

    #: Items of a list under a cooperation lead-in carry its claim (off unless configured).
    list_items: bool = False

    def __init__(
        self, model_path: str | None, *, fragment_max_words: int = 0, list_items: bool = False
    ) -> None:
        register_extensions()
        # Items of a list under a cooperation lead-in carry its claim (extract/list_items.py).
        self.list_items = list_items
        # Verbless fragments of at most this many words (names, credits, list items) keep
        # claim probabilities of at most the plan ceiling (0: off); see extract/fragments.py.
        self.fragment_max_words = fragment_max_words
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
            # The model's rules again after the context is mixed in (the previous sentence must
            # not bring back a competition head or a `both` a rule took away).
            if getattr(self.model, "rivalry_rule", False):
                probs = raise_competition(
                    texts,
                    probs,
                    (self.model.threshold_cooperation, self.model.threshold_competition),
                    bar=getattr(self.model, "both_bar", 0.0),
                )
            if getattr(self.model, "competition_rule", False):
                probs = cap_competition(texts, probs, self.model.threshold_competition)
            if getattr(self.model, "relation_gate", False):
                probs = cap_unrelated(
                    texts,
                    probs,
                    (self.model.threshold_cooperation, self.model.threshold_competition),
                )
                # An instrument's enacting formula and a side's lead-in of duties.
                probs = instrument_lines(texts, probs, self.model.threshold_cooperation)
                # A bond whose target is denied ("not directed against any country").
                probs = raise_denied_target(texts, probs, self.model.threshold_cooperation)
                # Provisions of shared access, of no passing on without consent.
                probs = raise_shared_provisions(texts, probs, self.model.threshold_cooperation)
            probs = resolve_both(
                texts,
                probs,
                (self.model.threshold_cooperation, self.model.threshold_competition),
                bar=getattr(self.model, "both_bar", 0.0),
                needs_cues=getattr(self.model, "both_needs_cues", False),
                fallback=getattr(self.model, "both_fallback", "stronger"),
            )
            if self.fragment_max_words:
                fragments = np.array(
                    [is_verbless_fragment(s, max_words=self.fragment_max_words) for s in sents],
                    dtype=bool,
                )
                if fragments.any():
                    probs = probs.copy()
                    probs[fragments] = np.minimum(probs[fragments], PLAN_CEILING)
            if self.list_items:
                probs = continue_lead_ins(sents, probs, self.model.threshold_cooperation)
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
