"""Hostile article shapes whose reading time could grow faster than their size.

Each shape is a function of a target size in bytes that returns the bytes of one article file of
about that size (never less): a scraped page, a PDF extraction or an HTML file such as a broken
crawler or an attacker would write. ``benchmarks/linear.py`` times them at 10 KB, 100 KB and 1 MB;
``tests/test_linear.py`` compares a small size with eight times it. Every byte is generated here.
"""

from __future__ import annotations

from collections.abc import Callable

# A sentence of an ordinary article, so that a shape also holds figures to find; and a paragraph
# long enough that lines between such paragraphs are not taken for PDF column lines.
_SENTENCE = "深圳市人民医院现有床位500张，共有医生120名。\n"
_PARAGRAPH = "深圳市人民医院国际医疗部去年正式启用，为在深圳生活的港澳居民提供便捷服务，" * 2 + "现有床位500张。\n"


def _repeat(unit: str, size: int, head: str = "", tail: str = "") -> bytes:
    """``head``, then ``unit`` repeated up to ``size`` bytes, then ``tail``, as UTF-8."""
    count = max(1, -(-(size - len((head + tail).encode())) // len(unit.encode())))
    return (head + unit * count + tail).encode("utf-8")


def _lines(line: str, size: int) -> bytes:
    return _repeat(line + "\n", size, head=_SENTENCE)


def ordinary(size: int) -> bytes:
    """A long newspaper article of about ``size`` bytes: the header and bodies of generated ones
    (``tests/synthetic.py``), the yardstick the shapes are timed against."""
    from synthetic import article

    parts: list[str] = []
    total, index = 0, 0
    while total < size:
        fmt, text = article(index, 0)
        index += 1
        if fmt == "newspaper":
            parts.append(text if not parts else text.split("\n\n  \n\n", 2)[-1])
            total += len(parts[-1].encode("utf-8"))
    return "\n".join(parts).encode("utf-8")


SHAPES: dict[str, Callable[[int], bytes]] = {
    # item 9: 扫码 words then a space, on lines short enough for the widget pattern
    "widget_words": lambda size: _lines("扫码" * 25 + " 好\n" + _PARAGRAPH, size),
    # item 10: one sentence with no full stop
    "long_sentence": lambda size: _repeat("医院现有床位500张，", size, head="深圳"),
    # item 11: html.parser's unclosed constructs
    "open_tags": lambda size: _repeat("<a ", size, head="<p>深圳市人民医院现有床位500张。</p>"),
    "end_tags": lambda size: _repeat("</a", size, head="<p>深圳市人民医院现有床位500张。</p>"),
    "processing": lambda size: _repeat("<?", size, head="<p>深圳市人民医院现有床位500张。</p>"),
    "declarations": lambda size: _repeat("<!", size, head="<p>深圳市人民医院现有床位500张。</p>"),
    "comments": lambda size: _repeat("<!--", size, head="<p>深圳市人民医院现有床位500张。</p>"),
    "open_comments": lambda size: _repeat("<!-- >", size, head="<p>深圳市人民医院现有床位500张。</p>"),
    "marked_sections": lambda size: _repeat("<![CDATA[x", size,
                                            head="<p>深圳市人民医院现有床位500张。</p>"),
    "quoted_attributes": lambda size: _repeat("<a x='>", size,
                                              head="<p>深圳市人民医院现有床位500张。</p>"),
    # item 12
    "breadcrumbs": lambda size: _lines("首页 > 新闻中心 > 健康 > 医疗 > 港澳", size),
    "breadcrumb_like": lambda size: _lines("  >  ".join(["首页"] * 10) + " 好\n" + _PARAGRAPH, size),
    "counters": lambda size: _lines("1  赞" * 14 + "好\n" + _PARAGRAPH, size),
    "breadcrumb_line": lambda size: _repeat("首页 > 新闻 ", size, head=_SENTENCE),
    "zero_rates": lambda size: _repeat("孕产妇死亡率降为零，", size, head=_SENTENCE),
    "pdf_lines": lambda size: _lines("深圳市人民医院现有床位", size),
    "pdf_figure_lines": lambda size: _lines("深圳市人民医院现有床位500张，共有", size),
    "timestamps": lambda size: _lines("2024-05-22 10:21", size) + _SENTENCE.encode()
    + "特别声明：以上内容\n".encode(),
    "timestamp_line": lambda size: _repeat("2024-05-22 10:21 ", size, head=_SENTENCE,
                                           tail="\n特别声明：以上内容\n"),
    "portal_stamps": lambda size: _repeat("2024-05-22 10:21 ", size,
                                          head="首页 > 新闻 > 正文\n" + _SENTENCE,
                                          tail="\n特别声明：以上内容\n"),
    "digit_run": lambda size: _repeat("1234567890", size, head=_SENTENCE),
    "digit_groups": lambda size: _repeat(",000", size, head=_SENTENCE + "共150"),
    "chinese_numerals": lambda size: _repeat("一二三四五六七八九十百千万亿", size, head=_SENTENCE),
    "quotes": lambda size: _repeat("“我院现有床位500张，", size, head=_SENTENCE),
    "quoted_passages": lambda size: _repeat("“我院现有床位500张。”", size, head=_SENTENCE),
}
