"""Headings and rules on a party's own conduct make no competition claim
(pipeline.classify.competition_rule; annotation guide, "neutral")."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.competition_rule import (
    cap_competition,
    is_heading,
    is_own_capability,
    is_own_conduct_rule,
    is_restraint_pledge,
)
from pipeline.classify.predictor import heads_to_label

THRESHOLDS = (0.55, 0.7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles, offices and bylines, masked as the classifier reads them
        ("Defence Space Strategy of the entcountry", True),
        ("National Security Space Doctrine of entcountry, Second Edition", True),
        ("Office of the Spokesperson, Ministry of Foreign Affairs of entcountry", True),
        ("By Major entperson, Air Command", True),
        ("Sec. 4. Policy of the entcountry.", True),
        ("Annual Report of the entagency on Launch Activities 2023", True),
        # sentences, even short ones, are no headings
        ("The entcountry tested a missile against one of its own satellites.", False),
        ("Military space doctrine was rewritten in entdate", False),
        ("entcountry and entcountry are racing to the lunar south pole", False),
        # a heading that names rivalry may well state a claim: left to the model
        ("Strategic Competition in Outer Space", False),
        ("The New Space Race Between entcountry and entcountry", False),
        ("Arms Control and the Weaponization of Orbit", False),
        # lower-case or long lines
        ("remarks by the minister at the opening of the new tracking centre", False),
        (" ".join(["Word"] * 30), False),
    ],
)
def test_is_heading(text, expected):
    assert is_heading(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's own conduct: neutral by the guide
        ("No Party shall deploy interceptors on platforms in orbit.", True),
        ("The charter forbids the agency to develop weapons of any kind.", True),
        ("Each State shall prohibit its operators from leaving spent stages in high orbits.", True),
        ("The decree bans the armed forces from testing lasers above the atmosphere.", True),
        ("The entcountry pledged not to conduct destructive missile tests in orbit.", True),
        ("Parties shall refrain from building fortifications on the lunar surface.", True),
        # another side in reach: exclusion, export control, rivalry
        ("The law bars the agency from any joint project with entcountry.", False),
        ("The agency may not collaborate bilaterally with entcountry.", False),
        ("The rules ban the export of star trackers to foreign buyers.", False),
        ("Lawmakers want to ban purchases of entcountry rocket engines.", False),
        ("The government banned entcompany from public tenders.", False),
        ("No Party shall take hostile action against another Party's satellites.", False),
        ("The treaty forbids weapons in orbit, a clause aimed at the rival bloc.", False),
        ("The sanctions prohibit the sale of launch services.", False),
        # no prohibition at all
        ("Debris from the test threatens other satellites.", False),
        ("The agency will launch two satellites next year.", False),
    ],
)
def test_is_own_conduct_rule(text, expected):
    assert is_own_conduct_rule(text) is expected


def _label(text: str, pc: float, pk: float) -> str:
    ((qc, qk),) = cap_competition([text], np.array([[pc, pk]]), THRESHOLDS[1])
    return heads_to_label(qc >= THRESHOLDS[0], qk >= THRESHOLDS[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one party's own self-reliance, independence or security, with no other side
        ("entcountry puts self-reliance in rocketry first, so that its launch future stays in "
         "its own hands.", True),
        ("Keeping the use of orbit safe has become a question of entcountry's national "
         "security.", True),
        ("The agency will build the ability to operate independently in deep space.", True),
        ("Guaranteed autonomous access to space is a strategic goal of the agency.", True),
        # sought against others, or beside another side, a rival or a cooperation
        ("We must not depend on foreign providers for secure communications.", False),
        ("entcountry seeks independence from entcountry's navigation signals.", False),
        ("Autonomy matters more in a changing geopolitical context.", False),
        ("The country will keep its launch capacity in its own hands and deter any rival.",
         False),
        ("The agency will pursue autonomy in launch while working jointly with partners.",
         False),
        # one party's own thing: its own crew, a network of its own
        ("entcountry plans to fly its own crew to the lunar surface within the decade.", True),
        ("The agency has begun to launch a broadband network of its own.", True),
        # ... but not against an outside constraint, with force, or beside another side
        ("entcountry built its own receivers after it was denied access to the signal.", False),
        ("Europe must launch on its own rockets without asking anyone's permission.", False),
        ("The test destroyed one of its own satellites and scattered debris.", False),
        ("entcountry wants its own station, and entagency will help it.", False),
        ("They would like to write the rules in their own favour.", False),
        # no word of self-reliance at all
        ("The agency launched a weather satellite in entdate.", False),
    ],
)  # fmt: skip
def test_is_own_capability(text, expected):
    assert is_own_capability(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pledge of restraint, alone or followed, or with others invited to join it
        ("entcountry pledged in entdate not to conduct destructive missile tests.", True),
        ("The minister declared that her country would carry out no further weapon tests in "
         "orbit, as entcountry had done.", True),
        ("We have committed never to test such a missile, and we invite every other state to "
         "make the same promise.", True),
        ("The government announced that it will place no weapons in orbit.", True),
        ("entcountry vowed not to deploy interceptors, following its neighbour's example.", True),
        # refused, denied, beside rivalry, or set against a side
        ("entcountry refused to pledge not to conduct such tests.", False),
        ("entcountry has never promised not to test interceptors.", False),
        ("entcountry pledged not to test weapons, but its rivals raced ahead.", False),
        ("The two states pledged never to use force against entcountry.", False),
        ("The speech was a declaration that Europe would no longer wait for entcountry's consent.",
         False),
        # no pledge: a plain commitment to act, or a ban with no promise
        ("The partners committed to share tracking data.", False),
        ("entcountry banned the export of launch hardware.", False),
    ],
)  # fmt: skip
def test_is_restraint_pledge(text, expected):
    assert is_restraint_pledge(text) is expected


@pytest.mark.parametrize(
    ("text", "pc", "pk", "expected"),
    [
        ("Defence Space Strategy of the entcountry", 0.1, 0.9, "neutral"),
        ("No Party shall deploy interceptors on platforms in orbit.", 0.1, 0.9, "neutral"),
        # only the competition head is touched
        ("Defence Space Strategy of the entcountry", 0.8, 0.9, "cooperation"),
        # a claim of rivalry keeps its label
        ("entcountry and entcountry are racing to the lunar south pole.", 0.1, 0.9, "competition"),
        ("The law bars the agency from any joint project with entcountry.", 0.3, 0.9,
         "competition"),
        # a neutral sentence stays neutral
        ("No Party shall deploy interceptors on platforms in orbit.", 0.1, 0.2, "neutral"),
    ],
)  # fmt: skip
def test_cap_competition(text, pc, pk, expected):
    assert _label(text, pc, pk) == expected


def test_cap_competition_lowers_to_just_under_the_threshold_and_keeps_its_input():
    probs = np.array([[0.1, 0.95], [0.1, 0.3], [0.2, 0.9]])
    texts = ["Defence Space Strategy of the entcountry", "Defence Strategy", "A race of rivals."]
    out = cap_competition(texts, probs, THRESHOLDS[1])
    assert THRESHOLDS[1] - 0.01 < out[0, 1] < THRESHOLDS[1]
    np.testing.assert_array_equal(out[1:], probs[1:])  # under the threshold already; a claim
    np.testing.assert_array_equal(probs[0], [0.1, 0.95])  # input untouched
    assert cap_competition([], np.zeros((0, 2)), 0.7).shape == (0, 2)


class _StubModel:
    """Fixed head probabilities, the shipped thresholds and context, the rule on."""

    entity_masking = False
    context_weight = 0.3
    threshold_cooperation, threshold_competition = THRESHOLDS
    both_bar, both_needs_cues, both_fallback = 0.7, True, "cooperation"

    def __init__(self, probs, rule: bool):
        self.probs = np.array(probs, dtype=float)
        self.competition_rule = rule

    def predict_heads(self, texts):
        return self.probs[: len(texts)]

    def labels_from_heads(self, probs):
        return [heads_to_label(pc >= THRESHOLDS[0], pk >= THRESHOLDS[1]) for pc, pk in probs]


@pytest.mark.parametrize(("rule", "expected"), [(True, "neutral"), (False, "competition")])
def test_the_claims_component_applies_the_rule_after_the_context(make_doc, rule, expected):
    from pipeline.nlp.components.claims import ClaimLabeller

    labeller = ClaimLabeller.__new__(ClaimLabeller)
    # the previous sentence's competition head lifts the second over 0.7 (0.3 * 0.99 + 0.7 * 0.6)
    labeller.model = _StubModel([[0.1, 0.99], [0.1, 0.6]], rule)
    labeller.fragment_max_words = 0
    doc = make_doc(
        [
            "The two powers are racing to claim the best lunar sites.",
            "No Party shall place weapons of any kind on a celestial body.",
        ]
    )
    ((_, labels),) = labeller.predict([doc])
    assert labels == ["competition", expected]
