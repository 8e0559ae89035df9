"""Which institution or place a figure belongs to, found in the text around it.

Institution names are found by their head word (医院, 保健院, 中心, 集团 …) and extended leftwards
over name-like words, using jieba's part-of-speech tags (through rjieba) so that verbs and particles before a name
(推动, 入驻, 在, 与) end it. A name needs a proper part (a place or organisation word); generic
phrases such as 二级综合医院 are not names. 该院/该医院/该中心 refer back to the last name with the
same head. Failing an institution, a place named in the sentence is the entity, then the article's
region.
"""

from __future__ import annotations

import bisect
import re
from array import array
from functools import cached_property, lru_cache

from analysis import regions
from analysis._rules import cues as _cues
from analysis._rules.institutions import GENERIC, ORDINAL, PROVINCE, SAR_FORMS
from analysis._rules.institutions import HEADS as _HEADS
from analysis._rules.institutions import REFERRING as _REFERRING
from analysis._rules.institutions import ZONE_WORDS as _ZONE_WORDS

_HEAD_WORDS = "|".join(sorted(_HEADS, key=len, reverse=True)) + "|院"  # longest first
# Every branch opens with a literal character, which lets the regex engine skip the others.
_HEAD_RE = re.compile("|".join(f"{word}(?:{_HEAD_WORDS})" for word in _REFERRING) + "|"
                      + _HEAD_WORDS)
# jieba part-of-speech tags that can stand inside an institution name.
# (ng, a noun morpheme: the 仁 of 澳门仁伯爵综合医院, which a name must never be cut at)
_NAME_TAGS = frozenset({"n", "ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "l", "eng", "zg", "b",
                        "f", "vn", "a", "ng"})
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "eng"})
_GENERIC = re.compile(GENERIC)
_ORDINAL = re.compile(ORDINAL)
_WINDOW = 24
# jieba segments and tags a text block by block, blocks being cut at punctuation and spaces, and
# such a mark ends a name; so the words of a window before its last mark can neither be part of
# the name nor change how the rest is tagged. Cutting them off makes windows repeat (江门市中心医院
# after a comma, each time), and the tagger runs once per distinct window.
_UP_TO_LAST_MARK = re.compile(r".*[，。、；：！？“”‘’《》「」『』【】\s,;:!?\"']", re.DOTALL)
LOOKBACK = 600  # characters before a figure's sentence in which its entity may be named


@lru_cache(maxsize=1)
def _tagger():
    """rjieba (jieba's dictionary and tags, in Rust) with the region gazetteer added."""
    import rjieba

    for place in regions.place_names():
        rjieba.add_word(place, 20000, "ns")
    return rjieba


@lru_cache(maxsize=65536)
def name_ending_at(window: str, head: str) -> str | None:
    """The institution name that ends ``window`` (which ends with the head word), or None."""
    for body in _cues.KNOWN_BODIES:  # 醫院管理局, 社會保障基金: names with no proper part
        if window.endswith(body):
            before = window[:-len(body)]
            return next((place + body for place in _cues.BODY_PLACES if before.endswith(place)),
                        body)
    words = _tagger().tag(window, True)
    name: list[str] = []
    proper = False
    covered = 0  # characters of the name so far: the head word may be several words (衛生/站)
    for i in range(len(words) - 1, -1, -1):
        word, flag = words[i]
        if covered < len(head) or flag in _NAME_TAGS or word in "（）()" or _ORDINAL.match(word):
            covered += len(word)
            name.append(word)
            proper = proper or (flag in _PROPER_TAGS and not _GENERIC.match(word)) \
                or regions.city_of(word) is not None
            continue
        break
    text = "".join(reversed(name)).lstrip("（）()")
    core = text[: -len(head)] if text.endswith(head) else ""
    if not proper or len(text) < 4 or not core or _GENERIC.match(core):
        return None
    return text


class _Matches:
    """Where a pattern matches in a whole text, found once and then looked up by range: figures
    ask about overlapping stretches of the same sentences and paragraphs. Only the spans are
    kept, in two arrays (a 50 MB article has a million head words)."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.text = text
        self.starts, self.ends = array("q"), array("q")
        for match in pattern.finditer(text):
            self.starts.append(match.start())
            self.ends.append(match.end())

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Indexes (from, to) of the matches lying wholly in text[start:end]."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_right(self.ends, end)

    def token(self, index: int) -> str:
        """The text of one match."""
        return self.text[self.starts[index]:self.ends[index]]


class EntityFinder:
    """Finds the entity of a figure at a position of one document's text."""

    def __init__(self, text: str, region: str | None) -> None:
        self.text = text
        self.region = region
        self._names: dict[int, str | None] = {}  # head-word index -> the name it ends
        self._nearest: dict[tuple[int, int], str | None] = {}
        self._fullest: dict[str, str] = {}

    @cached_property
    def _heads(self) -> _Matches:
        """Head words (医院, 中心, 该院 …) of the whole text, found on the first figure."""
        return _Matches(_HEAD_RE, self.text)

    def _opened(self, at: int, name: str) -> str | None:
        """``name`` at ``at`` with the name or place right before it (珠海市人民医院|横琴医院,
        香港|希玛医疗集团), or None: only a head word or a place can open a fuller name, which
        string search finds without the tagger."""
        if not self.text.endswith(_OPENERS, max(0, at - _OPENER_LENGTH), at):
            return None
        low, high = self._heads.bounds(max(0, at - _WINDOW), at)
        if high > low and self._heads.ends[high - 1] == at and \
                self._heads.token(high - 1)[0] not in _REFERRING:
            before = self._name(high - 1)
            return before + name if before else None
        place = max((p for p in _PLACE_OPENERS if self.text.endswith(p, 0, at)), key=len,
                    default=None)
        return place + name if place else None

    @cached_property
    def _aliases(self) -> dict[str, str]:
        """Short forms written in brackets right after a name: 醫院管理局（醫管局） -> 醫管局 stands
        for 醫院管理局."""
        aliases = {}
        for match in _ALIAS.finditer(self.text):
            low, high = self._heads.bounds(max(0, match.start() - _WINDOW), match.start())
            if high > low and self._heads.ends[high - 1] == match.start():
                name = self._name(high - 1)
                if name:
                    aliases[match.group(1)] = _UNCLOSED.sub("", name) or name
        return aliases

    @cached_property
    def _places(self) -> _Matches:
        """Gazetteer places of the whole text, found when a figure first needs one."""
        return _Matches(regions.place_pattern(), self.text)

    def _resolve(self, index: int) -> str | None:
        """The name head word ``index`` stands for: its own, or what 该院/该医院 refers back to."""
        token = self._heads.token(index)
        if token[0] in _REFERRING:
            head = token[1:]
            start = self._heads.starts[index]
            low, high = self._heads.bounds(max(0, start - LOOKBACK), start)
            for earlier in reversed(range(low, high)):
                if self._heads.token(earlier)[0] in _REFERRING:
                    continue
                name = self._name(earlier)
                if name and (head == "院" and name.endswith("院") or name.endswith(head)):
                    return name
            return None
        return self._name(index)

    def _name(self, index: int) -> str | None:
        """The proper name head word ``index`` ends, memoised (figures share sentences)."""
        if index not in self._names:
            head = self._heads.token(index)
            if head == "院":
                return None
            start, end = self._heads.starts[index], self._heads.ends[index]
            window = self.text[max(0, start - _WINDOW):end]
            mark = _UP_TO_LAST_MARK.match(window)
            if mark:
                window = window[mark.end():]
            self._names[index] = name_ending_at(window, head)
        return self._names[index]

    def institution(self, start: int, end: int) -> str | None:
        """The nearest institution named (or referred to) in text[start:end]; memoised by the
        head words that stretch holds (figures of one sentence share them)."""
        key = self._heads.bounds(start, end)
        if key not in self._nearest:
            low, high = key
            self._nearest[key] = next(
                (name for index in reversed(range(low, high)) if (name := self._resolve(index))),
                None)
        return self._nearest[key]

    def place(self, start: int, end: int) -> str | None:
        """The last place of the gazetteer named in text[start:end] (我市 is the region)."""
        low, high = self._places.bounds(start, end)
        if high > low:
            return self._places.token(high - 1)
        if self.region and ("我市" in self.text[start:end] or "全市" in self.text[start:end]):
            return self.region
        return None

    def institution_after(self, start: int, end: int) -> str | None:
        """The first institution named in text[start:end] (``53名澳门医生签约入驻横琴医院``)."""
        low, high = self._heads.bounds(start, end)
        for index in range(low, high):
            if self._heads.token(index)[0] not in _REFERRING:
                name = self._name(index)
                if name:
                    return name
        return None

    def entity(self, sentence: tuple[int, int], span: tuple[int, int],
               paragraph_start: int) -> str | None:
        """Entity of a figure at ``span``: an institution named before it in its sentence, or
        after it in its sentence, a place before it in its sentence, the same in its paragraph
        before it, then the article's region."""
        return self.entity_and_source(sentence, span, paragraph_start)[0]

    def entity_and_source(self, sentence: tuple[int, int], span: tuple[int, int],
                          paragraph_start: int) -> tuple[str | None, bool]:
        """``entity``, and whether it is only the article's region (no name near the figure)."""
        (s_start, s_end), (start, end) = sentence, span
        found = (self.institution(s_start, start) or self.institution_after(end, s_end)
                 or self.place(s_start, start))
        if found:
            return found, False
        lookback = max(paragraph_start, start - LOOKBACK)
        found = self.institution(lookback, s_start) or self.place(lookback, s_start)
        return (found, False) if found else (self.region, True)

    def fullest(self, name: str | None) -> str | None:
        """The fullest form of a name in this text: 横琴医院 -> 珠海市人民医院横琴医院 where the text
        names it so, 罗湖 -> 罗湖区, 江门 -> 江门市 (a place's official form, where written)."""
        if not name:
            return name
        if name not in self._fullest:
            self._fullest[name] = self._longest_form(name)
        return self._fullest[name]

    def _longest_form(self, name: str) -> str:
        name = _UNCLOSED.sub("", name) or name  # 香港大學深圳醫院（港大深圳醫院: a bracket left open
        if (f"（{name}）" in self.text or f"({name})" in self.text) and name in self._aliases:
            return self._aliases[name]  # 醫院管理局（醫管局）: the short form stands for the name
        forms = regions.official_forms(name)
        if forms:  # a place: its official form where the text writes it, its fullest name
            best = max((form for form in forms if form in self.text), key=len, default=name)
            city = regions.city_of(name)
            written = _zones(name[:2], self.text)
            if city and best[-1] in "区區县縣" and f"{city}市{best}" in self.text:  # 广州市南沙区
                written.append(f"{city}市{best}")
            return max(written, key=len, default=best)
        best = name
        if self.text.find(name, self.text.find(name) + 1) < 0 or name.startswith(_FULL_OPENINGS):
            return best  # named once (as found), or opening with its city: full already
        text, at, seen = self.text, self.text.find(name, 1), 0
        while at > 0 and seen < _FORMS_LOOKED_AT:
            longer = self._opened(at, name)
            if longer and len(longer) > len(best):
                best = longer
            at, seen = text.find(name, at + len(name)), seen + 1
        return best


def _zones(bare: str, text: str) -> list[str]:
    """The full names of a zone opening with a place (横琴粤澳深度合作区, 前海深港现代服务业合作区)."""
    found: list[str] = []
    if not any(word in text for word in _ZONE_WORDS):
        return found  # the usual case, at string-search speed
    at = text.find(bare)
    while at >= 0:
        for word in _ZONE_WORDS:
            end = text.find(word, at + len(bare), at + len(bare) + _ZONE_REACH + len(word))
            if end >= 0 and _ZONE_MIDDLE.fullmatch(text, at + len(bare), end):
                found.append(text[at:end + len(word)])
        at = text.find(bare, at + 1)
    return found


_ZONE_REACH = 8
_ZONE_MIDDLE = re.compile("[\u4e00-\u9fff]*")
_UNCLOSED = re.compile(r"[（(][^）)]*$")
_ALIAS = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[）)]")  # 醫院管理局（醫管局）
_FULL_OPENINGS = tuple(f"{city}市" for city in regions.CITIES) + regions.SARS + PROVINCE
_PLACE_OPENERS = tuple(sorted(set(regions.place_names()) | set(regions.SARS) | set(SAR_FORMS)))
_OPENERS = _PLACE_OPENERS + tuple(_HEADS)
_OPENER_LENGTH = max(map(len, _OPENERS))
_FORMS_LOOKED_AT = 50  # occurrences of a name searched for a fuller form (a huge article)

@lru_cache(maxsize=65536)
def entity_type(name: str | None) -> str | None:
    """What a name is: hospital, company, scheme, programme, institution (by its head word), or
    a city, district or region of the gazetteer."""
    if not name:
        return None
    simple = regions.simplified(name)
    if simple in _cues.REGIONS or simple in regions.SARS:
        return "region"
    if regions.is_city(simple):
        return "city"
    if regions.is_district(simple):
        return "district"
    for kind, endings in _cues.ENTITY_TYPES:
        if name.endswith(endings):
            return kind
    return "district" if name.endswith(("区", "區", "新区", "新區")) else "institution"
