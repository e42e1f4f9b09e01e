"""A partner leaving a station or a programme states where a cooperation stands
(pipeline.classify.departures; annotation guide, decision of the nineteenth round). The
sentences are the team's own variants, masked as the classifier reads them."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.departures import is_departure, raise_departures


@pytest.mark.parametrize(
    "text",
    [
        "entcountry has announced that it will leave the station after entdate.",
        "entagency withdrew from the entprogram in entdate.",
        "entcountry is pulling out of the consortium at the end of the year.",
        "entagency ended its cooperation with entagency in entdate.",
        "The ministry said entcountry would quit the lunar partnership next spring.",
        "entcompany has left the project, the agency confirmed.",
        "entcountry said on Monday that it will not withdraw from the entagreement.",
        # walking away, and a departure told by its time with the relation named elsewhere
        "entagency walked away from the consortium after two years.",
        "Officials fear entcountry might leave earlier to fly a station of its own.",
        "What happens to the programme if entagency walks away before the last flight?",
    ],
)
def test_departure(text: str) -> None:
    assert is_departure(text)


@pytest.mark.parametrize(
    "text",
    [
        # an instrument's withdrawal clause: a final clause
        "Any entcountry may withdraw from this Convention by written notice.",
        "entcountry may withdraw from the present Agreement with six months' notice.",
        # no side named: no departure is told
        "The registry would not require any state to leave its coalition.",
        # a spacecraft or a crew leaving a station
        "The cargo ship will leave the station in March.",
        "The crew left the station after six months in orbit.",
        # "it" with no side before it
        "After the last test, it will leave the station for a higher orbit.",
        # joining, not leaving
        "entcountry joined the entprogram in entdate.",
        # a departure told by its time with no station or programme named
        "entcountry's delegation may leave earlier than the others.",
        "The crew will leave earlier than planned.",
    ],
)
def test_not_departure(text: str) -> None:
    assert not is_departure(text)


def test_only_the_cooperation_head_is_raised() -> None:
    texts = ["entagency withdrew from the entprogram in entdate.", "The crew left the station."]
    out = raise_departures(texts, np.array([[0.05, 0.4], [0.05, 0.4]]), 0.5)
    assert out[0, 0] > 0.5 and out[0, 1] == pytest.approx(0.4)
    assert out[1].tolist() == pytest.approx([0.05, 0.4])
