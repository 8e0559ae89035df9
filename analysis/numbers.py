"""Numerals in Chinese news text: parse one numeral, or find every number in running text.

What it reads: every way Chinese writes a number — 十三, 一百五十, 两万, 一千零五, colloquial
一千五 / 三万六 / 一亿二 (the last digit is the next place down, and not before a counter: 一千五人
is not read), chained multipliers with Arabic digits (3万2千5百, 2亿3万6千, 1万2000), financial
numerals (壹仟贰佰, 叁拾伍元陆角 35.6, 元整/圆整), traditional 萬/億/兩 and 兆 (10^12; not 千兆宽带),
亿亿, 廿/卅/卌, spaces and full-width forms (3 万 6 千, １２，３４５, 1 234), signs (负十五, −8%,
-1200, 零下六摄氏度), halves (一年半, 两个半月, 两成半, 半成, 半数), tenths and discounts (六成四 64 %,
四点五成, 八折 80 %, 七五折, 对折, 8.5折: unit 折), per mille and per ten thousand (千分之零点五;
万分之五 is the fraction 0.0005 with unit ‱), Latin suffixes (40k, 3.5K, 2w, 1.2M; not 4K屏幕),
百余人 / 千余名 (at least 100 / 1,000), 二十来人 (about 20). Our own strict grammar reads the
numerals (cn2an's modes read too much or too little: see _mixed_value); a form it does not fully
understand gives nothing rather than a wrong value, and set phrases (十万八千里, 一波三折) are
not numbers. Around the numerals: finding
numbers in running text, with character spans, in one linear pass; 万/亿 multipliers on Arabic
numerals (4.8万, 1.3万余); qualifiers —
逾/超过/多达/至少 …, 约/近/将近 …, 不到/不足/少于 … before, 以上/以下/左右/以内 after, 多/余
inside (20多项, 47万余人次); ranges (15-20间, 十五至二十, 两三家, and 几十/数十/数百/几万 as 2 to
9 of them: 数十万 is 200,000-900,000), but a change then the level it reached is two numbers
(增长2.4%至88.3万: 2.4 % and 883,000); a currency written before the number as its unit
(港幣3,000元, HK$3,000, MOP 500: 港币, HK$, MOP, with a qualifier before it: 约人民币420元); 上百/上千/上万 as at least 100/1,000/10,000; fractions (五分之一, 3又三分之一, and 1/3, 3/4 with a slash:
small proper ones only, not parts of paths, dates or scores); rates with their base after a
slash (8.1/10万, 9/10萬人口, 3.4/1,000: kind per_base, the base as the unit, 10万); tenths as percent (九成 90 %,
近八成 approx 80 %, 七八成 70-80 %, 九成五 95 %; not 成 opening a word: 三成员, 中成药); percent and per mille (94%, 百分之二十, 1.2‰, 千分之三); the unit or counter after
a number; and the kind of each number: quantity, percent, per_mille, fraction, date, year,
time, age, ordinal or code. A decline written as a word (下降2.7%) keeps its magnitude and sets
``decline``; parse_number / find_numbers never raise on any text.

Decisions (what counts as a figure for the metrics layer):
- A Chinese numeral is a quantity when a counter or unit follows it (五间, 两家, 三位, 三年) or
  when it has several characters (七十二, 一百五十). A lone 一 is the indefinite article
  (一家医院, 一个体系, 一天时间) and is skipped, except in 一年多 / 一个多月: at_least 1 of a
  time unit. 两 before a word that is not a counter (两地, 两院, 两岸, 两级) is prose.
- Words with numerals in them are not numbers: 一站式, 一体化, 千家万户, 三力三区, 十三五, 五一.
- Hospital grades 三甲, 三级甲等, 二级, 四级, 3级 are ordinals with unit 级, like 第三, 第一批.
- Money and everything else: the value is normalised and the unit has no multiplier:
  800万元 -> 8000000.0 "元"; 4.8万人次 -> 48000.0 "人次"; 3.76万平方米 -> 37600.0 "平方米".
- Dates: the value is the year if given, else the month, else the day, and the unit says which
  (年, 月, 日). 2024年 alone is kind year; 3年, 11年, 72年来 are durations (quantity, 年). A time
  of day is valued in hours (下午3点 -> 15.0); 下午 is not part of the span.
- Codes: digits glued to Latin letters (ZA09, F-35, COVID-19, 5G), digit strings with a leading
  zero or more than ten digits (phone numbers, ids), dotted versions (1.2.3). Letter-only
  acronyms (WONCA, JCI) hold no number and are not reported.
- Units are reported as written, in simplified characters, except ％ -> %, 个小时 -> 小时,
  个百分点 -> 百分点, 个工作日 -> 工作日, 周岁 -> 岁.
Traditional characters (萬, 兩, 個, 歲 …) and full-width digits are read as their simplified or
ASCII forms; spans and ``text`` always refer to the original string.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from analysis._rules.lookahead import first_characters, lookahead
from analysis._rules.numerals import AFTER as _AFTER
from analysis._rules.numerals import AGES as _AGES
from analysis._rules.numerals import BEFORE as _BEFORE
from analysis._rules.numerals import (
    BELOW_ZERO,
    CURRENCIES_BEFORE,
    DECLINE_WORDS,
    FINANCIAL,
    FOLDED_TRADITIONAL,
    IDIOMS,
    LATIN_SCALE_NOT_BEFORE,
    LATIN_SCALES,
    NOT_TRILLION_BEFORE,
    RATE_BASE_PEOPLE,
    RATE_BASES,
    ROUND_PREFIX_NOT_AFTER,
    ROUND_PREFIXES,
    TENS_CHARACTERS,
    WIDE_FORMS,
)
from analysis._rules.numerals import BRIDGE_SPAN as _BRIDGE_SPAN
from analysis._rules.numerals import BRIDGES as _BRIDGES
from analysis._rules.numerals import CN as _CN
from analysis._rules.numerals import CN_CHARS as _CN_CHARS
from analysis._rules.numerals import CN_DIGITS as _CN_DIGITS
from analysis._rules.numerals import COUNTERS as _COUNTERS
from analysis._rules.numerals import DENOMINATORS as _DENOMINATORS
from analysis._rules.numerals import DISCOUNT as _DISCOUNT
from analysis._rules.numerals import DURATIONS as _DURATIONS
from analysis._rules.numerals import HALF_UNITS as _HALF_UNITS
from analysis._rules.numerals import HALVES as _HALVES
from analysis._rules.numerals import INFIX as _INFIX
from analysis._rules.numerals import KIND_OF_UNIT as _KIND_OF_UNIT
from analysis._rules.numerals import LATIN_UNITS as _LATIN_UNITS
from analysis._rules.numerals import MEASURES as _MEASURES
from analysis._rules.numerals import MONEY as _MONEY
from analysis._rules.numerals import MULTIPLIERS as _MULTIPLIERS
from analysis._rules.numerals import NOT_PRECEDED_BY as _NOT_PRECEDED_BY
from analysis._rules.numerals import ORDINAL_COUNTERS as _ORDINAL_COUNTERS
from analysis._rules.numerals import PAIRS as _PAIRS
from analysis._rules.numerals import PER as _PER
from analysis._rules.numerals import QUALIFIED_UNITS as _QUALIFIED_UNITS
from analysis._rules.numerals import SEP as _SEP
from analysis._rules.numerals import SIGNS as _SIGNS
from analysis._rules.numerals import SP as _SP
from analysis._rules.numerals import TENTHS as _TENTHS
from analysis._rules.numerals import TIME_UNITS as _TIME_UNITS
from analysis._rules.numerals import UNIT_ALIASES as _UNIT_ALIASES
from analysis._rules.numerals import UNIT_NOT_BEFORE as _UNIT_NOT_BEFORE
from analysis._rules.numerals import XX as _XX
from analysis._rules.numerals import D as _D
from analysis._rules.numerals import Z as _Z
from analysis._rules.time import AFTERNOON as _AFTERNOON
from analysis._rules.time import CDATE as _CDATE
from analysis._rules.time import CLOCK as _CLOCK
from analysis._rules.time import EDATE as _EDATE
from analysis._rules.time import ISO as _ISO
from analysis._rules.time import TOD as _TOD
from analysis.folding import to_simplified

__all__ = ["NumberMatch", "find_numbers", "iter_numbers", "parse_number"]


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One number in a text: normalised value, span, kind, unit and qualifier."""

    value: float
    value_high: float | None
    start: int
    end: int
    text: str
    kind: str
    unit: str | None
    qualifier: str
    decline: bool = False  # a decline written as a word before it (下降2.7%): the value is kept


# --- folding: traditional characters and full-width forms, one character for one --------------

# Traditional characters our patterns read -> simplified (by the one t2s map); full-width forms
# -> ASCII.
_FOLD = str.maketrans({c: to_simplified(c) for c in FOLDED_TRADITIONAL} | WIDE_FORMS
                      | {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF5B)
                         if chr(c - 0xFEE0).isalnum()})  # ０-９, Ａ-Ｚ, ａ-ｚ
_TO_FOLD = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")
_NEEDS_FOLD = re.compile("[" + re.escape("".join(map(chr, _FOLD)) + "".join(FINANCIAL)) + "]")
# １２，３４５: a full-width comma between full-width digits groups thousands.
_WIDE_GROUP = re.compile("(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")
# Financial numerals (壹仟贰佰) are read as digits in a run of numeral characters that holds one
# that is nothing else (壹 贰 叁 柒 捌 玖 拾 佰 仟), or before 元/圆/角/分: not the 伍 of 队伍, the 陆 of
# 大陆 or the 參 of 參加.
_FIN_ONLY = frozenset("壹贰貳弍叁叄柒捌玖拾佰仟")
_FINANCIAL = str.maketrans(FINANCIAL)
_FIN_CHAR = re.compile(f"[{''.join(FINANCIAL)}]")
_RUN_CHARS = "".join(FINANCIAL) + "一二两三四五六七八九零〇十百千万亿兆点0123456789"  # 3万2仟
_FIN_RUN = re.compile(f"[{''.join(FINANCIAL)}][{_RUN_CHARS}]*")
_RUN_SET = frozenset(_RUN_CHARS)
_MONEY_AFTER = frozenset("元圆角分整")


def _fold_financial(text: str) -> str:
    """The text with financial numerals read as everyday ones where a run qualifies."""
    pieces, done = [], 0
    for m in _FIN_RUN.finditer(text):
        start, end = m.start(), m.end()
        while start > done and text[start - 1] in _RUN_SET:
            start -= 1
        run = text[start:end]
        if (len(run) > 1 and not _FIN_ONLY.isdisjoint(run)) or text[end:end + 1] in _MONEY_AFTER:
            pieces += [text[done:start], run.translate(_FINANCIAL)]
            done = end
    return "".join(pieces) + text[done:] if pieces else text


def _fold(text: str) -> str:
    """The text with the characters our patterns read mapped 1:1 (spans stay valid)."""
    first = _NEEDS_FOLD.search(text)  # one scan for the usual text, which needs nothing
    if first is None:
        return text
    financial = first.group() in FINANCIAL
    if not financial or _TO_FOLD.search(text, first.end()):
        if "，" in text:
            text = _WIDE_GROUP.sub(",", text)
        text = text.translate(_FOLD)
        financial = financial or _FIN_CHAR.search(text, first.end()) is not None
    return _fold_financial(text) if financial else text


# --- patterns --------------------------------------------------------------------------------

_CN_DECIMAL = f"(?:{_CN}|(?<![{_CN_CHARS}])零(?=点))(?:点[{_D}{_Z}]++)?"
_AN = (r"(?<![0-9])[0-9]++(?:,[0-9]{3}(?![0-9]))*+"  # 13691, 3,241, 21.92, 1 234 (grouped)
       r"(?:[ \u00a0\u2009\u202f](?<![0-9]{4}.)[0-9]{3}(?![0-9]))*+(?:\.[0-9]++)?")
_MUL = "(?:亿亿|万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|兆|千(?![米克瓦])|百(?!分))"
# 3万2千5百, 2亿3万6千, 1万2000, 三万2千: numbers after a multiplier (the handler checks them).
_CHAIN_LINK = (f"(?:{_SP}(?:零{_SP})?(?:[0-9]++|[{_D}]|十){_SP}"
               f"(?:千(?![米克瓦])|百(?!分)|[十万亿兆])++"
               f"|(?:{_SP}零{_SP})?[0-9]{{1,4}}+(?![0-9A-Za-z.])|[ \u00a0\u3000][0-9]{{1,3}}+(?![0-9A-Za-z.])"
               f"|{_SP}零{_SP}[{_D}](?![{_CN_CHARS}])|[ \u00a0\u3000][万亿兆])")
_CHAIN = f"(?:{lookahead(_CHAIN_LINK)}{_CHAIN_LINK})++"
_POST = "(?:" + "|".join(_AFTER) + ")"


def _alternation(words: tuple[str, ...]) -> str:
    """Longest-first regex alternation of unit words, with their not-before exceptions."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        part = re.escape(word)
        if word in _UNIT_NOT_BEFORE:
            part += f"(?!{_UNIT_NOT_BEFORE[word]})"
        if word in _LATIN_UNITS:
            part += "(?![A-Za-z0-9²])"
        parts.append(part)
    return "(?:" + "|".join(parts) + ")"


_UNIT_WORDS = (_COUNTERS + _MONEY + _MEASURES + _LATIN_UNITS + _DURATIONS + _AGES + _SIGNS
               + (_TENTHS, _DISCOUNT) + tuple(_QUALIFIED_UNITS) + tuple(_HALF_UNITS))
_UNITS = _alternation(_UNIT_WORDS)
_UNIT_FIRST = first_characters(_UNITS)
_ORD_UNITS = _alternation(_UNIT_WORDS + _ORDINAL_COUNTERS)
# One pattern per kind of mention; _AT_DIGIT and _AT_CHINESE below try them in order (the dates
# and times among them are analysis/_rules/time.py's).
_FRACTION = (  # 五分之一, 3又三分之一, 百分之二十, 千分之一点二, 百分之十至百分之二十
    rf"(?=[0-9.,{_CN_CHARS}又]{{1,30}}分之)(?:(?P<whole>{_AN}|{_CN})又)?"
    rf"(?P<den>{_AN}|{_CN}|百|千|万)分之(?P<num>{_AN}|{_CN_DECIMAL}|(?<=百分之)百)"
    rf"(?:{_SP}{_SEP}{_SP}(?:(?P<den2>{_AN}|{_CN}|百|千|万)分之)?(?P<num2>{_AN}|{_CN_DECIMAL}))?"
    rf"(?:{_SP}(?P<fpost>{_POST}))?")
# 1/3, 3/4: a small proper fraction; not inside a path, a date (5/22) or a score (24/7).
_SLASH = r"(?<![0-9A-Za-z./_-])(?P<sn>[1-9])/(?P<sd>10|[2-9])(?![0-9A-Za-z./_-])"
_GRADE = (  # 三甲, 三级甲等, 二级, 3级
    rf"(?=[0-9{_CN_CHARS}]{{1,2}}[级甲])"
    rf"(?:(?<![{_CN_CHARS}])(?P<gn>十[一二三四五六七八九]?|[一二三四五六七八九])级(?:甲等|乙等|丙等)?"
    rf"|(?<![{_CN_CHARS}])(?P<gj>[一二三])甲(?![子级])|(?<![0-9.])(?P<ga>[0-9]{{1,2}})级(?:甲等|乙等)?)")
_ORDINAL = rf"第{_SP}(?P<on>{_AN}|{_CN})(?:{_SP}(?P<ou>{_ORD_UNITS}))?"  # 第三, 第一批, 第 2 届
_LETTER_CODE = (  # the digits of ZA09, F-35, COVID-19, H1N1, JN.1, XBB.1.5 (the handler adds the letters before)
    r"(?:(?<=[A-Za-z])|(?<=[A-Za-z][-_.]))(?P<lc>[0-9]++)[A-Za-z0-9]*+(?:[-_.][A-Za-z0-9]++)*+")
_CODE_DIGITS = (  # 0756-1234567, 13800138000, 1.2.3
    r"(?<![0-9.])(?:0[0-9]++(?:-[0-9]++)*+|[0-9]{11,}+|[0-9]++(?:\.[0-9]++){2,}+)")
# 上百名, 数千人, 几万元: a bare 百/千/万 (亿) after 上 ("over a") or 数/几 ("several"); the
# handler takes the word before it into the span and checks it.
# 逾千人次, 近千名, 破万, 过万 (ROUND_PREFIXES) and 数以万计 too: the word is part of the span.
_ROUND_FIRST = "".join(ROUND_PREFIXES)
# (… and its next digit said after it, colloquially: 逾萬八 is over 18,000, 近千二 about 1,200)
_VAGUE = (rf"(?<=[数几上{_ROUND_FIRST}])(?P<vm>万亿|百万|千万|百|千|万|亿)"
          rf"(?P<vd>[二三四五六七八九](?![{_CN_CHARS}]))?(?:{_SP}(?P<vu>{_UNITS}))?"
          rf"|(?<=数以)(?P<vx>百万|千万|百|千|万)计(?:{_SP}(?P<vxu>{_UNITS}))?")
_PAIR = (  # 两三家, 七八十人
    rf"(?<![{_CN_CHARS}])(?P<pr>{'|'.join(_PAIRS)})(?P<pm>十万|百万|千万|十|百|千|万|亿)?"
    rf"(?![{_CN_CHARS}])(?:{_SP}(?P<pu>{_UNITS}))?")
# Each optional part starts with a one-character lookahead (derived from it): sre then skips it
# cheaply.
_INFIX_PART = rf"{_SP}(?P<i1>[多余几]|来(?={_SP}{_UNITS}))"
_MULTIPLIER_PART = rf"{_SP}(?P<m1>{_MUL})"
_RANGE_PART = rf"%?{_SP}(?P<sep>{_SEP}){_SP}(?P<b>{_AN}|{_CN_DECIMAL})"
_UNIT_PART = rf"{_SP}(?P<unit>{_UNITS})"
_POST_PART = rf"{_SP}(?P<post>{_POST})"
_QUANTITY = (  # 4.8万人次, 47万余人次, 15-20间, 十五至二十, 94%, 五位以上, 一年多, 5G, 3万2千
    rf"(?P<a>{_AN}|{_CN_DECIMAL})"
    rf"(?:{lookahead(_INFIX_PART)}{_INFIX_PART})?"
    rf"(?:{lookahead(_MULTIPLIER_PART)}{_MULTIPLIER_PART})?"
    rf"(?:(?<=[十百千万亿兆零])(?P<chn>{_CHAIN}))?(?P<i2>[多余])?"
    rf"(?:{lookahead(_RANGE_PART)}{_RANGE_PART}"
    rf"(?P<j1>[多余几])?(?P<m2>{_MUL})?(?P<j2>[多余])?)?"
    rf"(?:{lookahead(_UNIT_PART)}{_UNIT_PART}"
    rf"(?P<qhalf>半(?<=[{''.join(sorted({word[-1] for word in _HALVES}))}]半))?"
    rf"|(?<=[0-9])(?P<glued>[A-Za-z][A-Za-z0-9]*+))?"
    rf"(?P<tq>(?<=[年天周时月钟秒日])[多余])?"
    rf"(?:{lookahead(_POST_PART)}{_POST_PART})?")


# 百余人, 千余名, 万多元, 百来人, 百万余人次: a bare 百/千/万 (百万, 千万) with 余/多 (at least
# 100 …; with or without a counter: 参保者万余) or 来 before a counter (about 100).
_BARE = (rf"(?<![0-9{_CN_CHARS}数几上])(?P<bm>[百千]万|[百千万])"
         rf"(?P<bi>[余多来])(?P<bm2>万|亿)?(?:{_SP}(?P<bu>{_UNITS}))?")
# 对折 (50 % of the price), 半成 (5 %), 半数 (about half, 50 %), 一半 (half: 约一半 about 50 %).
_HALF_NOT_BEFORE = "[年月日天周个小时数成岁程途截场价夜边身壁道路票点分秒斤]"
_WORDS = {"对折": (50.0, _DISCOUNT, "exact"), "半成": (5.0, "%", "exact"), "半数": (50.0, "%", "approx"),
          "一半": (50.0, "%", "exact"), "半": (50.0, "%", "exact")}
# (另一半 is a partner, not a share; a bare 半 is half only after 近/逾/过/超 and before no measure:
# 佔近半, 过半; not 近半年, 过半个月)
_WORD = (rf"(?P<hw>对折|半成(?![品熟])|半数(?!字)|(?<!另)一半|(?<=[近逾过超])半(?!{_HALF_NOT_BEFORE}))"
         rf"(?:{_SP}(?P<hpost>{_POST}))?")


def _first_of(*alternatives: tuple[str, str]) -> str:
    """Named alternatives, tried in order at a position."""
    return "|".join(f"(?P<{name}>{pattern})" for name, pattern in alternatives)


# What may follow the leading digits or Chinese numerals of a date, time, fraction, grade or
# code. Ordinary figures (13691人, 五间) fail this one lookahead and go straight to _QUANTITY.
_SPECIAL_AFTER_DIGITS = (r"(?=0|[0-9]{11}|[0-9]++(?:[.,]| [A-Za-z]|[ \u00a0\u3000]?"
                         r"[-/:：年月日点时分又级—–~〜至到]))")
_SPECIAL_AFTER_CHINESE = (f"(?=[{_CN_CHARS}]++"
                          f"(?:[ \u00a0\u3000]?[年月日点时至到~〜—–-]|分之|又|[级甲]))")
_AT_DIGIT = re.compile(
    _first_of(("lcode", _LETTER_CODE)) + f"|{_SPECIAL_AFTER_DIGITS}(?:" + _first_of(
        ("iso", _ISO), ("clock", _CLOCK), ("edate", _EDATE), ("cdate", _CDATE),
        ("tod", _TOD), ("frac", _FRACTION), ("slash", _SLASH), ("grade", _GRADE),
        ("code", _CODE_DIGITS))
    + ")|" + _first_of(("qty", _QUANTITY)))
_AT_CHINESE = re.compile(
    f"{_SPECIAL_AFTER_CHINESE}(?:" + _first_of(
        ("cdate", _CDATE), ("tod", _TOD), ("frac", _FRACTION), ("grade", _GRADE))
    + ")|" + _first_of(("vague", _VAGUE), ("bare", _BARE), ("word", _WORD), ("pair", _PAIR),
                       ("qty", _QUANTITY)))
_AT_DI = re.compile(_first_of(("ord", _ORDINAL)))
_AT_WORD = re.compile(_first_of(("word", _WORD)))
_MATCHERS = ({c: _AT_DIGIT.match for c in "0123456789"}
             | {c: _AT_CHINESE.match for c in _CN_CHARS}
             | {"第": _AT_DI.match, "半": _AT_WORD.match, "对": _AT_WORD.match})
# Where a mention may start: a run of digits (and letters glued to them); a run of Chinese
# numerals (a single digit only if a counter, unit, 年/月/点/级, range or fraction word follows:
# not the 一 of 一直 or the 两 of 两地); 百/千/万 of 百分之; 第. The pattern begins with one
# character class, so sre skips all other text at C speed; after a failed start the rest of the
# run is skipped (no pattern starts inside one).
_LONE_NEXT = f"[{_UNIT_FIRST}年月日点时级甲至到又分多余几来~〜—–\\- \u00a0\u3000]"
_ONE_NEXT = "[年个周天小分星级月点时至到又米公斤倍吨亩半~〜—–\\- \u00a0\u3000]"
_CANDIDATE = re.compile(
    f"[0-9{_CN_CHARS}第半对](?:(?<=[0-9])[0-9A-Za-z]*+"
    f"|(?<=[{_D}{_XX}十])(?:[{_CN_CHARS}]++|(?<!一)(?={_LONE_NEXT})|(?<=一)(?={_ONE_NEXT}))"
    f"|(?<=[百千万])(?=分之[0-9{_D}十零百]|万?[余多来])|(?<=[数几上以{_ROUND_FIRST}][百千万亿])"
    f"|(?<=第)(?=[ \u00a0\u3000]?[0-9{_D}十])|(?<=半)(?=[成数])|(?<=[近逾过超]半)(?!{_HALF_NOT_BEFORE})"
    f"|(?<=对)(?=折))")
_WORD_BEFORE_REVERSED = re.compile(r"(?:[A-Za-z]*+[-_.])?[A-Za-z]++")  # COVID-, JN. read backwards
_WORD_REACH = 32
_QUALIFIER_OF = {word: qualifier for qualifier, words in _BEFORE.items() for word in words}


def _reversed_words(words: tuple[str, ...] | list[str]) -> str:
    """Longest-first alternation of words spelled backwards, for matching text read backwards."""
    return "|".join(word[::-1] + (f"(?![{_NOT_PRECEDED_BY[word]}])" if word in _NOT_PRECEDED_BY
                                  else "") for word in sorted(words, key=len, reverse=True))


# The words before a number, read backwards from it: one anchored match, no scanning.
_BEFORE_REVERSED = re.compile(f"{_SP}(?:的{_BRIDGE_SPAN}占|{_reversed_words(_BRIDGES)})?"
                              f"(?P<word>{_reversed_words(list(_QUALIFIER_OF))})")
_BEFORE_REACH = 24
_BEFORE_LAST = frozenset({word[-1] for word in (*_QUALIFIER_OF, *_BRIDGES, "的", " ", "\u00a0",
                                                   "\u3000")})
_DIGIT_RUN = re.compile("[0-9]+")

# --- converting numerals ---------------------------------------------------------------------

def _finite(value: float) -> float | None:
    """The value, or None for inf and nan (never let them into a table)."""
    return value if math.isfinite(value) else None


@lru_cache(maxsize=4096)
def _cn_value(numeral: str) -> float | None:
    """A Chinese (or mixed: 3万2千) numeral by our own grammar (_mixed_value), or None."""
    value = _mixed_value(numeral)
    return None if value is None else _finite(float(value))


# --- our own grammar. cn2an reads too much in its normal mode (两十 as 20, 十两 as 12, 一百十,
# 零一) and too little in its strict mode (两, 三万六) and neither reads 兆, 亿亿, 廿, 一亿二 or
# Arabic digits between multipliers; so we read numerals strictly ourselves: anything outside
# this grammar is None, never a guess. (The tests check it against cn2an.an2cn's output.)

_TOKEN = re.compile("(?P<n>[0-9]++(?:\\.[0-9]++)?|[一二两三四五六七八九])|(?P<z>[零〇])"
                    "|(?P<x>[廿卅卌])|(?P<s>[十百千])|(?P<b>[万亿兆])|(?P<p>点[零〇一二三四五六七八九]++)")
_SMALL = {"十": 1, "百": 2, "千": 3}
_BIG = {"万": 4, "亿": 8, "兆": 12}
_BIG_PAIRS = {(4, 8): 12, (8, 8): 16}  # 万亿 10^12, 亿亿 10^16
# The largest number a part before a big multiplier may hold: 9999万, 9999万9999亿.
_LEFT_LIMIT = {4: 10**4, 8: 10**8, 12: 10**4, 16: 10**8}


def _tokens(numeral: str) -> list[tuple[str, object]] | None:
    """The numeral as (kind, value) tokens: n number, z zero, s 十百千, b 万亿兆 (merged: 万亿)."""
    tokens: list[tuple[str, object]] = []
    pos = 0
    for m in _TOKEN.finditer(numeral):
        if m.start() != pos:
            return None
        pos = m.end()
        kind, word = m.lastgroup, m.group()
        if kind == "x":
            tokens += [("n", Decimal(_CN_DIGITS[TENS_CHARACTERS[word][0]])), ("s", 1)]
        elif kind == "n":
            if word[0] == "0" and word[1:2].isdigit():
                return None  # 01百
            tokens.append(("n", Decimal(_CN_DIGITS[word]) if word in _CN_DIGITS else Decimal(word)))
            if word == "两":
                tokens[-1] = ("two", Decimal(2))
        elif kind == "b" and tokens and tokens[-1][0] == "b":
            merged = _BIG_PAIRS.get((tokens[-1][1], _BIG[word]))
            if merged is None:
                return None
            tokens[-1] = ("b", merged)
        elif kind == "p":
            tokens.append(("p", Decimal("0." + "".join(str(_CN_DIGITS[c]) for c in word[1:]))))
        else:
            tokens.append((kind, None if kind == "z" else _SMALL.get(word) or _BIG[word]))
    return tokens if pos == len(numeral) and tokens else None


def _mixed_value(numeral: str) -> Decimal | None:
    """The value of a numeral by our own grammar, or None if it is not well formed."""
    tokens = _tokens(numeral)
    if tokens is None:
        return None
    decimals = [i for i, (kind, _) in enumerate(tokens) if kind == "p"]
    if decimals:  # 一点五万, 十二点五: a decimal, then multipliers only
        i = decimals[0]
        if len(decimals) > 1 or any(kind not in "sb" for kind, _ in tokens[i + 1:]):
            return None
        whole = _integer(tokens[:i])
        if whole is None or whole[1]:
            return None
        return (whole[0] + tokens[i][1]).scaleb(sum(v for _, v in tokens[i + 1:]))
    if tokens[0][0] == "n" and tokens[0][1] != tokens[0][1].to_integral_value():
        # 4.8万, 1.5千万: an Arabic decimal, then multipliers only
        if len(tokens) == 1 or any(kind not in "sb" for kind, _ in tokens[1:]):
            return None
        return tokens[0][1].scaleb(sum(v for _, v in tokens[1:]))
    whole = _integer(tokens)
    return None if whole is None else Decimal(whole[0])


def _integer(tokens: list[tuple[str, object]], first: bool = True) -> tuple[int, bool] | None:
    """An integer numeral's value and whether its last digit is elided (三万六), or None;
    ``first``: it opens the numeral (a bare 十 may open it: 十五, 十万, not 一百万十)."""
    bigs = [(value, i) for i, (kind, value) in enumerate(tokens) if kind == "b"]
    if not bigs:
        return _section(tokens, first)
    top = max(value for value, _ in bigs)
    at = next(i for value, i in bigs if value == top)
    if sum(1 for value, _ in bigs if value == top) > 1 or at == 0:
        return None
    left = _integer(tokens[:at], first)
    if left is None or left[1] or not 1 <= left[0] < _LEFT_LIMIT[top]:
        return None  # 一千五万 (elided, then a multiplier) is not read
    right = tokens[at + 1:]
    if not right:
        return left[0] * 10**top, False
    zero = right[0][0] == "z"
    if zero:
        right = right[1:]
        if not right or right[0][0] == "z":
            return None  # 十八亿零, 十八亿零零
    if len(right) == 1 and right[0][0] in ("n", "two"):
        digit = right[0][1]
        if digit != digit.to_integral_value():
            return None
        digits = len(str(int(digit)))
        if zero and digits < top:  # 一万零五, 1万零20
            return left[0] * 10**top + int(digit), False
        if not zero and digits == 1 and right[0][0] == "n" and top <= 8:  # 三万六, 一亿二
            return left[0] * 10**top + int(digit) * 10**(top - 1), True
        if not zero and digits == top == 4:  # 1万2000
            return left[0] * 10**top + int(digit), False
        return None
    rest = _integer(right, zero)
    if rest is None or rest[0] >= 10**top or (zero and rest[0] >= 10**(top - 1)):
        return None
    return left[0] * 10**top + rest[0], rest[1]


def _section(tokens: list[tuple[str, object]], first: bool = True) -> tuple[int, bool] | None:
    """A numeral below 10,000 (no 万/亿): 三千零五, 十二, 两百八, 3千5百, 2024."""
    if len(tokens) == 1 and tokens[0][0] in ("n", "two", "z"):
        value = tokens[0][1] if tokens[0][1] is not None else Decimal(0)
        return (int(value), False) if value == value.to_integral_value() else None
    total, last, pending, zero = 0, 4, None, False
    for i, (kind, value) in enumerate(tokens):
        if kind in ("n", "two"):
            if pending is not None or not value or (value >= 10 and i + 1 < len(tokens)):
                return None  # 十三五, 九九, 十0, 20百
            pending = (kind, value)
        elif kind == "z":
            if pending is not None or zero or i == 0 or last == 1:
                return None
            zero = True
        else:  # 十, 百, 千
            if (value >= last or (zero and last - value < 2)
                    or (pending is None and not (value == 1 and (i == 0 and first or zero)))):
                return None  # 百千, 一百零十 (the 零 stands for no place)
            if pending is not None and pending[0] == "two" and value == 1:
                return None  # 两十
            total += int(pending[1] if pending else 1) * 10**value
            last, pending, zero = value, None, False
    if pending is None:
        return None if zero else (total, False)
    kind, value = pending
    digits = len(str(int(value)))
    if kind == "two" or value != value.to_integral_value():
        return None  # 十两 is ten taels, 一千两 is not a number
    if (last == 1 and digits == 1) or (zero and digits < last):  # 二十五, 一千零五
        return total + int(value), False
    if not zero and digits == 1:  # 一千五, 两百八: the next place
        return total + int(value) * 10**(last - 1), True
    if not zero and digits == last:  # 3千500
        return total + int(value), False
    return None


_GROUPING = re.compile("[, \u00a0\u2009\u202f]")


def _an_value(digits: str, exponent: int = 0) -> float | None:
    """An Arabic numeral with separators times a power of ten, rounded once (4.8万 -> 48000.0)."""
    if not digits.replace(".", "", 1).isdecimal():
        digits = _GROUPING.sub("", digits)
    try:
        return _finite(float(f"{digits}e{exponent}"))
    except ValueError:
        return None


def _numeral(numeral: str, multiplier: str | None = None) -> float | None:
    """An Arabic or well-formed Chinese numeral (with 点 decimals) times a multiplier (万, 亿 …)."""
    if multiplier is None and numeral.isdecimal() and numeral.isascii() and len(numeral) < 300:
        return float(numeral)  # the common case: 13691 (and always finite)
    exponent = _MULTIPLIERS[multiplier] if multiplier else 0
    if numeral.isascii():
        if exponent and numeral[1:2].isdigit() and (numeral[0] == "0" or multiplier in _SMALL):
            return None  # 01百, 11百: not numerals
        return _an_value(numeral, exponent)
    if exponent and (_elided(numeral) or not _BIG.keys().isdisjoint(numeral)
                     or (multiplier in _SMALL and not _SMALL.keys().isdisjoint(numeral))):
        return None  # 一千五万: 1,500万 or 1,005万? 十百, 二十多百, 十八亿 万: not numerals
    value = _cn_value(numeral)
    if value is None or not exponent:
        return value
    if not value:
        return None  # 零千亿
    return _finite(float(Decimal(repr(value)).scaleb(exponent)))  # 一点三万: 13000.0 exactly


def _year(numeral: str) -> int:
    """A year written in Arabic digits or Chinese digit by digit (二〇二四)."""
    if numeral.isascii():
        return int(numeral)
    return int("".join(str(_CN_DIGITS[c]) for c in numeral))


# --- parse_number ----------------------------------------------------------------------------

_PARSE_ARABIC = re.compile(rf"(?P<a>{_AN})[多余几]?(?P<m>{_MUL})?[多余]?[%‰]?")
_PARSE_LATIN = re.compile(rf"(?P<a>{_AN})(?P<l>[{''.join(LATIN_SCALES)}])")
_PARSE_NUMERAL = re.compile(f"[0-9.{_CN_CHARS}点]+")  # 三万六, 3万2千5百, 廿三, 一兆
_PARSE_CHINESE_MUL = re.compile(rf"(?P<c>[{_CN_CHARS}点]+?)(?P<i>[多余几])?(?P<m>{_MUL})[多余]?")
_PARSE_FRACTION = re.compile(_FRACTION)
# 二〇二四, 一九九七: four or more digits said one by one (二三 is 2 or 3, 零一 a code).
_DIGIT_BY_DIGIT = re.compile(f"[一二三四五六七八九][{_Z}一二三四五六七八九]{{3,}}")
_SIGN = {"-": -1.0, "负": -1.0, "+": 1.0}
_SPACES = re.compile(r"\s+")
_PARSE_LIMIT = 200  # characters; a longer string is not one numeral


def parse_number(s: str) -> float | None:
    """One numeral string -> float (4.8万 -> 48000.0, 两 -> 2.0, 五分之一 -> 0.2, 94% -> 94.0,
    叁拾伍 -> 35.0, 3万2千 -> 32000.0, 零下六 -> -6.0), or None when it is not a number; never
    raises."""
    if not isinstance(s, str):
        return None
    text = _SPACES.sub("", _fold(s[:_PARSE_LIMIT + 1])).translate(_FINANCIAL)
    if not text or len(text) > _PARSE_LIMIT:
        return None
    sign = -1.0 if text.startswith(BELOW_ZERO) and len(text) > 2 else _SIGN.get(text[0])
    if sign:
        text = text[2:] if text.startswith(BELOW_ZERO) else text[1:]
    value = _parse_unsigned(text.rstrip("多余"))
    return None if value is None else value * (sign or 1.0)


def _parse_unsigned(text: str) -> float | None:
    """parse_number of a string without sign or trailing 多/余."""
    if not text:
        return None
    if m := _PARSE_ARABIC.fullmatch(text):
        return _numeral(m["a"], m["m"])
    if m := _PARSE_LATIN.fullmatch(text):
        return _an_value(m["a"], LATIN_SCALES[m["l"]])  # 40k, 2w, 1.2M
    if m := _PARSE_FRACTION.fullmatch(text):
        return _fraction(m)[0]
    if _PARSE_NUMERAL.fullmatch(text) and (value := _cn_value(text)) is not None:
        return value
    if _DIGIT_BY_DIGIT.fullmatch(text):
        return float(_year(text))
    if (m := _PARSE_CHINESE_MUL.fullmatch(text)) and (m["i"] or "点" in m["c"]):
        return _numeral(m["c"], m["m"])  # 二十多万, 一点五万
    return None


# --- find_numbers ----------------------------------------------------------------------------

def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in ``text``, in order and non-overlapping, with value, kind, unit and
    qualifier; never raises."""
    return list(iter_numbers(text))


def iter_numbers(text: str) -> Iterator[NumberMatch]:
    """``find_numbers`` one match at a time, for texts too large to hold every match."""
    if not isinstance(text, str) or not text:
        return
    folded = _fold(text)
    candidate, matchers, handlers = _CANDIDATE.search, _MATCHERS, _HANDLERS
    idiom_starts, decline_before = _IDIOM_STARTS, _DECLINE_BEFORE  # locals: this loop is hot
    pos = 0
    while (c := candidate(folded, pos)) is not None:
        start = c.start()
        m = matchers[folded[start]](folded, start)
        number = handlers[m.lastgroup](m, folded, text) if m else None
        if number is None:
            pos = c.end()
            continue
        if number.unit == _TENTHS and (number := _tenths(number, folded, text)) is None:
            pos = c.end()
            continue
        first = number.start
        before = folded[first - 1] if first else ""
        if number.text[0] in idiom_starts and (idiom := _idiom(folded, number, before)):
            pos = idiom  # 十万八千里, 成千上万: a set phrase, not a number
            continue
        if first < pos:  # a letter code reaching back into the previous match (5 km-3)
            number = _make(text, start, number.end, number.value, number.kind, number.unit,
                           number.qualifier, number.value_high)
        if before in decline_before and _declined(folded, number, before):
            _set_decline(number, True)
        yield number
        pos = number.end


_IDIOM = re.compile("|".join(sorted(IDIOMS, key=len, reverse=True)))
_IDIOM_REACH = max(map(len, IDIOMS))
_IDIOM_CHARS = frozenset("".join(IDIOMS))  # a number in a set phrase has one of them beside it
_IDIOM_STARTS = frozenset(_CN_CHARS + "上")  # … and starts with a Chinese numeral (or 上万)


def _idiom(folded: str, number: NumberMatch, before: str) -> int | None:
    """The end of a set phrase (十万八千里) that overlaps the number, if any."""
    if before not in _IDIOM_CHARS and folded[number.end:number.end + 1] not in _IDIOM_CHARS:
        return None
    for m in _IDIOM.finditer(folded, max(0, number.start - _IDIOM_REACH), number.end + _IDIOM_REACH):
        if m.start() < number.end and m.end() > number.start:
            return m.end()
    return None


_DECLINE_REVERSED = re.compile(f"{_SP}(?:[约近]{_SP})?(?:了{_SP})?(?:{_reversed_words(DECLINE_WORDS)})")
_DECLINE_LAST = frozenset({word[-1] for word in DECLINE_WORDS} | {"了"})
_DECLINE_BRIDGE = frozenset("约近 ")  # 下降约3%, 下降 3%
_DECLINE_BEFORE = _DECLINE_LAST | _DECLINE_BRIDGE
_FIGURES = frozenset(("quantity", "percent", "per_mille", "fraction"))


def _declined(folded: str, number: NumberMatch, before: str) -> bool:
    """Whether a decline word (下降, 减少了 …) stands just before a figure."""
    if number.kind not in _FIGURES or number.value < 0:
        return False
    if before in _DECLINE_BRIDGE and folded[number.start - 2:number.start - 1] not in _DECLINE_LAST:
        return False
    return _DECLINE_REVERSED.match(folded[max(0, number.start - 8):number.start][::-1]) is not None


# A digit after 成 is the next decimal place (九成五: 95 %) unless a number or counter follows.
_TENTHS_DIGIT = re.compile(f"[{_D}](?![{_CN_CHARS}{_UNIT_FIRST}])|半")


def hundredths_after(folded: str, end: int) -> tuple[int, int]:
    """The digit after a 成 ending at ``end`` (九成五: 5 points more, 两成半: 5) and where it
    ends; (end, 0) when none is there."""
    digit = _TENTHS_DIGIT.match(folded, end)
    if digit is None:
        return end, 0
    return digit.end(), 5 if digit.group() == "半" else _CN_DIGITS[digit.group()]


def _tenths(number: NumberMatch, folded: str, text: str) -> NumberMatch | None:
    """九成, 七八成, 九成五, 两成半: tenths (and hundredths), stated as percent."""
    end, value = number.end, number.value * 10
    high = None if number.value_high is None else number.value_high * 10
    if high is None:
        end, more = hundredths_after(folded, end)
        value += more
    return _make(text, number.start, end, value, "percent", "%", number.qualifier, high)


_new_object = object.__new__
_set_decline = NumberMatch.decline.__set__  # a frozen slot: set through its descriptor


class _Unfilled:
    """A NumberMatch while _make fills it in: the same slots, without the frozen __setattr__
    (its class is then set to NumberMatch, which the identical slot layout allows)."""

    __slots__ = NumberMatch.__slots__


def _make(text: str, start: int, end: int, value: float | None, kind: str, unit: str | None,
          qualifier: str = "exact", high: float | None = None) -> NumberMatch | None:
    """A NumberMatch over ``text[start:end]``, or None if the value is missing.

    Filled in as an _Unfilled and then given its class, rather than through the frozen
    dataclass's ``__init__`` (nine ``object.__setattr__`` calls) or the slot descriptors' setters:
    plain slot stores are several times faster, and this is the hot spot of number-dense text.
    """
    if value is None:
        return None
    number = _new_object(_Unfilled)
    number.value = value
    number.value_high = high
    number.start = start
    number.end = end
    number.text = text[start:end]
    number.kind = kind
    number.unit = unit
    number.qualifier = qualifier
    number.decline = False
    number.__class__ = NumberMatch
    return number


def _before(folded: str, start: int) -> str | None:
    """The qualifier word just before ``start`` (逾, 约, 不到 …), if any."""
    if start == 0 or folded[start - 1] not in _BEFORE_LAST:
        return None
    m = _BEFORE_REVERSED.match(folded[max(0, start - _BEFORE_REACH):start][::-1])
    return _QUALIFIER_OF[m["word"][::-1]] if m else None


def _qualifier(folded: str, start: int, post: str | None, infix: str | None) -> str:
    """Qualifier of a single number: the word before it, else after it, else 多/余 inside it."""
    return ((start and folded[start - 1] in _BEFORE_LAST and _before(folded, start))
            or (_AFTER[post] if post else None) or (_INFIX[infix] if infix else None) or "exact")


def _unit(word: str | None) -> tuple[str | None, str | None]:
    """The unit as reported and the qualifier it carries (个多月 -> 个月, at_least)."""
    if word is None:
        return None, None
    if word in _QUALIFIED_UNITS:
        return _QUALIFIED_UNITS[word]
    if word in _HALF_UNITS:
        return _HALF_UNITS[word], None
    return _UNIT_ALIASES.get(word, word), None


def _elided(numeral: str) -> bool:
    """Whether the last digit stands for the next place down: 一千五 (1,500), 三万六, 3万5."""
    return len(numeral) > 1 and numeral[-2] in "百千万亿兆" and numeral[-1] in _ELIDED_DIGITS


_ELIDED_DIGITS = frozenset(_D + "123456789")
_NO_ELISION_BEFORE = frozenset(_UNIT_WORDS) - frozenset(_MONEY)  # 一千五人: not read
_NOT_TRILLION = re.compile(f"{_SP}(?:{'|'.join(NOT_TRILLION_BEFORE)})")
_NEXT_DIGIT = frozenset(_CN_CHARS + "0123456789")  # after a chain: 3万2千米 is not read
_MONEY_TAIL = re.compile(f"整|(?=零?[0-9{_D}][角分])(?:零?(?P<jiao>[0-9{_D}])角)?"
                         f"(?:零?(?P<fen>[0-9{_D}])分(?!钟))?整?")
_LATIN_NOT = {letter: re.compile(f"{_SP}(?:{words})") for letter, words in LATIN_SCALE_NOT_BEFORE.items()}
_UNIT_AFTER = re.compile(f"{_SP}(?P<unit>{_UNITS})")
_DISCOUNT_DIGITS = re.compile(r"[1-9](?:\.[0-9])?|[1-9][0-9]")


def _qty(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """A quantity, percent, per mille or age: 4.8万人次, 15-20间, 94%, 72岁, 一年多, 3万2千5百."""
    a, i1, m1, chain, i2, b, m2, word, half, glued, tq, post = m.group(
        *(_QTY_DIGIT if m.re is _AT_DIGIT else _QTY_CHINESE))
    start = m.start()
    before = folded[start - 1] if start else ""
    unit, unit_qualifier = _UNIT_OF.get(word, _NO_UNIT)
    if word in _SPECIAL_UNITS:
        if word == _DISCOUNT:
            return _discount(m, folded, text)
        half = half or word  # 两个半月
    arabic = a[0] <= "9"
    lone = False
    if arabic:
        if before in _CN_SET:
            return None  # 一百零1: the rest of a numeral we could not read
    else:
        if before in _DIGIT_SET:
            return None  # 5二十
        lone = len(a) == 1
        if lone and not unit and not m1 and not (b and len(b) > 1):
            return None  # a lone Chinese digit without a counter is prose: 一直, 两地, 三力三区
        if (a == "一" and not b and not m1 and not half
                and not (unit in _TIME_UNITS and (tq or unit_qualifier))):
            return None  # 一家医院, 一个体系, 一天时间: the indefinite article
        if "点" in a and not (unit or m1):
            return None  # 两点一线, 一点一滴: no decimal without a unit
        if _TENS.fullmatch(a) and not (b or i1 or i2 or m1) and _several_before(folded, start):
            # 几十家, 数十万人: "several tens" (of thousands): 20 to 90 of them
            tens = _numeral(a)
            return _make(text, start - 1, m.end(), 2 * tens, _KIND_OF_UNIT.get(unit, "quantity"),
                         unit, "range", 9 * tens) if tens is not None else None
    if glued:
        return _latin(m, folded, text)
    numeral, multiplier = a, m1
    if chain:  # 3万2千5百: read as one numeral, which must end there
        if folded[m.end("chn"):m.end("chn") + 1] in _NEXT_DIGIT:
            return None
        numeral, multiplier = _GROUPING.sub("", a) + (m1 or "") + _SPACES.sub("", chain), None
        arabic = False
    if not arabic:
        if word in _NO_ELISION_BEFORE and _elided(numeral):
            return None  # 一千五人: 1,500 or 1,005 people? not read
        if "兆" in numeral and _NOT_TRILLION.match(folded, folded.rindex("兆", start) + 1):
            return None  # 千兆宽带: megabits, not 10^12
    if m1 == "兆" and _NOT_TRILLION.match(folded, m.end("m1")):
        return None
    value = _numeral(numeral, multiplier or (m2 if b and not chain else None))
    if value is None:
        return None
    end = m.end()
    sign = _sign_before(folded, start) if before in _SIGN_LAST else 0
    if b:
        first_end = max(m.end("a"), m.end("i1"), m.end("m1"), m.end("chn"), m.end("i2"))
        if folded[first_end:first_end + 1] == "%" and unit != "%":
            # 增长2.4%至88.3万: a change, then the level it reached (read next), not a range
            value = _numeral(numeral, multiplier)
            return _make(text, start - sign, first_end + 1, -value if sign and value else value,
                         "percent", "%", _qualifier(folded, start - sign, None, i1 or i2))
        high = _numeral(b, m2)
        if sign:
            value = -value
        if high is not None and high >= value:
            return _make(text, start - sign, end, value, _KIND_OF_UNIT.get(unit, "quantity"),
                         unit, "range", high + (0.5 if half else 0.0))
        if lone:
            return None
        # Not a range (a score such as 108-105): the first number alone, without a unit.
        end = max(m.end("a"), m.end("i1"), m.end("m1"), m.end("chn"), m.end("i2"))
        value = _numeral(numeral, multiplier)
        return _make(text, start - sign, end, -value if sign and value else value, "quantity", None,
                     _qualifier(folded, start - sign, None, i1 or i2))
    if half:
        value += 0.5
    if unit == "元" and not multiplier and end == m.end("unit"):
        value, end = _money_tail(folded, end, value)
    qualified_from = start - sign
    kind = _KIND_OF_UNIT.get(unit, "quantity")
    if unit is None and folded[end:end + 1] == "/" and (base := _RATE_BASE.match(folded, end)):
        unit, kind, end = base["base"], "per_base", base.end()  # 8.1/10万: a rate per 100,000
    elif (unit is None or unit == "元") and not sign and before in _CURRENCY_LAST:
        currency = _CURRENCY_REVERSED.match(folded[max(0, start - _CURRENCY_REACH):start][::-1])
        if currency:  # 港幣3,000元, HK$3,000, MOP 500: the currency written before is the unit
            unit, qualified_from = currency["word"][::-1], start - currency.end()
    return _make(text, start - sign, end, -value if sign else value, kind, unit,
                 unit_qualifier or _qualifier(folded, qualified_from, post, i1 or i2 or tq))


# The base of a rate after a slash (8.1/10万人口), matched at the slash; a longer number after
# the base is no base (8.1/10000.5).
_RATE_BASE = re.compile(rf"{_SP}/{_SP}(?P<base>" + "|".join(
    map(re.escape, sorted(RATE_BASES, key=len, reverse=True))) + rf")(?![0-9.,])"
    rf"(?:{'|'.join(RATE_BASE_PEOPLE)})?")
# A currency just before a number, read backwards from it (one anchored match).
_CURRENCY_REVERSED = re.compile(f"{_SP}(?P<word>" + "|".join(
    re.escape(word[::-1]) for word in sorted(CURRENCIES_BEFORE, key=len, reverse=True)) + ")")
_CURRENCY_LAST = frozenset({word[-1] for word in CURRENCIES_BEFORE} | {" ", "\u00a0", "\u3000"})
_CURRENCY_REACH = max(map(len, CURRENCIES_BEFORE)) + 1


# The groups _qty reads, by number (a name costs a dict lookup per group per match).
_QTY_DIGIT, _QTY_CHINESE = (tuple(pattern.groupindex[name] for name in (
    "a", "i1", "m1", "chn", "i2", "b", "m2", "unit", "qhalf", "glued", "tq", "post"))
    for pattern in (_AT_DIGIT, _AT_CHINESE))
_NO_UNIT = (None, None)
_UNIT_OF = {word: _unit(word) for word in _UNIT_WORDS}  # word as written -> unit, qualifier
_SPECIAL_UNITS = frozenset((_DISCOUNT, *_HALF_UNITS))
_CN_SET = frozenset(_CN_CHARS)
_DIGIT_SET = frozenset("0123456789")


def _sign_before(folded: str, start: int) -> int:
    """The length of the explicit minus (one of _SIGN_LAST) just before a number: 2 for 零下,
    1 for - (−, －) and 负 unless it is a hyphen, else 0."""
    if folded[start - 1] == "下":
        return 2 if start >= 2 and folded[start - 2] == BELOW_ZERO[0] else 0
    before = folded[start - 2] if start >= 2 else ""
    return 0 if before in _NOT_BEFORE_MINUS or before.isascii() and before.isalnum() else 1


_SIGN_LAST = frozenset("-负" + BELOW_ZERO[-1])
# A minus after these is a hyphen, a range or part of a word: 3-5, A-12, 胜负, 正负 (±).
_NOT_BEFORE_MINUS = frozenset(_CN_CHARS + "-~〜—–.+/)）%正胜平输赢负")


def _money_tail(folded: str, end: int, value: float) -> tuple[float, int]:
    """叁拾伍元陆角, 5元3角2分, 100元整: the 角 and 分 after 元 (and 整), added to the value."""
    tail = _MONEY_TAIL.match(folded, end)
    if tail is None or tail.end() == end:
        return value, end
    amount = Decimal(repr(value))
    for group, place in (("jiao", 1), ("fen", 2)):
        if digit := tail[group]:
            amount += Decimal(int(digit) if digit.isascii() else _CN_DIGITS[digit]).scaleb(-place)
    return float(amount), tail.end()


def _latin(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """40k, 3.5K, 2w, 1.2M: digits scaled by a Latin letter; other letters make a code (5G)."""
    start, end, glued = m.start(), m.end(), m["glued"]
    scale = LATIN_SCALES.get(glued)
    excluded = _LATIN_NOT.get(glued)
    if scale is None or m["m1"] or m["b"] or (excluded and excluded.match(folded, end)):
        return _make(text, start, end, _numeral(m["a"], m["m1"]), "code", None)
    unit = None
    if after := _UNIT_AFTER.match(folded, end):
        unit, end = _unit(after["unit"])[0], after.end()
    return _make(text, start, end, _an_value(m["a"], scale), _KIND_OF_UNIT.get(unit, "quantity"),
                 unit, _qualifier(folded, start, None, None))


def _discount(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """八折 80 %, 七五折 75 %, 8.5折 85 %: a price as a share of the full price."""
    a = m["a"]
    if m["b"] or m["m1"] or m["i1"]:
        return None
    if a.isascii():
        if not _DISCOUNT_DIGITS.fullmatch(a):
            return None
        value = float(a) * 10 if float(a) < 10 else float(a)
    else:
        digits = [_CN_DIGITS.get(c, 0) for c in a]
        if len(a) > 2 or 0 in digits:
            return None
        value = float(digits[0] * 10 + (digits[1] if len(digits) == 2 else 0))
    return _make(text, m.start(), m.end(), value, "percent", _DISCOUNT,
                 _qualifier(folded, m.start(), m["post"], None))


def _bare(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """百余人, 千余名, 万多元, 千余万元, 万余: a bare 百/千/万 with 余/多: at least that many (百来人:
    about 100, with a counter only)."""
    if m["bi"] == "来" and not m["bu"]:
        return None
    exponent = _MULTIPLIERS[m["bm"]] + (_MULTIPLIERS[m["bm2"]] if m["bm2"] else 0)
    unit, _ = _unit(m["bu"])
    return _make(text, m.start(), m.end(), 10.0 ** exponent, _KIND_OF_UNIT.get(unit, "quantity"),
                 unit, _qualifier(folded, m.start(), None, m["bi"]))


def _word(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """对折 (50 % of the price), 半成 (5 %), 半数 (about half): a share in a word."""
    value, unit, qualifier = _WORDS[m["hw"]]
    start = m.start()
    if m["hw"] in ("半数", "一半", "半") and folded[start - 1:start] == "过":
        qualifier = "at_least"  # 过半数, 过一半
    return _make(text, start, m.end(), value, "percent", unit,
                 _before(folded, start) or (_AFTER[m["hpost"]] if m["hpost"] else qualifier))


_TENS = re.compile("十[万亿]*")  # 十, 十万, 十亿: tens of ones, of ten thousands …
# 数 is "several" before 十 (数十家), but closes a noun before a plain number: 人数十万 is "the
# number of people: 100,000", so 数 after these characters is left alone.
_NOUN_BEFORE_SHU = frozenset("人总次户例位件个倍床票分指系基变字页度步天年号岗名张")


def _several_before(folded: str, start: int) -> bool:
    """Whether the numeral at ``start`` follows 几 or a 数 that means "several"."""
    if start == 0:
        return False
    before = folded[start - 1]
    return before == "几" or (before == "数" and (start < 2
                                                 or folded[start - 2] not in _NOUN_BEFORE_SHU))


def _fraction(m: re.Match) -> tuple[float | None, float | None, str, str | None]:
    """Value, high value, kind and unit of 五分之一, 3又三分之一, 百分之二十, 千分之三, 万分之五."""
    den, num = m["den"], 100.0 if m["num"] == "百" else _numeral(m["num"])  # 百分之百
    high = _numeral(m["num2"]) if m["num2"] else None
    if den in _PER:  # 百分之二十 is 20 percent: the numerator is the value
        kind, unit = _PER[den]
        return num, high, kind, unit
    whole = _numeral(m["whole"]) if m["whole"] else 0.0
    den_value = _denominator(den)
    den2_value = _denominator(m["den2"]) if m["den2"] else den_value
    if num is None or whole is None or not den_value or not den2_value:
        return None, None, "fraction", None
    unit = "‱" if den == "万" and not m["whole"] else None  # 万分之五: 0.0005, per ten thousand
    return whole + num / den_value, None if high is None else high / den2_value, "fraction", unit


def _denominator(word: str) -> float | None:
    """The denominator of a fraction: 万 (of 万分之), or a numeral."""
    return _DENOMINATORS.get(word) or _numeral(word)


def _frac(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """A fraction, percent or per mille written in words: 四分之一, 百分之二十, 千分之一点二."""
    value, high, kind, unit = _fraction(m)
    if value is None:
        return None
    if m["num2"]:
        if high is None or high < value:
            return None
        return _make(text, m.start(), m.end(), value, kind, unit, "range", high)
    return _make(text, m.start(), m.end(), value, kind, unit,
                 _qualifier(folded, m.start(), m["fpost"], None))


def _slash(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """1/3, 3/4: a fraction written with a slash (a proper one only: 5/3 is not a share)."""
    numerator, denominator = int(m["sn"]), int(m["sd"])
    if base := _RATE_BASE.match(folded, m.end("sn")):
        return _make(text, m.start(), base.end(), float(numerator), "per_base", base["base"],
                     _qualifier(folded, m.start(), None, None))  # 9/10万: a rate, no fraction
    if numerator >= denominator:
        return None
    return _make(text, m.start(), m.end(), numerator / denominator, "fraction", None,
                 _qualifier(folded, m.start(), None, None))


def _cdate(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """A date, month, day or year in Chinese form: 2019年12月5日, 3月底, 10日, 2024年."""
    start, end = m.start(), m.end()
    if m["y"]:
        year, high = _year(m["y"]), _year(m["y2"]) if m["y2"] else None
        if high is not None and high < year:
            return None
        kind = "date" if m["ym"] else "year"
        return _make(text, start, end, float(year), kind, "年", "range" if high else "exact",
                     None if high is None else float(high))
    if m["m"]:
        month, high = _numeral(m["m"]), _numeral(m["mh"]) if m["mh"] else None
        if high is not None and (month is None or high < month):
            return None
        return _make(text, start, end, month, "date", "月", "range" if high else "exact", high)
    return _make(text, start, end, float(m["d"]), "date", "日")


def _iso(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """2024-05-22 (with an optional T00:22:12), 2024/5/22, 2024-05: a date valued by its year."""
    return _make(text, m.start(), m.end(), float(m["iy"]), "date", "年")


def _edate(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """19 Apr 2021: a date valued by its year."""
    return _make(text, m.start(), m.end(), float(m["ey"]), "date", "年")


def _clock(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """07:58:34: a time of day in hours."""
    hours = int(m["ch"]) + int(m["cm"]) / 60 + (int(m["cs"]) / 3600 if m["cs"] else 0.0)
    return _make(text, m.start(), m.end(), hours, "time", "时")


def _tod(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """下午3点, 上午十点半, 10点30分, 延长至23时: a time of day in hours (24-hour clock)."""
    if m["th2"]:
        hours = int(m["th2"]) + int(m["tm2"]) / 60
    elif m["th3"]:  # 延长至23时: the hour as written
        hours = float(m["th3"])
    else:
        hour = _numeral(m["th"])
        minutes = _numeral(m["tm"]) if m["tm"] else 30.0 if m["half"] else 0.0
        if hour is None or minutes is None or hour > 24 or minutes >= 60:
            return None
        ampm = folded[max(0, m.start() - 3):m.start()].rstrip(" \u00a0\u3000")[-2:]
        if ampm in _AFTERNOON and hour < 12 or ampm == "中午" and hour < 11:
            hour += 12
        hours = hour + minutes / 60
    return _make(text, m.start(), m.end(), hours, "time", "时")


def _grade(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """A hospital or other grade (三甲, 三级甲等, 二级, 3级): an ordinal with unit 级."""
    numeral = m["gn"] or m["gj"] or m["ga"]
    return _make(text, m.start(), m.end(), _numeral(numeral), "ordinal", "级")


def _ordinal(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """第三, 第一批, 第2: an ordinal, with the counter after it."""
    return _make(text, m.start(), m.end(), _numeral(m["on"]), "ordinal", _unit(m["ou"])[0])


def _code_value(digits: str) -> float:
    """A code's value: its first digit run (at most 18 digits of it, so always finite)."""
    return float(digits[:18])


def _letter_code(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """ZA09, F-35, COVID-19, Q1: digits after a word of Latin letters, which the span includes."""
    start = m.start()
    word = _WORD_BEFORE_REVERSED.match(folded[max(0, start - _WORD_REACH):start][::-1])
    begin = start - word.end()
    if begin > 0 and folded[begin - 1].isascii() and folded[begin - 1].isalnum():
        begin = start  # a longer word, or letters glued to an earlier number: the digits alone
    return _make(text, begin, m.end(), _code_value(m["lc"]), "code", None)


def _code(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """0756-1234567, 13800138000, 1.2.3: an identifier, valued by its first digit run."""
    return _make(text, m.start(), m.end(), _code_value(_DIGIT_RUN.search(m.group()).group()),
                 "code", None)


# 上 before 百/千/万 is "over a" (上千名: at least 1,000) unless it ends a word: 以上, 加上, 马上 ….
_NOT_BEFORE_SHANG = frozenset("以之加比向往马线网晚早身会路楼世史")


def _vague(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """上百名 (at least 100), 数千人 / 几万元 (2,000-9,000 / 20,000-90,000): a bare power of ten
    after 上 or after a 数/几 that means "several"; 逾千人次, 近千名, 破万 (at least or about
    1,000 / 10,000) and 数以万计 (at least 10,000)."""
    start = m.start() - 1
    word = folded[start]
    if m["vx"]:  # 数以万计: at least ten thousand
        unit, _ = _unit(m["vxu"])
        return _make(text, start - 1, m.end(), 10.0 ** _MULTIPLIERS[m["vx"]],
                     _KIND_OF_UNIT.get(unit, "quantity"), unit, "at_least")
    if word in ROUND_PREFIXES:  # 逾千人次, 近千名, 破万: at least or about that many
        if start > 0 and folded[start - 1] in ROUND_PREFIX_NOT_AFTER.get(word, ""):
            return None  # 经过, 最近, 打破: the end of another word
        unit, _ = _unit(m["vu"])
        scale = 10.0 ** _MULTIPLIERS[m["vm"]]
        more = _CN_DIGITS[m["vd"]] * scale / 10 if m["vd"] and m["vm"] in "百千万" else 0.0
        return _make(text, start, m.end(), scale + more,
                     _KIND_OF_UNIT.get(unit, "quantity"), unit, ROUND_PREFIXES[word])
    if word == "上" and start > 0 and folded[start - 1] in _NOT_BEFORE_SHANG:
        return None
    if word != "上" and not _several_before(folded, m.start()):
        return None
    scale = 10.0 ** _MULTIPLIERS[m["vm"]]
    unit, _ = _unit(m["vu"])
    kind = _KIND_OF_UNIT.get(unit, "quantity")
    if word == "上":
        return _make(text, start, m.end(), scale, kind, unit, "at_least")
    return _make(text, start, m.end(), 2 * scale, kind, unit, "range", 9 * scale)


def _pair(m: re.Match, folded: str, text: str) -> NumberMatch | None:
    """两三家, 七八十人, 七八折: two neighbouring digits as an approximate range."""
    if not (m["pu"] or m["pm"]):
        return None
    low, high = _PAIRS[m["pr"]]
    if m["pu"] == _DISCOUNT and not m["pm"]:  # 七八折: 70 to 80 % of the price
        return _make(text, m.start(), m.end(), low * 10.0, "percent", _DISCOUNT, "range", high * 10.0)
    scale = 10.0 ** _MULTIPLIERS[m["pm"]] if m["pm"] else 1.0
    unit, _ = _unit(m["pu"])
    return _make(text, m.start(), m.end(), low * scale, _KIND_OF_UNIT.get(unit, "quantity"), unit,
                 "range", high * scale)


_HANDLERS = {"lcode": _letter_code, "iso": _iso, "clock": _clock, "edate": _edate,
             "cdate": _cdate, "tod": _tod, "frac": _frac, "slash": _slash, "grade": _grade,
             "ord": _ordinal, "vague": _vague, "bare": _bare, "word": _word,
             "code": _code, "pair": _pair, "qty": _qty}
