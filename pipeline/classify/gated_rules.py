"""The rules that run after the relation gate, in order, for the classifier and the predictor.

Each names a form of line that the masked TF-IDF heads misread and that the relation gate
(:mod:`pipeline.classify.relation_gate`) would otherwise keep from both heads or leave as it
is: arms-control talks advocated (:mod:`pipeline.classify.disarmament_forms`) and a delegation
aligning itself with a group's statement (:mod:`pipeline.classify.group_alignment`), first, as
they alone read the competition threshold; lines of an instrument (its enacting formula, a side's
lead-in, joint bodies, the testimonium, final clauses: :mod:`pipeline.classify.instrument_lines`), a bond whose target is
denied (:mod:`pipeline.classify.denied_target`), provisions of shared access, of no passing on
and of one side giving the other (:mod:`pipeline.classify.shared_provisions`), the signing of
an instrument told with its signers (:mod:`pipeline.classify.signing_acts`), a partner leaving a
station or a programme (:mod:`pipeline.classify.departures`), a pledge of restraint shared,
followed or joined (:mod:`pipeline.classify.shared_pledges`), a joint body's next meeting
(:mod:`pipeline.classify.joint_meetings`); then the caps of
lines that name the sides but make no claim: an instrument's definitions
(:mod:`pipeline.classify.instrument_definitions`), its limits on what it obliges
(:mod:`pipeline.classify.obligation_limits`), thanks for hospitality
(:mod:`pipeline.classify.courtesy_lines`) and a transcript's chair or presenter running the
meeting (:mod:`pipeline.classify.turn_furniture`), last so that no lift undoes them. The classifier
(``ClaimClassifier.predict_heads``) and the NumPy predictor (``Predictor.predict_heads``) both
call :func:`apply_gated_rules`, so a run and ``spaceclaims evaluate`` read the same rules.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pipeline.classify.courtesy_lines import cap_courtesy_lines
from pipeline.classify.denied_target import raise_denied_target
from pipeline.classify.departures import raise_departures
from pipeline.classify.disarmament_forms import raise_arms_talks
from pipeline.classify.group_alignment import raise_group_alignment
from pipeline.classify.instrument_definitions import cap_definitions
from pipeline.classify.instrument_lines import instrument_lines
from pipeline.classify.joint_meetings import raise_joint_meetings
from pipeline.classify.obligation_limits import cap_obligation_limits
from pipeline.classify.shared_pledges import raise_shared_pledges
from pipeline.classify.shared_provisions import raise_shared_provisions
from pipeline.classify.signing_acts import raise_signing_acts
from pipeline.classify.turn_furniture import cap_turn_furniture


def apply_gated_rules(
    texts: Sequence[str],
    probs: np.ndarray,
    threshold_cooperation: float,
    threshold_competition: float | None = None,
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``, after every rule of the module docstring;
    only the cooperation head is changed. ``threshold_competition`` (when given) keeps the
    arms-talks and alignment lifts off sentences the competition head already reads as
    competition."""
    probs = raise_arms_talks(texts, probs, threshold_cooperation, threshold_competition)
    probs = raise_group_alignment(texts, probs, threshold_cooperation, threshold_competition)
    for rule in (
        instrument_lines,
        raise_denied_target,
        raise_shared_provisions,
        raise_signing_acts,
        raise_departures,
        raise_shared_pledges,
        raise_joint_meetings,
        cap_definitions,
        cap_obligation_limits,
        cap_courtesy_lines,
        cap_turn_furniture,
    ):
        probs = rule(texts, probs, threshold_cooperation)
    return probs


__all__ = ["apply_gated_rules"]
