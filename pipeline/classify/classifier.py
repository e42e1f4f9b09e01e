"""The claim classifier: two calibrated heads, one per claim, and the four labels from them.

The annotation guide defines the four labels as two yes/no questions (does the sentence make a
cooperation claim? a competition claim?). Each question is a *head* with a calibrated
probability; ``both`` is simply yes/yes and ``neutral`` no/no.

Design (chosen by ``scripts/experiment_classifier.py``, see ``scripts/experiment_results.md``):
one feature space of TF-IDF word 1-2-grams and character 2-5-grams, plus a few relation-cue
features (``pipeline.classify.relation_cues``: counts of cooperation, competition, negation, hedge and
contrast words and their products; ``cue_weight``, 0 to leave them out) feeds a multinomial
(softmax) logistic regression over the four labels (``design="joint"``, the default), whose
probabilities are marginalised into the two heads: P(cooperation claim) = P(cooperation) +
P(both), P(competition claim) = P(competition) + P(both). The alternatives ``"binary"`` (one
binary logistic regression per head, the earlier design) and ``"mix"`` (the average of both)
remain available.

Why not binary heads alone: a binary head is linear, so the words of the *other* claim can only
push it down (the cooperation head learns from the competition sentences that "rival" means
"not cooperation"), which hurts ``both``. The softmax model has its own weight vector for
``both`` and so can reward the two vocabularies together.

The head scores go through Platt scaling (a logistic function of their log-odds, Platt 1999)
fitted on cross-validated scores, as ``sklearn.calibration.CalibratedClassifierCV(
ensemble=False)`` does, so that the probabilities are calibrated while the deployed model is a
single fit on all the data.
"""

from __future__ import annotations

import copy

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline

from pipeline.classify.both_rule import resolve_both
from pipeline.classify.competition_rule import cap_competition
from pipeline.classify.gated_rules import apply_gated_rules
from pipeline.classify.plan_sentences import cap_plan_sentences
from pipeline.classify.predictor import (
    apply_platt,
    feature_text,
    heads_to_label,
    logit,
    reweight_labels,
)
from pipeline.classify.relation_cues import RelationCues
from pipeline.classify.relation_gate import cap_unrelated
from pipeline.classify.rivalry_rule import raise_competition
from pipeline.schema import HEADS, LABELS

DESIGNS = ("mix", "binary", "joint")

_TERM_SEPARATOR = "\x00"


def normalize_for_features(text: str) -> str:
    """Lower-case and map digits to 0 so years and counts share features (the rule is
    ``predictor.feature_text``; saved models name this function, so it stays here)."""
    return feature_text(text)


def label_to_heads(label: str) -> tuple[int, int]:
    """``label`` -> (cooperation claim?, competition claim?)."""
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}: use one of {', '.join(LABELS)}")
    return int(label in (HEADS[0], "both")), int(label in (HEADS[1], "both"))


def fit_platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling: (a, b) such that sigmoid(a * score + b) is calibrated for targets ``y``.

    Uses Platt's smoothed targets ((n+ + 1) / (n+ + 2) and 1 / (n- + 2)) so that a perfectly
    separated training set does not drive the slope to infinity.
    """
    y = np.asarray(y).astype(int)
    n_pos, n_neg = int(y.sum()), int(len(y) - y.sum())
    if n_pos == 0 or n_neg == 0:
        return 1.0, 0.0
    t = np.where(y == 1, (n_pos + 1.0) / (n_pos + 2.0), 1.0 / (n_neg + 2.0))
    s = np.asarray(scores, dtype=float)
    a, b = 1.0, float(np.log((n_pos + 1.0) / (n_neg + 1.0)))
    # Newton's method on the cross-entropy of the two parameters (a 2x2 system per step).
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(a * s + b)))
        g = np.array([np.dot(p - t, s), np.sum(p - t)])
        w = p * (1 - p) + 1e-12
        h = np.array([[np.dot(w, s * s), np.dot(w, s)], [np.dot(w, s), w.sum()]]) + 1e-9 * np.eye(2)
        step = np.linalg.solve(h, g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-8:
            break
    return float(a), float(b)


class ClaimClassifier(ClassifierMixin, BaseEstimator):
    """Two calibrated heads over TF-IDF word and character n-grams.

    Parameters are stored as given (scikit-learn convention). ``design`` is ``"mix"`` (binary
    heads averaged with the marginals of a four-label softmax model), ``"binary"`` or
    ``"joint"`` (the softmax model alone: the shipped design). ``calibration_cv`` folds are used inside :meth:`fit` to get
    cross-validated scores for Platt scaling; with ``calibration_cv=0`` the model is fitted
    without calibration and :meth:`calibrate` must be given out-of-fold scores (what
    ``spaceclaims train`` does, reusing its cross-validation instead of fitting twice).

    Fitted attributes: ``features_`` (TF-IDF ``Pipeline``), ``heads_`` (binary logistic
    regressions by head, design ``mix``/``binary``), ``joint_`` (softmax model, design
    ``mix``/``joint``), ``calibration_`` (Platt (a, b) per head) and ``classes_``.

    With ``entity_masking`` the model expects its input masked (``pipeline.classify.masking``):
    it neither masks nor checks, but says so to whoever feeds it (the claims component, training
    and evaluation), which mask sentences with the pipeline's actor and date mentions.
    ``context_weight`` is the share of the previous sentence's head probabilities that the
    claims component mixes into a sentence's own (``pipeline.classify.predictor.with_context``); loose sentences
    (training, evaluation) have no context. With ``plan_rule``, a sentence that only announces
    a document's plan (:mod:`pipeline.classify.plan_sentences`) gets claim probabilities of at
    most ``PLAN_CEILING``, so it is neutral whatever its topic. ``cue_structure`` adds the
    relation cues' side counts (``cue_words.structure_features``). ``label_prior_weights`` (one
    factor per label in ``LABELS`` order) multiply the softmax probabilities before they are
    marginalised into the heads: a prior shift (Saerens et al. 2002) from the label mix of the
    training sentences to that of real documents, where ``both`` and ``competition`` are rare.
    ``both_bar``, ``both_needs_cues`` and ``both_fallback`` are the `both` decision of
    :func:`pipeline.classify.both_rule.resolve_both` (both heads above ``both_bar``, and a
    cooperation and a competition cue in the sentence; else the fallback head's label), applied
    to the head probabilities with the model's thresholds; 0 and False leave it off. With
    ``competition_rule``, headings and rules on a party's own conduct
    (:mod:`pipeline.classify.competition_rule`) keep a competition head under its threshold.
    With ``relation_gate``, sentences that name no actor, no side, no relation and nothing of
    space affairs (:mod:`pipeline.classify.relation_gate`) keep both heads under their
    thresholds. With ``rivalry_rule``, sentences that hold a form of rivalry the n-grams
    under-read (:mod:`pipeline.classify.rivalry_rule`) get a competition head over its threshold
    before the other rules apply.
    """

    def __init__(
        self,
        *,
        design: str = "joint",
        word_ngram_range: tuple[int, int] = (1, 2),
        char_ngram_range: tuple[int, int] = (2, 5),
        min_df: int = 1,
        C: float = 4.0,
        cue_weight: float = 0.3,
        calibration_cv: int = 5,
        threshold_cooperation: float = 0.5,
        threshold_competition: float = 0.5,
        entity_masking: bool = False,
        context_weight: float = 0.0,
        plan_rule: bool = False,
        cue_structure: bool = False,
        label_prior_weights: tuple[float, ...] | None = None,
        both_bar: float = 0.0,
        both_needs_cues: bool = False,
        both_fallback: str = "stronger",
        competition_rule: bool = False,
        relation_gate: bool = False,
        rivalry_rule: bool = False,
        random_state: int = 0,
    ) -> None:
        self.design = design
        self.word_ngram_range = word_ngram_range
        self.char_ngram_range = char_ngram_range
        self.min_df = min_df
        self.C = C
        self.cue_weight = cue_weight
        self.calibration_cv = calibration_cv
        self.threshold_cooperation = threshold_cooperation
        self.threshold_competition = threshold_competition
        self.entity_masking = entity_masking
        self.context_weight = context_weight
        self.plan_rule = plan_rule
        self.cue_structure = cue_structure
        self.label_prior_weights = label_prior_weights
        self.both_bar = both_bar
        self.both_needs_cues = both_needs_cues
        self.both_fallback = both_fallback
        self.competition_rule = competition_rule
        self.relation_gate = relation_gate
        self.rivalry_rule = rivalry_rule
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
        if self.cue_weight:
            cues = RelationCues(weight=self.cue_weight, structure=self.cue_structure)
            union.transformer_list.append(("cues", cues))
        return Pipeline([("tfidf", union)])

    def _binary(self) -> LogisticRegression:
        return LogisticRegression(
            C=self.C,
            class_weight="balanced",
            solver="liblinear",
            max_iter=2000,
            random_state=self.random_state,
        )

    def _joint(self) -> LogisticRegression:
        # newton-cg converges in a few iterations here, many times faster than lbfgs.
        return LogisticRegression(
            C=self.C,
            class_weight="balanced",
            solver="newton-cg",
            max_iter=500,
            random_state=self.random_state,
        )

    def _fit_raw(self, texts: list[str], labels: np.ndarray) -> None:
        """Fit features and the uncalibrated models on ``texts``."""
        if self.design not in DESIGNS:
            raise ValueError(f"unknown design {self.design!r}: use one of {', '.join(DESIGNS)}")
        targets = np.array([label_to_heads(lab) for lab in labels])
        # One feature space for all models: fitted once, transformed once per batch.
        self.features_ = _slim(self._features().fit(texts))
        matrix = self.features_.transform(texts)
        self.heads_ = {}
        self.joint_ = None
        if self.design in ("mix", "binary"):
            for i, head in enumerate(HEADS):
                if len(set(targets[:, i])) < 2:
                    raise ValueError(f"training needs examples with and without a {head} claim")
                self.heads_[head] = self._binary().fit(matrix, targets[:, i])
        if self.design in ("mix", "joint"):
            self.joint_ = self._joint().fit(matrix, labels)

    def fit(self, X, y) -> ClaimClassifier:
        texts = [str(t) for t in X]
        labels = np.array(list(y))
        self.classes_ = np.array(LABELS)
        self.calibration_ = {head: (1.0, 0.0) for head in HEADS}
        if self.calibration_cv and self.calibration_cv > 1:
            folds = StratifiedKFold(
                n_splits=self.calibration_cv, shuffle=True, random_state=self.random_state
            )
            scores = np.zeros((len(texts), 2))
            for train_idx, test_idx in folds.split(np.zeros(len(labels)), labels):
                part = self.__class__(**{**self.get_params(), "calibration_cv": 0})
                part._fit_raw([texts[i] for i in train_idx], labels[train_idx])
                scores[test_idx] = part.decision_heads([texts[i] for i in test_idx])
            self._fit_raw(texts, labels)
            self.calibrate(scores, labels)
        else:
            self._fit_raw(texts, labels)
        return self

    # A fitted vectorizer's vocabulary is a dict of some 200,000 n-grams; skops stores and
    # audits a dict item by item, which made loading a model take seconds. It is saved as one
    # string of the terms in column order instead, and rebuilt on load.

    def __getstate__(self) -> dict:
        state = super().__getstate__()
        features = state.get("features_")
        if features is None:
            return state
        union = copy.copy(features.named_steps["tfidf"])
        union.transformer_list = list(union.transformer_list)
        packed = []
        for k, (name, step) in enumerate(union.transformer_list):
            vocabulary = getattr(step, "vocabulary_", None)
            if vocabulary is None:
                continue
            terms = sorted(vocabulary, key=vocabulary.__getitem__)
            if [vocabulary[t] for t in terms] != list(range(len(terms))) or any(
                _TERM_SEPARATOR in t for t in terms
            ):
                continue  # not a plain column numbering: keep the dict as it is
            step = copy.copy(step)
            del step.vocabulary_
            union.transformer_list[k] = (name, step)
            packed.append([name, _TERM_SEPARATOR.join(terms)])
        pipeline = copy.copy(features)
        pipeline.steps = [("tfidf", union) if n == "tfidf" else (n, t) for n, t in features.steps]
        return {**state, "features_": pipeline, "packed_vocabularies_": packed}

    def __setstate__(self, state: dict) -> None:
        state = dict(state)
        packed = state.pop("packed_vocabularies_", None) or []
        super().__setstate__(state)
        if packed:
            steps = dict(self.features_.named_steps["tfidf"].transformer_list)
            for name, joined in packed:
                terms = joined.split(_TERM_SEPARATOR) if joined else []
                steps[name].vocabulary_ = {t: i for i, t in enumerate(terms)}

    def calibrate(self, scores: np.ndarray, labels) -> ClaimClassifier:
        """Fit Platt scaling per head on out-of-fold ``decision_heads`` scores of ``labels``."""
        targets = np.array([label_to_heads(lab) for lab in labels])
        self.calibration_ = {
            head: fit_platt(scores[:, i], targets[:, i]) for i, head in enumerate(HEADS)
        }
        return self

    def decision_heads(self, X) -> np.ndarray:
        """Uncalibrated scores (log-odds), shape (n, 2), one column per head."""
        texts = [str(t) for t in X]
        if not texts:
            return np.zeros((0, 2))
        matrix = self.features_.transform(texts)
        estimates = []
        if self.heads_:
            estimates.append(
                np.column_stack([self.heads_[h].predict_proba(matrix)[:, 1] for h in HEADS])
            )
        if self.joint_ is not None:
            p = self.joint_.predict_proba(matrix)
            col = {c: i for i, c in enumerate(self.joint_.classes_)}
            weights = getattr(self, "label_prior_weights", None)  # None in older models
            if weights:
                p = reweight_labels(p, [str(c) for c in self.joint_.classes_], weights)
            zero = np.zeros(len(p))  # a label absent from the training data
            both = p[:, col["both"]] if "both" in col else zero
            estimates.append(
                np.column_stack(
                    [
                        p[:, col["cooperation"]] + both if "cooperation" in col else both,
                        p[:, col["competition"]] + both if "competition" in col else both,
                    ]
                )
            )
        return logit(np.mean(estimates, axis=0))

    def predict_heads(self, X) -> np.ndarray:
        """Calibrated probabilities, shape (n, 2): P(cooperation claim), P(competition claim)."""
        texts = [str(t) for t in X]
        scores = self.decision_heads(texts)
        if not len(scores):
            return scores
        probs = np.column_stack(
            [apply_platt(scores[:, i], self.calibration_[h]) for i, h in enumerate(HEADS)]
        )
        if getattr(self, "rivalry_rule", False):  # models saved before it: off
            probs = raise_competition(
                texts,
                probs,
                (self.threshold_cooperation, self.threshold_competition),
                bar=getattr(self, "both_bar", 0.0),
            )
        if getattr(self, "plan_rule", False):
            probs = cap_plan_sentences(texts, probs)
        if getattr(self, "competition_rule", False):  # models saved before it: off
            probs = cap_competition(texts, probs, self.threshold_competition)
        if getattr(self, "relation_gate", False):  # models saved before it: off
            probs = cap_unrelated(
                texts, probs, (self.threshold_cooperation, self.threshold_competition)
            )
            # Lines the heads misread (instrument lines, denied targets, shared provisions,
            # signing acts) and lines that name the sides but make no claim (definitions,
            # courtesy): pipeline.classify.gated_rules.
            probs = apply_gated_rules(
                texts, probs, self.threshold_cooperation, self.threshold_competition
            )
        return resolve_both(
            texts,
            probs,
            (self.threshold_cooperation, self.threshold_competition),
            bar=getattr(self, "both_bar", 0.0),  # models saved before it: off
            needs_cues=getattr(self, "both_needs_cues", False),
            fallback=getattr(self, "both_fallback", "stronger"),
        )

    def labels_from_heads(self, probs: np.ndarray) -> list[str]:
        """The four labels from head probabilities and the model's two thresholds."""
        return [
            heads_to_label(pc >= self.threshold_cooperation, pk >= self.threshold_competition)
            for pc, pk in probs
        ]

    def predict(self, X) -> np.ndarray:
        return np.array(self.labels_from_heads(self.predict_heads(X)))

    def predict_proba(self, X) -> np.ndarray:
        """Probabilities of the four labels (in ``LABELS`` order), assuming independent heads."""
        return label_probabilities(self.predict_heads(X))


def label_probabilities(heads: np.ndarray) -> np.ndarray:
    """Four-label probabilities (``LABELS`` order) from head probabilities, heads independent."""
    heads = np.asarray(heads, dtype=float).reshape(-1, 2)
    pc, pk = heads[:, 0], heads[:, 1]
    return np.column_stack([pc * (1 - pk), (1 - pc) * pk, pc * pk, (1 - pc) * (1 - pk)])


def _slim(features: Pipeline) -> Pipeline:
    """Drop what the fitted vectorizers keep only for introspection.

    ``stop_words_`` holds every n-gram pruned by ``min_df`` / ``max_features`` (most of a model
    file's size); NumPy integers in ``vocabulary_`` are stored one object each by skops.
    """
    for _, vectorizer in features.named_steps["tfidf"].transformer_list:
        if not hasattr(vectorizer, "vocabulary_"):
            continue  # relation cues: nothing fitted
        if hasattr(vectorizer, "stop_words_"):
            del vectorizer.stop_words_
        vectorizer.vocabulary_ = {term: int(i) for term, i in vectorizer.vocabulary_.items()}
    return features
