"""A quoted "we" is the quoted speaker's body (`nlp/extract/quoted_speakers.py`), marked blind in
the second news wave of the fourteenth round: a wire story quoting an agency chief by surname,
a feature continuing a manager's quote in the next paragraph. Each row is the team's own text;
the negative rows keep the principals' reading (the country a news story names most), also
for a speaker of that state.
"""

from __future__ import annotations

import pytest

#: A story whose most mentioned state (its principal by the party rules) is the United States.
LEAD = (
    "Officials of the United States met in Geneva. The United States and Canada talked. "
    "The United States and Peru talked. The United States and Chile talked."
)


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # the speaker after the quote, tied to an agency by the appositive after the name
        [
            [
                LEAD,
                'The United States will host the next round. "We will fly a Kenyan camera," '
                "said Keiko Tanabe, a JAXA project manager.",
            ],
            ["JAXA", "Kenya"],
        ],
        # the speaker by surname, after a full mention with the agency in the title
        [
            [
                LEAD,
                "Roscosmos Director General Dmitry Bakanov opened the forum in Kazan.",
                "India and the United States sent delegates.",
                '"Our Indian partners and we will build the lander together," Bakanov said.',
            ],
            ["India", "Roscosmos"],
        ],
        # a quote continued in the next paragraph, its speaker named in the one before
        [
            [
                LEAD,
                '"The rover is the hard part," said Keiko Tanabe, a JAXA project manager.',
                '"India brings the lander, and we bring the rover."',
            ],
            ["India", "JAXA"],
        ],
        # negative: a speaker of the principal state itself (a release quoting its agency's
        # head): the principals' reading, the state
        [
            [
                LEAD,
                '"We will fly a Kenyan camera," said NASA Administrator Jared Isaacman.',
            ],
            ["Kenya", "United States"],
        ],
        # negative: "we" outside any quote stays the principals' reading
        [
            [
                "The United States praised the project.",
                "Keiko Tanabe, a JAXA project manager, spoke. We will work with India.",
            ],
            ["United States", "India"],
        ],
        # negative: the quote before names two persons: no one speaker, the principals' reading
        [
            [
                "The United States praised the project.",
                '"The rover is the hard part," said Keiko Tanabe of JAXA and Anders Berg of ESA.',
                '"India brings the lander, and we bring the rover."',
            ],
            ["India", "Japan"],
        ],
    ],
)
def test_quoted_first_person_is_the_speakers_body(claim_doc, blocks, expected):
    doc, _ = claim_doc(blocks)
    assert sorted(list(doc.sents)[-1]._.sc_claim_parties) == sorted(expected)
