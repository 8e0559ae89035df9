"""The one way to the tables: every command reports a skipped file in the same one line, and
``load_tables`` is ``load_documents`` and ``load_metrics`` in one pass."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import build, cli, pipeline
from analysis.errors import AnalysisError

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
GOOD = min(SEEDS.glob("*.txt"))

# file name (bytes) -> the message for it, after "FOLDER/"
ODD = {
    b"line\nbreak.txt": "line\\nbreak.txt: empty file (skipped)",
    b"a\ttab.txt": "a\\ttab.txt: empty file (skipped)",
    b"not-utf8-\xff.txt": "not-utf8-\\xff.txt: empty file (skipped)",
    b"z copy\n.txt": f"z copy\\n.txt: same text as {GOOD.name}; duplicate (skipped)",
}


@pytest.fixture
def folder(tmp_path):
    """A seed article, and empty files and a copy of it named with a line break, a tab and a
    byte that is not UTF-8."""
    shutil.copy(GOOD, tmp_path / GOOD.name)
    for name in ODD:
        path = os.fsdecode(os.fsencode(tmp_path) + b"/" + name)
        if b"copy" in name:
            shutil.copy(GOOD, path)
        else:
            open(path, "wb").close()
    return tmp_path


def _stop(*args, **kwargs):
    raise AnalysisError("stopped after reading the articles")


@pytest.mark.parametrize("command", ["documents", "extract", "extract --jobs 2", "report"])
def test_each_skipped_file_is_one_line_naming_it_escaped(folder, tmp_path_factory, command,
                                                         caplog, monkeypatch):
    out = tmp_path_factory.mktemp("out")
    argv = command.split() + [str(folder), "--out"]
    if command == "report":  # the tables are read: the rendering is not needed to tell
        monkeypatch.setattr(build, "plan_reports", _stop)
        argv.append(str(out / "reports"))
    else:
        argv.append(str(out / "table.csv"))
    cli.main(argv)
    shown = sorted(m.removeprefix(f"{folder}/") for m in caplog.messages)
    assert shown == sorted(ODD.values())
    assert all("\n" not in m and "\t" not in m for m in caplog.messages)


def test_load_tables_is_both_tables_in_one_pass(folder):
    both, documents, metrics = [], [], []
    tables = pipeline.load_tables(folder, problems=both)
    pd.testing.assert_frame_equal(tables[0], pipeline.load_documents(folder, problems=documents))
    pd.testing.assert_frame_equal(tables[1], pipeline.load_metrics(folder, problems=metrics))
    assert both == documents == metrics and len(both) == len(ODD)
    assert list(tables[0]["path"]) == [GOOD.name] and len(tables[1]) > 0


def test_documents_read_in_two_processes_are_those_of_one(folder):
    for index, seed in enumerate(sorted(SEEDS.glob("*.txt"))[1:]):  # a chunk a file: 8 chunks
        shutil.copy(seed, folder / f"more{index}.txt")
    problems = []
    table = pipeline.load_documents(folder, problems=problems, jobs=2)
    pd.testing.assert_frame_equal(table, pipeline.load_documents(folder, jobs=1))
    assert len(table) == 5 and len(problems) == len(ODD)


REPORT_MODULES = ("report", "refresh", "render", "charts", "headlines", "chart_plan", "build",
                  "whats_new", "outputs", "manifest")


def test_importing_the_pipeline_pulls_in_no_report_code():
    code = ("import json, sys, analysis.pipeline; "
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('analysis.', "
            "'matplotlib', 'papermill', 'nbformat')))))")
    found = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True,
                                      text=True, check=True, timeout=60,
                                      cwd=SEEDS.parent).stdout)
    assert "analysis.pipeline" in found and "analysis.metrics" in found  # the check can fail
    assert [m for m in found if m.removeprefix("analysis.") in REPORT_MODULES
            or not m.startswith("analysis.")] == []
