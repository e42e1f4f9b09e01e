"""Lines where a name is not an actor (``pipeline.nlp.extract.companies``)."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.companies import credit_or_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photo: Kestrel Orbital Technologies", True),
        ("Image courtesy of Meridian Aerospace.", True),
        ("Lee, K. et al. Lunar dust and landers. Planetary Notes 4, 2020.", True),
        ("Brown, J. (2021). Space markets. Journal of Orbital Policy, 12.", True),
        ("Department of Physics, University of Leeds, Leeds, United Kingdom", True),
        # prose, even with commas and capitalised names
        ("Meridian Aerospace, a young firm, will build the lander for the agency.", False),
        ("The University of Leeds signed an agreement with the Kenya Space Agency.", False),
        ("Sources say the Royal Astronomical Society will join.", False),
        ("With a mass of 12 tonnes and a length of 6 m, the new node, which Kestrel Orbital "
         "Technologies assembled at its plant in Leeds, Yorkshire, flew in May.", False),
        ("Bo Kim, Kestrel Space Centre, Department of Physics, York, United Kingdom", True),
    ],
)  # fmt: skip
def test_credit_or_reference(text, expected):
    assert credit_or_reference(text) is expected
