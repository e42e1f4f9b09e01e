"""Who a text's "we" is when its title does not say (twenty-second round, found on the pooled
blind dev's documents held out the round before): an agency's masthead or a headline that opens
with the agency makes its people's "we" the agency, and a statement delivered on behalf of a
group of states speaks for the group, not for the mission that prints it nor for a state the
group's name holds. Each row is the team's own text, with negative rows.
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.own_voice import group_speaker, masthead_agency

#: (start_char, canonical, type, country) of a text's first actor mentions.
SITE = (0, "PhilSA", "agency", "Philippines")
HEADLINE = (19, "KASA", "agency", "South Korea")
COMMITTEE = (0, "House Committee on Science, Space, and Technology", "agency", "United States")


@pytest.mark.parametrize(
    ("mentions", "state", "titled", "expected"),
    [
        # an agency's site masthead over its head's blog post
        ([SITE, (300, "Japan", "country", "")], "Philippines", False, "PhilSA"),
        # an interview's headline that opens with the agency
        ([HEADLINE, (60, "South Korea", "country", "")], "South Korea", False, "KASA"),
        # negative: the title names who speaks
        ([SITE], "Philippines", True, ""),
        # negative: a hearing's masthead is a committee, whose members speak for their state
        ([COMMITTEE], "United States", False, ""),
        # negative: the agency is another state's than the one the text speaks for
        ([HEADLINE], "Japan", False, ""),
        # negative: the text's first actor is a country, or the agency stands in the body
        ([(0, "Brazil", "country", ""), (40, "AEB", "agency", "Brazil")],
         "Brazil", False, ""),
        ([(450, "AEB", "agency", "Brazil")], "Brazil", False, ""),
        # negative: a foreign ministry's or a mission's masthead speaks for its state
        ([(0, "Polish Ministry of Foreign Affairs", "agency", "Poland")], "Poland", False, ""),
        ([(12, "Federal Foreign Office", "agency", "Germany")], "Germany", False, ""),
        ([(0, "Department of State", "agency", "United States")], "United States", False, ""),
        ([(5, "Permanent Mission of Chile to the United Nations", "agency", "Chile")],
         "Chile", False, ""),
        # a ministry that is no foreign ministry keeps the rule
        ([(0, "Ministry of Science and ICT", "agency", "South Korea")], "South Korea", False,
         "Ministry of Science and ICT"),
    ],
)  # fmt: skip
def test_masthead_agency(mentions, state, titled, expected):
    assert masthead_agency(mentions, state, titled) == expected


G77 = [(120, "Group of 77", "Group of 77 and China"), (300, "China", "China")]
G21 = [(200, "Group of 21", "Group of 21")]


@pytest.mark.parametrize(
    ("text", "mentions", "headings", "expected"),
    [
        # the heading the ingest keeps apart from the text
        ("Madam Chair, the Group of 77 and China congratulates you.", G77,
         ["PERMANENT MISSION OF THE REPUBLIC OF UGANDA", "STATEMENT ON BEHALF OF THE GROUP OF "
          "77 AND CHINA"], "Group of 77"),
        # a heading line of the text itself, in title case
        ("Statement delivered on behalf of the Group of 21\n\nMr. President, the Group of 21 "
         "thanks you.", [(57, "Group of 21", "Group of 21")], [], "Group of 21"),
        # negative: a sentence of the body names a group's statement; the speaker is a member
        ("Mr. President,\n\nPeru fully supports the statement that Ghana delivered on behalf of "
         "the Group of 21 this morning.", G21, [], ""),
        # negative: on behalf of a state, not a group of states
        ("Statement on behalf of Brazil\n\nMr. Chair, Brazil welcomes the report.",
         [(45, "Brazil", "Brazil")], [], ""),
    ],
)  # fmt: skip
def test_group_speaker(text, mentions, headings, expected):
    assert group_speaker(text, mentions, headings) == expected


def test_an_agency_sites_we_is_the_agency(claim_doc):
    """End to end: under an agency's masthead its head's "we" is the agency, also beside the
    state's own partners; the title names no actor."""
    doc, _ = claim_doc(
        [
            "PhilSA | Philippine Space Agency",
            "The Philippines works with Japan on disaster maps.",
            "We signed an arrangement with JAXA last year.",
        ],
        title="Why a small agency needs friends",
    )
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == {"PhilSA", "JAXA"}


def test_a_group_statements_we_is_the_group(claim_doc):
    """End to end: a statement delivered on behalf of the Group of 77 and China: "we" is the
    group, not China, which the group's name holds."""
    doc, _ = claim_doc(
        [
            "Statement on behalf of the Group of 77 and China",
            "Madam Chair, the Group of 77 and China thanks the Office for its work.",
            "China and Russia lead one lunar programme.",
            "We urge the spacefaring nations to open their training centres to our engineers.",
        ],
        title="Permanent Mission of Uganda to the United Nations",
    )
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == {"Group of 77"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the author of a text of rules named in a clause describing the text: no side
        ("Brazil and Chile will apply the guidelines that COPUOS adopted in 2019.",
         {"Brazil", "Chile"}),
        ("The Code of Conduct for Lunar Operations, adopted by the Committee on the Peaceful "
         "Uses of Outer Space (COPUOS) in 2025, asks Japan and India to share landing plans.",
         {"Japan", "India"}),
        ("Kenya will carry out the principles, which the African Union drafted last year, "
         "together with Ghana.", {"Kenya", "Ghana"}),
        # negative: the body's adopting is the sentence's own act: it stays a side
        ("The UN General Assembly adopted a resolution that asks China and Russia to stop "
         "such tests.", {"UN General Assembly", "China", "Russia"}),
        # negative: a thing that is no text of rules keeps its maker
        ("The rover, built by JAXA, will fly on a lander that NASA operates.", {"JAXA", "NASA"}),
    ],
)  # fmt: skip
def test_the_author_of_a_described_text_of_rules_is_no_side(claim_doc, text, expected):
    doc, _ = claim_doc(text)
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected
