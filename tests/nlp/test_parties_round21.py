"""Sides outside instruments found on the twenty-first round's pooled blind dev (the wave-8
documents held out the round before): a government's own document calls its state's executive
"the Government" / "the Federal Government" (that state is the side, unless the Government only
observes what others do), and a statement's title names its speaker before its topic ("Statement
by Minister X on Y's missile test": Y is not the speaker). Each row is the team's own text, with
negative rows.
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.speech_titles import speaker_actors, topic_start

ANSWER = (
    "Austria's space cooperation (Answer of the Federal Government to a parliamentary question)"
)
DEBATE = "Parliament of Ireland: debate on the national space strategy"
QUESTION = "Lok Sabha unstarred question no. 12"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a translated federal government's answer: "the Federal Government" is its state
        (ANSWER, "The Federal Government is negotiating a treaty on satellite data with Chile.",
         {"Austria", "Chile"}),
        (ANSWER, "Does the Federal Government plan further bilateral agreements on lunar "
         "science?", {"Austria"}),
        # a parliamentary record's "the Government" of its own state
        (DEBATE, "The Government will sign a memorandum with Luxembourg on space resources.",
         {"Ireland", "Luxembourg"}),
        (DEBATE, "No invitation to join the station has been received by the Government.",
         {"Ireland"}),
        (QUESTION, "whether the Government has signed any new agreements with foreign space "
         "agencies;", {"India"}),
        # negative: the Government observes what two others do: they are the sides
        (DEBATE, "The Government is aware that China and Russia are jointly building a lunar "
         "station.", {"China", "Russia"}),
        # negative: another state's government named with "of" is that state
        (DEBATE, "The Government of Japan will work with NASA on the rover.", {"Japan", "NASA"}),
        # negative: a lowercase "the government" of a story is not read as the own state
        (DEBATE, "Chile said the government would work with Brazil.", {"Chile", "Brazil"}),
    ],
)  # fmt: skip
def test_the_government_of_a_governments_own_document(claim_doc, title, text, expected):
    doc, _ = claim_doc(text, title=title)
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected


def test_the_government_is_no_side_of_a_joint_text(claim_doc):
    """Negative: in a joint statement "the Government" may be either signatory: not read."""
    doc, _ = claim_doc(
        "The Government will host the ground station.",
        title="Joint Statement of Chile and Norway on Space Cooperation",
    )
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == {"Chile", "Norway"}


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Statement by Minister Jane Roe on Russia's destructive missile test", "Russia's"),
        ("Remarks by the Prime Minister on the landing of India's lunar probe", "the landing"),
        ("Statement from the Ministry regarding North Korea's satellite launch", "North Korea's"),
        # negative: no topic word: the whole title may name the speaker
        ("Remarks by President Macron of France at the Space Summit", ""),
        ("Joint Statement of Chile and Norway on Space Cooperation", ""),
        ("Canada condemns Russia's test", ""),
    ],
)
def test_topic_start_of_a_speech_title(title, topic):
    assert title[topic_start(title) :].startswith(topic)
    assert (topic_start(title) == len(title)) == (topic == "")


def test_speaker_actors_drop_the_states_of_the_topic():
    title = "Statement by Minister Jane Roe of Canada on Russia's test and Roscosmos"
    found = [
        (title.index("Jane"), "Jane Roe", "person", ""),
        (title.index("Canada"), "Canada", "country", ""),
        (title.index("Russia"), "Russia", "country", ""),
        (title.index("Roscosmos"), "Roscosmos", "agency", "Russia"),
    ]
    got = speaker_actors(title, [(*a, a[0] + len(a[1])) for a in found])
    assert got == [("Jane Roe", "person", ""), ("Canada", "country", "")]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the speaker's state is that of the bodies the text names, not the condemned state
        (
            "Statement by Minister Jane Roe on Russia's destructive missile test",
            "Global Affairs Canada summoned the envoy. We call on Russia to stop such tests.",
            {"Canada", "Russia"},
        ),
        # negative: a state named before the topic is the speaker
        (
            "Statement by the Foreign Minister of Japan on North Korea's satellite launch",
            "JAXA tracked the launch. We call on North Korea to stop such launches.",
            {"Japan", "North Korea"},
        ),
    ],
)
def test_a_statements_topic_is_not_its_speaker(claim_doc, title, text, expected):
    doc, _ = claim_doc(text, title=title)
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the oversight body its own state's agency answers to is no side
        ("The law bars NASA from working with China without certifying to Congress that no "
         "technology is transferred.", {"NASA", "China"}),
        ("NASA may work with the CNSA only after a certification to Congress.",
         {"NASA", "CNSA"}),
        ("The rule still bars NASA from joint work with China unless Congress is told first.",
         {"NASA", "China"}),
        ("Do you support the restrictions Congress has placed on NASA's bilateral work with "
         "China?", {"NASA", "China"}),
        # negative: a foreign agency reported to is a side of the relation
        ("NASA will report to ESA on the progress of the joint mission.", {"NASA", "ESA"}),
        # negative: Congress with no agency of its own state in the sentence stays a side
        ("Congress has placed new restrictions on cooperation with China.",
         {"Congress", "China"}),
    ],
)  # fmt: skip
def test_the_body_an_agency_answers_to_is_no_side(titled_claim, text, expected):
    assert set(titled_claim("", text)._.sc_claim_parties) == expected
