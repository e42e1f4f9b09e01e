"""An aim put as "if X is to do Y", a party's formal declaration, a rivalry named by its figure
and a parenthetical attribution (ANNOTATION_GUIDE.md, "Modality by register"; twenty-second
round, from the misses of the blind documents held out in the twenty-first round).

"Both parts are needed if we are to keep our partners close", "Partners are needed if Europe is
to keep pace with China": an "if" clause whose verb is "be" with a "to" infinitive names the aim
that the main clause serves (in order that X do Y, a requirement for a goal), not a condition
on the claim. The main clause decides (a need stays a norm); "Both parts are needed if the
talks fail" stays a condition (hypothetical).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.extract.parse_words import lemma as _lemma


def aim_if(clause: Token, mark: Token) -> bool:
    """Whether the adverbial ``clause`` marked by ``mark`` is "if X is / are to do Y"."""
    return (
        mark.lower_ == "if"
        and _lemma(clause) == "be"
        and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in clause.children)
    )


def aim_of(verb: Token) -> bool:
    """Whether ``verb`` has an "if X is to do Y" clause: the aim it serves, like a purpose
    infinitive ("are needed to keep pace" and "are needed if Europe is to keep pace")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and aim_if(c, m) for m in c.children)
        for c in verb.children
    )


#: Pronouns of the speakers, whose "We declare that we will" is a joint statement's plan.
_SPEAKERS = frozenset({"i", "we"})


def declared_undertaking(verb: Token) -> bool:
    """Whether ``verb`` is (a conjunct of) the clause of a party's formal declaration in the
    present, third person ("The Argentine Republic declares that it will send its notifications
    through CONAE", "Kenya further declares that it intends to request assistance"): the
    declaration a state makes upon signing or ratifying a treaty, which a depositary records
    and which binds its maker, so its future or intention is an undertaking (normative), not a
    plan; a past "declared that it would" (a report) and the speakers' "We declare that we will"
    stay plans."""
    clause = verb
    while clause.dep_ in {"conj", "xcomp"} and clause.head is not clause:
        clause = clause.head
    head = clause.head
    if clause.dep_ != "ccomp" or head is clause or _lemma(head) != "declare":
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return (
        head.tag_ == "VBZ"
        and subject is not None
        and subject.lower_ not in _SPEAKERS
        and subject.tag_ in {"NNP", "NNPS", "NN"}
    )


def rivalry_metaphor(word: Token) -> bool:
    """Whether ``word`` names a rivalry by its usual figure: a "zero-sum" game (also split by
    the tokenizer into "zero", "-", "sum"), so that "Space is not a zero-sum game" is the
    disavowal of a rivalry the guide lists (round 19: competition, negated)."""
    if _lemma(word) not in {"game", "contest", "competition"}:
        return False
    words = [t.lower_ for t in word.doc[max(word.i - 3, 0) : word.i]]
    return "zero-sum" in words or any(
        a == "zero" and c == "sum" for a, c in zip(words, words[2:], strict=False)
    )


#: Verbs of a parenthetical attribution ("..., she said, ...", "..., he added").
_ATTRIBUTING = frozenset({"say", "add", "tell", "note", "explain", "state", "indicate", "report"})


def attributed(verb: Token) -> bool:
    """Whether ``verb`` reports what someone said: a parenthetical attribution in the past
    hangs on it ("The country would keep talking to NASA, she said, but ...", the summary style
    of a meeting report), or an "according to" names the source ("According to the director,
    the Agency could not afford to ..."). Its "would" is then the future of the report, and its
    "could not" the backshift of "cannot"."""
    return any(
        (c.dep_ == "parataxis" and c.tag_ == "VBD" and _lemma(c) in _ATTRIBUTING)
        or (c.dep_ == "prep" and c.lower_ == "according")
        for c in verb.children
    )
