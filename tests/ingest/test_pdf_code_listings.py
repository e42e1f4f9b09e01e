"""Code listings in PDFs (manuals, specifications): lines set in a monospaced font are set
aside as code (an excluded row of kind ``other``), not read as headings or sentences; a
document typed in Courier throughout, and an identifier that ends a sentence of prose, stay
running text."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from pipeline.ingest.pdf import ingest_pdf
from pipeline.ingest.pdf.layout.code import mark_code, monospaced
from pipeline.ingest.pdf.layout.lines import MONO_FONT, Line, Token


def _pdf(path: Path, blocks: list[tuple[str, list[str]]]) -> bytes:
    """Blocks of lines at the left margin, top down, each in one font (11 pt), a gap between."""
    c = canvas.Canvas(str(path))
    y = 760.0
    for font, lines in blocks:
        t = c.beginText(72, y)
        t.setFont(font, 11)
        t.setLeading(14)
        for line in lines:
            t.textLine(line)
        c.drawText(t)
        y -= 14 * len(lines) + 12
    c.save()
    return path.read_bytes()


PROSE = [
    "The relay service keeps a small registry of the ground stations that take part in",
    "the network, and each station describes itself in a short record of named fields.",
    "A record of this kind is written as follows:",
]
AFTER = [
    "Each station sends its record to the registry once a year, and the registry answers",
    "with the list of stations it holds, so that every partner knows the whole network.",
]


ENGINES = ["pdfium", "pdfplumber"]


def _texts(data: bytes, engine: str) -> tuple[str, list[tuple[str, str]], set[str]]:
    parsed = ingest_pdf(data, engine=engine)
    body = " ".join(b.text for b in parsed.blocks)
    excluded = [(e.kind, e.text) for e in parsed.excluded]
    sections = {b.section for b in parsed.blocks}
    return body, excluded, sections


@pytest.mark.parametrize("engine", ENGINES)
def test_a_listing_is_set_aside_and_its_keywords_are_no_heading(tmp_path, engine):
    listing = ["Station ::= RECORD {", "BEGIN", "name TEXT,", "dish METRES", "}", "END"]
    data = _pdf(tmp_path / "manual.pdf", [("Times-Roman", PROSE), ("Courier", listing),
                                          ("Times-Roman", AFTER)])  # fmt: skip
    body, excluded, sections = _texts(data, engine)
    assert "written as follows:" in body and "every partner knows the whole network." in body
    for line in listing:
        assert line not in body
    assert not any(s.strip().lower() in ("begin", "end") for s in sections)
    code = "\n".join(text for kind, text in excluded if kind == "other")
    assert "Station ::= RECORD {" in code and "dish METRES" in code


@pytest.mark.parametrize("engine", ENGINES)
def test_a_lone_command_line_between_paragraphs_is_code(tmp_path, engine):
    data = _pdf(tmp_path / "manual.pdf", [("Times-Roman", PROSE), ("Courier", ["$ relayctl add"]),
                                          ("Times-Roman", AFTER)])  # fmt: skip
    body, excluded, _ = _texts(data, engine)
    assert "relayctl" not in body
    assert ("other", "$ relayctl add") in excluded


@pytest.mark.parametrize("engine", ENGINES)
def test_a_document_typed_in_courier_is_running_text(tmp_path, engine):
    data = _pdf(tmp_path / "memo.pdf", [("Courier", PROSE), ("Courier", AFTER)])
    body, excluded, _ = _texts(data, engine)
    assert "A record of this kind is written as follows:" in body
    assert "every partner knows the whole network." in body
    assert not [t for k, t in excluded if k == "other"]


@pytest.mark.parametrize(
    ("name", "mono"),
    [
        ("Courier", True), ("CMTT10", True), ("SFTT1000", True), ("LMMono10-Regular", True),
        ("DejaVuSansMono", True), ("NimbusMonL-Regu", True), ("Consolas", True),
        ("CMSLTT10", True),
        ("Times-Roman", False), ("CMR10", False), ("Helvetica", False), ("Montserrat", False),
        ("CMSS10", False), ("ArialMT", False),
    ],
)  # fmt: skip
def test_monospaced_font_names(name, mono):
    assert bool(MONO_FONT.search(name)) is mono


def _ln(text: str, *, mono: bool, x0: float = 50.0, x1: float = 200.0, top: float = 100.0) -> Line:
    tokens = [Token(w, i > 0, 0) for i, w in enumerate(text.split())]
    ln = Line(tokens, x0, x1, top, top + 9.0, 10.0, False, "F", 1, 20.0, len(text))
    ln.mono = len(text) if mono else 0
    ln.col_left, ln.col_right, ln.text = 50.0, 290.0, text
    return ln


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # two lines of program text in a row
        ([("x = read(f)", True, 50, 120), ("y = x + 1", True, 50, 110)], ["code", "code"]),
        # one line set in from the left edge
        ([("relayctl --list", True, 80, 170)], ["code"]),
        # one short line without a sentence's end at the left edge
        ([("relayctl --list", True, 50, 140)], ["code"]),
        # an identifier that ends a sentence of the full line of prose above it
        ([("The registry returns its answer in the field named", False, 50, 288),
          ("station_record_list.", True, 50, 150)], ["body", "body"]),
        # and two such lines under it: the sentence runs on
        ([("The registry returns its answer in the fields named", False, 50, 288),
          ("station_record_list and station_record_count and", True, 50, 288),
          ("station_record_total.", True, 50, 150)], ["body", "body", "body"]),
        # a lone line in the typewriter face that ends a sentence of its own stays text
        ([("The registry answers at once.", True, 50, 200)], ["body"]),
        # prose in an ordinary face is never code
        ([("The registry answers", False, 50, 150), ("at once.", False, 50, 100)],
         ["body", "body"]),
    ],
)  # fmt: skip
def test_mark_code(rows, expected):
    lines = [_ln(t, mono=m, x0=a, x1=b, top=100.0 + 12 * i) for i, (t, m, a, b) in enumerate(rows)]
    mark_code(lines)
    assert [ln.role for ln in lines] == expected


def test_mark_code_does_nothing_in_a_typewritten_document():
    lines = [_ln("x = read(f)", mono=True), _ln("y = x + 1", mono=True, top=112.0)]
    mark_code(lines, typewriter=True)
    assert [ln.role for ln in lines] == ["body", "body"]


def test_a_bullet_before_a_typewriter_item_does_not_count():
    ln = _ln("\u2022 INTEGER;", mono=False)
    ln.mono = 8
    assert monospaced(ln)
    ln.mono = 4
    assert not monospaced(ln)
