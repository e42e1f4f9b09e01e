"""Repairs of dependency parses that the party rules and model read, applied to each parsed claim
sentence before its sides are decided.

The parser of a small English pipeline attaches a list that follows a sentence-opening
prepositional phrase and its comma to the object of that phrase, as if the list went on from
it: in "Since the launch of the guide, Chile, Peru and Ghana have joined the project" the three
states become conjuncts of "guide" and the verb "joined" has no subject. Whether the parser does
so depends on the token vectors of the text around the sentence (the base pipeline's ``tok2vec``
reads across sentence boundaries), so the same sentence gets its sides alone and loses them in
its document. The repair restores the reading the comma marks: the first name after the comma
is the subject of the main verb, the rest of the list its conjuncts.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Subject relations of a clause.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def fronted_list_subject(doc: Doc) -> bool:
    """Reattach a list that the parser hung on the object of a sentence-opening phrase ("Since
    the release of X, A, B and C have signed ...") to the main verb as its subject; whether
    ``doc`` (one parsed sentence) was changed.

    The form (all must hold, so that a real apposition or a list that continues the phrase is
    left alone): the sentence opens with a preposition or subordinator; the first comma closes
    that phrase; the word right after the comma is a proper noun attached as a conjunct to the
    common-noun object of a preposition before the comma; the main verb comes after the list, is a verb, and has no subject
    after the comma. A subject the parser found inside the opening phrase (its noun read as the
    subject of the main verb) goes back into the phrase."""
    words = [t for t in doc if not t.is_space]
    if len(words) < 6 or words[0].tag_ != "IN":
        return False
    comma = next((t for t in words if t.text == ","), None)
    if comma is None or comma.i + 1 >= len(doc):
        return False
    first = doc[comma.i + 1]
    if first.dep_ != "conj" or first.head.i >= comma.i or first.tag_ not in {"NNP", "NNPS"}:
        return False
    # the list hangs on the phrase's object, a common noun ("the release of the edition"): not
    # on a subject before the comma ("In 2021 Russia, China and Belarus signed"), nor on a
    # place the next name may qualify ("Since the talks in Paris, France and ...")
    if first.head.dep_ != "pobj" or first.head.tag_ not in {"NN", "NNS"}:
        return False
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in {"VERB", "AUX"} or root.i <= first.i:
        return False
    if any(c.dep_ in _SUBJECTS and c.i > comma.i for c in root.children):
        return False
    for inner in [c for c in root.children if c.dep_ in _SUBJECTS and c.i < comma.i]:
        _attach(inner, words[0], "pobj")
    if words[0].head.i != root.i:
        _attach(words[0], root, "prep")
    _attach(first, root, "nsubj" if root.tag_ != "VBN" or _active(root) else "nsubjpass")
    return True


def _active(verb: Token) -> bool:
    """Whether the participle ``verb`` is in a perfect ("have signed"), not a passive."""
    return not any(c.dep_ == "auxpass" for c in verb.children)


def _attach(tok: Token, head: Token, dep: str) -> None:
    tok.head = head
    tok.dep_ = dep
