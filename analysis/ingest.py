"""An article file -> a ``Document`` record: decoding, and the four article shapes.

Shapes, tried in this order (``Document.format``):

- ``front_matter_html``: a ``---`` YAML block (title, date, author…) at the top, maybe after
  blank lines, then an HTML (or plain) body;
- ``web_page``: a scraped portal page (two kinds of furniture: breadcrumb or widgets,
  disclaimers or list headings, timestamp listings) or a saved HTML page; the furniture is
  stripped, the first remaining line is the title;
- ``newspaper``: a header line near the top with 来源/版次/栏目/作者 and a date; above it a
  section label, the title and a deck (the deck stays in the text);
- ``pdf_text``: text cut into column lines, re-joined (see ``analysis.text.join_broken_lines``);
- ``plain``: anything else.

Bad files raise ``IngestError`` (one line, ``PATH: problem``), as do files whose reading runs
past their time budget (``analysis.budget``); ``analysis.pipeline`` reports them and goes on,
and drops repeated texts. Decoding tries UTF-8 (with or without BOM), then GB18030 and Big5 strictly (the
one with fewer stray characters wins), then charset-normalizer's guess, noting which it used.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date
from itertools import islice
from pathlib import Path

from analysis import budget, dates, front_matter, regions
from analysis._rules.bylines import (
    ACCOUNT_LINE,
    ACCOUNT_LINES,
    INTERNAL_SOURCE,
    PLATFORM,
    SITE_NAME,
    SITE_SEPARATOR,
    SOURCE,
)
from analysis._rules.bylines import BYLINE as _BYLINE
from analysis._rules.bylines import HEADER_WORDS as _HEADER_WORDS
from analysis._rules.bylines import OUTLETS as _OUTLETS
from analysis._rules.bylines import ROLES as _ROLES
from analysis.errors import IngestError
from analysis.files import link_problem, printable
from analysis.folding import to_simplified
from analysis.text import (
    canonical_url,
    ends_sentence,
    furniture_kind,
    html_title,
    html_to_text,
    is_end_marker,
    is_portal_line,
    is_prose,
    is_timestamp_line,
    join_broken_lines,
    looks_like_html,
    looks_wrapped,
    may_be_portal_page,
    normalise,
    only_printable,
    strip_furniture,
    tidy,
)

MAX_BYTES = 256 * 2**20  # larger files are not articles; reading them would only exhaust memory

FRONT_MATTER_HTML, NEWSPAPER, WEB_PAGE, PDF_TEXT, PLAIN = (
    "front_matter_html", "newspaper", "web_page", "pdf_text", "plain")


@dataclass(frozen=True)
class Document:
    """One article: where it came from, what it is, and its clean text (paragraphs as lines)."""

    doc_id: str
    path: str
    title: str | None
    published: date | None
    published_source: str
    publisher: str | None
    author: str | None
    region: str | None
    format: str
    text: str
    sha256: str
    url: str | None = None

    def as_row(self) -> dict:
        """The record as a dict keyed by field name (a row of the documents table)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class _Article:
    """What one shape's reader found; ``published`` is None when only the text can tell."""

    format: str
    title: str | None
    text: str
    published: date | None = None
    published_source: str = dates.NONE
    publisher: str | None = None
    author: str | None = None
    bound: date | None = None  # latest page timestamp: an upper bound for an inferred date
    url: str | None = None


# --- files and bytes ------------------------------------------------------------------------


_MAGIC = ((b"%PDF-", "a PDF file; extract its text first"), (b"\x89PNG", "a PNG image"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"PK\x03\x04", "a ZIP archive"), (b"\x1f\x8b", "a gzip archive"),
          (b"\x7fELF", "an executable"), (b"Rar!", "a RAR archive"),
          (b"7z\xbc\xaf", "a 7-Zip archive"), (b"\xd0\xcf\x11\xe0", "an old Office document"))
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig", None), (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
         (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"), (b"\xff\xfe", "utf-16", "UTF-16"),
         (b"\xfe\xff", "utf-16", "UTF-16"))
_MAX_NUL_SHARE = 0.3    # more NUL bytes than this (without a UTF-16/32 BOM) is a binary file
_MAX_JUNK_SHARE = 0.02  # more control or replacement characters than this is not text
_MAX_BAD_UTF8 = 0.005   # this few broken sequences among valid multi-byte ones: damaged UTF-8
_SAMPLE = 1 << 16
_JUNK = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
# Characters a Chinese news text almost never holds, but a wrong CJK decoding produces.
_STRAY = re.compile(r"[\u0080-\u00ff\u0370-\u052f\u2500-\u257f\u3040-\u30ff\u3400-\u4dbf"
                    r"\uac00-\ud7af\ue000-\uf8ff\ufe30-\ufe6f\U00010000-\U0010ffff]")


class _NotText(Exception):
    """Raised inside decoding with the problem to report."""


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _read_bytes(path: str) -> bytes:
    """The file's bytes, refusing what is not a regular file (a pipe would block the run; it is
    opened without waiting, then checked) and files too large to be an article. Plain os calls
    on a descriptor: a third of the time of ``Path.stat`` and ``Path.read_bytes``."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise IngestError(path, f"cannot read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise IngestError(path, "not a regular file")
        size = info.st_size
        if size > MAX_BYTES:
            raise IngestError(path, f"too large for an article ({size / 2**20:.0f} MB > "
                                    f"{MAX_BYTES / 2**20:.0f} MB)")
        chunks, want = [], size + 1  # one read for the whole file, one more to see its end
        while chunk := os.read(fd, want):
            chunks.append(chunk)
            want = 1 << 20
        return b"".join(chunks)
    except OSError as exc:
        raise IngestError(path, f"cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _stray_share(text: str) -> float:
    """Share of characters in a sample that a correct Chinese decoding would rarely produce."""
    sample = text[:_SAMPLE]
    return len(_STRAY.findall(sample)) / max(1, len(sample))


def _decode_cjk(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5, decoded strictly; when both decode, the one with fewer stray characters."""
    decoded = []
    for order, (codec, name) in enumerate((("gb18030", "GB18030"), ("big5", "Big5"))):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        decoded.append((_stray_share(text), order, text, name))
    if not decoded:
        return None
    _, _, text, name = min(decoded)
    return text, name


def _decode_guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best guess, if it has one."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return (str(best), best.encoding) if best is not None else None


def _decode(data: bytes) -> tuple[str, list[str]]:
    """The text of a file's bytes and notes on how it was decoded; raises _NotText."""
    if not data.strip():
        raise _NotText("empty file" + (" (only whitespace)" if data else ""))
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _NotText(f"binary file ({what})")
    notes: list[str] = []
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            if name:
                notes.append(f"decoded as {name}")
            return _checked(text), notes
    nuls = data.count(0)
    if nuls:
        if nuls > _MAX_NUL_SHARE * len(data):
            raise _NotText(f"binary file ({nuls / len(data):.0%} NUL bytes)")
        data = data.replace(b"\x00", b"")
        notes.append(f"removed {nuls} stray NUL byte{'s' if nuls > 1 else ''}")
    try:
        return _checked(data.decode("utf-8")), notes
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    decoded = len(lenient) - len(lenient.encode("ascii", "ignore")) - broken  # non-ASCII, valid
    if broken <= _MAX_BAD_UTF8 * len(lenient) and decoded >= 10 * broken:
        # damaged UTF-8 (GB18030 would "decode" all of it into nonsense)
        notes.append(f"replaced {broken} invalid UTF-8 sequence{'s' if broken > 1 else ''}")
        return _checked(lenient), notes
    found = _decode_cjk(data) or _decode_guess(data)
    if found:
        text, name = found
        notes.append(f"decoded as {name}")
    else:
        text = data.decode("utf-8", errors="replace")
        notes.append("not valid UTF-8, GB18030 or Big5; undecodable bytes replaced")
    return _checked(text), notes


def _checked(text: str) -> str:
    """``text`` unless it is only whitespace (ideographic spaces too) or its sample is full of
    control or replacement characters (binary data)."""
    if not text.strip():
        raise _NotText("empty file (only whitespace)")
    sample = text[:_SAMPLE]
    if only_printable(sample) and "\ufffd" not in sample:
        return text  # no junk at all: the usual case, ruled in at C speed
    if len(_JUNK.findall(sample)) > _MAX_JUNK_SHARE * max(1, len(sample)):
        raise _NotText("binary file (not text in any supported encoding)")
    return text


# --- bylines and headlines --------------------------------------------------------------------

# A byline opens a line: the first, or one after a line break (a literal the regex engine finds
# fast; "^" with MULTILINE would be tried at every position).
_FIRST_BYLINE, _NEXT_BYLINE = re.compile(_BYLINE), re.compile("\n" + _BYLINE)
_BYLINE_REACH = 2000  # bylines open or close an article


def _byline(text: str) -> tuple[str | None, str | None]:
    """The outlet and reporters of a byline (采写：南都记者 李宛真 蒋臻 -> 南方都市报, 李宛真 蒋臻)."""
    for part in (text[:_BYLINE_REACH], text[-_BYLINE_REACH:]):
        match = _FIRST_BYLINE.match(part) or _NEXT_BYLINE.search(part)
        if match:
            names = []
            for name in re.split(r"[ \t、,，]+", match["names"]):
                if name in _ROLES:
                    break
                names.append(name)
            outlet = match["outlet"]
            return _OUTLETS.get(outlet, outlet), " ".join(names) or None
    return None, None


_ACCOUNT_LINE = re.compile(ACCOUNT_LINE)


def _account(text: str) -> str | None:
    """The institution whose account posts the text, named on a line at its head before the
    date (广东省人民医院　2026-01-08 18:30), or None."""
    lines = [line for line in text[:_BYLINE_REACH].split("\n") if line.strip()]
    for line in lines[:ACCOUNT_LINES]:
        if found := _ACCOUNT_LINE.match(line):
            return found.group(1)
    return None


def _title_like(line: str) -> bool:
    """Whether a line can be a headline: 4-60 characters, not ending a sentence."""
    return 4 <= len(line) <= 60 and not ends_sentence(line)


def _split_title(text: str, two_lines: bool = False) -> tuple[str | None, str]:
    """The headline at the top of a text and the text under it; no headline when it would leave
    no text. With ``two_lines``, a kicker and a main title (both short and unpunctuated, as a
    newspaper page sets them) make one headline."""
    lines = text.split("\n")
    if len(lines) < 2 or not _title_like(lines[0]):
        return None, text
    taken = 1
    if two_lines and len(lines) > 2 and not is_prose(lines[0]) and len(lines[1]) <= 30 \
            and _title_like(lines[1]) and not is_prose(lines[1]):
        taken = 2
    return _MARKDOWN_HEADING.sub("", " ".join(lines[:taken])), "\n".join(lines[taken:])


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")  # a Markdown headline's marks (# 标题): not its words


# --- the shapes -------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
def _front_matter(text: str, notes: list[str]) -> _Article | None:
    """Front matter + HTML body: title, date and platform from the YAML, text from the HTML."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None
    meta, problem = front_matter.read_fields(match.group(1))
    body = text[match.end():]
    html = looks_like_html(body)  # html_to_text's text is tidy already
    raw = html_to_text(body) if html else body
    body = strip_furniture(raw, tail=False, tidied=html)
    title = _field_text(meta.get("title"))
    if title is None:
        title, body = _split_title(body)
    published = dates.parse_date(meta.get("date"))
    if problem:
        notes.append(problem)
    elif meta.get("date") not in (None, "") and published is None:
        notes.append(f"front matter date {str(meta['date'])[:40]!r} not understood")
    # no date in the front matter: the body's dateline, before its furniture goes
    dateline = {} if published else _dateline(raw, title)
    platform = _field_text(meta.get("publisher") or meta.get("source") or meta.get("author"))
    # the stated author, unless it stood in for the platform and the body names its writers
    stated, byline = _field_text(meta.get("author")), _byline(body)[1]
    author = byline if byline and (stated is None or platform == stated) else stated or byline
    url = next((str(meta[k]) for k in ("link", "url", "source_url") if meta.get(k)), None)
    return _Article(FRONT_MATTER_HTML, title, body, published or dateline.get("published"),
                    dates.FRONT_MATTER if published else dateline.get("published_source",
                                                                      dates.NONE),
                    platform, tidy(author) if author else None, url=url)


def _field_text(value: object) -> str | None:
    """A front matter value as one line of text, cleaned as body text is (YAML escapes such as
    \\u0000 or \\n give control characters and line breaks); None for no text."""
    if value is None:
        return None
    return " ".join(normalise(str(value)).split()) or None


_HEADER_WORD = re.compile(_HEADER_WORDS)
_HEADER_FIELD = re.compile(rf"({_HEADER_WORDS})\s*[:：]\s*([^\s:：]*)(?=\s|$)")
_HEADER_REACH = 15  # the header stands among the first lines


def _header(lines: list[str]) -> tuple[int, dict[str, str], date | None] | None:
    """Index, fields and date of a newspaper header among the first non-blank lines: a line with
    two of 来源/版次/栏目/作者/编辑, or 来源 and a date."""
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if _HEADER_WORD.search(line):  # most lines name no field: skip the costlier checks
            found = dict(_HEADER_FIELD.findall(line))
            published = dates.header_date(line)
            if len(found) >= 2 or (("来源" in found or "來源" in found) and published):
                return index, found, published
        seen += 1
        if seen == _HEADER_REACH:
            return None
    return None


def _newspaper(text: str, notes: list[str]) -> _Article | None:
    """Newspaper text under a 来源/版次/作者 header: the lines above it are label, title, deck."""
    lines = text.split("\n")
    header = _header(lines)
    if header is None:
        return None
    index, stated, published = header
    found = {to_simplified(word): value for word, value in stated.items()}  # 來源 is 来源
    above = [line.strip() for line in lines[:index] if line.strip()]
    mastheads = [line for line in above if "年" in line and dates.masthead(line)]
    if mastheads:  # 珠海特区报　2025年9月12日　星期五　第03版: the paper's date, no headline
        above = [line for line in above if line not in mastheads]
        published = published or dates.masthead_date(mastheads[0])
    if len(above) >= 2 and len(above[0]) <= 6 and not is_prose(above[0]):
        above = above[1:]  # a section label such as 即时新闻
    title = above[0] if above else None
    after = lines[index + 1:]
    first = next((i for i, line in enumerate(after) if line.strip()), None)
    if first is not None and (day := dates.date_line(after[first].strip())):
        after = after[first + 1:]  # 2025年11月18日　星期二 under the header: the paper's date
        published = published or day
    body = "\n".join(above[1:] + after)
    joined = looks_wrapped(body)  # join_broken_lines's text is tidy already
    body = strip_furniture(join_broken_lines(body) if joined else body, tail=False, tidied=joined)
    if title is None:
        title, body = _split_title(body)
    outlet, reporters = _byline(body)
    return _Article(NEWSPAPER, title, body, published, dates.HEADER if published else dates.NONE,
                    outlet or found.get("来源") or None, found.get("作者") or reporters)


_WEB_HEAD, _WEB_TAIL = 15, 400  # lines at each end of a page where its furniture stands
_PLATFORM = re.compile(PLATFORM)
_SOURCE = re.compile(SOURCE)
_SITE = re.compile(rf"{SITE_SEPARATOR}({SITE_NAME})\s*$")
_INTERNAL_SOURCE = re.compile(rf"{INTERNAL_SOURCE}$")


def _portal_page(lines: list[str]) -> bool:
    """Whether a text shows two or more kinds of portal furniture at its ends: breadcrumb,
    widgets or counters; an end marker (特别声明, 相关推荐); two or more timestamp lines."""
    ends = lines if len(lines) <= _WEB_HEAD + _WEB_TAIL else lines[:_WEB_HEAD] + lines[-_WEB_TAIL:]
    kinds = any(map(is_portal_line, ends)) + any(map(is_end_marker, ends))
    if kinds != 1:
        return kinds == 2  # none: timestamps alone are one kind, too few
    return len(list(islice(filter(is_timestamp_line, ends), 2))) == 2


def _web_page(text: str, notes: list[str]) -> _Article | None:
    """A scraped portal page: dates read from its timestamps first, then furniture stripped."""
    is_html = text.lstrip().startswith("<") and looks_like_html(text)
    if not is_html and not may_be_portal_page(text):
        return None
    page_title = html_title(text) if is_html else None
    if is_html:
        text = html_to_text(text)
    tidied = tidy(text)
    lines = tidied.split("\n")
    if not is_html and not _portal_page(lines):
        return None
    head, latest = dates.page_dates(text)
    title, body = _split_title(strip_furniture(tidied, tidied=True))
    title = title or page_title
    outlet, author = _byline(body)
    source = outlet or _page_source(lines)
    if not source or _INTERNAL_SOURCE.fullmatch(source):
        source = _site(page_title) or source
    return _Article(WEB_PAGE, title, body, head, dates.HEADER if head else dates.NONE,
                    source, author, bound=latest)


def _site(page_title: str | None) -> str | None:
    """The site a page's <title> names after the article's (标题_广州医科大学附属第二医院): who
    publishes a page crediting no one, or only an office of its own (来源：院办)."""
    found = _SITE.search(page_title) if page_title else None
    return found.group(1) if found and found.start() > 0 else None


def _page_source(lines: list[str]) -> str | None:
    """Who a portal page credits: 来源：X at its head, else the self-media platform (网易号)."""
    head = "\n".join(lines[:_WEB_HEAD])
    found = _SOURCE.search(head) or _PLATFORM.search(head) or _PLATFORM.search(
        "\n".join(lines[-_WEB_TAIL:]))
    return found.group(1) if found else None


def _pdf_text(text: str, notes: list[str]) -> _Article | None:
    """Text cut into column lines: re-joined, then a headline of up to two lines taken off."""
    lines = text.split("\n")
    kinds = _page_furniture(lines)
    # blanked before the join: a page break repeats the masthead mid-sentence (or at the foot of
    # a page), and the join would splice it, or a weather line, into the text
    page = "\n".join("" if kind else line for line, kind in zip(lines, kinds))
    if not looks_wrapped(page):  # (its column analysis is the join's: computed once)
        return None
    mastheads = [line for line, kind in zip(lines, kinds) if kind == _MASTHEAD]
    joined = join_broken_lines(page, alone=_is_byline)
    title, body = _split_title(strip_furniture(joined, tail=False, tidied=True), two_lines=True)
    outlet, author = _byline(body)
    return _Article(PDF_TEXT, title, body, publisher=outlet or _masthead_outlet(mastheads),
                    author=author,
                    **(_dateline(text, title) or _dateline("\n".join(mastheads), None)))


_OUTLET_BEFORE_DATE = re.compile(r"\s*([\u4e00-\u9fff]{2,10})[\s　]*(?=\d{4}\s*年)")


def _masthead_outlet(mastheads: list[str]) -> str | None:
    """The newspaper a page's first masthead names before its date (深圳特区报　2023年12月6日 …)."""
    found = _OUTLET_BEFORE_DATE.match(mastheads[0]) if mastheads else None
    return _OUTLETS.get(found.group(1), found.group(1)) if found else None


_MASTHEAD, _FURNITURE = "masthead", "furniture"


def _page_furniture(lines: list[str]) -> list[str | None]:
    """For each line of a PDF page: a newspaper's masthead (广州日报　2026年4月22日 星期三
    版次：A06), other furniture (今日天气 深圳 多云 17~23℃), or None. Lines with a sentence mark
    are text, and a bare number or mark (— 12 —, A) is furniture only between blank lines: a
    line cut at a width may hold just the end of a number."""
    kinds: list[str | None] = []
    for i, line in enumerate(lines):
        kind = None if is_prose(line) else _MASTHEAD if "年" in line and dates.masthead(line) \
            else furniture_kind(line)
        if kind in _BARE_KINDS and not _between_blanks(lines, i):
            kind = None
        kinds.append(_FURNITURE if kind and kind != _MASTHEAD else kind)
    return kinds


_BARE_KINDS = ("number", "symbols")


def _between_blanks(lines: list[str], i: int) -> bool:
    """Whether line i has a blank line (or the text's edge) on both sides."""
    return (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())


def _is_byline(line: str) -> bool:
    """Whether a line is a byline and nothing else (本报记者 林晓彤 通讯员 南卫宣)."""
    return ("记者" in line or "記者" in line) and _FIRST_BYLINE.fullmatch(line.strip()) is not None


def _plain(text: str, notes: list[str]) -> _Article:
    """Any other text: a headline if the first line looks like one, the rest as paragraphs."""
    title, body = _split_title(strip_furniture(text, tail=False))
    outlet, author = _byline(body)
    return _Article(PLAIN, title, body, publisher=outlet or _account(body), author=author,
                    **_dateline(text, title))


def _dateline(text: str, title: str | None) -> dict:
    """The issuer's dateline above the first paragraph (珠海市卫生健康局　2023-09-12), read before
    the furniture is stripped (the line may go with it), never in the headline (2023年9月1日起…)
    unless the headline took a newspaper's masthead (广州日报 2022年8月17日 星期三 A5版):
    ``published`` and its source, or nothing."""
    if title:
        text = "\n".join(line for line in text.split("\n")
                         if not (line.strip() and line.strip() in title and not dates.masthead(line)))
    found = dates.head_date(text)
    return {"published": found, "published_source": dates.TEXT} if found else {}


# Portal pages before newspapers: a page's "来源：… 2024-02-05" line looks like a header.
_READERS: tuple[Callable[[str, list[str]], _Article | None], ...] = (
    _front_matter, _web_page, _newspaper, _pdf_text, _plain)


def _with_date(article: _Article) -> _Article:
    """The article with a publication date inferred from its text when none was stated."""
    if article.published is not None:
        return article
    published, source = dates.infer_published(article.text, article.bound)
    return replace(article, published=published, published_source=source)


def _article(text: str, notes: list[str]) -> _Article:
    """The article in a file's decoded text, dated; notes on how it was read go to ``notes``."""
    text = normalise(text)
    article = next(a for a in (read(text, notes) for read in _READERS) if a is not None)
    return _with_date(article)


def read_document(path: str | Path) -> tuple[Document, list[str]]:
    """One article file as a Document, with notes on anything repaired on the way (decoding,
    NUL bytes, bad front matter); raises IngestError for a file that is not an article."""
    path = os.fspath(path)
    if problem := link_problem(path):
        raise IngestError(path, problem)
    data = _read_bytes(path)
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        text, notes = _decode(data)
    except _NotText as exc:
        raise IngestError(path, str(exc)) from None
    del data  # a large file's bytes need not stay in memory beside its text
    try:
        with budget.limit(len(text)):
            article = _article(text, notes)
    except budget.OutOfTime as exc:
        raise IngestError(path, f"reading {exc}") from None
    except MemoryError:
        raise IngestError(path, "ran out of memory while reading it") from None
    if not article.text.strip():
        raise IngestError(path, f"no article text found ({article.format.replace('_', ' ')}"
                                f"{' with a title only' if article.title else ''})")
    url = article.url or (canonical_url(text) if "<link" in text or "<LINK" in text else None)
    shown = Path(printable(path))
    return Document(
        doc_id=shown.stem, path=str(shown), title=article.title, published=article.published,
        published_source=article.published_source, publisher=article.publisher,
        author=article.author, region=regions.region_of(article.text, article.title,
                                                        (article.publisher, article.author)),
        format=article.format, text=article.text, sha256=sha256, url=url,
    ), notes
