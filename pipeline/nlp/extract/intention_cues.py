"""The cues of a stated intention for the modality rules (``modality.find_modality``):
"renew our commitment to", "express the intent to", "look forward to", "are committed to",
"plan on", "a goal for X to", "remain unwavering in its commitment to"."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.extract.modality_cues import _past, _verb_in
from pipeline.nlp.extract.modality_words import (
    ACTIVITY_NOUNS,
    HOPE_NOUNS,
    INTENTION_NOUNS,
    PROMISE_VERBS,
    STEADFAST_WORDS,
)
from pipeline.nlp.extract.parse_words import OBJECT_DEPS
from pipeline.nlp.extract.parse_words import lemma as _lemma

#: Verbs of saying whose past tense shifts a present hope back into the past in reported
#: speech ("said her country hoped to contribute" reports a hope held when she spoke).
_SAYING_VERBS = frozenset({"say", "tell", "announce", "state", "add", "note", "explain"})
#: Verbs of a hope or plan held by the speaker; not "agree" or "decide" (a decision reported,
#: asserted by the guide) nor "seek" or "try" (an effort made).
_HELD_PLANS = frozenset({"hope", "plan", "intend", "want", "wish", "expect", "aim", "look"})


def _reported_now(verb: Token) -> bool:
    """A plan in the simple past under a past verb of saying ("X said it hoped to join", "said
    the agency looked forward to flying"): the backshift of reported speech, a plan held
    when it was said (news: "X said it would" is planned), not a past plan ("had planned
    to", a pluperfect; "It hoped to join in 2019", no verb of saying)."""
    head = verb.head
    return (
        verb.tag_ == "VBD"
        and verb.dep_ == "ccomp"
        and head is not verb
        and head.tag_ == "VBD"
        and _lemma(head) in _SAYING_VERBS
        and _verb_in(verb, _HELD_PLANS)  # by its form too: "hoped" read as a form of "hop"
    )


#: Verbs that state a commitment anew ("reaffirm / renew / confirm their engagement to ...").
AFFIRMING_VERBS = frozenset(
    {"affirm", "reaffirm", "confirm", "renew", "reiterate", "express", "restate", "underline"}
)


def _intention(verb: Token) -> bool:
    """ "renew our commitment to strengthen", "express the intent to work", "commit to
    forging", "look forward to", "are committed to advancing": a stated intention, unless it
    was stated in the past about the past."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    # "emphasize their commitment to X and their intent to Y": a coordinated object too
    # (with its own determiner: a bare "and pledge to" is mostly a verb misread as a noun)
    # (also when the parser hangs it on a noun inside the first: "their commitment to peace
    # and their intent to act")
    objects += [
        g
        for c in objects
        for g in c.subtree
        if g.dep_ == "conj"
        and g.pos_ == "NOUN"
        and any(d.dep_ in {"det", "poss"} for d in g.children)
    ]
    for c in objects:
        if _lemma(c) in INTENTION_NOUNS and (_to_follows(c) or _of_doing(c)):
            return True  # "... their intent to address", "their shared goal of accelerating"
        if c.dep_ == "conj" and _lemma(c) in HOPE_NOUNS and _that_follows(c):
            return True  # "expressed their satisfaction with X and their hope that ..."
        if _lemma(c) == "engagement" and _lemma(verb) in AFFIRMING_VERBS and _to_follows(c):
            # "reaffirm their engagement to work towards" (the French usage of diplomatic
            # texts: a commitment); not "expanding our engagement to reflect ..." (a purpose)
            return True
    for c in verb.children:
        if (
            c.dep_ in OBJECT_DEPS
            and _lemma(c) in INTENTION_NOUNS
            and any(a.dep_ == "prep" and a.lower_ == "of" for a in c.children)
            and any(
                a.dep_ == "acl" and a.tag_ == "VB" and any(t.tag_ == "TO" for t in a.children)
                for a in c.children
            )
        ):
            return True  # "welcomed the intention of the United States to fly ..."
        if c.dep_ in OBJECT_DEPS and _lemma(c) in HOPE_NOUNS and _that_follows(c):
            return True  # "expressed the hope that cooperation will deepen"
        if c.dep_ in OBJECT_DEPS and _lemma(c) in INTENTION_NOUNS and _for_whom_to(c):
            return True  # "announced a shared goal for a Japanese astronaut to land ..."
    steadfast = [t for t in (verb, *verb.children) if t.lower_ in STEADFAST_WORDS]
    if any(c.lower_ in STEADFAST_WORDS | {"together"} for c in verb.children):
        steadfast.append(verb)  # "We stand together in our determination to ..."
    for c in (g for t in steadfast for g in t.children):
        # "remains unwavering in its commitment to support", "united in our determination to"
        # (not "anchored in a commitment to ensuring ...", which states a basis)
        if (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(
                o.dep_ == "pobj" and _lemma(o) in INTENTION_NOUNS and _to_follows(o)
                for o in c.children
            )
        ):
            return True
    lemma = _lemma(verb)
    if (
        lemma == "plan"
        and verb.tag_ in {"VB", "VBP", "VBZ", "VBG"}
        and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(p.dep_ == "pcomp" for p in c.children)
            for c in verb.children
        )
    ):
        return True  # "We plan on enhancing our cooperation"
    if lemma == "look" and any(c.lower_ == "forward" for c in verb.children):
        # "looks forward to Norway's contributions to the station"
        return not _past(verb) or _reported_now(verb)
    committed = any(
        c.dep_ == "acomp" and c.lower_ in {"committed", "dedicated"} for c in verb.children
    )
    if committed and any(
        c.dep_ in {"advcl", "xcomp"}
        and c.tag_ == "VB"
        and c.i > a.i
        and any(t.tag_ == "TO" for t in c.children)
        for a in verb.children
        if a.dep_ == "acomp"
        for c in (*a.children, *verb.children)
    ):
        return True  # "remain committed to maintain": the bare infinitive read as a clause
    # "are committed to" read as a copula and an adjective, or as a passive verb
    holders = [a for a in verb.children if a.dep_ == "acomp"]
    if verb.lower_ in {"committed", "dedicated"} and any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        holders.append(verb)
    if any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(p.dep_ == "pobj" and _lemma(p) in ACTIVITY_NOUNS for p in c.children)
        for a in holders
        if a.lower_ in {"committed", "dedicated"}
        for c in a.children
    ):
        return True  # "we are firmly committed to the implementation of the plan"
    if (
        lemma in PROMISE_VERBS
        and verb.tag_ in {"VB", "VBP", "VBZ", "VBD"}
        and not committed
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(p.dep_ == "pobj" and _lemma(p) in ACTIVITY_NOUNS for p in c.children)
            for c in verb.children
        )
    ):
        # "They commit to a fruitful cooperation", "we recommit to joint efforts": an activity
        # promised (not "we recommit ourselves to the alliance", an allegiance)
        return True
    if lemma == "commit" or verb.lower_ in {"committed", "dedicated"} or committed:
        return any(
            c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pcomp" for p in c.children)
            for c in (
                *verb.children,
                *(g for a in verb.children if a.dep_ in {"acomp", "advmod"} for g in a.children),
            )
        )
    return False


def _of_doing(noun: Token) -> bool:
    """ "goal of accelerating", "objective of ensuring": "of" and a gerund on an intention
    noun the subject owns ("their", "our", "a shared / common"); not "the goal of the mission",
    nor "the commitment of the United States to ..."."""
    shared = (
        # "We share the goal of returning ...": the goal is the sharers' own
        noun.dep_ == "dobj" and _lemma(noun.head) == "share" and noun.head.tag_ in {"VBP", "VBZ"}
    )
    owned = shared or any(
        (c.dep_ == "poss" and c.tag_ == "PRP$")
        or (c.dep_ == "amod" and c.lower_ in {"shared", "common", "joint", "mutual"})
        for c in noun.children
    )
    for c in noun.children:
        if not (owned and c.dep_ == "prep" and c.lower_ == "of"):
            continue
        if any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children):
            return True
        if shared and any(p.dep_ == "pobj" and _aimed_state(p) for p in c.children):
            # "share the objective of a strong European space sector": a state of affairs
            # both aim at (a white paper's or resolution's goal), not "the goal of the mission"
            return True
    return False


def _aimed_state(noun: Token) -> bool:
    """A state of affairs aimed at: an indefinite or bare noun with an adjective ("a strong
    space sector", "sustainable exploration"), not a definite thing ("the mission")."""
    dets = {c.lower_ for c in noun.children if c.dep_ in {"det", "poss"}}
    return dets <= {"a", "an"} and any(c.dep_ == "amod" for c in noun.children)


def _to_follows(noun: Token) -> bool:
    """ "commitment to help", "commitment to forging": "to" and a verb right after the noun
    (not "commitment to the Quad", which states an allegiance). Read on the words, as the
    parser often attaches the infinitive to the main verb."""
    doc = noun.doc
    after = noun.i + 2
    if after + 1 < len(doc) and doc[after].tag_ == "RB" and _lemma(noun) not in {"commitment"}:
        # "our intention to bilaterally upgrade"; a commitment renewed with an adverb stays as
        # it was read on the real dev gold ("we renew our commitment to jointly explore", said
        # on signing, is asserted there)
        after += 1
    return after < len(doc) and doc[noun.i + 1].lower_ == "to" and doc[after].tag_ in {"VB", "VBG"}


def _for_whom_to(noun: Token) -> bool:
    """ "a goal for a Japanese astronaut to land": "for", a noun, and a to-infinitive on it (or
    the infinitive with "for" as its marker: "a goal for a national to be the first ...")."""
    if any(
        a.dep_ in {"advcl", "acl", "relcl"}
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in a.children)
        and any(t.tag_ == "TO" for t in a.children)
        for a in noun.children
    ):
        return True
    return any(
        a.dep_ == "prep"
        and a.lower_ == "for"
        and any(
            o.dep_ == "pobj"
            and any(
                r.dep_ in {"relcl", "acl"} and any(t.tag_ == "TO" for t in r.children)
                for r in o.children
            )
            for o in a.children
        )
        for a in noun.children
    )


def _that_follows(noun: Token) -> bool:
    """ "the hope that ...": "that" right after the noun."""
    doc = noun.doc
    return noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "that"


def _working_to(verb: Token) -> bool:
    """ "We are working to build a network with India": an effort under way toward an end,
    like "is trying to" (not the past "were working to"; nor "are working together / jointly
    / with India to ...", where working together is the relation, a fact)."""
    together = any(
        (c.dep_ == "advmod" and c.lower_ in {"together", "jointly", "closely"})
        or (c.dep_ == "prep" and c.lower_ in {"with", "alongside"})
        for c in verb.children
    )
    return (
        not together
        and _lemma(verb) == "work"
        and verb.tag_ == "VBG"
        and any(
            c.dep_ == "aux" and c.lower_ in {"are", "is", "am", "'re", "’re"} for c in verb.children
        )
        and any(
            c.dep_ in {"xcomp", "advcl"}
            and c.tag_ == "VB"
            and any(t.tag_ == "TO" for t in c.children)
            for c in verb.children
        )
    )


def _on_track(verb: Token) -> bool:
    """ "are on track / on course to launch the satellite next year": a target, planned."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(
            o.dep_ == "pobj" and o.lower_ in {"track", "course", "schedule"} for o in c.children
        )
        for c in verb.children
    ) and any(
        c.dep_ in {"advcl", "xcomp", "acl"}
        and c.tag_ == "VB"
        and any(t.tag_ == "TO" for t in c.children)
        for c in (
            *verb.children,
            *(g for c in verb.children if c.dep_ == "prep" for g in c.subtree),
        )
    )


def _offered_welcome(verb: Token, modals: set[str]) -> bool:
    """ "We would welcome Brazil's participation": the speakers' offer, planned (like "we'd be
    happy to"); not a third party's "Japan would welcome", which stays a possibility."""
    return (
        "would" in modals
        and _lemma(verb) == "welcome"
        and any(c.dep_ in {"nsubj"} and c.lower_ in {"we", "i"} for c in verb.children)
    )


def _denied_intention(verb: Token) -> bool:
    """ "NASA has no plans to work with China", "There is no intention to rejoin", "does not
    have any plans to ...", "has no intention of entering an arms race": the intention to form
    the relation is denied, a denial of the relation (negated), not a plan."""
    for c in verb.children:
        if c.dep_ not in OBJECT_DEPS | {"nsubj"} or _lemma(c) not in INTENTION_NOUNS:
            continue
        doc = c.doc
        gerund = (
            _lemma(c) in {"intention", "intent", "plan", "plans"}
            and c.i + 2 < len(doc)
            and doc[c.i + 1].lower_ == "of"
            and doc[c.i + 2].tag_ == "VBG"
        )
        if not (_to_follows(c) or gerund):
            continue
        dets = {d.lower_ for d in c.children if d.dep_ == "det"}
        if "no" in dets:
            return True
        if "any" in dets and any(d.dep_ == "neg" for d in verb.children):
            return True
    return False
