"""Every error the package raises on purpose, each message one line naming what failed; how a
file is named in such a line (``printable``); and the system's errors (a full disk) told in one
such line."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def printable(path: str | Path) -> str:
    """A path as one line of valid text, for messages and tables: bytes of its name that are not
    UTF-8 as \\xNN, control characters (a line break in a name) escaped."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _CONTROL_CHARACTERS.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


class AnalysisError(Exception):
    """Base class: a failure the command line reports as one line and exit code 1."""


class NoArticlesError(AnalysisError):
    """A folder (or list) held no readable article."""


class ReportError(AnalysisError):
    """A notebook or renderer failed; the previous reports were kept."""


class PrinterError(ReportError):
    """The Chromium kept for a build's PDFs failed (the build prints with one Chromium per PDF
    instead)."""


class LockedError(AnalysisError):
    """Another refresh holds the lock on the reports folder."""


class UnsafeOutputError(AnalysisError):
    """A reports folder the package may not replace (its own input, or a folder it did not
    make): the command line exits 2, as for a bad command line."""


class WriteError(AnalysisError):
    """An output file could not be written (disk full, no permission); names the file."""


class IngestError(AnalysisError):
    """A file that cannot be read as an article; the message is one line, ``PATH: problem``."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = printable(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class OutOfTime(AnalysisError):
    """Work on one article ran past its budget; the message says what the budget was."""


class FontMissingError(AnalysisError):
    """No font that can draw Chinese is known to matplotlib."""


class NotebookError(ReportError):
    """A notebook raised: names the notebook and the cell, and where the executed copy was kept."""

    def __init__(self, notebook: str, cell_index: int, cell_source: str, ename: str, evalue: str,
                 kept: Path | None) -> None:
        self.notebook, self.cell_index, self.ename, self.evalue, self.kept = (
            notebook, cell_index, ename, evalue, kept)
        first_line = next((line for line in cell_source.splitlines() if line.strip()), "")
        where = f"; executed notebook kept at {kept}" if kept else ""
        super().__init__(f"notebook {notebook} failed in cell {cell_index} ({first_line.strip()!r})"
                         f": {ename}: {evalue}{where}; previous reports kept")


class Terminated(BaseException):
    """SIGTERM arrived: unwind (a BaseException, so no ``except Exception`` swallows it)."""


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
