"""Bad report parameters: an unknown region or metric, or since after until, exit 2 before
anything is built, name the values the data has, and leave an existing report byte for byte;
through papermill the notebook raises the same message."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from fixtures_reports import fixture_tables

from analysis import cli, render
from analysis.errors import ParameterError
from analysis.outputs import MARKER, MARKER_TEXT
from analysis.parameters import check_parameters

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def tables():
    return fixture_tables()


@pytest.mark.parametrize("kwargs, message", [
    ({"region": "Shenzhen"}, "unknown region 'Shenzhen': the regions in the data are 广州, 江门, 深圳, 珠海"),
    ({"metric": "bedz"}, "unknown metric 'bedz': the metrics in the data are "),
    ({"since": date(2024, 1, 2), "until": date(2024, 1, 1)},
     "since 2024-01-02 is after until 2024-01-01"),
])
def test_bad_parameters_name_what_the_data_has(tables, kwargs, message):
    with pytest.raises(ParameterError) as caught:
        check_parameters(*tables, **kwargs)
    assert str(caught.value).startswith(message)
    if "metric" in kwargs:
        assert "beds" in str(caught.value) and "patient_visits" in str(caught.value)


@pytest.mark.parametrize("kwargs", [
    {"region": "深圳"}, {"region": "肇庆"},  # in the data; a GBA city with no article yet
    {"metric": "beds"}, {"metric": "admissions"},  # in the data; in the vocabulary
    {"since": date(2024, 1, 1), "until": date(2024, 1, 1)}, {},
])
def test_known_parameters_pass(tables, kwargs):
    check_parameters(*tables, **kwargs)


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("argv, named", [
    (["--region", "Shenzhen"], "深圳"),
    (["--metric", "bedz"], "beds"),
    (["--region", "深圳", "--metric", "hospital_beds"], "beds"),
    (["--since", "2024-02-01", "--until", "2024-01-01"], "is after until"),
])
def test_the_command_line_exits_2_and_keeps_the_old_reports(tmp_path, capsys, argv, named):
    out = tmp_path / "reports"
    out.mkdir()
    (out / MARKER).write_text(MARKER_TEXT, encoding="utf-8")  # a reports folder of an earlier build
    (out / "region-shenzhen.html").write_text("<p>深圳 的真实报告</p>", encoding="utf-8")
    (out / "region-shenzhen.pdf").write_bytes(b"%PDF-1.4 real report")
    (out / "index.html").write_text("<p>index</p>", encoding="utf-8")
    before = _snapshot(out)
    code = cli.main(["report", str(SEEDS), "--out", str(out), *argv])
    err = capsys.readouterr().err
    assert code == cli.EXIT_USAGE
    assert named in err and err.count("\n") == 1 and err.startswith("error: ")
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [
        "reports"]


@pytest.mark.slow
def test_through_papermill_the_notebook_raises_the_same_message(tables, tmp_path):
    data = render.write_data(*tables, tmp_path / "data")
    with pytest.raises(render.NotebookError) as caught:
        render.execute_notebook(render.NOTEBOOKS / "drilldown.ipynb",
                                {"seeds_dir": "unused", "data_dir": str(data),
                                 "region": "Shenzhen"}, tmp_path / "drilldown.ipynb")
    assert caught.value.ename == "ParameterError"
    assert caught.value.evalue.startswith(
        "unknown region 'Shenzhen': the regions in the data are 广州, 江门, 深圳, 珠海")
