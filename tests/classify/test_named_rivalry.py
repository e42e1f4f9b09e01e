"""Rivalry named outright (pipeline.classify.named_rivalry): a word of rivalry between sides in
a sentence about sides or space, and the senses of those words that name no rival."""

from __future__ import annotations

import pytest

from pipeline.classify.named_rivalry import names_rivalry
from pipeline.classify.rivalry_rule import rivalry_forms


@pytest.mark.parametrize(
    "text",
    [
        # one word of rivalry, and a side or the field
        "Only three governments were still in the race when the decade ended.",
        "For launch services the rivalry is fiercer still.",
        "We should not pretend that the competition with entcountry has gone away.",
        "Lunar exploration is not a zero-sum game, the minister told reporters.",
        "Both entprogram and entprogram will compete for the same few craters near the pole.",
        "Do you regard entcountry as your main competitor for satellite customers?",
        "Commentators called the two announcements the first moves of a new space race.",
        "The senator called the budget a standstill in a race that other nations are running.",
        "The two superpowers raced each other to put a crew in orbit.",
        "It is a contest over who will write the rules for the Moon.",
        "The industry faces fierce international competition for launch contracts.",
        "Operators in the region are locked in a scramble for orbital slots and frequencies.",
    ],
)
def test_rivalry_named_outright(text):
    assert names_rivalry(text)
    assert "named" in rivalry_forms(text)


@pytest.mark.parametrize(
    "text",
    [
        # no side and no field
        "Two bacterial strains compete for the same nutrient in the chemostat.",
        "Our parser rivals systems trained on ten times as much data.",
        "Several competing hypotheses explain the anomaly.",
        # senses that name no rival
        "The student satellite competition drew entries from every province.",
        "A design contest for the lunar habitat closes in March.",
        "The agency awards its grants by open competition and peer review of proposals.",
        "Engineers raced to the pad to fix a valve before the launch window closed.",
        "The team raced against time to finish the lunar instrument.",
        "The resolution calls on states to prevent an arms race in outer space.",
        "Former rivals in orbit now train their astronauts together.",
        "Once we were rivals in space; today we fly on each other's spacecraft.",
        'Neither "cooperation" nor "competition" appears in the agency\'s statute.',
        "Many of the firms were founded during the space race and still build satellites.",
        "The post-space race economy of orbit grew quickly after 1990.",
        "Competing estimates of the station's cost differ by a factor of two.",
        "The crew scrambled to seal the hatch before the launch pad was cleared.",
        # no word of rivalry at all
        "The two agencies signed a memorandum on lunar science.",
    ],
)
def test_no_rivalry_named(text):
    assert not names_rivalry(text)
