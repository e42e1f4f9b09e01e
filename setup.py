"""Build step that pyproject.toml cannot express: the wheel carries copies of the shipped model
(models/claims) and the team's training data (corpus/annotations), which the repository keeps at
its top, outside the package. They are copied to pipeline/_shipped/ in the build folder only
(never into the checkout); pipeline/data/resources.py finds them there. The table of folders is
pipeline.data.resources.SHIPPED_FOLDERS, read here without importing the package."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def shipped_folders() -> tuple[tuple[str, str], ...]:
    tree = ast.parse((HERE / "pipeline" / "data" / "resources.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "SHIPPED_FOLDERS" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise RuntimeError("pipeline/data/resources.py defines no SHIPPED_FOLDERS")


class BuildWithShippedData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's folders directly
        for name, repo_path in shipped_folders():
            source = HERE / repo_path
            if not source.is_dir():
                raise RuntimeError(f"cannot build the wheel: {repo_path} is missing")
            target = Path(self.build_lib) / "pipeline" / "_shipped" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source, target)


if __name__ == "__main__":  # setuptools runs this file as __main__; tests import the table
    setup(cmdclass={"build_py": BuildWithShippedData})
