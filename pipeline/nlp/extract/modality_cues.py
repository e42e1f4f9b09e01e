"""The cues of one verb for the modality rules (``modality.find_modality``): negation and its
scope, conditions, plans, calls, courtesy formulas, tense; pure functions over a parsed token."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.copula_norms import COPULA as _COPULA
from pipeline.nlp.extract.modality_access import aiming_now as _aiming_now
from pipeline.nlp.extract.modality_access import lasting_as_long
from pipeline.nlp.extract.modality_discourse import share_lacks, speakers_body
from pipeline.nlp.extract.modality_purposes import aim_if, aim_of, rivalry_metaphor
from pipeline.nlp.extract.modality_scope import more_than as _more_than
from pipeline.nlp.extract.modality_scope import sets_conditions as _sets_conditions
from pipeline.nlp.extract.modality_scope import standing_exception as _standing_exception
from pipeline.nlp.extract.modality_words import (
    _BULLETS,
    _HAVE_FORMS,
    _ROMAN,
    AIM_NOUNS,
    ARRANGEMENT_NOUNS,
    CALL_NOUNS,
    CALL_VERBS,
    CALLER_NOUNS,
    CONDITIONAL_MARKS,
    COURTESY_VERBS,
    DEPENDENCE_WORDS,
    DOUBT_NOUNS,
    EXHORTATION_VERBS,
    EXISTENCE_VERBS,
    EXPLORED_NOUNS,
    FUTURE_MODIFIERS,
    HYPOTHETICAL_VERBS,
    IMAGINE_VERBS,
    INSTRUMENT_NOUNS,
    NECESSITY_NOUNS,
    NEGATION_IDIOMS,
    OPENING_VERBS,
    PLANNED_NOUNS,
    PLANNING_VERBS,
    POSSIBILITY_ADJECTIVES,
    PURPOSE_NOUNS,
    RELATION_PREPS,
    REPEAT_VERBS,
    SCHEDULE_PARTICIPLES,
    SEEK_VERBS,
    STANCE_VERBS,
    STRESS_VERBS,
    UNDOING_VERBS,
    WILLING_ADJECTIVES,
)
from pipeline.nlp.extract.parse_words import (
    OBJECT_DEPS,
    RELATION_NOUNS,
    RELATION_VERBS,
    SUBJECT_DEPS,
)
from pipeline.nlp.extract.parse_words import lemma as _lemma


def _undoing(verb: Token) -> bool:
    """ "does not end the cooperation", "will not give up on diplomacy", "are not going to
    abandon our partners": the negated verb, or the complement it negates, ends a relation."""
    current = verb
    for _ in range(3):
        if _verb_in(current, UNDOING_VERBS) or _sets_conditions(current):
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


def _third_person_form(verb: Token) -> bool:
    """A capitalised opening verb in the third person read as a bare form ("Reaffirms",
    "Notes", "Welcomes" of a resolution's paragraph): not an imperative ("Discuss", "Focus",
    "Address" end in "s" too, but not as an ending)."""
    low = verb.lower_
    return (
        verb.text[:1].isupper()
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and len(low) > 3
    )


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
        if _third_person_form(verb):
            return False  # "Reaffirms its commitment to ...": a resolution's verb, not a command
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


def _bulleted(doc: Doc) -> bool:
    """The sentence is a bulleted item ("• enhance supply chain ties among allies."): the last
    item of a list of duties ends with a full stop."""
    return len(doc) > 1 and doc[0].text in _BULLETS


def _opening_adverbs(doc: Doc, start: int, end: int) -> bool:
    """Only discourse adverbs and conjunctions before ``end`` ("So", "Now,", "And", "Together,")."""
    between = doc[start:end]
    return 0 < len(between) <= 4 and all(
        t.is_punct or t.dep_ in {"advmod", "cc", "intj", "npadvmod", "discourse"} for t in between
    )


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


#: Adverbs of degree that make an adjective a comparison ("more important", "so close").
_DEGREE = frozenset({"more", "less", "so", "as"})


def _negation(verb: Token) -> bool:
    """ "not", "never", "no longer", or a negative subject or object ("no cooperation"); not a
    comparison ("has never been stronger", "no better partner"), which asserts."""
    if any(
        c.dep_ in {"acomp", "advmod"}
        and (
            (c.tag_ in {"JJR", "RBR"} and c.lower_ != "longer")
            # "has never been more important", "never been so close"
            or (c.dep_ == "acomp" and any(a.lower_ in _DEGREE for a in c.children))
        )
        for c in verb.children
    ):
        return False
    state = _lemma(verb) in {"be", "have"} or verb.lower_ in _COPULA | _HAVE_FORMS
    if state and any(
        c.dep_ in {"dobj", "attr"}
        and any(a.dep_ == "amod" and a.tag_ in {"JJR", "JJS"} for a in c.children)
        for c in verb.children
    ):
        return False  # "We have never had a stronger partner", "There has never been a closer tie"
    for c in verb.children:
        if c.dep_ == "neg" and _more_than(c):
            continue  # "is not just a science agreement", "not only trades but ...": more
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
        if _negative_argument(c) and _lemma(c) not in NEGATION_IDIOMS:
            if c.dep_ in OBJECT_DEPS and share_lacks(verb):
                continue  # "many signatories have no hardware on Artemis": a share described
            return True
    return False


def _reaches_relation(verb: Token, depth: int = 3) -> bool:
    """Whether the negated predicate is about a relation: the verb or a word of its core
    (objects, complements, prepositional objects, up to ``depth`` steps) is a relation word."""
    if _lemma(verb) in RELATION_VERBS | DEPENDENCE_WORDS | RELATION_NOUNS or rivalry_metaphor(verb):
        return True  # a relation word, or its figure ("is not a zero-sum game")
    if depth == 3 and any(
        c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in INSTRUMENT_NOUNS for c in verb.children
    ):
        return True  # "had not yet concluded the implementing arrangement" (its own object)
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
        and not lasting_as_long(doc, c.i + 2)  # "as long as we can", "as long as possible"
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
            m.dep_ == "mark"
            and m.lower_ in CONDITIONAL_MARKS
            and not _even(m)
            and not _standing_exception(verb, c, m)
            and not aim_if(c, m)  # "are needed if we are to keep ...": an aim, no condition
            for m in c.children
        )
        for c in verb.children
    ) or _inverted_conditional(verb)


def _even(tok: Token) -> bool:
    """ "even if", "even without": a concession."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "even"


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
    refrain", "Desiring to promote"), or an aim put as "if X is to" ("are needed if we are to")."""
    return aim_of(verb) or any(
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
            # the modal opening the sentence is the clause's head when the parser misreads
            # its verb as a noun ("Should the partnership collapse, ...")
            if first.lower_ in {"had", "were", "should"} and (first.head == c or first == c):
                return True
    return False


def _pluperfect(verb: Token) -> bool:
    """ "had pledged to": a past plan."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _call(verb: Token) -> bool:
    """A call in the present on an addressee: "The two sides encourage their agencies to deepen
    ...", "I invite every nation to join", "The leaders call for closer cooperation"."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"am", "'m", "’m", "are", "'re", "’re", "is"}
        for c in verb.children
    )  # "I am asking our allies to ..."
    if verb.tag_ not in {"VBP", "VBZ"} and not progressive:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = _lemma(verb)
    if lemma == "call":
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if lemma in REPEAT_VERBS:
        # "We reiterate our call on Russia to withdraw", "renew their appeal for talks"
        return any(
            c.dep_ in OBJECT_DEPS
            and _lemma(c) in CALL_NOUNS
            and any(a.dep_ == "prep" and a.lower_ in {"on", "upon", "for"} for a in c.children)
            for c in verb.children
        )
    if lemma not in CALL_VERBS or not _has_object(verb):
        return False
    if not _to_infinitive(verb):
        # "The leaders encourage the participation of universities": the speakers' call over
        # a noun (not "The program encourages cooperation", what a thing fosters)
        return (
            lemma == "encourage"
            and subject is not None
            and (
                _lemma(subject) in CALLER_NOUNS
                or subject.lower_ in CALLER_NOUNS
                or (subject.pos_ == "PROPN" and any(c.dep_ == "conj" for c in subject.children))
            )
        )
    # "I invite", "My delegation invites": the speaker's own call
    return lemma == "encourage" or speakers_body(subject)


def _stated_aim(verb: Token) -> bool:
    """A goal stated by its owner: "Our goal is to land with our partners", "NASA's aim is to
    ...", "My hope is that more nations will sign": a target, planned (not "The aim of the
    mission is to ...", which defines a purpose)."""
    if verb.lower_ not in _COPULA - {"been", "being"} and _lemma(verb) != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and verb.dep_ == "advcl" and verb.head.pos_ == "NOUN":
        subject = verb.head  # "Our purpose as partners is to ...": the noun read as the root
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
    if _in_doubt(verb):
        return True
    if (
        _lemma(verb) not in {"be", "seem", "appear", "remain", "look"}
        and verb.lower_ not in _COPULA
    ):
        return False
    return any(
        c.dep_ in {"acomp", "oprd"} and _lemma(c) in POSSIBILITY_ADJECTIVES for c in verb.children
    )


def _in_doubt(verb: Token) -> bool:
    """ "Continued cooperation has been called / put into question", "the deal remains in
    doubt", "cast doubt on the partnership": the relation is put in doubt, a possibility."""
    lemma = _lemma(verb)
    if lemma == "cast":
        return any(c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) == "doubt" for c in verb.children)
    preps = {"call": "into", "put": "into", "bring": "into", "throw": "into", "be": "in"}
    preps |= {"remain": "in", "hang": "in"}
    return lemma in preps and any(
        c.dep_ == "prep"
        and c.lower_ == preps[lemma]
        and any(o.dep_ == "pobj" and _lemma(o) in DOUBT_NOUNS for o in c.children)
        for c in verb.children
    )


def _under_arrangement(verb: Token) -> bool:
    """ "Under the agreement, JAXA would provide the rover", "The partnership would allow
    Japanese scientists to ...": what an arrangement provides (not "a deal would help", an
    arrangement that does not exist yet)."""
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
    if not perfect and any(  # "the deal would have given ...": a counterfactual
        c.dep_ in SUBJECT_DEPS
        and _lemma(c) in ARRANGEMENT_NOUNS - {"plan"}
        and any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in c.children)
        for c in verb.children
    ):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "under"
        and any(o.dep_ == "pobj" and _lemma(o) in ARRANGEMENT_NOUNS for o in c.children)
        for c in verb.children
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
    # "are exploring opportunities for ...", not "explore the Moon together", nor a listed
    # activity without a subject ("- Exploring opportunities for ...", in a fact sheet)
    explored = (
        _lemma(verb) == "explore"
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and any(
            c.dep_ == "dobj" and (_lemma(c) in EXPLORED_NOUNS or _relation_object(c, verb))
            for c in verb.children
        )
    )
    if _lemma(verb) not in HYPOTHETICAL_VERBS and not explored:
        return False
    if (
        verb.tag_ == "VBG"
        and verb.i == _first_word(verb.doc)
        and not any(c.dep_ in SUBJECT_DEPS | {"aux"} for c in verb.children)
    ) or any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children):
        # "Considering the long tradition of ...,", "Having considered the report,": a recital
        # or an opening phrase, not a relation under consideration
        return False
    if _promised(verb):
        return False  # "We will consider opportunities for joint efforts": a plan to explore
    return not any(c.dep_ in {"ccomp", "oprd", "xcomp"} for c in verb.children)


def _relation_object(noun: Token, verb: Token) -> bool:
    """ "are exploring a joint mission", "explore a partnership with Japan": a relation or a
    joint undertaking explored in the present is contemplated (not "explored the Moon together",
    nor a past exploration)."""
    if _past(verb) or noun.pos_ == "PROPN":
        return False
    return _lemma(noun) in RELATION_NOUNS or any(
        a.dep_ == "amod" and a.lower_ in {"joint", "cooperative", "possible", "potential"}
        for a in noun.children
    )


def _promised(verb: Token) -> bool:
    """Whether ``verb`` is under "will" or "shall": its own, that of the verb it is coordinated
    with, or that of the verb whose complement it is ("will continue to act ... and consider
    ...")."""
    node = verb
    for _ in range(4):
        if any(
            c.dep_ == "aux" and c.lower_.replace("’", "'") in {"will", "'ll", "shall"}
            for c in node.children
        ):
            return True
        if node.dep_ not in {"conj", "xcomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _past_clause(verb: Token) -> bool:
    """ "We hope you enjoyed working with us": the hoped clause is past, no plan."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(_past(c) for c in clauses)


def _planned_object(verb: Token) -> bool:
    """ "The agency is planning a joint mission", "NASA plans a lander with ESA", "We seek a
    partnership that ...", "The two countries aim for a network of partnerships": a plan or aim
    over a noun, not in the past."""
    if (
        _lemma(verb) == "aim"
        and (verb.tag_ in {"VBP", "VBZ", "VB"} or _aiming_now(verb))  # "are aiming for"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    ):
        return True
    return (
        _verb_in(verb, PLANNING_VERBS | SEEK_VERBS)
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


def _welcomed_future(verb: Token) -> bool:
    """ "The leaders welcomed the upcoming visit of ...", "support the planned joint mission":
    what is welcomed is still to come (not "welcomed the recent visit")."""
    if not _verb_in(verb, STANCE_VERBS):
        return False
    return any(
        c.dep_ == "dobj"
        and (
            any(m.dep_ == "amod" and m.lower_ in FUTURE_MODIFIERS for m in c.children)
            # "welcomed plans for a joint mission", "support the proposal to build"
            or _lemma(c) in PLANNED_NOUNS
        )
        for c in verb.children
    )


def _toward(verb: Token) -> bool:
    """ "The two countries are working toward an agreement": a target, unless in the past."""
    return (
        _lemma(verb) == "work"
        and not _past(verb)
        and any(c.dep_ == "prep" and c.lower_ in {"toward", "towards"} for c in verb.children)
    )
