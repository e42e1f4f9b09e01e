"""A public meeting's transcript as a court-reporting firm prints it, with line numbers.

The text layer: a monospaced face (Courier, as reporters' software sets every page), every line
one ``Tj``; each page has 25 numbered line slots with the numbers 1-25 in the left margin
beside them, double spaced, framed by two vertical rules; the page number stands at the top
right, the firm's name and telephone number at the foot of every page. Page 1 is the caption
(the department, the committee, "PUBLIC MEETING", the day and the place, centred); the speakers'
labels in capitals with a colon ("MS. OKAFOR:") open their turns, indented; a stage direction
in parentheses stands alone. The text is the project's own, in the register of an advisory
committee's meeting on commercial remote sensing."""

from __future__ import annotations

from pathlib import Path

from pipeline.bench.synth.genres import Genre
from pipeline.bench.synth.producers.layer import Pages, Style, sentences, width, wrap

TITLE = "ADVISORY COMMITTEE ON COMMERCIAL REMOTE SENSING"
DATE = "THURSDAY, OCTOBER 15, 2026"
FIRM = "LAKESIDE REPORTING SERVICES  (555) 010-4477"
MONO = Style("Courier", 12.0)
NUM_X, TEXT_X, RIGHT, FIRST_BASE, STEP, SLOTS = 52.0, 96.0, 560.0, 700.0, 25.0, 25

CAPTION = [
    "UNITED STATES DEPARTMENT OF COMMERCE",
    "NATIONAL OCEANIC AND ATMOSPHERIC ADMINISTRATION",
    "",
    TITLE,
    "",
    "PUBLIC MEETING",
    "",
    DATE,
    "",
    "The Committee met in the Main Conference Room,",
    "Herbert C. Hoover Building, Washington, D.C.,",
    "at 9:00 a.m., Dana Whitlow, Chair, presiding.",
]

#: (speaker label, speech); a label None is a stage direction standing alone
TURNS: list[tuple[str | None, str]] = [
    (
        "CHAIR WHITLOW:",
        "Good morning, everyone. I call this meeting of the committee to order. We have a full "
        "agenda today, so I will keep my remarks short. Our main item is the draft advice on "
        "how the licensing rules should treat foreign partners of American operators. Before "
        "we start, I want to thank the staff of the commercial remote sensing office for "
        "preparing the background papers on very short notice.",
    ),
    (
        "MS. OKAFOR:",
        "Thank you, Madam Chair. I have read the draft twice, and I think it is heading in the "
        "right direction. My concern is the section on data sharing with allied governments. "
        "As written, it would let an operator sell imagery to a partner agency without any "
        "review, as long as the partner is on the approved list.",
    ),
    (
        "CHAIR WHITLOW:",
        "Is your concern that the list is too long, or that it is never updated?",
    ),
    (
        "MS. OKAFOR:",
        "Mostly the second. The list was drawn up several years ago, and some of the countries "
        "on it have since started their own imaging programs that compete directly with our "
        "companies. I would not remove anyone today. I would ask the agency to review the list "
        "every two years.",
    ),
    (
        "DR. HALVORSEN:",
        "If I may add to that. The companies I speak with are not asking for fewer partners. "
        "They want to know in advance which sales will need a license amendment and which will "
        "not. Uncertainty costs them contracts, especially in Europe and Asia, where customers "
        "can simply buy from a domestic supplier instead.",
    ),
    (None, "(Pause.)"),
    (
        "CHAIR WHITLOW:",
        "Let me read the sentence we are discussing so that everyone has it in front of them. "
        "It says that the committee recommends a standing list of partner governments and a "
        "review of that list at fixed intervals. Does anyone object to adding a two-year "
        "interval?",
    ),
    (
        "MR. ESPINOZA:",
        "I do not object, but I want the record to show one point. Joint missions with "
        "partner agencies have given this country access to radar data it would otherwise "
        "have had to pay for. The advice should say plainly that cooperation of that kind is "
        "something we want to protect.",
    ),
    (
        "CHAIR WHITLOW:",
        "That is a fair point, and I think we can add a sentence to that effect. Staff will "
        "circulate a revised text by the end of next week. We will take a short break and "
        "come back at ten forty-five to discuss the public comments.",
    ),
    (None, "(Whereupon, a short recess was taken.)"),
]


def _lines() -> list[tuple[str | None, str]]:
    """The body's lines: (label or None, text); a turn's first line carries its label."""
    out: list[tuple[str | None, str]] = []
    measure = RIGHT - TEXT_X - 8
    for label, speech in TURNS:
        if label is None:
            out.append((None, " " * 10 + speech))
            continue
        first_room = measure - width(" " * 10 + label + " ", MONO)
        words = wrap(speech, MONO, first_room)
        head = words[0]
        rest = " ".join(speech.split()[len(head.split()) :])
        out.append((label, head))
        for ln in wrap(rest, MONO, measure) if rest else []:
            out.append((None, ln))
    return out


def make(path: Path) -> Genre:
    pages = Pages(
        path,
        (612.0, 792.0),
        seed=41,
        made=(2026, 10, 20),
        info={"creator": "CaseView", "producer": "Acrobat Distiller 11.0"},
    )

    def furniture(p: Pages, number: int) -> None:
        c = p.canvas
        c.setLineWidth(0.6)
        for x in (TEXT_X - 10, RIGHT + 6):
            c.line(x, 50, x, 740)
        for k in range(SLOTS):
            label = str(k + 1)
            p.line(label, NUM_X + 14 - width(label, MONO), FIRST_BASE - k * STEP + 0, MONO)
        folio = str(number)
        p.line(folio, RIGHT - width(folio, MONO), 752, MONO)
        small = MONO.at(9.0)
        p.line(FIRM, (612 - width(FIRM, small)) / 2, 34, small)

    pages.furniture = furniture
    for k, text in enumerate(CAPTION):
        if text:
            pages.line(text, (TEXT_X + RIGHT - width(text, MONO)) / 2, FIRST_BASE - k * STEP, MONO)
    pages.finish_page()
    slot = 0
    for label, text in _lines():
        if slot == SLOTS:
            pages.finish_page()
            slot = 0
        base = FIRST_BASE - slot * STEP
        if label:
            lead = " " * 10 + label + " "
            pages.line(label, TEXT_X + width(" " * 10, MONO), base, MONO)
            pages.line(text, TEXT_X + width(lead, MONO), base, MONO)
        else:
            pages.line(text.strip(), TEXT_X + width(text[: len(text) - len(text.lstrip())], MONO),
                       base, MONO)  # fmt: skip
        slot += 1
    pages.save()
    truth: list[str] = []
    for label, speech in TURNS:
        if label:
            truth += sentences(speech)
    labels = sorted({lb for lb, _ in TURNS if lb})
    return Genre(
        "transcript",
        path.read_bytes(),
        truth,
        excluded=[("speaker", lb) for lb in labels]
        + [("speaker", "(Pause.)"), ("line_number", "1 2 3 4 5 6 7 8 9 10")]
        + [("footer", "LAKESIDE REPORTING SERVICES")],
        absent=[
            FIRM,
            "LAKESIDE",
            "(555) 010-4477",
            "(Pause.)",
            "(Whereupon, a short recess was taken.)",
            "PUBLIC MEETING",
            *labels,
            "22 23 24 25",
        ],  # fmt: skip
        title=TITLE,
        date_line=DATE,
    )
