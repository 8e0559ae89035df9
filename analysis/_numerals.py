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
# 108,000; 一年半载 "a while"). Matched on folded text (萬 -> 万 …), so no traditional forms are
# needed; phrases whose numerals are never read (千家万户, 一心一意) are not listed.
IDIOMS = (
    "十万八千里", "三番五次", "一年半载", "一波三折", "成千上万", "成百上千", "三年五载", "七老八十",
    "三天两头", "三天打鱼", "两天晒网", "十年如一日", "五十步笑百步", "一传十", "十传百",
)

# Latin letters that scale the digits glued to them: 40k, 3.5K, 2w, 1.2M (m is metres).
LATIN_SCALES = {"k": 3, "K": 3, "w": 4, "W": 4, "M": 6}
# … but not in these senses: 4K 屏幕 (screen resolution), 10W 充电 (watts), 100M 宽带 (megabits).
LATIN_SCALE_NOT_BEFORE = {"K": "屏|电视|電視|视频|視頻|高清|超清|分辨|显示|顯示|画质|畫質|摄像|攝像",
                          "k": "屏|电视|電視|视频|視頻|高清|超清|分辨|显示|顯示|画质|畫質",
                          "W": "充电|充電|快充|功率|瓦|灯|燈|电源|電源",
                          "w": "充电|充電|快充|功率|瓦",
                          "M": "宽带|寬頻|寬帶|带宽|帶寬|网|網|光纤|光纖|内存|內存|字节|字節|b|B"}

# 兆 is 10^12 as a multiplier, but a megabyte or megahertz before these words (千兆宽带).
NOT_TRILLION_BEFORE = ("赫", "瓦", "帕", "字节", "字節", "比特", "宽带", "寬頻", "寬帶", "带宽",
                       "帶寬", "光", "网", "網", "位", "欧", "歐", "焦", "b", "B", "流量", "内存",
                       "內存", "像素")

# 折 closing a number is a discount (八折 80 %) unless it opens one of these words.
NOT_DISCOUNT_BEFORE = ("合", "算", "旧", "舊", "射", "叠", "疊", "腾", "騰", "返", "线", "線",
                       "磨", "断", "斷", "服", "中", "寿", "壽", "损", "損", "痕", "纸", "紙",
                       "腰", "杀", "殺", "抵", "现", "現", "让", "讓", "扣", "成", "价格")

# A decline written as a word just before the number: 下降2.7% (the magnitude is kept).
# (an optional 了 may follow: 减少了3成)
DECLINE_WORDS = ("下降", "下跌", "减少", "減少", "降低", "回落", "下滑", "缩减", "縮減", "萎缩",
                 "萎縮", "减", "減", "降", "跌")

# 零下 before a temperature: 零下六摄氏度 is −6.
BELOW_ZERO = "零下"
# Temperature units, reported as ℃.
TEMPERATURES = ("摄氏度", "攝氏度", "℃", "°C")

# Currencies written before the number (港幣3,000元, HK$3,000, MOP 500, 人民幣500元): the unit,
# as written (folded: 幣 -> 币, 門 -> 门); a qualifier may stand before them (约人民币420元).
CURRENCIES_BEFORE = ("港币", "港元", "澳门元", "澳门币", "葡币", "人民币", "美元", "美金", "HK$",
                     "MOP$", "MOP", "RMB", "US$")

# Counters of Hong Kong and Macao usage and of bulletins (23宗 cases, 9市 cities, 168万剂次
# doses), and the words they open where they are no counter (宗旨, 市民, 市场 …).
MORE_COUNTERS = ("宗", "市", "剂次", "针次")
COUNTER_NOT_BEFORE = {"宗": "旨|教|族|师|祠|亲|室|派",
                      "市": "民|场|区|级|属|内|外|政|委|长|值|面|容|县|镇|郊|井|直"}

# Qualifier words the usual lists lack: 突破3万人 / 破万 (at least), 最高可达90% (at most);
# 破 is no qualifier after these characters (打破纪录, 攻破).
AT_LEAST_MORE = ("破", "突破")
AT_MOST_MORE = ("最高可达", "最高达到", "最高达", "最高为", "最高")
NOT_BEFORE_PO = "打攻击爆识看冲残"

# A bare 百/千/万 after these words is a round amount (逾千人次, 近千名, 破万, 过万, 超万人): at least
# or about that many, unless the word ends another one (经过, 通过, 最近, 附近, 打破 …).
ROUND_PREFIXES = {"逾": "at_least", "破": "at_least", "过": "at_least", "超": "at_least",
                  "近": "approx"}
ROUND_PREFIX_NOT_AFTER = {"过": "经通度穿越跨错路不", "近": "最附靠临邻亲", "破": NOT_BEFORE_PO,
                          "超": "高赶"}

# The base of a rate written after a slash (8.1/10万, 2.6/10萬人口, 3.4/1,000): the number is a
# rate per that many (kind per_base, the base as its unit), with the counted people after it.
RATE_BASES = ("100,000", "100000", "10,000", "10000", "1,000", "1000", "10万", "十万", "万",
              "千")
RATE_BASE_PEOPLE = ("人口", "人", "名", "活产")
