"""Bad input: each bad file gets one line naming it and its problem, and the others still load.

Every case is read in a folder next to a good article; the expected problem (or note) and the
text that survives were checked by hand against the bytes written.
"""

from __future__ import annotations

import os
import random
from datetime import date
from pathlib import Path

import pytest

from analysis import ingest
from analysis.cli import main
from analysis.errors import IngestError, NoArticlesError
from analysis.ingest import read_document
from analysis.pipeline import read_documents

GOOD = "---\ntitle: 测试\ndate: 2023-05-06\n---\n<p>深圳市人民医院今年接诊港澳居民3万人次。</p>\n"
BIG5_TEXT = "香港大學深圳醫院今年接診港澳居民逾三萬人次，較去年增長百分之二十。記者從醫院獲悉，該院設有國際醫療部。"
_noise = random.Random(7)

# name: (bytes, problem expected in the message or None, skipped?, text expected or None)
CASES = {
    "empty": (b"", "empty file", True, None),
    "whitespace": (b"  \n\t\n \r\n", "empty file (only whitespace)", True, None),
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary file (a PNG image)", True, None),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF file", True, None),
    "random_bytes": (bytes(_noise.randrange(256) for _ in range(4000)),
                     "binary file (not text in any supported encoding)", True, None),
    "mostly_nul": (b"\x00\x01\x00\x00" * 500 + "佛山".encode(), "binary file (", True, None),
    "stray_nul": ("佛山市第一人民医院\x00现有床位1200张。\x00".encode(), "removed 2 stray NUL bytes",
                  False, "佛山市第一人民医院现有床位1200张。"),
    "gb18030": ("江门市中心医院今年接诊港澳居民1.2万人次，同比增长15%。".encode("gb18030"),
                "decoded as GB18030", False, "江门市中心医院今年接诊港澳居民1.2万人次，同比增长15%。"),
    "gbk": ("惠州市第三人民医院床位900张。".encode("gbk"), "decoded as GB18030", False,
            "惠州市第三人民医院床位900张。"),
    "big5": (BIG5_TEXT.encode("big5"), "decoded as Big5", False, BIG5_TEXT),
    "damaged_utf8": ("广州市第一人民医院现有床位3000张。".encode() + b"\xff"
                     + "该院医生1200名，护士1800名，今年接诊港澳居民逾2万人次。".encode() * 8,
                     "replaced 1 invalid UTF-8 sequence", False,
                     "广州市第一人民医院现有床位3000张。\ufffd"
                     + "该院医生1200名，护士1800名，今年接诊港澳居民逾2万人次。" * 8),
    "utf16": ("\ufeff东莞市人民医院床位2500张。".encode("utf-16"), "decoded as UTF-16", False,
              "东莞市人民医院床位2500张。"),
    "utf8_bom": ("\ufeff---\ntitle: 带BOM的文章\n---\n<p>惠州市中心人民医院现有床位2000张。</p>".encode(),
                 None, False, "惠州市中心人民医院现有床位2000张。"),
    "crlf": ("标题行在这里\r\n\r\n东莞康华医院现有床位1500张。\r\n医生800名。\r\n".encode(), None, False,
             "东莞康华医院现有床位1500张。\n医生800名。"),
    "bad_yaml": ("---\ntitle: 'YAML坏了\ndate: [2023\n---\n<p>珠海市人民医院现有床位1000张。</p>\n".encode(),
                 "front matter is not valid YAML", False, "珠海市人民医院现有床位1000张。"),
    "cut_html": ("---\ntitle: 截断\n---\n<div><p>中山市人民医院床位1800张。</p><p>该院医生<b>500"
                 "<a href=\"https://exam".encode(), None, False, "中山市人民医院床位1800张。\n该院医生500"),
    "deep_html": (("---\ntitle: 嵌套\n---\n" + "<div>" * 5000 + "肇庆市第一人民医院床位1300张。"
                   + "</div>" * 5000).encode(), None, False, "肇庆市第一人民医院床位1300张。"),
    "hostile_html": (("---\ntitle: 脚本\n---\n<script>alert('x')</script><style>p{color:red}</style>"
                      "<iframe src='https://evil.example/'>框架</iframe><p onerror=\"alert(1)\">广州市"
                      "第一人民医院<a href=\"javascript:alert(2)\">床位</a>3000张。<img src=https://"
                      "img.example/y.png onerror=alert(3)></p><link rel=stylesheet href=https://x."
                      "example/a.css><noscript>开启JS</noscript>").encode(), None, False,
                     "广州市第一人民医院床位3000张。"),
    "only_front_matter": (b"---\ntitle: only\ndate: 2021-01-01\n---\n\n",
                          "no article text found (front matter html with a title only)", True, None),
    "only_furniture": (("网易首页 > 网易号 > 正文 申请入驻\n\n0\n分享至\n\n特别声明:以上内容为自媒体"
                        "平台“网易号”用户上传并发布。\n\n相关推荐\n热点推荐\n某某新闻标题\n环球网资讯\n"
                        "2024-05-22 00:22:12\n另一个标题\n懂球帝\n2024-05-23 10:16:51\n").encode(),
                       "no article text found (web page)", True, None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input(write, tmp_path, name):
    data, problem, skipped, text = CASES[name]
    good = write("a_good.txt", GOOD)
    bad = write(f"b_{name}.txt", data)
    problems: list = []
    documents = read_documents(tmp_path, problems=problems)
    assert documents[0].path == str(good)
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1
        reported = problems[0]
        assert reported.path == str(bad) and problem in reported.message
        assert reported.skipped is skipped
        assert str(reported).startswith(f"{bad}: ") and "\n" not in str(reported)
    if skipped:
        assert len(documents) == 1
    else:
        assert len(documents) == 2 and documents[1].text == text


def test_read_document_raises_one_line_naming_the_file(write):
    path = write("empty.txt", b"")
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: empty file"
    assert caught.value.problem == "empty file" and caught.value.path == str(path)


def test_a_folder_given_as_a_file_is_reported(tmp_path, write):
    (tmp_path / "folder.txt").mkdir()
    good = write("good.txt", GOOD)
    problems: list = []
    documents = read_documents([tmp_path / "folder.txt", good], problems=problems)
    assert [d.doc_id for d in documents] == ["good"]
    assert [(p.message, p.skipped) for p in problems] == [("not a regular file", True)]


def test_links_and_pipes_are_reported_not_followed_forever(write, tmp_path):
    write("good.txt", GOOD)
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block the run
    problems: list = []
    assert [d.doc_id for d in read_documents(tmp_path, problems=problems)] == ["good"]
    assert sorted((Path(p.path).name, p.message.split(" (")[0], p.skipped) for p in problems) == [
        ("dangling.txt", "cannot read", True), ("loop.txt", "cannot read", True),
        ("pipe.txt", "not a regular file", True)]


def test_odd_file_names_stay_one_printable_line(write, tmp_path):
    write("bad\nname.txt", b"")
    os.close(os.open(os.fsencode(tmp_path) + b"/\xc9\xee-gbk.txt", os.O_WRONLY | os.O_CREAT))
    write("good.txt", GOOD)
    problems: list = []
    read_documents(tmp_path, problems=problems)
    assert sorted(str(p) for p in problems) == [f"{tmp_path}/\\xc9\\xee-gbk.txt: empty file (skipped)",
                                                 f"{tmp_path}/bad\\nname.txt: empty file (skipped)"]
    (tmp_path / "good.txt").rename(os.fsdecode(os.fsencode(tmp_path) + b"/\xff.txt"))
    doc = read_documents([os.fsdecode(os.fsencode(tmp_path) + b"/\xff.txt")])[0]
    assert (doc.doc_id, doc.path) == ("\\xff", f"{tmp_path}/\\xff.txt")
    doc.path.encode("utf-8")  # valid text for CSV and Parquet


def test_a_file_too_large_is_refused(write, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_BYTES", 1000)
    with pytest.raises(IngestError, match=r"too large for an article"):
        read_document(write("big.txt", "医院" * 1000))


def test_bad_yaml_keeps_its_title_and_date_lines(write):
    doc, notes = read_document(write("x.txt", "---\ntitle: 未闭合的'引号\ndate: 2022-03-04\nbad: [\n---\n"
                                                "<p>江门市中心医院床位2000张。</p>"))
    assert (doc.title, doc.published, doc.published_source) == ("未闭合的'引号", date(2022, 3, 4),
                                                                "front_matter")
    assert notes == [("front matter is not valid YAML (its line 4); used its key: value lines "
                      "and read the body")]


def test_same_text_under_two_names_keeps_the_first(write, tmp_path):
    write("a.txt", GOOD)
    write("b.txt", GOOD.replace("<p>", "<p>\n"))  # other bytes, same clean text
    problems: list = []
    documents = read_documents(tmp_path, problems=problems)
    assert [d.doc_id for d in documents] == ["a"]
    assert [(p.message, p.skipped) for p in problems] == [("same text as a.txt; duplicate", True)]


def test_an_empty_folder_raises_no_articles(tmp_path):
    with pytest.raises(NoArticlesError, match=rf"^{tmp_path}: no articles found$"):
        read_documents(tmp_path)


def test_a_folder_of_bad_files_raises_no_articles(write, tmp_path):
    write("a.txt", b"")
    write("b.txt", b"\x89PNG\r\n")
    problems: list = []
    with pytest.raises(NoArticlesError, match=r"no articles found \(2 unreadable\)"):
        read_documents(tmp_path, problems=problems)
    assert len(problems) == 2


def test_command_exit_codes(write, tmp_path, capsys, caplog):
    write("articles/a.txt", GOOD)
    bad = write("articles/b.txt", b"")
    out = tmp_path / "docs.csv"
    assert main(["documents", str(tmp_path / "articles"), "--out", str(out)]) == 3
    assert [r.getMessage() for r in caplog.records] == [f"{bad}: empty file (skipped)"]
    assert "1 file(s) skipped" in capsys.readouterr().err
    (tmp_path / "none").mkdir()
    assert main(["documents", str(tmp_path / "none"), "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == f"error: {tmp_path / 'none'}: no articles found"


@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_a_failed_extract_leaves_the_earlier_table_whole(write, tmp_path, capsys, suffix):
    """The table is written while the files are read: a run that ends in an error (here, only
    bad files, found when all have been read) must leave the earlier output as it was."""
    write("articles/a.txt", GOOD)
    out = tmp_path / f"metrics{suffix}"
    assert main(["extract", str(tmp_path / "articles"), "--out", str(out), "--jobs", "1"]) == 0
    before = out.read_bytes()
    write("bad/b.txt", b"")
    write("bad/c.txt", b"\x89PNG\r\n\x1a\n")
    assert main(["extract", str(tmp_path / "bad"), "--out", str(out), "--jobs", "1"]) == 1
    assert capsys.readouterr().err.strip().endswith(f"error: {tmp_path / 'bad'}: no articles found"
                                                    " (2 unreadable)")
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "bad", out.name]


def test_every_junk_character_fails_the_quick_check():
    """Decoded text skips the junk count when ``only_printable`` holds and no U+FFFD shows:
    every character the count looks for must break one of the two."""
    from analysis.ingest import _JUNK
    from analysis.text import only_printable

    junk = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and _JUNK.match(chr(c))]
    assert len(junk) > 60
    assert [hex(ord(c)) for c in junk if only_printable(c) and c != "\ufffd"] == []
