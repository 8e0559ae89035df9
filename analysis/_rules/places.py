"""The Greater Bay Area gazetteer as data: cities, districts, the guards on names, region slugs.

Names are written in simplified characters and matched on text whose gazetteer characters are
simplified first (``TRADITIONAL``, folded by the t2s map): 廣州, 東莞, 羅湖區 are found too.
"""

from __future__ import annotations

HONG_KONG, MACAO = "香港", "澳门"

# Mainland city -> its districts and well-known areas, official suffix included where it has one.
DISTRICTS: dict[str, tuple[str, ...]] = {
    "广州": ("越秀区", "海珠区", "荔湾区", "天河区", "白云区", "黄埔区", "番禺区", "花都区",
             "南沙区", "从化区", "增城区", "知识城"),
    "深圳": ("福田区", "罗湖区", "南山区", "盐田区", "宝安区", "龙岗区", "龙华区", "坪山区",
             "光明区", "大鹏新区", "前海", "蛇口", "河套深港科技创新合作区"),
    "珠海": ("香洲区", "斗门区", "金湾区", "横琴新区", "拱北"),
    "佛山": ("禅城区", "南海区", "顺德区", "三水区", "高明区"),
    "惠州": ("惠城区", "惠阳区", "博罗县", "惠东县", "龙门县", "大亚湾"),
    "东莞": ("松山湖", "虎门镇", "常平镇", "塘厦镇", "长安镇", "南城街道", "东城街道"),
    "中山": ("石岐街道", "火炬开发区", "小榄镇", "坦洲镇"),
    "江门": ("蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市"),
    "肇庆": ("端州区", "鼎湖区", "高要区", "四会市", "广宁县", "怀集县", "封开县", "德庆县"),
}

# Bare names too common as words (or as other places) to count without their suffix.
SUFFIX_REQUIRED = frozenset({"光明", "白云", "南海", "高明", "龙门", "江海", "四会", "长安", "南城",
                             "东城", "大鹏"})
# What may not follow / precede a name for it to be the place (matched with the gazetteer's
# characters folded, so the traditional forms of the others are listed: 中山醫院, 孫中山).
NOT_AFTER = {"中山": "大学|大學|大附|医科|醫科|医学院|醫學院|医院|醫院|[一二三四五六七八]院|路|公园|公園|"
                    "纪念|紀念|装|裝|陵|舰|艦|先生",
             "南沙": "群岛|群島|羣島", "新会": "员|員", "高要": "求", "福田": "汽车|汽車"}
# ... and after any name: a border crossing named for a place (经深圳湾口岸转运, 横琴口岸) is a route
# the figure passes through, not the place it is about.
NOT_AFTER_ANY = "(?:湾|灣)?口岸"
NOT_BEFORE = {"中山": "[孙孫]", "南山": "[钟鍾]"}  # one character: checked in a lookbehind
SUFFIX = r"(?:新区|街道|市|区|县|镇)$"
# Traditional forms of the characters in the gazetteer's names (Big5 articles from Hong Kong and
# Macao write 廣州, 東莞, 羅湖區); names are matched on simplified text.
TRADITIONAL = "廣東門慶羅寶龍崗華鹽橫黃順臺開鶴會灣區縣鎮陽禪懷亞廈長欖發創識從雲鵬寧"

# File- and URL-safe names of the regions reports are built for.
REGION_SLUGS = {
    "广州": "guangzhou", "深圳": "shenzhen", "珠海": "zhuhai", "佛山": "foshan",
    "惠州": "huizhou", "东莞": "dongguan", "中山": "zhongshan", "江门": "jiangmen",
    "肇庆": "zhaoqing", "香港": "hongkong", "澳门": "macao", "横琴": "hengqin",
    "前海": "qianhai", "南沙": "nansha",
}

# Districts and areas of Hong Kong and Macao that name institutions (塔石衞生中心, 屯門醫院,
# 北部都會區新醫院): taught to the tagger as place words so that a name opening with one is a
# name. They are no entity places of their own (the SARs are).
SAR_AREAS = ("氹仔", "路環", "路环", "黑沙環", "黑沙环", "筷子基", "塔石", "下環", "下环", "青洲",
             "望廈", "望厦", "離島", "离岛", "新口岸", "石排灣", "石排湾", "風順堂", "风顺堂",
             "新界", "九龍", "九龙", "港島", "港岛", "沙田", "屯門", "屯门", "元朗", "葵涌", "將軍澳",
             "将军澳", "觀塘", "观塘", "荃灣", "荃湾", "大埔", "西貢", "西贡", "灣仔", "湾仔",
             "深水埗", "黃大仙", "黄大仙", "北大嶼山", "北大屿山", "北部都會區", "北部都会区", "粉嶺",
             "粉岭", "天水圍", "天水围", "東涌", "东涌")

# A district named in a list of places (在火炬开发区和坦洲镇新设2个, 在南沙、琶洲片区设置…): the figure
# is of them all, so of the city they lie in. A neighbour in the list is a gazetteer place or a
# name ending with one of these (matched on folded text: 區, 鎮 fold to 区, 镇) ...
# (市 too: the county-level cities of a city, 台山市、开平市和新会区 of 江门)
LISTED_PLACE_ENDS = ("开发区", "高新区", "新区", "片区", "区", "镇", "县", "街道", "市")
# A word right after a district that makes it one of several (凤岗、塘厦等临深片区), or closing a
# list of places given as examples (在坦洲、三乡、南朗等镇街): the figure is of them all, so of the city.
LISTED_AND_OTHERS = ("等",)
# ... but not these words, which end with 区 and name no place (社区, 院区, 病区).
NOT_LISTED_PLACES = ("社区", "小区", "园区", "城区", "景区", "辖区", "市区", "湾区", "地区", "山区",
                     "全区", "本区", "我区", "该区", "各区", "病区", "院区", "专区", "街区", "校区",
                     "分区")
# Words after a city that make it the name of a scheme (参加珠海医保, 参加珠海市基本医疗保险): after a
# word of joining (JOIN_WORDS) the city is the scheme's, not where the figure is; the scheme as
# the subject (中山市医保基金支付…) is the city's (matched on folded text).
SCHEME_AFTER = ("医保", "基本医疗保险", "医疗保险", "城乡居民医保", "城乡居民基本医疗保险", "职工医保",
                "社保")
JOIN_WORDS = ("参加", "加入", "参保")
# Quotation marks around the name of a scheme, a policy or a document (「长者医疗券大湾区试点计划」,
# “港澳药械通”, 《…方案》): a place inside one is part of the name, not the figure's place.
NAME_QUOTES = (("「", "」"), ("『", "』"), ("“", "”"), ("《", "》"))

# Government bodies of the two SARs that issue releases and bulletins about their own services
# (衞生局公佈…, 統計暨普查局 2024年醫療統計, 醫院管理局今日宣布): an article such a body issues — its
# publisher or author, the opening of its title, a line at its head, or a source label there
# (資料來源：衞生局) — is of that SAR, however often it names a mainland partner city. Matched on
# folded text (衞/衛 fold to 卫), longest first; a mainland bureau (珠海市卫生局) opens with its
# place, so it never matches where these must stand first.
SAR_ISSUERS: dict[str, tuple[str, ...]] = {
    HONG_KONG: ("香港特别行政区政府", "香港特別行政區政府", "香港特区政府", "香港特區政府",
                "政府新闻处", "政府新聞處", "新闻公报", "新聞公報", "政府统计处", "政府統計處",
                "统计处", "統計處", "卫生署", "衞生署", "衛生署", "卫生防护中心", "衞生防護中心",
                "衛生防護中心", "医院管理局", "醫院管理局", "医管局", "醫管局", "医务卫生局",
                "醫務衞生局", "醫務衛生局", "社会福利署", "社會福利署", "劳工及福利局", "勞工及福利局",
                "立法会", "立法會"),
    MACAO: ("澳门特别行政区政府", "澳門特別行政區政府", "澳门特区政府", "澳門特區政府", "新闻局",
            "新聞局", "卫生局", "衞生局", "衛生局", "统计暨普查局", "統計暨普查局", "社会保障基金",
            "社會保障基金", "社会工作局", "社會工作局", "社工局"),
}
# Labels before the body that issues a text, at its head (来源：, 資料來源：, 发布机构：).
ISSUER_LABELS = ("资料来源", "資料來源", "来源", "來源", "发布机构", "發佈機構", "發布機構", "发布单位",
                 "發佈單位", "發布單位", "信息来源", "信息來源")
ISSUER_HEAD = 200  # characters at the head of a text where its masthead or source label stands

# The SARs' full names as places (澳門特別行政區共有…, 香港特区居民), both scripts, the fullest
# first: an article that writes one as a place, not only opening the name of its government or
# a body (澳門特別行政區政府衛生局: the bare 澳門 stays), names the SAR so wherever it says 澳門,
# 本澳 or 全澳.
SAR_FULL_FORMS: dict[str, tuple[str, ...]] = {
    HONG_KONG: ("香港特别行政区", "香港特別行政區", "香港特区", "香港特區"),
    MACAO: ("澳门特别行政区", "澳門特別行政區", "澳门特区", "澳門特區"),
}
# ... what follows a full name that opens a body's name rather than naming the place.
SAR_BODY_AFTER = ("政府", "立法会", "立法會", "行政会议", "行政會議", "终审法院", "終審法院")
