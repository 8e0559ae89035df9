"""Charts: a CJK font found by name, no missing glyph, figures labelled as stated, empty: None."""

from __future__ import annotations

import io
import logging
import math
import warnings
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from analysis import charts, errors

FIXTURES = Path(__file__).resolve().parent / "fixtures_reports"
CHART_FUNCTIONS = (charts.beds_chart, charts.patient_visits_chart, charts.insurance_chart,
                   charts.mortality_chart, charts.workforce_chart, charts.area_chart)


@pytest.fixture(scope="module")
def metrics() -> pd.DataFrame:
    return pd.read_csv(FIXTURES / "metrics.csv")


def _texts(figure: Figure) -> list[str]:
    ax = figure.axes[0]
    return [t.get_text() for t in ax.get_yticklabels()] + [t.get_text() for t in ax.texts]


def test_the_cjk_font_is_found_by_name_and_set_in_rcparams():
    name = charts.use_cjk_font()
    assert name in charts.CJK_FONTS
    assert matplotlib.rcParams["font.sans-serif"][0] == name
    assert "/" not in name


def test_a_missing_cjk_font_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(charts, "CJK_FONTS", ("No Such Font CJK",))
    with pytest.raises(errors.FontMissingError, match="fonts-noto-cjk"):
        charts.use_cjk_font()


def test_drawing_chinese_labels_warns_of_no_missing_glyph(metrics, caplog):
    caplog.set_level(logging.WARNING, logger="matplotlib")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figures = charts.all_charts(metrics)
        for figure in figures:
            figure.savefig(io.BytesIO(), format="png")
    assert len(figures) == len(CHART_FUNCTIONS)
    messages = [str(w.message) for w in caught] + [r.getMessage() for r in caplog.records]
    assert not [m for m in messages if "Glyph" in m or "missing from" in m or "findfont" in m]


@pytest.mark.parametrize("chart", CHART_FUNCTIONS, ids=lambda f: f.__name__)
def test_each_chart_draws_a_figure_or_none_for_an_empty_selection(chart, metrics):
    assert isinstance(chart(metrics), Figure)
    assert chart(metrics.iloc[0:0]) is None
    assert chart(metrics[metrics["metric"] == "other"]) is None


def test_figures_are_labelled_with_qualifier_and_unit():
    assert charts.format_figure(48000, None, "人次", "at_least") == "≥4.8万人次"
    assert charts.format_figure(5000, float("nan"), "m2", "approx") == "约5,000平方米"
    assert charts.format_figure(15, 20, "间", "range") == "15–20间"
    assert charts.format_figure(1.2, None, "per_mille", "exact") == "1.2‰"
    assert charts.format_figure(260, None, "percent", "exact") == "260%"
    assert charts.format_figure(13691, None, "人", "exact") == "13,691人"
    assert charts.format_figure(3, None, "位", "at_most") == "≤3位"


def test_at_least_and_approx_figures_are_marked_on_the_bars(metrics):
    texts = _texts(charts.patient_visits_chart(metrics)) + _texts(charts.area_chart(metrics))
    assert "≥4.8万人次" in texts and "约5,000平方米" in texts


def test_a_range_is_drawn_from_its_low_to_its_high_value(metrics):
    figure = charts.metric_chart(metrics, "facilities")
    bars = figure.axes[0].patches
    assert [(b.get_x(), b.get_width()) for b in bars] == [(0, 15), (15, 5)]
    assert bars[1].get_hatch()
    assert "15–20间" in _texts(figure)


def test_insurance_enrolment_by_scheme_with_increase_and_growth(metrics):
    texts = _texts(charts.insurance_chart(metrics))
    assert any(t.startswith("居民养老保险") for t in texts)
    assert any(t.startswith("居民医疗保险") for t in texts)
    assert "13,691人  +9,887人  +260%" in texts
    assert "20,598人  +9,994人  +94%" in texts


def test_mortality_rates_are_named_from_their_quotes(metrics):
    labels = _texts(charts.mortality_chart(metrics))
    for rate in ("孕产妇死亡率", "新生儿死亡率", "婴儿死亡率"):
        assert any(label.startswith(rate) for label in labels)
    assert "0‰" in labels


def test_long_hospital_names_fit_inside_the_figure(metrics):
    figure = charts.patient_visits_chart(metrics)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    labels = figure.axes[0].get_yticklabels()
    for label in labels:
        box = label.get_window_extent(canvas.get_renderer())
        assert box.x0 >= 0 and box.x1 <= figure.bbox.width
    long_name = next(t.get_text() for t in labels if t.get_text().startswith("深圳市前海蛇口"))
    assert "\n" in long_name and max(map(len, long_name.splitlines())) <= charts._LABEL_WIDTH


def test_all_charts_for_one_metric(metrics):
    assert len(charts.all_charts(metrics, "beds")) == 1
    assert len(charts.all_charts(metrics, "institutions")) == 0  # no such figure in the fixture
    (figure,) = charts.all_charts(metrics, "doctors")
    assert "医生" in figure.axes[0].get_title(loc="left")
    (generic,) = charts.all_charts(metrics, "share")
    assert charts.metric_label("share") in generic.axes[0].get_title(loc="left")
    assert charts.all_charts(metrics.iloc[0:0]) == []


@pytest.mark.parametrize("value", [1.5e308, float("inf"), float("nan"), 2e15])
def test_charts_never_fail_on_a_value(metrics, value):
    """A figure of 150 followed by 102 groups of ,000 made every report fail (an infinite axis):
    such values are not drawn, the others are."""
    beds = metrics[metrics["metric"] == "beds"]
    bad = beds.head(1).assign(value=value, entity="荒唐医院")
    high = beds.head(1).assign(value=10.0, value_high=value, qualifier="range", entity="荒唐医院")
    table = pd.concat([metrics, bad] + ([high] if not math.isnan(value) else []), ignore_index=True)
    for figure in charts.all_charts(table):
        figure.savefig(io.BytesIO(), format="png")
        assert not any("荒唐医院" in text for text in _texts(figure))
    assert len(charts.all_charts(table)) == len(CHART_FUNCTIONS)
