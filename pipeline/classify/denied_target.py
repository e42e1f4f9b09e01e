"""A relation whose target is denied is a cooperation claim (issue 12, eighteenth round).

Diplomatic prose in every register states a bond and, in the same breath, denies that it is
aimed at anyone: "our cooperation is not directed against any third country", "the signature
was not directed against any country", "the partnership is not an act against anyone", "the
network does not seek to exclude anyone". The annotation guide reads the formula as the
relation that stands (its modality table: "a denied target ... not negated"), and the blind
writers mark such sentences cooperation in every family that has them (agreements, news,
papers, statements, whitepapers). The masked TF-IDF heads see the words of opposition
("against", "directed") beside the bond and leave the cooperation head under its threshold;
:func:`pipeline.classify.rival_senses.only_false_friends` already keeps the competition head
down for the same formula.

:func:`is_denied_target_relation` recognises a sentence that has the formula (the pattern of
``rival_senses``), names a relation as its subject matter (a cooperation cue of
``cue_words`` or a noun of a bond or an instrument: signature, partnership, network ...) and
keeps no rivalry once the formula is set aside (no competition or rivalry word, no rivalry
form): "is not directed against any third party and does not seek to compete with other
initiatives" still names a competition and is left to the heads. A formula with no relation
beside it ("the drills are not directed against anyone", "the law is not aimed at any
partner") is left alone too. :func:`raise_denied_target` lifts the cooperation head of such a
sentence to just over its threshold (a higher head is kept), as the enacting-formula rule of
:mod:`pipeline.classify.instrument_lines` does.

It reads the masked sentence (``entcountry``, ``entagency``, ...), as the classifier does.
This module imports NumPy, the cue lists, the false-friend senses and the rivalry forms only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.cue_words import cue_counts
from pipeline.classify.head_lifts import lift_cooperation_head
from pipeline.classify.rival_senses import NO_TARGET, STILL_RIVAL
from pipeline.classify.rivalry_rule import rivalry_forms

#: Nouns of a bond or an instrument that the cooperation cues do not hold ("signature" is not
#: "sign"), and working with another: the thing whose target is denied.
_BOND = re.compile(
    r"\b(?:signatures?|partnerships?|networks?|ties|relations(?:hip)?s?|friendship|"
    r"initiatives?|arrangements?|frameworks?|coalitions?|consortium|consortia|links?|"
    r"cooperation|collaboration|engagement|work(?:s|ed|ing)?\s+(?:together|with))\b"
)
#: The formula with the target it denies ("any partner", "any State or programme"): a word of
#: cooperation in the target names no relation.
_DENIAL_AND_TARGET = re.compile("(?:" + NO_TARGET.pattern + ")" + r"(?:\s+[\w'’-]+){0,3}")


def is_denied_target_relation(text: str) -> bool:
    """Whether the masked sentence ``text`` states a relation and denies that it has a target
    (see the module docstring)."""
    low = " ".join(str(text).lower().split())
    if not NO_TARGET.search(low):
        return False
    rest = _DENIAL_AND_TARGET.sub(" ", low)
    if STILL_RIVAL.search(rest) or rivalry_forms(text):
        return False
    return bool(cue_counts(rest)["cooperation"] or _BOND.search(rest))


def raise_denied_target(
    texts: Sequence[str], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every relation with a
    denied target raised to just over ``threshold_cooperation`` (a higher head is kept)."""
    return lift_cooperation_head(texts, probs, threshold_cooperation, is_denied_target_relation)


__all__ = ["is_denied_target_relation", "raise_denied_target"]
