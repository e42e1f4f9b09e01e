"""The body a witness speaks for in a hearing transcript: the "we" of a witness's turn.

A transcript of a hearing or of a committee's evidence gives each turn a speaker label at the
start of a line ("MR. ACHTERBERG: Thank you ...", "Dr. RAGHAVAN:") and names each witness with
the body they come from, either in the label itself ("Mrs. Anne-Marie Tremblay (Vice-President,
Space Exploration, Canadian Space Agency):", as Canadian committee evidence is printed) or in a
list of witnesses at the head of the record ("Ms. Ngozi Abernathy-Cole, Director, Office of Space
Commerce, Department of Commerce", as US hearing records are printed). A witness's "we" and "our"
are that body (ANNOTATION_GUIDE, "'Our nation', governments 'in' a country, frames": "We at
Axiom Space", as witnesses say in testimony, is that body, not the state): the agency's
official speaks for the agency, a company's chief executive for the company. The document's
principal (the state it mentions most) is the "we" of members and chairs only.

The algorithm: every line that opens with a label of at most six capitalised words (an
optional gloss in brackets) and a colon starts a turn; the label's last word outside the gloss
is the speaker's surname. The body of the turn is the first agency, company or organisation
named in the gloss, else in the first witness-list line (a line opening with an honorific whose
part before its first comma holds the surname), after the name. A turn of a speaker with no
such body (a member, the chair, "Q:") has none and ends the turn before it.

Ingestion cuts a label run into the speech on its line ("MS. LEE: We have ...", "Senator
Roe. Thank you ...", "Q: ...") off the running text (``docs/contract.md``: the label is no part
of a sentence) and keeps it on the block it opened (``Block.speaker``, read back here as
``labels``: the block's start and the label): such a label opens a turn at its block's start, the
same as a label standing on a line of its own, and the turn runs over the blocks after it
until the next label, so every paragraph of a witness's statement speaks for the body.

Pure functions over the document's text and its actor tuples.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from pipeline.nlp.extract.names import LEGAL_FORMS

#: An actor as this module reads it: start and end characters, canonical name, type, country.
CharActor = tuple[int, int, str, str, str]
#: A turn: its start character, the body its speaker speaks for, the body's type and country.
Turn = tuple[int, str, str, str]

#: Actor types a witness can speak for.
BODY_TYPES = frozenset({"agency", "company", "organization"})

#: A speaker label at the start of a line: up to six capitalised words, an optional gloss in
#: brackets (one level of brackets inside it: "The Chair (Mr. Paul Lemieux (Beauce, Lib.))"),
#: then a colon.
_LABEL = re.compile(
    r"^[ \t]*(?P<who>(?:[A-Z][\w.'’-]*[ \t]+){0,5}[A-Z][\w'’-]*\.?)"
    r"(?:[ \t]*\((?P<gloss>(?:[^()\n]|\([^()\n]*\))*)\))?[ \t]*:(?=\s|$)",
    re.M,
)
#: A line of a list of witnesses: an honorific, then the name, a comma and the post and body.
_WITNESS = re.compile(
    r"^[ \t]*(?:[-•*][ \t]+)?(?P<name>(?:Mr|Mrs|Ms|Dr|Prof|Col|Gen|Adm|Amb|Hon)\.?[ \t]"
    r"[^,\n]{2,80}),(?P<rest>[^\n]+)$",
    re.M,
)


def speaker_turns(
    text: str, actors: Sequence[CharActor], labels: Sequence[tuple[int, str]] = ()
) -> list[Turn]:
    """The turn (``Turn``) of every speaker label of ``text`` and of every label ingestion cut
    off a block (``labels``: the block's start and the label), in order of start; its body is
    empty for a speaker who speaks for no named body (``actors``: the document's actors, in
    order)."""
    starts = [a[0] for a in actors]
    witnesses = [(m.group("name"), m.end("name"), m.end()) for m in _WITNESS.finditer(text)]
    found = [
        (m.start(), m.group("who"), m.start("gloss"), m.end("gloss")) for m in _LABEL.finditer(text)
    ]
    cut = {start: _label_parts(label) for start, label in labels}
    found += [(start, who, -1, -1) for start, (who, _) in cut.items()]
    out: list[Turn] = []
    # a record glosses a witness's label at the first turn only ("Mrs. Anne-Marie Tremblay
    # (Vice-President, ..., Canadian Space Agency):", then "Mrs. Anne-Marie Tremblay:")
    glossed: dict[str, tuple[str, str, str]] = {}
    for start, who, lo, hi in sorted(found):
        words = who.split()
        surname = re.sub(r"\W+$", "", words[-1]).lower() if words else ""
        body: tuple[str, str, str] | None = None
        if lo >= 0:
            body = _first_body(actors, starts, lo, hi)
        elif start in cut:
            # the gloss, else the label's own words when they name the post's body
            # ("○ Administrator of the Korea AeroSpace Administration YOON Jae-hwan:")
            body = _named_body(text, actors, cut[start][1] or cut[start][0])
        if body is None and len(surname) > 1:
            for name, w_lo, w_hi in witnesses:
                if re.search(rf"\b{re.escape(surname)}\b", name, re.I):
                    body = _first_body(actors, starts, w_lo, w_hi)
                    break
        key = " ".join(words)
        if body is None:
            body = glossed.get(key)
        else:
            glossed.setdefault(key, body)
        name, kind, country = body or ("", "", "")
        out.append((start, name, kind, country))
    return out


#: A label's gloss in brackets (one level of brackets inside it), wherever it stands.
_GLOSS = re.compile(r"\((?:[^()\n]|\([^()\n]*\))*\)")


def _label_parts(label: str) -> tuple[str, str]:
    """The speaker's words and the gloss of a label ingestion cut off a block ("Mrs. Anne-Marie
    Tremblay (Vice-President, ..., Canadian Space Agency):" -> the name and the post with its
    body; "Dr Helen Pryor (Fenwick North) (Lab)" -> the name and the seat and party). A label
    that names an office with the holder in its gloss ("The Minister for Science (Daniel
    Okoro)", "CHAIR (Senator Brennan):") gives the holder's name as the speaker's words."""
    label = label.strip().lstrip("○◯〇 ").rstrip(":.—– ")
    glosses = [g.group(0)[1:-1] for g in _GLOSS.finditer(label)]
    who = " ".join(_GLOSS.sub(" ", label).split())
    if glosses and (who.startswith("The ") or who.isupper() or who in _OFFICES):
        # the holder's bracket is the last ("THE MINISTER OF STATE (INDEPENDENT CHARGE) OF
        # ... (DR. JANE ROE)")
        who = _GLOSS.sub(" ", glosses[-1]).strip() or who
    return who, " ".join(glosses)


#: Offices that label a turn with the holder's name in brackets ("Chair (TAKAHASHI Michiko):").
_OFFICES = frozenset({"Chair", "Chairman", "Chairwoman", "Speaker", "President", "Minister"})


def _named_body(text: str, actors: Sequence[CharActor], gloss: str) -> tuple[str, str, str] | None:
    """The agency, company or organisation a cut-off label's gloss names, found by the
    document's own mentions of it (the gloss is no longer in the text): the one whose
    mention stands earliest in the gloss."""
    best: tuple[int, tuple[str, str, str]] | None = None
    for a in actors:
        if a[3] not in BODY_TYPES:
            continue
        at = gloss.find(text[a[0] : a[1]])
        if at >= 0 and (best is None or at < best[0]):
            best = (at, (a[2], a[3], a[4]))
    if best:
        return best[1]
    # a firm the speech names only in short ("Northlight"): the gloss's part that ends in a
    # legal form ("Chief Executive Officer, Northlight Robotics Inc.") is the company
    for part in gloss.split(","):
        words = part.split()
        if len(words) >= 2 and words[-1] in LEGAL_FORMS and words[0][:1].isupper():
            return " ".join(words[:-1]), "company", ""
    return None


def _first_body(
    actors: Sequence[CharActor], starts: Sequence[int], lo: int, hi: int
) -> tuple[str, str, str] | None:
    """The first agency, company or organisation among ``actors`` between characters ``lo``
    and ``hi``: the body after a witness's post ("Director, Office of Space Commerce,
    Department of Commerce": the office, the unit the witness heads)."""
    for a in actors[bisect.bisect_left(starts, lo) :]:
        if a[0] >= hi:
            break
        if a[3] in BODY_TYPES and a[1] <= hi:
            return a[2], a[3], a[4]
    return None


def turn_body(turns: Sequence[Turn], end: int) -> tuple[str, str, str]:
    """The body (name, type, country) of the turn a sentence ending at character ``end``
    belongs to: the latest turn opened before its end (a label may open the sentence: "MR.
    ACHTERBERG: We ..."); empty outside any witness's turn."""
    k = bisect.bisect_left([t[0] for t in turns], end) - 1
    if k < 0:
        return "", "", ""
    return turns[k][1:]


def names_own_state(doc: Doc, mentions: Sequence[tuple[int, int, str, str]], state: str) -> bool:
    """Whether the sentence ``doc`` names the body's ``state`` in its own right, by its name
    ("Canada's place ... the system we are building", "Canada joined its allies ... and we
    share data"): the witness's "we" there is the state, as a state only implied beside its
    own agency is (ANNOTATION_GUIDE, "A state and its own agency"). A demonym that qualifies a
    noun ("with Canadian industry") does not name it so."""
    return bool(state) and any(
        name == state and kind == "country" and any(t.pos_ == "PROPN" for t in doc[start:end])
        for start, end, name, kind in mentions
    )


def speaking_body(
    turns: Sequence[Turn],
    end: int,
    voice: tuple[str, str],
    doc: Doc,
    mentions: Sequence[tuple[int, int, str, str]],
) -> tuple[str, str]:
    """The body (name, type) a first person of the sentence ``doc`` ending at character
    ``end`` speaks for: the witness's body of its turn, else the agency whose own text it is
    (``voice``: its name and state, empty when the text is no agency's); the body's state
    where the sentence names that state in its own right ("Canada joined its allies, and we
    share data ...", "The Emirates signed the Accords, and we take part ...": a state and its
    own agency are one side). Empty when neither speaks."""
    body, kind, state = turn_body(turns, end)
    if not body and voice[0]:
        body, kind, state = voice[0], "agency", voice[1]
    if body and names_own_state(doc, mentions, state):
        return state, "country"
    return body, kind
