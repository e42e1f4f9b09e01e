"""A hearing record as the Government Publishing Office's composition system writes it.

The text layer: one ``TJ`` array per line with kerning numbers and no space characters (the
space between words is a number), justified lines widened at the gaps, speakers' names in
small capitals ("Mr. O" then "YELARAN" in smaller capitals), a prepared statement set smaller
and tighter, a contents page in two columns with dot leaders, page numbers at the outer corner
of the head, and the printer's slug line at the foot of every page ("VerDate ... Jkt ... PO
... Frm ... Fmt ... Sfmt ..." and a file path)."""

from __future__ import annotations

from pathlib import Path

from pipeline.bench.synth.genres import Genre
from pipeline.bench.synth.producers.layer import Flow, Pages, Style, plain, sentences, width

SLUG = (
    "VerDate Sep 11 2014  16:05 May 04, 2026  Jkt 061204  PO 00000  Frm {frm:05d}  Fmt 6633  "
    "Sfmt 6633  C:\\61204.TXT  SCIENCE  PsN: SCIENCE"
)
TITLE = "SHARING THE LUNAR RELAY NETWORK"
DATE = "MARCH 18, 2026"

BODY = Style("Times-Roman", 10.0, mode="tj")
SMALL = Style("Times-Roman", 8.5, mode="tj")

#: (speaker label in small-capital markup, paragraphs of speech)
TURNS: list[tuple[str, list[str]]] = [
    (
        "Chairwoman W{hitcombe}.",
        [
            "This hearing will come to order. Without objection, the Chair is authorized to "
            "declare recesses of the Subcommittee at any time.",
            "Good morning. Two years ago no government owned a working relay around the Moon, "
            "and today three of them are building one. The question before us is whether "
            "those relays will talk to each other or whether every landing party will have "
            "to carry its own radios for each network.",
            "Our witnesses this morning represent an agency, a company that sells relay "
            "service, and a researcher who has studied how frequency coordination worked in "
            "Earth orbit. I look forward to hearing from each of them.",
        ],
    ),
    (
        "Mr. O{yelaran}.",
        [
            "Thank you, Madam Chair, and thank you to our witnesses for being here. I share "
            "the Chairwoman's concern that we may repeat on the Moon the mistakes we made with "
            "incompatible ground stations in the 1990s.",
            "The European Space Agency and the Japan Aerospace Exploration Agency have "
            "already agreed with NASA on a common set of link standards. What we have not "
            "seen is an agreement on who pays for the relays once they are up, and I hope "
            "the witnesses will speak to that.",
        ],
    ),
]
NOTE = "[The prepared statement of Chairwoman Whitcombe follows:]"
STATEMENT_HEAD = "PREPARED STATEMENT OF CHAIRWOMAN DANA WHITCOMBE"
STATEMENT = [
    "The Subcommittee has followed the lunar relay effort since the first Artemis missions "
    "showed how little coverage the far side of the Moon receives. A lander in a polar crater "
    "may see the Earth for only a few days each month.",
    "Relays solve that problem, but only if every mission can use them. Last year the "
    "Committee asked NASA to report on the cost of making its relay open to partner missions "
    "and to commercial landers, and that report arrived in January.",
    "It found that opening the relay would add less than four percent to its cost. I believe "
    "that is a small price for a network that every partner can rely on.",
]
WITNESS_HEAD = (
    "TESTIMONY OF DR. IMANI CASTELLANOS, DEPUTY ASSOCIATE ADMINISTRATOR FOR SPACE "
    "COMMUNICATIONS AND NAVIGATION, NATIONAL AERONAUTICS AND SPACE ADMINISTRATION"
)
WITNESS: tuple[str, list[str]] = (
    "Dr. C{astellanos}.",
    [
        "Chairwoman Whitcombe, Ranking Member Oyelaran, and Members of the Subcommittee, thank "
        "you for inviting me to discuss the lunar communications architecture.",
        "NASA does not intend to own every relay that serves the Moon. Our plan is to buy "
        "relay service from companies where a market exists and to build only what no "
        "company will offer.",
        "In 2025 we signed an arrangement with the European Space Agency under which its "
        "Moonlight relays and our own will carry each other's traffic at no charge. Japan "
        "has asked to join that arrangement, and we expect to conclude the talks this year.",
        "Interoperability is not a favour we do for our partners. A crew on the surface "
        "whose radio can reach any relay overhead is a safer crew, whoever built the relay.",
    ],
)
EXCHANGE: list[tuple[str, list[str]]] = [
    (
        "Chairwoman W{hitcombe}.",
        [
            "Thank you, Dr. Castellanos. Let me start with the question the Ranking Member "
            "raised. If a commercial relay carries traffic for a European lander, who "
            "pays the company?",
        ],
    ),
    (
        "Dr. C{astellanos}.",
        [
            "Under the arrangement each agency pays for the service its own missions use, "
            "whichever relay carries it. We settle the difference once a year.",
        ],
    ),
    (
        "Mr. O{yelaran}.",
        [
            "Would China's relays be part of any such settlement?",
        ],
    ),
    (
        "Dr. C{astellanos}.",
        [
            "They are not part of it today. China operates its own relay for its far side "
            "missions and has not proposed to link it with ours.",
            "We do exchange basic orbit information with the China National Space "
            "Administration so that our spacecraft do not interfere with one another.",
        ],
    ),
    (
        "Chairwoman W{hitcombe}.",
        [
            "The gentleman's time has expired. The Chair thanks the witness, and the hearing "
            "is adjourned.",
        ],
    ),
]
RECORD_END = "[Whereupon, at 11:48 a.m., the Subcommittee was adjourned.]"

CONTENTS = [
    ("Hearing Charter", "2"),
    ("Opening Statements", ""),
    ("Statement by Representative Dana Whitcombe, Chairwoman", "5"),
    ("Written Statement", "6"),
    ("Statement by Representative Kofi Oyelaran, Ranking Member", "7"),
    ("Witnesses:", ""),
    ("Dr. Imani Castellanos, National Aeronautics and Space Administration", "8"),
    ("Mr. Rafael Lindqvist, Chief Executive, Selene Relay Services", "11"),
    ("Dr. Priya Ramaswamy, Professor of Telecommunications Policy", "14"),
    ("Discussion", "17"),
    ("Appendix I: Answers to Post-Hearing Questions", "23"),
    ("Appendix II: Additional Material for the Record", "29"),
]


def _furniture(pages: Pages, number: int) -> None:
    c = pages.canvas
    c.setFillGray(0)
    c.setFont("Times-Roman", 6)
    c.drawString(72, 34, SLUG.format(frm=number + 2))
    if number > 1:  # page numbers at the outer corner of the head (roman on the contents)
        folio = "II" if number == 2 else str(number)
        c.setFont("Times-Roman", 9)
        if number % 2:
            c.drawRightString(540, 746, folio)
        else:
            c.drawString(72, 746, folio)


def _centred(flow: Flow, text: str, style: Style, gap: float = 6.0) -> None:
    flow.paragraph(text, style, justify=False, align="centre", gap=gap)


def _contents(pages: Pages, flow: Flow) -> list[str]:
    """Two columns of entries with dot leaders to the page number."""
    style = Style("Times-Roman", 8.5, mode="tj")
    _centred(flow, "C O N T E N T S", Style("Times-Bold", 10, mode="tj"), gap=4)
    _centred(flow, "March 18, 2026", style, gap=12)
    top = flow.y
    half = (len(CONTENTS) + 1) // 2
    entries = []
    for col, chunk in enumerate((CONTENTS[:half], CONTENTS[half:])):
        x0, x1 = (72.0, 298.0) if col == 0 else (314.0, 540.0)
        y = top
        for entry, number in chunk:
            base = y - 8.5
            w = pages.line(entry, x0, base, style)
            entries.append(entry)
            if number:
                nw = width(number, style)
                dot = width(". ", style)
                x = x0 + w + 4
                n = int((x1 - nw - 4 - x) / dot)
                if n > 1:
                    pages.line(" ".join("." * n), x, base, style)
                pages.line(number, x1 - nw, base, style)
            y -= 13
    flow.y = top - 13 * half
    return entries


def make(path: Path) -> Genre:
    pages = Pages(
        path,
        seed=11,
        made=(2026, 5, 4),
        info={
            "producer": "Acrobat Distiller 10.1.8 (Windows)",
            "creator": "PScript5.dll Version 5.2.2",
            "title": "61204.TXT",
        },
    )
    pages.furniture = _furniture
    flow = Flow(pages, 72, 540, 720, 60)
    cover = Style("Times-Roman", 11, mode="tj")
    flow.skip(30)
    _centred(flow, TITLE, Style("Times-Bold", 15, mode="tj"), gap=20)
    for line in ("HEARING", "BEFORE THE", "SUBCOMMITTEE ON SPACE AND AERONAUTICS", "OF THE"):
        _centred(flow, line, cover, gap=5)
    for line in ("COMMITTEE ON SCIENCE, SPACE, AND TECHNOLOGY", "HOUSE OF REPRESENTATIVES"):
        _centred(flow, line, Style("Times-Bold", 11.5, mode="tj"), gap=5)
    flow.skip(14)
    for line in ("ONE HUNDRED NINETEENTH CONGRESS", "SECOND SESSION"):
        _centred(flow, line, cover.at(10), gap=5)
    flow.skip(14)
    _centred(flow, DATE, cover, gap=12)
    _centred(flow, "Serial No. 119\u201341", cover.at(10), gap=40)
    _centred(flow, "Printed for the use of the Committee on Science, Space, and Technology",
             Style("Times-Italic", 9.5, mode="tj"), gap=60)  # fmt: skip
    _centred(flow, "U.S. GOVERNMENT PUBLISHING OFFICE", cover.at(10), gap=4)
    _centred(flow, "61\u2013204PDF        WASHINGTON : 2026", cover.at(9), gap=4)
    pages.finish_page()
    flow.y = flow.top
    entries = _contents(pages, flow)
    pages.finish_page()
    flow.y = flow.top
    _centred(flow, TITLE, Style("Times-Bold", 11, mode="tj"), gap=6)
    flow.skip(6)
    _centred(flow, "WEDNESDAY, " + DATE, BODY, gap=10)
    for line in ("H{ouse} {of} R{epresentatives},",
                 "S{ubcommittee} {on} S{pace} {and} A{eronautics},",
                 "C{ommittee} {on} S{cience}, S{pace}, {and} T{echnology},"):  # fmt: skip
        _centred(flow, line, BODY, gap=1)
    _centred(flow, "Washington, DC.", BODY, gap=8)
    preamble = (
        "The Subcommittee met, pursuant to notice, at 10:02 a.m., in Room 2318 of the Rayburn "
        "House Office Building, Hon. Dana Whitcombe [Chairwoman of the Subcommittee] presiding."
    )
    flow.paragraph(preamble, BODY, first=18, gap=2)
    truth = sentences(preamble)
    speakers: list[str] = []

    def turn(label: str, paras: list[str]) -> None:
        nonlocal truth
        for i, para in enumerate(paras):
            text = f"{label} {para}" if i == 0 else para
            flow.paragraph(text, BODY, first=18, gap=2)
            truth += sentences(para)
        speakers.append(plain(label))

    for label, paras in TURNS:
        turn(label, paras)
    flow.paragraph(NOTE, BODY, first=18, gap=8)
    _centred(flow, STATEMENT_HEAD, SMALL, gap=6)
    for para in STATEMENT:  # smaller type, tighter leading
        flow.paragraph(para, SMALL, first=14, gap=1, leading=1.15)
        truth += sentences(para)
    flow.skip(8)
    flow.paragraph(WITNESS_HEAD, SMALL, justify=False, align="centre", gap=8)
    turn(*WITNESS)
    for label, paras in EXCHANGE:
        turn(label, paras)
    flow.paragraph(RECORD_END, BODY, first=18, gap=2)
    data = pages.save()
    return Genre(
        "gpo_hearing",
        data,
        truth,
        excluded=[("speaker", s) for s in speakers]
        + [("contents", e) for e in entries if e.endswith(("Chairwoman", "Services"))]
        + [("footer", "VerDate Sep 11 2014"), ("speaker", NOTE)],
        absent=[
            "VerDate",
            "Jkt 061204",
            "Sfmt",
            "C O N T E N T S",
            NOTE,
            RECORD_END,
            *speakers,
        ],  # fmt: skip
        title=TITLE,
        date_line=DATE,
    )
