"""The first page: coverage, the latest value of key metrics per region with the change against
the previous one (a before → after pair or the time series), plans apart, what is new, and a
link to the sources of every sentence."""

from __future__ import annotations

import pandas as pd
from test_chart_plan import DOCS, row

from analysis import facts as fact_table
from analysis import headlines


def facts_of(rows):
    return fact_table.facts(pd.DataFrame(rows), DOCS)


def test_latest_value_with_its_change_against_the_previous_date():
    found = headlines.region_headlines(facts_of([
        row("a", "beds", 1680, "江门市中心医院", "2022"),
        row("b", "beds", 2100, "江门市中心医院", "2023"),
        row("c", "beds", 700, "珠海医院", "2024")]))
    (sz,) = found["深圳"]
    assert sz.text == "江门市中心医院：床位数 2,100张（2023），较2022（1,680张）增加420张"
    assert sz.sources == ["b", "a"]
    assert [h.text for h in found["珠海"]] == ["珠海医院：床位数 700张（2024）"]


def test_a_before_after_pair_gives_the_change():
    found = headlines.region_headlines(facts_of([
        row("a", "beds", 198, "横琴医院", fact_id="f1"),
        row("a", "beds", 390, "横琴医院", fact_id="f2", baseline="f1")]))
    assert found["深圳"][0].text == "横琴医院：床位数 390张，较此前（198张）增加192张"


def test_a_rate_changes_in_percentage_points_and_a_decline_is_a_decrease():
    found = headlines.region_headlines(facts_of([
        row("a", "mortality_rate", 3.1, "深圳", "2022", unit="per_mille"),
        row("b", "mortality_rate", 2.5, "深圳", "2023", unit="per_mille")]))
    assert found["深圳"][0].text.endswith("较2022（3.1‰）减少0.6‰")


def test_plans_are_listed_apart_and_never_as_a_current_value():
    rows = [row("a", "beds", 500, "甲医院", "2023"),
            row("b", "beds", 800, "甲医院", "2025", status="planned")]
    facts = facts_of(rows)
    assert [h.text for h in headlines.region_headlines(facts)["深圳"]] == [
        "甲医院：床位数 500张（2023）"]
    assert [h.text for h in headlines.region_plans(facts)["深圳"]] == [
        "甲医院：计划床位数 800张（2025）"]


def test_a_plans_own_length_is_not_listed_as_a_target():
    """计划三年时间，培养100名全科医师: the three years are the span of the target, not one."""
    rows = [row("a", "duration", 3, "黄埔区", status="planned", unit="年"),
            row("a", "doctors", 100, "黄埔区", status="planned", unit="名")]
    assert [h.text for h in headlines.region_plans(facts_of(rows))["深圳"]] == [
        "黄埔区：计划医生人数 100名"]


def test_the_first_page_links_every_sentence_to_its_articles_and_escapes_text():
    rows = [row("a", "beds", 500, "<b>甲</b>医院", "2023")]
    page = headlines.first_page_html(DOCS, facts_of(rows))
    assert '<a class="src" href="#doc-a">[2023-01-05]</a>' in page
    assert "&lt;b&gt;甲&lt;/b&gt;医院" in page and "<b>" not in page
    assert "共 3 篇文章（2023-01-05 至 2024-06-01），2 个地区：深圳 2篇、珠海 1篇" in page


def test_the_first_page_shows_days_of_a_datetime64_column_not_midnights():
    """The loaders' datetime64 dates came out as "[2023-01-05 00:00:00]" on the first page."""
    documents = DOCS.assign(published=pd.to_datetime(DOCS["published"]))
    page = headlines.first_page_html(documents, facts_of([row("a", "beds", 500, "甲医院")]))
    assert '<a class="src" href="#doc-a">[2023-01-05]</a>' in page
    assert "（2023-01-05 至 2024-06-01）" in page and "00:00" not in page


def test_what_is_new_since_the_last_build():
    facts = facts_of([row("a", "beds", 500, "甲医院"), row("c", "doctors", 30, "乙医院", unit="名")])
    news = {"first": False, "new_articles": DOCS[DOCS["doc_id"] == "c"],
            "changed_articles": DOCS.iloc[:0], "removed_articles": ["z"],
            "new_figures": facts.iloc[:1], "removed_figures": 2}
    record = headlines.whats_new_record(news, "2024-05-01T10:00:00+08:00")
    lines = headlines.whats_new_headlines(record, facts, DOCS)
    assert lines[0].text.startswith("自 2024-05-01 10:00 以来：新增 1 篇、修改 0 篇、移除 1 篇")
    assert [h.text for h in lines[1:]] == ["乙医院：医生人数 30名"]
    assert lines[1].sources == ["c"]
    assert headlines.whats_new_headlines(None, facts, DOCS) == []


def test_a_build_records_what_is_new_against_the_reports_it_replaces(tmp_path):
    import json

    from fixtures_reports import fixture_tables

    from analysis import render, whats_new

    documents, metrics = fixture_tables()
    out = tmp_path / "reports"
    render.write_data(documents.iloc[:-1], metrics[metrics["doc_id"] != documents["doc_id"].iloc[-1]],
                      out / "data")
    (out / "reports.json").write_text(json.dumps([{"name": "overview",
                                                   "built": "2024-05-01T10:00:00+08:00"}]))
    stage = tmp_path / "stage"
    stage.mkdir()
    record = json.loads(whats_new.write_record(out, documents, metrics, stage).read_text("utf-8"))
    assert record["first"] is False and record["previous_built"] == "2024-05-01T10:00:00+08:00"
    assert record["new_doc_ids"] == [documents["doc_id"].iloc[-1]]
    assert record["new_figures"] == int((metrics["doc_id"] == documents["doc_id"].iloc[-1]).sum())
    assert headlines.read_whats_new(stage) == record
    first = json.loads(whats_new.write_record(tmp_path / "none", documents, metrics, stage)
                       .read_text("utf-8"))
    assert first["first"] is True
