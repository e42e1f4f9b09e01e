"""Score the modality rules on fresh claim sentences of the real dev documents.

    PYTHONPATH=$PWD .venv/bin/python scripts/score_modality_fresh.py --cache /tmp/sc
    PYTHONPATH=$PWD .venv/bin/python scripts/score_modality_fresh.py --cache /tmp/sc --errors
    PYTHONPATH=$PWD .venv/bin/python scripts/score_modality_fresh.py --cache /tmp/sc --fresh2
    PYTHONPATH=$PWD .venv/bin/python scripts/score_modality_fresh.py --cache /tmp/sc --fresh3
    PYTHONPATH=$PWD .venv/bin/python scripts/score_modality_fresh.py --cache /tmp/sc --fresh4
    PYTHONPATH=$PWD .venv/bin/python scripts/score_modality_fresh.py --cache /tmp/sc --fresh5

``corpus/real/modality_fresh_dev.jsonl`` holds stand-off records (file, sha256, start, end,
register, label, modality; no text) of claim sentences from the real dev documents that are
not in the gold set (``corpus/real/annotations.jsonl``), annotated for modality by hand before
the rules' output on them was looked at (issue 17): a check of how the rules, fitted to the
gold sentences, generalise. Test-split documents are not used. ``--fresh2`` scores the second
fresh set, ``corpus/real/structure_fresh2_dev.jsonl`` (claims of joint statements, fact sheets
and speeches with label, modality and parties), made the same way.

Each document goes through the whole pipeline (the ``Doc`` before claim structure is cached
with ``--cache``, with the same keys as ``score_structure.py``); the output sentence with the
record's text (``score_structure.align``) is given the record's claim label, whatever the
classifier said, so that the figure measures modality alone; then the claim-structure
component runs as in ``spaceclaims run`` and its ``sc_claim_modality`` is compared with the
record. Reports accuracy per register and the confusion matrix.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from score_structure import STRUCTURE, TEXTS, _key  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from pipeline.classify.standoff import RealSentence, load_standoff  # noqa: E402
from pipeline.document import block_speakers, join_blocks  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from pipeline.nlp.build import build_nlp  # noqa: E402
from pipeline.runner.task import split_document  # noqa: E402
from pipeline.schema import MODALITIES  # noqa: E402

FRESH = ROOT / "corpus" / "real" / "modality_fresh_dev.jsonl"
#: The second fresh set (label, modality and parties; issue 17): ``--fresh2``.
FRESH2 = ROOT / "corpus" / "real" / "structure_fresh2_dev.jsonl"
#: The third fresh set (label, modality and parties, weighted to joint statements, fact sheets
#: and speeches; issue 17): ``--fresh3``.
FRESH3 = ROOT / "corpus" / "real" / "structure_fresh3_dev.jsonl"
#: The fourth fresh set (label, modality and parties of joint statements, fact sheets, UN texts,
#: orders and treaties; issue 17, ninth round): ``--fresh4``.
FRESH4 = ROOT / "corpus" / "real" / "structure_fresh4_dev.jsonl"
#: The fifth fresh set (label, modality and parties of dev sentences in no other set, weighted
#: to speeches, joint statements, UN texts, orders and fact sheets; issue 17, twelfth round):
#: ``--fresh5``.
FRESH5 = ROOT / "corpus" / "real" / "structure_fresh5_dev.jsonl"


def parsed_parts(path: Path, nlp, cache: Path | None) -> list[Doc]:
    """The document's parts after every component but claim structure (cached as in
    ``score_structure.output_sentences``)."""
    document = ingest(path)
    before = [n for n in nlp.pipe_names if n != STRUCTURE]
    docs = []
    for i, part in enumerate(split_document(document, nlp.max_length)):
        key = hashlib.sha256(f"{document.sha256}:{i}".encode()).hexdigest()[:16]
        cached = cache / f"{key}.pickle" if cache else None
        if cached is not None and cached.exists():
            doc = pickle.loads(cached.read_bytes())
        else:
            text, blocks = join_blocks(part)
            doc = nlp.make_doc(text)
            doc._.sc_blocks = blocks
            if Doc.has_extension("sc_speakers"):  # who speaks each turn (Block.speaker)
                doc._.sc_speakers = block_speakers(part, blocks)
            if Doc.has_extension("sc_metadata"):  # as the runner does: the title and year
                doc._.sc_metadata = part.metadata  # that self-references and dates read
            with nlp.select_pipes(enable=before):
                doc = nlp(doc)
            if cached is not None:
                cached.write_bytes(pickle.dumps(doc))
        if Doc.has_extension("sc_title"):
            doc._.sc_title = part.metadata.title or ""
        docs.append(doc)
    return docs


def predict(records: list[RealSentence], docs: list[Doc], nlp) -> dict[str, tuple[str, str, str]]:
    """Record key -> (the pipeline's modality, the classifier's own label, the output
    sentence's text) for the records of one document; records no output sentence matches are
    left out."""
    structure = nlp.get_pipe(STRUCTURE)
    out: dict[str, tuple[str, str, str]] = {}
    for doc in docs:
        sents = {}
        for sent in doc.sents:
            sents.setdefault(_key(sent.text), sent)
        found = {}
        for r in records:
            text = _key(r.text)
            sent = sents.get(text)
            if sent is None:
                for key, candidate in sents.items():
                    short, long = sorted((key, text), key=len)
                    if short and short in long and len(short) >= 0.9 * len(long):
                        sent = candidate
                        break
            if sent is None:
                # a footnote mark the pipeline drops ("Bodies,1 of"): same opening and ending
                for key, candidate in sents.items():
                    if key[:60] == text[:60] and key[-30:] == text[-30:]:
                        sent = candidate
                        break
            if sent is not None and r.key not in out:
                found[r.key] = (sent, sent._.sc_claim_label)
                sent._.sc_claim_label = r.label
        if not found:
            continue
        doc = structure(doc)
        for key, (sent, own) in found.items():
            out[key] = (sent._.sc_claim_modality or "", own, sent.text)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", type=Path, default=FRESH)
    parser.add_argument(
        "--fresh2", action="store_true", help=f"score the second fresh set ({FRESH2.name})"
    )
    parser.add_argument(
        "--fresh3", action="store_true", help=f"score the third fresh set ({FRESH3.name})"
    )
    parser.add_argument(
        "--fresh4", action="store_true", help=f"score the fourth fresh set ({FRESH4.name})"
    )
    parser.add_argument(
        "--fresh5", action="store_true", help=f"score the fifth fresh set ({FRESH5.name})"
    )
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the real documents' folder")
    parser.add_argument("--cache", type=Path, help="keep parsed documents here")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    if args.fresh2:
        args.fresh = FRESH2
    if args.fresh3:
        args.fresh = FRESH3
    if args.fresh4:
        args.fresh = FRESH4
    if args.fresh5:
        args.fresh = FRESH5
    records = load_standoff(args.fresh, texts_dir=args.texts)
    if any(r.split != "dev" for r in records):
        parser.error("the fresh set must hold dev-split documents only")
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    nlp = build_nlp()
    pred: dict[str, tuple[str, str, str]] = {}
    for name in sorted({r.file for r in records}):
        mine = [r for r in records if r.file == name]
        pred.update(predict(mine, parsed_parts(args.texts / name, nlp, args.cache), nlp))
    by_register: dict[str, Counter] = {}
    confusion: Counter = Counter()
    errors = []
    for r in records:
        c = by_register.setdefault(r.register, Counter())
        got, own, text = pred.get(r.key, ("(unaligned)", "", ""))
        for x in (c, by_register.setdefault("all", Counter())):
            x["n"] += 1
            x["ok"] += got == r.modality
            x["neutral"] += own == "neutral"
        confusion[(r.modality, got)] += 1
        if got != r.modality:
            errors.append(f"[{r.key} {r.register}] gold {r.modality} pred {got}\n    {r.text}")
            if text and _key(text) != _key(r.text):
                errors.append(f"    (output sentence: {_key(text)})")
    print(f"fresh dev modality: {len(records)} sentences, {len({r.file for r in records})} docs")
    print(f"{'register':36} {'n':>4} {'accuracy':>8} {'neutral*':>8}")
    for name in ["all", *sorted(k for k in by_register if k != "all")]:
        c = by_register[name]
        print(f"{name[:36]:36} {c['n']:4d} {c['ok'] / c['n']:8.3f} {c['neutral']:8d}")
    print("(* labelled neutral by the classifier; scored with the record's claim label)")
    cols = [*MODALITIES, "(unaligned)"]
    print("\nconfusion (rows gold, columns predicted)")
    print(f"{'':14}" + "".join(f"{m[:12]:>13}" for m in cols))
    for g in MODALITIES:
        print(f"{g:14}" + "".join(f"{confusion[(g, p)]:13d}" for p in cols))
    if args.errors:
        print("\n" + "\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
