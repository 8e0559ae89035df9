"""Charts: a CJK font found by name, no missing glyph, figures labelled as stated, names that
fit, a range drawn from its low to its high value, a source line and population on each chart."""

from __future__ import annotations

import io
import logging
import warnings
from datetime import date
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from analysis import chart_plan, charts, errors
from analysis import facts as fact_table

FIXTURES = Path(__file__).resolve().parent / "fixtures_reports"


@pytest.fixture(scope="module")
def metrics() -> pd.DataFrame:
    return pd.read_csv(FIXTURES / "metrics.csv")


@pytest.fixture(scope="module")
def planned(metrics) -> chart_plan.Plan:
    documents = pd.read_csv(FIXTURES / "documents.csv", dtype=str)
    documents["published"] = [date.fromisoformat(d) if isinstance(d, str) else None
                              for d in documents["published"]]
    return chart_plan.plan(fact_table.facts(metrics, documents))


def _texts(figure: Figure) -> list[str]:
    ax = figure.axes[0]
    return [t.get_text() for t in ax.get_yticklabels()] + [t.get_text() for t in ax.texts]


def _chart(planned: chart_plan.Plan, metric: str) -> Figure:
    return charts.draw(next(c for c in planned.charts if c.metric == metric))


def test_the_cjk_font_is_found_by_name_and_set_in_rcparams():
    name = charts.use_cjk_font()
    assert name in charts.CJK_FONTS
    assert matplotlib.rcParams["font.sans-serif"][0] == name
    assert "/" not in name


def test_a_missing_cjk_font_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(charts, "CJK_FONTS", ("No Such Font CJK",))
    with pytest.raises(errors.FontMissingError, match="fonts-noto-cjk"):
        charts.use_cjk_font()


def test_drawing_chinese_labels_warns_of_no_missing_glyph(planned, caplog):
    caplog.set_level(logging.WARNING, logger="matplotlib")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figures = [charts.draw(c) for c in planned.charts]
        for figure in figures:
            figure.savefig(io.BytesIO(), format="png")
    assert len(figures) >= 4
    messages = [str(w.message) for w in caught] + [r.getMessage() for r in caplog.records]
    assert not [m for m in messages if "Glyph" in m or "missing from" in m or "findfont" in m]


def test_every_chart_has_a_source_line_and_names_its_population(planned):
    for chart in planned.charts:
        figure = charts.draw(chart)
        below = figure.get_supxlabel()
        assert below.startswith("来源 source：") and "篇文章" in below
        assert "人群 population：" in figure.axes[0].texts[0].get_text()


def test_figures_are_labelled_with_qualifier_and_unit():
    assert charts.format_figure(48000, None, "人次", "at_least") == "≥4.8万人次"
    assert charts.format_figure(5000, float("nan"), "m2", "approx") == "约5,000平方米"
    assert charts.format_figure(15, 20, "间", "range") == "15–20间"
    assert charts.format_figure(1.2, None, "per_mille", "exact") == "1.2‰"
    assert charts.format_figure(260, None, "percent", "exact") == "260%"
    assert charts.format_figure(13691, None, "人", "exact") == "13,691人"
    assert charts.format_figure(3, None, "位", "at_most") == "≤3位"


def test_at_least_and_approx_figures_are_marked_on_the_bars(planned):
    texts = _texts(_chart(planned, "patient_visits")) + _texts(_chart(planned, "area"))
    assert "≥4.8万人次" in texts and "约5,000平方米" in texts


def test_a_range_is_drawn_from_its_low_to_its_high_value(metrics):
    rows = pd.concat([metrics[metrics["metric"] == "facilities"]] * 2, ignore_index=True)
    rows.loc[1, ["entity", "value", "value_high", "qualifier"]] = ["南沙区", 8, float("nan"),
                                                                   "exact"]
    documents = pd.DataFrame({"doc_id": ["d2"], "region": ["广州"], "published": [None]})
    (chart,) = chart_plan.plan(fact_table.facts(rows, documents)).charts
    figure = charts.draw(chart)
    bars = figure.axes[0].patches
    assert [(b.get_x(), b.get_width()) for b in bars] == [(0, 15), (15, 5), (0, 8)]
    assert bars[1].get_hatch()
    assert "15–20间" in _texts(figure)


def test_single_values_of_a_kind_are_sentences_named_from_their_subjects(planned):
    for rate in ("孕产妇死亡率 0‰（2023）", "新生儿死亡率 1.2‰（2023）", "婴儿死亡率 1.9‰（2023）"):
        assert f"江门：{rate}" in planned.sentences
    assert "珠海市：居民养老保险参保人数 13,691人（2021-03-31）" in planned.sentences
    assert "珠海市：参保增加人数 变化量 9,887人（2021-03-31）" in planned.sentences
    assert not [c for c in planned.charts if c.metric.startswith("insurance")]


@pytest.mark.parametrize("metric, subject, name", [
    ("mortality_rate", "新生儿死亡率", "新生儿死亡率"),  # RATE_SUBJECT
    ("mortality_rate", "新生兒死亡率", "新生兒死亡率"),  # … traditional
    ("mortality_rate", "5歲以下兒童死亡率", "5歲以下兒童死亡率"),
    ("insurance_enrolment", "参加城乡居民医疗保险的澳门居民", "城乡居民医疗保险参保人数"),  # SCHEME_SUBJECT
    ("insurance_enrolment", "參加城鄉居民醫療保險的澳門居民", "城鄉居民醫療保險参保人数"),
    ("insurance_enrolment", "澳门居民", "参保人数"),  # no scheme named: the metric's label
    ("institutions", "港资企业", "企业数"), ("institutions", "港資企業", "企业数"),  # COUNTED_KINDS
    ("institutions", "三级以上医院", "医院数"), ("institutions", "公立醫院", "医院数"),
    ("institutions", "医疗机构", "机构数"),  # no kind named: the metric's label
])
def test_figures_are_named_from_their_subjects_in_both_scripts(metric, subject, name):
    rows = pd.DataFrame({"metric": [metric], "doc_id": ["a"], "subject": [subject]})
    assert charts.figure_names(rows) == [name]


def test_long_hospital_names_fit_inside_the_figure(planned):
    figure = _chart(planned, "patient_visits")
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    labels = figure.axes[0].get_yticklabels()
    for label in labels:
        box = label.get_window_extent(canvas.get_renderer())
        assert box.x0 >= 0 and box.x1 <= figure.bbox.width
    long_name = next(t.get_text() for t in labels if t.get_text().startswith("深圳市前海蛇口"))
    assert "\n" in long_name and max(map(len, long_name.splitlines())) <= charts._LABEL_WIDTH


def test_many_series_are_small_multiples_few_share_one_axes():
    documents = pd.DataFrame({"doc_id": ["a"], "region": ["深圳"], "published": [date(2024, 1, 1)]})

    def lines_of(entities: int) -> Figure:
        rows = pd.DataFrame([{"doc_id": "a", "metric": "patients", "value": 10.0 * e + y,
                              "value_high": float("nan"), "unit": "人", "qualifier": "exact",
                              "entity": f"医院{e}", "period": str(y), "subject": "", "quote": "q",
                              "start": 0, "end": 1} for e in range(entities) for y in (2022, 2023)])
        (chart,) = chart_plan.plan(fact_table.facts(rows, documents)).charts
        assert chart.kind == "lines"
        return charts.draw(chart)

    few = lines_of(charts.ONE_PANEL)
    assert len(few.axes) == 1 and len(few.axes[0].get_lines()) == charts.ONE_PANEL
    many = lines_of(5)
    visible = [ax for ax in many.axes if ax.get_visible()]
    assert len(visible) == 5 and visible[0].get_title(loc="left") == "医院0"
    assert many.get_supxlabel().startswith("来源 source：")


@pytest.mark.parametrize("value", [1.5e308, float("inf"), float("nan"), 2e15])
def test_charts_never_fail_on_a_value(metrics, value):
    """A figure of 150 followed by 102 groups of ,000 made every report fail (an infinite axis):
    such values are not drawn, the others are."""
    documents = pd.read_csv(FIXTURES / "documents.csv", dtype=str)
    beds = metrics[metrics["metric"] == "beds"]
    bad = beds.assign(value=value, entity="荒唐医院")
    table = pd.concat([metrics, bad], ignore_index=True)
    drawn = chart_plan.plan(fact_table.facts(table, documents)).charts
    assert drawn
    for chart in drawn:
        figure = charts.draw(chart)
        figure.savefig(io.BytesIO(), format="png")
        assert not any("荒唐医院" in text for text in _texts(figure))


def test_figures_are_named_from_their_subjects_not_their_quotes():
    rows = pd.DataFrame({
        "metric": ["mortality_rate", "mortality_rate", "insurance_enrolment", "insurance_enrolment",
                   "beds"],
        "subject": ["新生儿死亡率", None, "参加居民养老保险的澳门居民", "城乡居民医保", "病床"],
        "quote": ["婴儿死亡率1.9‰"] * 5})  # the quote is not read
    assert charts.figure_names(rows) == ["新生儿死亡率", "死亡率", "居民养老保险参保人数",
                                         "城乡居民医保参保人数", "床位数"]
    assert charts.figure_names(rows.drop(columns="subject"))[0] == "死亡率"
