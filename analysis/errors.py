"""Errors the package raises on purpose, each message one line naming what failed; and the
system's errors (a full disk) told in one such line."""

from __future__ import annotations

import shutil


class AnalysisError(Exception):
    """Base class: a failure the command line reports as one line and exit code 1."""


class NoArticlesError(AnalysisError):
    """A folder (or list) held no readable article."""


class ReportError(AnalysisError):
    """A notebook or renderer failed; the previous reports were kept."""


class LockedError(AnalysisError):
    """Another refresh holds the lock on the reports folder."""


class UnsafeOutputError(AnalysisError):
    """A reports folder the package may not replace (its own input, or a folder it did not
    make): the command line exits 2, as for a bad command line."""


class WriteError(AnalysisError):
    """An output file could not be written (disk full, no permission); names the file."""


def os_error_text(exc: OSError) -> str:
    """An OSError as "PATH: reason" (a failed copy of a folder: its first file, and how many
    more failed), never a list of tuples."""
    if isinstance(exc, shutil.Error) and exc.args and isinstance(exc.args[0], list):
        failures = exc.args[0]
        _, target, why = failures[0]
        more = f" (and {len(failures) - 1} more file(s))" if len(failures) > 1 else ""
        return f"{target}: {why}{more}"
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"{exc.filename}: {reason}" if exc.filename else reason


class ParameterError(AnalysisError):
    """A report parameter names no region or metric known, or dates out of order (exit 2)."""
