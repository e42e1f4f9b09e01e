"""``spaceclaims bench``: speed and memory against bare spaCy."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.app import cli
from pipeline.cli.options import model_option


@cli.command()
@click.option("--docs", default=240, show_default=True, help="Text documents to generate.")
@click.option(
    "--small", default=30, show_default=True, help="Documents in the memory comparison run."
)
@click.option("--pdfs", default=8, show_default=True, help="Two-column article PDFs (0: none).")
@click.option("--pdf-pages", default=10, show_default=True, help="Pages per PDF.")
@click.option(
    "--workers",
    "workers_list",
    default="1,2",
    show_default=True,
    help="Comma-separated --workers values to time.",
)
@model_option
@click.option(
    "--keep",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the generated corpus and outputs, kept afterwards (default: a temporary one).",
)
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the measures to this JSON file.",
)
def bench(
    docs: int,
    small: int,
    pdfs: int,
    pdf_pages: int,
    workers_list: str,
    model: Path | None,
    keep: Path | None,
    json_out: Path | None,
) -> None:
    """Measure a run's speed and memory on this machine against bare spaCy.

    Generates a corpus from the team's annotated sentences (text documents, and two-column
    PDFs), runs the same texts through spaCy's full en_core_web_sm as the reference, then
    `spaceclaims run` end to end with each --workers value, a run on --small documents (peak
    memory should not grow with the corpus), a rerun into the same folder (incremental), PDF
    parsing alone, and start-up: `spaceclaims run` on a one-sentence file beside a bare script
    that loads en_core_web_sm and processes that sentence. Prints words/s, sentences/s,
    pages/s, peak memory and the ratios (startup_vs_bare_script among them). Takes a few
    minutes with the defaults.

    \b
    Examples:
      spaceclaims bench
      spaceclaims bench --docs 60 --small 15 --pdfs 2 --workers 1,2,4
      spaceclaims bench --model models/mine --json bench.json
    """
    import json

    from pipeline.bench.run import run_bench

    try:
        workers = tuple(sorted({int(w) for w in workers_list.split(",") if w.strip()}))
    except ValueError:
        raise click.UsageError("--workers takes numbers separated by commas, e.g. 1,2") from None
    if not workers or min(workers) < 1:
        raise click.UsageError("--workers takes numbers of at least 1, e.g. 1,2")
    result = run_bench(
        docs=docs,
        small=min(small, docs),
        pdfs=pdfs,
        pdf_pages=pdf_pages,
        workers=workers,
        model=str(model) if model else None,
        keep=keep,
        log=click.echo,
    )
    if json_out is not None:
        json_out.write_text(json.dumps(result, indent=2) + "\n")
