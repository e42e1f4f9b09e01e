"""The document-level calibration layer's features and arithmetic
(``pipeline.classify.calibration``) and its fitting script (``scripts/calibrate_claims.py``).
Own-words sentences and documents only."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from pipeline.classify.calibration import (
    FEATURE_NAMES,
    REGISTERS,
    CalibrationLayer,
    actor_counts,
    fit_shift,
    infer_register,
    is_heading,
    sentence_features,
    sentence_shape,
)

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "calibrate_claims", ROOT / "scripts" / "calibrate_claims.py"
)
assert _spec and _spec.loader
script = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(script)

# -- the register of a document, from its text ----------------------------------------------------

LEGAL = """Article 1
The States Parties to this Agreement shall notify one another of planned launches.
Article 2
Each Party shall designate a point of contact. The Parties hereby agree that disputes shall be
settled by consultation, pursuant to the procedures set out in Article 7 thereof.
"""
RESOLUTION = """The General Assembly,
Recalling its earlier decisions on the peaceful uses of orbit,
Noting the growing number of objects in low orbit,
1. Urges all Member States to share tracking data;
2. Requests the Secretary-General to report at its next session.
"""
STATEMENT = """Two agencies sign lunar data accord
The two space agencies announced today that they will share lunar survey data. The agreement,
signed this week in the capital, was welcomed by both ministers, the agency said.
Media contact: press office
"""
SPEECH = """Thank you all for coming. I'm really glad to be here, and I want to thank my friends
from the agency. You know, when I was a kid I watched the launches with my father. Let me tell
you what we're going to do next. We'll build it together. Thank you.
"""
NARRATIVE = """The observatory was launched in 1998 [1]. It was operated by a consortium of
universities and became the longest-running mission of its kind [2]. Its successor was
approved in 2009 and launched from a coastal site in 2014 [3].
History
The first proposal had been rejected in 1991.
"""
REPORT = """This report examines the policy issues that the programme raises for Congress.
However, the analysis finds that the costs have grown; therefore, the report recommends
clearer objectives. Figure 2 shows the budget by year, and Table 1 lists the main findings.
"""


@pytest.mark.parametrize(
    ("text", "register"),
    [
        (LEGAL, "legal"),
        (RESOLUTION, "legal"),
        (STATEMENT, "statement"),
        (SPEECH, "speech"),
        (NARRATIVE, "narrative"),
        (REPORT, "report"),
    ],
)
def test_infer_register_from_the_text_alone(text, register):
    assert infer_register(text) == register
    assert register in REGISTERS


@pytest.mark.parametrize(
    ("text", "not_register"),
    [(STATEMENT, "legal"), (SPEECH, "narrative"), (NARRATIVE, "speech"), (LEGAL, "speech")],
)
def test_infer_register_negative(text, not_register):
    assert infer_register(text) != not_register


def test_a_text_with_no_cue_is_a_report():
    assert infer_register("Orbit debris grows.") == "report"


# -- the sentence's shape -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Lunar Exploration Strategy of the Federal Ministry", True),
        ("Office of the Spokesperson", True),
        ("The ministry published its lunar strategy on Monday.", False),
        ("the agencies will meet again next spring and discuss the schedule", False),
    ],
)
def test_is_heading(text, heading):
    assert is_heading(text) is heading


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("- share orbital tracking data with partners;", "list_item", 1.0),
        ("(b) consult the other Party before any launch;", "list_item", 1.0),
        ("2. Requests the committee to report back.", "list_item", 1.0),
        ("The committee will report back next year.", "list_item", 0.0),
        ("Will the two agencies fly a joint crew?", "question", 1.0),
        ("The two agencies will fly a joint crew.", "question", 0.0),
        ('The minister called it "a fresh start" for both nations.', "quotation", 1.0),
        ("The minister called it a fresh start for both nations.", "quotation", 0.0),
    ],
)
def test_sentence_shape(text, key, value):
    assert sentence_shape(text)[key] == value


def test_length_grows_with_words():
    short, long = sentence_shape("Two words."), sentence_shape("One two three four five six.")
    assert long["length_log"] > short["length_log"] > 0


@pytest.mark.parametrize(
    ("masked", "sides", "placeholders"),
    [
        ("entcountry and entcountry signed the accord in entdate.", 1, 3),
        ("entagency will fly an instrument built by entcompany.", 2, 2),
        ("The rover is built to last ten years.", 0, 0),
        ("entmission flew in entdate.", 0, 2),
    ],
)
def test_actor_counts(masked, sides, placeholders):
    assert actor_counts(masked) == (sides, placeholders)


def test_sentence_features_have_every_column_and_the_register_one_hot():
    row = sentence_features(
        "entcountry and entagency will work together on the station.",
        previous_claim=True,
        register="statement",
    )
    assert len(row) == len(FEATURE_NAMES)
    named = dict(zip(FEATURE_NAMES, row, strict=True))
    assert named["previous_claim"] == 1.0
    assert named["register_statement"] == 1.0
    assert named["register_legal"] == 0.0
    assert named["cue_cooperation"] > 0
    other = sentence_features("The probe weighs a tonne.", previous_claim=False, register="legal")
    named_other = dict(zip(FEATURE_NAMES, other, strict=True))
    assert named_other["previous_claim"] == 0.0
    assert named_other["cue_cooperation"] == 0.0
    assert named_other["no_side_at_all"] == 1.0


# -- the layer ------------------------------------------------------------------------------------


def _zero_layer(n: int) -> CalibrationLayer:
    return CalibrationLayer(((0.0,) * n, (0.0,) * n), (0.0, 0.0))


def test_a_zero_layer_leaves_the_heads_unchanged():
    probs = np.array([[0.2, 0.9], [0.6, 0.1], [0.55, 0.7]])
    feats = np.ones((3, 4))
    assert np.allclose(_zero_layer(4).apply(probs, feats), probs)


def test_a_weight_moves_only_the_rows_with_the_feature_and_only_its_head():
    probs = np.array([[0.5, 0.5], [0.5, 0.5]])
    feats = np.array([[1.0, 0.0], [0.0, 0.0]])
    layer = CalibrationLayer(((2.0, 0.0), (0.0, 0.0)), (0.0, 0.0))
    out = layer.apply(probs, feats)
    assert out[0, 0] > 0.8  # the feature raises the cooperation head of row 0
    assert out[1, 0] == pytest.approx(0.5)  # row 1 lacks it
    assert np.allclose(out[:, 1], 0.5)  # the competition head is untouched


def test_fit_shift_learns_an_informative_feature_and_a_strong_penalty_keeps_it_small():
    rng = np.random.default_rng(0)
    n = 400
    feature = rng.integers(0, 2, n).astype(float)
    y = (rng.random(n) < np.where(feature == 1, 0.9, 0.1)).astype(float)
    offset = np.zeros(n)  # the head says nothing: the feature must carry it
    w, _ = fit_shift(offset, feature[:, None], y, penalty=1.0)
    assert w[0] > 2.0
    w_strong, b_strong = fit_shift(offset, feature[:, None], y, penalty=1e6)
    assert abs(w_strong[0]) < 0.01 and abs(b_strong) < 0.01
    noise = rng.random((n, 1))  # a feature unrelated to y gets almost no weight
    w_noise, _ = fit_shift(offset, noise, y, penalty=1.0)
    assert abs(w_noise[0]) < 0.5


# -- the script's helpers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "previous"),
    [
        ("The agencies met. They signed a pact.", 18, "The agencies met."),
        ("A heading\nThe agencies met in spring.", 10, "A heading"),
        ("First one! Then a question? And the rest.", 28, "Then a question?"),
        ("Right at the start.", 0, ""),
    ],
)
def test_previous_sentence(text, start, previous):
    assert script.previous_sentence(text, start) == previous


def test_halves_are_stable_and_both_occur():
    names = [f"{i:03d}_some_document.txt" for i in range(40)]
    halves = [script.half_of(n) for n in names]
    assert set(halves) == {"A", "B"}
    assert halves == [script.half_of(n) for n in names]


def test_measures_macro_over_present_labels_and_heads():
    gold = ["cooperation", "neutral", "neutral", "both"]
    perfect = script.measures(gold, gold)
    assert perfect["macro"] == 1.0 and perfect["coop_head"] == 1.0
    wrong = script.measures(gold, ["neutral", "cooperation", "neutral", "cooperation"])
    assert wrong["macro"] < 0.5
    assert wrong["comp_head"] == 0.0


@pytest.mark.real_data
def test_grouped_cross_validation_runs_on_real_dev_documents(shared_dir, tmp_path, capsys):
    """Three dev documents: the script fits a layer per left-out document and prints the
    table with the shipped row and both halves."""
    out = tmp_path / "layer.json"
    assert script.main(["--texts", str(shared_dir), "--limit-docs", "3", "--write", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "| shipped |" in printed and "| register_thresholds |" in printed
    assert "of 3 documents" in printed
    assert '"weights"' in out.read_text()
