"""The README's example outputs are what the tour's commands print with the shipped model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_examples_are_current():
    done = subprocess.run(
        [sys.executable, "scripts/readme_examples.py", "--check"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, (
        "README examples drifted; run `python scripts/readme_examples.py`:\n" + done.stdout
    )


def test_every_block_the_script_writes_is_marked_in_the_readme():
    text = (ROOT / "README.md").read_text()
    for name in ("compare", "by-year", "by-year-note", "model-figures"):
        assert f"<!-- example:{name} -->" in text and f"<!-- /example:{name} -->" in text
