"""Stand-off annotations of real documents: labels that point into texts kept elsewhere.

The real development and test set (``corpus/real/``) annotates documents the project may read
but not copy. Each record names a document file, the SHA-256 of its bytes, and the character
offsets ``[start, end)`` of one sentence in the file's text (UTF-8, as Python reads it); the
labels follow ``docs/annotation-guide.md``. Actor and date mentions are offsets into the
sentence's text with whitespace collapsed (the form ``sentences.csv`` gives a sentence).

:func:`load_standoff` resolves the records against a folder holding the documents and fails
loudly when a file is missing or its hash differs: a gold set that silently points at other
text measures nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.errors import AnnotationError
from pipeline.schema import ACTOR_TYPES, LABELS, MODALITIES

SPLITS = ("dev", "test")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor (``value`` canonical name, ``type`` its actor type) or a date (``value`` ISO,
    ``type`` empty) at ``[start, end)`` of the sentence text."""

    start: int
    end: int
    value: str
    type: str = ""


@dataclass(frozen=True, slots=True)
class RealSentence:
    """One annotated sentence of a real document, resolved to its text."""

    file: str
    start: int
    end: int
    text: str
    split: str
    register: str
    label: str
    modality: str = ""
    parties: tuple[str, ...] = ()
    actors: tuple[Mention, ...] = field(default=())
    dates: tuple[Mention, ...] = field(default=())

    @property
    def key(self) -> str:
        return f"{self.file}:{self.start}-{self.end}"

    def mention_text(self, m: Mention) -> str:
        return self.text[m.start : m.end]


def collapse(text: str) -> str:
    """A sentence's text as the dataset gives it: runs of whitespace as one space, trimmed."""
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=256)
def _document_text(path: Path, sha256: str) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AnnotationError(
            f"{path}: cannot read the annotated document ({exc.strerror or exc}); point "
            "--texts (or texts_dir) at the folder that holds the real documents"
        ) from None
    actual = hashlib.sha256(data).hexdigest()
    if actual != sha256:
        raise AnnotationError(
            f"{path}: its SHA-256 is {actual[:12]}..., the annotations were made on "
            f"{sha256[:12]}...: the file changed, so the offsets no longer point at the "
            "annotated sentences; restore the original file"
        )
    return data.decode("utf-8")


def _mentions(raw: Iterable[dict], text: str, where: str, *, actors: bool) -> tuple[Mention, ...]:
    out = []
    for m in raw:
        start, end = int(m["start"]), int(m["end"])
        if not 0 <= start < end <= len(text):
            raise AnnotationError(f"{where}: mention offsets {start}-{end} outside the sentence")
        kind = m.get("type", "") if actors else ""
        if actors and kind not in ACTOR_TYPES:
            raise AnnotationError(f"{where}: unknown actor type {kind!r}")
        out.append(Mention(start, end, m["actor"] if actors else m["value"], kind))
    return tuple(out)


def is_standoff(path: Path | str) -> bool:
    """Whether ``path`` is a stand-off JSONL file (its first record points into a document)."""
    path = Path(path)
    if path.suffix.lower() != ".jsonl":
        return False
    try:
        with open(path, encoding="utf-8") as fh:
            first = next((line for line in fh if line.strip()), "")
        rec = json.loads(first) if first else {}
    except (OSError, ValueError):
        return False
    return isinstance(rec, dict) and {"file", "sha256", "start", "end"} <= rec.keys()


def load_standoff(
    path: Path | str, *, texts_dir: Path | str, split: str | None = None, labelled: bool = True
) -> list[RealSentence]:
    """The records of a stand-off JSONL file, resolved against ``texts_dir``.

    ``split`` keeps one split (``dev`` or ``test``). ``labelled=False`` accepts records
    without a ``label`` (sets of actors or dates only, such as ``actors_fresh_dev.jsonl``);
    their label is ``""``. Raises :class:`AnnotationError` naming the
    file and line for a malformed record, a missing document or one whose hash differs.
    """
    path, texts_dir = Path(path), Path(texts_dir)
    if split is not None and split not in SPLITS:
        raise AnnotationError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                rec = json.loads(line)
                text = _document_text(texts_dir / rec["file"], rec["sha256"])
                raw = text[int(rec["start"]) : int(rec["end"])]
            except (KeyError, ValueError, TypeError) as exc:
                raise AnnotationError(f"{where}: not a stand-off record ({exc})") from None
            if not raw.strip():
                raise AnnotationError(f"{where}: the offsets point at no text")
            if not labelled and "label" not in rec:
                rec["label"] = ""
            elif rec.get("label") not in LABELS:
                raise AnnotationError(f"{where}: label {rec.get('label')!r} is not one of {LABELS}")
            if rec.get("modality", "") not in ("", *MODALITIES):
                raise AnnotationError(f"{where}: unknown modality {rec['modality']!r}")
            if split is not None and rec.get("split") != split:
                continue
            sentence = collapse(raw)
            out.append(
                RealSentence(
                    file=rec["file"],
                    start=int(rec["start"]),
                    end=int(rec["end"]),
                    text=sentence,
                    split=rec.get("split", ""),
                    register=rec.get("register", ""),
                    label=rec["label"],
                    modality=rec.get("modality", ""),
                    parties=tuple(rec.get("parties", ())),
                    actors=_mentions(rec.get("actors", ()), sentence, where, actors=True),
                    dates=_mentions(rec.get("dates", ()), sentence, where, actors=False),
                )
            )
    return out
