"""A think tank's report as a page-design tool exports it.

The text layer: a TrueType face with "fi" and "fl" ligature glyphs, justified two-column text
widened by character spacing (``Tc``) rather than word spacing, a drop cap opening the first
section (a large capital, the rest of its word on the first line), a shaded sidebar box of
prose in a sans face, a pull quote in large italic that repeats (edited) a sentence of the
text, footnotes in small type at the foot of a column, a contents page with dot leaders, a
cover with the month of issue, a running head with the report's title, a folio line with the
publisher's name, and a table turned on its side on a page of its own."""

from __future__ import annotations

from pathlib import Path

from pipeline.bench.synth.genres import Genre
from pipeline.bench.synth.producers.layer import Flow, Pages, Style, plain, sentences, width

TITLE = "Fuel on the Moon"
SUBTITLE = "Who will own the first lunar propellant depots, and on what terms"
ISSUED = "June 2026"
PUBLISHER = "Orbital Futures Institute"
HEAD = "FUEL ON THE MOON  |  POLICY REPORT NO. 14"

BODY = Style("Vera", 8.6, justify="tc", ligatures=True)
SIDE = Style("Helvetica", 8.0)
NOTE = Style("Vera", 6.4, ligatures=True)
HEADING = Style("VeraBd", 10.5)

SECTIONS: list[tuple[str, list[str]]] = [
    (
        "1  Why fuel matters",
        [
            "The first lunar missions of this decade will bring all their propellant from "
            "Earth, and that limits how long they can stay and how far they can travel. A "
            "lander that could refuel near the south pole would change the economics of "
            "everything that follows.^1",
            "Several agencies and companies now plan to extract water ice from shaded craters "
            "and split it into hydrogen and oxygen. None of them has yet shown that this can "
            "be done at a useful scale, but the first demonstration flights are booked for "
            "2028.",
            "This report asks a narrower question. If a depot is built, who will be allowed to "
            "use it, and at what price?",
        ],
    ),
    (
        "2  The actors",
        [
            "NASA has said it will buy propellant from commercial suppliers rather than run "
            "its own plant. Its contracts so far are small and fixed-price, which leaves the "
            "companies free to sell the same fuel to other customers.^2",
            "China has taken a different path. Its plans for the International Lunar Research "
            "Station place resource extraction inside a state programme, with partner "
            "countries invited to contribute instruments rather than to buy services.",
            "The European Space Agency sits between these models. It has funded studies of a "
            "European depot but has also signed the Artemis Accords' principle that "
            "extracted resources may be used by those who extract them.",
            "Smaller spacefaring nations are watching closely. For a country that can afford "
            "one lander a decade, access to someone else's fuel may decide whether it can "
            "send a mission at all.",
        ],
    ),
    (
        "3  Terms of access",
        [
            "The question of price is where cooperation and competition meet. A depot owner "
            "that charges rivals more than partners will turn a piece of infrastructure into "
            "an instrument of influence.",
            "We found no agreement in force that governs the sale of fuel on the Moon. The "
            "Outer Space Treaty forbids national appropriation of the Moon but says nothing "
            "direct about selling what is taken from it.^3",
            "Fuel depots only work as shared infrastructure if the fuel is priced the same for "
            "every customer. Open and published tariffs would let agencies plan missions "
            "years ahead without fearing that access will be withdrawn for political reasons.",
            "We therefore recommend that the Artemis Accords signatories agree on a common "
            "tariff principle before the first depot opens. They should also invite China "
            "and its partners to discuss the same principle at the United Nations.",
        ],
    ),
]
SIDEBAR_TITLE = "BOX 1  What is a propellant depot?"
SIDEBAR = [
    "A depot is a tank that stores fuel until a spacecraft comes to collect it. On the Moon "
    "the fuel would most likely be liquid oxygen made from ice found in polar craters. "
    "Keeping it cold enough through the two-week lunar night is one of the hardest "
    "engineering problems a depot faces.",
]
PULL = "\u201cFuel depots only work as shared infrastructure if everyone pays the same.\u201d"
NOTES = {
    "1": "The Institute's 2025 survey lists eleven landers planned for the polar region.",
    "2": "Contract values are taken from the agency's public procurement notices.",
    "3": "Article II of the treaty; see also the Moon Agreement, which few states have joined.",
}
CONTENTS = [
    ("Summary", "3"),
    ("1  Why fuel matters", "4"),
    ("2  The actors", "4"),
    ("3  Terms of access", "5"),
    ("Annex: Planned missions", "6"),
]
TABLE_TITLE = "Table 1. Planned propellant demonstrations on the Moon, 2027\u20132031"
TABLE = [
    ("Mission", "Sponsor", "Year", "Product", "Scale"),
    ("PolarBrew-1", "Commercial (United States)", "2028", "Oxygen", "Demonstration"),
    ("ISRU Pilot", "ESA", "2029", "Oxygen, water", "Pilot plant"),
    ("Chang'e-8 payload", "CNSA", "2028", "Water", "Experiment"),
    ("Selene Tank", "Commercial (Luxembourg)", "2030", "Storage", "Prototype"),
]
SUMMARY = [
    "Propellant made on the Moon could cut the cost of lunar missions sharply, but only for "
    "those allowed to buy it. We argue that rules of access agreed early, among rivals as "
    "well as partners, will matter more than who builds the first depot.",
]

PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT, GUTTER = 54.0, 541.0, 18.0
COL_W = (RIGHT - LEFT - GUTTER) / 2


def _furniture(pages: Pages, number: int) -> None:
    if number == 1:
        return
    c = pages.canvas
    c.setFillGray(0.4)
    pages.line(HEAD, LEFT, PAGE_H - 36, Style("Helvetica", 7))
    folio = f"{number}  |  {PUBLISHER}"
    pages.line(folio, RIGHT - width(folio, Style("Helvetica", 7)), 30, Style("Helvetica", 7))
    c.setFillGray(0)


class _Columns:
    """Two columns per page; a column's footnotes sit at its foot."""

    def __init__(self, pages: Pages):
        self.pages = pages
        self.col = 0
        self.flow = Flow(pages, LEFT, LEFT + COL_W, PAGE_H - 70, 60)
        self.flow.next_column = self.next_column
        self.notes: list[str] = []

    def next_column(self) -> None:
        self.put_notes()
        if self.col == 0:
            self.col = 1
        else:
            self.pages.finish_page()
            self.col = 0
        self.flow.x0 = LEFT + self.col * (COL_W + GUTTER)
        self.flow.x1 = self.flow.x0 + COL_W
        self.flow.y = self.flow.top
        self.flow.bottom = 60

    def reserve(self, label: str) -> None:
        """Keep room at the column's foot for a footnote called on it."""
        self.notes.append(label)
        self.flow.bottom += 2 * NOTE.size * 1.2 + 4

    def put_notes(self) -> None:
        if not self.notes:
            return
        y = 60 + len(self.notes) * (2 * NOTE.size * 1.2 + 4)
        self.pages.canvas.setLineWidth(0.4)
        self.pages.canvas.line(self.flow.x0, y + 4, self.flow.x0 + 40, y + 4)
        foot = Flow(self.pages, self.flow.x0, self.flow.x1, y, 40)
        for label in self.notes:
            foot.paragraph(f"{label} {NOTES[label]}", NOTE, justify=False, gap=2, leading=1.2)
        self.notes = []


def _drop_cap(cols: _Columns, text: str, truth: list[str]) -> None:
    """The first paragraph opens with a capital three lines tall; its first three lines are
    indented by the capital's width."""
    flow = cols.flow
    cap = Style("VeraBd", 27)
    letter, rest = text[0], text[1:]
    cap_w = width(letter, cap) + 3
    top = flow.y
    cols.pages.line(letter, flow.x0, top - 3 * BODY.size * 1.3 + 2, cap)
    x0 = flow.x0
    flow.x0 = x0 + cap_w
    # three indented lines, then the rest at full measure
    from pipeline.bench.synth.producers.layer import wrap

    lines = wrap(rest, BODY, flow.x1 - flow.x0)
    head, tail = lines[:3], " ".join(lines[3:])
    for ln in head:
        cols.pages.line(ln, flow.x0, flow.y - BODY.size, BODY, fit=flow.x1 - flow.x0)
        flow.y -= BODY.size * 1.3
    flow.x0 = x0
    if tail:
        flow.paragraph(tail, BODY, leading=1.3, gap=5)
    truth += sentences(plain(text))


def make(path: Path) -> Genre:
    pages = Pages(
        path,
        (PAGE_W, PAGE_H),
        seed=3,
        made=(2026, 6, 10),
        info={
            "title": "OFI_Report14_FuelOnTheMoon_web",
            "creator": "Adobe InDesign 19.2 (Macintosh)",
            "producer": "Adobe PDF Library 17.0",
        },
    )
    pages.furniture = _furniture
    c = pages.canvas
    # cover
    c.setFillGray(0.15)
    c.rect(0, PAGE_H - 360, PAGE_W, 360, stroke=0, fill=1)
    c.setFillGray(1)
    pages.line(PUBLISHER.upper(), LEFT, PAGE_H - 80, Style("VeraBd", 10, gray=1))
    pages.line(TITLE, LEFT, PAGE_H - 220, Style("VeraBd", 40, gray=1))
    pages.line(SUBTITLE, LEFT, PAGE_H - 260, Style("Vera", 13, gray=1))
    pages.line(ISSUED, LEFT, PAGE_H - 320, Style("Vera", 11, gray=1))
    pages.line("Policy Report No. 14", LEFT, 120, Style("Vera", 10))
    pages.line("Authors: Miriam Okonkwo-Hale and Stefan Vrba", LEFT, 104, Style("Vera", 10))
    pages.finish_page()
    # contents and summary
    pages.line("Contents", LEFT, PAGE_H - 90, Style("VeraBd", 16))
    y = PAGE_H - 130
    toc = Style("Vera", 10)
    for entry, number in CONTENTS:
        w = pages.line(entry, LEFT, y, toc)
        nw = width(number, toc)
        n = int((RIGHT - nw - 6 - (LEFT + w + 6)) / width(". ", toc))
        pages.line(" ".join("." * n), LEFT + w + 6, y, toc)
        pages.line(number, RIGHT - nw, y, toc)
        y -= 20
    truth: list[str] = []
    flow = Flow(pages, LEFT, RIGHT, y - 30, 60)
    flow.paragraph("Summary", Style("VeraBd", 13), justify=False, gap=6)
    for para in SUMMARY:
        flow.paragraph(para, Style("Vera", 10.5, ligatures=True, justify="tc"), leading=1.35)
        truth += sentences(para)
    pages.finish_page()
    # the body in two columns
    cols = _Columns(pages)
    for s, (heading, paras) in enumerate(SECTIONS):
        cols.flow.need(HEADING.size * 3)
        cols.flow.paragraph(heading, HEADING, justify=False, gap=5)
        for p, para in enumerate(paras):
            for label in NOTES:
                if f"^{label}" in para:
                    cols.reserve(label)
            if s == 0 and p == 0:
                _drop_cap(cols, para, truth)
                continue
            cols.flow.paragraph(para, BODY, leading=1.3, first=0 if p == 0 else 10, gap=2)
            truth += sentences(plain(para))
            if s == 1 and p == 1:  # the sidebar, a shaded box across the column
                _sidebar(cols, truth)
            if s == 2 and p == 0:  # the pull quote
                cols.flow.skip(6)
                cols.flow.need(60)
                c.setLineWidth(1)
                c.line(cols.flow.x0, cols.flow.y, cols.flow.x1, cols.flow.y)
                cols.flow.skip(8)
                cols.flow.paragraph(PULL, Style("VeraIt", 12.5), justify=False, leading=1.2)
                c.line(cols.flow.x0, cols.flow.y, cols.flow.x1, cols.flow.y)
                cols.flow.skip(10)
        cols.flow.skip(8)
    cols.put_notes()
    pages.finish_page()
    # a table turned on its side on a page of its own
    c.saveState()
    c.translate(PAGE_W, 0)
    c.rotate(90)
    ty = PAGE_W - 90
    pages.line(TABLE_TITLE, 70, ty, Style("VeraBd", 10))
    xs = [70, 200, 400, 470, 600]
    for r, row in enumerate(TABLE):
        ty -= 22
        for x, cell in zip(xs, row, strict=True):
            pages.line(cell, x, ty, Style("VeraBd" if r == 0 else "Vera", 9))
    c.restoreState()
    data = pages.save()
    cells = [cell for row in TABLE[1:] for cell in row if len(cell) > 8]
    return Genre(
        "designed_report",
        data,
        truth,
        excluded=[
            ("header", HEAD),
            ("footnote", NOTES["2"]),
            ("contents", "Terms of access"),
            ("table", "Commercial (Luxembourg)"),
        ],  # fmt: skip
        absent=[
            HEAD,
            PUBLISHER,
            PULL.strip("\u201c\u201d"),
            *NOTES.values(),
            *cells,
            "Policy Report No. 14",
            TABLE_TITLE,
        ],  # fmt: skip
        title=TITLE,
        date_line=ISSUED,
    )


def _sidebar(cols: _Columns, truth: list[str]) -> None:
    flow = cols.flow
    text_h = sum(len(plain(p)) for p in SIDEBAR) / 60 * SIDE.size * 1.3 + 40
    flow.skip(6)
    flow.need(text_h)
    c = cols.pages.canvas
    c.setFillGray(0.9)
    c.rect(flow.x0, flow.y - text_h, flow.x1 - flow.x0, text_h, stroke=0, fill=1)
    c.setFillGray(0)
    inner = Flow(cols.pages, flow.x0 + 8, flow.x1 - 8, flow.y - 8, 0)
    inner.paragraph(SIDEBAR_TITLE, Style("Helvetica-Bold", 8.5), justify=False, gap=4)
    for para in SIDEBAR:
        inner.paragraph(para, SIDE, justify=False, leading=1.3)
        truth += sentences(para)
    flow.y -= text_h + 8
