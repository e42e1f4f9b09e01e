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
    "--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a TTY)."
)
@debug_option
def run(
    paths: tuple[Path, ...],
    out_dir: Path,
    model: Path | None,
    gazetteers: tuple[Path, ...],
    pdf_engine: str,
    progress: bool | None,
    debug: bool,
) -> None:
    """Turn documents into the dataset.

    PATHS are files or folders (searched recursively) of .pdf, .txt, .md, .html/.htm and .docx
    documents. Exit status: 0 all processed, 3 some failed, 1 nothing processed, 2 usage error.

    \b
    Examples:
      spaceclaims run corpus/samples --out outputs/samples
      spaceclaims run paper.pdf notes/ --out outputs/mine --model models/mine
    """
    from pipeline.model_io import ModelError
    from pipeline.nlp import ModelNotInstalled, build_nlp
    from pipeline.run import run_corpus

    try:
        nlp = build_nlp(model=model, gazetteer_files=list(gazetteers))
    except (ModelError, ModelNotInstalled, ValueError) as exc:
        if debug:
            raise
        raise click.UsageError(str(exc)) from None
    summary = run_corpus(
        paths, out_dir, nlp=nlp, pdf_engine=pdf_engine, progress=progress, debug=debug
    )
    for skipped in summary.skipped:
        click.echo(f"skipped (unsupported format): {skipped}", err=True)
    click.echo(summary.line() + f"; written to {out_dir}", err=True)
    sys.exit(summary.exit_code)


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
def train(
    annotations: tuple[Path, ...], out: Path, folds: int, seed: int, no_shipped: bool
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
            log=lambda m: click.echo(m, err=True),
        )
    except (AnnotationError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None


def main() -> None:
    cli(prog_name="spaceclaims")


if __name__ == "__main__":
    main()
