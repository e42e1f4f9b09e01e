"""Assembling blocks: paragraphs with their section, back matter and cited-by excerpts left out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.document import Block, Excluded, Metadata, Note, ParsedText
from pipeline.ingest.label_forms import BROADCAST_ROLE, NUMBERED_QUESTION
from pipeline.ingest.minutes import MARKED_LABEL, MARKED_LABEL_START, is_attendance_heading
from pipeline.ingest.notices import furniture_line
from pipeline.ingest.publisher.bibliographic import (
    is_affiliation_line,
    is_date_line,
    is_doi_line,
    is_volume_line,
    parse_author_line,
)
from pipeline.ingest.publisher.closing import (
    is_byline,
    is_contact_line,
    is_credit_line,
    is_federal_register_footer,
    is_follow_line,
    is_link_lead_in,
    is_reference_entry,
    is_signature_line,
    is_signature_mark,
    split_federal_register_footer,
    split_follow_line,
)
from pipeline.ingest.publisher.headings import (
    MAINTENANCE_TAG,
    Kind,
    english_part,
    heading_label,
    is_caption,
    is_end_mark,
    is_strong_heading,
    opens_record_part,
    section_kind,
    split_image_credit,
)
from pipeline.ingest.publisher.interface import is_interface_line
from pipeline.ingest.publisher.matching import match_key
from pipeline.ingest.speaker_lines import is_speech
from pipeline.ingest.textclean import (
    clean_block_text,
    collapse_whitespace,
    tidy_punctuation_spacing,
)
from pipeline.ingest.turn_labels import TurnLabels

# Assembling blocks
# --------------------------------------------------------------------------------------------

_ABSTRACT_PREFIX = re.compile(r"^abstract\s*(?:[:.]|[—–-]+)\s*", re.IGNORECASE)
_NOTE_LINE = re.compile(r"^\[?(\d{1,3})[\].):]?\s+(\S.*)$")
#: An em dash that opens a paragraph as its bullet (a translated white paper's items:
#: "—Bilateral cooperation. ..."); prose never opens a paragraph with one.
_DASH_ITEM = re.compile(r"^[—―]\s?(?=[A-Z“\"])")
#: The parts of a written parliamentary answer, each answer opened by the letters of the
#: question's parts it answers ("(a) & (b): Yes, Sir.", "(c): The Government ...", "(a) to (c):").
_PART_LABEL = re.compile(r"^\([a-z]\)(?:\s*(?:&|and|to|,)\s*\([a-z]\))*\s*:\s+(?=[A-Z“\"])")
#: A quotation's attribution on its own line: a dash and a name, a title or a year, no sentence
#: ("— Former Director of the agency, 2029").
_ATTRIBUTION = re.compile(r"^(?:[—―]|--)\s?[A-Z][^.!?:;]{0,100}(?<![.!?])$")
_LIST_MARK = re.compile(
    r"^\s*(?:[-*+•▪◦–□■○●◆◇▶►➢]|o(?=\s+[A-Z\"“])|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([A-Z]\)|\([ivx]+\))\s+"
)

#: The excluded.csv kind of the text in a part of the document that is not running text.
_MODE_KIND = {
    Kind.FRONT: "front_matter",
    Kind.BACK: "back_matter",
    Kind.RECOMMENDED: "interface",
    Kind.NOTES: "footnote",
    Kind.TERMINAL: "back_matter",
    Kind.INTERFACE: "interface",
}
_REFERENCES = re.compile(
    r"^(references?( and notes)?|reference list|bibliography|works cited|literature cited|"
    r"literature|sources|further reading)$"
)


#: A legal text's numbered section heading at the head of a paragraph ("Section 1.  Purpose.",
#: "Sec. 2.  Membership of the Council.").
_RUN_IN_SECTION = re.compile(
    r"^(?:Section|Sec\.)\s+\d{1,3}[a-z]?\.\s+(?P<title>[A-Z][^.;:!?]{0,100}\.)(?=\s+[A-Z(“\"]|\s*$)"
)
_SECTION_NUMBER = re.compile(r"(?:Section|Sec\.)\s+\d{1,3}[a-z]?\.")
_RUN_IN_TITLE = re.compile(r"^(?P<title>[A-Z][^.;:!?]{0,100}\.)(?=\s+[A-Z(“\"]|\s*$)")
_MINOR_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]
)


def _title_case(title: str) -> bool:
    words = title.rstrip(".").split()
    return 0 < len(words) <= 12 and all(w[:1].isupper() or w.lower() in _MINOR_WORDS for w in words)


#: A transcript's stage direction: "(Applause.)", "(Laughter.)", "(Inaudible.)", also in square
#: brackets as a hearing's record prints them ("[Laughter.]", "[Recess.]").
_STAGE_DIRECTION = re.compile(
    r"\s*([(\[](?:Applause|Laughter|Laughs|Inaudible|Crosstalk|Cheers|Booing|Audio gap|Pause"
    r"|Recess|Silence|No response|Off the record|Bell rings|Gavel)"
    r"(?: and [a-z]+)?\.?[)\]])\s*"
)
#: A paragraph that is all a record's note in square brackets, in a transcript or a hearing's
#: printed record ("[The prepared statement follows:]", "[Whereupon, the committee adjourned.]",
#: "[GRAPHIC] [TIFF OMITTED] ..."): the editor's words, not the text's. A capital opens it, so a
#: numbered reference ("[12] ...") and a maintenance tag ("[citation needed]") are none.
#: A draft's bracketed text under negotiation ("[States shall not ...]") is no note: the note
#: names what the record does (follows, omitted, submitted for the record, adjourned), who takes
#: the chair ("[Sir Jo Roe in the Chair]"), the members' voices ("[Chorus of ayes.]", "[“No
#: objection,” voices called]"), the recording or the language spoken ("[English]").
_RECORD_NOTE = re.compile(r"^(?:\[[A-Z“\"][^\[\]]{0,400}\]\s*)+(?:[A-Z]?\d[\w.-]*)?$")
_RECORD_NOTE_WORDS = re.compile(
    r"(?::\]|\b(?:follows|Whereupon|OMITTED|GRAPHIC|for the record|committee files|"
    r"[Ee]ditor[’']?s? note|[Ii]naudible|[Tt]ranslation|[Oo]ff the record|[Rr]ecess|"
    r"[Cc]horus of (?:ayes|noes|nays)|voices called|Recorded by)\b|in the Chair\]|"
    r"^\[(?:English|French|Spanish|Interpretation|Translation)\]$)"
)
#: Titles that stand before a surname in a hearing's speaker label ("Chairman Babin.",
#: "Senator Ruiz:", "Mr. Lee.", "The CHAIRMAN."): mixed case, closed by a full stop or a colon;
#: a witness's rank or degree abbreviated as records print it ("Col. DELGADO:", "Prof. Ito.").
_SPEAKER_TITLE = (
    r"(?:Mr|Ms|Mrs|Dr|Sen|Rep|Prof|Col|Gen|Adm|Capt|Cmdr|Lt|Amb|Hon)\.|Miss|Chairman|Chairwoman|Chair|Senator|Representative|"
    r"Secretary|Administrator|Ambassador|Admiral|Governor|Commissioner|Judge|Delegate"
)
#: A transcript's speaker label or question marker at the start of a paragraph ("THE VICE
#: PRESIDENT:  Thank you.", "Q    President Macron, ...", "MS. LEE: ...", "Chairman Babin.",
#: "Senator Ruiz:", "A:", and the labels of questions for the record, "Question 2.", "Answer.",
#: "Q3.", "A3."): not speech.
#: The roles that label the turns of an interview, a podcast, a panel or a call ("Host:",
#: "Moderator:", "Audience member:", "Operator:"), closed by a colon.
_SPEAKER_ROLE = (
    r"(?:Host|Co-host|Moderator|Interviewer|Interviewee|Questioner|Audience(?: member)?|"
    r"Participant|Reporter|Journalist|Operator|Presenter|Panell?ist|Speaker(?: \d{1,2})?|"
    r"Unidentified(?: speaker| male| female)?|(?:Male|Female) voice):\s+"
)
#: A recording's time stamp at the start of a turn ("[00:01:05]", "(12:30)", "00:01:05"; a bare
#: "10:30" is an agenda's time, no stamp).
_TURN_TIME = r"(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]|\d{1,2}:\d{2}:\d{2})[^\S\n]+"
#: The mark that opens each turn of a Japanese parliamentary record ("○Chair (TAKAHASHI
#: Michiko): ..."), part of the label.
_TURN_MARK = r"[○◯〇][^\S\n]*"
#: Titles of address that Commonwealth records print without a full stop, before a surname and
#: a colon ("Mr Oyelaran:", "Ms Thorne-Whitaker:", "Dr Pryor:"): a colon only, as "Dr Pryor."
#: could open a sentence.
_BARE_TITLE = r"(?:Mr|Ms|Mrs|Mx|Dr|Sir|Dame|Lord|Baroness|Madam|Shri|Smt\.?|Shrimati|Kumari)"
#: A speaker label with its gloss in brackets before the colon, as committee evidence and
#: estimates records print it ("CHAIR (Senator Brennan):", "Government Witness (YAMAMOTO
#: Kenji):", "ISHIDA Takuya (CDP):", "Mrs. Anne-Marie Tremblay (Vice-President, ... Agency):",
#: "The Chair (Mr. Paul Lemieux (Beauce-Appalaches, Lib.)):", "SALOTE HAVILI (recording):"):
#: one to four capitalised words of letters (an optional title with its stop) and a gloss of
#: one level of nested brackets that names someone or something (a capital in it; all in small
#: letters only after a name in capitals, "(recording)"). A number in the words or the gloss
#: ("Phase 2 (2026):", "Background (2019-2024):") and a gloss in small letters after a word
#: in mixed case ("Objectives (summary):") make it no label.
_GLOSSED_LABEL = (
    r"(?:(?:(?:Mr|Ms|Mrs|Dr|Prof|Hon|Sen|Rep)\.[^\S\n]+)?[A-Z][A-Za-z'’-]*"
    r"(?:[^\S\n]+[A-Z][A-Za-z'’-]*){0,3}[^\S\n]*"
    r"\((?=[^()\n]*[A-Z])(?:[^()\d\n]|\([^()\d\n]{1,80}\)){1,120}\)|"
    r"[A-Z][A-Z'’-]+(?:[^\S\n]+[A-Z][A-Z'’-]+){0,3}[^\S\n]*\([a-z][a-z ]{1,30}\)):"
)
_SPEAKER = re.compile(
    r"^(?:" + _TURN_TIME + r")?(?:" + MARKED_LABEL + r"|(?:" + _TURN_MARK + r")?"
    r"(?:" + _SPEAKER_ROLE + r"|" + _GLOSSED_LABEL + r"\s+|" + NUMBERED_QUESTION + r"|"
    r"" + _BARE_TITLE + r"[^\S\n]+[A-Z][A-Za-z'’-]+(?:[^\S\n]+[A-Z][A-Za-z'’-]+)?:\s+|"
    r"[QA]\s{2,}|Q[:.]\s+|A:\s+|(?:Question|Answer)(?:\s+\d{1,3}[a-z]?)?[.:]\s+|"
    r"[QA]\d{1,3}[a-z]?[.:]\s+|"
    # a written question's number before its askers, as India's Parliament prints them ("2417.
    # SHRI JANE ROE:")
    r"(?:\d{1,5}\.[^\S\n]+(?=(?:SHRI|SMT|SHRIMATI|KUMARI|DR|PROF)\b))?"
    r"(?:(?:THE|MR|MS|MRS|DR)\.?[^\S\n]+)?[A-Z][A-Z.'’-]+"
    r"(?:[^\S\n]+[A-Z][A-Z.'’-]+){0,4}" + BROADCAST_ROLE + r":\s+|"
    r"(?:The[^\S\n]+(?:CHAIRMAN|Chairman|CHAIRWOMAN|Chairwoman|CHAIR|Chair|CLERK|Clerk|"
    # the Congressional Record's presiding officers ("The PRESIDING OFFICER.", "The SPEAKER pro
    # tempore.", "The ACTING PRESIDENT pro tempore.")
    r"(?:PRESIDING[^\S\n]+OFFICER|(?:ACTING[^\S\n]+)?PRESIDENT|SPEAKER)"
    r"(?:[^\S\n]+pro[^\S\n]+tempore)?)|"
    r"(?:Ranking[^\S\n]+Member|Vice[^\S\n]+Chair(?:man|woman)?|" + _SPEAKER_TITLE + r")"
    r"[^\S\n]+[A-Z][A-Za-z'’-]+(?:[^\S\n]+[A-Z][A-Za-z'’-]+)?)[.:]\s+|(?<=\s)))"
    r"(?=[A-Z“\"(\[])"
)


#: A page marker standing for a printed page's number: "Page 12", "[[Page 12]]" (a hearing
#: record's text), "- 12 -".
_PAGE_MARKER = re.compile(r"^\[{0,2}\s*Page\s+[A-Z]?\d{1,4}\s*\]{0,2}$|^[-–—]\s*\d{1,4}\s*[-–—]$")
#: A contents entry's dot leader to its page number ("Opening statement ........ 12").
_CONTENTS_LEADER = re.compile(r"(?:\.{4,}|(?:\. ){4,})\s*(?:\d{1,4}|[ivxlc]{1,6})\b")


#: A metadata field line: a label of one to three words, a colon, and a short value that is not
#: a sentence ("Date: April 06, 2020", "Document Details:", "Citation: 85 FR 20381").
_FIELD_LINE = re.compile(r"^[A-Z][\w-]*(?: [\w-]+){0,2}:(?: [^.!?]{1,60})?$")


#: A transcript's time stamp: "2:09 P.M. EST" above the remarks, "END 2:19 P.M. EST" below.
_TIME_STAMP = re.compile(r"^(?:END\s+)?\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+[A-Z]{2,4})?$")


#: How many short lines (venue, building, city) may stand above a transcript's time stamp.
_PLACE_LINES = 4


#: A paragraph that is a web address and nothing else.
_WEB_ADDRESS = re.compile(r"^<?(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+/\S*$", re.IGNORECASE)


def is_speaker_turn(text: str) -> bool:
    """Whether a paragraph starts with a transcript's speaker label or question marker."""
    return bool(_SPEAKER.match(text.lstrip()))


def speaker_label(text: str) -> str:
    """The speaker label or question marker a paragraph opens with ("Mr. LEE.", "Q"), with
    the speech after it; empty when there is none or nothing follows it."""
    m = _SPEAKER.match(text)
    label = m.group(0).rstrip() if m else ""
    return label if label and len(text) > len(label) + 1 else ""


def is_label_alone(text: str) -> bool:
    """Whether a paragraph is a speaker's label with a colon and nothing after it ("The
    Chair:", "Mr. Tom Whitaker:", "Mrs. Jane Roe (Vice-President, ..., Space Agency):"), as
    committee evidence prints the label on a line of its own over the speech."""
    text = text.strip()
    m = _SPEAKER.match(text + " A") if text.endswith(":") and len(text) <= 200 else None
    return m is not None and m.end() == len(text) + 1


def is_record_note(text: str) -> bool:
    """A paragraph that is all a printed record's note in square brackets ("[The prepared
    statement follows:]"): the editor's words, not the speakers'."""
    return bool(_RECORD_NOTE.match(text) and _RECORD_NOTE_WORDS.search(text))


#: A heading set in spaced capitals ("C O N T E N T S").
_LETTERSPACED = re.compile(r"^(?:[A-Z] ){3,}[A-Z]$")


def _unspaced(text: str) -> str:
    """'C O N T E N T S' -> 'CONTENTS'; any other text unchanged."""
    return text.replace(" ", "") if _LETTERSPACED.match(text) else text


def _is_sentence(text: str) -> bool:
    """A paragraph that reads as a sentence (eight words or more, a sentence's end) or a
    speaker's turn: no entry of a table of contents, but the text after one."""
    s = " ".join(text.split())
    return bool(_SPEAKER.match(s)) or (
        len(s.split()) >= 8 and bool(re.search(r"[a-z)][.!?][\"”’)]?$", s))
    )


def _is_prose(text: str) -> bool:
    """A paragraph of several sentences, not a list line."""
    return len(text) >= 300 and len(re.findall(r"[a-z)][.!?][\"”’]?\s+[A-Z\"“]", text)) >= 2


@dataclass
class BlockBuilder:
    """Turns a document's headings and paragraphs, in reading order, into blocks and notes.

    Feed :meth:`heading` and :meth:`paragraph` in order; :meth:`result` returns the
    :class:`ParsedText`. The builder keeps the current section and whether the text is in a
    part that is not running text (front matter such as highlights and keywords, back matter,
    recommended articles, notes, references and everything after them). Paragraphs that are
    interface text, bibliographic lines, figure or table furniture, or repeat the title or
    journal name are dropped wherever they occur."""

    metadata: Metadata = field(default_factory=Metadata)
    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    section: str = ""
    mode: Kind = Kind.BODY
    drop_lines: set[str] = field(default_factory=set)
    #: The speaker labels the document shows by repetition ("Zhou Lin:"), beside the forms
    #: every document's labels take (``_SPEAKER``).
    turn_labels: TurnLabels = field(default_factory=TurnLabels)
    excluded: list[Excluded] = field(default_factory=list)
    _seen_title: bool = False
    #: excluded.csv kind of the current part when it is not running text ("reference" after a
    #: reference-list heading, else from ``_MODE_KIND``).
    _part_kind: str = ""
    #: The section heading no block has been added under yet (a heading that opens nothing is
    #: recorded as excluded text of kind "heading" when the next one replaces it).
    _open_heading: str = ""
    _part_start: int = 0
    _part_heading: str = ""
    _section_number: bool = False  # a legal text's "Sec. 2." stood alone just before
    #: The last block is a lead-in to a web address ("Learn more about the mission at:"): if
    #: the address follows, both are interface text.
    _lead_in: bool = False
    #: A speaker's label that stood on a line of its own ("The Chair:", "Mark Doe (Kew)
    #: (Con)"), waiting for the speech under it; and whether it read as a heading.
    _pending_speaker: tuple[str, bool] | None = None

    def speaker_line(self, text: str, *, heading: bool = False) -> None:
        """A speaker's label on a line of its own, above the turn it opens: the next paragraph
        that reads as speech takes it as its speaker (``Block.speaker``) and the label is
        excluded (``speaker``). When no speech follows (a heading, the text's end, a line that
        is no sentence), the line is read as it would have been: a heading when ``heading``,
        else a paragraph."""
        pending = self._pending_speaker
        if pending is not None and is_label_alone(pending[0]) and is_label_alone(text):
            self.exclude("speaker", pending[0])  # members asking together, one label a line
            self._pending_speaker = None
        self._flush_speaker()
        self._pending_speaker = (clean_block_text(text), heading)

    def _flush_speaker(self) -> None:
        """Put back a speaker line no speech followed, as a heading or a paragraph."""
        if self._pending_speaker is None:
            return
        (text, heading), self._pending_speaker = self._pending_speaker, None
        if heading:
            self.heading(text, explicit=False)
        else:
            self.paragraph(text, turn=False)

    def exclude(self, kind: str, text: str) -> None:
        """Record text kept out of the running text (excluded.csv)."""
        text = clean_block_text(text) if "\n" in text or "  " in text else text.strip()
        if text:
            self.excluded.append(Excluded(kind=kind, text=text))

    def heading(self, raw: str, *, explicit: bool = True) -> None:
        """A heading: opens a section, or a part that is not running text.

        ``explicit`` headings come from document structure (Markdown ``#``, HTML ``h2``, DOCX
        Heading styles) and may end skipped back matter; headings inferred from plain-text
        layout end it only when they are strong (numbered or a conventional section name),
        since keyword lines and cited article titles also look like headings."""
        self._flush_speaker()
        text = clean_block_text(raw)
        if not text:
            return
        if self.mode is Kind.NOTES and not explicit:
            self.paragraph(raw)
            return
        if _PAGE_MARKER.match(text):
            self.exclude("page_number", text)  # "Page 4" standing alone like a heading
            return
        kind = section_kind(_unspaced(text))
        if kind is Kind.INTERFACE or (kind is Kind.BODY and is_interface_line(text)):
            self.exclude("interface", text)
            return
        if kind is Kind.BODY and match_key(text) in self.drop_lines:
            self.exclude("front_matter", text)
            return
        if kind is Kind.BODY and is_federal_register_footer(text):
            self.exclude("footer", text)
            return
        # The title printed again above the body (HTML h1, DOCX Title) is not a section.
        is_title = bool(self.metadata.title) and match_key(text) == match_key(self.metadata.title)
        if kind is Kind.BODY and is_title and not self._seen_title:
            self._seen_title = True
            self.exclude("front_matter", text)
            return
        if (
            kind is Kind.BODY
            and self.mode in (Kind.BACK, Kind.TERMINAL)
            and opens_record_part(text)
        ):
            self.mode = Kind.BODY  # a hearing's answers for the record, after its appendix
        if kind in (Kind.BODY, Kind.ABSTRACT):
            if self.mode is Kind.TERMINAL and explicit and self._short_terminal_part():
                # A "Sources" list of a few links above the document's own text (a government
                # page's front matter), not the reference list that ends an article.
                self.mode = Kind.BODY
            if self.mode is Kind.TERMINAL or self.mode is Kind.NOTES:
                self.exclude(self._part_kind, text)
                return
            if self.mode is not Kind.BODY and not (explicit or is_strong_heading(text)):
                self.exclude(self._part_kind, text)
                return
            self.mode = Kind.BODY
            self._open_section(heading_label(text), text)
            return
        if self.mode in (Kind.TERMINAL, Kind.NOTES) and kind not in (Kind.TERMINAL, Kind.NOTES):
            self.exclude(self._part_kind, text)
            return
        if self.mode is Kind.TERMINAL and kind is Kind.NOTES:
            self.exclude(self._part_kind, text)
            return
        self._close_heading()
        self.mode = kind
        key = match_key(english_part(_unspaced(text)))
        self._part_kind = (
            "reference"
            if _REFERENCES.match(key)
            else "contents"
            if re.match(r"^(table of )?contents$", key)
            else _MODE_KIND[kind]
        )
        self._part_start = len(self.excluded)
        self._part_heading = heading_label(text)
        self.exclude(self._part_kind, text)

    def _short_terminal_part(self) -> bool:
        """Whether the terminal part so far holds at most a few short lines (links, names)."""
        held = self.excluded[self._part_start + 1 :]
        return len(held) <= 6 and all(len(e.text) <= 200 for e in held)

    def _open_section(self, label: str, text: str) -> None:
        self._close_heading()
        self.section = label
        self._open_heading = text

    def _close_heading(self) -> None:
        if self._open_heading:
            self.exclude("heading", self._open_heading)
            if len(self.blocks) < 4:  # a heading of the document's head over none of its text
                self.metadata.headings.append(heading_label(self._open_heading))
            self._open_heading = ""

    def end_of_body(self, mark: str = "") -> None:
        """Nothing after this point is running text (a press release's '###')."""
        self._flush_speaker()
        self._close_heading()
        self.mode = Kind.TERMINAL
        self._part_kind = "back_matter"
        self._part_start = len(self.excluded)
        self.exclude("interface", mark)

    def paragraph(
        self,
        raw: str,
        *,
        offset: int | None = None,
        list_item: bool = False,
        unmarked_item: bool = False,
        turn: bool = True,
    ) -> None:
        """A paragraph of the document, or one list item: ``list_item`` with its bullet or label
        still on (taken off here), ``unmarked_item`` with the mark already gone (Markdown).
        ``turn``: a paragraph that is a speaker's label alone ("The Chair:") may open a turn."""
        text = clean_block_text(raw)
        if _PAGE_MARKER.match(text):
            self.exclude("page_number", text)  # "Page 12", "- 12 -": no list item
            return
        if list_item and not MARKED_LABEL_START.match(text):  # "○" opening a turn is no bullet
            m = _LIST_MARK.match(text)
            if m and m.end() < len(text):
                self.exclude("other", m.group(0))  # the bullet or label
                text = text[m.end() :]
        if _ATTRIBUTION.match(text):
            self.exclude("other", text)  # "— Former Director, 2029" under a quotation
            return
        m = _DASH_ITEM.match(text) or _PART_LABEL.match(text)
        if m and not list_item:
            self.exclude("other", m.group(0))  # "—Bilateral cooperation. ...", "(c): The ..."
            text = text[m.end() :]
        if not text:
            return
        lead_in, self._lead_in = self._lead_in, False
        if self.mode is Kind.NOTES:
            self._note(text)
            return
        if self.mode is Kind.FRONT and (
            _is_prose(text) or self._part_kind == "contents" and _is_sentence(raw)
        ):
            # Front matter is lists and short lines (keywords, highlights, symbols); a
            # paragraph of prose under such a heading ("Nomenclature" in an encyclopedia
            # article) is running text; so is a sentence or a speaker's turn under a table of
            # contents (the text after it: a preamble, a hearing's opening).
            self.mode = Kind.BODY
            self.section = "" if self._part_kind == "contents" else self._part_heading
        if self.mode is not Kind.BODY:
            self.exclude(self._part_kind, text)
            return
        text, footer = split_federal_register_footer(text)
        if footer:
            self.exclude("footer", footer)
            if not text:
                return
        text, follow = split_follow_line(text)
        if follow:
            self.exclude("interface", follow)
        # a time stamp's zone ("END 2:19 P.M. EST") is no picture credit
        text, credit = (text, "") if _TIME_STAMP.match(text) else split_image_credit(text)
        if credit:
            self.exclude("caption", credit)
        if is_caption(text):
            self.exclude("caption", text)
            return
        if not list_item and is_end_mark(text):
            self.end_of_body(text)  # a press release's "###" in any format: the text is over
            return
        if not any(c.isalnum() for c in text):
            self.exclude("other", text)  # a separator ("* * *", "—")
            return
        if len(text) <= 600 and _CONTENTS_LEADER.search(text):
            self.exclude("contents", text)  # entries of a table of contents with page numbers
            return
        # Interface text, bylines and bibliographic lines are short; long text is prose.
        kind = self._furniture_kind(text) if len(text) <= 600 else ""
        if kind:
            if lead_in and _WEB_ADDRESS.match(text) and self.blocks:
                self.exclude("interface", self.blocks.pop().text)  # "Learn more at:" + link
            self.exclude(kind, text)
            return
        if turn and not list_item and (is_label_alone(text) or self.turn_labels.alone(text)):
            self.speaker_line(text)  # "Mrs. Jane Roe (Director, ...):" over the speech
            return
        m = _SPEAKER.match(raw.lstrip())
        label = " ".join(m.group(0).split()) if m else ""
        # the document's own label wins when longer: a minutes' turn mark alone ("○") is no
        # label when the speaker's office and name follow it ("○ Chairperson CHOI Min-seo:")
        label = max(label, self.turn_labels.label(text), key=len)
        speaker = ""
        if label and text.startswith(label) and len(text) > len(label) + 1:
            self._flush_speaker()  # a label of its own: the line above opened no turn
            self.exclude("speaker", label)
            text = text[len(label) :].lstrip()
            speaker = label  # who speaks the turn, for the block (Block.speaker)
        elif self._pending_speaker is not None:
            if not is_speech(text):
                self._flush_speaker()
            else:
                speaker, self._pending_speaker = self._pending_speaker[0], None
                self.exclude("speaker", speaker)
        numbered, self._section_number = self._section_number, False
        if self.mode is Kind.BODY and not list_item and _SECTION_NUMBER.fullmatch(text):
            self.exclude("heading", text)  # "Sec. 2." alone: its title opens the next paragraph
            self._section_number = True
            return
        m = _RUN_IN_SECTION.match(text) if self.mode is Kind.BODY and not list_item else None
        if not m and numbered and self.mode is Kind.BODY:
            m = _RUN_IN_TITLE.match(text)
        if m and _title_case(m["title"]):
            # "Sec. 2.  Membership of the Council.  The council shall ...": a legal text's
            # numbered section heading run into its first paragraph.
            self.heading(m["title"].rstrip("."), explicit=False)
            self.exclude("heading", m[0].strip())
            self._open_heading = ""
            rest = text[m.end() :].lstrip()
            if rest:
                self.paragraph(rest, offset=offset)
            return
        if "[" in text and MAINTENANCE_TAG.search(text):
            for tag in MAINTENANCE_TAG.finditer(text):
                self.exclude("other", tag.group(0))
            text = collapse_whitespace(tidy_punctuation_spacing(MAINTENANCE_TAG.sub("", text)))
            if not text:
                return
        if _RECORD_NOTE.match(text) and _RECORD_NOTE_WORDS.search(text):
            # "[The prepared statement follows:]", "[GRAPHIC] [TIFF OMITTED] ...": the record's
            # note, or the stand-in of a picture
            self.exclude("caption" if "GRAPHIC" in text else "speaker", text)
            return
        if _STAGE_DIRECTION.search(text):
            for direction in _STAGE_DIRECTION.finditer(text):
                self.exclude("speaker", direction.group(1))
            text = _STAGE_DIRECTION.sub(" ", text).strip()
            if not text:
                return
        m = _ABSTRACT_PREFIX.match(text)
        if m and len(text) > m.end():
            self._open_section("Abstract", "")
            self.exclude("heading", text[: m.end()])
            text = text[m.end() :]
        if self._open_heading and self._open_heading != self.section:
            self.exclude("heading", self._open_heading)  # its numbering is not in the section
        self._open_heading = ""
        if is_attendance_heading(self.section):  # no speech is under "Members present"
            self.exclude("heading", self.section)
            self.section = ""
        self.blocks.append(
            Block(
                text=text,
                section=self.section,
                source_offset=offset,
                list_item=list_item or unmarked_item,
                speaker=speaker,
            )
        )
        self._lead_in = is_link_lead_in(text)

    def _furniture_kind(self, text: str) -> str:
        """The excluded kind of interface, bibliographic or byline text, or a repeat of the
        title or journal; empty for anything else."""
        key = match_key(text)
        if key in self.drop_lines or (
            self.metadata.title and key == match_key(self.metadata.title)
        ):
            return "front_matter"
        if re.match(r"^(keywords?|key words)\b", key):
            if self.section == "Abstract":
                self.section = ""  # the abstract is over
            return "front_matter"
        if is_interface_line(text) or is_end_mark(text):
            return "interface"
        if is_volume_line(text) or is_doi_line(text) or is_affiliation_line(text):
            return "front_matter"
        if is_federal_register_footer(text):
            return "footer"
        if is_contact_line(text):
            return "back_matter"  # a release's contacts: telephone numbers, e-mail addresses
        if is_follow_line(text):
            return "interface"
        if is_credit_line(text):
            return "back_matter"  # a news story's reporting and editing credits
        if is_reference_entry(text):
            return "reference"
        if len(text.split()) <= 25 and bool(parse_author_line(text)):
            return "front_matter"
        if is_byline(text):
            # writers' names with their organisations and places; at the end, a release's
            # closing byline
            return "back_matter" if self.blocks else "front_matter"
        if _TIME_STAMP.match(text):
            if not text.startswith("END") and self._only_place_lines():
                # the venue and city above a transcript's time stamp ("Main Auditorium" /
                # "Springfield, Ill."): the remarks start under it
                for block in self.blocks:
                    self.exclude("front_matter", block.text)
                self.blocks.clear()
            return "front_matter" if not self.blocks else "back_matter"
        if not self.blocks and _FIELD_LINE.match(text):
            return "front_matter"  # "Date: April 6, 2020" above the text
        opened = bool(self.blocks) and self.blocks[-1].section == self.section
        return furniture_line(text, self.section, opened=opened)  # a factbox, a minutes' note

    def _only_place_lines(self) -> bool:
        """Whether the blocks so far are a few short lines of names (a venue, a city: every
        word capitalised but short connectives), what stands above a transcript's time stamp."""
        return 0 < len(self.blocks) <= _PLACE_LINES and all(
            len(b.text) <= 80
            and all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 for w in b.text.split())
            for b in self.blocks
        )

    def _note(self, text: str) -> None:
        self.exclude("footnote", text)
        m = _NOTE_LINE.match(text)
        if m:
            self.notes.append(Note(label=m.group(1), text=m.group(2)))
        elif self.notes:
            self.notes[-1].text += " " + text
        else:
            self.notes.append(Note(label=str(len(self.notes) + 1), text=text))

    def add_note(self, label: str, text: str) -> None:
        """A note whose body the format gives separately (DOCX footnotes, HTML footnote lists)."""
        text = clean_block_text(text)
        if text:
            self.notes.append(Note(label=label, text=text))
            self.exclude("footnote", f"{label} {text}")

    def _drop_signature(self) -> None:
        """A signature block that ends the text ("JANE Q. PUBLIC" / "THE WHITE HOUSE," and
        the date): the name and place lines, and a signature graphic's file name or stand-in
        above the place line ("Doe.EPS"), are back matter. The date line stays running text,
        as the date the document speaks from is read from it."""
        start = len(self.blocks)
        while start > max(len(self.blocks) - 4, 1) and (
            is_signature_line(self.blocks[start - 1].text)
            or is_date_line(self.blocks[start - 1].text.rstrip("."))
            or start < len(self.blocks)
            and is_signature_mark(self.blocks[start - 1].text)
            and is_signature_line(self.blocks[start].text)
        ):
            start -= 1
        tail = self.blocks[start:]
        signature = [
            is_signature_line(b.text)
            or is_signature_mark(b.text)
            and i + 1 < len(tail)
            and is_signature_line(tail[i + 1].text)
            for i, b in enumerate(tail)
        ]
        kept = [b for b, s in zip(tail, signature, strict=True) if not s]
        if len(kept) == len(tail):
            return
        for block, s in zip(tail, signature, strict=True):
            if s:
                self.exclude("back_matter", block.text)
        self.blocks[start:] = kept
        sections = {b.section for b in self.blocks}
        for section in dict.fromkeys(b.section for b in tail):
            if section and section not in sections:
                self.exclude("heading", section)  # no block carries it any more

    def result(self) -> ParsedText:
        self._flush_speaker()
        self._close_heading()
        self._drop_signature()
        return ParsedText(
            metadata=self.metadata, blocks=self.blocks, notes=self.notes, excluded=self.excluded
        )
