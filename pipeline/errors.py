"""Every error spaceclaims raises on purpose, in one hierarchy.

Each message says what went wrong and what to do about it, in one line a person can act on; the
command line prints it without a traceback (``--debug`` shows one). Catch
:class:`SpaceclaimsError` to handle them all. Classes that also derive from a built-in
(``ValueError``, ``RuntimeError``) keep working where callers catch the built-in.
"""

from __future__ import annotations


class SpaceclaimsError(Exception):
    """Base class of every error spaceclaims raises on purpose."""


# Reading documents -----------------------------------------------------------------------------


class IngestError(SpaceclaimsError):
    """A document cannot be read; it gets an error row and the run goes on."""


# The language pipeline -------------------------------------------------------------------------


class ModelNotInstalled(SpaceclaimsError, RuntimeError):
    """No English spaCy model is installed."""


class UnsupportedPattern(SpaceclaimsError, ValueError):
    """A token pattern the fast attribute step cannot evaluate exactly (spaCy's own step is kept)."""


# The classifier --------------------------------------------------------------------------------


class ModelError(SpaceclaimsError):
    """A claim model cannot be loaded or is not safe to load."""


class AnnotationError(SpaceclaimsError, ValueError):
    """An annotation file cannot be read (the message names the file and line)."""


# Runs ------------------------------------------------------------------------------------------


class RunError(SpaceclaimsError):
    """A run cannot start (bad model, output folder in use, cluster unreachable): a usage
    error, exit status 2."""


class StateError(SpaceclaimsError):
    """The output folder cannot be used (another run holds it, or it is not writable)."""


class BackendError(SpaceclaimsError):
    """The Dask cluster cannot be used (unreachable, or running another spaceclaims version)."""


# Writing outputs -------------------------------------------------------------------------------


class OutputError(SpaceclaimsError):
    """An output file or folder cannot be written (read-only folder, full disk, a file where a
    folder should be); every command exits with status 4 (``schema.EXIT_OUTPUT``)."""


# Reading finished runs -------------------------------------------------------------------------


class RunFolderError(SpaceclaimsError, ValueError):
    """A run folder cannot be read; the message names the folder and the problem."""


class AnalysisError(SpaceclaimsError, ValueError):
    """A comparison cannot be made as asked (unknown column, bad condition, empty group)."""


class QueryError(SpaceclaimsError, ValueError):
    """A SQL query over a run's tables failed."""
