"""Score claim structure (parties, dyads, modality) on the real gold set.

    PYTHONPATH=$PWD .venv/bin/python scripts/score_structure.py --split dev
    PYTHONPATH=$PWD .venv/bin/python scripts/score_structure.py --split dev --errors
    PYTHONPATH=$PWD .venv/bin/python scripts/score_structure.py --split dev --cache /tmp/sc

Runs the real documents of the split (``../shared/realcorpus``) through the whole pipeline and
turns each into dataset rows (``pipeline.dataset.rows``), as ``spaceclaims run`` does. Gold
sentences (``corpus/real/annotations.jsonl``) are aligned to output sentences by their text
(whitespace collapsed, HTML tags and Markdown emphasis removed; a gold sentence that no output sentence matches is counted as unaligned).
Scored are the gold sentences that are claims AND that the pipeline labels as claims:

- party precision / recall / F1 over (sentence, canonical party) pairs; gold and predicted
  parties are compared by canonical name, as ``score_real.py`` compares actors (an alias or full
  name of a gazetteer entry stands for the entry: "Korea International Cooperation Agency" and
  KOICA are one party); ``--strict-names`` compares the names as written;
- dyad F1 over (sentence, unordered pair of parties): the pipeline's claims.csv rows of the
  sentence against every pair of its gold parties that claims.csv can hold (``gold_dyads``: a
  state and its own agency, or an actor and its own programme, are one side, which the
  contract's claims.csv never pairs); what a dyad analysis counts;
- modality accuracy.

``--cache DIR`` keeps each document's ``Doc`` after every component but claim structure
(pickled), so that a rerun only re-runs claim structure: for design iterations. The cache is
keyed by the document's SHA-256 and the classifier; delete it after changing another component.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc  # noqa: E402

from pipeline.classify.standoff import RealSentence, collapse, load_standoff  # noqa: E402
from pipeline.dataset.rows import own_pair, rows_from_doc  # noqa: E402
from pipeline.document import block_speakers, join_blocks  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from pipeline.nlp.build import build_nlp  # noqa: E402
from pipeline.nlp.extract.scoring import CanonicalNames  # noqa: E402
from pipeline.runner.task import split_document  # noqa: E402
from pipeline.schema import CLAIM_LABELS  # noqa: E402

GOLD = ROOT / "corpus" / "real" / "annotations.jsonl"
#: The real documents: ``../shared/realcorpus`` beside the repository, or under
#: ``$SPACECLAIMS_SHARED`` (as for the tests).
TEXTS = Path(os.environ.get("SPACECLAIMS_SHARED", ROOT.parent / "shared")) / "realcorpus"
STRUCTURE = "spaceclaims_claim_structure"


def output_sentences(path: Path, nlp, cache: Path | None) -> list[dict]:
    """The sentences.csv rows of one document."""
    document = ingest(path)
    structure = nlp.get_pipe(STRUCTURE)
    before = [n for n in nlp.pipe_names if n != STRUCTURE]
    rows: list[dict] = []
    for i, part in enumerate(split_document(document, nlp.max_length)):
        key = hashlib.sha256(f"{document.sha256}:{i}".encode()).hexdigest()[:16]
        cached = cache / f"{key}.pickle" if cache else None
        if cached is not None and cached.exists():
            doc = pickle.loads(cached.read_bytes())
            if Doc.has_extension("sc_title"):
                doc._.sc_title = part.metadata.title or ""
        else:
            text, blocks = join_blocks(part)
            doc = nlp.make_doc(text)
            doc._.sc_blocks = blocks
            if Doc.has_extension("sc_title"):  # the document's principals (claim_sides)
                doc._.sc_title = part.metadata.title or ""
            if Doc.has_extension("sc_speakers"):  # who speaks each turn (Block.speaker)
                doc._.sc_speakers = block_speakers(part, blocks)
            if Doc.has_extension("sc_metadata"):  # as the runner does: the title and year
                doc._.sc_metadata = part.metadata  # that self-references and dates read
            with nlp.select_pipes(enable=before):
                doc = nlp(doc)
            if cached is not None:
                cached.write_bytes(pickle.dumps(doc))
        doc = structure(doc)
        part_rows = rows_from_doc(doc, part)
        pairs: dict[int, set] = {}
        for claim in part_rows.claims:
            pairs.setdefault(claim["sentence_id"], set()).add((claim["party_a"], claim["party_b"]))
        for row in part_rows.sentences:
            rows.append({**row, "dyads": pairs.get(row["sentence_id"], set())})
    return rows


#: A list or enumeration marker at the start of a sentence ("- ", "(a) ", "(ii) ", "3. "): the
#: pipeline may keep it or not, so it is ignored when sentences are aligned.
_MARKER = re.compile(r"^(?:[-–•*]\s+|\((?:[a-z]{1,2}|[ivx]+|\d{1,2})\)\s+|\d{1,2}\.\s+)")


#: Markup the gold offsets may span but the pipeline strips from sentence text: HTML tags
#: ("<sup>"), Markdown emphasis ("**", "*", "_"). Removed from both sides, so it cannot make two
#: different sentences match.
_MARKUP = re.compile(r"<[^>]{1,40}>|[*_]+")


def _key(text: str) -> str:
    return _MARKER.sub("", collapse(_MARKUP.sub("", text))).strip()


def align(gold: list[RealSentence], rows: list[dict]) -> dict[str, dict]:
    """Gold sentence key -> the output row with the same text (whitespace collapsed, a leading
    list marker ignored); failing that, the row that contains the gold sentence or that it
    contains when the shorter is at least 90% of the longer (a trailing fragment cut off)."""
    by_text: dict[str, list[dict]] = {}
    for row in rows:
        by_text.setdefault(_key(row["text"]), []).append(row)
    out = {}
    for g in gold:
        text = _key(g.text)
        candidates = by_text.get(text)
        if candidates:
            out[g.key] = candidates[0]
            continue
        for key, candidates in by_text.items():
            short, long = sorted((key, text), key=len)
            if short and short in long and len(short) >= 0.9 * len(long):
                out[g.key] = candidates[0]
                break
    return out


def aligned_output(gold: list[RealSentence], texts: Path, cache: Path | None) -> dict[str, dict]:
    """Each gold sentence's output row (by key), running every document of ``gold`` once."""
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    nlp = build_nlp()
    aligned: dict[str, dict] = {}
    for name in sorted({g.file for g in gold}):
        rows = output_sentences(texts / name, nlp, cache)
        aligned.update(align([g for g in gold if g.file == name], rows))
    return aligned


def dyads(parties) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for p in combinations(set(parties), 2)}


def _as_written(name: str) -> str:
    return name


class HomeStates:
    """Each gazetteer actor's state (its ``country`` column) and type, by canonical name: what
    ``gold_dyads`` needs to know that NASA is an agency of the United States."""

    def __init__(self, gazetteer=None) -> None:
        if gazetteer is None:
            from pipeline.nlp.extract.gazetteer import load_gazetteer

            gazetteer = load_gazetteer()
        self.kinds = {a.actor: (a.type, a.country) for a in gazetteer.actors.values()}

    def kind(self, name: str, types: dict[str, str]) -> tuple[str, str, str]:
        """``(name, type, country)`` as ``pipeline.dataset.rows.own_pair`` reads a party: the
        type the gold gives the mention in the sentence, else the gazetteer's."""
        listed_type, country = self.kinds.get(name, ("", ""))
        return name, types.get(name, listed_type), country


def gold_dyads(g: RealSentence, parties: set[str], canon, homes: HomeStates | None) -> set:
    """The pairs of a gold sentence's parties that claims.csv can hold. The guide makes a state
    and its own agency one side of a claim ("A state and its own agency"): where the sentence
    names both in their own right they are both parties, but the contract's claims.csv never
    pairs them (``own_pair``), so such a pair is no dyad the pipeline could miss."""
    pairs = dyads(parties)
    if homes is None:
        return pairs
    types = {canon(m.value): m.type for m in g.actors}
    return {(a, b) for a, b in pairs if not own_pair(homes.kind(a, types), homes.kind(b, types))}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(
    gold: list[RealSentence],
    aligned: dict[str, dict],
    canon=_as_written,
    homes: HomeStates | None = None,
) -> tuple[dict, list[str]]:
    """Party, dyad and modality counts over the gold claims the pipeline also calls claims;
    with ``homes``, a gold pair of a state and its own body is no dyad (``gold_dyads``)."""
    counts: Counter = Counter()
    errors: list[str] = []
    by_register: dict[str, Counter] = {}
    for g in gold:
        if g.label not in CLAIM_LABELS:
            continue
        counts["gold_claims"] += 1
        row = aligned.get(g.key)
        if row is None:
            counts["unaligned"] += 1
            continue
        if row["label"] not in CLAIM_LABELS:
            counts["missed_claim"] += 1
            continue
        counts["scored"] += 1
        reg = by_register.setdefault(g.register, Counter())
        reg["n"] += 1
        pred = [p for p in row["parties"].split("; ") if p]
        gp, pp = {canon(p) for p in g.parties}, {canon(p) for p in pred}
        # the claims.csv rows of the sentence
        gd = gold_dyads(g, gp, canon, homes)
        pd = {tuple(sorted(map(canon, d))) for d in row["dyads"]}
        for c in (counts, reg):
            c["p_tp"] += len(gp & pp)
            c["p_fp"] += len(pp - gp)
            c["p_fn"] += len(gp - pp)
            c["d_tp"] += len(gd & pd)
            c["d_fp"] += len(pd - gd)
            c["d_fn"] += len(gd - pd)
            c["m_ok"] += row["modality"] == g.modality
        if gp != pp or row["modality"] != g.modality:
            errors.append(
                f"[{g.file}:{g.start}-{g.end} {g.register}] {g.text}\n"
                f"    parties gold {sorted(gp)} pred {pred}; missing {sorted(gp - pp)} "
                f"extra {sorted(pp - gp)}\n"
                f"    modality gold {g.modality} pred {row['modality']}"
            )
    return {"all": counts, **by_register}, errors


def report(results: dict[str, Counter]) -> list[str]:
    c = results["all"]
    lines = [
        f"gold claims {c['gold_claims']}, unaligned {c['unaligned']}, labelled neutral by the "
        f"model {c['missed_claim']}, scored {c['scored']}",
        f"{'':32} {'n':>4} {'party P':>8} {'party R':>8} {'party F1':>8} {'dyad F1':>8} "
        f"{'modality':>8}",
    ]
    for name, r in results.items():
        n = r["scored"] if name == "all" else r["n"]
        if not n:
            continue
        pp, pr, pf = prf(r["p_tp"], r["p_fp"], r["p_fn"])
        _, _, df = prf(r["d_tp"], r["d_fp"], r["d_fn"])
        lines.append(
            f"{name[:32]:32} {n:4d} {pp:8.3f} {pr:8.3f} {pf:8.3f} {df:8.3f} {r['m_ok'] / n:8.3f}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), required=True)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the real documents' folder")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--cache", type=Path, help="keep parsed documents here (see above)")
    parser.add_argument(
        "--strict-names", action="store_true", help="compare party names as written (no aliases)"
    )
    args = parser.parse_args(argv)
    gold = load_standoff(args.gold, texts_dir=args.texts, split=args.split)
    aligned = aligned_output(gold, args.texts, args.cache)
    names = _as_written if args.strict_names else CanonicalNames()
    results, errors = score(gold, aligned, names, HomeStates())
    print(f"split {args.split}: {len({g.file for g in gold})} documents, {len(gold)} sentences")
    print("\n".join(report(results)))
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
