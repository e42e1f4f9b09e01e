"""Rules found on the producers benchmark's third-wave dev documents (the second wave's
held-out UN report and newsletter), each on small generated pages with a case that must come
out the other way:

* a numbered paragraph set with a hanging indent, whose second line opens with a capital
  ("... the Government of" / "Kenya for ..."), is text, not a numbered heading filling the
  line; a numbered heading justified to the margin over an indented paragraph stays one;
* on page 1, paragraphs of prose running on from a lede kept as text, before the first
  heading, are text too; a title block's affiliation and address lines under an abstract
  are still front matter;
* a contents page's heading alone at the top of its page, in bold ("Contents"), is no running
  head, and its entries without dot leaders, and its parts ("Tables", "Contacts"), are
  contents; a "Contents" repeated at the top of every page is still a running head, and a
  "Contacts" heading in the body opens a section."""

from __future__ import annotations

import pytest

from pipeline.bench.synth.producers.layer import Flow, Pages, Style
from pipeline.ingest.pdf import ingest_pdf

BODY = Style("Vera", 10.0, justify="tw")
BOLD = Style("VeraBd", 11.0)
LEFT, HANG, RIGHT = 85.0, 125.0, 510.0


def _flat(text: str) -> str:
    return " ".join(text.split())


def _texts(parsed) -> list[str]:
    return [_flat(b.text) for b in parsed.blocks]


def _numbered(pages: Pages, y: float, label: str, lines: list[str]) -> float:
    """A paragraph with its number in the margin and every line set in at the text's start,
    justified to the right edge but the last."""
    pages.line(label, LEFT + 12, y, BODY)
    for k, ln in enumerate(lines):
        fit = RIGHT - HANG if k < len(lines) - 1 else 0.0
        pages.line(ln, HANG, y, BODY, fit=fit)
        y -= 13
    return y - 8


PARAS = [
    (
        "1.",
        [
            "Participants observed that the rivers of the region cross several",
            "national borders, so that no single country can manage them with its",
            "own data alone. They asked that the basin organizations be given direct",
            "access to the satellite data of all their member States.",
        ],
    ),
    (
        "2.",
        [
            "It was recommended that the regional centres offer a training course",
            "on flood mapping to the agencies of the basin in the coming year, and",
            "that the course be given in the languages that the agencies of the",
            "region work in.",
        ],
    ),
]


@pytest.mark.parametrize(
    "first, second",
    [
        # the line under the numbered one opens with a name, the third keeps the indent
        (
            "Finally, participants expressed their appreciation to the Government of",
            ["Kenya for hosting the meeting and to the sponsors for their financial", "support."],
        ),
        (
            "The delegates also thanked the many lecturers who had travelled from",
            [
                "Brazil and India who gave the lectures of the second and third days of",
                "the course.",
            ],
        ),
    ],
)
def test_a_hanging_numbered_paragraph_is_text(tmp_path, first, second):
    pages = Pages(tmp_path / "hanging.pdf", (595.0, 842.0))
    pages.line("III. Observations and recommendations", LEFT, 700, BOLD)
    y = 675.0
    for label, lines in PARAS:
        y = _numbered(pages, y, label, lines)
    _numbered(pages, y, "3.", [first, *second])
    texts = _texts(ingest_pdf(pages.save()))
    whole = _flat(" ".join([first, *second]))
    assert any(whole in t for t in texts), texts


def test_a_numbered_heading_filling_the_line_over_an_indented_paragraph_stays_one(tmp_path):
    # the heading justified to the margin, the paragraph under it indented on its first line
    # only: its next line goes back to the left edge, so the heading hangs over nothing
    pages = Pages(tmp_path / "heading.pdf", (595.0, 842.0))
    flow = Flow(pages, LEFT, RIGHT, 760, 90)
    flow.paragraph(
        "The agencies met twice during the year to review the progress of the joint work on "
        "the data centre and agreed on the next steps.",
        BODY,
        gap=14,
    )
    heading = "2. Cooperation with the Regional Centres for Space Science and Technology"
    pages.line(heading, LEFT, flow.y - 10, BODY, fit=RIGHT - LEFT)
    flow.skip(16)
    para = (
        "Kenya and Brazil offered to host the next course of the centres and to cover the travel "
        "of the lecturers from their own budgets, which the other members welcomed warmly."
    )
    flow.paragraph(para, BODY, first=20)
    parsed = ingest_pdf(pages.save())
    assert any(para in t for t in _texts(parsed))
    assert all(heading not in t for t in _texts(parsed))
    assert any(b.section.endswith("Regional Centres for Space Science and Technology")
               for b in parsed.blocks if para in _flat(b.text))  # fmt: skip


LEDE = (
    "The association's council agreed in March to publish a short statement on the use of "
    "resources extracted on the Moon. It is the first time the association has taken a "
    "position on a question that is still under negotiation in Vienna."
)
MORE = [
    "The statement supports the work of the legal subcommittee and urges governments to agree "
    "on shared principles before any commercial extraction begins.",
    "Members were divided on one point. Some argued that national licensing laws already give "
    "firms the certainty they need for their plans.",
]
AFTER = (
    "Space law in our region has never been busier, and three countries have revised their "
    "space acts in the last five years."
)


def _front_page(tmp_path, below: list[str]) -> list[str]:
    pages = Pages(tmp_path / "front.pdf")
    pages.line("Orbit Bulletin", 72, 720, Style("VeraBd", 24.0))
    flow = Flow(pages, 72, 300, 690, 90)
    flow.paragraph("Council backs a common line on lunar resources", Style("VeraBd", 13.0),
                   justify=False, gap=6)  # fmt: skip
    flow.paragraph(LEDE, BODY, gap=2)
    for para in below:
        flow.paragraph(para, BODY, first=8, gap=2)
    flow.skip(14)
    flow.paragraph("From the chair", Style("VeraBd", 11.0), justify=False, gap=4)
    flow.paragraph(AFTER, BODY)
    return _texts(ingest_pdf(pages.save()))


def test_prose_running_on_from_a_lede_before_the_first_heading_is_text(tmp_path):
    texts = _front_page(tmp_path, MORE)
    for para in [LEDE, *MORE, AFTER]:
        assert any(_flat(para) in t for t in texts), (para, texts)


@pytest.mark.parametrize(
    "line",
    [
        "Department of Earth Sciences, University of Tromsø, Norway; Institute of Space "
        "Law, University of Leiden, The Netherlands.",
        "Correspondence to the editors of the bulletin at the address editors@example.org "
        "or by post to the secretariat of the association.",
    ],
)
def test_a_title_blocks_lines_under_a_lede_stay_front_matter(tmp_path, line):
    texts = _front_page(tmp_path, [line])
    assert any(LEDE in t for t in texts)
    assert all(_flat(line) not in t for t in texts), texts


# ---------------------------------------------------------------------------------------------
# a report's contents page: "Contents" alone at the top of the page, entries without leaders


ENTRIES = [("Introduction", "1"), ("Background", "1"), ("Export Controls", "2"), ("Funding", "3")]
SANS_BOLD = Style("Helvetica-Bold", 14.0)
SERIF = Style("Times-Roman", 10.0)
PROSE = (
    "This report describes the civil space cooperation of the two countries and the questions "
    "it raises for the committees that fund it. It does not address military programs."
)


def _report(tmp_path, parts: list[tuple[str, list[tuple[str, str]]]], repeat: bool) -> list:
    """A cover page, a contents page (its heading alone at the top, then ``parts``: a part's
    heading over its entries), and a page of text; with ``repeat``, the contents page's
    heading is also a running head on the other pages."""
    pages = Pages(tmp_path / "report.pdf")
    flow = Flow(pages, 72, 540, 700, 90)
    if repeat:
        pages.line("Contents", 72, 740, SANS_BOLD)
    flow.paragraph("Civil Space Cooperation: Issues for Congress", Style("Helvetica-Bold", 20.0),
                   justify=False, gap=20)  # fmt: skip
    flow.paragraph(PROSE, SERIF, gap=8)
    pages.finish_page()
    pages.line("Contents", 72, 740, SANS_BOLD)
    y = 700.0
    for k, (part, entries) in enumerate(parts):
        if k:
            pages.line(part, 72, y, Style("Helvetica-Bold", 11.0))
            y -= 18
        for entry, number in entries:
            pages.line(entry, 72, y, SERIF)
            pages.line(number, 535, y, SERIF)
            y -= 14
        y -= 12
    pages.finish_page()
    if repeat:
        pages.line("Contents", 72, 740, SANS_BOLD)
    flow.y = 700
    flow.paragraph("Introduction", Style("Helvetica-Bold", 12.0), justify=False, gap=6)
    flow.paragraph(PROSE.replace("two countries", "three agencies"), SERIF, gap=8)
    parsed = ingest_pdf(pages.save())
    return [parsed, _texts(parsed)]


def test_a_contents_page_headed_at_its_top_is_contents(tmp_path):
    parts = [("", ENTRIES), ("Tables", [("Table 1. Agreements", "2")]),
             ("Contacts", [("Author Information", "3")])]  # fmt: skip
    parsed, texts = _report(tmp_path, parts, repeat=False)
    contents = " ".join(_flat(e.text) for e in parsed.excluded if e.kind == "contents")
    for entry, _ in ENTRIES:
        assert entry in contents, (entry, contents)
    assert "Author Information" in contents
    assert all("Author Information" not in t for t in texts)
    assert any(PROSE.replace("two countries", "three agencies") in t for t in texts)


def test_a_running_head_at_the_top_of_every_page_stays_furniture(tmp_path):
    parsed, texts = _report(tmp_path, [("", ENTRIES)], repeat=True)
    heads = [e for e in parsed.excluded if e.kind == "header" and "Contents" in e.text]
    assert len(heads) >= 2


def test_a_contacts_heading_in_the_body_opens_a_section(tmp_path):
    pages = Pages(tmp_path / "contacts.pdf")
    flow = Flow(pages, 72, 540, 700, 90)
    flow.paragraph("Introduction", Style("Helvetica-Bold", 12.0), justify=False, gap=6)
    flow.paragraph(PROSE, SERIF, gap=12)
    flow.paragraph("Contacts", Style("Helvetica-Bold", 12.0), justify=False, gap=6)
    line = "The two agencies named liaison officers who meet every month to settle open questions."
    flow.paragraph(line, SERIF)
    parsed = ingest_pdf(pages.save())
    assert any(line in _flat(b.text) and b.section == "Contacts" for b in parsed.blocks)
