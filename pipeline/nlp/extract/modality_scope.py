"""Cues of modality that turn on what a word governs (ANNOTATION_GUIDE.md, "Modality"; issue 17,
thirteenth round): a verb of refusal that has nothing to refuse ("Cooperation has declined since
2014" is a decrease, not a refusal), a contemplation over a gerund ("Japan is considering
joining the mission"), and a fronted "without" that sets a condition on a modal main clause
("Without closer coordination, the programmes may duplicate each other's work": if there is no
coordination, not "there was none"), and a stance held over a noun of need or possibility ("Is
convinced of the need to", "Deeply concerned about the possibility of"), and (fourteenth round)
a verb laying a hindrance whose negation keeps the relation ("China does not set political
conditions on participation", a negated limit). Each tests one verb of a predicate's chain,
like the tests of ``modality_cues``.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.extract.modality_discourse import backshifted, present_progressive
from pipeline.nlp.extract.modality_words import (
    BINDING_TEXT_NOUNS,
    BINDING_VERBS,
    HYPOTHETICAL_NOUNS,
    HYPOTHETICAL_VERBS,
    NECESSITY_NOUNS,
)
from pipeline.nlp.extract.parse_words import RELATION_NOUNS, SUBJECT_DEPS
from pipeline.nlp.extract.parse_words import lemma as _lemma

#: Verbs of refusal that are also verbs of change: "decline" without a complement is a decrease.
_CHANGE_REFUSALS = frozenset({"decline"})

#: Modals under which a fronted "without X" reads as a condition ("would", "may", "will").
_CONDITION_MODALS = frozenset({"will", "would", "may", "might", "could", "can", "'ll", "wo", "ca"})


def refuses_nothing(verb: Token) -> bool:
    """ "Cooperation between the agencies has declined", "Launch rates declined": a verb of
    refusal with no infinitive, clause or object to refuse tells a change, not a refusal
    ("declined to join", "declined the offer" still refuse)."""
    if _lemma(verb) not in _CHANGE_REFUSALS:
        return False
    return not any(c.dep_ in {"xcomp", "ccomp", "dobj", "advcl"} for c in verb.children)


def contemplates_act(verb: Token) -> bool:
    """ "Japan is considering joining the mission", "Seoul is weighing taking part": a verb of
    contemplation in the present over a gerund with no subject of its own puts the act as a
    possibility, like "is considering a joint mission" (``modality_cues._contemplated``, which
    leaves out clausal complements because "consider it necessary to" is a judgment). Not a
    past ("considered joining": a deliberation reported) and not an opening recital
    ("Considering ...," with no subject)."""
    if _lemma(verb) not in HYPOTHETICAL_VERBS or verb.tag_ != "VBG":
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if not (present_progressive(verb) or backshifted(verb)):
        return False  # "is considering", or "said it was considering" (reported speech)
    return any(
        c.dep_ == "xcomp"
        and c.tag_ == "VBG"
        and c.i > verb.i
        and not any(s.dep_ in SUBJECT_DEPS for s in c.children)
        for c in verb.children
    )


def without_condition(verb: Token) -> bool:
    """ "Without closer coordination, the programmes may duplicate each other's work",
    "Without a deal, the station will lose its crew": a "without" phrase before the subject of
    a main clause under a modal sets a condition (if there is no X), it does not say that X is
    missing ("The talks ended without an agreement" does). "even without" is a concession
    (``modality_cues._even``); "Without a doubt, we will ..." is no condition (the missing
    thing must be a relation or a named partner)."""
    modals = {c.lower_.replace("’", "'") for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if not modals & _CONDITION_MODALS:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "without"
        and c.i < subject.left_edge.i
        and not (c.i > 0 and c.doc[c.i - 1].lower_ == "even")
        # the missing thing is a relation or a partner, not an idiom ("without a doubt")
        and any(_lemma(o) in RELATION_NOUNS or o.pos_ == "PROPN" for o in c.children)
        for c in verb.children
    )


#: Adjectives of a stance held over a thing ("convinced of", "concerned about", "mindful of").
STANCE_ADJECTIVES = frozenset(
    {"convinced", "concerned", "aware", "mindful", "conscious", "cognizant", "persuaded"}
)


def stance_over(verb: Token) -> str | None:
    """The modality of a noun of need or possibility held in a stance ("Is convinced of the
    need to examine further measures": normative, like "stressing the need to"; "Deeply
    concerned about the possibility of an arms race": hypothetical, like "raised the
    possibility of"). ``verb`` is the stance adjective itself (a resolution's opening
    "Concerned about ...") or a copula whose complement it is. Any other noun ("convinced of
    the value of cooperation") states the stance: None."""
    adjectives = [verb] if verb.lower_ in STANCE_ADJECTIVES else []
    adjectives += [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in STANCE_ADJECTIVES]
    for adj in adjectives:
        for prep in adj.children:
            if prep.dep_ != "prep":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                if _lemma(noun) in NECESSITY_NOUNS:
                    return "normative"
                if _lemma(noun) in HYPOTHETICAL_NOUNS:
                    return "hypothetical"
    return None


#: Verbs that aim a relation at a target ("directed against", "aimed at", "targets").
_AIM_VERBS = frozenset({"direct", "aim", "target"})
#: Nouns after "third" that name whoever stands outside a relation ("any third party").
_OUTSIDERS = frozenset({"party", "parties", "country", "countries", "state", "states", "nation"})


def aimed_at_no_one(verb: Token) -> bool:
    """ "Our cooperation is not directed against any third party", "does not target any third
    country", "is not directed against any country": the formula of partners' statements denies
    a target, not the relation, so the negation does not reach it (like "does not end the
    cooperation"); not "is not directed against Russia", a named side."""
    if _lemma(verb) not in _AIM_VERBS:
        return False
    return any(
        t.lower_ in {"third", "any"} and t.head.lower_ in _OUTSIDERS and t.head.i > t.i
        for t in verb.subtree
    )


#: Verbs that lay a hindrance on a relation ("set conditions on", "impose restrictions on").
_LAYING_VERBS = frozenset({"set", "impose", "attach", "place", "put", "lay"})
#: Hindrances laid on a relation: "does not set political conditions on participation" negates
#: a limit, and so states the relation (like "is not limited to").
_HINDRANCE_NOUNS = frozenset(
    {"condition", "precondition", "restriction", "limit", "limitation", "barrier", "obstacle"}
)
#: Hindrances a thing can be ("is not a bar to cooperation", "is no obstacle to").
_HINDRANCE_ATTRIBUTES = _HINDRANCE_NOUNS | {"bar", "impediment", "hindrance"}


def sets_conditions(verb: Token) -> bool:
    """ "set conditions on", "impose restrictions on": a verb laying a hindrance; (seventeenth
    round) also a copula whose attribute is one ("membership is not in itself a bar to
    cooperation with the United States")."""
    if _lemma(verb) == "be":
        return any(c.dep_ == "attr" and _lemma(c) in _HINDRANCE_ATTRIBUTES for c in verb.children)
    if judged_hindrance(verb):
        return True
    return _lemma(verb) in _LAYING_VERBS and any(
        c.dep_ == "dobj" and _lemma(c) in _HINDRANCE_NOUNS for c in verb.children
    )


#: Verbs that press a party to do something ("ask / force / press X to choose").
_PRESSING_VERBS = frozenset({"ask", "force", "press", "pressure", "push", "compel", "oblige"})
#: Choices between partners a party can be pressed to make ("to choose", "to pick one").
_CHOOSING_VERBS = frozenset({"choose", "pick"})


def demands_choice(verb: Token) -> bool:
    """ "Korea does not ask any partner to pick one programme over another", "We will never
    ask you to choose": a verb pressing a party to choose between partners, a hindrance laid
    on its relations; under a negation the hindrance is denied and the relations stand
    (twenty-first round), like "does not set conditions on participation". Not "does not ask
    Japan to join" (a relation not sought)."""
    return _lemma(verb) in _PRESSING_VERBS and any(
        c.dep_ in {"xcomp", "ccomp", "advcl"} and _lemma(c) in _CHOOSING_VERBS
        for c in verb.children
    )


_NORM_AUX = frozenset({"should", "must", "shall", "ought"})
#: Verbs of need whose denial frees a party of a choice ("does not need / have to choose").
_FREEING_VERBS = frozenset({"need", "have"})


def _denied(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def free_of_choice(verb: Token) -> bool:
    """ "Australia does not need to choose between NASA and the CNSA", "Kenya need not pick one
    programme", "Brazil does not have to choose between its partners": a party said to be free
    of a choice between partners, as a fact, a hindrance denied (the guide's round-21 decision
    "need not choose"): neither a norm nor the relation denied. True for the verb of need and
    for the choosing verb under it."""
    if _lemma(verb) in _CHOOSING_VERBS:
        if any(c.dep_ == "aux" and c.lower_ == "need" for c in verb.children) and _denied(verb):
            return True  # "need not choose": the modal "need" denied
        head = verb.head
        return verb.dep_ == "xcomp" and head is not verb and free_of_choice(head)
    return (
        _lemma(verb) in _FREEING_VERBS
        and _denied(verb)
        # not a norm against being made to choose ("Africa should not have to pick one
        # superpower": normative)
        and not any(c.dep_ == "aux" and c.lower_ in _NORM_AUX for c in verb.children)
        and any(c.dep_ == "xcomp" and _lemma(c) in _CHOOSING_VERBS for c in verb.children)
    )


def refuses_choice(verb: Token) -> bool:
    """ "Brazil does not have to choose between its partners, and it will not": a refusal
    added to the freedom of choice, an elliptic conjunct with a modal denied; the actor refuses
    to enter the rivalry, which decides (negated; the guide's round-21 decision)."""
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head
    return any(
        c.dep_ == "conj"
        and _denied(c)
        and (c.tag_ == "MD" or any(a.tag_ == "MD" for a in c.children))
        and not any(a.dep_ in {"xcomp", "dobj", "prep", "ccomp"} for a in c.children)
        for c in verb.children
    )


#: Verbs of judging a thing "as" something ("regard / see / view X as a reason to ...").
_JUDGING_VERBS = frozenset({"regard", "see", "view", "consider", "treat"})
#: Reasons to refuse a relation that a judging verb can deny.
_REASON_NOUNS = frozenset({"reason", "ground", "grounds", "excuse", "cause"})
#: Verbs of refusing or closing off a relation ("a reason to refuse dialogue", "to close the
#: door to", "to turn away from").
_REFUSING_VERBS = frozenset(
    {"refuse", "close", "reject", "exclude", "shun", "avoid", "end", "cut", "stop", "abandon"}
    | {"limit", "restrict", "break", "turn", "sever", "boycott", "isolate"}
)


def judged_hindrance(verb: Token) -> bool:
    """A verb of judging whose "as" names a hindrance, or a reason to refuse or close off a
    relation: "We do not regard our place in the Accords as a reason to refuse talks with China",
    "does not view its membership as an obstacle to" (nineteenth round; under a
    negation the hindrance is denied and the relation stands, like "is not a bar to
    cooperation"). Not "does not see China as a partner" (the relation itself judged and
    denied)."""
    if _lemma(verb) not in _JUDGING_VERBS:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            if _lemma(noun) in _HINDRANCE_ATTRIBUTES:
                return True
            if _lemma(noun) in _REASON_NOUNS and any(
                c.dep_ in {"relcl", "acl"} and _lemma(c) in _REFUSING_VERBS for c in noun.children
            ):
                return True
    return False


#: Adverbs after "not" that make it "more than" ("not just a science agreement", "not only
#: trades but also builds"): the relation is stated and something added, not denied.
MORE_THAN = frozenset({"just", "only", "merely", "simply", "solely", "purely"})


def more_than(neg: Token) -> bool:
    """Whether a "not" is the "not just / not only" of an addition: the next word is one of
    ``MORE_THAN``."""
    following = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    return following is not None and following.lower_ in MORE_THAN


def text_binds(verb: Token) -> bool:
    """A text that asks its addressees in the present: "the Accords ask the states that sign
    them to notify one another", "The resolution also asks the Administration to explore",
    "The declaration calls on operators to share": what the instrument requires, a norm (issue
    17, fifteenth round: the form recurs in analyses of agreements and in hearings and floor
    statements), as the speakers' own "we ask X to" is. Not in the past ("The treaty asked ..."
    reports a text of its time), not negated, not a third party's standing invitation ("China
    invites all countries to join": no text), and only with an addressee and an infinitive
    (the parser often hangs the infinitive on a relative clause of the addressee, so it is
    looked for in the addressee's subtree too)."""
    # a present the tagger reads as bare after a long subject ("The Guidelines ..., adopted by
    # the Committee in 2019, ask states to share ...")
    misread = (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ == "aux" for c in verb.children)
    )
    if (verb.tag_ not in {"VBP", "VBZ"} and not misread) or _lemma(verb) not in BINDING_VERBS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(
        c.dep_ in SUBJECT_DEPS
        # "Article IX": the numeral read as the head, the noun as its compound
        and (_text_noun(c) or any(m.dep_ == "compound" and _text_noun(m) for m in c.lefts))
        for c in verb.children
    ):
        return False
    addressees = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    addressees += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"on", "upon"}
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if not addressees:
        return False
    return any(_infinitive(c) for c in verb.children if c.dep_ in {"xcomp", "advcl"}) or any(
        _infinitive(t) and t.dep_ == "xcomp" for a in addressees for t in a.subtree if t is not a
    )


def _text_noun(noun: Token) -> bool:
    """A noun of ``BINDING_TEXT_NOUNS``, also as a capitalised plural name ("the Artemis
    Accords", "the Principles"), which the lemmatizer leaves as it is."""
    word = _lemma(noun).lower()
    return word in BINDING_TEXT_NOUNS or (word.endswith("s") and word[:-1] in BINDING_TEXT_NOUNS)


def _infinitive(verb: Token) -> bool:
    """A verb with "to" before it ("to notify")."""
    return any(a.tag_ == "TO" and a.i < verb.i for a in verb.children)


def standing_exception(verb: Token, clause: Token, mark: Token) -> bool:
    """A trailing "unless" after a rule in force ("The amendment bars NASA from working with
    China unless Congress is told first"): the exception of a standing rule, stated as a fact,
    not a condition on the claim. Not a fronted "Unless Japan acts now, ..." nor one after a
    modal or a future ("NASA will lose its partners unless Congress acts"), which condition."""
    return (
        mark.lower_ == "unless"
        and clause.i > verb.i
        and verb.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    )
