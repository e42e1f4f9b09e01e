"""Measures of the claim classifier: per-label and per-head precision, recall and F1, calibration
error and curves, thresholds, and out-of-fold predictions for cross-validation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold

from pipeline.classify.classifier import (
    ClaimClassifier,
    apply_platt,
    fit_platt,
    heads_to_label,
    label_to_heads,
)
from pipeline.schema import HEADS, LABELS


def expected_calibration_error(y: np.ndarray, p: np.ndarray, bins: int = 10) -> float:
    """ECE with equal-width bins: sum over bins of |accuracy - confidence| weighted by size
    (Naeini et al. 2015; Guo et al. 2017), for the probability ``p`` of the event ``y == 1``."""
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    if not len(y):
        return 0.0
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = idx == b
        if mask.any():
            ece += mask.mean() * abs(y[mask].mean() - p[mask].mean())
    return float(ece)


def calibration_curve(
    y: np.ndarray, p: np.ndarray, bins: int = 10
) -> list[tuple[float, float, int]]:
    """(mean predicted probability, observed frequency, count) for each non-empty bin."""
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    idx = np.clip(np.digitize(p, np.linspace(0, 1, bins + 1)[1:-1]), 0, bins - 1)
    return [
        (float(p[idx == b].mean()), float(y[idx == b].mean()), int((idx == b).sum()))
        for b in range(bins)
        if (idx == b).any()
    ]


def choose_threshold(y: np.ndarray, p: np.ndarray) -> float:
    """The probability cut-off that maximises F1 of one head on out-of-fold predictions."""
    y = np.asarray(y)
    best_t, best_f = 0.5, -1.0
    for t in np.arange(0.2, 0.81, 0.02):
        pred = p >= t
        tp = float((pred & (y == 1)).sum())
        f = 2 * tp / max(1.0, pred.sum() + (y == 1).sum())
        if f > best_f + 1e-9:
            best_t, best_f = float(round(t, 2)), f
    return best_t


def choose_thresholds(
    labels: Sequence[str], probs: np.ndarray, grid: Sequence[float] | None = None
) -> tuple[float, float]:
    """The pair of head thresholds that maximises macro-F1 over the four labels.

    Chosen jointly because ``both`` needs both heads: a cut-off that is best for one head alone
    is not best for the labels. The grid stays near 0.5 (the heads are calibrated) so that the
    choice cannot chase noise in the out-of-fold predictions; ties go to the pair nearest 0.5.
    """
    grid = np.round(np.arange(0.30, 0.701, 0.02), 2) if grid is None else np.asarray(grid)
    truth = np.array([LABELS.index(lab) for lab in labels])
    best, best_key = (0.5, 0.5), (-1.0, 0.0)
    for tc in grid:
        coop = probs[:, 0] >= tc
        for tk in grid:
            comp = probs[:, 1] >= tk
            pred = np.where(coop & comp, 2, np.where(coop, 0, np.where(comp, 1, 3)))
            f = _macro_f1_codes(truth, pred)
            key = (round(f, 6), -abs(tc - 0.5) - abs(tk - 0.5))
            if key > best_key:
                best, best_key = (float(tc), float(tk)), key
    return best


def _macro_f1_codes(truth: np.ndarray, pred: np.ndarray) -> float:
    scores = []
    for c in range(len(LABELS)):
        tp = np.sum((pred == c) & (truth == c))
        denom = np.sum(pred == c) + np.sum(truth == c)
        scores.append(2 * tp / denom if denom else 0.0)
    return float(np.mean(scores))


@dataclass
class Evaluation:
    per_label: dict[str, dict[str, float]]
    macro_f1: float
    heads: dict[str, dict[str, float]]
    n: int
    confusion: list[list[int]]

    def as_dict(self) -> dict:
        return {
            "n": self.n,
            "macro_f1": self.macro_f1,
            "per_label": self.per_label,
            "heads": self.heads,
            "confusion": {"labels": list(LABELS), "matrix": self.confusion},
        }


def evaluate_predictions(
    labels: Sequence[str], probs: np.ndarray, thresholds: tuple[float, float]
) -> Evaluation:
    """Per-label P/R/F1, macro-F1, the confusion matrix (rows: truth, columns: predicted, in
    ``LABELS`` order), and per-head P/R/F1 and calibration error."""
    labels = list(labels)
    probs = np.asarray(probs, dtype=float).reshape(-1, 2)
    pred = [heads_to_label(pc >= thresholds[0], pk >= thresholds[1]) for pc, pk in probs]
    p, r, f, s = precision_recall_fscore_support(labels, pred, labels=list(LABELS), zero_division=0)
    per_label = {
        lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "n": int(s[i])}
        for i, lab in enumerate(LABELS)
    }
    truth = np.array([label_to_heads(lab) for lab in labels]).reshape(-1, 2)
    heads = {}
    for i, head in enumerate(HEADS):
        hp, hr, hf, _ = precision_recall_fscore_support(
            truth[:, i], probs[:, i] >= thresholds[i], average="binary", zero_division=0
        )
        heads[head] = {
            "precision": float(hp),
            "recall": float(hr),
            "f1": float(hf),
            "ece": expected_calibration_error(truth[:, i], probs[:, i]),
            "n_positive": int(truth[:, i].sum()),
        }
    matrix = confusion_matrix(labels, pred, labels=list(LABELS)).tolist() if labels else []
    # A label absent from the data has no F1 to speak of (sklearn's 0 would only drag the
    # average down): macro-F1 averages over the labels the data hold.
    present = s > 0
    macro = float(np.mean(f[present])) if present.any() else 0.0
    return Evaluation(per_label, macro, heads, len(labels), matrix)


def _fold_count(labels: Sequence[str], folds: int) -> int:
    """At most ``folds``, and no more than the rarest label has examples (at least 2)."""
    rarest = min(Counter(labels).values())
    if rarest < 2:
        raise ValueError(
            "cross-validation needs at least two examples of every label present; "
            f"label counts: {dict(Counter(labels))}"
        )
    return max(2, min(folds, rarest))


def out_of_fold_scores(
    texts: Sequence[str], labels: Sequence[str], *, folds: int = 5, seed: int = 0, **params
) -> tuple[np.ndarray, np.ndarray]:
    """Uncalibrated head scores for every example from models that did not see it, and each
    example's fold number (stratified on the four labels)."""
    scores = np.zeros((len(texts), 2))
    fold_of = np.zeros(len(texts), dtype=int)
    lab = np.array(labels)
    skf = StratifiedKFold(n_splits=_fold_count(labels, folds), shuffle=True, random_state=seed)
    for k, (train_idx, test_idx) in enumerate(skf.split(np.zeros(len(lab)), lab)):
        model = ClaimClassifier(**{**params, "calibration_cv": 0, "random_state": seed})
        model._fit_raw([texts[i] for i in train_idx], lab[train_idx])
        scores[test_idx] = model.decision_heads([texts[i] for i in test_idx])
        fold_of[test_idx] = k
    return scores, fold_of


def cross_fitted_calibration(
    scores: np.ndarray, labels: Sequence[str], fold_of: np.ndarray
) -> np.ndarray:
    """Calibrated out-of-fold probabilities: each fold's scores go through Platt scaling fitted
    on the other folds' scores, so that the reported calibration error is not in-sample."""
    truth = np.array([label_to_heads(lab) for lab in labels])
    probs = np.zeros_like(scores)
    for k in np.unique(fold_of):
        held, rest = fold_of == k, fold_of != k
        for i in range(2):
            probs[held, i] = apply_platt(
                scores[held, i], fit_platt(scores[rest, i], truth[rest, i])
            )
    return probs


def out_of_fold(
    texts: Sequence[str], labels: Sequence[str], *, folds: int = 5, seed: int = 0, **params
) -> np.ndarray:
    """Cross-validated, calibrated head probabilities for every example."""
    scores, fold_of = out_of_fold_scores(texts, labels, folds=folds, seed=seed, **params)
    return cross_fitted_calibration(scores, labels, fold_of)
