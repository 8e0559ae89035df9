"""Which figures go on one chart: like with like, and how each group is best shown.

A chart holds facts (``fact_table.facts``) of one metric, one thing counted (``charts.figure_names``),
one status, one population, one kind of entity, one period kind and one unit. Plans and targets
are never charted (the first page lists them). In a group, before → after pairs become a
``pairs`` chart (dumbbell); entities stated at several dates a ``lines`` chart (one line per
entity, a marker per fact); the rest ``bars`` of each entity's latest value. Only the top
entities are shown, the rest counted ("N more in the data files"); a group spanning more than
``LOG_SPAN`` times is drawn on a labelled log axis; a group of one value is a sentence instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from analysis import charts
from analysis import facts as fact_table
from analysis.charts import ChartPlan
from analysis.metrics import MAX_VALUE

TOP_BARS = 10
TOP_LINES = 6
TOP_PAIRS = 8
LOG_SPAN = 100.0
NOT_CHARTED = frozenset({"other", "duration"})
UNSEEN = "（未注明机构）"
# Counters of people: one unit for grouping (the label keeps the counter as stated).
_SAME_UNIT = {"名": "人", "位": "人"}
_DATED = frozenset({"point", "month", "year"})
_EARLIEST = pd.Timestamp("1900-01-01")
GROUP = ("metric", "name", "status", "population", "entity_type", "period_kind", "unit_group")


@dataclass(frozen=True)
class Plan:
    """The charts of a selection, the groups stated in one sentence, and the groups left out."""

    charts: list[ChartPlan]
    sentences: list[str]
    omitted: int


def label_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts with what they count (``name``), a display ``label`` (entity, else the region),
    and the grouping columns."""
    if facts.empty:
        return facts.assign(name=[], label=[], unit_group=[], entity_type=[])
    labels = [charts.as_text(e) or (f"{charts.as_text(r)}{UNSEEN}" if charts.as_text(r)
                                    else UNSEEN) for e, r in zip(facts["entity"], facts["region"])]
    entity_type = (facts["entity_type"].map(charts.as_text) if "entity_type" in facts
                   else pd.Series("", index=facts.index))
    return facts.assign(name=charts.figure_names(facts), label=labels,
                        unit_group=facts["unit"].map(lambda u: _SAME_UNIT.get(
                            charts.as_text(u), charts.as_text(u))),
                        entity_type=entity_type)


def plan(facts: pd.DataFrame, limit: int = 12, order: tuple[str, ...] = ()) -> Plan:
    """The charts for ``facts`` (``fact_table.facts``), at most ``limit``: groups of metrics in
    ``order`` first, then the largest groups; groups of one value become sentences."""
    facts = label_facts(facts)
    facts = facts[~facts["metric"].isin(NOT_CHARTED) & (facts["status"] != "planned")
                  & _plausible(facts["value"])
                  & (facts["value_high"].isna() | _plausible(facts["value_high"]))]
    before = facts[facts["key"].isin(set(facts["baseline_key"]) - {""})]
    after = facts[facts["baseline_key"].isin(set(before["key"]))]
    rest = facts[~facts["key"].isin(set(before["key"]) | set(after["key"]))]
    grouped = rest.groupby(list(GROUP), sort=False, dropna=False)
    # the latest fact of each group of rest, in the groups' order (one sort for all groups)
    latest = latest_first(rest.assign(_group=grouped.ngroup())).drop_duplicates(
        "_group").set_index("_group").sort_index()
    groups = [(True, dict(zip(GROUP, key)), rows)
              for key, rows in after.groupby(list(GROUP), sort=False, dropna=False)]
    paired_groups = len(groups)
    groups += [(False, dict(zip(GROUP, key)), rows) for key, rows in grouped]
    # Only the charts drawn are planned in full (at 1,000 articles a region has ~140 groups
    # and draws 10): a group's rank needs only its key and its number of entities.
    drawn: list[tuple[bool, dict[str, str], pd.DataFrame, int]] = []
    sentences: list[str] = []
    for index, (paired, key, rows) in enumerate(groups):
        entities = rows["label"].nunique()
        if not paired and entities == 1 and not _dated_series(key, rows):
            sentences.append(sentence(latest.iloc[index - paired_groups]))  # one value
        else:
            drawn.append((paired, key, rows, entities))
    rank = {m: i for i, m in enumerate(order)}
    drawn.sort(key=lambda g: (rank.get(g[1]["metric"], len(rank)), -g[3], g[1]["name"],
                              g[1]["status"]))
    made = [_pairs(key, rows, before) if paired else _chart_of(key, rows)
            for paired, key, rows, _ in drawn[:limit]]
    return Plan(made, sentences, max(0, len(drawn) - limit))


def _dated_series(key: dict[str, str], group: pd.DataFrame) -> bool:
    """Whether some entity of the group is stated at several dates (a lines chart)."""
    return key["period_kind"] in _DATED and bool(
        (group.groupby("label")["period_start"].nunique() > 1).any())


def _plausible(values: pd.Series) -> pd.Series:
    """Which values a chart can draw: finite and within ``MAX_VALUE`` (a table made elsewhere
    may hold anything; an infinite axis would fail the whole report)."""
    return pd.to_numeric(values, errors="coerce").astype(float).abs() <= MAX_VALUE


def sentence(fact: pd.Series) -> str:
    """One fact as a sentence: ``横琴医院：床位数 300张（2023）``."""
    period = charts.as_text(fact["period"])
    value = charts.format_figure(fact["value"], fact["value_high"], fact["unit"],
                                 fact["qualifier"])
    status = "" if fact["status"] == "actual" else f"{fact_table.STATUS_LABELS[fact['status']]} "
    return f"{fact['label']}：{fact['name']} {status}{value}" + (f"（{period}）" if period else "")


def _chart_of(key: dict[str, str], group: pd.DataFrame) -> ChartPlan:
    """A lines chart when some entity is stated at several dates, else bars."""
    if _dated_series(key, group):
        return _lines(key, group, group.groupby("label")["period_start"].nunique())
    return _bars(key, group)


def _chart(kind: str, key: dict[str, str], shown: pd.DataFrame, sources: pd.DataFrame,
           entities: int, shown_entities: int, values: pd.Series) -> ChartPlan:
    dates = sorted(d for d in map(fact_table.dated, sources["published"]) if d is not None)
    articles = len({d for ids in sources["doc_ids"] for d in ids})
    positive = values[values > 0]
    log = bool(len(positive) == len(values) and len(values) > 1
               and positive.max() / positive.min() > LOG_SPAN)
    return ChartPlan(kind, key["metric"], key["name"], key["status"], key["population"],
                     key["period_kind"], charts.as_text(shown["unit"].iloc[0]), shown, entities,
                     shown_entities, articles, dates[0] if dates else None,
                     dates[-1] if dates else None, log, charts.as_text(key["entity_type"]))


def latest_first(rows: pd.DataFrame) -> pd.DataFrame:
    """Facts sorted by the end of their period, then by the date an article stated them, the
    latest first (facts without a period or date last)."""
    published = rows["published"].map(lambda d: d if isinstance(d, date) else date.min)
    return rows.assign(_end=rows["period_end"].fillna(_EARLIEST), _pub=published).sort_values(
        ["_end", "_pub"], ascending=False, kind="stable").drop(columns=["_end", "_pub"])


def _bars(key: dict[str, str], group: pd.DataFrame) -> ChartPlan:
    """Each entity's latest fact, the largest ``TOP_BARS`` of them."""
    latest = latest_first(group).drop_duplicates("label")
    shown = latest.sort_values("value", ascending=False, kind="stable").head(TOP_BARS)
    high = shown["value_high"].where(shown["value_high"].notna(), shown["value"])
    return _chart("bars", key, shown, group, len(latest), len(shown),
                  pd.concat([shown["value"], high]))


def _lines(key: dict[str, str], group: pd.DataFrame, points: pd.Series) -> ChartPlan:
    """The ``TOP_LINES`` entities with the most dated facts, one value per date for each."""
    rows = group[group["period_start"].notna()]
    latest = latest_first(rows).drop_duplicates("label").set_index("label")["value"]
    ranked = sorted(points.index, key=lambda e: (-points[e], -latest.get(e, 0), e))
    keep = ranked[:TOP_LINES]
    shown = latest_first(rows[rows["label"].isin(keep)]).drop_duplicates(
        ["label", "period_start"])  # one value per date: the latest article's
    shown = shown.sort_values(["label", "period_start"], kind="stable")
    return _chart("lines", key, shown, group, len(points), len(keep), shown["value"])


def _pairs(key: dict[str, str], after: pd.DataFrame, before: pd.DataFrame) -> ChartPlan:
    """Each later value with its baseline (``before_value``, ``before_period``), the largest
    ``TOP_PAIRS`` changes by their later value."""
    base = before.drop_duplicates("key").set_index("key")
    before = before[before["key"].isin(set(after["baseline_key"]))]
    pairs = after.assign(before_value=after["baseline_key"].map(base["value"]),
                         before_period=after["baseline_key"].map(base["period"]),
                         before_unit=after["baseline_key"].map(base["unit"]),
                         before_qualifier=after["baseline_key"].map(base["qualifier"]))
    pairs = pairs.drop_duplicates("label")
    shown = pairs.sort_values("value", ascending=False, kind="stable").head(TOP_PAIRS)
    sources = pd.concat([after, before])
    return _chart("pairs", key, shown, sources, len(pairs), len(shown),
                  pd.concat([shown["value"], shown["before_value"]]))
