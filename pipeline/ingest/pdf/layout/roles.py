"""Step 5: the role of each line: body, heading, caption, footnote, reference, furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from pipeline.document import Note
from pipeline.ingest.pdf.layout.lines import NORMAL, RAISED, Line, Token
from pipeline.ingest.pdf.layout.order import _annotate_geometry
from pipeline.ingest.textclean import collapse_whitespace

# 5. Roles
# ---------------------------------------------------------------------------------------------

#: a raised footnote label: a number, note marks, a letter, or any other single mark (a star
#: drawn from a symbol font without a Unicode map reads as "?")
_LABEL = re.compile(r"[0-9]{1,3}|[*\u2020\u2021\u00a7\u00b6]{1,3}|[a-z]|[^\w\s]")
_DOTTED_LABEL = re.compile(r"([0-9]{1,3})[.)]")
_PLAIN_LABEL = re.compile(r"[0-9]{1,3}|[*\u2020\u2021\u00a7\u00b6]{1,3}")
_CALLOUT = re.compile(r"[0-9,\u2013\u2014\-*\u2020\u2021\u00a7\u00b6]+")
_SYMBOLS = set("*\u2020\u2021\u00a7\u00b6")
#: a token ending in a one-letter variable ("m", "(x"): a raised number after it is an exponent
_VARIABLE = re.compile(r"(?:^|[^\w])[^\W\d_]$")
_OPERATORS = frozenset("\u2212+-\u00b1\u2213=/^")
#: punctuation that closes up on the word before it
_CLOSING = frozenset(".,;:!?)]\u201d\u2019")
CAPTION = re.compile(
    r"^(?:fig(?:ure)?s?\.?|table|tab\.|chart|map|box|exhibit|plate|graph|scheme)\s*"
    r"(?:(?:[A-Z]\.?)?\d+[a-z]?(?:\.\d+)*|(?-i:[IVXL]{1,6}))\s*(?:[.:|\u2014\u2013-]|$)",
    re.I,
)
_TABLE_LABEL = re.compile(r"^(?:table|tab\.)\s*(?:(?:[A-Z]\.?)?\d|(?-i:[IVXL]))", re.I)
_CAPTION_SMALL = re.compile(r"^(?:fig(?:ure)?s?\.?|table|sources?:|notes?:)\s*\d*", re.I)
NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,5}\.|[A-Z]\.)\s+(?=\S)")
_TERMINAL = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")

REFERENCE_HEADINGS = re.compile(
    r"^(?:(?:bibliographic(?:al)? |list of )?references?(?: and notes| cited)?|reference list|"
    r"bibliography|works cited|literature cited|"
    r"cited works|sources|notes|endnotes|notes and references|further reading|literature)$"
)
BACK_MATTER_HEADINGS = re.compile(
    r"^(?:acknowledge?ments?|funding(?: information| sources| statement)?|financial support|"
    r"declarations?(?: of (?:competing )?interests?)?|competing interests?(?: statement)?|"
    r"conflicts? of interests?(?: statement)?|disclosure(?: statement)?|"
    r"authors?'? (?:statement|contributions?)|contributions|credit author.*|"
    r"data (?:availability|access|sharing).*|ethics(?: statement)?|ethical approval|"
    r"supplementary (?:materials?|data|information)|appendix [a-z]\. supplementary.*|"
    r"about the authors?|notes on contributors|author biograph.*|biographical notes?)$"
)
SKIP_HEADINGS = re.compile(
    r"^(?:highlights|graphical abstract|article info(?:rmation)?|article history|keywords?|"
    r"(?:table of )?contents|"
    r"list of (?:figures|tables|abbreviations|acronyms)|abbreviations|acronyms)$"
)
#: a table-of-contents entry: dot leaders (or a long run of spaces) then a page number
_TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*[\divxlc]+$|\u2026\s*\d+$", re.I)
KNOWN_HEADINGS = re.compile(
    r"^(?:abstract|summary|executive summary|introduction|background|conclusions?|discussion|"
    r"methods?|methodology|results|findings|analysis|literature review|"
    r"concluding remarks|policy implications|recommendations|appendix(?: [a-z0-9]+)?)$|"
    r"^appendix(?: [a-z0-9]{1,3})? [a-z]+(?: [a-z]+){0,8}$"
)


def named_heading(text: str) -> bool:
    """A heading known by name: Abstract, Introduction, References, Funding, Contents ..."""
    key = heading_key(text)
    named = (KNOWN_HEADINGS, REFERENCE_HEADINGS, BACK_MATTER_HEADINGS, SKIP_HEADINGS)
    return any(p.match(key) for p in named)


def heading_key(text: str) -> str:
    """A heading's text for matching: numbering, case and punctuation dropped."""
    t = NUMBERED_HEADING.sub("", text.strip())
    return re.sub(r"[^a-z ]+", "", t.lower()).strip()


def section_name(text: str) -> str:
    """The section label for a heading: numbering dropped, ALL CAPS softened."""
    t = NUMBERED_HEADING.sub("", collapse_whitespace(text)).strip()
    if t.isupper() and len(t) > 3:
        t = t[0] + t[1:].lower()
    return t


def note_label(ln: Line, dotted: bool = False) -> str:
    """The footnote label that starts ``ln`` (a raised mark, or a number or symbol followed
    by a space; with ``dotted`` also "1." and "1)"), or ''."""
    if len(ln.tokens) < 2:
        return ""
    t0 = ln.tokens[0]
    if t0.kind != NORMAL and _LABEL.fullmatch(t0.text):
        return t0.text
    if not ln.tokens[1].space_before:
        return ""
    if _PLAIN_LABEL.fullmatch(t0.text):
        return t0.text
    m = _DOTTED_LABEL.fullmatch(t0.text) if dotted else None
    return m.group(1) if m else ""


@dataclass(slots=True)
class PageResult:
    page: int
    lines: list[Line]  # reading order, roles set
    notes: list[Note]
    note_continuation: str  # text that continues the previous page's last footnote


def classify_page(
    lines: list[Line], body: float, page: int, open_note: bool, height: float
) -> PageResult:
    """Set roles and clean texts of the ordered lines of one page: captions first (a caption in
    small type is not a footnote), then tables, footnote bodies, footnote callouts and texts,
    and headings."""
    _annotate_geometry(lines, body)
    small = [ln.size < 0.9 * body for ln in lines]
    raws = [ln.raw_text() for ln in lines]
    _mark_captions(lines, raws, small, body)
    _mark_tables(lines)
    notes, continuation = _mark_notes(lines, small, page, open_note, height)
    _set_texts(lines, raws, {nt.label for nt in notes})
    _mark_headings(lines, body)
    _mark_maths(lines, body)
    _mark_scraps(lines, body)
    _mark_subcaptions(lines, body)
    return PageResult(page, lines, notes, "\n".join(continuation))


def _mark_captions(lines: list[Line], raws: list[str], small: list[bool], body: float) -> None:
    """Captions: a caption label line and the lines that continue it in the same type."""
    n = len(lines)
    i = 0
    while i < n:
        ln = lines[i]
        text = raws[i]
        if CAPTION.match(text) or (small[i] and _CAPTION_SMALL.match(text)):
            ln.role = "caption"
            j = i + 1
            label_only = len(text.split()) <= 2  # "Table 3" above its title
            while j < n:
                nx, prev = lines[j], lines[j - 1]
                adjacent = nx.flow == ln.flow and nx.top - prev.bottom < 1.5 * ln.size
                if label_only and j == i + 1 and adjacent:
                    nx.role = "caption"
                    ln = nx  # the title sets the size the caption continues in
                    j += 1
                    continue
                if _caption_subscript(lines, raws, j, ln):
                    # a row of smaller type stacked in the caption (a fraction's
                    # denominator) with the caption going on right under it
                    nx.role = "caption"
                    j += 1
                    continue
                if abs(nx.size - ln.size) > 0.5 or (
                    nx.flow != ln.flow and not _caption_tail(prev, nx)
                ):
                    break
                # lines of a caption are as close as its type, or as the text's lines in a
                # double-spaced document
                if nx.top - prev.top > max(1.6 * max(ln.size, 1.0) + 0.5, 1.2 * ln.pitch):
                    break
                if (
                    ln.size >= 0.9 * body
                    and _SENTENCE_END.search(prev.raw_text())
                    and prev.x1 < prev.col_right - 2 * ln.size
                ):
                    break
                nx.role = "caption"
                j += 1
            if _TABLE_LABEL.match(text):
                j = _mark_table_body(lines, j, ln, body)
            i = j
        else:
            i += 1


def _caption_subscript(lines: list[Line], raws: list[str], j: int, caption: Line) -> bool:
    """``lines[j]`` is a short row in smaller type right under a caption's line (three
    tokens at most, less than half a line away), and the line after it goes on in the
    caption's type as close."""
    if j + 1 >= len(lines) or j == 0:
        return False
    prev, nx, after = lines[j - 1], lines[j], lines[j + 1]
    return (
        nx.flow == after.flow == caption.flow
        and nx.size < caption.size - 0.5
        and len(raws[j].split()) <= 3
        and nx.top - prev.bottom < 0.5 * caption.size
        and abs(after.size - caption.size) <= 0.5
        and after.top - prev.bottom < 1.5 * caption.size
    )


def _caption_tail(prev: Line, nx: Line) -> bool:
    """The short last line of a caption set across the columns, which falls inside the
    first column: right under the caption's line, at its left edge."""
    return (
        prev.col == -1
        and nx.col == 0
        and abs(nx.x0 - prev.x0) < 1.0
        and nx.top - prev.bottom < 0.8 * nx.size
    )


def _mark_table_body(lines: list[Line], j: int, caption: Line, body: float) -> int:
    """A table's caption stands above it: the lines right under the caption set in smaller
    type than the body text (cells, or boxed examples of prose) are the table, down to the
    next line of body size or a gap of more than two lines. Returns the index after them."""
    prev = lines[j - 1]
    while j < len(lines):
        nx = lines[j]
        if (
            nx.flow != caption.flow
            or nx.role != "body"
            or nx.size >= 0.95 * body
            or nx.top - prev.bottom > 2.0 * nx.size
        ):
            break
        nx.role = "table"
        prev = nx
        j += 1
    return j


def _mark_tables(lines: list[Line]) -> None:
    """Tables: two or more rows whose wide gaps line up, and the lines between them; not a
    line of prose between them with no wide gap (the sentence that runs on between two
    displayed formulas whose parts line up: "Also, for the identity we have")."""
    run: list[int] = []

    def close_run() -> None:
        if len(run) >= 2:
            for k in range(run[0], run[-1] + 1):
                ln = lines[k]
                if ln.flow == lines[run[0]].flow and ln.role == "body" and not _prose_row(ln):
                    ln.role = "table"

    for i, ln in enumerate(lines):
        if not ln.gaps or ln.role != "body":
            continue
        last = lines[run[-1]] if run else None
        if last is not None and i - run[-1] <= 2 and ln.flow == last.flow and _aligned(last, ln):
            run.append(i)
        else:
            close_run()
            run = [i]
    close_run()


def _prose_row(ln: Line) -> bool:
    """A line with no wide gap made of six words or more, nearly all of them words of prose."""
    if ln.gaps:
        return False
    tokens = ln.raw_text().split()
    return len(tokens) >= 6 and sum(1 for t in tokens if _PROSE_WORD.match(t)) >= 0.7 * len(tokens)


def _mark_notes(
    lines: list[Line], small: list[bool], page: int, open_note: bool, height: float
) -> tuple[list[Note], list[str]]:
    """Footnote bodies: small type with no body-size text below it in its column, starting
    with a label; unlabelled small lines at the very bottom may continue the last footnote of
    the previous page (returned as the continuation)."""
    n = len(lines)
    notes: list[Note] = []
    continuation: list[str] = []
    if n:
        big = np.array([not s for s in small])
        tops = np.array([ln.top for ln in lines])
        x0s = np.array([ln.x0 for ln in lines])
        x1s = np.array([ln.x1 for ln in lines])
        cand = [
            i
            for i, ln in enumerate(lines)
            if small[i]
            and ln.role == "body"
            and not bool(np.any(big & (tops > ln.bottom - 1) & (x0s < ln.x1) & (x1s > ln.x0)))
        ]
        runs: list[list[int]] = []
        for i in cand:
            if runs and i == runs[-1][-1] + 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        current: Note | None = None
        for run_ in runs:
            labelled = [i for i in run_ if note_label(lines[i], dotted=True)]
            head = run_[: run_.index(labelled[0])] if labelled else run_
            first = lines[head[0]] if head else None
            if (
                first is not None
                and open_note
                and not notes
                and first.top > 0.7 * height
                and first.raw_text()[:1].islower()
            ):
                for i in head:
                    lines[i].role = "note"
                    continuation.append(lines[i].raw_text())
            elif page == 1 and head and not labelled and lines[head[0]].top > 0.75 * height:
                # unlabelled small print under the text of page 1: addresses, licences, dates
                for i in head:
                    lines[i].role = "front"
            if not labelled:
                continue
            for i in run_[run_.index(labelled[0]) :]:
                ln = lines[i]
                ln.role = "note"
                label = note_label(ln, dotted=True)
                if label:
                    current = Note(label, _after_label(ln), page)
                    notes.append(current)
                elif current is not None:
                    current.text += "\n" + ln.raw_text()

    return notes, continuation


def _set_texts(lines: list[Line], raws: list[str], labels: set[str]) -> None:
    """Texts without footnote callouts; table-of-contents entries are not text."""
    for ln, raw in zip(lines, raws, strict=True):
        ln.text = _text_without_callouts(ln, labels, raw)
        if ln.role == "body" and _TOC_LINE.search(ln.text):
            ln.role = "toc"


def _mark_headings(lines: list[Line], body: float) -> None:
    prev: Line | None = None
    text_lines = [ln for ln in lines if ln.role == "body"]
    following = dict(zip(map(id, text_lines), text_lines[1:], strict=False))
    for ln in lines:
        if ln.role == "body" and _is_heading(ln, prev, following.get(id(ln)), body):
            ln.role = "heading"
        if ln.role in ("body", "heading"):
            prev = ln
    _mark_two_line_numbered(lines)
    # the middle line of a heading set over three lines, which runs nearly to the margin
    # (or ends on a word in another font), is part of the heading
    for k in range(1, len(lines) - 1):
        above, ln, below = lines[k - 1], lines[k], lines[k + 1]
        if (
            ln.role == "body"
            and above.role == below.role == "heading"
            and above.flow == ln.flow == below.flow
            and abs(above.size - ln.size) < 0.5
            and abs(below.size - ln.size) < 0.5
            and above.bold == ln.bold == below.bold
            and ln.top - above.bottom < 0.8 * ln.size
            and below.top - ln.bottom < 0.8 * ln.size
            and not _SENTENCE_END.search(ln.text)
        ):
            ln.role = "heading"
    # a paragraph set in bold or large type (an abstract in some styles) holds sentences: its
    # lines are text, not a heading
    run: list[Line] = []
    for cur in [*lines, None]:
        if (
            cur is not None
            and cur.role == "heading"
            and run
            and cur.flow == run[-1].flow
            and abs(cur.size - run[-1].size) < 0.5
            and cur.top - run[-1].bottom < 0.8 * cur.size
        ):
            run.append(cur)
            continue
        if len(run) > 2:
            text = " ".join(r.text for r in run)
            if len(text.split()) > 30 or _PROSE_IN_HEADING.search(text):
                for r in run:
                    r.role = "body"
        run = [cur] if cur is not None and cur.role == "heading" else []


def _mark_scraps(lines: list[Line], body: float) -> None:
    """Lines that are not text: a line of marks alone (the daggers of an author's
    affiliations, a row of asterisks), which must not end the paragraph it interrupts; and a
    short line in small type without a sentence end standing between lines of a figure,
    table or formula in its flow (an axis title among tick labels), or at the start or end
    of its flow, or alone in it, right next to such a line (the axis title under the tick
    labels, under a figure that spans the columns); and a line of numbers and signs without
    a word, in any type, right next to a line of a float in its flow (tick labels read as a
    line of body size at the top of a page, which a hyphenated word must not run on into)."""
    by_flow: dict[int, list[Line]] = {}
    for ln in lines:
        by_flow.setdefault(ln.flow, []).append(ln)
    for group in by_flow.values():
        for k, ln in enumerate(group):
            if ln.role != "body":
                continue
            if not any(c.isalnum() for c in ln.text):
                ln.role = "other"
                continue
            around = [group[i] for i in (k - 1, k + 1) if 0 <= i < len(group)]
            if (
                not _LETTER_WORD.search(ln.text)
                and not _closes_sentence(ln, group[k - 1] if k else None)
                and any(o.role in _FLOAT_ROLES and _next_to(ln, o) for o in around)
            ):
                # numbers alone ("0.50 20") right next to a figure's or a table's lines, in
                # body type too: tick labels, not text a paragraph runs on into
                ln.role = "other"
                continue
            if (
                len(ln.text.split()) > 4
                or ln.size >= 0.95 * body
                or _TERMINAL.search(ln.text) is not None
            ):
                continue
            if around and all(o.role in _FLOAT_ROLES for o in around):
                # between two lines of a float, or at the end of its flow right next to one
                if len(around) == 2 or _next_to(ln, around[0]):
                    ln.role = "other"
            elif not around and any(_next_to(ln, o) for o in lines if o.role in _FLOAT_ROLES):
                ln.role = "other"


#: the label of a panel's caption: "(a) Hazard of ...", "b) Counts by ..."
_PANEL_LABEL = re.compile(r"^\(?[a-h]\)\s+\S")


def _mark_subcaptions(lines: list[Line], body: float) -> None:
    """The caption of a panel of a figure: lines in small type, the first opening with a
    panel label ("(a) ..."), with no line of text in the body's type right before or after
    them in their flow (they stand among the figure's labels and numbers, or over its
    caption). A list in small type between paragraphs of text keeps its role."""
    by_flow: dict[int, list[Line]] = {}
    for ln in lines:
        by_flow.setdefault(ln.flow, []).append(ln)

    def text_line(o: Line | None) -> bool:
        return o is not None and o.role == "body" and o.size >= 0.9 * body

    for group in by_flow.values():
        k = 0
        while k < len(group):
            ln = group[k]
            if not (ln.role == "body" and ln.size < 0.9 * body and _PANEL_LABEL.match(ln.text)):
                k += 1
                continue
            end = k + 1
            while (
                end < len(group)
                and group[end].role == "body"
                and abs(group[end].size - ln.size) < 0.5
                and not _PANEL_LABEL.match(group[end].text)
                and group[end].top - group[end - 1].bottom < 1.2 * ln.size
            ):
                end += 1
            before = group[k - 1] if k else None
            after = group[end] if end < len(group) else None
            if not text_line(before) and not text_line(after):
                for o in group[k:end]:
                    o.role = "caption"
            k = end


def _closes_sentence(ln: Line, above: Line | None) -> bool:
    """A line of numbers that ends the sentence of the full line of text above it ("2011)."
    under "... (Author et al."), at its column's left edge: text, though a figure's numbers
    stand right under it."""
    return (
        above is not None
        and above.role == "body"
        and abs(above.size - ln.size) < 0.5
        and above.x1 >= above.col_right - 2 * above.size
        and _SENTENCE_END.search(ln.text) is not None
        and abs(ln.x0 - above.x0) < 2 * ln.size
    )


def _next_to(ln: Line, other: Line) -> bool:
    """``other`` is right above or below ``ln`` (less than two lines apart) and overlaps it
    across."""
    gap = max(other.top - ln.bottom, ln.top - other.bottom)
    return gap < 2 * ln.size and min(ln.x1, other.x1) > max(ln.x0, other.x0)


#: a sentence ending and the next beginning ("... was measured. The results ...")
_PROSE_IN_HEADING = re.compile(r"[a-z]{2}[.!?][\"'\u201d\u2019)]*\s+[A-Z][a-z]")
_CAPS_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,5}\.|[A-Z]\.)\s+[^a-z]+$")
_FLOAT_ROLES = frozenset({"maths", "table", "caption", "other"})
#: a word of two letters or more: what a line of numbers and signs lacks
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
#: signs that join the terms of a formula
_DISPLAY_OPERATORS = frozenset("=+\u2212\u00b1\u00d7\u2211\u222b<>\u2264\u2265\u2248\u223c")
_EQUATION_NUMBER = re.compile(r"\((?:[A-Z]?\d{1,3}(?:\.\d{1,3})?[a-z]?)\)$")
_PROSE_WORD = re.compile(r"^[(\[\"'\u201c]?[A-Za-z][a-z]{2,}(?:-[a-z]+)*[,.;:)\]\"'\u201d]*$")


def _mark_maths(lines: list[Line], body: float) -> None:
    """Displayed mathematics: a line set apart from the column's left edge (centred or
    indented) in which few tokens are words, or a bare equation number; and, wherever it
    stands, a line in small type made of symbols and operators with hardly a word (a row of
    a display whose parts are set smaller: indices, fractions, a bracketed sum). Lines that
    run on from the left edge are prose with inline symbols and stay text, as does a line at
    the left edge that continues the sentence of the full line above it."""
    prev: Line | None = None
    for ln in lines:
        if ln.role != "body":
            continue
        above, prev = prev, ln
        text = ln.text.strip()
        tokens = text.split()
        if not tokens:
            continue
        words = sum(1 for t in tokens if _PROSE_WORD.match(t))
        share = words / len(tokens)
        if (
            ln.size < 0.8 * body
            and len(tokens) >= 3
            and share < 0.2
            and words <= 1
            and any(c in _DISPLAY_OPERATORS for c in text)
        ):
            ln.role = "maths"
            continue
        apart = ln.x0 - ln.col_left > 1.5 * ln.size
        if (
            above is not None
            and above.flow == ln.flow
            and ln.x0 - ln.col_left < 0.6 * ln.size
            and above.x1 > above.col_right - 2 * above.size
            and _TERMINAL.search(above.text) is None
            and not _EQUATION_NUMBER.search(text)
        ):
            continue
        numbered = _EQUATION_NUMBER.search(text) is not None
        symbolic = ("=" in text or numbered) and share < 0.2 and words <= 1
        if (
            _EQUATION_NUMBER.fullmatch(text)
            or symbolic
            or (apart and (share < 0.4 or (numbered and share < 0.6)) and words <= 4)
        ):
            ln.role = "maths"
    _mark_stacked_displays(lines)


def _mark_stacked_displays(lines: list[Line]) -> None:
    """A formula with a big operator's limits (a sum from j=0 to k-1) or a fraction set
    above and below its main row: a line holding a relation sign, set in from the left edge
    of its text, with rows of smaller type stacked tight against it above and below (less
    than half a line away, narrower, and inside its width) is displayed maths though it names
    a word or two ("number of items = ..."); so are the stacked rows. A line of prose at the
    left edge, or made mostly of words (a paragraph's indented first line, with an exponent
    of the next line set as a row of its own under it), or with a row on one side only (an
    inline sum's index), or without a relation sign, keeps its role."""
    for k, ln in enumerate(lines):
        if ln.role != "body" or not any(c in _DISPLAY_OPERATORS for c in ln.text):
            continue
        if ln.x0 - ln.col_left < 0.6 * ln.size or _TERMINAL.search(ln.text.strip()):
            continue
        tokens = ln.text.split()
        if sum(1 for t in tokens if _PROSE_WORD.match(t)) >= 0.5 * len(tokens):
            continue  # mostly words: the indented first line of a paragraph
        stacked = [
            o
            for o in (lines[k - 1] if k else None, lines[k + 1] if k + 1 < len(lines) else None)
            if o is not None
            and o.flow == ln.flow
            and o.role in ("body", "maths", "other")
            and o.size < 0.85 * ln.size
            and max(o.top - ln.bottom, ln.top - o.bottom) < 0.5 * ln.size
            and o.x0 >= ln.x0 - 1
            and o.x1 <= ln.x1 + 1
            and o.x1 - o.x0 < 0.5 * (ln.x1 - ln.x0)
        ]
        if len(stacked) == 2:
            ln.role = "maths"
            for o in stacked:
                o.role = "maths"


def _after_label(ln: Line) -> str:
    out: list[str] = []
    for t in ln.tokens[1:]:
        if out and t.space_before:
            out.append(" ")
        out.append(t.text)
    return "".join(out)


def _aligned(a: Line, b: Line) -> bool:
    return any(min(g1, h1) - max(g0, h0) > 1.0 for g0, g1 in a.gaps for h0, h1 in b.gaps)


def _text_without_callouts(ln: Line, labels: set[str], raw: str) -> str:
    """The line's text without footnote callouts (GROBID's rule: a raised or smaller
    number that matches a footnote label on the page; raised numbers glued to a word are
    dropped even when their footnote is on another page)."""
    toks = ln.tokens
    if all(t.kind == NORMAL for t in toks):
        return raw
    out: list[str] = []
    prev: Token | None = None
    dropped = False
    for k, t in enumerate(toks):
        drop = False
        if t.kind != NORMAL and not (k == 0 and ln.role == "note"):
            if _CALLOUT.fullmatch(t.text):
                parts = {p for p in re.split(r"[,\u2013\u2014-]+", t.text) if p}
                glued = (
                    prev is not None
                    and prev.kind == NORMAL  # not "s" "−" "1": an exponent
                    and not t.space_before
                    and not prev.text[-1:].isdigit()
                    and prev.text[-1:] not in _OPERATORS
                    and not _VARIABLE.search(prev.text)  # "m2", "x3": an exponent
                )
                drop = bool(parts & labels) or (t.kind == RAISED and (glued or parts <= _SYMBOLS))
            else:  # a raised mark that labels a footnote of this page ("values\u22c6")
                drop = t.kind == RAISED and t.text in labels
        if drop:
            prev, dropped = t, True
            continue
        if out and t.space_before and not (dropped and t.text[:1] in _CLOSING):
            out.append(" ")
        out.append(t.text)
        prev, dropped = t, False
    return "".join(out)


def _next_item(text: str, nxt: Line | None, ln: Line) -> bool:
    """The line below starts with the next number at the same left
    edge: "1 School of Physics" over "2 Department of ...", a numbered list of affiliations
    or items, not a heading."""
    m = re.match(r"(\d{1,2})\b", text)
    if m is None or nxt is None or nxt.flow != ln.flow or abs(nxt.x0 - ln.x0) > 1.0:
        return False
    return re.match(rf"{int(m.group(1)) + 1}\b", nxt.text) is not None


def _run_in(ln: Line) -> bool:
    """A bold run-in heading opening a line of text ("Data sets. The corpus ..."): the line's
    last word is not bold."""
    words = [t for t in ln.tokens if t.kind == NORMAL]
    return bool(words) and ln.bold and not words[-1].bold


def _is_heading(ln: Line, prev: Line | None, nxt: Line | None, body: float) -> bool:
    text = ln.text.strip()
    words = text.split()
    if not words or len(text) > 160 or len(words) > 22:
        return False
    if not any(c.isalpha() for c in text) or text[-1] in ",;":
        return False
    # a displayed formula set in bold or large type is not a heading
    wordy = sum(1 for w in words if len(re.sub(r"[\W\d_]", "", w)) >= 2)
    if "=" in text or wordy < 0.5 * len(words):
        return False
    short = ln.x1 < ln.col_right - 2.0 * ln.size
    larger = ln.size >= 1.12 * body
    # bold headings are often set a size down (9 on 10 pt, measured as 8.97)
    styled = larger or (ln.bold and ln.size >= 0.88 * body and not _run_in(ln))
    if styled:
        return not (_SENTENCE_END.search(text) and len(words) > 8)
    if ln.size < 0.85 * body and not (
        ln.size >= 0.75 * body
        and (_CAPS_NUMBERED.match(text) or (text.isupper() and named_heading(text)))
    ):
        # small capitals headings are set a size down: numbered ("IV. RESULTS") or known by
        # name ("REFERENCES", "ACKNOWLEDGMENT", which such styles leave unnumbered)
        return False
    gap_above = prev is None or prev.flow != ln.flow or ln.top - prev.top > 1.3 * ln.pitch
    # some styles leave the space below a run-in heading, not above it
    gap_below = nxt is not None and nxt.flow == ln.flow and nxt.top - ln.top > 1.3 * ln.pitch
    set_apart = gap_above or gap_below
    prev_ended = (
        prev is None
        or prev.role == "heading"
        or (_SENTENCE_END.search(prev.text) is not None and prev.x1 < prev.col_right - ln.size)
    )
    # a numbered heading may run almost to the column's edge
    numbered = NUMBERED_HEADING.match(text) is not None
    short = short or (numbered and ln.x1 < ln.col_right - 1.0 * ln.size)
    # the text above ends a sentence, though its last line may run to the margin
    after_sentence = (
        prev is None
        or prev.role == "heading"
        or prev.flow != ln.flow
        or _SENTENCE_END.search(prev.text) is not None
    )
    # some styles set a heading in the text's own type, centred, or with no space around it
    # but the first-line indent of the paragraph under it
    centred = _centred(ln)
    # (a heading at the foot of a column: the paragraph opens the next one)
    indented_below = (
        nxt is not None
        and nxt.text[:1].isupper()
        and (
            0.6 * ln.size < nxt.x0 - ln.x0 < 4 * ln.size and nxt.top - ln.bottom < 1.5 * ln.size
            if nxt.flow == ln.flow
            else 0.6 * nxt.size < nxt.x0 - nxt.col_left < 4 * nxt.size
        )
    )
    # a numbered heading with space above and an indented paragraph under it may fill the line
    short = short or (numbered and gap_above and indented_below)
    alone = short and (
        gap_above
        or prev_ended
        or (after_sentence and (centred or (numbered and (gap_below or indented_below))))
    )
    if not alone or _SENTENCE_END.search(text):
        return False
    if named_heading(text):
        return True
    if numbered and len(words) <= 12 and (set_apart or centred or indented_below):
        # not the first line of a numbered list item whose sentence runs on
        runs_on = nxt is not None and nxt.flow == ln.flow and nxt.text[:1].islower()
        return (
            NUMBERED_HEADING.sub("", text)[:1].isupper()
            and not runs_on
            and not _next_item(text, nxt, ln)
        )
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and text.isupper() and len(words) <= 10 and set_apart:
        return True
    # a heading of two words or more in title case and the text's own type, set apart
    # above, after a sentence's end, with a paragraph under it that opens with a space or an
    # indent and runs to the margin ("Numerical Examples"; not a figure's axis title, nor
    # "Using" or "Then" standing over a displayed formula)
    return (
        len(letters) >= 4
        and 2 <= len(words) <= 8
        and ln.size >= 0.95 * body
        and gap_above
        and after_sentence
        and (gap_below or indented_below)
        and _title_case(words)
        and nxt is not None
        and nxt.top - ln.bottom < 3 * ln.size
        and len(nxt.text.split()) >= 6
        and nxt.x1 >= nxt.col_right - 2 * nxt.size
    )


def _mark_two_line_numbered(lines: list[Line]) -> None:
    """A numbered heading broken over two lines in the text's own type ("2.1.2 Comparison of
    the methods used to fit the" over "limb-darkening laws"): the numbered line after a
    sentence's end, a short second line in the same type right under it, neither ending as a
    sentence or a clause does, fourteen words at most, and under them a paragraph that opens
    with a capital after a space or a first-line indent. The two lines of a numbered list
    item are followed by the next item at the same left edge, not by an indent."""
    prev: Line | None = None
    for k in range(len(lines) - 2):
        a, b, c = lines[k], lines[k + 1], lines[k + 2]
        if k and lines[k - 1].role in ("body", "heading"):
            prev = lines[k - 1]
        if not (a.role == b.role == c.role == "body" and a.flow == b.flow == c.flow):
            continue
        m = NUMBERED_HEADING.match(a.text)
        if m is None or not a.text[m.end() :][:1].isupper():
            continue
        if prev is not None and prev.flow == a.flow and _TERMINAL.search(prev.text) is None:
            continue  # (a heading follows a sentence's end, or opens the column)
        if (
            abs(a.size - b.size) > 0.5
            or abs(b.size - c.size) > 0.5
            or _TERMINAL.search(a.text.strip()) is not None
            or _TERMINAL.search(b.text.strip()) is not None
            or a.text.rstrip()[-1:] == ","
            or len(a.text.split()) + len(b.text.split()) > 14
            or b.x1 > b.col_right - 2 * b.size
            or b.top - a.top > 1.3 * a.pitch
            or not c.text[:1].isupper()
            or _next_item(a.text, c, a)
        ):
            continue
        spaced = c.top - b.top > 1.3 * b.pitch
        indented = c.x0 - a.x0 > 0.6 * c.size and c.x0 < c.col_right - 4 * c.size
        if spaced or indented:
            a.role = b.role = "heading"


def _centred(ln: Line) -> bool:
    """Set in from both edges of its column by about as much (two ems or more)."""
    left, right = ln.x0 - ln.col_left, ln.col_right - ln.x1
    return left > 2 * ln.size and abs(left - right) < 1.5 * ln.size


#: short words a title leaves in lower case
_TITLE_SMALL = frozenset({
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the",
    "to", "vs", "via", "with",
})  # fmt: skip


def _title_case(words: list[str]) -> bool:
    """Every word but the short ones a title leaves in lower case opens with a capital."""
    seen = 0
    for k, w in enumerate(words):
        core = w.strip("()[]\"'“”‘’,:")
        if not core or not core[0].isalpha():
            continue
        if core[0].isupper():
            seen += 1
        elif k == 0 or core.lower() not in _TITLE_SMALL:
            return False
    return seen >= 1


# ---------------------------------------------------------------------------------------------
