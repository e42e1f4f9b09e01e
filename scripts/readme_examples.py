"""Run the README's worked example and write its outputs into the README's marked blocks.

Every number the README shows from a run is produced here, so that retraining the model is
followed by one command instead of hand edits:

    python scripts/readme_examples.py            # rewrite the blocks in README.md
    python scripts/readme_examples.py --check    # exit 1 (and show a diff) if they are stale
    python scripts/readme_examples.py --figure   # also redraw docs/compare_example.png

A block is the text between ``<!-- example:NAME -->`` and ``<!-- /example:NAME -->``; the
script owns it, the prose around it is the README's. ``tests/test_readme.py`` runs ``--check``.
The commands are the ones the README shows, run with this interpreter (`python -m pipeline`).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
TEXTS = "tests/fixtures/run_texts"
LABELS = ["--label", "ILRS", "--label", "Artemis"]
BLOCK = re.compile(
    r"(<!-- example:(?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- /example:(?P=name) -->)", re.S
)


def spaceclaims(*args: str, cwd: Path) -> str:
    """Run one command as the README shows it; its standard output."""
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=_env(),
    )
    if done.returncode != 0:
        raise SystemExit(f"spaceclaims {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (
        os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""
    )
    env.pop("SPACECLAIMS_MODEL", None)  # the README shows the shipped model
    return env


def _fence(text: str) -> str:
    return "```\n" + text.rstrip("\n") + "\n```\n"


def blocks(work: Path, figure: bool = False) -> dict[str, str]:
    """The content of every marked block, from fresh runs in ``work``."""
    out = work / "outputs"
    for side in ("ilrs", "artemis"):
        spaceclaims("run", str(ROOT / TEXTS / side), "--out", str(out / side), cwd=work)
    runs = [str(out / "ilrs"), str(out / "artemis")]
    found: dict[str, str] = {}
    found["compare"] = _fence(spaceclaims("compare", *runs, *LABELS, cwd=work))
    by_year = out / "by_year.csv"
    spaceclaims("compare", *runs, *LABELS, "--by", "year", "--out", str(by_year), cwd=work)
    with open(by_year, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    found["by-year"] = _fence(_year_table(rows))
    found["by-year-note"] = _lowest_index_note(rows)
    found["model-figures"] = _model_figures()
    if figure:
        figures = out / "figures"
        spaceclaims("plot", *runs, *LABELS, "--out", str(figures), cwd=work)
        shutil.copyfile(figures / "index_time_run.png", ROOT / "docs" / "compare_example.png")
    return found


def _model_figures() -> str:
    """The shipped model's figures, from its meta.json (written by `spaceclaims train`)."""
    import json

    meta = json.loads((ROOT / "models" / "claims" / "meta.json").read_text(encoding="utf-8"))
    data, test, cv = meta["data"], meta["test"], meta["cross_validation"]
    return (
        f"  {data['n_train'] + data['n_test']:,} sentences; cross-validated macro-F1 "
        f"{cv['macro_f1']:.3f}; on the fixed test split ({test['n']:,} sentences never used to "
        f"fit or choose) macro-F1 {test['macro_f1']:.3f}, and F1 "
        f"{test['heads']['cooperation']['f1']:.3f} for the cooperation head and "
        f"{test['heads']['competition']['f1']:.3f} for the competition head.\n"
    )


def _year_table(rows: list[dict]) -> str:
    cols = ["run", "group", "n", "cooperation", "competition", "both", "neutral", "index"]
    table = [cols] + [[_num(r[c]) for c in cols] for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(cols))]
    return "\n".join(
        " ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)) for row in table
    )


def _num(value: str) -> str:
    try:
        number = float(value)
    except ValueError:
        return value
    return str(int(number)) if number.is_integer() else f"{number:.2f}"


def _lowest_index_note(rows: list[dict]) -> str:
    """One sentence on the group with the lowest index, from the numbers themselves."""
    low = min(rows, key=lambda r: float(r["index"]))
    index, lo, hi = (float(low[k]) for k in ("index", "index_lo", "index_hi"))
    lean = (
        "more competition than cooperation claims"
        if index < 0
        else "the fewest cooperation claims relative to competition claims"
    )
    spans = "includes 0" if lo <= 0 <= hi else "excludes 0"
    return (
        f"The lowest index is that of the {low['run']} texts of {low['group']} "
        f"({low['n']} sentences): {lean} (index {index:.1f}; its 95% interval, {lo:.1f} to "
        f"{hi:.1f}, {spans}).\n"
    )


def render(readme: str, found: dict[str, str]) -> str:
    names = {m.group("name") for m in BLOCK.finditer(readme)}
    missing = sorted(set(found) - names)
    if missing:
        raise SystemExit(f"README.md has no block for: {', '.join(missing)}")
    return BLOCK.sub(
        lambda m: m.group(1) + found.get(m.group("name"), m.group("body")) + m.group(4), readme
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when stale")
    parser.add_argument(
        "--figure", action="store_true", help="also redraw docs/compare_example.png"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="readme-examples-") as tmp:
        found = blocks(Path(tmp), figure=args.figure and not args.check)
    old = README.read_text(encoding="utf-8")
    new = render(old, found)
    if args.check:
        if new != old:
            sys.stdout.writelines(
                difflib.unified_diff(
                    old.splitlines(True), new.splitlines(True), "README.md", "regenerated"
                )
            )
            print(
                "README examples are stale: run python scripts/readme_examples.py", file=sys.stderr
            )
            return 1
        return 0
    if new != old:
        README.write_text(new, encoding="utf-8")
        print("README.md updated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
