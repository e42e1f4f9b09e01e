"""The installable package: where shipped files are found, the version in one place, the
scikit-learn series a model needs, and a README and help that point only inside the repository."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import pipeline
from pipeline.classify.model_io import check_library_versions, load_model
from pipeline.data import resources
from pipeline.errors import ModelError

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_the_version_lives_in_one_place():
    assert "version" not in PYPROJECT["project"]
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "pipeline.__version__"}
    assert pipeline.__version__ == "0.2.0"
    assert f"## {pipeline.__version__}" in (ROOT / "CHANGELOG.md").read_text()


def test_setup_copies_every_shipped_folder_that_exists():
    from setup import shipped_folders  # the build step reads the same table

    assert shipped_folders() == resources.SHIPPED_FOLDERS
    for _, repo_path in resources.SHIPPED_FOLDERS:
        assert (ROOT / repo_path).is_dir(), repo_path
        assert f"graft {repo_path}" in (ROOT / "MANIFEST.in").read_text()


def test_model_lookup_order(tmp_path, monkeypatch):
    monkeypatch.delenv(resources.MODEL_ENV, raising=False)
    assert resources.default_model_dir() == ROOT / "models" / "claims"  # the checkout
    monkeypatch.setenv(resources.MODEL_ENV, str(tmp_path / "mine"))
    assert resources.default_model_dir() == tmp_path / "mine"  # the environment wins
    packaged = tmp_path / "pkg" / "_shipped"
    (packaged / "models" / "claims").mkdir(parents=True)
    (packaged / "annotations").mkdir()
    monkeypatch.setattr(resources, "SHIPPED", packaged)
    monkeypatch.delenv(resources.MODEL_ENV)
    assert resources.default_model_dir() == packaged / "models" / "claims"  # the package's copy
    assert resources.annotations_dir() == packaged / "annotations"


def test_the_environment_variable_reaches_load_model(tmp_path, monkeypatch):
    monkeypatch.setenv(resources.MODEL_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(ModelError, match="no model at .*nowhere"):
        load_model()


def _sklearn_requirement() -> str:
    deps = PYPROJECT["project"]["dependencies"]
    return next(d for d in deps if d.startswith("scikit-learn"))


def test_pyproject_pins_the_scikit_learn_series_of_the_shipped_model():
    import json

    saved = json.loads((ROOT / "models/claims/meta.json").read_text())["libraries"]["scikit-learn"]
    major, minor = (int(x) for x in saved.split(".")[:2])
    assert _sklearn_requirement() == f"scikit-learn>={major}.{minor},<{major}.{minor + 1}"


@pytest.mark.parametrize(
    ("saved", "installed", "ok"),
    [("1.9.1", "1.9.0", True), ("1.9.1", "1.9.3", True), ("1.9.1", "1.8.2", False),
     ("1.9.1", "1.10.0", False), ("1.9.1", "2.0.0", False), ("", "1.2.0", True)],
)  # fmt: skip
def test_a_model_loads_only_under_its_scikit_learn_series(saved, installed, ok):
    meta = {"libraries": {"scikit-learn": saved}} if saved else {}
    if ok:
        check_library_versions(meta, Path("m/model.skops"), installed=installed)
    else:
        with pytest.raises(ModelError, match=r"saved with scikit-learn .*scikit-learn==1\.9\.\*"):
            check_library_versions(meta, Path("m/model.skops"), installed=installed)


#: Paths that point outside the repository: absolute folders of this machine or a sibling.
OUTSIDE = re.compile(r"(?<![\w.])(/work/|/home/|/tmp/|\.\./)")


def test_the_readme_points_only_inside_the_repository():
    text = (ROOT / "README.md").read_text()
    assert not OUTSIDE.findall(text)
    for link in re.findall(r"\]\(([^)#]+)", text):
        if not link.startswith("http"):
            assert (ROOT / link).exists(), link


def test_help_texts_point_only_inside_the_repository_and_name_the_docs():
    from click.testing import CliRunner

    from pipeline.cli import cli

    runner = CliRunner()
    top = runner.invoke(cli, ["--help"]).output
    assert "docs/contract.md" in top and "docs/annotation-guide.md" in top
    for name in cli.commands:
        out = runner.invoke(cli, [name, "--help"]).output
        assert not OUTSIDE.findall(out), name
    assert "docs/contract.md" in runner.invoke(cli, ["run", "--help"]).output


def test_ci_runs_the_readme_test_command_verbatim_and_installs_a_wheel():
    readme, ci = (ROOT / "README.md").read_text(), (ROOT / ".ci/run").read_text()
    command = next(
        line for line in readme.splitlines() if "pip install -e" in line and "pytest" in line
    )
    assert command in ci.splitlines()
    assert "build --wheel" in ci and "mypy" in ci and "export CI=true" in ci


def test_the_quick_start_activates_the_environment_the_tour_uses():
    readme = (ROOT / "README.md").read_text()
    quick = next(line for line in readme.splitlines() if "pip install ." in line)
    assert ". .venv/bin/activate" in quick and "spaceclaims run" in quick


def test_docs_cover_every_table_and_column():
    from pipeline.schema import EXCLUDED_KINDS, TABLES

    contract = (ROOT / "docs" / "contract.md").read_text()
    for table, columns in TABLES.items():
        assert f"## {table}.csv" in contract, table
        for column in columns:
            assert re.search(rf"\b{column}\b", contract), (table, column)
    for kind in EXCLUDED_KINDS:
        assert f"`{kind}`" in contract
    for word in ("self_reference", "organization", "excluded.csv", "corpus/real"):
        assert word in contract
    guide = (ROOT / "docs" / "annotation-guide.md").read_text()
    for word in ("cooperation", "competition", "both", "neutral", "Modality", "Parties"):
        assert word in guide
    assert not (ROOT / "docs" / "contract_additions.md").exists()


def test_the_package_imports_nothing_from_outside_itself_for_its_data():
    """No module reaches above the package for files (only pipeline/data/resources.py may)."""
    into_checkout = re.compile(r"parents\[\d\]\s*/\s*\"(corpus|models)\"")
    # Development-only files, never needed by an installed tool: the gold set (scripts) and the
    # DOCX sample generator.
    allowed = {"resources.py", "scoring.py", "make_docx_sample.py"}
    for path in (ROOT / "pipeline").rglob("*.py"):
        if path.name not in allowed and into_checkout.search(path.read_text()):
            pytest.fail(f"{path} builds a path into the checkout: use pipeline.data.resources")


def test_python_m_pipeline_reports_the_version():
    out = subprocess.run(
        [sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True, cwd=ROOT
    )
    assert out.stdout.strip().endswith(pipeline.__version__)


def test_english_word_list_reads_the_models_the_pipeline_loads() -> None:
    """Hyphenation's word list (ingest) and the spaCy pipeline (nlp) name the same packages."""
    from pipeline.data.resources import ENGLISH_PACKAGES, english_words
    from pipeline.nlp.build import load_config

    assert tuple(load_config()["base"]["models"]) == ENGLISH_PACKAGES
    words = english_words()
    assert {"defense", "civilian", "explain"} <= words
    assert "mittency" not in words
