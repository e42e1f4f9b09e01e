"""Count claim labels on off-domain documents: false claims per 1,000 sentences (issue 12).

Scholarly and technical papers with no space-policy relation between actors (physics,
astronomy, machine learning, linguistics, finance) should hold no cooperation or competition
claim; every claim the model gives them is almost surely false. This script runs
``spaceclaims run`` with a model over a folder of such documents (``--workers 1``) and counts the
claim labels per 1,000 sentences, per label and per document; ``--list`` prints every claim
with its head probabilities, to be read by the guide (a few may be genuine).

    PYTHONPATH=$PWD .venv/bin/python scripts/score_offdomain_claims.py MODEL \
        --docs ../shared/realpdf/pdfs --work /tmp/offdomain [--reuse RUN] [--list]
    PYTHONPATH=$PWD .venv/bin/python scripts/score_offdomain_claims.py \
        --sentences /tmp/offdomain/sentences.csv --list

No folder is read unless it is given. ``--reuse`` copies an earlier run folder of the same
documents into ``--work`` first, so that the parsed text is re-used and only the NLP runs again
(a run folder reprocesses every document after a change of model). ``--sentences`` counts an
existing run's ``sentences.csv`` without running anything.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ("cooperation", "competition", "both")


def count_claims(rows: list[dict[str, str]]) -> tuple[int, Counter, Counter]:
    """(sentences, claims per label, claims per document) of a run's sentence rows."""
    labels: Counter = Counter()
    docs: Counter = Counter()
    for row in rows:
        if row.get("label") in CLAIMS:
            labels[row["label"]] += 1
            docs[row.get("doc_id", "")] += 1
    return len(rows), labels, docs


def report(path: Path, *, show: bool) -> None:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    n, labels, docs = count_claims(rows)
    total = sum(labels.values())
    per_k = 1000 * total / n if n else 0.0
    print(f"{path}: {n:,} sentences, {total} claims = {per_k:.1f} per 1,000")
    for label in CLAIMS:
        print(f"  {label:<12} {labels[label]:>4}")
    print(
        f"  documents with a claim: {len(docs)} ({', '.join(f'{d}: {c}' for d, c in docs.most_common())})"
    )
    if show:
        for row in rows:
            if row.get("label") in CLAIMS:
                pc, pk = float(row["p_cooperation"]), float(row["p_competition"])
                print(
                    f"{row['label'][:4]}\t{pc:.2f}\t{pk:.2f}\t{row.get('doc_id', '')}\t{row['text']}"
                )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", nargs="?", help="a model folder written by `spaceclaims train`")
    ap.add_argument("--docs", type=Path, help="folder of off-domain documents (e.g. PDFs)")
    ap.add_argument("--work", type=Path, help="run folder to write")
    ap.add_argument("--reuse", type=Path, help="earlier run folder of the same documents")
    ap.add_argument("--sentences", type=Path, help="count this sentences.csv; run nothing")
    ap.add_argument("--list", action="store_true", help="print every claim")
    args = ap.parse_args(argv)
    if args.sentences:
        report(args.sentences, show=args.list)
        return 0
    if not (args.model and args.docs and args.work):
        ap.error("give MODEL, --docs and --work (or --sentences)")
    if args.reuse and not args.work.exists():
        shutil.copytree(args.reuse, args.work)
    cmd = [sys.executable, "-m", "pipeline", "run", str(args.docs), "--out", str(args.work),
           "--model", str(args.model), "--workers", "1", "--no-progress"]  # fmt: skip
    status = subprocess.run(cmd, cwd=ROOT).returncode
    if status not in (0, 3):
        return status
    report(args.work / "sentences.csv", show=args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
