"""Parties and modality a list item takes from a lead-in that is itself a claim (issue 17,
seventeenth round), and the small sentence tests the claim-structure component shares about
lists.

An agreement, memorandum or communiqué lists the fields of its cooperation under a lead-in
that ends with a colon ("The Parties shall develop cooperation in the following fields:"), one
item a line with no predicate of its own ("(b) space weather and the study of the
ionosphere;"). The claims component gives such an item its lead-in's cooperation head
(``nlp/extract/list_items.py``); what it claims is the lead-in's claim with the item's content,
so its sides are the lead-in's sides and its modality the lead-in's (annotation guide: "the
items of a lead-in 'The Parties shall cooperate in the following areas:' are the Parties'
acts"). Parsed alone, the item names no side (or only a qualifier: "flights of Iranian
cosmonauts") and has no modal, so it came out with no parties and "asserted".

The rule (:func:`inherit`): a sentence that is a list item (``list_items.is_list_item``) under
the nearest lead-in before it, over items that continue the same list (``list_items.
opens_list``; the first sentence that is not an item ends the list), where that lead-in is a
claim whose parties and modality this component has already written:

- an item that names no side of its own (no side, or only sides named by an adjective that
  qualifies a thing) takes the lead-in's parties; an item that names a side of its own keeps
  its own ("(c) a joint mission led by the Indian Space Research Organisation;");
- an item with no finite verb or modal of its own whose own reading is "asserted" takes the
  lead-in's "planned" or "normative"; an item with its own finite verb keeps its own modality.

A lead-in that is no claim (a heading, a neutral line) passes nothing on here.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from pipeline.nlp.extract.list_items import is_list_item, opens_list
from pipeline.nlp.extract.party_rules import Mention

#: Dependency labels of a subject.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
#: Tags of a finite verb or a modal (Penn tags).
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
#: Modalities a lead-in passes on to a verbless item.
_PASSED_ON = frozenset({"planned", "normative"})
#: How far back (in sentences) an item's lead-in is looked for.
_REACH = 40


def lead_in_of(doc: Doc, sent: Span) -> Span | None:
    """The lead-in of the list item ``sent``: the nearest sentence before it that opens a list,
    over items of the same list; None if ``sent`` is no item or the list ended before it."""
    if not is_list_item(sent):
        return None
    start = sent.start
    for _ in range(_REACH):
        if start == 0:
            return None
        prev = doc[start - 1].sent
        start = prev.start
        if opens_list(prev):
            return prev
        if not is_list_item(prev):
            return None
    return None


def verbless(sent: Span) -> bool:
    """Whether ``sent`` has no finite verb or modal of its own (a noun phrase, a gerund)."""
    return not any(t.tag_ in _FINITE for t in sent)


def names_own_side(sent_doc: Doc, placed: Sequence[tuple[str, frozenset[int]]]) -> bool:
    """Whether the item ``sent_doc`` names a side of its own: a side placed on words that are not
    all adjectives ("Iranian cosmonauts" qualifies a thing; "with the Indian Space Research
    Organisation" names a side) nor the forum the act is done in ("the coordination of positions
    in the Committee on the Peaceful Uses of Outer Space": the lead-in's parties coordinate
    there, the forum is no side; annotation guide, "Parties")."""
    return any(
        any(sent_doc[i].pos_ != "ADJ" for i in toks) and not in_forum(sent_doc, toks)
        for _, toks in placed
    )


#: Prepositions whose object is the forum or place an act is done in, not a side of it.
_FORUM_PREPOSITIONS = frozenset({"in", "within", "at"})


def in_forum(sent_doc: Doc, toks: frozenset[int]) -> bool:
    """Whether the words ``toks`` of ``sent_doc`` are the object of "in", "within" or "at" (also
    as the second of coordinated objects: "in the Committee and in its Legal Subcommittee")."""
    heads = [sent_doc[i] for i in toks if sent_doc[i].head.i not in toks]
    if not heads:
        return False
    head = heads[0]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in _FORUM_PREPOSITIONS:
        return True
    # "in the Committee and in its Legal Subcommittee": the second "in" is a conjunct of the first
    prep = head.head if head.dep_ == "pobj" else None
    while prep is not None and prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head
        if prep.lower_ in _FORUM_PREPOSITIONS:
            return True
    return False


def inherit(
    sent: Span,
    sent_doc: Doc,
    parties: list[str],
    modality: str,
    placed: Sequence[tuple[str, frozenset[int]]],
    lead: tuple[list[str], str] | None,
) -> tuple[list[str], str]:
    """The parties and modality of the item ``sent`` (parsed as ``sent_doc``; its own reading
    ``parties``, ``modality``, its sides placed on ``placed``) under a lead-in claim whose
    parties and modality are ``lead`` (None: no such lead-in): see the module docstring."""
    if lead is None:
        return parties, modality
    lead_parties, lead_modality = lead
    if lead_parties and not names_own_side(sent_doc, placed):
        forums = {side for side, toks in placed if toks and in_forum(sent_doc, toks)}
        parties = list(lead_parties) + [
            p for p in parties if p not in lead_parties and p not in forums
        ]
    if modality == "asserted" and lead_modality in _PASSED_ON and verbless(sent):
        modality = lead_modality
    return parties, modality


def item_like(sent: Span) -> bool:
    """Whether the sentence ``sent`` (tagged, not parsed) reads as a list item that continues a
    lead-in: after a "(iv)" marker, a lowercase word or a verb without a subject before it
    ("coordinate ...", "Mapping ...", "Develop ...")."""
    words = [t for t in sent if t.is_alpha]
    if len(words) > 1 and sent[0].text == "(" and any(t.text == ")" for t in sent[1:4]):
        close = next(t.i for t in sent[1:4] if t.text == ")")
        words = [t for t in words if t.i > close]
    return bool(words) and (words[0].is_lower or words[0].tag_ in {"VBG", "VB"})


def pronoun_subject(doc: Doc) -> bool:
    """Whether the sentence ``doc`` has "it" or "they" before its first modal verb."""
    for tok in doc:
        if tok.lower_ in {"shall", "will", "should", "must", "may"}:
            return False
        if tok.lower_ in {"it", "they"}:
            return True
    return False


def subjects_before_modal(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """The ``mentions`` of sentence ``doc`` before its first modal verb (all if it has none)."""
    modal = next(
        (t.i for t in doc if t.lower_ in {"shall", "will", "should", "must", "may"}), len(doc)
    )
    return [m for m in mentions if m[1] <= modal]


__all__ = [
    "SUBJECTS",
    "inherit",
    "item_like",
    "lead_in_of",
    "names_own_side",
    "pronoun_subject",
    "subjects_before_modal",
    "verbless",
]
