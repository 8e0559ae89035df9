"""A hostile corpus, written at test time: broken, odd or malicious files among good articles.

``write_hostile_corpus(folder)`` writes every case into ``folder`` and returns what an analyst
wants from each, keyed by file name (an ``Expected``): either the file is read and named figures
reach the metrics table with the right value, or it is skipped with one line that names it.
``write_huge_article`` and ``write_tiny_articles`` make the two big cases (one article of about
50 MB; 10,000 one-sentence articles). Everything here is generated: nothing is copied in.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

# Markers the hostile markup would set if any of it ever ran in a browser.
PWNED_TITLE = "PWNED"
PWNED_FLAG = "__pwned"
HOSTILE_HOST = "example.invalid"


@dataclass(frozen=True)
class Expected:
    """What should become of one file.

    ``read``: decoded and ingested (``figures`` are (metric, value) pairs that must reach the
    metrics table from this file; ``in_text`` strings that must be in its document text and
    ``not_in_text`` strings that must not). Otherwise skipped, with ``problem`` (a substring) in
    the one line naming the file.
    """

    read: bool
    figures: tuple[tuple[str, float], ...] = ()
    in_text: tuple[str, ...] = ()
    not_in_text: tuple[str, ...] = ()
    problem: str = ""
    note: str = ""  # a substring of the (not skipped) note the file should get, if any
    why: str = field(default="", compare=False)


def _skip(problem: str, why: str) -> Expected:
    return Expected(read=False, problem=problem, why=why)


# --- good text to build the cases from ---------------------------------------------------------

GB_ARTICLE = ("深圳市人民医院国际医疗部服务港澳居民\n"
              "深圳市人民医院国际医疗部去年正式启用，为在深圳生活的港澳居民提供便捷服务。\n"
              "目前该院现有床位500张，共有医生120名，其中港澳医生8名。\n"
              "医院负责人表示，下一步将继续完善跨境医疗服务流程。\n")

BIG5_ARTICLE = ("澳門鏡湖醫院與珠海合作 深化兩地醫療服務\n"
                "澳門鏡湖醫院與珠海市人民醫院簽署合作協議，雙方將在人才培養、學科建設等方面開展交流。\n"
                "鏡湖醫院現有床位500張，每年接診澳門居民逾3萬人次。\n"
                "院方表示，將為澳門居民提供更加便捷的就醫體驗。\n")


def _paragraph(i: int, beds: int) -> str:
    return (f"佛山市第一人民医院第{i % 9 + 1}院区现有床位{beds}张，"
            f"年门急诊量约{120 + i % 50}万人次。")


def _html_article(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>\n"


XSS_BODY = (
    "<script>document.title='PWNED';window.__pwned=1;alert(1)</script>"
    "<style>body{background:url(http://example.invalid/bg.png)}</style>"
    '<link rel="stylesheet" href="http://example.invalid/evil.css">'
    "<p>横琴医院是横琴岛上唯一的医院，保障了本岛居民和部分澳门居民的看病需求。</p>"
    '<p><img src=x onerror="document.title=\'PWNED\';window.__pwned=1;alert(1)">'
    "目前共有53名澳门医生在横琴医院执业。</p>"
    '<p><a href="javascript:window.__pwned=1;alert(1)">点击查看</a>横琴医院现有床位400张。</p>'
    '<iframe src="http://example.invalid/"></iframe>'
    '<p><img src="http://example.invalid/x.png">横琴医院累计服务澳门居民4.8万人次。</p>'
    '<p onclick="window.__pwned=1">该院建筑面积约9000平方米。</p>'
    '<svg onload="window.__pwned=1"><script>window.__pwned=1</script></svg>'
    "<object data=\"http://example.invalid/x.swf\"></object>"
    "<noscript><img src=\"http://example.invalid/noscript.png\"></noscript>"
)

# Markup written as text (entities in the HTML, or angle brackets in plain text): it is article
# text, so it reaches quotes and titles, and every report must show it escaped.
ESCAPED_MARKUP_BODY = (
    "<p>&lt;script&gt;document.title='PWNED';window.__pwned=1;alert(1)&lt;/script&gt;"
    "江门市妇幼保健院现有床位390张。</p>"
    "<p>&lt;img src=&quot;http://example.invalid/q.png&quot; onerror=&quot;window.__pwned=1&quot;"
    "&gt;江门市妇幼保健院共有医生66名。</p>")

FRONT_MATTER_XSS = (
    "---\n"
    "title: '<img src=x onerror=\"window.__pwned=1;alert(1)\">江门<script>alert(1)</script>'\n"
    "date: 2023-05-04\n"
    "author: <b onmouseover=alert(1)>hostile</b>\n"
    "---\n"
    "<p>江门市中心医院港澳居民服务中心揭牌运营，来自港澳的专家每周定期坐诊。</p>"
    "<p>江门市中心医院现有床位2100张，年门急诊量约180万人次。</p>\n")


def _nested_divs(depth: int) -> str:
    return ("<html><body>" + "<div>" * depth
            + "<p>中山市人民医院现有床位2600张，今年以来接诊港澳居民逾1.2万人次。</p>"
            + "</div>" * depth + "</body></html>\n")


def cases() -> dict[str, tuple[bytes, Expected]]:
    """Every hostile file: name -> (bytes, what should become of it)."""
    rng = random.Random(20240522)
    random_bytes = bytes(rng.randrange(256) for _ in range(4096))
    random_bytes = random_bytes[:100] + b"\x00" * 64 + random_bytes[100:]
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
           b"\x00\x1f\x15\xc4\x89" + bytes(rng.randrange(256) for _ in range(512)))
    good = ("珠海市人民医院港澳居民服务\n"
            "珠海市人民医院近日推出港澳居民就医一站式服务，方便在珠海生活的港澳居民就医。\n"
            "该院现有床位1800张，共有医生650名。\n")
    nul = good.encode("utf-8")
    nul = b"".join(nul[i:i + 37] + b"\x00" for i in range(0, len(nul), 37))  # ~1 NUL in 38 bytes
    absurd = ("某医院投资规划数字异常\n"
              "报道称该项目总投资123456789012345678901234567890元，"
              "另有说法称投资达万万亿元，也有网友称投资9999999999999999999999亿元，"
              "还有人说床位有九千九百九十九万亿亿张。\n"
              "经核实，东莞康华医院现有床位1600张，百分比为1000000000000000000000000%。\n")
    c: dict[str, tuple[bytes, Expected]] = {
        "empty.txt": (b"", _skip("empty file", "nothing in it")),
        "whitespace.txt": (b" \n\t\r\n\u3000".replace(b"\u3000", "\u3000".encode()) + b"\n  \n",
                           _skip("empty file", "only whitespace")),
        "random.bin": (random_bytes, _skip("binary file", "random bytes with NULs")),
        "image.png": (png, _skip("binary file", "a PNG image")),
        "gb18030.txt": (GB_ARTICLE.encode("gb18030"),
                        Expected(True, (("beds", 500.0), ("doctors", 120.0)),
                                 in_text=("港澳居民",), note="GB18030")),
        "big5.txt": (BIG5_ARTICLE.encode("big5"),
                     Expected(True, (("beds", 500.0), ("patient_visits", 30000.0)),
                              in_text=("鏡湖醫院",), note="Big5")),
        "utf8_bom.txt": (b"\xef\xbb\xbf" + ("广州市第一人民医院跨境服务\n"
                                            "广州市第一人民医院现有床位1500张，共有护士900名。\n"
                                            ).encode("utf-8"),
                         Expected(True, (("beds", 1500.0), ("nurses", 900.0)),
                                  not_in_text=("\ufeff",))),
        "utf16_bom.txt": (("\ufeff惠州市中心人民医院服务港澳同胞\n"
                           "惠州市中心人民医院现有床位3200张，共有医生1100名。\n"
                           ).encode("utf-16-le"),
                          Expected(True, (("beds", 3200.0), ("doctors", 1100.0)), note="UTF-16")),
        "crlf.txt": (("肇庆市第一人民医院服务港澳居民\r\n"
                      "肇庆市第一人民医院现有床位1300张。\r\n\r\n"
                      "该院共有医生480名。\r\n").encode("utf-8"),
                     Expected(True, (("beds", 1300.0), ("doctors", 480.0)), not_in_text=("\r",))),
        "nul_bytes.txt": (nul, Expected(True, (("beds", 1800.0), ("doctors", 650.0)),
                                        not_in_text=("\x00",), note="NUL")),
        "bad_front_matter.md": (("---\ntitle: [unclosed, {also: bad\ndate: : : 2023-02-30\n"
                                 "\tauthor:\t@oops\n---\n"
                                 "<p>佛山市中医院与香港浸信会医院签署合作协议。</p>"
                                 "<p>佛山市中医院现有床位1700张。</p>\n").encode("utf-8"),
                                Expected(True, (("beds", 1700.0),), note="front matter")),
        "truncated.html": (("<html><head><title>东莞市人民医院</title></head><body>"
                            "<p>东莞市人民医院开设港澳居民门诊，提供双语陪诊服务。</p>"
                            "<p>东莞市人民医院现有床位2800张，共有医生950名。</p>"
                            '<p class="x">更多内容<a href="http://example.invalid/more" tit'
                            ).encode("utf-8"),
                           Expected(True, (("beds", 2800.0), ("doctors", 950.0)),
                                    not_in_text=("<", "example.invalid", "tit"))),
        "nested_divs.html": (_nested_divs(5000).encode("utf-8"),
                             Expected(True, (("beds", 2600.0), ("patient_visits", 12000.0)),
                                      not_in_text=("<div",))),
        "xss.html": (_html_article("横琴医院推动珠澳医疗服务融合", XSS_BODY).encode("utf-8"),
                     Expected(True, (("doctors", 53.0), ("beds", 400.0),
                                     ("patient_visits", 48000.0), ("area", 9000.0)),
                              not_in_text=("alert", "PWNED", "__pwned", HOSTILE_HOST,
                                           "javascript:", "onerror", "background"))),
        "escaped_markup.html": (_html_article("江门市妇幼保健院", ESCAPED_MARKUP_BODY).encode(),
                                Expected(True, (("beds", 390.0), ("doctors", 66.0)),
                                         in_text=("<script>", "onerror="))),
        "front_matter_xss.md": (FRONT_MATTER_XSS.encode("utf-8"),
                                Expected(True, (("beds", 2100.0), ("patient_visits", 1800000.0)))),
        "edges.txt": ("300张床位已于本月全部投入使用。\n江门市中心医院目前共有医生52名".encode(),
                      Expected(True, (("beds", 300.0), ("doctors", 52.0)))),
        "absurd_numbers.txt": (absurd.encode("utf-8"), Expected(True, (("beds", 1600.0),))),
        "markup_only.html": (b'<html><body><div><img src="http://example.invalid/a.png">'
                             b"<script>alert(1)</script></div></body></html>",
                             _skip("no article text", "markup with no visible text")),
        "duplicate_of_crlf.txt": (("肇庆市第一人民医院服务港澳居民\n"
                                   "肇庆市第一人民医院现有床位1300张。\n\n"
                                   "该院共有医生480名。\n").encode("utf-8"),
                                  _skip("duplicate", "the CRLF article again, with LF")),
    }
    return c


def write_hostile_corpus(folder: str | Path) -> dict[str, Expected]:
    """Write every hostile case into ``folder`` (created if needed); return name -> Expected."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    expected = {}
    for name, (data, outcome) in cases().items():
        (folder / name).write_bytes(data)
        expected[name] = outcome
    (folder / "subfolder").mkdir(exist_ok=True)  # not an article: never read, never reported
    (folder / "subfolder" / "inner.txt").write_text("深圳市人民医院现有床位9999张。", "utf-8")
    (folder / ".hidden.txt").write_text("深圳市人民医院现有床位9998张。", "utf-8")
    return expected


# --- the two big cases ------------------------------------------------------------------------

HUGE_PARAGRAPH_BEDS = 1000  # paragraph i states 1000 + i % 5000 beds


def write_huge_article(path: str | Path, megabytes: float = 50) -> int:
    """One article of about ``megabytes`` MB: a title, then realistic paragraphs, each with a bed
    count (1000 + i % 5000) and a visit count. Returns the number of paragraphs."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    target = int(megabytes * 1_000_000)
    filler = ("随着粤港澳大湾区建设不断推进，在佛山生活和工作的港澳居民日益增多，跨境就医需求持续上升。"
              "医院负责人表示，将继续完善跨境医疗服务流程，为港澳居民提供更加便捷的就医体验。")
    size, count = 0, 0
    with path.open("w", encoding="utf-8") as out:
        out.write("佛山市第一人民医院跨境医疗服务年度报告\n")
        while size < target:
            chunk = "".join(_paragraph(count + k, HUGE_PARAGRAPH_BEDS + (count + k) % 5000)
                            + filler + "\n" for k in range(1000))
            out.write(chunk)
            size += len(chunk.encode("utf-8"))
            count += 1000
    return count


def write_tiny_articles(folder: str | Path, n: int = 10_000) -> None:
    """``n`` one-sentence articles; article i states 1000 + i beds."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:06d}.txt").write_bytes(
            f"佛山市第一人民医院现有床位{1000 + i}张。\n".encode("utf-8"))
