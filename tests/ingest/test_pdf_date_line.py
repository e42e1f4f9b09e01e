"""A report's date line at the head of a PDF ("April 16, 2026" over the title, "Updated ...")
is front matter, not a formula, and is kept as the metadata's ``date_line``: the evidence of
the document's own date, which the lead's first date must not override."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from pipeline.document import Block, Document, Metadata, ParsedText, join_blocks
from pipeline.ingest.pdf import ingest_pdf
from pipeline.ingest.pdf.layout.maths import DATE_LINE

LEAD = [
    "On March 3, 2025, the two agencies agreed to share the tracking data of their lunar",
    "orbiters and to coordinate the landing sites of their next missions near the pole.",
    "The agreement runs for five years and is open to other agencies that operate orbiters.",
]


def _report(path: Path, date_line: str) -> bytes:
    """A one-page report: a date line at the top right (if any), a title, a paragraph."""
    c = canvas.Canvas(str(path))
    if date_line:
        c.setFont("Times-Roman", 10)
        c.drawRightString(540, 780, date_line)
    c.setFont("Times-Bold", 18)
    c.drawString(72, 740, "Lunar Tracking Data: A Short Guide")
    t = c.beginText(72, 700)
    t.setFont("Times-Roman", 10)
    t.setLeading(12.5)
    for line in LEAD:
        t.textLine(line)
    c.drawText(t)
    c.save()
    return path.read_bytes()


@pytest.mark.parametrize(
    ("line", "is_date"),
    [
        ("April 16, 2026", True), ("Updated April 13, 2026", True), ("16 April 2026", True),
        ("Sept. 3, 2025", True), ("2024-11-05", True), ("Published 2 May 2023", True),
        ("x = 16, 2026", False), ("April 16, 2026 and after", False), ("Version 2.1", False),
        ("April 2026", False), ("(16)", False),
    ],
)  # fmt: skip
def test_date_line_pattern(line, is_date):
    assert bool(DATE_LINE.match(line)) is is_date


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [("April 16, 2026", "April 16, 2026"), ("Updated May 2, 2025", "Updated May 2, 2025"),
     ("", "")],
)  # fmt: skip
def test_the_head_date_line_is_front_matter_and_metadata(tmp_path, date_line, expected):
    parsed = ingest_pdf(_report(tmp_path / "r.pdf", date_line))
    assert parsed.metadata.date_line == expected
    body = " ".join(b.text for b in parsed.blocks)
    assert "the two agencies agreed" in body
    if date_line:
        assert date_line not in body
        kinds = [e.kind for e in parsed.excluded if date_line in e.text]
        assert kinds and "maths" not in kinds


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [("April 16, 2025", "2025-04-16"), ("", "2025-03-03")],
)
def test_the_document_date_comes_from_the_date_line(text_nlp, date_line, expected):
    text = " ".join(LEAD)
    document = Document(
        source="r.pdf",
        sha256="0" * 64,
        format="pdf",
        parsed=ParsedText(Metadata(year=2025, date_line=date_line), [Block(text)]),
    )
    joined, spans = join_blocks(document)
    doc = text_nlp.make_doc(joined)
    doc._.sc_blocks = spans
    doc._.sc_metadata = document.metadata
    assert text_nlp(doc)._.sc_document_date == expected
