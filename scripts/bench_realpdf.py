"""Benchmark PDF reading on real scholarly PDFs with independent ground truth (not a test).

Runs ``spaceclaims run`` on the real PDFs of a benchmark folder (default ``../shared/realpdf``:
``pdfs/``, ``truth/`` and its scorer ``score.py``), once per PDF engine, scores the sentences
against the truth together with a naive pypdfium2 peer, and times PDF reading alone (ingest
only, one process) in pages per second.

    python scripts/bench_realpdf.py [--data ../shared/realpdf] [--work /tmp/realpdf-bench]
                                    [--engines pdfium,pdfplumber]

The scorer writes ``summary.md``, ``per_doc.csv``, ``missed_truth.csv`` and
``unmatched_output.csv`` under ``WORK/results``. Metrics: recall (truth sentences returned
whole), recall_txt (truth text found anywhere), prec_txt (output sentences that are prose).
"""

from __future__ import annotations

import argparse
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = Path(os.environ.get("SPACECLAIMS_SHARED", ROOT.parent / "shared"))
    ap.add_argument("--data", type=Path, default=shared / "realpdf")
    ap.add_argument("--work", type=Path, default=Path("/tmp/realpdf-bench"))
    ap.add_argument("--engines", default="pdfium")
    args = ap.parse_args()
    score = args.data / "score.py"
    if not score.exists():
        print(f"no benchmark at {args.data}: pass --data with pdfs/, truth/ and score.py")
        return 2
    pdfs = sorted((args.data / "pdfs").glob("*.pdf"))
    runs = []
    for engine in args.engines.split(","):
        out = args.work / f"run_{engine}"
        shutil.rmtree(out, ignore_errors=True)  # a run folder resumes: start afresh
        cmd = [sys.executable, "-m", "pipeline", "run", str(args.data / "pdfs"), "--out", str(out),
               "--pdf-engine", engine, "--workers", "1"]  # fmt: skip
        subprocess.run(cmd, check=True, cwd=ROOT)
        runs.append(f"sc_{engine}={out}")
        pages, cpu = read_speed(pdfs, engine)
        print(
            f"PDF reading, {engine}: {pages} pages in {cpu:.2f} CPU s = {pages / cpu:.1f} pages/s"
        )
    systems = ",".join(r.partition("=")[0] for r in runs) + ",naive_pypdfium2"
    cmd = [sys.executable, str(score), "--data", str(args.data), "--work", str(args.work),
           "--systems", systems] + [a for r in runs for a in ("--run", r)]  # fmt: skip
    return subprocess.run(cmd, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
