"""Which annotations to look at next: ``spaceclaims suggest`` (:func:`suggest_for_review`, uncertainty
sampling, diverse across documents) and ``spaceclaims label-issues`` (:func:`find_label_issues`,
confident learning on out-of-fold predictions)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from pipeline.classify.annotations import (
    AnnotationError,
)
from pipeline.classify.classifier import label_probabilities
from pipeline.classify.evaluate import read_examples
from pipeline.classify.metrics import out_of_fold
from pipeline.dataset.writers import CsvTable
from pipeline.schema import LABELS, SENTENCE_COLUMNS, restore_cell

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


#: Fewest sentences of a label for its cross-validated predictions to mean much: with fewer,
#: each fold's model sees a handful of examples and its "confident" predictions are noise.
MIN_PER_LABEL = 30


def find_label_issues(
    annotations: Sequence[Path | str],
    *,
    folds: int = 5,
    seed: int = 0,
    design: str = "joint",
    warn: Callable[[str], object] = lambda _: None,
) -> list[dict]:
    """Rows of :data:`ISSUE_COLUMNS` for annotations that look mislabelled (see
    :func:`confident_learning_issues`), from cross-validated predictions on the given files.
    Calls ``warn`` when some label has fewer than :data:`MIN_PER_LABEL` sentences."""
    examples = read_examples(annotations)
    labels = [e.label for e in examples]
    if len(set(labels)) < 2:
        raise ValueError("label-issues needs annotations of at least two labels")
    counts = Counter(labels)
    rare = sorted((n, lab) for lab, n in counts.items() if n < MIN_PER_LABEL)
    if rare:
        warn(
            f"warning: {len(labels)} sentences, "
            + ", ".join(f"{n} {lab}" for n, lab in rare)
            + f"; with fewer than {MIN_PER_LABEL} sentences of a label the cross-validated "
            "models are too weak to trust: read the issues as hints, or annotate more"
        )
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
