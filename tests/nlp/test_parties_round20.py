"""Sides outside instruments found on the twentieth round's pooled blind dev (the wave-7
documents held out the round before): a joint statement's "the two agencies" (the agencies it
named, not the two signatory states), one signatory stressing or recalling its own view ("France
underlined that ...": that side's words only), and a side named by reference whose state is
known from the text before (the state and its own agency are one side in claims.csv, and a state
only implied beside it is not added). Each row is the team's own text, with negative rows.
"""

from __future__ import annotations

import pytest

from pipeline.dataset.rows import rows_from_doc

JOINT = "Joint Statement of the Presidents of Chile and Italy"


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # the two agencies the statement named, not the signatory states
        (
            [
                "The Chilean Space Agency and the Italian Space Agency signed a memorandum on "
                "radar satellites.",
                "Under it, the two agencies will share images of floods.",
            ],
            {"Chilean Space Agency", "ASI"},
        ),
        (
            [
                "The Presidents welcomed the arrangement between ASI and the Chilean Space "
                "Agency on ground stations.",
                "The Presidents also met students in Rome.",
                "Both space agencies will train engineers together from next year.",
            ],
            {"Chilean Space Agency", "ASI"},
        ),
        # negative: no two agencies named: the signatories, as before
        (
            ["The Presidents met in Rome.", "The two agencies will train engineers together."],
            {"Chile", "Italy"},
        ),
        # negative: "the two countries" in a joint statement are its signatories
        (
            [
                "ASI and the Chilean Space Agency met in May.",
                "The two countries will train engineers together.",
            ],
            {"Chile", "Italy"},
        ),
    ],
)
def test_joint_statement_two_agencies_are_the_agencies_named(claim_doc, blocks, expected):
    doc, _ = claim_doc(blocks, title=JOINT)
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one signatory stresses or recalls its own view: that side only
        ("Italy underlined that its launcher gives it independent access to space.", {"Italy"}),
        ("Chile recalled that its policy rests on partnership with all nations.", {"Chile"}),
        ("Italy stressed that rival powers must not jam its navigation satellites.", {"Italy"}),
        ("Chile reiterated that it takes no side in any contest in orbit.", {"Chile"}),
        # the other signatory named in the sentence stays a side
        ("Italy underlined that it will train Chilean engineers in Rome.", {"Italy", "Chile"}),
        # negative: the signatories together stress a common view
        ("The Presidents underlined that they will share radar images.", {"Chile", "Italy"}),
        ("Both sides stressed that they will train engineers together.", {"Chile", "Italy"}),
        # negative: a state's "noted" may state the common view: both, as before
        ("Italy noted the progress of the joint satellite.", {"Italy", "Chile"}),
    ],
)
def test_one_signatory_stressing_its_own_view(claim_doc, sentence, expected):
    doc, _ = claim_doc(sentence, title=JOINT)
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected


def test_claims_rows_never_pair_a_state_with_its_agency_named_before(claim_doc):
    """A side named by a pair word ("the two agencies") is an actor of the sentences before:
    its state is known from there, so a state implied beside it ("Filipino engineers") is not
    added and claims.csv pairs only the two agencies."""
    doc, document = claim_doc(
        [
            "PhilSA and JAXA signed an agreement on Monday.",
            "Under it, the two agencies will train Filipino engineers in Tsukuba.",
        ]
    )
    rows = rows_from_doc(doc, document)
    assert set(rows.sentences[-1]["parties"].split("; ")) == {"PhilSA", "JAXA"}
    pairs = {(r["party_a"], r["party_b"]) for r in rows.claims if r["sentence_id"] == 1}
    assert pairs == {("JAXA", "PhilSA")}


def test_claims_rows_keep_a_foreign_state_beside_an_agency_named_before(claim_doc):
    """Negative: a state that is not the agency's own stays a side and pairs with it."""
    doc, document = claim_doc(
        [
            "PhilSA and JAXA signed an agreement on Monday.",
            "Under it, the two agencies will work with Indonesia on flood maps.",
        ]
    )
    rows = rows_from_doc(doc, document)
    assert set(rows.sentences[-1]["parties"].split("; ")) == {"PhilSA", "JAXA", "Indonesia"}
    pairs = {(r["party_a"], r["party_b"]) for r in rows.claims if r["sentence_id"] == 1}
    assert pairs == {("JAXA", "PhilSA"), ("Indonesia", "JAXA"), ("Indonesia", "PhilSA")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the forum in which the sides coordinate their positions is no side
        (
            "Chile and Italy will coordinate their positions in the Committee on the Peaceful "
            "Uses of Outer Space and at the next World Radiocommunication Conference.",
            {"Chile", "Italy"},
        ),
        (
            "Chile and Italy agreed to coordinate their positions ahead of the World "
            "Radiocommunication Conference.",
            {"Chile", "Italy"},
        ),
        ("Chile and Italy will align their views within the ITU.", {"Chile", "Italy"}),
        # negative: a body the sides work with stays a side
        ("Chile and Italy will work with the ITU on spectrum rules.", {"Chile", "Italy", "ITU"}),
        # negative: a body joined or supported is a side, whatever the stance words nearby
        ("Italy will support Chile's bid to join the ITU.", {"Chile", "Italy", "ITU"}),
    ],
)
def test_forum_of_coordinated_positions_is_no_side(claim_doc, sentence, expected):
    doc, _ = claim_doc(sentence)
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a stance on what unnamed states do: the speakers observe, no side
        ("They expressed concern that some states are testing weapons against satellites.", set()),
        ("The Presidents noted that several countries now court African states with launches.",
         set()),
        ("We are concerned that certain nations keep jamming navigation signals.", set()),
        # negative: a state named in its own right stays a side
        ("We are concerned that some states follow Russia in testing weapons against "
         "satellites.", {"Russia", "Chile", "Italy"}),
        # negative: the signatories' own act is theirs
        ("They agreed that both countries will share radar images.", {"Chile", "Italy"}),
        # negative: named states doing it are the sides
        ("They noted that Japan and India are racing to the lunar pole.", {"Japan", "India"}),
    ],
)  # fmt: skip
def test_stance_on_unnamed_states_has_no_sides(claim_doc, sentence, expected):
    doc, _ = claim_doc(sentence, title=JOINT)
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the body within or outside which an act is done frames it: no side
        ("Within ESA, Spain has concentrated on Earth observation.", {"Spain"}),
        ("India and Japan will give more weight to cooperation within the ITU.",
         {"India", "Japan"}),
        ("After the deal with ESA collapsed, Roscosmos had few partners left outside China.",
         {"ESA", "Roscosmos"}),
        # negative: the same body as a partner "with" whom one works stays a side
        ("Spain will cooperate with ESA on Earth observation.", {"Spain", "ESA"}),
        # negative: a place held within the body is membership, a relation with it
        ("Since 1979 Canada has had the status of an associate state within ESA.",
         {"Canada", "ESA"}),
        ("Since 1 March 1981, Canada has had the special status of an Associate Member within "
         "the ESA.", {"Canada", "ESA"}),
    ],
)  # fmt: skip
def test_body_within_or_outside_which_an_act_is_done_is_no_side(claim_doc, sentence, expected):
    doc, _ = claim_doc(sentence)
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected
