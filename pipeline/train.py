"""Training, measuring and improving the claim classifier.

- ``spaceclaims train``: :func:`train_model` fits on the shipped data plus user annotations,
  cross-validates, writes the model, its meta data and its model card;
- ``spaceclaims evaluate``: :func:`evaluate_model` measures one model (or two side by side) on
  any annotation file, with confusion-matrix and calibration plots;
- ``spaceclaims suggest``: :func:`suggest_for_review` picks the sentences of a run whose labels
  are least certain (uncertainty sampling);
- ``spaceclaims label-issues``: :func:`find_label_issues` ranks annotations that look
  mislabelled (confident learning).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import platform
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold

from pipeline.annotations import (
    AnnotationError,
    Example,
    merge_examples,
    read_annotations,
    shipped_annotation_files,
)
from pipeline.classifier import (
    HEADS,
    LABELS,
    ClaimClassifier,
    apply_platt,
    fit_platt,
    heads_to_label,
    label_probabilities,
    label_to_heads,
)
from pipeline.model_io import load_model, save_model
from pipeline.output import SENTENCE_COLUMNS, CsvTable, restore_cell

#: Share of the shipped annotations held out as the fixed test split (never used for fitting or
#: choosing), and as the dev split. Membership is decided by a hash of the text alone, so a
#: sentence keeps its split as the data grows and when its label is corrected, and the split is
#: stratified in expectation (the hash is independent of the label).
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


def macro_f1(labels: Sequence[str], predicted: Sequence[str]) -> float:
    _, _, f, _ = precision_recall_fscore_support(
        labels, predicted, labels=list(LABELS), zero_division=0
    )
    return float(np.mean(f))


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
    return Evaluation(per_label, float(np.mean(f)), heads, len(labels), matrix)


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
    """SHA-256 over the sorted (text, label) pairs: the identity of a training set."""
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
    design: str = "joint",
    log: Callable[[str], object] = print,
) -> dict:
    """Fit on shipped + user annotations, cross-validate, write model, meta and card to ``out``.

    The cross-validation serves three purposes at once, so that training fits each model only
    once per fold: the reported figures, the head thresholds (:func:`choose_thresholds`) and
    the Platt calibration of the final model (fitted on the out-of-fold scores, as
    ``CalibratedClassifierCV(ensemble=False)`` does). Returns the meta dictionary.
    """
    out = Path(out)
    train, test = load_training_data(annotations, shipped=shipped)
    if len({e.label for e in train}) < 2:
        raise ValueError("training needs annotations of at least two labels")
    texts = [e.text for e in train]
    labels = [e.label for e in train]
    log(f"training on {len(train)} sentences ({len(test)} held out as the fixed test split)")
    params = {"design": design, "random_state": seed}
    scores, fold_of = out_of_fold_scores(texts, labels, folds=folds, seed=seed, **params)
    oof = cross_fitted_calibration(scores, labels, fold_of)
    thresholds = choose_thresholds(labels, oof)
    cv = evaluate_predictions(labels, oof, thresholds)
    model = ClaimClassifier(
        **params,
        calibration_cv=0,
        threshold_cooperation=thresholds[0],
        threshold_competition=thresholds[1],
    )
    model._fit_raw(texts, np.array(labels))
    model.classes_ = np.array(LABELS)
    model.calibrate(scores, labels)
    test_eval = None
    if test:
        test_eval = evaluate_predictions(
            [e.label for e in test], model.predict_heads([e.text for e in test]), thresholds
        )
    digest = data_hash(train)
    now = dt.datetime.now(dt.UTC)
    meta = {
        "version": f"claims-{now:%Y%m%d}-{digest[:8]}",
        "created": now.date().isoformat(),
        "created_at": now.isoformat(timespec="seconds"),
        "design": design,
        "cue_weight": model.cue_weight,
        "data": {
            "n_train": len(train),
            "n_test": len(test),
            "sha256": digest,
            "label_counts": dict(sorted(Counter(labels).items())),
            "sources": _source_counts(train),
            "shipped": shipped,
        },
        "thresholds": {"cooperation": thresholds[0], "competition": thresholds[1]},
        "cross_validation": {"folds": int(fold_of.max()) + 1, "seed": seed, **cv.as_dict()},
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


def _source_counts(examples: Sequence[Example]) -> dict[str, int]:
    return dict(sorted(Counter(Path(e.source).name or "(unknown)" for e in examples).items()))


def _library_versions() -> dict[str, str]:
    import scipy
    import sklearn
    import skops

    from pipeline import __version__

    versions = {
        "python": platform.python_version(),
        "spaceclaims": __version__,
        "scikit-learn": sklearn.__version__,
        "skops": skops.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
    }
    try:  # spaCy is not used by the classifier; recorded because the pipeline around it is
        from importlib.metadata import version

        versions["spacy"] = version("spacy")
    except Exception:  # noqa: BLE001 - a missing package only leaves the field out
        pass
    return versions


_DESIGN_TEXT = {
    "mix": "TF-IDF word 1-2-grams and character 2-5-grams; per head, the average of a binary "
    "logistic regression and the marginal of a four-label softmax regression, Platt-calibrated "
    "on cross-validated scores.",
    "binary": "TF-IDF word 1-2-grams and character 2-5-grams; one binary logistic regression "
    "per head, Platt-calibrated on cross-validated scores.",
    "joint": "TF-IDF word 1-2-grams and character 2-5-grams; a four-label softmax regression "
    "marginalised into the two heads, Platt-calibrated on cross-validated scores.",
}


def _metrics_table(ev: dict) -> list[str]:
    lines = ["| label | precision | recall | F1 | n |", "|---|---|---|---|---|"]
    for lab, m in ev["per_label"].items():
        lines.append(
            f"| {lab} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['n']} |"
        )
    lines.append(f"| **macro** | | | **{ev['macro_f1']:.3f}** | {ev['n']} |")
    return lines


def _confusion_table(ev: dict) -> list[str]:
    conf = ev.get("confusion") or {}
    if not conf.get("matrix"):
        return []
    labs = conf["labels"]
    lines = ["| true \\ predicted | " + " | ".join(labs) + " |", "|---" * (len(labs) + 1) + "|"]
    for lab, row in zip(labs, conf["matrix"], strict=True):
        lines.append(f"| {lab} | " + " | ".join(str(v) for v in row) + " |")
    return lines


def model_card(meta: dict) -> str:
    """The model card (README.md of the model folder) from the meta dictionary."""
    cv = meta["cross_validation"]
    data = meta["data"]
    lines = [
        f"# Claim classifier `{meta['version']}`",
        "",
        "Labels each sentence `cooperation`, `competition`, `both` or `neutral` as defined by the",
        "annotation guide, from two calibrated heads (cooperation claim, competition claim).",
        f"Design `{meta.get('design', 'joint')}`: "
        + _DESIGN_TEXT.get(meta.get("design", "joint"), "")
        + (
            f" Relation-cue counts and their products (`pipeline/relation_cues.py`, weight "
            f"{meta['cue_weight']}) join the n-grams."
            if meta.get("cue_weight")
            else ""
        ),
        "Trained with `spaceclaims train`; `spaceclaims run` writes the version id above to the",
        "`model_version` column of sentences.csv.",
        "",
        "## Data",
        "",
        f"- training sentences: {data['n_train']}",
        f"- data sha256 (sorted text and label pairs): `{data['sha256']}`",
        f"- fixed test split (held out, shipped data only): {data['n_test']}",
        "- label counts: " + ", ".join(f"{k} {v}" for k, v in data["label_counts"].items()),
        "- files: " + ", ".join(f"{k} ({v})" for k, v in data["sources"].items()),
        "",
        f"## Cross-validated performance ({cv['folds']}-fold, out-of-fold predictions)",
        "",
        *_metrics_table(cv),
        "",
        "| head | precision | recall | F1 | calibration error (ECE) | threshold |",
        "|---|---|---|---|---|---|",
    ]
    for head, m in cv["heads"].items():
        lines.append(
            f"| {head} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
            f"{m['ece']:.3f} | {meta['thresholds'][head]:.2f} |"
        )
    confusion = _confusion_table(cv)
    if confusion:
        lines += ["", "Confusion matrix (out-of-fold):", "", *confusion]
    if meta.get("test"):
        t = meta["test"]
        lines += [
            "",
            f"## Fixed test split ({t['n']} sentences, never used for fitting or choosing)",
            "",
            *_metrics_table(t),
            "",
            "; ".join(
                f"{h} head F1 {m['f1']:.3f} (ECE {m['ece']:.3f})" for h, m in t["heads"].items()
            ),
        ]
    lines += [
        "",
        "## Environment",
        "",
        "- " + ", ".join(f"{k} {v}" for k, v in meta["libraries"].items()),
        f"- created {meta.get('created_at', meta['created'])}",
        "",
    ]
    return "\n".join(lines)


def dumps(meta: dict) -> str:
    return json.dumps(meta, indent=2)


# --------------------------------------------------------------------------------------------
# spaceclaims evaluate


def read_examples(paths: Sequence[Path | str]) -> list[Example]:
    """Examples from annotation files of any supported format (later files win)."""
    return merge_examples(read_annotations(p) for p in paths)


@dataclass
class ModelReport:
    name: str
    version: str
    evaluation: Evaluation
    thresholds: tuple[float, float]
    probs: np.ndarray


def evaluate_model(
    model_path: Path | str | None,
    data: Sequence[Path | str],
    *,
    against: Path | str | None = None,
    out: Path | str | None = None,
) -> tuple[list[ModelReport], str]:
    """Measure a model (and optionally a second one) on annotated data.

    Returns the reports and a Markdown summary; with ``out``, also writes ``metrics.json``,
    ``report.md``, ``confusion_matrix.png`` and ``calibration.png`` there.
    """
    examples = read_examples(data)
    if not examples:
        raise AnnotationError("no labelled sentences found in " + ", ".join(map(str, data)))
    texts = [e.text for e in examples]
    labels = [e.label for e in examples]
    reports = []
    for path in [model_path, against] if against else [model_path]:
        model, meta = load_model(path)
        thresholds = (model.threshold_cooperation, model.threshold_competition)
        probs = model.predict_heads(texts)
        name = str(path) if path else "models/claims"
        reports.append(
            ModelReport(
                name, meta["version"], evaluate_predictions(labels, probs, thresholds),
                thresholds, probs,
            )
        )  # fmt: skip
    summary = evaluation_summary(reports, n=len(examples))
    if out:
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "metrics.json").write_text(
            json.dumps(
                {r.name: {"version": r.version, **r.evaluation.as_dict()} for r in reports},
                indent=2,
            )
            + "\n"
        )
        (out / "report.md").write_text(summary)
        plot_confusion(reports, out / "confusion_matrix.png")
        plot_calibration(reports, labels, out / "calibration.png")
    return reports, summary


def evaluation_summary(reports: Sequence[ModelReport], *, n: int) -> str:
    """Markdown: per-label and per-head figures, models side by side, and confusion matrices."""
    names = [f"{r.name} ({r.version})" for r in reports]
    lines = [f"# Evaluation on {n} sentences", ""]
    head = "| label | " + " | ".join(f"P / R / F1: {nm}" for nm in names) + " |"
    lines += [head, "|---" * (len(reports) + 1) + "|"]
    for lab in LABELS:
        cells = []
        for r in reports:
            m = r.evaluation.per_label[lab]
            cells.append(f"{m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f} (n {m['n']})")
        lines.append(f"| {lab} | " + " | ".join(cells) + " |")
    lines.append(
        "| **macro-F1** | " + " | ".join(f"**{r.evaluation.macro_f1:.3f}**" for r in reports) + " |"
    )
    for h in HEADS:
        cells = []
        for r in reports:
            m = r.evaluation.heads[h]
            cells.append(f"F1 {m['f1']:.3f}, ECE {m['ece']:.3f}")
        lines.append(f"| {h} head | " + " | ".join(cells) + " |")
    for r, nm in zip(reports, names, strict=True):
        lines += ["", f"Confusion matrix of {nm} (rows: truth):", ""]
        lines += _confusion_table(r.evaluation.as_dict())
    return "\n".join(lines) + "\n"


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        raise RuntimeError(
            "plots need matplotlib: pip install matplotlib (or omit --out to print figures only)"
        ) from None
    matplotlib.use("Agg")  # files only, never a window
    import matplotlib.pyplot as plt

    return plt


def plot_confusion(reports: Sequence[ModelReport], path: Path) -> None:
    plt = _pyplot()
    fig, axes = plt.subplots(1, len(reports), figsize=(5.2 * len(reports), 4.6), squeeze=False)
    for ax, r in zip(axes[0], reports, strict=True):
        m = np.array(r.evaluation.confusion)
        ax.imshow(m, cmap="Blues")
        ax.set_xticks(range(len(LABELS)), LABELS, rotation=30, ha="right")
        ax.set_yticks(range(len(LABELS)), LABELS)
        ax.set_xlabel("predicted")
        ax.set_ylabel("true")
        ax.set_title(f"{r.version}\nmacro-F1 {r.evaluation.macro_f1:.3f}", fontsize=9)
        for i in range(m.shape[0]):
            for j in range(m.shape[1]):
                color = "white" if m[i, j] > m.max() / 2 else "black"
                ax.text(j, i, str(m[i, j]), ha="center", va="center", color=color)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_calibration(reports: Sequence[ModelReport], labels: Sequence[str], path: Path) -> None:
    """Reliability diagram per head: observed frequency against mean predicted probability."""
    plt = _pyplot()
    truth = np.array([label_to_heads(lab) for lab in labels])
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.6))
    for i, (ax, h) in enumerate(zip(axes, HEADS, strict=True)):
        ax.plot([0, 1], [0, 1], linestyle=":", color="grey", label="perfect calibration")
        for r in reports:
            curve = calibration_curve(truth[:, i], r.probs[:, i])
            ece = r.evaluation.heads[h]["ece"]
            ax.plot(
                [c[0] for c in curve], [c[1] for c in curve], marker="o",
                label=f"{r.version} (ECE {ece:.3f})",
            )  # fmt: skip
        ax.set_title(f"{h} head")
        ax.set_xlabel("predicted probability")
        ax.set_ylabel("observed frequency")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.legend(fontsize=8, loc="upper left")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


# --------------------------------------------------------------------------------------------
# spaceclaims suggest

_WORDS = re.compile(r"[a-z0-9]+")


def _word_set(text: str) -> frozenset[str]:
    return frozenset(_WORDS.findall(text.lower()))


def head_uncertainty(probs: np.ndarray) -> np.ndarray:
    """Entropy (bits) of the four-label distribution implied by the two head probabilities:
    the sum of the two heads' binary entropies, 0 when both are certain, 2 at 0.5/0.5."""
    p = np.clip(np.asarray(probs, dtype=float), 1e-9, 1 - 1e-9)
    return (-(p * np.log2(p)) - (1 - p) * np.log2(1 - p)).sum(axis=1)


def suggest_for_review(
    sentences_csv: Path | str, n: int = 50, *, per_document_decay: float = 0.5
) -> list[dict]:
    """The ``n`` sentences of a run most worth reviewing next (uncertainty sampling, Lewis &
    Gale 1994), as sentences.csv rows with an empty ``review`` cell.

    Informativeness is :func:`head_uncertainty`. Sentences whose words repeat a sentence
    already chosen (Jaccard similarity >= 0.8) are skipped, and each further pick from the same
    document has its score multiplied by ``per_document_decay``, so one long uncertain
    document does not fill the list. Rows already reviewed are not suggested again.
    """
    path = Path(sentences_csv)
    if path.is_dir():
        path = path / "sentences.csv"
    if not path.exists():
        raise AnnotationError(f"{path}: no such file (give a run folder or its sentences.csv)")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"text", "p_cooperation", "p_competition"} - set(reader.fieldnames or ())
        if missing:
            raise AnnotationError(
                f"{path}: not a sentences.csv (missing {', '.join(sorted(missing))})"
            )
        rows = []
        for row in reader:
            row = {k: restore_cell(v or "") for k, v in row.items() if k is not None}
            if (row.get("review") or "").strip() or not row["text"].strip():
                continue
            try:
                p = (float(row["p_cooperation"]), float(row["p_competition"]))
            except ValueError:
                continue
            rows.append((row, p))
    if not rows:
        return []
    score = head_uncertainty(np.array([p for _, p in rows]))
    order = sorted(range(len(rows)), key=lambda i: (-score[i], i))
    chosen: list[int] = []
    chosen_words: list[frozenset[str]] = []
    seen_text: set[str] = set()
    taken_per_doc: Counter[str] = Counter()
    candidates = []
    for i in order:  # de-duplicate first: identical or near-identical wording counts once
        key = " ".join(_WORDS.findall(rows[i][0]["text"].lower()))
        if key in seen_text:
            continue
        seen_text.add(key)
        candidates.append(i)
    while candidates and len(chosen) < n:
        best_j, best_s = None, -1.0
        for j, i in enumerate(candidates):
            s = score[i] * per_document_decay ** taken_per_doc[rows[i][0].get("doc_id", "")]
            if s > best_s + 1e-12:
                best_j, best_s = j, s
            if score[i] <= best_s:  # sorted by raw score: no later candidate can beat best_s
                break
        i = candidates.pop(best_j)
        words = _word_set(rows[i][0]["text"])
        if any(_jaccard(words, w) >= 0.8 for w in chosen_words):
            continue
        chosen.append(i)
        chosen_words.append(words)
        taken_per_doc[rows[i][0].get("doc_id", "")] += 1
    out = []
    for i in chosen:
        row = dict(rows[i][0])
        row["review"] = ""
        out.append(row)
    return out


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def write_rows(rows: Sequence[dict], path: Path, columns: Sequence[str]) -> None:
    """Write rows atomically with spreadsheet-safe cells (the run's own CSV writer)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table = CsvTable(path, columns)
    try:
        table.write_many(rows)
        table.commit()
    except BaseException:
        table.discard()
        raise


def write_suggestions(rows: Sequence[dict], path: Path) -> None:
    extra = [c for c in (rows[0] if rows else {}) if c not in SENTENCE_COLUMNS]
    write_rows(rows, path, [*SENTENCE_COLUMNS, *extra])


# --------------------------------------------------------------------------------------------
# spaceclaims label-issues

ISSUE_COLUMNS = [
    "rank", "text", "label", "suggested", "p_label", "p_suggested", "disagreement", "source",
]  # fmt: skip


def confident_learning_issues(labels: Sequence[str], probs4: np.ndarray) -> list[dict]:
    """Examples whose given label is contradicted by confident predictions.

    Confident learning (Northcutt, Jiang & Chuang 2021, "Confident Learning: Estimating
    Uncertainty in Dataset Labels"), as cleanlab's ``find_label_issues``: the threshold of each
    class is the mean predicted probability of that class over the examples labelled with it
    (its average self-confidence); an example is an issue when some other class reaches its own
    threshold and the given class either misses its threshold or is beaten by that class. The
    issues are ranked by the normalised margin p(given) - max p(other), most negative first.
    ``probs4`` holds out-of-fold probabilities of the four labels in ``LABELS`` order.
    """
    probs4 = np.asarray(probs4, dtype=float)
    given = np.array([LABELS.index(lab) for lab in labels])
    thresholds = np.array(
        [probs4[given == c, c].mean() if (given == c).any() else 1.0 for c in range(len(LABELS))]
    )
    issues = []
    for i, (g, p) in enumerate(zip(given, probs4, strict=True)):
        others = [c for c in range(len(LABELS)) if c != g and p[c] >= thresholds[c]]
        if not others:
            continue
        k = max(others, key=lambda c: p[c])
        if p[g] >= thresholds[g] and p[g] >= p[k]:
            continue  # confident in the given label too, and more so: not an issue
        issues.append(
            {
                "index": i,
                "label": LABELS[g],
                "suggested": LABELS[k],
                "p_label": float(p[g]),
                "p_suggested": float(p[k]),
                "margin": float(p[g] - max(p[c] for c in range(len(LABELS)) if c != g)),
            }
        )
    issues.sort(key=lambda d: (d["margin"], d["index"]))
    return issues


def find_label_issues(
    annotations: Sequence[Path | str], *, folds: int = 5, seed: int = 0, design: str = "joint"
) -> list[dict]:
    """Rows of :data:`ISSUE_COLUMNS` for annotations that look mislabelled (see
    :func:`confident_learning_issues`), from cross-validated predictions on the given files."""
    examples = read_examples(annotations)
    labels = [e.label for e in examples]
    if len(set(labels)) < 2:
        raise ValueError("label-issues needs annotations of at least two labels")
    probs = out_of_fold([e.text for e in examples], labels, folds=folds, seed=seed, design=design)
    rows = []
    for rank, issue in enumerate(confident_learning_issues(labels, label_probabilities(probs)), 1):
        e = examples[issue["index"]]
        rows.append(
            {
                "rank": rank,
                "text": e.text,
                "label": issue["label"],
                "suggested": issue["suggested"],
                "p_label": f"{issue['p_label']:.3f}",
                "p_suggested": f"{issue['p_suggested']:.3f}",
                # -margin: positive, so that a spreadsheet-safe CSV need not quote it
                "disagreement": f"{-issue['margin']:.3f}",
                "source": e.source,
            }
        )
    return rows


def format_issue_lines(rows: Sequence[dict], limit: int = 20) -> list[str]:
    """Short human-readable lines for the top issues."""
    lines = []
    for r in rows[:limit]:
        text = r["text"] if len(r["text"]) <= 110 else r["text"][:107] + "..."
        lines.append(
            f"{r['rank']:>4}  {r['label']} -> {r['suggested']}  ({r['disagreement']})  {text}"
        )
    if len(rows) > limit:
        lines.append(f"... and {len(rows) - limit} more")
    return lines
