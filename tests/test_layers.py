"""The package's imports, read from the source (``ast``): no module imports another that
imports it back, however indirectly (imports inside functions count), and the report side is in
layers that only call downward: the views the notebooks call and the reports folder's mechanics
at the bottom, the build above both, then ``refresh``, then the command line."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py"))

# The report side, by layer; every other module (reading, extraction, the tables, the data
# hand-off) is below all of them and imports none of them.
VIEWS = {"report", "headlines", "chart_plan", "charts", "parameters"}
FOLDER = {"outputs", "manifest"}  # standard library only: a no-change refresh uses just these
BUILD = {"build", "whats_new", "render", "kernels", "printer"}  # render runs notebooks in kept kernels, prints with a kept Chromium
TOP = {"refresh", "cli", "__main__"}
LAYERED = VIEWS | FOLDER | BUILD | TOP
# What each layer must not import (for the top: only the modules above it).
FORBIDDEN = {
    **{m: FOLDER | BUILD | TOP for m in VIEWS},
    **{m: VIEWS | BUILD | TOP for m in FOLDER},
    **{m: TOP for m in BUILD},
    "refresh": {"cli", "__main__"},
}


def _imports(module: str, top_level_only: bool = False) -> set[str]:
    """The package modules ``module`` imports (``analysis.x`` as ``x``), anywhere in its code
    or only at its top level."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "analysis" and len(parts) > 1 and parts[1] in MODULES:
                found.add(parts[1])
    return found - {module}


GRAPH = {m: _imports(m) for m in MODULES}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import circle of ``graph`` as a path that ends where it starts ([] when none)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for child in sorted(graph[node]):
            if state.get(child) == 1:
                return path[path.index(child):] + [child]
            if child not in state and (found := visit(child)):
                return found
        state[node] = 2
        path.pop()
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_the_circle_finder_finds_a_circle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


def test_no_import_circle():
    assert _cycle(GRAPH) == []


def test_the_layers_are_the_modules_there_are():
    assert LAYERED <= set(MODULES)


@pytest.mark.parametrize("module", sorted(FORBIDDEN))
def test_the_report_side_imports_only_downward(module):
    assert GRAPH[module] & FORBIDDEN[module] == set()


@pytest.mark.parametrize("module", sorted(set(MODULES) - LAYERED - {"__init__"}))
def test_reading_and_extraction_import_nothing_of_the_reports(module):
    assert GRAPH[module] & LAYERED == set()


def test_a_no_change_refresh_loads_only_the_folder_layer():
    """At its top level ``refresh`` imports no view and nothing of the build: those come with
    pandas, and it imports the build only once something changed."""
    assert _imports("refresh", top_level_only=True) & (VIEWS | BUILD) == set()
    assert "build" in GRAPH["refresh"]
