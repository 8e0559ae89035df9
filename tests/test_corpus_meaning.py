"""What a figure means, scored on the development split of tests/corpus (the held-back articles
are never read here): status, population, periods, canonical entity, links, fact grouping.

The thresholds are the scores reached on the dev split when this was written, less a little:
a change that makes any of them worse fails here. The issue's targets (status ≥ 0.95, population
≥ 0.90, periods ≥ 0.95, entity ≥ 0.90, links ≥ 0.90, grouping F1 ≥ 0.95) are for the held-back
articles and are not all met yet.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from evaluate import FieldScore, read_corpus_gold, score_fields

from analysis.facts import link_facts
from analysis.metrics import extract_metrics
from analysis.pipeline import load_documents

CORPUS = Path(__file__).resolve().parent / "corpus"
# reached on the 51 dev articles (w1-w7) when last set: sign 1.000, status 0.987, population
# 0.937, period_start 0.943, period_end 0.952, entity 0.897, baseline 1.000, of 0.995, fact
# grouping F1 0.917 (population, period_start and period_end floors raised then; the grouping
# F1 was 0.898 when its floor was set: w1-w3 alone 0.971, w4-w7, written without sight of the
# extractor, 0.833). On the 69 dev articles once w10-w12 (written without sight of the
# extractor) joined: population, period_start and period_end lowered to just under 0.920, 0.934,
# 0.948, then raised after rules for their patterns (0.923, 0.947, 0.956); status raised to 0.99
# (0.996); entity 0.880 -> 0.912 with session 8's entity rules, 0.917 -> 0.918 with ent10's;
# population, period_start and period_end raised after session 9 (acc11: 0.946, 0.952, 0.960);
# status 0.986 once w13-w15 joined, 0.995 with session 9's status rules (acc12); 0.990 once w16-w17
# joined, 0.994 with acc13's; w16-w17 joined dev (periods 0.941, 0.947, under the 0.95 / 0.955
# set on 69 articles); pop13's rules: population 0.954, period_start 0.943, period_end 0.951;
# entity 0.908 -> 0.933 with acc14's entity rules; w18-w22 joined (129 articles, session 10):
# status 0.990, population 0.944, periods 0.934 / 0.938, canonical entity 0.907, grouping 0.941;
# per16: period_start 0.934 -> 0.936, period_end 0.938 -> 0.944; canonical entity 0.911 (ent16);
# pop16's rules: population 0.954, status 0.992
# status 0.987 and entity 0.913 once w24-w25 (written blind) joined the dev set
# w23, w26, w27 joined (165 dev articles): status 0.983, population 0.942, periods 0.932/0.935,
# canonical entity 0.901, grouping 0.916 (they alone 0.952, 0.876, 0.884/0.856, 0.797, 0.789)
# session 12's rules: status 0.986, population 0.953, periods 0.943/0.947, entity 0.910, of 0.983,
# grouping 0.941; then population 0.957, periods 0.944/0.949, entity 0.915, grouping 0.947
# session 13's blind writers joined (w28, w29, w31-w34, 25 dev articles): status 0.985, population
# 0.950, periods 0.935 / 0.940, entity 0.918, baseline 0.996, of 0.981, grouping 0.945
# session 14's blind writers joined (w35-w58, 144 dev articles, 3,092 figures; they alone at the
# session's end status 0.966, population 0.895, periods 0.864 / 0.887, entity 0.829, grouping
# 0.723): on all 326 dev articles status 0.977, population 0.925, periods 0.903 / 0.917, entity
# 0.878, baseline 0.991, of 0.978, grouping 0.848; floors set just under these
# session 15's blind writers joined (w59-w70, 72 dev articles, 1,442 figures; they alone at the
# session's end status 0.978, population 0.906, periods 0.898 / 0.922, entity 0.814, grouping
# 0.943): on all 398 dev articles status 0.978, population 0.922, periods 0.903 / 0.918, entity
# 0.868, baseline 0.992, of 0.978, grouping 0.850; the entity floor lowered to just under it
# session 16's blind writers joined (w71-w82, 72 dev articles, 1,380 figures; they alone status
# 0.963, population 0.916, periods 0.853 / 0.866, entity 0.802, grouping 0.800): on all 470 dev
# articles status 0.976, population 0.921, periods 0.897 / 0.911, entity 0.859, baseline 0.991, of
# 0.977, grouping 0.837; the entity and period floors lowered to just under them
# session 17's blind writers joined (w83-w98, 96 dev articles, 1,922 figures; they alone at the
# session's end status 0.960, population 0.910, periods 0.829 / 0.852, entity 0.843, grouping
# 0.829): on all 566 dev articles status 0.974, population 0.921, periods 0.886 / 0.902, entity
# 0.858, baseline 0.992, of 0.975, grouping 0.813; the period and grouping floors lowered to just
# under them
FLOORS = {"sign": 0.99, "status": 0.97, "population": 0.915, "period_start": 0.88,
          "period_end": 0.895, "entity": 0.855, "baseline": 0.985, "of": 0.97}


@pytest.fixture(scope="module")
def dev_score() -> FieldScore:
    if not (CORPUS / "split.csv").exists():
        pytest.skip("no development corpus")
    gold = read_corpus_gold(CORPUS, "dev")
    dev = set(gold["doc_id"])
    paths = sorted(p for p in (CORPUS / "articles").iterdir() if p.stem in dev)
    documents = load_documents(paths)
    mentions, _ = link_facts(documents, extract_metrics(documents))
    return score_fields(mentions, gold)


def test_dev_scores_do_not_fall(dev_score):
    print(f"\ndev: {dev_score}")
    assert dev_score.matched >= 0.9 * dev_score.gold
    for name, floor in FLOORS.items():
        assert dev_score.accuracy(name) >= floor, name
    assert dev_score.grouping_f1 >= 0.79  # 0.800 with session 18's writers (they alone 0.70); 0.813 with session 17's writers; 0.837 with session 16's writers; 0.848 with session 14's writers (0.944 without); 0.929 -> 0.976 (pop14: a period by its end, no repost without entity and period); 0.941 with w18-w22


def test_score_fields_counts_agreement_field_by_field():
    # two figures of one sentence: the gold says the second is the increase of the first
    text = "截至2024年6月底，参保5200人，比上年底增加1300人。"
    metrics = pd.DataFrame([
        {"doc_id": "d", "value": 5200.0, "quote": text, "status": "actual", "population": None,
         "period_start": pd.NaT, "period_end": pd.Timestamp("2024-06-30"), "entity": "中山市",
         "fact_id": "f1", "baseline_fact_id": None, "of_fact_id": None},
        {"doc_id": "d", "value": 1300.0, "quote": text, "status": "actual", "population": None,
         "period_start": pd.NaT, "period_end": pd.NaT, "entity": "中山市",
         "fact_id": "f2", "baseline_fact_id": None, "of_fact_id": "f1"}])
    gold = pd.DataFrame([
        {"doc_id": "d", "metric": "insurance_enrolment", "value": 5200.0, "value_high": None,
         "unit": "人", "status": "actual", "population": "澳门居民", "period_start": "",
         "period_end": "2024-06-30", "entity": "中山市", "baseline_anchor": "", "of_anchor": "",
         "anchor": "参保5200人"},
        {"doc_id": "d", "metric": "insurance_increase", "value": 1300.0, "value_high": None,
         "unit": "人", "status": "change", "population": "", "period_start": "",
         "period_end": "2024-06-30", "entity": "中山市", "baseline_anchor": "",
         "of_anchor": "参保5200人", "anchor": "增加1300人"}])
    result = score_fields(metrics, gold)
    assert (result.matched, result.gold) == (2, 2)
    assert result.correct == {"sign": 2, "status": 1, "population": 1, "period_start": 2,
                              "period_end": 1, "entity": 2, "baseline": 2, "of": 2}
    assert result.pairs == (0, 0, 0) and result.grouping_f1 == 1.0


@pytest.mark.parametrize("want, have, agree", [
    ("醫務衞生局", "香港特別行政區政府醫務衞生局", True),  # the corpus's fullest form of the name
    ("横琴医院", "珠海市人民医院横琴医院", True),
    ("珠海", "珠海市", True), ("羅湖", "羅湖區", True),  # a place written bare: its official form
    ("珠海", "珠海市香洲区", False), ("中山", "中山大學", False),
    ("深圳市", "深圳市盐田区", False),  # a part of it is another entity
    ("澳門", "澳門特別行政區", True), ("香港", "香港特区", True),  # a SAR in full, as a place
    ("澳門", "澳門特別行政區政府衛生局", False),  # (its government's body is not the SAR)
    ("", "香港", False), ("澳門", "澳門", False),  # (equal names are scored before this)
])
def test_a_fuller_form_of_the_gold_name_is_the_same_entity(want, have, agree):
    from evaluate import _fuller_form
    assert _fuller_form(want, have) is agree


@pytest.mark.parametrize("anchor, quote, found", [
    ("上半年超2万人次　全市", "惠亚医院港人就诊量上半年超2万人次 全市港澳居民就医服务点增至15个", True),
    ("增至15个", "全市服务点增至15个", True),
    ("增至16个", "全市服务点增至15个", False),
    ("共１２６名", "第二期共126名内地医护来港交流", True),  # ingest's ASCII digits
])
def test_an_anchor_is_found_in_a_quote_whitespace_aside(anchor, quote, found):
    # a headline's quote is the title as ingest tidied it: a full-width space becomes a space
    from evaluate import in_quote
    assert in_quote(anchor, quote) is found
