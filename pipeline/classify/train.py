"""``spaceclaims train``: :func:`train_model` fits the classifier on the shipped data plus user
annotations, cross-validates it, and writes the model, its meta data and its model card.

The fixed dev and test splits are decided here (:func:`split_of`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import platform
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from pipeline.classify.annotations import (
    Example,
    merge_examples,
    read_annotations,
    shipped_annotation_files,
)
from pipeline.classify.card import model_card
from pipeline.classify.classifier import ClaimClassifier
from pipeline.classify.masking import TextPreparer
from pipeline.classify.metrics import (
    choose_thresholds,
    cross_fitted_calibration,
    evaluate_predictions,
    out_of_fold_scores,
)
from pipeline.classify.model_io import save_model
from pipeline.dataset.files import check_writable, writing
from pipeline.errors import AnnotationError
from pipeline.schema import LABELS

#: Share of the shipped annotations held out as the fixed test split (never used for fitting or
#: choosing), and as the dev split. Membership is decided by a hash of the text alone, so a
#: sentence keeps its split as the data grows and when its label is corrected, and the split is
#: stratified in expectation (the hash is independent of the label).
TEST_SHARE = 0.15
DEV_SHARE = 0.15


#: Settings of the shipped design beyond ``design`` (``scripts/experiment_real.py`` chose them by
#: macro-F1 on the real dev split; ``scripts/experiment_results.md`` has the table): entity
#: masking, the previous sentence's heads mixed in at run time (weight 0, see below), the
#: plan-sentence rule. Two further settings were measured there and are left off because their
#: gain on real dev is within one or two sentences: ``cue_structure`` (the relation cues' side
#: counts) and ``label_prior_weights`` (a prior shift to real documents' label mix; the candidate factors
#: were (1.13, 0.37, 0.24, 1.29), the square root of real-dev share / team share per label).
#: The `both` decision of the guide (``pipeline.classify.both_rule``, issue 12): `both` only when
#: both heads reach the bar and the sentence holds a cooperation cue and a competition or rivalry
#: cue, else `cooperation` (the far more common relation in real documents); the bar was chosen
#: at 0.7 on the real dev split and the two fresh claims sets together, in the middle of a
#: plateau (0.6-0.8), and lowered to 0.6 in the sixteenth round: on the union of the real dev
#: sets and the 52 blind dev documents (3,192 sentences) macro-F1 0.650 -> 0.656, blind dev
#: 0.635 -> 0.642, both real dev halves unchanged (0.5 costs half B). Headings and rules that
#: only restrict a party's own conduct keep the competition
#: head under its threshold (``pipeline.classify.competition_rule``, issue 12: the guide calls
#: both neutral; no change on the real dev sets, which hold almost none, and fewer false calls
#: on the probe ``corpus/probes/competition_probe.jsonl``). Sentences that name no actor, no
#: side, no relation and nothing of space affairs keep both heads under their thresholds
#: (``pipeline.classify.relation_gate``, issue 12: scholarly and technical prose; no real dev
#: gold claim is such a sentence, and it removes a third of the (false) claims the model gives
#: to off-domain arXiv papers, tenth round of ``scripts/experiment_results.md``). Sentences that
#: hold a form of rivalry the n-grams under-read (a severance, ending reliance on another side,
#: espionage, superiority, a race lost or won, concern about a side's weapons, condemned conduct)
#: get a competition head over its threshold (``pipeline.classify.rivalry_rule``, issue 12,
#: eleventh round: the competition head's recall on real prose).
#: ``context_weight`` is 0 since the fifteenth round: mixing in 0.3 of the previous sentence's
#: heads (chosen when the competition threshold was 0.60) made the competition threshold of 0.70
#: unreachable for a sentence after a neutral one (0.7 * p < 0.70), so a run called far fewer
#: competition sentences than ``spaceclaims evaluate``, which reads sentences one at a time. On
#: whole documents (the gold dev split and the 37 blind dev documents, labels as the run gives
#: them) macro-F1 was 0.593 with it and 0.637 without; weights 0.1 and 0.2 were no better than 0.
SHIPPED_SETTINGS: dict = {
    "entity_masking": True,
    "context_weight": 0.0,
    "plan_rule": True,
    "both_bar": 0.6,
    "both_needs_cues": True,
    "both_fallback": "cooperation",
    "competition_rule": True,
    "relation_gate": True,
    "rivalry_rule": True,
}
#: Head thresholds (cooperation, competition) fixed by the same experiment (the pair of the grid
#: 0.30-0.95 in steps of 0.05 with the best macro-F1 on the real dev split), or None to choose
#: them by cross-validation on the training data. The competition threshold was raised from 0.60
#: to 0.70 with the stricter competition cue list (issue 12, `scripts/experiment_results.md`):
#: chosen on the real dev split and the fresh claims dev set together (1,177 sentences), in the
#: middle of a plateau (0.65-0.75) rather than at its best point. The cooperation threshold was
#: lowered from 0.55 to 0.50 in the fifteenth round, chosen on the union of the real dev split,
#: the pooled fresh claims sets and the blind dev documents (2,706 sentences; a grid of 0.45-0.65
#: by 0.70 held the competition threshold's best): cooperation head 0.817 -> 0.823 on the union.
FIXED_THRESHOLDS: tuple[float, float] | None = (0.5, 0.7)


def split_of(text: str) -> str:
    """``train``, ``dev`` or ``test`` for a shipped sentence (stable hash of its text)."""
    bucket = int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    if bucket < TEST_SHARE:
        return "test"
    if bucket < TEST_SHARE + DEV_SHARE:
        return "dev"
    return "train"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def load_training_data(
    extra: Sequence[Path | str] = (),
    *,
    shipped: bool = True,
    log: Callable[[str], object] = lambda _: None,
) -> tuple[list[Example], list[Example]]:
    """(training examples, shipped test examples). User annotations always train; a user
    annotation of a test sentence moves it to training. Logs how many annotations each user
    file holds; a file with none is refused (AnnotationError)."""
    shipped_files = shipped_annotation_files() if shipped else []
    shipped_examples = [e for f in shipped_files for e in read_annotations(f)]
    if shipped:
        log(
            f"shipped data: {_count(len(shipped_examples), 'annotation')} read from "
            f"{_count(len(shipped_files), 'file')}"
        )
    user = [read_annotations(p) for p in extra]
    for path, examples in zip(extra, user, strict=True):
        log(f"{path}: {_count(len(examples), 'annotation')} read")
        if not examples:
            raise AnnotationError(
                f"{path} holds no annotations (no sentence with a label: a reviewed "
                "sentences.csv needs labels in its `review` column); label some sentences or "
                "leave the file out"
            )
    merged = merge_examples([shipped_examples, *user])
    user_texts = {e.text for group in user for e in group}
    test = [e for e in merged if e.text not in user_texts and split_of(e.text) == "test"]
    train = [e for e in merged if e.text in user_texts or split_of(e.text) != "test"]
    return train, test


def data_hash(examples: Sequence[Example]) -> str:
    """SHA-256 over the sorted (text, label) pairs: the identity of a training set."""
    h = hashlib.sha256()
    for e in sorted(examples, key=lambda e: e.text):
        h.update(f"{e.text}\t{e.label}\n".encode())
    return h.hexdigest()


def train_model(
    annotations: Sequence[Path | str],
    out: Path,
    *,
    folds: int = 5,
    seed: int = 0,
    shipped: bool = True,
    design: str = "joint",
    prepare: TextPreparer | None = None,
    log: Callable[[str], object] = print,
) -> dict:
    """Fit on shipped + user annotations, cross-validate, write model, meta and card to ``out``.

    The cross-validation serves three purposes at once, so that training fits each model only
    once per fold: the reported figures, the head thresholds (:func:`choose_thresholds`) and
    the Platt calibration of the final model (fitted on the out-of-fold scores, as
    ``CalibratedClassifierCV(ensemble=False)`` does). Returns the meta dictionary.

    The model's settings are :data:`SHIPPED_SETTINGS` (chosen by ``scripts/experiment_classifier.py``
    on the real dev split). With entity masking, ``prepare`` masks the sentences
    (``pipeline.nlp.masking.EntityMasker``; the command line passes one).
    """
    out = Path(out)
    check_writable(out, folder=True)  # before minutes of training, not after
    train, test = load_training_data(annotations, shipped=shipped, log=log)
    if len({e.label for e in train}) < 2:
        raise ValueError("training needs annotations of at least two labels")
    labels = [e.label for e in train]
    log(f"training on {len(train)} sentences ({len(test)} held out as the fixed test split)")
    settings = dict(SHIPPED_SETTINGS)
    params = {"design": design, "random_state": seed, **settings}
    texts = prepared_texts([e.text for e in train], params, prepare)
    scores, fold_of = out_of_fold_scores(texts, labels, folds=folds, seed=seed, **params)
    oof = cross_fitted_calibration(scores, labels, fold_of)
    thresholds = FIXED_THRESHOLDS or choose_thresholds(labels, oof)
    cv = evaluate_predictions(labels, oof, thresholds)
    model = ClaimClassifier(
        **params,
        calibration_cv=0,
        threshold_cooperation=thresholds[0],
        threshold_competition=thresholds[1],
    )
    model._fit_raw(texts, np.array(labels))
    model.classes_ = np.array(LABELS)
    model.calibrate(scores, labels)
    test_eval = None
    if test:
        test_texts = prepared_texts([e.text for e in test], params, prepare)
        test_eval = evaluate_predictions(
            [e.label for e in test], model.predict_heads(test_texts), thresholds
        )
    digest = data_hash(train)
    now = dt.datetime.now(dt.UTC)
    meta = {
        "version": f"claims-{now:%Y%m%d}-{digest[:8]}",
        "created": now.date().isoformat(),
        "created_at": now.isoformat(timespec="seconds"),
        "design": design,
        "cue_weight": model.cue_weight,
        "data": {
            "n_train": len(train),
            "n_test": len(test),
            "sha256": digest,
            "label_counts": dict(sorted(Counter(labels).items())),
            "sources": _source_counts(train),
            "shipped": shipped,
        },
        "thresholds": {"cooperation": thresholds[0], "competition": thresholds[1]},
        "cross_validation": {"folds": int(fold_of.max()) + 1, "seed": seed, **cv.as_dict()},
        "test": test_eval.as_dict() if test_eval else None,
        "libraries": _library_versions(),
    }
    with writing(out):
        save_model(model, out, meta, model_card(meta), training_texts=[e.text for e in train])
    log(
        f"cross-validated macro-F1 {cv.macro_f1:.3f}; "
        + (f"test macro-F1 {test_eval.macro_f1:.3f}; " if test_eval else "")
        + f"model {meta['version']} written to {out}"
    )
    return meta


def prepared_texts(texts: list[str], params: dict, prepare: TextPreparer | None) -> list[str]:
    """``texts`` as a model with ``params`` reads them: masked when it masks entities."""
    if not params.get("entity_masking"):
        return texts
    if prepare is None:
        raise ValueError(
            "this model design masks actors and dates: pass prepare= a masker "
            "(pipeline.nlp.masking.EntityMasker), as `spaceclaims train` does"
        )
    return prepare(texts)


def _source_counts(examples: Sequence[Example]) -> dict[str, int]:
    return dict(sorted(Counter(Path(e.source).name or "(unknown)" for e in examples).items()))


def _library_versions() -> dict[str, str]:
    import scipy
    import sklearn
    import skops

    from pipeline import __version__

    versions = {
        "python": platform.python_version(),
        "spaceclaims": __version__,
        "scikit-learn": sklearn.__version__,
        "skops": skops.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
    }
    try:  # spaCy is not used by the classifier; recorded because the pipeline around it is
        from importlib.metadata import version

        versions["spacy"] = version("spacy")
    except Exception:  # noqa: BLE001 - a missing package only leaves the field out
        pass
    return versions
