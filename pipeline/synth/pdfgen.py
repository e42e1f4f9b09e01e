"""Synthetic journal articles as PDFs, with the truth about their running text.

:func:`make_article` typesets a space-policy article written for this project (fictional
authors, journal and references) in one, two or three columns, with the furniture that makes
real PDFs hard to read: a full-width title block and abstract, numbered headings, running
headers that alternate between authors and title, page-number footers, footnotes whose callouts
are glued to words and punctuation, words hyphenated at line ends next to true compounds that
break at their own hyphen, a figure, a table, back matter and a reference list. It returns the
sentences of the running text in reading order with the page each starts on and its section,
plus the metadata, the footnotes, and the strings that must never appear in running text.

We set the type ourselves (greedy line breaking with hyphenation, column flow, footnotes kept on
the page of their callout) instead of using platypus, so that the page of every sentence and
every footnote is known exactly. Profiles differ on purpose: one column with block paragraphs
and plain footnote labels; two justified Times columns with indented paragraphs; three ragged
columns in a TrueType font (Bitstream Vera, shipped with reportlab) with ligature glyphs, soft
hyphens and a content stream drawn out of reading order.

Command line::

    python -m pipeline.synth.pdfgen corpus/samples/two_column_article.pdf --columns 2
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = A4
HEADER_BASELINE = PAGE_H - 34.0
FOOTER_BASELINE = 28.0
BODY_TOP = PAGE_H - 62.0
BODY_BOTTOM = 52.0


# --------------------------------------------------------------------------------------------
# Truth returned to callers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KnownSentence:
    """A sentence of running text as a reader should return it, with its page and section."""

    text: str
    page: int
    section: str


@dataclass(frozen=True, slots=True)
class KnownNote:
    label: str
    text: str
    page: int


@dataclass(slots=True)
class Article:
    """Everything a test needs to judge a reader's output for one generated PDF."""

    sentences: list[KnownSentence]
    title: str
    authors: list[str]
    journal: str
    year: int
    doi: str
    notes: list[KnownNote]
    #: text that must never appear in running text: headers, footers, captions, table cells,
    #: footnote bodies, references, back matter, keywords, affiliations
    furniture: list[str]
    pages: int


# --------------------------------------------------------------------------------------------
# Content (written for this project; all names of people, journals and works are fictional)
# --------------------------------------------------------------------------------------------

JOURNALS = [
    ("Journal of Lunar Policy Studies", "jlps"),
    ("Space Governance Review", "sgr"),
    ("Review of Orbital Affairs", "roa"),
]
TITLES = [
    (
        "Two Coalitions on the Moon: Governance Choices in the Artemis Accords and the "
        "International Lunar Research Station",
        "Two coalitions on the Moon",
    ),
    (
        "Partners and Rivals at the Lunar South Pole: Institutional Design in Lunar "
        "Exploration Coalitions",
        "Partners and rivals at the lunar south pole",
    ),
    (
        "Open Doors and Closed Clubs: How the Lunar Programmes of Washington and Beijing "
        "Recruit Their Partners",
        "Open doors and closed clubs",
    ),
]
AUTHOR_SETS = [
    ["Amara Renner", "Luca Okafor", "Mei Zhou"],
    ["Tomasz Lindgren", "Nadia Haddou"],
    ["Ines Varga", "Kwame Sato", "Lena Moreau"],
]
AFFILIATIONS = [
    "Centre for Space Governance, Northbridge University, Leeds, United Kingdom",
    "Institute of International Affairs, Lakeside University, Accra, Ghana",
]
KEYWORDS = (
    "Keywords: Artemis Accords; International Lunar Research Station; lunar governance; "
    "space diplomacy; coalition design"
)

ABSTRACT = [
    "This article compares the two coalitions that now organise most plans for human and "
    "robotic activity on the Moon.",
    "The US-led Artemis Accords gather signatories around a set of non-binding principles, "
    "while the International Lunar Research Station (ILRS) led by China and Russia recruits "
    "partners through memoranda between agencies.",
    "Drawing on official statements, partnership documents and launch manifests published "
    "between 2017 and 2024, we trace how each coalition admits members, shares tasks and "
    "settles disputes.",
    "We find that the two designs differ less in their legal form than in the depth of the "
    "technical integration they offer to newcomers.",
    "The comparison suggests that rivalry between the coalitions has so far encouraged, rather "
    "than blocked, smaller states from joining lunar projects.",
]

#: footnote key -> body; a sentence token ending in ``^key`` carries the callout
FOOTNOTES = {
    "first8": "The original signatories were Australia, Canada, Italy, Japan, Luxembourg, the "
    "United Arab Emirates, the United Kingdom and the United States.",
    "coalition": "We use the word coalition loosely, for a group of agencies that plan "
    "activities under a shared framework without a common treaty.",
    "copuos": "Objections of this kind were voiced in statements to the Legal Subcommittee of "
    "the UN Committee on the Peaceful Uses of Outer Space.",
    "guide": "The partner guide issued in 2021 lists several forms of participation, from "
    "mission-level partnerships to the supply of single payloads.",
    "wolf": "The restriction is usually named after the member of Congress who drafted it.",
}

#: (heading, paragraphs); a paragraph is a list of sentences
BODY: list[tuple[str, list[list[str]]]] = [
    (
        "1. Introduction",
        [
            [
                "The return of government interest in the Moon has produced two large "
                "groupings of space agencies within a few years.",
                "In October 2020 eight states signed the Artemis Accords, a short text "
                "negotiated by NASA and the US Department of State.^first8",
                "Less than a year later, the China National Space Administration (CNSA) and "
                "Roscosmos presented a roadmap for the International Lunar Research Station at "
                "a conference in St. Petersburg.",
                "Both initiatives invite other countries to take part, and both describe "
                "themselves as open to any state that shares their goals.",
            ],
            [
                "Commentators have often read the two initiatives as the opening moves of a new "
                "space race.",
                "Such readings capture the strategic framing used by officials in Washington "
                "and Beijing, yet they leave out the ordinary administrative work through which "
                "partnerships are formed.",
                "A memorandum between two agencies, a payload slot on a lander or a seat on a "
                "coordination committee may matter more to a newcomer than any declaration of "
                "principle.",
                "This article therefore looks at the institutional design of each "
                "coalition^coalition rather than at the rhetoric surrounding it.",
            ],
            [
                "The argument proceeds in four steps.",
                "Section 2 describes how the Accords and the ILRS partnership came into being.",
                "Section 3 compares their rules on membership, task sharing and the settlement "
                "of disagreements, and Section 4 discusses what the comparison implies for the "
                "long-term governance of lunar activities.",
                "The conclusion summarises the findings and notes some limits of the evidence.",
            ],
        ],
    ),
    ("2. Two lunar coalitions and their origins", []),
    (
        "2.1. The Artemis Accords",
        [
            [
                "The Accords restate several obligations that already appear in the Outer "
                "Space Treaty of 1967, such as the duty to render assistance to astronauts in "
                "distress.",
                "They also add commitments that the treaty does not contain, notably on the "
                "public release of scientific data and on the coordination of what the text "
                "calls safety zones around lunar operations.",
                "Signatories agree to share information about the location and general nature "
                "of their activities in order to avoid harmful interference.",
                "Critics in several capitals argued that these provisions amount to an "
                "interpretation of international law drafted by a single power.^copuos",
            ],
            [
                "Membership grew slowly at first and then accelerated after 2022.",
                "By the middle of 2024 more than forty governments had signed, including India, "
                "Nigeria, Rwanda and several Latin American states.",
                "Signature does not oblige a government to fund any mission, which lowers the "
                "political cost of joining considerably.",
                "For NASA, the growing list of signatories offers evidence of diplomatic reach "
                "that can be presented to Congress during budget negotiations.",
            ],
        ],
    ),
    (
        "2.2. The International Lunar Research Station",
        [
            [
                "The ILRS is planned as a permanent facility near the lunar south pole, to be "
                "assembled in stages during the 2030s.",
                "Its early phases rely on the robotic Chang'e 6, Chang'e 7 and Chang'e 8 "
                "missions, which are meant to survey sites and test technologies for "
                "construction and resource use.",
                "CNSA has signed cooperation documents with agencies and institutions in "
                "Pakistan, Venezuela, Belarus, Azerbaijan, South Africa, Egypt and Thailand, "
                "among others.",
                "Unlike the Accords, these documents usually specify concrete contributions "
                "such as instruments, ground stations or training programmes.^guide",
            ],
            [
                "Russia's role in the project has become less certain since 2022, as sanctions "
                "and budget pressure have delayed several of its planetary missions.",
                "The loss of the Luna 25 lander in August 2023 was a visible setback for "
                "Roscosmos, although Moscow continues to describe itself as a founding partner.",
                "Chinese officials have in turn emphasised the participation of developing "
                "countries and of regional bodies such as the Asia-Pacific Space Cooperation "
                "Organization.",
                "This emphasis allows Beijing to present the station as an alternative to "
                "arrangements that it regards as exclusive.",
            ],
        ],
    ),
    (
        "3. Comparing governance models",
        [
            [
                "Three dimensions of institutional design are compared here: how members are "
                "admitted, how tasks are divided, and how disagreements are resolved.",
                "On admission, the Accords follow a simple model in which any government may "
                "sign the text at a ceremony arranged with the State Department.",
                "ILRS partnership, by contrast, is negotiated case by case and often begins "
                "with a feasibility study or a letter of intent between agencies.",
                "The first model maximises the number of members, while the second ties each "
                "member to a specific technical task.",
            ],
            [
                "Task sharing reveals a similar contrast.",
                "Within Artemis, international contributions are channelled through bilateral "
                "agreements that NASA concludes with each partner agency, for instance with ESA "
                "for the European Service Module or with the Canadian Space Agency for robotics "
                "on the Gateway station.",
                "The ILRS documents describe a layered structure in which CNSA coordinates the "
                "overall architecture and partners supply subsystems, experiments or data "
                "services.",
                "In both cases the lead agency keeps control of the critical path, which limits "
                "how far partners can influence the schedule or the interoperability standards "
                "of the infrastructure.",
            ],
            [
                "Neither framework sets up a formal body for settling disputes.",
                "The Accords refer signatories to consultations conducted in good faith, and "
                "the ILRS texts describe an intergovernmental committee whose powers remain "
                "vague.",
                "In practice, both coalitions depend on the continuing interest of their "
                "leading states, and a change of government in either capital could alter "
                "their course.",
                "This reliance on leadership makes the two arrangements more fragile than "
                "their expanding membership lists suggest.",
            ],
        ],
    ),
    (
        "4. Discussion",
        [
            [
                "The comparison qualifies the image of a simple race between two blocs.",
                "Several governments have signed the Accords while also discussing scientific "
                "projects with China, and a few agencies take part in missions led by both "
                "sides.",
                "For such states, joining a coalition is less a choice of camp than a way to "
                "gain access to launch opportunities, training and data.",
                "Competition between Washington and Beijing has thus raised the value of "
                "membership, since each leader offers incentives to attract and keep partners.",
            ],
            [
                "There are nonetheless limits to this hedging strategy.",
                "US export controls, including the restrictions that Congress placed on NASA's "
                "bilateral work with Chinese entities in 2011,^wolf make it difficult for a "
                "partner to exchange hardware with both programmes at once.",
                "Some authors describe the Chinese approach as a form of techno-nationalism, in "
                "which self-reliance in key technologies is pursued alongside selective "
                "partnerships.",
                "Over time these constraints could harden the boundary between the coalitions "
                "and reduce the room for states that prefer to stay in the middle.",
            ],
            [
                "Multilateral forums offer one way to soften that boundary.",
                "Discussions in COPUOS on the sustainability of lunar activities have brought "
                "together representatives of both coalitions, and working groups on space "
                "resources have produced draft principles that refer to the needs of all "
                "states.",
                "Such forums move slowly, but they provide a setting in which technical norms "
                "on interference, debris and data can be agreed without choosing sides.",
                "Their success will depend on whether the leading agencies are willing to "
                "treat them as more than a stage for announcements.",
            ],
        ],
    ),
    (
        "5. Conclusion",
        [
            [
                "Lunar exploration is now organised by two coalitions whose differences lie "
                "mainly in how deeply they integrate their members.",
                "The Accords offer a low-cost way to signal alignment, while the ILRS offers "
                "fewer members a more concrete role in specific missions.",
                "Rivalry between the leading states has encouraged both coalitions to recruit "
                "widely, and many smaller agencies have benefited from the resulting offers.",
                "Whether this pattern survives the move from planning to construction on the "
                "lunar surface remains an open question for further research.",
            ],
        ],
    ),
]

BACK_MATTER = [
    (
        "Acknowledgements",
        "The authors thank colleagues at two research seminars for comments on earlier drafts "
        "of this article.",
    ),
    (
        "Funding",
        "This work received no dedicated grant from public, commercial or charitable funders.",
    ),
    (
        "Declaration of competing interest",
        "None of the authors holds a financial or personal interest that could be seen as "
        "affecting the analysis presented here.",
    ),
    (
        "Data availability",
        "All documents analysed in this article are available on the websites of the agencies "
        "concerned.",
    ),
]

REFERENCES = [
    "A. Kowalczyk, The politics of lunar coalitions, Orbital Studies 9 (2021) 12-30.",
    "H. Tanaka, R. Mbeki, Memoranda and missions: agency diplomacy after 2019, Space "
    "Governance Quarterly 4 (2022) 101-119.",
    "S. Delacroix, Safety zones and the law of the Moon, Review of Air and Space Rules 17 "
    "(2021) 55-78.",
    "J. Oyelaran, Developing States in the New Lunar Age, Riverside Policy Press, Bristol, 2023.",
    "L. Wen, Partnership documents of the lunar research station, Journal of Eastern Space "
    "Affairs 6 (2022) 7-26.",
    "M. Ferreira, Export controls and space cooperation, Technology and Policy Notes 11 "
    "(2020) 210-231.",
    "K. Lindqvist, P. Arora, Forums for lunar norms, Outer Space Diplomacy 3 (2024) 44-63.",
    "T. Haddad, Hedging in space: small states between two programmes, Global Orbit 2 (2023) "
    "88-104.",
]

APPENDIX = (
    "Appendix A. Chronology",
    [
        "The Artemis Accords were signed by their first eight governments on 13 October 2020.",
        "China and Russia published the ILRS roadmap in June 2021 and issued a partner guide "
        "shortly afterwards.",
        "India signed the Accords in June 2023, and Chang'e 6 returned the first samples from the "
        "far side of the Moon in June 2024.",
    ],
)

FIGURE_CAPTION = (
    "Fig. 1. Cumulative number of governments that had signed the Artemis Accords or an ILRS "
    "cooperation document, 2020-2024."
)
TABLE_CAPTION = "Table 1. Main instruments of the two lunar coalitions."
TABLE_ROWS = [
    ("Instrument", "Lead", "Year"),
    ("Accords text", "NASA / State Dept.", "2020"),
    ("Roadmap of 2021", "CNSA / Roscosmos", "2021"),
    ("Gateway MoUs", "NASA and partners", "2020-22"),
    ("Partner memoranda", "CNSA only", "2022-24"),
]

# Pieces of the filler paragraphs that stretch an article to a requested page count.
_AGENCIES = [
    "NASA", "ESA", "CNSA", "Roscosmos", "JAXA", "ISRO", "KARI", "the UAE Space Agency",
    "the Canadian Space Agency", "CNES", "DLR", "the Italian Space Agency",
    "the Brazilian Space Agency", "the South African National Space Agency",
    "the Egyptian Space Agency", "SUPARCO", "the Thai space agency GISTDA",
    "the Nigerian space agency NASRDA", "APSCO", "the Luxembourg Space Agency",
]  # fmt: skip
_ACTS = [
    "signed a memorandum on lunar sample exchange with",
    "agreed to fly an instrument provided by",
    "opened talks on a shared ground station with",
    "completed a joint study of landing sites with",
    "announced a training programme for engineers from",
    "published a statement of intent on data sharing with",
    "hosted a technical workshop on communications relays for",
    "set up a working group on telecommunications standards with",
]
_COMMENTS = [
    "which officials described as a first step",
    "although no funding was attached to the plan",
    "a move that drew attention in the trade press",
    "after several years of informal contacts",
    "in a ceremony held on the margins of an international congress",
    "with the aim of improving the interoperability of future landers",
    "even though the legal basis of the arrangement remained unclear",
]
_THINGS = [
    "arrangement", "partnership", "exchange of letters", "implementation plan",
    "framework agreement", "infrastructure study", "characterisation campaign",
]  # fmt: skip
_DESCS = [
    "a practical rather than a symbolic commitment",
    "an opening for long-term scientific collaboration",
    "compatible with its existing intergovernmental obligations",
    "a modest but useful test of institutional trust",
    "part of a wider effort at internationalisation",
]
_CLAIMS = [
    "the responsibilities of each partner should be written down before hardware is built",
    "cross-border data flows matter more to smaller agencies than launch opportunities",
    "administrative capacity limits how many agreements a young agency can implement",
    "the US-led and China-led coalitions will eventually need shared rules on interference",
    "self-reliance and partnership are complements rather than alternatives",
    "accountability for surface operations remains the weakest part of both frameworks",
]
_TOPICS = [
    "radio frequency coordination", "the protection of historic landing sites",
    "the registration of lunar payloads", "the disposal of orbital stages",
    "the deconfliction of polar landing zones", "access to water ice",
]  # fmt: skip


def _filler_sentence(rng: random.Random) -> str:
    a, b = rng.sample(_AGENCIES, 2)
    year = rng.randint(2016, 2025)
    kind = rng.randrange(6)
    if kind == 0:
        return f"In {year}, {a} {rng.choice(_ACTS)} {b}, {rng.choice(_COMMENTS)}."
    if kind == 1:
        return f"Officials from {a} described the {rng.choice(_THINGS)} with {b} as " + (
            f"{rng.choice(_DESCS)}."
        )
    if kind == 2:
        return f"According to a statement issued by {a}, {rng.choice(_CLAIMS)}."
    if kind == 3:
        return (
            f"Negotiations between {a} and {b} on {rng.choice(_TOPICS)} continued through "
            f"{year} without a published text."
        )
    if kind == 4:
        return f"{a[0].upper()}{a[1:]} has argued that {rng.choice(_CLAIMS)}."
    return f"The {rng.choice(_THINGS)} between {a} and {b} was renewed in {year} after a review."


def _filler_paragraph(
    rng: random.Random, key: str | None, seen: set[str]
) -> tuple[list[str], dict[str, str]]:
    """Four or five template sentences not used before (``seen``); with ``key``, one carries
    that footnote's callout."""
    sentences: list[str] = []
    while len(sentences) < 4 + rng.randrange(2):
        s = _filler_sentence(rng)
        if s not in seen:
            seen.add(s)
            sentences.append(s)
    if key is None:
        return sentences, {}
    i = rng.randrange(len(sentences))
    sentences[i] = sentences[i] + "^" + key
    a, b = rng.sample(_AGENCIES, 2)
    year = rng.randint(2015, 2025)
    note = rng.choice(
        [
            f"Documents exchanged between {a} and {b} were consulted for this point.",
            f"See the joint statement issued by {a} and {b} in {year}.",
            f"An earlier draft of the {rng.choice(_THINGS)} circulated among partners in {year}.",
            f"Interview with an official of {a}, {year}; the official asked not to be named.",
        ]
    )
    return sentences, {key: note}


# --------------------------------------------------------------------------------------------
# Profiles
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    columns: int
    regular: str
    bold: str
    italic: str
    size: float
    leading: float
    margin: float
    gutter: float
    indent: float  # first-line indent of a section's second and later paragraphs
    para_gap: float  # extra space between paragraphs
    justify: bool
    head_size: float
    small: float  # footnotes, captions, tables, references
    small_leading: float
    raised_note_labels: bool
    ligatures: bool
    soft_hyphens: bool
    scramble: bool  # draw the content stream out of reading order


PROFILES = {
    1: Profile(1, "Times-Roman", "Times-Bold", "Times-Italic", 10.5, 13.4, 72, 0, 0, 6, True,
               12, 8, 9.6, False, False, False, False),
    2: Profile(2, "Times-Roman", "Times-Bold", "Times-Italic", 9.5, 11.4, 48, 18, 10, 0, True,
               9.5, 7.5, 9.0, True, False, False, False),
    3: Profile(3, "Vera", "VeraBd", "VeraIt", 8.0, 9.8, 40, 13, 0, 4, False,
               8.0, 6.5, 7.8, True, True, True, True),
}  # fmt: skip


def _register_fonts() -> None:
    if "Vera" in pdfmetrics.getRegisteredFontNames():
        return
    import reportlab
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = Path(reportlab.__file__).parent / "fonts"
    for name, file in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"), ("VeraIt", "VeraIt.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(fonts / file)))


@lru_cache(maxsize=200_000)
def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


_LIGS = (("fi", "\ufb01"), ("fl", "\ufb02"))


def _glyphs(text: str, prof: Profile) -> str:
    """The text as drawn: ligature glyphs where the profile uses them."""
    if prof.ligatures:
        for a, b in _LIGS:
            text = text.replace(a, b)
    return text


# --------------------------------------------------------------------------------------------
# Line breaking with hyphenation
# --------------------------------------------------------------------------------------------

_VOWELS = frozenset("aeiouy")
_CLUSTERS = frozenset({"th", "ch", "sh", "ph", "qu", "ck", "gh", "wh"})
#: Compound heads: a break right after them reads as a true compound, which even a human reader
#: cannot undo without a dictionary, so the typesetter avoids them (as TeX's patterns mostly do).
_NO_BREAK_AFTER = frozenset(
    {
        *("inter", "intra", "self", "non", "co", "multi", "post", "pre", "sub", "semi", "anti"),
        *("over", "under", "out", "space", "lunar", "state", "ground", "high", "low", "long"),
        *("short", "cross", "well", "half", "euro", "sino", "afro", "pan", "techno", "earth"),
        *("mid", "far", "near", "large", "small", "full", "middle", "quasi", "one", "two"),
    }
)
_CORE = re.compile(r"([A-Za-z']*[A-Za-z])([^A-Za-z]*)$")


def hyphen_points(word: str) -> list[int]:
    """Positions where ``word`` may be broken with an added hyphen (V|CV and VC|CV splits)."""
    m = _CORE.match(word)
    if not m or "-" in word or "'" in m.group(1):
        return []
    core = m.group(1)
    if len(core) < 7 or core.isupper():
        return []
    low = core.lower()
    points = []
    for i in range(3, len(core) - 2):
        a, b, c = low[i - 1], low[i], low[i + 1]
        if b in _VOWELS or c not in _VOWELS:
            continue
        onset = a in _VOWELS or (low[i - 2] in _VOWELS and a + b not in _CLUSTERS and a != b)
        if onset and low[:i] not in _NO_BREAK_AFTER:
            points.append(i)
    return points


@dataclass(slots=True)
class Word:
    text: str
    note: str = ""  # footnote label drawn as a superscript right after the word
    sentence: int = -1  # known sentence this word starts, or -1
    soft: bool = False  # the word ends with a hyphen added by hyphenation


@dataclass(slots=True)
class SetLine:
    words: list[Word]
    natural: float
    indent: float
    last: bool = False


class _Typesetter:
    def __init__(self, prof: Profile, font: str, size: float, hyphenate: bool = True):
        self.prof, self.font, self.size = prof, font, size
        self.hyphenate = hyphenate
        self.space = _width(" ", font, size)
        self.note_size = round(size * 0.62, 2)

    def measure(self, w: Word) -> float:
        width = _width(_glyphs(w.text, self.prof), self.font, self.size)
        if w.note:
            width += _width(w.note, self.font, self.note_size)
        return width

    def split_to_fit(self, w: Word, room: float) -> tuple[Word, Word] | None:
        """Break ``w`` so that its first part (ending in a hyphen) fits in ``room``."""
        if room < 3 * self.space or not self.hyphenate:
            return None
        options: list[tuple[str, str, bool]] = []
        if "-" in w.text.strip("-"):
            for i, ch in enumerate(w.text):
                if ch == "-" and 2 <= i < len(w.text) - 2:
                    options.append((w.text[: i + 1], w.text[i + 1 :], False))
        else:
            options = [(w.text[:i] + "-", w.text[i:], True) for i in hyphen_points(w.text)]
        for left, right, soft in reversed(options):
            lw = Word(left, "", w.sentence, soft)
            if self.measure(lw) <= room:
                return lw, Word(right, w.note, -1)
        return None

    def break_lines(self, words: list[Word], width: float, indent: float = 0.0) -> list[SetLine]:
        lines: list[SetLine] = []
        cur: list[Word] = []
        cur_w = indent
        line_indent = indent
        queue = deque(words)
        while queue:
            w = queue.popleft()
            gap = self.space if cur else 0.0
            need = gap + self.measure(w)
            if cur_w + need <= width:
                cur.append(w)
                cur_w += need
                continue
            split = self.split_to_fit(w, width - cur_w - gap)
            if split:
                cur.append(split[0])
                cur_w += gap + self.measure(split[0])
                queue.appendleft(split[1])
            elif not cur:
                cur.append(w)
                cur_w += need
            else:
                queue.appendleft(w)
            lines.append(SetLine(cur, cur_w - line_indent, line_indent))
            cur, cur_w, line_indent = [], 0.0, 0.0
        if cur:
            lines.append(SetLine(cur, cur_w - line_indent, line_indent))
        if lines:
            lines[-1].last = True
        return lines


def _words(sentences: list[str], first_index: int, labels: dict[str, str]) -> list[Word]:
    """Tokens of a paragraph; ``text^key`` glues the callout of footnote ``key`` to a token."""
    out = []
    for k, sentence in enumerate(sentences):
        for j, tok in enumerate(sentence.split()):
            text, _, key = tok.partition("^")
            label = ""
            if key:
                label = labels.setdefault(key, str(len(labels) + 1))
            out.append(Word(text, label, first_index + k if j == 0 else -1))
    return out


def _plain(sentence: str) -> str:
    return re.sub(r"\^\w+", "", sentence)


# --------------------------------------------------------------------------------------------
# Page flow
# --------------------------------------------------------------------------------------------

# Draw operations: ("text", x, baseline, [(text, font, size, rise)], word_space)
#                  ("rect", x, y, w, h, fill) / ("line", x1, y1, x2, y2)
Op = tuple


@dataclass
class _Page:
    number: int
    front: list[Op] = field(default_factory=list)
    columns: list[list[Op]] = field(default_factory=list)
    notes: list[list[tuple[str, list[SetLine]]]] = field(default_factory=list)
    note_height: list[float] = field(default_factory=list)


class _Flow:
    """Places lines into columns and pages, keeping each footnote on its callout's page."""

    def __init__(self, prof: Profile, front_bottom: float):
        self.prof = prof
        n = prof.columns
        self.col_w = (PAGE_W - 2 * prof.margin - (n - 1) * prof.gutter) / n
        self.front_bottom = front_bottom
        self.pages: list[_Page] = []
        self.notes_out: list[KnownNote] = []
        self.note_setter = _Typesetter(prof, prof.regular, prof.small)
        self._note_cache: dict[str, list[SetLine]] = {}
        self._new_page()

    # -- geometry
    def _new_page(self) -> None:
        n = self.prof.columns
        self.pages.append(
            _Page(len(self.pages) + 1, [], [[] for _ in range(n)], [[] for _ in range(n)],
                  [0.0] * n)
        )  # fmt: skip
        self.col = 0
        self.y = self.front_bottom if len(self.pages) == 1 else BODY_TOP

    @property
    def page(self) -> _Page:
        return self.pages[-1]

    @property
    def x(self) -> float:
        return self.prof.margin + self.col * (self.col_w + self.prof.gutter)

    @property
    def at_top(self) -> bool:
        top = self.front_bottom if len(self.pages) == 1 else BODY_TOP
        return self.y >= top - 0.01

    def bottom(self) -> float:
        h = self.page.note_height[self.col]
        return BODY_BOTTOM + (h + 8 if h else 0)

    def next_column(self) -> None:
        if self.col + 1 < self.prof.columns:
            self.col += 1
            self.y = self.front_bottom if len(self.pages) == 1 else BODY_TOP
        else:
            self._new_page()

    def ensure(self, height: float, extra_bottom: float = 0.0) -> None:
        if self.y - height < self.bottom() + extra_bottom and not self.at_top:
            self.next_column()

    def skip(self, gap: float) -> None:
        if not self.at_top:
            self.y -= gap

    # -- content
    def _set_note(self, label: str, text: str) -> list[SetLine]:
        words = [Word(t) for t in text.split()]
        if not self.prof.raised_note_labels:
            words.insert(0, Word(label))
        lines = self.note_setter.break_lines(words, self.col_w, indent=6.0)
        self._note_cache[label] = lines
        return lines

    def place_line(
        self,
        line: SetLine,
        setter: _Typesetter,
        leading: float,
        known: list[list[int]] | None = None,
        notes: dict[str, str] | None = None,
        justify: bool | None = None,
    ) -> None:
        """Place one set line; footnotes it calls go to the bottom of the same column."""
        labels = [w.note for w in line.words if w.note and notes is not None]
        extra = 0.0
        for label in labels:
            extra += len(self._set_note(label, notes[label])) * self.prof.small_leading + 2
        if labels and not self.page.note_height[self.col]:
            extra += 8
        self.ensure(leading, extra)
        baseline = self.y - setter.size
        just = self.prof.justify if justify is None else justify
        self.page.columns[self.col].append(
            _line_op(line, setter, self.x, baseline, self.col_w, just)
        )
        if known is not None:
            for w in line.words:
                if w.sentence >= 0:
                    known[w.sentence].append(self.page.number)
        for label in labels:
            lines = self._note_cache[label]
            self.page.notes[self.col].append((label, lines))
            self.page.note_height[self.col] += len(lines) * self.prof.small_leading + 2
            self.notes_out.append(KnownNote(label, notes[label], self.page.number))
        self.y -= leading

    def add_note(self, label: str, text: str) -> None:
        """A footnote without a callout in running text (the corresponding-author note)."""
        lines = self._set_note(label, text)
        self.page.notes[self.col].append((label, lines))
        self.page.note_height[self.col] += len(lines) * self.prof.small_leading + 2
        self.notes_out.append(KnownNote(label, text, self.page.number))


def _line_op(
    line: SetLine, setter: _Typesetter, x: float, baseline: float, width: float, justify: bool
) -> Op:
    """A text draw op for a set line: regular fragments with superscript callouts between."""
    prof = setter.prof
    frags: list[tuple[str, str, float, float]] = []
    buf: list[str] = []
    for i, w in enumerate(line.words):
        text = _glyphs(w.text, prof)
        if w.soft and prof.soft_hyphens:
            text = text[:-1] + "\u00ad"
        buf.append(("" if i == 0 else " ") + text)
        if w.note:
            frags.append(("".join(buf), setter.font, setter.size, 0.0))
            frags.append((w.note, setter.font, setter.note_size, round(setter.size * 0.38, 2)))
            buf = []
    if buf:
        frags.append(("".join(buf), setter.font, setter.size, 0.0))
    ws = 0.0
    spaces = len(line.words) - 1
    if justify and not line.last and spaces:
        ws = max(0.0, (width - line.indent - line.natural) / spaces)
    return ("text", x + line.indent, baseline, frags, ws)


# --------------------------------------------------------------------------------------------
# Article assembly
# --------------------------------------------------------------------------------------------


def _front_matter(prof: Profile, meta: dict, furniture: list[str]) -> tuple[list[Op], float]:
    """Masthead, title, authors, affiliations, journal line; returns ops and the y below."""
    ops: list[Op] = []
    x, width = prof.margin, PAGE_W - 2 * prof.margin
    masthead = f"{meta['journal']} {meta['volume']} ({meta['year']}) {meta['pages']}"
    ops.append(("text", x, HEADER_BASELINE, [(masthead, prof.italic, 8.0, 0.0)], 0.0))
    ops.append(("line", x, HEADER_BASELINE - 6, x + width, HEADER_BASELINE - 6))
    furniture.append(masthead)
    y = HEADER_BASELINE - 36
    title_set = _Typesetter(prof, prof.bold, 16.0, hyphenate=False)
    for line in title_set.break_lines([Word(t) for t in meta["title"].split()], width):
        ops.append(_line_op(line, title_set, x, y, width, False))
        y -= 19.5
    y -= 6
    frags = []
    letters = ["a", "b,*", "a"]
    for i, name in enumerate(meta["authors"]):
        sep = "" if i == 0 else (" and " if i == len(meta["authors"]) - 1 else ", ")
        frags.append((sep + name, prof.regular, 11.0, 0.0))
        frags.append((letters[i % 3], prof.regular, 7.0, 4.0))
    ops.append(("text", x, y, frags, 0.0))
    y -= 16
    for label, aff in zip("ab", AFFILIATIONS, strict=True):
        ops.append(
            ("text", x, y, [(label, prof.italic, 5.0, 2.5), (" " + aff, prof.italic, 7.5, 0.0)],
             0.0)
        )  # fmt: skip
        furniture.append(aff)
        y -= 9.5
    y -= 3
    jline = (
        f"{meta['journal']}, Vol. {meta['volume']}, No. {meta['issue']} ({meta['year']}), "
        f"pp. {meta['pages']} \u00b7 https://doi.org/{meta['doi']}"
    )
    ops.append(("text", x, y, [(jline, prof.regular, 7.5, 0.0)], 0.0))
    furniture.append(jline)
    y -= 8
    ops.append(("line", x, y, x + width, y))
    return ops, y - 14


def make_article(
    path: str | Path,
    *,
    columns: int,
    pages: int | None = None,
    seed: int = 0,
    user_password: str | None = None,
    owner_password: str | None = None,
) -> Article:
    """Typeset an article into ``path`` and return the truth about it.

    ``pages`` stretches the body with filler paragraphs (written from templates, with
    footnotes) until the article fills that many pages; without it the article has its natural
    length (two to six pages). The same ``seed`` gives the same PDF.
    """
    if columns not in PROFILES:
        raise ValueError("columns must be 1, 2 or 3")
    prof = PROFILES[columns]
    if prof.ligatures:
        _register_fonts()
    rng = random.Random(seed)
    journal, abbr = JOURNALS[seed % len(JOURNALS)]
    title, short_title = TITLES[seed % len(TITLES)]
    authors = AUTHOR_SETS[seed % len(AUTHOR_SETS)]
    year = 2021 + seed % 4
    first_page = rng.randint(20, 400)
    meta = {
        "journal": journal,
        "title": title,
        "short_title": short_title,
        "authors": authors,
        "year": year,
        "volume": year - 2008,
        "issue": 1 + seed % 4,
        "doi": f"10.5555/{abbr}.{year}.{rng.randint(1000, 9999)}",
        "first_page": first_page,
    }

    def build(n_filler: int) -> tuple[_Flow, Article]:
        frng = random.Random(seed * 7919 + 1)
        seen: set[str] = set()
        fillers = [
            _filler_paragraph(frng, f"filler{i}" if i % 3 == 1 else None, seen)
            for i in range(n_filler)
        ]
        return _layout(prof, meta, fillers)

    n = 0
    meta["pages"] = f"{first_page}\u2013{first_page + 5}"
    flow, article = build(0)
    if pages is not None and len(flow.pages) < pages:
        lo, hi = 0, 8
        while len(build(hi)[0].pages) <= pages:
            lo, hi = hi, hi * 2
        while hi - lo > 1:  # the largest filler count that still fits in ``pages``
            mid = (lo + hi) // 2
            if len(build(mid)[0].pages) <= pages:
                lo = mid
            else:
                hi = mid
        n = lo
    # the masthead shows the page range, which is known only now; the layout does not change
    meta["pages"] = f"{first_page}\u2013{first_page + len(build(n)[0].pages) - 1}"
    flow, article = build(n)
    _draw(Path(path), prof, flow, meta, user_password, owner_password)
    return article


def make_article_pdf(
    path: str | Path, *, columns: int, pages: int | None = None, seed: int = 0
) -> list[KnownSentence]:
    """Typeset an article into ``path``; return its known sentences in reading order."""
    return make_article(path, columns=columns, pages=pages, seed=seed).sentences


def _section_name(heading: str) -> str:
    return re.sub(r"^\d+(\.\d+)*\.?\s+", "", heading)


def _layout(
    prof: Profile, meta: dict, fillers: list[tuple[list[str], dict[str, str]]]
) -> tuple[_Flow, Article]:
    furniture: list[str] = []
    front_ops, front_bottom = _front_matter(prof, meta, furniture)
    width = PAGE_W - 2 * prof.margin
    body = _Typesetter(prof, prof.regular, prof.size)
    bold = _Typesetter(prof, prof.bold, prof.size)

    # The abstract and keywords run full width under the front matter.
    x = prof.margin
    y = front_bottom
    ops = list(front_ops)
    texts: list[str] = []
    sections: list[str] = []
    pages_of: list[list[int]] = []

    def new_sentences(sents: list[str], section: str) -> int:
        start = len(texts)
        for s in sents:
            texts.append(_plain(s))
            sections.append(section)
            pages_of.append([])
        return start

    ops.append(_line_op(SetLine([Word("Abstract")], 0, 0, True), bold, x, y - prof.size, width,
                        False))  # fmt: skip
    y -= prof.leading + 3
    start = new_sentences(ABSTRACT, "Abstract")
    for line in body.break_lines(_words(ABSTRACT, start, {}), width):
        ops.append(_line_op(line, body, x, y - prof.size, width, prof.justify))
        for w in line.words:
            if w.sentence >= 0:
                pages_of[w.sentence].append(1)
        y -= prof.leading
    y -= 5
    small = _Typesetter(prof, prof.regular, prof.small + 0.5)
    for line in small.break_lines([Word(t) for t in KEYWORDS.split()], width):
        ops.append(_line_op(line, small, x, y - small.size, width, False))
        y -= prof.small_leading + 1
    furniture.append(KEYWORDS)
    y -= 6
    ops.append(("line", x, y, x + width, y))

    flow = _Flow(prof, y - 14)
    flow.page.front = ops
    email = meta["authors"][0].split()[-1].lower() + "@example.org"
    flow.add_note("*", f"Corresponding author. E-mail address: {email}")
    notes_text: dict[str, str] = {}
    labels: dict[str, str] = {}

    head_set = _Typesetter(prof, prof.bold, prof.head_size, hyphenate=False)
    cap_set = _Typesetter(prof, prof.regular, prof.small)

    def heading(text: str) -> None:
        lines = head_set.break_lines([Word(t) for t in text.split()], flow.col_w)
        flow.skip(prof.leading * 0.9)
        flow.ensure(len(lines) * (prof.head_size + 3) + 3 * prof.leading)
        for line in lines:
            flow.place_line(line, head_set, prof.head_size + 3, justify=False)
        flow.y -= 3

    def paragraph(sents: list[str], section: str, first: bool, note_map: dict[str, str]) -> None:
        start = new_sentences(sents, section)
        words = _words(sents, start, labels)
        for key, label in labels.items():
            if key in note_map:
                notes_text[label] = note_map[key]
        indent = 0.0 if first else prof.indent
        if not first:
            flow.skip(prof.para_gap)
        for line in body.break_lines(words, flow.col_w, indent):
            flow.place_line(line, body, prof.leading, pages_of, notes_text)

    def figure() -> None:
        lines = cap_set.break_lines([Word(t) for t in FIGURE_CAPTION.split()], flow.col_w)
        h = 70 + 6 + len(lines) * prof.small_leading
        flow.skip(prof.leading)
        flow.ensure(h)
        x0, top = flow.x, flow.y
        flow.page.columns[flow.col].append(("rect", x0 + 10, top - 64, flow.col_w - 20, 62, 0))
        bar_w = (flow.col_w - 40) / 5
        for i in range(5):
            bh = 8 + 10 * i
            flow.page.columns[flow.col].append(
                ("rect", x0 + 16 + i * (bar_w + 2), top - 62, bar_w, bh, 1)
            )
        flow.y = top - 72
        for line in lines:
            flow.place_line(line, cap_set, prof.small_leading, justify=False)
        furniture.append(FIGURE_CAPTION)

    def table() -> None:
        lines = cap_set.break_lines([Word(t) for t in TABLE_CAPTION.split()], flow.col_w)
        h = (len(lines) + len(TABLE_ROWS)) * prof.small_leading + 14
        flow.skip(prof.leading)
        flow.ensure(h)
        for line in lines:
            flow.place_line(line, cap_set, prof.small_leading, justify=False)
        furniture.append(TABLE_CAPTION)
        size = prof.small
        widths = [max(_width(row[i], prof.bold, size) for row in TABLE_ROWS) for i in range(3)]
        if sum(widths) + 20 > flow.col_w:  # shrink the type until the table fits its column
            scale = (flow.col_w - 20) / sum(widths)
            size, widths = size * scale, [w * scale for w in widths]
        gap = (flow.col_w - sum(widths)) / 2
        x0 = flow.x
        col = flow.page.columns[flow.col]
        col.append(("line", x0, flow.y - 1, x0 + flow.col_w, flow.y - 1))
        flow.y -= 3
        for r, row in enumerate(TABLE_ROWS):
            cx = x0
            base = flow.y - size
            for i, cell in enumerate(row):
                font = prof.bold if r == 0 else prof.regular
                col.append(("text", cx, base, [(cell, font, size, 0.0)], 0.0))
                cx += widths[i] + gap
                if r and not cell[0].isdigit():
                    furniture.append(cell)
            flow.y -= prof.small_leading
            if r == 0:
                col.append(("line", x0, flow.y + 1, x0 + flow.col_w, flow.y + 1))
        col.append(("line", x0, flow.y + 1, x0 + flow.col_w, flow.y + 1))
        flow.y -= 4

    n_fill = len(fillers)
    fill_at = {"3. Comparing governance models": fillers[: n_fill // 2],
               "4. Discussion": fillers[n_fill // 2 :]}  # fmt: skip
    for head, paras in BODY:
        heading(head)
        section = _section_name(head)
        for i, sents in enumerate(paras):
            paragraph(sents, section, i == 0, FOOTNOTES)
            if head.startswith("2.1") and i == 0:
                figure()
            if head.startswith("3.") and i == 1:
                table()
        for sents, note_map in fill_at.get(head, []):
            paragraph(sents, section, False, note_map)
    for head, text in BACK_MATTER:
        heading(head)
        for line in body.break_lines([Word(t) for t in text.split()], flow.col_w):
            flow.place_line(line, body, prof.leading)
        furniture.append(text)
    heading("References")
    ref_set = _Typesetter(prof, prof.regular, prof.small)
    for i, ref in enumerate(REFERENCES, 1):
        entry = f"[{i}] {ref}"
        for line in ref_set.break_lines([Word(t) for t in entry.split()], flow.col_w):
            flow.place_line(line, ref_set, prof.small_leading, justify=False)
        flow.y -= 1.5
        furniture.append(ref)
    heading(APPENDIX[0])
    paragraph(APPENDIX[1], APPENDIX[0], True, {})

    known = [
        KnownSentence(t, p[0] if p else 0, s)
        for t, p, s in zip(texts, pages_of, sections, strict=True)
    ]
    notes = sorted(flow.notes_out, key=lambda n: (n.page, n.label != "*"))
    furniture.extend(n.text for n in notes)
    article = Article(
        sentences=known,
        title=meta["title"],
        authors=list(meta["authors"]),
        journal=meta["journal"],
        year=meta["year"],
        doi=meta["doi"],
        notes=notes,
        furniture=furniture,
        pages=len(flow.pages),
    )
    return flow, article


# --------------------------------------------------------------------------------------------
# Drawing
# --------------------------------------------------------------------------------------------


def _running_heads(prof: Profile, meta: dict, number: int) -> list[Op]:
    """Alternating running headers (authors on even pages, short title on odd) and a footer."""
    ops: list[Op] = []
    x0, x1 = prof.margin, PAGE_W - prof.margin
    folio = meta["first_page"] + number - 1
    size = 8.0
    jref = f"{meta['journal']} {meta['volume']} ({meta['year']}) {folio}"
    if number > 1:
        names = meta["authors"]
        short = [f"{n.split()[0][0]}. {n.split()[-1]}" for n in names]
        left = (
            (", ".join(short[:-1]) + " and " + short[-1])
            if number % 2 == 0
            else meta["short_title"]
        )
        ops.append(("text", x0, HEADER_BASELINE, [(left, prof.italic, size, 0.0)], 0.0))
        w = _width(jref, prof.regular, size)
        ops.append(("text", x1 - w, HEADER_BASELINE, [(jref, prof.regular, size, 0.0)], 0.0))
        ops.append(("line", x0, HEADER_BASELINE - 5, x1, HEADER_BASELINE - 5))
    foot = str(number)
    w = _width(foot, prof.regular, 9.0)
    ops.append(("text", (PAGE_W - w) / 2, FOOTER_BASELINE, [(foot, prof.regular, 9.0, 0.0)], 0.0))
    return ops


def _note_ops(prof: Profile, flow: _Flow, page: _Page) -> list[Op]:
    ops: list[Op] = []
    setter = flow.note_setter
    for c, notes in enumerate(page.notes):
        if not notes:
            continue
        x = prof.margin + c * (flow.col_w + prof.gutter)
        y = BODY_BOTTOM + page.note_height[c]
        ops.append(("line", x, y + 4, x + 40, y + 4))
        for label, lines in notes:
            for i, line in enumerate(lines):
                op = _line_op(line, setter, x, y - setter.size, flow.col_w, prof.justify)
                if i == 0 and prof.raised_note_labels:
                    frags = [(label, prof.regular, prof.small * 0.7, prof.small * 0.4)]
                    op = ("text", op[1] - 5.0, op[2], frags + op[3], op[4])
                ops.append(op)
                y -= prof.small_leading
            y -= 2
    return ops


def _draw(
    path: Path,
    prof: Profile,
    flow: _Flow,
    meta: dict,
    user_password: str | None,
    owner_password: str | None,
) -> None:
    encrypt = None
    if user_password is not None or owner_password is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encrypt = StandardEncryption(user_password or "", ownerPassword=owner_password or None)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, invariant=1)
    c.setTitle(meta["title"])
    c.setAuthor("; ".join(meta["authors"]))
    c.setSubject(f"{meta['journal']} {meta['volume']} ({meta['year']}). doi:{meta['doi']}")
    for page in flow.pages:
        groups = [page.front, *page.columns, _note_ops(prof, flow, page)]
        heads = _running_heads(prof, meta, page.number)
        if prof.scramble:  # footer and notes first, then the columns from right to left
            order = [heads, groups[-1], *reversed(groups[1:-1]), groups[0]]
        else:
            order = [groups[0], *groups[1:-1], groups[-1], heads]
        for group in order:
            for op in group:
                _draw_op(c, op)
        c.showPage()
    c.save()


def _draw_op(c: canvas.Canvas, op: Op) -> None:
    kind = op[0]
    if kind == "text":
        _, x, y, frags, ws = op
        t = c.beginText()
        t.setTextOrigin(x, y)
        t.setWordSpace(ws)  # Tw is graphics state: it outlives the text object, so always set
        for text, font, size, rise in frags:
            t.setFont(font, size)
            t.setRise(rise)
            t.textOut(text)
        c.drawText(t)
    elif kind == "rect":
        _, x, y, w, h, fill = op
        c.setFillGray(0.6 if fill else 1.0)
        c.rect(x, y, w, h, stroke=1, fill=fill)
        c.setFillGray(0.0)
    elif kind == "line":
        _, x1, y1, x2, y2 = op
        c.setLineWidth(0.4)
        c.line(x1, y1, x2, y2)


# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--columns", type=int, default=2, choices=(1, 2, 3))
    ap.add_argument("--pages", type=int, default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--sentences", type=Path, default=None, help="also write the known sentences (JSONL)"
    )
    args = ap.parse_args(argv)
    article = make_article(args.out, columns=args.columns, pages=args.pages, seed=args.seed)
    if args.sentences:
        with open(args.sentences, "w", encoding="utf-8") as fh:
            for s in article.sentences:
                fh.write(json.dumps({"text": s.text, "page": s.page, "section": s.section}) + "\n")
    print(f"{args.out}: {article.pages} pages, {len(article.sentences)} known sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
