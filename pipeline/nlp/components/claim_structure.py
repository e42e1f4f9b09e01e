"""Parties and modality of each claim sentence, from a dependency parse of that sentence only.

For every sentence the claims component labelled ``cooperation``, ``competition`` or ``both``
this component writes

- ``sent._.sc_claim_parties``: the canonical actors that are parties to the claimed relation, in
  order of first mention: subjects and objects of the clause, "with X", "against X",
  "between X and Y", coordinated and apposed actors, the possessor of a relation noun
  ("China's cooperation with Russia"), an actor standing for the noun it modifies ("Chinese
  firms", "the decision of Belarus"); not an actor that only qualifies another actor ("the
  US-led Accords", "Pakistan's SUPARCO"), a place or venue ("in Argentina", "at the IAC"), a
  framework ("under the Outer Space Treaty"), a background clause ("after Russia invaded
  Ukraine"), the source of reported speech ("NASA said that ...") or a legal instrument that
  imposes a rule ("the Wolf Amendment bars ...");
- ``sent._.sc_claim_modality``: ``asserted``, ``planned``, ``hypothetical``, ``normative`` or
  ``negated`` (ANNOTATION_GUIDE.md, "Modality"), from rules over the main clause: normative
  modals and verbs first, then conditionals, then negation of the relation, then modals of
  possibility, then future and intention markers; ``asserted`` otherwise.

The base pipeline leaves the dependency parser out for speed. This component loads the parser
and the rule lemmatizer of the same spaCy package once, lazily, and runs the parser only on the
claim sentences of a document, in one batch per document: neutral sentences are never parsed.
The lemmatizer is not run over the sentences: the rules ask for the lemmas of a few predicates
and arguments only, so a word is lemmatized when a rule first asks (``_lemma``), which is most
of the cost of lemmatizing saved. Tags,
entities and the token vectors (``doc.tensor``, written by the base pipeline's ``tok2vec``)
come with each sentence (``Span.as_doc`` copies them), so the parser reads the vectors already
computed instead of running ``tok2vec`` again; when a sentence has none (or ``parser_model``
names another package) the parser's own ``tok2vec`` runs.

The rules follow the usual shape of dependency-based relation argument extraction (subject,
object and prepositional arguments of the predicate, propagated through coordination, as in
ReVerb/ClausIE-style open information extraction: Fader et al. 2011, Del Corro & Gemulla 2013)
and, for modality, cue-based detection over the clause's auxiliaries and complement chain
(Saurí & Pustejovsky 2009, FactBank).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.extract.claim_sides import (
    Principals,
    document_principals,
    party_term_mentions,
    principal_mentions,
    side_of,
)
from pipeline.nlp.extract.modality import find_modality
from pipeline.nlp.extract.parse_words import (
    LAZY_LEMMAS,
    OBJECT_DEPS,
    RELATION_NOUNS,
    SAY_VERBS,
    SUBJECT_DEPS,
)
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.parse_words import words as _words
from pipeline.schema import CLAIM_LABELS, OBJECT_ACTOR_TYPES

MODALITIES = ("asserted", "planned", "hypothetical", "normative", "negated")

#: Nouns that refer back to the subject of a verb of saying ("NASA said the agency would ...").
ANAPHORIC_NOUNS = _words(
    "agency company government country ministry organisation organization administration "
    "state nation firm corporation"
)
ANAPHORIC_PRONOUNS = frozenset({"it", "they", "we", "i"})
#: Verbs by which a legal instrument imposes a rule: an agreement that is their subject is the
#: framework of the claim, not a party to it ("the Wolf Amendment bars NASA from ...").
RULE_VERBS = _words(
    "bar prohibit forbid ban restrict require oblige obligate direct mandate govern control "
    "permit allow provide stipulate prevent limit authorize authorise regulate apply cover "
    "serve"
)
#: Prepositions whose object is a party when the phrase attaches to the relation or a party.
PARTY_PREPS = _words("""
    with against between among amongst versus vs vs. to into from on onto aboard for through
    via over alongside in toward towards before including like as by behind beside besides
    """)
#: Prepositions of place, time, framework or source: their object is not a party.
NONPARTY_PREPS = _words("""
    at under during near within according after since until despite outside inside around
    across beyond per amid amidst throughout following except
    """)
#: Subordinating conjunctions of background clauses ("after Russia invaded Ukraine").
BACKGROUND_MARKS = _words("after since when although though because until once")
#: Nouns of a framework phrase ("in accordance with X", "in line with X"): X is not a party.
FRAMEWORK_NOUNS = _words("accordance line compliance conformity keeping")
#: Words before "to" that make it a framework or cause ("according to", "pursuant to").
FRAMEWORK_TO = _words("according pursuant due prior owing")
_DASHES = frozenset({"-", "–", "—"})
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod", "nummod", "quantmod"})


@Language.factory(
    "spaceclaims_claim_structure",
    default_config={"parser_model": "", "batch_size": 64},
)
def make_claim_structure(
    nlp: Language, name: str, parser_model: str, batch_size: int
) -> ClaimStructure:
    return ClaimStructure(nlp, parser_model=parser_model, batch_size=batch_size)


class ClaimStructure:
    """Write ``sent._.sc_claim_parties`` and ``sent._.sc_claim_modality`` on claim sentences."""

    def __init__(self, nlp: Language, *, parser_model: str = "", batch_size: int = 64) -> None:
        register_extensions()
        meta = nlp.meta or {}
        default = f"{meta.get('lang', 'en')}_{meta.get('name', 'core_web_sm')}"
        self.parser_model = parser_model or default
        # The base pipeline's token vectors fit the parser only if both come from one package.
        self.reuse_vectors = self.parser_model == default and "tok2vec" in nlp.pipe_names
        self.batch_size = batch_size
        self.nlp = nlp
        #: Which mentions are in a party position: the rules (``party_indices``) unless an
        #: experiment sets another function of the same signature (scripts/experiment_structure.py).
        self.decide: Callable[[Doc, Sequence[Mention]], list[int]] = party_indices
        self._parsers: dict[bool, Language] = {}
        self._lemma_memo: dict[tuple[int, int, int], str] = {}

    def parser(self, *, reuse_vectors: bool) -> Language:
        """The dependency parser, loaded on first use; with its own ``tok2vec`` unless
        ``reuse_vectors``."""
        if reuse_vectors not in self._parsers:
            self._parsers[reuse_vectors] = load_parser(
                self.parser_model, with_tok2vec=not reuse_vectors
            )
        return self._parsers[reuse_vectors]

    def parse(self, sents: Sequence[Span]) -> list[Doc]:
        """Each sentence as a parsed ``Doc`` (same tokens, dependency labels, lemmas)."""
        docs = sentence_docs(sents)
        reuse = self.reuse_vectors and all(
            d.tensor is not None and d.tensor.size and d.tensor.shape[0] == len(d) for d in docs
        )
        nlp = self.parser(reuse_vectors=reuse)
        parsed = list(nlp.pipe(docs, batch_size=self.batch_size, disable=["lemmatizer"]))
        if "lemmatizer" in nlp.pipe_names:
            lemmatize = self._lemmas(nlp)
            for d in parsed:
                d.user_data[LAZY_LEMMAS] = lemmatize
        return parsed

    def _lemmas(self, nlp: Language) -> Callable[[Token], str]:
        """``nlp``'s lemmatizer for one word, memoised: spaCy's own memo skips base forms."""
        lemmatizer = nlp.get_pipe("lemmatizer")
        memo = self._lemma_memo

        def lemmatize(tok: Token) -> str:
            key = (tok.orth, tok.pos, tok.morph.key)
            if key not in memo:
                if len(memo) > 200_000:  # bounded over millions of pages
                    memo.clear()
                memo[key] = lemmatizer.lemmatize(tok)[0]
            return memo[key]

        return lemmatize

    def __call__(self, doc: Doc) -> Doc:
        claims = [s for s in doc.sents if s._.sc_claim_label in CLAIM_LABELS]
        if not claims:
            return doc
        actors = sorted(doc.spans["actors"], key=lambda s: s.start) if "actors" in doc.spans else []
        starts = [a.start for a in actors]
        principals = self.principals(doc, actors)
        for sent, sent_doc in zip(claims, self.parse(claims), strict=True):
            lo = bisect.bisect_left(starts, sent.start)
            hi = bisect.bisect_left(starts, sent.end)
            spans = [a for a in actors[lo:hi] if a.end <= sent.end]
            mentions = [
                (a.start - sent.start, a.end - sent.start, a.kb_id_, a.label_) for a in spans
            ]
            countries = {a.kb_id_: a._.sc_actor_country for a in spans}
            covered = {i for m in mentions for i in range(m[0], m[1])}
            terms = party_term_mentions(sent_doc, covered)
            inside = {i for t in terms for i in range(t[0], t[1])}
            mentions = [m for m in mentions if m[0] not in inside]
            mentions += terms + principal_mentions(sent_doc, principals)
            sides: list[str] = []
            for k in self.decide(sent_doc, mentions):
                _, _, name, kind = mentions[k]
                side = side_of(name, kind, countries.get(name, ""))
                if kind == "person":
                    side = _office_of(sent_doc, mentions, k) or side
                if side and side not in sides:
                    sides.append(side)
            sent._.sc_claim_parties = sides
            sent._.sc_claim_modality = find_modality(sent_doc, label=sent._.sc_claim_label)
        return doc

    def principals(self, doc: Doc, actors: Sequence[Span]) -> Principals:
        """The document's principals (``claim_sides.document_principals``), from the actors of
        ``doc._.sc_title`` (found by this pipeline's own components up to the actors) and of
        the text."""
        title = doc._.sc_title or ""
        title_actors: list[tuple[str, str, str]] = []
        if title.strip():
            tdoc = self.nlp.make_doc(title)
            for name, proc in self.nlp.pipeline:
                if (
                    name == "spaceclaims_actors"
                    or name in {"tok2vec", "tagger"}
                    or (name == "spaceclaims_fast_attributes" or name == "attribute_ruler")
                ):
                    tdoc = proc(tdoc)
                if name == "spaceclaims_actors":
                    break
            found = tdoc.spans.get("actors", [])
            title_actors = [(a.kb_id_, a.label_, a._.sc_actor_country) for a in found]
        body = ((a.kb_id_, a.label_, a._.sc_actor_country) for a in actors)
        return document_principals(title_actors, body, title=title)


def _office_of(doc: Doc, mentions: Sequence[Mention], k: int) -> str:
    """The agency or organisation a person acts for when the sentence names it in the
    person's title: "NASA Administrator Bill Nelson", "ESA Director General Josef ..."."""
    start = mentions[k][0]
    for _, e, name, kind in mentions:
        if kind in {"agency", "organization"} and 0 <= start - e <= 3:
            between = doc[e:start]
            if all(t.is_title or t.is_upper for t in between):
                return name
    return ""


_COPIED = ("TAG", "POS", "MORPH", "ENT_IOB", "ENT_TYPE")


def sentence_docs(sents: Sequence[Span]) -> list[Doc]:
    """Each sentence as a ``Doc`` of its own with the tags, entities and token vectors of the
    document. Unlike ``Span.as_doc``, which copies the whole document's attribute array for
    every sentence, the array is taken once, so the cost is linear in the document."""
    if not sents:
        return []
    doc = sents[0].doc
    array = doc.to_array(list(_COPIED))
    tensor = doc.tensor if doc.tensor is not None and doc.tensor.size else None
    out = []
    for sent in sents:
        tokens = doc[sent.start : sent.end]
        sent_doc = Doc(
            doc.vocab,
            words=[t.text for t in tokens],
            spaces=[bool(t.whitespace_) for t in tokens],
        )
        sent_doc.from_array(list(_COPIED), array[sent.start : sent.end])
        if tensor is not None and tensor.shape[0] == len(doc):
            sent_doc.tensor = tensor[sent.start : sent.end]
        out.append(sent_doc)
    return out


def load_parser(name: str, *, with_tok2vec: bool = True) -> Language:
    """The dependency parser of the installed package ``name``, without the other pipes.

    Only ``parser``, the rule lemmatizer (which reads the part-of-speech tags the base pipeline
    assigned) and, ``with_tok2vec``, the shared ``tok2vec`` are kept. Without it the parser's
    listener reads ``doc.tensor`` (spaCy's fallback when its upstream component did not run).
    """
    keep = {"parser", "lemmatizer"} | ({"tok2vec"} if with_tok2vec else set())
    try:
        meta = spacy.util.get_model_meta(spacy.util.get_package_path(name))
    except (OSError, ValueError, ModuleNotFoundError):
        meta = {}
    pipes = meta.get("components") or meta.get("pipeline") or _STANDARD_PIPES
    try:
        nlp = spacy.load(name, exclude=[p for p in pipes if p not in keep])
    except OSError as exc:
        raise RuntimeError(
            f"cannot load the dependency parser from {name!r} ({exc}); set "
            "components.spaceclaims_claim_structure.parser_model to an installed spaCy "
            "English package with a parser (e.g. en_core_web_sm)"
        ) from None
    if "parser" not in nlp.pipe_names:
        raise RuntimeError(f"{name!r} has no dependency parser; set parser_model to one that has")
    if "lemmatizer" in nlp.pipe_names:
        # The rule lemmatizer looks each candidate form up in word lists of up to 57,000
        # entries; as sets the lookups are instant (same lemmas, a tenth of the time).
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", None)
        for pos, forms in list((index or {}).items()):
            index[pos] = frozenset(forms)
    return nlp


# Names of the other pipes of spaCy's trained pipelines, excluded when a model has no meta.
_STANDARD_PIPES = (
    "tagger", "morphologizer", "attribute_ruler", "ner", "entity_ruler", "senter",
    "sentencizer", "textcat", "textcat_multilabel", "entity_linker", "spancat",
)  # fmt: skip


# --------------------------------------------------------------------------------------------
# Parties

Mention = tuple[int, int, str, str]  # start token, end token, canonical actor, actor type


def find_parties(doc: Doc, mentions: Sequence[Mention]) -> list[str]:
    """The canonical actors of ``mentions`` that are parties in the parsed sentence ``doc``
    (as they are written: no mapping of persons or objects, see ``claim_sides.side_of``)."""
    out: list[str] = []
    for k in party_indices(doc, mentions):
        if mentions[k][2] not in out:
            out.append(mentions[k][2])
    return out


def party_indices(doc: Doc, mentions: Sequence[Mention]) -> list[int]:
    """The indices of the ``mentions`` in a party position of the parsed sentence ``doc``, in
    order of first mention."""
    owner: dict[int, int] = {}
    for k, (start, end, _, _) in enumerate(mentions):
        for i in range(start, min(end, len(doc))):
            owner.setdefault(i, k)
    kinds = {k: m[3] for k, m in enumerate(mentions)}
    out: list[int] = []
    for k, (start, end, _, kind) in sorted(enumerate(mentions), key=lambda km: km[1][0]):
        if start >= len(doc):
            continue
        root = _span_root(doc, start, min(end, len(doc)))
        ctx = _Context(owner, kinds, owner.get(root.i, k), kind)
        if _is_party(root, ctx) and not _blocked(root):
            out.append(k)
    return out


class _Context:
    """What the party rules need to know about the mention being judged."""

    __slots__ = ("owner", "kinds", "me", "kind")

    def __init__(self, owner: dict[int, int], kinds: dict[int, str], me: int, kind: str):
        self.owner, self.kinds, self.me, self.kind = owner, kinds, me, kind

    def other_actor(self, tok: Token) -> int | None:
        """The index of the actor mention ``tok`` belongs to, if it is not the judged one."""
        k = self.owner.get(tok.i)
        return None if k is None or k == self.me else k

    def is_object(self, tok: Token) -> bool:
        """Whether ``tok`` belongs to a program, mission, station or agreement mention."""
        k = self.owner.get(tok.i)
        return k is not None and self.kinds.get(k) in OBJECT_ACTOR_TYPES

    def is_country(self, tok: Token) -> bool:
        k = self.owner.get(tok.i)
        return k is not None and self.kinds.get(k) == "country"


def _span_root(doc: Doc, start: int, end: int) -> Token:
    """The token of ``doc[start:end]`` closest to the sentence root (the first if several)."""
    return min(doc[start:end], key=lambda t: (sum(1 for _ in t.ancestors), t.i))


def _is_party(tok: Token, ctx: _Context, depth: int = 0) -> bool:
    """Whether ``tok`` (the root of the judged actor mention, or a word it stands for) is in an
    argument position of a clause."""
    if depth > 12:
        return False
    dep, head = tok.dep_, tok.head
    if dep == "ROOT" or head.i == tok.i:
        return True
    if dep in SUBJECT_DEPS:
        if _lemma(head) in SAY_VERBS and _has_clause(head):
            return _reports_on_subject(head)  # a source, unless "X said it would ..."
        return not (ctx.kind == "agreement" and _lemma(head) in RULE_VERBS)
    if dep in OBJECT_DEPS:
        # The addressee of a verb of saying ("warned Congress that ...") is not a party.
        return not (_lemma(head) in SAY_VERBS and _has_clause(head))
    if dep == "pobj":
        return _prepositional_party(tok, head, ctx, depth)
    if dep in {"conj", "appos"}:
        return _is_party(head, ctx, depth + 1)
    if dep in MODIFIER_DEPS or (dep == "acl" and head.pos_ in {"NOUN", "PROPN"}):
        return _stands_for(tok, head, ctx, depth)
    return False


def _prepositional_party(tok: Token, prep: Token, ctx: _Context, depth: int) -> bool:
    word = prep.lower_
    governor = prep.head
    if word in NONPARTY_PREPS or governor.lower_ in NONPARTY_PREPS:
        return False
    if governor.lower_ in FRAMEWORK_NOUNS or (word == "to" and governor.lower_ in FRAMEWORK_TO):
        return False
    if prep.dep_ == "agent":
        # "activities covered by ITAR": the instrument, not a party.
        return not (ctx.kind == "agreement" and _lemma(governor) in RULE_VERBS)
    if word == "of" or word in {"including", "like"} or governor.lower_ == "such":
        return _stands_for(tok, governor, ctx, depth)
    if word == "in" and ctx.is_country(tok):
        return False  # a place: "ground stations in Argentina, Chile and South Africa"
    return word in PARTY_PREPS


def _stands_for(tok: Token, noun: Token, ctx: _Context, depth: int) -> bool:
    """An actor modifying ``noun`` is a party when ``noun`` names a relation or is itself in an
    argument position; never when ``noun`` is, or is named by, another actor (a qualifier:
    "Pakistan's SUPARCO", "South Korea's Danuri orbiter"), unless the two are joined by a dash
    ("ESA–NASA agreement", "Sino-Indian")."""
    if ctx.other_actor(noun) is not None:
        if _dash_between(tok, noun) or ctx.is_object(noun):
            # "ESA joined NASA's Orion programme": a program, mission, station or agreement
            # is what the relation is about; its owner is the side.
            return _is_party(noun, ctx, depth + 1)
        return False
    if _lemma(noun) in RELATION_NOUNS:
        return True
    named_by = [
        c
        for c in noun.children
        if c.i != tok.i
        and c.dep_ in {"compound", "appos", "nmod", "nummod"}
        and ctx.other_actor(c) is not None
    ]
    if named_by:
        # "South Korea's Danuri orbiter": the noun is named by Danuri, a mission, whose owner
        # South Korea is the side; "Pakistan's SUPARCO": a qualifier.
        return all(ctx.is_object(c) for c in named_by) and _is_party(noun, ctx, depth + 1)
    after = noun.i + 1
    if (
        noun.pos_ == "NOUN"
        and after < len(noun.doc)
        and ctx.other_actor(noun.doc[after]) is not None
        and noun.doc[after].head.i in {noun.i, noun.head.i}
    ):
        return False  # "Turkey's space agency TUA", parsed as two subjects
    if noun.pos_ in {"NOUN", "PROPN", "VERB", "ADJ", "PRON", "NUM"}:
        return _is_party(noun, ctx, depth + 1)
    return False


def _dash_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(a.doc[i].text in _DASHES for i in range(lo + 1, hi))


def _blocked(tok: Token) -> bool:
    """Whether ``tok`` lies in a background clause or a place/time/framework phrase."""
    for t in (tok, *tok.ancestors):
        if t.dep_ == "pobj" and t.head.lower_ in NONPARTY_PREPS:
            return True
        if t.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in t.children
        ):
            return True
        if t.dep_ == "prep" and (t.lower_ in NONPARTY_PREPS or t.head.lower_ in FRAMEWORK_NOUNS):
            return True
    return False


def _has_clause(verb: Token) -> bool:
    return any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children) or verb.dep_ in {
        "parataxis"
    }


def _reports_on_subject(verb: Token) -> bool:
    """ "X said it would ...": the reported clause's subject refers back to the speaker."""
    for clause in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}):
        for c in clause.children:
            if c.dep_ not in SUBJECT_DEPS:
                continue
            if c.lower_ in ANAPHORIC_PRONOUNS:
                return True
            if _lemma(c) in ANAPHORIC_NOUNS and any(d.lower_ == "the" for d in c.children):
                return True
    return False
