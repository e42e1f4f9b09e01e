"""Print the extraction figures on the gold set (``corpus/gold/extraction.jsonl``).

    .venv/bin/python scripts/score_gold.py            # figures
    .venv/bin/python scripts/score_gold.py --errors   # and every disagreement
    .venv/bin/python scripts/score_gold.py --register treaty

Runs the pipeline without the claim classifier: the claim-structure component gets the gold
label of each sentence (see ``pipeline.nlp.extract.scoring``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from pipeline.nlp.build import build_nlp, load_config
from pipeline.nlp.extract.scoring import DEFAULT_GOLD, extract_items, load_gold, score

STRUCTURE = "spaceclaims_claim_structure"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--register", help="only items of this register")
    args = parser.parse_args(argv)
    items = load_gold(args.gold)
    if args.register:
        items = [i for i in items if i.get("register") == args.register]
    config = load_config()
    del config["components"]["spaceclaims_claims"]
    nlp = build_nlp(config=config)
    structure = nlp.get_pipe(STRUCTURE) if STRUCTURE in nlp.pipe_names else None
    names = [n for n in nlp.pipe_names if n != STRUCTURE]
    with nlp.select_pipes(enable=names):
        predictions = extract_items(nlp, items, structure=structure)
    report = score(items, predictions)
    registers = Counter(i.get("register", "") for i in items)
    print(
        f"{len(items)} gold items: " + ", ".join(f"{r} {n}" for r, n in sorted(registers.items()))
    )
    print("\n".join(report.lines()))
    if args.errors:
        print("\n".join(report.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
