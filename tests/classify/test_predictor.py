"""predictor.npz: the shipped model's arithmetic without scikit-learn, equal to the skops model."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from pipeline.classify.model_io import load_model
from pipeline.classify.predictor import (
    PREDICTOR_FILE,
    char_wb_ngrams,
    feature_text,
    load_predictor,
    word_ngrams,
)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "models" / "claims"


def _team_rows() -> list[dict]:
    return [
        json.loads(line)
        for path in sorted((ROOT / "corpus" / "annotations").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _team_sentences() -> list[str]:
    return [row["text"] for row in _team_rows()]


def test_the_shipped_folder_has_a_current_predictor():
    assert load_predictor(SHIPPED) is not None, (
        "models/claims/predictor.npz is missing or was made from another model.skops: "
        "re-save the model (spaceclaims train writes it)"
    )


def test_the_predictor_equals_the_skops_model_on_team_sentences():
    """Every seventh team sentence (all 4,750 agree to 2e-15; a sample keeps the suite fast)."""
    model, meta = load_model(SHIPPED)
    predictor, meta2 = load_predictor(SHIPPED)
    texts = _team_sentences()[::7] + ["", "!!", "  spaced   out  ", "İstanbul 2024", "x"]
    assert meta2["version"] == meta["version"]
    np.testing.assert_allclose(
        predictor.predict_heads(texts), model.predict_heads(texts), atol=1e-9
    )
    assert list(predictor.predict(texts)) == list(model.predict(texts))


@pytest.mark.parametrize(
    ("text", "ngram_range", "expected"),
    [
        ("ab", (2, 5), [" a", "ab", "b ", " ab", "ab ", " ab "]),
        ("a", (2, 5), [" a", "a ", " a "]),
        ("A1  b", (2, 3), [" a", "a0", "0 ", " a0", "a0 ", " b", "b ", " b "]),
    ],
)  # fmt: skip
def test_char_ngrams_match_scikit_learn(text, ngram_range, expected):
    from sklearn.feature_extraction.text import TfidfVectorizer

    from pipeline.classify.classifier import normalize_for_features

    sk = TfidfVectorizer(
        analyzer="char_wb", ngram_range=ngram_range, preprocessor=normalize_for_features
    )
    assert char_wb_ngrams(text, ngram_range) == sk.build_analyzer()(text) == expected


def test_word_ngrams_match_scikit_learn():
    import re

    from sklearn.feature_extraction.text import TfidfVectorizer

    from pipeline.classify.classifier import normalize_for_features

    pattern = r"(?u)\b\w[\w'-]*\b"
    sk = TfidfVectorizer(
        ngram_range=(1, 2), token_pattern=pattern, preprocessor=normalize_for_features
    )
    text = "NASA's co-operation with ESA in 2024 — and JAXA."
    assert word_ngrams(text, re.compile(pattern), (1, 2)) == sk.build_analyzer()(text)


def test_a_predictor_of_another_model_file_is_ignored(tmp_path):
    folder = tmp_path / "m"
    shutil.copytree(SHIPPED, folder)
    with open(folder / "model.skops", "ab") as fh:
        fh.write(b"\0")  # no longer the file the predictor was made from
    assert load_predictor(folder) is None


def test_without_a_predictor_the_skops_model_is_used(tmp_path):
    folder = tmp_path / "m"
    shutil.copytree(SHIPPED, folder)
    (folder / PREDICTOR_FILE).unlink()
    assert load_predictor(folder) is None
    from pipeline.nlp.components.claims import ClaimLabeller

    labeller = ClaimLabeller(str(folder))
    assert type(labeller.model).__name__ == "ClaimClassifier"


def test_a_run_does_not_import_scikit_learn():
    code = (
        "import sys; from pipeline.runner.task import PipelineSpec; PipelineSpec().build(); "
        "print(sorted(m for m in ('sklearn', 'skops', 'scipy.stats') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_retrained_model_with_masking_and_context_exports_both(tmp_path):
    """A model of the current design (entity masking, context weight), saved as `train` saves
    it: its predictor carries the two settings and gives its probabilities."""
    from pipeline.classify.classifier import ClaimClassifier
    from pipeline.classify.model_io import save_model

    rows = _team_rows()[::20]
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    model = ClaimClassifier(entity_masking=True, context_weight=0.3, calibration_cv=2)
    model.fit(texts, labels)
    save_model(model, tmp_path, {"version": "test"}, "card")
    predictor, meta = load_predictor(tmp_path)
    assert (predictor.entity_masking, predictor.context_weight) == (True, 0.3)
    np.testing.assert_allclose(
        predictor.predict_heads(texts), model.predict_heads(texts), atol=1e-9
    )


def test_a_model_with_side_counts_and_a_prior_shift_exports_both(tmp_path):
    """The issue-12 settings (``cue_structure``, ``label_prior_weights``) reach the predictor,
    which then gives the skops model's probabilities; the prior shift changes them."""
    from pipeline.classify.classifier import ClaimClassifier
    from pipeline.classify.model_io import save_model

    rows = _team_rows()[::20]
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    weights = (1.1, 0.4, 0.25, 1.3)
    model = ClaimClassifier(cue_structure=True, label_prior_weights=weights, calibration_cv=2)
    model.fit(texts, labels)
    save_model(model, tmp_path, {"version": "test"}, "card")
    predictor, _ = load_predictor(tmp_path)
    assert predictor.cue_structure is True
    assert predictor.label_prior_weights == pytest.approx(list(weights))
    np.testing.assert_allclose(
        predictor.predict_heads(texts), model.predict_heads(texts), atol=1e-9
    )
    unshifted = ClaimClassifier(cue_structure=True, calibration_cv=0)
    unshifted._fit_raw(texts, np.array(labels))
    model.label_prior_weights = None
    np.testing.assert_allclose(model.decision_heads(texts), unshifted.decision_heads(texts))


def test_reweight_labels_shifts_the_prior_and_renormalises():
    from pipeline.classify.predictor import reweight_labels

    p = np.array([[0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4]])
    classes = ["both", "competition", "cooperation", "neutral"]  # scikit-learn's order
    # weights in LABELS order: cooperation, competition, both, neutral
    q = reweight_labels(p, classes, (1.0, 1.0, 0.0, 1.0))
    np.testing.assert_allclose(q.sum(axis=1), 1.0)
    assert (q[:, 0] == 0).all()  # no both left
    np.testing.assert_allclose(q[0, 1:], 1 / 3)
    q = reweight_labels(p, classes, (2.0, 1.0, 1.0, 1.0))
    assert q[0, 2] == pytest.approx(0.4) and q[0, 3] == pytest.approx(0.2)
    assert reweight_labels(p, classes, None) is p


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("JAXA\u2019s rover", "JAXA's rover"),
        ("the \u201cGateway\u201d partners", 'the "Gateway" partners'),
        ("2025\u20132030 plan \u2014 signed", "2025-2030 plan - signed"),
        ("a \u2018joint\u2019 mission", "a 'joint' mission"),
    ],
)
def test_typographic_quotes_and_dashes_give_the_plain_features(typed, plain):
    assert feature_text(typed) == feature_text(plain)
    assert feature_text("rival\u2019s") != feature_text("rivals")  # the apostrophe stays a mark


def test_the_shipped_model_reads_typed_and_plain_quotes_alike():
    """The same sentences with typographic and with plain quotes and dashes get the same
    probabilities from both the skops model and the predictor."""
    texts = [t for t in _team_sentences() if "'" in t or '"' in t or " - " in t][:200]
    typed = [
        t.replace("'", "\u2019").replace(' "', " \u201c").replace('"', "\u201d")
        .replace(" - ", " \u2013 ")
        for t in texts
    ]  # fmt: skip
    assert len(texts) >= 50 and typed != texts
    model, _ = load_model(SHIPPED)
    predictor, _ = load_predictor(SHIPPED)
    for m in (model, predictor):
        np.testing.assert_allclose(m.predict_heads(typed), m.predict_heads(texts), atol=1e-9)


def test_a_model_with_the_both_decision_exports_it(tmp_path):
    """The `both` decision (``both_bar``, ``both_needs_cues``, ``both_fallback``) reaches the
    predictor, which gives the skops model's probabilities; without it there are more `both`."""
    from pipeline.classify.classifier import ClaimClassifier
    from pipeline.classify.model_io import save_model

    rows = _team_rows()[::20]
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    model = ClaimClassifier(
        both_bar=0.7, both_needs_cues=True, both_fallback="cooperation", calibration_cv=2
    )
    model.fit(texts, labels)
    save_model(model, tmp_path, {"version": "test"}, "card")
    predictor, _ = load_predictor(tmp_path)
    assert (predictor.both_bar, predictor.both_needs_cues) == (0.7, True)
    assert predictor.both_fallback == "cooperation"
    np.testing.assert_allclose(
        predictor.predict_heads(texts), model.predict_heads(texts), atol=1e-9
    )
    ruled = list(model.predict(texts)).count("both")
    model.both_bar, model.both_needs_cues = 0.0, False
    assert ruled < list(model.predict(texts)).count("both")


def test_a_model_with_the_competition_rule_exports_it(tmp_path):
    """The competition rule (headings and rules on a party's own conduct) reaches the predictor,
    which gives the skops model's probabilities; without it those sentences pass the threshold."""
    from pipeline.classify.classifier import ClaimClassifier
    from pipeline.classify.model_io import save_model

    rows = _team_rows()[::20]
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    ruled = [
        "Defence Space Strategy of the Kingdom of Norway",
        "Press Office of the Ministry of National Defence, Warsaw",
        "No Party shall station armed units on the surface of a celestial body.",
        "The charter forbids the agency to develop weapons of any kind.",
    ]
    # a low competition threshold, so that every sentence passes it without the rule
    model = ClaimClassifier(competition_rule=True, threshold_competition=0.01, calibration_cv=2)
    model.fit(texts, labels)
    save_model(model, tmp_path, {"version": "test"}, "card")
    predictor, _ = load_predictor(tmp_path)
    assert predictor.competition_rule is True
    np.testing.assert_allclose(
        predictor.predict_heads(texts + ruled), model.predict_heads(texts + ruled), atol=1e-9
    )
    assert (predictor.predict_heads(ruled)[:, 1] < 0.01).all()
    model.competition_rule = False
    assert (model.predict_heads(ruled)[:, 1] >= 0.01).all()


def test_a_model_with_the_relation_gate_exports_it(tmp_path):
    """The relation gate (no actor, side, relation or space affairs) reaches the predictor,
    which gives the skops model's probabilities; without it those sentences pass the thresholds."""
    from pipeline.classify.classifier import ClaimClassifier
    from pipeline.classify.model_io import save_model

    rows = _team_rows()[::20]
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    gated = [
        "Loop diagrams contribute at higher order in the coupling constant.",
        "Thermal noise dominates the error budget below 10 Hz.",
        "The network was trained for 100 epochs with a batch size of 64.",
    ]
    # low thresholds, so that every sentence passes one of them without the gate
    model = ClaimClassifier(
        relation_gate=True,
        threshold_cooperation=0.001,
        threshold_competition=0.001,
        calibration_cv=2,
    )
    model.fit(texts, labels)
    save_model(model, tmp_path, {"version": "test"}, "card")
    predictor, _ = load_predictor(tmp_path)
    assert predictor.relation_gate is True
    np.testing.assert_allclose(
        predictor.predict_heads(texts + gated), model.predict_heads(texts + gated), atol=1e-9
    )
    assert (predictor.predict_heads(gated) < 0.001).all()
    model.relation_gate = False
    assert (model.predict_heads(gated).max(axis=1) >= 0.001).all()


def test_a_model_with_the_rivalry_rule_exports_it(tmp_path):
    """The rivalry rule (forms of rivalry the n-grams under-read) reaches the predictor, which
    gives the skops model's probabilities; without it those sentences stay under the threshold."""
    from pipeline.classify.classifier import ClaimClassifier
    from pipeline.classify.model_io import save_model

    rows = _team_rows()[::20]
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    raised = [
        "The ministry blamed state-backed hackers for the outage of its ground stations.",
        "The new launcher will end our dependence on foreign rockets.",
        "The doctrine calls for superiority in orbit by the end of the decade.",
    ]
    # a high competition threshold, so that no sentence passes it without the rule
    model = ClaimClassifier(rivalry_rule=True, threshold_competition=0.999, calibration_cv=2)
    model.fit(texts, labels)
    save_model(model, tmp_path, {"version": "test"}, "card")
    predictor, _ = load_predictor(tmp_path)
    assert predictor.rivalry_rule is True
    np.testing.assert_allclose(
        predictor.predict_heads(texts + raised), model.predict_heads(texts + raised), atol=1e-9
    )
    assert (predictor.predict_heads(raised)[:, 1] >= 0.999).all()
    model.rivalry_rule = False
    assert (model.predict_heads(raised)[:, 1] < 0.999).all()
