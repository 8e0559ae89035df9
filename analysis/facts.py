"""Facts: one row per fact, however many times and in however many articles it is stated.

The metrics table has one row per mention; mentions of the same entity, metric, population,
status, period and value share a ``fact_id`` (``analysis/links.py``). Here the entities are made
canonical across the corpus too (横琴医院 in one article, 珠海市人民医院横琴医院 in another: the
fullest form wins where it is the only fuller one), and each fact gathers its sources: the
articles (``doc_ids``), the first and last publication date, the number of mentions. Facts of
the same entity, metric, population, status, period and subject with different values in
different articles are kept apart and marked as conflicting with each other.

The reports read the same columns through ``with_meaning`` (a table made by hand or by an older
version gets them filled in: ``completed``) and fold mentions with ``facts``.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import regions
from analysis.entities import entity_type, region_of_entity
from analysis.links import fact_id, fact_key
from analysis.periods import period_bounds
from analysis.pipeline import load_tables

FACT_DTYPES = {
    "fact_id": "str", "metric": "str", "value": "float64", "value_high": "float64",
    "unit": "str", "qualifier": "str", "status": "str", "entity": "str", "entity_type": "str",
    "region": "str", "published": "datetime64[ns]", "population": "str", "subject": "str", "period": "str",
    "period_start": "datetime64[ns]", "period_end": "datetime64[ns]", "period_kind": "str",
    "baseline_fact_id": "str", "of_fact_id": "str", "mentions": "int64", "sources": "int64",
    "doc_ids": "str", "first_published": "datetime64[ns]", "last_published": "datetime64[ns]",
    "doc_id": "str", "quote": "str", "conflict": "bool", "conflicts_with": "str",
}
FACT_COLUMNS = list(FACT_DTYPES)
_KEY = ["entity", "metric", "population", "status", "unit", "period_start", "period_end"]
_SEPARATOR = "|"  # between the doc ids and the conflicting fact ids of one fact
STATUSES = ("actual", "planned", "change", "rate_of_change", "cumulative")
STATUS_LABELS = {"actual": "现状", "planned": "计划/目标", "change": "变化量",
                 "rate_of_change": "变化率", "cumulative": "累计"}
# What the entities of a chart are (``entities.entity_type``): two charts of one metric differ
# by it, and say so.
ENTITY_TYPE_LABELS = {"hospital": "医院", "city": "城市", "district": "区", "region": "地区",
                      "company": "企业", "scheme": "保险", "programme": "项目",
                      "institution": "机构"}
PERIOD_KIND_LABELS = {"point": "时点", "month": "月度", "year": "年度", "range": "时段",
                      "cumulative": "累计至今", "": "未注明时期"}
# A metric whose name says what kind of figure it is, for tables without a status column.
_STATUS_OF_METRIC = {"planned_beds": "planned", "insurance_increase": "change",
                     "insurance_growth": "rate_of_change", "growth": "rate_of_change"}
_KEY_COLUMNS = ["entity", "metric", "population", "status", "unit", "period", "period_kind",
                "period_end", "value", "value_high", "doc_id", "fact_id"]  # what fact_key reads, and the fact id


def canonical_names(names) -> dict[str, str]:
    """Each name -> its fullest form among ``names``: the longest that ends with it, when the
    fuller forms are one chain (横琴医院 < 珠海市人民医院横琴医院); a place -> its official form
    where that is one of the names (罗湖 -> 罗湖区)."""
    names = sorted({n for n in names if isinstance(n, str) and n}, key=len)
    by_ending: dict[str, list[str]] = defaultdict(list)
    for name in names:
        for cut in range(1, len(name) - 1):
            by_ending[name[cut:]].append(name)
    mapping = {}
    for name in names:
        fuller = by_ending.get(name, [])
        longest = fuller[-1] if fuller else None
        if longest and len(name) >= 3 and all(longest.endswith(f) for f in fuller):
            mapping[name] = longest
        else:
            official = [f for f in regions.official_forms(name) if f in by_ending or f in names]
            if official and official[-1] != name:
                mapping[name] = max(official, key=len)
    return mapping


def period_kind(period: object) -> str:
    """The kind of a period label: ``2023`` year, ``2023-05`` month, ``2023-05-31`` point,
    ``A/B`` range; "" for none."""
    if not isinstance(period, str) or not period.strip():
        return ""
    period = period.strip()
    if "/" in period:
        return "range"
    return {1: "year", 2: "month"}.get(period.count("-") + 1, "point")


def completed(mentions: pd.DataFrame) -> pd.DataFrame:
    """A mentions table with every meaning column: one made by hand or by an older version (no
    status, population, dated periods or fact ids) gets the defaults a plain figure has (actual,
    nobody in particular, the dates its period label gives) and fact ids from its key."""
    missing = [c for c in ("status", "population", "subject", "period_start", "period_end",
                           "period_kind",
                           "entity_type", "fact_id", "baseline_fact_id", "of_fact_id")
               if c not in mentions.columns]
    if not missing:
        return mentions
    mentions = mentions.copy()
    periods = mentions["period"] if "period" in mentions.columns else pd.Series(
        None, index=mentions.index, dtype="str")
    bounds = [period_bounds(p) for p in periods]
    defaults = {
        "status": lambda: mentions["metric"].map(lambda m: _STATUS_OF_METRIC.get(m, "actual")),
        "population": lambda: None, "subject": lambda: None,
        "period_start": lambda: pd.to_datetime(pd.Series([b[0] for b in bounds],
                                                         index=mentions.index, dtype=object)),
        "period_end": lambda: pd.to_datetime(pd.Series([b[1] for b in bounds],
                                                       index=mentions.index, dtype=object)),
        "period_kind": lambda: periods.map(lambda p: period_kind(p) or None),
        "entity_type": lambda: mentions["entity"].map(
            lambda n: entity_type(n) if isinstance(n, str) else None),
        "baseline_fact_id": lambda: None, "of_fact_id": lambda: None, "fact_id": lambda: None,
    }
    for column in missing:
        mentions[column] = defaults[column]()
    if "fact_id" in missing:
        mentions["fact_id"] = [fact_id(fact_key(row)) for row in mentions.to_dict("records")]
    return mentions


def link_facts(documents: pd.DataFrame,
               mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The mentions with entities and fact ids canonical across the corpus, and the facts table
    (``FACT_COLUMNS``) they make."""
    mentions = _with_home(completed(mentions).copy(), documents)
    mapping = canonical_names(mentions["entity"].dropna().unique())  # each name once
    if mapping:
        renamed = mentions["entity"].map(lambda n: mapping.get(n, n) if isinstance(n, str) else n)
        changed = renamed.ne(mentions["entity"]) & renamed.notna()
        ids: dict[str, str] = {}
        rows = mentions.loc[changed, _KEY_COLUMNS].to_dict("records")  # plain dicts: fast
        for row, name in zip(rows, renamed[changed]):
            if fact_id(fact_key(row)) == row["fact_id"]:  # the mention the fact is named after
                ids[row["fact_id"]] = fact_id(fact_key({**row, "entity": name}))
        mentions["entity"] = renamed
        types = {n: entity_type(n) for n in renamed.dropna().unique()}  # once per name
        mentions["entity_type"] = renamed.map(types)
        mentions["region"] = [region_of_entity(e if isinstance(e, str) else None, r)
                              for e, r in zip(mentions["entity"].tolist(),  # lists: fast
                                              mentions["region"].tolist())]
        for column in ("fact_id", "baseline_fact_id", "of_fact_id"):
            hit = mentions[column].isin(list(ids))
            mentions.loc[hit, column] = mentions.loc[hit, column].map(ids).values
    return mentions, _facts(documents, mentions)


def _with_home(mentions: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Mentions with ``region`` and ``published`` (made by hand or by an older version: from
    their article, the region through their entity)."""
    if "region" in mentions.columns and "published" in mentions.columns:
        return mentions
    docs = documents.drop_duplicates("doc_id").set_index("doc_id")
    if "published" not in mentions.columns:
        mentions["published"] = pd.to_datetime(mentions["doc_id"].map(docs["published"]),
                                               errors="coerce")
    if "region" not in mentions.columns:
        home = mentions["doc_id"].map(docs["region"])
        mentions["region"] = [region_of_entity(e if isinstance(e, str) else None,
                                               h if isinstance(h, str) else None)
                              for e, h in zip(mentions["entity"], home)]
    return mentions


def build_facts(documents: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per fact of the mentions of ``documents`` (see ``link_facts``)."""
    return link_facts(documents, mentions)[1]


def load_facts(folder: str | Path) -> pd.DataFrame:
    """The facts table of every article in a folder."""
    return build_facts(*load_tables(folder))


def _facts(documents: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    if mentions.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in FACT_DTYPES.items()})
    published = pd.to_datetime(pd.Series(documents["published"].values,
                                         index=documents["doc_id"]), errors="coerce")
    published = published[~published.index.duplicated()]
    home = pd.Series(documents["region"].values, index=documents["doc_id"])
    home = home[~home.index.duplicated()]
    # the fullest mention names the fact: one with a period, else the first (only the two
    # columns the order is read for are put in it; the naming rows are taken once)
    position = np.argsort(mentions["period_end"].isna().to_numpy(), kind="stable")
    order = mentions[["fact_id", "doc_id"]].take(position).reset_index(drop=True)
    groups = order.groupby("fact_id", sort=False)
    facts = mentions.take(position[groups.nth(0).index.to_numpy()]).reset_index(drop=True)
    facts["mentions"] = groups.size().reindex(facts["fact_id"]).values
    sources = order.drop_duplicates()  # each fact's articles, in order
    by_fact: dict[str, list[str]] = defaultdict(list)
    for fact, doc in zip(sources["fact_id"].tolist(), sources["doc_id"].tolist()):
        by_fact[fact].append(doc)
    doc_lists = pd.Series([by_fact[f] for f in facts["fact_id"].tolist()],
                          index=facts["fact_id"], dtype=object)
    facts["doc_ids"] = doc_lists.map(_SEPARATOR.join).values
    facts["sources"] = doc_lists.map(len).values
    dates = sources["doc_id"].map(published).groupby(sources["fact_id"], sort=False)
    facts["first_published"] = dates.min().reindex(facts["fact_id"]).values
    facts["last_published"] = dates.max().reindex(facts["fact_id"]).values
    home_of = home.to_dict()
    facts["region"] = [region_of_entity(e if isinstance(e, str) else None, home_of.get(d))
                       for e, d in zip(facts["entity"].tolist(), facts["doc_id"].tolist())]
    facts["published"] = published.reindex(facts["doc_id"]).values  # of the naming mention
    facts["conflict"], facts["conflicts_with"] = _conflicts(facts, doc_lists)
    return facts[FACT_COLUMNS].astype(FACT_DTYPES).reset_index(drop=True)


def _conflicts(facts: pd.DataFrame, doc_lists: pd.Series) -> tuple[list[bool], list[str]]:
    """Facts of the same key and subject with other values, stated in other articles: each
    fact's list is the facts of its key that share no article with it, in order. Linear in what
    it writes: a fact that shares no article cuts itself out of its key's joined list; facts of
    the same articles compute their list once."""
    # a key's columns as plain values, a missing one as "" (a date as its integer, NaT apart)
    columns = [facts[c].values.view("int64").tolist() if facts[c].dtype.kind == "M"
               else facts[c].fillna("").tolist() for c in _KEY + ["subject"]]
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for position, key in enumerate(zip(*columns)):
        by_key[key].append(position)
    docs = doc_lists.tolist()  # sets made only for the facts that share a key: few
    ids = facts["fact_id"].tolist()
    others = [""] * len(ids)
    for positions in by_key.values():
        if len(positions) > 1:
            _key_conflicts(positions, ids, docs, others)
    return [bool(o) for o in others], others


def _key_conflicts(positions: list[int], ids: list[str], doc_lists: list[list[str]],
                   others: list[str]) -> None:
    """``others`` of the facts at ``positions`` (one key): the ids of the key's facts that
    share no article with each (``doc_lists``: the articles of each fact)."""
    docs = {p: frozenset(doc_lists[p]) for p in positions}
    named = [ids[p] for p in positions]
    joined = _SEPARATOR.join(named)
    starts = list(itertools.accumulate((len(n) + 1 for n in named[:-1]), initial=0))
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(positions):
        for doc in docs[p]:
            by_doc[doc].append(i)
    alone = {doc for doc, shared in by_doc.items() if len(shared) == 1}
    lists: dict[frozenset, str] = {}  # facts of the same articles: one list
    for i, p in enumerate(positions):
        if docs[p] <= alone:  # no other fact of the key shares an article: all but itself
            start, end = starts[i], starts[i] + len(named[i])
            others[p] = joined[:max(start - 1, 0)] + joined[end + (start == 0):]
            continue
        if docs[p] not in lists:
            sharing = set().union(*(by_doc[doc] for doc in docs[p]))
            lists[docs[p]] = _SEPARATOR.join(n for j, n in enumerate(named) if j not in sharing)
        others[p] = lists[docs[p]]


def _blank(value: object) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def with_meaning(metrics: pd.DataFrame) -> pd.DataFrame:
    """``metrics`` with every meaning column present (``completed``), as the reports read them:
    status "" is actual, no population is "", the period dates datetime64; a table without
    entity types gets none (its charts are not split by type)."""
    rows = completed(metrics).copy()
    if "entity_type" not in metrics.columns:
        rows = rows.drop(columns="entity_type")
    rows["status"] = rows["status"].map(lambda s: _blank(s) or "actual")
    rows["population"] = rows["population"].map(_blank)
    rows["period_kind"] = rows["period_kind"].map(_blank)
    rows["period_start"] = pd.to_datetime(rows["period_start"], errors="coerce")
    rows["period_end"] = pd.to_datetime(rows["period_end"], errors="coerce")
    for column in ("baseline_fact_id", "of_fact_id"):
        rows[column] = rows[column].map(_blank)
    return rows


def dated(value: object) -> date | None:
    """A publication date as a ``date`` (a timestamp's day: the datetime64 column's values
    printed "2024-09-10 00:00:00"); None for None, NaT and anything else."""
    if not isinstance(value, date) or pd.isna(value):
        return None
    return value.date() if isinstance(value, datetime) else value


def facts(metrics: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The reports' view of the facts of ``with_meaning(metrics)`` — figures stating the same
    metric, status, population, entity, period and value, in any article, are one — with its
    ``key`` (``links.fact_key``), the article's ``region``, ``doc_ids`` (every article stating
    it), ``mentions``, ``published`` (the last date an article stated it, None when none is
    dated) and ``baseline_key``, the key of the fact it is the later value of, or ""."""
    rows = with_meaning(metrics)
    keys = [fact_id(fact_key(r)) for r in rows.to_dict("records")]
    # mentions the linking made one fact (a place and an institution in it stating one figure)
    # stay one: each takes the key of its fact's first mention
    first_key: dict[str, str] = {}
    for fact, key in zip(rows["fact_id"].map(_blank), keys):
        if fact:
            first_key.setdefault(fact, key)
    rows["key"] = [first_key.get(f, k) for f, k in zip(rows["fact_id"].map(_blank), keys)]
    if rows.empty:
        return rows.assign(region="", doc_ids=[], mentions=0, published=None, baseline_key="")
    docs = documents.drop_duplicates("doc_id").set_index("doc_id")
    published = rows["doc_id"].map(docs["published"]).map(dated)
    rows = rows.assign(region=rows["doc_id"].map(docs["region"]).map(_blank), _published=published)
    key_of = dict(zip(rows["fact_id"], rows["key"]))
    # each fact named by the entity most of its mentions give (前海 three times, 深圳市 once)
    named = rows["entity"].map(_blank)
    votes = named.groupby([rows["key"], named], sort=False).transform("size")
    order = pd.Series(range(len(rows)), index=rows.index)
    chosen = (pd.DataFrame({"key": rows["key"], "votes": -votes, "order": order})
              .sort_values(["votes", "order"], kind="stable").drop_duplicates("key").index)
    grouped = rows.groupby("key", sort=False)
    first = rows.loc[sorted(chosen, key=order.get)].set_index("key").reindex(grouped.size().index)
    first["doc_ids"] = grouped["doc_id"].agg(lambda s: list(dict.fromkeys(s)))
    first["mentions"] = grouped.size()
    first["published"] = grouped["_published"].agg(
        lambda s: max((d for d in s if d is not None), default=None))
    first["baseline_key"] = first["baseline_fact_id"].map(lambda f: key_of.get(f, "") if f else "")
    return first.drop(columns="_published").reset_index()
