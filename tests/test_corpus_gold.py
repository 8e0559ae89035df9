"""The development corpus's gold is well formed: every row names a known metric, an anchor found
once in its article on one line, values and dates that parse; every article has a manifest row, a
split and a gold file. Checked without running the extractor, so writers of gold can run it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.vocabulary import data_dictionary

CORPUS = Path(__file__).resolve().parent / "corpus"
COLUMNS = ["doc_id", "metric", "value", "value_high", "unit", "qualifier", "entity", "period",
           "status", "population", "period_start", "period_end", "baseline_anchor", "of_anchor",
           "anchor"]
STATUSES = {"actual", "planned", "change", "rate_of_change", "cumulative"}
QUALIFIERS = {"exact", "approx", "at_least", "at_most", "range"}
ARTICLES = sorted(p for p in (CORPUS / "articles").iterdir() if p.is_file())


def _gold(doc_id: str) -> pd.DataFrame:
    return pd.read_csv(CORPUS / "gold" / f"{doc_id}.csv", dtype=str, keep_default_na=False)


def test_every_article_has_a_manifest_row_a_split_and_a_gold_file():
    manifest = pd.concat([pd.read_csv(p, dtype=str) for p in (CORPUS / "manifests").glob("*.csv")])
    split = pd.read_csv(CORPUS / "split.csv", dtype=str)
    stems = {p.stem for p in ARTICLES}
    assert stems == set(manifest.doc_id) == set(split.doc_id)
    assert set(split.split) <= {"dev", "heldout"}
    assert not manifest.doc_id.duplicated().any() and not split.doc_id.duplicated().any()
    assert {p.stem for p in (CORPUS / "gold").glob("*.csv")} == stems


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_gold_rows_are_well_formed(path: Path):
    text = path.read_text(encoding="utf-8")
    gold = _gold(path.stem)
    assert list(gold.columns) == COLUMNS
    known = set(data_dictionary().metric) | {"furniture"}
    anchors = set(gold.anchor)
    problems = []
    for row in gold.to_dict("records"):
        where = f"{row['doc_id']} [{row['anchor']}]"
        if row["doc_id"] != path.stem:
            problems.append(f"{where}: doc_id is not the file's stem")
        if row["metric"] not in known:
            problems.append(f"{where}: unknown metric {row['metric']!r}")
        if not row["anchor"] or "\n" in row["anchor"] or text.count(row["anchor"]) != 1:
            problems.append(f"{where}: anchor found {text.count(row['anchor'])} times, not once")
        for column in ("value", "value_high"):
            if row[column] and pd.isna(pd.to_numeric(row[column], errors="coerce")):
                problems.append(f"{where}: {column} {row[column]!r} is not a number")
        if not row["value"]:
            problems.append(f"{where}: no value")
        if row["metric"] == "furniture":
            continue
        if row["status"] not in STATUSES:
            problems.append(f"{where}: status {row['status']!r}")
        if row["qualifier"] not in QUALIFIERS:
            problems.append(f"{where}: qualifier {row['qualifier']!r}")
        dates = [pd.Timestamp(row[c]) if row[c] else None for c in ("period_start", "period_end")]
        if all(dates) and dates[0] > dates[1]:
            problems.append(f"{where}: period_start after period_end")
        for column in ("baseline_anchor", "of_anchor"):
            if row[column] and row[column] not in anchors:
                problems.append(f"{where}: {column} names no gold row's anchor")
    assert not problems, "\n".join(problems)
