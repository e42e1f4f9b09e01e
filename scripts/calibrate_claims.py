"""Fit and measure a document-level calibration layer over the claim model's heads (issue 12).

    SPACECLAIMS_SHARED=../shared PYTHONPATH=$PWD .venv/bin/python scripts/calibrate_claims.py \
        --cache /tmp/calib_cache.json
    ... scripts/calibrate_claims.py --cache /tmp/calib_cache.json --write /tmp/layer.json

Pools the real dev evidence (``corpus/real/annotations.jsonl`` dev split and the two fresh claims
sets: 1,330 sentences of 43 documents). For each sentence it reads the model's head
probabilities (loose sentence, masked, the model's rules applied, as ``spaceclaims evaluate``
reads them) and the name-free features of ``pipeline.classify.calibration``: the sentence's
shape, its actor placeholders and side counts, the relation cues, whether the sentence before it
in the document was a claim (the text before the sentence's offset, cut at the last sentence
end or line break, masked and scored the same way), and the register the document's text shows
(:func:`~pipeline.classify.calibration.infer_register`; never the file name or manifest).

Candidates, each measured by cross-validation grouped by document (leave one document out: a
layer is fitted on 42 documents and labels the 43rd) against the shipped thresholds on the same
sentences; after every layer the model's rules run again (rivalry, plan sentences, headings and
own conduct, relation gate, `both`), as the claims component re-runs them after the context:

- ``shipped``: the model's own labels (thresholds 0.55 / 0.70);
- ``in_sample_all_l*``: the layer fitted and scored on all 43 documents (no CV: a ceiling);
- ``shift_all_l*``: per head, a logistic regression with the head's log-odds as offset
  (:func:`~pipeline.classify.calibration.fit_shift`) over every feature, L2 penalty 3 / 30 /
  300 on the standardised weights; the model's thresholds then decide;
- ``shift_no_register_l*``, ``shift_register_l*``: without the register; the register alone;
- ``shift_document_l*``: what the model says of the whole document only (the share of its
  sentences called cooperation and competition, the mean log-odds of each head; the document
  cut into sentences as above) and the previous sentence's log-odds;
  ``shift_all_and_document_l*``: both sets;
- ``coop_only_cutoff_l*``: the cooperation head alone re-scored, its cut-off chosen for head F1
  on the training documents;
- ``register_thresholds``: the shipped probabilities with one threshold pair per register,
  chosen on the training documents (grid 0.40-0.85), kept at the shipped pair for a register
  with fewer than 40 training sentences;
- ``joint4``: a four-label logistic regression (C 0.1) over both heads' log-odds and every
  feature.

Prints macro-F1, both heads' F1 and per-label F1 on all 43 documents and on the two halves of
the dev documents by a stable hash of the file name (half A: sha1 even). ``--write`` fits the
``shift_all`` layer (``--penalty``) on all documents and writes its numbers as JSON.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.classify.both_rule import resolve_both  # noqa: E402
from pipeline.classify.calibration import (  # noqa: E402
    FEATURE_NAMES,
    REGISTERS,
    CalibrationLayer,
    fit_shift,
    infer_register,
    sentence_features,
)
from pipeline.classify.competition_rule import cap_competition  # noqa: E402
from pipeline.classify.plan_sentences import cap_plan_sentences  # noqa: E402
from pipeline.classify.predictor import heads_to_label, load_predictor  # noqa: E402
from pipeline.classify.relation_gate import cap_unrelated  # noqa: E402
from pipeline.classify.rivalry_rule import raise_competition  # noqa: E402
from pipeline.classify.standoff import load_standoff  # noqa: E402
from pipeline.schema import LABELS  # noqa: E402

SETS = ("annotations", "claims_fresh_dev", "claims_fresh2_dev")
_BOUNDARY = re.compile(r"(?:[.!?][\"”’')\]]*\s+|\n\s*)")


def half_of(file_name: str) -> str:
    """``A`` or ``B``: the round's stable split of the dev documents by file name."""
    return "AB"[int(hashlib.sha1(file_name.encode("utf-8")).hexdigest(), 16) % 2]


def previous_sentence(text: str, start: int, *, limit: int = 600) -> str:
    """The sentence before offset ``start`` of a document: the text before it, cut after the
    last sentence end or line break ('' at the start of the document)."""
    before = text[max(0, start - 4 * limit) : start].rstrip()
    if not before:
        return ""
    cuts = [m.end() for m in _BOUNDARY.finditer(before)]
    return before[cuts[-1] if cuts else 0 :].strip()[-limit:]


# -- data ---------------------------------------------------------------------------------------


def load_rows(texts_dir: Path, cache: Path | None, *, limit_docs: int = 0) -> list[dict]:
    """The pooled dev sentences with their document's register, the sentence before, and the
    masked text of both and of the whole document (``limit_docs``: the first N documents)."""
    records = []
    for name in SETS:
        records += load_standoff(ROOT / "corpus" / "real" / f"{name}.jsonl", texts_dir=texts_dir,
                                 split="dev")  # fmt: skip
    if limit_docs:
        keep = set(sorted({r.file for r in records})[:limit_docs])
        records = [r for r in records if r.file in keep]
    docs: dict[str, str] = {}
    for r in records:
        if r.file not in docs:
            docs[r.file] = (texts_dir / r.file).read_text(encoding="utf-8")
    registers = {f: infer_register(t) for f, t in docs.items()}
    whole = {f: document_sentences(t) for f, t in docs.items()}
    rows = [
        {
            "file": r.file, "start": r.start, "text": r.text, "label": r.label,
            "previous": previous_sentence(docs[r.file], r.start),
            "register": registers[r.file], "half": half_of(r.file),
        }
        for r in records
    ]  # fmt: skip
    everything = [s for group in whole.values() for s in group]
    masked = _mask(
        [row["text"] for row in rows] + [row["previous"] for row in rows] + everything, cache
    )
    for row in rows:
        row["masked"] = masked[row["text"]]
        row["previous_masked"] = masked[row["previous"]]
        row["document_masked"] = [masked[s] for s in whole[row["file"]]]
    return rows


def document_sentences(text: str) -> list[str]:
    """A document's sentences of three words or more, cut as :func:`previous_sentence` cuts."""
    return [s.strip() for s in _BOUNDARY.split(text) if len(s.split()) >= 3]


def _mask(texts: list[str], cache: Path | None) -> dict[str, str]:
    known: dict[str, str] = {"": ""}
    if cache is not None and cache.is_file():
        known.update(json.loads(cache.read_text(encoding="utf-8")))
    todo = sorted({t for t in texts if t not in known})
    if todo:
        from pipeline.nlp.masking import EntityMasker

        known.update(zip(todo, EntityMasker()(todo), strict=True))
        if cache is not None:
            cache.write_text(json.dumps(known), encoding="utf-8")
    return known


def score(rows: list[dict], model_dir: Path | None) -> tuple[object, np.ndarray, np.ndarray]:
    loaded = load_predictor(model_dir)
    if loaded is None:
        raise SystemExit("the model folder has no current predictor.npz")
    predictor = loaded[0]
    probs = predictor.predict_heads([r["masked"] for r in rows])
    previous = [r["previous_masked"] for r in rows]
    prev_probs = predictor.predict_heads([p or "." for p in previous])
    t = (predictor.threshold_cooperation, predictor.threshold_competition)
    prev_claim = np.array(
        [bool(p) and (pc >= t[0] or pk >= t[1]) for p, (pc, pk) in zip(previous, prev_probs,
                                                                        strict=True)]
    )  # fmt: skip
    feats = np.array(
        [
            sentence_features(r["masked"], previous_claim=bool(c), register=r["register"])
            for r, c in zip(rows, prev_claim, strict=True)
        ]
    )
    # What the model says of the whole document and of the sentence before (continuous).
    summary: dict[str, list[float]] = {}
    for r in rows:
        if r["file"] not in summary:
            p = predictor.predict_heads(r["document_masked"] or ["."])
            summary[r["file"]] = [
                float((p[:, 0] >= t[0]).mean()), float((p[:, 1] >= t[1]).mean()),
                float(np.mean(_logit(p[:, 0]))), float(np.mean(_logit(p[:, 1]))),
            ]  # fmt: skip
    doc = np.array([summary[r["file"]] for r in rows])
    prev = np.where(np.array([bool(p) for p in previous])[:, None], _logit(prev_probs), 0.0)
    return predictor, probs, np.column_stack([feats, doc, prev])


#: The columns the script adds after FEATURE_NAMES: the share of the document's sentences the
#: model calls a cooperation and a competition claim, the mean log-odds of each head over the
#: document, and the previous sentence's log-odds of each head.
DOCUMENT_FEATURE_NAMES = (
    "document_cooperation_share", "document_competition_share",
    "document_cooperation_logit", "document_competition_logit",
    "previous_cooperation_logit", "previous_competition_logit",
)  # fmt: skip


# -- measures -----------------------------------------------------------------------------------


def measures(gold: list[str], pred: list[str]) -> dict:
    out: dict = {"n": len(gold)}
    f1s = []
    for lab in LABELS:
        tp = sum(g == p == lab for g, p in zip(gold, pred, strict=True))
        n_pred, n_gold = pred.count(lab), gold.count(lab)
        f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0
        out[lab] = f1
        if n_gold:
            f1s.append(f1)
    out["macro"] = float(np.mean(f1s))
    for head, side in (("coop_head", ("cooperation", "both")), ("comp_head", ("competition",
                                                                             "both"))):  # fmt: skip
        g = np.array([x in side for x in gold])
        p = np.array([x in side for x in pred])
        tp = float((g & p).sum())
        out[head] = 2 * tp / max(1.0, g.sum() + p.sum())
    return out


# -- candidates ---------------------------------------------------------------------------------


def _truth(labels: list[str]) -> np.ndarray:
    return np.array(
        [[lab in ("cooperation", "both"), lab in ("competition", "both")] for lab in labels],
        dtype=int,
    )


def fit_layer(probs: np.ndarray, feats: np.ndarray, labels: list[str], *, penalty: float,
              columns: np.ndarray | None = None) -> CalibrationLayer:  # fmt: skip
    """Per head, :func:`fit_shift` over the features (``columns`` 0 leaves one out), the
    head's log-odds as the offset."""
    y = _truth(labels)
    cols = np.ones(feats.shape[1]) if columns is None else columns
    weights, intercepts = [], []
    for h in range(2):
        w, b = fit_shift(_logit(probs[:, h]), feats * cols, y[:, h], penalty=penalty)
        weights.append(tuple(float(v) for v in w * cols))
        intercepts.append(b)
    return CalibrationLayer((weights[0], weights[1]), (intercepts[0], intercepts[1]))


def _best_cutoff(y: np.ndarray, p: np.ndarray) -> float:
    """The cut-off of one head with the best F1 on the fitting data (grid 0.30-0.80)."""
    best, best_f = 0.5, -1.0
    for t in np.round(np.arange(0.30, 0.81, 0.02), 2):
        pred = p >= t
        f = 2 * float((pred & (y == 1)).sum()) / max(1.0, pred.sum() + y.sum())
        if f > best_f + 1e-9:
            best, best_f = float(t), f
    return best


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=float), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _labels(probs: np.ndarray, t: tuple[float, float]) -> list[str]:
    return [heads_to_label(pc >= t[0], pk >= t[1]) for pc, pk in probs]


def rules_again(predictor, texts: list[str], probs: np.ndarray) -> np.ndarray:
    """The model's rules after the layer, in the predictor's order (a layer must not undo a
    rule's decision, as the claims component re-applies them after the context)."""
    t = (predictor.threshold_cooperation, predictor.threshold_competition)
    if predictor.rivalry_rule:
        probs = raise_competition(texts, probs, t, bar=predictor.both_bar)
    if predictor.plan_rule:
        probs = cap_plan_sentences(texts, probs)
    if predictor.competition_rule:
        probs = cap_competition(texts, probs, t[1])
    if predictor.relation_gate:
        probs = cap_unrelated(texts, probs, t)
    return resolve_both(
        texts,
        probs,
        t,
        bar=predictor.both_bar,
        needs_cues=predictor.both_needs_cues,
        fallback=predictor.both_fallback,
    )


PENALTIES = (3.0, 30.0, 300.0)


def run_candidates(predictor, rows: list[dict], probs: np.ndarray, feats: np.ndarray) -> dict:
    t = (predictor.threshold_cooperation, predictor.threshold_competition)
    labels = [r["label"] for r in rows]
    texts = [r["masked"] for r in rows]
    files = np.array([r["file"] for r in rows])
    regs = np.array([r["register"] for r in rows])
    names = (*FEATURE_NAMES, *DOCUMENT_FEATURE_NAMES)
    reg_cols = np.array([name.startswith("register_") for name in names])
    doc_cols = np.array([name in DOCUMENT_FEATURE_NAMES for name in names])
    base = (~doc_cols).astype(float)
    variants = {f"shift_all_l{p:g}": (p, base) for p in PENALTIES}
    variants |= {f"shift_no_register_l{p:g}": (p, base * (~reg_cols)) for p in PENALTIES}
    variants |= {f"shift_register_l{p:g}": (p, reg_cols.astype(float)) for p in PENALTIES}
    variants |= {f"shift_document_l{p:g}": (p, doc_cols.astype(float)) for p in PENALTIES}
    variants |= {f"shift_all_and_document_l{p:g}": (p, np.ones(len(names))) for p in PENALTIES}
    preds: dict[str, list[str]] = {"shipped": _labels(probs, t)}
    for p in PENALTIES:  # in-sample: fitted and scored on all 43 documents (no CV; a ceiling)
        layer = fit_layer(probs, feats, labels, penalty=p, columns=base)
        preds[f"in_sample_all_l{p:g} (not CV)"] = _labels(
            rules_again(predictor, texts, layer.apply(probs, feats)), t
        )
    coop_only = {f"coop_only_cutoff_l{p:g}": p for p in PENALTIES}
    for name in (*variants, *coop_only, "register_thresholds", "joint4"):
        preds[name] = [""] * len(rows)
    for f in sorted(set(files)):
        test, train = files == f, files != f
        tr_labels = [lab for lab, m in zip(labels, train, strict=True) if m]
        idx = np.flatnonzero(test)
        for name, (penalty, cols) in variants.items():
            layer = fit_layer(probs[train], feats[train], tr_labels, penalty=penalty,
                              columns=cols)  # fmt: skip
            new = rules_again(
                predictor, [texts[i] for i in idx], layer.apply(probs[test], feats[test])
            )
            for i, lab in zip(idx, _labels(new, t), strict=True):
                preds[name][i] = lab
        for name, penalty in coop_only.items():
            layer = fit_layer(probs[train], feats[train], tr_labels, penalty=penalty,
                              columns=base)  # fmt: skip
            fitted = layer.apply(probs[train], feats[train])[:, 0]
            cut = _best_cutoff(_truth(tr_labels)[:, 0], fitted)
            new = probs[test].copy()
            shift = _logit(np.array([t[0]]))[0] - _logit(np.array([cut]))[0]
            new[:, 0] = 1 / (1 + np.exp(-(_logit(layer.apply(probs[test], feats[test])[:, 0])
                                          + shift)))  # fmt: skip
            new = rules_again(predictor, [texts[i] for i in idx], new)
            for i, lab in zip(idx, _labels(new, t), strict=True):
                preds[name][i] = lab
        pair = _register_pair(probs[train], tr_labels, regs[train], regs[test][0], t)
        for i, lab in zip(idx, _labels(probs[test], pair), strict=True):
            preds["register_thresholds"][i] = lab
        for i, lab in zip(idx, _joint4(probs, feats, labels, train, test), strict=True):
            preds["joint4"][i] = lab
    return preds


def _register_pair(probs, labels, regs, register, shipped) -> tuple[float, float]:
    keep = regs == register
    if keep.sum() < 40:
        return shipped
    sub = [lab for lab, k in zip(labels, keep, strict=True) if k]
    best, best_m = shipped, measures(sub, _labels(probs[keep], shipped))["macro"]
    grid = np.round(np.arange(0.40, 0.851, 0.05), 2)
    for tc in grid:
        for tk in grid:
            m = measures(sub, _labels(probs[keep], (tc, tk)))["macro"]
            if m > best_m + 1e-9:
                best, best_m = (float(tc), float(tk)), m
    return best


def _joint4(probs, feats, labels, train, test) -> list[str]:
    from sklearn.linear_model import LogisticRegression

    x = np.column_stack([_logit(probs[:, 0]), _logit(probs[:, 1]), feats])
    mean, sd = x[train].mean(axis=0), x[train].std(axis=0)
    sd[sd == 0] = 1.0
    y = np.array(labels)
    lr = LogisticRegression(C=0.1, max_iter=2000).fit((x[train] - mean) / sd, y[train])
    return [str(v) for v in lr.predict((x[test] - mean) / sd)]


def table(rows: list[dict], preds: dict[str, list[str]]) -> str:
    labels = [r["label"] for r in rows]
    halves = np.array([r["half"] for r in rows])
    lines = [
        "| candidate | macro-F1 | heads (coop / comp) | per label (coop / comp / both / neutral) "
        "| half A macro (heads) | half B macro (heads) |",
        "|---|---|---|---|---|---|",
    ]
    for name, pred in preds.items():
        m = measures(labels, pred)
        cells = []
        for h in "AB":
            keep = halves == h
            g = [lab for lab, k in zip(labels, keep, strict=True) if k]
            p = [lab for lab, k in zip(pred, keep, strict=True) if k]
            mh = measures(g, p)
            cells.append(f"{mh['macro']:.3f} ({mh['coop_head']:.3f} / {mh['comp_head']:.3f})")
        lines.append(
            f"| {name} | {m['macro']:.3f} | {m['coop_head']:.3f} / {m['comp_head']:.3f} | "
            + " / ".join(f"{m[lab]:.3f}" for lab in LABELS)
            + f" | {cells[0]} | {cells[1]} |"
        )
    return "\n".join(lines)


def diagnostics(rows: list[dict], probs: np.ndarray, t: tuple[float, float]) -> str:
    """The shipped model by inferred register (head F1 and sentences), and how far from its
    threshold the cooperation head's errors lie (a layer can only move sentences near it)."""
    labels = [r["label"] for r in rows]
    pred = _labels(probs, t)
    lines = ["| inferred register | documents | sentences | macro-F1 | coop head | comp head |",
             "|---|---|---|---|---|---|"]  # fmt: skip
    for reg in REGISTERS:
        keep = [i for i, r in enumerate(rows) if r["register"] == reg]
        if not keep:
            continue
        m = measures([labels[i] for i in keep], [pred[i] for i in keep])
        docs = len({rows[i]["file"] for i in keep})
        lines.append(f"| {reg} | {docs} | {len(keep)} | {m['macro']:.3f} | "
                     f"{m['coop_head']:.3f} | {m['comp_head']:.3f} |")  # fmt: skip
    truth = _truth(labels)[:, 0].astype(bool)
    called = probs[:, 0] >= t[0]
    margin = np.abs(_logit(probs[:, 0]) - _logit(np.array([t[0]]))[0])
    lines.append("")
    for name, wrong in (("false cooperation", called & ~truth), ("missed cooperation",
                                                                 ~called & truth)):  # fmt: skip
        near = int((wrong & (margin < 1.0)).sum())
        lines.append(f"{name}: {int(wrong.sum())}, of them {near} within 1 log-odds unit of "
                     f"the threshold")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None, help="model folder (shipped)")
    parser.add_argument("--texts", type=Path, help="the real documents' folder")
    parser.add_argument("--cache", type=Path, help="JSON file of masked sentences, kept")
    parser.add_argument("--write", type=Path, help="write the layer fitted on all documents")
    parser.add_argument("--penalty", type=float, default=30.0, help="L2 penalty for --write")
    parser.add_argument("--limit-docs", type=int, default=0, help="only the first N documents")
    args = parser.parse_args(argv)
    texts = args.texts or Path(os.environ.get("SPACECLAIMS_SHARED", ROOT.parent / "shared"))
    if (texts / "realcorpus").is_dir():
        texts = texts / "realcorpus"
    rows = load_rows(texts, args.cache, limit_docs=args.limit_docs)
    predictor, probs, feats = score(rows, args.model)
    files = {r["file"] for r in rows}
    print(f"{len(rows)} sentences of {len(files)} documents; halves: "
          f"{dict(Counter(r['half'] for r in rows))}; inferred registers (sentences): "
          f"{dict(Counter(r['register'] for r in rows))}\n")  # fmt: skip
    thresholds = (predictor.threshold_cooperation, predictor.threshold_competition)
    print(diagnostics(rows, probs, thresholds) + "\n")
    print(table(rows, run_candidates(predictor, rows, probs, feats)))
    if args.write:
        base = np.array([1.0] * len(FEATURE_NAMES) + [0.0] * len(DOCUMENT_FEATURE_NAMES))
        layer = fit_layer(probs, feats, [r["label"] for r in rows], penalty=args.penalty,
                          columns=base)  # fmt: skip
        args.write.write_text(json.dumps({
            "features": list(FEATURE_NAMES), "registers": list(REGISTERS),
            "penalty": args.penalty, "weights": layer.weights, "intercept": layer.intercept,
        }, indent=1) + "\n")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
