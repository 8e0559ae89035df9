"""The synthetic corpus: deterministic, in the four seed formats, and readable by the ingest."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from synthetic import DUPLICATE_EVERY, FORMATS, article, generate_corpus

from analysis.ingest import read_document

ROOT = Path(__file__).resolve().parents[1]


def _contents(paths: list[Path]) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in paths]


def test_same_seed_gives_the_same_bytes(tmp_path):
    first = generate_corpus(tmp_path / "a", 30, seed=7)
    second = generate_corpus(tmp_path / "b", 30, seed=7)
    assert _contents(first) == _contents(second)


def test_another_seed_gives_other_articles(tmp_path):
    a = _contents(generate_corpus(tmp_path / "a", 30, seed=0))
    b = _contents(generate_corpus(tmp_path / "b", 30, seed=1))
    assert all(x[1] != y[1] for x, y in zip(a, b))


def test_paths_are_sorted_and_named_by_index_and_hash(tmp_path):
    paths = generate_corpus(tmp_path, 12)
    assert paths == sorted(tmp_path.iterdir())
    assert all(re.fullmatch(r"\d{6}_[0-9a-f]{16}\.txt", p.name) for p in paths)


def test_every_duplicate_repeats_an_earlier_article():
    i = DUPLICATE_EVERY - 1
    assert article(i) == article(i // 2)
    assert article(i - 1) != article(i // 2)


def test_the_four_seed_formats_and_their_marks():
    texts = {fmt: text for fmt, text in (article(i, seed=3) for i in range(8))}
    assert set(texts) == set(FORMATS)
    assert re.match(r"\n---\ntitle: '.+'\n", texts["front_matter_html"])
    assert "<p>" in texts["front_matter_html"]
    assert re.search(r"\ndate: \w{3}, \d\d \w{3} \d{4} ", texts["front_matter_html"])
    assert re.search(r"\n来源:.+\d{4}年\d\d月\d\d日 +版次:\w+ +栏目:.* +作者:\S+", texts["newspaper"])
    assert re.match(r".+首页 > .+ > 正文|腾讯新闻 > ", texts["web_page"])
    furniture = texts["web_page"].split("采写:", 1)[1]
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", furniture)
    lengths = Counter(len(line) for line in texts["pdf_text"].split("\n") if line)
    width, lines = lengths.most_common(1)[0]
    assert lines >= 5 and 16 <= width <= 36  # paragraphs cut at one fixed width


def test_the_ingest_reads_every_article_in_its_format(tmp_path):
    paths = generate_corpus(tmp_path, 60, seed=3)
    documents = [read_document(p)[0] for p in paths]
    assert [d.format for d in documents] == [article(i, seed=3)[0] for i in range(60)]
    assert all(d.title and len(d.text) > 300 for d in documents)


def test_numbers_in_many_forms():
    text = "".join(article(i)[1] for i in range(200))
    for form in ("万人次", "余", "逾", "近", "%", "‰", "平方米", "万平方米", "张"):
        assert form in text, form
    assert re.search(r"[一二三四五六七八九十]+[位间家]", text)


def test_the_command_line_writes_the_same_corpus(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate_corpus.py"), "10",
                    str(tmp_path / "cli"), "--seed", "5"], check=True, capture_output=True)
    assert _contents(sorted((tmp_path / "cli").iterdir())) == _contents(
        generate_corpus(tmp_path / "api", 10, seed=5))
