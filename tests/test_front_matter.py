"""Front matter fields: the flat shape read directly must give exactly what PyYAML gives, and
everything else must go to PyYAML (or be salvaged, with a note, when it is not YAML)."""

from __future__ import annotations

import random
import re
from datetime import date, datetime

import pytest
import yaml

from analysis import front_matter
from analysis.front_matter import FIELDS, read_fields


def by_yaml(block: str) -> dict | None:
    """What PyYAML's safe loader gives for the used fields, or None when it fails."""
    try:
        loaded = yaml.safe_load(block)
    except (yaml.YAMLError, ValueError):
        return None
    if not isinstance(loaded, dict):
        return None
    return {k: loaded[k] for k in FIELDS
            if isinstance(loaded.get(k), (str, int, float, date))}


def is_flat(block: str) -> bool:
    try:
        front_matter._flat_fields(block)
    except front_matter._NotFlat:
        return False
    return True


@pytest.mark.parametrize("block, fields", [
    # the shape of the seeds and of most scraped front matter
    (("title: '港澳居民''健康''服务中心启用'\ncategories: \n - 新媒体\n - 健康\nauthor: 澎湃号\n"
     "comments: false\ndate: Mon, 19 Apr 2021 07:58:34 GMT\nthumbnail: 'https://x.cn/a.png'"),
     {"title": "港澳居民'健康'服务中心启用", "author": "澎湃号",
      "date": "Mon, 19 Apr 2021 07:58:34 GMT"}),
    ('title: "双引号标题"\nsource: 南方日报', {"title": "双引号标题", "source": "南方日报"}),
    ("title:\n- 列表\n- 不是标题\npublisher: 羊城晚报", {"publisher": "羊城晚报"}),
    ("title: 第一个\ntitle: 第二个", {"title": "第二个"}),
    ("title: 有值\ntitle:", {}),
    ("author: O'Brien\ntitle: C# 与 100% 港澳", {"author": "O'Brien", "title": "C# 与 100% 港澳"}),
    ("title: 横琴医院   \n\n   \nauthor:   李明  ", {"title": "横琴医院", "author": "李明"}),
])
def test_flat_blocks_are_read_directly_as_yaml_reads_them(block, fields):
    assert is_flat(block)
    assert read_fields(block) == (fields, None)
    assert by_yaml(block) == fields


@pytest.mark.parametrize("block, fields", [
    ("title: 标题\ndate: 2024-01-05", {"title": "标题", "date": date(2024, 1, 5)}),
    ("title: 标题\ndate: 2024-01-05 10:00:00", {"title": "标题", "date": datetime(2024, 1, 5, 10)}),
    ("title: 1234\nauthor: true", {"title": 1234, "author": True}),
    ("title: 标题  # 注释", {"title": "标题"}),
    ("title: &a 锚点\nauthor: *a", {"title": "锚点", "author": "锚点"}),
    ("title: >\n  折叠的\n  标题", {"title": "折叠的 标题"}),
    ("title: 跨行的\n  标题", {"title": "跨行的 标题"}),
    ("meta:\n  title: 嵌套\ntitle: 外层", {"title": "外层"}),
    ("title: 'a\\tb'\nsource: \"转义\\u6e2f\"", {"title": "a\\tb", "source": "转义港"}),
    ("tags: [a, b]\ntitle: 流式列表", {"title": "流式列表"}),
    ("title: 标题\n? 复杂键\n: 值", {"title": "标题"}),
])
def test_other_yaml_goes_to_the_loader(block, fields):
    assert not is_flat(block)
    assert read_fields(block) == (fields, None)


@pytest.mark.parametrize("block, fields, problem", [
    ("title: '没有结束\nauthor: 李明", {"title": "没有结束", "author": "李明"}, "not valid YAML"),
    ("title: 标题\ndate: 2024-13-45", {"title": "标题", "date": "2024-13-45"}, "cannot read"),
    ("title: 标题\nk: =", {"title": "标题"}, "not valid YAML"),
    ("- 只是\n- 列表", {}, "not a mapping"),
    ("", {}, "not a mapping"),
])
def test_bad_front_matter_is_salvaged_with_a_note(block, fields, problem):
    found, note = read_fields(block)
    assert found == fields
    assert problem in note


# Lines of the flat shape and its near misses, with values YAML reads in every way.
_KEYS = ["title", "date", "author", "source", "publisher", "comments", "tags", "k-1", "  title",
         "title ", "x"]
_VALUES = ["港澳居民", "'单引号'", "'它''s'", "'坏'的'", "\"双引号\"", "\"带\\n转义\"", "\"坏\"的\"",
           "true", "no", "~", "null", "123", "0x1F", "1_000", "3.5", ".inf", "1:20", "2024-01-05",
           "2024-13-45", "2024-01-05 10:00:00", "Mon, 22 Jul 2024 03:46:19 GMT", "a: b", "a:",
           "a #b", "a#b", "-a", "- a", "[a, b]", "{a: b}", "&x a", "*x", "!tag a", "|", ">", "=",
           "<<", "%x", "@x", "`x", "?x", "https://x.cn/a.png?a=1&b=2", "C#", "'", "''", "\"\"", ""]


def _line(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        return f"{rng.choice(_KEYS)}:{rng.choice([' ', '', '  '])}{rng.choice(_VALUES)}"
    if roll < 0.85:
        return f"{rng.choice(['', ' ', '  '])}-{rng.choice([' ', ''])}{rng.choice(_VALUES)}"
    return rng.choice(["", "   ", "# 注释", "  续行", "title:", "tags:"])


def test_random_blocks_read_directly_agree_with_yaml():
    """Random blocks of flat lines and near misses: whenever the direct reading takes a block,
    PyYAML reads it without error and gives the same fields."""
    rng = random.Random(5)
    direct = 0
    for _ in range(20_000):
        block = "\n".join(_line(rng) for _ in range(rng.randrange(1, 6)))
        if is_flat(block):
            direct += 1
            assert by_yaml(block) == read_fields(block)[0], block
    assert direct > 500  # the direct reading is exercised, not only the loader


def test_front_matter_over_the_limit_is_not_read_as_yaml():
    """10 MB of nested YAML took PyYAML 81 s and 1.8 GB; over the limit only the block's plain
    key: value lines are read, with a note."""
    nested = "title: 大块头\ndate: 2024-05-01\nmeta:\n" + "".join(
        f"  k{i}:\n    a: [1, 2, {{x: y}}]\n" for i in range(front_matter.MAX_CHARS // 20))
    assert len(nested) > front_matter.MAX_CHARS
    fields, problem = read_fields(nested)
    assert fields == {"title": "大块头", "date": "2024-05-01"}
    assert re.fullmatch(r"front matter of [\d,]+ KB is over the 256 KB limit; used its key: "
                        r"value lines and read the body", problem)
    assert read_fields(nested[:1000].rsplit("\n", 1)[0])[1] is None  # a small one is read
