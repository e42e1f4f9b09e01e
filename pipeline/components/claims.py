"""Claim labels for every sentence, from the trained :class:`ClaimClassifier`.

All sentences of a document are classified in one batch. Results go to ``sent._.claim_label``,
``sent._.p_cooperation`` and ``sent._.p_competition``; ``doc._.model_version`` names the model.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import register_extensions
from pipeline.model_io import load_model


@Language.factory("spaceclaims_claims", default_config={"model": ""})
def make_claim_classifier(nlp: Language, name: str, model: str) -> ClaimLabeller:
    return ClaimLabeller(model or None)


class ClaimLabeller:
    def __init__(self, model_path: str | None) -> None:
        register_extensions()
        self.model, self.meta = load_model(model_path)
        self.version = self.meta["version"]

    def __call__(self, doc: Doc) -> Doc:
        sents = [s for s in doc.sents if s.text.strip()]
        probs = self.model.predict_heads([s.text.strip() for s in sents])
        labels = self.model.labels_from_heads(probs)
        for sent, (pc, pk), label in zip(sents, probs, labels, strict=True):
            sent._.claim_label = label
            sent._.p_cooperation = float(pc)
            sent._.p_competition = float(pk)
        doc._.model_version = self.version
        return doc
