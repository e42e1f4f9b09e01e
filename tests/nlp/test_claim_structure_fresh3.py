"""Modality and parties of claim sentences: causes found on the third fresh dev set
(``corpus/real/structure_fresh3_dev.jsonl``, issue 17). Every case is a sentence of the team's
own, with its negative case."""

from __future__ import annotations

import pytest

JOINT = "Joint Statement of the United States and Japan"
NEWS = "Space news"
FACT = "Fact Sheet: Strengthening U.S. International Space Partnerships"
SPEECH = "Remarks by the Vice President at the National Space Council"


@pytest.mark.parametrize(
    ("title", "text", "label", "modality"),
    [
        # "committed to" with a bare infinitive (the parser reads it as a clause of purpose)
        (JOINT, "The two countries remain committed to maintain close coordination on space debris.", "cooperation", "planned"),
        (JOINT, "Canada and Japan are committed to guarantee steady funding for their joint rover.", "cooperation", "planned"),
        (JOINT, "The two countries remain committed to the alliance with Japan.", "cooperation", "asserted"),
        # an owned goal or objective "of" doing something
        (JOINT, "The leaders reaffirm their shared goal of expanding cooperation on Earth observation.", "cooperation", "planned"),
        (JOINT, "They have a common objective of building resilient satellite networks together.", "cooperation", "planned"),
        (JOINT, "The leaders discussed the goal of the joint mission with Japan.", "cooperation", "asserted"),
        (NEWS, "The commitment of Canada to the station has been tested by budget cuts.", "cooperation", "asserted"),
        # an intention coordinated with a commitment to a noun (an allegiance, asserted alone)
        (JOINT, "The two leaders emphasize their shared commitment to a peaceful Indo-Pacific and their intent to counter the missile programs of North Korea.", "both", "planned"),
        (JOINT, "The two leaders emphasize their shared commitment to a peaceful Indo-Pacific.", "cooperation", "asserted"),
        # an effort under way toward an end, like "is trying to"; working together is a fact
        (JOINT, "We are working to build a joint satellite network with India.", "cooperation", "planned"),
        (JOINT, "We are working together to build a satellite network for the region.", "cooperation", "asserted"),
        (JOINT, "We are working with India on a satellite network.", "cooperation", "asserted"),
        (NEWS, "In 2015 the agencies were working to build a joint satellite network.", "cooperation", "asserted"),
        # a relation being explored is contemplated; a promise to explore is planned; a listed
        # activity of a fact sheet is what was done
        (JOINT, "We are exploring opportunities for joint missions with India.", "cooperation", "hypothetical"),
        (JOINT, "We will explore opportunities for joint missions with India.", "cooperation", "planned"),
        (NEWS, "The two agencies explore the Moon together with a shared orbiter.", "cooperation", "asserted"),
        (FACT, "- Exploring opportunities for Poland's participation in the lunar program.", "cooperation", "asserted"),
        # a relation put in doubt
        (NEWS, "Continued cooperation between Russia and the other partners has been called into question.", "cooperation", "hypothetical"),
        (NEWS, "The future of the joint station with Russia remains in doubt.", "cooperation", "hypothetical"),
        (NEWS, "The two agencies answered every question about the joint station.", "cooperation", "asserted"),
        # a predicate coordinated inside (or misread into) a clause under "recognize that"
        (JOINT, "The two leaders recognize that climate change is a grave threat and intend to cooperate on adaptation.", "cooperation", "planned"),
        (JOINT, "The two leaders recognize that climate change is a grave threat to both countries.", "cooperation", "asserted"),
        # a main predicate of opposition under "continue to" decides over a coordinated "will"
        (JOINT, "They continue to firmly condemn Russia's attacks on satellites and will coordinate their response at the UN.", "both", "asserted"),
        (JOINT, "They continue to study the debris data and will coordinate their response at the UN.", "cooperation", "planned"),
    ],
)  # fmt: skip
def test_modality_fresh3_cases(titled_claim, title, text, label, modality):
    assert titled_claim(title, text, label)._.sc_claim_modality == modality


@pytest.mark.parametrize(
    ("title", "text", "label", "modality"),
    [
        # a comparison of the relation under a negation asserts it (a state: "have", "be")
        (SPEECH, "We have never had a stronger partnership with France.", "cooperation", "asserted"),
        (SPEECH, "There has never been a closer relationship between our two space agencies.", "cooperation", "asserted"),
        (NEWS, "Russia has never had a formal partnership with China in space.", "cooperation", "negated"),
        (SPEECH, "We have never had a partnership with France.", "cooperation", "negated"),
        # the speakers' "would welcome" is an offer; a third party's a possibility
        (SPEECH, "We would welcome Brazil's participation in the program.", "cooperation", "planned"),
        (NEWS, "Japan would welcome Brazil's participation in the program.", "cooperation", "hypothetical"),
        # "on track to" + a verb is a target; "back on track" states where things are
        (SPEECH, "The United States and France are on track to launch the satellite next year.", "cooperation", "planned"),
        (NEWS, "The talks with Russia are back on track.", "cooperation", "asserted"),
    ],
)  # fmt: skip
def test_negated_comparison_and_spoken_offers(titled_claim, title, text, label, modality):
    assert titled_claim(title, text, label)._.sc_claim_modality == modality


def parties(sent) -> set[str]:
    return set(sent._.sc_claim_parties or [])


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # "our nation / country" in a speech is the speaker's state, a side
        (SPEECH, "Our nation will partner with France on climate satellites.", {"United States", "France"}),
        (SPEECH, "Our country has worked with India for decades.", {"United States", "India"}),
        (SPEECH, "We will work with France on climate satellites.", {"United States", "France"}),
        # the country a government is "in" is a side; a place is not
        (JOINT, "The leaders urge the new government in Myanmar to release political prisoners.", {"United States", "Japan", "Myanmar"}),
        (JOINT, "The leaders support ground stations in Chile for the joint mission.", {"United States", "Japan"}),
        # "in the frame of X" is a framework; "with X" a side
        (JOINT, "In the frame of the Quad, the two countries will share maritime data.", {"United States", "Japan"}),
        (JOINT, "The two countries will share maritime data with the Quad.", {"United States", "Japan", "Quad"}),
    ],
)  # fmt: skip
def test_parties_fresh3_cases(titled_claim, title, text, expected):
    assert parties(titled_claim(title, text)) == expected
