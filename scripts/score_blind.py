"""Score every head of the pipeline on the team's blind whole-document sets (``corpus/blind``).

    .venv/bin/python scripts/score_blind.py                  # every set, the dev split
    .venv/bin/python scripts/score_blind.py --split test     # the held-out documents (the lead, once)
    .venv/bin/python scripts/score_blind.py --split all      # both splits
    .venv/bin/python scripts/score_blind.py --family news    # one set
    .venv/bin/python scripts/score_blind.py --pooled         # and one row over every set
    .venv/bin/python scripts/score_blind.py --today 2027-12-31   # read as of another day

Each set (``corpus/blind/<family>/``, see its ``README.md``) holds whole documents in a register
the real corpus lacks, marked by the guide before the pipeline ran on them. For each set and
split this runs the project's own scorers on it, as ``corpus/blind/README.md`` lists them, and
gathers one row: the claim labels (``spaceclaims evaluate``: macro-F1 and the two heads), actors
and dates (``scripts/score_real.py``, canonical names, without the corpus manifest's year: the
documents must date themselves), the claims' parties, dyads and modality
(``scripts/score_structure.py``), the document's own date (``scripts/score_doc_dates.py``, the
manifest's full ``date``) and how many marked sentences the pipeline does not give back whole.
The scorers' own output, with every error, is what to read for a set's details. A split a set
has no records of (a set written all held out) gives no row. ``--pooled`` adds a row ``all`` per
split, scored over the documents of every set together (one folder of links, the records and
manifests joined), so that a figure is not an average of small sets.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
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


def score_set(folder: Path, split: str, model: str, today: str | None = None) -> dict[str, str]:
    """One row of figures for ``split`` of the blind set in ``folder``, its documents read as of
    ``today`` (an ISO day; default: the day of the run)."""
    as_of = ["--today", today] if today else []
    reference = ["--set", f"components.spaceclaims_dates.reference_date={today}"] if today else []
    gold = str(folder / "annotations.jsonl")
    claims = _run(
        ["-m", "pipeline", "evaluate", model, gold, "--texts", str(folder), "--split", split]
    )
    real = _run(
        ["scripts/score_real.py", gold, "--texts", str(folder), "--split", split, "--no-manifest"]
        + reference
    )
    structure = _run(
        ["scripts/score_structure.py", "--split", split, "--gold", gold, "--texts", str(folder)]
    )
    dates = _run(
        ["scripts/score_doc_dates.py", "--gold", gold, "--texts", str(folder), "--split", split]
        + as_of
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


def splits_of(folder: Path) -> set[str]:
    """The splits the records of the blind set in ``folder`` hold."""
    lines = (folder / "annotations.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(line).get("split", "dev") for line in lines if line.strip()}


def pool_sets(folders: list[Path], into: Path) -> Path:
    """One folder holding every document of ``folders`` (as links), their records and their
    manifests joined, so that the scorers read the sets as one; a file name two sets share is
    an error (the records name documents by file name)."""
    records: list[str] = []
    header = ""
    rows: list[str] = []
    for folder in folders:
        for doc in folder.iterdir():
            if doc.name in {"annotations.jsonl", "marks.jsonl", "MANIFEST.tsv", "README.md"}:
                continue
            link = into / doc.name
            if link.exists():
                raise SystemExit(f"two blind sets hold a document named {doc.name}; rename one")
            link.symlink_to(doc.resolve())
        records += (folder / "annotations.jsonl").read_text(encoding="utf-8").splitlines()
        manifest = (folder / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        header = header or manifest[0]
        rows += manifest[1:]
    (into / "annotations.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (into / "MANIFEST.tsv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return into


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="models/claims", help="the claim model to evaluate")
    # dev by default: a held-out row seen while designing is no longer held out
    parser.add_argument(
        "--split",
        choices=("dev", "test", "all"),
        default="dev",
        help="the split to score (default dev; test is read once per shipped state)",
    )
    parser.add_argument("--family", help="one set only (a folder name under corpus/blind)")
    parser.add_argument(
        "--pooled", action="store_true", help="add a row over every set's documents together"
    )
    parser.add_argument(
        "--today",
        help="read the documents as of this day (YYYY-MM-DD; default: the day of the run), "
        "for documents dated after the day of the run",
    )
    args = parser.parse_args(argv)
    folders = sorted(p.parent for p in BLIND.glob("*/annotations.jsonl"))
    if args.family:
        folders = [f for f in folders if f.name == args.family]
    if not folders:
        raise SystemExit(f"no blind set found under {BLIND}")
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    print("| set | split | " + " | ".join(COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    for folder in folders:
        held = splits_of(folder)
        for split in splits:
            if split not in held:
                continue
            row = score_set(folder, split, args.model, args.today)
            print(f"| {folder.name} | {split} | " + " | ".join(row[c] for c in COLUMNS) + " |")
    if args.pooled:
        with tempfile.TemporaryDirectory(prefix="blind_pooled_") as tmp:
            pooled = pool_sets(folders, Path(tmp))
            for split in splits:
                if split not in splits_of(pooled):
                    continue
                row = score_set(pooled, split, args.model, args.today)
                print(f"| all | {split} | " + " | ".join(row[c] for c in COLUMNS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
