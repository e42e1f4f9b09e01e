"""Actor mentions: gazetteer matches, document acronyms, and statistical NER as a fallback.

Each mention becomes a span in ``doc.spans["actors"]`` with the canonical actor as
``span.kb_id_``, its type as ``span.label_``, and ``span._.actor_country`` /
``span._.actor_method`` (``gazetteer``, ``acronym`` or ``ner``).

Resolution rules, in order:
1. gazetteer aliases, matched case-sensitively (lower-case aliases case-insensitively);
   possessives ("China's") and "-led" compounds ("US-led") match because the tokenizer splits
   them off;
2. capital-city metonyms ("Beijing", "the Kremlin") only where the city acts: followed by a
   verb or a possessive, or paired with another party ("between Washington and Beijing"); not
   as a place ("in Beijing") or a modifier ("Beijing Universities");
3. acronyms the document defines (``doc._.abbreviations``): "China's National Space Agency
   (CNSA)" links both forms to one actor; a defined organisation missing from the gazetteer
   becomes an actor of its own;
4. obvious misspellings of an acronym used in the same document (a transposition such as "IRLS"
   beside "ILRS");
5. organisations the statistical NER finds that carry an organisational head noun ("Agency",
   "Administration", ...), kept with method ``ner``.
Places (the Moon, Mars, orbits) are never actors: they are not in the gazetteer and NER's
GPE/LOC entities are not used.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.extensions import register_extensions
from pipeline.gazetteer import Actor, load_gazetteer

ORG_HEADS = frozenset(
    [
        "Agency",
        "Administration",
        "Organization",
        "Organisation",
        "Office",
        "Ministry",
        "Institute",
        "Academy",
        "Corporation",
        "Company",
        "Council",
        "Commission",
        "Committee",
        "Center",
        "Centre",
        "Association",
        "Union",
        "Force",
        "Department",
        "Bureau",
        "Authority",
        "Programme",
        "Program",
        "Agency's",
        "Forum",
        "Federation",
        "Consortium",
        "Alliance",
        "Foundation",
        "Directorate",
        "Secretariat",
        "Service",
        "Group",
    ]
)
_PLACE_PREPS = frozenset(
    [
        "in",
        "at",
        "near",
        "to",
        "from",
        "outside",
        "inside",
        "around",
        "across",
        "within",
        "via",
        "through",
        "into",
        "toward",
        "towards",
    ]
)
_PARTY_WORDS = frozenset(["between", "with", "against", "and", "versus", "vs.", "or", "by"])
_DET = frozenset({"the", "The"})


@Language.factory(
    "spaceclaims_actors",
    default_config={"gazetteer_files": [], "use_ner": True, "use_shipped_gazetteer": True},
)
def make_actor_matcher(
    nlp: Language,
    name: str,
    gazetteer_files: list[str],
    use_ner: bool,
    use_shipped_gazetteer: bool,
) -> ActorMatcher:
    return ActorMatcher(
        nlp,
        gazetteer_files=[Path(p) for p in gazetteer_files],
        use_ner=use_ner,
        use_shipped_gazetteer=use_shipped_gazetteer,
    )


class ActorMatcher:
    """Find and resolve actor mentions (see the module docstring for the rules)."""

    def __init__(
        self,
        nlp: Language,
        *,
        gazetteer_files: list[Path],
        use_ner: bool = True,
        use_shipped_gazetteer: bool = True,
    ) -> None:
        register_extensions()
        kwargs = {} if use_shipped_gazetteer else {"base": None}
        self.gazetteer = load_gazetteer(gazetteer_files, **kwargs)
        self.use_ner = use_ner
        self.forms = self.gazetteer.surface_forms()
        self.metonyms = self.gazetteer.metonym_forms()
        self.by_lower = {f.lower(): a for f, a in self.forms.items()}
        self.acronyms = {f: a for f, a in self.forms.items() if f.isupper() and len(f) >= 3}
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.metonym_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._key_actor: dict[int, str] = {}
        for matcher, forms, tag in (
            (self.matcher, {f: a for f, a in self.forms.items() if f != f.lower()}, "A"),
            (self.lower_matcher, {f: a for f, a in self.forms.items() if f == f.lower()}, "L"),
            (self.metonym_matcher, self.metonyms, "M"),
        ):
            by_actor: dict[str, list[str]] = {}
            for form, actor in forms.items():
                by_actor.setdefault(actor, []).append(form)
            for actor, actor_forms in by_actor.items():
                key = f"{tag}:{actor}"
                matcher.add(key, list(nlp.tokenizer.pipe(actor_forms)))
                self._key_actor[nlp.vocab.strings[key]] = actor

    def actor(self, name: str) -> Actor:
        return self.gazetteer[name]

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for matcher in (self.matcher, self.lower_matcher):
            for key, start, end in matcher(doc):
                spans.append(self._span(doc, start, end, self._key_actor[key], "gazetteer"))
        for key, start, end in self.metonym_matcher(doc):
            if self._city_acts(doc, start, end):
                spans.append(self._span(doc, start, end, self._key_actor[key], "gazetteer"))
        spans.extend(self._acronym_spans(doc, spans))
        if self.use_ner and doc.has_annotation("ENT_IOB"):
            spans.extend(self._ner_spans(doc))
        doc.spans["actors"] = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc

    def _span(
        self, doc: Doc, start: int, end: int, actor: str | None, method: str, **new: str
    ) -> Span:
        if actor is not None and actor in self.gazetteer:
            entry = self.gazetteer[actor]
            span = Span(doc, start, end, label=entry.type, kb_id=entry.actor)
            span._.actor_country = entry.country
        else:
            span = Span(doc, start, end, label=new.get("type", "organization"), kb_id=new["name"])
            span._.actor_country = new.get("country", "")
        span._.actor_method = method
        return span

    def _city_acts(self, doc: Doc, start: int, end: int) -> bool:
        prev = doc[start - 1] if start > 0 else None
        if prev is not None and prev.text in _DET:
            prev = doc[start - 2] if start > 1 else None
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN":
            return False  # "Beijing Universities", "Washington Post"
        if prev is not None and prev.lower_ in _PLACE_PREPS:
            return False  # "talks in Beijing"
        if nxt is not None and (nxt.tag_ in {"POS", "MD"} or nxt.tag_.startswith("VB")):
            return True
        if nxt is not None and nxt.pos_ == "ADV" and end + 1 < len(doc):
            return doc[end + 1].tag_.startswith("VB")
        if prev is not None and prev.lower_ in _PARTY_WORDS:
            return True
        return nxt is not None and nxt.lower_ in {"and", "or", "versus", "vs."}

    def _acronym_spans(self, doc: Doc, found: list[Span]) -> list[Span]:
        defs = doc._.abbreviations or {}
        spans: list[Span] = []
        seen = {s.text for s in found}
        for short, long in defs.items():
            actor = self.forms.get(short) or self.by_lower.get(_strip_det(long).lower())
            new: dict[str, str] = {}
            if actor is None:
                if not _looks_like_organisation(long):
                    continue
                new = {"name": short, "type": _guess_type(long)}
            if short in seen and long in seen and not new:
                continue
            for form in {short, _strip_det(long)}:
                for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", doc.text):
                    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                    if span is not None:
                        spans.append(self._span(doc, span.start, span.end, actor, "acronym", **new))
        # Misspelled acronyms: a transposition of an acronym this document uses.
        used = {s.text for s in found + spans if s.text.isupper()}
        for token in doc:
            text = token.text
            if (
                len(text) >= 3
                and text.isupper()
                and text.isalpha()
                and text not in self.forms
                and text not in defs
            ):
                target = next((u for u in used if _is_transposition(text, u)), None)
                if target is not None:
                    actor = self.forms.get(target) or target
                    new = {} if actor in self.gazetteer else {"name": target}
                    spans.append(self._span(doc, token.i, token.i + 1, actor, "acronym", **new))
        return spans

    def _ner_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            tokens = [t for t in ent if t.text not in _DET]
            if not tokens or not any(t.text in ORG_HEADS for t in tokens):
                continue
            span = doc[tokens[0].i : tokens[-1].i + 1]
            name = span.text
            actor = self.forms.get(name) or self.by_lower.get(name.lower())
            new = {} if actor else {"name": name, "type": _guess_type(name)}
            spans.append(self._span(doc, span.start, span.end, actor, "ner", **new))
        return spans


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text.strip())


def _looks_like_organisation(long_form: str) -> bool:
    words = long_form.split()
    return any(w.strip(",.") in ORG_HEADS for w in words) and sum(
        w[:1].isupper() for w in words
    ) >= max(2, len(words) // 2)


def _guess_type(name: str) -> str:
    if re.search(r"\b(Space Agency|Administration|Ministry|Department|Office|Bureau)\b", name):
        return "agency"
    if re.search(r"\b(Corporation|Company|Inc|Ltd|Group)\b", name):
        return "company"
    if re.search(r"\b(Program|Programme)\b", name):
        return "program"
    return "organization"


def _is_transposition(a: str, b: str) -> bool:
    """True when ``a`` is ``b`` with two adjacent letters swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )
