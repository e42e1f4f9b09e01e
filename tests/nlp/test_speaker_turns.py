"""A witness's "we" in a hearing transcript is the body the witness speaks for
(`nlp/extract/speaker_turns.py`): the body the speaker label names in brackets, as committee
evidence prints it, or the one the list of witnesses gives after the witness's name and post.
Found on the pooled blind dev documents of the sixteenth round (a committee's evidence whose
agency witness's "we" was read as the state the record mentions most). Each row is the team's
own text, with negative rows.
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.speaker_turns import speaker_turns, turn_body

#: The record's opening: it names Canada most, the default "we" of members.
OPENING = "The committee is resuming its study of Canada's role on the Moon and in Canada's orbit."


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # the body in the label's brackets: the agency's witness speaks for the agency
        (["Ms. Jane Roe (Vice-President, Exploration, Canadian Space Agency):",
          "We are building a small rover with NASA."], {"CSA", "NASA"}),
        # a company's chief executive speaks for the company
        (["Mr. Tom Poe (Chief Executive Officer, MDA Space):",
         "We compete with American firms for every robotics contract."],
         {"MDA Space", "United States"}),
        # the list of witnesses gives the body after the post; the label names the surname
        (["Witnesses:", "Ms. Ann Lee, Director, Office of Space Commerce, Department of "
          "Commerce", "MS. LEE:", "We are in talks with the European Union about our "
          "catalogs."], {"Office of Space Commerce", "EU"}),
        # negative: a member's label names no body: the record's own "we"
        (["Mr. Sam Hill (Calgary Centre, Lib.):", "We should work with NASA on the Gateway."],
         {"Canada", "NASA"}),
        # negative: the witness names the state in its own right: "we" is the state there
        (["Ms. Jane Roe (Vice-President, Exploration, Canadian Space Agency):",
          "Canada joined its allies, and we share orbital data with the United States."],
         {"Canada", "United States"}),
    ],
)  # fmt: skip
def test_a_witness_speaks_for_the_body_named(claim_doc, blocks, expected):
    doc, _ = claim_doc([OPENING, *blocks])
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected


def test_turns_end_at_the_next_label():
    """The turn a sentence is in is the latest label before it: a chair's label ends a
    witness's turn; "Q:" opens a turn of no body."""
    text = (
        "Dr. Kim (Director, Korea AeroSpace Administration):\nWe fly Danuri.\n"
        "The Chair (Ms. Roy (Ottawa, Lib.)):\nWe thank you.\nQ: Do you agree?\n"
    )
    actors = [(19, 49, "KASA", "agency", "South Korea"), (79, 83, "Roy", "person", "")]
    turns = speaker_turns(text, actors)
    assert [t[1] for t in turns] == ["KASA", "", ""]
    assert turn_body(turns, text.index("Danuri") + 5)[0] == "KASA"
    assert turn_body(turns, text.index("thank") + 5)[0] == ""
    assert turn_body(turns, 0) == ("", "", "")  # nothing before the first label


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # an agency's own text: its "we" is the agency
        ("JAXA will build the rover. We will fly it with ISRO in 2028.", {"JAXA", "ISRO"}),
        # beside its state named in its own right, the agency's "we" is the state
        ("JAXA will build the rover. Japan signed a pact with India in 2024, and we will fly "
         "the rover with ISRO.", {"Japan", "India", "ISRO"}),
        # the agency named only in the title: its state is still known
        ("Japan signed a pact with India in 2024, and we will fly the rover with ISRO.",
         {"Japan", "India", "ISRO"}),
        # "the Emirates" acting is the state; a place "in the Emirates" is no side
        ("JAXA will build the rover. The Emirates will fly a camera on it with us.",
         {"United Arab Emirates", "JAXA"}),
        ("JAXA will build the rover. Engineers trained in the Emirates will work with ISRO.",
         {"ISRO"}),
    ],
)  # fmt: skip
def test_an_agency_text_speaks_for_its_state_where_it_names_it(claim_doc, blocks, expected):
    doc, _ = claim_doc(blocks, title="JAXA Annual Report 2025")
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected
