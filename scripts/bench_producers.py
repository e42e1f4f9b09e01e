"""Score PDF reading on documents as other producers write them (issue 13; not a test).

Writes the PDFs of ``pipeline.bench.synth.producers`` for a split (``dev``: the documents the
reader's rules may be designed on; ``test``: held out, scored once per change set) with their
truth (``WORK/SPLIT/truth.json``), runs ``spaceclaims run`` on them and scores each document:

* ``whole``: truth sentences that come back as one output sentence;
* ``found``: truth sentences found anywhere in the output sentences (joined);
* ``prose``: output sentences that are prose of the truth (a piece of a truth sentence);
* ``excl``: the text that must be left out, left out with its kind (``kind``) or with any
  kind (``any``), of all such texts; ``stray``: strings that must never be running text found
  in an output sentence;
* ``lost``: letters of the text layer (every page as pypdfium2 reads it) in no sentence, no
  heading and no excluded row, as a share (the conservation check of
  ``tests/ingest/test_conservation.py``);
* ``title`` / ``date``: whether the document's title and date line are the truth's.

Texts are compared in ``scripts/score_pdf_recall.py``'s normal form (no spaces, no hyphens).

    PYTHONPATH=$PWD .venv/bin/python scripts/bench_producers.py --split dev [--work DIR]
        [--reuse] [--errors]

``--reuse`` scores the run already under WORK; ``--errors`` prints the missed sentences and
strays on the terminal (the texts are the project's own).
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.score_pdf_recall import normal, text_layer  # noqa: E402


def letters(text: str) -> Counter[str]:
    text = unicodedata.normalize("NFKD", text).lower()
    return Counter(c for c in text if "a" <= c <= "z")


def generate(split: str, folder: Path) -> dict[str, dict]:
    from pipeline.bench.synth.producers import make_producer, names

    truth = {}
    for name in names(split):
        g = make_producer(name, folder / "pdfs")
        truth[name] = {"sentences": g.sentences, "excluded": g.excluded, "absent": g.absent,
                       "title": g.title, "date_line": g.date_line}  # fmt: skip
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
    return truth


def read_run(out: Path) -> dict[str, dict]:
    """Sentences, sections, excluded rows, title and date of each document, by file stem."""
    docs: dict[str, dict] = {}
    by_id: dict[str, str] = {}
    with (out / "documents.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            stem = Path(row["source"]).stem
            by_id[row["doc_id"]] = stem
            docs[stem] = {"sentences": [], "sections": set(), "excluded": [],
                          "title": row["title"], "date": row["date"]}  # fmt: skip
    with (out / "sentences.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            d = docs[by_id[row["doc_id"]]]
            d["sentences"].append(row["text"])
            d["sections"].add(row["section"])
    path = out / "excluded.csv"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                docs[by_id[row["doc_id"]]]["excluded"].append((row["kind"], row["text"]))
    return docs


def score(name: str, truth: dict, got: dict, pdf: Path, errors: bool) -> dict:
    gold = [normal(s) for s in truth["sentences"]]
    out = [normal(s) for s in got["sentences"]]
    joined_out = "\u0001".join(out)
    joined_gold = "\u0001".join(gold)
    whole = sum(g in set(out) for g in gold)
    found = sum(g in joined_out for g in gold)
    prose = sum(bool(o) and o in joined_gold for o in out)
    ex_rows = [(k, normal(t)) for k, t in got["excluded"]]
    kind_ok = sum(any(k == kind and normal(t) in r for k, r in ex_rows) for kind, t in
                  truth["excluded"])  # fmt: skip
    any_ok = sum(any(normal(t) in r for _, r in ex_rows) for _, t in truth["excluded"])
    # a short mark ("- 2 -", a page number) says nothing in the normal form (no spaces, no
    # hyphens: "2" is in any sentence with a figure 2): it is looked for as written
    raw_out = "\u0001".join(" ".join(s.split()) for s in got["sentences"])
    strays = [
        a
        for a in truth["absent"]
        if (a.strip() in raw_out if len(normal(a)) < 4 else normal(a) and normal(a) in joined_out)
    ]
    layer = letters(text_layer(pdf.read_bytes()))
    kept = letters("\n".join(got["sentences"] + sorted(got["sections"])
                             + [t for _, t in got["excluded"]]))  # fmt: skip
    lost = sum((layer - kept).values()) / max(sum(layer.values()), 1)
    if errors:
        print(f"--- {name}")
        for s, g in zip(truth["sentences"], gold, strict=True):
            if g not in set(out):
                print(("  merged/split: " if g in joined_out else "  LOST: ") + s)
        for s in truth["absent"]:
            if s in strays:
                print(f"  stray: {s}")
        for kind, t in truth["excluded"]:
            if not any(k == kind and normal(t) in r for k, r in ex_rows):
                print(f"  not excluded as {kind}: {t}")
        print(f"  title: {got['title']!r} (truth {truth['title']!r}); date: {got['date']!r}")
        print(f"  lost letters: {dict((layer - kept).most_common(8))}")
    return {
        "doc": name,
        "sents": len(gold),
        "whole": whole / max(len(gold), 1),
        "found": found / max(len(gold), 1),
        "prose": prose / max(len(out), 1),
        "excl_kind": f"{kind_ok}/{len(truth['excluded'])}",
        "excl_any": f"{any_ok}/{len(truth['excluded'])}",
        "stray": f"{len(strays)}/{len(truth['absent'])}",
        "lost": lost,
        "title": got["title"] == truth["title"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--work", type=Path, default=Path("/tmp/producers-bench"))
    ap.add_argument("--reuse", action="store_true", help="score the existing run")
    ap.add_argument("--errors", action="store_true", help="print what was missed")
    args = ap.parse_args()
    folder = args.work / args.split
    run = folder / "run"
    if args.reuse:
        truth = json.loads((folder / "truth.json").read_text())
    else:
        shutil.rmtree(folder, ignore_errors=True)
        truth = generate(args.split, folder)
        cmd = [sys.executable, "-m", "pipeline", "run", str(folder / "pdfs"), "--out", str(run),
               "--workers", "1", "--no-progress"]  # fmt: skip
        subprocess.run(cmd, check=True, cwd=ROOT)
    got = read_run(run)
    rows = [score(n, t, got.get(n, {"sentences": [], "sections": set(), "excluded": [],
                                    "title": "", "date": ""}),
                  folder / "pdfs" / f"{n}.pdf", args.errors)
            for n, t in truth.items()]  # fmt: skip
    keys = ["doc", "sents", "whole", "found", "prose", "excl_kind", "excl_any", "stray", "lost",
            "title"]  # fmt: skip
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    totals: dict[str, float] = defaultdict(float)
    for r in rows:
        cells = [f"{r[k]:.3f}" if isinstance(r[k], float) else str(r[k]) for k in keys]
        print("| " + " | ".join(cells) + " |")
        for k in ("whole", "found", "prose", "lost"):
            totals[k] += r[k] * (r["sents"] if k in ("whole", "found") else 1)
    n_sents = sum(r["sents"] for r in rows)
    print(
        f"| all | {n_sents} | {totals['whole'] / n_sents:.3f} | {totals['found'] / n_sents:.3f}"
        f" | {totals['prose'] / len(rows):.3f} (mean) | | | | {totals['lost'] / len(rows):.3f}"
        " (mean) | |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
