"""Chart plans: like with like (one metric, status, population, period kind, unit per chart),
plans never drawn, before → after pairs, time series, top N with the rest counted, log axes
for wide spans, single values as sentences."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from fixtures_reports import fixture_tables
from matplotlib.figure import Figure

from analysis import chart_plan, charts
from analysis import facts as fact_table
from analysis.periods import period_bounds

DOCS = pd.DataFrame({"doc_id": ["a", "b", "c"], "region": ["深圳", "深圳", "珠海"],
                     "published": [date(2023, 1, 5), date(2024, 2, 1), date(2024, 6, 1)]})


def row(doc, metric, value, entity, period=None, status="actual", unit="张", population="",
        fact_id=None, baseline=None, qualifier="exact", high=float("nan")):
    return {"doc_id": doc, "metric": metric, "value": value, "value_high": high, "unit": unit,
            "qualifier": qualifier, "entity": entity, "period": period, "subject": "",
            "quote": f"{entity}{value}", "start": 0, "end": 1, "status": status,
            "population": population, "fact_id": fact_id, "baseline_fact_id": baseline}


def plan_of(rows, **kw):
    return chart_plan.plan(fact_table.facts(pd.DataFrame(rows), DOCS), **kw)


def test_statuses_and_populations_are_never_mixed_and_plans_never_drawn():
    rows = [row("a", "patients", v, f"医院{v}", population=p, unit="人")
            for v, p in ((10, "澳门居民"), (20, "澳门居民"), (30, "香港居民"), (40, "香港居民"))]
    rows += [row("b", "beds", 500, "甲医院"), row("b", "beds", 300, "乙医院"),
             row("b", "beds", 800, "甲医院", status="planned"),
             row("c", "beds", 900, "丙医院", status="planned")]
    planned = plan_of(rows)
    for chart in planned.charts:
        assert chart.facts["status"].nunique() == 1 and chart.facts["population"].nunique() == 1
        assert chart.status != "planned"
    patients = [c for c in planned.charts if c.metric == "patients"]
    assert sorted(c.population for c in patients) == ["澳门居民", "香港居民"]
    beds = [c for c in planned.charts if c.metric == "beds"]
    assert len(beds) == 1 and sorted(beds[0].facts["value"]) == [300, 500]


def test_charts_of_one_metric_apart_by_kind_of_entity_say_which_kind():
    """Four charts titled 床位数 on one page, hospitals on one and cities on another, did not
    say why they were apart."""
    rows = [dict(row("a", "beds", v, name), entity_type=kind) for v, name, kind in (
        (500, "甲医院", "hospital"), (300, "乙医院", "hospital"),
        (1800, "中山市", "city"), (900, "珠海市", "city"))]
    assert sorted(c.title for c in plan_of(rows).charts) == ["床位数 · 医院", "床位数 · 城市"]


def test_a_before_after_pair_is_one_change_not_two_bars():
    rows = [row("a", "beds", 198, "横琴医院", "2019", fact_id="f1"),
            row("a", "beds", 390, "横琴医院", "2023", fact_id="f2", baseline="f1"),
            row("b", "beds", 450, "某医院", "2022", fact_id="g1"),
            row("b", "beds", 500, "某医院", "2024", fact_id="g2", baseline="g1")]
    (chart,) = plan_of(rows).charts
    assert chart.kind == "pairs"
    pairs = dict(zip(chart.facts["label"], zip(chart.facts["before_value"], chart.facts["value"])))
    assert pairs == {"横琴医院": (198, 390), "某医院": (450, 500)}
    assert isinstance(charts.draw(chart), Figure)


def test_an_entity_at_several_dates_is_a_time_series_one_value_per_date():
    rows = [row("a", "patient_visits", 100, "A院", "2021", unit="人次"),
            row("b", "patient_visits", 150, "A院", "2022", unit="人次"),
            row("c", "patient_visits", 160, "A院", "2022", unit="人次"),  # a later article
            row("b", "patient_visits", 80, "B院", "2022", unit="人次")]
    (chart,) = plan_of(rows).charts
    assert chart.kind == "lines" and chart.period_kind == "year"
    series = chart.facts[chart.facts["label"] == "A院"]
    assert list(series["value"]) == [100, 160]
    assert chart.articles == 3 and "2023-01-05 至 2024-06-01" in chart.source_line
    # the loaders' datetime64 dates read as days too (they printed "2023-01-05 00:00:00")
    documents = DOCS.assign(published=pd.to_datetime(DOCS["published"]))
    (chart,) = chart_plan.plan(fact_table.facts(pd.DataFrame(rows), documents)).charts
    assert "来源 source：3篇文章 articles，2023-01-05 至 2024-06-01" == chart.source_line


def test_top_entities_are_drawn_and_the_rest_counted():
    rows = [row("a", "beds", 100 + i, f"医院{i}") for i in range(15)]
    (chart,) = plan_of(rows).charts
    assert chart.shown == chart_plan.TOP_BARS and chart.more == 5
    assert list(chart.facts["value"])[:2] == [114, 113]
    assert "另有5个对象" in chart.source_line


def test_a_span_over_a_hundredfold_gets_a_labelled_log_axis():
    rows = [row("a", "institutions", 6500, "深圳", unit="家"),
            row("a", "institutions", 45, "前海", unit="家"),
            row("b", "institutions", 12, "南山区", unit="家")]
    (chart,) = plan_of(rows).charts
    assert chart.log and "log scale" in chart.subtitle
    figure = charts.draw(chart)
    assert figure.axes[0].get_xscale() == "log"
    assert not plan_of(rows[1:]).charts[0].log


def test_a_single_value_is_a_sentence_not_a_bar():
    planned = plan_of([row("a", "beds", 300, "横琴医院", "2023"),
                       row("b", "doctors", 12, "甲院", unit="名"),
                       row("b", "doctors", 30, "乙院", unit="名")])
    assert planned.sentences == ["横琴医院：床位数 300张（2023）"]
    assert [c.metric for c in planned.charts] == ["doctors"]


def test_charts_are_limited_and_the_rest_counted():
    rows = [row("a", m, v, f"院{v}", unit="人") for m in ("doctors", "nurses", "staff")
            for v in (1, 2)]
    planned = plan_of(rows, limit=2, order=("nurses",))
    assert planned.charts[0].metric == "nurses"
    assert len(planned.charts) == 2 and planned.omitted == 1


def test_a_table_without_meaning_columns_is_read_with_fallbacks():
    _, metrics = fixture_tables()
    rows = fact_table.with_meaning(metrics.drop(columns=[c for c in ("status", "population")
                                                        if c in metrics]))
    assert set(rows["status"]) <= set(fact_table.STATUSES)
    assert (rows.loc[rows["metric"] == "planned_beds", "status"] == "planned").all()
    assert set(rows["population"]) == {""}


@pytest.mark.parametrize("period, kind, start, end", [
    ("2023", "year", "2023-01-01", "2023-12-31"),
    ("2024-02", "month", "2024-02-01", "2024-02-29"),
    ("2021-03-31", "point", "2021-03-31", "2021-03-31"),
    ("2019-12/2021-04-19", "range", "2019-12-01", "2021-04-19"),
])
def test_period_kinds_and_bounds_from_the_period_string(period, kind, start, end):
    assert fact_table.period_kind(period) == kind
    assert period_bounds(period) == (date.fromisoformat(start), date.fromisoformat(end))


def test_no_period_has_no_kind_and_no_bounds():
    assert fact_table.period_kind(None) == ""
    assert period_bounds(None) == (None, None)


def test_no_chart_of_a_generated_corpus_mixes_kinds_of_figures(tmp_path):
    from synthetic import generate_corpus

    from analysis import report

    generate_corpus(tmp_path / "articles", 200, seed=3)
    documents, metrics = report.load_tables(tmp_path / "articles")
    planned = chart_plan.plan(fact_table.facts(metrics, documents), limit=100)
    assert len(planned.charts) >= 8
    kinds = {c.kind for c in planned.charts}
    assert "bars" in kinds and "lines" in kinds
    for chart in planned.charts:
        shown = chart_plan.label_facts(chart.facts.drop(columns=["name", "label"]))
        for column in ("metric", "name", "status", "population", "period_kind", "unit_group"):
            assert shown[column].nunique() == 1, (chart.title, column)
        assert chart.status != "planned" and chart.metric not in chart_plan.NOT_CHARTED
        assert chart.shown <= max(chart_plan.TOP_BARS, chart_plan.TOP_LINES, chart_plan.TOP_PAIRS)
