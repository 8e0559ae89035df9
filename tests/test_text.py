"""Text clean-up: characters, HTML to text, page furniture, and PDF line re-joining.

Expected outputs were written by hand from the inputs; the PDF and portal pages are our own,
with other hospitals, cities and furniture than the seeds.
"""

from __future__ import annotations

import random
import re

import pytest
from conftest import SEEDS

from analysis import text
from analysis.text import (
    ends_sentence,
    furniture_kind,
    html_to_text,
    is_prose,
    join_broken_lines,
    looks_wrapped,
    normalise,
    strip_furniture,
    tidy,
)


def seed_text(prefix: str) -> str:
    return normalise(next(SEEDS.glob(f"{prefix}_*")).read_text(encoding="utf-8"))


# --- characters -------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, clean", [
    ("第一行\r\n第二行\r第三行", "第一行\n第二行\n第三行"),
    ("床位\uff11\uff12\uff10\uff10张，占比\uff13\uff15\uff05", "床位1200张，占比35%"),
    ("ＷＯＮＣＡ认证", "WONCA认证"),
    ("羊城区域\u00a0\u00a0\u30002024年", "羊城区域   2024年"),
    ("港澳\u200b居民\ufeff\u00ad", "港澳居民"),
    ("控制\x07字符\x1b删去\x00", "控制字符删去"),
    # a full-width comma grouping full-width digits is a digit group's mark; any other a clause's
    ("預留約１，８５０萬元，其中１２６名", "預留約1,850萬元，其中126名"),
    ("分别为１，２和３，共６家", "分别为1，2和3，共6家"),
])
def test_normalise(raw, clean):
    assert normalise(raw) == clean


def test_every_replaced_character_fails_the_quick_check():
    """normalise returns a text untouched when ``only_printable`` holds and no full-width
    form shows: every character it replaces must break one of the two, or it would stay."""
    replaced = [c for c in text._REPLACEMENTS if len(c) == 1]
    assert len(replaced) > 60
    missed = [hex(ord(c)) for c in replaced
              if text.only_printable(c) and not text._FULL_WIDTH.search(c)]
    assert missed == []
    for c in replaced:  # and each, inside ordinary text, is still replaced
        assert normalise(f"床位{c}张\n第二行") == f"床位{text._REPLACEMENTS[c]}张\n第二行"


@pytest.mark.parametrize("value, printable", [
    ("港澳居民\n第二行\n", True), ("含\t制表符", False), ("不换行\u00a0空格", False),
    ("零宽\u200b字符", False), ("段落\u2029分隔", False), ("回车\r", False), ("", True),
    ("全角１２３％，：（）", True),
])
def test_only_printable(value, printable):
    assert text.only_printable(value) is printable


def test_tidy_strips_lines_collapses_spaces_and_drops_blank_lines():
    assert tidy("  甲  乙 \n\n \t \n丙\t\t丁  \n") == "甲 乙\n丙 丁"


@pytest.mark.parametrize("line, ends", [
    ("就诊体验。", True), ("真棒！", True), ("怎么办？”", True), ("朱文立说。”", True),
    ("揭牌……", True), ("在“家门口”", False), ("《规划纲要》", False), ("医疗机", False),
    ("", False),
])
def test_ends_sentence(line, ends):
    assert ends_sentence(line) is ends


@pytest.mark.parametrize("line, prose", [
    ("目前，前海共有4家医院", True), ("港澳药械通、医保通", True),
    ("跨境医疗服务加速“联通”", False), ("七十二载绽芳华 奋楫扬帆展新姿", False),
])
def test_is_prose(line, prose):
    assert is_prose(line) is prose


# --- HTML -------------------------------------------------------------------------------------

HTML_CASES = [
    ("inline text stays joined", "<p>4月<b>18</b>日<span>下午</span></p>", "4月18日下午"),
    ("blocks become lines", "<div><p>第一段</p><p>第二段</p></div>", "第一段\n第二段"),
    ("br becomes a line break", "第一行<br>第二行<br/>第三行", "第一行\n第二行\n第三行"),
    ("scripts and friends are dropped",
     ("<p>正文</p><script>var x='脚本';</script><style>p{color:red}</style>"
      "<noscript>请开启</noscript><template><p>模板</p></template>"
      "<iframe src='https://evil.example/'>框架</iframe><svg><text>图</text></svg>"), "正文"),
    ("attributes never become text",
     ('<p onclick="alert(1)"><a href="javascript:alert(2)">链接</a>'
      '<img src="https://cdn.example/x.png" onerror="alert(3)" alt="图片说明"></p>'), "链接"),
    ("entities are decoded", "<p>A&amp;B&nbsp;C &lt;D&gt; &#x6E2F;</p>", "A&B C <D> 港"),
    ("whitespace collapses", "<p>  多个   空格\n\tand  tabs </p>", "多个 空格 and tabs"),
    ("source line breaks vanish between CJK", "<p>粤港澳\n   大湾区</p>", "粤港澳大湾区"),
    ("comments and doctype are dropped", "<!DOCTYPE html><p>前<!-- 注释 -->后</p>", "前后"),
    ("a tag cut off at the end is dropped",
     '<p>完整段落。</p><p>被截断的<a href="https://ex', "完整段落。\n被截断的"),
    ("an unterminated comment is dropped", "<p>甲</p><!-- 未结束 <p>乙</p>", "甲"),
    ("table rows are lines of cells, each marked where it starts (as Markdown writes them)",
     "<table><tr><td>床位</td><td>1200张</td></tr><tr><td>医生</td><td>300名</td></tr></table>",
     "| 床位 | 1200张\n| 医生 | 300名"),
    ("head, nav and footer are dropped",
     ("<html><head><title>网页标题</title><link rel=stylesheet href=https://x.example/a.css>"
      "</head><body><nav>首页 | 新闻</nav><p>正文</p><footer>版权所有</footer></body></html>"),
     "正文"),
    ("unclosed paragraphs still split", "<p>甲<p>乙<li>丙", "甲\n乙\n丙"),
    ("an unknown entity stays as written", "<p>A&bogus;B &amp; C</p>", "A&bogus;B & C"),
    ("a stray end tag closes nothing", "<div>甲</span>乙</div>丙", "甲乙\n丙"),
    ("an end tag closes what opened inside", "<div><nav>菜单<p>甲</div>乙", "乙"),
    ("a comment splits a text run", "中<!-- x -->\n文", "中 文"),
]


@pytest.mark.parametrize("html, text", [c[1:] for c in HTML_CASES], ids=[c[0] for c in HTML_CASES])
def test_html_to_text(html, text):
    assert html_to_text(html) == text


@pytest.mark.parametrize("depth", [5_000, 20_000])
def test_deeply_nested_html_does_not_recurse(depth):
    html = "<div>" * depth + "<p>江门市中心医院床位2000张。</p>" + "</div>" * depth
    assert html_to_text(html) == "江门市中心医院床位2000张。"


@pytest.mark.parametrize("page, maybe", [
    ("特别声明：以上内容为网易号用户上传\n正文。", True),  # an end marker on the first line
    ("正文第一段。\n  相关推荐\n下一条", True),  # a list heading on a later line
    ("正文。\n2024-05-22 00:22:12\n", True),  # a timestamp line
    ("正文。\n  3小时前  \n", True),
    ("佛山市第一人民医院现有床位2000张。\n截至2024-05-22，共接诊1万人次。", False),  # in prose
    ("网易首页 > 网易号 > 正文\n分享至\n正文。", False),  # one kind of furniture only
    ("特別聲明：以上內容為用戶上傳\n正文。", True),  # traditional (END): an end marker
    ("正文第一段。\n  相關推薦\n下一條", True),  # traditional (LIST_HEADING)
    ("正文。\n  3小時前  \n", True),  # traditional (STAMP)
])
def test_may_be_portal_page(page, maybe):
    assert text.may_be_portal_page(page) is maybe


@pytest.mark.parametrize("source, text_", [
    ("中\n文", "中文"), ("中 \t\n  文", "中文"),  # a line break between CJK characters: nothing
    ("中  文", "中 文"),  # spaces without a line break: one space
    ("a\nb", "a b"), ("中\nb", "中 b"), ("1\n中", "1 中"),  # a Latin letter or digit beside it
    ("\n中\n", " 中 "), ("中\f\n文", "中 文"),  # a form feed before the break: not a plain break
    ("江门\r\n市", "江门 市"),  # a carriage return too (normalise has removed them before)
])
def test_source_whitespace(source, text_):
    assert text._source_text(source) == text_


@pytest.mark.parametrize("html, plain", [
    ('<div class="a">\n<p>床位<b>500</b>张&amp;</p><img src="x.png" alt="">\n</div>', True),
    ("<P ID='x' data-k=1 disabled>甲</P><br/>乙", True),
    ("<p>甲<!-- 注释 -->乙</p>", False),  # comments, declarations: html.parser
    ("<p>甲</p><script>var a = '<b>';</script>", False),  # raw-text elements: html.parser
    ("<p>a < b</p>", False),  # a stray "<"
    ("<div id=a/>甲</div>", False),  # html.parser reads the "/" as part of the value
    ("<my-tag>甲</my-tag>", False),
])
def test_plain_markup_is_tokenised_by_one_regex_like_html_parser(html, plain):
    builder = text._TextBuilder()
    assert text._plain_events(html, builder) is plain
    slow = text._TextBuilder()
    parser = text._TextExtractor(slow)
    parser.feed(html)
    parser.close()
    assert html_to_text(html) == slow.text()


@pytest.mark.parametrize("html, expected", [
    ("<p>x</p><![<", "x\n<![<"),  # html.parser raised AssertionError (expected name token)
    ("<p>x</p><![foo[y]]><p>z</p>", "x\n<![foo[y]]>\nz"),  # unknown keyword: AssertionError too
    ("<p>x</p><![CDATA[y]]><p>z</p>", "x\nz"),  # a well-formed marked section is markup
    ("<![if !IE]><p>x</p><![endif]>", "x"),
    ("<p>x</p><![CDATA[y<p>z</p>", "x\n<![CDATA[y\nz"),  # never closed: text, then markup
    ("<p>甲</p><a <a <a", "甲\n<a <a"),  # after the last ">": text (the last, cut off, dropped)
    ("<p>甲</p>乙 <? 丙", "甲\n乙"),  # the last "<", cut off, dropped
    ("<p>甲</p><!-- x <!-- y --><p>乙</p>", "甲\n乙"),  # the first comment closes at -->
    ("<p>甲</p><!-- a --><!-- b", "甲"),  # the last one cut off, as before
    ("<p>甲</p><!-- a <!-- b <p>乙</p>", "甲"),
])
def test_markup_that_never_closes_is_text_and_nothing_raises(html, expected):
    assert html_to_text(html) == expected


def test_closed_markup_is_read_as_html_parser_reads_it():
    """The "<" of a construct that closes somewhere after it is left alone."""
    for html in ("<p>甲<!-- x -->乙</p><!-- y -->", "<!DOCTYPE html><p>甲</p>",
                 "<p>甲</p><?php echo 1 ?><p>乙</p>", "<p>甲</p><script>if (a<b) {}</script>乙",
                 "<p title='a<b'>甲</p>"):
        assert text._defused(text._complete_markup(html)) == text._complete_markup(html)
        slow = text._TextBuilder()
        parser = text._TextExtractor(slow)
        parser.feed(html)
        parser.close()
        assert html_to_text(html) == slow.text()


def test_many_void_tags_and_stray_end_tags():
    # 20,000 of each once took bs4's tree builder 11 s (quadratic); benchmarks/run.py times it now
    html = "<img src='https://img.example/a.png'>" * 20_000 + "</b>" * 20_000 + "<p>段落</p>"
    assert html_to_text(html) == "段落"


# --- page furniture ---------------------------------------------------------------------------

@pytest.mark.parametrize("line, kind", [
    ("网易首页 > 网易号 > 正文 申请入驻", "breadcrumb"), ("搜狐首页 > 健康 > 正文", "breadcrumb"),
    ("分享至", "widget"), ("阅读 (1234)", "widget"), ("举报", "widget"),
    ("无障碍浏览 进入关怀版", "widget"), ("打开网易新闻 查看精彩图片", "widget"),
    ("0", "number"), ("2024-05-23 12:58:44", "number"), ("3小时前", "number"),
    ("2023-11-08 09:12 来源: 珠江时报", "number"), ("南方+ 2024年03月15日 10:20", "number"),
    ("494436文章数 3570233关注度", "counter"), ("12万粉丝", "counter"),
    ("来源：南方日报", "meta"), ("头条要闻", "section"), ("A", "symbols"),
    # traditional lines read folded (閱讀, 點讚, 轉發, 來源): the same kinds
    ("閱讀 2.6萬 評論 143", "widget"), ("點讚 56 轉發 12 收藏 8", "widget"),
    ("56次點讚 12次轉發", "counter"), ("56次点赞 12次转发", "counter"), ("來源：明報", "meta"),
    ("多云 18~24°C 湿度75%", "weather"), ("今日空氣質素指數 48 氣溫 18-24℃ 濕度 75%", "weather"),
    ("空气质量指数（AQI）63 良", "weather"), ("AQI 48", "weather"),
    ("24小时新闻热线 0757-83238000", "contact"), ("24小時新聞熱線：2865 2222", "contact"),
    ("查询热线：(853) 2837 0001", "contact"),
    ("气温骤降 深圳儿童医院日均接诊3000人次", None), ("该院开通24小时跨境转诊热线", None),
    ("2月5日,罗湖区与香港希玛国际眼科医疗集团签署战略合作意向书。", None),
    ("目前有4家三级以上医院", None), ("53名澳门医生", None), ("跨境医疗服务加速“联通”", None),
    # traditional (Hong Kong, Macao): WIDGET, STAMP, NUMERIC, COUNTER, META, SECTION
    ("閱讀 (1234)", "widget"), ("舉報", "widget"), ("無障礙瀏覽 進入關懷版", "widget"),
    ("打開網易新聞 查看精彩圖片", "widget"), ("點讚 12 分享", "widget"), ("3小時前", "number"),
    ("2023-11-08 09:12 來源: 澳門日報", "number"), ("494436文章數 3570233關注度", "counter"),
    ("12萬粉絲", "counter"), ("原標題：醫管局公布新措施", "meta"),
    ("頭條要聞", "section"), ("目前有4間公立醫院", None), ("53名澳門醫生", None),
    # READING: an article's length and reading time
    ("本文共1,086字，閱讀約需3分鐘", "reading"), ("本文共2,340字，阅读约需6分钟", "reading"),
    ("閱讀時間約5分鐘", "reading"), ("全文约1800字", "reading"),
    ("本文共有3位医生参与。", None), ("閱讀全文", "widget"),
    # NEIGHBOUR: links to the portal's next and previous articles
    ("下一篇：中山5家医院入选省高水平医院名单", "neighbour"), ("上一篇：澳門3間診所延長服務時間", "neighbour"),
    ("下一步将新增5家医院。", None),
    # NUMERIC: a page folio of a bulletin or an e-paper page
    ("— 12 —", "number"), ("－3－", "number"), ("第5页", "number"), ("第 5 頁 共 12 頁", "number"),
    ("健康产业研究　2025年第4期 第 1 页 共 2 页", "number"),  # (after a running header's words)
    ("全市共有医院第5页", None),
    ("第5家医院今年开业", None), ("2025—2027年行动计划", None),
    # NAVIGATION: a portal's navigation and tool bars (both scripts)
    ("首页 政务公开 政务服务 互动交流 走进惠州", "navigation"), ("首頁 政務公開 政務服務 互動交流", "navigation"),
    ("无障碍 | 长者模式 | 繁體 | 登录", "navigation"), ("無障礙 | 長者模式 | 简体 | 登入", "navigation"),
    ("首页建设成果显著", None), ("深圳 | 120 | 45", None), ("香港 澳门 珠海", None),
    # QUOTE, VISITS and BAR: a portal's top bar of weather, a stock quote and a visitor counter
    ("恒生指數 24,386.52 ▲1.23%", "quote"), ("上证指数 3,245.67 +0.52%", "quote"),
    ("訪問人數 12,845", "counter"), ("访问人数 12,845", "counter"),
    ("在線人數 3,618", "counter"), ("在线人数 3,618", "counter"),
    ("澳門 17°C - 22°C 濕度 78% ｜ 恒生指數 24,386.52 ▲1.23% ｜ 訪問人數 12,845", "bar"),
    ("深圳 多云 18℃ | 上证指数 3,245.67 +0.52%", "bar"),
    ("该院访问量增长12%", None), ("今年恒生指数上涨，该院门诊量增长5%", None),
    ("门诊 | 住院 | 急诊人次增长12%", None),
    # a WeChat post's widgets
    ("点击上方蓝字关注我们", "widget"), ("點擊上方藍字關注我們", "widget"),
    ("阅读 2.3万　　在看 318　　赞 562", "widget"), ("閱讀 2.3萬　　在看 318　　讚 562", "widget"),
    # LISTED_LINE: a list heading with its items on one line, an advertisement's line
    ("相關新聞：深圳口腔醫院港人求診增逾五成（2026-08-24） 長者醫療券服務點下月增至30個", "listing"),
    ("相关新闻：深圳口腔医院港人求诊增逾五成（2026-08-24） 长者医疗券服务点下月增至30个", "listing"),
    ("熱門排行 1. 港珠澳大橋今年客流破2,000萬人次 2. 第8屆中醫藥論壇下月舉行", "listing"),
    ("滚动快讯：开平市新增2家社区卫生服务中心", "listing"),
    ("【广告】湾区体检中心 深秋套餐限时特惠 ¥299起", "listing"), ("【廣告】體檢套餐 ¥299起", "listing"),
    ("相关新闻报道指出，该院新增床位200张。", None),
    # NOTICE: a tip to readers and a list of attached files
    ("温馨提示：孕28周后每2周产检1次，36周后每周1次。", "notice"),
    ("溫馨提示：孕28周後每2周產檢1次。", "notice"),
    ("附件：1.2025年港澳居民参保情况统计表.xlsx 2.办事指南（2026年版）.pdf", "notice"),
    ("附件一为2025年参保情况。", None),
    # LISTEN, EXCHANGE, IMPRINT: an audio length, exchange rates, a paper's imprint, a page
    # footer, a listed headline with its date
    ("听全文 约4分钟", "reading"), ("聽全文 約4分鐘", "reading"),
    ("匯率：人民幣兌澳門元 1.1126 港元兌澳門元 1.0300", "exchange"),
    ("汇率：人民币兑澳门元 1.1126", "exchange"),
    ("人民幣兌澳門元 1：1.1192　港元兌澳門元 1：1.0300", "exchange"),  # (rates written as a ratio)
    ("人民币兑澳门元 1:1.1192", "exchange"),
    # STOCKS: a line of share prices with their changes
    ("【收市】友邦 78.35元（+1.16%）　保誠(2378) 96.20元（-0.45%）", "quote"),
    ("【今日行情】上证指数 2,896.31 ▲1.16%　中国人保(601319) 5.86元 ▲2.09%", "quote"),
    # STOCK_CODED: one quote alone on its line, named with its code
    ("东莞控股(000828) 6.82 +1.19%", "quote"),
    ("東莞控股（000828） 6.82 ▼0.27%", "quote"),
    ("门诊 120000（+3.4%） 住院 30000（+1.2%）", None),
    ("广州日报社出版 国内统一连续出版物号CN44-0010 零售价：1.50元", "imprint"),
    ("江门市中心医院年报 — 3 —", "imprint"),
    ("我院3名医生获评惠州市首届“名医”2025-11-05", "imprint"),
    ("我院3名醫生獲評惠州市首屆「名醫」2025-11-05", "imprint"),
    ("2025-11-05，我院3名医生获评惠州市首届名医。", None),
    # a related headline with its date in brackets (MM-DD), after its link or its number
    ("> - [南山区启动第3批港澳医师执业备案](/sz/ms/1118)（11-18）", "imprint"),
    ("3. 本澳十月份旅客逾三百萬人次（11-20）", "imprint"),
    ("本澳十月份旅客逾三百萬人次，按年上升（11-20）", None),
    # a long header line of weather, rates and the date, no sentence mark
    (("2025年4月16日 星期三 農曆三月十九 澳門天氣：驟雨 22～27°C 濕度 85%～98% 匯率：人民幣兌澳門元 1.1126 "
      "港元兌澳門元 1.0300 會員登入"), "weather"),
    # a page's table of labelled metadata
    ("| 索引号： | 11440300MB2C91862X/2026-00128 | 分类： | 医疗保障", "bar"),
    ("| 发布日期： | 2026-04-16 | 浏览次数： | 3,087", "bar"),
    ("| 深圳 | 23 | 6,420 |", None),
    # a long metadata line with counters in brackets
    ("发布时间：2025-09-05 16:02:37 来源：南沙区卫生健康局 访问量：【5,826】 字号：【大】【中】【小】 【打印本页】【关闭窗口】",
     "meta"),
    # a budget reply's heads
    ("總目：（140）政府總部：醫務衞生局（衞生科）", "meta"), ("总目：（140）政府总部：医务卫生局", "meta"),
])
def test_furniture_kind(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line, marker", [
    ("版权所有 © 2025 澳门日报", True), ("版權所有 © 2025 澳門日報", True),  # _END: copyright
    ("© 2024 南方报业传媒集团", True), ("Copyright © 2023 深圳新闻网", True),
    ("免责声明：本文仅代表作者观点", True), ("免責聲明：本文僅代表作者觀點", True),
    ("责任编辑：陈大文", True), ("責任編輯：陳大文", True),
    ("相关推荐", True), ("相關推薦", True), ("猜你喜欢", True), ("猜你喜歡", True),  # _LIST_HEADING
    ("相关链接", True), ("相關連結", True), ("相關鏈接", True), ("热点资讯", True), ("熱點資訊", True),
    ("往期推荐", True), ("往期回顧", True),  # a WeChat account's list of its earlier posts
    ("简讯", True), ("簡訊", True), ("本版快讯：", True), ("本版快訊：", True), ("简讯显示门诊量增长", False),
    ("该院与多家机构建立相关链接机制。", False),
    ("该院版权所有的诊疗指南已免费开放。", False), ("該院版權所有的診療指南已免費開放。", False),
])
def test_end_markers_in_both_scripts(line, marker):
    assert text.is_end_marker(line) is marker


def test_seed_web_page_loses_its_furniture():
    text = strip_furniture(seed_text("003"))
    for furniture in ("特别声明", "相关推荐", "F-35", "热点推荐", "494436", "网易首页", "分享至",
                      "Notice", "2024-05-2", "头条要闻", "无障碍浏览", "环球网资讯"):
        assert furniture not in text
    assert "港式口岸综合医院" in text
    assert text.startswith("共建全市首个“港式口岸综合医院”!罗湖与香港医疗集团签约\n2月5日,")
    assert text.endswith("采写:南都记者 林敏儿")


SOHU_PAGE = """搜狐首页 > 健康 > 正文

佛山顺德港澳居民健康服务中心启用 年服务港澳同胞超1.5万人次

2023-11-08 09:12 来源: 珠江时报
阅读 (3021)
举报

11月7日，顺德区第一人民医院港澳居民健康服务中心正式启用。中心设有5间诊室，由8名港澳医生轮流坐诊，预计每年可服务港澳同胞超1.5万人次。

顺德区卫生健康局相关负责人介绍，顺德常住港澳居民约2.3万人，区内已有3家医院开通跨境医疗费用直付结算。

责任编辑：王小明
声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。
首赞
阅读 (3021)
推荐阅读
广东多地发布暴雨预警 市民出行注意安全
3小时前
这些食物吃多了伤肝，很多人天天吃
5小时前
返回搜狐，查看更多
"""

HK_PAGE = """新聞首頁 > 港聞 > 正文
澳門居民在橫琴就醫人次上升
2024-03-15 10:20 來源: 澳門日報
閱讀 (2150)
舉報

截至今年2月底，在橫琴參加醫保的澳門居民已達3.1萬人，按年增長18%。

橫琴醫院表示，院內設有12間港澳診室，每日約有300名澳門居民求診。

責任編輯：陳小明
免責聲明：本文內容僅代表作者本人觀點。
首讚
相關閱讀
濠江秋色 市民出遊注意安全
3小時前
"""

TENCENT_PAGE = """腾讯新闻 > 大湾区 > 正文
澳门居民在珠海参加医保人数突破3万
分享
收藏
南方+ 2024年03月15日 10:20

截至今年2月底，在珠海参加基本医疗保险的澳门居民已达31250人，比去年同期增长18%。

珠海市医保局表示，横琴粤澳深度合作区内的澳门居民可在12家定点医疗机构直接结算。
免责声明：本文内容由腾讯号作者上传发布，不代表腾讯网的观点和立场。
相关阅读
珠海横琴：打造澳门居民新家园
24小时热文
1 某明星官宣结婚
关于腾讯 | 服务协议 | 隐私政策
"""


# a Hong Kong portal page in traditional characters, with reader counters, an air-quality and
# weather line, a hotline, a copyright line and a related-news list (our own text)
HK_PORTAL_PAGE = """港聞 > 醫療 > 正文
深圳醫院港人門診一年求診逾8萬人次
2025-03-12 09:30 來源：大灣區新聞網
今日空氣質素指數 48 氣溫 18-24℃ 濕度 75%
閱讀 2.6萬 評論 143
點讚 56 轉發 12 收藏 8

香港大學深圳醫院去年為香港居民提供門診服務逾8萬人次，按年上升12%。

該院設有24小時跨境轉診熱線，並在5間分院開設港人專科門診。

24小時新聞熱線：2865 2222
版權所有 © 2025 大灣區新聞網
相關推薦
港人北上睇牙人數創新高
3小時前
"""


@pytest.mark.parametrize("page, kept, gone", [
    (SOHU_PAGE,
     ["佛山顺德港澳居民健康服务中心启用 年服务港澳同胞超1.5万人次", "由8名港澳医生轮流坐诊",
      "区内已有3家医院开通跨境医疗费用直付结算。"],
     ["搜狐", "阅读", "举报", "责任编辑", "声明", "暴雨", "3小时前", "首赞", "09:12"]),
    (TENCENT_PAGE,
     ["澳门居民在珠海参加医保人数突破3万", "已达31250人，比去年同期增长18%。",
      "在12家定点医疗机构直接结算。"],
     ["腾讯", "分享", "收藏", "10:20", "免责声明", "相关阅读", "打造澳门居民新家园", "热文",
      "明星", "隐私政策"]),
    (HK_PAGE,  # traditional: the same furniture in Hong Kong and Macao forms
     ["截至今年2月底，在橫琴參加醫保的澳門居民已達3.1萬人，按年增長18%。",
      "院內設有12間港澳診室，每日約有300名澳門居民求診。"],
     ["新聞首頁", "閱讀", "舉報", "10:20", "責任編輯", "免責聲明", "首讚", "相關閱讀", "濠江秋色",
      "3小時前"]),
    (HK_PORTAL_PAGE,
     ["深圳醫院港人門診一年求診逾8萬人次", "門診服務逾8萬人次，按年上升12%。",
      "並在5間分院開設港人專科門診。"],
     ["港聞 >", "09:30", "空氣質素", "濕度", "閱讀", "點讚", "2865", "版權所有", "相關推薦",
      "睇牙", "3小時前"]),
], ids=["sohu", "tencent", "traditional", "hong_kong_traditional"])
def test_other_portals_lose_their_furniture(page, kept, gone):
    text = strip_furniture(normalise(page))
    for phrase in kept:
        assert phrase in text
    for phrase in gone:
        assert phrase not in text


def test_headline_listings_go_without_an_end_marker():
    page = ("中山市人民医院开设港澳门诊，首月接诊港澳患者1200人次，其中香港居民占七成。\n"
            "股市今天大涨\n股市今天大涨\n财经网\n2024-06-01 10:00:00\n"
            "某地天气预报\n天气网\n2024-06-01 11:30:00\n")
    assert strip_furniture(page) == "中山市人民医院开设港澳门诊，首月接诊港澳患者1200人次，其中香港居民占七成。"


def test_without_tail_only_marker_lines_go():
    text = "深圳市人民医院床位3000张，医生1200名。\n责任编辑：张三\n该院今年新增港澳门诊。"
    assert strip_furniture(text, tail=False) == "深圳市人民医院床位3000张，医生1200名。\n该院今年新增港澳门诊。"
    assert strip_furniture(text) == "深圳市人民医院床位3000张，医生1200名。"


@pytest.mark.parametrize("text, kept", [
    (("江门市中心医院床位增至2,100张。\n\n相关新闻：\n江门今年新增4家港澳药械通指定医院\n"
      "中山港澳居民参保人数破万\n\n该院明年将开设港澳门诊。"),
     "江门市中心医院床位增至2,100张。\n该院明年将开设港澳门诊。"),
    (("江門市中心醫院牀位增至2,100張。\n相關新聞\n江門今年新增4間港澳藥械通指定醫院\n"
      "該院明年將開設港澳門診。"),
     "江門市中心醫院牀位增至2,100張。\n該院明年將開設港澳門診。"),
], ids=["simplified", "traditional"])
def test_headlines_under_a_list_heading_go_without_tail(text, kept):
    """LIST_HEADING: the related headlines under it are furniture in any article, not only in a
    portal page's tail; the article's next sentence stays."""
    assert strip_furniture(text, tail=False) == kept


def test_words_like_markers_inside_sentences_stay():
    text = "医生推荐阅读相关指南，并声明：费用可跨境直付。\n该院特别声明将于下月开放预约。"
    assert strip_furniture(text) == text


# --- PDF line breaks --------------------------------------------------------------------------

def test_seed_pdf_page_is_rejoined():
    text = join_broken_lines(seed_text("004"))
    for phrase in ("从198张增加至390张", "83万余人次", "指定医疗机构", "今年5月22日", "5万多平方米",
                   "住院服务人次从1.3万余人次上升至2.2万余人次。", "约360例出生缺陷儿出生",
                   "也是《粤港澳大湾区发展规划纲要》发布5周年。", "为医院的高质量发展注入了“强心剂”"):
        assert phrase in text
    for line in ("江门市妇幼保健院不负韶华", "七十二载绽芳华 奋楫扬帆展新姿", "推进粤港澳医疗服务融合发展",
                 "让市民在“家门口”享受港澳先进药械", "坚持党建引领 促进医院高质量发展"):
        assert line in text.split("\n")  # headings stay lines of their own
    assert "\n1952年，江门市妇幼保健所成立。" in text
    assert not re.search(r"\d\n\d|机\n构", text)


OWN_PDF = """
惠州市中心人民医院以高水平医院建设为抓手

跨境医疗服务再提速
4月8日，惠州市中心人民医院获批成为惠州首家“港澳

药械通”指定医疗机构，可使用已在港澳上市的药品和医疗器

械。近五年来，该院病床数从1680张增至

2100张，年门急诊量由186.5万人次增加到203.

6万人次，港澳患者就诊人次增长了3.2倍。

今年是香港回归祖国27周年。该院与香港5家医疗
机构建立双向转诊合作关系，截至2023
年底累计接收跨境转诊患者2600余例，其中
急危重症患者占比约35%。院长李建国表示，医
院将继续推进“港澳药械通”扩容，让港澳居民
在“家门口”享受同质化的医疗服务。
 “过去看病要回香港排队，现在在惠州半天
就能看完。”在惠州居住的香港居民陈先生说。

▲惠州市中心人民医院门诊大厅。
"""


def test_own_pdf_page_is_rejoined_exactly():
    assert join_broken_lines(OWN_PDF).split("\n") == [
        "惠州市中心人民医院以高水平医院建设为抓手",
        "跨境医疗服务再提速",
        ("4月8日，惠州市中心人民医院获批成为惠州首家“港澳药械通”指定医疗机构，可使用已在港澳上市的"
         "药品和医疗器械。近五年来，该院病床数从1680张增至2100张，年门急诊量由186.5万人次增加到"
         "203.6万人次，港澳患者就诊人次增长了3.2倍。"),
        ("今年是香港回归祖国27周年。该院与香港5家医疗机构建立双向转诊合作关系，截至2023年底累计接收"
         "跨境转诊患者2600余例，其中急危重症患者占比约35%。院长李建国表示，医院将继续推进“港澳药械通”"
         "扩容，让港澳居民在“家门口”享受同质化的医疗服务。"),
        "“过去看病要回香港排队，现在在惠州半天就能看完。”在惠州居住的香港居民陈先生说。",
        "▲惠州市中心人民医院门诊大厅。",
    ]


@pytest.mark.parametrize("lines, joined", [
    # cut at a character count: a line may open with punctuation, a decimal or a range
    (["东莞康华医院现有床位2426张其中国际医疗病区", "，占地面积6.35万平方米。"],
     ["东莞康华医院现有床位2426张其中国际医疗病区，占地面积6.35万平方米。"]),
    (["新院区总投资约45.7亿元预计在两年内建成约41", ".0亿元用于设备。"],
     ["新院区总投资约45.7亿元预计在两年内建成约41.0亿元用于设备。"]),
    (["计划建设标准化港式家庭医生诊室大约需要5", "-10间诊室。"],
     ["计划建设标准化港式家庭医生诊室大约需要5-10间诊室。"]),
    # Latin words keep a space between them
    (["该院手机系统已升级到最新版本名为Flyme", "AIOS系统可用于预约挂号和缴费等服务。"],
     ["该院手机系统已升级到最新版本名为Flyme AIOS系统可用于预约挂号和缴费等服务。"]),
    # short unpunctuated lines are headings; a sentence end ends a paragraph
    (["港澳居民就医更便利", "佛山市第一人民医院今年接诊港澳居民三万人次。"],
     ["港澳居民就医更便利", "佛山市第一人民医院今年接诊港澳居民三万人次。"]),
    # a stack of headings is not a column: a line notably shorter than the next was ended by
    # its author (simplified and traditional)
    (["湾区医疗合作提速", "港澳长者就诊人次上半年增四成", "", "记者从珠海市卫生健康局获悉，今年上半年，全市医疗机构为港澳",
      "长者提供诊疗服务2.4万人次，同比增长41.2%。"],
     ["湾区医疗合作提速", "港澳长者就诊人次上半年增四成",
      "记者从珠海市卫生健康局获悉，今年上半年，全市医疗机构为港澳长者提供诊疗服务2.4万人次，同比增长41.2%。"]),
    (["灣區醫療合作提速", "港澳長者就診人次上半年增四成", "", "記者從珠海市衞生健康局獲悉，今年上半年，全市醫療機構為港澳",
      "長者提供診療服務2.4萬人次，按年增長41.2%。"],
     ["灣區醫療合作提速", "港澳長者就診人次上半年增四成",
      "記者從珠海市衞生健康局獲悉，今年上半年，全市醫療機構為港澳長者提供診療服務2.4萬人次，按年增長41.2%。"]),
    # an indented line opens a paragraph
    (["肇庆市第一人民医院今年新增床位三百张这让", " 患者住院更方便了。"],
     ["肇庆市第一人民医院今年新增床位三百张这让", "患者住院更方便了。"]),
    # a line opening with an item marker opens an item, in both scripts (2. 可致電…)
    (["■港人北上睇病小貼士", "1. 出發前備妥回鄉證及香港身份", "2. 可致電2961 8989查詢醫療券餘額"],
     ["■港人北上睇病小貼士", "1. 出發前備妥回鄉證及香港身份", "2. 可致電2961 8989查詢醫療券餘額"]),
    (["注意事项包括携带证件和医保", "3、长者须年满65岁"], ["注意事项包括携带证件和医保", "3、长者须年满65岁"]),
    # nothing to join
    ([""], [""]), (["一行"], ["一行"]),
], ids=["comma-first", "decimal", "range", "latin", "heading", "headings", "headings-traditional",
        "indent", "item-traditional", "item-simplified", "empty", "one-line"])
def test_join_broken_lines_cases(lines, joined):
    assert join_broken_lines("\n".join(lines)).split("\n") == joined


_SENTENCES = ("近五年来，该院病床数从198张增加至390张。", "年门急诊量从47万余人次上升至83万余人次。",
              "截至2023年底，澳门居民在珠海参加医保3.5万人。", "“港澳药械通”指定医疗机构达45家。",
              "该院成功开展四级手术1800例，微创手术占比62.5%。", "香港大学深圳医院与医管局签约合作。",
              "随着粤港澳大湾区建设加速推进，跨境就医需求持续上升。", "新生儿死亡率降至1.2‰。")


@pytest.mark.parametrize("seed", range(40))
def test_wrapped_paragraphs_come_back_whole(seed):
    """Paragraphs cut at a fixed width, single or double spaced, re-join with breaks only where
    a sentence ends, and nothing lost or added."""
    r = random.Random(seed)
    paragraphs = ["".join(r.choice(_SENTENCES) for _ in range(r.randint(1, 5)))
                  for _ in range(r.randint(2, 6))]
    width, gap = r.randint(12, 36), r.choice(["\n", "\n\n"])
    text = "\n\n".join(gap.join(p[i:i + width] for i in range(0, len(p), width))
                       for p in paragraphs)
    out = join_broken_lines(text)
    assert out.replace("\n", "") == "".join(paragraphs)
    breaks = [m.start() for m in re.finditer("\n", out)]
    assert all(ends_sentence(out[:b]) for b in breaks), out
    paragraph_ends = {len("".join(paragraphs[:k + 1])) for k in range(len(paragraphs) - 1)}
    assert paragraph_ends <= {b - i for i, b in enumerate(breaks)}  # offsets without newlines


def test_join_of_a_large_text():
    paragraph = "".join(_SENTENCES) * 3
    text = "\n\n".join("\n".join(paragraph[i:i + 20] for i in range(0, len(paragraph), 20))
                       for _ in range(4000))  # about 3 MB
    out = join_broken_lines(text)  # its time is measured by benchmarks/run.py
    assert out.count("\n") >= 3999


@pytest.mark.parametrize("prefix, wrapped", [
    ("000", False), ("001", False), ("002", False), ("003", False), ("004", True)])
def test_looks_wrapped_on_seeds(prefix, wrapped):
    assert looks_wrapped(seed_text(prefix)) is wrapped


def test_own_pdf_looks_wrapped_and_prose_does_not():
    assert looks_wrapped(OWN_PDF)
    assert not looks_wrapped(join_broken_lines(OWN_PDF))


def test_html_and_rejoined_text_come_back_tidy():
    """The readers skip tidying what html_to_text and join_broken_lines return: both must
    return tidy text, whatever the input (random tag soup and random column lines)."""
    rng = random.Random(13)
    pieces = ["<p>", "</p>", "<div>", "</div>", "<br>", "<b>", "</b>", "<script>x</script>",
              " ", "  ", "\n", "\t", "\u3000", "港澳", "医院", "1200张", "。", "，", "a b",
              "<!-- c -->", "&nbsp;", "<td>", "</td>", "<li>", "\n\n"]
    for _ in range(3000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 25)))
        out = html_to_text(html)
        assert tidy(out) == out, repr(html)
    words = ["港澳居民健康服务中心今年接诊", "1200", "人次。", "，", "  ", "", "床位", "医院",
             "▲图片", "a", "b c"]
    for _ in range(3000):
        lines = ["".join(rng.choice(words) for _ in range(rng.randrange(0, 5)))
                 for _ in range(rng.randrange(1, 12))]
        out = join_broken_lines("\n".join(lines))
        assert tidy(out) == out, repr(lines)


@pytest.mark.parametrize("byline", ["本报记者 陈明远 通讯员 卫宣", "本報記者 陳明遠 通訊員 衞宣"])
def test_a_line_that_stands_alone_is_never_joined(byline):
    """A heading as long as the byline under it would take it in; ``alone`` keeps the byline a
    line of its own (ingest passes its byline pattern)."""
    lines = ["港澳长者门诊日均接诊约八十人次", byline, "记者从珠海市卫生健康局获悉今年上半年全",
             "市医疗机构为港澳长者提供诊疗服务二万", "四千人次，同比增长41.2%。"]
    joined = join_broken_lines("\n".join(lines), alone=lambda line: line == byline)
    assert joined.split("\n") == [lines[0], byline, "".join(lines[2:])]
