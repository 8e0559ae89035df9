"""The Python the package states it needs is one that can compile its patterns.

Atomic groups ``(?>…)`` and possessive quantifiers (``*+``, ``++``, ``?+``, ``{m,n}+``) came in
Python 3.11; 3.10 rejects them when a module is imported.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# a possessive quantifier or an atomic group in a string literal of the package's source
_NEWER_SYNTAX = re.compile(r"(?<!\\)(?:[*+?}]\+|\(\?>)")


def stated_minimum() -> tuple[int, int]:
    """(major, minor) of ``requires-python = ">=X.Y"`` in pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    found = re.fullmatch(r">=\s*(\d+)\.(\d+)", project["requires-python"].strip())
    assert found, project["requires-python"]
    return int(found[1]), int(found[2])


def uses_newer_syntax() -> list[str]:
    """Files of the package whose patterns need Python 3.11 (a rough scan of the source)."""
    return sorted(path.name for path in (ROOT / "analysis").glob("*.py")
                  if any(_NEWER_SYNTAX.search(line) for line in path.read_text("utf-8").splitlines()
                         if "re.compile" in line or line.lstrip().startswith(('r"', 'rf"', 'f"'))))


def test_the_stated_minimum_python_compiles_the_patterns():
    newer = uses_newer_syntax()
    assert newer, "no atomic group or possessive quantifier found: the scan is broken"
    assert stated_minimum() >= (3, 11), f"{', '.join(newer)} need Python 3.11"


def test_this_python_meets_the_stated_minimum():
    assert sys.version_info[:2] >= stated_minimum()
