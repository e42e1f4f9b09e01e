"""The Dask backend: documents sent to a cluster's workers give the same files as a local run."""

from __future__ import annotations

import os
from pathlib import Path

import distributed
import pytest

from pipeline.errors import RunError
from pipeline.runner.run import run_corpus
from pipeline.runner.task import PipelineSpec

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpus" / "samples"
MODEL = os.environ.get("SPACECLAIMS_TEST_MODEL")


@pytest.fixture(scope="module")
def client():
    # two single-threaded workers in this process: fast to start, each builds its own pipeline
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        dashboard_address=None,
    ) as cluster, distributed.Client(cluster) as c:  # fmt: skip
        yield c


def test_dask_run_is_byte_identical_to_a_local_run(client, tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in ("press_release.txt", "white_paper.md", "two_column_article.pdf"):
        (corpus / name).write_bytes((SAMPLES / name).read_bytes())
    (corpus / "broken.pdf").write_bytes(b"not a pdf at all")
    spec = PipelineSpec(model=MODEL)
    logs: list[str] = []
    on_dask = run_corpus([corpus], tmp_path / "dask", spec=spec, scheduler=client, log=logs.append)
    assert "on a Dask cluster" in " ".join(logs)
    assert (on_dask.documents, on_dask.failed, on_dask.exit_code) == (4, 1, 3)
    # each worker built its pipeline once; the local run borrows one (same process)
    states = [w._spaceclaims for w in client.cluster.workers.values()]
    assert [bool(state.get("nlp")) for state in states] == [True, True]
    local = run_corpus(
        [corpus], tmp_path / "local", spec=spec, nlp=states[0]["nlp"], workers=0, log=logs.append
    )
    assert local.sentences == on_dask.sentences > 20
    names = sorted(p.name for p in (tmp_path / "local").glob("*.csv"))
    assert names == sorted(p.name for p in (tmp_path / "dask").glob("*.csv"))
    for name in names:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()


def test_unreachable_scheduler_is_a_run_error(tmp_path):
    import dask

    (tmp_path / "a.txt").write_text("NASA and ESA agreed to share data.")
    with (
        dask.config.set({"distributed.comm.timeouts.connect": "1s"}),
        pytest.raises(RunError, match="cannot reach the Dask scheduler"),
    ):
        run_corpus(
            [tmp_path / "a.txt"],
            tmp_path / "out",
            spec=PipelineSpec(model=MODEL),
            scheduler="tcp://127.0.0.1:9",
            log=lambda m: None,
        )
