"""Links between figures: the subject phrase of a figure, trimmed to a noun phrase."""

from __future__ import annotations

import pytest

from analysis.links import _within, clean_subject


@pytest.mark.parametrize("subject, entity, cleaned", [
    ("该医院床位", None, "床位"), ("該醫院牀位", None, "牀位"),  # LEADING: 该医院 refers back
    ("该院港澳医生", None, "港澳医生"), ("該院港澳醫生", None, "港澳醫生"),
    ("注册护士达到", None, "注册护士"), ("註冊護士達到", None, "註冊護士"),  # TRAILING: the verb
    ("万余人次", None, None), ("萬餘人次", None, None),  # FRAGMENT: a number and its counter
    ("横琴医院门诊量", "横琴医院", "门诊量"), ("橫琴醫院門診量", "橫琴醫院", "門診量"),
])
def test_clean_subject_in_both_scripts(subject, entity, cleaned):
    assert clean_subject(subject, entity) == cleaned


@pytest.mark.parametrize("a, b, one", [
    # a place and an institution in it, or naming no other city
    ("深圳", "香港大学深圳医院", True), ("深圳", "香港大學深圳醫院", True),
    ("横琴", "横琴粤澳深度合作区民生事务局", True), ("橫琴", "橫琴粵澳深度合作區民生事務局", True),
    ("广州", "深圳市人民医院", False), ("廣州", "深圳市人民醫院", False),
    # a place and a place in it (WIDER_AREAS hold every mainland city, not Hong Kong or Macao)
    ("深圳市", "罗湖区", True), ("深圳市", "羅湖區", True),
    ("广东省", "深圳市", True), ("廣東省", "深圳市", True), ("大湾区", "珠海", True),
    ("大灣區", "珠海", True), ("广东省", "香港", False), ("廣東省", "香港", False),
    ("深圳市", "广州市", False), ("深圳市", "廣州市", False),
    # two institutions are two
    ("横琴医院", "珠海市人民医院", False), ("橫琴醫院", "珠海市人民醫院", False),
])
def test_two_entities_can_state_one_fact(a, b, one):
    assert _within(a, b) is one and _within(b, a) is one
