"""Commands on the claim classifier: ``train``, ``evaluate``, ``suggest``, ``label-issues``."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.app import cli
from pipeline.cli.options import design_option, output_errors


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
@output_errors
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
    of the same text wins. Labels are defined in docs/annotation-guide.md. Review labels may be in any case ("Cooperation"); any other value
    is refused with its file and line. Exit status: 0 trained, 2 usage error (bad annotations),
    4 the model folder cannot be written (checked before training).

    \b
    Examples:
      spaceclaims train --out models/claims
      spaceclaims train outputs/samples/sentences.csv --out models/mine
      spaceclaims run corpus/samples --out outputs/again --model models/mine
    """
    from pipeline.classify.train import train_model
    from pipeline.errors import AnnotationError
    from pipeline.nlp.masking import EntityMasker

    try:
        train_model(
            annotations,
            out,
            folds=folds,
            seed=seed,
            shipped=not no_shipped,
            design=design,
            prepare=EntityMasker(),
            log=lambda m: click.echo(m, err=True),
        )
    except (AnnotationError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None


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
@click.option(
    "--texts",
    "texts_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder of the documents that stand-off annotations point into (corpus/real/).",
)
@click.option(
    "--split",
    type=click.Choice(["dev", "test"]),
    default=None,
    help="Stand-off annotations: keep this split only.",
)
@output_errors
def evaluate(
    model_dir: Path,
    data: tuple[Path, ...],
    against: Path | None,
    out: Path | None,
    texts_dir: Path | None,
    split: str | None,
) -> None:
    """Measure a claim model on annotated sentences.

    MODEL is a model folder written by `spaceclaims train`. DATA are annotation files in any
    format `train` accepts (reviewed sentences.csv, project/Prodigy/doccano JSONL, Label Studio
    JSON); a later file wins for a repeated sentence. Prints per-label precision, recall and F1,
    macro-F1, per-head F1 and expected calibration error, and the confusion matrix. Sentences the
    model was trained on give optimistic figures: evaluate on data it has not seen.

    The real gold set (corpus/real/annotations.jsonl) is stand-off: it points into documents
    kept outside the repository (the shared real documents, if you have them); give their
    folder with --texts and a split with --split (dev for choosing, test for reporting).

    \b
    Examples:
      spaceclaims evaluate models/claims reviewed/sentences.csv
      spaceclaims evaluate models/mine gold.jsonl --against models/claims --out outputs/eval
      spaceclaims evaluate models/claims corpus/real/annotations.jsonl --texts REALCORPUS --split test
    """
    from pipeline.classify.evaluate import evaluate_model
    from pipeline.dataset.files import check_writable
    from pipeline.errors import AnnotationError, ModelError
    from pipeline.nlp.masking import EntityMasker

    if out:
        check_writable(out, folder=True)
    try:
        _, summary = evaluate_model(
            model_dir, data, against=against, out=out, texts_dir=texts_dir, split=split,
            prepare=EntityMasker(), warn=lambda m: click.echo(m, err=True),
        )  # fmt: skip
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
@output_errors
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
    from pipeline.classify.review import suggest_for_review, write_suggestions
    from pipeline.dataset.files import check_writable, writing
    from pipeline.errors import AnnotationError

    if n < 1:
        raise click.UsageError("--n must be at least 1")
    if out is None:
        out = (run_dir if run_dir.is_dir() else run_dir.parent) / "review_next.csv"
    check_writable(out, folder=False)
    try:
        rows = suggest_for_review(run_dir, n)
    except AnnotationError as exc:
        raise click.UsageError(str(exc)) from None
    with writing(out):
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
@output_errors
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
    from pipeline.classify.review import (
        ISSUE_COLUMNS,
        find_label_issues,
        format_issue_lines,
        write_rows,
    )
    from pipeline.dataset.files import check_writable, writing
    from pipeline.errors import AnnotationError

    if out:
        check_writable(out, folder=False)
    try:
        rows = find_label_issues(
            annotations, folds=folds, seed=seed, warn=lambda m: click.echo(m, err=True)
        )
    except (AnnotationError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    for line in format_issue_lines(rows):
        click.echo(line)
    if out:
        with writing(out):
            write_rows(rows, out, ISSUE_COLUMNS)
        click.echo(f"{len(rows)} suspected label issues written to {out}", err=True)
    else:
        click.echo(f"{len(rows)} suspected label issues", err=True)
