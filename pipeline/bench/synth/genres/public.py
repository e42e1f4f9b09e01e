"""A press release, a slide deck exported to PDF, and a scan with no text layer."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from pipeline.bench.synth.genres import Genre
from pipeline.bench.synth.genres.writer import Writer, sentences

RELEASE = [
    "The Northern Space Agency signed an agreement on Thursday with two partner agencies to "
    "share the tracking data of objects in low orbit. The three agencies will pool the "
    "observations of their radars and telescopes and send joint warnings to satellite "
    "operators.",
    "\u201cNo agency can watch the whole sky alone,\u201d said Director General Mira Sorensen. "
    "\u201cThis agreement lets each of us see more than we could on our own.\u201d",
    "The first joint warnings are expected before the end of the year. Other agencies may "
    "join the agreement once they meet its data standards.",
]


def press_release(path: Path) -> Genre:
    w = Writer(path)
    c = w.canvas
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 740, "NORTHERN SPACE AGENCY")
    c.setFont("Helvetica", 8.5)
    c.drawString(72, 726, "Office of Public Affairs  |  400 Harbour Road  |  Halifax, NS B3H 1A1")
    c.line(72, 718, 540, 718)
    w.y = 700
    w.line("FOR IMMEDIATE RELEASE", "Helvetica-Bold", 10)
    w.skip(4)
    for line in ["Contact: Priya Nair", "+1 902 555 0199", "media@nsa.example.org"]:
        w.line(line, "Helvetica", 9.5)
    w.skip(16)
    title = "Agency Signs Orbit Tracking Pact With Two Partners"
    w.centred(title, "Helvetica-Bold", 15, gap=14)
    dateline = "HALIFAX, Nova Scotia (April 2, 2026) \u2013 "
    truth: list[str] = []
    for i, para in enumerate(RELEASE):
        w.paragraph((dateline if i == 0 else "") + para, size=11, gap=8)
        truth += sentences(para)
    w.centred("###", "Helvetica", 11, gap=10)
    about = (
        "About the agency: the Northern Space Agency runs the national satellite programme "
        "and represents the country in international space bodies."
    )
    w.paragraph(about, size=9.5, gap=4)
    data = w.save()
    return Genre(
        "press_release",
        data,
        truth,
        excluded=[("front_matter", "Contact: Priya Nair"), ("interface", "###")]
        + [("back_matter", "About the agency")],
        absent=["555 0199", "FOR IMMEDIATE RELEASE", "###", "Harbour Road", "About the agency"],
        title=title,
        date_line="April 2, 2026",
    )


SLIDES = [
    (
        "Why share landing plans?",
        [
            "Several missions aim at the same polar craters before 2030.",
            "Exhaust from one landing can damage equipment at a nearby site.",
            "A shared schedule costs little and avoids disputes later.",
        ],
    ),
    (
        "What we propose",
        [
            "Each agency publishes its planned sites one year ahead.",
            "Overlapping plans are settled by the agencies concerned.",
            "The catalogue is open to every country that lands on the Moon.",
        ],
    ),
]


def slides(path: Path) -> Genre:
    size = (792.0, 612.0)

    def furniture(c: canvas.Canvas, page: int) -> None:
        c.setFont("Helvetica", 9)
        c.drawString(40, 24, "Lunar Cooperation Workshop  |  April 2026")
        c.drawRightString(752, 24, str(page))

    w = Writer(path, size=size, left=60, right=740, top=560, bottom=60, furniture=furniture)
    w.skip(140)
    w.centred("A Shared Catalogue of Lunar Landing Sites", "Helvetica-Bold", 30, gap=20)
    w.centred("Proposal to the partner agencies", "Helvetica", 18, gap=10)
    w.centred("Jonas Weber, Mission Planning Office", "Helvetica", 14)
    truth: list[str] = []
    for title, bullets in SLIDES:
        w.new_page()
        w.line(title, "Helvetica-Bold", 28)
        w.skip(20)
        for bullet in bullets:
            w.canvas.setFont("Helvetica", 20)
            w.canvas.drawString(70, w.y - 20, "\u2022")
            w.paragraph(bullet, "Helvetica", 20, left=95, gap=16)
            truth.append(bullet)
    data = w.save()
    return Genre(
        "slides",
        data,
        truth,
        excluded=[("footer", "Lunar Cooperation Workshop")],
        absent=["Lunar Cooperation Workshop", "April 2026"],
        title="A Shared Catalogue of Lunar Landing Sites",
    )


def _picture_of_text(line: str) -> ImageReader:
    """A page-sized picture (PNG) of 30 rows of ``line`` twice over: what a scanner leaves,
    words with no text layer."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (850, 1100), 255)
    draw = ImageDraw.Draw(img)
    for row in range(30):
        draw.text((80, 80 + 30 * row), line * 2, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return ImageReader(io.BytesIO(buf.getvalue()))


def scan(path: Path) -> Genre:
    """Two pages that are pictures of text, with a scanner's short stamp as the only text."""
    c = canvas.Canvas(str(path))
    for page in (1, 2):
        c.drawImage(_picture_of_text("The agencies agreed to share data. "), 0, 0, 595, 842)
        c.setFont("Helvetica", 7)
        c.drawString(500, 20, f"ARCHIVE-0{page:04d}")
        c.showPage()
    c.save()
    return Genre("scan", path.read_bytes(), [])


MIXED_TEXT = [
    "The two offices will keep one list of the objects they follow in low orbit.",
    "Each office adds what its own sensors see and marks the source of every entry.",
    "A second page of pictures follows, which the scanner left without any text.",
    "The last page sums up the plan and names the people who will run the list.",
]


def scanned_among_text(path: Path, *, full: bool = True) -> Genre:
    """Three pages: text, a picture of a page with a scanner's stamp, text again (a file
    where one page was scanned in among pages printed to PDF); with ``full`` false the
    picture is a small one (a logo on a page of its own), no scan."""
    c = canvas.Canvas(str(path))
    for page in (1, 2, 3):
        if page == 2:
            size = (595, 842) if full else (120, 160)
            c.drawImage(_picture_of_text("Only a picture of words sits here. "), 0, 0, *size)
            c.setFont("Helvetica", 7)
            c.drawString(500, 20, "ARCHIVE-00002")
        else:
            c.setFont("Times-Roman", 11)
            texts = MIXED_TEXT[:3] if page == 1 else MIXED_TEXT[3:]
            for k, text in enumerate(texts):
                c.drawString(72, 720 - 16 * k, text)
        c.showPage()
    c.save()
    return Genre("scanned_among_text", path.read_bytes(), list(MIXED_TEXT))
