"""The modality of a claim sentence, from rules over its parse (ANNOTATION_GUIDE.md, "Modality").

``asserted``, ``planned``, ``hypothetical``, ``normative`` or ``negated``: normative modals and
verbs first (and exhortations, necessity, duty items), then conditionals, then negation of the
relation, then modals of possibility, then future and intention markers; ``asserted``
otherwise. Cue-based detection over the clause's auxiliaries and complement chain (Saurí &
Pustejovsky 2009, FactBank). Which predicates carry the claim is
decided in ``modality_clauses``, the cues of each of their verbs in ``modality_verbs``, the
forms of a whole sentence or document (questions, operative paragraphs, legal instruments) in
``modality_forms``; the word lists are in ``modality_words``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.modality_access import recital_of_resolve, recital_quoting_rule
from pipeline.nlp.extract.modality_clauses import _predicate_groups, _root
from pipeline.nlp.extract.modality_cues import (
    _reaches_relation,
)
from pipeline.nlp.extract.modality_forms import (
    _lead_in_duty,
    _opening_question,
    _operative_call,
    _question,
    _recital_of_aim,
    _stressed_need,
    _unattached_norm,
    legal_text,
)
from pipeline.nlp.extract.modality_framing import opens_with_purpose
from pipeline.nlp.extract.modality_scope import aimed_at_no_one
from pipeline.nlp.extract.modality_suppositions import wish_to_know
from pipeline.nlp.extract.modality_verbs import _verb_cues
from pipeline.nlp.extract.modality_words import (
    BOND_NOUNS,
    OPPOSITION_VERBS,
    PROMISE_VERBS,
)
from pipeline.nlp.extract.parse_words import (
    OBJECT_DEPS,
    RELATION_VERBS,
)
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.register_cues import (
    _greeting,
    _joint_verb_before,
)

__all__ = ["find_modality", "legal_text"]


def find_modality(doc: Doc, *, label: str = "cooperation", legal: bool = False) -> str:
    """The modality of the claim in the parsed sentence ``doc`` (see the module docstring).

    The cues of the main predicate (with its open complements, or the reported clause under a
    verb of saying) decide; coordinated predicates count only when the main one has none, and
    their plans and norms not even then when the main predicate itself states a relation ("The
    leaders welcomed Japan's participation and will continue to ..." is asserted; "The leaders
    met and will cooperate on ..." planned); their possibilities and denials still count.
    ``legal``: the sentence is from a legal or normative instrument (a treaty, an order, a
    resolution, guidelines: ``legal_text``), where "may" grants a permission and "the Parties
    agree to" states an obligation, both norms.
    """
    if _question(doc) or _opening_question(doc):
        return "hypothetical"
    if (
        _operative_call(doc)
        or _recital_of_aim(doc)
        or (legal and (_stressed_need(doc) or recital_quoting_rule(doc) or recital_of_resolve(doc)))
    ):
        return "normative"
    lead_in = _lead_in_duty(doc, legal=legal)
    if lead_in is not None:
        return lead_in
    chains = _predicate_groups(doc)
    groups = [_cues(group, label, legal) for group in chains]
    main = chains[0][0] if chains else None
    if (
        len(groups) > 1
        and not groups[0]
        and main is not None
        and main.pos_ in {"VERB", "AUX"}
        # not a clause reported under "recognize that ...": the speakers' own predicate
        # coordinated with (or misread into) it still says what they do; but a second clause
        # of the same report, with its own "that" or subject ("reaffirmed that cooperation is
        # a pillar of the partnership and that it should serve ..."), is weighed as a conjunct
        and (
            main.dep_ != "ccomp"
            or all(_own_clause(c[0]) for c in chains[1:])
            or all(_reported_conjunct(main, c[0]) for c in chains[1:])
        )
        and (_reaches_relation(main) or any(_states_bond(v) for v in chains[0]))
        # "Nothing in this letter is directed against any third country, and the agencies
        # remain open to ...": the formula denies a target and states no relation
        and not aimed_at_no_one(main)
        # "I welcome you, Minister, and look forward to ...": a greeting states no relation
        and not _greeting(main)
        # "welcomes and is elated that France will stay": a main verb with no argument of its
        # own shares the coordinated clause, which states the relation
        and any(
            c.dep_ in OBJECT_DEPS | {"ccomp", "xcomp", "attr", "acomp"}
            or (c.dep_ == "prep" and _reaches_relation(c, 1))  # "with Japan", not "of course"
            # "Other nations are racing for the pole, and Kenya cannot afford to ...": a verb
            # of relation with a phrase of its aim states the relation itself (not "met in
            # Tokyo and are committed to", a meeting placed)
            or (
                c.dep_ == "prep"
                and c.lower_ in {"for", "against", "over", "on"}
                and _lemma(main) in RELATION_VERBS - {"meet"}
            )
            for c in main.children
        )
    ):
        groups = [groups[0], *(g - {"planned", "normative", "importance"} for g in groups[1:])]
    elif len(groups) > 1 and not groups[0] and _joint_verb_before(doc, chains[1][0].i):
        # "France and Japan co-chair the group and intend to ...": co-chairing is the relation
        # (the parser splits the word and misreads it, so the form itself decides)
        groups = [groups[0], *(g - {"planned", "normative", "importance"} for g in groups[1:])]
    if len(groups) > 1 and not groups[0] and main is not None and _states_relation(main):
        # "The agencies are discussing a role for India, but no agreement has been reached": a
        # denial in a conceding conjunct leaves the relation of the main clause standing
        groups = [
            groups[0],
            *(
                g - {"negated"} if _conceded(main, c[0]) else g
                for g, c in zip(groups[1:], chains[1:], strict=True)
            ),
        ]
    if opens_with_purpose(doc):
        # "The purpose of this Arrangement is to define the terms under which the Parties will
        # share ...": the futures and provisions inside a text's definition of its purpose
        # belong to the definition, a fact about the text
        groups = [g - {"planned", "normative", "importance"} for g in groups]
    for i, cues in enumerate(groups):
        if cues == {"importance"}:
            # "underscore the importance of X and express the intent to Y": a stated
            # importance yields to a plan of a coordinated predicate; alone it is a norm
            if any("planned" in later for later in groups[i + 1 :]):
                return "planned"
            return "normative"
        for modality in ("normative", "conditional", "negated", "hypothetical", "planned"):
            if modality in cues:
                if modality == "planned" and i == 0 and _relation_only_in_participle(doc):
                    return "asserted"
                return "hypothetical" if modality == "conditional" else modality
    if _unattached_norm(doc):
        return "normative"
    return "asserted"


#: Verbs of talks, which state the relation of the sides that hold them ("The agencies are
#: discussing a role for India"; not relation verbs elsewhere, where "discussed the weather"
#: would make any denial count).
_TALK_VERBS = frozenset({"discuss", "negotiate"})
#: Coordinators of a conceding conjunct ("X, but Y", "X, yet Y").
_CONCEDING = frozenset({"but", "yet"})


def _own_clause(verb: Token) -> bool:
    """Whether a conjunct ``verb`` is a clause of its own: opened by "that" or with its own
    subject ("... and that it should serve", "... and the station would stay open")."""
    return verb.dep_ == "conj" and any(
        (c.dep_ == "mark" and c.lower_ == "that") or c.dep_ in {"nsubj", "nsubjpass"}
        for c in verb.children
    )


#: Verbs of saying in a narrative's report ("He noted that ...", "She added that ...").
_TELLING = frozenset({"say", "add", "note", "tell", "explain", "report", "write", "announce"})


def _reported_conjunct(main: Token, verb: Token) -> bool:
    """Whether ``verb`` is a conjunct of the reported clause ``main`` under a past verb of
    saying, sharing its subject: "He noted that the UAE had discussed lunar science with
    several countries and would host a workshop", "Seo added that Korea had sent its orbiter
    with a NASA camera and was ready to share ...". The conjunct is the reported side's, not
    the speaker's own predicate (as with "We recognize that X ... and will work to"), so the
    first clause of the report decides when it states the relation (twentieth round)."""
    return (
        verb.dep_ == "conj"
        and verb.head == main
        and main.head.tag_ == "VBD"
        and _lemma(main.head) in _TELLING
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _states_relation(verb: Token) -> bool:
    """Whether a main predicate states a relation by its verb or a word of its core other than
    its subject ("are discussing a role for India", "are the most effective tool of
    diplomacy"); not "The Moon Agreement went further", whose only relation word is its
    subject, so that the denial of "but none of the major states has ratified it" is the
    claim."""
    if _lemma(verb) in RELATION_VERBS or _lemma(verb) in _TALK_VERBS:
        return True
    return any(
        c.dep_ in OBJECT_DEPS | {"prep", "xcomp", "acomp", "agent"} and _reaches_relation(c, 2)
        for c in verb.children
    )


def _conceded(main: Token, verb: Token) -> bool:
    """Whether ``verb`` is a conjunct of ``main`` joined by "but" or "yet" (the coordinator
    hangs on the first conjunct, between the two)."""
    return verb.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ in _CONCEDING and main.i < c.i < verb.i
        for c in verb.head.children
    )


def _states_bond(verb: Token) -> bool:
    """Whether the main predicate states a relation that ``_reaches_relation`` leaves out: an
    opposition ("The leaders condemn X's tests and are committed to ...") or a bond named as its
    object ("We celebrate the friendship of our peoples and pledge to ...")."""
    if _lemma(verb) in OPPOSITION_VERBS:
        return True
    return any(c.dep_ in OBJECT_DEPS and _lemma(c) in BOND_NOUNS for c in verb.children)


def _relation_only_in_participle(doc: Doc) -> bool:
    """Whether the relation is stated only in a past participle clause while the main clause
    speaks of the future about something else: "Built with international partners, the
    station will include docking ports", "the module, provided by ESA, will arrive next year".
    The relation is a fact; the plan is not about it."""
    root = _root(doc)
    if root is None or _reaches_relation(root):
        return False
    return any(
        t.tag_ == "VBN"
        and t.dep_ in {"acl", "advcl"}
        and (_lemma(t) in RELATION_VERBS or _reaches_relation(t))
        for t in doc
    )


def _cues(verbs: list[Token], label: str, legal: bool = False) -> set[str]:
    """The cues of a predicate's chain. A plan of an earlier verb governs a norm or a
    possibility of its complement ("They intend to continue their support and to urge the banks
    to ...", "We plan to require partners to ...", "are going to discuss how X could ..."):
    the norm or the question is what is planned."""
    each = _verb_cues(verbs, label, legal)
    cues = set().union(*each) if each else set()
    if _pledged_restraint(verbs):
        # "The United States pledged not to conduct destructive missile tests": a restraint
        # undertaken, in force (like "their commitment not to conduct ..."), neither a plan nor
        # a denial of the relation
        cues -= {"planned", "negated"}
    if {"planned", "normative"} <= cues:
        first_plan = next(i for i, c in enumerate(each) if "planned" in c)
        first_norm = next(i for i, c in enumerate(each) if "normative" in c)
        # "We're going to have to work with our allies": the future of a necessity is still
        # a necessity, not a plan that governs a norm
        future_need = verbs[first_plan].lower_ in {"going", "gon"} and first_norm == first_plan + 1
        if first_plan < first_norm and not future_need:
            cues.discard("normative")
    if {"planned", "hypothetical"} <= cues:
        # "The leaders are going to discuss how their countries can work together", "We will
        # study whether Japan could join": the possibility is what is planned (to be weighed)
        first_plan = next(i for i, c in enumerate(each) if "planned" in c)
        first_hypothesis = next(i for i, c in enumerate(each) if "hypothetical" in c)
        # not a wish to know over a question ("want to know how X weighs ...", "want to hear
        # how the nominee would ..."): the question is asked now, nothing is planned
        asked = (
            any(wish_to_know(v, c) for v, c in zip(verbs, verbs[1:], strict=False))
            and first_hypothesis > first_plan
        )
        if first_plan < first_hypothesis and not asked:
            cues.discard("hypothetical")
        elif asked:
            cues.discard("planned")
    return cues


def _pledged_restraint(verbs: list[Token]) -> bool:
    """A verb of promising over a negated complement that is no relation verb ("pledged not to
    conduct tests", "vow never to deploy weapons"); not "vowed not to join the Accords", which
    denies the relation."""
    for verb, complement in zip(verbs, verbs[1:], strict=False):
        if (
            _lemma(verb) in PROMISE_VERBS
            and complement.head == verb
            and complement.dep_ == "xcomp"
            and any(c.dep_ == "neg" or c.lower_ == "never" for c in complement.children)
            and _lemma(complement) not in RELATION_VERBS
        ):
            return True
    return False
