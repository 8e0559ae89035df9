"""Publication dates: stated in front matter or a header, else inferred from the text.

Precedence, first that applies (``published_source`` in brackets):

1. front matter ``date:`` [front_matter]: RFC 2822 (``Mon, 19 Apr 2021 07:58:34 GMT``), ISO 8601,
   ``2021/04/19``, ``2021年4月19日`` or a Unix time. The calendar date is the one written, in the
   field's own zone (the feeds state the day they mean); a bare Unix time is read on China
   Standard Time (UTC+8), the clock of the Greater Bay Area.
2. a header [header]: the date on a newspaper's 来源/版次/作者 line, or a timestamp at the head of a
   web page, above its first paragraph.
3. the text [text when year, month and day are written together, else inferred]: a full date on
   a short line above the first paragraph (發佈日期：2025-05-08) first, or a line that is only a
   full date among the last three (2025年6月18日（星期三）, closing a Hong Kong government
   release); else timestamps in a
   page's furniture (the latest of them) are only an upper bound: recommendation listings and
   account cards are dated when the page was scraped, not when the article ran.

   - year: an anniversary this year (今年是中华人民共和国成立75周年 -> 1949 + 75), else the year
     of a document number on a line of its own at the head (穗卫〔2025〕18号), else the latest
     year the text names outside a future phrase (预计/计划/将/目标/预约…, a clause opening
     到2027年), else the bound's year;
   - day: the date in the lead sentence (``2月5日，`` as news leads open with the day of the
     event), else the latest day of that year the text names (今年5月22日, bare 9月10日 or a full
     2024年9月10日), never after the bound;
   - no day: the bound itself when it falls in that year, else 1 January of the year (the year is
     all that is known).

4. nothing [none]: ``published`` is None. A date is never made up without a clue.

Seed 003 (a NetEase page) leads with 2月5日 and names 2024年1月份 as past; its page timestamps
(2024-05-20..23) belong to the listing after the article, so they bound it: 2024-02-05, inferred
(the signing was reported on its day; 去年6月1日 is the year before and does not compete). Seed 004
(a PDF page) has 今年是中华人民共和国成立75周年 -> 2024 and leads with 9月10日: 2024-09-10,
inferred (also the latest day of 2024 it names).
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, timedelta, timezone

from analysis._rules.time import (
    ANNIVERSARY,
    DATE_LINE,
    DAY_IN_TEXT,
    DOCUMENT_NUMBER,
    FUTURE,
    MASTHEAD_PAGE,
    PAGE_STAMP,
    WEEKDAY,
    YEAR_IN_TEXT,
    YMD,
)
from analysis._rules.time import EVENTS as _EVENTS
from analysis.text import is_paragraph, is_prose

CHINA_TIME = timezone(timedelta(hours=8))
FRONT_MATTER, HEADER, TEXT, INFERRED, NONE = "front_matter", "header", "text", "inferred", "none"
_YEARS = range(1900, 2101)

_YMD = re.compile(YMD)
_PAGE_STAMP = re.compile(PAGE_STAMP)
_DAY = re.compile(DAY_IN_TEXT)
_YEAR = re.compile(YEAR_IN_TEXT)
_FUTURE = re.compile(FUTURE, re.MULTILINE)
_DOCUMENT_NUMBER = re.compile(DOCUMENT_NUMBER)
_HEAD_LINES = 6  # non-blank lines at a text's head where a document number stands
_FUTURE_REACH = 6  # characters before a date in which a future word makes it a plan
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_ANNIVERSARY = re.compile(ANNIVERSARY)
_STAMP_LINE = 60  # page timestamps stand on short lines; dates inside prose are not stamps
# … or on a longer meta line with no sentence punctuation (来源：… 记者 … 2025-11-27 08:16　阅读 3.2万
# 点赞 856), up to this length
_META_LINE = 160


# a comma between digits groups them (深证成指 10,862.35): no sentence punctuation
_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d)")


def _stamp_line(line: str) -> bool:
    """Whether a (stripped) line may hold a page's timestamp: a short one, or a meta line."""
    return len(line) <= _STAMP_LINE or (len(line) <= _META_LINE
                                        and not is_prose(_DIGIT_GROUP.sub("", line)))
_DATE_LINE = re.compile(DATE_LINE)
_WEEKDAY = re.compile(r"[日号號]?" + WEEKDAY)
_MASTHEAD_PAGE = re.compile(MASTHEAD_PAGE)
_DATE_WEEKDAY_LINE = re.compile(rf"\s*{YMD}[日号號]?{WEEKDAY}\s*")  # (2025年11月18日　星期二)
_TAIL_LINES = 3  # a closing dateline stands among the last lines


def _valid(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist or lies outside 1900-2100."""
    if year not in _YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(value: object) -> date | None:
    """A front matter date value as a date: date/datetime objects, RFC 2822, ISO 8601,
    2021/04/19 or 2021年4月19日 strings, or a Unix time; None if it is none of these."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1e8 < value < 4.2e9:
        value = datetime.fromtimestamp(value, CHINA_TIME).date()
    if isinstance(value, str) and value.strip():
        value = _parse_date_text(value.strip())
    return value if isinstance(value, date) and value.year in _YEARS else None


def _parse_date_text(text: str) -> date | None:
    """A date written as RFC 2822, ISO 8601, 2021/04/19 or 2021年4月19日, as the string says it."""
    for parse in (email.utils.parsedate_to_datetime, datetime.fromisoformat):
        try:
            return parse(text).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
    match = _YMD.match(text)
    return _valid(*map(int, match.groups())) if match else None


def header_date(line: str) -> date | None:
    """The first full date on a header line (2024年04月11日, 2024-04-11)."""
    for match in _YMD.finditer(line):
        found = _valid(*map(int, match.groups()))
        if found:
            return found
    return None


def page_dates(text: str) -> tuple[date | None, date | None]:
    """A web page's head date (a timestamp above its first paragraph) and the latest of all its
    timestamps (an upper bound for the publication date). Read these before stripping furniture.
    Timestamps count only on short lines (at most 60 characters, stripped)."""
    head = latest = None
    head_end = _first_paragraph(text)
    line_start = line_end = -1  # the line of the last stamp (a long line may hold thousands)
    for match in _PAGE_STAMP.finditer(text):
        if "\n" in match.group():
            continue  # a date at a line's end and a time on the next: not one stamp
        if match.start() > line_end:
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line_end = line_end if line_end >= 0 else len(text)
            short = _stamp_line(text[line_start:line_end].strip())
        if not short:
            continue
        found = _valid(*map(int, filter(None, match.groups())))
        if found:
            head = head or (found if line_start < head_end else None)
            latest = max(latest, found) if latest else found
    return head, latest


def _first_paragraph(text: str) -> int:
    """Where the first line that is a paragraph of running text starts (the text's length if
    none is)."""
    start = 0
    for line in text.split("\n"):
        if is_paragraph(line.strip()) and is_prose(_DIGIT_GROUP.sub("", line)):
            return start  # (a weather and stock line, 深证成指 10,862.35, is none)
        start += len(line) + 1
    return len(text)


def _is_future(text: str, start: int) -> bool:
    """Whether the words just before ``start`` make the date there a plan (预计2025年建成)."""
    return _FUTURE.search(text, max(0, start - _FUTURE_REACH), start) is not None


def _anniversary_year(text: str) -> int | None:
    """This year from an anniversary stated in a sentence about 今年 (今年是…成立75周年)."""
    if "周年" not in text and "週年" not in text:  # the usual case, at string-search speed
        return None
    for match in _ANNIVERSARY.finditer(text):
        sentence_start = _last_sentence_end(text, match.start())
        before = text[sentence_start:match.start()]
        if "今年" not in before:
            continue
        for event, year in _EVENTS:
            if event in before[-30:]:
                return year + int(match.group(1))
    return None


def _last_sentence_end(text: str, position: int) -> int:
    """Index just after the last sentence end within 200 characters before ``position``."""
    floor = max(0, position - 200)
    return max(floor - 1, *(text.rfind(mark, floor, position) for mark in "。！？\n")) + 1


def _document_year(text: str) -> int | None:
    """The year in a document number standing alone on a line at the head (穗卫〔2025〕18号)."""
    head = [line for line in text[:2000].split("\n") if line.strip()][:_HEAD_LINES]
    found = next((m for line in head if (m := _DOCUMENT_NUMBER.fullmatch(line))), None)
    return int(found.group(1)) if found else None


def _latest_past_year(text: str, bound: date | None) -> int | None:
    """The latest year named outside a future phrase, not after the bound's year."""
    years = [int(m.group(1)) for m in _YEAR.finditer(text) if not _is_future(text, m.start())]
    years = [y for y in years if y in _YEARS and (bound is None or y <= bound.year)]
    return max(years) if years else None


def _day_of(match: re.Match[str], year: int) -> tuple[date | None, bool]:
    """The date a 月日 mention names in ``year`` (None if it names another year) and whether
    the year was written with it."""
    month, day = int(match["month"]), int(match["day"])
    if match["year"]:
        return _valid(int(match["year"]), month, day), True
    if match["rel"] in (None, "今年", "本年"):
        return _valid(year, month, day), False
    return None, False


def _lead(text: str) -> str:
    """The first sentence of the first paragraph that reads as running text."""
    for paragraph in text.split("\n"):
        if is_prose(paragraph):
            end = _SENTENCE_END.search(paragraph)
            return paragraph[:end.end()] if end else paragraph
    return ""


def _day_in_year(text: str, year: int, bound: date | None) -> tuple[date, bool] | None:
    """The publication day in ``year``: the lead's date, else the latest day of that year named
    (not a plan, not after the bound); with whether its year was written out."""
    lead_sentence = _lead(text)
    lead = _DAY.search(lead_sentence)
    if lead and not _is_future(lead_sentence, lead.start()):
        found, explicit = _day_of(lead, year)
        if found and found.year == year and (bound is None or found <= bound):
            return found, explicit
    best: tuple[date, bool] | None = None
    for match in _DAY.finditer(text):
        found, explicit = _day_of(match, year)
        if found is None or found.year != year or (bound and found > bound) \
                or _is_future(text, match.start()):
            continue
        if best is None or (found, explicit) > best:
            best = (found, explicit)
    return best


def head_date(text: str) -> date | None:
    """A full date on a short line above the first paragraph (發佈日期：2025-05-08 15:45, an
    issuer's dateline 珠海市卫生健康局 2023-09-12): the day the article says it was issued."""
    head = text[:_first_paragraph(text)]
    for line in head.split("\n"):
        if _stamp_line(line.strip()) and (found := header_date(line)):
            return found
    return None


def masthead(line: str) -> bool:
    """Whether a line is a newspaper's masthead: a full date with its weekday or a page label
    after it (广州日报 2022年8月17日 星期三, 南方日报　2025年6月5日　A07版), not a headline."""
    return any(_WEEKDAY.match(line, match.end()) or _MASTHEAD_PAGE.match(line, match.end())
               for match in _YMD.finditer(line))


def masthead_date(line: str) -> date | None:
    """The date a masthead line gives (``masthead``), or None."""
    for match in _YMD.finditer(line):
        if _WEEKDAY.match(line, match.end()) or _MASTHEAD_PAGE.match(line, match.end()):
            return _valid(*map(int, match.groups()))
    return None


def date_line(line: str) -> date | None:
    """The date of a line that is only a full date, its weekday maybe (2025年11月18日　星期二), or
    None."""
    match = _DATE_LINE.fullmatch(line) or _DATE_WEEKDAY_LINE.fullmatch(line)
    return _valid(*map(int, match.groups()[:3])) if match else None


def tail_date(text: str) -> date | None:
    """A dateline closing the text: a line that is only a full date (2025年6月18日（星期三）, as
    Hong Kong government releases end) among its last three lines."""
    lines = [line for line in text[-400:].split("\n") if line.strip()][-_TAIL_LINES:]
    for line in reversed(lines):
        if match := _DATE_LINE.fullmatch(line):
            return _valid(*map(int, match.groups()))
    return None


def infer_published(text: str, bound: date | None = None) -> tuple[date | None, str]:
    """The publication date read from an article's clean text, and how (text, inferred or none);
    ``bound`` is the latest page timestamp, if any. See the module docstring for the rules."""
    for stated in (head_date(text), tail_date(text)):
        if stated is not None and (bound is None or stated <= bound):
            return stated, TEXT
    year = (_anniversary_year(text) or _document_year(text) or _latest_past_year(text, bound)
            or (bound.year if bound else None))
    if year is None:
        return None, NONE
    day = _day_in_year(text, year, bound)
    if day is not None:
        return day[0], TEXT if day[1] else INFERRED
    if bound is not None and bound.year == year:
        return bound, INFERRED
    return date(year, 1, 1), INFERRED
