"""A limit on what an instrument obliges is neutral (the guide's round-20 decision).

An instrument takes out of its parties' duties what it does not ask of them: "Nothing in this
Agreement shall require either Party to transfer ...", "Nothing in this Protocol shall oblige
either Party to provide ...", "The Parties are not obliged to transfer goods whose export is
controlled", "Neither Party shall be required to ...", and its disclaimer of legal force, "This
Memorandum does not create legally binding obligations". Such a line names the parties and a
shared act (transfer, provide, exchange), so the masked TF-IDF heads can read it as
cooperation (blind dev: one of five such lines called cooperation, in a protocol), but it names
no act between the parties and keeps no cooperation open; it bounds the text's own force, as
the real gold reads an order's line that it creates no enforceable right (neutral). The guide's
round-19 saving clause ("Nothing in this Agreement shall prevent either Party from cooperating
with third parties") keeps a cooperation open and is cooperation: its verbs (prevent, restrict,
limit, affect) are not read here. A line that adds a duty or a relation ("..., but the Parties
shall consult", "; the Parties shall ...") is left to the heads.

The forms are those of the instrument's own text: "this" / "these" before the instrument's
name (or its masked mention), the capitalised party words; a report of such a limit from
outside ("The agreement does not commit Vietnam to any funding") states an agreement's scope
and stays with the heads (cooperation, asserted). :func:`is_obligation_limit` recognises the
line; :func:`cap_obligation_limits` caps its cooperation head just under its threshold, as the
definition and courtesy caps do. It reads the masked sentence or the plain one. This module
imports NumPy only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.head_lifts import cap_cooperation_head

#: The verbs of an obligation a limit denies (not "prevent", "restrict": a saving clause).
_OBLIGE = r"(?:oblig\w*|requir\w*|compel\w*|bind\w*|commit\w*)"
#: The instrument's own text: "this Agreement", "these Terms of Reference", or its mention
#: masked by the actor it is ("entagreement").
_THIS_TEXT = r"(?:(?:this|these)\s+(?:[A-Z][\w-]*\s+(?:of\s+)?){0,3}[A-Z][\w-]*|ent[a-z]+)"
#: The capitalised party words of an instrument.
_PARTY_WORD = (
    r"(?:Contracting\s+)?(?:Part(?:y|ies)|Participants?|Sides?|Signator(?:y|ies)|"
    r"Agenc(?:y|ies)|ent[a-z]+)"
)
#: A list or paragraph number before the line ("3.4 ", "(b) ").
_NUMBER = r"^\W{0,3}(?:\(?[\dA-Za-z]{1,4}(?:\.\d{1,3})*[.)]?\s+)?"
_LIMIT = re.compile(
    # "Nothing in this Agreement shall (be construed to) require ...", "Nothing in these
    # Principles obliges ..."
    rf"{_NUMBER}Nothing\s+in\s+{_THIS_TEXT}\s+"
    rf"(?:(?:shall|will|may|is\s+to)\s+)?(?:be\s+(?:construed|read|interpreted)\s+(?:as|to)\s+)?"
    rf"{_OBLIGE}\b"
    # "The Parties are not obliged to", "Each Participant shall not be required to"
    rf"|{_NUMBER}(?:(?:the|each|either|any)\s+)?{_PARTY_WORD}\s+(?:is|are|shall|will)\s+not\s+"
    r"(?:be\s+)?(?:obliged|required|obligated|bound)\s+to\b"
    # "Neither Party shall be required to", "No Participant is obliged to"
    rf"|{_NUMBER}(?:neither|no)\s+{_PARTY_WORD}\s+(?:is|are|shall\s+be|will\s+be)\s+"
    r"(?:obliged|required|obligated|bound)\s+to\b"
    # "This MOU does not create (any) legally binding obligations", "... rights or obligations"
    rf"|{_NUMBER}{_THIS_TEXT}\s+(?:does|do|shall|will)\s+not\s+create\s+"
    r"(?:any\s+)?(?:legally\s+binding\s+|legal\s+)?(?:rights?|obligations?)\b",
    re.IGNORECASE,
)
#: A second clause with a duty or a relation: then the line says more than the limit.
_MORE = re.compile(r";|\bbut\b|\bhowever\b|\bprovided\s+that\b|,\s*and\b", re.IGNORECASE)


def is_obligation_limit(text: str) -> bool:
    """Whether the (masked or plain) sentence ``text`` is an instrument's limit on what it
    obliges its parties to do, with nothing else in the line (see the module docstring)."""
    line = " ".join(str(text).split())
    hit = _LIMIT.search(line)
    return hit is not None and not _MORE.search(line[hit.end() :])


def cap_obligation_limits(
    texts: Sequence[str], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every limit on an
    instrument's obligations lowered to just under ``threshold_cooperation``; the competition
    head is not changed."""
    return cap_cooperation_head(texts, probs, threshold_cooperation, is_obligation_limit)


__all__ = ["cap_obligation_limits", "is_obligation_limit"]
