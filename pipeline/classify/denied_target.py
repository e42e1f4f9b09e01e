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

Two more forms of the same reading (twentieth round). Taking part is a bond too: "its part in
lunar exploration is civil and is not directed against any country", "our participation ... is
not aimed at anyone" (``_BOND``). And **a choice not asked of partners** (the guide's decision
of the eighteenth round: exclusion denied states the actor's openness, a cooperation claim):
"we will never ask you to choose", "will not ask any of its members to pick one lunar programme
over the other" (the pattern of ``rival_senses``, which already keeps the competition head down)
is lifted the same way, unless a rivalry or a pressure is named beside it once the denied choice
is set aside ("... but entcountry presses them to take sides" keeps its claim). Blind dev: 3
such sentences in three documents of three families (statements, whitepapers) were called
neutral.

It reads the masked sentence (``entcountry``, ``entagency``, ...), as the classifier does.
This module imports NumPy, the cue lists, the false-friend senses and the rivalry forms only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.cue_words import cue_counts
from pipeline.classify.head_lifts import lift_cooperation_head
from pipeline.classify.rival_senses import NO_CHOICE, NO_TARGET, STILL_RIVAL
from pipeline.classify.rivalry_rule import rivalry_forms
from pipeline.classify.target_denials import BOND as _BOND

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


#: The choice denied must be one between sides: choosing, picking, taking sides, favouring, or
#: giving up a partner or a programme ("would not require either coalition to give up its own
#: rules" denies a cost, not a choice between sides).
_CHOICE_OF_SIDES = re.compile(
    r"\b(?:choose|pick|take\s+sides|favou?r)\b|\bgive\s+up\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:partners?|programmes?|programs?|coalitions?|camps?|sides?|one|ent(?:country|agency|"
    r"program))\b",
    re.IGNORECASE,
)


def is_choice_not_asked(text: str) -> bool:
    """Whether the masked sentence ``text`` denies asking partners to choose between sides, with
    no rivalry or pressure named beside the denial (see the module docstring)."""
    hit = NO_CHOICE.search(text)
    if not hit or not _CHOICE_OF_SIDES.search(hit.group(0)):
        return False
    rest = NO_CHOICE.sub(" ", text)
    return not (STILL_RIVAL.search(rest.lower()) or rivalry_forms(rest))


def _lifted(text: str) -> bool:
    return is_denied_target_relation(text) or is_choice_not_asked(text)


def raise_denied_target(
    texts: Sequence[str], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every relation with a
    denied target, and of every choice not asked of partners, raised to just over
    ``threshold_cooperation`` (a higher head is kept)."""
    return lift_cooperation_head(texts, probs, threshold_cooperation, _lifted)


__all__ = ["is_choice_not_asked", "is_denied_target_relation", "raise_denied_target"]
