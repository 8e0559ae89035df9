"""The meaning columns of the metrics table as the reports read them, filled in when missing.

The extractor's facts layer puts on every mention row a ``status`` (actual, planned, change,
rate_of_change, cumulative), the ``population`` counted, ``period_start``/``period_end`` and a
``period_kind`` (point, month, year, range, cumulative), a ``fact_id`` and the ``baseline_fact_id``
of a before → after pair. ``with_meaning`` gives the reports those columns whatever table they
get: a column that is missing is derived (status from the few metrics whose name says it, else
actual; no population; the period kind and dates from the ``period`` string; a fact id from what
the figure states). ``facts`` folds the mentions into one row per fact with its articles.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime

import pandas as pd

STATUSES = ("actual", "planned", "change", "rate_of_change", "cumulative")
STATUS_LABELS = {"actual": "现状", "planned": "计划/目标", "change": "变化量",
                 "rate_of_change": "变化率", "cumulative": "累计"}
PERIOD_KIND_LABELS = {"point": "时点", "month": "月度", "year": "年度", "range": "时段",
                      "cumulative": "累计至今", "": "未注明时期"}
# What the entities of a chart are (``entities.entity_type``): two charts of one metric differ
# by it, and say so.
ENTITY_TYPE_LABELS = {"hospital": "医院", "city": "城市", "district": "区", "region": "地区",
                      "company": "企业", "scheme": "保险", "programme": "项目",
                      "institution": "机构"}
# A metric whose name says what kind of figure it is, for tables without a status column.
_STATUS_OF_METRIC = {"planned_beds": "planned", "insurance_increase": "change",
                     "insurance_growth": "rate_of_change", "growth": "rate_of_change"}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
FACT_KEY = ("metric", "status", "population", "entity", "period", "value", "value_high", "unit")


def _text(value: object) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def period_kind(period: object) -> str:
    """The kind of a ``period`` string: point (a day), month, year, range (``a/b``), or ""."""
    text = _text(period).strip()
    if _DAY.match(text):
        return "point"
    if _MONTH.match(text):
        return "month"
    if _YEAR.match(text):
        return "year"
    return "range" if "/" in text else ""


def _bound(text: str, end: bool) -> pd.Timestamp:
    """The first (or last) day of a day, month or year string; NaT for anything else."""
    if _DAY.match(text):
        return pd.Timestamp(text)
    if _MONTH.match(text):
        start = pd.Timestamp(text + "-01")
        return start + pd.offsets.MonthEnd(0) if end else start
    if _YEAR.match(text):
        return pd.Timestamp(f"{text}-12-31" if end else f"{text}-01-01")
    return pd.NaT


def period_bounds(period: object) -> tuple[pd.Timestamp, pd.Timestamp]:
    """First and last day of a ``period`` string (``2023``, ``2024-03``, ``2019-12/2021-04-19``)."""
    text = _text(period).strip()
    first, _, last = text.partition("/")
    return _bound(first, False), _bound(last or first, True)


def with_meaning(metrics: pd.DataFrame) -> pd.DataFrame:
    """``metrics`` with every meaning column present: those the table has are kept as they are."""
    rows = metrics.copy()
    if "status" not in rows:
        rows["status"] = rows["metric"].map(lambda m: _STATUS_OF_METRIC.get(m, "actual"))
    rows["status"] = rows["status"].map(lambda s: _text(s) or "actual")
    rows["population"] = (rows["population"].map(_text) if "population" in rows
                          else pd.Series("", index=rows.index, dtype=object))
    if "period_kind" not in rows:
        rows["period_kind"] = rows["period"].map(period_kind)
    rows["period_kind"] = rows["period_kind"].map(_text)
    if "period_start" not in rows or "period_end" not in rows:
        bounds = [period_bounds(p) for p in rows["period"]]
        rows["period_start"] = pd.to_datetime(pd.Series([b[0] for b in bounds], index=rows.index))
        rows["period_end"] = pd.to_datetime(pd.Series([b[1] for b in bounds], index=rows.index))
    else:
        rows["period_start"] = pd.to_datetime(rows["period_start"], errors="coerce")
        rows["period_end"] = pd.to_datetime(rows["period_end"], errors="coerce")
    if "fact_id" not in rows:
        rows["fact_id"] = [_fact_id(r) for r in rows[list(FACT_KEY)].itertuples(index=False)]
    for column in ("baseline_fact_id", "of_fact_id"):
        rows[column] = rows[column].map(_text) if column in rows else ""
    return rows


def dated(value: object) -> date | None:
    """A publication date as a ``date`` (a timestamp's day: the datetime64 column's values
    printed "2024-09-10 00:00:00"); None for None, NaT and anything else."""
    if not isinstance(value, date) or pd.isna(value):
        return None
    return value.date() if isinstance(value, datetime) else value


def _fact_id(values: tuple) -> str:
    key = "\x1f".join(_text(v) if not isinstance(v, float) else repr(v) for v in values)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def facts(metrics: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per fact of ``with_meaning(metrics)`` — figures stating the same metric, status,
    population, entity, period and value, in any article, are one — with its ``key``, the
    article's ``region``, ``doc_ids`` (every article stating it), ``mentions``, ``published``
    (the last date an article stated it, None when none is dated) and ``baseline_key``, the key
    of the fact it is the later value of (before → after), or ""."""
    rows = with_meaning(metrics)
    rows["key"] = [_fact_id(r) for r in rows[list(FACT_KEY)].itertuples(index=False)]
    if rows.empty:
        return rows.assign(region="", doc_ids=[], mentions=0, published=None, baseline_key="")
    docs = documents.drop_duplicates("doc_id").set_index("doc_id")
    published = rows["doc_id"].map(docs["published"]).map(dated)
    rows = rows.assign(region=rows["doc_id"].map(docs["region"]).map(_text), _published=published)
    key_of = dict(zip(rows["fact_id"], rows["key"]))
    grouped = rows.groupby("key", sort=False)
    first = grouped.head(1).set_index("key")
    first["doc_ids"] = grouped["doc_id"].agg(lambda s: list(dict.fromkeys(s)))
    first["mentions"] = grouped.size()
    first["published"] = grouped["_published"].agg(
        lambda s: max((d for d in s if d is not None), default=None))
    first["baseline_key"] = first["baseline_fact_id"].map(lambda f: key_of.get(f, "") if f else "")
    return first.drop(columns="_published").reset_index()
