"""Saving and loading claim models safely.

A model folder holds ``model.skops`` (the fitted :class:`ClaimClassifier`), ``meta.json``
(version id, thresholds, training summary) and ``README.md`` (the model card). Loading never
runs untrusted code: skops reconstructs only the types listed in :data:`TRUSTED_TYPES`; a file
holding any other type, or a pickle, is refused with a message that says why.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

from pipeline.classify.classifier import ClaimClassifier
from pipeline.classify.predictor import write_predictor
from pipeline.data.resources import MODEL_ENV, default_model_dir
from pipeline.errors import ModelError


def _import_skops():
    """``skops.io``, imported without walking all of scikit-learn.

    At import time skops builds its default list of trusted types from
    ``sklearn.utils.all_estimators()``, which imports every scikit-learn module (seconds: most
    of a run's start-up). spaceclaims never relies on that list: every load is checked against
    :data:`TRUSTED_TYPES`. So while skops is first imported, ``all_estimators`` answers with the
    estimators a ``ClaimClassifier`` holds, which only narrows what skops trusts by default. If
    skops is already imported, or builds its list another way, this just costs the time again.
    """
    if "skops.io" in sys.modules:
        return sys.modules["skops.io"]
    import sklearn.utils
    from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    used = [TfidfVectorizer, TfidfTransformer, LogisticRegression, FeatureUnion, Pipeline]
    walk_all = sklearn.utils.all_estimators
    sklearn.utils.all_estimators = lambda *a, **k: [(c.__name__, c) for c in used]
    try:
        import skops.io
    finally:
        sklearn.utils.all_estimators = walk_all
    return skops.io


sio = _import_skops()

MODEL_FILE = "model.skops"
META_FILE = "meta.json"
#: Fingerprints of the training sentences, one a line: lets ``evaluate`` warn when it is given
#: sentences the model was trained on.
TRAINING_TEXTS = "training_texts.txt"


def text_fingerprint(text: str) -> str:
    """A short fingerprint of a sentence (the first 16 hex digits of its SHA-1)."""
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


#: Every type a shipped or retrained ClaimClassifier contains that skops does not trust by
#: default; nothing else is loaded. (scikit-learn estimators, numpy arrays and builtin
#: containers are in skops' own default trusted set; they are listed here for the record.)
TRUSTED_TYPES = sorted(
    {
        "pipeline.classify.classifier.ClaimClassifier",
        "pipeline.classify.classifier.normalize_for_features",
        "pipeline.classify.relation_cues.RelationCues",
        "sklearn.pipeline.Pipeline",
        "sklearn.pipeline.FeatureUnion",
        "sklearn.feature_extraction.text.TfidfVectorizer",
        "sklearn.feature_extraction.text.TfidfTransformer",
        "sklearn.linear_model._logistic.LogisticRegression",
        "sklearn.utils._bunch.Bunch",
        "builtins.slice",
        "builtins.tuple",
        "builtins.float",
        "builtins.int",
        "numpy.float64",
        "numpy.int64",
        "numpy.dtype",
        "numpy.ndarray",
        "numpy.core.multiarray._reconstruct",
        "scipy.sparse._csr.csr_matrix",
        "collections.defaultdict",
        "re.Pattern",
    }
)


def save_model(
    model: ClaimClassifier,
    folder: Path,
    meta: dict,
    card: str,
    training_texts: Sequence[str] = (),
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if training_texts:
        prints = sorted({text_fingerprint(t) for t in training_texts})
        (folder / TRAINING_TEXTS).write_text("\n".join(prints) + "\n")
    sio.dump(model, folder / MODEL_FILE, compression=zipfile.ZIP_DEFLATED, compresslevel=6)
    write_predictor(model, folder, MODEL_FILE)  # labelling without importing scikit-learn
    (folder / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    (folder / "README.md").write_text(card)


def _series(version: str) -> tuple[int, ...]:
    """The (major, minor) of a version string: ``"1.9.1"`` -> ``(1, 9)``."""
    parts = re.findall(r"\d+", version)[:2]
    return tuple(int(p) for p in parts)


def check_library_versions(meta: dict, file: Path, installed: str | None = None) -> None:
    """Refuse a model written by another scikit-learn minor series than the installed one.

    skops rebuilds estimators from their saved attributes; scikit-learn changes those between
    minor versions (1.8 -> 1.9) without promising compatibility, so a model is read only by the
    series that wrote it (pyproject.toml pins the shipped model's series). A model without
    the record (written before spaceclaims 0.1.0 kept it) is loaded as before."""
    saved = str((meta.get("libraries") or {}).get("scikit-learn") or "")
    if not saved:
        return
    if installed is None:
        import sklearn

        installed = sklearn.__version__
    if _series(saved) != _series(installed):
        want = ".".join(str(n) for n in _series(saved))
        raise ModelError(
            f"cannot load {file}: it was saved with scikit-learn {saved}, and scikit-learn "
            f"{installed} is installed; a model is read only by the scikit-learn series that "
            f"wrote it. Install that series (pip install 'scikit-learn=={want}.*') or retrain "
            "the model with `spaceclaims train` under the installed one"
        )


#: Where the classes of models saved before the stage packages (version 0.1.0) live now.
LEGACY_MODULES = {
    "pipeline.classifier": "pipeline.classify.classifier",
    "pipeline.relation_cues": "pipeline.classify.relation_cues",
}
_LEGACY_MODULE = re.compile(
    rb'"(' + b"|".join(re.escape(k.encode()) for k in LEGACY_MODULES) + rb')"'
)


def _upgrade_legacy_paths(data: bytes) -> bytes:
    """A skops file's bytes with module paths of older spaceclaims versions renamed to today's.

    Only the schema's module names change, so the trusted-type check below still sees every
    type the file would build."""
    with zipfile.ZipFile(io.BytesIO(data)) as old:
        schema = old.read("schema.json")
        if not _LEGACY_MODULE.search(schema):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as new:
            for info in old.infolist():
                payload = old.read(info)
                if info.filename == "schema.json":
                    payload = _LEGACY_MODULE.sub(
                        lambda m: b'"' + LEGACY_MODULES[m.group(1).decode()].encode() + b'"',
                        payload,
                    )
                new.writestr(info, payload)
    return out.getvalue()


def load_model(folder: Path | str | None = None) -> tuple[ClaimClassifier, dict]:
    """Load ``(model, meta)`` from a model folder (or a ``.skops`` file inside one)."""
    path = Path(folder) if folder else default_model_dir()
    file = path / MODEL_FILE if path.is_dir() else path
    if not file.exists():
        source = f" (from {MODEL_ENV})" if folder is None and os.environ.get(MODEL_ENV) else ""
        raise ModelError(
            f"no model at {path}{source}: train one with `spaceclaims train --out {path}` "
            "or pass --model pointing at a model folder"
        )
    if not zipfile.is_zipfile(file):
        raise ModelError(
            f"refused to load {file}: it is not a skops file (pickles and other formats can run "
            "arbitrary code when loaded); retrain with `spaceclaims train`"
        )
    meta_path = file.parent / META_FILE
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    check_library_versions(meta, file)
    data = _upgrade_legacy_paths(file.read_bytes())
    try:
        untrusted = sio.get_untrusted_types(data=data)
    except Exception as exc:  # skops raises several types on malformed files
        raise ModelError(f"refused to load {file}: not a valid skops file ({exc})") from None
    unexpected = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if unexpected:
        raise ModelError(
            f"refused to load {file}: it holds types outside spaceclaims' trusted list: "
            + ", ".join(unexpected[:5])
            + (" ..." if len(unexpected) > 5 else "")
            + ". Only load models you trained with `spaceclaims train`."
        )
    try:
        model = sio.loads(data, trusted=[t for t in untrusted if t in TRUSTED_TYPES])
    except Exception as exc:
        raise ModelError(f"cannot load {file}: {exc}") from None
    if not isinstance(model, ClaimClassifier):
        raise ModelError(
            f"refused {file}: it holds a {type(model).__name__}, not a ClaimClassifier"
        )
    if not all(hasattr(model, a) for a in ("features_", "heads_", "joint_", "calibration_")):
        raise ModelError(
            f"cannot use {file}: it was written by an older spaceclaims (or is not fitted); "
            "retrain it with `spaceclaims train`"
        )
    meta.setdefault("version", f"unversioned-{file.parent.name}")
    return model, meta
