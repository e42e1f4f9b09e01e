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


@pytest.mark.parametrize(
    ("title", "blocks", "expected"),
    [
        # a story about two agencies (its topic the first, their states its principals) quoting
        # an official of the topic agency: the quote's "we" is the agency, not its state
        (
            "Roscosmos, CNSA to finish a lunar power plant design by 2028",
            [
                "Roscosmos Director General Dmitry Bakanov spoke in Moscow.",
                '"Our Chinese colleagues and we have divided the work," Bakanov said.',
            ],
            ["China", "Roscosmos"],
        ),
        (
            "Roscosmos, CNSA to finish a lunar power plant design by 2028",
            [
                "Roscosmos Director General Dmitry Bakanov spoke in Moscow.",
                '"We will fly the reactor with our Indian partners," Bakanov said.',
            ],
            ["India", "Roscosmos"],
        ),
        # negative: the quote speaks for the state: it addresses another side ("you") or names
        # the speaker's own state (an agency's release welcoming a new partner)
        (
            "Roscosmos welcomes Laos to the lunar station",
            [
                "Roscosmos Director General Dmitry Bakanov spoke in Moscow.",
                '"We welcome you to the station, our friends from Laos," Bakanov said.',
            ],
            ["Laos", "Russia"],
        ),
        (
            "Roscosmos welcomes Laos to the lunar station",
            [
                "Roscosmos Director General Dmitry Bakanov spoke in Moscow.",
                '"Russia and Laos take a step today, and we will go further," Bakanov said.',
            ],
            ["Laos", "Russia"],
        ),
        # negative: a story about the state itself quoting its agency's head: the state
        (
            "The United States and Japan plan a lunar rover",
            '"We will fly a Kenyan camera," said NASA Administrator Jared Isaacman.',
            ["Kenya", "United States"],
        ),
    ],
)
def test_quoted_official_of_the_topic_agency(claim_doc, title, blocks, expected):
    """The blind news dev documents of the fifteenth round (a wire story and a report on two
    agencies, each quoting its agency's own officials) against the real dev releases of an
    agency welcoming a new partner state; the rows are the team's own text."""
    doc, _ = claim_doc(blocks, title=title)
    assert sorted(list(doc.sents)[-1]._.sc_claim_parties) == sorted(expected)
