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

import os
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
