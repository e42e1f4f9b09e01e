"""Step 3: columns, from the gutters in the page's geometry."""

from __future__ import annotations

import numpy as np

from pipeline.ingest.pdf.layout.lines import Line

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
