"""Periods as dates: label, start, end and kind of the time words before a figure.

Each row was worked out by hand from the words and the publication date.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from analysis.periods import _TIME, period_of

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
]


@pytest.mark.parametrize("context, published, expected", CASES, ids=[c[0] for c in CASES])
def test_period_of(context, published, expected):
    period = period_of(context, published)
    assert (period.label, *(d.isoformat() if d else None for d in (period.start, period.end)),
            period.kind) == expected
    if period.start and period.end:
        assert period.start <= period.end


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
