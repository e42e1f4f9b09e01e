"""``spaceclaims run``: the dataset from documents."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.app import cli
from pipeline.cli.options import debug_option, model_option
from pipeline.runner.limits import DEFAULT_DOC_MEMORY, DEFAULT_DOC_TIMEOUT, format_size
from pipeline.schema import EXIT_NOTHING, EXIT_OUTPUT


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for documents.csv, sentences.csv, actors.csv, dates.csv, claims.csv and "
    "excluded.csv (columns: docs/contract.md).",
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
    default=DEFAULT_DOC_TIMEOUT,
    show_default=True,
    help="Seconds one document may take before it is stopped with an error row (0: no limit).",
)
@click.option(
    "--doc-memory",
    default=format_size(DEFAULT_DOC_MEMORY),
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
    "--today",
    "today",
    default=None,
    metavar="YYYY-MM-DD",
    help="Read the documents as of this day instead of the day of the run: no document is "
    "dated after it (default: the day the run starts). Makes a run reproducible later.",
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
    today: str | None,
    progress: bool | None,
    debug: bool,
) -> None:
    """Turn documents into the dataset.

    PATHS are files or folders (searched recursively) of .pdf, .txt, .md, .html/.htm and .docx
    documents. Exit status: 0 all processed, 3 some failed, 1 nothing processed, 2 usage error,
    4 the output folder cannot be written (read-only, full disk, a file in the way).

    Running again into the same DIR only processes new or changed documents (and all of them
    after a change of model or pipeline, re-using the parsed text); a run that was killed
    resumes where it stopped. The CSV files are the same as a fresh run's. Every column is
    defined in docs/contract.md; the labels in docs/annotation-guide.md.

    \b
    Examples:
      spaceclaims run corpus/samples --out outputs/samples
      spaceclaims run paper.pdf notes/ --out outputs/mine --model models/mine
      spaceclaims run papers/ --out outputs/papers --workers 4 --doc-timeout 600
      spaceclaims run papers/ --out outputs/papers --format parquet
      spaceclaims run papers/ --out outputs/papers --today 2027-06-30
      spaceclaims run papers/ --out outputs/papers --scheduler tcp://10.0.0.5:8786
    """
    from pipeline.dataset.files import WRITE_ERRNOS, output_error
    from pipeline.errors import OutputError, RunError
    from pipeline.runner.limits import Limits, parse_size
    from pipeline.runner.run import run_corpus
    from pipeline.runner.task import PipelineSpec

    try:
        limits = Limits(doc_timeout=doc_timeout, doc_memory=parse_size(doc_memory))
        settings = [_parse_override(o) for o in overrides]
        if today is not None:
            settings.append((REFERENCE_DATE, _reference_day(today)))
        spec = PipelineSpec(
            model=str(model) if model else None,
            gazetteers=tuple(str(g) for g in gazetteers),
            overrides=tuple(settings),
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
    except OutputError as exc:
        if debug:
            raise
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_OUTPUT)
    except KeyboardInterrupt:
        click.echo(
            f"interrupted: finished documents are kept in {out_dir}; run the same command "
            "again to resume",
            err=True,
        )
        sys.exit(130)
    except Exception as exc:  # one line, and finished work is kept
        if debug:
            raise
        if isinstance(exc, OSError) and exc.errno in WRITE_ERRNOS:  # e.g. a full disk
            click.echo(f"error: {output_error(exc, out_dir)}; finished documents are kept "
                       "there: run the same command again to resume", err=True)  # fmt: skip
            sys.exit(EXIT_OUTPUT)
        click.echo(
            f"error: the run stopped ({type(exc).__name__}: {exc}); finished documents are "
            f"kept in {out_dir}: fix the cause and run the same command again (--debug shows "
            "the traceback)",
            err=True,
        )
        sys.exit(EXIT_NOTHING)
    for skipped in summary.skipped:
        click.echo(f"skipped (unsupported format): {skipped}", err=True)
    if summary.documents == 0:
        click.echo(
            "error: no .pdf, .txt, .md, .html or .docx files under "
            + ", ".join(str(p) for p in paths)
            + ": give files or folders that hold documents",
            err=True,
        )
    if "parquet" in formats and summary.exit_code != EXIT_NOTHING:
        from pipeline.analysis.query import write_parquet

        write_parquet(out_dir)
    click.echo(summary.line() + f"; written to {out_dir}", err=True)
    sys.exit(summary.exit_code)


REFERENCE_DATE = "components.spaceclaims_dates.reference_date"


def _reference_day(text: str) -> str:
    """``--today``'s value checked as an ISO day (a usage error names what is wrong)."""
    from datetime import date

    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise ValueError(f"--today needs a day written YYYY-MM-DD, not {text!r}") from None


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
