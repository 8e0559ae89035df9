"""The entity finder: the institution named before a figure, cut at the tagging window."""

from __future__ import annotations

import pytest

from analysis.entities import name_ending_at


@pytest.mark.parametrize("before", ["截至目前，", "据悉。", "他说：“", "（记者 李明） ", "2024年, ", "《湾区》",
                                    "今年以来，深圳市罗湖区、"])
@pytest.mark.parametrize("name, head", [("佛山市第一人民医院", "医院"), ("江门市中心医院", "医院"),
                                        ("横琴粤澳深度合作区医疗集团", "集团"), ("二级综合医院", "医院")])
def test_words_before_a_punctuation_mark_do_not_change_the_name(before, name, head):
    # the entity finder cuts its tagging window after the last punctuation mark or space,
    # relying on this: jieba tags text block by block, and a mark ends a name
    assert name_ending_at(before + name, head) == name_ending_at(name, head)


# --- the entity rules, each on a simplified case and on its traditional copy (OpenCC s2hk) ----

opencc = pytest.importorskip("opencc")

from datetime import date
from types import SimpleNamespace

from analysis.entities import region_of_entity
from analysis.metrics import document_metrics

# (pattern, text, region of the article, entity of each figure in text order)
ENTITY_RULES = [
    ("a bureau named with its place stands for the place",
     "记者从珠海市卫生健康局获悉，今年1-8月，澳门居民就医18.6万人次。", "珠海", ["珠海市"]),
    ("省 before a bureau is the province",
     "记者从省卫生健康委获悉，全省指定医疗机构达到58家。", "广州", ["广东省"]),
    ("a zone's bureau stands for the zone",
     "记者从横琴粤澳深度合作区民生事务局获悉，参保的澳门居民达到15328人。", "珠海",
     ["横琴粤澳深度合作区"]),
    ("a SAR government's bureau stands for the SAR",
     "据香港特区政府医务卫生局数据，符合资格的长者约190万人。", "深圳", ["香港"]),
    ("本港 and 全港 are Hong Kong",
     "截至2024年底，本港注册医生共有16820名。", "广州", ["香港"]),
    ("an area above a city is a place",
     "大湾区内地指定医疗机构由31家增至52家。", "广州", ["大湾区", "大湾区"]),
    ("a place after the figure in its clause",
     "据介绍，合资格长者可在十三个大湾区服务点使用医疗券。", "深圳", ["大湾区"]),
    ("a bare SAR before what it qualifies is no place",
     "深圳与香港保险机构合作的跨境直付已覆盖医疗机构35家。", "深圳", ["深圳"]),
    ("a SAR after 自 is where people come from",
     "医院有四位来自香港澳门的医学专家。", None, [None]),
    ("a word that opens no name (连同) ends it",
     "据介绍，连同香港大学深圳医院共有医生120名。", "深圳", ["香港大学深圳医院"]),
    ("a paragraph opening with a department's label is of the hospital named before it, however far",
     "2025年，广东省中医院全年接诊港澳患者14.7万人次。" + "该院持续优化服务流程，提升港澳患者就医体验。" * 20
     + "\n针灸科：全年门诊量28.4万人次。", "广州", ["广东省中医院", "广东省中医院"]),
    ("a SAR having what is counted, or its institutions all, is the place (澳门共有, 澳门各)",
     "澳门特别行政区政府卫生局今日公布。\n截至2025年底，澳门共有医生1,986名，澳门各医疗机构门诊640万人次。", "澳门",
     ["澳门", "澳门"]),
    ("a short form after a Portuguese name in the brackets stands for the name before them",
     "上半年仁伯爵綜合醫院（Centro Hospitalar Conde de São Januário，下稱仁伯爵醫院）急診部接診13.2萬人次。", "澳门",
     ["仁伯爵綜合醫院"]),
    ("a department label's short form in brackets is a unit of the hospital named before",
     "2025年，广州医科大学附属第二医院接诊港澳居民5.2万人次。\n国际医疗部（港澳服务中心）：上半年接诊港澳居民1.16万人次。",
     "广州", ["广州医科大学附属第二医院", "广州医科大学附属第二医院"]),
    ("an industrial park is a name (产业园)", "横琴粤澳合作中医药科技产业园累计注册企业达286家。", "珠海",
     ["横琴粤澳合作中医药科技产业园"]),
    ("a role before a name (牵头单位) opens no name", "牵头单位江门市新会区人民医院下派医生120名。", "江门",
     ["江门市新会区人民医院"]),
    ("towns and streets all (镇街) make a kind, no name", "中山市现有镇街社区卫生服务中心24家。", "中山", ["中山市"]),
    ("a banner's greeting (热烈庆祝) opens no name",
     "热烈庆祝惠州市中心人民医院建院80周年 全院现有床位2,100张。", "惠州", ["惠州市中心人民医院"]),
    ("an area's short form is its full one when the article writes that (粤港澳大湾区)",
     "粤港澳大湾区医疗卫生协同发展。截至10月底，大湾区内地城市共有医疗机构14家。", "广州", ["粤港澳大湾区"]),
    ("a conjunction the tagger joins to a name's first character (及仁|伯爵) is cut off",
     "救护车由消防局及仁伯爵综合医院调配，共4辆。", "澳门", ["仁伯爵综合医院"]),
    ("当中 (of Hong Kong and Macao, for 其中) opens no name",
     "全澳医院门诊共80万人次，当中镜湖医院门诊为30万人次。", "澳门", ["澳门", "镜湖医院"]),
    ("a short form in brackets inside a name is left out of it",
     "中山大学附属第一医院（中大附一医院）南沙院区现有床位800张。", "广州", ["中山大学附属第一医院南沙院区"]),
    ("a name in a clause of cause (由于) is not carried to the figures after it",
     "去年本市医院共提供病床1800张，主要由于广州市第一人民医院增设病床。全年住院病人5万人次，按年上升6%。",
     "广州", ["广州市", "广州市", "广州市"]),
    ("the one a subject receives from (接收) is not what the sentence is about",
     "江门市中心医院负责人说，该院去年接收澳门镜湖医院转诊患者300人次。", "江门", ["江门市中心医院"]),
    ("the last name of a list opened by 包括 is an example of what is counted, no entity",
     "社会工作局昨日宣布，计划新增3间合作院舍，包括江门市中心医院、江门市五邑中医院，以及江门市人民医院，令合作院舍由7间增至10间。",
     "澳门", ["社会工作局", "社会工作局", "社会工作局"]),
    ("a direction word opening a name (南方) stays",
     "南方医科大学深圳医院现有床位1200张。", "深圳", ["南方医科大学深圳医院"]),
    ("a verb tagged as a name word (启动) ends it",
     "合作区拟启动濠江国际医院扩建，新增床位300张。", "珠海", ["濠江国际医院"]),
    ("a one-character common noun (床) opens no name",
     "据悉，床横琴医院共有医生120名。", "珠海", ["横琴医院"]),
    ("a description in apposition before a name is left out",
     "本澳私营医院澳门仁康医院现有医生180名。", "珠海", ["澳门仁康医院"]),
    ("a kind of institution in a bare place is no name",
     "截至2025年底，前海国际化医院达到7家。", "深圳", ["前海"]),
    ("a place word (口岸) stands inside a name",
     "深圳市罗湖区口岸医院去年接诊香港长者过万人次。", "深圳", ["深圳市罗湖区口岸医院"]),
    ("a bare head word opening a clause refers back",
     "深圳市南山区蛇口港湾医院位于蛇口。\n医院现有床位150张。", "深圳",
     ["深圳市南山区蛇口港湾医院"]),
    ("a short form the text defines stands for the name",
     "社会保障基金（社保基金）今日公布数据。\n本季度，社保基金发放的各项给付合共约21.6亿澳门元。",
     "珠海", ["社会保障基金"]),
    ("a place keeps the suffix it is written with",
     "退休后移居石岐的陈伯说，石岐区居住的港澳居民已有万余人。", "中山", ["石岐区"]),
    ("names listed before 等 are what is counted",
     "记者从佛山市卫生健康局获悉，佛山市顺德区滨江医院、佛山市南海区桂澜医院等3家医院通过审核。",
     "佛山", ["佛山市"]),
    ("values after 分别 take the places listed before it",
     "深圳、广州及东莞的试点医疗机构的求诊人次分别为29812人次、16455人次及8130人次。", "深圳",
     ["深圳", "广州", "东莞"]),
    ("a place after 占 is the whole of a share",
     "深圳市执业港澳医生人数占全省的五分之二。", "广州", ["深圳市"]),
    ("合作区 said alone is the zone the article names",
     "横琴粤澳深度合作区民生事务局发布数据。\n合作区计划今年新增2家社区卫生服务站。", "珠海",
     ["横琴粤澳深度合作区"]),
    ("a unit inside a hospital is the unit, named with its hospital (该中心 too)",
     "佛山市南海区桂澜医院港澳医疗服务中心启用。该中心总投资1.8亿元。", "佛山",
     ["佛山市南海区桂澜医院港澳医疗服务中心"]),
    ("该局 refers back to the last body named with 局",
     "澳门特别行政区政府卫生局昨日发布年报，谈及仁伯爵综合医院扩建。该局指出，去年注射流感疫苗约12万剂次。", "澳门",
     ["澳门特别行政区政府卫生局"]),
    ("该局 after a bureau named with its place is the place",
     "惠州市医疗保障局与惠州市中心人民医院发布数据。该局表示，截至6月底参保港澳居民达4200人。", "广州", ["惠州市"]),
    ("该基金 refers back to the fund",
     "社会保障基金与澳门镜湖医院签署协议。该基金去年发放养老金约12.3亿澳门元。", "澳门", ["社会保障基金"]),
    ("我市 is the city of the issuing bureau, not the most named city",
     "来源：肇庆市卫生健康局\n今年我市接诊港澳患者6200人次，与广州、广州医院合作。", "广州",
     ["肇庆市"]),
    ("本市 is the issuer's city too",
     "中山市卫生健康局2024年工作总结\n2024年，本市共有医疗卫生机构1120家。", "广州", ["中山市"]),
    ("a body named in full, then by its short name",
     "澳门特别行政区政府卫生局今日公布数据。卫生局表示，去年共派发疫苗8万剂次。", "澳门",
     ["澳门特别行政区政府卫生局"]),
    ("a short form with the full form's characters in order is the full form",
     "澳门仁伯爵综合医院扩建急诊大楼。仁伯爵医院去年急诊求诊达28万人次。", "澳门",
     ["澳门仁伯爵综合医院"]),
    ("a university's short name opens a name and stands for the full one",
     "香港大学深圳医院是深港合作医院。港大深圳医院去年接诊香港患者12万人次。", "深圳",
     ["香港大学深圳医院"]),
    ("a short form with two fuller candidates stays as written",
     "北京大学深圳医院与香港大学深圳医院合作。深圳医院去年接诊香港患者3万人次。", "深圳",
     ["深圳医院"]),
    ("a whole word in its own clause wins over a hospital of an earlier clause",
     "江门市中心医院接诊港澳患者5200人次，全市医疗机构共接诊港澳患者3.1万人次。", "江门",
     ["江门市中心医院", "江门市"]),
    ("a whole word after a body that runs the whole keeps the body",
     "医院管理局数字显示，全港公立医院急症室求诊约191万人次。", "香港", ["医院管理局"]),
    ("a heading line above a paragraph gives its figures the heading's name",
     "镜湖医院\n去年门诊量达150万人次。", "澳门", ["镜湖医院"]),
    ("a numbered heading line too",
     "一、离岛医院运营情况\n启用首年，急诊求诊约9万人次。", "澳门", ["离岛医院"]),
    ("a line ending a sentence is no heading",
     "横琴口岸已启用。\n去年，通关旅客约9万人次。", "珠海", ["珠海"]),
    ("a city's own hospital named by the bare level (市人民医院) is a name",
     "2024年，市妇幼保健院分娩量达1.2万例，区人民医院新增床位200张。", "江门",
     ["市妇幼保健院", "区人民医院"]),
    ("a bare-level name is the article's fuller one where written",
     "肇庆市第一人民医院与中山大学附属第一医院合作。去年，市第一人民医院接诊港澳患者5600人次。", "肇庆",
     ["肇庆市第一人民医院"]),
    ("a word of belonging (辖下) ends a name on its left",
     "卫生局辖下仁伯爵综合医院去年急诊求诊达31.2万人次。", "澳门", ["仁伯爵综合医院"]),
    ("a bureau after a bare 市 is the issuer's city",
     "惠州市卫生健康局发布。市医疗保障局表示，参保港澳居民达4200人，与广州、广州医院合作。",
     "广州", ["惠州市"]),
    ("a place inside the speaking bureau's city, said after its speech clause, wins",
     "珠海市医疗保障局有关负责人表示，今年计划在横琴新增2个医保服务站。", "珠海", ["横琴"]),
    ("a wider area after a speech clause leaves the bureau the entity",
     "省卫生健康委表示，力争在大湾区内地执业的港澳医生超过1500名。", "广州", ["广东省"]),
    ("a place of an earlier clause wins over an institution of a later one",
     "全年全市婴儿死亡率1.8‰，市第一人民医院接诊港澳患者5600人次。", "佛山",
     ["佛山", "市第一人民医院"]),
    ("a longer name in brackets after a name is its fuller name",
     "仁伯爵医院（仁伯爵综合医院）方面，去年住院病人约3.1万人次。", "澳门", ["仁伯爵综合医院"]),
    ("a name as long in brackets is another name of the first",
     "江门市中心医院（江门市人民医院）去年接诊港澳患者8600人次。", "江门", ["江门市中心医院"]),
    ("我院 before a unit's name: the unit is the hospital's (我院 is no part of the name)",
     "2025年，广东省人民医院全年出院病人31.8万人次。我院港澳居民服务中心全年接诊港澳患者4.36万人次。",
     "广州", ["广东省人民医院", "广东省人民医院"]),
    ("a campus of the city's own hospital is named as that hospital is in the text",
     "东莞市人民医院今年接诊港澳居民9800人次。市人民医院松山湖院区规划床位1500张。", "东莞",
     ["东莞市人民医院", "东莞市人民医院松山湖院区"]),
    ("研究所 ends a name (a research institute)",
     "广东省心血管病研究所全年完成心脏外科手术5860台。", "广州", ["广东省心血管病研究所"]),
    ("a longer name in brackets opening otherwise is another name of the first",
     "记者从珠海市人民医院（暨南大学附属珠海医院）获悉，该院去年接诊澳门居民8.9万人次。", "珠海",
     ["珠海市人民医院"]),
    ("values after 分别 take the institutions listed before it",
     "深圳市人民医院、深圳市第二人民医院分别接诊香港患者3.2万、2.1万人次。", "深圳",
     ["深圳市人民医院", "深圳市第二人民医院"]),
    ("a unit of a hospital named short is named with the hospital's fullest name",
     "香港大学深圳医院（港大深圳医院）开诊。港大深圳医院国际医疗中心接诊外籍患者1.2万人次。",
     "深圳", ["香港大学深圳医院国际医疗中心"]),
    ("a Macao or Hong Kong district opens a name (塔石卫生中心, 屯门医院)",
     "卫生局辖下的塔石卫生中心去年提供服务约12万人次。另外，屯门医院新增病床120张。", "澳门",
     ["塔石卫生中心", "屯门医院"]),
    ("a well-known body's short name stands for its full name where written",
     "社会保障基金今日公布数据，受益人约17.1万人。\n社保基金表示，全年发放给付约21.6亿澳门元。",
     "澳门", ["社会保障基金", "社会保障基金"]),
    ("a well-known body's short name stays when the full name is not written",
     "社保基金表示，全年发放给付约21.6亿澳门元。", "澳门", ["社保基金"]),
    ("a partner named after 与 is not what the sentence is about",
     "珠海市人民医院横琴医院是公立医院。该院与澳门镜湖医院合作，去年服务澳门居民5.6万人次。",
     "珠海", ["珠海市人民医院横琴医院"]),
    ("a partner alone is still the entity when nothing else is named",
     "据悉，与澳门镜湖医院合作的项目去年服务澳门居民5.6万人次。", "珠海", ["澳门镜湖医院"]),
    ("a campus (院区) is a name, and 该院区 refers back to it",
     "中山大学附属第一医院南沙院区今年启用。该院区设置床位1500张。", "广州",
     ["中山大学附属第一医院南沙院区"]),
    ("a figure naming nothing near it is of the city of the bureau heading the text",
     "东莞市卫生健康局　2024-03-01\n\n广州和广州的港澳居民就医政策。\n\n今年1-2月共办理1.2万人次。",
     "广州", ["东莞市"]),
    ("a verb that stands inside names (防治) stays in the name",
     "据介绍，中山大学肿瘤防治中心去年接诊港澳患者1.2万人次。", "广州", ["中山大学肿瘤防治中心"]),
    ("a university's name is a proper part of a hospital's",
     "南方医科大学南方医院去年接诊港澳患者1.2万人次。", "广州", ["南方医科大学南方医院"]),
    ("a preposition the tagger joins to a name's first character is cut off",
     "经仁伯爵综合医院评估，去年转诊病人1200人次。", "澳门", ["仁伯爵综合医院"]),
    ("a preposition the tagger reads as a person's name with it (由仁) is cut off too",
     "经远程会诊由仁伯爵综合医院专科医生参与诊治的个案共428宗。", "澳门", ["仁伯爵综合医院"]),
    ("a preposition the tagger reads as a person's name with it, traditional",
     "經遠程會診由仁伯爵綜合醫院專科醫生參與診治的個案共428宗。", "澳门", ["仁伯爵綜合醫院"]),
    ("a counter after a number (43间) opens no name",
     "医院管理局辖下43间公立医院去年住院病人约150万人次。", "香港", ["医院管理局", "医院管理局"]),
    ("本院 far from any name is the body the text opens with",
     "镜湖医院新闻稿\n" + "持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程，持续优化服务流程。\n本院去年门诊量达150万人次。",
     "澳门", ["镜湖医院"]),
    ("a Hong Kong hospital cluster (联网) is a name; the head alone is no proper part",
     "部分联网的轮候时间为96星期。新界西联网急症室求诊约40万人次。", "香港",
     ["香港", "新界西联网"]),
    ("a place right after a figure qualifies what it counts, over an earlier clause's name",
     "连同香港大学深圳医院，合资格长者可在十三个大湾区服务点使用医疗券。", "深圳", ["大湾区"]),
    ("a place opening the next sentence does not qualify a figure",
     "罗湖医院开业以来，已接诊12万人次。深圳的其他医院也有合作。", "深圳", ["罗湖医院"]),
    ("a paragraph naming nothing goes on about the last institution of the one before",
     "仁伯爵综合医院今日公布去年服务数据。\n急诊方面，全年求诊约31万人次。", "澳门",
     ["仁伯爵综合医院"]),
    ("a place of the paragraph before is not carried over",
     "横琴的澳门居民越来越多。\n急诊方面，全年求诊约31万人次。", "澳门", ["澳门"]),
    ("a heading line does not go on about the paragraph before",
     "仁伯爵综合医院今日公布去年服务数据。\n今年将新增3家诊所\n", "珠海", ["珠海"]),
    ("a paragraph after a photo caption does not go on about the caption",
     "▲镜湖医院医护人员为病人检查。\n四位来自香港的医学专家来到特需门诊接诊，已接诊病人120人次。",
     "珠海", ["珠海", "珠海"]),
    ("该医院 refers back to the subject, not the partner named last",
     "深圳恒生医院已与香港港安医院签订协议。该医院去年接诊港澳患者1.2万人次。", "深圳",
     ["深圳恒生医院"]),
    ("a whole word after a preposition is whom the institution serves",
     "珠海市妇幼保健院成立于1950年。据统计，该院统筹全市机构，为全市约2.6万名孕产妇提供筛查。",
     "珠海", ["珠海市妇幼保健院"]),
    ("a name opening with its place is not a short form of a longer one",
     "香港希玛国际眼科医疗集团成立于2012年。香港希玛医疗集团去年接诊患者12万人次。", "深圳",
     ["香港希玛医疗集团"]),
    ("我区 and 全区 are the district of the issuing district bureau",
     "黄埔区卫生健康局2024年工作总结\n2024年，全区共有医疗卫生机构420家，我区港澳居民就医1.2万人次。",
     "广州", ["黄埔区", "黄埔区"]),
    ("全区 with no district bureau says nothing",
     "2024年，全区共有医疗卫生机构420家。", "珠海", ["珠海"]),
    ("a short form introduced in brackets (以下简称“…”) stands for the name",
     "社会保障基金（以下简称“社保”）公布，社保去年发放给付约21.6亿澳门元。", "澳门",
     ["社会保障基金"]),
    ("a figure naming nothing near it is the well-known body's that heads the text",
     "卫生局今日公布去年服务数据。\n" + "，".join(["横琴合作持续推进"] * 70) + "。\n"
     "全年共提供服务约12万人次。", "珠海", ["卫生局"]),
    ("a SAR bureau named with no place is kept whole (医务卫生局, not 卫生局)",
     "医务卫生局今日公布，试点医疗机构增至20间。", "香港", ["医务卫生局"]),
    ("a time word (期内) the tagger takes into a name ends it",
     "据介绍，期内仁伯爵综合医院急诊求诊10.2万人次。", "澳门", ["仁伯爵综合医院"]),
    ("a kind of institution in a SAR (香港公立医院, 本澳医院) is no name",
     "香港大学深圳医院去年接收香港公立医院转介患者1186人。本澳医院接诊澳门居民3150人次。", "深圳",
     ["香港大学深圳医院", "澳门"]),
    ("a place and a head word alone are a name (横琴医院)",
     "横琴医院澳门患者占比近四成。", "珠海", ["横琴医院"]),
    ("a SAR government body with no proper part (社会福利署, 劳工局) is a name, not an earlier hospital's",
     "玛丽医院去年接诊12万人次。社会福利署表示，参与计划的院舍增至15间。", "香港",
     ["玛丽医院", "社会福利署"]),
    ("a body's short form (社工局, 社署) is its full name written in the text",
     "仁伯爵综合医院病床增至80张。社会工作局副局长表示，社工局资助的康复机构有9间。", "澳门",
     ["仁伯爵综合医院", "社会工作局"]),
    ("a labour bureau's figure after a hospital's is the bureau's",
     "镜湖医院门诊达50万人次；劳工局则表示，外地雇员约有18万名。", "澳门",
     ["镜湖医院", "劳工局"]),
    ("a part named after 其中 is its clause's; the sentences after it go on about the whole",
     ("社会福利署去年资助合共8.5亿港元，其中玛丽医院获1.2亿港元。全年共培训护理员850名。\n"
      "　　培训方面，今年再培训护理员320名。"), "香港",
     ["社会福利署", "玛丽医院", "社会福利署", "社会福利署"]),
    ("values after 分别 take the listed names in order, past a comma (…最多，分别为)",
     "去年镜湖医院、仁伯爵综合医院求诊最多，分别为3.1万人次及2.4万人次。", "澳门",
     ["镜湖医院", "仁伯爵综合医院"]),
    ("a listed name with its short form in brackets is one name of the list before 分别",
     "转介的病人来自深圳市第二人民医院（深二院）、珠海市人民医院及中山市人民医院，人数分别为120名、85名及40名。",
     "深圳", ["深圳市第二人民医院", "珠海市人民医院", "中山市人民医院"]),
    ("a zone's name never holds a preposition (澳门居民在合作区 is no zone name)",
     "横琴粤澳深度合作区今年发展迅速。澳门居民在合作区求诊共3.2万人次。\n本澳全年录得流感个案210例。",
     "澳门", ["横琴粤澳深度合作区", "澳门"]),
    ("a figure before 其中 is the whole's, not that of the part named after it",
     "社会福利署今日公布计划进展。去年共有约1.2万名长者登记，其中约3,000名转介往玛丽医院覆诊。",
     "香港", ["社会福利署", "玛丽医院"]),
    ("a paragraph opening a numbered section (三、…) does not go on about the paragraph before",
     ("深圳市卫生健康委员会工作进展\n\n二、医疗合作。香港大学深圳医院接诊港澳居民3.2万人次。\n\n"
      "三、人才队伍建设。上半年新引进高层次医学人才138名，同比增加12名。"), "深圳",
     ["香港大学深圳医院", "深圳市", "深圳市"]),
    ("我局 is the writing bureau (its place), not the hospital named last",
     ("珠海市卫生健康局2024年工作总结\n\n全年珠海市人民医院接诊港澳居民5.1万人次。\n\n"
      "2025年，我局将力争家庭医生签约率达到40%。"), "珠海", ["珠海市人民医院", "珠海市"]),
    ("a district's fullest form may be read inside a hospital's name (深圳市罗湖区人民医院)",
     "深圳市罗湖区人民医院获批指定医院。上半年，罗湖区各医疗机构接诊港澳居民3.1万人次。", "深圳",
     ["深圳市罗湖区"]),
    ("a person's title after a name leaves the name the entity",
     "仁伯爵综合医院院长郭昌宇表示，去年门诊达65万人次。", "澳门", ["仁伯爵综合医院"]),
    ("a complex (综合体) is a head word of a name",
     "社会工作局计划于明年在氹仔社区服务综合体增设80个日间护理名额。", "澳门", ["氹仔社区服务综合体"]),
    ("现有 (now has) ends a name on its left: a whole place and a kind are no name",
     "基层医疗方面，全澳现有社区卫生中心共9间。", "珠海", ["澳门"]),
    ("a SAR government's short form (特区政府) opens a body's fuller name",
     "澳门特区政府卫生局昨日公布数据。卫生局表示，上半年接获投诉共35宗。", "珠海",
     ["澳门特区政府卫生局"]),
    ("an area wider than a city before a head word (大湾区医院) is a kind there, no name",
     "香港大学深圳医院是首家试点。试点计划去年新增大湾区医院3间。", "深圳", ["大湾区"]),
    ("医卫局 is the short form of 医务卫生局, its full name where written",
     "医务卫生局今日公布数据。\n医卫局发言人表示，试点服务点增至25个。", "深圳", ["医务卫生局"]),
    ("a receiver after 向 is not the subject named before it",
     "医院管理局今年向香港大学深圳医院转介病人共1028名。", "深圳", ["医院管理局"]),
    ("a receiver after 向 with no subject named is the entity",
     "政府今年向医院管理局拨款约1060亿港元。", "深圳", ["医院管理局"]),
    ("a partner written by its short form is a partner too",
     "珠海市人民医院横琴医院（横琴医院）开设专科门诊。镜湖医院与横琴医院合作开设的转诊通道，上半年共转诊病人286宗。",
     "珠海", ["镜湖医院"]),
    ("districts in a list of places (A镇和B镇) give a figure of them all to their city",
     "中山市医疗保障局表示，今年将在小榄镇和坦洲镇新设3个医保服务站。", "广州", ["中山市"]),
    ("a district listed with an area the gazetteer lacks (仲恺高新区) is of their city too",
     "惠州市卫生健康局表示，计划在惠阳区、仲恺高新区建成3个健康服务中心。", "广州", ["惠州市"]),
    ("a word ending with 区 that names no place (社区) makes no list",
     "今年在福田区和社区共开展义诊30场。", "广州", ["福田区"]),
    ("a figure of a later item of an enumeration (二是…) is not of a name of an earlier item",
     ("珠海市卫生健康局2025年工作总结\n2026年，我局将重点做好以下工作：一是推进珠海市第三人民医院建设，"
     "规划床位800张；二是力争家庭医生签约率达到45%；三是新增社区卫生服务站6个。"), "广州",
     ["珠海市第三人民医院", "珠海市", "珠海市"]),
    ("items that are clauses of one sentence too",
     ("珠海市卫生健康局2025年工作总结\n2026年，我局将做好三项工作，一是推进珠海市第三人民医院建设，"
     "二是力争家庭医生签约率达到45%。"), "广州", ["珠海市", "珠海市"]),
    ("a city after a word of joining names the scheme joined (参加珠海医保), not the place",
     "截至6月底，在横琴参加珠海医保的澳门居民有3.74万人。", "珠海", ["横琴"]),
    ("a city's scheme as the subject (中山市医保基金支付) is the city's",
     "上半年，中山市医保基金为参保澳门居民支付医疗费用约1260万元。", "广州", ["中山市"]),
    ("a name in a clause of circumstance (随着…获批，) is not the entity of the figure after it",
     "随着佛山市南海区人民医院获批，佛山市指定医疗机构增至6家。", "广州", ["佛山市"]),
    ("本港 opening a later clause wins over an institution of an earlier clause, as 全港 does",
     ("中山大学附属第一医院去年接诊香港病人1.1万人次。该院负责人表示，部分病人为节省时间而北上，"
     "本港公立医院白内障手术轮候时间长达18个月。"), "广州", ["中山大学附属第一医院", "香港"]),
    ("a place of action (在…) is its clause's; a further action (并…) is the subject's",
     "社会工作局计划明年在氹仔长者服务综合体增设80个宿位，并把护理员增至120名。", "澳门",
     ["氹仔长者服务综合体", "社会工作局"]),
    ("a clause going on about the action stays the place of action's",
     "医院管理局今年在香港大学深圳医院增设遥距会诊服务，至今已提供约1350次会诊。", "深圳",
     ["香港大学深圳医院"]),
    ("两院 refers back to the first of the last pair named with a partner word",
     "镜湖医院与珠海市人民医院签署合作协议。珠海市人民医院派出医生12名。两院计划年内完成会诊800例。",
     "珠海", ["珠海市人民医院", "镜湖医院"]),
    ("a part named after 仅 (仅某医院就…) is its clause's: the sentences after it are not about it",
     ("港澳医师主要在香港大学深圳医院等机构执业，仅香港大学深圳医院去年就接诊港澳患者1.2万名。"
     "今年1-2月，港澳医师在社区开展义诊逾千人次。"), "深圳", ["香港大学深圳医院", "深圳"]),
    ("a share opening its clause (…，占深圳全市的N%) is of a place of an earlier clause inside the whole",
     "全年前海各医疗机构服务港澳人士46.2万人次，占深圳全市港澳人士就诊量的21.5%。", "深圳",
     ["前海", "前海"]),
    ("... not of an earlier place outside the whole (大湾区, 占全港)",
     "曾到大湾区就医的香港居民约有52.7万人，占全港人口的8.1%。", "深圳", ["大湾区", "香港"]),
    ("a place inside a quoted scheme name (「…大湾区试点计划」) is part of the name, not a place",
     "医务卫生局今日公布数据。\n截至9月底，「长者医疗券大湾区试点计划」下共有22个服务点。", "深圳",
     ["医务卫生局"]),
    ("a part's clause (其中约一半集中在横琴) is of the place it names after the figure",
     "记者从珠海市卫生健康局获悉，澳门居民在珠海就医18.6万人次，其中约一半集中在横琴。", "珠海",
     ["珠海市", "横琴"]),
    ("a whole word opening its clause after a known body with an action (全港共录得) is the whole's",
     "卫生防护中心发言人表示，截至今年6月底，全港共录得水痘个案1200宗。", "香港", ["香港"]),
    ("... and a later clause naming nothing goes on about that whole (，较去年同期增加14%)",
     "卫生防护中心发言人表示，今年上半年全港共录得水痘个案1200宗，较去年同期增加14%。", "香港",
     ["香港", "香港"]),
    ("a place opening a sentence after the issuing body is what later figures naming nothing are about",
     "卫生局今日公布统计。去年澳门特别行政区共有活产婴儿3000名；粗出生率为4.5‰。", "澳门",
     ["澳门特别行政区", "澳门特别行政区"]),
    ("... a district of a city likewise, not the city of the issuing bureau",
     "深圳市卫生健康委员会今日发布统计数据。全年深圳市南山区共有活产婴儿3000名；出生率为4.5‰。", "深圳",
     ["深圳市南山区", "深圳市南山区"]),
    ("a body after a source label in a heading (（资料来源：卫生局）) only gave the data: not carried",
     ("统计暨普查局今日公布人口统计。\n一、人口\n　　6月底澳门总人口为69.42万人。"
      + "有关数字为估计数，各分项因四舍五入，总和与总数或有差异，详情请参阅统计局网页的人口统计资料。" * 4
      + "\n二、须申报传染病（资料来源：卫生局）\n　　第二季须申报传染病共4316宗，按年上升11.2%。\n"),
     "澳门", ["澳门", "澳门", "澳门"]),
    ("a rate computed over a whole said in the clause before (以全港人口计算，) is the whole's",
     "医院管理局公立医院病床增至30660张，以全港人口计算，每千人口约有4.1张病床。", "香港",
     ["医院管理局", "香港"]),
    ("a zone named with 经济技术开发区 is the zone's fullest form, and 全区 of its bureau's branch is it",
     "来源：佛山市医疗保障局三水经济开发区分局\n上半年，全区参保的港澳居民达3120人。在三水参保的澳门居民410人。",
     "佛山", ["三水经济开发区", "三水经济开发区"]),
    ("an association's name keeps the words the tagger splits (街坊会, 联合总会)",
     "澳门街坊会联合总会横琴家庭服务中心今年首季服务长者3200人次。", "珠海",
     ["澳门街坊会联合总会横琴家庭服务中心"]),
    ("an association (总会, 学会) is a name of its own",
     "调查由香港家庭医学学会进行，受访长者约有六成曾在内地求诊。", "深圳", ["香港家庭医学学会"]),
    ("a care home (颐养院, 安老院) is a name of its own",
     "位于中山市坦洲镇的康怡安老院现有床位420张。", "中山", ["康怡安老院"]),
    ("a clinic named 医疗所 is a name of its own",
     "澳门妇联医疗所去年门诊服务约5.2万人次。", "澳门", ["澳门妇联医疗所"]),
    ("a SAR government department (消防局) is a body, with its government before it",
     "澳门特别行政区政府消防局表示，上半年救护车出勤2.9万宗。", "珠海", ["澳门特别行政区政府消防局"]),
    ("a SAR charity named without a head word (同善堂) is a body",
     "澳门同善堂今年派发药物约32万份。", "珠海", ["澳门同善堂"]),
    ("a unit named right after 该院 is the hospital's, and so is 该中心 after it",
     "东莞市凤岗医院去年接诊港澳居民3100人次。该院港澳服务中心现有医生12名，该中心每日接诊约60人次。", "东莞",
     ["东莞市凤岗医院", "东莞市凤岗医院", "东莞市凤岗医院"]),
    ("a body inside a quoted title that goes on after it (「…医院管理局病人先导计划」) is no entity",
     "卫生署今日公布，「支援大湾区医院管理局病人先导计划」上半年共提供诊症约1.2万人次。", "香港", ["卫生署"]),
    ("a SAR with a head word and nothing between (香港医院) is a kind, not a name",
     "东莞市凤岗医院引入香港医院管理模式，该院去年接诊港澳居民3100人次。", "东莞", ["东莞市凤岗医院"]),
    ("a place where those counted live (居于大湾区的) does not qualify the figure; 老年 stays in a name",
     "香港老年医学会公布调查，在820名居于大湾区的受访长者中，约四成曾在内地求诊。", "深圳",
     ["香港老年医学会", "香港老年医学会"]),
    ("a place naming a port or a bridge (横琴口岸, 港珠澳大桥) is not where the figure is counted",
     "澳门特别行政区政府消防局表示，今年经横琴口岸完成的跨境转运共180宗。", "珠海",
     ["澳门特别行政区政府消防局"]),
    ("a bureau's short form defined in brackets (以下简称“市医保局”) stands for its place too",
     "江门市医疗保障局（以下简称“市医保局”）发布通报。今年，市医保局计划新增医保服务站3个。", "江门",
     ["江门市"]),
    ("... and so does a district bureau's (以下简称“区卫生健康局”), named with its city",
     "广州市黄埔区卫生健康局（以下简称“区卫生健康局”）表示，下半年将新增2个健康服务站。", "广州",
     ["广州市黄埔区"]),
    ("the later names of a list of parts after 其中 are parts too: the next paragraph is the whole's",
     ("医院管理局去年共转介病人887宗，其中玛丽医院及伊利沙伯医院接收最多，分别为142宗及97宗。\n"
     "费用方面，转介每宗平均资助1.2万港元。"), "香港",
     ["医院管理局", "玛丽医院", "伊利沙伯医院", "医院管理局"]),
    ("院方/局方 refer back to the last name with that head, past a body named between",
     "康怡安老院现有床位420张。按计划，社会福利署每月为每名长者支付资助。院方指出，入住长者平均年龄为83.1岁。",
     "珠海", ["康怡安老院", "康怡安老院"]),
    ("a SAR bureau with 及 in its name (教育及青年发展局) is a body",
     "澳门特别行政区政府教育及青年发展局表示，今年为学生提供体检1.8万人次。", "珠海",
     ["澳门特别行政区政府教育及青年发展局"]),
    ("a paragraph naming nothing goes on about the paragraph right before only",
     "镜湖医院去年门诊求诊约50万人次。\n基层医疗方面，全澳共有卫生中心9间。\n资助方面，今年共发放资助约2亿澳门元。",
     "珠海", ["镜湖医院", "澳门", "珠海"]),
    # a short name whose characters stand in order in the one fuller name of the article with
    # the same head word is that name (a university's short form, UNIVERSITY_SHORT, opening it)
    ("a short name with its characters in order in a fuller name is that name",
     "南方医科大学深圳医院位于宝安区。\n深圳市人民医院接诊1800人次，南医大深圳医院接诊港澳居民3200人次。",
     "深圳", ["深圳市人民医院", "南方医科大学深圳医院"]),
    ("a numbered short name (附一院) is the numbered hospital it shortens",
     "广州医科大学附属第一医院是呼吸专科医院。\n广州市妇女儿童医疗中心接诊8000人次，广医附一院接诊1.2万人次。",
     "广州", ["广州市妇女儿童医疗中心", "广州医科大学附属第一医院"]),
    ("a short name ending with its number (五院) is the hospital of that number",
     "中山大学附属第五医院位于珠海。\n珠海市人民医院接诊澳门居民3万人次，中大五院接诊澳门患者5.6万人次。",
     "珠海", ["珠海市人民医院", "中山大学附属第五医院"]),
    ("a university's short form stands for its full form where the article writes it",
     "澳门科技大学医院与镜湖医院合作。\n镜湖医院门诊量50万人次，科大医院门诊量42万人次。", "澳门",
     ["镜湖医院", "澳门科技大学医院"]),
    ("a short name that drops a number is not the numbered hospital",
     "中山大学附属第一医院今年接诊港澳患者。\n广州市第一人民医院接诊1800人次，中大医院接诊2100人次。",
     "广州", ["广州市第一人民医院", "中大医院"]),
    # a place's official form counts as its fullest where the text writes it as a place (or a
    # bureau named with it), not where it only opens an institution's name
    ("a city's official form only opening a hospital's name leaves the bare city as written",
     "珠海市人民医院今年接诊澳门居民5万人次。\n另外，澳门参保人在珠海各定点医院结算费用1.2亿元。", "珠海",
     ["珠海市人民医院", "珠海"]),
    ("a city's official form named with its bureau is its fullest",
     ("记者从珠海市卫生健康局获悉，珠海市人民医院今年接诊澳门居民5万人次。\n另外，澳门参保人在珠海各定点医院"
     "结算费用1.2亿元。"), "珠海", ["珠海市人民医院", "珠海市"]),
    ("a place right after 其中 is the part's, not the body's of an earlier clause",
     "卫生署发言人表示，今年首十月共录得申报4.1万宗，其中深圳占约六成。", "香港", ["卫生署", "深圳"]),
    ("a place inside a description after 其中 is not the part",
     "澳门科技大学医院上半年门诊量约21.6万人次，其中来自内地及香港的病人占约一成。", "澳门",
     ["澳门科技大学医院", "澳门科技大学医院"]),
    ("a kind of institution opening a figure's clause is the issuing body's, not an earlier name's",
     "卫生局今日公布，上半年仁伯爵综合医院住院病人1.9万人次；卫生中心门诊共42.3万人次。", "澳门",
     ["仁伯爵综合医院", "卫生局"]),
    ("a kind of institution opening a clause of a city bureau's report is the city's",
     "记者从珠海市卫生健康局获悉，珠海市人民医院接诊3万人次；社区卫生服务中心门诊量达120万人次。", "珠海",
     ["珠海市人民医院", "珠海市"]),
    ("a later clause of a sentence a kind of institution opens goes on about the kind",
     ("卫生局今日公布数据。\n基层医疗方面，全澳现有卫生中心及卫生站共14间。卫生中心上半年举办健康讲座逾千场，"
     "参与市民万余人次。"), "澳门",
     ["澳门", "卫生局", "卫生局"]),
    ("a paragraph naming nothing goes on about the subject of the paragraph before, not its last name",
     ("深港转介方面，前海医院今年转介回港的病人共386宗。医院管理局辖下接收转介的医院有9间。\n"
     "收费方面，港式全科门诊每次诊金为人民币200元。"), "深圳",
     ["前海医院", "医院管理局", "前海医院"]),
    ("a size word (中大型) is no short name", "今年广州市新建中大型医院3家。", "广州", ["广州市"]),
    # a centre named with a place of its own after the hospital's name is an institution there
    ("a centre named with a place after its parent hospital is an institution of its own",
     "北京大学第一医院澳门医学中心今年接诊患者3.2万人次。\n中山大学附属第一医院横琴医疗中心现有床位300张。",
     "澳门", ["北京大学第一医院澳门医学中心", "中山大学附属第一医院横琴医疗中心"]),
    # RESPONDENTS: a figure counting a survey's respondents (or after them in their sentence) is
    # the survey body's, not a place they answered about
    ("respondents' answers are the survey body's, not the place they name",
     ("香港老年学会昨日公布问卷调查结果。\n结果显示，约62%受访者曾在深圳求医，最常使用的是公立医院门诊（71.3%）；"
     "逾半数受访者每月医疗开支不超过1000元。"), "香港", ["香港老年学会"] * 4),
    ("a place the respondents' spending is in stays when no respondents are counted",
     "受访香港居民在大湾区内地城市就医的人均医疗开支约为4350港元。", "香港", ["大湾区"]),
    # SPEECH_VERBS, ACTING_FOR: an institution speaking first is only the source of a place's
    # figure said after it, unless it acts for someone there (向…, 为…)
    ("a place said after an association's speech clause is the figure's",
     "澳门街坊会联合总会负责人表示，目前在中山居住的澳门居民约1.2万人，较去年增加约900人。", "澳门",
     ["中山", "中山"]),
    ("a speaker that acts for those it counts is the entity",
     "卫生局表示，今年向在中山就医的澳门居民发放医疗补贴约2380万澳门元。", "澳门", ["卫生局"]),
    (("a speaker that sets something up in a place is the entity, and 与 after its speech clause "
     "names its partner"),
     ("珠海市急救中心今年接报急救呼叫1380宗。该中心表示，将与消防局合办联合演练，并计划明年再增配跨境救护车4辆，"
     "在横琴设立一个可停泊6辆救护车的转运站。"), "珠海", ["珠海市急救中心"] * 3),
    ("a quoted sentence naming nothing is of the speaker named after it",
     "东莞市厚街医院累计签约港澳居民1240人。\n“今年港澳居民诊疗量有望突破60万人次。”东莞市卫生健康局相关负责人表示。",
     "东莞", ["东莞市厚街医院", "东莞市"]),
    # LISTED_PLACE_ENDS, LISTED_AND_OTHERS: districts and county-level cities listed together, or
    # one with 等 after it, are all of their city
    ("county-level cities listed together are their city's",
     ("江门医保服务延伸到侨乡。\n在台山市、开平市、恩平市设立港澳居民医保服务站3个，港澳参保人中，台山市、开平市和"
     "新会区合计占比近六成。"), "江门", ["江门", "江门"]),
    ("a district with 等 after it is one of several of its city",
     "东莞推进莞港合作。\n截至6月底，凤岗、塘厦等临深片区6家社区卫生服务中心累计签约1875人。", "东莞",
     ["东莞", "东莞"]),
    ("places listed together in a district bureau's text are of that district",
     "南山区卫生健康局相关负责人表示，计划到2027年在蛇口、前海片区再建设3家港澳居民健康服务站。", "深圳",
     ["南山区"]),
    # TOGETHER, JOINT_MARKS: institutions listed together and counted together are their city's;
    # values after 分别 (after the total they make) each its own
    ("institutions counted together are of their city; 分别 after their total gives each its own",
     "博罗县人民医院、惠东县人民医院全年共接诊港澳患者4.3万人次，分别为2.5万人次和1.8万人次。", "惠州",
     ["惠州", "博罗县人民医院", "惠东县人民医院"]),
    ("an institution counted alone stays itself",
     "博罗县人民医院全年共接诊港澳患者4.3万人次。", "惠州", ["博罗县人民医院"]),
    ("two districts' bureaus counted together are their city's",
     "记者从深圳市罗湖区卫生健康局和盐田区卫生健康局获悉，今年1至3月，两区公立医疗机构共接诊港澳患者7.86万人次。",
     "深圳", ["深圳市"]),
    ("a count of places before a kind of institution (两区公立医院) is no name",
     "深圳推进深港医疗合作。\n今年一季度，两区公立医院接诊港澳患者近8万人次。", "深圳", ["深圳"]),
    # CHARITIES: a SAR charity's name opens a name of its own (同善堂诊所), kept whole by the tagger
    ("a clinic named after its charity is the clinic",
     "澳门同善堂昨日公布年报。\n同善堂诊所现有医生38名，日均诊症约860人次。", "澳门", ["同善堂诊所", "同善堂诊所"]),
    # BARE_HEADS: a care home's head word alone opening a clause refers back to the home named
    ("a care home's bare head word refers back to the home",
     "位于珠海市金湾区的逸和颐养院现有床位520张。\n颐养院计划明年再增设床位80张。", "珠海",
     ["逸和颐养院", "逸和颐养院"]),
    ("该医院 refers back to the partner when it is the only hospital named",
     "逸和颐养院与珠海市金湾区人民医院签订合作协议，该医院每周派出医生4名到院巡诊。", "珠海",
     ["珠海市金湾区人民医院"]),
    # PART_WORDS: a sentence opening with 其中 and naming nothing goes on about the whole before it
    ("a part's sentence naming nothing is of the whole's place, not of a body named earlier",
     ("卫生局今日公布数据。截至12月1日，全澳累计接种流感疫苗18.42万剂次；其中65岁或以上长者接种5.87万剂次，"
     "长者接种率约为52.4%。"), "澳门", ["澳门", "澳门", "澳门"]),
    ("a part's sentence naming an institution is that institution's",
     "卫生局今日公布数据。截至12月1日，全澳累计接种流感疫苗18.42万剂次；其中镜湖医院接种5.87万剂次。", "澳门",
     ["澳门", "镜湖医院"]),
    # SAR_FULL_FORMS: a SAR's full name is its fullest form where the text writes it as a place,
    # not where it only opens its government's or a body's name
    ("a SAR's full name written as a place is its fullest form, for 本澳 too",
     "截至年底，澳门特别行政区共有医院5间。\n全年本澳注册医生增至1800名。", "澳门",
     ["澳门特别行政区", "澳门特别行政区"]),
    ("a SAR's full name only opening its government's bureau leaves the SAR bare",
     "澳门特别行政区政府卫生局今日公布统计数据。\n截至年底，本澳注册医生共1800名。", "澳门", ["澳门"]),
    ("Hong Kong's full name written as a place is its fullest form",
     "截至年底，香港特别行政区注册护士共6.1万名。\n全港医院病床增至3.1万张。", "深圳",
     ["香港特别行政区", "香港特别行政区"]),
    # the issuer of a text a district's, a town's or a county-level city's body writes is that
    # place, not the prefecture city (DISTRICT_ENDINGS, COUNTY_CITY_ENDING)
    ("a figure naming nothing in a district bureau's text is the district's",
     "佛山市顺德区卫生健康局关于2025年工作情况的报告\n全年为港澳居民提供门诊服务5200人次。", "佛山",
     ["佛山市顺德区"]),
    ("全镇 in a town government's text is the town, in its fullest form",
     "东莞市长安镇人民政府\n今年全镇家庭医生签约居民达8.6万人。", "东莞", ["东莞市长安镇"]),
    ("names listed in brackets after a count of a kind are its members, not the entity",
     # (四间, the list's size, is no figure: LISTED_COUNT_AFTER)
     "本澳四间医院（仁伯爵综合医院、镜湖医院、科大医院及协和医院）共有病床1800张。", "澳门",
     ["澳门"]),
    ("a value after 分别 written right after a place is that place's",
     "经卫生局转介往内地的病人共100名，分别转介至珠海50名、中山30名及广州20名。", "澳门",
     ["卫生局", "珠海", "中山", "广州"]),
    ("the values after 分别 take the names opening the clauses before it, which are not carried",
     ("按出生地点统计，仁伯爵综合医院出生1,200名，镜湖医院出生1,500名，分别占全澳活产总数的44.4%及55.6%。"
      "\n统计显示，全年早产率为8.0%，较上年有所下降。"), "澳门",
     ["仁伯爵综合医院", "镜湖医院", "仁伯爵综合医院", "镜湖医院", "澳门"]),
    ("a count of institutions right after a whole word is the whole place's",
     "记者从佛山市卫生健康局获悉，佛山市第一人民医院向全市21家镇卫生院派驻医生130名。", "佛山",
     ["佛山市", "佛山市第一人民医院"]),
    # (the count in words, 两家, is the list's size, no figure: figures.LISTED_COUNT_BEFORE)
    ("names a count closes (A、B两家医院) are what is counted, not the entity",
     "据统计，广州市番禺区中心医院、广州市番禺区何贤纪念医院两家医院合计接诊1.8万人次。",
     "广州", ["广州市番禺区"]),
    ("a whole word of a later sentence is carried rather than an institution before it",
     ("佛山市南海区卫生健康局工作总结\n佛山市南海区人民医院牵头组建医共体。全年全区医疗卫生机构诊疗量"
      "达520万人次；区域内就诊率达到90.5%。"), "佛山", ["佛山市南海区", "佛山市南海区"]),
    ("a bare 特区政府 is the SAR government its text names in full",
     "香港特别行政区政府卫生署今日表示，计划运作顺利。\n特区政府今年为计划拨款约2400万元。", "香港",
     ["香港特别行政区政府"]),
    ("a bare 特区政府 is the government of the article's SAR", "特区政府今年为计划拨款约2400万元。",
     "香港", ["香港特区政府"]),
    ("a SAR government opening its bureau's name is no name of its own",
     "澳门特区政府卫生局今年举办健康讲座逾千场。", "澳门", ["澳门特区政府卫生局"]),
    ("a district given as an example of places (小榄、古镇等镇街) stands for its city",
     "目前居住在小榄、古镇、东凤等镇街的港澳居民约1.2万人。", "中山", ["中山"]),
    ("全市 in a county-level city bureau's text is that city",
     "记者从台山市卫生健康局获悉，全市村卫生站共有210个。", "江门", ["台山市"]),
    ("a bureau named with its place after 与 is a partner, not what the figure is of",
     "卫生局与江门市卫生健康局合作，为居于江门的澳门长者提供体检，全年共服务1200人次。", "澳门",
     ["卫生局"]),
    ("a body with no proper part under a parent body is named with the parent's full name",
     ("澳门特别行政区政府卫生局辖下基层医疗署公布，计划累计有3.5万名市民参加。\n基层医疗署表示，"
     "参与计划的医生增至120名。"), "澳门",
     ["澳门特别行政区政府卫生局基层医疗署", "澳门特别行政区政府卫生局基层医疗署"]),
    # ent18o: bases, partners listed after 联合, a town's health office
    ("全镇 after a town's health office (卫生健康办) is that town, not the hospital named before",
     ("据坦洲镇卫生健康办消息，以中山市坦洲人民医院为龙头的医联体今年运行良好。1至6月，"
     "全镇社区卫生服务机构诊疗量达42.6万人次。"), "中山", ["坦洲镇"]),
    ("a base (基地) named with a proper part is an institution",
     "位于东莞的粤港澳康复人才实训基地今年培训医护人员820人次。", "东莞", ["粤港澳康复人才实训基地"]),
    ("a name listed right after a partner (联合A、B) is a partner too",
     "惠州市中心医院联合博罗县人民医院、惠东县妇幼保健院开设港澳居民专窗。专窗自3月启用以来，已服务港澳居民3100人次。",
     "惠州", ["惠州市中心医院"]),
    ("a SAR recording cases (香港录得) is a place, not the centre of the sentence before",
     "疾病方面，卫生防护中心共录得严重个案120宗。同期澳门录得登革热个案15宗。", "香港",
     ["卫生防护中心", "澳门"]),
    ("全镇 in a town health office's text (卫生健康办) is that town",
     "记者从长安镇卫生健康办获悉，今年以来，全镇社区卫生服务机构诊疗量达52万人次。", "东莞", ["长安镇"]),
    # ent18h: a territory opening a later sentence of the paragraph before (after a time only)
    ("a paragraph naming nothing goes on about the place opening a later sentence before it",
     ("香港特别行政区政府卫生署今日发布年度统计。2024年香港特别行政区共登记死亡5.1万宗，较上年减少3%。\n"
     "数据显示，因癌症死亡的共1.5万宗，占29%。"), "香港",
     ["香港特别行政区", "香港特别行政区", "香港特别行政区", "香港特别行政区"]),
    ("… not a place after 其中, nor one a share is of (占全港): the body named before",
     ("社会福利署资料显示，截至6月底，领取津贴的长者约1.86万人，占全港总数约3.2%。其中，深圳市长者0.3万人。\n"
     "现时津贴每月金额为1,710元。"), "香港",
     ["社会福利署", "社会福利署", "深圳市", "社会福利署"]),
    # ent18h: a place made everywhere else by 以外 (居于澳门以外地区的受益人)
    ("a place before 以外 is not the figure's: the body named before",
     "社会保障基金今日公布年度数据，供款人共39万名。\n现时居于澳门以外地区的受益人共1.2万名，约占一成。", "澳门",
     ["社会保障基金", "社会保障基金", "社会保障基金"]),
    # ent18h: a city listed with other cities (珠海、中山及江门) is no one figure's place after the list
    ("a later sentence naming nothing does not go on about the last city of a list of cities",
     "截至年底，在合作养老机构居住的长者共900名，珠海、中山及江门分别为500名、300名和100名。入住长者平均年龄为80岁。",
     "澳门", ["澳门", "珠海", "中山", "江门", "澳门"]),
    # ent19: a speaker's clause, then cities listed together (前往佛山、肇庆两地): the speaker's
    ("cities listed together after a speaker's clause are no one figure's place: the speaker's",
     "劳工局昨日表示，截至去年底，前往佛山、肇庆两地养老机构居住的长者共320名。", "澳门",
     ["劳工局"]),
    ("… but it goes on about one city named alone",
     "截至年底，在江门合作养老机构居住的长者共900名。入住长者平均年龄为80岁。", "澳门", ["江门", "江门"]),
    # session 13: a headline's phrases stand apart (a space between words of Chinese)
    ("an institution after a headline break is the next phrase's, not the figure's",
     "新大楼启用后病床增至1,050张　坦洲医学中心接诊澳门居民增四成\n镜湖医院病床由812张增至1,050张。", "澳门",
     ["镜湖医院", "坦洲医学中心", "镜湖医院", "镜湖医院"]),
    ("a whole-city word after a city's bureau in its sentence is that city, not the article's",
     ("深圳市医疗保障局通报，港澳居民达5.82万人。\n中山市卫生健康局表示，全市服务站总数将达到10个。\n"
      "江门市卫生健康局公布，2025年全市孕产妇死亡率为8.6/10万。"), "深圳", ["深圳市", "中山市", "江门市"]),
    ("a zone's full name after a city and a colon is the zone (珠海市：横琴…合作区)",
     "珠海市：横琴粤澳深度合作区内指定机构由2023年的2家增加到今年的5家。", "珠海",
     ["横琴粤澳深度合作区", "横琴粤澳深度合作区"]),
    ("a unit inside the hospital (院内…中心) is the hospital named before",
     ("记者从南方医科大学深圳医院获悉，该院服务2.14万人次。\n"
      "院内港澳居民服务中心的导诊员从6名增加到19名。"), "深圳", ["南方医科大学深圳医院"] * 3),
    ("a known body written right before another is its parent: one name",
     "卫生署卫生防护中心昨日表示，流感病毒阳性比率升至18.6%。", "香港", ["卫生署卫生防护中心"]),
    ("联合 and 结合 right before a head word stand in the name",
     "其中玛嘉烈医院及基督教联合医院分别达136%及128%。广州市中西医结合医院为95%。", "香港",
     ["玛嘉烈医院", "基督教联合医院", "广州市中西医结合医院"]),
]


def _entities(text: str, region: str, title: str | None = None) -> list[str | None]:
    doc = SimpleNamespace(doc_id="t", text=text, published=None, region=region, title=title)
    return [row["entity"] for row in document_metrics(doc)]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("pattern, text, region, entities", ENTITY_RULES,
                         ids=[case[0] for case in ENTITY_RULES])
def test_entity_rules(pattern, text, region, entities, script):
    if script == "traditional":  # the entity is given back in the article's script
        convert = opencc.OpenCC("s2hk").convert
        text, entities = convert(text), [e and convert(e) for e in entities]
    assert _entities(text, region) == entities


@pytest.mark.parametrize("entity, home, region", [
    ("深圳市罗湖区口岸医院", "广州", "深圳"),    # the city the entity names
    ("香港大學深圳醫院", "香港", "深圳"),
    ("大灣區", "深圳", "大湾区"),                # an area entity is its own region
    ("香港", "深圳", "香港"),
    ("澳門特別行政區", "珠海", "澳门"),          # a SAR's full name is the SAR
    ("香港特区", "深圳", "香港"),
    ("醫院管理局", "香港", "香港"),              # no place named: the article's region
    (None, "江门", "江门"),
])
def test_region_of_a_figure(entity, home, region):
    assert region_of_entity(entity, home) == region


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_places_official_form_written_only_in_the_title_is_its_fullest(script):
    convert = opencc.OpenCC("s2hk").convert if script == "traditional" else str
    title, text = convert("广州市南沙区卫生健康局2025年工作总结"), convert("2025年，全区医疗卫生机构增至486家。")
    assert _entities(text, "广州") == ["广州"]  # no district bureau: 全区 says nothing (the region)
    text = convert("来源：南沙区卫生健康局\n2025年，全区医疗卫生机构增至486家。")
    assert _entities(text, "广州") == [convert("南沙区")]
    assert _entities(text, "广州", title) == [convert("广州市南沙区")]


@pytest.mark.parametrize("window, head, name", [
    # QUANTITY_WORD: a share or multiple the tagger reads as one word opens no name (a headline
    # line 门诊量增近三成 joined to the next line's hospital name)
    ("港澳居民门诊量一季度增近三成中大附一院南沙院区", "院区", "中大附一院南沙院区"),
    ("港澳居民門診量一季度增近三成中大附一院南沙院區", "院区", "中大附一院南沙院區"),
    # a verb of commissioning or funding (委托, 资助) opens no name either
    ("委托澳门中华学生联合总会", "总会", "澳门中华学生联合总会"),
    ("委託澳門中華學生聯合總會", "总会", "澳門中華學生聯合總會"),
    ("资助香港家庭医学学会", "学会", "香港家庭医学学会"),
    ("資助香港家庭醫學學會", "学会", "香港家庭醫學學會"),
    # a numeral and its counter the tagger reads as one word (四间, f) count; they name nothing
    ("本澳四间医院", "医院", None),
    ("本澳四間醫院", "医院", None),
    # NOT_IN_NAMES: a preposition or verb of movement read as a noun (经, 抵) opens no name
    ("香港居民经香港大学深圳医院", "医院", "香港大学深圳医院"),
    ("香港居民經香港大學深圳醫院", "医院", "香港大學深圳醫院"),
    ("救护车抵北大屿山医院", "医院", "北大屿山医院"),
    ("救護車抵北大嶼山醫院", "医院", "北大嶼山醫院"),
    # 年度 (NOT_IN_NAMES): a period before a kind of institution in a place names none
    ("2025/26年度全港公立医院", "医院", None),
    ("2025/26年度全港公立醫院", "医院", None),
    # a particle (下|的) is no name the tagger split off an unknown one
    ("下的地区康健中心", "中心", "地区康健中心"),
    ("下的地區康健中心", "中心", "地區康健中心"),
    # CAMPUS_HEADS: a campus of a city's own hospital keeps the hospital's level word
    ("在新院区建设方面，市人民医院松山湖院区", "院区", "市人民医院松山湖院区"),
    ("在新院區建設方面，市人民醫院松山湖院區", "院区", "市人民醫院松山湖院區"),
    # SAR_HOSPITAL_WORDS: a well-known hospital's proper part is never cut (至仁 is read as a verb)
    ("家庭医生转介至仁伯爵综合医院", "医院", "仁伯爵综合医院"),
    ("家庭醫生轉介至仁伯爵綜合醫院", "医院", "仁伯爵綜合醫院"),
    # 区内 (NOT_IN_NAMES): where within a place opens no name (a kind in the district stays none)
    ("目前区内港澳居民健康服务中心", "中心", None),
    ("目前區內港澳居民健康服務中心", "中心", None),
    # UNIVERSITIES: a university outside the gazetteer opens the name whole (遵义 is tagged a verb)
    ("在遵义医科大学第五附属（珠海）医院", "医院", "遵义医科大学第五附属（珠海）医院"),
    ("在遵義醫科大學第五附屬（珠海）醫院", "医院", "遵義醫科大學第五附屬（珠海）醫院"),
])
def test_a_quantity_word_opens_no_name(window, head, name):
    from analysis.folding import to_simplified
    assert name_ending_at(to_simplified(window), head) == (name and to_simplified(name))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_headlines_bare_zone_is_the_zone_its_article_names(script):
    convert = opencc.OpenCC("s2hk").convert if script == "traditional" else str
    title = convert("澳门居民赴合作区求诊增近四成")
    text = convert("横琴粤澳深度合作区民生事务局昨日公布，上半年接诊澳门居民约8.9万人次。")
    assert _entities(text, "珠海", title) == [convert("横琴粤澳深度合作区")] * 2
    # 合作区 with no zone named in full is the place as written, not the article's region
    assert _entities(convert("合作区今年新增社区卫生服务站2家。"), "珠海") == [convert("合作区")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_part_named_after_qizhong_zai_is_not_carried_to_the_next_sentence(script):
    # 其中在某医院（某医院）求诊的有…；同期…: the part (after 其中 and 在, with its short form in
    # brackets) is its clause's; what follows is about the whole, not the part
    convert = opencc.OpenCC("s2hk").convert if script == "traditional" else str
    text = convert("澳门居民在合作区医疗机构求诊共4.37万人次，其中在珠海市人民医院横琴医院（横琴医院）"
                   "求诊的有1.85万人次；同期住院服务共1062人次。")
    entities = _entities(text, "珠海")
    assert entities[1] == convert("珠海市人民医院横琴医院")
    assert entities[2] != entities[1]


@pytest.mark.parametrize("title, text, entities", [
    # a headline naming only a place (深圳一医院) is of the institution whose figure it restates
    ("深圳一医院今年接诊香港长者近3万人次", "记者日前从深圳市南山区蛇口港湾医院获悉，今年1—11月，该院接诊香港长者2.87万人次。",
     ["深圳市南山区蛇口港湾医院"] * 2),
    ("深圳一醫院今年接診香港長者近3萬人次", "記者日前從深圳市南山區蛇口港灣醫院獲悉，今年1—11月，該院接診香港長者2.87萬人次。",
     ["深圳市南山區蛇口港灣醫院"] * 2),
    # … not when the figure it restates is the place's own (a part of it is another figure)
    ("深圳今年接诊香港长者近3万人次", ("记者从深圳市卫生健康委获悉，今年1—11月，全市医疗机构接诊香港长者"
                                     "2.87万人次，其中深圳市南山区蛇口港湾医院1.2万人次。"),
     ["深圳市", "深圳市", "深圳市南山区蛇口港湾医院"]),
])
def test_a_headline_figure_is_of_the_institution_whose_figure_it_restates(title, text, entities):
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2023, 12, 6), region="深圳",
                          title=title)
    assert [r["entity"] for r in document_metrics(doc)] == entities


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_district_of_whole_district_words_is_that_of_the_issuer_read_off_the_source_line(script):
    # ingest takes the source line (来源：佛山市三水区卫生健康局) off the text into ``publisher``:
    # 全区 in the text is still the issuing bureau's district
    convert = opencc.OpenCC("s2hk").convert if script == "traditional" else str
    doc = SimpleNamespace(doc_id="t", text=convert("2025年末，全区共有医疗卫生机构486家。"),
                          published=None, region="佛山", title=None,
                          publisher=convert("佛山市三水区卫生健康局"))
    assert [row["entity"] for row in document_metrics(doc)] == [convert("三水区")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_hospital_publishing_its_own_page_is_what_its_unnamed_figures_and_our_hospital_are(script):
    # a page of 广州医科大学附属第二医院's own site (publisher read off its <title>): 我院 is it, and
    # a department's figures that name no institution are its own, not the region's
    convert = opencc.OpenCC("s2hk").convert if script == "traditional" else str
    text = convert("2025年，我院门急诊量达312.6万人次。\n急诊科：全年接诊急诊患者28.4万人次。")
    doc = SimpleNamespace(doc_id="t", text=text, published=None, region="广州", title=None,
                          publisher=convert("广州医科大学附属第二医院"))
    assert [row["entity"] for row in document_metrics(doc)] == [convert("广州医科大学附属第二医院")] * 2
    # a newspaper publishing is no institution the figures are about
    doc = SimpleNamespace(doc_id="t", text=text, published=None, region="广州", title=None,
                          publisher=convert("南方日报"))
    assert convert("南方日报") not in [row["entity"] for row in document_metrics(doc)]


@pytest.mark.parametrize("window, head, name", [
    # a byline's brackets before a name are no part of it (本报讯（记者 黄嘉豪）…, 江中宣）…)
    ("本报讯（记者黄嘉豪）台山市人民医院", "医院", "台山市人民医院"),
    ("通讯员 江中宣）江门市五邑中医院", "医院", "江门市五邑中医院"),
    ("中山大学附属第一医院（中大附一）南沙院区", "院区", "中山大学附属第一医院（中大附一）南沙院区"),
    # a name the tagger does not know, split into single characters (康|和, 逸|和), after 的,
    # a place or a mark, stays whole; a conjunction between two names ends the later one
    ("开设的康和黄埔门诊部", "门诊部", "康和黄埔门诊部"),
    ("開設的康和黃埔門診部", "门诊部", "康和黃埔門診部"),
    ("位于珠海市金湾区的逸和颐养院", "颐养院", "逸和颐养院"),
    ("位於珠海市金灣區的逸和頤養院", "颐养院", "逸和頤養院"),
    ("逸和颐养院", "颐养院", "逸和颐养院"),
    ("逸和頤養院", "颐养院", "逸和頤養院"),
    ("医院和诊所", "诊所", None),
    ("醫院和診所", "诊所", None),
])
def test_two_single_characters_split_off_an_unknown_name_stay_in_it(window, head, name):
    from analysis.folding import to_simplified
    found = name_ending_at(to_simplified(window), head)
    assert found == (name and to_simplified(name))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_figure_naming_nothing_in_a_sar_bodys_bulletin_is_of_that_sar(script):
    # the region of an article a Macao body issues is Macao (regions.SAR_ISSUERS), written in the
    # article's script, even where it names Zhuhai once
    from analysis import regions
    convert = opencc.OpenCC("s2hk").convert if script == "traditional" else str
    text = convert("澳门特别行政区政府统计暨普查局\n2025年第三季医疗统计\n\n第三季住院病人共1.92万人次，"
                   "按年上升3.1%。\n跨境方面，居于珠海市的受益人约200人。")
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2025, 11, 3),
                          region=regions.region_of(text), title=None)
    assert [r["entity"] for r in document_metrics(doc)] == [convert("澳门")] * 2 + [convert("珠海市")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_figure_of_a_kind_in_a_district_bureaus_report_is_the_districts(script):
    # HOME_DISTRICT_WORDS, BRANCH_HEADS: a kind of institution opening a figure's clause (or a
    # figure naming nothing) is of the body issuing the text; a district's bureau on the source
    # line issues it for its district, not for the article's city
    convert = opencc.OpenCC("s2hk").convert if script == "traditional" else str
    doc = SimpleNamespace(doc_id="t", text=convert("2025年末，全区共有医疗卫生机构486家。其中医院41家，"
                                                   "社区健康服务中心186家。"),
                          published=None, region="佛山", title=None,
                          publisher=convert("佛山市三水区卫生健康局"))
    assert [row["entity"] for row in document_metrics(doc)] == [convert("三水区")] * 3


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_city_bureaus_branch_in_a_zone_issues_the_text_for_the_zone(script):
    # BRANCH_HEADS: 惠州市医疗保障局大亚湾经济技术开发区分局 heading the text is the zone's body: a
    # figure naming nothing is the zone's, not the city's
    convert = opencc.OpenCC("s2hk").convert if script == "traditional" else str
    doc = SimpleNamespace(doc_id="t", text=convert("上半年办理港澳居民医保业务近2600件。"),
                          published=None, region="惠州", title=None,
                          publisher=convert("惠州市医疗保障局大亚湾经济技术开发区分局"))
    assert [row["entity"] for row in document_metrics(doc)] == [convert("大亚湾经济技术开发区")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_figure_naming_nothing_is_of_the_district_bureau_on_the_source_line(script):
    # the source line ingest takes off the text (来源：广州市番禺区卫生健康局) is the issuer: a figure
    # naming nothing is of its district, not of the prefecture city (nor the article's region)
    convert = opencc.OpenCC("s2hk").convert if script == "traditional" else str
    doc = SimpleNamespace(doc_id="t", text=convert("二、跨境服务\n全年为港澳居民提供门诊服务5200人次。"),
                          published=None, region="广州", title=None,
                          publisher=convert("广州市番禺区卫生健康局"))
    assert [row["entity"] for row in document_metrics(doc)] == [convert("番禺区")]


@pytest.mark.parametrize("window, head, name", [
    # a verb and a preposition of one character each (可|于, 是|在) are no unknown name's
    # characters, and a preposition alone at a name's left edge (转|往) is cut off
    ("患者可于江门市中心医院", "医院", "江门市中心医院"),
    ("患者可於江門市中心醫院", "医院", "江門市中心醫院"),
    ("该项目是在惠州市卫生健康局", "卫生健康局", "惠州市卫生健康局"),
    ("該項目是在惠州市衛生健康局", "卫生健康局", "惠州市衛生健康局"),
    ("其中转往香港公立医院", "医院", None),  # then a kind in a place: no name
    ("其中轉往香港公立醫院", "医院", None),
    # 联合 (a verb) stands in a name right before its head word only: further left it joins two
    # bodies (前海管理局联合…)
    ("前海管理局联合深圳市南山区蛇口人民医院", "医院", "深圳市南山区蛇口人民医院"),
    ("前海管理局聯合深圳市南山區蛇口人民醫院", "医院", "深圳市南山區蛇口人民醫院"),
    ("基督教联合医院", "医院", "基督教联合医院"),
    ("基督教聯合醫院", "医院", "基督教聯合醫院"),
])
def test_a_verb_or_preposition_glued_on_a_name_is_cut_off(window, head, name):
    from analysis.folding import to_simplified
    found = name_ending_at(to_simplified(window), head)
    assert found == (name and to_simplified(name))


@pytest.mark.parametrize("window, head, name", [
    # a word of all (所有, 全部) before a kind: every one of it, no name
    ("服务点覆盖所有二级以上公立医院", "医院", None),
    ("服務點覆蓋所有二級以上公立醫院", "医院", None),
    # a kind named by whom it serves (港澳居民, 港澳长者) is a description, no name
    ("计划新建港澳长者康养中心", "中心", None),
    ("計劃新建港澳長者康養中心", "中心", None),
    ("设立港澳居民健康服务站", "服务站", None),
    ("設立港澳居民健康服務站", "服务站", None),
    ("江门市新会区港澳长者康养中心", "中心", "江门市新会区港澳长者康养中心"),  # a proper part stays
    ("江門市新會區港澳長者康養中心", "中心", "江門市新會區港澳長者康養中心"),
    # a kind described by its size and nature (大型综合性公立医院) is no name either
    ("是一家大型综合性公立医院", "医院", None),
    ("是一家大型綜合性公立醫院", "医院", None),
    ("一间非营利性医院", "医院", None),
])
def test_a_kind_named_by_whom_it_serves_is_no_name(window, head, name):
    from analysis.folding import to_simplified
    found = name_ending_at(to_simplified(window), head)
    assert found == (name and to_simplified(name))


@pytest.mark.parametrize("window, head, name", [
    # the second half of a kind joined by 暨 (中医诊所暨教研中心) opens no name
    ("全市12间社区卫生站暨康复中心", "中心", None),
    ("全市12間社區衛生站暨康復中心", "中心", None),
    ("全港18间中医诊所暨培训中心", "中心", None),
    ("全港18間中醫診所暨培訓中心", "中心", None),
    ("北京大学深圳医院暨临床医学院", "医学院", "北京大学深圳医院暨临床医学院"),  # a whole name stays
    ("暨南大学附属第一医院", "医院", "暨南大学附属第一医院"),  # 暨 inside a proper word (暨南) opens one
    ("暨南大學附屬第一醫院", "医院", "暨南大學附屬第一醫院"),
])
def test_a_name_cannot_open_with_a_joining_word(window, head, name):
    from analysis.folding import to_simplified
    found = name_ending_at(to_simplified(window), head)
    assert found == (name and to_simplified(name))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("title, entity", [
    # an institution's own report (OWN_REPORT): its figures naming nobody are its own
    ("江门市妇幼保健院2024年度工作报告", "江门市妇幼保健院"),
    ("香港大学深圳医院2025年年报", "香港大学深圳医院"),
    # … a bureau's report stands for its place, as a bureau does
    ("珠海市卫生健康局2024年工作总结", "珠海市"),
    # … any other title names no author
    ("全市卫生健康事业稳步发展", "江门"),
])
def test_the_institution_whose_own_report_a_title_names_is_what_its_figures_are_about(
        title, entity, script):
    text = "二、2025年工作计划\n力争门急诊量达到135万人次。"
    if script == "traditional":
        convert = opencc.OpenCC("s2hk").convert
        title, text = convert(title), convert(text)
        entity = entity if entity == "江门" else convert(entity)  # (the region as given)
    assert _entities(text, "江门", title) == [entity]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_nine_mainland_cities_are_an_area_of_their_own(script):
    """AREAS: 粤港澳大湾区内地九市 (the nine cities taken together) is the entity, not 广东省."""
    convert = opencc.OpenCC("s2hk").convert if script == "traditional" else str
    text = convert("截至6月底，粤港澳大湾区内地九市参保的港澳居民达51.3万人。")
    assert _entities(text, "广州")[-1] == convert("粤港澳大湾区内地九市")
