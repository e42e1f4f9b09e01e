"""Cues of modality in the moves of a speaker or writer rather than in the relation
(ANNOTATION_GUIDE.md, "Modality"; issue 17, sixteenth round, from the blind documents held out in
the fifteenth round): a future of saying or knowing that announces a point, not a plan ("Critics
will say that ...", "the hon. Member will know that ...", "I will not pretend that ..."); the
speaker's own body as the subject of a call ("My delegation invites all States to ...", as "we
invite"); a deliberation over an offer ("is studying proposals from both sides"), and a
contemplation shifted into the past by reported speech ("informed the other side that it was
considering joining"); and a list item without a subject dated after its document ("- Holding
the first joint exercise by March 2027" in a fact sheet of 2026), a plan. Pure functions over a
parsed token or sentence, used by ``modality_verbs`` and the claim-structure component.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.nlp.extract.parse_words import SUBJECT_DEPS
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.parse_words import words as _words

#: Verbs of saying, arguing or knowing whose future only announces the point of their clause
#: ("Skeptics will say that ...", "Readers will recall that ...", "You will know that ...").
DISCOURSE_VERBS = _words(
    "say argue object claim insist know recall remember pretend admit acknowledge note notice "
    "agree concede"
)
#: Auxiliaries of that future.
_FUTURE = frozenset({"will", "'ll", "’ll", "wo"})


def discourse_future(verb: Token, chain: list[Token]) -> bool:
    """Whether ``verb`` is a verb of saying or knowing under "will" that reports a clause of the
    same predicate's ``chain`` (the reported clause comes first in a chain, the verb of saying
    last): the future announces or concedes a point ("Sceptics will say that Kenya cannot be
    trusted", "I will not pretend that space is only a place of partnership"), it plans nothing
    and its negation denies no relation; the clause decides."""
    if len(chain) < 2 or verb is not chain[-1] or not announced_point(verb):
        return False
    return any(c.dep_ == "ccomp" and c in chain for c in verb.children)


def announced_point(verb: Token) -> bool:
    """A verb of saying or knowing under "will" over a clause after it ("will say that ...",
    "will not pretend that ...")."""
    return (
        _lemma(verb) in DISCOURSE_VERBS
        and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children)
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


#: Bodies a speaker names as "my" or "our" for the speaker's own side in a statement ("My
#: delegation", "Our government", "My country").
SPEAKER_BODIES = _words("delegation government country nation administration ministry")


def speakers_body(subject: Token | None) -> bool:
    """Whether ``subject`` is the speaker's own side: "I", "we", or a body named with "my" or
    "our" ("My delegation invites all States to take part", the convention of statements to a
    United Nations body; "Our government calls on ...")."""
    if subject is None:
        return False
    if subject.lower_ in {"i", "we"}:
        return True
    return _lemma(subject) in SPEAKER_BODIES and any(
        c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in subject.children
    )


#: Verbs of examining an offer ("is studying / reviewing / assessing proposals").
EXAMINE_VERBS = _words("study review examine assess evaluate")
#: Offers put before a party, which it is still weighing.
OFFER_NOUNS = _words("proposal offer invitation request bid")


def weighs_offer(verb: Token) -> bool:
    """ "Kenya is studying proposals from both coalitions", "said it was reviewing an offer to
    join": an offer under examination leaves the relation open, a possibility like "is
    considering joining". In the present progressive, or its past under a verb of saying (the
    backshift of reported speech); not "studied the proposal and signed" (done), nor "is
    studying the Moon with Japan" (an activity)."""
    if _lemma(verb) not in EXAMINE_VERBS or verb.tag_ != "VBG":
        return False
    if not (present_progressive(verb) or backshifted(verb)):
        return False
    return any(c.dep_ == "dobj" and _lemma(c) in OFFER_NOUNS for c in verb.children)


def present_progressive(verb: Token) -> bool:
    """ "is considering", "are weighing": a form of "be" in the present as its auxiliary."""
    return any(
        c.dep_ == "aux" and _lemma(c) == "be" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )


#: Verbs of saying that shift a reported progressive into the past.
_REPORTING = _words("say tell state announce add note explain inform confirm report reply")


def backshifted(verb: Token) -> bool:
    """ "said it was considering joining": a past progressive in the clause of a past verb of
    saying, the present of the one who spoke (backshift), with a subject of its own."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head is not verb
        and head.tag_ == "VBD"
        and _lemma(head) in _REPORTING
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in verb.children)
    )


def dated_ahead(sent: Span) -> bool:
    """Whether a date of the sentence ``sent`` starts after its document's date ("- Holding the
    first joint exercise by March 2027", "- Launching three satellites in 2027" in a fact sheet
    of 2026): a list item without a subject that names its time to come announces what is to be
    done, a plan. Dates as ISO strings compare in order; no document date, no answer."""
    issued = sent.doc._.sc_document_date
    if not issued:
        return False
    spans = sent.doc.spans.get("dates", [])
    return any(
        sent.start <= d.start < sent.end
        and d._.sc_date_start
        and str(d._.sc_date_start)[: len(issued)] > issued
        for d in spans
    )


#: Quantifiers that pick out a part of a group ("many", "most of the signatories").
_PART_QUANTIFIERS = frozenset({"many", "most", "some", "several", "few", "half"})


def share_lacks(verb: Token) -> bool:
    """Whether ``verb`` is "have" with a subject that is a part of a group named by a
    quantifier ("many have", "Most signatories have", "some of the partners have"): "no X"
    after it describes how the group is made up (a share of it lacks X) and denies no relation
    of its members, unlike "the agency has no agreement with Kenya" (a denial). Only "have":
    "many partners signed no agreement" still denies an act."""
    if _lemma(verb) != "have":
        return False
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if subject.lower_ in _PART_QUANTIFIERS:
            return True
        if any(
            c.dep_ in {"amod", "det", "nummod"} and c.lower_ in _PART_QUANTIFIERS
            for c in subject.children
        ):
            return True
    return False
