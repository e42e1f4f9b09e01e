"""Which predicates of a claim sentence carry its modality (ANNOTATION_GUIDE.md, "Modality"):
the main clause's root, its open complements, a clause reported under a verb of saying or an
adjective of stance, and coordinated predicates; ``modality.find_modality`` weighs their
cues."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.modality_cues import (
    _past,
)
from pipeline.nlp.extract.modality_discourse import announced_point
from pipeline.nlp.extract.modality_forms import RECITAL_VERBS
from pipeline.nlp.extract.modality_words import (
    _ROMAN,
    PROVISION_VERBS,
    REPORT_VERBS,
    STANCE_ADJECTIVES,
)
from pipeline.nlp.extract.parse_words import (
    SAY_VERBS,
    SUBJECT_DEPS,
)
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.register_cues import (
    _cleft_clause,
    _copula_stance_clause,
    _explained,
)


def _root(doc: Doc) -> Token | None:
    """The root of the sentence's main clause: the first root that is not a list or paragraph
    marker ("6." and "(b)" are often parsed as a root of their own)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    for root in roots:
        bare = root.text.strip("().")
        if root.tag_ == "LS" or root.is_punct or root.like_num or bare.lower() in _ROMAN:
            continue
        if len(bare) == 1 and bare.isalpha() and len(list(root.subtree)) <= 3:
            continue
        return root
    return roots[0] if roots else None


def _predicate_groups(doc: Doc) -> list[list[Token]]:
    """The main predicate's chain, then each coordinated predicate's chain."""
    root = _root(doc)
    if root is None:
        return []
    root = _reduced_relative(_explained(root))
    heads = [root]
    stance = next(
        (
            c
            for c in root.children
            if c.dep_ == "acomp"
            and _lemma(c) in STANCE_ADJECTIVES
            and any(r.dep_ == "ccomp" for r in c.children)
            # not "I will make sure that NASA keeps its commitments": to make sure is to
            # ensure, an act of the subject whose own modal decides, no stance over a clause
            and not (_lemma(root) == "make" and c.lower_ in {"sure", "certain"})
        ),
        None,
    )
    if stance is not None:
        # "The committee is concerned that China could ...": the clause carries the claim
        clause = next(r for r in stance.children if r.dep_ == "ccomp")
        return [_chain(_innermost(clause))]
    that_clause = _copula_stance_clause(root, STANCE_ADJECTIVES)
    if that_clause is not None:
        # "We have been clear that we will ...": the clause hung on the copula
        return [_chain(_innermost(that_clause))]
    if (
        root.tag_ == "VBG"
        and any(c.dep_ in SUBJECT_DEPS for c in root.children)
        # not a progressive ("We're hoping that Brazil signs ...")
        and not any(c.dep_ == "aux" for c in root.children)
    ):
        # "A State making such a request shall submit ...": the participle of the subject
        # read as the root, the main verb as its complement
        main = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if main is not None:
            heads = [main]
    if root.pos_ not in {"VERB", "AUX"}:
        # A nominal root ("A Chinese landing before Artemis III would be a setback"); a relative
        # clause only describes the noun when another clause carries the predicate ("The
        # agency, which could not afford it, partnered with ESA")
        clauses = [c for c in root.children if c.dep_ in {"advcl", "acl", "ccomp"}]
        heads += clauses or [c for c in root.children if c.dep_ == "relcl"]
        # a modal verb with its own subject buried by a misparse of a long opening ("9. In
        # accordance with ..., and considering ..., States should provide ...")
        heads += [
            t
            for t in doc
            if t.pos_ in {"VERB", "AUX"}
            and t not in heads
            and t.dep_ not in {"relcl", "acl"}
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children)
            and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        ]
    if any(t.dep_ == "cc" for t in doc[root.i :]) or any(t.dep_ == "cc" for t in root.children):
        # a coordinated predicate; without any coordinator after the root it is a misparse
        # ("... new stations where the agency's astronauts could fly": a relative clause)
        heads += [c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
        # "continue to condemn X and will coordinate ...": a predicate with its own modal
        # coordinated with the root's complement
        heads += [
            c
            for v in _chain(root)[1:]
            for c in v.children
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and _modal(c)
        ]
    if _lemma(root) not in REPORT_VERBS:
        # a clause with its own subject parsed as the complement of a later root, mostly a
        # misparse of a long sentence ("Crew-9 will join the crew of ... cosmonauts X, Y",
        # "we want to work ... where we do believe, together, we have ..."): a predicate too
        heads += [
            c
            for c in root.children
            if c.dep_ == "ccomp"
            and c.i < root.i
            and any(g.dep_ == "nsubj" for g in c.children)
            and not any(t.text in {";", ":"} for t in c.doc[c.i : root.i])
        ]
    groups = []
    for head in heads:
        feeling = _stance_clause(head) if head is not root else None
        if feeling is not None:
            # "welcomes and is elated that France will continue ...": the clause carries it
            groups.append(_chain(_innermost(feeling)))
            continue
        say = _saying(head)
        if say is not None:
            reported = [
                c
                for c in say.children
                if c.dep_ in {"ccomp", "parataxis"}
                or (say.pos_ == "ADJ" and c.dep_ == "csubj")
                or (say.pos_ in {"NOUN", "PROPN"} and c.dep_ == "acl")  # "the view that ..."
            ] or _clause_after_phrase(say)
            if reported:
                clause = _innermost(reported[0])
                groups.append([*_chain(clause), say])
                if any(c.dep_ == "cc" for c in clause.children):
                    # "recognize that the crisis is grave and intend to act": a predicate
                    # coordinated in (or misread into) the reported clause
                    groups += [
                        _chain(c)
                        for c in clause.children
                        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                    ]
                continue
        cleft = _cleft_clause(head) if head is root else None
        # "What we need to do is work with our partners": the clause says how it is put
        groups.append([*_chain(head), *_chain(cleft)] if cleft is not None else _chain(head))
    return groups


def _clause_after_phrase(say: Token) -> list[Token]:
    """The reported clause of a verb of saying that a phrase separates from it ("said in answer
    to a parliamentary question that the country has no plans to ...", "told reporters at the
    briefing that ..."): the parser hangs the "that" clause on the phrase's noun as if it
    completed the noun. A clause with its own subject, opened by "that", in a phrase of the
    verb; only when the verb has no reported clause of its own."""
    if say.pos_ not in {"VERB", "AUX"}:
        return []
    nouns = [o for p in say.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    nouns += [c for c in say.children if c.dep_ in {"dobj", "dative", "npadvmod"}]
    nouns += [o for n in nouns for p in n.children if p.dep_ == "prep" for o in p.children]
    return [
        c
        for n in nouns
        for c in n.children
        if c.dep_ in {"acl", "relcl", "ccomp"}
        and c.pos_ in {"VERB", "AUX"}
        and c.i > say.i
        and _complement_that(c)
    ][:1]


def _complement_that(clause: Token) -> bool:
    """Whether ``clause`` opens with the conjunction "that" and has a subject of its own: its
    "that" a marker, or read as the relative pronoun of a clause that leaves it no place (a
    subject and an object of its own: "the briefing that Kenya would join the mission")."""
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
    if that is None or not any(s.dep_ in {"nsubj", "nsubjpass", "expl"} for s in clause.children):
        return False
    if that.dep_ == "mark":
        return True
    return that.dep_ == "dobj" and sum(c.dep_ == "dobj" for c in clause.children) > 1


def _stance_clause(head: Token) -> Token | None:
    """The "that" clause under an adjective of stance of ``head`` ("is elated that ...")."""
    for c in head.children:
        if c.dep_ == "acomp" and _lemma(c) in STANCE_ADJECTIVES:
            return next((r for r in c.children if r.dep_ == "ccomp"), None)
    return None


def _reduced_relative(root: Token) -> Token:
    """The modal predicate of a sentence whose subject has a participle of its own that the
    parser took for the root: "Data received from ESA shall be shared with Kenyan researchers"
    read as "Data received ..." with "shall be shared" a conjunct without a coordinator (the
    wording of provisions: "Information exchanged under this Agreement shall be used only
    ..."). Only a root past form with no auxiliary and no object, before a conjunct with a
    modal and no "and" / "or" between them; else ``root``."""
    if (
        root.tag_ not in {"VBN", "VBD"}
        or _lemma(root) in {"be", "have", "do"}  # "Brazil was to provide ..., and would ..."
        or any(c.dep_ in {"aux", "auxpass", "dobj", "cc", "xcomp", "ccomp"} for c in root.children)
    ):
        return root
    if not any(c.dep_ in SUBJECT_DEPS and c.i < root.i for c in root.children):
        return root
    for c in root.children:
        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and _modal(c) and c.i > root.i:
            return c
    return root


def _innermost(clause: Token) -> Token:
    """The innermost reported clause: "provides that a State shall ..." reports a rule, whose
    clause carries the modality; so does a fear reported ("said X worried that Y could")."""
    for _ in range(3):
        # "said Washington worried that the antenna could ...": a fear reported is read from
        # its clause, as "I worry that X might" is
        if _lemma(clause) not in PROVISION_VERBS | SAY_VERBS | {"worry", "fear"}:
            break
        inner = next((c for c in clause.children if c.dep_ == "ccomp"), None)
        if inner is None:
            break
        clause = inner
    return clause


def _saying(head: Token) -> Token | None:
    """The verb of saying whose reported clause carries the claim: ``head`` itself ("We believe
    that ..."), or a to-infinitive of it ("I am proud to announce that we intend to ...",
    "I want to say that ...")."""
    if _lemma(head) in SAY_VERBS:
        return head
    if _lemma(head) == "make":
        # "China has made clear that it intends to lead": the adjective holds the clause
        for c in head.children:
            if c.lower_ in {"clear", "plain"} and any(
                r.dep_ in {"ccomp", "csubj"} for r in c.children
            ):
                return c
    if (
        _lemma(head) in REPORT_VERBS
        and not (_lemma(head) == "agree" and _past(head))
        and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in head.children
        )
    ):
        # "The two sides agreed that their agencies should ...": the clause carries the claim
        return head
    if (
        (_lemma(head) == "be" or head.lower_ in {"is", "was", "are", "remains"})
        and any(c.dep_ == "nsubj" and _lemma(c) in OPINION_NOUNS for c in head.children)
        and any(
            c.dep_ == "ccomp"
            and (
                any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                # "My answer is: we will never ask you to choose" (a colon for "that")
                or (c.left_edge.i > head.i and c.doc[c.left_edge.i - 1].text == ":")
            )
            for c in head.children
        )
    ):
        # "The Government's position is that lunar activities should be ...", "Our view is
        # that ...": an opinion stated over its clause, like "share the view that"
        return head
    if announced_point(head):
        # "I will not pretend that space is ...": a future of saying announces its clause (its
        # "that" often misread as the subject's article)
        return head
    if _lemma(head) in PROVISION_VERBS | RECITAL_VERBS and any(
        c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) for c in head.children
    ):
        # "The Agreement provides that a Party shall ...", "Considering that ...": the clause
        # carries the claim
        return head
    if _lemma(head) in {"worry", "fear"} and any(c.dep_ == "ccomp" for c in head.children):
        # "I worry that our partners might turn to China": the feared clause is the claim
        return head
    if (
        _lemma(head) in {"bear", "keep"}
        and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "mind" for o in c.children)
            for c in head.children
        )
        and any(
            c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) for c in head.children
        )
    ):
        # "Bearing in mind that all States should ...": a recital over the clause
        return head
    view = _opinion_object(head)
    if view is not None:
        # "The two sides shared the view that cooperation should ...": the clause says it
        return view
    # the infinitive hangs on the verb or on its adjective ("proud to announce")
    around = [*head.children, *(g for a in head.children if a.dep_ == "acomp" for g in a.children)]
    for c in around:
        if (
            c.dep_ in {"xcomp", "advcl"}
            and _lemma(c) in SAY_VERBS
            and any(a.tag_ == "TO" for a in c.children)
            # a clause that states ("proud to announce that ..."), not an indirect question
            # ("has agreed to tell the other what it is doing": the agreeing is the claim)
            and any(
                r.dep_ == "ccomp" and r.doc[r.left_edge.i].tag_ not in {"WP", "WRB", "WDT"}
                for r in c.children
            )
        ):
            return c
        if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children):
            # "I want to be clear that ...", "I'd like to make it clear that ...": a verb of
            # discourse under a wish (like "I want to say that"), its clause says it
            clear = _made_clear(c)
            if clear is not None:
                return clear
    return None


def _made_clear(verb: Token) -> Token | None:
    """The word that holds the "that" clause of "be clear / plain that" (the copula) or "make
    (it) clear / plain that" (the adjective), else None."""
    if (
        _lemma(verb) == "be"
        and any(a.dep_ == "acomp" and a.lower_ in {"clear", "plain"} for a in verb.children)
        and any(
            r.dep_ == "ccomp" and any(m.lower_ == "that" for m in r.children) for r in verb.children
        )
    ):
        return verb
    if _lemma(verb) == "make":
        for a in verb.children:
            if a.lower_ in {"clear", "plain"} and any(
                r.dep_ in {"ccomp", "csubj"} for r in a.children
            ):
                return a
    return None


#: Nouns of an opinion held over a "that" clause ("share the view that", "expressed their
#: conviction that", "are of the opinion that", "expresses its concern that"): the clause
#: carries the claim (a concern or fear, like "I worry that X might", is read from its clause).
OPINION_NOUNS = frozenset(
    {"view", "belief", "conviction", "opinion", "position", "understanding", "concern", "fear"}
    # "My answer is that Chile can and must work with its neighbours": the speaker's reply over its clause
    | {"answer", "reply", "response"}
)


def _opinion_object(head: Token) -> Token | None:
    """The noun of opinion, object of ``head`` (or of its "of": "are of the view that"), that
    has a "that" clause of its own: returned as the word whose clause is reported."""
    nouns = [c for c in head.children if c.dep_ in {"dobj", "attr"}]
    nouns += [o for c in head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    for noun in nouns:
        if noun.lower_ not in OPINION_NOUNS and _lemma(noun) not in OPINION_NOUNS:
            continue
        if any(
            c.dep_ in {"acl", "ccomp"}
            and c.pos_ in {"VERB", "AUX"}
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in noun.children
        ):
            return noun
    return None


def _chain(verb: Token) -> list[Token]:
    """``verb`` and its open complements ("plans to join", "is willing to share")."""
    chain = [verb]
    current = verb
    for _ in range(6):
        nxt = next((c for c in current.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            break
        chain.append(nxt)
        # "want to thank you ... and to tell you our commitment to": coordinated complements
        # (not one with a modal of its own: "continue to condemn X and will coordinate ..."
        # coordinates a predicate, see ``_predicate_groups``)
        chain += [
            c for c in nxt.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _modal(c)
        ]
        current = nxt
    return chain


def _modal(verb: Token) -> bool:
    """Whether ``verb`` has a modal auxiliary of its own ("will", "should", "can")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
