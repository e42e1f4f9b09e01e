"""Modality forms found in the blind documents held out in the fifteenth round (wave 3), in
the team's own sentences, positive and negative (sixteenth round, issue 17).

Each row names a general form of language or a convention of a register: the kind of text a
title names, ...
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.modality import legal_text

#: Three provisions, so that the count of "shall" alone would make any text an instrument.
_SHALLS = "The Agency shall lead. The council shall advise. Each member shall report."


@pytest.mark.parametrize(
    ("title", "text", "legal"),
    [
        # a declaration that names principles is an instrument of rules, "shall" or not
        ("DECLARATION OF PRINCIPLES ON LUNAR SURFACE SAFETY", "They will notify.", True),
        ("Declaration on Legal Principles for Orbital Debris", "", True),
        ("Framework Agreement between Chile and Kenya on Space Research", "", True),
        # negative: a leaders' declaration names no principles; it is a joint statement
        ("Joint Declaration of the Leaders of Kenya and Chile", "They will meet.", False),
        # a programme's framework, plan or roadmap plans, however often it says "shall"
        ("Pan-Andean Space Programme: Implementation Framework", _SHALLS, False),
        ("Lunar Science Action Plan 2027-2031", _SHALLS, False),
        ("A Roadmap", _SHALLS, False),
        # negative: a framework for cooperation may be an instrument: the count decides
        ("Framework for Cooperation in Earth Observation", _SHALLS, True),
        ("Framework for Cooperation in Earth Observation", "They will meet.", False),
    ],
)
def test_a_title_names_the_kind_of_text(title, text, legal):
    assert legal_text(text, title=title) is legal


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Declaration of Principles on Lunar Surface Safety",
         "The Signatories will exchange landing site data with one another.", "normative"),
        ("Declaration of Principles on Lunar Surface Safety",
         "Each Signatory intends to inform the others before a landing near their sites.",
         "normative"),
        # negative: the same sentences in a leaders' declaration and in a programme's plan
        ("Joint Declaration of the Leaders of Kenya and Chile",
         "The two countries will exchange landing site data with one another.", "planned"),
        ("Pan-Andean Space Programme: Implementation Framework",
         "The Agency will cooperate with every partner willing to work with the region. "
         + _SHALLS, "planned"),
        # ... while a text that names no kind of its own is an instrument by its "shall"s
        ("Pan-Andean Space Programme",
         "The Agency will cooperate with every partner willing to work with the region. "
         + _SHALLS, "normative"),
    ],
)  # fmt: skip
def test_the_kind_of_text_decides_will(titled_claim, title, text, expected):
    assert titled_claim(title, text)._.sc_claim_modality == expected
