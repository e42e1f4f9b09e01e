"""Paragraphs, sections and blocks across pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.data.resources import english_words
from pipeline.document import Block, Excluded, Note
from pipeline.ingest.pdf.layout.headings import UNIT_LABEL
from pipeline.ingest.pdf.layout.lines import Line
from pipeline.ingest.pdf.layout.roles import (
    _SENTENCE_END,
    _TERMINAL,
    BACK_MATTER_HEADINGS,
    KNOWN_HEADINGS,
    NUMBERED_HEADING,
    REFERENCE_HEADINGS,
    SKIP_HEADINGS,
    PageResult,
    _after_label,
    heading_key,
    note_label,
    section_name,
)
from pipeline.ingest.pdf.layout.scraps import figure_labels, short_scrap
from pipeline.ingest.publisher import is_date_line, is_end_mark
from pipeline.ingest.textclean import collapse_whitespace, normalize_unicode, rejoin_hyphenated

# Paragraphs, sections and blocks across pages
# ---------------------------------------------------------------------------------------------

_DROP_PARAGRAPH = re.compile(
    r"^(?:key\s?words?|index terms|jel(?: classification)?|article history|received\b|"
    r"accepted\b|available online|published online|\u00a9|copyright|e-?mail|corresponding "
    r"author|contact\b|https?://|doi:|this is an open access|open access|cite this|"
    r"to cite this|peer review under|arxiv\b|(?:please )?address (?:all )?correspondence|"
    r"(?:(?:ams|19\d\d|20\d\d) )?mathematics subject classifications?(?: \(\w+\))?\s*[:.]|"
    r"msc(?: 20\d\d)?\s*:|pacs(?: numbers?| codes?)?\s*:|acm (?:ccs|computing classification))",
    re.I,
)
#: licence and copyright lines, wherever they start ("0265-9646/\u00a9 2023 ...")
_LICENCE = re.compile(
    r"\u00a9|all rights reserved|creative commons|open access article|licensee\b", re.I
)
_ENDNOTE = re.compile(r"^\[?(\d{1,3})[.)\]]?\s+(?=\S)")
_RUN_IN_ABSTRACT = re.compile(r"^(abstract|summary)\s*[:.\u2014\u2013-]\s*(?=\S)", re.I)
#: the run-in label of a numbered statement in mathematical writing ("Theorem 2.3.",
#: "Lemma 4 (Gluing).", "PROPOSITION 1.") or of a proof ("Proof.", "Proof of Lemma 3.1.")
#: that opens a paragraph: a heading set in the line, not words of the sentence after it
_STATEMENT_LABEL = re.compile(
    r"^(?:(?:theorem|lemma|proposition|corollary|definition|remark|example|observation|"
    r"conjecture|claim|assumption|hypothesis|axiom|problem)\s+[A-Z]?\d{1,3}(?:\.\d{1,3})*[a-z]?"
    r"(?:\s*\([^()]{1,80}\))?"
    r"|proof(?:\s+of\s+(?:theorem|lemma|proposition|corollary|claim)\s+[A-Z]?\d{1,3}"
    r"(?:\.\d{1,3})*)?|sketch of (?:the )?proof)"
    r"\s*[.:]\s+(?=\S)",
    re.I,
)
#: a paragraph of back matter opened by a run-in label ("Acknowledgements. We thank ...")
_RUN_IN_BACK_MATTER = re.compile(
    r"^(?:acknowledge?ments?|funding(?: information)?|conflicts? of interests?|"
    r"competing interests?|declarations? of (?:competing )?interests?|"
    r"data (?:availability|access)(?: statement)?|authors?'? contributions?|disclaimers?)"
    r"\s*[:.\u2014\u2013]\s*(?=\S)",
    re.I,
)
#: a word of a person's name: "Sutter", "Lopez-Garcia", "M."
_NAME_WORD = r"(?:[A-Z][a-z\u00e0-\u024f'\u2019]+(?:-[A-Z][a-z\u00e0-\u024f'\u2019]+)?|[A-Z]\.)"
#: a signature line: a person's name, a comma and the role that opens with a title noun
#: ("Jane Q. Doe, Senior Analyst in Space Policy", "Li Wei, Director of the Office"), as
#: reports, briefs and op-eds print their authors; not a sentence (no end, no verb)
_SIGNATURE = re.compile(
    rf"^{_NAME_WORD}(?:\s+(?:(?:van|von|de|der|da|di|del|la|le|bin|al)\s+){{0,2}}{_NAME_WORD}){{1,3}},"
    r"\s+"
    r"(?i:(?:senior|chief|principal|deputy|assistant|associate|acting|executive|visiting|"
    r"distinguished|lead|research)\s+){0,2}"
    r"(?i:analyst|specialist|director|professor|researcher|fellow|editor|coordinator|"
    r"advis[eo]r|counsel|lecturer|scientist|officer|manager|head|president|secretary|"
    r"administrator|consultant|attorney|economist|engineer|chair(?:man|woman|person)?)s?"
    r"(?=[\s,]|$)[^.!?;:]*$"
)
#: an imprint: a place and a year alone ("Vienna, 2010", "New York, March 2019")
_IMPRINT = re.compile(
    r"^[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,2}(?:, [A-Z][\w'\u2019.-]+){0,1},"
    r"(?: [A-Z][a-z]+\.?)? (?:1[89]|20)\d\d$"
)
#: a printer's imprint: "Printed in Austria", "Printed in the United States of America"
_PRINTED = re.compile(r"\b[Pp]rinted in (?:the )?[A-Z][a-z]+")
#: a line that ends on the noun of a cross-reference, its number on the next line
_REFERENCE_NOUN_END = re.compile(
    r"\b(?:fig(?:ure)?s?\.?|tables?|tab\.|sections?|sec\.|eqs?\.|equations?|chapters?|"
    r"appendix|refs?\.|theorems?|lemmas?|propositions?|step|page|pp?\.|no\.)$",
    re.I,
)
#: a credit for a cover or a picture: "Cover illustration: ...", "Photo credit: ..."
_CREDIT = re.compile(
    r"^(?:cover (?:illustration|image|photo(?:graph)?|art)|(?:photo(?:graph)?|image|picture|"
    r"illustration)s? credits?|credits?)\s*:\s*\S",
    re.I,
)
#: a word naming an institution, as an author's affiliation does
_INSTITUTION = re.compile(
    r"\b(?:universit(?:y|ies|\u00e9|\u00e4t|at|\u00e0|ad)|institut(?:e|o)?|laborator(?:y|ies|oire)|"
    r"school of|department of|dept\.|faculty of|college of|cnrs|academy of|centre|center for)\b",
    re.I,
)
#: the first entry of a numbered reference list: "[1]" and an author's initials or a year
_FIRST_REFERENCE = re.compile(r"^\[1\]\s+(?=.*(?:\b[A-Z]\.\s?[A-Z]|\b(?:19|20)\d\d\b|\bet al\b))")
#: the marker that opens an item of a list: a bullet, "1.", "2)", "(a)", "(iv)"
_LIST_ITEM = re.compile(
    r"^(?:[\u2022\u25e6\u25aa\u2023\u2219\u00b7\u25cf\u25a0\u2013\u2014*-]|"
    r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+(?=\S)"
)
#: a printed hearing's speaker label, the name in capitals ("Mr. LEE.", "Senator ROE.",
#: "The CHAIRMAN."): it opens a turn, a paragraph of its own
_CAPS_SPEAKER = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Dr)\.|Chair(?:man|woman)?|Senator|Representative|Secretary|"
    r"Administrator|Ambassador|Admiral|General|Governor|Director|The)\s+"
    r"[A-Z][A-Z'\u2019-]+(?:\s+[A-Z][A-Z'\u2019-]+)?[.:]\s"
)
#: the kind of excluded text each line role stands for (schema.EXCLUDED_KINDS)
_ROLE_KIND = {
    "caption": "caption", "table": "table", "note": "footnote", "toc": "contents",
    "front": "front_matter", "maths": "maths", "reference": "reference",
}  # fmt: skip
#: a relation sign: a row of a table that holds one is a displayed formula's
_RELATION = re.compile(r"[=\u2264\u2265\u2248\u2261\u221d]")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*[A-Za-z\u00c0-\u024f]")
_TAIL_WORD = re.compile(r"([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*-)$")
_HEAD_WORD = re.compile(r"^([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019]*)")


@dataclass(slots=True)
class _Para:
    section: str
    size: float = 0.0
    lines: list[tuple[str, int]] = field(default_factory=list)  # (text, page)
    back_matter: bool = False  # opened by a run-in back-matter label: kept out of the text


class Assembler:
    """Turns the pages' ordered lines into paragraphs and sections, in one pass.

    ``body`` (the body font size) is updated by the caller as pages arrive.
    """

    def __init__(self) -> None:
        self.body = 10.0
        self.paras: list[_Para] = []
        self.cur: _Para | None = None
        self.prev: Line | None = None
        self.section = ""
        self.mode = "front"  # front: page 1 before its first heading; body; skip
        self.front: list[Line] = []
        self.notes: list[Note] = []
        self._seen: list[str] = []  # every line read, for the vocabulary
        self._vocab: set[str] | None = None
        self.endnotes = False  # inside a "Notes" section
        self.skip_kind = "other"  # what a skipped section holds (schema.EXCLUDED_KINDS)
        self.excluded: list[Excluded] = []
        self._open_heading: tuple[str, int] | None = None  # no paragraph under it yet
        self.after_maths = False  # a displayed equation since the last line of text
        self.after_front = False  # a title or author line since the last line of text
        # lines that must open a paragraph, by id; the line is held so that its id is not
        # reused by a line of a later page (which would then open a paragraph by chance)
        self._new_para: dict[int, Line] = {}

    # -- what is kept out of the text
    def exclude(self, kind: str, text: str, page: int | None) -> None:
        """Record a stretch kept out of the running text; consecutive lines of one kind on
        one page make one entry."""
        text = collapse_whitespace(text)
        if not text:
            return
        last = self.excluded[-1] if self.excluded else None
        if last is not None and last.kind == kind and last.page == page:
            last.text += "\n" + text
        else:
            self.excluded.append(Excluded(kind, text, page))

    # -- input
    def feed(self, result: PageResult) -> None:
        if self.mode == "front" and result.page > 1:
            self._resolve_front(None)
        if result.note_continuation and self.notes:
            self.notes[-1].text += "\n" + result.note_continuation
        self.notes.extend(result.notes)
        for nt in result.notes:
            self._learn(nt.text)
        heading: list[Line] = []
        for ln in result.lines:
            if ln.role == "heading":
                if heading and (
                    ln.flow != heading[-1].flow
                    or abs(ln.size - heading[-1].size) > 0.5
                    or ln.bold != heading[-1].bold
                    or ln.top - heading[-1].bottom > 1.2 * ln.size
                ):
                    self._heading(heading)
                    heading = []
                heading.append(ln)
                continue
            if heading:
                self._heading(heading)
                heading = []
            if self.mode != "skip" and _ends_the_body(ln.raw_text()):
                # a press release's "###" or "-30-": contacts and boilerplate follow
                if self.mode == "front":
                    self._resolve_front(None)
                self._end_para()
                self._close_heading()
                self.exclude("interface", ln.raw_text(), ln.page)
                self.mode, self.endnotes, self.skip_kind = "skip", False, "back_matter"
                continue
            if ln.role == "body":
                self._body(ln)
                continue
            if ln.role == "maths" or (ln.role == "table" and _RELATION.search(ln.text)):
                # (a display whose parts line up in columns is read as a table's rows)
                self.after_maths = True
            elif ln.role == "front":
                self.after_front = True  # a paragraph does not run on across a title
            elif ln.role == "code" and self.mode == "body":
                self._end_para()  # a paragraph does not run on across a code listing
            kind = _ROLE_KIND.get(ln.role, "other")
            if kind == "table" and self.mode == "front":
                # rows of cells above the abstract are the authors' blocks set side by side
                kind = "front_matter"
            elif kind == "table" and self.mode == "skip" and self.skip_kind == "contents":
                # a contents list without dot leaders, its page numbers read as a column
                kind = "contents"
            self.exclude(kind, ln.raw_text(), ln.page)
        if heading:
            self._heading(heading)

    def _learn(self, text: str) -> None:
        self._seen.append(text)
        self._vocab = None

    @property
    def vocab(self) -> set[str]:
        """The document's own words (lower case), the evidence for rejoining hyphenated
        words; built in one pass over everything read."""
        if self._vocab is None:
            self._vocab = set(_WORD.findall("\n".join(self._seen).lower()))
        return self._vocab

    def _heading(self, lines: list[Line]) -> None:
        text = join_lines([(ln.text, ln.page) for ln in lines], self.vocab)[0]
        if self.mode != "front" and is_date_line(text):
            # a date set as a heading (a hearing's "THURSDAY, MAY 8, 2025" over the record):
            # no section of the text
            self.exclude("front_matter", text, lines[0].page)
            return
        key = heading_key(text)
        strong = any(ln.bold or ln.size >= 1.12 * self.body for ln in lines)
        if self.mode == "front":
            # under the first unit of a legal text ("Article 1"), the paragraphs above it are
            # the instrument's preamble (its parties and recitals): running text, no title block
            unit = UNIT_LABEL.match(lines[0].text.strip()) is not None
            self._resolve_front(None if unit else key)
        self._end_para()
        self._close_heading()
        page = lines[0].page
        # a numbered section called "Reference" in the singular (a policy text's "6. Reference",
        # naming the reference version of a document) is a section of text, not a list
        references = REFERENCE_HEADINGS.match(key) and not (
            key == "reference" and NUMBERED_HEADING.match(text)
        )
        if references or BACK_MATTER_HEADINGS.match(key):
            self.mode = "skip"
            self.endnotes = key in ("notes", "endnotes", "notes and references")
            self.skip_kind = (
                "footnote" if self.endnotes
                else "reference" if REFERENCE_HEADINGS.match(key) else "back_matter"
            )  # fmt: skip
            self.exclude(self.skip_kind, text, page)
            return
        if SKIP_HEADINGS.match(key):
            self.mode = "skip"
            self.endnotes = False
            self.skip_kind = "contents" if "contents" in key or "list of" in key else "front_matter"
            self.exclude(self.skip_kind, text, page)
            return
        if self.mode == "skip" and self.skip_kind == "contents" and _CONTENTS_PART.match(key):
            # a contents page's parts under it ("Figures", "Tables", "Appendixes", "Contacts"
            # as research service reports list them): still the contents
            self.exclude("contents", text, page)
            return
        if self.mode == "skip" and not (strong or KNOWN_HEADINGS.match(key)):
            for ln in lines:  # a numbered entry of a list of notes is not a way out of it
                self._body(ln)
            return
        self.mode = "body"
        self.endnotes = False
        self.section = "Abstract" if key in ("abstract", "summary") else section_name(text)
        self._open_heading = (text, page)

    def _body(self, ln: Line) -> None:
        m = _RUN_IN_ABSTRACT.match(ln.text)
        if m and ln.page <= 2 and self.section in ("", "Abstract"):
            if self.mode == "front":
                self._resolve_front("abstract")
            self._end_para()
            self.mode = "body"
            self.section = "Abstract"
            ln.text = ln.text[m.end() :]
        if self.mode != "skip" and _FIRST_REFERENCE.match(ln.text):
            # a reference list without a heading (as REVTeX sets it): "[1] A. Author, ..."
            self._end_para()
            self._close_heading()
            self.mode, self.endnotes, self.skip_kind = "skip", False, "reference"
        if self.mode == "skip":
            if self.endnotes:
                self._endnote(ln)
            self.exclude(self.skip_kind, ln.raw_text(), ln.page)
            return
        self._learn(ln.text)
        if self.after_front:
            self._new_para[id(ln)] = ln
            self.after_front = False
        if self.mode == "front":
            self.front.append(ln)
            return
        self._add(ln)

    def _endnote(self, ln: Line) -> None:
        """A line of a "Notes" section: '12. Text' or a raised '12' starts an endnote."""
        label = note_label(ln)
        m = None if label else _ENDNOTE.match(ln.text)
        if label or m:
            text = _after_label(ln) if label else ln.text[m.end() :]
            self.notes.append(Note(label or m.group(1), text, ln.page))
        elif self.notes and self.notes[-1].page is not None:
            self.notes[-1].text += "\n" + ln.text
        self._learn(ln.text)

    def _add(self, ln: Line) -> None:
        # a sentence that runs on below a displayed equation ("where ...") continues the
        # paragraph the equation interrupted; not after a colon that announces the display
        # ("... is defined as follows:"): the text before it ends there, as a block ending
        # in a colon does (``textclean.continues_block``), and the gloss under the formula
        # ("where x is ...") is read on its own rather than glued to that colon
        # (and only from text in its own type: the labels of a figure read after a display,
        # in small type, are scraps the sentence does not run on from)
        runs_on = (
            self.after_maths
            and ln.text[:1].islower()
            and not (self.prev is not None and self.prev.text.rstrip().endswith(":"))
            and not (
                self.prev is not None
                and abs(ln.size - self.prev.size) > 0.12 * max(ln.size, self.prev.size)
            )
        )
        self.after_maths = False
        if (
            self.cur is None
            or id(ln) in self._new_para
            or (not runs_on and self._starts_paragraph(self.prev, ln))
        ):
            resumed = self._resume(ln)
            if resumed is None:
                label = _STATEMENT_LABEL.match(ln.text) if ln.text[:1].isupper() else None
                if label is not None:
                    self.exclude("heading", ln.text[: label.end()].strip(), ln.page)
                    ln.text = ln.text[label.end() :]
                self.cur = _Para(self.section, ln.size, back_matter=_is_back_matter(ln.text))
                self.paras.append(self.cur)
                self._open_heading = None
            else:
                self.cur = resumed
        self.cur.lines.append((ln.text, ln.page))
        self.prev = ln

    def _resume(self, ln: Line) -> _Para | None:
        """The paragraph a lower-case line continues across a float: the last paragraph
        before a few short scraps (labels of a figure at the top of the next column or page,
        see ``scraps``) that breaks off mid-sentence. A short paragraph in smaller type than the text (an
        axis title, a legend entry) is a scrap too, never the paragraph continued, however
        it ends. The scraps are set aside as excluded text."""
        if not ln.text[:1].islower():
            return None
        for back in range(1, 7):
            if len(self.paras) <= back:
                return None
            para = self.paras[-1 - back]
            scraps = self.paras[-back:]
            if not all(_short(p) or figure_labels(p.lines, p.size, self.body) for p in scraps):
                return None
            if _short(para) and para.size < 0.9 * self.body:
                continue  # a figure's label: look further back
            last = para.lines[-1][0] if para.lines else ""
            if para.section == self.section and last and not _TERMINAL.search(last):
                for p in scraps:
                    for text, page in p.lines:
                        self.exclude("other", text, page)
                del self.paras[-back:]
                return para
        return None

    @staticmethod
    def _starts_paragraph(p: Line | None, ln: Line) -> bool:
        if p is None:
            return True
        if ln.text[:1].islower() and _TAIL_WORD.search(p.text):
            # a word broken at the line end runs on, in the next column or page too
            return False
        if abs(ln.size - p.size) > 0.12 * max(ln.size, p.size):
            return True
        # a first-line indent is measured against the line above in the same flow (an
        # abstract or a quotation is indented as a whole), else against the flow's left edge
        same_flow = p.page == ln.page and p.flow == ln.flow
        left = p.x0 if same_flow else ln.col_left
        # (coming back from a line set out into the margin, a run-in heading's, is no indent)
        indent = (
            ln.x0 - left > 0.6 * ln.size
            and ln.x0 - ln.col_left > 0.3 * ln.size
            and ln.x0 < ln.col_right - 4 * ln.size
        )
        if _CAPS_SPEAKER.match(ln.text) and _TERMINAL.search(p.text):
            return True  # a printed hearing's turn, "Mr. LEE." after a sentence's end
        if (
            _LIST_ITEM.match(ln.text)
            and not (
                same_flow
                and abs(ln.x0 - p.x0) < 0.3 * ln.size
                and _TERMINAL.search(p.text) is None
                and p.col_right - p.x1 < ln.first_w
            )
            and not (ln.text[:1].isdigit() and _REFERENCE_NOUN_END.search(p.text))
        ):
            # each item of a list is a paragraph of its own; not "i." or "2." that merely
            # opens a line in the middle of a sentence (the line above runs to the margin),
            # nor the number of a cross-reference broken from its noun ("in Figure" / "5.")
            return True
        if indent and same_flow and _LIST_ITEM.match(p.text):
            indent = False  # the hanging indent of a list item that runs on
        room = p.col_right - p.x1
        if (
            _STATEMENT_LABEL.match(ln.text)
            and ln.text[:1].isupper()
            and room > max(ln.first_w, 0.2 * (p.col_right - p.col_left))
        ):  # "Lemma 2." under a lead-in a fifth of the column short of the margin ("we have")
            return True
        ended = _TERMINAL.search(p.text) is not None and room > ln.first_w + 0.5 * p.size
        # line to line by the tops and by the bottoms: a line holding a tall formula or
        # subscripts moves one of them, not both
        step = min(ln.top - p.top, ln.bottom - p.bottom)
        gap = step > 1.35 * max(ln.pitch, 0.5 * ln.size)
        if p.page == ln.page and p.flow == ln.flow and gap:
            return True
        return indent or ended

    def _close_heading(self) -> None:
        """A heading with no paragraph under it (a part title over its first subsection)
        names no block: it is recorded so that its text is not lost unseen."""
        if self._open_heading is not None:
            self.exclude("heading", *self._open_heading)
            self._open_heading = None

    def _end_para(self) -> None:
        self.cur = None
        self.prev = None

    def _resolve_front(self, key: str | None) -> None:
        """Page 1 lines before its first heading are the title block, unless one of its
        paragraphs reads like an abstract; with no heading on page 1 they are text."""
        lines, self.front = self.front, []
        self.mode = "body"
        if key in ("abstract", "summary") or not lines:
            for ln in lines:  # a title block over a headed abstract
                self.exclude("front_matter", ln.raw_text(), ln.page)
            return
        self.section = "Abstract" if key is not None else ""
        start = len(self.paras)
        for ln in lines:
            self._add(ln)
        self._end_para()
        if key is not None:
            kept: list[_Para] = []
            last: _Para | None = None
            for para in self.paras[start:]:
                # prose that runs on from a kept paragraph (a story's next paragraphs under
                # its lede) is text too: a title block's lines are no run of sentences
                if _abstract_like(para) or (kept and kept[-1] is last and _prose_like(para)):
                    kept.append(para)
                else:
                    for text, page in para.lines:
                        self.exclude("front_matter", text, page)
                last = para
            self.paras[start:] = kept

    # -- output
    def blocks(self) -> list[Block]:
        if self.mode == "front":
            self._resolve_front(None)
        self._close_heading()
        out: list[Block] = []
        set_aside: dict[str, tuple[str, int | None]] = {}  # section -> (kind, page)
        for para in self.paras:
            text, breaks = self._join(para.lines)
            page = para.lines[0][1] if para.lines else None
            if not text:
                continue
            kind = self._not_text(para, text, page, first=not out)
            if kind is not None:
                self.exclude(kind, text, page)
                set_aside.setdefault(para.section, (kind, page))
                continue
            out.append(
                Block(text=text, section=para.section, page=para.lines[0][1],
                      page_breaks=tuple(breaks))
            )  # fmt: skip
        # a heading over nothing but what was set aside is recorded with it, not lost unseen
        kept = {b.section for b in out}
        for section, (kind, page) in set_aside.items():
            if section and section not in kept:
                self.exclude(kind, section, page)
        return out

    def _not_text(self, para: _Para, text: str, page: int | None, *, first: bool) -> str | None:
        """The kind of excluded text a joined paragraph is (schema.EXCLUDED_KINDS), or None
        when it is running text."""
        if not any(c.isalpha() for c in text):
            return "other"
        if para.back_matter:
            return "back_matter"
        if _DROP_PARAGRAPH.match(text) or (len(text) < 400 and _LICENCE.search(text)):
            return "front_matter"
        if len(para.lines) <= 2 and len(text.split()) <= 16 and _SIGNATURE.match(text):
            # an author's name and role: under the title, or signed at the end
            return "front_matter" if first else "back_matter"
        if _CREDIT.match(text):
            return "caption"
        if page is not None and page <= 2 and _is_affiliation(text):
            return "front_matter"
        if len(para.lines) == 1 and _IMPRINT.match(text):
            return "front_matter"
        if len(text.split()) <= 20 and _PRINTED.search(text) and not _TERMINAL.search(text):
            # a printer's line on a cover: "Printed in Austria", a sales or job number
            return "back_matter" if not first else "front_matter"
        if (
            para.size < 0.88 * self.body
            and len(text.split()) < (30 if para.size < 0.6 * self.body else 8)
            and not _TERMINAL.search(text)
        ):
            # labels inside figures, stray notes in small type, a legend's entries in tiny
            # type: not prose
            return "other"
        return None

    def finished_notes(self) -> list[Note]:
        notes = []
        for nt in self.notes:
            text, _ = self._join([(t, nt.page or 0) for t in nt.text.split("\n")])
            if text:
                notes.append(Note(nt.label, text, nt.page))
        return notes

    def _join(self, lines: list[tuple[str, int]]) -> tuple[str, list[tuple[int, int]]]:
        return join_lines(lines, self.vocab)


def _ends_the_body(text: str) -> bool:
    """A release's end mark ("###", "-30-", "- END -"), not a bare "end" (a line of an
    algorithm's pseudocode)."""
    text = text.strip()
    return is_end_mark(text) and not re.fullmatch(r"ends?", text, re.IGNORECASE)


def _is_back_matter(text: str) -> bool:
    """The line opens with a run-in back-matter label followed by its text."""
    return _RUN_IN_BACK_MATTER.match(text) is not None


def _is_affiliation(text: str) -> bool:
    """An author's affiliation on the first pages: a short block naming an institution
    ("2 Institute of Physics, University of Oslo, Norway") in title-case words, where prose
    that names one runs mostly in lower case."""
    words = text.split()
    if len(words) > 30 or not _INSTITUTION.search(text):
        return False
    long = [w for w in words if sum(c.isalpha() for c in w) >= 4]
    return bool(long) and sum(w[:1].isupper() for w in long) >= 0.7 * len(long)


def _short(para: _Para) -> bool:
    return short_scrap(para.lines)


def _abstract_like(para: _Para) -> bool:
    words = sum(len(t.split()) for t, _ in para.lines)
    last = para.lines[-1][0] if para.lines else ""
    return len(para.lines) >= 3 and words >= 40 and _SENTENCE_END.search(last) is not None


#: the parts of a contents page after its sections: lists of figures, tables, appendixes
_CONTENTS_PART = re.compile(r"^(?:figures|tables|boxes|appendix(?:es)?|appendices|contacts)$")


def _prose_like(para: _Para) -> bool:
    """Sentences set as a paragraph: two lines or more, fifteen words or more, ending a
    sentence, most words in lower case and no e-mail address (an affiliation or a byline is
    in title case; an address block holds an '@')."""
    text = " ".join(t for t, _ in para.lines)
    words = [w for w in text.split() if w[:1].isalpha()]
    lower = sum(w[:1].islower() for w in words)
    return (
        len(para.lines) >= 2
        and len(words) >= 15
        and lower >= 0.6 * len(words)
        and "@" not in text
        and _SENTENCE_END.search(para.lines[-1][0]) is not None
    )


_HEADS: dict[int, tuple[frozenset[str] | set[str], dict[str, int]]] = {}


def _hyphen_heads(vocab: frozenset[str] | set[str]) -> dict[str, int]:
    """How many words of the vocabulary open with each hyphenated head ("forty-"), for
    the vocabulary last asked about (one document's, built once)."""
    hit = _HEADS.get(id(vocab))
    if hit is not None and hit[0] is vocab:
        return hit[1]
    heads: dict[str, int] = {}
    for word in vocab:
        if "-" in word[1:-1]:
            head = word[: word.index("-", 1) + 1]
            heads[head] = heads.get(head, 0) + 1
    _HEADS.clear()
    _HEADS[id(vocab)] = (vocab, heads)
    return heads


def join_lines(
    lines: list[tuple[str, int]], vocab: set[str] | frozenset[str] = frozenset()
) -> tuple[str, list[tuple[int, int]]]:
    """Join the lines of a paragraph into one text; return it with its page breaks.

    A word hyphenated at a line end is rejoined by ``rejoin_hyphenated`` with the document's
    own vocabulary (``vocab``, lower-case words) as evidence, and failing that as a reader
    would, with an English word list (``resources.english_words``); a soft hyphen always joins; a
    range or dash broken after "2020-" or "word\u2014" joins without a space. Ligatures and
    invisible characters are normalised. ``lines`` are (text, page); a page change inside the
    paragraph is recorded as (offset, page) where the new page's text begins.
    """
    text = ""
    breaks: list[tuple[int, int]] = []
    page = lines[0][1] if lines else 0
    soft = False
    for raw, pg in lines:
        raw = collapse_whitespace(raw)
        if not raw:
            continue
        if raw[-1] in "\u2010\u2011":  # typographic hyphens at a line end are hyphens
            raw = raw[:-1] + "-"
        piece = raw if raw.isascii() else normalize_unicode(raw)  # ASCII needs no work
        if not piece:
            continue
        tail = _TAIL_WORD.search(text) if text.endswith("-") else None
        head = _HEAD_WORD.match(piece)
        if not text:
            start = 0
        elif soft:
            start = len(text)
        elif tail and head and len(tail.group(1)) > 2:
            left, right = tail.group(1), head.group(1)
            known = {
                w for w in (f"{left}{right}".lower(), f"{left[:-1]}{right}".lower()) if w in vocab
            }
            if not known and _hyphen_heads(vocab).get(left.lower(), 0) >= 2:
                # the document writes other compounds with this head hyphenated
                # ("forty-first", "forty-third" for "forty-" + "second")
                known.add(f"{left}{right}".lower())
            text = text[: len(text) - len(left)]
            word = rejoin_hyphenated(left, right, known=known, lexicon=english_words())
            start = len(text) + len(word) - len(right)  # the new line starts mid-word
            piece = word + piece[len(right) :]
        elif text[-1] in "-\u2013\u2014/" and len(text) > 1 and text[-2] != " ":
            # a range or dash broken at the line end, or a path or document symbol broken
            # after a slash ("A/AC.105/" + "C.1/L.260", "and/" + "or"): no space
            start = len(text)
        elif text.endswith("www.") and piece[:1].isalnum():
            start = len(text)  # a web address broken after "www."
        else:
            text += " "
            start = len(text)
        text += piece
        soft = raw.endswith("\u00ad")
        if pg != page:
            breaks.append((start, pg))
            page = pg
    return text, breaks
