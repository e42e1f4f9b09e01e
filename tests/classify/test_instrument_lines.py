"""Two lines of a legal instrument: the enacting formula (cooperation) and one side's lead-in of
duties (neutral); table tests both ways, own-words lines."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify.instrument_lines import (
    instrument_lines,
    is_duty_lead_in,
    is_enacting_formula,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Have agreed as follows:", True),
        ("HAVE AGREED AS FOLLOWS:", True),
        ("the two Governments have agreed as follows:", True),
        ("Have reached the following understanding:", True),
        ("The Participants hereby agree as follows:", True),
        ("have agreed upon the following provisions:", True),
        ("I have the honour to propose the following arrangements:", True),
        ("The schedule is as follows:", False),
        ("The results of the survey are as follows.", False),
        ("They have not agreed as follows:", False),
        ("The committee agreed as follows on the budget for next year.", False),
        ("Members adopted the following:", False),
        ("The steps of the review are the following:", False),
    ],
)
def test_enacting_formula(line: str, expected: bool) -> None:
    assert is_enacting_formula(line) is expected


@pytest.mark.parametrize(
    ("masked", "expected"),
    [
        ("entagency will:", True),
        ("The entagency shall:", True),
        ("entcountry agrees to:", True),
        ("The entorganization undertakes to:", True),
        ("The Parties shall:", False),
        ("Each Party will:", False),
        ("entagency and entagency will:", False),
        ("To this end, we will:", False),
        ("entagency will provide the antenna.", False),
        ("entagency will cooperate with entagency on:", False),
    ],
)
def test_duty_lead_in(masked: str, expected: bool) -> None:
    assert is_duty_lead_in(masked) is expected


def test_heads_moved_only_for_the_two_lines() -> None:
    texts = [
        "Have agreed as follows:",
        "entagency shall:",
        "The schedule is as follows:",
        "entagency and entagency will exchange data.",
    ]
    probs = np.array([[0.27, 0.01], [0.86, 0.01], [0.30, 0.02], [0.90, 0.05]])
    out = instrument_lines(texts, probs, 0.5)
    assert out[0, 0] > 0.5 and out[0, 1] == pytest.approx(0.01)
    assert out[1, 0] < 0.5 and out[1, 1] == pytest.approx(0.01)
    assert out[2].tolist() == pytest.approx([0.30, 0.02])
    assert out[3].tolist() == pytest.approx([0.90, 0.05])
    # a formula already over the floor keeps its higher head
    high = instrument_lines(["have agreed as follows:"], np.array([[0.95, 0.0]]), 0.5)
    assert high[0, 0] == pytest.approx(0.95)
