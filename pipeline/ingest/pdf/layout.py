"""Layout analysis over a stream of characters: lines, columns, reading order, roles.

Stages, per page (each works on the output of the one before):

1. :func:`segment` groups the characters of a :class:`PageChars` into line segments and
   tokens with numpy (no Python work per character): a segment ends where the next character
   leaves the line's vertical band or jumps more than an em; a token (word) ends at stream
   whitespace or a gap of 0.16 em. Characters raised above the segment's baseline and set
   smaller are marked as superscripts, the raw material of footnote callouts.
2. Running headers and footers are dropped before any geometry is measured
   (:class:`FurnitureFilter`): a segment in the top or bottom margin band is furniture when its
   text with digits normalised repeats on a nearby page (a window, so thousands of pages stream
   through), when it is a page number, or when it stands alone in the outer margin.
3. :func:`find_gutters` finds column gutters from the page's own geometry: a whitespace-gap
   analysis of the x-projection of narrow segments (as in Breuel's whitespace-cover and the
   projection-profile methods), accepted only where body-size text stands on both sides.
4. :func:`order_page` merges segments on one row within a column, cuts the page into bands at
   every line that crosses a gutter (title, abstract, full-width floats), and reads the bands
   top to bottom and, within a band, the columns left to right.
5. :func:`classify_page` assigns roles: footnote bodies (small type below all body text of its
   column, starting with a label), footnote callouts matched to those labels (GROBID's rule),
   table rows (aligned cell gaps on two or more rows), captions, headings.

Across pages, :class:`Assembler` turns the ordered body lines into paragraphs (vertical gaps,
first-line indents, and the classic "would the next line's first word have fitted" test for
paragraph ends), follows sections, skips reference lists and back matter, keeps paragraphs
that continue across columns and pages together, and finally rejoins hyphenated words with the
document's own vocabulary.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import numpy as np

from pipeline.document import Block, Note
from pipeline.ingest.pdf.chars import PageChars
from pipeline.textclean import collapse_whitespace, normalize_unicode, rejoin_hyphenated

NORMAL, RAISED, SMALL = 0, 1, 2


@dataclass(slots=True)
class Token:
    text: str
    space_before: bool
    kind: int  # NORMAL, RAISED (superscript), SMALL (smaller type on the baseline)


@dataclass(slots=True, eq=False)
class Line:
    """A line segment, later a whole line of one column, with its role on the page."""

    tokens: list[Token]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    font: str
    page: int
    first_w: float  # width of the first word: could it have ended the previous line?
    n_chars: int
    gaps: list[tuple[float, float]] = field(default_factory=list)  # wide gaps (table cells)
    col: int = 0  # column index, -1 when the line crosses a gutter
    flow: int = 0  # id of the (band, column) the line is read in
    col_left: float = 0.0
    col_right: float = 0.0
    pitch: float = 0.0
    role: str = "body"
    text: str = ""  # the text with callouts removed, set by classify_page

    def raw_text(self, drop_kinds: tuple[int, ...] = ()) -> str:
        """The tokens joined (spaces where the PDF had them), without ``drop_kinds``."""
        toks = [t for t in self.tokens if t.kind not in drop_kinds] if drop_kinds else self.tokens
        if not toks:
            return ""
        rest = [" " + t.text if t.space_before else t.text for t in toks[1:]]
        return toks[0].text + "".join(rest)


# ---------------------------------------------------------------------------------------------
# 1. Characters -> line segments
# ---------------------------------------------------------------------------------------------


def segment(pc: PageChars) -> list[Line]:
    """Group a page's characters (stream order) into line segments of tokens."""
    n = len(pc)
    if n == 0:
        return []
    x0, x1, top, bot = pc.x0, pc.x1, pc.top, pc.bottom
    h = np.maximum(bot - top, 0.1)
    size = np.where(pc.size > 0, pc.size, h)
    seg_brk = np.ones(n, dtype=bool)
    word_brk = np.ones(n, dtype=bool)
    if n > 1:
        overlap = np.minimum(bot[1:], bot[:-1]) - np.maximum(top[1:], top[:-1])
        hmin = np.minimum(h[1:], h[:-1])
        smax = np.maximum(size[1:], size[:-1])
        gap = x0[1:] - x1[:-1]
        # a line ends where the text leaves the row or jumps back (ligatures expanded into
        # several characters share one box, so compare left edges, not gaps)
        back = x0[1:] - x0[:-1] < -0.5 * smax
        seg_brk[1:] = (overlap < 0.35 * hmin) | back | (gap > 1.0 * smax)
        word_brk[1:] = seg_brk[1:] | pc.space_before[1:] | (gap > 0.16 * smax)
    starts = np.flatnonzero(seg_brk)
    seg_of = np.cumsum(seg_brk) - 1
    seg_size = np.maximum.reduceat(size, starts)
    ss = seg_size[seg_of]
    main = size >= 0.95 * ss
    ref_bot = np.maximum.reduceat(np.where(main, bot, -1e9), starts)
    rise = ref_bot[seg_of] - bot
    small = size < 0.8 * ss
    kind = np.where(
        (rise > 0.15 * ss) & (small | (rise > 0.3 * ss)), RAISED, np.where(small, SMALL, NORMAL)
    )
    tok_brk = word_brk.copy()
    tok_brk[1:] |= kind[1:] != kind[:-1]
    tstarts = np.flatnonzero(tok_brk)
    tends = np.r_[tstarts[1:], n]

    # token texts by slicing one page string (characters may hold several code points)
    page_text = "".join(pc.text)
    if len(page_text) == n:
        offs = np.arange(n + 1)
    else:
        offs = np.r_[0, np.cumsum([len(t) for t in pc.text])]
    o = offs.tolist()
    ts, te = tstarts.tolist(), tends.tolist()
    tok_texts = [page_text[o[a] : o[b]] for a, b in zip(ts, te, strict=True)]
    tok_space = word_brk[tstarts].tolist()
    tok_kind = kind[tstarts].tolist()
    tok_seg = seg_of[tstarts].tolist()

    top_main = np.minimum.reduceat(np.where(main, top, 1e9), starts)
    seg_x0 = np.minimum.reduceat(x0, starts)
    seg_x1 = np.maximum.reduceat(x1, starts)
    counts = np.diff(np.r_[starts, n])
    bold_font = np.array([b for _, b in pc.fonts] or [False], dtype=np.int64)
    bold = np.add.reduceat(bold_font[pc.font] * main, starts) >= 0.7 * np.add.reduceat(
        main.astype(np.int64), starts
    )
    first_tok_end = tends[np.searchsorted(tstarts, starts)]
    first_w = x1[first_tok_end - 1] - x0[starts]
    mid = pc.font[starts + counts // 2]

    lines: list[Line] = []
    seg_tokens: list[list[Token]] = [[] for _ in range(len(starts))]
    for text, sp, kd, sg in zip(tok_texts, tok_space, tok_kind, tok_seg, strict=True):
        seg_tokens[sg].append(Token(text, sp, kd))
    for i in range(len(starts)):
        lines.append(
            Line(
                seg_tokens[i],
                float(seg_x0[i]),
                float(seg_x1[i]),
                float(top_main[i]),
                float(ref_bot[i]),
                float(seg_size[i]),
                bool(bold[i]),
                pc.fonts[int(mid[i])][0] if pc.fonts else "",
                pc.page,
                float(first_w[i]),
                int(counts[i]),
            )
        )
    return lines


# ---------------------------------------------------------------------------------------------
# 2. Running headers and footers
# ---------------------------------------------------------------------------------------------

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.|pp\.)?\s*[-–—(\[]?\s*(?:#|[ivxlc]{1,6})\s*[-–—)\]]?\s*(?:(?:of|/)\s*#)?$"
)
TOP_BAND, BOTTOM_BAND, OUTER_BAND = 0.12, 0.12, 0.085


def furniture_key(text: str) -> str:
    """Text with digits normalised, so '12 Space Policy' and '13 Space Policy' match."""
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def _in_band(line: Line, height: float) -> bool:
    return line.top < TOP_BAND * height or line.bottom > (1 - BOTTOM_BAND) * height


class FurnitureFilter:
    """Finds running headers, footers and page numbers with a window of nearby pages.

    A margin line repeats when a line with the same digit-normalised text sits at the same
    height (within 3 pt) on another page of the window: running heads are fixed in place,
    while a footnote line that happens to repeat ("Ibid.") moves from page to page. Only the
    keys of the margin lines of ``window`` pages on either side are kept, so memory does not
    grow with the document.
    """

    def __init__(self, window: int = 4):
        self.window = window
        self.keys: dict[int, list[tuple[str, float]]] = {}

    def add(self, page: int, lines: list[Line], height: float) -> None:
        self.keys[page] = [
            (furniture_key(ln.raw_text()), ln.top) for ln in lines if _in_band(ln, height)
        ]
        for old in [p for p in self.keys if p < page - 2 * self.window - 1]:
            del self.keys[old]

    def split(self, page: int, lines: list[Line], height: float) -> tuple[list[Line], list[Line]]:
        """(kept lines, furniture lines) for ``page``; pages within the window must be added."""
        seen: dict[str, list[float]] = {}
        for p in range(page - self.window, page + self.window + 1):
            if p != page and p in self.keys:
                for key, top in self.keys[p]:
                    seen.setdefault(key, []).append(top)
        tops = sorted(ln.top for ln in lines)
        bottoms = sorted(ln.bottom for ln in lines)
        marked = {
            id(ln)
            for ln in lines
            if _in_band(ln, height) and self._is_furniture(ln, seen, height, tops, bottoms)
        }
        # Furniture stands apart: a marked line touching unmarked text (the last line of a
        # footnote that happens to repeat) is text after all.
        near = {
            id(ln): [
                o
                for o in lines
                if o is not ln
                and o.bottom > ln.top - 2 * ln.size
                and o.top < ln.bottom + 2 * ln.size
            ]
            for ln in lines
            if id(ln) in marked
        }
        changed = True
        while changed and marked:
            changed = False
            for ln in lines:
                if id(ln) in marked and any(
                    id(o) not in marked and _touching(ln, o) for o in near[id(ln)]
                ):
                    marked.discard(id(ln))
                    changed = True
        kept = [ln for ln in lines if id(ln) not in marked]
        return kept, [ln for ln in lines if id(ln) in marked]

    @staticmethod
    def _is_furniture(
        ln: Line,
        seen: dict[str, list[float]],
        height: float,
        tops: list[float],
        bottoms: list[float],
    ) -> bool:
        key = furniture_key(ln.raw_text())
        if not key.strip() or _PAGE_NUMBER.match(key):
            return True
        if ln.tokens[0].kind == RAISED and note_label(ln):
            return False  # a footnote starting with its superscript label
        if any(abs(top - ln.top) <= 3.0 for top in seen.get(key, ())):
            return True
        # a short line alone in the outer margin: whitespace between it and all other text
        # (a one-line footnote at the foot of the page starts with its label)
        if len(key.split()) > 15 or note_label(ln):
            return False
        gap = max(ln.size, 9.0)
        if ln.bottom < OUTER_BAND * height:
            below = tops[bisect.bisect_right(tops, ln.bottom - 0.5) :]
            return not below or below[0] - ln.bottom > gap
        if ln.top > (1 - OUTER_BAND) * height:
            above = bottoms[: bisect.bisect_left(bottoms, ln.top + 0.5)]
            return not above or ln.top - above[-1] > gap
        return False


def _touching(a: Line, b: Line) -> bool:
    """On one row less than an em apart (a footnote label and its text), or one above the
    other less than half a line apart."""
    size = max(a.size, b.size)
    if min(a.bottom, b.bottom) - max(a.top, b.top) > 0.3 * min(a.bottom - a.top, b.bottom - b.top):
        return max(a.x0, b.x0) - min(a.x1, b.x1) < size
    if a.x1 <= b.x0 or b.x1 <= a.x0:
        return False
    return max(a.top, b.top) - min(a.bottom, b.bottom) < 0.5 * size


# ---------------------------------------------------------------------------------------------
# 3. Columns
# ---------------------------------------------------------------------------------------------


def find_gutters(lines: list[Line], body: float) -> list[tuple[float, float]]:
    """Vertical whitespace gaps that separate columns, as (left, right) x ranges.

    The x-projection of the page's narrow segments (narrower than 55% of the text width, so
    full-width title, abstract and single-column lines do not fill the gaps) is scanned for
    runs of (almost) empty bins inside the text area. A run is a gutter only if at least four
    body-size segments lie wholly on each side of it and those are not outnumbered more than
    three to one by body-size lines crossing it: a table's cell gaps inside a single-column
    page fail that test, a two-column page under a long full-width abstract passes.
    """
    if len(lines) < 8:
        return []
    x0 = np.array([ln.x0 for ln in lines])
    x1 = np.array([ln.x1 for ln in lines])
    sizes = np.array([ln.size for ln in lines])
    lo, hi = float(x0.min()), float(x1.max())
    width = hi - lo
    if width < 120:
        return []
    narrow = (x1 - x0) < 0.55 * width
    n_narrow = int(narrow.sum())
    if n_narrow < 8:
        return []
    base = int(np.floor(lo))
    nbins = int(np.ceil(hi)) - base + 1
    diff = np.zeros(nbins + 1)
    np.add.at(diff, (np.floor(x0[narrow]) - base).astype(int), 1)
    np.add.at(diff, (np.ceil(x1[narrow]) - base).astype(int), -1)
    cover = np.cumsum(diff)[:nbins]
    empty = cover <= max(1, int(0.04 * n_narrow))
    edges = np.flatnonzero(np.diff(np.r_[0, empty.astype(np.int8), 0]))
    is_body = sizes >= 0.9 * body
    gutters = []
    for a, b in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        if a == 0 or b >= nbins or b - a < max(4.0, 0.5 * body):
            continue
        left, right = base + a, base + b
        n_left = int((is_body & narrow & (x1 <= left + 1)).sum())
        n_right = int((is_body & narrow & (x0 >= right - 1)).sum())
        crossing = int((is_body & (x0 < left - 2) & (x1 > right + 2)).sum())
        if min(n_left, n_right) >= 4 and min(n_left, n_right) >= 0.3 * crossing:
            gutters.append((float(left), float(right)))
    return gutters


def _column_of(ln: Line, gutters: list[tuple[float, float]]) -> int:
    col = 0
    for gl, gr in gutters:
        if ln.x0 < gl - 2 and ln.x1 > gr + 2:
            return -1
        if ln.x0 >= gl - 2:
            col += 1
    return col


# ---------------------------------------------------------------------------------------------
# 4. Rows and reading order
# ---------------------------------------------------------------------------------------------


def _v_overlap(a: Line, b: Line) -> float:
    return min(a.bottom, b.bottom) - max(a.top, b.top)


def _merge_row(row: list[Line]) -> Line:
    if len(row) == 1:
        return row[0]
    row.sort(key=lambda s: s.x0)
    kept = [row[0]]
    for s in row[1:]:  # some producers draw text twice for a bold effect
        p = kept[-1]
        if s.x0 < p.x1 - 0.5 * (s.x1 - s.x0) and s.raw_text() == p.raw_text():
            continue
        kept.append(s)
    first = kept[0]
    main = max(kept, key=lambda s: s.n_chars)
    tokens: list[Token] = []
    gaps: list[tuple[float, float]] = list(first.gaps)
    for i, s in enumerate(kept):
        if s.size < 0.8 * main.size:
            # a segment of small type on its own (a callout the producer drew apart): raised
            # or small relative to the row, as segment() would have marked it
            raised = main.bottom - s.bottom > 0.15 * main.size
            s.tokens = [
                Token(t.text, t.space_before, RAISED if raised else SMALL)
                if t.kind == NORMAL else t
                for t in s.tokens
            ]  # fmt: skip
        if i:
            gap_w = s.x0 - kept[i - 1].x1
            if gap_w > (1.0 if s.size < main.size * 0.95 else 1.5) * main.size:
                gaps.append((kept[i - 1].x1, s.x0))
            toks = list(s.tokens)
            if toks:
                toks[0] = Token(toks[0].text, True, toks[0].kind)
            tokens.extend(toks)
        else:
            tokens.extend(s.tokens)
    return Line(
        tokens,
        min(s.x0 for s in kept),
        max(s.x1 for s in kept),
        min(s.top for s in kept),
        max(s.bottom for s in kept),
        main.size,
        sum(s.n_chars for s in kept if s.bold) >= 0.7 * sum(s.n_chars for s in kept),
        main.font,
        first.page,
        first.first_w,
        sum(s.n_chars for s in kept),
        gaps,
        first.col,
    )


def _rows(segs: list[Line]) -> list[Line]:
    """Merge segments that share a row (they overlap vertically by half a line)."""
    segs = sorted(segs, key=lambda s: (s.top, s.x0))
    rows: list[list[Line]] = []
    for s in segs:
        for row in reversed(rows[-4:]):
            r0 = row[0]
            if _v_overlap(r0, s) >= 0.5 * min(r0.bottom - r0.top, s.bottom - s.top):
                row.append(s)
                break
        else:
            rows.append([s])
    return [_merge_row(r) for r in rows]


def order_page(segs: list[Line], gutters: list[tuple[float, float]]) -> list[Line]:
    """Whole lines in reading order, each with ``col`` and ``flow`` set."""
    for s in segs:
        s.col = _column_of(s, gutters)
    by_col: dict[int, list[Line]] = {}
    for s in segs:
        by_col.setdefault(s.col, []).append(s)
    lines: list[Line] = []
    for col, group in by_col.items():
        for ln in _rows(group):
            ln.col = col
            lines.append(ln)
    # a line crossing a gutter absorbs the column segments on its row
    spanning = [ln for ln in lines if ln.col == -1]
    if spanning and len(spanning) < len(lines):
        absorbed: set[int] = set()
        for sp in spanning:
            row = [sp]
            for ln in lines:
                if ln.col >= 0 and id(ln) not in absorbed:
                    ov = _v_overlap(sp, ln)
                    if ov >= 0.5 * min(sp.bottom - sp.top, ln.bottom - ln.top):
                        row.append(ln)
                        absorbed.add(id(ln))
            if len(row) > 1:
                merged = _merge_row(row)
                merged.col = -1
                lines[lines.index(sp)] = merged
        lines = [ln for ln in lines if id(ln) not in absorbed]
    # bands: every spanning line is a band of its own; column lines between them form a band
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    ordered: list[Line] = []
    band: list[Line] = []
    flow_base = 0

    def flush() -> None:
        nonlocal flow_base
        band.sort(key=lambda ln: (ln.col, ln.top, ln.x0))
        for ln in band:
            ln.flow = flow_base + ln.col
        ordered.extend(band)
        flow_base += len(gutters) + 1
        band.clear()

    for ln in lines:
        if ln.col == -1:
            if band:
                flush()
            # consecutive spanning lines read as one flow
            if ordered and ordered[-1].col == -1:
                ln.flow = ordered[-1].flow
            else:
                ln.flow = flow_base
                flow_base += 1
            ordered.append(ln)
        else:
            band.append(ln)
    if band:
        flush()
    return ordered


def _annotate_geometry(lines: list[Line], body: float) -> None:
    """Column edges and line pitch for each line's flow."""
    if not lines:
        return
    area = (min(ln.x0 for ln in lines), max(ln.x1 for ln in lines))
    cols: dict[int, tuple[float, float]] = {}
    for ln in lines:
        if ln.col >= 0 and ln.size >= 0.85 * body:
            lo, hi = cols.get(ln.col, (ln.x0, ln.x1))
            cols[ln.col] = (min(lo, ln.x0), max(hi, ln.x1))
    flows: dict[int, list[Line]] = {}
    for ln in lines:
        flows.setdefault(ln.flow, []).append(ln)
    page_pitches: list[float] = []
    flow_pitch: dict[int, float] = {}
    for fid, group in flows.items():
        diffs = [
            b.top - a.top
            for a, b in zip(group, group[1:], strict=False)
            if abs(a.size - b.size) < 0.3 and 0 < b.top - a.top < 2.5 * a.size
        ]
        if diffs:
            flow_pitch[fid] = float(np.median(diffs))
            page_pitches.extend(diffs)
    default = float(np.median(page_pitches)) if page_pitches else 1.2 * body
    for ln in lines:
        if ln.col >= 0 and ln.col in cols:
            ln.col_left, ln.col_right = cols[ln.col]
        else:
            ln.col_left, ln.col_right = area
        ln.pitch = flow_pitch.get(ln.flow, default if ln.size >= 0.9 * body else 1.2 * ln.size)


# ---------------------------------------------------------------------------------------------
# 5. Roles
# ---------------------------------------------------------------------------------------------

_LABEL = re.compile(r"[0-9]{1,3}|[*\u2020\u2021\u00a7\u00b6]{1,3}|[a-z]")
_DOTTED_LABEL = re.compile(r"([0-9]{1,3})[.)]")
_PLAIN_LABEL = re.compile(r"[0-9]{1,3}|[*\u2020\u2021\u00a7\u00b6]{1,3}")
_CALLOUT = re.compile(r"[0-9,\u2013\u2014\-*\u2020\u2021\u00a7\u00b6]+")
_SYMBOLS = set("*\u2020\u2021\u00a7\u00b6")
CAPTION = re.compile(
    r"^(?:fig(?:ure)?s?\.?|table|tab\.|chart|map|box|exhibit|plate|graph|scheme)\s*"
    r"[A-Z]?\d+[a-z]?(?:\.\d+)*\s*(?:[.:|\u2014\u2013-]|$)",
    re.I,
)
_CAPTION_SMALL = re.compile(r"^(?:fig(?:ure)?s?\.?|table|sources?:|notes?:)\s*\d*", re.I)
NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,5}\.|[A-Z]\.)\s+(?=\S)")
_TERMINAL = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")

REFERENCE_HEADINGS = re.compile(
    r"^(?:references?(?: and notes| cited)?|bibliography|works cited|literature cited|"
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
    r"concluding remarks|policy implications|recommendations|appendix(?: [a-z0-9]+)?)$"
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
    """Set roles and clean texts of the ordered lines of one page."""
    _annotate_geometry(lines, body)
    n = len(lines)
    small = [ln.size < 0.9 * body for ln in lines]
    raws = [ln.raw_text() for ln in lines]

    # captions (before footnotes: a caption in small type is not a footnote)
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
                if nx.flow != ln.flow or abs(nx.size - ln.size) > 0.5:
                    break
                if nx.top - prev.top > 1.6 * max(ln.size, 1.0) + 0.5:
                    break
                if (
                    ln.size >= 0.9 * body
                    and _SENTENCE_END.search(prev.raw_text())
                    and prev.x1 < prev.col_right - 2 * ln.size
                ):
                    break
                nx.role = "caption"
                j += 1
            i = j
        else:
            i += 1

    # tables: two or more rows whose wide gaps line up
    run: list[int] = []

    def close_run() -> None:
        if len(run) >= 2:
            for k in range(run[0], run[-1] + 1):
                if lines[k].flow == lines[run[0]].flow and lines[k].role == "body":
                    lines[k].role = "table"

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

    # footnote bodies: small type with no body-size text below it in its column, starting
    # with a label; unlabelled small lines at the very bottom may continue the last footnote
    # of the previous page
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
    labels = {nt.label for nt in notes}

    # callouts, then texts; table-of-contents entries are not text
    for ln, raw in zip(lines, raws, strict=True):
        ln.text = _text_without_callouts(ln, labels, raw)
        if ln.role == "body" and _TOC_LINE.search(ln.text):
            ln.role = "toc"

    # headings
    prev: Line | None = None
    text_lines = [ln for ln in lines if ln.role == "body"]
    following = dict(zip(map(id, text_lines), text_lines[1:], strict=False))
    for ln in lines:
        if ln.role == "body" and _is_heading(ln, prev, following.get(id(ln)), body):
            ln.role = "heading"
        if ln.role in ("body", "heading"):
            prev = ln
    return PageResult(page, lines, notes, "\n".join(continuation))


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
    for k, t in enumerate(toks):
        drop = False
        if t.kind != NORMAL and _CALLOUT.fullmatch(t.text) and not (k == 0 and ln.role == "note"):
            parts = {p for p in re.split(r"[,\u2013\u2014-]+", t.text) if p}
            glued = prev is not None and not t.space_before and not prev.text[-1:].isdigit()
            drop = bool(parts & labels) or (t.kind == RAISED and (glued or parts <= _SYMBOLS))
        if drop:
            prev = t
            continue
        if out and t.space_before:
            out.append(" ")
        out.append(t.text)
        prev = t
    return "".join(out)


def _is_heading(ln: Line, prev: Line | None, nxt: Line | None, body: float) -> bool:
    text = ln.text.strip()
    words = text.split()
    if not words or len(text) > 160 or len(words) > 22:
        return False
    if not any(c.isalpha() for c in text) or text[-1] in ",;":
        return False
    short = ln.x1 < ln.col_right - 2.0 * ln.size
    larger = ln.size >= 1.12 * body
    styled = larger or (ln.bold and ln.size >= 0.9 * body)
    if styled:
        return not (_SENTENCE_END.search(text) and len(words) > 8)
    if ln.size < 0.9 * body:
        return False
    gap_above = prev is None or prev.flow != ln.flow or ln.top - prev.top > 1.3 * ln.pitch
    prev_ended = (
        prev is None
        or prev.role == "heading"
        or (_SENTENCE_END.search(prev.text) is not None and prev.x1 < prev.col_right - ln.size)
    )
    alone = short and (gap_above or prev_ended)
    if not alone or _SENTENCE_END.search(text):
        return False
    if named_heading(text):
        return True
    if NUMBERED_HEADING.match(text) and len(words) <= 12 and gap_above:
        # not the first line of a numbered list item whose sentence runs on
        runs_on = nxt is not None and nxt.flow == ln.flow and nxt.text[:1].islower()
        return NUMBERED_HEADING.sub("", text)[:1].isupper() and not runs_on
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and text.isupper() and len(words) <= 10 and gap_above


# ---------------------------------------------------------------------------------------------
# Paragraphs, sections and blocks across pages
# ---------------------------------------------------------------------------------------------

_DROP_PARAGRAPH = re.compile(
    r"^(?:key\s?words?|index terms|jel(?: classification)?|article history|received\b|"
    r"accepted\b|available online|published online|\u00a9|copyright|e-?mail|corresponding "
    r"author|contact\b|https?://|doi:|this is an open access|open access|cite this|"
    r"to cite this|peer review under)",
    re.I,
)
#: licence and copyright lines, wherever they start ("0265-9646/\u00a9 2023 ...")
_LICENCE = re.compile(
    r"\u00a9|all rights reserved|creative commons|open access article|licensee\b", re.I
)
_ENDNOTE = re.compile(r"^\[?(\d{1,3})[.)\]]?\s+(?=\S)")
_RUN_IN_ABSTRACT = re.compile(r"^(abstract|summary)\s*[:.\u2014\u2013-]\s*(?=\S)", re.I)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*[A-Za-z\u00c0-\u024f]")
_TAIL_WORD = re.compile(r"([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*-)$")
_HEAD_WORD = re.compile(r"^([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019]*)")


@dataclass(slots=True)
class _Para:
    section: str
    size: float = 0.0
    lines: list[tuple[str, int]] = field(default_factory=list)  # (text, page)


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
            if ln.role == "body":
                self._body(ln)
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
        text = collapse_whitespace(" ".join(ln.text for ln in lines))
        key = heading_key(text)
        strong = any(ln.bold or ln.size >= 1.12 * self.body for ln in lines)
        if self.mode == "front":
            self._resolve_front(key)
        self._end_para()
        if REFERENCE_HEADINGS.match(key) or BACK_MATTER_HEADINGS.match(key):
            self.mode = "skip"
            self.endnotes = key in ("notes", "endnotes", "notes and references")
            return
        if SKIP_HEADINGS.match(key):
            self.mode = "skip"
            self.endnotes = False
            return
        if self.mode == "skip" and not (strong or KNOWN_HEADINGS.match(key)):
            for ln in lines:  # a numbered entry of a list of notes is not a way out of it
                self._body(ln)
            return
        self.mode = "body"
        self.endnotes = False
        self.section = "Abstract" if key in ("abstract", "summary") else section_name(text)

    def _body(self, ln: Line) -> None:
        m = _RUN_IN_ABSTRACT.match(ln.text)
        if m and ln.page <= 2 and self.section in ("", "Abstract"):
            if self.mode == "front":
                self._resolve_front("abstract")
            self._end_para()
            self.mode = "body"
            self.section = "Abstract"
            ln.text = ln.text[m.end() :]
        if self.mode == "skip":
            if self.endnotes:
                self._endnote(ln)
            return
        self._learn(ln.text)
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
        if self.cur is None or self._starts_paragraph(self.prev, ln):
            self.cur = _Para(self.section, ln.size)
            self.paras.append(self.cur)
        self.cur.lines.append((ln.text, ln.page))
        self.prev = ln

    @staticmethod
    def _starts_paragraph(p: Line | None, ln: Line) -> bool:
        if p is None:
            return True
        if abs(ln.size - p.size) > 0.12 * max(ln.size, p.size):
            return True
        indent = ln.x0 - ln.col_left > 0.6 * ln.size and ln.x0 < ln.col_right - 4 * ln.size
        room = p.col_right - p.x1
        ended = _TERMINAL.search(p.text) is not None and room > ln.first_w + 0.5 * p.size
        gap = ln.top - p.top > 1.35 * max(ln.pitch, 0.5 * ln.size)
        if p.page == ln.page and p.flow == ln.flow and gap:
            return True
        return indent or ended

    def _end_para(self) -> None:
        self.cur = None
        self.prev = None

    def _resolve_front(self, key: str | None) -> None:
        """Page 1 lines before its first heading are the title block, unless one of its
        paragraphs reads like an abstract; with no heading on page 1 they are text."""
        lines, self.front = self.front, []
        self.mode = "body"
        if key in ("abstract", "summary") or not lines:
            return
        self.section = "Abstract" if key is not None else ""
        start = len(self.paras)
        for ln in lines:
            self._add(ln)
        self._end_para()
        if key is not None:
            self.paras[start:] = [p for p in self.paras[start:] if _abstract_like(p)]

    # -- output
    def blocks(self) -> list[Block]:
        if self.mode == "front":
            self._resolve_front(None)
        out = []
        for para in self.paras:
            text, breaks = self._join(para.lines)
            if not text or not any(c.isalpha() for c in text) or _DROP_PARAGRAPH.match(text):
                continue
            if len(text) < 400 and _LICENCE.search(text):
                continue
            if (
                para.size < 0.88 * self.body
                and len(text.split()) < 8
                and not _TERMINAL.search(text)
            ):
                continue  # labels inside figures, stray notes in small type: not prose
            out.append(
                Block(text=text, section=para.section, page=para.lines[0][1],
                      page_breaks=tuple(breaks))
            )  # fmt: skip
        return out

    def finished_notes(self) -> list[Note]:
        notes = []
        for nt in self.notes:
            text, _ = self._join([(t, nt.page or 0) for t in nt.text.split("\n")])
            if text:
                notes.append(Note(nt.label, text, nt.page))
        return notes

    def _join(self, lines: list[tuple[str, int]]) -> tuple[str, list[tuple[int, int]]]:
        return join_lines(lines, self.vocab)


def _abstract_like(para: _Para) -> bool:
    words = sum(len(t.split()) for t, _ in para.lines)
    last = para.lines[-1][0] if para.lines else ""
    return len(para.lines) >= 3 and words >= 40 and _SENTENCE_END.search(last) is not None


def join_lines(
    lines: list[tuple[str, int]], vocab: set[str] | frozenset[str] = frozenset()
) -> tuple[str, list[tuple[int, int]]]:
    """Join the lines of a paragraph into one text; return it with its page breaks.

    A word hyphenated at a line end is rejoined by ``rejoin_hyphenated`` with the document's
    own vocabulary (``vocab``, lower-case words) as evidence; a soft hyphen always joins; a
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
            text = text[: len(text) - len(left)]
            word = rejoin_hyphenated(left, right, known=known)
            start = len(text) + len(word) - len(right)  # the new line starts mid-word
            piece = word + piece[len(right) :]
        elif text[-1] in "-\u2013\u2014" and len(text) > 1 and text[-2] != " ":
            start = len(text)  # a range or dash broken at the line end: no space
        else:
            text += " "
            start = len(text)
        text += piece
        soft = raw.endswith("\u00ad")
        if pg != page:
            breaks.append((start, pg))
            page = pg
    return text, breaks
