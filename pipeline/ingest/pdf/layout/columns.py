"""Step 3: columns, from the gutters in the page's geometry."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import numpy as np

from pipeline.ingest.pdf.layout.lines import Line

#: a run of three letters: a segment in words, not a figure's scale or a formula's indices
_WORDY = re.compile(r"[^\W\d_]{3}")

# 3. Columns
# ---------------------------------------------------------------------------------------------


class Gutter(NamedTuple):
    """A column gutter: the x range it keeps empty, and the stretches of the page (top,
    bottom) where it does not separate columns: the rows of a full-width table right above or
    below the column text, whose cells may leave the gutter empty or reach into it."""

    left: float
    right: float
    tables: tuple[tuple[float, float], ...] = ()


def find_gutters(
    lines: list[Line], body: float, *, bands: bool = True, hint: list[Gutter] | None = None
) -> list[Gutter]:
    """Vertical whitespace gaps that separate columns, as (left, right) x ranges.

    A whitespace-cover analysis in the spirit of Breuel's: the page's segments are painted on
    a grid (1 pt across, 2 pt down) and every x position gets the tallest stretch of rows
    that no segment touches. A gutter is a run of positions (at least half an em wide) that
    stays empty over a tall stretch (six lines of body text, or 15% of the text height) with
    columns of text on both sides in that stretch: at least four body-size segments on each
    side, next to it, ten ems wide or more. It need not run the full page height, so a
    centred title block or a full-width table above or below the columns does not hide it
    (those lines cross it and are read as full-width bands); the cell gaps of a table fail
    the test because cells do not fill a column. Where the empty stretch begins or ends
    with rows of table cells on both sides of the gutter (a full-width table at the top or
    foot of the page whose cells happen to leave the gutter empty) and no line of column text
    beside them, the gutter's stretch stops at the column text; a row of author blocks set
    side by side above the columns is read across the gutter the same way (_blocks_above).

    The tallest empty stretch at each x position may lie inside a figure that spans the
    page (the white between its plots) and hide the shorter gutter of the columns under it:
    when the page as a whole shows no gutter, each band between lines that span most of the
    text width (a figure's caption, a full-width title) is analysed on its own (``bands``).

    A page mostly of displayed formulas and figures may hold too few full lines of text
    beside its gutter to show it. ``hint`` gives the gutters of the page read before (a
    document keeps its columns from page to page): when the page shows none of its own, a
    hinted gutter is kept if it stays empty over a tall stretch with at least two lines of
    text beside it on each side, so a page set in one column (whose lines cross it) is not
    cut; the rows that reach into it elsewhere on the page are read across it.
    """
    if len(lines) < 8:
        return []
    x0 = np.array([ln.x0 for ln in lines])
    x1 = np.array([ln.x1 for ln in lines])
    tops = np.array([ln.top for ln in lines])
    bots = np.array([ln.bottom for ln in lines])
    sizes = np.array([ln.size for ln in lines])
    lo, hi = float(x0.min()), float(x1.max())
    if hi - lo < 120:
        return []
    ytop, ybot = float(tops.min()), float(bots.max())
    step = 2.0
    nx = int(np.ceil(hi - lo)) + 1
    ny = int(np.ceil((ybot - ytop) / step)) + 1
    occ = np.zeros((ny, nx), dtype=bool)
    cx0 = np.floor(x0 - lo).astype(int)
    cx1 = np.ceil(x1 - lo).astype(int)
    ry0 = np.floor((tops - ytop) / step).astype(int)
    ry1 = np.ceil((bots - ytop) / step).astype(int)
    for a, b, c, d in zip(ry0.tolist(), ry1.tolist(), cx0.tolist(), cx1.tolist(), strict=True):
        occ[a : max(b, a + 1), c : max(d, c + 1)] = True
    run = np.zeros(nx, dtype=np.int32)
    best = np.zeros(nx, dtype=np.int32)
    for row in ~occ:
        run = (run + 1) * row
        np.maximum(best, run, out=best)
    need = max(6 * 1.2 * body, 0.15 * (ybot - ytop)) / step
    tall = best >= need
    edges = np.flatnonzero(np.diff(np.r_[0, tall.astype(np.int8), 0]))
    is_body = sizes >= 0.75 * body  # reference lists and notes in small type have columns too

    def _gutter(a: int, b: int) -> Gutter | None:
        if a == 0 or b >= nx or b - a < max(4.0, 0.5 * body):
            return None
        # the empty stretches of this x range tall enough, tallest first: a figure across
        # the page may leave a taller one beside its plots than the gutter of the columns
        for ya, yb in _runs(np.asarray(~occ[:, a:b].any(axis=1)), need)[:4]:
            found = _stretch(a, b, ya, yb)
            if found is not None:
                return found
        return None

    def _stretch(a: int, b: int, ya: int, yb: int) -> Gutter | None:
        y_lo, y_hi = ytop + ya * step, ytop + yb * step
        inside = is_body & (tops >= y_lo - 1) & (bots <= y_hi + 1)
        left, right = lo + a, lo + b
        near_left = inside & (x1 <= left + 1) & (x1 >= left - 3 * body)
        near_right = inside & (x0 >= right - 1) & (x0 <= right + 3 * body)
        if not (_fills_side(x0, x1, near_left, body) and _fills_side(x0, x1, near_right, body)):
            return None
        text = (near_left | near_right) & (x1 - x0 >= 10 * body)
        t0, b0 = float(tops[text].min()), float(bots[text].max())
        tables = []
        top = _table_edge(bots <= t0 + 1, x0, x1, tops, bots, left, right, up=True)
        if top is not None:
            tables.append((top, t0))
        else:
            sides = (text & near_left, text & near_right)
            starts = [_column_start(side, x0, tops, bots, body) for side in sides]
            edges = (_column_edge(sides[0], x0), _column_edge(sides[1], x0))
            above = (tops >= y_lo - 1) & (bots <= min(starts) - 0.8 * body)
            blocks = _blocks_above(lines, above, x0, x1, tops, bots, (left, right), edges, body)
            if blocks is not None:
                tables.append(blocks)
        bottom = _table_edge(tops >= b0 - 1, x0, x1, tops, bots, left, right, up=False)
        if bottom is not None:
            tables.append((b0, bottom))
        return Gutter(float(left), float(right), tuple(tables))

    gutters: list[Gutter] = []
    for ga, gb in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        # A gutter may open into wider whitespace (the empty foot of a short column, the
        # blank area of a figure): try its cores, tallest first, until one has columns of
        # text on both sides.
        for level in np.unique(best[ga:gb])[::-1][:8].tolist():
            core = best[ga:gb] >= level
            sub = np.flatnonzero(np.diff(np.r_[0, core.astype(np.int8), 0]))
            found = [
                g
                for c, d in zip(sub[::2].tolist(), sub[1::2].tolist(), strict=True)
                if (g := _gutter(ga + c, ga + d)) is not None
            ]
            if found:
                gutters += found
                break
    if not gutters and bands:
        gutters = _band_gutters(lines, body, lo, hi)
    if not gutters and hint:
        for g in hint:
            a, b = int(np.ceil(g.left - lo)), int(np.floor(g.right - lo))
            if a <= 0 or b >= nx or b - a < max(4.0, 0.5 * body):
                continue
            for ya, yb in _runs(np.asarray(~occ[:, a:b].any(axis=1)), need)[:1]:
                y_lo, y_hi = ytop + ya * step, ytop + yb * step
                inside = is_body & (tops >= y_lo - 1) & (bots <= y_hi + 1) & (x1 - x0 >= 10 * body)
                left, right = lo + a, lo + b
                n_left = int((inside & (x1 <= left + 1) & (x1 >= left - 3 * body)).sum())
                n_right = int((inside & (x0 >= right - 1) & (x0 <= right + 3 * body)).sum())
                if n_left >= 2 and n_right >= 2:
                    # the rows that reach into it (a formula across the page) are read
                    # across it, as the rows of a full-width table are
                    into = np.flatnonzero((x0 < right - 1) & (x1 > left + 1))
                    rows = tuple((float(tops[i]), float(bots[i])) for i in into.tolist())
                    gutters.append(Gutter(float(left), float(right), rows))
    return gutters


def _band_gutters(lines: list[Line], body: float, lo: float, hi: float) -> list[Gutter]:
    """Gutters of the bands between lines that span 70% of the text width or more, from the
    bands with the most lines first; a gutter overlapping one already found is left out."""
    wide = sorted((ln for ln in lines if ln.x1 - ln.x0 >= 0.7 * (hi - lo)), key=lambda ln: ln.top)
    if not wide:
        return []
    cuts = [0.5 * (ln.top + ln.bottom) for ln in wide]
    groups: dict[int, list[Line]] = {}
    for ln in lines:
        if ln.x1 - ln.x0 < 0.7 * (hi - lo):
            groups.setdefault(bisect.bisect(cuts, 0.5 * (ln.top + ln.bottom)), []).append(ln)
    out: list[Gutter] = []
    for band in sorted(groups.values(), key=len, reverse=True):
        for g in find_gutters(band, body, bands=False):
            if all(g.right <= o.left or g.left >= o.right for o in out):
                out.append(g)
    return out


def _runs(mask: np.ndarray, least: float) -> list[tuple[int, int]]:
    """(start, end) of the runs of True in a 1-D mask at least ``least`` long, longest
    first."""
    edges = np.flatnonzero(np.diff(np.r_[0, mask.astype(np.int8), 0]))
    starts, ends = edges[::2].tolist(), edges[1::2].tolist()
    runs = [(a, b) for a, b in zip(starts, ends, strict=True) if b - a >= least]
    return sorted(runs, key=lambda r: r[0] - r[1])


def _fills_side(x0: np.ndarray, x1: np.ndarray, sel: np.ndarray, body: float) -> bool:
    """At least four of the selected segments are ten ems wide or more: lines of a column of
    text, not the cells of a table."""
    return int(((x1[sel] - x0[sel]) >= 10 * body).sum()) >= 4


def _table_edge(
    sel: np.ndarray,
    x0: np.ndarray,
    x1: np.ndarray,
    tops: np.ndarray,
    bots: np.ndarray,
    left: float,
    right: float,
    *,
    up: bool,
) -> float | None:
    """Where a full-width table next to the columns ends: from the column text outwards (up
    or down) over the selected segments, the rows that reach across the gutter in three or
    more cells; the far edge of the last such row when there are two or more, else None."""
    idx = np.flatnonzero(sel)
    if len(idx) < 6:
        return None
    order = np.argsort(-bots[idx] if up else tops[idx], kind="stable")
    rows: list[list[int]] = []
    lo = hi = 0.0
    for i in idx[order].tolist():
        t, b = float(tops[i]), float(bots[i])
        if rows and min(hi, b) - max(lo, t) > 0.3 * (b - t):
            rows[-1].append(i)
            lo, hi = min(lo, t), max(hi, b)
            continue
        if rows and not _across(rows[-1], x0, x1, left, right):
            rows.pop()
            break
        rows.append([i])
        lo, hi = t, b
    if rows and not _across(rows[-1], x0, x1, left, right):
        rows.pop()
    if len(rows) < 2:
        return None
    last = rows[-1]
    return float(min(tops[last])) if up else float(max(bots[last]))


def _column_edge(sel: np.ndarray, x0: np.ndarray) -> float:
    """The left edge of a column: the commonest start of its selected lines."""
    edges = np.floor(x0[np.flatnonzero(sel)]).astype(int)
    return float(np.bincount(edges - edges.min()).argmax() + edges.min())


def _column_start(
    sel: np.ndarray, x0: np.ndarray, tops: np.ndarray, bots: np.ndarray, body: float
) -> float:
    """The top of a column's text: its first line that starts at the column's left edge
    (the commonest start of the selected lines), or an indented first line (two ems in at
    most) right above a line that does; centred blocks above the column (an author's name
    and address) start elsewhere."""
    idx = np.flatnonzero(sel)
    edge = _column_edge(sel, x0)
    at_edge = idx[np.abs(x0[idx] - edge) <= 1.0]
    start = float(tops[at_edge].min())
    for i in idx[(x0[idx] > edge + 1.0) & (x0[idx] <= edge + 2 * body)].tolist():
        below = tops[at_edge] - bots[i]
        if tops[i] < start and bool(((below > -1) & (below < 0.8 * body)).any()):
            start = float(tops[i])
    return start


def _blocks_above(
    lines: list[Line],
    sel: np.ndarray,
    x0: np.ndarray,
    x1: np.ndarray,
    tops: np.ndarray,
    bots: np.ndarray,
    gutter: tuple[float, float],
    edges: tuple[float, float],
    body: float,
) -> tuple[float, float] | None:
    """The stretch of blocks set side by side above the columns, or None.

    The authors of a paper are often set in a row of blocks (name, institution, address,
    e-mail) under the title and above the two columns, with the gap between the blocks over
    the gutter: the whitespace cover then runs the gutter up through them, and each block
    would be read at the head of the column under it (the second author's name as the
    heading of the second column, cutting its first sentence from the end of the first
    column). The segments that end a blank line or more above the first line of column text
    on either side (``sel``; see _column_start) are such a row of blocks when they stand on
    both sides of the gutter in two rows or more, in words (a letter run in most segments,
    where a figure's scale has numbers) of body size or larger (a figure's labels are
    small), centred or set in from the columns' left edges (headings over the columns start
    at them), with nothing above them but lines across the gutter (the title: they open the
    page's columns, where a display or a figure between paragraphs has column text above
    it) and a blank line under them. They are then read across the gutter, before the
    columns, as full-width bands are."""
    left, right = gutter
    idx = np.flatnonzero(sel)
    if not any(x1[i] <= left + 1 for i in idx) or not any(x0[i] >= right - 1 for i in idx):
        return None
    flush = sum(min(abs(x0[i] - e) for e in edges) <= 1.0 for i in idx.tolist())
    if flush > 0.3 * len(idx):
        return None
    rows = 0
    bottom = -np.inf
    for i in idx[np.argsort(tops[idx], kind="stable")].tolist():
        if tops[i] >= bottom - 1:
            rows += 1
        bottom = max(bottom, float(bots[i]))
    if rows < 2:
        return None
    worded = sum(_WORDY.search(lines[i].raw_text()) is not None for i in idx.tolist())
    large = sum(lines[i].size >= 0.9 * body for i in idx.tolist())
    if min(worded, large) < 0.7 * len(idx):
        return None
    top = float(tops[idx].min())
    higher = (bots <= top + 1) & ~((x0 < left) & (x1 > right))
    lower = np.delete(tops, idx)
    lower = lower[lower > bottom - 1]
    if higher.any() or (len(lower) and float(lower.min()) < bottom + 0.8 * body):
        return None
    return top, bottom


def _across(row: list[int], x0: np.ndarray, x1: np.ndarray, left: float, right: float) -> bool:
    return len(row) >= 3 and min(x0[row]) < left and max(x1[row]) > right


def _column_of(ln: Line, gutters: list[Gutter]) -> int:
    """The column a segment stands in (0 at the left), or -1 when it crosses a gutter or lies
    in a full-width table beside a gutter."""
    col = 0
    middle = 0.5 * (ln.top + ln.bottom)
    for g in gutters:
        if (ln.x0 < g.left - 2 and ln.x1 > g.right + 2) or any(
            top <= middle <= bottom for top, bottom in g.tables
        ):
            return -1
        if ln.x0 >= g.left - 2:
            col += 1
    return col
