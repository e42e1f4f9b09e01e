"""An aim put as "if X is to do Y" (ANNOTATION_GUIDE.md, "Modality by register"; twenty-second
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
