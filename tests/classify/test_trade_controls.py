"""Export controls that hold a side back (pipeline.classify.trade_controls; annotation guide,
"competition": keeping another actor out or restricting it, export controls). The sentences are
the team's own variants of the form, masked as the classifier reads them."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.both_rule import has_both_cues
from pipeline.classify.predictor import heads_to_label
from pipeline.classify.rivalry_rule import raise_competition, rivalry_forms
from pipeline.classify.trade_controls import holds_back, names_regime

THRESHOLDS = (0.5, 0.7)
BAR = 0.6


@pytest.mark.parametrize(
    "text",
    [
        # a regime and a word of holding back
        "The camera's detector falls under entcountry export controls, which limit what the "
        "consortium may send abroad.",
        "Several witnesses said export controls should be kept tight for another decade.",
        "Any shared mission using export-controlled parts needs approval from entcountry first.",
        "Export licences for the star trackers have been delayed for eight months.",
        "Licence reviews have held up the transfer of interface drawings to the partner team.",
        "Reviews of technical data slowed the exchange with two partner agencies last year.",
        "The export rules of entcountry make joint hardware work hard for smaller firms.",
        "entcountry's new export control law lets its ministry restrict what partners receive.",
        "Controlled components still keep most foreign satellites off the rocket.",
        "The rules were relaxed in entdate, but the best sensors remain controlled and cannot "
        "be shipped without a licence that is rarely approved.",
        # sales to a side barred
        "Sales of the highest-grade gyroscopes to entcountry are still barred.",
        "Exports of launch hardware to foreign buyers remain prohibited under the act.",
    ],
)  # fmt: skip
def test_holds_back(text):
    assert holds_back(text)
    assert "controlled" in rivalry_forms(text)


@pytest.mark.parametrize(
    "text",
    [
        # a regime eased, with nothing kept
        "The ministry shall ease licensing requirements for exports to partner nations.",
        "The agencies agreed to streamline export licences for the joint instrument.",
        # a definition of the instrument's terms
        'The term "listed item" means any component that is controlled under the regulations '
        "and whose sale is restricted.",
        # a duty to obtain licences, with no holding back named
        "Each Party shall obtain the export licences its law requires for what it delivers.",
        # a question that names no holding back
        "We ask whether export controls push states toward other suppliers.",
        # control of a spacecraft or of a re-entry, not of exports
        "The station was controlled from the mission centre near the capital.",
        "A controlled re-entry limits the risk to people on the ground.",
        # sales barred with no side
        "Sales of the old model are barred after the recall.",
        # holding back with no regime
        "Budget limits slowed the assembly of the second module.",
    ],
)
def test_does_not_hold_back(text):
    assert not holds_back(text)


@pytest.mark.parametrize(
    ("text", "heads", "label"),
    [
        # a missed form becomes competition
        ("Its data fall under entcountry export controls, which limit what the agency may pass "
         "on.", (0.3, 0.6), "competition"),
        # beside a cooperation word and a confident cooperation head: `both`
        ("Licence reviews have slowed the work with some partners on the airlock.", (0.95, 0.1),
         "both"),
        # a weak cooperation head: competition
        ("The export control law lets entcountry restrict technology transfers to partners "
         "abroad.", (0.55, 0.5), "competition"),
    ],
)  # fmt: skip
def test_raise_competition_controlled(text, heads, label):
    probs = raise_competition([text], np.array([heads]), THRESHOLDS, bar=BAR)
    assert heads_to_label(probs[0, 0] >= THRESHOLDS[0], probs[0, 1] >= THRESHOLDS[1]) == label


def test_controls_are_a_competition_half_of_both():
    assert has_both_cues("Licence reviews have held up the exchange with our partners.")
    assert not has_both_cues("Licence fees are paid by our partners each year.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("States exposed to controls on satellite parts signed more deals with entcountry.", True),
        ("Partners that rely on controlled entcountry components turned to entcountry.", True),
        ("Such controls drive our partners toward other suppliers.", True),
        ("Joint work stays open, subject to export rules that apply to every partner.", True),
        # no regime: control of a spacecraft, quality control, a definition
        ("The agencies share control of the rover during the traverse.", False),
        ("Both teams run quality controls on the flight parts.", False),
        ("The term 'listed item' means any component under export controls.", False),
    ],
)
def test_names_regime(text, expected):
    assert names_regime(text) is expected


def test_a_regime_is_the_competition_half_of_both():
    assert has_both_cues("Partners that depend on controlled components still cooperate with us.")
