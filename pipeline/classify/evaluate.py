"""``spaceclaims evaluate``: :func:`evaluate_model` measures one model (or two side by side) on any
annotation file, with confusion-matrix and calibration plots."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.classify.annotations import (
    AnnotationError,
    Example,
    merge_examples,
    read_annotations,
)
from pipeline.classify.card import confusion_table
from pipeline.classify.classifier import label_to_heads
from pipeline.classify.masking import TextPreparer
from pipeline.classify.metrics import Evaluation, calibration_curve, evaluate_predictions
from pipeline.classify.model_io import TRAINING_TEXTS, load_model, text_fingerprint
from pipeline.classify.standoff import is_standoff, load_standoff
from pipeline.classify.train import prepared_texts
from pipeline.dataset.files import writing
from pipeline.schema import HEADS, LABELS

# --------------------------------------------------------------------------------------------
# spaceclaims evaluate


def read_examples(
    paths: Sequence[Path | str],
    *,
    texts_dir: Path | str | None = None,
    split: str | None = None,
) -> list[Example]:
    """Examples from annotation files of any supported format (later files win).

    Stand-off files (records with ``file``, ``sha256``, ``start``, ``end``: the real gold set in
    ``corpus/real/``) are resolved against ``texts_dir``, keeping ``split`` when given."""
    groups = []
    for p in paths:
        if is_standoff(p):
            if texts_dir is None:
                raise AnnotationError(
                    f"{p} holds stand-off annotations (offsets into documents kept elsewhere): "
                    "pass --texts with the folder of the annotated documents"
                )
            groups.append(
                [
                    Example(r.text, r.label, source=f"{r.file}:{r.start}", genre=r.register)
                    for r in load_standoff(p, texts_dir=texts_dir, split=split)
                ]
            )
        else:
            groups.append(read_annotations(p))
    return merge_examples(groups)


@dataclass
class ModelReport:
    name: str
    version: str
    evaluation: Evaluation
    thresholds: tuple[float, float]
    probs: np.ndarray


def training_overlap(meta: dict, folder: Path | str | None, texts: Sequence[str]) -> int:
    """How many of ``texts`` the model was trained on, as far as its folder tells: the
    fingerprints of its training sentences (``training_texts.txt``, written by
    ``spaceclaims train`` since 0.2.0), else, for a model trained with the shipped data, the
    shipped sentences outside the fixed test split."""
    wanted = {text_fingerprint(t) for t in texts}
    folder = Path(folder) if folder else None
    if folder is not None and folder.is_file():
        folder = folder.parent
    listed = folder / TRAINING_TEXTS if folder is not None else None
    if listed is not None and listed.is_file():
        seen = set(listed.read_text(encoding="utf-8").split())
        return len(wanted & seen)
    if not (meta.get("data") or {}).get("shipped"):
        return 0
    from pipeline.classify.annotations import shipped_annotation_files
    from pipeline.classify.train import split_of

    seen = {
        text_fingerprint(e.text)
        for f in shipped_annotation_files()
        for e in read_annotations(f)
        if split_of(e.text) != "test"
    }
    return len(wanted & seen)


def evaluate_model(
    model_path: Path | str | None,
    data: Sequence[Path | str],
    *,
    against: Path | str | None = None,
    out: Path | str | None = None,
    texts_dir: Path | str | None = None,
    split: str | None = None,
    prepare: TextPreparer | None = None,
    warn: Callable[[str], object] = lambda _: None,
) -> tuple[list[ModelReport], str]:
    """Measure a model (and optionally a second one) on annotated data.

    Returns the reports and a Markdown summary; with ``out``, also writes ``metrics.json``,
    ``report.md``, ``confusion_matrix.png`` and ``calibration.png`` there. ``texts_dir`` and
    ``split`` are for stand-off data (:func:`read_examples`); ``prepare`` masks sentences for a
    model that reads them masked. Macro-F1 averages over the labels present in the data;
    ``warn`` is told about absent labels and about data the model was trained on (figures on
    them are optimistic).
    """
    examples = read_examples(data, texts_dir=texts_dir, split=split)
    if not examples:
        raise AnnotationError("no labelled sentences found in " + ", ".join(map(str, data)))
    texts = [e.text for e in examples]
    labels = [e.label for e in examples]
    absent = [lab for lab in LABELS if lab not in set(labels)]
    if absent:
        warn(
            f"note: no {' or '.join(absent)} sentences in the data; macro-F1 averages over the "
            f"{len(LABELS) - len(absent)} labels present"
        )
    reports = []
    for path in [model_path, against] if against else [model_path]:
        model, meta = load_model(path)
        seen = training_overlap(meta, path, texts)
        if seen:
            warn(
                f"warning: {seen} of the {len(texts)} sentences were used to train "
                f"{path or 'the shipped model'}: its figures on them are optimistic; evaluate "
                "on sentences it has not seen (for the shipped model: the test split)"
            )
        thresholds = (model.threshold_cooperation, model.threshold_competition)
        params = {"entity_masking": getattr(model, "entity_masking", False)}
        probs = model.predict_heads(prepared_texts(texts, params, prepare))
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
        with writing(out):
            _write_evaluation(reports, labels, summary, out)
    return reports, summary


def _write_evaluation(
    reports: Sequence[ModelReport], labels: Sequence[str], summary: str, out: Path
) -> None:
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
        lines += confusion_table(r.evaluation.as_dict())
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
