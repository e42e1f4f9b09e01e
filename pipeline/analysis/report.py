"""``spaceclaims report``: one self-contained HTML file to read, filter and review a run.

The page works offline and from a file: CSS and JavaScript are inlined from the templates
beside this module, the charts are inline SVG drawn by :mod:`pipeline.analysis.plots`, and the
data is inlined as JSON in a ``<script type="application/json">`` element. Every ``<``, ``>``,
``&`` and line/paragraph separator in that JSON is written as a ``\\uXXXX`` escape, so document
text cannot close the script element or start markup; the page's script inserts text with
``textContent`` only, never as HTML.

Chart elements link to ``#filter?key=value...`` addresses; the page turns a click on one into
a filter of the sentence list. Reviewers choose a label per sentence and download
``sentences.reviewed.csv``: sentences.csv's own columns and rows with ``review`` filled, which
``spaceclaims train`` reads.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from urllib.parse import quote, urlencode

import pandas as pd

from pipeline.analysis.compare import compare, dyads
from pipeline.analysis.load import MISSING, Corpus, load_corpus
from pipeline.analysis.plots import (
    LABEL_COLORS,
    dyad_figure,
    figure_svg,
    index_time_figure,
    shares_figure,
    timeline_figure,
)
from pipeline.dataset.files import atomic_path
from pipeline.schema import LABELS, restore_cell

TOP_GROUPS = 15


def filter_link(**filters: object) -> str:
    """The page address that applies these filters (see the filter keys in report.js)."""
    clean = {k: str(v) for k, v in filters.items() if v is not None and v != ""}
    return "#filter?" + urlencode(clean, quote_via=quote)


def script_json(data: object) -> str:
    """JSON that is safe inside a ``<script>`` element of an HTML page."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
        ("\u2028", "\\u2028"), ("\u2029", "\\u2029"),
    ):  # fmt: skip
        text = text.replace(char, escape)
    return text


def _raw_table(path: Path) -> pd.DataFrame:
    """A CSV as the exact text of its cells (neutralisation undone), for lossless export."""
    frame = pd.read_csv(
        path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8-sig"
    )
    for column in frame.columns:
        frame[column] = frame[column].astype(object).map(restore_cell)
    return frame


def report_data(corpus: Corpus, run_dir: Path) -> dict:
    """Everything the page's script needs, as plain JSON-able values."""
    run = corpus.runs[0]
    raw = _raw_table(run_dir / "sentences.csv")
    columns = list(raw.columns)
    for needed in ("text", "review"):
        if needed not in columns:
            raw[needed] = ""
            columns.append(needed)
    sentences = corpus.sentences
    if len(raw) != len(sentences):  # pragma: no cover - both read the same file
        raise ValueError(f"{run_dir}: sentences.csv changed while the report was built")

    documents = (
        _raw_table(run_dir / "documents.csv")
        if (run_dir / "documents.csv").exists()
        else (pd.DataFrame(columns=["doc_id"]))
    )
    doc_index: dict[str, int] = {}
    doc_rows = []
    for row in documents.to_dict("records"):
        if row["doc_id"] in doc_index:
            continue
        doc_index[row["doc_id"]] = len(doc_rows)
        row["document"] = row.get("title") or row.get("source") or row["doc_id"]
        doc_rows.append(row)
    for doc_id in sentences["doc_id"].unique():
        if doc_id not in doc_index:  # sentences of a document missing from documents.csv
            doc_index[doc_id] = len(doc_rows)
            doc_rows.append({"doc_id": doc_id, "document": doc_id, "status": ""})

    actors = corpus.actors
    has_bloc = "bloc" in actors.columns
    actor_index: dict[str, int] = {}
    actor_rows: list[dict] = []
    counts = actors.drop_duplicates(["sid", "actor"])["actor"].value_counts()
    for row in actors.drop_duplicates("actor").itertuples(index=False):
        country = row.actor if str(row.actor_type).lower() == "country" else row.country
        actor_index[row.actor] = len(actor_rows)
        actor_rows.append(
            {
                "name": row.actor,
                "type": row.actor_type,
                "country": country or "",
                "bloc": (getattr(row, "bloc", "") or "") if has_bloc else "",
                "n": int(counts.get(row.actor, 0)),
            }
        )
    per_sentence: dict[int, dict] = {
        int(sid): {"a": [], "t": [], "p": []} for sid in sentences["sid"]
    }
    for row in actors.itertuples(index=False):
        if pd.notna(row.start) and pd.notna(row.end):
            span = [int(row.start), int(row.end), actor_index[row.actor]]
        else:  # no offsets: still filterable, just not highlighted
            span = [-1, -1, actor_index[row.actor]]
        per_sentence[int(row.sid)]["a"].append(span)
    for row in corpus.dates.itertuples(index=False):
        if pd.notna(row.start) and pd.notna(row.end):
            per_sentence[int(row.sid)]["t"].append([int(row.start), int(row.end), row.value])
    if corpus.claims is not None:
        for row in corpus.claims.itertuples(index=False):
            per_sentence[int(row.sid)]["p"].append([row.party_a, row.party_b, row.label])
    items = []
    for sid, doc_id in zip(sentences["sid"], sentences["doc_id"], strict=True):
        item = {"d": doc_index[doc_id]}
        item.update({k: v for k, v in per_sentence[int(sid)].items() if v})
        items.append(item)

    digest = hashlib.sha256((run_dir / "sentences.csv").read_bytes()).hexdigest()[:16]
    ok = [d for d in doc_rows if d.get("status") != "error"]
    return {
        "run": {
            "label": run.label,
            "path": str(run_dir),
            "key": digest,
            "documents": len(doc_rows),
            "failed": len(doc_rows) - len(ok),
            "sentences": len(sentences),
            "actorMentions": len(actors),
            "dateMentions": len(corpus.dates),
            "claims": None if corpus.claims is None else len(corpus.claims),
            "models": sorted({str(v) for v in raw.get("model_version", []) if v}),
            "hasBloc": has_bloc,
        },
        "labels": list(LABELS),
        "colors": LABEL_COLORS,
        "missing": MISSING,
        "columns": columns,
        "rows": raw[columns].to_numpy().tolist(),
        "sentences": items,
        "actors": actor_rows,
        "documents": doc_rows,
    }


def report_charts(corpus: Corpus, *, link: Callable[..., str] = filter_link) -> list[dict]:
    """The report's figures as inline SVG, each with a caption and links to its sentences."""
    charts: list[dict] = []

    def add(key: str, title: str, fig, links: list[tuple[str, str]], note: str = "") -> None:
        if fig is not None:
            charts.append(
                {"key": key, "title": title, "svg": figure_svg(fig), "links": links, "note": note}
            )

    def group_links(table: pd.DataFrame, dim: str) -> list[tuple[str, str]]:
        top = table.nlargest(TOP_GROUPS, "n") if len(table) > TOP_GROUPS else table
        return [(f"{row.group} ({row.n})", link(**{dim: row.group})) for row in top.itertuples()]

    label_links = [(label, link(label=label)) for label in LABELS]
    shares_note = "Bars: share of each label; lines: Wilson 95% intervals. Click a bar."
    for dim, title in (("actor", "Labels by actor"), ("bloc", "Labels by bloc")):
        if dim == "bloc" and "bloc" not in corpus.actors.columns:
            continue
        table = compare(corpus, [dim])
        fig = shares_figure(table, top=TOP_GROUPS, title=title, link=link)
        add(f"shares-{dim}", title, fig, group_links(table, dim) + label_links, shares_note)
    table = compare(corpus, ["document"])
    fig = shares_figure(table, top=TOP_GROUPS, title="Labels by document", link=link)
    add("shares-document", "Labels by document", fig, group_links(table, "document"), shares_note)
    years = corpus.sentences["year"].dropna().unique()
    if len(years) > 1:
        table = compare(corpus, ["year"])
        fig = shares_figure(table, top=40, title="Labels by year", link=link)
        add("shares-year", "Labels by year", fig, group_links(table, "year"), shares_note)
        dim = "bloc" if "bloc" in corpus.actors.columns else "actor"
        table = compare(corpus, [dim, "year"])
        table = table[table["year"] != MISSING]
        fig = index_time_figure(table, top=8, link=link)
        note = "log((cooperation+both+0.5)/(competition+both+0.5)) per year; click a point."
        add(f"index-{dim}", f"Index over time by {dim}", fig, label_links, note)
    if corpus.claims is not None:
        table = dyads(corpus)
        fig = dyad_figure(table, link=link)
        pair_links = [
            (f"{r.party_a} – {r.party_b} ({r.total})", link(a=r.party_a, b=r.party_b))
            for r in table.head(TOP_GROUPS).itertuples()
        ]
        add("dyads", "Ties between parties", fig, pair_links, "Click an edge or a party.")
    fig = timeline_figure(corpus, link=link)
    note = "Each date mentioned in a claim sentence; click a point for its sentence."
    add("timeline", "Timeline of dated claims", fig, label_links, note)
    return charts


def _template(name: str) -> str:
    return resources.files("pipeline.analysis").joinpath("templates", name).read_text("utf-8")


def _charts_html(charts: list[dict]) -> str:
    parts = []
    for chart in charts:
        links = " ".join(
            f'<a class="chip" href="{html.escape(href)}">{html.escape(text)}</a>'
            for text, href in chart["links"]
        )
        parts.append(
            f'<figure class="chart" id="chart-{html.escape(chart["key"])}">'
            f"<figcaption><h3>{html.escape(chart['title'])}</h3>"
            f'<p class="note">{html.escape(chart["note"])}</p></figcaption>'
            f'{chart["svg"]}<p class="chart-links">{links}</p></figure>'
        )
    return "\n".join(parts) or '<p class="note">No charts: the run has no sentences.</p>'


def render_report(data: dict, charts: list[dict], title: str) -> str:
    """Fill the page template (placeholders are replaced in one pass, never re-read)."""
    values = {
        "TITLE": html.escape(title),
        "CSS": _template("report.css"),
        "JS": _template("report.js").replace("</script", "<\\/script"),
        "DATA": script_json(data),
        "CHARTS": _charts_html(charts),
    }
    return re.sub(
        r"\{\{(TITLE|CSS|JS|DATA|CHARTS)\}\}",
        lambda m: values[m.group(1)],
        _template("report.html"),
    )


def build_report(
    run_dir: Path | str, out: Path | str, *, label: str | None = None, title: str | None = None
) -> Path:
    """Write the HTML report of one run folder to ``out`` (atomically) and return its path."""
    run_dir = Path(run_dir)
    corpus = load_corpus([run_dir], [label] if label else ())
    data = report_data(corpus, run_dir)
    charts = report_charts(corpus)
    page = render_report(data, charts, title or f"spaceclaims report: {corpus.labels[0]}")
    out = Path(out)
    with atomic_path(out) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return out
