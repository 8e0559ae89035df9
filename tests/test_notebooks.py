"""The report notebooks: committed clean, parameterised for papermill, and runnable on any data."""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import papermill
import pytest
from fixtures_reports import fixture_tables

from analysis import render, report

NOTEBOOKS = sorted(render.NOTEBOOKS.glob("*.ipynb"))
PARAMETERS = {
    "overview": {"seeds_dir", "data_dir", "since", "until", "lang"},
    "drilldown": {"seeds_dir", "data_dir", "region", "metric", "since", "until", "lang"},
    # not a report: the analysts' notebook that make lab opens (run in test_explore.py)
    "explore": {"data_dir", "seeds_dir", "region", "metric", "status", "since", "until", "lang"},
}


def _html_outputs(notebook: nbformat.NotebookNode) -> str:
    return "".join(o.get("data", {}).get("text/html", "") for c in notebook.cells
                   if c.cell_type == "code" for o in c.outputs)


def test_the_report_notebooks_and_the_explore_notebook_exist():
    assert {p.stem for p in NOTEBOOKS} == set(PARAMETERS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebooks_have_no_outputs_or_execution_counts(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    dirty = [i for i, c in enumerate(notebook.cells) if c.cell_type == "code"
             and (c.outputs or c.execution_count is not None)]
    assert not dirty, f"{path.name}: cells {dirty} have outputs; clear them before committing"
    assert "papermill" not in notebook.metadata
    assert notebook.metadata.kernelspec.name == render.KERNEL


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_cell_is_tagged_parameters_with_the_build_parameters(path):
    notebook = nbformat.read(path, as_version=4)
    tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    assert set(papermill.inspect_notebook(str(path))) == PARAMETERS[path.stem]


def test_papermill_injects_parameters_after_the_parameters_cell(tmp_path):
    out = tmp_path / "prepared.ipynb"
    prepared = papermill.execute_notebook(
        str(render.NOTEBOOKS / "drilldown.ipynb"), str(out), prepare_only=True,
        parameters={"region": "深圳", "metric": "beds"}, kernel_name=render.KERNEL)
    tags = [c.metadata.get("tags", []) for c in prepared.cells]
    injected = tags.index(["injected-parameters"])
    assert "parameters" in tags[injected - 1]
    assignments = ast.parse(prepared.cells[injected].source).body
    values = {a.targets[0].id: ast.literal_eval(a.value) for a in assignments}
    assert values == {"region": "深圳", "metric": "beds"}


@pytest.fixture(scope="module")
def fixture_data(tmp_path_factory) -> Path:
    documents, metrics = fixture_tables()
    return render.write_data(documents, metrics, tmp_path_factory.mktemp("data"))


@pytest.mark.slow
def test_overview_runs_on_a_data_folder(fixture_data, tmp_path):
    executed = render.execute_notebook(render.NOTEBOOKS / "overview.ipynb",
                                       {"seeds_dir": "unused", "data_dir": str(fixture_data)},
                                       tmp_path / "overview.ipynb")
    shown = _html_outputs(executed)
    assert "data:image/png;base64," in shown
    assert "横琴医院" in shown and "≥4.8万人次" in shown
    assert "&lt;script&gt;" in shown and "<script" not in shown
    assert report.NO_DATA not in shown


@pytest.mark.slow
def test_an_empty_drilldown_says_no_data_instead_of_failing(fixture_data, tmp_path):
    executed = render.execute_notebook(
        render.NOTEBOOKS / "drilldown.ipynb",
        {"seeds_dir": "unused", "data_dir": str(fixture_data), "region": "肇庆"},
        tmp_path / "drilldown.ipynb")
    shown = _html_outputs(executed)
    assert report.NO_DATA in shown and "专题：肇庆" in shown
    assert "data:image" not in shown
    errors = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error" or o.get("name") == "stderr"]
    assert not errors
