"""Surface changes of real dev documents leave their sentences, actors and dates as they were.

A small run of ``scripts/score_invariance.py`` (CheckList-style invariance, issues 12 and 13):
a few real dev plain-text documents, each as it is and after a few surface perturbations
(CRLF line endings, hard wrapping at 72 columns, non-breaking and double spaces, tab
indentation, the text saved as HTML with ``<br>`` line breaks), through ingestion, sentences,
actors and dates (no claim classifier). The floors are set from what the whole dev measure gives
after the fixes of issue 13, with a margin; nothing of the documents' text is in this file.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "_score_invariance", ROOT / "scripts" / "score_invariance.py"
)
assert _spec is not None and _spec.loader is not None
inv = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(inv)

#: Documents: every eighth real dev plain-text file (press releases, statements, transcripts,
#: encyclopedia pages), so that the sample does not depend on a choice made by looking.
STEP = 8
PERTURBATIONS = ("crlf", "wrap72", "nbsp", "double_space", "tabs", "html")
#: Share of the original sentences found whole after a perturbation (all documents together;
#: 0.991 at the lowest, html, after the fixes; 0.81 for html before them).
FLOOR_WHOLE = 0.97
#: Among those found, the share with the same actors and the same dates.
FLOOR_SAME = 0.98


@pytest.mark.real_data
def test_surface_perturbations_keep_the_sentences(shared_dir, text_nlp) -> None:
    files = inv.dev_files(texts=shared_dir / "realcorpus")[::STEP]
    assert len(files) >= 4
    originals = {
        f: inv.run_text(f.read_text(encoding="utf-8"), ".txt", text_nlp, None) for f in files
    }
    for name in PERTURBATIONS:
        n = found = same = 0
        for f, original in originals.items():
            text = inv.PERTURBATIONS[name](f.read_text(encoding="utf-8"))
            suffix = ".html" if name == "html" else ".txt"
            result = inv.compare(original, inv.run_text(text, suffix, text_nlp, None))
            n += len(original)
            found += len(result["found"])
            changed = {id(r) for field in ("actors", "dates") for r, _ in result[field]}
            same += len(result["found"]) - len(changed)
        assert n > 100
        assert found / n >= FLOOR_WHOLE, f"{name}: {found}/{n} sentences whole"
        assert same / max(found, 1) >= FLOOR_SAME, f"{name}: {same}/{found} unchanged"
