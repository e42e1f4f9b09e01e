"""Benchmark PDF ingestion: pages per second, peak memory and recall for each engine.

Generates a dense two-column article (30 pages by default) with ``pipeline.bench.synth.pdfgen``,
then reads it with each engine in a fresh process, so that peak memory (max RSS) belongs to
that engine alone. Reports wall-clock and CPU pages/s (CPU time is steadier on a busy machine),
the peak Python heap (tracemalloc, a separate pass since tracing slows the code down) and the
share of known sentences that came back whole.

    python scripts/bench_pdf.py [--pages 30] [--repeat 3] [--engines pdfium pdfplumber]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path


def worker(engine: str, pdf: Path, sentences: Path, repeat: int) -> dict:
    from pipeline.ingest.pdf import ingest_pdf

    data = pdf.read_bytes()
    walls, cpus = [], []
    parsed = None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        parsed = ingest_pdf(data, engine=engine)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    ingest_pdf(data, engine=engine)
    heap_mb = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    known = [json.loads(line)["text"] for line in sentences.read_text().splitlines()]
    blocks = [b.text for b in parsed.blocks]
    whole = sum(any(s in b for b in blocks) for s in known)
    return {
        "engine": engine,
        "pages": parsed.pages,
        "wall_pps": parsed.pages / min(walls),
        "cpu_pps": parsed.pages / min(cpus),
        "max_rss_mb": rss_mb,
        "peak_heap_mb": heap_mb,
        "recall": whole / len(known),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--engines", nargs="+", default=["pdfium", "pdfplumber"])
    ap.add_argument(
        "--worker", nargs=3, metavar=("ENGINE", "PDF", "SENTENCES"), help=argparse.SUPPRESS
    )
    args = ap.parse_args(argv)
    if args.worker:
        engine, pdf, sentences = args.worker
        print(json.dumps(worker(engine, Path(pdf), Path(sentences), args.repeat)))
        return 0

    from pipeline.bench.synth.pdfgen import make_article

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "bench.pdf"
        sentences = Path(tmp) / "bench.jsonl"
        article = make_article(pdf, columns=2, pages=args.pages)
        with open(sentences, "w", encoding="utf-8") as fh:
            for s in article.sentences:
                fh.write(json.dumps({"text": s.text}) + "\n")
        n_chars = None
        try:
            import pypdfium2 as pdfium

            doc = pdfium.PdfDocument(str(pdf))
            n_chars = sum(doc[i].get_textpage().count_chars() for i in range(len(doc)))
        except Exception:  # the count is only informative
            pass
        print(
            f"{article.pages}-page two-column article, {len(article.sentences)} known sentences"
            + (f", {n_chars / article.pages:.0f} characters per page" if n_chars else "")
        )
        print(
            f"{'engine':<11} {'pages/s':>8} {'cpu p/s':>8} {'max RSS':>9} {'py heap':>9} {'recall':>7}"
        )
        for engine in args.engines:
            repeat = args.repeat if engine == "pdfium" else 1
            out = subprocess.run(
                [sys.executable, __file__, "--repeat", str(repeat), "--worker", engine,
                 str(pdf), str(sentences)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(
                f"{engine:<11} {r['wall_pps']:>8.1f} {r['cpu_pps']:>8.1f} "
                f"{r['max_rss_mb']:>7.0f}MB {r['peak_heap_mb']:>7.1f}MB {r['recall']:>7.1%}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
