"""Who the sides of a claim are, in four forms the held-out blind documents of the eighteenth
round showed (issue 17; nineteenth round):

- a quote attributed by a pronoun ("'Our satellites are small,' she said") is the speaker the
  story named before it, and an official of an agency the story names again in its own right
  (a story on two agencies' pact quoting one's head) speaks for that agency
  (`nlp/extract/quoted_speakers.py`);
- a Korean record's turn label after its turn mark, the post, its body and the romanised name
  with the family name in capitals ("○ Administrator of the ... Agency PARK Min-ho:"), is cut
  off the speech at ingestion and gives the witness's body as the "we" of the turn
  (`ingest/publisher/blocks.py`, `nlp/extract/speaker_turns.py`);
- the leader in an "X-led" compound ("the U.S.-led Artemis Accords", "the Chinese-led station")
  only qualifies the programme (the guide's "US-led"), no side of the claim
  (`nlp/extract/party_frames.py`);
- a story's headline is the sentence before its first, so "the two agencies" or "both
  countries" opening the story are the pair its headline names (`nlp/extract/pair_words.py`).

Each text is the team's own, with negative rows.
"""

from __future__ import annotations

import pytest

from pipeline.ingest import ingest

#: A story whose most mentioned state (its principal by the party rules) is Ghana.
LEAD = (
    "Ghana and Kenya met in Accra. Ghana and Peru talked. Ghana and Chile talked. "
    "The Ghana Space Science and Technology Institute and the Kenya Space Agency signed a "
    "data pact on Monday."
)


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # the pronoun's speaker named in the sentence before, an official of an agency the
        # story names in its own right: the agency
        [
            [
                LEAD,
                "Kenya Space Agency director Amina Wanjiru signed for her agency.",
                '"Our engineers will work with Peru on the ground station," she said.',
            ],
            ["Kenya Space Agency", "Peru"],
        ],
        # the speaker named two sentences before, "he added"
        [
            [
                LEAD,
                "Kenya Space Agency director Otieno Kamau spoke at the signing.",
                "The pact runs for five years.",
                '"We will share our radar images with Chile," he added.',
            ],
            ["Chile", "Kenya Space Agency"],
        ],
        # negative: the sentence before names two persons: no one referent, the principals'
        # reading (the state the story names most)
        [
            [
                LEAD,
                "Kenya Space Agency director Otieno Kamau met Ghana's minister Kofi Mensah.",
                '"We will share our radar images with Chile," he said.',
            ],
            ["Chile", "Ghana"],
        ],
        # negative: no pronoun attribution ("the official said"): the principals' reading
        [
            [
                LEAD,
                "Kenya Space Agency director Otieno Kamau spoke at the signing.",
                '"We will share our radar images with Chile," the official said.',
            ],
            ["Chile", "Ghana"],
        ],
    ],
)
def test_a_pronoun_quote_is_its_named_speakers_body(claim_doc, blocks, expected):
    doc, _ = claim_doc(blocks)
    assert sorted(list(doc.sents)[-1]._.sc_claim_parties) == sorted(expected)


#: A record of a Korean committee in translation: the agenda names the agency, and each turn
#: opens with the turn mark and a label naming the post, its body and the speaker.
RECORD = (
    "Minutes of the Science Committee\n\n"
    "Agenda: report by the Lakeshore Space Agency on cooperation with Japan and with Korea.\n\n"
    "○ Chairperson HAN Ji-woo:  We open the meeting. Korea and Japan are our neighbours.\n\n"
    "○ Director of the Lakeshore Space Agency PARK Min-ho:  Thank you, Chairperson.\n"
    "We signed a data arrangement with Japan in May.\n\n"
    "○ SEO Yu-na Member:  Will we work with Japan on the rover?\n"
)


def test_a_marked_korean_label_opens_the_witness_turn(txt_claim_parties):
    rows = txt_claim_parties(RECORD, "minutes.txt")
    parties = {t: set(p) for t, p in rows}
    signed = next(p for t, p in parties.items() if "data arrangement" in t)
    assert "Lakeshore Space Agency" in signed and "Japan" in signed
    # negative: a member's label names no body: the member's "we" is not the agency's
    rover = next(p for t, p in parties.items() if "rover" in t)
    assert "Lakeshore Space Agency" not in rover
    # the labels are no part of any sentence
    assert not any("PARK Min-ho" in t or "SEO Yu-na" in t for t, _ in rows)


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("○ Director of the Lakeshore Space Agency PARK Min-ho:  We thank the committee.",
         "○ Director of the Lakeshore Space Agency PARK Min-ho:"),
        ("○ SEO Yu-na Member:  What is the budget?", "○ SEO Yu-na Member:"),
        # negative: an outline's bullets before a heading or a sentence are no labels
        ("○ ESA Partnership: The agency will join two missions.", ""),
        ("○ Budget: The agency will spend more.", ""),
        ("○ The agency will share data with Japan.", ""),
    ],
)  # fmt: skip
def test_the_turn_mark_label_is_cut_at_ingestion(tmp_path, paragraph, label):
    path = tmp_path / "t.txt"
    path.write_text(f"The committee met on Tuesday.\n\n{paragraph}\n", encoding="utf-8")
    block = ingest(path).blocks[-1]
    assert block.speaker == label
    if label:
        assert block.text == paragraph[len(label) :].strip()
    else:
        assert not block.text.startswith("○")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leader of a programme in an "X-led" compound only qualifies it: no side
        ("Ghana signed the U.S.-led Artemis Accords in 2024.", ["Ghana"]),
        ("Peru and Chile take part in the Chinese-led International Lunar Research Station.",
         ["Chile", "Peru"]),
        ("Ghana weighs a role in the China-led programme with Kenya.", ["Ghana", "Kenya"]),
        # negative: the leader named again in its own right is a side
        ("Ghana signed the US-led Artemis Accords with the United States in 2024.",
         ["Ghana", "United States"]),
        # negative: a state as the subject of "led" in the clause is a side
        ("The United States led the talks with Ghana on the Artemis Accords.",
         ["Ghana", "United States"]),
    ],
)  # fmt: skip
def test_a_leader_in_an_x_led_compound_is_no_side(claim_doc, text, expected):
    doc, _ = claim_doc(["Ghana and Kenya met in Accra.", text])
    assert sorted(list(doc.sents)[-1]._.sc_claim_parties) == sorted(expected)


@pytest.mark.parametrize(
    ("title", "blocks", "expected"),
    [
        # a story's headline is the sentence before its first: "the two agencies" of the
        # standfirst are the headline's pair
        ("KASA, ESA sign deal on a lunar relay",
         ["Engineers of the two agencies will share the relay's data."], ["ESA", "KASA"]),
        ("Kenya and Ghana agree to share satellite images",
         ["Both countries will build a ground station together."], ["Ghana", "Kenya"]),
        # negative: the sentences before name a pair of their own, which comes first
        ("KASA, ESA sign deal on a lunar relay",
         ["JAXA and ISRO met in Tokyo on Monday.",
          "Engineers of the two agencies will share the relay's data."], ["ISRO", "JAXA"]),
        # negative: a headline naming three agencies gives no pair
        ("KASA, ESA and JAXA sign deal on a lunar relay",
         ["Engineers of the two agencies will share the relay's data."], []),
    ],
)  # fmt: skip
def test_a_headline_is_the_sentence_before_the_first(claim_doc, title, blocks, expected):
    doc, _ = claim_doc(blocks, title=title)
    assert sorted(list(doc.sents)[-1]._.sc_claim_parties) == sorted(expected)
