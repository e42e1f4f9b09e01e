"""A run killed with SIGKILL leaves no half-written CSV, no orphan worker, and running the same
command again resumes and writes exactly what an uninterrupted run writes."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

#: Minutes of runs (whole corpora, killed workers): opt in with `pytest -m slow`.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
MODEL_ARGS = (
    ["--model", os.environ["SPACECLAIMS_TEST_MODEL"]]
    if os.environ.get("SPACECLAIMS_TEST_MODEL")
    else []
)


def team_sentences() -> list[str]:
    out = []
    for path in sorted((ROOT / "corpus" / "annotations").glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh if line.strip()]
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "in"
    folder.mkdir()
    rng = random.Random(3)
    sentences = team_sentences()
    for i in range(12):
        paragraphs = [" ".join(rng.sample(sentences, 5)) for _ in range(4)]
        (folder / f"doc{i:02}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    return folder


def command(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out),
            "--workers", "1", *MODEL_ARGS]  # fmt: skip


def csv_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def shards(out: Path) -> int:
    return len(list((out / ".spaceclaims" / "shards").rglob("*.json.gz")))


def processes_writing_to(out: Path) -> list[int]:
    """Processes whose command line names ``out`` (forked workers keep the parent's)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if str(out).encode() in cmdline:
            pids.append(int(entry.name))
    return pids


def test_a_killed_run_resumes_to_the_uninterrupted_result(corpus, tmp_path):
    # the uninterrupted reference runs meanwhile, in its own folder
    reference = subprocess.Popen(
        command(corpus, tmp_path / "reference"), stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    out = tmp_path / "out"
    proc = subprocess.Popen(
        command(corpus, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT
    )
    deadline = time.monotonic() + 180
    while proc.poll() is None and shards(out) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    finished_first = proc.poll() is not None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if not finished_first:
        # killed mid-run: no CSV under its final name, and no worker left behind
        assert csv_files(out) == {}
        for _ in range(100):
            if not processes_writing_to(out):
                break
            time.sleep(0.05)
        assert processes_writing_to(out) == []
        done = shards(out)
        assert 3 <= done < 13
    resumed = subprocess.run(command(corpus, out), capture_output=True, text=True, cwd=ROOT)
    _, stderr = reference.communicate()
    assert reference.returncode == 3, stderr  # broken.pdf fails, the rest succeed
    assert resumed.returncode == reference.returncode, resumed.stderr
    if not finished_first:
        assert f"{done} documents unchanged" in resumed.stderr
    assert csv_files(out) == csv_files(tmp_path / "reference")
