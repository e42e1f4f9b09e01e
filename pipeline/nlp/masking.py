"""The spans that entity masking replaces (``pipeline.classify.masking``), from a ``Doc``.

The claims component masks each sentence with the actor and date spans the pipeline found in
the whole document; :class:`EntityMasker` does the same for loose sentences (training and
evaluation data) by running the extraction components over each one.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Span

from pipeline.classify.masking import mask_spans

#: The components a masker needs: actors and dates (and what they read), not the classifier.
_NOT_NEEDED = ("spaceclaims_claims", "spaceclaims_claim_structure")


def masked_sentence(sent: Span) -> str:
    """The sentence's text (stripped) with its actor and date mentions masked."""
    doc = sent.doc
    text = sent.text
    lead = len(text) - len(text.lstrip())
    base = sent.start_char + lead
    spans = [
        (s.start_char - base, s.end_char - base, kind)
        for key, kind_of in (("actors", lambda s: s.label_), ("dates", lambda s: "date"))
        if key in doc.spans
        for s in doc.spans[key]
        if s.start_char >= sent.start_char and s.end_char <= sent.end_char
        for kind in (kind_of(s),)
    ]
    return mask_spans(text.strip(), spans)


class EntityMasker:
    """Masks loose sentences: ``masker(texts) -> masked texts``, one pipeline built on first use.

    ``nlp`` may be given (any pipeline with the actor and date components); results are cached
    per text, so masking the same data twice (cross-validation, two models) costs nothing.
    """

    def __init__(self, nlp: Language | None = None, *, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self._cache: dict[str, str] = {}

    def _pipeline(self) -> Language:
        if self.nlp is None:
            from pipeline.nlp.build import build_nlp, load_config

            config = load_config()
            for name in _NOT_NEEDED:
                config["components"].pop(name, None)
            self.nlp = build_nlp(config=config)
        return self.nlp

    def __call__(self, texts: Sequence[str]) -> list[str]:
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            nlp = self._pipeline()
            for text, doc in zip(todo, nlp.pipe(todo, batch_size=self.batch_size), strict=True):
                self._cache[text] = masked_sentence(doc[:])
        return [self._cache[t] for t in texts]
