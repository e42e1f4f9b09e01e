"""A pledge of restraint that others share, follow or are asked to join is a cooperation claim.

The guide (eighteenth and nineteenth rounds) reads a pledge of restraint alone ("pledged not to
conduct destructive tests") as a rule on the actor's own conduct, neutral, and "a pledge others
are asked to join" as cooperation, as the real gold reads the commitment not to test. Statements,
resolutions, hearings and news tell the shared pledge without a word of cooperation: "Japan
declared that it would carry out no destructive tests, following entcountry", "close to forty
states have since made the same commitment", "Welcomes the commitments of that kind announced by
thirty-eight States", "Does the Federal Government support the pledge to forgo destructive
tests?", "pledged not to conduct such tests and asked others to follow". The masked TF-IDF
heads leave the cooperation head low (a rule on tests, no partner named) and the competition
rule's restraint-pledge cap keeps the competition head under its threshold, so the sentence
is called neutral (blind dev, twenty-first round: six such sentences in five documents of three
families, at 0.03-0.40).

:func:`is_shared_pledge` recognises a pledge, commitment, undertaking or moratorium that is the
same one others made ("made the same commitment", "give the same pledge"), of a kind others
announced ("commitments of that kind"), made following a side ("following entcountry"),
supported, joined, endorsed or welcomed ("support the pledge to forgo ...", "joined the
moratorium"), or one whose maker asked others to follow or join it. "We have the same commitment
to science" names no pledge made, and a pledge with no such mark stays with the heads and the
competition rule. :func:`raise_shared_pledges` lifts the cooperation head of such a sentence to
just over its threshold (a higher head is kept; the competition head is never changed).

It reads the masked sentence (``entcountry``, ``entagency``, ...). This module imports NumPy
and the shared lift only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.head_lifts import lift_cooperation_head

_PLEDGE = r"(?:pledges?|commitments?|undertakings?|moratori(?:um|a))"
_SHARED = re.compile(
    # the same pledge made or given
    r"\b(?:make|makes|made|making|give|gives|gave|given|giving|take|takes|took|taken|"
    r"announce\w*)\s+(?:a\s+|the\s+)?(?:same|similar|identical|matching)\s+" + _PLEDGE + r"\b"
    # pledges of a kind others announced
    r"|\b" + _PLEDGE + r"\s+of\s+(?:that|this|the\s+same|a\s+similar)\s+kind\b"
    # supported, joined, endorsed or welcomed
    r"|\b(?:support|supports|supported|supporting|join|joins|joined|joining|endors\w*|"
    r"welcom\w*|back|backs|backed|backing|sign\w*\s+up\s+to)\s+(?:the|this|that|a|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _PLEDGE + r"\b"
    # others asked to follow or join
    r"|\b(?:ask\w*|urg\w*|call\w*\s+on|invit\w*|encourag\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:others|other\s+(?:states|nations|countries|governments))\s+to\s+"
    r"(?:follow|join|do\s+the\s+same|make\s+the\s+same)\b"
)
#: A restraint made following a side ("..., following entcountry").
_FOLLOWING = re.compile(r"\bfollowing\s+(?:the\s+)?ent(?:country|agency)\b(?!\s*'s)")
#: The restraint itself: not to test, no tests, to forgo or refrain from them.
_RESTRAINT = re.compile(
    r"\b(?:no|not\s+to|never\s+to|never|forgo\w*|forwent|refrain\w*|renounc\w*|moratori\w*)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:tests?|testing|weapons?|missiles?)\b"
)


def is_shared_pledge(text: str) -> bool:
    """Whether the masked sentence ``text`` tells a pledge of restraint shared with others,
    followed, joined or supported (see the module docstring)."""
    low = " ".join(str(text).lower().split())
    if _SHARED.search(low):
        return True
    return bool(_FOLLOWING.search(low) and _RESTRAINT.search(low))


def raise_shared_pledges(
    texts: Sequence[str], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every shared pledge
    raised to just over ``threshold_cooperation`` (a higher head is kept)."""
    return lift_cooperation_head(texts, probs, threshold_cooperation, is_shared_pledge)


__all__ = ["is_shared_pledge", "raise_shared_pledges"]
