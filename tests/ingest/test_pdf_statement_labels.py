"""Run-in labels of numbered statements and proofs ("Theorem 2.1.", "Proof.") that open a
paragraph of mathematical writing are headings set in the line: set aside as headings, not
left as one-word sentences. Tiny PDFs drawn here with reportlab; every case has a twin that
must come out the other way."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from pipeline.ingest.pdf import ingest_pdf


def _paragraphs(path: Path, paragraphs: list[list[str]]) -> bytes:
    """Paragraphs of 10-point lines at the left margin, a blank line between them."""
    c = canvas.Canvas(str(path))
    y = 740.0
    for lines in paragraphs:
        t = c.beginText(72, y)
        t.setFont("Times-Roman", 10)
        t.setLeading(12)
        for line in lines:
            t.textLine(line)
        c.drawText(t)
        y -= 12 * len(lines) + 14
    c.save()
    return path.read_bytes()


OPENING = [
    "We study how the cost of a launch bounds the mass of the instruments that a small",
    "mission can carry, and we state the bound in the form of a theorem below.",
]


def test_statement_and_proof_labels_opening_paragraphs_are_headings(tmp_path):
    data = _paragraphs(
        tmp_path / "labels.pdf",
        [
            OPENING,
            [
                "Theorem 2.1. Every mission whose launch costs less than half of its budget",
                "can carry an instrument heavier than the one it would carry otherwise.",
            ],
            [
                "Proof. The budget left after the launch pays for the heavier instrument,",
                "and the rocket still lifts it because its margin exceeds the difference.",
            ],
            [
                "Lemma 3 (Margins). A rocket with a margin of one tenth lifts every payload",
                "that weighs less than its rated mass by at least that tenth of the mass.",
            ],
        ],
    )
    pt = ingest_pdf(data)
    texts = [b.text for b in pt.blocks]
    assert texts[1].startswith("Every mission whose launch costs")
    assert texts[2].startswith("The budget left after the launch")
    assert texts[3].startswith("A rocket with a margin of one tenth")
    headings = " ".join(e.text for e in pt.excluded if e.kind == "heading")
    assert "Theorem 2.1." in headings and "Proof." in headings
    assert "Lemma 3 (Margins)." in headings


def test_statement_words_inside_a_sentence_are_kept(tmp_path):
    # the twins: the same words opening a sentence that goes on ("Proposition 7 was ...",
    # no label's full stop), and a label's shape on a line that continues a paragraph
    data = _paragraphs(
        tmp_path / "words.pdf",
        [
            OPENING,
            [
                "Proposition 7 was adopted by the assembly after a long debate on launch",
                "costs, and the delegates asked for a new study of the bound stated in",
                "Theorem 2. The study is due next year and will be published in full.",
            ],
        ],
    )
    pt = ingest_pdf(data)
    text = " ".join(b.text for b in pt.blocks)
    assert "Proposition 7 was adopted by the assembly" in text
    assert "stated in Theorem 2. The study is due next year" in text
    assert not [e for e in pt.excluded if e.kind == "heading"]
