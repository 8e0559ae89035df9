"""Links between figures: the subject phrase of a figure, trimmed to a noun phrase."""

from __future__ import annotations

import pytest

from analysis.links import clean_subject


@pytest.mark.parametrize("subject, entity, cleaned", [
    ("该医院床位", None, "床位"), ("該醫院牀位", None, "牀位"),  # LEADING: 该医院 refers back
    ("该院港澳医生", None, "港澳医生"), ("該院港澳醫生", None, "港澳醫生"),
    ("注册护士达到", None, "注册护士"), ("註冊護士達到", None, "註冊護士"),  # TRAILING: the verb
    ("万余人次", None, None), ("萬餘人次", None, None),  # FRAGMENT: a number and its counter
    ("横琴医院门诊量", "横琴医院", "门诊量"), ("橫琴醫院門診量", "橫琴醫院", "門診量"),
])
def test_clean_subject_in_both_scripts(subject, entity, cleaned):
    assert clean_subject(subject, entity) == cleaned
