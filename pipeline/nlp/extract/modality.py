"""The modality of a claim sentence, from rules over its parse (ANNOTATION_GUIDE.md, "Modality").

``asserted``, ``planned``, ``hypothetical``, ``normative`` or ``negated``: normative modals and
verbs first (and exhortations, necessity, duty items), then conditionals, then negation of the
relation, then modals of possibility, then future and intention markers; ``asserted``
otherwise. Cue-based detection over the clause's auxiliaries and complement chain (Saurí &
Pustejovsky 2009, FactBank).
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.copula_norms import COPULA as _COPULA
from pipeline.nlp.extract.copula_norms import course_to_take as _course_to_take
from pipeline.nlp.extract.copula_norms import duty_to_act as _duty_to_act
from pipeline.nlp.extract.copula_norms import judged_necessary as _judged_necessary
from pipeline.nlp.extract.copula_norms import necessary as _necessary
from pipeline.nlp.extract.copula_norms import time_to_act as _time_to_act
from pipeline.nlp.extract.parse_words import (
    OBJECT_DEPS,
    RELATION_NOUNS,
    RELATION_VERBS,
    SAY_VERBS,
    SUBJECT_DEPS,
)
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.parse_words import words as _words

# Modality cues.
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
    "commitment intention intent plan plans pledge resolve determination willingness readiness "
    "desire wish hope aspiration"
)
#: Nouns of hope over a "that" clause: "expressed the hope that cooperation will deepen".
HOPE_NOUNS = _words("hope wish expectation")
#: Verbs of desire after "would" ("I would like to work with", "we'd love to"): a wish, not a
#: possibility; with a verb of courtesy ("I'd like to thank") the speech act itself.
DESIRE_VERBS = _words("like love prefer")
#: Verbs of promising whose past form still reports a commitment for the future ("The leaders
#: pledged to expand ...", like "expressed their commitment to"); not "agreed to" or "decided
#: to", a decision reported (docs/annotation-guide.md).
PROMISE_VERBS = _words("pledge vow promise commit")
#: Verbs of calling on an addressee in the present ("The two sides encourage their agencies to
#: ...", "I invite every nation to join"): a call, a norm. "invite" only with "I" / "we" (a
#: standing invitation of a third party is reported).
CALL_VERBS = _words("encourage invite")
#: Subjects of a goal stated by its owner ("Our goal is to ...", "NASA's aim is to ...").
AIM_NOUNS = _words("goal aim objective ambition hope intention plan wish vision")
#: Adjectives of possibility over the claim ("It is possible that ...", "seems unlikely").
POSSIBILITY_ADJECTIVES = _words(
    "possible unlikely uncertain unclear conceivable plausible doubtful"
)
#: Verbs over a "that" clause that carries the claim, as verbs of saying do ("The two sides
#: agree that their agencies should ...", "underlined that cooperation must ..."); a past
#: "agreed that they would" reports a decision, as "agreed to" does (asserted).
REPORT_VERBS = SAY_VERBS | _words(
    "agree underline underscore reiterate reaffirm affirm know trust feel"
)
#: Verbs of effort toward an end ("is trying to join", "attempts to build"): like "seek to".
EFFORT_VERBS = _words("try attempt")
#: Adjectives of a willing speaker after "would be" ("We'd be happy to work with any nation"):
#: an offer, planned, not a possibility.
WILLING_ADJECTIVES = _words("happy glad delighted pleased willing ready eager honored honoured")
#: Nouns that name what a legal instrument binds ("The Parties will cooperate ...", "The
#: Participants will exchange ...": in a legal text a provision, a norm).
PARTY_NOUNS = _words("party participant signatory")
#: Nouns of an arrangement under which "would" tells what is arranged ("Under the agreement,
#: JAXA would provide ..."): a plan, not a possibility.
ARRANGEMENT_NOUNS = _words(
    "agreement deal arrangement accord memorandum contract plan partnership framework treaty"
)
POSSIBILITY_MODALS = frozenset({"could", "might", "may", "would", "can"})
FUTURE_MODALS = frozenset({"will", "'ll", "wo", "shall"})
PLAN_VERBS = _words("""
    agree commit resolve pledge vow promise anticipate slate
    plan intend aim seek expect schedule prepare propose hope want wish set go envisage
    envision aspire strive target
    """)
#: Verbs of courtesy and discourse: "I want to thank ...", "I'd like to welcome ...", "let me
#: begin by" announce no plan, only the speech act itself.
COURTESY_VERBS = _words(
    "thank congratulate acknowledge recognize recognise welcome greet say note mention add "
    "echo commend applaud"
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
NEGATION_IDIOMS = frozenset({"secret", "doubt", "question", "exception", "surprise", "accident"})
HYPOTHETICAL_VERBS = frozenset({"consider", "contemplate", "mull", "weigh"})
HYPOTHETICAL_NOUNS = frozenset({"possibility", "prospect", "option", "scenario"})
#: Cooperation verbs whose negation, in a competition claim, *is* the claim (exclusion):
#: "would not allow Chinese ground stations" is an asserted (or planned) restriction.
EXCLUSION_VERBS = _words(
    "allow permit cooperate collaborate work engage partner share let accept cede"
)
#: The opening verb of an operative paragraph of a resolution or decision ("Urges all States
#: to ...", "Requests the Secretary-General to ..."): a call on its addressees. The tagger often
#: reads the capitalised form as a noun, so the word itself decides.
OPERATIVE_CALLS = frozenset(
    {"urges", "encourages", "requests", "invites", "calls", "recommends", "appeals", "exhorts"}
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
    "concerned worried confident certain sure convinced aware clear afraid hopeful"
)


def find_modality(doc: Doc, *, label: str = "cooperation", legal: bool = False) -> str:
    """The modality of the claim in the parsed sentence ``doc`` (see the module docstring).

    The cues of the main predicate (with its open complements, or the reported clause under a
    verb of saying) decide; coordinated predicates count only when the main one has none, and
    their plans and norms not even then when the main predicate itself states a relation ("The
    leaders welcomed Japan's participation and will continue to ..." is asserted; "The leaders
    met and will cooperate on ..." planned); their possibilities and denials still count.
    ``legal``: the sentence is from a legal or normative instrument (a treaty, an order, a
    resolution, guidelines: ``legal_text``), where "may" grants a permission and "the Parties
    agree to" states an obligation, both norms.
    """
    if _question(doc):
        return "hypothetical"
    if _operative_call(doc) or _recital_of_aim(doc):
        return "normative"
    chains = _predicate_groups(doc)
    groups = [_cues(group, label, legal) for group in chains]
    main = chains[0][0] if chains else None
    if (
        len(groups) > 1
        and not groups[0]
        and main is not None
        and main.pos_ in {"VERB", "AUX"}
        and _reaches_relation(main)
    ):
        groups = [groups[0], *(g - {"planned", "normative", "importance"} for g in groups[1:])]
    for i, cues in enumerate(groups):
        if cues == {"importance"}:
            # "underscore the importance of X and express the intent to Y": a stated
            # importance yields to a plan of a coordinated predicate; alone it is a norm
            if any("planned" in later for later in groups[i + 1 :]):
                return "planned"
            return "normative"
        for modality in ("normative", "conditional", "negated", "hypothetical", "planned"):
            if modality in cues:
                if modality == "planned" and i == 0 and _relation_only_in_participle(doc):
                    return "asserted"
                return "hypothetical" if modality == "conditional" else modality
    return "asserted"


def _root(doc: Doc) -> Token | None:
    """The root of the sentence's main clause: the first root that is not a list or paragraph
    marker ("6." and "(b)" are often parsed as a root of their own)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    for root in roots:
        bare = root.text.strip("().")
        if root.tag_ == "LS" or root.is_punct or root.like_num or bare.lower() in _ROMAN:
            continue
        if len(bare) == 1 and bare.isalpha() and len(list(root.subtree)) <= 3:
            continue
        return root
    return roots[0] if roots else None


def _relation_only_in_participle(doc: Doc) -> bool:
    """Whether the relation is stated only in a past participle clause while the main clause
    speaks of the future about something else: "Built with international partners, the
    station will include docking ports", "the module, provided by ESA, will arrive next year".
    The relation is a fact; the plan is not about it."""
    root = _root(doc)
    if root is None or _reaches_relation(root):
        return False
    return any(
        t.tag_ == "VBN"
        and t.dep_ in {"acl", "advcl"}
        and (_lemma(t) in RELATION_VERBS or _reaches_relation(t))
        for t in doc
    )


#: Verbs that end or hinder a relation: their negation keeps it ("does not end the
#: cooperation", "shall not prejudice the rights").
UNDOING_VERBS = _words(
    "end stop prevent preclude hinder impede prejudice halt cease affect undermine jeopardize "
    "jeopardise abandon quit withdraw"
)


def _undoing(verb: Token) -> bool:
    """ "does not end the cooperation", "will not give up on diplomacy", "are not going to
    abandon our partners": the negated verb, or the complement it negates, ends a relation."""
    current = verb
    for _ in range(3):
        if _verb_in(current, UNDOING_VERBS):
            return True
        if _lemma(current) == "give" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in current.children
        ):
            return True
        nxt = next((c for c in current.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            return False
        current = nxt
    return False


#: Prepositions that name the other side of a relation: a negation reaching "with India" denies
#: the relation ("has never launched a satellite with India").
RELATION_PREPS = frozenset({"with", "against", "alongside", "between"})


def _verb_in(tok: Token, verbs: frozenset[str]) -> bool:
    """Whether ``tok`` is one of ``verbs``: by its lemma, or by its form when the lemmatizer
    missed it ("hopes" read as a form of "hop")."""
    if _lemma(tok) in verbs:
        return True
    word = tok.lower_
    for suffix in ("s", "es", "ed", "d", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if stem in verbs or stem + "e" in verbs:
                return True
    return False


#: A title that names a legal or normative instrument ("Convention on ...", "Executive Order
#: 13803: ...", "Principles Relevant to ...", "Guidelines for ...").
_LEGAL_TITLE = re.compile(
    r"^\W*(?:the\s+)?(?:treaty|convention|agreement|protocol|charter|principles|guidelines|"
    r"code of conduct|executive order|directive|resolution|regulations?|memorandum of)\b",
    re.I,
)
_SHALL = re.compile(r"\bshall\b", re.I)
#: How many times "shall" makes a text an instrument of rules whatever its title.
LEGAL_SHALLS = 3


def legal_text(text: str, *, title: str = "") -> bool:
    """Whether a document (its ``text`` and ``title``) is a legal or normative instrument: its
    title names one, or its text says "shall" at least ``LEGAL_SHALLS`` times (treaties,
    orders, policy directives and guidelines do; speeches, releases and articles do not)."""
    if _LEGAL_TITLE.search(title):
        return True
    return len(list(islice(_SHALL.finditer(text), LEGAL_SHALLS))) >= LEGAL_SHALLS


#: Contracted modals as the full word ("we'll", "they’d", "won't").
_MODAL_FORMS = {"'ll": "will", "wo": "will", "'d": "would", "ca": "can", "sha": "shall"}


#: Auxiliaries of a tag question ("..., aren't we?"), which asserts what precedes it.
_TAG_AUX = _words("am is are was were do does did have has had will would can could should")


def _question(doc: Doc) -> bool:
    """A direct question ("Will Japan join the Gateway?", "Why not cooperate with India?") asks
    about the relation, it does not state it; a tag question ("We are partners, aren't we?")
    states it."""
    words = [t for t in doc if not (t.is_punct and t.text != "?") and not t.is_space]
    if not words or words[-1].text != "?":
        return False
    # ", aren't we?" / ", don't they?" / ", right?"
    comma = next((t for t in reversed(doc[: words[-1].i]) if t.text == ","), None)
    if comma is not None and words[-1].i - comma.i <= 4:
        after = [t.lower_ for t in doc[comma.i + 1 : words[-1].i]]
        if after and (after[0] in _TAG_AUX or after[0] in {"right", "correct"}):
            return False
    return True


def _predicate_groups(doc: Doc) -> list[list[Token]]:
    """The main predicate's chain, then each coordinated predicate's chain."""
    root = _root(doc)
    if root is None:
        return []
    heads = [root]
    stance = next(
        (
            c
            for c in root.children
            if c.dep_ == "acomp"
            and _lemma(c) in STANCE_ADJECTIVES
            and any(r.dep_ == "ccomp" for r in c.children)
        ),
        None,
    )
    if stance is not None:
        # "The committee is concerned that China could ...": the clause carries the claim
        clause = next(r for r in stance.children if r.dep_ == "ccomp")
        return [_chain(_innermost(clause))]
    if root.tag_ == "VBG" and any(c.dep_ in SUBJECT_DEPS for c in root.children):
        # "A State making such a request shall submit ...": the participle of the subject
        # read as the root, the main verb as its complement
        main = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if main is not None:
            heads = [main]
    if root.pos_ not in {"VERB", "AUX"}:
        # A nominal root ("A Chinese landing before Artemis III would be a setback"); a relative
        # clause only describes the noun when another clause carries the predicate ("The
        # agency, which could not afford it, partnered with ESA")
        clauses = [c for c in root.children if c.dep_ in {"advcl", "acl", "ccomp"}]
        heads += clauses or [c for c in root.children if c.dep_ == "relcl"]
        # a modal verb with its own subject buried by a misparse of a long opening ("9. In
        # accordance with ..., and considering ..., States should provide ...")
        heads += [
            t
            for t in doc
            if t.pos_ in {"VERB", "AUX"}
            and t not in heads
            and t.dep_ not in {"relcl", "acl"}
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children)
            and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        ]
    heads += [c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    if _lemma(root) not in REPORT_VERBS:
        # a clause with its own subject parsed as the complement of a later root, mostly a
        # misparse of a long sentence ("Crew-9 will join the crew of ... cosmonauts X, Y",
        # "we want to work ... where we do believe, together, we have ..."): a predicate too
        heads += [
            c
            for c in root.children
            if c.dep_ == "ccomp"
            and c.i < root.i
            and any(g.dep_ == "nsubj" for g in c.children)
            and not any(t.text in {";", ":"} for t in c.doc[c.i : root.i])
        ]
    groups = []
    for head in heads:
        say = _saying(head)
        if say is not None:
            reported = [c for c in say.children if c.dep_ in {"ccomp", "parataxis"}]
            if reported:
                groups.append([*_chain(_innermost(reported[0])), say])
                continue
        groups.append(_chain(head))
    return groups


def _innermost(clause: Token) -> Token:
    """The innermost reported clause: "provides that a State shall ..." reports a rule, whose
    clause carries the modality."""
    for _ in range(3):
        if _lemma(clause) not in PROVISION_VERBS | SAY_VERBS:
            break
        inner = next((c for c in clause.children if c.dep_ == "ccomp"), None)
        if inner is None:
            break
        clause = inner
    return clause


def _operative_call(doc: Doc) -> bool:
    """An operative paragraph that opens with a verb of calling ("Encourages Member States to
    share ...", "Calls upon all States to ...")."""
    first = doc[_first_word(doc)]
    return first.lower_ in OPERATIVE_CALLS and first.text[:1].isupper()


#: Verbs of recitals and findings over a "that" clause ("Considering that", "Recognizing that").
RECITAL_VERBS = _words("consider recognize recognise affirm reaffirm find")
#: Participles that open a recital stating the aim of an instrument ("Desiring to promote
#: ...", "Wishing to contribute ...").
RECITAL_AIMS = frozenset({"desiring", "wishing"})


def _recital_of_aim(doc: Doc) -> bool:
    """A recital of aim: it opens with "Desiring" or "Wishing" and an infinitive follows
    within a few words (the tagger often reads the capitalised participle as a name)."""
    first = _first_word(doc)
    if doc[first].lower_ not in RECITAL_AIMS:
        return False
    return any(t.lower_ == "to" for t in doc[first + 1 : first + 4])


def _saying(head: Token) -> Token | None:
    """The verb of saying whose reported clause carries the claim: ``head`` itself ("We believe
    that ..."), or a to-infinitive of it ("I am proud to announce that we intend to ...",
    "I want to say that ...")."""
    if _lemma(head) in SAY_VERBS:
        return head
    if (
        _lemma(head) in REPORT_VERBS
        and not (_lemma(head) == "agree" and _past(head))
        and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in head.children
        )
    ):
        # "The two sides agreed that their agencies should ...": the clause carries the claim
        return head
    if _lemma(head) in PROVISION_VERBS | RECITAL_VERBS and any(
        c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) for c in head.children
    ):
        # "The Agreement provides that a Party shall ...", "Considering that ...": the clause
        # carries the claim
        return head
    # the infinitive hangs on the verb or on its adjective ("proud to announce")
    around = [*head.children, *(g for a in head.children if a.dep_ == "acomp" for g in a.children)]
    for c in around:
        if (
            c.dep_ in {"xcomp", "advcl"}
            and _lemma(c) in SAY_VERBS
            and any(a.tag_ == "TO" for a in c.children)
            and any(r.dep_ == "ccomp" for r in c.children)
        ):
            return c
    return None


def _chain(verb: Token) -> list[Token]:
    """``verb`` and its open complements ("plans to join", "is willing to share")."""
    chain = [verb]
    current = verb
    for _ in range(6):
        nxt = next((c for c in current.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            break
        chain.append(nxt)
        # "want to thank you ... and to tell you our commitment to": coordinated complements
        chain += [c for c in nxt.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        current = nxt
    return chain


def _cues(verbs: list[Token], label: str, legal: bool = False) -> set[str]:
    """The cues of a predicate's chain. A plan of an earlier verb governs a norm of its
    complement ("They intend to continue their support and to urge the banks to ...",
    "We plan to require partners to ..."): the norm is what is planned."""
    each = _verb_cues(verbs, label, legal)
    cues = set().union(*each) if each else set()
    if {"planned", "normative"} <= cues:
        first_plan = next(i for i, c in enumerate(each) if "planned" in c)
        first_norm = next(i for i, c in enumerate(each) if "normative" in c)
        if first_plan < first_norm:
            cues.discard("normative")
    return cues


def _verb_cues(verbs: list[Token], label: str, legal: bool = False) -> list[set[str]]:
    """The cues of each verb of a predicate's chain."""
    each: list[set[str]] = []
    reported = any(_lemma(v) in REPORT_VERBS for v in verbs[1:])
    for verb in verbs:
        cues: set[str] = set()
        each.append(cues)
        children = list(verb.children)
        modals = {
            _MODAL_FORMS.get(c.lower_.replace("’", "'"), c.lower_)
            for c in children
            if c.dep_ in {"aux", "auxpass"}
            and (c.tag_ == "MD" or c.lower_.replace("’", "'") in _MODAL_FORMS)
            and not (c.lower_.replace("’", "'") == "'d" and verb.tag_ != "VB")  # "we'd signed"
        }
        lemma = _lemma(verb)
        negation = _negation(verb)
        if modals & NORMATIVE_MODALS or ("may" in modals and (negation or _negative_subject(verb))):
            cues.add("normative")
        if "can" in modals and negation and _first_person_subject(verb):
            cues.add("normative")  # "We cannot allow Beijing to set the rules": must not
        if legal and modals & {"may", "can"}:
            cues.add("normative")  # a permission: "Any State may accede", "A Party may request"
        if legal and lemma == "agree" and verb.tag_ in {"VBP", "VBZ"} and _has_to_complement(verb):
            cues.add("normative")  # "The Parties agree to consult": an obligation
        if legal and "will" in modals and _party_subject(verb):
            cues.add("normative")  # "The Participants will exchange data": a provision
        if _call(verb):
            cues.add("normative")  # "The two sides encourage their agencies to ..."
        if (
            lemma in NORMATIVE_VERBS
            and not _past(verb)  # "I called on other nations to join", "required help": a fact
            and (
                (_has_to_complement(verb) and (lemma != "have" or _to_infinitive(verb)))
                or (lemma in {"need", "require"} and _has_object(verb))
                or _to_purpose(verb)  # "call on China to refrain"
            )
        ):
            cues.add("normative")
        if verb.lower_ == "ought" and _has_to_complement(verb):
            cues.add("normative")  # "Policymakers ought to pursue ..." (read as a verb)
        if _planned_object(verb) or _scheduled(verb) or _welcomed_future(verb) or _toward(verb):
            cues.add("planned")  # "is planning a joint mission", "is slated for next year"
        if _yet_to(verb):
            cues.add("negated")  # "has yet to join": not (yet) done
        if _conditional(verb):
            cues.add("conditional")
        if (
            negation
            and _reaches_relation(verb)
            and not _only_subject_reaches(verb)
            and not (label == "competition" and lemma in EXCLUSION_VERBS)
            and not _undoing(verb)
        ):
            cues.add("negated")
        if lemma in NEGATING_VERBS and verb.dep_ == "ROOT":
            cues.add("negated")
        if _without_relation(verb):
            cues.add("negated")
        later = any(c.lower_ in LATER_ADVERBS for c in children)
        desire = "would" in modals and lemma in DESIRE_VERBS and _has_to_complement(verb)
        if desire:
            if not _courtesy(verb):
                cues.add("planned")  # "I would like to see more cooperation with Africa"
        elif _optative(verb):
            cues.add("planned")  # "May our partnership grow": a wish
        elif modals & POSSIBILITY_MODALS:
            if "would" in modals and (reported or _under_arrangement(verb) or _willing(verb)):
                cues.add("planned")
            elif "would" in modals and later and not modals - {"would"}:
                pass  # "would later cooperate": what happened next in a narrative
            elif modals - {"can"}:
                cues.add("hypothetical")
        if (
            any(c.lower_ in HEDGE_ADVERBS for c in children)
            or _contemplated(verb)
            or (verb.dep_ == "ROOT" and verb.tag_ == "VB" and _lemma(verb) in IMAGINE_VERBS)
        ):
            cues.add("hypothetical")
        if any(_lemma(c) in HYPOTHETICAL_NOUNS for c in children if c.dep_ in OBJECT_DEPS):
            cues.add("hypothetical")
        if _possible(verb):
            cues.add("hypothetical")  # "It is possible that ...", "seems unlikely"
        if (
            _exhortation(verb)
            or _necessity(verb)
            or _bare_imperative(verb)
            or _necessary(verb)
            or _course_to_take(verb)
            or _time_to_act(verb)
            or _duty_to_act(verb)
            or _judged_necessary(verb)
        ):
            cues.add("normative")
        elif _stressed_importance(verb):
            cues.add("importance")
        if _intention(verb) or _stated_aim(verb):
            cues.add("planned")
        if modals & (FUTURE_MODALS - {"shall"}):
            cues.add("planned")
        if (
            _verb_in(verb, PLAN_VERBS | EFFORT_VERBS)
            and _has_to_complement(verb)
            and not _past_clause(verb)
            and (not _past(verb) or (lemma in PROMISE_VERBS and not _pluperfect(verb)))
            and not _courtesy(verb)
        ):
            cues.add("planned")
        if verb.lower_ in {"going", "gon"} and _has_to_complement(verb):
            cues.add("planned")  # "we're going to", "we're gonna"
        if _got_to(verb):
            cues.add("normative")  # "we've got to", "we gotta"
        if _be_to(verb):
            cues.add("planned")  # "Brazil was to provide", "the station is to be assembled"
        if any(
            c.dep_ == "acomp" and c.lower_ in PLAN_ADJECTIVES and _has_to_complement(c)
            for c in children
        ) or (verb.lower_ in PLAN_ADJECTIVES and _has_to_complement(verb)):
            cues.add("planned")
    return each


def _exhortation(verb: Token) -> bool:
    """ "States are encouraged to raise ...", "Encouraging operators to cooperate ..."."""
    if _lemma(verb) not in EXHORTATION_VERBS:
        return False
    passive = any(c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in verb.children)
    opening = verb.tag_ == "VBG" and verb.i == _first_word(verb.doc)
    return passive or opening


def _necessity(verb: Token, nouns: frozenset[str] = NECESSITY_NOUNS) -> bool:
    """ "They underline the need for cooperation", "stressed the necessity of"."""
    for c in verb.children:
        if c.dep_ in OBJECT_DEPS and _lemma(c) in nouns:
            return True
        if c.dep_ == "prep" and any(o.dep_ == "pobj" and _lemma(o) in nouns for o in c.children):
            return True
    return False


def _stressed_importance(verb: Token) -> bool:
    """ "agree on the importance of", "underscore the vital importance of": a norm, unless a
    coordinated predicate states a plan (``find_modality``)."""
    return _lemma(verb) in STRESS_VERBS and _necessity(verb, frozenset({"importance"}))


def _intention(verb: Token) -> bool:
    """ "renew our commitment to strengthen", "express the intent to work", "commit to
    forging", "look forward to", "are committed to advancing": a stated intention, unless it
    was stated in the past about the past."""
    for c in verb.children:
        if c.dep_ in OBJECT_DEPS and _lemma(c) in INTENTION_NOUNS and _to_follows(c):
            return True
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
    lemma = _lemma(verb)
    if lemma == "look" and any(c.lower_ == "forward" for c in verb.children):
        return not _past(verb)  # "looks forward to the Republic of Korea's contributions"
    committed = any(
        c.dep_ == "acomp" and c.lower_ in {"committed", "dedicated"} for c in verb.children
    )
    if lemma == "commit" or verb.lower_ in {"committed", "dedicated"} or committed:
        return any(
            c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pcomp" for p in c.children)
            for c in (
                *verb.children,
                *(g for a in verb.children if a.dep_ in {"acomp", "advmod"} for g in a.children),
            )
        )
    return False


def _to_follows(noun: Token) -> bool:
    """ "commitment to help", "commitment to forging": "to" and a verb right after the noun
    (not "commitment to the Quad", which states an allegiance). Read on the words, as the
    parser often attaches the infinitive to the main verb."""
    doc = noun.doc
    return (
        noun.i + 2 < len(doc)
        and doc[noun.i + 1].lower_ == "to"
        and doc[noun.i + 2].tag_ in {"VB", "VBG"}
    )


def _that_follows(noun: Token) -> bool:
    """ "the hope that ...": "that" right after the noun."""
    doc = noun.doc
    return noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "that"


def _got_to(verb: Token) -> bool:
    """ "We've got to work with ...", "we gotta": a necessity (not "we got to meet them", a
    past opportunity)."""
    if _lemma(verb) != "get" or verb.lower_ != "got":
        return False
    xcomp = [c for c in verb.children if c.dep_ == "xcomp"]
    have = any(_lemma(c) == "have" or c.lower_ in {"'ve", "’ve"} for c in verb.children)
    gotta = any(a.lower_ == "ta" for x in xcomp for a in x.children)
    return bool(xcomp) and (have or gotta) and (gotta or _to_infinitive(verb))


def _bare_imperative(verb: Token) -> bool:
    """ "coordinate implementation of space policy;", "(v) enable interagency cooperation":
    an item of a list of duties, or an imperative, opens with a bare verb and has no subject.
    The parser often reads a lowercase list item as a noun phrase ("coordinate" as a compound),
    so a lowercase opening word that is not a function word, in an item that ends with ";" or
    ":", counts too."""
    if verb.dep_ != "ROOT":
        return False
    doc = verb.doc
    first = doc[_first_word(doc)]
    if _opening_adverbs(doc, first.i, verb.i):
        first = verb  # "So let's get to work", "Now, let us build ..."
    if verb.tag_ == "VB" and first.i == verb.i:
        if _lemma(verb) == "let" and any(t.lower_ == "me" for t in doc[verb.i + 1 : verb.i + 2]):
            return False  # "Let me thank ...": the speech act itself
        if _lemma(verb) in IMAGINE_VERBS:
            return False  # "Imagine what we could do together": a possibility
        return not any(c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in verb.children)
    ending = doc.text.rstrip().removesuffix(" and").removesuffix(" or").rstrip()
    return (
        first.is_lower
        and first.is_alpha
        and first.tag_ in {"VB", "VBP", "NN"}
        and (ending.endswith((";", ":")) or (_bulleted(doc) and first.tag_ in {"VB", "VBP"}))
    )


#: Bullets that open an item of a list.
_BULLETS = frozenset({"•", "-", "–", "*", "▪", "◦"})


def _bulleted(doc: Doc) -> bool:
    """The sentence is a bulleted item ("• enhance supply chain ties among allies."): the last
    item of a list of duties ends with a full stop."""
    return len(doc) > 1 and doc[0].text in _BULLETS


#: Imperatives that open a possibility rather than a call ("Imagine what we could do").
IMAGINE_VERBS = _words("imagine suppose picture")


def _opening_adverbs(doc: Doc, start: int, end: int) -> bool:
    """Only discourse adverbs and conjunctions before ``end`` ("So", "Now,", "And", "Together,")."""
    between = doc[start:end]
    return 0 < len(between) <= 4 and all(
        t.is_punct or t.dep_ in {"advmod", "cc", "intj", "npadvmod", "discourse"} for t in between
    )


#: Roman numerals of enumerations ("(iv)").
_ROMAN = _words("i ii iii iv v vi vii viii ix x xi xii")


def _first_word(doc: Doc) -> int:
    """The index of the first word of ``doc`` after a list marker ("(a)", "(iv)", "-", "3.")."""
    for tok in doc:
        bare = tok.text.strip("().")
        closed = tok.text.endswith(")") or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ")")
        marker = closed and (bare in _ROMAN or (len(bare) == 1 and bare.isalpha()))
        if tok.is_punct or tok.like_num or marker:
            continue
        return tok.i
    return 0


def _negation(verb: Token) -> bool:
    """ "not", "never", "no longer", or a negative subject or object ("no cooperation"); not a
    comparison ("has never been stronger", "no better partner"), which asserts."""
    if any(
        c.dep_ in {"acomp", "advmod"} and c.tag_ in {"JJR", "RBR"} and c.lower_ != "longer"
        for c in verb.children
    ):
        return False
    for c in verb.children:
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
        if _negative_argument(c) and _lemma(c) not in NEGATION_IDIOMS:
            return True
    return False


def _reaches_relation(verb: Token, depth: int = 3) -> bool:
    """Whether the negated predicate is about a relation: the verb or a word of its core
    (objects, complements, prepositional objects, up to ``depth`` steps) is a relation word."""
    if _lemma(verb) in RELATION_VERBS or _lemma(verb) in RELATION_NOUNS:
        return True
    if verb.lower_ == "part" and _lemma(verb.head) == "take":
        return True  # "take part in"
    if _lemma(verb) == "party" and any(c.lower_ == "to" for c in verb.children):
        return True  # "is not a party to the Accords"
    if verb.lower_ in RELATION_PREPS and any(c.dep_ == "pobj" for c in verb.children):
        return True  # "never launched a satellite with India"
    if depth == 0:
        return False
    skip = {"advcl", "relcl", "ccomp", "conj", "parataxis", "punct", "mark", "acl", "cc"}
    return any(_reaches_relation(c, depth - 1) for c in verb.children if c.dep_ not in skip)


def _without_relation(verb: Token) -> bool:
    """ "ended without an agreement": the relation did not come about (not in a complement of a
    plan: "intends to award the contract without competition")."""
    if verb.dep_ == "xcomp":
        return False
    return any(
        c.lower_ == "without"
        and not _even(c)
        and any(_lemma(o) in RELATION_NOUNS for o in c.children)
        for c in verb.children
    )


#: Verbs that open a speech act ("I'd like to begin by thanking", "I want to take a moment to
#: recognize", "let me close by welcoming").
OPENING_VERBS = _words("begin start close conclude end open take use")


def _courtesy(verb: Token) -> bool:
    """ "I want to thank you", "I'd like to begin by thanking", "I want to take a moment to
    recognize": the complement of the plan verb is a verb of courtesy or discourse."""
    for c in verb.children:
        if c.dep_ != "xcomp":
            continue
        if _lemma(c) in COURTESY_VERBS:
            return True
        if _lemma(c) in OPENING_VERBS and any(
            _lemma(g) in COURTESY_VERBS
            for a in c.children
            if a.dep_ in {"prep", "advcl", "xcomp"}
            for g in (a, *a.children)
            if g.dep_ in {"pcomp", "advcl", "xcomp"}
        ):
            return True
    return False


def _as_long_as(verb: Token) -> bool:
    """ "as long as you can", "so long as the partners agree": a condition."""
    doc = verb.doc
    return any(
        c.lower_ == "long"
        and 0 < c.i < len(doc) - 1
        and doc[c.i - 1].lower_ in {"as", "so"}
        and doc[c.i + 1].lower_ == "as"
        and (c.i < 2 or doc[c.i - 2].lower_ != "for")  # "for as long as": a duration
        for c in verb.subtree
        if c.head == verb or c.head.head == verb
    )


def _conditional(verb: Token) -> bool:
    """A condition on the claim ("if", "unless", "as long as", "Had NASA ..."); not a concession
    ("even if relations sour, the agencies will keep sharing data")."""
    if _as_long_as(verb):
        return True
    return any(
        c.dep_ in {"advcl", "csubj", "ccomp"}
        and any(
            m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS and not _even(m) for m in c.children
        )
        for c in verb.children
    ) or _inverted_conditional(verb)


def _even(tok: Token) -> bool:
    """ "even if", "even without": a concession."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "even"


_HAVE_FORMS = frozenset({"has", "have", "had", "'ve", "’ve"})


def _past(verb: Token) -> bool:
    """A past intention ("sought to join", "had planned to") is reported as a fact."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        return any(_lemma(a) == "have" or a.lower_ in _HAVE_FORMS or a.tag_ == "VBD" for a in auxes)
    return False


def _to_infinitive(verb: Token) -> bool:
    """ "have to cooperate": an open complement with "to" (not "we have a common objective"
    over a clause the parser hung on "have")."""
    return any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in verb.children)


def _to_purpose(verb: Token) -> bool:
    """An infinitive the parser hung on ``verb`` as an adverbial clause ("call on China to
    refrain", "Desiring to promote")."""
    return any(
        c.dep_ == "advcl" and any(a.tag_ == "TO" and a.i < c.i for a in c.children)
        for c in verb.children
    )


def _yet_to(verb: Token) -> bool:
    """ "has yet to join", "is yet to sign": the act has not happened."""
    return (
        verb.lower_ in {"has", "have", "had", "is", "are", "was", "were"}
        and any(c.lower_ == "yet" and c.dep_ == "advmod" for c in verb.children)
        and _to_infinitive(verb)
    )


def _be_to(verb: Token) -> bool:
    """ "Brazil was to provide", "NASA is to lead": "be" with a "to" infinitive states an
    arrangement for the future; not "The aim of the dialogue is to ..." (a purpose)."""
    if verb.lower_ not in _COPULA - {"been", "being"}:
        return False
    if any(c.dep_ in {"acomp", "attr"} or c.lower_ in {"here", "there"} for c in verb.children):
        return False  # "We are here today to deepen ...": a purpose
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or _lemma(subject) in PURPOSE_NOUNS or subject.lower_ in {"it", "this"}:
        return False
    return _to_infinitive(verb)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in OBJECT_DEPS for c in verb.children)


def _has_to_complement(tok: Token) -> bool:
    return any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children)


def _negative_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS and _negative_argument(c) for c in verb.children)


def _negative_argument(tok: Token) -> bool:
    """ "no cooperation", "None of the funds", "Neither X nor Y", "Nothing in this Act"."""
    if tok.dep_ not in SUBJECT_DEPS | OBJECT_DEPS | {"expl"}:
        return False
    if tok.lower_ in {"none", "nothing", "neither", "nobody"}:
        return True
    if any(c.dep_ == "amod" and c.tag_ in {"JJR", "JJS"} for c in tok.children):
        return False  # "no better partner", "no closer ally"
    return any(
        c.lower_ in {"no", "neither"} and c.dep_ in {"det", "preconj", "neg"} for c in tok.children
    )


def _inverted_conditional(verb: Token) -> bool:
    """ "Had NASA received ...", "Were the Agency to join ...", "Should a partner withdraw ..."."""
    for c in verb.children:
        if c.dep_ == "advcl":
            first = c.doc[c.left_edge.i]
            if first.lower_ in {"had", "were", "should"} and first.head == c:
                return True
    return False


def _pluperfect(verb: Token) -> bool:
    """ "had pledged to": a past plan."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _party_subject(verb: Token) -> bool:
    """The subject names the parties of an instrument ("The Parties", "Each Participant")."""
    return any(
        c.dep_ in SUBJECT_DEPS and (_lemma(c).lower() in PARTY_NOUNS or c.lower_ in _PARTY_FORMS)
        for c in verb.children
    )


_PARTY_FORMS = frozenset({"parties", "participants", "signatories"})


def _call(verb: Token) -> bool:
    """A call in the present on an addressee: "The two sides encourage their agencies to deepen
    ...", "I invite every nation to join", "The leaders call for closer cooperation"."""
    if verb.tag_ not in {"VBP", "VBZ"} or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = _lemma(verb)
    if lemma == "call":
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    if lemma not in CALL_VERBS or not _has_object(verb) or not _to_infinitive(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return lemma == "encourage" or (subject is not None and subject.lower_ in {"i", "we"})


def _stated_aim(verb: Token) -> bool:
    """A goal stated by its owner: "Our goal is to land with our partners", "NASA's aim is to
    ...", "My hope is that more nations will sign": a target, planned (not "The aim of the
    mission is to ...", which defines a purpose)."""
    if verb.lower_ not in _COPULA - {"been", "being"} and _lemma(verb) != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or _lemma(subject) not in AIM_NOUNS:
        return False
    owner = any(
        c.dep_ == "poss" and (c.tag_ == "PRP$" or c.pos_ == "PROPN") for c in subject.children
    )
    clause = any(
        (c.dep_ in {"xcomp", "advcl"} and any(a.tag_ == "TO" for a in c.children))
        or (c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children))
        for c in verb.children
    )
    return owner and clause


def _possible(verb: Token) -> bool:
    """ "It is possible that China will ...", "Such a partnership seems unlikely": the relation
    is put as a possibility."""
    if (
        _lemma(verb) not in {"be", "seem", "appear", "remain", "look"}
        and verb.lower_ not in _COPULA
    ):
        return False
    return any(
        c.dep_ in {"acomp", "oprd"} and _lemma(c) in POSSIBILITY_ADJECTIVES for c in verb.children
    )


def _under_arrangement(verb: Token) -> bool:
    """ "Under the agreement, JAXA would provide the rover": what an arrangement provides."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "under"
        and any(o.dep_ == "pobj" and _lemma(o) in ARRANGEMENT_NOUNS for o in c.children)
        for c in verb.children
    )


#: Verbs whose negation with a relation word only as subject still denies the relation: it
#: did not come about or does not exist ("The partnership did not materialize").
EXISTENCE_VERBS = _words(
    "be exist happen occur materialize materialise last proceed succeed survive continue "
    "emerge develop progress work take come go start begin"
)


def _only_subject_reaches(verb: Token) -> bool:
    """A negated active verb whose only relation word is its subject: "The agreement does not
    cover military satellites", "The partnership does not include launches" deny the scope,
    not the relation (not "The partnership did not materialize", whose verb says it did not
    come about, nor a passive "The agreement was not signed")."""
    if _lemma(verb) in RELATION_VERBS or _verb_in(verb, EXISTENCE_VERBS):
        return False
    if _negative_subject(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.lower_ in _COPULA or _lemma(verb) == "have":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    others = [
        c
        for c in verb.children
        if c.dep_ not in SUBJECT_DEPS
        and c.dep_
        not in {"advcl", "relcl", "ccomp", "conj", "parataxis", "punct", "mark", "acl", "cc"}
    ]
    return (
        bool(subjects)
        and any(_reaches_relation(c, 2) for c in subjects)
        and not any(_reaches_relation(c, 2) for c in others)
    )


def _willing(verb: Token) -> bool:
    """ "We'd be happy to work with any nation": "would be" with an adjective of willingness
    and a "to" clause."""
    return any(
        c.dep_ == "acomp" and _lemma(c) in WILLING_ADJECTIVES and _has_to_complement(c)
        for c in verb.children
    )


def _optative(verb: Token) -> bool:
    """ "May our partnership continue to grow": a wish that opens with "May" (not a question)."""
    doc = verb.doc
    first = doc[_first_word(doc)]
    return (
        first.text == "May"
        and first.head == verb
        and first.dep_ == "aux"
        and not doc.text.rstrip().endswith("?")
    )


def _contemplated(verb: Token) -> bool:
    """ "are considering cooperation with Japan", "weighing a joint mission": the relation is
    contemplated; not "consider it necessary to ..." or "consider Russia a partner", a
    judgment."""
    if _lemma(verb) not in HYPOTHETICAL_VERBS:
        return False
    return not any(c.dep_ in {"ccomp", "oprd", "xcomp"} for c in verb.children)


def _past_clause(verb: Token) -> bool:
    """ "We hope you enjoyed working with us": the hoped clause is past, no plan."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(_past(c) for c in clauses)


#: Verbs of planning over a noun object ("The agency is planning a joint mission with India").
PLANNING_VERBS = _words("plan envisage envision schedule prepare")
#: Participles of scheduling with "for" ("The launch is slated for next year").
SCHEDULE_PARTICIPLES = _words("slate schedule plan set")


def _planned_object(verb: Token) -> bool:
    """ "The agency is planning a joint mission", "NASA plans a lander with ESA": a plan over a
    noun, not in the past."""
    return (
        _verb_in(verb, PLANNING_VERBS)
        and verb.tag_ in {"VBP", "VBZ", "VBG", "VB"}
        and not _past(verb)
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def _scheduled(verb: Token) -> bool:
    """ "The launch is slated for next year", "the signing is scheduled for May": passive
    scheduling with "for", in the present."""
    if verb.tag_ != "VBN" or not _verb_in(verb, SCHEDULE_PARTICIPLES):
        return False
    present = any(
        c.dep_ == "auxpass" and c.lower_ in {"is", "are", "'s", "’s", "be"} for c in verb.children
    )
    return present and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _first_person_subject(verb: Token) -> bool:
    """ "We cannot ...", "I can't ...": the speaker's own side."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in {"we", "i"} for c in verb.children)


#: Verbs of a stance toward an object ("welcomed the upcoming visit", "support the planned
#: mission"): a future object makes the claim a plan.
STANCE_VERBS = _words("welcome support endorse applaud note commend appreciate celebrate")
#: Modifiers that put the object in the future.
FUTURE_MODIFIERS = _words("upcoming forthcoming planned future coming proposed prospective next")


def _welcomed_future(verb: Token) -> bool:
    """ "The leaders welcomed the upcoming visit of ...", "support the planned joint mission":
    what is welcomed is still to come (not "welcomed the recent visit")."""
    if not _verb_in(verb, STANCE_VERBS):
        return False
    return any(
        c.dep_ == "dobj"
        and any(m.dep_ == "amod" and m.lower_ in FUTURE_MODIFIERS for m in c.children)
        for c in verb.children
    )


def _toward(verb: Token) -> bool:
    """ "The two countries are working toward an agreement": a target, unless in the past."""
    return (
        _lemma(verb) == "work"
        and not _past(verb)
        and any(c.dep_ == "prep" and c.lower_ in {"toward", "towards"} for c in verb.children)
    )
