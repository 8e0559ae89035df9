"""The analysts' formats: CSV read back with its BOM, the workbook opened with openpyxl, queries
through the DuckDB file, and the history across builds (none appended by a failed build)."""

from __future__ import annotations

import csv
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from fixtures_reports import fixture_tables
from openpyxl import load_workbook

from analysis import build, export, refresh, render, spreadsheet, whats_new
from analysis.errors import AnalysisError
from analysis.frames import write_table

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
HOSTILE = ['=HYPERLINK("http://x.invalid","点我")', "+86 热线", "-3.2%的降幅", "@SUM(A1)",
           "\t制表开头", "\r回车开头"]


@pytest.mark.parametrize("value, shown", [
    ('=HYPERLINK("http://x.invalid")', '\'=HYPERLINK("http://x.invalid")'),
    ("+86 热线", "'+86 热线"), ("-3.2%", "'-3.2%"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("横琴医院", "横琴医院"), ("a=b", "a=b"), ("", ""), (None, None), (-3.2, -3.2), (7, 7),
])
def test_formula_cells_get_a_leading_quote(value, shown):
    assert spreadsheet.neutralise(value) == shown


def _hostile_documents() -> pd.DataFrame:
    documents, _ = fixture_tables()
    documents = documents.copy()
    documents.loc[:, "title"] = HOSTILE[:4]
    documents.loc[:, "publisher"] = HOSTILE[4:] + ["南方日报", "-"]
    return documents


def test_csv_has_a_bom_neutralised_text_and_numbers_as_numbers(tmp_path):
    _, metrics = fixture_tables()
    metrics = metrics.assign(value=-metrics["value"])  # negative numbers are not text
    out = write_table(metrics, tmp_path / "metrics.csv")
    assert out.read_bytes()[:3] == b"\xef\xbb\xbf"
    back = pd.read_csv(out)
    assert list(back.columns) == list(metrics.columns)  # no "\ufeffdoc_id"
    assert back["value"].tolist() == metrics["value"].tolist()

    out = write_table(_hostile_documents(), tmp_path / "documents.csv")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["title"] for r in rows] == ["'" + t for t in HOSTILE[:4]]
    assert [r["publisher"] for r in rows] == ["'\t制表开头", "'\r回车开头", "南方日报", "'-"]
    assert pd.read_csv(out)["title"].tolist() == ["'" + t for t in HOSTILE[:4]]


def test_parquet_and_duckdb_keep_the_text_exact_csv_and_excel_neutralise_quotes(tmp_path):
    documents = _hostile_documents()
    write_table(documents, tmp_path / "documents.parquet")
    assert pd.read_parquet(tmp_path / "documents.parquet")["title"].tolist() == HOSTILE[:4]
    _, metrics = fixture_tables()
    metrics = metrics.assign(quote=metrics["quote"].where(metrics.index > 0, "=1+1 床位"))
    render.write_data(documents, metrics, tmp_path)
    database = tmp_path / export.DATABASE
    titles = export.query("SELECT title FROM documents ORDER BY doc_id", database)["title"]
    assert titles.tolist() == HOSTILE[:4]
    assert export.query("SELECT quote FROM mentions LIMIT 1", database)["quote"][0] == "=1+1 床位"
    assert pd.read_parquet(tmp_path / "metrics.parquet")["quote"][0] == "=1+1 床位"
    for name in ("metrics.csv", "mentions.csv"):
        assert pd.read_csv(tmp_path / name)["quote"][0] == "'=1+1 床位"
    sheet = load_workbook(tmp_path / export.WORKBOOK)["mentions"]
    assert sheet.cell(2, header_index(sheet, "quote") + 1).value == "'=1+1 床位"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, dict[str, pd.DataFrame]]:
    folder = tmp_path_factory.mktemp("exported") / "data"
    documents, metrics = fixture_tables()
    documents = documents.copy()
    documents.loc[documents["doc_id"] == "d1", "title"] = "=1+1 横琴医院"
    return folder, export.write_exports(folder, documents, metrics)


def test_mentions_carry_region_date_labels_and_period_bounds(exported):
    _, tables = exported
    mentions = tables["mentions"]
    assert pd.api.types.is_datetime64_any_dtype(mentions["published"])
    assert mentions["published"].dt.year.dropna().astype(int).tolist()[:1] == [2021]
    row = mentions[(mentions["metric"] == "doctors") & (mentions["doc_id"] == "d1")].iloc[0]
    assert (row["region"], row["label_zh"], row["label_en"]) == ("珠海", "医生人数", "Doctors")
    dated = mentions.dropna(subset=["period"])
    assert pd.api.types.is_datetime64_any_dtype(dated["period_start"])
    assert (dated["period_start"] <= dated["period_end"]).all()
    assert tables["mentions"]["label_en"].notna().all()


def test_workbook_sheets_headers_types_and_links(exported):
    folder, tables = exported
    book = load_workbook(folder / export.WORKBOOK)
    assert book.sheetnames == list(export.SHEETS)
    for name in export.SHEETS:
        sheet = book[name]
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
        assert sheet.max_row == len(tables[name]) + 1
    mentions = book["mentions"]
    header = [c.value for c in mentions[1]]
    first = {h: c for h, c in zip(header, mentions[2])}
    assert first["value"].data_type == "n" and first["value"].value == 53  # a number, not "53"
    assert first["published"].is_date and first["published"].value.date() == date(2021, 4, 19)
    assert first["report"].value == "region-zhuhai.html"
    assert first["report"].hyperlink.target == "../region-zhuhai.html"
    assert mentions.column_dimensions[chr(ord("A") + header.index("quote"))].width >= 30
    assert mentions.column_dimensions[chr(ord("A") + header.index("value"))].width < 15
    docs = book["documents"]
    titles = [r[header_index(docs, "title")].value for r in docs.iter_rows(min_row=2)]
    assert "'=1+1 横琴医院" in titles  # neutralised in Excel too
    facts = book["facts"]
    fact_header = [c.value for c in facts[1]]
    assert {"fact_id", "doc_ids", "report"} <= set(fact_header)
    links = {r[header_index(docs, "region")].value: r[header_index(docs, "report")].value
             for r in docs.iter_rows(min_row=2)}
    assert links["珠海"] == "region-zhuhai.html" and links["深圳"] == "region-shenzhen.html"


def header_index(sheet, name: str) -> int:
    return [c.value for c in sheet[1]].index(name)


def test_duckdb_tables_and_views_answer_queries(exported):
    folder, tables = exported
    database = folder / export.DATABASE
    counts = export.query("SELECT (SELECT count(*) FROM documents) AS d, "
                          "(SELECT count(*) FROM mentions) AS m, "
                          "(SELECT count(*) FROM facts) AS f, "
                          "(SELECT count(*) FROM dictionary) AS v", database)
    assert counts.iloc[0].tolist() == [4, len(tables["mentions"]), len(tables["facts"]),
                                       len(tables["dictionary"])]
    beds = export.query("SELECT entity, value FROM mentions WHERE metric = 'beds' "
                        "AND entity = '江门市妇幼保健院' ORDER BY value", database)
    assert beds["value"].tolist() == [198.0, 390.0]
    series = export.query("SELECT metric, entity, as_of FROM time_series", database)
    assert len(series) and series.equals(series.sort_values(["metric", "entity", "as_of"]))
    with pytest.raises(AnalysisError, match="gba_health.duckdb: .*nosuch"):
        export.query("SELECT * FROM nosuch", database)
    with pytest.raises(AnalysisError, match="no such database"):
        export.query("SELECT 1", folder / "missing.duckdb")


FACTS = pd.DataFrame({
    "fact_id": ["beds-a", "beds-a-2023", "visits-b"],
    "metric": ["beds", "beds", "patient_visits"], "entity": ["甲医院", "甲医院", "乙中心"],
    "population": [None, None, "港澳居民"], "status": ["stated", "stated", "stated"],
    "period": ["2022", "2023-06", None],
    "period_start": [date(2022, 1, 1), date(2023, 6, 1), None],
    "period_end": [date(2022, 12, 31), date(2023, 6, 30), None],
    "value": [500.0, 650.0, 12000.0], "unit": ["张", "张", "人次"],
    "doc_ids": [["d1"], ["d2", "d3"], "d3"],
    "published": [date(2022, 3, 1), date(2023, 7, 1), date(2024, 4, 11)],
})


def test_latest_facts_is_the_newest_value_per_entity_metric_population_status(tmp_path):
    documents, metrics = fixture_tables()
    export.write_exports(tmp_path, documents, metrics, facts=FACTS)
    latest = export.query("SELECT fact_id, value, label_en FROM latest_facts ORDER BY fact_id",
                          tmp_path / export.DATABASE)
    assert latest.values.tolist() == [["beds-a-2023", 650.0, "Beds"],
                                      ["visits-b", 12000.0, "Patient visits"]]
    sources = export.query("SELECT doc_ids FROM facts WHERE fact_id = 'visits-b'",
                           tmp_path / export.DATABASE)["doc_ids"][0]
    assert list(sources) == ["d3"]


def _built(hours: int) -> datetime:
    return datetime(2026, 1, 1, hours, tzinfo=UTC)


def test_history_after_two_builds_shows_what_changed(tmp_path):
    documents, metrics = fixture_tables()
    first, second = tmp_path / "one", tmp_path / "two"
    export.write_exports(first, documents, metrics, facts=FACTS, built_at=_built(1))
    changed = FACTS.assign(value=[500.0, 700.0, 12000.0])  # one article's figure changed
    export.write_exports(second, documents, metrics, facts=changed.iloc[:2],
                         built_at=_built(2), previous=first)
    database = second / export.DATABASE
    history = export.query("SELECT fact_key, value, first_seen, last_seen, build_time "
                           "FROM history ORDER BY build_time, value", database)
    one, two = pd.Timestamp(2026, 1, 1, 1), pd.Timestamp(2026, 1, 1, 2)
    keys = history["fact_key"].tolist()
    # the key is what a fact is of (metric, entity, population, status, unit, period), not its
    # value: beds of 2023 keep their key from 650 to 700
    assert keys[0] == keys[3] and keys[1] == keys[4] and len(set(keys)) == 3
    assert history.drop(columns="fact_key").values.tolist() == [
        [500.0, one, one, one], [650.0, one, one, one], [12000.0, one, one, one],
        [500.0, one, two, two], [700.0, two, two, two]]
    changes = export.query("SELECT fact_key, previous_value, value FROM history_changes",
                           database)
    assert changes.values.tolist() == [[keys[1], 650.0, 700.0]]
    # the first file is untouched: each build wrote its own copy
    assert len(export.query("SELECT * FROM history", first / export.DATABASE)) == 3


def _fake_render(spec, folder, seeds_dir, data_dir=None, failed_dir=None, notebooks=None):
    (folder / f"{spec.name}.html").write_text("<p>fake</p>", encoding="utf-8")
    (folder / f"{spec.name}.pdf").write_bytes(b"%PDF-fake")
    return folder / f"{spec.name}.html", folder / f"{spec.name}.pdf"


def test_builds_append_history_and_a_failed_build_appends_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(render, "render_report", _fake_render)
    seeds, out = tmp_path / "seeds", tmp_path / "reports"
    shutil.copytree(SEEDS, seeds)
    build.build_reports(seeds, out)
    database = out / "data" / export.DATABASE
    first = export.query("SELECT count(*) AS n, count(DISTINCT build_time) AS b FROM history",
                         database).iloc[0].tolist()
    assert first[0] > 0 and first[1] == 1

    article = next(p for p in sorted(seeds.iterdir()) if "床位" in p.read_text("utf-8"))
    article.write_text(article.read_text("utf-8") + "\n\n医院现有床位9876张。\n", "utf-8")

    def broken(*args, **kwargs):
        raise render.ReportError("notebook overview failed")

    monkeypatch.setattr(render, "render_report", broken)
    with pytest.raises(render.ReportError):
        build.build_reports(seeds, out)
    assert export.query("SELECT count(*) FROM history", database).iloc[0, 0] == first[0]

    monkeypatch.setattr(render, "render_report", _fake_render)
    build.build_reports(seeds, out)
    builds = export.query("SELECT count(DISTINCT build_time) FROM history", database)
    assert builds.iloc[0, 0] == 2
    new = export.query("SELECT value FROM history_changes", database)["value"].tolist()
    assert 9876.0 in new
    with duckdb.connect(str(database), read_only=True) as con:  # still a valid file
        assert con.execute("SELECT count(*) FROM latest_facts").fetchone()[0] > 0


def test_a_refresh_appends_history_and_its_whats_new_page_lists_changed_values(tmp_path,
                                                                              monkeypatch):
    monkeypatch.setattr(render, "render_report", _fake_render)
    seeds, out = tmp_path / "seeds", tmp_path / "reports"
    shutil.copytree(SEEDS, seeds)
    build.build_reports(seeds, out)
    article = next(p for p in sorted(seeds.iterdir()) if "病床数从198张增加至" in
                   p.read_text("utf-8").replace("\n", ""))
    text = article.read_text("utf-8")
    article.write_text(text.replace("\n390张", "\n420张"), "utf-8")
    refresh.refresh(seeds, out)
    database = out / "data" / export.DATABASE
    changes = export.query("SELECT entity, previous_value, value FROM history_changes "
                           "WHERE metric = 'beds'", database)
    assert changes.values.tolist() == [["江门市妇幼保健院", 390.0, 420.0]]
    page = (out / whats_new.PAGE).read_text("utf-8")
    assert "数值变化" in page and "江门市妇幼保健院" in page and "420" in page


def test_a_workbook_that_cannot_be_written_is_one_line_and_leaves_nothing(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(AnalysisError, match=r"book.xlsx: cannot write"):
        export.write_workbook({"dictionary": pd.DataFrame({"a": [1]})}, blocker / "book.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_control_characters_and_long_text_fit_a_cell(tmp_path):
    frame = pd.DataFrame({"text": ["a\x00b\x1fc", "长" * 40_000]})
    out = export.write_workbook({"documents": frame}, tmp_path / "t.xlsx")
    cells = [r[0].value for r in load_workbook(out)["documents"].iter_rows(min_row=2)]
    assert cells == ["abc", "长" * export.EXCEL_CELL]


def test_a_failed_save_keeps_the_previous_workbook_and_a_killed_runs_file_goes(tmp_path,
                                                                             monkeypatch):
    import subprocess
    import sys

    out = export.write_workbook({"documents": pd.DataFrame({"a": [1]})}, tmp_path / "t.xlsx")
    before = out.read_bytes()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (tmp_path / f".t.xlsx.{dead}-0123abcd.tmp").write_text("half")  # a killed run's file

    from openpyxl import Workbook

    real_save = Workbook.save

    def full_disk(self, filename):  # the file half written, then the disk full
        real_save(self, filename)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("openpyxl.Workbook.save", full_disk)
    with pytest.raises(AnalysisError, match=r"t.xlsx: cannot write \(No space left on device\)"):
        export.write_workbook({"documents": pd.DataFrame({"a": [2]})}, out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.xlsx"]
