"""Metric labels, values, units, qualifiers, entities and periods on short articles of our own.

Each case is a sentence pattern of Chinese health news with other hospitals and numbers than
the seeds; every expected row was checked by hand against the sentence.
"""

from __future__ import annotations

import math
import random
import re
from datetime import date
from types import SimpleNamespace

import pytest

from analysis import metrics
from analysis.metrics import document_metrics, extract_metrics, spanned

NAN = float("nan")


def rows_of(text: str, published: date | None = date(2024, 5, 1), region: str | None = None):
    doc = SimpleNamespace(doc_id="t", text=text, published=published, region=region)
    return [r for r in document_metrics(doc) if r["metric"] != "other"]


def brief(rows):
    return [(r["metric"], r["value"], r["value_high"], r["unit"], r["qualifier"]) for r in rows]


CASES = [
    # a slash fraction is a share in percent; "several tens" a range of 20 to 90
    ("江门市中心医院约1/3的床位向港澳居民开放。", [("share", 100 / 3, None, "percent", "approx")]),
    ("横琴已吸引数十家医疗机构入驻。", [("institutions", 20, 90, "家", "range")]),
    ("横琴医院已吸引上千名港澳医生执业。", [("doctors", 1000, None, "名", "at_least")]),
    ("调查显示，超过九成的港澳居民对服务表示满意。", [("share", 90, None, "percent", "at_least")]),
    # insurance: enrolment, its increase and its growth in one clause
    ("截至2023年6月底，澳门居民在中山市参加城乡居民医疗保险5200人，比上年底增加1300人，增长33%。",
     [("insurance_enrolment", 5200, None, "人", "exact"),
      ("insurance_increase", 1300, None, "人", "exact"),
      ("insurance_growth", 33, None, "percent", "exact")]),
    ("佛山市第一人民医院现有床位2100张，规划床位3000张。",
     [("beds", 2100, None, "张", "exact"), ("planned_beds", 3000, None, "张", "exact")]),
    ("该院年门急诊量达120万余人次，住院服务约5.6万人次。",
     [("patient_visits", 1_200_000, None, "人次", "at_least"),
      ("admissions", 56_000, None, "人次", "approx")]),
    ("2022年，全市新生儿死亡率为0.9‰，孕产妇死亡率为零。",
     [("mortality_rate", 0.9, None, "per_mille", "exact"),
      ("mortality_rate", 0, None, "per_mille", "exact")]),
    ("东莞康华医院占地面积约12万平方米，总建筑面积28.5万平方米。",
     [("area", 120_000, None, "m2", "approx"), ("area", 285_000, None, "m2", "exact")]),
    ("目前该中心共有医生35名、护士60名，另有专家顾问8名。",
     [("doctors", 35, None, "名", "exact"), ("nurses", 60, None, "名", "exact"),
      ("staff", 8, None, "名", "exact")]),
    ("惠州市中心人民医院引进香港医生12位，开设8间港式诊室。",
     [("doctors", 12, None, "位", "exact"), ("facilities", 8, None, "间", "exact")]),
    ("南沙区已有超过30家医疗机构接入跨境结算。",
     [("institutions", 30, None, "家", "at_least")]),
    ("该院今年完成心脏手术逾2000例。", [("procedures", 2000, None, "例", "at_least")]),
    ("约三分之一的患者来自港澳。", [("share", 100 / 3, None, "percent", "approx")]),
    ("计划新建10至15间家庭医生诊室。", [("facilities", 10, 15, "间", "range")]),
    ("该院发表SCI论文120篇，获批国家级科研课题9项。",
     [("research_output", 120, None, "篇", "exact"), ("research_output", 9, None, "项", "exact")]),
    ("全市共为1.2万名孕产妇提供免费产前筛查。", [("patients", 12_000, None, "名", "exact")]),
    ("珠海市常住澳门居民近2万人。", [("population", 20_000, None, "人", "approx")]),
    ("门诊量同比增长12%。", [("growth", 12, None, "percent", "exact")]),
    # one sentence, several figures: each its own row with its own metric
    ("中山市人民医院床位从800张增加到1200张，医生从300名增至450名。",
     [("beds", 800, None, "张", "exact"), ("beds", 1200, None, "张", "exact"),
      ("doctors", 300, None, "名", "exact"), ("doctors", 450, None, "名", "exact")]),
    ("深圳市儿童医院门急诊量达350万人次，同比增长8.5%，出院病人9.8万人次。",
     [("patient_visits", 3_500_000, None, "人次", "exact"),
      ("growth", 8.5, None, "percent", "exact"),
      ("admissions", 98_000, None, "人次", "exact")]),
    ("危重孕产妇救治成功率达99.2%，婴儿死亡率为0.25%。",
     [("rate", 99.2, None, "percent", "exact"),
      ("mortality_rate", 2.5, None, "per_mille", "exact")]),
    # traditional: a zero rate written 為零 (ZERO)
    ("2022年，全市新生兒死亡率為0.9‰，孕產婦死亡率為零。",
     [("mortality_rate", 0.9, None, "per_mille", "exact"),
      ("mortality_rate", 0, None, "per_mille", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:12] for c in CASES])
def test_labels_values_units_qualifiers(text, expected):
    got = brief(rows_of(text))
    assert len(got) == len(expected), got
    for (metric, value, high, unit, qualifier), want in zip(got, expected):
        assert (metric, unit, qualifier) == (want[0], want[3], want[4]), got
        assert math.isclose(value, want[1], rel_tol=1e-9), got
        assert (high is None and want[2] is None) or math.isclose(high, want[2]), got


NOT_FIGURES = [
    "今年68岁的李先生于2023年5月来到中山市人民医院。",       # age and date
    "医院建院70周年之际举行庆典，70年来薪火相传。",            # anniversaries
    "醫院建院70週年之際舉行慶典，70年來薪火相傳。",            # … traditional (週年, 年來)
    "该院连续5年上榜中国医院百强。",                          # ranking
    "“我在这里只等了3天就做了手术。”王先生说。",              # first-person anecdote
    "「我在這裏只等了3天就做了手術。」王先生說。",              # … traditional, 「」
    "第三批名单于2024-05-22 10:15:20公布，编号ZA09。",        # ordinal, timestamp, code
    "卫生局呼吁6个月以上未接种人士尽快接种疫苗。",              # an age as a criterion
    "衛生局呼籲6個月或以上的兒童盡快接種疫苗。",                # … traditional, 或以上 written
    "表1　2023年以来主要指标",                                  # a caption's number
    "圖3　跨境轉診人次",
    "本报今日16版，欢迎订阅。",                                # an e-paper's pages
    "本報今日24版，歡迎訂閱。",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_incidental_numbers_are_not_figures(text):
    assert brief(rows_of(text)) == []


@pytest.mark.parametrize("text", [
    "院长表示：“我们共有宿位480个，入住率约83.5%。”",      # a body's own first person: an official's
    "院長表示：「我們共有宿位480個，入住率約83.5%。」",
    "院长说：“我院今年共有宿位480个，入住率约83.5%。”",
])
def test_a_body_speaking_in_its_own_first_person_states_figures(text):
    assert [value for _, value, *_ in brief(rows_of(text))] == [480, 83.5]


@pytest.mark.parametrize("text", [
    "关于印发行动计划的通知\n穗卫〔2025〕18号\n各区卫生健康局：现将计划印发给你们。",
    "根據《實施方案》（粵衞〔2024〕6號）的要求推進合作。",
])
def test_a_document_number_is_no_figure_not_even_other(text):
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2025, 3, 1), region=None)
    assert [(r["metric"], r["value"]) for r in document_metrics(doc)] == []


def test_entity_is_the_institution_named_before_the_figure():
    rows = rows_of("中山市人民医院是三级甲等综合医院。该院开放床位1800张，年门诊量超300万人次。")
    assert [r["entity"] for r in rows] == ["中山市人民医院", "中山市人民医院"]


@pytest.mark.parametrize("text, entity", [
    ("佛山市第一人民医院现有床位2100张。", "佛山市第一人民医院"),
    ("据悉，共有40名香港医生签约入驻东莞康华医院。", "东莞康华医院"),
    ("推动南沙区第一人民医院获批，该院床位900张。", "南沙区第一人民医院"),
    ("该医院定位为二级综合医院，总建筑面积4万平方米。", None),   # generic names are not entities

    # traditional head words (HEADS): 衞生院 (Hong Kong's 衞), 衛生健康局 (Macao's 衛)
    ("橫琴鎮衞生院現有醫生12名。", "橫琴鎮衞生院"),
    ("珠海市衛生健康局轄下共有醫生3200名。", "珠海市"),  # a bureau named with its place: the place
    ("推動南沙區第一人民醫院獲批，該院牀位900張。", "南沙區第一人民醫院"),  # REFERRING 該
    ("該醫院定位為二級綜合醫院，總建築面積4萬平方米。", None),   # GENERIC, traditional
    ("新建、改扩建医院6家。", None),  # NOT_IN_NAMES: a verb of building opens no name
    ("新建、改擴建醫院6家。", None),
])
def test_entity_names_start_after_verbs_and_skip_generic_names(text, entity):
    assert rows_of(text, region=None)[0]["entity"] == entity


def test_entity_falls_back_to_the_place_then_the_region():
    rows = rows_of("澳门居民在江门市参加居民医疗保险860人。", region="江门")
    assert rows[0]["entity"] == "江门市"
    rows = rows_of("全市新生儿死亡率降至1.5‰。", region="惠州")
    assert rows[0]["entity"] == "惠州"


@pytest.mark.parametrize("text, published, period", [
    ("截至今年3月底，参加居民医疗保险2000人。", date(2021, 4, 19), "2021-03-31"),
    ("去年，该院住院服务3万人次。", date(2022, 8, 30), "2021"),
    ("2023年，全市新生儿死亡率为1.1‰。", date(2024, 9, 10), "2023"),
    ("自2020年1月开业以来，累计接诊港澳居民5000人次。", date(2022, 1, 5), "2020-01/2022-01-05"),
    ("参加养老保险的人数比上年底增加900人。", date(2021, 4, 19), None),
])
def test_period_from_the_words_before_the_figure(text, published, period):
    rows = rows_of(text, published=published)
    assert rows and rows[0]["period"] == period


def test_quote_is_the_text_at_the_span():
    text = "佛山市第一人民医院现有床位2100张。\n该院医生800名，护士1200名。"
    doc = SimpleNamespace(doc_id="t", text=text, published=None, region="佛山")
    for row in document_metrics(doc):
        assert text[row["start"]:row["end"]] == row["quote"]


@pytest.mark.parametrize("title, text, headline", [
    ("在深执业港澳医师达612名", "截至今年6月，深圳共有港澳医师612名在深执业，其中香港医师540名。",
     [("doctors", 612.0, "名")]),
    ("珠海港澳居民参保人数增至2.86万人",
     "截至2024年底，在珠海参加基本医疗保险的港澳居民人数增至2.86万人。",
     [("insurance_enrolment", 28_600.0, "人")]),
    ("中山醫保參保一年增四成", "在中山參加醫保的香港居民去年增加約四成。",
     [("insurance_growth", 40.0, "percent")]),
    # a date and weather line taken for a title is furniture; a title in the text is read once
    ("2025年3月12日 星期三 佛山 多云 18~24°C 湿度75%", "全市指定医院增至9家。", []),
    ("全市指定医院增至9家", "全市指定医院增至9家。", []),
])
def test_headline_figures_are_read_once_before_the_text(title, text, headline):
    doc = SimpleNamespace(doc_id="t", title=title, text=text, published=date(2025, 3, 1),
                          region="珠海")
    rows = document_metrics(doc)
    heads = [row for row in rows if row["start"] < 0]
    assert [(r["metric"], r["value"], r["unit"]) for r in heads] == headline
    assert rows[:len(heads)] == heads  # the title comes first
    for row in rows:
        assert spanned(text, title, row["start"], row["end"]) == row["quote"]
    for row in heads:  # the headline repeats the article's figure: one fact
        assert row["quote"] == title and (title + "\n")[row["start"]:row["end"]] == title
        body = [r for r in rows if r["start"] >= 0 and r["value"] == row["value"]]
        assert body and body[0]["fact_id"] == row["fact_id"]


def test_extract_metrics_builds_the_table_in_document_order():
    docs = [SimpleNamespace(doc_id=d, text=t, published=None, region=None)
            for d, t in (("a", "床位500张。"), ("b", "医生20名。"), ("c", "没有数字。"))]
    table = extract_metrics(docs)
    assert list(table["doc_id"]) == ["a", "b"]
    assert list(table["metric"]) == ["beds", "doctors"]
    assert extract_metrics([]).empty


def test_a_missing_publication_date_in_the_table_gives_no_relative_period():
    import pandas as pd

    documents = pd.DataFrame({"doc_id": ["a"], "text": ["今年该院床位500张。"],
                              "published": [pd.NaT], "region": [None]})
    table = extract_metrics(documents)
    assert table["period"].isna().all() and list(table["value"]) == [500.0]


def test_sentences_and_stops_match_their_definition():
    """One scan gives the sentences (a run of text up to and with 。！？；, or up to a line
    end) and the full stops (after 。！？ or a line end); checked against the regexes that
    define them, on random strings of text and marks."""
    sentence = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
    full_stop = re.compile(r"[。！？!?\n]")
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice("港澳a 。！？!?；;\n") for _ in range(rng.randrange(0, 14)))
        assert metrics._sentences_and_stops(text) == (
            [m.span() for m in sentence.finditer(text)],
            [0] + [m.end() for m in full_stop.finditer(text)]), repr(text)


@pytest.mark.parametrize("figure", ["150" + ",000" * 102, "5" + ",000" * 7,
                                    "2,000,000,000,000,000"])
def test_figures_beyond_any_plausible_value_are_left_out_with_a_note(figure):
    doc = SimpleNamespace(doc_id="d", text=f"该项目投资{figure}元，深圳市人民医院现有床位500张。",
                          published=None, region="深圳")
    notes = []
    rows = list(metrics.iter_document_metrics(doc, notes))
    assert [(r["metric"], r["value"]) for r in rows] == [("beds", 500.0)]
    (note,) = notes
    assert "beyond any plausible figure" in note and "left out" in note


def test_a_run_on_sentence_gives_each_figure_a_bounded_context():
    """A scraped page with no full stop in it: each figure still gets its metric, entity and a
    quote of its own clauses, not the whole page."""
    text = "深圳市人民医院" + "现有床位500张，" * 2000
    doc = SimpleNamespace(doc_id="d", text=text, published=None, region="深圳")
    rows = document_metrics(doc)
    assert len(rows) == 2000 and {r["metric"] for r in rows} == {"beds"}
    assert max(len(r["quote"]) for r in rows) <= 2 * metrics._SENTENCE_REACH
    assert rows[0]["entity"] == "深圳市人民医院"


@pytest.mark.parametrize("text, entities", [
    # TERRITORY_METRICS: a density or a rate only a territory has, reported by its health bureau,
    # is the territory's; the bureau's own counts stay the bureau's
    ("澳門特別行政區政府衛生局表示，每千人口醫生數為2.9名，轄下衛生中心共9間。", ["澳門", "澳門特別行政區政府衛生局"]),
    ("澳门特别行政区政府卫生局表示，每千人口医生数为2.9名，辖下卫生中心共9间。", ["澳门", "澳门特别行政区政府卫生局"]),
])
def test_a_territory_s_own_figures_reported_by_its_bureau_are_the_territory_s(text, entities):
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2025, 6, 1), region="澳门")
    assert [r["entity"] for r in document_metrics(doc)] == entities


@pytest.mark.parametrize("text", [
    "今年首十个月，卫生中心共提供门诊服务约98.6万人次。同期，夜间门诊服务1.87万人次，较去年同期的1.52万人次增加23.0%。",
    "今年首十個月，衛生中心共提供門診服務約98.6萬人次。同期，夜間門診服務1.87萬人次，較去年同期的1.52萬人次增加23.0%。",
])
def test_a_baseline_of_the_same_time_last_year_is_the_year_before_the_time_carried(text):
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2026, 11, 17), region=None)
    assert [r["period"] for r in document_metrics(doc)] == [
        "2026-01/2026-10", "2026-01/2026-10", "2025-01/2025-10", "2026-01/2026-10"]


@pytest.mark.parametrize("text", [
    "2025年全市出院人数50.6万人。全市医院病床使用率为75.4%；出院者平均住院日为7.6天，比上年缩短0.2天。",
    "2025年全市出院人數50.6萬人。全市醫院病床使用率為75.4%；出院者平均住院日為7.6天，比上年縮短0.2天。",
])
def test_an_average_stay_takes_the_period_carried_as_a_rate_does(text):
    # AVERAGE_STAY: an average length of stay is a statistic of its period, not one person's time
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2026, 5, 26), region=None)
    assert [r["period"] for r in document_metrics(doc)] == ["2025"] * 4
