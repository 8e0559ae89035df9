"""Publication dates: parsed from metadata, inferred from the text, bounded by page stamps."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from conftest import SEEDS
from test_text import SOHU_PAGE

from analysis import dates


@pytest.mark.parametrize("value, parsed", [
    ("Mon, 19 Apr 2021 07:58:34 GMT", date(2021, 4, 19)),
    ("Tue, 30 Aug 2022 23:10:30 GMT", date(2022, 8, 30)),   # the day written, not shifted
    ("2023-06-18T09:30:00+08:00", date(2023, 6, 18)), ("2023-06-18", date(2023, 6, 18)),
    ("2021/04/19", date(2021, 4, 19)), ("2021年4月9日", date(2021, 4, 9)),
    (date(2020, 1, 2), date(2020, 1, 2)), (datetime(2020, 1, 2, 23, 5), date(2020, 1, 2)),
    (1618819114, date(2021, 4, 19)),
    ("2021-02-30", None), ("下周一", None), ("", None), (None, None), (["2020"], None),
    (True, None),
])
def test_parse_date(value, parsed):
    assert dates.parse_date(value) == parsed


@pytest.mark.parametrize("text, bound, published, source", [
    ("今年是中华人民共和国成立75周年。\n9月10日，江门市中心医院获批成为指定医疗机构。", None,
     date(2024, 9, 10), "inferred"),
    ("2019年12月5日，横琴医院正式启用。", None, date(2019, 12, 5), "text"),
    (("江门市中心医院近年来动作频频。今年5月22日，两院签约；6月1日，特需门诊揭牌。"
      "去年12月8日开通专线。2023年该院接诊港澳患者1万人次。"), None, date(2023, 6, 1), "inferred"),
    ("该院新院区预计2026年建成。2023年，该院接诊港澳患者1万人次。", None, date(2023, 1, 1),
     "inferred"),
    ("2月5日,罗湖区与香港医疗集团签约。罗湖区于2024年1月份发布行动方案。", date(2024, 5, 23),
     date(2024, 2, 5), "inferred"),
    ("罗湖区今年推出跨境医疗新举措。", date(2024, 5, 23), date(2024, 5, 23), "inferred"),
    ("9月10日，某医院获批。", date(2024, 5, 23), date(2024, 5, 23), "inferred"),
    ("今年是香港回归祖国27周年。去年6月1日，该院开设港澳门诊。", None, date(2024, 1, 1), "inferred"),
    ("今年接诊港澳居民1万人次，3月5日开通专线。", None, None, "none"),
    # a dated line above the first paragraph: the day the article was issued (both scripts)
    ("發佈日期：2025-05-08 15:45\n社會保障基金今日公佈2025年第一季社會保障制度數據，供款人約43.5萬人。",
     None, date(2025, 5, 8), "text"),
    ("珠海市卫生健康局　2023年9月12日\n记者从珠海市卫生健康局获悉，今年1-8月澳门居民在珠海就医18.6万人次。",
     None, date(2023, 9, 12), "text"),
    # a line that is only a full date among the last three closes a government release
    ("政府今日公佈2025年數據，10月3日開始登記。\n完\n2025年6月18日（星期三）\n香港時間15時30分", None,
     date(2025, 6, 18), "text"),
    ("政府今日公布2025年数据，10月3日开始登记。\n完\n2025年6月18日（星期三）\n香港时间15时30分", None,
     date(2025, 6, 18), "text"),
    ("政府今日公布2025年数据，10月3日开始登记。", None, date(2025, 10, 3), "inferred"),  # none
    ("政府今日公布数据。\n活动定于2025年6月18日（星期三）举行，10月3日开始登记。", None,
     date(2025, 10, 3), "inferred"),  # a date inside a sentence closes nothing
    # traditional (Hong Kong, Macao): EVENTS, DAY_IN_TEXT (號), FUTURE (預計, 將)
    ("今年是中華人民共和國成立75周年。\n9月10日，江門市中心醫院獲批成為指定醫療機構。", None,
     date(2024, 9, 10), "inferred"),
    ("今年是澳門回歸25周年。", None, date(2024, 1, 1), "inferred"),
    ("今年是澳門回歸25週年。", None, date(2024, 1, 1), "inferred"),  # 週年, Hong Kong's form
    ("今年是香港回歸祖國27週年。", None, date(2024, 1, 1), "inferred"),
    ("2019年12月5號，橫琴醫院正式啟用。", None, date(2019, 12, 5), "text"),
    ("該院新院區預計2026年建成。2023年，該院接診港澳患者1萬人次。", None, date(2023, 1, 1),
     "inferred"),
    ("該院將於2026年啟用新院區。2023年，該院接診港澳患者1萬人次。", None, date(2023, 1, 1),
     "inferred"),
    # a clause opening with 到/至 a year is a target's; 从A到B is not (both scripts)
    ("2024年接诊港澳患者1万人次。到2027年，建成3个专科联盟。", None, date(2024, 1, 1), "inferred"),
    ("2024年接診港澳患者1萬人次。至2027年，建成3個專科聯盟。", None, date(2024, 1, 1), "inferred"),
    ("从2020年到2023年，该院接诊港澳患者增至1万人次。", None, date(2023, 1, 1), "inferred"),
    # a document number on a line of its own at the head names the year of issue (both scripts)
    (("关于印发三年行动计划（2025—2027年）的通知\n穗卫〔2025〕18号\n到2026年，指定医疗机构达到20家，"
     "2027年结算金额突破5亿元。"), None, date(2025, 1, 1), "inferred"),
    ("關於印發三年行動計劃（2025—2027年）的通知\n粵衞〔2025〕6號\n2027年結算金額突破5億元。", None,
     date(2025, 1, 1), "inferred"),
    # a document number cited inside a sentence is another document's
    ("根据《实施方案》（粤府〔2019〕5号），2023年该院接诊港澳患者1万人次。", None, date(2023, 1, 1),
     "inferred"),
])
def test_infer_published(text, bound, published, source):
    assert dates.infer_published(text, bound) == (published, source)


def test_page_dates_of_the_seed_page_only_bound_it():
    text = next(SEEDS.glob("003_*")).read_text(encoding="utf-8")
    assert dates.page_dates(text) == (None, date(2024, 5, 23))


def test_page_dates_read_a_head_timestamp():
    assert dates.page_dates(SOHU_PAGE) == (date(2023, 11, 8), date(2023, 11, 8))


@pytest.mark.parametrize("page, expected", [
    ("2023年03月02日 09:15\n佛山市第一人民医院新增床位200张，方便港澳居民就医，受到广泛欢迎。\n",
     (date(2023, 3, 2), date(2023, 3, 2))),  # above the first paragraph: the head date
    ("佛山市第一人民医院新增床位200张，方便港澳居民就医，受到广泛欢迎。\n  2023-04-01  \n",
     (None, date(2023, 4, 1))),  # below it: only a bound
    ("发布于 2023年03月02日\n09:15 佛山市第一人民医院新增床位200张，方便港澳居民就医。\n",
     (None, None)),  # a date at a line's end and a time on the next line are not one stamp
    ("据统计，截至2023-04-01，佛山市第一人民医院已新增床位200张、门诊诊室30间，方便港澳居民在佛山就医，受到广泛欢迎。\n",
     (None, None)),  # a date inside a long line is prose, not a timestamp
    # a longer meta line with no sentence punctuation holds a stamp; a weather and stock line
    # above it (恒生指数 25,318.60: digit groups, no commas of a sentence) is no paragraph
    (("珠海 3月5日 晴 16℃~24℃ 湿度 70% 空气质量 良 AQI 62 恒生指数 25,318.60 ▲0.42% 成交额 1,203亿\n"
     "来源：珠海特区报 记者 陈嘉怡 通讯员 王立 2024-03-05 09:30 阅读 1.8万 点赞 326 评论 18 收藏 9\n"
     "珠海市人民医院新增床位200张，方便港澳居民就医，受到广泛欢迎。\n"),
     (date(2024, 3, 5), date(2024, 3, 5))),
    (("珠海 3月5日 晴 16℃~24℃ 濕度 70% 空氣質量 良 AQI 62 恒生指數 25,318.60 ▲0.42% 成交額 1,203億\n"
     "來源：珠海特區報 記者 陳嘉怡 通訊員 王立 2024-03-05 09:30 閱讀 1.8萬 點讚 326 評論 18 收藏 9\n"
     "珠海市人民醫院新增床位200張，方便港澳居民就醫，受到廣泛歡迎。\n"),
     (date(2024, 3, 5), date(2024, 3, 5))),
])
def test_page_dates_count_timestamps_on_short_lines_only(page, expected):
    assert dates.page_dates(page) == expected
