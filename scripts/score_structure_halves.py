"""Score claim structure on the pooled dev structure sets, split into two halves of documents.

    PYTHONPATH=$PWD .venv/bin/python scripts/score_structure_halves.py --cache /tmp/sc
    PYTHONPATH=$PWD .venv/bin/python scripts/score_structure_halves.py --errors A --cache /tmp/sc

The dev documents are split by a stable hash of the file name (``int(sha1(name), 16) % 2``: 0
is half A, 1 half B), so that a rule designed on the errors of half A can be checked on the
documents of half B, which did not inspire it (issue 17, twelfth round). The sets: the gold dev
split (``annotations.jsonl``), ``modality_fresh_dev.jsonl`` (modality only),
``parties_fresh_dev.jsonl`` (parties only) and ``structure_fresh{2,3,4,5}_dev.jsonl``.
Modality is scored as ``score_modality_fresh.py`` does (every gold claim, with its gold label);
parties and dyads as ``score_structure.py`` does (the claims the classifier also calls claims).
``--what m`` scores modality only (faster), ``--what p`` parties only. ``--errors A`` lists the
disagreements of half A (look at one half only).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from score_modality_fresh import parsed_parts, predict  # noqa: E402
from score_structure import TEXTS, HomeStates, aligned_output, prf, score  # noqa: E402

from pipeline.classify.standoff import load_standoff  # noqa: E402
from pipeline.nlp.build import build_nlp  # noqa: E402
from pipeline.nlp.extract.scoring import CanonicalNames  # noqa: E402
from pipeline.schema import CLAIM_LABELS  # noqa: E402

REAL = ROOT / "corpus" / "real"
SETS = {
    "gold": "annotations.jsonl",
    "mod1": "modality_fresh_dev.jsonl",
    "par1": "parties_fresh_dev.jsonl",
    "fresh2": "structure_fresh2_dev.jsonl",
    "fresh3": "structure_fresh3_dev.jsonl",
    "fresh4": "structure_fresh4_dev.jsonl",
    "fresh5": "structure_fresh5_dev.jsonl",
}


def half(name: str) -> str:
    """``A`` or ``B``: the half of the dev documents the file ``name`` is in."""
    return "AB"[int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=("A", "B"), help="list the errors of one half")
    parser.add_argument("--cache", type=Path, help="keep parsed documents here")
    parser.add_argument("--what", choices=("mp", "m", "p"), default="mp")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the real documents' folder")
    args = parser.parse_args(argv)
    homes = HomeStates()  # a state and its own agency are one side (score_structure.gold_dyads)
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    nlp = build_nlp()
    errors: list[str] = []
    totals: dict[str, list[int]] = {}
    print(f"{'set':7} {'half':4} {'modality':>17} {'party F1':>9} {'dyad F1':>8} {'n':>4}")
    for name, file in SETS.items():
        records = load_standoff(REAL / file, texts_dir=args.texts, split="dev")
        claims = [g for g in records if g.label in CLAIM_LABELS]
        for h in "AB":
            gold = [g for g in claims if half(g.file) == h]
            line = f"{name:7} {h:4}"
            if name != "par1" and "m" in args.what:
                ok = 0
                for file_name in sorted({g.file for g in gold}):
                    recs = [g for g in gold if g.file == file_name]
                    docs = parsed_parts(args.texts / file_name, nlp, args.cache)
                    found = predict(recs, docs, nlp)
                    for g in recs:
                        got = found.get(g.key)
                        if got is not None and got[0] == g.modality:
                            ok += 1
                        elif h == args.errors:
                            errors.append(
                                f"modality {name} [{g.file} {g.register}] gold {g.modality} "
                                f"pred {got[0] if got else None}: {g.text}"
                            )
                total = totals.setdefault(h, [0, 0])
                total[0] += ok
                total[1] += len(gold)
                line += f" {ok / max(len(gold), 1):.3f} ({ok}/{len(gold)})".rjust(18)
            else:
                line += " " * 18
            if name != "mod1" and "p" in args.what:
                results, errs = score(
                    gold, aligned_output(gold, args.texts, args.cache), CanonicalNames(), homes
                )
                c = results["all"]
                _, _, party = prf(c["p_tp"], c["p_fp"], c["p_fn"])
                _, _, dyad = prf(c["d_tp"], c["d_fp"], c["d_fn"])
                line += f" {party:9.3f} {dyad:8.3f} {c['scored']:4d}"
                if h == args.errors:
                    errors += [
                        f"parties {name} {e}" for e in errs if "missing [] extra []" not in e
                    ]
            print(line)
    for h, (ok, n) in totals.items():
        print(f"pooled modality, half {h}: {ok / n:.3f} ({ok}/{n})")
    if errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
