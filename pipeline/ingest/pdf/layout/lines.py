"""Step 1: characters to line segments, with the font size and style measured from the glyphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from pipeline.ingest.pdf.chars import PageChars

#: names of monospaced (typewriter) fonts: Courier and its clones, TeX's typewriter faces
#: (CMTT, cm-super SFTT, Latin Modern LMTT/LMMono, TX and PX, TeX Gyre Cursor), the "Mono"
#: families (DejaVu, Liberation, Noto, Fira, Roboto, Nimbus Mono), Consolas, Menlo,
#: Inconsolata, Source Code Pro
MONO_FONT = re.compile(
    r"mono|nimbusmon|courier|cursor|typewriter|consol|menlo|inconsolata|sourcecode|"
    r"^(?:cm(?:sl|i)?|sf|lm|tx|px|ec|rm-lm)tt|^pcr[rbo]",
    re.IGNORECASE,
)

NORMAL, RAISED, SMALL = 0, 1, 2


@dataclass(slots=True)
class Token:
    text: str
    space_before: bool
    kind: int  # NORMAL, RAISED (superscript), SMALL (smaller type on the baseline)
    bold: bool = False  # most of its characters are set in a bold font


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
    mono: int = 0  # how many of its characters are set in a monospaced (typewriter) font

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
    # the segment's size is the median of its characters' sizes: a larger run-in label
    # ("Abstract.") or a large operator does not make a line of text a heading
    counts_all = np.diff(np.r_[starts, n])
    by_size = size[np.lexsort((size, seg_of))]
    seg_size = by_size[starts + counts_all // 2]
    ss = seg_size[seg_of]
    main = size >= 0.95 * ss
    # the line's band comes from glyphs of ordinary height: a symbol whose box reaches far
    # above or below (a large operator, a font with odd ascent and descent) would make the
    # line swallow its neighbours when rows are merged
    ordinary = main & (h <= 1.4 * size)
    has_ordinary = np.add.reduceat(ordinary.astype(np.int64), starts) > 0
    main_band = np.where(has_ordinary[seg_of], ordinary, main)
    ref_bot = np.maximum.reduceat(np.where(main_band, bot, -1e9), starts)
    rise = ref_bot[seg_of] - bot
    small = size < 0.8 * ss
    kind = np.where(
        (rise > 0.15 * ss) & (small | (rise > 0.3 * ss)), RAISED, np.where(small, SMALL, NORMAL)
    )
    tok_brk = word_brk.copy()
    tok_brk[1:] |= kind[1:] != kind[:-1]
    tstarts = np.flatnonzero(tok_brk)
    tends = np.r_[tstarts[1:], n]

    bold_font = np.array([b for _, b in pc.fonts] or [False], dtype=np.int64)
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
    tok_bold = (2 * np.add.reduceat(bold_font[pc.font], tstarts) >= tends - tstarts).tolist()

    top_main = np.minimum.reduceat(np.where(main_band, top, 1e9), starts)
    seg_x0 = np.minimum.reduceat(x0, starts)
    seg_x1 = np.maximum.reduceat(x1, starts)
    counts = np.diff(np.r_[starts, n])
    bold = np.add.reduceat(bold_font[pc.font] * main, starts) >= 0.7 * np.add.reduceat(
        main.astype(np.int64), starts
    )
    first_tok_end = tends[np.searchsorted(tstarts, starts)]
    first_w = x1[first_tok_end - 1] - x0[starts]
    mid = pc.font[starts + counts // 2]
    mono_font = np.array(
        [bool(MONO_FONT.search(f)) for f, _ in pc.fonts] or [False], dtype=np.int64
    )
    mono = np.add.reduceat(mono_font[pc.font], starts)

    lines: list[Line] = []
    seg_tokens: list[list[Token]] = [[] for _ in range(len(starts))]
    tok_rows = zip(tok_texts, tok_space, tok_kind, tok_seg, tok_bold, strict=True)
    for text, sp, kd, sg, bd in tok_rows:
        seg_tokens[sg].append(Token(text, sp, kd, bd))
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
                mono=int(mono[i]),
            )
        )
    return lines


# ---------------------------------------------------------------------------------------------
