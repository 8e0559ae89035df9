"""Word lists for analysis.numbers: financial numerals, idioms, suffixes (simplified and traditional).

Data only; analysis/numbers.py builds its patterns from these tables.
"""

from __future__ import annotations

# Financial (anti-forgery) numerals -> the everyday character, one for one (spans stay valid).
# 伍, 陆/陸, 參, 肆, 拾 are also ordinary words (队伍, 大陆, 参加, 肆虐, 收拾): numbers.py reads them
# as digits only inside a numeral of two or more characters or before a money word.
FINANCIAL = {"壹": "一", "贰": "二", "貳": "二", "弍": "二", "叁": "三", "參": "三",
             "叄": "三", "肆": "四", "伍": "五", "陆": "六", "陸": "六", "柒": "七", "捌": "八",
             "玖": "九", "拾": "十", "佰": "百", "仟": "千"}

# 廿 20, 卅 30, 卌 40: one character for a digit and 十.
TENS_CHARACTERS = {"廿": "二十", "卅": "三十", "卌": "四十"}

# Set phrases with numerals in them that state no number (十万八千里 is "very far").
# Set phrases whose numerals would otherwise be read as a figure (十万八千里 is "very far", not
# 108,000; 一年半载 "a while"). Matched on folded text (萬 -> 万, 兩 -> 两 …: FOLDED_TRADITIONAL),
# so traditional forms are listed with those characters folded (三天两頭); phrases whose numerals
# are never read (千家万户, 一心一意) are not listed.
IDIOMS = (
    "十万八千里", "三番五次", "一年半载", "一波三折", "成千上万", "成百上千", "三年五载", "七老八十",
    "三天两头", "三天两頭", "三天打鱼", "三天打魚", "两天晒网", "两天曬網", "十年如一日", "五十步笑百步",
    "一传十", "一傳十", "十传百", "十傳百",
)

# Latin letters that scale the digits glued to them: 40k, 3.5K, 2w, 1.2M (m is metres).
LATIN_SCALES = {"k": 3, "K": 3, "w": 4, "W": 4, "M": 6}
# … but not in these senses: 4K 屏幕 (screen resolution), 10W 充电 (watts), 100M 宽带 (megabits).
LATIN_SCALE_NOT_BEFORE = {"K": "屏|电视|電視|视频|視頻|高清|超清|分辨|显示|顯示|画质|畫質|摄像|攝像",
                          "k": "屏|电视|電視|视频|視頻|高清|超清|分辨|显示|顯示|画质|畫質",
                          "W": "充电|充電|快充|功率|瓦|灯|燈|电源|電源",
                          "w": "充电|充電|快充|功率|瓦",
                          "M": "宽带|宽频|寬頻|寬帶|带宽|帶寬|网|網|光纤|光纖|内存|內存|字节|字節|b|B"}

# 兆 is 10^12 as a multiplier, but a megabyte or megahertz before these words (千兆宽带).
NOT_TRILLION_BEFORE = ("赫", "瓦", "帕", "字节", "字節", "比特", "宽带", "宽频", "寬頻", "寬帶",
                       "带宽", "帶寬", "光", "网", "網", "位", "欧", "歐", "焦", "b", "B", "流量",
                       "内存", "內存", "像素")

# 折 closing a number is a discount (八折 80 %) unless it opens one of these words.
NOT_DISCOUNT_BEFORE = ("合", "算", "旧", "舊", "射", "叠", "疊", "腾", "騰", "返", "线", "線", "綫",
                       "磨", "断", "斷", "服", "中", "寿", "壽", "损", "損", "痕", "纸", "紙",
                       "腰", "杀", "殺", "抵", "现", "現", "让", "讓", "扣", "成", "价格", "價格")

# A decline written as a word just before the number: 下降2.7% (the magnitude is kept).
# (an optional 了 may follow: 减少了3成)
DECLINE_WORDS = ("下降", "下跌", "减少", "減少", "降低", "回落", "下滑", "缩减", "縮減", "萎缩",
                 "萎縮", "减", "減", "降", "跌")

# 零下 before a temperature: 零下六摄氏度 is −6.
BELOW_ZERO = "零下"
# Temperature units, reported as ℃.
TEMPERATURES = ("摄氏度", "攝氏度", "℃", "°C")

# --- numeral characters (the patterns of numbers.py and _rules/time.py are built from these) ---

SP = "[ \u00a0\u3000]?"  # ZAKER pads numbers with one space: "8 月 30 日", "15-20 间"
D = "一二两三四五六七八九"
Z = "零〇"
XX = "廿卅卌"  # 20, 30, 40
CN_CHARS = D + Z + XX + "十百千万亿兆"
# A whole run of Chinese numeral characters; the handlers accept it only if our grammar reads it
# (_mixed_value: 十三, 一千零五, 三千万 — not 十三五, 五一, 九九), which is cheaper than checking
# the grammar inside the big patterns.
CN = f"(?<![{CN_CHARS}])(?=[{D}{XX}十])[{CN_CHARS}]++"
SEP = "(?:——|[-—–~〜]|至|到)"  # between the two ends of a range

# The one table of Chinese digits (十 and the places are read by the grammars that use it):
# 〇/○/零 0 … 九 9, 两/兩 2. Numbers and periods read digits with it.
CN_DIGITS = ({c: i for i, c in enumerate("〇一二三四五六七八九")}
             | {"零": 0, "两": 2} | {"○": 0, "兩": 2})

# Traditional characters the number patterns read, folded to simplified by the t2s map (萬 -> 万,
# 兩 -> 两, 個 -> 个 …), and full-width forms folded to ASCII: one character for one.
FOLDED_TRADITIONAL = ("萬億兩點餘個間張歲項週鐘時過約於幾臺佔為達將級門幣鎊噸釐畝頃歐場層條類種組隊處"
                      "棟輪屆顆劑針輛戶號載計內圓攝數牀來筆鍾頭車紙")
WIDE_FORMS = {"％": "%", "．": ".", "－": "-", "−": "-", "～": "~"}


# --- the word tables of numbers.py --------------------------------------------------------------

# Currencies written before the number (港幣3,000元, HK$3,000, MOP 500, 人民幣500元): the unit,
# as written (folded: 幣 -> 币, 門 -> 门); a qualifier may stand before them (约人民币420元).
CURRENCIES_BEFORE = ("港币", "港元", "澳门元", "澳门币", "葡币", "人民币", "美元", "美金", "HK$",
                     "MOP$", "MOP", "RMB", "US$")

# Counters of Hong Kong and Macao usage and of bulletins (23宗 cases, 9市 cities, 168万剂次
# doses), and the words they open where they are no counter (宗旨, 市民, 市场 …).
MORE_COUNTERS = ("宗", "市", "剂次", "针次", "班次", "诊次", "診次", "个诊次", "个診次",
                 "笔", "车次", "起")  # 12班次 (trips), 40个诊次 (sessions), 3.6万笔 (transactions),
# 5,860车次 (ambulance trips), 聚集性疫情57起 (outbreaks)
COUNTER_NOT_BEFORE = {"宗": "旨|教|族|师|師|祠|亲|親|室|派",
                      "市": "民|场|区|區|级|属|屬|内|外|政|委|长|長|值|面|容|县|縣|镇|鎮|郊|井|直",
                      "起": "来|來|步|付|点|點|码|碼|诉|訴|床|飞|飛|见|見|居|源|始|止|算|计|計|价|價|跳|初|落|伏|身|用",
                      "笔": "者|记|記|试|試|画|畫|墨|迹|跡|触|觸|下|录|錄|直|名|尖|头|頭|芯|友|会|會"}

# Qualifier words the usual lists lack: 突破3万人 / 破万 (at least), 最高可达90% (at most);
# 破 is no qualifier after these characters (打破纪录, 攻破).
AT_LEAST_MORE = ("破", "突破")
AT_MOST_MORE = ("最高可达", "最高达到", "最高达", "最高为", "最高保障为", "最高保障", "最高保障為", "最高保额为", "最高保额", "最高保額為", "最高保額", "最高再支付", "最高支付", "最高", "上限为", "上限為", "上限是",
                "最长", "最長")  # 每宗上限為5,000港元, 最長十六星期, 年度最高保障300万元
NOT_BEFORE_PO = "打攻击擊爆识識看冲衝残殘"

# A bare 百/千/万 after these words is a round amount (逾千人次, 近千名, 破万, 过万, 超万人): at least
# or about that many, unless the word ends another one (经过, 通过, 最近, 附近, 打破 …).
ROUND_PREFIXES = {"逾": "at_least", "破": "at_least", "过": "at_least", "超": "at_least",
                  "近": "approx"}
ROUND_PREFIX_NOT_AFTER = {"过": "经經通度穿越跨错錯路不", "近": "最附靠临臨邻鄰亲親", "破": NOT_BEFORE_PO,
                          "超": "高赶趕"}

# The base of a rate written after a slash (8.1/10万, 2.6/10萬人口, 3.4/1,000): the number is a
# rate per that many (kind per_base, the base as its unit), with the counted people after it.
RATE_BASES = ("100,000", "100000", "10,000", "10000", "1,000", "1000", "10万", "十万", "万",
              "千")
RATE_BASE_PEOPLE = ("人口", "人", "名", "活产", "活產")


# Counters and units that may follow a number, as written. Longer forms are tried first.
COUNTERS = ("人次", "人", "名", "位", "例次", "例", "台次", "户", "家", "间", "所", "座", "处",
            "栋", "层", "个", "张", "床位", "床", "台", "件", "套", "辆", "架", "部", "份", "种",
            "类", "项", "篇", "批", "支", "条", "组", "队", "场", "次", "期", "届", "轮", "倍",
            "剂", "针", "盒", "瓶", "粒", "片", "颗", "度", "百分点", "个百分点", "千分点", "个千分点", "只"
            ) + MORE_COUNTERS
MONEY = ("元", "美元", "港元", "港币", "澳门元", "澳门币", "澳元", "欧元", "英镑", "人民币", "圆",
         "蚊港纸", "蚊")  # Cantonese dollars in quoted speech (五百幾蚊港紙: 港元; 二十蚊: 元, read as 元 is)
MEASURES = ("平方米", "平米", "㎡", "平方公里", "平方千米", "公顷", "亩", "公里", "千米", "米",
            "厘米", "毫米", "公斤", "千克", "克", "毫克", "吨", "升", "毫升", "斤") + TEMPERATURES
LATIN_UNITS = ("km", "kg", "mg", "ml", "mL", "cm", "mm", "m²", "m")
DURATIONS = ("年", "个月", "周", "星期", "天", "小时", "个小时", "分钟", "秒", "工作日",
             "个工作日", "工作天", "个工作天", "周年", "载",
             # 两个星期; Cantonese 兩個鐘 / 兩個鐘頭 (two hours)
             "个星期", "个钟头", "个钟")  # 工作天: Hong Kong's 工作日
AGES = ("岁", "周岁")
SIGNS = ("%", "‰")
TENTHS = "成"  # 九成 is 90 %: read as a counter, then turned into percent
DISCOUNT = "折"  # 八折 is 80 % (of the price), 七五折 75 %: kind percent, unit 折
# Units with a qualifier inside them: 两个多月 is at least two months.
QUALIFIED_UNITS = {"个多月": ("个月", "at_least"), "个余月": ("个月", "at_least"),
                   "个多小时": ("小时", "at_least")}
# Units with a half inside them: 两个半月 is 2.5 months.
HALF_UNITS = {"个半月": "个月", "个半小时": "小时"}
# Units that take a half after them: 一年半, 一米半, 三天半, 一倍半 (两成半 is done with 成).
HALVES = frozenset(("年", "天", "周", "星期", "小时", "米", "公里", "千米", "斤", "公斤", "千克",
                    "吨", "升", "亩", "倍"))
UNIT_ALIASES = ({"个小时": "小时", "个工作日": "工作日", "工作天": "工作日", "个工作天": "工作日",
                 "个诊次": "诊次", "診次": "诊次", "个診次": "诊次", "个百分点": "百分点",
                 "个千分点": "千分点", "周岁": "岁", "个星期": "星期", "个钟头": "小时", "个钟": "小时",
                 "圆": "元", "蚊": "元", "蚊港纸": "港元"} | {word: "℃" for word in TEMPERATURES})
# A counter that starts a common word is not a counter there: 3家庭, 第一人民医院, 5位于.
UNIT_NOT_BEFORE = {"人": "民", "蚊": "子|虫|蟲|媒|帐|帳|香|症", "家": "庭", "位": "于|置", "支": "持|付|援", "升": "级|至|到|为|高",
                   "台": "湾|灣|山|阶|階", "片": "区|區",
                   "只": "是|有|要|能|会|會|需|在|占|剩|用|限|不|为|好",
                   "圆": "满|滿|桌|形|心|梦|夢|规|規|润|潤|滑|周|顶|頂|珠|球|环|環|圈|柱|融|通|寂|舞|"
                         "盘|盤",
                   DISCOUNT: "|".join(NOT_DISCOUNT_BEFORE),
                   # 成 opens many words: 形成 has no numeral, but 三成员, 五成药 would
                   "成": "功|为|立|本|员|員|果|绩|績|长|長|都|效|熟|交|型|品|就|年|人|分|像|药|藥|片|套|"
                         "批|群|羣|规模|規模|体系|體系|网|網|不变|不變|倍|千|百|万|亿"} | COUNTER_NOT_BEFORE
# Counters that only follow an ordinal: 第三章, 第二季度.
ORDINAL_COUNTERS = ("号", "章", "款", "季度", "季", "阶段", "階段", "版", "页", "頁", "代", "波",
                    "站")

KIND_OF_UNIT = {"%": "percent", "‰": "per_mille", "岁": "age"}

# Qualifier words before a number (the longest wins: 不超过 is at_most, 超过 at_least) …
BEFORE = {
    "at_least": ("逾", "超过", "超出", "超", "多达", "高于", "不少于", "不低于", "至少", "起码",
                 "起碼", "最少") + AT_LEAST_MORE,
    "approx": ("约", "大约", "近", "将近", "接近", "大概", "估计", "近乎"),
    "at_most": ("不到", "不足", "少于", "低于", "不超过", "不超", "不多于", "不高于", "最多",
                "至多", "未满", "未滿", "不满", "不滿") + AT_MOST_MORE,
}
# … except inside these words: 预约, 签约, 合约 …; 最近, 附近 … (the characters before, as one
# class; traditional ones after the simplified: 預約, 簽約, 臨近)
NOT_PRECEDED_BY = {"约": "预签合条特节制公邀履契违失赴践爽婚相立守解续毁盟誓租缔草和隐简婉集规协"
                         "預簽節違踐續毀締隱簡規協",
                   "近": "最附靠临邻亲臨鄰親", "破": NOT_BEFORE_PO}
# Words allowed between a qualifier and its number: 约为, 超过了, 约占; 大约占总诊疗人次的四分之一.
BRIDGES = ("了", "有", "为", "是", "共", "共有", "共计", "计", "达", "达到", "占",
           "每人每年", "每人每月", "每人")  # 不低于每人每年700元
BRIDGE_SPAN = "[^，。；;,、：:！？!?\\s]{0,12}?"  # 占 … 的: the words of the bridge
AFTER = {"以上": "at_least", "以下": "at_most", "左右": "approx", "上下": "approx",
         "以内": "at_most", "之内": "at_most"}
INFIX = {"多": "at_least", "余": "at_least", "几": "at_least", "来": "approx"}

# Multipliers after a numeral (4.8万, 二十多万, 七八十) as powers of ten: float("4.8e4") == 48000.0.
MULTIPLIERS = {"亿亿": 16, "万亿": 12, "兆": 12, "千亿": 11, "百亿": 10, "十亿": 9, "亿": 8,
               "千万": 7, "百万": 6, "十万": 5, "万": 4, "千": 3, "百": 2, "十": 1}
PAIRS = {"一两": (1, 2), "一二": (1, 2), "两三": (2, 3), "二三": (2, 3), "三四": (3, 4),
         "四五": (4, 5), "五六": (5, 6), "六七": (6, 7), "七八": (7, 8), "八九": (8, 9)}
PER = {"百": ("percent", "%"), "千": ("per_mille", "‰")}  # 百分之, 千分之
DENOMINATORS = {"百": 100.0, "千": 1000.0, "万": 10_000.0}  # 万分之五 is a fraction
TIME_UNITS = frozenset(("年", "个月", "周", "星期", "天", "小时", "分钟", "秒", "工作日"))

