"""The modality cues of each verb of a predicate's chain (ANNOTATION_GUIDE.md, "Modality"):
its modal auxiliaries, negation, conditionals, calls, plans and norms. The word lists are in
``modality_words``, the cue tests of one verb in ``modality_cues``, ``intention_cues`` and
``register_cues``."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.extract.copula_norms import course_to_take as _course_to_take
from pipeline.nlp.extract.copula_norms import duty_to_act as _duty_to_act
from pipeline.nlp.extract.copula_norms import judged_necessary as _judged_necessary
from pipeline.nlp.extract.copula_norms import necessary as _necessary
from pipeline.nlp.extract.copula_norms import time_to_act as _time_to_act
from pipeline.nlp.extract.intention_cues import (
    _denied_intention,
    _intention,
    _offered_welcome,
    _on_track,
    _reported_now,
    _working_to,
)
from pipeline.nlp.extract.modality_access import (
    advocated,
    applied_to_join,
    instrument_enables,
    open_access,
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
    _got_to,
    _has_object,
    _has_to_complement,
    _necessity,
    _negation,
    _negative_subject,
    _only_subject_reaches,
    _optative,
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
from pipeline.nlp.extract.modality_discourse import discourse_future, weighs_offer
from pipeline.nlp.extract.modality_framing import (
    at_risk,
    generic_ability,
    instrument_provides,
    invited_to_act,
    noted_offer,
    open_to_acting,
    rejects_attempt,
    under_negotiation,
)
from pipeline.nlp.extract.modality_needs import (
    inability_alone,
    laid_duty,
    reported_need,
    softened_call,
    supposed_need,
)
from pipeline.nlp.extract.modality_purposes import attributed, declared_undertaking
from pipeline.nlp.extract.modality_scope import (
    aimed_at_no_one,
    contemplates_act,
    demands_choice,
    free_of_choice,
    refuses_choice,
    refuses_nothing,
    stance_over,
    text_binds,
    without_condition,
)
from pipeline.nlp.extract.modality_suppositions import ever_condition, predicted, split_call
from pipeline.nlp.extract.modality_words import (
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
    PLAN_ADJECTIVES,
    PLAN_VERBS,
    POSSIBILITY_MODALS,
    PROMISE_VERBS,
    REPORT_VERBS,
    STATE_VERBS,
)
from pipeline.nlp.extract.parse_words import (
    OBJECT_DEPS,
)
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.parse_words import words as _words
from pipeline.nlp.extract.register_cues import (
    _ALLOW_VERBS,
    _granted_power,
    _infinitive_after,
    _no_choice_but,
    _open_question,
    _owed_to,
    _party_subject,
    _responsible_for,
    _ruled_out,
    _stated_policy,
)

#: Verbs of a plan proper, whose complement is never a courtesy performed in saying it.
_PLANNING_PROPER = frozenset({"intend", "plan", "aim", "seek", "expect", "schedule"})

_MODAL_FORMS = {"'ll": "will", "wo": "will", "'d": "would", "ca": "can", "sha": "shall"}


def _main_clause(verb: Token) -> bool:
    """Whether ``verb`` is the sentence's main predicate or a conjunct of it (not a verb of a
    recital's reported clause that the parser took for the root: "Believing that X will")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


#: Verbs of aiming whose negation over an undoing verb keeps the relation ("does not seek to
#: exclude anyone"); not "We're not going to give up on X" (a future kept: planned).
_AIMING_VERBS = frozenset({"seek", "intend", "aim", "want", "wish", "mean", "plan"})


def _verb_cues(verbs: list[Token], label: str, legal: bool = False) -> list[set[str]]:
    """The cues of each verb of a predicate's chain."""
    each: list[set[str]] = []
    reported = any(_lemma(v) in REPORT_VERBS for v in verbs[1:]) or (
        bool(verbs) and (_reported_conjunct(verbs[0]) or attributed(verbs[0]))
    )
    for verb in verbs:
        cues: set[str] = set()
        each.append(cues)
        if _owed_to(verb):
            continue  # "would not have been possible without our partners": they were there
        if discourse_future(verb, verbs):
            continue  # "Critics will say that ...", "I will not pretend that ...": the clause
        if free_of_choice(verb):
            # "does not need to choose between its partners": free of a choice, a hindrance
            # denied; "..., and it will not" adds a refusal to enter the rivalry
            if refuses_choice(verb):
                cues.add("negated")
            continue
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
        if (modals & NORMATIVE_MODALS or prohibition) and not _feeling_owed(verb):
            cues.add("normative")
        if "can" in modals and negation and _first_person_subject(verb):
            cues.add("normative")  # "We cannot allow Beijing to set the rules": must not
        elif (
            ("can" in modals or ("could" in modals and reported))  # backshifted in a report
            and negation
            and lemma == "afford"
            and _has_to_complement(verb)
        ):
            # "The Union cannot afford to rely on outside providers": a necessity whatever the
            # subject (not "could not afford the mission", a means lacking)
            cues.add("normative")
        if legal and modals & {"may", "can"}:
            cues.add("normative")  # a permission: "Any State may accede", "A Party may request"
        if legal and lemma == "agree" and verb.tag_ in {"VBP", "VBZ"} and _has_to_complement(verb):
            cues.add("normative")  # "The Parties agree to consult": an obligation
        if (
            legal
            and "will" in modals
            # a named party of a provision, not a clause a recital reports; a memorandum,
            # which avoids "shall", states every provision of its main clauses with "will"
            # ("The points of contact will meet once a year", "There will be no exchange of
            # funds", "Any disagreement ... will be referred to the heads of the agencies")
            and (_party_subject(verb) or verb.dep_ in {"ROOT", "conj"} and _main_clause(verb))
        ):
            cues.add("normative")  # "The Participants / NASA will exchange data": a provision
        if legal and (_granted_power(verb) or _stated_policy(verb)):
            cues.add("normative")  # "is authorized to", "It is the policy of X to": of an order
        if legal and (
            _responsible_for(verb)
            or (
                # a named party too, in a main clause, as with "will" ("CNSA and Roscosmos,
                # together with their partners, intend to use the station for ...")
                (_party_subject(verb) or verb.dep_ in {"ROOT", "conj"} and _main_clause(verb))
                and lemma in {"intend", "plan", "wish"}  # "Both parties wish to build ..."
                # a present, also one the tagger reads as a bare verb after its subject
                and (
                    verb.tag_ in {"VBP", "VBZ"}
                    or (verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children))
                )
                and _has_to_complement(verb)
            )
        ):
            # "Each Participant is responsible for ...", "The Participants intend to consult":
            # the wording of a memorandum's provisions
            cues.add("normative")
        if _no_choice_but(verb):
            cues.add("normative")  # "has no choice but to cooperate": a necessity
        if (
            _call(verb)
            or text_binds(verb)
            or softened_call(verb)
            or inability_alone(verb)
            or laid_duty(verb)  # "it places a duty on operators to share", "owes notice to"
            or reported_need(verb)  # "She said that a joint relay was needed"
            or advocated(verb)  # "We advocate win-win cooperation": a call for it
        ):
            cues.add("normative")  # "The two sides encourage their agencies to ...", "The
            # Accords ask the states that sign them to ...", "I would ask X to", "No country
            # can do this alone"
        if (
            lemma in NORMATIVE_VERBS
            and not _past(verb)  # "I called on other nations to join", "required help": a fact
            and not _yet_to(verb)  # "has yet to join": not done, no necessity
            # "Should the pact collapse, Europe would need a new provider": a need under a
            # condition is a possibility
            and not ("would" in modals and _conditional(verb))
            # "Any shared mission would need approval from Congress": the consequence of a
            # supposed case, a possibility (not under a report: "said X would need")
            and not supposed_need(verb, modals, reported)
            # "Congress could require NASA to consult its partners": an option put before a
            # legislature, a possibility (in a legal text "may" grants a permission)
            and (legal or not modals & {"could", "might", "may"})
            and (
                (_has_to_complement(verb) and (lemma != "have" or _to_infinitive(verb)))
                or (lemma in {"need", "require"} and _has_object(verb))
                or _to_purpose(verb)  # "call on China to refrain"
                or (lemma == "call" and split_call(verb))  # "call on X, and on Y ..., to join"
            )
        ):
            cues.add("normative")
        if verb.lower_ == "ought" and _has_to_complement(verb):
            cues.add("normative")  # "Policymakers ought to pursue ..." (read as a verb)
        if _planned_object(verb) or _scheduled(verb) or _welcomed_future(verb) or _toward(verb):
            cues.add("planned")  # "is planning a joint mission", "is slated for next year"
        elif under_negotiation(verb):
            cues.add("planned")  # "are under negotiation", "said it was negotiating with"
        elif noted_offer(verb):
            cues.add("planned")  # "took note of the offer of the UAE to host a conference"
        elif not legal and (instrument_provides(verb) or instrument_enables(verb)):
            cues.add("planned")  # "The memorandum also provides for a joint study", "lets X"
        elif applied_to_join(verb):
            cues.add("planned")  # "Ireland has applied to join the partnership": sought
        if _yet_to(verb):
            cues.add("negated")  # "has yet to join": not (yet) done
        if _conditional(verb) or ever_condition(verb):
            cues.add("conditional")  # "if", "unless"; "Whoever gets there first will ..."
        if negation and _ruled_out(verb):
            cues.add("hypothetical")  # "did not rule out cooperation": left open
        elif (
            negation
            and _reaches_relation(verb)
            and not _only_subject_reaches(verb)
            and not (label == "competition" and lemma in EXCLUSION_VERBS)
            and not _undoing(verb)
            and not demands_choice(verb)  # "does not ask any partner to choose": no hindrance
            and not aimed_at_no_one(verb)  # "is not directed against any third party"
            and not (not legal and modals & {"may", "might", "could"})  # "might not join": possible
        ):
            cues.add("negated")
        if (
            lemma in NEGATING_VERBS
            and verb.dep_ == "ROOT"
            and not refuses_nothing(verb)  # "cooperation has declined": a decrease
            # "We refuse to let China set the rules": in a competition claim the refusal to
            # allow or cooperate is the claim (an exclusion), not its denial
            and not (
                label == "competition"
                and any(
                    c.dep_ in {"xcomp", "advcl"} and _lemma(c) in _ALLOW_VERBS for c in children
                )
            )
            # "The two sides reject the attempts of certain states to ...": in a competition
            # claim, rejecting what another does is the opposition itself, not its denial
            and not (
                label == "competition"
                and lemma == "reject"
                and any(c.dep_ == "dobj" for c in children)
            )
            # "The two sides rejected any attempt to draw African states into exclusive
            # partnerships": an attempt of others rejected is an opposition in any claim
            # (seventeenth round), not a relation refused ("rejected the offer to join")
            and not (lemma == "reject" and rejects_attempt(verb))
        ):
            cues.add("negated")
        if without_condition(verb):
            cues.add("conditional")  # "Without closer coordination, they may duplicate ..."
        elif _without_relation(verb) or _denied_intention(verb):
            cues.add("negated")  # "without an agreement", "has no plans to work with China"
        if _recommended(verb):
            cues.add("normative")  # "We recommend that the agency partner with ..."
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
            # "said what Japan would do"; not a "that" read as a pronoun
            free_relative = any(c.tag_ in {"WP", "WDT"} and c.lower_ != "that" for c in children)
            if "would" in modals and (
                # "believe that Washington would ...", "any transfer would pose ...": a
                # prediction or the consequence of a supposed case, not a reported intention
                (reported and not free_relative and not predicted(verb, verbs))
                or _under_arrangement(verb)
                or _willing(verb)
            ):
                cues.add("planned")
            elif "would" in modals and later and not modals - {"would"}:
                pass  # "would later cooperate": what happened next in a narrative
            elif open_access(verb, modals, legal):
                pass  # "any country may take part": a platform's rule of access, in force
            elif modals - {"can"} or generic_ability(verb, modals, legal):
                cues.add("hypothetical")  # "may", "could"; "A state can join by signing"
        if (
            any(c.lower_ in HEDGE_ADVERBS for c in children)
            or _contemplated(verb)
            or contemplates_act(verb)  # "Japan is considering joining the mission"
            or weighs_offer(verb)  # "Kenya is studying proposals from both coalitions"
            or (verb.dep_ == "ROOT" and verb.tag_ == "VB" and _lemma(verb) in IMAGINE_VERBS)
        ):
            cues.add("hypothetical")
        if any(_lemma(c) in HYPOTHETICAL_NOUNS for c in children if c.dep_ in OBJECT_DEPS):
            cues.add("hypothetical")
        if lemma == "fear" and verb.tag_ in {"VBP", "VBZ"} and _has_object(verb):
            cues.add("hypothetical")  # "engineers fear a split in the standards": what may come
        if _possible(verb) or _open_question(verb):
            cues.add("hypothetical")  # "It is possible that ...", "discussed how X could"
        if at_risk(verb):
            cues.add("hypothetical")  # "cooperation is at risk of being split"
        if (
            _exhortation(verb)
            or invited_to_act(verb)  # "Partners are invited to do so through SCOSA"
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
        stance = stance_over(verb)
        if stance is not None:
            cues.add(stance)  # "convinced of the need to", "concerned about the possibility of"

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
            and not _instrument_purpose(verb)
            and (
                not _past(verb)
                or (lemma in PROMISE_VERBS and not _pluperfect(verb))
                or _reported_now(verb)  # "said it hoped to join": reported speech
            )
            # a courtesy is performed under a wish ("I want to add", "I'd like to thank"), not
            # under a plan ("ESA intends to add a second antenna")
            and not (_courtesy(verb) and lemma not in _PLANNING_PROPER)
        ):
            cues.add("planned")
        if verb.lower_ in {"going", "gon"} and _has_to_complement(verb):
            cues.add("planned")  # "we're going to", "we're gonna"
        if _got_to(verb):
            cues.add("normative")  # "we've got to", "we gotta"
        if _be_to(verb):
            cues.add("planned")  # "Brazil was to provide", "the station is to be assembled"
        if any(
            c.dep_ == "acomp" and c.lower_ in PLAN_ADJECTIVES and _plan_complement(c)
            for c in children
        ) or (verb.lower_ in PLAN_ADJECTIVES and _plan_complement(verb)):
            cues.add("planned")  # "We're excited to work with India", "ready to sign"
        if open_to_acting(verb):
            cues.add("planned")  # "remain open to working with partners from every region"
        if "planned" in cues and declared_undertaking(verb):
            # "Kenya declares that it will ...": a state's formal declaration binds it
            cues.discard("planned")
            cues.add("normative")
        if negation and lemma in _AIMING_VERBS and not modals and _undoing(verb):
            # "The project does not seek to exclude anyone": no intention to end or hinder the
            # relation is the relation kept, neither a plan nor a denial
            cues.discard("planned")
    return each


def _reported_conjunct(verb: Token) -> bool:
    """A clause coordinated with a clause reported under a verb of saying ("He wrote that the
    launch brought the station closer and that Russia would supply a power unit"): reported
    too, so its "would" is the future of the report, as in the first clause."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and _lemma(verb.head) in REPORT_VERBS


#: Verbs that put forward what should be done over a "that" clause ("We recommend that the
#: agency partner with ...", "The report urges that allies coordinate ...").
RECOMMEND_VERBS = _words("recommend urge propose suggest advise insist")


#: Of those, the verbs whose "that" clause is a subjunctive whatever its subject ("We recommend
#: that both coalitions adopt ...", "We propose that COPUOS set up ..."), where "suggests that the
#: partners are" may infer a fact.
MANDATIVE_VERBS = _words("recommend urge advise propose")


def _recommended(verb: Token) -> bool:
    """A recommendation in the present over a "that" clause whose verb is a bare subjunctive or
    has "should" ("This paper recommends that NATO expand ...", "We urge that the Parties
    should consult ..."), or over a noun ("recommends closer cooperation"): a norm. In the past it reports a recommendation made ("The panel
    recommended that ..."), and an indicative clause ("suggests that China is ...") is an
    inference, not a call."""
    if _lemma(verb) not in RECOMMEND_VERBS or verb.tag_ not in {"VBP", "VBZ"}:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if _lemma(verb) == "recommend" and any(c.dep_ == "dobj" for c in verb.children):
        return True  # "This paper recommends closer cooperation with India", like "call for"
    for c in verb.children:
        if c.dep_ != "ccomp" or not any(m.lower_ == "that" for m in c.children if m.dep_ == "mark"):
            continue
        modals = {a.lower_ for a in c.children if a.dep_ in {"aux", "auxpass"}}
        if modals & {"should", "must"}:
            return True
        subject = next((s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}), None)
        # a bare verb after a third-person singular subject, or any bare "be": a subjunctive
        if c.tag_ == "VB" and not modals:
            return True
        if c.tag_ == "VBP" and subject is not None and subject.tag_ in {"NN", "NNP"} and not modals:
            return True  # "recommends that NATO expand": tagged as a present plural
        if c.tag_ == "VBP" and not modals and _lemma(verb) in MANDATIVE_VERBS:
            return True  # "We recommend that both coalitions adopt": no indicative follows
        if c.tag_ in {"NN", "NNS"} and not modals and _lemma(verb) in MANDATIVE_VERBS:
            # "recommends that the Agency publish, before the end of the year, a plan": a bare
            # subjunctive cut from its object by a phrase, which the tagger reads as a noun (a
            # "that" clause headed by a noun can only be such a misread verb)
            return True
        if _lemma(verb) in MANDATIVE_VERBS and not modals - {"be"} and _subjunctive_form(c):
            return True  # "recommends that the Government set up", "that links be kept open"
    return False


def _subjunctive_form(verb: Token) -> bool:
    """A clause verb under a verb of recommending that only a subjunctive explains: a passive
    with a bare "be" ("recommends that existing links be kept open"), or a past tag on a verb
    whose past is its bare form, with no auxiliary ("recommends that the Government set up an
    office": "set", "put", "cut" read as past)."""
    auxes = [a for a in verb.children if a.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBN" and any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes):
        return True
    return verb.tag_ == "VBD" and not auxes and verb.lower_ == _lemma(verb)


#: Adjectives of a feeling that "should" / "must" asks of the audience ("We should all be proud
#: of what our partnership has achieved"): a courtesy over a fact, not a norm for the relation.
FEELING_ADJECTIVES = _words("proud grateful thankful pleased happy glad delighted honored honoured")


def _feeling_owed(verb: Token) -> bool:
    """A copula under "should" / "must" whose complement is a feeling ("should be proud of",
    "must be grateful to our partners"): the relation it is about is stated, not required."""
    return (_lemma(verb) == "be" or verb.lower_ == "be") and any(
        c.dep_ == "acomp" and c.lower_ in FEELING_ADJECTIVES for c in verb.children
    )


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


#: Instruments, documents and measures taken whose stated purpose is no plan of anyone's ("The
#: guidelines are intended to support States ...", "The agreement is intended to facilitate
#: exchanges", "These actions are designed to expand collaboration").
INSTRUMENT_NOUNS = _words("""
    guideline principle accord agreement treaty convention protocol framework recommendation
    provision measure document report resolution memorandum charter code arrangement
    declaration statement regulation rule standard action initiative step
""")


def _instrument_purpose(verb: Token) -> bool:
    """A passive "is intended / aimed / designed to" whose subject is an instrument or a document: what
    the text is for (asserted, like "the aim of the mission is to"), not an intention of its
    parties ("We intend to", "The station is intended to launch in 2027" stay planned)."""
    if _lemma(verb) not in {"intend", "aim", "design"} or verb.tag_ != "VBN":
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}]
    return any(_lemma(c) in INSTRUMENT_NOUNS for c in subjects)


def _plan_complement(adjective: Token) -> bool:
    """Whether an adjective of readiness or eagerness has a complement that looks ahead ("excited
    to work with India", "ready to sign"), not one of what is under way or done ("excited to be
    working with India", "proud to have partnered with Japan"): a progressive or perfect
    infinitive states the relation."""
    complements = [c for c in adjective.children if c.dep_ in {"xcomp", "ccomp"}]
    if not complements:
        return False
    return not all(
        (c.tag_ == "VBG" and any(a.dep_ == "aux" and _lemma(a) == "be" for a in c.children))
        or (c.tag_ == "VBN" and any(a.dep_ == "aux" and _lemma(a) == "have" for a in c.children))
        for c in complements
    )
