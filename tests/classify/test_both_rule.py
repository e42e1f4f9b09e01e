"""The `both` decision (pipeline.classify.both_rule): both claims must really be there."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.both_rule import has_both_cues, resolve_both
from pipeline.classify.predictor import heads_to_label

THRESHOLDS = (0.55, 0.7)


def _label(text: str, pc: float, pk: float, **rule) -> str:
    ((qc, qk),) = resolve_both([text], np.array([[pc, pk]]), THRESHOLDS, **rule)
    return heads_to_label(qc >= THRESHOLDS[0], qk >= THRESHOLDS[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The allies signed a pact to counter the rival bloc.", True),
        ("Partners cooperate while their industries compete for contracts.", True),
        ("The two agencies signed an agreement on data exchange.", False),
        ("The rival programmes raced for the first landing.", False),
        ("Food security improved with better soil-moisture maps.", False),
        # rivalry words that are no competition cue of their own count beside a cooperation cue
        ("Two states joined forces on a base as an alternative to the rival plan.", True),
        ("Partners were recruited to challenge the other coalition.", True),
        ("The two agencies signed an agreement on the challenges of reentry.", True),
        ("The mission faced the challenge of landing in the dark.", False),
        ("A threat to crops from drought was studied.", False),
        # words of acting together beside a rivalry word
        ("We will work with any nation, and we will be no pawn in the rivalry of others.", True),
        ("Keep a hotline to talk with the rival even as the two blocs compete.", True),
        ("They want a safety channel with entcountry, even while both sides compete.", True),
        ("Engineers worked late to finish the rival design.", False),
        ("The channel carries telemetry while the rivals race.", False),
        ("We will work with any nation that asks.", False),
        ("Europe must pool its resources to keep up with the rival superpowers.", True),
        ("The engineers pool their data on the two test runs.", False),
        # export controls and keeping pace as the competition half
        ("Export controls push some of our partners toward other suppliers.", True),
        ("Like-minded partners must keep pace with the fastest programme.", True),
        ("The exporters signed a supply contract for the pace car.", False),
        ("The partners keep a steady pace of launches.", False),
    ],
)
def test_has_both_cues(text, expected):
    assert has_both_cues(text) is expected


@pytest.mark.parametrize(
    ("text", "pc", "pk", "rule", "expected"),
    [
        # off: the two heads decide as before
        ("food security and defence cooperation", 0.6, 0.75, {}, "both"),
        # below the bar: the stronger head (margin over its threshold) wins
        ("food security and defence cooperation", 0.95, 0.75, {"bar": 0.8}, "cooperation"),
        ("food security and defence cooperation", 0.6, 0.97, {"bar": 0.8}, "competition"),
        # above the bar, no cue rule: both stays
        ("food security and defence cooperation", 0.9, 0.9, {"bar": 0.8}, "both"),
        # the cue rule: a cooperation and a competition cue must both be there
        ("we cooperate on defence", 0.9, 0.9, {"bar": 0.8, "needs_cues": True}, "cooperation"),
        ("allies cooperate to deter a rival", 0.9, 0.9, {"bar": 0.8, "needs_cues": True}, "both"),
        ("allies cooperate to deter a rival", 0.9, 0.75, {"bar": 0.8, "needs_cues": True},
         "cooperation"),
        # single labels are never changed
        ("allies cooperate to deter a rival", 0.9, 0.2, {"bar": 0.8, "needs_cues": True},
         "cooperation"),
        ("a race between rivals", 0.1, 0.9, {"bar": 0.8, "needs_cues": True}, "competition"),
        ("nothing here", 0.1, 0.1, {"bar": 0.8, "needs_cues": True}, "neutral"),
    ],
)  # fmt: skip
def test_resolve_both(text, pc, pk, rule, expected):
    assert _label(text, pc, pk, **rule) == expected


def test_resolve_both_only_lowers_the_weaker_head():
    probs = np.array([[0.95, 0.75], [0.9, 0.2]])
    out = resolve_both(["a", "b"], probs, THRESHOLDS, bar=0.8)
    assert out[0, 0] == 0.95 and out[0, 1] < THRESHOLDS[1]
    np.testing.assert_array_equal(out[1], probs[1])
    np.testing.assert_array_equal(probs, [[0.95, 0.75], [0.9, 0.2]])  # input untouched


@pytest.mark.parametrize(
    ("pc", "pk", "fallback", "expected"),
    [
        (0.6, 0.95, "stronger", "competition"),
        (0.6, 0.95, "cooperation", "cooperation"),
        (0.95, 0.75, "cooperation", "cooperation"),
        (0.95, 0.75, "stronger", "cooperation"),
    ],
)
def test_the_fallback_of_a_rejected_both(pc, pk, fallback, expected):
    assert _label("no cue words", pc, pk, bar=0.8, fallback=fallback) == expected


def test_an_unknown_fallback_is_refused():
    with pytest.raises(ValueError, match="fallback"):
        resolve_both(["x"], np.array([[0.9, 0.9]]), THRESHOLDS, bar=0.8, fallback="competition")


class _StubModel:
    """Fixed head probabilities, the shipped thresholds and context, the `both` decision on."""

    entity_masking = False
    context_weight = 0.3
    threshold_cooperation, threshold_competition = THRESHOLDS
    both_bar, both_needs_cues, both_fallback = 0.7, True, "cooperation"

    def __init__(self, probs):
        self.probs = np.array(probs, dtype=float)

    def predict_heads(self, texts):
        return self.probs[: len(texts)]

    def labels_from_heads(self, probs):
        return [heads_to_label(pc >= THRESHOLDS[0], pk >= THRESHOLDS[1]) for pc, pk in probs]


@pytest.mark.parametrize(
    ("second", "probs", "expected"),
    [
        # the previous sentence's competition head would lift the second over 0.7 (0.717):
        # no competition cue in it, so it stays cooperation
        ("The two agencies will share their data.", [[0.9, 0.99], [0.9, 0.6]], "cooperation"),
        # with cues of both relations and both heads over the bar, `both` stays
        ("Allies cooperate to deter a rival.", [[0.9, 0.99], [0.9, 0.75]], "both"),
        # nothing lifted: a single label is left alone
        ("The two agencies will share their data.", [[0.1, 0.1], [0.9, 0.1]], "cooperation"),
    ],
)
def test_the_claims_component_applies_the_rule_after_the_context(make_doc, second, probs, expected):
    from pipeline.nlp.components.claims import ClaimLabeller

    labeller = ClaimLabeller.__new__(ClaimLabeller)
    labeller.model, labeller.fragment_max_words = _StubModel(probs), 0
    doc = make_doc(["The allies agreed to counter the rival bloc together.", second])
    ((_, labels),) = labeller.predict([doc])
    assert len(labels) == 2 and labels[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "competitive" of a market, an election or an award process is no rivalry between sides
        ("The ministry will help build a competitive market for small launchers.", False),
        ("The partners support fair and competitive parliamentary elections next year.", False),
        ("The joint fund awards its money through competitive grants.", False),
        ("Both agencies signed on to missions that were competitively selected.", False),
        ("The consortium shares costs under a competitive tender for the ground station.", False),
        ("Together the two firms offer competitive prices per kilogram.", False),
        # other uses of the word, or a second rivalry word, still count
        ("The allies cooperate to keep a competitive edge over the rival power.", True),
        ("Partners share data to stay more competitive than the other bloc.", True),
        ("The partners cooperate on a competitive market and counter the rival's dumping.", True),
        ("Industry is competitive, and the states signed a pact against the rival.", True),
    ],
)
def test_competitive_markets_are_no_competition_half(text, expected):
    assert has_both_cues(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister met her counterparts and signed a research accord.", False),
        ("The agency briefed its counterpart on the joint mission.", False),
        ("The agency and its counterpart signed a pact to counter the rival's jamming.", True),
        ("Partners signed a pact to counter the rival's jamming.", True),
    ],
)
def test_counterparts_are_no_rivalry(text, expected):
    assert has_both_cues(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # autonomy or sovereignty kept beside partners (independence sought against others)
        ("We will deepen our partnerships and still guard our strategic autonomy in orbit.", True),
        ("The allies signed the pact without giving up European sovereignty over launchers.", True),
        ("The partners share data on the autonomy of the rover's navigation.", False),
        ("The agencies signed an accord on sovereign debt relief for the mission.", False),
        # a side held to account
        ("Work with our allies, and hold entcountry's leaders to account for the test.", True),
        ("The partners will hold a workshop on accounting rules for joint missions.", False),
        # a door closed to a side, a side lost to a rival
        ("Joining the pact need not close the door to other agencies.", True),
        ("Partners courted by both blocs are not lost to the rival camp.", True),
        ("The partners lost to a storm the first week of joint tests.", False),
        ("The crew closed the door to the joint module before the burn.", False),
        # a seat at the same table refused
        (
            "A partner can sign both accords, but the two agencies cannot sit at the same table.",
            True,
        ),
        ("The partners will sit at the same table to sign the accord.", False),
        # technology protected, access to it limited
        ("We will widen our partnerships while protecting the technology our defence needs.", True),
        ("The partners signed a pact that does limit who can see the shared designs.", True),
        ("The partners will develop new technology for the joint rover.", False),
        ("The agencies cooperate to protect the crew from radiation.", False),
    ],
)
def test_further_forms_of_the_competition_half(text, expected):
    assert has_both_cues(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reliance refused in a verb is the competition half beside a cooperation cue
        (
            "The ministers agreed to exchange test data, since neither country should depend on "
            "one foreign supplier.",
            True,
        ),
        ("We will share our ground stations rather than rely on entcountry for tracking.", True),
        ("The partners signed the charter to avoid depending on any single launcher.", True),
        # reliance kept, or on each other, is no rivalry
        ("The partners rely on each other for tracking data.", False),
        ("The two agencies share data and depend on entagency relays.", False),
        # reliance refused with no cooperation cue is no `both`
        ("Europe should build its own launchers rather than rely on foreign rockets.", False),
    ],
)
def test_reliance_refused_is_a_competition_half(text, expected):
    assert has_both_cues(text) is expected
