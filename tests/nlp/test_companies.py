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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalised names ending in a body's head word, when the NER marks nothing there
        ("Scientists at the Halden Research Institute built the camera.",
         ["Halden Research Institute"]),
        ("Grants came from the Vellmar Orbit Foundation in spring.", ["Vellmar Orbit Foundation"]),
        # not a sentence's first words, not a longer name, not a head alone, not after "The"
        ("Halden Research Institute staff built the camera.", []),
        ("They met at the Halden Research Institute for Optics.", []),
        ("They wrote to the Institute last week.", []),
        ("A rule of the Vellmar Council of Elders applies.", []),
    ],
)  # fmt: skip
def test_bodies_by_the_shape_of_their_name(text_nlp, text, expected):
    from pipeline.nlp.extract.companies import shaped_bodies

    doc = text_nlp(text)
    doc.set_ents([], default="outside")  # as where the NER finds nothing
    assert [doc[s:e].text for s, e in shaped_bodies(doc)] == expected


def test_a_body_the_ner_reads_otherwise_is_not_taken_by_its_shape(text_nlp):
    from spacy.tokens import Span

    from pipeline.nlp.extract.companies import shaped_bodies

    doc = text_nlp("Scientists at the Halden Research Institute built the camera.")
    doc.set_ents([Span(doc, 3, 4, label="PERSON")], default="outside")
    assert shaped_bodies(doc) == []
