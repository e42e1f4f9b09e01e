"""Score a claim model on the competition probe (``corpus/probes/competition_probe.jsonl``).

    PYTHONPATH=$PWD .venv/bin/python scripts/score_probe.py models/claims
    PYTHONPATH=$PWD .venv/bin/python scripts/score_probe.py /tmp/model --errors

The probe holds 240 sentences written by the team in its own words (no real document's text):
150 neutral sentences of the kinds that draw false competition calls on real documents (issue
12): titles, headings and bylines that name a state (``title``); treaty, law and resolution
clauses that only restrict what each party itself may do (``own_conduct``); security and
military vocabulary used descriptively: history, weapons facts, debris, export-control
procedure (``descriptive_security``); and, so that a fix cannot buy precision with recall, 60
competition sentences (a rival named or implied, a race, a contest for leadership, one side
acting against another: ``rivalry``) and 30 cooperation sentences in military or security
words (``security_cooperation``). It is not training data (``spaceclaims train`` reads
``corpus/annotations`` only) and measures nothing about real documents by itself: it only counts
how often each kind draws a competition call.

The sentences are classified loose (no previous sentence), masked as the model expects. The
script prints, per kind, how many sentences the model gives a competition head (`competition`
or `both`) and how many it gives the gold label exactly, then macro-F1 and the competition head's precision and recall over the probe and how many `both` calls are right;
``--errors`` lists the sentences whose competition head is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.classify.metrics import evaluate_predictions  # noqa: E402
from pipeline.classify.model_io import load_model  # noqa: E402
from pipeline.classify.predictor import heads_to_label  # noqa: E402
from pipeline.classify.train import prepared_texts  # noqa: E402
from pipeline.nlp.masking import EntityMasker  # noqa: E402

PROBE = ROOT / "corpus" / "probes" / "competition_probe.jsonl"
KINDS = ("title", "own_conduct", "descriptive_security", "rivalry", "security_cooperation")


def read_probe(path: Path = PROBE) -> list[dict]:
    """The probe's records (``text``, ``label``, ``genre``, ``kind``)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="a model folder written by `spaceclaims train`")
    parser.add_argument("--probe", type=Path, default=PROBE)
    parser.add_argument("--errors", action="store_true", help="list competition-head errors")
    args = parser.parse_args(argv)
    records = read_probe(args.probe)
    model, meta = load_model(args.model)
    thresholds = (model.threshold_cooperation, model.threshold_competition)
    params = {"entity_masking": getattr(model, "entity_masking", False)}
    texts = prepared_texts([r["text"] for r in records], params, EntityMasker())
    probs = model.predict_heads(texts)
    said = [heads_to_label(pc >= thresholds[0], pk >= thresholds[1]) for pc, pk in probs]
    labels = [r["label"] for r in records]
    calls, sizes, exact = Counter(), Counter(), Counter()
    for r, s in zip(records, said, strict=True):
        sizes[r["kind"]] += 1
        calls[r["kind"]] += s in ("competition", "both")
        exact[r["kind"]] += s == r["label"]
    print(f"model {meta['version']}, thresholds {thresholds[0]:.2f} / {thresholds[1]:.2f}\n")
    print("| kind | gold label | n | competition-head calls | exact label |")
    print("|---|---|---|---|---|")
    gold_of = {r["kind"]: r["label"] for r in records}
    for kind in [k for k in KINDS if k in sizes] + sorted(set(sizes) - set(KINDS)):
        print(f"| {kind} | {gold_of[kind]} | {sizes[kind]} | {calls[kind]} | {exact[kind]} |")
    ev = evaluate_predictions(labels, probs, thresholds)
    head = ev.heads["competition"]
    print(
        f"\nmacro-F1 {ev.macro_f1:.3f}; competition head P {head['precision']:.2f} "
        f"R {head['recall']:.2f} F1 {head['f1']:.3f}; cooperation head F1 "
        f"{ev.heads['cooperation']['f1']:.3f}"
    )
    both_said = sum(s == "both" for s in said)
    both_right = sum(s == "both" == g for s, g in zip(said, labels, strict=True))
    print(f"`both`: {both_said} called, {both_right} right, {labels.count('both')} gold")
    if args.errors:
        print()
        for r, s, (pc, pk) in zip(records, said, probs, strict=True):
            if (s in ("competition", "both")) != (r["label"] in ("competition", "both")):
                print(
                    f"[{r['kind']}] gold {r['label']}, model {s} ({pc:.2f} / {pk:.2f}): {r['text']}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
