"""Metrics: every health-care figure in a document, labelled from the controlled vocabulary.

Each number that ``find_numbers`` classifies as a quantity, percent, per mille or fraction is
labelled by the first rule of ``RULES`` (the table of ``analysis/_rules/labels.py``) that fits its unit
and the words around it: the counted noun after it (``53名澳门医生``, ``2个香港长者专科门诊``) or,
when none follows, the last one before it (``医生人数由350名增至402名``), the words before it in
its clause (``床位数共3241张``), and its sentence (``参加居民医疗保险20598人，比上年底增加9994人，
增长94%``). The rules read the text folded to simplified characters (``analysis.folding``), so
``醫生``, ``牀位`` and ``兩間`` match too; quotes and spans stay those of the text.

``analysis.numbers`` reads the numbers (a change then a level, ``同比增长2.4%至88.3万``, as two;
a rate with its base, ``8.1/10万``; a currency written before, ``港幣3,000元``; round amounts,
``逾千人次``, ``万余人``, ``数以万计``, ``约一半``); here the rate base is named (per_100k), so is a
base per head written before the figure (``每千人口3.4名``: per_1k), two amounts joined by 至 are a
range (``人民币150元至300元``), and tenths and doubles numbers leaves (``近六成为``, ``的一成``,
``增长一倍``) are found. In an enumeration (``医师、注册护士分别为
4.35人、5.22人``) each value is labelled by its own item; a change with no counted noun of its own
(``比上年增加41个``) and a breakdown (``其中，澳门居民2.51万人``) keep the label of their level.

Dates, ages, ordinals, codes, anniversaries (``72年来``, ``75周年``), rankings (``500强``),
numbers in a first-person anecdote and page furniture (counters, hotlines, licence numbers,
weather, stock quotes, measures such as ``出生体重低于2500克``, year labels such as ``2022-23年度``)
are not figures and are left out. What is kept but fits no rule is ``other``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import islice, pairwise
from operator import itemgetter
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis import budget
from analysis._rules import cues as _cues
from analysis._rules import figures as _figure_rules
from analysis._rules import labels as _labels
from analysis._rules.figures import (
    AGE_CRITERION_AFTER,
    BRACKETED_DAY_AFTER,
    BRACKETED_DAY_BEFORE,
    ENROL,
    EVERY,
    ITEM_MARKS,
    ITEM_MAX,
    ITEM_NOT_AFTER_MARK,
    ITEM_REACH,
    NOT_A_FIGURE_AFTER,
    PHASE,
    PHASE_AFTER,
    PLACE_WORDS,
    RATE,
    SCHEME,
    SINCE,
)
from analysis._rules.figures import PERIOD_SPAN_BEFORE as _PERIOD_SPAN_BEFORE
from analysis._rules.figures import RANKING_WORDS as _RANKING_WORDS
from analysis._rules.figures import SPAN_THEN_COUNT as _SPAN_THEN_COUNT_WORDS
from analysis._rules.figures import TIME_UNITS as _TIME_UNITS
from analysis._rules.figures import TRAILING_WORDS as _TRAILING_WORDS
from analysis._rules.figures import UNITS as _UNITS
from analysis._rules.figures import WHOLE_UNITS as _WHOLE_UNITS
from analysis._rules.figures import ZERO as _ZERO
from analysis._rules.labels import RULE_TABLE
from analysis._rules.numerals import AFTER as _QUALIFIER_AFTER
from analysis._rules.time import (
    AVERAGE_COST,
    AVERAGE_STAY,
    BIRTH_FLOW,
    CAPTION_YEAR,
    CONTINUES,
    CUMULATIVE_CUE,
    EVERY_YEAR,
    FROM_NOW,
    LAST_WEEK,
    LAST_WEEK_DATED,
    LATER_OF_PAIR,
    NEW_TOPIC,
    NOW,
    NOW_VALUE,
    ONE_YEAR,
    PLANNED_FROM,
    RECENT_WINDOW,
    REPORT_TITLE,
    RULE_PARAMETER,
    SAME_TIME,
    TO_LATER,
    TOPIC_SENTENCE,
)
from analysis.entities import LOOKBACK, EntityFinder, entity_type
from analysis.folding import to_simplified
from analysis.frames import to_frame
from analysis.links import link_rows, within
from analysis.meaning import (
    AGED_AS_WRITTEN,
    aged_group,
    first_phrase,
    fullest_population,
    last_phrase,
    metric_of,
    names_group,
    names_scheme_use,
    names_unnamed,
    names_whole_rate,
    own_clause_group,
    past_period,
    planned_period,
    population_of,
    scheme_holders,
    signed,
    status_of,
    with_shared_head,
)
from analysis.numbers import NumberMatch, hundredths_after, iter_numbers
from analysis.periods import (
    NO_PERIOD,
    Period,
    at_opening,
    between_levels,
    dated_from,
    earlier_value,
    first_openings,
    first_period,
    headline_periods,
    last_time_words,
    needs_year,
    period_of,
    restates,
    since_opening,
    since_to,
    year_before,
    year_to,
)
from analysis.problems import Problem, report
from analysis.regions import place_pattern
from analysis.schema import METRIC_SCHEMA
from analysis.tables import Cell, Tables

_FIGURE_KINDS = frozenset({"quantity", "percent", "per_mille", "fraction", "per_base"})
_STOPS = re.compile(r"[。！？!?；;\n]")  # what ends a sentence (；too) or a line
_FULL_STOP = re.compile(r"[。！？!?；;]")
_CLAUSE_END = "；;"  # ends a sentence but is no full stop: a period runs on across it
_CLAUSE_BREAKS = "，,、：:（("
_CLAUSE_BREAK = re.compile(f"[{_CLAUSE_BREAKS}]")
_QUOTE_LIMIT = 200
# No health-care figure is larger (10^15: a thousand 万亿 yuan); a larger "figure" is a misreading
# (a 30-digit code, 150 followed by 102 groups of ,000) and is left out with a note.
MAX_VALUE = 1e15
# Characters of a figure's sentence either side of it that its context (rules, entity, period,
# quote) looks at: a run-on "sentence" of a scraped page (no full stop in a megabyte) then costs
# each figure no more than a long sentence of the press does.
_SENTENCE_REACH = 300
_RIGHT_REACH = 14
# … and the reach of the words after it that name its group (3400名居于横琴粤澳深度合作区的澳门居民)
_GROUP_REACH = 24
_ZERO_RATE = re.compile(rf"([\u4e00-\u9fff]{{0,10}}?{_ZERO[0]}){_ZERO[1:]}")
# The same without its label: one fast scan that rules out nearly every text (the lazy label
# makes _ZERO_RATE try ten characters at each position).
_ZERO_ANCHOR = re.compile(_ZERO)
_NOT_A_FIGURE_AFTER = re.compile(NOT_A_FIGURE_AFTER)
_AGE_CRITERION_AFTER = re.compile(AGE_CRITERION_AFTER)
_AGE_RANGE_AFTER = re.compile(_figure_rules.AGE_RANGE_AFTER)
_EXPERIENCE_AFTER = re.compile(_figure_rules.EXPERIENCE_AFTER)
_WITHIN_RATE_AFTER = re.compile(_figure_rules.WITHIN_RATE_AFTER)
_QUOTED_NAME = re.compile(_figure_rules.QUOTED_NAME)
_PHONE_GROUPS = re.compile(_figure_rules.PHONE_GROUPS)
_PHONE_CUE = re.compile(_figure_rules.PHONE_CUE)
_PHONE_EXTENSION = re.compile(_figure_rules.PHONE_EXTENSION)
_COUNTERLESS = re.compile("|".join(_figure_rules.COUNTERLESS_NOUNS))
_SPENT = re.compile(_labels.SPENT_BEFORE)
_LISTED_YEARS = re.compile(_figure_rules.LISTED_YEARS)
_ITEM_MARKS = ("、", "及", "和", "与", "以及")
_MAX_LISTED_YEARS = 12
_COMPARISON_MARKS = ("比", "较", "較", "与", "與")  # before a baseline's time (比上周)
_TABLE_INTRO_ENDS = ("：", ":")  # a paragraph introducing the table under it (…如下：)
_ITEM_OPENING = re.compile(_figure_rules.ITEM_OPENING)
_ITEM_YEAR = re.compile(_figure_rules.ITEM_YEAR)
_SINCE = re.compile(SINCE)
_RECENT_WINDOW = re.compile(RECENT_WINDOW)
_YEAR_SLASH_BEFORE = re.compile(_figure_rules.YEAR_SLASH_BEFORE)
_EVENT_YEAR = re.compile(_figure_rules.EVENT_YEAR)
_URL_BEFORE = re.compile(_figure_rules.URL_BEFORE)
_CHANGE_OF_SUM = re.compile(_labels.CHANGE_OF_SUM)
_READ_TIME_BEFORE = re.compile(_figure_rules.READ_TIME_BEFORE)
_LISTED_PLACES_BEFORE = re.compile(_figure_rules.LISTED_PLACES_BEFORE)
_NAMED_SET_AFTER = re.compile(_figure_rules.NAMED_SET_AFTER)
_NEXT_CELL = re.compile(r"[ \t]*[|｜][ \t]*")
# a short alternative in brackets right before a figure (社区卫生服务中心（站）129个): no noun of its own
_BRACKETED_ALTERNATIVE = re.compile(r"[（(][\u4e00-\u9fff]{1,3}[）)]")
_RATE_CRITERION_AFTER = re.compile(_figure_rules.RATE_CRITERION_AFTER)
_PLAN_PLACES_AFTER = re.compile(_figure_rules.PLAN_PLACES_AFTER)
_UNDER_SHARE_BEFORE = re.compile(_figure_rules.UNDER_SHARE_BEFORE)
_GRADE_AFTER = re.compile(_figure_rules.GRADE_AFTER)
_REPORTER_DAY_AFTER = re.compile(_figure_rules.REPORTER_DAY_AFTER)
_URL_MARKS = frozenset("/=._-?&#")  # what a number in an address stands right after
_LISTED_COUNT_BEFORE = re.compile(_figure_rules.LISTED_COUNT_BEFORE)
_LISTED_COUNT_AFTER = re.compile(_figure_rules.LISTED_COUNT_AFTER)
_ACCESS_PROMISE_AFTER = re.compile(_figure_rules.ACCESS_PROMISE_AFTER)
_CHANGE_THEN_LEVEL = re.compile("(?:" + "|".join(map(re.escape, map(to_simplified, _cues.CHANGE + _cues.RATE_OF_CHANGE)))
                                + ")了?" + _cues.CHANGE_QUALIFIERS + "$")
_TABLE_UNIT = re.compile(_cues.TABLE_UNIT)
_CAPTION_YEAR = re.compile(CAPTION_YEAR)
_CAPTION_UNIT = re.compile(_cues.CAPTION_UNIT)
_CUMULATIVE_CUE = re.compile(CUMULATIVE_CUE)
_PHASE_AFTER = re.compile(PHASE_AFTER)
_RANKING = re.compile(_figure_rules.RANKING)
_SPAN_THEN_COUNT = re.compile(_SPAN_THEN_COUNT_WORDS)
_SPEECH = re.compile(r"[“「][^”」]{0,600}[”」]")
_BODY_FIRST_PERSON = re.compile(_labels.BODY_FIRST_PERSON)
_EVERY = re.compile(EVERY)
# "Now" (目前, 现时): a figure after it is of the day it is read, not of a period stated before.
_NOW = re.compile(NOW)
_NOW_VALUE = re.compile(NOW_VALUE)  # 由現時的8間: now, no period
# A change over the year up to its point (截至3月底…一年增加约9,000人，增长5.6%).
_ONE_YEAR = re.compile(ONE_YEAR)
# A report whose title names its period: its figures stated with no time are of that period.
_REPORT_TITLE = re.compile(REPORT_TITLE)
# A paragraph that goes on from the one before: the period it left standing stands in it too.
_CONTINUES = re.compile(CONTINUES)
_NEW_TOPIC = re.compile(NEW_TOPIC)
_TOPIC_SENTENCE = re.compile(TOPIC_SENTENCE)  # …。医保方面，…: a period carried stops  # “港澳药械通”方面，…: a paragraph on a topic of its own
# Figures of a person, a case or a day (人均费用, 日均门诊量): no period carried over to them
# from other sentences.
_UNCARRIED = frozenset({"unit_cost", "daily_visits", "duration"})
_LAST_WEEK = re.compile(LAST_WEEK)
_LAST_WEEK_DATED = re.compile(LAST_WEEK_DATED)
_AVERAGE_COST = re.compile(AVERAGE_COST)  # … but an average cost is carried (人均费用312元)
_AVERAGE_STAY = re.compile(AVERAGE_STAY)  # … and an average stay (平均住院日为7.6天)
# A term of a rule (按75%赔付, 赔付上限为150万元): no period carried or reported to it.
_RULE_PARAMETER = re.compile(RULE_PARAMETER)
_PARAMETER_METRICS = frozenset({"rate", "unit_cost"})
_BIRTH_FLOW = re.compile(BIRTH_FLOW)
# Ratios (报销比例, 死亡率), their changes in points, durations and counts of a day: not
# counted up since a start, so a cumulative period (自…以来, 今年以来) does not date them.
_UNACCUMULATED = frozenset({"rate", "mortality_rate", "duration", "daily_visits"})
_RATE_AT_END = frozenset({"rate"})  # … of them, what a running total's end dates (接种率达41.3%)
_SCHEME_RATIO = re.compile(_labels.SCHEME_RATIO)
_RECKONED_ON = re.compile(f"按({'|'.join(_cues.PER_HEAD_BASE)})计算"
                          f"(?P<below>{'|'.join(map(re.escape, _cues.SAME_BELOW))})?")
# Figures that count no group (places, things, staff): none carried over to them.
_NO_GROUP = _cues.NO_POPULATION | _cues.PROFESSIONAL_METRICS
# … nor the scheme's holders: a rate of its processing (结算退单率) is of its transactions
_NO_SCHEME_GROUP = _NO_GROUP | {"rate"}
# Levels of a stock, which a yearly report counts at the year's end (a point, not the year).
_HEAD_LINE = 60  # a headline is at most this long
# Counts of a period (visits, admissions, cases): a year's end carried to them stands for its year.
_FLOWS = frozenset({"patient_visits", "admissions", "procedures", "cases", "vaccinations",
                    "patients"})
# … and what is counted or averaged over a time (money paid, visits a day): at a year's end
# carried to them, of the year (截至2024年12月31日。…平均每日約4,890人次: of 2024)
_YEAR_FLOWS = _FLOWS | {"daily_visits", "amount", "unit_cost"}
# Flows and spending stated at a past point after a since-clause (自二○二○年五月推出以來…。截至六月底，
# …支付的資助款項約2.45億港元): counted from that start, as a total (累計) is.
_SINCE_FLOWS = _FLOWS | {"amount", "unit_cost"}
_STOCKS = frozenset({"institutions", "facilities", "beds", "planned_beds", "dental_chairs",
                     "staff", "doctors", "nurses", "beds_per_1k", "doctors_per_1k",
                     "nurses_per_1k", "population", "insurance_enrolment", "pension_recipients"})
# Months of one year (上半年, 1-6月: 2023-01/2023-06), where a stock's level is at their end, a
# stock totalled up (累计建成医院82家) too; not months of several years (2023-01/2025-03).
_MONTH_RANGE = re.compile(r"(\d{4})-\d\d/\1-\d\d")
_AFTER_END = re.compile(r"[，,、；;。！？!?：:\n]|(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")  # (a headline's phrases stand apart)


@dataclass(frozen=True)
class Rule:
    """Label a figure ``metric`` when its kind, unit and context all fit.

    ``noun`` is the counted noun right after the figure or, when none follows it, a word of its
    clause before it; ``before`` is searched in its clause before it; ``lead`` in its sentence
    before it; ``sentence`` anywhere in its sentence; ``after`` in the words after it.
    """

    metric: str
    kinds: frozenset[str] = frozenset({"quantity"})
    units: frozenset[str | None] | None = None
    noun: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    lead: re.Pattern[str] | None = None
    sentence: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None


def _rule(metric: str, kinds: Iterable[str] = ("quantity",), units: Iterable[str | None] | None
          = None, noun: str | None = None, before: str | None = None, lead: str | None = None,
          sentence: str | None = None, after: str | None = None) -> Rule:
    def compile_(pattern: str | None) -> re.Pattern[str] | None:
        return re.compile(pattern) if pattern else None

    return Rule(metric, frozenset(kinds), frozenset(units) if units is not None else None,
                compile_(noun), compile_(before), compile_(lead), compile_(sentence),
                compile_(after))


RULES: tuple[Rule, ...] = tuple(_rule(**row) for row in RULE_TABLE)
# the rules that read only a figure's kind and unit (what is counted in 例 is a case): a change
# they label after a level of its unit in its sentence takes the level's metric
_FALLBACKS = frozenset(rule for rule in RULES if rule.noun is None and rule.before is None
                       and rule.lead is None and rule.sentence is None and rule.after is None)
_AFTER_CUT = re.compile(_labels.AFTER_CUT)
_RELATIVE_AFTER = re.compile(_labels.RELATIVE_AFTER)
_COMPOUND_MODIFIERS = re.compile(_labels.COMPOUND_MODIFIERS)


class _Context(NamedTuple):
    """The words around one number: its sentence, clause, the words after it; ``wide`` is the
    clause back to the last comma or colon (brackets and 、 kept), ``label`` what the rules read
    as the words before it (an enumeration's own item), folded to simplified characters."""

    sentence: str
    lead: str
    before: str
    after: str
    wide: str = ""
    label: str | None = None


def _comma_before(text: str, offset: int) -> int:
    """The offset of the last ASCII comma before ``offset`` that is no digit group mark
    (6,500), or -1."""
    cut = text.rfind(",", 0, offset)
    while cut > 0 and text[cut - 1:cut].isdigit() and text[cut + 1:cut + 2].isdigit():
        cut = text.rfind(",", 0, cut)
    return cut


def _clause_before(sentence_text: str, offset: int) -> str:
    """The words of a sentence before ``offset``, back to the last comma-like break."""
    find = sentence_text.rfind
    comma = find(",", 0, offset)
    if comma > 0 and sentence_text[comma - 1:comma].isdigit():
        comma = _comma_before(sentence_text, offset)
    cut = max(find("，", 0, offset), comma, find("、", 0, offset),
              find("：", 0, offset), find(":", 0, offset), find("（", 0, offset),
              find("(", 0, offset))  # the marks of _CLAUSE_BREAKS; -1: none
    if cut > 0 and sentence_text[cut] in "（(" and _BRACKETED_ALTERNATIVE.fullmatch(
            sentence_text, cut, offset):
        return _clause_before(sentence_text, cut)  # 社区卫生服务中心（站）129个: counted as the centres are
    return sentence_text[cut + 1:offset]


def _head_noun(after: str, nouns: re.Pattern[str]) -> str | None:
    """The counted noun right after a figure: the first of ``nouns`` in the words after it
    (up to a space or digit), through the nouns that follow it at once, after 及/和 or after
    modifiers of a compound (2个香港长者专科门诊 -> 门诊; 五间医生及护士诊室 -> 诊室; 5个港澳居民
    健康服务站 -> 站); None when a conjunction follows the figure (护士11名及…)."""
    if not after or after[0] in _labels.CONJUNCTIONS:
        return None
    head = None
    relative = _RELATIVE_AFTER.match(after)  # 17间|设有急症室的|公立医院: the noun after its 的
    cut = _AFTER_CUT.search(after, relative.end() if relative else 0)
    for noun in nouns.finditer(after, relative.end() if relative else 0,
                               cut.start() if cut else len(after)):
        if head is not None and noun.start() != head.end() and not (
                noun.start() == head.end() + 1 and after[head.end()] in _labels.CONJUNCTIONS) \
                and not _COMPOUND_MODIFIERS.fullmatch(after, head.end(), noun.start()) \
                and not (after.startswith(_labels.DISEASE_END, noun.start()) and _COMPOUND_MODIFIERS
                         .fullmatch(after, head.end(), noun.start() + len(_labels.DISEASE_END))):
            break  # (居民糖尿病患者: the disease's 病 read into 病患)
        head = noun
    return head.group() if head else None


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text``."""
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def _last_noun(before: str, nouns: re.Pattern[str]) -> str | None:
    """The last of ``nouns`` in the words before a figure (医生人数由350名增至 -> 医生)."""
    head = None
    for head in nouns.finditer(before):
        pass
    return head.group() if head else None


@lru_cache(maxsize=256)
def _nouns_for(kind: str, unit: str | None) -> re.Pattern[str] | None:
    """Every counted noun of the rules for a figure of this kind and unit, longest first (a
    noun's head is the longest word at its place: 医疗人员, not 人员)."""
    words = {word for rule in _rules_for(kind, unit) if rule.noun is not None
             for word in rule.noun.pattern.split("|")}
    return re.compile(_by_first_character(words)) if words else None


def _by_first_character(words: Iterable[str]) -> str:
    """An alternation of words grouped by their first character, longest first in each group
    (医(?:疗人员|生|师)|护(?:理人员|士)…): the regex engine then tries at each position only the
    words that start there, not all of them."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        rests.sort(key=len, reverse=True)
        parts.append(first + (f"(?:{'|'.join(rests)})" if rests != [""] else ""))
    return "|".join(parts)


@lru_cache(maxsize=256)
def _rules_for(kind: str, unit: str | None) -> tuple[Rule, ...]:
    """The rules, in order, whose kinds and units admit a figure of this kind and unit."""
    return tuple(rule for rule in RULES
                 if kind in rule.kinds and (rule.units is None or unit in rule.units))


def classify(number: NumberMatch, ctx: _Context, text: str | None = None,
             seen: dict[int, bool] | None = None, lead_noun: bool = False) -> Rule | None:
    """The first rule that fits a figure, or None (the figure is ``other``). With the whole
    ``text`` and a ``seen`` dict kept for it, a rule whose sentence words the text lacks is
    ruled out once for all its figures. ``lead_noun``: a figure whose clause names no counted
    noun takes the last one of its sentence (人数分别为187名及96名)."""
    before = ctx.before if ctx.label is None else ctx.label
    head: str | None | bool = False  # not looked for yet: most figures need no noun
    kind, unit = number.kind, _base_unit(number.unit)
    for rule in _rules_for(kind, unit):
        if rule.noun is not None:
            if head is False:
                nouns = _nouns_for(kind, unit)
                head = _head_noun(ctx.after, nouns) or _last_noun(before, nouns)
                if head is None and (lead_noun or kind in _labels.SENTENCE_NOUN_KINDS):
                    head = _last_noun(ctx.lead, nouns)
            if head is None or rule.noun.fullmatch(head) is None:
                continue  # the rule's noun is not the counted noun of the figure
        if rule.before is not None and not rule.before.search(before):
            continue
        if rule.lead is not None and not rule.lead.search(ctx.lead):
            continue
        if rule.sentence is not None:
            if seen is not None:
                anywhere = seen.get(id(rule))
                if anywhere is None:
                    anywhere = seen[id(rule)] = rule.sentence.search(text) is not None
                if not anywhere:
                    continue
            if not rule.sentence.search(ctx.sentence):
                continue
        if rule.after is not None and not rule.after.search(ctx.after):
            continue
        return rule
    return None


def _base_unit(unit: str | None) -> str | None:
    """The counter without a multiplier: 万人次 -> 人次 (the value is already normalised)."""
    if unit and len(unit) > 1 and unit[0] in "万亿千百" and unit not in _WHOLE_UNITS:
        return unit[1:]
    return unit


def _is_figure(number: NumberMatch, text: str) -> bool:
    """False for numbers that are not figures: dates, ages, anniversaries, rankings, question
    numbers, spans of time (首八个月), phases (二期工程), days in brackets (今（8）日) (``text`` folded to simplified: 75週年, 第十屆, 十五題 too)."""
    if number.kind not in _FIGURE_KINDS:
        return False
    if number.unit in ("岁", "周年", "载"):
        return False
    after = _NOT_A_FIGURE_AFTER.match(text, number.end)
    if after and not (number.unit and after.group() == "大") \
            and not (number.unit and _PLAN_PLACES_AFTER.match(text, number.end)):
        # 十大 is a ranking, 13个大湾区… not; 三年行动计划 a name, 2,900个计划宿位 places
        return False
    if number.unit in _TIME_UNITS and (_SINCE.match(text, number.end) or text[
            max(0, number.start - 2):number.start].endswith(_PERIOD_SPAN_BEFORE)):
        return False  # 72年来, 首八个月: the span a figure is of
    if number.unit in _TIME_UNITS:
        criterion = _AGE_CRITERION_AFTER.match(text, number.end) or _EXPERIENCE_AFTER.match(
            text, number.end)
        if criterion and (number.qualifier in ("at_least", "at_most")
                          or criterion.group().startswith(("或", "及", "以"))):
            return False  # 6个月以上未接种人士, 5年以上临床经验: an age or a span as a criterion
        if _AGE_RANGE_AFTER.match(text, number.end) or text[
                max(0, number.start - _figure_rules.GESTATION_REACH):number.start].endswith(
                _figure_rules.GESTATION_BEFORE):
            return False  # 6个月至未满2岁, 怀孕12周前: whom care is for
    if number.unit in _DURATION_UNITS and _WITHIN_RATE_AFTER.match(
            text, number.end - 1 if text.endswith("以内", 0, number.end) else number.end):
        return False  # 在30分钟内获处理的比率: the threshold in a rate's name
    if text[number.start - 1:number.start] in _figure_rules.QUOTE_OPENS and number.start \
            and _QUOTED_NAME.match(text, number.end):
        return False  # “15分钟健康服务圈”: a slogan
    if number.unit == "年" and (window := _RECENT_WINDOW.search(
            text, max(0, number.start - 2), number.end + 1)) and window.end() == number.end:
        return False  # 近五年，…: the years up to publication (a period), not a duration
    if number.unit is None and number.end - number.start <= 2 and (text[
            text.rfind("\n", 0, number.start) + 1:number.start].strip().lstrip("#").lstrip()
            in _figure_rules.CAPTION_BEFORE  # (## 表1：…: a Markdown heading's caption too)
            or text.endswith(_figure_rules.CAPTION_REFERENCE, 0, number.start)):
        return False  # 表1　主要指标, 见表12: a caption's number
    if number.unit is None and (_CAPTION_GLUED.match(text, number.start)
                                or _EMERGENCY_NUMBER.match(text, number.start)):
        return False  # 情况表3　2025年, 表21-1: a caption's number; 市120急救指挥中心: a service's
    if number.kind == "percent" and _RATE_THRESHOLD_BEFORE.search(
            text, max(0, number.start - 24), number.start):
        return False  # 有11間的內科病床佔用率超過100%: the threshold the count is of
    if number.kind == "percent" and number.qualifier in ("at_least", "at_most") \
            and _RATE_CRITERION_AFTER.match(text, number.end):
        return False  # 住用率超过100%的医院: the places a rate picks out
    if number.kind in ("percent", "per_base") and _BAR_AFTER.match(text, number.end):
        return False  # 仍高於5%的警戒水平, 低于5/10万的控制目标: the bar a rate is measured against
    if number.unit in _DURATION_UNITS and _READ_TIME_BEFORE.search(
            text, max(0, number.start - 10), number.start):
        return False  # 阅读约6分钟: a page's reading time
    if number.start and text[number.start - 1] in _URL_MARKS and _URL_BEFORE.search(
            text, max(0, number.start - _figure_rules.URL_REACH), number.start):
        return False  # https://…/2025/1118.html, ](/sz/ms/1118): a link's address
    if number.unit in _DURATION_UNITS and _WITHIN_SHARE_AFTER.match(text, number.end) \
            and _SHARE_BEFORE.search(text, max(0, number.start - 14), number.start):
        return False  # 92.3%的召唤在12分钟内到场: the threshold of a share
    if number.unit in _figure_rules.LISTED_COUNT_UNITS and not any(c.isdigit() for c in number.text) \
            and (_LISTED_COUNT_BEFORE.search(text, max(0, number.start - 26), number.start)
                 or _LISTED_COUNT_AFTER.match(text, number.end)):
        return False  # A、B两家医院合计…, 最多的五家医院依次为: a list's size
    if number.unit in _figure_rules.LISTED_PLACE_UNITS and not any(c.isdigit() for c in number.text) \
            and _LISTED_PLACES_BEFORE.search(text, max(0, number.start - 12), number.start):
        return False  # 深圳、珠海、广州三市: the list's size
    if number.unit == "市" and not any(c.isdigit() for c in number.text) \
            and _NAMED_SET_AFTER.match(text, number.end):
        return False  # 四市设立…, 内地九市2026年度: the set's name
    if number.unit in _DURATION_UNITS and _UNDER_SHARE_BEFORE.search(
            text, max(0, number.start - 22), number.start):
        return False  # 约六成求诊者的轮候时间少于30分钟: the threshold of a share
    if text[number.start - 1:number.start] in _figure_rules.GRADE_BEFORE and number.start \
            and _GRADE_AFTER.match(text, number.end):
        return False  # 初二年级: a school grade
    if number.unit is None and text.endswith(_figure_rules.REPORTER_DAY_BEFORE, 0, number.start) \
            and _REPORTER_DAY_AFTER.match(text, number.end):
        return False  # 记者2日从…获悉: a dateline's day
    if number.unit in _DURATION_UNITS and _ACCESS_PROMISE_AFTER.match(text, number.end):
        return False  # 让群众在15分钟内就能找到家庭医生: a promise of access
    if number.unit == "年" and text.endswith(_figure_rules.TERM_LIMIT_BEFORE, 0, number.start) \
            and _TERM_OF_RULE.search(text, max(0, number.start - _figure_rules.TERM_REACH), number.start):
        return False  # 以有限度注册在公院工作最长三年: a term of a rule
    if number.unit in _TIME_UNITS and text.endswith(_figure_rules.FUTURE_BEFORE, 0, number.start):
        return False  # 未来三年将合办…: a window to come
    if number.unit is None and _EVENT_YEAR.match(text, number.start) and number.end - number.start == 4:
        return False  # 香港花卉展覽2026: an event's year
    if number.unit == "年" and _YEAR_SLASH_BEFORE.search(text, max(0, number.start - 6), number.start):
        return False  # 2026/27年冬季: a season's second year
    if number.unit in _DURATION_UNITS and text.startswith("的", number.end) and text.endswith(
            _figure_rules.DURATION_THRESHOLD_BEFORE, 0, number.start):
        return False  # 輪候超過2小時的個案: a criterion
    if number.unit == PHASE and _PHASE_AFTER.match(text, number.end):
        return False  # 二期工程: a phase
    if text.startswith(BRACKETED_DAY_AFTER, number.end) and \
            text[max(0, number.start - 2):number.start] in BRACKETED_DAY_BEFORE:
        return False  # 今（8）日: a date
    return text[max(0, number.start - 1):number.start] not in ("第", "前", "每")


def _item_marker(number: NumberMatch, folded: str) -> bool:
    """Whether a number is an item marker of a list (附件：1.…, 2.“跨境通办”, 3、…, (1) 床位): a
    bare small number opening a line or an item, its mark right after it; or a dotted marker
    glued to a year (1.2024年…). Furniture, never a figure."""
    if number.unit is None:
        if number.value > ITEM_MAX or len(number.text) > 2 or folded[number.end:number.end + 1] \
                not in ITEM_MARKS or folded[number.end + 1:number.end + 2] in ITEM_NOT_AFTER_MARK:
            return False
    elif number.unit != "年" or _ITEM_YEAR.fullmatch(folded, number.start, number.end) is None:
        return False
    return _ITEM_OPENING.search(folded, max(0, number.start - ITEM_REACH), number.start) is not None


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_CAPTION_GLUED = _compile(_figure_rules.CAPTION_GLUED)
_EMERGENCY_NUMBER = _compile(_figure_rules.EMERGENCY_NUMBER)
_WITHIN_SHARE_AFTER = _compile(_figure_rules.WITHIN_SHARE_AFTER)
_SHARE_BEFORE = _compile(_figure_rules.SHARE_BEFORE)
_RATE_THRESHOLD_BEFORE = _compile(_figure_rules.RATE_THRESHOLD_BEFORE)
_BAR_AFTER = _compile(_figure_rules.BAR_AFTER)
_PER_HEAD_BASE = _compile(_labels.PER_HEAD_BASE)
_PER_BIRTHS = _compile(_labels.PER_BIRTHS)
_BASELINE_OF_RATE = _compile(_labels.BASELINE_OF_RATE)
_PLANNED = _compile(_labels.PLANNED)
_FORMER_LEVEL = _compile(_labels.FORMER_LEVEL)
_BASE_CARRIED_ITEM = _compile(_labels.BASE_CARRIED_ITEM)
_BASE_TOPIC = _compile(_labels.BASE_TOPIC)
_BASE_TOPIC_ITEM = _compile(_labels.BASE_TOPIC_ITEM)
_CHANGE_OF_RATE = _compile(_labels.CHANGE_OF_RATE)
_CONVERTED = _compile(_labels.CONVERTED)
_LAST_YEAR_SAME_TIME = "去年" + SAME_TIME
_LAST_YEAR_SAME_TIME_OF = (_LAST_YEAR_SAME_TIME, _LAST_YEAR_SAME_TIME + "的")  # (较去年同期的|1.52万人次)
_CONVERTED_BRACKET = _compile(_labels.CONVERTED_BRACKET)
_COMPARED_MONEY = _compile(_labels.COMPARED_MONEY)
_COMPARED_BASE = _compile(_labels.COMPARED_BASE)
_SECTION_HEADING = re.compile(_cues.SECTION_HEADING)
_UNPLANNED_FORMS = {planned: level for level, planned in _labels.PLANNED_FORMS.items()}


def _plan_start(before: str, text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is the earlier value of a before -> after pair, 'now',
    former or not (由4.6张提高至, 由现时的600张增至, 由原来的650张扩大到): in a plan, the level it
    starts from."""
    if earlier_value(before, text, end):
        return True
    now = _NOW_VALUE.search(before) or _FORMER_LEVEL.search(before)  # 由原来的650张扩大到
    return now is not None and earlier_value(before[:now.start()], text, end)


def _plan_sections(text: str) -> list[tuple[int, int]]:
    """The spans of a text's sections of targets or tasks: from a numbered heading that names
    them (二、主要目标) to the next numbered heading (none when the text has no such heading)."""
    if "、" not in text and "．" not in text:
        return []  # the usual case
    spans: list[tuple[int, int]] = []
    start = None
    for heading in _SECTION_HEADING.finditer(text):
        if start is not None:
            spans.append((start, heading.start()))
            start = None
        words = heading.group(1)
        if any(w in words for w in _cues.PLAN_SECTIONS) and \
                not any(w in words for w in _cues.NOT_PLAN_SECTIONS):
            start = heading.end()
    if start is not None:
        spans.append((start, len(text)))
    return spans
_MONEY = frozenset(_labels.MONEY)
_PER_HEAD_UNITS = frozenset(_labels.BASE_UNITS.values())
_TENTHS = _compile(_labels.TENTHS)
_TENTH_BRIDGE = _compile(_labels.TENTH_BRIDGE)
_DOUBLE = _compile(_labels.DOUBLE)
_TIMES_GROWTH = _compile(_labels.TIMES_GROWTH)
_STOCK_CHANGE = _compile(_labels.STOCK_CHANGE)
_SHARED_UNIT_AFTER = _compile(_labels.SHARED_UNIT_AFTER)
_RATIO_BASELINE = _compile(_labels.RATIO_BASELINE)
_YEAR_LABEL = _compile(_labels.YEAR_LABEL)
_YEAR_GLUED = _compile(_labels.YEAR_GLUED)
_SEASON_AFTER = _compile(_labels.SEASON_AFTER)
_PRIVATE_AFTER = _compile(_labels.PRIVATE_AFTER)
_PRIVATE_BEFORE = _compile(_labels.PRIVATE_BEFORE)
_PRIVATE_UNQUOTED = _compile(_labels.PRIVATE_UNQUOTED)
_PRIVATE_GOES_ON = _compile(_labels.PRIVATE_GOES_ON)
_PRIVATE_NAMED = _compile(_labels.PRIVATE_NAMED)
_DURATION_UNITS = frozenset(_labels.DURATION_UNITS)
_TERM_OF_RULE = re.compile(_figure_rules.TERM_OF_RULE)
_MONEY_THRESHOLD_AFTER = _compile(_labels.MONEY_THRESHOLD_AFTER)
_MONEY_THRESHOLD_BEFORE = _compile(_labels.MONEY_THRESHOLD_BEFORE)
_MONEY_THRESHOLD_REACHED = _compile(_labels.MONEY_THRESHOLD_REACHED)
_MONEY_THRESHOLD_OVER = _compile(_labels.MONEY_THRESHOLD_OVER)
_RANGE_JOINS = "至到-~－～"
_BARE_RANGE_LOW = 100  # a bare number this large before 至 and an amount in 万 is its range's low end
_MULTIPLIED = re.compile("[万萬亿億千]")
_RANGE_JOIN = re.compile(f"[{re.escape(_RANGE_JOINS)}]")
_FURNITURE_AFTER = _compile(_labels.FURNITURE_AFTER)
_HOTLINE_AFTER = _compile(_labels.HOTLINE_AFTER)
_FURNITURE_COUNTED = _labels.FURNITURE_UNITS | _labels.HOTLINE_UNITS  # units _furniture looks at
_WEATHER_AFTER = _compile(_labels.WEATHER_AFTER)
_FURNITURE_LABEL = _compile(_labels.FURNITURE_LABEL)
_STOCK_LINE = _compile(_labels.STOCK_LINE)
_ENUMERATION = _compile(_labels.ENUMERATION)
_ENUMERATION_ITEMS = _compile(_labels.ENUMERATION_ITEMS)
_ENUMERATION_VALUES = _compile(_labels.ENUMERATION_VALUES)
_LIST_HEAD = _compile(_labels.LIST_HEAD)
_PLACES = place_pattern()  # the mainland cities and districts of the gazetteer
_LIST_NOUNS = _compile(_labels.LIST_NOUNS)
_LIST_NOUN_END = _compile(f"(?:{_labels.LIST_NOUNS})$")
_BREAKDOWN = _compile(_labels.BREAKDOWN)
_BREAKDOWN_CLAUSE = _compile(_labels.BREAKDOWN_CLAUSE)
_CHANGE_END = _compile(_labels.CHANGE_END)
_BARE_TIME_LEVEL = _compile(_labels.BARE_TIME_LEVEL)
_CHANGE_ENDS = frozenset("加少增长降高了约近超逾达")  # the last characters _CHANGE_END can end with
_LIFE = _compile(_labels.LIFE)
_GROUP_AGE = _compile(_labels.GROUP_AGE)
_PAIR_REACH = _compile(_labels.PAIR_REACH)
_NOW_OPEN = _compile(_labels.NOW_OPEN)
_VISITS_COUNTER_AFTER = _compile(_labels.VISITS_COUNTER_AFTER)
_PAIR_RATIOS = frozenset(_labels.PAIR_RATIOS)
_PAIR_MONEY = frozenset(_labels.PAIR_MONEY)
_RATIO_KIN_REACH = _compile(_labels.RATIO_KIN_REACH)
_REPAIRABLE = frozenset({"quantity", "percent", "per_mille", "fraction"})  # kinds of figures
# the characters after a number that call for a repair: one set lookup for most numbers
_TRIGGERS = frozenset("℃° ○度")


def _not_a_number(n: NumberMatch, folded: str, following: str) -> bool:
    """Year labels numbers reads as figures: 二○二三年 (a white circle for 〇), 2022-23年度 (a
    fiscal year), 2023横琴…交流会 (a year glued to a name)."""
    if following == "○" or folded[n.start - 1:n.start] == "○":
        return True
    if n.unit == "年" and following == "度":
        return True
    if n.unit is not None or n.kind != "quantity":
        return False
    if _YEAR_LABEL.fullmatch(n.text) is not None and (
            _YEAR_GLUED.match(folded, n.end) or _season(n.text, _SEASON_AFTER.match(folded, n.end))):
        return True  # 2025/26季节性…: a season's first year
    return n.text.isdigit() and len(n.text) in (2, 4) and n.start >= 5 \
        and folded[n.start - 1] in _labels.SEASON_JOIN \
        and _YEAR_LABEL.fullmatch(folded, n.start - 5, n.start - 1) is not None \
        and _season(folded[n.start - 5:n.start - 1], _SEASON_AFTER.match(folded, n.start - 1))


def _season(year: str, after: re.Match[str] | None) -> bool:
    """Whether ``after`` (the /YY of a YEAR/YY before a name) names the year after ``year``."""
    return after is not None and int(after.group(1)) % 100 == (int(year) + 1) % 100


def _repaired(n: NumberMatch, folded: str) -> list[NumberMatch]:
    """One number as a figure reads it: the currency as the table names it (港币 -> 港元), days
    with a decimal (平均住院日为7.4日: no date), and no temperatures or year labels."""
    following = folded[n.end:n.end + 1]
    if _not_a_number(n, folded, following):
        return []
    if following in _TRIGGERS and _WEATHER_AFTER.match(folded, n.end):
        return []
    if n.kind == "fraction" and n.text[:1] in "十万1" and (base := next(
            (b for w, b in _labels.BASE_FRACTIONS.items() if folded.startswith(w, n.start)), None)):
        n = replace(n, kind="per_base", unit=base[0], value=round(n.value * base[1], 9))  # 十万分之九点五
    elif n.unit in _labels.CURRENCIES:
        n = replace(n, unit=_labels.CURRENCIES[n.unit])
    elif n.unit is None and following == _labels.DECIMAL_DAYS and "." in n.text:
        n = replace(n, unit=_labels.DAYS, end=n.end + 1, text=n.text + following)  # 7.4日: 7.4天
    return [n]


def _round_amounts(text: str, folded: str) -> list[NumberMatch]:
    """Tenths and doubles numbers does not read as figures: 近六成为香港居民 (成为 opens a word
    there), 的一成 / 占一成 (a lone 一), 增长一倍 (100 %)."""
    found: list[NumberMatch] = []
    at = folded.find("成")
    while at != -1:
        m = _TENTHS.search(folded, max(0, at - 4), at) \
            if folded[at - 1:at] in _labels.TENTH_VALUES else None  # 完成, 成为: one look
        if m and folded[at + 1:at + 3] != "不变":
            start = m.start() if m.group(1) else m.start(3)
            qualifier = _labels.TENTH_QUALIFIERS.get(m.group(1) or "", "exact")
            if qualifier == "exact" and m.group(3):  # 约占全部受益人的一成: said before 占
                bridge = _TENTH_BRIDGE.search(folded, max(0, at - _labels.TENTH_BRIDGE_REACH),
                                              m.start(3))
                qualifier = _labels.TENTH_QUALIFIERS[bridge.group(1)] if bridge else qualifier
            if qualifier == "exact":  # 增长一成以上: the qualifier after it
                qualifier = _QUALIFIER_AFTER.get(folded[at + 1:at + 3], qualifier)
            end, more = hundredths_after(folded, at + 1)  # 约一成五: 15 %
            found.append(NumberMatch(float(_labels.TENTH_VALUES[m.group(2) or m.group(3)] + more),
                                     None, start, end, text[start:end], "percent", "%", qualifier))
        at = folded.find("成", at + 1)
    if "倍" in folded or "番" in folded:
        for m in _DOUBLE.finditer(folded):
            found.append(NumberMatch(100.0, None, m.start(), m.end(), text[m.start():m.end()],
                                     "percent", "%", _labels.TENTH_QUALIFIERS.get(
                                         m.group(1) or "", "exact")))
    return sorted(found, key=lambda n: n.start)


def _range_of(held: NumberMatch, n: NumberMatch, text: str) -> NumberMatch | None:
    """Two amounts of one unit joined by 至/到/- (人民币150元至300元) as one range, or None; a bare number before an amount with a multiplier takes its unit (约8,000至1.5万元); not a
    change and the level it reached (护士增加27名至612名, 床位增加120张至960张)."""
    bare = held.unit is None and n.unit is not None and held.value >= _BARE_RANGE_LOW \
        and _MULTIPLIED.search(n.text) is not None  # (约8,000至1.5万元: 8,000 元 to 15,000 元)
    if (held.unit is not None and n.unit == held.unit or bare) \
            and n.kind == held.kind == "quantity" and held.value_high is None \
            and n.value_high is None and n.value > held.value \
            and _RANGE_JOIN.fullmatch(text, held.end, n.start) \
            and text[held.start - 1:held.start] not in ("从", "由") \
            and not _CHANGE_THEN_LEVEL.search(to_simplified(text[max(0, held.start - 8):held.start])):
        return replace(held, value_high=n.value, end=n.end, qualifier="range",
                       text=text[held.start:n.end], unit=n.unit)
    return None


def _figures(text: str, folded: str) -> Iterator[NumberMatch]:
    """Every number of a text as figures read it, in text order: ``iter_numbers`` with the
    repairs of ``_repaired`` and ``_range_of``, and the tenths and doubles of ``_round_amounts``."""
    rounds = _round_amounts(text, folded)
    covered = 0  # the end of the last number given: what starts before it is part of it
    held: NumberMatch | None = None  # a number followed by 至/到/-: the next may end its range
    triggers, currencies = _TRIGGERS, _labels.CURRENCIES
    for number in iter_numbers(text):
        start, end = number.start, number.end
        if held is None and not rounds and number.kind not in _REPAIRABLE:
            if start >= covered:  # a date, code or ordinal: given as it is, at once
                covered = end
                yield number
            continue
        if number.kind not in _REPAIRABLE or number.unit is not None \
                and folded[end:end + 1] not in triggers \
                and folded[start - 1:start] != "○" and number.unit not in currencies:
            repaired: Iterable[NumberMatch] = (number,)  # the usual number: nothing to repair
        else:
            repaired = _repaired(number, folded)
        for n in repaired:
            if held is not None:
                joined = _range_of(held, n, text) if n.start - held.end == 1 else None
                if joined is not None:
                    n = joined
                elif held.start >= covered:
                    covered = held.end
                    yield held
                held = None
            if rounds and rounds[0].start < n.start:
                covered = yield from _rounds_before(rounds, n.start, covered)
            if n.start < covered:
                continue
            if text[n.end:n.end + 1] in _RANGE_JOINS and (
                    n.unit is not None or n.kind == "quantity" and n.value >= _BARE_RANGE_LOW):
                held = n  # given with the next number, or on its own when that ends no range
                continue
            covered = n.end
            yield n
    if held is not None and held.start >= covered:
        covered = held.end
        yield held
    if rounds:
        yield from _rounds_before(rounds, len(text) + 1, covered)


def _rounds_before(rounds: list[NumberMatch], position: int,
                   covered: int) -> Generator[NumberMatch, None, int]:
    """Give the round amounts (taken from the front of ``rounds``) that start before
    ``position`` and overlap no number given; return the end of the last one given."""
    while rounds and rounds[0].start < position:
        found = rounds.pop(0)
        if found.start >= covered and found.end <= position:
            yield found
            covered = found.end
    return covered


def _anecdotes(text: str) -> list[tuple[int, int]]:
    """Spans of first-person direct speech (“我…”): personal stories, not figures (a private
    person's words with the words naming them: ``_private_speech``); a body's own first person
    (“我们共有宿位480个”, 我院) is an official's, its figures kept."""
    if "我" not in text or ("“" not in text and "「" not in text):
        return []  # the usual case, found at string-search speed
    return [(m.start(), m.end()) for m in _SPEECH.finditer(text)
            if "我" in m.group() and "我" in _BODY_FIRST_PERSON.sub("", m.group())]


def _private_speech(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of a private person's quoted words with their attribution (“…走路十分钟就到…”居于
    粉岭的张女士说, 陈伯说：“…”), or told unquoted (罗先生说，以前…来回要4个小时), going on in a
    quotation or as 他说 after (黄伯表示，…。他说自己…每次车程约45分钟), read on ``folded``:
    the times in them are one person's (十分钟, 居住了十多年), no durations of a service; the prices
    a person quotes stay figures. In order of their starts."""
    spans = [(m.start(), m.end()) for m in _PRIVATE_UNQUOTED.finditer(folded)]
    if "他" in folded or "她" in folded:
        spans += [(m.start(), m.end()) for m in _PRIVATE_NAMED.finditer(folded)]
    told = {end for _, end in spans}  # (…表示，其父亲…，「…」: the quotation goes on with their words)
    if "“" in text or "「" in text:
        for m in _SPEECH.finditer(text):
            if after := _PRIVATE_AFTER.match(folded, m.end()):
                spans.append((m.start(), after.end()))
            elif m.start() in told or _PRIVATE_BEFORE.search(
                    folded, max(0, m.start() - _labels.PRIVATE_BEFORE_REACH), m.start()):
                spans.append((m.start(), m.end()))
    if spans and ("他" in folded or "她" in folded):
        for start, end in sorted(spans):
            reach = folded.find("\n", end, end + _labels.PRIVATE_GOES_ON_REACH)
            reach = end + _labels.PRIVATE_GOES_ON_REACH if reach < 0 else reach
            spans += [(m.start(), m.end()) for m in _PRIVATE_GOES_ON.finditer(folded, end, reach)]
    return sorted(spans)


def _quote_span(text: str, sentence: tuple[int, int], number: NumberMatch) -> tuple[int, int]:
    """The sentence of a figure, or for a very long one the clauses around the figure."""
    start, end = sentence
    stripped_start = start + len(text[start:end]) - len(text[start:end].lstrip())
    if end - stripped_start <= _QUOTE_LIMIT:
        return stripped_start, end
    left = max(stripped_start, number.start - _QUOTE_LIMIT // 2)
    right = min(end, number.end + _QUOTE_LIMIT // 2)
    breaks_left = [m.end() for m in _CLAUSE_BREAK.finditer(text, left, number.start)]
    breaks_right = [m.start() for m in _CLAUSE_BREAK.finditer(text, number.end, right)]
    return (breaks_left[0] if breaks_left else left), (breaks_right[-1] if breaks_right else right)


def _normalise(number: NumberMatch) -> tuple[float, float | None, str | None]:
    """Value, high value and unit as the table states them (fractions as percent)."""
    if number.kind == "fraction":
        high = number.value_high * 100 if number.value_high is not None else None
        return number.value * 100, high, "percent"
    if number.kind == "per_base":  # 8.1/10万 (numbers: unit 10万) or 每千人口 (here: per_1k)
        return number.value, number.value_high, _labels.BASE_UNITS.get(number.unit, number.unit)
    unit = number.unit if number.unit in _UNITS else _base_unit(number.unit)  # 百分点 is no 百
    return number.value, number.value_high, _UNITS.get(unit or "", unit)


_COUNTED_IN_PEOPLE = frozenset({"population", "patients", "insurance_enrolment",
                                "insurance_increase", "pension_recipients"})
_COUNTED_BY_NAME = frozenset({"doctors", "nurses", "staff"})
_ENROLMENT_METRICS = frozenset({"insurance_enrolment", "insurance_increase"})
# levels a 其中 breakdown keeps the label of (其中，澳门居民2.51万人 after an enrolment)
_BREAKDOWN_METRICS = frozenset({"insurance_enrolment", "patients", "doctors", "nurses", "staff",
                                "patient_visits", "admissions", "vaccinations", "cases",
                                "pension_recipients"})
_VISITS = frozenset({"patient_visits", "daily_visits", "admissions"})


def _enumerated_item(wide: str) -> tuple[str | None, str | None]:
    """In an enumeration (医师、注册护士分别为4.35人、5.22人) the item of the list a figure
    stands for, with the list's shared head word (婴儿死亡率 -> 死亡率) and the verb after
    分别; or, when the words before 分别 name no list, those words and the verb, which every
    value shares (按年分别增长28%及19%, 管理率分别为78.4%、76.9%): (item, None) or
    (None, shared words); (None, None) when the figure is not one of the values after 分别."""
    enumeration = None
    for enumeration in _ENUMERATION.finditer(wide):
        pass
    if enumeration is None:
        return None, None
    items = _ENUMERATION_ITEMS.split(wide[:enumeration.start()])
    if len(items) < 2:
        own = _ENUMERATION_ITEMS.split(wide[enumeration.end():])[-1]
        if _LIST_NOUN_END.search(own):  # 分别为医生74名、护士89名: each value names its own item
            return None, None
        if enumeration.group(1):
            return None, wide[:enumeration.end()]
        # no verb right after 分别: the words up to the first value (分别比上年提高0.11名和0.16名)
        first = _DIGIT.search(wide, enumeration.end())
        return None, wide[:first.start()] if first else wide
    index = len(_ENUMERATION_VALUES.findall(wide, enumeration.end()))
    if index >= len(items):
        return None, None
    head = _LIST_HEAD.search(items[-1])
    item = with_shared_head(items[index], items[-1])  # 高血压、糖尿病患者…: 高血压患者…
    place = _PLACES.match(items[-1])
    if place and place.end() < len(items[-1]) and _PLACES.fullmatch(item):
        # 深圳、珠海、广州港澳参保人数分别为…: each place with the last item's words after its place
        return item + items[-1][place.end():] + (enumeration.group(1) or ""), None
    owned = items[-1].rfind("的")
    if owned > 0 and "的" not in item:  # A、B及C的住院病人: A的住院病人, what of A is counted
        return item + items[-1][owned:] + (enumeration.group(1) or ""), None
    counted = _counted_after_name(items)
    if counted and not item.endswith(counted):
        # 甲医院、乙医院、丙医院门急诊人次分别为…: each name with what the last item counts after its name
        return items[index] + counted + (enumeration.group(1) or ""), None
    if head and not item.endswith(head.group()):
        item += head.group()
    elif not _LIST_NOUNS.search(item) and not names_group(item):
        item = items[-1]  # 深圳、广州两地参保的港澳居民: the last item's words (男性及女性…: its own)
    return item + (enumeration.group(1) or ""), None


def _counted_after_name(items: list[str]) -> str | None:
    """What the last item of a list counts after its name, where the names of the items share
    an ending of two characters or more (甲医院、乙医院、丙医院门急诊人次 -> 门急诊人次; 三级医院、二级医院
    住院人数 -> 住院人数), or None."""
    first, last = items[0], items[-1]
    for size in range(min(len(first), len(last)) - 1, 1, -1):
        ending = first[-size:]
        if any(not other.endswith(ending) for other in items[1:-1]):
            continue
        at = last.find(ending, 1)
        if at > 0 and at + size < len(last):
            return last[at + size:]
    return None


_EARLIER_OF_PAIR = re.compile(_cues.EARLIER_OF_PAIR)
_LATER_OF_PAIR = re.compile(LATER_OF_PAIR)  # 由约3周缩短至5个工作日: the later of a duration pair
_TO_LATER = re.compile(TO_LATER)
_DIGIT = re.compile(r"\d")
_VALUE = re.compile(r"\d+(?:[.,]\d+)*")
_CLAUSE_STOP = re.compile(r"[，,。；;：:]")
_ENROL = re.compile(ENROL)
_SCHEME = re.compile(SCHEME)
_RATE = re.compile(RATE)
_LAST_WORDS = re.compile(r"[\u4e00-\u9fff]{1,16}$")
_PLACE_WORDS = re.compile(PLACE_WORDS)
_ENUMERATION_VERB = re.compile(f"(?:{_labels.ENUMERATION.removeprefix('分别')})$")  # …率为 -> …率
# the run of those words at the end of a text, matched on the text reversed: one match at its
# start instead of a search that tries every position
_TRAILING_REVERSED = re.compile("(?:" + "|".join(w[::-1] for w in _TRAILING_WORDS) + ")+")


def _subject(rule: Rule | None, ctx: _Context) -> str | None:
    """A short label of what is counted: the insurance scheme, the rate, the counted noun after
    the figure, or the words before it without verbs and qualifier words."""
    metric = rule.metric if rule else ""
    if ctx.label:  # one item of an enumeration (孕产妇、新生儿和婴儿死亡率分别为…): its own words
        item = _PLACE_WORDS.sub("", _ENUMERATION_VERB.sub("", ctx.label)).removesuffix("的")
        if metric.startswith("insurance") or metric == "pension_recipients":
            schemes = _SCHEME.findall(_ENROL.split(item)[-1])
            return schemes[-1] if schemes else None
        return item or None
    if metric.startswith("insurance") or metric == "pension_recipients":
        schemes = _SCHEME.findall(_ENROL.split(ctx.lead)[-1]) or _SCHEME.findall(ctx.lead)
        return schemes[-1] if schemes else None
    if metric in ("mortality_rate", "rate"):
        rates = _RATE.findall(ctx.before)
        return _PLACE_WORDS.sub("", rates[-1]) if rates else None
    if rule is not None and rule.noun is not None:
        noun = rule.noun.search(ctx.after)
        if noun:
            return ctx.after[:noun.end()]
    # the words just before the figure: only the end of the clause matters (any run of trailing
    # verbs under 48 characters is cut whole)
    tail = ctx.before[-64:]
    trailing = _TRAILING_REVERSED.match(tail[::-1])
    before = _LAST_WORDS.search((tail[:len(tail) - trailing.end()] if trailing else tail)[-16:])
    return _PLACE_WORDS.sub("", before.group()) if before else None


def _words_after(text: str, start: int, end: int) -> str:
    """The words after a figure up to the end of its clause (at most ``end``); a relative clause
    right after it is read through its 、 to the noun it names (3间位于江门、肇庆及中山的安老院)."""
    relative = _RELATIVE_AFTER.match(text, start, start + 2 * _RIGHT_REACH)
    if relative is not None:
        end = max(end, relative.end() + _RIGHT_REACH)
        start_stop = relative.end()
    else:
        start_stop = start
    stop = _AFTER_END.search(text, start_stop, end)
    return text[start:stop.start() if stop else end]


def _sentences_and_stops(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The spans of a text's sentences (runs up to and with 。！？；, or up to a line end; no
    blank ones), and the offsets after each full stop (。！？ or a line end) with 0 first: one
    scan for both."""
    sentences: list[tuple[int, int]] = []
    full_stops = [0]
    start = 0
    for stop in _STOPS.finditer(text):
        at = stop.start()
        if text[at] == "\n":
            if at > start:
                sentences.append((start, at))
            full_stops.append(at + 1)
        else:
            if at > start:
                sentences.append((start, at + 1))
            if text[at] not in _CLAUSE_END:
                full_stops.append(at + 1)
        start = at + 1
    if start < len(text):
        sentences.append((start, len(text)))
    return sentences, full_stops


def _names_year(text: str, start: int, end: int, year: int) -> bool:
    """Whether text[start:end] writes ``year`` out (2025年, 二○二五年), not only as 去年 or 今年."""
    digits = str(year)
    return text.find(digits, start, end) >= 0 or any(
        text.find(digits.translate(zeros), start, end) >= 0 for zeros in _CHINESE_ZEROS)


_CHINESE_ZEROS = [str.maketrans("0123456789", zero + "一二三四五六七八九") for zero in "○〇零"]


def _before(offsets: list[int], position: int) -> int:
    """The last of the sorted ``offsets`` at or before ``position``."""
    return offsets[bisect.bisect_right(offsets, position) - 1]


def _paragraph_start(text: str, position: int) -> int:
    """Where the paragraph of ``position`` starts, or LOOKBACK characters before it if that is
    later (the entity looks no further back)."""
    floor = max(0, position - LOOKBACK)
    found = text.rfind("\n", floor, position)
    return found + 1 if found >= 0 else floor


def _inside(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """Whether ``position`` lies in one of the sorted, non-overlapping ``spans``."""
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < spans[index][1]


class _Document:
    """One document's text with the offsets every figure looks up: sentences, full stops,
    paragraphs, first-person speech, and its entity finder."""

    def __init__(self, doc, notes: list[str] | None = None) -> None:
        self.doc_id = doc.doc_id
        self.notes = notes if notes is not None else []
        self.text: str = doc.text
        # a missing date arrives as None, NaN or NaT (which is a ``date`` too)
        published = doc.published if isinstance(doc.published, date) \
            and not pd.isna(doc.published) else None
        self.published = published.date() if isinstance(published, datetime) else published
        self.sentences, self.full_stops = _sentences_and_stops(self.text)
        self.sentence_starts = [s for s, _ in self.sentences]
        # else no figure is a ranking; words looked for one by one, at string-search speed
        self.ranked = any(word in self.text for word in _RANKING_WORDS)
        self.plan_sections = _plan_sections(self.text)  # 二、主要目标 … 三、…: a plan's targets
        self.plan_starts = [s for s, _ in self.plan_sections]
        # a missing region arrives as None or, through a pandas table, as NaN
        self.folded = to_simplified(self.text)  # what the rules read; offsets as in ``text``
        self.speech = _anecdotes(self.text)
        self.speech_starts = [s for s, _ in self.speech]
        self.private = _private_speech(self.text, self.folded)
        self.private_starts = [s for s, _ in self.private]
        self.tables = Tables(self.folded)  # rows of cells: each figure read with its headers
        self.entities = EntityFinder(self.text, doc.region if isinstance(doc.region, str) else None,
                                     self.folded, getattr(doc, "title", None),
                                     getattr(doc, "publisher", None))
        home = _labels.HOME_MONEY.get(self.entities.region)  # a bare 元 of a SAR's article
        self.home_money = home[0] if home and (not home[1] or any(
            w in self.folded for w in home[1])) else None
        # else no figure has a base per head (found at string-search speed)
        self.per_head = "每" in self.folded or "人口" in self.folded
        # the last figure (sentence, unit, metric, end) and the last level of each unit (its
        # sentence start, metric): what a bare 比上年增加41个 or 其中… refers to
        self.previous: tuple[tuple[int, int], str | None, str, int] | None = None
        self.in_sentence: dict[str | None, str] = {}  # the last metric of each unit
        self.sentence_units: list[tuple[str | None, str]] = []  # (unit, metric) of its figures
        self.levels: dict[str | None, tuple[int, str]] = {}
        self.totals: dict[str | None, int] = {}  # the sentence end of the last running total of each unit and metric
        self.seen: dict[int, bool] = {}  # rules whose sentence words are in the text (classify)
        self._carried: tuple[int, int, Period] = (0, 0, NO_PERIOD)  # paragraph, read up to, period
        self._carried_now = False  # the period carried was cut by a 'now' word (現時…。…)
        self._weeks: dict[str, Period] | None = None  # the days the text gives 上周, 首周 (when asked)
        # when the text says its subject opened, by verb: (with it, where; with any verb, where)
        self._openings: dict[str, tuple[Period, int, Period, int]] = {}
        self._read_to = len(self.text)  # the end of the paragraph being read (openings before it)
        self._read_from = len(self.text) + 1  # (none read yet)
        self._since = NO_PERIOD  # the last cumulative period a figure had (自…以来)
        self._since_paragraph = -1  # … and where its paragraph starts
        title = getattr(doc, "title", None)
        self.report_period = self._report_period(title)
        # the year the text speaks of up to a position (for 全年, 年末 written without one)
        self._years: list[tuple[int, int | None]] = [
            (0, self.report_period.end.year if self.report_period.end else None)]
        self._year_starts = [0]  # the positions of ``_years``, for bisect
        self._year_read = 0
        self._fullest_group: dict[str | None, str | None] = {}
        self._unnamed = names_unnamed(self.folded)  # 香港病人 named: its bare 病人 are read
        self._groups_named_in = self.text  # where a group's fullest form is looked for
        self._holders = scheme_holders(self.folded)  # 长者医疗券 named: 香港长者 use it
        base = _RECKONED_ON.search(self.folded) if self.per_head else None
        self.per_head_base = to_simplified(base.group(1)) if base else None  # 按常住人口计算
        # where the base holds: the rest of the text after （下同）, else its own sentence
        self._per_head_span = (0, 0) if base is None else (base.start(), len(self.folded)) \
            if base["below"] else (base.start(), self._full_stop_after(base.end()))
        # the sentence, group and metric of the last figure, and the group of the sentence's
        # whole (not a part's: …，当中长者约有14.8万人 leaves 香港居民 standing for the next)
        self._last_group: tuple[tuple[int, int] | None, str | None, str | None, str | None] = (
            None, None, None, None)
        self._quote_span: tuple[int, int] | None = None
        self._quote = ""

    def quote(self, start: int, end: int) -> str:
        """text[start:end], one string object per span (figures share sentences)."""
        if self._quote_span != (start, end):
            self._quote_span, self._quote = (start, end), self.text[start:end]
        return self._quote

    def _report_period(self, title: object) -> Period:
        """The period a report states for itself: its title's, else its first paragraph's
        (統計調查於二○二五年三月至六月期間進行); none for an article that is no report. A page
        whose title is its site's name has its headline among the lines above its first
        sentence (2023年中山市卫生健康事业发展情况通报)."""
        stop = _FULL_STOP.search(self.text)
        heads = self.text[:self.text.rfind("\n", 0, stop.start()) if stop else 0].split("\n")
        titles = [line for line in [title, *heads] if isinstance(line, str)
                  and len(line) <= _HEAD_LINE and _REPORT_TITLE.search(line)]
        if not titles:
            return NO_PERIOD
        # 2024年工作总结和2025年工作计划: 2024; the first head line that dates a report (統計暨普查局
        # above 2025年第三季醫療統計 names its issuer, no period)
        found = next((period for period in (first_period(line, self.published) for line in titles)
                      if period.label is not None), NO_PERIOD)
        stop = _FULL_STOP.search(self.text) if found.label is None else None
        if stop is not None:  # the first line with a sentence in it (read no further)
            end = self.text.find("\n", stop.end())
            first = self.text[self.text.rfind("\n", 0, stop.start()) + 1:
                              end if end >= 0 else len(self.text)]
            found = period_of(first, self.published)
            if found.kind == "cumulative":
                return NO_PERIOD  # 計劃自今年10月8日啟動以來，截至12月1日: a running total's, not the report's
        return found

    def opening(self, verb: str) -> Period:
        """When the text says its subject opened (``periods.opening``), read once per verb; an
        opening stated only after the paragraph being read (``_read_to``) is another's."""
        if verb not in self._openings:
            self._openings[verb] = first_openings(self.text, self.published, verb)
        with_verb, at_verb, any_verb, at_any = self._openings[verb]
        if at_verb < self._read_to:
            return with_verb
        return any_verb if at_any < self._read_to else NO_PERIOD

    def opening_here(self, paragraph: int) -> Period:
        """The first start the text dates (any verb), when stated in the paragraph from
        ``paragraph`` on: a running total counts from a start of its own paragraph, not from
        another subject's opening earlier in the text."""
        self.opening("")
        _, _, any_verb, at_any = self._openings[""]
        return any_verb if paragraph <= at_any < self._read_to else NO_PERIOD

    def opened_by(self, verb: str) -> Period:
        """When the text says something started with ``verb`` (自2023年9月开设以来 for 开设), NO_PERIOD
        when it dates no start with that verb: 自机制启动以来 is no 门诊开设."""
        if verb not in self._openings:
            self._openings[verb] = first_openings(self.text, self.published, verb)
        with_verb, at_verb, _, _ = self._openings[verb]
        return with_verb if at_verb < self._read_to else NO_PERIOD

    def week(self, word: str) -> Period:
        """The days the text gives a week word in brackets (上周（1月18日至24日）, 首周（7月15日至21日）),
        NO_PERIOD when none: what the bare word names later in it."""
        if self._weeks is None:
            self._weeks = {}
            for dated in _LAST_WEEK_DATED.finditer(self.text):
                found = period_of(dated["days"], self.published)
                if found.kind == "range":
                    week = to_simplified(dated["week"])
                    self._weeks.setdefault("本周" if week.startswith("第") else week, found)
            this = self._weeks.get("本周")
            if this is not None and "上周" not in self._weeks:  # the week before the bulletin's
                start, end = this.start - timedelta(days=7), this.end - timedelta(days=7)
                self._weeks["上周"] = Period(f"{start.isoformat()}/{end.isoformat()}", start, end,
                                            "range")
        return self._weeks.get(to_simplified(word), NO_PERIOD)

    def carried_period(self, paragraph: int, end: int) -> Period:
        """The period the sentences of a paragraph before ``end`` leave standing (截至二○二五年五月底，
        …。 …: the figures after it, stated with no time of their own, are of then too). Figures
        come in text order, so a paragraph is read once, up to each new ``end``."""
        start, read, period = self._carried
        if end < read or (start != paragraph and not _CONTINUES.match(self.text, paragraph)):
            start, read, period = paragraph, paragraph, NO_PERIOD
            self._carried_now = False
        start = paragraph
        if end > read:
            chunk = self.text[read:end]
            now = _last(_NOW, chunk)
            if now is not None:  # 目前，…: what was said before it no longer stands
                chunk, period = chunk[now.end():], NO_PERIOD
                self._carried_now = True
            topic = _last(_TOPIC_SENTENCE, chunk) if "方面" in chunk else None
            if topic is not None:  # …。家庭医生服务方面，…: a topic of its own
                chunk, period = chunk[topic.start():], NO_PERIOD
            found = since_opening(chunk, period, self.published, self.opened_by) or period_of(
                chunk, self.published, self.year_at(end) if needs_year(chunk) else None, True)
            read, period = end, (found if found.label is not None else period)
            if found.label is not None:
                self._carried_now = False
        self._carried = start, read, period
        return period

    def _full_stop_after(self, position: int) -> int:
        """The offset after the first full stop after ``position`` (the text's end if none)."""
        index = bisect.bisect_right(self.full_stops, position)
        return self.full_stops[index] if index < len(self.full_stops) else len(self.text)

    def year_at(self, position: int) -> int | None:
        """The year the text speaks of before ``position``: the last one a time expression
        names, else the report's. The text is read once, in order; a position already read is
        answered from the years noted at the positions asked before (never read again)."""
        if position > self._year_read:
            found = period_of(self.text[self._year_read:position], self.published,
                              self._years[-1][1], True)  # (由上年的3.82张: not the year spoken of)
            if found.end is not None and found.end.year != self._years[-1][1] and not (
                    self.published and found.end.year > self.published.year) and not (
                    found.kind == "cumulative" and found.end == self.published) and (
                    self.published and found.end.year == self.published.year
                    or _names_year(self.text, self._year_read, position, found.end.year)):
                # a plan's year is not spoken of; nor one only named from publication (去年全年…。
                # 首兩月…: of the year it is read); nor a running total's up to now (自2021年…以来)
                self._years.append((position, found.end.year))
                self._year_starts.append(position)
            self._year_read = position
        return self._years[bisect.bisect_right(self._year_starts, position) - 1][1]

    def reported(self, metric: str, earlier: bool = False, stock: bool | None = None) -> Period:
        """The report's period for a figure that states none: a yearly report counts a stock
        (beds, staff, enrolment; ``stock``, else by its metric) at the year's end, the
        ``earlier`` value of a pair (由10215人增至10870人) at the end of the year before."""
        period = self.report_period
        if period.kind == "year" and (metric in _STOCKS if stock is None else stock):
            period = Period(period.end.isoformat(), None, period.end, "point")
            return year_before(period) if earlier else period
        return period

    def population(self, metric: str, unit: str | None, ctx: _Context, run: str,
                   sentence: tuple[int, int], end: int) -> str | None:
        """Who a figure counts (``population_of``), in the group's fullest form in the article:
        in an enumeration the group of its own item (孕产妇、新生儿和婴儿死亡率分别为…); a figure
        that names no group counts the group of the figure before it in its sentence (港澳居民
        就诊12.8万人次，同比增长31.6%: the growth is of the same people; staff only from staff of
        their kind; an enumeration's item naming none, 深圳、广州分别为…, keeps it); a change in
        percentage points only from the level before it in its own sentence (港澳患者占比升至
        8.6%，比去年提高2.1个百分点), never from another sentence; a per-head rate counts the
        people the report reckons it on (按常住人口计算)."""
        found = population_of(metric, ctx.label, "", "", unnamed=self._unnamed) \
            if ctx.label else None
        if found is None:
            after = ctx.after if len(ctx.after) < _RIGHT_REACH else _words_after(
                self.folded, end, min(sentence[1], end + _GROUP_REACH))  # 名居于…合作区的澳门居民
            found = population_of(metric, ctx.before, after, run, unit, self._unnamed)
        if found is None and metric in _cues.PER_HEAD_METRICS and \
                sentence[1] > self._per_head_span[0] and sentence[0] < self._per_head_span[1]:
            found = self.per_head_base
        last_sentence, last, last_metric, whole = self._last_group
        staff = metric in _cues.PROFESSIONAL_METRICS
        goes_on = last_sentence is not None and (last_sentence == sentence or (
            (_CONTINUES.match(self.text, sentence[0]) is not None
             or self.text[last_sentence[1] - 1:last_sentence[1]] in _cues.SAME_SENTENCE)
            and last_sentence[1] >= sentence[0] - 2))  # 其中…, 按城市划分…, …； right after it
        if found is None and goes_on and metric not in _NO_GROUP - \
                _cues.PROFESSIONAL_METRICS and (metric == last_metric if staff else (
                    last_metric not in _cues.PROFESSIONAL_METRICS
                    or metric in _cues.STAFF_GROWTH_METRICS)) \
                and (unit != "pp" or last_sentence == sentence) and (
                    len(last_phrase(run)) == len(run) or (last_sentence == sentence and (
                        phrase := last_phrase(run).lstrip(" \u3000")).startswith(
                            _cues.CHANGE_PHRASE_OPENERS) and not names_group(phrase))) \
                and metric not in _cues.PER_HEAD_METRICS and metric not in _cues.NAMES_NOTHING \
                and not names_whole_rate(ctx.before) and not own_clause_group(metric, ctx.before):
            found = last if last_sentence == sentence else whole
            # not past a headline's break; staff from staff of their kind only;
            # a per-head rate counts the people it is reckoned on, no group of another figure;
            # a figure naming nothing it counts (12班次) takes none
        if found is None and self._holders and metric not in _NO_SCHEME_GROUP and unit != "pp" and \
                names_scheme_use(ctx.before + first_phrase(ctx.after)):
            found = self._holders  # 共录得3,216人次使用医疗券: the scheme's holders, in its clause
        part = (ctx.wide.startswith(_cues.BREAKDOWN) or ctx.lead.lstrip().startswith(
            _cues.BREAKDOWN)) and found is not None and goes_on
        if not (found is None and last_sentence == sentence and last is not None and (
                own_clause_group(metric, ctx.before) or metric in _cues.NAMES_NOTHING)):
            self._last_group = sentence, found, metric, whole if part else found
        # a time taken or a figure naming nothing it counts (压缩至8分钟) leaves the group its
        # sentence counts for the figures after it (其中…分别为1,502件)
        if found == AGED_AS_WRITTEN:  # 65岁或以上长者: as written, or of the residents named before
            return aged_group(ctx.lead, self._went_on_from(sentence))
        if found not in self._fullest_group:
            self._fullest_group[found] = fullest_population(found, self._groups_named_in)
        return self._fullest_group[found]

    def _went_on_from(self, sentence: tuple[int, int]) -> str:
        """The sentence before ``sentence`` when it goes on from it (其中…, 當中…), else ""."""
        if _CONTINUES.match(self.text, sentence[0]) is None:
            return ""
        earlier = self.sentence_at(sentence[0] - 1)
        return self.folded[earlier[0]:earlier[1]] if earlier else ""

    def _table_paragraph(self, table_start: int) -> int:
        """Where a table's paragraph starts: at its header row, or at the paragraph right above
        that introduces it (该院近三年的使用情况如下：): the names there are its figures' too."""
        above = self.text[:table_start].rstrip()
        if not above.endswith(_TABLE_INTRO_ENDS):
            return table_start
        return _paragraph_start(self.text, len(above) - 1)

    def cell_words(self, cell: Cell) -> str:
        """What a table cell's figure is read with: its row's label and its column's header, and
        where the header names no time in a table of columns of times (同比变化 after 2025年 and
        2024年), the latest time they name (门急诊人次（万人次）2025年同比变化: of 2025, against 2024)."""
        words = self._cell_words(cell)
        if self.per_head and "每" not in words and (base := self._caption_base(cell.table_start)):
            return base + words  # 各县（区）每千人口卫生资源 over 床位数（张）: beds per 1,000 people
        return words

    def _cell_words(self, cell: Cell) -> str:
        """``cell_words`` but for a per-head base its caption names."""
        if period_of(cell.header, self.published).label is not None:
            return cell.header + cell.label  # (2024年家庭医生签约人数: the time first, as said)
        times = [(found.end, header) for header in cell.headers
                 if (found := period_of(header, self.published)).end is not None]
        if not times and (caption := self._caption_time(cell.table_start)):
            return caption + cell.label + cell.header  # 表一　2025年主要醫院住院服務: of 2025
        if not times and (words := self._table_time(cell.table_start)):
            return words + cell.label + cell.header  # (公佈2024年醫療統計…如下：: of 2024)
        return cell.label + (max(times)[1] if len(times) > 1 else "") + cell.header

    def _table_time(self, table_start: int) -> str | None:
        """The time the paragraph right above a table names last (今年首九個月…分別為：), else the
        year the text speaks of there: the time of a table whose headers and caption name none."""
        above = self.text[:table_start].rstrip()
        intro = above[above.rfind("\n") + 1:]
        year = self.year_at(table_start)
        return last_time_words(intro, self.published, year) or (f"{year}年" if year else None)

    def _caption_base(self, table_start: int) -> str | None:
        """The per-head base a table's caption line right above it names (各县（区）每千人口卫生资源:
        每千人口), or None."""
        line_start = self.folded.rfind("\n", 0, max(0, table_start - 1)) + 1
        caption = self.folded[line_start:max(line_start, table_start - 1)]
        found = _PER_HEAD_BASE.search(caption) if 0 < len(caption) <= _HEAD_LINE else None
        return found.group() if found else None

    def caption_unit(self, table_start: int) -> str | None:
        """The unit a table's caption line right above it names (主要指标（单位：万人次）: 万人次),
        or None: the unit of the cells whose header and row label name none."""
        line_start = self.folded.rfind("\n", 0, max(0, table_start - 1)) + 1
        caption = self.folded[line_start:max(line_start, table_start - 1)]
        found = _CAPTION_UNIT.search(caption) if 0 < len(caption) <= _HEAD_LINE else None
        return found.group(1) if found else None

    def _caption_time(self, table_start: int) -> str | None:
        """The time a table's caption line right above it names (表一　2025年主要醫院住院服務:
        2025年), or None."""
        line_start = self.text.rfind("\n", 0, max(0, table_start - 1)) + 1
        caption = self.text[line_start:max(line_start, table_start - 1)]
        found = _CAPTION_YEAR.search(caption) if 0 < len(caption) <= _HEAD_LINE else None
        return found.group() if found else None

    def sentence_at(self, position: int) -> tuple[int, int] | None:
        """The sentence holding ``position``, cut to ``_SENTENCE_REACH`` characters either side."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        if index < 0:
            return None
        start, end = self.sentences[index]
        return max(start, position - _SENTENCE_REACH), min(end, position + _SENTENCE_REACH)

    def context(self, sentence: tuple[int, int], start: int, end: int) -> _Context:
        """The words around a figure, read in simplified characters."""
        s_start, s_end = sentence
        sentence_text = self.folded[s_start:s_end]
        offset = start - s_start
        lead = sentence_text[:offset]
        before = _clause_before(sentence_text, offset)
        mark = offset - len(before) - 1  # the break before the clause, -1: none
        if mark < 0 or lead[mark] in "，,：:":
            wide = before  # the clause ends at a break of the wide clause too
        else:
            cut = max(lead.rfind("，"), _comma_before(lead, len(lead)), lead.rfind("；"),
                      lead.rfind(";"), lead.rfind("："), lead.rfind(":"))
            wide = lead[cut + 1:]
        label, shared = _enumerated_item(wide) if "分别" in wide else (None, None)
        return _Context(sentence_text, lead, shared or before,
                        _words_after(self.folded, end, min(s_end, end + _RIGHT_REACH)), wide,
                        label)

    def inherited(self, metric: str, number: NumberMatch, sentence: tuple[int, int],
                  unit: str | None, ctx: _Context, fallback: bool = False) -> str:
        """The metric of a figure that names no counted thing of its own: a change after a level
        of its unit in its sentence (比上年增加41个), an enrolment growth right after an
        enrolment, a breakdown (其中…) of the last level of its unit in the paragraph, money
        converted into another currency (约合200港元) the money before it; else its own."""
        previous = self.previous
        if previous and previous[0] == sentence and unit in _MONEY and previous[1] in _MONEY \
                and (_CONVERTED.search(ctx.before) or _CONVERTED_BRACKET.search(ctx.lead)):
            return previous[2]  # 人民币180元，约合200港元: the same money in another currency
        if metric == "amount" and previous and previous[0] == sentence and previous[2] == "unit_cost" \
                and unit in _MONEY and _COMPARED_MONEY.search(ctx.before):
            return "unit_cost"  # (每宗约610港元，较2024年的520港元增加90港元: money per head compared)
        in_sentence = self.in_sentence.get(unit) if previous and self._same_run(previous[0], sentence) \
            else None
        if in_sentence is not None and (metric == "other" or metric == "insurance_increase"
                                        and in_sentence not in _ENROLMENT_METRICS or fallback
                                        and (_CHANGE_END.search(ctx.before[-8:])
                                             or _BARE_TIME_LEVEL.fullmatch(ctx.before)
                                             or _COMPARED_BASE.search(ctx.before))):
            # (… and a change, a bare level or a baseline labelled only by its unit: 完成分娩412例，较去年同期
            # 增加57例; 手术1,846例，比2024年的1,302例; 从2021年的386人次增至…，今年前10个月已达1,265人次)
            planned = _labels.PLANNED_FORMS.get(in_sentence)  # 预计再增加至650张: planned beds
            if planned and _PLANNED.search(ctx.before):
                return planned
            if in_sentence in _UNPLANNED_FORMS and _NOW_OPEN.search(ctx.before):
                return _UNPLANNED_FORMS[in_sentence]  # 规划病床600张，目前已开放400张: beds
            return in_sentence
        between = self.text[previous[3]:number.start] if previous else ""
        if metric == "growth" and previous and previous[0] == sentence \
                and previous[2] in _ENROLMENT_METRICS \
                and (not any(c.isspace() for c in between) or _NEXT_CELL.fullmatch(between)):
            return "insurance_growth"  # (| 9.61 | 13.1 |: the next cell of an enrolment's row too)
        if metric in ("other", "population", "patients") and (any(w in ctx.lead for w in _labels.BREAKDOWN_WORDS) and (
                _BREAKDOWN.search(ctx.wide) or _BREAKDOWN.search(ctx.lead))
                or self._breakdown_run(number.start)):
            level = self.levels.get(unit)  # kept only when no line break lies between
            if level and "\n" not in self.text[level[0]:sentence[0]] and \
                    (metric != "patients" or level[1] in _ENROLMENT_METRICS):
                return level[1]
        return metric

    def parallel(self, metric: str, sentence: tuple[int, int], unit: str | None,
                 ctx: _Context) -> str:
        """The metric of a value after 分别 whose clause names no items, in a sentence whose
        earlier figures of its unit are as many as the values (医师2.98名、注册护士3.87名，分别比上年
        提高0.11名和0.16名): the metric of the earlier figure in the same place."""
        enumeration = _last(_ENUMERATION, ctx.wide)
        if enumeration is None or self.previous is None or self.previous[0] != sentence \
                or len(_ENUMERATION_ITEMS.split(ctx.wide[:enumeration.start()])) >= 2 \
                or _LIST_NOUN_END.search(_ENUMERATION_ITEMS.split(ctx.wide[enumeration.end():])[-1]):
            return metric  # (分别为西医612名、中医455名: each value names its own item)
        index = len(_ENUMERATION_VALUES.findall(ctx.wide, enumeration.end()))
        rest = ctx.sentence[len(ctx.lead):]
        stop = _CLAUSE_STOP.search(rest)
        values = index + len(_VALUE.findall(rest, 0, stop.start() if stop else len(rest)))
        earlier = [m for u, m in self.sentence_units if u == unit]
        earlier = earlier[:len(earlier) - index]
        if unit == "per_1k" and len(earlier) < values:
            # 医师2.06万人、注册护士2.38万人，每千人口分别为3.37人和3.89人: densities of the counts before
            earlier = [_labels.PER_1K_OF[m] for u, m in self.sentence_units if m in _labels.PER_1K_OF]
        if values < 2 or len(earlier) < values:
            return metric
        return earlier[len(earlier) - values + index]

    def _breakdown_run(self, position: int) -> bool:
        """Whether the text since the last full stop opens with 其中 and goes on past a ；
        (其中，澳门居民3.59万人；香港居民7,700人: every item after the ； is a part too)."""
        start = _before(self.full_stops, position)
        run = self.folded[start:position]
        if _BREAKDOWN.search(run) is not None:
            return "；" in run or ";" in run
        clause = _last(_BREAKDOWN_CLAUSE, run)  # (…共2.4万名，其中…；…: a clause opening with 其中)
        return clause is not None and ("；" in run[clause.end():] or ";" in run[clause.end():])

    def _same_run(self, earlier: tuple[int, int], sentence: tuple[int, int]) -> bool:
        """Whether a sentence is ``earlier`` or goes on from it after its ；(计划新增病床4,000张；
        一季度已新增开放1,150张: the beds again)."""
        return earlier == sentence or earlier[1] == sentence[0] \
            and self.text[earlier[1] - 1:earlier[1]] in _cues.SAME_SENTENCE

    def remember(self, metric: str, number: NumberMatch, sentence: tuple[int, int],
                 unit: str | None, ctx: _Context) -> None:
        """Keep a figure as the previous one, as its unit's last in its sentence and, unless it
        is a change, as its unit's level."""
        if self.previous is None or not self._same_run(self.previous[0], sentence):
            self.in_sentence = {}
            self.sentence_units = []
        self.previous = (sentence, unit, metric, number.end)
        self.sentence_units.append((unit, metric))
        if metric != "other":
            self.in_sentence[unit] = metric
        if metric in _BREAKDOWN_METRICS and not (ctx.before[-1:] in _CHANGE_ENDS
                                                 and _CHANGE_END.search(ctx.before[-8:])):
            self.levels[unit] = (sentence[0], metric)

    def row(self, rule: Rule | None, metric: str, value: float, high: float | None,
            unit: str | None, qualifier: str, span: tuple[int, int], sentence: tuple[int, int],
            ctx: _Context, number: NumberMatch | None) -> dict:
        """One metrics row, with the entity, period, status, population, subject and quote of
        the figure (and the private fields ``links.link_rows`` needs)."""
        text = self.text
        q_start, q_end = _quote_span(text, sentence, number) if number else sentence
        paragraph = _paragraph_start(text, span[0])
        if span[1] > self._read_to or span[0] < self._read_from:  # a new paragraph
            line_end = text.find("\n", span[1])
            self._read_from, self._read_to = paragraph, line_end if line_end >= 0 else len(text)
        run_start = max(_before(self.full_stops, span[0]), span[0] - _SENTENCE_REACH)
        run = text[run_start:span[0]]
        cell = self.tables.cell_at(span[0])
        if cell is not None:  # a table's cell: read with its headers, under the table's caption
            run, paragraph = self.cell_words(cell), self._table_paragraph(cell.table_start)
        entity, fallback = self.entities.entity_and_source(sentence, span, paragraph)
        phrase = last_phrase(run)  # a headline's phrases stand apart: no period carried to them
        every = _EVERY.search(ctx.before)  # 每年可达3万人次: a rate per year, of no one year
        # a level at a time, but births (第二季活產嬰兒共1,128名) are counted over it
        stock = metric in _STOCKS and not (metric == "population" and _BIRTH_FLOW.search(ctx.before))
        carried = False
        now = _NOW_VALUE.search(phrase) or _last(_NOW, phrase)  # 现有医护人员…: the times said before it are not of this
        dated = phrase[now.end():] if now else phrase
        if now and phrase[:now.start()].endswith(FROM_NOW) \
                and not any(mark in dated for mark in _CLAUSE_END) \
                and (later := _last(_TO_LATER, dated)) and later.end() >= len(dated) - 2:
            dated = phrase[:now.start()]  # 到2026年底，…由目前的2家增至5家: the plan's time
        whole = dated  # (the whole phrase's times, before a rate per day is cut to its clause)
        if every:  # a rate per year or day takes the time of its own clause only (2023年度，…每人每年)
            dated = dated[max(dated.rfind(mark) for mark in _CLAUSE_END) + 1:]
        if unit == "倍" and (baseline := _RATIO_BASELINE.search(dated)):
            dated = dated[:baseline.start()]  # 是去年同期的1.6倍: the baseline's time is not its own
        period = period_of(dated, self.published,
                           self.year_at(run_start) if needs_year(dated) else None)
        if dated.endswith(_LAST_YEAR_SAME_TIME_OF) and (last_year := dated.rfind(_LAST_YEAR_SAME_TIME)) >= 0 \
                and period_of(dated[:last_year], self.published).label is None \
                and (carried_time := self.carried_period(paragraph, run_start)).label is not None:
            # 今年首十個月…。同期，…1.87萬人次，較去年同期的1.52萬人次: the year before the time carried
            period = year_before(carried_time)
        if period.kind in (None, "year") and (week := _own_week(dated)) is not None:
            days = self.week(week.group())  # 上周公立醫院…: the days the text gave 上周 before
            if days.label is not None and (period.label is None or period.start <= days.start
                                           and days.end <= period.end):  # (今年…首周: the week)
                period = days
        # 由开业时的300张, 开业首年: of the opening the text dates (2023年1月开业，开业首年…)
        period = at_opening(dated, self.opening) or period
        if period.label is not None and period.kind != "cumulative":  # 今年1至8月…；自機制啟動以來累計
            period = since_opening(dated, period, self.published, self.opened_by) or period
        # 截至二○二五年十月底，…累計接收…432名: counted from the start the text dates
        if period.kind == "point" and metric not in _STOCKS and (
                _CUMULATIVE_CUE.search(dated) or self._since.label is not None
                and metric in _SINCE_FLOWS and self.published and period.end <= self.published
                and self._since_paragraph == paragraph):
            period = since_to(self._since if self._since.label and self._since_paragraph == paragraph
                              else self.opening_here(paragraph), period) or period
        if period.kind == "cumulative" and (metric in _UNACCUMULATED or unit == "pp" or (
                metric in _STOCKS and not _CUMULATIVE_CUE.search(ctx.before)
                and not _STOCK_CHANGE.search(ctx.before))):
            period = NO_PERIOD  # 今年以来，…候诊时间由45分钟缩短至18分钟; 自…开诊以来，床位增至1200张
        section = bool(self.plan_sections) and _inside(self.plan_sections, self.plan_starts, span[0])
        status = status_of(metric, unit, ctx.lead, ctx.before, period.kind == "cumulative", run,
                           section, metric in _STOCKS)
        pair_now = status == "planned" and _EARLIER_OF_PAIR.search(ctx.before) is not None \
            and _TO_LATER.match(text, span[1]) is not None
        if pair_now:  # 把服务时间由每周12小时延长至20小时: 12 is now, of no period
            status, period = "actual", NO_PERIOD
            metric = _UNPLANNED_FORMS.get(metric, metric)  # 病床由600张增至900张: beds
        if every and status == "planned" and every.group() in EVERY_YEAR:
            period = NO_PERIOD  # 预计2025年建成后每年可达…: of no one year
        elif every and status == "planned" and period.label is None:  # 计划今年上半年…预计每日可接诊
            period = period_of(whole, self.published,
                               self.year_at(run_start) if needs_year(whole) else None)
        if ctx.before.endswith(PLANNED_FROM) and earlier_value(ctx.before, text, span[1]):
            period = NO_PERIOD  # 将由4.6张提高至4.8张: 4.6 is now
        # a phrase as long as its run is the run: no 'now' word in it (``now`` is None) is none
        # in the run either
        parameter = metric in _PARAMETER_METRICS and _RULE_PARAMETER.search(ctx.lead) is not None
        pair = (_LATER_OF_PAIR.search(ctx.before) or (_EARLIER_OF_PAIR.search(ctx.before)
                if _TO_LATER.match(text, span[1]) else None)) if metric == "duration" else None
        if pair and status != "planned" and first_period(pair.group(), self.published).label is None:
            period, parameter = NO_PERIOD, True  # 审批时限由原来的20个工作日压缩至…: none in the pair
        if period.label is None and not every and not now and not pair_now and not parameter \
                and len(phrase) == len(run) and cell is None:  # (a cell: its headers' time only)
            if (metric not in _UNCARRIED or metric == "unit_cost" and _AVERAGE_COST.search(ctx.before)
                    or metric == "duration" and _AVERAGE_STAY.search(ctx.lead)) \
                    and not dated_from(dated) and not (
                    "方面" in run and _NEW_TOPIC.match(run)):  # 医保方面，…: a topic of its own
                period = self.carried_period(paragraph, run_start)
                own = since_opening(dated, period, self.published, self.opened_by)  # 自…推行以來
                period, carried = (own, False) if own else (period, period.label is not None)
                if carried and period.kind == "cumulative" and (metric in _RATE_AT_END or unit == "pp") \
                        and period.end != self.published \
                        and not _SCHEME_RATIO.search(ctx.lead):  # (报销比例为75%: a rule's, of no time)
                    # 截至11月10日累计接种…，接种率达41.3%: a rate as of the running total's end
                    period = Period(period.end.isoformat(), None, period.end, "point")
                elif carried and period.kind == "cumulative" and (
                        metric in _UNACCUMULATED or unit == "pp" or metric == "unit_cost"):
                    period, carried = NO_PERIOD, False
                if period.label is None and self._since.label is not None \
                        and not (self._since_paragraph != paragraph
                                 and _NEW_TOPIC.match(self.text, paragraph)) \
                        and _CUMULATIVE_CUE.search(run):  # (“港澳药械通”方面，累计…: another topic)  # 累计接收…: since the start last dated
                    period, carried = self._since, True
                if period.kind == "cumulative":  # 自…以來，累計…: what follows is counted since too
                    status = status_of(metric, unit, ctx.lead, ctx.before, True, "", section,
                                       metric in _STOCKS)
            if period.label is None and status == "planned":  # 再建成2个站，预计年底前投入使用
                coming = self.year_at(run_start) or (self.published and self.published.year)
                period = period_of(text[span[1]:sentence[1]], self.published, coming)
            if period.label is None and self.report_period.end is not None and not pair_now \
                    and not (self._carried_now and metric not in _UNCARRIED
                             and SAME_TIME not in run):  # (…。同期共審批…: the time before)
                period = self.reported(metric, earlier_value(ctx.before, text, span[1]), stock)
            if period.kind == "point" and (metric in _YEAR_FLOWS or metric in _STOCKS and not stock) \
                    and (period.end.month, period.end.day) == (12, 31) \
                    and not (carried and _BREAKDOWN.match(ctx.lead)):  # (按城市劃分，…: a part, at its level's point)
                period = year_to(period)  # 2024年底共有醫院6間。…住院3,150人次: of 2024
        if "分别" in ctx.lead and (year := _listed_year(ctx.lead)) is not None:
            period = Period(str(year), date(year, 1, 1), date(year, 12, 31), "year")
        if status in ("change", "rate_of_change") and period.kind in ("year", "point", "range"):
            period = between_levels(dated, period, self.published, rate=status == "rate_of_change"
                                    and unit == "percent") or period  # 比2020年的A增加B
        if status in ("change", "rate_of_change") and period.kind == "point" \
                and _ONE_YEAR.search(ctx.lead):
            period = year_to(period)
        if period.kind == "range" and stock and status in ("actual", "cumulative") \
                and _MONTH_RANGE.fullmatch(period.label):
            period = Period(period.end.isoformat(), None, period.end, "point")  # 上半年…床位: at its end
        if status == "planned" and _plan_start(ctx.before, text, span[1]) and not planned_period(
                period.start, period.end, self.published, ctx.before):
            status = "actual"  # 将由4.6张提高至4.8张: the level a plan starts from, of no year to come
            metric = _UNPLANNED_FORMS.get(metric, metric)  # its clause names (由2027年的…)
        if status == "planned" and not carried and past_period(period.start, period.end,
                                                              self.published, ctx.lead):
            status = "actual"  # 2025-26年度計劃撥款約2,400萬元 read in May 2026: the year is done
        if period.kind == "cumulative":
            self._since, self._since_paragraph = period, paragraph
        if status == "planned":
            metric = _labels.PLANNED_FORMS.get(metric, metric)  # beds to come are planned beds
        elif status == "actual" and metric not in _STOCKS and _BREAKDOWN.match(ctx.lead) and any(
                key in self.totals and not text[self.totals[key]:sentence[0]].strip()
                for key in (unit, metric)):
            # 累计…惠及患者1,342人。其中，…的患者为386人: a part of the total (of its unit, or of its
            # metric in another: 累计接种15.36万剂次。其中，长者接种4.41万人)
            status = "cumulative"
        for key in (unit, metric):
            if status == "cumulative":
                self.totals[key] = sentence[1]
            elif key in self.totals and self.totals[key] != sentence[1]:
                del self.totals[key]  # a level of the unit since: what a 其中 after it is a part of
        value, high = signed(float(value), None if high is None else float(high), status,
                             ctx.before)
        return {
            "doc_id": self.doc_id, "metric": metric, "value": value, "value_high": high,
            "unit": unit, "qualifier": qualifier, "entity": entity, "period": period.label,
            "subject": _subject(rule, ctx), "quote": self.quote(q_start, q_end),
            "start": q_start, "end": q_end, "status": status,
            "population": self.population(metric, unit, ctx, run, sentence, span[1]),
            "period_start": period.start, "period_end": period.end, "period_kind": period.kind,
            "entity_type": None, "fact_id": None, "baseline_fact_id": None, "of_fact_id": None,
            "region": self.entities.region, "published": self.published,
            "_link": (span, sentence, ctx.before, fallback),
            # a period carried from other sentences: what a before -> after pair falls back to
            "_carried": (self.reported(metric, earlier_value(ctx.before, text, span[1]))
                         if self.report_period.end is not None else NO_PERIOD)
            if carried else None,
        }


def _zero_base(folded: str, zero: re.Match[str], metric: str) -> str:
    """The unit of a rate stated as zero: its base written after it (0/10万), or else per mille
    for a death rate, percent for another."""
    after = folded[zero.end():zero.end() + 4]
    for base, unit in _figure_rules.ZERO_BASES:
        if after.startswith(base):
            return unit
    return "per_mille" if metric == "mortality_rate" else "percent"


def _zero_rate_rows(d: _Document) -> list[tuple[tuple[int, int], dict]]:
    """Spans and rows of rates stated as zero in words (孕产妇死亡率降为零): no numeral there."""
    rows: list[tuple[tuple[int, int], dict]] = []
    if not _ZERO_ANCHOR.search(d.text):
        return rows
    for zero in _ZERO_RATE.finditer(d.text):
        sentence = d.sentence_at(zero.start())
        rate = zero.group(1)
        metric = "mortality_rate" if "死亡" in rate else "rate"
        ctx = _Context(d.text[sentence[0]:sentence[1]], d.text[sentence[0]:zero.start()], rate, "")
        # 我市孕产妇死亡率为零: the place word is the rate's entity, not part of its span
        place = _PLACE_WORDS.match(rate)
        span = (zero.start(1) + (place.end() if place else 0), zero.end())
        rows.append((span, d.row(None, metric, 0.0, None, _zero_base(d.folded, zero, metric),
                                 "exact", span, sentence, ctx, None)))
    return rows


def _furniture(d: _Document, number: NumberMatch, sentence: tuple[int, int]) -> bool:
    """A number of page furniture: a counter, phone, licence, air-quality or copyright number
    after its label on its line (浏览次数：2381, 服务热线：12345, 粤ICP备…, 空氣質素指數 48,
    © 2025), a reader counter after it (143评论, 56次点赞), a hotline named after it (24小时新闻
    热线), a measure (2500克, 15mg), a stock quote."""
    folded, end, unit = d.folded, number.end, number.unit
    if unit in _labels.FURNITURE_UNITS and folded[end:end + 1] in _labels.FURNITURE_AFTER_FIRST \
            and _FURNITURE_AFTER.match(folded, end):
        return True
    if unit in _labels.HOTLINE_UNITS and _labels.HOTLINE_WORD in folded[end:end + _labels.HOTLINE_REACH] \
            and _HOTLINE_AFTER.match(folded, end):
        return True
    if unit is not None and number.kind != "percent":
        return unit in _labels.MEASURES  # else furniture numbers stand bare
    if unit is None and (_PHONE_GROUPS.match(folded, number.start) or _PHONE_GROUPS.match(
            folded, max(0, number.start - _figure_rules.PHONE_GROUP))) and _PHONE_CUE.search(
            folded, sentence[0], number.start):
        return True  # 致电社工局长者服务处2836 7711: a phone number in groups
    if unit is None and _PHONE_EXTENSION.search(folded, max(0, number.start - 24), number.start):
        return True  # 12345 转 6: a phone number's extension
    line_start = d.text.rfind("\n", 0, number.start) + 1
    if _FURNITURE_LABEL.search(folded, max(line_start, number.start - _labels.FURNITURE_LABEL_REACH),
                               number.start):
        return True
    return bool(_STOCK_LINE.search(folded, sentence[0], sentence[1]))


def _as_figure(d: _Document, number: NumberMatch, sentence: tuple[int, int]) -> NumberMatch:
    """An age that is a life expectancy (人均预期寿命80.9岁) or a group's average age (平均年龄为
    84.6岁) is a quantity of years."""
    if number.unit == "岁" and (
            _LIFE.search(d.folded, sentence[0], number.start) or _GROUP_AGE.search(
                d.folded, max(sentence[0], number.start - _labels.GROUP_AGE_REACH), number.start)):
        return replace(number, kind="quantity", unit="岁")
    return number


def _listed_year(lead: str) -> int | None:
    """The year of a value listed after 分别 when the sentence lists one year per value (2023年、
    2024年及2025年，…分别为A、B及C) or runs over as many years (2021年至2025年…分别为…): the year of
    its place in the list; None when the values are of no such list of years."""
    at = lead.rfind("分别")
    listed = _LISTED_YEARS.search(lead, 0, at)
    if listed is None or "、" in lead[listed.end():at]:  # (深圳、广州分别为…: places are listed)
        return None
    index = sum(lead.count(mark, at) for mark in _ITEM_MARKS)
    if listed["last"]:
        first, last = int(listed["first"]), int(listed["last"])
        years = list(range(first, last + 1)) if 0 < last - first < _MAX_LISTED_YEARS else []
    else:
        years = [int(y) for y in re.findall(r"\d{4}", listed.group())]
    return years[index] if index < len(years) else None


def _own_week(dated: str) -> re.Match[str] | None:
    """The last week word of a figure's words that is its own time, not a comparison's baseline
    (本周…，比上周上升0.7个百分点: this week's change)."""
    end = len(dated)
    while (week := _last(_LAST_WEEK, dated[:end])) is not None:
        if not dated[:week.start()].endswith(_COMPARISON_MARKS):
            return week
        end = week.start()
    return None


def _cell_numbers(d: _Document, number: NumberMatch, crossed: list[int]) -> list[NumberMatch]:
    """The numbers of each table cell a number read across cells covers (2023年 15,902 521.8: a
    space between cells is no digit group's), read cell by cell."""
    found, bounds = [], [number.start, *crossed, number.end]
    for start, end in pairwise(bounds):
        for part in _figures(d.text[start:end].rstrip(), d.folded[start:end].rstrip()):
            found.append(replace(part, start=part.start + start, end=part.end + start))
    return found


def _in_unit(number: NumberMatch, unit: str | None) -> NumberMatch:
    """A table cell's bare number in the unit its header or row label gives in brackets
    (412.36 under 门急诊人次（万人次）: 4,123,600 人次), when the two read as one number."""
    if unit is None or number.unit is not None or number.kind != "quantity":
        return number
    written = number.text + unit
    found = next(iter_numbers(written), None)
    if found is None or found.start != 0 or found.end != len(written):
        return number
    return replace(number, value=found.value, value_high=found.value_high, kind=found.kind,
                   unit=found.unit)


def _cell_context(words: str) -> _Context:
    """The context of a table cell's figure: the words it is read with (``cell_words``) stand
    where a sentence's words before a figure would."""
    words = _TABLE_UNIT.sub("", to_simplified(words))  # (签约人数（万人）: the words, not the unit)
    return _Context(words, words, words, "", words)


def _number_row(d: _Document, number: NumberMatch) -> dict | None:
    """The row of one number, or None when it is not a figure."""
    sentence = d.sentence_at(number.start)
    if sentence is None:
        return None
    cell = d.tables.cell_at(number.start)
    if cell is not None:
        if cell.column == 0:
            return None  # a row's label (其余6市, 2024年): what the figures of the row are of
        # (a unit in brackets first, then the caption's, 单位：万人次, then a counting header's)
        number = _in_unit(number, cell.unit if cell.bracketed else
                          d.caption_unit(cell.table_start) or cell.unit)
        if number.unit == "元" and d.home_money:
            number = _home_money(d, number)  # 申報金額（萬元） in a Hong Kong release: 港元
    if number.kind == "age":
        number = _as_figure(d, number, sentence)
    if number.kind == "quantity" and number.qualifier == "exact" and (
            number.unit is None or number.unit == "年") and _item_marker(number, d.folded):
        return None  # 附件：1.…, (1) 床位: an item marker
    if not _is_figure(number, d.folded) and not (number.kind == "quantity" and number.unit == "岁"):
        return None
    if d.speech and _inside(d.speech, d.speech_starts, number.start):
        return None
    if d.private and number.unit in _DURATION_UNITS and _inside(d.private, d.private_starts,
                                                              number.start):
        return None  # “…走路十分钟就到医院…”张女士说: one person's time
    if (number.unit is None or number.kind == "percent" or number.unit in _labels.MEASURES
            or number.unit in _FURNITURE_COUNTED) and _furniture(d, number, sentence):
        return None
    ctx = d.context(sentence, number.start, number.end) if cell is None else \
        _cell_context(d.cell_words(cell))
    if _base_unit(number.unit) in _MONEY and (
            _MONEY_THRESHOLD_AFTER.match(d.folded, number.end)
            or d.folded.startswith("的", number.end)
            and (d.folded[number.end - 2:number.end] in _labels.THRESHOLD_SUFFIXES
                 or _MONEY_THRESHOLD_OVER.search(ctx.before))
            or _MONEY_THRESHOLD_BEFORE.search(ctx.wide or ctx.before)
            or _MONEY_THRESHOLD_REACHED.search(ctx.before)):
        return None  # 超过1万元的部分, 起付线800元: a threshold of a rule, no figure
    if number.unit in _TIME_UNITS and _SPAN_THEN_COUNT.match(ctx.after):
        return None  # 两年服务逾三万人次: the span the count is of
    if d.ranked and (_RANKING.search(ctx.before) or _RANKING.search(ctx.after)):
        return None
    if number.kind == "quantity" and d.per_head and number.unit not in _labels.MONEY:
        topic = _BASE_TOPIC.match(ctx.lead) if "每" in ctx.lead[:12] else None
        base = _PER_HEAD_BASE.search(ctx.wide) if "每" in ctx.wide or "人口" in ctx.wide else \
            _PER_HEAD_BASE.search(ctx.lead) if _BASELINE_OF_RATE.search(ctx.before) or (
                d.previous is not None and d.previous[0] == sentence
                and d.previous[1] in _PER_HEAD_UNITS
                and (_BASE_CARRIED_ITEM.fullmatch(ctx.before)
                     or _CHANGE_OF_RATE.search(ctx.before))) else \
            _PER_HEAD_BASE.search(topic.group()) if topic and (
                _BASE_TOPIC_ITEM.fullmatch(ctx.before) or _CHANGE_OF_RATE.search(ctx.before)) else None
        if base:  # 每千人口医疗卫生机构床位数3.84张: a rate per 1,000 people (and 低于去年的49.8例)
            unit = _labels.BASE_UNITS[base.group(1) or base.group(2)]
            if unit == "per_1k" and _PER_BIRTHS.search(base.group()):
                unit = "per_mille"  # 每千名活产婴儿2.3: per 1,000 births, ‰
            number = replace(number, kind="per_base", unit=unit)
    if number.unit == "倍" and number.kind == "quantity" and _TIMES_GROWTH.search(ctx.before):
        number = replace(number, value=number.value * 100, kind="percent", unit="%", value_high=(
            None if number.value_high is None else number.value_high * 100))  # 增兩倍: 200 %
    if number.unit is None and number.kind == "quantity" and "分别" in ctx.lead[-24:] and (
            shared := _SHARED_UNIT_AFTER.match(d.folded, number.end)):
        number = replace(number, unit=shared.group(1))  # 分别为12、25和8家: 12家
    bare = number.unit is None and number.kind == "quantity"
    if bare and number.text[-1:] in _labels.LARGE_MULTIPLIERS and _SPENT.search(ctx.before):
        # 社保基金去年支出逾52億: money in hundreds of millions with no currency written, the
        # article's own (澳门元 in Macao's press, else 元)
        number = replace(number, unit=d.home_money or "元")
        bare = False
    if bare and ("人次" in (ctx.label or ctx.before) or _VISITS_COUNTER_AFTER.match(d.folded, number.end)):
        # its counter before it (服务人次破万, an enumeration's item: 甲医院、乙医院门急诊人次分别为
        # 386.5万、241.2万) or a word on (210万求诊人次)
        number = replace(number, unit="人次")
    rule = classify(number, ctx, d.folded, d.seen)
    if rule is None and bare and number.unit is None and _COUNTERLESS.match(d.folded, number.end):
        number = replace(number, unit="个")  # 擴至十一專科: units counted with no counter (个)
        rule = classify(number, ctx, d.folded, d.seen)
    if rule is None and bare and number.unit is None:
        # 执业港澳医生破千: people, uncounted
        rule = classify(replace(number, unit="人"), ctx, d.folded, d.seen)
    value, high, unit = _normalise(number)
    if abs(value) > MAX_VALUE or (high is not None and abs(high) > MAX_VALUE):
        d.notes.append(f"{d.text[number.start:number.end][:40]!r} is beyond any plausible figure "
                       f"({value:.3g} > {MAX_VALUE:.0e}); left out")
        return None
    # a rule that says the figure is no health figure (日均约7宗 after 1,380宗) is not overruled by
    # the level of its unit before it
    metric = "other" if rule is not None and rule.metric == "other" else \
        d.inherited(rule.metric if rule else "other", number, sentence, unit, ctx,
                    rule is not None and rule in _FALLBACKS)
    if ctx.label is None and "分别" in ctx.wide and metric != "other":
        metric = d.parallel(metric, sentence, unit, ctx)  # 医师…、护士…，分别提高0.11名和0.16名
    if metric in _PAIR_RATIOS and d.previous is not None and d.previous[0] == sentence \
            and d.previous[1] == unit and d.previous[2] in _PAIR_RATIOS \
            and (_PAIR_REACH.match(d.folded, d.previous[3], number.start)
                 or rule in _FALLBACKS and _RATIO_KIN_REACH.match(d.folded, d.previous[3],
                                                                  number.start)):
        metric = d.previous[2]  # 比例由3.1%升至4.5%: the later ratio is of the earlier one's kind
        # (… and a ratio labelled by no word of its own: 较前一周的14.2%, 其中…分别达136%及128%)
    elif metric in _PAIR_MONEY and d.previous is not None and d.previous[0] == sentence \
            and d.previous[1] == unit and d.previous[2] in _PAIR_MONEY \
            and _PAIR_REACH.match(d.folded, d.previous[3], number.start):
        metric = d.previous[2]  # 由每月3,800元调升至4,500元: the later sum is of the earlier's kind
    elif metric == "amount" and d.previous is not None and d.previous[0] == sentence \
            and d.previous[1] == unit and d.previous[2] == "unit_cost" \
            and _CHANGE_OF_SUM.search(ctx.before):
        metric = "unit_cost"  # 每人每年保费79元，较上年度上调6元: a change of the sum per head
    if metric == "amount" and d.private and _inside(d.private, d.private_starts, number.start):
        metric = "unit_cost"  # 林先生说…手术总费用约9,800元: one person's price
    if metric == "other" and _base_unit(number.unit) in _labels.SENTENCE_NOUN_UNITS:
        # no level of its unit before it in its sentence either: its sentence's counted noun
        rule = classify(number, ctx, d.folded, d.seen, lead_noun=True) or rule
        metric = rule.metric if rule else metric
    d.remember(metric, number, sentence, unit, ctx)
    if metric in _VISITS and unit == "次" or metric == "daily_visits" and unit == "人":
        unit = "人次"  # visits written with 次, or per day with 人 (每日约4,500人求诊)
    if unit is None and metric in _COUNTED_IN_PEOPLE:
        unit = "人"
    elif unit is None and metric in _COUNTED_BY_NAME:
        unit = "名"
    if metric == "mortality_rate" and unit == "percent":
        value, high, unit = value * 10, (high * 10 if high is not None else None), "per_mille"
    return d.row(rule, metric, value, high, unit, number.qualifier, (number.start, number.end),
                 sentence, ctx, number)


_LINKED_AT_ONCE = 5_000  # rows of one article linked together (a very large article: in runs)


def iter_document_metrics(doc, notes: list[str] | None = None) -> Iterator[dict]:
    """Every metric value in one document (a ``Document`` or any object with doc_id, text,
    published and region, and maybe a title), in text order, each with its quote and span, its
    fact and links; rows are linked a sentence run at a time up to ``_LINKED_AT_ONCE`` rows, so
    that a very large article never holds them all as dicts. The figures of a title that is not
    part of the text (a headline: 在深执业港澳医师达612名) come first, with negative offsets
    (``(title + "\n")[start:end] == quote``) and linked with the text's first rows, so that a
    headline repeating its article's figure states the same fact. Numbers left out on purpose
    (beyond ``MAX_VALUE``) are told in ``notes``, one line each."""
    d = _Document(doc, notes)
    headline = _headline(doc, d, notes)
    held: list[dict] = []
    for row in _raw_metrics(d):
        if len(held) >= _LINKED_AT_ONCE and row["_link"][1] != held[-1]["_link"][1]:
            yield from _linked(held, d, headline)
            held, headline = [], None
        held.append(row)
    yield from _linked(held, d, headline)


def spanned(text: str, title: str | None, start: int, end: int) -> str:
    """What a row's span covers: ``text[start:end]``, or for a headline figure (negative
    offsets: the title stands before the text, with a line break) ``title[...]``; a row's quote
    is always ``spanned(document.text, document.title, row.start, row.end)``."""
    if start >= 0:
        return text[start:end]
    shift = len(title or "") + 1
    return (title or "")[start + shift:end + shift]


class _Headline(NamedTuple):
    """A title's figure rows (spans of the title) and the title itself."""

    title: str
    rows: list[dict]


def _headline(doc, d: _Document, notes: list[str] | None) -> _Headline | None:
    """The figures of a document's title when the title is not part of its text, or None; the
    title is read once, as a text of its own."""
    title = getattr(doc, "title", None)
    if not isinstance(title, str) or not title.strip() or title in d.text:
        return None
    if not any(n.kind in _FIGURE_KINDS for n in iter_numbers(title)) and not (
            ("成" in title or "倍" in title or "番" in title)
            and _round_amounts(title, to_simplified(title))):
        return None  # most titles: no figure (nor 一成, 翻倍, 入住人數翻倍), nothing more to do
    own = _Document(_TitleOf(d.doc_id, title, d.published, getattr(doc, "region", None)), notes)
    # the groups a title names bare are the article's (转送逾四百名病人: its 香港病人)
    own._unnamed, own._groups_named_in = d._unnamed or own._unnamed, title + "\n" + d.text
    own._holders = own._holders or d._holders
    rows = list(_raw_metrics(own))
    return _Headline(title, rows) if rows else None


class _TitleOf(NamedTuple):
    """A title as a document of its own."""

    doc_id: str
    text: str
    published: date | None
    region: str | None


def _linked(rows: list[dict], d: _Document, headline: _Headline | None) -> list[dict]:
    """``link_rows`` of a run of a document's rows, with the headline's rows first when given:
    then spans are read in the title and text joined by a line break, and the headline's offsets
    made negative (the text starts at 0)."""
    stop = _FULL_STOP.search(d.text)  # the lines above the first sentence: a headline, a deck
    lead = d.text.rfind("\n", 0, stop.start()) if stop else len(d.text)
    heads, body = (headline.rows if headline else []) + [r for r in rows if r["start"] < lead], \
        [r for r in rows if r["start"] >= lead]
    for row in heads if heads else ():  # 港澳患者升逾三成 is a growth, as the body's 同比增长33.5%
        row["metric"] = metric_of(row["metric"], row["status"])  # it restates
    for row in body if heads else ():
        row["metric"] = metric_of(row["metric"], row["status"])
    _headline_metrics(heads, body)
    headline_periods(heads, body)
    _headline_totals(heads, body)
    _headline_plans(heads, body)
    _headline_entities(heads, body)
    _headline_groups(heads, body)
    _territory_figures(heads + body, d.entities.region)
    if headline is None:
        return link_rows(rows, d.text, d.entities)
    shift = len(headline.title) + 1
    for row in rows:
        (start, end), (s_start, s_end), before, fallback = row["_link"]
        row["_link"] = ((start + shift, end + shift), (s_start + shift, s_end + shift), before,
                        fallback)
    for row in headline.rows:
        row["start"] -= shift
        row["end"] -= shift
    return link_rows(headline.rows + rows, headline.title + "\n" + d.text, d.entities)


def _territory_figures(rows: list[dict], region: str | None) -> None:
    """Figures only a territory has (densities per 1,000 people, mortality rates, life
    expectancy, its population) that a SAR's health bureau reports (衛生局表示，每千人口醫生2.9名)
    are the territory's (澳門), not the bureau's."""
    territory = _labels.TERRITORY_NAMES.get(region)
    if territory is None:
        return
    bodies = _labels.TERRITORY_REPORTERS[region]
    for row in rows:
        name = row["entity"]
        if row["metric"] in _labels.TERRITORY_METRICS and isinstance(name, str) \
                and to_simplified(name).endswith(bodies):
            row["entity"] = territory[to_simplified(name) != name]


def _headline_metrics(headline: list[dict], body: list[dict]) -> None:
    """A headline figure no body figure restates under its own metric takes the metric and status
    of the first body figure of a kin metric (``labels.HEADLINE_KIN``) with its unit and a value it
    rounds (澳門長者增至214人: patients, as the body's 入住…澳門長者共214人)."""
    for row in headline:
        if any(restates(row, stated) for stated in body):
            continue
        kin = next((k for k in _labels.HEADLINE_KIN if row["metric"] in k), None)
        stated = kin and next((stated for stated in body if stated["metric"] in kin
                               and restates({**row, "metric": stated["metric"]}, stated)), None)
        if stated:
            row["metric"], row["status"] = stated["metric"], stated["status"]


def _headline_totals(headline: list[dict], body: list[dict]) -> None:
    """A headline figure of a flow stated as a level that restates a running total of the body
    (the first body figure of its metric and unit whose value it rounds) is that running total:
    服务患者超8万人次 … 开业首年累计服务…8.3万人次 (not a stock: 床位增至1200张 is a level, whatever
    its body's 开诊以来 says)."""
    for row in headline:
        if row["status"] != "actual" or row["metric"] not in _SINCE_FLOWS:
            continue
        stated = next((stated for stated in body if restates(row, stated)), None)
        if stated is not None and stated["status"] == "cumulative":
            row["status"] = "cumulative"


def _headline_plans(headline: list[dict], body: list[dict]) -> None:
    """A headline figure stated as done that restates a plan of the body (the first body figure
    it restates: 擴展至十一間醫療機構 … 下月起…總數將增至11間) is that plan: a headline drops the
    将 its body writes."""
    for row in headline:
        if row["status"] not in ("actual", "change"):
            continue
        planned = {**row, "metric": _labels.PLANNED_FORMS.get(row["metric"], row["metric"])}
        stated = next((stated for stated in body if restates(row, stated)
                       or restates(planned, stated)), None)  # (病床增至1,050張 … 將增至1,050張)
        if stated is not None and stated["status"] == "planned":
            row["status"], row["metric"] = "planned", planned["metric"]


def _headline_entities(headline: list[dict], body: list[dict]) -> None:
    """A headline figure naming only a place, or nothing (深圳一医院今年接诊香港长者近3万人次:
    深圳市), is of the institution in that place whose body figure it restates (该院…2.87万人次:
    深圳市南山区蛇口港湾医院)."""
    for row in headline:
        fallback = row["_link"][3]
        if not fallback and entity_type(row["entity"]) not in _PLACE_TYPES:
            continue
        stated = next((stated for stated in body if restates(row, stated)), None)
        if stated is not None and stated["entity"] and not stated["_link"][3] \
                and entity_type(stated["entity"]) not in _PLACE_TYPES \
                and (fallback or within(row["entity"], stated["entity"])):
            row["entity"], row["_link"] = stated["entity"], (*row["_link"][:3], False)


_PLACE_TYPES = frozenset({"city", "district", "region"})


def _headline_groups(headline: list[dict], body: list[dict]) -> None:
    """A headline figure naming no group (首季服務逾九千人次) counts whom the first body figure it
    restates counts (為澳門居民提供門診服務9,236人次: 澳门居民); staff, places and things none."""
    for row in headline:
        if row["population"] or row["metric"] in _NO_GROUP:
            continue
        stated = next((stated for stated in body if restates(row, stated)), None)
        if stated is not None and stated["population"]:
            row["population"] = stated["population"]


def _home_money(d: _Document, number: NumberMatch) -> NumberMatch:
    """A bare 元 in an article of Hong Kong (or of Macao, which names its pataca) is the SAR's
    currency (資助額為290元: 港元), unless its sentence names another money (人民幣3,000元)."""
    sentence = d.sentence_at(number.start)
    words = d.folded[sentence[0]:sentence[1]] if sentence else d.folded[number.start:number.end + 4]
    if any(w in words for w in _labels.OTHER_MONEY_WORDS):
        return number
    return replace(number, unit=d.home_money)


def _raw_metrics(d: _Document) -> Iterator[dict]:
    """The rows of a document before linking, in text order."""
    zeros = _zero_rate_rows(d)
    zero_spans = [span for span, _ in zeros]
    zero_starts = [start for start, _ in zero_spans]
    pending = iter(zeros)
    zero = next(pending, None)
    for number in _figures(d.text, d.folded):
        while zero is not None and zero[0][0] < number.start:
            yield zero[1]
            zero = next(pending, None)
        if zero_spans and _inside(zero_spans, zero_starts, number.start):
            continue
        crossed = d.tables.cells_crossed(number.start, number.end)
        for read in _cell_numbers(d, number, crossed) if crossed else (number,):
            if read.unit == "元" and d.home_money:
                read = _home_money(d, read)
            row = _number_row(d, read)
            if row is not None:
                yield row
    while zero is not None:
        yield zero[1]
        zero = next(pending, None)


def document_metrics(doc) -> list[dict]:
    """``iter_document_metrics`` as a list."""
    return list(iter_document_metrics(doc))


def budgeted_metrics(doc, notes: list[str] | None = None) -> Iterator[dict]:
    """``iter_document_metrics`` under the document's time budget (``analysis.budget``): raises
    OutOfTime, after some of its rows maybe, when extracting them takes longer."""
    return budget.limited(iter_document_metrics(doc, notes), len(doc.text))


def extract_metrics(documents: pd.DataFrame | Iterable,
                    problems: list[Problem] | None = None) -> pd.DataFrame:
    """One row per metric value for a documents table (or ``Document`` records), in order; a
    document whose figures take longer than its time budget has none, and is reported."""
    records = documents.itertuples(index=False) if isinstance(documents, pd.DataFrame) else documents
    dropped: list[tuple[int, int]] = []  # rows [from, to) of documents that ran out of time

    def rows() -> Iterator[dict]:
        count = 0
        for doc in records:
            first, notes = count, []
            try:
                for row in budgeted_metrics(doc, notes):
                    count += 1
                    yield row
            except budget.OutOfTime as exc:
                dropped.append((first, count))
                report(problems, Problem(_where(doc), f"extracting figures {exc}; none kept"))
                continue
            for note in notes:
                report(problems, Problem(_where(doc), note, skipped=False))

    table = metrics_table(rows())
    if dropped:
        keep = np.ones(table.num_rows, dtype=bool)
        for first, end in dropped:
            keep[first:end] = False
        table = table.filter(pa.array(keep))
    return to_frame(table)


_BATCH = 50_000


def _where(doc) -> str:
    """The file a document was read from, or its id when it came from no file (a table or an
    object built in code): what a problem with it names."""
    return str(getattr(doc, "path", None) or doc.doc_id)


def metrics_table(rows: Iterable[dict]) -> pa.Table:
    """The metrics table from row dicts as an Arrow table of ``METRIC_SCHEMA``, built column by
    column in batches (memory stays near the size of the table, not of the dicts). Arrow
    columns are cheap to build and to send between processes; ``metrics_frame`` is the pandas
    view."""
    rows = iter(rows)
    batches = []
    fields = itemgetter(*METRIC_SCHEMA.names)  # a row's values in column order
    while batch := list(islice(rows, _BATCH)):
        columns = zip(*map(fields, batch))  # the batch turned round in C: twice as fast
        del batch
        batches.append(pa.record_batch([_array(column, field.type) for column, field
                                        in zip(columns, METRIC_SCHEMA)], schema=METRIC_SCHEMA))
    return pa.Table.from_batches(batches, schema=METRIC_SCHEMA)


def _array(column: tuple, kind: pa.DataType) -> pa.Array:
    """One column as Arrow: dates (rows hold ``date`` objects) become timestamps, so Parquet
    and pandas readers get datetime64 columns."""
    if pa.types.is_timestamp(kind):
        return pa.array(column, pa.date32()).cast(kind)
    return pa.array(column, kind)


def metrics_frame(rows: Iterable[dict]) -> pd.DataFrame:
    """The metrics table from row dicts, with the dtypes of ``METRIC_DTYPES`` even when empty."""
    return to_frame(metrics_table(rows))
