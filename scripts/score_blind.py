"""Score every head of the pipeline on the team's blind whole-document sets (``corpus/blind``).

    .venv/bin/python scripts/score_blind.py                  # every set, dev and test splits
    .venv/bin/python scripts/score_blind.py --split dev      # the documents designed on only
    .venv/bin/python scripts/score_blind.py --family news    # one set

Each set (``corpus/blind/<family>/``, see its ``README.md``) holds whole documents in a register
the real corpus lacks, marked by the guide before the pipeline ran on them. For each set and
split this runs the project's own scorers on it, as ``corpus/blind/README.md`` lists them, and
gathers one row: the claim labels (``spaceclaims evaluate``: macro-F1 and the two heads), actors
and dates (``scripts/score_real.py``, canonical names, without the corpus manifest's year: the
documents must date themselves), the claims' parties, dyads and modality
(``scripts/score_structure.py``), the document's own date (``scripts/score_doc_dates.py``, the
manifest's full ``date``) and how many marked sentences the pipeline does not give back whole.
The scorers' own output, with every error, is what to read for a set's details.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "corpus" / "blind"
COLUMNS = (
    "sentences",
    "macro-F1",
    "coop head",
    "comp head",
    "actors F1",
    "dates F1",
    "party F1",
    "dyad F1",
    "modality",
    "doc date",
    "not whole",
)


def _run(args: list[str]) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def _find(pattern: str, text: str, default: str = "-") -> str:
    found = re.search(pattern, text, re.MULTILINE)
    return found.group(1) if found else default


def score_set(folder: Path, split: str, model: str) -> dict[str, str]:
    """One row of figures for ``split`` of the blind set in ``folder``."""
    gold = str(folder / "annotations.jsonl")
    claims = _run(
        ["-m", "pipeline", "evaluate", model, gold, "--texts", str(folder), "--split", split]
    )
    real = _run(
        ["scripts/score_real.py", gold, "--texts", str(folder), "--split", split, "--no-manifest"]
    )
    structure = _run(
        ["scripts/score_structure.py", "--split", split, "--gold", gold, "--texts", str(folder)]
    )
    dates = _run(
        ["scripts/score_doc_dates.py", "--gold", gold, "--texts", str(folder), "--split", split]
    )
    sentences = _find(rf"^{split}: (\d+) sentences", real)
    right = _find(r"documents: right (\d+)", dates)
    docs = _find(rf"^{split}: (\d+) documents", dates)
    return {
        "sentences": sentences,
        "macro-F1": _find(r"\*\*macro-F1\*\* \| \*\*([\d.]+)\*\*", claims),
        "coop head": _find(r"^\| cooperation head \| F1 ([\d.]+)", claims),
        "comp head": _find(r"^\| competition head \| F1 ([\d.]+)", claims),
        "actors F1": _find(r"^actors\s+P [\d.]+\s+R [\d.]+\s+F1 ([\d.]+)", real),
        "dates F1": _find(r"^dates\s+P [\d.]+\s+R [\d.]+\s+F1 ([\d.]+)", real),
        "party F1": _find(r"^all\s+\d+\s+[\d.]+\s+[\d.]+\s+([\d.]+)", structure),
        "dyad F1": _find(r"^all\s+\d+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+([\d.]+)", structure),
        "modality": _find(r"^all\s+\d+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+([\d.]+)", structure),
        "doc date": f"{right}/{docs}",
        "not whole": _find(r"\((\d+) not found in the pipeline's text\)", real),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="models/claims", help="the claim model to evaluate")
    parser.add_argument("--split", choices=("dev", "test"), help="one split only")
    parser.add_argument("--family", help="one set only (a folder name under corpus/blind)")
    args = parser.parse_args(argv)
    folders = sorted(p.parent for p in BLIND.glob("*/annotations.jsonl"))
    if args.family:
        folders = [f for f in folders if f.name == args.family]
    if not folders:
        raise SystemExit(f"no blind set found under {BLIND}")
    splits = (args.split,) if args.split else ("dev", "test")
    print("| set | split | " + " | ".join(COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    for folder in folders:
        for split in splits:
            row = score_set(folder, split, args.model)
            print(f"| {folder.name} | {split} | " + " | ".join(row[c] for c in COLUMNS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
