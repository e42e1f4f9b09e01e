"""The claim classifier: heads and labels, thresholds, calibration, safe model files."""

from __future__ import annotations

import json
import os
import pickle

import numpy as np
import pytest
import skops.io as sio

from pipeline.classify.classifier import (
    ClaimClassifier,
    apply_platt,
    fit_platt,
    heads_to_label,
    label_probabilities,
    label_to_heads,
)
from pipeline.classify.metrics import (
    choose_threshold,
    choose_thresholds,
    evaluate_predictions,
    expected_calibration_error,
)
from pipeline.classify.model_io import load_model, save_model
from pipeline.classify.review import confident_learning_issues, head_uncertainty
from pipeline.errors import ModelError
from pipeline.schema import LABELS


@pytest.fixture(scope="module")
def tiny_model(tiny_examples) -> ClaimClassifier:
    texts, labels = zip(*tiny_examples(), strict=True)
    return ClaimClassifier(calibration_cv=3).fit(texts, labels)


@pytest.mark.parametrize(
    ("label", "heads"),
    [("cooperation", (1, 0)), ("competition", (0, 1)), ("both", (1, 1)), ("neutral", (0, 0))],
)
def test_labels_and_heads_map_both_ways(label, heads):
    assert label_to_heads(label) == heads
    assert heads_to_label(*map(bool, heads)) == label


def test_unknown_label_is_refused():
    with pytest.raises(ValueError, match="unknown label 'rivalry'"):
        label_to_heads("rivalry")


@pytest.mark.parametrize(
    ("heads", "thresholds", "expected"),
    [
        ([[0.9, 0.1]], (0.5, 0.5), ["cooperation"]),
        ([[0.45, 0.7]], (0.4, 0.5), ["both"]),
        ([[0.45, 0.7]], (0.5, 0.5), ["competition"]),
        ([[0.2, 0.55]], (0.5, 0.6), ["neutral"]),
    ],
)
def test_labels_from_heads_use_the_model_thresholds(heads, thresholds, expected):
    model = ClaimClassifier(
        threshold_cooperation=thresholds[0], threshold_competition=thresholds[1]
    )
    assert model.labels_from_heads(np.array(heads)) == expected


def test_label_probabilities_from_independent_heads():
    p = label_probabilities(np.array([[0.8, 0.25]]))
    assert p[0] == pytest.approx([0.8 * 0.75, 0.2 * 0.25, 0.8 * 0.25, 0.2 * 0.75])
    assert p.sum() == pytest.approx(1.0)


def test_choose_threshold_maximises_head_f1():
    y = np.array([0, 0, 0, 1, 1, 1])
    p = np.array([0.10, 0.30, 0.55, 0.62, 0.70, 0.90])
    t = choose_threshold(y, p)
    assert 0.55 < t <= 0.62  # the only cut-offs that separate the classes perfectly


def test_choose_thresholds_jointly_for_macro_f1():
    """Cooperation separates only between 0.60 and 0.66, competition between 0.36 and 0.40."""
    labels = ["cooperation", "competition", "both", "neutral"] * 3
    coop = {"cooperation": 0.70, "both": 0.66, "competition": 0.60, "neutral": 0.20}
    comp = {"cooperation": 0.36, "both": 0.41, "competition": 0.80, "neutral": 0.10}
    probs = np.array([[coop[lab], comp[lab]] for lab in labels])
    tc, tk = choose_thresholds(labels, probs)
    assert 0.60 < tc <= 0.66
    assert 0.36 < tk <= 0.41
    ev = evaluate_predictions(labels, probs, (tc, tk))
    assert ev.macro_f1 == pytest.approx(1.0)
    assert np.trace(np.array(ev.confusion)) == len(labels)


def test_expected_calibration_error_hand_computed():
    # Bin [0.9, 1.0): two predictions of 0.9, one right -> |0.5 - 0.9| = 0.4, weight 1/2.
    # Bin [0.2, 0.3): two predictions of 0.2, both positive -> |1.0 - 0.2| = 0.8, weight 1/2.
    y = np.array([1, 0, 1, 1])
    p = np.array([0.9, 0.9, 0.2, 0.2])
    assert expected_calibration_error(y, p) == pytest.approx(0.5 * 0.4 + 0.5 * 0.8)
    assert expected_calibration_error(np.array([1, 0]), np.array([1.0, 0.0])) == pytest.approx(0)


def test_platt_scaling_recovers_a_known_sigmoid():
    rng = np.random.default_rng(0)
    scores = rng.normal(0, 2, 20_000)
    y = rng.random(len(scores)) < 1 / (1 + np.exp(-(0.5 * scores - 1.0)))
    a, b = fit_platt(scores, y)
    assert a == pytest.approx(0.5, abs=0.05)
    assert b == pytest.approx(-1.0, abs=0.08)
    assert apply_platt(np.array([2.0]), (a, b))[0] == pytest.approx(0.5, abs=0.03)


def test_confident_learning_flags_the_contradicted_label():
    labels = ["cooperation", "cooperation", "neutral", "neutral", "competition", "both"]
    probs = np.array(
        [
            [0.90, 0.02, 0.03, 0.05],
            [0.85, 0.05, 0.05, 0.05],
            [0.05, 0.05, 0.05, 0.85],
            [0.88, 0.02, 0.05, 0.05],  # labelled neutral, looks like cooperation
            [0.05, 0.90, 0.03, 0.02],
            [0.10, 0.10, 0.75, 0.05],
        ]
    )
    issues = confident_learning_issues(labels, probs)
    assert [(i["index"], i["label"], i["suggested"]) for i in issues] == [
        (3, "neutral", "cooperation")
    ]
    assert issues[0]["margin"] == pytest.approx(0.05 - 0.88)


def test_head_uncertainty_is_highest_at_one_half():
    u = head_uncertainty(np.array([[0.5, 0.5], [0.5, 0.99], [0.99, 0.01]]))
    assert u[0] == pytest.approx(2.0)
    assert u[0] > u[1] > u[2]


@pytest.mark.parametrize("design", ["mix", "binary", "joint"])
def test_every_design_learns_the_tiny_set(design, tiny_examples):
    examples = tiny_examples()
    texts, labels = zip(*examples, strict=True)
    model = ClaimClassifier(design=design, calibration_cv=3).fit(texts, labels)
    probs = model.predict_heads(texts)
    assert probs.shape == (len(texts), 2)
    assert ((probs >= 0) & (probs <= 1)).all()
    assert list(model.predict(texts)) == list(labels)
    assert model.predict_proba(texts[:3]).sum(axis=1) == pytest.approx([1.0] * 3)


def test_predict_heads_of_nothing(tiny_model):
    assert tiny_model.predict_heads([]).shape == (0, 2)


def test_unknown_design_is_refused():
    with pytest.raises(ValueError, match="unknown design"):
        ClaimClassifier(design="forest", calibration_cv=0).fit(["a b", "c d"], ["both", "neutral"])


# --------------------------------------------------------------------------------------------
# Model files


def test_model_round_trip(tmp_path, tiny_model, tiny_examples):
    save_model(tiny_model, tmp_path, {"version": "claims-test"}, "# card\n")
    model, meta = load_model(tmp_path)
    assert meta["version"] == "claims-test"
    texts = [t for t, _ in tiny_examples()[:5]]
    assert model.predict_heads(texts) == pytest.approx(tiny_model.predict_heads(texts))
    for (_, saved), (_, loaded) in zip(
        tiny_model.features_.named_steps["tfidf"].transformer_list,
        model.features_.named_steps["tfidf"].transformer_list,
        strict=True,
    ):
        assert getattr(loaded, "vocabulary_", None) == getattr(saved, "vocabulary_", None)


def test_vocabularies_are_stored_as_one_string_and_the_model_is_left_whole(tiny_model):
    """skops audits a dict item by item (seconds for a real vocabulary): the saved state holds
    each vocabulary as one string, while the live model keeps its dicts."""
    state = tiny_model.__getstate__()
    names = [name for name, _ in state["packed_vocabularies_"]]
    assert names == ["words", "chars"]
    for _, step in state["features_"].named_steps["tfidf"].transformer_list:
        assert not hasattr(step, "vocabulary_")
    live = dict(tiny_model.features_.named_steps["tfidf"].transformer_list)
    assert all(len(live[name].vocabulary_) > 10 for name in names)


def test_relation_cues_model_round_trip(tmp_path, tiny_examples):
    texts, labels = zip(*tiny_examples(), strict=True)
    model = ClaimClassifier(cue_weight=0.3, calibration_cv=3).fit(texts, labels)
    save_model(model, tmp_path, {"version": "claims-cues"}, "# card\n")
    loaded, _ = load_model(tmp_path)
    assert loaded.predict_heads(texts) == pytest.approx(model.predict_heads(texts))


class Payload:
    """A custom class: loading it would run code of the file's choosing."""

    def __reduce__(self):
        return (os.system, ("echo owned",))


def _crafted_with_function(folder, tiny_model):
    model = ClaimClassifier(**tiny_model.get_params())
    model.__dict__.update(tiny_model.__dict__)
    model.heads_ = {"cooperation": os.system, "competition": os.system}
    sio.dump(model, folder / "model.skops")


def _crafted_with_class(folder, tiny_model):
    sio.dump({"model": Payload.__new__(Payload)}, folder / "model.skops")


def _pickle(folder, tiny_model):
    (folder / "model.skops").write_bytes(pickle.dumps(tiny_model))


@pytest.mark.parametrize(
    ("craft", "reason"),
    [
        (_crafted_with_function, r"types outside spaceclaims' trusted list: .*system"),
        (_crafted_with_class, r"types outside spaceclaims' trusted list: .*Payload"),
        (_pickle, r"not a skops file \(pickles and other formats can run arbitrary code"),
    ],
    ids=["skops-holding-os.system", "skops-holding-custom-class", "pickle"],
)
def test_untrusted_model_files_are_refused(tmp_path, tiny_model, craft, reason):
    craft(tmp_path, tiny_model)
    (tmp_path / "meta.json").write_text(json.dumps({"version": "evil"}))
    with pytest.raises(ModelError, match=reason):
        load_model(tmp_path)


def test_missing_model_says_how_to_make_one(tmp_path):
    with pytest.raises(ModelError, match="spaceclaims train --out"):
        load_model(tmp_path / "nothing")


def test_unfitted_classifier_is_refused(tmp_path):
    sio.dump(ClaimClassifier(), tmp_path / "model.skops")
    with pytest.raises(ModelError, match="retrain it"):
        load_model(tmp_path)


def test_labels_cover_the_guide():
    assert set(LABELS) == {"cooperation", "competition", "both", "neutral"}
