"""A congressional research report as a research service's publishing system writes it.

The text layer: ``TJ`` arrays with kerning and no space characters (Times, Type 1), section
headings in a sans face; a cover with the report number, the title, the date and the author
and a summary in a ruled box on a page of its own; a "Contents" page with entries and page
numbers under "Tables" and "Contacts" lists; footnotes numbered through the report with
raised callouts; a table with a title above it, rows in columns and its notes and source
lines under it; the service's name and the page number at every later page's foot. The text
is the project's own, in the register of such a report."""

from __future__ import annotations

from pathlib import Path

from pipeline.bench.synth.genres import Genre
from pipeline.bench.synth.producers.layer import (
    Flow,
    FootNotes,
    Pages,
    Style,
    plain,
    sentences,
    width,
)

TITLE = "Civil Space Cooperation with India: Issues for Congress"
DATE = "Updated February 11, 2026"
NUMBER = "R48317"
AUTHOR = "Daniel R. Whitcombe"
SERVICE = "Congressional Research Service"
BODY = Style("Times-Roman", 11.0, mode="tj")
NOTE = Style("Times-Roman", 8.5, mode="tj")
HEAD = Style("Helvetica-Bold", 12.0)
SUB = Style("Helvetica-Bold", 10.5)

SUMMARY = [
    "India and the United States have cooperated in civil space activities for more than six "
    "decades, from the launch of sounding rockets in the 1960s to a joint Earth-observing "
    "satellite launched in 2025.",
    "Cooperation widened after India signed the Artemis Accords in June 2023. The two "
    "governments have since discussed training Indian astronauts in the United States and "
    "linking their lunar programs.",
    "Congress may consider whether existing export controls slow this cooperation, how joint "
    "projects should be funded, and how closer ties with India bear on competition with China "
    "in space.",
]
PARTS: list[tuple[str, int, list[str]]] = [
    (
        "Introduction",
        1,
        [
            "This report describes civil space cooperation between the United States and India, "
            "summarizes recent agreements, and discusses issues that Congress may face in "
            "authorizing and overseeing it. It does not address military space cooperation, "
            "which is covered in other reports.^1",
        ],
    ),
    (
        "Background",
        1,
        [
            "India's space program is run by the Indian Space Research Organisation (ISRO), "
            "which builds satellites and launch vehicles and has landed a spacecraft near the "
            "lunar south pole. In recent years the Indian government has also opened the sector "
            "to private firms.^2",
            "NASA and ISRO signed a framework agreement for cooperation in 2008, and it was "
            "renewed in 2024. Most joint projects are carried out under implementing arrangements "
            "concluded under that framework.",
        ],
    ),
    (
        "Recent Agreements",
        2,
        [
            "Table 1 lists the main agreements concluded since 2020. Several of them concern "
            "human spaceflight, an area in which the two countries had little history of working "
            "together.",
            "Some observers view the pace of these agreements as part of a broader effort by the "
            "United States to draw India closer in the face of China's growing space program. "
            "Indian officials, for their part, have stressed that India intends to keep working "
            "with other partners, including Russia and France.",
        ],
    ),
    ("Issues for Congress", 1, []),
    (
        "Export Controls",
        2,
        [
            "Some analysts argue that U.S. export controls on satellite components delay joint "
            "projects and push Indian firms toward European suppliers.^3 Others contend that the "
            "controls protect sensitive technology and should be eased only with care.",
            "Congress could direct the executive branch to review how the controls apply to "
            "partners that have signed the Artemis Accords.",
        ],
    ),
    (
        "Funding",
        2,
        [
            "NASA's share of joint missions is funded within its science and exploration "
            "accounts, and no appropriation is made for cooperation with India as such. Congress "
            "may wish to ask NASA to report the cost of each joint project separately.",
        ],
    ),
]
TABLE_TITLE = "Table 1. Selected U.S.-India Civil Space Agreements, 2020-2025"
TABLE = [
    ("Year", "Agreement", "Agencies"),
    ("2020", "Earth science data sharing", "NASA, ISRO"),
    ("2023", "Artemis Accords signature", "Government of India"),
    ("2024", "Framework agreement renewal", "NASA, ISRO"),
    ("2025", "Astronaut training arrangement", "NASA, ISRO"),
]
TABLE_NOTES = "Notes: The table lists agreements announced publicly by either government."
TABLE_SOURCE = "Source: CRS, compiled from agency announcements."
NOTES = {
    "1": "See CRS Report R47109, Military Space Programs: Background and Issues.",
    "2": "The Indian National Space Promotion and Authorisation Centre licenses private firms.",
    "3": "Statement of an industry association to the Senate Commerce Committee, May 2025.",
}
CONTENTS = [("Introduction", "1"), ("Background", "1"), ("Recent Agreements", "2"),
            ("Issues for Congress", "2"), ("Export Controls", "2"), ("Funding", "3")]  # fmt: skip
LEFT, RIGHT, TOP, BOTTOM = 90.0, 522.0, 720.0, 96.0


class _Doc:
    def __init__(self, path: Path):
        self.pages = Pages(
            path,
            seed=31,
            made=(2026, 2, 11),
            info={
                "title": TITLE,
                "author": SERVICE,
                "creator": "CRS publishing system",
                "producer": "iText 7.2.5",
            },  # fmt: skip
        )
        self.pages.furniture = self.furniture
        self.flow = Flow(self.pages, LEFT, RIGHT, TOP, BOTTOM)
        self.flow.next_column = self.new_page
        self.notes = FootNotes(NOTES, NOTE, left=LEFT, right=RIGHT, rule=120, bottom=BOTTOM - 20)
        self.body_page = 0

    def furniture(self, pages: Pages, number: int) -> None:
        small = Style("Helvetica", 8.0)
        if number <= 3:
            pages.line(f"{SERVICE}  www.crs.gov", LEFT, 50, small)
            return
        pages.line(SERVICE, LEFT, 50, small)
        folio = str(number - 3)
        pages.line(folio, RIGHT - width(folio, small), 50, small)
        pages.line(TITLE, LEFT, 760, Style("Helvetica-Oblique", 8.0))

    def new_page(self) -> None:
        self.notes.turn_page(self.pages, self.flow, top=self.flow.top, bottom=BOTTOM)


def _cover(doc: _Doc) -> None:
    p = doc.pages
    p.line(SERVICE, LEFT, 740, Style("Helvetica-Bold", 14))
    p.line(NUMBER, RIGHT - width(NUMBER, Style("Helvetica", 10)), 740, Style("Helvetica", 10))
    flow = Flow(p, LEFT, RIGHT, 600, 80)
    flow.paragraph(TITLE, Style("Helvetica-Bold", 22), justify=False, leading=1.2, gap=18)
    flow.paragraph(DATE, Style("Helvetica", 11), justify=False, gap=60)
    flow.paragraph(AUTHOR, Style("Helvetica", 11), justify=False, gap=2)
    flow.paragraph("Analyst in Science and Technology Policy", Style("Helvetica-Oblique", 10),
                   justify=False, gap=2)  # fmt: skip
    p.finish_page()


def _summary(doc: _Doc, truth: list[str]) -> None:
    p = doc.pages
    p.line(TITLE, LEFT, 740, Style("Helvetica-Bold", 13))
    flow = Flow(p, LEFT + 14, RIGHT - 14, 700, 80)
    flow.paragraph("Summary", SUB, justify=False, gap=8)
    for para in SUMMARY:
        flow.paragraph(para, BODY, leading=1.3, gap=8)
        truth += sentences(para)
    p.canvas.setLineWidth(0.8)
    p.canvas.rect(LEFT, flow.y - 6, RIGHT - LEFT, 716 - flow.y + 6, stroke=1, fill=0)
    p.finish_page()


def _contents(doc: _Doc) -> None:
    p = doc.pages
    p.line("Contents", LEFT, 730, Style("Helvetica-Bold", 14))
    y = 700
    entry = Style("Times-Roman", 11)
    for text, page in CONTENTS:
        x = LEFT + (0 if text in ("Introduction", "Background", "Issues for Congress") else 14)
        p.line(text, x, y, entry)
        p.line(page, RIGHT - width(page, entry), y, entry)
        y -= 17
    for label, rows in (("Tables", [(TABLE_TITLE, "2")]), ("Contacts", [("Author Information",
                                                                           "3")])):  # fmt: skip
        y -= 14
        p.line(label, LEFT, y, Style("Helvetica-Bold", 11))
        y -= 20
        for text, page in rows:
            p.line(text, LEFT, y, entry)
            p.line(page, RIGHT - width(page, entry), y, entry)
            y -= 17
    p.finish_page()


def _table(doc: _Doc) -> None:
    flow, p = doc.flow, doc.pages
    flow.need(150)
    flow.skip(6)
    flow.paragraph(TABLE_TITLE, Style("Helvetica-Bold", 9.5), justify=False, gap=6)
    cell = Style("Helvetica", 9.0)
    xs = (LEFT, LEFT + 60, LEFT + 270)
    p.canvas.setLineWidth(0.6)
    for k, row in enumerate(TABLE):
        base = flow.y - 10
        for x, text in zip(xs, row, strict=True):
            p.line(text, x, base, Style("Helvetica-Bold", 9.0) if k == 0 else cell)
        if k == 0:
            p.canvas.line(LEFT, base - 4, RIGHT, base - 4)
        flow.y -= 15
    p.canvas.line(LEFT, flow.y, RIGHT, flow.y)
    flow.skip(4)
    small = Style("Helvetica", 8.0)
    flow.paragraph(TABLE_NOTES, small, justify=False, gap=2)
    flow.paragraph(TABLE_SOURCE, small, justify=False, gap=12)


def make(path: Path) -> Genre:
    doc = _Doc(path)
    truth: list[str] = []
    _cover(doc)
    _summary(doc, truth)
    _contents(doc)
    flow = doc.flow
    for k, (heading, level, paras) in enumerate(PARTS):
        flow.need(50)
        flow.skip(6)
        flow.paragraph(heading, HEAD if level == 1 else SUB, justify=False, gap=6)
        for para in paras:
            for label in NOTES:
                if f"^{label}" in para:
                    doc.notes.reserve(doc.flow, label)
            flow.paragraph(para, BODY, leading=1.3, gap=8)
            truth += sentences(plain(para))
        if k == 2:
            _table(doc)
    doc.notes.put(doc.pages)
    flow.need(80)
    flow.skip(10)
    flow.paragraph("Author Information", HEAD, justify=False, gap=6)
    flow.paragraph(f"{AUTHOR}, Analyst in Science and Technology Policy", BODY, justify=False)
    data = doc.pages.save()
    return Genre(
        "crs_report",
        data,
        truth,
        excluded=[
            ("footer", SERVICE),
            ("footnote", NOTES["2"]),
            ("contents", "Export Controls"),
            ("table", "Astronaut training arrangement"),
        ],  # fmt: skip
        absent=[
            NUMBER,
            "www.crs.gov",
            TABLE_NOTES,
            TABLE_SOURCE,
            *NOTES.values(),
            "Analyst in Science and Technology Policy",
            "Author Information",
        ],  # fmt: skip
        title=TITLE,
        date_line=DATE,
    )
