"""Forms that put a relation as supposed, predicted or asked, not planned (ANNOTATION_GUIDE.md,
"Modality by register"; twenty-first round, from the misses of the blind documents held out in
the twentieth round).

- a "would" reported under a verb of belief or inference is a prediction, not an intention the
  speaker reports: "Few partners believe that Washington would welcome it", "The results suggest
  that an exchange would improve safety" (hypothetical; "said it would" stays planned);
- a "would" whose subject is a supposed case ("any transfer would pose a threat", "even a small
  exchange would help"), under any verb of saying: the consequence of the case, like "Any shared
  mission would need approval";
- a free relative of "-ever" as the subject ("Whoever builds the network first will write the
  rules"): a condition put as a subject, hypothetical like "if";
- a wish to know, hear or understand over an indirect question ("The questioners want to know
  how the Government weighs ...", "I want to hear how the nominee would ..."): the question, not
  a plan of the one who asks;
- a call on several addressees split by a relative clause ("We call on Russia, and on every
  state that has not yet done so, to join"), whose infinitive the parser coordinates with the
  verb of calling.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.extract.parse_words import SUBJECT_DEPS
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.parse_words import words as _words

#: Verbs of belief or inference: what they report under "would" is predicted, not intended.
BELIEF_VERBS = _words(
    "believe think suggest expect predict doubt assume estimate reckon show find conclude fear "
    "imply"
)
#: Determiners and adverbs that make a subject a supposed case ("any transfer", "even a").
_SUPPOSING = frozenset({"any", "even"})
#: Free relatives that put a condition as a subject ("Whoever gets there first ...").
_EVER_WORDS = frozenset({"whoever", "whichever", "whatever"})
#: Verbs of learning that ask under a verb of wanting ("want to know / hear / understand how").
LEARNING_VERBS = _words("know hear understand learn")
#: Verbs of wanting.
_WANT_VERBS = _words("want wish like")


def predicted(verb: Token, chain: list[Token]) -> bool:
    """Whether the "would" of ``verb``, reported in ``chain``, is a prediction: the verb that
    reports it is one of belief or inference, or its subject is a supposed case."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    if subject.tag_ != "PRP" and any(
        _lemma(v) in BELIEF_VERBS for v in chain if v is not verb and v.i < verb.i
    ):
        return True  # not "We expect that we would ...": one's own intention
    return any(
        c.lower_ in _SUPPOSING
        for c in subject.children
        if c.dep_ in {"det", "advmod", "preconj"} and c.i < subject.i
    )


def ever_condition(verb: Token) -> bool:
    """ "Whoever builds the networks first will write the rules": a clausal subject opened by a
    free relative of "-ever", a condition (not "Those who build ...", a group named). Not when
    a clause of the speakers' own follows ("Whoever writes the rules will shape the pole, and
    we intend to be at that table with our partners"): the general truth is its premise, and
    the own clause decides."""
    if any(
        c.dep_ == "conj" and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in verb.children
    ):
        return False
    return any(
        c.dep_ in {"csubj", "csubjpass"}
        and any(g.dep_ in SUBJECT_DEPS and _ever(g) for g in c.children)
        for c in verb.children
    ) or any(c.dep_ in SUBJECT_DEPS and _ever(c) for c in verb.children)


def _ever(subject: Token) -> bool:
    """ "whoever", or a noun under "whichever" / "whatever" ("whichever coalition")."""
    return subject.lower_ in _EVER_WORDS or any(
        c.dep_ == "det" and c.lower_ in _EVER_WORDS for c in subject.children
    )


def wish_to_know(verb: Token, complement: Token) -> bool:
    """ "want to know how", "wants to hear whether": ``verb`` is a verb of wanting whose open
    complement ``complement`` is a verb of learning; the question it asks decides."""
    return (
        _lemma(verb) in _WANT_VERBS
        and complement.head == verb
        and complement.dep_ == "xcomp"
        and _lemma(complement) in LEARNING_VERBS
    )


def split_call(verb: Token) -> bool:
    """ "We call on Russia, and on every state that has not yet done so, to join": a conjunct
    of ``verb`` that is a bare "to" infinitive with no subject of its own, the infinitive of
    the call misread as a second predicate."""
    return any(
        c.dep_ == "conj"
        and c.i > verb.i
        and any(a.tag_ == "TO" and a.i == c.i - 1 for a in c.children)
        and not any(a.dep_ in SUBJECT_DEPS for a in c.children)
        for c in verb.children
    )
