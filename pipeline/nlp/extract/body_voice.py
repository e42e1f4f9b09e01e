"""A document's own committee speaking: the voice of the text, not a side of the claim.

A committee's report, minutes or hearing calls its author "the Committee" (the home-bodies
component resolves it to the committee the document names, :mod:`own_committee`). When that
committee notes, finds, recommends or urges something about others ("The Committee recommends
that the Government seek associate membership", "The Committee urges the Department to open
talks with Japan"), it frames the relation of others the way a report's authors do
(:func:`claim_sides.reports_others`): the annotation guide's sources are no sides. The committee
stays a side when it acts itself ("The Committee agreed to hold a joint session with the
Senate") or when the reported clause's subject is a pronoun that may refer back to it.

Pure function over a parsed sentence and a mention.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.parse_words import SAY_VERBS, lemma

#: Mention: start token, end token, canonical actor, actor type.
Mention = tuple[int, int, str, str]

#: Verbs by which a body voices a view on what others do (beside the verbs of saying).
VOICE_VERBS = SAY_VERBS | frozenset(
    {"recommend", "find", "consider", "conclude", "urge", "call", "encourage", "request",
     "invite", "welcome", "regret", "agree", "hear", "feel", "accept", "recognise", "recognize"}
)  # fmt: skip
#: The short self-names of a committee.
_SELF_NAMES = frozenset({"the committee", "committee", "this committee", "the joint committee"})


def committee_voice(doc: Doc, mention: Mention) -> bool:
    """Whether ``mention`` is a committee's short self-name ("the Committee") that is the subject
    of a verb of voicing (``VOICE_VERBS``) whose clause, or whose object's infinitive, has a
    subject of its own that is a name or noun: the committee is the text's voice, not a side."""
    start, end = mention[0], min(mention[1], len(doc))
    if start >= end or doc[start:end].text.lower() not in _SELF_NAMES:
        return False
    subject = next((t for t in doc[start:end] if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or lemma(subject.head) not in VOICE_VERBS:
        return False
    verb = subject.head
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if _own_subject(clause):
            return True
    # "urges the Department to open talks": the object is the subject of the infinitive
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    has_inf = any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)
    # "calls on the Government to ...": the object of "on"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
        objects += [c for c in prep.children if c.dep_ == "pobj"]
        has_inf = has_inf or any(c.dep_ in {"xcomp", "acl"} for c in prep.subtree if c != prep)
    return has_inf and any(o.pos_ in {"PROPN", "NOUN"} for o in objects)


def _own_subject(clause: Token) -> bool:
    """Whether the reported ``clause`` has a subject of its own that is a name or noun."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(c.pos_ in {"PROPN", "NOUN"} for c in subjects)
