"""Helpers over spaCy words for the actor component (``pipeline.nlp.components.actors``):
where a name touches capitalised words, definite short forms, the entity around a word, the
word governing a list of names, and the rules that choose among overlapping candidates."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

_DASHES = frozenset({"-", "–", "—"})


def capitalised_beside(doc: Doc, start: int, end: int) -> bool:
    """Whether a capitalised word (not one opening the sentence) touches ``doc[start:end]``."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_title and not after.is_sent_start:
        return True
    return before is not None and before.is_title and not before.is_sent_start


def any_within(positions: list[int], start: int, end: int) -> bool:
    """Whether the sorted ``positions`` hold one in ``[start, end)``."""
    i = bisect.bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


#: Lower-case words that open or end a noun phrase of their own: a quantifier ("each Agency",
#: "either Party", "one Agency") names any one of a kind, not the one named last, and a "the"
#: before a preposition or a conjunction opens another phrase ("the sensors of each Agency",
#: "the venue, and each Agency").
_PHRASE_BREAKS = frozenset(
    {"each", "either", "neither", "every", "any", "no", "one", "a", "an", "of", "to", "from",
     "by", "with", "for", "in", "on", "at", "and", "or", "between", "under", "than"}
)  # fmt: skip


def definite(doc: Doc, i: int, covered: set[int]) -> bool:
    """Whether the word at ``i`` ends a definite noun phrase: "the Accords", "the US-led
    Accords", "the so-called Accords" (at most four words between, none a capitalised name
    that is not an actor, a quantifier, a preposition or a conjunction: "the sensors of each
    Agency" is no "the Agency")."""
    for j in range(i - 1, max(-1, i - 6), -1):
        t = doc[j]
        if t.lower_ == "the":
            return True
        if t.lower_ in _PHRASE_BREAKS and j not in covered:
            return False
        if t.text in _DASHES or j in covered or (t.is_lower and t.is_alpha):
            continue
        return False
    return False


#: Words between "the" and a short form that make it another one of its kind: "the second
#: Agency", "the other Party", "the first Committee".
_OTHER_ONE = frozenset({"other", "another", "first", "second", "third", "fourth", "fifth", "next"})


def another_one(doc: Doc, i: int) -> bool:
    """Whether an ordinal or "other" stands in the noun phrase the word at ``i`` ends ("the
    second Agency"): a definite short form that counts its kind does not name the one named
    last."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if doc[j].lower_ in _OTHER_ONE:
            return True
        if doc[j].lower_ == "the" or not doc[j].is_alpha:
            return False
    return False


#: Heads of instruments, whose short form also modifies a noun ("Accords signatories", "Treaty
#: obligations"); a body's head does not ("Administration requirements" are the government's,
#: not the space administration's named last).
ATTRIBUTIVE_HEADS = frozenset(
    {"Accords", "Accord", "Treaty", "Agreement", "Convention", "Charter", "Protocol"}
)


def attributive(doc: Doc, i: int, covered: set[int]) -> bool:
    """Whether the capitalised word at ``i`` modifies the common noun after it inside a phrase
    of lower-case words ("many Accords signatories", "for Agency staff"): a short form used as
    a modifier, which takes no "the" ("the Accords" is found by :func:`definite`)."""
    if i == 0 or i + 1 >= len(doc) or doc[i].is_sent_start:
        return False
    before, after = doc[i - 1], doc[i + 1]
    opens = bool(before.is_sent_start) and before.is_stop  # "Many Accords signatories ..."
    return (
        (before.is_lower or opens)
        and before.is_alpha
        and before.lower_ != "the"
        and (i - 1) not in covered
        and after.is_lower
        and after.pos_ == "NOUN"
    )


def entity_at(doc: Doc, i: int) -> Span | None:
    token = doc[i]
    if not token.ent_type_:
        return None
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def coordination_governor(doc: Doc, i: int) -> Token | None:
    """Walk back over a list of names ("London, Moscow and") to the word that governs it."""
    j = i
    while j >= 0 and (
        doc[j].lower_ in {"and", "or", ",", "the"} or doc[j].pos_ == "PROPN" or doc[j].is_title
    ):
        j -= 1
    return doc[j] if j >= 0 else None


def absorbing(candidates: list[tuple], kept: list[tuple], is_country) -> list[tuple]:
    """Like :func:`longest_first`, but a candidate for an actor missing from the gazetteer
    (one with new-actor fields) first removes the country words it strictly contains ("the
    Tunisian Space Agency", "the Hungarian Space Office (HSO)")."""
    inner: set[tuple[int, int]] = set()
    by_token = {i: k for k in kept for i in range(k[0], k[1])}
    for c in candidates:
        if not c[4] or c[1] - c[0] < 2:
            continue
        overlapping = list(
            {by_token[i][:2]: by_token[i] for i in range(c[0], c[1]) if i in by_token}.values()
        )
        if overlapping and all(
            c[0] <= k[0] and k[1] <= c[1] and is_country(k[2]) for k in overlapping
        ):
            inner.update(k[:2] for k in overlapping)
    if inner:
        kept = [k for k in kept if k[:2] not in inner]
    return longest_first(candidates, kept)


def longest_first(candidates: list[tuple], kept: list[tuple]) -> list[tuple]:
    """``kept`` plus the longest of ``candidates`` that overlap nothing already kept."""
    taken = {i for c in kept for i in range(c[0], c[1])}
    out = list(kept)
    for c in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if not any(i in taken for i in range(c[0], c[1])):
            out.append(c)
            taken.update(range(c[0], c[1]))
    return out


def strip_det(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text.strip())
