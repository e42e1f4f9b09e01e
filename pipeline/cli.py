"""The ``spaceclaims`` command line. Each command parses its options and calls one library
function."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline import __version__


def model_option(f):
    return click.option(
        "--model",
        type=click.Path(path_type=Path),
        default=None,
        help="Model folder written by `spaceclaims train` (default: the shipped models/claims).",
    )(f)


def design_option(f):
    return click.option(
        "--design",
        type=click.Choice(["joint", "binary", "mix"]),
        default="joint",
        show_default=True,
        help="Classifier design (see scripts/experiment_results.md): a four-label softmax "
        "model marginalised into the two heads (joint), one binary model per head (binary), "
        "or the average of the two (mix).",
    )(f)


def debug_option(f):
    return click.option(
        "--debug", is_flag=True, help="Show full tracebacks instead of one-line errors."
    )(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="spaceclaims")
def cli() -> None:
    """Cooperation and competition claims, actors and dates from space-policy documents."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for documents.csv, sentences.csv, actors.csv and dates.csv.",
)
@model_option
@click.option(
    "--gazetteer",
    "gazetteers",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra gazetteer CSV (same columns as pipeline/data/gazetteer.csv); repeatable.",
)
@click.option(
    "--pdf-engine",
    type=click.Choice(["pdfium", "pdfplumber"]),
    default="pdfium",
    show_default=True,
    help="Character source for PDF layout analysis.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes, each with its own copy of the pipeline (default: one per core; "
    "0 runs in this process, without limits, for debugging).",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="Send documents to a Dask cluster: its scheduler address (tcp://HOST:8786), or "
    "`local` to start one on this machine with --workers processes.",
)
@click.option(
    "--doc-timeout",
    type=click.FloatRange(min=0),
    default=300,
    show_default=True,
    help="Seconds one document may take before it is stopped with an error row (0: no limit).",
)
@click.option(
    "--doc-memory",
    default="2G",
    show_default=True,
    metavar="SIZE",
    help="Memory one document may use beyond the loaded pipeline, e.g. 2G or 512M (0: no limit).",
)
@click.option(
    "--rebuild",
    is_flag=True,
    help="Process every document again, ignoring results kept in DIR from earlier runs.",
)
@click.option(
    "--format",
    "formats",
    type=click.Choice(["csv", "parquet"]),
    multiple=True,
    help="Extra output format: `--format parquet` also writes NAME.parquet beside each CSV.",
)
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="SECTION.KEY=VALUE",
    help="Override a value of pipeline/default.cfg, e.g. "
    "components.spaceclaims_actors.use_ner=false; repeatable.",
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a TTY)."
)
@debug_option
def run(
    paths: tuple[Path, ...],
    out_dir: Path,
    model: Path | None,
    gazetteers: tuple[Path, ...],
    pdf_engine: str,
    workers: int | None,
    scheduler: str | None,
    doc_timeout: float,
    doc_memory: str,
    rebuild: bool,
    formats: tuple[str, ...],
    overrides: tuple[str, ...],
    progress: bool | None,
    debug: bool,
) -> None:
    """Turn documents into the dataset.

    PATHS are files or folders (searched recursively) of .pdf, .txt, .md, .html/.htm and .docx
    documents. Exit status: 0 all processed, 3 some failed, 1 nothing processed, 2 usage error.

    Running again into the same DIR only processes new or changed documents (and all of them
    after a change of model or pipeline, re-using the parsed text); a run that was killed
    resumes where it stopped. The CSV files are the same as a fresh run's.

    \b
    Examples:
      spaceclaims run corpus/samples --out outputs/samples
      spaceclaims run paper.pdf notes/ --out outputs/mine --model models/mine
      spaceclaims run papers/ --out outputs/papers --workers 4 --doc-timeout 600
      spaceclaims run papers/ --out outputs/papers --format parquet
      spaceclaims run papers/ --out outputs/papers --scheduler tcp://10.0.0.5:8786
    """
    from pipeline.engine import PipelineSpec
    from pipeline.limits import Limits, parse_size
    from pipeline.run import RunError, run_corpus

    try:
        limits = Limits(doc_timeout=doc_timeout, doc_memory=parse_size(doc_memory))
        spec = PipelineSpec(
            model=str(model) if model else None,
            gazetteers=tuple(str(g) for g in gazetteers),
            overrides=tuple(_parse_override(o) for o in overrides),
            pdf_engine=pdf_engine,
        )
        spec.config()  # a bad --set fails here, before any work
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    try:
        summary = run_corpus(
            paths,
            out_dir,
            spec=spec,
            workers=workers,
            scheduler=scheduler,
            limits=limits,
            rebuild=rebuild,
            progress=progress,
            debug=debug,
            log=lambda m: click.echo(m, err=True),
        )
    except RunError as exc:
        if debug:
            raise
        raise click.UsageError(str(exc)) from None
    except KeyboardInterrupt:
        click.echo(
            f"interrupted: finished documents are kept in {out_dir}; run the same command "
            "again to resume",
            err=True,
        )
        sys.exit(130)
    except Exception as exc:  # e.g. a full disk: one line, and finished work is kept
        if debug:
            raise
        click.echo(
            f"error: the run stopped ({type(exc).__name__}: {exc}); finished documents are "
            f"kept in {out_dir}: fix the cause and run the same command again (--debug shows "
            "the traceback)",
            err=True,
        )
        sys.exit(1)
    for skipped in summary.skipped:
        click.echo(f"skipped (unsupported format): {skipped}", err=True)
    if "parquet" in formats and summary.exit_code != 1:
        from pipeline.analysis.query import write_parquet

        write_parquet(out_dir)
    click.echo(summary.line() + f"; written to {out_dir}", err=True)
    sys.exit(summary.exit_code)


def _parse_override(text: str) -> tuple[str, object]:
    """``section.key=value`` with the value read as JSON when it is JSON (true, 3, ["a"])."""
    import json

    key, sep, value = text.partition("=")
    if not sep or "." not in key:
        raise ValueError(f"--set needs SECTION.KEY=VALUE, not {text!r}")
    try:
        return key.strip(), json.loads(value)
    except ValueError:
        return key.strip(), value


@cli.command()
@click.argument("annotations", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Model folder to write (model.skops, meta.json, README.md model card).",
)
@click.option("--folds", default=5, show_default=True, help="Cross-validation folds.")
@click.option("--seed", default=0, show_default=True, help="Random seed.")
@click.option(
    "--no-shipped",
    is_flag=True,
    help="Train on the given annotations only, without the shipped data.",
)
@design_option
def train(
    annotations: tuple[Path, ...],
    out: Path,
    folds: int,
    seed: int,
    no_shipped: bool,
    design: str,
) -> None:
    """Train the claim classifier on the shipped data plus your annotations.

    ANNOTATIONS are reviewed sentences.csv files (rows with a label in `review`), JSONL in the
    project's format, Prodigy or doccano JSONL, or Label Studio JSON exports. A later annotation
    of the same text wins.

    \b
    Examples:
      spaceclaims train --out models/claims
      spaceclaims train outputs/samples/sentences.csv --out models/mine
      spaceclaims run corpus/samples --out outputs/again --model models/mine
    """
    from pipeline.annotations import AnnotationError
    from pipeline.train import train_model

    try:
        train_model(
            annotations,
            out,
            folds=folds,
            seed=seed,
            shipped=not no_shipped,
            design=design,
            log=lambda m: click.echo(m, err=True),
        )
    except (AnnotationError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None


def runs_argument(f):
    return click.argument(
        "run_dirs",
        nargs=-1,
        required=True,
        type=click.Path(exists=True, file_okay=False, path_type=Path),
    )(f)


def label_option(f):
    return click.option(
        "--label",
        "labels",
        multiple=True,
        help="Name for each RUN_DIR, in order (default: the folder name); once per run.",
    )(f)


def where_option(f):
    return click.option(
        "--where",
        "where",
        multiple=True,
        metavar="COND",
        help="Keep sentences meeting COND (repeat: all must hold): COLUMN OP VALUE with "
        "OP = != < <= > >= or ~ (contains), e.g. label=competition, actor=China, "
        "year>=2020, journal~policy, label=cooperation|both. Columns: sentences.csv and "
        "documents.csv columns, document, run, and actor, country, bloc, actor_type (true "
        "when any actor of the sentence matches).",
    )(f)


def by_option(f):
    return click.option(
        "--by",
        multiple=True,
        type=click.Choice(
            ["actor", "country", "bloc", "document", "year", "section", "journal", "run"]
        ),
        help="Group sentences by this (repeat for a cross-tab); without it each run is a group.",
    )(f)


def _analysis_errors():
    from pipeline.analysis.compare import AnalysisError
    from pipeline.analysis.load import RunError
    from pipeline.analysis.query import QueryError

    return (AnalysisError, RunError, QueryError)


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
    except _analysis_errors() as exc:
        raise click.ClickException(str(exc)) from None
    if out is not None:
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

    try:
        corpus = filter_corpus(load_corpus(run_dirs, labels), where)
        written, notes = plot_corpus(corpus, by, out, top=top)
    except _analysis_errors() as exc:
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

    try:
        path = build_report(run_dir, out, label=label, title=title)
    except _analysis_errors() as exc:
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

    try:
        result = run_query(run_dir, sql)
    except _analysis_errors() as exc:
        raise click.ClickException(str(exc)) from None
    if out is not None:
        write_table(result, out)
        click.echo(f"{len(result)} rows written to {out}", err=True)
    else:
        click.echo(format_table(result))


@cli.command()
@click.argument("model_dir", metavar="MODEL", type=click.Path(exists=True, path_type=Path))
@click.argument("data", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--against",
    type=click.Path(exists=True, path_type=Path),
    default=None,
    help="A second model folder, measured on the same data and shown side by side.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for report.md, metrics.json, confusion_matrix.png and calibration.png.",
)
def evaluate(
    model_dir: Path, data: tuple[Path, ...], against: Path | None, out: Path | None
) -> None:
    """Measure a claim model on annotated sentences.

    MODEL is a model folder written by `spaceclaims train`. DATA are annotation files in any
    format `train` accepts (reviewed sentences.csv, project/Prodigy/doccano JSONL, Label Studio
    JSON); a later file wins for a repeated sentence. Prints per-label precision, recall and F1,
    macro-F1, per-head F1 and expected calibration error, and the confusion matrix. Sentences the
    model was trained on give optimistic figures: evaluate on data it has not seen.

    \b
    Examples:
      spaceclaims evaluate models/claims reviewed/sentences.csv
      spaceclaims evaluate models/mine gold.jsonl --against models/claims --out outputs/eval
    """
    from pipeline.annotations import AnnotationError
    from pipeline.model_io import ModelError
    from pipeline.train import evaluate_model

    try:
        _, summary = evaluate_model(model_dir, data, against=against, out=out)
    except (AnnotationError, ModelError, ValueError, RuntimeError) as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(summary)
    if out:
        click.echo(f"report, metrics and plots written to {out}", err=True)


@cli.command()
@click.argument("run_dir", type=click.Path(exists=True, path_type=Path))
@click.option("--n", "n", default=50, show_default=True, help="How many sentences to suggest.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="CSV to write (default: RUN_DIR/review_next.csv).",
)
def suggest(run_dir: Path, n: int, out: Path | None) -> None:
    """Pick the sentences of a run most worth reviewing next.

    RUN_DIR is a folder written by `spaceclaims run` (or its sentences.csv). The sentences whose
    two claim probabilities are least certain are chosen (uncertainty sampling), without near
    duplicates and spread across documents. The output has the sentences.csv columns with an
    empty `review` column: write the correct label there and pass the file to `train`.

    \b
    Examples:
      spaceclaims suggest outputs/samples --n 50
      spaceclaims suggest outputs/samples --n 100 --out review/batch1.csv
      spaceclaims train review/batch1.csv --out models/mine
    """
    from pipeline.annotations import AnnotationError
    from pipeline.train import suggest_for_review, write_suggestions

    if n < 1:
        raise click.UsageError("--n must be at least 1")
    try:
        rows = suggest_for_review(run_dir, n)
    except AnnotationError as exc:
        raise click.UsageError(str(exc)) from None
    if out is None:
        out = (run_dir if run_dir.is_dir() else run_dir.parent) / "review_next.csv"
    write_suggestions(rows, out)
    click.echo(f"{len(rows)} sentences to review written to {out}", err=True)


@cli.command("label-issues")
@click.argument(
    "annotations", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path)
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="CSV of all suspected issues, ranked (default: print the top 20 only).",
)
@click.option("--folds", default=5, show_default=True, help="Cross-validation folds.")
@click.option("--seed", default=0, show_default=True, help="Random seed.")
def label_issues(annotations: tuple[Path, ...], out: Path | None, folds: int, seed: int) -> None:
    """List annotations that look mislabelled.

    ANNOTATIONS are annotation files in any format `train` accepts. Each sentence is predicted by
    a model cross-validated on the others; sentences whose given label is contradicted by a
    confident prediction are ranked, most suspicious first (confident learning); `disagreement`
    is the probability of the suggested label minus that of the given one. Check each one
    against the annotation guide: many are hard cases, not mistakes.

    \b
    Examples:
      spaceclaims label-issues corpus/annotations/*.jsonl
      spaceclaims label-issues reviewed/sentences.csv --out review/issues.csv
    """
    from pipeline.annotations import AnnotationError
    from pipeline.train import ISSUE_COLUMNS, find_label_issues, format_issue_lines, write_rows

    try:
        rows = find_label_issues(annotations, folds=folds, seed=seed)
    except (AnnotationError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    for line in format_issue_lines(rows):
        click.echo(line)
    if out:
        write_rows(rows, out, ISSUE_COLUMNS)
        click.echo(f"{len(rows)} suspected label issues written to {out}", err=True)
    else:
        click.echo(f"{len(rows)} suspected label issues", err=True)


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
    memory should not grow with the corpus), a rerun into the same folder (incremental) and PDF
    parsing alone. Prints words/s, sentences/s, pages/s, peak memory and the ratios. Takes a
    few minutes with the defaults.

    \b
    Examples:
      spaceclaims bench
      spaceclaims bench --docs 60 --small 15 --pdfs 2 --workers 1,2,4
      spaceclaims bench --model models/mine --json bench.json
    """
    import json

    from pipeline.bench import run_bench

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


def main() -> None:
    cli(prog_name="spaceclaims")


if __name__ == "__main__":
    main()
