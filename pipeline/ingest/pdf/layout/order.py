"""Step 4: rows and reading order (full-width blocks, then columns top to bottom)."""

from __future__ import annotations

import numpy as np

from pipeline.ingest.pdf.layout.columns import Gutter, _column_of
from pipeline.ingest.pdf.layout.lines import NORMAL, RAISED, SMALL, Line, Token

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
                Token(t.text, t.space_before, RAISED if raised else SMALL, t.bold)
                if t.kind == NORMAL else t
                for t in s.tokens
            ]  # fmt: skip
        if i:
            gap_w = s.x0 - kept[i - 1].x1
            if gap_w > (1.0 if s.size < main.size * 0.95 else 1.5) * main.size:
                gaps.append((kept[i - 1].x1, s.x0))
            toks = list(s.tokens)
            if toks:
                toks[0] = Token(toks[0].text, True, toks[0].kind, toks[0].bold)
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
        mono=sum(s.mono for s in kept),
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


def order_page(segs: list[Line], gutters: list[Gutter]) -> list[Line]:
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


def _text_edges(group: list[Line], body: float) -> tuple[float, float] | None:
    """Where a flow's lines of body text start and end: the most common left edge (titles,
    indented first lines and displayed maths do not move it) and the right edge most lines
    reach; None for a flow too short to tell."""
    x0s = [round(ln.x0) for ln in group if ln.size >= 0.85 * body and ln.n_chars >= 8]
    if len(x0s) < 3:
        return None
    counts: dict[int, int] = {}
    for x in x0s:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    left = min(x for x, c in counts.items() if c == best)
    right = float(np.percentile([ln.x1 for ln in group if ln.size >= 0.85 * body], 90))
    return float(left), right


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
        # body-size lines only: the rows of a table or a figure's labels in small type
        # set a tighter pitch that would make every line of text a paragraph; so do the
        # rows of a displayed formula stacked closer than the type's size, which no lines
        # of text are
        diffs = [
            b.top - a.top
            for a, b in zip(group, group[1:], strict=False)
            if abs(a.size - b.size) < 0.3
            and a.size >= 0.9 * body
            and 0.95 * a.size < b.top - a.top < 2.5 * a.size
        ]
        if diffs:
            flow_pitch[fid] = float(np.median(diffs))
            page_pitches.extend(diffs)
    default = float(np.median(page_pitches)) if page_pitches else 1.2 * body
    edges = {fid: _text_edges(group, body) for fid, group in flows.items()}
    for ln in lines:
        if ln.col >= 0 and ln.col in cols:
            ln.col_left, ln.col_right = cols[ln.col]
        else:
            ln.col_left, ln.col_right = area
        flow_edges = edges[ln.flow]
        if flow_edges is not None:
            ln.col_left = flow_edges[0]
            ln.col_right = min(ln.col_right, flow_edges[1]) if ln.col >= 0 else flow_edges[1]
        ln.pitch = flow_pitch.get(ln.flow, default if ln.size >= 0.9 * body else 1.2 * ln.size)


# ---------------------------------------------------------------------------------------------
