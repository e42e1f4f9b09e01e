"""The chair's and the presenter's furniture lines of a transcript are neutral.

Hearings, committee minutes, broadcasts and live pages are held together by lines that run the
meeting or the programme: the chair opens it ("Welcome to meeting number 12 of the committee"),
introduces the witnesses ("From entagency, we have entperson, director of exploration"), moves
to the next part ("We will now move to questions, beginning with Member entperson"), and a
presenter hands over ("Our science reporter has been following the talks, and she joins me
now", "Welcome to our live coverage of the launch"); a speaker names who came with the
delegation ("the Director General of entagency has joined our delegation today"). Such a line
names actors and a word of coming together (join, welcome, with), so the masked TF-IDF heads
read it as cooperation (blind dev, twentieth round: 5 of 5 in four documents of three families
called cooperation at 0.52-0.81), but it states no relation between actors in space affairs:
the guide's sentences "about the text itself". The blind writers mark every such line neutral,
as the real gold marks a moderator's "Please welcome ...".

:func:`is_turn_furniture` recognises the forms above, each as the whole line (a line that adds a
relation, "... and she joins me now to explain the new partnership", is left to the heads);
:func:`cap_turn_furniture` caps the cooperation head just under its threshold (the competition
head is not changed). This module imports NumPy and the shared cap only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.head_lifts import cap_cooperation_head

_FURNITURE = re.compile(
    # the chair or presenter opens the meeting or the programme
    r"^(?:(?:hello|good\s+(?:morning|afternoon|evening))\s*(?:,|and)\s*)?welcome\s+to\s+"
    r"(?:the\s+|our\s+|this\s+|today's\s+)?(?:[\w'’-]+\s+){0,3}?(?:meeting|session|sitting|"
    r"hearing|coverage|programme|program|show|briefing|broadcast|podcast|edition)\b"
    r"(?:\s+(?:number\s+)?[\w'’.-]+)?(?:\s+of\s+(?:the\s+)?[\w\s'’,-]{0,120})?[.!]?$"
    # the chair introduces a witness
    r"|^from\s+(?:the\s+)?(?!entdate\b)[\w\s'’.&-]{1,80},\s+we\s+have\s+"
    r"(?:entperson\b|(?-i:[A-Z]))"
    # the chair moves on to questions or the next item
    r"|^(?:we|i)\s+(?:will|shall|would\s+now\s+like\s+to)\s+(?:now\s+)?(?:move|turn|proceed|go)\s+"
    r"(?:on\s+)?to\s+(?:the\s+)?(?:questions|questioning|members'\s+questions|next\s+item|"
    r"item\s+\w+)\b"
    # a presenter hands over to a colleague
    r"|\b(?:and\s+)?(?:he|she|they|who|entperson)\s+joins?\s+(?:me|us)\s*(?:now|live|here)?\s*"
    r"(?:from\s+[\w\s'’,-]{1,40})?[.!]?$"
    # a speaker names who came with the delegation
    r"|\bhas\s+joined\s+(?:our|my|the)\s+delegation(?:\s+(?:today|here|this\s+\w+))?[.!]?$",
    re.IGNORECASE,
)


def is_turn_furniture(text: str) -> bool:
    """Whether the (masked or plain) sentence ``text`` is a chair's or presenter's furniture line
    (see the module docstring)."""
    line = " ".join(str(text).split()).strip("\"“”' ")
    return bool(_FURNITURE.search(line))


def cap_turn_furniture(
    texts: Sequence[str], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every furniture line
    lowered to just under ``threshold_cooperation``; the competition head is not changed."""
    return cap_cooperation_head(texts, probs, threshold_cooperation, is_turn_furniture)


__all__ = ["cap_turn_furniture", "is_turn_furniture"]
