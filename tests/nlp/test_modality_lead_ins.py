"""Modality of list items under a lead-in, of a modal the parser leaves unattached, and of
"has" read as an auxiliary (issue 17, twelfth round). The team's own sentences, marked by
docs/annotation-guide.md ("Modality") before the pipeline was run on them; none is taken from
a real document. Each table has negative cases: a lead-in that states a fact, a heading, an
item with a subject and a verb of its own, a sentence between the item and the colon; a
modal that opens a condition; a role "for" something and a past "had to".
"""

from __future__ import annotations

import pytest

SHEET = "FACT SHEET: The United States and Chile Deepen Their Space Partnership"
POLICY = "Memorandum on the National Policy for Lunar Logistics"
SPEECH = "Remarks by the Administrator at the Space Partners Forum"
PRINCIPLES = "Principles on the Use of Reactors in Outer Space"


LEAD_INS = [
    # a plan in the lead-in: its items, with no cue of their own, are what is planned
    (SHEET, ["The new working group will deepen cooperation with Chile on clean mining, "
             "including on:", "- Mapping the production capacity of both countries."], "planned"),
    (SHEET, ["The two agencies will expand their joint work in several areas:",
             "- Exchanging staff between the two launch centres.",
             "- Enhancing collaboration on tracking data with Chile."], "planned"),
    # a duty in the lead-in, in a directive that is not itself a legal instrument's title
    (POLICY, ["(c) The Administrator of NASA shall, in consultation with other agencies:",
              "(iv) facilitate access by industry partners to flight data from Japan;"],
     "normative"),
    (POLICY, ["(b) The Secretary of Commerce should, together with the Administrator:",
              "(i) review the launch needs of allied nations;",
              "(ii) share lessons learned with allied launch providers."], "normative"),
    # negative: a lead-in that states a fact passes nothing on
    (SHEET, ["Today the two leaders announced the following steps:",
             "- Mapping the production capacity of both countries."], "asserted"),
    # negative: a heading that ends with a colon
    (SHEET, ["Working with partners:", "- Mapping the production capacity of Chile."],
     "asserted"),
    # negative: an item with a subject and a verb of its own keeps its own modality
    (SHEET, ["The new working group will deepen cooperation with Chile, including on:",
             "- Chile and the United States signed a data agreement in May."], "asserted"),
    # negative: a full sentence between the colon and the item ends the list
    (SHEET, ["The new working group will deepen cooperation with Chile, including on:",
             "- Mapping the production capacity of both countries.",
             "The United States also signed a data agreement with Peru in May.",
             "- Exchanging staff between the two launch centres."], "asserted"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "blocks", "modality"), LEAD_INS)
def test_a_list_item_takes_the_plan_or_duty_of_its_lead_in(last_claim, title, blocks, modality):
    assert last_claim(title, blocks)._.sc_claim_modality == modality


FORMS = [
    # "has" (an auxiliary to the tagger) with a duty and a "to" clause: a norm, like "have"
    (SPEECH, "This council has the important responsibility to coordinate our work with "
             "allied agencies.", "normative"),
    (SPEECH, "Every spacefaring nation has a duty to share tracking data with its "
             "neighbours.", "normative"),
    (SPEECH, "Every nation has to do its part in sharing tracking data with its neighbours.",
     "normative"),
    # negative: a role "for" something, a past necessity, a possession
    (SPEECH, "The council has responsibility for the joint tracking network with Canada.",
     "asserted"),
    (SPEECH, "In those years the agency had to rely on Russian rockets to reach the station.",
     "asserted"),
    (SPEECH, "The agency has a long history of partnership with Canada.", "asserted"),
    # a normative modal the parser hangs on no verb: still a duty
    (PRINCIPLES, "Any State operating a reactor in orbit shall in a timely fashion inform "
                 "States concerned in the event of a malfunction.", "normative"),
    # negative: a modal that opens a condition
    (SPEECH, "Should the talks with Brazil fail, our agency would turn to India.",
     "hypothetical"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "text", "modality"), FORMS)
def test_duties_with_has_and_unattached_modals(titled_claim, title, text, modality):
    assert titled_claim(title, text)._.sc_claim_modality == modality
