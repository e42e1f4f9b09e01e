"""Outputs that cannot be written, bad annotations and empty inputs: one line saying what to do
and a documented exit status, never a traceback."""

from __future__ import annotations

import errno
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.dataset.files import check_writable, output_error
from pipeline.errors import OutputError
from pipeline.schema import EXIT_NOTHING, EXIT_OUTPUT, EXIT_USAGE

ROOT = Path(__file__).resolve().parents[2]
RUN_A = ROOT / "tests" / "fixtures" / "run_a"
ONE = "The two space agencies agreed to cooperate on a lunar relay satellite.\n"


def spaceclaims(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd
    )


@pytest.fixture
def blocked(tmp_path) -> Path:
    """A file standing where an output folder should be (fails for root too)."""
    path = tmp_path / "a_file"
    path.write_text("x")
    return path


def _one_line_error(done: subprocess.CompletedProcess, blocked: Path) -> None:
    assert done.returncode == EXIT_OUTPUT, done.stderr
    assert "Traceback" not in done.stderr
    line = next(x for x in done.stderr.splitlines() if x.startswith("error:"))
    assert f"{blocked} is a file, not a folder" in line and "choose another location" in line


@pytest.mark.parametrize(
    "args",
    [
        ["compare", str(RUN_A), "--out", "{b}/x.csv"],
        ["plot", str(RUN_A), "--out", "{b}/figures"],
        ["report", str(RUN_A), "--out", "{b}/r.html"],
        ["query", str(RUN_A), "SELECT 1", "--out", "{b}/q.csv"],
        ["suggest", str(RUN_A), "--out", "{b}/s.csv"],
        ["label-issues", str(RUN_A / "sentences.csv"), "--out", "{b}/i.csv"],
        ["evaluate", "models/claims", str(RUN_A / "sentences.csv"), "--out", "{b}/ev"],
        ["train", "--out", "{b}/model"],
    ],
    ids=lambda a: a[0],
)
def test_every_command_says_what_it_cannot_write(args, blocked):
    _one_line_error(spaceclaims(*[a.format(b=blocked) for a in args]), blocked)


def test_run_into_an_unwritable_folder_exits_4_not_2(blocked, tmp_path):
    doc = tmp_path / "one.txt"
    doc.write_text(ONE)
    _one_line_error(spaceclaims("run", str(doc), "--out", f"{blocked}/out"), blocked)


@pytest.mark.parametrize(
    ("code", "advice"),
    [(errno.EROFS, "read-only"), (errno.ENOSPC, "disk is full"), (errno.EACCES, "permissions"),
     (errno.ENOTDIR, "a file stands")],
)  # fmt: skip
def test_each_reason_comes_with_what_to_do(code, advice):
    exc = output_error(OSError(code, "reason"), Path("out/x.csv"))
    assert isinstance(exc, OutputError)
    assert str(exc).startswith("cannot write out/x.csv: ") and advice in str(exc)


def test_check_writable_refuses_a_folder_where_a_file_goes(tmp_path):
    with pytest.raises(OutputError, match="folder stands where a file"):
        check_writable(tmp_path, folder=False)
    check_writable(tmp_path / "new" / "deeper", folder=True)  # created
    assert (tmp_path / "new" / "deeper").is_dir()


def test_train_checks_its_folder_before_training(blocked):
    done = spaceclaims("train", "--out", f"{blocked}/m")
    assert "training on" not in done.stderr  # refused before any work


def _reviewed(path: Path, reviews: list[str]) -> Path:
    lines = ["text,review"] + [
        f"Sentence number {i} about space.,{r}" for i, r in enumerate(reviews)
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_train_refuses_a_review_value_that_is_not_a_label(tmp_path):
    bad = _reviewed(tmp_path / "r.csv", ["cooperation", "coop"])
    done = spaceclaims("train", str(bad), "--out", str(tmp_path / "m"))
    assert done.returncode == EXIT_USAGE and "Traceback" not in done.stderr
    assert f"{bad}:3 (review): 'coop' is not a label" in done.stderr
    assert "cooperation, competition, both, neutral" in done.stderr


def test_review_labels_are_read_in_any_case_and_spacing(tmp_path):
    from pipeline.classify.annotations import read_annotations

    path = _reviewed(tmp_path / "r.csv", ["Cooperation ", " BOTH", "", "neutral"])
    assert [e.label for e in read_annotations(path)] == ["cooperation", "both", "neutral"]


def test_train_refuses_a_file_without_annotations_and_counts_each_file(tmp_path):
    empty = _reviewed(tmp_path / "empty.csv", ["", ""])
    done = spaceclaims("train", str(empty), "--out", str(tmp_path / "m"))
    assert done.returncode == EXIT_USAGE
    assert re.search(r"shipped data: [\d,]+ annotations read from \d+ files", done.stderr)
    assert f"{empty}: 0 annotations read" in done.stderr
    assert "holds no annotations" in done.stderr


def test_evaluate_averages_over_present_labels_and_warns_on_overlap(tmp_path, text_nlp):
    from pipeline.classify.evaluate import evaluate_model
    from pipeline.classify.train import split_of
    from pipeline.nlp.masking import EntityMasker

    texts = []
    for path in sorted((ROOT / "corpus" / "annotations").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            record = json.loads(line)
            if record["label"] == "cooperation" and split_of(record["text"]) == "train":
                texts.append(record["text"])
    data = tmp_path / "seen.jsonl"
    data.write_text(
        "".join(json.dumps({"text": t, "label": "cooperation"}) + "\n" for t in texts[:20])
    )
    warnings: list[str] = []
    (report,), _ = evaluate_model(
        None, [data], warn=warnings.append, prepare=EntityMasker(text_nlp)
    )
    assert any("20 of the 20 sentences were used to train" in w for w in warnings)
    assert any("no competition or both or neutral sentences" in w for w in warnings)
    assert report.evaluation.macro_f1 == report.evaluation.per_label["cooperation"]["f1"]


def test_label_issues_warns_on_a_set_too_small_to_trust(tmp_path):
    small = _reviewed(tmp_path / "five.csv", ["cooperation", "neutral"] * 3)
    done = spaceclaims("label-issues", str(small))
    assert done.returncode == 0, done.stderr
    assert "warning: 6 sentences, 3 cooperation, 3 neutral" in done.stderr
    assert "too weak to trust" in done.stderr


def test_a_folder_without_documents_says_so(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.csv").write_text("a,b\n")
    done = spaceclaims("run", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert done.returncode == EXIT_NOTHING
    assert "no .pdf, .txt, .md, .html or .docx files under" in done.stderr


def test_one_sentence_without_a_full_stop_is_prose_and_counts_are_singular(tmp_path):
    doc = tmp_path / "one.txt"
    doc.write_text("The United States competes with China for leadership in space\n")
    done = spaceclaims("run", str(doc), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert "1 document (0 failed), 1 sentence:" in done.stderr
    assert "processing 1 document in this process" in done.stderr
