"""TeX math fonts without a Unicode map: their codes read as the glyphs they draw."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.ingest.pdf.chars import PageChars, _read_tex_codes
from pipeline.ingest.pdf.texfonts import tex_family, tex_glyph, unmapped


@pytest.mark.parametrize(
    "font, family",
    [("CMMI10", "mi"), ("CMSY7", "sy"), ("CMEX10", "ex"), ("CMBSY10", "sy"), ("CMMIB10", "mi"),
     ("txsy", "sy"), ("txex", "ex"),
     ("CMR10", None), ("Times-Roman", None), ("CMSSBX10", None), ("MSAM10", None)],
)  # fmt: skip
def test_tex_family(font, family):
    assert tex_family(font) == family


@pytest.mark.parametrize(
    "family, code, glyph",
    [
        ("mi", 0x0F, "\u03f5"),  # epsilon
        ("mi", 0x0B, "\u03b1"),  # alpha
        ("mi", 0x00, "\u0393"),  # Gamma
        ("mi", 0x60, "\u2113"),  # script l
        ("mi", 0x7E, ""),  # vector accent: no text
        ("mi", ord("x"), None),  # a letter of the math italic stands as it is
        ("sy", 0x30, "\u2032"),  # prime
        ("sy", 0x00, "\u2212"),  # minus
        ("sy", 0x14, "\u2264"),  # less or equal
        ("sy", 0x62, "\u230a"),  # floor
        ("sy", 0x68, "\u27e8"),  # angle bracket
        ("sy", 0x6B, "\u2016"),  # double bar
        ("sy", ord("N"), None),  # a calligraphic capital stands as it is
        ("ex", 0x58, "\u2211"),  # displayed sum
        ("ex", 0x5A, "\u222b"),  # displayed integral
        ("ex", 0x21, ")"),  # a huge parenthesis
        ("ex", 0x3C, ""),  # a piece of a brace
    ],
)
def test_tex_glyph(family, code, glyph):
    assert tex_glyph(family, code) == glyph


@pytest.mark.parametrize(
    "family, text, expected",
    [
        ("sy", "0", True), ("sy", "h", True), ("sy", "\x1c", True),
        ("sy", "N", False), ("sy", "\u2264", False), ("sy", "|", False),
        ("mi", "\x0f", True), ("mi", "`", True),
        ("mi", "x", False), ("mi", "3", False), ("mi", "\u03b1", False),
        ("ex", "X", True), ("ex", "!", True),
        ("ex", "(", False), ("ex", "\u2211", False),
    ],
)  # fmt: skip
def test_unmapped(family, text, expected):
    assert unmapped(family, text) is expected


def _chars(
    texts: list[str], fonts: list[int], names: list[str], *, glued: bool = False
) -> PageChars:
    n = len(texts)
    x = np.arange(n, dtype=float) * 6.0
    return PageChars(1, 600.0, 800.0, list(texts), x, x + 5.0, np.full(n, 100.0),
                     np.full(n, 110.0), np.full(n, 10.0), np.array(fonts),
                     [(name, False) for name in names], np.zeros(n, dtype=bool) if glued else np.ones(n, dtype=bool))  # fmt: skip


def test_a_page_reads_tex_codes_and_leaves_other_fonts_alone():
    # "x0 = 0" with the prime of CMSY reported as "0"; an epsilon of CMMI as a control code;
    # the same "0" in the text font is a digit; a brace piece of CMEX is left out
    pc = _chars(["x", "0", "=", "0", "\x0f", "<"], [1, 2, 0, 0, 1, 3],
                ["CMR10", "CMMI10", "CMSY10", "CMEX10"])  # fmt: skip
    out = _read_tex_codes(pc)
    assert out.text == ["x", "\u2032", "=", "0", "\u03f5"]


def test_a_page_without_tex_fonts_is_unchanged():
    pc = _chars(["a", "0", "h"], [0, 0, 0], ["Times-Roman"])
    assert _read_tex_codes(pc).text == ["a", "0", "h"]


def test_a_glued_word_in_a_symbol_font_is_left_as_it_stands():
    # the font of a word is its first character's: letters glued to a bracket may be the
    # text font's, so only control codes are read in such a word
    pc = _chars(["h", "n", "\x0f"], [1, 1, 1], ["CMR10", "CMSY10"], glued=True)
    assert _read_tex_codes(pc).text == ["h", "n", "\u2022"]


def test_a_glued_character_in_a_font_of_its_own_is_read():
    # a word of mixed text objects is read character by character: a raised star of CMMI
    # (code 0x3F) glued to the word it marks is the star, not a question mark; the same code
    # in a word read as one object (every character in the font of its first) stays as it is
    marked = _chars(["p", "a", "g", "e", "?"], [0, 0, 0, 0, 1], ["CMR9", "CMMI6"], glued=True)
    assert _read_tex_codes(marked).text == ["p", "a", "g", "e", "\u22c6"]
    one_object = _chars(["p", "a", "g", "e", "?"], [1, 1, 1, 1, 1], ["CMR9", "CMMI6"], glued=True)
    assert _read_tex_codes(one_object).text == ["p", "a", "g", "e", "?"]
    # the angle brackets of CMSY ("h", "i") round the dots of CMMI, the first one included
    angles = _chars(["h", ".", ".", "i"], [2, 1, 1, 2], ["CMR10", "CMMI10", "CMSY10"], glued=True)
    assert _read_tex_codes(angles).text == ["\u27e8", ".", ".", "\u27e9"]


def test_the_negation_slash_negates_the_sign_under_it():
    # "x 6= y": CMSY's slash (code 0x36, reported as "6") drawn over "=" of the text font is
    # "\u2260", not "=" (the slash alone is no text); a "6" of the text font is a digit
    pc = _chars(["x", "6", "=", "y", "6", "="], [1, 2, 0, 1, 0, 0], ["CMR10", "CMMI10", "CMSY10"])
    pc.space_before[2] = False
    pc.space_before[5] = False
    assert _read_tex_codes(pc).text == ["x", "\u2260", "y", "6", "="]
