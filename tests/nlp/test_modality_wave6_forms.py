"""Modality forms found among the misses of the blind documents held out in the eighteenth
round (wave 6), in the team's own sentences, positive and negative (nineteenth round, issue
17).

Each row names a general form of language or a convention of a register: a need of partners
put as an inability ("No state can do this alone", "can only be met through cooperation"); a
call softened by "would" ("I would ask the Government to ..."); the course to take put as "a
better course / the only option would be for X to"; a necessity under "would" that no verb of
saying reports ("Any such project would need approval"): a supposed consequence; a committee's
recommendation whose clause is a subjunctive the tagger misreads ("recommends that the
Government set up", "that the links be kept open"); "I want to be clear that" (a verb of
discourse under a wish: its clause decides); a reason to refuse a relation judged and denied
("does not regard X as a reason to refuse dialogue").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "can" denied over a verb done alone, whatever the negation
        ("No nation can keep its orbits safe alone.", "normative"),
        ("We cannot build a lunar base alone, and we will not try.", "normative"),
        ("None of the Nordic states can fund a launcher alone.", "normative"),
        # "can only" with partners, with cooperation, or "only together"
        ("Kenya can only reach the Moon with partners such as Italy and Japan.", "normative"),
        ("Debris can only be removed through cooperation between the major operators.",
         "normative"),
        ("Only together can Europe and India keep a foothold in deep space.", "normative"),
        # negative: the past tells what was so
        ("Neither agency could afford the telescope alone, a manager recalled.", "hypothetical"),
        # negative: the "not" belongs to another verb
        ("A new treaty is not something Washington can draft alone.", "asserted"),
        # negative: "only" with a condition, not with partners
        ("Ghana can only join the programme in 2029 with the approval of its parliament.",
         "asserted"),
    ],
)  # fmt: skip
def test_need_of_partners_put_as_an_inability(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's call softened by "would"
        ("I would ask the minister to publish the terms of the deal with Japan.", "normative"),
        ("We would urge both agencies to share their tracking data with Kenya.", "normative"),
        ("I would encourage the Government to open talks with ESA this year.", "normative"),
        # negative: another side's supposed act
        ("They would ask Japan to join the mission.", "hypothetical"),
        # the course to take under "would"
        ("A better course would be for Canada to seek a seat on the ESA council.", "normative"),
        ("The only option is for Chile to work with Brazil on the ground station.", "normative"),
    ],
)  # fmt: skip
def test_softened_calls_and_courses(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a necessity under "would": the consequence of a supposed case
        ("Any shared mission with Beijing would need approval from Congress.", "hypothetical"),
        ("A delay would require ESA to renegotiate its contracts with each partner.",
         "hypothetical"),
        ("Without a treaty, the agencies would have to settle each dispute with Moscow alone.",
         "hypothetical"),
        # negative: a necessity in the present
        ("Europe needs partners in Asia to build the station.", "normative"),
        # negative: a necessity reported with "would" (the report's future)
        ("He said Europe would need partners in Asia to build the station.", "normative"),
    ],
)  # fmt: skip
def test_necessity_under_would(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a committee's present recommendation over a subjunctive the tagger reads as a past
        ("The Committee recommends that the Minister set up a joint office with the UK Space "
         "Agency.", "normative"),
        ("The Committee recommends that the data links with Japanese universities be kept "
         "open.", "normative"),
        ("The Committee recommends that the Department put its partnership with ESA on a "
         "statutory footing.", "normative"),
        # negative: the past reports a recommendation made
        ("The panel recommended that the Government set up an office to work with ESA.",
         "asserted"),
        # negative: a past clause under a verb of noting
        ("The report notes that the agency set up an office with ESA in 2020.", "asserted"),
    ],
)  # fmt: skip
def test_recommendation_over_a_subjunctive(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "want to be clear that": a verb of discourse, the clause decides
        ("I want to be clear that the port is open to every partner that follows our rules.",
         "asserted"),
        ("We want to be clear that Japan will stay our closest partner on the rover.",
         "planned"),
        # negative: a wish to be something is a plan
        ("I want to be a reliable partner for Japan.", "planned"),
    ],
)  # fmt: skip
def test_wish_to_be_clear(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reason to refuse a relation, or a hindrance, judged and denied: the relation stands
        ("We do not regard our place in the Accords as a reason to refuse talks with China.",
         "asserted"),
        ("Korea does not see its alliance as grounds to close the door to other agencies.",
         "asserted"),
        ("India does not view its membership of the Accords as an obstacle to working with "
         "Russia.", "asserted"),
        # negative: the relation itself judged and denied
        ("Korea does not see China as a partner.", "negated"),
    ],
)  # fmt: skip
def test_denied_reason_to_refuse(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in isolation", "on its own": like "alone"
        ("A satellite industry that sells abroad cannot be governed in isolation.", "normative"),
        ("No state can manage lunar traffic on its own.", "normative"),
        # a reply over its clause, with coordinated modals
        ("My answer is that Chile can and must work with its neighbours in space.", "normative"),
        ("Our reply is that Kenya will keep its ties with Italy.", "planned"),
    ],
)  # fmt: skip
def test_isolation_and_replies(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a duty laid or owed in the present
        ("The rule imposes an obligation on each partner to notify the others of any launch.",
         "normative"),
        ("Second, the bill places a duty on operators to share tracking data with the agency.",
         "normative"),
        ("A rover of one signatory owes notice to the other signatories.", "normative"),
        ("The station partners owe one another consultation before any change of orbit.",
         "normative"),
        # negative: a duty laid in the past, a debt of thanks
        ("The 1972 convention placed a duty on states to consult with one another.", "asserted"),
        ("We owe our success to our partners in Japan.", "asserted"),
    ],
)  # fmt: skip
def test_duties_laid_or_owed(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a need backshifted under a past verb of saying
        ("She said that a joint relay was needed because Europe could not rely on one "
         "operator.", "normative"),
        ("The minister said Ghana needed partners such as Japan to build the station.",
         "normative"),
        # negative: a past need with no report
        ("The mission needed help from ESA in 2019.", "asserted"),
    ],
)  # fmt: skip
def test_reported_need(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a subject with a participle of its own read as the root: the modal predicate decides
        ("Memorandum of Understanding between KASA and CNES",
         "Data received from CNES shall be shared with Korean researchers.", "normative"),
        ("Agreement between India and France",
         "Information exchanged under this Agreement shall be used only for peaceful purposes "
         "with the partner.", "normative"),
        # negative: a past verb with an object states a fact
        ("", "NASA launched the probe with ESA in 2020.", "asserted"),
    ],
)  # fmt: skip
def test_subject_participle_read_as_root(last_claim, title, text, expected):
    assert last_claim(title, text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text asking its addressees, its present read as bare after a long subject
        ("The Guidelines for the Safety of Lunar Operations, adopted by the Committee in 2024, "
         "ask states to share data on their landers.", "normative"),
        # negative: a past request of a text
        ("The 1967 treaty asked states to consult one another.", "asserted"),
    ],
)  # fmt: skip
def test_text_asks_after_long_subject(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan whose verb is also a verb of discourse ("add") is no courtesy
        ("JAXA has told us that it intends to add a third antenna there with Australia by 2029.",
         "planned"),
        # negative: a wish over a verb of discourse with a clause; the clause decides
        ("I want to add that Japan is our closest partner.", "asserted"),
        # a hope coordinated after another object
        ("The delegations expressed their satisfaction with the talks and their hope that the "
         "joint group would soon agree on shared projects.", "planned"),
        # negative: satisfaction alone states the relation
        ("The delegations expressed their satisfaction with the joint group's work.", "asserted"),
    ],
)  # fmt: skip
def test_plans_over_discourse_verbs_and_coordinated_hopes(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected
