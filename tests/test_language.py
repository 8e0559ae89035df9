"""English labels (``--lang en``, the notebooks' ``lang``): charts, headings and tables take the
data dictionary's English labels; Chinese stays the default and comes back after a block."""

from __future__ import annotations

import pytest
from fixtures_reports import fixture_tables

from analysis import build, charts, render, report
from analysis.cli import main
from analysis.errors import AnalysisError


@pytest.fixture(scope="module")
def tables():
    return fixture_tables()


def test_labels_headings_and_tables_in_english_then_chinese_again(tables):
    selection = report.select(*tables, region="珠海", metric="doctors")
    with charts.labels_in("en"):
        assert charts.metric_label("beds") == "Beds"
        assert report.report_title(None, None) == report.OVERVIEW_TITLE_EN
        assert report.report_title("珠海", "doctors") == "Focus: 珠海 · Doctors"
        assert report.report_title(None, "beds") == "Focus: All regions · Beds"
        assert report.describe(selection) == (
            "Region 珠海 · Metric Doctors (doctors) · 1 articles (2021-04-19), 1 figures")
        page = report.html_table(report.articles_table(selection))
        assert ">Date</th>" in page and ">Title</th>" in page and "日期" not in page
        assert set(charts.figure_names(selection.metrics)) == {"Doctors"}
        spec = build.drilldown_spec("珠海", None)
        assert spec.parameters["lang"] == "en" and spec.title == "Focus: 珠海"
    assert charts.metric_label("beds") == "床位数" and report.report_title(None, None) == \
        report.OVERVIEW_TITLE
    assert "lang" not in build.drilldown_spec("珠海", None).parameters
    assert set(charts.figure_names(selection.metrics)) == {"医生人数"}


def test_an_unknown_language_is_refused():
    with pytest.raises(AnalysisError, match="unknown language 'fr'"):
        charts.set_language("fr")
    assert main(["report", "seeds", "--lang", "fr"]) == 2


@pytest.mark.slow
def test_a_drilldown_notebook_in_english(tables, tmp_path):
    data = render.write_data(*tables, tmp_path / "data")
    executed = render.execute_notebook(
        render.NOTEBOOKS / "drilldown.ipynb",
        {"seeds_dir": "unused", "data_dir": str(data), "region": "珠海", "lang": "en"},
        tmp_path / "drilldown.ipynb")
    shown = "".join(o.get("data", {}).get("text/html", "") for c in executed.cells
                    if c.cell_type == "code" for o in c.outputs)
    assert "Focus: 珠海" in shown and ">Metric</th>" in shown and "Patient visits" in shown
