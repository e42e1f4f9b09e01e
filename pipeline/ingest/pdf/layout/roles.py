"""Step 5: the role of each line: body, heading, caption, footnote, reference, furniture."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from pipeline.document import Note
from pipeline.ingest.pdf.layout.code import mark_code
from pipeline.ingest.pdf.layout.headings import (
    _SENTENCE_END,
    _TERMINAL,
    BACK_MATTER_HEADINGS,
    KNOWN_HEADINGS,
    NUMBERED_HEADING,
    REFERENCE_HEADINGS,
    SKIP_HEADINGS,
    _mark_headings,
    _run_in,
    heading_key,
    named_heading,
    section_name,
)
from pipeline.ingest.pdf.layout.lines import NORMAL, RAISED, Line, Token
from pipeline.ingest.pdf.layout.maths import (
    _EQUATION_NUMBER,
    _PROSE_WORD,
    _mark_maths,
    _next_to,
)
from pipeline.ingest.pdf.layout.order import _annotate_geometry

# 5. Roles
# ---------------------------------------------------------------------------------------------

__all__ = [
    "BACK_MATTER_HEADINGS", "CAPTION", "KNOWN_HEADINGS", "NUMBERED_HEADING", "REFERENCE_HEADINGS",
    "SKIP_HEADINGS", "_SENTENCE_END", "_TERMINAL", "PageResult", "_run_in", "classify_page",
    "heading_key", "named_heading", "note_label", "section_name",
]  # fmt: skip

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
    r"^(?:fig(?:ure)?s?\.?|table|tab\.|chart|map|box|exhibit|plate|graph|scheme|algorithm|"
    r"listing)\s*"
    r"(?:(?:[A-Z]\.?)?\d+[a-z]?(?:\.\d+)*|(?-i:[IVXL]{1,6}))\s*(?:[.:|\u2014\u2013-]|$)",
    re.I,
)
#: the caption of a boxed algorithm or listing, set above its steps
_ALGORITHM_LABEL = re.compile(r"^(?:algorithm|listing)\s*\d+[a-z]?\b", re.I)
#: the words of a caption's label set in bold ("Algorithm" "1"), with the title after it
_LABEL_WORD = re.compile(r"^(?:fig(?:ure)?\.?|table|algorithm|listing)$", re.I)
_LABEL_NUMBER = re.compile(r"^(?:[A-Z]\.?)?\d+[a-z]?(?:\.\d+)*[.:]?$")
_TABLE_LABEL = re.compile(r"^(?:table|tab\.)\s*(?:(?:[A-Z]\.?)?\d|(?-i:[IVXL]))", re.I)
_CAPTION_SMALL = re.compile(r"^(?:fig(?:ure)?s?\.?|table|sources?:|notes?:)\s*\d*", re.I)

#: a table-of-contents entry: dot leaders (or a long run of spaces) then a page number
_TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*[\divxlc]+$|\u2026\s*\d+$", re.I)


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
    lines: list[Line],
    body: float,
    page: int,
    open_note: bool,
    height: float,
    *,
    typewriter: bool = False,
) -> PageResult:
    """Set roles and clean texts of the ordered lines of one page: captions first (a caption in
    small type is not a footnote), then tables, footnote bodies, footnote callouts and texts,
    and headings."""
    _annotate_geometry(lines, body)
    small = [ln.size < 0.9 * body for ln in lines]
    raws = [ln.raw_text() for ln in lines]
    _mark_captions(lines, raws, small, body)
    _mark_tables(lines)
    _mark_column_tables(lines, body)
    notes, continuation = _mark_notes(lines, small, page, open_note, height)
    _set_texts(lines, raws, {nt.label for nt in notes})
    _mark_headings(lines, body)
    _mark_maths(lines, body)
    mark_code(lines, typewriter=typewriter)
    _mark_scraps(lines, body)
    _mark_legends(lines, body)
    _mark_subcaptions(lines, body)
    return PageResult(page, lines, notes, "\n".join(continuation))


def _runs_on_from(above: Line, above_text: str, ln: Line) -> bool:
    """``ln`` opens with a caption's label ("Table 2.", "Figure 5") but carries on the
    sentence of the line right above it: in the same column and type, one line pitch below
    a line of text that runs to the column's edge without ending a sentence ("... the values
    given in" / "Table 2."). A caption stands apart from the text: after a float, a gap, or
    a sentence's end."""
    return (
        above.role == "body"
        and above.flow == ln.flow
        and abs(above.size - ln.size) <= 0.05 * max(ln.size, 1.0)
        and 0 < ln.top - above.top <= max(1.3 * ln.size, 1.1 * ln.pitch)
        and abs(ln.x0 - ln.col_left) < 0.6 * ln.size
        and above.col_right - above.x1 < 2.0 * ln.size
        and _TERMINAL.search(above_text.rstrip()) is None
        and above_text.rstrip()[-1:].isalpha()
    )


def _mark_captions(lines: list[Line], raws: list[str], small: list[bool], body: float) -> None:
    """Captions: a caption label line and the lines that continue it in the same type."""
    n = len(lines)
    i = 0
    while i < n:
        ln = lines[i]
        text = raws[i]
        if (
            CAPTION.match(text)
            or (small[i] and _CAPTION_SMALL.match(text))
            or _bold_label(ln)
            or _set_apart_label(ln, text)
        ) and not (i > 0 and _runs_on_from(lines[i - 1], raws[i - 1], ln)):
            ln.role = "caption"
            j = i + 1
            label_only = len(text.split()) <= 2  # "Table 3" above its title
            # a caption set apart by bold or centring goes on only in bold (not into the
            # rows of the table under it, set in the same size)
            apart = not (CAPTION.match(text) or _bold_label(ln) or small[i])
            while j < n:
                nx, prev = lines[j], lines[j - 1]
                if apart and not all(t.bold for t in nx.tokens):
                    break
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
            _mark_cut_tail(lines, j, lines[j - 1])
            if _TABLE_LABEL.match(text) or _ALGORITHM_LABEL.match(text):
                j = _mark_table_body(lines, j, ln, body)
            i = j
        else:
            i += 1


def _bold_label(ln: Line) -> bool:
    """A caption whose label is set in bold with no punctuation after it ("Algorithm 3
    Merging two catalogues"): the label's two words bold, the title after them not. A sentence
    that names a figure ("Algorithm 3 merges ...") is set in the text's type."""
    t = ln.tokens
    return (
        len(t) >= 3
        and t[0].bold
        and t[1].bold
        and not t[2].bold
        and _LABEL_WORD.match(t[0].text) is not None
        and _LABEL_NUMBER.match(t[1].text) is not None
    )


#: a caption's label and number with its title after a space only ("Table 1  Launches by year")
_BARE_LABEL = re.compile(
    r"^(?:fig(?:ure)?\.?|table|chart|map|box|exhibit|graph)\s*\d+[a-z]?\s+(?-i:[A-Z\u00c0-\u00de])",
    re.I,
)


def _set_apart_label(ln: Line, text: str) -> bool:
    """A caption with no punctuation after its number, set apart as captions are: the whole
    line bold, or centred in its column; short and not a sentence. A sentence that names a
    table ("Table 1 lists ...") runs from the column's edge in the text's type."""
    if not _BARE_LABEL.match(text) or len(text.split()) > 14 or text.rstrip().endswith("."):
        return False
    bold = all(t.bold for t in ln.tokens)
    left, right = ln.x0 - ln.col_left, ln.col_right - ln.x1
    centred = left > 2 * ln.size and abs(left - right) < 2 * ln.size
    return bold or centred


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


def _mark_cut_tail(lines: list[Line], j: int, last: Line) -> None:
    """The rest of a caption cut off into the band below by a line across the gutter (a
    formula of the other column): right under its last line, which ends no sentence, in its
    column, type and left edge, later in reading order."""
    if last.col < 0 or _SENTENCE_END.search(last.raw_text().rstrip()):
        return
    for o in lines[j:]:
        if (
            o.role == "body"
            and o.col == last.col
            and o.flow != last.flow
            and abs(o.x0 - last.x0) < 1.0
            and abs(o.size - last.size) <= 0.5
            and 0 <= o.top - last.bottom < 0.8 * o.size
        ):
            o.role = "caption"
            return


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
    next line of body size or a gap of more than two lines. So are the steps of an algorithm
    in smaller type under its caption ("Algorithm 2: ..."), formulas among them. Returns the
    index after them."""
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
            # rows that end in an equation number: a display whose parts line up, not a table
            display = any(_EQUATION_NUMBER.search(lines[k].raw_text().strip()) for k in run)
            for k in range(run[0], run[-1] + 1):
                ln = lines[k]
                if (
                    ln.flow == lines[run[0]].flow
                    and ln.role == "body"
                    and not _prose_row(ln, between_displays=display)
                ):
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


def _mark_column_tables(lines: list[Line], body: float) -> None:
    """A table whose cell columns were read as columns of text: a band of two or more
    columns right above or below a caption, three lines or more in each column, each column
    either rows already found to be a table's or lines of which none ends a sentence and
    half are under half the width the column's text takes on the page (cells, not lines of
    a paragraph that fill the column). Its lines are the table's rows. Columns of text next to a caption fill their
    width, and a band of one column is left alone."""
    widths: dict[int, tuple[float, float]] = {}
    for ln in lines:
        if ln.col >= 0 and ln.size >= 0.85 * body:
            lo, hi = widths.get(ln.col, (ln.x0, ln.x1))
            widths[ln.col] = (min(lo, ln.x0), max(hi, ln.x1))
    i = 0
    while i < len(lines):
        if lines[i].col < 0:
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].col >= 0:
            end += 1
        band = lines[i:end]
        next_to_caption = (i > 0 and lines[i - 1].role == "caption") or (
            end < len(lines) and lines[end].role == "caption"
        )
        cols: dict[int, list[Line]] = {}
        for ln in band:
            if ln.role != "caption":  # the last line of a caption set across the columns
                cols.setdefault(ln.col, []).append(ln)
        if (
            next_to_caption
            and len(cols) >= 2
            and all(len(group) >= 3 for group in cols.values())
            and all(_cells(group, widths) for group in cols.values())
        ):
            for ln in band:
                if ln.role == "body":
                    ln.role = "table"
        i = end


def _cells(group: list[Line], widths: dict[int, tuple[float, float]]) -> bool:
    """Lines of one column that are table cells: rows already found to be a table's, or
    lines none of which ends a sentence, the median one under half the width of the
    column's text on the page."""
    rest = [ln for ln in group if ln.role != "table"]
    if not rest:
        return True
    lo, hi = widths.get(group[0].col, (0.0, 0.0))
    if hi <= lo or any(_SENTENCE_END.search(ln.raw_text().rstrip()) for ln in rest):
        return False
    return float(np.median([ln.x1 - ln.x0 for ln in rest])) < 0.5 * (hi - lo)


def _prose_row(ln: Line, *, between_displays: bool = False) -> bool:
    """A line with no wide gap made of six words or more, nearly all of them words of prose.
    Between the rows of numbered displays, a line with no wide gap that starts at its text's
    left edge or paragraph indent is the sentence running on from one formula to the next
    when most of its tokens are words (short function words count: "by", "we") and four or
    more are longer words, inline symbols and all ("Then, with k = 2 set above, we obtain"),
    or when six or more are, whatever its signs ("Given reals a > 0 and b, the map f is said
    to be regular if"): no row of a display names as many."""
    if ln.gaps:
        return False
    tokens = ln.raw_text().split()
    if len(tokens) < 6:
        return False
    words = sum(1 for t in tokens if _PROSE_WORD.match(t))
    if words >= 0.7 * len(tokens):
        return True
    if not between_displays or ln.x0 - ln.col_left > 2.5 * ln.size:
        return False
    short = sum(1 for t in tokens if _FUNCTION_WORD.match(t))
    return words >= 6 or (words >= 4 and words + short >= 0.6 * len(tokens))


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
    """Texts without footnote callouts; table-of-contents entries are not text (nor a
    table: the gaps before and after a dot leader line up like a table's cells)."""
    for ln, raw in zip(lines, raws, strict=True):
        ln.text = _text_without_callouts(ln, labels, raw)
        if ln.role in ("body", "table") and _TOC_LINE.search(ln.text):
            ln.role = "toc"


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
        small = 0.95 * _flow_body(group, body)
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
                or ln.size >= small
                or _TERMINAL.search(ln.text) is not None
            ):
                continue
            if around and all(o.role in _FLOAT_ROLES for o in around):
                # between two lines of a float, or at the end of its flow right next to one
                if len(around) == 2 or _next_to(ln, around[0]):
                    ln.role = "other"
            elif not around and any(_next_to(ln, o) for o in lines if o.role in _FLOAT_ROLES):
                ln.role = "other"


def _mark_legends(lines: list[Line], body: float) -> None:
    """A figure's legend or labels set inside the plot: a run of up to four lines of words
    in type smaller than the body's, none ending a sentence, with a line of the float (tick
    labels, an axis title, a table row, a formula, a caption) or a line of numbers alone
    (tick labels read as body) right before and right after the run in its flow. Such lines
    are not text that a paragraph runs on into.
    Small type between lines of text (a footnote, a list in small type) keeps its role, as
    does a run at the start or end of its flow."""
    by_flow: dict[int, list[Line]] = {}
    for ln in lines:
        by_flow.setdefault(ln.flow, []).append(ln)
    for group in by_flow.values():
        here = _flow_body(group, body)
        k = 0
        while k < len(group):
            ln = group[k]
            if not _legend_line(ln, here):
                k += 1
                continue
            end = k
            while end < len(group) and _legend_line(group[end], here):
                end += 1
            run = group[k:end]
            if (
                0 < len(run) <= 4
                and k > 0
                and end < len(group)
                and _figure_line(group[k - 1])
                and _figure_line(group[end])
            ):
                for o in run:
                    o.role = "other"
            k = max(end, k + 1)


def _flow_body(group: list[Line], body: float) -> float:
    """The size of a flow's running text where it is set smaller than the document's (an
    appendix, a page in small type): the size most of its lines of six words or more have,
    three such lines at least; else the document's. Its lines are text, not a legend."""
    sizes = Counter(
        round(ln.size * 2) / 2 for ln in group if ln.role == "body" and len(ln.text.split()) >= 6
    )
    size, n = sizes.most_common(1)[0] if sizes else (body, 0)
    return size if n >= 3 and size < body else body


def _legend_line(ln: Line, body: float) -> bool:
    """A line of words in type smaller than the body's that does not end a sentence, and
    does not run across its column's text (a legend sits inside the plot; an entry of a
    reference list set in smaller type fills the column)."""
    return (
        ln.role == "body"
        and ln.size < 0.95 * body
        and ln.x1 - ln.x0 < 0.75 * (ln.col_right - ln.col_left)
        and _LETTER_WORD.search(ln.text) is not None
        and _TERMINAL.search(ln.text.strip()) is None
    )


def _figure_line(ln: Line) -> bool:
    """A line of a float, or numbers and signs without a word (a figure's tick labels)."""
    return ln.role in _FLOAT_ROLES or (ln.role == "body" and not _LETTER_WORD.search(ln.text))


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


#: a sentence ending and the next beginning ("... was measured. The results ...")
_FLOAT_ROLES = frozenset({"maths", "table", "caption", "other"})
#: a word of two letters or more: what a line of numbers and signs lacks
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
#: a short word of running text: what a row of table cells or a formula hardly has
_FUNCTION_WORD = re.compile(r"^(?:a|an|as|at|be|by|if|in|is|it|of|on|or|so|to|we|us)[,;:]?$", re.I)


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
