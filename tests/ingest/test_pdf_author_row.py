"""A row of author blocks above two columns: the whitespace between the blocks sits over the
gutter, and the blocks must be read across it, before the columns (not as the heads of the
columns under them). Tiny PDFs drawn here with reportlab, and hand-made lines for the twin
that must come out the other way."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from pipeline.ingest.pdf import ingest_pdf
from pipeline.ingest.pdf.layout import Line, Token, find_gutters

LEFT, RIGHT, WIDTH = 56.0, 316.0, 240.0

COLUMN_TEXT = (
    "Small launch providers have multiplied over the last decade, and most of them sell "
    "rides to research groups that could not afford a dedicated rocket before. The prices "
    "they ask have fallen in each of the past five years, which has changed how university "
    "teams plan their missions. Many groups now build a spacecraft first and look for a "
    "ride later, where a decade ago the ride decided the whole design of the mission. This "
    "paper asks whether the shift has also changed which instruments the teams choose to "
    "fly, and it compares the payload lists of two hundred small missions launched between "
    "two thousand and ten and two thousand and twenty. The comparison shows that cheaper "
    "rides went with heavier instruments, because a team that saves on the launch can spend "
    "more of its budget on the sensor. The effect is strongest for imaging missions and "
    "weakest for missions that test new radios. A second finding concerns schedules: teams "
    "that bought a ride late waited longer on the ground than those that bought early, even "
    "when the late buyers paid more. The rest of the paper sets out the data, the method "
    "and the limits of both before it turns to what the findings mean for the teams that "
    "plan the next generation of small missions and for the agencies that fund them."
)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    return lines + [cur] if cur else lines


def _paper(path: Path, *, authors: bool) -> bytes:
    """A first page: a centred title, optionally a row of two author blocks (name,
    institution, e-mail) centred over each column, then two columns of text in which a
    sentence runs from the foot of the first column to the head of the second."""
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 16)
    c.drawCentredString(306, 720, "Cheaper Rides and Heavier Instruments")
    top = 690.0
    if authors:
        blocks = (
            [
                ("Times-Bold", 12, "Amina Okafor"),
                ("Times-Roman", 10, "Institute of Space Engineering, Lagos"),
                ("Times-Roman", 10, "amina.okafor@example.org"),
            ],
            [
                ("Times-Bold", 12, "Lars Eriksen"),
                ("Times-Roman", 10, "Department of Physics, University of Bergen"),
                ("Times-Roman", 10, "lars.eriksen@example.org"),
            ],
        )
        for x, block in zip((LEFT, RIGHT), blocks, strict=True):
            y = top
            for font, size, text in block:
                c.setFont(font, size)
                c.drawCentredString(x + WIDTH / 2, y, text)
                y -= 13
        top -= 60
    c.setFont("Times-Roman", 10)
    lines = _wrap(COLUMN_TEXT, "Times-Roman", 10, WIDTH)
    half = (len(lines) + 1) // 2
    for x, part in ((LEFT, lines[:half]), (RIGHT, lines[half:])):
        y = top
        for text in part:
            c.drawString(x, y, text)
            y -= 12
    c.save()
    return path.read_bytes()


def _split_sentence() -> str:
    """The sentence that runs from the foot of the first column to the head of the second."""
    lines = _wrap(COLUMN_TEXT, "Times-Roman", 10, WIDTH)
    return lines[(len(lines) + 1) // 2 - 1].split()[-1] + " " + lines[(len(lines) + 1) // 2]


def test_a_row_of_author_blocks_is_read_before_the_columns(tmp_path):
    pt = ingest_pdf(_paper(tmp_path / "authors.pdf", authors=True))
    text = " ".join(b.text for b in pt.blocks)
    # the sentence across the column break comes back whole, under no author's name
    assert _split_sentence() in text
    assert " ".join(COLUMN_TEXT.split()) in text
    assert not any("Eriksen" in b.section or "Okafor" in b.section for b in pt.blocks)
    assert "Eriksen" not in text and "Bergen" not in text
    # set aside as front matter, the two blocks read across row by row
    front = " ".join(e.text for e in pt.excluded if e.kind == "front_matter")
    assert "Amina Okafor Lars Eriksen" in front and "University of Bergen" in front


def test_the_same_columns_without_authors_read_the_same(tmp_path):
    pt = ingest_pdf(_paper(tmp_path / "plain.pdf", authors=False))
    assert " ".join(COLUMN_TEXT.split()) in " ".join(b.text for b in pt.blocks)


def _seg(x0: float, x1: float, top: float, size: float = 10.0, text: str = "Names") -> Line:
    return Line([Token(text, True, 0)], x0, x1, top, top + size, size, False, "F", 1, 5.0, 10)


def _columns(first_top: float) -> list[Line]:
    out = []
    for i in range(30):
        out += [_seg(50, 290, first_top + 12 * i), _seg(310, 550, first_top + 12 * i)]
    return out


def test_blocks_above_both_columns_are_read_across_the_gutter():
    # three rows of centred blocks over each column, a blank line, then the columns
    blocks = [_seg(x0, x0 + w, 100 + 13 * r) for r, w in enumerate((70, 150, 110))
              for x0 in (170 - w / 2, 430 - w / 2)]  # fmt: skip
    (gutter,) = find_gutters(blocks + _columns(150), 10.0)
    assert any(top <= 105 and bottom >= 136 and bottom < 150 for top, bottom in gutter.tables)


def test_a_figure_scale_over_the_columns_is_not_a_row_of_blocks():
    # the twin: numbers in small type over both columns (the scales of two plots)
    ticks = [_seg(x0, x0 + 12, 100 + 13 * r, 7.0, f"0.{r}") for r in range(3) for x0 in (60, 320)]
    (gutter,) = find_gutters(ticks + _columns(150), 10.0)
    assert gutter.tables == ()


def test_a_single_row_over_the_columns_is_not_a_row_of_blocks():
    # the twin: one row of short lines over each column (two headings side by side) stays
    # with its columns
    heads = [_seg(50, 120, 126), _seg(310, 380, 126)]
    (gutter,) = find_gutters(heads + _columns(150), 10.0)
    assert gutter.tables == ()


def test_centred_blocks_over_one_column_only_stay_in_that_column():
    blocks = [_seg(170 - w / 2, 170 + w / 2, 100 + 13 * r) for r, w in enumerate((70, 150, 110))]
    (gutter,) = find_gutters(blocks + _columns(150), 10.0)
    assert gutter.tables == ()
