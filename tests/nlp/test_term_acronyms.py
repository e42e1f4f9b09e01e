"""An acronym a document defines for a party term ("ASEAN Member States (AMS)", "States Parties
(SPs)") is that term wherever it is written after its definition (``self_reference.
_term_acronyms``): reports of regional organisations write their member states so. Found on a
blind whitepaper of the seventeenth round; the sentences are the team's own, with negative
cases."""

from __future__ import annotations

import pytest

TITLE = "Regional Space Cooperation Policy"


def _last(titled_doc, text):
    return list(titled_doc(text).sents)[-1]


@pytest.fixture
def titled_doc(text_nlp):
    structure = text_nlp.get_pipe("spaceclaims_claim_structure")

    def run(text: str):
        doc = text_nlp.make_doc(text)
        doc._.sc_blocks = [(0, len(text))]
        doc._.sc_title = TITLE
        doc = text_nlp(doc)
        for sent in doc.sents:
            sent._.sc_claim_label = "cooperation"
        return structure(doc)

    return run


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Only some African Union Member States (AUMS) run satellites. AUMS will share their "
         "data with ESA.", {"Member States", "ESA"}),
        ("The States Parties (SPs) met in Vienna. SPs will exchange orbital data with Japan.",
         {"States Parties", "Japan"}),
        ("Few Member States (MS) build rockets. Several MS have signed launch deals with India.",
         {"Member States", "India"}),
        # negative: an acronym of another name is no party term
        ("The Bank of Mars (BOM) lends money. BOM will work with Kenya on a satellite.",
         {"Kenya"}),
    ],
)  # fmt: skip
def test_an_acronym_of_a_party_term_is_the_term(titled_doc, text, parties):
    assert set(_last(titled_doc, text)._.sc_claim_parties) == parties


def test_the_acronym_before_its_definition_is_not_the_term(titled_doc):
    doc = titled_doc("AMS is a weather service. The ASEAN Member States (AMS) met in 2025.")
    terms = [a for a in doc.spans["actors"] if a.kb_id_ == "Member States"]
    assert [a.text for a in terms] == ["Member States"]
