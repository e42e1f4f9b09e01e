"""Words that count two sides (`nlp/extract/pair_words.py`): "both countries", "the two
sides", "neither country" are the two sides the text just named, also in a story whose title
names several states (the party rules' principals), and never three or four principals. Found
on the pooled blind dev documents of the fifteenth round (a wire story's "both powers", a
report's "Neither country", a news story's "the two sides" read as four title states). Each row
is the team's own text, with negative rows.
"""

from __future__ import annotations

import pytest

#: A news title naming four states: the party rules' principals, not a joint text.
FOUR = "Kenya, Chile and Peru join a lunar station led by China"


@pytest.mark.parametrize(
    ("title", "blocks", "expected"),
    [
        # the pair just named, not the title's four states
        (FOUR, "Japan and India met in Tokyo in May. Both countries agreed to study a lander.",
         {"Japan", "India"}),
        (FOUR, "Washington and Beijing trade barbs. Both powers now offer seats on landers.",
         {"United States", "China"}),
        # "neither country" is each of the two just named
        ("", "India signed the Accords in 2023 and Japan in 2020. Neither country will build a "
         "rover with France.", {"India", "Japan", "France"}),
        # "both sides" after a state and a foreign agency: the two sides just named
        ("", "Russia will keep working with NASA on the station. The crew swaps suit both "
         "sides.", {"Russia", "NASA"}),
        # "both sides" after two states and other bodies: the two states
        ("", "China works with the UN and with Russia on a treaty. The two sides reject "
         "weapons in orbit.", {"China", "Russia"}),
        # negative: nothing named just before: a word counting two is not four principals
        (FOUR, "The documents were signed on Monday. The two sides will train engineers.",
         set()),
        # negative: three states just named: no pair
        ("", "Japan, India and Italy met. Both countries agreed to study a lander.", set()),
        # negative: "either side" is no pair word ("on either side of the border")
        ("", "Japan and India met. The pact binds either side to notify launches.", set()),
    ],
)  # fmt: skip
def test_words_counting_two_are_the_pair_just_named(claim_doc, title, blocks, expected):
    doc, _ = claim_doc(blocks, title=title)
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected


def test_joint_statement_keeps_its_signatories(claim_doc):
    """Negative: in a joint statement "both countries" are its signatories, whatever was named
    just before."""
    doc, _ = claim_doc(
        "Japan and India met in Tokyo. Both countries will work on a lander.",
        title="Joint Statement of the United States and Brazil",
    )
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == {"United States", "Brazil"}


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # "the two agencies" after a heading and a line naming one of them: the two agencies
        # the story named last, read back sentence by sentence
        ("ISRO and JAXA will fly a rover to the Moon in 2029. The rover will weigh 350 kg. "
         "JAXA will pay for the launch. The two agencies first discussed the mission in 2017.",
         {"ISRO", "JAXA"}),
        # the two agencies named apart, one as a signatory, one as the counterpart
        ("NASA signed a memorandum with the Korea AeroSpace Administration on Monday. It "
         "covers lunar science. Engineers from both agencies will test the camera in Daejeon.",
         {"NASA", "KASA"}),
        # "the two space agencies" with a modifier between
        ("CNES met DLR in Paris. The talks lasted two days. The two space agencies will share "
         "radar data.", {"CNES", "DLR"}),
        # negative: the sentence that reaches two names three agencies: no pair
        ("ESA, NASA and JAXA met in Tokyo. The meeting lasted a day. The two agencies will "
         "share data.", set()),
        # negative: only one agency named before
        ("NASA opened a new centre. The two agencies will share data.", set()),
    ],
)  # fmt: skip
def test_the_two_agencies_are_the_two_named_last(claim_doc, blocks, expected):
    doc, _ = claim_doc(blocks)
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected
