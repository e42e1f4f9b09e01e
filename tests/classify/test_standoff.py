"""Stand-off annotations resolve against the real documents and refuse changed ones."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.classify.standoff import collapse, load_standoff
from pipeline.errors import AnnotationError

GOLD = Path(__file__).resolve().parents[2] / "corpus" / "real" / "annotations.jsonl"

# Fresh sets written in the same round for different tasks (corpus/real/README.md: each is
# blind only for the heads it was made for) may share a few sentences; every other set may not.
SEVENTH_ROUND = frozenset(
    {"claims_fresh2_dev.jsonl", "structure_fresh3_dev.jsonl", "dates_fresh2_dev.jsonl",
     "actors_fresh3_dev.jsonl"}
)  # fmt: skip
#: Drawn at the same time by two annotators for different heads (claims, structure); five
#: sentences are in both, each marked blind by its own annotator (corpus/real/README.md).
TWELFTH_ROUND = frozenset({"claims_fresh3_dev.jsonl", "structure_fresh5_dev.jsonl"})


def spans_of_other_sets(name: str) -> set[tuple[str, int, int]]:
    """(file, start, end) of every stand-off record in corpus/real/ outside the set `name` and
    outside the other sets of its round."""
    same_round = next((r for r in (SEVENTH_ROUND, TWELFTH_ROUND) if name in r), {name})
    return record_spans(p for p in sorted(GOLD.parent.glob("*.jsonl")) if p.name not in same_round)


def record_spans(paths) -> set[tuple[str, int, int]]:
    """(file, start, end) of every stand-off record in the files ``paths``."""
    spans = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                spans.add((rec["file"], rec["start"], rec["end"]))
    return spans


def overlapping(records, spans) -> list[str]:
    return [
        r.key for r in records
        if any(f == r.file and s < r.end and r.start < e for f, s, e in spans)
    ]  # fmt: skip


def test_records_resolve_and_offsets_fit(tmp_path):
    doc = tmp_path / "d.txt"
    doc.write_text(
        "Intro line.\nNASA and  ESA\nwill cooperate on Gateway in 2027.\n", encoding="utf-8"
    )
    import hashlib

    sha = hashlib.sha256(doc.read_bytes()).hexdigest()
    rec = {
        "file": "d.txt", "sha256": sha, "start": 12, "end": 60, "split": "dev",
        "label": "cooperation", "modality": "planned", "parties": ["NASA", "ESA"],
        "actors": [{"start": 0, "end": 4, "actor": "NASA", "type": "agency"},
                   {"start": 9, "end": 12, "actor": "ESA", "type": "agency"}],
        "dates": [{"start": 42, "end": 46, "value": "2027"}],
    }  # fmt: skip
    ann = tmp_path / "a.jsonl"
    ann.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    (s,) = load_standoff(ann, texts_dir=tmp_path)
    assert s.text == "NASA and ESA will cooperate on Gateway in 2027."
    assert [s.mention_text(m) for m in s.actors] == ["NASA", "ESA"]
    assert [s.mention_text(m) for m in s.dates] == ["2027"]
    assert load_standoff(ann, texts_dir=tmp_path, split="test") == []
    doc.write_text("changed", encoding="utf-8")
    load_standoff.__globals__["_document_text"].cache_clear()
    with pytest.raises(AnnotationError, match="SHA-256"):
        load_standoff(ann, texts_dir=tmp_path)


@pytest.mark.parametrize(("raw", "clean"), [(" a\n b ", "a b"), ("a\t\tb", "a b"), ("a", "a")])
def test_collapse(raw, clean):
    assert collapse(raw) == clean


@pytest.mark.real_data
def test_the_real_gold_set_resolves(shared_dir):
    records = load_standoff(GOLD, texts_dir=shared_dir / "realcorpus")
    assert len(records) >= 1500
    assert len({r.file for r in records}) >= 50
    assert {r.split for r in records} == {"dev", "test"}
    dev = {r.file for r in records if r.split == "dev"}
    assert not dev & {r.file for r in records if r.split == "test"}
    for r in records:
        assert r.text and all(r.mention_text(m).strip() for m in (*r.actors, *r.dates))


@pytest.mark.real_data
def test_the_fresh_modality_set_is_dev_only_and_outside_the_gold_set(shared_dir):
    """corpus/real/modality_fresh_dev.jsonl (scripts/score_modality_fresh.py): claim sentences of
    dev documents only, none of them a gold sentence, every one with a modality."""
    fresh = load_standoff(
        GOLD.parent / "modality_fresh_dev.jsonl", texts_dir=shared_dir / "realcorpus"
    )
    gold = load_standoff(GOLD, texts_dir=shared_dir / "realcorpus")
    test_files = {g.file for g in gold if g.split == "test"}
    assert len(fresh) >= 150
    assert all(r.split == "dev" and r.file not in test_files for r in fresh)
    assert all(r.label != "neutral" and r.modality for r in fresh)
    spans = {(g.file, g.start, g.end) for g in gold}
    assert overlapping(fresh, spans) == []


@pytest.mark.real_data
def test_the_second_fresh_structure_set_is_dev_only_and_outside_the_other_sets(shared_dir):
    """corpus/real/structure_fresh2_dev.jsonl (``--fresh2`` of scripts/score_modality_fresh.py
    and scripts/score_parties_fresh.py): claim sentences of dev documents only, each with a
    modality and parties, overlapping no sentence of the gold set or the earlier fresh sets."""
    texts = shared_dir / "realcorpus"
    fresh = load_standoff(GOLD.parent / "structure_fresh2_dev.jsonl", texts_dir=texts)
    gold = load_standoff(GOLD, texts_dir=texts)
    test_files = {g.file for g in gold if g.split == "test"}
    assert len(fresh) >= 150
    assert all(r.split == "dev" and r.file not in test_files for r in fresh)
    assert all(r.label != "neutral" and r.modality and r.parties for r in fresh)
    taken = [(g.file, g.start, g.end) for g in gold]
    for name in ("modality_fresh_dev.jsonl", "parties_fresh_dev.jsonl"):
        taken += [
            (r.file, r.start, r.end) for r in load_standoff(GOLD.parent / name, texts_dir=texts)
        ]
    assert overlapping(fresh, taken) == []


@pytest.mark.real_data
def test_the_fresh_dates_set_is_dev_only_and_outside_the_other_sets(shared_dir):
    """corpus/real/dates_fresh_dev.jsonl (score_real.py --dates-only): sentences of dev
    documents only, overlapping no sentence of the gold set or of another fresh set, with ISO
    date values and no actors."""
    texts = shared_dir / "realcorpus"
    fresh = load_standoff(GOLD.parent / "dates_fresh_dev.jsonl", texts_dir=texts, labelled=False)
    gold = load_standoff(GOLD, texts_dir=texts)
    test_files = {g.file for g in gold if g.split == "test"}
    assert len(fresh) >= 150 and sum(len(r.dates) for r in fresh) >= 200
    assert all(r.split == "dev" and r.file not in test_files and not r.actors for r in fresh)
    iso = re.compile(r"\d{4}(?:-\d{2}){0,2}(?:/\d{4}(?:-\d{2}){0,2})?")
    assert all(iso.fullmatch(m.value) for r in fresh for m in r.dates)
    others = [GOLD] + [
        GOLD.parent / f"{n}_fresh_dev.jsonl" for n in ("actors", "parties", "modality")
    ]
    assert overlapping(fresh, record_spans(others)) == []


@pytest.mark.real_data
def test_the_second_fresh_claims_set_is_dev_only_and_outside_the_other_sets(shared_dir):
    """corpus/real/claims_fresh2_dev.jsonl (``--set fresh2`` of scripts/score_claims_fresh.py):
    sentences of dev documents only, overlapping no sentence of the gold set or of another
    fresh set, each with a label, a modality on every claim and none on a neutral sentence."""
    texts = shared_dir / "realcorpus"
    fresh = load_standoff(GOLD.parent / "claims_fresh2_dev.jsonl", texts_dir=texts)
    gold = load_standoff(GOLD, texts_dir=texts)
    test_files = {g.file for g in gold if g.split == "test"}
    assert len(fresh) >= 150
    assert all(r.split == "dev" and r.file not in test_files for r in fresh)
    assert all(bool(r.modality) == (r.label != "neutral") for r in fresh)
    assert {r.label for r in fresh} >= {"cooperation", "neutral"}
    assert overlapping(fresh, spans_of_other_sets("claims_fresh2_dev.jsonl")) == []


@pytest.mark.real_data
def test_the_second_fresh_dates_set_is_dev_only_and_outside_the_other_sets(shared_dir):
    """corpus/real/dates_fresh2_dev.jsonl (score_real.py --dates-only): sentences of dev
    documents only, overlapping no sentence of the gold set or of any earlier fresh set, with
    ISO date values whose mentions are text of the sentence, and no actors."""
    texts = shared_dir / "realcorpus"
    path = GOLD.parent / "dates_fresh2_dev.jsonl"
    fresh = load_standoff(path, texts_dir=texts, labelled=False)
    gold = load_standoff(GOLD, texts_dir=texts)
    test_files = {g.file for g in gold if g.split == "test"}
    assert len(fresh) >= 140 and sum(len(r.dates) for r in fresh) >= 130
    assert all(r.split == "dev" and r.file not in test_files and not r.actors for r in fresh)
    iso = re.compile(r"\d{4}(?:-\d{2}){0,2}(?:/\d{4}(?:-\d{2}){0,2})?")
    assert all(iso.fullmatch(m.value) for r in fresh for m in r.dates)
    assert all(r.mention_text(m).strip() == r.mention_text(m) != "" for r in fresh for m in r.dates)
    assert overlapping(fresh, spans_of_other_sets(path.name)) == []


@pytest.mark.real_data
def test_the_third_fresh_structure_set_is_dev_only_and_outside_every_other_set(shared_dir):
    """corpus/real/structure_fresh3_dev.jsonl (``--fresh3`` of scripts/score_modality_fresh.py
    and scripts/score_parties_fresh.py): claim sentences of dev documents only, each with a
    modality, overlapping no sentence of the gold set, the annotators' files or an earlier set."""
    texts = shared_dir / "realcorpus"
    fresh = load_standoff(GOLD.parent / "structure_fresh3_dev.jsonl", texts_dir=texts)
    gold = load_standoff(GOLD, texts_dir=texts)
    test_files = {g.file for g in gold if g.split == "test"}
    assert len(fresh) >= 120
    assert all(r.split == "dev" and r.file not in test_files for r in fresh)
    assert all(r.label != "neutral" and r.modality for r in fresh)
    assert sum(bool(r.parties) for r in fresh) >= len(fresh) - 2
    assert overlapping(fresh, spans_of_other_sets("structure_fresh3_dev.jsonl")) == []


@pytest.mark.real_data
def test_the_fourth_fresh_structure_set_is_dev_only_and_outside_every_other_set(shared_dir):
    """corpus/real/structure_fresh4_dev.jsonl (``--fresh4`` of scripts/score_modality_fresh.py
    and scripts/score_parties_fresh.py): claim sentences of dev documents only, each with a
    modality, overlapping no sentence of the gold set, the annotators' files or an earlier set,
    and not all of one register."""
    texts = shared_dir / "realcorpus"
    fresh = load_standoff(GOLD.parent / "structure_fresh4_dev.jsonl", texts_dir=texts)
    gold = load_standoff(GOLD, texts_dir=texts)
    test_files = {g.file for g in gold if g.split == "test"}
    assert len(fresh) >= 80
    assert all(r.split == "dev" and r.file not in test_files for r in fresh)
    assert all(r.label != "neutral" and r.modality for r in fresh)
    assert len({r.register for r in fresh}) >= 6
    assert overlapping(fresh, spans_of_other_sets("structure_fresh4_dev.jsonl")) == []


@pytest.mark.real_data
def test_sets_of_one_round_agree_where_they_share_a_sentence(shared_dir):
    """Sentences that two same-round sets (different annotators, different tasks) both label
    carry the same claim label in nearly all cases: a check on each set's labelling."""
    texts = shared_dir / "realcorpus"
    labelled = {
        name: {r.key: r for r in load_standoff(GOLD.parent / name, texts_dir=texts)}
        for name in ("claims_fresh2_dev.jsonl", "structure_fresh3_dev.jsonl")
    }
    a, b = labelled.values()
    shared = sorted(set(a) & set(b))
    assert len(shared) >= 10
    agree = sum(a[k].label == b[k].label for k in shared)
    assert agree / len(shared) >= 0.85, (agree, len(shared))


@pytest.mark.real_data
def test_the_third_fresh_actors_set_is_dev_only_and_outside_the_other_sets(shared_dir):
    """corpus/real/actors_fresh3_dev.jsonl (score_real.py --gold): sentences of dev documents
    only, overlapping no sentence of the gold set, the annotators' files or an earlier set, each
    actor with a canonical name and one of the guide's types, no dates."""
    texts = shared_dir / "realcorpus"
    fresh = load_standoff(GOLD.parent / "actors_fresh3_dev.jsonl", texts_dir=texts, labelled=False)
    gold = load_standoff(GOLD, texts_dir=texts)
    test_files = {g.file for g in gold if g.split == "test"}
    assert len(fresh) >= 120 and sum(len(r.actors) for r in fresh) >= 350
    assert all(r.split == "dev" and r.file not in test_files and not r.dates for r in fresh)
    types = {"country", "agency", "organization", "company", "program", "mission", "station"}
    types |= {"agreement", "person"}
    assert all(m.type in types and m.value.strip() for r in fresh for m in r.actors)
    assert overlapping(fresh, spans_of_other_sets("actors_fresh3_dev.jsonl")) == []


@pytest.mark.real_data
def test_the_third_fresh_claims_set_is_dev_only_and_outside_every_other_set(shared_dir):
    """corpus/real/claims_fresh3_dev.jsonl (``--set fresh3`` of scripts/score_claims_fresh.py):
    sentences of dev documents only, overlapping no sentence of the gold set, the annotators'
    files or any other set, each with a label, a modality on every claim and none on a neutral
    sentence, and competition and `both` among the labels."""
    texts = shared_dir / "realcorpus"
    fresh = load_standoff(GOLD.parent / "claims_fresh3_dev.jsonl", texts_dir=texts)
    gold = load_standoff(GOLD, texts_dir=texts)
    test_files = {g.file for g in gold if g.split == "test"}
    assert len(fresh) >= 100
    assert all(r.split == "dev" and r.file not in test_files for r in fresh)
    assert all(bool(r.modality) == (r.label != "neutral") for r in fresh)
    assert {r.label for r in fresh} == {"cooperation", "competition", "both", "neutral"}
    assert all(r.text.strip() == r.text != "" for r in fresh)
    assert overlapping(fresh, spans_of_other_sets("claims_fresh3_dev.jsonl")) == []
