"""A delegation aligning itself with a statement made for a group is a cooperation claim.

National statements in multilateral bodies (the First Committee, the Conference on
Disarmament, the Committee on the Peaceful Uses of Outer Space, the councils of regional
organisations) open by a convention of the register: the speaker aligns or associates its
country with the statement another delegation made on behalf of a group ("My delegation aligns
itself with the statement delivered by entcountry on behalf of the entorganization", "Egypt
aligns itself with the statement made by the representative of entcountry on behalf of the
Group of 21"), and depositaries' notes tell a state associating itself with another's
objection. The speaker joins a common position of several states: the guide's joint positions
and coordination between actors, a cooperation claim. The masked TF-IDF heads read the line as
procedure (twenty-second round: pooled blind dev, two such lines in two statements written
apart, both under 0.30).

:func:`aligns_with_group` recognises the form: "align(s)" or "associate(s)" with a reflexive
or a delegation as object ("itself", "myself", "ourselves", "my delegation"), or "subscribe(s)
fully to", followed by "with" (or "to") a statement, position, declaration, intervention,
remarks or objection. "aligned with the plan" (no reflexive, no statement) and an orbit
"aligned with the station's" stay out. :func:`raise_group_alignment` lifts the cooperation head
to just over its threshold; as for arms-control talks
(:mod:`pipeline.classify.disarmament_forms`), a sentence whose competition head already
reaches its threshold is left to the model (associating with an objection is also a rivalry,
and the `both` decision is the model's). This module imports NumPy and the shared lift only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.head_lifts import lift_cooperation_head

_ALIGNS = re.compile(
    r"\b(?:(?:align|aligns|aligned|aligning|associate|associates|associated|associating)\s+"
    r"(?:itself|myself|ourselves|themselves|himself|herself|(?:my|our|the)\s+delegation|"
    r"(?:my|our)\s+(?:country|government))\s+(?:fully\s+|entirely\s+)?with"
    r"|(?:subscribe|subscribes|subscribed)\s+(?:fully\s+|entirely\s+)?to)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:statements?|positions?|declarations?|interventions?|remarks|objections?)\b"
)


def aligns_with_group(text: str) -> bool:
    """Whether the masked sentence ``text`` aligns its speaker with another's statement (see
    the module docstring)."""
    return bool(_ALIGNS.search(" ".join(str(text).lower().split())))


def raise_group_alignment(
    texts: Sequence[str],
    probs: np.ndarray,
    threshold_cooperation: float,
    threshold_competition: float | None = None,
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every alignment
    with a statement raised to just over ``threshold_cooperation`` (a higher head is kept; the
    competition head is never changed), except where the competition head already reaches
    ``threshold_competition`` (when given)."""
    return lift_cooperation_head(
        texts,
        probs,
        threshold_cooperation,
        aligns_with_group,
        unless_competition=threshold_competition,
    )


__all__ = ["aligns_with_group", "raise_group_alignment"]
