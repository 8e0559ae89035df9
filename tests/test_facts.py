"""Facts on the seeds: every example of the issue "What a figure means" reads as the article says.

Each expectation below was checked by hand against the seed's text (quoted in the comment).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis.facts import FACT_COLUMNS, build_facts, canonical_names, link_facts, load_facts
from analysis.metrics import extract_metrics
from analysis.pipeline import load_documents

ROOT = Path(__file__).resolve().parents[1]
ZHUHAI, GUANGZHOU, QIANHAI, LUOHU, JIANGMEN = (
    "000_2daad9167e9ceef8", "001_3778f4c29f0c1989", "002_b28a8df92fb246f6",
    "003_3f0559ab395d32d5", "004_66ea899328d14ef5")


@pytest.fixture(scope="module")
def seeds():
    documents = load_documents(ROOT / "seeds")
    mentions, facts = link_facts(documents, extract_metrics(documents))
    return documents, mentions, facts


def one(mentions: pd.DataFrame, doc_id: str, anchor: str, value: float) -> pd.Series:
    rows = mentions[(mentions.doc_id == doc_id) & (mentions.value == value)
                    & mentions.quote.str.contains(anchor, regex=False)]
    assert len(rows) == 1, (anchor, value, len(rows))
    return rows.iloc[0]


def day(value) -> str | None:
    return None if pd.isna(value) else pd.Timestamp(value).date().isoformat()


def test_a_training_target_is_planned(seeds):
    # 黄埔区将借鉴…，计划三年时间，培养 100 名金牌全科医师和 150 名社区护士
    _, mentions, _ = seeds
    for value in (100, 150):
        row = one(mentions, GUANGZHOU, "培养 100 名金牌全科医师", value)
        assert (row.status, row.entity, row.entity_type) == ("planned", "黄埔区", "district")


def test_new_hospitals_this_year_are_planned_and_one_fact(seeds):
    # 目前,前海共有4家三级以上医院,…,今年还将新增3家国际化医院开业运营 (and twice more)
    _, mentions, facts = seeds
    planned = mentions[(mentions.doc_id == QIANHAI) & (mentions.value == 3)
                       & (mentions.metric == "institutions")]
    assert len(planned) == 3 and planned.fact_id.nunique() == 1
    assert set(planned.status) == {"planned"}
    fact = facts[facts.fact_id == planned.fact_id.iloc[0]].iloc[0]
    assert (fact.entity, fact.period, day(fact.period_start), day(fact.period_end),
            fact.mentions) == ("前海", "2024", "2024-01-01", "2024-12-31", 3)
    level = mentions[(mentions.doc_id == QIANHAI) & (mentions.value == 4)]
    assert len(level) == 3 and level.fact_id.nunique() == 1 and set(level.status) == {"actual"}


def test_ten_years_of_beds_and_visits_are_before_after_pairs(seeds):
    # 近十年来，江门市妇幼保健院病床数从198张增加至390张，年提供门急诊服务量从47万余人次上升至
    # 83万余人次，住院服务人次从1.3万余人次上升至2.2万余人次 (published 2024-09-10)
    _, mentions, _ = seeds
    for before, after, subject in ((198, 390, "病床数"), (470_000, 830_000, "门急诊服务量"),
                                   (13_000, 22_000, "住院服务人次")):
        earlier = one(mentions, JIANGMEN, "近十年来，江门市妇幼保健院病床数", before)
        later = one(mentions, JIANGMEN, "近十年来，江门市妇幼保健院病床数", after)
        assert later.baseline_fact_id == earlier.fact_id and pd.isna(earlier.baseline_fact_id)
        assert (day(earlier.period_end), day(later.period_end)) == ("2014-09-10", "2024-09-10")
        assert earlier.period_kind == later.period_kind == "point"
        assert earlier.status == later.status == "actual"
        assert earlier.subject == later.subject == subject
        assert earlier.entity == later.entity == "江门市妇幼保健院"


def test_macao_residents_are_counted_and_growth_tied_to_its_level(seeds):
    # 截至今年3月底，澳门居民在珠海市参加居民养老保险13691人，比上年底增加9887人，增长260%
    _, mentions, _ = seeds
    level = one(mentions, ZHUHAI, "参加居民养老保险13691人", 13691)
    increase = one(mentions, ZHUHAI, "参加居民养老保险13691人", 9887)
    growth = one(mentions, ZHUHAI, "参加居民养老保险13691人", 260)
    assert (level.status, increase.status, growth.status) == ("actual", "change", "rate_of_change")
    assert increase.of_fact_id == growth.of_fact_id == level.fact_id
    for row in (level, increase, growth):
        assert (row.population, row.entity, day(row.period_end)) == ("澳门居民", "珠海市",
                                                                     "2021-03-31")
        assert row.subject == "参加居民养老保险的澳门居民"
    # the enrolments after the ； share who is counted
    assert one(mentions, ZHUHAI, "参加居民医疗保险20598人", 20598).population == "澳门居民"


def test_the_same_rates_and_doctors_are_one_fact_each(seeds):
    # 一年来…我市孕产妇死亡率降为零，新生儿死亡率降至1.2‰，婴儿死亡率降至1.9‰ and
    # 2023年，我市孕产妇死亡率为零，新生儿死亡率1.2‰，婴儿死亡率1.9‰，5岁以下儿童死亡率3.3‰
    _, mentions, facts = seeds
    rates = mentions[(mentions.doc_id == JIANGMEN) & (mentions.metric == "mortality_rate")]
    assert len(rates) == 7 and rates.fact_id.nunique() == 4
    assert set(rates.entity) == {"江门市"}
    dated = facts[facts.fact_id.isin(rates.fact_id)]
    assert set(dated.period) == {"2023"} and set(dated.population) == {
        "孕产妇", "新生儿", "婴儿", "5岁以下儿童"}
    # 张晓战、朱文立、曹亚兵和崔家伦4位港澳医生 … 四位来自香港澳门的医学专家
    doctors = mentions[(mentions.doc_id == JIANGMEN) & (mentions.metric == "doctors")
                       & (mentions.value == 4)]
    assert len(doctors) == 2 and doctors.fact_id.nunique() == 1


def test_periods_are_dates(seeds):
    # 自2019年12月正式投入运营以来，横琴医院（含社区卫生服务中心）累计服务澳门居民逾4.8万人次
    _, mentions, _ = seeds
    row = one(mentions, ZHUHAI, "累计服务澳门居民逾4.8万人次", 48000)
    assert (day(row.period_start), day(row.period_end), row.period_kind, row.status) == (
        "2019-12-01", "2021-04-19", "cumulative", "cumulative")
    assert str(mentions["period_start"].dtype) == "datetime64[ns]"
    assert pd.to_datetime(mentions["period_end"]).notna().sum() > 20


def test_entities_are_canonical_and_typed(seeds):
    _, mentions, _ = seeds
    luohu = mentions[mentions.doc_id == LUOHU]
    assert "罗湖" not in set(luohu.entity) and "罗湖区" not in set(luohu.entity)
    assert "深圳市罗湖区" in set(luohu.entity)
    assert "希玛医疗集团" not in set(luohu.entity) and "香港希玛医疗集团" in set(luohu.entity)
    zhuhai = mentions[mentions.doc_id == ZHUHAI]
    assert "横琴医院" not in set(zhuhai.entity)  # 珠海市人民医院医疗集团横琴医院, as the article names it
    assert set(mentions.entity_type.dropna()) <= {"hospital", "institution", "district", "city",
                                                  "region", "scheme", "company", "programme"}
    assert one(mentions, ZHUHAI, "53名澳门医生", 53).entity_type == "hospital"


def test_subjects_are_noun_phrases(seeds):
    _, mentions, _ = seeds
    subjects = set(mentions.subject.dropna())
    assert not subjects & {"张", "万余人次", "老", "横琴新区经过", "陋的木屋楼发展到今天拥有占地面积"}
    assert one(mentions, JIANGMEN, "拥有占地面积5万多平方米", 50000).subject == "占地面积"


def test_the_seeds_facts_table(seeds):
    _, mentions, facts = seeds
    assert list(facts.columns) == FACT_COLUMNS
    assert facts.fact_id.is_unique and set(facts.fact_id) == set(mentions.fact_id)
    assert facts.mentions.sum() == len(mentions)
    assert (len(mentions), len(facts)) == (87, 79)
    links = set(mentions.baseline_fact_id.dropna()) | set(mentions.of_fact_id.dropna())
    assert links <= set(facts.fact_id)
    assert not facts.conflict.any()


def _article(doc_id: str, text: str, published: date) -> SimpleNamespace:
    return SimpleNamespace(doc_id=doc_id, text=text, published=published, region="珠海")


def test_a_repost_is_one_fact_and_other_values_a_conflict():
    text = "截至2024年6月底，横琴医院累计服务澳门居民逾4.8万人次。"
    other = "截至2024年6月底，横琴医院累计服务澳门居民逾5万人次。"
    articles = [_article("a", text, date(2024, 7, 1)), _article("b", text, date(2024, 7, 3)),
                _article("c", other, date(2024, 7, 5))]
    documents = pd.DataFrame([vars(a) for a in articles])
    facts = build_facts(documents, extract_metrics(articles))
    assert len(facts) == 2
    repost = facts[facts.value == 48000].iloc[0]
    assert (repost.doc_ids, repost.sources, repost.mentions) == ("a|b", 2, 2)
    assert (day(repost.first_published), day(repost.last_published)) == ("2024-07-01",
                                                                        "2024-07-03")
    assert facts.conflict.all()
    assert repost.conflicts_with == facts[facts.value == 50000].fact_id.iloc[0]


@pytest.mark.parametrize("text", [
    "广州香港居民参保人数达2.76万人\n截至2025年5月底，广州参保人数达到2.76万人。",
    "廣州香港居民參保人數達2.76萬人\n截至2025年5月底，廣州參保人數達到2.76萬人。",
])
def test_a_headline_naming_the_group_and_a_body_naming_the_date_are_one_fact(text):
    # the headline says who is counted, the body when: neither says less than the other, and
    # each mention reads what the other says (the body's 2.76万人 are the headline's 香港居民)
    mentions = extract_metrics([_article("a", text, date(2025, 8, 27))])
    assert list(mentions.population.fillna("")) == ["香港居民", "香港居民"]
    # the headline's mention reads the date its fact has in the body
    assert list(mentions.period.fillna("")) == ["2025-05-31", "2025-05-31"]
    assert len(mentions) == 2 and mentions.fact_id.nunique() == 1


@pytest.mark.parametrize("text", [
    "珠海横琴医院参保人数达2.76万人\n截至2025年5月底，珠海参保人数达到2.76万人。",
    "珠海橫琴醫院參保人數達2.76萬人\n截至2025年5月底，珠海參保人數達到2.76萬人。",
])
def test_a_place_and_an_institution_in_it_can_state_one_fact(text):
    mentions = extract_metrics([_article("a", text, date(2025, 8, 27))])
    assert mentions.entity.nunique() == 2 and mentions.fact_id.nunique() == 1


@pytest.mark.parametrize("text, subjects", [
    # an enumeration's figures are named by their own items, not by the list
    ("全市孕产妇、新生儿和婴儿死亡率分别为8.1/10万、1.06‰、1.73‰。",
     ["孕产妇死亡率", "新生儿死亡率", "婴儿死亡率"]),
    ("全市孕產婦、新生兒和嬰兒死亡率分別為8.1/10萬、1.06‰、1.73‰。",
     ["孕产妇死亡率", "新生儿死亡率", "婴儿死亡率"]),  # subjects are read folded to simplified
    # an enrolment's subject is its scheme, never the group it counts; no verb leads a subject
    ("在珠海参加基本医疗保险的港澳居民达2.8万人。其中，澳门居民2.51万人，约占全市港澳参保人员的九成。",
     ["参加基本医疗保险的港澳居民", None, "港澳参保人员"]),
    ("在珠海參加基本醫療保險的港澳居民達2.8萬人。其中，澳門居民2.51萬人，約佔全市港澳參保人員的九成。",
     ["参加基本医疗保险的港澳居民", None, "港澳参保人员"]),
])
def test_subjects_of_enumerations_and_enrolments(text, subjects):
    mentions = extract_metrics([_article("a", text, date(2025, 1, 15))])
    assert [s if isinstance(s, str) else None for s in mentions.subject] == subjects


@pytest.mark.parametrize("text", ["2024年，全市医院病床使用率78.6%，比上年提高2.1个百分点。",
                                  "2024年，全市醫院病床使用率78.6%，比上年提高2.1個百分點。"])
def test_a_change_in_points_belongs_to_its_percentage(text):
    level, change = extract_metrics([_article("a", text, date(2025, 1, 15))]).to_dict("records")
    assert (change["unit"], change["status"]) == ("pp", "change")
    assert change["of_fact_id"] == level["fact_id"]


def test_a_short_name_joins_the_only_fuller_one_across_the_corpus():
    assert canonical_names(["横琴医院", "珠海市人民医院横琴医院", "罗湖", "罗湖区"]) == {
        "横琴医院": "珠海市人民医院横琴医院", "罗湖": "罗湖区"}
    # two fuller names that are no chain: left alone
    assert canonical_names(["人民医院", "珠海市人民医院", "江门市人民医院"]) == {}


def test_load_facts_reads_a_folder():
    facts = load_facts(ROOT / "seeds")
    assert len(facts) == 79 and facts.fact_id.is_unique


def _plain_sources(documents: pd.DataFrame, mentions: pd.DataFrame) -> dict[str, tuple]:
    """The reference for the facts' sources, one fact at a time: its articles in the order of
    its mentions (the dated first), and the first and last date among them (unknown ones left
    out)."""
    published = dict(zip(documents["doc_id"], pd.to_datetime(documents["published"])))
    order = mentions.assign(_dated=mentions["period_end"].isna()).sort_values(["_dated"],
                                                                               kind="stable")
    sources = {}
    for fact, group in order.groupby("fact_id", sort=False):
        ids = list(dict.fromkeys(group["doc_id"]))
        dates = [published[i] for i in ids if i in published and not pd.isna(published[i])]
        sources[fact] = ("|".join(ids), len(ids), min(dates) if dates else pd.NaT,
                         max(dates) if dates else pd.NaT)
    return sources


def _plain_conflicts(facts: pd.DataFrame) -> dict[str, str]:
    """The reference for conflicts, pair by pair: the facts of the same key and subject whose
    articles are all other articles, in table order."""
    key = ["entity", "metric", "population", "status", "unit", "period_start", "period_end",
           "subject"]
    rows = [(r.fact_id, tuple("" if pd.isna(v) else str(v) for v in (getattr(r, c) for c in key)),
             set(r.doc_ids.split("|"))) for r in facts.itertuples()]
    return {a: "|".join(b for b, key_b, docs_b in rows
                        if b != a and key_b == key_a and not docs_a & docs_b)
            for a, key_a, docs_a in rows}


def _check_sources(documents: pd.DataFrame, metrics: pd.DataFrame) -> pd.DataFrame:
    mentions, facts = link_facts(documents, metrics)
    assert dict(zip(facts["fact_id"], facts["conflicts_with"])) == _plain_conflicts(facts)
    assert (facts["conflict"] == (facts["conflicts_with"] != "")).all()
    expected = _plain_sources(documents, mentions)
    got = {row.fact_id: (row.doc_ids, row.sources, row.first_published, row.last_published)
           for row in facts.itertuples()}
    assert set(got) == set(expected)
    for fact, (ids, count, first, last) in expected.items():
        assert got[fact][:2] == (ids, count), fact
        assert (pd.isna(got[fact][2]) and pd.isna(first)) or got[fact][2] == first, fact
        assert (pd.isna(got[fact][3]) and pd.isna(last)) or got[fact][3] == last, fact
    return facts


def test_the_sources_of_facts_are_what_one_fact_at_a_time_gives(tmp_path):
    """The grouped sources (doc ids, first and last date) and conflicts against the plain
    references: on a generated corpus (reposts, undated articles, conflicts) and by hand (an
    undated repost, a mention of an article the documents table lacks, two values of one key
    in one article)."""
    import synthetic

    from analysis.pipeline import load_tables

    synthetic.generate_corpus(tmp_path, 300, seed=3)
    # an undated article among them (the generated e-paper pages are dated by their folio)
    (tmp_path / "undated.txt").write_text("横琴医院累计服务澳门居民逾4.8万人次。\n", encoding="utf-8")
    documents, metrics = load_tables(tmp_path, jobs=1)
    assert documents["published"].isna().any()
    _check_sources(documents, metrics)
    text = "截至2024年6月底，横琴医院累计服务澳门居民逾4.8万人次。"
    articles = [_article("a", text, None), _article("b", text, date(2024, 7, 3)),
                _article("c", text, date(2024, 7, 1)), _article("d", text, date(2024, 7, 9))]
    documents = pd.DataFrame([vars(a) for a in articles[:3]])
    _check_sources(documents, extract_metrics(articles))
    _check_sources(documents.iloc[:1], extract_metrics(articles[:2]))  # no dates at all
    # 4.8万 and 5万 in article x share it: each conflicts with y's 6万 only, 6万 with both
    other = text.replace("4.8万", "5万")
    articles = [_article("x", text + other, date(2024, 7, 1)),
                _article("y", text.replace("4.8万", "6万"), date(2024, 7, 2))]
    facts = _check_sources(pd.DataFrame([vars(a) for a in articles]), extract_metrics(articles))
    named = dict(zip(facts["value"], facts["fact_id"]))
    assert dict(zip(facts["value"], facts["conflicts_with"])) == {
        48000: named[60000], 50000: named[60000], 60000: f"{named[48000]}|{named[50000]}"}


def test_facts_do_not_depend_on_the_index_of_the_mentions():
    """A mentions table with repeated index labels (frames concatenated as they are) gives the
    same facts, entities renamed across articles included."""
    articles = [_article("a", "截至2024年6月底，横琴医院累计服务澳门居民逾4.8万人次。", date(2024, 7, 1)),
                _article("b", "珠海市人民医院横琴医院现有床位300张。", date(2024, 7, 2))]
    documents = pd.DataFrame([vars(a) for a in articles])
    mentions = extract_metrics(articles)
    facts = build_facts(documents, mentions)
    assert "珠海市人民医院横琴医院" in set(facts["entity"]) and "横琴医院" not in set(facts["entity"])
    repeated = build_facts(documents, mentions.set_axis([0] * len(mentions)))
    pd.testing.assert_frame_equal(facts, repeated)


def test_the_reports_view_keeps_one_fact_one_row_named_by_most_mentions(seeds):
    # 前海 "今年还将新增3家国际化医院" is stated three times, once read with the city (深圳市):
    # the linking made them one fact, and the reports' view (first page, charts) shows it once,
    # as 前海's, with as many rows as the facts table has
    from analysis.facts import facts as view

    documents, mentions, facts = seeds
    shown = view(mentions, documents)
    assert len(shown) == len(facts)
    planned = shown[(shown.metric == "institutions") & (shown.status == "planned")
                    & (shown.value == 3)]
    assert list(planned.entity) == ["前海"] and list(planned.mentions) == [3]


def _conflicts_by_pairs(keys: list[str], docs: list[set[str]]) -> list[list[int]]:
    """The conflicts as stated, pair by pair: the facts of one key sharing no article."""
    return [[b for b in range(len(keys)) if b != a and keys[b] == keys[a] and not docs[a] & docs[b]]
            for a in range(len(keys))]


@pytest.mark.parametrize("seed", range(20))
def test_conflicts_are_the_facts_of_a_key_that_share_no_article(seed):
    import random

    from analysis.facts import _conflicts

    rng = random.Random(seed)
    n = rng.randint(1, 40)
    keys = [rng.choice("abc") for _ in range(n)]
    docs = [set(rng.sample("uvwxyz", rng.randint(0 if i % 7 == 0 else 1, 3))) for i in range(n)]
    facts = pd.DataFrame({c: ["e"] * n for c in ("entity", "metric", "population", "status",
                                                  "unit", "subject")})
    facts["metric"] = keys
    facts["period_start"] = facts["period_end"] = pd.Series([pd.NaT] * n, dtype="datetime64[ns]")
    facts["fact_id"] = [f"f{i}" for i in range(n)]
    flags, lists = _conflicts(facts, pd.Series([sorted(d) for d in docs], dtype=object))
    want = _conflicts_by_pairs(keys, docs)
    assert lists == ["|".join(f"f{b}" for b in w) for w in want]
    assert flags == [bool(w) for w in want]


def test_conflicts_of_many_reposts_take_linear_time():
    # 4,000 facts of one key, each from its own article: each conflicts with all the others
    import time

    from analysis.facts import _conflicts

    n = 4000
    facts = pd.DataFrame({c: ["e"] * n for c in ("entity", "metric", "population", "status",
                                                  "unit", "subject")})
    facts["period_start"] = facts["period_end"] = pd.Series([pd.NaT] * n, dtype="datetime64[ns]")
    facts["fact_id"] = [f"f{i:04d}" for i in range(n)]
    started = time.process_time()
    flags, lists = _conflicts(facts, pd.Series([[f"d{i}"] for i in range(n)], dtype=object))
    assert all(flags) and lists[0] == "|".join(f"f{i:04d}" for i in range(1, n))
    assert time.process_time() - started < 2.0


@pytest.mark.parametrize("text", [
    # a running total restated without 累计 (its period only carried from the sentence before)
    ("珠海累计为澳门居民提供就医服务超10万人次。2024年，珠海为澳门居民提供就医服务3.2万人次。"
     "珠海为澳门居民提供就医服务超过10万人次。"),
    ("珠海累計為澳門居民提供就醫服務超10萬人次。2024年，珠海為澳門居民提供就醫服務3.2萬人次。"
     "珠海為澳門居民提供就醫服務超過10萬人次。"),
])
def test_a_running_total_restated_without_its_word_is_the_same_fact(text):
    total, year, again = extract_metrics([_article("a", text, date(2025, 1, 15))]).to_dict(
        "records")
    assert total["fact_id"] == again["fact_id"] != year["fact_id"]
    assert (total["status"], year["status"], again["status"]) == (
        "cumulative", "actual", "cumulative")


@pytest.mark.parametrize("text", [
    "截至2024年10月底，中山参保港澳居民达5.2万人。\n数据显示，这一群体约5.2万人。",
    "截至2024年10月底，中山參保港澳居民達5.2萬人。\n數據顯示，這一群體約5.2萬人。",
])
def test_a_figure_naming_nothing_it_counts_joins_the_one_fact_it_restates(text):
    # 约5.2万人 alone would be metric other: it is the enrolment, with its group and date
    level, again = extract_metrics([_article("a", text, date(2025, 1, 15))]).to_dict("records")
    assert level["fact_id"] == again["fact_id"]
    assert [r["metric"] for r in (level, again)] == ["insurance_enrolment"] * 2
    assert again["population"] == "港澳居民" and again["period"] == "2024-10-31"


@pytest.mark.parametrize("text", [
    "2024年，全市医院床位达1.2万张。截至2024年底，全市医院床位共1.2万张。",
    "2024年，全市醫院牀位達1.2萬張。截至2024年底，全市醫院牀位共1.2萬張。",
])
def test_periods_that_end_on_one_day_state_one_fact(text):
    mentions = extract_metrics([_article("a", text, date(2025, 1, 15))])
    assert list(mentions.period) == ["2024", "2024-12-31"] and mentions.fact_id.nunique() == 1


@pytest.mark.parametrize("text", [
    "2023年全市医院床位1.2万张，2024年全市医院床位1.2万张。",  # two periods
    "2023年全市醫院牀位1.2萬張，2024年全市醫院牀位1.2萬張。",
    "澳门居民就诊3万人次，香港居民就诊3万人次。",  # two groups
    "澳門居民就診3萬人次，香港居民就診3萬人次。",
    "前海现有医院3家，今年将新增3家。",  # a level and a plan
    "前海現有醫院3家，今年將新增3家。",
])
def test_the_same_value_of_other_periods_groups_or_statuses_is_other_facts(text):
    mentions = extract_metrics([_article("a", text, date(2025, 1, 15))])
    assert len(mentions) == 2 and mentions.fact_id.nunique() == 2


@pytest.mark.parametrize("text, entity", [
    ("参保人数达2.76万人\n截至2025年5月底，横琴医院参保人数达到2.76万人。", "横琴医院"),
    ("參保人數達2.76萬人\n截至2025年5月底，橫琴醫院參保人數達到2.76萬人。", "橫琴醫院"),
])
def test_a_mention_naming_only_the_region_takes_its_facts_entity(text, entity):
    # the headline names no entity (珠海 is only the article's region): the body's is the fact's
    mentions = extract_metrics([_article("a", text, date(2025, 8, 27))])
    assert list(mentions.entity) == [entity, entity] and mentions.fact_id.nunique() == 1
    assert list(mentions.entity_type) == ["hospital", "hospital"]


@pytest.mark.parametrize("one, other", [
    ("东莞市计划2026年新增社区医院5家。", "东莞市计划到2026年底前新增社区医院5家。"),
    ("東莞市計劃2026年新增社區醫院5家。", "東莞市計劃到2026年底前新增社區醫院5家。"),
])
def test_a_repost_dating_its_target_by_the_year_or_its_end_is_one_fact(one, other):
    # 2026年 and 2026年底前 end on one day: the same target in two articles, however labelled
    articles = [_article("a", one, date(2025, 7, 1)), _article("b", other, date(2025, 7, 3))]
    facts = build_facts(pd.DataFrame([vars(a) for a in articles]), extract_metrics(articles))
    assert len(facts) == 1 and facts.iloc[0].sources == 2


@pytest.mark.parametrize("one, other", [
    ("该市指定医疗机构增至6家。", "全区指定医疗机构增至6家。"),  # no period: figures agreeing by chance
    ("該市指定醫療機構增至6家。", "全區指定醫療機構增至6家。"),
    ("香港居民每次只需缴付100元人民币。", "香港居民每次只需缴付100元人民币。"),
    ("香港居民每次只需繳付100元人民幣。", "香港居民每次只需繳付100元人民幣。"),
])
def test_figures_naming_no_period_or_entity_in_two_articles_are_two_facts(one, other):
    articles = [_article("a", one, date(2025, 7, 1)), _article("b", other, date(2025, 7, 3))]
    facts = build_facts(pd.DataFrame([vars(a) for a in articles]), extract_metrics(articles))
    assert len(facts) == 2 and set(facts.sources) == {1}
