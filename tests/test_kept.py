"""The kernels and the Chromium a build keeps across its reports: a report never depends on the
one rendered before it in the same kernel; the kept Chromium prints what one Chromium per PDF
prints, several pages at once, and a build falls back to one per PDF when it cannot start."""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

import pytest
from fixtures_reports import fixture_tables

from analysis import kernels, printer, render
from analysis.errors import ReportError

ZHUHAI_EN = render.ReportSpec("region-zhuhai", "drilldown", "Focus: 珠海",
                              {"region": "珠海", "lang": "en"})
OVERVIEW = render.ReportSpec("overview", "overview", "概览")


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    return render.write_data(*fixture_tables(), tmp_path_factory.mktemp("kept") / "data")


def _html(spec: render.ReportSpec, data: Path, work: Path) -> str:
    executed = render.execute_notebook(render.NOTEBOOKS / f"{spec.notebook}.ipynb",
                                       {"seeds_dir": "unused", "data_dir": str(data),
                                        **spec.parameters}, work / f"{spec.name}.ipynb")
    return render.notebook_to_html(executed, spec.title)


@pytest.mark.slow
def test_two_reports_in_one_kernel_in_either_order_give_the_same_pages(data, tmp_path):
    pages = []
    for order in ((ZHUHAI_EN, OVERVIEW), (OVERVIEW, ZHUHAI_EN)):
        with kernels.reused(render.NOTEBOOKS):
            pages.append([_html(spec, data, tmp_path) for spec in order])
    (first_en, then_zh), (first_zh, then_en) = pages
    assert first_en == then_en and first_zh == then_zh
    assert "Focus: 珠海" in then_en and "Focus" not in then_zh  # the language was reset


@pytest.mark.slow
def test_a_kept_kernel_forgets_what_the_notebook_before_it_did(tmp_path):
    """Variables, figures, matplotlib's settings, the labels' language and the folder."""
    with kernels.reused(tmp_path) as pool:
        kernel = pool.for_this_thread()
        kernel.run("import os, matplotlib, matplotlib.pyplot as plt\n"
                   "from analysis import charts\n"
                   "leftover = plt.figure(); matplotlib.rcParams['font.size'] = 31\n"
                   "charts.set_language('en'); os.chdir('/')")
        kernel.run(kernels.FRESH_START.format(cwd=str(tmp_path)))
        kernel.run("import os, sys, matplotlib\nfrom analysis import charts\n"
                   "assert 'leftover' not in dir() and 'plt' not in dir()\n"
                   "assert not sys.modules['matplotlib.pyplot'].get_fignums()\n"
                   "assert matplotlib.rcParams['font.size'] != 31\n"
                   "assert charts.language() == 'zh'\n"
                   f"assert os.getcwd() == {str(tmp_path)!r}")
        with pytest.raises(ReportError, match="AssertionError"):
            kernel.run("assert False")
    assert not kernel.manager.has_kernel  # the block ended it


PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 14mm 12mm 16mm;
  @bottom-center { content: counter(page) " / " counter(pages); } }
h1 { break-before: page; }</style></head><body>
<h1>第一节 床位</h1><p><a href="#doc-b">[来源]</a></p><h1>第二节 医生</h1>
<p id="doc-b">横琴医院床位 300 张。</p></body></html>"""


def _outline_and_links(pdf: Path) -> tuple[int, int, bool]:
    data = pdf.read_bytes()
    pages = render.pdf_pages(pdf)
    titles = len(re.findall(rb"/Title <FEFF", data))
    return pages, titles, b"/Dest /doc-b" in data and b"/doc-b [" in data


@pytest.mark.slow
def test_the_kept_chromium_prints_what_one_chromium_per_pdf_prints(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    alone = render.html_to_pdf(page, tmp_path / "alone.pdf")
    with printer.kept(render.chromium_path):
        pdfs = [tmp_path / f"kept-{i}.pdf" for i in range(3)]
        threads = [threading.Thread(target=render.html_to_pdf, args=(page, pdf))
                   for pdf in pdfs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    expected = _outline_and_links(alone)
    assert expected[0] == 2 and expected[1] >= 2 and expected[2]  # pages, outline, the link
    assert [_outline_and_links(pdf) for pdf in pdfs] == [expected] * 3
    assert {pdf.stat().st_size for pdf in pdfs} == {alone.stat().st_size}


@pytest.mark.slow
def test_a_chromium_that_cannot_be_kept_falls_back_to_one_per_pdf(tmp_path, caplog):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    with caplog.at_level(logging.WARNING), printer.kept(lambda: "/bin/false"):
        for name in ("a.pdf", "b.pdf"):
            assert render.html_to_pdf(page, tmp_path / name).read_bytes()[:5] == b"%PDF-"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "one Chromium each" in warnings[0], warnings
