"""Speaker labels known by repetition and page heads after bare page numbers (issues 13, 17;
round 18).

Every sentence of a transcript comes back whole and as running text, with its speaker known:

- a label in mixed case, with a colon or a spaced dash, also in bold and also alone on its line
  over the speech, is a speaker label when it opens two turns of one document or more ("Zhou
  Lin:", "**Ms Tanaka:**", "Dr. Lee —"), and so is a one-off label of the same form beside
  such a turn (a briefing's questioner, "Kyodo News:"); a field's or a note's name ("Note:",
  "Source:", "Name:"), a definition list's terms (each once), a title ("Ms Tanaka: a profile"),
  a list under a label ("Active Missions: ...") are none;
- a text dump's page breaks without form feeds, a bare page number with the record's running
  title or page header beside it, are set aside (``page_number``, ``header``) and the sentence
  that runs across the break comes back whole.
"""

from __future__ import annotations

import pytest

from pipeline.ingest import ingest
from pipeline.ingest.pagebreaks import numbered_page_heads
from pipeline.ingest.turn_labels import candidate, turn_labels


def _read(tmp_path, text: str, name: str = "record.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = ingest(path)
    return (
        [(b.text, b.speaker) for b in document.blocks],
        [(e.kind, e.text) for e in document.parsed.excluded],
    )


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Zhou Lin: We oppose an arms race in outer space.", "Zhou Lin:"),
        ("Associated Press of Pakistan: Will China fly a Pakistani astronaut?",
         "Associated Press of Pakistan:"),
        ("Dr. Lee — We have signed the accords with Japan.", "Dr. Lee —"),
        ("Amara Okafor:", "Amara Okafor:"),
        ("Pieter van der Berg: The relay is ready.", "Pieter van der Berg:"),
        ("Ingrid Solberg (Norwegian Space Agency): We agree.",
         "Ingrid Solberg (Norwegian Space Agency):"),
        # negative: a field, a note, a picture's side, a signature's name line
        ("Note: The figures are provisional.", None),
        ("Source: Example Space Agency annual report.", None),
        ("Left: The engineering model on display.", None),
        ("Name: Jane Roe", None),
        ("Key Findings: Budgets rose.", None),
        # negative: a definition's meaning, a title's subtitle start in small letters
        ("Apogee: the highest point of an orbit.", None),
        ("Ms Tanaka: a profile of the new director", None),
        # negative: a number in the words; a sentence, no label
        ("Phase 2: The orbiter flies.", None),
        ("The agency said: We will fly.", None),
    ],
)  # fmt: skip
def test_label_candidates(paragraph, label):
    found = candidate(paragraph)
    assert (found[1] if found else None) == label


def test_repetition_makes_a_label_and_a_one_off_beside_it_follows():
    texts = [
        "Spokesperson's regular press conference",
        "Zhou Lin: Good afternoon. We have one announcement.",
        "Kyodo News: Will China join the talks on lunar safety?",
        "Zhou Lin: We are open to talks with every partner.",
        "Note: The transcript has been edited for length.",
    ]
    labels = turn_labels(texts)
    assert labels.names == {"Zhou Lin", "Kyodo News"}
    assert labels.label("Zhou Lin: We are open.") == "Zhou Lin:"
    assert labels.label("Note: The transcript has been edited.") == ""


@pytest.mark.parametrize(
    "texts",
    [
        # a definition list: each term once
        ["Glossary", "Apogee: The highest point of an orbit.", "Perigee: The lowest point."],
        # a one-off label with no repeated turn beside it
        ["Profile", "Ms Tanaka: She has led the agency since 2024.", "Her term ends in 2028."],
        # a label repeated over lists and titles, not over speech
        ["Missions", "Active Missions: SOLAR-B, MAXI, CALET", "Retired: HALCA, ASTRO-F",
         "Active Missions: GOSAT, ALOS-2", "Orbit: Uncut"],
        # a field repeated in a signature block
        ["For the agency", "Name: Jane Roe", "For the centre", "Name: John Doe"],
    ],
)  # fmt: skip
def test_no_labels_without_repeated_turns(texts):
    assert turn_labels(texts).names == set()


BRIEFING = (
    "Ministry of Foreign Affairs\n\n"
    "Spokesperson's Regular Press Conference on 3 March 2026\n\n"
    "Lin Hao: Good afternoon. Our Foreign Minister will visit Brazil next week.\n\n"
    "Agencia Sul: What will the two sides discuss on space?\n\n"
    "Lin Hao: We will review our satellite programme with Brazil and sign a new plan.\n\n"
    "Radio Lumen: Is China in a race with the United States on the Moon?\n\n"
    "Lin Hao: We see no race. We welcome cooperation with all countries.\n"
)


def test_briefing_turns_in_mixed_case(tmp_path):
    blocks, excluded = _read(tmp_path, BRIEFING)
    turns = [(text, who) for text, who in blocks if who]
    assert turns == [
        ("Good afternoon. Our Foreign Minister will visit Brazil next week.", "Lin Hao:"),
        ("What will the two sides discuss on space?", "Agencia Sul:"),
        ("We will review our satellite programme with Brazil and sign a new plan.", "Lin Hao:"),
        ("Is China in a race with the United States on the Moon?", "Radio Lumen:"),
        ("We see no race. We welcome cooperation with all countries.", "Lin Hao:"),
    ]
    assert ("speaker", "Radio Lumen:") in excluded


MARKDOWN_TURNS = (
    "# Committee hearing on lunar data\n\n"
    "The committee met at ten in the morning to hear the agency on its data policy.\n\n"
    "**Amara Okafor:**\n\n"
    "Does the agency share its lunar data with Japan?\n\n"
    "**Kenji Mori:**\n\n"
    "Yes. We share every dataset with JAXA within a month.\n\n"
    "**Amara Okafor:**\n\n"
    "Thank you. We welcome that.\n"
)


@pytest.mark.parametrize("name", ["record.md", "record.txt"])
def test_bold_labels_alone_over_the_speech(tmp_path, name):
    blocks, excluded = _read(tmp_path, MARKDOWN_TURNS, name)
    assert ("Yes. We share every dataset with JAXA within a month.", "Kenji Mori:") in blocks
    assert ("Thank you. We welcome that.", "Amara Okafor:") in blocks
    assert ("heading", "Kenji Mori:") not in excluded
    assert excluded.count(("speaker", "Amara Okafor:")) == 2


def test_dash_labels(tmp_path):
    text = (
        "Interview transcript\n\n"
        "Dr. Lee — We have signed the accords with Japan and Brazil.\n\n"
        "Ms. Ward — Does the agency share its data?\n\n"
        "Dr. Lee — Yes, we share it with both partners.\n"
    )
    blocks, excluded = _read(tmp_path, text)
    assert ("Does the agency share its data?", "Ms. Ward —") in blocks
    assert ("Yes, we share it with both partners.", "Dr. Lee —") in blocks


def test_glossary_and_notes_stay_running_text(tmp_path):
    text = (
        "A short glossary of orbital terms\n\n"
        "Apogee: The highest point of an orbit above the Earth.\n\n"
        "Perigee: The lowest point of an orbit above the Earth.\n\n"
        "Note: The terms follow the agency's usage.\n\n"
        "Source: Example Space Agency handbook.\n"
    )
    blocks, excluded = _read(tmp_path, text)
    assert not [e for e in excluded if e[0] == "speaker"]
    assert ("Apogee: The highest point of an orbit above the Earth.", "") in blocks


PROSE = (
    "The committee heard the agency on its plans for the lunar relay and the ground stations "
    "that will serve it over the coming decade."
)


def _paged(head: str, between: str = "\n\n") -> str:
    return (
        f"{head}\n\nWednesday, 5 March 2026\n\n{PROSE}\n\n"
        "Ms Tanaka: We have signed the accords with Japan, and the agency will fly\n\n"
        f"12\n{between}{head}\n\nthe orbiter with JAXA in 2028. {PROSE}\n\n"
        f"{PROSE} The data will be shared with\n\n13\n{between}{head}\n\n"
        f"every partner of the programme.\n\n{PROSE}\n\n14\n{between}{head}\n\n{PROSE}\n"
    )


@pytest.mark.parametrize(
    ("head", "between"),
    [
        ("HEARING ON LUNAR COOPERATION", "\n\n"),
        ("Senate Estimates — Wednesday, 5 March 2026", "\n"),
        ("Senate Estimates — Wednesday, 5 March 2026", ""),
    ],
)
def test_running_head_after_a_page_number(tmp_path, head, between):
    blocks, excluded = _read(tmp_path, _paged(head, between))
    texts = [text for text, _ in blocks]
    assert (
        "We have signed the accords with Japan, and the agency will fly the orbiter with JAXA "
        f"in 2028. {PROSE}"
    ) in texts
    assert f"{PROSE} The data will be shared with every partner of the programme." in texts
    assert not [t for t in texts if head in t or t in {"12", "13", "14"}]
    assert excluded.count(("header", head)) == 3
    assert [e for e in excluded if e[0] == "page_number"] == [
        ("page_number", "12"),
        ("page_number", "13"),
        ("page_number", "14"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a number standing alone once, a table's figures close together
        f"Budget\n\n{PROSE}\n\n12\n\nMISSIONS FUNDED\n\n{PROSE}\n",
        f"Table\n\nYear\n2021\n2022\n2023\n\n{PROSE}\n",
        # a repeated title with no page number beside it
        f"THE LUNAR RELAY\n\n{PROSE}\n\nTHE LUNAR RELAY\n\n{PROSE}\n",
    ],
)
def test_no_page_breaks_without_their_signs(text):
    assert numbered_page_heads(text) == (text, [])


def test_page_numbers_in_order_alone():
    text = f"{PROSE}\n\n3\n\n{PROSE}\n\n4\n\n{PROSE}\n\n5\n\n{PROSE}\n"
    out, rows = numbered_page_heads(text)
    assert rows == [("page_number", "3"), ("page_number", "4"), ("page_number", "5")]
    assert len(out) == len(text) and "3" not in out


WRITTEN_ANSWER = (
    "GOVERNMENT OF INDIA\nMINISTRY OF EXTERNAL AFFAIRS\n\n"
    "RAJYA SABHA\nSTARRED QUESTION NO. 88\n\n"
    "SPACE COOPERATION WITH AFRICA\n\n"
    "88. SHRI KARAN DEV SINGH:\n      SMT. MEERA JOSHI:\n\n"
    "Will the Minister of EXTERNAL AFFAIRS be pleased to state:\n\n"
    "(a) whether the Government has signed space agreements with African countries; and\n\n"
    "(b) if so, the details thereof?\n\n"
    "ANSWER\n\n"
    "THE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS\n(SHRI ANAND RAO PATIL)\n\n"
    "(a) & (b): Yes, Sir. India has signed space agreements with Kenya and Nigeria.\n\n"
    "(c): We will continue to train engineers from partner countries.\n"
)


def test_written_parliamentary_answer(tmp_path):
    blocks, excluded = _read(tmp_path, WRITTEN_ANSWER)
    texts = [text for text, _ in blocks]
    assert ("speaker", "88. SHRI KARAN DEV SINGH:") in excluded
    assert ("Will the Minister of EXTERNAL AFFAIRS be pleased to state:", "SMT. MEERA JOSHI:") in (
        blocks
    )
    answer = "Yes, Sir. India has signed space agreements with Kenya and Nigeria."
    assert answer in texts
    assert dict(blocks)[answer].endswith("(SHRI ANAND RAO PATIL)")
    assert "We will continue to train engineers from partner countries." in texts
    assert ("other", "(a) & (b):") in excluded
    assert not [t for t in texts if "MINISTER OF STATE" in t or "SHRI" in t]


@pytest.mark.parametrize(
    "text",
    [
        # a clause's letter before a colon in small letters, a reference, no answer's part
        "(a): see the annex for the figures.",
        "(a) the first point of the plan: Japan joins the relay.",
    ],
)
def test_no_answer_part_label(tmp_path, text):
    blocks, excluded = _read(tmp_path, f"Notes on the plan\n\n{PROSE}\n\n{text}\n")
    assert not [e for e in excluded if e == ("other", "(a):")]


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("○ Chairperson HAN Yoo-jin: The meeting is open.", "○ Chairperson HAN Yoo-jin:"),
        ("○ SEO Ji-ho Member:  Minister, what is the plan?", "○ SEO Ji-ho Member:"),
        ("○ Vice Minister of Science and ICT of the Republic of Korea BAEK Min-ho: Yes.",
         "○ Vice Minister of Science and ICT of the Republic of Korea BAEK Min-ho:"),
        ("◯Chair (OTA Haruka): Order, please.", "◯Chair (OTA Haruka):"),
        # negative: a circle bullet before a field's name, a sentence after the mark
        ("○ Note: The agency asks for more.", None),
        ("○ The agency said: We will fly in 2028.", None),
    ],
)  # fmt: skip
def test_minutes_turn_mark_candidates(paragraph, label):
    found = candidate(paragraph)
    assert (found[1] if found else None) == label


MINUTES = (
    "Minutes of the Committee on Science and Space\n\n"
    "(14:00 Meeting opened)\n\n"
    "○ Chairperson HAN Yoo-jin:  The meeting is open.\n"
    "  We will hear the agency on its lunar partners.\n\n"
    "○ SEO Ji-ho Member:  Minister, the agency signed a pact with NASA last year.\n"
    "  Will it also work with ESA?\n\n"
    "○ Vice Minister of Science and ICT BAEK Min-ho:  Yes, we will sign with ESA in May.\n"
    "  Is that clear?\n\n"
    "○ SEO Ji-ho Member:  Thank you.\n\n"
    "○ Chairperson HAN Yoo-jin:  The meeting is closed.\n"
)


def test_minutes_turns_and_their_question_lines(tmp_path):
    blocks, excluded = _read(tmp_path, MINUTES)
    assert ("Will it also work with ESA?", "") in blocks
    assert ("Is that clear?", "") in blocks
    assert (
        "Yes, we will sign with ESA in May.",
        "○ Vice Minister of Science and ICT BAEK Min-ho:",
    ) in (blocks)
    assert excluded.count(("speaker", "○ SEO Ji-ho Member:")) == 2
    assert not [e for e in excluded if e[0] == "heading" and e[1].endswith("?")]


OUTLINE = (
    "Programme outline\n\n"
    "○ Budget: The agency asks for more funds in 2027.\n\n"
    "○ Partners: Japan and India join the rover.\n\n"
    "What comes next?\n\n"
    "The board will decide on the plan at its meeting in the spring of next year.\n"
)


def test_outline_bullets_are_no_turns(tmp_path):
    blocks, excluded = _read(tmp_path, OUTLINE)
    assert not [e for e in excluded if e[0] == "speaker"]
    assert ("Budget: The agency asks for more funds in 2027.", "") in blocks
    # a question standing alone between blank lines is still a heading
    assert "What comes next?" not in [text for text, _ in blocks]
