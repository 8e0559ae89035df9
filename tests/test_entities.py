"""The entity finder: the institution named before a figure, cut at the tagging window."""

from __future__ import annotations

import pytest

from analysis.entities import name_ending_at


@pytest.mark.parametrize("before", ["截至目前，", "据悉。", "他说：“", "（记者 李明） ", "2024年, ", "《湾区》",
                                    "今年以来，深圳市罗湖区、"])
@pytest.mark.parametrize("name, head", [("佛山市第一人民医院", "医院"), ("江门市中心医院", "医院"),
                                        ("横琴粤澳深度合作区医疗集团", "集团"), ("二级综合医院", "医院")])
def test_words_before_a_punctuation_mark_do_not_change_the_name(before, name, head):
    # the entity finder cuts its tagging window after the last punctuation mark or space,
    # relying on this: jieba tags text block by block, and a mark ends a name
    assert name_ending_at(before + name, head) == name_ending_at(name, head)
