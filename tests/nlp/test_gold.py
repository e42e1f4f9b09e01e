"""The extraction gold set (``corpus/gold/extraction.jsonl``), its scorer
(``pipeline.nlp.extract.scoring``) and the document-level resolution it measures."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from pipeline.nlp.extract.gazetteer import ACTOR_TYPES, load_gazetteer
from pipeline.nlp.extract.scoring import (
    DEFAULT_GOLD,
    PRF,
    CanonicalNames,
    Prediction,
    extract_items,
    load_gold,
    score,
    set_prf,
)

ROOT = Path(__file__).resolve().parents[2]
REGISTERS = {"academic", "treaty", "white_paper", "press_release", "hearing_speech", "news"}
LABELS = {"cooperation", "competition", "both", "neutral"}
MODALITIES = {"asserted", "planned", "hypothetical", "normative", "negated"}
ISO = re.compile(r"\d{4}(-\d\d){0,2}(/\d{4}(-\d\d){0,2})?")


HELDOUT = DEFAULT_GOLD.with_name("extraction_heldout.jsonl")
GOLD_FILES = [DEFAULT_GOLD, HELDOUT]


@cache
def gold(path: Path = DEFAULT_GOLD) -> tuple[dict, ...]:
    return tuple(load_gold(path))


# --- the gold set ---------------------------------------------------------------------------


def test_gold_size_and_coverage():
    items = gold()
    assert len(items) >= 300
    assert len({i["id"] for i in items}) == len(items)
    registers = Counter(i["register"] for i in items)
    assert set(registers) == REGISTERS
    assert min(registers.values()) >= 45
    assert sum(bool(i.get("context")) for i in items) >= 20
    assert sum(i["label"] != "neutral" for i in items) >= 200


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_labels_and_modality(path):
    for item in gold(path):
        assert item["label"] in LABELS, item["id"]
        if item["label"] == "neutral":
            assert item["modality"] is None and item["parties"] == [], item["id"]
        else:
            assert item["modality"] in MODALITIES, item["id"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_actors_dates_and_parties_are_consistent(path):
    gazetteer = load_gazetteer()
    for item in gold(path):
        text = item["text"]
        names = set()
        for actor in item["actors"]:
            assert actor["mention"] in text, (item["id"], actor)
            assert actor["type"] in ACTOR_TYPES, (item["id"], actor)
            if actor["actor"] in gazetteer:
                assert actor["type"] == gazetteer[actor["actor"]].type, (item["id"], actor)
            names.add(actor["actor"])
        for d in item["dates"]:
            assert d["mention"] in text and ISO.fullmatch(d["value"]), (item["id"], d)
        assert set(item["parties"]) <= names, item["id"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_sentences_are_new(path):
    annotated = set()
    for source in (ROOT / "corpus" / "annotations").glob("*.jsonl"):
        with open(source, encoding="utf-8") as fh:
            annotated.update(json.loads(line)["text"] for line in fh if line.strip())
    assert not [i["id"] for i in gold(path) if i["text"] in annotated]
    if path != DEFAULT_GOLD:
        development = {i["text"] for i in gold()}
        assert not [i["id"] for i in gold(path) if i["text"] in development]


# --- the scorer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([({"a", "b"}, {"a", "b"})], (2, 0, 0)),
        ([({"a", "b"}, {"a"}), ({"c"}, {"c", "d"})], (2, 1, 1)),
        ([(set(), set())], (0, 0, 0)),
        ([(set(), {"x"})], (0, 1, 0)),
    ],
)
def test_set_prf_counts(pairs, expected):
    prf = set_prf(pairs)
    assert (prf.tp, prf.fp, prf.fn) == expected


@pytest.mark.parametrize(
    ("prf", "p", "r", "f1"),
    [
        (PRF(8, 2, 0), 0.8, 1.0, 0.889),
        (PRF(0, 0, 0), 1.0, 1.0, 1.0),
        (PRF(0, 3, 3), 0.0, 0.0, 0.0),
    ],
)
def test_prf_figures(prf, p, r, f1):
    assert (prf.precision, prf.recall, round(prf.f1, 3)) == (p, r, f1)


def test_score_uses_gold_claims_for_parties_and_modality():
    items = [
        {"id": "a", "text": "t", "label": "cooperation", "modality": "planned",
         "actors": [{"actor": "China"}, {"actor": "Russia"}], "dates": [{"value": "2021"}],
         "parties": ["China", "Russia"]},
        {"id": "b", "text": "u", "label": "neutral", "modality": None,
         "actors": [{"actor": "NASA"}], "dates": [], "parties": []},
    ]  # fmt: skip
    predictions = [
        Prediction(frozenset({"China"}), frozenset({"2021"}), frozenset({"China"}), "planned"),
        # parties and modality of a gold-neutral sentence are not scored
        Prediction(frozenset({"NASA"}), frozenset(), frozenset({"NASA", "X"}), "negated"),
    ]
    report = score(items, predictions)
    assert (report.actors.tp, report.actors.fn, report.actors.fp) == (2, 1, 0)
    assert (report.parties.tp, report.parties.fn, report.parties.fp) == (1, 1, 0)
    assert (report.modality_correct, report.modality_total) == (1, 1)
    assert report.errors == [
        "a actors: missed [Russia] extra [-] | t",
        "a parties: missed [Russia] extra [-] | t",
    ]


def test_score_rejects_misaligned_predictions():
    with pytest.raises(ValueError, match="2 gold items but 1 predictions"):
        score(list(gold()[:2]), [Prediction()])


# --- document-level resolution through the pipeline -----------------------------------------


@pytest.fixture(scope="module")
def structure(text_nlp):
    return text_nlp.get_pipe("spaceclaims_claim_structure")


@pytest.mark.parametrize(
    ("context", "text", "actors", "dates"),
    [
        # relative dates resolve against the nearest earlier absolute date, across sentences
        (["China and Russia signed a memorandum on 9 March 2021."],
         "The following year, the two countries presented a roadmap.", set(), {"2022"}),
        (["Chang'e 4 landed on 3 January 2019."],
         "A year later, the first results appeared.", set(), {"2020"}),
        (["The capsule landed on 17 December 2020."],
         "Two days later, the samples were handed over.", set(), {"2020-12-19"}),
        (["Egypt joined the ILRS on 6 December 2023."],
         "That same month, a test facility opened.", set(), {"2023-12"}),
        (["In 2023, ISRO and NASA agreed on a plan."],
         "In March, the two agencies signed a data agreement.", set(), {"2023-03"}),
        # acronyms and names defined earlier in the document
        (["The Bolivarian Agency for Space Activities (ABAE) was created in 2007."],
         "ABAE later negotiated Venezuela's entry into the ILRS.",
         {"ABAE", "Venezuela", "ILRS"}, set()),
        (["The Rwanda Space Agency (RSA) was established in 2020."],
         "RSA will host a workshop in 2025.", {"Rwanda Space Agency"}, {"2025"}),
        (["Russia and China jointly lead the ILRS."],
         "Diplomats describe the IRLS as a vehicle for Chinese influence.", {"ILRS", "China"},
         set()),
        (["The Artemis Accords were drafted by NASA."],
         "Poland signed the Accords in October 2021.", {"Poland", "Artemis Accords"},
         {"2021-10"}),
    ],
)  # fmt: skip
def test_resolution_across_sentences(text_nlp, structure, context, text, actors, dates):
    item = {"id": "x", "context": context, "text": text, "label": "neutral"}
    (prediction,) = extract_items(text_nlp, [item], structure=structure)
    assert (prediction.actors, prediction.dates) == (actors, dates)


def test_gold_figures_meet_the_targets(text_nlp, structure):
    items = list(gold())
    report = score(items, extract_items(text_nlp, items, structure=structure))
    assert report.actors.f1 >= 0.95, report.lines()
    assert report.dates.f1 >= 0.95, report.lines()
    assert report.parties.f1 >= 0.80, report.lines()
    assert report.modality_accuracy >= 0.85, report.lines()


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Korea International Cooperation Agency", "KOICA", True),
        ("the United States Geological Survey", "USGS", True),
        ("U.S. Geological Survey", "United States Geological Survey", True),
        ("china national space administration", "CNSA", True),
        ("Roscosmos", "Roscosmos", True),
        # different entries, and names the gazetteer does not know, stay apart
        ("CNSA", "China", False),
        ("NASA", "ESA", False),
        ("the Lunar Working Group", "Lunar Working Group of Ruritania", False),
    ],
)  # fmt: skip
def test_canonical_names_forgive_aliases_of_one_entry_only(a, b, same):
    canon = CanonicalNames()
    assert (canon(a) == canon(b)) is same
