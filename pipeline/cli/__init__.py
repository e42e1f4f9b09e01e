"""The ``spaceclaims`` command line. Each command parses its options and calls one library
function; commands are grouped by what they work on (one module per group)."""

from __future__ import annotations

from pipeline.cli import analysis, bench, model, run  # noqa: F401  (registers the commands)
from pipeline.cli.app import cli

__all__ = ["cli", "main"]


def main() -> None:
    cli(prog_name="spaceclaims")
