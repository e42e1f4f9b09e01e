"""Hyphenated pairs of countries written as one word: "U.S.-India", "US–Japan", "Franco-German"
is handled by the combining forms of the actor component, but "U.S.-India" is one token to the
tokenizer, so no gazetteer form matches it.

Runs after ``spaceclaims_actors``: a token made of two or three gazetteer forms of countries,
agencies or organisations joined by hyphens or dashes ("U.S.-India", "EU-Japan",
"NASA-ISRO") and not already an actor gets one span per part, each covering the whole token
(the mention is the compound; method ``gazetteer``).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.extract.gazetteer import load_gazetteer

_JOIN = re.compile(r"[-–—]")
_TYPES = frozenset({"country", "agency", "organization"})


@Language.factory("spaceclaims_compounds", default_config={})
def make_compounds(nlp: Language, name: str) -> Compounds:
    return Compounds()


class Compounds:
    def __init__(self) -> None:
        register_extensions()
        self.gazetteer = load_gazetteer()
        self.forms = {
            form: actor
            for form, actor in self.gazetteer.surface_forms().items()
            if self.gazetteer[actor].type in _TYPES
        }

    def __call__(self, doc: Doc) -> Doc:
        actors = list(doc.spans.get("actors", []))
        covered = {i for a in actors for i in range(a.start, a.end)}
        new = []
        for token in doc:
            text = token.text
            if token.i in covered or len(text) < 4 or not _JOIN.search(text):
                continue
            parts = _JOIN.split(text)
            if not 2 <= len(parts) <= 3 or not all(p in self.forms for p in parts):
                continue
            for part in parts:
                entry = self.gazetteer[self.forms[part]]
                span = Span(doc, token.i, token.i + 1, label=entry.type, kb_id=entry.actor)
                span._.sc_actor_country = entry.country
                span._.sc_actor_method = "gazetteer"
                new.append(span)
        if new:
            doc.spans["actors"] = sorted(actors + new, key=lambda s: (s.start, s.end))
        return doc
