"""The forum in which sides coordinate their positions, and the body within or outside which
an act is done: no side of the claim.

A joint statement, a readout or a news story says that two sides "will coordinate their
positions in the Committee on the Peaceful Uses of Outer Space", "align their views within the
ITU", "coordinate their positions ahead of the World Radiocommunication Conference": the sides are
the states that coordinate; the committee, union or conference is the venue where the positions
are taken (annotation guide, "Parties": a forum an act is done in is no side, as in an
instrument's list "the coordination of positions in the Committee ..."). The rule is read on the
parse: the actor is the object of a preposition of venue ("in", "within", "at", "before",
"during", "ahead of", "prior to"), or of one coordinated with such a preposition, that hangs on a
noun of a stance ("positions", "views", "approaches") or on the verb whose object that noun is.

The body "within" or "outside" which an act is done frames it the same way ("cooperation within
the UN Committee on the Peaceful Uses of Outer Space", "Within ESA, Spain has concentrated on
...", "its first staff exchange outside ESA", "few partners left outside China"): the blind marks
of every family list no side there, as the party rules read those prepositions
(``party_rules.NONPARTY_PREPS``), which the learned party model may not.

Pure function over a parsed sentence and a mention.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.parse_words import lemma

#: Mention: start token, end token, canonical actor, actor type.
Mention = tuple[int, int, str, str]

#: Nouns of what the sides coordinate or align: their stance on the matters of a forum.
STANCE_NOUNS = frozenset(
    {"position", "positions", "stance", "stances", "view", "views", "approach", "approaches"}
)
#: Prepositions of the venue where a stance is taken.
_VENUE_PREPS = frozenset({"in", "within", "at", "before", "during"})
#: Nouns of a place held in a body: "within" it names membership, not a frame.
_MEMBER_NOUNS = frozenset(
    {"state", "member", "status", "seat", "observer", "participant", "partner", "membership"}
)
#: Words before "of" / "to" that make a venue of time ("ahead of X", "prior to X").
_AHEAD = frozenset({"ahead", "prior"})


def positions_forum(doc: Doc, mention: Mention) -> bool:
    """Whether ``mention`` in the parsed sentence ``doc`` is the forum in which sides coordinate
    their positions ("coordinate their positions in the Committee", "at the next World
    Radiocommunication Conference", "ahead of the WRC"), not a side."""
    root = _hanging_word(doc, mention)
    if root is None:
        return False
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "in the ITU and the WMO"
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in {"of", "to"} and prep.head.lower_ in _AHEAD:
        return _holds_stance(prep.head.head)
    venue = prep.lower_ in _VENUE_PREPS
    # "in the Committee and at the Conference": the second preposition is a conjunct of the
    # first (the parser may hang it on another preposition of the same noun)
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head
    return venue and prep.dep_ == "prep" and _holds_stance(prep.head)


def within_or_outside(doc: Doc, mention: Mention) -> bool:
    """Whether ``mention`` in the parsed sentence ``doc`` is the object of "within" or
    "outside" (also "outside of"; as the second of coordinated objects), the frame an act is
    done in or out of, not a side."""
    root = _hanging_word(doc, mention)
    if root is None:
        return False
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "of" and prep.head.lower_ == "outside":
        prep = prep.head
    # a place held in the body is membership, a relation with it ("the status of a Cooperating
    # State within the ESA", "a member within the Union"; the parser may hang "within" on the
    # verb whose object the place is: "has had the status ... within"): the body stays a side
    holder = prep.head
    held = [holder, *(c for c in holder.children if c.dep_ in {"dobj", "attr", "obj"})]
    return prep.lower_ in {"within", "outside"} and not any(lemma(t) in _MEMBER_NOUNS for t in held)


def _hanging_word(doc: Doc, mention: Mention) -> Token | None:
    """The first word of the mention's span that hangs outside it (the parser may hang a long
    name's inner preposition outside it: "in the Committee on the Peaceful Uses ...")."""
    start, end = mention[0], min(mention[1], len(doc))
    if start >= end:
        return None
    return next(t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i)


def _holds_stance(tok: Token) -> bool:
    """Whether ``tok`` is a noun of a stance or the verb whose object is one ("coordinate their
    positions")."""
    if tok.lower_ in STANCE_NOUNS:
        return True
    return tok.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"dobj", "obj"} and c.lower_ in STANCE_NOUNS for c in tok.children
    )
