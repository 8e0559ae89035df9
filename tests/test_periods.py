"""Periods: the time expressions that say what a figure's period is."""

from __future__ import annotations

import random

from analysis.periods import _TIME


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
