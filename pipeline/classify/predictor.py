"""The fitted claim model as plain arrays, for labelling without scikit-learn.

Importing scikit-learn (and the SciPy modules it pulls in) takes longer than loading spaCy's
English model, and a run only needs a fitted model's arithmetic: TF-IDF word and character
n-grams, the relation-cue features, a softmax over the four labels, the marginals of the two
heads and their Platt scaling. ``spaceclaims train`` therefore writes ``predictor.npz`` beside
``model.skops``: the vocabularies, IDF weights, coefficients, calibration and thresholds, as
NumPy arrays (read with ``allow_pickle=False``: no code is ever loaded). :class:`Predictor`
computes from them what :meth:`ClaimClassifier.predict_heads` computes, to rounding
(``tests/classify/test_predictor.py`` checks every shipped sentence); the file records the
SHA-256 of the ``model.skops`` it was made from, and is ignored when that no longer matches.
Models of another design than ``joint`` have no predictor and load through skops.

This module imports NumPy only (besides the cue lists).
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.classify.both_rule import resolve_both
from pipeline.classify.competition_rule import cap_competition
from pipeline.classify.cue_words import all_cue_features
from pipeline.classify.gated_rules import apply_gated_rules
from pipeline.classify.plan_sentences import cap_plan_sentences
from pipeline.classify.relation_gate import cap_unrelated
from pipeline.classify.rivalry_rule import raise_competition
from pipeline.data.resources import default_model_dir
from pipeline.schema import HEADS, LABELS

PREDICTOR_FILE = "predictor.npz"
_FORMAT = 1
_DIGITS = re.compile(r"\d")
_WHITE_SPACES = re.compile(r"\s\s+")  # as scikit-learn's char_wb analyzer collapses them
_SEPARATOR = "\x00"
_EPS = 1e-6


#: Typographic quotes, apostrophes and dashes as their plain forms: the same sentence typed
#: in a word processor or in a plain-text editor must give the same features (the surface
#: invariance check, scripts/score_invariance.py, found labels flipping on "JAXA's" against
#: "JAXA’s").
_TYPOGRAPHIC = str.maketrans(
    {"‘": "'", "’": "'", "‛": "'", "′": "'", "“": '"', "”": '"',
     "‟": '"', "″": '"', "‐": "-", "‑": "-", "‒": "-", "–": "-",
     "—": "-", "―": "-", "−": "-"}
)  # fmt: skip


def feature_text(text: str) -> str:
    """Lower-case, map digits to 0 so years and counts share features, and typographic quotes
    and dashes to plain ones."""
    return _DIGITS.sub("0", text.lower().translate(_TYPOGRAPHIC))


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=float), _EPS, 1 - _EPS)
    return np.log(p / (1 - p))


def apply_platt(scores: np.ndarray, params: tuple[float, float]) -> np.ndarray:
    a, b = params
    return 1.0 / (1.0 + np.exp(-(a * np.asarray(scores, dtype=float) + b)))


def heads_to_label(cooperation: bool, competition: bool) -> str:
    """(cooperation claim?, competition claim?) -> one of the four labels."""
    if cooperation and competition:
        return "both"
    if cooperation:
        return "cooperation"
    if competition:
        return "competition"
    return "neutral"


def reweight_labels(
    p: np.ndarray, classes: Sequence[str], weights: Sequence[float] | None
) -> np.ndarray:
    """Softmax probabilities ``p`` (columns ``classes``) times the prior factor of each label
    (``weights`` in ``LABELS`` order), renormalised: the prior shift of a model's
    ``label_prior_weights``. No weights: ``p`` unchanged."""
    if weights is None or not len(weights):
        return p
    factor = dict(zip(LABELS, (float(w) for w in weights), strict=True))
    q = np.asarray(p, dtype=float) * np.array([factor.get(str(c), 1.0) for c in classes])
    return q / q.sum(axis=1, keepdims=True)


def with_context(probs: np.ndarray, weight: float) -> np.ndarray:
    """Head probabilities of consecutive sentences, each mixed with its predecessor's:
    ``(1 - weight) * p[i] + weight * p[i - 1]`` (the first keeps its own). A sentence that only
    continues the one before ("This will ...", "Both sides ...") leans on it."""
    probs = np.asarray(probs, dtype=float)
    if not weight or len(probs) < 2:
        return probs
    out = probs.copy()
    out[1:] = (1 - weight) * probs[1:] + weight * probs[:-1]
    return out


# -- n-grams exactly as scikit-learn's analyzers make them ---------------------------------------


def word_ngrams(text: str, pattern: re.Pattern[str], ngram_range: tuple[int, int]) -> list[str]:
    tokens = pattern.findall(feature_text(text))
    low, high = ngram_range
    out = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high + 1, len(tokens) + 1)):
        out += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return out


def char_wb_ngrams(text: str, ngram_range: tuple[int, int]) -> list[str]:
    low, high = ngram_range
    out: list[str] = []
    for word in _WHITE_SPACES.sub(" ", feature_text(text)).split():
        w = " " + word + " "
        for n in range(low, high + 1):
            if len(w) <= n:  # a short word counts once, whole
                out.append(w)
                break
            out += [w[i : i + n] for i in range(len(w) - n + 1)]
    return out


def _pair(values: np.ndarray) -> tuple[int, int]:
    low, high = (int(n) for n in values)
    return low, high


class Predictor:
    """Head probabilities and labels from ``predictor.npz`` (see the module docstring)."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        if int(arrays["format"]) != _FORMAT:
            raise ValueError(f"unknown predictor format {int(arrays['format'])}")
        self.pattern = re.compile(str(arrays["words_pattern"]))
        self.words_range = _pair(arrays["words_ngram"])
        self.chars_range = _pair(arrays["chars_ngram"])
        words, chars = (str(arrays[k]).split(_SEPARATOR) for k in ("words_terms", "chars_terms"))
        self.word_columns = {t: i for i, t in enumerate(words)}
        # Character n-grams get columns after the words' (the order of the feature union).
        self.char_columns = {t: i + len(words) for i, t in enumerate(chars)}
        self.n_tfidf = len(words) + len(chars)
        self.idf = np.concatenate([arrays["words_idf"], arrays["chars_idf"]])
        self.cue_weight = float(arrays["cue_weight"])
        self.cue_structure = bool(arrays["cue_structure"]) if "cue_structure" in arrays else False
        weights = arrays.get("label_prior_weights")
        self.label_prior_weights = None if weights is None or not weights.size else list(weights)
        self.coef = np.ascontiguousarray(arrays["coef"].T)  # (features, classes)
        self.intercept = arrays["intercept"]
        self.classes = [str(c) for c in arrays["classes"]]
        self.calibration = [(float(a), float(b)) for a, b in arrays["calibration"]]
        self.threshold_cooperation, self.threshold_competition = (
            float(x) for x in arrays["thresholds"]
        )
        # What the model expects of its caller (see ClaimClassifier): masked input, and the
        # share of the previous sentence's probabilities to mix in.
        self.entity_masking = bool(arrays["entity_masking"])
        self.context_weight = float(arrays["context_weight"])
        self.plan_rule = bool(arrays["plan_rule"]) if "plan_rule" in arrays else False
        # The `both` decision (pipeline.classify.both_rule); absent in older files: off.
        self.both_bar = float(arrays["both_bar"]) if "both_bar" in arrays else 0.0
        self.both_needs_cues = (
            bool(arrays["both_needs_cues"]) if "both_needs_cues" in arrays else False
        )
        self.both_fallback = (
            str(arrays["both_fallback"]) if "both_fallback" in arrays else "stronger"
        )
        # Headings and own-conduct rules (pipeline.classify.competition_rule); older files: off.
        self.competition_rule = (
            bool(arrays["competition_rule"]) if "competition_rule" in arrays else False
        )
        # Sentences with no actor, side, relation or space affairs
        # (pipeline.classify.relation_gate); older files: off.
        self.relation_gate = bool(arrays["relation_gate"]) if "relation_gate" in arrays else False
        # Forms of rivalry the n-grams under-read (pipeline.classify.rivalry_rule); older: off.
        self.rivalry_rule = bool(arrays["rivalry_rule"]) if "rivalry_rule" in arrays else False
        # Words repeat across sentences: each word's character n-gram columns are made once.
        self._word_char_columns = lru_cache(maxsize=1 << 17)(self._char_columns_of)

    def _char_columns_of(self, word: str) -> tuple[int, ...]:
        get = self.char_columns.get
        found = map(get, char_wb_ngrams(word, self.chars_range), repeat(-1))
        return tuple(j for j in found if j >= 0)

    def _cells(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(sentence, column, count) of every n-gram of the vocabulary in ``texts``."""
        keys: list[int] = []
        get, stride = self.word_columns.get, self.n_tfidf
        for i, text in enumerate(texts):
            base = i * stride
            words = word_ngrams(text, self.pattern, self.words_range)
            keys += [base + j for j in map(get, words, repeat(-1)) if j >= 0]
            chars = chain.from_iterable(
                map(self._word_char_columns, _WHITE_SPACES.sub(" ", feature_text(text)).split())
            )
            keys += [base + j for j in chars]
        unique, counts = np.unique(np.array(keys, dtype=np.int64), return_counts=True)
        return unique // stride, unique % stride, counts

    def decision_heads(self, texts: Sequence[str]) -> np.ndarray:
        """Uncalibrated head scores (log-odds of the softmax marginals), shape (n, 2).

        All sentences at once: sublinear TF times IDF in flat arrays, each (sentence, block)
        normalised to unit length as each vectorizer does, then one weighted sum per class."""
        n = len(texts)
        rows, cols, counts = self._cells(texts)
        vals = (1.0 + np.log(counts.astype(float))) * self.idf[cols]
        segment = rows * 2 + (cols >= len(self.word_columns))  # (sentence, words or chars)
        norms = np.sqrt(np.bincount(segment, weights=vals * vals, minlength=2 * n))
        vals /= norms[segment]
        scores = np.tile(self.intercept, (n, 1)).astype(float)
        for k in range(scores.shape[1]):
            scores[:, k] += np.bincount(rows, weights=vals * self.coef[cols, k], minlength=n)
        if self.cue_weight:
            cue_rows = [all_cue_features(t, structure=self.cue_structure) for t in texts]
            cues = np.array(cue_rows, dtype=float) * self.cue_weight
            scores += cues @ self.coef[self.n_tfidf : self.n_tfidf + cues.shape[1]]
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        p = reweight_labels(p, self.classes, self.label_prior_weights)
        col = {c: k for k, c in enumerate(self.classes)}
        zero = np.zeros(n)
        both = p[:, col["both"]] if "both" in col else zero
        heads = [p[:, col[h]] + both if h in col else both for h in HEADS]
        return logit(np.column_stack(heads))

    def predict_heads(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated probabilities, shape (n, 2): P(cooperation claim), P(competition claim)."""
        texts = [str(t) for t in texts]
        if not texts:
            return np.zeros((0, 2))
        scores = self.decision_heads(texts)
        probs = np.column_stack(
            [apply_platt(scores[:, i], self.calibration[i]) for i in range(len(HEADS))]
        )
        if self.rivalry_rule:
            probs = raise_competition(
                texts,
                probs,
                (self.threshold_cooperation, self.threshold_competition),
                bar=self.both_bar,
            )
        if self.plan_rule:
            probs = cap_plan_sentences(texts, probs)
        if self.competition_rule:
            probs = cap_competition(texts, probs, self.threshold_competition)
        if self.relation_gate:
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
            bar=self.both_bar,
            needs_cues=self.both_needs_cues,
            fallback=self.both_fallback,
        )

    def labels_from_heads(self, probs: np.ndarray) -> list[str]:
        return [
            heads_to_label(pc >= self.threshold_cooperation, pk >= self.threshold_competition)
            for pc, pk in probs
        ]

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        return np.array(self.labels_from_heads(self.predict_heads(texts)))


def export_arrays(model: Any, model_file: Path) -> dict[str, np.ndarray] | None:
    """The arrays of ``predictor.npz`` for a fitted ClaimClassifier saved at ``model_file``, or
    None for a design the predictor does not cover."""
    if model.design != "joint" or model.heads_ or model.joint_ is None:
        return None
    steps = dict(model.features_.named_steps["tfidf"].transformer_list)
    words, chars = steps["words"], steps["chars"]
    expected = [("words", "word"), ("chars", "char_wb")] + (
        [("cues", None)] if "cues" in steps else []
    )
    actual = [
        (name, getattr(step, "analyzer", None))
        for name, step in model.features_.named_steps["tfidf"].transformer_list
    ]
    if actual != expected or not (words.sublinear_tf and chars.sublinear_tf):
        return None
    if words.norm != "l2" or chars.norm != "l2" or words.stop_words or chars.stop_words:
        return None

    def terms(vectorizer) -> str:
        vocabulary = vectorizer.vocabulary_
        return _SEPARATOR.join(sorted(vocabulary, key=vocabulary.__getitem__))

    return {
        "format": np.array(_FORMAT),
        "model_sha256": np.array(hashlib.sha256(model_file.read_bytes()).hexdigest()),
        "words_terms": np.array(terms(words)),
        "words_idf": np.asarray(words.idf_, dtype=float),
        "words_ngram": np.array(words.ngram_range),
        "words_pattern": np.array(words.token_pattern),
        "chars_terms": np.array(terms(chars)),
        "chars_idf": np.asarray(chars.idf_, dtype=float),
        "chars_ngram": np.array(chars.ngram_range),
        "cue_weight": np.array(float(steps["cues"].weight) if "cues" in steps else 0.0),
        "cue_structure": np.array(bool(getattr(steps.get("cues"), "structure", False))),
        "coef": np.asarray(model.joint_.coef_, dtype=float),
        "intercept": np.asarray(model.joint_.intercept_, dtype=float),
        "classes": np.array([str(c) for c in model.joint_.classes_]),
        "calibration": np.array([model.calibration_[h] for h in HEADS], dtype=float),
        "thresholds": np.array([model.threshold_cooperation, model.threshold_competition]),
        "entity_masking": np.array(bool(getattr(model, "entity_masking", False))),
        "context_weight": np.array(float(getattr(model, "context_weight", 0.0))),
        "plan_rule": np.array(bool(getattr(model, "plan_rule", False))),
        "both_bar": np.array(float(getattr(model, "both_bar", 0.0))),
        "both_needs_cues": np.array(bool(getattr(model, "both_needs_cues", False))),
        "both_fallback": np.array(str(getattr(model, "both_fallback", "stronger"))),
        "competition_rule": np.array(bool(getattr(model, "competition_rule", False))),
        "relation_gate": np.array(bool(getattr(model, "relation_gate", False))),
        "rivalry_rule": np.array(bool(getattr(model, "rivalry_rule", False))),
        "label_prior_weights": np.array(
            getattr(model, "label_prior_weights", None) or [], dtype=float
        ),
    }


def write_predictor(model: Any, folder: Path, model_file_name: str = "model.skops") -> bool:
    """Write ``predictor.npz`` for the model saved in ``folder``; False when its design has none
    (an older predictor there is removed, so it can never describe another model)."""
    arrays = export_arrays(model, folder / model_file_name)
    target = folder / PREDICTOR_FILE
    if arrays is None:
        target.unlink(missing_ok=True)
        return False
    with open(target, "wb") as fh:
        np.savez_compressed(fh, **arrays)  # type: ignore[arg-type]
    return True


def load_predictor(folder: Path | str | None = None) -> tuple[Predictor, dict] | None:
    """``(predictor, meta)`` from a model folder with a current ``predictor.npz``; None when
    there is none (or it was made from another ``model.skops``): load with skops then."""
    path = Path(folder) if folder else default_model_dir()
    if not path.is_dir():
        return None
    target, model_file = path / PREDICTOR_FILE, path / "model.skops"
    if not (target.is_file() and model_file.is_file()):
        return None
    try:
        with np.load(target, allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
    except (OSError, ValueError, zipfile.BadZipFile):
        return None
    if str(arrays.get("model_sha256")) != hashlib.sha256(model_file.read_bytes()).hexdigest():
        return None
    try:
        predictor = Predictor(arrays)
    except (KeyError, ValueError):
        return None
    meta_path = path / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    meta.setdefault("version", f"unversioned-{path.name}")
    return predictor, meta


__all__ = [
    "LABELS",
    "PREDICTOR_FILE",
    "Predictor",
    "with_context",
    "apply_platt",
    "feature_text",
    "heads_to_label",
    "load_predictor",
    "logit",
    "write_predictor",
]
