"""Forms of rivalry the n-grams under-read raise the competition head
(pipeline.classify.rivalry_rule; annotation guide, "competition")."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.predictor import heads_to_label
from pipeline.classify.rivalry_rule import FORMS, raise_competition, rivalry_forms

THRESHOLDS = (0.55, 0.7)
BAR = 0.7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # severance: cooperation with a side ended
        ("The entagency froze its scientific exchanges with entcountry institutes.", "severance"),
        ("After the coup, the joint satellite project was suspended indefinitely.", "severance"),
        (
            "entcountry broke off talks and cut off deliveries of engines to entcountry.",
            "severance",
        ),
        ("The ties between the two academies were severed in entdate.", "severance"),
        # cooperation barred to an actor, as a fact about a law or a policy
        (
            "Since entdate the statute has barred the entagency from working bilaterally with "
            "entcountry.",
            "barred",
        ),
        ("The budget law bars the institute from most joint work with entcountry.", "barred"),
        (
            "The decree prohibited national laboratories from cooperating with foreign partners.",
            "barred",
        ),
        ("Would those rules keep smaller states from signing up with entcountry?", "barred"),
        (
            "Its engineers remain banned by law from contacts with entagency staff.",
            "barred",
        ),
        # ending reliance on another side
        ("The new launcher will end our dependence on foreign rockets.", "reliance"),
        ("The agency sought to reduce its reliance on entcountry for crew transport.", "reliance"),
        (
            "The navy no longer wants to depend on a rival power for positioning signals.",
            "reliance",
        ),
        ("The rover will land without depending on anyone else's rockets.", "reliance"),
        # reliance denied for a subject: neither, never, nor, less
        (
            "The ministers held that neither state should depend on a single foreign power for "
            "its launches.",
            "reliance",
        ),
        ("The fleet will never again be reliant on entcountry for its spare parts.", "reliance"),
        ("Our aim is to become less dependent on foreign launch providers.", "reliance"),
        # tied to, or dependent on, a single or few foreign providers
        ("No deal should bind the network to one foreign tracking provider.", "reliance"),
        (
            "The old contracts tied our weather service to the data of a single outside supplier.",
            "reliance",
        ),
        (
            "The dependence of small states on a handful of foreign launch firms worries the panel.",
            "reliance",
        ),
        # espionage and interference by a foreign or state hand
        (
            "Prosecutors said the engineer spied on the agency for a foreign government.",
            "espionage",
        ),
        (
            "The ministry blamed state-backed hackers for the outage of its ground stations.",
            "espionage",
        ),
        ("entcountry agents stole the design files of the new receiver.", "espionage"),
        # superiority, staying ahead, the upper hand
        ("The doctrine calls for superiority in orbit by the end of the decade.", "superiority"),
        ("We must stay ahead of our adversaries in space technology.", "superiority"),
        ("The treaty would give entcountry the upper hand over its rivals.", "superiority"),
        ("The two programmes tried to outdo each other with ever longer flights.", "superiority"),
        # a race told as history
        ("The entcountry engineers were beaten to the first docking by a few months.", "beaten"),
        ("The probe reached the asteroid ahead of entcountry by a year.", "beaten"),
        ("Nobody will beat anyone to Mars with a programme starved of money.", "beaten"),
        ("Our launcher flew first, but not because we beat everybody else.", "beaten"),
        # falling behind, losing one's place
        ("Europe risks losing its place in markets it helped to create.", "behind"),
        ("A nation that stops investing will fall behind in the new space economy.", "behind"),
        ("The industry keeps losing ground to subsidised competitors abroad.", "behind"),
        ("Our share of the launch market is far behind entcountry and entcountry.", "behind"),
        ("The country is still years behind its rivals in crewed flight.", "behind"),
        # concern about another side's capabilities or intent
        ("Ministers voiced concern over entcountry's anti-satellite tests.", "concern"),
        ("The report describes the threat posed by entcountry's counterspace arsenal.", "concern"),
        # concern about another side's activities or conduct
        ("The ministry raised its concerns about the secrecy of entcountry's lunar activities.",
         "concern"),
        ("Officials remain worried about entcountry's conduct near their satellites.", "concern"),
        # condemned conduct in a sentence that names a side
        ("The reckless test by entcountry scattered debris across busy orbits.", "condemned"),
        (
            "Officials called the close approach to their satellite a provocative manoeuvre by a "
            "rival power.",
            "condemned",
        ),
        # condemned conduct pointed at, or endangering others, with no side named
        ("That irresponsible test left a cloud of fragments in a busy orbit.", "condemned"),
        ("A dangerous manoeuvre of this kind threatens the satellites of other nations.",
         "condemned"),
    ],
)  # fmt: skip
def test_rivalry_forms_found(text, expected):
    assert expected in rivalry_forms(text)


@pytest.mark.parametrize(
    "text",
    [
        # words of the forms with no side, or in a technical or joint sense
        "Several joint projects link the national agencies with the entagency.",
        "The mission was suspended for a week while engineers replaced a valve.",
        "The plant aims to reduce its reliance on fossil fuels by entdate.",
        "The framework shall not tie a member to the products of a single supplier.",
        "Our reliance on a single antenna made the schedule fragile.",
        "The station is less dependent on resupply from the ground than its predecessor.",
        "Neither rover should depend on a single battery for the night.",
        "The schedule depends on the delivery of the second stage.",
        "Operators shall avoid harmful interference with the stations of other States.",
        "The partners will work together to protect ground stations from sabotage by any state.",
        "The review board found that the failure was not caused by sabotage.",
        "The hackathon winners will receive seed funding from the agency.",
        "A hackathon hosted by entcountry drew students from every province.",
        "Fluctuations of the field give interference terms that make the lifetime of entcountry "
        "finite.",
        "The paper shows the superiority of the new estimator over earlier methods.",
        "The crew finished the experiment ahead of schedule.",
        "The two ministries will align their positions ahead of the entorganization session.",
        "The committee is concerned about cost overruns in the telescope programme.",
        "Members were concerned about the cost of the agency's outreach activities.",
        "Forecasters warned of the danger of a strong solar storm.",
        "A software fault, not a hostile act, caused the loss of the satellite.",
        "Resilience is the ability to keep working in the face of hostile action of any kind.",
        "Solar storms are dangerous to the satellites of every nation.",
        "The shield protects the crew in the face of hostile conditions.",
        "The team beat its own record for the fastest assembly of a satellite.",
        "The second stage fell behind schedule after the test failure.",
        "Work on the ground segment is lagging behind the plan agreed in entdate.",
        "The probe lost its place in the launch queue to a weather satellite.",
        "The heart can beat anywhere between sixty and a hundred times a minute in orbit.",
        "The payload review is years behind the schedule set in entdate.",
        "The camera sits far behind the main mirror of the telescope.",
        # a bar with no side, on something else, or denied
        "The rule bars operators from working in the zone with heavy equipment.",
        "The coating keeps the sensors from working badly with dust on them.",
        "The shield keeps the crew from harm during the storm.",
        "The treaty has never prevented the two agencies from working with entcountry.",
        "The entcountry has not prohibited its partners from cooperating with entcountry.",
        "Nothing in this Agreement shall prevent either Party from cooperating with entcountry.",
    ],
)
def test_no_rivalry_form(text):
    assert rivalry_forms(text) == []


def test_forms_are_named():
    assert set(FORMS) == {
        "severance", "barred", "reliance", "espionage", "superiority", "beaten", "behind", "concern",
        "condemned", "named", "camps", "first", "contested", "displaced", "hedged", "harmed",
        "scarce", "club", "controlled", "disavowed", "shunned", "outmatched", "sooner", "opposed",
        "dictated", "war domain",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "heads", "label"),
    [
        # a missed rivalry form becomes competition
        ("We must stay ahead of our adversaries in space technology.", (0.2, 0.3), "competition"),
        # a cooperation head that comes from the severed cooperation itself is lowered
        ("The ties between the two academies were severed in entdate.", (0.9, 0.1), "competition"),
        # barred cooperation is exclusion: the cooperation head it gave is lowered
        (
            "The law bars the entagency from working bilaterally with entcountry.",
            (0.9, 0.4),
            "competition",
        ),
        # a cooperation claim outside the bar keeps a confident cooperation head: `both`
        (
            "Partners may share data freely, but the entagency remains barred by law from "
            "bilateral cooperation with entcountry.",
            (0.95, 0.5),
            "both",
        ),
        # a confident cooperation head with a cooperation cue and a rivalry word stays: `both`
        (
            "The allies will share data to counter the threat posed by entcountry's counterspace "
            "arsenal.",
            (0.9, 0.4),
            "both",
        ),
        # a confident cooperation head with no cooperation cue gives way
        (
            "entcountry agents stole the design files of the new receiver.",
            (0.85, 0.1),
            "competition",
        ),
        # the head is only raised, never lowered
        (
            "The reckless test by entcountry scattered debris across busy orbits.",
            (0.1, 0.95),
            "competition",
        ),
        # reliance refused, said with "neither", "rather than", "instead of" (eighteenth round);
        # a cooperation word beside it is the other half of a `both`
        (
            "The ministers agreed that neither country should depend on a single foreign "
            "supplier of launches, and agreed to exchange test data.",
            (0.95, 0.1),
            "both",
        ),
        (
            "Students should learn to build satellites at home rather than depend on entcountry.",
            (0.3, 0.2),
            "competition",
        ),
        (
            "We will share our tracking data instead of relying on foreign radars.",
            (0.9, 0.3),
            "both",
        ),
        # reliance refused with no cooperation word: competition only
        (
            "Europe should build its own launchers rather than rely on foreign rockets.",
            (0.8, 0.3),
            "competition",
        ),
        # reliance that is kept, or a reliance on no side, is no form
        ("Both missions depend on entagency relays for their data.", (0.9, 0.1), "cooperation"),
        (
            "The rover should not rely on batteries alone at night.",
            (0.2, 0.1),
            "neutral",
        ),
        # no form: unchanged
        ("The agency signed a launch agreement with entcountry.", (0.9, 0.1), "cooperation"),
        ("The crew finished the experiment ahead of schedule.", (0.1, 0.2), "neutral"),
        # a sentence that only announces a document's plan is left alone
        (
            "This article examines how states try to stay ahead of their rivals in orbit.",
            (0.1, 0.3),
            "neutral",
        ),
    ],
)
def test_raise_competition(text, heads, label):
    out = raise_competition([text], np.array([heads]), THRESHOLDS, bar=BAR)
    pc, pk = out[0]
    assert heads_to_label(pc >= THRESHOLDS[0], pk >= THRESHOLDS[1]) == label
    assert pk >= heads[1]


def test_raise_competition_keeps_shape_and_input():
    probs = np.array([[0.2, 0.3], [0.6, 0.1]])
    before = probs.copy()
    out = raise_competition(["We must stay ahead of our rivals.", "A quiet day."], probs,
                            THRESHOLDS, bar=BAR)  # fmt: skip
    assert out.shape == (2, 2)
    np.testing.assert_array_equal(probs, before)
    np.testing.assert_array_equal(out[1], before[1])
    assert raise_competition([], np.zeros((0, 2)), THRESHOLDS).shape == (0, 2)
