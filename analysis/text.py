"""Text clean-up for every article shape: characters, HTML, page furniture, PDF line breaks.

Each function takes text and returns text whose paragraphs are lines, in time linear in its
length, so ``analysis.ingest`` chains them by format: ``normalise`` always, ``html_to_text`` for
HTML bodies, ``strip_furniture`` for page furniture (cutting a portal page's tail too),
``join_broken_lines`` for text cut into PDF column lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser

import numpy as np

from analysis._rules import furniture
from analysis._rules.cues import TABLE_NUMBER
from analysis._rules.lookahead import lookahead
from analysis._rules.time import STAMP as _STAMP
from analysis.folding import to_simplified

# --- characters ---------------------------------------------------------------------------

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
          "\u202f\u205f\u3000\t\f\v"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_CONTROLS = "".join(chr(c) for c in [*range(0x09), *range(0x0e, 0x20), *range(0x7f, 0xa0)])
_REPLACEMENTS = {**{c: " " for c in _SPACES}, **{c: "" for c in _INVISIBLE + _CONTROLS},
                 **{chr(0xFF10 + i): str(i) for i in range(10)},             # ０-９
                 **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},      # Ａ-Ｚ
                 **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},      # ａ-ｚ
                 "\uff05": "%", "\u2028": "\n", "\u2029": "\n", "\r\n": "\n", "\r": "\n"}
# One pass over the text; the callback runs only where a replacement is due (rare), so this is
# far faster than str.translate on large inputs.
# (… and a full-width comma grouping full-width digits, １，８５０萬: a digit group's mark, where
# any other full-width comma is a clause's)
_TO_REPLACE = re.compile("\r\n|(?<=[\uff10-\uff19])\uff0c(?=[\uff10-\uff19]{3}(?![\uff10-\uff19]))|["
                         + re.escape("".join(c for c in _REPLACEMENTS if len(c) == 1)) + "]")
# The replaced characters that are printable: full-width digits, letters and percent sign.
_FULL_WIDTH = re.compile("[\uff05\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def only_printable(text: str) -> bool:
    """Whether every character of ``text`` is printable or a line break: no control, format,
    line-separator or odd space character. Checked at C speed (``str.isprintable``), several
    times faster than a regex scan for those characters."""
    return text.replace("\n", " ").isprintable()


def normalise(text: str) -> str:
    """Unix line ends, plain spaces, ASCII digits and letters, no invisible or control
    characters: the one character repertoire every later pattern assumes."""
    if only_printable(text) and not _FULL_WIDTH.search(text):
        return text  # the usual case, ruled in faster than by one scan of _TO_REPLACE
    return _TO_REPLACE.sub(lambda m: _REPLACEMENTS.get(m.group(), ","), text)  # (，: of digits)


def tidy(text: str) -> str:
    """Each line stripped with inner runs of whitespace made one space; blank lines dropped."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# --- HTML -----------------------------------------------------------------------------------

_DROPPED = frozenset({"script", "style", "iframe", "frame", "frameset", "noscript", "template",
                      "object", "embed", "applet", "svg", "math", "canvas", "head", "audio",
                      "video", "form", "button", "select", "textarea", "nav", "aside", "footer"})
_BLOCKS = frozenset({"address", "article", "blockquote", "body", "br", "caption", "center", "dd",
                     "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                     "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
                     "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
                     "thead", "tr", "ul"})
_CELLS = frozenset({"td", "th"})
_CELL_START = " | "  # a table's rows become lines of cells, as Markdown writes them (``tables``)
# Elements that never hold content (an end tag for one is ignored), as html.parser-based tree
# builders such as BeautifulSoup's treat them.
_VOID = frozenset({"area", "base", "basefont", "bgsound", "br", "col", "command", "embed", "frame",
                   "hr", "image", "img", "input", "isindex", "keygen", "link", "menuitem", "meta",
                   "nextid", "param", "source", "spacer", "track", "wbr"})
_TAG_START = re.compile(r"<[A-Za-z/!?]")
_ELEMENT = re.compile(r"<[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|</[a-zA-Z][a-zA-Z0-9]*\s*>")
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_RUN = re.compile(r"\s+")
_CJK_CHARACTER = re.compile(f"[{_CJK}]")


def _complete_markup(html: str) -> str:
    """``html`` without a tag or comment cut off at its end, which html.parser would keep as text."""
    comment = html.rfind("<!--")
    if comment >= 0 and html.find("-->", comment) < 0:
        html = html[:comment]
    last_open = html.rfind("<")
    if last_open > html.rfind(">") and _TAG_START.match(html, last_open):
        html = html[:last_open]
    return html


_RISKY = re.compile(r"<!(?:--|\[)")  # a comment or a marked section (<![CDATA[, <![if …]>)
_MARKED_SECTION = re.compile(r"<!\[(?i:(?P<standard>cdata|temp|ignore|include|rcdata)|if|else|endif)"
                             r"(?![-_.a-zA-Z0-9])")
_CLOSERS_OF = {"comment": re.compile(r"--\s*>"), "standard": re.compile(r"]\s*]\s*>"),
               "ms": re.compile(r"]\s*>")}


def _defused(html: str) -> str:
    """``html`` with "&lt;" for each "<" that html.parser would take for the start of markup,
    scan to the end of the input for its close, and then read as text anyway: every "<" after
    the last ">" (all markup ends with one), a comment opening after the last comment close, a
    marked section with no close after it. Each such scan made html.parser quadratic in the
    number of them (``<a <a <a …``); a marked section with no known keyword (``<![<``) made it
    raise AssertionError, and is text too. Linear: one scan for each kind of close, at most."""
    last_gt = html.rfind(">")
    head, tail = html[:last_gt + 1], html[last_gt + 1:].replace("<", "&lt;")
    if "<!" not in head:
        return head + tail  # the usual case: no comment, no marked section
    last_close: dict[str, int] = {}

    def closes_after(kind: str, at: int) -> bool:
        if kind not in last_close:
            last_close[kind] = max((m.start() for m in _CLOSERS_OF[kind].finditer(head)),
                                   default=-1)
        return last_close[kind] >= at

    def fix(risky: re.Match[str]) -> str:
        at = risky.start()
        if risky.group() == "<!--":
            return risky.group() if closes_after("comment", at + 4) else "&lt;!--"
        section = _MARKED_SECTION.match(head, at)
        kind = "standard" if section and section["standard"] else "ms"
        return risky.group() if section and closes_after(kind, at + 3) else "&lt;!["

    return _RISKY.sub(fix, head) + tail


def _source_text(data: str) -> str:
    """A run of text from the source: line breaks and runs of whitespace as one space, none
    between two CJK characters."""
    def space(run: re.Match[str]) -> str:
        start, end = run.span()
        line_break = run.group().find("\n")
        joins_cjk = (line_break >= 0 and not run.group()[:line_break].strip(" \t")
                     and 0 < start and end < len(data)
                     and _CJK_CHARACTER.match(data, start - 1) and _CJK_CHARACTER.match(data, end))
        return "" if joins_cjk else " "

    return _SPACE_RUN.sub(space, data)


class _TextBuilder:
    """The visible text of a stream of HTML events: no tree is built, only a stack of the open
    elements.

    An end tag closes the nearest open element of its name and everything opened inside it (an
    end tag with none open is ignored), as tree builders over html.parser do; the text between
    two tags is one run, so source whitespace is judged across the whole run.
    """

    def __init__(self) -> None:
        self.chunks: list[str] = []
        self._data: list[str] = []
        # open elements: name, the separator to write when it closes, whether it is dropped
        self._open: list[tuple[str, str | None, bool]] = []
        self._open_names: Counter[str] = Counter()
        self._dropping = 0  # open dropped elements (script, nav…): their content is not text

    def split(self) -> None:
        """End the current run of text (at a tag, a comment, a declaration)."""
        if self._data:
            if not self._dropping:
                self.chunks.append(_source_text("".join(self._data)))
            self._data.clear()

    def data(self, data: str) -> None:
        self._data.append(data)

    def start(self, tag: str) -> None:
        self.split()
        dropped = tag in _DROPPED
        visible = not self._dropping and not dropped
        separator = "\n" if tag in _BLOCKS else _CELL_START if tag in _CELLS else None
        if visible and separator:
            self.chunks.append(separator)
        if separator == _CELL_START:
            separator = None  # a row's cells are marked where each starts (| 床位 | 1200张)
        if tag in _VOID:
            if visible and separator:
                self.chunks.append(separator)
            return
        self._open.append((tag, separator if visible else None, dropped))
        self._open_names[tag] += 1
        self._dropping += dropped

    def end(self, tag: str) -> None:
        self.split()
        if not self._open_names[tag]:
            return
        while True:
            name, closer, dropped = self._open.pop()
            self._open_names[name] -= 1
            self._dropping -= dropped
            if closer:
                self.chunks.append(closer)
            if name == tag:
                return

    def text(self) -> str:
        """The text so far, elements left open ending with the document."""
        self.split()
        while self._open:
            _, closer, _ = self._open.pop()
            if closer:
                self.chunks.append(closer)
        return tidy("".join(self.chunks))


class _TextExtractor(HTMLParser):
    """html.parser's events, handed to a ``_TextBuilder``."""

    def __init__(self, builder: _TextBuilder) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder
        self.handle_data = builder.data

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.builder.start(tag)

    def handle_endtag(self, tag: str) -> None:
        self.builder.end(tag)

    def handle_comment(self, data: str) -> None:
        self.builder.split()  # a comment splits the text around it, as it would a tree's strings

    handle_decl = handle_pi = unknown_decl = handle_comment


# Plain markup - text, entities, start and end tags with well-formed attributes - tokenised by
# one regex the way html.parser does, several times faster. Anything else (comments,
# declarations, a stray "<", script or other raw-text elements, odd attributes) goes to
# html.parser whole.
# (an unquoted value ends at a space or ">": html.parser reads a "/" after it as part of it)
_ATTRIBUTE = (r"""\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*"""
              r"""(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`/]+(?=[\s>])))?""")
_PLAIN_TOKEN = re.compile(rf"<(?P<tag>[a-zA-Z][a-zA-Z0-9]*)(?:{_ATTRIBUTE})*\s*(?P<empty>/?)>"
                          r"|</(?P<end>[a-zA-Z][a-zA-Z0-9]*)\s*>|(?P<text>[^<]+)")
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                       "noframes", "noscript", "plaintext"})


def _plain_events(html: str, builder: _TextBuilder) -> bool:
    """Feed ``builder`` the events of ``html`` if it is plain markup (see above); False as soon
    as it is not (``builder`` is then half-fed: start again with a new one)."""
    at = 0
    data, start, end = builder.data, builder.start, builder.end
    for token in _PLAIN_TOKEN.finditer(html):
        if token.start() != at:
            return False
        at = token.end()
        kind = token.lastgroup
        if kind == "text":
            data(unescape(token.group()))
        elif kind == "end":
            end(token.group(kind).lower())
        else:
            tag = token.group("tag").lower()
            if tag in _RAW_TEXT:
                return False
            start(tag)
            if token.group("empty"):
                end(tag)
    return at == len(html)


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment or page, one line per block element or <br>.

    Tokenised as the standard library's html.parser does (plain markup by one regex, the rest by
    html.parser itself), which neither runs scripts nor fetches anything; script, style, iframe,
    media and navigation elements are dropped whole, attributes (src, onerror, javascript: URLs)
    never become text, and source line breaks count as spaces (none between two CJK
    characters). The text is streamed out as the tags go by (nesting depth costs nothing),
    several times faster than building a tree first. The text is ``tidy`` (callers rely on it).
    """
    markup = _defused(_complete_markup(html))
    builder = _TextBuilder()
    if not _plain_events(markup, builder):
        builder = _TextBuilder()
        parser = _TextExtractor(builder)
        parser.feed(markup)
        parser.close()
    return builder.text()


_TITLE_ELEMENT = re.compile(r"<title\b[^<>]*>([^<]{1,300})</title\s*>", re.IGNORECASE)


def html_title(html: str) -> str | None:
    """The text of a page's <title> element, if it has one."""
    found = _TITLE_ELEMENT.search(html)
    title = tidy(normalise(unescape(found.group(1)))) if found else ""
    return title or None


_LINK_ELEMENT = re.compile(r"<link\b([^<>]{0,1000})>", re.IGNORECASE)
_CANONICAL = re.compile(r"""\brel\s*=\s*["']?canonical\b""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*["']?(https?://[^"'\s<>]{1,2000})""", re.IGNORECASE)


def canonical_url(html: str) -> str | None:
    """The http(s) address a page names as its own (``<link rel="canonical" href=…>``)."""
    for found in _LINK_ELEMENT.finditer(html):
        attributes = found.group(1)
        href = _HREF.search(attributes)
        if href and _CANONICAL.search(attributes):
            return unescape(href.group(1))
    return None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds HTML elements (a tag such as <p>, <div>, <br>, <img ...>)."""
    return _ELEMENT.search(text) is not None


# --- sentences --------------------------------------------------------------------------------

_FINAL = frozenset("。！？!?…")
_CLOSERS = "”’」』）)》】〉\"'"
_PROSE_MARK = re.compile(r"[，,、；;。！？]")
_OPENS_TEXT = re.compile(r"[\w“‘「『（(《【〈\"'—…·～]")
# A line cannot start with these in typeset Chinese, so one that does continues the line before
# (extractions that cut at a character count put them there).
_CONTINUES = re.compile(r"[，,。、；;：:？?！!）)」』”’》〉】%‰…—·～]|[.\-]\d")
_ITEM_LINE = re.compile(furniture.ITEM_LINE)


def ends_sentence(line: str) -> bool:
    """Whether a line ends a sentence: 。！？… possibly followed by closing quotes or brackets."""
    core = line.rstrip().rstrip(_CLOSERS)
    return bool(core) and core[-1] in _FINAL


def is_prose(line: str) -> bool:
    """Whether a line reads as running text: it holds sentence punctuation (，、；。！？)."""
    return _PROSE_MARK.search(line) is not None


def is_paragraph(line: str) -> bool:
    """Whether a line is a paragraph of running text, not a headline with a comma in it."""
    return len(line) >= 15 and is_prose(line) and (ends_sentence(line) or len(line) > 60)


# --- page furniture ---------------------------------------------------------------------------

_SHORT = 60  # furniture lines are short; longer lines skip the per-line patterns
_BREADCRUMB = re.compile(furniture.BREADCRUMB)
_WIDGET = re.compile(furniture.WIDGET)
_NUMERIC = re.compile(furniture.NUMERIC)
_NAVIGATION = re.compile(furniture.NAVIGATION)
_SYMBOLS = re.compile(furniture.SYMBOLS)
_TIMESTAMP = re.compile(_STAMP)
_COUNTER = re.compile(furniture.COUNTER)
_META = re.compile(furniture.META)
_SECTION = re.compile(furniture.SECTION)
_END = re.compile(furniture.END, re.IGNORECASE)
_LIST_HEADING = re.compile(furniture.LIST_HEADING)
_WEATHER = re.compile(furniture.WEATHER)
_CONTACT = re.compile(furniture.CONTACT)
_QUOTE = re.compile(furniture.QUOTE)
_VISITS = re.compile(furniture.VISITS)
_STOCKS = re.compile(furniture.STOCKS)
_BAR = re.compile(furniture.BAR)
_LISTING_GAP = 4  # a headline, its repeat, a source: the lines between two listing timestamps


_LISTED_LINE = re.compile(furniture.LISTED_LINE)
_NOTICE = re.compile(furniture.NOTICE)
_EXCHANGE = re.compile(furniture.EXCHANGE)
_IMPRINT = re.compile(furniture.IMPRINT)
_WHOLE_LINE_KINDS = (("breadcrumb", _BREADCRUMB), ("navigation", _NAVIGATION), ("number", _NUMERIC),
                     ("symbols", _SYMBOLS), ("listing", _LISTED_LINE), ("notice", _NOTICE),
                     ("imprint", _IMPRINT))
_READING = re.compile(furniture.READING)
_NEIGHBOUR = re.compile(furniture.NEIGHBOUR)
_LISTEN = re.compile(furniture.LISTEN)
_SHORT_LINE_KINDS = (("widget", _WIDGET), ("counter", _COUNTER), ("section", _SECTION),
                     ("reading", _READING), ("neighbour", _NEIGHBOUR), ("counter", _VISITS),
                     ("reading", _LISTEN))
# weather, contact, quote and exchange-rate lines need one of these words: one scan rules most
# lines out
_WEATHER_OR_CONTACT = re.compile("℃|°|湿度|AQI|指数|恒指|道琼斯|纳斯达克|热线|电话|专线|传真|兑|▲|▼|%）|%\\)|\\d{4}[)）]")
_CUED_LINE_KINDS = (("weather", _WEATHER), ("contact", _CONTACT), ("quote", _QUOTE), ("quote", _STOCKS),
                    ("exchange", _EXCHANGE))


def furniture_kind(line: str) -> str | None:
    """What page furniture one stripped line is on its own - breadcrumb, widget (分享至, 举报,
    阅读 (1234)), counter (494436文章数), number or timestamp, meta label (来源：…), section name
    (头条要闻), reading length (本文共1,086字，阅读约需3分钟), a link to the next or previous
    article (下一篇：…), weather (多云 19℃ 湿度75%), contact
    (新闻热线：2865 2222) or stray symbols (A, ▲)
    - or None for text. Traditional forms read as simplified
    (閱讀, 點讚, 來源)."""
    return _furniture_kind(to_simplified(line))


def _furniture_kind(line: str) -> str | None:
    """``furniture_kind`` of a line already folded to simplified characters."""
    if not line or len(line) > _SHORT * 2:
        return None
    for kind, pattern in _WHOLE_LINE_KINDS:
        if pattern.fullmatch(line):
            return kind
    if ("|" in line or "｜" in line) and (_bar_kind(line) or _meta_row(line)):
        return "bar"
    if _META.match(line):  # (发布时间：… 来源：… 访问量：【5,826】 字号：【大】…: however long)
        return "meta"
    if len(line) > _SHORT:  # (a long page header: weather, rates and a date in one line, no mark)
        return _cued_kind(line)
    kind = next((kind for kind, pattern in _SHORT_LINE_KINDS if pattern.fullmatch(line)), None)
    return kind or _cued_kind(line)


def _cued_kind(line: str) -> str | None:
    """Weather, contact, quote or exchange rate: a line holding one of their cue words."""
    if not _WEATHER_OR_CONTACT.search(line):
        return None
    return next((kind for kind, pattern in _CUED_LINE_KINDS if pattern.fullmatch(line)), None)


def _meta_row(line: str) -> bool:
    """Whether a line is a page's table of labelled metadata (| 索引号： | 1144…X/2026-00128 | 分类： |
    医疗保障): two labels ending in a colon or more, each before its value."""
    cells = [cell.strip() for cell in line.split("|")]
    cells = cells[1:] if cells and not cells[0] else cells
    cells = cells[:-1] if cells and not cells[-1] else cells
    labels = cells[0::2]
    return len(cells) >= 3 and len(labels) >= 2 and all(
        0 < len(label) <= _META_LABEL and label[-1] in ":：" for label in labels)


_META_LABEL = 8  # characters of a metadata label with its colon (发布机构：)


def _bar_kind(line: str) -> str | None:
    """``bar`` for a line of furniture items between vertical bars (a portal's top bar of
    weather, a stock quote and a visitor counter), else None."""
    items = _BAR.split(line.strip())
    return "bar" if len(items) >= 2 and all(item and _furniture_kind(item) for item in items) \
        else None


_PORTAL_LINE = re.compile("|".join(f"(?:{p.pattern})" for p in (_BREADCRUMB, _WIDGET, _COUNTER)))


def is_portal_line(line: str) -> bool:
    """Whether a stripped line is furniture only portals show: a breadcrumb, a share or reading
    widget, a counter."""
    return len(line) <= _SHORT and _PORTAL_LINE.fullmatch(to_simplified(line)) is not None


def is_end_marker(line: str) -> bool:
    """Whether a stripped line opens a portal's tail: a disclaimer, 责任编辑, a copyright line
    (版权所有, 版權所有, ©), or a list heading such as 相关推荐 / 推荐阅读 / 猜你喜欢 (traditional
    forms read as simplified)."""
    return _is_end_marker(to_simplified(line))


def _is_end_marker(line: str) -> bool:
    """``is_end_marker`` of a line already folded to simplified characters."""
    return _END.match(line) is not None or (
        len(line) <= 12 and _LIST_HEADING.fullmatch(line.strip("【】[]〔〕")) is not None)


def is_timestamp_line(line: str) -> bool:
    """Whether a stripped line is only a date/time stamp (2024-05-22 00:22:12, 3小时前)."""
    return len(line) <= 40 and _TIMESTAMP.fullmatch(line.strip()) is not None


# A line that opens a portal's tail or is only a timestamp, found in raw text in one scan: the
# first line by a match at the start, the others by a search from each line break (a literal
# first character, which the regex engine finds fast; "^" would be tried at every position).
# The lookahead holds every character such a line can open with (derived from the patterns): a
# line that opens otherwise is passed over after one test, not after trying each alternative.
_TAIL_OR_STAMP_LINE = rf"(?:{_END.pattern}|(?:{_LIST_HEADING.pattern})$|(?:{_STAMP})[ \t]*$)"
_TAIL_OR_STAMP = rf"[ \t]*{lookahead(_TAIL_OR_STAMP_LINE, re.IGNORECASE)}{_TAIL_OR_STAMP_LINE}"
_FIRST_TAIL_OR_STAMP = re.compile(_TAIL_OR_STAMP, re.IGNORECASE | re.MULTILINE)
_NEXT_TAIL_OR_STAMP = re.compile("\n" + _TAIL_OR_STAMP, re.IGNORECASE | re.MULTILINE)


def may_be_portal_page(text: str) -> bool:
    """False when no line of ``text`` is an end marker or a timestamp: then at most one kind of
    portal furniture (breadcrumb, widget, counter) can show, too little for a portal page. One
    regex scan, so that articles of other shapes skip the per-line checks."""
    return _may_be_portal_page(to_simplified(text))


def _may_be_portal_page(text: str) -> bool:
    """``may_be_portal_page`` of a text already folded to simplified characters."""
    return (_FIRST_TAIL_OR_STAMP.match(text) is not None
            or _NEXT_TAIL_OR_STAMP.search(text) is not None)


def _listing_lines(lines: list[str]) -> set[int]:
    """Indexes of headline/source/timestamp listings: two or more timestamp lines with only a
    few short lines between them, and the short lines that lead into the first one."""
    stamps = [i for i, line in enumerate(lines) if is_timestamp_line(line)]
    found: set[int] = set()
    run: list[int] = []
    for i in stamps + [None]:
        if i is not None and run and _short_lines_between(lines, run[-1], i):
            run.append(i)
            continue
        if len(run) >= 2:
            start = run[0]
            while start > 0 and run[0] - start < _LISTING_GAP and len(lines[start - 1]) <= _SHORT \
                    and not ends_sentence(lines[start - 1]):
                start -= 1
            found.update(range(start, run[-1] + 1))
        run = [i] if i is not None else []
    return found


def _short_lines_between(lines: list[str], a: int, b: int) -> bool:
    """Whether lines a+1..b-1 are at most a listing's few short lines."""
    between = lines[a + 1:b]
    return len(between) <= _LISTING_GAP and all(len(line) <= _SHORT for line in between)


_TABLE_COLUMNS = 3  # a line of this many words or more, none a number: a table's header maybe
_TABLE_NUMBER = re.compile(TABLE_NUMBER)


def strip_furniture(text: str, tail: bool = True, *, tidied: bool = False) -> str:
    """The article without the page around it: furniture lines anywhere, headline listings,
    end-marker lines (特别声明, 责任编辑, 相关推荐…) and the headlines listed under a list heading
    (short lines ending no sentence) and, with ``tail`` (a portal page), everything after the first
    end marker that follows the article's first paragraph. ``tidied``: the text
    is already ``tidy`` (not tidied again)."""
    text = text if tidied else tidy(text)
    lines = text.split("\n")
    # the patterns read simplified characters: traditional lines are matched folded, one
    # character for one, so the folded lines stand for the lines of the text
    folded = to_simplified(text)
    folded_lines = lines if folded is text else folded.split("\n")
    # Most articles have no end marker and no timestamp line: one scan says so, and spares the
    # per-line checks for them.
    marked = _may_be_portal_page(folded)
    listing = _listing_lines(folded_lines) if marked else set()
    kept: list[str] = []
    seen_paragraph = False
    in_list = False  # after a list heading (相关新闻：): the headlines under it
    columns = 0  # the cells of the table set in text the last lines kept were (its header's)
    for i, (line, folded_line) in enumerate(zip(lines, folded_lines)):
        width = len(line.split())
        if columns and width == columns and _NUMERIC.fullmatch(line):
            kept.append(line)  # 2021　6,842　21,530　7.9 under 年份　人数　宗数　金额: a row, no furniture
            continue
        columns = width if width >= _TABLE_COLUMNS and not any(map(str.isdigit, line)) else 0
        if marked and _is_end_marker(folded_line):
            if tail and seen_paragraph:
                break
            in_list = _END.match(folded_line) is None
            continue
        if in_list and line.strip():
            if len(line) <= _SHORT and not ends_sentence(line):
                continue  # a related headline: no sentence of the article
            in_list = False
        if i in listing or _furniture_kind(folded_line):
            continue
        seen_paragraph = seen_paragraph or is_paragraph(line)
        kept.append(line)
    return "\n".join(kept)


# --- PDF line breaks --------------------------------------------------------------------------

_WINDOW = 4          # lines either side that set the local column width
_MIN_COLUMN = 10     # characters: narrower "columns" are headings and labels, not text
_FULL = 0.8          # a line this close to its column's width was ended by the layout...
_FULL_ALONE = 0.95   # ...or this close, for an unpunctuated line between blank lines
_TOO_WIDE = 1.25     # a line this much wider than its column is not part of it (a title)
_INDENT = 2          # an indented first line lost about two characters' width to its indent
_AS_LONG = 0.9       # a line the layout ended is about as long as the next (or longer)


def _local_medians(values: np.ndarray) -> np.ndarray:
    """For each row and position of a 2-D array, the median of the non-NaN values within
    _WINDOW positions of it in that row (0 where there are none); vectorised, so long texts
    cost little per line and short ones pay numpy's per-call cost once for all rows."""
    rows, n = values.shape
    size = 2 * _WINDOW + 1
    padded = np.full((rows, n + 2 * _WINDOW), np.nan)
    padded[:, _WINDOW:_WINDOW + n] = values
    windows = np.sort(np.lib.stride_tricks.as_strided(  # (rows, n, size) views, sorted copies
        padded, (rows, n, size), (*padded.strides, padded.strides[1]), writeable=False), axis=2)
    flat = windows.reshape(rows * n, size)
    counts = size - np.isnan(flat).sum(axis=1)  # NaNs sort last
    at = np.arange(rows * n)
    low, high = flat[at, np.maximum(counts - 1, 0) // 2], flat[at, counts // 2]
    return np.where(counts > 0, (low + high) / 2, 0.0).reshape(rows, n)


class _Column:
    """The non-blank lines of a text with what the soft-wrap rule needs: indents, blank lines
    before each, sentence ends, and how full each line is against its local column, measured
    both in characters and in display width (PDF columns are set in width; some extractions cut
    at a character count)."""

    def __init__(self, text: str) -> None:
        rows = [raw.rstrip() for raw in text.split("\n")]
        kept = [i for i, row in enumerate(rows) if row]  # the non-blank lines (comprehensions:
        self.lines = lines = [rows[i].lstrip() for i in kept]  # this sees every line of a PDF)
        self.indents = indents = [len(rows[i]) - len(line) for i, line in zip(kept, lines)]
        self.blank_before = [i - before > 1 for before, i in zip([-1, *kept], kept)]
        cores = [line.rstrip(_CLOSERS) for line in lines]
        self.final = final = [bool(core) and core[-1] in _FINAL for core in cores]  # ends_sentence
        open_ended = [len(line) >= 4 and not end for line, end in zip(lines, final)]
        # sizes in characters, and in display cells: 2 per CJK (wide) character
        chars = [len(line) + (_INDENT if indent else 0) for line, indent in zip(lines, indents)]
        cells = [2 * len(line) - len(line.encode("ascii", "ignore")) + (2 * _INDENT if indent
                                                                       else 0)
                 for line, indent in zip(lines, indents)]
        self.blank_before.append(True)  # the end of the text counts as a blank line after the last
        if not self.lines:
            self.low = self.high = self.fills = self.shorter = []
            return
        sizes = np.array([chars, cells], dtype=float)
        columns = _local_medians(np.where(np.array(open_ended), sizes, np.nan))
        usable = columns >= np.array([[_MIN_COLUMN], [2 * _MIN_COLUMN]])
        ratios = np.where(usable, sizes / np.where(usable, columns, 1.0), np.nan)
        # lowest and highest ratio of each line's size to its column's (0 with no column)
        low, high = np.fmin(ratios[0], ratios[1]), np.fmax(ratios[0], ratios[1])
        low, high = np.where(np.isnan(low), 0.0, low), np.where(np.isnan(high), 0.0, high)
        self.low, self.high = low.tolist(), high.tolist()
        self.fills = ((high >= _FULL) & (low <= _TOO_WIDE)).tolist()  # full(k) of every line
        # line k notably shorter than line k+1, in characters and in cells: the author ended it
        # (a stack of headings, a byline over the text), whatever the column; a paragraph's
        # first line may have lost an indent the extraction dropped
        lost = np.array([[_INDENT], [2 * _INDENT]]) * np.array(
            [first and not indent for first, indent in zip(self.blank_before, indents)])
        nexts = np.concatenate([sizes[:, 1:], np.zeros((2, 1))], axis=1)
        self.shorter = (sizes + lost < _AS_LONG * nexts).all(axis=0).tolist()

    def full(self, k: int, alone: bool = False) -> bool:
        """Whether line k fills its column, so that the layout, not the author, ended it."""
        if not alone:
            return self.fills[k]
        return self.high[k] >= _FULL_ALONE and self.low[k] <= _TOO_WIDE

    def heading_like(self, k: int) -> bool:
        """Whether line k looks like a heading over a paragraph: short, no sentence punctuation,
        and directly followed by a full line."""
        return (k + 1 < len(self.lines) and not self.full(k) and not is_prose(self.lines[k])
                and not self.blank_before[k + 1] and self.full(k + 1))

    def soft_wrap(self, k: int, in_prose: bool, starts_paragraph: bool) -> bool:
        """Whether the break between line k and line k+1 was made by the layout."""
        b = self.lines[k + 1]
        if _CONTINUES.match(b):
            return True
        if self.final[k] or self.indents[k + 1] > self.indents[k] or not _OPENS_TEXT.match(b) \
                or _ITEM_LINE.match(b):
            return False
        blank_after = self.blank_before[k + 1]
        if blank_after and self.heading_like(k + 1):
            return False
        if in_prose:  # running text goes on, also in short lines flowing round a picture
            return True
        alone = starts_paragraph and self.blank_before[k] and blank_after
        return self.full(k, alone) and not self.shorter[k]


@lru_cache(maxsize=1)
def _column(text: str) -> _Column:
    """The column analysis of a text, kept for the one text that ``looks_wrapped`` and then
    ``join_broken_lines`` are asked about."""
    return _Column(text)


def _glue(a: str, b: str) -> str:
    """The separator when joining two lines: a space between two Latin letters, else nothing."""
    return " " if a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha() else ""


def join_broken_lines(text: str, alone: Callable[[str], bool] | None = None) -> str:
    """Re-join lines that a PDF layout cut mid-sentence, mid-word or mid-number.

    A break is kept when the line before ends a sentence (。！？… and closing quotes), the next
    line is indented deeper or opens with a mark (▲, ●), or a heading follows a blank line (a
    short unpunctuated line directly over a full one). Otherwise the break is soft (joined) when
    the paragraph so far is running text (holds ，、；。), or when the line fills its column:
    at least 80 % of the median size of the open-ended lines within four lines of it (95 % for
    an unpunctuated line standing alone between blank lines, as headings do), at most 125 %, in
    a column of at least ten characters, and not notably shorter than the next line (a line
    the author ended is: a stack of headings, a byline over the text). Blank lines inside a
    paragraph are layout and vanish. A line for which ``alone`` holds (a byline) is never joined
    to another. Paragraphs come back one per line, ``tidy`` (callers rely on it).
    """
    column = _column(text)
    if not column.lines:
        return ""
    paragraphs: list[str] = []
    current = [column.lines[0]]
    in_prose = is_prose(column.lines[0])
    standing = [alone(line) for line in column.lines] if alone else [False] * len(column.lines)
    for k in _table_lines(column.lines):
        standing[k] = True
    for k in range(len(column.lines) - 1):
        nxt = column.lines[k + 1]
        if column.soft_wrap(k, in_prose, starts_paragraph=len(current) == 1) and not (
                standing[k] or standing[k + 1]):
            current.append(_glue(current[-1], nxt) + nxt)
            in_prose = in_prose or is_prose(nxt)
        else:
            paragraphs.append("".join(current))
            current, in_prose = [nxt], is_prose(nxt)
    paragraphs.append("".join(current))
    return tidy("\n".join(paragraphs))


def _table_lines(lines: list[str]) -> list[int]:
    """The lines of tables set in text (年份　人数　宗数 over rows 2024　12,460　47,915): a header
    of words and the rows under it of as many cells, each a label and numbers; no layout broke
    them, none is joined to another."""
    widths = [len(line.split()) for line in lines]
    rows = [w >= _TABLE_COLUMNS and all(map(_TABLE_NUMBER.fullmatch, line.split()[1:]))
            for line, w in zip(lines, widths)]
    found = []
    for k, is_row in enumerate(rows):
        if is_row and (k and (rows[k - 1] or widths[k - 1] == widths[k]) or
                       k + 1 < len(rows) and rows[k + 1] and widths[k + 1] == widths[k]):
            found.append(k)
            if k and not rows[k - 1] and widths[k - 1] == widths[k]:
                found.append(k - 1)  # its header
    return found


_WRAP_SAMPLE = 200_000  # characters: wrapping shows in the first pages as well as in all of them
_MAX_COLUMN = 80  # characters: a text whose median line is longer is not set in columns


def looks_wrapped(text: str, share: float = 0.5) -> bool:
    """Whether ``text`` was cut into column lines: at least three lines, holding ``share`` of its
    characters (in its first 200,000), fill their column and break mid-sentence before more text,
    or are followed by a line that cannot start one (，。、 …)."""
    sample = text[:_WRAP_SAMPLE]
    lengths = sorted(len(line) for line in sample.split("\n") if line.strip())
    if len(lengths) < 3 or lengths[len(lengths) // 2] > _MAX_COLUMN:
        return False  # most lines are paragraphs, not column lines
    column = _column(sample)
    lines = column.lines
    fills, final = column.fills, column.final
    wrapped = [len(lines[k]) for k in range(len(lines) - 1)
               if _CONTINUES.match(lines[k + 1]) or (
                   fills[k] and not final[k] and _OPENS_TEXT.match(lines[k + 1]))]
    return len(wrapped) >= 3 and sum(wrapped) >= share * sum(map(len, lines))
