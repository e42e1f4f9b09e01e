"""Which actor mentions of a parsed claim sentence are in a party position: a learned model.

A logistic regression over parse-path features of each mention (its dependency label, its
head's lemma and part of speech, the preposition and what it attaches to, the labels on the
path to the root, the actor type, whether the party rules' framework or background phrases
hold it). It is trained by ``scripts/train_party_model.py`` on the team's own annotated
sentences (``corpus/gold/extraction.jsonl``) and stored as plain JSON weights
(``pipeline/data/party_model.json``): loading it runs no code. It was chosen over the rules
(``party_rules.party_indices``) by the figures on the real dev split
(``scripts/experiment_structure.py``, ``scripts/experiment_results.md``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.errors import ModelError
from pipeline.nlp.extract.parse_words import RELATION_NOUNS, RELATION_VERBS, SAY_VERBS
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.party_rules import RULE_VERBS, Mention, blocked, span_root, vetoed

DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "data" / "party_model.json"
#: The version of the features below; a model file trained on others is refused.
FEATURES_VERSION = 1


def mention_features(doc: Doc, mentions: Sequence[Mention], k: int) -> dict[str, object]:
    """The features of mention ``k`` (DictVectorizer form: strings are one-hot, numbers and
    booleans are values)."""
    start, end, _, kind = mentions[k]
    root = span_root(doc, start, min(end, len(doc)))
    head = root.head
    head_lemma = _lemma(head)
    f: dict[str, object] = {
        "dep": root.dep_,
        "type": kind,
        "head_pos": head.pos_,
        "head_dep": head.dep_,
        "head_lemma": head_lemma,
        "dep|head_pos": f"{root.dep_}|{head.pos_}",
        "is_root": root.dep_ == "ROOT",
        "blocked": blocked(root),
        "n_mentions": min(len(mentions), 6),
        "say_head": head_lemma in SAY_VERBS,
        "rule_head": head_lemma in RULE_VERBS,
        "relation_head": head_lemma in RELATION_NOUNS or head_lemma in RELATION_VERBS,
    }
    if root.dep_ == "pobj":
        f["prep"] = head.lower_
        f["prep_gov_pos"] = head.head.pos_
        f["prep_gov_lemma"] = _lemma(head.head)
        f["prep|gov_pos"] = f"{head.lower_}|{head.head.pos_}"
    path, tok = [], root
    for _ in range(4):
        if tok.dep_ == "ROOT":
            break
        path.append(tok.dep_)
        tok = tok.head
    f["path"] = ">".join(path)
    f["path2"] = ">".join(path[:2])
    return f


def _encoded(features: dict[str, object]) -> dict[str, float]:
    """DictVectorizer's encoding: ``name=value`` for strings, ``name`` for numbers."""
    out: dict[str, float] = {}
    for name, value in features.items():
        if isinstance(value, str):
            out[f"{name}={value}"] = 1.0
        else:
            out[name] = float(value)  # type: ignore[arg-type]  # numbers: bool, int, float
    return out


@dataclass(frozen=True)
class PartyModel:
    """A linear model: ``P(party) = sigmoid(intercept + sum of weights of the features)``."""

    weights: dict[str, float]
    intercept: float
    threshold: float = 0.5

    def probability(self, features: dict[str, object]) -> float:
        z = self.intercept + sum(
            self.weights.get(name, 0.0) * value for name, value in _encoded(features).items()
        )
        return 1.0 / (1.0 + math.exp(-z))

    def __call__(self, doc: Doc, mentions: Sequence[Mention]) -> list[int]:
        """The indices of the mentions in a party position, in order of first mention. The
        rules' veto of places (``party_rules.vetoed``) holds: the team's sentences have too
        few of them for the model to learn it. (Vetoing background clauses and frameworks as
        well did worse on the real dev split: party F1 0.844 against 0.855.)"""
        ks = sorted(
            (k for k in range(len(mentions)) if mentions[k][0] < len(doc)),
            key=lambda k: mentions[k][0],
        )
        return [
            k
            for k in ks
            if not vetoed(doc, mentions, k)
            and self.probability(mention_features(doc, mentions, k)) >= self.threshold
        ]

    def to_json(self, *, trained_on: str) -> str:
        return json.dumps(
            {
                "features_version": FEATURES_VERSION,
                "trained_on": trained_on,
                "intercept": self.intercept,
                "threshold": self.threshold,
                "weights": dict(sorted(self.weights.items())),
            },
            indent=1,
            ensure_ascii=False,
        )


@lru_cache(maxsize=4)
def load_party_model(path: Path | str = DEFAULT_MODEL) -> PartyModel:
    """The model stored at ``path`` (plain JSON weights)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"{path}: cannot read the party model ({exc}); run scripts/train_party_model.py "
            'or set components.spaceclaims_claim_structure.parties = "rules"'
        ) from None
    if data.get("features_version") != FEATURES_VERSION:
        raise ModelError(
            f"{path}: party model made for features version {data.get('features_version')}, "
            f"this code computes version {FEATURES_VERSION}; retrain it with "
            "scripts/train_party_model.py"
        )
    return PartyModel(
        {str(k): float(v) for k, v in data["weights"].items()},
        float(data["intercept"]),
        float(data.get("threshold", 0.5)),
    )
