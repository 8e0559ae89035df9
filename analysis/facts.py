"""Facts: one row per fact, however many times and in however many articles it is stated.

The metrics table has one row per mention; mentions of the same entity, metric, population,
status, period and value share a ``fact_id`` (``analysis/links.py``). Here the entities are made
canonical across the corpus too (横琴医院 in one article, 珠海市人民医院横琴医院 in another: the
fullest form wins where it is the only fuller one), and each fact gathers its sources: the
articles (``doc_ids``), the first and last publication date, the number of mentions. Facts of
the same entity, metric, population, status, period and subject with different values in
different articles are kept apart and marked as conflicting with each other.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pandas as pd

from analysis import regions
from analysis.entities import entity_type, region_of_entity
from analysis.links import fact_id
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


def _text(value) -> str:
    return value if isinstance(value, str) else ""


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


def _fact_key(row: pd.Series) -> tuple[str, ...]:
    high = row["value_high"]
    return (_text(row["entity"]), row["metric"], _text(row["population"]), row["status"],
            _text(row["unit"]), _text(row["period"]), _text(row["period_kind"]),
            repr(float(row["value"])), "" if pd.isna(high) else repr(float(high)))


def _period_kind(period: object) -> str | None:
    """The kind of a period label: ``2023`` year, ``2023-05`` month, ``2023-05-31`` point,
    ``A/B`` range."""
    if not isinstance(period, str) or not period:
        return None
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
        "status": lambda: "actual", "population": lambda: None, "subject": lambda: None,
        "period_start": lambda: pd.to_datetime(pd.Series([b[0] for b in bounds],
                                                         index=mentions.index, dtype=object)),
        "period_end": lambda: pd.to_datetime(pd.Series([b[1] for b in bounds],
                                                       index=mentions.index, dtype=object)),
        "period_kind": lambda: periods.map(_period_kind),
        "entity_type": lambda: mentions["entity"].map(
            lambda n: entity_type(n) if isinstance(n, str) else None),
        "baseline_fact_id": lambda: None, "of_fact_id": lambda: None, "fact_id": lambda: None,
    }
    for column in missing:
        mentions[column] = defaults[column]()
    if "fact_id" in missing:
        mentions["fact_id"] = [fact_id(_fact_key(row)) for _, row in mentions.iterrows()]
    return mentions


def link_facts(documents: pd.DataFrame,
               mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The mentions with entities and fact ids canonical across the corpus, and the facts table
    (``FACT_COLUMNS``) they make."""
    mentions = _with_home(completed(mentions).copy(), documents)
    mapping = canonical_names(mentions["entity"])
    if mapping:
        renamed = mentions["entity"].map(lambda n: mapping.get(n, n) if isinstance(n, str) else n)
        changed = renamed.ne(mentions["entity"]) & renamed.notna()
        ids: dict[str, str] = {}
        for index in mentions.index[changed]:
            row = mentions.loc[index]
            if fact_id(_fact_key(row)) == row["fact_id"]:  # the mention the fact is named after
                named = row.copy()
                named["entity"] = renamed[index]
                ids[row["fact_id"]] = fact_id(_fact_key(named))
        mentions["entity"] = renamed
        mentions["entity_type"] = mentions["entity"].map(
            lambda n: entity_type(n) if isinstance(n, str) else None)
        mentions["region"] = [region_of_entity(e if isinstance(e, str) else None, r)
                              for e, r in zip(mentions["entity"], mentions["region"])]
        for column in ("fact_id", "baseline_fact_id", "of_fact_id"):
            mentions[column] = mentions[column].map(lambda f: ids.get(f, f))
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
    # the fullest mention names the fact: one with a period, else the first
    order = mentions.assign(_dated=mentions["period_end"].isna()).sort_values(
        ["_dated"], kind="stable")
    groups = order.groupby("fact_id", sort=False)
    facts = groups.nth(0).reset_index(drop=True)
    facts["mentions"] = groups.size().reindex(facts["fact_id"]).values
    doc_lists = groups["doc_id"].agg(lambda ids: list(dict.fromkeys(ids)))
    doc_lists = doc_lists.reindex(facts["fact_id"])
    facts["doc_ids"] = doc_lists.map(_SEPARATOR.join).values
    facts["sources"] = doc_lists.map(len).values
    dates = doc_lists.map(lambda ids: published.reindex(ids).dropna())
    facts["first_published"] = dates.map(lambda d: d.min() if len(d) else pd.NaT).values
    facts["last_published"] = dates.map(lambda d: d.max() if len(d) else pd.NaT).values
    facts["region"] = [region_of_entity(e if isinstance(e, str) else None, home.get(d))
                       for e, d in zip(facts["entity"], facts["doc_id"])]
    facts["published"] = published.reindex(facts["doc_id"]).values  # of the naming mention
    facts["conflict"], facts["conflicts_with"] = _conflicts(facts, doc_lists)
    return facts[FACT_COLUMNS].astype(FACT_DTYPES).reset_index(drop=True)


def _conflicts(facts: pd.DataFrame, doc_lists: pd.Series) -> tuple[list[bool], list[str]]:
    """Facts of the same key and subject with other values, stated in other articles."""
    keys = facts[_KEY + ["subject"]].astype("object").where(facts[_KEY + ["subject"]].notna(), "")
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for position, key in enumerate(map(tuple, keys.astype(str).values)):
        by_key[key].append(position)
    docs = [set(ids) for ids in doc_lists]
    ids = facts["fact_id"].tolist()
    others: list[list[str]] = [[] for _ in ids]
    for positions in by_key.values():
        for a in positions:
            for b in positions:
                if a != b and not docs[a] & docs[b]:
                    others[a].append(ids[b])
    return [bool(o) for o in others], [_SEPARATOR.join(o) for o in others]
