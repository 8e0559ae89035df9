"""The first page of a report: what the articles cover, the headline facts of each region with
their change against the previous value, the plans apart, and what is new since the last build.

Sentences are generated from the facts (``fact_table.facts``), e.g.
``前海：三级以上医院 4家（2024-04），较2023年（3家）增加1家 [1][2]``; every one links to the
articles it comes from (anchors ``#doc-<doc_id>`` in the report's article list). The HTML is
built and escaped here: nothing from an article reaches the page as markup.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from analysis import charts
from analysis import facts as fact_table
from analysis.chart_plan import NOT_CHARTED, label_facts, latest_first

KEY_METRICS = ("beds", "patient_visits", "admissions", "patients", "doctors", "nurses",
               "institutions", "insurance_enrolment", "pension_recipients", "mortality_rate",
               "procedures")
PER_REGION = 4
PLANS_PER_REGION = 3
NEW_SHOWN = 8
WHATS_NEW_FILE = "whats_new.json"
UNKNOWN_REGION = "未知地区"
_DATED = frozenset({"point", "month", "year"})
_COLUMNS = ("key", "baseline_key", "metric", "name", "label", "region", "status", "value",
            "value_high", "unit", "qualifier", "period", "period_kind", "period_end", "published",
            "doc_ids")


@dataclass(frozen=True)
class Headline:
    """One generated sentence and the articles (doc_ids) it comes from."""

    text: str
    sources: list[str] = field(default_factory=list)


def coverage(documents: pd.DataFrame, facts: pd.DataFrame) -> str:
    """What the selection covers, in one sentence: articles, dates, regions, facts."""
    dates = sorted(d for d in map(fact_table.dated, documents["published"]) if d is not None)
    span = "" if not dates else f"（{dates[0]} 至 {dates[-1]}）"
    regions = documents["region"].map(charts.as_text).replace("", UNKNOWN_REGION).value_counts()
    listed = "、".join(f"{r} {n}篇" for r, n in regions.items())
    return (f"共 {len(documents)} 篇文章{span}，{len(regions)} 个地区：{listed}；"
            f"{len(facts)} 项不同的数字 distinct facts。")


def _labelled(facts: pd.DataFrame) -> pd.DataFrame:
    return facts if "label" in facts else label_facts(facts)


def _planned(name: str) -> str:
    return name if name.startswith(("计划", "规划", "拟")) else f"计划{name}"


def _figure(row: pd.Series, prefix: str = "") -> str:
    return charts.format_figure(row[prefix + "value"], row.get(prefix + "value_high"),
                                row[prefix + "unit"], row[prefix + "qualifier"])


def _change(latest: pd.Series, previous: pd.Series) -> str:
    """``较2021年（4,800张）增加526张``: the later value against the earlier one."""
    delta = latest["value"] - previous["value"]
    period = charts.as_text(previous["period"])
    when = f"{period}" if period else "此前"
    unit = charts.as_text(latest["unit"])
    if delta == 0:
        return f"与{when}（{_figure(previous)}）持平"
    verb = "增加" if delta > 0 else "减少"
    amount = (f"{charts.format_number(abs(delta))}个百分点" if unit == "percent"
              else charts.format_figure(abs(delta), None, unit, "exact"))
    return f"较{when}（{_figure(previous)}）{verb}{amount}"


def _headline(rows: pd.DataFrame, by_key: pd.DataFrame) -> Headline:
    """The latest fact of the most reported entity in ``rows`` (one metric, one region, latest
    first), with its change against its baseline or its previous dated value."""
    counts = rows["label"].value_counts(sort=True)
    entity_rows = rows[rows["label"] == counts.index[0]]  # latest first already
    superseded = entity_rows["key"].isin(set(entity_rows["baseline_key"]))  # an earlier value
    latest = entity_rows[~superseded].iloc[0] if (~superseded).any() else entity_rows.iloc[0]
    sources = list(latest["doc_ids"])
    text = f"{latest['label']}：{latest['name']} {_figure(latest)}"
    period = charts.as_text(latest["period"])
    text += f"（{period}）" if period else ""
    previous = None
    if latest["baseline_key"] and latest["baseline_key"] in by_key.index:
        previous = by_key.loc[latest["baseline_key"]]
    elif latest["period_kind"] in _DATED:
        earlier = entity_rows[(entity_rows["name"] == latest["name"])
                              & (entity_rows["period_kind"] == latest["period_kind"])
                              & (entity_rows["unit"] == latest["unit"])
                              & (entity_rows["period_end"] < latest["period_end"])]
        previous = earlier.iloc[0] if len(earlier) else None
    if previous is not None:
        text += "，" + _change(latest, previous)
        sources += [d for d in previous["doc_ids"] if d not in sources]
    return Headline(text, sources)


def region_headlines(facts: pd.DataFrame) -> dict[str, list[Headline]]:
    """Per region (most articles first), up to ``PER_REGION`` headlines of key metrics (actual
    values), and the plans: ``{region: [Headline, …]}``, plans under ``(region, "plans")``."""
    facts = _labelled(facts)
    if facts.empty:
        return {}
    facts = latest_first(facts[list(_COLUMNS)])
    by_key = facts.drop_duplicates("key").set_index("key")
    regions = facts["region"].replace("", UNKNOWN_REGION)
    found: dict[str, list[Headline]] = {}
    actual = facts[(facts["status"] == "actual") & facts["metric"].isin(KEY_METRICS)]
    groups = dict(list(actual.groupby([regions[actual.index], "metric"], sort=False)))
    for region in regions.value_counts().index:
        lines = [_headline(groups[(region, m)], by_key) for m in KEY_METRICS
                 if (region, m) in groups][:PER_REGION]
        if lines:
            found[region] = lines
    return found


def region_plans(facts: pd.DataFrame) -> dict[str, list[Headline]]:
    """Per region, up to ``PLANS_PER_REGION`` plans and targets, latest stated first."""
    facts = _labelled(facts)
    # a plan's own length (计划三年时间) is the span of its targets, not a target
    plans = facts[(facts["status"] == "planned") & ~facts["metric"].isin(NOT_CHARTED)] \
        if len(facts) else facts
    found: dict[str, list[Headline]] = {}
    for region, rows in plans.groupby(plans["region"].replace("", UNKNOWN_REGION), sort=False):
        rows = rows.sort_values("published", ascending=False, key=lambda s: s.map(
            lambda d: d if isinstance(d, date) else date.min), kind="stable")
        found[str(region)] = [
            Headline(f"{r['label']}：{_planned(r['name'])} {_figure(r)}"
                     + (f"（{charts.as_text(r['period'])}）" if charts.as_text(r["period"]) else ""),
                     list(r["doc_ids"])) for _, r in rows.head(PLANS_PER_REGION).iterrows()]
    return found


def read_whats_new(data_dir: str | Path | None) -> dict | None:
    """The record of what a build found new (``data/whats_new.json``), None without one."""
    path = Path(data_dir) / WHATS_NEW_FILE if data_dir else None
    if path is None or not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def whats_new_record(news: dict, previous_built: str | None) -> dict:
    """What ``whats_new.compare`` found, as the JSON a build keeps in ``data/``."""
    return {"first": bool(news["first"]), "previous_built": previous_built,
            "new_doc_ids": [str(d) for d in news["new_articles"]["doc_id"]],
            "changed_doc_ids": [str(d) for d in news["changed_articles"]["doc_id"]],
            "removed_articles": len(news["removed_articles"]),
            "new_figures": len(news["new_figures"]),
            "removed_figures": int(news["removed_figures"])}


def _minute(stamp: str | None) -> str:
    """A build's ISO time as a reader writes it: ``2024-05-01 10:00`` ("" if unreadable)."""
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M") if stamp else ""
    except ValueError:
        return ""


def whats_new_headlines(record: dict | None, facts: pd.DataFrame,
                        documents: pd.DataFrame) -> list[Headline]:
    """What is new since the last build: counts, then the new articles' headline facts."""
    if record is None:
        return []
    if record["first"]:
        return [Headline("首次生成报告：所有文章均为新增。First build: every article is new.")]
    new_ids = set(record["new_doc_ids"]) | set(record["changed_doc_ids"])
    shown = documents[documents["doc_id"].isin(new_ids)]
    when = _minute(record.get("previous_built")) or "上次生成"
    lines = [Headline(f"自 {when} 以来：新增 {len(record['new_doc_ids'])} 篇、修改 "
                      f"{len(record['changed_doc_ids'])} 篇、移除 {record['removed_articles']} 篇文章；"
                      f"{record['new_figures']} 项新数字，{record['removed_figures']} 项不再出现。",
                      [str(d) for d in shown["doc_id"]][:NEW_SHOWN])]
    fresh = _labelled(facts[facts["doc_ids"].map(lambda ids: bool(new_ids & set(ids)))])
    for _, row in fresh[fresh["metric"].isin(KEY_METRICS)].head(NEW_SHOWN).iterrows():
        status = "" if row["status"] == "actual" else fact_table.STATUS_LABELS[row["status"]] + " "
        lines.append(Headline(f"{row['label']}：{row['name']} {status}{_figure(row)}",
                              list(row["doc_ids"])))
    return lines


def _links(sources: list[str], names: dict[str, str]) -> str:
    """Links to up to four source articles, each named by its date (its doc_id if undated)."""
    more = f'<span class="src">+{len(sources) - 4}</span>' if len(sources) > 4 else ""
    return "".join(f'<a class="src" href="#doc-{html.escape(d)}">[{html.escape(names.get(d, d))}]</a>'
                   for d in sources[:4]) + more


def first_page_html(documents: pd.DataFrame, facts: pd.DataFrame,
                    record: dict | None = None) -> str:
    """The first page as escaped HTML: coverage, headline facts per region, plans, what's new;
    each sentence followed by numbered links to its articles."""
    numbers = {d: str(fact_table.dated(p) or d[:6])
               for d, p in zip(documents["doc_id"], documents["published"])}
    facts = _labelled(facts)
    parts = [f'<p class="coverage">{html.escape(coverage(documents, facts))}</p>']
    headlines, plans = region_headlines(facts), region_plans(facts)
    for heading, css, by_region in (("各地最新数字 Latest figures by region", "headlines", headlines),
                                    ("计划与目标 Plans and targets", "headlines plans", plans)):
        if by_region:
            parts.append(f'<h3>{heading}</h3><dl class="{css}">')
            for region, lines in by_region.items():
                parts.append(f"<dt>{html.escape(region)}</dt>" + "".join(
                    f"<dd>{html.escape(h.text)} {_links(h.sources, numbers)}</dd>" for h in lines))
            parts.append("</dl>")
    news = whats_new_headlines(record, facts, documents)
    if news:
        parts.append('<h3>本次新增 New since the last build</h3><ul class="headlines">'
                     + "".join(f"<li>{html.escape(h.text)} {_links(h.sources, numbers)}</li>"
                               for h in news) + "</ul>")
    return "".join(parts)
