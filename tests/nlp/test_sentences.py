import pytest


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The agency signed the pact in 2021 (Lee, 2020). It took effect a year later.",
            ["The agency signed the pact in 2021 (Lee, 2020).", "It took effect a year later."],
        ),
        (
            "See Art. 5 of the Treaty and Fig. 2 for the timeline. Both were revised.",
            ["See Art. 5 of the Treaty and Fig. 2 for the timeline.", "Both were revised."],
        ),
        (
            "The U.S. position differs, cf. Park et al. (2019) and No. 4 of the series. It held.",
            [
                "The U.S. position differs, cf. Park et al. (2019) and No. 4 of the series.",
                "It held.",
            ],
        ),
        (
            "States shall (a) consult one another; (b) inform the Secretary-General; and (c) "
            "render assistance. This duty is binding.",
            [
                "States shall (a) consult one another; (b) inform the Secretary-General; and (c) "
                "render assistance.",
                "This duty is binding.",
            ],
        ),
        (
            "Details appear in Vol. 12, pp. 45-67 of the proceedings. The debate continued [14].",
            [
                "Details appear in Vol. 12, pp. 45-67 of the proceedings.",
                "The debate continued [14].",
            ],
        ),
        (
            "The minister said the two sides would e.g. share tracking data, i.e. orbit "
            "information. Talks resume in May.",
            [
                "The minister said the two sides would e.g. share tracking data, i.e. orbit "
                "information.",
                "Talks resume in May.",
            ],
        ),
    ],
)
def test_sentence_boundaries(make_doc, paragraph, expected):
    doc = make_doc(paragraph)
    assert [s.text.strip() for s in doc.sents] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an opening quotation mark after a sentence end starts a sentence
        (
            'The series is called the "Lunar Series". "Lunar-1" is its first mission.',
            ['The series is called the "Lunar Series".', '"Lunar-1" is its first mission.'],
        ),
        (
            'They checked the data. "It is the best evidence we have", she said.',
            ["They checked the data.", '"It is the best evidence we have", she said.'],
        ),
        # ... but not after an initial
        (
            "In 1993 President William J. \u201cBill\u201d Clinton invited Russia.",
            ["In 1993 President William J. \u201cBill\u201d Clinton invited Russia."],
        ),
        # an abbreviation that can end a sentence
        (
            "They bought rovers, relays, etc. The next year they launched.",
            ["They bought rovers, relays, etc.", "The next year they launched."],
        ),
        (
            "They bought rovers, relays, etc. and fuel.",
            ["They bought rovers, relays, etc. and fuel."],
        ),
        (
            "It is based in the U.S. The firm grew. It joined the U.S. Space Force.",
            ["It is based in the U.S.", "The firm grew.", "It joined the U.S. Space Force."],
        ),
        # lower case after an ellipsis continues the sentence
        (
            "It improved optical beams\u2026detecting resistance. Next came tests.",
            ["It improved optical beams\u2026detecting resistance.", "Next came tests."],
        ),
        # a bracket glued to a word closes: the next sentence still starts
        (
            "It was built by the Centre (LPSC).At the complex it was fired. The test met the "
            "model. The system has sixteen thrusters.",
            [
                "It was built by the Centre (LPSC).At the complex it was fired.",
                "The test met the model.",
                "The system has sixteen thrusters.",
            ],
        ),
    ],
)
def test_sentence_boundaries_quotes_and_abbreviations(make_doc, paragraph, expected):
    doc = make_doc(paragraph)
    assert [s.text.strip() for s in doc.sents] == expected


def test_blocks_never_share_a_sentence(make_doc):
    doc = make_doc(["Cooperation and rivalry", "NASA and ESA agreed to share data"])
    assert [s.text.strip() for s in doc.sents] == [
        "Cooperation and rivalry",
        "NASA and ESA agreed to share data",
    ]
