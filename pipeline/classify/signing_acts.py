"""The signing of an instrument told with its signers is a cooperation claim (issue 12, nineteenth
round).

The annotation guide counts signing, joining or adhering to an accord as cooperation, and its
decision on final clauses keeps an instrument left open for every state to sign and the
testimonium cooperation. News, papers, agreements and letters tell the act in a few fixed
shapes that carry no cooperation word: the count of signers ("By January 2026, more than fifty
states had signed", "twelve more nations have signed on"), the signers of one text in the
passive ("the memorandum was signed by the Director General of X and the Minister of Y"), the
signers' names put to it ("the two heads put their names to the document at a brief
ceremony"), an instrument's own closing line without "In witness whereof" ("The parties have
signed this Agreement on the date written at its head"), a letter's request to countersign it,
and the clause that opens a convention for signature. The masked TF-IDF heads read them as a
date and a count (blind dev: 5 of 17 such sentences called neutral, in five documents of four
families; real dev: 1 of 3); the shipped training sentences (13 of 13) and every marked
sentence of the real and blind dev sets with one of the shapes are cooperation or `both`.

:func:`is_signing_act` recognises the shapes. The signers must be sides (states, countries,
nations, governments, parties, participants, signatories, members, agencies, ministers,
leaders, delegations, "the two sides", or an actor placeholder), so a company that "has signed
a launch contract" is trade and is left to the heads (the guide: a company hired by an agency
is neither), as are the noun in a time phrase ("within thirty days of the signature of this
MOU"), a report of a signing ("reports of the signing"), "signed memoranda" as an adjective and
"signed contracts / deals / orders". :func:`raise_signing_acts` lifts the cooperation head of
such a sentence to just over its threshold (a higher head is kept; the competition head is
never changed, so a signing set against a rival stays `both` or competition as the heads and
the rules decide).

It reads the masked sentence (``entcountry``, ``entagency``, ...) or the plain one. This module
imports NumPy only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.head_lifts import lift_cooperation_head

#: Who signs: sides of an instrument (not a company: a company's contract is trade).
_SIGNERS = (
    r"(?:ent(?:country|agency|organization)|states|countries|nations|governments|parties|"
    r"participants|signatories|members|agencies|ministers|leaders|delegations|"
    r"(?:the\s+)?(?:two|three|four|both)\s+(?:\w+\s+)?(?:agencies|governments|countries|"
    r"ministers|parties|sides|heads|leaders))"
)
_SIGNING = re.compile(
    # signers counted or named as the subject of "have / has / had signed (on)"; not a
    # contract, deal or order signed
    r"\b" + _SIGNERS + r"\s+(?:[\w'’-]+\s+){0,2}?(?:have|has|had)\s+(?:now\s+|already\s+|also\s+)?"
    r"signed\b(?!\s+(?:up\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:contracts?|deals?|orders?)\b)"
    # one text signed by two signers named after "by"
    r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+signed\b[^.;]{0,120}?\bby\s+"
    r"(?:the\s+)?(?:[\w'’.-]+\s+){0,6}?(?:and|together\s+with)\s+"
    # the signers' names put to the text; a letter's request to countersign it
    r"|\bput\s+their\s+names\s+to\b"
    r"|\bcountersign\w*\s+this\s+(?:letter|note|memorandum|agreement|arrangement)\b"
    # a convention opened for signature (the guide: joining an accord)
    r"|\bopen\s+for\s+signature\b",
    re.IGNORECASE,
)


def is_signing_act(text: str) -> bool:
    """Whether the sentence ``text`` tells the signing of an instrument with its signers (see
    the module docstring)."""
    return bool(_SIGNING.search(" ".join(str(text).split())))


def raise_signing_acts(
    texts: Sequence[str], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every signing act
    raised to just over ``threshold_cooperation`` (a higher head is kept)."""
    return lift_cooperation_head(texts, probs, threshold_cooperation, is_signing_act)


__all__ = ["is_signing_act", "raise_signing_acts"]
