"""Errors the package raises on purpose; each message is one line naming what failed."""

from __future__ import annotations


class AnalysisError(Exception):
    """Base class: a failure the command line reports as one line and exit code 1."""


class NoArticlesError(AnalysisError):
    """A folder (or list) held no readable article."""


class ReportError(AnalysisError):
    """A notebook or renderer failed; the previous reports were kept."""


class LockedError(AnalysisError):
    """Another refresh holds the lock on the reports folder."""


class ParameterError(AnalysisError):
    """A report parameter names no region or metric known, or dates out of order (exit 2)."""
