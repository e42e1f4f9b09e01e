"""Items of a list under a cooperation lead-in carry its claim (`pipeline/nlp/extract/list_items.py`):
which lines open a list, which lines are items, and the claims component's rule."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.nlp.extract.list_items import (
    continue_lead_ins,
    is_list_item,
    names_cooperation,
    opens_list,
)


def _sents(make_doc, blocks):
    return [s for s in make_doc(blocks).sents if s.text.strip()]


@pytest.mark.parametrize(
    "text",
    [
        "ocean colour and the study of coastal erosion;",  # lower case: continues the lead-in
        "the secondment of technicians for up to six months;",
        "(b) the shared use of tracking antennas in both countries;",
        "- Holding a workshop on small satellite design in Accra",  # a gerund, no finite verb
        "Pilot study of a common ground segment.",  # a noun phrase
        "c) train operators of the partner's receiving station;",
    ],
)
def test_items(make_doc, text):
    sent = _sents(make_doc, [text])[0]
    assert is_list_item(sent), text


@pytest.mark.parametrize(
    "text",
    [
        "The Board meets twice a year in Nairobi.",  # its own subject and finite verb
        "(a) Associate members take part in the annual review.",
        "Kenya;",  # only a name: a list of partners
        "Amina Diallo – Sahel One (2031) Senegal",  # a crew list's names
        "The areas are the following:",  # a lead-in of its own
    ],
)
def test_not_items(make_doc, text):
    sent = _sents(make_doc, [text])[0]
    assert not is_list_item(sent), text


@pytest.mark.parametrize(
    ("text", "opens", "cooperation"),
    [
        ("The two agencies shall cooperate in the following fields:", True, True),
        ("Joint activities under this Memorandum may include:", True, True),
        ("The Parties intend to collaborate on:", True, True),
        ("The Minister, in consultation with the Treasury, shall:", True, False),
        ("The Parties have agreed as follows:", False, False),  # the enacting formula
        ("The Parties shall cooperate in space science.", False, True),  # no colon
    ],
)
def test_lead_ins(make_doc, text, opens, cooperation):
    sent = _sents(make_doc, [text])[0]
    assert opens_list(sent) is opens
    assert names_cooperation(sent) is cooperation


def test_items_take_the_lead_in_head_until_the_list_ends(make_doc):
    sents = _sents(
        make_doc,
        [
            "The Parties shall cooperate in the following fields:",
            "solar physics and the study of the upper atmosphere;",
            "the calibration of instruments on the ground;",
            "The Parties shall meet once a year to review progress.",
            "the repair of antennas;",
        ],
    )
    assert len(sents) == 5
    probs = np.array([[0.9, 0.1], [0.2, 0.05], [0.7, 0.0], [0.3, 0.1], [0.1, 0.0]])
    out = continue_lead_ins(sents, probs, 0.5)
    assert out[1, 0] == pytest.approx(0.9)  # raised to the lead-in's head
    assert out[2, 0] == pytest.approx(0.9)
    assert out[3, 0] == pytest.approx(0.3)  # a sentence of its own ends the list
    assert out[4, 0] == pytest.approx(0.1)  # after the list: its own head
    assert np.array_equal(out[:, 1], probs[:, 1])  # competition untouched
    # A lead-in under the threshold opens no list.
    low = probs.copy()
    low[0, 0] = 0.4
    assert np.array_equal(continue_lead_ins(sents, low, 0.5), low)


def test_a_duty_done_in_consultation_opens_no_list(make_doc):
    sents = _sents(
        make_doc,
        [
            "The Minister, in consultation with the Treasury, shall:",
            "publish the national launch register each year;",
        ],
    )
    probs = np.array([[0.8, 0.0], [0.1, 0.0]])
    assert np.array_equal(continue_lead_ins(sents, probs, 0.5), probs)


@pytest.fixture(scope="module")
def labelled(run_with_claims_setting):
    """Label one document with the shipped model, with and without the list rule."""
    blocks = [
        "Memorandum of Understanding between the Ghana Space Science and Technology Institute "
        "and the Centre National d'Etudes Spatiales",
        "The two institutes shall cooperate with each other in the following areas:",
        "soil moisture and the monitoring of cocoa plantations;",
        "the calibration of radiometers at a test site near Kumasi;",
        "The institutes shall report to their ministries every year.",
    ]
    out = {}
    for rule in (True, False):
        doc = run_with_claims_setting(blocks, "list_items", rule)
        out[rule] = {
            s.text.strip(): (s._.sc_claim_label, s._.sc_p_cooperation)
            for s in doc.sents
            if s.text.strip()
        }
    return out


def test_the_component_labels_items_as_their_lead_in(labelled):
    on, off = labelled[True], labelled[False]
    lead = "The two institutes shall cooperate with each other in the following areas:"
    items = [
        "soil moisture and the monitoring of cocoa plantations;",
        "the calibration of radiometers at a test site near Kumasi;",
    ]
    assert on[lead][0] == "cooperation"
    for item in items:
        assert on[item][0] == "cooperation", item
        assert on[item][1] >= on[lead][1] - 1e-9
    # Read alone, the items are no claim: the rule is what labels them.
    assert all(off[item][0] == "neutral" for item in items)
    last = "The institutes shall report to their ministries every year."
    assert on[last] == off[last]
