"""Which institution or place a figure belongs to, found in the text around it.

Institution names are found by their head word (医院, 保健院, 中心, 集团 …) and extended leftwards
over name-like words, using jieba's part-of-speech tags (through rjieba) so that verbs and particles before a name
(推动, 入驻, 在, 与) end it. A name needs a proper part (a place or organisation word); generic
phrases such as 二级综合医院 are not names, but a city's own hospital named by its level is
(市人民医院). 该院/该医院/该中心/该局 refer back to the last name with the same head. Failing an
institution, a place named in the sentence is the entity (我市/全市: the city of the bureau that
issues the text), then the paragraph, a heading line above it, the paragraph before, and last
the city of a bureau heading the text or the article's region. A short form stands for the one
fuller name of the article it shortens (港大深圳医院 -> 香港大学深圳医院).
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterator
from functools import cached_property, lru_cache

from analysis import regions
from analysis._rules import cues as _cues
from analysis._rules.institutions import (
    ACTING_FOR,
    ALIAS_INTROS,
    AND_THEN,
    AREA_FULL_FORMS,
    AREA_KINDS,
    BACK_HEADS,
    BACK_REFERRING,
    BARE_HEADS,
    BEFORE_HEAD_WORDS,
    BRANCH_HEADS,
    BYLINE_WORDS,
    CAMPUS_HEADS,
    CAPTION_MARKS,
    CIRCUMSTANCE_WORDS,
    COMPUTED_OVER,
    COUNTY_CITY_ENDING,
    DEPARTMENT_LABEL,
    DISTRICT_ENDINGS,
    EXAMPLE_MARKS,
    FACILITIES,
    GENERIC,
    GOVERNMENT_BODIES,
    HEADS,
    HOME_BODIES,
    HOME_CITY_WORDS,
    HOME_DISTRICT_WORDS,
    HOSPITAL_HEADS,
    IN_NAME_WORDS,
    INCLUDING_WORDS,
    INSTITUTION_COUNT,
    ITEM_MARK,
    JOINED_NAME_OPENERS,
    JOINING,
    JOINT_MARKS,
    LIST_MARKS,
    LOCATIVE_WORDS,
    NOT_HEADING_ENDS,
    NUMBERED_HEADS,
    ORDINAL,
    ORGANISATION_WORDS,
    ORGANISATIONS,
    OUTSIDE_WORDS,
    OWN_LEVEL_NAME,
    OWN_REPORT,
    PAIR_WORDS,
    PART_WORDS,
    PARTNER_LIST_MARKS,
    PARTNER_WORDS,
    PLACE_SUFFIXES,
    PREPOSITIONS,
    PROVINCE,
    RECEIVER_WORDS,
    RESIDING,
    RESPONDENTS,
    RESPONDENTS_AMONG,
    RESPONDENTS_COUNTED,
    SAR_BUREAUS,
    SAR_FORMS,
    SAR_GOVERNMENT_FULL,
    SAR_GOVERNMENT_SHORT,
    SAR_GOVERNMENTS,
    SAR_HOSPITAL_WORDS,
    SECTION_NUMBER,
    SHARE_OF,
    SHORT_FORMS,
    SHORT_NAMES,
    SIDE_WORDS,
    SPEECH_VERBS,
    TIME_LEAD_CHARS,
    TIME_WORDS,
    TOGETHER,
    UNDER_WORDS,
    UNIVERSITIES,
    UNIVERSITY_SHORT,
    WHOLE_AFTER_TIME,
    WHOLE_WORDS,
    ZONE_NAME_WORDS,
    ZONE_SHORT,
)
from analysis._rules.institutions import REFERRING as _REFERRING
from analysis._rules.institutions import ZONE_WORDS as _ZONE_WORDS
from analysis._rules.lookahead import trie
from analysis._rules.places import (
    ISSUER_LABELS,
    JOIN_WORDS,
    LISTED_AND_OTHERS,
    LISTED_PLACE_ENDS,
    NAME_QUOTES,
    NOT_LISTED_PLACES,
    SAR_AREAS,
    SAR_BODY_AFTER,
    SAR_FULL_FORMS,
    SCHEME_AFTER,
)
from analysis.folding import to_simplified

_PHRASE_AFTER = re.compile(_cues.PHRASE_AFTER)
_OWN_REPORT = re.compile(OWN_REPORT)
_INSIDE_HOSPITAL = ("院内",)  # (folded: 院內 too) before a unit's name: the hospital's own unit

_HEADS = HEADS + _cues.BUREAUS
# 该局, 該署, 此基金: a short head word after 该/該/此 only (not a head word of its own).
_BACK_WORDS = frozenset(to_simplified(r + h) for r in BACK_REFERRING for h in BACK_HEADS)
# The head words and 该/本… before each, as a trie: the longest at each position, as the
# alternation of them longest first (tests/test_shortcuts.py), found several times faster.
_PAIR_WORDS = frozenset(map(to_simplified, PAIR_WORDS))
_PARTNER_LIST_MARKS = tuple(dict.fromkeys(map(to_simplified, PARTNER_LIST_MARKS)))
# 院方, 局方: "the hospital's side", referring back like 该院 to the last name with that head
_SIDE_WORDS = frozenset(map(to_simplified, SIDE_WORDS))
_HEAD_RE = re.compile(trie({*_HEADS, "院"} | {r + h for r in _REFERRING for h in (*_HEADS, "院")}
                           | _BACK_WORDS | _PAIR_WORDS | _SIDE_WORDS))
# jieba part-of-speech tags that can stand inside an institution name.
# (ng, a noun morpheme: the 仁 of 澳门仁伯爵综合医院, which a name must never be cut at)
_NAME_TAGS = frozenset({"n", "ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "l", "eng", "zg", "b",
                        "f", "vn", "a", "ng", "s", "an"})  # an: 塔石|卫生|中心  # s, a place word: 深圳市罗湖区口岸医院
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "eng"})
_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
# Tags of a character that opens no name the tagger does not know (particles, pronouns, numbers,
# counters, prepositions, conjunctions, marks), and of the word before one (的, a place).
_NOT_NAME_OPENING = frozenset({"uj", "ul", "r", "m", "q", "p", "c", "x", "d", "u", "y", "e"})
_BEFORE_UNKNOWN_NAME = frozenset({"uj", "ns"})
_GENERIC = re.compile(GENERIC)
_OWN_LEVEL = re.compile(OWN_LEVEL_NAME)
_OWN_HEADS = tuple(dict.fromkeys(map(to_simplified, HOSPITAL_HEADS)))
_OWN_HOSPITAL_OPENING = re.compile(OWN_LEVEL_NAME.rstrip("$") + "(?:" + "|".join(
    map(re.escape, sorted(_OWN_HEADS, key=len, reverse=True))) + ")")  # 市人民医院 opening a name
_CAMPUS_HEADS = frozenset(map(to_simplified, CAMPUS_HEADS))  # 院区, 分院: a campus of a hospital
_PLACE_TYPES = frozenset({"city", "district", "region"})
_PROVINCE = frozenset(map(to_simplified, PROVINCE))
_SPEECH = tuple(dict.fromkeys(map(to_simplified, SPEECH_VERBS)))
_OWN_CITY = "市"  # before a bureau with no place: the city of the article's own bureau
_OWN_DISTRICT = "区"  # ... and the district of a district's own bureau (folded: 區 too)
_ORDINAL = re.compile(ORDINAL)
_QUANTITY_WORD = re.compile(_cues.QUANTITY_WORD)
# Tags of words that stand inside a name but never open one (连同 a, 启动 vn).
_EDGE_TAGS = frozenset({"a", "vn", "ad", "an", "d"})  # not f: 南方|医科大学深圳医院
_NOT_IN_NAMES = frozenset(map(to_simplified, _cues.NOT_IN_NAMES + UNDER_WORDS + TIME_WORDS)) | {
    to_simplified(r + h) for r in _REFERRING for h in (*_HEADS, "院")}  # 我院 (n)|港澳居民服务中心: a unit
_UNDER_WORDS = tuple(dict.fromkeys(map(to_simplified, UNDER_WORDS)))
_INNER_HEAD = re.compile("|".join(sorted(map(re.escape, set(map(to_simplified, _HEADS))),
                                         key=len, reverse=True)))
_KNOWN_BODIES = frozenset(map(to_simplified, _cues.KNOWN_BODIES + tuple(SHORT_FORMS) + SAR_BUREAUS
                                             + GOVERNMENT_BODIES))
_KNOWN_LONGEST_FIRST = tuple(sorted(_KNOWN_BODIES, key=len, reverse=True))  # 医务卫生局, not 卫生局
_SAR_GOVERNMENT_FULL = frozenset(map(to_simplified, SAR_GOVERNMENT_FULL))
_SAR_GOVERNMENT_SHORT = frozenset(map(to_simplified, SAR_GOVERNMENT_SHORT))
_FULL_FORM = {to_simplified(short): to_simplified(forms[0]) for short, forms in SHORT_FORMS.items()}
_BODY_PLACES = tuple(sorted(dict.fromkeys(map(to_simplified, _cues.BODY_PLACES + SAR_GOVERNMENTS)),
                           key=len, reverse=True))  # the longest first: 香港特区政府, not 香港
_DEICTIC = re.compile("^(?:" + "|".join(map(to_simplified, _cues.DEICTIC)) + ")")
_WINDOW = 24
# jieba segments and tags a text block by block, blocks being cut at punctuation and spaces, and
# such a mark ends a name; so the words of a window before its last mark can neither be part of
# the name nor change how the rest is tagged. Cutting them off makes windows repeat (江门市中心医院
# after a comma, each time), and the tagger runs once per distinct window.
_UP_TO_LAST_MARK = re.compile(r".*[，。、；：！？“”‘’《》「」『』【】\s,;:!?\"']", re.DOTALL)
_SAME_OPENING = 2  # characters a fuller name in brackets opens with, as the name does
LOOKBACK = 600  # characters before a figure's sentence in which its entity may be named


@lru_cache(maxsize=1)
def _tagger():
    """rjieba (jieba's dictionary and tags, in Rust) with the region gazetteer added."""
    import rjieba

    for place in regions.place_names():
        rjieba.add_word(place, 20000, "ns")
    for name in _SHORT_NAMES + _ORGANISATION_WORDS + _UNIVERSITIES:  # 港大深圳医院: a short form
        rjieba.add_word(name, 20000, "nt")  # opens a name; 遵义医科大学 is one name
    for name in _SAR_HOSPITAL_WORDS:  # 转介至|仁伯爵|综合医院
        rjieba.add_word(name, 20000, "nz")
    for area in dict.fromkeys(map(to_simplified, SAR_AREAS)):  # 塔石|卫生中心, 屯门|医院
        rjieba.add_word(area, 20000, "ns")
    # the tags of words it does not know (its HMM's data, about 20 ms) load on the first such
    # word: loaded here, with the dictionary, rather than inside the first article that has one
    rjieba.tag("\u9f98", True)  # 龘, in no dictionary
    return rjieba


@lru_cache(maxsize=65536)
def name_ending_at(window: str, head: str) -> str | None:
    """The institution name that ends ``window`` (simplified text ending with the head word), or
    None. Words that cannot open a name (连同, 启动, 两间) end it on the left, and a description
    in apposition before it (本澳私营医院|澳门仁康医院) is left out."""
    if head in _KNOWN_BODIES:  # 醫院管理局, 社會保障基金: names with no proper part, kept whole
        return _known_body(window, head)
    words = _tagger().tag(window, True)
    name: list[tuple[str, bool]] = []  # (word, proper), right to left
    covered = 0  # characters of the name so far: the head word may be several words (衛生/站)
    for i in range(len(words) - 1, -1, -1):
        word, flag = words[i]
        if covered >= len(head) and len(word) == 1 and i > 0 and words[i - 1][1] == "m":
            break  # 43|间|公立医院: a counter after a number opens no name
        if covered >= len(head) and len(word) == 2 and word[0] in _JOINING and name and name[-1][1] \
                and flag not in _PROPER_TAGS:
            name.append((word[1:], True))  # 消防局及仁|伯爵综合医院: 及 the tagger joined on ends the name
            break
        if covered < len(head) or (flag in _NAME_TAGS or word in "（）()" or _ORDINAL.match(word)
                                   or word in _IN_NAME_WORDS
                                   or covered == len(head) and word in _BEFORE_HEAD_WORDS) \
                and word not in _NOT_IN_NAMES \
                and not _QUANTITY_WORD.fullmatch(word):
            in_head = covered + len(word) <= len(head)  # 联网 (nz) is no proper part of 部分联网
            covered += len(word)
            name.append((word, not in_head and (flag in _PROPER_TAGS and not _GENERIC.match(word)
                                                or word in _SAR_AREA_WORDS)
                         or regions.city_of(word) is not None or word.endswith(_ORGANISATIONS)
                         or word in _SHORT_NAME_WORDS))
            continue
        if covered >= len(head) and _unknown_name(words, i, len(window) < _WINDOW):
            name += [(word, True), (words[i - 1][0], True)]  # 的康|和|黄埔门诊部: 康和
        break
    if len(name) > 1 and len(name[-1][0]) == 2 and name[-1][0][0] in _PREPOSITIONS and (
            name[-2][1] and not name[-1][1]
            or words[len(words) - len(name)][1] in _PERSON_TAGS):
        # 经仁|伯爵综合医院, 由仁 (a "person") 伯爵综合医院: a preposition the tagger joined on
        name[-1] = (name[-1][0][1:], True)
    elif len(name) > 1 and name[-1][0] in _PREPOSITIONS and covered > len(head):
        name.pop()  # 转|往 (zg)|香港公立医院: a preposition alone at the name's left edge
    own = "".join(word for word, _ in reversed(name))
    if own.endswith(_OWN_HEADS) and own.endswith(head) and _OWN_LEVEL.match(own[:-len(head)]) \
            and len(own) > 3:
        return own  # 市人民医院, 区妇幼保健院: the city's or district's own hospital
    if head in _CAMPUS_HEADS and any(
            0 < (at := own.find(hospital)) and _OWN_LEVEL.match(own[:at])
            and len(own) - at - len(hospital) - len(head) >= 2 for hospital in _OWN_HEADS):
        return own  # 市人民医院|松山湖院区: a campus of the city's own hospital (not its 新院区)
    while len(name) > 1 and not name[-1][1] and (
            words[len(words) - len(name)][1] in _EDGE_TAGS
            or len(name[-1][0]) == 1 and words[len(words) - len(name)][1] == "n"):
        name.pop()  # 连同|香港大学深圳医院, 床|横琴医院: a word that stands inside names but opens none
    text = "".join(word for word, _ in reversed(name)).lstrip("（）()")
    closing = next((i for i, c in enumerate(text) if c in "）)"), -1)
    if closing >= 0 and not any(c in "（(" for c in text[:closing]):
        text = text[closing + 1:]  # 江中宣）江门市五邑中医院: a bracket closed, not opened, in it
    for byline in _BYLINE_BRACKET.finditer(text):  # 本报讯（记者黄嘉豪）台山市人民医院: a byline's
        text = text[byline.end():]  # brackets, before the name
        break
    if not any(proper for _, proper in name) and not _opens_with_short_name(name):
        return next((_known_body(window, body) for body in _KNOWN_LONGEST_FIRST
                     if window.endswith(body)), None)
    text = _after_apposition(text, head)
    if text.startswith(_JOINED_OPENERS) and _word_at(name, -len(text)) in _JOINED_OPENERS:
        return None  # 中医诊所|暨|教研中心: the second half of a kind joined by 暨 (not 暨南大学), no name
    core = text[: -len(head)] if text.endswith(head) else ""
    if len(text) < 4 or not core or _GENERIC.match(core):
        return None
    area = next((a for a in _AREA_KINDS if core.startswith(a)), "")
    if area and (len(core) == len(area) or _GENERIC.match(core[len(area):])):
        return None  # 5间大湾区医院, 内地医疗机构: a kind of institution in an area
    kind = _DEICTIC.sub("", core[len(place):] if (place := _bare_place(core)) else core)
    if kind != core and (kind and _GENERIC.match(kind)
                         or not kind and (not place or place in _SARS_AS_PLACES)):
        return None  # 深圳牙科诊所, 前海国际化医院, 全港公立医院, 本澳医院, 香港医院: a kind in a place
    return text


def _word_at(name: list[tuple[str, bool]], offset: int) -> str | None:
    """The word of a name (its words right to left) that starts ``-offset`` characters before its
    end, or None when that is inside a word."""
    at = sum(len(word) for word, _ in name) + offset
    for word, _ in reversed(name):
        if at == 0:
            return word
        at -= len(word)
        if at < 0:
            return None
    return None


def _unknown_name(words: list[tuple[str, str]], i: int, opens: bool) -> bool:
    """Whether words i-1 and i are two single characters the tagger split off a name it does not
    know (的康|和|黄埔门诊部, 的逸|和|颐养院): a character that is no particle, pronoun, number or
    mark, and one more, right after 的 or a place, or opening the window (``opens``: it was cut
    at a mark)."""
    if i < 1 or len(words[i][0]) != 1 or len(words[i - 1][0]) != 1 or \
            not "\u4e00" <= words[i - 1][0] <= "\u9fff" or words[i - 1][1] in _NOT_NAME_OPENING \
            or words[i][0] in _PREPOSITIONS or words[i][1].startswith("u"):
        return False  # 可|于澳门科大医院, 是|在佛山市医疗保障局: a verb and a preposition; 下|的 (uj)
    return words[i - 2][1] in _BEFORE_UNKNOWN_NAME if i >= 2 else opens


def _place_of_bureau(name: str) -> str | None:
    """The place a bureau's full name opens with (江门市医疗保障局 -> 江门市), as written; None
    for a name that is no bureau named with a place of the gazetteer."""
    simple = to_simplified(name)
    head = next((h for h in _BUREAU_HEADS_LONGEST if simple.endswith(h)), None)
    if head is None:
        return None
    place = simple[:-len(head)]
    city = next((c for c in _CITY_FORMS if place.startswith(c)), "")
    inner = place[len(city):]  # 广州市|黄埔区: a district of the city named with it
    return name[:len(place)] if place and (not inner or inner in _BUREAU_PLACE_NAMES) else None


def _opens_with_short_name(name: list[tuple[str, bool]]) -> bool:
    """Whether a name (its words right to left) opens with a university's short form made of
    whole words (中|大|五院: 中大; not 中|大型医院, which would cut 大型)."""
    opening = ""
    for word, _ in reversed(name):
        opening += word
        if opening in _SHORT_NAME_WORDS:
            return True
        if len(opening) >= _SHORT_NAME_LONGEST:
            return False
    return False


def _bare_place(core: str) -> str | None:
    """The place without its suffix that opens ``core`` (深圳|牙科), or None (深圳市|口腔 names
    one institution)."""
    found = regions.place_pattern().match(core)
    if found and not found.group().endswith(_PLACE_SUFFIXES):
        return found.group()
    return next((sar for sar in _SARS_AS_PLACES if core.startswith(sar)), None)  # 香港|公立


def _known_body(window: str, body: str) -> str:
    """A well-known body ending ``window``, with the place before it when there is one
    (香港醫院管理局, 澳門社會保障基金), and the parent body it is under (醫務衞生局轄下基層醫療署:
    the word of belonging kept here, ``_tagged_name`` leaves it out), or written right before it
    (衞生署衞生防護中心: a unit of the department)."""
    before = window[:-len(body)]
    under = next((word for word in _UNDER_WORDS if before.endswith(word)), "")
    parent = next((b for b in _KNOWN_LONGEST_FIRST
                   if b != body and len(b) >= 3 and before.endswith(b, 0, len(before) - len(under))),
                  None)
    if parent:
        return _known_body(before[:len(before) - len(under)], parent) + under + body
    return next((place + body for place in _BODY_PLACES if before.endswith(place)), body)


def _after_apposition(name: str, head: str) -> str:
    """``name`` without a generic description ending with a head word before it (本澳私营医院
    澳门仁康医院 -> 澳门仁康医院); a proper name before a head word stays (珠海市人民医院横琴医院)."""
    for match in _INNER_HEAD.finditer(name, 0, len(name) - len(head)):
        before = _DEICTIC.sub("", name[:match.start()])
        if (not before or _GENERIC.match(before)) and len(name) - match.end() >= len(head) + 2:
            return name[match.end():]
    return name


class _Matches:
    """Where a pattern matches in a whole text, found once and then looked up by range: figures
    ask about overlapping stretches of the same sentences and paragraphs. Only the spans are
    kept, in two arrays (a 50 MB article has a million head words)."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.text = text
        self.starts, self.ends = array("q"), array("q")
        for match in pattern.finditer(text) if pattern is not None else ():
            self.starts.append(match.start())
            self.ends.append(match.end())

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Indexes (from, to) of the matches lying wholly in text[start:end]."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_right(self.ends, end)

    def token(self, index: int) -> str:
        """The text of one match."""
        return self.text[self.starts[index]:self.ends[index]]


class EntityFinder:
    """Finds the entity of a figure at a position of one document's text (read in simplified
    characters, ``folded``, names given back as the text writes them)."""

    def __init__(self, text: str, region: str | None, folded: str | None = None,
                 title: str | None = None, publisher: str | None = None) -> None:
        self.text = text
        # the body that issues the text (its source line, read off by ingest): whose 全市/全区 it is
        self.issuer = publisher if isinstance(publisher, str) else ""
        self.publisher = to_simplified(self.issuer)  # folding keeps offsets
        self.folded = to_simplified(text) if folded is None else folded
        # the title, when not part of the text, after it: a place's official form written only
        # there (广州市南沙区卫生健康局2025年工作总结) is its fullest form too
        self.title = title if isinstance(title, str) and title not in text else ""
        self._headline = title if isinstance(title, str) else ""  # (in the text or not)
        self.traditional = self.folded is not text and self.folded != text
        self.region = region
        self._names: dict[int, str | None] = {}  # head-word index -> the name it ends
        self._nearest: dict[tuple[int, int], str | None] = {}
        self._fullest: dict[str, str] = {}
        self._alias_at: dict[int, str] = {}  # where a short form stands -> the name
        self._named: set[str] = set()  # the distinct names found so far
        self._entities: dict[int, str | None] = {}  # head-word index -> the entity it gives
        self._written_as: dict[tuple[str, str], str] = {}  # ``_as_written``, memoised
        self._joined: dict[int, int] = {}  # a name's end -> its start, a word of belonging left out
        self._area_forms: dict[str, str | None] = {}  # an area's full form -> as written, if it is
        # the sentence of the last figure asked about, and what it was given
        # (and whether it was the whole's of the sentence before: ``_part_of_last``)
        self._last_figure: tuple[tuple[int, int], tuple[str | None, bool], bool] | None = None

    @cached_property
    def _own_heads(self) -> _Matches:
        """Head words (医院, 中心, 该院 …) of the whole text, found on the first figure."""
        return _Matches(_HEAD_RE, self.folded)

    @cached_property
    def _heads(self) -> _Matches:
        """The head words, and the short forms the text defines (社會保障基金（社保基金）: each
        社保基金 stands for the name), in text order."""
        heads = self._own_heads
        if not self._aliases:
            return heads
        covered: set[int] = set()  # head words inside a short form: the short form wins
        found: list[tuple[int, int]] = []
        for alias, name in self._aliases.items():
            at = self.folded.find(alias)
            while at >= 0:
                low, high = heads.bounds(at, at + len(alias))
                covered.update(range(low, high))
                found.append((at, at + len(alias)))
                self._alias_at[at] = name
                at = self.folded.find(alias, at + len(alias))
        spans = found + [(heads.starts[i], heads.ends[i]) for i in range(len(heads.starts))
                         if i not in covered]
        merged = _Matches(None, self.folded)
        for start, end in sorted(spans):
            merged.starts.append(start)
            merged.ends.append(end)
        return merged

    def _opened(self, at: int, name: str) -> str | None:
        """``name`` at ``at`` with the name or place right before it (珠海市人民医院|横琴医院,
        香港|希玛医疗集团), or None: only a head word or a place can open a fuller name, which
        string search finds without the tagger."""
        if not self.folded.endswith(_OPENERS, max(0, at - _OPENER_LENGTH), at):
            return None
        low, high = self._heads.bounds(max(0, at - _WINDOW), at)
        if high > low and self._heads.ends[high - 1] == at and \
                self._heads.token(high - 1)[0] not in _REFERRING:
            before = self._name(high - 1)  # a bureau or a well-known body opens no name
            return before + name if before and not self._is_bureau(high - 1) \
                and to_simplified(before) not in _KNOWN_BODIES else None
        place = max((p for p in _PLACE_OPENERS if self.folded.endswith(p, 0, at)), key=len,
                    default=None)
        return self.text[at - len(place):at] + name if place else None

    @cached_property
    def _aliases(self) -> dict[str, str]:
        """Short forms written in brackets right after a name: 醫院管理局（醫管局） -> 醫管局 stands
        for 醫院管理局 (keyed by the short form in simplified characters). A name as long in the
        brackets is another name of it (江门市中心医院（江门市人民医院）: the first stands), and so is
        a longer one opening otherwise (珠海市人民医院（暨南大学附属珠海医院）); a longer one opening
        the same way is its fuller name (仁伯爵醫院（仁伯爵綜合醫院）)."""
        aliases: dict[str, str] = {}
        if "（" not in self.folded and "(" not in self.folded:
            return aliases  # no bracket, no short form: found at string-search speed
        heads = self._own_heads
        for match in _ALIAS.finditer(self.folded):
            low, high = heads.bounds(max(0, match.start() - _WINDOW), match.start())
            if high > low and heads.ends[high - 1] == match.start():
                name = self._tagged_name(heads, high - 1)
                name = name and (_UNCLOSED.sub("", name) or name)
                other = match.group(1)
                if name and len(other) < len(name):
                    aliases[other] = name
                elif name and _HEAD_END.search(other):
                    fuller = len(other) > len(name) and \
                        other[:_SAME_OPENING] == to_simplified(name)[:_SAME_OPENING]
                    aliases[other] = self.text[match.start(1):match.end(1)] if fuller else name
        return aliases

    @cached_property
    def _places(self) -> _Matches:
        """Places of the whole text, gazetteer and areas above a city (大湾区, 全省, 在香港) in one
        scan, found when a figure first needs one."""
        return _Matches(_location_pattern(), self.folded)

    def _resolve(self, index: int) -> str | None:
        """The name head word ``index`` stands for: its own, or what 该院/该医院 refers back to
        (a head word standing alone at the start of a clause, 医院…, 衛生站…, does the same)."""
        token = self._heads.token(index)
        if token in _PAIR_WORDS:
            return self._pair_subject(self._heads.starts[index])
        name = None if token[0] in _REFERRING else self._name(index)
        if name:
            return self._unit_of_referred(index, name) or name
        start = self._heads.starts[index]
        if token[0] in _REFERRING:
            head = token[1:]
        elif token in _SIDE_WORDS:
            head = token[:-1]
        elif token in _BARE_HEADS and (start == 0 or self.folded[start - 1] in _CLAUSE_MARKS):
            head = token
        else:
            return None
        found = self._referred(head, max(0, start - LOOKBACK), start)
        if found is None and token[0] in _OWN_REFERRING and start > LOOKBACK:
            # 本院 far from any name: the body the text opens with (its byline, its first line)
            found = self._referred(head, 0, _HEAD_OF_TEXT)
        body = self._publishing_body
        if found is None and token[0] in _OWN_REFERRING and body and \
                to_simplified(body).endswith(head):
            found = body  # 我院, on a hospital's own page (its <title> or 来源 names it)
        return found

    @cached_property
    def _publishing_body(self) -> str | None:
        """The publisher when it is an institution (a hospital's own site: 广州医科大学附属第二
        医院), not an outlet: the body a text on its own pages writes as 我院, and is about."""
        if not self.publisher:
            return None
        heads = [m for m in _HEAD_RE.finditer(self.publisher) if m.end() == len(self.publisher)]
        name = heads and name_ending_at(self.publisher, heads[-1].group())
        if name != self.publisher or _place_of_bureau(name):
            return None  # (a bureau's figures are its place's: ``_issuer`` reads those)
        return self.issuer

    def _unit_of_referred(self, index: int, name: str) -> str | None:
        """What 该院/本院 right before a name refers back to (该院港澳服务中心: a unit of the
        hospital named before, which is the entity), or None."""
        at = self._name_start(index, name)
        low, high = self._heads.bounds(max(0, at - _WINDOW), at)
        if high > low and self._heads.ends[high - 1] == at and \
                self._heads.token(high - 1)[0] in _REFERRING:
            return self._resolve(high - 1)
        if self.folded.startswith(_INSIDE_HOSPITAL, at):  # 院内港澳居民服务中心: a unit of the hospital
            return self._referred("院", max(0, at - LOOKBACK), at)
        return None

    def _pair_subject(self, end: int) -> str | None:
        """The first of the last pair of institutions named with a partner word before ``end``
        (镜湖医院与珠海市人民医院…: 镜湖医院), what 两院 refers back to; None when none is."""
        low, high = self._heads.bounds(max(0, end - LOOKBACK), end)
        for index in reversed(range(low, high)):
            if self._heads.token(index) in _PAIR_WORDS or self._heads.token(index)[0] in _REFERRING:
                continue
            name = self._name(index)
            if name and self._partner(index, name):
                at = self._name_start(index, name)
                return self.institution_after(self._clause_start(at), at)
        return None

    def _referred(self, head: str, start: int, end: int) -> str | None:
        """The last name of text[start:end] with head word ``head`` (该局: a bureau's place)."""
        low, high = self._heads.bounds(start, end)
        partner = None
        for earlier in reversed(range(low, high)):
            if self._heads.token(earlier)[0] in _REFERRING:
                continue
            name = self._name(earlier)
            if name and (head == "院" and name.endswith(("院", "院")) or
                         to_simplified(name).endswith(head)
                         or self._heads.token(earlier).endswith(head)):
                if not self._partner(earlier, name):  # 该医院: not the partner named last
                    return self._unit_of_referred(earlier, name) or name  # 该中心: 该院港澳服务中心
                partner = partner or name
        # 逸和頤養院與金灣區人民醫院簽訂協議，該醫院…: the partner is the only 醫院 to refer back to
        return partner

    def _tagged_name(self, heads: _Matches, index: int) -> str | None:
        """The proper name head word ``index`` of ``heads`` ends, as the text writes it."""
        head = heads.token(index)
        if head == "院" or head in _PAIR_WORDS or head in _SIDE_WORDS:
            return None
        start, end = heads.starts[index], heads.ends[index]
        window = self.folded[max(0, start - _WINDOW):end]
        mark = _UP_TO_LAST_MARK.match(window)
        if mark:
            window = window[mark.end():]
        found = name_ending_at(window, head)
        if not found:
            return None
        found = _INSIDE_BRACKETS.sub("", found)  # 仁伯爵醫院（仁伯爵綜合醫院）: the name in them
        begin = end - len(found)
        while begin > 0 and self.folded[begin - 1] in _OPENER_ENDS and \
                self.folded.endswith(_PLACE_OPENERS, max(0, begin - _OPENER_LENGTH), begin):
            # 深圳市|南山区蛇口港湾医院: a place right before a name opens it
            place = max((p for p in _PLACE_OPENERS if self.folded.endswith(p, 0, begin)),
                        key=len, default=None)
            if not place or begin - len(place) < end - _WINDOW * 2:
                break
            begin -= len(place)
        under = next((w for w in _UNDER_WORDS if self.folded.find(w, begin, end) >= 0), None)
        if under:  # 醫務衞生局轄下基層醫療署: the parent's name and the body's, without 轄下
            at = self.folded.find(under, begin, end)
            self._joined[end] = begin  # where the name is written, for ``_name_start``
            return self.text[begin:at] + self.text[at + len(under):end]
        inner = _INNER_ALIAS.search(self.folded, begin, end)
        if inner and inner.start() > begin:  # 澳門大學附屬醫院（澳大附屬醫院）橫琴院區: without the short form
            self._joined[end] = begin
            return self.text[begin:inner.start()] + self.text[inner.end():end]
        return self.text[begin:end]

    def _entity_at(self, index: int) -> str | None:
        """The name head word ``index`` gives a figure before it (``_resolve``; None when the
        name is one of a list of examples, or a partner: 该院与澳门镜湖医院合作，…), memoised."""
        if index not in self._entities:
            name = None if self._listed(index) or self._circumstance(index) or \
                self._in_title(index) or self._inside_listed(index) else self._resolve(index)
            if name and self._partner(index, name):
                name = None
            self._entities[index] = name
        return self._entities[index]

    def _inside_listed(self, index: int) -> bool:
        """Whether head word ``index`` stands inside the name the next head word ends, a listed
        name (A医院、深圳市龙华区|中心|医院两家医院: 中心 is no name of its own either)."""
        heads = self._heads
        if index + 1 >= len(heads.starts) or heads.starts[index + 1] - heads.ends[index] > _WINDOW \
                or heads.token(index + 1)[0] in _REFERRING or heads.token(index)[0] in _REFERRING:
            return False
        outer = self._name(index + 1)
        return bool(outer) and heads.ends[index + 1] - len(outer) <= heads.starts[index] and \
            self._listed(index + 1)

    def _name_start(self, index: int, name: str) -> int:
        """Where the name head word ``index`` ends starts in the text: the head word's own start
        for a short form standing alone (港大深圳医院 for 香港大学深圳医院), else the name's."""
        end = self._heads.ends[index]
        start = self._heads.starts[index]
        if start in self._alias_at and not self.folded.endswith(to_simplified(name), 0, end):
            return start
        if end in self._joined and name == self._names.get(index):
            return self._joined[end]  # 醫務衞生局轄下基層醫療署: written with its word of belonging
        if self._is_bureau(index) and not self.folded.endswith(to_simplified(name), 0, end):
            # 與珠海市衞生健康局: a bureau standing for its place starts where the place is written
            place = max((p for p in _BUREAU_OPENERS if self.folded.endswith(p, 0, start)), key=len,
                        default="")
            return start - len(place)
        return end - len(name)

    def _circumstance(self, index: int) -> bool:
        """Whether head word ``index`` stands in a clause of circumstance (随着…医院获批，): a
        随着 between the clause's start and the name."""
        start = self._heads.starts[index]
        at = max((self.folded.rfind(mark, max(0, start - _WINDOW * 2), start)
                  for mark in self._circumstance_marks), default=-1)
        return at >= 0 and at >= self._clause_start(start) - 1 and \
            not _ITEM_END.search(self.folded, at, start)

    def _partner(self, index: int, name: str) -> bool:
        """Whether a name stands right after a partner word (与, 與, 联合) with an institution
        named before that in its clause: the partner of what the sentence is about."""
        at = self._name_start(index, name)
        word = next((w for w in _PARTNER_WORDS if self.folded.endswith(w, 0, at)), None)
        if word is None:
            # 联合A医院、B门诊部: a name listed right after a partner is a partner too
            mark = next((m for m in _PARTNER_LIST_MARKS if self.folded.endswith(m, 0, at)), None)
            if mark is None:
                return False
            earlier = bisect.bisect_left(self._heads.ends, at - len(mark))
            if earlier >= index or self._heads.ends[earlier] != at - len(mark):
                return False
            before = self._name(earlier)
            return bool(before) and self._partner(earlier, before)
        clause = self._clause_start(at)
        if clause > 1 and self.folded.endswith(_SPEECH, 0, clause - 1):
            # 該中心表示，將與消防局合辦…: the speaker is the subject of the clause after it
            clause = self._clause_start(clause - 1)
        low, high = self._heads.bounds(clause, at - len(word))
        return any(self._resolve(earlier) for earlier in range(low, high))

    def _listed(self, index: int) -> bool:
        """Whether head word ``index`` ends a name in a list of examples (A医院、B医院等3家)."""
        end = self._heads.ends[index]
        if self.folded.startswith(_EXAMPLE_MARKS, end):
            return True
        if _INSTITUTION_COUNT.match(self.folded, end) and (name := self._name(index)):
            begin = end - len(name)  # A医院、B医院两家医院合计…: the last of a list its count closes
            if begin > 0 and self.folded.endswith(_LIST_MARKS, 0, begin) and \
                    self._heads.bounds(max(0, begin - _WINDOW), begin - 1)[1] > \
                    self._heads.bounds(max(0, begin - _WINDOW), begin - 1)[0]:
                return True
        name = self._name(index)
        if name and self._includes:  # 包括A醫院、B醫院，以及C醫院: the last example of the list
            begin = self._name_start(index, name)
            if _INCLUDED_LAST.search(self.folded, max(0, begin - _INCLUDED_REACH), begin):
                return True
        # 四间医院（A、B及C医院）: a name of a list in brackets, the members of what is counted
        return self._in_bracketed_list(self._heads.starts[index], end)

    @cached_property
    def _includes(self) -> bool:
        """Whether the text holds a 包 (包括, 包含) at all: looked for once, not once per name."""
        return "包" in self.folded

    def _in_bracketed_list(self, start: int, end: int) -> bool:
        """Whether text[start:end] stands inside brackets that hold a list (…（A、B及C）)."""
        folded = self.folded
        opened = max(folded.rfind(b, max(0, start - LOOKBACK), start) for b in _OPEN_BRACKETS)
        if opened < 0 or any(folded.find(b, opened, start) >= 0 for b in _CLOSE_BRACKETS):
            return False
        closed = min((at for b in _CLOSE_BRACKETS
                      if (at := folded.find(b, end, end + LOOKBACK)) >= 0), default=-1)
        return closed >= 0 and any(folded.find(m, opened, closed) >= 0 for m in _LIST_MARKS)

    def _is_bureau(self, index: int) -> bool:
        return self._heads.token(index) in _BUREAU_HEADS

    def _bureau_place(self, index: int) -> str | None:
        """The place a bureau named with its place stands for (珠海市卫生健康局 -> 珠海市, 省卫生健康委
        -> 广东省, 前海管理局 -> 前海), or None."""
        start = self._heads.starts[index]
        folded = self.folded
        if folded.endswith(_ZONE_END, 0, start):  # 横琴粤澳深度合作区民生事务局, 合作区民生事务局
            return self._zone_ending(start) or self._zone
        if not folded.endswith(_BUREAU_OPENERS, max(0, start - _BUREAU_OPENER_LENGTH), start):
            # 市医疗保障局, 本市卫生健康局: the bureau of the article's own city; 区卫生健康局: of its
            # own district
            if folded.endswith(_OWN_CITY, 0, start):
                return self._home
            return self._home_district if folded.endswith(_OWN_DISTRICT, 0, start) else None
        place = max((p for p in _BUREAU_OPENERS if folded.endswith(p, 0, start)), key=len,
                    default=None)
        if place is None:
            return None
        if place in _BUREAU_CANONICAL:
            return self._written(_BUREAU_CANONICAL[place])
        return self.text[start - len(place):start]

    def _zone_ending(self, end: int) -> str | None:
        """The zone name (a place, then words, then 合作区) ending at ``end``, or None (the first
        place of the stretch before it that opens one: not 珠海市 of 珠海市：横琴…合作区)."""
        for found in regions.place_pattern().finditer(self.folded, max(0, end - _ZONE_REACH - 8), end):
            if _ZONE_MIDDLE.fullmatch(self.folded, found.start(), end):
                return self.text[found.start():end]
        return None

    @cached_property
    def _zone(self) -> str | None:
        """The first cooperation zone the text names in full (横琴粤澳深度合作区): what a bare
        合作区 stands for."""
        at, seen = self.folded.find(_ZONE_SHORT), 0
        while at >= 0 and seen < _FORMS_LOOKED_AT:
            name = self._zone_ending(at + len(_ZONE_SHORT))
            if name:
                return name
            at, seen = self.folded.find(_ZONE_SHORT, at + 1), seen + 1
        return None

    def _written(self, canonical: str) -> str:
        """A canonical area name (simplified) in the article's script: 澳门 -> 澳門 in a
        traditional article."""
        forms = _AREA_FORMS.get(canonical)
        return forms[1] if forms and self.traditional else canonical

    def _name(self, index: int) -> str | None:
        """The proper name head word ``index`` ends (a bureau: its place), memoised (figures
        share sentences)."""
        if index not in self._names:
            start = self._heads.starts[index]
            if start in self._alias_at:  # 市医保局 for 江门市医疗保障局: a bureau stands for its place
                alias = self._alias_at[start]
                self._names[index] = _place_of_bureau(alias) or alias
            elif self._is_bureau(index) and (place := self._bureau_place(index)):
                self._names[index] = place
            elif self._heads.token(index) in _SAR_GOVERNMENT_SHORT and \
                    index + 1 < len(self._heads.starts) and \
                    self._heads.starts[index + 1] == self._heads.ends[index]:
                self._names[index] = None  # 澳門特區政府|衞生局: the government opens its bureau's name
            else:
                self._names[index] = self._tagged_name(self._heads, index)
            if self._names[index]:
                self._named.add(self._names[index])
        return self._names[index]

    def institution(self, start: int, end: int) -> str | None:
        """The nearest institution named (or referred to) in text[start:end]; memoised by the
        head words that stretch holds (figures of one sentence share them)."""
        key = self._heads.bounds(start, end)
        if key not in self._nearest:
            low, high = key
            self._nearest[key] = next(
                (name for index in reversed(range(low, high)) if (name := self._entity_at(index))),
                None)
        return self._nearest[key]

    def carried(self, start: int, end: int) -> str | None:
        """The nearest institution of text[start:end] that later sentences go on about: not a
        part named after 其中 (…合共5.6億，其中鏡湖醫院佔4.1億: what follows is the whole's)."""
        low, high = self._heads.bounds(start, end)
        return next((name for index in reversed(range(low, high))
                     if (name := self._entity_at(index)) and not self._part(index, name) and
                     not self._sourced(index, name)), None)

    def _sourced(self, index: int, name: str) -> bool:
        """Whether the name head word ``index`` ends stands right after a source label
        (（資料來源：衞生局）): the body only gave the data, later figures are not about it."""
        at = self._name_start(index, name)
        return self.folded.endswith(_SOURCE_MARKS, max(0, at - _SOURCE_REACH), at)

    def _carried_or_later_place(self, start: int, end: int) -> str | None:
        """What a figure naming nothing carries from its paragraph before it: the nearest
        institution (``carried``), unless a whole word of the home place (全区, 全市) stands after
        it, opening a later sentence (…医院牵头…。全年全区医疗卫生机构…；区域内就诊率…: the district)."""
        low, high = self._heads.bounds(start, end)
        index = next((i for i in reversed(range(low, high))
                      if (name := self._entity_at(i)) and not self._part(i, name) and
                      not self._sourced(i, name)), None)
        if index is None:  # (not the last of a list of cities: 珠海、中山及江門分別為…)
            return self.place(start, end, listed=False)
        after = self._heads.ends[index]
        if self._region_words and self._places.bounds(after, end)[1] <= \
                self._places.bounds(after, end)[0]:
            stop = _ITEM_END.search(self.folded, after, end)
            if stop and self._region_word(stop.end(), end, _HOME_CITY_WORDS + _HOME_DISTRICT_WORDS):
                return self.place(stop.end(), end)
        found = self._last_place(after, end, listed=False) if self._places.starts else None
        if found and found[0] > 0 and self.folded[found[0] - 1] not in _PREPOSITIONS and \
                _ITEM_END.search(self.folded, after, found[0]):
            # 衛生局公佈…統計。2025年澳門特別行政區共有活產嬰兒…；粗出生率…: the territory a later
            # sentence is about, not the body that issued the figures
            return found[1]
        return self._entity_at(index)

    def _part(self, index: int, name: str) -> bool:
        """Whether the name head word ``index`` ends is a part named after 其中 (其中鏡湖醫院,
        其中在横琴医院…: a place of action after it too)."""
        at = self._name_start(index, name)
        folded = self.folded
        if at > 0 and folded[at - 1] in _OPEN_BRACKETS and index > 0 and \
                self._heads.ends[index - 1] == at - 1 and (before := self._name(index - 1)):
            return self._part(index - 1, before)  # 横琴医院（横琴医院）: the name's short form
        mark = next((m for m in _LIST_MARKS if folded.endswith(m, 0, at)), None)
        if mark and index > 0 and self._heads.ends[index - 1] == at - len(mark) and \
                (before := self._name(index - 1)):
            return self._part(index - 1, before)  # 其中玛丽医院及伊利沙伯医院: a list of parts
        if self._listed_before_respectively(index, name):
            return True  # A医院…，B医院…，分别占…: the parts of a whole
        if folded.endswith(_LOCATIVE_WORDS, 0, at):
            at -= next(len(w) for w in _LOCATIVE_WORDS if folded.endswith(w, 0, at))
        return folded.endswith(_PART_WORDS, 0, at)

    def place(self, start: int, end: int, outer: int | None = None,
              listed: bool = True) -> str | None:
        """The last place named in text[start:end]: of the gazetteer, or an area above a city
        (大灣區, 全省 -> 广东省, 本港 -> 香港); 我市 and 全市 are the region. A place after 占
        is the whole a share is of: a place named before it in its clause is the share's
        (深圳占全省的五分之二 -> 深圳). ``listed`` False: not a city listed with other cities."""
        found = self._last_place(start, end, listed) if self._places.starts else None
        if found is None:
            if not self._region_words:
                return None
            if self._region_word(start, end, _HOME_CITY_WORDS):
                return self._home
            return self._home_district if self._region_word(start, end, _HOME_DISTRICT_WORDS) \
                else None
        at, _ = found
        if at > 0 and self.folded[at - 1] in _SHARE_OF:
            clause = max(self._clause_start(at), start)
            found = self._last_place(clause, at - 1) or (
                # …前海各医疗机构服务港澳人士46.2万人次，占深圳全市…: the part is an earlier clause's
                outer is not None and outer < clause and self._part_of(
                    self._last_place(outer, clause), found[1])) or found
        return found[1]

    @staticmethod
    def _part_of(part: tuple[int, str] | None, whole: str) -> tuple[int, str] | None:
        """``part`` when its place lies inside ``whole`` (前海 in 深圳), else None."""
        if part is None:
            return None
        inner, outer = to_simplified(part[1]), to_simplified(whole)
        city = regions.city_of(outer)
        return part if city and regions.is_city(outer) and inner != outer and \
            regions.city_of(inner) == city and not regions.is_city(inner) else None

    @cached_property
    def _region_words(self) -> bool:
        """Whether the article says 我市, 本市 or 全市 anywhere and has a city they stand for, or
        我区, 全区 and has a district's bureau."""
        return any(word in self.folded for word in _HOME_CITY_WORDS) and bool(self._home) or \
            any(word in self.folded for word in _HOME_DISTRICT_WORDS) and bool(self._home_district)

    @cached_property
    def _home_district(self) -> str | None:
        """The district 我区 and 全区 stand for: that of the first bureau named with a district
        (黄埔区卫生健康局), or None."""
        found = _HOME_DISTRICT_BODY.search(self.folded)
        if found:
            return self.text[found.start(1):found.end(1)]
        found = _HOME_DISTRICT_BODY.search(self.publisher)
        return self.issuer[found.start(1):found.end(1)] if found else None

    @cached_property
    def _home(self) -> str | None:
        """The city 我市 and 全市 stand for: that of the first bureau named with a city (来源：
        珠海市卫生健康局, the issuer of a report), else the article's region."""
        found = _HOME_BODY.search(self.folded) or _HOME_BODY.search(self.publisher)
        return found.group(1) if found else self.region

    def _region_word(self, start: int, end: int, words: tuple[str, ...]) -> bool:
        """Whether text[start:end] says one of ``words`` (我市, 全区; not after 占: 占全市的近四成)."""
        for word in words:
            at = self.folded.find(word, start, end)
            if at >= 0 and (at == 0 or self.folded[at - 1] not in _SHARE_OF):
                return True
        return False

    def _last_place(self, start: int, end: int, listed: bool = True) -> tuple[int, str] | None:
        """Where the last place of text[start:end] starts, and the place as the entity (合作区:
        the zone the text names, else the place before it)."""
        places = self._places
        low, high = places.bounds(start, end)
        for index in reversed(range(low, high)):
            at, token = places.starts[index], places.token(index)
            if token == _ZONE_SHORT:  # 合作区 said alone: the zone the text names, else as
                # written (a headline read on its own: its article names the zone)
                return at, self._zone or self.text[at:places.ends[index]]
            if self._quoted(at):
                continue  # 「长者医疗券大湾区试点计划」: a place in a scheme's name
            if self.folded.startswith(_FACILITIES, places.ends[index]):
                continue  # 经横琴口岸转运: a place naming a port or a road, not the figure's
            if self.folded.startswith(_OUTSIDE, places.ends[index]):
                continue  # 居於澳門以外地區的受益人: everywhere but that place
            canonical = _AREA_OF.get(token)
            if canonical:
                return at, self._written(canonical)
            end = places.ends[index]
            if not listed and self._among_cities(at, end, token):
                continue  # 珠海、中山及江門分別為…。入住長者…: a later sentence is of them all
            if self.folded.endswith(_JOIN_WORDS, 0, at) and \
                    self.folded.startswith(_SCHEME_AFTER, end + self.folded.startswith("市", end)):
                continue  # 参加珠海(市)医保: the scheme's city, not the figure's place
            return at, self._listed_city(at, end, token) or self.text[at:end]
        return None

    def _in_title(self, index: int) -> bool:
        """Whether head word ``index`` stands inside a quoted title that goes on after it
        (「支援粤港澳大湾区医院管理局病人先导计划」: a scheme's name, not the body)."""
        end = self._heads.ends[index]
        return end < len(self.folded) and self.folded[end] not in _CLOSING_QUOTES and \
            self._quoted(self._heads.starts[index])

    def _quoted(self, at: int) -> bool:
        """Whether ``at`` stands inside quotation marks opened shortly before it."""
        window = self.folded[max(0, at - _QUOTE_REACH):at]
        return any(window.rfind(opening) > window.rfind(closing) for opening, closing in NAME_QUOTES)

    def _listed_city(self, at: int, end: int, token: str) -> str | None:
        """The city of a district named in a list of places of that city (在火炬开发区和坦洲镇新设,
        在大亚湾区、仲恺高新区建成), or None: the figure is of them all."""
        if not regions.is_district(token):
            return None
        city = regions.city_of(token)
        if not city or city in regions.SARS:
            return None
        folded = self.folded
        if folded.startswith(_PLACE_SUFFIXES, end):  # 大亚湾|区、仲恺高新区
            end += 1
        if folded.startswith(_LISTED_AND_OTHERS, end):  # 凤岗、塘厦等临深片区: several of the city
            return self._whole_of_listed(city)
        if _LISTED_EXAMPLES.match(folded, end):  # 居住在坦洲、三乡、南朗等镇街的: examples, of their city
            return self._whole_of_listed(city)
        after = _LISTED_AFTER.match(folded, end)
        before = None if after else _LISTED_BEFORE.search(folded, max(0, at - _LISTED_REACH), at)
        neighbour = (after or before) and (after or before).group(1) or self._place_beside(at, end)
        if not neighbour or neighbour.endswith(_NOT_LISTED_PLACES):
            return None
        other = regions.city_of(to_simplified(neighbour))
        return self._whole_of_listed(city) if other in (None, city) else None

    def _among_cities(self, at: int, end: int, token: str) -> bool:
        """Whether the city at text[at:end] is listed with another city (珠海、中山及江門,
        深圳和广州): a figure after the list is of them all, no one city's."""
        if not regions.is_city(token):
            return False
        neighbour = self._place_beside(at, end)
        return bool(neighbour) and regions.is_city(to_simplified(neighbour)) and \
            regions.city_of(to_simplified(neighbour)) != regions.city_of(token)

    def _place_beside(self, at: int, end: int) -> str | None:
        """A place of the gazetteer listed right before or after the one at text[at:end] (在蛇口、
        前海片区: 蛇口), or None."""
        places, folded = self._places, self.folded
        index = bisect.bisect_left(places.starts, at)
        for other in (index - 1, index + 1):
            if 0 <= other < len(places.starts):
                gap = folded[places.ends[other]:at] if other < index else \
                    folded[end:places.starts[other]]
                if gap in _LIST_MARKS:
                    return places.token(other)
        return None

    def _whole_of_listed(self, city: str) -> str:
        """What places of ``city`` listed together are of: the district of the bureau issuing the
        text when it lies in that city (大亚湾医保分局: 在澳头、西区、霞涌3个街道设立…), else the city."""
        home = self._home_district
        if home and regions.city_of(to_simplified(home)) == city:
            return home
        return self._as_written(city, city)

    def institution_after(self, start: int, end: int) -> str | None:
        """The first institution named in text[start:end] (``53名澳门医生签约入驻横琴医院``)."""
        return self._first_after(start, end)[1]

    def _before_part(self, start: int, end: int) -> int:
        """Where a part of a whole is first named in text[start:end] (…約2.9萬名病人，其中約8,200名
        經轉介往某醫院: the figure before 其中 is the whole's, not the part's), or ``end``."""
        return min((at for word in _PART_WORDS if (at := self.folded.find(word, start, end)) >= 0),
                   default=end)

    def _phrase_end(self, start: int, end: int) -> int:
        """Where the phrase of text[start:end] ends at a headline break (病床增至1,050張　坦洲醫學中心…:
        the institution after the break is the next phrase's), or ``end``."""
        if " " not in self.folded[start:end] and "\u3000" not in self.folded[start:end]:
            return end
        cut = _PHRASE_AFTER.search(self.folded, start, end)
        return cut.start() if cut else end

    def _first_after(self, start: int, end: int) -> tuple[int, str | None]:
        """Where the first institution named in text[start:end] ends, and its name."""
        low, high = self._heads.bounds(start, end)
        for index in range(low, high):
            if self._heads.token(index)[0] not in _REFERRING:
                name = self._name(index)
                if name:
                    return self._heads.ends[index], name
        return end, None

    def entity(self, sentence: tuple[int, int], span: tuple[int, int],
               paragraph_start: int) -> str | None:
        """Entity of a figure at ``span``: an institution named before it in its sentence, or
        after it in its sentence, a place before it in its sentence, the same in its paragraph
        before it, then the article's region."""
        return self.entity_and_source(sentence, span, paragraph_start)[0]

    def entity_and_source(self, sentence: tuple[int, int], span: tuple[int, int],
                          paragraph_start: int) -> tuple[str | None, bool]:
        """``entity``, and whether it is only the article's region (``_entity_and_source``); a
        sentence opening with 其中 that names nothing before its figure goes on about the whole the
        sentence right before it stated (全澳累計接種…；其中長者接種…: the whole's entity)."""
        part = self._part_of_last(sentence, span[0])
        found = part or self._entity_and_source(sentence, span, paragraph_start)
        self._last_figure = (sentence, found, part is not None)
        if found[0] and (full := _AREA_FULL_FORMS.get(to_simplified(found[0]))):
            return self._fullest_area(full) or found[0], found[1]
        return found

    def _fullest_area(self, full: str) -> str | None:
        """An area's full form (粤港澳大湾区) as the text or its title writes it, if either does."""
        if full not in self._area_forms:
            at = self.folded.find(full)
            title = to_simplified(self._headline)
            self._area_forms[full] = self.text[at:at + len(full)] if at >= 0 else (
                self._headline[title.find(full):title.find(full) + len(full)] if full in title else None)
        return self._area_forms[full]

    def _part_of_last(self, sentence: tuple[int, int], start: int) -> tuple[str | None, bool] | None:
        """The entity of the figure before, when this figure's sentence opens with a part word
        (其中) right after that figure's sentence and names no institution or place before it."""
        last = self._last_figure
        if last is None or last[1][1] or not last[1][0]:
            return None
        (s_start, _), (_, l_end) = sentence, last[0]
        folded = self.folded
        opening = s_start
        while opening < start and folded[opening] in _CLAUSE_MARKS:
            opening += 1
        if last[0] == sentence and not last[2] or last[0] != sentence and (
                l_end > s_start or folded[l_end:opening].strip(_SENTENCE_GAP)) or \
                not folded.startswith(_PART_WORDS, opening):
            return None  # (a later figure of the part's sentence: the same, as the first took)
        low, high = self._heads.bounds(opening, start)
        places = self._places.bounds(opening, start)
        if high > low or places[1] > places[0]:
            return None
        return last[1]

    def _entity_and_source(self, sentence: tuple[int, int], span: tuple[int, int],
                           paragraph_start: int) -> tuple[str | None, bool]:
        """``entity``, and whether it is only the article's region (no name near the figure).
        An institution before it in its sentence comes first (names listed before 等 are
        examples of what is counted, not entities: 滨江医院、桂澜医院等3家医院), then a place
        before it in its clause, or an institution or place after it there (可在十三個大灣區服務點,
        签约入驻东莞康华医院), a place before it in its sentence, an institution after it there; then its
        paragraph, then a heading line right above it, then an institution of the paragraph before. A whole place said in its own clause
        (医院…，全市医疗机构共…) wins over an institution of an earlier clause. In a list of places
        (深圳、廣州及東莞…分別為A、B及C) each value takes its place."""
        (s_start, s_end), (start, end) = sentence, span
        listed = self._place_of_listed_value(s_start, start) or \
            self._listed_place(s_start, start) or self._listed_name(s_start, start) or \
            self._whole(s_start, start) or self._computed_over(s_start, start) or \
            self._whole_counted(start)
        if listed:
            return listed, False
        if self._surveyed(s_start, start, end):  # 約62%受訪者…曾在江門求醫: the survey's body
            found, lead_end = self._in_item(s_start, start)
            found = found or self.carried(max(paragraph_start, start - LOOKBACK), lead_end) or \
                self._before_paragraph(paragraph_start, s_end)
            return found, not found
        if self._kind_opens(s_start, start) or self._kind_goes_on(s_start, start):
            # 衛生中心門診共42.3萬人次: a kind of institution opening the figure's clause is all of
            # that kind, run by the body issuing the text; not a hospital of an earlier clause
            return self._issuer or self._region_written, True
        found, lead_end = self._in_item(s_start, start)
        if found and (label := _DEPARTMENT_LABEL.match(self.folded, paragraph_start)) \
                and to_simplified(found) in label.group():
            found = self._department_of(paragraph_start) or found  # 国际医疗部（港澳服务中心）：…
        if found:
            found = self._joint(s_start, start) or found
            found = self._past_place_of_action(s_start, start) or found
            found = self._past_speaker(s_start, start, found) or \
                self._qualified((s_start, s_end), start, end) or found
        if not found:
            # which place lookups can find anything: places (or 我市) before the figure, after it
            low, high = self._places.bounds(s_start, s_end)
            split = bisect.bisect_left(self._places.starts, start, low, high)
            before = split > low or self._region_words
            clause = max(self._clause_start(start), s_start) if before else s_start
            found = before and self.place(clause, start, s_start)
            if not found:
                phrase_end = self._phrase_end(end, s_end)
                clause_end = min(self._clause_end(end), phrase_end)
                at, after = self._first_after(end, min(self._before_part(end, s_end), phrase_end))
                found = (after if at <= clause_end else None) or (
                    (split < high or self._region_words) and self.place(end, clause_end)) or (
                    before and clause > s_start and self.place(s_start, clause)) or after
        if found:
            return found, False
        lookback = max(paragraph_start, start - LOOKBACK)
        found = self._quote_speaker(s_start, s_end) or \
            self._carried_or_later_place(lookback, lead_end) or \
            self._heading(paragraph_start) or self._before_paragraph(paragraph_start, s_end) or \
            self._department_of(paragraph_start)
        return (found, False) if found else (self._issuer or self._region_written, True)

    def _department_of(self, paragraph_start: int) -> str | None:
        """The hospital of a paragraph opening with a department's label (针灸科：…): the last
        hospital named before it, however far back; None for any other paragraph."""
        if not _DEPARTMENT_LABEL.match(self.folded, paragraph_start):
            return None
        low, high = self._heads.bounds(0, paragraph_start)
        for index in reversed(range(low, high)):
            if self._heads.token(index)[0] in _REFERRING:
                continue
            name = self._name(index)
            if name and to_simplified(name).endswith("院"):
                return name
        return None

    def _quote_speaker(self, s_start: int, s_end: int) -> str | None:
        """Who says a quoted sentence that names nothing itself, named right after its closing
        quotation mark (“今年港澳居民诊疗量有望突破60万人次。”东莞市卫生健康局相关负责人表示): that
        body (a bureau: its place); None when the sentence is no quotation or no one is named."""
        folded = self.folded
        opening = s_start
        while opening < s_end and folded[opening] in _CLAUSE_MARKS:
            opening += 1
        if not folded.startswith(_OPENING_QUOTES, opening):
            return None
        close = s_end + 1 if s_end < len(folded) and folded[s_end] in "。！？!?" else s_end
        if not folded.startswith(_CLOSING_QUOTE_MARKS, close):
            return None
        reach = close + 1 + _SPEAKER_REACH
        at, name = self._first_after(close + 1, min(reach, len(folded)))
        if not name:
            return None
        said = folded[at:at + _SPEAKER_REACH]
        return name if any(verb in said for verb in _SPEECH) else None

    @cached_property
    def _region_written(self) -> str | None:
        """The article's region as the entity of a figure naming nothing, in the article's
        script (澳門 in a traditional release of a Macao body that never writes the name)."""
        return self._written(self.region) if self.region in regions.SARS else self.region

    def _joint(self, s_start: int, start: int) -> str | None:
        """The city of institutions listed together right before a figure that counts them
        together (博罗县人民医院、惠东县人民医院全年共接诊…, 东莞市人民医院、东莞康华医院两家…), when
        they are all of one city; None otherwise (one name; 分别: each its own)."""
        heads, folded = self._heads, self.folded
        low, high = heads.bounds(s_start, start)
        names: list[tuple[int, str]] = []
        for index in reversed(range(low, high)):
            name = None if heads.token(index)[0] in _REFERRING else self._name(index)
            if not name:
                if names:
                    break
                continue
            end = heads.ends[index]
            if names:
                if folded[end:names[0][0]] not in _JOINT_MARKS:
                    break
            elif not _TOGETHER.search(folded, end, start) or _ITEM_END.search(folded, end, start) \
                    or folded.find("分别", end, start) >= 0:
                return None
            begin = heads.starts[index] - len(name) if self._is_bureau(index) and \
                to_simplified(name) not in _KNOWN_BODIES else self._name_start(index, name)
            names.insert(0, (begin, name))  # (a bureau named with its place: where the place is)
        if len(names) < 2:
            return None
        cities = {regions.city_of(to_simplified(name)) for _, name in names}
        city = cities.pop() if len(cities) == 1 else None
        return self._as_written(city, city) if city and city not in regions.SARS else None

    def _surveyed(self, s_start: int, start: int, end: int) -> bool:
        """Whether a figure is an answer to a survey: it counts respondents (约62%受访者), or its
        sentence counts them before it (…逾半数受访者每月…不超过1,000元, 受访的520名…中，近六成)."""
        if not self._respondents:
            return False
        folded = self.folded
        if folded.startswith(_RESPONDENT_WORDS, end) or folded.startswith(_RESPONDENT_WORDS, end + 1) \
                and folded[end] == "的":
            return True
        return _RESPONDENTS_BEFORE.search(folded, max(s_start, start - LOOKBACK), start) is not None

    @cached_property
    def _respondents(self) -> bool:
        """Whether the text speaks of respondents anywhere (受访者, 受訪)."""
        return any(word in self.folded for word in _RESPONDENT_WORDS)

    def _kind_goes_on(self, s_start: int, start: int) -> bool:
        """Whether the figure stands in a later clause of a sentence a kind of institution opens
        (衛生中心上半年舉辦健康講座逾千場，參與市民萬餘人次), with no name or place between: it goes
        on about the kind."""
        first = self._clause_end(s_start)
        if first >= start:
            return False
        heads, places = self._heads.bounds(first, start), self._places.bounds(first, start)
        return heads[1] <= heads[0] and places[1] <= places[0] and self._kind_opens(s_start, first)

    def _kind_opens(self, s_start: int, start: int) -> bool:
        """Whether the figure's clause opens with a kind of institution (卫生中心, 社区卫生服务中心,
        公立医院: a generic description and a head word, no name) with no name or place between
        it and the figure."""
        clause = max(self._clause_start(start), s_start)
        while clause < start and self.folded[clause] in _CLAUSE_MARKS:
            clause += 1
        low, high = self._heads.bounds(clause, start)
        if high <= low or self._heads.token(low)[0] in _REFERRING:
            return False
        prefix = self.folded[clause:self._heads.starts[low]]
        if not prefix or not _GENERIC.match(prefix) or self._name(low) or \
                any(self._name(index) for index in range(low + 1, high)):
            return False
        places = self._places.bounds(clause, start)
        return places[1] <= places[0]

    def _past_place_of_action(self, s_start: int, start: int) -> str | None:
        """The subject named before a place of action (在离岛医疗综合体) of an earlier clause than
        the figure's, when that place is the nearest name before the figure; None otherwise."""
        low, high = self._heads.bounds(s_start, start)
        index = next((i for i in reversed(range(low, high)) if self._entity_at(i)), None)
        if index is None:
            return None
        name = self._entity_at(index)
        at = self._name_start(index, name)
        clause = self._clause_start(start)
        if at >= clause or not self.folded.endswith(_LOCATIVE_WORDS, 0, at) or \
                not self.folded.startswith(_AND_THEN, clause):
            return None
        return self.institution(s_start, at)

    def _in_item(self, s_start: int, start: int) -> tuple[str | None, int]:
        """The institution before a figure in its sentence, the names of earlier items of an
        enumeration left out (…工作：一是推进A医院建设…；二是力争签约率达到45%: not A医院's), and
        where the text before the enumeration ends (what the figure may carry from)."""
        enumeration = self._enumeration(start) if self._items else None
        if enumeration is None:
            return self.institution(s_start, start), s_start
        first, last = enumeration
        if s_start < first:  # the items are clauses of the figure's sentence
            return self.institution(last, start) or self.institution(s_start, first), s_start
        return self.institution(max(s_start, last), start), first

    def _enumeration(self, start: int) -> tuple[int, int] | None:
        """Where the first item (一是) of an enumeration holding a figure of a later item starts,
        and where that later item starts; None when the figure is in no later item."""
        folded = self.folded
        marks = list(_ITEM_MARK.finditer(folded, max(0, start - LOOKBACK), start))
        if not marks or marks[-1].group()[0] == _FIRST_ITEM:
            return None
        last = marks[-1].start()
        if _ITEM_END.search(folded, last, start):
            return None  # the item ended before the figure
        firsts = [m.start() for m in marks if m.group()[0] == _FIRST_ITEM]
        return (firsts[-1], last) if firsts else None

    @cached_property
    def _circumstance_marks(self) -> tuple[str, ...]:
        """The words of circumstance (随着) the text holds."""
        return tuple(mark for mark in _CIRCUMSTANCE_MARKS if mark in self.folded)

    @cached_property
    def _items(self) -> bool:
        """Whether the text enumerates anything (二是, the second item, anywhere)."""
        return _ITEM_MARK.search(self.folded) is not None

    def _before_paragraph(self, paragraph_start: int, s_end: int) -> str | None:
        """The last institution of the paragraph before (within reach), for a paragraph that
        names nothing itself: it goes on about it (仁伯爵綜合醫院… / 急診方面，全年…). Not for a
        heading (a short line with no end mark: it opens what follows), nor from a photo
        caption (▲…, ▶…)."""
        folded = self.folded
        if paragraph_start < 1 or folded[paragraph_start - 1] != "\n":
            return None
        line_end = folded.find("\n", paragraph_start)
        line = folded[paragraph_start:line_end if line_end >= 0 else len(folded)].strip()
        if len(line) <= _HEADING_LENGTH and line[-1:] not in _NOT_HEADING_ENDS:
            return None
        reach = max(0, paragraph_start - LOOKBACK)
        before = folded.rfind("\n", reach, paragraph_start - 1)
        while before > reach and not folded[before + 1:paragraph_start - 1].strip():
            before = folded.rfind("\n", reach, before)  # blank lines between paragraphs
        if folded[before + 1:paragraph_start].lstrip().startswith(_CAPTION_MARKS) or \
                _SECTION_NUMBER.match(folded, paragraph_start):
            return None  # a caption's paragraph; a new numbered section (三、人才队伍建设。)
        # its subject: the first institution it names (not one inside a longer name, not a part)
        low, high = self._heads.bounds(max(reach, before + 1), paragraph_start - 1)
        for index in range(low, high):
            name = self._entity_at(index)
            if not name or self._part(index, name) or self._sourced(index, name):
                continue
            after = self._entity_at(index + 1) if index + 1 < high else None
            if after and self._name_start(index + 1, after) <= self._name_start(index, name):
                continue  # 澳門街坊會聯合總會|橫琴綜合服務中心: the longer name holds it
            # 衛生局公佈…統計。2025年澳門特別行政區共有…。 / 統計顯示，…: a later sentence of the
            # paragraph before opening with a place, before any other institution, is what the
            # figures go on about (the territory), not the body that issued them
            following = self._entity_at(index + 1) if index + 1 < high else None
            stop = self._name_start(index + 1, following) if following else \
                self._heads.starts[index + 1] if index + 1 < high else paragraph_start - 1
            return self._later_place(index, stop) or name
        return None

    def _later_place(self, index: int, end: int) -> str | None:
        """The last place of a later sentence than the institution head word ``index`` ends,
        up to ``end``, opening its sentence or right after a time that opens it (2025年澳門特別
        行政區共有…; not 其中南沙区…, 佔全港…, 在广州…), or None."""
        after = self._heads.ends[index]
        found = self._last_place(after, end) if self._places.starts else None
        if not found or not _ITEM_END.search(self.folded, after, found[0]):
            return None
        opening = max(self.folded.rfind(mark, after, found[0]) for mark in _SENTENCE_ENDS) + 1
        lead = self.folded[opening:found[0]].strip()
        if not lead or lead[-1] in _TIME_ENDS and _TIME_LEAD.fullmatch(lead):
            return found[1]
        return None

    @cached_property
    def _issuer(self) -> str | None:
        """The city of a bureau named at the head of the text (珠海市卫生健康局　2023-09-12, 记者从
        中山市医疗保障局获悉), or a well-known body named there (衞生局今日公佈…, a Macao
        release), or the institution whose own report the text is (江门市妇幼保健院2024年度工作报告):
        what a figure naming nothing near it is about, before the region."""
        if own := self._own_report:
            return own
        found = _HOME_BODY.search(self.folded, 0, _HEAD_OF_TEXT)
        district = _HOME_DISTRICT_BODY.search(self.folded, 0, _HEAD_OF_TEXT)
        if district and (not found or district.start() <= found.end()):
            # 来源：深圳市龙岗区卫生健康局 (广州市南沙区医疗保障局): a district's bureau issues it, of the district (惠州市医疗
            # 保障局大亚湾经济技术开发区分局: the city bureau's branch there too)
            return self.text[district.start(1):district.end(1)]
        if found:
            return found.group(1)
        district = _HOME_DISTRICT_BODY.search(self.publisher)  # its source line, read off
        city = district and _HOME_BODY.search(self.publisher, 0, district.start())
        if district and (not city or city.end() >= district.start()):
            return self.issuer[district.start(1):district.end(1)]
        heads = self._heads
        for index in range(*heads.bounds(0, _HEAD_OF_TEXT)):
            name = None if heads.token(index)[0] in _REFERRING else self._name(index)
            if name and to_simplified(name).endswith(tuple(_KNOWN_BODIES)):
                return name
        # the source line ingest took off the text (来源：江门市新会区卫生健康局)
        found = _HOME_BODY.search(self.publisher)
        district = _HOME_DISTRICT_BODY.search(self.publisher)
        if district and (not found or district.start() < found.start()):
            return self.issuer[district.start(1):district.end(1)]
        return found.group(1) if found else self._publishing_body

    @cached_property
    def _own_report(self) -> str | None:
        """The institution a title names as the author of its own report (江门市妇幼保健院2024年度
        工作报告, 某医院2025年年报), as written; None for any other title."""
        written = to_simplified(self._headline)
        report = _OWN_REPORT.search(written)
        if not report:
            return None
        before = written[:report.start()]
        head = next((m for m in _HEAD_RE.finditer(before) if m.end() == len(before)), None)
        name = head and name_ending_at(before[-_WINDOW:], head.group())
        if not name:
            return None
        written_name = self._headline[len(before) - len(name):len(before)]
        return _place_of_bureau(written_name) or written_name  # (a bureau's report: its place's)

    def _past_speaker(self, s_start: int, start: int, speaker: str) -> str | None:
        """A place inside a bureau's own (the city, a district of it) said after the sentence's
        opening speech clause, before the figure, with no institution there (市医保局有关负责人
        表示，…计划在横琴新增2个…): the bureau is only the source. None otherwise (记者从…获悉
        is no speech clause; 省卫健委表示，…在大湾区执业… names a wider area)."""
        said = self._clause_end(s_start)
        if said >= start or not self.folded.endswith(_SPEECH, s_start, said) or \
                self.institution(said, start):
            return None
        place = self.place(said, start, listed=False)  # 入住珠海、中山兩地…: of them all, the speaker's
        city = place and regions.city_of(to_simplified(place))
        if not city or city in regions.SARS or entity_type(place) == "region":
            return None
        if entity_type(speaker) not in _PLACE_TYPES:
            # 工聯…主任表示，…在江門居住的澳門居民約1.86萬人: the speaker is only the source, unless
            # it acts in what follows (衛生局表示，今年向在合作區就醫的澳門居民發放…)
            acts = any(self.folded.find(word, said, start) >= 0 for word in _ACTING_FOR)
            return None if acts else place
        outer = to_simplified(speaker)
        return place if outer in _PROVINCE or regions.city_of(outer) == city else None

    def _qualified(self, sentence: tuple[int, int], start: int, end: int) -> str | None:
        """A place right after the figure, qualifying what it counts (十三個大灣區服務點, 3家深圳
        医院), when the institution before it is named in an earlier clause only: the place."""
        (s_start, s_end), clause = sentence, self._clause_start(start)
        if clause <= s_start or self.institution(clause, start):
            return None
        clause_end = min(self._clause_end(end), s_end)
        if self.folded.startswith(_PART_WORDS, clause) and not self.institution(end, clause_end):
            # …，其中约一半集中在横琴: a part's clause is of the place it names, after the figure
            # or right after the part word (…，其中深圳佔約六成; not 其中来自香港的病人)
            word = next(w for w in _PART_WORDS if self.folded.startswith(w, clause))
            low, high = self._places.bounds(clause + len(word), start)
            if high > low and self._places.starts[low] == clause + len(word):
                return self.place(clause, self._places.ends[low])
            return self.place(end, clause_end)
        found = self._places.bounds(end, min(end + _QUALIFIER_REACH, clause_end))
        if found[1] <= found[0] or self._places.starts[found[0]] - end > _COUNTER_LENGTH or \
                any(c in _PREPOSITIONS or c in _RESIDING or c in _LIST_MARKS for c in
                    self.folded[end:self._places.starts[found[0]]]):
            # 612名居于大湾区的受访长者: where those counted live, not the entity; 珠海97名、中山41名:
            # the next item's place
            return None
        return self.place(end, self._places.ends[found[0]])

    def _whole(self, s_start: int, start: int) -> str | None:
        """The place a whole word (全市, 我市, 全省, 全港) stands for when it opens the figure's
        clause with no institution between, after an institution in an earlier clause (not
        after 占: 占全市的四成 is what a share is of; not after a body that runs the whole:
        醫管局…，全港公立醫院…)."""
        clause = max(self._clause_start(start), s_start)
        found = _WHOLE.search(self.folded, clause, start) if clause > s_start else None
        if not found and clause > s_start + 1:
            # 全港共接種…約221萬劑次，較上年度增加5.8%: a later clause naming nothing goes on
            # about the whole the clause before opened with
            before = max(self._clause_start(clause - 1), s_start)
            found = _WHOLE.search(self.folded, before, clause) if before > s_start else None
            heads, places = self._heads.bounds(before, start), self._places.bounds(before, start)
            if found and heads[1] <= heads[0] and places[1] <= places[0] + 1 and (
                    found.start() == before or self.folded[found.start() - 1] in _TIME_ENDS):
                clause = before
            else:
                found = None
        if not found or self.folded[found.start() - 1] in _SHARE_OF or \
                self.folded[found.start() - 1] in _PREPOSITIONS or self.institution(clause, start):
            return None  # 为全市…孕产妇, 对全市41家机构: whom the institution serves
        earlier = self.institution(s_start, clause)
        if not earlier:
            return None
        if to_simplified(earlier).endswith(tuple(_KNOWN_BODIES)):
            low, high = self._heads.bounds(found.end(), start)
            if high > low:  # 醫管局…，全港公立醫院…: the institutions the body runs
                return None
        if found.group() in _HOME_CITY_WORDS and regions.is_city(to_simplified(earlier)) or \
                found.group() in _HOME_DISTRICT_WORDS and regions.is_district(to_simplified(earlier)):
            return earlier  # 中山市卫生健康局表示，…全市服务站…: the city its bureau named (a digest of several)
        return self.place(found.start(), start)

    def _whole_counted(self, start: int) -> str | None:
        """The place of a whole word (全区, 全市) written right before a count of institutions
        (覆盖全区17家镇卫生院), or None."""
        word = next((w for w in _WHOLE_COUNT_WORDS if self.folded.endswith(w, 0, start)), None)
        if word is None or not _INSTITUTION_COUNT.match(self.folded, start):
            return None
        return self.place(start - len(word), start)

    def _computed_over(self, s_start: int, start: int) -> str | None:
        """The whole a rate is computed over, said in the clause right before the figure's
        (以全港人口计算，每千人口约有4.1张病床 -> 香港), or None."""
        clause = max(self._clause_start(start), s_start)
        if clause <= s_start:
            return None
        before = max(self._clause_start(clause - 1), s_start)
        found = _COMPUTED_OVER.fullmatch(self.folded, before, clause - 1)
        return self.place(found.start(1), found.end(1)) if found else None

    def _heading(self, paragraph_start: int) -> str | None:
        """The institution or place of a heading line right above a paragraph (鏡湖醫院, 一、离岛
        医院运营情况: short, no full stop at its end), or None."""
        folded = self.folded
        if paragraph_start < 2 or folded[paragraph_start - 1] != "\n":
            return None
        line_start = folded.rfind("\n", 0, paragraph_start - 1) + 1
        line = folded[line_start:paragraph_start - 1].strip()
        if not line or len(line) > _HEADING_LENGTH or line[-1] in _NOT_HEADING_ENDS:
            return None
        # 三、須申報傳染病（資料來源：衞生局）: a body after a source label only gave the data
        end = min((at for label in _SOURCE_LABELS
                   if (at := folded.find(label, line_start, paragraph_start - 1)) >= 0),
                  default=paragraph_start - 1)
        return self.institution(line_start, end) or self.place(line_start, end)

    @cached_property
    def _breaks(self) -> array:
        """Where the clause marks (，；：) of the whole text stand, found once."""
        return array("q", [m.start() for m in _CLAUSE_BREAK_RE.finditer(self.folded)])

    @cached_property
    def _lists(self) -> bool:
        """Whether the text has a 分别 at all (else no value is one of a list)."""
        return "分别" in self.folded

    def _clause_start(self, position: int) -> int:
        """Where the clause of ``position`` starts: after the last clause mark before it."""
        index = bisect.bisect_left(self._breaks, position)
        return self._breaks[index - 1] + 1 if index else 0

    def _clause_end(self, position: int) -> int:
        """Where the clause of ``position`` ends: at the first clause mark from it."""
        index = bisect.bisect_left(self._breaks, position)
        return self._breaks[index] if index < len(self._breaks) else len(self.folded)

    def _listed_name(self, s_start: int, start: int) -> str | None:
        """The institution a value after 分别 stands for when its sentence lists names before it
        (深圳市人民医院、深圳市第二人民医院分别接诊3.2万、2.1万人次), or None."""
        folded = self.folded
        at = folded.rfind("分别", s_start, start) if self._lists else -1
        if at < 0:
            return None
        listed = self._listed_names(s_start, at)
        index = sum(folded.count(mark, at, start) for mark in _LIST_MARKS)
        return listed[index][1] if len(listed) >= 2 and index < len(listed) else None

    def _listed_names(self, s_start: int, at: int) -> list[tuple[int, str]]:
        """The names listed before the 分别 at ``at`` (where each starts, and the name)."""
        folded, heads, listed = self.folded, self._heads, []
        low, high = heads.bounds(s_start, at)
        for index in reversed(range(low, high)):  # the run of names joined by list marks
            name = None if heads.token(index)[0] in _REFERRING else self._name(index)
            if not name:
                break
            end = heads.ends[index]
            gap = folded[end:listed[0][0] if listed else at]
            if listed and name == listed[0][1] and gap in _OPEN_BRACKETS:
                listed[0] = (end - len(name), name)  # 香港大学深圳医院（港大深圳医院）: one name
                continue
            if not (gap.lstrip(_CLOSE_BRACKETS) in _LIST_MARKS if listed
                    else _LIST_TAIL.fullmatch(gap.lstrip(_CLOSE_BRACKETS))):
                break
            begin = heads.starts[index] if heads.starts[index] in self._alias_at else end - len(name)
            listed.insert(0, (begin, name))
        return listed if len(listed) >= 2 else self._named_clauses(s_start, at)

    def _listed_before_respectively(self, index: int, name: str) -> bool:
        """Whether the name head word ``index`` ends is one of the names a later 分别 of its
        sentence takes the values for (A医院出生1,338名，B医院出生1,861名，分别占…): a part."""
        folded, end = self.folded, self._heads.ends[index]
        if not self._lists:
            return False
        stop = _ITEM_END.search(folded, end)
        at = folded.find("分别", end, stop.start() if stop else len(folded))
        if at < 0:
            return False
        s_start = max(folded.rfind(mark, 0, end) for mark in _SENTENCE_MARKS) + 1
        return any(begin <= end - len(to_simplified(name)) < begin + len(name) + 1 and n == name
                   for begin, n in self._listed_names(s_start, at))

    def _named_clauses(self, s_start: int, at: int) -> list[tuple[int, str]]:
        """The names opening each of a run of clauses right before a clause opening with 分别
        (A医院出生1,338名，B医院出生1,861名，分别占…: A医院, B医院), each clause naming one; empty
        when 分别 opens no clause or fewer than two such clauses stand before it."""
        folded, heads, listed = self.folded, self._heads, []
        end = at
        while end > s_start and folded[end - 1] in _OWN_CLAUSE_MARKS:
            begin = max(folded.rfind(mark, s_start, end - 1) for mark in _OWN_CLAUSE_MARKS) + 1
            begin = max(begin, s_start)
            low, high = heads.bounds(begin, end - 1)
            names = {name for index in range(low, high)
                     if heads.token(index)[0] not in _REFERRING and (name := self._name(index))}
            if len(names) != 1:
                break
            name = names.pop()
            if not to_simplified(folded[begin:end]).lstrip().startswith(to_simplified(name)):
                break
            listed.insert(0, (begin, name))
            end = begin
        return listed if len(listed) >= 2 else []

    def _place_of_listed_value(self, s_start: int, start: int) -> str | None:
        """The place written right before a value listed after 分别 (分别转介至珠海97名、中山41名及
        广州76名: each value is its place's), or None."""
        if not self._lists or self.folded.rfind("分别", s_start, start) < 0:
            return None
        index = bisect.bisect_right(self._places.ends, start) - 1
        if index < 0 or self._places.ends[index] != start:
            return None
        return self.place(self._places.starts[index], start)

    def _listed_place(self, s_start: int, start: int) -> str | None:
        """The place a value after 分别 stands for when its sentence lists places before it
        (深圳、廣州及東莞的…分別為29,812人次、16,455人次及8,130人次), or None."""
        folded = self.folded
        at = folded.rfind("分别", s_start, start) if self._lists else -1
        if at < 0:
            return None
        index = sum(folded.count(mark, at, start) for mark in _LIST_MARKS)
        spans = [(self._places.starts[i], self._places.ends[i])
                 for i in range(*self._places.bounds(s_start, at))]
        listed: list[tuple[int, int]] = []
        for span in reversed(spans):  # the run of places joined by list marks before 分别
            if listed and folded[span[1]:listed[0][0]] not in _LIST_MARKS:
                break
            listed.insert(0, span)
        if len(listed) < 2 or index >= len(listed):
            return None
        place_start, place_end = listed[index]
        return self.text[place_start:place_end]

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
        simple, folded = to_simplified(name), self.folded
        if simple in self._aliases:
            return self._aliases[simple]  # 醫院管理局（醫管局）: the short form stands for the name
        if simple == _ZONE_SHORT and self._zone:
            return self._zone  # 合作区 of a headline: the zone its article names
        if simple in _SAR_FULL:  # 澳門 -> 澳門特別行政區 where the text writes that as a place
            full = self._sar_in_full(simple)
            if full:
                return self._as_written(full, name)
        forms = regions.official_forms(simple)
        if forms:  # a place: its official form where the text writes it, its fullest name
            folded = self._with_title
            # the bare name written on its own (在珠海各定点医院): an official form only opening a
            # name (珠海市人民医院) is not its fuller form; a place the text only refers to (全市) is
            bare = folded.count(simple) > sum(folded.count(form) for form in forms
                                              if form != simple and form.startswith(simple))
            best = max((form for form in forms if form == simple or form in folded
                        and (not bare or self._written_as_place(form))), key=len, default=simple)
            if best == simple and best[-1] not in _PLACE_SUFFIXES:  # 石岐 -> 石岐區 as written
                suffixed = re.search(re.escape(best) + _SUFFIX_AFTER, folded)
                best = suffixed.group() if suffixed and (
                    suffixed.group() not in forms or not bare
                    or self._written_as_place(suffixed.group())) else best
            city = regions.city_of(simple)
            written = _zones(simple[:2], folded)
            if city and best.endswith(DISTRICT_ENDINGS) and f"{city}市{best}" in folded:
                # 广州市南沙区, 东莞市虎门镇
                written.append(f"{city}市{best}")
            return self._as_written(max(written, key=len, default=best), name)
        if simple in _SAR_GOVERNMENT_SHORT:  # 特區政府 -> 香港特別行政區政府, where written
            fulls = {full for full in _SAR_GOVERNMENT_FULL if full in folded}
            if len(fulls) == 1:
                return self._as_written(fulls.pop(), name)
            if self.region in regions.SARS:  # else the government of the article's SAR
                return self._written(self.region) + name
        if simple in _FULL_FORM and _FULL_FORM[simple] in folded:  # 社保基金 -> 社會保障基金
            return self.fullest(self._as_written(_FULL_FORM[simple], name))
        best = name
        if folded.find(simple, folded.find(simple) + 1) >= 0 and \
                not simple.startswith(_FULL_OPENINGS):  # named more than once, not by its city
            at, seen = folded.find(simple, 1), 0
            while at > 0 and seen < _FORMS_LOOKED_AT:
                longer = self._opened(at, name)
                if longer and len(longer) > len(best):
                    best = longer
                at, seen = folded.find(simple, at + len(simple)), seen + 1
        # a fuller name of the article ending with it, where the fuller ones are one chain
        # (横琴医院 < 珠海市人民医院横琴医院; 蛇口港湾医院 < 深圳市南山区蛇口港湾医院)
        fuller = sorted({n for n in self._named if len(n) > len(best)
                         and to_simplified(n).endswith(simple)}, key=len)
        if fuller and all(to_simplified(fuller[-1]).endswith(to_simplified(f)) for f in fuller):
            best = fuller[-1]
        elif best == name:
            best = self._expanded(simple) or self._abbreviated(simple) or best
        if best == name and (own := _OWN_HOSPITAL_OPENING.match(simple)) and own.end() < len(simple):
            # 市人民医院|松山湖院区: a campus of the city's own hospital, named as that hospital is
            best = self.fullest(name[:own.end()]) + name[own.end():]
        # 桂澜医院|港澳医疗服务中心: a unit named after its hospital is its own entity (the figures its
        # sentence gives it are the unit's, as the corpus's writers read them), with its hospital
        # in that one's fullest form (港大深圳医院|国际医疗中心 -> 香港大学深圳医院国际医疗中心)
        unit = _HOSPITAL_OF_UNIT.match(to_simplified(best))
        if unit and (hospital := self.fullest(best[:unit.end(1)])) != best[:unit.end(1)]:
            return hospital + best[unit.end(1):]
        return best

    def _sar_in_full(self, sar: str) -> str | None:
        """The fullest form of a SAR's name (simplified) the text (or its title) writes as a
        place (澳门特别行政区共有…), not only opening its government's or a body's name
        (澳门特别行政区政府卫生局, 香港特区立法会); None when it writes none."""
        text = self._with_title
        for form in _SAR_FULL[sar]:
            for at in _occurrences(text, form, _FORMS_LOOKED_AT):
                end = at + len(form)
                if not text.startswith(_SAR_BODY_AFTER, end) and not _HEAD_RE.match(text, end):
                    return form
        return None

    def _written_as_place(self, form: str) -> bool:
        """Whether the text writes a place's official form (珠海市) as a place somewhere, not only
        as the opening of an institution's name (珠海市人民医院: the bare 珠海 stays as written);
        a bureau named with it (珠海市卫生健康局) stands for the place, and the title counts."""
        heads, folded = self._heads, self.folded
        for at in _occurrences(self._with_title, form, _FORMS_LOOKED_AT):
            end = at + len(form)
            if end > len(folded):
                return True  # in the title
            index = bisect.bisect_left(heads.starts, end)
            if index >= len(heads.starts) or heads.starts[index] - end > _WINDOW or \
                    heads.token(index)[0] in _REFERRING:
                return True
            name = self._name(index)
            if not name or self._is_bureau(index) or heads.ends[index] - len(name) > at:
                return True
        return False

    def _expanded(self, simple: str) -> str | None:
        """The one fuller name of the text that ``simple`` shortens: the same head word, its
        characters in order, its first two together (仁伯爵医院 -> 仁伯爵综合医院, 港大深圳医院 ->
        香港大学深圳医院, 卫生局 -> 澳门特别行政区政府卫生局), or None (none, or two; a name opening
        with its city or SAR is a full name of its own)."""
        head = _HEAD_END.search(simple)
        if not head or len(simple) < 3 or simple.startswith(_FULL_OPENINGS):
            return None  # 香港希玛医疗集团: named by its place, a full name of its own
        heads, found, folded, head = self._heads, set(), self.folded, head.group()
        if folded.count(simple[:2]) == folded.count(simple) and not any(
                folded.endswith(_EXPANDERS, max(0, at - _EXPANDER_LENGTH), at)
                for at in _occurrences(folded, simple, _FORMS_LOOKED_AT)):
            return None  # only the short form itself, after no place: no fuller name
        at, seen = folded.find(simple[:2]), 0
        while at >= 0 and seen < _FORMS_LOOKED_AT and len(found) < 2:
            # string search first: the short form itself, unless a place stands before it
            if not folded.startswith(simple, at) or \
                    folded.endswith(_EXPANDERS, max(0, at - _EXPANDER_LENGTH), at):
                index = bisect.bisect_right(heads.ends, at + 1)
                if index < len(heads.starts) and heads.starts[index] - at <= _WINDOW and \
                        heads.token(index)[0] not in _REFERRING and \
                        folded.endswith(head, 0, heads.ends[index]) and \
                        _in_order(simple, folded[at:heads.ends[index]]):
                    name = self._name(index)
                    full = to_simplified(name) if name else ""
                    if len(full) > len(simple) and full.endswith(head) and \
                            heads.ends[index] - len(full) <= at and _in_order(simple, full):
                        found.add(name)
            at, seen = folded.find(simple[:2], at + 1), seen + 1
        return found.pop() if len(found) == 1 else None

    def _abbreviated(self, simple: str) -> str | None:
        """The one fuller name of the text that ``simple`` abbreviates: the same head word, the
        short form's characters in order with a few added between (南医大深圳医院 -> 南方医科
        大学深圳医院, 中大附一院南沙院区 -> 中山大学附属第一医院南沙院区), the first opening the
        name or its second character (港大 -> 香港大学), or a university's short form standing
        for its full form there (UNIVERSITY_SHORT: 科大医院 -> 澳门科技大学医院); None when none
        is, or two are."""
        head = _HEAD_END.search(simple)
        if not head or len(simple) - len(head.group()) < 2 or simple.startswith(_FULL_OPENINGS):
            return None
        head = head.group()
        tail = _NUMBERED_TAIL if head in _NUMBERED_HEADS else head  # 中大五院: …第五医院
        short = next((s for s in _UNIVERSITY_FULL if simple.startswith(s)), None)
        heads, found, seen = self._heads, set(), 0
        for start, end in abbreviation_spans(simple, self.folded):
            if seen >= _FORMS_LOOKED_AT or len(found) > 1:
                break
            seen += 1
            if end - start == len(simple):
                continue  # the short form itself
            index = bisect.bisect_left(heads.ends, end)
            if index >= len(heads.ends) or heads.ends[index] != end or \
                    heads.token(index)[0] in _REFERRING:
                continue
            name = self._name(index)
            full = to_simplified(name) if name else ""
            begin = end - len(full)
            if len(full) <= len(simple) or not full.endswith(tail) or begin > start or \
                    not _in_order(simple, full):
                continue
            if start - begin <= 1 or short and full.startswith(_UNIVERSITY_FULL[short]):
                found.add(name)
        return found.pop() if len(found) == 1 else None

    @cached_property
    def _with_title(self) -> str:
        """The folded text, then the folded title (where it is not part of the text)."""
        return self.folded + "\n" + to_simplified(self.title) if self.title else self.folded

    def _as_written(self, simple: str, fallback: str) -> str:
        """A simplified name as the text (or its title) writes it (its first occurrence), else
        ``fallback`` when neither holds it; memoised (a city looked for on every figure of a
        huge article that never writes it)."""
        key = (simple, fallback)
        if key not in self._written_as:
            self._written_as[key] = self._first_written(simple, fallback)
        return self._written_as[key]

    def _first_written(self, simple: str, fallback: str) -> str:
        at = self._with_title.find(simple)
        written = self.text + "\n" + self.title if self.title else self.text
        return written[at:at + len(simple)] if at >= 0 else (
            simple if fallback == simple or not self.traditional else fallback)


def _occurrences(text: str, word: str, limit: int) -> list[int]:
    """Where ``word`` starts in ``text`` (the first ``limit`` times)."""
    found, at = [], text.find(word)
    while at >= 0 and len(found) < limit:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _in_order(short: str, full: str) -> bool:
    """Whether the characters of ``short`` stand in ``full`` in order (港大深圳医院, 香港大学深圳医院),
    the ones ``full`` adds no ordinal (深圳市人民医院 is not 深圳市第二人民医院)."""
    added, rest = [], iter(full)
    for character in short:
        for other in rest:
            if other == character:
                break
            added.append(other)
        else:
            return False
    return not _ADDED_ORDINALS.intersection(added)


def _abbreviation_parts(short: str) -> tuple[tuple[str, ...], str]:
    """The openings a match of ``short`` may start with (a university's short form opening it, or
    its full forms; else its first character) and the characters that follow in order."""
    university = next((s for s in _UNIVERSITY_FULL if short.startswith(s)), None)
    if university:
        return (university, *_UNIVERSITY_FULL[university]), short[len(university):]
    return (short[0],), short[1:]


def abbreviation_spans(short: str, text: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` holds the characters of ``short`` in order, each of the later ones after at
    most ``_GAP`` other Chinese characters that are not it (the first way, leftmost, not
    overlapping, as a possessive regex would match; a plain scan, since compiling one pattern per
    name cost more than the scans): 中大附一院 in 中山大学附属第一医院."""
    openings, rest = _abbreviation_parts(short)
    upcoming = {c: -1 for c in dict.fromkeys(opening[0] for opening in openings)}
    at, size = 0, len(text)
    while True:
        for c, found in upcoming.items():  # each first character's next place, found once
            if found < at:
                found = text.find(c, at)
                upcoming[c] = size if found < 0 else found
        at = min(upcoming.values())
        if at >= size:
            return
        end = next((e for opening in openings if text.startswith(opening, at)
                    and (e := _in_order_from(text, at + len(opening), rest, size)) >= 0), -1)
        if end >= 0:
            yield at, end
            at = end
        else:
            at += 1


def _in_order_from(text: str, at: int, rest: str, size: int) -> int:
    """Where the characters of ``rest`` end when found in order from ``at``, each after at most
    ``_GAP`` Chinese characters other than it; -1 when they are not."""
    for character in rest:
        gap = 0
        while at < size and gap < _GAP and text[at] != character and "\u4e00" <= text[at] <= "\u9fff":
            at, gap = at + 1, gap + 1
        if at >= size or text[at] != character:
            return -1
        at += 1
    return at


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


_ZONE_SHORT = ZONE_SHORT
_ZONE_REACH = 8
# the words of a zone name between its place and 合作区: never a preposition (澳门居民在合作区)
# (a word of zone names holding one is no preposition: 大亚湾|经济技术|开发区)
_ZONE_MIDDLE = re.compile("(?:" + "|".join(dict.fromkeys(map(to_simplified, ZONE_NAME_WORDS)))
                          + "|(?![" + "".join(sorted(
    {p for p in map(to_simplified, PREPOSITIONS) if len(p) == 1})) + "])[\u4e00-\u9fff])*")
_UNCLOSED = re.compile(r"[（(][^）)]*$")
_ORDINAL_CHARACTERS = frozenset("第一二三四五六七八九十0123456789")
# ... of which a fuller name may add 第 before a numeral the short form keeps (附一院: 附属第一医院)
_ADDED_ORDINALS = _ORDINAL_CHARACTERS - {"第"}
_INSIDE_BRACKETS = re.compile(r"^.*[（(](?=[^（()）]*$)")
# 醫院管理局（醫管局）, 香港大学深圳医院（以下简称“港大深圳医院”）
_ALIAS = re.compile(r"[（(](?:[A-Za-z\u00c0-\u00ff][A-Za-z\u00c0-\u00ff0-9 .'’&-]{1,80}[，,；;]\s*)?"  # (a
                    # Portuguese or English name first: 仁伯爵綜合醫院（Centro Hospitalar…，下稱仁伯爵醫院）)
                    r"(?:" + "|".join(dict.fromkeys(map(to_simplified, ALIAS_INTROS)))
                    + r")?[“\"「『]?([\u4e00-\u9fff]{2,12})[”\"」』]?[）)]")
_FULL_OPENINGS = tuple(f"{city}市" for city in regions.CITIES) + regions.SARS + PROVINCE
_PLACE_OPENERS = tuple(sorted(set(regions.place_names()) | set(regions.SARS) | set(SAR_FORMS)))
_OPENERS = _PLACE_OPENERS + tuple(_HEADS)
_OPENER_LENGTH = max(map(len, _OPENERS))
_EXPANDERS = _PLACE_OPENERS + _BODY_PLACES
_EXPANDER_LENGTH = max(map(len, _EXPANDERS))
_OPENER_ENDS = frozenset(place[-1] for place in _PLACE_OPENERS)  # a cheap first check
_FORMS_LOOKED_AT = 50  # occurrences of a name searched for a fuller form (a huge article)
_PLACE_SUFFIXES = PLACE_SUFFIXES  # written after a bare place name (石岐区)
_SUFFIX_AFTER = "(?:" + "|".join(dict.fromkeys(map(to_simplified, _PLACE_SUFFIXES))) + ")"
# Areas above a city: the form found (simplified) -> its canonical name; the first two forms of
# each are its simplified and traditional spelling.
_AREA_FORMS = {canonical: forms for canonical, forms in _cues.AREAS.items()}
_AREA_OF = {to_simplified(form): canonical for canonical, forms in _cues.AREAS.items()
            for form in forms if to_simplified(form) != canonical}
_SARS_AS_PLACES = tuple(map(to_simplified, regions.SARS))
_ACTING_FOR = tuple(dict.fromkeys(map(to_simplified, ACTING_FOR)))
_RESPONDENT_WORDS = tuple(sorted(dict.fromkeys(map(to_simplified, RESPONDENTS)), key=len, reverse=True))
_RESPONDENTS_BEFORE = re.compile(
    RESPONDENTS_COUNTED.format(respondents="|".join(_RESPONDENT_WORDS)) + "|"
    + RESPONDENTS_AMONG.format(respondents="|".join(_RESPONDENT_WORDS)))
# a SAR -> its full names as a place (simplified, the fullest first); a full name -> the SAR
_SAR_FULL = {sar: tuple(dict.fromkeys(map(to_simplified, forms))) for sar, forms in SAR_FULL_FORMS.items()}
_SAR_OF_FULL = {form: sar for sar, forms in _SAR_FULL.items() for form in forms}
_SAR_BODY_AFTER = tuple(dict.fromkeys(map(to_simplified, SAR_BODY_AFTER)))
_SAR_BEFORE = "".join(sorted({to_simplified(w) for w in _cues.SAR_PLACE_BEFORE}))
_SAR_NOT_BEFORE = "".join(sorted({to_simplified(w) for w in _cues.SAR_NOT_AFTER}))
_SAR_AFTER = "|".join(map(re.escape, sorted({to_simplified(w) for w in _cues.SAR_PLACE_AFTER},
                                            key=len, reverse=True)))
_AREA_RE = re.compile("|".join(
    (f"{re.escape(form)}(?<![{_SAR_NOT_BEFORE}]{re.escape(form)})"  # a literal first: fast
     f"(?:(?<=[{_SAR_BEFORE}]{re.escape(form)})|(?={_SAR_AFTER}|$))"
     if form in _SARS_AS_PLACES else re.escape(form))
    for form in sorted({to_simplified(f) for forms in _cues.AREAS.values() for f in forms},
                       key=len, reverse=True)) + "|" + _ZONE_SHORT)
# Head words that, standing alone at the start of a clause, refer back like 该院 (医院日均接诊…).
_BARE_HEADS = frozenset(map(to_simplified, BARE_HEADS))
_CLAUSE_MARKS = frozenset("，。；：、！？\n \u3000,;:")
_BUREAU_HEADS = frozenset(map(to_simplified, _cues.BUREAUS)) - frozenset(
    map(to_simplified, _cues.NOT_BUREAUS))
_BUREAU_CANONICAL = {to_simplified(form): canonical
                     for canonical, forms in _cues.BUREAU_PLACES.items() for form in forms}
_BUREAU_OPENERS = tuple(sorted(set(regions.place_names()) | set(_BUREAU_CANONICAL)))
_BUREAU_OPENER_LENGTH = max(map(len, _BUREAU_OPENERS))
_BUREAU_HEADS_LONGEST = tuple(sorted(_BUREAU_HEADS, key=len, reverse=True))
_BUREAU_PLACE_NAMES = frozenset(regions.place_names())
_CITY_FORMS = tuple(f"{city}市" for city in regions.CITIES)
_ZONE_END = tuple(map(to_simplified, _ZONE_WORDS))


@lru_cache(maxsize=1)
def _location_pattern() -> re.Pattern[str]:
    """The areas above a city, then the gazetteer's places, as one pattern."""
    return re.compile(_AREA_RE.pattern + "|" + regions.place_pattern().pattern)

_CLAUSE_BREAKS = ("，", "；", "：", ",", ";", ":")
_OWN_CLAUSE_MARKS = "，；"  # full-width only: 1,338 holds no clause mark
_SENTENCE_MARKS = "。！？\n"
_CLAUSE_BREAK_RE = re.compile("[" + "".join(_CLAUSE_BREAKS) + "]")
_LIST_MARKS = tuple(dict.fromkeys(map(to_simplified, LIST_MARKS)))
# what the listed names did, before 分别 (接诊最多，分别为; ，人数分别为)
# (and the total they make first: 全年共接诊港澳患者4.3万人次，分别为…)
_LIST_TAIL = re.compile(r"[，,]?[\u4e00-\u9fff]{0,12}(?:[\d.,，]{1,12}[万萬亿億]?[\u4e00-\u9fff]{0,3})?[，,]?")
_OPEN_BRACKETS, _CLOSE_BRACKETS = "（(", "）)"  # around a short form after a listed name
_EXAMPLE_MARKS = EXAMPLE_MARKS  # after a name: it is one of a list
_INCLUDED_REACH = 64
_INCLUDED_LAST = re.compile("(?:" + "|".join(INCLUDING_WORDS) + r")(?:[^。；;！？!?]{2,60}?"
                            r"(?:[，,]?(?:以及|及|和|与|與)|、))?$")
_SHARE_OF = frozenset(map(to_simplified, SHARE_OF))  # 占全省的五分之二: what follows is the whole
_HEAD_END = re.compile("(?:" + _INNER_HEAD.pattern + ")$")
# A short form in brackets inside a name, ending with a head word and followed by the rest of the
# name (…医院（…医院）横琴院区): left out, the name is the whole without it.
_INNER_ALIAS = re.compile(r"[（(][\u4e00-\u9fff]{0,10}(?:" + _INNER_HEAD.pattern + r")[）)](?=[\u4e00-\u9fff])")
_WHOLE = re.compile("|".join(dict.fromkeys(map(to_simplified, WHOLE_WORDS))))
_COMPUTED_OVER = re.compile(COMPUTED_OVER.format(whole=_WHOLE.pattern))
_WHOLE_COUNT_WORDS = tuple(dict.fromkeys(map(to_simplified, WHOLE_WORDS + HOME_DISTRICT_WORDS)))
_INSTITUTION_COUNT = re.compile(INSTITUTION_COUNT)
_PARTNER_WORDS = tuple(dict.fromkeys(map(to_simplified, PARTNER_WORDS + RECEIVER_WORDS)))
_PART_WORDS = tuple(dict.fromkeys(map(to_simplified, PART_WORDS)))
_IN_NAME_WORDS = frozenset(map(to_simplified, IN_NAME_WORDS))
_BEFORE_HEAD_WORDS = frozenset(map(to_simplified, BEFORE_HEAD_WORDS))
_ORGANISATIONS = tuple(dict.fromkeys(map(to_simplified, ORGANISATIONS)))
_PREPOSITIONS = frozenset(map(to_simplified, PREPOSITIONS))
_JOINING = frozenset(map(to_simplified, JOINING))
_HEAD_OF_TEXT = 200
_AREA_FULL_FORMS = AREA_FULL_FORMS
_DEPARTMENT_LABEL = re.compile(DEPARTMENT_LABEL)
_BYLINE_BRACKET = re.compile(r"^.*[（(][^（）()]{0,20}(?:" + "|".join(map(to_simplified, BYLINE_WORDS))
                             + r")[^（）()]{0,20}[）)]")
_QUALIFIER_REACH = 12  # characters after a figure in which a place qualifies what it counts
_RESIDING = frozenset(to_simplified("".join(RESIDING)))  # 居于, 住在: a place of residence
_COUNTER_LENGTH = 2  # characters of a counter between a figure and such a place (个, 间, 家)
_OWN_REFERRING = "本我"  # 本院, 本中心, 我局: the body that writes  # characters at the head of a text where its byline or source stands
_HEADING_LENGTH = 30
_SECTION_NUMBER = re.compile(SECTION_NUMBER)
_CAPTION_MARKS = tuple(dict.fromkeys(map(to_simplified, CAPTION_MARKS)))  # characters of a heading line at most
_NOT_HEADING_ENDS = frozenset(map(to_simplified, NOT_HEADING_ENDS))
_SAR_AREA_WORDS = frozenset(map(to_simplified, SAR_AREAS))  # 新界 stays a noun to the tagger
_SHORT_NAMES = tuple(dict.fromkeys(map(to_simplified, SHORT_NAMES)))
_ORGANISATION_WORDS = tuple(dict.fromkeys(map(to_simplified, ORGANISATION_WORDS)))
_UNIVERSITIES = tuple(dict.fromkeys(map(to_simplified, UNIVERSITIES)))
_SAR_HOSPITAL_WORDS = tuple(dict.fromkeys(map(to_simplified, SAR_HOSPITAL_WORDS)))
_SHORT_NAME_WORDS = frozenset(map(to_simplified, UNIVERSITY_SHORT))  # 广医 (n): a proper part
_SHORT_NAME_LONGEST = max(map(len, _SHORT_NAME_WORDS))
# a university's short form -> its full forms (simplified), the longest short form first
_UNIVERSITY_FULL = {short: tuple(dict.fromkeys(map(to_simplified, forms)))
                    for short, forms in sorted(((to_simplified(k), v) for k, v in
                                                UNIVERSITY_SHORT.items()),
                                               key=lambda item: len(item[0]), reverse=True)}
_NUMBERED_HEADS = frozenset(NUMBERED_HEADS)
_NUMBERED_TAIL = "医院"  # what a numbered head (附一院, 五院) stands for at the end of the full name
_GAP = 4  # characters a full name may add between two of its short form's (中[山]大[学]附[属第]一)
_ITEM_MARK = re.compile(ITEM_MARK)
_SCHEME_AFTER = tuple(SCHEME_AFTER)
_CLOSING_QUOTES = frozenset(closing for _, closing in NAME_QUOTES)
_FACILITIES = tuple(dict.fromkeys(map(to_simplified, FACILITIES)))
_OUTSIDE = tuple(dict.fromkeys(map(to_simplified, OUTSIDE_WORDS)))
_QUOTE_REACH = 20  # characters before a place in which its opening quotation mark may stand
_LOCATIVE_WORDS = tuple(LOCATIVE_WORDS)
_AND_THEN = tuple(dict.fromkeys(map(to_simplified, AND_THEN)))
_CIRCUMSTANCE_MARKS = tuple(dict.fromkeys(map(to_simplified, CIRCUMSTANCE_WORDS)))
_JOIN_WORDS = tuple(JOIN_WORDS)
_FIRST_ITEM = "一"
# the last character of a time phrase a whole word may follow as its clause's subject
# (今年上半年全港共录得…, 2025年全澳…; not 68所本澳学校: a whole word describing a count)
_TIME_ENDS = frozenset(map(to_simplified, WHOLE_AFTER_TIME))
# a time phrase alone opening a sentence (2025年, 截至6月底): a place after it is the subject
_TIME_LEAD = re.compile(f"[{re.escape(to_simplified(''.join(TIME_LEAD_CHARS)))}]+")
_SENTENCE_ENDS = tuple("。；;！？!?")
_SOURCE_LABELS = tuple(dict.fromkeys(map(to_simplified, ISSUER_LABELS)))
_SOURCE_MARKS = tuple(label + mark for label in _SOURCE_LABELS for mark in "：:")
_SOURCE_REACH = max(map(len, _SOURCE_MARKS))
_JOINED_OPENERS = tuple(dict.fromkeys(map(to_simplified, JOINED_NAME_OPENERS)))
_ITEM_END = re.compile("[。；;！？!?]")
_LISTED_MARK = "(?:" + "|".join(dict.fromkeys(map(to_simplified, LIST_MARKS))) + ")"
_LISTED_NAME = "([\u4e00-\u9fff]{2,5}?(?:" + "|".join(LISTED_PLACE_ENDS) + "))"
_LISTED_AFTER = re.compile(_LISTED_MARK + _LISTED_NAME)
_LISTED_EXAMPLES = re.compile("(?:[、和及][\u4e00-\u9fff]{2,3}){1,6}?" + "(?:"
                              + "|".join(dict.fromkeys(map(to_simplified, LISTED_AND_OTHERS))) + ")")
_LISTED_BEFORE = re.compile(_LISTED_NAME + _LISTED_MARK + "$")
_LISTED_REACH = 12
_OPENING_QUOTES = ("“", "「", "\"")
_CLOSING_QUOTE_MARKS = ("”", "」", "\"")
_SPEAKER_REACH = 16  # characters after a closing quotation mark in which its speaker is named
_SENTENCE_GAP = " \u3000\n。；;！？!?"  # between two sentences
_TOGETHER = re.compile(TOGETHER)
_JOINT_MARKS = frozenset(JOINT_MARKS)
_LISTED_AND_OTHERS = tuple(LISTED_AND_OTHERS)
_NOT_LISTED_PLACES = tuple(NOT_LISTED_PLACES)
_AREA_KINDS = tuple(sorted(dict.fromkeys(map(to_simplified, AREA_KINDS)), key=len, reverse=True))
_HOME_CITY_WORDS = tuple(dict.fromkeys(map(to_simplified, HOME_CITY_WORDS)))
# A city named with a bureau or its government (珠海市卫生健康局, 江门市人民政府): the issuer's city;
# a county-level city of the gazetteer's (鹤山市卫生健康局) is named with its 市.
_COUNTY_CITIES = sorted({d for ds in regions.DISTRICTS.values() for d in ds
                         if d.endswith(COUNTY_CITY_ENDING)}, key=len, reverse=True)
_HOME_BODY = re.compile("(" + "|".join(_COUNTY_CITIES + list(regions.CITIES)) + ")市?(?:" + "|".join(sorted(
    _BUREAU_HEADS | set(map(to_simplified, HOME_BODIES)), key=len, reverse=True)) + ")")
_HOME_DISTRICT_WORDS = tuple(dict.fromkeys(map(to_simplified, HOME_DISTRICT_WORDS)))
# ... or a zone of the gazetteer's (大亚湾经济技术开发区分局, 火炬开发区管委会): the zone.
_HOME_DISTRICT_BODY = re.compile("(" + "|".join(sorted(
    {d for ds in regions.DISTRICTS.values() for d in ds if d.endswith(DISTRICT_ENDINGS)},
    key=len, reverse=True))
    + "|(?:" + "|".join(sorted(regions.place_names(), key=len, reverse=True)) + ")[\u4e00-\u9fff]{0,6}?(?:"
    + "|".join(dict.fromkeys(map(to_simplified, _ZONE_WORDS))) + "))(?:" + "|".join(sorted(
        _BUREAU_HEADS | set(map(to_simplified, HOME_BODIES + BRANCH_HEADS)), key=len, reverse=True))
    + ")")
# A unit inside a hospital (佛山市南海区桂澜医院|港澳医疗服务中心): its hospital is the part up to the head.
_HOSPITAL_HEADS = "|".join(dict.fromkeys(map(to_simplified, HOSPITAL_HEADS)))
_HOSPITAL_OF_UNIT = re.compile(rf"^(.{{2,}}?(?:{_HOSPITAL_HEADS}))(?!.*(?:{_HOSPITAL_HEADS})$).")


@lru_cache(maxsize=65536)
def entity_type(name: str | None) -> str | None:
    """What a name is: hospital, company, scheme, programme, institution (by its head word), or
    a city, district or region of the gazetteer."""
    if not name:
        return None
    simple = regions.simplified(name)
    if simple in _cues.REGIONS or simple in regions.SARS or to_simplified(name) in _SAR_OF_FULL:
        return "region"
    if regions.is_city(simple):
        return "city"
    if regions.is_district(simple):
        return "district"
    for kind, endings in _cues.ENTITY_TYPES:
        if name.endswith(endings):
            return kind
    return "district" if name.endswith(("区", "區", "新区", "新區")) else "institution"


@lru_cache(maxsize=65536)
def region_of_entity(name: str | None, home: str | None) -> str | None:
    """The region a figure is of: the city its entity names (香港大学深圳医院 -> 深圳, 罗湖区 ->
    深圳), an area entity itself (大灣區 -> 大湾区, 本港 -> 香港), else ``home``, the article's
    region. Simplified characters, as the documents' ``region``."""
    if not name:
        return home
    simple = to_simplified(name)
    if entity_type(name) == "region":
        return _SAR_OF_FULL.get(simple) or _AREA_OF.get(simple, simple)
    return regions.city_of(simple) or home
