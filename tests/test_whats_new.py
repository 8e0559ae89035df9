"""What a build found new: the comparison of the tables, and the index's section and the page
``whats-new.html`` rendered from ``templates/whats_new.html.j2``, escaped and self-contained."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import markupsafe
from fixtures_reports import fixture_tables

from analysis import render, whats_new

BUILT = datetime(2024, 5, 1, 10, 30, tzinfo=timezone(timedelta(hours=8), "CST"))


def _news_of_one_new_article() -> tuple[dict, str, int]:
    documents, metrics = fixture_tables()
    first = documents["doc_id"].iloc[0]
    before = (documents.iloc[1:], metrics[metrics["doc_id"] != first])
    return whats_new.compare(before, documents, metrics), first, int(
        (metrics["doc_id"] == first).sum())


def test_an_added_article_and_its_figures_are_new():
    news, first, figures = _news_of_one_new_article()
    assert list(news["new_articles"]["doc_id"]) == [first] and not news["first"]
    assert len(news["new_figures"]) == figures > 0
    assert len(news["changed_articles"]) == 0 and news["removed_articles"] == []
    documents, metrics = fixture_tables()
    everything = whats_new.compare(None, documents, metrics)
    assert everything["first"] and len(everything["new_figures"]) == len(metrics)


def test_the_index_section_counts_and_links_to_the_page():
    news, _, figures = _news_of_one_new_article()
    assert whats_new.section(news, ["overview", "<i>x</i>"]) == (
        "<h2>本次更新 What's new</h2>"
        f"<p>1 篇新文章 new articles · 0 篇修改 changed · 0 篇移除 removed · {figures} 项新数字"
        " new or changed figures · 0 项不再出现 figures gone</p>"
        "<p>重新生成 Rebuilt: overview, &lt;i&gt;x&lt;/i&gt;</p>"
        '<p><a href="whats-new.html">详情 Details: whats-new.html</a></p>\n')
    assert "重新生成 Rebuilt: 无 none</p>" in whats_new.section(news, [])


def test_the_page_is_escaped_and_self_contained():
    news, first, figures = _news_of_one_new_article()
    page = whats_new.page(news, ["<b>x</b>"], {"<b>x</b>": "articles", "kept": ""}, None, BUILT)
    render.check_self_contained(page)
    assert f'content="{markupsafe.escape(render.CSP)}"' in page and "<b>x</b>" not in page
    assert '<tr><td><a href="&lt;b&gt;x&lt;/b&gt;.html">&lt;b&gt;x&lt;/b&gt;</a></td>' \
        "<td>articles</td></tr>" in page and "kept" not in page  # only reports rebuilt
    assert "更新时间 Refreshed: 2024-05-01 10:30 CST · 上次 previous: 未知 unknown</p>" in page
    assert "<h2>新文章 New articles (1)</h2>" in page and first in page
    assert f"<h2>新数字 New or changed figures ({figures})</h2>" in page
    assert "修改的文章" not in page and "移除的文章" not in page and "数值变化" not in page
    assert page.startswith("<!DOCTYPE html>\n") and page.endswith("</main>\n</body>\n</html>\n")


def test_a_first_build_and_no_new_figure_say_so():
    documents, metrics = fixture_tables()
    first = whats_new.page(whats_new.compare(None, documents, metrics), [], {}, None, BUILT)
    assert "首次生成 first refresh: every article is new" in first and "<script>" not in first
    same = whats_new.page(whats_new.compare((documents, metrics), documents, metrics), [], {},
                          "2024-04-01T09:00:00+08:00", BUILT)
    assert "上次 previous: 2024-04-01T09:00:00+08:00" in same
    assert '<h2>新数字 New or changed figures (0)</h2><p class="no-data">没有新数字。' in same
