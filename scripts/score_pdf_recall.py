"""How many annotated sentences of real policy PDFs come back whole from a run (issue 13).

    PYTHONPATH=$PWD .venv/bin/python -m pipeline run REALPDFS --out OUT --workers 1
    PYTHONPATH=$PWD .venv/bin/python scripts/score_pdf_recall.py OUT [--errors]

The set (``corpus/real/pdf/sentences_dev.jsonl``; in a folder of its own, since the loaders of
the text sets read every ``corpus/real/*.jsonl`` as text) holds stand-off records of sentences of the PDFs
of the real corpus (file, sha256 of the PDF, start, end). The offsets point into the PDF's
*text layer* as plain pypdfium2 reads it: every page's ``get_text_range()``, pages joined by
one newline. A record's text is compared with the run's ``sentences.csv`` rows of that
document in the recall test's normal form (``comparable``), after the text layer's marks of a
word broken at a line end (U+FFFE or U+0002 before the line break) are joined up and every
hyphen and space is dropped on both sides (see ``normal``). Each record
is whole (one output sentence), or else ``merged`` (inside a longer one), ``split`` (an output
sentence is a piece of it), ``excluded:<kind>`` (in an excluded.csv row) or ``lost``.
Only error listings show text, on the terminal; nothing of it is written to the repository.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.score_text_recall import comparable  # noqa: E402

SET = ROOT / "corpus" / "real" / "pdf" / "sentences_dev.jsonl"
TEXTS = Path("/work/shared/realcorpus")
_BROKEN = re.compile(r"[\ufffe\x02]\s*")
_LOOSE = re.compile(r"[\s\-\u00ad\u2010\u2011]+")


def text_layer(data: bytes) -> str:
    """Every page's text as plain pypdfium2 reads it, pages joined by one newline."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        parts = []
        for page in pdf:
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(parts)
    finally:
        pdf.close()


def normal(text: str) -> str:
    """The recall test's normal form, less every hyphen and space: whether a word broken at a
    line end keeps its hyphen ("non-NASA", "docu-ment") and whether a line break inside a
    document symbol is a space are guesses no reader can be judged on."""
    return _LOOSE.sub("", comparable(_BROKEN.sub("", text)))


def read_run(out: Path) -> tuple[dict[str, list[str]], dict[str, list[tuple[str, str]]]]:
    """Sentences and excluded rows of a run, by the document's sha256 prefix (doc_id)."""
    sentences: dict[str, list[str]] = defaultdict(list)
    excluded: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with (out / "sentences.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            sentences[row["doc_id"]].append(normal(row["text"]))
    path = out / "excluded.csv"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                excluded[row["doc_id"]].append((row["kind"], normal(row["text"])))
    return sentences, excluded


def classify(gold: str, sentences: list[str], excluded: list[tuple[str, str]]) -> str:
    if gold in sentences:
        return "whole"
    for kind, text in excluded:
        if gold in text:
            return f"excluded:{kind}"
    if any(gold in s for s in sentences):
        return "merged"
    if any(s and (gold.startswith(s) or s in gold and len(s) >= 16) for s in sentences):
        return "split"
    return "lost"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("run", type=Path, help="a run folder (sentences.csv, excluded.csv)")
    parser.add_argument("--set", type=Path, default=SET)
    parser.add_argument("--texts", type=Path, default=TEXTS)
    parser.add_argument("--errors", action="store_true", help="print the sentences not whole")
    args = parser.parse_args(argv)
    sentences, excluded = read_run(args.run)
    records = [json.loads(line) for line in args.set.read_text(encoding="utf-8").splitlines()]
    layers: dict[str, str] = {}
    per_file: dict[str, Counter] = defaultdict(Counter)
    for rec in records:
        if rec["file"] not in layers:
            data = (args.texts / rec["file"]).read_bytes()
            if hashlib.sha256(data).hexdigest() != rec["sha256"]:
                print(f"{rec['file']}: the file changed; the offsets no longer hold")
                return 2
            layers[rec["file"]] = text_layer(data)
        gold = normal(layers[rec["file"]][rec["start"] : rec["end"]])
        doc_id = rec["sha256"][:12]
        cls = classify(gold, sentences.get(doc_id, []), excluded.get(doc_id, []))
        per_file[rec["file"]][cls] += 1
        if args.errors and cls != "whole":
            print(f"[{cls}] {rec['file'][:3]} {rec['start']}-{rec['end']}: {gold[:160]}")
            for s in sentences.get(doc_id, []):
                if gold in s or (s and s in gold and len(s) >= 16):
                    print(f"      out: {s[:160]}")
    total: Counter = Counter()
    for name, counts in sorted(per_file.items()):
        n = sum(counts.values())
        total += counts
        rest = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k != "whole")
        print(f"{name[:40]:40s} whole {counts['whole']:3d} / {n:3d}  {rest}")
    n = sum(total.values())
    print(f"{'all':40s} whole {total['whole']:3d} / {n:3d} = {total['whole'] / max(n, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
