"""Those one works with "in" a state stand for it (hearings14b, round 14).

A member's press statement ("our partners in Tokyo and Canberra") and a printed hearing
record ("our partners in Japan and Europe") of the blind hearing set's dev documents read the
state after "partners in" as a place: the capitals were no actors, the country no side. A
partner, an ally or a counterpart "in" a state is its government, as "the government in X"
already was (``metonyms.PARTNER_NOUNS``, ``party_rules._government_in``); stations, staff or
trips "in" a state keep it a place.

Every sentence is the team's own; each table has negative cases.
"""

from __future__ import annotations

import pytest

CAPITALS = [
    ("We will ask our partners in Tokyo and Canberra to wait for us.", ["Japan", "Australia"]),
    ("Our counterparts in Beijing have not answered the letter.", ["China"]),
    ("The allies in Paris and Berlin want a larger share of the work.", ["France", "Germany"]),
    # negative cases: a place of stations, of staff, of a meeting
    ("NASA opened tracking stations in Canberra and Madrid.", []),
    ("Our staff in Tokyo met the agency to discuss the lander.", []),
    ("The partners met in Tokyo last week.", []),
]


@pytest.mark.parametrize("sentence, expected", CAPITALS)
def test_capital_of_partners_is_its_country(make_doc, sentence, expected) -> None:
    doc = make_doc([sentence], year=2026)
    countries = [a.kb_id_ for a in doc.spans["actors"] if a.label_ == "country"]
    assert countries == expected


SIDES = [
    ("If we slip the landing again, our partners in Japan and Europe will notice.", "Japan", True),
    ("Our allies in Canada have offered to fly the arm on the station.", "Canada", True),
    # negative cases: a state where something is built or happens is no side
    ("NASA built ground stations in Australia and Spain with its partners.", "Australia", False),
    ("The partners met in Japan to sign the arrangement with NASA.", "Japan", False),
]


@pytest.mark.parametrize("sentence, country, side", SIDES)
def test_state_of_partners_is_a_side(claim_doc, sentence, country, side) -> None:
    doc, _ = claim_doc([sentence], "cooperation", year=2026)
    assert (country in list(doc.sents)[-1]._.sc_claim_parties) == side
