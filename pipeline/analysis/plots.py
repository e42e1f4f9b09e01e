"""Figures of a comparison, drawn with matplotlib's object API on the Agg canvas (no pyplot,
no display, no global state), saved as PNG and SVG.

Every figure function takes an optional ``link`` callback: called with filter keywords
(``actor="China", label="cooperation"``), it returns a URL that the SVG output attaches to the
bar, point, edge or legend entry, so that the HTML report can turn a click into a filter.
Functions return None when there is nothing to draw.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from pipeline.analysis.compare import Z95, compare, dyads
from pipeline.analysis.load import MISSING, Corpus
from pipeline.errors import AnalysisError
from pipeline.schema import CLAIM_LABELS, LABELS

LABEL_COLORS = {
    "cooperation": "#1b9e77",
    "competition": "#d95f02",
    "both": "#7570b3",
    "neutral": "#9e9e9e",
}
#: Above this many dated claims the timeline links lanes, not single points.
MAX_LINKED_POINTS = 1500
Link = Callable[..., "str | None"]
#: Fixed SVG ids and no timestamp, so that the same data gives the same file; text stays text
#: (smaller, searchable, selectable in the report).
RC = {"svg.hashsalt": "spaceclaims", "svg.fonttype": "none", "font.size": 9}
SERIES_COLORS = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
    "#7f7f7f", "#ff7f0e",
]  # fmt: skip


def _no_link(**_filters: str) -> None:
    return None


def group_dimensions(table: pd.DataFrame) -> list[str]:
    """The ``--by`` columns of a :func:`compare` table (between ``group`` and ``n``)."""
    columns = list(table.columns)
    return columns[columns.index("group") + 1 : columns.index("n")]


def _name(table: pd.DataFrame, row) -> str:
    if table["run"].nunique() > 1 and row.group != row.run:
        return f"{row.group} ({row.run})"
    return str(row.group)


def _filters(table: pd.DataFrame, row, dims: Sequence[str]) -> dict[str, str]:
    filters = {d: str(getattr(row, d)) for d in dims}
    if not dims or table["run"].nunique() > 1:
        filters["run"] = str(row.run)
    return filters


def _largest(table: pd.DataFrame, top: int) -> pd.DataFrame:
    """The ``top`` largest groups, in the table's own order (chronological stays so)."""
    if len(table) <= top:
        return table
    keep = table["n"].sort_values(ascending=False, kind="stable").index[:top]
    return table.loc[sorted(keep)]


def _short(text: str, width: int = 38) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def shares_figure(
    table: pd.DataFrame, *, top: int = 15, title: str | None = None, link: Link | None = None
) -> Figure | None:
    """Horizontal bars: each group's share of each label, with Wilson 95% intervals."""
    link = link or _no_link
    if table.empty:
        return None
    rows = _largest(table, top)
    dims = group_dimensions(table)
    k = len(rows)
    fig = Figure(figsize=(7.5, 1.2 + 0.62 * k), layout="constrained")
    ax = fig.subplots()
    height = 0.8 / len(LABELS)
    top_y = np.arange(k - 1, -1, -1, dtype=float) + 0.4
    records = list(rows.itertuples(index=False))
    for j, label in enumerate(LABELS):
        y = top_y - (j + 0.5) * height
        bars = ax.barh(y, rows[f"share_{label}"], height=height * 0.92, color=LABEL_COLORS[label])
        for bar, row in zip(bars, records, strict=True):
            bar.set_url(link(**_filters(table, row, dims), label=label))
        # One collection for all intervals: fast to draw, and not a click target.
        ax.hlines(
            y, rows[f"share_{label}_lo"], rows[f"share_{label}_hi"], color="#333333",
            alpha=0.6, linewidth=0.7,
        )  # fmt: skip
    ax.set_yticks([])
    ax.set_ylim(-0.6, k - 0.4)
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of sentences (lines: Wilson 95% intervals)")
    for i, row in enumerate(rows.itertuples(index=False)):
        text = ax.text(
            -0.01,
            k - 1 - i,
            f"{_short(_name(table, row))}\nn={row.n}",
            ha="right",
            va="center",
            transform=ax.get_yaxis_transform(),
        )
        text.set_url(link(**_filters(table, row, dims)))
    handles = [Patch(color=LABEL_COLORS[label], label=label) for label in LABELS]
    legend = fig.legend(handles=handles, loc="outside lower center", ncols=4, frameon=False)
    for text, label in zip(legend.get_texts(), LABELS, strict=True):
        text.set_url(link(label=label))
    ax.set_title(title or f"Labels by {' × '.join(dims) or 'run'}")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def index_time_figure(
    table: pd.DataFrame, *, top: int = 8, title: str | None = None, link: Link | None = None
) -> Figure | None:
    """The cooperation-versus-competition index by year, one line per group, ±1.96 se.

    ``table`` is a :func:`compare` table with ``year`` among its dimensions; the other
    dimensions (and the run, when several) name the lines.
    """
    link = link or _no_link
    if table.empty or "year" not in table.columns:
        return None
    data = table.assign(_year=pd.to_numeric(table["year"], errors="coerce")).dropna(
        subset=["_year"]
    )
    if data.empty:
        return None
    dims = [d for d in group_dimensions(table) if d != "year"]
    series_keys = ["run", *dims]
    sizes = data.groupby(series_keys, sort=False)["n"].sum().sort_values(ascending=False)
    chosen = list(sizes.index[:top])
    multi_run = data["run"].nunique() > 1
    fig = Figure(figsize=(7.5, 4.2), layout="constrained")
    ax = fig.subplots()
    ax.axhline(0, color="#999999", linewidth=0.8, linestyle="--")
    handles = []
    years = sorted(data["_year"].unique())
    spread = 0.25 if len(chosen) > 1 else 0.0
    for s, key in enumerate(chosen):
        key = key if isinstance(key, tuple) else (key,)
        values = dict(zip(series_keys, key, strict=True))
        part = data
        for column, value in values.items():
            part = part[part[column] == value]
        part = part.sort_values("_year")
        offset = (s / max(len(chosen) - 1, 1) - 0.5) * spread if spread else 0.0
        x = part["_year"].to_numpy(float) + offset
        color = SERIES_COLORS[s % len(SERIES_COLORS)]
        name = " | ".join(str(values[d]) for d in dims) or str(values["run"])
        if dims and multi_run:
            name += f" ({values['run']})"
        ax.plot(x, part["index"], color=color, linewidth=1.4)
        group_filter = {d: str(values[d]) for d in dims}
        if multi_run or not dims:
            group_filter["run"] = str(values["run"])
        for xi, row in zip(x, part.itertuples(index=False), strict=True):
            ax.plot([xi, xi], [row.index_lo, row.index_hi], color=color, linewidth=0.8)
            (point,) = ax.plot([xi], [row.index], "o", color=color, markersize=5)
            point.set_url(link(**group_filter, year=str(row.year)))
        handles.append(Line2D([], [], color=color, marker="o", label=_short(name, 30)))
    ax.set_xticks(years, [str(int(y)) for y in years])
    ax.set_xlabel("year (documents.csv)")
    ax.set_ylabel("← competition   index   cooperation →")
    legend = ax.legend(handles=handles, loc="best", fontsize=8, frameon=False)
    for text, key in zip(legend.get_texts(), chosen, strict=True):
        key = key if isinstance(key, tuple) else (key,)
        values = dict(zip(series_keys, key, strict=True))
        group_filter = {d: str(values[d]) for d in dims}
        if multi_run or not dims:
            group_filter["run"] = str(values["run"])
        text.set_url(link(**group_filter))
    ax.set_title(title or f"Cooperation vs competition index over time (±{Z95:.2f} se)")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def dyad_figure(
    table: pd.DataFrame, *, top: int = 16, title: str | None = None, link: Link | None = None
) -> Figure | None:
    """Parties on a circle; cooperation, competition and both ties as coloured edges whose
    width grows with the number of claims (one panel per run)."""
    link = link or _no_link
    if table.empty:
        return None
    runs = list(dict.fromkeys(table["run"]))
    cols = min(len(runs), 2)
    rows = math.ceil(len(runs) / cols)
    fig = Figure(figsize=(6.5 * cols, 6.2 * rows), layout="constrained")
    axes = np.atleast_1d(fig.subplots(rows, cols)).ravel()
    for ax, run in zip(axes, runs, strict=False):
        _dyad_panel(ax, table[table["run"] == run], top, link, run if len(runs) > 1 else None)
    for ax in axes[len(runs) :]:
        ax.set_visible(False)
    handles = [
        Line2D([], [], color=LABEL_COLORS[lab], linewidth=3, label=lab) for lab in CLAIM_LABELS
    ]
    legend = fig.legend(handles=handles, loc="outside lower center", ncols=3, frameon=False)
    for text, label in zip(legend.get_texts(), CLAIM_LABELS, strict=True):
        text.set_url(link(label=label))
    fig.suptitle(title or "Ties between parties (claims.csv)")
    return fig


def _dyad_panel(ax, table: pd.DataFrame, top: int, link: Link, run: str | None) -> None:
    degree: dict[str, int] = {}
    for row in table.itertuples(index=False):
        for party in (row.party_a, row.party_b):
            degree[party] = degree.get(party, 0) + int(row.total)
    nodes = sorted(degree, key=lambda p: (-degree[p], p))[:top]
    angle = {p: math.pi / 2 - 2 * math.pi * i / len(nodes) for i, p in enumerate(nodes)}
    pos = {p: (math.cos(a), math.sin(a)) for p, a in angle.items()}
    biggest = max(int(t) for t in table["total"]) or 1
    extra = {"run": run} if run else {}
    for row in table.itertuples(index=False):
        if row.party_a not in pos or row.party_b not in pos:
            continue
        (x0, y0), (x1, y1) = pos[row.party_a], pos[row.party_b]
        length = math.hypot(x1 - x0, y1 - y0) or 1.0
        nx, ny = -(y1 - y0) / length, (x1 - x0) / length
        # Parallel offsets keep a pair's cooperation and competition ties both visible.
        for label, shift in (("cooperation", -0.025), ("both", 0.0), ("competition", 0.025)):
            count = int(getattr(row, label))
            if not count:
                continue
            (line,) = ax.plot(
                [x0 + nx * shift, x1 + nx * shift],
                [y0 + ny * shift, y1 + ny * shift],
                color=LABEL_COLORS[label],
                linewidth=1 + 5 * math.sqrt(count / biggest),
                alpha=0.8,
                solid_capstyle="round",
            )
            line.set_url(link(a=row.party_a, b=row.party_b, tie=label, **extra))
    largest = max(degree[p] for p in nodes)
    for p in nodes:
        x, y = pos[p]
        size = 60 + 400 * degree[p] / largest
        node = ax.scatter([x], [y], s=size, color="#ffffff", edgecolors="#333333", zorder=3)
        node.set_urls([link(party=p, **extra)])
        text = ax.text(
            1.17 * x,
            1.17 * y,
            _short(p, 24),
            ha="left" if x > 0.05 else "right" if x < -0.05 else "center",
            va="center",
            zorder=4,
        )
        text.set_url(link(party=p, **extra))
    ax.set_xlim(-1.75, 1.75)
    ax.set_ylim(-1.35, 1.35)
    ax.set_aspect("equal")
    ax.axis("off")
    if run:
        ax.set_title(run)


def timeline_figure(
    corpus: Corpus, *, title: str | None = None, link: Link | None = None
) -> Figure | None:
    """Dated claims: each date mentioned in a claim sentence, placed at its start date (a line
    to its end date for periods), one row per label (and run)."""
    link = link or _no_link
    dates = corpus.dates.merge(corpus.sentences[["sid", "label"]], on="sid", how="inner")
    dates = dates[dates["label"].isin(CLAIM_LABELS)].copy()
    dates["t_start"] = pd.to_datetime(dates["start_date"], errors="coerce", format="%Y-%m-%d")
    dates["t_end"] = pd.to_datetime(dates["end_date"], errors="coerce", format="%Y-%m-%d")
    dates = dates.dropna(subset=["t_start"])
    if dates.empty:
        return None
    multi_run = len(corpus.runs) > 1
    lanes = [
        (run, label)
        for run in corpus.labels
        for label in CLAIM_LABELS
        if ((dates["run"] == run) & (dates["label"] == label)).any()
    ]
    fig = Figure(figsize=(8, 1.4 + 0.55 * len(lanes)), layout="constrained")
    ax = fig.subplots()
    rng = np.random.default_rng(0)  # a fixed jitter: same data, same picture
    one_link_each = len(dates) <= MAX_LINKED_POINTS
    for lane, (run, label) in enumerate(lanes):
        y0 = len(lanes) - 1 - lane
        part = dates[(dates["run"] == run) & (dates["label"] == label)]
        jitter = rng.uniform(-0.25, 0.25, len(part))
        extra = {"run": run} if multi_run else {}
        if not one_link_each:
            # Thousands of artists would make a slow figure and a heavy page: draw the lane as
            # two collections, linked to the lane's sentences as a whole.
            y = y0 + jitter
            ax.hlines(y, part["t_start"], part["t_end"], color=LABEL_COLORS[label], alpha=0.4)
            (points,) = ax.plot(part["t_start"], y, "o", color=LABEL_COLORS[label], markersize=3)
            points.set_url(link(label=label, **extra))
            continue
        for row, dy in zip(part.itertuples(index=False), jitter, strict=True):
            y = y0 + dy
            if pd.notna(row.t_end) and row.t_end > row.t_start:
                ax.plot([row.t_start, row.t_end], [y, y], color=LABEL_COLORS[label], alpha=0.5)
            (point,) = ax.plot([row.t_start], [y], "o", color=LABEL_COLORS[label], markersize=4)
            point.set_url(link(sent=f"{row.doc_id}:{row.sentence_id}", **extra))
    ax.set_yticks(
        range(len(lanes)),
        [f"{label} ({run})" if multi_run else label for run, label in reversed(lanes)],
    )
    ax.set_ylim(-0.6, len(lanes) - 0.4)
    ax.set_xlabel("date mentioned (dates.csv start_date; lines span to end_date)")
    ax.set_title(title or "Timeline of dated claims")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def save_figure(fig: Figure, stem: Path | str) -> list[Path]:
    """Write ``stem.png`` and ``stem.svg``."""
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    paths = [stem.with_suffix(".png"), stem.with_suffix(".svg")]
    with matplotlib.rc_context(RC):
        fig.savefig(paths[0], dpi=150)
        fig.savefig(paths[1], metadata={"Date": None})
    return paths


def figure_svg(fig: Figure) -> str:
    """The figure as an SVG element (no XML prolog), to inline in an HTML page."""
    buffer = io.StringIO()
    with matplotlib.rc_context(RC):
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    # The RDF metadata block only names the software; a page does not need it.
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, count=1, flags=re.S)
    return svg[svg.index("<svg") :]


def plot_corpus(
    corpus: Corpus, by: Sequence[str], out_dir: Path | str, *, top: int = 15
) -> tuple[list[Path], list[str]]:
    """Every figure that the data allows, written to ``out_dir``; also notes on skipped ones."""
    out_dir = Path(out_dir)
    by = list(by)
    stem = "_".join(by) or "run"
    written: list[Path] = []
    notes: list[str] = []

    def keep(fig: Figure | None, name: str, why: str) -> None:
        if fig is None:
            notes.append(f"{name}: skipped ({why})")
        else:
            written.extend(save_figure(fig, out_dir / name))

    keep(shares_figure(compare(corpus, by), top=top), f"shares_{stem}", "no sentences in groups")
    over_time = [d for d in by if d != "year"]
    has_years = corpus.sentences["year"].notna().any()
    if has_years:
        table = compare(corpus, [*over_time, "year"])
        table = table[table["year"] != MISSING]
        fig = index_time_figure(table, top=min(top, 8))
        keep(fig, f"index_time_{'_'.join(over_time) or 'run'}", "no years")
    else:
        notes.append("index over time: skipped (documents.csv has no years)")
    try:
        keep(dyad_figure(dyads(corpus)), "dyads", "claims.csv has no ties between two parties")
    except AnalysisError:
        notes.append("dyads: skipped (no claims.csv in these runs)")
    keep(timeline_figure(corpus), "timeline", "no dated claims")
    return written, notes
