"""A signed bilateral agreement, scanned and run through OCR.

Each page is one image (the scan) with the recognised text laid over it invisibly (render
mode 3), as OCR tools write it: every word its own text object placed at the box the engine
found, stretched by horizontal scaling to the box's width, baselines a little uneven, the size
of a line estimated afresh on each line, no space characters. The agreement has a title in
capitals, a preamble of recitals, numbered articles with headings, a closing formula and a
signature block in two columns; the page number sits at the foot as "- 2 -"."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader

from pipeline.bench.synth.genres import Genre
from pipeline.bench.synth.producers.layer import Flow, Pages, Style, sentences

TITLE = (
    "AGREEMENT BETWEEN THE GOVERNMENT OF THE REPUBLIC OF KENYA AND THE GOVERNMENT OF THE "
    "FEDERATIVE REPUBLIC OF BRAZIL ON COOPERATION IN THE EXPLORATION AND PEACEFUL USES OF "
    "OUTER SPACE"
)
OPENING = (
    "The Government of the Republic of Kenya and the Government of the Federative Republic of "
    "Brazil (hereinafter referred to as \u201cthe Parties\u201d),"
)
RECITALS = [
    "Recognizing the importance of space science and technology for the economic and social "
    "development of both countries;",
    "Recalling the Treaty on Principles Governing the Activities of States in the Exploration "
    "and Use of Outer Space, including the Moon and Other Celestial Bodies, of 27 January 1967;",
    "Noting the experience gained by both countries in the operation of equatorial launch and "
    "tracking facilities;",
    "Wishing to deepen their joint work on civil space activities, with equal standing and "
    "gains shared by both;",
]
AGREED = "Have agreed as follows:"
ARTICLES: list[tuple[str, str, list[str]]] = [
    ("Article 1", "Purpose", [
        "This Agreement sets the terms on which the Parties work together on civil space "
        "activities.",
    ]),
    ("Article 2", "Areas of Cooperation", [
        "The Parties shall cooperate in the following areas: (a) Earth observation and its "
        "applications to agriculture, water management and disaster response; (b) satellite "
        "tracking and telemetry from ground stations located near the equator; (c) the "
        "training of engineers and scientists; and (d) any other area the Parties may agree "
        "upon in writing.",
    ]),
    ("Article 3", "Implementing Agencies", [
        "The implementing agency for the Republic of Kenya shall be the Kenya Space Agency. "
        "The implementing agency for the Federative Republic of Brazil shall be the Brazilian "
        "Space Agency.",
        "The implementing agencies may conclude implementing arrangements setting out the "
        "details of specific projects, including their funding.",
    ]),
    ("Article 4", "Exchange of Data", [
        "Each Party shall make available to the other Party, free of charge, the Earth "
        "observation data it acquires over the territory of the other Party. Data received "
        "under this Article shall not be transferred to a third party without the prior "
        "written consent of the Party that provided them.",
    ]),
    ("Article 5", "Joint Committee", [
        "The Parties shall establish a Joint Committee composed of representatives of the "
        "implementing agencies. The Joint Committee shall meet at least once a year, "
        "alternately in Kenya and in Brazil, to review the progress of cooperation under this "
        "Agreement.",
    ]),
    ("Article 6", "Settlement of Disputes", [
        "Any dispute concerning the interpretation or application of this Agreement shall be "
        "settled amicably through consultations between the Parties.",
    ]),
    ("Article 7", "Entry into Force, Amendment and Termination", [
        "This Agreement shall take effect once each Party has told the other in writing that "
        "it has finished the steps its own law requires.",
        "It shall remain in force for a period of ten years and shall be renewed "
        "automatically for further periods of five years. Either Party may terminate this "
        "Agreement by giving six months' written notice to the other Party.",
    ]),
]  # fmt: skip
DONE = (
    "DONE at Nairobi on 12 May 2025, in two originals, each in the English and Portuguese "
    "languages, both texts being equally authentic."
)
SIGNATURES = [
    ("FOR THE GOVERNMENT OF THE", "FOR THE GOVERNMENT OF THE"),
    ("REPUBLIC OF KENYA", "FEDERATIVE REPUBLIC OF BRAZIL"),
    ("Wanjiru Kamau", "Helena Duarte Lins"),
    ("Cabinet Secretary for Defence", "Ambassador of Brazil to Kenya"),
]


def _scan_image(seed: int) -> ImageReader:
    """A grey page with speckle, as a scanner leaves it (the picture of the page)."""
    rng = random.Random(seed)
    img = Image.new("L", (170, 220), 236)
    for _ in range(900):
        img.putpixel((rng.randrange(170), rng.randrange(220)), rng.randrange(150, 230))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return ImageReader(buf)


def _ocr(size: float) -> Style:
    return Style("Helvetica", size, mode="runs", render=3, jitter=0.9, stretch=0.06)


class _Scan:
    def __init__(self, path: Path):
        self.pages = Pages(
            path,
            seed=21,
            made=(2025, 6, 2),
            info={
                "creator": "ocrmypdf 16.0.4 / Tesseract OCR-PDF 5.3.4",
                "producer": "pikepdf 8.15.1",
            },
        )
        self.pages.furniture = self.furniture
        self.rng = random.Random(7)
        self.flow = Flow(self.pages, 90, 522, 700, 90)
        self.flow.next_column = self.new_page
        self.background()

    def background(self) -> None:
        self.pages.canvas.drawImage(_scan_image(self.pages.number), 0, 0, 612, 792)

    def furniture(self, pages: Pages, number: int) -> None:
        text = f"- {number} -"
        pages.line(text, 296, 52, _ocr(10.5))

    def new_page(self) -> None:
        self.pages.finish_page()
        self.background()
        self.flow.y = self.flow.top

    def para(self, text: str, *, centre: bool = False, gap: float = 8) -> None:
        """Each paragraph's size is the engine's estimate: it wanders around the true size."""
        style = _ocr(11.0 + self.rng.uniform(-0.4, 0.4))
        self.flow.paragraph(text, style, justify=not centre, align="centre" if centre else "left",
                            leading=1.45, gap=gap)  # fmt: skip


def make(path: Path) -> Genre:
    doc = _Scan(path)
    flow = doc.flow
    doc.para(TITLE, centre=True, gap=20)
    truth: list[str] = []
    doc.para(OPENING, gap=8)
    truth.append(OPENING)
    for recital in RECITALS:
        doc.para(recital)
        truth.append(recital)
    doc.para(AGREED, gap=14)
    truth.append(AGREED)
    for number, heading, paras in ARTICLES:
        flow.need(70)
        doc.para(number, centre=True, gap=2)
        doc.para(heading, centre=True, gap=8)
        for k, para in enumerate(paras):
            text = f"{k + 1}. {para}" if len(paras) > 1 else para
            doc.para(text)
            truth += sentences(text)
    doc.para(DONE, gap=30)
    truth += sentences(DONE)
    flow.need(90)
    for left, right in SIGNATURES:
        size = 10.5 + doc.rng.uniform(-0.3, 0.3)
        base = flow.y - size
        doc.pages.line(left, 90, base, _ocr(size))
        doc.pages.line(right, 330, base + doc.rng.uniform(-1.5, 1.5), _ocr(size))
        flow.y -= size * 1.6 if left.isupper() else size * 3.2
    data = doc.pages.save()
    return Genre(
        "scanned_treaty",
        data,
        truth,
        excluded=[],
        absent=["- 2 -", "Cabinet Secretary for Defence", "Ambassador of Brazil to Kenya"],
        title=TITLE,
        date_line="",
    )
