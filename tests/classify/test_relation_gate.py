"""A sentence with no actor, no side, no relation and nothing of space affairs is no claim
(pipeline.classify.relation_gate; annotation guide: methodological, technical and scientific
sentences are neutral)."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.predictor import heads_to_label
from pipeline.classify.relation_gate import cap_unrelated, no_relation

THRESHOLDS = (0.55, 0.7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # technical senses of the relation vocabulary, with nothing a claim needs: gated
        ("Loop diagrams contribute at higher order in the coupling constant.", True),
        ("The exchange coupling is weak compared with the anisotropy energy.", True),
        ("Thermal noise dominates the error budget below 10 Hz.", True),
        ("The network was trained for 100 epochs with a batch size of 64.", True),
        ("Each metal ion sits in an octahedral coordination environment.", True),
        ("The fitted index matches earlier balloon data within the errors.", True),
        ("Radiation pressure opposes gravity in the outer layers of the star.", True),
        # agreement of a result with data is no accord
        ("The fitted index is in good agreement with earlier balloon data.", True),
        # camps are sides, even when the masking missed the name beside them
        ("Portugal sits uneasily between the two camps.", False),
        # an embargo is a relation, even when the masking missed both names
        ("An embargo by Bogota now stops parts bound for Caracas.", False),
        # a date is no actor
        ("The detector was upgraded in entdate to lower its noise.", True),
        # an actor placeholder: left to the model
        ("entcountry contributed the robotic arm to the station.", False),
        ("The exchange of data between entagency and entagency began in entdate.", False),
        # a side named without a name, or a pronoun that can stand for one
        ("The States Parties shall inform the Secretary-General of such activities.", False),
        ("Each side undertakes to assist the other in the event of an accident.", False),
        ("We will deepen our dialogue on the peaceful uses of outer space.", False),
        ("They agreed to share tracking data with each other.", False),
        ("Members shall contribute to the fund in proportion to their income.", False),
        # a relation word, in whatever sense
        ("The cooperation was fruitful.", False),
        ("The race to the pole has begun.", False),
        ("The memorandum enters into force upon signature.", False),
        # space affairs or governance
        ("The Council shall advise the President on these matters.", False),
        ("The launch of the first module is planned for next year.", False),
        ("Access to the register shall be full and open.", False),
        ("Reliable weather data matter for the security of critical systems.", False),
    ],
)
def test_no_relation(text, expected):
    assert no_relation(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the author's "we" and the "both" / "two" / "joint" of a method: gated
        ("We show that both estimators converge to the same limit.", True),
        ("Our method needs fewer training points than the two baselines.", True),
        ("The sampler draws from the joint distribution of all parameters.", True),
        ("They fix the coefficients, while we let them float in the fit.", True),
        ("The solver is run together with the correction step.", True),
        # technical spaces and agreement with data are not space affairs nor an accord
        ("We explore the parameter space with a random walk.", True),
        ("Our estimates are in good agreement with the measured spectra.", True),
        ("The two curves are in agreement with the simulations.", True),
        ("This leads to agreement with lensing and galaxy data.", True),
        ("We show that such bases cannot be built from entangled states alone.", True),
        # a pronoun or a count of sides in a relation: left to the model
        ("We will work closely together on climate research.", False),
        ("They reaffirm their shared goal of a cleaner grid.", False),
        ("We commit to forging new ties in health and trade.", False),
        ("Both programmes hope to hold a joint design review next spring.", False),
        ("The two groups have been discussing a common framework.", False),
        ("Our engineers could have talked to theirs in minutes.", False),
        ("Neither group has agreed to tell the other what it plans.", False),
        ("Some joined the new pact; others kept talking to both camps.", False),
        # a side named by a noun, without any name: still a claim
        ("The two agencies will share data.", False),
        ("Both sides agreed to exchange observers.", False),
        # space affairs beside a technical sense: left to the model
        ("We thank the crew of the space station for their help.", False),
        ("Our contractors fear the export rules will be tightened.", False),
        ("They plan to share where the lander will come down.", False),
        # "the other" and "each" of a method, with no act between sides: gated
        ("Each term is small, and the other is bounded by the first.", True),
    ],
)
def test_pronouns_and_counts_of_sides_need_a_relation(text, expected):
    assert no_relation(text) is expected


def _label(text: str, pc: float, pk: float) -> str:
    ((qc, qk),) = cap_unrelated([text], np.array([[pc, pk]]), THRESHOLDS)
    return heads_to_label(qc >= THRESHOLDS[0], qk >= THRESHOLDS[1])


@pytest.mark.parametrize(
    ("text", "pc", "pk", "expected"),
    [
        # gated: both heads lowered, whichever fired
        ("Loop diagrams contribute at higher order in the coupling constant.", 0.9, 0.1, "neutral"),
        ("Thermal noise dominates the error budget below 10 Hz.", 0.1, 0.9, "neutral"),
        ("Thermal noise dominates the error budget below 10 Hz.", 0.9, 0.9, "neutral"),
        # not gated: the model's label stands
        ("entcountry contributed the robotic arm to the station.", 0.9, 0.1, "cooperation"),
        ("The race to the pole has begun.", 0.2, 0.9, "competition"),
        ("We will deepen our dialogue on the peaceful uses of outer space.", 0.8, 0.8, "both"),
        # a neutral sentence stays neutral
        ("Thermal noise dominates the error budget below 10 Hz.", 0.1, 0.2, "neutral"),
    ],
)  # fmt: skip
def test_cap_unrelated(text, pc, pk, expected):
    assert _label(text, pc, pk) == expected


def test_cap_unrelated_lowers_to_just_under_the_thresholds_and_keeps_its_input():
    probs = np.array([[0.95, 0.9], [0.1, 0.3], [0.9, 0.2]])
    texts = [
        "Thermal noise dominates the error budget.",
        "Thermal noise dominates the error budget.",
        "entagency contributed a camera.",
    ]
    out = cap_unrelated(texts, probs, THRESHOLDS)
    assert THRESHOLDS[0] - 0.01 < out[0, 0] < THRESHOLDS[0]
    assert THRESHOLDS[1] - 0.01 < out[0, 1] < THRESHOLDS[1]
    np.testing.assert_array_equal(out[1:], probs[1:])  # under the thresholds already; an actor
    np.testing.assert_array_equal(probs[0], [0.95, 0.9])  # input untouched
    assert cap_unrelated([], np.zeros((0, 2)), THRESHOLDS).shape == (0, 2)


class _StubModel:
    """Fixed head probabilities, the shipped thresholds and context, the gate on or off."""

    entity_masking = False
    context_weight = 0.3
    competition_rule = False
    threshold_cooperation, threshold_competition = THRESHOLDS
    both_bar, both_needs_cues, both_fallback = 0.7, True, "cooperation"

    def __init__(self, probs, gate: bool):
        self.probs = np.array(probs, dtype=float)
        self.relation_gate = gate

    def predict_heads(self, texts):
        return self.probs[: len(texts)]

    def labels_from_heads(self, probs):
        return [heads_to_label(pc >= THRESHOLDS[0], pk >= THRESHOLDS[1]) for pc, pk in probs]


@pytest.mark.parametrize(("gate", "expected"), [(True, "neutral"), (False, "cooperation")])
def test_the_claims_component_applies_the_gate_after_the_context(make_doc, gate, expected):
    from pipeline.nlp.components.claims import ClaimLabeller

    labeller = ClaimLabeller.__new__(ClaimLabeller)
    # the previous sentence's cooperation head lifts the second over 0.55 (0.3 * 0.99 + 0.7 * 0.5)
    labeller.model = _StubModel([[0.99, 0.1], [0.5, 0.1]], gate)
    labeller.fragment_max_words = 0
    doc = make_doc(
        [
            "The two agencies will build the lander together.",
            "Loop diagrams contribute at higher order in the coupling constant.",
        ]
    )
    ((_, labels),) = labeller.predict([doc])
    assert labels == ["cooperation", expected]
