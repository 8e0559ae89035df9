"""notebooks/explore.ipynb, the analyst's first hour: run with papermill on a built data folder
(English labels) and on the articles alone (no data folder yet)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import papermill
import pytest

from analysis import render
from analysis.metrics import extract_metrics
from analysis.pipeline import load_documents

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
NOTEBOOK = render.NOTEBOOKS / "explore.ipynb"


def _outputs(notebook: nbformat.NotebookNode) -> str:
    texts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            texts.append(output.get("text", ""))
            texts.extend(str(v) for k, v in output.get("data", {}).items() if k.startswith("text"))
    return "\n".join(texts)


def test_the_notebook_is_thin_pandas_with_two_language_notes():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
    assert "report." not in code and "render." not in code  # no report internals
    for cell in notebook.cells:
        if cell.cell_type == "markdown":  # Chinese and English in every note
            assert any("\u4e00" <= ch <= "\u9fff" for ch in cell.source)
            assert sum(ch.isascii() and ch.isalpha() for ch in cell.source) > 20


@pytest.mark.slow
@pytest.mark.parametrize("built, lang, expected", [
    (True, "en", ["Beds", "5 documents", "build_time"]),
    (False, "zh", ["床位数", "5 documents", "not found"]),
])
def test_explore_runs_on_built_tables_and_on_the_articles(tmp_path, built, lang, expected):
    data = tmp_path / "data"
    if built:
        documents = load_documents(SEEDS)
        render.write_data(documents, extract_metrics(documents), data)  # as a build does
    executed = papermill.execute_notebook(
        str(NOTEBOOK), str(tmp_path / "explore.ipynb"), kernel_name=render.KERNEL,
        parameters={"data_dir": str(data), "seeds_dir": str(SEEDS), "lang": lang,
                    "metric": "beds"},
        cwd=str(NOTEBOOK.parent), progress_bar=False, start_timeout=120)
    shown = _outputs(executed)
    for text in expected:
        assert text in shown
    assert not any(o.get("output_type") == "error" for c in executed.cells
                   for o in c.get("outputs", []))
