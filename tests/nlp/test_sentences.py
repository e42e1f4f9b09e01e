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
            "The section was added in 2015 by Pub. L. 114-90, title IV, and took effect at "
            "once. A later act amended it.",
            [
                "The section was added in 2015 by Pub. L. 114-90, title IV, and took effect at "
                "once.",
                "A later act amended it.",
            ],
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


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a capitalised function word after a word's period starts a sentence ...
        (
            "The probe is described in section 4. Finally, we compare the two orbits.",
            ["The probe is described in section 4.", "Finally, we compare the two orbits."],
        ),
        (
            "We fit the decay for each size L. We then read off the slope.",
            ["We fit the decay for each size L.", "We then read off the slope."],
        ),
        (
            "The drag scales as v/c. The heating is smaller.",
            ["The drag scales as v/c.", "The heating is smaller."],
        ),
        (
            "The fit gives the ratio tB. For larger values the orbit decays.",
            ["The fit gives the ratio tB.", "For larger values the orbit decays."],
        ),
        (
            "The method follows Okafor et al. In our survey the sample is larger.",
            ["The method follows Okafor et al.", "In our survey the sample is larger."],
        ),
        (
            'Asked about a joint base, the envoy replied "No." The talks went on.',
            ['Asked about a joint base, the envoy replied "No."', "The talks went on."],
        ),
        (
            "The minister said no. The vote was held anyway.",
            ["The minister said no.", "The vote was held anyway."],
        ),
        # ... but not after an initial, a known abbreviation or a name's title
        (
            "Satellite No. 5 and annex No. I of the series were approved.",
            ["Satellite No. 5 and annex No. I of the series were approved."],
        ),
        (
            "The firm Orbital Inc. In-Space Services was founded in 2019.",
            ["The firm Orbital Inc. In-Space Services was founded in 2019."],
        ),
        (
            "The mission was named by John F. Kennedy in his speech.",
            ["The mission was named by John F. Kennedy in his speech."],
        ),
        (
            "The network of K. He and the array of L. An share one design.",
            ["The network of K. He and the array of L. An share one design."],
        ),
        (
            "As noted in Ref. [8], the rate drops; see Refs. 12-14 and Eqs. 3-5 for the fit.",
            ["As noted in Ref. [8], the rate drops; see Refs. 12-14 and Eqs. 3-5 for the fit."],
        ),
        (
            "The design follows Okafor et al. (2019) closely.",
            ["The design follows Okafor et al. (2019) closely."],
        ),
        (
            "The agency funds the work, cf. Sect. 2 and Tab. 4 of the plan.",
            ["The agency funds the work, cf. Sect. 2 and Tab. 4 of the plan."],
        ),
    ],
)
def test_a_function_word_after_a_period_starts_a_sentence(make_doc, paragraph, expected):
    doc = make_doc(paragraph)
    assert [s.text.strip() for s in doc.sents] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # after a symbol that is never an initial, any capitalised word starts a sentence
        (
            "The drift grows with the offset δE. Figure 3 plots it for two orbits.",
            ["The drift grows with the offset δE.", "Figure 3 plots it for two orbits."],
        ),
        (
            "The tether stays taut beyond the angle φ. Numerical runs agree with this.",
            ["The tether stays taut beyond the angle φ.", "Numerical runs agree with this."],
        ),
        (
            "The cell ages by about 10^6 y. Section 5 gives the spread.",
            ["The cell ages by about 10^6 y.", "Section 5 gives the spread."],
        ),
        (
            "The shield absorbs 3 Gy/a. Values near the hatch are higher.",
            ["The shield absorbs 3 Gy/a.", "Values near the hatch are higher."],
        ),
        (
            "The detector saturates above 40 keV. Calibration runs were repeated twice.",
            ["The detector saturates above 40 keV.", "Calibration runs were repeated twice."],
        ),
        # a one-letter abbreviation before a capitalised function word is a variable
        (
            "The bound holds for every n. The proof is given below.",
            ["The bound holds for every n.", "The proof is given below."],
        ),
        (
            "We sum the terms for k = 1, . . ., N. This gives the total drag.",
            ["We sum the terms for k = 1, . . ., N.", "This gives the total drag."],
        ),
        (
            "The drag is proportional to P/A. Tables 2 and 3 give both.",
            ["The drag is proportional to P/A.", "Tables 2 and 3 give both."],
        ),
        # a step of an argument after a variable: an imperative or a participle
        (
            "The torque vanishes on the boundary of D. Note that the sign is fixed.",
            ["The torque vanishes on the boundary of D.", "Note that the sign is fixed."],
        ),
        (
            "The drift depends only on the spacing Q. Following the same steps, we bound it.",
            ["The drift depends only on the spacing Q.", "Following the same steps, we bound it."],
        ),
        (
            "The gain is largest near the pole z. Obviously, this needs a small step.",
            ["The gain is largest near the pole z.", "Obviously, this needs a small step."],
        ),
        # ... but a label's letter after a capitalised word keeps its text
        (
            "Guideline C. Consider the cost of each launch before the review.",
            ["Guideline C. Consider the cost of each launch before the review."],
        ),
        (
            "Lemma 4. Assume that the orbit stays bounded.",
            ["Lemma 4. Assume that the orbit stays bounded."],
        ),
        (
            "The series converges for k > 2. Let us now bound its tail.",
            ["The series converges for k > 2.", "Let us now bound its tail."],
        ),
        # ... and a capital letter before a name is an initial, and "v." joins two parties
        (
            "The orbit was computed by R. Castillo and checked by a second team.",
            ["The orbit was computed by R. Castillo and checked by a second team."],
        ),
        (
            "The court heard Orbital Freight v. Mendes in the spring session.",
            ["The court heard Orbital Freight v. Mendes in the spring session."],
        ),
        (
            "The lab of T. He and the group of B. An share a clean room.",
            ["The lab of T. He and the group of B. An share a clean room."],
        ),
        (
            "The source is quoted in n. 14 and on p. 203 of the report.",
            ["The source is quoted in n. 14 and on p. 203 of the report."],
        ),
        (
            "The ratio follows from the fit, e.g. Figure 3 and Table 2.",
            ["The ratio follows from the fit, e.g. Figure 3 and Table 2."],
        ),
    ],
)
def test_any_capitalised_word_after_a_symbol_starts_a_sentence(make_doc, paragraph, expected):
    doc = make_doc(paragraph)
    assert [s.text.strip() for s in doc.sents] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an enumeration label opens the sentence after it
        (
            "The steps are listed below. 1. We collect the data. 2. We fit the model.",
            ["The steps are listed below.", "1. We collect the data.", "2. We fit the model."],
        ),
        (
            "III. The Legal Framework of Lunar Activities",
            ["III. The Legal Framework of Lunar Activities"],
        ),
        # a number that ends a sentence is no label
        (
            "The count of launch pads rose to 1. The next year it rose to 3.",
            ["The count of launch pads rose to 1.", "The next year it rose to 3."],
        ),
        # a spaced ellipsis followed by lower case continues the sentence
        (
            "The terms c(1), c(2), . . . grow with the order of the expansion.",
            ["The terms c(1), c(2), . . . grow with the order of the expansion."],
        ),
        (
            "The memo reads \u201cthe budget for the rover . . .\u201d before it breaks off. "
            "It was never sent.",
            [
                "The memo reads \u201cthe budget for the rover . . .\u201d before it breaks off.",
                "It was never sent.",
            ],
        ),
        # a spaced ellipsis inside mathematics' angle brackets ends no sentence
        (
            "The drift is the mean \u27e8. . .\u27e9 over the orbits of one season. "
            "It stays small.",
            [
                "The drift is the mean \u27e8. . .\u27e9 over the orbits of one season.",
                "It stays small.",
            ],
        ),
        # a bracket still open long after its start lost its closer: a sentence end ends it
        (
            "The model follows the derivation of the two groups (Okafor and Lindqvist and "
            "extends it to the case of a rotating frame with a slowly and smoothly varying field. We test "
            "it on two orbits.",
            [
                "The model follows the derivation of the two groups (Okafor and Lindqvist and "
                "extends it to the case of a rotating frame with a slowly and smoothly varying field.",
                "We test it on two orbits.",
            ],
        ),
        # ... also when a bracket nested in it opened and closed since
        (
            "The runs used the cluster of the computing centre (www.example-hpc.org. The cluster "
            "is funded by the agency and by the science council (grant AB-7) through its capital "
            "fund. This work was also supported by the ministry.",
            [
                "The runs used the cluster of the computing centre (www.example-hpc.org. The "
                "cluster is funded by the agency and by the science council (grant AB-7) through "
                "its capital fund.",
                "This work was also supported by the ministry.",
            ],
        ),
        (
            "The orbit (see ch. 4. The table) is low.",
            ["The orbit (see ch. 4. The table) is low."],
        ),
        # punctuation never opens a sentence
        (
            "The sum runs over k = 1, . . . , K and converges.",
            ["The sum runs over k = 1, . . . , K and converges."],
        ),
    ],
)
def test_labels_ellipses_and_punctuation(make_doc, paragraph, expected):
    doc = make_doc(paragraph)
    assert [s.text.strip() for s in doc.sents] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a capital letter used as a symbol ends a sentence before any capitalised word
        (
            "The yield depends on the ratio of A and B. Different fuels shift it.",
            ["The yield depends on the ratio of A and B.", "Different fuels shift it."],
        ),
        (
            "The cost of N probes grows with N. Larger fleets cost less per probe.",
            ["The cost of N probes grows with N.", "Larger fleets cost less per probe."],
        ),
        (
            "The drift scales as 1/N. Longer arcs reduce it.",
            ["The drift scales as 1/N.", "Longer arcs reduce it."],
        ),
        # a number at a sentence end, not a label's number
        (
            "The track is plotted in Fig. 2. Smaller orbits lie inside it.",
            ["The track is plotted in Fig. 2.", "Smaller orbits lie inside it."],
        ),
        # abbreviations, initials and labels do not end a sentence
        (
            "The panel heard Dr. A. Smith say that the pact helps. It met again.",
            ["The panel heard Dr. A. Smith say that the pact helps.", "It met again."],
        ),
        (
            "The lap time T is short. We thank T. Okonkwo for the grid of size N.",
            ["The lap time T is short.", "We thank T. Okonkwo for the grid of size N."],
        ),
        (
            "The report by Lee and B. Jones appeared in May.",
            ["The report by Lee and B. Jones appeared in May."],
        ),
        (
            "The talk by A. Lee and B. Jones followed the vote.",
            ["The talk by A. Lee and B. Jones followed the vote."],
        ),
        (
            "As Fig. 3 shows, two firms, e.g. Acme and Orbex, bid for it.",
            ["As Fig. 3 shows, two firms, e.g. Acme and Orbex, bid for it."],
        ),
        (
            "The U.S. agencies and Item No. 5 of the list stayed.",
            ["The U.S. agencies and Item No. 5 of the list stayed."],
        ),
        (
            "The study by Park et al. found no effect. The board agreed.",
            ["The study by Park et al. found no effect.", "The board agreed."],
        ),
        (
            "The effect was first seen by Lee et al. Recent work confirms it.",
            ["The effect was first seen by Lee et al.", "Recent work confirms it."],
        ),
        (
            "Lee et al. Science 12 and Park et al. (2019) agree with Kim et al. [4] on it.",
            ["Lee et al. Science 12 and Park et al. (2019) agree with Kim et al. [4] on it."],
        ),
        (
            "This follows from Eq. (3). Then the sum converges.",
            ["This follows from Eq. (3).", "Then the sum converges."],
        ),
        (
            "The orbit lies at 500 km. Other craft fly lower.",
            ["The orbit lies at 500 km.", "Other craft fly lower."],
        ),
        (
            "Section 2. Purposes of the Act are listed below.",
            ["Section 2. Purposes of the Act are listed below."],
        ),
        (
            "The letter from George W. Bush arrived in June.",
            ["The letter from George W. Bush arrived in June."],
        ),
        # a legislature's resolution before its number
        (
            "The panel took up H. Res. 512, which praises the crew. It passed.",
            ["The panel took up H. Res. 512, which praises the crew.", "It passed."],
        ),
        (
            "Without objection, S. Con. Res. 40 is agreed to.",
            ["Without objection, S. Con. Res. 40 is agreed to."],
        ),
    ],
)
def test_symbols_numbers_and_abbreviations_at_a_period(make_doc, paragraph, expected):
    doc = make_doc(paragraph)
    assert [s.text.strip() for s in doc.sents] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a question put in between dashes: the sentence goes on after it
        (
            "The work is about trust \u2014 is it not? \u2014 and about sharing data.",
            ["The work is about trust \u2014 is it not? \u2014 and about sharing data."],
        ),
        (
            "They asked -- why not? -- and the board agreed to the plan.",
            ["They asked -- why not? -- and the board agreed to the plan."],
        ),
        # negative: a dash before a capital, or a question with no dash, ends the sentence
        (
            "Who pays for it? \u2014 The partners do, in equal shares.",
            ["Who pays for it?", "\u2014 The partners do, in equal shares."],
        ),
        (
            "Who pays for it? The partners do, in equal shares.",
            ["Who pays for it?", "The partners do, in equal shares."],
        ),
    ],
)
def test_a_question_between_dashes_does_not_end_the_sentence(make_doc, paragraph, expected):
    doc = make_doc(paragraph)
    assert [s.text.strip() for s in doc.sents] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The rover model stands in a museum in Washington, D.C. Image credit: the museum.",
            ["The rover model stands in a museum in Washington, D.C.", "Image credit: the museum."],
        ),
        (
            "The lander after touchdown. Photo courtesy of the agency.",
            ["The lander after touchdown.", "Photo courtesy of the agency."],
        ),
        (
            "Engineers test the antenna in Calif. Credit: the laboratory.",
            ["Engineers test the antenna in Calif.", "Credit: the laboratory."],
        ),
        # negative: an abbreviation before another capitalised word, and "credit" in prose
        (
            "The office in the D.C. Headquarters building joined the call.",
            ["The office in the D.C. Headquarters building joined the call."],
        ),
        (
            "Talks with U.S. Credit Union officials ran late that week.",
            ["Talks with U.S. Credit Union officials ran late that week."],
        ),
    ],
)
def test_a_credit_line_starts_a_sentence(make_doc, paragraph, expected):
    doc = make_doc(paragraph)
    assert [s.text.strip() for s in doc.sents] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The work was led by the laboratory. and in 1932 two rockets flew.",
            ["The work was led by the laboratory. and in 1932 two rockets flew."],
        ),
        (
            "The office of the Gen. of the army replied.",
            ["The office of the Gen. of the army replied."],
        ),
        # negative: a symbol, a brand or a capitalised word after a period starts a sentence
        (
            "Costs rose in 2020. x denotes the rate of growth.",
            ["Costs rose in 2020.", "x denotes the rate of growth."],
        ),
        (
            "The launch slipped to May. eBay sold the model later.",
            ["The launch slipped to May.", "eBay sold the model later."],
        ),
        (
            "The test ended in 1932. The rockets flew again.",
            ["The test ended in 1932.", "The rockets flew again."],
        ),
    ],
)
def test_a_lower_case_function_word_never_starts_a_sentence(make_doc, paragraph, expected):
    doc = make_doc(paragraph)
    assert [s.text.strip() for s in doc.sents] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an exclamation mark that is part of a name: the sentence goes on in lower case
        (
            "The agency funds new launchers through the Ascend! programme and two prizes.",
            ["The agency funds new launchers through the Ascend! programme and two prizes."],
        ),
        (
            "She won a Jeopardy! episode about rockets in 2019.",
            ["She won a Jeopardy! episode about rockets in 2019."],
        ),
        # negative: a capitalised word, or an exclamation mark after a lower-case word
        (
            "We did it! The crew is home after six months.",
            ["We did it!", "The crew is home after six months."],
        ),
        (
            "Welcome to the Ascend! Our partners join us today.",
            ["Welcome to the Ascend!", "Our partners join us today."],
        ),
    ],
)
def test_an_exclamation_mark_in_a_name_does_not_end_the_sentence(make_doc, paragraph, expected):
    doc = make_doc(paragraph)
    assert [s.text.strip() for s in doc.sents] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "Together" opens a sentence after a Roman numeral's period
        (
            "The two navies have sailed together since World War I. Together, they now "
            "patrol the strait.",
            [
                "The two navies have sailed together since World War I.",
                "Together, they now patrol the strait.",
            ],
        ),
        # negative: an initial before a surname, and "together" inside a sentence
        (
            "The study by Mary I. Hollis was read together with the annex.",
            ["The study by Mary I. Hollis was read together with the annex."],
        ),
    ],
)
def test_together_opens_a_sentence(make_doc, paragraph, expected):
    doc = make_doc(paragraph)
    assert [s.text.strip() for s in doc.sents] == expected
