"""Cues of modality in how a text frames a relation (ANNOTATION_GUIDE.md, "Modality"; issue 17,
seventeenth round, from the misses of the blind documents held out in the sixteenth round):
an instrument that defines its own purpose ("The purpose of this Arrangement is to define the
terms under which ASI will provide ...": a definition, not a plan nor a provision), a present
passive invitation with an infinitive ("Partners are invited to do so through SCOSA": the
text's call, like "are encouraged to"), a relation put at risk ("cooperation is at risk of
being split": a possibility), and an offer taken note of or welcomed ("took note of the offer
of the UAE to host a conference": what is offered is still to come), an attempt of others
rejected ("rejected any attempt to draw states into exclusive partnerships": an opposition,
not a relation refused) and an openness to an act ("remain open to working with": a
willingness, planned); eighteenth round, from the documents held out in the seventeenth:
what an instrument provides for, told outside it ("The memorandum also provides for a joint
study": planned) and a negotiation under way ("Two further arrangements are under
negotiation", "said it was negotiating with": planned, the guide's decision of the eighteenth
round). Each tests one token of the parse, like the tests of ``modality_cues`` and ``modality_scope``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.modality_cues import _verb_in
from pipeline.nlp.extract.modality_words import (
    ARRANGEMENT_NOUNS,
    BINDING_TEXT_NOUNS,
    PURPOSE_NOUNS,
    STANCE_VERBS,
)
from pipeline.nlp.extract.parse_words import OBJECT_DEPS, SUBJECT_DEPS
from pipeline.nlp.extract.parse_words import lemma as _lemma

#: Subjects that name what a text is for: "purpose", "aim", ... and "object", which a treaty
#: uses in this sense ("The object of this Agreement is to ...") only with "of" and a text.
_TEXT_PURPOSE_NOUNS = PURPOSE_NOUNS | {"object", "scope"}


def defines_purpose(verb: Token) -> bool:
    """ "The purpose of this Implementing Arrangement is to define the terms under which ...",
    "The object of this Agreement is to set up and operate a constellation": a text defines what
    it is for, as "The guidelines are intended to support" does; the futures and provisions
    inside the definition ("under which the Parties will share the data") belong to it, so the
    sentence is asserted (a "shall" or "will" there is no provision of its own). Only with a
    text as the owner of the purpose ("of this Agreement", "of the MOU"), not "Our goal is to"
    nor "The aim of NASA is to" (an owner's target, planned)."""
    if _lemma(verb) != "be" and verb.lower_ not in {"is", "are"}:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or _lemma(subject).lower() not in _TEXT_PURPOSE_NOUNS:
        return False
    if any(c.dep_ == "poss" for c in subject.children):
        return False
    owner = next(
        (
            o
            for p in subject.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    if owner is None or _lemma(owner).lower() not in BINDING_TEXT_NOUNS | {"mou", "loi"}:
        return False
    return any(
        c.dep_ in {"xcomp", "advcl", "ccomp"} and any(a.tag_ == "TO" for a in c.children)
        for c in verb.children
    )


def opens_with_purpose(doc: Doc) -> bool:
    """Whether the sentence opens with a text's definition of its purpose (``defines_purpose``)
    after at most a paragraph number ("1. The object of this Agreement is to ..."), wherever
    the parser hangs its copula: a long definition is often misread as a clause of a later
    verb ("... under which the Parties will share" read as the root)."""
    first = next((t for t in doc if not (t.is_punct or t.like_num or t.tag_ == "LS")), None)
    if first is None:
        return False
    return any(
        defines_purpose(t)
        and any(c.dep_ in SUBJECT_DEPS and c.left_edge.i == first.i for c in t.children)
        for t in doc
    )


def invited_to_act(verb: Token) -> bool:
    """ "Partners that wish to cooperate with ASEAN are invited to do so through SCOSA",
    "States are invited to share their data": a present passive invitation with an infinitive
    is the call of the text, like "are encouraged to" (``modality_cues._exhortation``). Not a
    past ("were invited to join": an invitation reported) and not a guest ("Kenya is invited to
    the summit": no infinitive)."""
    if _lemma(verb) != "invite" or verb.tag_ != "VBN":
        return False
    present = any(c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in verb.children)
    return present and any(
        c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in verb.children
    )


def at_risk(verb: Token) -> bool:
    """ "That cooperation is now at risk of being split into rival blocs", "puts the
    partnership at risk": the relation may be lost, a possibility (like "has been put into
    question"); not "we will not put the mission at risk" (a risk refused)."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "at"
        and any(o.dep_ == "pobj" and o.lower_ == "risk" for o in c.children)
        for c in verb.children
    )


#: Nouns of something offered that is still to come.
_OFFER_NOUNS = frozenset({"offer"})


def noted_offer(verb: Token) -> bool:
    """ "The Committee took note of the offer of the UAE to host a conference", "welcomed
    Japan's offer to provide a rover": what is offered has not yet been done, planned (like
    "welcomed plans for a joint mission"). The stance verb, or "take note of"."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if _lemma(verb) == "take" and any(_lemma(o) == "note" for o in objects):
        stance = True
    else:
        stance = _lemma(verb) in STANCE_VERBS
    if not stance:
        return False
    objects += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(_lemma(o) in _OFFER_NOUNS for o in objects)


#: What others attempt, whose rejection is an opposition ("rejected any attempt to", "reject
#: the efforts of certain states to").
_ATTEMPT_NOUNS = frozenset({"attempt", "effort", "bid", "move", "pressure", "push"})


def rejects_attempt(verb: Token) -> bool:
    """ "The two sides rejected any attempt to use loans to draw states into exclusive
    partnerships", "reject the efforts of certain states to divide the region": the object is
    what another side does; rejecting it opposes that side (the claim), it does not refuse the
    relation ("rejected the offer to join the station" does)."""
    return any(c.dep_ == "dobj" and _lemma(c) in _ATTEMPT_NOUNS for c in verb.children)


def open_to_acting(verb: Token) -> bool:
    """ "The two agencies remain open to working with partners from every region", "We are
    open to cooperating with India": an openness to an act is a standing willingness, planned
    like "ready to work with"; not "The station is open to all countries" (a state: what is
    open is a thing, to a party)."""
    adjectives = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "open"]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and any(g.dep_ in {"pcomp", "pobj"} and g.tag_ == "VBG" for g in p.children)
        for a in adjectives
        for p in a.children
    )


#: Instruments whose "provides for" tells what they arrange (``ARRANGEMENT_NOUNS`` but "plan",
#: whose "provides for" is itself a plan's content, and "framework", also a field of study).
_PROVIDING_NOUNS = ARRANGEMENT_NOUNS - {"plan", "framework"} | {"mou", "protocol", "letter"}


def instrument_provides(verb: Token) -> bool:
    """ "The memorandum also provides for a joint study of a small satellite", "The agreement
    provides for cooperation in tracking debris": outside the instrument itself (a readout, a
    speech, a press release), the present "provides for" with an instrument as subject tells
    what it arranges, still to be done: planned, like "Under the agreement, ESA will provide"
    (the same words inside a legal instrument are its provisions and keep their own cue). Not
    the past ("The treaty provided for joint patrols": an arrangement of the time) nor a
    subject that is no instrument ("Both alliances provide for consultation")."""
    if _lemma(verb) != "provide" or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and _lemma(c).lower() in _PROVIDING_NOUNS for c in verb.children)


def generic_ability(verb: Token, modals: set[str], legal: bool) -> bool:
    """ "A state that sits in both coalitions can bargain with both", "A state can join by
    signing a memorandum", "Framing everything as a race can push us into ...": outside a legal
    instrument, "can" with a subject of a kind (an indefinite noun, a gerund) puts a
    possibility open to anyone of that kind, hypothetical like "may" (the guide's proposal of
    the seventeenth round). Not a named or definite subject ("These transfers can threaten
    ...", "the speaker's "I can tell you"), which the rest of the sentence decides, nor a
    denial ("No single state can track every object")."""
    if legal or "can" not in modals or any(c.dep_ == "neg" for c in verb.children):
        return False
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "csubj"}):
        if subject.dep_ == "csubj" or subject.tag_ == "VBG":
            return True  # "Framing everything as a race can push us ..."
        if any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in subject.children):
            return True
    return False


#: Nouns of talks still held over an instrument or a relation ("talks", "negotiations").
_TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations"})
#: Words that put talks as still going on ("are under way", "are ongoing").
_GOING_ON = frozenset({"underway", "ongoing", "continuing", "way"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re"})
_PAST_BE = frozenset({"was", "were"})
_NEGOTIATE = frozenset({"negotiate"})
_SAYING = frozenset({"say", "tell", "announce", "state", "add", "note", "explain", "report"})


def _now_or_reported(verb: Token, aux: Token) -> bool:
    """A present "is"/"are", or the backshifted "was"/"were" of reported speech ("said it was
    negotiating": still under way when it was said), not a past of narrative ("were
    negotiating in 1972")."""
    if aux.lower_ in _PRESENT_BE:
        return True
    if aux.lower_ not in _PAST_BE:
        return False
    head = verb
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "had asked to join and talks on this were under way"
    return head.dep_ == "ccomp" and _lemma(head.head) in _SAYING


def _negotiating_now(verb: Token, be: Token | None) -> bool:
    """ "is negotiating", "said it was negotiating", "is being negotiated", "have been
    negotiating since March"; not "had been negotiating" nor "negotiated"."""
    children = list(verb.children)
    if verb.tag_ == "VBG" and any(c.lower_ == "been" for c in children):
        return any(c.dep_ == "aux" and c.lower_ in {"have", "has", "'ve", "’ve"} for c in children)
    if verb.tag_ == "VBN" and not any(c.lower_ == "being" for c in children):
        return False
    return verb.tag_ in {"VBG", "VBN"} and be is not None and _now_or_reported(verb, be)


#: Nouns of talks one can be "in" while they go on ("in talks / discussions / negotiations with").
_IN_TALK_NOUNS = frozenset({"talks", "discussions", "negotiations", "negotiation"})


def _in_talks(children: list[Token]) -> bool:
    """A "be" with "in talks", "in discussions", "in negotiations" (plural: the state of being
    in talks, "is in talks with ESA about a relay", "is also in talks to join the ILRS"): a
    negotiation under way, planned like "is negotiating with" (the guide's decision of the
    nineteenth round). Not a noun phrase that only names talks as a topic or a venue ("the topic
    came up in talks", where "be" is not the verb) nor talks held ("held talks with ESA"), which
    never reach here; a denial ("is not in talks with") is left to the negation."""
    for p in children:
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        if any(o.dep_ == "pobj" and o.lower_ in _IN_TALK_NOUNS for o in p.children):
            return True
    return False


def under_negotiation(verb: Token) -> bool:
    """ "Two further arrangements are under negotiation", "talks on this are under way", "said it
    was negotiating with two foreign firms", "the arrangement is being negotiated": an
    instrument or a relation still being negotiated is sought, not yet made, so planned like "working toward an agreement" (the guide's decision of the eighteenth
    round). Only a present (or the backshift of reported speech) progressive of "negotiate", a
    "be" with "under negotiation" or talks as subject with "under way" / "ongoing";
    not talks held in the past ("negotiated the treaty in 1967", "had negotiated"), a denial
    ("is not negotiating", "no talks are under way", left to the negation), the noun phrase
    ("the negotiated outcome") nor a negotiation as a topic ("the negotiation of the treaty
    took a decade"). "is in talks with ESA", "are in discussions with NASA" are the same
    negotiation under way (the guide's decision of the nineteenth round, see `_in_talks`)."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    subject = next((c for c in children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and any(d.lower_ in {"no", "neither"} for d in subject.children):
        return False
    be = next((c for c in children if c.dep_ in {"aux", "auxpass"} and _lemma(c) == "be"), None)
    if _verb_in(verb, _NEGOTIATE):
        return _negotiating_now(verb, be)
    if _lemma(verb) != "be" or verb.lower_ not in _PRESENT_BE | _PAST_BE | {"be"}:
        return False
    if not _now_or_reported(verb, verb):
        return False
    if _in_talks(children):
        return True  # "We are in talks with NASA about ..."
    for p in children:
        objects = [o for o in p.children if o.dep_ == "pobj"]
        if (
            p.dep_ == "prep"
            and p.lower_ == "under"
            and any(_lemma(o) == "negotiation" for o in objects)
        ):
            return True  # "are under negotiation"
    if subject is None or subject.lower_ not in _TALK_NOUNS:
        return False
    return any(
        (c.dep_ in {"acomp", "advmod"} and c.lower_ in _GOING_ON)
        or (c.dep_ == "prep" and c.lower_ == "under" and any(o.lower_ == "way" for o in c.children))
        for c in children
    )  # "talks on this are under way", "negotiations with Japan are ongoing"
