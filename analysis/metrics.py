"""Metrics: every health-care figure in a document, labelled from the controlled vocabulary.

Each number that ``find_numbers`` classifies as a quantity, percent, per mille or fraction is
labelled by the first rule of ``RULES`` that fits its unit and the words around it: the counted
noun after it (``53名澳门医生``), the words before it in its clause (``床位数共3241张``), and its
sentence (``参加居民医疗保险20598人，比上年底增加9994人，增长94%``). Dates, ages, ordinals, codes,
anniversaries (``72年来``, ``75周年``), rankings (``500强``) and numbers in a first-person
anecdote are not figures and are left out. What is kept but fits no rule is ``other``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis import budget
from analysis.entities import LOOKBACK, EntityFinder
from analysis.frames import to_frame
from analysis.numbers import NumberMatch, iter_numbers
from analysis.periods import resolve_period
from analysis.problems import Problem, report
from analysis.schema import METRIC_SCHEMA

_FIGURE_KINDS = frozenset({"quantity", "percent", "per_mille", "fraction"})
_STOPS = re.compile(r"[。！？!?；;\n]")  # what ends a sentence (；too) or a line
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
_UNITS = {"%": "percent", "‰": "per_mille", "平方米": "m2", "平米": "m2", "㎡": "m2",
          "万人": "人", "万人次": "人次"}
_ZERO = r"率(?:降|下降|保持|继续)?(?:为|至|到|是)(?:零|0)(?![\d.])"
_ZERO_RATE = re.compile(rf"([\u4e00-\u9fff]{{0,10}}?{_ZERO[0]}){_ZERO[1:]}")
# The same without its label: one fast scan that rules out nearly every text (the lazy label
# makes _ZERO_RATE try ten characters at each position).
_ZERO_ANCHOR = re.compile(_ZERO)
# Numbers that are not figures: anniversaries (72年来, 75周年, 七十二载), rankings (500强, 连续3年上榜).
_NOT_A_FIGURE_AFTER = re.compile(r"周年|强|大|号|路|届|(?:行动)?(?:计划|规划|方案|行动)")
_SINCE = re.compile(r"以?来")
_TIME_UNITS = frozenset({"年", "载", "月", "个月", "天", "日", "周"})
_RANKING_WORDS = ("上榜", "排名", "榜单", "名列", "位列")
_RANKING = re.compile("|".join(_RANKING_WORDS))
_SPEECH = re.compile(r"[“「][^”」]{0,600}[”」]")
_AFTER_END = re.compile(r"[，,、；;。！？!?：:\n]")


@dataclass(frozen=True)
class Rule:
    """Label a figure ``metric`` when its kind, unit and context all fit.

    ``noun`` is searched in the words right after the figure, then at the end of the words
    before it; ``before`` in its clause before it; ``lead`` in its sentence before it;
    ``sentence`` anywhere in its sentence.
    """

    metric: str
    kinds: frozenset[str] = frozenset({"quantity"})
    units: frozenset[str | None] | None = None
    noun: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    lead: re.Pattern[str] | None = None
    sentence: re.Pattern[str] | None = None


def _rule(metric: str, kinds: Iterable[str] = ("quantity",), units: Iterable[str | None] | None
          = None, noun: str | None = None, before: str | None = None, lead: str | None = None,
          sentence: str | None = None) -> Rule:
    def compile_(pattern: str | None) -> re.Pattern[str] | None:
        return re.compile(pattern) if pattern else None

    return Rule(metric, frozenset(kinds), frozenset(units) if units is not None else None,
                compile_(noun), compile_(before), compile_(lead), compile_(sentence))


_PEOPLE = ("人", "名", "位", "个")
_INSURANCE = r"保险|参保|医保|社保|养老金"
_GROWTH_WORDS = r"增长|增加|提高|上升|增幅|同比|提升"

RULES: tuple[Rule, ...] = (
    _rule("mortality_rate", kinds=("per_mille", "percent"), before=r"死亡率|病死率"),
    _rule("insurance_growth", kinds=("percent",), before=_GROWTH_WORDS, sentence=_INSURANCE),
    _rule("growth", kinds=("percent",), before=_GROWTH_WORDS),
    _rule("share", kinds=("percent", "fraction"), before=r"占|比例|比重|占比"),
    _rule("rate", kinds=("percent", "per_mille"), before=r"率|度"),
    _rule("share", kinds=("percent", "fraction")),
    _rule("rate", kinds=("per_mille",)),
    _rule("dental_chairs", units=("张", "台"), noun=r"牙椅|牙科椅"),
    _rule("planned_beds", units=("张",), noun=r"病床|床位数?|床", before=r"规划|计划|拟|预计|设计|将"),
    _rule("planned_beds", units=("张",), noun=r"病床|床位数?|床", lead=r"规划|拟设置|计划|筹建|将设置"),
    _rule("beds", units=("张",), noun=r"病床|床位数?|床"),
    _rule("admissions", units=("人次",), before=r"住院|出院"),
    _rule("patient_visits", units=("人次",)),
    _rule("area", units=("平方米", "平米", "㎡")),
    _rule("insurance_increase", units=("人",), before=r"(?:增加|新增|增长)了?[约近超逾达]*$",
          sentence=_INSURANCE),
    _rule("insurance_enrolment", units=("人",),
          before=r"(?:参加|参保|投保|加入|纳入)\S*(?:保险|医保|社保)|(?:保险|医保)\S{0,6}(?:参保|人数)"),
    _rule("pension_recipients", units=("人",), before=r"(?:领取|享受)\S*(?:养老金|养老待遇)"),
    _rule("staff", units=_PEOPLE, noun=r"医护|医务|职工|员工|人才|博士|硕士|顾问|工作人员|技术人员"),
    _rule("nurses", units=_PEOPLE, noun=r"护士|护理"),
    _rule("doctors", units=_PEOPLE, noun=r"医生|医师|专家|名医|大夫"),
    _rule("patients", units=_PEOPLE + ("例",),
          noun=r"患者|患儿|病人|病患|孕产妇|产妇|孕妇|新生儿|早产儿|婴儿|儿童|长者|老人"),
    _rule("population", units=_PEOPLE + (None,),
          noun=r"居民|同胞|侨胞|人口|华侨|市民|港人|澳人"),
    _rule("procedures", units=("例", "台", "次"), noun=r"手术|术", before=r"手术|术"),
    _rule("procedures", units=("例", "台"), before=r"手术|术|治疗|诊疗|筛查"),
    _rule("cases", units=("例",)),
    _rule("research_output", units=("篇",)),
    _rule("research_output", units=("项", "个", "篇", "部"), noun=r"课题|专利|论文|成果|基金|著作"),
    _rule("institutions", units=("家", "所", "个"),
          noun=r"医院|机构|诊所|企业|公司|卫生院|门诊部|药店|集团|院所|医疗"),
    _rule("facilities", units=("间", "个", "处", "座"),
          noun=r"诊室|病房|手术室|实验室|诊所|门诊|病区|科室|工作室|站|中心|室"),
    _rule("programs", units=("个", "项", "批"),
          noun=r"项目|专科|技术|计划|方案|工程|课程|试点|学科|服务|措施|政策"),
    _rule("duration", units=("年", "天", "日", "月", "个月", "周", "小时", "分钟", "秒")),
)


class _Context(NamedTuple):
    """The words around one number: its sentence, clause, the words after it."""

    sentence: str
    lead: str
    before: str
    after: str


def _clause_before(sentence_text: str, offset: int) -> str:
    """The words of a sentence before ``offset``, back to the last comma-like break."""
    cut = max(sentence_text.rfind(mark, 0, offset) for mark in _CLAUSE_BREAKS)  # -1: none
    return sentence_text[cut + 1:offset]


def _noun_fits(rule: Rule, ctx: _Context) -> bool:
    if rule.noun.search(ctx.after):
        return True
    return bool(rule.noun.search(ctx.before))


@lru_cache(maxsize=256)
def _rules_for(kind: str, unit: str | None) -> tuple[Rule, ...]:
    """The rules, in order, whose kinds and units admit a figure of this kind and unit."""
    return tuple(rule for rule in RULES
                 if kind in rule.kinds and (rule.units is None or unit in rule.units))


def classify(number: NumberMatch, ctx: _Context) -> Rule | None:
    """The first rule that fits a figure, or None (the figure is ``other``)."""
    for rule in _rules_for(number.kind, _base_unit(number.unit)):
        if rule.noun is not None and not _noun_fits(rule, ctx):
            continue
        if rule.before is not None and not rule.before.search(ctx.before):
            continue
        if rule.lead is not None and not rule.lead.search(ctx.lead):
            continue
        if rule.sentence is not None and not rule.sentence.search(ctx.sentence):
            continue
        return rule
    return None


def _base_unit(unit: str | None) -> str | None:
    """The counter without a multiplier: 万人次 -> 人次 (the value is already normalised)."""
    if unit and len(unit) > 1 and unit[0] in "万亿千百" and unit not in ("万元",):
        return unit[1:]
    return unit


def _is_figure(number: NumberMatch, text: str) -> bool:
    """False for numbers that are not figures: dates, ages, anniversaries, rankings."""
    if number.kind not in _FIGURE_KINDS:
        return False
    if number.unit in ("岁", "周年", "载"):
        return False
    if _NOT_A_FIGURE_AFTER.match(text, number.end):
        return False
    if number.unit in _TIME_UNITS and _SINCE.match(text, number.end):
        return False
    return text[max(0, number.start - 1):number.start] not in ("第", "前")


def _anecdotes(text: str) -> list[tuple[int, int]]:
    """Spans of first-person direct speech (“我…”): personal stories, not figures."""
    if "我" not in text or ("“" not in text and "「" not in text):
        return []  # the usual case, found at string-search speed
    return [(m.start(), m.end()) for m in _SPEECH.finditer(text) if "我" in m.group()]


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
    unit = _base_unit(number.unit)
    return number.value, number.value_high, _UNITS.get(unit or "", unit)


_COUNTED_IN_PEOPLE = frozenset({"population", "patients", "insurance_enrolment",
                                "insurance_increase", "pension_recipients"})


_ENROL = re.compile(r"参加|参保|投保|加入|纳入|领取|享受")
_SCHEME = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:保险|医保|养老金)")
_RATE = re.compile(r"[\u4e00-\u9fff\d]{0,10}?率")
_LAST_WORDS = re.compile(r"[\u4e00-\u9fff]{1,16}$")
_PLACE_WORDS = re.compile(r"^(?:我市|全市|本市|全省|全国|该院|本院)")
_TRAILING = re.compile(r"(?:降至|降为|增加至|上升至|增至|达到|达|大约|约|超过|超|逾|近|共计|共|从|为|至|有|"
                       r"是|了|的|累计|年均|每年)+$")


def _subject(rule: Rule | None, ctx: _Context) -> str | None:
    """A short label of what is counted: the insurance scheme, the rate, the counted noun after
    the figure, or the words before it without verbs and qualifier words."""
    metric = rule.metric if rule else ""
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
    before = _LAST_WORDS.search(_TRAILING.sub("", ctx.before[-64:]))
    return _PLACE_WORDS.sub("", before.group()) if before else None


def _words_after(text: str, start: int, end: int) -> str:
    """The words after a figure up to the end of its clause (at most ``end``)."""
    stop = _AFTER_END.search(text, start, end)
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
        self.speech = _anecdotes(self.text)
        # else no figure is a ranking; words looked for one by one, at string-search speed
        self.ranked = any(word in self.text for word in _RANKING_WORDS)
        self.speech_starts = [s for s, _ in self.speech]
        # a missing region arrives as None or, through a pandas table, as NaN
        self.entities = EntityFinder(self.text, doc.region if isinstance(doc.region, str) else None)
        self._quote_span: tuple[int, int] | None = None
        self._quote = ""

    def quote(self, start: int, end: int) -> str:
        """text[start:end], one string object per span (figures share sentences)."""
        if self._quote_span != (start, end):
            self._quote_span, self._quote = (start, end), self.text[start:end]
        return self._quote

    def sentence_at(self, position: int) -> tuple[int, int] | None:
        """The sentence holding ``position``, cut to ``_SENTENCE_REACH`` characters either side."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        if index < 0:
            return None
        start, end = self.sentences[index]
        return max(start, position - _SENTENCE_REACH), min(end, position + _SENTENCE_REACH)

    def context(self, sentence: tuple[int, int], start: int, end: int) -> _Context:
        s_start, s_end = sentence
        sentence_text = self.text[s_start:s_end]
        offset = start - s_start
        return _Context(sentence_text, sentence_text[:offset], _clause_before(sentence_text, offset),
                        _words_after(self.text, end, min(s_end, end + _RIGHT_REACH)))

    def row(self, rule: Rule | None, metric: str, value: float, high: float | None,
            unit: str | None, qualifier: str, span: tuple[int, int], sentence: tuple[int, int],
            ctx: _Context, number: NumberMatch | None) -> dict:
        """One metrics row, with the entity, period, subject and quote of the figure."""
        text = self.text
        q_start, q_end = _quote_span(text, sentence, number) if number else sentence
        return {
            "doc_id": self.doc_id, "metric": metric, "value": float(value),
            "value_high": None if high is None else float(high), "unit": unit,
            "qualifier": qualifier,
            "entity": self.entities.entity(sentence, span, _paragraph_start(text, span[0])),
            "period": resolve_period(text[max(_before(self.full_stops, span[0]),
                                              span[0] - _SENTENCE_REACH):span[0]],
                                     self.published),
            "subject": _subject(rule, ctx), "quote": self.quote(q_start, q_end),
            "start": q_start, "end": q_end,
        }


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
        span = (zero.start(1), zero.end())
        rows.append((span, d.row(None, metric, 0.0, None,
                                 "per_mille" if metric == "mortality_rate" else "percent",
                                 "exact", span, sentence, ctx, None)))
    return rows


def _number_row(d: _Document, number: NumberMatch) -> dict | None:
    """The row of one number, or None when it is not a figure."""
    sentence = d.sentence_at(number.start)
    if sentence is None or not _is_figure(number, d.text):
        return None
    if d.speech and _inside(d.speech, d.speech_starts, number.start):
        return None
    ctx = d.context(sentence, number.start, number.end)
    if d.ranked and (_RANKING.search(ctx.before) or _RANKING.search(ctx.after)):
        return None
    rule = classify(number, ctx)
    metric = rule.metric if rule else "other"
    value, high, unit = _normalise(number)
    if abs(value) > MAX_VALUE or (high is not None and abs(high) > MAX_VALUE):
        d.notes.append(f"{d.text[number.start:number.end][:40]!r} is beyond any plausible figure "
                       f"({value:.3g} > {MAX_VALUE:.0e}); left out")
        return None
    if unit is None and metric in _COUNTED_IN_PEOPLE:
        unit = "人"
    if metric == "mortality_rate" and unit == "percent":
        value, high, unit = value * 10, (high * 10 if high is not None else None), "per_mille"
    return d.row(rule, metric, value, high, unit, number.qualifier, (number.start, number.end),
                 sentence, ctx, number)


def iter_document_metrics(doc, notes: list[str] | None = None) -> Iterator[dict]:
    """Every metric value in one document (a ``Document`` or any object with doc_id, text,
    published and region), in text order, each with its quote and span; rows are made one at a
    time so that a very large article never holds them all as dicts. Numbers left out on
    purpose (beyond ``MAX_VALUE``) are told in ``notes``, one line each."""
    d = _Document(doc, notes)
    zeros = _zero_rate_rows(d)
    zero_spans = [span for span, _ in zeros]
    zero_starts = [start for start, _ in zero_spans]
    pending = iter(zeros)
    zero = next(pending, None)
    for number in iter_numbers(d.text):
        while zero is not None and zero[0][0] < number.start:
            yield zero[1]
            zero = next(pending, None)
        if zero_spans and _inside(zero_spans, zero_starts, number.start):
            continue
        row = _number_row(d, number)
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
                report(problems, Problem(doc.path, f"extracting figures {exc}; none kept"))
                continue
            for note in notes:
                report(problems, Problem(doc.path, note, skipped=False))

    table = metrics_table(rows())
    if dropped:
        keep = np.ones(table.num_rows, dtype=bool)
        for first, end in dropped:
            keep[first:end] = False
        table = table.filter(pa.array(keep))
    return to_frame(table)


_BATCH = 50_000


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
        batches.append(pa.record_batch([pa.array(column, field.type) for column, field
                                        in zip(columns, METRIC_SCHEMA)], schema=METRIC_SCHEMA))
    return pa.Table.from_batches(batches, schema=METRIC_SCHEMA)


def metrics_frame(rows: Iterable[dict]) -> pd.DataFrame:
    """The metrics table from row dicts, with the dtypes of ``METRIC_DTYPES`` even when empty."""
    return to_frame(metrics_table(rows))
