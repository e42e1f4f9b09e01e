"""A body named once in full with a quoted "hereinafter" short name of several of its words or
its initials (``pipeline/nlp/extract/defined_names.py``, twenty-second round, from the wave-9
blind documents' misses: terms of reference of a joint working group and the agreed minutes of
another; every row is the team's own text)."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.defined_names import defined_names


def _found(text: str, mention: str) -> list[tuple[str, list[str]]]:
    start = text.index(mention)
    names = [(start, start + len(mention), mention)]
    return [(name, [text[s:e] for s, e in uses]) for _, _, name, uses in defined_names(text, names)]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # the NER stopped at a lower-case word inside the name: the name runs to the parenthesis
        ('The agencies set up the Joint Working Group on Lunar Dust in the Andes (hereinafter '
         '"the Working Group"). The Working Group shall meet yearly; each member of the '
         'Working Group serves two years.',
         "Joint Working Group on Lunar Dust",
         [("Joint Working Group on Lunar Dust in the Andes", ["Working Group", "Working Group"])]),
        # a dashed pair of states before the body's words is part of its name; the initials
        ('The Second Session of the Ruritania–Freedonia Joint Commission on Space Science '
         '(hereinafter "the JCSS") took place in May. The JCSS adopted its plan.',
         "Commission on Space Science",
         [("Ruritania–Freedonia Joint Commission on Space Science", ["JCSS"])]),
        ('the Andean Orbital Debris Office, hereinafter referred to as "the Office" and the '
         'other bodies; the Office shall report.',
         "Andean Orbital Debris Office",
         []),  # one word of the name: the self-reference component's own rule reads it
        # a term that is neither words of the name nor its initials is another definition
        ('the Joint Steering Committee on Relays (hereinafter "the Board") met. The Board '
         'agreed.',
         "Joint Steering Committee on Relays",
         []),
        # no "hereinafter": a gloss, not a definition
        ('the Joint Working Group on Lunar Dust ("Working Group") met.',
         "Joint Working Group on Lunar Dust", []),
        # the term is read from its definition on, not before
        ('The Working Group was proposed in 2025. The Joint Working Group on Tides (hereinafter '
         '"the Working Group") then met.',
         "Joint Working Group on Tides",
         [("Joint Working Group on Tides", [])]),
    ],
)  # fmt: skip
def test_defined_names(text, mention, expected):
    assert _found(text, mention) == expected


def test_in_a_document(make_doc):
    doc = make_doc(
        [
            "TERMS OF REFERENCE",
            "The Kenya Space Agency and the Ghana Space Agency hereby establish the Joint "
            'Working Group on Space Weather in East and West Africa (hereinafter "the Working '
            'Group").',
            "The Working Group shall meet twice a year.",
        ]
    )
    name = "Joint Working Group on Space Weather in East and West Africa"
    found = [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.kb_id_ == name]
    assert [t for t, _ in found] == [name, "Working Group"]


def test_a_joint_body_named_for_two_states_acts_for_them():
    """The agreed minutes of a joint working group of two states: the group, named for the
    pair, acts for those two states; in a text of other principals it stays as it is."""
    from pipeline.nlp.extract.claim_sides import Principals
    from pipeline.nlp.extract.instrument_sides import defined_parties

    body = (0, 6, "Ruritania–Freedonia Joint Working Group on Space Cooperation", "organization")
    pair = Principals(actors=("Ruritania", "Freedonia"))
    assert [m[2] for m in defined_parties([body], pair)] == ["Ruritania", "Freedonia"]
    assert defined_parties([body], Principals(actors=("Ruritania",))) == [body]
    other = (0, 6, "Working Group on Space Cooperation", "organization")
    assert defined_parties([other], pair) == [other]
