"""What one figure means, from the words around it: its status, who is counted, its sign.

``status_of`` tells a level (``actual``) from a target (``planned``: 计划, 拟, 将, 规划 …), a change
amount (``change``: 增加9887人, 减少200张), a rate of change (``rate_of_change``: 增长260%, 同比下降
3.2%) and a running total (``cumulative``: 累计, 自…以来). ``population_of`` names who is counted
(澳门居民, 孕产妇) apart from the entity that serves or reports. ``signed`` makes a decline negative.
The word lists are data, in both scripts (``analysis/_rules/cues.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from analysis._rules import cues as _cues
from analysis._rules.cues import AND, SUBJECT_OF
from analysis._rules.cues import CHANGE_QUALIFIERS as _QUALIFIERS
from analysis._rules.lookahead import first_characters, lookahead
from analysis._rules.time import FROM_START_TO
from analysis.folding import to_simplified


def _alternation(words) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


_PLANNED_WORDS = (f"(?:(?:{_alternation(_cues.NOT_PLANNED)})"
                  f"|(?P<plan>{_alternation(_cues.PLANNED)})|(?P<now>{_alternation(_cues.NOW)}))")
_PLANNED = re.compile(lookahead(_PLANNED_WORDS) + _PLANNED_WORDS)  # lets sre skip the rest
# a change verb stands before its figure, with at most a short noun between (新增床位600张,
# 新引进高层次医学人才138名) and no level word (增加至, 增加到); only the clause's end is read
_NOT_BETWEEN = "".join(_cues.TO_LEVEL)
_CHANGE = re.compile(f"(?:{_alternation(_cues.CHANGE)})了?(?:[^，,。；;：:\\d{_NOT_BETWEEN}的]{{1,8}}?)?"
                     f"{_QUALIFIERS}[-−－]?$")
_CHANGE_REACH = 20
_RATE = re.compile(_alternation(_cues.RATE_OF_CHANGE))
_TO_LEVEL = re.compile(f"[{''.join(_cues.TO_LEVEL)}]")
# 较在港求诊私家医生低约七成: a comparison ending the clause, its direction in ``lower``
# (… or one opening on 低于 an earlier time: 低于去年同期水平约六成, 低於上年約兩成; a digit group's
# comma is no break: 比2023年同期的2,936例低约六成)
_COMPARATIVE = re.compile(f"(?:[{''.join(_cues.COMPARED)}](?![例率重])(?:[^，,。；;：:]|(?<=\\d),(?=\\d)){{1,20}}?"  # (not 比例最高达)
                          f"(?:(?P<lower>[{''.join(_cues.LOWER)}])|[{''.join(_cues.HIGHER)}])"
                          f"|(?P<below>{_cues.BELOW_EARLIER}))"
                          f"了?{_QUALIFIERS}$")
_DECLINE = re.compile(_alternation(_cues.DECLINE))
_NEUTRAL_CHANGE = re.compile(_alternation(tuple(map(to_simplified, _cues.NEUTRAL_CHANGE))))
_POPULATION_FORMS = {form: name for name, forms in _cues.POPULATIONS.items() for form in forms}


# not the base of a per-head rate (每千常住人口床位5.3张): one lookbehind per base word
_NOT_PER_HEAD = "".join(f"(?<!{re.escape(word)})" for word in _cues.PER_HEAD_BEFORE)


def _groups_pattern(forms) -> re.Pattern[str]:
    """The groups of ``forms``, the aged and children under an age, not as the base of a per-head
    rate, with a lookahead on their first characters (lets sre skip the rest of the text)."""
    words = (f"(?:{_cues.LOW_BIRTH_WEIGHT}|{_alternation(forms)}|{_cues.AGED}"
             f"|{_cues.CHILDREN_UNDER}|{_cues.BORN}|{'|'.join(_cues.AS_WRITTEN.values())})")
    return re.compile(lookahead(words) + _NOT_PER_HEAD + _cues.NOT_SPLIT_WORD + words)


_POPULATION = _groups_pattern(_POPULATION_FORMS)
_CHILDREN_UNDER = re.compile(_cues.CHILDREN_UNDER)
_LOW_BIRTH_WEIGHT = re.compile(_cues.LOW_BIRTH_WEIGHT)
_AS_WRITTEN = {re.compile(pattern): name for name, pattern in _cues.AS_WRITTEN.items()}
_AGE_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
# 3400名居于横琴粤澳深度合作区的澳门居民: the group after a phrase that ends with 的 (or 予:
# 三成门诊号源予澳门居民; GROUP_AFTER_LINKS)
_LINKS = "".join(_cues.GROUP_AFTER_LINKS)
_OF_GROUP = re.compile(f"[^，,。；;：:、{_LINKS}]{{1,12}}[{_LINKS}]"
                       f"(?:{_alternation(_cues.GROUP_PREFIXES)})?"
                       f"(?P<group>{_alternation(_POPULATION_FORMS)})")


# 来自內地及香港的病人: the origins joined by 及/和/、 before 的 and a head (ORIGIN_HEADS)
_FROM_ORIGIN = re.compile(
    f"(?:{_alternation(_cues.FROM_ORIGIN)})(?P<origins>(?:{_alternation(_cues.ORIGINS)})"
    f"(?:(?:{_cues.AND})(?:{_alternation(_cues.ORIGINS)})){{0,3}})的"
    f"(?P<head>{_alternation(_cues.ORIGIN_HEADS)})")


def _name(form: str) -> str:
    """The group a form names (a form no list holds is of an age: 65岁及以上人士 are 长者, 3岁以下
    儿童 as written, in simplified form with Arabic digits; or of a birth weight: 低出生体重婴儿)."""
    if form in _POPULATION_FORMS:
        return _POPULATION_FORMS[form]
    if form == "出生":  # 医院出生1,338名 (BORN)
        return _cues.BORN_GROUP
    if _LOW_BIRTH_WEIGHT.fullmatch(form):  # 出生体重低于2500克的新生儿 (LOW_BIRTH_WEIGHT)
        return _cues.LOW_BIRTH_WEIGHT_GROUP
    for pattern, name in _AS_WRITTEN.items():  # 儿童, 成人 (AS_WRITTEN)
        if pattern.fullmatch(form):
            return name
    if _CHILDREN_UNDER.fullmatch(form):
        age, rest = re.match(r"([^岁歲]+)(.*)", to_simplified(form)).groups()
        if not age.isdigit():  # 十, 十二, 六: the age in Chinese digits
            tens, _, units = age.rpartition("十")
            age = str((_AGE_DIGITS.get(tens, 1) * 10 if "十" in age else 0)
                      + _AGE_DIGITS.get(units, 0))
        return age + rest
    return AGED_AS_WRITTEN


# the elderly counted by their age (65岁或以上长者, 65歲或以上人士), until ``aged_group`` names them
AGED_AS_WRITTEN = _cues.AGED_GROUP + "（按年龄）"
_OWN_PLACE_RESIDENTS = {to_simplified(form): sar + _cues.RESIDENTS_WORD
                        for sar, forms in _cues.AREAS.items() if sar in _cues.REGIONS
                        for form in forms if form[0] in "本全" and sar + _cues.RESIDENTS_WORD in _cues.POPULATIONS}
_OWN_AGED = re.compile(f"({_alternation(_OWN_PLACE_RESIDENTS)})(?:{_cues.AGED})")
_RESIDENTS_AGED = {name: name[:-len(_cues.RESIDENTS_WORD)] + _cues.AGED_GROUP
                   for name in _cues.POPULATIONS if name.endswith(_cues.RESIDENTS_WORD)
                   and name[:-len(_cues.RESIDENTS_WORD)] + _cues.AGED_GROUP in _cues.POPULATIONS}


def aged_group(*texts: str) -> str:
    """The elderly counted by their age, as written (长者), or the elderly of the place whose
    residents the first of ``texts`` to name any names last (其中65岁以上长者 after 在番禺居住的澳门
    居民: 澳门长者) — the words of the figure's sentence before it, then the sentence it goes on
    from (當中65歲及以上長者 after 香港居民約有52.7萬人)."""
    for text in texts:
        residents = None
        for match in _POPULATION.finditer(text):
            name = _name(match.group())
            if name in _RESIDENTS_AGED:
                residents = name
        if residents:
            return _RESIDENTS_AGED[residents]
        own = None
        for own in _OWN_AGED.finditer(text):
            pass
        if own:  # 本澳65歲或以上長者: the territory's own
            return _RESIDENTS_AGED[_OWN_PLACE_RESIDENTS[own.group(1)]]
    return _cues.AGED_GROUP


# the same without the bare groups that name nobody of their own (病人), for an article that names
# no fuller group of theirs: its 病人 are no group, and the group named before them stands
_NAMED_FORMS = {form: name for form, name in _POPULATION_FORMS.items()
                if name not in _cues.UNNAMED_GROUPS}
_GROUPS = {True: (_POPULATION, _OF_GROUP),
           False: (_groups_pattern(_NAMED_FORMS),
                   re.compile(f"[^，,。；;：:、{_LINKS}]{{1,12}}[{_LINKS}]"
                              f"(?:{_alternation(_cues.GROUP_PREFIXES)})?"
                              f"(?P<group>{_alternation(_NAMED_FORMS)})"))}
_MINUS = "-−－"
_COUNTED_RESIDENTS = tuple(map(to_simplified, _cues.COUNTED_RESIDENTS))
_PAIR_FROM = frozenset(_cues.PAIR_FROM)
# a year written in Chinese digits (二○二七年, 二〇二七年), with either form of zero
_CHINESE_DIGITS = [str.maketrans("0123456789", zero + "一二三四五六七八九") for zero in "○〇零"]
# a number, no date (2024年); or one in words with its counter (二十間)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*(?![\d.,年月日号號])|[一二三四五六七八九十两兩百千万萬]+(?=[间間家所个個张張名人])")
_PLAN_START = re.compile(f"[{first_characters(_alternation(_cues.PLANNED))}]")
_TOTAL_START = re.compile(f"[{first_characters(_alternation(_cues.CUMULATIVE))}]")
_CUMULATIVE = re.compile(_alternation(_cues.CUMULATIVE))
_SINCE_EVENT = re.compile(_alternation(_cues.SINCE_EVENTS))
_RUNNING = re.compile(_alternation(_cues.RUNNING))
_FROM_START_TO = re.compile(FROM_START_TO)
_OWN_TIME = re.compile(_cues.OWN_TIME)
_UP_TO = re.compile(r"(?:截至|截止)[^，,。；;]{0,12}?(?:底|末|日|号|號|止)")
_OWN_TIME_START = re.compile(f"[{first_characters(_cues.OWN_TIME)}]")
_PRESENT = re.compile(_alternation(_cues.PRESENT))
_UP_TO_SUM = re.compile(_cues.UP_TO_SUM)
_SINCE_THEN = re.compile(_cues.SINCE_THEN)
_SINCE_START = re.compile(_cues.SINCE_START)
_SUM_LISTED = re.compile(_cues.SUM_LISTED)
# 自试点计划推行以来 with no date: a running total all the same
_SINCE = re.compile(f"(?:{_alternation(_cues.SINCE_FROM)})[^，,。；;]{{1,40}}?(?:{_alternation(_cues.SINCE)})")
_SHORT_ORIGIN = {short: full for full, shorts in _cues.SHORT_ORIGINS.items() for short in shorts}
_ORIGIN = (f"(?:{_alternation(_cues.ORIGINS)}|(?<![{''.join(_cues.SHORT_ORIGIN_NOT_AFTER)}])"
           f"(?:{_alternation(_SHORT_ORIGIN)}))")
_NOT_A_NAME = f"(?!{_alternation(_cues.NOT_AFTER_PROFESSION)})"
_PROFESSION = f"(?:{_alternation(_cues.PROFESSIONS)})"
# 港澳医师、护士等医疗专业人员: a list of professions closed by 等 and a collective word (bounded)
_PROFESSION_LIST = (f"(?P<listed>{_PROFESSION}(?:(?:{_alternation(_cues.PROFESSION_LIST_JOINERS)})"
                    f"{_PROFESSION}){{0,4}}{re.escape(_cues.PROFESSION_LIST_END)})")
_PROFESSIONAL = re.compile(f"{_ORIGIN}籍?(?:{_alternation(_cues.PROFESSION_KINDS)})?"
                           f"{_PROFESSION_LIST}?{_PROFESSION}{_NOT_A_NAME}")
_PROFESSIONAL_OF = {metric: re.compile(
    f"{_ORIGIN}籍?(?:{_alternation(_cues.PROFESSION_KINDS)})?"
    f"{_PROFESSION_LIST}?(?:{_alternation(kinds)}){_NOT_A_NAME}") for metric, kinds in _cues.PROFESSIONS_OF.items()}
# a name in quotation marks (「港澳台医师短期行医执业证书」): blanked before its sentence's staff are read
_QUOTED = re.compile("|".join(f"{re.escape(q[0])}[^{re.escape(q)}]{{1,40}}{re.escape(q[1])}"
                              for q in _cues.NAME_QUOTES))


def _unquoted(text: str) -> str:
    """``text`` with the names it quotes blanked, its length kept."""
    if not _QUOTED.search(text):
        return text
    return _QUOTED.sub(lambda found: "\u3000" * len(found.group()), text)


# staff a service is done for (为港澳医师办理…): the staff, as ``_PROFESSIONAL`` reads them
_FOR_STAFF = re.compile(f"(?<=[{''.join(_cues.FOR_STAFF)}])(?:[^，,。；;：:{''.join(_cues.FOR_STAFF)}]"
                        f"{{0,16}}?的)?{_PROFESSIONAL.pattern}")


def _staff_group(found: re.Match[str]) -> str:
    """The group of staff a match names, in simplified form with its full origin (港医生: 香港医生)."""
    found = _PROFESSIONAL.search(found.group()) or found  # (对…的港澳医师: the staff, not 对…的)
    name = found.group()
    if "listed" in found.re.groupindex and found["listed"]:  # 港澳医师、护士等医疗专业人员
        start = found.start()
        name = name[:found.start("listed") - start] + name[found.end("listed") - start:]
    name = to_simplified(name)
    if any(name.startswith(origin) for origin in map(to_simplified, _cues.ORIGINS)):
        return name
    short = next((s for s in _SHORT_ORIGIN if name.startswith(s)), None)
    return _SHORT_ORIGIN[short] + name[len(short):] if short else name
_WHOLE_RATE = re.compile(_alternation(_cues.WHOLE_POPULATION_RATES))
_AND = re.compile(AND)
_ALIKE = tuple(_cues.ALIKE)
_PARENTS_OF = tuple(_cues.PARENTS_OF)
_SHARE_OF = re.compile(f"[{''.join(_cues.SHARE_OF)}]")
_SUBJECT_OF = re.compile(SUBJECT_OF)
_ENROLMENTS = frozenset({"insurance_enrolment", "insurance_increase", "insurance_growth",
                         "pension_recipients"})
_RATE_UNITS = frozenset({"percent", "pp"})
# a multiple of a baseline (增至3倍, 是去年同期的2.5倍): a rate of change, however written
_RATIO_UNITS = frozenset({"倍"})
# what happens and is counted as it happens (visits, cases, doses, money paid), not people or things
# a date finds there (截至5月底，入住院舍的长者共1,136名: a level)
_EVENTS = frozenset({"patient_visits", "admissions", "procedures", "cases", "vaccinations", "amount"})
_RATE_METRICS = frozenset({"growth", "insurance_growth"})
# A space between two words of Chinese: the break between two phrases of a headline (广州今年将新增
# 3家医院 香港居民参保人数升至2.76万人), where a sentence would have a comma or a full stop; not
# the space after a dateline (本报讯 记者…: DATELINE_BEFORE_SPACE).
_HEADLINE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])"
                             + "".join(f"(?<!{re.escape(word)})" for word in _cues.DATELINE_BEFORE_SPACE)
                             + r"[ \u3000]+(?=[\u4e00-\u9fff])")
# … and the break right after a figure (一年多 转诊患者): the words after it are the next phrase's
_PHRASE_AFTER = re.compile(_cues.PHRASE_AFTER)


def last_phrase(text: str) -> str:
    """``text`` after its last headline break (all of it when it has none)."""
    if " " not in text and "\u3000" not in text:
        return text  # the usual case, found at string-search speed
    return _HEADLINE_BREAK.split(text)[-1]


def first_phrase(text: str) -> str:
    """``text`` up to its first headline break (all of it when it has none): the words after a
    figure that are still its phrase's (港澳求診增三成　下月起接受…: not the next phrase)."""
    if " " not in text and "\u3000" not in text:
        return text
    cut = _PHRASE_AFTER.search(text)
    return text[:cut.start()] if cut else text


def _planned(lead: str, planned: bool = False) -> bool:
    """Whether the last planning word of a sentence's lead comes after the last 'now' word that
    still stands (``planned``: the lead is in a plan from its start): the 'now' of the earlier
    value of a pair, with a figure after it, was of that figure (将由现时的11间扩展至20间: 20 is
    planned)."""
    if not planned and not _PLAN_START.search(lead):
        return False  # the usual case, found by one character class
    state = planned
    for match in _PLANNED.finditer(lead):
        if match["plan"]:
            state = True
        elif match["now"] and not (lead[max(0, match.start() - 1):match.start()] in _PAIR_FROM
                                   and _FIGURE.search(lead, match.end())):
            state = False
    return state


def _list_head(run: str, lead: str) -> str:
    """The head of the list a figure's sentence is an item of: the run's words before its last
    colon that stands before the sentence ("" when there is none)."""
    earlier = run[:max(0, len(run) - len(lead))]
    if not any(mark in earlier for mark in _cues.LIST_HEAD):
        return ""  # the usual case
    earlier = last_phrase(earlier)
    colon = max(earlier.rfind(mark) for mark in _cues.LIST_HEAD)
    return earlier[:colon] if colon >= 0 else ""


def metric_of(metric: str, status: str) -> str:
    """A figure's metric given its status: a rate of change read as a share is a growth
    (结算量升近三成), a change of an enrolment its increase (參保一年增近萬人)."""
    if status == "rate_of_change":
        return _cues.GROWTH_OF.get(metric, metric)
    return _cues.CHANGE_OF.get(metric, metric) if status == "change" else metric


def planned_period(start: date | None, end: date | None, published: date | None,
                   lead: str) -> bool:
    """Whether a figure's period starts in a year after its article's, a year its sentence up to
    it (``lead``) names: a figure of a time to come is a target (到2027年床位达5万张, 2026年底前
    建成3家), whatever words it is said with. Years, not days: an article's date can be only its
    title's year (珠海市2024年…统计公报); a year the sentence does not name may be carried from
    another figure's."""
    first = start or end
    if first is None or published is None or first.year <= published.year:
        return False
    digits = str(first.year)
    return digits in lead or any(digits.translate(zeros) in lead for zeros in _CHINESE_DIGITS)


def past_period(start: date | None, end: date | None, published: date | None, lead: str) -> bool:
    """Whether a figure's period, a year or a part of one its sentence up to it (``lead``)
    names, ended before its article was published: what was planned for it is done (2025-26年度
    计划拨款 read in 2026: the allocation made), a level it rose from (由2025年的2.31名提高到…)."""
    if start is None or end is None or published is None or end >= published:
        return False
    return any(str(day.year) in lead or any(str(day.year).translate(zeros) in lead
                                            for zeros in _CHINESE_DIGITS) for day in (start, end))


def _rate_cue(before: str) -> re.Match[str] | None:
    """The last rate-of-change word of a clause, unless a level follows it (提高至95%; not after
    a noun of the change, 增幅为53.1%)."""
    last = _last_rate_word(before)
    if last is None or _TO_LEVEL.search(before, last.end()) and not before.startswith(
            _cues.CHANGE_NOUNS, last.start()):
        return None
    return last


def _last_rate_word(before: str) -> re.Match[str] | None:
    last = None
    for last in _RATE.finditer(before):
        pass
    return last


def status_of(metric: str, unit: str | None, lead: str, before: str, cumulative: bool,
              run: str = "", section: bool = False, stock: bool = False) -> str:
    """The status of a figure: its metric and unit, its sentence up to it (``lead``), its clause
    up to it (``before``); ``cumulative`` when its period runs since a date (自…以来); ``run``
    the text from the last full stop up to it, whose list head (…目标：) makes every item after
    it a plan; ``section`` when it stands in a section of a plan's targets or tasks (三、重点任务),
    a plan unless a 'now' word precedes it; ``stock`` for a level of things or people (beds,
    hospitals, staff), a running total only when its clause says 累计 or is a part of a running
    total its sentence says before it (累计有62名…，其中香港医师47名; not 自…以来，广州4家试点医院
    累计接收…, nor a period since a date carried from the sentences before). A headline's
    phrases are read apart (the plan of one is not the next one's)."""
    lead, before = last_phrase(lead), last_phrase(before)
    if metric == "planned_beds" or _planned(lead, section) or (
            (head := _list_head(run, lead)) and _planned(head + lead)):
        return "planned"
    if unit in _RATIO_UNITS and metric in _RATE_METRICS:
        return "rate_of_change"
    if unit in _RATE_UNITS:
        if _rate_cue(before) or (metric in _RATE_METRICS and not _last_rate_word(before)) \
                or (unit == "percent" and _COMPARATIVE.search(before)):
            return "change" if unit == "pp" else "rate_of_change"  # 提高2.1个百分点: an amount
    elif _CHANGE.search(before[-_CHANGE_REACH:]):
        return "change"
    if metric in _cues.AVERAGES:
        return "actual"  # 每宗约2,064港元, 日均70人次 in a running total's sentence: an average
    if _RUNNING.search(before) or _SINCE_EVENT.search(before) or (
            "共" in before and _FROM_START_TO.search(lead)):  # 自…推出至3月底，…共完成326宗
        return "cumulative"
    if _own_time(before) or _own_time(after := _after_last_total(lead)) or (
            after and _PRESENT.search(after)):
        return "actual"  # 去年共服务约4600名; 自…以来，…，2025全年门诊…，住院…: of their own time
    if _totals(before) or (unit not in _RATE_UNITS and (
            _part_of_total(before, lead) if stock else cumulative or _totals(lead)
            or (metric in _EVENTS and _SINCE_START.search(lead))
            or (metric in _EVENTS and _UP_TO.search(lead) and _SUM_LISTED.search(lead))
            or (metric in _EVENTS and _UP_TO_SUM.search(before)
                and (_UP_TO.search(lead) or _SINCE_THEN.search(lead))))):
        return "cumulative"
    return "actual"


def _part_of_total(before: str, lead: str) -> bool:
    """Whether a level's clause is a part (其中…) of a running total its sentence states before
    it (累计有62名港澳医师，其中香港医师47名); a running total of something else in an earlier clause
    (药品累计达38种，覆盖…的46家医疗机构) leaves a level a level."""
    return "其中" in before and _RUNNING.search(lead) is not None


def _after_last_total(lead: str) -> str:
    """The lead after its last running-total word or 自…以来 ("" when it has none)."""
    if not _totals(lead):
        return ""  # the usual case
    ends = [m.end() for m in _CUMULATIVE.finditer(lead)] + [m.end() for m in _SINCE.finditer(lead)]
    return lead[max(ends):] if ends else ""


def _own_time(before: str) -> bool:
    """Whether a figure's clause names a time of its own (a year, 全年, 去年 …) outside a
    自…以来 (自2019年以来 is the start of a running total)."""
    if not _OWN_TIME_START.search(before):
        return False  # the usual case
    if "以" in before:
        before = _SINCE.sub("", before)
        if "以来" in before or "以來" in before:
            return False  # 今年以来: since a time
    if "截" in before:
        before = _UP_TO.sub("", before)  # 截至2024年6月底共服务…: up to then, a running total
    return bool(_OWN_TIME.search(before))


def _totals(text: str) -> bool:
    """Whether ``text`` says 累计, 总计 … or 自…以来 (one character class rules out nearly every
    text)."""
    return (bool(_TOTAL_START.search(text)) and bool(_CUMULATIVE.search(text))) or (
        "以" in text and bool(_SINCE.search(text)))


def signed(value: float, high: float | None, status: str,
           before: str) -> tuple[float, float | None]:
    """Value and high value with their sign: a decline (下降3.2%, 减少200张) and a minus sign
    written before the number (增长-5%) are negative; both together are a rise."""
    negative = bool(before) and before[-1] in _MINUS and not before[-2:-1].isdigit()
    before = _NEUTRAL_CHANGE.sub("", before) if "增" in before or "变" in before or "升" in before \
        or "涨" in before else before  # (增减 | -0.24天: the written sign alone)
    if status in ("change", "rate_of_change"):
        cue = _rate_cue(before) if status == "rate_of_change" else \
            (_CHANGE.search(before[-_CHANGE_REACH:]) or _rate_cue(before))
        if cue is not None and _DECLINE.search(cue.group()):
            negative = not negative
        elif cue is None and (compared := _COMPARATIVE.search(before)) and (compared["lower"] or compared["below"]):
            negative = not negative  # 较…低约七成
    if not negative:
        return value, high
    return (-high, -value) if high is not None else (-value, None)


def population_of(metric: str, before: str, after: str, run: str,
                  unit: str | None = None, unnamed: bool = True) -> str | None:
    """Who a figure counts (simplified form): the group named in the words right after it (2.6万名
    孕产妇, 3400名居于横琴的澳门居民), else the last in its clause before it (累计服务澳门居民逾
    4.8万人次; groups joined by 和 are one: 港澳台同胞和海外侨胞), else the last its sentence run
    names before it (港澳居民参加医保后，报销比例达90%; 为澳门居民提供服务，共3200人次) — for a
    change in percentage points, a per-head rate or a figure naming nothing it counts (12班次 of
    a 澳门居民直通车) only the run's subject (澳门居民在珠海市参加…,
    which the enrolments after a ； share too); None for staff, places and things. ``unnamed``:
    whether the bare groups that name nobody of their own (``UNNAMED_GROUPS``: 病人) are read
    (``names_unnamed``: the article names a fuller group of theirs)."""
    if metric in _cues.PROFESSIONAL_METRICS:
        found = _PROFESSIONAL.match(after) or _last(_PROFESSIONAL, before)
        if found is None and any(word in before for word in _cues.DISTRIBUTIVE) and \
                (union := _staff_union(metric, last_phrase(run))):
            return union  # 香港医师142名、澳门医师44名，…分别为71名: of them all
        found = found or _PROFESSIONAL_OF[metric].search(_unquoted(last_phrase(run)))  # the subject
        return _staff_group(found) if found else None
    if metric in _cues.NO_POPULATION:
        return None
    run, before = last_phrase(run), last_phrase(before)
    if (" " in after or "\u3000" in after) and (cut := _PHRASE_AFTER.search(after)):
        after = after[:cut.start()]  # a headline's next phrase (…一年多 转诊患者…) is not the figure's
    population, of_groups = _GROUPS[unnamed]
    found = population.match(after) or population.search(after[:6])
    if found:
        return _name(found.group())
    if after.startswith(_COUNTED_RESIDENTS):
        return _cues.RESIDENTS_WORD  # 約42.3萬名|居民使用醫療券: the article's residents
    if of_group := of_groups.match(after):
        return _name(of_group["group"])
    if "自" in before and (origin := _last(_FROM_ORIGIN, before)):
        return to_simplified(origin["origins"] + origin["head"])  # 其中来自香港的病人占约一成
    share_of = _SHARE_OF.search(before) if metric == "share" else None
    if share_of:  # 澳门居民2.51万人，约占全市港澳参保人员的九成: the part, not the whole
        part = _last_groups(run[:max(0, len(run) - len(before) + share_of.start())], population)
        if part:
            return part
    named = _last_groups(before, population)
    if named:
        return named
    if _WHOLE_RATE.search(before) or own_clause_group(metric, before):
        return None  # 出生人口1.2万人，出生率为9.8‰: a rate of everyone, no group of the run's
    if metric == "share" and (staff := _last(_PROFESSIONAL, before) or (
            None if _last_groups(run, population) else _PROFESSIONAL.search(run))):
        return _staff_group(staff)  # 港澳医生人数占全省的五分之二; 香港医生最多，占约45%
    if metric in _cues.STAFF_GROWTH_METRICS and (staff := _last(_PROFESSIONAL, before)):
        return _staff_group(staff)  # 港澳医师执业人数三年增逾两倍: the staff's growth
    if metric in _ENROLMENTS or (unit != "pp" and metric not in _cues.PER_HEAD_METRICS
                                 and metric not in _cues.NAMES_NOTHING):
        found = _last_groups(run, population)
        if found is None and metric not in _RATE_METRICS and (
                served := _last(_FOR_STAFF, run)) is not None:
            return _staff_group(served)  # 为港澳医师办理注册28件: the staff served
        return found
    found = None
    if _SUBJECT_OF.search(run):  # else no group can be the subject
        for match in population.finditer(run):
            if _SUBJECT_OF.match(run, match.end()):
                found = match
    return _name(found.group()) if found else None


def _staff_union(metric: str, run: str) -> str | None:
    """The union (``ORIGIN_UNIONS``) of staff of one profession that ``run`` names from several
    origins (香港医师…、澳门医师…: 港澳医师), or None."""
    if "、" not in run and "和" not in run and "及" not in run:
        return None  # the usual case: one group
    names = {_staff_group(m) for m in _PROFESSIONAL_OF[metric].finditer(_unquoted(run))}
    if len(names) < 2:
        return None
    origins = {next((o for o in map(to_simplified, _cues.ORIGINS) if n.startswith(o)), "")
               for n in names}
    heads = {n[len(o):] for n in names for o in origins if o and n.startswith(o)}
    union = _cues.ORIGIN_UNIONS.get(frozenset(origins))
    return union + heads.pop() if union and len(heads) == 1 else None


def _last_groups(text: str, population: re.Pattern[str] = _POPULATION) -> str | None:
    """The last group ``text`` names, groups joined by 和/及/、 as one (港澳台同胞和海外侨胞,
    旅客和外籍人士), or None."""
    groups: list[re.Match[str]] = []
    for match in population.finditer(text):
        if text.startswith(_ALIKE, match.end()):
            continue  # 与本市户籍居民同等享受: the people they are likened to
        if text.endswith(_PARENTS_OF, 0, match.start()):
            continue  # 其中母亲为澳门居民的占…: the parents, not whom the figure counts
        if groups and not _AND.fullmatch(text, groups[-1].end(), match.start()):
            groups = []
        groups.append(match)
    return "和".join(dict.fromkeys(_name(m.group()) for m in groups)) if groups \
        else None


def with_shared_head(item: str, last: str) -> str:
    """An item of a list that shares its group's head noun with the last item (高血压 before
    糖尿病患者规范管理率): the item with that head (高血压患者规范管理率) when that names a group;
    the item as it is otherwise."""
    found = _POPULATION.match(last)
    if found is None or _POPULATION.search(item):
        return item
    head = next((h for h in _cues.GROUP_HEADS if found.group().endswith(h)), None)
    if head is None:
        return item
    for cut in range(max(0, len(item) - 8), len(item)):  # (全区)高血压: the words that end it
        if item[cut:] + head in _POPULATION_FORMS:
            return item + head + last[found.end():]
    return item


def own_clause_group(metric: str, before: str) -> bool:
    """Whether a figure counts only the group its own clause names (``OWN_CLAUSE_GROUP``: a time
    taken, 审批缩短至10个工作日), not one named before it (a stay, 平均住院日6.8天, is of the
    patients counted before it)."""
    return metric in _cues.OWN_CLAUSE_GROUP and not any(stay in before for stay in _cues.STAYS)


def names_whole_rate(text: str) -> bool:
    """Whether ``text`` names a rate of a whole population (出生率): a figure of it counts no
    group of the figure before it."""
    return _WHOLE_RATE.search(text) is not None


def names_group(text: str) -> bool:
    """Whether ``text`` names a group of people (男性, 港澳居民, 65岁以上人士)."""
    return _POPULATION.search(text) is not None


def names_unnamed(text: str) -> bool:
    """Whether an article names a fuller group of a bare one that names nobody of its own
    (香港病人 for 病人): then its bare 病人 are read, as that group."""
    return any(form in text for bare in _cues.UNNAMED_GROUPS if bare != _cues.RESIDENTS_WORD
               for name in _FULLER.get(bare, ()) for form in _cues.POPULATIONS[name])


def fullest_population(population: str | None, text: str) -> str | None:
    """The fullest form of a group in an article: a bare group (``BARE_GROUPS``: 长者) is 香港长者
    where the article says so and names no other fuller form of it (香港长者 and 澳门长者: 长者
    stays); an article that never writes a fuller form keeps it bare (香港居民 … 长者: 长者)."""
    if not population:
        return population
    fuller = [name for name in _FULLER.get(population, ()) if any(
        form in text for form in _cues.POPULATIONS[name])]
    longest = [name for name in fuller if not any(
        other != name and other.endswith(name) for other in fuller)]
    if len(longest) > 1:  # several: the one the article names most, when one is (香港长者 ×3, 港澳长者 ×1)
        named = Counter(_name(m.group()) for m in _POPULATION.finditer(text))
        most = max(named[name] for name in longest)
        longest = [name for name in longest if named[name] == most]
    if len(longest) == 1:
        return longest[0]
    if population in _cues.UNNAMED_GROUPS:
        return None  # 患者 of no group the article names
    if not fuller and (holders := scheme_holders(text)) and holders.endswith(population):
        return holders  # 长者医疗券 named: its 长者 are 香港长者
    # no fuller form named: the group as written, whoever else the article names (香港居民 …
    # 当中长者: 长者 — the article never says 香港长者)
    return population


_SCHEME_USE_OR_CLAIM = re.compile(_alternation(_cues.SCHEME_USE + _cues.SCHEME_CLAIMS))


def scheme_holders(text: str) -> str | None:
    """The group whose scheme an article names (长者医疗券: 香港长者), or that it names with the
    scheme's use (港长者可使用医疗券: 香港长者), or None."""
    named = next((to_simplified(group) for scheme, group in _cues.SCHEME_HOLDERS.items()
                  if scheme in text), None)
    if named or not any(word in text for word in _cues.SCHEME_USE):  # string search: no scan
        return named
    return next((name for name in map(to_simplified, _cues.SCHEME_HOLDERS.values())
                 if any(form in text for form in _cues.POPULATIONS[name])), None)


def names_scheme_use(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` speaks of a scheme's use or its claims (使用医疗券, 宗申报)."""
    return _SCHEME_USE_OR_CLAIM.search(text, start, len(text) if end is None else end) is not None


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found


_FULLER = {name: tuple(other for other in _cues.POPULATIONS if other != name
                       and other.endswith(name) and other not in _cues.CONDITION_GROUPS)
           for name in _cues.POPULATIONS if name in _cues.BARE_GROUPS}
