"""Negotiations under way are planned (the guide's decision of the eighteenth round, issue 17):
an instrument or a relation still being negotiated is sought, not yet made, like "working
toward an agreement". The team's own sentences, with negative cases: talks held in the past, a
denial, the participle of a noun phrase and a negotiation as a topic. "is in talks with" reads the
same (the guide's decision of the nineteenth round).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an instrument under negotiation
        ("Three more agreements, with Kenya and with Peru, are under negotiation by CNES.",
         "planned"),
        ("A data-sharing protocol with JAXA is currently under negotiation.", "planned"),
        # talks as subject, still going on
        ("Negotiations with Mexico on a joint ground station are ongoing.", "planned"),
        ("Officials said talks with Italy on the lander were under way.", "planned"),
        # a present progressive of "negotiate", and its backshift under a verb of saying
        ("Norway is negotiating a launch arrangement with the Indian agency.", "planned"),
        ("The ministry said it was negotiating with three European operators.", "planned"),
        ("The barter arrangement is being negotiated by NASA and ESA.", "planned"),
        ("Canada and Japan have been negotiating a new arrangement since March.", "planned"),
        # negative: talks held in the past
        ("The United States and the Soviet Union negotiated the treaty in 1967.", "asserted"),
        ("By then the two agencies had negotiated a barter deal.", "asserted"),
        ("In 1972 the two agencies were negotiating a docking mission.", "asserted"),
        # negative: a denial stays negated
        ("Brazil is not negotiating with China on the antenna.", "negated"),
        ("The minister said no talks with Italy were under way.", "negated"),
        # negative: the participle of a noun phrase, and a negotiation as a topic
        ("The negotiated outcome gave Japan a seat on the station council.", "asserted"),
        ("The negotiation of the station treaty with Russia took a decade.", "asserted"),
    ],
)  # fmt: skip
def test_negotiations_under_way(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in talks / discussions / negotiations with": a negotiation under way (round 19)
        ("Our agency is in talks with Brazil about a shared antenna.", "planned"),
        ("We are in discussions with JAXA about a seat on the lander.", "planned"),
        ("Kenya is also in talks to join the lunar station.", "planned"),
        ("The two agencies are in negotiations with Peru on a tracking site.", "planned"),
        ("The minister said Chile was in talks with ESA on the relay.", "planned"),
        # negative: talks held, talks ahead, a denial, talks as a venue
        ("The agencies held talks with ESA on the relay in March.", "asserted"),
        ("In 2019 Chile was in talks with ESA on a relay, and it signed a year later.",
         "asserted"),
        ("Peru is not in talks with China on the antenna.", "negated"),
        ("Mexico and Colombia will hold talks on a shared satellite next year.", "planned"),
    ],
)  # fmt: skip
def test_in_talks_is_under_way(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected
