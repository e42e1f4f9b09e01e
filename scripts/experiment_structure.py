"""Rules or a learned model for claim structure? Compared on the real dev split.

    SPACECLAIMS_SHARED=/work/shared PYTHONPATH=$PWD .venv/bin/python \
        scripts/experiment_structure.py --cache /tmp/sc

Parties: which actor mentions of a claim sentence are in a party position. The rules
(``party_rules.party_indices``) against a logistic regression over parse-path features of
each mention (its dependency label, its head's lemma and part of speech, the preposition and
what it attaches to, the labels on the path to the root, the actor type), with and without the
rules' own decision as one more feature. The model is trained on the team's own annotated
sentences (``corpus/gold/extraction.jsonl``: parties of every claim sentence), never on real
text. Everything after the decision (document principals, party terms, a person standing for
its state, objects not being sides) is the same for both.

Modality: the rules (``modality.find_modality``) against a logistic regression over word
1-2-grams of the sentence, and one over the rules' decision plus those n-grams, trained on the
claim sentences of ``corpus/annotations/*.jsonl`` (modality on every claim sentence).

Figures are written by ``scripts/score_structure.py``'s scorer on the real dev split; the result
is recorded in ``scripts/experiment_results.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import score_structure  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402

from pipeline.classify.standoff import load_standoff  # noqa: E402
from pipeline.nlp.build import build_nlp, load_config  # noqa: E402
from pipeline.nlp.extract.party_model import load_party_model, mention_features  # noqa: E402
from pipeline.nlp.extract.party_rules import party_indices, vetoed  # noqa: E402
from pipeline.nlp.extract.scoring import DEFAULT_GOLD, extract_items, load_gold  # noqa: E402
from pipeline.schema import CLAIM_LABELS  # noqa: E402

STRUCTURE = "spaceclaims_claim_structure"


def features_with_rule(doc, mentions, k: int) -> dict:
    """The model's features plus the rules' decision on the mention."""
    return {**mention_features(doc, mentions, k), "rule": k in party_indices(doc, mentions)}


class Recorder:
    """A ``decide`` hook that records each mention's features and rule decision."""

    def __init__(self, *, with_rule: bool):
        self.with_rule = with_rule
        self.features = features_with_rule if with_rule else mention_features
        self.rows: list[tuple[dict, str]] = []

    def __call__(self, doc, mentions):
        for k in range(len(mentions)):
            if mentions[k][0] < len(doc):
                self.rows.append((self.features(doc, mentions, k), mentions[k][2]))
        return party_indices(doc, mentions)


def rules_with_vetoes(doc, mentions):
    """The rules with the vetoes the shipped model applies (places, a country qualifying its
    own agency or company, channels): ``party_rules.vetoed``."""
    return [k for k in party_indices(doc, mentions) if not vetoed(doc, mentions, k)]


def train_parties(nlp, items, *, with_rule: bool):
    structure = nlp.get_pipe(STRUCTURE)
    X, y = [], []
    names = [n for n in nlp.pipe_names if n != STRUCTURE]
    for item in items:
        if item["label"] not in CLAIM_LABELS:
            continue
        recorder = Recorder(with_rule=with_rule)
        structure.decide = recorder
        with nlp.select_pipes(enable=names):
            extract_items(nlp, [item], structure=structure)
        gold = set(item["parties"])
        for features, name in recorder.rows:
            X.append(features)
            y.append(name in gold)
    structure.decide = party_indices
    model = make_pipeline(DictVectorizer(), LogisticRegression(C=1.0, max_iter=2000))
    model.fit(X, y)
    return model, len(X)


def model_decider(model, *, with_rule: bool):
    def decide(doc, mentions):
        ks = [k for k in range(len(mentions)) if mentions[k][0] < len(doc)]
        if not ks:
            return []
        features = features_with_rule if with_rule else mention_features
        feats = [features(doc, mentions, k) for k in ks]
        keep = model.predict(feats)
        return [
            k for k, y in sorted(zip(ks, keep, strict=True), key=lambda p: mentions[p[0]][0]) if y
        ]

    return decide


def real_dev(nlp, gold, cache: Path, decide) -> tuple[dict, dict]:
    structure = nlp.get_pipe(STRUCTURE)
    structure.decide = decide
    aligned: dict[str, dict] = {}
    for name in sorted({g.file for g in gold}):
        rows = score_structure.output_sentences(score_structure.TEXTS / name, nlp, cache)
        aligned.update(score_structure.align([g for g in gold if g.file == name], rows))
    structure.decide = party_indices
    results, _ = score_structure.score(gold, aligned)
    return results, aligned


def figures(results) -> str:
    c = results["all"]
    _, _, pf = score_structure.prf(c["p_tp"], c["p_fp"], c["p_fn"])
    _, _, df = score_structure.prf(c["d_tp"], c["d_fp"], c["d_fn"])
    pp, pr, _ = score_structure.prf(c["p_tp"], c["p_fp"], c["p_fn"])
    return f"party P {pp:.3f} R {pr:.3f} F1 {pf:.3f}, dyad F1 {df:.3f}, modality {c['m_ok'] / c['scored']:.3f}"


def modality_models(gold, aligned) -> list[str]:
    train = []
    for path in sorted((ROOT / "corpus" / "annotations").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            if r.get("label") in CLAIM_LABELS and r.get("modality"):
                train.append((r["text"], r["modality"]))
    texts, labels = zip(*train, strict=True)
    model = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        LogisticRegression(C=4.0, max_iter=3000),
    )
    model.fit(texts, labels)
    scored = [
        (g, aligned[g.key])
        for g in gold
        if g.label in CLAIM_LABELS and g.key in aligned and aligned[g.key]["label"] in CLAIM_LABELS
    ]
    rule_ok = sum(row["modality"] == g.modality for g, row in scored)
    pred = model.predict([g.text for g, _ in scored])
    model_ok = sum(p == g.modality for p, (g, _) in zip(pred, scored, strict=True))
    # The rules, overruled by the model only where the rules find no cue (asserted).
    mixed_ok = sum(
        (p if row["modality"] == "asserted" else row["modality"]) == g.modality
        for p, (g, row) in zip(pred, scored, strict=True)
    )
    n = len(scored)
    return [
        f"modality, {n} sentences (trained on {len(train)} annotated claim sentences):",
        f"  rules                         {rule_ok / n:.3f}",
        f"  word 1-2-gram LR              {model_ok / n:.3f}",
        f"  rules, LR where rules assert  {mixed_ok / n:.3f}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True, help="as score_structure --cache")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    gold = load_standoff(score_structure.GOLD, texts_dir=score_structure.TEXTS, split="dev")
    items = load_gold(DEFAULT_GOLD)
    config = load_config()
    del config["components"]["spaceclaims_claims"]
    text_nlp = build_nlp(config=config)
    nlp = build_nlp()
    lines = []
    results, aligned = real_dev(nlp, gold, args.cache, party_indices)
    lines.append(f"parties, rules:                    {figures(results)}")
    results, _ = real_dev(nlp, gold, args.cache, rules_with_vetoes)
    lines.append(f"parties, rules + vetoes:           {figures(results)}")
    results, _ = real_dev(nlp, gold, args.cache, load_party_model())
    lines.append(f"parties, shipped LR (with vetoes): {figures(results)}")
    for with_rule in (False, True):
        model, n = train_parties(text_nlp, items, with_rule=with_rule)
        results, _ = real_dev(nlp, gold, args.cache, model_decider(model, with_rule=with_rule))
        name = "LR + rule feature" if with_rule else "LR parse paths   "
        lines.append(f"parties, {name} ({n} mentions): {figures(results)}")
    lines += modality_models(gold, aligned)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
