"""Necessities, duties and calls put in softened or indirect words (docs/annotation-guide.md,
"Modality"; nineteenth round, issue 17). Used by ``modality_verbs._verb_cues``.

Forms that policy prose, hearings, bills and statements of every kind use, found among the
misses of the blind documents written apart:

- a need of partners put as an inability: "No nation can keep its orbits safe alone", "we
  cannot build a lunar base alone", "cannot be governed in isolation", "Debris can only be
  removed through cooperation", "Only together can we ..." (a necessity of the relation,
  normative; the past "Neither agency could afford it alone" and "is not something Washington
  can draft alone", whose "not" is another verb's, tell a fact);
- a call softened by "would": "I would ask the minister to publish ...", "We would urge both
  agencies to ..." (the speaker's own call, normative like "I ask X to"; "I would like to" is
  a wish, decided elsewhere);
- a necessity under "would" with no report over it: "Any shared mission would need approval
  from Congress", "A delay would require ESA to renegotiate" (the consequence of a supposed
  case, hypothetical; "He said Europe would need partners" keeps the report's norm);
- a duty laid or owed in the present ("the bill places a duty on operators to share", "owes
  notice to the other signatories") and a need backshifted under a past verb of saying ("She
  said that a joint relay was needed"): norms.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.extract.modality_words import REPORT_VERBS
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
    denied over a verb done "alone" or "in isolation" ("No nation can keep its orbits safe
    alone", "we cannot build a lunar base alone"), or "can only" over a verb done with or
    through others ("Kenya can only reach the Moon with partners", "Debris can only be removed
    through cooperation", "Only together can we keep a foothold in deep space"): a norm."""
    if not _modal(verb, {"can", "ca"}):
        return False
    mods = list(verb.children)
    # "alone" on the verb or on its complement ("keep its orbits safe alone")
    near = [
        *mods,
        *(g for c in mods if c.dep_ in {"acomp", "oprd", "ccomp", "dobj"} for g in c.children),
    ]
    if _denied(verb) and any(c.lower_ in _ALONE or _in_isolation(c) for c in near):
        return True
    only = [c for c in mods if c.lower_ == "only" and c.dep_ == "advmod"]
    together = [c for c in mods if c.lower_ in _JOINTLY and _with_others(c)]
    if only and together:
        return True
    # "Only together can we ...": "only" hangs on "together"
    return any(any(o.lower_ == "only" for o in t.children) for t in together)


def _in_isolation(word: Token) -> bool:
    """ "in isolation", "on its own": a phrase of acting without partners."""
    return word.dep_ == "prep" and any(
        o.dep_ == "pobj"
        and (o.lower_ == "isolation" or (word.lower_ == "on" and o.lower_ == "own"))
        for o in word.children
    )


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
    """A necessity under "would" that no verb of saying reports ("Any shared mission would need
    approval from Congress", "A delay would require ESA to renegotiate", "the partners would
    have to agree"): the consequence of a supposed case, a possibility, not a
    norm."""
    return "would" in modals and not reported and _lemma(verb) in _NEED_VERBS


#: Verbs that lay a duty on someone ("places a duty on operators to share").
_LAYING_VERBS = _words("place impose lay put create")
#: Duties laid or owed.
_DUTY_NOUNS = _words("duty obligation requirement")
#: What one side can owe another as a duty ("owes notice to", "owe each other courtesy").
_OWED_NOUNS = _words(
    "notice courtesy duty consultation explanation warning information transparency respect"
)


def laid_duty(verb: Token) -> bool:
    """A duty laid on someone in the present, the wording of what a bill, a rule or a text does
    ("it places a duty on operators to share ...", "The rule imposes an obligation on each
    partner to notify ..."), or a duty owed in the present ("A signatory owes notice to the
    others", "The partners owe each other the same courtesy"): a norm, like "is required to".
    Not in the past ("placed a duty on", a text of its time) nor "owe our success to our
    partners" (a debt of thanks)."""
    if verb.tag_ not in {"VBP", "VBZ"} or any(c.dep_ == "neg" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if _lemma(verb) == "owe":
        return any(_lemma(o) in _OWED_NOUNS for o in objects)
    if _lemma(verb) not in _LAYING_VERBS:
        return False
    return any(
        _lemma(o) in _DUTY_NOUNS
        and any(p.dep_ == "prep" and p.lower_ in {"on", "upon", "for"} for p in o.children)
        for o in objects
    )


#: Verbs of a need reported in the past.
_NEEDING = _words("need require")


def reported_need(verb: Token) -> bool:
    """A need in the past under a past verb of saying or agreeing, the backshift of reported
    speech ("She said that a joint relay was needed because ...", "said Ghana needed partners"): a norm held when it was said, as "said it hoped to"
    is a plan (not "The mission needed help in 2019", no report, a fact)."""
    if _lemma(verb) == "have":
        # "The official said that Kenya had to work with all partners": the backshift of "has
        # to", as "said Ghana needed partners" is of "needs" (twenty-second round)
        if not any(
            c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in verb.children
        ):
            return False
    elif _lemma(verb) not in _NEEDING:
        return False
    passive = verb.tag_ == "VBN" and any(
        a.dep_ == "auxpass" and a.lower_ in {"was", "were"} for a in verb.children
    )
    if verb.tag_ != "VBD" and not passive:
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and head is not clause
        and head.tag_ == "VBD"
        and _lemma(head) in REPORT_VERBS
    )
