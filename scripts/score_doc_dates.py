"""Check the document date the pipeline finds from the document alone against the manifest's year.

    .venv/bin/python scripts/score_doc_dates.py                 # dev documents of the gold split
    .venv/bin/python scripts/score_doc_dates.py --split test    # once, for the figure
    .venv/bin/python scripts/score_doc_dates.py --totals        # the counts only
    .venv/bin/python scripts/score_doc_dates.py --halves        # and the counts of halves A / B

For every document of the chosen split of the real gold set (``corpus/real/annotations.jsonl``),
the document is ingested as a user's file would be (without the corpus manifest), and its date
is found as the dates component finds it (``pipeline.nlp.extract.dates.document``: the
ingester's metadata year, the title and the text; ``documents.csv``'s ``date``). That date is
compared with the ``year`` column of ``MANIFEST.tsv`` (or its ``date`` column, where it has one): *right* (its year is the manifest's),
*wrong* (a date of another year) or *none* (no date found). Per document it prints the verdict,
the register, the manifest's year, the date found and the source that gave it (see
``document_date_evidence``), then the counts by register and the totals: accuracy (right among
all documents) and precision (right among the documents given a date); with ``--halves``, the
same for each half of the documents (A / B as ``scripts/score_real.py`` splits them: design on
A, check on B). The manifest's year of
an encyclopedia article is the year it was retrieved, which its text seldom names. No text of
the documents is printed.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from pipeline.document import join_blocks
from pipeline.ingest import ingest
from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import document_date_evidence

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "corpus" / "real" / "annotations.jsonl"
DEFAULT_TEXTS = ROOT.parent / "shared" / "realcorpus"
if not DEFAULT_TEXTS.is_dir():
    DEFAULT_TEXTS = Path("/work/shared/realcorpus")
VERDICTS = ("right", "wrong", "none")


def split_files(gold: Path, split: str) -> list[str]:
    """The files of ``split`` in a stand-off gold file, sorted."""
    with open(gold, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return sorted({r["file"] for r in records if r.get("split") == split})


def manifest(texts: Path) -> dict[str, dict[str, str]]:
    """The rows of ``MANIFEST.tsv`` by file name."""
    with open(texts / "MANIFEST.tsv", encoding="utf-8") as fh:
        return {r["file"]: r for r in csv.DictReader(fh, delimiter="\t")}


def found_date(path: Path, *, today: date) -> tuple[str | None, str]:
    """The document date and its source, as the dates component finds them for this file."""
    document = ingest(path)
    text, _ = join_blocks(document)
    meta = document.metadata
    # the date line the reader set aside with the front matter is read as the text's first
    # line, as the dates component reads it (``pipeline.nlp.components.dates``)
    if meta.date_line:
        text = f"{meta.date_line}\n\n{text}"
    return document_date_evidence(
        text, year=meta.year, find=find_dates, title=meta.title or "", today=today
    )


def document_half(name: str) -> str:
    """``A`` or ``B``: the half a file belongs to, by a stable hash of its name (as
    ``scripts/score_real.py``'s)."""
    return "AB"[int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 2]


def totals_line(label: str, total: Counter) -> str:
    """The counts, accuracy (right among all) and precision (right among those given a date)."""
    n, given = sum(total.values()), total["right"] + total["wrong"]
    return (
        f"{label}: {n} documents: right {total['right']}, wrong {total['wrong']}, "
        f"none {total['none']}; accuracy {total['right'] / max(n, 1):.3f}, "
        f"precision {total['right'] / max(given, 1):.3f}"
    )


def verdict(found: str | None, year: str, full: str = "") -> str:
    """``right``, ``wrong`` or ``none`` for a date found against the manifest's year, or against
    its full ``date`` (``YYYY-MM-DD``) when the manifest has that column (the team's blind sets,
    ``corpus/blind``, whose documents carry a known day): then the found date must agree with it
    as far as it goes (a found ``2026-03`` is right for ``2026-03-03``, ``2026-04`` is wrong)."""
    if not found:
        return "none"
    if full:
        return "right" if full.startswith(found[:10]) else "wrong"
    return "right" if found[:4] == year else "wrong"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="the real documents")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--totals", action="store_true", help="print the counts only")
    parser.add_argument(
        "--halves", action="store_true", help="also print the counts of halves A and B"
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        help="read the documents as of this day (YYYY-MM-DD; default: the day of the run)",
    )
    args = parser.parse_args(argv)
    rows = manifest(args.texts)
    today = args.today or date.today()
    by_register: dict[str, Counter] = defaultdict(Counter)
    sources: Counter = Counter()
    by_half: dict[str, Counter] = defaultdict(Counter)
    for file in split_files(args.gold, args.split):
        row = rows.get(file, {})
        year, register = row.get("year", ""), row.get("register", "?")
        found, source = found_date(args.texts / file, today=today)
        v = verdict(found, year, row.get("date", ""))
        by_register[register][v] += 1
        by_half[document_half(file)][v] += 1
        if found:
            sources[(source, v)] += 1
        if not args.totals:
            half = document_half(file)
            print(
                f"{half} {v:5}  {register[:28]:28}  {year:4}  {found or '-':10}  {source:16}  {file}"
            )
    total: Counter = Counter()
    print(f"\n{'register':40} {'right':>5} {'wrong':>5} {'none':>5}")
    for register, counts in sorted(by_register.items()):
        total.update(counts)
        print(f"{register[:40]:40} " + " ".join(f"{counts[v]:5d}" for v in VERDICTS))
    if not args.totals:
        print("\nby source: " + ", ".join(f"{s} {v} {n}" for (s, v), n in sorted(sources.items())))
    print("\n" + totals_line(args.split, total))
    if args.halves:
        for half in "AB":
            print(totals_line(f"half {half}", by_half[half]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
