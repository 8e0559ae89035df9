"""Links between figures: the subject phrase of a figure, trimmed to a noun phrase; entities
that can state one fact; before -> after pairs, comparisons and the level of a change."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from analysis.links import clean_subject, within
from analysis.metrics import document_metrics


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
    assert within(a, b) is one and within(b, a) is one


def _links(text: str) -> list[tuple[float, float | None, float | None]]:
    """Each figure's value, its baseline's value and its level's value."""
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2025, 8, 27), region="珠海")
    rows = document_metrics(doc)
    value = {r["fact_id"]: r["value"] for r in rows}
    return [(r["value"], value.get(r["baseline_fact_id"]), value.get(r["of_fact_id"]))
            for r in rows]


@pytest.mark.parametrize("text, links", [
    # COMPARED_WITH: a level, then the earlier value it is compared with, then the change
    ("已有1026名港澳医生在大湾区执业，比2022年底的612名增加414名。",
     [(1026, 612, None), (612, None, None), (414, None, 1026)]),
    ("已有1026名港澳醫生在大灣區執業，比2022年底的612名增加414名。",
     [(1026, 612, None), (612, None, None), (414, None, 1026)]),
    ("使用比例为8.1%，比重较二○二二年的3.4%上升4.7个百分点。",
     [(8.1, 3.4, None), (3.4, None, None), (4.7, None, 8.1)]),
    ("使用比例為8.1%，比重較二○二二年的3.4%上升4.7個百分點。",
     [(8.1, 3.4, None), (3.4, None, None), (4.7, None, 8.1)]),
    ("全市共录得结核病个案318例，发病率为46.5%，低于去年的49.8%。",
     [(318, None, None), (46.5, 49.8, None), (49.8, None, None)]),
    ("全市共錄得結核病個案318例，發病率為46.5%，低於去年的49.8%。",
     [(318, None, None), (46.5, 49.8, None), (49.8, None, None)]),
    # RESPECTIVELY: changes said in turn after as many levels belong to them one by one
    ("医生及护士分别有2051名及2893名，同比增加4.6%及6.1%。",
     [(2051, None, None), (2893, None, None), (4.6, None, 2051), (6.1, None, 2893)]),
    ("醫生及護士分別有2051名及2893名，按年增加4.6%及6.1%。",
     [(2051, None, None), (2893, None, None), (4.6, None, 2051), (6.1, None, 2893)]),
    ("去年门诊服务约2.3万人次，住院服务1450人次，同比分别增长28%及19%。",
     [(23000, None, None), (1450, None, None), (28, None, 23000), (19, None, 1450)]),
    ("去年門診服務約2.3萬人次，住院服務1450人次，按年分別增長28%及19%。",
     [(23000, None, None), (1450, None, None), (28, None, 23000), (19, None, 1450)]),
    # REACHING: a change followed by the level it reaches
    ("全市门急诊量同比增长6.8%至210.6万人次。", [(6.8, None, 2_106_000), (2_106_000, None, None)]),
    ("全市門急診量按年增長6.8%至210.6萬人次。", [(6.8, None, 2_106_000), (2_106_000, None, None)]),
    ("参保香港居民同比增长11.3%，达到2.76万人。", [(11.3, None, 27600), (27600, None, None)]),
    ("參保香港居民按年增長11.3%，達到2.76萬人。", [(11.3, None, 27600), (27600, None, None)]),
    # PAIR_WHEN: the time of the later value between its verb and its number
    ("病床由2022年3月底的29480张增至2025年3月底的30660张。", [(29480, None, None), (30660, 29480, None)]),
    ("病牀由2022年3月底的29480張增至2025年3月底的30660張。", [(29480, None, None), (30660, 29480, None)]),
    ("登记居民由开站初期的约1200人增至现时的3860人。", [(1200, None, None), (3860, 1200, None)]),
    ("登記居民由開站初期的約1200人增至現時的3860人。", [(1200, None, None), (3860, 1200, None)]),
    # PAIR_VERBS 缩短/延长; BASELINES: the span of a change (一年) and a year compared with
    ("审批时限由30个工作日缩短至15个工作日。", [(30, None, None), (15, 30, None)]),
    ("審批時限由30個工作日縮短至15個工作日。", [(30, None, None), (15, 30, None)]),
    ("受益人由16.2万人增至17.1万人，一年增加约9000人。",
     [(162000, None, None), (171000, 162000, None), (9000, None, 171000)]),
    ("受益人由16.2萬人增至17.1萬人，一年增加約9000人。",
     [(162000, None, None), (171000, 162000, None), (9000, None, 171000)]),
    ("该院门诊人均费用约310元，较2024年下降5.5%。", [(310, None, None), (-5.5, None, 310)]),
    ("該院門診人均費用約310元，較2024年下降5.5%。", [(310, None, None), (-5.5, None, 310)]),
    # COMPARED_WITH: a financial year (2023/24年度的) names the earlier value too
    ("去年度共转介病人2400名，较2022/23年度的1500名增加60%。",
     [(2400, 1500, None), (1500, None, None), (60, None, 2400)]),
    ("去年度共轉介病人2400名，較2022/23年度的1500名增加60%。",
     [(2400, 1500, None), (1500, None, None), (60, None, 2400)]),
    # BASELINES: the time before (上一年度, 前一周, 3月底) and a yearly mean say nothing changed
    ("全年接种疫苗约150万剂次，较上一年度增加4.2%。", [(1_500_000, None, None), (4.2, None, 1_500_000)]),
    ("全年接種疫苗約150萬劑次，較再上一年度增加4.2%。", [(1_500_000, None, None), (4.2, None, 1_500_000)]),
    ("门诊日均约5200人次，较前一周增加约7%。", [(5200, None, None), (7, None, 5200)]),
    ("門診日均約5200人次，較前一週增加約7%。", [(5200, None, None), (7, None, 5200)]),
    ("登记长者为3.5万人，较6月底增加1200人。", [(35000, None, None), (1200, None, 35000)]),
    ("登記長者為3.5萬人，較6月底增加1200人。", [(35000, None, None), (1200, None, 35000)]),
    ("床位由2019年的2100张增至2024年的2800张，年均增长5.9%。",
     [(2100, None, None), (2800, 2100, None), (5.9, None, 2800)]),
    ("牀位由2019年的2100張增至2024年的2800張，年均增長5.9%。",
     [(2100, None, None), (2800, 2100, None), (5.9, None, 2800)]),
])
def test_pairs_comparisons_and_levels_in_both_scripts(text, links):
    assert _links(text) == links


def test_groups_in_turn_skip_a_text_without_respectively_as_the_plain_loop_would():
    """``_groups_in_turn`` returns at once for a text that has no 分别 (or the like): the rows
    of every generated article come out as when each row's sentence is searched."""
    import copy
    import random

    from analysis import links
    from analysis.metrics import _Document, _raw_metrics

    def plain(rows, text):  # the loop without the whole-text check
        found = [(row, earlier) for index, row in enumerate(rows)
                 if (earlier := links._in_turn(rows, index, text, lambda r: r["unit"]))
                 is not None and earlier["population"]]
        groups = [earlier["population"] for _, earlier in found]
        if len(set(groups)) == len(groups):
            for row, earlier in found:
                row["population"] = earlier["population"]

    rng = random.Random(5)
    parts = ["高血压患者6.72万人", "糖尿病患者2.15万人", "，规范管理率", "分别为", "分別為", "78.4%",
             "、", "76.9%", "。", "港澳居民就诊1.2万人次", "，同比增长", "12%", "长者3,200人"]
    for _ in range(300):
        text = "".join(rng.choice(parts) for _ in range(rng.randrange(1, 14)))
        d = _Document(SimpleNamespace(doc_id="d", text=text, published=date(2025, 6, 1),
                                      region="深圳"))
        rows = list(_raw_metrics(d))
        want = copy.deepcopy(rows)
        links._groups_in_turn(rows, text)
        plain(want, text)
        assert [r["population"] for r in rows] == [r["population"] for r in want], text



@pytest.mark.parametrize("text", [
    "当局计划明年把津贴由每月3,800元调升至4,500元。",
    "當局計劃明年把津貼由每月3,800元調升至4,500元。",
    "医院拟将床位由600张增至1,200张。",
    "醫院擬將牀位由600張增至1,200張。",
])
def test_the_earlier_value_of_a_planned_pair_is_a_level_of_no_time_to_come(text):
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2025, 8, 27), region="珠海")
    earlier, later = document_metrics(doc)
    assert (earlier["status"], later["status"]) == ("actual", "planned")
    assert earlier["period_end"] is None or earlier["period_end"].year <= 2025
    assert later["baseline_fact_id"] == earlier["fact_id"]


@pytest.mark.parametrize("text", [
    "医院与港大共建5个专科\n\n该院与香港大学自2021年合作以来，共建心血管和骨科等5个专科。",
    "醫院與港大共建5個專科\n\n該院與香港大學自2021年合作以來，共建心血管和骨科等5個專科。",
])
def test_a_level_of_a_period_since_a_start_is_the_running_total_it_repeats(text):
    """A headline's level dated by its body's 自…以来 is that running total, one fact."""
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2025, 8, 27), region="深圳")
    headline, body = document_metrics(doc)
    assert headline["fact_id"] == body["fact_id"]
    assert headline["status"] == body["status"] == "cumulative"


@pytest.mark.parametrize("text", [
    # _pairs_in_turn: an undated pair after a dated one, in its sentence or after a semicolon
    "门急诊量从2021年的296.7万人次增至2025年的381.4万人次；开放床位由2,600张增加到3,100张。",
    "門急診量從2021年的296.7萬人次增至2025年的381.4萬人次；開放牀位由2,600張增加到3,100張。",
    "门急诊量从2021年的296.7万人次增至2025年的381.4万人次，开放床位由2,600张增加到3,100张。",
    "門急診量從2021年的296.7萬人次增至2025年的381.4萬人次，開放牀位由2,600張增加到3,100張。",
])
def test_an_undated_pair_after_a_dated_one_is_of_its_two_times(text):
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2026, 2, 12), region="中山")
    rows = document_metrics(doc)
    assert [r["period"] for r in rows] == ["2021", "2025", "2021", "2025"]


@pytest.mark.parametrize("text", [
    # ... but a pair in a sentence of its own is not
    "门急诊量从2021年的296.7万人次增至2025年的381.4万人次。开放床位由2,600张增加到3,100张。",
    "門急診量從2021年的296.7萬人次增至2025年的381.4萬人次。開放牀位由2,600張增加到3,100張。",
])
def test_a_pair_in_a_sentence_of_its_own_keeps_its_own_times(text):
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2026, 2, 12), region="中山")
    rows = document_metrics(doc)
    assert [r["period"] for r in rows][2:] == [None, None]


@pytest.mark.parametrize("text", [
    # TO_LATER / CHANGE_OF_PAIR: the change amount between a pair's values (由A增加B至C) spans the
    # two times; the later value is of the time in force, not the earlier value's
    "截至去年底，该院病床由2022年底的900张增加150张至1,050张。",
    "截至去年底，該院病牀由2022年底的900張增加150張至1,050張。",
])
def test_a_change_between_a_pairs_values_spans_their_times(text):
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2026, 2, 26), region="澳门")
    rows = document_metrics(doc)
    assert [r["period"] for r in rows] == ["2022-12-31", "2022/2025", "2025-12-31"]
