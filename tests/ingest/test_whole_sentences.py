"""Sentences that come out of ingestion whole: forms that cut a sentence in two or left a mark
of furniture in it (issue 13, the twenty-second round). Every case is the team's own wording."""

import pytest

from pipeline.ingest import ingest
from pipeline.ingest.markers import strip_citation_brackets
from pipeline.ingest.minutes import is_sitting_note
from pipeline.ingest.paragraphs import split_paragraphs
from pipeline.ingest.publisher.blocks import is_record_note, speaker_label
from pipeline.ingest.publisher.headings import Kind, english_part, looks_like_heading, section_kind
from pipeline.ingest.publisher.interface import is_interface_line
from pipeline.ingest.turn_labels import candidate, turn_labels


@pytest.mark.parametrize(
    "text, expected",
    [
        # a run of markers goes with its separators
        ("The plan was costed by an outside panel [4], [5].", "The plan was costed by an outside panel."),
        ("Three agencies share their catalogues [2]-[4].", "Three agencies share their catalogues."),
        ("Three agencies share their catalogues [2]–[4].", "Three agencies share their catalogues."),
        ("Costs fell sharply [7]; [9].", "Costs fell sharply."),
        ("Costs fell [1], [2] and [3] after the reform.", "Costs fell after the reform."),
        # a run a preposition names stays whole
        ("The method is that of [6]-[8].", "The method is that of [6]-[8]."),
        ("The rules are set out in [3], [4].", "The rules are set out in [3], [4]."),
        # markers apart are cut apart; the words between them stay
        ("Radar [1] and optical data [2] are pooled.", "Radar and optical data are pooled."),
    ],
)  # fmt: skip
def test_a_run_of_citation_markers_leaves_no_separator_behind(text, expected):
    assert strip_citation_brackets(text) == expected


WRAPPED = (
    "The survey counted every active satellite in the region and asked who tracks them,\n"
    "how often the operators exchange warnings, and whether any agency launched in\n"
    "2019 or later shares its data with the others. Few of the agencies replied in\n"
    "full, and the figures for the last year are still being checked by the staff.\n"
)


def test_a_year_after_a_function_word_goes_on_the_line():
    paragraphs = split_paragraphs(WRAPPED)
    assert len(paragraphs) == 1
    assert "agency launched in 2019 or later" in paragraphs[0].text


COLON = (
    "The agency has little money for new hardware. Its offer to partners is modest:\n"
    "a ride for one instrument, a week of antenna time and training for two engineers.\n"
    "That offer has nevertheless drawn interest from four states in the last year alone.\n"
)


def test_what_a_colon_introduces_in_small_letters_goes_on_the_line():
    paragraphs = split_paragraphs(COLON)
    assert len(paragraphs) == 1
    assert "is modest: a ride for one instrument" in paragraphs[0].text


@pytest.mark.parametrize(
    "text, count",
    [
        # a field's label over its value is no sentence's colon
        ("Keywords:\nspace law; lunar resources; due regard\n", 2),
        ("Note:\nfigures are provisional until the audit closes\n", 2),
        # a list item under the lead-in keeps its own paragraph
        (
            "The Parties shall cooperate in the following areas:\na) satellite navigation;\n"
            "b) lunar science.\n",
            3,
        ),
    ],
)
def test_a_colon_before_a_label_or_a_list_item_still_breaks(text, count):
    assert len(split_paragraphs(text, width=80)) == count


def _blocks(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = ingest(path)
    return document, [b.text for b in document.blocks]


def test_a_list_in_a_markdown_block_quote_is_a_list(tmp_path):
    text = (
        "# Workshop on orbital data\n\n"
        "The workshop met twice in the spring under the Chatham House Rule.\n\n"
        "> **Main points**\n>\n"
        "> - Most participants favoured a shared catalogue of debris.\n"
        "> - Several asked for warnings to be issued free of charge.\n\n"
        "The rest of this report sets out the discussion.\n"
    )
    document, blocks = _blocks(tmp_path, "report.md", text)
    assert "Most participants favoured a shared catalogue of debris." in blocks
    assert "Several asked for warnings to be issued free of charge." in blocks
    assert not any(b.startswith("- ") or " - Several" in b for b in blocks)


def test_a_quoted_paragraph_stays_running_text(tmp_path):
    text = (
        "# Notes\n\nThe minister spoke first.\n\n"
        "> We will fly a second orbiter before the end of the decade.\n> Our partners are ready.\n"
    )
    _, blocks = _blocks(tmp_path, "notes.md", text)
    assert (
        "We will fly a second orbiter before the end of the decade. Our partners are ready."
        in blocks
    )


@pytest.mark.parametrize(
    "formula",
    ["I beg to move,", "I beg to move, ", "Resolved,", "Ordered,", "I propose,"],
)
def test_a_motion_under_its_formula_is_one_sentence(tmp_path, formula):
    text = (
        "Space Debris Debate\n\n"
        f"{formula}\n\n"
        "That this House has considered the removal of debris from low Earth orbit.\n\n"
        "The record of the last decade shows how quickly the orbits have filled up with debris.\n"
    )
    _, blocks = _blocks(tmp_path, "debate.txt", text)
    motion = f"{formula.strip()} That this House has considered the removal of debris from low Earth orbit."
    assert motion in blocks


@pytest.mark.parametrize(
    "above",
    [
        "The Minister answered the question.",  # a sentence's end
        "The committee heard two witnesses, in this order",  # no formula
    ],
)
def test_a_that_paragraph_after_anything_else_stays_apart(tmp_path, above):
    text = f"Debate\n\n{above}\n\nThat is the view of the whole committee on the matter.\n"
    _, blocks = _blocks(tmp_path, "debate.txt", text)
    assert "That is the view of the whole committee on the matter." in blocks


@pytest.mark.parametrize(
    "paragraph, label",
    [
        ("Q41 Lord Ferris of Hale: Should the UK build its own tracking radar?", "Q41 Lord Ferris of Hale:"),
        ("Q42 The Earl of Wexmoor: Is that a fair summary?", "Q42 The Earl of Wexmoor:"),
        ("Q43 Baroness Linton of Ard: Thank you.", "Q43 Baroness Linton of Ard:"),
        ("Q4 Results of the survey: They were mixed.", ""),
        ("THANDI MOKOENA, ANCHOR: Good evening and welcome.", "THANDI MOKOENA, ANCHOR:"),
        ("PETER VOS, SCIENCE EDITOR (voice-over): The dish turned west.", "PETER VOS, SCIENCE EDITOR (voice-over):"),
        ("DR. LINA HASSAN, SPACE AGENCY: We sell time to everyone.", "DR. LINA HASSAN, SPACE AGENCY:"),
        ("PROF. OMAR RASHID, NILE UNIVERSITY (translated): We agree.", "PROF. OMAR RASHID, NILE UNIVERSITY (translated):"),
        ("VOS (on camera): The station opens next year.", "VOS (on camera):"),
        # a dateline is no label
        ("NAIROBI, KENYA - The agency signed the deal on Monday.", ""),
        ("The agency, NASA and ESA: all three signed.", ""),
    ],
)  # fmt: skip
def test_committee_and_broadcast_labels(paragraph, label):
    assert speaker_label(paragraph) == label


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[21:14:02]", True),
        ("(09:05:30)", True),
        ("[10:02]", True),
        ("The launch is set for 21:14:02 local time.", False),
    ],
)
def test_a_broadcast_time_code_alone_is_a_sitting_note(text, expected):
    assert is_sitting_note(text) is expected


def test_a_label_with_accented_letters_is_known_by_repetition():
    texts = [
        "Chairman: I welcome our witness.",
        "Dr. Siobhán Ó Dálaigh: I thank the committee for the invitation.",
        "Chairman: Please go on.",
        "Dr. Siobhán Ó Dálaigh: We fund two missions with the agency.",
    ]
    labels = turn_labels(texts)
    assert labels.label(texts[1]) == "Dr. Siobhán Ó Dálaigh:"
    assert candidate("Łukasz Nowak: We agree.") == ("Łukasz Nowak", "Łukasz Nowak:")
    # a field's name in accented letters is still no speaker
    assert candidate("Note: The figures are provisional.") is None


PREAMBLE = (
    "PROTOCOL\n\n"
    "The Government of the Republic of Arden and the Government of the Kingdom of Belmar, "
    "hereinafter referred to as the Parties,\n\n"
    "noting the progress of their joint work on weather satellites since the Agreement of 2019,\n\n"
    "guided by the wish to extend that work to the tracking of objects in orbit,\n\n"
    "have agreed as follows:\n\n"
    "Article 1\n\n"
    "The Parties shall exchange orbital data every week.\n"
)


def test_each_recital_of_a_preamble_in_small_letters_is_a_unit(tmp_path):
    _, blocks = _blocks(tmp_path, "protocol.txt", PREAMBLE)
    assert (
        "noting the progress of their joint work on weather satellites since the Agreement of 2019,"
        in blocks
    )
    assert "guided by the wish to extend that work to the tracking of objects in orbit," in blocks
    assert "have agreed as follows:" in blocks


def test_a_sentence_cut_after_a_comma_is_still_joined(tmp_path):
    text = (
        "Ground stations of the south\n\n"
        "This note looks at how a small agency pays for its dishes. It draws on three visits.\n\n"
        "The agency built the antenna at its own cost over three years of work in the desert,\n\n"
        "and it now sells time on it to any operator that asks.\n"
    )
    _, blocks = _blocks(tmp_path, "notes.txt", text)
    assert any(
        b.endswith("desert, and it now sells time on it to any operator that asks.") for b in blocks
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[Chorus of ayes.]", True),
        ("[Chorus of nays.]", True),
        ("[Dame Ann Roe in the Chair]", True),
        ("[French]", True),
        ("[Interpretation]", True),
        ("[Recorded by Electronic Apparatus]", True),
        ("[“Agreed,” voices called]", True),
        # a draft's bracketed text under negotiation and a reference are no notes
        ("[States shall not place weapons in orbit.]", False),
        ("[The French text shall be equally authentic.]", False),
        ("[7] Roe, J. Orbits and rivals. 2025.", False),
    ],
)
def test_record_notes_of_the_chair_the_voices_and_the_language(text, expected):
    assert is_record_note(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a printed hearing's cover line names the committee that "the Committee" means later:
        # it stays in the text
        ("Printed for the use of the Committee on Foreign Affairs", False),
        ("For Release on Delivery", True),
        ("Expected at 9:30 a.m. ET", True),
        ("The record was printed for the use of the Committee on Rules.", False),
        ("Expected at 9:30 a.m., the vote was delayed by an hour.", False),
    ],
)
def test_the_embargo_lines_of_testimony(text, expected):
    assert is_interface_line(text) is expected


@pytest.mark.parametrize(
    "heading, english, kind",
    [
        ("参考文献 (References)", "References", Kind.TERMINAL),
        ("参考文献（References）", "References", Kind.TERMINAL),
        ("2 研究方法 Methods", "2 Methods", Kind.BODY),
        ("結論 (Conclusions)", "Conclusions", Kind.BODY),
        ("참고문헌 References", "References", Kind.TERMINAL),
        # no English, or no original script: unchanged
        ("国际合作", "国际合作", Kind.BODY),
        ("References", "References", Kind.TERMINAL),
    ],
)
def test_a_bilingual_heading_is_read_by_its_english(heading, english, kind):
    assert english_part(heading) == english
    assert section_kind(heading) is kind
    if english != heading:
        assert looks_like_heading(heading)


def test_a_bilingual_references_heading_ends_the_body(tmp_path):
    text = (
        "空间政策研究 Space Policy Studies\n\n"
        "1 引言 Introduction\n\n"
        "Several agencies now share tracking data with each other. This paper compares how they do it.\n\n"
        "2 结论 Conclusion\n\n"
        "Sharing grows where the partners trust the data they receive.\n\n"
        "参考文献 (References)\n\n"
        "[1] 李明. 轨道数据共享研究[J]. 空间科学, 2024, 12(2): 1-9.\n\n"
        "[2] ROE J. Sharing the sky[M]. London: Orbit Press, 2023.\n"
    )
    document, blocks = _blocks(tmp_path, "paper.txt", text)
    assert "Sharing grows where the partners trust the data they receive." in blocks
    assert not any("[J]" in b or "[M]" in b for b in blocks)
    assert any(
        e.kind == "reference" and "Sharing the sky" in e.text for e in document.parsed.excluded
    )
