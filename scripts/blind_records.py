"""Turn a marked blind document set into stand-off records the project's scorers read.

    .venv/bin/python scripts/blind_records.py corpus/blind/news          # writes annotations.jsonl
    .venv/bin/python scripts/blind_records.py corpus/blind/news --check  # only checks

A blind set (``corpus/blind/<family>/``) holds documents the team wrote in a register users bring,
marked by the guide *before* the pipeline ran on them. Marking by character offsets is slow and
error-prone, so the annotator writes ``marks.jsonl``: one record per sentence, in document order,
with the sentence's text as it stands in the file (whitespace may differ) and its mentions by
their text::

    {"file": "wire_beijing.txt", "split": "dev", "register": "news wire",
     "sentence": "China and Russia signed ...", "label": "cooperation", "modality": "asserted",
     "parties": ["China", "Russia"],
     "actors": [{"text": "China", "actor": "China", "type": "country"}, ...],
     "dates": [{"text": "March 8", "value": "2026-03-08"}]}

A mention that occurs more than once in its sentence takes ``"nth": k`` (0-based) to say which.
This script finds each sentence in its file (searching on from the previous sentence of the same
file, so repeated sentences resolve in order), each mention in the sentence's text with
whitespace collapsed (the form the scorers use), and writes ``annotations.jsonl`` beside
``marks.jsonl`` in the format of ``corpus/real/annotations.jsonl`` (file, SHA-256, offsets and the
labels). It fails loudly, naming the line, when a sentence or mention is not found: a gold set
that points at the wrong text measures nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

from pipeline.classify.standoff import collapse, load_standoff

FIELDS = ("label", "modality", "parties")


def sentence_pattern(sentence: str) -> re.Pattern[str]:
    """The sentence's words in order with any whitespace between them."""
    words = collapse(sentence).split(" ")
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def mention_span(sentence: str, mark: dict) -> dict[str, int]:
    """``start`` and ``end`` of a marked mention (``text``, optional ``nth``) in ``sentence``."""
    start, end = locate_mention(sentence, mark["text"], mark.get("nth", 0))
    return {"start": start, "end": end}


def locate_mention(sentence: str, text: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``text`` in the collapsed ``sentence``."""
    needle = collapse(text)
    start = -1
    for _ in range(nth + 1):
        start = sentence.find(needle, start + 1)
        if start < 0:
            raise ValueError(f"mention {text!r} (nth {nth}) not in the sentence")
    return start, start + len(needle)


def convert(folder: Path) -> list[dict]:
    """The stand-off records of ``folder/marks.jsonl``."""
    texts: dict[str, str] = {}
    cursor: dict[str, int] = {}
    out = []
    marks = folder / "marks.jsonl"
    for n, line in enumerate(marks.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{marks}:{n}"
        rec = json.loads(line)
        name = rec["file"]
        if name not in texts:
            texts[name] = (folder / name).read_bytes().decode("utf-8")
        text = texts[name]
        pattern = sentence_pattern(rec["sentence"])
        found = pattern.search(text, cursor.get(name, 0)) or pattern.search(text)
        if found is None:
            sys.exit(f"{where}: sentence not found in {name}: {rec['sentence'][:60]!r}")
        cursor[name] = found.end()
        sentence = collapse(found.group(0))
        try:
            actors = [
                {**mention_span(sentence, a), "actor": a["actor"], "type": a["type"]}
                for a in rec.get("actors", ())
            ]
            dates = [
                {**mention_span(sentence, d), "value": d["value"]} for d in rec.get("dates", ())
            ]
        except ValueError as exc:
            sys.exit(f"{where}: {exc}")
        out.append(
            {
                "file": name,
                "sha256": hashlib.sha256((folder / name).read_bytes()).hexdigest(),
                "start": found.start(),
                "end": found.end(),
                "split": rec.get("split", "dev"),
                "register": rec.get("register", ""),
                **{k: rec.get(k, [] if k == "parties" else "") for k in FIELDS},
                "actors": actors,
                "dates": dates,
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a blind set: documents and marks.jsonl")
    parser.add_argument("--check", action="store_true", help="check only, write nothing")
    args = parser.parse_args(argv)
    records = convert(args.folder)
    if args.check:
        print(f"{len(records)} records resolve")
        return 0
    target = args.folder / "annotations.jsonl"
    with open(target, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    loaded = load_standoff(target, texts_dir=args.folder)
    print(f"wrote {len(loaded)} records to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
