"""Modality forms found in the blind documents held out in the sixteenth round (wave 4), in
the team's own sentences, positive and negative (seventeenth round, issue 17).

Each row names a general form of language or a convention of a register: a text's definition
of its own purpose, whose futures and provisions belong to the definition (treaties,
memoranda, arrangements); a hindrance denied ("has not prohibited X from working with Y", "is
not a bar to cooperation", "does not change their support"); an attempt of others rejected; an
openness to an act; a present passive invitation with an infinitive (a policy's call); a
relation put at risk; an offer taken note of or welcomed.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a text defines its purpose: the futures and provisions inside belong to it
        ("Memorandum of Understanding between Kenya and Chile on Space Weather",
         "The purpose of this Memorandum is to set out the terms under which the two agencies "
         "will exchange magnetometer data.", "asserted"),
        ("Agreement between Brazil, Egypt and Norway on Ocean Monitoring",
         "2. The object of this Agreement is to build and operate a shared ground network and "
         "to divide the images it receives.", "asserted"),
        ("Implementing Arrangement between Japan and India concerning a Lunar Drill",
         "The aim of this Arrangement is to fix the conditions under which Japan shall deliver "
         "a drill for the Indian lander, and under which the Parties shall publish the "
         "results.", "asserted"),
        # negative: the same futures as provisions of their own, and an owner's target
        ("Memorandum of Understanding between Kenya and Chile on Space Weather",
         "The two agencies will exchange magnetometer data every month.", "normative"),
        ("Memorandum of Understanding between Kenya and Chile on Space Weather",
         "Kenya's aim is to launch a joint satellite with Chile by 2029.", "planned"),
        ("Agreement between Brazil, Egypt and Norway on Ocean Monitoring",
         "The object will be launched with a Brazilian rocket from the Egyptian site.",
         "normative"),
    ],
)  # fmt: skip
def test_a_text_defining_its_purpose(titled_claim, title, text, expected):
    assert titled_claim(title, text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # a hindrance denied keeps the relation
        ("Chile has not prohibited its universities from working with Kenya on the rover.",
         "cooperation", "asserted"),
        ("Norway does not bar its companies from joining the Indian programme.", "cooperation",
         "asserted"),
        ("The initiative does not seek to exclude any country that works with Japan.",
         "cooperation", "asserted"),
        ("Joining the Chilean station is not in itself a bar to cooperation with Japan.",
         "cooperation", "asserted"),
        ("The sale to Egypt does not change Norway's support for the joint proposal with "
         "India.", "cooperation", "asserted"),
        # an attempt of others rejected is an opposition, in any claim
        ("Kenya and Chile rejected any attempt to draw their agencies into exclusive blocs.",
         "cooperation", "asserted"),
        # negative: a relation refused
        ("Kenya rejected the offer to join the station with Egypt.", "cooperation", "negated"),
        # an openness to an act is a willingness, also after a denied target
        ("The two agencies remain open to working with partners from India and Japan.",
         "cooperation", "planned"),
        ("Nothing in this letter is directed against any other country, and Chile and Kenya "
         "remain open to working with partners from every region.", "cooperation", "planned"),
        # negative: a thing open to a party is a state
        ("The Kenyan station is open to all countries that work with Japan.", "cooperation",
         "asserted"),
        # negative: the relation itself denied, and an intention denied over it
        ("Chile has not worked with Kenya on the rover.", "cooperation", "negated"),
        ("Egypt does not seek to join the station led by Brazil.", "cooperation", "negated"),
        # a present passive invitation with an infinitive: the text's call
        ("Agencies that want to join the Kenyan network are invited to contact the "
         "secretariat in Nairobi.", "cooperation", "normative"),
        ("Member States are invited to share their tracking data with Chile.", "cooperation",
         "normative"),
        # negative: an invitation in the past, and a guest
        ("Kenya was invited to join the station with Brazil in 2021.", "cooperation",
         "asserted"),
        ("India is invited to the summit with Japan.", "cooperation", "asserted"),
        # a relation put at risk: a possibility
        ("The partnership between Norway and India is at risk of falling apart.",
         "cooperation", "hypothetical"),
        ("Budget cuts put the joint mission of Chile and Egypt at risk.", "cooperation",
         "hypothetical"),
        # negative: another phrase with "at"
        ("The agencies of Chile and Egypt are at work on a joint mission.", "cooperation",
         "asserted"),
        # an offer noted or welcomed: what is offered is still to come
        ("The Committee took note of the offer of the Government of Kenya to host a "
         "workshop with Chile.", "cooperation", "planned"),
        ("The ministers welcomed Norway's offer to lend a receiving station to India.",
         "cooperation", "planned"),
        # negative: a visit welcomed is done, and a note taken of a report
        ("The ministers welcomed the visit of the Indian delegation to Norway.",
         "cooperation", "asserted"),
        ("The Committee took note of the report of Kenya on its work with Chile.",
         "cooperation", "asserted"),
    ],
)  # fmt: skip
def test_hindrances_invitations_risks_and_offers(last_claim, text, label, expected):
    assert last_claim("", text, label)._.sc_claim_modality == expected
