"""Score actor, date, party and modality extraction against a gold set.

The gold set (``corpus/gold/extraction.jsonl``, described in ``corpus/gold/README.md``) holds
one item per line: a sentence (``text``), optional ``context`` sentences that come before it
in the same document, its claim ``label`` and ``modality``, and its ``actors``, ``dates`` and
``parties``. The scoring functions here are pure: they compare sets of canonical actors, date
values and parties per sentence and micro-average over the set (every gold or predicted
element counts once), as is usual for entity extraction (e.g. the CoNLL-2003 shared task
scores exact matches with precision, recall and F1).

- actors: the set of canonical actor names per sentence;
- dates: the set of ISO values per sentence;
- parties: the set of canonical parties, on sentences the *gold* label calls a claim
  (cooperation, competition, both), so that classifier errors do not leak into the figure;
- modality: accuracy on the same gold claim sentences.

:func:`extract_items` runs a spaCy pipeline over the gold items (context first, the sentence
as its own paragraph) and returns what it found; it is the only function here with side
effects.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.schema import CLAIM_LABELS

DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "corpus" / "gold" / "extraction.jsonl"


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the pipeline found in one gold item's sentence."""

    actors: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    modality: str = ""


@dataclass(frozen=True, slots=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name:<9} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"(tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )


@dataclass(slots=True)
class Report:
    actors: PRF
    dates: PRF
    parties: PRF
    modality_correct: int
    modality_total: int
    errors: list[str] = field(default_factory=list)

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.modality_total if self.modality_total else 1.0

    def lines(self) -> list[str]:
        return [
            self.actors.line("actors"),
            self.dates.line("dates"),
            self.parties.line("parties"),
            f"modality  accuracy {self.modality_accuracy:.3f} "
            f"({self.modality_correct}/{self.modality_total})",
        ]


def load_gold(path: Path | str = DEFAULT_GOLD) -> list[dict]:
    """The gold items of a JSONL file, in file order."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_actors(item: dict) -> frozenset[str]:
    return frozenset(a["actor"] for a in item.get("actors", []))


def gold_dates(item: dict) -> frozenset[str]:
    return frozenset(d["value"] for d in item.get("dates", []))


def is_claim(item: dict) -> bool:
    return item.get("label") in CLAIM_LABELS


def set_prf(pairs: Iterable[tuple[Iterable[str], Iterable[str]]]) -> PRF:
    """Micro-averaged counts over ``(gold, predicted)`` set pairs."""
    tp = fp = fn = 0
    for gold, pred in pairs:
        g, p = set(gold), set(pred)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return PRF(tp, fp, fn)


def score(items: Sequence[dict], predictions: Sequence[Prediction]) -> Report:
    """Compare ``predictions`` with the gold ``items`` (same order, same length)."""
    if len(items) != len(predictions):
        raise ValueError(f"{len(items)} gold items but {len(predictions)} predictions")
    pairs = list(zip(items, predictions, strict=True))
    claims = [(i, p) for i, p in pairs if is_claim(i)]
    modality_correct = sum(i.get("modality") == p.modality for i, p in claims)
    report = Report(
        actors=set_prf((gold_actors(i), p.actors) for i, p in pairs),
        dates=set_prf((gold_dates(i), p.dates) for i, p in pairs),
        parties=set_prf((i.get("parties", []), p.parties) for i, p in claims),
        modality_correct=modality_correct,
        modality_total=len(claims),
    )
    report.errors = list(_errors(items, predictions))
    return report


def _errors(items: Sequence[dict], predictions: Sequence[Prediction]) -> Iterable[str]:
    """One line per disagreement, for reading what went wrong."""
    for item, pred in zip(items, predictions, strict=True):
        key = item.get("id", "?")
        for name, gold, found in (
            ("actors", gold_actors(item), pred.actors),
            ("dates", gold_dates(item), pred.dates),
        ):
            if gold != found:
                yield _diff(key, name, gold, found, item["text"])
        if is_claim(item):
            gold = frozenset(item.get("parties", []))
            if gold != pred.parties:
                yield _diff(key, "parties", gold, pred.parties, item["text"])
            if item.get("modality") != pred.modality:
                yield (
                    f"{key} modality: gold {item.get('modality')} got {pred.modality} | "
                    + item["text"]
                )


def _diff(key: str, name: str, gold: frozenset, found: frozenset, text: str) -> str:
    missed = ", ".join(sorted(gold - found)) or "-"
    extra = ", ".join(sorted(found - gold)) or "-"
    return f"{key} {name}: missed [{missed}] extra [{extra}] | {text}"


def extract_items(nlp, items: Sequence[dict], *, structure=None) -> list[Prediction]:
    """Run ``nlp`` (a pipeline without the claim classifier) over each gold item.

    The context sentences form one paragraph and the item's sentence another, so that
    acronyms defined and dates mentioned in the context are in the same document but the
    sentence keeps its own boundaries. When ``structure`` (the claim-structure component) is
    given, the item's sentences get the *gold* label and are then passed to it, so parties
    and modality are measured independently of the classifier.
    """
    from pipeline.document import Block, Document, Metadata, ParsedText, join_blocks

    out: list[Prediction] = []
    for item in items:
        blocks = [Block(" ".join(item["context"]))] if item.get("context") else []
        blocks.append(Block(item["text"]))
        document = Document(
            source=f"{item.get('id', 'gold')}.txt",
            sha256="0" * 64,
            format="txt",
            parsed=ParsedText(Metadata(), blocks),
        )
        text, spans = join_blocks(document)
        doc = nlp.make_doc(text)
        doc._.sc_blocks = spans
        doc = nlp(doc)
        start = spans[-1][0]
        sents = [s for s in doc.sents if s.start_char >= start and s.text.strip()]
        for sent in doc.sents:
            sent._.sc_claim_label = item["label"] if sent.start_char >= start else "neutral"
        if structure is not None:
            doc = structure(doc)
        actors = frozenset(s.kb_id_ for s in doc.spans.get("actors", []) if s.start_char >= start)
        dates = frozenset(s.kb_id_ for s in doc.spans.get("dates", []) if s.start_char >= start)
        parties: set[str] = set()
        modality = ""
        for sent in sents:
            parties.update(sent._.sc_claim_parties or [])
            modality = modality or (sent._.sc_claim_modality or "")
        out.append(Prediction(actors, dates, frozenset(parties), modality))
    return out


_SPACE = re.compile(r"\s+")


_RESOLUTION_BODY = re.compile(
    r"^(?:the )?(?:(?:united nations|un|u\.n\.) )?(general assembly|security council) resolution"
)


class CanonicalNames:
    """Actor names as the scorers compare them: an alias or full name (any case, with or
    without a leading "the") of a gazetteer entry stands for the entry's canonical name; any
    other name stands for itself, lower-cased. Annotators write "Korea International
    Cooperation Agency" where the pipeline writes the entry's name, KOICA: one actor."""

    def __init__(self, gazetteer=None) -> None:
        if gazetteer is None:
            from pipeline.nlp.extract.gazetteer import load_gazetteer

            gazetteer = load_gazetteer()
        self.forms: dict[str, str] = {}
        for actor in gazetteer.actors.values():
            for form in (actor.actor, *actor.aliases, actor.full_name):
                if form:
                    self.forms.setdefault(form.replace("’", "'").lower(), actor.actor)

    def __call__(self, name: str) -> str:
        key = _SPACE.sub(" ", name.replace("’", "'")).strip().lower()
        # a UN resolution with or without its organisation's name: "General Assembly
        # resolution 59/115" is "UN General Assembly resolution 59/115"
        key = _RESOLUTION_BODY.sub(r"un \1 resolution", key)
        return self.forms.get(key, self.forms.get(re.sub(r"^the ", "", key), key))
