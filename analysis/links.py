"""The mentions of one article tied together: canonical entities, one fact per fact, before ->
after pairs, and growth tied to the level it belongs to.

``link_rows`` takes an article's metric rows (in text order, each with the private field
``_link``: its number's span, its sentence, its clause before it, whether its entity is only the
article's region) and sets on each: ``entity`` in its fullest form in the article, its
``entity_type`` and ``region`` (the city the entity names, else the article's); a clean ``subject``; ``fact_id``, the same for mentions of the same entity,
metric, population, status, period and value (a mention naming no period or no entity of its own
joins the one fact it can only be); ``baseline_fact_id`` on the later value of a pair
(从198张增加至390张, 由A增至B, A→B); ``of_fact_id`` on a change or rate of change pointing to its
level (增加9887人, 增长260% -> 参加居民养老保险13691人; empty when the level is not stated).
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections import defaultdict
from functools import lru_cache

from analysis import regions
from analysis._rules import cues as _cues
from analysis._rules.links import (
    BASELINES,
    COMPARED_WITH,
    CUT_AFTER,
    FRAGMENT,
    LEADING,
    PAIR_QUALIFIERS,
    PAIR_WHEN,
    REACHING,
    RESPECTIVELY,
    SCHEME_END,
    TRAILING,
    WIDER_AREAS,
)
from analysis.entities import EntityFinder, entity_type, region_of_entity
from analysis.meaning import metric_of, planned_period
from analysis.periods import Period, first_period

_CHANGES = frozenset({"change", "rate_of_change"})
_LEVELS = frozenset({"actual", "cumulative"})  # a level at a time, or a running total
_WILDCARD_METRICS = _cues.NAMES_NOTHING  # a figure that names no counted thing of its own


def _alternation(words) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


_PAIR_BETWEEN = re.compile(
    rf"^(?:的)?[^，。；,;：:]{{0,8}}?(?:{_alternation(_cues.PAIR_VERBS)})了?(?:至|到|为|為)了?"
    rf"{PAIR_WHEN}{PAIR_QUALIFIERS}$|^\s*(?:→|->|—>|－>)\s*$")
_COMPARED_WITH = re.compile(COMPARED_WITH)
_NOW = re.compile(_alternation(_cues.NOW))
_REACHING = re.compile(REACHING)
_PAIR_FROM = re.compile(rf"(?:{_alternation(_cues.PAIR_FROM)})[^，。；,;]{{0,12}}$")
# What a change clause says besides its verb: 比上年底增加 says nothing of what changed.
_COMPARISON = re.compile(BASELINES + _alternation(_cues.RATE_OF_CHANGE + _cues.CHANGE)
                         + r"|[约約近超逾达達了共\s，,、-]")
_FRAGMENT = re.compile(FRAGMENT)
_CUT_AFTER = re.compile(CUT_AFTER)
_TRAILING = re.compile(TRAILING)
_LEADING = re.compile(LEADING)


def _blank(value) -> str:
    """A text field of a row, "" for None and NaN."""
    return value if isinstance(value, str) else ""


def fact_key(row) -> tuple[str, ...]:
    """What makes a fact: entity, metric, population, status, unit, period and value; ``row`` a
    dict or a table row. The period is the day it ends (2026年 and 2026年底前 of one target, 2024年
    and 截至2024年底 of one stock, are one time however labelled), its label when it has no end.
    A fact that names no entity or no period is its article's own: another article's figure of
    the same value is no repost of it (numbers that agree by chance, 增至6家, 100元人民幣)."""
    high = row["value_high"]
    entity, period = _blank(row["entity"]), _ended(row["period_end"]) or _blank(row["period"])
    return (entity, row["metric"], _blank(row["population"]), row["status"],
            _blank(row["unit"]), period, "",
            repr(float(row["value"])),
            "" if high is None or math.isnan(high) else repr(float(high)),
            "" if entity and period else _blank(row.get("doc_id")))


def _ended(day) -> str:
    """A period's end as an ISO day ("" for None, NaN and NaT): a date or a timestamp alike."""
    if day is None or not hasattr(day, "isoformat") or day != day:  # noqa: PLR0124 (NaT)
        return ""
    return day.isoformat()[:10]


def fact_id(key: tuple[str, ...]) -> str:
    """A short stable id of a fact key: the same in every article and every run."""
    return "f" + hashlib.blake2b("\x1f".join(key).encode(), digest_size=8).hexdigest()


@lru_cache(maxsize=65536)
def clean_subject(subject: str | None, entity: str | None) -> str | None:
    """A noun phrase of what is counted, or None for a fragment (张, 万余人次, 老)."""
    if not subject:
        return None
    if entity and subject.startswith(entity) and len(subject) > len(entity):
        subject = subject[len(entity):]
    for cut in reversed([m.end() for m in _CUT_AFTER.finditer(subject)]):  # the last that leaves
        if _noun_phrase(rest := _LEADING.sub("", _TRAILING.sub("", subject[cut:]))):  # a noun
            return rest
    subject = _LEADING.sub("", _TRAILING.sub("", subject))
    return subject if _noun_phrase(subject) else None


def _noun_phrase(words: str) -> bool:
    return len(words) >= 2 and not _FRAGMENT.match(words) and words not in _cues.PLANNED


def _set_period(row: dict, period: Period) -> None:
    row["period"], row["period_start"], row["period_end"], row["period_kind"] = period


def _pairs(rows: list[dict], text: str) -> list[tuple[dict, dict]]:
    """(earlier, later) rows of before -> after pairs: adjacent figures of one sentence joined by
    从A增加至B, 由A增至B, 从2019年的A降至2024年的B or A→B."""
    found = []
    for earlier, later in itertools.pairwise(rows):
        if earlier["_link"][1] != later["_link"][1] or (
                earlier["unit"] != later["unit"]
                and not earlier["metric"] == later["metric"] == "duration"):  # 三星期 -> 五个工作天
            continue
        a_start, a_end = earlier["_link"][0]
        between = text[a_end:later["_link"][0][0]]
        if _PAIR_BETWEEN.match(between) and (
                between.strip().startswith(("→", "->", "—>", "－>"))
                or _PAIR_FROM.search(text, max(0, a_start - 12), a_start)):
            found.append((earlier, later))
    return found


def _pairs_in_turn(pairs: list[tuple[dict, dict]], text: str) -> None:
    """An undated before -> after pair in the clause right after a dated one (the same sentence, or
    the next clause after a semicolon) is of the same two times (门急诊量从2021年的A增至2025年的B；
    开放床位由C增加到D: C of 2021, D of 2025)."""
    for (earlier, later), (first, second) in itertools.pairwise(pairs):
        (_, said_end), (said_start, _) = earlier["_link"][1], first["_link"][1]
        if (said_start < said_end or text[said_end - 1:said_start].strip() not in ("；", ";")) \
                and first["_link"][1] != earlier["_link"][1] \
                or earlier["period"] == later["period"] \
                or earlier["period_start"] is None or later["period_end"] is None \
                or first["period"] != second["period"]:
            continue
        own = text[later["_link"][0][1]:second["_link"][0][1]]
        if first_period(own, first["published"]).label is None:
            _set_period(first, Period(earlier["period"], earlier["period_start"],
                                      earlier["period_end"], earlier["period_kind"]))
            _set_period(second, Period(later["period"], later["period_start"],
                                       later["period_end"], later["period_kind"]))


_BREAKDOWN = tuple(_cues.BREAKDOWN)


def _breakdowns(rows: list[dict]) -> None:
    """A part of a change is a change, of the change's period: the figure of a 其中 clause right
    after a change of its unit in its sentence (上半年新引进人才138名，其中来自港澳的26名: both of
    上半年, not the stock's point at its end), and no larger than it (机构3386个，比上年增加97个，
    其中医院129个: a part of the level)."""
    for earlier, row in itertools.pairwise(rows):
        if row["status"] == "actual" and earlier["status"] == "change" \
                and earlier["_link"][1] == row["_link"][1] and earlier["unit"] == row["unit"] \
                and abs(row["value"]) <= abs(earlier["value"]) \
                and row["_link"][2].lstrip().startswith(_BREAKDOWN):
            row["status"] = "change"
            for key in ("period", "period_start", "period_end", "period_kind"):
                row[key] = earlier[key]


def _comparisons(rows: list[dict], text: str) -> list[tuple[dict, dict]]:
    """(earlier, later) rows of a level and the earlier value it is compared with after it:
    已有1026名港澳医生…，比2022年底的612名增加414名; 占8.1%，比重较2022年的3.4%上升4.7个百分点
    (the later is the figure right before the earlier, past figures naming nothing, when its unit
    is the earlier's)."""
    found = []
    for index, earlier in enumerate(rows):
        start = earlier["_link"][0][0]
        sentence = earlier["_link"][1]
        if earlier["status"] in _CHANGES or not _COMPARED_WITH.search(
                text, max(sentence[0], start - 24), start):
            continue
        for later in reversed(rows[:index]):
            if later["_link"][1] != sentence or later["status"] in _CHANGES:
                break
            if later["metric"] in _WILDCARD_METRICS:
                continue  # 在大湾区内地9市执业: no figure compared
            if later["unit"] == earlier["unit"]:
                found.append((earlier, later))
            break
    return found


def _reached(rows: list[dict], index: int, text: str) -> dict | None:
    """The level a change reaches right after it (同比增长6.8%至210.6万人次), or None."""
    row = rows[index]
    if index + 1 == len(rows):
        return None
    after = rows[index + 1]
    if after["_link"][1] != row["_link"][1] or after["status"] in _CHANGES:
        return None
    return after if _REACHING.match(text[row["_link"][0][1]:after["_link"][0][0]]) else None


def _in_turn(rows: list[dict], index: int, text: str, kind) -> dict | None:
    """The figure the one at ``index`` is said in turn with, in a sentence that says its figures
    so (分别): the rows of one ``kind`` right after as many rows of another kind, one by one
    (分别有2051名及2893名，按年增加4.6%及6.1%; 高血压患者6.72万人、糖尿病患者2.15万人，规范管理率
    分别为78.4%、76.9%), or None."""
    row = rows[index]
    sentence = row["_link"][1]
    if not any(word in text[sentence[0]:sentence[1]] for word in RESPECTIVELY):
        return None
    first = index
    while first > 0 and kind(rows[first - 1]) == kind(row) \
            and rows[first - 1]["_link"][1] == sentence:
        first -= 1
    last = index
    while last + 1 < len(rows) and kind(rows[last + 1]) == kind(row) \
            and rows[last + 1]["_link"][1] == sentence:
        last += 1
    count = last - first + 1
    earlier = rows[max(0, first - count):first]
    if count < 2 or len(earlier) < count or any(
            r["_link"][1] != sentence or kind(r) != kind(earlier[0]) for r in earlier):
        return None
    return earlier[index - first]


def _respective(rows: list[dict], index: int, text: str) -> dict | None:
    """The level of the change at ``index`` said in turn after as many levels (``_in_turn``)."""
    return _in_turn(rows, index, text, lambda r: r["status"] in _CHANGES)


def _groups_in_turn(rows: list[dict], text: str) -> None:
    """Figures said in turn after as many figures of distinct groups count those groups one by
    one (高血压患者6.72万人、糖尿病患者2.15万人，规范管理率分别为78.4%、76.9%)."""
    if not any(word in text for word in RESPECTIVELY):
        return  # no sentence says 分别: none of its figures is said in turn (string search)
    found = []
    for index, row in enumerate(rows):
        earlier = _in_turn(rows, index, text, lambda r: r["unit"])
        if earlier is not None and earlier["population"]:
            found.append((row, earlier))
    groups = [earlier["population"] for _, earlier in found]
    if len(set(groups)) == len(groups):  # each its own group: an enumeration of groups
        for row, earlier in found:
            row["population"] = earlier["population"]


def _level_of(rows: list[dict], index: int, compared: dict[int, dict]) -> dict | None:
    """The level a change or rate of change at ``index`` belongs to: the last level before it in
    its sentence, when the change names nothing else (比上年底增加9887人) or names what the level
    does; after the earlier value of a comparison (``compared``: the level of each, by row id),
    the level compared (已有1026名…，比2022年底的612名增加414名: 1026)."""
    row = rows[index]
    own = _COMPARISON.sub("", row["_link"][2])
    for earlier in reversed(rows[:index]):
        if earlier["_link"][1] != row["_link"][1]:
            return None
        if earlier["status"] in _CHANGES:
            continue
        if id(earlier) in compared:
            return compared[id(earlier)]
        if row["status"] == "change" and earlier["unit"] != row["unit"] \
                and (row["unit"], earlier["unit"]) != ("pp", "percent"):  # 提高2.1个百分点 of 78.6%
            return None
        if row["status"] == "rate_of_change" and earlier["unit"] == "percent" \
                and row["unit"] != "pp":
            return None
        if len(own) <= 1 or own in earlier["_link"][2] or own in (earlier["subject"] or ""):
            return earlier
        return None
    return None


def _dimensions(row: dict, key: tuple[str, ...]) -> tuple:
    """What a mention says of its fact besides its unit and value, None where it says nothing:
    its kind of figure (a level, a plan, a change, a rate of change), whether a level is a running
    total (None for a level of no period of its own, or only one carried from the sentences
    before it: 服务超10万人次 restating 累计服务超10万人次),
    its metric (None for ``other``: 约5.2万人 restating 参保5.2万人), its entity (None when only
    the article's region), who is counted, and the end of its period (2024年 and 截至2024年底
    end on one day)."""
    status = row["status"]
    if status == "actual" and row["period_kind"] == "cumulative":
        status = "cumulative"  # a level of a period since a start (自2021年合作以来): a total
    level = status in _LEVELS
    unsaid = status == "actual" and (not key[5] or row.get("_carried") is not None)
    return ("level" if level else status, None if unsaid or not level else status,
            None if row["metric"] in _WILDCARD_METRICS else row["metric"],
            None if row["_link"][3] else key[0], key[2] or None,
            (row["period_end"] or key[5]) if key[5] else None)


def _fuller(a: tuple, b: tuple) -> bool:
    """Whether dimensions ``b`` say all that ``a`` says, and more."""
    return a != b and all(x is None or x == y for x, y in zip(a, b))


def _compatible(a: tuple, b: tuple) -> bool:
    """Whether dimensions ``a`` and ``b``, neither fuller than the other, differ only where one
    of them says nothing (a headline
    names who is counted, its article the date: 深圳占全省五分之二 … 截至6月底…占全省的五分之二),
    or names the place the other's institution is in (佛山指定医院增至9家 … 佛山市南海区…医院)."""
    return a != b and not _fuller(a, b) and not _fuller(b, a) and within(a[3], b[3]) and all(
        x is None or y is None or x == y for i, (x, y) in enumerate(zip(a, b)) if i != 3)


_PLACES = frozenset({"city", "district", "region"})


def within(a: str | None, b: str | None) -> bool:
    """Whether two entities can be one: the same, one unsaid, a place and a name in it (or
    naming no other city: 深圳 … 香港大学深圳医院, 横琴 … 民生事务局), or a place and a place in it
    (罗湖区 … 深圳市; 广东省 or 大湾区 … a mainland city)."""
    if a is None or b is None or a == b:
        return True
    place, other = (a, b) if entity_type(a) in _PLACES else (b, a)
    if entity_type(place) not in _PLACES:
        return False  # two institutions: two facts
    city, other_city = regions.city_of(place), regions.city_of(other)
    if entity_type(other) not in _PLACES:
        return city is None or other_city is None or city == other_city
    if regions.simplified(place) in WIDER_AREAS or regions.simplified(other) in WIDER_AREAS:
        return (other_city if regions.simplified(place) in WIDER_AREAS else city) \
            not in regions.SARS
    return city is not None and city == other_city


_MERGE_LIMIT = 64  # distinct kinds of mention of one figure compared (more: a page of repeats)


def _merge_underspecified(rows: list[dict], keys: list[tuple[str, ...]]) -> None:
    """A mention that leaves part of its fact unsaid (``_dimensions``: its entity, who is
    counted, its period, its metric, that it is a running total) takes the fact id of the one
    fuller fact of the same unit and value it can be (a headline repeats its article's figure;
    2023年 is said once for four rates), else of the one fact that differs from it only where
    one of the two says nothing; mentions that say the same in other words (2024年, 截至2024年底)
    are one fact. The mentions of each fact then agree (``_agree``)."""
    groups: dict[tuple, list[tuple[dict, tuple]]] = defaultdict(list)
    for row, key in zip(rows, keys):
        groups[key[4], key[7], key[8]].append((row, _dimensions(row, key)))
    for group in groups.values():
        if len(group) < 2:
            continue
        # each distinct set of dimensions once (a repeated figure must not cost its square),
        # fullest first, so that a fuller mention has already taken its own fuller fact's id
        ids: dict[tuple, set[str]] = defaultdict(set)
        for row, dims in group:
            ids[dims].add(row["fact_id"])
        if len(ids) > _MERGE_LIMIT:
            continue
        members = defaultdict(list)
        named: dict[str, dict] = {}  # the first mention of each fact, which names it
        for row, dims in group:
            members[dims].append(row)
            named.setdefault(row["fact_id"], row)
        for dims, same in ids.items():  # said alike but labelled apart (2024年, 截至2024年底)
            if len(same) > 1:
                first = members[dims][0]
                for row in members[dims]:
                    row["fact_id"] = first["fact_id"]
                    _fill_from(row, first)
                ids[dims] = {first["fact_id"]}
        for dims in sorted(ids, key=lambda d: -sum(x is not None for x in d)):
            fuller = set().union(*(ids[other] for other in ids if _fuller(dims, other)))
            if not fuller:  # no fuller fact: the one that says what this one leaves unsaid
                fuller = set().union(*(ids[other] for other in ids if _compatible(dims, other)))
            if len(fuller) == 1:
                target = next(iter(fuller))
                for row in members[dims]:
                    row["fact_id"] = target
                    _fill_from(row, named[target])
                ids[dims] = set(fuller)
        _agree([row for row, _ in group])


def _agree(rows: list[dict]) -> None:
    """The mentions of one fact say what any of them says: its entity (where one names only
    the article's region), its period and who is counted (``_fill_from``), what is counted
    (约5.2万人 of 参保5.2万人) and that it is a running total (服务超10万人次 of 累计服务超10万人次)."""
    facts: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        facts[row["fact_id"]].append(row)
    for mentions in facts.values():
        if len(mentions) < 2:
            continue
        metrics = {r["metric"] for r in mentions} - _WILDCARD_METRICS
        total = any(r["status"] == "cumulative" for r in mentions)
        dated = next((r for r in mentions if r["period"] is not None), None)
        counted = next((r for r in mentions if r["population"]), None)
        named = {r["entity"] for r in mentions if r["entity"] and not r["_link"][3]}
        for row in mentions:
            if row["_link"][3] and len(named) == 1:  # only the article's region: the fact's
                row["entity"] = next(iter(named))
                row["entity_type"] = entity_type(row["entity"])
                row["region"] = region_of_entity(row["entity"], row["region"])
            for source in (dated, counted):
                if source is not None:
                    _fill_from(row, source)
            if len(metrics) == 1 and row["metric"] in _WILDCARD_METRICS:
                row["metric"] = next(iter(metrics))
            if total and row["status"] == "actual":
                row["status"] = "cumulative"


def _fill_from(row: dict, fact: dict) -> None:
    """What a mention leaves unsaid, said by the fact it states: its period and who is counted
    (a headline's 参保人数达3.64万人 is of the body's 截至2024年9月底)."""
    if row["period"] is None and fact["period"] is not None:
        _set_period(row, Period(fact["period"], fact["period_start"], fact["period_end"],
                                fact["period_kind"]))
    if not row["population"] and fact["population"]:
        row["population"] = fact["population"]


_ENROLMENTS = ("insurance_enrolment", "pension_recipients")
_SCHEME_END = re.compile(SCHEME_END)


def _subjects(row: dict) -> None:
    subject = clean_subject(row["subject"], row["entity"])
    if row["metric"] in _ENROLMENTS and subject and not _SCHEME_END.search(subject):
        subject = None  # an enrolment's subject is its scheme, never a group or a fragment
    if subject and row["population"] and row["metric"] in _ENROLMENTS:
        verb = "领取" if row["metric"] == "pension_recipients" else "参加"
        subject = f"{verb}{subject}的{row['population']}"
    row["subject"] = subject


def link_rows(rows: list[dict], text: str, finder: EntityFinder) -> list[dict]:
    """Set canonical entities, subjects, fact ids and links on one article's rows (in text order);
    the private fields are removed."""
    for row in rows:
        span, sentence = row["_link"][0], row["_link"][1]
        if planned_period(row["period_start"], row["period_end"], row["published"],
                          text[sentence[0]:span[0]]):
            row["status"] = "planned"  # 到2027年床位达5万张: no figure of a time to come is a level
        row["metric"] = metric_of(row["metric"], row["status"])
        row["entity"] = finder.fullest(row["entity"])
        row["entity_type"] = entity_type(row["entity"])
        row["region"] = region_of_entity(row["entity"], row["region"])
        _subjects(row)
    _breakdowns(rows)
    _groups_in_turn(rows, text)
    pairs = _pairs(rows, text)
    for earlier, later in pairs:
        for row in (earlier, later):
            if row["status"] == "cumulative":
                row["status"] = "actual"  # 自开诊以来，床位由600张增至1200张: two levels
        if earlier["status"] == "planned" and not planned_period(
                earlier["period_start"], earlier["period_end"], earlier["published"],
                text[earlier["_link"][1][0]:earlier["_link"][0][0]]):
            earlier["status"] = "actual"  # 计划明年把资助由每月3800元调升至4500元: 3800 stands now,
            first = earlier["period_start"] or earlier["period_end"]  # not of the year to come
            if first is not None and earlier["published"] is not None \
                    and first > earlier["published"]:
                _set_period(earlier, Period(None, None, None, None))
        now = _NOW.search(text, earlier["_link"][0][1], later["_link"][0][0])
        for row in (earlier, later) if now is None else (earlier,):
            if row.get("_carried") is not None:  # a pair is dated by its own sentence only
                _set_period(row, row["_carried"])  # (从800张增至1350张), else by its report's;
                # the later value 'now' (增至现时十一间) is of the time the text speaks of
        if earlier["period_kind"] == "range" and \
                (earlier["period_start"], earlier["period_end"]) == \
                (later["period_start"], later["period_end"]):
            start, end = earlier["period_start"], earlier["period_end"]
            _set_period(earlier, Period(start.isoformat(), start, start, "point"))
            _set_period(later, Period(end.isoformat(), end, end, "point"))
        if later["subject"] is None:
            later["subject"] = earlier["subject"]
    _pairs_in_turn(pairs, text)
    keys = [fact_key(row) for row in rows]
    for row, key in zip(rows, keys):
        row["fact_id"] = fact_id(key)
    _merge_underspecified(rows, keys)
    comparisons = _comparisons(rows, text)
    for earlier, later in pairs + comparisons:
        later["baseline_fact_id"] = earlier["fact_id"]
    compared = {id(earlier): later for earlier, later in comparisons}
    for index, row in enumerate(rows):
        if row["status"] in _CHANGES:
            level = _reached(rows, index, text) or _respective(rows, index, text) \
                or _level_of(rows, index, compared)
            if level is not None:
                row["of_fact_id"] = level["fact_id"]
                if row["subject"] is None or row["metric"].startswith("insurance"):
                    row["subject"] = level["subject"]
    for row in rows:
        del row["_link"]
        row.pop("_carried", None)
    return rows
