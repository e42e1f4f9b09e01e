"""Modality forms found in the blind documents held out in the seventeenth round (wave 5), in
the team's own sentences, positive and negative (eighteenth round, issue 17).

Each row names a general form of language or a convention of a register: an indirect question
under a verb of asking or deliberating, also without a modal ("asked whether the agency had
met ...", "are weighing whether to join", "pressed the officials on whether", "wanted to know
how"); a sentence or list item that opens with an indirect question (a parliamentary
question's parts, "Whether X will join remains unclear"); what an instrument provides for,
told outside the instrument ("The memorandum also provides for a joint study"); an opinion
stated over its clause ("The Government's position is that X should"); a necessity put as
"cannot afford to", whatever the subject, also under "concluded that"; a fear of a thing and a
fear reported ("engineers fear a split", "said X worried that Y could"); a verb of relation
with a phrase of its own as the main predicate before a coordinated norm ("Others are racing
for the pole, and Kenya cannot afford to watch"); "can" with a subject of a kind outside a
legal instrument ("A state can join by signing a letter": a possibility open to anyone).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "whether" clause under a verb of asking or deliberating, with or without a modal
        ("The senator asked whether NASA had met Chinese officials about the station.",
         "hypothetical"),
        ("Chile and Norway are weighing whether to join the Indian relay network.",
         "hypothetical"),
        ("The chair pressed the minister on whether Kenya had signed anything with Russia.",
         "hypothetical"),
        ("The committee queried whether the agency still shares data with Moscow.",
         "hypothetical"),
        ("One member wanted to know whether Egypt had talked to Japan about the rover.",
         "hypothetical"),
        # a "how" clause under a verb that asks someone, with any verb
        ("The deputy wanted to know how the Union intended to work with Japan on debris.",
         "hypothetical"),
        ("The senator asked how NASA works with its partners in Brazil.", "hypothetical"),
        # negative: a "how" clause under a verb of deliberating without a modal, and a known
        # fact
        ("The ministers discussed how their agencies work together on debris.", "asserted"),
        ("We know how Japan and India work together on the rover.", "asserted"),
        # negative: pressing on a topic, no question
        ("The senator pressed the administrator on cooperation with China.", "asserted"),
        # negative: the question in a participle clause; the main clause decides
        ("Asked whether Kenya might rejoin the project, the minister said no talks with "
         "Italy were under way.", "negated"),
    ],
)  # fmt: skip
def test_indirect_questions_under_verbs_of_asking(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parliamentary question's parts, with or without their marker
        ("(a) whether the Government has concluded any new agreements with Japan on lunar "
         "science;", "hypothetical"),
        ("whether Russia has invited Kenya to join its lunar station;", "hypothetical"),
        # a question as subject
        ("Whether Chile and Norway will ever build the satellite together remains unclear.",
         "hypothetical"),
        ("Whether such cooperation with India happens depends on Tokyo.", "hypothetical"),
        # negative: concessions, where the main clause decides
        ("Whether in Europe or in Asia, we work with partners on every mission.", "asserted"),
        ("Whether we like it or not, we need a working line to Beijing on debris.",
         "normative"),
    ],
)  # fmt: skip
def test_an_opening_indirect_question(last_claim, text, expected):
    assert last_claim("Unstarred Question: Lunar Partners", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # outside the instrument, what it provides for is still to be done
        ("Readout of the Foreign Ministers' Meeting",
         "The memorandum also provides for a joint study of a rover that the two agencies "
         "might build.", "planned"),
        ("Remarks by the Prime Minister at the Signing Ceremony",
         "The agreement provides for cooperation in satellite navigation between Chile and "
         "Norway.", "planned"),
        ("Press Release: Kenya and Japan Sign Space Arrangement",
         "The new arrangement provides for the exchange of scientists between Kenya and "
         "Japan.", "planned"),
        # negative: the past (an arrangement of the time), a subject that is no instrument
        ("Readout of the Foreign Ministers' Meeting",
         "The treaty provided for joint patrols between Chile and Peru.", "asserted"),
        ("Readout of the Foreign Ministers' Meeting",
         "Both alliances provide for consultation among their members.", "asserted"),
        # negative: inside the instrument, its own words are no plan
        ("Agreement between Chile and Norway on Satellite Navigation",
         "This Agreement provides for cooperation in satellite navigation between the "
         "Parties.", "asserted"),
    ],
)  # fmt: skip
def test_what_an_instrument_provides_for(titled_claim, title, text, expected):
    assert titled_claim(title, text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opinion stated over its clause: the clause decides
        ("The Government's position is that lunar activities should be coordinated with "
         "Japan.", "normative"),
        ("Our view is that Kenya will join the station with China next year.", "planned"),
        ("The position of Japan is that it could join the Chinese station.", "hypothetical"),
        # negative: a clause of fact, and a position that is a place
        ("Our view is that Kenya and Chile have worked well together.", "asserted"),
        ("The position of the rover is near the Indian lander.", "asserted"),
        # "cannot afford to": a necessity whatever the subject, also under "concluded that"
        ("Kenya cannot afford to choose between Japan and China.", "normative"),
        ("Several states have concluded that the Union cannot afford to rely on Chinese "
         "providers.", "normative"),
        # negative: a means lacking, and a past conclusion of fact
        ("Neither Chile nor Norway could afford the mission alone.", "hypothetical"),
        ("The review concluded that cooperation between Japan and India had worked well.",
         "asserted"),
        ("Kenya and Chile concluded an agreement on a shared ground station.", "asserted"),
        # a verb of relation with a phrase of its own decides before a coordinated norm
        ("Other nations are racing for the pole, and Kenya cannot afford to stay out.",
         "asserted"),
        # negative: a main verb with no phrase of its own shares the clause
        ("Japan welcomes and is delighted that France will stay in the programme with India.",
         "planned"),
        # a fear of a thing, and a fear reported: what may come
        ("Engineers fear a split between the American and Chinese relay standards.",
         "hypothetical"),
        ("An official said Paris worried that the station could give Moscow a new window on "
         "European satellites.", "hypothetical"),
        ("Fiji and Tonga fear the best frequencies will be taken by American and Chinese "
         "firms.", "planned"),
        # negative: a fear of the past, and a worry about a thing that is
        ("The United States feared a rival to its navigation system from Europe in the "
         "1990s.", "asserted"),
        ("An official said Paris worried about the station, which it shares with Moscow.",
         "asserted"),
    ],
)  # fmt: skip
def test_opinions_necessities_and_fears(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # "can" with a subject of a kind: a possibility open to anyone of that kind
        ("Think-Tank Report on Lunar Coalitions",
         "A country that belongs to both groups can bargain with Tokyo and Delhi at once.",
         "hypothetical"),
        ("Think-Tank Report on Lunar Coalitions",
         "A state can join the Chilean programme by signing a letter with its agency.",
         "hypothetical"),
        ("Hearing Record",
         "Treating every mission as a race can drive Kenya into decisions against Japan.",
         "hypothetical"),
        # negative: a definite subject, the speaker's own ability, a denial
        ("Think-Tank Report on Lunar Coalitions",
         "These sales can threaten partners of Japan in the region.", "asserted"),
        ("Hearing Record", "I can tell you that Kenya is already working with Japan.",
         "asserted"),
        ("Think-Tank Report on Lunar Coalitions",
         "No single state can track every object without data from partners like Japan.",
         "asserted"),
        # negative: a permission inside a legal instrument stays a norm
        ("Agreement between Chile and Norway on Satellite Navigation",
         "A Party can request consultations with the other Party at any time.", "normative"),
    ],
)  # fmt: skip
def test_can_with_a_subject_of_a_kind(titled_claim, title, text, expected):
    assert titled_claim(title, text)._.sc_claim_modality == expected
