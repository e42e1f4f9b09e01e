"""Necessities and calls put in softened or indirect words (docs/annotation-guide.md,
"Modality"; nineteenth round, issue 17). Used by ``modality_verbs._verb_cues``.

Three forms that policy prose, hearings and statements of every kind use, found among the
misses of the blind documents written apart:

- a need of partners put as an inability: "No country can protect its satellites alone", "we
  cannot do this alone", "these challenges can only be met through cooperation", "Only
  together can we ..." (a necessity of the relation, normative; the past "Neither of us could
  afford it alone" and "not something the United States can decide alone", whose "not" is
  another verb's, tell a fact);
- a call softened by "would": "I would ask the Government to publish ...", "We would urge
  both agencies to ..." (the speaker's own call, normative like "I ask X to"; "I would like
  to" is a wish, decided elsewhere);
- a necessity under "would" with no report over it: "Any joint project would need approval
  from Washington", "A cancellation would require NASA to renegotiate" (the consequence of a
  supposed case, hypothetical; "He said Europe would need partners" keeps the report's norm).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.extract.parse_words import RELATION_NOUNS, SUBJECT_DEPS
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.parse_words import words as _words

#: Words of acting without partners ("alone", "on its own" is read by its noun "own").
_ALONE = frozenset({"alone", "single-handedly", "unilaterally"})
#: Prepositions and adverbs of acting with partners ("only with others", "only through
#: cooperation", "only together").
_JOINTLY = frozenset({"with", "through", "by", "together", "jointly"})
#: Negative subjects ("No country can ...", "None of us can ...", "Nobody can ...").
_NEGATIVE_WORDS = frozenset({"no", "none", "nobody", "neither", "nothing"})
#: Verbs of a call that "would" softens ("I would ask / urge / encourage / invite X to").
SOFTENED_CALL_VERBS = _words("ask urge encourage invite call press appeal")


def _modal(verb: Token, forms: set[str]) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in forms for c in verb.children)


def _denied(verb: Token) -> bool:
    """ "cannot", "can't", "can never", or a negative subject ("No country can", "None of us
    can", "Neither agency can")."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if subject.lower_ in _NEGATIVE_WORDS:
            return True
        if any(d.lower_ in _NEGATIVE_WORDS and d.dep_ in {"det", "neg"} for d in subject.children):
            return True
    return False


def inability_alone(verb: Token) -> bool:
    """A need of partners put as an inability, in the present: "can" (not the past "could")
    denied over a verb done "alone" ("No country can protect its satellites alone", "we
    cannot yet do most things alone"), or "can only" over a verb done with or through others
    ("we can only build it with others", "can only be met through dialogue and cooperation",
    "Only together can we meet these challenges"): a norm."""
    if not _modal(verb, {"can", "ca"}):
        return False
    mods = list(verb.children)
    # "alone" on the verb or on its complement ("keep its orbits safe alone")
    near = [
        *mods,
        *(g for c in mods if c.dep_ in {"acomp", "oprd", "ccomp", "dobj"} for g in c.children),
    ]
    if _denied(verb) and any(c.lower_ in _ALONE for c in near):
        return True
    only = [c for c in mods if c.lower_ == "only" and c.dep_ == "advmod"]
    together = [c for c in mods if c.lower_ in _JOINTLY and _with_others(c)]
    if only and together:
        return True
    # "Only together can we ...": "only" hangs on "together"
    return any(any(o.lower_ == "only" for o in t.children) for t in together)


def _with_others(word: Token) -> bool:
    """An adverb of acting together ("together", "jointly") or a phrase of acting with others:
    "with others / partners / Japan", "through dialogue and cooperation" (not "with the
    approval of its parliament", "by 2030")."""
    if word.dep_ == "advmod":
        return word.lower_ in {"together", "jointly"}
    if word.dep_ != "prep":
        return False
    objects = [o for o in word.children if o.dep_ == "pobj"]
    objects += [c for o in objects for c in o.conjuncts]
    return any(
        _lemma(o) in RELATION_NOUNS | _OTHERS or (word.lower_ == "with" and o.pos_ == "PROPN")
        for o in objects
    )


#: Nouns of other sides ("only with others", "only with our neighbours").
_OTHERS = _words("other partner ally neighbour neighbor friend nation country state consensus")


def softened_call(verb: Token) -> bool:
    """ "I would ask the Government to publish ...", "We would urge both agencies to ...": a
    call of the speaker softened by "would", with its addressee and a "to" clause; normative,
    like "I ask X to" (not "They would ask", another side's supposed act, nor "would ask
    whether", a question)."""
    if _lemma(verb) not in SOFTENED_CALL_VERBS or verb.tag_ != "VB":
        return False
    if not _modal(verb, {"would", "'d", "’d"}):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in {"i", "we"} for c in verb.children):
        return False
    return any(
        c.dep_ in {"xcomp", "ccomp", "advcl"} and any(a.tag_ == "TO" for a in c.children)
        for c in verb.children
    )


#: Verbs of necessity whose "would" states a consequence ("would need", "would require",
#: "would have to").
_NEED_VERBS = _words("need require have")


def supposed_need(verb: Token, modals: set[str], reported: bool) -> bool:
    """A necessity under "would" that no verb of saying reports ("Any joint project would need
    approval from Washington", "A cancellation would require NASA to renegotiate", "the
    partners would have to agree"): the consequence of a supposed case, a possibility, not a
    norm."""
    return "would" in modals and not reported and _lemma(verb) in _NEED_VERBS
