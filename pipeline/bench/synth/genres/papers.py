"""A law-review paper with many footnotes, and a translated government white paper."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from pipeline.bench.synth.genres import Genre
from pipeline.bench.synth.genres.writer import Writer, plain, sentences

ABSTRACT = (
    "Several countries plan to land near the same craters at the lunar south pole within a "
    "decade. This Article asks whether the law of outer space gives any of them a right to "
    "keep the others away. It finds that the treaties forbid a claim of sovereignty but allow "
    "safety zones of limited size and time. It then proposes a registry of planned landing "
    "sites that would turn those zones into a shared schedule. The registry needs no new "
    "treaty, only the consent of the agencies that already notify their launches."
)

#: (paragraph with raised callouts, the footnotes it calls on this page)
BODY = [
    (
        "The first landers of the new lunar era are already on their way.^1 Each of them aims "
        "at the rim of a crater whose floor has not seen sunlight for a billion years.^2 Water "
        "ice is thought to lie in those floors, and with it the promise of fuel made on the "
        "Moon.^3",
        [
            "See, e.g., Mara Lind, Ice at the Poles, 12 J. Lunar Stud. 41, 44 (2021).",
            "Id. at 47.",
            "On the economics of fuel made in place, see Tomas Grey, Propellant Markets "
            "Beyond Earth 88\u201391 (2023).",
        ],
    ),
    (
        "The treaty of 1967 answers only part of the question.^4 It forbids national "
        "appropriation of the Moon by any means, yet it also requires each state to act with "
        "due regard for the interests of the others.^5 Scholars disagree on what that duty "
        "demands when two missions want the same site.^6 The disagreement will not stay "
        "academic for long, because the first contested landing may come before 2030.",
        [
            "Outer Space Treaty, art. II (1967).",
            "Id. art. IX.",
            "Compare Lind, supra note 1, at 52, with Grey, supra note 3, at 102.",
        ],
    ),
    (
        "This Article proceeds in three parts. Part I describes the sites and the missions "
        "planned for them. Part II reads the treaty text against the practice of the "
        "agencies.^7 Part III proposes the registry and answers the objection that it would "
        "favor the first countries to arrive. The registry would hold each planned site for "
        "a fixed period and then release it to the next applicant, so that early arrival "
        "buys time but not title. Its rules would be short enough for any agency to adopt "
        "in a year, and running it would cost the agencies less than\n"
        "2 percent of what they spend on landers.",
        [
            "The practice of the agencies is set out in annual reports filed with the United "
            "Nations since 2020.",
        ],
    ),
    (
        "Part I begins with geography. The craters that hold the most ice are also the "
        "coldest places on the Moon, and the ridges between them get sunlight for most of "
        "the year.^8 A lander needs both: ice to study or mine, and light to make power.^9 "
        "Only a handful of ridges offer both within a short drive, which is why the plans "
        "of different countries keep naming the same few sites.^10 Some of those plans "
        "date from the early 2010s, when no mission was yet funded; others were drawn up "
        "last year.^11 Taken together, they show that the crowding is real and not a "
        "scholar's hypothetical.",
        [
            "Lind, supra note 1, at 49\u201350.",
            "Grey, supra note 3, at 12.",
            "See the site lists attached to the mission plans cited in note 7.",
            "Id.",
        ],
    ),
]


def law_review(path: Path) -> Genre:
    notes_here: list[str] = []

    def furniture(c: canvas.Canvas, page: int) -> None:
        c.setFont("Times-Roman", 9)
        if page > 1:
            head = "2025]          SHARING THE POLE" if page % 2 else "JOURNAL OF SPACE LAW"
            c.drawString(72, 750, f"{400 + page}          {head}")
        # the page's footnotes under a short rule, in small type, each with a raised label
        y = 60 + 11 * sum(len(_wrapped(n)) for n in notes_here)
        if notes_here:
            c.line(72, y + 8, 200, y + 8)
        for note in notes_here:
            number, text = note.split(" ", 1)
            lines = _wrapped(text)
            c.setFont("Times-Roman", 5.5)
            c.drawString(72, y + 3, number)
            c.setFont("Times-Roman", 8.5)
            for ln in lines:
                c.drawString(78, y - 2, ln)
                y -= 11
        notes_here.clear()

    w = Writer(path, furniture=furniture, bottom=230.0)
    w.centred("SHARING THE POLE: LANDING SITES AND THE LAW OF OUTER SPACE", "Times-Bold", 14)
    w.centred("Ana Ferreira*", "Times-Roman", 11, gap=14)
    w.centred("ABSTRACT", "Times-Bold", 10, gap=6)
    # the abstract in two columns under the title
    half = sentences(ABSTRACT)
    top = w.y
    w.paragraph(" ".join(half[:3]), size=9.5, right=296, gap=0)
    low, w.y = w.y, top
    w.paragraph(" ".join(half[3:]), size=9.5, left=316, gap=0)
    w.y = min(w.y, low)
    w.skip(10)
    w.centred("INTRODUCTION", "Times-Bold", 10, gap=6)
    truth = list(half)
    number = 0
    for text, notes in BODY:
        if (w.page == 1 and number) or number == 7:  # Part I opens a page
            w.new_page()
        w.paragraph(text, size=11, first=18, gap=0, leading=1.35)
        for note in notes:
            number += 1
            notes_here.append(f"{number} {note}")
        truth += sentences(text)
    data = w.save()
    return Genre(
        "law_review",
        data,
        truth,
        excluded=[("footnote", "Id. art. IX."), ("header", "JOURNAL OF SPACE LAW")]
        + [
            ("header", "SHARING THE POLE"),
            ("page_number", "403"),
            ("footnote", "See the site lists"),
        ],
        absent=["Ice at the Poles", "JOURNAL OF SPACE LAW", "SHARING THE POLE"],
        title="SHARING THE POLE: LANDING SITES AND THE LAW OF OUTER SPACE",
    )


def _wrapped(text: str) -> list[str]:
    from pipeline.bench.synth.genres.writer import wrap

    return wrap(text, "Times-Roman", 8.5, 460)


PREFACE = (
    "Space is a frontier that all countries share. In the past five years the country has "
    "launched more missions than in any earlier period, and it has done so with partners from "
    "every continent. This paper sets out what has been achieved, what the next five years "
    "will bring, and the principles that guide the work."
)
SECTIONS = [
    ("I. Goals and Principles", None),
    (
        "1. Goals",
        "The goal is to build a space industry that is strong in science, safe in operation "
        "and open to cooperation. By 2030 the country aims to operate a permanent research "
        "station in lunar orbit together with its partners.",
    ),
    (
        "2. Principles",
        "The work follows four principles. Space is used for peaceful purposes only. "
        "Innovation comes first. Activities are open to partners on equal terms. Debris is "
        "kept to a minimum at every stage of a mission.",
    ),
    ("II. Progress Since 2021", None),
    (
        "(1) Launch vehicles",
        "New launch vehicles flew for the first time, and the rate of launches doubled. "
        "The table below gives the launches of each year.",
    ),
    (
        "(2) International cooperation",
        "Agreements were signed with nineteen countries and four international "
        "organizations. Several of them cover the exchange of data from Earth observation "
        "satellites in times of disaster.",
    ),
]
LIST_ITEMS = [
    "1. Data from weather satellites are shared with neighbouring countries at no cost.",
    "2. Foreign instruments fly on national missions after an open call for proposals.",
    "3. Students from partner countries are trained at the national space academy.",
]


def white_paper(path: Path) -> Genre:
    def furniture(c: canvas.Canvas, page: int) -> None:
        if page > 1:
            c.setFont("Times-Roman", 9)
            c.drawCentredString(306, 50, f"\u2013 {page - 1} \u2013")

    w = Writer(path, furniture=furniture)
    w.skip(120)
    w.centred("Space Activities for Shared Development", "Helvetica-Bold", 24, gap=30)
    w.centred("The State Council Information Office", "Helvetica", 13, gap=8)
    w.centred("March 2026", "Helvetica", 13)
    w.new_page()
    w.centred("Preface", "Helvetica-Bold", 14, gap=10)
    w.paragraph(PREFACE, first=22, gap=8)
    truth = sentences(PREFACE)
    for head, text in SECTIONS:
        bold = head.startswith(("I", "II"))
        w.skip(6)
        w.line(head, "Helvetica-Bold" if bold else "Times-Bold", 13 if bold else 11)
        w.skip(4)
        if text:
            w.paragraph(text, first=22, gap=6)
            truth += sentences(text)
        if head.startswith("(1)"):
            w.skip(4)
            w.centred("Table 1  Launches by year", "Times-Bold", 10, gap=4)
            rows = [("Year", "Launches", "Payloads"), ("2021", "48", "103")]
            rows += [("2022", "64", "182"), ("2023", "67", "221")]
            for row in rows:
                for x, cell in zip((150, 290, 430), row, strict=True):
                    w.canvas.setFont("Times-Roman", 10)
                    w.canvas.drawString(x, w.y - 10, cell)
                w.canvas.line(140, w.y - 14, 480, w.y - 14)
                w.y -= 16
            w.skip(8)
        if head.startswith("(2)"):
            intro = "The main forms of cooperation are the following."
            w.paragraph(intro, first=22, gap=4)
            truth.append(intro)
            for item in LIST_ITEMS:
                w.paragraph(item, gap=2, indent=0)
                truth.append(plain(item))
    data = w.save()
    return Genre(
        "white_paper",
        data,
        truth,
        excluded=[("table", "2021 48 103"), ("caption", "Table 1 Launches by year")]
        + [("heading", "I. Goals and Principles")],
        absent=["Payloads", "\u2013 2 \u2013"],
        title="Space Activities for Shared Development",
        date_line="March 2026",
    )
