"""The gazetteer: an article's region, a name's city, mainland place names, and region slugs."""

from __future__ import annotations

import pytest

from analysis import regions


@pytest.mark.parametrize("text, title, region", [
    ("深圳市罗湖区人民医院与广州一家医院合作。罗湖区常住香港居民近4万。", None, "深圳"),
    ("广州和广州的医院都来参观。", "佛山顺德新院区启用", "佛山"),        # the title weighs 3
    ("香港医管局与澳门卫生局签约，香港专家将来澳门坐诊。", None, "香港"),  # no mainland city
    ("中山大学附属第五医院位于珠海市香洲区。", None, "珠海"),            # 中山大学 is no city
    ("钟南山院士到广州医科大学附属第一医院。", None, "广州"),            # 钟南山 is no district
    ("廣州市番禺區何賢紀念醫院與澳門鏡湖醫院合作。", None, "广州"),      # traditional script
    ("鍾南山院士到廣州醫科大學附屬第一醫院。", None, "广州"),          # traditional NOT_BEFORE
    ("台山市人民医院与澳门科大医院合作。", None, "江门"),
    ("某医院今年接诊患者1万人次。", None, None),
])
def test_region_of(text, title, region):
    assert regions.region_of(text, title) == region


@pytest.mark.parametrize("name, city", [
    ("江门市中心医院", "江门"), ("深圳前海泰康医院", "深圳"), ("香港大学深圳医院", "深圳"),
    ("横琴医院", "珠海"), ("佛山市南海区人民医院", "佛山"), ("顺德区第一人民医院", "佛山"),
    ("南沙区第一人民医院", "广州"), ("开平市中心医院", "江门"), ("澳门镜湖医院", "澳门"),
    ("中山市人民医院", "中山"), ("中山大学附属第三医院", None), ("南海舰队医院", None),
    ("新会员中心", None), ("医院", None),
    # traditional forms of the words that may not follow a name (NOT_AFTER)
    ("中山大學附屬第三醫院", None), ("中山醫院", None), ("新會員中心", None), ("福田汽車", None),
])
def test_city_of(name, city):
    assert regions.city_of(name) == city


def test_place_pattern_finds_mainland_places_only():
    found = [m.group() for m in regions.place_pattern().finditer(
        "澳门居民在江门市参加医保，罗湖区与香港相连，横琴新区和前海都在建设。")]
    assert found == ["江门市", "罗湖区", "横琴新区", "前海"]
    assert {"横琴", "横琴新区", "罗湖区", "香港", "澳门"} <= set(regions.place_names())


def test_region_slugs_are_file_and_url_safe():
    assert regions.region_slug("深圳") == "shenzhen"
    odd = regions.region_slug("某地/../区")
    assert odd.isascii() and odd.isalnum() and odd == regions.region_slug("某地/../区")
