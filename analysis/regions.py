"""The Greater Bay Area gazetteer: nine mainland cities, Hong Kong, Macao and their districts.

``region_of`` names the mainland city an article is about, ``city_of`` the city of one name (an
institution, a district), and ``place_pattern`` finds mainland place names in running text for
the entity finder. Hong Kong and Macao are the partners in nearly every article, so they are a
region only when no mainland city is named, and ``place_pattern`` leaves them out.

Names that are also ordinary words or other places are guarded: 中山 is not 中山大学 or 孙中山,
南山 is not 钟南山, 新会 is not 新会员, 高要 is not 高要求; words such as 光明, 白云, 南海 count
only with their suffix (光明区, 白云区, 南海区).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache

from analysis._rules.places import (
    DISTRICTS,
    HONG_KONG,
    ISSUER_HEAD,
    ISSUER_LABELS,
    MACAO,
    REGION_SLUGS,
    SAR_ISSUERS,
    SUFFIX,
)
from analysis._rules.places import NOT_AFTER as _NOT_AFTER
from analysis._rules.places import NOT_AFTER_ANY as _NOT_AFTER_ANY
from analysis._rules.places import NOT_BEFORE as _NOT_BEFORE
from analysis._rules.places import SUFFIX_REQUIRED as _SUFFIX_REQUIRED
from analysis._rules.places import TRADITIONAL as _TRADITIONAL
from analysis.folding import to_simplified

SARS = (HONG_KONG, MACAO)
CITIES = tuple(DISTRICTS)
_SUFFIX = re.compile(SUFFIX)
_TO_SIMPLIFIED = str.maketrans(_TRADITIONAL, to_simplified(_TRADITIONAL))
_HAS_TRADITIONAL = re.compile(f"[{_TRADITIONAL}]")


def simplified(text: str) -> str:
    """``text`` with the gazetteer's traditional characters simplified (untouched if it has none)."""
    return text.translate(_TO_SIMPLIFIED) if _HAS_TRADITIONAL.search(text) else text


def _bare(name: str) -> str:
    """A name without its administrative suffix (罗湖区 -> 罗湖); long names stay whole."""
    bare = _SUFFIX.sub("", name)
    return bare if len(bare) in (2, 3) else name


def _alternative(name: str) -> str:
    """Regex for one official name: its bare form (unless too common) with the suffix optional."""
    bare = _bare(name)
    if bare in _SUFFIX_REQUIRED:
        body = re.escape(name)
    else:
        body = re.escape(bare) + (f"(?:{re.escape(name[len(bare):])})?" if bare != name else "")
    if bare in _NOT_BEFORE:  # checked after the first character, so every branch opens with a
        # literal and the regex engine can skip text by its first-character set
        body = f"{re.escape(bare[0])}(?<!{_NOT_BEFORE[bare]}{re.escape(bare[0])})" + body[1:]
    after = f"(?!{_NOT_AFTER[bare]}|{_NOT_AFTER_ANY})" if bare in _NOT_AFTER else f"(?!{_NOT_AFTER_ANY})"
    return body + after


def _official_names() -> dict[str, str]:
    """Every official name (city with 市, district, area) -> its city, SARs included."""
    names = {f"{city}市": city for city in CITIES}
    names.update({district: city for city, districts in DISTRICTS.items() for district in districts})
    names.update({name: name for name in SARS})
    return names


_CITY_OF_NAME = _official_names()
_BARE_OF_NAME = {name: _bare(name) for name in _CITY_OF_NAME}  # each name's bare form, found once


@lru_cache(maxsize=2)
def _pattern(with_sars: bool) -> re.Pattern[str]:
    """One regex over all names, longest first so 横琴新区 wins over 横琴."""
    names = [n for n, city in _CITY_OF_NAME.items() if with_sars or city not in SARS]
    names.sort(key=len, reverse=True)
    return re.compile("|".join(_alternative(n) for n in names))


@lru_cache(maxsize=4096)
def _city_of_match(found: str) -> str:
    """City of a string the pattern matched (bare or suffixed)."""
    for name, city in _CITY_OF_NAME.items():
        if found == name or found == _BARE_OF_NAME[name]:
            return city
    raise KeyError(found)  # unreachable: the pattern only matches gazetteer names


def place_pattern() -> re.Pattern[str]:
    """Regex finding mainland GBA place names (cities and districts) in text."""
    return _pattern(False)


def place_names() -> tuple[str, ...]:
    """Every gazetteer name, bare and official forms, for tokenisers (jieba's user words)."""
    names = set(_CITY_OF_NAME)
    names.update(_bare(n) for n in _CITY_OF_NAME if _bare(n) not in _SUFFIX_REQUIRED)
    return tuple(sorted(names))


@lru_cache(maxsize=65536)  # names and words recur across articles
def city_of(name: str) -> str | None:
    """The city a name belongs to (江门市中心医院 -> 江门, 罗湖区 -> 深圳): the first mainland place
    in it, else Hong Kong or Macao, else None."""
    sar = None
    for match in _pattern(True).finditer(simplified(name)):
        city = _city_of_match(match.group())
        if city not in SARS:
            return city
        sar = sar or city
    return sar


def _alternatives(words) -> str:
    return "|".join(sorted(dict.fromkeys(map(re.escape, map(to_simplified, words))), key=len,
                           reverse=True))


_SAR_OF_ISSUER = {to_simplified(body): sar for sar, bodies in SAR_ISSUERS.items() for body in bodies}
_ISSUER = f"(?:{_alternatives(SAR_ISSUERS[HONG_KONG] + SAR_ISSUERS[MACAO])})"
# a field (publisher, author, title) opening with a body; a line of the text's head opening with
# one, or a source label naming one there (資料來源：衞生局)
_ISSUER_FIELD = re.compile(rf"[\s\u3000*＊]*({_ISSUER})")
_ISSUER_LINE = re.compile(rf"(?m)^[ \t\u3000]*(?:(?:{_alternatives(ISSUER_LABELS)})[:：][ \t\u3000]*)?"
                          rf"({_ISSUER})|(?:{_alternatives(ISSUER_LABELS)})[:：][ \t\u3000]*({_ISSUER})")


def issuing_sar(text: str, title: str | None = None,
                issuers: tuple[str | None, ...] = ()) -> str | None:
    """Hong Kong or Macao when a body of its government issues the article (SAR_ISSUERS: its
    publisher or author, ``issuers``, the opening of its title, a line or a source label at the
    head of its text), else None."""
    for field in (*issuers, title):
        found = _ISSUER_FIELD.match(to_simplified(field)) if isinstance(field, str) else None
        if found:
            return _SAR_OF_ISSUER[found.group(1)]
    found = _ISSUER_LINE.search(to_simplified(text[:ISSUER_HEAD]))
    return _SAR_OF_ISSUER[found.group(1) or found.group(2)] if found else None


def region_of(text: str, title: str | None = None,
              issuers: tuple[str | None, ...] = ()) -> str | None:
    """The mainland GBA city an article is about: most mentions, a title mention counting three
    times, ties to the earliest; Hong Kong or Macao only when no mainland city is named, or when
    a body of its government issues the article (``issuing_sar``: 衞生局公佈…, whose figures are
    Macao's even where it names Zhuhai once)."""
    sar = issuing_sar(text, title, issuers)
    if sar:
        return sar
    names = _pattern(True).findall
    in_title = list(map(_city_of_match, names(simplified(title or ""))))
    in_text = list(map(_city_of_match, names(simplified(text))))
    if not in_title and not in_text:
        return None
    counts = Counter(in_text)
    for city in in_title:
        counts[city] += 3
    order = {city: rank for rank, city in enumerate(dict.fromkeys(in_title + in_text))}
    mainland = [c for c in counts if c not in SARS] or list(counts)
    return max(mainland, key=lambda c: (counts[c], -order[c]))


@lru_cache(maxsize=4096)
def official_forms(name: str) -> tuple[str, ...]:
    """The official names whose bare form is ``name`` (罗湖 -> 罗湖区, 江门 -> 江门市), itself too."""
    return tuple(n for n in _CITY_OF_NAME if n == name or _BARE_OF_NAME[n] == name)


def is_city(name: str) -> bool:
    """Whether a name is one of the nine mainland cities (江门, 江门市)."""
    return name in CITIES or (name.endswith("市") and name[:-1] in CITIES)


def is_district(name: str) -> bool:
    """Whether a name is a district or area of the gazetteer (罗湖, 罗湖区, 前海, 横琴新区)."""
    forms = official_forms(name)
    return bool(forms) and any(_CITY_OF_NAME[form] not in SARS and not is_city(form)
                               for form in forms)


def region_slug(region: str) -> str:
    """A file- and URL-safe name for a region: its pinyin when known, else a short hash."""
    if region in REGION_SLUGS:
        return REGION_SLUGS[region]
    ascii_name = re.sub(r"[^a-z0-9]+", "-", region.lower()).strip("-") if region.isascii() else ""
    return ascii_name or "x" + hashlib.sha1(region.encode("utf-8")).hexdigest()[:8]
