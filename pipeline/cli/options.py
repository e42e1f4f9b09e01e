"""Options and arguments shared by several commands (one decorator each)."""

from __future__ import annotations

import sys
from pathlib import Path

import click


def model_option(f):
    return click.option(
        "--model",
        type=click.Path(path_type=Path),
        default=None,
        help="Model folder written by `spaceclaims train` (default: $SPACECLAIMS_MODEL, else "
        "the shipped model).",
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


def analysis_errors():
    from pipeline.errors import AnalysisError, QueryError, RunFolderError

    return (AnalysisError, RunFolderError, QueryError)


def output_errors(f):
    """Report an output that cannot be written (:class:`OutputError`) in one line, exit 4."""
    import functools

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        from pipeline.errors import OutputError
        from pipeline.schema import EXIT_OUTPUT

        try:
            return f(*args, **kwargs)
        except OutputError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_OUTPUT)

    return wrapper
