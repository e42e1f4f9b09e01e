"""A stance on what unnamed states do: the speakers observe, the claim has no sides.

A joint statement, a report or a delegation's statement voices concern at, or notes, what some
states do without naming them: "They expressed concern that some states are developing the
means to jam navigation signals", "The Ministers noted that several countries now offer
satellites ... as part of a wider contest", "We are concerned that several states continue to
develop weapons ...", "The view was expressed that some States were developing ...". The rivalry
or cooperation claimed is among the states left unnamed; the speakers are observers, not a side
(the blind marks of three registers read so), and a joint text's signatories are not added to a
claim that names no side. A sentence that names a state in its own right keeps it ("... had
shown that some States, Russia among them, ...").

The form is read on the parse: the subject of a clause is a plural noun of states under an
indefinite word ("some", "several", "certain", "many", "a few", "other"), and the clause is the
complement of a word of noting or concern ("note", "concerned", "expressed concern", "the view
that").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.parse_words import lemma

#: Plural nouns of states left unnamed.
_GROUP_NOUNS = frozenset(
    {"states", "countries", "nations", "powers", "governments", "actors", "spacefaring"}
)
#: Words that leave a group of states unnamed.
_INDEFINITE = frozenset({"some", "several", "certain", "many", "few", "other", "various"})
#: Words of noting or concern whose complement is what the speakers observe.
_STANCE_WORDS = frozenset(
    {"note", "observe", "concern", "concerned", "worry", "worried", "fear", "regret",
     "deplore", "view", "alarm", "alarmed"}
)  # fmt: skip


def observes_unnamed_states(doc: Doc, named_sides: Iterable[object]) -> bool:
    """Whether the sentence ``doc`` voices a stance on what unnamed states do ("They expressed
    concern that some states are developing ...") and names no side of its own (``named_sides``:
    the actors it mentions that can be sides)."""
    if any(True for _ in named_sides):
        return False
    return any(_unnamed_subject(tok) for tok in doc)


def _unnamed_subject(tok: Token) -> bool:
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.lower_ not in _GROUP_NOUNS:
        return False
    if not any(c.dep_ in {"det", "amod"} and c.lower_ in _INDEFINITE for c in tok.children):
        return False
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "..., and that the competition ... could spill over"
    if clause.dep_ not in {"ccomp", "acl", "advcl"}:
        return False
    head = clause.head
    if head.lower_ in _STANCE_WORDS or lemma(head) in _STANCE_WORDS:
        return True
    # "The view was expressed that ...", "expressed concern that ..." hung on the verb
    return lemma(head) in {"express", "voice"} and any(
        c.lower_ in _STANCE_WORDS for c in head.children if c.dep_ in {"dobj", "nsubjpass"}
    )
