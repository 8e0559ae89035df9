"""Reports of a generated corpus of a few hundred articles stay readable: overview <= 30 pages
and 5 MB of PDF, drill-downs <= 20 pages, the PDF carries the top of the long tables and says
where the rest is, and the build prints one progress line per report as it finishes."""

from __future__ import annotations

import re
import subprocess

import pandas as pd
import pytest
from conftest import SEEDS
from synthetic import generate_corpus

from analysis import build, cli, render, report

OVERVIEW_PAGES, OVERVIEW_MB, DRILLDOWN_PAGES = 30, 5.0, 20


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root = tmp_path_factory.mktemp("scale")
    generate_corpus(root / "articles", 300, seed=1)
    lines: list[str] = []
    result = build.build_reports(root / "articles", root / "reports", jobs=2,
                                  progress=lines.append)
    return result, root / "reports", lines


def _pdfinfo_pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.mark.slow
def test_pages_and_size_stay_within_bounds(generated):
    result, out, _ = generated
    assert len(result.reports) >= 5
    for name in result.reports:
        pdf = out / f"{name}.pdf"
        pages = render.pdf_pages(pdf)
        assert pages == _pdfinfo_pages(pdf) and pages >= 2
        if name == "overview":
            assert pages <= OVERVIEW_PAGES and pdf.stat().st_size <= OVERVIEW_MB * 1e6
        else:
            assert pages <= DRILLDOWN_PAGES, name


@pytest.mark.slow
def test_one_progress_line_per_report(generated):
    result, _, lines = generated
    assert len(lines) == len(result.reports)
    assert sorted(line.split("] ", 1)[1].split(":", 1)[0] for line in lines) == sorted(
        result.reports)
    assert lines[-1].startswith(f"[{len(result.reports)}/{len(result.reports)}]")


@pytest.mark.parametrize("command", ["report", "refresh"])
def test_report_and_refresh_print_the_same_line_per_report(command, tmp_path, fake_render,
                                                           capsys):
    """A refresh sent its progress to a logger nobody showed: it printed nothing for minutes."""
    assert cli.main([command, str(SEEDS), "--out", str(tmp_path / "reports")]) == cli.EXIT_OK
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("[")]
    assert sorted(re.match(r"\[\d+/5\] ([\w-]+): 0 pages, 0\.0 MB, [\d.]+s \([\d.]+s since "
                           r"start\)$", line).group(1) for line in lines) == sorted(fake_render)
    assert len(fake_render) == 5


@pytest.mark.slow
def test_the_html_keeps_every_figure_and_the_pdf_points_to_them(generated):
    result, out, _ = generated
    page = (out / "overview.html").read_text("utf-8")
    assert page.count('class="screen-only"') > 100
    assert "PDF 只列出前 40 行" in page
    assert f"共 {result.articles} 篇文章" in page
    assert 'href="#doc-' in page and 'id="doc-' in page


def test_the_printed_page_leaves_out_the_rows_shown_on_screen_only():
    table = report.html_table(pd.DataFrame({"指标": ["床位数", "<tr>诊疗人次", "人口"]}),
                              print_rows=1)
    printed = render.print_version(f"<p>x</p>{table}<p>y</p>")
    assert "床位数" in printed and "诊疗人次" not in printed and "人口" not in printed
    assert printed.count("<tr") == 2 and printed.startswith("<p>x</p>") and printed.endswith(
        "<p>y</p>")
    assert "PDF 只列出前 1 行，共 3 行" in printed


def test_the_printed_page_keeps_the_rows_its_links_point_to():
    """Links of the first page to articles past the PDF's top rows led nowhere in the PDF."""
    table = report.html_table(pd.DataFrame({"doc_id": ["a", "b", "c", "d"]}), print_rows=1,
                              anchor="doc_id")
    printed = render.print_version(f'<p><a href="#doc-c">[c]</a></p>{table}')
    assert re.findall(r'<tr id="doc-(\w)">', printed) == ["a", "c"]
    assert "screen-only" not in printed and "及首页链接到的行" in printed


def _pdf_links(pdf) -> tuple[list[bytes], set[bytes]]:
    """The named destinations a PDF written by Chromium (Skia) links to, and those it defines
    (its catalog's /Dests dictionary)."""
    data = pdf.read_bytes()
    used = re.findall(rb"/Subtype /Link\n(?:/[^\n]*\n)*?/Dest /([^\s/>\[]+)", data)
    dests = re.search(rb"/Dests (\d+) 0 R", data)
    defined: set[bytes] = set()
    if dests:
        body = re.search(rb"\n" + dests.group(1) + rb" 0 obj\n<<(.*?)>>\nendobj", data, re.DOTALL)
        defined = set(re.findall(rb"/([^\s/\[]+) \[", body.group(1)))
    return used, defined


@pytest.mark.slow
def test_every_link_of_the_pdfs_leads_to_its_row_in_the_pdf(generated):
    """The first page's source links past the table's top rows were dead in the PDF."""
    _, out, _ = generated
    for pdf in sorted(out.glob("*.pdf")):
        page = (out / f"{pdf.stem}.html").read_text("utf-8")
        targets = set(re.findall(r'href="#([^"]+)"', page))
        used, defined = _pdf_links(pdf)
        assert targets, pdf.name
        assert {t.decode() for t in used} == targets, pdf.name  # every link is in the PDF
        assert set(used) <= defined, pdf.name  # and leads to a place in it
