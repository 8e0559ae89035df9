"""The rules of analysis/_rules/labels.py, one table case per pattern, each run in simplified characters
and on a traditional copy (OpenCC s2hk: 醫生, 牀位, 兩間, 個): the rules read text folded to
simplified, so both must give the same rows. Expected values are worked out by hand."""

from __future__ import annotations

import math
from functools import lru_cache
from types import SimpleNamespace

import pytest

from analysis.folding import to_simplified
from analysis.ingest import read_document
from analysis.metrics import document_metrics

opencc = pytest.importorskip("opencc")


@lru_cache(maxsize=1)
def _to_traditional():
    return opencc.OpenCC("s2hk")


def rows_of(text: str) -> list[tuple]:
    doc = SimpleNamespace(doc_id="t", text=text, published=None, region=None)
    return [(r["metric"], r["value"], r["value_high"], r["unit"], r["qualifier"])
            for r in document_metrics(doc)]


def in_script(text: str, script: str) -> str:
    return text if script == "simplified" else _to_traditional().convert(text)


P = "percent"
# (pattern of analysis/_rules/labels.py, text, rows: metric, value, value_high, unit, qualifier)
CASES = [
    ("noun before, verb between (DOCTORS)", "医生人数由350名增至402名。",
     [("doctors", 350, None, "名", "exact"), ("doctors", 402, None, "名", "exact")]),
    ("noun before, verb between (BEDS)", "床位增加到960张。", [("beds", 960, None, "张", "exact")]),
    ("noun before, verb between (NURSES)", "护士人数超过2,300名。",
     [("nurses", 2300, None, "名", "at_least")]),
    ("noun before, verb between (NURSES)", "注册护士共有1,850名。",
     [("nurses", 1850, None, "名", "exact")]),
    ("VISIT_WORDS", "该院门诊量达12.6万人次。", [("patient_visits", 126_000, None, "人次", "exact")]),
    ("VISIT_WORDS: 次 as a visit counter", "服务人次达到8,420次。",
     [("patient_visits", 8420, None, "人次", "exact")]),
    ("DAILY: 人 as a visit counter", "每日约4,500人到门诊求诊。",
     [("daily_visits", 4500, None, "人次", "approx")]),
    ("DAILY", "日均门诊量约2,600人次。", [("daily_visits", 2600, None, "人次", "approx")]),
    ("INSTITUTIONS with 间", "医管局辖下有两间公立医院。", [("institutions", 2, None, "间", "exact")]),
    ("INSTITUTIONS with 间, noun before", "指定医疗机构增至五间。",
     [("institutions", 5, None, "间", "exact")]),
    ("COUNTERS_AFTER: 宗", "新增确诊个案23宗。", [("cases", 23, None, "宗", "exact")]),
    ("SLASH_BASE", "法定传染病报告发病率为2.6/10万。", [("rate", 2.6, None, "per_100k", "exact")]),
    ("PER_HEAD_BASE", "每10万人口中有5.1例。", [("rate", 5.1, None, "per_100k", "exact")]),
    ("PER_HEAD_BASE, DOCTORS", "每千人口执业医师3.4人。",
     [("doctors_per_1k", 3.4, None, "per_1k", "exact")]),
    ("PER_HEAD_BASE, BEDS", "每千人口医疗卫生机构床位数5.2张。",
     [("beds_per_1k", 5.2, None, "per_1k", "exact")]),
    ("ENUMERATION, LIST_HEAD, MORTALITY", "全市孕产妇、新生儿和婴儿死亡率分别为9.2/10万、1.1‰、1.9‰。",
     [("mortality_rate", 9.2, None, "per_100k", "exact"),
      ("mortality_rate", 1.1, None, "per_mille", "exact"),
      ("mortality_rate", 1.9, None, "per_mille", "exact")]),
    ("ENUMERATION with a base", "每千人口执业医师、注册护士分别为3.1人、3.9人。",
     [("doctors_per_1k", 3.1, None, "per_1k", "exact"),
      ("nurses_per_1k", 3.9, None, "per_1k", "exact")]),
    ("ENUMERATION of counts", "其中香港医师、澳门医师分别为548名、64名。",
     [("doctors", 548, None, "名", "exact"), ("doctors", 64, None, "名", "exact")]),
    ("PERCENT_THEN_LEVEL, GROWTH", "总诊疗人次同比增长2.4%至88.3万人次。",
     [("growth", 2.4, None, P, "exact"), ("patient_visits", 883_000, None, "人次", "exact")]),
    ("ROUND: 逾千", "开展义诊逾千人次。", [("patient_visits", 1000, None, "人次", "at_least")]),
    ("ROUND_SUFFIXED: 万余", "在珠海长期居住的澳门居民万余人。",
     [("population", 10_000, None, "人", "at_least")]),
    ("ROUND: 近千", "近千名澳门籍孕产妇选择在珠海分娩。",
     [("patients", 1000, None, "名", "approx")]),
    ("ROUND: 数以万计, CARE", "每年有数以万计的港澳居民到中山求医。",
     [("patients", 10_000, None, "人", "at_least")]),
    ("ROUND: 破 with no counter", "在大湾区执业的港澳医生破千。",
     [("doctors", 1000, None, "名", "at_least")]),
    ("a counter before a bare number", "港澳居民就诊人次突破5万。",
     [("patient_visits", 50_000, None, "人次", "at_least")]),
    ("ROUND: 破亿元", "跨境直付结算金额破亿元。", [("amount", 100_000_000, None, "元", "at_least")]),
    ("HALF", "其中约一半集中在横琴。", [("share", 50, None, P, "approx")]),
    ("TENTHS: 的一成", "居于内地的受益人占全部受益人的一成。", [("share", 10, None, P, "exact")]),
    ("DOUBLE", "港人顾客较疫情前多出一倍。", [("growth", 100, None, P, "exact")]),
    ("MONEY: amount", "全市医保基金支出98.7亿元。", [("amount", 9.87e9, None, "元", "exact")]),
    ("PER_HEAD: unit_cost", "港澳居民住院人均费用为8,650元。", [("unit_cost", 8650, None, "元", "exact")]),
    ("PER_HEAD: 每宗", "转运费用为每宗6,500港元。", [("unit_cost", 6500, None, "港元", "exact")]),
    ("UNIT_PRICE, amount range", "洗牙收费一般为人民币150元至300元。",
     [("unit_cost", 150, 300, "元", "range")]),
    ("CURRENCY_BEFORE", "社保基金向每名受益人发放澳门元5,000。",
     [("unit_cost", 5000, None, "澳门元", "exact")]),
    ("SHARE: a fraction after 占", "深圳的执业人数占全省的五分之一。", [("share", 20, None, P, "exact")]),
    ("SHARE: 比重升至", "基层诊疗量占总诊疗量的比重升至51.8%。", [("share", 51.8, None, P, "exact")]),
    ("GROWTH in 个百分点 (pp)", "病床使用率比上年提高2.1个百分点。", [("growth", 2.1, None, "pp", "exact")]),
    ("GROWTH: 按年", "求诊人次按年增加5.1%。", [("growth", 5.1, None, P, "exact")]),
    ("VACCINE", "全年接种免疫规划疫苗168.3万剂次。",
     [("vaccinations", 1_683_000, None, "剂次", "exact")]),
    ("LIFE", "居民人均预期寿命81.4岁，比上年提高0.3岁。",
     [("life_expectancy", 81.4, None, "岁", "exact"), ("life_expectancy", 0.3, None, "岁", "exact")]),
    ("ENROLLED: growth after an enrolment", "参保人数1.2万人，比上年增长5%。",
     [("insurance_enrolment", 12_000, None, "人", "exact"),
      ("insurance_growth", 5, None, P, "exact")]),
    ("growth after an amount is no enrolment growth", "医保基金总支出6亿元，比上年增长6.1%。",
     [("amount", 600_000_000, None, "元", "exact"), ("growth", 6.1, None, P, "exact")]),
    ("ENROLLED_CLAUSE", "在广州参加基本医疗保险的香港居民同比增长11.3%，达到2.76万人。",
     [("insurance_growth", 11.3, None, P, "exact"),
      ("insurance_enrolment", 27_600, None, "人", "exact")]),
    ("ENROLLED_AFTER", "截至3月底已有逾1.2万名澳门居民参加珠海医保。",
     [("insurance_enrolment", 12_000, None, "名", "at_least")]),
    ("BREAKDOWN: 其中 keeps the level's label",
     "参加医保的港澳居民2.8万人。其中，澳门居民2.5万人。",
     [("insurance_enrolment", 28_000, None, "人", "exact"),
      ("insurance_enrolment", 25_000, None, "人", "exact")]),
    ("a bare change keeps its level's label", "全市医疗卫生机构1326个，比上年增加41个。",
     [("institutions", 1326, None, "个", "exact"), ("institutions", 41, None, "个", "exact")]),
    ("PENSION", "养老金受益人由16.2万人增至17.1万人。",
     [("pension_recipients", 162_000, None, "人", "exact"),
      ("pension_recipients", 171_000, None, "人", "exact")]),
    ("ELIGIBLE", "符合资格使用医疗券的长者约190万人。", [("population", 1_900_000, None, "人", "approx")]),
    # a comparison is a rate of change: 低 makes it negative (corpus gold w1_04, w7_06)
    ("COMPARISON", "人均开支较在本港就医低约四成。", [("other", -40, None, P, "approx")]),
    ("head noun through a compound", "医院计划再开设2个香港长者专科门诊。",
     [("facilities", 2, None, "个", "exact")]),
    ("head noun before a verb", "近千名香港长者开通了家庭医生签约服务。",
     [("patients", 1000, None, "名", "approx")]),
    ("CONJUNCTIONS after a figure", "现有医生6名、护士11名及其他医疗人员5名。",
     [("doctors", 6, None, "名", "exact"), ("nurses", 11, None, "名", "exact"),
      ("staff", 5, None, "名", "exact")]),
    ("QUALIFIER_BEFORE", "住院费用报销比例最高可达90%。", [("rate", 90, None, P, "at_most")]),
    # figures beside furniture words stay figures
    ("FURNITURE_AFTER: 赞同 is no counter", "共有5名医生赞同该方案。", [("doctors", 5, None, "名", "exact")]),
    ("YEAR_GLUED: the figure after a year label", "2024/2025年度共有3,200名长者使用医疗券。",
     [("patients", 3200, None, "名", "exact")]),
    ("MEASURES: the count after a threshold", "出生体重低于2500克的早产儿达120名。",
     [("patients", 120, None, "名", "exact")]),
    ("duration in 工作日", "审批时限由30个工作日减少到15个工作日。",
     [("duration", 30, None, "工作日", "exact"), ("duration", 15, None, "工作日", "exact")]),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("pattern, text, expected", CASES, ids=[c[0] for c in CASES])
def test_rule_table(pattern, text, expected, script):
    got = rows_of(in_script(text, script))
    assert len(got) == len(expected), got
    for (metric, value, high, unit, qualifier), want in zip(got, expected):
        assert (metric, unit, qualifier) == (want[0], want[3], want[4]), got
        assert math.isclose(value, want[1], rel_tol=1e-9), got
        assert (high is None and want[2] is None) or math.isclose(high, want[2]), got


# page furniture and labels that are no figures (FURNITURE_LABEL, FURNITURE_AFTER, WEATHER_AFTER,
# MEASURES, STOCK_LINE, year labels, ages)
NOT_FIGURES = [
    ("FURNITURE_LABEL: hotline", "医保服务热线：12393"),
    ("FURNITURE_LABEL: counter", "发布时间：2024-11-08　来源：广州市医疗保障局　浏览次数：2381"),
    ("FURNITURE_LABEL: social counters", "Facebook 1,284　WhatsApp 356　赞好 2.1万　留言 437"),
    ("FURNITURE_LABEL: licence", "粤ICP备19061528号　粤公网安备 44010402002517号"),
    ("FURNITURE_LABEL: humidity, WEATHER_AFTER", "2024年11月8日 星期五 多云 19℃~27℃ 湿度75%"),
    ("FURNITURE_LABEL: UV index", "紫外线指数 9"),
    ("FURNITURE_AFTER: hotline named after", "如有疑问可拨打12345政务服务便民热线。"),
    ("FURNITURE_AFTER: key", "咨询请按1键。"),
    ("MEASURES: a threshold", "出生体重低于2500克的新生儿需转诊。"),
    ("STOCK_LINE", "恒生指数收报17,234点，涨1.2%。"),
    ("year glued to a name", "2023粤港澳大湾区卫生健康合作交流会在横琴举行。"),
    ("fiscal year", "2022-23年度的开支。"),
    ("year written with ○", "自二○二三年一月起实施。"),
    ("FURNITURE_AFTER: reader counters", "143评论 2.6万阅读 56次点赞 1,204人点赞 386条评论"),
    ("FURNITURE_AFTER: a reader counter in a sentence", "本文已有3.2万次浏览。"),
    ("FURNITURE_LABEL: air quality", "今日空气质素指数 48，属低健康风险"),
    ("FURNITURE_LABEL: AQI in brackets", "空气质量指数（AQI）63 良"),
    ("FURNITURE_LABEL: temperature and humidity", "气温27度 相对湿度85%"),
    ("HOTLINE_AFTER: a 24-hour hotline", "24小时新闻热线 0757-83238000"),
    ("FURNITURE_LABEL: a phone number in groups", "热线电话 2961 8989"),
    ("FURNITURE_LABEL: a phone number with an area code", "查询热线：(853) 2837 0001"),
    ("FURNITURE_LABEL: copyright", "版权所有 © 2025 澳门日报"),
    ("FURNITURE_LABEL: copyright glued", "本网站版权所有©2024"),
    ("MEASURES: a threshold in mg", "空腹血糖高于15mg/dL者需复查。"),
    ("MEASURES: a threshold in mmol/L", "糖化血红蛋白达7.0mmol/L以上者需转诊。"),
    ("YEAR_GLUED: a fiscal year with a slash", "2024/2025年度长者医疗券计划。"),
    ("YEAR_GLUED: a short fiscal year with a slash", "2024/25年度基层医疗计划。"),
    ("YEAR_GLUED: a year, a space, a forum", "2025 粤港澳大湾区卫生健康论坛在广州举行。"),
    ("YEAR_GLUED: a year and a dot", "2025·大湾区医疗论坛在珠海举行。"),
    ("a forum named with its year", "2025年大湾区医疗论坛在珠海举行。"),
    ("an age", "5岁以下儿童可免费接种。"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("pattern, text", NOT_FIGURES, ids=[c[0] for c in NOT_FIGURES])
def test_furniture_numbers_are_never_figures(pattern, text, script):
    assert rows_of(in_script(text, script)) == []


# A Hong Kong portal page in traditional characters (our own text) with every kind of furniture
# that holds a number: reader counters, an air-quality and weather line, hotlines, a copyright
# line, a related list, a lab threshold, a programme and a forum named with their year.
HK_PORTAL_PAGE = """港聞 > 醫療 > 正文
深圳醫院港人門診一年求診逾8萬人次
2025-03-12 09:30 來源：大灣區新聞網
今日空氣質素指數 48 氣溫 18-24℃ 濕度 75%
閱讀 2.6萬 評論 143
點讚 56 轉發 12 收藏 8

香港大學深圳醫院去年為香港居民提供門診服務逾8萬人次，按年上升12%。

在2024/2025年度長者醫療券計劃下，該院為出生體重低於2500克的早產兒及空腹血糖高於15mg/dL的長者提供跟進服務。

該院在5間分院開設港人專科門診，並於2025年大灣區醫療論壇介紹經驗。

24小時新聞熱線：2865 2222
查詢熱線：(853) 2837 0001
版權所有 © 2025 大灣區新聞網
相關推薦
港人北上睇牙人數創新高
3小時前
"""


@pytest.mark.parametrize("script", ["traditional", "simplified"])
def test_a_portal_page_gives_its_figures_and_no_furniture(tmp_path, script):
    page = HK_PORTAL_PAGE if script == "traditional" else to_simplified(HK_PORTAL_PAGE)
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    doc, _ = read_document(tmp_path / "page.txt")
    rows = [(r["metric"], r["value"], r["unit"], r["qualifier"], r["start"] < 0)
            for r in document_metrics(doc)]
    assert rows == [("patient_visits", 80_000, "人次", "at_least", True),  # the headline
                    ("patient_visits", 80_000, "人次", "at_least", False),
                    ("growth", 12, P, "exact", False), ("institutions", 5, "间", "exact", False)]


@pytest.mark.parametrize("traditional, simplified", [
    ("醫生人數由350名增至402名；牀位增加到960張", "医生人数由350名增至402名；床位增加到960张"),
    ("註冊護士、長者醫療券、兩間醫院", "注册护士、长者医疗券、两间医院"),
])
def test_folding_keeps_every_offset(traditional, simplified):
    assert to_simplified(traditional) == simplified
    assert to_simplified(simplified) is simplified  # a simplified text is not copied


def test_hong_kong_wording_written_by_hand():
    """Traditional text as Hong Kong and Macao press write it, not a converted copy."""
    assert rows_of("醫院管理局轄下43間公立醫院，去年急症室求診人次按年上升5.1%至210萬人次。") == [
        ("institutions", 43, None, "间", "exact"), ("growth", 5.1, None, P, "exact"),
        ("patient_visits", 2_100_000, None, "人次", "exact")]
    assert rows_of("本澳每千人口有2.7名醫生。") == [("doctors_per_1k", 2.7, None, "per_1k", "exact")]
