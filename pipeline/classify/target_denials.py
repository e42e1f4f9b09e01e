"""A target denied: the formula, the bonds it can deny a target of, and a hostility denied.

"Our cooperation is not directed against any third country", "the act is not aimed at any
partner", "the drills are not directed against anyone": the formula denies that something has a
target. The guide (decision of the nineteenth round) reads it by its subject. A relation (a
cooperation, a partnership, an agreement or its signature, taking part) stands: cooperation,
asserted, which :mod:`pipeline.classify.denied_target` lifts. A measure of one actor told
without a relation (a law, an act, a rule, a regulation, a doctrine, a strategy, an exercise,
drills, a test, a programme's own name) has a hostility denied: a competition claim, negated,
like "we are not in a race with anybody" (:func:`denies_hostility`, the form ``disavowed`` of
:mod:`pipeline.classify.rivalry_rule`). Blind dev (twentieth round): the one such sentence, a
Commission's reply that its act "is not aimed at any partner", was called neutral, because
:mod:`pipeline.classify.rival_senses` read every formula as a false friend of rivalry.

The formula (:data:`NO_TARGET`) is shared by the false-friend senses, the lift and the form,
so the three read the same words. This module imports the cue lists only.
"""

from __future__ import annotations

import re

from pipeline.classify.cue_words import cue_counts

#: A target denied: the relation is aimed at no one ("not directed against any third party").
NO_TARGET = re.compile(
    r"\b(?:not|never|nor)\s+(?:\w+\s+){0,2}?(?:directed|aimed|targeted|targeting|an\s+act|"
    r"an\s+alliance|a\s+bloc)\s+(?:at|against)\s+(?:any|anyone|anybody|a\s+third|third)\b"
    r"(?:\s+(?:third\s+)?(?:countr(?:y|ies)|part(?:y|ies)|states?|nations?|one))?"
    r"|\b(?:does|do|did|will|would)\s+not\s+(?:\w+\s+)?(?:seek|intend|mean|want|aim)\w*\s+to\s+"
    r"(?:exclude|target|isolate)\s+(?:any|anyone|anybody)\b(?:\s+(?:countr(?:y|ies)|part(?:y|ies)|"
    r"states?|nations?|one))?"
)
#: Nouns of a bond or an instrument that the cooperation cues do not hold ("signature" is not
#: "sign"), and working with another: the thing whose target is denied.
BOND = re.compile(
    r"\b(?:signatures?|partnerships?|networks?|ties|relations(?:hip)?s?|friendship|"
    r"initiatives?|arrangements?|frameworks?|coalitions?|consortium|consortia|links?|"
    r"cooperation|collaboration|engagement|participation|work(?:s|ed|ing)?\s+(?:together|with)|"
    r"(?:its|our|their|his|her|your)\s+(?:own\s+)?part\s+in)\b"
)
#: A measure of one actor: what a denied hostility is said of.
_MEASURE = re.compile(
    r"\b(?:act|law|laws|bill|rule|rules|regulations?|directive|doctrine|strategy|policy|"
    r"exercises?|drills?|tests?|deployment|measures?|sanctions?|controls?|restrictions?|"
    r"ent(?:program|mission))\b"
)


def denies_hostility(text: str) -> bool:
    """Whether the masked sentence ``text`` denies that a measure of one actor has a target, with
    no relation named beside it (the module docstring): a competition claim, negated."""
    low = " ".join(str(text).lower().split())
    hit = NO_TARGET.search(low)
    if not hit or not _MEASURE.search(low[: hit.start()]):
        return False
    # the target denied ("any partner") names no relation
    rest = re.sub("(?:" + NO_TARGET.pattern + r")(?:\s+[\w'’-]+){0,3}", " ", low)
    return not (cue_counts(rest)["cooperation"] or BOND.search(rest))


__all__ = ["BOND", "NO_TARGET", "denies_hostility"]
