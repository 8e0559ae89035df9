"""Files -> Documents: the seeds (values checked by hand against each file), articles of our own
in each shape, publication dates, the GBA gazetteer, paths, and the table and command on top."""

from __future__ import annotations

import hashlib
from datetime import date

import pandas as pd
import pytest
import synthetic
from conftest import SEEDS
from test_text import OWN_PDF, SOHU_PAGE, TENCENT_PAGE

from analysis import regions
from analysis.cli import main
from analysis.errors import NoArticlesError
from analysis.files import article_paths
from analysis.ingest import Document, read_document
from analysis.pipeline import load_documents, read_documents
from analysis.schema import DOCUMENT_COLUMNS

# --- the seeds --------------------------------------------------------------------------------

SEED_ROWS = {  # prefix: title, published, published_source, region, publisher, author, format
    "000": ("沿着高速看中国（广东）【十】横琴医院推动珠澳医疗服务融合", date(2021, 4, 19),
            "front_matter", "珠海", "趣头条", "李宛真 蒋臻 代国辉 钟丽婷", "front_matter_html"),
    "001": ("内地首家港澳居民健康服务中心在广州黄埔启用", date(2022, 8, 30), "front_matter", "广州",
            "ZAKER", "柳卓楠", "front_matter_html"),
    "002": ("前海推出“平靓正”医疗健康服务项目", date(2024, 4, 11), "header", "深圳", "羊城晚报",
            "李晓旭", "newspaper"),
    "003": ("共建全市首个“港式口岸综合医院”!罗湖与香港医疗集团签约", date(2024, 2, 5), "inferred",
            "深圳", "南方都市报", "林敏儿", "web_page"),
    "004": ("江门市中心医院以高水平医院建设为契机 守护“健康江门”拥抱“健康湾区”", date(2024, 9, 10),
            "inferred", "江门", None, None, "pdf_text"),
}
FIELDS = ("title", "published", "published_source", "region", "publisher", "author", "format")


@pytest.mark.parametrize("prefix", sorted(SEED_ROWS))
def test_seed_documents(seed_documents, prefix):
    doc = seed_documents[prefix]
    assert tuple(getattr(doc, f) for f in FIELDS) == SEED_ROWS[prefix]
    path = next(SEEDS.glob(f"{prefix}_*"))
    assert doc.doc_id == path.stem and doc.path == str(path)
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.text == doc.text.strip() and "\n\n" not in doc.text and doc.title not in doc.text


@pytest.mark.parametrize("prefix, present, absent", [
    ("000", ["4月18日下午，“沿着高速看中国（广东）”主题采访活动", "累计服务澳门居民逾4.8万人次",
             "已经享受养老待遇并按月领取养老金1113人。"],
     ["<p>", "https://", "data-size", "title:", "趣头条"]),
    ("001", ["培养 100 名金牌全科医师和 150 名社区护士", "15-20 间标准化港式家庭医生诊室"],
     ["img_box", "onclick", "zkres1", "recommend_bottom"]),
    ("002", ["目前有4家三级以上医院可为港澳人士提供完善的基本医疗及特色诊疗服务",
             "床位数共3241张", "拟设置30张牙椅,20张病床。"],
     ["即时新闻", "版次", "来源:羊城区域", "2024年04月11日"]),
    ("003", ["港式口岸综合医院", "医院总面积约10000平方米", "辖区常住香港居民近4万"],
     ["特别声明", "相关推荐", "F-35", "热点推荐", "494436", "网易首页", "分享至", "Notice"]),
    ("004", ["从198张增加至390张", "83万余人次", "指定医疗机构", "今年5月22日", "5万多平方米",
             "今年是中华人民共和国成立75周年，也是《粤港澳大湾区发展规划纲要》发布5周年。"],
     ["机\n构", "22\n日", "至\n390"]),
])
def test_seed_texts(seed_documents, prefix, present, absent):
    text = seed_documents[prefix].text
    for phrase in present:
        assert phrase in text
    for phrase in absent:
        assert phrase not in text


def test_as_row_has_the_table_columns(seed_documents):
    row = seed_documents["000"].as_row()
    assert list(row) == DOCUMENT_COLUMNS
    assert row["published"] == date(2021, 4, 19)


def test_load_documents_end_to_end():
    table = load_documents(SEEDS)
    assert list(table.columns) == DOCUMENT_COLUMNS
    assert list(table.doc_id.str[:3]) == ["000", "001", "002", "003", "004"]
    # published is datetime64 (it was Python dates, on which .dt fails), paths are relative
    assert str(table.published.dtype).startswith("datetime64")
    assert list(table.published.dt.date) == [row[1] for row in SEED_ROWS.values()]
    assert list(table.path) == sorted(p.name for p in SEEDS.iterdir() if p.suffix != ".gitkeep"
                                      and not p.name.startswith("."))


def test_documents_command_writes_the_table(tmp_path, capsys):
    out = tmp_path / "docs.csv"
    assert main(["documents", str(SEEDS), "--out", str(out)]) == 0
    table = pd.read_csv(out)
    assert len(table) == 5 and list(table.columns) == DOCUMENT_COLUMNS
    assert list(table.region) == [row[3] for row in SEED_ROWS.values()]
    assert "wrote 5 documents" in capsys.readouterr().err


# --- articles of our own, one per shape and variant ------------------------------------------

OWN_ARTICLES = {
    "fm_iso_date.txt": (
        ("---\ntitle: \"东莞松山湖：港澳居民就医'一站式'服务上线\"\n"
         "date: 2023-06-18T23:30:00+08:00\nauthor: 南方+\ncategories:\n - 新媒体\n---\n"
         "<div><p>文/图 南方日报记者 张伟</p><p>6月16日，东莞松山湖中心医院港澳居民健康服务中心"
         "正式启用，首批引进香港医生<b>6</b>名。</p><p>据介绍，松山湖片区常住港澳居民约8000人。</p>"
         "</div>"),
        {"format": "front_matter_html", "title": "东莞松山湖：港澳居民就医'一站式'服务上线",
         "published": date(2023, 6, 18), "published_source": "front_matter", "publisher": "南方+",
         "author": "张伟", "region": "东莞",
         "text": ("文/图 南方日报记者 张伟\n6月16日，东莞松山湖中心医院港澳居民健康服务中心正式启用，"
                  "首批引进香港医生6名。\n据介绍，松山湖片区常住港澳居民约8000人。")}),
    "fm_no_date.txt": (
        ("\n\n---\ntitle: 江门市中心医院与澳门镜湖医院签约\nauthor: 一点资讯\n---\n"
         "<p>2022年11月3日，江门市中心医院与澳门镜湖医院签署合作协议。</p>"),
        {"published": date(2022, 11, 3), "published_source": "text", "region": "江门",
         "publisher": "一点资讯", "author": "一点资讯"}),  # the stated author is kept
    "fm_plain_body.txt": (
        ("---\ntitle: 肇庆港澳居民可用医保卡就医\ndate: 2020年5月6日\nauthor: ZAKER\n---\n\n"
         "肇庆市第一人民医院今年起为港澳居民提供医保直付服务。\n\n目前已服务港澳居民3200人次。\n"),
        {"format": "front_matter_html", "published": date(2020, 5, 6), "region": "肇庆",
         "text": "肇庆市第一人民医院今年起为港澳居民提供医保直付服务。\n目前已服务港澳居民3200人次。"}),
    "newspaper.txt": (
        ("健康\n\n中山市人民医院港澳门诊开诊\n\n首月接诊港澳患者逾1200人次\n\n"
         "来源：南方日报  2023年11月02日  版次：A05  作者：陈静\n\n"
         "  文/图 南方日报记者 陈静 通讯员 李明\n\n"
         "  11月1日，中山市人民医院港澳门诊正式开诊，首月接诊港澳患者逾1200人次。\n\n"
         "  门诊设在石岐院区，配备5名港澳医生。\n"),
        {"format": "newspaper", "title": "中山市人民医院港澳门诊开诊", "published": date(2023, 11, 2),
         "published_source": "header", "publisher": "南方日报", "author": "陈静", "region": "中山",
         "text": ("首月接诊港澳患者逾1200人次\n文/图 南方日报记者 陈静 通讯员 李明\n"
                  "11月1日，中山市人民医院港澳门诊正式开诊，首月接诊港澳患者逾1200人次。\n"
                  "门诊设在石岐院区，配备5名港澳医生。")}),
    "newspaper_traditional.txt": (  # a Macao paper: 來源 header, 文/圖 …記者 byline (BYLINE, ROLES)
        ("港聞\n\n澳門鏡湖醫院增設跨境門診\n\n首月接診內地患者逾800人次\n\n"
         "來源：澳門日報  2024年03月02日  版次：A03  作者：李家明\n\n"
         "  文/圖 澳門日報記者 李家明 通訊員 陳小華\n\n"
         "  3月1日，澳門鏡湖醫院跨境門診正式開診，首月接診內地患者逾800人次。\n\n"
         "  門診配備6名醫生。\n"),
        {"format": "newspaper", "title": "澳門鏡湖醫院增設跨境門診", "published": date(2024, 3, 2),
         "published_source": "header", "publisher": "澳門日報", "author": "李家明", "region": "澳门",
         "text": ("首月接診內地患者逾800人次\n文/圖 澳門日報記者 李家明 通訊員 陳小華\n"
                  "3月1日，澳門鏡湖醫院跨境門診正式開診，首月接診內地患者逾800人次。\n"
                  "門診配備6名醫生。")}),
    "sohu.txt": (
        SOHU_PAGE,
        {"format": "web_page", "title": "佛山顺德港澳居民健康服务中心启用 年服务港澳同胞超1.5万人次",
         "published": date(2023, 11, 8), "published_source": "header", "publisher": "珠江时报",
         "region": "佛山"}),
    "tencent.txt": (
        TENCENT_PAGE,
        {"format": "web_page", "title": "澳门居民在珠海参加医保人数突破3万",
         "published": date(2024, 3, 15), "published_source": "header", "region": "珠海",
         "text": ("截至今年2月底，在珠海参加基本医疗保险的澳门居民已达31250人，比去年同期增长18%。\n"
                  "珠海市医保局表示，横琴粤澳深度合作区内的澳门居民可在12家定点医疗机构直接结算。")}),
    "pdf.txt": (
        OWN_PDF,
        {"format": "pdf_text", "title": "惠州市中心人民医院以高水平医院建设为抓手 跨境医疗服务再提速",
         "published": date(2024, 4, 8), "published_source": "inferred", "region": "惠州",
         "publisher": None}),
    # a page break repeats the masthead mid-sentence (and a weather line sits under it): both go
    # before the join, the date is the masthead's, the headings and the byline stay lines
    "pdf_masthead.txt": (
        '珠江晚报\u30002025年6月9日 星期一\u3000版次：A07\u3000健康\n\n湾区医疗合作提速\n港澳长者就诊人次上半年增四成\n\n本报记者 陈明远 通讯员 卫宣\n记者从珠海市卫生健康局获悉，今年上半年，全市医\n疗机构为港澳长者提供诊疗服务2.4万人次，同比增长\n41.2%。珠海市人民医院设立的港澳长者门诊日均接诊\n约80人次，该院负责人表示，门诊开设以来运行平稳，\n\n珠江晚报\u30002025年6月9日 星期一\u3000版次：A08\u3000健康\n\n前来复诊的长者逐月增多，预计全年接诊将超过3万人次。\n',
        {"format": "pdf_text", "title": "湾区医疗合作提速 港澳长者就诊人次上半年增四成",
         "published": date(2025, 6, 9), "author": "陈明远", "publisher": "珠江晚报",
         "text": ("本报记者 陈明远 通讯员 卫宣\n记者从珠海市卫生健康局获悉，今年上半年，全市医疗机构为港澳长者"
                  "提供诊疗服务2.4万人次，同比增长41.2%。珠海市人民医院设立的港澳长者门诊日均接诊约80人次，"
                  "该院负责人表示，门诊开设以来运行平稳，前来复诊的长者逐月增多，预计全年接诊将超过3万人次。")}),
    "pdf_masthead_traditional.txt": (
        '澳門日報\u30002025年6月9日 星期一\u3000版次：B05\u3000健康\n今日天氣\u3000澳門\u3000多雲\u300026~31℃\n\n灣區醫療合作提速\n港澳長者就診人次上半年增四成\n\n本報記者 陳明遠\n記者從珠海市衞生健康局獲悉，今年上半年，全市醫\n療機構為港澳長者提供診療服務2.4萬人次，按年增長\n41.2%。珠海市人民醫院設立的港澳長者門診日均接診\n約80人次，該院負責人表示，門診開設以來運行平穩，\n\n澳門日報\u30002025年6月9日 星期一\u3000版次：B06\u3000健康\n\n前來覆診的長者逐月增多，預計全年接診將超過3萬人次。\n',
        {"format": "pdf_text", "title": "灣區醫療合作提速 港澳長者就診人次上半年增四成",
         "published": date(2025, 6, 9), "author": "陳明遠", "publisher": "澳門日報",
         "text": ("本報記者 陳明遠\n記者從珠海市衞生健康局獲悉，今年上半年，全市醫療機構為港澳長者"
                  "提供診療服務2.4萬人次，按年增長41.2%。珠海市人民醫院設立的港澳長者門診日均接診約80人次，"
                  "該院負責人表示，門診開設以來運行平穩，前來覆診的長者逐月增多，預計全年接診將超過3萬人次。")}),
    "plain.txt": (
        "珠海横琴医院港澳患者服务再升级\n\n2021年，横琴医院累计服务澳门居民4.8万人次。\n",
        {"format": "plain", "title": "珠海横琴医院港澳患者服务再升级", "published": date(2021, 1, 1),
         "published_source": "inferred", "region": "珠海",
         "text": "2021年，横琴医院累计服务澳门居民4.8万人次。"}),
}


@pytest.mark.parametrize("name", sorted(OWN_ARTICLES))
def test_own_articles(write, name):
    content, expected = OWN_ARTICLES[name]
    doc, notes = read_document(write(name, content))
    assert notes == []
    assert {field: getattr(doc, field) for field in expected} == expected


_BODY = "<p>2023年，横琴医院累计服务澳门居民4.8万人次。</p>"


@pytest.mark.parametrize("content, url, publisher, author", [
    ((f"---\ntitle: 横琴医院\nlink: https://news.example.cn/a/1.html\nauthor: 张伟\n"
      f"publisher: 南方日报\n---\n{_BODY}"), "https://news.example.cn/a/1.html", "南方日报", "张伟"),
    (f"---\ntitle: 横琴医院\nsource_url: 'https://m.example.cn/2'\nsource: 澎湃\n---\n{_BODY}",
     "https://m.example.cn/2", "澎湃", None),
    (f"---\ntitle: 横琴医院\nurl: http://x.example.cn/3\nauthor: 网易号\n---\n{_BODY}",
     "http://x.example.cn/3", "网易号", "网易号"),  # no byline: the stated author is kept
    (('<html><head><title>横琴医院</title><link href="https://www.example.cn/c/4" '
      f'rel="canonical"></head><body>{_BODY}</body></html>'), "https://www.example.cn/c/4", None,
     None),
    (("<html><head><link rel='stylesheet' href='https://cdn.example.cn/s.css'></head>"
      f"<body>{_BODY}</body></html>"), None, None, None),  # only a canonical link is the address
    (f"---\ntitle: 横琴医院\nlink: javascript:alert(1)\n---\n{_BODY}", "javascript:alert(1)",
     None, None),  # kept as text: tables never turn it into a link
])
def test_address_publisher_and_author(write, content, url, publisher, author):
    doc, _ = read_document(write("a.txt", content))
    assert (doc.url, doc.publisher, doc.author) == (url, publisher, author)


@pytest.mark.parametrize("head, publisher", [
    # ACCOUNT_LINE: a social-media account's line under the headline names who posts the text
    ("广东省人民医院\u30002026-01-08 18:30\u3000发表于广东", "广东省人民医院"),
    ("廣東省人民醫院\u30002026-01-08 18:30\u3000發表於廣東", "廣東省人民醫院"),
    ("原创\u3000佛山市第一人民医院\u30002025年1月15日", "佛山市第一人民医院"),
    ("原創\u3000佛山市第一人民醫院\u30002025年1月15日", "佛山市第一人民醫院"),
    # ... not a newspaper's masthead line, nor a line of the text
    ("东莞日报\u30002026年1月20日 星期二\u3000A03", None),
    ("東莞日報\u30002026年1月20日 星期二\u3000A03", None),
])
def test_an_accounts_line_names_the_publisher(write, head, publisher):
    text = f"数说这一年\n{head}\n\n2025年，全院完成门急诊服务652.7万人次，同比增长3.9%。\n"
    doc, _ = read_document(write("a.txt", text))
    assert doc.publisher == publisher


def test_paths_are_relative_to_the_input_folder(write, tmp_path):
    write("in/a.txt", f"---\ntitle: 甲\n---\n{_BODY}")
    write("in/b.txt", "---\ntitle: 乙\n---\n<p>2024年，某医院有医生12名。</p>")
    assert list(load_documents(tmp_path / "in")["path"]) == ["a.txt", "b.txt"]
    assert list(load_documents(tmp_path / "in" / "b.txt")["path"]) == ["b.txt"]


@pytest.mark.parametrize("index", range(0, 48, 3))
def test_generated_articles_are_recognised(write, index):
    fmt, text = synthetic.article(index, seed=11)
    doc, _ = read_document(write(f"{index:03d}.txt", text))
    old_names = {"frontmatter": "front_matter_html", "webpage": "web_page", "pdf": "pdf_text"}
    assert doc.format == old_names.get(fmt, fmt)  # the corpus names formats as Document does
    assert doc.title and doc.region in regions.CITIES and doc.published is not None


# --- paths ------------------------------------------------------------------------------------

def test_article_paths_of_a_folder(write, tmp_path):
    for n, name in enumerate(("b.txt", "a.txt", ".hidden.txt", ".gitkeep", "sub/c.txt")):
        write(name, f"佛山市第一人民医院现有床位{1000 + n}张。")
    assert article_paths(tmp_path) == [tmp_path / "a.txt", tmp_path / "b.txt"]
    assert article_paths(str(tmp_path / "b.txt")) == [tmp_path / "b.txt"]
    given = [tmp_path / "b.txt", str(tmp_path / "a.txt")]
    assert article_paths(given) == [tmp_path / "b.txt", tmp_path / "a.txt"]
    assert [d.doc_id for d in read_documents(given)] == ["b", "a"]


def test_a_missing_path_is_one_clear_error(tmp_path):
    with pytest.raises(NoArticlesError, match=r"nowhere: no such file or folder$"):
        article_paths(tmp_path / "nowhere")


def test_document_is_frozen(seed_documents):
    with pytest.raises(AttributeError):
        seed_documents["000"].title = "x"
    assert isinstance(seed_documents["000"], Document)


@pytest.mark.parametrize("front, title, publisher", [
    ('title: "港澳\\u0000居民服务"\npublisher: "南方\\x07日报"', "港澳居民服务", "南方日报"),
    ('title: "第一行\\n第二行"\nauthor: "李\\t明"', "第一行 第二行", "李 明"),
    ("title: |\n  多行\n  标题\nsource: ' 南方   日报 '", "多行 标题", "南方 日报"),
    ('title: "Ｃ＃与１００％"', "C＃与100%", None),  # full-width digits, letters, %
    ('title: "\\u0000"', None, None),  # nothing left: the title is taken from the body
])
def test_front_matter_strings_are_tidied_like_body_text(write, front, title, publisher):
    """YAML escapes put NUL bytes and line breaks into titles, and from there into the CSVs."""
    path = write("a.md", f"---\n{front}\n---\n<p>深圳市人民医院港澳服务</p>"
                         "<p>深圳市人民医院现有床位500张，共有医生120名。</p>\n")
    document, _ = read_document(path)
    assert document.title == (title or "深圳市人民医院港澳服务")
    assert document.publisher == publisher


def test_huge_front_matter_is_read_with_a_note(write):
    block = "title: 大块头\nmeta:\n" + "".join(f"  k{i}:\n    a: [1, {{x: y}}]\n"
                                             for i in range(200_000))
    path = write("a.md", f"---\n{block}---\n<p>深圳市人民医院现有床位500张。</p>\n")
    document, notes = read_document(path)
    assert (document.title, document.text) == ("大块头", "深圳市人民医院现有床位500张。")
    assert len(notes) == 1 and "over the 256 KB limit" in notes[0]


@pytest.mark.parametrize("content, publisher", [
    (("港聞\n\n澳門鏡湖醫院增設跨境門診\n\n來源：澳門日報  2024年03月02日  版次：A03\n\n"
     "  3月1日，澳門鏡湖醫院跨境門診正式開診，首月接診內地患者逾800人次。\n"), "澳門日報"),
    (("健康\n\n中山市人民医院港澳门诊开诊\n\n来源：南方日报  2023年11月02日  版次：A05\n\n"
     "  11月1日，中山市人民医院港澳门诊正式开诊，首月接诊港澳患者逾1200人次。\n"), "南方日报"),
])
def test_a_header_source_is_the_publisher_in_either_script(write, content, publisher):
    doc, _ = read_document(write("a.txt", content))
    assert (doc.format, doc.publisher, doc.published_source) == ("newspaper", publisher, "header")


_PAGE = ("<html><head><title>{title}</title></head><body><h1>各科室工作亮点</h1>"
         "<p>发布时间：2026-01-15　{source}</p><p>急诊科：全年接诊急诊患者28.4万人次。</p></body></html>")


@pytest.mark.parametrize("title, source, publisher", [
    # the site a page's <title> names after the article's, when nothing else is credited…
    ("各科室工作亮点_广州医科大学附属第二医院", "", "广州医科大学附属第二医院"),
    ("各科室工作亮點｜澳門鏡湖醫院", "", "澳門鏡湖醫院"),
    ("各科室工作亮点 - 南方网", "", "南方网"),
    # … or only an office of its own (来源：院办, 來源：宣傳科)
    ("各科室工作亮点_广州医科大学附属第二医院", "来源：院办", "广州医科大学附属第二医院"),
    ("各科室工作亮點_澳門鏡湖醫院", "來源：宣傳科", "澳門鏡湖醫院"),
    # a source of its own is kept; a <title> with no site part names none
    ("各科室工作亮点_广州医科大学附属第二医院", "来源：南方日报", "南方日报"),
    ("各科室工作亮点", "", None),
])
def test_a_page_is_published_by_the_site_its_title_names(write, title, source, publisher):
    doc, _ = read_document(write("a.html", _PAGE.format(title=title, source=source)))
    assert doc.publisher == publisher


@pytest.mark.parametrize("content, published, source", [
    # an issuer's dateline under the headline, which the furniture goes with (both scripts)
    (("珠澳医疗合作再提速\n\n珠海市卫生健康局　2023-09-12\n\n"
     "记者从珠海市卫生健康局获悉，今年1-8月，澳门居民在珠海就医18.6万人次。\n"),
     date(2023, 9, 12), "text"),
    (("珠澳醫療合作再提速\n\n珠海市衞生健康局　2023-09-12\n\n"
     "記者從珠海市衞生健康局獲悉，今年1-8月，澳門居民在珠海就醫18.6萬人次。\n"),
     date(2023, 9, 12), "text"),
    # front matter without a date: the body's dateline, which the furniture goes with
    (("---\ntitle: 珠澳医疗合作再提速\n---\n<p>珠海市卫生健康局　2023-09-12</p>"
     "<p>记者从珠海市卫生健康局获悉，今年1-8月，澳门居民在珠海就医18.6万人次。</p>\n"),
     date(2023, 9, 12), "text"),
    (("---\ntitle: 珠澳醫療合作再提速\n---\n<p>珠海市衞生健康局　2023-09-12</p>"
     "<p>記者從珠海市衞生健康局獲悉，今年1-8月，澳門居民在珠海就醫18.6萬人次。</p>\n"),
     date(2023, 9, 12), "text"),
    (("---\ntitle: 珠澳医疗合作再提速\ndate: 2023-09-13\n---\n<p>珠海市卫生健康局　2023-09-12</p>"
     "<p>记者从珠海市卫生健康局获悉，今年1-8月，澳门居民在珠海就医18.6万人次。</p>\n"),
     date(2023, 9, 13), "front_matter"),  # the front matter's date first
    # a newspaper's masthead taken into an e-paper's headline still dates it (both scripts)
    (("广州日报　2022年8月17日　星期三　A5版　要闻\n\n港澳居民在穗参保人数突破8万\n\n"
      "本报讯 记者昨日从广州市医疗保障局获悉，截至今年7月底，在广州参加基本医疗\n"
      "保险的港澳居民达8.16万人，比去年同期增加1.27万人，增长18.4%。其中，参加\n"
      "城乡居民医保的港澳学生约2.3万人，占比近三成，较去年有所上升。\n"),
     date(2022, 8, 17), "text"),
    (("澳門日報　2022年8月17日　星期三　A5版　要聞\n\n港澳居民在穗參保人數突破8萬\n\n"
      "本報訊 記者昨日從廣州市醫療保障局獲悉，截至今年7月底，在廣州參加基本醫療\n"
      "保險的港澳居民達8.16萬人，比去年同期增加1.27萬人，增長18.4%。其中，參加\n"
      "城鄉居民醫保的港澳學生約2.3萬人，佔比近三成，較去年有所上升。\n"),
     date(2022, 8, 17), "text"),
    # a masthead over a 来源/作者 header dates it by its page label too (A07版), and is no headline
    (("南方日报　2025年6月5日　A07版　广州观察\n\n来源：南方日报　作者：记者 欧阳可欣\n\n"
      "“药械通”落地广州三甲医院两年多\n\n记者获悉，2023年以来全市9家医疗机构获批使用港澳药品。\n"),
     date(2025, 6, 5), "header"),
    (("澳門日報　2025年6月5日　第03版　澳聞\n\n來源：澳門日報　作者：記者 歐陽可欣\n\n"
      "「藥械通」落地廣州三甲醫院兩年多\n\n記者獲悉，2023年以來全市9家醫療機構獲批使用港澳藥品。\n"),
     date(2025, 6, 5), "header"),
    # … and so does a date alone on the line under the header
    (("来源：南方日报　版次：A11 珠三角新闻　作者：记者 何思远\n2025年12月16日\n\n"
      "惠州引进港澳医疗人才三百余名\n\n记者获悉，惠州累计引进港澳医疗人才三百余名。\n"),
     date(2025, 12, 16), "header"),
    (("來源：星島日報　版次：A08 港聞　作者：本報記者 鄭穎琳\n2025年11月18日　星期二\n\n"
      "醫管局跨境轉介擴至十一專科\n\n醫管局表示，首十月轉介病人按年增43.6%。\n"),
     date(2025, 11, 18), "header"),
    # a date in the headline is the news, not the issue date
    ("2023年9月1日起港澳居民可在珠海用医保\n\n记者获悉，港澳居民可在珠海定点医院就医结算。\n",
     None, "none"),
])
def test_a_dateline_is_read_before_the_furniture_goes(write, content, published, source):
    doc, _ = read_document(write("a.txt", content))
    assert (doc.published, doc.published_source) == (published, source)


@pytest.mark.parametrize("content, title", [
    ("# 江门市妇幼保健院2024年度工作报告\n\n全年门急诊量128.6万人次，同比增长3.8%。\n",
     "江门市妇幼保健院2024年度工作报告"),
    ("## 澳門鏡湖醫院年報\n\n全年門診量逾百萬人次。\n", "澳門鏡湖醫院年報"),
])
def test_a_markdown_headline_loses_its_marks(write, content, title):
    doc, _ = read_document(write("a.md", content))
    assert doc.title == title
