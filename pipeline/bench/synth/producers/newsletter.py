"""A member newsletter in three columns, as a desktop-publishing tool exports it.

The text layer: a TrueType face, lines justified by character spacing (``Tc``) in three narrow
columns, stories under headlines that span one column, a story continued on the next page
with a jump line ("Continued on page 2") and its resumption ("Continued from page 1"); a
masthead across the page (the newsletter's name, its publisher, the issue and season); a
boxed item of prose in a shaded frame inside a column; an events box of dates and places
(a table); a folio line "Orbit Letter | Issue 22 | 2" at every page's foot. The text is the
project's own, in the register of a professional society's newsletter."""

from __future__ import annotations

from pathlib import Path

from pipeline.bench.synth.genres import Genre
from pipeline.bench.synth.producers.layer import Flow, Pages, Style, sentences, width

NAME = "Orbit Letter"
ISSUE = "Issue 22 \u00b7 Spring 2026"
PUBLISHER = "Newsletter of the Nordic Space Law Association"
BODY = Style("Vera", 8.8, justify="tc")
HEADLINE = Style("VeraBd", 12.5)
JUMP = Style("Vera", 7.5, gray=0.3)
BOX = Style("Vera", 8.4, justify="tc")
W, H = 612.0, 792.0
LEFT, GUTTER, COL = 42.0, 16.0, 165.0

#: (headline, paragraphs); "||" marks where the story jumps to the next page
STORIES: list[tuple[str, list[str]]] = [
    (
        "Council backs a common line on lunar resources",
        [
            "The association's council agreed in March to publish a short statement on the use of "
            "resources extracted on the Moon. It is the first time the association has taken a "
            "position on a question still under negotiation at the United Nations.",
            "The statement supports the work of the legal subcommittee in Vienna and urges "
            "governments to agree on shared principles before commercial extraction begins.",
            "Members were divided on one point. Some argued that national licensing laws, such "
            "as those of Luxembourg and the United States, already give firms the certainty "
            "they need.",
            "||Others warned that a patchwork of national laws could lead to disputes between "
            "operators from different countries over the same crater. The council chose to ask "
            "for an international framework while recognizing that national laws will exist in "
            "the meantime.",
            "The full statement will be sent to the Nordic foreign ministries in May.",
        ],
    ),
    (
        "Students take on a mock dispute",
        [
            "Twelve teams from universities in Denmark, Finland, Norway and Sweden argued a "
            "fictional case about a collision between two satellites at the association's "
            "spring moot court.",
            "The case asked whether a state is liable for damage caused by a private operator it "
            "licensed. The winning team from Aarhus persuaded the judges that the licensing state "
            "had failed to supervise the operator.",
            "The judges praised the teams for their research and for the calm way they answered "
            "hard questions.",
        ],
    ),
    (
        "New members",
        [
            "The association welcomed fourteen new members this spring, among them two "
            "engineers from the Norwegian Space Agency and a lawyer who advises a Finnish "
            "satellite start-up.",
            "Membership now stands at 212, the highest number since the association was founded "
            "in 2009.",
        ],
    ),
    (
        "Registry talk fills the hall",
        [
            "More than eighty people came to hear a lecture in Stockholm on how states register "
            "the objects they launch. The speaker, a former official of the Swedish National "
            "Space Agency, explained why some satellites never appear in the United Nations "
            "register.",
            "Small satellites launched in large batches are often registered late or not at all. "
            "In some cases the state of the operator and the state of the launch each assume that "
            "the other will file the record.",
            "The speaker suggested that the Nordic countries agree among themselves which of them "
            "registers a satellite built in one country and launched from another. Several "
            "members of the audience said such an arrangement could serve as a model for other "
            "regions.",
        ],
    ),
]
#: a story set on the second page after the continued one
LAST = (
    "Call for articles",
    [
        "The editors welcome short articles of up to 800 words on any question of space law or "
        "policy. Articles by students and young professionals are especially welcome.",
        "The next issue will appear in September, and the deadline for contributions is 15 July.",
        "Please send articles to the editors by e-mail, with a short note on the author.",
    ],
)
BOXED = (
    "From the chair",
    [
        "Space law in our region has never been busier. Three Nordic countries have passed or "
        "revised their space acts in the last five years, and each of them now licenses "
        "satellites built by its own companies.",
        "I hope members will use this newsletter to share what they see in their own work.",
    ],
)
EVENTS = [
    ("Upcoming events", ""),
    ("14 May", "Oslo"),
    ("Licensing workshop", ""),
    ("2 June", "Helsinki"),
    ("Annual meeting", ""),
]
FOLIO = f"{NAME} | Issue 22 | "


class _Columns:
    def __init__(self, pages: Pages, top: float):
        self.pages = pages
        self.col = 0
        self.flow = Flow(pages, LEFT, LEFT + COL, top, 60)
        self.flow.next_column = self.next_column
        self.top_next = H - 60

    def next_column(self) -> None:
        if self.col == 2:
            self.pages.finish_page()
            self.col = 0
            self.flow.top = self.top_next
        else:
            self.col += 1
        self.flow.x0 = LEFT + self.col * (COL + GUTTER)
        self.flow.x1 = self.flow.x0 + COL
        self.flow.y = self.flow.top

    def to_page(self) -> None:
        self.col = 2
        self.next_column()


def _furniture(pages: Pages, number: int) -> None:
    small = Style("Vera", 7.5, gray=0.3)
    folio = f"{FOLIO}{number}"
    pages.line(folio, W - LEFT - width(folio, small) if number % 2 else LEFT, 36, small)


def _masthead(pages: Pages) -> float:
    c = pages.canvas
    c.setFillGray(0.2)
    c.rect(0, H - 110, W, 110, stroke=0, fill=1)
    pages.line(NAME, LEFT, H - 66, Style("VeraBd", 34, gray=1))
    pages.line(PUBLISHER, LEFT, H - 90, Style("Vera", 10, gray=1))
    pages.line(ISSUE, W - LEFT - width(ISSUE, Style("Vera", 10)), H - 90, Style("Vera", 10, gray=1))
    return H - 130


def _boxed(cols: _Columns, truth: list[str]) -> None:
    """A ruled frame across the column with a heading, two paragraphs of prose and the
    writer's name."""
    flow, c = cols.flow, cols.pages.canvas
    flow.need(190)
    top = flow.y
    x0, x1 = flow.x0, flow.x1
    flow.x0, flow.x1 = x0 + 8, x1 - 8
    flow.skip(8)
    flow.paragraph(BOXED[0], Style("VeraBd", 10), justify=False, gap=4)
    for para in BOXED[1]:
        flow.paragraph(para, BOX, leading=1.3, gap=4)
        truth += sentences(para)
    flow.paragraph("Ingrid Solberg, chair", Style("Vera", 8.0), justify=False, gap=4)
    flow.x0, flow.x1 = x0, x1
    c.setLineWidth(1.2)
    c.rect(x0, flow.y, COL, top - flow.y, stroke=1, fill=0)
    flow.y -= 12


def _events(cols: _Columns) -> None:
    flow, c = cols.flow, cols.pages.canvas
    flow.need(100)
    top = flow.y
    c.setLineWidth(1)
    c.rect(flow.x0, top - 90, COL, 90, stroke=1, fill=0)
    y = top - 16
    for k, (a, b) in enumerate(EVENTS):
        style = Style("VeraBd", 9.5) if k == 0 else Style("Vera", 8.5)
        cols.pages.line(a, flow.x0 + 8, y, style)
        if b:
            cols.pages.line(b, flow.x1 - 8 - width(b, style), y, style)
        y -= 15
    flow.y = top - 100


def make(path: Path) -> Genre:
    pages = Pages(
        path,
        (W, H),
        seed=44,
        made=(2026, 4, 2),
        info={
            "title": "OL22_web",
            "creator": "Affinity Publisher 2.4",
            "producer": "PDFlib+PDI 9.3",
        },  # fmt: skip
    )
    pages.furniture = _furniture
    cols = _Columns(pages, _masthead(pages))
    flow = cols.flow
    truth: list[str] = []
    later: list[str] = []
    for s, (headline, paras) in enumerate(STORIES):
        flow.need(HEADLINE.size * 4)
        flow.paragraph(headline, HEADLINE, justify=False, leading=1.15, gap=5)
        for p, para in enumerate(paras):
            if para.startswith("||"):
                flow.paragraph("Continued on page 2", JUMP, justify=False, gap=10)
                later = paras[p:]
                break
            flow.paragraph(para, BODY, leading=1.3, first=0 if p == 0 else 8, gap=2)
            truth += sentences(para)
        flow.skip(8)
        if s == 0:
            _boxed(cols, truth)
    _events(cols)
    cols.to_page()
    flow.paragraph("Lunar resources", HEADLINE.at(11), justify=False, gap=2)
    flow.paragraph("Continued from page 1", JUMP, justify=False, gap=6)
    for k, para in enumerate(later):
        text = para.lstrip("|")
        flow.paragraph(text, BODY, leading=1.3, first=0 if k == 0 else 8, gap=2)
        truth += sentences(text)
    flow.skip(10)
    flow.paragraph(LAST[0], HEADLINE, justify=False, leading=1.15, gap=5)
    for k, para in enumerate(LAST[1]):
        flow.paragraph(para, BODY, leading=1.3, first=0 if k == 0 else 8, gap=2)
        truth += sentences(para)
    data = pages.save()
    return Genre(
        "newsletter",
        data,
        truth,
        excluded=[("footer", f"{FOLIO}1"), ("table", "Licensing workshop")],
        absent=[
            "Continued on page 2",
            "Continued from page 1",
            "Issue 22",
            "Ingrid Solberg",
            "Licensing workshop",
            "Annual meeting",
            PUBLISHER,
        ],  # fmt: skip
        title=NAME,
        date_line="Spring 2026",
    )
