"""Step 3: columns, from the gutters in the page's geometry."""

from __future__ import annotations

import numpy as np

from pipeline.ingest.pdf.layout.lines import Line

# 3. Columns
# ---------------------------------------------------------------------------------------------


def find_gutters(lines: list[Line], body: float) -> list[tuple[float, float]]:
    """Vertical whitespace gaps that separate columns, as (left, right) x ranges.

    A whitespace-cover analysis in the spirit of Breuel's: the page's segments are painted on
    a grid (1 pt across, 2 pt down) and every x position gets the tallest stretch of rows
    that no segment touches. A gutter is a run of positions (at least half an em wide) that
    stays empty over a tall stretch (six lines of body text, or 15% of the text height) with
    columns of text on both sides in that stretch: at least four body-size segments on each
    side, next to it, ten ems wide or more. It need not run the full page height, so a
    centred title block or a full-width table above or below the columns does not hide it
    (those lines cross it and are read as full-width bands); the cell gaps of a table fail
    the test because cells do not fill a column.
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

    def _gutter(a: int, b: int) -> tuple[float, float] | None:
        if a == 0 or b >= nx or b - a < max(4.0, 0.5 * body):
            return None
        ya, yb = _longest_run(~occ[:, a:b].any(axis=1))
        if yb - ya < need:
            return None
        y_lo, y_hi = ytop + ya * step, ytop + yb * step
        inside = is_body & (tops >= y_lo - 1) & (bots <= y_hi + 1)
        left, right = lo + a, lo + b
        near_left = inside & (x1 <= left + 1) & (x1 >= left - 3 * body)
        near_right = inside & (x0 >= right - 1) & (x0 <= right + 3 * body)
        if _fills_side(x0, x1, near_left, body) and _fills_side(x0, x1, near_right, body):
            return float(left), float(right)
        return None

    gutters: list[tuple[float, float]] = []
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
    return gutters


def _longest_run(mask: np.ndarray) -> tuple[int, int]:
    """(start, end) of the longest run of True in a 1-D mask."""
    edges = np.flatnonzero(np.diff(np.r_[0, mask.astype(np.int8), 0]))
    if not len(edges):
        return 0, 0
    starts, ends = edges[::2], edges[1::2]
    k = int(np.argmax(ends - starts))
    return int(starts[k]), int(ends[k])


def _fills_side(x0: np.ndarray, x1: np.ndarray, sel: np.ndarray, body: float) -> bool:
    """At least four of the selected segments are ten ems wide or more: lines of a column of
    text, not the cells of a table."""
    return int(((x1[sel] - x0[sel]) >= 10 * body).sum()) >= 4


def _column_of(ln: Line, gutters: list[tuple[float, float]]) -> int:
    col = 0
    for gl, gr in gutters:
        if ln.x0 < gl - 2 and ln.x1 > gr + 2:
            return -1
        if ln.x0 >= gl - 2:
            col += 1
    return col
