"""Relation cues as a scikit-learn transformer (the cue lists and counting: ``cue_words``).

Kept in its own module so that the class keeps the import path saved model files name
(``pipeline.classify.relation_cues.RelationCues``), while the cue lists can be used without
importing scikit-learn.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin

from pipeline.classify.cue_words import FEATURE_NAMES, cue_counts, cue_features

__all__ = ["FEATURE_NAMES", "RelationCues", "cue_counts", "cue_features"]


class RelationCues(TransformerMixin, BaseEstimator):
    """Sentences -> a sparse matrix of relation-cue features, scaled by ``weight``.

    Columns: log(1 + count) of each cue group, then the products cooperation x competition,
    cooperation x negation, competition x negation and cooperation x competition x contrast.
    Stateless: ``fit`` learns nothing.
    """

    def __init__(self, *, weight: float = 0.3) -> None:
        self.weight = weight

    def fit(self, X, y=None) -> RelationCues:
        return self

    def __sklearn_is_fitted__(self) -> bool:
        return True  # nothing to learn

    def transform(self, X) -> sp.csr_matrix:
        rows = [cue_features(str(text)) for text in X]
        matrix = np.asarray(rows, dtype=float).reshape(-1, len(FEATURE_NAMES)) * self.weight
        return sp.csr_matrix(matrix)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return np.array(FEATURE_NAMES)
