"""Thanks for hospitality are neutral (issue 12, nineteenth round).

Readouts, joint statements, communiqués, letters and speeches close (or open) with a courtesy:
one side thanks the other for its hospitality, its welcome or its reception ("The Prime Minister
thanked his host for the warm hospitality extended to him and his delegation", "Let me first
thank you and your colleagues for the warm welcome our delegation received"). The courtesy
names two sides and a friendly word, so the masked TF-IDF heads read it as cooperation (blind
dev: 2 of 3 such lines called cooperation, in a leaders' fact sheet and a letter of intent),
but it states no relation in space affairs: the blind writers and the real gold mark every
line that holds only the thanks neutral (3 of 3 and 1 of 1), and the shipped training
sentences do too (2 of 2). A line that adds a relation to the thanks ("... thanked the host for
its hospitality and said that it saw the host as a natural partner", "... for its hospitality
and for the commitment of its agency to the observatory", "... and extends an invitation to
visit") is a claim and is left to the heads: the rule asks that nothing but the thanks (and
"his delegation", "her colleagues") stand in the line.

:func:`is_courtesy_line` recognises the line; :func:`cap_courtesy_lines` caps its cooperation
head just under its threshold (the competition head is not changed). It reads the masked
sentence or the plain one. This module imports NumPy only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.head_lifts import cap_cooperation_head

#: Thanks (or gratitude) for hospitality, a welcome or a reception.
_THANKS = re.compile(
    r"\b(?:thank(?:s|ed|ing)?|gratitude|grateful)\b[^.;]{0,120}?\bfor\s+"
    r"(?:the\s+|its\s+|his\s+|her\s+|their\s+|your\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:hospitality|welcome|reception)\b",
    re.IGNORECASE,
)
#: The guests named after the thanks ("extended to him and his delegation").
_GUESTS = re.compile(
    r"\band\s+(?:his|her|its|their|the|our|my)\s+(?:own\s+)?(?:delegations?|colleagues|staff|"
    r"teams?|party|entourage)\b",
    re.IGNORECASE,
)
#: Another clause or object beside the thanks: then the line says more than the courtesy.
_MORE = re.compile(r"\band\b|\bbut\b|;|\b(?:said|noted|invited|agreed)\b", re.IGNORECASE)


def is_courtesy_line(text: str) -> bool:
    """Whether the (masked or plain) sentence ``text`` holds nothing but thanks for hospitality,
    a welcome or a reception (see the module docstring)."""
    line = " ".join(str(text).split())
    hit = _THANKS.search(line)
    if not hit:
        return False
    before, after = line[: hit.start()], _GUESTS.sub(" ", line[hit.end() :])
    return not (_MORE.search(before) or _MORE.search(after))


def cap_courtesy_lines(
    texts: Sequence[str], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every courtesy line
    lowered to just under ``threshold_cooperation``; the competition head is not changed."""
    return cap_cooperation_head(texts, probs, threshold_cooperation, is_courtesy_line)


__all__ = ["cap_courtesy_lines", "is_courtesy_line"]
