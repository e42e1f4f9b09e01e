"""Headings of scholarly PDFs that hold a bit of mathematics: a variable in the italic of
mathematics at the end of a bold heading, and a case named by a formula ("l = 1"). Hand-made
lines; every case has a twin that must come out the other way."""

from __future__ import annotations

from pipeline.ingest.pdf.layout import Line, Token, classify_page
from pipeline.ingest.pdf.layout.roles import _run_in

N = 0  # an ordinary token


def _line(
    tokens: list[Token] | str,
    top: float,
    *,
    x1: float = 290.0,
    size: float = 10.0,
    bold: bool = False,
) -> Line:
    if isinstance(tokens, str):
        tokens = [Token(w, i > 0, N, bold) for i, w in enumerate(tokens.split())]
    ln = Line(tokens, 50.0, x1, top, top + 0.9 * size, size, bold, "F", 1, 20.0, 40)
    ln.flow, ln.col_left, ln.col_right, ln.pitch = 0, 50.0, 290.0, 1.2 * size
    ln.text = ln.raw_text()
    return ln


def _bold(words: str) -> list[Token]:
    return [Token(w, i > 0, N, True) for i, w in enumerate(words.split())]


def test_a_variable_closing_a_bold_heading_does_not_make_it_run_in():
    heading = _bold("Scaling between density and the steepness") + [Token("\u03bb", True, N)]
    assert not _run_in(_line(heading, 100, bold=True))
    # the twin: a run-in label followed by text, whose line happens to end on a variable
    plain = _line("We draw samples of size n", 100).tokens
    run_in = _bold("Data sets.") + [Token(t.text, True, N) for t in plain]
    assert _run_in(_line(run_in, 100, bold=True))


def _role_between_paragraphs(ln: Line) -> str:
    """The role of a line (at 101 pt) set apart between two paragraphs."""
    lines = [
        _line("A paragraph of body text that runs to the margin", 76),
        _line("and ends with a full stop.", 88, x1=200),
        ln,
        _line("The next paragraph starts here with more body text", 122),
    ]
    return classify_page(lines, 10.0, 1, False, 800.0).lines[2].role


def test_a_bold_heading_may_name_a_case_by_a_formula():
    heading = _line("C. Why the instability is absent for l = 1", 101, x1=260, size=8.97, bold=True)
    assert _role_between_paragraphs(heading) == "heading"


def test_a_displayed_formula_in_bold_is_not_a_heading():
    formula = _line("F = m a + b", 101, x1=160, size=8.97, bold=True)
    assert _role_between_paragraphs(formula) != "heading"
    # nor a line of plain text that holds a formula, however short
    plain = _line("C. Why the instability is absent for l = 1", 101, x1=260)
    assert _role_between_paragraphs(plain) != "heading"
