"""An instrument's definitions are neutral (issue 12, nineteenth round).

The annotation guide lists definitions among neutral sentences. A treaty, memorandum or
contract opens with three kinds of them, and all three name the parties or their bodies, so
the masked TF-IDF heads read the party words ("the Parties", "Cooperating Agencies",
"Implementing Agencies") as cooperation (blind dev: 7 such lines called cooperation at
0.62-0.96 in six agreements; every marked one in the blind and real dev sets is neutral):

- **a defined term**: a quoted term that "means", "shall mean", "includes" or "refers to"
  something, opening the line (after an optional "The term", a list number or a run-in
  heading): '"Implementing Agencies" means the agency X for the one Party and ...',
  '"Licensed Use" means use by ...';
- **the parties' names**: the preamble's subject line, the parties named and defined
  ("hereinafter referred to as the Parties", "each hereinafter a 'Party'") with no verb of its
  own: once every bracket and every "hereinafter" clause (up to the next comma, semicolon or
  colon) are set aside, no verb is left.
  "X and Y, hereinafter 'the Agencies', signed a Memorandum ...", "The Agencies hereby
  establish the Working Group (hereinafter ...)" and "X (hereinafter the 'Implementing
  Agencies') shall be responsible for carrying out this Agreement" keep their verb and are
  left to the heads;
- **the bodies designated**: "the Participating Agencies shall be X for the one Government and Y
  for the other", "The competent authorities ... shall be: for the one Side, X; for the other
  Side, Y", and the persons or offices designated for each ("The point of contact for entcountry
  shall be entagency, and for entcountry the Department of State", "The co-chairs are X, for
  entagency, and Y, for entagency"): a designation names who acts for a party, not an act
  between the parties (a designation with a joint duty, "Each Party shall designate a point of
  contact, and the points of contact shall meet ...", is not of this shape).

:func:`is_definition_line` recognises the three; :func:`cap_definitions` caps the cooperation
head of such a line just under its threshold, as the final-clause rule of
:mod:`pipeline.classify.instrument_lines` does. It reads the masked sentence (``entagency``,
``entcountry``, ...) or the plain one. This module imports NumPy only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.head_lifts import cap_cooperation_head

#: A quoted term defined at the head of the line.
_DEFINED_TERM = re.compile(
    r"^\W{0,3}(?:\(?\w{1,4}[.)]\s*)?(?:[^.;:\"“”]{0,40}?[.—–-]+\s*)?(?:the\s+term\s+)?"
    r"[\"“'‘][^\"“”'’]{1,60}[\"”'’]\s+(?:shall\s+)?(?:means?|includes?|refers?\s+to)\b",
    re.IGNORECASE,
)
_HEREINAFTER = re.compile(r"\b(?:hereinafter|hereafter)\b", re.IGNORECASE)
_BRACKETS = re.compile(r"\([^()]*\)")
#: A "hereinafter" clause up to the next comma, semicolon or colon (or the end).
_HEREINAFTER_CLAUSE = re.compile(r"\b(?:hereinafter|hereafter)\b[^,;:]*", re.IGNORECASE)
#: A verb (or a preamble's verb of considering) left in a parties' line: then it acts.
_VERB = re.compile(
    r"\b(?:shall|will|may|must|should|can|have|has|had|is|are|was|were|be|been|hereby|agree\w*|"
    r"sign\w*|establish\w*|held|hold\w*|decide\w*|desir\w*|consider\w*|recogni[sz]\w*|"
    r"wish\w*|note\w*|recall\w*|affirm\w*|guided|met|meet\w*|done)\b",
    re.IGNORECASE,
)
#: A body designated to act for each party.
_DESIGNATED = re.compile(
    r"\b(?:agencies|authorities|bodies|organs|entagency|entorganization)\s+"
    r"(?:[^.;:]{0,80}?\s)?shall\s+be\s*:?\s+(?:for\s+the\b|(?:the\s+)?ent[a-z]+\s+for\s+the\b)",
    re.IGNORECASE,
)
#: The persons or offices designated for each party: "The point of contact for entcountry shall
#: be entagency, and for entcountry the Department of State", "The co-chairs at the date of
#: adoption are X, for entagency, and Y, for entagency".
_CONTACTS_HEAD = re.compile(
    r"^\W{0,3}(?:the\s+)?(?:points?\s+of\s+contact|contact\s+points?|co-?chairs?|"
    r"coordinators?)\b[^.;:]{0,80}?\b(?:shall\s+be|will\s+be|are|is)\b(?!\s+\w+ing\b)",
    re.IGNORECASE,
)
#: One party and then the other, each after "for".
_FOR_EACH = re.compile(
    r"\bfor\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?ent[a-z]+\b[^.;:]{0,150}?\band\s+"
    r"(?:[^.;:]{0,80}?\s)?for\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?ent[a-z]+\b",
    re.IGNORECASE,
)


def _is_parties_line(line: str) -> bool:
    hit = _HEREINAFTER.search(line)
    if not hit:
        return False
    bare = _HEREINAFTER_CLAUSE.sub(" ", _BRACKETS.sub(" ", line))
    return not _VERB.search(bare)


def is_definition_line(text: str) -> bool:
    """Whether the (masked or plain) sentence ``text`` is one of an instrument's definitions: a
    defined term, the parties' names or the bodies designated (see the module docstring)."""
    line = " ".join(str(text).split())
    return bool(
        _DEFINED_TERM.search(line)
        or _is_parties_line(line)
        or _DESIGNATED.search(line)
        or bool(_CONTACTS_HEAD.search(line) and _FOR_EACH.search(line))
    )


def cap_definitions(
    texts: Sequence[str], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every definition
    line lowered to just under ``threshold_cooperation``; the competition head is not changed."""
    return cap_cooperation_head(texts, probs, threshold_cooperation, is_definition_line)


__all__ = ["cap_definitions", "is_definition_line"]
