"""Copulas that state a norm (docs/annotation-guide.md, "Modality"): a necessity ("Working
together is essential", "It is vital that we cooperate") or the course to take ("The best way is
for us to work together", "Our task is to build these rules with our partners"). Used by
``modality.find_modality``. Also the time to act ("It is time for us to ...") and a duty held
("We have a responsibility to ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.extract.parse_words import SUBJECT_DEPS
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.parse_words import words as _words

#: Adjectives of necessity: "building these rules together is essential", "it is vital that
#: we cooperate", "it is important to work with".
NECESSITY_ADJECTIVES = _words("important essential vital critical crucial imperative necessary")


COPULA = frozenset({"be", "is", "are", "was", "were", "am", "'s", "’s", "been", "being"})


def necessary(verb: Token) -> bool:
    """A copula with a necessity adjective whose subject is a clause ("Working together is
    essential") or whose expletive "it" points to one ("It is vital to cooperate", "It is
    important that we ..."): a norm. "Cooperation is important to NASA" states a value."""
    if _lemma(verb) != "be" and verb.lower_ not in COPULA:
        return False
    for adj in verb.children:
        if adj.dep_ != "acomp" or _lemma(adj) not in NECESSITY_ADJECTIVES:
            continue
        clausal = [c for c in (*verb.children, *adj.children) if c.dep_ in {"xcomp", "ccomp"}]
        if any(c.dep_ == "csubj" or (c.dep_ == "nsubj" and c.tag_ == "VBG") for c in verb.children):
            return True
        if clausal and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
            return True
    return False


#: Verbs of judgment over an object complement ("consider it necessary to ...").
JUDGE_VERBS = _words("consider deem find believe think")


def judged_necessary(verb: Token) -> bool:
    """ "The two sides consider it necessary to deepen cooperation", "deem it essential to": a
    necessity judged, a norm (not "consider Russia a partner")."""
    if _lemma(verb) not in JUDGE_VERBS:
        return False
    return any(
        c.dep_ in {"ccomp", "oprd", "xcomp"} and _lemma(c) in NECESSITY_ADJECTIVES
        for c in verb.children
    )


#: Nouns of time that make "It is time to ..." / "Now is the time for us to ..." a call.
TIME_NOUNS = _words("time moment")


def time_to_act(verb: Token) -> bool:
    """A copula that says now is the time to act: "It is time for us to work together", "Now is
    the time to deepen our cooperation": a call, a norm (not "It was the first time that ...",
    which tells when, nor "at the time" phrases)."""
    if _lemma(verb) != "be" and verb.lower_ not in COPULA:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    for noun in verb.children:
        if noun.dep_ not in {"attr", "nsubj"} or _lemma(noun) not in TIME_NOUNS:
            continue
        if any(m.lower_ in {"first", "last", "second", "only", "same"} for m in noun.children):
            return False
        opener = subject is not None and subject.lower_ == "it" and noun.dep_ == "attr"
        now = any(c.lower_ == "now" for c in verb.children) and noun.dep_ == "nsubj"
        infinitive = any(
            c.dep_ in {"relcl", "acl", "xcomp", "advcl"} and any(a.tag_ == "TO" for a in c.children)
            for c in (*noun.children, *verb.children)
        )
        # "It's time we brought more nations in": a clause in the past after "time" (a
        # subjunctive), in the present only ("It was time we left" tells a story)
        subjunctive = verb.tag_ in {"VBZ", "VBP"} and any(
            c.dep_ == "relcl"
            and c.tag_ == "VBD"
            and any(a.dep_ == "nsubj" for a in c.children)
            and not any(a.tag_ in {"WRB", "WDT"} or a.lower_ == "that" for a in c.children)
            for c in noun.children
        )
        if opener and subjunctive:
            return True
        if (opener or now) and infinitive:
            return True
    return False


#: Nouns of a duty that a subject has: "We have a responsibility to work together", "it is our
#: duty to".
HAVE_DUTY_NOUNS = _words("responsibility duty obligation")


def duty_to_act(verb: Token) -> bool:
    """ "We all have a responsibility to work together", "Every nation has an obligation to
    help", "It is up to us to set the rules": a duty with a "to" clause, a norm (not "has a
    responsibility for the module", which states a role)."""
    if _up_to(verb) or _owe_it(verb):
        return True
    if _lemma(verb) != "have":
        return False
    return any(
        c.dep_ in {"dobj", "attr"}
        and _lemma(c) in HAVE_DUTY_NOUNS
        and any(
            a.dep_ in {"acl", "relcl", "xcomp"} and any(t.tag_ == "TO" for t in a.children)
            for a in c.children
        )
        for c in verb.children
    )


def _owe_it(verb: Token) -> bool:
    """ "We owe it to our children to work together": a duty in the present with its "to"
    clause; not a past "owed it to" nor "owe our success to our partners" (a debt of thanks)."""
    if _lemma(verb) != "owe" or verb.tag_ not in {"VBP", "VBZ"}:
        return False
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) and any(
        c.dep_ in {"advcl", "xcomp"} and any(t.tag_ == "TO" and t.i < c.i for t in c.children)
        for c in verb.children
    )


def _up_to(verb: Token) -> bool:
    """ "It is up to us to build these rules", "it's up to all of us to": the copula with "up to"
    someone and an infinitive names whose duty it is (not "up to 40 satellites", a number)."""
    if _lemma(verb) != "be" and verb.lower_ not in COPULA:
        return False
    up = next((c for c in verb.children if c.dep_ in {"prep", "advmod"} and c.lower_ == "up"), None)
    if up is None:
        return False
    to = next((c for c in up.children if c.lower_ == "to"), None)
    if to is None or not any(o.dep_ == "pobj" and not o.like_num for o in to.children):
        return False
    return any(
        c.dep_ in {"xcomp", "advcl", "ccomp"} and any(a.tag_ == "TO" for a in c.children)
        for c in verb.children
    )


#: Nouns of a course to take ("the best way is for us to ...", "the only answer is to ...").
COURSE_NOUNS = _words("way answer solution path course option approach")
#: Their modifiers that recommend it.
COURSE_ADJECTIVES = _words("best only right surest better")
#: Nouns of a duty: "our task is to ...", "your job is to ...".
#: Also what the speaker asks of the audience: "my ask of you is to ...", "our request is to".
DUTY_NOUNS = _words("task duty job responsibility obligation ask request appeal")


def course_to_take(verb: Token) -> bool:
    """A copula that names the course to take or the duty of the speaker's side, with a "to"
    clause: "The best way forward is for us to work together", "Our duty is to build these
    rules with our partners": a norm (not "The aim of the mission is to ...", a purpose, nor
    "The plan is for NASA to ...")."""
    if _lemma(verb) != "be" and verb.lower_ not in COPULA:
        return False
    if any(c.dep_ in {"acomp", "attr"} for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    mods = {c.lower_ for c in subject.children}
    course = _lemma(subject) in COURSE_NOUNS and bool(mods & COURSE_ADJECTIVES)
    duty = _lemma(subject) in DUTY_NOUNS and bool(mods & {"our", "your", "my"})
    if not (course or duty):
        return False
    return any(
        c.dep_ in {"xcomp", "ccomp", "advcl"} and any(a.tag_ == "TO" for a in c.children)
        for c in verb.children
    )
