"""Lines of prose with a sign in them that are no displayed formula: the hanging lines of an
enumerated list item, a short lead-in line full of two-letter words, and the numbered first
line of a centred heading over two lines; and the statement label ("Corollary 4.1.") that
opens a paragraph under a lead-in with no period. Every case has a twin that must come out
the other way."""

from __future__ import annotations

import pytest

from pipeline.ingest.pdf.layout import Assembler, Line, Token, classify_page


def _line(
    text: str,
    x0: float = 50.0,
    x1: float = 290.0,
    top: float = 100.0,
    size: float = 10.0,
    bold: bool = False,
) -> Line:
    tokens = [Token(w, i > 0, 0, bold) for i, w in enumerate(text.split())]
    ln = Line(tokens, x0, x1, top, top + 0.9 * size, size, bold, "F", 1, 20.0, 40)
    ln.flow, ln.col_left, ln.col_right, ln.pitch = 0, 50.0, 290.0, 1.2 * size
    ln.text = ln.raw_text()
    return ln


def _roles(lines: list[Line]) -> list[str]:
    return [ln.role for ln in classify_page(lines, 10.0, 1, False, 800.0).lines]


@pytest.mark.parametrize(
    "item, label_x0, tail, tail_x0, role",
    [
        # the enumerator set flush right: "iii." starts left of the "i." above it, and the
        # item's text hangs under the text after the label
        (
            "iii. the change for protons then happens at an",
            52,
            "energy \u223c Z \u00d7 10 eV;",
            68,
            "body",
        ),
        (
            "(b) the probe is weighed again after each",
            55,
            "run: m = 4.2 \u00b1 0.1 kg;",
            72,
            "body",
        ),
        ("4) if not, the value is set to the mean of", 54, "x + y over n;", 68, "body"),
        # the same lines under a line that opens with no enumerator: a display
        (
            "the change for protons then happens at an",
            52,
            "energy \u223c Z \u00d7 10 eV;",
            68,
            "maths",
        ),
        # a formula set in from the item's text by more than three ems: a display
        ("1) For each block select the coefficient", 54, "j = arg min |c(n)| 2", 110, "maths"),
    ],
)
def test_the_hanging_line_of_an_enumerated_item_is_text(item, label_x0, tail, tail_x0, role):
    lines = [
        _line("A sentence of the text ends at this point here.", top=88, x1=260),
        _line(item, x0=label_x0, top=100),
        _line(tail, x0=tail_x0, x1=180, top=112),
    ]
    assert _roles(lines)[2] == role


@pytest.mark.parametrize(
    "text, role",
    [
        # a short line of prose, set in as a paragraph's first line, after a display: its
        # words of two letters are words
        ("As a consequence of Theorem 3.1, we have", "body"),
        ("so it is up to us to fix \u03b1 in (5)", "body"),
        # a formula: a capitalised variable with an index ("At") is no word, nor is "if"
        # among signs
        ("S = Av v \u2212\u03b1 At exp(\u2212 r 2 ) (6)", "maths"),
        ("f(x) = 1 if x > 0 (7)", "maths"),
    ],
)
def test_a_short_line_of_prose_is_not_a_display(text, role):
    lines = [
        _line("so that the bound on the volume reads", top=88, x1=240),
        _line("V (x, r) \u2264 c r n , 0 < r \u2264 1, (4.13)", x0=120, x1=260, top=100),
        _line(text, x0=68, x1=230, top=114),
    ]
    assert _roles(lines)[2] == role


@pytest.mark.parametrize(
    "above, above_x1, below, starts",
    [
        # a lead-in with no period, stopping short of the margin by a fifth of the column or
        # more: the statement opens a paragraph of its own
        ("As a consequence of Theorem 3.1, we have", 210, "Corollary 4.1. Assume that the", True),
        ("We now sketch the proof of the following result", 180, "Lemma 2. Let u be", True),
        # the line above runs to the margin: a reference to the theorem inside the sentence
        ("and the bound on the norm follows from", 290, "Theorem 2.1. Hence the map", False),
        # a ragged right edge: a line a few words short of the margin runs on
        ("and the bound on the norm follows from", 255, "Theorem 2.1. Hence the map", False),
    ],
)
def test_a_statement_label_under_a_lead_in_opens_a_paragraph(above, above_x1, below, starts):
    p = _line(above, x1=above_x1)
    ln = _line(below, top=112)
    assert Assembler._starts_paragraph(p, ln) is starts


@pytest.mark.parametrize(
    "first, heading",
    [
        ("C. Conservation of momentum and l = 2", True),
        # a line that ends a sentence is no part of the heading under it
        ("C. Conservation of momentum holds for l = 2.", False),
    ],
)
def test_the_numbered_first_line_of_a_centred_heading_over_two_lines(first, heading):
    # a heading in bold and a size down, centred, over two lines; its first line holds a sign
    lines = [
        _line("the total current is also finite in this case.", top=88, x1=230),
        _line(first, x0=76, x1=264, top=104, size=9.0, bold=True),
        _line("susceptibility", x0=140, x1=200, top=114.5, size=9.0, bold=True),
        _line("Finally, we address the question of what the", x0=60, top=139),
        _line("continuity of the momentum implies for the", top=151),
    ]
    roles = _roles(lines)
    assert roles[2] == "heading"
    assert (roles[1] == "heading") is heading


@pytest.mark.parametrize("text_size, role", [(9.0, "body"), (10.0, "other")])
def test_a_lead_in_between_displays_on_a_page_in_small_type_is_text(text_size, role):
    # an appendix set a size down from the document's 10-point text: its short lead-in line
    # between two displays, in the appendix's own type, is text; a line a size down from
    # the text around it, between two lines of a float, is a legend
    lines = [
        _line("The matrices of the update are kept from one step to the", top=88, size=text_size),
        _line("next, so that the cost of a step does not grow with the", top=100, size=text_size),
        _line(
            "number of samples seen so far, and we introduce two of them", top=112, size=text_size
        ),
        _line(
            "\u03a6 = I \u2212 H H + \u2208 R s\u00d7s , \u0398 = H H +",
            x0=110,
            x1=250,
            top=126,
            size=9.0,
        ),
        _line("and rewrite b and c as", x1=160, top=140, size=9.0),
        _line("c = \u03a6 h , b = \u0398 h / (1 + h \u0398 h)", x0=120, x1=240, top=154, size=9.0),
    ]
    assert _roles(lines)[4] == role


@pytest.mark.parametrize(
    "caption_end, tail",
    [
        ("when one of them is read off the surface, and", True),
        # the caption ends a sentence: the line under it is the column's text
        ("when one of them is read off the surface.", False),
    ],
)
def test_the_rest_of_a_caption_cut_off_by_a_line_across_the_gutter(caption_end, tail):
    def placed(text: str, x0: float, x1: float, top: float, col: int, flow: int, size=10.0):
        ln = _line(text, x0=x0, x1=x1, top=top, size=size)
        ln.col, ln.flow = col, flow
        ln.col_left, ln.col_right = (300.0, 540.0) if col == 1 else (50.0, 290.0)
        return ln

    lines = [
        placed("FIG. 4. A term of higher order in the sum. At", 300, 540, 100, 1, 1, 9.0),
        placed(caption_end, 300, 530, 110, 1, 1, 9.0),
        # a formula of the left column running over the gutter cuts the page into bands
        placed("the function F(k, p) = (Z m/\u03c0) G(k, k; p, p),", 50, 310, 114, -1, 2),
        placed("where G is the vertex of the interaction, fully", 50, 290, 127, 0, 3),
        placed("to M = 2 when both are read on the surface.", 300, 480, 121, 1, 4, 9.0),
        placed("their momenta differ by q. Within this approach", 300, 540, 140, 1, 4),
    ]
    roles = _roles(lines)
    assert (roles[4] == "caption") is tail
    assert roles[5] == "body"


@pytest.mark.parametrize(
    "labels, resumed",
    [
        # a figure's labels stacked in one flow, read as one paragraph of four lines
        (["Smoker", "Non-smoker", "age (a)", "age (a)"], True),
        # a note in small type that ends a sentence is no label: the sentence stays apart
        (["Smoker", "Non-smoker", "age (a)", "See the text."], False),
        # lines of four words or more are a paragraph in small type, not labels
        (["the risk of smokers", "and of the others", "at the age of", "sixty years"], False),
    ],
)
def test_a_sentence_resumes_across_a_run_of_labels_read_as_one_paragraph(labels, resumed):
    from pipeline.ingest.pdf.layout.roles import PageResult

    def placed(text: str, top: float, page: int, size: float = 10.0, x1: float = 290.0):
        ln = _line(text, top=top, size=size, x1=x1)
        ln.page = page
        return ln

    text = [placed("A paragraph of body text that runs to the margin", 100 + 12 * i, 2)
            for i in range(3)]  # fmt: skip
    text.append(placed("and the trend was also found in the com-", 136, 2))
    figure = [placed(label, 60 + 7 * k, 3, size=6.0, x1=120) for k, label in enumerate(labels)]
    rest = [placed("parison of the models, as the appendix shows.", 120, 3, x1=250)]
    asm = Assembler()
    asm.mode = "body"
    for i, lines in enumerate([text, figure + rest]):
        asm.feed(PageResult(i + 2, lines, [], ""))
    blocks = [b.text for b in asm.blocks()]
    assert any("comparison of the models" in b for b in blocks) is resumed


@pytest.mark.parametrize(
    "above, below, heading",
    [
        # the page's last line of text, numbered, after a sentence's end: a heading whose
        # paragraph opens the next page
        ("in the light of the remarks made below.", None, True),
        # the line above runs on into it: the number of a sentence ("... in Section" / "5.2.")
        ("in the light of the remarks made in Section", None, False),
        # a line under it on the page, at the same edge and in lower case: a list item
        ("in the light of the remarks made below.", "of the shell and the bubble", False),
    ],
)
def test_a_numbered_heading_as_the_last_line_of_a_page(above, below, heading):
    lines = [
        _line("The model applies to shells of old remnants as well,", top=88),
        _line(above, top=100, x1=250),
        _line("5.2. Bubbles versus isolated remnants", top=112.6, x1=200),
    ]
    if below is not None:
        lines.append(_line(below, top=124.6, x1=200))
    assert (_roles(lines)[2] == "heading") is heading
