"""Modality forms found among the misses of the blind documents pooled across families, the
wave-7 documents first (twentieth round, issue 17), in the team's own sentences, positive and
negative.

Each row names a general form of language or a convention of a register: what a newly signed
instrument lets its parties do, told as news ("The agreement, signed today, lets X and Y share
..."); a launch or a campaign "pencilled in for" a date; an application to join still pending ("has
applied to join"); an aim held now ("are aiming for"); "as long as we can" (a duration, no
condition); a platform's rule of access with "may" ("any country may take part"); the speakers'
advocacy ("We advocate ..."); "We propose that X do" (a subjunctive); an order's standing policy
over a "that" clause; a recital that quotes another text's rule ("Recalling X, which calls on
States to ..."); a treaty's recital of resolve ("Determined to ..."); an instrument's "wish to" (a
provision, like "intend to"); a report's coordinated predicate that shares the reported subject
("He noted that X had discussed ... and would host ...").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a newly signed instrument lets its parties do, told as news: still to be done
        ("The agreement, signed in Nairobi today, lets Kenya and Italy share the Malindi antennas.",
         "planned"),
        ("The memorandum signed on Monday allows Indian researchers to fly instruments on a "
         "Japanese lander.", "planned"),
        # negative: an analytic text's standing arrangement, or one dated by its year
        ("The memorandum allows Indian researchers to fly instruments on Japanese landers.",
         "asserted"),
        ("The treaty, signed in 1998, allows Russian crews to fly on American shuttles.",
         "asserted"),
        # negative: the past tells what an instrument of the time arranged
        ("The 1998 treaty allowed Russian crews to fly on American shuttles.", "asserted"),
        # negative: a thing that is no instrument
        ("The new module allows astronauts from Japan and Canada to rest between shifts.",
         "asserted"),
        # a campaign pencilled in for a date
        ("A joint tracking campaign with Egypt is pencilled in for the spring.", "planned"),
        # an application still pending
        ("Portugal has applied to join the EU space surveillance partnership.", "planned"),
        ("Rwanda is applying for membership of the African Space Agency council.", "planned"),
        # negative: an application of the time
        ("Portugal applied to join the partnership in 2019 and was admitted a year later.",
         "asserted"),
        # an aim held now; negative: a past aim
        ("Both coalitions are aiming for the same sunlit ridges near the south pole.", "planned"),
        ("In the 1960s both superpowers were aiming for a crewed landing.", "asserted"),
    ],
)  # fmt: skip
def test_instruments_applications_and_aims(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as long as we can", "as long as possible": a duration, the rest decides
        ("Our partners at ESA asked us to keep the relay running as long as we can.", "asserted"),
        ("Korea will keep the data link with Brazil open as long as possible.", "planned"),
        # negative: a condition with a predicate of its own
        ("Japan will share the data as long as the partners agree on the terms.", "hypothetical"),
        # a platform's rule of access: in force
        ("The network is open to all, and any agency may join it on equal terms.", "asserted"),
        ("Any country, university or research institute may take part in the station.",
         "asserted"),
        # negative: a named subject, or a verb of another kind
        ("Kenya may take part in the station before 2030.", "hypothetical"),
        ("Any partner of China may face export controls from Washington.", "hypothetical"),
    ],
)  # fmt: skip
def test_durations_and_rules_of_access(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speakers' advocacy in the present is a call
        ("We advocate open cooperation with every spacefaring nation.", "normative"),
        ("My government advocates a shared registry of lunar landing sites.", "normative"),
        # negative: a third side's advocacy reported, or a past one
        ("China advocates open cooperation with every spacefaring nation.", "asserted"),
        ("In 2019 we advocated a shared registry with Japan.", "asserted"),
        # "We propose that X do": a subjunctive, like "recommend that"
        ("We propose that the two agencies set up a joint tracking centre.", "normative"),
        ("The authors propose that ESA and JAXA pool their relay satellites.", "normative"),
        # negative: the past reports a proposal made
        ("In 2022 the panel proposed that ESA and JAXA pool their relay satellites.",
         "asserted"),
    ],
)  # fmt: skip
def test_advocacy_and_proposals(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # an order's standing policy over a "that" clause
        ("Executive Order on Lunar Partnerships",
         "It is the policy of the Government that the United States build a coalition of "
         "partners for lunar exploration.", "normative"),
        # a recital that quotes another text's rule
        ("Convention establishing the Southern African Space Council",
         "Recalling the Windhoek Declaration, adopted in 2019, which calls on member states to "
         "share satellite data for disaster relief,", "normative"),
        ("Convention establishing the Southern African Space Council",
         "Recalling the 1967 Treaty, which requires States to cooperate in the exploration of "
         "outer space,", "normative"),
        # negative: a recital of a fact about the quoted text
        ("Convention establishing the Southern African Space Council",
         "Recalling the cooperation agreement between the space agencies of the region, which "
         "was signed in 2019,", "asserted"),
        # an instrument's "wish to" in its main clause, like "intend to": a provision
        ("Agreement between the Kenya Space Agency and Orbital Africa Ltd",
         "Both parties wish to build a Kenyan capability in radar imaging with shared data.",
         "normative"),
        # negative: the same words outside an instrument are a plan
        ("", "Both agencies wish to build a Kenyan capability in radar imaging with shared data.",
         "planned"),
        # a recital of resolve in an instrument
        ("Convention establishing the Southern African Space Council",
         "Determined to reduce the region's reliance on satellite data bought from abroad,",
         "normative"),
    ],
)  # fmt: skip
def test_orders_and_recitals(last_claim, title, text, expected):
    assert last_claim(title, text)._.sc_claim_modality == expected


def test_resolve_outside_an_instrument_is_its_main_clause(last_claim):
    # a news story's fronted participle of resolve: the main clause decides
    text = "Determined to catch up with China, India signed a launch deal with Japan."
    assert last_claim("", text)._.sc_claim_modality == "asserted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report's first clause states the relation; its conjunct shares the reported subject
        ("He noted that Oman had discussed lunar science with several partners this year and "
         "would host a workshop in May.", "asserted"),
        ("The minister added that Chile had flown a camera with NASA in 2022 and was ready to "
         "share the results with Peru.", "asserted"),
        # negative: a first clause with no relation leaves the plan to decide
        ("She wrote that the launch went well and that Russia would supply the power unit.",
         "planned"),
        # negative: the speakers' own predicate after a clause they recognize
        ("The ministers recognized that Brazil had worked with China for decades and will "
         "expand their own ties.", "planned"),
    ],
)  # fmt: skip
def test_reported_conjuncts(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected
