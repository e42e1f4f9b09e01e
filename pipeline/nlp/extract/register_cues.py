"""Cues of the modality rules found on a per-register table of general English (issue 17,
``tests/nlp/test_modality_registers.py``): the wording of memoranda ("NASA will provide", "is
responsible for"), necessity and open possibility ("no choice but to", "did not rule out", an
indirect question), a counterfactual of thanks ("would not have been possible without"), and the
spoken and diplomatic constructions whose clause carries the claim ("This is why ...", "What we
need to do is ...", "co-chair ... and intend to"). Pure functions over a parsed token, used by
``modality.find_modality``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.copula_norms import COPULA as _COPULA
from pipeline.nlp.extract.modality_cues import _verb_in
from pipeline.nlp.extract.modality_suppositions import LEARNING_VERBS
from pipeline.nlp.extract.modality_words import (
    _PARTY_FORMS,
    CHOICE_NOUNS,
    COUNTERFACTUAL_MODALS,
    JOINT_OFFICE_VERBS,
    PARTY_NOUNS,
    PARTY_TERM_MODIFIERS,
    QUESTION_VERBS,
    QUESTION_WORDS,
    RULE_OUT_VERBS,
)
from pipeline.nlp.extract.parse_words import SUBJECT_DEPS
from pipeline.nlp.extract.parse_words import lemma as _lemma


def _no_choice_but(verb: Token) -> bool:
    """ "Europe has no choice but to cooperate", "there is no alternative but to work
    together": a necessity, a norm (not a denial)."""
    return any(
        c.dep_ in {"dobj", "attr", "nsubj"}
        and _lemma(c) in CHOICE_NOUNS
        and any(d.lower_ == "no" for d in c.children)
        and any(
            p.lower_ == "but" and any(g.tag_ == "TO" for x in p.children for g in x.children)
            for p in c.children
        )
        for c in verb.children
    )


def _ruled_out(verb: Token) -> bool:
    """ "did not rule out cooperation", "does not exclude a joint mission": under a negation
    the relation is left open, a possibility."""
    if _lemma(verb) == "rule":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return _lemma(verb) in RULE_OUT_VERBS


def _owed_to(verb: Token) -> bool:
    """A negated counterfactual past with "without": "The mission would not have been possible
    without our partners", "We couldn't have done it without Italy", also with a negative
    subject ("None of this would have been possible without ...", "Nothing would have been
    achieved without ..."), says the partners were there: the relation is asserted."""
    aux = {c.lower_.replace("’", "'") for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    modal = {"'d": "would", "ca": "can"}
    aux = {modal.get(a, a) for a in aux}
    return (
        bool(aux & COUNTERFACTUAL_MODALS)
        and "have" in aux
        and any(
            c.dep_ == "neg"
            or (c.dep_ in SUBJECT_DEPS and c.lower_ in {"none", "nothing", "nobody", "neither"})
            for c in verb.children
        )
        and any(c.dep_ == "prep" and c.lower_ == "without" for c in verb.children)
    )


def _open_question(verb: Token) -> bool:
    """An indirect question under a verb of asking or deliberating: "discussed how the two
    agencies could work together", "asked whether Japan might join", also "asked whether the
    agency had held talks with China", "are weighing whether to join the network", "pressed
    the officials on whether ...", "wanted to know whether ...": a possibility (not "an example
    of how we can team up", whose clause is no question). A "whether" clause is put as a
    question whatever its verb, and so is a "how" clause under a verb that asks someone
    ("asked how the Union intended to respond"); under a verb of deliberating, a "how" clause
    only with a modal of possibility ("discussed how the agencies work together" may tell a
    fact)."""
    if not _asks(verb):
        return False
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i]
    # "pressed the officials on whether ...": the question as the object of a preposition,
    # of the verb or of the person asked (the parser hangs it on either)
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    clauses += [
        g
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in _QUESTION_PREPOSITIONS and p.i > verb.i
        for g in p.children
        if g.dep_ in {"pcomp", "pobj"}
    ]
    for c in clauses:
        opener = c.doc[c.left_edge.i].lower_
        if opener not in QUESTION_WORDS:
            continue
        if opener == "whether" or _lemma(verb) in _ASKING_VERBS:
            return True  # "asked how the agencies intend to ...": a question put to someone
        if any(
            a.dep_ == "aux" and a.lower_ in {"could", "might", "may", "can"} for a in c.children
        ):
            return True
    return False


#: Prepositions that put a question as the object of a verb of asking ("pressed them on
#: whether", "asked about how", "a debate over whether").
_QUESTION_PREPOSITIONS = frozenset({"on", "about", "over", "as"})
#: Verbs that put a question to someone, whose "how" clause is a question with any verb.
_ASKING_VERBS = frozenset(
    {
        "ask",
        "wonder",
        "know",
        "hear",
        "understand",
        "learn",
        "press",
        "query",
        "quiz",
        "probe",
        "inquire",
        "enquire",
    }
)
#: Verbs of wanting whose "to know" asks a question ("wanted to know how the Union ...").
_WANT_VERBS = frozenset({"want", "wish", "like", "need"})


def _asks(verb: Token) -> bool:
    """Whether ``verb`` asks or deliberates: a verb of ``QUESTION_VERBS``, or "know" under a
    verb of wanting ("wanted to know whether", "would like to know how"; also "hear",
    "understand", "learn": "I want to hear how the nominee would ...", twenty-first round)."""
    if _lemma(verb) in QUESTION_VERBS:
        return True
    return (
        _lemma(verb) in LEARNING_VERBS and verb.dep_ == "xcomp" and _lemma(verb.head) in _WANT_VERBS
    )


def _responsible_for(verb: Token) -> bool:
    """ "NASA is responsible for the launch", "Each Participant is responsible for funding its
    own activities": in a legal instrument, a duty assigned (a norm)."""
    if _lemma(verb) != "be" and verb.lower_ not in _COPULA:
        return False
    if verb.tag_ not in {"VBZ", "VBP"}:
        return False
    return any(
        c.dep_ == "acomp"
        and c.lower_ == "responsible"
        and any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children)
        for c in verb.children
    )


#: Verbs that grant a power in the passive ("The Administrator is authorized to enter into
#: agreements", "The Commission is empowered to ..."): in a legal instrument, a permission.
GRANT_VERBS = frozenset({"authorize", "authorise", "empower", "permit", "entitle"})


def _granted_power(verb: Token) -> bool:
    """A power granted in the present passive with an infinitive ("is authorized to enter
    into agreements", "are hereby empowered to"); not a past grant reported ("was authorized
    to")."""
    if _lemma(verb) not in GRANT_VERBS or verb.tag_ != "VBN":
        return False
    present = any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    return present and any(
        c.dep_ in {"xcomp", "advcl"} and any(t.tag_ == "TO" for t in c.children)
        for c in verb.children
    )


def _stated_policy(verb: Token) -> bool:
    """ "It is the policy of the Government to widen ...", "It shall be the policy of
    the Administration to ...": the standing statement of policy of an order or statute (a norm
    there); the present copula over "policy" and an infinitive or a "that" clause whose verb is
    bare ("that the United States lead", a subjunctive)."""
    if _lemma(verb) != "be" and verb.lower_ not in _COPULA:
        return False
    if verb.tag_ == "VBD" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return False
    policy = [c for c in verb.children if c.dep_ == "attr" and _lemma(c) == "policy"]
    return bool(policy) and any(
        (c.dep_ in {"xcomp", "acl", "advcl", "ccomp"} and any(t.tag_ == "TO" for t in c.children))
        # "It is the policy of this Administration that the United States lead ...": the
        # mandative "that" clause of the same statement, its verb a bare subjunctive
        or (
            c.dep_ in {"ccomp", "acl"}
            and c.tag_ in {"VB", "VBP"}
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        )
        for c in (*verb.children, *policy[0].children)
    )


def _party_subject(verb: Token) -> bool:
    """The subject names the parties of an instrument ("The Parties", "Each Participant"), also
    by a defined term of two words ("The Cooperating Agencies", "Each Partner State")."""
    return any(
        c.dep_ in SUBJECT_DEPS
        and (
            _lemma(c).lower() in PARTY_NOUNS
            or c.lower_ in _PARTY_FORMS
            or (
                c.text[:1].isupper()
                and any(
                    m.dep_ in {"compound", "amod"} and m.lower_ in PARTY_TERM_MODIFIERS
                    for m in c.lefts
                )
            )
        )
        for c in verb.children
    )


def _named_subject(verb: Token) -> bool:
    """The subject is a name ("NASA will provide the launch"; an acronym the tagger may read as
    a common noun): in a memorandum, a party."""
    return any(
        c.dep_ in SUBJECT_DEPS and (c.pos_ == "PROPN" or (c.is_upper and c.is_alpha and len(c) > 1))
        for c in verb.children
    )


#: Hyphens between "co" and its verb ("co-chair", "co‑host").
_HYPHENS = frozenset({"-", "‐", "‑"})


def _joint_verb_before(doc: Doc, end: int) -> bool:
    """Whether a verb of joint office ("co-chair", "co-host", "co-lead", "co-sponsor") comes
    before token ``end``: tokenized as "co", "-", verb."""
    for t in doc[: max(0, end - 2)]:
        if (
            t.lower_ == "co"
            and not t.whitespace_
            and doc[t.i + 1].text in _HYPHENS
            and not doc[t.i + 1].whitespace_
            and _verb_in(doc[t.i + 2], JOINT_OFFICE_VERBS)
        ):
            return True
    return False


#: Verbs of a greeting or thanks addressed to the audience ("I welcome you", "we thank you").
_GREETING_VERBS = frozenset({"welcome", "thank", "greet", "congratulate"})


def _greeting(verb: Token) -> bool:
    """ "I welcome you", "We thank you all": a courtesy to the audience, no relation stated."""
    return _lemma(verb) in _GREETING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in {"you", "everyone", "everybody", "all"}
        for c in verb.children
    )


def _cleft_clause(root: Token) -> Token | None:
    """The "what" clause that is the subject of a copula ("What we need to do is ...", "What we
    want is to ..."), or the relative clause of a light noun that is ("The way we will win is
    by ..."): a pseudo-cleft whose clause carries the modality."""
    if _lemma(root) != "be" and root.lower_ not in {"is", "'s", "’s", "was"}:
        return None
    for c in root.children:
        if c.dep_ == "csubj" and c.doc[c.left_edge.i].lower_ == "what":
            return c
    for c in root.children:
        if c.dep_ != "nsubj":
            continue
        # "The way we will win is by ...", "one of the ways we will continue to lead is by
        # ...", "The thing we must do is ...": a light noun whose relative clause has a
        # subject of its own is a pseudo-cleft too
        heads = [c, *(o for p in c.children if p.lower_ == "of" for o in p.children)]
        for noun in heads:
            if _lemma(noun) not in _CLEFT_NOUNS:
                continue
            for r in noun.children:
                if r.dep_ == "relcl" and any(s.dep_ == "nsubj" for s in r.children):
                    return r
    return None


#: Light nouns that head a pseudo-cleft ("The way we will do it is ...").
_CLEFT_NOUNS = frozenset({"way", "thing", "means"})


#: Subjects of a copula that points to an explanation: "This is why we must ...", "That's how
#: we will win".
_POINTING_SUBJECTS = frozenset({"this", "that", "which", "it"})


def _explained(root: Token) -> Token:
    """The clause of "This is why ...", "That's how ...", "Which is why ...": the copula only
    points to it, the clause carries the claim ("This is why we must work with our partners"
    is a norm)."""
    if _lemma(root) != "be" and root.lower_ not in {"'s", "’s", "is", "was"}:
        return root
    if not any(c.dep_ == "nsubj" and c.lower_ in _POINTING_SUBJECTS for c in root.children):
        return root
    for c in root.children:
        if (
            c.dep_ in {"ccomp", "advcl"}  # "That is why I am asking ...": read as either
            and c.i > root.i
            and c.doc[c.left_edge.i].lower_ in {"why", "how"}
            and c.pos_ in {"VERB", "AUX"}
        ):
            return c
    return root


def _infinitive_after(verb: Token, clause: Token) -> bool:
    """Whether ``clause`` is a to-infinitive that opens right after ``verb`` ("vow to
    strengthen", "look to expand"), whatever the parser calls it."""
    return (
        clause.dep_ in {"xcomp", "advcl"}
        and clause.left_edge.i == verb.i + 1
        and clause.doc[verb.i + 1].tag_ == "TO"
    )


#: Verbs of allowing whose refusal in a competition claim is the exclusion ("We refuse to let
#: China set the rules"), unlike a refusal to engage or cooperate, which denies the relation
#: ("Moscow has refused to engage in these talks").
_ALLOW_VERBS = frozenset({"let", "allow", "permit", "tolerate", "accept"})


def _copula_stance_clause(root: Token, adjectives: frozenset[str]) -> Token | None:
    """The "that" clause of a copula with an adjective of stance when the parser hangs the
    clause on the copula ("We have been clear that we will ..."), else None."""
    if _lemma(root) != "be" and root.lower_ not in {"been", "'s", "’s"}:
        return None
    clause = next(
        (
            c
            for c in root.children
            if c.dep_ == "ccomp"
            and c.i > root.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is not None and any(
        c.dep_ == "acomp" and _lemma(c) in adjectives and c.i < clause.i for c in root.children
    ):
        return clause
    return None
