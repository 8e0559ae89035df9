"""Reports: selections and tables, and the built folder — HTML that loads nothing in a real
browser, PDFs with Chinese text, the index, partial builds, failures that keep the old folder."""

from __future__ import annotations

import hashlib
import html
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from browser import recording_page
from fixtures_reports import ARTICLES, fixture_tables

from analysis import build, regions, render, report
from analysis.errors import AnalysisError, ReportError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def tables():
    return fixture_tables()


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (but failed/) by relative path -> sha256."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "failed" not in p.parts}


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


# --- selections and tables (fast) ---------------------------------------------------------------

def test_select_by_region_metric_and_dates(tables):
    documents, metrics = tables
    assert len(report.select(documents, metrics).documents) == 4
    shenzhen = report.select(documents, metrics, region="深圳", metric="planned_beds")
    assert list(shenzhen.documents["doc_id"]) == ["d3"]
    assert set(shenzhen.metrics["metric"]) == {"planned_beds"} and len(shenzhen.metrics) == 2
    dated = report.select(documents, metrics, since="2022-01-01", until=date(2023, 12, 31))
    assert list(dated.documents["doc_id"]) == ["d2"]  # the undated article is left out
    assert report.select(documents, metrics, region="肇庆").empty
    with pytest.raises(AnalysisError, match="YYYY-MM-DD"):
        report.select(documents, metrics, since="19/04/2021")


def test_describe_names_the_filters_and_counts(tables):
    text = report.describe(report.select(*tables, region="珠海", metric="doctors"))
    assert "地区 珠海" in text and "医生人数（doctors）" in text and "1 篇文章" in text


def test_the_pdf_carries_the_top_of_long_tables_key_metrics_first(tables, monkeypatch):
    monkeypatch.setattr(report, "PRINT_ROWS", 5)
    selection = report.select(*tables)
    page = str(report.facts_list(selection))
    rows = page.split("<tr")[2:]  # after the header row
    assert len(rows) == len(selection.metrics)
    assert [' class="screen-only"' in r.split(">", 1)[0] for r in rows] == [False] * 5 + [True] * (
        len(rows) - 5)
    assert 'data-label="指标">床位数' in rows[0]  # beds is the first key metric
    assert f"PDF 只列出前 5 行，共 {len(rows)} 行" in page
    articles = str(report.articles_list(selection))
    assert all(f'id="doc-{d}"' in articles for d in selection.documents["doc_id"])
    monkeypatch.setattr(report, "PAGE_ROWS", 7)
    page = str(report.facts_list(selection))
    assert page.count("<tr") == 8 and f"本页列出前 7 行，共 {len(rows)} 行" in page


def test_provenance_traces_every_figure_to_its_quote_and_article(tables):
    selection = report.select(*tables)
    table = report.provenance(selection)
    assert len(table) == len(selection.metrics)
    first = table.iloc[0]
    assert first["原文"] == "目前共有53名澳门医生在横琴医院执业。"
    assert first["文章 · doc_id"] == "横琴医院推动珠澳医疗服务融合 · d1"
    assert first["位置"] == "100–118" and first["数字"] == "53名"


def test_articles_and_corpus_counts(tables):
    selection = report.select(*tables)
    articles = report.articles_table(selection)
    assert list(articles["doc_id"]) == ["d1", "d2", "d3", "d4"]  # by date, undated last
    assert list(articles["数字"]) == [9, 2, 6, 7]
    counts = report.corpus_counts(selection)
    assert counts.iloc[0, 1] == "2021：1 · 2022：1 · 2024：1 · 未知日期：1"


def test_undated_articles_say_date_unknown_not_nat(tmp_path):
    """Undated articles showed "NaT" (`1 篇文章（NaT 至 NaT）`) in the index, the overview and its
    PDF: a missing date comes from the documents table as NaT, which passes for a date."""
    from analysis.pipeline import load_documents

    (tmp_path / "a.txt").write_text("深圳市人民医院现有床位500张。\n", "utf-8")
    (tmp_path / "b.txt").write_text("珠海市人民医院现有床位700张。\n", "utf-8")
    documents = load_documents(tmp_path)
    metrics = pd.DataFrame({"doc_id": pd.Series([], dtype=str)})
    undated = report.Selection(documents, metrics)
    assert report.describe(undated) == ("2 篇文章（日期不详 date unknown），0 项数字"
                                        " / 2 articles, 0 figures")
    assert list(report.articles_table(undated)["日期"]) == ["日期不详 date unknown"] * 2
    assert report.corpus_counts(undated).iloc[0, 1] == "未知日期：2"
    documents.loc[0, "published"] = pd.Timestamp(2023, 5, 4)
    mixed = report.Selection(documents, metrics)
    assert "（2023-05-04；1 篇日期不详 date unknown）" in report.describe(mixed)
    assert list(report.articles_table(mixed)["日期"]) == ["2023-05-04", "日期不详 date unknown"]
    index = render.write_index(tmp_path, [], report.articles_table(undated),
                               datetime(2024, 1, 1).astimezone())
    assert "NaT" not in index.read_text("utf-8") and "日期不详" in index.read_text("utf-8")


def test_html_tables_escape_article_text(tables):
    page = report.html_table(report.articles_table(report.select(*tables)))
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.startswith('<div class="table-wrap">')


def test_plan_overview_and_a_drilldown_per_region(tables):
    documents, _ = tables
    names = [s.name for s in build.plan_reports(documents)]
    assert names == ["overview", "region-guangzhou", "region-jiangmen", "region-shenzhen",
                     "region-zhuhai"]
    (only,) = build.plan_reports(documents, region="深圳", since=date(2024, 1, 1))
    assert only.notebook == "drilldown"
    assert only.parameters == {"region": "深圳", "metric": None, "since": "2024-01-01",
                               "until": None}
    assert [s.name for s in build.plan_reports(documents, since=date(2023, 1, 1))] == [
        "overview", "region-shenzhen"]


def test_index_lists_reports_and_escapes_titles(tables, tmp_path):
    documents, _ = tables
    specs = build.plan_reports(documents)
    entries = render.merge_entries([], specs, datetime(2024, 5, 1, 12, 0).astimezone())
    page = render.write_index(tmp_path, entries, report.articles_table(report.select(*tables)),
                              datetime(2024, 5, 1, 12, 0).astimezone()).read_text("utf-8")
    for spec in specs:
        assert f'href="{spec.name}.html"' in page and f'href="{spec.name}.pdf"' in page
    assert "2024-05-01 12:00" in page and "<script>alert" not in page
    assert f'content="{render.CSP}"' in html.unescape(page)
    assert render.read_entries(tmp_path) == entries


# --- building the reports folder (slow: kernels and Chromium) ------------------------------------

@pytest.fixture(scope="session")
def built(tmp_path_factory) -> tuple[build.BuildResult, Path]:
    """The seeds' reports, built once for the session."""
    out = tmp_path_factory.mktemp("build") / "reports"
    return build.build_reports(SEEDS, out), out


@pytest.fixture(scope="session")
def own_articles(tmp_path_factory) -> Path:
    """Reports of our own hostile articles, then a drill-down of a region with no article."""
    out = tmp_path_factory.mktemp("own") / "reports"
    build.build_reports(ARTICLES, out)
    build.build_reports(ARTICLES, out, region="肇庆")
    return out


def _open(browser, page_path: Path, width: int = 1280) -> dict[str, object]:
    """Load a page offline; every request but the page itself is recorded and aborted."""
    context, page, url, requests = recording_page(
        browser, page_path, offline=True, viewport={"width": width, "height": 900})
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    page.goto(url, wait_until="load")
    result = {
        "requests": sorted(set(requests)), "console": console,
        "images": page.eval_on_selector_all(
            "img", "els => els.map(e => [e.getAttribute('src').slice(0, 22), e.naturalWidth])"),
        "headings": page.eval_on_selector_all("h1, h2", "els => els.map(e => e.textContent)"),
        "text": page.inner_text("body"),
        "overflow": page.evaluate("document.documentElement.scrollWidth > window.innerWidth"),
    }
    context.close()
    return result


@pytest.mark.slow
def test_the_harness_sees_a_request_leaving_the_page(browser, tmp_path):
    leaky = tmp_path / "leaky.html"
    leaky.write_text('<img src="http://example.invalid/pixel.png"><p>x</p>', encoding="utf-8")
    assert _open(browser, leaky)["requests"] == ["http://example.invalid/pixel.png"]


@pytest.mark.slow
def test_build_writes_every_report_data_and_index(built):
    result, out = built
    regions = [n for n in result.reports if n.startswith("region-")]
    assert result.reports[0] == "overview" and len(regions) >= 3
    for name in result.reports:
        assert (out / f"{name}.html").stat().st_size > 0
        assert (out / f"{name}.pdf").read_bytes()[:5] == b"%PDF-"
    for name in ("documents.csv", "documents.parquet", "metrics.csv", "metrics.parquet",
                 "facts.csv", "facts.parquet", "data_dictionary.csv"):
        assert (out / "data" / name).stat().st_size > 0
    assert result.articles == 5 and "overview" in str(result) and str(out) in str(result)
    # staging and old folders are gone; only the lock file (shared with refresh) stays
    assert [p.name for p in out.parent.glob(f".{out.name}.*")] == [f".{out.name}.refresh.lock"]


@pytest.mark.slow
def test_index_links_every_report_and_lists_the_articles(built, browser):
    result, out = built
    page = (out / "index.html").read_text("utf-8")
    for name in result.reports:
        assert f'href="{name}.html"' in page and f'href="{name}.pdf"' in page
    seen = _open(browser, out / "index.html")
    assert seen["requests"] == [] and "5 篇文章" in seen["text"]
    assert "横琴医院推动珠澳医疗服务融合" in seen["text"]


@pytest.mark.slow
@pytest.mark.parametrize("width", [1280, 390])
def test_overview_loads_nothing_and_shows_charts_and_chinese_headings(built, browser, width):
    _, out = built
    seen = _open(browser, out / "overview.html", width)
    assert seen["requests"] == [] and seen["console"] == []
    charts = [img for img in seen["images"] if img[0].startswith("data:image/png;base64")]
    # the three before → after pairs of 江门 (罗湖's 6,500 企业 and 前海's 4 医院 are two sentences)
    assert len(charts) >= 3 and all(w > 0 for _, w in charts)
    assert len(charts) == len(seen["images"])
    assert "粤港澳大湾区跨境医疗：数字概览" in seen["headings"]
    assert any(h.startswith("附录：数字来源") for h in seen["headings"])
    assert "横琴医院" in seen["text"]
    assert not seen["overflow"]  # wide tables and charts scroll inside their boxes


@pytest.mark.slow
def test_html_is_self_contained_with_a_strict_policy(built):
    result, out = built
    for name in result.reports:
        page = (out / f"{name}.html").read_text("utf-8")
        render.check_self_contained(page)
        assert f'content="{render.CSP}"' in page and 'name="viewport"' in page
        assert "<script" not in page.lower() and "mathjax" not in page.lower()


@pytest.mark.slow
def test_pdfs_hold_chinese_text_and_figures_with_embedded_fonts(built):
    _, out = built
    text = _pdf_text(out / "overview.pdf")
    assert "横琴医院" in text and "粤港澳大湾区跨境医疗" in text
    assert "3,241张" in text and "≥4.8万人次" in text
    fonts = subprocess.run(["pdffonts", str(out / "overview.pdf")], capture_output=True,
                           text=True, check=True, timeout=60).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)
    zhuhai = _pdf_text(out / f"region-{regions.region_slug('珠海')}.pdf")
    assert "专题：珠海" in zhuhai and "横琴医院" in zhuhai


@pytest.mark.slow
def test_a_partial_build_adds_one_drilldown_and_keeps_the_others(built, tmp_path):
    _, source = built
    out = tmp_path / "reports"
    shutil.copytree(source, out)
    before = _snapshot(out)
    result = build.build_reports(SEEDS, out, region="深圳", metric="beds")
    assert result.reports == ["region-shenzhen-beds"]
    after = _snapshot(out)
    assert {k: v for k, v in after.items() if k in before and not k.startswith(
        ("index.html", "reports.json", "data/"))} == {
        k: v for k, v in before.items() if not k.startswith(("index.html", "reports.json",
                                                              "data/"))}
    assert "床位数" in _pdf_text(out / "region-shenzhen-beds.pdf")
    index = (out / "index.html").read_text("utf-8")
    assert 'href="region-shenzhen-beds.html"' in index and 'href="overview.html"' in index


@pytest.mark.slow
def test_own_articles_render_safely_and_an_empty_region_says_no_data(own_articles, browser):
    out = own_articles
    pages = {p.stem: p.read_text("utf-8") for p in out.glob("*.html")}
    assert {"index", "overview", "region-zhaoqing"} <= set(pages)
    for name, page in pages.items():
        assert "example.com" not in page, name  # no URL from an article is carried over
        render.check_self_contained(page)
    assert report.NO_DATA in pages["region-zhaoqing"]
    assert "没有数字" in _pdf_text(out / "region-zhaoqing.pdf")
    seen = _open(browser, out / "region-zhaoqing.html", 390)
    assert seen["requests"] == [] and seen["images"] == []
    assert "专题：肇庆" in seen["headings"]
    assert "佛山市第一人民医院" in _pdf_text(out / "overview.pdf")


@pytest.mark.slow
def test_a_failing_notebook_names_the_cell_and_keeps_the_previous_reports(built, tmp_path,
                                                                          monkeypatch):
    _, source = built
    out = tmp_path / "reports"
    shutil.copytree(source, out)
    before = _snapshot(out)
    notebooks = tmp_path / "notebooks"
    shutil.copytree(render.NOTEBOOKS, notebooks)
    broken = nbformat.read(notebooks / "overview.ipynb", as_version=4)
    cell = nbformat.v4.new_code_cell("ratio = 1 / 0  # a broken cell")
    cell.id = "broken"
    broken.cells.insert(3, cell)
    nbformat.write(broken, notebooks / "overview.ipynb")
    monkeypatch.setattr(render, "NOTEBOOKS", notebooks)

    with pytest.raises(ReportError) as failure:
        build.build_reports(SEEDS, out)
    message = str(failure.value)
    assert "overview.ipynb" in message and "cell 3" in message and "1 / 0" in message
    assert "ZeroDivisionError" in message
    assert failure.value.cell_index == 3 and failure.value.ename == "ZeroDivisionError"
    assert _snapshot(out) == before
    kept = nbformat.read(out / "failed" / "overview.ipynb", as_version=4)
    assert any(o.output_type == "error" for c in kept.cells if c.cell_type == "code"
               for o in c.outputs)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".reports.refresh.lock", "notebooks",
                                                          "reports"]


def test_drilldowns_are_named_by_region_slug_and_metric():
    assert build.drilldown_spec("深圳", "beds").name == "region-shenzhen-beds"
    assert build.drilldown_spec(None, "beds").name == "metric-beds"
