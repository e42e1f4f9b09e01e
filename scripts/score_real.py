"""Score actors and dates on the real gold set (``corpus/real/annotations.jsonl``).

    .venv/bin/python scripts/score_real.py --split dev            # figures
    .venv/bin/python scripts/score_real.py --split dev --errors   # and every disagreement
    .venv/bin/python scripts/score_real.py --split test --texts ../shared/realcorpus
    .venv/bin/python scripts/score_real.py --gold corpus/real/actors_fresh_dev.jsonl
    .venv/bin/python scripts/score_real.py --split dev --halves    # and per half A / B
    .venv/bin/python scripts/score_real.py --split dev --half A --errors   # design on A only

Each annotated document is ingested whole and run through the pipeline (without the claim
classifier and claim structure, which do not touch actors or dates), so that what depends on
the whole document (its date, acronyms and names defined earlier, references to the document's
own instrument) works as in a run. Each gold sentence is then found in the document's text by
its words (whitespace collapsed), and the pipeline's actor and date mentions inside that
stretch are its predictions. A gold sentence the ingester left out of the running text (a
heading, a caption) counts with no predictions. The corpus manifest (``MANIFEST.tsv``) gives
each document's publication year, which the annotators used to resolve "today" and "on
Tuesday, April 16"; it stands in for the metadata a repository would give when the file itself
carries no year (``--no-manifest`` turns that off).

Actors are compared by canonical name, with names forgiven when they are aliases of the same
gazetteer entry (the gold "USA" and the output "United States" are one actor); dates by ISO
value. A name the
document defines as an acronym and its long form are one name too (a new actor is named by its
acronym, the gold names it in full). Counts are micro-averaged over sentences (``pipeline.nlp.extract.scoring.set_prf``),
then split by actor type (a true positive and a miss count under the gold type, a false
positive under the predicted type) and by date kind (year, month, day, interval).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher
from pathlib import Path

from pipeline.classify.standoff import RealSentence, load_standoff
from pipeline.document import block_speakers, join_blocks
from pipeline.ingest import ingest
from pipeline.nlp.build import build_nlp, load_config
from pipeline.nlp.extract.scoring import PRF, CanonicalNames, set_prf

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "corpus" / "real" / "annotations.jsonl"
DEFAULT_TEXTS = ROOT.parent / "shared" / "realcorpus"
if not DEFAULT_TEXTS.is_dir():
    DEFAULT_TEXTS = Path("/work/shared/realcorpus")
SKIP = ("spaceclaims_claims", "spaceclaims_claim_structure")


def date_kind(value: str) -> str:
    """``year``, ``month``, ``day`` or ``interval`` of an ISO value."""
    if "/" in value:
        return "interval"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "other")


#: The form of a date expression, for figures per form (``--forms``): checked in order on the
#: expression's text (the gold mention's, or the predicted span's).
_FORMS = (
    ("fiscal", r"\b(?:fiscal|FY|JFY)\b|\bFY-?\d"),
    (
        "relative",
        r"\b(?:today|tomorrow|yesterday|ago|later|earlier|next|last|this|past|coming|"
        r"previous|following|same|current)\b",
    ),
    ("since", r"^since\b"),
    ("decade/century", r"\d0s\b|\bcentury\b|\bdecade\b"),
    (
        "range",
        r"\b(?:from|between|to|and|through|until)\b|\d\s*[-\u2013\u2014]\s*\w|[-\u2013\u2014]\s*\d",
    ),
    ("season/part", r"\b(?:spring|summer|autumn|fall|winter|quarter|early|mid|late|half|end)\b"),
    ("weekday", r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("day", r"\d{1,2}(?:st|nd|rd|th)?\b[^0-9]*[A-Za-z]|[A-Za-z]\.?\s+\d{1,2}\b"),
    ("month", r"[A-Za-z]{3,}"),
    ("year", r"\d{4}"),
)


def expression_form(text: str) -> str:
    """The form of a date expression (``relative``, ``range``, ``decade/century``...)."""
    import re

    text = " ".join(text.split())
    for form, pattern in _FORMS:
        if re.search(pattern, text, re.IGNORECASE if form != "day" else 0):
            return form
    return "other"


def document_half(name: str) -> str:
    """``A`` or ``B``: the half of the documents a file belongs to, by a stable hash of its
    name (for designing on one half and checking on the other)."""
    return "AB"[int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 2]


def _collapsed(text: str) -> tuple[str, list[int]]:
    """``text`` with whitespace runs as one space, and each kept character's offset."""
    out, where = [], []
    space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            space = True
            continue
        if space and out:
            out.append(" ")
            where.append(i)
        space = False
        out.append(ch)
        where.append(i)
    return "".join(out), where


def locate(sentence: str, flat: str, where: list[int], sents: list[tuple[int, int]]):
    """The ``[start, end)`` of ``sentence`` in the document text, or None.

    Exact match of the collapsed text first; else the run of output sentences most like it
    (ingestion may have changed a few characters: quotes, hyphenation, footnote marks)."""
    i = flat.find(sentence)
    if i >= 0:
        return where[i], where[i + len(sentence) - 1] + 1
    best, span = 0.0, None
    words = set(sentence.lower().split())
    for k, (s, _e) in enumerate(sents):
        for j in range(k, min(k + 3, len(sents))):
            s2, e2 = s, sents[j][1]
            cand = flat_slice(flat, where, s2, e2)
            if not words & set(cand.lower().split()):
                break
            r = SequenceMatcher(None, sentence, cand, autojunk=False).ratio()
            if r > best:
                best, span = r, (s2, e2)
    return span if best >= 0.8 else None


def flat_slice(flat: str, where: list[int], start: int, end: int) -> str:
    import bisect

    a = bisect.bisect_left(where, start)
    b = bisect.bisect_left(where, end)
    return flat[a:b]


def abbreviation_names(doc, canon: CanonicalNames) -> dict[str, str]:
    """A document's own short forms and long forms, each to one key (the long form's), so
    that a new actor named by the acronym the document defines ("GDL") matches the gold's
    long form ("Gas Dynamics Laboratory")."""
    out = {}
    for short, long in (doc._.sc_abbreviations or {}).items():
        key = canon(long)
        out[short.lower()] = key
        out[canon(short)] = key
    return out


def manifest_years(texts: Path) -> dict[str, int]:
    """The publication year of each document from the corpus manifest (``MANIFEST.tsv``)."""
    path = texts / "MANIFEST.tsv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return {r["file"]: int(r["year"]) for r in rows if (r.get("year") or "").isdigit()}


def predictions(nlp, path: Path, gold: list[RealSentence], *, year: int | None = None):
    """Per gold sentence: the predicted ``(actor, type)`` and date values. ``year`` stands in
    for the publication year when the ingester finds none in the file."""
    document = ingest(path)
    if year and not document.metadata.year:
        document.metadata.year = year
    text, blocks = join_blocks(document)
    doc = nlp.make_doc(text)
    doc._.sc_blocks = blocks
    if doc.has_extension("sc_metadata"):  # older pipelines (for before/after runs) lack it
        doc._.sc_metadata = document.metadata
    if doc.has_extension("sc_speakers"):  # who speaks each turn (Block.speaker), as the runner
        doc._.sc_speakers = block_speakers(document, blocks)
    doc = nlp(doc)
    flat, where = _collapsed(text)
    sents = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
    actors = list(doc.spans.get("actors", []))
    dates = list(doc.spans.get("dates", []))
    out = []
    for g in gold:
        span = locate(g.text, flat, where, sents)
        if span is None:
            out.append((None, set(), {}))
            continue
        s, e = span
        a = {(x.kb_id_, x.label_) for x in actors if s <= x.start_char and x.end_char <= e}
        d = {x.kb_id_: x.text for x in dates if s <= x.start_char and x.end_char <= e}
        out.append((span, a, d))
    return doc, out


def typed_prf(pairs: Iterable[tuple[dict[str, str], dict[str, str]]]) -> dict[str, PRF]:
    """Counts per type from ``(gold name -> type, predicted name -> type)`` pairs."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for gold, pred in pairs:
        for name, kind in gold.items():
            counts[kind][0 if name in pred else 2] += 1
        for name, kind in pred.items():
            if name not in gold:
                counts[kind][1] += 1
    return {k: PRF(*v) for k, v in sorted(counts.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument(
        "--gold",
        dest="gold_option",
        type=Path,
        help="another stand-off gold file (the same as the positional argument), e.g. "
        "corpus/real/actors_fresh_dev.jsonl, fresh dev-document sentences with actors only",
    )
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="the real documents")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--file", help="only documents whose name contains this")
    parser.add_argument(
        "--half",
        choices=("A", "B"),
        help="only the documents of one half of the split, by a stable hash of the file name "
        "(A: int(sha1(name), 16) %% 2 == 0, B: == 1): design on one half, check on the other",
    )
    parser.add_argument(
        "--halves",
        action="store_true",
        help="also print the actor and date figures of halves A and B separately (see --half)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a pipeline setting, e.g. components.spaceclaims_persons.require_role=false",
    )
    parser.add_argument(
        "--dates-only",
        action="store_true",
        help="score dates only (a gold set whose actors are not marked, such as "
        "corpus/real/dates_fresh_dev.jsonl)",
    )
    parser.add_argument(
        "--forms",
        action="store_true",
        help="also split the date figures by the form of the expression (relative, range, "
        "decade/century, fiscal, since, season/part, weekday, day, month, year): a true "
        "positive and a miss count under the gold expression's form, a false positive under "
        "the predicted span's",
    )
    parser.add_argument(
        "--no-manifest",
        action="store_true",
        help="do not take a document's year from the corpus manifest when the file has none",
    )
    args = parser.parse_args(argv)
    if args.gold_option is not None:
        args.gold = args.gold_option
    gold = load_standoff(args.gold, texts_dir=args.texts, split=args.split, labelled=False)
    if args.file:
        gold = [g for g in gold if args.file in g.file]
    if args.half:
        gold = [g for g in gold if document_half(g.file) == args.half]
    by_file: dict[str, list[RealSentence]] = defaultdict(list)
    for g in gold:
        by_file[g.file].append(g)
    overrides = {}
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = (
            json.loads(value) if value in ("true", "false") or value.isdigit() else value
        )
    config = load_config(overrides=overrides)
    for name in SKIP:
        config["components"].pop(name, None)
    nlp = build_nlp(config=config)
    canon = CanonicalNames()
    actor_pairs, date_pairs, form_pairs, errors, found = [], [], [], [], []
    halves: list[str] = []
    unaligned = 0
    years = {} if args.no_manifest else manifest_years(args.texts)
    for file, items in by_file.items():
        doc, preds = predictions(nlp, args.texts / file, items, year=years.get(file))
        abbrev = abbreviation_names(doc, canon)

        def name(value: str, abbrev=abbrev) -> str:
            key = canon(value)
            return abbrev.get(key, key)

        for g, (span, pa, pd) in zip(items, preds, strict=True):
            unaligned += span is None
            ga = {name(m.value): m.type for m in g.actors}
            pa_ = {}
            for actor, kind in pa:
                pa_.setdefault(name(actor), kind)
            gd = {m.value: date_kind(m.value) for m in g.dates}
            pd_ = {v: date_kind(v) for v in pd}
            actor_pairs.append((ga, pa_))
            date_pairs.append((gd, pd_))
            form_pairs.append(
                (
                    {m.value: expression_form(g.mention_text(m)) for m in g.dates},
                    {v: expression_form(t) for v, t in pd.items()},
                )
            )
            found.append(span is not None)
            halves.append(document_half(file))
            checked = (
                (("dates", gd, pd_),)
                if args.dates_only
                else (("actors", ga, pa_), ("dates", gd, pd_))
            )
            for what, gs, ps in checked:
                if set(gs) != set(ps):
                    missed = ", ".join(sorted(set(gs) - set(ps))) or "-"
                    extra = ", ".join(sorted(set(ps) - set(gs))) or "-"
                    where = "" if span else " (not found)"
                    errors.append(
                        f"[{document_half(g.file)}] {g.key}{where} {what}: missed [{missed}] extra [{extra}]"
                    )
                    errors.append(f"    | {g.text}")
    print(
        f"{args.split}: {len(gold)} sentences of {len(by_file)} documents "
        f"({unaligned} not found in the pipeline's text)"
    )
    if not args.dates_only:
        print(set_prf((set(g), set(p)) for g, p in actor_pairs).line("actors"))
        for kind, prf in typed_prf(actor_pairs).items():
            print("  " + prf.line(kind))
    print(set_prf((set(g), set(p)) for g, p in date_pairs).line("dates"))
    for kind, prf in typed_prf(date_pairs).items():
        print("  " + prf.line(kind))
    if args.forms:
        print("dates by the form of the expression:")
        for kind, prf in typed_prf(form_pairs).items():
            print("  " + prf.line(kind))
    if args.halves:
        for half in "AB":
            chosen = [i for i, h in enumerate(halves) if h == half]
            n_docs = len({g.file for g in gold if document_half(g.file) == half})
            print(f"half {half}: {len(chosen)} sentences of {n_docs} documents")
            if not args.dates_only:
                pairs = [actor_pairs[i] for i in chosen]
                print("  " + set_prf((set(g), set(p)) for g, p in pairs).line("actors"))
                for kind, prf in typed_prf(pairs).items():
                    print("    " + prf.line(kind))
            dpairs = [date_pairs[i] for i in chosen]
            print("  " + set_prf((set(g), set(p)) for g, p in dpairs).line("dates"))
    if unaligned:
        kept = [(a, d) for a, d, f in zip(actor_pairs, date_pairs, found, strict=True) if f]
        print(f"on the {len(kept)} sentences found in the pipeline's text:")
        if not args.dates_only:
            print("  " + set_prf((set(g), set(p)) for (g, p), _ in kept).line("actors"))
        print("  " + set_prf((set(g), set(p)) for _, (g, p) in kept).line("dates"))
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
