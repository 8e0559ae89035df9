"""Properties of parse_number and find_numbers on arbitrary and on number-like text.

Whatever the input: nothing raises; spans lie inside the text, in order, without overlap, and
``text[m.start:m.end] == m.text``; values are finite; a range has value_high >= value. Chinese
numerals written by cn2an.an2cn (and their 两 variants) read back exactly.
"""

from __future__ import annotations

import math
import re

import cn2an
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.numbers import find_numbers, parse_number

KINDS = {"quantity", "percent", "per_mille", "fraction", "date", "year", "time", "age", "ordinal",
         "code"}
QUALIFIERS = {"exact", "approx", "at_least", "at_most", "range"}
SETTINGS = settings(max_examples=300, deadline=None)

# Pieces of number-like Chinese news text, glued at random.
TOKENS = [
    "0", "1", "2", "3", "9", "13", "20", "2019", "2024", "4.8", "3,241", "１２", "00", "075",
    "一", "二", "两", "三", "五", "十", "百", "千", "万", "亿", "零", "〇", "七十二", "一百五十",
    "兩萬",
    "多", "余", "几", "点", "又", "分之", "百分之", "千分之", "万分之", "第", "级", "甲",
    "人", "人次", "名", "位", "家", "间", "张", "个", "个月", "年", "月", "日", "号", "天", "周",
    "小时", "分钟", "岁", "元", "万元", "平方米", "平", "米", "km", "mg", "%", "％", "‰", "倍",
    "逾", "超过", "约", "近", "不到", "不超过", "以上", "以下", "左右", "的", "占", "为",
    "-", "—", "~", "～", "至", "到", ":", "：", ".", ",", " ", "　", "\n", "，", "。", "“",
    "F", "COVID", "ZA", "G", "Q", "a", "T", "Apr", "下午", "上午", "医院", "医生", "床位", "增长",
]
number_like = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)
numeral_soup = st.text(alphabet="0123456789.,-~%‰ 一二两三四五六七八九十百千万亿零〇点分之又第"
                                "多余年月日岁个人次约近逾超不到以上下左右ABZaz:：", max_size=60)
any_text = st.one_of(st.text(max_size=80), number_like, numeral_soup)


def check_invariants(text: str) -> None:
    found = find_numbers(text)
    previous_end = 0
    for m in found:
        assert 0 <= previous_end <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert isinstance(m.value, float) and math.isfinite(m.value)
        assert m.kind in KINDS and m.qualifier in QUALIFIERS
        assert (m.value_high is not None) == (m.qualifier == "range")
        if m.value_high is not None:
            assert isinstance(m.value_high, float) and math.isfinite(m.value_high)
            assert m.value_high >= m.value
        previous_end = m.end


@SETTINGS
@given(any_text)
def test_find_numbers_invariants(text):
    check_invariants(text)


@SETTINGS
@given(st.lists(number_like, min_size=2, max_size=4))
def test_find_numbers_invariants_on_joined_pieces(pieces):
    check_invariants("".join(pieces))


@SETTINGS
@given(any_text)
def test_parse_number_never_raises(text):
    value = parse_number(text)
    assert value is None or (isinstance(value, float) and math.isfinite(value))


@SETTINGS
@given(st.integers(min_value=0, max_value=10**12))
@example(223_500_001_000)  # an2cn writes 二千二百三十五亿一千 (no 零), which cn2an cannot read
def test_chinese_numerals_round_trip(n):
    written = cn2an.an2cn(n)
    assert parse_number(written) == n
    spoken = re.sub("二(?=[百千万亿])", "两", written)  # 两千, 两万: how numbers are said
    assert parse_number(spoken) == n


@SETTINGS
@given(st.integers(min_value=2, max_value=10**12))
@example(223_500_001_000)
def test_chinese_numerals_are_found_with_their_counter(n):
    text = f"共有{cn2an.an2cn(n)}人参加"
    found = find_numbers(text)
    assert [(m.value, m.unit, m.kind) for m in found] == [(n, "人", "quantity")]


@SETTINGS
@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["", "万", "亿"]))
def test_arabic_numerals_round_trip(n, multiplier):
    scale = {"": 1, "万": 10**4, "亿": 10**8}[multiplier]
    assert parse_number(f"{n:,}{multiplier}") == float(n * scale)
    assert parse_number(f"{n}{multiplier}") == float(n * scale)
