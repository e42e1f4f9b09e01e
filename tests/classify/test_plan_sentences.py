"""Plan sentences (a document announcing what it does) are recognised; claims are not."""

from __future__ import annotations

import pytest

from pipeline.classify.plan_sentences import is_plan_sentence


@pytest.mark.parametrize(
    "text",
    [
        "This article analyses how two lunar coalitions compete for partners.",
        "The remainder of this paper examines the cooperation agreements signed since 2019.",
        "Section 3 discusses rivalry between the two programmes.",
        "Finally, it assesses the prospects of joint missions.",
        "It then outlines the legal framework of the partnership.",
        "In this section, we compare the two blocs.",
        "The next section turns to export controls on satellite parts.",
        "This study will explore whether the partnership survives the sanctions.",
        "Next, the paper reviews the negotiations between the agencies.",
        # a literature review's strands and studies, and a method's steps (blind papers set)
        "A third strand, which is closest to our own, asks how small states pick their partners.",
        "A second strand of the literature examines the rivalry between the two programmes.",
        "However, none of these studies compares both coalitions over a decade.",
        "Earlier studies explore how the agencies shared data in orbit.",
        "We coded every agreement signed by a state between 2015 and 2024.",
        # a question asked, a framework proposed: still the plan
        "This paper asks whether the two coalitions can share one registry.",
        "Section 2 asks how smaller states choose between offers.",
        "We propose a framework for comparing the two sets of principles.",
        "This chapter provides an overview of the agencies' partnerships.",
        # the authors' questions, a session or volume that brings papers together, a news
        # explainer's signpost (nineteenth round)
        "We ask whether sanctions push smaller agencies toward rival suppliers.",
        "First, we ask how the two coalitions recruit partners in Africa.",
        "This session brings together three papers on rival navigation systems.",
        "The volume gathers essays on cooperation and rivalry in the lunar race.",
        "Here is what the new charter says, and why it worries both blocs.",
        "Here's what we know about the talks between the two agencies.",
    ],
)
def test_plan_sentences(text):
    assert is_plan_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        "China and Russia signed a memorandum on the lunar station in 2021.",
        "It signed a cooperation agreement with the agency in 2020.",  # "it" without a sequence
        "They compete for partners across Africa and Latin America.",
        "This agreement establishes a framework for joint missions.",  # an instrument, not a plan
        "The article of the treaty obliges states to consult one another.",
        "We will work together with our partners to build the station.",  # a claim by "we"
        "Analysts argue that the two blocs are heading for a race.",
        "We argue that cooperation and competition coexist in lunar exploration.",
        "The article argues that small states gain leverage because the powers compete for them.",
        "This study shows that the two agencies shared data throughout the mission.",
        "The section of the station built by Japan was launched in 2008.",
        # what the literature finds is a claim, and a strand of cable is no strand of work
        "A second strand shows that Beijing offered payload slots to its partners.",
        "Earlier studies found that the two agencies competed for the same partners.",
        "However, the agencies compared their data after the landing.",
        "A strand of the tether connects the two modules built by ESA and NASA.",
        # what a plan verb introduces is content: a proposal, a provision, a request to parties
        "We propose that the committee host a registry open to every state.",
        "This paper proposes that the two agencies exchange landing notices.",
        "Section 4 provides for joint training of the partners' engineers.",
        "Section 11 asks signatories to share where they are working.",
        "Section 11 also asks signatories to coordinate with any actor concerned.",
        # a request by "we", a "here" that is a place, a session of a body that acts
        "We ask every spacefaring nation to share its tracking data.",
        "Here the two agencies will build a joint ground station.",
        "At this session the Committee agreed to set up a working group with the agency.",
    ],
)
def test_not_plan_sentences(text):
    assert not is_plan_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        "We seek to deepen cooperation with every spacefaring nation.",
        "They aim to land together before the end of the decade.",
        "We will develop the lander jointly with the agency.",
    ],
)
def test_claims_by_we_and_they_are_not_plans(text):
    assert not is_plan_sentence(text)
