"""Lifting (or capping) the cooperation head of lines that a named form marks as cooperation
claims (or as no claim).

Several run-time rules (a bond whose target is denied, provisions of shared access) name a form
that the masked TF-IDF heads under-read and lift its cooperation head to just over the
threshold, so that the label changes but the head's ranking among claims stays the model's. A
head already over that floor is kept: the rule only ever raises. Others (courtesy lines, an
instrument's definitions) name a form that is no claim and cap the head just under the
threshold, only ever lowering it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

#: How far over the cooperation threshold a lifted head is set.
OVER = 0.05
#: How far under the cooperation threshold a capped head is set.
BELOW = 1e-3


def lift_cooperation_head(
    texts: Sequence[str],
    probs: np.ndarray,
    threshold_cooperation: float,
    applies: Callable[[str], bool],
    *,
    over: float = OVER,
    unless_competition: float | None = None,
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every text for
    which ``applies`` holds raised to ``threshold_cooperation + over`` (a higher head is kept);
    the competition head is never changed. With ``unless_competition`` (the competition
    threshold), a text whose competition head already reaches it is left alone: lifting its
    cooperation head would hand it to the `both` decision, and a rejected `both` falls back to
    cooperation, dropping the competition reading the model made."""
    probs = np.asarray(probs, dtype=float)
    if not len(probs):
        return probs
    out = probs.copy()
    floor = min(1.0, float(threshold_cooperation) + over)
    for i, text in enumerate(texts):
        if unless_competition is not None and out[i, 1] >= unless_competition:
            continue
        if out[i, 0] < floor and applies(str(text)):
            out[i, 0] = floor
    return out


def cap_cooperation_head(
    texts: Sequence[str],
    probs: np.ndarray,
    threshold_cooperation: float,
    applies: Callable[[str], bool],
    *,
    below: float = BELOW,
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every text for
    which ``applies`` holds lowered to just under ``threshold_cooperation`` (a lower head is
    kept); the competition head is never changed."""
    probs = np.asarray(probs, dtype=float)
    if not len(probs):
        return probs
    out = probs.copy()
    ceiling = max(0.0, float(threshold_cooperation) - below)
    for i, text in enumerate(texts):
        if out[i, 0] > ceiling and applies(str(text)):
            out[i, 0] = ceiling
    return out


__all__ = ["BELOW", "OVER", "cap_cooperation_head", "lift_cooperation_head"]
