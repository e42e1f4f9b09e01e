"""A joint body's or a dialogue's next meeting, scheduled, is a cooperation claim.

Joint statements, agreed minutes, communiqués, memoranda and the news that reports them close
with the next meeting of the partners' joint body or dialogue: "The fourth session of the joint
commission will be held in Rome in the first half of 2027", "It was agreed that the Second
Meeting of the JWG will be held in Islamabad", "its first meeting will take place in Manila",
"An ILRS partner conference is scheduled to be held in Hefei", "They noted that the third
Japan-India Space Dialogue would be held in Tokyo". The line plans a cooperation between the
sides (the guide's meetings and dialogues between actors, `planned`), but it holds no word of
cooperation beyond the body's name, and the masked TF-IDF heads read it as a date and a place:
on pooled blind dev (twenty-second round) nine such lines in eight documents of four families
were marked cooperation and called neutral, at 0.01-0.42.

:func:`schedules_joint_meeting` recognises the form: a meeting, session, round, dialogue,
conference, summit, workshop or talks told as scheduled (will or would be held, take place or
convene; is planned, scheduled or expected; to be held or hosted), and in the same sentence a
mark that the meeting is between sides: "joint", "bilateral", "trilateral", a commission, a
working group, a steering body, a dialogue, partners, "in turn in each of", "alternately", a
meeting "with" an actor; or a masked event name held ("the third entorganization would be
held": the names of dialogues and summits are masked as organisations). A domestic meeting
("Its first meeting is scheduled for November", "A third hearing is scheduled for Tuesday") and
a launch or review planned name no sides and are left alone. :func:`raise_joint_meetings` lifts
the cooperation head to just over its threshold (a higher head is kept; the competition head is
never changed). This module imports NumPy and the shared lift only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.head_lifts import lift_cooperation_head

_SCHEDULED = (
    r"(?:(?:will|would|shall|is\s+to|are\s+to)\s+(?:be\s+held|take\s+place|convene|be\s+hosted|"
    r"be\s+organi[sz]ed)|(?:is|are|was|were)\s+(?:planned|scheduled|expected|due)\s+"
    r"(?:for|in|to)|to\s+be\s+(?:held|hosted|organi[sz]ed))"
)
_MEETING = re.compile(
    r"\b(?:meetings?|sessions?|rounds?|dialogues?|conferences?|summits?|workshops?|talks|"
    r"consultations)\b[^.;:]{0,90}?\b" + _SCHEDULED + r"\b"
)
#: A masked event name held ("the third entorganization would be held in Tokyo").
_NAMED_EVENT = re.compile(r"\bentorganization\s+" + _SCHEDULED + r"\b")
#: The meeting is between sides.
_BETWEEN = re.compile(
    r"\b(?:joint|bilateral|trilateral|commissions?|working\s+groups?|jwg|steering|dialogues?|"
    r"partners?|partnership|in\s+turn\s+in\s+each|alternately|both\s+sides|the\s+two\s+sides|"
    r"(?:meeting|talks|consultations|session)\s+with\s+(?:the\s+)?ent(?:country|agency|"
    r"organization|company))\b"
)


def schedules_joint_meeting(text: str) -> bool:
    """Whether the masked sentence ``text`` schedules a joint body's or a dialogue's meeting
    (see the module docstring)."""
    low = " ".join(str(text).lower().split())
    if _NAMED_EVENT.search(low):
        return True
    return bool(_MEETING.search(low) and _BETWEEN.search(low))


def raise_joint_meetings(
    texts: Sequence[str], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every scheduled
    joint meeting raised to just over ``threshold_cooperation`` (a higher head is kept)."""
    return lift_cooperation_head(texts, probs, threshold_cooperation, schedules_joint_meeting)


__all__ = ["raise_joint_meetings", "schedules_joint_meeting"]
