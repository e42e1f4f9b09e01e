"""The claim classifier: two calibrated heads, one per claim, and the four labels from them.

The annotation guide defines the four labels as two yes/no questions (does the sentence make a
cooperation claim? a competition claim?). Each question gets its own head: a scikit-learn
``Pipeline`` of TF-IDF word and character n-grams into a logistic regression calibrated with
Platt scaling (``CalibratedClassifierCV``). ``both`` is simply yes/yes, so it never needs to be
learned as a category of its own.
"""

from __future__ import annotations

import re

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

LABELS = ("cooperation", "competition", "both", "neutral")
HEADS = ("cooperation", "competition")

_DIGITS = re.compile(r"\d")


def normalize_for_features(text: str) -> str:
    """Lower-case and map digits to 0 so years and counts share features."""
    return _DIGITS.sub("0", text.lower())


def label_to_heads(label: str) -> tuple[int, int]:
    """``label`` -> (cooperation claim?, competition claim?)."""
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}: use one of {', '.join(LABELS)}")
    return int(label in ("cooperation", "both")), int(label in ("competition", "both"))


def heads_to_label(cooperation: bool, competition: bool) -> str:
    if cooperation and competition:
        return "both"
    if cooperation:
        return "cooperation"
    if competition:
        return "competition"
    return "neutral"


class ClaimClassifier(ClassifierMixin, BaseEstimator):
    """Two calibrated heads over TF-IDF word and character n-grams.

    Parameters are stored as given (scikit-learn convention); ``fit`` builds ``features_`` (a
    ``Pipeline`` of TF-IDF word and character n-grams shared by both heads), ``heads_`` =
    {"cooperation": ..., "competition": ...} (calibrated logistic regressions) and ``classes_``.
    """

    def __init__(
        self,
        *,
        word_ngram_range: tuple[int, int] = (1, 2),
        char_ngram_range: tuple[int, int] = (2, 5),
        min_df: int = 1,
        C: float = 4.0,
        calibration_cv: int = 5,
        threshold_cooperation: float = 0.5,
        threshold_competition: float = 0.5,
        random_state: int = 0,
    ) -> None:
        self.word_ngram_range = word_ngram_range
        self.char_ngram_range = char_ngram_range
        self.min_df = min_df
        self.C = C
        self.calibration_cv = calibration_cv
        self.threshold_cooperation = threshold_cooperation
        self.threshold_competition = threshold_competition
        self.random_state = random_state

    def _features(self) -> Pipeline:
        union = FeatureUnion(
            [
                (
                    "words",
                    TfidfVectorizer(
                        preprocessor=normalize_for_features,
                        ngram_range=tuple(self.word_ngram_range),
                        min_df=self.min_df,
                        sublinear_tf=True,
                        token_pattern=r"(?u)\b\w[\w'-]*\b",
                    ),
                ),
                (
                    "chars",
                    TfidfVectorizer(
                        preprocessor=normalize_for_features,
                        analyzer="char_wb",
                        ngram_range=tuple(self.char_ngram_range),
                        min_df=max(2, self.min_df),
                        sublinear_tf=True,
                        max_features=200_000,
                    ),
                ),
            ]
        )
        return Pipeline([("tfidf", union)])

    def _head(self) -> CalibratedClassifierCV:
        model = LogisticRegression(
            C=self.C,
            class_weight="balanced",
            solver="liblinear",
            max_iter=2000,
            random_state=self.random_state,
        )
        return CalibratedClassifierCV(model, method="sigmoid", cv=self.calibration_cv)

    def fit(self, X, y) -> ClaimClassifier:
        texts = list(X)
        targets = np.array([label_to_heads(lab) for lab in y])
        # One feature space for both heads: fitted once, transformed once per batch.
        self.features_ = self._features().fit(texts)
        matrix = self.features_.transform(texts)
        self.heads_ = {
            head: self._head().fit(matrix, targets[:, i]) for i, head in enumerate(HEADS)
        }
        self.classes_ = np.array(LABELS)
        return self

    def predict_heads(self, X) -> np.ndarray:
        """Calibrated probabilities, shape (n, 2): P(cooperation claim), P(competition claim)."""
        texts = list(X)
        if not texts:
            return np.zeros((0, 2))
        matrix = self.features_.transform(texts)
        return np.column_stack([self.heads_[h].predict_proba(matrix)[:, 1] for h in HEADS])

    def labels_from_heads(self, probs: np.ndarray) -> list[str]:
        return [
            heads_to_label(pc >= self.threshold_cooperation, pk >= self.threshold_competition)
            for pc, pk in probs
        ]

    def predict(self, X) -> np.ndarray:
        return np.array(self.labels_from_heads(self.predict_heads(X)))

    def predict_proba(self, X) -> np.ndarray:
        """Probabilities of the four labels (in ``LABELS`` order), assuming independent heads."""
        p = self.predict_heads(X)
        pc, pk = p[:, 0], p[:, 1]
        return np.column_stack([pc * (1 - pk), (1 - pc) * pk, pc * pk, (1 - pc) * (1 - pk)])
