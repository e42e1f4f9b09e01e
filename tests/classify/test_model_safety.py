"""`spaceclaims run --model DIR` never runs code from a model file: a crafted skops file holding
an untrusted type, or a pickle, is refused before anything is loaded; the run stops with exit
status 2, a message saying why, no traceback and no CSV files."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

ROOT = Path(__file__).resolve().parents[2]
GOOD = "NASA and the European Space Agency agreed in 2020 to share data from the Gateway."


class Tripwire:
    """Leaves a file behind if it is ever reconstructed (which would mean code ran)."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (Path(self.marker),))

    def __setstate__(self, state):
        Path(state["marker"]).touch()


def crafted_skops(folder: Path, marker: Path) -> None:
    import skops.io as sio

    sio.dump({"model": Tripwire(str(marker))}, folder / "model.skops")


def crafted_pickle(folder: Path, marker: Path) -> None:
    (folder / "model.skops").write_bytes(pickle.dumps(Tripwire(str(marker))))


def model_dir(tmp_path: Path, craft) -> tuple[Path, Path]:
    folder = tmp_path / "crafted"
    folder.mkdir()
    marker = tmp_path / "code-ran"
    craft(folder, marker)
    (folder / "meta.json").write_text(json.dumps({"version": "crafted-1"}))
    return folder, marker


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    return folder


def test_crafted_pickle_is_refused_by_the_command(tmp_path, corpus):
    folder, marker = model_dir(tmp_path, crafted_pickle)
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--model",
         str(folder)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert "refused to load" in proc.stderr
    assert "pickles and other formats can run arbitrary code" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not marker.exists()
    assert not list(out.glob("*.csv"))


@pytest.mark.parametrize(
    ("craft", "reason"),
    [
        (
            crafted_skops,
            "holds types outside spaceclaims' trusted list: test_model_safety.Tripwire",
        ),
        (crafted_pickle, "it is not a skops file"),
    ],
    ids=["skops-with-custom-type", "pickle"],
)
def test_crafted_model_stops_the_run_with_a_usage_error(tmp_path, corpus, craft, reason):
    folder, marker = model_dir(tmp_path, craft)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["run", str(corpus), "--out", str(out), "--model", str(folder), "--workers", "0"]
    )
    assert result.exit_code == 2, result.output
    assert reason in result.output
    assert "Only load models you trained" in result.output or "retrain" in result.output
    assert not marker.exists()
    assert not list(out.glob("*.csv"))
