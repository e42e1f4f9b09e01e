"""A congressional hearing and a bill, as the Government Publishing Office sets them."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from pipeline.bench.synth.genres import Genre
from pipeline.bench.synth.genres.writer import Writer, sentences

#: the printer's imprint line at the foot of every page (job, proof and format codes)
IMPRINT = (
    "VerDate Sep 11 2014  09:41 Jun 30, 2025  Jkt 058412  PO 00000  Frm {frm:05d}  "
    "Fmt 6633  Sfmt 6633  H:\\\\58412.TXT  SCIENCE  PsN: SCIENCE"
)

HEARING_TITLE = "KEEPING LOW EARTH ORBIT USABLE"

OPENING = (
    "Chairwoman WHITFIELD. ",
    "Good morning, and welcome to this hearing of the Subcommittee on Space. Today we look at "
    "how operators, agencies and allies share what they know about objects in orbit. The "
    "number of active satellites has grown faster than any plan for tracking them foresaw. "
    "We will hear from three witnesses who see the problem from different sides.",
)
RANKING = (
    "Mr. OKAFOR. ",
    "Thank you, Madam Chair. I agree that no single country can keep the busiest orbits safe "
    "on its own. Our partners in Europe and Asia already trade warnings with our operators "
    "every day. I hope this hearing asks what it would take to make that exchange routine.",
)
WITNESS = (
    "Dr. HALE. ",
    "Thank you for the chance to testify. The office I lead sends close-approach warnings to "
    "more than four hundred operators. Most of them answer within an hour and change course "
    "when they must.",
)
STATEMENT = [
    "Commercial fleets now outnumber government satellites in low orbit by a wide margin. "
    "That shift means most of the decisions that keep orbits clear are made by companies, "
    "not agencies.",
    "The subcommittee has asked whether the civil tracking service should move from the "
    "Department of Defense to the Department of Commerce. I believe the move is sound, "
    "provided the budget follows the mission and the data stay open to foreign operators.",
]


def _hearing_furniture(c: canvas.Canvas, page: int) -> None:
    c.setFont("Times-Roman", 6.5)
    c.drawString(72, 40, IMPRINT.format(frm=page))
    if page > 2:  # page numbers at the outer corner of the head
        c.setFont("Times-Roman", 9)
        if page % 2:
            c.drawRightString(540, 750, str(page))
        else:
            c.drawString(72, 750, str(page))


def hearing(path: Path) -> Genre:
    w = Writer(path, furniture=_hearing_furniture)
    w.skip(40)
    w.centred(HEARING_TITLE, "Times-Bold", 16, gap=24)
    for line in ["HEARING", "BEFORE THE", "SUBCOMMITTEE ON SPACE", "OF THE"]:
        w.centred(line, "Times-Roman", 11, gap=8)
    for line in ["COMMITTEE ON SCIENCE AND TECHNOLOGY", "HOUSE OF REPRESENTATIVES"]:
        w.centred(line, "Times-Bold", 12, gap=6)
    w.skip(18)
    for line in ["ONE HUNDRED NINETEENTH CONGRESS", "FIRST SESSION"]:
        w.centred(line, "Times-Roman", 10, gap=6)
    w.skip(18)
    w.centred("MAY 8, 2025", "Times-Roman", 11, gap=18)
    w.centred("Serial No. 119\u201312", "Times-Roman", 10)
    w.new_page()
    w.centred("C O N T E N T S", "Times-Bold", 11, gap=10)
    w.centred("May 8, 2025", "Times-Roman", 10, gap=12)
    contents = [
        ("Hearing Charter", "2"),
        ("Statement by Representative Dana Whitfield, Chairwoman", "3"),
        ("Statement by Representative Sam Okafor, Ranking Member", "4"),
        ("Dr. Lena Hale, Director, Office of Orbit Safety", "4"),
    ]
    for entry, number in contents:
        w.canvas.setFont("Times-Roman", 10)
        w.canvas.drawString(90, w.y - 10, entry)
        w.canvas.drawRightString(540, w.y - 10, number)
        from reportlab.pdfbase.pdfmetrics import stringWidth

        x = 90 + stringWidth(entry, "Times-Roman", 10) + 6
        dots = "." * int((520 - x) / stringWidth(". ", "Times-Roman", 10))
        w.canvas.drawString(x, w.y - 10, " ".join(dots))
        w.y -= 16
    w.new_page()
    w.centred(HEARING_TITLE, "Times-Bold", 12, gap=8)
    w.centred("THURSDAY, MAY 8, 2025", "Times-Roman", 10, gap=14)
    preamble = (
        "The Subcommittee met, pursuant to notice, at 10:00 a.m., in Room 2318 of the Rayburn "
        "House Office Building, Hon. Dana Whitfield presiding."
    )
    w.paragraph(preamble, size=10, first=18, gap=2)
    truth = sentences(preamble)
    speakers = []
    for label, speech in (OPENING, RANKING):
        w.paragraph(label + speech, size=10, first=18, gap=2)
        truth += sentences(speech)
        speakers.append(label.strip())
    note = "[The prepared statement of Chairwoman Whitfield follows:]"
    w.paragraph(note, size=10, first=18, gap=8)
    w.centred("PREPARED STATEMENT OF CHAIRWOMAN DANA WHITFIELD", "Times-Roman", 8.5, gap=6)
    for para in STATEMENT:  # the prepared statement in smaller type
        w.paragraph(para, size=8.5, first=14, gap=2)
        truth += sentences(para)
    w.skip(6)
    label, speech = WITNESS
    w.paragraph(label + speech, size=10, first=18, gap=2)
    truth += sentences(speech)
    speakers.append(label.strip())
    data = w.save()
    return Genre(
        "hearing",
        data,
        truth,
        excluded=[("speaker", s) for s in speakers]
        + [("contents", "Statement by Representative Sam Okafor, Ranking Member")]
        + [("footer", "VerDate Sep 11 2014")],
        absent=["VerDate", "Jkt", "Sfmt", note, "C O N T E N T S", *speakers],
        title="KEEPING LOW EARTH ORBIT USABLE",
        date_line="MAY 8, 2025",
    )


BILL_SECTIONS = [
    ("SECTION 1. SHORT TITLE.", "This Act may be cited as the Lunar Surface Cooperation Act."),
    (
        "SEC. 2. FINDINGS.",
        "Congress finds that landing sites near the lunar south pole are few and that several "
        "countries plan to use the same ones within a decade. Coordination among those "
        "countries can prevent harmful interference between missions. The United States has "
        "an interest in leading that coordination with its partners.",
    ),
    (
        "SEC. 3. LANDING SITE NOTIFICATION PROGRAM.",
        "The Administrator shall establish a program to share the planned landing sites and "
        "schedules of United States missions with the space agencies of other countries. The "
        "program shall invite each participating agency to share the same information about "
        "its own missions. Within six months of the day this Act becomes law, the "
        "Administrator shall report to Congress on how the program is working. The report shall "
        "describe each agency that takes part and any dispute over a site.",
    ),
    (
        "SEC. 4. CONSULTATION WITH OPERATORS.",
        "In carrying out the program, the Administrator shall consult with United States "
        "companies that plan to land on the Moon. The Administrator may share their plans "
        "with other agencies only with their consent. Each company that takes part shall "
        "give notice of a change to its landing site or schedule within 30 days after the "
        "change is made. The Administrator shall keep a record of each notice and shall "
        "make a summary of the record available to the public once a year. Nothing in this "
        "section requires a company to disclose information that is protected as a trade "
        "secret under Federal law. The Administrator shall treat the schedules of missions "
        "that carry instruments of other countries in the same way as those of missions "
        "that carry only United States instruments.",
    ),
    (
        "SEC. 5. AUTHORIZATION OF APPROPRIATIONS.",
        "There is authorized to be appropriated to carry out this Act $12,000,000 for each of "
        "fiscal years 2026 through 2030.",
    ),
]


def bill(path: Path) -> Genre:
    state = {"n": 0, "page": 0}

    def number(base: float, page: int) -> None:
        if page != state["page"]:
            state.update(n=0, page=page)
        state["n"] += 1
        w.canvas.setFont("Times-Roman", 8)
        w.canvas.drawRightString(96, base, str(state["n"]))

    def furniture(c: canvas.Canvas, page: int) -> None:
        c.setFont("Times-Roman", 6.5)
        c.drawString(72, 40, IMPRINT.format(frm=page))
        c.setFont("Times-Roman", 9)
        c.drawString(72, 56, "\u2022HR 2417 IH")
        if page > 1:
            c.drawCentredString(306, 750, str(page))

    w = Writer(path, furniture=furniture, left=110.0, right=520.0, top=730.0)
    w.canvas.setFont("Times-Roman", 10)
    w.canvas.drawString(72, 740, "119TH CONGRESS")
    w.canvas.drawString(72, 728, "1ST SESSION")
    w.canvas.setFont("Times-Bold", 20)
    w.canvas.drawRightString(520, 730, "H. R. 2417")
    w.skip(40)
    purpose = "To establish a program for sharing lunar landing site plans, and for other purposes."
    w.paragraph(purpose, "Times-Roman", 11, left=150, right=470, gap=16)
    w.centred("IN THE HOUSE OF REPRESENTATIVES", "Times-Roman", 10, gap=8)
    w.centred("MARCH 11, 2025", "Times-Roman", 10, gap=8)
    w.paragraph(
        "Ms. ALVAREZ introduced the following bill; which was referred to the Committee on "
        "Science, Space, and Technology",
        size=10,
        first=12,
        gap=16,
    )
    w.centred("A BILL", "Times-Bold", 16, gap=8)
    w.paragraph(purpose, "Times-Roman", 11, left=150, right=470, gap=12)
    enacting = (
        "Be it enacted by the Senate and House of Representatives of the United States of "
        "America in Congress assembled,"
    )
    w.paragraph(enacting, size=12, first=18, leading=1.9, gap=0, margin=number)
    truth: list[str] = []  # the enacting formula is the bill's front matter
    for head, text in BILL_SECTIONS:
        w.paragraph(head, "Times-Bold", 12, first=18, leading=1.9, gap=0, margin=number)
        w.paragraph(text, size=12, first=18, leading=1.9, gap=0, margin=number)
        truth += sentences(text)
    data = w.save()
    return Genre(
        "bill",
        data,
        truth,
        excluded=[("footer", "HR 2417 IH"), ("footer", "VerDate"), ("line_number", "1 2 3 4 5")]
        + [("line_number", "1 2 3 4 5 6 7 8 9 10 11 12 13")]
        + [("front_matter", "Congress assembled")],
        absent=["VerDate", "HR 2417 IH"],
        title=purpose,  # the line under "A BILL" names it
        date_line="MARCH 11, 2025",
    )
