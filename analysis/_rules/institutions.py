"""Institutions as data: the head words that end a name (医院, 中心 …), the words that only
describe one, the openings of a full name. Used by ``analysis.entities``."""

from __future__ import annotations

from analysis._rules.cues import MORE_HEADS
from analysis._rules.places import HONG_KONG, MACAO

HEADS = ("妇幼保健院", "婦幼保健院", "保健院", "卫生院", "衞生院", "衛生院", "医院", "诊所",
         "门诊部", "医学中心", "醫學中心", "服务中心", "服務中心", "中心", "医疗集团", "醫療集團",
         "集团", "管理局", "卫生健康局", "衞生健康局", "衛生健康局", "卫健委", "衞健委",
         "衛健委", "社保基金", "院区", "院區", "分院", "联网", "聯網", "综合体", "綜合體") + MORE_HEADS
# Associations (澳門工會聯合總會, 香港老年學會), care homes (逸和頤養院, 安老院) and clinics named 所
# (澳門工人醫療所): head words of their own.
HEADS = HEADS + ("总会", "總會", "联合会", "聯合會", "协会", "協會", "学会", "學會", "基金会", "基金會",
                 "慈善会", "慈善會", "商会", "商會", "颐养院", "頤養院", "养老院", "養老院", "安老院",
                 "护老院", "護老院", "敬老院", "福利院", "护养院", "護養院", "疗养院", "療養院", "医疗所",
                 "醫療所", "医务所", "醫務所", "卫生所", "衞生所", "衛生所", "诊疗所", "診療所")
# ent18o: bases named as bodies (大湾区医疗人才培训基地, 港澳醫療合作示範基地): 基地 ends a name, the
# same in both scripts; a bare 培训基地 has no proper part and stays a description.
HEADS = HEADS + ("基地",)
# Research institutes named as bodies (广东省心血管病研究所): 研究所 ends a name, in both scripts.
HEADS = HEADS + ("研究所",)
# Words the tagger splits or reads as verbs inside associations' names (街坊|会|联合|总会): taught
# to it as organisation words.
ORGANISATION_WORDS = ("街坊会", "街坊會", "联合总会", "聯合總會", "工会", "工會", "同乡会", "同鄉會",
                      "红十字会", "紅十字會")
# Charities of the SARs named with no head word (澳門同善堂, 東華三院): bodies of their own, and
# words the tagger must keep whole (同|善堂 is read as a preposition), so that a name opening with
# one (同善堂診所, 明愛醫院) is a name.
CHARITIES = ("同善堂", "东华三院", "東華三院", "保良局", "明爱", "明愛")
ORGANISATION_WORDS = ORGANISATION_WORDS + CHARITIES
# 聯網: a Hong Kong hospital cluster; 综合体: a complex of services (离岛医疗综合体)
# Government bodies of the SARs whose names have no proper part (社會福利署, 社工局, 勞工局): names
# of their own, kept whole, which a figure they report belongs to (not to a hospital named before).
GOVERNMENT_BODIES = ("社会工作局", "社會工作局", "社工局", "社会福利署", "社會福利署", "社署", "劳工局",
                     "勞工局", "劳工处", "勞工處", "民政总署", "民政總署", "市政署", "劳工及福利局",
                     "勞工及福利局", "劳福局", "勞福局", "社会保障局", "社會保障局", "医卫局", "醫衞局",
                     "醫衛局", "消防局", "消防处", "消防處", "治安警察局", "海关", "海關", "入境事务处",
                     "入境事務處", "卫生防护中心",
                     "衞生防護中心", "衛生防護中心", "药物监督管理局", "藥物監督管理局", "教育及青年发展局",
                     "教育及青年發展局", "教育局", "房屋局", "旅游局", "旅遊局", "食物环境卫生署",
                     "食物環境衞生署", "食物環境衛生署", "民政事务总署", "民政事務總署", "医疗辅助队",
                     "醫療輔助隊", "基层医疗署", "基層醫療署", "基层医疗健康办事处", "基層醫療健康辦事處",
                     # the SAR government itself, written short (特區政府透過…計劃撥款…)
                     "特区政府", "特區政府",
                     # charities of the SARs named with no head word (澳門同善堂, 東華三院)
                     *CHARITIES)
HEADS = HEADS + GOVERNMENT_BODIES
# A hospital's short name ending with its number (中大附一院 for 中山大学附属第一医院, 中大五院 for
# 中山大学附属第五医院): 附N院 and N院 end a name (same in both scripts), of the kind 医院 ends.
NUMBERED_HEADS = tuple(f"{mark}{n}院" for mark in ("附", "") for n in "一二三四五六七八九十")
HEADS = HEADS + NUMBERED_HEADS
REFERRING = "该該本此我"  # 该院, 該院, 本院, 此中心, 我院: a head word referring back to a name (characters)
# Words that describe a kind of institution rather than name one: 二级综合医院, 国际化医院.
GENERIC = (
    r"^(?:[一二三四五六七八九\d](?:级|級)|三甲|甲等|以上|以下|之一|(?:国际|國際)化?|公立|私立|民营|民營|"
    r"综合性|綜合性|非营利性|非營利性|营利性|營利性|综合|綜合|专科|專科|口腔|港式|高端|社区|社區|定点|定點|指定|纯港资|純港資|港资|港資|外资|外資|"
    r"中医|中醫|西医|西醫|妇幼|婦幼|区域|區域|医疗|醫療|卫生|衞生|衛生|服务|服務|健康|国家级|國家級|"
    r"省级|省級|市级|市級|区级|區級|中大型|大中型|中小型|大型|高水平|一流|知名|当地|當地|本地|基层|基層|首家|私营|私營|公营|公營|"
    r"私家|牙科|模式|新|老|该|該|本|[两兩二三四五六七八九十](?:区|區|市|县|縣|地)|"  # 两区公立医院: a count of places
    # whom a kind serves (港澳居民健康服务站, 港澳长者康养中心): a description, no proper part
    r"港澳居民|港澳长者|港澳長者|居民|长者|長者|康养|康養|养老|養老|"
    # towns and streets all (镇街社区卫生服务中心): a kind in every one
    r"镇街|鎮街|各镇街|各鎮街|"
    # words of all (所有公立医院, 全部定点医院): every one of a kind, no name
    r"所有|全部|"
    r"此)+$")
ORDINAL = r"第[一二三四五六七八九十\d]{1,3}$"  # 佛山市第一人民医院
ZONE_WORDS = ("合作区", "合作區", "开发区", "開發區", "高新区", "高新區")  # 横琴粤澳深度合作区, 大亚湾经济技术开发区
PROVINCE = ("广东省", "廣東省")  # a full name may open with the province
SAR_FORMS = (HONG_KONG, MACAO, "澳門")  # the SARs' names, which may open a name too

# --- how entities are read (on folded text; both scripts kept, as everywhere) ---------------
PLACE_SUFFIXES = ("区", "區", "市", "县", "縣", "镇", "鎮", "街道")  # after a bare place name (石岐区)
# Words of zone names holding a preposition's character (经): 大亚湾经济技术开发区.
ZONE_NAME_WORDS = ("经济", "經濟")
ZONE_SHORT = "合作区"  # said alone (合作區 folds to it): the zone the article names in full
# Head words that, standing alone at the start of a clause, refer back like 该院 (医院日均接诊…).
BARE_HEADS = ("医院", "醫院", "卫生站", "衛生站", "中心", "卫生院", "衛生院", "保健院", "诊所", "診所",
              "集团", "集團",
              # care homes (頤養院則計劃…: the home named before)
              "颐养院", "頤養院", "养老院", "養老院", "安老院", "护老院", "護老院", "护养院", "護養院")
LIST_MARKS = ("、", "及", "和", "与", "與")  # between the names of a list
EXAMPLE_MARKS = ("、", "等")  # after a name: it is one of a list
# Words opening a list of examples of what a figure counts (新增3間機構，包括A醫院、B醫院，以及C醫院):
# the last name of the list, after a joining word, is an example too (both scripts).
INCLUDING_WORDS = ("包括", "包含")
SHARE_OF = ("占", "佔")  # 占全省的五分之二: what follows is the whole
# The head of a hospital a unit belongs to (佛山市南海区桂澜医院港澳医疗服务中心: the hospital).
HOSPITAL_HEADS = ("医院", "醫院", "保健院", "卫生院", "衛生院")
# Head words too short to end a name that 该/該/此 still refers back with (该局, 該署, 此基金 …):
# the last name ending with the same word (衞生局, 社會保障基金), or the bureau's place.
BACK_HEADS = ("局", "署", "委", "站", "基金", "会", "會")
BACK_REFERRING = ("该", "該", "此", "我")  # not 本 (本站 is the website on a portal page); 我局: the writer
# Standard short forms of universities that open the short name of their hospitals (港大深圳医院,
# 中大附一院, 南医大深圳医院, 廣醫附一院) -> the full forms they stand for, both scripts. A short name
# opening with one stands for the one fuller name of its article with the same head word that
# opens with a full form (科大醫院 -> 澳門科技大學醫院 only where the article writes that); 中大 is
# Sun Yat-sen in Guangdong and the Chinese University in Hong Kong, whichever the article names.
UNIVERSITY_SHORT: dict[str, tuple[str, ...]] = {
    "港大": ("香港大学", "香港大學"), "澳大": ("澳门大学", "澳門大學"), "北大": ("北京大学", "北京大學"),
    "科大": ("澳门科技大学", "澳門科技大學", "香港科技大学", "香港科技大學"),
    "港科大": ("香港科技大学", "香港科技大學"), "理大": ("香港理工大学", "香港理工大學"),
    "城大": ("香港城市大学", "香港城市大學"), "浸大": ("香港浸会大学", "香港浸會大學"),
    "港中大": ("香港中文大学", "香港中文大學"), "澳科大": ("澳门科技大学", "澳門科技大學"),
    "中大": ("中山大学", "中山大學", "香港中文大学", "香港中文大學"),
    "南医大": ("南方医科大学", "南方醫科大學"), "南醫大": ("南方医科大学", "南方醫科大學"),
    "南方医大": ("南方医科大学", "南方醫科大學"), "南方醫大": ("南方医科大学", "南方醫科大學"),
    "广医": ("广州医科大学", "廣州醫科大學"), "廣醫": ("广州医科大学", "廣州醫科大學"),
    "暨大": ("暨南大学", "暨南大學"), "深大": ("深圳大学", "深圳大學"),
    "南科大": ("南方科技大学", "南方科技大學"), "广中医": ("广州中医药大学", "廣州中醫藥大學"),
    "廣中醫": ("广州中医药大学", "廣州中醫藥大學"), "汕大": ("汕头大学", "汕頭大學"),
}
# Universities outside the short forms above that name GBA hospitals (遵义医科大学第五附属（珠海）医院):
# taught to the tagger whole, with the full forms above, as jieba tags 遵义 a verb.
UNIVERSITIES = ("遵义医科大学", "遵義醫科大學", "广东医科大学", "廣東醫科大學", "广东药科大学", "廣東藥科大學",
                "华中科技大学", "華中科技大學", "中南大学", "中南大學", "四川大学", "四川大學",
                "复旦大学", "復旦大學", "上海交通大学", "上海交通大學", "北京中医药大学", "北京中醫藥大學",
                "首都医科大学", "首都醫科大學", "中国医学科学院", "中國醫學科學院",
                *(form for forms in UNIVERSITY_SHORT.values() for form in forms))
# The proper parts of well-known Hong Kong and Macao hospitals' names, taught to the tagger whole
# (转介至仁|伯爵综合医院 would cut the name: jieba joins 至仁 as a verb), simplified (the tagger reads
# folded text) and traditional.
SAR_HOSPITAL_WORDS = ("仁伯爵", "镜湖", "鏡湖", "玛丽", "瑪麗", "伊利沙伯", "威尔斯亲王", "威爾斯親王",
                      "葛量洪", "广华", "廣華", "那打素", "律敦治", "仁济", "仁濟", "养和", "養和",
                      "圣保禄", "聖保祿", "嘉诺撒", "嘉諾撒")
# Short forms of names jieba does not know as names (港大 is tagged an adjective): proper words.
# 中大 is left to the tagger (taught as a word it would take 中大型医院 for a name).
SHORT_NAMES = tuple(short for short in UNIVERSITY_SHORT if short != "中大")
# Words for the city of the body that issues the article (我市 in 珠海市卫生健康局's report).
HOME_CITY_WORDS = ("我市", "全市", "本市")
# ... and for the district of a district's bureau (黄埔区卫生健康局: 我区, 全区).
HOME_DISTRICT_WORDS = ("我区", "我區", "全区", "全區", "本区", "本區",
                       # ... and of a town's government (虎门镇人民政府: 全镇)
                       "我镇", "我鎮", "全镇", "全鎮", "本镇", "本鎮")
# The endings of a gazetteer district whose bureau or government issues a text of its own
# (南沙区医疗保障局, 高要区卫生健康局, 虎门镇人民政府, 博罗县卫生健康局): what 全区/全镇 stand for, and
# the issuer of a figure naming nothing. (A county-level city, 鹤山市, is a city: 全市.)
DISTRICT_ENDINGS = ("区", "區", "镇", "鎮", "县", "縣")
COUNTY_CITY_ENDING = "市"
# Bodies whose city is the article's own when named with it (来源：珠海市卫生健康局): the bureaus
# and 人民政府 (the bureau head words of analysis/_rules/cues.py come too).
HOME_BODIES = ("人民政府", "政府")
# ent18o: a town's or district's health office (虎门镇卫生健康办, 石岐街道卫健办) issues its text
# too: 全镇 is its town.
HOME_BODIES = HOME_BODIES + ("卫生健康办", "衞生健康辦", "衛生健康辦", "卫健办", "衞健辦", "衛健辦")
# The branch of a city's bureau in a district or zone, or the zone's own administration
# (惠州市医疗保障局大亚湾经济技术开发区分局, 火炬开发区管委会): what 全区/我区 stand for.
BRANCH_HEADS = ("分局", "管委会", "管委會", "管理委员会", "管理委員會")
# Words for a whole place (the city, the province, Hong Kong, Macao): opening a figure's clause
# they make it the place's, not that of an institution named in an earlier clause.
WHOLE_WORDS = ("全市", "我市", "本市", "全省", "全港", "全澳", "本港", "本澳")
# The last characters of a time phrase a whole word may follow and still open its clause as
# its subject (今年上半年全港共录得…, 截至6月底全澳…), both scripts; a numeral's counter (68所本澳
# 学校) is no such end: the whole word only describes what is counted.
# Words joining two halves of one name or kind (中医诊所暨教研中心): a name cannot open with one.
JOINED_NAME_OPENERS = ("暨",)
# A title naming its institution as the author of its own report (江门市妇幼保健院2024年度工作报告,
# 某医院2025年年報): that institution is what the report's figures naming nobody are about
# (matched on the folded title, right after the name).
OWN_REPORT = (r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:度)?(?:工作报告|年度报告|年报|工作总结|"
              r"社会责任报告|业务报告|统计报告)")
WHOLE_AFTER_TIME = ("年", "月", "日", "底", "季", "初", "末", "內", "内", "間", "间", "期")
# The characters of a time phrase that opens a sentence alone (2025年, 今年上半年, 截至6月底,
# 二〇二五年首三季), both scripts: a place right after one opens that sentence as its subject
# (2025年澳門特別行政區共有活產嬰兒…: the territory, not the body named in the sentence before).
TIME_LEAD_CHARS = ("0123456789０１２３４５６７８９〇○零一二三四五六七八九十百", "年月日底季初末期度", "內間", "内间",
                   "今去前本明上下半首全", "截至止")
# A count of institutions right after a whole word (覆盖全区17家镇卫生院, 向全市11家卫生院派驻…): the
# whole place's institutions, even after a verb or preposition of an institution named before
# (not people it serves: 为全市约2.6万名孕产妇). The numeral, then one of these counters.
INSTITUTION_COUNT = r"[0-9一二三四五六七八九十百两兩]+(?:家|间|間|所)"
# Marks a heading line never ends with (a sentence or clause goes on).
NOT_HEADING_ENDS = ("。", "！", "？", "；", "…", "!", "?", ";", "：", ":", "，", ",")
# Words of belonging before a name (衞生局轄下仁伯爵綜合醫院): they end it on its left; but a
# body with no proper part of its own under a parent body (醫務衞生局轄下基層醫療署) is named with the
# parent's full name, the word of belonging left out (香港特別行政區政府醫務衞生局基層醫療署).
UNDER_WORDS = ("辖下", "轄下", "属下", "屬下", "旗下", "下属", "下屬", "所属", "所屬")
# A hospital a city or district runs, named by the bare level (市人民医院, 区妇幼保健院, 市第一人民
# 医院, 市中医院): the name with no place in it, what stands before its head word.
# Head words of a hospital's campus or branch (松山湖院区, 惠福分院): after a city's own hospital
# (市人民医院松山湖院区) the name is that hospital's campus.
CAMPUS_HEADS = ("院区", "院區", "分院")
OWN_LEVEL_NAME = (r"^[市区區县縣](?:第[一二三四五六七八九十\d]{1,3})?(?:人民|中医|中醫|中|中西医结合|"
                  r"中西醫結合|妇幼|婦幼|妇女儿童|婦女兒童|儿童|兒童|中心|口腔|肿瘤|腫瘤|精神卫生|"
                  r"精神衛生|慢性病防治|传染病|傳染病|骨伤科|骨傷科)?$")
# Verbs ending a sentence's opening speech clause (衞生局表示，…; 市医保局有关负责人介绍，…): the
# body that speaks is the source of what follows, which a place said after it is about.
SPEECH_VERBS = ("表示", "指出", "介绍", "介紹", "称", "稱", "透露", "说", "說", "强调", "強調", "坦言",
                "提到")
# Short names of well-known bodies (社保基金 for 社會保障基金): a head word kept whole, which stands
# for the full name where the article writes it.
SHORT_FORMS = {"社保基金": ("社会保障基金", "社會保障基金"), "医管局": ("医院管理局", "醫院管理局"),
               "醫管局": ("医院管理局", "醫院管理局"), "社署": ("社会福利署", "社會福利署"),
               "社工局": ("社会工作局", "社會工作局"), "劳福局": ("劳工及福利局", "勞工及福利局"),
               "勞福局": ("劳工及福利局", "勞工及福利局"), "医卫局": ("医务卫生局", "醫務衞生局"),
               "醫衞局": ("医务卫生局", "醫務衞生局"), "醫衛局": ("医务卫生局", "醫務衛生局")}
# Words before a partner's name (该院与澳门镜湖医院合作): the partner is not what the sentence is about.
PARTNER_WORDS = ("与", "與", "同", "联合", "聯合", "携手", "攜手", "协助", "協助")
# ... and before the one that receives what the subject gives (医管局向港大深圳医院转介病人…): the
# receiver is not what the sentence is about either, when the giver is named before it.
RECEIVER_WORDS = ("向", "接收")
# (接收: the one the subject receives from, 该院接收甲医院转诊的患者: not what the sentence is about)
# ent18o: marks between the partners of one list (联合A医院、B门诊部开设…; 與A醫院及B中心合辦…): a
# name right after one, following a partner, is a partner too.
PARTNER_LIST_MARKS = ("、", "及", "和")
# Facilities named after a place (横琴口岸, 港珠澳大桥, 深圳湾口岸, 前海路): the place in their name
# is not where a figure is counted.
FACILITIES = ("口岸", "大桥", "大橋", "机场", "機場", "码头", "碼頭", "高铁站", "高鐵站", "大道", "路")
# Words after a place that turn it into everywhere else (居於澳門以外地區的受益人, 香港以外): the
# figure is not that place's; later places or the body named before are looked for instead.
OUTSIDE_WORDS = ("以外", "之外")
# Characters of verbs of residence between a figure and a place (612名居於大灣區的受訪長者): the
# place is where those counted live, not what the figure counts in (characters, both scripts).
RESIDING = ("居", "住")
# Words before a part of a whole (合共5.6億，其中鏡湖醫院佔4.1億): the part's name is its own
# clause's, and the sentences after it go on about the whole (same in both scripts).
PART_WORDS = ("其中", "仅", "僅")  # 仅香港大学深圳医院就接诊…: one part, named alone
# Verbs that stand inside names (中山大学肿瘤防治中心, 康复医院), which the tagger marks as verbs.
IN_NAME_WORDS = ("防治", "康复", "康復", "治疗", "治療", "研究", "培训", "培訓", "急救", "检验", "檢驗",
                 "体检", "體檢", "护理", "護理", "疗养", "療養", "监测", "監測", "指导", "指導", "老年")
# (老年, tagged a time word: 香港老年学会, 老年病医院)
# Verbs that stand in a name right before its head word only (基督教联合医院, 中西医结合医院), not
# further left, where they join two bodies (前海管理局联合蛇口人民医院…).
BEFORE_HEAD_WORDS = ("联合", "聯合", "结合", "結合")
# Words ending the name of an organisation inside an institution's name (南方医科大学|南方医院):
# a proper part.
ORGANISATIONS = ("大学", "大學", "学院", "學院")
# Prepositions the tagger may join to a name's first character (经仁|伯爵): cut off again.
PREPOSITIONS = ("经", "經", "由", "据", "據", "于", "於", "赴", "往", "对", "對", "为", "為", "让", "讓",
                "把", "被", "给", "給", "在", "向", "从", "從", "到")
# … and conjunctions joined so (消防局及仁|伯爵综合医院): the name starts after them.
JOINING = ("及", "与", "與")
# Marks opening a photo caption in e-paper and portal text (▲医护人员…): a caption is about its
# picture, and the paragraph after it does not go on about it.
CAPTION_MARKS = ("▲", "▶", "►", "△", "▼", "◆")
# A section number opening a paragraph (三、人才队伍建设。, （二）, 3.): a work report's new section,
# which does not go on about the institution of the paragraph before (same in both scripts).
SECTION_NUMBER = r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))"
# A department's label opening a paragraph of a hospital's report (针灸科：…, 【儿科】…, **急诊科：**, 國際
# 醫療部：): its figures are its hospital's, named somewhere before it (matched folded)
DEPARTMENT_LABEL = (r"\s*[*【\[]*[\u4e00-\u9fff]{1,10}(?:科|部|病区|中心|门诊|诊室|实验室)"
                    r"(?:[（(][\u4e00-\u9fff]{1,12}[）)])?"  # (国际医疗部（港澳服务中心）：)
                    r"(?:[】\]][*]*|[*]*[：:][*]*)")
# Words of a byline in brackets (本报讯（记者 黄嘉豪）, （通讯员 江中宣）): what stands before them is no
# part of the name after them (matched folded)
BYLINE_WORDS = ("记者", "通讯员", "摄影", "编辑", "报道")
# Words introducing a short form in brackets after a name (（以下简称“港大深圳医院”）, （下稱「社保」）).
ALIAS_INTROS = ("以下简称", "以下簡稱", "下称", "下稱", "简称", "簡稱")
# The full names a bare 特区政府 stands for, where its text writes one of them (香港特別行政區政府衞生署).
SAR_GOVERNMENT_FULL = ("香港特别行政区政府", "香港特別行政區政府", "澳门特别行政区政府", "澳門特別行政區政府")
SAR_GOVERNMENT_SHORT = ("特区政府", "特區政府")
# Bureaus of the SAR governments, named with no place (醫務衞生局今日公布…): bodies kept whole.
SAR_BUREAUS = ("医务卫生局", "醫務衞生局", "醫務衛生局")
# Time words the tagger may take into a name (期內仁伯爵綜合醫院): they end it on its left.
TIME_WORDS = ("期内", "期內", "年内", "年內", "同期", "届时", "屆時", "现时", "現時", "目前", "其间", "其間",
              "现有", "現有")  # 全澳现有卫生中心: "now has", no part of a name
# The SAR governments' short forms written before a body (澳門特區政府衞生局), besides the full ones
# of analysis/_rules/cues.py BODY_PLACES: the body's fuller name.
SAR_GOVERNMENTS = ("香港特区政府", "香港特區政府", "澳门特区政府", "澳門特區政府")
# Areas wider than a city (大湾区, 内地): before a head word with no proper part of its own
# (5间大湾区医院, 内地医疗机构) they name a kind of institution there, not one institution.
AREA_KINDS = ("粤港澳大湾区", "粵港澳大灣區", "大湾区", "大灣區", "湾区", "灣區", "内地", "內地")
# An area's short form and its full one (大湾区 -> 粤港澳大湾区; matched folded, so 大灣區 too): an
# article writing the full form anywhere means it by the short one, its fullest form there
AREA_FULL_FORMS = {"大湾区": "粤港澳大湾区"}
# The items of an enumeration (…工作：一是…；二是…；三是…), each opening after a clause mark: what an
# item names is its own; a figure of a later item is of the sentence's lead (我局), not of a name
# of an earlier item (same in both scripts). The numeral comes first, the clause mark is looked
# behind it: a pattern opening with a lookbehind is tried at every position of the text.
ITEM_MARK = r"[一二三四五六七八九十](?<=[：:；;，,。\s][一二三四五六七八九十])是"
# Words opening a clause of circumstance (随着佛山市顺德区第一人民医院获批，佛山市指定医疗机构增至5家):
# the names in that clause are the circumstance's, not the entity of the figures after it.
CIRCUMSTANCE_WORDS = ("随着", "隨着", "隨著", "随著", "由于", "由於")  # 主要由於甲醫院增設病床: a cause
# Words before the place where something is done (卫生局计划在离岛医疗综合体增设120张病床，并…): a name
# after them is its own clause's; a later clause opening with a word of a further action of the
# same subject (AND_THEN: 并, 同时 …) goes on about the subject named before it (医管局在港大深圳医院
# 增设服务，至今已提供…: a clause going on about the action stays the place's).
LOCATIVE_WORDS = ("在",)
AND_THEN = ("并", "並", "同时", "同時", "还", "還", "亦", "另外", "此外")
# Words for the two partners of a pair named before (镜湖医院与珠海市人民医院…。两院计划…): they
# refer back to the first of the pair, what the text is about.
PAIR_WORDS = ("两院", "兩院")
# "The hospital's (bureau's, association's) side" (院方指出, 局方表示): the last name with that head.
SIDE_WORDS = ("院方", "局方", "署方", "会方", "會方")
# A clause saying over what whole a rate is computed (以全港人口计算，每千人口约有4.1张病床): the
# rate is the whole's, whoever the sentence names before (same in both scripts: 計算 is listed).
COMPUTED_OVER = r"(?:以|按)({whole})[\u4e00-\u9fff]{{0,6}}(?:计算|計算)"
# Respondents of a survey (約62%受訪者, 逾半数受访者, 受訪的520名…中，近六成表示): a figure counting
# them is an answer to the survey, of the body that ran it (named before it in its sentence or
# paragraph, or the paragraph before), never of a place they answered about (曾在江門求醫).
RESPONDENTS = ("受访者", "受訪者", "受访", "受訪", "被访者", "被訪者", "受调查者", "受調查者")
# ... counted right before the word (a number, a share, a fraction: 62%受訪者, 近六成受访者, 半數受訪者)
RESPONDENTS_COUNTED = r"(?:[\d%％一二三四五六七八九十两兩半成数數名]|分之[一二三四五六七八九十])的?(?:{respondents})"
# ... or named as a whole the figure is a part of (受訪的520名港人中，近六成…)
RESPONDENTS_AMONG = r"(?:{respondents})[^，。；,;！？!?]{{0,24}}中[，,]"
# Words of a speaker acting for or on someone after its speech clause (衞生局表示，今年向…澳門居民發放,
# 该院表示，…将为其中长者提供): the speaker does what the figure counts, so it is no mere source.
ACTING_FOR = ("向", "为", "為", "给", "給",
              # ... or sets something up there (該中心表示，…計劃…在橫琴設立一個可停泊6輛救護車的轉運站)
              "设立", "設立", "开设", "開設", "建设", "建設", "增设", "增設", "新设", "新設", "设置", "設置")
# Words saying that institutions listed together (A医院、B医院全年共接诊…, A、B两家医院…) are
# counted together: the figure is of the place they are all in (the corpus README), not of the
# last of them (same in both scripts but for the listed forms).
TOGETHER = r"共|合计|合計|总计|總計|[两兩二三四五六七八九十]{1,2}(?:家|间|間|所|院)"
# List marks joining such names (not 与/與: 甲医院与乙医院合作 names a partner).
JOINT_MARKS = ("、", "和", "及")
