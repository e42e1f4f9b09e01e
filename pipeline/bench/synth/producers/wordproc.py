"""A government white paper saved as PDF from a word processor.

The text layer: every word of a justified line its own text object at an absolute position,
no space characters; "fi" and "fl" drawn as ligature glyphs; words broken at a line's end by
an optional (soft) hyphen; bullets from a symbol font; footnotes in small type under a short
rule, with raised callouts; a running head with the paper's title and a draft date; "Page 3
of 6" at the foot; a contents page whose leaders are a run of periods with no spaces."""

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

TITLE = "Commercial Lunar Logistics: A Policy Framework"
DATE = "9 March 2026"
ISSUER = "Space Policy Unit, Ministry of Science and Innovation"
BODY = Style("Vera", 10.0, mode="runs", ligatures=True)
NOTE = Style("Vera", 7.5, mode="runs", ligatures=True)
H1 = Style("VeraBd", 12.5, mode="runs")
H2 = Style("VeraBd", 10.5, mode="runs")

#: (heading, level, paragraphs); a paragraph starting with "* " is a bullet
PARTS: list[tuple[str, int, list[str]]] = [
    (
        "1. Introduction",
        1,
        [
            "This paper sets out how the government intends to support domestic companies that "
            "want to carry cargo to the Moon. It was prepared after a consultation that ran "
            "from June to October 2025 and drew forty-three written responses.^1",
            "Our starting point is that lunar logistics will be an international market. No "
            "single country will have enough missions of its own to keep a fleet of landers "
            "busy, so our firms will need customers abroad.",
        ],
    ),
    (
        "2. Background",
        1,
        [
            "Since 2020 the number of commercial lunar landers under development worldwide has "
            "risen from a handful to more than thirty. Most are financed by government "
            "contracts for the delivery of scientific instruments.",
        ],
    ),
    (
        "2.1 Existing arrangements",
        2,
        [
            "The country signed the Artemis Accords in 2024 and is a member of the European "
            "Space Agency. Both commitments shape what our companies may do and with whom they "
            "may work.",
            "Under the Accords, signatories undertake to share scientific data from their "
            "missions and to avoid harmful interference with the activities of other "
            "signatories.^2 Our membership of the European Space Agency gives our industry "
            "access to its procurement, but also obliges us to respect its rules on fair "
            "return.",
            "Several of the respondents to the consultation asked whether the government would "
            "allow domestic firms to carry payloads for countries that have not signed the "
            "Accords.",
        ],
    ),
    (
        "3. Policy objectives",
        1,
        [
            "The government has four objectives for this sector:",
            "* to win a significant share of the international market for lunar cargo "
            "delivery by 2032;",
            "* to secure reliable access to the Moon for the nation's own scientific instruments;",
            "* to deepen cooperation with our partners in the European Space Agency and under "
            "the Artemis Accords;",
            "* to uphold the principles of the Outer Space Treaty in every mission that "
            "domestic firms undertake.",
            "These objectives can pull in different directions. A firm that wins a contract "
            "from a rival of our closest partners may strengthen its finances while "
            "straining our diplomacy.",
        ],
    ),
    (
        "4. Proposals",
        1,
        [
            "We propose to establish a lunar logistics licence that any domestic operator "
            "would need before it carries a foreign payload to the Moon. The licence would be "
            "granted unless the payload raised a specific concern of national security or "
            "international obligation.",
            "We also propose a fund of 40 million euros over five years to co-finance the "
            "first commercial deliveries. The fund would be open to firms that agree to "
            "publish their prices and to serve customers from any country on equal terms.",
            "Finally, the government will seek an arrangement with the European Space Agency "
            "under which our national licences are recognised by other member states. We "
            "intend to raise the proposal at the agency's next council meeting.^3",
        ],
    ),
    (
        "5. Next steps",
        1,
        [
            "Comments on these proposals are invited until 30 June 2026. A draft bill will "
            "follow in the autumn if the proposals are broadly supported.",
        ],
    ),
]
NOTES = {
    "1": "A summary of the responses is published alongside this paper.",
    "2": "Section 7 of the Artemis Accords concerns the release of scientific data.",
    "3": "The council is expected to meet in December 2026.",
}
CONTENTS = [("1. Introduction", "3"), ("2. Background", "3"), ("2.1 Existing arrangements", "3"),
            ("3. Policy objectives", "4"), ("4. Proposals", "4"), ("5. Next steps", "4")]  # fmt: skip
TOTAL = 4
LEFT, RIGHT, TOP, BOTTOM = 72.0, 523.0, 760.0, 100.0


class _Doc:
    def __init__(self, path: Path):
        self.pages = Pages(
            path,
            (595.0, 842.0),
            seed=9,
            made=(2026, 3, 9),
            info={
                "title": TITLE,
                "author": "jmorales",
                "creator": "Microsoft® Word for Microsoft 365",
                "producer": "Microsoft® Word for Microsoft 365",
            },
        )
        self.pages.furniture = self.furniture
        self.flow = Flow(self.pages, LEFT, RIGHT, TOP, BOTTOM)
        self.flow.next_column = self.new_page
        self.notes = FootNotes(NOTES, NOTE, left=LEFT, right=RIGHT, rule=144, bottom=BOTTOM - 24)

    def furniture(self, pages: Pages, number: int) -> None:
        if number == 1:
            return
        head = Style("Vera", 8.0, mode="runs", gray=0.3)
        pages.line(TITLE, LEFT, 800, head)
        draft = f"Draft \u2013 {DATE}"
        pages.line(draft, RIGHT - width(draft, head), 800, head)
        foot = f"Page {number} of {TOTAL}"
        pages.line(foot, (595 - width(foot, head)) / 2, 50, head)

    def new_page(self) -> None:
        self.notes.turn_page(self.pages, self.flow, top=self.flow.top, bottom=BOTTOM)


def make(path: Path) -> Genre:
    doc = _Doc(path)
    pages, flow = doc.pages, doc.flow
    flow.skip(160)
    flow.paragraph(TITLE, Style("VeraBd", 22, mode="runs"), justify=False, leading=1.2, gap=14)
    flow.paragraph("White Paper", Style("Vera", 14, mode="runs"), justify=False, gap=40)
    flow.paragraph(ISSUER, Style("Vera", 11, mode="runs"), justify=False, gap=6)
    flow.paragraph(DATE, Style("Vera", 11, mode="runs"), justify=False, gap=6)
    doc.new_page()
    flow.paragraph("Contents", H1, justify=False, gap=12)
    toc = Style("Vera", 10, mode="runs")
    for entry, number in CONTENTS:
        base = flow.y - 10
        x = LEFT + (18 if entry[1] == "." and entry[2] != " " else 0)
        w = pages.line(entry, x, base, toc)
        nw = width(number, toc)
        dots = "." * int((RIGHT - nw - 4 - (x + w + 4)) / width(".", toc))
        pages.line(dots, x + w + 4, base, toc)
        pages.line(number, RIGHT - nw, base, toc)
        flow.y -= 18
    doc.new_page()
    truth: list[str] = []
    bullets: list[str] = []
    for heading, level, paras in PARTS:
        flow.need(40)
        flow.skip(6 if level == 1 else 2)
        flow.paragraph(heading, H1 if level == 1 else H2, justify=False, gap=6)
        for para in paras:
            for label in NOTES:
                if f"^{label}" in para:
                    doc.notes.reserve(doc.flow, label)
            if para.startswith("* "):
                text = para[2:]
                flow.need(BODY.size * 1.3)
                pages.canvas.setFont("Symbol", 10)
                pages.canvas.drawString(LEFT + 10, flow.y - BODY.size, "\u2022")
                x0 = flow.x0
                flow.x0 = LEFT + 28
                flow.paragraph(text, BODY, leading=1.3, gap=3, hyphen="\u00ad")
                flow.x0 = x0
                bullets.append(plain(text))
                truth.append(plain(text))
                continue
            flow.paragraph(para, BODY, leading=1.3, gap=8, hyphen="\u00ad")
            truth += sentences(plain(para))
    doc.notes.put(doc.pages)
    data = pages.save()
    assert pages.number - 1 == TOTAL, pages.number  # the footer names the page count
    return Genre(
        "word_white_paper",
        data,
        truth,
        excluded=[
            ("header", TITLE),
            # a page marker standing alone is a page number (docs/contract.md, ``page_number``)
            ("page_number", f"Page 3 of {TOTAL}"),
            ("footnote", NOTES["2"]),
            ("contents", "Policy objectives"),
        ],  # fmt: skip
        absent=[f"Page 2 of {TOTAL}", f"Draft \u2013 {DATE}", *NOTES.values(), "....."],
        title=TITLE,
        date_line=DATE,
    )
