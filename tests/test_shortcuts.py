"""Shortcuts taken for speed give what the slow path gives: each is checked against the plain
form it replaces, on random text mixing the words it looks for with the corpus's sentences."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import entities, meaning, periods
from analysis._rules.cues import AGED, AS_WRITTEN, BORN, CHILDREN_UNDER, LOW_BIRTH_WEIGHT
from analysis._rules.lookahead import first_characters, trie
from analysis._rules.time import BARE_CUE

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_CORPUS = Path(__file__).parent / "corpus" / "articles"
SENTENCES = sorted({s for path in sorted(_CORPUS.glob("*.txt"))
                    for s in re.split(r"(?<=[。；\n])", path.read_text(encoding="utf-8"))
                    if s.strip()})[:400]


def _longest_first(words) -> str:
    """The plain form of ``trie``: the words as one alternation, longest first."""
    return "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True))


def _spans(pattern: str | re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


def mixed(words: list[str]) -> st.SearchStrategy[str]:
    """Text made of the words, their pieces, single characters of them and corpus sentences."""
    pieces = sorted({w[:i] for w in words for i in range(1, len(w) + 1)} | set("".join(words)))
    return st.lists(st.one_of(st.sampled_from(words), st.sampled_from(pieces),
                              st.sampled_from(SENTENCES)), max_size=30).map("".join)


@SETTINGS
@given(words=st.lists(st.text(alphabet="医院中心卫生站a.(", min_size=1, max_size=5),
                      min_size=1, max_size=12), data=st.data())
def test_trie_matches_what_the_alternation_longest_first_matches(words, data):
    text = data.draw(mixed(words))
    assert _spans(trie(words), text) == _spans(_longest_first(words), text)


_HEAD_WORDS = [*entities._HEADS, "院"]
_PLAIN_HEADS = re.compile("|".join(  # the pattern before the trie, as it was written
    f"{r}(?:{_longest_first(_HEAD_WORDS)})" for r in entities._REFERRING)
    + "|" + _longest_first(entities._BACK_WORDS)
    + "|" + _longest_first(entities._PAIR_WORDS | entities._SIDE_WORDS)  # 两院, 院方 before 院
    + "|" + _longest_first(_HEAD_WORDS))


@SETTINGS
@given(text=mixed(_HEAD_WORDS + list(entities._REFERRING) + ["方", "两院"]))
def test_head_words_trie_finds_the_head_words_the_alternation_finds(text):
    assert _spans(entities._HEAD_RE, text) == _spans(_PLAIN_HEADS, text)


def test_head_words_trie_on_the_corpus():
    for path in sorted(_CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _spans(entities._HEAD_RE, text) == _spans(_PLAIN_HEADS, text), path.name


def test_short_forms_open_with_a_bracket_the_prefilter_looks_for():
    # EntityFinder._aliases reads no further in a text without （ or (
    opening = re.sub(r"\\(.)", r"\1", first_characters(entities._ALIAS.pattern))  # unescaped
    assert set(opening) == {"（", "("}
    assert entities.EntityFinder("醫院管理局醫管局", None)._aliases == {}


_PLAIN_ITEM_MARK = re.compile(r"(?<=[：:；;，,。\s])[一二三四五六七八九十]是")  # as first written


@SETTINGS
@given(text=mixed(["一是", "二是", "十是", "是", "：", "，", "。", "\n"]), data=st.data())
def test_item_marks_numeral_first_find_what_the_lookbehind_first_form_finds(text, data):
    at = data.draw(st.integers(0, len(text)))  # the lookbehind reads before where a scan starts
    assert [m.span() for m in entities._ITEM_MARK.finditer(text, at)] == \
        [m.span() for m in _PLAIN_ITEM_MARK.finditer(text, at)]


_GROUP_FORMS = sorted(meaning._POPULATION_FORMS)


@SETTINGS
@given(text=mixed(_GROUP_FORMS[:40] + ["65岁以上", "六十五歲及以上人士", "3岁以下儿童", "每千常住人口",
                                        "每千人口", "常住人口", "出生", "出生約", "出生率", "兒童", "儿童医院",
                                        "成人", "完成人数", "出生体重低于2500克的新生儿"]))
def test_groups_with_a_lookahead_match_what_the_plain_alternation_matches(text):
    for forms, (pattern, _) in ((meaning._POPULATION_FORMS, meaning._GROUPS[True]),
                                (meaning._NAMED_FORMS, meaning._GROUPS[False])):
        plain = (f"{meaning._NOT_PER_HEAD}(?:{LOW_BIRTH_WEIGHT}|{meaning._alternation(forms)}|{AGED}"
                 f"|{CHILDREN_UNDER}|{BORN}|{'|'.join(AS_WRITTEN.values())})")
        assert _spans(pattern, text) == _spans(plain, text)


@SETTINGS
@given(text=mixed(["3月底", "至10月", "季度", "上半年", "全年", "年底", "首5个月", "上个月", "本月"]))
def test_bare_cue_with_a_lookahead_finds_what_the_plain_pattern_finds(text):
    assert _spans(periods._BARE_CUE, text) == _spans(BARE_CUE, text)


def _abbreviation_regex(short: str) -> re.Pattern[str]:
    """The possessive pattern ``entities.abbreviation_spans`` replaced (compiled once per name)."""
    openings, rest = entities._abbreviation_parts(short)
    return re.compile("(?:" + "|".join(map(re.escape, openings)) + ")" + "".join(
        f"(?:(?!{re.escape(c)})[\u4e00-\u9fff]){{0,{entities._GAP}}}+{re.escape(c)}" for c in rest))


@SETTINGS
@given(text=mixed(["中", "大", "山", "学", "附", "属", "第", "一", "院", "医", "港", "香", "深圳", "，", "1",
                   "中大", "港大", "中山大学"]),
       short=st.sampled_from(["中大附一院", "港大深圳医院", "南医大深圳医院", "中山医院", "大学医院"]))
def test_abbreviation_scan_finds_what_the_possessive_pattern_finds(text, short):
    assert list(entities.abbreviation_spans(short, text)) == _spans(_abbreviation_regex(short), text)


def _plain_scheme_holders(text: str) -> str | None:
    """``meaning.scheme_holders`` with the scheme's use found by the alternation it replaced."""
    named = next((meaning.to_simplified(group) for scheme, group in
                  meaning._cues.SCHEME_HOLDERS.items() if scheme in text), None)
    if named or re.search(_longest_first(meaning._cues.SCHEME_USE), text) is None:
        return named
    return next((name for name in map(meaning.to_simplified, meaning._cues.SCHEME_HOLDERS.values())
                 if any(form in text for form in meaning._cues.POPULATIONS[name])), None)


@SETTINGS
@given(text=mixed([*meaning._cues.SCHEME_USE, *meaning._cues.SCHEME_HOLDERS, "港长者", "香港长者",
                   "香港長者", "使用"]))
def test_scheme_holders_by_string_search_match_the_alternation(text):
    assert meaning.scheme_holders(text) == _plain_scheme_holders(text)
