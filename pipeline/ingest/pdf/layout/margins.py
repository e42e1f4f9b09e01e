"""Step 2b: line numbers in the margin (bills, court filings, drafts under review).

A legal draft numbers its lines in the margin beside the text ("1", "2", ... "25" on each
page). Those numbers are set apart from the text by more than an em, so they come as segments
of their own; left in place, they are merged into the rows they stand beside and every line of
the bill starts with a number. They are recognised by their geometry and their sequence, not by
what the document is: a run of at least :data:`MIN_RUN` bare integers, each on the row of a
line of text, counting up by one from the top of the page down, right-aligned (left margin) or
left-aligned (right margin) on one edge, and standing wholly outside the text's own margin.

What they are not: the items of a numbered list ("1." opens its item's own line, inside the
text's margin), a table's column of ranks or counts (inside the text's margin, and rarely a
run counting by one down rows of text), footnote labels (at the text's edge, on the notes'
rows), a page's stray figures (too few)."""

from __future__ import annotations

import re
import statistics

from pipeline.ingest.pdf.layout.lines import Line

#: fewest numbers in a margin run
MIN_RUN = 5
_INTEGER = re.compile(r"^\d{1,3}$")


#: where a page's line numbers stand: the side of the text and the edge they are aligned on
#: (x of their right edges, or minus x of their left edges when they are set flush left)
Edge = tuple[str, float]


def split_line_numbers(
    lines: list[Line], *, hint: Edge | None = None
) -> tuple[list[Line], list[Line], Edge | None]:
    """(kept lines, line-number segments, their edge) of one page's segments. ``hint``: the
    edge of the page before's line numbers; a page with a few lines only (a bill's last page)
    keeps its numbers there, even fewer than :data:`MIN_RUN`."""
    numbers = [ln for ln in lines if len(ln.tokens) == 1 and _INTEGER.match(ln.raw_text())]
    text = [ln for ln in lines if ln not in numbers and ln.n_chars >= 3]
    if not numbers or not text:
        return lines, [], None
    found: set[int] = set()
    edge: Edge | None = None
    for side in ("left", "right"):
        run, at = _run(numbers, text, side=side, hint=hint if hint and hint[0] == side else None)
        if run:
            found |= run
            edge = (side, at)
    if not found:
        return lines, [], None
    kept = [ln for ln in lines if id(ln) not in found]
    return kept, [ln for ln in lines if id(ln) in found], edge


def _run(
    numbers: list[Line], text: list[Line], *, side: str, hint: Edge | None
) -> tuple[set[int], float]:
    """The ids of the numbers that form a margin run on ``side`` of the text, and the edge
    they are aligned on (their right edge, or their left edge when they are set flush left:
    "9" and "10" then end apart); or none."""
    if side == "left":
        edge = _percentile([ln.x0 for ln in text], 0.1)
        beside = [n for n in numbers if n.x1 < edge - 1.0 and _on_a_text_row(n, text, side)]
    else:
        edge = _percentile([ln.x1 for ln in text], 0.9)
        beside = [n for n in numbers if n.x0 > edge + 1.0 and _on_a_text_row(n, text, side)]
    least = 1 if hint else MIN_RUN
    if len(beside) < least:
        return set(), 0.0
    best: tuple[set[int], float] = (set(), 0.0)
    for flush_left in (False, True):
        # an edge is told apart by its sign: a left edge is stored negated
        keys = [-n.x0 if flush_left else n.x1 for n in beside]
        if hint and (hint[1] < 0) != flush_left:
            continue
        aligned_at = hint[1] if hint else statistics.median(keys)
        run = [n for n, k in zip(beside, keys, strict=True) if abs(k - aligned_at) <= 3.0]
        run.sort(key=lambda n: n.top)
        values = [int(n.raw_text()) for n in run]
        steps = sum(b - a == 1 for a, b in zip(values, values[1:], strict=False))
        # counting up by one (a number may be lost to a blank line or read out of place)
        if len(run) >= least and steps >= 0.8 * (len(run) - 1) and len(run) > len(best[0]):
            best = ({id(n) for n in run}, aligned_at)
    return best


def _on_a_text_row(number: Line, text: list[Line], side: str) -> bool:
    """A line of text shares the number's row and lies on the far side of it."""
    mid = (number.top + number.bottom) / 2
    return any(
        ln.top - 2.0 <= mid <= ln.bottom + 2.0
        and (ln.x0 > number.x1 if side == "left" else ln.x1 < number.x0)
        for ln in text
    )


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
