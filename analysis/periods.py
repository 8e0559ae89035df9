"""The period a figure refers to, from the time words before it and the publication date.

``截至今年3月底`` in an article published in April 2021 gives ``2021-03-31``; ``2023年`` gives
``2023``; ``去年`` the year before publication; ``自2019年12月…以来`` the interval
``2019-12/2021-04-19`` (ISO 8601). Baselines of a comparison (``比上年底``) are not periods.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "十": 10, "十一": 11, "十二": 12}
_RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2,
                   "明年": 1}

_TIME = re.compile(  # the lookahead lets the regex engine skip other characters at once
    r"(?=[截至自从比较同相12今本当去上前明])(?P<prefix>截至|截止到?|至|自|从|比|较|同比|相比)?"
    r"(?:(?P<year>(?:19|20)\d{2})年|(?P<rel>今年|本年|当年|去年|上年|前年|明年))"
    r"(?:(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?"
    r"(?:(?P<day>[12]\d|3[01]|0?[1-9])[日号]|(?P<mend>底|末)|(?P<mstart>初))?"
    r"|(?P<yend>底|末))?"
    r"(?P<since>\S{0,16}?以来)?"
)


def _month(token: str) -> int:
    return int(token) if token.isdigit() else _CN_DIGITS[token]


def _format(match: re.Match[str], published: date | None) -> str | None:
    """The ISO date, month or year named by one time expression, or None if it is relative
    and there is no publication date to anchor it."""
    if match["year"]:
        year = int(match["year"])
    elif published is not None:
        year = published.year + _RELATIVE_YEARS[match["rel"]]
    else:
        return None
    if match["yend"]:
        return f"{year}-12-31"
    if not match["month"]:
        return str(year)
    month = _month(match["month"])
    if match["day"]:
        return f"{year}-{month:02d}-{int(match['day']):02d}"
    if match["mend"]:
        return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return f"{year}-{month:02d}"


def resolve_period(context: str, published: date | None) -> str | None:
    """The period of a figure whose sentence, up to the figure, is ``context``.

    The last time expression wins, except comparison baselines (比/较 上年底); ``自X以来`` and
    ``从X起`` give an interval ending at publication.
    """
    period = None
    if "年" not in context:  # every time expression names a year: most contexts end here
        return period
    for match in _TIME.finditer(context):
        prefix = match["prefix"] or ""
        if prefix in ("比", "较", "同比", "相比"):
            continue
        value = _format(match, published)
        if value is None:
            continue
        if prefix in ("自", "从") and match["since"] and published is not None:
            value = f"{value}/{published.isoformat()}"
        period = value
    return period


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
