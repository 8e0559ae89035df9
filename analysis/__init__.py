"""Traceable health-care figures from Chinese news on cross-border care in the Greater Bay Area.

The pipeline reads as the modules do: ingest -> text -> numbers -> metrics -> frames -> pipeline
-> report.
Public names are imported lazily so that ``import analysis`` stays cheap (refresh checks run
without pandas when nothing changed).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "load_documents": "analysis.pipeline",
    "load_metrics": "analysis.pipeline",
    "extract_metrics": "analysis.metrics",
    "build_facts": "analysis.facts",
    "load_facts": "analysis.facts",
    "data_dictionary": "analysis.vocabulary",
    "parse_number": "analysis.numbers",
    "find_numbers": "analysis.numbers",
    "Problem": "analysis.problems",
    "load_tables": "analysis.report",
    "select": "analysis.report",
    "analyst_tables": "analysis.export",
    "write_workbook": "analysis.export",
    "query": "analysis.export",
}

__all__ = ["Problem", "__version__", "analyst_tables", "build_facts", "data_dictionary",
           "extract_metrics", "find_numbers", "load_documents", "load_facts", "load_metrics",
           "load_tables", "parse_number", "query", "select", "write_workbook"]


def __dir__() -> list[str]:
    """The public names (what tab completion offers), though they are imported lazily."""
    return sorted(set(__all__) | {name for name in globals() if name.startswith("__")})


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
