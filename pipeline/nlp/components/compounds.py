"""Actors written in forms the gazetteer matcher cannot see, and country words that name a
language. Runs after ``spaceclaims_actors``:

- compounds: a token made of two or three gazetteer forms of countries, agencies or
  organisations joined by hyphens or dashes ("U.S.-India", "EU-Japan", "NASA-ISRO"; one token
  to the tokenizer, so no form matches it; "Sino-Indian" is the actor component's combining
  forms) gets one span per part, each covering the whole token (method ``gazetteer``);
- UN resolutions: "resolution 3182 (XXVIII)", "General Assembly resolution 66/288",
  "resolutions 31/8 and 32/196" are actors of type ``agreement`` named "UN General Assembly
  resolution N" ("UN Security Council resolution N" after "Security Council"); method
  ``pattern``;
- languages: a demonym that names a language ("Chinese: 天问", "the Arabic, Chinese, English
  and French texts", "a Chinese term") is not its country: the span is removed.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.extract.gazetteer import load_gazetteer

_JOIN = re.compile(r"[-–—]")
_TYPES = frozenset({"country", "agency", "organization"})
_LANGUAGE_NOUNS = frozenset(
    [
        "text",
        "texts",
        "language",
        "languages",
        "term",
        "terms",
        "name",
        "names",
        "word",
        "words",
        "version",
        "versions",
        "translation",
        "translations",
        "transcription",
    ]
)
_RESOLUTION_NUMBER = r"\d{1,4}(?:/\d{1,4})?(?:\s?[A-Z])?(?:\s\((?:[IVXL]+|S-[IVXL]+)\))?"
_RESOLUTIONS = re.compile(
    r"\b(?P<body>(?:General Assembly|Security Council)\s+)?[Rr]esolutions?\s+"
    rf"(?P<first>{_RESOLUTION_NUMBER})"
    rf"(?P<rest>(?:(?:\s+of\s[^,;()]{{3,40}}?)?\s*(?:,\s*and|,|and)\s+{_RESOLUTION_NUMBER})*)"
)
_NUMBER = re.compile(_RESOLUTION_NUMBER)


def resolutions(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each UN resolution a text cites by number. A number needs a
    slash ("66/288") or a session in Roman numerals ("3182 (XXVIII)") unless "General
    Assembly" or "Security Council" comes before "resolution"."""
    out = []
    for m in _RESOLUTIONS.finditer(text):
        body = (
            "UN Security Council"
            if (m["body"] or "").startswith("Security")
            else ("UN General Assembly")
        )
        numbers = [(m.start("first"), m.end("first"))]
        if m["rest"]:
            base = m.start("rest")
            numbers += [(base + n.start(), base + n.end()) for n in _NUMBER.finditer(m["rest"])]
        for i, (s, e) in enumerate(numbers):
            number = re.sub(r"(\d) ([A-Z])", r"\1\2", text[s:e])
            if not m["body"] and "/" not in number and "(" not in number:
                continue
            start = m.start() if i == 0 else s
            out.append((start, e, f"{body} resolution {number}"))
    return out


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
        actors = [a for a in doc.spans.get("actors", []) if not self._language(doc, a)]
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
        taken = {i for a in actors + new for i in range(a.start_char, a.end_char)}
        for start, end, name in resolutions(doc.text):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start_char, span.end_char)):
                continue
            span = Span(doc, span.start, span.end, label="agreement", kb_id=name)
            span._.sc_actor_method = "pattern"
            new.append(span)
        doc.spans["actors"] = sorted(actors + new, key=lambda s: (s.start, s.end))
        return doc

    def _language(self, doc: Doc, actor: Span) -> bool:
        """Whether a one-word country mention that is not the country's name (a demonym) names
        a language: before a colon, or before "text(s)", "language", "term", "name", "word",
        "version", "translation" (past the rest of a list: "Chinese, English and French
        texts")."""
        if actor.label_ != "country" or len(actor) != 1 or actor.text == actor.kb_id_:
            return False
        i = actor.end
        while i < len(doc) and i < actor.end + 12:
            word = doc[i]
            if word.text == ":":
                return i == actor.end
            if word.lower_ in _LANGUAGE_NOUNS:
                return True
            if word.text in (",", "and", "or") or (word.is_title and word.pos_ in ("ADJ", "PROPN")):
                i += 1
                continue
            return False
        return False
