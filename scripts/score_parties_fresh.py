"""Score the parties and dyads of claim sentences on the fresh dev set (issue 17).

    PYTHONPATH=$PWD .venv/bin/python scripts/score_parties_fresh.py
    PYTHONPATH=$PWD .venv/bin/python scripts/score_parties_fresh.py --errors --cache /tmp/sc
    PYTHONPATH=$PWD .venv/bin/python scripts/score_parties_fresh.py --fresh2 --cache /tmp/sc
    PYTHONPATH=$PWD .venv/bin/python scripts/score_parties_fresh.py --fresh3 --cache /tmp/sc
    PYTHONPATH=$PWD .venv/bin/python scripts/score_parties_fresh.py --fresh4 --cache /tmp/sc
    PYTHONPATH=$PWD .venv/bin/python scripts/score_parties_fresh.py --fresh5 --cache /tmp/sc

``corpus/real/parties_fresh_dev.jsonl`` holds stand-off records (file, sha256, start, end,
register, label, parties; no text) of claim sentences of the real DEV documents that are not in
the gold set (``annotations.jsonl``). Their parties were written down by the annotation guide
before the pipeline's output for them was looked at, so they measure how the party rules, fitted
on the dev gold sentences, carry over to sentences they were not fitted on. Test-split documents
are never used.

The pieces are ``score_structure.py``'s: each document runs through the whole pipeline
(``--cache`` as there), sentences are aligned by text, and the sentences the pipeline labels as
claims are scored: party P/R/F1 over (sentence, canonical party) pairs and dyad F1 over the
claims.csv rows of the sentence against every pair of its gold parties, by register. Modality is
not annotated here. ``--fresh2`` scores the parties of the second fresh set,
``corpus/real/structure_fresh2_dev.jsonl`` (its modality: ``score_modality_fresh.py --fresh2``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from score_structure import (  # noqa: E402
    TEXTS,
    HomeStates,
    _as_written,
    aligned_output,
    report,
    score,
)

from pipeline.classify.standoff import load_standoff  # noqa: E402
from pipeline.nlp.extract.scoring import CanonicalNames  # noqa: E402

FRESH = ROOT / "corpus" / "real" / "parties_fresh_dev.jsonl"
#: The second fresh set (label, modality and parties; issue 17): ``--fresh2``.
FRESH2 = ROOT / "corpus" / "real" / "structure_fresh2_dev.jsonl"
#: The third fresh set (label, modality and parties, weighted to joint statements, fact sheets
#: and speeches; issue 17): ``--fresh3``.
FRESH3 = ROOT / "corpus" / "real" / "structure_fresh3_dev.jsonl"
#: The fourth fresh set (label, modality and parties of joint statements, fact sheets, UN texts,
#: orders and treaties; issue 17, ninth round): ``--fresh4``.
FRESH4 = ROOT / "corpus" / "real" / "structure_fresh4_dev.jsonl"
#: The fifth fresh set (label, modality and parties of dev sentences in no other set, weighted
#: to speeches, joint statements, UN texts, orders and fact sheets; issue 17, twelfth round):
#: ``--fresh5``.
FRESH5 = ROOT / "corpus" / "real" / "structure_fresh5_dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=FRESH)
    parser.add_argument(
        "--fresh2", action="store_true", help=f"score the second fresh set ({FRESH2.name})"
    )
    parser.add_argument(
        "--fresh3", action="store_true", help=f"score the third fresh set ({FRESH3.name})"
    )
    parser.add_argument(
        "--fresh4", action="store_true", help=f"score the fourth fresh set ({FRESH4.name})"
    )
    parser.add_argument(
        "--fresh5", action="store_true", help=f"score the fifth fresh set ({FRESH5.name})"
    )
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the real documents' folder")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--cache", type=Path, help="keep parsed documents here")
    parser.add_argument(
        "--strict-names", action="store_true", help="compare party names as written (no aliases)"
    )
    args = parser.parse_args(argv)
    if args.fresh2:
        args.gold = FRESH2
    if args.fresh3:
        args.gold = FRESH3
    if args.fresh4:
        args.gold = FRESH4
    if args.fresh5:
        args.gold = FRESH5
    gold = load_standoff(args.gold, texts_dir=args.texts, split="dev")
    aligned = aligned_output(gold, args.texts, args.cache)
    names = _as_written if args.strict_names else CanonicalNames()
    results, errors = score(gold, aligned, names, HomeStates())
    print(f"fresh dev set: {len({g.file for g in gold})} documents, {len(gold)} sentences")
    # modality is not annotated in the fresh set: its column is meaningless here
    lines = report(results)
    print("\n".join([lines[0], *(line.rsplit(" ", 1)[0] for line in lines[1:])]))
    if args.errors:
        print("\n".join(e.rsplit("\n", 1)[0] for e in errors if "parties gold" in e and _differ(e)))
    return 0


def _differ(error: str) -> bool:
    """Whether an error entry of :func:`score` is about parties (not modality alone)."""
    return "missing [] extra []" not in error


if __name__ == "__main__":
    sys.exit(main())
