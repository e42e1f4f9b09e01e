"""Reading annotations in every supported format, and merging them (later wins)."""

from __future__ import annotations

import csv
import json

import pytest

from pipeline.classify.annotations import (
    AnnotationError,
    Example,
    merge_examples,
    read_annotations,
    shipped_annotation_files,
)
from pipeline.schema import LABELS, SENTENCE_COLUMNS, neutralize_cell

COOP = "ESA and JAXA signed an agreement to fly a joint rover."
COMP = "Congress barred NASA from working bilaterally with China."
BOTH = "The allies pooled their satellites to counter Russian jamming."
NEUT = "The launch slipped by two days because of wind."


def _write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def _pairs(examples):
    return [(e.text, e.label) for e in examples]


@pytest.mark.parametrize(
    ("records", "expected"),
    [
        pytest.param(
            [
                {"text": COOP, "label": "cooperation", "modality": "asserted", "genre": "news"},
                {"text": COMP, "label": "competition"},
            ],
            [(COOP, "cooperation"), (COMP, "competition")],
            id="own-jsonl",
        ),
        pytest.param(
            [
                {"text": COOP, "label": "cooperation", "answer": "accept"},
                {"text": COMP, "label": "competition", "answer": "reject"},
                {"text": NEUT, "label": "neutral", "answer": "ignore"},
            ],
            [(COOP, "cooperation")],
            id="prodigy-binary",
        ),
        pytest.param(
            [
                {
                    "text": BOTH,
                    "options": [{"id": lab, "text": lab} for lab in LABELS],
                    "accept": ["both"],
                    "answer": "accept",
                },
                {
                    "text": NEUT,
                    "options": [{"id": lab, "text": lab} for lab in LABELS],
                    "accept": ["neutral"],
                    "answer": "reject",
                },
            ],
            [(BOTH, "both")],
            id="prodigy-choice",
        ),
        pytest.param(
            [
                {"id": 1, "text": COMP, "label": ["competition"]},
                {"id": 2, "text": NEUT, "label": ["Neutral"]},
                {"id": 3, "text": COOP, "label": ["cooperation", "neutral"]},  # ambiguous
                {"id": 4, "text": BOTH, "label": []},  # not yet labelled
            ],
            [(COMP, "competition"), (NEUT, "neutral")],
            id="doccano",
        ),
    ],
)
def test_jsonl_formats(tmp_path, records, expected):
    path = _write_jsonl(tmp_path / "a.jsonl", records)
    assert _pairs(read_annotations(path)) == expected


def test_own_jsonl_keeps_genre_and_modality(tmp_path):
    path = _write_jsonl(
        tmp_path / "a.jsonl",
        [{"text": COOP, "label": "cooperation", "modality": "planned", "genre": "treaty"}],
    )
    (example,) = read_annotations(path)
    assert (example.genre, example.modality, example.source) == ("treaty", "planned", str(path))


def test_label_studio_export(tmp_path):
    def task(text, choices, cancelled=False):
        return {
            "data": {"text": text},
            "annotations": [
                {
                    "was_cancelled": cancelled,
                    "result": [
                        {"type": "choices", "from_name": "label", "value": {"choices": choices}}
                    ],
                }
            ],
        }

    tasks = [task(COOP, ["cooperation"]), task(COMP, ["competition"], cancelled=True)]
    tasks.append(task(BOTH, ["both"]))
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks), encoding="utf-8")
    assert _pairs(read_annotations(path)) == [(COOP, "cooperation"), (BOTH, "both")]


def test_reviewed_csv_restores_neutralised_cells(tmp_path):
    """A sentences.csv as `run` writes it (formula-like cells neutralised with an apostrophe):
    only rows with a label in `review` count, and text and review are restored."""
    formula_text = "-5 percent of the budget goes to joint missions with ESA."
    rows = [
        {"text": formula_text, "label": "neutral", "review": "cooperation"},
        {"text": COMP, "label": "competition", "review": ""},
        {"text": "@NASA and @ESA agreed to share data.", "label": "neutral", "review": " Both "},
        {"text": NEUT, "label": "neutral", "review": ""},
    ]
    path = tmp_path / "sentences.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(SENTENCE_COLUMNS)
        for row in rows:
            writer.writerow([neutralize_cell(row.get(c, "")) for c in SENTENCE_COLUMNS])
    assert "'-5 percent" in path.read_text(encoding="utf-8")
    assert _pairs(read_annotations(path)) == [
        (formula_text, "cooperation"),
        ("@NASA and @ESA agreed to share data.", "both"),
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.txt", "hello", "unknown annotation format"),
        ("a.jsonl", '{"text": "x", "label": "neutral"}\n{broken\n', "a.jsonl:2: not valid JSON"),
        ("a.csv", "text,label\nx,neutral\n", "needs the columns 'text' and 'review'"),
        ("a.json", "[{", "not valid JSON"),
    ],
)
def test_unreadable_files_are_reported(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AnnotationError, match=message.replace("(", r"\(")):
        read_annotations(path)


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(AnnotationError, match="no such file"):
        read_annotations(tmp_path / "gone.jsonl")


def test_merge_later_annotation_wins():
    first = [Example(COOP, "cooperation", "a"), Example(COMP, "competition", "a")]
    second = [Example(COOP, "both", "b"), Example(NEUT, "neutral", "b")]
    merged = {e.text: e for e in merge_examples([first, second])}
    assert len(merged) == 3
    assert (merged[COOP].label, merged[COOP].source) == ("both", "b")
    assert merged[COMP].label == "competition"


def test_shipped_annotations_follow_the_guide():
    """Every shipped line has a text, one of the four labels, and no text is repeated with a
    different label (which would make the shipped data contradict itself)."""
    seen: dict[str, str] = {}
    for path in shipped_annotation_files():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            assert record["label"] in LABELS, f"{path.name}:{n}"
            assert record["text"].strip(), f"{path.name}:{n}"
            previous = seen.setdefault(record["text"], record["label"])
            assert previous == record["label"], f"{path.name}:{n} contradicts an earlier line"
