"""Invariance of the whole pipeline to surface changes of a real document (issues 12, 13).

    PYTHONPATH=$PWD .venv/bin/python scripts/score_invariance.py --cache /tmp/inv
    PYTHONPATH=$PWD .venv/bin/python scripts/score_invariance.py --limit 8 --cache /tmp/inv
    PYTHONPATH=$PWD .venv/bin/python scripts/score_invariance.py --only crlf wrap72 --errors

A CheckList-style invariance test (Ribeiro et al. 2020, "Beyond Accuracy"): the same text in
another surface form (CRLF line endings, hard-wrapped or unwrapped paragraphs, smart or
straight quotes and dashes, non-breaking or double spaces, a byte-order mark, trailing
whitespace, tab indentation, the text saved as HTML) must give the same dataset. Each real
**dev** plain-text document of ``realcorpus`` (split per ``corpus/real/annotations.jsonl``) is
run through the whole pipeline (ingest, sentences, actors, dates, claims) as it is and after each
perturbation (written to a temporary file of the same suffix, ``.html`` for ``html``, and
ingested from there). Sentences are aligned by their normalised text (:func:`sentence_key`:
whitespace collapsed, quotes, dashes and spaces mapped to one form, so that the perturbation
itself does not count as a change). For each perturbation the script prints the share of the
original sentences found whole in the output of the perturbed text and, among those, the share
with the same claim label, the same actors (canonical name, type) and the same date values.

``--cache DIR`` keeps each run's rows (by the sha256 of the bytes read and the code's git
state is NOT part of the key: clear the folder after changing the code). ``--errors`` prints
the original sentences that were not found whole or changed, on the terminal only.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import random
import re
import sys
import tempfile
import textwrap
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "corpus" / "real" / "annotations.jsonl"
TEXTS = Path(os.environ.get("SPACECLAIMS_SHARED", ROOT.parent / "shared")) / "realcorpus"

# --- perturbations: pure str -> str --------------------------------------------------------

_PARA = re.compile(r"\n[ \t]*\n")
_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s")


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def wrap72(text: str) -> str:
    """Every line longer than 72 columns hard-wrapped at spaces (no word is broken)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 72:
            out.append(line)
        else:
            out.append(textwrap.fill(line, 72, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def unwrap(text: str) -> str:
    """The lines of each paragraph (text between blank lines) joined with a space, except
    before a line that starts a list item."""
    paragraphs = []
    for para in _PARA.split(text):
        lines = para.split("\n")
        joined = lines[0]
        for line in lines[1:]:
            joined += ("\n" if _ITEM.match(line) or not line.strip() else " ") + line.strip()
        paragraphs.append(joined)
    return "\n\n".join(paragraphs)


_SMART_TO_STRAIGHT = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "--"}
)


def straight(text: str) -> str:
    """Smart quotes to straight ones, en dashes to hyphens, em dashes to two hyphens."""
    return text.translate(_SMART_TO_STRAIGHT)


def smart(text: str) -> str:
    """Straight quotes to smart ones (opening after a space or line start), ' - ' to an en dash
    and '--' to an em dash."""
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201c", text, flags=re.M)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text, flags=re.M)
    text = text.replace("'", "\u2019")
    text = text.replace("--", "\u2014")
    return text.replace(" - ", " \u2013 ")


def _every_nth_space(text: str, repl: str, n: int = 5) -> str:
    count = 0

    def sub(m: re.Match) -> str:
        nonlocal count
        count += 1
        return repl if count % n == 0 else m.group(0)

    return re.sub(r"(?<=\S) (?=\S)", sub, text)


def nbsp(text: str) -> str:
    """Every fifth space between words a non-breaking space."""
    return _every_nth_space(text, "\u00a0")


def double_space(text: str) -> str:
    """Every fifth space between words doubled, and two spaces after every full stop."""
    return re.sub(r"(?<=[a-z]\.) (?=[A-Z])", "  ", _every_nth_space(text, "  "))


def bom(text: str) -> str:
    return "\ufeff" + text


def trailing(text: str) -> str:
    """Spaces and a tab at the end of every non-empty line."""
    return "\n".join(line + "  \t" if line.strip() else line for line in text.split("\n"))


def tabs(text: str) -> str:
    """Every non-empty line indented with a tab."""
    return "\n".join("\t" + line if line.strip() else line for line in text.split("\n"))


def as_html(text: str) -> str:
    """The text as an HTML page, one ``<p>`` per paragraph (line breaks inside kept as <br>)."""
    paras = [p.strip() for p in _PARA.split(text.replace("\r\n", "\n")) if p.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>" for p in paras
    )
    return f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'></head><body>\n{body}\n</body></html>\n"


PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "crlf": crlf,
    "wrap72": wrap72,
    "unwrap": unwrap,
    "straight": straight,
    "smart": smart,
    "nbsp": nbsp,
    "double_space": double_space,
    "bom": bom,
    "trailing": trailing,
    "tabs": tabs,
    "html": as_html,
}

# --- alignment ------------------------------------------------------------------------------

_KEY_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\ufeff": "",
    }
)


def sentence_key(text: str) -> str:
    """A sentence's text with the surface the perturbations change normalised away."""
    text = text.translate(_KEY_MAP).replace("--", "-")
    return " ".join(text.split())


# --- running the pipeline -------------------------------------------------------------------


def dev_files(gold: Path = GOLD, texts: Path = TEXTS) -> list[Path]:
    files = set()
    with gold.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["split"] == "dev" and record["file"].endswith(".txt"):
                files.add(record["file"])
    return [texts / f for f in sorted(files) if (texts / f).is_file()]


def document_rows(path: Path, nlp) -> list[dict]:
    """One dict per output sentence: key, label, actors {(canonical, type)}, dates [values]."""
    from spacy.tokens import Doc

    from pipeline.dataset.rows import rows_from_doc
    from pipeline.document import join_blocks
    from pipeline.ingest import ingest
    from pipeline.runner.task import split_document

    document = ingest(path)
    out: list[dict] = []
    for part in split_document(document, nlp.max_length):
        text, blocks = join_blocks(part)
        doc = nlp.make_doc(text)
        doc._.sc_blocks = blocks
        if Doc.has_extension("sc_title"):
            doc._.sc_title = part.metadata.title or ""
        doc = nlp(doc)
        rows = rows_from_doc(doc, part)
        actors: dict[int, set] = defaultdict(set)
        for a in rows.actors:
            actors[a["sentence_id"]].add((a["actor"], a["actor_type"]))
        dates: dict[int, list] = defaultdict(list)
        for d in rows.dates:
            dates[d["sentence_id"]].append(d["value"])
        for row in rows.sentences:
            sid = row["sentence_id"]
            out.append(
                {
                    "text": row["text"],
                    "key": sentence_key(row["text"]),
                    "label": row["label"],
                    "actors": [list(a) for a in sorted(actors[sid])],
                    "dates": sorted(dates[sid]),
                }
            )
    return out


def run_text(text: str, suffix: str, nlp, cache: Path | None) -> list[dict]:
    data = text.encode("utf-8")
    key = hashlib.sha256(data + suffix.encode()).hexdigest()[:20]
    cached = cache / f"{key}.json" if cache else None
    if cached is not None and cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"document{suffix}"
        path.write_bytes(data)
        rows = document_rows(path, nlp)
    if cached is not None:
        cached.write_text(json.dumps(rows), encoding="utf-8")
    return rows


def compare(original: list[dict], perturbed: list[dict]) -> dict[str, list]:
    """Original rows by outcome: 'lost' (not found whole), and among the found ones those whose
    'label', 'actors' or 'dates' differ; 'found' holds all found ones."""
    by_key: dict[str, list[dict]] = defaultdict(list)
    for row in perturbed:
        by_key[row["key"]].append(row)
    used: dict[str, int] = defaultdict(int)
    out: dict[str, list] = defaultdict(list)
    for row in original:
        candidates = by_key.get(row["key"], [])
        i = used[row["key"]]
        if i >= len(candidates):
            out["lost"].append(row)
            continue
        used[row["key"]] += 1
        other = candidates[i]
        out["found"].append(row)
        for field in ("label", "actors", "dates"):
            if row[field] != other[field]:
                out[field].append((row, other))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=TEXTS)
    parser.add_argument("--limit", type=int, help="a random sample of N dev documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, help="folder for each run's rows")
    parser.add_argument("--only", nargs="+", choices=sorted(PERTURBATIONS), help="these only")
    parser.add_argument("--errors", action="store_true", help="print the changed sentences")
    args = parser.parse_args(argv)
    from pipeline.nlp.build import build_nlp

    files = dev_files(texts=args.texts)
    if args.limit:
        files = sorted(random.Random(args.seed).sample(files, min(args.limit, len(files))))
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    names = args.only or list(PERTURBATIONS)
    nlp = build_nlp()
    totals: dict[str, dict[str, int]] = {n: defaultdict(int) for n in names}
    for path in files:
        text = path.read_bytes().decode("utf-8")
        original = run_text(text, path.suffix, nlp, args.cache)
        for name in names:
            perturbed_text = PERTURBATIONS[name](text)
            suffix = ".html" if name == "html" else path.suffix
            result = compare(original, run_text(perturbed_text, suffix, nlp, args.cache))
            t = totals[name]
            t["n"] += len(original)
            for field, rows in result.items():
                t[field] += len(rows)
            if args.errors:
                for row in result["lost"]:
                    print(f"[{name} lost] {path.name}: {row['text'][:200]!r}")
                for field in ("label", "actors", "dates"):
                    for row, other in result[field]:
                        print(
                            f"[{name} {field}] {path.name}: {row[field]} -> {other[field]}: "
                            f"{row['text'][:160]!r}"
                        )
    total = sum(totals[names[0]]["n"] for _ in [0])
    print(f"{len(files)} dev documents, {total} original sentences")
    print(f"{'perturbation':14s} {'whole':>7s} {'label':>7s} {'actors':>7s} {'dates':>7s}")
    for name in names:
        t = totals[name]
        found = max(t["found"], 1)
        print(
            f"{name:14s} {t['found'] / max(t['n'], 1):7.1%} "
            + " ".join(f"{1 - t[f] / found:7.1%}" for f in ("label", "actors", "dates"))
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
