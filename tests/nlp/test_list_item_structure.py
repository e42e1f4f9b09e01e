"""Parties and modality of list items under a lead-in claim (issue 17, seventeenth round).

The team's own sentences, marked by docs/annotation-guide.md ("The Parties of an agreement":
the items of a lead-in "The Parties shall cooperate in the following areas:" are the Parties'
acts; "Modality": an item with no cue of its own takes its lead-in's plan or duty); none is
taken from a real document. Negative cases: an item that names a side of its own, an item with
a finite verb of its own, a lead-in that is no claim, and a sentence after the list has ended.
"""

from __future__ import annotations

import pytest

from tests.conftest import _unparsed_doc

TITLE = "Agreement between the Government of Chile and the Government of Norway on Space Research"
LEAD = "The Parties shall develop cooperation in the following fields:"


@pytest.fixture
def structured(text_nlp):
    """The sentences of ``blocks`` after claim structure, each labelled as ``labels`` says
    (``cooperation`` where it gives none)."""
    structure = text_nlp.get_pipe("spaceclaims_claim_structure")

    def run(blocks: list[str], labels: dict[int, str] | None = None):
        doc, _ = _unparsed_doc(text_nlp, blocks, TITLE)
        doc._.sc_title = TITLE
        doc = text_nlp(doc)
        sents = [s for s in doc.sents if s.text.strip()]
        for k, sent in enumerate(sents):
            sent._.sc_claim_label = (labels or {}).get(k, "cooperation")
        structure(doc)
        return sents

    return run


PARTIES = ["Chile", "Norway"]

ITEMS = [
    # a noun phrase after a marker, in lower case or with a capital
    ([LEAD, "(a) the calibration of ocean colour sensors;"], PARTIES, "normative"),
    ([LEAD, "(b) Polar observation, including the relay of data from buoys;"], PARTIES,
     "normative"),
    # a gerund item, no marker; the second item of the same list
    ([LEAD, "- measuring sea ice from small satellites;", "- training young engineers;"],
     PARTIES, "normative"),
    # a side named only by an adjective that qualifies a thing is no side of the item's own
    ([LEAD, "c) visits of Chilean students to the ground station;"], PARTIES, "normative"),
    # "will:" in a legal instrument is a duty (guide, "Modality")
    (["The two Parties will cooperate in these areas:", "1. the study of glaciers from orbit;"],
     PARTIES, "normative"),
]  # fmt: skip


@pytest.mark.parametrize(("blocks", "parties", "modality"), ITEMS)
def test_an_item_takes_the_sides_and_modality_of_its_lead_in(structured, blocks, parties, modality):
    item = structured(blocks)[-1]
    assert sorted(item._.sc_claim_parties) == parties
    assert item._.sc_claim_modality == modality


def test_an_item_that_names_a_side_of_its_own_keeps_it(structured):
    item = structured([LEAD, "(c) a joint mission with the Japan Aerospace Exploration Agency;"])[
        -1
    ]
    assert "JAXA" in item._.sc_claim_parties
    plain = structured([LEAD, "(c) a joint mission in low orbit;"])[-1]
    assert "JAXA" not in plain._.sc_claim_parties
    assert sorted(plain._.sc_claim_parties) == PARTIES


def test_an_item_with_its_own_verb_keeps_its_modality(structured):
    item = structured([LEAD, "(d) the Parties exchanged data on glaciers in 2024;"])[-1]
    assert item._.sc_claim_modality == "asserted"
    verbless = structured([LEAD, "(d) the exchange of data on glaciers;"])[-1]
    assert verbless._.sc_claim_modality == "normative"


def test_a_lead_in_that_is_no_claim_passes_nothing_on(structured):
    blocks = ["Fields of work of the station in the following years:",
              "(a) the calibration of ocean colour sensors;"]  # fmt: skip
    item = structured(blocks, {0: "neutral"})[-1]
    assert item._.sc_claim_parties == []
    assert item._.sc_claim_modality == "asserted"


def test_a_sentence_after_the_list_ends_it(structured):
    blocks = [LEAD, "(a) the calibration of ocean colour sensors;",
              "Each Party shall bear its own costs.",
              "a survey of fjords from aircraft;"]  # fmt: skip
    sents = structured(blocks)
    assert sorted(sents[1]._.sc_claim_parties) == PARTIES
    assert sents[-1]._.sc_claim_parties == []
    assert sents[-1]._.sc_claim_modality == "asserted"


@pytest.mark.parametrize(
    ("item", "parties"),
    [
        # the forum an item's act is done in is no side of the item's own: the lead-in's
        # parties act there (guide, "Parties": a forum the relation happens in)
        ("(d) the coordination of positions on space debris in the Committee on the Peaceful "
         "Uses of Outer Space;", PARTIES),
        ("(e) joint statements within the United Nations on the safety of lunar activities;",
         PARTIES),
        ("(f) the exchange of ground station schedules at the International Telecommunication "
         "Union;", PARTIES),
        # negative: a side the item works with stays beside the lead-in's parties
        ("(g) joint training with the Japan Aerospace Exploration Agency in Tokyo;",
         ["Chile", "JAXA", "Norway"]),
    ],
)  # fmt: skip
def test_the_forum_of_an_item_is_no_side(structured, item, parties):
    assert sorted(structured([LEAD, item])[-1]._.sc_claim_parties) == parties
