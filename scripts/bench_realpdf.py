"""Benchmark PDF reading on real scholarly PDFs with independent ground truth (not a test).

Runs ``spaceclaims run`` on the real PDFs of a benchmark folder (default ``../shared/realpdf``:
``pdfs/``, ``truth/`` and its scorer ``score.py``), once per PDF engine, scores the sentences
against the truth together with a naive pypdfium2 peer, and times PDF reading alone (ingest
only, one process) in pages per second.

    python scripts/bench_realpdf.py [--data ../shared/realpdf] [--work /tmp/realpdf-bench]
                                    [--engines pdfium,pdfplumber] [--halves] [--reuse]

The scorer writes ``summary.md``, ``per_doc.csv``, ``missed_truth.csv`` and
``unmatched_output.csv`` under ``WORK/results``. Metrics: recall (truth sentences returned
whole), recall_txt (truth text found anywhere), prec_txt (output sentences that are prose).

``--halves`` also prints the mean figures per half of the PDFs (half A / half B by
``int(sha1(pdf file name), 16) % 2``, 0 = A), so a layout rule designed on the errors of one
half can be checked on the other. ``--reuse`` scores the run folders already under WORK
without running the pipeline again (for re-reading the figures).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_speed(pdfs: list[Path], engine: str) -> tuple[int, float]:
    """(pages, CPU seconds) to ingest every PDF in this process."""
    from pipeline.ingest.pdf import ingest_pdf

    pages, cpu = 0, 0.0
    for pdf in pdfs:
        data = pdf.read_bytes()
        c0 = time.process_time()
        parsed = ingest_pdf(data, engine=engine)
        cpu += time.process_time() - c0
        pages += parsed.pages or 0
    return pages, cpu


def half_of(pdf_name: str) -> str:
    """'A' or 'B': the half of the benchmark a PDF belongs to (stable, by its file name)."""
    return "AB"[int(hashlib.sha1(pdf_name.encode()).hexdigest(), 16) % 2]


def print_halves(per_doc: Path) -> None:
    """Mean recall / recall_txt / precision / prec_txt per system and half of ``per_doc.csv``."""
    rows = list(csv.DictReader(per_doc.open(newline="", encoding="utf-8")))
    keys = ("recall", "recall_txt", "precision", "prec_txt")
    print("| system | half | docs | " + " | ".join(keys) + " |")
    print("|---|---|---|" + "---|" * len(keys))
    for system in dict.fromkeys(r["system"] for r in rows):
        for half in "AB":
            part = [r for r in rows if r["system"] == system and half_of(r["doc"] + ".pdf") == half]
            means = []
            for k in keys:
                vals = [float(r[k]) for r in part if r[k] not in ("", "nan")]
                means.append(f"{sum(vals) / len(vals):.3f}" if vals else "-")
            print(f"| {system} | {half} | {len(part)} | " + " | ".join(means) + " |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = Path(os.environ.get("SPACECLAIMS_SHARED", ROOT.parent / "shared"))
    ap.add_argument("--data", type=Path, default=shared / "realpdf")
    ap.add_argument("--work", type=Path, default=Path("/tmp/realpdf-bench"))
    ap.add_argument("--engines", default="pdfium")
    ap.add_argument("--halves", action="store_true", help="also print the figures per half")
    ap.add_argument("--reuse", action="store_true", help="score the existing run folders")
    args = ap.parse_args()
    score = args.data / "score.py"
    if not score.exists():
        print(f"no benchmark at {args.data}: pass --data with pdfs/, truth/ and score.py")
        return 2
    pdfs = sorted((args.data / "pdfs").glob("*.pdf"))
    runs = []
    for engine in args.engines.split(","):
        out = args.work / f"run_{engine}"
        runs.append(f"sc_{engine}={out}")
        if args.reuse:
            continue
        shutil.rmtree(out, ignore_errors=True)  # a run folder resumes: start afresh
        cmd = [sys.executable, "-m", "pipeline", "run", str(args.data / "pdfs"), "--out", str(out),
               "--pdf-engine", engine, "--workers", "1"]  # fmt: skip
        subprocess.run(cmd, check=True, cwd=ROOT)
        pages, cpu = read_speed(pdfs, engine)
        print(
            f"PDF reading, {engine}: {pages} pages in {cpu:.2f} CPU s = {pages / cpu:.1f} pages/s"
        )
    systems = ",".join(r.partition("=")[0] for r in runs) + ",naive_pypdfium2"
    cmd = [sys.executable, str(score), "--data", str(args.data), "--work", str(args.work),
           "--systems", systems] + [a for r in runs for a in ("--run", r)]  # fmt: skip
    code = subprocess.run(cmd, cwd=ROOT).returncode
    if code == 0 and args.halves:
        print_halves(args.work / "results" / "per_doc.csv")
    return code


if __name__ == "__main__":
    sys.exit(main())
