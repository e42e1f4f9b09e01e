"""The modality of a claim sentence, from rules over its parse (ANNOTATION_GUIDE.md, "Modality").

``asserted``, ``planned``, ``hypothetical``, ``normative`` or ``negated``: normative modals and
verbs first (and exhortations, necessity, duty items), then conditionals, then negation of the
relation, then modals of possibility, then future and intention markers; ``asserted``
otherwise. Cue-based detection over the clause's auxiliaries and complement chain (Saurí &
Pustejovsky 2009, FactBank). The word lists are in ``modality_words``, the cues of one verb in
``modality_cues``.
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.copula_norms import course_to_take as _course_to_take
from pipeline.nlp.extract.copula_norms import duty_to_act as _duty_to_act
from pipeline.nlp.extract.copula_norms import judged_necessary as _judged_necessary
from pipeline.nlp.extract.copula_norms import necessary as _necessary
from pipeline.nlp.extract.copula_norms import time_to_act as _time_to_act
from pipeline.nlp.extract.intention_cues import (
    _intention,
    _offered_welcome,
    _on_track,
    _working_to,
)
from pipeline.nlp.extract.modality_cues import (
    _bare_imperative,
    _be_to,
    _call,
    _conditional,
    _contemplated,
    _courtesy,
    _exhortation,
    _first_person_subject,
    _first_word,
    _got_to,
    _has_object,
    _has_to_complement,
    _necessity,
    _negation,
    _negative_subject,
    _only_subject_reaches,
    _optative,
    _party_subject,
    _past,
    _past_clause,
    _planned_object,
    _pluperfect,
    _possible,
    _reaches_relation,
    _scheduled,
    _stated_aim,
    _stressed_importance,
    _to_infinitive,
    _to_purpose,
    _toward,
    _under_arrangement,
    _undoing,
    _verb_in,
    _welcomed_future,
    _willing,
    _without_relation,
    _yet_to,
)
from pipeline.nlp.extract.modality_words import (
    _ROMAN,
    BOND_NOUNS,
    DESIRE_VERBS,
    EFFORT_VERBS,
    EXCLUSION_VERBS,
    FUTURE_MODALS,
    HEDGE_ADVERBS,
    HYPOTHETICAL_NOUNS,
    IMAGINE_VERBS,
    LATER_ADVERBS,
    NEGATING_VERBS,
    NORMATIVE_MODALS,
    NORMATIVE_VERBS,
    OPPOSITION_VERBS,
    PLAN_ADJECTIVES,
    PLAN_VERBS,
    POSSIBILITY_MODALS,
    PROMISE_VERBS,
    PROVISION_VERBS,
    REPORT_VERBS,
    STANCE_ADJECTIVES,
    STATE_VERBS,
)
from pipeline.nlp.extract.parse_words import (
    OBJECT_DEPS,
    RELATION_VERBS,
    SAY_VERBS,
    SUBJECT_DEPS,
)
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.parse_words import words as _words
from pipeline.nlp.extract.register_cues import (
    _ALLOW_VERBS,
    _cleft_clause,
    _copula_stance_clause,
    _explained,
    _greeting,
    _infinitive_after,
    _joint_verb_before,
    _named_subject,
    _no_choice_but,
    _open_question,
    _owed_to,
    _responsible_for,
    _ruled_out,
)

#: The opening verb of an operative paragraph of a resolution or decision ("Urges all States
#: to ...", "Requests the Secretary-General to ..."): a call on its addressees. The tagger often
#: reads the capitalised form as a noun, so the word itself decides.
OPERATIVE_CALLS = frozenset(
    {"urges", "encourages", "requests", "invites", "calls", "recommends", "appeals", "exhorts"}
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
        # not a clause reported under "recognize that ...": the speakers' own predicate
        # coordinated with (or misread into) it still says what they do
        and main.dep_ != "ccomp"
        and (_reaches_relation(main) or any(_states_bond(v) for v in chains[0]))
        # "I welcome you, Minister, and look forward to ...": a greeting states no relation
        and not _greeting(main)
        # "welcomes and is elated that France will stay": a main verb with no argument of its
        # own shares the coordinated clause, which states the relation
        and any(
            c.dep_ in OBJECT_DEPS | {"ccomp", "xcomp", "attr", "acomp"}
            or (c.dep_ == "prep" and _reaches_relation(c, 1))  # "with Japan", not "of course"
            for c in main.children
        )
    ):
        groups = [groups[0], *(g - {"planned", "normative", "importance"} for g in groups[1:])]
    elif len(groups) > 1 and not groups[0] and _joint_verb_before(doc, chains[1][0].i):
        # "France and Japan co-chair the group and intend to ...": co-chairing is the relation
        # (the parser splits the word and misreads it, so the form itself decides)
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


def _states_bond(verb: Token) -> bool:
    """Whether the main predicate states a relation that ``_reaches_relation`` leaves out: an
    opposition ("The leaders condemn X's tests and are committed to ...") or a bond named as its
    object ("We celebrate the friendship of our peoples and pledge to ...")."""
    if _lemma(verb) in OPPOSITION_VERBS:
        return True
    return any(c.dep_ in OBJECT_DEPS and _lemma(c) in BOND_NOUNS for c in verb.children)


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
    root = _explained(root)
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
    that_clause = _copula_stance_clause(root, STANCE_ADJECTIVES)
    if that_clause is not None:
        # "We have been clear that we will ...": the clause hung on the copula
        return [_chain(_innermost(that_clause))]
    if (
        root.tag_ == "VBG"
        and any(c.dep_ in SUBJECT_DEPS for c in root.children)
        # not a progressive ("We're hoping that Brazil signs ...")
        and not any(c.dep_ == "aux" for c in root.children)
    ):
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
    if any(t.dep_ == "cc" for t in doc[root.i :]) or any(t.dep_ == "cc" for t in root.children):
        # a coordinated predicate; without any coordinator after the root it is a misparse
        # ("... new stations where the agency's astronauts could fly": a relative clause)
        heads += [c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
        # "continue to condemn X and will coordinate ...": a predicate with its own modal
        # coordinated with the root's complement
        heads += [
            c
            for v in _chain(root)[1:]
            for c in v.children
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and _modal(c)
        ]
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
        feeling = _stance_clause(head) if head is not root else None
        if feeling is not None:
            # "welcomes and is elated that France will continue ...": the clause carries it
            groups.append(_chain(_innermost(feeling)))
            continue
        say = _saying(head)
        if say is not None:
            reported = [
                c
                for c in say.children
                if c.dep_ in {"ccomp", "parataxis"} or (say.pos_ == "ADJ" and c.dep_ == "csubj")
            ]
            if reported:
                clause = _innermost(reported[0])
                groups.append([*_chain(clause), say])
                if any(c.dep_ == "cc" for c in clause.children):
                    # "recognize that the crisis is grave and intend to act": a predicate
                    # coordinated in (or misread into) the reported clause
                    groups += [
                        _chain(c)
                        for c in clause.children
                        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                    ]
                continue
        cleft = _cleft_clause(head) if head is root else None
        # "What we need to do is work with our partners": the clause says how it is put
        groups.append([*_chain(head), *_chain(cleft)] if cleft is not None else _chain(head))
    return groups


def _stance_clause(head: Token) -> Token | None:
    """The "that" clause under an adjective of stance of ``head`` ("is elated that ...")."""
    for c in head.children:
        if c.dep_ == "acomp" and _lemma(c) in STANCE_ADJECTIVES:
            return next((r for r in c.children if r.dep_ == "ccomp"), None)
    return None


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
    if _lemma(head) == "make":
        # "China has made clear that it intends to lead": the adjective holds the clause
        for c in head.children:
            if c.lower_ in {"clear", "plain"} and any(
                r.dep_ in {"ccomp", "csubj"} for r in c.children
            ):
                return c
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
        # (not one with a modal of its own: "continue to condemn X and will coordinate ..."
        # coordinates a predicate, see ``_predicate_groups``)
        chain += [
            c for c in nxt.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _modal(c)
        ]
        current = nxt
    return chain


def _modal(verb: Token) -> bool:
    """Whether ``verb`` has a modal auxiliary of its own ("will", "should", "can")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


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
        if _owed_to(verb):
            continue  # "would not have been possible without our partners": they were there
        children = list(verb.children)
        modals = {
            _MODAL_FORMS.get(c.lower_.replace("’", "'"), c.lower_)
            for c in children
            if c.dep_ in {"aux", "auxpass"}
            and (c.tag_ == "MD" or c.lower_.replace("’", "'") in _MODAL_FORMS)
            and not (c.lower_.replace("’", "'") == "'d" and verb.tag_ != "VB")  # "we'd signed"
        }
        if not modals and verb.dep_ == "ROOT" and verb.tag_ == "VB":
            modals = _stray_modal(verb)
        lemma = _lemma(verb)
        negation = _negation(verb)
        prohibition = "may" in modals and (negation or _negative_subject(verb))
        if prohibition and not legal and lemma in STATE_VERBS:
            prohibition = False  # "officials may not have access to the data": a possibility
        if modals & NORMATIVE_MODALS or prohibition:
            cues.add("normative")
        if "can" in modals and negation and _first_person_subject(verb):
            cues.add("normative")  # "We cannot allow Beijing to set the rules": must not
        if legal and modals & {"may", "can"}:
            cues.add("normative")  # a permission: "Any State may accede", "A Party may request"
        if legal and lemma == "agree" and verb.tag_ in {"VBP", "VBZ"} and _has_to_complement(verb):
            cues.add("normative")  # "The Parties agree to consult": an obligation
        if (
            legal
            and "will" in modals
            # a named party of a provision, not a clause a recital reports
            and (_party_subject(verb) or (_named_subject(verb) and verb.dep_ in {"ROOT", "conj"}))
        ):
            cues.add("normative")  # "The Participants / NASA will exchange data": a provision
        if legal and (
            _responsible_for(verb)
            or (
                _party_subject(verb)
                and lemma in {"intend", "plan"}
                and verb.tag_ in {"VBP", "VBZ"}
                and _has_to_complement(verb)
            )
        ):
            # "Each Participant is responsible for ...", "The Participants intend to consult":
            # the wording of a memorandum's provisions
            cues.add("normative")
        if _no_choice_but(verb):
            cues.add("normative")  # "has no choice but to cooperate": a necessity
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
        if negation and _ruled_out(verb):
            cues.add("hypothetical")  # "did not rule out cooperation": left open
        elif (
            negation
            and _reaches_relation(verb)
            and not _only_subject_reaches(verb)
            and not (label == "competition" and lemma in EXCLUSION_VERBS)
            and not _undoing(verb)
            and not (not legal and modals & {"may", "might", "could"})  # "might not join": possible
        ):
            cues.add("negated")
        if (
            lemma in NEGATING_VERBS
            and verb.dep_ == "ROOT"
            # "We refuse to let China set the rules": in a competition claim the refusal to
            # allow or cooperate is the claim (an exclusion), not its denial
            and not (
                label == "competition"
                and any(
                    c.dep_ in {"xcomp", "advcl"} and _lemma(c) in _ALLOW_VERBS for c in children
                )
            )
        ):
            cues.add("negated")
        if _without_relation(verb):
            cues.add("negated")
        later = any(c.lower_ in LATER_ADVERBS for c in children)
        desire = "would" in modals and lemma in DESIRE_VERBS and _has_to_complement(verb)
        if desire:
            if not _courtesy(verb):
                cues.add("planned")  # "I would like to see more cooperation with Africa"
        elif _offered_welcome(verb, modals):
            cues.add("planned")  # "We would welcome Brazil's participation"
        elif _optative(verb):
            cues.add("planned")  # "May our partnership grow": a wish
        elif modals & POSSIBILITY_MODALS:
            free_relative = any(c.tag_ in {"WP", "WDT"} for c in children)
            if "would" in modals and (
                (reported and not free_relative) or _under_arrangement(verb) or _willing(verb)
            ):
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
        if _possible(verb) or _open_question(verb):
            cues.add("hypothetical")  # "It is possible that ...", "discussed how X could"
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
        if _intention(verb) or _stated_aim(verb) or _working_to(verb) or _on_track(verb):
            cues.add("planned")
        if modals & (FUTURE_MODALS - {"shall"}):
            cues.add("planned")
        if (
            (
                _verb_in(verb, PLAN_VERBS | EFFORT_VERBS)
                or (lemma == "look" and not any(c.lower_ == "forward" for c in children))
            )
            and any(
                (
                    c.dep_ in {"xcomp", "ccomp"}
                    and lemma != "look"
                    # not an adverbial clause before the verb read as its complement ("as the
                    # environment grows more complex, we recommit ourselves to the alliance")
                    and (c.i > verb.i or not any(m.dep_ == "mark" for m in c.children))
                )
                # "Kenya and Japan vow to strengthen ...", "look to expand": the infinitive
                # right after the verb, read as a clause of purpose
                or (_infinitive_after(verb, c) and not (lemma == "look" and _lemma(c) == "be"))
                for c in children
            )
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


def _stray_modal(verb: Token) -> set[str]:
    """The modal of a bare root verb that the parser hung elsewhere in a long sentence ("A
    launching State as defined in ... at the time of launch shall, prior to the launch, ...,
    ensure that ..."): a normative modal before it, not the auxiliary of another verb."""
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return set()
    for t in verb.doc[: verb.i]:
        if t.tag_ == "MD" and t.dep_ not in {"aux", "auxpass"} and t.lower_ in NORMATIVE_MODALS:
            return {t.lower_}
    return set()
