"""A United Nations document as the Organization's document-processing system prints it.

The text layer: a TrueType face, every line one ``Tj`` justified by word spacing (``Tw``); the
first page opens with the symbol block ("United Nations", the body, the symbol
"A/AC.105/1371", "Distr.: General", the date, "Original: English"), the body's name in bold
and the agenda line; the paragraphs are numbered in the margin ("1.", "2.", ...) under
headings "I." / "A."; footnotes with raised callouts under a short rule; every later page
carries the symbol and the page number in its running head, and every page's foot the job
number ("V.26-08154 (E)") and, on the first page, a recycling line. The text is the project's
own, written in the register of a Secretariat report on a workshop."""

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

SYMBOL = "A/AC.105/1371"
DATE = "24 November 2026"
JOB = "V.26-08154 (E)"
BODY_NAME = "Committee on the Peaceful Uses of Outer Space"
TITLE = (
    "Report on the United Nations/Ghana Workshop on Space Technology for Water Resources "
    "Management (Accra, 7\u201310 September 2026)"
)
BODY = Style("Vera", 10.0, justify="tw")
NOTE = Style("Vera", 8.0)
BOLD = Style("VeraBd", 10.0)

#: (heading, paragraphs); a heading "I. ..." is a chapter, "A. ..." a section
PARTS: list[tuple[str, list[str]]] = [
    ("I. Introduction", []),
    (
        "A. Background and objectives",
        [
            "The workshop was organized by the Office for Outer Space Affairs of the Secretariat "
            "together with the Ghana Space Science and Technology Institute, as part of the "
            "activities of the United Nations Programme on Space Applications for 2026.^1 It was "
            "hosted by the Government of Ghana.",
            "The objectives of the workshop were to review how satellite data can support the "
            "management of rivers, lakes and groundwater in West Africa, to share the experience "
            "of agencies that already use such data, and to identify projects that participating "
            "countries could carry out together.",
            "The present report describes the background, objectives and programme of the "
            "workshop and summarizes the observations and recommendations made by participants. "
            "It has been prepared for the Committee at its seventieth session and for its "
            "Scientific and Technical Subcommittee.",
        ],
    ),
    (
        "B. Attendance",
        [
            "The workshop was attended by 96 participants from 21 countries, representing "
            "government agencies, universities, research institutes, non-governmental "
            "organizations and private companies.^2",
            "Funds provided by the United Nations and the co-sponsors were used to cover the "
            "travel and accommodation of 30 participants from developing countries. The European "
            "Space Agency and the Japan Aerospace Exploration Agency each provided two speakers "
            "at their own cost.",
        ],
    ),
    (
        "II. Programme",
        [
            "The programme consisted of an opening session, five technical sessions and a final "
            "session at which the observations and recommendations were adopted. A visit to a "
            "receiving station of the Ghana Meteorological Agency was arranged on the third day.",
            "Presentations covered the estimation of rainfall from satellite data, the mapping of "
            "floods with radar images, the monitoring of reservoirs and the use of gravity "
            "measurements from orbit to track changes in groundwater.",
            "Several speakers described regional services that are already in operation. "
            "Participants noted that most of these services depend on data offered free of charge "
            "by a small number of spacefaring countries and agencies.",
        ],
    ),
    (
        "III. Observations and recommendations",
        [
            "Participants observed that the shared rivers of the region cross several national "
            "borders, so that no single country can manage them well with its own data alone. "
            "They recommended that the basin organizations of the region be given direct access "
            "to the satellite data of all their member States.",
            "Participants also observed that the capacity to process satellite data remains "
            "uneven among the countries of the region. Some agencies have trained staff and "
            "computing facilities, while others rely entirely on foreign partners for finished "
            "maps.",
            "It was recommended that the Office for Outer Space Affairs, in cooperation with the "
            "regional centres for space science and technology education affiliated to the "
            "United Nations, offer a training course on flood mapping in 2027.^3",
            "Participants expressed concern that a growing share of high-resolution data is sold "
            "by commercial providers on terms that smaller agencies cannot afford. They invited "
            "the Committee to consider how such data could be made available for disaster "
            "response on a humanitarian basis.",
            "Finally, participants expressed their appreciation to the Government of Ghana for "
            "hosting the workshop and to the co-sponsors for their financial support.",
        ],
    ),
]
NOTES = {
    "1": "The programme was established by the General Assembly in 1971.",
    "2": "The list of participants is available on the website of the Office.",
    "3": "The centres are located in Morocco, Nigeria, India, Brazil, Mexico, China and Jordan.",
}
LEFT, NUM, RIGHT, TOP, BOTTOM = 85.0, 125.0, 510.0, 650.0, 110.0


class _Doc:
    def __init__(self, path: Path):
        self.pages = Pages(
            path,
            (595.0, 842.0),
            seed=17,
            made=(2026, 11, 24),
            info={
                "title": SYMBOL,
                "author": "UNOV",
                "creator": "Microsoft Word",
                "producer": "Adobe PDF Library 15.0",
            },  # fmt: skip
        )
        self.pages.furniture = self.furniture
        self.flow = Flow(self.pages, NUM, RIGHT, TOP, BOTTOM)
        self.flow.next_column = self.new_page
        self.notes = FootNotes(NOTES, NOTE, left=NUM, right=RIGHT, rule=110, bottom=BOTTOM - 20)
        self.number = 0

    def furniture(self, pages: Pages, number: int) -> None:
        small = Style("Vera", 8.0)
        pages.line(JOB, LEFT, 60, small)
        if number == 1:
            pages.line("Please recycle", RIGHT - width("Please recycle", small), 60, small)
            return
        head = Style("VeraBd", 8.5)
        pages.line(SYMBOL, LEFT if number % 2 == 0 else RIGHT - width(SYMBOL, head), 800, head)
        folio = str(number)
        pages.line(folio, LEFT if number % 2 else RIGHT - width(folio, small), 60 + 14, small)
        self.pages.canvas.setLineWidth(0.5)
        self.pages.canvas.line(LEFT, 794, RIGHT, 794)

    def new_page(self) -> None:
        self.notes.turn_page(self.pages, self.flow, top=770, bottom=BOTTOM)

    def numbered(self, text: str) -> str:
        """Draw a paragraph with its number in the margin; return it as the reader should."""
        self.number += 1
        label = f"{self.number}."
        for note in NOTES:
            if f"^{note}" in text:
                self.notes.reserve(self.flow, note)
        self.flow.need(BODY.size * 1.3)
        self.pages.line(label, LEFT + 12, self.flow.y - BODY.size, BODY)
        self.flow.paragraph(text, BODY, leading=1.3, gap=8)
        return f"{label} {plain(text)}"


def _symbol_block(doc: _Doc) -> None:
    p = doc.pages
    p.line("United Nations", LEFT, 790, Style("VeraBd", 14))
    p.line(SYMBOL, RIGHT - width(SYMBOL, Style("VeraBd", 16)), 790, Style("VeraBd", 16))
    p.canvas.setLineWidth(2)
    p.canvas.line(LEFT, 780, RIGHT, 780)
    p.line("General Assembly", LEFT + 60, 750, Style("VeraBd", 18))
    small = Style("Vera", 9.0)
    for k, text in enumerate(("Distr.: General", DATE, "", "Original: English")):
        if text:
            p.line(text, 400, 752 - 12 * k, small)
    p.canvas.setLineWidth(0.8)
    p.canvas.line(LEFT, 700, RIGHT, 700)
    p.line(BODY_NAME, LEFT, 684, Style("VeraBd", 10.5))
    p.line("Seventieth session", LEFT, 671, Style("Vera", 10))
    p.line("Vienna, 16\u201325 June 2027", LEFT, 659, Style("Vera", 10))


def make(path: Path) -> Genre:
    doc = _Doc(path)
    _symbol_block(doc)
    flow = doc.flow
    flow.y = 630
    flow.paragraph(TITLE, Style("VeraBd", 13.5), justify=False, leading=1.2, gap=6)
    flow.paragraph("Report of the Secretariat", Style("Vera", 11), justify=False, gap=14)
    truth: list[str] = []
    for heading, paras in PARTS:
        flow.need(40)
        x0 = flow.x0
        flow.x0 = LEFT
        flow.paragraph(heading, BOLD.at(11 if heading[1] == "." else 10), justify=False, gap=6)
        flow.x0 = x0
        for para in paras:
            truth += sentences(doc.numbered(para))
    doc.notes.put(doc.pages)
    data = doc.pages.save()
    return Genre(
        "un_document",
        data,
        truth,
        excluded=[
            ("header", SYMBOL),
            ("footer", JOB),
            ("footnote", NOTES["2"]),
        ],  # fmt: skip
        absent=[
            "Distr.: General",
            "Original: English",
            "Please recycle",
            JOB,
            *NOTES.values(),
            "Seventieth session",
        ],  # fmt: skip
        title=TITLE,
        date_line=DATE,
    )
