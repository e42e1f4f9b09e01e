"""Reading annotations in every form the contract lists, as ``(text, label)`` examples.

- a reviewed ``sentences.csv``: rows whose ``review`` cell holds one of the four labels (cells
  neutralised for spreadsheets are restored);
- the project's JSONL (``text``, ``label``, optional ``modality``, ``genre``);
- Prodigy JSONL: ``text`` + ``label`` + ``answer`` (binary interface), or ``accept`` list with
  ``options`` (choice interface); only ``answer == "accept"`` counts;
- doccano JSONL: ``text`` + ``label`` list (or ``labels``);
- Label Studio JSON export: a list of tasks with ``data.text`` and ``annotations[].result[]``
  of type ``choices``; the last non-cancelled annotation counts.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.data.resources import annotations_dir
from pipeline.errors import AnnotationError
from pipeline.ingest.textclean import collapse_whitespace
from pipeline.schema import LABELS, restore_cell


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str
    source: str = ""
    genre: str = ""
    modality: str = ""


def _label(value: object, where: str | None = None) -> str | None:
    """The label ``value`` names, in any case and spacing ("Cooperation ", "BOTH"); None for
    no label. With ``where`` (file:line), a string that names no label is refused, so that a
    typo ("coop") is not silently dropped from training."""
    if isinstance(value, list):
        value = value[0] if len(value) == 1 else None
    if isinstance(value, dict):  # doccano's {"label": ...} or span-like records
        value = value.get("label") or value.get("text")
    if not isinstance(value, str):
        return None
    normal = " ".join(value.split()).lower()
    if normal in LABELS:
        return normal
    if where is not None and normal:
        raise AnnotationError(
            f"{where}: {value!r} is not a label; write one of {', '.join(LABELS)} "
            "(any case), or leave it empty for an unreviewed sentence"
        )
    return None


def read_annotations(path: Path | str) -> list[Example]:
    """Examples from one annotation file, whatever its format."""
    path = Path(path)
    if not path.exists():
        raise AnnotationError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return list(_read_reviewed_csv(path))
    if suffix == ".json":
        return list(_read_label_studio(path))
    if suffix in (".jsonl", ".ndjson"):
        return list(_read_jsonl(path))
    raise AnnotationError(
        f"{path}: unknown annotation format; use a reviewed sentences.csv, JSONL (.jsonl) or "
        "a Label Studio JSON export (.json)"
    )


def _read_reviewed_csv(path: Path) -> Iterator[Example]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if not {"text", "review"} <= set(reader.fieldnames or ()):
            raise AnnotationError(
                f"{path}: a reviewed CSV needs the columns 'text' and 'review' (as sentences.csv)"
            )
        for row in reader:
            where = f"{path}:{reader.line_num} (review)"
            label = _label(restore_cell(row.get("review") or ""), where)
            text = collapse_whitespace(restore_cell(row.get("text") or ""))
            if label and text:
                yield Example(text, label, source=str(path))


def _read_jsonl(path: Path) -> Iterator[Example]:
    with open(path, encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise AnnotationError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
            example = _from_record(record, str(path), where=f"{path}:{n}")
            if example is not None:
                yield example


def _from_record(record: dict, source: str, *, where: str | None = None) -> Example | None:
    text = collapse_whitespace(str(record.get("text") or ""))
    if not text:
        return None
    if "answer" in record:  # Prodigy
        if record.get("answer") != "accept":
            return None
        if "accept" in record and "options" in record:
            label = _label(record.get("accept"))
        else:
            label = _label(record.get("label"), where)
    elif "label" in record or "labels" in record:  # own format or doccano
        label = _label(record.get("label", record.get("labels")), where)
    else:
        return None
    if label is None:
        return None
    return Example(
        text,
        label,
        source=source,
        genre=str(record.get("genre") or ""),
        modality=str(record.get("modality") or ""),
    )


def _read_label_studio(path: Path) -> Iterator[Example]:
    try:
        tasks = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise AnnotationError(f"{path}: not valid JSON ({exc.msg})") from None
    if isinstance(tasks, dict):
        tasks = [tasks]
    for task in tasks:
        data = task.get("data") or {}
        text = collapse_whitespace(str(data.get("text") or ""))
        label = None
        for annotation in task.get("annotations") or task.get("completions") or []:
            if annotation.get("was_cancelled"):
                continue
            for result in annotation.get("result") or []:
                if result.get("type") == "choices":
                    found = _label((result.get("value") or {}).get("choices"))
                    if found:
                        label = found
        if text and label:
            yield Example(text, label, source=str(path))


def shipped_annotation_files(folder: Path | None = None) -> list[Path]:
    """The team's training files (``corpus/annotations``, or the installed package's copy)."""
    return sorted((folder or annotations_dir()).glob("*.jsonl"))


def merge_examples(groups: Iterable[Iterable[Example]]) -> list[Example]:
    """All examples, one per text; a later annotation of the same text replaces an earlier one."""
    merged: dict[str, Example] = {}
    for group in groups:
        for example in group:
            merged.pop(example.text, None)
            merged[example.text] = example
    return list(merged.values())
