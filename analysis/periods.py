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
import re
from datetime import date
from typing import NamedTuple

from analysis._rules.numerals import CN_DIGITS as _CN_DIGITS
from analysis._rules.time import COMPARISON as _COMPARISON
from analysis._rules.time import PERIOD, RECENT
from analysis._rules.time import RELATIVE_YEARS as _RELATIVE_YEARS

_TIME = re.compile(PERIOD)
_CN_NUMERALS = str.maketrans({c: str(d) for c, d in _CN_DIGITS.items()})
_RECENT = re.compile(RECENT)


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
    if match["fy"]:
        year = int(match["fy"])
        if (year + 1) % 100 != int(match["fy2"]):
            return None
        return Period(f"{year}-04/{year + 1}-03", date(year, 4, 1), date(year + 1, 3, 31), "range")
    if match["year"]:
        year = int(match["year"].translate(_CN_NUMERALS))
    elif published is not None:
        year = published.year + _RELATIVE_YEARS[match["rel"]]
    else:
        return None
    if not 1 <= year <= 9999:
        return None
    if match["yend"]:
        return Period(f"{year}-12-31", None, date(year, 12, 31), "point")
    if match["m1"]:
        first, last = _month(match["m1"]), _month(match["m2"])
        if first > last:
            return None
        return _months(year, first, last, f"{year}-{first:02d}/{year}-{last:02d}")
    if match["half"]:
        first, last = (1, 6) if match["half"] == "上" else (7, 12)
        return _months(year, first, last, f"{year}-{first:02d}/{year}-{last:02d}")
    if match["quarter"]:
        quarter = _month(match["quarter"])
        first, last = (1 if match["upto"] else 3 * quarter - 2), 3 * quarter
        return _months(year, first, last, f"{year}-{first:02d}/{year}-{last:02d}")
    if not match["month"]:
        return Period(str(year), date(year, 1, 1), date(year, 12, 31), "year")
    month = _month(match["month"])
    if match["day"]:
        try:
            day = date(year, month, _month(match["day"]))
        except ValueError:
            return None
        return Period(day.isoformat(), day, day, "point")
    if match["mend"]:
        end = _month_end(year, month)
        return Period(end.isoformat(), None, end, "point")
    return Period(f"{year}-{month:02d}", date(year, month, 1), _month_end(year, month), "month")


def _recent(match: re.Match[str], published: date) -> Period:
    """The ``n`` years up to publication (近十年来)."""
    token = match["n"]
    years = int(token) if token.isdigit() else _month(token)  # 五, 十, 十三 as numerals
    year = max(1, published.year - years)
    start = published.replace(year=year, day=28) if (published.month, published.day) == (2, 29) \
        else published.replace(year=year)
    return Period(f"{start.isoformat()}/{published.isoformat()}", start, published, "range")


def period_of(context: str, published: date | None) -> Period:
    """The period of a figure whose sentence, up to the figure, is ``context``.

    The last time expression wins, except comparison baselines (比/较 上年底); ``自X以来`` and
    ``从X起`` give an interval from X to publication (cumulative), ``截至X`` a point at X.
    """
    period = NO_PERIOD
    if "年" not in context:  # every time expression names a year: most contexts end here
        return period
    at = -1
    for match in _TIME.finditer(context):
        prefix = match["prefix"] or ""
        if prefix in _COMPARISON:
            continue
        found = _dated(match, published)
        if found is None:
            continue
        if prefix in ("截至", "截止", "截止到") and found.end is not None:
            found = Period(found.label, None, found.end, "point")
        if prefix in ("自", "从", "從") and match["since"] and published is not None:
            start = found.start or found.end
            found = Period(f"{found.label}/{published.isoformat()}",
                           start if start <= published else None, published, "cumulative")
        period, at = found, match.start()
    if published is not None and (recent := _last(_RECENT, context)) and recent.start() > at:
        period = _recent(recent, published)
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


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def resolve_period(context: str, published: date | None) -> str | None:
    """The label of ``period_of``: an ISO date, month, year or interval, or None."""
    return period_of(context, published).label
