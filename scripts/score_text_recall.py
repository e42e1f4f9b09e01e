"""How many annotated sentences come back whole from text ingestion + sentence splitting (issue 13).

    PYTHONPATH=$PWD .venv/bin/python scripts/score_text_recall.py            # the fresh dev sets
    PYTHONPATH=$PWD .venv/bin/python scripts/score_text_recall.py --gold     # annotations.jsonl
    PYTHONPATH=$PWD .venv/bin/python scripts/score_text_recall.py --errors   # list the misses
    PYTHONPATH=$PWD .venv/bin/python scripts/score_text_recall.py --gold --split dev --errors
    PYTHONPATH=$PWD .venv/bin/python scripts/score_text_recall.py --split dev \
        --records corpus/blind/hearings/annotations.jsonl --texts corpus/blind/hearings

The fresh sets (``corpus/real/*_fresh*_dev.jsonl``) hold stand-off records of DEV sentences that
the ingestion and sentence rules were not fitted on. Records are deduplicated by
(file, start, end); only .txt and .md files are measured (PDFs have their own ground truth).
Each document runs through ingestion and the sentence components only (as
``tests/nlp/test_real_sentence_recall.py`` does, with its normalisation ``comparable``), and
every record that does not come back whole as one output sentence is put in one class:

- ``excluded:<kind>``: its text lies (mostly) in a row of excluded.csv of that kind;
- ``heading``: it is a heading of the output (a section title, not a sentence);
- ``heading+<class>``: it is a heading and a text after it that has that class (the annotation
  glued them; the output keeps the heading apart as it should); ``whole+heading``: a whole
  output sentence with the next heading glued to its end;
- ``merged``: it lies inside a longer output sentence (glued to a neighbour);
- ``split``: it starts with an output sentence that is shorter than it (cut in pieces);
- ``lost``: none of these (text changed by cleaning, or dropped).

Gold records that start with punctuation are skipped as in the test. Only error listings show
text, on the terminal; nothing of it is written to the repository.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.classify.standoff import RealSentence, load_standoff  # noqa: E402
from pipeline.document import join_blocks  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402

GOLD = ROOT / "corpus" / "real" / "annotations.jsonl"
FRESH = sorted((ROOT / "corpus" / "real").glob("*_fresh*_dev.jsonl"))
TEXTS = Path("/work/shared/realcorpus")

_spec = importlib.util.spec_from_file_location(
    "_recall_test", ROOT / "tests" / "nlp" / "test_real_sentence_recall.py"
)
assert _spec is not None and _spec.loader is not None
_recall = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_recall)
comparable = _recall.comparable
_CUT = _recall._CUT


def sentence_nlp():
    """Only the components that set sentence boundaries (as in the recall test)."""
    from pipeline.nlp.build import build_sentence_nlp

    return build_sentence_nlp()


def load_records(paths: list[Path], texts: Path, split: str = "") -> dict[str, list[RealSentence]]:
    """Records by file, deduplicated by (file, start, end); .txt and .md only; of one split
    (``dev``, ``test``) when ``split`` is given."""
    seen, by_file = set(), defaultdict(list)
    for path in paths:
        for record in load_standoff(path, texts_dir=texts, labelled=False):
            if not record.file.endswith((".txt", ".md")) or record.key in seen:
                continue
            if split and record.split != split:
                continue
            seen.add(record.key)
            by_file[record.file].append(record)
    return by_file


_MARKS = re.compile(r"^[=#\s]+|[=#\s]+$")


def classify(
    gold: str, sentences: list[str], excluded: list[tuple[str, str]], headings: set[str]
) -> str:
    """The class of a gold sentence (comparable form) against a document's output."""
    if gold in sentences:
        return "whole"
    bare = _MARKS.sub("", gold)
    if bare in headings:
        return "heading"
    for heading in headings:
        if heading and bare.startswith(heading + " "):
            rest = _MARKS.sub("", bare[len(heading) :])
            return "heading+" + classify(rest, sentences, excluded, set())
        if heading and bare.endswith(" " + heading):
            rest = _MARKS.sub("", bare[: -len(heading)])
            if rest in sentences:
                return "whole+heading"
    for kind, text in excluded:
        if gold in text:
            return f"excluded:{kind}"
    if any(gold in s for s in sentences):
        return "merged"
    if any(s and gold.startswith(s) or s and s in gold and len(s) >= 20 for s in sentences):
        return "split"
    joined = " ".join(text for _, text in excluded)
    for kind, text in excluded:
        if len(text) >= 20 and text in gold or gold in joined and gold[:20] in text:
            return f"excluded:{kind}"  # partly, or over several rows
    return "lost"


def measure(by_file, nlp, *, texts: Path = TEXTS, errors: bool = False) -> Counter:
    counts: Counter = Counter()
    for name, records in sorted(by_file.items()):
        document = ingest(texts / name)
        text, spans = join_blocks(document)
        doc = nlp.make_doc(text)
        doc._.sc_blocks = spans
        sentences = [comparable(s.text) for s in nlp(doc).sents if s.text.strip()]
        excluded = [(e.kind, comparable(e.text)) for e in document.parsed.excluded]
        headings = {comparable(b.section) for b in document.blocks if b.section}
        for record in records:
            gold = comparable(record.text)
            if _CUT.match(gold):
                counts["skipped"] += 1
                continue
            cls = classify(gold, sentences, excluded, headings)
            counts[cls] += 1
            if errors and cls != "whole":
                print(f"[{cls}] {record.key}: {gold[:160]}")
                if cls in ("merged", "split"):
                    for s in sentences:
                        if gold in s or (s and s in gold):
                            print(f"      out: {s[:160]}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", action="store_true", help="annotations.jsonl (dev+test)")
    parser.add_argument("--errors", action="store_true", help="print the sentences not whole")
    parser.add_argument("--texts", type=Path, default=TEXTS)
    parser.add_argument(
        "--records",
        type=Path,
        help="another stand-off file (a blind set's annotations.jsonl, with --texts its folder)",
    )
    parser.add_argument(
        "--split",
        choices=("dev", "test"),
        default="",
        help="only the records of this split (list errors of dev only: tune on dev)",
    )
    args = parser.parse_args(argv)
    paths = [args.records] if args.records else [GOLD] if args.gold else FRESH
    by_file = load_records(paths, args.texts, args.split)
    counts = measure(by_file, sentence_nlp(), texts=args.texts, errors=args.errors)
    total = sum(v for k, v in counts.items() if k != "skipped")
    name = args.records or ("gold" if args.gold else "fresh")
    print(f"{name}: {len(by_file)} files, {total} sentences")
    for key, value in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {key:24s} {value:5d}  {value / max(total, 1):6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
