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
#: Names that contain an actor's alias but are not that actor (places, regions, peoples).
DEFAULT_STOP_PHRASES = [
    "Latin America", "Latin American", "Latin Americans", "North America", "North American",
    "South America", "South American", "Central America", "Central American",
    "Native American", "Native Americans", "African American", "African Americans",
    "Indian Ocean", "Arabian Sea", "Arabian Peninsula", "South China Sea", "East China Sea",
    "Korean Peninsula", "Persian Gulf", "Gulf of Mexico", "New Mexico", "Mexico City",
    "Washington State", "Washington Post", "Georgia Tech", "Jordan River", "Dead Sea",
    "Chinese Taipei", "American Samoa", "Russian roulette", "Indian summer", "Turkish delight",
    "French fries", "Chinese whispers",
]  # fmt: skip


@Language.factory(
    "spaceclaims_actors",
    default_config={
        "gazetteer_files": [],
        "use_ner": True,
        "use_shipped_gazetteer": True,
        "stop_phrases": DEFAULT_STOP_PHRASES,
    },
)
def make_actor_matcher(
    nlp: Language,
    name: str,
    gazetteer_files: list[str],
    use_ner: bool,
    use_shipped_gazetteer: bool,
    stop_phrases: list[str],
) -> ActorMatcher:
    return ActorMatcher(
        nlp,
        gazetteer_files=[Path(p) for p in gazetteer_files],
        use_ner=use_ner,
        use_shipped_gazetteer=use_shipped_gazetteer,
        stop_phrases=stop_phrases,
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
        stop_phrases: list[str] = (),
    ) -> None:
        register_extensions()
        self.stop_phrases = list(stop_phrases)
        self.stop_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        if self.stop_phrases:
            self.stop_matcher.add("STOP", list(nlp.tokenizer.pipe(self.stop_phrases)))
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
        # Candidates are (start, end, actor, method, new-actor fields); spans are made only for
        # the ones kept, because span extensions are stored per character range.
        gazetteer: list[tuple] = []
        for matcher in (self.matcher, self.lower_matcher):
            for key, start, end in matcher(doc):
                gazetteer.append((start, end, self._key_actor[key], "gazetteer", {}))
        for key, start, end in self.metonym_matcher(doc):
            if self._city_acts(doc, start, end):
                gazetteer.append((start, end, self._key_actor[key], "gazetteer", {}))
        kept = self._stopped(doc, _longest_first(gazetteer, []))
        kept = _longest_first(self._acronym_candidates(doc, kept), kept)
        if self.use_ner and doc.has_annotation("ENT_IOB"):
            kept = _longest_first(self._ner_candidates(doc), kept)
        doc.spans["actors"] = [self._span(doc, *c) for c in sorted(kept)]
        return doc

    def _stopped(self, doc: Doc, candidates: list[tuple]) -> list[tuple]:
        """Drop matches inside a stop phrase ("Latin American", "Indian Ocean")."""
        if not self.stop_phrases:
            return candidates
        blocked = [(s, e) for _, s, e in self.stop_matcher(doc)]
        return [c for c in candidates if not any(s <= c[0] and c[1] <= e for s, e in blocked)]

    def _span(
        self, doc: Doc, start: int, end: int, actor: str | None, method: str, new: dict
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

    def _acronym_candidates(self, doc: Doc, found: list[tuple]) -> list[tuple]:
        defs = doc._.abbreviations or {}
        spans: list[tuple] = []
        seen = {doc[c[0] : c[1]].text for c in found}
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
                        spans.append((span.start, span.end, actor, "acronym", new))
        # Misspelled acronyms: a transposition of an acronym this document uses.
        used = {t for c in found + spans if (t := doc[c[0] : c[1]].text).isupper()}
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
                    spans.append((token.i, token.i + 1, actor, "acronym", new))
        return spans

    def _ner_candidates(self, doc: Doc) -> list[tuple]:
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
            spans.append((span.start, span.end, actor, "ner", new))
        return spans


def _longest_first(candidates: list[tuple], kept: list[tuple]) -> list[tuple]:
    """``kept`` plus the longest of ``candidates`` that overlap nothing already kept."""
    taken = {i for c in kept for i in range(c[0], c[1])}
    out = list(kept)
    for c in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if not any(i in taken for i in range(c[0], c[1])):
            out.append(c)
            taken.update(range(c[0], c[1]))
    return out


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
