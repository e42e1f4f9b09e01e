"""The ``spaceclaims`` command group; each command lives in the module of its group."""

from __future__ import annotations

import click

from pipeline import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="spaceclaims")
def cli() -> None:
    """Cooperation and competition claims, actors and dates from space-policy documents.

    \b
    Documentation, in the repository:
      README.md                 quick start, worked example, commands
      docs/contract.md          every file and column a run writes, exit status
      docs/annotation-guide.md  what the labels, modality, parties, actors and dates mean
      CHANGELOG.md              what changed in each version
    """
