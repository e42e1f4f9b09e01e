"""Parties and modality of each claim sentence, from a dependency parse of that sentence only.

For every sentence the claims component labelled ``cooperation``, ``competition`` or ``both``
this component writes

- ``sent._.sc_claim_parties``: the sides of the claimed relation (canonical actors, in order of
  first mention). Which actor mentions stand in a party position is decided by a learned model
  over parse-path features (``nlp/extract/party_model.py``; ``parties = "rules"`` in the
  config selects the rules of ``nlp/extract/party_rules.py`` instead). The mentions are the
  actors of the sentence plus what names a side without naming an actor
  (``nlp/extract/claim_sides.py``): the document's principals ("we", "our two countries", a
  joint statement's "they", "the agency"; a quoted "we" is the quoted speaker's body,
  ``nlp/extract/quoted_speakers.py``), party terms ("States Parties", "the Signatories")
  and offices ("the Secretary-General of the United Nations"), and the actors that a third
  person, a definite noun ("the country"), a relative pronoun or a unit noun ("NASA's Goddard
  centre") refers to (``nlp/extract/anaphora.py``). A side is never a program,
  mission, station or agreement (what the relation is about: its owner is the side); a person
  stands for the agency named in their title, else their state.
- ``sent._.sc_claim_modality``: ``asserted``, ``planned``, ``hypothetical``, ``normative`` or
  ``negated`` (docs/annotation-guide.md, "Modality"), from rules over the main clause
  (``nlp/extract/modality.py``).

The base pipeline leaves the dependency parser out for speed. This component loads the parser
and the rule lemmatizer of the same spaCy package once, lazily, and runs the parser only on the
claim sentences of a document, in one batch per document: neutral sentences are never parsed.
The lemmatizer is not run over the sentences: the rules ask for the lemmas of a few predicates
and arguments only, so a word is lemmatized when a rule first asks (``parse_words.lemma``), which is most
of the cost of lemmatizing saved. Tags,
entities and the token vectors (``doc.tensor``, written by the base pipeline's ``tok2vec``)
come with each sentence (``Span.as_doc`` copies them), so the parser reads the vectors already
computed instead of running ``tok2vec`` again; when a sentence has none (or ``parser_model``
names another package) the parser's own ``tok2vec`` runs.

The document's title (``doc._.sc_title``, set by the runner from the document's metadata) gives
its principals: the actors this pipeline finds in it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.ingest.textmarks import TITLE_MINOR_WORDS
from pipeline.nlp.components.list_lead_ins import (
    SUBJECTS,
    inherit,
    item_like,
    lead_in_of,
    pronoun_subject,
    subjects_before_modal,
)
from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.extract import quoted_speakers as quoted
from pipeline.nlp.extract.anaphora import anaphora_mentions, previous_candidates
from pipeline.nlp.extract.body_voice import committee_voice
from pipeline.nlp.extract.claim_sides import (
    Principals,
    continues_lead_in,
    counterparts_only,
    framed_relation,
    implied_side,
    is_fact_sheet,
    is_lead_in,
    outside_party_terms,
    principal_mentions,
    reports_others,
    side_of,
    subjectless_item,
    together_word,
    with_principals,
    without_framers,
)
from pipeline.nlp.extract.instrument_sides import (
    acting_parties,
    defined_parties,
    defined_signatories,
    instrument_terms,
    joint_body_mentions,
    letterhead_signatories,
    party_words,
    title_signatories,
)
from pipeline.nlp.extract.letters import letter_sides
from pipeline.nlp.extract.modality import find_modality, legal_text
from pipeline.nlp.extract.modality_discourse import dated_ahead
from pipeline.nlp.extract.own_government import own_government, own_state
from pipeline.nlp.extract.own_voice import voiced_principals
from pipeline.nlp.extract.pair_words import pair_mentions, recent_pairs, without_pair_words
from pipeline.nlp.extract.parse_repairs import fronted_list_subject
from pipeline.nlp.extract.parse_words import LAZY_LEMMAS
from pipeline.nlp.extract.party_frames import leader_qualifier, qualifying_body, we_at
from pipeline.nlp.extract.party_model import load_party_model
from pipeline.nlp.extract.party_rules import Mention, party_indices
from pipeline.nlp.extract.position_forums import positions_forum, within_or_outside
from pipeline.nlp.extract.speaker_turns import speaker_turns, speaking_body
from pipeline.nlp.extract.speech_titles import speaker_actors
from pipeline.nlp.extract.unnamed_states import observes_unnamed_states
from pipeline.schema import CLAIM_LABELS

#: How the party positions are decided: ``model`` (the learned model, chosen on the real dev
#: split) or ``rules``.
PARTY_DECIDERS = ("model", "rules")


@Language.factory(
    "spaceclaims_claim_structure",
    default_config={"parser_model": "", "batch_size": 64, "parties": "model"},
)
def make_claim_structure(
    nlp: Language, name: str, parser_model: str, batch_size: int, parties: str = "model"
) -> ClaimStructure:
    return ClaimStructure(nlp, parser_model=parser_model, batch_size=batch_size, parties=parties)


class ClaimStructure:
    """Write ``sent._.sc_claim_parties`` and ``sent._.sc_claim_modality`` on claim sentences."""

    def __init__(
        self, nlp: Language, *, parser_model: str = "", batch_size: int = 64, parties: str = "model"
    ) -> None:
        if parties not in PARTY_DECIDERS:
            raise ValueError(
                f"components.spaceclaims_claim_structure.parties = {parties!r}: use one of "
                + ", ".join(PARTY_DECIDERS)
            )
        register_extensions()
        meta = nlp.meta or {}
        default = f"{meta.get('lang', 'en')}_{meta.get('name', 'core_web_sm')}"
        self.parser_model = parser_model or default
        # The base pipeline's token vectors fit the parser only if both come from one package.
        self.reuse_vectors = self.parser_model == default and "tok2vec" in nlp.pipe_names
        self.batch_size = batch_size
        self.nlp = nlp
        #: Which mentions are in a party position (an experiment may set another function of
        #: the same signature: scripts/experiment_structure.py).
        self.decide: Callable[[Doc, Sequence[Mention]], list[int]] = (
            load_party_model() if parties == "model" else party_indices
        )
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
        for d in parsed:  # a list after an opening phrase is the subject, as its comma says
            fronted_list_subject(d)
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
        known_states = {a.kb_id_: a._.sc_actor_country for a in actors if a._.sc_actor_country}
        principals = self.principals(doc, actors)
        legal = legal_text(doc.text, title=doc._.sc_title or "")
        fact_sheet = is_fact_sheet(doc._.sc_title or "")
        lead_ins: dict[int, str | None] = {}  # a lead-in's start -> the modality its items take
        written: dict[int, tuple[list[str], str]] = {}  # a claim's start -> parties, modality
        turns = speaker_turns(
            doc.text,
            [(a.start_char, a.end_char, a.kb_id_, a.label_, a._.sc_actor_country) for a in actors],
            doc._.sc_speakers or (),
        )
        voice = (principals.voice, self._state_of(doc, actors, principals.voice))
        topic_named = (principals.topic[0], Counter(a.kb_id_ for a in actors))
        title = doc._.sc_title or ""  # a story's headline: the sentence before its first
        heads = self._title_actors(title) if title.strip() else []
        headline = [(a.kb_id_, a.label_, a._.sc_actor_country) for a in heads]
        for sent, sent_doc in zip(claims, self.parse(claims), strict=True):
            lo = bisect.bisect_left(starts, sent.start)
            hi = bisect.bisect_left(starts, sent.end)
            spans = [a for a in actors[lo:hi] if a.end <= sent.end]
            mentions = [
                (a.start - sent.start, _party_end(doc, a) - sent.start, a.kb_id_, a.label_)
                for a in spans
            ]
            # a side named by reference (a pair word, a pronoun) is an actor of the text
            # before: its state is known from its mentions there
            countries = {**known_states, **{a.kb_id_: a._.sc_actor_country for a in spans}}
            covered = {i for m in mentions for i in range(m[0], m[1])}
            terms = instrument_terms(sent_doc, covered, principals)
            mentions = defined_parties(outside_party_terms(mentions, sent_doc), principals)
            mentions = [m for m in mentions if not leader_qualifier(sent_doc, m)]  # "US-led X"
            n_named = len(mentions) + len(terms)
            body, body_kind = speaking_body(turns, sent.end_char, voice, sent_doc, mentions)
            if body and not principals.joint:
                # a witness's turn in a hearing transcript, an agency's own text: "we" is the
                # body that speaks (or its state named beside it), not the state named most
                voiced = replace(principals, voice=body)
                own = [
                    (s, e, n, body_kind if n == body else k)
                    for s, e, n, k in principal_mentions(sent_doc, voiced)
                ]
            else:
                own = principal_mentions(sent_doc, principals)
            if not principals.joint:  # a quoted "we" is the quoted speaker's body
                near = actors[bisect.bisect_left(starts, quoted.reach_start(doc, sent)) : hi]
                speaker = quoted.quote_speaker(doc, sent, near, principals.actors, *topic_named)
                own = quoted.quoted_first_person(sent_doc, own, speaker)
            # "We at Axiom Space": the body named is the "we", also inside a quote
            own = we_at(sent_doc, own, mentions)
            own += own_government(sent_doc, own_state(principals), covered)  # "the Government"
            if not principals.joint:
                # "Both nations ...", "the two superpowers", "neither country", "both sides":
                # the two just named; a word counting two is never three principals
                pairs = pair_mentions(sent_doc, recent_pairs(doc, actors[:lo], sent, headline))
                if pairs or len(principals.actors) != 2:
                    own = without_pair_words(sent_doc, own)
                own += pairs
            else:
                # a joint text's "the two agencies" is the two agencies it named, not the
                # signatory states: their bodies, which the principals' reading would replace
                pairs = pair_mentions(
                    sent_doc, recent_pairs(doc, actors[:lo], sent, headline), kinds=("agency",)
                )
                own += pairs
            # "It will ...", "Their partnership", "the country", "which": the actor referred
            # to; where it resolves a word, it replaces the principals' reading of it
            refs = self._anaphora(doc, sent, sent_doc, spans, actors[:lo], principals)
            resolved = {m[0] for m in refs}
            own = [m for m in own if m[0] not in resolved]
            if _after_generic_subject(doc, sent):
                own = [m for m in own if sent_doc[m[0]].lower_ != "it"]
            mentions += terms + own + [m for m in refs if not any(o[0] == m[0] for o in own)]
            found: list[tuple[str, bool]] = []  # (side, only implied by "bilateral")
            placed: list[tuple[str, frozenset[int], frozenset[int]]] = []
            strong: set[str] = set()  # sides named in their own right
            qualifiers: set[str] = set()  # bodies that only qualify a thing
            chosen = self.decide(sent_doc, mentions)
            for k in acting_parties(sent_doc, mentions, chosen, principals.party_words):
                start, end, name, kind = mentions[k]
                if k >= n_named and reports_others(sent_doc, mentions[k]):
                    continue  # "we announce that the FDA and the PMDA will ...": the source
                if _POST.match(name) and any(m[0] == end and m[3] == "person" for m in mentions):
                    continue  # "APNSA Sullivan": the post is the title of the person who acts
                if positions_forum(sent_doc, mentions[k]) or within_or_outside(
                    sent_doc, mentions[k]
                ):
                    continue  # "coordinate their positions in the Committee", "within ESA"
                if committee_voice(sent_doc, mentions[k]):
                    continue  # "The Committee recommends that the Government ...": the voice
                side = side_of(name, kind, countries.get(name, ""))
                if kind == "person":
                    side = _office_of(sent_doc, mentions, k) or side
                if side:
                    found.append((side, together_word(sent_doc, mentions[k])))
                    toks = frozenset(range(start, end))
                    placed.append((side, toks, framed_relation(sent_doc, mentions[k])))
                    if not implied_side(sent_doc, mentions[k], principal=k >= n_named):
                        strong.add(side)
                    if qualifying_body(sent_doc, mentions[k]):
                        qualifiers.add(side)
            lead = (
                self._lead_in(doc, sent, actors, principals) if continues_lead_in(sent_doc) else {}
            )
            framers = without_framers(placed)
            bodies = {countries.get(side, "") for side, _ in found} | set(lead.values())
            bodies -= {""}
            # a state only implied (a person, "we", a qualifier) beside its own agency or body
            # in the claim acts through that body: one side, the body
            framers |= {side for side, _ in found if side in bodies and side not in strong}
            # a body that only qualifies a thing ("a Royal Air Force tanker") beside its own
            # state named in its own right: one side, the state
            framers |= {side for side in qualifiers - strong if countries.get(side, "") in strong}
            named = {side for side, implied in found if not implied}
            sides: list[str] = []
            for side, _ in found:
                if side in framers:
                    continue
                if side not in sides and (side in named or len(named) < 2):
                    sides.append(side)
            if lead:
                # "(vi) coordinate acquisitions ..." under "The Secretary of War and the
                # Administrator of NASA shall:": the lead-in's subjects do what the item says
                sides = [s for s in lead if s not in sides] + sides
            elif (
                fact_sheet
                and subjectless_item(sent_doc)
                and (
                    len(sides) < 2
                    or counterparts_only(sent_doc, [t for side, t, _ in placed if side in sides])
                )
            ):
                # "- Signing a memorandum with Poland", "- Launching a program with Japan and
                # Canada": the issuing government is a side
                sides += [p for p in principals.speaker if p not in sides]
            sent._.sc_claim_parties = with_principals(
                sides, principals, countries=countries, doc=sent_doc
            )
            named_sides = [a for a in spans if side_of(a.kb_id_, a.label_, countries[a.kb_id_])]
            if observes_unnamed_states(sent_doc, named_sides):
                sent._.sc_claim_parties = []  # "They noted that some states ...": observers
            modality = find_modality(sent_doc, label=sent._.sc_claim_label, legal=legal)
            if modality == "asserted" and (
                continues_lead_in(sent_doc)
                or subjectless_item(sent_doc)
                # "- Enhancing collaboration on ...": the parser reads the gerund as an adjective
                or (item_like(sent) and not any(t.dep_ in SUBJECTS for t in sent_doc))
            ):
                modality = self._lead_in_modality(doc, sent, legal, lead_ins) or modality
                if modality == "asserted" and subjectless_item(sent_doc) and dated_ahead(sent):
                    # "- Holding the first joint exercise by March 2027." in a fact sheet of
                    # 2026: an item dated after its document announces what is to be done
                    modality = "planned"
            elif (
                modality == "normative"
                and continues_lead_in(sent_doc)
                and not any(t.tag_ == "MD" for t in sent_doc)
            ):
                # "- exchange scientists between their centres;" under "Under the memorandum,
                # the agencies will:": the item completes the lead-in's clause, so a plan of
                # the lead-in is what the item's bare verb says, not a duty (a duty stays one)
                modality = self._lead_in_modality(doc, sent, legal, lead_ins) or modality
            # an item of a list under a lead-in claim: that claim's sides and plan or duty
            lead_in = lead_in_of(doc, sent)
            parties, modality = inherit(
                sent, sent_doc, sent._.sc_claim_parties, modality,
                [(side, toks) for side, toks, _ in placed],
                written.get(lead_in.start) if lead_in is not None else None,
            )  # fmt: skip
            sent._.sc_claim_parties = parties
            sent._.sc_claim_modality = modality
            written[sent.start] = (parties, modality)
        return doc

    def _anaphora(
        self,
        doc: Doc,
        sent: Span,
        sent_doc: Doc,
        spans: Sequence[Span],
        before: Sequence[Span],
        principals: Principals,
    ) -> list[Mention]:
        """Mentions of the actors the third persons, definite nouns and relative pronouns of
        ``sent`` refer to (``nlp/extract/anaphora.py``): the candidates are its own actors
        (``spans``) and those of the sentence before it (the last of ``before``)."""
        own = [
            (a.start - sent.start, a.end - sent.start, a.kb_id_, a.label_,
             a._.sc_actor_country)
            for a in spans
        ]  # fmt: skip
        previous = []
        if sent.start > 0:
            prev = doc[sent.start - 1].sent
            prev_actors = [
                (a.start, a.end, a.kb_id_, a.label_, a._.sc_actor_country)
                for a in before
                if a.start >= prev.start
            ]
            previous = previous_candidates(prev, prev_actors)
        return anaphora_mentions(sent_doc, own, previous, skip_plural=principals.joint)

    def _lead_in_modality(
        self, doc: Doc, sent: Span, legal: bool, memo: dict[int, str | None]
    ) -> str | None:
        """The plan or norm a list item ``sent`` without a cue of its own inherits from its
        lead-in: the nearest sentence before it that ends with a colon, over items that continue
        it as well ("The task force will deepen cooperation, including on:" then "Mapping
        production capacities ...": planned; "The Secretary shall, in consultation with the
        agencies:" then "facilitate access to ...": normative). A lead-in that states a fact
        ("The leaders announced:") or a heading gives nothing."""
        start = sent.start
        for _ in range(40):
            if start == 0:
                return None
            prev = doc[start - 1].sent
            start = prev.start
            if prev.text.rstrip().endswith(":"):
                if prev.start not in memo:
                    found = find_modality(self.parse([prev])[0], legal=legal)
                    memo[prev.start] = found if found in {"planned", "normative"} else None
                return memo[prev.start]
            if not item_like(prev):
                return None
        return None

    def _lead_in(
        self, doc: Doc, sent: Span, actors: Sequence[Span], principals: Principals
    ) -> dict[str, str]:
        """The sides a list item ``sent`` ("(vi) coordinate ...", its marker kept or not: it
        opens with a lowercase word, ``claim_sides.continues_lead_in``) inherits from its
        lead-in: the subjects of the nearest sentence before it that ends with a modal and a
        colon ("The Secretary of War and the Administrator of NASA shall:"; ``claim_sides.
        lead_in_subjects``), over items that continue it as well; within 40 sentences. The
        subjects may be an instrument's parties by its defined term ("The Parties shall
        cooperate in the following areas:": the principals)."""
        start = sent.start
        for _ in range(40):
            if start == 0:
                return {}
            prev = doc[start - 1].sent
            start = prev.start
            prev_doc = prev.as_doc()
            if is_lead_in(prev.text):
                # the lead-in; its subject a pronoun ("In particular, it shall:"): the subjects
                # of the sentence before it ("The Council shall advise ...")
                src = prev
                if pronoun_subject(prev_doc) and prev.start > 0:
                    src = doc[prev.start - 1].sent
                spans = [a for a in actors if src.start <= a.start and a.end <= src.end]
                own = principal_mentions(src.as_doc(), principals)
            else:
                spans, src, own = [], prev, []
            mentions = [(a.start - src.start, a.end - src.start, a.kb_id_, a.label_) for a in spans]
            # "the Working Group shall:" of an instrument: its joint body acts for its parties
            bodies = joint_body_mentions(src.as_doc(), set(), principals)
            mentions = defined_parties(mentions + bodies, principals) + own
            subjects = subjects_before_modal(mentions, src.as_doc()) if mentions else []
            if subjects:  # each side with its country
                countries = {a.kb_id_: a._.sc_actor_country for a in spans}
                out: dict[str, str] = {}
                for _, _, name, kind in subjects:
                    side = side_of(name, kind, countries.get(name, ""))
                    if side and side not in out:
                        out[side] = countries.get(name, "")
                return out
            if spans or not continues_lead_in(prev_doc):
                return {}
        return {}

    def principals(self, doc: Doc, actors: Sequence[Span]) -> Principals:
        """The document's principals (``claim_sides.document_principals``), from the actors of
        ``doc._.sc_title`` (found by this pipeline's own components up to the actors) and of
        the text."""
        title = doc._.sc_title or ""
        title_actors: list[tuple[str, str, str]] = []
        signatories: tuple[str, ...] = ()
        if title.strip():
            # a title in capitals is read as written ("NASA") and in title case ("People's
            # Republic of China"): the names of both readings, in the order of the title
            found: dict[str, tuple[int, str, str, str, int]] = {}
            for form in dict.fromkeys((title, _cased(title))):
                for a in self._title_actors(form):
                    if a.kb_id_ not in found:
                        found[a.kb_id_] = (
                            a.start_char, a.kb_id_, a.label_, a._.sc_actor_country, a.end_char
                        )  # fmt: skip
            title_actors = speaker_actors(title, found.values())  # not a speech's topic
            signatories = title_signatories(
                title, [(a[0], a[4], a[1], a[2]) for a in found.values()]
            ) or letterhead_signatories(title, [a[1:4] for a in found.values()], doc.text)
        principals = voiced_principals(title_actors, actors, doc)  # (own_voice)
        # the parties an instrument's preamble defines, else the agencies its title names
        kinds = {a.kb_id_: a.label_ for a in actors}
        chars = [(a.start_char, a.end_char, a.kb_id_, a.label_) for a in actors]
        defined, word = defined_signatories(doc.text, chars)
        letter = letter_sides(doc.text, chars)
        if letter and not (defined or signatories):  # its sender speaks, to its addressee
            names = tuple(name for name, _ in letter)
            return replace(
                principals, actors=names, joint=False, voice=names[0], signatories=letter
            )
        if defined or signatories:
            names = defined or signatories
            return replace(
                principals,
                signatories=tuple((n, kinds.get(n, "agency")) for n in names),
                party_words=party_words(word),
            )
        return principals

    def _state_of(self, doc: Doc, actors: Sequence[Span], name: str) -> str:
        """The state of the actor ``name`` as the text or, failing that, the title names it
        (a ministry named only in a masthead title)."""
        if not name:
            return ""
        found = [a for a in actors if a.kb_id_ == name]
        found = found or [a for a in self._title_actors(doc._.sc_title or "") if a.kb_id_ == name]
        return found[0]._.sc_actor_country if found else ""

    def _title_actors(self, title: str) -> list[Span]:
        """The actors this pipeline's components up to the actors find in ``title``."""
        tdoc = self.nlp.make_doc(title)
        for tok in tdoc:  # the title is one sentence
            tok.is_sent_start = tok.i == 0
        for name, proc in self.nlp.pipeline:
            if name in _TITLE_PIPES:
                tdoc = proc(tdoc)
            if name == _TITLE_PIPES[-1]:
                break
        return list(tdoc.spans.get("actors", []))


def _cased(title: str) -> str:
    """A title set in capitals ("AGREEMENT BETWEEN THE GOVERNMENT OF THE PEOPLE'S REPUBLIC OF
    CHINA AND ...") in title case, of the same length, so that the names in it match the
    gazetteer's forms ("People's Republic of China"); other titles as they are. (Acronyms lose
    their capitals here: the caller reads the title as written too.)"""
    letters = [c for c in title if c.isalpha()]
    if len(letters) < 12 or not all(c.isupper() for c in letters):
        return title
    words = []
    for i, word in enumerate(title.split(" ")):
        low = word.lower()
        if i and low in TITLE_MINOR_WORDS:
            words.append(low)
        elif low.startswith(("d'", "d’", "l'", "l’")) and len(word) > 2:
            words.append(low[:2] + word[2:].capitalize())  # "d'Études"
        else:
            words.append(word.capitalize())
    return " ".join(words)


def _after_generic_subject(doc: Doc, sent: Span) -> bool:
    """Whether the sentence before ``sent`` opens with an indefinite subject ("A state that
    sits in both coalitions can bargain ... It may also help ..."): an "It" opening ``sent``
    refers to that generic thing (the most salient referent, as ``extract/anaphora`` ranks
    them), not to the document's topic, which an encyclopedia article's "It" names."""
    if sent.start == 0:
        return False
    prev = doc[sent.start - 1].sent
    words = [t for t in prev if not t.is_punct]
    return len(words) > 2 and words[0].lower_ in {"a", "an"} and words[1].pos_ in {"ADJ", "NOUN"}


def _party_end(doc: Doc, actor: Span) -> int:
    """The end of an actor's mention, with the "Party" or "Side" its adjective names in an
    agreement's own words ("the Chinese Party", "the Egyptian Side": the state, as the
    subject or object it is, not a qualifier of some other party)."""
    if (
        actor.label_ == "country"
        and actor.end < len(doc)
        and doc[actor.end].text in {"Party", "Side"}
        and actor.end < actor.sent.end
    ):
        return actor.end + 1
    return actor.end


#: The components run over a document's title to find its actors: the gazetteer's actors, the
#: parts of a hyphenated compound ("U.S.-Brazil Joint Statement", "China-Kenya Joint
#: Statement": one token each, split by the compounds component) and persons with their role
#: ("Vice President Harris"); the last one ends the run.
_TITLE_PIPES = (
    "tok2vec", "tagger", "attribute_ruler", "spaceclaims_fast_attributes", "spaceclaims_actors",
    "spaceclaims_compounds", "spaceclaims_persons",
)  # fmt: skip


#: Role nouns between an agency and a person's name ("NASA astronaut Jane Doe", "ESA
#: (European Space Agency) astronaut ...", "Roscosmos cosmonauts A, B and C").
ROLE_NOUNS = frozenset(
    {"astronaut", "astronauts", "cosmonaut", "cosmonauts", "taikonaut", "taikonauts",
     "administrator", "director", "chief", "head", "spokesperson", "spokesman", "spokeswoman",
     "official", "officials", "engineer", "engineers", "scientist", "scientists", "commander",
     "pilot", "pilots", "researcher", "researchers", "deputy", "general"}
)  # fmt: skip


#: Names of a post one person holds ("Assistant to the President for National Security
#: Affairs", "Secretary of State"): a person titled so acts for the state, as any official does;
#: the post is a side of its own only where the text names it without its holder ("The APNSA
#: shall coordinate ...").
_POST = re.compile(
    r"^(?:Deputy |Principal |Special )*(?:Assistant|Secretary|Adviser|Advisor|Envoy|"
    r"Representative|Ambassador)\b"
)


def _office_of(doc: Doc, mentions: Sequence[Mention], k: int, depth: int = 0) -> str:
    """The agency or organisation a person acts for when the sentence names it in the
    person's title: "NASA Administrator Bill Nelson", "ESA Director General Josef ...", "JAXA
    (Japan Aerospace Exploration Agency) astronaut ..."; a person listed right after such a
    person ("cosmonauts A, B and C") acts for the same one."""
    start = mentions[k][0]
    inside = {i for s, e, _, kind in mentions if kind != "person" for i in range(s, e)}
    for _, e, name, kind in mentions:
        if kind in {"agency", "organization"} and 0 <= start - e <= 8 and not _POST.match(name):
            between = [t for t in doc[e:start] if t.i not in inside]
            if (
                all(
                    t.is_title or t.is_upper or t.lower_ in ROLE_NOUNS or t.text in {"(", ")"}
                    for t in between
                )
                and sum(1 for t in between if t.is_alpha) <= 3
            ):
                return name
    if depth < 6:
        before = [j for j, m in enumerate(mentions) if m[3] == "person" and m[1] <= start]
        if before:
            j = max(before, key=lambda j: mentions[j][1])
            gap = doc[mentions[j][1] : start]
            if all(t.lower_ in {",", "and"} for t in gap):
                return _office_of(doc, mentions, j, depth + 1)
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
    # The parser reads sentence docs made from the base pipeline's tokens and vocab, so this
    # package's own tokenizer and vocab are never used: not loading them halves the load time
    # (a short run's start-up).
    unused = [p for p in pipes if p not in keep] + ["tokenizer", "vocab"]
    try:
        nlp = spacy.load(name, exclude=unused)
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
