"""Two forms of the disarmament register (pipeline.classify.disarmament_forms): arms-control talks
advocated lift the cooperation head; space called a domain of war is a rivalry form. The
sentences are the team's own variants, masked as the classifier reads them."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.disarmament_forms import (
    advocates_talks,
    calls_space_war_domain,
    raise_arms_talks,
)
from pipeline.classify.gated_rules import apply_gated_rules
from pipeline.classify.rivalry_rule import raise_competition, rivalry_forms


@pytest.mark.parametrize(
    "text",
    [
        # a call for negotiations on preventing an arms race
        "The Group renews its call for talks, at the earliest date, on a treaty to prevent an "
        "arms race in outer space.",
        "We urge the entorganization to end its stalemate and open negotiations on the "
        "prevention of an arms race in outer space.",
        # rules or norms promoted, a commitment reaffirmed
        "The ministry will keep promoting binding and verifiable rules against an arms race in "
        "orbit at the entorganization.",
        "REITERATES its commitment to preventing an arms race in outer space and its backing "
        "for the norms now discussed in entorganization;",
        # weapons placed in space
        "entcountry favours an agreement that would keep weapons in outer space out of reach of "
        "every state.",
        "My country regards the draft treaty on the placement of weapons as a sound basis for "
        "our work.",
        # a legally binding instrument negotiated, whatever its subject
        "entcountry backs the negotiation, in this forum, of a legally binding instrument on "
        "space debris.",
        "We have long called for a legally binding treaty to fill these gaps.",
    ],
)
def test_talks_advocated(text: str) -> None:
    assert advocates_talks(text)


@pytest.mark.parametrize(
    "text",
    [
        # an arms race told, feared or denied, with no talks advocated
        "An arms race in orbit would endanger every satellite we depend on.",
        "entcountry has no intention of entering an arms race in outer space.",
        # the item on an agenda
        "The prevention of an arms race in outer space has stood on the agenda for decades.",
        # talks noted, not advocated
        "Noting that no negotiation on a binding treaty has yet begun,",
        # advocacy denied or opposed
        "entcountry does not support negotiations on a treaty against an arms race in space.",
        "The delegation opposes any treaty on weapons in outer space that cannot be verified.",
        # support of something else, with no talks
        "We support the work of the committee on space debris.",
    ],
)
def test_talks_not_advocated(text: str) -> None:
    assert not advocates_talks(text)


@pytest.mark.parametrize(
    "text",
    [
        "A few states have openly declared outer space a domain of warfare.",
        "The danger that orbit turns into an arena of armed conflict keeps growing.",
        "Regrets that some States describe outer space as a domain of warfighting;",
        "Space is now a new sphere of confrontation between the great powers.",
        "entcountry has called space a warfighting domain in its doctrine.",
        "We refuse to let the Moon become a battlefield.",
        "Space is not a place for war, and my country will never treat it as one.",
    ],
)
def test_war_domain(text: str) -> None:
    assert calls_space_war_domain(text)
    assert "war domain" in rivalry_forms(text)


@pytest.mark.parametrize(
    "text",
    [
        # the law of armed conflict names no domain of war
        "The law of armed conflict applies to operations in outer space.",
        # a domain of war that is not space
        "The land domain of warfare was the only topic of the cyberspace committee.",
        "The region has been an arena of armed conflict for a decade.",
        # space as a domain of cooperation or science
        "Space is a domain of science and of cooperation between nations.",
    ],
)
def test_not_war_domain(text: str) -> None:
    assert not calls_space_war_domain(text)


def test_only_the_cooperation_head_is_raised() -> None:
    texts = [
        "We urge the entorganization to open negotiations on the prevention of an arms race in "
        "outer space.",
        "An arms race in orbit would endanger every satellite.",
    ]
    out = raise_arms_talks(texts, np.array([[0.2, 0.4], [0.2, 0.4]]), 0.5)
    assert out[0, 0] > 0.5 and out[0, 1] == pytest.approx(0.4)
    assert out[1].tolist() == pytest.approx([0.2, 0.4])


def test_a_competition_reading_is_left_to_the_both_decision() -> None:
    texts = ["entcountry supports negotiations on a treaty to prevent an arms race in space."]
    probs = np.array([[0.2, 0.9]])
    assert raise_arms_talks(texts, probs, 0.5, 0.7)[0].tolist() == pytest.approx([0.2, 0.9])
    assert raise_arms_talks(texts, probs, 0.5)[0, 0] > 0.5


def test_in_the_gated_rules() -> None:
    text = "We reiterate our call for negotiations on a legally binding instrument."
    out = apply_gated_rules([text], np.array([[0.1, 0.2]]), 0.5, 0.7)
    assert out[0, 0] > 0.5


def test_war_domain_raises_the_competition_head() -> None:
    text = "Several states have declared outer space a domain of warfare."
    out = raise_competition([text], np.array([[0.1, 0.1]]), (0.5, 0.7))
    assert out[0, 1] > 0.7
