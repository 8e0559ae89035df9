"""parse_number and find_numbers, one row per pattern, each expected value checked by hand.

Rows are (text, mention, value, value_high, kind, unit, qualifier): ``mention`` is the exact span
find_numbers must report. Most phrasings are our own (other counters, numbers and hospitals than
the seeds); the sentence cases at the end are copied from the seed articles.
"""

from __future__ import annotations

import csv
import math
from itertools import pairwise
from pathlib import Path

import pytest

from analysis.numbers import NumberMatch, find_numbers, parse_number

NONE = None

# --- parse_number -----------------------------------------------------------------------------

PARSE = [
    # Arabic numerals: separators, decimals, full-width digits
    ("3,241", 3241.0), ("1,000,000", 1_000_000.0), ("21.92", 21.92), ("0.5", 0.5),
    ("１２３", 123.0), ("１．５", 1.5), (" 94 ", 94.0),
    # Chinese numerals (read by cn2an)
    ("五", 5.0), ("十", 10.0), ("十三", 13.0), ("七十二", 72.0), ("两", 2.0), ("零", 0.0),
    ("一百五十", 150.0), ("一千零五", 1005.0), ("二十万零二", 200_002.0), ("两万", 20_000.0),
    ("一千五", 1500.0), ("一亿二", 120_000_000.0),  # colloquial elision: the next place down
    ("二〇二四", 2024.0), ("一点二", 1.2), ("零点零五", 0.05),
    ("兩萬", 20_000.0), ("壹仟贰佰", 1200.0),  # traditional and financial forms
    ("九千九百九十九亿九千九百九十九万九千九百九十九", 999_999_999_999.0),
    ("二千二百三十五亿一千", 223_500_001_000.0),  # an2cn's output; cn2an alone rejects it
    # multipliers, with 多/余
    ("4.8万", 48_000.0), ("4.8 万", 48_000.0), ("300万", 3_000_000.0), ("2亿", 200_000_000.0),
    ("1.3万余", 13_000.0), ("47万余", 470_000.0), ("530多万", 5_300_000.0), ("10余万", 100_000.0),
    ("3千万", 30_000_000.0), ("三千万", 30_000_000.0), ("二十多万", 200_000.0),
    ("一点五万", 15_000.0), ("一点三万", 13_000.0), ("0.07亿", 7_000_000.0), ("1.5万亿", 1.5e12),
    # fractions are plain numbers; percent and per mille keep their number
    ("五分之一", 0.2), ("三分之二", 2 / 3), ("十分之一", 0.1), ("3又三分之一", 10 / 3),
    ("一又二分之一", 1.5), ("万分之五", 0.0005),
    ("94%", 94.0), ("１５％", 15.0), ("1.2‰", 1.2), ("百分之二十", 20.0), ("百分之五点五", 5.5),
    ("千分之三", 3.0), ("千分之一点二", 1.2),
    # signs
    ("-5", -5.0), ("负五", -5.0), ("+3", 3.0),
    # a 30-digit number is a finite float
    ("1" * 30, float("1" * 30)),
]

NOT_NUMBERS = [
    "", "   ", "abc", "4.8万人次", "第三", "十三五", "万万亿", "一千五万", "1,2", "3.4.5",
    "１２３abc",
    "五分之", "零分之一", "百分之", "多", "-", "1" * 400, "一" * 400, "2024-05-22",
]


@pytest.mark.parametrize("text, expected", PARSE, ids=[p[0][:20] for p in PARSE])
def test_parse_number(text, expected):
    value = parse_number(text)
    assert value is not None and math.isclose(value, expected, rel_tol=1e-12), value


@pytest.mark.parametrize("text", NOT_NUMBERS, ids=[t[:12] or "empty" for t in NOT_NUMBERS])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


def test_parse_number_never_raises_on_non_strings():
    assert parse_number(None) is None  # type: ignore[arg-type]
    assert parse_number(12) is None  # type: ignore[arg-type]


# --- find_numbers: one mention per text -------------------------------------------------------

ONE = [
    # plain quantities with counters and units
    ("共有53名澳门医生", "53名", 53, NONE, "quantity", "名", "exact"),
    ("床位数共3241张", "3241张", 3241, NONE, "quantity", "张", "exact"),
    ("开放床位3,241张", "3,241张", 3241, NONE, "quantity", "张", "exact"),
    ("发放１２３份问卷", "１２３份", 123, NONE, "quantity", "份", "exact"),
    ("论文影响因子13.3，刷新纪录", "13.3", 13.3, NONE, "quantity", NONE, "exact"),
    ("培养 100 名金牌全科医师", "100 名", 100, NONE, "quantity", "名", "exact"),
    ("年手术量6万台次", "6万台次", 60_000, NONE, "quantity", "台次", "exact"),
    ("该院发表SCI论文120篇", "120篇", 120, NONE, "quantity", "篇", "exact"),
    ("获批国家级科研课题9项", "9项", 9, NONE, "quantity", "项", "exact"),
    ("完成心脏手术2000例", "2000例", 2000, NONE, "quantity", "例", "exact"),
    ("新增3所社区卫生服务中心", "3所", 3, NONE, "quantity", "所", "exact"),
    ("配备CT机2台", "2台", 2, NONE, "quantity", "台", "exact"),
    ("拟设置30张牙椅", "30张", 30, NONE, "quantity", "张", "exact"),
    ("规划床位数233张", "233张", 233, NONE, "quantity", "张", "exact"),
    ("增长3倍", "3倍", 3, NONE, "quantity", "倍", "exact"),
    ("下降2.5个百分点", "2.5个百分点", 2.5, NONE, "quantity", "百分点", "exact"),
    # multipliers: the value is normalised, the unit keeps no multiplier (money too)
    ("年接诊港澳患者4.8万人次", "4.8万人次", 48_000, NONE, "quantity", "人次", "exact"),
    ("占地面积3.76万平方米", "3.76万平方米", 37_600, NONE, "quantity", "平方米", "exact"),
    ("总建筑面积21.92万平方米", "21.92万平方米", 219_200, NONE, "quantity", "平方米", "exact"),
    ("占地12万平米", "12万平米", 120_000, NONE, "quantity", "平米", "exact"),
    ("投资300万元", "300万元", 3_000_000, NONE, "quantity", "元", "exact"),
    ("总投资2亿元", "2亿元", 200_000_000, NONE, "quantity", "元", "exact"),
    ("获资助1.5亿港元", "1.5亿港元", 150_000_000, NONE, "quantity", "港元", "exact"),
    ("有加油站获利800万", "800万", 8_000_000, NONE, "quantity", NONE, "exact"),
    ("仅罚2千", "2千", 2000, NONE, "quantity", NONE, "exact"),
    # measures
    ("全长5公里", "5公里", 5, NONE, "quantity", "公里", "exact"),
    ("距口岸3千米", "3千米", 3, NONE, "quantity", "千米", "exact"),  # 千米 is a unit here
    ("辐射半径10km", "10km", 10, NONE, "quantity", "km", "exact"),
    ("每片100mg", "100mg", 100, NONE, "quantity", "mg", "exact"),
    ("体重70公斤", "70公斤", 70, NONE, "quantity", "公斤", "exact"),
    # Chinese numerals: a counter after them, or several characters
    ("配备五间医生及护士诊室", "五间", 5, NONE, "quantity", "间", "exact"),
    ("三位金牌护士定点服务", "三位", 3, NONE, "quantity", "位", "exact"),
    ("福田、宝安两家医院", "两家", 2, NONE, "quantity", "家", "exact"),
    ("四位来自香港澳门的医学专家", "四位", 4, NONE, "quantity", "位", "exact"),
    ("培养一百五十名社区护士", "一百五十名", 150, NONE, "quantity", "名", "exact"),
    ("接诊一千零五人", "一千零五人", 1005, NONE, "quantity", "人", "exact"),
    ("服务两万名长者", "两万名", 20_000, NONE, "quantity", "名", "exact"),
    ("投入三千万元", "三千万元", 30_000_000, NONE, "quantity", "元", "exact"),
    ("覆盖二十万零二人", "二十万零二人", 200_002, NONE, "quantity", "人", "exact"),
    ("共计十三", "十三", 13, NONE, "quantity", NONE, "exact"),
    ("跨越七十二载峥嵘岁月", "七十二载", 72, NONE, "quantity", "载", "exact"),
    # traditional characters and full-width forms: units come out simplified
    ("兩萬多人", "兩萬多人", 20_000, NONE, "quantity", "人", "at_least"),
    ("約3000人", "3000人", 3000, NONE, "quantity", "人", "approx"),
    ("逾４.８萬人次", "４.８萬人次", 48_000, NONE, "quantity", "人次", "at_least"),
    ("共有12間診室", "12間", 12, NONE, "quantity", "间", "exact"),
    # qualifiers before the number
    ("累计服务澳门居民逾4.8万人次", "4.8万人次", 48_000, NONE, "quantity", "人次", "at_least"),
    ("年均港澳外籍患者超2万人次", "2万人次", 20_000, NONE, "quantity", "人次", "at_least"),
    ("已有超过30家医疗机构", "30家", 30, NONE, "quantity", "家", "at_least"),
    ("超过了300家", "300家", 300, NONE, "quantity", "家", "at_least"),
    ("多达500人参加", "500人", 500, NONE, "quantity", "人", "at_least"),
    ("至少3名医生", "3名", 3, NONE, "quantity", "名", "at_least"),
    ("不少于10家", "10家", 10, NONE, "quantity", "家", "at_least"),
    ("高于90%", "90%", 90, NONE, "percent", "%", "at_least"),
    ("辖区常住香港居民近4万，", "4万", 40_000, NONE, "quantity", NONE, "approx"),
    ("拥有近6500家港资企业", "6500家", 6500, NONE, "quantity", "家", "approx"),
    ("医院总面积约10000平方米", "10000平方米", 10_000, NONE, "quantity", "平方米", "approx"),
    ("约为5000人", "5000人", 5000, NONE, "quantity", "人", "approx"),
    ("大约300人", "300人", 300, NONE, "quantity", "人", "approx"),
    ("将近一百五十名", "一百五十名", 150, NONE, "quantity", "名", "approx"),
    ("接近90%", "90%", 90, NONE, "percent", "%", "approx"),
    ("不到30人", "30人", 30, NONE, "quantity", "人", "at_most"),
    ("不足5%", "5%", 5, NONE, "percent", "%", "at_most"),
    ("少于10天", "10天", 10, NONE, "quantity", "天", "at_most"),
    ("不超过15分钟", "15分钟", 15, NONE, "quantity", "分钟", "at_most"),
    ("最多两个小时", "两个小时", 2, NONE, "quantity", "小时", "at_most"),
    ("患者达2万多人次", "2万多人次", 20_000, NONE, "quantity", "人次", "at_least"),  # 达 is exact
    ("达到30人", "30人", 30, NONE, "quantity", "人", "exact"),
    # words that end in a qualifier character but are not qualifiers
    ("预约3次", "3次", 3, NONE, "quantity", "次", "exact"),
    ("签约3家医院", "3家", 3, NONE, "quantity", "家", "exact"),
    ("附近3家医院", "3家", 3, NONE, "quantity", "家", "exact"),
    ("最近3天", "3天", 3, NONE, "quantity", "天", "exact"),
    # qualifiers after the unit
    ("由五位以上金牌医生定点坐诊", "五位以上", 5, NONE, "quantity", "位", "at_least"),
    ("5000平方米左右", "5000平方米左右", 5000, NONE, "quantity", "平方米", "approx"),
    ("30分钟以内", "30分钟以内", 30, NONE, "quantity", "分钟", "at_most"),
    # 多 / 余 / 几 inside the number
    ("20多项全市妇幼公共卫生项目", "20多项", 20, NONE, "quantity", "项", "at_least"),
    ("530多万人", "530多万人", 5_300_000, NONE, "quantity", "人", "at_least"),
    ("提供300万多人次的服务", "300万多人次", 3_000_000, NONE, "quantity", "人次", "at_least"),
    ("从47万余人次", "47万余人次", 470_000, NONE, "quantity", "人次", "at_least"),
    ("1.3万余人次", "1.3万余人次", 13_000, NONE, "quantity", "人次", "at_least"),
    ("占地面积5万多平方米", "5万多平方米", 50_000, NONE, "quantity", "平方米", "at_least"),
    ("10余万人", "10余万人", 100_000, NONE, "quantity", "人", "at_least"),
    ("二十多名", "二十多名", 20, NONE, "quantity", "名", "at_least"),
    ("十余家", "十余家", 10, NONE, "quantity", "家", "at_least"),
    ("十几个", "十几个", 10, NONE, "quantity", "个", "at_least"),
    ("一百多张", "一百多张", 100, NONE, "quantity", "张", "at_least"),
    ("三千余人", "三千余人", 3000, NONE, "quantity", "人", "at_least"),
    # durations: quantities with a time unit
    ("计划三年时间", "三年", 3, NONE, "quantity", "年", "exact"),
    ("经过11年开发建设", "11年", 11, NONE, "quantity", "年", "exact"),
    ("72年来，时光奔流不息", "72年", 72, NONE, "quantity", "年", "exact"),
    ("出关步行5分钟即可到达", "5分钟", 5, NONE, "quantity", "分钟", "exact"),
    ("只用2天就解决了", "2天", 2, NONE, "quantity", "天", "exact"),
    ("两周内完成", "两周", 2, NONE, "quantity", "周", "exact"),
    ("3个月", "3个月", 3, NONE, "quantity", "个月", "exact"),
    ("24小时", "24小时", 24, NONE, "quantity", "小时", "exact"),
    ("3个小时", "3个小时", 3, NONE, "quantity", "小时", "exact"),
    ("5个工作日", "5个工作日", 5, NONE, "quantity", "工作日", "exact"),
    ("十分钟", "十分钟", 10, NONE, "quantity", "分钟", "exact"),
    ("两个多月", "两个多月", 2, NONE, "quantity", "个月", "at_least"),
    ("一个多月", "一个多月", 1, NONE, "quantity", "个月", "at_least"),
    ("一年多来，横琴医院", "一年多", 1, NONE, "quantity", "年", "at_least"),
    ("3年多", "3年多", 3, NONE, "quantity", "年", "at_least"),
    ("近十年来", "十年", 10, NONE, "quantity", "年", "approx"),
    ("2000多年", "2000多年", 2000, NONE, "quantity", "年", "at_least"),  # not a year
    ("1000年", "1000年", 1000, NONE, "quantity", "年", "exact"),  # outside 1800-2100
    ("成立75周年", "75周年", 75, NONE, "quantity", "周年", "exact"),
    # percent, per mille, fractions
    ("增长260%", "260%", 260, NONE, "percent", "%", "exact"),
    ("占比１５％", "１５％", 15, NONE, "percent", "%", "exact"),
    ("百分之二十的患者", "百分之二十", 20, NONE, "percent", "%", "exact"),
    ("百分之五点五", "百分之五点五", 5.5, NONE, "percent", "%", "exact"),
    ("百分之5", "百分之5", 5, NONE, "percent", "%", "exact"),
    ("约占30%", "30%", 30, NONE, "percent", "%", "approx"),
    ("新生儿死亡率降至1.2‰", "1.2‰", 1.2, NONE, "per_mille", "‰", "exact"),
    ("千分之三", "千分之三", 3, NONE, "per_mille", "‰", "exact"),
    ("千分之一点二", "千分之一点二", 1.2, NONE, "per_mille", "‰", "exact"),
    ("四分之一", "四分之一", 0.25, NONE, "fraction", NONE, "exact"),
    ("三分之二的床位", "三分之二", 2 / 3, NONE, "fraction", NONE, "exact"),
    ("十分之一", "十分之一", 0.1, NONE, "fraction", NONE, "exact"),
    ("3又三分之一", "3又三分之一", 10 / 3, NONE, "fraction", NONE, "exact"),
    ("万分之五", "万分之五", 0.0005, NONE, "fraction", "‱", "exact"),  # the base in the unit
    ("大约占总诊疗人次的四分之一", "四分之一", 0.25, NONE, "fraction", NONE, "approx"),
    ("近三分之一", "三分之一", 1 / 3, NONE, "fraction", NONE, "approx"),
    # ranges
    ("建设 15-20 间标准化港式家庭医生诊室", "15-20 间", 15, 20, "quantity", "间", "range"),
    ("计划新建10至15间家庭医生诊室", "10至15间", 10, 15, "quantity", "间", "range"),
    ("15~20人", "15~20人", 15, 20, "quantity", "人", "range"),
    ("15—20家", "15—20家", 15, 20, "quantity", "家", "range"),
    ("15～20天", "15～20天", 15, 20, "quantity", "天", "range"),
    ("15到20", "15到20", 15, 20, "quantity", NONE, "range"),
    ("十五到二十人", "十五到二十人", 15, 20, "quantity", "人", "range"),
    ("十五至二十", "十五至二十", 15, 20, "quantity", NONE, "range"),
    ("三到五家", "三到五家", 3, 5, "quantity", "家", "range"),
    ("3-5万元", "3-5万元", 30_000, 50_000, "quantity", "元", "range"),
    ("2万至3万人次", "2万至3万人次", 20_000, 30_000, "quantity", "人次", "range"),
    ("10%-15%", "10%-15%", 10, 15, "percent", "%", "range"),
    ("10-15%", "10-15%", 10, 15, "percent", "%", "range"),
    ("3-6岁儿童", "3-6岁", 3, 6, "age", "岁", "range"),
    ("两三家", "两三家", 2, 3, "quantity", "家", "range"),
    ("七八十人", "七八十人", 70, 80, "quantity", "人", "range"),
    ("三四百名", "三四百名", 300, 400, "quantity", "名", "range"),
    ("百分之十至百分之二十", "百分之十至百分之二十", 10, 20, "percent", "%", "range"),
    # dates and times: never quantities
    ("2019年12月5日，医院正式启用", "2019年12月5日", 2019, NONE, "date", "年", "exact"),
    ("自2019年12月正式投入运营", "2019年12月", 2019, NONE, "date", "年", "exact"),
    ("手术日期预约到2026年4月", "2026年4月", 2026, NONE, "date", "年", "exact"),
    ("2024年1月份正式发布", "2024年1月份", 2024, NONE, "date", "年", "exact"),
    ("2024年04月11日", "2024年04月11日", 2024, NONE, "date", "年", "exact"),
    ("二〇二四年五月", "二〇二四年五月", 2024, NONE, "date", "年", "exact"),
    ("4月18日下午", "4月18日", 4, NONE, "date", "月", "exact"),
    ("今年5月22日", "5月22日", 5, NONE, "date", "月", "exact"),
    ("截至今年3月底", "3月底", 3, NONE, "date", "月", "exact"),
    ("8 月 30 日，中心揭牌", "8 月 30 日", 8, NONE, "date", "月", "exact"),
    ("今年五月", "五月", 5, NONE, "date", "月", "exact"),
    ("5-6月", "5-6月", 5, 6, "date", "月", "range"),
    ("记者10日从前海管理局获悉", "10日", 10, NONE, "date", "日", "exact"),
    ("2023年，该院", "2023年", 2023, NONE, "year", "年", "exact"),
    ("1952年，江门市妇幼保健所成立", "1952年", 1952, NONE, "year", "年", "exact"),
    ("一九五二年", "一九五二年", 1952, NONE, "year", "年", "exact"),
    ("2019-2021年", "2019-2021年", 2019, 2021, "year", "年", "range"),
    ("2024-05-22", "2024-05-22", 2024, NONE, "date", "年", "exact"),
    ("2024/5/22", "2024/5/22", 2024, NONE, "date", "年", "exact"),
    ("2024.05.22", "2024.05.22", 2024, NONE, "date", "年", "exact"),
    ("2024-05-22T00:22:12", "2024-05-22T00:22:12", 2024, NONE, "date", "年", "exact"),
    ("Mon, 19 Apr 2021", "19 Apr 2021", 2021, NONE, "date", "年", "exact"),
    ("07:58:34", "07:58:34", 7 + 58 / 60 + 34 / 3600, NONE, "time", "时", "exact"),
    ("10:30", "10:30", 10.5, NONE, "time", "时", "exact"),
    ("下午3点", "3点", 15, NONE, "time", "时", "exact"),
    ("上午十点半", "十点半", 10.5, NONE, "time", "时", "exact"),
    ("晚上8点30分", "8点30分", 20.5, NONE, "time", "时", "exact"),
    ("延长至每晚8点", "8点", 20, NONE, "time", "时", "exact"),  # (每晚: every evening, a clock time)
    ("延長至每晚8時", "8時", 20, NONE, "time", "时", "exact"),
    ("门诊延长至23时", "23时", 23, NONE, "time", "时", "exact"),  # (CLOSING_BEFORE: opening hours)
    ("門診延長至23時", "23時", 23, NONE, "time", "时", "exact"),
    ("10点30分", "10点30分", 10.5, NONE, "time", "时", "exact"),
    # ages
    ("72岁的香港居民", "72岁", 72, NONE, "age", "岁", "exact"),
    ("72 岁的香港居民黄伯", "72 岁", 72, NONE, "age", "岁", "exact"),
    ("今年67岁的香港同胞", "67岁", 67, NONE, "age", "岁", "exact"),
    ("5岁以下儿童死亡率", "5岁以下", 5, NONE, "age", "岁", "at_most"),
    ("50岁上下", "50岁上下", 50, NONE, "age", "岁", "approx"),
    ("七十二岁", "七十二岁", 72, NONE, "age", "岁", "exact"),
    ("18周岁", "18周岁", 18, NONE, "age", "岁", "exact"),
    # ordinals and grades
    ("第三，实现医保通", "第三", 3, NONE, "ordinal", NONE, "exact"),
    ("第一批重点建设的学科", "第一批", 1, NONE, "ordinal", "批", "exact"),
    ("第2", "第2", 2, NONE, "ordinal", NONE, "exact"),
    ("第 3 届", "第 3 届", 3, NONE, "ordinal", "届", "exact"),
    ("第十三届", "第十三届", 13, NONE, "ordinal", "届", "exact"),
    ("第二季度", "第二季度", 2, NONE, "ordinal", "季度", "exact"),
    ("佛山市第一人民医院", "第一", 1, NONE, "ordinal", NONE, "exact"),
    ("横琴首家三甲医院", "三甲", 3, NONE, "ordinal", "级", "exact"),
    ("一家现代化三级甲等妇幼保健院", "三级甲等", 3, NONE, "ordinal", "级", "exact"),
    ("定位为二级综合医院", "二级", 2, NONE, "ordinal", "级", "exact"),
    ("四级妇幼健康网络", "四级", 4, NONE, "ordinal", "级", "exact"),
    ("开展3级手术", "3级", 3, NONE, "ordinal", "级", "exact"),
    # codes: digits glued to Latin letters, leading zeros, long digit strings, versions
    ("版次:ZA09", "ZA09", 9, NONE, "code", NONE, "exact"),
    ("被美军拒收的F-35", "F-35", 35, NONE, "code", NONE, "exact"),
    ("COVID-19疫情", "COVID-19", 19, NONE, "code", NONE, "exact"),
    ("新冠疫苗（JN.1）", "JN.1", 1, NONE, "code", NONE, "exact"),  # (a variant's name: letters, a dot, digits)
    ("XBB.1.5变异株", "XBB.1.5", 1, NONE, "code", NONE, "exact"),
    ("G20峰会", "G20", 20, NONE, "code", NONE, "exact"),
    ("5G网络", "5G", 5, NONE, "code", NONE, "exact"),
    ("英伟达Q1收入猛增", "Q1", 1, NONE, "code", NONE, "exact"),
    ("H1N1流感", "H1N1", 1, NONE, "code", NONE, "exact"),
    ("3D打印", "3D", 3, NONE, "code", NONE, "exact"),
    ("电话0756-1234567", "0756-1234567", 756, NONE, "code", NONE, "exact"),
    ("手机13800138000", "13800138000", 13_800_138_000, NONE, "code", NONE, "exact"),
    ("版本1.2.3", "1.2.3", 1, NONE, "code", NONE, "exact"),
    # a small proper fraction with a slash
    ("全市1/3的床位", "1/3", 1 / 3, NONE, "fraction", NONE, "exact"),
    ("约2/3的港澳患者选择医保结算", "2/3", 2 / 3, NONE, "fraction", NONE, "approx"),
    ("超过3/4的床位已投入使用", "3/4", 0.75, NONE, "fraction", NONE, "at_least"),
    # tenths (成) as percent
    ("超过九成的港澳居民表示满意", "九成", 90, NONE, "percent", "%", "at_least"),
    ("近八成患者来自港澳", "八成", 80, NONE, "percent", "%", "approx"),
    ("约7成床位已开放", "7成", 70, NONE, "percent", "%", "approx"),
    ("七八成的床位", "七八成", 70, 80, "percent", "%", "range"),
    ("九成五的患者", "九成五", 95, NONE, "percent", "%", "exact"),
    ("两成以上", "两成以上", 20, NONE, "percent", "%", "at_least"),
    # several tens (of thousands): 20 to 90 of them
    ("吸引数十家医疗机构入驻", "数十家", 20, 90, "quantity", "家", "range"),
    ("几十名港澳医生", "几十名", 20, 90, "quantity", "名", "range"),
    ("服务数十万港澳居民", "数十万", 200_000, 900_000, "quantity", NONE, "range"),
    ("就诊人数十万", "十万", 100_000, NONE, "quantity", NONE, "exact"),  # 人数: the number of
    # 上 ("over a") and 数/几 ("several") before a bare 百/千/万/亿
    ("吸引上千名港澳居民", "上千名", 1000, NONE, "quantity", "名", "at_least"),
    ("服务上百万人次", "上百万人次", 1_000_000, NONE, "quantity", "人次", "at_least"),
    ("数百家医疗机构", "数百家", 200, 900, "quantity", "家", "range"),
    ("每年补贴几万元", "几万元", 20_000, 90_000, "quantity", "元", "range"),
]


def brief(m: NumberMatch) -> tuple:
    return (m.text, m.value, m.value_high, m.kind, m.unit, m.qualifier)


def same(got: tuple, want: tuple) -> bool:
    """Equal, with the value and high value compared as floats."""
    text, value, high, *rest = want
    return (got[0] == text and math.isclose(got[1], value, rel_tol=1e-12)
            and (got[2] is None if high is None else math.isclose(got[2], high, rel_tol=1e-12))
            and list(got[3:]) == rest)


@pytest.mark.parametrize("text, mention, value, high, kind, unit, qualifier", ONE,
                         ids=[row[0][:16] for row in ONE])
def test_one_number(text, mention, value, high, kind, unit, qualifier):
    found = find_numbers(text)
    assert len(found) == 1, [brief(m) for m in found]
    m = found[0]
    assert same(brief(m), (mention, value, high, kind, unit, qualifier)), brief(m)
    assert text[m.start:m.end] == m.text
    assert isinstance(m.value, float) and (m.value_high is None or isinstance(m.value_high, float))


# --- find_numbers: words with numerals in them that are not numbers ----------------------------

NO_NUMBER = [
    "提供一站式服务", "关系着千家万户的幸福", "推动医疗一体化", "一直在工作上给予我很大的帮助",
    "一批批具有扎实理论基础的人才", "一步一个脚印", "全力推动“三力三区”建设", "全面统一",
    "岛上唯一的医院", "建立两地专家互聘机制", "两院将加强专科建设", "海峡两岸", "一国两制",
    "十三五规划", "五一假期", "九龙城", "三亚市", "九价疫苗", "三叉神经痛", "一二线城市",
    "百年老院", "实现重点实验室零的突破", "孕产妇死亡率降为零", "提出三点建议",
    "两级诊疗一个体系",  # 两 before a non-counter; 一 + counter is the indefinite article
    "一家医院", "经常要花一天时间", "一年来，在全市各级妇幼人的齐心协力下",
    "三大陆路口岸", "十分重视人才", "通过WONCA认证", "国际JCI认证", "刷新论文IF的新高",
    "四有工程", "一支部一品牌", "", "一成不变", "三成员", "中成药", "完成了", "形成合力",
    "五成药", "马上千万别忘了", "总人数百名",
]
def test_shang_ending_a_word_is_no_over_a():
    """以上 / 加上 end a word: 60岁以上万名 is an age and a bare 万, not "over ten thousand"."""
    assert [brief(m) for m in find_numbers("60岁以上万名老人")] == [
        ("60岁以上", 60.0, None, "age", "岁", "at_least")]


# A slash between numbers that is not a small proper fraction: paths, dates, scores, 24/7.
SLASHES = [("访问img/2021/04/19/a.png", ["2021/04/19"]), ("5/22召开", ["5", "22"]),
           ("比分3/1", ["3", "1"]), ("24/7服务", ["24", "7"]), ("1/2/3", ["1", "2", "3"]),
           ("A1/2号楼", ["A1", "2"]), ("5/12", ["5", "12"])]


@pytest.mark.parametrize("text, mentions", SLASHES, ids=[s[0] for s in SLASHES])
def test_other_slashes_are_no_fraction(text, mentions):
    found = find_numbers(text)
    assert [m.text for m in found] == mentions
    assert all(m.kind != "fraction" for m in found)


@pytest.mark.parametrize("text", NO_NUMBER, ids=[t[:10] or "empty" for t in NO_NUMBER])
def test_no_number(text):
    assert [brief(m) for m in find_numbers(text)] == []


# --- find_numbers: whole sentences -------------------------------------------------------------

SENTENCES = [
    ("截至今年3月底，澳门居民在珠海市参加居民养老保险13691人，比上年底增加9887人，增长260%",
     [("3月底", 3, NONE, "date", "月", "exact"),
      ("13691人", 13691, NONE, "quantity", "人", "exact"),
      ("9887人", 9887, NONE, "quantity", "人", "exact"),
      ("260%", 260, NONE, "percent", "%", "exact")]),
    ("年提供门急诊服务量从47万余人次上升至83万余人次",
     [("47万余人次", 470_000, NONE, "quantity", "人次", "at_least"),
      ("83万余人次", 830_000, NONE, "quantity", "人次", "at_least")]),
    ("2023年，该院人员发表论文70篇，其中SCI文章7篇；获批35项省市级科研课题",
     [("2023年", 2023, NONE, "year", "年", "exact"),
      ("70篇", 70, NONE, "quantity", "篇", "exact"),
      ("7篇", 7, NONE, "quantity", "篇", "exact"),
      ("35项", 35, NONE, "quantity", "项", "exact")]),
    ("惨！被美军拒收的F-35，已经快没地儿放了…… 环球网资讯 2024-05-22 00:22:12",
     [("F-35", 35, NONE, "code", NONE, "exact"),
      ("2024-05-22", 2024, NONE, "date", "年", "exact"),
      ("00:22:12", 22 / 60 + 12 / 3600, NONE, "time", "时", "exact")]),
    ("由五位以上金牌医生定点坐诊、三位金牌护士定点服务，医院另配备多名医护",
     [("五位以上", 5, NONE, "quantity", "位", "at_least"),
      ("三位", 3, NONE, "quantity", "位", "exact")]),
    ("一年多来，横琴医院率先建立三级医院和基层医疗卫生机构两级诊疗一个体系。",
     [("一年多", 1, NONE, "quantity", "年", "at_least"),
      ("三级", 3, NONE, "ordinal", "级", "exact")]),
    ("目前，全职引进博士6名、硕士82名；柔性引进具有博士学位高级专家顾问12名。",
     [("6名", 6, NONE, "quantity", "名", "exact"),
      ("82名", 82, NONE, "quantity", "名", "exact"),
      ("12名", 12, NONE, "quantity", "名", "exact")]),
    ("近十年来，江门市妇幼保健院病床数从198张增加至390张",
     [("十年", 10, NONE, "quantity", "年", "approx"),
      ("198张", 198, NONE, "quantity", "张", "exact"),
      ("390张", 390, NONE, "quantity", "张", "exact")]),
    ("独行侠108-105击败森林狼，不得不承认下面7个现实",  # a score is not a range
     [("108", 108, NONE, "quantity", NONE, "exact"),
      ("105", 105, NONE, "quantity", NONE, "exact"),
      ("7个", 7, NONE, "quantity", "个", "exact")]),
    ("2021年9月，希玛医疗集团战略联盟爱康健口腔14家医疗机构；2022年，品牌战略升级",
     [("2021年9月", 2021, NONE, "date", "年", "exact"),
      ("14家", 14, NONE, "quantity", "家", "exact"),
      ("2022年", 2022, NONE, "year", "年", "exact")]),
    ("目前，前海共有4家三级以上医院，床位数共3241张，专科发展各有侧重",
     [("4家", 4, NONE, "quantity", "家", "exact"),
      ("三级", 3, NONE, "ordinal", "级", "exact"),
      ("3241张", 3241, NONE, "quantity", "张", "exact")]),
    ("2023年，我市孕产妇死亡率为零，新生儿死亡率1.2‰，婴儿死亡率1.9‰，5岁以下儿童死亡率3.3‰。",
     [("2023年", 2023, NONE, "year", "年", "exact"),
      ("1.2‰", 1.2, NONE, "per_mille", "‰", "exact"),
      ("1.9‰", 1.9, NONE, "per_mille", "‰", "exact"),
      ("5岁以下", 5, NONE, "age", "岁", "at_most"),
      ("3.3‰", 3.3, NONE, "per_mille", "‰", "exact")]),
    ("为全市约2.6万名孕产妇、新生儿以及1406名早产儿提供免费筛查服务，阻断约360例出生缺陷儿出生",
     [("2.6万名", 26_000, NONE, "quantity", "名", "approx"),
      ("1406名", 1406, NONE, "quantity", "名", "exact"),
      ("360例", 360, NONE, "quantity", "例", "approx")]),
    ("9月10日，江门市中心医院获批成为江门首家“港澳药械通”指定医疗机构，成为45家指定医疗机构之一",
     [("9月10日", 9, NONE, "date", "月", "exact"),
      ("45家", 45, NONE, "quantity", "家", "exact")]),
    ("罗湖区全力推动“三力三区”建设，并于2024年1月份正式发布“三力三区”建设3个三年行动方案",
     [("2024年1月份", 2024, NONE, "date", "年", "exact"),
      ("3个", 3, NONE, "quantity", "个", "exact"),
      ("三年", 3, NONE, "quantity", "年", "exact")]),
    # our own sentences
    ("截至2023年6月底，澳门居民在中山市参加城乡居民医疗保险5200人，比上年底增加1300人，增长33%。",
     [("2023年6月底", 2023, NONE, "date", "年", "exact"),
      ("5200人", 5200, NONE, "quantity", "人", "exact"),
      ("1300人", 1300, NONE, "quantity", "人", "exact"),
      ("33%", 33, NONE, "percent", "%", "exact")]),
    ("东莞康华医院占地面积约12万平方米，总建筑面积28.5万平方米，开放床位1500张。",
     [("12万平方米", 120_000, NONE, "quantity", "平方米", "approx"),
      ("28.5万平方米", 285_000, NONE, "quantity", "平方米", "exact"),
      ("1500张", 1500, NONE, "quantity", "张", "exact")]),
    ("惠州市中心人民医院引进香港医生12位，开设8间港式诊室，预计明年3月投入使用。",
     [("12位", 12, NONE, "quantity", "位", "exact"),
      ("8间", 8, NONE, "quantity", "间", "exact"),
      ("3月", 3, NONE, "date", "月", "exact")]),
    ("该院年门急诊量达120万余人次，住院服务约5.6万人次，平均住院日7.5天。",
     [("120万余人次", 1_200_000, NONE, "quantity", "人次", "at_least"),
      ("5.6万人次", 56_000, NONE, "quantity", "人次", "approx"),
      ("7.5天", 7.5, NONE, "quantity", "天", "exact")]),
    ("南沙区已有超过30家医疗机构接入跨境结算，覆盖港澳居民两三万人。",
     [("30家", 30, NONE, "quantity", "家", "at_least"),
      ("两三万人", 20_000, 30_000, "quantity", "人", "range")]),
    ("中山大学附属第一医院于下午3点举行签约仪式，首批5名香港专家将每周坐诊2次。",
     [("第一", 1, NONE, "ordinal", NONE, "exact"),
      ("3点", 15, NONE, "time", "时", "exact"),
      ("5名", 5, NONE, "quantity", "名", "exact"),
      ("2次", 2, NONE, "quantity", "次", "exact")]),
    ("深圳市人民医院现有职工4,560人，其中高级职称约占三分之一，博士学历者逾百分之十五。",
     [("4,560人", 4560, NONE, "quantity", "人", "exact"),
      ("三分之一", 1 / 3, NONE, "fraction", NONE, "approx"),
      ("百分之十五", 15, NONE, "percent", "%", "at_least")]),
]


@pytest.mark.parametrize("text, expected", SENTENCES, ids=[s[0][:14] for s in SENTENCES])
def test_sentence(text, expected):
    got = [brief(m) for m in find_numbers(text)]
    assert len(got) == len(expected), got
    for g, want in zip(got, expected):
        assert same(g, want), (g, want)


def test_spans_point_into_the_original_text_after_folding():
    text = "據統計，逾４.８萬人次，兩萬多人，約３０％。"
    found = find_numbers(text)
    assert [m.text for m in found] == ["４.８萬人次", "兩萬多人", "３０％"]
    assert all(text[m.start:m.end] == m.text for m in found)
    assert [m.unit for m in found] == ["人次", "人", "%"]


def test_numbers_come_in_order_without_overlap():
    text = "2019年12月5日下午3点，53名医生、15-20间诊室、百分之二十、F-35、第一批。" * 3
    found = find_numbers(text)
    assert len(found) == 7 * 3
    assert all(a.end <= b.start for a, b in pairwise(found))


@pytest.mark.parametrize("text", [
    "1" * 200_000, "一" * 200_000, "1,000" * 40_000, "1-" * 100_000, "约1" * 100_000,
    "第" * 200_000, "百分之" * 60_000, "a1" * 100_000, "十三五" * 60_000, "1." + "0" * 200_000,
])
def test_hostile_inputs_finish(text):
    """Long runs of one pattern stay linear (each of these takes well under a second)."""
    for m in find_numbers(text):
        assert math.isfinite(m.value)


# --- the table of cases: every written form, each expected value checked by hand ---------------

CASES = Path(__file__).with_name("numbers_cases.csv")


def load_cases() -> list[dict[str, str]]:
    """The rows of numbers_cases.csv: ``api`` parse or find; for find, the mention expected
    (blank: no number at all in the text), its value, value_high, kind, unit and qualifier."""
    with CASES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def case_holds(row: dict[str, str]) -> bool:
    """Whether parse_number or find_numbers gives exactly what the row expects."""
    expected = float(row["value"]) if row["value"] else None
    if row["api"] == "parse":
        value = parse_number(row["text"])
        return (value is None) == (expected is None) and (
            value is None or math.isclose(value, expected, rel_tol=1e-12))
    found = find_numbers(row["text"])
    if not row["mention"]:
        return not found
    high = float(row["high"]) if row["high"] else None
    return any(m.text == row["mention"] and math.isclose(m.value, expected, rel_tol=1e-12)
               and (m.value_high is None if high is None
                    else m.value_high is not None and math.isclose(m.value_high, high))
               and m.kind == row["kind"] and m.unit == (row["unit"] or None)
               and m.qualifier == row["qualifier"] for m in found)


def test_case_table_is_well_formed():
    rows = load_cases()
    assert len(rows) >= 500
    assert len({(row["api"], row["text"]) for row in rows}) == len(rows), "duplicate rows"
    for row in rows:
        assert row["api"] in ("parse", "find") and row["form"], row
        if row["api"] == "find" and row["mention"]:
            assert row["mention"] in row["text"] and row["value"] and row["kind"], row
            assert row["qualifier"] in ("exact", "approx", "at_least", "at_most", "range"), row
            assert bool(row["high"]) == (row["qualifier"] == "range"), row


def test_case_table_exact_match_rate():
    rows = load_cases()
    failed = [row for row in rows if not case_holds(row)]
    rate = 1 - len(failed) / len(rows)
    print(f"\nnumbers_cases.csv: {len(rows) - len(failed)}/{len(rows)} exact ({rate:.3f})")
    for row in failed:
        found = find_numbers(row["text"]) if row["api"] == "find" else parse_number(row["text"])
        print(f"  {row['form']}: {row['text']!r} -> {found}")
    assert rate >= 0.98


# --- a decline written as a word keeps its magnitude and says so ---------------------------------

DECLINES = [
    ("门诊量下降2.7%", "2.7%", 2.7, True), ("费用降低了3成", "3成", 30, True),
    ("病床减少120张", "120张", 120, True), ("死亡率下降约0.5个百分点", "0.5个百分点", 0.5, True),
    ("下降 3%", "3%", 3, True), ("增长2.7%", "2.7%", 2.7, False),
    ("下降至2.7%", "2.7%", 2.7, False),  # 降至: a level, not a decline by
    ("同比−8%", "−8%", -8, False),  # an explicit minus is the sign itself
]


@pytest.mark.parametrize("text, mention, value, decline", DECLINES, ids=[d[0] for d in DECLINES])
def test_decline_word_keeps_the_magnitude(text, mention, value, decline):
    [m] = find_numbers(text)
    assert (m.text, m.value, m.decline) == (mention, value, decline)


def test_number_match_is_built_without_the_new_field():
    m = NumberMatch(3.0, None, 0, 2, "3人", "quantity", "人", "exact")
    assert m.decline is False and m == find_numbers("3人")[0]


# --- the number misses of issue 18, item 27: each failed before ----------------------------------

ITEM_27 = [
    ("百余人参加", [("百余人", 100, "人", "at_least")]),
    ("千余名医护人员", [("千余名", 1000, "名", "at_least")]),
    ("千分之零点五", [("千分之零点五", 0.5, "‰", "exact")]),
    ("二十来人", [("二十来人", 20, "人", "approx")]),  # about 20, not exactly 20
    ("差了十万八千里", []),  # a set phrase, not 108,000
    ("10亿亿次", [("10亿亿次", 1e17, "次", "exact")]),  # not 10亿 (1e9)
    ("有1 234名", [("1 234名", 1234, "名", "exact")]),  # one number, not 1 and 234
]


@pytest.mark.parametrize("text, expected", ITEM_27, ids=[t for t, _ in ITEM_27])
def test_issue_18_item_27(text, expected):
    assert [(m.text, m.value, m.unit, m.qualifier) for m in find_numbers(text)] == expected


# --- traditional forms (Hong Kong, Macao) of the numerals' word tables --------------------------

TRADITIONAL = [  # (the table, text, [(mention, value, unit, qualifier)])
    ("COUNTERS 牀位 (folded)", "規劃800牀位的新院區", [("800牀位", 800, "床位", "exact")]),
    ("INFIX 來 (folded)", "二十來人", [("二十來人", 20, "人", "approx")]),
    ("BEFORE 起碼", "起碼3名醫生", [("3名", 3, "名", "at_least")]),
    ("BEFORE 不滿", "不滿5%", [("5%", 5, "%", "at_most")]),
    ("BEFORE 未滿", "未滿18歲", [("18歲", 18, "岁", "at_most")]),
    ("NOT_PRECEDED_BY 預約", "預約3次", [("3次", 3, "次", "exact")]),
    ("NOT_PRECEDED_BY 簽約", "簽約3間醫院", [("3間", 3, "间", "exact")]),
    ("NOT_PRECEDED_BY 臨近", "臨近3間醫院", [("3間", 3, "间", "exact")]),
    ("ORDINAL_COUNTERS 階段", "第二階段", [("第二階段", 2, "階段", "exact")]),
    ("IDIOMS 三天兩頭", "三天兩頭要覆診", []),
    ("time.AMPM 夜裏", "夜裏11點", [("11點", 23, "时", "exact")]),  # after noon: 23h
    ("UNIT_NOT_BEFORE 成員", "三成員", []),
    ("UNIT_NOT_BEFORE 成藥", "五成藥", []),
]


@pytest.mark.parametrize("table, text, expected", TRADITIONAL, ids=[t for t, _, _ in TRADITIONAL])
def test_traditional_forms_of_the_word_tables(table, text, expected):
    assert [(m.text, m.value, m.unit, m.qualifier) for m in find_numbers(text)] == expected
