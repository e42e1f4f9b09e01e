"""The model card (``README.md`` beside a saved model): data, design, figures, limits."""

from __future__ import annotations

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


def confusion_table(ev: dict) -> list[str]:
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
            f" Relation-cue counts and their products (`pipeline/classify/relation_cues.py`, weight "
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
    confusion = confusion_table(cv)
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
