"""A partner leaving a station or a programme states where a cooperation stands (the guide's
decision of the nineteenth round).

"entcountry has announced that it will leave the station after entdate", "entagency ended its
cooperation with entagency in entdate", "the company withdrew from the consortium": news,
hearings, speeches and papers tell a partner's departure as a fact or a plan. The guide reads it
like "there is very little cooperation": a cooperation claim with the verb's modality (asserted
for a departure done or announced, planned for "will leave"); it is competition only when the
sentence sets the departure against a side (a sanction, a protest, distrust, a rival joined
instead), and those words are left to the heads and the rivalry rule, which are not changed
here. The masked TF-IDF heads read a departure as the end of the relation and leave the
cooperation head low (blind dev, twentieth round: 2 such sentences in two documents of two
families called neutral at 0.03).

:func:`is_departure` recognises a side (an actor placeholder, partners, or "it" / "they" after
one) leaving, quitting, withdrawing, pulling out of or walking away from a station, programme,
consortium, partnership, project, coalition or accord, or ending its cooperation or participation
with another; a departure told by its time ("may leave earlier", "walks away before the station
is retired") counts when the sentence names the station or programme elsewhere. Left alone: an instrument's withdrawal clause ("Any Party may withdraw from this
Agreement": a final clause, neutral, see :mod:`pipeline.classify.instrument_lines`), a
departure of "any state" or "a country" in general ("would not require any state to leave its
coalition": no side is named, no departure is told), and a spacecraft or a crew leaving a
station (no side leaves a relation). A departure denied ("will not withdraw") is lifted too:
the guide reads a negated ending as the relation that stands.
:func:`raise_departures` lifts the cooperation head of such a sentence to just over its
threshold (a higher head is kept; the competition head is never changed).

It reads the masked sentence (``entcountry``, ``entagency``, ...). This module imports NumPy
and the shared lift only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.head_lifts import lift_cooperation_head

_SIDE = r"(?:ent(?:country|agency|company|organization)|partners?)"
_RELATION = (
    r"(?:(?:the|its|their|our)\s+)?(?:(?:international|space|lunar|joint)\s+)?(?:entstation|"
    r"entprogram|entagreement|station|programme|program|consortium|partnership|project|"
    r"coalition|accords)\b"
)
_WHO = r"\b(?P<who>" + _SIDE + r"|it|they)\s+"
_AUX = (
    r"(?:(?:has|have|had|will|would|may|might|could|is|are|was|were|plans?|planned|intends?|"
    r"intended|decided|announced|said|says|threatens?|threatened)\s+(?:[\w'’]+\s+){0,3}?)?"
)
_VERB = (
    r"(?:leave|leaves|leaving|left|withdraw|withdraws|withdrew|withdrawn|withdrawing|"
    r"pull(?:s|ed|ing)?\s+out|quit|quits|exit(?:s|ed|ing)?|walk(?:s|ed|ing)?\s+away)"
)
_DEPARTURE = re.compile(
    _WHO
    + _AUX
    + _VERB
    + r"\s+(?:from\s+|of\s+)?"
    + _RELATION
    + r"|\b"
    + _SIDE
    + r"\s+(?:has\s+|had\s+|have\s+)?end(?:ed|s)?\s+(?:its|their)\s+"
    r"(?:cooperation|collaboration|participation|partnership)\s+(?:with|in)\b"
)
#: A departure told by its time, with the relation named elsewhere in the sentence ("entcountry
#: has told us it may leave earlier to build its own station", "if entagency walks away before
#: the station is retired").
_EARLY = re.compile(
    _WHO + _AUX + _VERB + r"\s+(?:early|earlier|sooner|ahead\s+of\s+schedule|before)\b"
)
_RELATION_NAMED = re.compile(r"\b" + _RELATION)
#: An instrument's own withdrawal clause.
_CLAUSE = re.compile(
    r"\b(?:this|the\s+present)\s+(?:agreement|convention|treaty|memorandum|"
    r"protocol|arrangement|charter|accord|entagreement)\b"
)


def is_departure(text: str) -> bool:
    """Whether the masked sentence ``text`` tells a side leaving a station or a programme, or
    ending its cooperation with another (see the module docstring)."""
    low = " ".join(str(text).lower().split())
    if _CLAUSE.search(low):
        return False
    hits = list(_DEPARTURE.finditer(low))
    if _RELATION_NAMED.search(low):
        hits += _EARLY.finditer(low)
    for hit in hits:
        who = hit.group("who")
        if who in ("it", "they") and not re.search(
            r"\bent(?:country|agency|company|"
            r"organization)\b",
            low[: hit.start()],
        ):
            continue
        return True
    return False


def raise_departures(
    texts: Sequence[str], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every departure
    raised to just over ``threshold_cooperation`` (a higher head is kept)."""
    return lift_cooperation_head(texts, probs, threshold_cooperation, is_departure)


__all__ = ["is_departure", "raise_departures"]
