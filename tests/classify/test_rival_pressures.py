"""Rivalry said by pressure to shun a side, by a rival not matched and by a race to be sooner
(pipeline.classify.rival_pressures; annotation guide, "competition": keeping another actor out,
commercial rivalry, races). The sentences are the team's own variants of the forms, masked as
the classifier reads them."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.both_rule import has_both_cues
from pipeline.classify.predictor import heads_to_label
from pipeline.classify.rival_pressures import FORMS, pressure_forms, shun_spans
from pipeline.classify.rivalry_rule import FORMS as RIVALRY_FORMS
from pipeline.classify.rivalry_rule import raise_competition, rivalry_forms

THRESHOLDS = (0.5, 0.7)
BAR = 0.6


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # a side pressed to shun another
        ("entcountry has pressed its allies to keep their distance from entcountry missions.",
         "shunned"),
        ("Officials asked the new members to keep away from the entprogram.", "shunned"),
        ("The embassy urged local firms to stay clear of entcompany contracts.", "shunned"),
        ("entcountry has been pushing its partners to keep entcountry payloads off their "
         "ground stations.", "shunned"),
        ("Diplomats told the agency not to join the entprogram.", "shunned"),
        ("Some capitals have leaned on their neighbours not to sign with entagency.", "shunned"),
        ("A senior official warned partner agencies to think twice before flying instruments on "
         "entcountry landers.", "shunned"),
        ("European agencies should think twice before sharing hardware with entcountry.",
         "shunned"),
        # a side not matched, sides pitted against each other
        ("entcompany still has yet to match entcompany on the cost of a launch.", "outmatched"),
        ("entcountry sells launches at prices that no other provider can match.", "outmatched"),
        ("Smaller firms are unable to match the subsidies that entcountry gives its champions.",
         "outmatched"),
        ("The tender pits entcompany's new rocket against entcompany for the constellation.",
         "outmatched"),
        ("The bid has pitted two national champions against each other.", "outmatched"),
        # a race to act before a side
        ("The agency wants to put a crew on the surface before entcountry does.", "sooner"),
        ("Each coalition hopes to write the rules of the road before the other can.", "sooner"),
        ("Operators rush to file for the best frequencies before their competitors do.",
         "sooner"),
        # an act that drew a side's objection, a side punished
        ("The station deal drew sharp criticism in Canberra.", "opposed"),
        ("The agency's decision has drawn a warning from entcountry.", "opposed"),
        ("The launch prompted protests from several governments in the region.", "opposed"),
        ("The new rule is meant to punish states for signing with the other coalition.",
         "opposed"),
        # a side's formal objection to another side's declarations or reservations
        ("The Government of entcountry objects to the reservations entered by entcountry.",
         "opposed"),
        ("Four states have objected to the declaration made by entcountry upon accession.",
         "opposed"),
        ("entcountry shares the objections of entcountry to the statements of entcountry.",
         "opposed"),
        # a side's choice of partners defended against others' say
        ("Our country picks its own partners, and no outside power has the right to veto that "
         "choice.", "dictated"),
        ("The minister said the government would not let any other capital dictate whom it "
         "chose as partners.", "dictated"),
        ("No foreign government will dictate which partners our agency works with.", "dictated"),
    ],
)  # fmt: skip
def test_forms(text, form):
    assert form in pressure_forms(text)
    assert form in rivalry_forms(text)


@pytest.mark.parametrize(
    "text",
    [
        # pressure with no side to shun, or an act that shuns nothing
        "The agency asked its contractors to keep the test area clear of visitors.",
        "Controllers told the crew to stay away from the hatch during the leak check.",
        "The minister urged the teams to keep working through the summer.",
        "Partners were asked not to publish the data before the joint paper appears.",
        # keeping one's distance with no pressure on a side
        "Brazil has kept its distance from any exclusive commitment.",
        # matching in the sense of agreeing or of funds
        "The measured orbit does match the predicted one to within a metre.",
        "The ministry will provide matching funds for the regional centre.",
        "Each agency will try to match its schedule to the launch window.",
        # a comparison with no side or a sequence told without a race
        "The new engine cannot match the thrust of the old one.",
        "The instrument was delivered before the deadline.",
        "The mission was approved before entcountry joined the entprogram.",
        # before a side, told as a date or a sequence of visits
        "The delegation from entcountry landed before the entcountry team did.",
        # criticism with no side named, or from a month; a punishment of no side
        "The dual mandate of the agency has drawn criticism.",
        "The plan drew criticism in March from a few engineers.",
        "Fines would punish small operators for delays they cannot control.",
        # objects as things, an objection that names no side objected to
        "The launching state shall return space objects to the authorities of entcountry.",
        "This objection does not stop the treaty from entering into force between entcountry "
        "and entcountry.",
        "Several engineers objected to the schedule of the review.",
        # a right denied that is no choice of partners; a choice with no one's say rejected
        "No state has the right to claim the Moon or any part of it.",
        "Each agency chooses its partners according to its own scientific priorities.",
    ],
)
def test_not_forms(text):
    assert pressure_forms(text) == []


@pytest.mark.parametrize(
    ("text", "heads", "label"),
    [
        # the partners pressed are no cooperation of the sentence: competition
        ("entcountry has pressed its partners to keep their distance from entcountry lunar "
         "missions.", (0.98, 0.3), "competition"),
        ("Reports say entcountry asked new signatories to keep away from the entprogram.",
         (0.85, 0.4), "competition"),
        # a cooperation outside the pressure: `both`
        ("The question is whether entcountry should press signatories not to cooperate with the "
         "entprogram or accept that partners work with both programmes.", (0.99, 0.5), "both"),
        # a missed comparison or race becomes competition
        ("entcompany has yet to match entcompany on price.", (0.05, 0.5), "competition"),
        ("The agency is trying to land a crew on the Moon before entcountry does.", (0.3, 0.2),
         "competition"),
        # partners chosen, others' say rejected: `both`
        ("entcountry chooses its partners for itself, and no other delegation has the right to "
         "choose them on its behalf.", (0.8, 0.3), "both"),
    ],
)  # fmt: skip
def test_raise_competition(text, heads, label):
    probs = raise_competition([text], np.array([heads]), THRESHOLDS, bar=BAR)
    assert heads_to_label(probs[0, 0] >= THRESHOLDS[0], probs[0, 1] >= THRESHOLDS[1]) == label


def test_shun_span_runs_from_the_pressure_to_the_side():
    low = "washington has pressed its partners to keep their distance from entcountry missions."
    ((start, end),) = shun_spans(low)
    assert low[start:end] == "pressed its partners to keep their distance from entcountry"


def test_pressure_to_shun_is_a_competition_half_of_both():
    assert has_both_cues("Partners work with us, but entcountry urged them not to join entagency.")
    assert not has_both_cues("Partners work with us, and we urged them to join entagency.")


def test_forms_are_rivalry_forms():
    assert set(FORMS) <= set(RIVALRY_FORMS)
