"""The shipped model on clear cases, and `spaceclaims train` reproducing it.

The sentences are written for this test and are clear cases of their label under
docs/annotation-guide.md, so that any reasonable retrained model labels them the same way; a
model that fails one of them has regressed, not changed its mind on a border case."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.classify.model_io import load_model

ROOT = Path(__file__).resolve().parents[2]

CLEAR = {
    "cooperation": [
        "The European Space Agency and NASA signed an agreement to build the lunar Gateway together.",
        "Japan will contribute a pressurised rover to the joint mission in exchange for two astronaut seats.",
        "The two agencies agreed to share tracking data and to coordinate their launch schedules.",
        "Brazil signed the Artemis Accords and will work with the other signatories on lunar exploration.",
        "The two space agencies will exchange scientists and hold annual consultations on lunar exploration.",
    ],
    "competition": [
        "China and the United States are locked in a race to become the first to land crews at the lunar south pole.",
        "Congress prohibited NASA from any bilateral cooperation with China, citing national security.",
        "Washington fears that Beijing will overtake it and set the rules for the Moon.",
        "The new export controls are meant to deny rival powers access to sensitive satellite technology.",
        "Russia denounced the Accords as an American attempt to dominate space and exclude its rivals.",
    ],
    "both": [
        "China is recruiting partners for its lunar station in a bid to challenge the American-led Artemis coalition.",
        "The allies deepened their cooperation on space situational awareness to counter the growing threat from Russia.",
        "Space relations between the two powers mix fierce competition with limited cooperation on debris.",
        "Moscow and Beijing joined forces on a lunar base, presenting it as an alternative to the US-led program.",
    ],
    "neutral": [
        "The rocket's first stage is powered by nine engines burning liquid oxygen and kerosene.",
        "This article is organised in five sections, followed by a short conclusion.",
        "The lander is scheduled to touch down in the second half of 2026.",
        "The orbiter carries a camera, a spectrometer and a radar sounder.",
        "The authors declare that they have no competing financial interests.",
    ],
}
CASES = [(label, text) for label, texts in CLEAR.items() for text in texts]


@pytest.fixture(scope="module")
def shipped():
    model, meta = load_model(ROOT / "models" / "claims")
    return model, meta


@pytest.mark.parametrize(
    ("label", "text"), CASES, ids=[f"{lab}-{i}" for i, (lab, _) in enumerate(CASES)]
)
def test_the_shipped_model_labels_clear_cases(shipped, label, text):
    model, _ = shipped
    assert model.predict([text])[0] == label


@pytest.mark.slow
def test_train_on_the_shipped_data_reproduces_the_shipped_figures(shipped, tmp_path):
    """`spaceclaims train` on the shipped data (same design, folds and seed) gives the shipped
    model's cross-validated figures: the model in the repository is the one the code makes. A
    failure after new annotations or a new design means: retrain the shipped model."""
    _, meta = shipped
    cv = meta["cross_validation"]
    out = tmp_path / "m"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "train", "--out", str(out), "--folds",
         str(cv["folds"]), "--seed", str(cv["seed"]), "--design", meta["design"]],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    again = json.loads((out / "meta.json").read_text())
    assert again["data"]["sha256"] == meta["data"]["sha256"], (
        "the shipped data changed since the shipped model was trained: retrain it"
    )
    assert again["cross_validation"]["macro_f1"] == pytest.approx(cv["macro_f1"], abs=0.002)
    for head, figures in cv["heads"].items():
        got = again["cross_validation"]["heads"][head]["f1"]
        assert got == pytest.approx(figures["f1"], abs=0.002), head
    for head, value in meta["thresholds"].items():
        assert again["thresholds"][head] == pytest.approx(value, abs=0.01), head
    from pipeline.classify.predictor import load_predictor

    assert load_predictor(out) is not None  # train writes the fast predictor too
