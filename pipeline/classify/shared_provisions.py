"""Two provisions on sharing that the cooperation head under-reads (issue 12, eighteenth round).

The annotation guide counts a provision whose content is a cooperative act a cooperation claim,
and names giving access and sharing among those acts. Two forms of such provisions carry no
cooperation word, so the masked TF-IDF heads leave them under the threshold:

- **equal or open access for the sides**: "The Parties shall have equal access to all data
  acquired by the imager", "the catalogue kept by the secretariat is open to every member on
  the same terms", "so that each nation may reach launch services on equal terms", "every
  product shall be made available to all three Parties at the same time". The shipped training
  sentences (5 of 5), the real gold (2 of 2) and the blind writers (2 of 2) mark them
  cooperation. Full, open or free access alone must name the sides it is given to ("gives its
  own engineers full access" is one side's). Access denied, lacking or unequal ("no equal
  access", "without open access") and the scholarly "open access" of a journal or a paper are
  left alone.
- **no passing on what a side received without the other's consent**: "Neither Party shall
  transfer data received from the other Party to a third party without its prior written
  consent", "No Participant will pass data received under this Memorandum to a third party
  without the consent of the Participant that produced them". The clause governs what the sides
  share with each other; the blind writers mark it cooperation in every instrument that has it
  (5 of 5). It needs both what was received (from the other side, or under the instrument) and
  the consent: a ban on passing a side's *own* goods to a named rival is exclusion and is left
  to the heads and the rivalry rule. "Received from one Agency" or "from either Party" names
  the other side as "from the other Party" does.
- **one side giving the other what the instrument trades** (nineteenth round): a provision whose
  subject is one side and whose object is the other, by which the first delivers, provides,
  supplies, transfers or grants something *to* the second ("The Company shall deliver the Data
  to the Agency within six hours", "Each Participant will make its catalogue available to the
  other Participant") or gives or grants the second access, use, a licence or priority ("In
  return, the Agency shall give the Company access to its antennas"). The guide names giving
  access, sharing and exchange among the cooperative acts of a provision; an agreement between
  an agency and a company, or between two agencies, states its trade in this form with no
  cooperation word, and the heads read it as a neutral duty (blind dev: 2 of 2 in a data
  sharing agreement, at 0.09-0.21). Both sides must be named as sides (an actor placeholder or
  a defined party term: the Company, the Party, each Participant, the other Agency) and the
  line must open with the giver and its modal ("shall", "will", "agrees to"), so a report's
  "the Office shall provide support to the Council" (no party term) and a denied duty ("shall
  not transfer ... to") are left alone.

:func:`shares_with_the_sides` recognises any of the three forms; :func:`raise_shared_provisions` lifts the
cooperation head of such a sentence to just over its threshold (a higher head is kept), after
the relation gate, as :mod:`pipeline.classify.instrument_lines` does for an instrument's
lines. It reads the masked sentence (``entcountry``, ``entagency``, ...) or the plain one.
This module imports NumPy only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.head_lifts import lift_cooperation_head

#: Words for the sides of a provision.
_SIDES = (
    r"(?:parties|party|participants?|partners?|countries|states|members|signatories|sides?|"
    r"agencies|governments)\b"
)

#: Access shared on equal terms, open access on two counts ("full and open"), or things made
#: available to every side.
_ACCESS = re.compile(
    r"\b(?:equal|same|fair|non-discriminatory|shared)\s+access\b"
    r"|\b(?:equal|full|open|free|fair)\s+and\s+(?:equal|full|open|free|fair|"
    r"non-discriminatory)\s+access\b"
    r"|\bmade\s+available\s+to\s+(?:all|both|each|every)\b"
    r"|\baccess\s+(?:[\w'’-]+\s+){0,4}?(?:for|of)\s+(?:all|both|each|every)\s+"
    r"(?:\w+\s+)?" + _SIDES,
    re.IGNORECASE,
)
#: Full, open or free access is shared only when the sentence names the sides it is given to.
_OPEN_ACCESS = re.compile(r"\b(?:full|open|free)\s+access\b", re.IGNORECASE)
_SIDE_WORD = re.compile(
    r"\b(?:all|both|each|every|other)\b[^.;]{0,40}?" + _SIDES + r"|\bent(?:country|agency)\b",
    re.IGNORECASE,
)
#: Access denied, lacking or unequal, or the publishing sense of "open access".
_NO_ACCESS = re.compile(
    r"\b(?:no|not|never|without|lack\w*|den(?:y|ies|ied|ying)|unequal|restrict\w*|limit\w*|"
    r"exclud\w*)\s+(?:\w+\s+){0,3}?(?:equal|full|open|free|fair|access|available)\b"
    r"|\bopen[\s-]+access\s+(?:journals?|publications?|publishing|articles?|papers?|"
    r"repositor(?:y|ies)|licen[cs]es?|books?)\b",
    re.IGNORECASE,
)
#: Passing on what a side received, to a third party, without consent.
_NO_PASSING_ON = re.compile(
    r"\b(?:received|obtained|acquired|provided|furnished|supplied)\s+(?:\w+\s+){0,3}?"
    r"(?:from|under|by)\s+(?:\w+\s+){0,4}?"
    r"(?:other|another|one|either|each|this|these|the\s+(?:agreement|memorandum|arrangement|"
    r"protocol))\b"
    r"[^.;]{0,160}?\bthird\s+part(?:y|ies)\b[^.;]{0,120}?\bconsent\b"
    r"|\bthird\s+part(?:y|ies)\b[^.;]{0,60}?\b(?:received|obtained|acquired|provided)\s+"
    r"(?:\w+\s+){0,3}?(?:from|under)\b[^.;]{0,120}?\bconsent\b",
    re.IGNORECASE,
)


#: A side of a two-sided instrument: an actor placeholder or a defined party term.
_PARTY = (
    r"(?:ent(?:agency|country|organization|company)\b|(?:the\s+(?:other\s+)?|each\s+|either\s+)"
    r"(?:company|contractor|operator|agency|party|participant|provider|licensee|licensor|"
    r"partner|recipient|user|customer|government|side)s?\b|the\s+parties\b|the\s+participants\b"
    r"|each\s+other\b|one\s+another\b)"
)
#: One side's modal of a provision, with an optional adverb ("shall promptly").
_PROVISION = r"\s+(?:shall|will|agrees?\s+to|undertakes?\s+to)\s+(?:\w+ly\s+)?"
#: The giver opening the line (after an optional lead phrase set off by a comma) and its modal.
_GIVER = r"^(?:[^.;]{0,80}?,\s+)?(?:in\s+return,?\s+)?" + _PARTY + _PROVISION
#: One side giving the other: a verb of giving with the other side as recipient, or the other
#: side given access, use, a licence, priority or a right.
_GIVES = re.compile(
    _GIVER + r"(?:(?:deliver|provide|supply|furnish|transfer|send|give|grant|lend|loan)\s+"
    r"(?:[^.;]{0,80}?\s)?to\s+|make\s+(?:[^.;]{0,60}?\s)?available\s+to\s+)"
    + _PARTY
    + r"|"
    + _GIVER
    + r"(?:give|grant|offer|allow)\s+"
    + _PARTY
    + r"\s+(?:[\w'’-]+\s+){0,3}?(?:access|use|a\s+licen[cs]e|licen[cs]es|priority|the\s+right)\b",
    re.IGNORECASE,
)


def shares_with_the_sides(text: str) -> bool:
    """Whether the sentence ``text`` is a provision of equal or open access for the sides, one
    that keeps what a side received from passing on without consent, or one by which a side
    gives the other what the instrument trades (see the module docstring)."""
    line = " ".join(str(text).split())
    shared = _ACCESS.search(line) or (_OPEN_ACCESS.search(line) and _SIDE_WORD.search(line))
    if shared and not _NO_ACCESS.search(line):
        return True
    return bool(_NO_PASSING_ON.search(line) or _GIVES.search(line))


def raise_shared_provisions(
    texts: Sequence[str], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2): the cooperation head of every provision of shared access, of
    no passing on without consent or of one side giving the other raised to just over ``threshold_cooperation`` (a higher
    head is kept)."""
    return lift_cooperation_head(texts, probs, threshold_cooperation, shares_with_the_sides)


__all__ = ["raise_shared_provisions", "shares_with_the_sides"]
