"""Inter-annotator agreement on the real gold set (``corpus/real/annotator_1.jsonl`` and
``annotator_2.jsonl``: two independent annotations of every candidate sentence).

Reports, over the sentences both annotators accepted as whole sentences: Cohen's kappa for the
four labels and for each head (a cooperation claim? a competition claim?), raw agreement, modality
agreement on sentences both call claims, and party F1 between the two annotators.

    python scripts/real_agreement.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

HERE = Path(__file__).resolve().parents[1] / "corpus" / "real"


def _read(name: str) -> dict[tuple, dict]:
    with open(HERE / name, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return {(r["file"], r["start"], r["end"]): r for r in rows}


def _heads(label: str) -> tuple[bool, bool]:
    return label in ("cooperation", "both"), label in ("competition", "both")


def agreement() -> dict[str, float]:
    one, two = _read("annotator_1.jsonl"), _read("annotator_2.jsonl")
    keys = [k for k in one if k in two and one[k]["boundary"] == two[k]["boundary"] == "ok"]
    a = [one[k]["label"] for k in keys]
    b = [two[k]["label"] for k in keys]
    claims = [k for k in keys if "neutral" not in (one[k]["label"], two[k]["label"])]
    tp = fp = fn = 0
    for k in claims:
        p, q = set(one[k]["parties"]), set(two[k]["parties"])
        tp, fp, fn = tp + len(p & q), fp + len(p - q), fn + len(q - p)
    return {
        "sentences": len(keys),
        "boundary_agreement": sum(one[k]["boundary"] == two[k]["boundary"] for k in one) / len(one),
        "kappa_labels": cohen_kappa_score(a, b),
        "kappa_cooperation_head": cohen_kappa_score(
            [_heads(x)[0] for x in a], [_heads(x)[0] for x in b]
        ),
        "kappa_competition_head": cohen_kappa_score(
            [_heads(x)[1] for x in a], [_heads(x)[1] for x in b]
        ),
        "label_agreement": sum(x == y for x, y in zip(a, b, strict=True)) / len(keys),
        "shared_claims": len(claims),
        "modality_agreement": sum(one[k]["modality"] == two[k]["modality"] for k in claims)
        / max(1, len(claims)),
        "party_f1": 2 * tp / max(1, 2 * tp + fp + fn),
    }


def main() -> int:
    for name, value in agreement().items():
        print(f"{name:24} {value:.3f}" if isinstance(value, float) else f"{name:24} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
