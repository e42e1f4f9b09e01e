"""Read run folders into pandas, one labelled :class:`Run` per folder, and pool them.

Cells are read as text with spreadsheet neutralisation undone (``'=x`` becomes ``=x``) and then
typed: ids and offsets as nullable integers, probabilities as floats. Files other engineers add
later (``claims.csv``, a ``bloc`` column in actors.csv, ``parties``/``modality`` in
sentences.csv) are kept when present and simply absent otherwise.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.dataset.files import atomic_path
from pipeline.errors import RunFolderError
from pipeline.schema import (
    ACTOR_COLUMNS,
    CLAIM_COLUMNS,
    DATE_COLUMNS,
    DOCUMENT_COLUMNS,
    SENTENCE_COLUMNS,
    neutralize_cell,
    restore_cell,
)

#: The tables of a run, named after their files.
TABLE_COLUMNS = {
    "documents": DOCUMENT_COLUMNS,
    "sentences": SENTENCE_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "dates": DATE_COLUMNS,
    "claims": CLAIM_COLUMNS,
}
#: Columns added to the contract later: never invented when a file lacks them, so that an older
#: run is recognisably older (``--by bloc`` can then say why it cannot group).
OPTIONAL_COLUMNS = {
    "bloc", "method", "parties", "modality", "organization", "date", "date_anchor", "date_basis",
}  # fmt: skip
INT_COLUMNS = {"sentence_id", "start", "end", "n_sentences", "pages", "page", "year"}
FLOAT_COLUMNS = {"p_cooperation", "p_competition"}
#: Placeholder for a group whose value is unknown (no year, no section...).
MISSING = "(none)"


@dataclass
class Run:
    """One run folder's tables. ``claims`` is None when the run has no claims.csv."""

    label: str
    path: Path
    documents: pd.DataFrame
    sentences: pd.DataFrame
    actors: pd.DataFrame
    dates: pd.DataFrame
    claims: pd.DataFrame | None = None


@dataclass
class Corpus:
    """Several runs pooled, each row carrying its run's label in a ``run`` column.

    ``sentences`` is joined with its document's metadata (title, source, journal, year,
    format, authors) and a ``document`` column (title, or source when untitled), and has a
    ``sid`` column: a unique integer per sentence that actors, dates and claims rows also
    carry, so filters and groupings can work on sentence sets.
    """

    runs: list[Run]
    documents: pd.DataFrame
    sentences: pd.DataFrame
    actors: pd.DataFrame
    dates: pd.DataFrame
    claims: pd.DataFrame | None = None
    sentence_columns: list[str] = field(default_factory=list)

    @property
    def labels(self) -> list[str]:
        return [r.label for r in self.runs]

    def subset(self, sids: pd.Index | pd.Series | Sequence[int]) -> Corpus:
        """The same corpus restricted to the sentences whose ``sid`` is given."""
        keep = pd.Index(sids)
        sentences = self.sentences[self.sentences["sid"].isin(keep)]
        claims = None if self.claims is None else self.claims[self.claims["sid"].isin(keep)]
        return Corpus(
            runs=self.runs,
            documents=self.documents,
            sentences=sentences,
            actors=self.actors[self.actors["sid"].isin(keep)],
            dates=self.dates[self.dates["sid"].isin(keep)],
            claims=claims,
            sentence_columns=self.sentence_columns,
        )


def read_table(path: Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """One CSV of a run as a typed DataFrame; ``columns`` are ensured to exist (empty)."""
    try:
        frame = pd.read_csv(
            path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8-sig"
        )
    except pd.errors.EmptyDataError:
        frame = pd.DataFrame()
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise RunFolderError(f"{path}: not a readable CSV ({exc})") from None
    for column in frame.columns:
        frame[column] = frame[column].astype(object).map(restore_cell)
    for column in columns or ():
        if column not in frame.columns and column not in OPTIONAL_COLUMNS:
            frame[column] = ""
    return _typed(frame)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        if column in INT_COLUMNS:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
        elif column in FLOAT_COLUMNS:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
        else:
            frame[column] = frame[column].astype(object)
    return frame


def load_run(path: Path | str, label: str | None = None) -> Run:
    """The tables of one run folder (sentences.csv is required, the rest optional)."""
    path = Path(path)
    if not path.is_dir():
        raise RunFolderError(f"{path}: not a folder (give the --out folder of `spaceclaims run`)")
    if not (path / "sentences.csv").exists():
        raise RunFolderError(
            f"{path}: no sentences.csv here; is this the output of `spaceclaims run`?"
        )
    tables = {}
    for name, columns in TABLE_COLUMNS.items():
        file = path / f"{name}.csv"
        if file.exists():
            tables[name] = read_table(file, columns)
        elif name != "claims":
            empty = {c: pd.Series(dtype=object) for c in columns if c not in OPTIONAL_COLUMNS}
            tables[name] = _typed(pd.DataFrame(empty))
    return Run(
        label=label or path.resolve().name,
        path=path,
        documents=tables["documents"],
        sentences=tables["sentences"],
        actors=tables["actors"],
        dates=tables["dates"],
        claims=tables.get("claims"),
    )


def run_labels(paths: Sequence[Path | str], labels: Sequence[str] = ()) -> list[str]:
    """Labels for run folders: the given ones, else folder names made unique with parents."""
    if labels:
        if len(labels) != len(paths):
            raise RunFolderError(
                f"{len(labels)} --label for {len(paths)} run folders: give one each"
            )
        if len(set(labels)) != len(labels):
            raise RunFolderError("--label values must differ")
        return list(labels)
    parts = [Path(p).resolve().parts for p in paths]
    depth = 1
    while True:
        names = ["/".join(p[-depth:]) for p in parts]
        if len(set(names)) == len(names) or depth >= max(len(p) for p in parts):
            return names
        depth += 1


def load_corpus(paths: Sequence[Path | str], labels: Sequence[str] = ()) -> Corpus:
    """Several run folders pooled into one :class:`Corpus`."""
    if not paths:
        raise RunFolderError("give at least one run folder")
    runs = [load_run(p, lab) for p, lab in zip(paths, run_labels(paths, labels), strict=True)]
    return pool(runs)


def pool(runs: Sequence[Run]) -> Corpus:
    """Concatenate runs, join sentence rows with document metadata and number sentences."""

    def concat(name: str) -> pd.DataFrame:
        frames = [getattr(r, name).assign(run=r.label) for r in runs]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    documents = concat("documents")
    sentences = concat("sentences")
    sentence_columns: list[str] = []
    for run in runs:
        sentence_columns += [c for c in run.sentences.columns if c not in sentence_columns]
    meta_columns = ["title", "source", "journal", "year", "format", "authors"]
    meta = documents.drop_duplicates(["run", "doc_id"])[["run", "doc_id", *meta_columns]]
    sentences = sentences.drop(columns=[c for c in meta_columns if c in sentences.columns])
    sentences = sentences.merge(meta, on=["run", "doc_id"], how="left")
    for column in ("title", "source", "journal", "format", "authors"):
        sentences[column] = sentences[column].fillna("").astype(object)
    sentences["document"] = sentences["title"].where(sentences["title"] != "", sentences["source"])
    sentences["document"] = sentences["document"].where(
        sentences["document"] != "", sentences["doc_id"]
    )
    sentences["sid"] = range(len(sentences))
    keys = sentences[["run", "doc_id", "sentence_id", "sid"]]

    def with_sid(frame: pd.DataFrame) -> pd.DataFrame:
        # Rows whose sentence is missing from sentences.csv are dropped: they cannot be shown.
        return frame.merge(keys, on=["run", "doc_id", "sentence_id"], how="inner")

    claims = [r.claims.assign(run=r.label) for r in runs if r.claims is not None]
    return Corpus(
        runs=list(runs),
        documents=documents,
        sentences=sentences,
        actors=with_sid(concat("actors")),
        dates=with_sid(concat("dates")),
        claims=with_sid(pd.concat(claims, ignore_index=True)) if claims else None,
        sentence_columns=sentence_columns,
    )


def write_table(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write ``frame`` as CSV like the run's own files: atomic, formula cells neutralised."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(frame.columns)
        for row in frame.itertuples(index=False, name=None):
            writer.writerow([_cell(v) for v in row])
    return Path(path)


def _cell(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    # Numbers are data, not formulas: a negative index must stay a number in a spreadsheet.
    if isinstance(value, bool | np.bool_):
        return str(bool(value)).lower()
    if isinstance(value, float | np.floating):
        return str(round(float(value), 6))
    if isinstance(value, int | np.integer):
        return str(int(value))
    return neutralize_cell(value)
