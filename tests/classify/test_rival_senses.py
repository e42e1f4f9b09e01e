"""Competition words in a sense that names no rival make no competition claim
(pipeline.classify.rival_senses; annotation guide, "neutral" and "competition")."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.competition_rule import cap_competition, no_competition_relation
from pipeline.classify.rival_senses import only_false_friends

FALSE_FRIENDS = [
    # approval "sanction": a project, a sum, a post approved
    "The cabinet sanctioned the second launch complex in entdate.",
    "The lunar orbiter project was sanctioned by the ministry three years before launch.",
    "Funds for the new tracking station have been sanctioned and work begins next month.",
    "The sanctioned budget of the programme was raised by a fifth.",
    "The board sanctioned a grant for a student satellite at the university.",
    "Twenty new engineering posts were sanctioned at the propulsion centre.",
    # a rivalry era used as a date, with nothing else of rivalry
    "After the close of the space race, the museum acquired a flight-spare capsule.",
    "During the Cold War the observatory was moved to a high plateau.",
    "Since the Cold War, the launch site has been run by a civilian authority.",
    "The archive holds photographs from the height of the Space Race.",
    "In the post-Cold War years the institute opened a new campus.",
    # exclusion denied in a call for inclusion
    "No nation should be excluded from the benefits of satellite navigation.",
    "A lunar code of conduct cannot be universal if some states are excluded from drafting it.",
    "The forum will set its agenda without excluding anyone who wishes to take part.",
    # a target denied: the relation is aimed at no one
    "The two governments stressed that their space partnership is not directed against any "
    "third country.",
    "Ministers said the new tracking network was not aimed at anyone.",
    "Sharing ship positions with our neighbours is not an act against anyone.",
    "The consortium does not seek to exclude any country from its data.",
    # a choice not asked of partners (guide, eighteenth round: exclusion denied)
    "entagency does not ask its partners to choose between the two station programmes.",
    "The association will not ask any of its members to pick one lunar coalition over the other.",
    "No member will be asked to favour one coalition over the other.",
    "Our government never presses its neighbours to take sides between the big powers.",
]

RIVAL_OR_NOTHING = [
    # the punitive sense keeps its side
    "entcountry imposed sanctions on the entagency after the test.",
    "The firm was sanctioned for supplying parts to a blacklisted buyer.",
    "The sanctioned entities may not buy components from entcountry suppliers.",
    "The deal moved the two states from sanctions to joint missions.",
    "entcountry threatened to sanction any company that worked on the project.",
    # an era with rivalry told beside it
    "During the Cold War, each side tried to outdo the other with ever longer flights.",
    "During the space race, entcountry and entcountry competed for every first.",
    "After the Cold War, both powers kept their missile warning satellites in orbit.",
    "Since the Cold War, the rivalry between the two launch industries has only grown.",
    "At the height of the Cold War, a victory in orbit was worth more than any treaty.",
    # a form the rivalry rule raises keeps its claim
    "During the Cold War, entcountry staged a provocative launch over the straits.",
    "After the close of the space race, entcountry kept its superiority in orbit.",
    # exclusion imposed on a side, or denied with rivalry beside it
    "The new rules exclude firms of entcountry from every launch contract.",
    "entcountry was excluded from the station programme after the vote.",
    "No rival power should be excluded, the minister said, or it will build a bloc of its own.",
    # a target named, or a target denied with a rivalry beside it
    "The drills are directed against entcountry, the ministry said.",
    "The programme is not directed against any third party and does not seek to compete with "
    "other initiatives.",
    "The exercise was not aimed at anyone, officials said, but it was a warning to a rival.",
    # a choice not asked, with the pressure of others or a rivalry named beside it
    "entcountry does not ask partners to choose, but entcountry presses them to take sides.",
    "The agency will not ask members to pick one camp, though the rivalry between the two "
    "camps keeps growing.",
    # the pressure to choose asserted, or refused by the side it is put on
    "Partners were asked to choose between the two programmes.",
    "The minister said the country will not be forced to choose sides.",
    # the space race as the subject of a claim, not a date
    "The space race pushed both governments to spend far more than they planned.",
    # neither sense present
    "The agency launched a weather satellite in entdate.",
    "The mission was approved by the ministry in entdate.",
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends_are_recognised(text):
    assert only_false_friends(text)
    assert no_competition_relation(text)


@pytest.mark.parametrize("text", RIVAL_OR_NOTHING)
def test_rivalry_and_plain_text_are_not_false_friends(text):
    assert not only_false_friends(text)


def test_cap_lowers_only_the_false_friends_competition_head():
    texts = [FALSE_FRIENDS[0], RIVAL_OR_NOTHING[0], FALSE_FRIENDS[6]]
    probs = np.array([[0.2, 0.9], [0.1, 0.95], [0.8, 0.4]])
    out = cap_competition(texts, probs, 0.7)
    assert out[0, 1] < 0.7 <= out[1, 1]
    assert out[1, 1] == probs[1, 1]
    assert out[2, 1] == probs[2, 1]  # already under the threshold: left as it is
    assert np.array_equal(out[:, 0], probs[:, 0])  # the cooperation head is never touched
