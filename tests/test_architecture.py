"""The package's architecture, checked: which stage may import which (docs/architecture.md), no
private names across packages, nothing imports the command line, and the size limits."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
CORE = {
    "document",
    "schema",
    "errors",
    "data",
    "pipeline",
}  # "pipeline": the package's __version__; "data": where shipped files are
#: What each stage may import besides itself (docs/architecture.md, "Import rules").
ALLOWED = {
    "document": set(),
    "schema": set(),
    "errors": set(),
    "ingest": CORE,
    "dataset": CORE,
    "classify": CORE | {"ingest", "dataset"},
    "nlp": CORE | {"ingest", "dataset", "classify"},
    "runner": CORE | {"ingest", "dataset", "classify", "nlp"},
    "analysis": CORE | {"dataset"},
    "bench": CORE | {"ingest", "dataset", "classify", "nlp", "runner"},
    "cli": CORE | {"ingest", "dataset", "classify", "nlp", "runner", "analysis", "bench"},
    "__main__": {"cli"},
    "pipeline": set(),  # the package's __init__: the version only
    "data": set(),  # pipeline/data: data files, their lookup, the gazetteer's build script
}
#: Modules that are mostly data tables, exempt from the size limit.
DATA_TABLES = {"pipeline/data/build_gazetteer.py"}
MAX_LINES = 700


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "pipeline"


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(rel.parts)
        out.append((name.removesuffix(".__init__"), path))
    return out


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, imported names) for every import of a pipeline module, lazy ones included."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pipeline"):
            found.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names if a.name.startswith("pipeline")]
    return found


MODULES = _modules()


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[m for m, _ in MODULES])
def test_a_stage_imports_only_what_it_may(module, path):
    stage = _stage(module)
    allowed = ALLOWED[stage] | {stage}
    wrong = sorted({imp for imp, _ in _imports(path) if _stage(imp) not in allowed})
    assert not wrong, f"{module} ({stage}) may not import {wrong}; see docs/architecture.md"


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[m for m, _ in MODULES])
def test_no_private_names_across_packages(module, path):
    wrong = [
        f"{imp}.{name}"
        for imp, names in _imports(path)
        for name in names
        if name.startswith("_") and not name.startswith("__") and _stage(imp) != _stage(module)
    ]
    assert not wrong, f"{module} imports private names of another package: {wrong}"


def test_nothing_but_the_entry_point_imports_the_command_line():
    importers = sorted(
        module
        for module, path in MODULES
        if _stage(module) not in ("cli", "__main__")
        and any(_stage(imp) == "cli" for imp, _ in _imports(path))
    )
    assert importers == []


def test_the_package_top_holds_stage_packages_and_at_most_five_modules():
    modules = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(modules) <= 5, modules
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    stages = {"ingest", "nlp", "classify", "dataset", "runner", "analysis", "cli", "bench"}
    assert stages <= packages


def test_no_module_is_over_the_size_limit():
    too_long = {
        str(path.relative_to(PACKAGE.parent)): n
        for _, path in MODULES
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
        and str(path.relative_to(PACKAGE.parent)) not in DATA_TABLES
    }
    assert not too_long, f"split these modules at their seams: {too_long}"


def test_every_stage_has_a_rule():
    assert {_stage(m) for m, _ in MODULES} <= set(ALLOWED)
