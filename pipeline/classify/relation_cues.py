"""Relation cues as a scikit-learn transformer (the cue lists and counting: ``cue_words``).

Kept in its own module so that the class keeps the import path saved model files name
(``pipeline.classify.relation_cues.RelationCues``), while the cue lists can be used without
importing scikit-learn.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin

from pipeline.classify.cue_words import (
    FEATURE_NAMES,
    STRUCTURE_FEATURE_NAMES,
    all_cue_features,
    cue_counts,
    cue_features,
)

__all__ = [
    "FEATURE_NAMES",
    "STRUCTURE_FEATURE_NAMES",
    "RelationCues",
    "all_cue_features",
    "cue_counts",
    "cue_features",
]


class RelationCues(TransformerMixin, BaseEstimator):
    """Sentences -> a sparse matrix of relation-cue features, scaled by ``weight``.

    Columns: log(1 + count) of each cue group, then the products cooperation x competition,
    cooperation x negation, competition x negation and cooperation x competition x contrast;
    with ``structure``, then the columns of ``cue_words.structure_features`` (how many sides
    the masked sentence names). Stateless: ``fit`` learns nothing.
    """

    def __init__(self, *, weight: float = 0.3, structure: bool = False) -> None:
        self.weight = weight
        self.structure = structure

    def fit(self, X, y=None) -> RelationCues:
        return self

    def __sklearn_is_fitted__(self) -> bool:
        return True  # nothing to learn

    def transform(self, X) -> sp.csr_matrix:
        structure = bool(getattr(self, "structure", False))  # models saved before it: False
        rows = [all_cue_features(str(text), structure=structure) for text in X]
        width = len(self.get_feature_names_out())
        matrix = np.asarray(rows, dtype=float).reshape(-1, width) * self.weight
        return sp.csr_matrix(matrix)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        extra = STRUCTURE_FEATURE_NAMES if getattr(self, "structure", False) else ()
        return np.array(FEATURE_NAMES + extra)
