"""The period a figure refers to, from the time words before it and the publication date.

Each period is a label for people and two dates for machines (``Period``): ``截至今年3月底`` in an
article published in April 2021 is ``2021-03-31`` (a point: it ends then); ``2023年`` is ``2023``,
2023-01-01 … 2023-12-31; ``今年1至10月`` is ``2024-01/2024-10``, 2024-01-01 … 2024-10-31;
``去年`` the year before publication; ``自2019年12月…以来`` the interval ``2019-12/2021-04-19``,
2019-12-01 … the publication date (cumulative); ``近十年来`` the ten years up to publication.
Baselines of a comparison (``比上年底``) are not periods.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from analysis._rules.lookahead import lookahead
from analysis._rules.numerals import CN_DIGITS as _CN_DIGITS
from analysis._rules.time import (
    ATTRIBUTE,
    BARE,
    BARE_CUE,
    BRACKETED_VALUE,
    CHANGE_OF_PAIR,
    FIRST_MONTHS_AFTER,
    FIRST_YEAR,
    FROM_TO_GAP,
    FROM_TO_START,
    ISSUED,
    NEW_PLAN,
    OPENED,
    OWN_LEVEL,
    PERIOD,
    PLAN_PERIOD,
    RECENT,
    SINCE_EVENT,
    START_VERB,
    STARTED,
    TO_LATER,
    WEEKDAY,
)
from analysis._rules.time import BASELINE_LEVEL as _BASELINE_LEVEL
from analysis._rules.time import CLAUSE_MARKS as _CLAUSE_MARKS
from analysis._rules.time import COMPARISON as _COMPARISON
from analysis._rules.time import DEADLINE_AFTER as _DEADLINE_AFTER
from analysis._rules.time import DEADLINE_BEFORE as _DEADLINE_BEFORE
from analysis._rules.time import DEADLINE_LEAD as _DEADLINE_LEAD
from analysis._rules.time import FIVE_YEAR_PLANS as _FIVE_YEAR_PLANS
from analysis._rules.time import FROM as _FROM
from analysis._rules.time import OF_YEAR_SPOKEN as _OF_YEAR_SPOKEN
from analysis._rules.time import RELATIVE_DAYS as _RELATIVE_DAYS
from analysis._rules.time import RELATIVE_MONTHS as _RELATIVE_MONTHS
from analysis._rules.time import RELATIVE_YEARS as _RELATIVE_YEARS
from analysis._rules.time import SAME_TIME as _SAME_TIME
from analysis._rules.time import SAME_TIME_OWN as _SAME_TIME_OWN
from analysis._rules.time import SAYING as _SAYING
from analysis._rules.time import SENTENCE_MARKS as _SENTENCE_MARKS
from analysis._rules.time import THIS_YEAR as _THIS_YEAR
from analysis._rules.time import THIS_YEAR_PLAN as _THIS_YEAR_PLAN
from analysis._rules.time import UP_TO as _UP_TO
from analysis._rules.time import WEEK_AGO as _WEEK_AGO_RULE
from analysis._rules.time import WHOLE_YEAR as _WHOLE_YEAR
from analysis._rules.time import YEAR_AGO as _YEAR_AGO_RULE

_TIME = re.compile(PERIOD)
_OWN_LEVEL = re.compile(OWN_LEVEL)
_YEAR_AGO = re.compile(_YEAR_AGO_RULE)
_WEEK_AGO = re.compile(_WEEK_AGO_RULE)
_BRACKETED_VALUE = re.compile(BRACKETED_VALUE)
_BARE = re.compile(BARE)
_BARE_CUE = re.compile(lookahead(BARE_CUE) + f"(?:{BARE_CUE})")  # lets sre skip the rest
_CN_NUMERALS = str.maketrans("○〇零一二三四五六七八九", "00012345678" + "9")
_RECENT = re.compile(RECENT)
_ATTRIBUTE = re.compile(ATTRIBUTE)
_TO_LATER = re.compile(TO_LATER)
_CHANGE_OF_PAIR = re.compile(CHANGE_OF_PAIR)
_STARTED = re.compile(STARTED)
_START_VERB = re.compile(START_VERB)
_OPENED = re.compile(OPENED)
_SINCE_EVENT = re.compile(SINCE_EVENT)
_NEW_PLAN = re.compile(NEW_PLAN)
_FIRST_YEAR = re.compile(FIRST_YEAR)
_FIRST_MONTHS_AFTER = re.compile(FIRST_MONTHS_AFTER)
_WEEKDAY = re.compile(WEEKDAY)
_ISSUED = re.compile(ISSUED)
_OPENED_TAIL, _OPENED_REACH = 6, 16  # 开业时的 | 開站初期的約 end a context within these
_MONTHS_REACH = 40  # 今年2月在澳門新街坊開設服務點，首兩個月累計服務約: the opening read within these
_PLAN = re.compile(PLAN_PERIOD)
# a time before 以来 is where a cumulative period starts, with 自/从 before it or none
# (自2021年启用以来, 该中心2021年启用以来, 今年以来)
_SINCE = ("自", "从", "從", "")
_FROM_TO_START = frozenset(FROM_TO_START)
_FROM_TO_GAP = re.compile(FROM_TO_GAP)


class Period(NamedTuple):
    """A period: ``label`` as people write it, ``start`` and ``end`` dates (None when open),
    ``kind`` one of point, month, year, range, cumulative."""

    label: str | None
    start: date | None
    end: date | None
    kind: str | None


NO_PERIOD = Period(None, None, None, None)


def _month(token: str) -> int:
    """A month or day number, in digits or Chinese numerals (五, 十二, 二十八, 三十一)."""
    if token.isdigit():
        return int(token)
    if token in _CN_DIGITS:
        return _CN_DIGITS[token]
    tens, _, ones = token.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int, label: str) -> Period:
    return Period(label, date(year, first, 1), _month_end(year, last), "range")


def _dated(match: re.Match[str], published: date | None) -> Period | None:
    """The period one time expression names, or None if it is relative and there is no
    publication date to anchor it (or it names no real date)."""
    if match["fy"] or match["fya"]:
        year, next_year = (match["fy"], match["fy2"]) if match["fy"] else (match["fya"], match["fyb"])
        year = int(year.translate(_CN_NUMERALS))
        if (year + 1) % 100 != int(next_year.translate(_CN_NUMERALS)) % 100 or \
                len(next_year) == 4 and int(next_year.translate(_CN_NUMERALS)) != year + 1:
            return None
        return Period(f"{year}-04/{year + 1}-03", date(year, 4, 1), date(year + 1, 3, 31), "range")
    if match["yr1"]:
        first, last = int(match["yr1"]), int(match["yr2"])
        return Period(f"{first}/{last}", date(first, 1, 1), date(last, 12, 31), "range") \
            if first < last else None
    if match["year"]:
        year = int(match["year"].translate(_CN_NUMERALS))
    elif published is not None:
        year = published.year + _RELATIVE_YEARS[match["rel"]]
    else:
        return None
    return _within(match.groupdict(), year)


def _within(parts: dict[str, str | None], year: int) -> Period | None:
    """The part of ``year`` a time expression's groups name (the whole year when none)."""
    if not 1 <= year <= 9999:
        return None
    if parts.get("yend"):
        return Period(f"{year}-12-31", None, date(year, 12, 31), "point")
    if parts.get("m1"):
        first, last = _month(parts["m1"]), _month(parts["m2"])
        if not 1 <= first <= last <= 12:
            return None
        if parts.get("m2end"):
            end = _month_end(year, last)
            return Period(end.isoformat(), None, end, "point") if parts.get("prefix") in \
                _UP_TO else _months(year, first, last, f"{year}-{first:02d}/{year}-{last:02d}")
        return _months(year, first, last, f"{year}-{first:02d}/{year}-{last:02d}")
    if parts.get("half"):
        first, last = (7, 12) if parts["half"] == "下" else (1, 6)  # 上半年, 首半年
        return _months(year, first, last, f"{year}-{first:02d}/{year}-{last:02d}")
    if parts.get("quarter") or parts.get("firstq"):
        quarter = 1 if parts.get("firstq") else _month(parts["quarter"])
        if not 1 <= quarter <= 4:
            return None
        first, last = (1 if parts.get("upto") else 3 * quarter - 2), 3 * quarter
        if parts.get("qend"):  # 第一季末: the quarter's last day
            end = _month_end(year, last)
            return Period(end.isoformat(), None, end, "point")
        return _months(year, first, last, f"{year}-{first:02d}/{year}-{last:02d}")
    if parts.get("mcount"):  # 前5个月: January to the fifth month
        last = _month(parts["mcount"])
        return _months(year, 1, last, f"{year}-01/{year}-{last:02d}") if 1 <= last <= 12 else None
    if not parts.get("month"):
        return Period(str(year), date(year, 1, 1), date(year, 12, 31), "year")
    month = _month(parts["month"])
    if not 1 <= month <= 12:
        return None
    if parts.get("day"):
        try:
            day = date(year, month, _month(parts["day"]))
            last = date(year, _month(parts["month2"]) if parts.get("month2") else month,
                        _month(parts["day2"])) if parts.get("day2") else day
        except ValueError:
            return None
        if last > day:  # 7月15日至21日: the days from the first to the last
            return Period(f"{day.isoformat()}/{last.isoformat()}", day, last, "range")
        return Period(day.isoformat(), day, day, "point")
    if parts.get("mend"):
        end = _month_end(year, month)
        return Period(end.isoformat(), None, end, "point")
    if parts.get("xun"):  # 5月下旬: the 21st to the month's end (上旬 1-10, 中旬 11-20)
        first = {"上": 1, "中": 11, "下": 21}[parts["xun"]]
        last = date(year, month, first + 9) if parts["xun"] != "下" else _month_end(year, month)
        start = date(year, month, first)
        return Period(f"{start.isoformat()}/{last.isoformat()}", start, last, "range")
    return Period(f"{year}-{month:02d}", date(year, month, 1), _month_end(year, month), "month")


def _bare(match: re.Match[str], year: int | None, published: date | None,
          planned: bool = False, ahead: bool = False) -> Period | None:
    """The period a part of a year written without its year names (截至3月底, 1至10月, 全年):
    of ``year`` (the year the text speaks of) else of publication (the year before when it
    would end after publication, unless it is a deadline, ``ahead``: 年底前); 年内 with a plan
    word next to it (``planned``) is of publication."""
    parts = match.groupdict()
    if parts["fmonth"]:  # 自8月28日…至, 自9月底…以来: the day an interval starts
        parts = {**parts, "month": parts["fmonth"], "day": parts["fday"], "mend": parts["fmend"]}
    if parts["umonth"]:  # 截至12月1日: the day a count runs up to
        parts = {**parts, "month": parts["umonth"], "day": parts["uday"], "prefix": parts["uprefix"]}
    if parts["tmonth"]:  # 至8月19日: the day an interval ends on
        parts = {**parts, "month": parts["tmonth"], "day": parts["tday"], "prefix": parts["tprefix"]}
    if parts["dmonth"]:  # 7月15日至21日: a run of days
        parts = {**parts, "month": parts["dmonth"], "day": parts["dday"],
                 "month2": parts["dmonth2"], "day2": parts["dday2"]}
    if parts["quarter"] and not (parts["upto"] or parts["nth"] or parts["du"]):
        return None  # 四季 is the seasons, not a quarter
    if parts["relq"]:  # 本季: the last quarter ended by publication (a quarterly release's)
        if published is None:
            return None
        quarters = published.year * 4 + (published.month - 1) // 3 - 1
        if published == _month_end(published.year, 3 * ((published.month - 1) // 3) + 3):
            quarters += 1  # published on its last day: that quarter
        year, quarter = divmod(quarters, 4)
        return _within({"quarter": str(quarter + 1), "nth": "第", "qend": parts["rqend"]}, year)
    if parts.get("relday"):  # 昨日, 前日（十九日）: that day before publication
        if published is None:
            return None
        day = published - timedelta(days=_RELATIVE_DAYS[parts["relday"]])
        if parts["rdday"] and _month(parts["rdday"]) != day.day:  # the day its brackets write
            written = _month(parts["rdday"])
            day = next((d for d in (published - timedelta(days=back) for back in range(7))
                        if d.day == written), day)
        return Period(day.isoformat(), day, day, "range")
    if parts["relm"]:  # 上月, 本月: of the month of publication
        if published is None:
            return None
        months = published.year * 12 + published.month - 1 + _RELATIVE_MONTHS[parts["relm"]]
        year, month = divmod(months, 12)
        return _within({"month": str(month + 1), "mend": parts["rmend"], "day": parts["rday"]}, year)
    if parts["whole"] in _THIS_YEAR and (year is None or planned):
        year = published.year if published is not None else None  # 年内: of the year it is read
    if parts["whole"] in _WHOLE_YEAR and year is None and published is not None and not (
            planned or ahead) and published.month <= _YEAR_JUST_ENDED:
        year = published.year - 1  # 全年 read in the first quarter, no plan: the year just ended
    if year is not None:
        return _within(parts, year)
    if published is None:
        return None
    found = _within(parts, published.year)
    if found is not None and found.end > published and found.kind != "year" and not ahead:
        found = _within(parts, published.year - 1)
    return found


# the 的 of a value's time (2019年的2.3万人次), not of a topic's (今年的主要预期目标是：…)
_OF_VALUE = re.compile(r"的(?:约|約|近|逾|超过|超過|共)?[\d一二三四五六七八九十两兩百千万萬]")
_YEAR_JUST_ENDED = 3  # the last month of publication in which 过去一年 is the year before


def _recent(match: re.Match[str], published: date) -> Period:
    """The ``n`` years up to publication (近十年来); 过去一年 read in the year's first quarter is
    the calendar year just ended (a work report's 过去一年, 港大深圳醫院 in a January reply)."""
    if match["one"] and published.month <= _YEAR_JUST_ENDED:
        last = published.year - 1
        return Period(str(last), date(last, 1, 1), date(last, 12, 31), "year")
    token = match["n"] or match["one"]
    years = int(token) if token.isdigit() else _month(token)  # 五, 十, 十三 as numerals
    year = max(1, published.year - years)
    start = published.replace(year=year, day=28) if (published.month, published.day) == (2, 29) \
        else published.replace(year=year)
    return Period(f"{start.isoformat()}/{published.isoformat()}", start, published, "range")


def period_of(context: str, published: date | None, year: int | None = None,
              carried: bool = False) -> Period:
    """The period of a figure whose sentence, up to the figure, is ``context``; ``year`` is the
    year the text speaks of (for 全年, 年末, 截至3月底 written without one).

    The last time expression wins, except comparison baselines (比/较 上年底) and the time of
    an earlier value (由2024年3月底的A增至B: not B's), unless the baseline is the figure's own
    (较二○二二年的3.4%); ``自X以来`` gives an interval from X to publication (cumulative),
    ``截至X`` a point at X. ``carried``: the context is carried over to a later sentence, where
    the times of values (到2021年的4.1万人次) no longer stand.
    """
    period = NO_PERIOD
    dated = "年" in context  # every dated expression names a year: most contexts end here
    plan = _last(_PLAN, context) if any(name in context for name in _FIVE_YEAR_PLANS) else None
    if not dated and not _BARE_CUE.search(context):
        return _plan(plan, published) if plan else period
    at, last_end, last_prefix = -1, -1, ""
    for match, found in _expressions(context, published, year, dated):
        prefix = match["prefix"] or match.groupdict().get("fprefix") \
            or match.groupdict().get("uprefix") or match.groupdict().get("tprefix") or ""
        after = context[match.end():]
        if after.startswith(_SAME_TIME):  # 去年同期: a year before the period in force
            if after not in _SAME_TIME_OWN:
                continue  # 与去年同期相比: a baseline
            current = period if period.label is not None else _month_of(published)
            earlier = year_before(current)
            while match.groupdict().get("year") and found.end and earlier.end and earlier.end.year > found.end.year:
                earlier = year_before(earlier)  # 较2024年同期的15.3分钟: that year's same part
            period, at, last_end, last_prefix = earlier, match.start(), match.end(), ""
            continue
        own = _OWN_LEVEL.fullmatch(after) is not None  # 较二○二二年的|3.4%, 由上年末的|9118张
        if _BRACKETED_VALUE.match(after) and not (prefix in _SINCE and _dated_now(context, match.start())):
            continue  # 是2024年7月底（23名）的2倍，其中…: the bracketed value's time
        if prefix in _COMPARISON and not own:
            continue
        if carried and _OF_VALUE.match(after):
            continue  # 从2019年的2.3万人次增加到2021年的4.1万人次: the values' times, not carried
        if _ATTRIBUTE.match(context, match.end()) or _WEEKDAY.match(context, match.end()) \
                or _ISSUED.search(context, 0, match.start()):
            continue  # 去年启用的中心; 2023年12月6日 星期三 (a page header); 發出本年度醫療券
        if _deadline(context, match) and _NEW_PLAN.search(context, match.end()) \
                and not _deadline_clause(context, match):
            period, at, last_end, last_prefix = NO_PERIOD, match.start(), match.end(), ""
            continue  # 预计到2023年底…，并力争…: another plan's deadline, none of this one
        if prefix in _FROM and not match.groupdict().get("since") and not own \
                and (_TO_LATER.search(context, match.end())
                     or _CHANGE_OF_PAIR.match(context, match.end())):
            continue
        if prefix in _UP_TO and found.end is not None:  # 截至今年第一季: at its last day
            found = Period(found.end.isoformat(), None, found.end, "point")
            if period.kind == "cumulative":  # 自二○二○年五月推出以來，截至今年七月底
                found = since_to(period, found) or found
        if prefix in _SINCE and published is not None and (
                match.groupdict().get("since") or _running_since(context, match)):
            start = found.start or found.end
            opening = found.label.partition('/')[0]
            if match.groupdict().get("rel") and found.kind == "year":
                opening += "-01"  # 今年以来 (the corpus convention): from its January
            found = Period(f"{opening}/{published.isoformat()}",
                           start if start <= published else None, published, "cumulative")
            now = _dated_now(context, match.start())
            if now is not None:  # 自9月29日開展至今（12月2日）: up to the day now names
                found = since_to(found, period_of("截至" + now.group(1), published, year)) or found
        if prefix == "至" and (match.start() == last_end or (
                last_prefix in _FROM_TO_START
                and _FROM_TO_GAP.fullmatch(context, last_end, match.start()))) \
                and (first := period.start or period.end) is not None and found.end is not None \
                and first <= found.end:
            # 2022年9月至2023年8月, 自2022年9月启用以来至2023年8月底, 自9月底起至10月14日: one interval
            opening = period.label.partition('/')[0]
            closing = found.end.isoformat() if len(opening) == 10 else _closing(match, found)
            found = Period(f"{opening}/{closing}",  # from a day, to a day (2025-08-28/2025-11-30)
                           first, found.end,
                           period.kind if period.kind == "cumulative" else "range")
        period, at, last_end, last_prefix = found, match.start(), match.end(), prefix
    if published is not None and (recent := _last(_RECENT, context)) and recent.start() > at:
        period, at = _recent(recent, published), recent.start()
    if plan is not None and plan.start() > at:
        period = _plan(plan, published)
    if period.label is not None and "年" in context[-12:] and _YEAR_AGO.search(context[-12:]):
        period = year_before(period)  # 截至2025年底…，较一年前的: 2024's end
    elif period.start is not None and period.end is not None \
            and (period.end - period.start).days == 6 and _WEEK_AGO.search(context[-12:]):
        week = timedelta(days=7)  # 上周（1月18日至24日）…，较前一周的: 11 to 17 January
        start, end = period.start - week, period.end - week
        period = Period(f"{start.isoformat()}/{end.isoformat()}", start, end, period.kind)
    return period


def first_period(text: str, published: date | None) -> Period:
    """The period of the first time expression of ``text`` (a report's title: 2024年工作总结和
    2025年工作计划 reports on 2024), NO_PERIOD when it names none."""
    for match, found in _expressions(text, published, None, "年" in text):
        return found
    return NO_PERIOD


def last_time_words(text: str, published: date | None, year: int | None) -> str | None:
    """The words of the last time expression of ``text`` that dates something (截至2025年末,
    今年首九個月; not a comparison's 比上年): what a table under the text is of, or None."""
    found = [match.group() for match, period in _expressions(text, published, year, "年" in text)
             if period.label is not None and (match["prefix"] or "") not in _COMPARISON]
    return found[-1] if found else None


def _month_of(published: date | None) -> Period:
    """The month of publication: the "now" of a figure stated with no time (目前…)."""
    if published is None:
        return NO_PERIOD
    return Period(f"{published.year}-{published.month:02d}", published.replace(day=1),
                  _month_end(published.year, published.month), "month")


def earlier_value(before: str, text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is the earlier value of a before -> after pair
    (由|10215人|增至10870人): ``before``, the words up to it, end with 由/从."""
    return before.endswith(_FROM) and _TO_LATER.match(text, end) is not None


def year_before(period: Period) -> Period:
    """The same period a year earlier (of 去年同期, or the earlier value of a yearly report's
    pair): each year in its label and dates less one."""
    if period.label is None:
        return period

    def back(day: date | None) -> date | None:
        if day is None or day.year < 2:
            return None
        return day.replace(year=day.year - 1, day=28) if (day.month, day.day) == (2, 29) \
            else day.replace(year=day.year - 1)

    label = re.sub(r"\d{4}", lambda year: str(int(year.group()) - 1), period.label)
    return Period(label, back(period.start), back(period.end), period.kind)


def _plan(match: re.Match[str], published: date | None) -> Period:
    """A five-year plan's years (“十四五”期间: 2021/2025), or from its first year to publication
    (“十四五”以来, cumulative; none without a publication date)."""
    first = _FIVE_YEAR_PLANS[match["plan"]]
    if not match["since"]:
        return Period(f"{first}/{first + 4}", date(first, 1, 1), date(first + 4, 12, 31), "range")
    if published is None or published.year < first:
        return NO_PERIOD
    return Period(f"{first}/{published.isoformat()}", date(first, 1, 1), published, "cumulative")


def _closing(match: re.Match[str], found: Period) -> str:
    """The label of the time closing an interval (…至2023年8月底): a month's or year's end as
    its month (``2023-08``), as intervals are labelled; any other time as it is."""
    parts = match.groupdict()
    if found.kind == "point" and (parts.get("mend") or parts.get("m2end") or parts.get("yend")):
        return f"{found.end.year}-{found.end.month:02d}"
    return found.label


def at_opening(context: str, opened: Callable[[str], Period]) -> Period | None:
    """The period of a figure stated at an opening (由开业时的300张: when it opened, ``opened``
    of its verb, see ``opening``) or in the first year after it (开业首年: the twelve months from
    it, the calendar year when it opened in January); None when the context states neither or
    the text dates no opening."""
    found = _OPENED.search(context, max(0, len(context) - _OPENED_REACH)) \
        if "的" in context[-_OPENED_TAIL:] else None
    if found:
        verb = _START_VERB.match(found.group())
        start = opened(verb.group() if verb else "")  # 最初的: of any start
        return start if start.label is not None else None
    months = _last(_FIRST_MONTHS_AFTER, context[-_MONTHS_REACH:]) if "月" in context else None
    if months is not None and (start := opened(months["verb"]).start) is not None:
        count = _month(months["count"])  # 今年2月開設…，首兩個月: February and March
        last = start.year * 12 + start.month - 1 + count - 1
        year, month = divmod(last, 12)
        if 1 <= count <= 12:
            return _months_between(start, year, month + 1)
    found = _last(_FIRST_YEAR, context) if "年" in context else None
    start = opened(found["verb"]).start if found else None
    if start is None:
        return None
    end = (date(start.year + 1, 3, 1) if (start.month, start.day) == (2, 29)
           else start.replace(year=start.year + 1)) - timedelta(days=1)
    if (start.month, start.day) == (1, 1):
        return Period(str(start.year), start, end, "year")
    if start.day == 1:
        return Period(f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}", start, end,
                      "range")
    return Period(f"{start.isoformat()}/{end.isoformat()}", start, end, "range")


def _months_between(start: date, year: int, month: int) -> Period:
    """The months from ``start``'s to ``month`` of ``year``, labelled by months."""
    first = date(start.year, start.month, 1)
    return Period(f"{first.year}-{first.month:02d}/{year}-{month:02d}", first,
                  _month_end(year, month), "range")


def opening(text: str, published: date | None, verb: str, exact: bool = False) -> Period:
    """When the text says its subject opened or started: the first time stated with ``verb``
    (2025年1月正式开业, 自2022年9月啟用以來), else with any verb of a start (自二○二四年六月起
    推行 for 計劃推出時); NO_PERIOD when it says none."""
    with_verb, _, any_verb, _ = first_openings(text, published, verb)
    return with_verb if with_verb.label is not None or exact else any_verb


def first_openings(text: str, published: date | None, verb: str) -> tuple[Period, int, Period, int]:
    """The first time the text states a start with ``verb`` and where, and the first with any verb
    of a start and where (NO_PERIOD and the text's length when there is none): an opening the
    text states only after a figure's paragraph does not date it."""
    with_verb, any_verb = (NO_PERIOD, len(text)), (NO_PERIOD, len(text))
    for match in _TIME.finditer(text) if "年" in text else ():
        since = match.groupdict().get("since")
        started = _START_VERB.search(since) if since else _STARTED.match(text, match.end())
        period = _dated(match, published) if started else None
        if period is None:
            continue
        if any_verb[0].label is None:
            any_verb = (period, match.start())
        if verb in started.group():
            with_verb = (period, match.start())
            break
    return with_verb[0], with_verb[1], any_verb[0], any_verb[1]


def since_opening(context: str, standing: Period, published: date | None,
                  opened: Callable[[str], Period]) -> Period | None:
    """The period of a since-clause that dates no start (自試點計劃推行以來, with no time after it):
    from when the text says the thing started (``opened(verb)``, see ``opening``) to the point
    standing before it (截至二○二五年五月底，…。自…以來: ``2024-06/2025-05``), else to
    publication; None when there is no such clause or no start is dated."""
    since = _last(_SINCE_EVENT, context) if published is not None and (
        "以来" in context or "以來" in context) else None
    if since is None or period_of(context[since.end():], published).label is not None:
        return None
    start = opened(since["verb"])
    before = period_of(context[:since.start()], published)
    standing = before if before.label is not None else standing
    if start.start is None:  # 自机制启动以来 dated nowhere: counted up to then, from a start unsaid
        end = standing.end if standing.kind == "point" else published
        return Period(standing.label if standing.kind == "point" else published.isoformat(),
                      None, end, "cumulative")
    return since_to(start, standing) or Period(f"{start.label}/{published.isoformat()}",
                                               start.start, published, "cumulative")


def since_to(start: Period, point: Period) -> Period | None:
    """A count since ``start`` up to ``point`` (截至二○二五年十月底, after 自去年十一月推行以來:
    ``2024-11/2025-10``), or None when ``point`` is no point after the start."""
    if point.kind != "point" or start.start is None or point.end < start.start:
        return None
    end = point.end
    label = f"{end.year}-{end.month:02d}" if end == _month_end(end.year, end.month) \
        else end.isoformat()
    return Period(f"{start.label.partition('/')[0]}/{label}", start.start, end, "cumulative")


def year_to(period: Period) -> Period:
    """The year up to a point (一年增加9,000人 at 2025-03-31: 2024-04-01 … 2025-03-31, labelled
    ``2024-04/2025-03``; at a year's end, that year); any other period as it is."""
    if period.kind != "point" or period.end is None or period.end.year < 2:
        return period
    end = period.end
    start = (date(end.year - 1, end.month, 28) if (end.month, end.day) == (2, 29)
             else end.replace(year=end.year - 1)) + timedelta(days=1)
    if (end.month, end.day) == (12, 31):
        return Period(str(end.year), start, end, "year")
    if end == _month_end(end.year, end.month):
        return Period(f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}", start, end,
                      "range")
    return Period(f"{start.isoformat()}/{end.isoformat()}", start, end, "range")


def between_levels(context: str, period: Period, published: date | None,
                   year: int | None = None, rate: bool = False) -> Period | None:
    """The years a change or growth of a later year's level spans (比2020年的11.3万人次增加31.3万人次
    of 2024: ``2020/2024``; 从2020年的3.21万张增至2024年的4.05万张，年均增长6.0%): from the last
    baseline year written with its level (比/较 or 从/由 a year 的 a figure) before it to the year
    of ``period``, as a multi-year 年均增长 is; None when there is none, or it is the year
    before ``period``'s for a change amount (较2024年的642例增加884例 is of its year: 2025). A
    ``rate`` of change on the year before's level of the whole year spans the two years as the
    writers annotate it (比2024年的16.3万人次增长33.1% of 2025: ``2024/2025``; not on its end:
    由2023年底的A增至2024年底的B，增长41.6% is of 2024). 去年同期 is no baseline
    year (its period is the figure's own a year earlier)."""
    fiscal = _fiscal_year(period)  # 較2023/24年度的約3,100人增加兩倍 of 2024/25: the two years
    if not (period.kind == "year" or _year_end(period) or fiscal) or "年" not in context:
        return None
    base = None
    for match, found in _expressions(context, published, year, True):
        prefix = match["prefix"] or ""
        after = context[match.end():]
        if not (_fiscal_year(found) if fiscal else found.kind == "year" or _year_end(found)) \
                or after.startswith(_SAME_TIME) or not after.startswith(_BASELINE_LEVEL):
            continue
        if prefix in _COMPARISON or (prefix in _FROM and (
                _TO_LATER.search(context, match.end()) or _CHANGE_OF_PAIR.match(context, match.end()))):
            base = found
    if base is None or base.end.year >= period.end.year - (
            0 if rate and (base.kind == "year" or fiscal) else 1):
        return None  # 较2024年的642例增加884例 of 2025: a change on the year before, of 2025
    if fiscal:
        return Period(f"{base.start:%Y-%m}/{period.end:%Y-%m}", base.start, period.end, "range")
    # (由2023年末的1.02万人增至2025年末的1.87万人，两年间增长83.3%: the years 2023/2025)
    return Period(f"{base.end.year}/{period.end.year}", date(base.end.year, 1, 1), period.end,
                  "range")


def _fiscal_year(period: Period) -> bool:
    """Whether a period is one financial year (2024/25年度: 2024-04-01 … 2025-03-31)."""
    return period.kind == "range" and period.start is not None and period.end is not None \
        and (period.start.month, period.start.day, period.end.month) == (4, 1, 3) \
        and period.end.year == period.start.year + 1


def _year_end(period: Period) -> bool:
    """Whether a period is a year's last day (2023年末, 2025年底)."""
    return period.kind == "point" and (period.end.month, period.end.day) == (12, 31)


def dated_from(context: str) -> bool:
    """Whether a context holds the dated earlier value of a before -> after pair (由2023年的300张
    增至520张): the later value, dated by none, is of no time the sentences before state, nor are
    the figures after it in its sentence (…，引进澳门医生23名)."""
    if "年" not in context or not any(mark in context for mark in _FROM):
        return False  # the usual case
    return any((match["prefix"] or "") in _FROM and context.startswith("的", match.end())
               and _TO_LATER.search(context, match.end())
               for match, _ in _expressions(context, None, None, True))


def needs_year(context: str) -> bool:
    """Whether ``context`` may hold a part of a year written without it (so ``period_of``
    needs the year the text speaks of)."""
    return _BARE_CUE.search(context) is not None


def _deadline(context: str, match: re.Match[str]) -> bool:
    """Whether a time is a plan's deadline (到2027年, 于2024年): not the year a text speaks of."""
    return not match["prefix"] and context[match.start() - 1:match.start()] in _DEADLINE_BEFORE


def _deadline_clause(context: str, match: re.Match[str]) -> bool:
    """Whether a deadline is a clause of its own opening its sentence (到2026年，…): it dates
    every target after it, another plan word (力争) included."""
    if not context.startswith(_CLAUSE_MARKS, match.end()):
        return False
    head = context[:match.start() - 1].rstrip()  # the words before 到
    lead = next((word for word in _DEADLINE_LEAD if head.endswith(word)), "")
    head = head[:len(head) - len(lead)].rstrip()  # (预计到2026年底，…)
    return not head or head.endswith(_SENTENCE_MARKS) \
        or head.endswith(_CLAUSE_MARKS) and head[:-1].rstrip().endswith(_SAYING)


def _expressions(context: str, published: date | None, year: int | None,
                 dated: bool) -> list[tuple[re.Match[str], Period]]:
    """The time expressions of a context in order, with their periods: the dated ones and the
    parts of a year written without it (of the last year named before them, else ``year``)."""
    found: list[tuple[re.Match[str], Period]] = []
    spoken = year
    for match in (_TIME.finditer(context) if dated else ()):
        rel = match["rel"]
        period = _within(match.groupdict(), spoken + _RELATIVE_YEARS[rel]) \
            if rel in _OF_YEAR_SPOKEN and spoken is not None else _dated(match, published)
        if period is not None:
            found.append((match, period))
            if match["year"] and period.end is not None \
                    and (match["prefix"] or "") not in _COMPARISON and not _running_since(context, match):
                spoken = period.end.year  # 截至2025年底…由上年末的: the year before 2025
                # (自2021年…以来: a running total's start, no year spoken of)
    if not _BARE_CUE.search(context):
        return found
    dated_found, at = list(found), 0
    known, fiscal, turning = year, None, False
    for match in _BARE.finditer(context):
        while at < len(dated_found) and dated_found[at][0].start() < match.end():
            dated, period = dated_found[at]
            if dated.end() > match.start():
                break  # part of a dated expression (2024年末)
            if period.end is not None and not _deadline(context, dated) \
                    and (dated["prefix"] or "") not in _COMPARISON and not (
                        dated["prefix"] in _FROM and context.startswith("的", dated.end())) \
                    and not _running_since(context, dated):
                known = period.end.year  # (力争到2027年…；计划全年…, 比上年…。全年…: it stays;
                # 由2020年末的5,340张增加到7,120张。1至11月…: an earlier value's year, it stays too;
                # 自2021年…以来: a running total's start, no year spoken of)
                fiscal = period if dated["fy"] or dated["fya"] else None
                turning = _year_turns_after(period)
            at += 1
        else:
            near = context[max(0, match.start() - 4):match.end() + 4]
            spoken = known
            month = next((match[key] for key in _MONTH_GROUPS if match[key]), None)
            if fiscal is not None and month is not None and fiscal.start is not None:
                # 2026—2027年度…截至11月10日: a month of the financial year or season, of the
                # calendar year it falls in
                spoken = fiscal.start.year if _month(month) >= fiscal.start.month else fiscal.end.year
            if turning and spoken is not None and _early_month(match) and (
                    published is None or spoken < published.year):
                spoken += 1  # 去年12月下旬…，上周（1月11日至17日）: the January after that December
            period = fiscal if fiscal is not None and match["whole"] in _WHOLE_YEAR else \
                _first_of_fiscal(match, fiscal) or \
                _bare(match, spoken, published, any(word in near for word in _THIS_YEAR_PLAN),
                      context.startswith(_DEADLINE_AFTER, match.end()))
            # (2025/26年度…全年申报宗数: the whole financial year)
            if period is not None:
                found.append((match, period))
    return sorted(found, key=lambda item: item[0].start())


def _dated_now(context: str, start: int) -> re.Match[str] | None:
    """The day a since-clause's 至今 names in brackets (自9月29日開展至今（12月2日）: 12月2日), read
    in the clause from ``start``; None when it names none."""
    clause = _CLAUSE_END.search(context, start)
    now = _NOW_AT.search(context, start, clause.start() if clause else len(context))
    return _NOW_DATED.match(context, now.end()) if now else None


def _running_since(context: str, match: re.Match[str]) -> bool:
    """Whether a dated time opens a running total up to now (自2021年政策实施以来, 自10月6日開展以來
    with no year): its year is no year the text speaks of (not 自2025年10月2日开展至12月14日, a span
    of that year)."""
    parts = match.groupdict()
    if (parts.get("prefix") or parts.get("fprefix")) != "自":
        return False
    clause = _CLAUSE_END.search(context, match.end())
    return _SINCE_WORD.search(context, match.end(), clause.start() if clause else len(context)) \
        is not None


_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
_SINCE_WORD = re.compile(r"以来|以來|至今(?![年日天])")  # (自10月6日開展以來, 自9月29日開展至今)
_NOW_AT = re.compile(r"至今(?![年日天])")
_NOW_DATED = re.compile(r"[（(]((?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号號])[）)]")  # 至今（12月2日）


_MONTH_GROUPS = ("month", "m1", "umonth", "dmonth", "fmonth", "tmonth")


def _first_of_fiscal(match: re.Match[str], fiscal: Period | None) -> Period | None:
    """The first months of a financial year named before them (2025/26年度首七個月: April to
    October 2025), or None."""
    if fiscal is None or fiscal.start is None or not match["mcount"]:
        return None
    count = _month(match["mcount"]) if match["mcount"] not in "两兩" else 2
    if not 1 <= count <= 12:
        return None
    months = fiscal.start.year * 12 + fiscal.start.month - 1 + count - 1
    year, month = divmod(months, 12)
    end = _month_end(year, month + 1)
    return Period(f"{fiscal.start.year}-{fiscal.start.month:02d}/{year}-{month + 1:02d}",
                  fiscal.start, end, "range")


def _year_turns_after(period: Period) -> bool:
    """Whether a dated time lies within the last two months of its year (去年12月下旬, 2025年11月):
    a bare early month after it (1月11日至17日) is of the year after."""
    return period.start is not None and period.end is not None \
        and period.start.month >= _TURNING_MONTH and period.end.month >= _TURNING_MONTH \
        and period.start.year == period.end.year


def _early_month(match: re.Match[str]) -> bool:
    """Whether a bare part of a year names one of its first three months (1月11日至17日, 2月底)."""
    parts = match.groupdict()
    month = next((parts[name] for name in ("month", "fmonth", "umonth", "tmonth", "dmonth")
                  if parts.get(name)), None)
    return month is not None and month.isdigit() and int(month) <= _EARLY_MONTH


_TURNING_MONTH, _EARLY_MONTH = 11, 3
_COUNTER = {"名": "人", "位": "人"}  # people counted as 人, 名 or 位 (逾千人 for 1,136名)


def restates(row: dict, stated: dict) -> bool:
    """Whether a headline's figure ``row`` restates the body's figure ``stated``: the same metric,
    its unit (or people counted as 人 for 名 and 位), a value it ``rounds``."""
    return stated["metric"] == row["metric"] \
        and row["unit"] in (None, stated["unit"], _COUNTER.get(stated["unit"])) \
        and rounds(row["value"], row["qualifier"], stated["value"])


def _step(value: float) -> float:
    """The unit of a rounded figure's last significant digit: 1,000 for 破千, 10 for 两成 (20%),
    1,000 for 1.5万, 100 for 九百."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    exponent = math.floor(math.log10(abs(value)))
    digits = f"{abs(value) / 10 ** exponent:.6f}".rstrip("0").rstrip(".").replace(".", "")
    return 10.0 ** (exponent - len(digits) + 1)


def rounds(value: float, qualifier: str | None, stated: float) -> bool:
    """Whether a headline's ``value`` with its qualifier restates ``stated`` rounded to its last
    significant digit, on the side the qualifier says: the same; over it by less than one step
    (破千 for 1,046, 超两成 for 24.8%, 突破1.5万 for 15,328); under it (不到500 for 480); about
    it by half a step (近3万 for 2.87万, 近九百 for 887)."""
    if value == stated:
        return True
    step = _step(value)
    if qualifier == "at_least":
        return value < stated < value + step
    if qualifier == "at_most":
        return value - step < stated < value
    return qualifier in ("approx", "exact") and abs(stated - value) <= step / 2


def headline_periods(headline: list[dict], body: list[dict]) -> None:
    """A headline figure that states no time of its own takes the period of the first figure
    of the body it restates (same metric and unit, a value it ``rounds``) whose own sentence
    dates it (not one carried from the sentences before, ``_carried``): 转诊患者破千人次 is of the
    body's 自2023年3月…以来…1,046人次; a headline's year so far (今年已达186人次) the part of that
    year the body dates it in (``_part_of_year``). The same value with a group the body leaves unsaid
    (广州香港居民参保人数达2.76万人 … 广州参保人数达到2.76万人) is left to the linking, which joins
    the two as one fact (``links``)."""
    for row in headline:
        if row["period"] is not None and not _whole_year(row):
            continue
        for stated in body:
            if stated["period"] is not None and stated.get("_carried") is None \
                    and (row["period"] is None or _part_of_year(stated, row)) \
                    and restates(row, stated) \
                    and not (row["value"] == stated["value"] and row["population"]
                             and not stated["population"]):
                row["period"], row["period_start"], row["period_end"], row["period_kind"] = (
                    stated["period"], stated["period_start"], stated["period_end"],
                    stated["period_kind"])
                break


def _whole_year(row: dict) -> bool:
    return row["period_kind"] == "year" and row["period_start"] is not None


def _part_of_year(stated: dict, row: dict) -> bool:
    """Whether a body figure is dated within the year a headline figure names, and not the whole
    of it: the headline's 今年已达186人次 is the body's 今年1至11月转运186人次, the year so far."""
    start, end = stated["period_start"], stated["period_end"]
    return start is not None and end is not None and stated["period_kind"] != "year" \
        and row["period_start"] <= start and end <= row["period_end"]


def period_bounds(period: str | None) -> tuple[date | None, date | None]:
    """The first and last day of a period as ``resolve_period`` writes it: ``2023`` is
    2023-01-01 to 2023-12-31, ``2021-03`` the month, ``2021-03-31`` the day, ``A/B`` from A's
    first day to B's last; (None, None) for none or anything else."""
    if not isinstance(period, str) or not period:
        return None, None
    first, _, last = period.partition("/")
    start, end = _day_span(first)[0], _day_span(last or first)[1]
    return (start, end) if start and end and start <= end else (None, None)


def _day_span(text: str) -> tuple[date | None, date | None]:
    parts = text.split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            return date(numbers[0], 1, 1), date(numbers[0], 12, 31)
        if len(numbers) == 2:
            year, month = numbers
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if len(numbers) == 3:
            return date(*numbers), date(*numbers)
    except ValueError:
        pass
    return None, None


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def resolve_period(context: str, published: date | None) -> str | None:
    """The label of ``period_of``: an ISO date, month, year or interval, or None."""
    return period_of(context, published).label
