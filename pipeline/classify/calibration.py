"""A document-level calibration layer over the claim model's heads (issue 12, twelfth round).

The claim model reads one sentence at a time; the same words mean different things in a
treaty, a press release, a speech or an encyclopedia article. This module computes, for each
sentence, a small set of general, name-free features that any run can compute on any document
(no file name, no manifest), and a layer that re-scores the two heads from them:

- the sentence's **shape**: a heading, a list item, a question, a quotation, its length;
- **who is in it**: distinct actor placeholders of the masked sentence and the side counts of
  :func:`pipeline.classify.cue_words.structure_features`, and the relation-cue counts;
- **the sentence before**: whether the model made it a claim;
- the **register** of the whole document as its text shows it (:func:`infer_register`):
  a legal instrument (treaty, resolution, order, guidelines), a statement or release, a speech
  or transcript, an encyclopedia or narrative article, a report or paper.

:class:`CalibrationLayer` holds the few fitted numbers (per head, weights and an intercept
added to the head's log-odds: a logistic regression with the head as its offset,
:func:`fit_shift`); ``scripts/calibrate_claims.py`` fits them and measures them by
cross-validation grouped by document. Measured in the twelfth round and **not used by the
run**: no variant beat the shipped thresholds (``scripts/experiment_results.md``, "Twelfth
round"); kept for a retrial on more real dev data. This module imports NumPy and the cue lists
only.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from pipeline.classify.cue_words import (
    STRUCTURE_FEATURE_NAMES,
    cue_features,
    structure_features,
)

#: The registers :func:`infer_register` tells apart, in a fixed order.
REGISTERS = ("legal", "statement", "speech", "narrative", "report")

_WORDS = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


#: Cues of each register: (pattern, weight); a document's score for a register is the weighted
#: count of its cues per 1,000 words. General forms of each kind of text, not any document's
#: words.
_REGISTER_CUES: dict[str, tuple[tuple[re.Pattern[str], float], ...]] = {
    "legal": (
        (_rx(r"\bshall\b"), 1.0),
        (_rx(r"^\s*(?:article|section|sec\.|part|chapter)\s+[0-9IVXL]+", re.M | re.I), 3.0),
        (_rx(r"^\s*(?:\(?[a-z0-9]{1,3}\)|[0-9]{1,2}\.)\s", re.M), 0.5),
        (
            _rx(
                r"^\s*(?:\d+\.\s*)?(?:recalling|recognizing|recognising|noting|affirming|"
                r"reaffirming|urges|requests|invites|encourages|decides|calls upon|"
                r"considering|desiring|bearing in mind|emphasizing|emphasising|welcomes)\b",
                re.M | re.I,
            ),
            3.0,
        ),
        (_rx(r"\b(?:states parties|the parties|hereby|pursuant to|hereinafter|thereof)\b"), 2.0),
    ),
    "statement": (
        (_rx(r"\b(?:said|says|announced|announces|stated)\b"), 1.0),
        (_rx(r"\b(?:press release|media contact|fact sheet|joint statement|for release)\b"), 3.0),
        (_rx(r"\b(?:today|this week)\b"), 1.0),
        (_rx(r"\b(?:the leaders|the two sides|welcomed|welcome|affirmed|reaffirmed)\b"), 1.0),
        (_rx(r"^\s*-?\s*(?:###|-end-|\*\*\*)\s*$", re.M), 3.0),
    ),
    "speech": (
        (_rx(r"\b(?:I|I'm|I've|I'll|me|my)\b", 0), 1.0),
        (_rx(r"\b(?:you|your)\b"), 0.7),
        (_rx(r"\b(?:thank you|thanks|ladies and gentlemen|applause|laughter|folks)\b"), 3.0),
        (_rx(r"\w(?:'|’)(?:re|ve|ll|m)\b"), 1.0),
        (_rx(r"\b(?:let me|let's|you know)\b"), 2.0),
    ),
    "narrative": (
        (_rx(r"\b(?:was|were|had|became)\b"), 0.5),
        (_rx(r"\[\s*\d+\s*\]"), 2.0),
        (_rx(r"\((?:born|died|\d{4})[^)]*\)"), 1.0),
        (_rx(r"^\s*(?:see also|references|external links|history|background)\s*$", re.M), 3.0),
        (_rx(r"\b(?:in|by|from) (?:1[89]|20)\d\d\b"), 0.5),
    ),
    "report": (
        (_rx(r"\b(?:this|the present) (?:report|paper|study|article|analysis|chapter)\b"), 3.0),
        (_rx(r"\b(?:figure|table|appendix|footnote|et al\.|ibid)\b"), 2.0),
        (_rx(r"\b(?:congress|policy|policies|strategy|strategic|analysis|issues?)\b"), 0.5),
        (_rx(r"\b(?:however|therefore|moreover|furthermore|whereas|although)\b"), 0.7),
        (_rx(r"\b(?:recommend\w*|finding|findings|objectives?|priorit\w+)\b"), 0.7),
    ),
}


def register_scores(text: str) -> dict[str, float]:
    """Each register's weighted cue count per 1,000 words of a document's text."""
    words = max(1, len(_WORDS.findall(text)))
    return {
        name: 1000.0 * sum(w * len(p.findall(text)) for p, w in cues) / words
        for name, cues in _REGISTER_CUES.items()
    }


def infer_register(text: str) -> str:
    """The register of a document (one of :data:`REGISTERS`) from its text alone: the one with
    the highest cue score; ``report`` when no cue is found at all."""
    scores = register_scores(text)
    best = max(REGISTERS, key=lambda r: (scores[r], -REGISTERS.index(r)))
    return best if scores[best] > 0 else "report"


# -- the sentence's shape -------------------------------------------------------------------------

_LIST_ITEM = re.compile(r"^\s*(?:[-•*·▪–—]|\(?[a-zA-Z0-9]{1,3}[.)]|\([ivx]+\))\s+")
_QUOTE = re.compile(r"[\"“”]|(?:^|\s)['‘]\w")
_SENTENCE_END = re.compile(r"[.!?:;][\"”’')\]]*\s*$")
_PLACEHOLDER = re.compile(r"\bent([a-z]+)\b")
#: Placeholders of the actor types that can be a side (as in cue_words).
_SIDE_TYPES = frozenset(("country", "agency", "organization", "company", "person"))


def is_heading(text: str) -> bool:
    """A short line with no sentence end whose words are mostly capitalised: a title, a
    heading, a byline."""
    stripped = text.strip()
    words = _WORDS.findall(stripped)
    if not words or len(words) > 20 or _SENTENCE_END.search(stripped):
        return False
    capitalised = sum(w[0].isupper() for w in words if len(w) > 3)
    long_words = sum(len(w) > 3 for w in words)
    return long_words == 0 or capitalised / long_words >= 0.6


def sentence_shape(text: str) -> dict[str, float]:
    """Shape features of a (raw or masked) sentence: heading, list item, question, quotation,
    and log(1 + word count)."""
    stripped = text.strip()
    return {
        "heading": float(is_heading(stripped)),
        "list_item": float(bool(_LIST_ITEM.match(stripped))),
        "question": float(stripped.rstrip("\"”’') ").endswith("?")),
        "quotation": float(bool(_QUOTE.search(stripped))),
        "length_log": math.log1p(len(_WORDS.findall(stripped))),
    }


def actor_counts(masked: str) -> tuple[int, int]:
    """(distinct side placeholders, all placeholders) of a masked sentence: ``entcountry``
    twice counts once among the distinct ones (the placeholders keep no names, so distinct
    means distinct types)."""
    found = [m.group(1) for m in _PLACEHOLDER.finditer(masked.lower())]
    sides = {t for t in found if t in _SIDE_TYPES}
    return len(sides), len(found)


#: The columns of :func:`sentence_features`, in order (before the register one-hot).
SENTENCE_FEATURE_NAMES = (
    "heading", "list_item", "question", "quotation", "length_log",
    "side_types", "placeholders_log", "parties_two_or_more", "several_sides", "no_side_at_all",
    "cue_cooperation", "cue_competition", "cue_negation", "cue_hedge", "cue_contrast",
    "previous_claim",
)  # fmt: skip

#: Every column the layer reads: the sentence features, then the register one-hot.
FEATURE_NAMES = (*SENTENCE_FEATURE_NAMES, *(f"register_{r}" for r in REGISTERS))


def sentence_features(masked: str, *, previous_claim: bool, register: str) -> list[float]:
    """The name-free features of one masked sentence (:data:`SENTENCE_FEATURE_NAMES`, then a
    one-hot of the document's register): :data:`FEATURE_NAMES`."""
    shape = sentence_shape(masked)
    side_types, placeholders = actor_counts(masked)
    structure = dict(zip(STRUCTURE_FEATURE_NAMES, structure_features(masked), strict=True))
    cues = cue_features(masked)
    return [
        shape["heading"], shape["list_item"], shape["question"], shape["quotation"],
        shape["length_log"],
        float(side_types), math.log1p(placeholders), structure["parties_two_or_more"],
        structure["several_sides"], structure["no_side_at_all"],
        *cues[:5],
        float(previous_claim),
        *(float(register == r) for r in REGISTERS),
    ]  # fmt: skip


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=float), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


@dataclass(frozen=True)
class CalibrationLayer:
    """Per head (cooperation, competition): weights over the features of
    :func:`sentence_features` (raw units) and an intercept, added to the head's log-odds. The
    model's thresholds keep deciding; the layer only moves a head's probability by what the
    sentence's shape, sides, cues, the sentence before and the register say."""

    weights: tuple[tuple[float, ...], tuple[float, ...]]
    intercept: tuple[float, float]

    def apply(self, probs: np.ndarray, features: np.ndarray) -> np.ndarray:
        """Re-scored head probabilities, shape (n, 2)."""
        probs = np.asarray(probs, dtype=float)
        x = np.asarray(features, dtype=float).reshape(len(probs), -1)
        out = np.empty_like(probs)
        for h in range(2):
            shift = x @ np.asarray(self.weights[h], dtype=float) + self.intercept[h]
            out[:, h] = _sigmoid(_logit(probs[:, h]) + shift)
        return out


def fit_shift(
    offset: np.ndarray, features: np.ndarray, y: np.ndarray, *, penalty: float
) -> tuple[np.ndarray, float]:
    """Weights and intercept of a logistic regression of ``y`` on ``features`` with the fixed
    offset ``offset`` (the head's log-odds), L2 ``penalty`` on the standardised weights and the
    intercept (so a strong penalty leaves the head as it is). Newton's method; returns the
    weights in raw units and the intercept."""
    x = np.asarray(features, dtype=float)
    mean, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd == 0] = 1.0
    z = np.column_stack([(x - mean) / sd, np.ones(len(x))])
    beta = np.zeros(z.shape[1])
    y = np.asarray(y, dtype=float)
    for _ in range(50):
        p = _sigmoid(offset + z @ beta)
        grad = z.T @ (p - y) + penalty * beta
        hess = (z * (p * (1 - p))[:, None]).T @ z + penalty * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = beta[:-1] / sd
    return weights, float(beta[-1] - (beta[:-1] * mean / sd).sum())


__all__ = [
    "FEATURE_NAMES",
    "REGISTERS",
    "SENTENCE_FEATURE_NAMES",
    "CalibrationLayer",
    "actor_counts",
    "fit_shift",
    "infer_register",
    "is_heading",
    "register_scores",
    "sentence_features",
    "sentence_shape",
]
