"""The word lists of the modality rules (``modality``, ``modality_cues``): modals, verbs, nouns
and adjectives that mark a claim as planned, normative, hypothetical or negated."""

from __future__ import annotations

from pipeline.nlp.extract.parse_words import (
    SAY_VERBS,
)
from pipeline.nlp.extract.parse_words import words as _words

NORMATIVE_MODALS = frozenset({"should", "must", "shall", "ought"})
NORMATIVE_VERBS = _words(
    "need require oblige obligate direct urge mandate call demand have desire undertake"
)
#: Verbs of exhortation in the passive ("are encouraged to") or opening a recommendation
#: ("Encouraging operators to ..."): a norm addressed to the parties.
EXHORTATION_VERBS = _words("encourage urge request call recommend")
#: Nouns of necessity: "underline the need for", "the importance of", "stressed the necessity".
NECESSITY_NOUNS = _words("need necessity imperative urgency")
#: Verbs that make "the importance of X" a call for X ("agree on the importance of"), unlike
#: "acknowledge the importance of", which states it.
STRESS_VERBS = _words("underline underscore stress emphasize emphasise agree highlight note")
#: Nouns of commitment or intention: "renew our commitment to", "expressed the intent to".
INTENTION_NOUNS = _words(
    "commitment intention intent plan plans pledge resolve determination willingness "
    "readiness desire wish hope aspiration vision goal ambition objective"
)
#: Nouns of hope over a "that" clause: "expressed the hope that cooperation will deepen".
HOPE_NOUNS = _words("hope wish expectation")
#: Verbs of desire after "would" ("I would like to work with", "we'd love to"): a wish, not a
#: possibility; with a verb of courtesy ("I'd like to thank") the speech act itself.
DESIRE_VERBS = _words("like love prefer")
#: Verbs of promising whose past form still reports a commitment for the future ("The leaders
#: pledged to expand ...", like "expressed their commitment to"); not "agreed to" or "decided
#: to", a decision reported (docs/annotation-guide.md).
PROMISE_VERBS = _words("pledge vow promise commit recommit")
#: Verbs of calling on an addressee in the present ("The two sides encourage their agencies to
#: ...", "I invite every nation to join", "I am asking our allies to ..."): a call, a norm.
#: "invite" and "ask" only with "I" / "we" (a third party's standing invitation is reported).
CALL_VERBS = _words("encourage invite ask")
#: Subjects of a goal stated by its owner ("Our goal is to ...", "NASA's aim is to ...").
AIM_NOUNS = _words("goal aim objective ambition hope intention plan wish vision purpose")
#: Adjectives of possibility over the claim ("It is possible that ...", "seems unlikely").
POSSIBILITY_ADJECTIVES = _words(
    "possible unlikely uncertain unclear conceivable plausible doubtful likely probable"
)
#: Verbs over a "that" clause that carries the claim, as verbs of saying do ("The two sides
#: agree that their agencies should ...", "underlined that cooperation must ..."); a past
#: "agreed that they would" reports a decision, as "agreed to" does (asserted).
REPORT_VERBS = SAY_VERBS | _words(
    "agree underline underscore reiterate reaffirm affirm know trust feel tweet inform conclude"
)
#: Verbs of effort toward an end ("is trying to join", "attempts to build"): like "seek to".
EFFORT_VERBS = _words("try attempt")
#: Adjectives of a willing speaker after "would be" ("We'd be happy to work with any nation"):
#: an offer, planned, not a possibility.
WILLING_ADJECTIVES = _words("happy glad delighted pleased willing ready eager honored honoured")
#: Nouns that name what a legal instrument binds ("The Parties will cooperate ...", "The
#: Participants will exchange ...": in a legal text a provision, a norm).
PARTY_NOUNS = _words("party participant signatory")
#: First words of an instrument's defined party terms of two words, capitalised ("the
#: Cooperating Agencies", "each Partner State", "the Contracting Parties").
PARTY_TERM_MODIFIERS = _words("cooperating partner contracting")
#: Nouns of an arrangement under which "would" tells what is arranged ("Under the agreement,
#: JAXA would provide ..."): a plan, not a possibility.
ARRANGEMENT_NOUNS = _words(
    "agreement deal arrangement accord memorandum contract plan partnership framework treaty"
)
POSSIBILITY_MODALS = frozenset({"could", "might", "may", "would", "can"})
FUTURE_MODALS = frozenset({"will", "'ll", "wo", "shall"})
PLAN_VERBS = _words("""
    agree commit recommit resolve pledge vow promise anticipate slate
    plan intend aim seek expect schedule prepare propose hope want wish set go envisage
    envision aspire strive target endeavor endeavour design
    """)
#: Verbs of courtesy and discourse: "I want to thank ...", "I'd like to welcome ...", "let me
#: begin by" announce no plan, only the speech act itself.
COURTESY_VERBS = _words(
    "thank congratulate acknowledge recognize recognise welcome greet say note mention add "
    "echo commend applaud reiterate emphasize emphasise stress underline underscore express "
    "highlight"
    # "I'd like to single out two of our newest partners", "I want to salute the crews"
    " single salute"
)
#: Adjectives of readiness or intention before "to" ("ready to sign"); not "pleased to", whose
#: act is done in saying it ("pleased to expand our partnership", "pleased to report").
PLAN_ADJECTIVES = _words(
    "ready willing eager prepared poised due set committed determined excited keen resolved looking "
    "about"
)
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "provided", "providing"})
HEDGE_ADVERBS = frozenset({"perhaps", "possibly", "potentially", "conceivably", "maybe"})
NEGATING_VERBS = frozenset({"fail", "refuse", "decline", "deny", "reject", "cease", "halt"})
#: "no" in these phrases does not deny anything ("has made no secret of").
#: Nouns whose "no" makes an idiom, not a denial: "It is no secret that", and nouns of an
#: objection an actor says it does not have, which endorse the relation ("see no contradiction
#: in working with both", "has no objection to joining", "no obstacle to closer ties").
NEGATION_IDIOMS = frozenset(
    {"secret", "doubt", "question", "exception", "surprise", "accident"}
    | {"contradiction", "objection", "obstacle", "impediment"}
)
HYPOTHETICAL_VERBS = frozenset({"consider", "contemplate", "mull", "weigh"})
HYPOTHETICAL_NOUNS = frozenset({"possibility", "prospect", "option", "scenario"})
#: What one explores when a relation is only contemplated ("are exploring opportunities for
#: joint missions"; not "explore the Moon together", an activity).
EXPLORED_NOUNS = _words(
    "opportunity option possibility avenue way prospect potential idea feasibility"
)
#: Nouns of doubt after "into" or "in" ("has been called into question", "remains in doubt").
DOUBT_NOUNS = _words("question doubt")
#: Cooperation verbs whose negation, in a competition claim, *is* the claim (exclusion):
#: "would not allow Chinese ground stations" is an asserted (or planned) restriction.
EXCLUSION_VERBS = _words(
    "allow permit cooperate collaborate work engage partner share let accept cede tolerate"
)
#: Verbs whose clause states the content of a rule or report ("the Convention provides that
#: a State shall ..."): the innermost reported clause carries the modality.
PROVISION_VERBS = _words("provide stipulate specify establish")
#: Adverbs of a narrative's later time: "would later join", "would eventually sign" tell what
#: happened after the time of the story, not a possibility.
LATER_ADVERBS = frozenset({"later", "eventually", "subsequently", "afterwards", "afterward"})
#: Subjects of "be to" that name a purpose ("The aim of the dialogue is to ..."): the sentence
#: defines a purpose, it does not announce a plan.
PURPOSE_NOUNS = _words(
    "aim goal objective purpose mission task role idea function mandate intent intention"
)
#: Adjectives of a stance over a reported clause ("concerned that", "confident that"): the
#: clause carries the claim.
STANCE_ADJECTIVES = _words(
    "concerned worried confident certain sure convinced aware clear afraid hopeful pleased glad "
    "happy delighted elated proud thrilled grateful"
)
#: Verbs that end or hinder a relation: their negation keeps it ("does not end the
#: cooperation", "shall not prejudice the rights"; seventeenth round: a hindrance denied, "has
#: not prohibited its partners from working with China", "does not seek to exclude anyone", "the
#: deal does not change their support for the proposal").
UNDOING_VERBS = _words(
    "end stop prevent preclude hinder impede prejudice halt cease affect undermine jeopardize "
    "jeopardise abandon quit withdraw limit confine restrict prohibit forbid bar ban exclude "
    "change alter weaken"
)
#: Prepositions that name the other side of a relation: a negation reaching "with India" denies
#: the relation ("has never launched a satellite with India").
RELATION_PREPS = frozenset({"with", "against", "alongside", "between"})
#: Bullets that open an item of a list.
_BULLETS = frozenset({"•", "-", "–", "*", "▪", "◦"})
#: Imperatives that open a possibility rather than a call ("Imagine what we could do").
IMAGINE_VERBS = _words("imagine suppose picture")
#: Roman numerals of enumerations ("(iv)").
_ROMAN = _words("i ii iii iv v vi vii viii ix x xi xii")
#: Verbs that open a speech act ("I'd like to begin by thanking", "I want to take a moment to
#: recognize", "let me close by welcoming").
OPENING_VERBS = _words("begin start close conclude end open take use")
_HAVE_FORMS = frozenset({"has", "have", "had", "'ve", "’ve"})
_PARTY_FORMS = frozenset({"parties", "participants", "signatories"})
#: Verbs whose negation with a relation word only as subject still denies the relation: it
#: did not come about or does not exist ("The partnership did not materialize").
EXISTENCE_VERBS = _words(
    "be exist happen occur materialize materialise last proceed succeed survive continue "
    "emerge develop progress work take come go start begin"
)
#: Verbs of planning over a noun object ("The agency is planning a joint mission with India").
PLANNING_VERBS = _words("plan envisage envision schedule prepare")
#: Participles of scheduling with "for" ("The launch is slated / pencilled in for next year").
SCHEDULE_PARTICIPLES = _words("slate schedule plan set pencil")
#: Verbs of a stance toward an object ("welcomed the upcoming visit", "support the planned
#: mission"): a future object makes the claim a plan.
STANCE_VERBS = _words("welcome support endorse applaud note commend appreciate celebrate")
#: Objects of a stance verb that are still to come ("welcomed plans for a joint mission").
PLANNED_NOUNS = _words("plan plans proposal")
#: Modifiers that put the object in the future.
FUTURE_MODIFIERS = _words("upcoming forthcoming planned future coming proposed prospective next")
#: Verbs of a state, whose "may not" outside a legal text is a possibility, not a prohibition
#: ("Partners may not have access to the data", "the data may not be available").
STATE_VERBS = _words("have be get need know see find receive benefit exist remain")
#: Verbs of seeking over a noun object in the present ("We seek a partnership that ...",
#: "India seeks partners for its station"): an aim, planned; "sought" reports a past aim.
SEEK_VERBS = _words("seek")
#: Nouns of an activity that a verb of promising can take as its object ("commit to closer
#: cooperation", "recommit to joint efforts"): a promise; unlike an entity ("recommit ourselves
#: to the alliance"), an allegiance stated.
ACTIVITY_NOUNS = _words(
    "cooperation collaboration effort efforts work dialogue action coordination engagement "
    "exchange exchanges consultation consultations implementation operation operations "
    "development deployment expansion advancement promotion pursuit completion establishment "
    "construction enhancement strengthening deepening protection preservation"
)
#: Verbs that repeat a call of the speakers in the present ("We reiterate our call on Russia to
#: ...", "renew their call for talks"): a call, a norm; in the past a call reported.
REPEAT_VERBS = _words("reiterate renew repeat reaffirm restate")
#: Nouns of the speakers' own call: "our call on X to", "their call for".
CALL_NOUNS = _words("call appeal")
#: Subjects that make a present "encourage" over a noun a call of the speakers ("The leaders
#: encourage the participation of ...", "We encourage exchanges"), not what a thing fosters
#: ("The program encourages cooperation among universities").
CALLER_NOUNS = _words(
    "leader president minister side country government nation party participant we they"
)
#: Verbs that state opposition to another actor: a main predicate of a relation of its own
#: ("The leaders condemn X's attacks and are committed to ..." stays asserted).
OPPOSITION_VERBS = _words("condemn denounce deplore criticize criticise")
#: Nouns of a bond between actors beyond ``RELATION_NOUNS`` ("celebrate the friendship between
#: our peoples and pledge to ...": the main predicate states the relation).
BOND_NOUNS = _words("friendship bond bonds kinship solidarity")
#: Words of a steadfast stance whose "in" names a commitment ("remains unwavering in its
#: commitment to support", "united in their determination to deepen"): a stated intention.
STEADFAST_WORDS = _words("unwavering steadfast united unified firm resolute unshakable unshakeable")
#: Nouns of a choice that "no ... but to" denies: "has no choice but to cooperate", "no
#: alternative but to", a necessity (a norm), not a denial.
CHOICE_NOUNS = _words("choice alternative option")
#: Verbs whose negation leaves the relation open: "did not rule out cooperation", "does not
#: exclude a joint mission" put it as a possibility.
RULE_OUT_VERBS = _words("exclude preclude")
#: Modals of a counterfactual past ("would not have been possible without", "could not have
#: done it without"): with "without X", the speaker says X was there.
COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might"})
#: Words of an indirect question over a clause ("discussed how the agencies could work
#: together", "debated whether"): the clause is put as a question, a possibility.
QUESTION_WORDS = frozenset({"how", "whether"})
#: Verbs that ask or deliberate over such a clause.
QUESTION_VERBS = _words(
    "discuss debate consider explore examine study ask wonder assess question weigh deliberate"
    # verbs of questioning someone ("pressed the officials on whether", "queried whether")
    " press query quiz probe inquire enquire"
)
#: Instruments whose denial denies the relation they make, beyond the relation nouns of
#: ``parse_words`` ("have not concluded the implementing arrangement", "no treaty was signed").
INSTRUMENT_NOUNS = _words("arrangement treaty pact contract")
#: Verbs after "co-" that state a joint office of the sides ("co-chair the group", "co-host
#: the summit"): the relation itself.
JOINT_OFFICE_VERBS = _words("chair host lead sponsor organize organise convene found fund author")
#: Words of dependence on another ("relies on Russian rockets", "is dependent on its partners"):
#: a tie a negation can deny ("no longer relies on", "is no longer reliant on").
DEPENDENCE_WORDS = _words("rely depend dependent reliant dependence reliance")
#: Texts and their parts that call on their addressees: as the subject of a verb of asking in
#: the present ("the Accords ask the states that sign them to notify ...", "The resolution asks
#: the Administration to explore ...", "Article IX asks each state to ..."), what the text requires of them, a norm (not a report, which recommends
#: without binding).
BINDING_TEXT_NOUNS = _words("""
    accord agreement treaty convention protocol resolution declaration principle guideline
    charter code memorandum arrangement act bill law statute regulation directive order
    document instrument section article paragraph clause chapter
""")
#: Verbs by which such a text asks ("ask", "invite", "request", "call on"). Not "commit X to",
#: which the blind gold reads both as a norm and as a fact ("The Accords commit their
#: signatories to share ..." asserted in a hearing, "These documents commit partners to ..."
#: normative in a law review).
BINDING_VERBS = _words("ask invite request call")
