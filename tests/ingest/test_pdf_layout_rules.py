"""Unit tests of single layout rules on hand-made lines: callouts and exponents, footnote
labels, captions and the tables under them, headings, full-width tables beside a gutter,
paragraph breaks, list items, figure scraps and displayed maths. Every case has a twin that
must come out the other way."""

from __future__ import annotations

import pytest

from pipeline.ingest.pdf.layout import (
    RAISED,
    SMALL,
    Assembler,
    Line,
    Token,
    classify_page,
    find_gutters,
    order_page,
)
from pipeline.ingest.pdf.layout.columns import Gutter, _column_of
from pipeline.ingest.pdf.layout.roles import (
    CAPTION,
    _run_in,
    _text_without_callouts,
    note_label,
)

N = 0  # an ordinary token


def _line(
    tokens: list[Token] | str,
    x0: float = 50.0,
    x1: float = 290.0,
    top: float = 100.0,
    size: float = 10.0,
    *,
    bold: bool = False,
    flow: int = 0,
    page: int = 1,
) -> Line:
    if isinstance(tokens, str):
        tokens = [Token(w, i > 0, N, bold) for i, w in enumerate(tokens.split())]
    ln = Line(tokens, x0, x1, top, top + 0.9 * size, size, bold, "F", page, 20.0, 40)
    ln.flow, ln.col_left, ln.col_right, ln.pitch = flow, 50.0, 290.0, 1.2 * size
    ln.text = ln.raw_text()
    return ln


# ---------------------------------------------------------------------------------------------
# Callouts and exponents


@pytest.mark.parametrize(
    "tokens, labels, expected",
    [
        # a raised number glued to a word is a callout, and the space before "." closes up
        ([("decay", N, True), ("1", RAISED, False), (".", N, True)], set(), "decay."),
        ([("States", N, True), ("3", RAISED, False), ("and", N, True)], set(), "States and"),
        # after a one-letter variable it is an exponent
        ([("time", N, True), ("m", N, True), ("2", RAISED, False)], set(), "time m2"),
        # after a sign set in small type ("s" "-" "1"), too
        (
            [("km", N, True), ("s", N, True), ("\u2212", SMALL, False), ("1", RAISED, False)],
            set(),
            "km s\u22121",
        ),  # fmt: skip
        ([("was", N, True), ("10", N, True), ("9", RAISED, False)], set(), "was 109"),
        # a raised mark is dropped when it labels a footnote of the page, else kept
        ([("values", N, True), ("?", RAISED, False), (".", N, True)], {"?"}, "values."),
        ([("values", N, True), ("?", RAISED, False)], set(), "values?"),
    ],
)
def test_callouts_are_dropped_and_exponents_kept(tokens, labels, expected):
    ln = _line([Token(t, sp, k) for t, k, sp in tokens])
    assert _text_without_callouts(ln, labels, ln.raw_text()) == expected


@pytest.mark.parametrize(
    "first, kind, expected",
    [("?", RAISED, "?"), ("\u22c6", RAISED, "\u22c6"), ("*", N, "*"), ("?", N, ""),
     ("(", N, "")],
)  # fmt: skip
def test_a_single_raised_mark_labels_a_footnote(first, kind, expected):
    ln = _line([Token(first, False, kind), Token("The", True, N), Token("note", True, N)])
    assert note_label(ln) == expected


# ---------------------------------------------------------------------------------------------
# Captions, and the table under a table's caption


@pytest.mark.parametrize(
    "text, caption",
    [("Table II: Observed counts by group", True), ("TABLE IV. Results", True),
     ("Figure 3. A map", True), ("Table 1a: Sizes", True), ("Table I shows the counts", False),
     ("Table i.e. the one", False), ("table v: x", False),
     # appendix numbering: a letter, a point, a number
     ("Figure A.1. The left panel", True), ("Table B.2: Sizes", True),
     ("Figure A shows the", False), ("Table B. Sizes of the samples", False),
     # the label of an algorithm's box, and the name of the algorithm in a sentence
     ("Algorithm 2: Adaptive sampling", True), ("Algorithm 2 draws the samples", False)],
)  # fmt: skip
def test_caption_labels_with_arabic_and_roman_numbers(text, caption):
    assert bool(CAPTION.match(text)) is caption


def _page(lines: list[Line], body: float = 10.0):
    return classify_page(lines, body, 1, False, 800.0)


def test_lines_in_small_type_under_a_table_caption_are_the_table():
    lines = [_line("The first paragraph of text runs on to the end here.", top=100)]
    lines.append(_line("Table 2: Examples of short answers.", top=120))
    for i in range(4):
        lines.append(_line("A row of the boxed example set in small type goes", top=132 + 10 * i,
                           size=9))  # fmt: skip
    lines.append(_line("Text resumes here in the body size and carries on.", top=190))
    roles = [ln.role for ln in _page(lines).lines]
    assert roles == ["body", "caption", "table", "table", "table", "table", "body"]


def test_lines_in_small_type_under_a_figure_caption_are_not_a_table():
    lines = [_line("Figure 2: Examples of short answers.", top=120)]
    for i in range(4):
        lines.append(_line("A footnote-like line in small type with its own words", top=150 + 10 * i,
                           size=9))  # fmt: skip
    lines.append(_line("Text resumes here in the body size and carries on.", top=200))
    assert "table" not in [ln.role for ln in _page(lines).lines]


def test_caption_lines_of_a_double_spaced_document_stay_one_caption():
    lines = [_line("FIG. 1: A figure about the growth of the number", top=100, size=11)]
    lines.append(_line("of launches by year and by country of origin.", top=122, size=11))
    for ln in lines:
        ln.pitch = 22.0
    assert [ln.role for ln in _page(lines, body=12.0).lines] == ["caption", "caption"]


# ---------------------------------------------------------------------------------------------
# Headings


def test_a_bold_run_in_heading_opening_a_line_of_text_is_not_a_heading():
    toks = [Token("Data", False, N, True), Token("sets.", True, N, True), Token("The", True, N)]
    assert _run_in(_line(toks, bold=True))
    assert not _run_in(_line("Data sets", bold=True))


@pytest.mark.parametrize(
    "text, size, bold, x1, heading",
    [
        ("III. A COMMON SCALE", 8.97, True, 200, True),  # bold a size down
        ("IV. RESULTS", 8.0, False, 150, True),  # small capitals a size down
        ("iv. results in small type", 8.0, False, 150, False),
        # unnumbered small capitals headings known by name
        ("REFERENCES", 8.0, False, 150, True),
        ("ACKNOWLEDGMENT", 8.0, False, 150, True),
        ("References", 8.0, False, 150, False),  # small type, not capitals: a label
        ("SAMPLE SIZES", 8.0, False, 150, False),  # capitals, but no name or number
        ("REFERENCES", 7.0, False, 150, False),  # too small for a heading
        ("4.4. How large the sample must be in practice", 10.0, False, 278, True),
        ("4.4. How large the sample must be in practice", 10.0, False, 289, False),
    ],
)
def test_headings_a_size_down_or_nearly_full_width(text, size, bold, x1, heading):
    lines = [_line("A paragraph of body text that runs to the margin", top=76 + 12 * i)
             for i in range(2)]  # fmt: skip
    lines.append(_line("and ends with a full stop.", top=100, x1=200))
    lines.append(_line(text, top=113, size=size, bold=bold, x1=x1))
    lines.append(_line("The next paragraph starts here with more body text", top=135))
    roles = [ln.role for ln in _page(lines).lines]
    assert (roles[3] == "heading") is heading


def test_a_paragraph_set_in_bold_is_text_not_a_heading():
    words = "The method is tested here. It cuts the cost a great deal in"
    lines = [_line(words, top=100 + 10 * i, size=9, bold=True) for i in range(4)]
    assert {ln.role for ln in _page(lines).lines} == {"body"}
    heading = [_line("2. Methods and data", top=100, size=9, bold=True, x1=150),
               _line("The next paragraph starts here with more body text", top=125)]  # fmt: skip
    assert _page(heading).lines[0].role == "heading"


# ---------------------------------------------------------------------------------------------
# A full-width table above two columns


def _segs(rows: list[list[tuple[float, float]]], top: float, pitch: float = 12.0) -> list[Line]:
    out = []
    for i, row in enumerate(rows):
        for x0, x1 in row:
            out.append(_line("cell", x0, x1, top + pitch * i))
    return out


def test_rows_of_a_full_width_table_over_the_columns_are_not_split_by_the_gutter():
    cells = [(50, 90), (120, 150), (180, 220), (250, 280), (302, 326), (345, 375)]
    table = _segs([cells] * 5, top=60)
    columns = _segs([[(50, 290), (305, 545)]] * 30, top=140)
    gutters = find_gutters(table + columns, 10.0)
    assert len(gutters) == 1 and gutters[0].tables
    lines = order_page(table + columns, gutters)
    rows = [ln for ln in lines if ln.top < 130]
    assert len(rows) == 5 and all(ln.col == -1 and ln.raw_text().count("cell") == 6 for ln in rows)
    assert {ln.col for ln in lines if ln.top > 130} == {0, 1}


def test_headings_over_two_columns_are_not_a_table():
    heads = _segs([[(50, 120), (305, 380)]] * 2, top=100)
    columns = _segs([[(50, 290), (305, 545)]] * 30, top=140)
    gutters = find_gutters(heads + columns, 10.0)
    assert len(gutters) == 1 and gutters[0].tables == ()
    assert {_column_of(ln, gutters) for ln in heads} == {0, 1}


def test_column_of_inside_and_outside_a_table_stretch():
    g = [Gutter(290.0, 305.0, ((60.0, 120.0),))]
    assert _column_of(_line("x", 50, 120, top=80), g) == -1
    assert _column_of(_line("x", 50, 120, top=200), g) == 0
    assert _column_of(_line("x", 310, 400, top=200), g) == 1


# ---------------------------------------------------------------------------------------------
# Paragraph breaks


def test_a_line_made_tall_by_subscripts_does_not_break_the_paragraph():
    p = _line("one of the terms, with the index written", top=100)
    ln = _line("below it, still runs on in the sentence", top=116)
    p.bottom = 112  # the line above holds a tall formula: its top is pushed up, not its bottom
    p.top = 98
    ln.pitch = p.pitch = 11.5
    assert not Assembler._starts_paragraph(p, ln)
    gap = _line("A new paragraph after a blank line of space", top=126)
    gap.pitch = 11.5
    assert Assembler._starts_paragraph(p, gap)


def test_coming_back_from_an_outdented_run_in_line_is_no_indent():
    p = _line("Corpus one. The first corpus is a collection", x0=30)
    ln = _line("of texts written in the dialect", x0=50, top=112)
    assert not Assembler._starts_paragraph(p, ln)
    indented = _line("Indented first line of a new paragraph", x0=62, top=112)
    assert Assembler._starts_paragraph(_line("full line of text runs to the edge"), indented)


@pytest.mark.parametrize(
    "above, below, starts",
    [
        ("the width of the sample, and the angle of the light,", "i. The trials began", False),
        ("the following steps are taken in the order given:", "1. Search the space", True),
        ("the value is divided by", "2. The remaining part", False),
        ("a short item", "b) another item", True),
    ],
)
def test_a_list_marker_opening_a_line_mid_sentence(above, below, starts):
    p = _line(above, x1=290 if not above.endswith("item") else 120)
    ln = _line(below, top=112)
    assert Assembler._starts_paragraph(p, ln) is starts


# ---------------------------------------------------------------------------------------------
# Figure scraps, mark-only lines and displayed maths


def test_marks_alone_and_a_small_label_among_figure_numbers_are_set_aside():
    lines = [
        _line("A sentence of text that is cut at the foot of the column", top=100),
        _line("\u2217 \u2020", top=120, size=6),
        _line("0.5", x0=80, x1=100, top=200, size=8),
        _line("Sample index", x0=150, x1=200, top=220, size=8),
        _line("1.5", x0=80, x1=100, top=240, size=8),
    ]
    roles = [ln.role for ln in _page(lines).lines]
    assert roles[1] == "other" and roles[3] == "other"


def test_a_body_size_line_between_two_equations_stays_text():
    lines = [
        _line("x = y + z (1)", x0=120, x1=250, top=100),
        _line("Hence we get", top=120, x1=110),
        _line("y = 2 z (2)", x0=120, x1=250, top=140),
    ]
    assert [ln.role for ln in _page(lines).lines] == ["maths", "body", "maths"]


def test_a_line_at_the_left_edge_that_continues_a_sentence_is_not_maths():
    lines = [
        _line("an array of real numbers, which we write as its", top=100),
        _line("cells, c(k), k = 1, . . . , K.", top=112, x1=200),
    ]
    assert [ln.role for ln in _page(lines).lines] == ["body", "body"]
    display = [
        _line("an array of real numbers, which we write as its.", top=100, x1=200),
        _line("c(k), k = 1, . . . , K", x0=110, top=112, x1=200),
    ]
    assert [ln.role for ln in _page(display).lines] == ["body", "maths"]


def test_a_paragraph_does_not_run_on_across_a_title_line():
    from pipeline.ingest.pdf.layout.roles import PageResult

    def result(with_title: bool) -> list[str]:
        date = _line("Revised on a spring day", x0=200, x1=290, top=60, flow=1)
        title = _line("A Title Set Across the Page", top=80, size=18, flow=2)
        title.role = "front" if with_title else "body"
        body = [_line("The first paragraph of the report begins here and goes on",
                      top=110 + 12 * i, flow=3) for i in range(3)]  # fmt: skip
        body[-1].text = body[-1].text + "."
        asm = Assembler()
        asm.feed(PageResult(1, [date, title, *body] if with_title else [date, *body], [], ""))
        return [b.text for b in asm.blocks()]

    assert result(True) == ["Revised on a spring day", " ".join(
        ["The first paragraph of the report begins here and goes on"] * 3) + "."]  # fmt: skip
    assert result(False)[0].startswith("Revised on a spring day The first")


@pytest.mark.parametrize(
    "vocab, expected",
    # a head that is no English word ("zorb-"): only the document's compounds keep the hyphen
    [({"zorb-first", "zorb-third"}, "the zorb-second round"),  # the document's compounds
     ({"zorb-first"}, "the zorbsecond round"),  # one is not enough evidence
     ({"zorb-second"}, "the zorb-second round")],
)  # fmt: skip
def test_a_compound_head_the_document_hyphenates_keeps_its_hyphen(vocab, expected):
    from pipeline.ingest.pdf.layout import join_lines

    assert join_lines([("the zorb-", 1), ("second round", 1)], vocab)[0] == expected


def test_a_compound_of_two_english_words_keeps_its_hyphen_without_evidence():
    from pipeline.ingest.pdf.layout import join_lines

    assert (
        join_lines([("the forty-", 1), ("second round", 1)], set())[0] == "the forty-second round"
    )
    assert join_lines([("the forty-", 1), ("second round", 1)], {"fortysecond"})[0] == (
        "the fortysecond round"  # the document's own spelling wins
    )


@pytest.mark.parametrize(
    "before, gloss, blocks",
    [
        # a colon announces the display: the gloss under it is read on its own
        ("the rate of growth is then given as follows:", "where k is the rate of decay.", 2),
        ("and the two curves are related by the law:", "with a the slope of the first.", 2),
        # no colon: the sentence runs on below the formula
        ("the rate of growth of the fleet is then given by", "where k is the rate of decay.", 1),
        # a capital after the display starts a new paragraph in any case
        ("the rate of growth is then given as follows:", "The rate of decay is small.", 2),
    ],
)
def test_a_display_announced_by_a_colon_ends_the_text_before_it(before, gloss, blocks):
    from pipeline.ingest.pdf.layout.roles import PageResult

    lines = [
        _line("A paragraph of body text that runs to the margin", top=100),
        _line(before, top=112, x1=250),
        _line("r = k t (3)", x0=140, x1=220, top=130),
        _line(gloss, top=148, x1=200),
    ]
    lines[2].role = "maths"
    asm = Assembler()
    asm.mode = "body"
    asm.feed(PageResult(2, lines, [], ""))
    assert len(asm.blocks()) == blocks


def _blocks(pages: list[list[Line]]) -> list[str]:
    from pipeline.ingest.pdf.layout.roles import PageResult

    asm = Assembler()
    asm.mode = "body"
    for i, lines in enumerate(pages):
        asm.feed(PageResult(i + 2, lines, [], ""))
    return [b.text for b in asm.blocks()]


@pytest.mark.parametrize(
    "labels, resumed",
    [
        # a figure's labels in small type at the top of the next page, then the sentence
        (["Energy [GeV]", "Low p max", "16 proton"], True),
        (["Energy [GeV]", "Low p max", "16 proton", "Sample", "Time [s]"], True),
        # a short paragraph in body type that ends on a colon is not a label
        (["The matrix is of this form:"], False),
    ],
)
def test_a_sentence_resumes_across_the_labels_of_a_figure(labels, resumed):
    text = [_line("A paragraph of body text that runs to the margin", top=100 + 12 * i, page=2)
            for i in range(3)]  # fmt: skip
    text.append(_line("and more information was given by the com-", top=136, page=2))
    top = 60
    figure = []
    for k, label in enumerate(labels):
        small = not label.endswith(":")
        # (the short paragraph opens with a first-line indent)
        figure.append(_line(label, x0=80 + 10 * k if small else 62, x1=200, top=top,
                            size=6 if small else 10, page=3, flow=k % 2))  # fmt: skip
        top += 14
    rest = [_line("position measurements and the study of the sky.", top=top + 40, page=3,
                  flow=5, x1=250)]  # fmt: skip
    blocks = _blocks([text, figure + rest])
    joined = any("composition measurements" in b for b in blocks)
    assert joined is resumed
    if resumed:  # the labels are set aside
        assert not any("Low p max" in b for b in blocks)


@pytest.mark.parametrize(
    "text, reference",
    [("References", True), ("9. Bibliographical References", True), ("REFERENCE LIST", True),
     ("Bibliographic references", True), ("List of references", True),
     ("References to the treaty", False), ("Bibliographical notes on the authors", False)],
)  # fmt: skip
def test_names_of_a_reference_list(text, reference):
    from pipeline.ingest.pdf.layout.roles import REFERENCE_HEADINGS, heading_key

    assert bool(REFERENCE_HEADINGS.match(heading_key(text))) is reference


@pytest.mark.parametrize(
    "text, size, maths",
    [
        # a row of a display set in small type: symbols and operators, hardly a word
        ("m m\u2217 1 + 1 2 F c(s) l\u22121 + F l+1", 7.0, True),
        ("x \u00d7 y \u2264 k n,m", 7.0, True),
        # small type without an operator: figure numbers, not a formula
        ("0.5 1.0 1.5 2.0", 7.0, False),
        # words in small type are a note, whatever their signs
        ("the sum over all terms + a correction", 7.0, False),
        # the same signs in body type at the left edge: prose with inline symbols
        ("m m\u2217 1 + 1 2 F c(s) l\u22121 + F l+1", 10.0, False),
    ],
)
def test_a_row_of_a_display_in_small_type_is_maths(text, size, maths):
    lines = [
        _line("A paragraph of body text that runs to the margin", top=100),
        _line("and then stops here in the middle of the", top=112),
        _line(text, x0=50, x1=200, top=130, size=size),
    ]
    assert (_page(lines).lines[2].role == "maths") is maths


def _figure_over_columns(with_caption: bool) -> list[Line]:
    """A figure across the page (two panels of tick labels, white between them taller than
    the columns below), its caption across the page, then two columns of text."""
    figure = []
    for i in range(12):  # tick labels at the edges of each panel, down 300 pt
        for x0, x1 in ((50, 60), (270, 280), (310, 320), (530, 545)):
            figure.append(_line("0.5", x0, x1, top=60 + 25 * i, size=8))
    caption = [_line("Figure 3. Two panels side by side, each with its own scale of the",
                     50, 545, top=370, size=8)] if with_caption else []  # fmt: skip
    columns = _segs([[(50, 290), (305, 545)]] * 12, top=400)
    return figure + caption + columns


def test_a_gutter_under_a_figure_across_the_page_is_found():
    gutters = find_gutters(_figure_over_columns(True), 10.0)
    assert len(gutters) == 1 and 289 <= gutters[0].left <= 291 <= gutters[0].right <= 306
    lines = order_page(_figure_over_columns(True), gutters)
    assert {ln.col for ln in lines if ln.top >= 400} == {0, 1}
    # the page as a whole shows none: the caption cuts the gutter's empty stretch, and the
    # white between the panels above is taller than what is left of it
    assert find_gutters(_figure_over_columns(True), 10.0, bands=False) == []
    # without the caption the empty stretch runs on from the figure into the gutter
    assert len(find_gutters(_figure_over_columns(False), 10.0, bands=False)) == 1


@pytest.mark.parametrize(
    "x0, gap, tail",
    [(50.0, 2.0, True),  # right under the caption at its left edge: the caption's last line
     (62.0, 2.0, False),  # indented: a paragraph of the column
     (50.0, 12.0, False)],  # a line's space below: text of the column
)  # fmt: skip
def test_the_short_last_line_of_a_caption_across_the_columns(x0, gap, tail):
    cap = _line("Figure 2. A caption across the page whose last line is short, and", 50, 545,
                top=100, size=8)  # fmt: skip
    cap.col = -1
    last = _line("falls in the first column.", x0, 150, top=cap.bottom + gap, size=8)
    last.col = 0
    last.flow = 1
    lines = [cap, last] + [_line("Body text of the first column goes on here", top=140 + 12 * i,
                                 flow=1) for i in range(3)]  # fmt: skip
    for ln in lines[2:]:
        ln.col = 0
    assert (_page(lines).lines[1].role == "caption") is tail


@pytest.mark.parametrize(
    "label, size, scrap",
    [("Host mass (kg)", 8.0, True),  # an axis title at the foot of a figure's flow
     ("Host mass (kg).", 8.0, False),  # a sentence end: text
     ("Host mass (kg)", 10.0, False),  # body type: text
     ("Mass of the host star in kg", 8.0, False)],  # more than four words: text
)  # fmt: skip
def test_an_axis_title_at_the_end_of_a_figures_flow_is_a_scrap(label, size, scrap):
    lines = [_line(f"{v}000 {v}500", 60, 250, top=100 + 12 * v, size=8) for v in range(1, 4)]
    for ln in lines:
        ln.gaps = [(100.0, 200.0)]  # cells of a row: the figure's tick labels read as a table
    lines.append(_line(label, 120, 200, top=150, size=size))
    assert (_page(lines).lines[-1].role == "other") is scrap


@pytest.mark.parametrize(
    "row, x0, limits, maths",
    [
        # a sum with its limits stacked above and below: a display, words and all
        ("number of all weights = S b kW = d n", 64.0, True, True),
        # an index under an inline sum only: a line of text
        ("number of all weights = S b kW = d n", 64.0, "below", False),
        # the same row without the stacked limits: an indented line of text
        ("number of all weights = S b kW = d n", 64.0, False, False),
        # at the left edge of the text: prose with an inline formula
        ("number of all weights = S b kW = d n", 50.0, True, False),
        # no relation sign: not a formula
        ("the total count of the weights in W", 64.0, True, False),
        # mostly words: a paragraph's indented first line, with the exponent of a formula in
        # the line under it set as a row of its own
        ("We note that for all r > c the weight of the", 64.0, True, False),
    ],
)
def test_a_row_with_limits_stacked_on_it_is_a_display(row, x0, limits, maths):
    lines = [
        _line("A paragraph of body text that runs to the margin", top=100),
        _line("and then sets the count of weights out as:", top=112, x1=220),
    ]
    if limits is True:
        lines.append(_line("n\u22121", x0=160, x1=175, top=127, size=7))
    lines.append(_line(row, x0=x0, x1=270, top=135))
    if limits:
        lines.append(_line("i=0", x0=160, x1=175, top=145.5, size=7))
    lines.append(_line("and it is solved for b.", x0=60, x1=150, top=160))
    roles = [ln.role for ln in _page(lines).lines]
    k = 3 if limits is True else 2
    assert (roles[k] == "maths") is maths
    assert roles[-1] == "body"


@pytest.mark.parametrize(
    "text, scrap",
    [("0.50 20", True),  # tick labels next to the figure's numbers: not text
     ("0.50 to 20", False),  # a word: text
     ("law of the scaling", False)],
)  # fmt: skip
def test_numbers_in_body_type_next_to_a_figure_are_a_scrap(text, scrap):
    above = _line("0.60 L", 60, 250, top=100, size=10)
    above.role = "maths"
    ln = _line(text, 60, 250, top=112, size=10.8)
    below = _line("26", 200, 212, top=123, size=11.8)
    lines = [above, ln, below]
    for o in lines:
        o.flow = 2
    roles = [o.role for o in _page(lines).lines]
    assert (roles[1] == "other") is scrap


def test_a_hyphenated_word_runs_on_past_tick_labels_at_the_top_of_the_next_page():
    text = [_line("A paragraph of body text that runs to the margin", top=100 + 12 * i, page=2)
            for i in range(3)]  # fmt: skip
    text.append(_line("and for the conventional dyna-", top=136, page=2))
    figure = [_line("16", 200, 212, top=50, size=11.8, page=3),
              _line("0.50 20", 60, 250, top=62, size=10.8, page=3),
              _line("26", 200, 212, top=74, size=11.8, page=3)]  # fmt: skip
    figure[0].role = figure[2].role = "maths"  # the figure's other numbers
    rest = [_line("mical scaling the curves collapse onto one another.", top=300, page=3,
                  flow=1)]  # fmt: skip
    pages = [text, classify_page(figure + rest, 10.0, 3, False, 800.0).lines]
    blocks = _blocks(pages)
    assert any("conventional dynamical scaling" in b for b in blocks)
    assert not any("0.50" in b for b in blocks)


@pytest.mark.parametrize(
    "first, second, section",
    [("4.2 Agents of the Market Speci-", "fication", "Agents of the Market Specification"),
     ("4.2 Results for Low-", "Income Countries", "Results for Low-Income Countries"),
     ("4.2 Agents of the Market", "and Their Orders", "Agents of the Market and Their Orders")],
)  # fmt: skip
def test_a_heading_broken_over_two_lines_is_joined_like_text(first, second, section):
    from pipeline.ingest.pdf.layout.roles import PageResult

    lines = [_line(first, x1=200, top=100, size=12, bold=True),
             _line(second, x1=120, top=114, size=12, bold=True),
             _line("The text of the section follows in its own paragraph here.", top=134)]  # fmt: skip
    for ln in lines[:2]:
        ln.role = "heading"
    asm = Assembler()
    asm.mode = "body"
    asm.feed(PageResult(2, lines, [], ""))
    assert [b.section for b in asm.blocks()] == [section]


def test_a_line_read_after_a_title_does_not_break_paragraphs_of_later_pages():
    # the assembler notes the first line after a title line as opening a paragraph; once
    # that line is gone, a line of a later page made in its place must not open one too
    from pipeline.ingest.pdf.layout.roles import PageResult

    asm = Assembler()
    asm.mode = "body"
    title = _line("A Title Set Apart", x1=150, top=60, page=2)
    title.role = "front"
    asm.feed(PageResult(2, [title, _line("The opening line of the text ends here.", top=100,
                                         x1=200, page=2)], [], ""))  # fmt: skip
    for page in range(3, 40):
        lines = [_line(f"and the sentence of page {page} runs on to the margin and", top=100 + 12 * i,
                       page=page) for i in range(4)]  # fmt: skip
        asm.feed(PageResult(page, lines, [], ""))
        del lines
    assert len(asm.blocks()) == 2


# ---------------------------------------------------------------------------------------------
# Headings set in the text's own type: no space around them, centred, or in title case


def _after_a_sentence(
    end_x1: float = 200, end_text: str = "and ends with a full stop."
) -> list[Line]:
    lines = [_line("A paragraph of body text that runs to the margin", top=76 + 12 * i)
             for i in range(2)]  # fmt: skip
    lines.append(_line(end_text, top=100, x1=end_x1))
    return lines


@pytest.mark.parametrize(
    "below, x0_below, heading",
    [
        # the paragraph under it opens with a first-line indent: a heading with no space
        ("The next paragraph starts here with more body text", 60, True),
        # no indent, no space: the first line of a numbered list item
        ("The next paragraph starts here with more body text", 50, False),
        # an indented line that runs on in lower case: the item's hanging indent
        ("which runs on here with more of the item's own text", 60, False),
    ],
)
def test_a_numbered_heading_with_no_space_over_an_indented_paragraph(below, x0_below, heading):
    lines = _after_a_sentence()
    lines.append(_line("4.1. The first problem", top=112, x1=150))
    lines.append(_line(below, x0=x0_below, top=124))
    lines.append(_line("and the paragraph goes on to the margin as text does", top=136))
    roles = [ln.role for ln in _page(lines).lines]
    assert (roles[3] == "heading") is heading


_ENDS = "and ends with a full stop at the right margin."
_RUNS_ON = "and the sentence carries on past the margin to the"


@pytest.mark.parametrize(
    "text, end_text, x0, x1, heading",
    [
        # centred under a full line that ends a sentence
        ("Acknowledgments", _ENDS, 130, 210, True),
        ("2. Higher orders of the model", _ENDS, 100, 240, True),
        # the same line at the left edge, with no space above: no heading
        ("Acknowledgments", _ENDS, 50, 130, False),
        # centred, but the sentence above runs on: not a heading
        ("Acknowledgments", _RUNS_ON, 130, 210, False),
        ("2. Higher orders of the model", _RUNS_ON, 100, 240, False),
    ],
)
def test_a_centred_heading_in_the_texts_type(text, end_text, x0, x1, heading):
    lines = _after_a_sentence(end_x1=290, end_text=end_text)
    lines.append(_line(text, x0=x0, x1=x1, top=112))
    lines.append(_line("We now move to the higher orders of the model here", x0=60, top=132))
    roles = [ln.role for ln in _page(lines).lines]
    assert (roles[3] == "heading") is heading


@pytest.mark.parametrize(
    "text, next_top, heading",
    [
        ("Numerical Trials of the Method", 138, True),
        ("Numerical Examples", 138, True),
        ("Using", 138, False),  # one word over a display, not a heading
        ("Results of the trial", 138, False),  # not title case
        ("Spelling Rule Example", 200, False),  # the header row of a table, text far below
    ],
)
def test_an_unnumbered_heading_in_title_case(text, next_top, heading):
    lines = _after_a_sentence()
    lines.append(_line(text, top=122, x1=160))
    lines.append(_line("We illustrate now the method on a set of images taken", x0=60,
                       top=next_top))  # fmt: skip
    lines.append(_line("from the archive and the results are good enough", top=next_top + 12))
    roles = [ln.role for ln in _page(lines).lines]
    assert (roles[3] == "heading") is heading


@pytest.mark.parametrize("middle_end, heading", [("ALLOYS", True), ("alloys.", False)])
def test_the_middle_line_of_a_three_line_heading(middle_end, heading):
    def bold_line(words: str, top: float, x1: float, last_bold: bool = True) -> Line:
        toks = [Token(w, i > 0, N, True) for i, w in enumerate(words.split())]
        toks[-1] = Token(toks[-1].text, True, N, last_bold)
        return _line(toks, x0=60, x1=x1, top=top, size=9, bold=True)

    lines = _after_a_sentence()
    lines.append(bold_line("VI. FINDING THE VALUE FROM THE", 114, 270))
    # nearly full width, and its last word set in another font
    lines.append(bold_line(f"DISTRIBUTION OF BINARY {middle_end}", 124, 285, last_bold=False))
    lines.append(bold_line("OF THE SAMPLES", 134, 150))
    lines.append(_line("We can now apply the tools introduced above to find", x0=60, top=150))
    roles = [ln.role for ln in _page(lines).lines]
    assert (roles[4] == "heading") is heading


def test_an_appendix_heading_ends_the_back_matter():
    from pipeline.ingest.pdf.layout.roles import KNOWN_HEADINGS, heading_key

    assert KNOWN_HEADINGS.match(heading_key("Appendix A: Parameter estimates"))
    assert KNOWN_HEADINGS.match(heading_key("Appendix"))
    assert not KNOWN_HEADINGS.match(heading_key("Grant numbers"))
    assert not KNOWN_HEADINGS.match(heading_key("Appendicitis cases by region"))


@pytest.mark.parametrize(
    "opening, kept",
    [
        ("Acknowledgements. We thank the staff of the archive for", False),
        ("Funding: The study was paid for by a grant of the", False),
        ("Acknowledging the limits of the data, we go on with the", True),
        ("Funding for the agency grew in the years after the", True),
    ],
)
def test_a_paragraph_opened_by_a_run_in_back_matter_label(opening, kept):
    lines = [_line("The last paragraph of the text ends here as it should.", top=88, x1=240),
             _line(opening, x0=60, top=100), _line("their help with the records.", top=112,
                                                    x1=200)]  # fmt: skip
    blocks = _blocks([lines])
    assert any("the records" in b for b in blocks) is kept
    assert any("last paragraph" in b for b in blocks)


@pytest.mark.parametrize("label", [True, False])
def test_a_sentence_runs_on_below_a_display_only_from_text_in_its_type(label):
    # a figure's label in small type, the figure's numbers (read as maths), then the
    # sentence of the page before
    text = [_line("A paragraph of body text that runs to the margin", top=100 + 12 * i, page=2)
            for i in range(3)]  # fmt: skip
    text.append(_line("and more information was given by the com-", top=136, page=2))
    ticks = _line("14 12 10 8", x0=120, x1=200, top=90, size=8, page=3, flow=1)
    ticks.role = "maths"
    page3 = [_line("Low p max", x0=80, x1=120, top=80, size=6, page=3, flow=1)] if label else []
    page3.append(ticks)
    page3.append(_line("position measurements and the study of the sky.", top=120, page=3,
                       flow=5, x1=250))  # fmt: skip
    blocks = _blocks([text, page3])
    assert any("composition measurements" in b for b in blocks)
    assert not any("Low p max" in b for b in blocks)


@pytest.mark.parametrize(
    "first, second, below_x0, heading",
    [
        # a numbered heading broken over two lines, a paragraph with an indent under it
        ("2.1.2 Comparison of the ways used to fit the", "sampling laws", 60, True),
        ("A. Reading long reports of the agency by sec-", "tion", 60, True),
        # the two lines of a numbered list item: the next item at the same left edge
        ("2. Compare the ways used to fit the", "sampling laws", 50, False),
        # the first line closes a clause: an item of a list
        ("2.1.2 Comparison of the ways used to fit the laws;", "and the rest", 60, False),
    ],
)
def test_a_numbered_heading_over_two_lines(first, second, below_x0, heading):
    lines = _after_a_sentence()
    lines.append(_line(first, top=112, x1=250))
    lines.append(_line(second, x0=70, top=124, x1=150))
    below = (
        "The next paragraph opens here and runs to the margin"
        if below_x0 == 60
        else ("3. Invert the result and keep the largest of the values")
    )
    lines.append(_line(below, x0=below_x0, top=136))
    lines.append(_line("and the paragraph goes on to the margin as text does", top=148))
    roles = [ln.role for ln in _page(lines).lines]
    assert (roles[3:5] == ["heading", "heading"]) is heading


@pytest.mark.parametrize(
    "top, heading",
    [(124, True), (113, False)],  # space above it, or none
)
def test_a_numbered_heading_that_fills_the_line(top, heading):
    lines = _after_a_sentence()
    lines.append(_line("C. Ranking the blocks by the order of their approximation", top=top,
                       x1=285))  # fmt: skip
    lines.append(_line("Especially when the blocks are taken in the wavelet domain", x0=60,
                       top=top + 14))  # fmt: skip
    lines.append(_line("and the paragraph goes on to the margin as text does", top=top + 26))
    roles = [ln.role for ln in _page(lines).lines]
    assert (roles[3] == "heading") is heading


@pytest.mark.parametrize("x0_next, heading", [(60, True), (50, False)])
def test_a_numbered_heading_at_the_foot_of_a_column(x0_next, heading):
    lines = _after_a_sentence()
    lines.append(_line("5.2. Two kinds of sources", top=112, x1=170))
    # the paragraph under it opens the next column (with an indent, or not)
    nxt = _line("The other kind of source is the one we turn to here", x0=x0_next, top=60,
                flow=1)  # fmt: skip
    lines += [nxt, _line("and the paragraph goes on to the margin as text does", top=72, flow=1)]
    roles = [ln.role for ln in _page(lines).lines]
    assert (roles[3] == "heading") is heading


@pytest.mark.parametrize("among_figure, caption", [(True, True), (False, False)])
def test_the_caption_of_a_panel_of_a_figure(among_figure, caption):
    above = _line("10 20 30 40 50", x0=90, x1=260, top=80, size=7)
    above.role = "maths"  # the figure's tick labels
    if not among_figure:  # a list in small type between paragraphs of text
        above = _line("The list below gives the cases that the study keeps", top=80)
    panel = [_line("(a) Rate of launches by year for the two groups", x0=80, x1=260, top=96,
                   size=8),
             _line("of countries. Shown are both of the series.", x0=80, x1=240, top=106,
                   size=8)]  # fmt: skip
    below = (
        _line("Figure 3: Launches by year for the two groups.", top=126)
        if among_figure
        else _line("The text goes on after the list to the margin here", top=126)
    )
    roles = [ln.role for ln in _page([above, *panel, below]).lines]
    assert (roles[1:3] == ["caption", "caption"]) is caption


@pytest.mark.parametrize(
    "above_x1, last, text",
    [
        (290, "2011).", True),  # closes the sentence of the full line above it
        (200, "2011).", False),  # the line above ends short: a figure's number
        (290, "0.35 0.30", False),  # no sentence end: tick labels
    ],
)
def test_a_line_of_numbers_that_closes_a_sentence_over_a_figure(above_x1, last, text):
    lines = [_line("A paragraph of body text that runs to the margin", top=88),
             _line("in most of the studies of the field (Author et al.", top=100, x1=above_x1),
             _line(last, x1=80, top=112)]  # fmt: skip
    ticks = _line("0.25", x0=60, x1=70, top=124, size=4)
    ticks.role = "maths"
    roles = [ln.role for ln in _page([*lines, ticks]).lines]
    assert (roles[2] == "body") is text


@pytest.mark.parametrize(
    "size, words, kept",
    [
        (3.7, "Mean rate by month 95% rate of the mean confidence range 0.04 95% bands", False),
        (8.5, "Mean rate by month 95% rate of the mean confidence range 0.04 95% bands", True),
        (3.7, "The rate is shown by month.", True),  # ends as a sentence does
    ],
)
def test_a_legend_in_tiny_type_is_not_text(size, words, kept):
    lines = [_line("The paragraph of text ends here as it should.", top=80, x1=240),
             _line(words, x0=120, x1=280, top=100, size=size)]  # fmt: skip
    blocks = _blocks([lines])
    assert any("rate" in b for b in blocks) is kept


def _formula_page(one_column: bool) -> list[Line]:
    """A page of displayed formulas: on the left only short pieces and two full lines of
    text, on the right a column of text; a formula across the page at its foot. With
    ``one_column`` the text runs across the whole width instead."""
    if one_column:
        return _segs([[(50, 545)]] * 30, top=60) + [_line("x = y", 200, 260, top=430)]
    left = _segs([[(50, 290)]] * 2 + [[(120, 200)]] * 10 + [[(50, 290)]] * 1, top=60, pitch=24)
    right = _segs([[(305, 545)]] * 24, top=60)
    formula = [_line("f(x) = g(x) + h(x) (21)", 120, 420, top=400)]
    return left + right + formula


@pytest.mark.parametrize("one_column, found", [(False, True), (True, False)])
def test_the_gutter_of_the_page_before_is_tried_on_a_page_of_formulas(one_column, found):
    page = _formula_page(one_column)
    hint = [Gutter(291.0, 304.0)]
    assert find_gutters(page, 10.0) == []  # too few lines of text beside it on the left
    gutters = find_gutters(page, 10.0, hint=hint)
    assert bool(gutters) is found
    if found:  # the formula that reaches across it is read across it
        lines = order_page(_formula_page(one_column), gutters)
        assert [ln.col for ln in lines if ln.top == 400] == [-1]
        assert {ln.col for ln in lines if ln.top < 340} == {0, 1}


@pytest.mark.parametrize("second_top, joined", [(122, True), (140, False)])
def test_rows_of_a_display_stacked_tight_do_not_set_the_line_pitch(second_top, joined):
    display = [_line("a = b + c", x0=120, x1=250, top=60 + 6 * i) for i in range(6)]
    text = [_line("We now note that the limits we want to find can be", top=110),
            _line("written as the sum of the two terms.", top=second_top, x1=200)]  # fmt: skip
    lines = classify_page(display + text, 10.0, 2, False, 800.0).lines
    blocks = _blocks([lines])
    assert any("can be written as" in b for b in blocks) is joined


@pytest.mark.parametrize(
    "between, table",
    [
        ("Also, for the identity of the two groups we have", False),  # prose: text
        ("Total 12", True),  # a row of the table without a wide gap
    ],
)
def test_a_line_of_prose_between_rows_that_line_up_is_text(between, table):
    def row(top: float) -> Line:
        ln = _line("12 45 78", top=top)
        ln.gaps = [(100.0, 140.0), (180.0, 220.0)]
        return ln

    lines = [row(100), _line(between, top=112), row(124)]
    roles = [ln.role for ln in _page(lines).lines]
    assert roles[0] == roles[2] == "table"
    assert (roles[1] == "table") is table


@pytest.mark.parametrize("after_top, caption", [(113, True), (150, False)])
def test_a_caption_goes_on_past_a_row_of_smaller_type_stacked_in_it(after_top, caption):
    lines = [_line("Fig. 11. The share of X = log E over its spread", top=100),
             _line("sE", x0=240, x1=250, top=108, size=7),
             _line("where sE is the spread of log E in the sample.", top=after_top, x1=230),
             _line("The text of the page goes on here to the margin", top=after_top + 30)]  # fmt: skip
    roles = [ln.role for ln in _page(lines).lines]
    assert roles[0] == "caption" and roles[3] == "body"
    assert (roles[2] == "caption") is caption


@pytest.mark.parametrize("row, joined", [("f(x) = a + b (12)", True), ("12 45 78", False)])
def test_a_sentence_runs_on_below_a_display_read_as_table_rows(row, joined):
    before = _line("and it is then easy to check that the equations", top=100, x1=260)
    rows = []
    for k in range(2):
        ln = _line(row, x0=90, x1=270, top=124 + 12 * k)
        ln.role = "table"
        rows.append(ln)
    after = _line("are satisfied, where the braces give the bracket.", top=160, x1=240)
    blocks = _blocks([[before, *rows, after]])
    assert any("equations are satisfied" in b for b in blocks) is joined


@pytest.mark.parametrize(
    "line, kept",
    [
        # an author's name and role, signed under the text of a brief or a report
        ("Maria T. Okafor, Analyst in Orbital Debris Policy", False),
        ("Jan van der Berg, Senior Research Fellow at the Lunar Institute", False),
        ("Li Wei, Director of the Office of Launch Safety", False),
        # a place and a year alone: an imprint
        ("Geneva, 2019", False),
        ("Oslo, Norway, March 2021", False),
        # their twins: sentences and names that are not signed lines
        ("Maria T. Okafor, director of the office, signed the accord in May.", True),
        ("Launch Services, Program Update and Schedule Review", True),
        ("Mission Control, Houston", True),
        ("The partners met in Geneva in 2019", True),
    ],
)
def test_a_signature_or_imprint_line_is_not_text(line, kept):
    lines = [
        _line("The last paragraph of the text ends here as it should.", top=88, x1=240),
        _line(line, x0=50, top=120, x1=200),
    ]
    assert any(line in b for b in _blocks([lines])) is kept


@pytest.mark.parametrize(
    "heading, kept",
    [("Disclaimer", False), ("Author Information", False), ("Discussion", True)],
)
def test_a_disclaimer_is_back_matter(heading, kept):
    lines = [
        _line("The last paragraph of the text ends here as it should.", top=88, x1=240),
        _line(heading, top=110, x1=120, bold=True),
        _line("This brief was written for the members of a committee and", top=126),
        _line("may be copied without the permission of its authors.", top=138, x1=220),
    ]
    for ln in lines[1:2]:
        ln.role = "heading"
    blocks = _blocks([lines])
    assert any("members of a committee" in b for b in blocks) is kept
    assert any("last paragraph" in b for b in blocks)


@pytest.mark.parametrize(
    "line, kept",
    [
        ("Mathematics Subject Classification (2020): 35K05, 58J35", False),
        ("PACS numbers: 98.80.-k, 04.20.Jc", False),
        ("Please address all correspondence to: A. Writer, Institute of Orbits", False),
        # their twins: prose that opens with the same words
        ("Mathematics subject classifications differ between the fields of study", True),
        ("Addressing correspondence from member states, the panel replied in May", True),
    ],
)
def test_classification_codes_and_a_correspondence_address_are_not_text(line, kept):
    lines = [
        _line("The last paragraph of the text ends here as it should.", top=88, x1=240),
        _line(line, x0=60, top=110),
    ]
    assert any(line[:30] in b for b in _blocks([lines])) is kept


@pytest.mark.parametrize(
    "heading, back",
    [
        ("Competing financial interests", True),
        ("Correspondence", True),
        ("Correspondence between the two models", False),
    ],
)
def test_back_matter_headings_of_a_letter_journal(heading, back):
    from pipeline.ingest.pdf.layout.roles import BACK_MATTER_HEADINGS, heading_key

    assert bool(BACK_MATTER_HEADINGS.match(heading_key(heading))) is back


@pytest.mark.parametrize(
    "above, x1_above, top, caption",
    [
        # the sentence above runs to the column's edge and on into "Table 2."
        ("the parameters are set according to the values given in", 290, 112, False),
        # a sentence's end, a short line or a gap above: a caption
        ("the parameters are set according to the values we chose.", 290, 112, True),
        ("the parameters are set according to the values given in", 200, 112, True),
        ("the parameters are set according to the values given in", 290, 140, True),
    ],
)
def test_a_caption_label_that_carries_on_the_sentence_above(above, x1_above, top, caption):
    lines = [
        _line("A paragraph of the text that opens here and runs to", top=88),
        _line(above, top=100, x1=x1_above),
        _line("Table 2. The runs are listed there with their seeds.", top=top),
    ]
    roles = [ln.role for ln in _page(lines).lines]
    assert (roles[2] == "caption") is caption


@pytest.mark.parametrize(
    "first_end, opening, joined",
    [
        # the number of a cross-reference broken from its noun carries the sentence on
        ("the surface is drawn in Figure", "5. To read it we use", True),
        ("the values are listed in Table", "2. We read them as the", True),
        # a list item under a sentence's end, a bullet, a number after another word
        ("the surface is drawn as follows.", "5. To read it we use", False),
        ("the surface is drawn in Figure", "\u2022 To read it we use", False),
        ("the surface is drawn in three steps", "2. We read them as the", False),
    ],
)
def test_the_number_of_a_cross_reference_at_a_line_start_runs_on(first_end, opening, joined):
    lines = [
        _line("The last paragraph of the text ends here as it should.", top=76, x1=240),
        _line(f"Next, {first_end}", x0=60, top=88, x1=230),
        _line(f"{opening} other coordinates of the", top=100),
        _line("chart and the metric that goes with them.", top=112, x1=220),
    ]
    blocks = _blocks([lines])
    assert any(first_end in b and opening in b for b in blocks) is joined


@pytest.mark.parametrize(
    "line, page, kept",
    [
        ("2 Institute of Orbital Physics, University of Tromso, Norway", 2, False),
        ("School of Engineering, Lakeside Polytechnic College of Science", 2, False),
        # prose that names an institution; an affiliation past the first pages
        ("The work was carried out at the institute of the university in May.", 2, True),
        ("2 Institute of Orbital Physics, University of Tromso, Norway", 5, True),
    ],
)
def test_an_affiliation_on_the_first_pages_is_not_text(line, page, kept):
    from pipeline.ingest.pdf.layout.roles import PageResult

    asm = Assembler()
    asm.mode = "body"
    lines = [
        _line("The last paragraph of the text ends here as it should.", top=88, x1=240, page=page),
        _line(line, x0=60, top=110, page=page),
    ]
    asm.feed(PageResult(page, lines, [], ""))
    assert any(line in b.text for b in asm.blocks()) is kept


@pytest.mark.parametrize(
    "line, kept",
    [
        ("Cover illustration: an artist's view of a station. The sizes are not to scale.", False),
        ("Photo credit: the agency's imaging team.", False),
        # prose that speaks of covers and credits
        ("Cover illustrations of the report were chosen by the committee.", True),
        ("Credit for the design goes to the team that built the rover.", True),
    ],
)
def test_a_credit_line_is_not_text(line, kept):
    lines = [
        _line("The last paragraph of the text ends here as it should.", top=88, x1=240),
        _line(line, x0=60, top=110),
    ]
    assert any(line[:25] in b for b in _blocks([lines])) is kept


@pytest.mark.parametrize(
    "heading, kept",
    [("6. Reference", True),  # a section naming a document's reference version
     ("6. References", False), ("Reference", False), ("References", False)],
)  # fmt: skip
def test_a_numbered_section_called_reference_is_text(heading, kept):
    lines = [
        _line("The last paragraph of the text ends here as it should.", top=88, x1=240),
        _line(heading, top=110, x1=120, bold=True),
        _line("The reference version of the guidelines at the time of this", top=126),
        _line("publication is the one in the annex to the report.", top=138, x1=220),
    ]
    lines[1].role = "heading"
    blocks = _blocks([lines])
    assert any("reference version of the guidelines" in b for b in blocks) is kept


@pytest.mark.parametrize(
    "line, kept",
    [("United Nations publication Printed in Austria V.09-88517 January 2010", False),
     ("Printed in the United States of America", False),
     # prose that says where something was printed is text
     ("The report was printed in Geneva and sent to every delegation.", True)],
)  # fmt: skip
def test_a_printers_line_is_not_text(line, kept):
    lines = [
        _line("The last paragraph of the text ends here as it should.", top=88, x1=240),
        _line(line, x0=50, top=120, x1=280),
    ]
    assert any(line[:30] in b for b in _blocks([lines])) is kept


@pytest.mark.parametrize(
    "middle, numbered, text",
    [
        # a sentence running on between numbered displays whose parts line up: text, though
        # half of it is an inline formula
        ("Then, once we set k = 2 here, we obtain", True, True),
        # the same line among the aligned rows of a table (no equation numbers): a row
        ("Then, once we set k = 2 here, we obtain", False, False),
        # six words of prose or more between numbered displays, among many signs: text; the
        # same line among a table's aligned rows: a row
        (
            "Given reals \u03b1 \u2265 1, s > 0 and r < s, the map f is said to be (\u03b1, s)-smooth if",
            True,
            True,
        ),
        (
            "Given reals \u03b1 \u2265 1, s > 0 and r < s, the map f is said to be (\u03b1, s)-smooth if",
            False,
            False,
        ),
        # a line of formula with a word or two between numbered displays: not text
        ("Thus x = y + z = w + v", True, False),
    ],
)
def test_a_sentence_between_numbered_displays_that_line_up_is_text(middle, numbered, text):
    first = _line("x = a + b (1)" if numbered else "x = a + b 12", 120, 290, top=100)
    row = _line(middle, 60, 230, top=114)
    second = _line("y = c + d (2)" if numbered else "y = c + d 14", 120, 290, top=128)
    for ln in (first, second):
        ln.gaps = [(200.0, 260.0)]  # the gap before the equation number (or the last cell)
    lines = [_line("A paragraph of text that runs along to the margin.", top=80), first, row,
             second]  # fmt: skip
    assert (_page(lines).lines[2].role == "body") is text


@pytest.mark.parametrize(
    "legend, size, below, scrap",
    [
        (["Forecast of operator A", "Forecast of operator B"], 6.0, "0.2", True),
        # one line of the run ends a sentence: a note set in small type, text
        (["Forecast of operator A", "Both forecasts agree."], 6.0, "0.2", False),
        # a size down from the body's: still a label among the figure's lines
        (["Forecast of operator A", "Forecast of operator B"], 9.0, "0.2", True),
        # the body's type: text
        (["Forecast of operator A", "Forecast of operator B"], 10.0, "0.2", False),
        # a line of text right after the run: small type among the text, kept
        (["Forecast of operator A", "Forecast of operator B"], 6.0, "and the text goes on",
         False),
        # lines across the column's text (entries of a reference list in smaller type after
        # a table): kept
        (["[1] A. Author, A title of a paper on orbits, J. Orb. 4", "[2] B. Author, Rev. A 12"],
         9.0, "0.2", False),
    ],
)  # fmt: skip
def test_a_legend_in_small_type_among_a_figures_labels_is_a_scrap(legend, size, below, scrap):
    lines = [_line("Text of the column, across its width, ends here.", top=80)]
    lines += [_line("0.6", 60, 70, top=100, size=8), _line("0.4", 60, 70, top=114, size=8)]
    x0, x1 = (50, 290) if legend[0].startswith("[") else (140, 230)
    lines += [_line(t, x0, x1, top=126 + 8 * i, size=size) for i, t in enumerate(legend)]
    lines.append(_line(below, 60, 70 if below[0].isdigit() else 290, top=150, size=8))
    roles = [ln.role for ln in _page(lines).lines]
    assert (roles[3:5] == ["other", "other"]) is scrap


# ---------------------------------------------------------------------------------------------
# The same rules on small generated PDFs


def _placed(path, items: list[tuple[float, float, float, str]]) -> bytes:
    """A one-page PDF of strings at (x, y from the bottom, size) in Times-Roman."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for x, y, size, text in items:
        c.setFont("Times-Roman", size)
        c.drawString(x, y, text)
    c.save()
    return path.read_bytes()


_BEFORE = [
    "The agencies agreed to share tracking data from their ground stations, and the",
    "first exchange of orbital elements took place in the spring of that year, when",
    "the two operators compared the predicted passes of their satellites over the",
    "pole and found that the forecasts agreed to within a few hundred metres. The",
]
_AFTER = [
    "second exchange covered the debris objects that both catalogues follow, and the",
    "operators found that their estimates of the decay dates differed by some days.",
]


@pytest.mark.parametrize("legend_size, in_text", [(6.0, False), (10.0, True)])
def test_a_pdf_figure_legend_is_set_aside_and_the_sentence_resumes(tmp_path, legend_size,
                                                                   in_text):  # fmt: skip
    from pipeline.ingest.pdf import ingest_pdf

    items = [(72.0, 760.0 - 12 * i, 10.0, t) for i, t in enumerate(_BEFORE)]
    items += [(80.0, 700.0, 8.0, "0.6"), (80.0, 686.0, 8.0, "0.4")]
    items += [(160.0, 672.0, legend_size, "Forecast of the first operator"),
              (160.0, 662.0, legend_size, "Forecast of the second operator")]  # fmt: skip
    items += [(80.0, 650.0, 8.0, "0.2"), (80.0, 636.0, 8.0, "0.0")]
    items.append((72.0, 612.0, 9.0, "Figure 1. Predicted passes of the two satellites."))
    items += [(72.0, 588.0 - 12 * i, 10.0, t) for i, t in enumerate(_AFTER)]
    pt = ingest_pdf(_placed(tmp_path / "legend.pdf", items))
    text = " ".join(b.text for b in pt.blocks)
    assert ("Forecast of the first operator" in text) is in_text
    if not in_text:
        assert "metres. The second exchange covered" in text
        assert any("Forecast of the second operator" in e.text for e in pt.excluded)


@pytest.mark.parametrize("numbered", [True, False])
def test_a_pdf_sentence_between_numbered_displays_stays_text(tmp_path, numbered):
    from pipeline.ingest.pdf import ingest_pdf

    items = [(72.0, 760.0 - 12 * i, 10.0, t) for i, t in enumerate(_BEFORE[:3])]
    items.append((72.0, 724.0, 10.0, "orbits, and the drift of the first one reads"))
    for y, left, right in ((700.0, "u = a + b", "(1)"), (660.0, "w = c + d", "(2)")):
        items += [(200.0, y, 10.0, left), (480.0, y, 10.0, right if numbered else "17")]
    items.append((72.0, 680.0, 10.0, "Then, once we set k = 2 here, we obtain"))
    items += [(72.0, 636.0 - 12 * i, 10.0, t) for i, t in enumerate(_AFTER)]
    pt = ingest_pdf(_placed(tmp_path / "displays.pdf", items))
    text = " ".join(b.text for b in pt.blocks)
    assert ("Then, once we set k = 2 here, we obtain" in text) is numbered


@pytest.mark.parametrize(
    "label, bold, caption",
    [
        ("Algorithm 1: Steps of the planner", False, True),  # a label with a colon
        ("Algorithm 1 Steps of the planner", True, True),  # a bold label, no colon
        ("Algorithm 1 lists the steps of the planner", False, False),  # a sentence
        ("Algorithm 1 lists the steps of the planner", "all", False),  # a bold line of text
    ],
)
def test_the_steps_under_an_algorithms_caption_are_set_aside(label, bold, caption):
    words = label.split()
    tokens = [Token(w, i > 0, N, bold == "all" or (bold is True and i < 2))
              for i, w in enumerate(words)]  # fmt: skip
    lines = [_line("A paragraph of text ends here as it should.", top=80, x1=200),
             _line(tokens, top=100)]  # fmt: skip
    lines += [_line(f"{k}: update the estimate of the orbit", 60, 250, top=112 + 10 * k, size=9)
              for k in range(1, 4)]  # fmt: skip
    lines.append(_line("The text goes on in the body type below it.", top=160))
    roles = [ln.role for ln in _page(lines).lines]
    assert roles[0] == "body" and roles[-1] == "body"
    assert (roles[1:5] == ["caption", "table", "table", "table"]) is caption


def test_a_pdf_algorithm_box_is_set_aside_and_the_sentence_resumes(tmp_path):
    from reportlab.pdfgen import canvas

    from pipeline.ingest.pdf import ingest_pdf

    path = tmp_path / "algorithm.pdf"
    c = canvas.Canvas(str(path))
    y = 760.0
    for t in _BEFORE:
        c.setFont("Times-Roman", 10)
        c.drawString(72, y, t)
        y -= 12
    y -= 14
    c.setFont("Times-Bold", 10)
    c.drawString(72, y, "Algorithm 1")
    c.setFont("Times-Roman", 10)
    c.drawString(140, y, "Matching the two catalogues")
    for k, step in enumerate(["for each object in the first catalogue do",
                              "find the nearest orbit in the second one",
                              "end for"], start=1):  # fmt: skip
        y -= 11
        c.setFont("Times-Roman", 8.5)
        c.drawString(80, y, f"{k}: {step}")
    y -= 26
    for t in _AFTER:
        c.setFont("Times-Roman", 10)
        c.drawString(72, y, t)
        y -= 12
    c.save()
    pt = ingest_pdf(path.read_bytes())
    text = " ".join(b.text for b in pt.blocks)
    assert "metres. The second exchange covered" in text
    assert "nearest orbit" not in text
    assert any("nearest orbit" in e.text for e in pt.excluded)


@pytest.mark.parametrize(
    "cells, caption, table",
    [
        (["step size", "orbit count", "mass limit"], True, True),
        # lines that fill the column: a paragraph of text above the caption
        (["the operators shared their data on each pass", "over the pole and they found",
          "that the forecasts agreed to within"], True, False),
        # a line of the column ends a sentence: text
        (["step size", "orbit count", "it was set by hand."], True, False),
        # no caption next to the band: left alone
        (["step size", "orbit count", "mass limit"], False, False),
    ],
)  # fmt: skip
def test_a_tables_cell_columns_read_as_text_columns_are_its_rows(cells, caption, table):
    lines: list[Line] = []
    for k, text in enumerate(cells):
        left = _line(text, 50, 50 + 5.2 * len(text), top=100 + 14 * k)
        right = _line(f"{k + 1}.0", 320, 340, top=100 + 14 * k)
        left.col, right.col, left.flow, right.flow = 0, 1, 0, 1
        lines += [left, right]
    lines.sort(key=lambda ln: (ln.col, ln.top))
    cap = _line("Table 1: Settings of the model" if caption else "A line across the page",
                50, 545, top=150)  # fmt: skip
    cap.col, cap.flow = -1, 2
    lines.append(cap)
    for col, x0 in ((0, 50.0), (1, 320.0)):  # text under it fills each column
        for k in range(3):
            ln = _line("Text of a column that runs to its right edge here", x0, x0 + 240,
                       top=170 + 12 * k)  # fmt: skip
            ln.col, ln.flow = col, 3 + col
            lines.append(ln)
    roles = [ln.role for ln in _page(lines).lines]
    assert (roles[:6] == ["table"] * 6) is table
    assert roles[-6:] == ["body"] * 6


@pytest.mark.parametrize(
    "row, gap, maths",
    [
        # the denominators of a display's fractions, at the left edge right under its row
        ("x \u2212 a cos \u03b8 + i\u03b5 x \u2212 b cos \u03b8 + i\u03b5", 3.0, True),
        # a word of prose: the sentence goes on with an inline formula
        ("where a + b < c holds", 3.0, False),
        # far from the display: a line of its own
        ("x \u2212 a cos \u03b8 + i\u03b5 x \u2212 b cos \u03b8 + i\u03b5", 40.0, False),
    ],
)
def test_a_row_of_symbols_at_the_left_edge_under_a_display_is_maths(row, gap, maths):
    lines = [
        _line("A paragraph of body text that runs to the margin", top=100),
        _line("and so the sum over both angles is given by", top=112, x1=240),
        _line("a cos \u03b8 b cos \u03b8", 90, 230, top=130),
        _line("(21)", 270, 290, top=134),
    ]
    lines.append(_line(row, 50, 230, top=lines[2].bottom + gap))
    lines.append(_line("for the first mode only, as we show next", top=lines[-1].bottom + 20))
    roles = [ln.role for ln in _page(lines).lines]
    assert roles[2] == "maths"
    assert (roles[4] == "maths") is maths
    assert roles[-1] == "body"


@pytest.mark.parametrize(
    "x0, x1, next_x0, text",
    [
        # a paragraph's indented first line full of symbols, running to the right edge, the
        # next line going on at the left edge: text
        (68.0, 290.0, 50.0, True),
        # set in further than an indent (centred): a display
        (120.0, 290.0, 50.0, False),
        # short of the right edge: a display
        (68.0, 230.0, 50.0, False),
        # the next line set in too: a display of two rows
        (68.0, 290.0, 68.0, False),
    ],
)
def test_an_indented_first_line_full_of_symbols_is_text(x0, x1, next_x0, text):
    lines = [
        _line("The text before it ends with a sentence here.", top=100, x1=230),
        _line("for the set (a, b, c) with (u, v, w, x, y, z, k1, k2,", x0, x1, top=114),
        _line("each of which the model then fits to the data", next_x0, 290, top=128),
        _line("of every orbit in the sample, as the table shows.", top=142),
    ]
    assert (_page(lines).lines[1].role == "body") is text


@pytest.mark.parametrize("full_above, maths", [(True, False), (False, True)])
def test_a_row_of_symbols_that_ends_the_sentence_above_it_stays_text(full_above, maths):
    display = _line("a cos \u03b8 b cos \u03b8", 90, 230, top=100)
    display.role = "maths"
    above = _line("and the same bound then carries over from small values up to",
                  x1=290 if full_above else 200, top=112)  # fmt: skip
    row = _line("0 < x \u2264 1 \u25a1", 50, 120, top=124)
    lines = [display, above, row, _line("A new paragraph of text starts here.", top=150)]
    if not full_above:  # the row right under the display, the text line after it
        lines = [display, row, above, lines[-1]]
        row.top, row.bottom, above.top = 112, 121, 140
    roles = [ln.role for ln in _page(lines).lines]
    assert (roles[lines.index(row)] == "maths") is maths
