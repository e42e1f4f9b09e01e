"""Commands that read finished runs: ``compare``, ``plot``, ``report``, ``query``."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.app import cli
from pipeline.cli.options import (
    analysis_errors,
    by_option,
    label_option,
    output_errors,
    runs_argument,
    where_option,
)
from pipeline.dataset.files import check_writable, writing


@cli.command()
@runs_argument
@by_option
@where_option
@label_option
@click.option(
    "--terms",
    nargs=2,
    metavar="GROUP_A GROUP_B",
    default=None,
    help="Instead of counts, the uni- and bigrams that most distinguish two groups' claim "
    "sentences: run labels, --by values, or conditions such as year<2020.",
)
@click.option("--min-count", default=2, show_default=True, help="--terms: rarest term kept.")
@click.option(
    "--dyads",
    is_flag=True,
    help="Instead of counts, ties between party pairs from claims.csv.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="CSV file for the full table (default: print a short table).",
)
@output_errors
def compare(
    run_dirs: tuple[Path, ...],
    by: tuple[str, ...],
    where: tuple[str, ...],
    labels: tuple[str, ...],
    terms: tuple[str, str] | None,
    min_count: int,
    dyads: bool,
    out: Path | None,
) -> None:
    """Compare groups of sentences within and across runs.

    For each run and group: n sentences; counts of each label; shares with Wilson 95%
    intervals; a cooperation-versus-competition index log((coop+0.5)/(comp+0.5)) with its
    standard error, where coop = cooperation + both and comp = competition + both; and the
    counts expected from the summed probabilities. With --by actor a sentence counts once
    for each distinct actor in it, so groups overlap.

    \b
    Examples:
      spaceclaims compare outputs/ilrs outputs/artemis --out by_run.csv
      spaceclaims compare outputs/all --by actor --where "year>=2020" --out actors.csv
      spaceclaims compare outputs/all --by bloc --by year --out bloc_year.csv
      spaceclaims compare outputs/all --by journal --where actor=China
      spaceclaims compare outputs/ilrs outputs/artemis --terms ilrs artemis --out terms.csv
      spaceclaims compare outputs/all --by actor --terms China "United States"
      spaceclaims compare outputs/all --dyads --out dyads.csv
    """
    from pipeline.analysis import compare as cmp
    from pipeline.analysis.load import load_corpus, write_table
    from pipeline.analysis.query import format_table
    from pipeline.analysis.terms import distinguishing_terms, ranked_ends

    if terms and dyads:
        raise click.UsageError("give --terms or --dyads, not both")
    if out is not None:
        check_writable(out, folder=False)
    try:
        corpus = cmp.filter_corpus(load_corpus(run_dirs, labels), where)
        if dyads:
            table = cmp.dyads(corpus)
            short = table
        elif terms:
            claims = corpus.subset(
                corpus.sentences.loc[corpus.sentences["label"].isin(cmp.CLAIM_LABELS), "sid"]
            )
            texts = claims.sentences.set_index("sid")["text"]
            groups = [cmp.group_sids(claims, by, name) for name in terms]
            table = distinguishing_terms(
                list(texts.loc[groups[0]]),
                list(texts.loc[groups[1]]),
                name_a=terms[0],
                name_b=terms[1],
                background=list(texts),
                min_count=min_count,
            )
            short = ranked_ends(table, 15).drop(columns=["example"])
        else:
            table = cmp.compare(corpus, by)
            short = table[
                ["run", "group", "n", "cooperation", "competition", "both", "neutral",
                 "index", "index_se", "expected_coop_claims", "expected_comp_claims"]
            ]  # fmt: skip
    except analysis_errors() as exc:
        raise click.ClickException(str(exc)) from None
    if out is not None:
        with writing(out):
            write_table(table, out)
        click.echo(f"{len(table)} rows written to {out}", err=True)
    else:
        click.echo(format_table(short.round(3), width=50))


@cli.command()
@runs_argument
@by_option
@where_option
@label_option
@click.option("--top", default=15, show_default=True, help="Largest groups drawn per chart.")
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the PNG and SVG files.",
)
@output_errors
def plot(
    run_dirs: tuple[Path, ...],
    by: tuple[str, ...],
    where: tuple[str, ...],
    labels: tuple[str, ...],
    top: int,
    out: Path,
) -> None:
    """Draw comparison charts as PNG and SVG.

    Writes shares_BY (label shares by group with Wilson intervals), index_time_BY (the
    cooperation-versus-competition index by document year, one line per group), dyads (ties
    between parties, when the runs have claims.csv) and timeline (dates mentioned in claim
    sentences). Charts the data cannot support are skipped with a note.

    \b
    Examples:
      spaceclaims plot outputs/all --by actor --out figures/
      spaceclaims plot outputs/ilrs outputs/artemis --out figures/runs
      spaceclaims plot outputs/all --by bloc --where "year>=2015" --out figures/blocs
    """
    from pipeline.analysis.compare import filter_corpus
    from pipeline.analysis.load import load_corpus
    from pipeline.analysis.plots import plot_corpus

    check_writable(out, folder=True)
    try:
        corpus = filter_corpus(load_corpus(run_dirs, labels), where)
        with writing(out):
            written, notes = plot_corpus(corpus, by, out, top=top)
    except analysis_errors() as exc:
        raise click.ClickException(str(exc)) from None
    for note in notes:
        click.echo(note, err=True)
    for path in written:
        click.echo(str(path))


@cli.command()
@click.argument("run_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML file to write.",
)
@click.option("--label", default=None, help="Name of the run (default: the folder name).")
@click.option("--title", default=None, help="Page title.")
@output_errors
def report(run_dir: Path, out: Path, label: str | None, title: str | None) -> None:
    """Write one self-contained HTML page to read, filter and review a run.

    The page opens offline from a file: run summary, documents (with errors), charts, and
    every sentence with its label colour and its actors and dates highlighted; filter by
    label, actor, document and words, or click a chart. Choose correct labels in the page
    and download sentences.reviewed.csv for `spaceclaims train`.

    \b
    Examples:
      spaceclaims report outputs/samples --out outputs/samples/report.html
      spaceclaims train outputs/samples/sentences.reviewed.csv --out models/mine
    """
    from pipeline.analysis.report import build_report

    check_writable(out, folder=False)
    try:
        with writing(out):
            path = build_report(run_dir, out, label=label, title=title)
    except analysis_errors() as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"report written to {path}", err=True)


@cli.command()
@click.argument("run_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("sql")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="CSV file for the result (default: print it as a table).",
)
@output_errors
def query(run_dir: Path, sql: str, out: Path | None) -> None:
    """Run SQL (DuckDB) over a run's tables.

    Tables: documents, sentences, actors, dates and, when present, claims, with the columns
    of their CSV files (numbers as numbers). Parquet copies are used when present and fresh.

    \b
    Examples:
      spaceclaims query outputs/samples "SELECT label, count(*) FROM sentences GROUP BY 1"
      spaceclaims query outputs/samples "SELECT d.year, s.label, count(*) AS n
        FROM sentences s JOIN documents d USING (doc_id) GROUP BY ALL ORDER BY 1" --out y.csv
      spaceclaims query outputs/samples "SELECT actor, count(DISTINCT doc_id) FROM actors
        GROUP BY actor ORDER BY 2 DESC LIMIT 20"
    """
    from pipeline.analysis.load import write_table
    from pipeline.analysis.query import format_table, run_query

    if out is not None:
        check_writable(out, folder=False)
    try:
        result = run_query(run_dir, sql)
    except analysis_errors() as exc:
        raise click.ClickException(str(exc)) from None
    if out is not None:
        with writing(out):
            write_table(result, out)
        click.echo(f"{len(result)} rows written to {out}", err=True)
    else:
        click.echo(format_table(result))
