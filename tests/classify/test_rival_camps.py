"""Rivalry told as a choice between camps, a race to be first or a field grown contested
(pipeline.classify.rival_camps; annotation guide, "competition": blocs set against each other,
races for the making of rules). The sentences are the team's own variants of the forms."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.both_rule import has_both_cues
from pipeline.classify.predictor import heads_to_label
from pipeline.classify.rival_camps import FORMS, camp_forms
from pipeline.classify.rivalry_rule import raise_competition, rivalry_forms

THRESHOLDS = (0.5, 0.7)
BAR = 0.6


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # camps: choosing sides, the pressure to choose, a split, a foot in each camp
        ("Several small states were pushed to choose sides in the lunar quarrel.", "camps"),
        ("Our ministry will not take sides between the two great powers.", "camps"),
        ("Officials in entcountry said they would not choose between entcountry and "
         "entcountry.", "camps"),
        ("Diplomats describe a steady pressure to choose that smaller members feel.", "camps"),
        ("Governments in the region were asked quietly to choose before the summit.", "camps"),
        ("Observers fear the continent is splitting into two rival orbital camps.", "camps"),
        ("The region has been split between two lunar clubs since entdate.", "camps"),
        ("Mid-sized agencies are caught between two rival station programmes.", "camps"),
        ("Some governments sit uneasily between the two camps.", "camps"),
        ("Several middle powers keep a foot in each camp.", "camps"),
        ("We reject attempts to form exclusive blocs in outer space.", "camps"),
        ("The old logic of bloc confrontation is returning to orbit.", "camps"),
        ("Partners were told that signing with one programme would close the door to the "
         "other.", "camps"),
        ("No member will be asked to favour one coalition over the other.", "camps"),
        ("For decades the country played one superpower against the other.", "camps"),
        ("They cannot afford to pick one partner and lose the other.", "camps"),
        # one camp, bloc or superpower chosen, picked or joined
        ("Our government should not be made to pick one superpower.", "camps"),
        ("The minister said the agency is not joining anyone's camp.", "camps"),
        ("Small operators would have to choose a launcher and, with it, a bloc.", "camps"),
        ("Signing the charter would make the country part of a bloc, the senator said.",
         "camps"),
        ("Few of the newer space states want to join either camp.", "camps"),
        # first: a race told by who wins it, or a race for the rules
        ("Whoever lands a crew at the pole first will set the terms for everyone else.", "first"),
        ("Analysts say whoever can mine the ice first gains a lasting lead.", "first"),
        ("Whoever sets the rules for lunar traffic now will keep that power for decades.",
         "first"),
        # contested: the field itself grown competitive or contested
        ("Low Earth orbit is increasingly contested.", "contested"),
        ("The environment for launch services has become far more competitive.", "contested"),
        ("Space is becoming more congested and more contested every year.", "contested"),
        ("The region has grown crowded and contested since the first launches.", "contested"),
        # the same scarce goods sought by several sides
        ("Both station programmes are aiming for the same two landing sites.", "contested"),
        ("Rovers of each bloc will prospect the same ground near the rim.", "contested"),
        # displaced: crowded or priced out, drawn away from another side, in opposition to
        ("Small operators fear being crowded out of the best orbits by the largest fleets.",
         "displaced"),
        ("Domestic launch firms could be priced out before they reach scale.", "displaced"),
        ("Critics call the offer a way to lure partner states away from the rival framework.",
         "displaced"),
        ("The draft was tabled in direct opposition to the text of the other group.",
         "displaced"),
        # scarce: a finite orbital resource taken by some at others' cost, or a share sought
        ("Three mega-constellations are taking up the orbital slots that developing nations "
         "will want later.", "scarce"),
        ("Island governments warn that a few large fleets are crowding the frequencies smaller "
         "states rely on.", "scarce"),
        ("Regulators are under pressure to act before the wealthiest operators grab the best "
         "orbits.", "scarce"),
        ("The first filers reserve the spectrum, and latecomers find little left.", "scarce"),
        ("African delegations lobbied for a fair share of the geostationary arc.", "scarce"),
        ("Emerging space nations have long fought for an equitable share of the spectrum.",
         "scarce"),
        # club: rules made by a few, or imposed on others
        ("We will not accept lunar norms drafted by a closed club of spacefaring nations.",
         "club"),
        ("Traffic rules should come from the committee, not be set by a group of like-minded "
         "states.", "club"),
        ("The standards were written by a handful of operators and imposed on others.", "club"),
        ("Resource rules must be shared by all and not only by those who arrive first.", "club"),
    ],
)  # fmt: skip
def test_camp_forms_found(text, form):
    assert form in camp_forms(text)
    assert form in rivalry_forms(text)


@pytest.mark.parametrize(
    "text",
    [
        # two camps named, compared or described, with no choice, split or exclusion
        "The two coalitions differ most on safety zones and agree on data sharing.",
        "Section 4 compares the texts of the two coalitions.",
        "Both camps promise to publish their scientific results.",
        # choosing among offers, options or sites is not choosing sides
        "Each member state may choose one partner agency for the exchange programme.",
        "The team picked a single supplier for the solar arrays.",
        "Visitors can pick a side entrance or the main gate.",
        "The committee will choose between three landing sites next spring.",
        "Students may choose between two elective courses on orbital mechanics.",
        # one ... the other with no choice between them
        "If one programme is delayed, our scientists still have a seat on the other.",
        "One instrument measures dust and the other measures radiation.",
        # whoever with no race named
        "The rules are being written now, by whoever turns up at the meetings.",
        "Whoever chairs the session will open the floor to questions.",
        # competitive of a market, or an industry made competitive by its own government
        "The firm operates in a heavily competitive commercial launch market.",
        "The plan aims to make our satellite industry more competitive.",
        "Prices have become more competitive since the second provider entered.",
        "The agency selects payloads through a competitive process.",
        # the same thing with no contest
        "The two rovers use the same batteries as the older landers.",
        "The second flight will aim for the same precision as the first.",
        # drawn away, of things rather than sides
        "Heat pipes draw the warmth away from the battery pack.",
        "The capsule pulled away from the station after undocking.",
        # an orbit or spectrum taken with no side that loses it, debris as the taker, a share
        # of a cost, a principle of equitable access
        "The satellite will take up its final orbit in March.",
        "Debris from old upper stages is crowding the orbits that smaller countries use.",
        "Each partner state pays a fair share of the mission's cost.",
        "Access to orbital positions and spectrum must be equitable for developing countries.",
        "The new receiver uses up less of the frequency band than the old one.",
        # rules set by a named working group, or by experts: no few set against the rest
        "The rules of procedure were set by the working group at its first meeting.",
        "The standards were drafted by a small group of engineers from both agencies.",
        "The principles were adopted by consensus of all member states.",
    ],
)
def test_no_camp_form(text):
    assert camp_forms(text) == []


def test_forms_are_named():
    assert FORMS == (
        "camps", "first", "contested", "displaced", "hedged", "harmed", "scarce", "club",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "heads", "label"),
    [
        # a missed form becomes competition
        ("Some analysts say the continent is splitting into two lunar camps.", (0.1, 0.2),
         "competition"),
        ("Whoever reaches the crater rims first will shape how the Moon is settled.",
         (0.05, 0.1), "competition"),
        # beside a cooperation word and a confident cooperation head: `both`
        ("We will cooperate with every nation within the committee, rather than leave the "
         "rules to whoever gets there first.", (0.9, 0.6), "both"),
        ("Membership of one coalition is no reason to refuse cooperation with the other.",
         (0.95, 0.3), "both"),
        # a share of the spectrum sought: the "share" is a portion, not a cooperation word
        ("Pacific states pressed for a fair share of the spectrum before the largest operators "
         "take the best of it.", (0.9, 0.1), "competition"),
        # none of the forms: unchanged
        ("The two coalitions differ most on safety zones.", (0.2, 0.3), "neutral"),
    ],
)  # fmt: skip
def test_raise_competition_on_camp_forms(text, heads, label):
    out = raise_competition([text], np.array([heads]), THRESHOLDS, bar=BAR)
    pc, pk = out[0]
    assert heads_to_label(pc >= THRESHOLDS[0], pk >= THRESHOLDS[1]) == label


def test_camp_form_is_the_competition_half_of_both():
    assert has_both_cues("We signed agreements with both camps and keep a foot in each camp.")
    assert not has_both_cues("We signed agreements with partners in both coalitions.")


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # a hedge against a side
        ("The second network was built as insurance against entcountry.", "hedged"),
        ("Ministers see the launcher as a hedge against foreign pressure on supply.", "hedged"),
        (
            "The partnership is meant as a counterweight against rival powers in the region.",
            "hedged",
        ),
        ("Small states keep ties with both as a buffer against another power's demands.", "hedged"),
        # harm to the satellites of another side
        (
            "The permit may be refused if the payload could be used to damage the space objects "
            "of another state.",
            "harmed",
        ),
        ("The weapons are designed to disable or blind the satellites of rival states.", "harmed"),
        ("Its jammers can jam the navigation satellites of entcountry at will.", "harmed"),
    ],
)
def test_hedge_and_harm_forms_found(text, form):
    assert form in camp_forms(text)
    assert form in rivalry_forms(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fund is an insurance against launch failure.",
        "Operators hedge against currency risk when they buy launches abroad.",
        "Each Party is liable for damage to the space objects of another State.",
        "Debris could damage the satellites of every operator in that orbit.",
        "A solar storm can disrupt the satellites of many countries at once.",
        "The agencies agreed to protect the satellites of other states from debris.",
    ],
)
def test_no_hedge_or_harm_form(text):
    assert camp_forms(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Unless we act now, our industry risks losing the position it has built in optics.", True),
        ("Without new money the country could lose its lead in small launchers.", True),
        ("The satellite could lose its position in orbit if a thruster fails.", False),
        ("The probe may lose its place in the launch queue to a weather satellite.", False),
    ],
)
def test_at_risk_of_losing_a_lead(text, found):
    assert ("behind" in rivalry_forms(text)) is found
