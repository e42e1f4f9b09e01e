"""Copulas that state a norm (docs/annotation-guide.md, "Modality"): a necessity ("Working
together is essential", "It is vital that we cooperate") or the course to take ("The best way is
for us to work together", "Our task is to build these rules with our partners"). Used by
``modality.find_modality``.
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


#: Nouns of a course to take ("the best way is for us to ...", "the only answer is to ...").
COURSE_NOUNS = _words("way answer solution path")
#: Their modifiers that recommend it.
COURSE_ADJECTIVES = _words("best only right surest better")
#: Nouns of a duty: "our task is to ...", "your job is to ...".
DUTY_NOUNS = _words("task duty job responsibility obligation")


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
    duty = _lemma(subject) in DUTY_NOUNS and bool(mods & {"our", "your"})
    if not (course or duty):
        return False
    return any(
        c.dep_ in {"xcomp", "ccomp", "advcl"} and any(a.tag_ == "TO" for a in c.children)
        for c in verb.children
    )
