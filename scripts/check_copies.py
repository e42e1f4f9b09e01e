"""Training sentences too close to a real gold sentence (the rule: never copy real text).

    .venv/bin/python scripts/check_copies.py                      # pairs with ratio >= 0.6, for review
    .venv/bin/python scripts/check_copies.py --fail-at 0.8        # exit 1 on a near-copy (the test)
    .venv/bin/python scripts/check_copies.py corpus/annotations/new.jsonl --min-ratio 0.5

The team's training sentences (``corpus/annotations/*.jsonl``, or the files given) are compared
with every sentence of the real gold set (``corpus/real/annotations.jsonl``) and of the fresh
blind dev sets (``corpus/real/*_fresh*_dev.jsonl``), resolved against the shared real documents.
Candidate pairs share a run of four words; each is scored with ``difflib.SequenceMatcher`` on
the lower-cased texts (1.0: the same text). Pairs at or above ``--min-ratio`` are printed, best
first, with the length of their longest common stretch. Stock
formulas of one kind of document (final clauses of treaties, the closing sections of executive
orders) score 0.5-0.7 against each other; a ratio of 0.8 or more is a copy with a word or a number
changed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.classify.annotations import shipped_annotation_files  # noqa: E402
from pipeline.classify.standoff import load_standoff  # noqa: E402

GOLD = ROOT / "corpus" / "real" / "annotations.jsonl"
#: The fresh blind sets hold real sentences too (``*_fresh*_dev.jsonl``): compared as well.
FRESH = sorted(GOLD.parent.glob("*_fresh*_dev.jsonl"))
_WORD = re.compile(r"[a-z0-9]+")
SHINGLE = 4


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[k : k + SHINGLE]) for k in range(len(words) - SHINGLE + 1)}


def near_copies(
    own: Iterable[tuple[str, int, str]], real: list[str], *, min_ratio: float
) -> list[tuple[float, int, str, int, str, str]]:
    """``(ratio, longest common stretch, file, line, own text, real text)`` for every pair of an
    own sentence (``(file, line, text)``) and a real sentence with a ratio of ``min_ratio`` or
    more, best first."""
    index: dict[tuple[str, ...], set[int]] = defaultdict(set)
    lowered = [t.lower() for t in real]
    for i, text in enumerate(real):
        for gram in _shingles(text):
            index[gram].add(i)
    found = []
    for name, line, text in own:
        low = text.lower()
        candidates = set().union(*(index.get(g, set()) for g in _shingles(text)))
        for i in candidates:
            matcher = SequenceMatcher(None, low, lowered[i], autojunk=False)
            if matcher.real_quick_ratio() < min_ratio or matcher.quick_ratio() < min_ratio:
                continue
            ratio = matcher.ratio()
            if ratio >= min_ratio:
                size = matcher.find_longest_match(0, len(low), 0, len(lowered[i])).size
                found.append((ratio, size, name, line, text, real[i]))
    return sorted(found, key=lambda f: (-f[0], f[2], f[3]))


def own_sentences(files: Iterable[Path]) -> list[tuple[str, int, str]]:
    out = []
    for path in files:
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if raw.strip():
                out.append((path.name, n, json.loads(raw)["text"]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "files", nargs="*", type=Path, help="JSONL files (default: the shipped ones)"
    )
    parser.add_argument("--texts", type=Path, help="folder of the real documents")
    parser.add_argument("--min-ratio", type=float, default=0.6, help="print pairs from this ratio")
    parser.add_argument("--fail-at", type=float, help="exit 1 when a pair reaches this ratio")
    args = parser.parse_args(argv)
    texts = args.texts or Path(os.environ.get("SPACECLAIMS_SHARED", ROOT.parent / "shared"))
    if (texts / "realcorpus").is_dir():
        texts = texts / "realcorpus"
    real = [
        r.text
        for path in [GOLD, *FRESH]
        for r in load_standoff(path, texts_dir=texts, labelled=False)
    ]
    own = own_sentences(args.files or shipped_annotation_files())
    floor = min(args.min_ratio, args.fail_at) if args.fail_at is not None else args.min_ratio
    pairs = near_copies(own, real, min_ratio=floor)
    for ratio, size, name, line, text, gold in pairs:
        if ratio >= args.min_ratio or (args.fail_at is not None and ratio >= args.fail_at):
            print(
                f"{ratio:.2f} (common stretch {size}) {name}:{line}\n  own:  {text}\n  real: {gold}"
            )
    print(f"{len(own)} own sentences, {len(real)} real sentences, {len(pairs)} pairs >= {floor}")
    if args.fail_at is not None and any(p[0] >= args.fail_at for p in pairs):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
