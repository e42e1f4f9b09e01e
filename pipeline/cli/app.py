"""The ``spaceclaims`` command group; each command lives in the module of its group."""

from __future__ import annotations

import click

from pipeline import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="spaceclaims")
def cli() -> None:
    """Cooperation and competition claims, actors and dates from space-policy documents."""
