"""Which institution or place a figure belongs to, found in the text around it.

Institution names are found by their head word (医院, 保健院, 中心, 集团 …) and extended leftwards
over name-like words, using jieba's part-of-speech tags so that verbs and particles before a name
(推动, 入驻, 在, 与) end it. A name needs a proper part (a place or organisation word); generic
phrases such as 二级综合医院 are not names. 该院/该医院/该中心 refer back to the last name with the
same head. Failing an institution, a place named in the sentence is the entity, then the article's
region.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from analysis import regions

_HEADS = ("妇幼保健院", "保健院", "卫生院", "医院", "诊所", "门诊部", "医学中心", "服务中心",
          "中心", "医疗集团", "集团", "管理局", "卫生健康局", "卫健委")
_HEAD_RE = re.compile("(?:该|本|此)?(?:" + "|".join(_HEADS) + r"|院)")
# jieba part-of-speech tags that can stand inside an institution name.
_NAME_TAGS = frozenset({"n", "ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "l", "eng", "zg", "b"})
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "eng"})
_BRACKETED = re.compile(r"[（(][^（）()]{1,12}[)）]$")
_WINDOW = 24
_LOOKBACK = 600


@lru_cache(maxsize=1)
def _tagger():
    """jieba's tagger with the region gazetteer added as place names (loaded once per process)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    for place in regions.place_names():
        jieba.add_word(place, freq=20000, tag="ns")
    return jieba.posseg


@lru_cache(maxsize=65536)
def name_ending_at(window: str) -> str | None:
    """The institution name that ends ``window`` (which ends with a head word), or None."""
    words = list(_tagger().cut(window))
    name: list[str] = []
    proper = False
    for i in range(len(words) - 1, -1, -1):
        word, flag = words[i].word, words[i].flag
        if i == len(words) - 1 or flag in _NAME_TAGS or word in "（）()":
            name.append(word)
            proper = proper or flag in _PROPER_TAGS or regions.city_of(word) is not None
            continue
        break
    text = "".join(reversed(name)).lstrip("（）()")
    if not proper or len(text) < 4:
        return None
    return text


class EntityFinder:
    """Finds the entity of a figure at a position of one document's text."""

    def __init__(self, text: str, region: str | None) -> None:
        self.text = text
        self.region = region

    def _names_before(self, start: int, end: int):
        """Institution mentions in text[start:end], nearest first, as (position, name or None)."""
        found = list(_HEAD_RE.finditer(self.text, start, end))
        for match in reversed(found):
            yield match

    def _resolve(self, match: re.Match[str]) -> str | None:
        """The name a head-word match stands for: itself, or what 该院/该医院 refers back to."""
        token = match.group()
        if token[0] in "该本此":
            head = token[1:]
            for earlier in self._names_before(max(0, match.start() - _LOOKBACK), match.start()):
                if earlier.group()[0] in "该本此":
                    continue
                name = self._name(earlier)
                if name and (head == "院" and name.endswith("院") or name.endswith(head)):
                    return name
            return None
        return self._name(match)

    def _name(self, match: re.Match[str]) -> str | None:
        if match.group() == "院":
            return None
        window = self.text[max(0, match.start() - _WINDOW):match.end()]
        return name_ending_at(window)

    def institution(self, start: int, end: int) -> str | None:
        """The nearest institution named (or referred to) in text[start:end]."""
        for match in self._names_before(start, end):
            name = self._resolve(match)
            if name:
                return name
        return None

    def place(self, start: int, end: int) -> str | None:
        """The last place of the gazetteer named in text[start:end] (我市 is the region)."""
        snippet = self.text[start:end]
        last = None
        for match in regions.place_pattern().finditer(snippet):
            last = match.group()
        if last is None and ("我市" in snippet or "全市" in snippet) and self.region:
            return self.region
        return last

    def entity(self, sentence_start: int, position: int, paragraph_start: int) -> str | None:
        """Entity of a figure at ``position``: institution, then place, in its sentence, then
        in its paragraph before it, then the article's region."""
        for start in (sentence_start, max(paragraph_start, position - _LOOKBACK)):
            found = self.institution(start, position) or self.place(start, position)
            if found:
                return found
        return self.region
