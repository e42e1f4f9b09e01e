"""Speaker labels known by repetition: a label in mixed case that opens several paragraphs of one
document ("Zhou Lin: ...", "Ms Tanaka:", "**Senator Okafor:**", "Dr. Lee — ...").

The project's speaker labels (:data:`pipeline.ingest.publisher.blocks._SPEAKER`) are the forms a
label takes whatever the document: a name in capitals ("MS. LEE:"), a title before a surname
("Senator Ruiz:", "Mr Oyelaran:"), a role ("Moderator:"), a gloss in brackets. A transcript,
a press briefing or an interview also labels its turns with a name in mixed case and no title
("Zhou Lin:"), an outlet ("Reuters:"), or a name with a dash ("Dr. Lee — ..."): as one line
that form is a definition list's term ("Apogee: the highest point ..."), a source line
("Source: ..."), or a title ("Ms Tanaka: a profile"). What makes it a label is the register's
convention: the same speaker opens turn after turn.

The rule (:func:`turn_labels`): a paragraph opens with a label candidate when it starts with one
to five capitalised words (the connectors of names, "of", "de", "van", ..., allowed; an
optional gloss in brackets) and a colon or a spaced dash, followed by a capital, a quotation
mark or a bracket, or by nothing (the label alone on its line over the speech). A candidate
that opens two paragraphs of the document or more is a speaker label of that document; so is
a candidate that opens a paragraph next to such a turn, or one paragraph of speech away (the
one-off questioner of a briefing between two answers of its spokesperson: "Bloomberg: ..."). A candidate whose first word names
a field, a note or a part of a text ("Note:", "Source:", "Step:", "Update:", "Key findings:")
never is, nor one holding a number ("Phase 2:"). A definition list names each term once, so
it has no label.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.ingest.speaker_lines import is_speech

#: Words that join the capitalised words of a name ("Associated Press of Pakistan", "Ana de
#: la Cruz", "Pieter van der Berg").
_CONNECTOR = r"(?:of|de|da|do|dos|du|van|von|der|den|la|le|al|bin|binti|el|y|the)"
#: One capitalised word of a name or an outlet, with a title's full stop ("Dr.", "O'Neill",
#: "Al-Amin", "TV"), its letters also accented ("Ní Bhriain", "Ólafsdóttir", "Łukasz").
_WORD = r"[A-ZÀ-ÖØ-ÞĆČĐŁŃŌŘŚŠŹŻŽ](?:[^\W\d_]|['’-])*\.?"
#: A label candidate at the start of a paragraph: the words, an optional gloss in brackets, a
#: colon or a spaced dash, then the speech's first capital (or quotation mark, or bracket) or
#: the paragraph's end.
_CANDIDATE = re.compile(
    rf"^(?P<who>{_WORD}(?:[^\S\n]+(?:{_CONNECTOR}[^\S\n]+)*{_WORD}){{0,4}}"
    r"(?:[^\S\n]*\([^()\d\n]{1,80}\))?)"
    r"(?P<mark>[^\S\n]*:|[^\S\n]+[—–](?=[^\S\n]|$))"
    r"(?:[^\S\n]+(?=[A-Z0-9“\"‘'(\[¿¡])|[^\S\n]*$)"
)
#: The mark that opens each turn of a Korean or Japanese committee's minutes ("○ Chairperson
#: CHOI Min-seo:  ...", "○ KIM Do-hyun Member: ..."): after it the label runs to its colon and
#: names the speaker by office and name, so it may be longer than a name alone ("○
#: Administrator of the Korea AeroSpace Administration YOON Jae-hwan:", "○ Minister of Science
#: and ICT ..."), up to ten capitalised words.
_MARKED = re.compile(
    rf"^(?P<mark>[○◯〇][^\S\n]*)(?P<who>{_WORD}(?:[^\S\n]+(?:(?:{_CONNECTOR}|and|for|&)[^\S\n]+)*"
    rf"{_WORD}){{0,9}}"
    r"(?:[^\S\n]*\([^()\d\n]{1,80}\))?)"
    r"[^\S\n]*:(?:[^\S\n]+(?=[A-Z0-9“\"‘'(\[¿¡])|[^\S\n]*$)"
)
#: First words of a label candidate that name a field, a note or a part of a text, not a
#: speaker: "Note:", "Source:", "Tags:", "Update:", "Key findings:", "Figure:", "Step:".
_FIELDS = frozenset((
    "note", "notes", "nb", "source", "sources", "tags", "tag", "share", "keywords", "key",
    "related", "read", "see", "also", "photo", "photos", "image", "images", "picture", "video",
    "audio", "credit", "credits", "figure", "fig", "table", "chart", "map", "box", "step",
    "phase", "stage", "part", "chapter", "section", "article", "annex", "appendix", "paragraph",
    "clause", "goal", "goals", "objective", "objectives", "outcome", "outcomes", "action",
    "actions", "recommendation", "recommendations", "finding", "findings", "example", "examples",
    "date", "dates", "time", "venue", "location", "place", "subject", "re", "topic", "theme",
    "title", "summary", "abstract", "background", "context", "purpose", "scope", "status",
    "update", "updated", "correction", "corrections", "contact", "email", "e-mail", "phone",
    "tel", "fax", "web", "website", "address", "editor", "disclaimer", "warning", "caution",
    "important", "tip", "tips", "why", "what", "how", "when", "where", "who", "which", "result",
    "results", "conclusion", "conclusions", "definition", "term", "category", "type", "format",
    "language", "author", "authors", "by", "published", "posted", "filed", "reference",
    "references", "ref", "issue", "volume", "vol", "pages", "members", "present", "attendees",
    "agenda", "item", "items", "response", "responses", "comment", "comments", "reply",
    "question", "questions", "answer", "answers", "lesson", "lessons", "highlights", "overview",
    "introduction", "translation", "transcript", "excerpt", "excerpts", "quote", "quotes",
    "caption", "disclosure", "correspondence", "attention", "next", "previous", "finally",
    "watch", "listen", "follow", "analysis", "opinion", "explainer", "breaking", "exclusive",
    "live", "factbox", "interview", "editorial", "name", "names", "signature", "signed",
    "position", "designation", "role", "rank", "affiliation", "organisation", "organization",
    "office", "department", "unit", "institution", "country", "city", "telephone", "mobile",
    "url", "website", "homepage", "file", "files", "attachment", "attachments", "enclosure",
    "copy", "cc", "to", "from", "via", "ps", "left", "right", "middle", "centre", "center",
    "top", "above", "below", "inset", "clockwise", "pictured", "photograph", "illustration",
    "artwork", "graphic", "infographic",
))  # fmt: skip


def _first_word(who: str) -> str:
    return who.split()[0].rstrip(".").lower()


def candidate(text: str) -> tuple[str, str] | None:
    """The label candidate a paragraph opens with, as ``(key, label)``: the speaker's words
    alone (whitespace collapsed) and the label as printed with its colon or dash; ``None``
    when the paragraph opens with none or with a field's name ("Note:")."""
    m = _CANDIDATE.match(text.lstrip()) or _MARKED.match(text.lstrip())
    if m is None or _first_word(m["who"]) in _FIELDS:
        return None
    who = " ".join(m["who"].split())
    return who, " ".join(m.group(0).split())


@dataclass
class TurnLabels:
    """The speaker labels one document shows by repetition (see the module's rule)."""

    #: The speakers' words of the labels ("Zhou Lin", "Reuters").
    names: set[str] = field(default_factory=set)

    def label(self, text: str) -> str:
        """The label ``text`` opens with when it is one of the document's, with its colon or
        dash; empty otherwise."""
        found = candidate(text) if self.names else None
        return found[1] if found and found[0] in self.names else ""

    def alone(self, text: str) -> bool:
        """Whether ``text`` is one of the document's labels and nothing else ("Ms Tanaka:")."""
        found = self.label(text)
        return bool(found) and found == " ".join(text.split())


def _turn(texts: Sequence[str], i: int) -> tuple[str, str] | None:
    """The candidate paragraph ``i`` opens with when speech follows it: its own text after the
    label, or the next paragraph when the label stands alone ("Active Missions: SOLAR-B,
    MAXI" lists, "Orbit: Uncut" titles; neither speaks)."""
    found = candidate(texts[i])
    if found is None:
        return None
    rest = " ".join(texts[i].split())[len(found[1]) :].strip()
    if not rest and i + 1 < len(texts):
        rest = texts[i + 1].strip()
    return found if rest and is_speech(rest) and _SPOKEN.search(rest) else None


#: Speech ends as a sentence does (a list of names or a title does not).
_SPOKEN = re.compile(r"[.!?…][\"'”’)\]]*$")


def turn_labels(texts: Sequence[str]) -> TurnLabels:
    """The speaker labels of a document whose paragraphs (markup reduced) are ``texts``: the
    candidates that open two turns or more, and those next to a turn of one of them."""
    found = [_turn(texts, i) for i in range(len(texts))]
    counts = Counter(c[0] for c in found if c)
    names = {who for who, n in counts.items() if n >= 2}
    if not names:
        return TurnLabels()
    turns = [bool(c and c[0] in names) for c in found]
    for i, c in enumerate(found):
        near = (i - 2, i - 1, i + 1, i + 2)  # a label alone has its speech between turns
        if c and not turns[i] and any(0 <= j < len(turns) and turns[j] for j in near):
            names.add(c[0])
    return TurnLabels(names)
