"""Property tests: ingest, HTML to text and metric extraction on arbitrary input never fail in an
unexpected way, and every metric row they give is traceable and well formed.

(``parse_number`` / ``find_numbers`` are property-tested in tests/test_numbers_properties.py.)
"""

from __future__ import annotations

import math
import tempfile
import warnings
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import text as text_module
from analysis.errors import IngestError
from analysis.facts import link_facts
from analysis.ingest import Document, read_document
from analysis.metrics import document_metrics, extract_metrics, spanned
from analysis.schema import METRIC_COLUMNS
from analysis.text import html_to_text, looks_like_html, normalise, tidy
from analysis.vocabulary import METRIC_NAMES

STATUSES = {"actual", "planned", "change", "rate_of_change", "cumulative"}
PERIOD_KINDS = {None, "point", "month", "year", "range", "cumulative"}
SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# --- strategies ----------------------------------------------------------------------------------

NUMERALS = list("零一二两三四五六七八九十百千万亿〇壹贰叁肆伍陆柒捌玖拾佰仟萬億兩")
DIGITS = list("0123456789０１２３４５６７８９") + [".", ",", "-", "~", "至", "到", "/", "又", "分之",
                                                  "百分之", "千分之", "点"]
UNITS = ["人", "人次", "张", "家", "名", "%", "‰", "平方米", "万", "余", "多", "逾", "近", "约",
         "亿", "万人次", "床", "例", "间", "个", "岁", "年", "月", "日", "元", "港元", "％", "张床位",
         "以上", "左右", "超过", "不足", "第", "强", "周年", "来"]
WORDS = ["医院", "床位", "现有", "共有", "医生", "护士", "港澳居民", "接诊", "死亡率", "降至", "增长",
         "同比", "占", "比例", "规划", "参加", "医疗保险", "该院", "横琴医院", "深圳市人民医院", "今年",
         "去年", "截至", "达", "累计", "服务", "建筑面积", "手术", "患者", "我", "“", "”", "，", "。",
         "计划", "将", "将近", "拟", "增加", "减少", "下降", "至", "从", "由", "增至", "个百分点",
         "自", "以来", "近十年来", "二○二四年", "2023-24年度", "1至10月", "底", "澳门居民", "孕产妇",
         "港澳医生", "该院", "比上年底", "同比", "-", "（", "醫管局", "罗湖", "罗湖区",
         "、", "；", "：", "（", "）", "\n", " ", "！", "？", "—", "…", "A", "x", "$", "<p>", "&lt;"]
number_soup = st.lists(st.sampled_from(NUMERALS + DIGITS + UNITS + WORDS), max_size=80).map("".join)
any_text = st.text(max_size=400)
cjk_text = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
                   | st.sampled_from(list("0123456789，。、%张人名\n 万亿")), max_size=300)
regions = st.sampled_from([None, "深圳", "珠海", "江门", "香港", "澳门"])
published = st.one_of(st.none(), st.dates(), st.just("not a date"))

TAGS = ["p", "div", "span", "a", "b", "br", "img", "script", "style", "iframe", "table", "tr",
        "td", "li", "ul", "h1", "svg", "noscript", "template", "textarea", "pre", "title", "head",
        "body", "html", "meta", "link", "object", "math", "x-custom", "!--", "?xml", "!DOCTYPE"]
ATTRS = ["", ' src="http://example.invalid/x.png"', " onerror=alert(1)", ' href="javascript:x"',
         " class=a", ' style="background:url(http://example.invalid/)"', " data-x='<p>'", " a=",
         ' title="a>b"', " /"]
MARKUP_BITS = (["<", ">", "</", "/>", "&", "&amp;", "&lt;", "&#", "&#x4e2d;", "&nbsp;", "<!--",
                "-->", "<![CDATA[", "]]>", "\"", "'", "=", "\n", "\r\n", "\t", "\x00"]
               + WORDS + NUMERALS[:10] + UNITS[:12])


@st.composite
def html_ish(draw) -> str:
    """Strings that look like HTML: tags (open, close, void, unclosed, misnested) with hostile
    attributes, entities, comments and text, cut off anywhere."""
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 4))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            parts.append(f"<{tag}{draw(st.sampled_from(ATTRS))}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(draw(st.sampled_from(MARKUP_BITS)))
        else:
            parts.append(draw(st.text(max_size=20)))
    html = "".join(parts)
    return html[:draw(st.integers(0, len(html)))] if draw(st.booleans()) else html


@st.composite
def text_only_html(draw) -> tuple[str, str]:
    """Well-formed HTML whose text uses no markup characters, and a marker hidden in a script,
    style or iframe that must never become text."""
    secret = "SECRETMARK"
    text = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80)
                   | st.sampled_from(list("0123456789，。 \n")), max_size=30)
    parts = []
    for _ in range(draw(st.integers(0, 15))):
        tag = draw(st.sampled_from(["p", "div", "span", "td", "li", "b", "a", "h2"]))
        attr = draw(st.sampled_from(ATTRS[:7]))
        parts.append(f"<{tag}{attr}>{draw(text)}</{tag}>")
        if draw(st.booleans()):
            hider = draw(st.sampled_from(["script", "style", "iframe", "noscript", "template"]))
            parts.append(f"<{hider}>{secret}</{hider}>")
    return "".join(parts), secret


def _doc(text: str, region=None, date=None) -> SimpleNamespace:
    return SimpleNamespace(doc_id="d", text=text, published=date, region=region)


def _check_rows(rows: list[dict], text: str, doc_id: str = "d", title: str | None = None) -> None:
    for row in rows:
        assert set(METRIC_COLUMNS) <= set(row), row
        start, end, quote = row["start"], row["end"], row["quote"]
        assert isinstance(start, int) and isinstance(end, int)
        if start < 0:  # a headline figure: the title stands before the text, with a line break
            assert title and -len(title) - 1 <= start <= end < 0, row
        else:
            assert 0 <= start <= end <= len(text), row
        assert spanned(text, title, start, end) == quote, row
        assert row["metric"] in METRIC_NAMES, row
        assert isinstance(row["value"], float) and math.isfinite(row["value"]), row
        high = row["value_high"]
        assert high is None or (isinstance(high, float) and (math.isfinite(high)
                                                             or math.isnan(high))), row
        assert row["doc_id"] == doc_id
        assert row["status"] in STATUSES, row
        assert row["period_kind"] in PERIOD_KINDS, row
        start_, end_ = row["period_start"], row["period_end"]
        assert (start_ is None or end_ is None or start_ <= end_), row
        assert (row["period"] is None) == (end_ is None) == (row["period_kind"] is None), row
        assert row["entity_type"] is None or row["entity"], row
        assert isinstance(row["fact_id"], str) and row["fact_id"].startswith("f"), row
        assert not any(key.startswith("_") for key in row), row
    facts = {row["fact_id"] for row in rows}
    for row in rows:  # links point to facts of the same article
        assert row["baseline_fact_id"] is None or row["baseline_fact_id"] in facts, row
        assert row["of_fact_id"] is None or row["of_fact_id"] in facts, row


# --- ingest ------------------------------------------------------------------------------------

@SETTINGS
@given(data=st.binary(max_size=3000))
def test_read_document_on_arbitrary_bytes_gives_a_document_or_an_ingest_error(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_bytes(data)
        try:
            doc, notes = read_document(path)
        except IngestError as exc:
            message = str(exc)
            assert message.startswith(f"{path}: ") and "\n" not in message
            return
    assert isinstance(doc, Document) and doc.text.strip()
    assert all(isinstance(n, str) and "\n" not in n for n in notes)
    assert "\x00" not in doc.text and "\r" not in doc.text


@SETTINGS
@given(text=st.one_of(any_text, html_ish(), number_soup),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16"]),
       front_matter=st.booleans())
def test_read_document_on_encoded_text_gives_a_document_or_an_ingest_error(text, encoding,
                                                                           front_matter):
    if front_matter:
        text = f"---\ntitle: {text[:20]}\ndate: {text[20:30]}\n---\n{text}"
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.html"
        path.write_bytes(data)
        try:
            doc, _ = read_document(path)
        except IngestError:
            return
    assert isinstance(doc, Document) and doc.text == doc.text.strip()
    _check_rows(document_metrics(doc), doc.text, doc.doc_id, doc.title)


# --- HTML to text ---------------------------------------------------------------------------------

@SETTINGS
@given(html=st.one_of(any_text, html_ish()))
def test_html_to_text_takes_any_string(html):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = html_to_text(html)
    # a warning is a multi-line message on the command line's stderr, where each line names a file
    assert [str(w.message).splitlines()[0] for w in caught] == []
    assert isinstance(text, str)
    assert text == tidy(text)  # lines stripped, no blank lines
    looks_like_html(html)  # never raises either
    normalise(html)


@SETTINGS
@given(case=text_only_html())
def test_html_to_text_keeps_text_and_drops_markup_and_hidden_content(case):
    html, secret = case
    text = html_to_text(html)
    assert secret not in text
    assert "<" not in text and ">" not in text
    for needle in ("example.invalid", "onerror", "javascript", "alert"):
        assert needle not in text


_MARKUP_TAGS = ["div", "p", "span", "br", "img", "td", "li", "nav", "footer", "svg", "DIV", "Li",
                "script", "style", "title", "my-tag"]
_MARKUP_ATTRIBUTES = ["", " class='x'", ' id="a>b"', " data-x=1", " disabled", " src=a/b",
                      ' onerror="alert(1)"', "\n href = \"x\" ", " title='a<b'", " a=b/", " =x"]
_MARKUP_BITS = ["江门", "床位2000张。", " ", "\n", "&amp;", "&nbsp;", "&#x4e2d;", "&bogus;",
                "&bogus", "&", "x > y", "a < b", "中\n文", "<!-- c -->", "<!DOCTYPE html>",
                "<![CDATA[x]]>", "<?pi?>", "</ >", "</p x>"]


@st.composite
def markup(draw) -> str:
    """Tag soup from plain and awkward pieces: start, end and self-closing tags with all kinds of
    attributes, entities, comments, declarations, stray brackets."""
    pieces = []
    for _ in range(draw(st.integers(1, 30))):
        tag = draw(st.sampled_from(_MARKUP_TAGS))
        pieces.append(draw(st.sampled_from([
            f"<{tag}{draw(st.sampled_from(_MARKUP_ATTRIBUTES))}>", f"</{tag}>", f"</{tag} >",
            f"<{tag}{draw(st.sampled_from(_MARKUP_ATTRIBUTES))}/>",
            draw(st.sampled_from(_MARKUP_BITS))])))
    return "".join(pieces)


@SETTINGS
@given(html=markup())
def test_the_plain_markup_shortcut_reads_html_as_html_parser_does(html):
    # html_to_text tokenises plain markup with one regex; html.parser must read it the same way
    markup_ = text_module._complete_markup(html)
    parsed = text_module._TextBuilder()
    parser = text_module._TextExtractor(parsed)
    parser.feed(markup_)
    parser.close()
    assert html_to_text(html) == parsed.text()


@SETTINGS
@given(depth=st.integers(1, 3000), tag=st.sampled_from(["div", "span", "b", "td", "li"]))
def test_html_to_text_survives_deep_nesting(depth, tag):
    html = f"<{tag}>" * depth + "床位500张" + f"</{tag}>" * depth
    assert html_to_text(html).replace(" ", "").lstrip("|") == "床位500张"  # (a cell marks its start)


# --- metrics ----------------------------------------------------------------------------------

@SETTINGS
@given(text=st.one_of(any_text, cjk_text), region=regions, date=published)
def test_document_metrics_on_arbitrary_text(text, region, date):
    _check_rows(document_metrics(_doc(text, region, date)), text)


@SETTINGS
@given(text=number_soup, region=regions, date=published)
def test_document_metrics_on_numerals_digits_units_and_words(text, region, date):
    _check_rows(document_metrics(_doc(text, region, date)), text)


@SETTINGS
@given(texts=st.lists(st.one_of(number_soup, cjk_text), max_size=5))
def test_extract_metrics_gives_a_well_typed_table(texts):
    documents = [SimpleNamespace(doc_id=f"d{i}", text=t, published=None, region=None)
                 for i, t in enumerate(texts)]
    table = extract_metrics(documents)
    assert list(table.columns) == METRIC_COLUMNS
    assert str(table["value"].dtype) == "float64" and str(table["start"].dtype) == "int64"
    assert set(table["doc_id"]) <= {d.doc_id for d in documents}
    assert set(table["metric"]) <= METRIC_NAMES
    for row in table.itertuples(index=False):
        text = texts[int(row.doc_id[1:])]
        assert text[row.start:row.end] == row.quote
        assert math.isfinite(row.value)
        assert pd.isna(row.value_high) or math.isfinite(row.value_high)
    frame = pd.DataFrame({"doc_id": [d.doc_id for d in documents], "text": texts,
                          "published": [None] * len(texts), "region": [None] * len(texts)})
    assert extract_metrics(frame).equals(table)  # a documents table gives the same rows
    assert str(table["period_start"].dtype) == "datetime64[ns]"
    ordered = table.dropna(subset=["period_start", "period_end"])
    assert (ordered["period_start"] <= ordered["period_end"]).all()
    mentions, facts = link_facts(frame.assign(published=[date(2024, 5, 1)] * len(texts)), table)
    # (names made canonical across the articles may merge facts: 0醫管局 and 0醫管局醫管局)
    assert facts["fact_id"].is_unique and set(facts["fact_id"]) == set(mentions["fact_id"])
    assert len(facts) <= table["fact_id"].nunique()
    assert facts["mentions"].sum() == len(table) == len(mentions)
    linked = set(facts["baseline_fact_id"].dropna()) | set(facts["of_fact_id"].dropna())
    assert linked <= set(facts["fact_id"])
