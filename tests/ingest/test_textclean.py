"""Tables of cases for the shared str -> str cleaning functions."""

from __future__ import annotations

import pytest

from pipeline.document import Block
from pipeline.ingest.textclean import (
    chain,
    clean_block_text,
    collapse_whitespace,
    continues_block,
    join_lines,
    merge_continued_blocks,
    normalize_unicode,
    reflow,
    rejoin_hyphenated,
    remove_block_control_chars,
    split_paragraphs,
    strip_citation_brackets,
    strip_footnote_markers,
    tidy_punctuation_spacing,
    wrap_width,
)

# ------------------------------------------------------------------ footnote markers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "international space society1 in the 21st century.",
            "international space society in the 21st century.",
        ),
        (
            "and scientific data sharing.2 Beijing has been",
            "and scientific data sharing. Beijing has been",
        ),
        ("as of June 2022,6 in contrast to", "as of June 2022, in contrast to"),
        ("a new level of international endeavour.27", "a new level of international endeavour."),
        (
            "a global common in outer space,82 but there has been",
            "a global common in outer space, but there has been",
        ),
        (
            "the role of a ‘responsible power’.10 The two",
            "the role of a ‘responsible power’. The two",
        ),
        ("the ILRS in March 2021.4 The roadmap", "the ILRS in March 2021. The roadmap"),
        ("the future development of CLEP.3 This is", "the future development of CLEP. This is"),
        ("released 3 months later.5 The intensity", "released 3 months later. The intensity"),
        ("its partners3,4 and rivals", "its partners and rivals"),
        ("with partners12–14 in Asia", "with partners in Asia"),
        ("signed it.12,13 Then", "signed it. Then"),
        ("The agency (CNSA)3 announced", "The agency (CNSA) announced"),
        ("the “common interests”7 of states", "the “common interests” of states"),
        ("the station;4 the Accords", "the station; the Accords"),
        ("as follows:2 First", "as follows: First"),
        ("international space society¹ in", "international space society in"),
        ("Europe²,³ and Japan", "Europe, and Japan"),
    ],
)
def test_strip_footnote_markers_removes_glued_markers(text: str, expected: str) -> None:
    assert strip_footnote_markers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "announced the proposal in 2019 as",
        "at the G20 summit",
        "Chang'e 4 landed on the far side",
        "Chang’E-5 returned samples",
        "Article IV of the treaty",
        "during the COVID-19 pandemic",
        "3 months later",
        "the Shenzhou-13 crew",
        "CO2 emissions",
        "an area of 10 km2 near the pole",
        "an area of 10 km² near the pole",
        "Tianwen1 reached Mars",
        "Chang'e4 carried payloads",
        "Resolution No.3 of the committee",
        "version 2.0 of the plan",
        "a budget of 3.5 billion",
        "1,000 km above the surface",
        "by 12,500 people",
        "the Industry4.0 agenda",
        "sections 3,4 and 5",
        "paid US$2 billion",
        "from the 1950s to the 1970s",
        "the 21st century",
        "Falcon 9 launches",
        "Sentinel-2A data",
        "F-35 jets",
        "resolution A/RES/76/231 on norms",
        "on 1 June 2022, 6 states joined",
        "mp3 files and x86 chips",
        "the year 2021.5 percent",
        "(No. GJJ2019163).",
        "Volume 65, August 2023, 101537",
        "The vote was 12-3 in favour.",
    ],
)
def test_strip_footnote_markers_keeps_real_numbers(text: str) -> None:
    assert strip_footnote_markers(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cooperation [55], but", "cooperation, but"),
        ("in space [12].", "in space."),
        ("as argued [3, 4] by", "as argued by"),
        ("as argued [5–7] by", "as argued by"),
        ("Article [sic] text", "Article [sic] text"),
        ("the list [a] here", "the list [a] here"),
        # a marker alone in parentheses goes with them and with the comma beside it
        ("the launch cost ([12]).", "the launch cost."),
        ("attained age ([37], see also the annex).", "attained age (see also the annex)."),
        ("a rideshare (as in Japan, [8]) costs", "a rideshare (as in Japan) costs"),
    ],
)
def test_strip_citation_brackets(text: str, expected: str) -> None:
    assert tidy_punctuation_spacing(strip_citation_brackets(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bracket a sentence names as the object of a preposition, "see" or "Ref." is a
        # noun of the sentence, not a marker beside its words: cut, it leaves "in." or "see."
        "The relay design was first proposed in [12].",
        "For the orbit data, see [3].",
        "As discussed in [4, 5], the debris count is rising.",
        "The launch rates reported in Ref. [22] are lower.",
        "The model of Ref.[8] fits the data.",
        "We follow the method of [7] and the costs of [8].",
        "Other agencies (see, e.g., [9]) pool their tracking data.",
        "The rules in [3], [4] and [6] differ on liability.",
    ],
)
def test_strip_citation_brackets_keeps_a_bracket_the_sentence_names(text: str) -> None:
    assert strip_citation_brackets(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  society1\nin  the\u00a0century. ", "society in the century."),
        ("the \ufb01rst e\ufb00ort", "the first effort"),
        ("soft\u00adware and zero\u200bwidth", "software and zerowidth"),
        ("space ( CNSA ) agency", "space (CNSA) agency"),
        ("partners [4] .", "partners."),
    ],
)
def test_clean_block_text(text: str, expected: str) -> None:
    assert clean_block_text(text) == expected


def test_existing_functions_keep_their_contract() -> None:
    assert normalize_unicode("e\u0301") == "\u00e9"
    assert collapse_whitespace(" a \n\t b ") == "a b"
    assert chain(str.strip, str.upper)(" x ") == "X"


# ------------------------------------------------------------------ hyphenation and joining


@pytest.mark.parametrize(
    ("left", "right", "known", "expected"),
    [
        ("interna-", "tional", (), "international"),
        ("long-", "term", (), "long-term"),
        ("US-", "led", (), "US-led"),
        ("Sino-", "Russian", (), "Sino-Russian"),
        ("self-", "reliance", (), "self-reliance"),
        ("co-", "operation", ("cooperation",), "cooperation"),
        ("life-", "support", ("life-support",), "life-support"),
        ("Inter-", "national", ("international",), "International"),
        ("so-", "called", (), "so-called"),
        ("state-", "owned", frozenset({"state", "owned"}), "state-owned"),
        ("commu-", "nication", frozenset({"communication"}), "communication"),
        ("coun-", "tries", frozenset({"tries"}), "countries"),
    ],
)
def test_rejoin_hyphenated(left: str, right: str, known: tuple[str, ...], expected: str) -> None:
    assert rejoin_hyphenated(left, right, known=known) == expected


#: a small stand-in for the English word list the PDF path reads (resources.english_words)
LEXICON = frozenset(
    [
        "excited",
        "cited",
        "explain",
        "plain",
        "solutions",
        "civilian",
        "defense",
        "linear",
        "called",
        "soviet",
        "viet",
        "first",
        "principles",
        "european",
        "research",
        "search",
        "made",
        "ens",
        "broad",
        "lud",
        "wig",
        "tended",
        "extended",
        "so",
        "operation",
        "cooperation",
        "socalled",
    ]
)


@pytest.mark.parametrize(
    ("left", "right", "known", "expected"),
    [
        # the joined form is a word: the line end broke it ("ex-" + "cited" is "excited")
        ("ex-", "cited", (), "excited"),
        ("ex-", "plain", (), "explain"),
        ("so-", "lutions", (), "solutions"),
        ("So-", "viet", (), "Soviet"),
        ("co-", "operation", (), "cooperation"),
        # both halves are words and the joined form is none: a compound keeps its hyphen
        ("civilian-", "defense", (), "civilian-defense"),
        ("first-", "principles", (), "first-principles"),
        ("non-", "linear", (), "non-linear"),
        # a head that takes a hyphen as a rule, even where a glued form is listed
        ("so-", "called", (), "so-called"),
        ("self-", "made", (), "self-made"),
        # the second half is no word, or only an ending, or the stem is a name's start
        ("inter-", "mittency", (), "intermittency"),
        ("broad-", "ens", (), "broadens"),
        ("Lud-", "wig", (), "Ludwig"),
        # the document's own evidence comes first
        ("re-", "search", ("re-search",), "re-search"),
        ("civilian-", "defense", ("civiliandefense",), "civiliandefense"),
        # capitals and digits keep the hyphen as before
        ("US-", "led", (), "US-led"),
    ],
)
def test_rejoin_hyphenated_with_a_word_list(
    left: str, right: str, known: tuple[str, ...], expected: str
) -> None:
    assert rejoin_hyphenated(left, right, known=known, lexicon=LEXICON) == expected


def test_the_word_list_is_read_from_the_installed_english_pipeline() -> None:
    from pipeline.data.resources import english_words

    words = english_words()
    assert {"explain", "solutions", "civilian", "defense"} <= words
    assert not {"lutions", "mittency", "civiliandefense"} & words


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["the interna-", "tional order"], "the international order"),
        (["a long-", "standing tie"], "a long-standing tie"),
        (["ends here", "and goes on"], "ends here and goes on"),
        (["dash at end -", "stays"], "dash at end - stays"),
        (["", "  only one  ", ""], "only one"),
    ],
)
def test_join_lines(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


# ------------------------------------------------------------------ re-flow

WRAPPED = """\
NASA and ESA agreed today to extend their cooperation on the Gateway
station, which will orbit the Moon and serve crews of several nations.
The agreement covers modules, refuelling and communications equipment.

2. Background
The two agencies have worked together since the earliest days of the
International Space Station, and both describe the partnership as the
most durable in civil space.
Short last line.
- first item of a list
- second item of a list
"""


def test_wrap_width_detects_fixed_width() -> None:
    width = wrap_width(WRAPPED.split("\n"))
    assert width is not None and 66 <= width <= 72


def test_wrap_width_none_for_one_line_paragraphs() -> None:
    text = "\n".join(["A long paragraph line that goes on and on. " * 8] * 5)
    assert wrap_width(text.split("\n")) is None


def test_split_paragraphs_reflows_wrapped_text() -> None:
    paras = split_paragraphs(WRAPPED)
    texts = [p.text for p in paras]
    assert texts[0].startswith("NASA and ESA agreed today") and texts[0].endswith("equipment.")
    assert "Gateway station" in texts[0]
    assert texts[1] == "2. Background"
    assert texts[2].startswith("The two agencies") and texts[2].endswith("in civil space.")
    assert texts[3] == "Short last line."
    assert texts[4:] == ["- first item of a list", "- second item of a list"]
    assert paras[1].blank_before and not paras[1].blank_after and paras[1].lines == 1
    assert paras[0].offset == 0 and WRAPPED[paras[2].offset :].startswith("The two agencies")


def test_split_paragraphs_one_line_paragraphs() -> None:
    first = "China's space cooperation has grown steadily over two decades. " * 4
    second = "Its partners now include agencies in Asia, Africa and Latin America. " * 4
    text = (
        f"{first.strip()}\n"
        f"{second.strip()}\n"
        "\n"
        "Heading\n"
        "\n"
        "A line copied from a page and cut off in the\n"
        "middle continues in lower case.\n"
        "Cite\n"
        "https://doi.org/10.1000/x\n"
    )
    texts = [p.text for p in split_paragraphs(text)]
    assert texts == [
        first.strip(),
        second.strip(),
        "Heading",
        "A line copied from a page and cut off in the middle continues in lower case.",
        "Cite",
        "https://doi.org/10.1000/x",
    ]


def test_split_paragraphs_short_text_wrapped_by_itself() -> None:
    text = (
        "The memo reviews which governments have announced an interest in the International\n"
        "Research Station since Russia joined China in 2021 and what they hope to gain.\n"
    )
    assert len(split_paragraphs(text)) == 1


def test_reflow_rejoins_split_words() -> None:
    text = (
        "The international community has discussed lunar traffic rules at\n"
        "several sessions. Agreement on the interna-\n"
        "tional rules has proved elusive so far, because the coalitions disagree.\n"
    )
    assert reflow(text) == (
        "The international community has discussed lunar traffic rules at several sessions. "
        "Agreement on the international rules has proved elusive so far, because the "
        "coalitions disagree."
    )


BLANK_WRAPPED = """\
Today the agency will convene the third meeting of the council in the
capital, where it is announcing that partners will land on the Moon by
the end of the decade.

A key element of that effort is the commitment not to conduct destructive
[tests](https://example.org/a/very/long/address/that/cannot/be/broken/by/any/wrapper/at/all).
By now, 41 other nations have announced pledges of their own.

-   **Relays:** The agency and its partners will build a relay network
    around the Moon and share its data.
-   **Rovers:** The partners will design a rover together.
"""


def test_blank_line_paragraphs_are_rebuilt_whole() -> None:
    texts = [p.text for p in split_paragraphs(BLANK_WRAPPED)]
    assert texts == [
        "Today the agency will convene the third meeting of the council in the capital, where "
        "it is announcing that partners will land on the Moon by the end of the decade.",
        "A key element of that effort is the commitment not to conduct destructive "
        "[tests](https://example.org/a/very/long/address/that/cannot/be/broken/by/any/wrapper/at/all). "
        "By now, 41 other nations have announced pledges of their own.",
        "-   **Relays:** The agency and its partners will build a relay network around the Moon "
        "and share its data.",
        "-   **Rovers:** The partners will design a rover together.",
    ]


# ------------------------------------------------------------------ blocks cut mid-sentence


@pytest.mark.parametrize(
    ("previous", "text", "expected"),
    [
        # an unfinished sentence and a lower-case word after it: one paragraph cut in two
        ("The two agencies will share the", "tracking data they collect.", True),
        ("The rover carries a spectrometer, a drill, and", "a small camera.", True),
        ("The crew trained for a finite space-", "time experiment on the station.", True),
        ("Summing the terms we then obtain", "(the sign follows from the ordering.)", True),
        ("The probe returned data on", "x and y of the orbit.", True),
        # a finished sentence, a clause or list lead-in, or a list item's "; and"
        ("The talks ended on Friday.", "the next round is planned.", False),
        ("The parties agree to:", "share their tracking data.", False),
        ("inform the other party of any launch; and", "consult it before a second one.", False),
        ("The office shall report —", "to the council each year.", False),
        # the next block is no fragment: a capital, a list label, an address or a product name
        ("The rover carries", "Lunar samples are stored at the base.", False),
        ("The duties are", "a) to register each object.", False),
        ("The duties are", "(iv) to notify the council.", False),
        ("Contact: press office 555-0100", "press.office@example.org", False),
        ("The first mission, launching in 2030", "e.Probe, launching in 2031", False),
        # an abbreviation pointing to a numbered item, and its number in the next block
        ("The drift term is derived from Eq.", "(7) under the same assumptions.", True),
        ("The loss rates quoted in Refs.", "[3, 9] are lower.", True),
        ("The orbit is plotted in Fig.", "4 for both launch dates.", True),
        # ... but not a sentence after it, nor a column header standing alone
        ("The orbit is plotted in Fig.", "The next section gives the budget.", False),
        ("Sec.", "12. Definitions.", False),
        ("The launch was set for noon.", "(4) The payload is small.", False),
    ],
)
def test_continues_block(previous, text, expected):
    assert continues_block(previous, text) is expected


def test_merge_continued_blocks_joins_a_cut_paragraph_and_keeps_its_pages():
    blocks = [
        Block("The two agencies plan an interna-", section="Intro", page=3),
        Block("tional mission to the far side.", section="Intro", page=4),
        Block("the text under a new heading.", section="Methods", page=4),
        Block("A new paragraph.", section="Methods", page=4),
        Block("Its second sentence ends", section="Methods", page=4),
        Block("here, after a column break.", section="Methods", page=5),
    ]
    merged = merge_continued_blocks(blocks)
    assert [b.text for b in merged] == [
        "The two agencies plan an international mission to the far side.",
        "the text under a new heading.",
        "A new paragraph.",
        "Its second sentence ends here, after a column break.",
    ]
    assert merged[0].page == 3 and merged[0].page_at(len(merged[0].text) - 1) == 4
    assert merged[3].page_at(0) == 4 and merged[3].page_at(30) == 5
    assert merge_continued_blocks(blocks[2:4]) == blocks[2:4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names of the gazetteer written with a glued number keep it (QA of real runs).
        ("the Canadarm2 arm on the station", "the Canadarm2 arm on the station"),
        ("the Canadarm2 (SSRMS) and a hand", "the Canadarm2 (SSRMS) and a hand"),
        ("the Inspiration4 crew flew", "the Inspiration4 crew flew"),
        ("Space42 signed a deal", "Space42 signed a deal"),
        # ... but only the number of the name: another number on the same word is a marker.
        ("the Canadarm7 in orbit", "the Canadarm in orbit"),
        ("the Earth3 and the Moon", "the Earth and the Moon"),
        # A clause label (a lone capital letter or Roman numeral, a full stop, a number) is not a
        # letter with a marker after it.
        ("Guideline A.1 Adopt a law", "Guideline A.1 Adopt a law"),
        ("Section II.3 Scope of the rules", "Section II.3 Scope of the rules"),
        ("see part C.12 Review of it", "see part C.12 Review of it"),
        # ... while a marker after an abbreviation ending in a letter's full stop still goes.
        ("in the U.S.2 The next step", "in the U.S. The next step"),
        ("as the agency said.4 Then", "as the agency said. Then"),
    ],
)
def test_strip_footnote_markers_names_and_clause_labels(text: str, expected: str) -> None:
    assert strip_footnote_markers(text) == expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # A maths font's glyph read as a control character goes; the words around it keep one
        # space, and a page that begins after it keeps its place.
        (
            Block(
                "Let \x0f be small. Then the bound \x1a holds here.", page=2, page_breaks=((25, 3),)
            ),
            Block("Let be small. Then the bound holds here.", page=2, page_breaks=((23, 3),)),
        ),
        (Block("a step size \x0f", page=1), Block("a step size", page=1)),
        (Block("\x0f\x0fLet it be.", page=1), Block("Let it be.", page=1)),
        # Clean text, tabs and new lines are not control characters to remove.
        (Block("A plain sentence.", page=1), Block("A plain sentence.", page=1)),
    ],
)
def test_remove_block_control_chars(block: Block, expected: Block) -> None:
    assert remove_block_control_chars(block) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a line that ends no sentence goes on in a next line starting in lower case ...
        (
            [
                "The two agencies will share their tracking data under a scheme of",
                "tiers. Each tier opens more of the catalogue to the partner.",
            ],
            1,
        ),
        # ... or after a function word, whatever the width the text was judged to have
        (
            [
                "The treaty left open the rivalry between the European Union and",
                "Russia, which grew sharper after the launch ban of that spring.",
            ],
            1,
        ),
        # a deliberate break still parts paragraphs: a short title over its text ...
        (["Background", "The two agencies met in Paris in the spring of that year."], 2),
        # ... a sentence's end before a capitalised word that would have fitted ...
        (["The plan was adopted.", "Work began at once on the first module."], 2),
        # ... and a list item after its lead-in
        (["The Parties will share:", "- orbital data", "- launch schedules"], 3),
    ],
)
def test_wrapped_line_runs_on_past_a_width_judged_too_wide(lines: list[str], expected: int) -> None:
    paras = split_paragraphs("\n".join(lines), width=80)
    assert len(paras) == expected
    if expected == 1:
        assert paras[0].text == " ".join(lines)
