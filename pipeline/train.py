"""``spaceclaims train``: fit the claim classifier, measure it, write the model and its card."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import platform
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold

from pipeline.annotations import (
    Example,
    merge_examples,
    read_annotations,
    shipped_annotation_files,
)
from pipeline.classifier import HEADS, LABELS, ClaimClassifier, heads_to_label, label_to_heads
from pipeline.model_io import save_model

#: Share of the shipped annotations held out as the fixed test split (never used for fitting or
#: choosing), and as the dev split. Membership is decided by a hash of the text, so a sentence
#: keeps its split as the data grows.
TEST_SHARE = 0.15
DEV_SHARE = 0.15


def split_of(text: str) -> str:
    """``train``, ``dev`` or ``test`` for a shipped sentence (stable hash of its text)."""
    bucket = int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    if bucket < TEST_SHARE:
        return "test"
    if bucket < TEST_SHARE + DEV_SHARE:
        return "dev"
    return "train"


def expected_calibration_error(y: np.ndarray, p: np.ndarray, bins: int = 10) -> float:
    """ECE with equal-width bins: sum over bins of |accuracy - confidence| weighted by size."""
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = idx == b
        if mask.any():
            ece += mask.mean() * abs(y[mask].mean() - p[mask].mean())
    return float(ece)


def choose_threshold(y: np.ndarray, p: np.ndarray) -> float:
    """The probability cut-off that maximises F1 of one head on out-of-fold predictions."""
    best_t, best_f = 0.5, -1.0
    for t in np.arange(0.2, 0.81, 0.02):
        pred = p >= t
        tp = float((pred & (y == 1)).sum())
        f = 2 * tp / max(1.0, pred.sum() + (y == 1).sum())
        if f > best_f + 1e-9:
            best_t, best_f = float(round(t, 2)), f
    return best_t


@dataclass
class Evaluation:
    per_label: dict[str, dict[str, float]]
    macro_f1: float
    heads: dict[str, dict[str, float]]
    n: int

    def as_dict(self) -> dict:
        return {
            "n": self.n,
            "macro_f1": self.macro_f1,
            "per_label": self.per_label,
            "heads": self.heads,
        }


def evaluate_predictions(
    labels: Sequence[str], probs: np.ndarray, thresholds: tuple[float, float]
) -> Evaluation:
    """Per-label P/R/F1, macro-F1, and per-head F1 and calibration error."""
    pred = [heads_to_label(pc >= thresholds[0], pk >= thresholds[1]) for pc, pk in probs]
    p, r, f, s = precision_recall_fscore_support(labels, pred, labels=list(LABELS), zero_division=0)
    per_label = {
        lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "n": int(s[i])}
        for i, lab in enumerate(LABELS)
    }
    truth = np.array([label_to_heads(lab) for lab in labels])
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
        }
    return Evaluation(per_label, float(np.mean(f)), heads, len(labels))


def out_of_fold(
    texts: list[str], labels: list[str], *, folds: int = 5, seed: int = 0, **params
) -> np.ndarray:
    """Cross-validated head probabilities for every example (stratified on the four labels)."""
    probs = np.zeros((len(texts), 2))
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    arr = np.array(texts, dtype=object)
    lab = np.array(labels)
    for train_idx, test_idx in skf.split(arr, lab):
        model = ClaimClassifier(**params).fit(arr[train_idx], lab[train_idx])
        probs[test_idx] = model.predict_heads(arr[test_idx])
    return probs


def load_training_data(
    extra: Sequence[Path | str] = (), *, shipped: bool = True
) -> tuple[list[Example], list[Example]]:
    """(training examples, shipped test examples). User annotations always train; a user
    annotation of a test sentence moves it to training."""
    shipped_examples = [
        e for f in (shipped_annotation_files() if shipped else []) for e in read_annotations(f)
    ]
    user = [read_annotations(p) for p in extra]
    merged = merge_examples([shipped_examples, *user])
    user_texts = {e.text for group in user for e in group}
    test = [e for e in merged if e.text not in user_texts and split_of(e.text) == "test"]
    train = [e for e in merged if e.text in user_texts or split_of(e.text) != "test"]
    return train, test


def data_hash(examples: Sequence[Example]) -> str:
    h = hashlib.sha256()
    for e in sorted(examples, key=lambda e: e.text):
        h.update(f"{e.text}\t{e.label}\n".encode())
    return h.hexdigest()


def train_model(
    annotations: Sequence[Path | str],
    out: Path,
    *,
    folds: int = 5,
    seed: int = 0,
    shipped: bool = True,
    log=print,
) -> dict:
    """Fit on shipped + user annotations, cross-validate, write model, meta and card to ``out``.

    Returns the meta dictionary (version id and figures).
    """
    train, test = load_training_data(annotations, shipped=shipped)
    if len({e.label for e in train}) < 2:
        raise ValueError("training needs annotations of at least two labels")
    texts = [e.text for e in train]
    labels = [e.label for e in train]
    log(f"training on {len(train)} sentences ({len(test)} held out as the fixed test split)")
    oof = out_of_fold(texts, labels, folds=folds, seed=seed)
    truth = np.array([label_to_heads(lab) for lab in labels])
    thresholds = (
        choose_threshold(truth[:, 0], oof[:, 0]),
        choose_threshold(truth[:, 1], oof[:, 1]),
    )
    cv = evaluate_predictions(labels, oof, thresholds)
    model = ClaimClassifier(
        threshold_cooperation=thresholds[0], threshold_competition=thresholds[1], random_state=seed
    ).fit(texts, labels)
    test_eval = None
    if test:
        test_eval = evaluate_predictions(
            [e.label for e in test], model.predict_heads([e.text for e in test]), thresholds
        )
    digest = data_hash(train)
    today = dt.date.today()
    meta = {
        "version": f"claims-{today:%Y%m%d}-{digest[:8]}",
        "created": today.isoformat(),
        "data": {
            "n_train": len(train),
            "n_test": len(test),
            "sha256": digest,
            "label_counts": dict(Counter(labels)),
            "sources": sorted({Path(e.source).name for e in train}),
        },
        "thresholds": {"cooperation": thresholds[0], "competition": thresholds[1]},
        "cross_validation": {"folds": folds, **cv.as_dict()},
        "test": test_eval.as_dict() if test_eval else None,
        "libraries": _library_versions(),
    }
    save_model(model, out, meta, model_card(meta))
    log(
        f"cross-validated macro-F1 {cv.macro_f1:.3f}; "
        + (f"test macro-F1 {test_eval.macro_f1:.3f}; " if test_eval else "")
        + f"model {meta['version']} written to {out}"
    )
    return meta


def _library_versions() -> dict[str, str]:
    import sklearn
    import skops
    import spacy

    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "skops": skops.__version__,
        "numpy": np.__version__,
        "spacy": spacy.__version__,
    }


def model_card(meta: dict) -> str:
    """The model card (README.md of the model folder) from the meta dictionary."""
    cv = meta["cross_validation"]
    lines = [
        f"# Claim classifier `{meta['version']}`",
        "",
        "Labels each sentence `cooperation`, `competition`, `both` or `neutral` as defined by the",
        "annotation guide, from two calibrated heads (cooperation claim, competition claim):",
        "TF-IDF word 1-2-grams and character 2-5-grams into logistic regression with Platt",
        "calibration. Trained with `spaceclaims train`.",
        "",
        "## Data",
        "",
        f"- training sentences: {meta['data']['n_train']} (sha256 `{meta['data']['sha256'][:16]}...`)",
        f"- fixed test split (held out): {meta['data']['n_test']}",
        "- label counts: "
        + ", ".join(f"{k} {v}" for k, v in sorted(meta["data"]["label_counts"].items())),
        "- files: " + ", ".join(meta["data"]["sources"]),
        "",
        f"## Cross-validated performance ({cv['folds']}-fold, out-of-fold predictions)",
        "",
        "| label | precision | recall | F1 | n |",
        "|---|---|---|---|---|",
    ]
    for lab, m in cv["per_label"].items():
        lines.append(
            f"| {lab} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['n']} |"
        )
    lines += [
        f"| **macro** | | | **{cv['macro_f1']:.3f}** | {cv['n']} |",
        "",
        "| head | precision | recall | F1 | calibration error (ECE) | threshold |",
        "|---|---|---|---|---|---|",
    ]
    for head, m in cv["heads"].items():
        lines.append(
            f"| {head} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
            f"{m['ece']:.3f} | {meta['thresholds'][head]:.2f} |"
        )
    if meta.get("test"):
        t = meta["test"]
        lines += [
            "",
            f"## Fixed test split ({t['n']} sentences, never used for fitting or choosing)",
            "",
            f"macro-F1 {t['macro_f1']:.3f}; "
            + "; ".join(f"{h} head F1 {m['f1']:.3f}" for h, m in t["heads"].items()),
        ]
    lines += [
        "",
        "## Environment",
        "",
        "- " + ", ".join(f"{k} {v}" for k, v in meta["libraries"].items()),
        f"- created {meta['created']}",
        "",
    ]
    return "\n".join(lines)


def dumps(meta: dict) -> str:
    return json.dumps(meta, indent=2)
