"""Train the party-position model (``pipeline/data/party_model.json``).

    PYTHONPATH=$PWD .venv/bin/python scripts/train_party_model.py

A logistic regression over the parse-path features of ``pipeline.nlp.extract.party_model``,
fitted on every actor mention of the claim sentences of the team's own annotated sentences
(``corpus/gold/extraction.jsonl``; never real documents): positive when the mention's actor is
one of the sentence's gold parties. Each sentence goes through the same pipeline as in use
(actors, document principals, party terms), with the gold label, so that the features are
those the component computes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from pipeline.nlp.build import build_nlp, load_config  # noqa: E402
from pipeline.nlp.extract.party_model import DEFAULT_MODEL, PartyModel, mention_features  # noqa: E402
from pipeline.nlp.extract.party_rules import party_indices  # noqa: E402
from pipeline.nlp.extract.scoring import DEFAULT_GOLD, extract_items, load_gold  # noqa: E402
from pipeline.schema import CLAIM_LABELS  # noqa: E402

STRUCTURE = "spaceclaims_claim_structure"


def training_rows(items: list[dict]) -> tuple[list[dict], list[bool]]:
    """Features and gold decisions of every mention of the claim sentences of ``items``."""
    config = load_config()
    del config["components"]["spaceclaims_claims"]
    config["components"][STRUCTURE]["parties"] = "rules"  # the decider is replaced below anyway
    nlp = build_nlp(config=config)
    structure = nlp.get_pipe(STRUCTURE)
    names = [n for n in nlp.pipe_names if n != STRUCTURE]
    X: list[dict] = []
    y: list[bool] = []
    for item in items:
        if item["label"] not in CLAIM_LABELS:
            continue
        gold = set(item["parties"])

        def record(doc, mentions, gold=gold):
            for k in range(len(mentions)):
                if mentions[k][0] < len(doc):
                    X.append(mention_features(doc, mentions, k))
                    y.append(mentions[k][2] in gold)
            return party_indices(doc, mentions)

        structure.decide = record
        with nlp.select_pipes(enable=names):
            extract_items(nlp, [item], structure=structure)
    return X, y


def fit(X: list[dict], y: list[bool], *, C: float = 1.0) -> PartyModel:
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(X)
    lr = LogisticRegression(C=C, max_iter=2000).fit(matrix, y)
    weights = {
        name: round(float(w), 6)
        for name, w in zip(vectorizer.get_feature_names_out(), lr.coef_[0], strict=True)
        if w
    }
    return PartyModel(weights, round(float(lr.intercept_[0]), 6))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    args = parser.parse_args(argv)
    X, y = training_rows(load_gold(args.gold))
    model = fit(X, y, C=args.C)
    rel = (
        args.gold.resolve().relative_to(ROOT)
        if args.gold.resolve().is_relative_to(ROOT)
        else args.gold
    )
    args.out.write_text(
        model.to_json(trained_on=f"{rel}: {len(y)} mentions, {sum(y)} parties; C={args.C}") + "\n",
        encoding="utf-8",
    )
    print(f"{args.out}: {len(model.weights)} weights from {len(y)} mentions ({sum(y)} parties)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
