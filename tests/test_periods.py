"""Periods as dates: label, start, end and kind of the time words before a figure.

Each row was worked out by hand from the words and the publication date.
"""

from __future__ import annotations

import random
from datetime import date
from types import SimpleNamespace

import pytest

from analysis.metrics import document_metrics
from analysis.periods import _TIME, period_of, rounds, year_to

APRIL_2021, MAY_2024, JUNE_2025 = date(2021, 4, 19), date(2024, 5, 1), date(2025, 6, 18)

CASES = [
    ("今年1至10月，", MAY_2024, ("2024-01/2024-10", "2024-01-01", "2024-10-31", "range")),
    ("今年1月至10月，", MAY_2024, ("2024-01/2024-10", "2024-01-01", "2024-10-31", "range")),
    ("截至今年3月底，", APRIL_2021, ("2021-03-31", None, "2021-03-31", "point")),
    ("自2019年12月正式投入运营以来，", APRIL_2021,
     ("2019-12/2021-04-19", "2019-12-01", "2021-04-19", "cumulative")),
    ("近十年来，", date(2024, 9, 10), ("2014-09-10/2024-09-10", "2014-09-10", "2024-09-10",
                                     "range")),
    ("2023年，", MAY_2024, ("2023", "2023-01-01", "2023-12-31", "year")),
    ("去年，", MAY_2024, ("2023", "2023-01-01", "2023-12-31", "year")),
    ("2024年1月份正式发布", MAY_2024, ("2024-01", "2024-01-01", "2024-01-31", "month")),
    ("2019年12月5日，", APRIL_2021, ("2019-12-05", "2019-12-05", "2019-12-05", "point")),
    ("2023年底，", MAY_2024, ("2023-12-31", None, "2023-12-31", "point")),
    ("今年下半年", MAY_2024, ("2024-07/2024-12", "2024-07-01", "2024-12-31", "range")),
    ("今年首半年", JUNE_2025, ("2025-01/2025-06", "2025-01-01", "2025-06-30", "range")),  # HK
    ("首半年，", date(2025, 8, 1), ("2025-01/2025-06", "2025-01-01", "2025-06-30", "range")),
    ("今年前三季度，", MAY_2024, ("2024-01/2024-09", "2024-01-01", "2024-09-30", "range")),
    # Hong Kong and Macao write years in Chinese numerals, and fiscal years
    ("截至二○二五年五月底，", JUNE_2025, ("2025-05-31", None, "2025-05-31", "point")),
    ("二○二四年全年", JUNE_2025, ("2024", "2024-01-01", "2024-12-31", "year")),
    ("二○二五年六月十八日", JUNE_2025, ("2025-06-18", "2025-06-18", "2025-06-18", "point")),
    ("2022-23年度的", JUNE_2025, ("2022-04/2023-03", "2022-04-01", "2023-03-31", "range")),
    ("截至2023年6月底，", MAY_2024, ("2023-06-30", None, "2023-06-30", "point")),
    # a comparison's baseline is no period; nothing stated, nothing made up
    ("比上年底", MAY_2024, (None, None, None, None)),
    ("今年", None, (None, None, None, None)),
    ("一年来，", MAY_2024, (None, None, None, None)),
    ("2023-24年度", MAY_2024, ("2023-04/2024-03", "2023-04-01", "2024-03-31", "range")),
    ("2023-25年度", MAY_2024, (None, None, None, None)),  # no fiscal year: no period
    ("財政年度2023-24", MAY_2024, ("2023-04/2024-03", "2023-04-01", "2024-03-31", "range")),
    ("财政年度2023-24", MAY_2024, ("2023-04/2024-03", "2023-04-01", "2024-03-31", "range")),
    # Hong Kong and Macao write a quarter 第一季 (no 度)
    ("本年第一季，", MAY_2024, ("2024-01/2024-03", "2024-01-01", "2024-03-31", "range")),
    ("2025年第三季", MAY_2024, ("2025-07/2025-09", "2025-07-01", "2025-09-30", "range")),
    # the first quarter (首季), the first quarters or months (首三季, 前两季, 前5个月, 頭三個月) and a
    # quarter's end (第一季末), with the year or without it
    ("今年首季，", JUNE_2025, ("2025-01/2025-03", "2025-01-01", "2025-03-31", "range")),
    ("2024年首季度，", JUNE_2025, ("2024-01/2024-03", "2024-01-01", "2024-03-31", "range")),
    ("今年首三季，", date(2025, 10, 20), ("2025-01/2025-09", "2025-01-01", "2025-09-30", "range")),
    ("2024年前两季度", JUNE_2025, ("2024-01/2024-06", "2024-01-01", "2024-06-30", "range")),
    ("2024年前兩季度", JUNE_2025, ("2024-01/2024-06", "2024-01-01", "2024-06-30", "range")),
    ("今年前5个月，", JUNE_2025, ("2025-01/2025-05", "2025-01-01", "2025-05-31", "range")),
    ("今年前5月，", JUNE_2025, ("2025-01/2025-05", "2025-01-01", "2025-05-31", "range")),
    ("今年首5個月，", JUNE_2025, ("2025-01/2025-05", "2025-01-01", "2025-05-31", "range")),
    ("今年頭三個月，", JUNE_2025, ("2025-01/2025-03", "2025-01-01", "2025-03-31", "range")),
    ("头三个月，", JUNE_2025, ("2025-01/2025-03", "2025-01-01", "2025-03-31", "range")),
    ("首季，", JUNE_2025, ("2025-01/2025-03", "2025-01-01", "2025-03-31", "range")),
    ("截至今年第一季末，", JUNE_2025, ("2025-03-31", None, "2025-03-31", "point")),
    ("截至2024年第三季度末，", JUNE_2025, ("2024-09-30", None, "2024-09-30", "point")),
    ("統計前十二個月內", JUNE_2025, (None, None, None, None)),  # before the survey, no months
    ("统计前十二个月内", JUNE_2025, (None, None, None, None)),
    # Hong Kong fiscal years in every way they are written
    ("2024/25年度", JUNE_2025, ("2024-04/2025-03", "2024-04-01", "2025-03-31", "range")),
    ("2024/2025年度", JUNE_2025, ("2024-04/2025-03", "2024-04-01", "2025-03-31", "range")),
    ("二○二四至二五年度", JUNE_2025, ("2024-04/2025-03", "2024-04-01", "2025-03-31", "range")),
    ("二〇二四／二五年度", JUNE_2025, ("2024-04/2025-03", "2024-04-01", "2025-03-31", "range")),
    ("2024至25财政年度", JUNE_2025, ("2024-04/2025-03", "2024-04-01", "2025-03-31", "range")),
    ("2019-2021年度", JUNE_2025, (None, None, None, None)),  # two years apart: no fiscal year
    # the month before publication or this one (截至上月底, 上個月), years as one range, 至今
    ("截至上月底，", date(2025, 1, 18), ("2024-12-31", None, "2024-12-31", "point")),
    # a day a count runs up to, its year unsaid (截至9月15日), alone and after a since-clause
    ("截至9月15日，", JUNE_2025, ("2024-09-15", None, "2024-09-15", "point")),
    ("截止到九月十五號，", JUNE_2025, ("2024-09-15", None, "2024-09-15", "point")),
    ("自今年3月2日启用以来，截至5月20日，", JUNE_2025,
     ("2025-03-02/2025-05-20", "2025-03-02", "2025-05-20", "cumulative")),
    ("自今年3月2日啟用以來，截至5月20日，", JUNE_2025,
     ("2025-03-02/2025-05-20", "2025-03-02", "2025-05-20", "cumulative")),
    ("上個月，", MAY_2024, ("2024-04", "2024-04-01", "2024-04-30", "month")),
    ("上个月，", MAY_2024, ("2024-04", "2024-04-01", "2024-04-30", "month")),
    ("本月", MAY_2024, ("2024-05", "2024-05-01", "2024-05-31", "month")),
    ("2019—2024年，", MAY_2024, ("2019/2024", "2019-01-01", "2024-12-31", "range")),
    ("2020-2024年間，", MAY_2024, ("2020/2024", "2020-01-01", "2024-12-31", "range")),
    # … the years joined by 至 or 到 with 年 written once
    ("2019至2023年，", MAY_2024, ("2019/2023", "2019-01-01", "2023-12-31", "range")),
    ("2019到2023年間，", MAY_2024, ("2019/2023", "2019-01-01", "2023-12-31", "range")),
    ("在2019至2023年间，", MAY_2024, ("2019/2023", "2019-01-01", "2023-12-31", "range")),
    ("2019年至今，", MAY_2024, ("2019/2024-05-01", "2019-01-01", "2024-05-01", "cumulative")),
    ("2019年至今，累計", MAY_2024, ("2019/2024-05-01", "2019-01-01", "2024-05-01", "cumulative")),
    ("由2019年的800张增至今年的", MAY_2024, ("2024", "2024-01-01", "2024-12-31", "year")),  # 至今年
    # a five-year plan's period (mainland reports), or since its first year
    ("“十四五”期间，全市将新增", MAY_2024, ("2021/2025", "2021-01-01", "2025-12-31", "range")),
    ("「十三五」時期，", MAY_2024, ("2016/2020", "2016-01-01", "2020-12-31", "range")),
    ("“十四五”以来，全市累计", MAY_2024,
     ("2021/2024-05-01", "2021-01-01", "2024-05-01", "cumulative")),
    ("「十四五」以來，全市累計", MAY_2024,
     ("2021/2024-05-01", "2021-01-01", "2024-05-01", "cumulative")),
    ("“十四五”规划提出", MAY_2024, (None, None, None, None)),  # the plan named, no period
    ("今年1–4月，", MAY_2024, ("2024-01/2024-04", "2024-01-01", "2024-04-30", "range")),  # en dash
    # a time before 以来 starts a cumulative period, with 自 before it or not
    ("自该中心2021年启用以来，", MAY_2024,
     ("2021/2024-05-01", "2021-01-01", "2024-05-01", "cumulative")),
    ("該中心2021年啟用以來，", MAY_2024,
     ("2021/2024-05-01", "2021-01-01", "2024-05-01", "cumulative")),
    ("今年以来，", MAY_2024, ("2024/2024-05-01", "2024-01-01", "2024-05-01", "cumulative")),
    ("今年以來，", MAY_2024, ("2024/2024-05-01", "2024-01-01", "2024-05-01", "cumulative")),
    ("截至2024年，", MAY_2024, ("2024-12-31", None, "2024-12-31", "point")),  # a point: its day
    # parts of a year without it: of the publication year, the year before when not yet over
    ("截至3月底，", MAY_2024, ("2024-03-31", None, "2024-03-31", "point")),
    ("截至9月底，", MAY_2024, ("2023-09-30", None, "2023-09-30", "point")),
    ("1至4月，", MAY_2024, ("2024-01/2024-04", "2024-01-01", "2024-04-30", "range")),
    ("1—9月，", MAY_2024, ("2023-01/2023-09", "2023-01-01", "2023-09-30", "range")),
    ("前三季度，", MAY_2024, ("2023-01/2023-09", "2023-01-01", "2023-09-30", "range")),
    ("上半年，", MAY_2024, ("2023-01/2023-06", "2023-01-01", "2023-06-30", "range")),
    ("全年", MAY_2024, ("2024", "2024-01-01", "2024-12-31", "year")),
    ("年内将新增", MAY_2024, ("2024", "2024-01-01", "2024-12-31", "year")),
    ("年內將新增", MAY_2024, ("2024", "2024-01-01", "2024-12-31", "year")),
    ("四季", MAY_2024, (None, None, None, None)),  # the seasons, no quarter
    # ... or of the last year the context names
    ("2023年，全市医院年末", MAY_2024, ("2023-12-31", None, "2023-12-31", "point")),
    ("2023年全年，", MAY_2024, ("2023", "2023-01-01", "2023-12-31", "year")),
    # ... not a comparison's baseline (比上年增长7.2%。全年…)
    ("2023年，总诊疗人次7624.3万，比上年增长7.2%。全年为港澳居民提供诊疗服务约", MAY_2024,
     ("2023", "2023-01-01", "2023-12-31", "year")),
    ("2023年，總診療人次7624.3萬，比上年增長7.2%。全年為港澳居民提供診療服務約", MAY_2024,
     ("2023", "2023-01-01", "2023-12-31", "year")),
    # a since-clause may run on (自2021年“港澳药械通”政策…实施以来)
    ("自2021年“港澳药械通”政策在大湾区内地城市扩展实施以来，", MAY_2024,
     ("2021/2024-05-01", "2021-01-01", "2024-05-01", "cumulative")),
    ("自2021年「港澳藥械通」政策在大灣區內地城市擴展實施以來，", MAY_2024,
     ("2021/2024-05-01", "2021-01-01", "2024-05-01", "cumulative")),
    # the time of an earlier value (由…的A增至B) is not the later value's; a baseline right
    # before its own figure (较2022年的3.4%) is that figure's
    ("截至2025年3月底，受益人由2024年3月底的16.2万人增至", MAY_2024,
     ("2025-03-31", None, "2025-03-31", "point")),
    ("截至2025年3月底，受益人由2024年3月底的16.2萬人增至", MAY_2024,
     ("2025-03-31", None, "2025-03-31", "point")),
    # … a duration shortened or lengthened to it too (TO_LATER: 缩短至, 延長至)
    ("2023年，候诊时间由2022年的40分钟缩短至", MAY_2024, ("2023", "2023-01-01", "2023-12-31", "year")),
    ("2023年，輪候時間由2022年的40分鐘延長至", MAY_2024, ("2023", "2023-01-01", "2023-12-31", "year")),
    ("床位由上年末的", MAY_2024, ("2023-12-31", None, "2023-12-31", "point")),
    ("比重较二○二二年的", MAY_2024, ("2022", "2022-01-01", "2022-12-31", "year")),
    ("比重较2022年的", MAY_2024, ("2022", "2022-01-01", "2022-12-31", "year")),
    # a year right after a verb of issuing names its object (發出本年度醫療券), not the time
    ("今年第一季，卫生局共发出本年度医疗券", MAY_2024,
     ("2024-01/2024-03", "2024-01-01", "2024-03-31", "range")),
    ("今年第一季，衞生局共發出本年度醫療券", MAY_2024,
     ("2024-01/2024-03", "2024-01-01", "2024-03-31", "range")),
    # a deadline (YEAR年前, 到…底) dates its plan's targets, not another plan's (并力争…, 拟…)
    ("并预计于2030年前在新医院提供", MAY_2024, ("2030", "2030-01-01", "2030-12-31", "year")),
    ("並預計於2030年前在新醫院提供", MAY_2024, ("2030", "2030-01-01", "2030-12-31", "year")),
    # ... and a since-clause with 起 runs to now when 至今 closes it
    ("医管局今年3月起在港大深圳医院增设遥距会诊，至今已提供", MAY_2024,
     ("2024-03/2024-05-01", "2024-03-01", "2024-05-01", "cumulative")),
    ("醫管局今年3月起在港大深圳醫院增設遙距會診，至今已提供", MAY_2024,
     ("2024-03/2024-05-01", "2024-03-01", "2024-05-01", "cumulative")),
    ("今年第一季起发放资助，至今已批出", MAY_2024,  # a quarter's start: one interval
     ("2024-01/2024-05-01", "2024-01-01", "2024-05-01", "cumulative")),
    ("自2023年第三季度以來，", MAY_2024,
     ("2023-07/2024-05-01", "2023-07-01", "2024-05-01", "cumulative")),
    ("2026年前海计划新增国际化医院2家，前海深港国际医疗中心拟新增床位", MAY_2024,
     ("2026", "2026-01-01", "2026-12-31", "year")),  # 前海 is a place: no deadline
    ("计划到2025年底定点医院达到10家，年转诊能力提升至", MAY_2024,
     ("2025-12-31", None, "2025-12-31", "point")),
    ("預計到2025年底定點醫院達到10家，並力爭將港澳居民參保人數", MAY_2024,
     (None, None, None, None)),
    ("预计到2025年底定点医院达到10家，并力争将港澳居民参保人数", MAY_2024,
     (None, None, None, None)),
    ("到2027年每千人口护士力争达到", MAY_2024, ("2027", "2027-01-01", "2027-12-31", "year")),
    ("到2027年每千人口護士力爭達到", MAY_2024, ("2027", "2027-01-01", "2027-12-31", "year")),
    ("2026年，该区将新增医院1家，力争到2027年床位达到7,500张；计划全年新增", MAY_2024,
     ("2026", "2026-01-01", "2026-12-31", "year")),  # 全年 of 2026, not of the deadline
    ("2026年，該區將新增醫院1家，力爭到2027年床位達到7,500張；計劃全年新增", MAY_2024,
     ("2026", "2026-01-01", "2026-12-31", "year")),
    ("拟于2025年启动二期建设，新增床位300张，预计总投资", MAY_2024,
     ("2025", "2025-01-01", "2025-12-31", "year")),  # the same plan's estimate
    # 去年同期: a baseline (与去年同期相比), or with a value of its own the period in force a
    # year earlier (the month of publication when none is stated: 目前…，较去年同期的22名)
    ("今年1-4月，就医1.2万人次，与去年同期相比增长", MAY_2024,
     ("2024-01/2024-04", "2024-01-01", "2024-04-30", "range")),
    ("今年1-4月，就醫1.2萬人次，與去年同期相比增長", MAY_2024,
     ("2024-01/2024-04", "2024-01-01", "2024-04-30", "range")),
    ("今年1-4月，就医1.2万人次，去年同期为", MAY_2024,
     ("2023-01/2023-04", "2023-01-01", "2023-04-30", "range")),
    ("今年1-4月，就醫1.2萬人次，去年同期為", MAY_2024,
     ("2023-01/2023-04", "2023-01-01", "2023-04-30", "range")),
    ("，较去年同期的", MAY_2024, ("2023-05", "2023-05-01", "2023-05-31", "month")),
    ("，較去年同期的", MAY_2024, ("2023-05", "2023-05-01", "2023-05-31", "month")),
    # a since-clause closed by 截至…: one count up to that point
    ("计划自二○二○年五月推出以来，截至今年七月底，累计共有", date(2022, 8, 10),
     ("2020-05/2022-07", "2020-05-01", "2022-07-31", "cumulative")),
    ("計劃自二○二○年五月推出以來，截至今年七月底，累計共有", date(2022, 8, 10),
     ("2020-05/2022-07", "2020-05-01", "2022-07-31", "cumulative")),
    # a since-clause or a month closed by 至…: one interval
    ("自2022年9月启用以来至2023年8月底，累计服务逾", JUNE_2025,
     ("2022-09/2023-08", "2022-09-01", "2023-08-31", "cumulative")),
    ("自2022年9月啟用以來至2023年8月底，累計服務逾", JUNE_2025,
     ("2022-09/2023-08", "2022-09-01", "2023-08-31", "cumulative")),
    ("2022年9月至2023年8月，", MAY_2024, ("2022-09/2023-08", "2022-09-01", "2023-08-31", "range")),
    # an interval closed by a month's or a year's end is labelled by months, as intervals are
    ("自去年11月至今年6月底，已有", MAY_2024,
     ("2023-11/2024-06", "2023-11-01", "2024-06-30", "range")),
    ("自2023年1月至2024年底，累計", MAY_2024,
     ("2023-01/2024-12", "2023-01-01", "2024-12-31", "range")),
    ("2022年9月至2023年8月31日，", MAY_2024,
     ("2022-09/2023-08-31", "2022-09-01", "2023-08-31", "range")),
    # FROM_TO_START … FROM_TO_GAP: a start and an end with the event between them, one interval;
    # a day that opens it, written without its year, closes it with a day
    ("该中心自2023年3月投入运营至今年4月底，共接诊", MAY_2024,
     ("2023-03/2024-04", "2023-03-01", "2024-04-30", "range")),
    ("該中心自2023年3月投入運營至今年4月底，共接診", MAY_2024,
     ("2023-03/2024-04", "2023-03-01", "2024-04-30", "range")),
    ("该院自3月15日接入系统至4月底，共录得", MAY_2024,
     ("2024-03-15/2024-04-30", "2024-03-15", "2024-04-30", "range")),
    ("該院自3月15日接入系統至4月底，共錄得", MAY_2024,
     ("2024-03-15/2024-04-30", "2024-03-15", "2024-04-30", "range")),
    # … but not a start with no end after 至 (自3月15日起实施), nor a value's time before 增至
    ("新规自3月15日起实施，共有", MAY_2024, (None, None, None, None)),
    ("床位由2022年的300张增至2023年底的", MAY_2024, ("2023-12-31", None, "2023-12-31", "point")),
    # a time that dates a thing's start (去年启用的中心) is not the period of what follows
    ("该院依托去年启用的港澳医疗服务中心，配备", MAY_2024, (None, None, None, None)),
    # … nor is one that dates a report's release (上月公布的调查显示)
    ("学会上月公布的调查显示，在500名受访居民中，", MAY_2024, (None, None, None, None)),
    ("學會上月公佈的調查顯示，在500名受訪居民中，", MAY_2024, (None, None, None, None)),
    ("該院依託去年啟用的港澳醫療服務中心，配備", MAY_2024, (None, None, None, None)),
]


@pytest.mark.parametrize("context, published, expected", CASES, ids=[c[0] for c in CASES])
def test_period_of(context, published, expected):
    period = period_of(context, published)
    assert (period.label, *(d.isoformat() if d else None for d in (period.start, period.end)),
            period.kind) == expected
    if period.start and period.end:
        assert period.start <= period.end


@pytest.mark.parametrize("context, label, start, kind", [
    ("截至2025年3月底，", "2024-04/2025-03", date(2024, 4, 1), "range"),  # a month's end
    ("截至二○二五年三月底，", "2024-04/2025-03", date(2024, 4, 1), "range"),
    ("由2023年底的8,900人增至2024年底的", "2024", date(2024, 1, 1), "year"),  # a year's end
    ("截至二○二四年底，", "2024", date(2024, 1, 1), "year"),
    ("截至2025年3月15日，", "2024-03-16/2025-03-15", date(2024, 3, 16), "range"),
])
def test_year_to_a_point_is_labelled_as_intervals_are(context, label, start, kind):
    period = year_to(period_of(context, MAY_2024))
    assert (period.label, period.start, period.kind) == (label, start, kind)


def test_year_to_a_point():
    point = period_of("截至2025年3月底，", MAY_2024)
    assert (year_to(point).start, year_to(point).end) == (date(2024, 4, 1), date(2025, 3, 31))
    leap = period_of("2024年2月29日", MAY_2024)
    assert year_to(leap).start == date(2023, 3, 1)
    assert year_to(period_of("2023年", MAY_2024)).kind == "year"  # only a point is widened


def test_a_bare_part_of_a_year_takes_the_year_the_text_speaks_of():
    assert period_of("全年", MAY_2024, 2022).label == "2022"
    assert period_of("年末", MAY_2024, 2022).end == date(2022, 12, 31)


def _periods(text: str, title: str | None = None, published: date | None = MAY_2024):
    doc = SimpleNamespace(doc_id="t", text=text, published=published, region=None, title=title)
    return [(r["value"], r["period_start"] and r["period_start"].isoformat(),
             r["period_end"] and r["period_end"].isoformat()) for r in document_metrics(doc)]


PARAGRAPH_CASES = [
    # a report's title names the period of figures that state none; stocks at the year's end
    ("一、卫生资源\n全市医疗卫生机构床位9604张。\n二、医疗服务\n全市医院病床使用率78.6%。",
     "珠海市2024年卫生健康事业发展统计公报",
     [(9604, None, "2024-12-31"), (78.6, "2024-01-01", "2024-12-31")]),
    ("一、衞生資源\n全市醫療衞生機構床位9604張。\n二、醫療服務\n全市醫院病床使用率78.6%。",
     "珠海市2024年衞生健康事業發展統計公報",
     [(9604, None, "2024-12-31"), (78.6, "2024-01-01", "2024-12-31")]),
    # a before -> after pair of a report: its own time, else the report's
    ("（一）机构。2024年末，全市医疗卫生机构1326个。\n（二）床位。全市床位由上年末的9118张增加到9604张。",
     "珠海市2024年卫生健康事业发展统计公报",
     [(1326, None, "2024-12-31"), (9118, None, "2023-12-31"), (9604, None, "2024-12-31")]),
    ("（一）機構。2024年末，全市醫療衞生機構1326個。\n（二）床位。全市床位由上年末的9118張增加到9604張。",
     "珠海市2024年衞生健康事業發展統計公報",
     [(1326, None, "2024-12-31"), (9118, None, "2023-12-31"), (9604, None, "2024-12-31")]),
    # ... and a pair with no time of its own runs from the year before's end to the year's
    ("（二）卫生人员。年末全市卫生技术人员2.93万人。执业医师数由10215人增至10870人。",
     "珠海市2024年卫生健康事业发展统计公报",
     [(29300, None, "2024-12-31"), (10215, None, "2023-12-31"), (10870, None, "2024-12-31")]),
    ("（二）衞生人員。年末全市衞生技術人員2.93萬人。執業醫師數由10215人增至10870人。",
     "珠海市2024年衞生健康事業發展統計公報",
     [(29300, None, "2024-12-31"), (10215, None, "2023-12-31"), (10870, None, "2024-12-31")]),
    # a work summary or a bulletin (总结, 通報) names its period as a report does
    ("全市医疗卫生机构床位9604张。", "珠海市卫生健康局2023年工作总结", [(9604, None, "2023-12-31")]),
    ("全市醫療衞生機構床位9604張。", "珠海市衞生健康局2023年工作總結", [(9604, None, "2023-12-31")]),
    # a report on one year and a plan for the next is of the first (工作总结和…工作计划)
    ("全区共有医疗卫生机构412家。", "蓬江区卫生健康局2024年工作总结和2025年工作计划",
     [(412, None, "2024-12-31")]),
    ("全區共有醫療衞生機構412家。", "蓬江區衞生健康局2024年工作總結和2025年工作計劃",
     [(412, None, "2024-12-31")]),
    # a report on part of a year (进展, 概況): its parts without a year are of it, not of a
    # plan's year named on the way (到2026年)
    ("力争到2026年新增床位5000张。\n截至6月底，全市床位6.1万张。", "深圳市卫生健康委2023年上半年工作进展",
     [(5000, "2026-01-01", "2026-12-31"), (61000, None, "2023-06-30")]),
    ("力爭到2026年新增床位5000張。\n截至6月底，全市床位6.1萬張。", "深圳市衞生健康委2023年上半年工作進展",
     [(5000, "2026-01-01", "2026-12-31"), (61000, None, "2023-06-30")]),
    # a page titled by its site: the report's headline stands above its first sentence
    ("2023年中山市卫生健康事业发展情况通报\n三、居民健康水平。全市医院病床使用率78.6%。", "中山市卫生健康局",
     [(78.6, "2023-01-01", "2023-12-31")]),
    ("2023年中山市衞生健康事業發展情況通報\n三、居民健康水平。全市醫院病床使用率78.6%。", "中山市衞生健康局",
     [(78.6, "2023-01-01", "2023-12-31")]),
    # no report, no period
    ("全市医疗卫生机构床位9604张。", "珠海医疗卫生机构床位增加", [(9604, None, None)]),
    # a paragraph that goes on from the last (其中, 按…划分) keeps its period; a new one does not
    (("截至2025年5月底，试点医院接诊长者6.1万人次。\n按城市划分，深圳接诊2.9万人次。\n"
      "该院共有护士120名。"), None,
     [(61000, None, "2025-05-31"), (29000, None, "2025-05-31"), (120, None, None)]),
    (("截至2025年5月底，試點醫院接診長者6.1萬人次。\n按城市劃分，深圳接診2.9萬人次。\n"
      "該院共有護士120名。"), None,
     [(61000, None, "2025-05-31"), (29000, None, "2025-05-31"), (120, None, None)]),
    # 目前 opening a clause ends the period stated before; per-head costs carry none
    ("2024年，该院接诊港澳居民8万人次。目前，该院有港澳医生14名，港澳居民人均费用约420元。", None,
     [(80000, "2024-01-01", "2024-12-31"), (14, None, None), (420, None, None)]),
    ("2024年，該院接診港澳居民8萬人次。目前，該院有港澳醫生14名，港澳居民人均費用約420元。", None,
     [(80000, "2024-01-01", "2024-12-31"), (14, None, None), (420, None, None)]),
    # a rate per year or day takes the time of its own clause (not across ；, not a plan's)
    ("2023年度，全市城乡居民医保个人缴费标准为每人每年380元。", None,
     [(380, "2023-01-01", "2023-12-31")]),
    ("2023年度，全市城鄉居民醫保個人繳費標準為每人每年380元。", None,
     [(380, "2023-01-01", "2023-12-31")]),
    ("2024年，该院门诊量达5.6万人次；每年约有2万名港澳居民到该院体检。", None,
     [(56000, "2024-01-01", "2024-12-31"), (20000, None, None)]),
    ("2024年，該院門診量達5.6萬人次；每年約有2萬名港澳居民到該院體檢。", None,
     [(56000, "2024-01-01", "2024-12-31"), (20000, None, None)]),
    ("该中心计划于2025年建成，预计每年可服务3万人次。", None, [(30000, None, None)]),
    ("該中心計劃於2025年建成，預計每年可服務3萬人次。", None, [(30000, None, None)]),
    # the last years opening a clause (近五年，过去三年间) are a period, their number no figure
    ("近五年，该院床位从800张增至1200张。", None,
     [(800, "2019-05-01", "2019-05-01"), (1200, "2024-05-01", "2024-05-01")]),
    ("過去三年間，該院床位從800張增至1200張。", None,
     [(800, "2021-05-01", "2021-05-01"), (1200, "2024-05-01", "2024-05-01")]),
    ("该院医生平均工作近5年。", None, [(5, None, None)]),  # nearly five years: a duration
    ("該院醫生平均工作近5年。", None, [(5, None, None)]),
    # a change over one year up to a point: the year before that point
    ("截至2025年3月底，受益人增至17.1万人，一年增加约9000人，增长5.6%。", None,
     [(171000, None, "2025-03-31"), (9000, "2024-04-01", "2025-03-31"),
      (5.6, "2024-04-01", "2025-03-31")]),
    ("截至2025年3月底，受益人增至17.1萬人，一年增加約9000人，增長5.6%。", None,
     [(171000, None, "2025-03-31"), (9000, "2024-04-01", "2025-03-31"),
      (5.6, "2024-04-01", "2025-03-31")]),
    # a date with its weekday is a page header or a dateline, no period of the figures after it
    ("住院人均费用约1.1万元。\n深圳特区报　2023年12月6日 星期三　版次：A06\n医院还累计减免费用逾85万元。",
     None, [(11000, None, None), (850000, None, None)]),
    ("住院人均費用約1.1萬元。\n澳門日報　2023年12月6日（星期三）\n醫院還累計減免費用逾85萬元。",
     None, [(11000, None, None), (850000, None, None)]),
    # visits under a year's end carried over are of that year
    ("2024年底，全市共有医院6家。全市医院住院病人3150人次。", None,
     [(6, None, "2024-12-31"), (3150, "2024-01-01", "2024-12-31")]),
    ("2024年底，全市共有醫院6家。全市醫院住院病人3150人次。", None,
     [(6, None, "2024-12-31"), (3150, "2024-01-01", "2024-12-31")]),
    # what a plan brings once done (建成后…) is of no time stated before it
    ("2023年1-6月，该院新增病床2430张；新院区工程开工，建成后将新增床位1200张。", None,
     [(2430, "2023-01-01", "2023-06-30"), (1200, None, None)]),
    ("2023年1-6月，該院新增病床2430張；新院區工程開工，建成後將新增床位1200張。", None,
     [(2430, "2023-01-01", "2023-06-30"), (1200, None, None)]),
    # a plan with no time before it takes the deadline its sentence states after it
    ("下一步，该市将再建成2个社区卫生站，预计年底前投入使用。", None, [(2, None, "2024-12-31")]),
    ("下一步，該市將再建成2個社區衞生站，預計年底前投入使用。", None, [(2, None, "2024-12-31")]),
    ("该院计划新增床位500张，预计2025年投入使用。", None, [(500, "2025-01-01", "2025-12-31")]),
    ("該院計劃新增床位500張，預計2025年投入使用。", None, [(500, "2025-01-01", "2025-12-31")]),
    ("该院新增床位500张，2023年投入使用。", None, [(500, None, None)]),  # done: no plan
    # the times of a pair's values (从2019年的A增加到2021年的B) date those values only
    ("港澳居民门诊量从2019年的2.3万人次增加到2021年的4.1万人次。医保统筹基金支付比例达到70%。", None,
     [(23000, "2019-01-01", "2019-12-31"), (41000, "2021-01-01", "2021-12-31"), (70, None, None)]),
    ("港澳居民門診量從2019年的2.3萬人次增加到2021年的4.1萬人次。醫保統籌基金支付比例達到70%。", None,
     [(23000, "2019-01-01", "2019-12-31"), (41000, "2021-01-01", "2021-12-31"), (70, None, None)]),
    # 目前 anywhere in its clause is now (该院区目前开放床位800张), as 现有 is
    ("2024年，该院接诊港澳居民8万人次。该院区目前开放床位800张。", None,
     [(80000, "2024-01-01", "2024-12-31"), (800, None, None)]),
    ("2024年，該院接診港澳居民8萬人次。該院區目前開放床位800張。", None,
     [(80000, "2024-01-01", "2024-12-31"), (800, None, None)]),
    # a since-clause that dates no start of its own, after a time in its sentence: from the
    # start the text dates up to publication, not of that time (今年1至4月…；自…启动以来累计…)
    ("该机制于2022年3月启动。今年1至4月，转介病人386宗；自机制启动以来累计转介887宗。", None,
     [(386, "2024-01-01", "2024-04-30"), (887, "2022-03-01", "2024-05-01")]),
    ("該機制於2022年3月啟動。今年1至4月，轉介病人386宗；自機制啟動以來累計轉介887宗。", None,
     [(386, "2024-01-01", "2024-04-30"), (887, "2022-03-01", "2024-05-01")]),
    # spending stated at a past point after a since-clause: counted from its start
    ("计划自2022年3月推出以来，累计登记病人1.2万名。截至今年3月底，医管局支付的资助款项约5,000万港元。",
     None, [(12000, "2022-03-01", "2024-05-01"), (50000000, "2022-03-01", "2024-03-31")]),
    ("計劃自2022年3月推出以來，累計登記病人1.2萬名。截至今年3月底，醫管局支付的資助款項約5,000萬港元。",
     None, [(12000, "2022-03-01", "2024-05-01"), (50000000, "2022-03-01", "2024-03-31")]),
    # a stock's level stated for months of a year is at their end (上半年…；全市注册护士达…)
    ("2023年上半年，全市新增病床2000张；全市注册护士达到7.1万人。", None,
     [(2000, "2023-01-01", "2023-06-30"), (71000, None, "2023-06-30")]),
    ("2023年上半年，全市新增病床2000張；全市註冊護士達到7.1萬人。", None,
     [(2000, "2023-01-01", "2023-06-30"), (71000, None, "2023-06-30")]),
    # a 'now' word right before a figure (由現時的A增至B) dates it now: no period stated before
    ("截至2024年6月底，该院床位900张，合作诊所增至现时的6家。", None,
     [(900, None, "2024-06-30"), (6, None, None)]),
    ("截至2024年6月底，該院床位900張，合作診所增至現時的6家。", None,
     [(900, None, "2024-06-30"), (6, None, None)]),
    ("截至2024年6月底，该院床位900张。合作诊所由2022年的3家增至目前约12家。", None,
     [(900, None, "2024-06-30"), (3, "2022-01-01", "2022-12-31"), (12, None, None)]),
    # 现有 (has now) ends it anywhere in a sentence
    ("2024年，该院接诊港澳居民8万人次。该院现有医生180名。", None,
     [(80000, "2024-01-01", "2024-12-31"), (180, None, None)]),
    ("2024年，該院接診港澳居民8萬人次。該院現有醫生180名。", None,
     [(80000, "2024-01-01", "2024-12-31"), (180, None, None)]),
    # ... and a time said before it in its own sentence
    ("2024年，该院床位增至620张，现有医护人员1380人。", None,
     [(620, "2024-01-01", "2024-12-31"), (1380, None, None)]),
    ("2024年，該院床位增至620張，現有醫護人員1380人。", None,
     [(620, "2024-01-01", "2024-12-31"), (1380, None, None)]),
    # a before -> after pair is dated by its own sentence only, not by the one before
    ("2024年，该院接诊港澳居民8万人次。医院床位从800张增加至1350张。", None,
     [(80000, "2024-01-01", "2024-12-31"), (800, None, None), (1350, None, None)]),
    ("2024年，該院接診港澳居民8萬人次。醫院床位從800張增加至1350張。", None,
     [(80000, "2024-01-01", "2024-12-31"), (800, None, None), (1350, None, None)]),
]


HEADLINE_CASES = [
    # a headline's rise in 成 (a share by its words) is the growth the body states (同比增长33.5%)
    ("今年1至4月，该院接诊港澳患者3.6万人次，同比增长33.5%。", "某医院港澳患者升逾三成",
     [(30, "2024-01-01", "2024-04-30"), (36000, "2024-01-01", "2024-04-30"),
      (33.5, "2024-01-01", "2024-04-30")]),
    ("今年1至4月，該院接診港澳患者3.6萬人次，按年增長33.5%。", "某醫院港澳患者升逾三成",
     [(30, "2024-01-01", "2024-04-30"), (36000, "2024-01-01", "2024-04-30"),
      (33.5, "2024-01-01", "2024-04-30")]),
    # people counted as 人 in the headline and 名 in the body (逾千人 for 1,136名)
    ("截至今年3月底，入住院舍的香港长者共1,136名。", "北上安老港长者增至逾千人",
     [(1000, None, "2024-03-31"), (1136, None, "2024-03-31")]),
    # a headline's figure, rounded (破千, 超三成), is of the period the body states for it
    ("自2023年3月试点启动以来，累计接收香港转诊患者1,046人次。", "穗港跨境转诊患者破千人次",
     [(1000, "2023-03-01", "2024-05-01"), (1046, "2023-03-01", "2024-05-01")]),
    ("自2023年3月試點啟動以來，累計接收香港轉診患者1,046人次。", "穗港跨境轉診患者破千人次",
     [(1000, "2023-03-01", "2024-05-01"), (1046, "2023-03-01", "2024-05-01")]),
    # ... a deck above the first sentence too
    ("东莞港澳居民就诊量增长超三成\n2023年1—9月，全市为港澳居民提供诊疗服务12.8万人次，同比增长31.6%。",
     None, [(30, "2023-01-01", "2023-09-30"), (128000, "2023-01-01", "2023-09-30"),
            (31.6, "2023-01-01", "2023-09-30")]),
    ("東莞港澳居民就診量增長超三成\n2023年1—9月，全市為港澳居民提供診療服務12.8萬人次，同比增長31.6%。",
     None, [(30, "2023-01-01", "2023-09-30"), (128000, "2023-01-01", "2023-09-30"),
            (31.6, "2023-01-01", "2023-09-30")]),
    # not a figure it does not round, nor a period the body carried from another sentence
    ("2023年，该院接诊港澳患者2.1万人次。", "某医院接诊港澳患者破万人次",
     [(10000, None, None), (21000, "2023-01-01", "2023-12-31")]),
    ("2023年，該院接診港澳患者2.1萬人次。", "某醫院接診港澳患者破萬人次",
     [(10000, None, None), (21000, "2023-01-01", "2023-12-31")]),
    ("2023年，该院接诊港澳患者8万人次。全市试点医院从6家增加到11家。", "试点医院由6家增至11家",
     [(6, None, None), (11, None, None), (80000, "2023-01-01", "2023-12-31"), (6, None, None),
      (11, None, None)]),
]


@pytest.mark.parametrize("text, title, expected", HEADLINE_CASES)
def test_a_headline_figure_is_of_the_period_the_body_states_for_it(text, title, expected):
    assert _periods(text, title) == expected


OPENING_CASES = [
    # START_VERB: a hospital opens (开院), and a value at its opening is of then
    ("该院于2019年开院。该院开放床位由开院初期的260张增至450张。",
     [(260, "2019-01-01", "2019-12-31"), (450, None, None)]),
    ("該院於2019年開院。該院開放床位由開院初期的260張增至450張。",
     [(260, "2019-01-01", "2019-12-31"), (450, None, None)]),
    # a value at the opening (由开业时的300张) is of when the text says it opened
    ("该中心于2023年1月正式开业。该中心床位由开业时的300张增至年底的620张。",
     [(300, "2023-01-01", "2023-01-31"), (620, None, "2023-12-31")]),
    ("該中心於2023年1月正式開業。該中心床位由開業時的300張增至年底的620張。",
     [(300, "2023-01-01", "2023-01-31"), (620, None, "2023-12-31")]),
    # ... else when it says anything started (推行 for 推出时)
    ("政府自2023年6月起推行试点计划。\n试点医疗机构由计划推出时的7间增至11间。",
     [(7, "2023-06-01", "2023-06-30"), (11, None, None)]),
    ("政府自2023年6月起推行試點計劃。\n試點醫療機構由計劃推出時的7間增至11間。",
     [(7, "2023-06-01", "2023-06-30"), (11, None, None)]),
    # the first year after the opening: the twelve months from it (a calendar year from January)
    ("该中心于2023年1月正式开业，开业首年累计服务港澳居民8.3万人次。",
     [(83000, "2023-01-01", "2023-12-31")]),
    ("該中心於2023年1月正式開業，開業首年累計服務港澳居民8.3萬人次。",
     [(83000, "2023-01-01", "2023-12-31")]),
    ("该中心于2023年3月启用。启用后第一年接诊1.2万人次。", [(12000, "2023-03-01", "2024-02-29")]),
    ("開業首年接診1.2萬人次。", [(12000, None, None)]),  # no opening dated
    # ... 最初的, 首期的 (at the start) too; 開設, 投入服務 are openings
    ("该院区于2023年12月开诊。开放床位由首期的600张增至1,200张。",
     [(600, "2023-12-01", "2023-12-31"), (1200, None, None)]),
    ("門診於2023年9月開設。醫生由開設初期的6名增至17名。",
     [(6, "2023-09-01", "2023-09-30"), (17, None, None)]),
    # a running total counts from a start stated in its own paragraph, not from another
    # subject's opening in a paragraph before (社区层面，…累计签约)
    ("该中心自2023年6月启用以来累计接诊1万人次。\n社区层面，截至2024年3月底累计签约1,260人。",
     [(10000, "2023-06-01", "2024-05-01"), (1260, None, "2024-03-31")]),
    ("該中心自2023年6月啟用以來累計接診1萬人次。\n社區層面，截至2024年3月底累計簽約1,260人。",
     [(10000, "2023-06-01", "2024-05-01"), (1260, None, "2024-03-31")]),
    ("该中心于2023年6月启用。截至2024年3月底累计接诊1万人次。",
     [(10000, "2023-06-01", "2024-03-31")]),
    # EVERY: an average per day over the period stated (平均每日) is of it; a rate per year of a
    # plan (每年可接诊) is of no one year
    ("今年第一季该站共接诊6,120人次；平均每日接诊约68人次。",
     [(6120, "2024-01-01", "2024-03-31"), (68, "2024-01-01", "2024-03-31")]),
    ("今年第一季該站共接診6,120人次；平均每日接診約68人次。",
     [(6120, "2024-01-01", "2024-03-31"), (68, "2024-01-01", "2024-03-31")]),
    ("今年第一季该站共接诊6,120人次；新站建成后每年可接诊约3万人次。",
     [(6120, "2024-01-01", "2024-03-31"), (30000, None, None)]),
    ("今年第一季該站共接診6,120人次；新站建成後每年可接診約3萬人次。",
     [(6120, "2024-01-01", "2024-03-31"), (30000, None, None)]),
    # BASELINE_LEVEL: a growth between two dated year-end levels spans their years (a year
    # on year one, 2023年末 … 2024年末, stays at its point)
    ("全市参保人数由2021年末的3.2万人增至2024年末的4.6万人，三年间增长43.8%。",
     [(32000, None, "2021-12-31"), (46000, None, "2024-12-31"), (43.8, "2021-01-01", "2024-12-31")]),
    ("全市參保人數由2021年末的3.2萬人增至2024年末的4.6萬人，三年間增長43.8%。",
     [(32000, None, "2021-12-31"), (46000, None, "2024-12-31"), (43.8, "2021-01-01", "2024-12-31")]),
    ("全市参保人数由2023年末的4.2万人增至2024年末的4.6万人，增长9.5%。",
     [(42000, None, "2023-12-31"), (46000, None, "2024-12-31"), (9.5, None, "2024-12-31")]),
    # an opening the text states only in a later paragraph is another's: it dates no figure
    # before it (the 6 窗口 of the hospital are not of the group's clinic opened in 2023)
    ("该院服务窗口由开设初期的6个增至9个。\n集团于2023年在南沙开设门诊部。",
     [(6, None, None), (9, None, None)]),
    ("該院服務窗口由開設初期的6個增至9個。\n集團於2023年在南沙開設門診部。",
     [(6, None, None), (9, None, None)]),
    ("轉送安排自去年11月推行以來運作暢順。接收病人的醫院由最初的3間增至7間。",
     [(3, "2023-11-01", "2023-11-30"), (7, None, None)]),
    ("该院床位由开业时的300张增至620张。", [(300, None, None), (620, None, None)]),  # not said
    ("該站登記居民由開站初期的約1,200人增至3,860人。", [(1200, None, None), (3860, None, None)]),
]


SINCE_CASES = [
    # a since-clause that dates no start: from when the text says it started to the point
    # standing before it in the paragraph (截至…底), else to publication; carried on after it
    (("政府自2024年6月起推行试点计划。\n截至2025年5月底，全港合资格长者约186万名。"
      "自试点计划推行以来，累计有23,816名长者使用医疗券，求诊人次达61,540人次。\n"
      "（二）按城市划分，深圳的求诊人次为29,812人次。"),
     [(1860000, None, "2025-05-31"), (23816, "2024-06-01", "2025-05-31"),
      (61540, "2024-06-01", "2025-05-31"), (29812, "2024-06-01", "2025-05-31")]),
    (("政府自2024年6月起推行試點計劃。\n截至2025年5月底，全港合資格長者約186萬名。"
      "自試點計劃推行以來，累計有23,816名長者使用醫療券，求診人次達61,540人次。\n"
      "（二）按城市劃分，深圳的求診人次為29,812人次。"),
     [(1860000, None, "2025-05-31"), (23816, "2024-06-01", "2025-05-31"),
      (61540, "2024-06-01", "2025-05-31"), (29812, "2024-06-01", "2025-05-31")]),
    ("该中心于2023年3月启用。\n自该中心启用以来，累计服务港澳居民1.2万人次。",
     [(12000, "2023-03-01", "2025-06-18")]),
    ("該中心於2023年3月啟用。\n自該中心啟用以來，累計服務港澳居民1.2萬人次。",
     [(12000, "2023-03-01", "2025-06-18")]),
    # a ratio and its change in points are not counted up since a start: no cumulative carried
    ("自2019年7月试点以来，澳门居民累计享受医保待遇9.6万人次。住院报销比例为75%，自付比例下降6个百分点。其中住院1.2万人次。",
     [(96000, "2019-07-01", "2025-06-18"), (75, None, None), (-6, None, None),
      (12000, "2019-07-01", "2025-06-18")]),
    ("自2019年7月試點以來，澳門居民累計享受醫保待遇9.6萬人次。住院報銷比例為75%，自付比例下降6個百分點。其中住院1.2萬人次。",
     [(96000, "2019-07-01", "2025-06-18"), (75, None, None), (-6, None, None),
      (12000, "2019-07-01", "2025-06-18")]),
    # a total counted up (累计) in a later paragraph is since the start the article last dated
    (("自2023年3月试点启动以来，全市累计接收转诊患者1,046人次。\n"
      "该院是接收最多的医院，累计接收转诊患者412人次，占全市的近四成。\n该院有医生300名。"),
     [(1046, "2023-03-01", "2025-06-18"), (412, "2023-03-01", "2025-06-18"),
      (40, "2023-03-01", "2025-06-18"), (300, None, None)]),
    (("自2023年3月試點啟動以來，全市累計接收轉診患者1,046人次。\n"
      "該院是接收最多的醫院，累計接收轉診患者412人次，佔全市的近四成。\n該院有醫生300名。"),
     [(1046, "2023-03-01", "2025-06-18"), (412, "2023-03-01", "2025-06-18"),
      (40, "2023-03-01", "2025-06-18"), (300, None, None)]),
    # a total (累计) at a point after a start the text dates: counted from that start
    ("转送安排自去年11月推行以来运作畅顺。截至今年5月底，医院累计接收病人432名。",
     [(432, "2024-11-01", "2025-05-31")]),
    ("轉送安排自去年11月推行以來運作暢順。截至今年5月底，醫院累計接收病人432名。",
     [(432, "2024-11-01", "2025-05-31")]),
    ("截至今年5月底，医院累计接收病人432名。", [(432, None, "2025-05-31")]),  # no start
    # ... but an enrolment (a stock) said to total up is at its point
    ("今年以来，该院开通绿色通道。截至5月底，参加医保的澳门居民累计达2.67万人。",
     [(26700, None, "2025-05-31")]),
    # a wait or a day's count in a since-sentence is not counted up: no cumulative period
    ("今年以来，该院开通绿色通道，平均候诊时间由45分钟缩短至18分钟。", [(45, None, None), (18, None, None)]),
    ("今年以來，該院開通綠色通道，平均候診時間由45分鐘縮短至18分鐘。", [(45, None, None), (18, None, None)]),
    ("该院自2022年以来累计引进港澳医生63名，日均接诊约70人次。",
     [(63, "2022-01-01", "2025-06-18"), (70, None, None)]),
    # a stock's level in a since-clause is no running total (it is now: no period), unless its
    # clause says it totals up (累计引进港澳医生63名)
    ("该院区自2023年12月开诊以来，开放床位由首期的600张增至1,200张，累计服务患者逾4万人次。",
     [(600, "2023-12-01", "2023-12-31"), (1200, None, None), (40000, "2023-12-01", "2025-06-18")]),
    ("該院區自2023年12月開診以來，開放床位由首期的600張增至1,200張，累計服務患者逾4萬人次。",
     [(600, "2023-12-01", "2023-12-31"), (1200, None, None), (40000, "2023-12-01", "2025-06-18")]),
    # a start the text dates nowhere: counted up to publication from a start unsaid, not from
    # another thing's start (the 门诊 opened 2023年9月 is no 机制启动)
    ("自试点计划推行以来，累计服务港澳居民1.2万人次。", [(12000, None, "2025-06-18")]),
    ("自試點計劃推行以來，累計服務港澳居民1.2萬人次。", [(12000, None, "2025-06-18")]),
    ("该门诊自2023年9月开设以来，累计服务3.2万人次。自机制启动以来累计转介887宗。",
     [(32000, "2023-09-01", "2025-06-18"), (887, None, "2025-06-18")]),
    ("該門診自2023年9月開設以來，累計服務3.2萬人次。自機制啟動以來累計轉介887宗。",
     [(32000, "2023-09-01", "2025-06-18"), (887, None, "2025-06-18")]),
]


@pytest.mark.parametrize("text, expected", SINCE_CASES)
def test_a_since_clause_is_dated_by_the_start_the_text_states(text, expected):
    assert _periods(text, published=JUNE_2025) == expected


@pytest.mark.parametrize("text, expected", OPENING_CASES)
def test_a_value_at_the_opening_is_of_when_it_opened(text, expected):
    assert _periods(text) == expected


@pytest.mark.parametrize("value, qualifier, stated, expected", [
    (1000, "at_least", 1046, True), (1000, "at_least", 1000, True), (1000, "at_least", 990, False),
    (1000, "at_least", 2150, False), (20, "at_least", 24.8, True), (20, "at_least", 31, False),
    (15000, "at_least", 15328, True), (15000, "at_least", 16200, False),
    (30000, "approx", 28700, True), (30000, "approx", 24000, False), (900, "approx", 887, True),
    (500, "at_most", 480, True), (500, "at_most", 520, False), (612, "exact", 612, True),
    (612, "exact", 613, False),
])
def test_rounds(value, qualifier, stated, expected):
    assert rounds(value, qualifier, stated) is expected


@pytest.mark.parametrize("text, title, expected", PARAGRAPH_CASES)
def test_periods_carried_over_sentences_paragraphs_and_reports(text, title, expected):
    assert _periods(text, title) == expected


def test_every_time_expression_names_a_year():
    """resolve_period skips contexts without 年 unread: no time expression may lack it."""
    rng = random.Random(11)
    words = ["截至", "自", "从", "比", "同比", "今", "去", "本", "当", "上", "前", "明", "2024",
             "19", "3", "十二", "月", "月份", "日", "号", "底", "末", "初", "以来", "年", "，"]
    matched = 0
    for _ in range(20_000):
        context = "".join(rng.choice(words) for _ in range(rng.randrange(1, 7)))
        if _TIME.search(context):
            matched += 1
            assert "年" in context, context
    assert matched > 300  # the alphabet does make time expressions


@pytest.mark.parametrize("text", ["上半年新引进高层次医学人才138名，其中来自港澳的26名。",
                                  "上半年新引進高層次醫學人才138名，當中來自港澳的26名。"])
def test_a_part_of_a_change_is_of_the_change_s_period(text):
    # BREAKDOWN: the 26 are of 上半年 like the 138, not a stock's point at its end
    assert _periods(text, published=date(2023, 8, 3)) == [
        (138, "2023-01-01", "2023-06-30"), (26, "2023-01-01", "2023-06-30")]


@pytest.mark.parametrize("text, expected", [
    # a stock totalled up over months of one year (累计建成) is a level at their end …
    ("1-6月全市新增病床2,430张，累计建成三级医院82家。", [(2430, "2023-01-01", "2023-06-30"), (82, None, "2023-06-30")]),
    ("1-6月全市新增病牀2,430張，累計建成三級醫院82家。", [(2430, "2023-01-01", "2023-06-30"), (82, None, "2023-06-30")]),
    # … not over months of several years (people trained from one year to another)
    ("2023年1月至2025年3月，累计培训医护人员逾千名。", [(1000, "2023-01-01", "2025-03-31")]),
    ("2023年1月至2025年3月，累計培訓醫護人員逾千名。", [(1000, "2023-01-01", "2025-03-31")]),
])
def test_a_stock_totalled_over_months_of_a_year_is_at_their_end(text, expected):
    assert _periods(text, published=date(2023, 8, 3)) == expected


@pytest.mark.parametrize("text, year", [
    # THIS_YEAR: 年内 is of the year the text speaks of (a report on 2025 read in January 2026) …
    ("2025年，全区医疗卫生机构增至486家。医院二期年内建成启用，新增床位600张。", "2025"),
    ("2025年，全區醫療衛生機構增至486家。醫院二期年內建成啟用，新增床位600張。", "2025"),
    # … and of the year it is read with a plan word next to it (THIS_YEAR_PLAN)
    ("2025年，全区医疗卫生机构增至486家。年内将新增床位600张。", "2026"),
    ("2025年，全區醫療衛生機構增至486家。年內將新增床位600張。", "2026"),
])
def test_within_the_year_is_of_the_year_spoken_of_unless_planned(text, year):
    assert _periods(text, published=date(2026, 1, 16))[-1] == (600, f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize("text, expected", [
    # BASELINE_LEVEL: a change or growth on a level of a year two or more before runs from it …
    ("2023年，该区家庭医生签约居民9.6万人，比2019年的4.1万人增加5.5万人。",
     [(96000, "2023-01-01", "2023-12-31"), (41000, "2019-01-01", "2019-12-31"),
      (55000, "2019-01-01", "2023-12-31")]),
    ("2023年，該區家庭醫生簽約居民9.6萬人，比2019年的4.1萬人增加5.5萬人。",
     [(96000, "2023-01-01", "2023-12-31"), (41000, "2019-01-01", "2019-12-31"),
      (55000, "2019-01-01", "2023-12-31")]),
    ("全区门诊量从2018年的120万人次增至2022年的180万人次，年均增长10.7%。",
     [(1200000, "2018-01-01", "2018-12-31"), (1800000, "2022-01-01", "2022-12-31"),
      (10.7, "2018-01-01", "2022-12-31")]),
    ("全區門診量從2018年的120萬人次增至2022年的180萬人次，年均增長10.7%。",
     [(1200000, "2018-01-01", "2018-12-31"), (1800000, "2022-01-01", "2022-12-31"),
      (10.7, "2018-01-01", "2022-12-31")]),
    # … a rate of growth on the whole year before's level spans both years, as the writers
    # annotate it (w13, w15, w17) …
    ("2023年，该区门诊量达150万人次，比2022年的120万人次增长25%。",
     [(1500000, "2023-01-01", "2023-12-31"), (1200000, "2022-01-01", "2022-12-31"),
      (25, "2022-01-01", "2023-12-31")]),
    ("2023年，該區門診量達150萬人次，比2022年的120萬人次增長25%。",
     [(1500000, "2023-01-01", "2023-12-31"), (1200000, "2022-01-01", "2022-12-31"),
      (25, "2022-01-01", "2023-12-31")]),
    ("该中心去年接诊澳门居民4.8万人次，较前年的4万人次增加约两成。",
     [(48000, "2023-01-01", "2023-12-31"), (40000, "2022-01-01", "2022-12-31"),
      (20, "2022-01-01", "2023-12-31")]),
    ("該中心去年接診澳門居民4.8萬人次，較前年的4萬人次增加約兩成。",
     [(48000, "2023-01-01", "2023-12-31"), (40000, "2022-01-01", "2022-12-31"),
      (20, "2022-01-01", "2023-12-31")]),
    # … a change amount on it is of its year, as 比上年 is
    ("2023年，该院完成手术3,200例，较2022年的2,700例增加500例。",
     [(3200, "2023-01-01", "2023-12-31"), (2700, "2022-01-01", "2022-12-31"),
      (500, "2023-01-01", "2023-12-31")]),
    ("2023年，該院完成手術3,200例，較2022年的2,700例增加500例。",
     [(3200, "2023-01-01", "2023-12-31"), (2700, "2022-01-01", "2022-12-31"),
      (500, "2023-01-01", "2023-12-31")]),
    # … and growth between two year ends a year apart is of the later year
    ("参保人数由2022年底的8,000人增至2023年底的1万人，一年增加2,000人，增长25%。",
     [(8000, None, "2022-12-31"), (10000, None, "2023-12-31"), (2000, "2023-01-01", "2023-12-31"),
      (25, "2023-01-01", "2023-12-31")]),
    ("參保人數由2022年底的8,000人增至2023年底的1萬人，一年增加2,000人，增長25%。",
     [(8000, None, "2022-12-31"), (10000, None, "2023-12-31"), (2000, "2023-01-01", "2023-12-31"),
      (25, "2023-01-01", "2023-12-31")]),
])
def test_a_change_between_two_dated_levels_spans_their_years(text, expected):
    assert _periods(text, published=date(2024, 3, 1)) == expected


@pytest.mark.parametrize("text", [
    ("截至2025年11月底，全区床位由2020年末的5,340张增加到7,120张。\n（二）1至11月，全区门诊量486.3万人次。"
     "全区住院12.5万人次。"),
    ("截至2025年11月底，全區床位由2020年末的5,340張增加到7,120張。\n（二）1至11月，全區門診量486.3萬人次。"
     "全區住院12.5萬人次。"),
])
def test_an_earlier_value_s_year_is_not_the_year_the_text_speaks_of(text):
    # 由2020年末的…: the months written without a year after it are of 2025, not of 2020
    assert _periods(text, published=date(2025, 12, 9))[-2:] == [
        (4863000, "2025-01-01", "2025-11-30"), (125000, "2025-01-01", "2025-11-30")]


@pytest.mark.parametrize("text", [
    "该院去年全年急诊求诊人次达31.4万。该门诊首两月累计接待逾8,000人次。",
    "該院去年全年急診求診人次達31.4萬。該門診首兩月累計接待逾8,000人次。",
])
def test_a_past_year_named_only_from_publication_is_not_the_year_spoken_of(text):
    # 去年全年…。首两月…: the months written without a year are of the year the article is read
    assert _periods(text, published=date(2026, 3, 12)) == [
        (314000, "2025-01-01", "2025-12-31"), (8000, "2026-01-01", "2026-02-28")]


@pytest.mark.parametrize("text, expected", [
    # a deadline that is a clause of its own (到2027年，…) dates every target after it, 力争 too …
    ("到2027年，全市指定医院力争达到15家，社区康复站增至40个。",
     [(15, "2027-01-01", "2027-12-31"), (40, "2027-01-01", "2027-12-31")]),
    ("到2027年，全市指定醫院力爭達到15家，社區康復站增至40個。",
     [(15, "2027-01-01", "2027-12-31"), (40, "2027-01-01", "2027-12-31")]),
    # … one inside a clause dates that plan only (NEW_PLAN)
    ("预计到2027年底床位达到6000张，并力争新增医院3家。",
     [(6000, None, "2027-12-31"), (3, None, None)]),
    ("預計到2027年底床位達到6000張，並力爭新增醫院3家。",
     [(6000, None, "2027-12-31"), (3, None, None)]),
])
def test_a_deadline_opening_its_sentence_dates_every_target_after_it(text, expected):
    assert _periods(text, published=date(2025, 6, 1)) == expected


@pytest.mark.parametrize("text, expected", [
    # a since-clause dates the flows stated at a point after it in its paragraph …
    ("自2019年5月开业以来，该院累计服务港澳居民12万人次。截至2024年3月底，该院服务港澳居民12.6万人次。",
     [(120000, "2019-05-01", "2024-05-01"), (126000, "2019-05-01", "2024-03-31")]),
    ("自2019年5月開業以來，該院累計服務港澳居民12萬人次。截至2024年3月底，該院服務港澳居民12.6萬人次。",
     [(120000, "2019-05-01", "2024-05-01"), (126000, "2019-05-01", "2024-03-31")]),
    # … not those of another paragraph, about something else
    ("自2019年5月开业以来，该院累计服务港澳居民12万人次。\n截至2024年3月底，使用医疗券的长者有1,200名。",
     [(120000, "2019-05-01", "2024-05-01"), (1200, None, "2024-03-31")]),
    ("自2019年5月開業以來，該院累計服務港澳居民12萬人次。\n截至2024年3月底，使用醫療券的長者有1,200名。",
     [(120000, "2019-05-01", "2024-05-01"), (1200, None, "2024-03-31")]),
])
def test_a_since_clause_dates_the_flows_after_it_in_its_paragraph_only(text, expected):
    assert _periods(text) == expected


@pytest.mark.parametrize("text", [
    "2025年，该院门诊量达31.2万人次。该院床位由2023年的300张增至520张，引进澳门医生23名。",
    "2025年，該院門診量達31.2萬人次。該院床位由2023年的300張增至520張，引進澳門醫生23名。",
])
def test_after_a_dated_earlier_value_no_period_is_carried(text):
    # 由2023年的300张增至520张: 520 and the figures after it are of no time stated before
    assert _periods(text, published=date(2026, 1, 14)) == [
        (312000, "2025-01-01", "2025-12-31"), (300, "2023-01-01", "2023-12-31"), (520, None, None),
        (23, None, None)]


@pytest.mark.parametrize("text", [
    "2026年，全市计划新增床位1,800张，每千人口床位数将由4.2张提高至4.5张。",
    "2026年，全市計劃新增床位1,800張，每千人口床位數將由4.2張提高至4.5張。",
])
def test_the_earlier_value_of_a_pair_to_come_is_of_no_period(text):
    # PLANNED_FROM: 将由4.2张提高至4.5张, 4.2 is the level now; 4.5 the target's
    assert _periods(text, published=date(2026, 1, 20)) == [
        (1800, "2026-01-01", "2026-12-31"), (4.2, None, None), (4.5, "2026-01-01", "2026-12-31")]


@pytest.mark.parametrize("text, expected", [
    # a running total in the next paragraph is counted from the start dated before it …
    ("自2023年5月启用以来，该中心累计服务港澳居民3.2万人次。\n该中心累计接收转诊患者860人次。",
     [(32000, "2023-05-01", "2024-05-01"), (860, "2023-05-01", "2024-05-01")]),
    ("自2023年5月啟用以來，該中心累計服務港澳居民3.2萬人次。\n該中心累計接收轉診患者860人次。",
     [(32000, "2023-05-01", "2024-05-01"), (860, "2023-05-01", "2024-05-01")]),
    # … not in a paragraph on a topic of its own (NEW_TOPIC: …方面，)
    ("自2023年5月启用以来，该中心累计服务港澳居民3.2万人次。\n转诊方面，全市累计接收转诊患者860人次。",
     [(32000, "2023-05-01", "2024-05-01"), (860, None, None)]),
    ("自2023年5月啟用以來，該中心累計服務港澳居民3.2萬人次。\n轉診方面，全市累計接收轉診患者860人次。",
     [(32000, "2023-05-01", "2024-05-01"), (860, None, None)]),
])
def test_a_paragraph_on_a_topic_of_its_own_is_not_counted_from_an_earlier_start(text, expected):
    assert _periods(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a period stated in a paragraph is carried to the sentences after it …
    ("今年一季度，该区为港澳孕产妇建档210人。分娩132人。",
     [(210, "2024-01-01", "2024-03-31"), (132, "2024-01-01", "2024-03-31")]),
    # … not into a sentence on a topic of its own (TOPIC_SENTENCE, NEW_TOPIC: …方面，), nor past it
    ("今年一季度，该区为港澳孕产妇建档210人。家庭医生方面，全区签约港澳居民8,600人。累计建成服务站6个。",
     [(210, "2024-01-01", "2024-03-31"), (8600, None, None), (6, None, None)]),
    ("今年一季度，該區為港澳孕產婦建檔210人。家庭醫生方面，全區簽約港澳居民8,600人。累計建成服務站6個。",
     [(210, "2024-01-01", "2024-03-31"), (8600, None, None), (6, None, None)]),
    # … unless it states its own
    ("今年一季度，该区为港澳孕产妇建档210人。医保方面，今年1至3月直接结算1.2万人次。",
     [(210, "2024-01-01", "2024-03-31"), (12000, "2024-01-01", "2024-03-31")]),
])
def test_a_sentence_on_a_topic_of_its_own_takes_no_period_carried(text, expected):
    assert _periods(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 过去一年 (Hong Kong's press): the year up to publication; 近一年 and 工作近一年 too vague to date
    ("過去一年，經該院轉介回港的病人有1,320名。", [(1320, "2023-05-01", "2024-05-01")]),
    ("过去一年，经该院转介回港的病人有1,320名。", [(1320, "2023-05-01", "2024-05-01")]),
    ("该院有工作近一年的医生12名。", [(12, None, None)]),
    # STOCK_CHANGE: a stock's change in a since-clause is counted since its start …
    ("“十四五”以来，全省新增三甲医院42家。", [(42, "2021-01-01", "2024-05-01")]),
    ("自2021年開業以來，該院新增床位300張。", [(300, "2021-01-01", "2024-05-01")]),
    # … a level it reaches is not
    ("自2021年开业以来，该院床位增至1,200张。", [(1200, None, None)]),
])
def test_windows_up_to_publication_and_changes_since_a_start(text, expected):
    assert _periods(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a month written bare with 份, opening its clause (九月份，…): that month of the year read
    ("四月份，該院共接待香港長者約4,200人次。", [(4200, "2024-04-01", "2024-04-30")]),
    ("4月份，珠海市港澳居民门诊结算8,640人次。", [(8640, "2024-04-01", "2024-04-30")]),
    # … a month after publication is of the year before
    ("九月份，该院共接待香港长者约4,200人次。", [(4200, "2023-09-01", "2023-09-30")]),
    # … and 月份底 is still the month's end
    ("截至3月份底，全市港澳居民參保1.2萬人。", [(12000, None, "2024-03-31")]),
])
def test_a_bare_month_with_fen_opening_its_clause(text, expected):
    assert _periods(text) == expected


@pytest.mark.parametrize("text, title", [
    ("该中心自今年3月启用以来，截至9月底累计服务港澳居民1.2万人次。\n全区共设服务点8个。",
     "某区跨境医疗服务中心运行进展"),
    ("該中心自今年3月啟用以來，截至9月底累計服務港澳居民1.2萬人次。\n全區共設服務點8個。",
     "某區跨境醫療服務中心運行進展"),
])
def test_a_since_clause_in_a_report_s_first_paragraph_is_no_period_of_the_report(text, title):
    # the running total's period (2024-03/2024-09) is its own: the points after it state none
    assert _periods(text, title, published=date(2024, 10, 8)) == [
        (12000, "2024-03-01", "2024-09-30"), (8, None, None)]


@pytest.mark.parametrize("text, end", [
    # a deadline written without its year (年底前, 6月底前) is a time to come: of the year it is
    # read, even when that point lies after publication (a past point, 截至11月底 read in
    # January, is the year before's)
    ("该院计划年底前新增床位60张。", "2025-12-31"),
    ("該院計劃年底前新增牀位60張。", "2025-12-31"),
    ("力争9月底之前港澳居民参保人数突破7,000人。", "2025-09-30"),
    ("力爭9月底之前港澳居民參保人數突破7,000人。", "2025-09-30"),
])
def test_a_deadline_without_its_year_is_of_the_year_it_is_read(text, end):
    assert [(start, stop) for _, start, stop in _periods(text, published=date(2025, 8, 20))] \
        == [(None, end)]


@pytest.mark.parametrize("text", ["截至11月底，全市港澳居民参保2.1万人。",
                                  "截至11月底，全市港澳居民參保2.1萬人。"])
def test_a_past_point_without_its_year_read_early_in_the_next_year_is_the_year_before_s(text):
    assert _periods(text, published=date(2026, 1, 10)) == [(21000, None, "2025-11-30")]


@pytest.mark.parametrize("text, expected", [
    # the first months after an opening the sentence dates run from its month …
    ("该站于今年3月开设，首两个月累计服务港澳居民2,100人次。", ("2024-03-01", "2024-04-30")),
    ("該站於今年3月開設，首兩個月累計服務港澳居民2,100人次。", ("2024-03-01", "2024-04-30")),
    ("该中心于去年11月启用，启用后首3个月接诊澳门居民4,200人次。", ("2023-11-01", "2024-01-31")),
    ("該中心於去年11月啟用，啟用後首3個月接診澳門居民4,200人次。", ("2023-11-01", "2024-01-31")),
    # … the first months of a year named by none, from January
    ("该院首两个月接诊港澳居民2,100人次。", ("2024-01-01", "2024-02-29")),
    ("該院首兩個月接診港澳居民2,100人次。", ("2024-01-01", "2024-02-29")),
])
def test_the_first_months_after_a_dated_opening_run_from_it(text, expected):
    assert _periods(text, published=date(2024, 5, 20))[0][1:] == expected


@pytest.mark.parametrize("text", [
    "2024年底本市共有医院6间。\n专科门诊求诊者有178.6万人次，平均每日约4,890人次，医保基金支付3.2亿元。",
    "2024年底本市共有醫院6間。\n專科門診求診者有178.6萬人次，平均每日約4,890人次，醫保基金支付3.2億元。",
])
def test_visits_a_day_and_money_paid_at_a_year_s_end_are_of_the_year(text):
    # the report's point 2024年底 dates its stocks; what is counted or averaged over a time
    # (visits, visits a day, money paid) is of the year
    assert _periods(text, "本市医疗统计", date(2025, 6, 18)) == [
        (6, None, "2024-12-31"), (1786000, "2024-01-01", "2024-12-31"),
        (4890, "2024-01-01", "2024-12-31"), (320000000, "2024-01-01", "2024-12-31")]
