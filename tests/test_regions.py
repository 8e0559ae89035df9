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


@pytest.mark.parametrize("text, found", [
    # NOT_AFTER_ANY: a border crossing named for a place (深圳湾口岸, 横琴口岸) is a route, no place
    ("经深圳湾口岸转运病人，送往深圳市人民医院", ["深圳市"]),
    ("經深圳灣口岸轉運病人，送往深圳市人民醫院", ["深圳市"]),
    ("经横琴口岸入境的澳门居民在横琴就医", ["横琴"]),
    ("經橫琴口岸入境的澳門居民在橫琴就醫", ["横琴"]),
])
def test_a_border_crossing_is_no_place(text, found):
    assert [m.group() for m in regions.place_pattern().finditer(regions.simplified(text))] == found


def test_region_slugs_are_file_and_url_safe():
    assert regions.region_slug("深圳") == "shenzhen"
    odd = regions.region_slug("某地/../区")
    assert odd.isascii() and odd.isalnum() and odd == regions.region_slug("某地/../区")


# SAR_ISSUERS: an article a body of a SAR government issues is of that SAR, whatever mainland
# city it names (its publisher or author, its title's opening, a line or source label at its head)
@pytest.mark.parametrize("text, title, issuers, region", [
    ("澳門特別行政區政府統計暨普查局\n2025年第三季醫療統計\n統計暨普查局資料顯示，居於珠海的澳門居民住院420人次。",
     None, (), "澳门"),                                                  # a masthead line
    ("澳门特别行政区政府统计暨普查局\n2025年第三季医疗统计\n统计暨普查局资料显示，居于珠海的澳门居民住院420人次。",
     None, (), "澳门"),
    ("發佈日期：2026-02-03\n資料來源：社會工作局\n首季長者服務使用者3,250人，約200人居於珠海市。", None, (),
     "澳门"),                                                            # a source label
    ("发布日期：2026-02-03\n资料来源：社会工作局\n首季长者服务使用者3,250人，约200人居于珠海市。", None, (),
     "澳门"),
    ("今年首季共有長者使用者3,250人，其中約200人居於珠海市。", "社工局公佈首季長者服務數據", (), "澳门"),
    ("今年首季共有长者使用者3,250人，其中约200人居于珠海市。", "社工局公布首季长者服务数据", (), "澳门"),
    ("今年首季深圳試點醫療機構共處理醫療券申報2.1萬宗。", None, (None, "衞生署"), "香港"),  # author
    ("今年首季深圳试点医疗机构共处理医疗券申报2.1万宗。", None, ("卫生署",), "香港"),
    ("＊＊＊＊\n醫院管理局今日宣布，今年首兩月有1,260名病人經轉介往深圳治療。", None, (), "香港"),
    ("＊＊＊＊\n医院管理局今日宣布，今年首两月有1,260名病人经转介往深圳治疗。", None, (), "香港"),
    # a newspaper reporting what a SAR body says is not issued by it; nor is a mainland bureau
    ("【本報訊】澳門特區政府衞生局昨日公布，首季澳門居民在珠海就診1.2萬人次。", None, ("澳門日報",), "珠海"),
    ("【本报讯】澳门特区政府卫生局昨日公布，首季澳门居民在珠海就诊1.2万人次。", None, ("澳门日报",), "珠海"),
    ("珠海市卫生局\n今年一季度全市门诊量320万人次。", None, (), "珠海"),
    ("來源：珠海市衞生健康局\n今年一季度全市門診量320萬人次。", None, (), "珠海"),
])
def test_an_article_a_sar_body_issues_is_of_that_sar(text, title, issuers, region):
    assert regions.region_of(text, title, issuers) == region
