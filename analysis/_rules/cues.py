"""Word lists that say what a figure means: its status, who is counted, a change pair.

Data only, each word in its simplified AND traditional form (the two together, so a Big5 article
from Hong Kong or Macao reads as a mainland one); ``analysis/meaning.py`` and
``analysis/links.py`` compile them. Populations are reported in their simplified form.
"""

from __future__ import annotations

# A target, or something to be built, opened, trained or added.
PLANNED = ("计划", "計劃", "拟", "擬", "将", "將", "预计", "預計", "目标", "目標", "力争", "力爭",
           "规划", "規劃", "筹建", "籌建", "争取", "爭取", "有望", "计划于", "計劃於",
           # an estimate of what is to come, money set aside for it (估计今年全年…可能超过;
           # 今年为合作预留的资助约N澳门元)
           "估计", "估計", "预估", "預估", "预留", "預留",
           # "will … again" in Hong Kong and Macao releases (會再增聘約250名護士)
           "会再", "會再",
           # what a building will hold once it stands (建成后可提供床位1200张; 屆時…)
           "建成后", "建成後", "落成后", "落成後", "投入使用后", "投入使用後", "届时", "屆時",
           # a time to come named relatively (下月新增三间院舍, 明年增至…): no level yet
           "下月", "下个月", "下個月", "明年",
           # what is expected (年内料破300宗, 料将增至…, 预料可达)
           "料破", "料将", "料將", "料达", "料達", "料超", "料增", "料升", "料可", "预料", "預料")
# A numbered heading on a line of its own (二、主要目标, 三、重点任务, 二、下一步工作计划) opens a
# section of a plan's targets or tasks when it names them and no account of work done: its figures
# are plans up to the next such heading (一、工作基础, 一、主要工作成效: levels).
SECTION_HEADING = r"(?m)^[ \t\u3000]*[一二三四五六七八九十]{1,3}[、．][ \t\u3000]*([^\n。；;，,：:]{1,24})$"
PLAN_SECTIONS = ("目标", "目標", "任务", "任務", "计划", "計劃", "规划", "規劃", "举措", "舉措",
                 "下一步", "工作安排", "展望", "思路")
NOT_PLAN_SECTIONS = ("完成", "情况", "情況", "成效", "进展", "進展", "回顾", "回顧", "基础", "基礎",
                     "成果")
# 将 that is no future tense: 将近 (nearly), 即将… is still planned.
NOT_PLANNED = ("将近", "將近", "规划纲要", "規劃綱要", "计划生育", "計劃生育", "计划免疫", "計劃免疫",
               # 将 as 把, before what it acts on (衛生局自本月起將轄下三間衛生中心的夜間門診延長至23時)
               "将辖下", "將轄下", "将该", "將該", "将其", "將其",
               # the scheme as it stands now (計劃現涵蓋16個專科, 计划目前已有…)
               "计划现", "計劃現", "计划目前", "計劃目前", "计划已", "計劃已",
               # a place holding 将 (將軍澳, Tseung Kwan O): no plan
               "将军澳", "將軍澳",
               # a capacity planned (规划床位1,500张): that figure's own plan, read by its label, no
               # plan of the figures after it (…，首期开放床位800张)
               "规划床位", "規劃床位", "規劃牀位", "规划病床", "規劃病床", "規劃病牀", "规划设置床位",
               "規劃設置床位", "規劃設置牀位",
               # a scheme's name (试点计划, 「…计划」) and the programme of vaccines: no plans
               "试点计划", "試點計劃", "试验计划", "試驗計劃", "计划」", "計劃」", "计划”", "計劃”", "计划》", "計劃》",
               "计划推出时", "計劃推出時", "免疫规划", "免疫規劃",
               # the scheme as a noun: since it began, who joins it (計劃自二○二○年推出以來)
               "计划自", "計劃自", "参与计划", "參與計劃", "参加计划", "參加計劃", "加入计划", "加入計劃", "纳入计划",
               "納入計劃", "为计划", "為計劃", "该计划", "該計劃", "计划的", "計劃的", "计划下",
               "計劃下", "透过计划", "透過計劃",
               # … a named scheme, the whole of it, what it did (先导计划, （先導計劃）, 全计划在…,
               # 按计划，社署每月支付…, 评估计划去年完成…: no plan of the year to come)
               "先导计划", "先導計劃", "资助计划", "資助計劃", "补贴计划", "補貼計劃", "计划）",
               "計劃）", "计划)", "計劃)", "全计划", "全計劃", "按计划", "按計劃", "根据计划",
               "根據計劃", "计划去年", "計劃去年", "计划上年", "計劃上年",
               # … a scheme named by what it does or where it is (经跨境转介计划接收病人, 廣東計劃,
               # 院舍照顧服務計劃, 高齡津貼計劃), the scheme as the way in (經計劃入住)
               "转介计划", "轉介計劃", "服务计划", "服務計劃", "津贴计划", "津貼計劃", "广东计划",
               "廣東計劃", "福建计划", "福建計劃", "经计划", "經計劃",
               # … what it has done already (管理計劃已納入2,150名長者), so far (計劃至今共錄得…)
               "计划已", "計劃已", "计划至今", "計劃至今",
               # … a screening programme by name (大腸癌篩查計劃, 子宮頸普查計劃), its participants and its
               # places (計劃參加者, 計劃宿位)
               "筛查计划", "篩查計劃", "普查计划", "普查計劃", "计划参加者", "計劃參加者", "计划参与者",
               "計劃參與者", "计划宿位",
               "計劃宿位",
               # … the scheme as a topic (醫療券計劃方面，…每年可獲2,000元): what it gives now
               "计划方面", "計劃方面", "医疗券计划", "醫療券計劃",
               # places set aside for a group (预留予香港长者的床位): reserved now, no estimate
               "预留予", "預留予", "预留给", "預留給", "预留床位", "預留床位", "预留宿位", "預留宿位",
               # an assessment, no estimate (健康评估计划: 评估 holds 估计's 估) …
               "评估", "評估",
               # … nor an estimate of a level now, its figure right after (估计约2.6万人, 估計約有)
               "估计约", "估計約", "估计有", "估計有",
               # 会 of a body's name, 再次 of what was done again: no "will … again"
               "委员会再", "委員會再", "协会再", "協會再", "会再次", "會再次")
# Words after which a figure is a level again, however the sentence began (目前 … 已 …).
NOW = ("目前", "现有", "現有", "现时", "現時", "已有", "已经", "已經", "截至", "截止", "现已", "現已",
       # what is already done after a plan (计划新增病床4,000张，一季度已新增开放1,150张)
       "已新增", "已增设", "已增設", "已开放", "已開放", "已建成", "已启用", "已啟用", "已完成")
# Words of the present after a running total in a sentence: what follows is a level again
# (自…开通以来，累计接载…，现时每日开出12班次); not 已有/已经 (自…以来，已有3万人次: a total).
PRESENT = ("目前", "现时", "現時", "现有", "現有", "现在", "現在")
# A change amount: the verb right before a count (增加9887人, 减少了200张, 新增3家).
CHANGE = ("增加", "新增", "增长", "增長", "净增", "淨增", "增设", "增設", "多了", "减少", "減少",
          "下降", "降低", "少了", "缩减", "縮減", "净减", "淨減", "提高", "上升", "提升",
          # newly included or recruited (纳入两间诊所, 新引进人才138名); more than before (多出930宗)
          "纳入", "納入", "新引进", "新引進", "多出",
          # added (区内再添3家社康中心, 新添病床80张, 增添設備12台)
          "再添", "新添", "增添",
          # opened or hired on top (加開約320張臨時病床, 增聘約150名醫生)
          "加开", "加開", "增开", "增開", "增聘", "加聘", "新聘",
          # a headline's increase over a year (參保一年增近萬人)
          "年增",
          # a time cut or added (较以往缩短约40分钟; not 缩短至3天, a level)
          "缩短", "縮短", "延长", "延長",
          # a table's column of changes (同比变化 | -0.37天, 增减 | +12张)
          "变化", "變化", "增减", "增減")
# A rate of change: a percentage (or percentage points) after one of these in its clause.
RATE_OF_CHANGE = ("增长", "增長", "增幅", "同比", "按年", "环比", "環比", "上升", "提高", "提升",
                  "增加", "下降", "降低", "减少", "減少", "降幅", "跌幅", "回落", "下跌", "减", "減",
                  # the one-character verbs of headlines and leads (结算量升近三成, 参保一年增四成)
                  "升", "增", "降", "跌", "缩短", "縮短", "多出")
# A comparison that states a rate of change: 较在港求诊低约七成, 比上年高两成 (低 negative).
COMPARED = ("比", "较", "較")
LOWER, HIGHER = ("低", "少"), ("高", "多")
# A group never starts inside a word of its own: 其中学生193例 names 学生, not 中学生.
NOT_SPLIT_WORD = r"(?!(?<=其)中)"
# … below an earlier time (低于去年同期水平约六成): lower; below a bar (低于5%) is no comparison
BELOW_EARLIER = r"(?:低于|低於|少于|少於)(?:去年|上年|前年|上月|上周|上週|上季|同期|(?:19|20)\d{2}年)[^的]{0,8}"
# Metrics a percentage is read as by its words alone that a rate of change is not: 升近三成
# reads as a share (三成) but is a growth.
GROWTH_OF = {"share": "growth", "rate": "growth"}
# … and a change of an enrolment read as a level is its increase (參保一年增近萬人)
CHANGE_OF = {"insurance_enrolment": "insurance_increase"}
# The words that make a change a decline: its value is negative.
DECLINE = ("减少", "減少", "下降", "降低", "降幅", "跌幅", "回落", "下跌", "缩减", "縮減", "少了",
           "净减", "淨減", "减", "減", "降", "跌", "缩短", "縮短")
# Words of a change in either direction (a table's column 增减 | +95张, 变化 | -0.24天): no decline,
# the sign written with the figure says which
NEUTRAL_CHANGE = ("增减", "增減", "变化", "變化", "升降", "涨跌", "漲跌")
# A verb followed by one of these states the level reached, not the change (增加至390张).
# … and a share after it is a level too (新增患者中港澳居民占三成).
TO_LEVEL = ("至", "到", "为", "為", "占", "佔")
# … not after a noun of the change itself (增幅为53.1%, 升幅為、增长率为): the rate it names
CHANGE_NOUNS = ("增幅", "降幅", "跌幅", "升幅", "涨幅", "漲幅", "减幅", "減幅", "增长率", "增長率", "增速")
# An event since which a figure runs, named with no 自 before it, in the figure's own clause
# (启用以来支付约76万澳门元; not 政策实施以来成效显著，机构由31间增至52间).
SINCE_EVENTS = ("启用以来", "啟用以來", "开业以来", "開業以來", "运营以来", "運營以來", "开通以来",
                "開通以來", "推行以来", "推行以來", "实施以来", "實施以來", "试点以来", "試點以來",
                "启动以来", "啟動以來", "开诊以来", "開診以來", "开院以来", "開院以來", "成立以来", "成立以來", "投用以来",
                "投用以來", "开办以来", "開辦以來", "开展以来", "開展以來")
# A running total, whatever time the figure's clause names (2024年累计服务…).
RUNNING = ("累计", "累計", "累积", "累積", "迄今", "至今已", "至今共")
# A running total: the words above, and sums that are one only when the figure's clause names no
# time of its own (去年共服务约4600名市民 is last year's).
CUMULATIVE = RUNNING + ("总计", "總計", "共计", "共計", "共服务", "共服務")
# A sum right before a flow counted up to a date, or opening its clause (截至2025年9月底，…使用共
# 1.38萬人次; 截至年底，共为港澳居民办理结算12.6万人次): a running total (not 共同, 共享, 公共).
UP_TO_SUM = (r"(?:合共|总共|總共|(?<!公)共)(?:计|計|有|达|達)?(?:约|約|近|逾|超过|超過)?$"
             # … a sum done for someone (共为澳门居民接种, 合共向长者派发)
             r"|(?:合共|总共|總共|(?<!公)共)(?:为|為|向|替)[^，,。；;]{1,16}$"
             r"|^(?:合共|总共|總共|共)(?!同|享|建|识|識|赢|贏|性)")
# … or after an event the sentence names, done since (签署协议后，已为3家企业提供咨询共72宗)
SINCE_THEN = r"[后後][，,]?(?:已|至今)"
# A flow done since a start its sentence names with 起 (今年起推出…，已服务…; 自3月起，已为…): a
# running total
# … and the items listed after such a sum (共为居民接种3,418剂次，分别为2,106剂次和1,312剂次)
SUM_LISTED = (r"(?:合共|总共|總共|(?<!公)共)[^，,。；;\d]{0,20}\d[\d,.]{0,12}[万萬]?[^\d，,。；;]{0,3}"
              r"[，,]分[别別]")
SINCE_START = r"(?:年|月|日|号|號)起[^，,。；;]{0,16}[，,](?:已|至今已?)"
# The time of a figure's own clause (a year, 全年, 去年 …): a sum in it or a 自…以来 before it in
# its sentence makes no running total (自去年投入服务以来，…，2025全年门诊逾18万人次).
OWN_TIME = (r"(?:19|20)\d{2}年?|[〇○零一二三四五六七八九]{4}年|全年|去年|今年|前年|上半年|下半年|"
            r"首年|同年|当年|當年|本年|上年")
# A breakdown of the figure before it (新增床位600张，其中ICU床位50张): of its kind of figure.
BREAKDOWN = ("其中", "当中", "當中")
# Averages (per case, per day) and durations (平均住院日6.9天, 轮候约三星期): a level, never a
# running total.
AVERAGES = frozenset({"unit_cost", "daily_visits", "duration"})
# A running total since an event: 自试点计划推行以来, 從開業以來.
SINCE_FROM = ("自", "从", "從")
SINCE = ("以来", "以來")
# A colon ends the head of a list; a plan in the head makes every item after it a plan
# (2027年目标：床位达5万张；每千人口医生达3.5名).
LIST_HEAD = ("：", ":")
# Between the two figures of a before -> after pair (从198张增加至390张, 由A增至B, A→B).
PAIR_VERBS = ("增加", "增长", "增長", "上升", "提高", "提升", "下降", "降低", "减少", "減少", "扩大",
              "擴大", "发展", "發展", "增", "降", "升", "减", "減", "跃升", "躍升",
              "延长", "延長", "缩短", "縮短", "扩展", "擴展", "扩容", "擴容", "回落")
PAIR_FROM = ("从", "從", "由")
# The earlier value of a pair in a plan (把服务时间由每周12小时延长至20小时, 将从现时的8间增至12间):
# 由/从 and a few words before it, a later value after it (periods.TO_LATER): the level now, not
# the target
EARLIER_OF_PAIR = r"(?:从|從|由)[^，,。；;：:\d]{0,6}$"

# A group the counted people are likened to (与本市户籍居民同等享受财政补助): not whom a figure
# counts; the words right after such a group.
ALIKE = ("同等", "一样", "一樣", "相同", "同样", "同樣",
         # … or the base a figure is reckoned on (按年末常住人口计算，人均支出2,351元): none counted
         "计算", "計算")
# The parents a group is named of (其中母亲为澳门居民的占81.9%, 父母均為香港永久性居民的): the words
# right before such a group; the figure counts the children, not the group
PARENTS_OF = ("母亲为", "母親為", "母亲是", "母親是", "父亲为", "父親為", "父亲是", "父親是",
              "父母均为", "父母均為", "父母为", "父母為", "父母均是", "父母是", "父或母为", "父或母為")
# A share is of the whole named after 占 (占全市港澳参保人员的九成); who it counts is the part
# named before it, when one is.
SHARE_OF = ("占", "佔")
# The words of a dateline a space may follow inside one sentence (本报讯 记者从…获悉，…): no break
# between a headline's phrases
DATELINE_BEFORE_SPACE = ("本报讯", "本報訊")
# A unit in brackets in a table's header or row label (门急诊人次（万人次）, 指定医疗机构（家）, 床位使用率
# (%)): the unit of the figures of its column or row (kept only when it reads as one after a number)
TABLE_UNIT = (r"[（(](?:([^（）()\d\s，,、]{1,6})(?:[，,、][^（）()]{1,12})?"
              r"|1?(/(?:10万|10萬|十万|十萬|万|萬|千|1000|10000|100000)))[）)]")
# (… a rate's base too: 孕产妇死亡率（1/10万）, 每千人口（1/千）; and a time after the unit: 床位（万张，2025年）,
# 住院病床（張，年底）)
# … or a table's caption names the unit of all its bare numbers (表1　…主要指标（单位：万人次）), read
# on the caption folded to simplified (單位：萬人次)
CAPTION_UNIT = r"(?:单位|單位)[：:]\s*([^（）()\d\s，,、；;]{1,6})"
# … or the counter of a header counting (申报宗数, 申報宗數, 病例数, 使用人数): the unit of its column's
# bare numbers
TABLE_COUNTER = r"(宗|例|台|家|间|間|张|張|名|所|个|個|人次|人)(?:数|數)$|(人次)$"  # (出院人次: 人次)
# … as numbers reads it (平均住院日數(日): days, 天)
TABLE_UNIT_FORMS = {"日": "天"}
# A cell of a table's body row set in text: a number alone, maybe signed, maybe a percentage
TABLE_NUMBER = r"[+\-−]?\d[\d,.]*\s*(?:%|％|‰|[\u4e00-\u9fff]{1,4})?"  # (+95张, -0.24天, -2.7个百分点)
# The break after a figure's headline phrase: spaces before a word of Chinese (病床增至1,050張　坦洲
# 醫學中心接診…: the words after it are the next phrase's, not the figure's)
PHRASE_AFTER = r"[ \u3000]+(?=[\u4e00-\u9fff])"
# Marks that end a clause, not a sentence: the clause after one goes on about the group the one
# before it counts (…求诊40,270人次；该院日均约160人次: the same people).
SAME_SENTENCE = ("；", ";")
# Who is counted: canonical simplified form -> the forms articles write.
POPULATIONS: dict[str, tuple[str, ...]] = {
    "港澳台居民": ("港澳台居民",),
    # the insured of a scheme are counted as the residents they are (港澳参保人在深就医…)
    # … and their households (签约港澳家庭520户)
    "港澳居民": ("港澳居民", "港澳籍居民", "港澳参保人", "港澳參保人", "港澳参保者", "港澳參保者",
                 "港澳参保患者", "港澳參保患者",
                 # … the insured of a named scheme (港澳城乡居民参保人在穗住院结算…)
                 "港澳城乡居民参保人", "港澳城鄉居民參保人", "港澳职工参保人", "港澳職工參保人",
                 "港澳居民参保人", "港澳居民參保人",
                 "港澳家庭",
                 # … and the patients of a clinic for them (该院港澳门诊接诊约3.9万人次)
                 "港澳门诊", "港澳門診"),
    # (本澳居民, 本港居民: Macao's and Hong Kong's own press, of their own residents)
    "澳门居民": ("澳门居民", "澳門居民", "澳门籍居民", "澳門籍居民", "澳门参保人", "澳門參保人",
                 "澳门参保者", "澳門參保者", "本澳居民", "澳门市民", "澳門市民"),
    "香港居民": ("香港居民", "香港籍居民", "香港市民", "港人", "香港参保人", "香港參保人",
                 "香港参保者", "香港參保者", "本港居民"),
    "港澳人士": ("港澳人士",),
    "港澳外籍人士": ("港澳外籍人士", "港澳外籍患者"),
    "港澳台同胞": ("港澳台同胞",),
    "港澳同胞": ("港澳同胞",),
    # the diaspora of a home town in Hong Kong and Macao (侨乡: 港澳乡亲中医门诊接诊6,150人次)
    "港澳乡亲": ("港澳乡亲", "港澳鄉親"),
    "香港同胞": ("香港同胞",),
    "澳门同胞": ("澳门同胞", "澳門同胞"),
    "海外侨胞": ("海外侨胞", "海外僑胞"),
    "在粤港澳居民": ("在粤港澳居民", "在粵港澳居民"),
    "港澳长者": ("港澳长者", "港澳長者"),
    "港澳及外籍人士": ("港澳及外籍人士",),
    "港澳及外籍患者": ("港澳及外籍患者", "港澳及外籍病人"),
    "外籍人士": ("外籍人士", "外籍人員", "外籍人员"),
    "外籍患者": ("外籍患者", "外籍病人"),
    "旅客": ("旅客",),
    "非本地居民": ("非本地居民",),
    "跨境学童": ("跨境学童", "跨境學童"),
    "澳门学童": ("澳门学童", "澳門學童"),
    "香港学童": ("香港学童", "香港學童"),
    "学童": ("学童", "學童"),
    "港澳学生": ("港澳学生", "港澳學生"),
    "澳门学生": ("澳门学生", "澳門學生"),
    "香港学生": ("香港学生", "香港學生"),
    # pupils by the school they are at (中小学生, 小學生, 中學生) and the children before school (幼儿)
    "中小学生": ("中小学生", "中小學生"),
    "小学生": ("小学生", "小學生"),
    "中学生": ("中学生", "中學生"),
    "幼儿": ("幼儿", "幼兒"),
    "青少年": ("青少年",),
    # children by where they are from (港澳儿童, 澳門兒童); bare 儿童 and 成人 are AS_WRITTEN below
    "港澳儿童": ("港澳儿童", "港澳兒童"),
    "香港儿童": ("香港儿童", "香港兒童"),
    "澳门儿童": ("澳门儿童", "澳門兒童"),
    "老年人": ("老年人",),
    "香港转诊患者": ("香港转诊患者", "香港轉診患者", "香港转诊病人", "香港轉診病人"),
    # the needy a medical-aid scheme pays for (资助困难群众参保2.08万人)
    "困难群众": ("困难群众", "困難群眾", "困難群衆"),
    "残疾人士": ("残疾人士", "殘疾人士", "残障人士", "殘障人士", "残疾人", "殘疾人"),
    "男性": ("男性",),
    "女性": ("女性",),
    # 患者 and 病人 as the article writes them (香港病人 432名)
    "港澳患者": ("港澳患者",),
    "港澳籍患者": ("港澳籍患者",),
    "港澳住院患者": ("港澳住院患者",),
    "香港患者": ("香港患者",),
    "澳门患者": ("澳门患者", "澳門患者"),
    "港澳病人": ("港澳病人",),
    "香港病人": ("香港病人",),
    # the patients of Hong Kong's Hospital Authority, as its releases call them
    "医管局病人": ("医管局病人", "醫管局病人", "医院管理局病人", "醫院管理局病人"),
    "澳门病人": ("澳门病人", "澳門病人"),
    # bare: whose they are is the article's (UNNAMED_GROUPS)
    "病人": ("病人",),
    # residents counted bare right after their counter (約42.3萬名居民使用醫療券: COUNTED_RESIDENTS):
    # the article's residents, the one fuller group it names (澳门居民), else none
    "居民": ("名居民", "位居民"),
    "转诊患者": ("转诊患者", "轉診患者", "转诊病人", "轉診病人"),
    "高血压患者": ("高血压患者", "高血壓患者"),
    "糖尿病患者": ("糖尿病患者",),
    "2型糖尿病患者": ("2型糖尿病患者",),
    "严重精神障碍患者": ("严重精神障碍患者", "嚴重精神障礙患者"),
    # patients by their condition, as written (CONDITION_GROUPS)
    "危重病人": ("危重病人",),
    "危重患者": ("危重患者",),
    "危重孕产妇": ("危重孕产妇", "危重孕產婦"),
    "儿童患者": ("儿童患者", "兒童患者"),
    "急重症病人": ("急重症病人",),
    "急重症患者": ("急重症患者",),
    "创伤患者": ("创伤患者", "創傷患者"),
    "心脑血管疾病患者": ("心脑血管疾病患者", "心腦血管疾病患者"),
    "香港客户": ("香港客户", "香港客戶"),
    "香港长者": ("香港长者", "香港長者", "港长者", "港長者", "本港长者", "本港長者", "全港长者", "全港長者"),
    "澳门长者": ("澳门长者", "澳門長者", "本澳长者", "本澳長者", "全澳长者", "全澳長者"),
    # the elderly on social security (综援, Hong Kong's CSSA), as written (CONDITION_GROUPS)
    "综援长者": ("综援长者", "綜援長者"),
    "长者": ("长者", "長者"),
    # the residents of a care home, as written (安老院舍院友的接种率, 院友接種率逾八成)
    "安老院舍院友": ("安老院舍院友",),
    "院友": ("院友",),
    "港澳孕产妇": ("港澳孕产妇", "港澳孕產婦"),
    "澳门孕产妇": ("澳门孕产妇", "澳門孕產婦"),
    "香港孕产妇": ("香港孕产妇", "香港孕產婦"),
    "孕产妇": ("孕产妇", "孕產婦"),
    # expectant and delivering mothers as written (孕妇, 产妇), apart from 孕产妇; with their
    # origin (香港孕妇) or residence (澳门居民产妇): KINDS_OF_RESIDENTS below
    "孕妇": ("孕妇", "孕婦"),
    "产妇": ("产妇", "產婦"),
    # a count of live births counts the newborns (全区活产数4.3万人, 活产婴儿3,400名, 出生人口1.2万人,
    # 占活产总数的四成, 出生婴儿占出生总数逾半)
    "新生儿": ("新生儿", "新生兒", "活产数", "活產數", "活产婴儿", "活產嬰兒", "活产总数", "活產總數",
              "出生人口", "出生婴儿", "出生嬰兒", "出生的婴儿", "出生的嬰兒", "出生总数", "出生總數",
              # … and the rate of low birth weight, reckoned on all live births (低出生体重发生率)
              "低出生体重发生率", "低出生體重發生率", "低出生体重儿发生率", "低出生體重兒發生率"),
    # … the newborns under 2,500 grams, as written (低出生体重婴儿共200名)
    "低出生体重婴儿": ("低出生体重婴儿", "低出生體重嬰兒", "低出生体重儿", "低出生體重兒"),
    "早产儿": ("早产儿", "早產兒"),
    "婴儿": ("婴儿", "嬰兒"),
    # the children of an age for a vaccine (适龄儿童免疫规划疫苗接种率)
    "适龄儿童": ("适龄儿童", "適齡兒童"),
    "适龄女生": ("适龄女生", "適齡女生"),  # the girls of an age for the HPV vaccine
    "5岁以下儿童": ("5岁以下儿童", "5歲以下兒童", "五岁以下儿童", "五歲以下兒童"),
    # the key groups of family-doctor contracting and public-health services (重点人群签约率)
    "重点人群": ("重点人群", "重點人群"),
    "全市居民": ("全市居民",),
    # the residents of a district, and those with a household registration (户籍居民人均预期寿命)
    "全区居民": ("全区居民", "全區居民"),
    "户籍居民": ("户籍居民", "戶籍居民"),
    "常住人口": ("常住人口",),
    "户籍人口": ("户籍人口", "戶籍人口"),
    "本地居民": ("本地居民",),
    "内地居民": ("内地居民", "內地居民"),
}
# Kinds of people written right after an origin or a residents' group (香港孕妇, 澳门居民产妇,
# 港澳居民孕妇): the group as written, origin and kind (simplified kind -> its forms).
KINDS_OF_RESIDENTS: dict[str, tuple[str, ...]] = {"孕妇": ("孕妇", "孕婦"), "产妇": ("产妇", "產婦")}
RESIDENTS_OF_KINDS: dict[str, tuple[str, ...]] = {
    "香港": ("香港",), "澳门": ("澳门", "澳門"), "港澳": ("港澳",),
    "香港居民": ("香港居民",), "澳门居民": ("澳门居民", "澳門居民"), "港澳居民": ("港澳居民",)}
POPULATIONS.update({
    origin + kind: tuple(dict.fromkeys((origins[0] + kinds[0], origins[-1] + kinds[-1])))
    for origin, origins in RESIDENTS_OF_KINDS.items() for kind, kinds in KINDS_OF_RESIDENTS.items()})
# Inpatients (香港住院患者, 澳門住院病人), pupils (港籍中小学生, 港籍學童) and the young (港澳青年,
# 香港青年) of an origin are the group as written too; of a residents' group they stay the
# residents (澳门居民住院患者: 澳门居民).
KINDS_OF_ORIGIN: dict[str, tuple[str, ...]] = {
    "住院患者": ("住院患者",), "住院病人": ("住院病人",), "中小学生": ("中小学生", "中小學生"),
    "学童": ("学童", "學童"), "青年": ("青年",),
    # mothers and sick children of an origin (港澳籍孕产妇, 港澳籍患儿); babies born stay 新生儿
    "孕产妇": ("孕产妇", "孕產婦"), "患儿": ("患儿", "患兒")}
ORIGINS_OF_KINDS: dict[str, tuple[str, ...]] = {
    "香港": ("香港",), "澳门": ("澳门", "澳門"), "港澳": ("港澳",),
    "港籍": ("港籍",), "澳籍": ("澳籍",), "港澳籍": ("港澳籍",)}
POPULATIONS.update({
    origin + kind: tuple(dict.fromkeys((origins[0] + kinds[0], origins[-1] + kinds[-1])))
    for origin, origins in ORIGINS_OF_KINDS.items() for kind, kinds in KINDS_OF_ORIGIN.items()
    if origin + kind not in POPULATIONS})
# inpatients are a kind of patient, never whose an article's bare 病人 are
INPATIENT_GROUPS = tuple(form for origin in ORIGINS_OF_KINDS for kind in ("住院患者", "住院病人")
                         for form in POPULATIONS[origin + kind])
# People counted by their age, 60 or 65 and over (65岁及以上人士, 六十五歲或以上人士), and the
# elderly written with any age (80岁或以上的长者, 65歲以上長者): the elderly as written, 长者, not
# the fuller group the article names elsewhere (香港长者), unless the sentence counts them among
# residents of a place (在番禺居住的澳门居民…其中65岁以上长者: 澳门长者, the residents' name with
# 居民 replaced by AGED_GROUP, when POPULATIONS holds it).
AGED = (r"(?:(?:\d{2}|[六七八九]十[一二三四五六七八九]?)[岁歲](?:或|及)?以上的?(?:长者|長者)"
        r"|(?:6[05]|六十五?)[岁歲](?:或|及)?以上(?:人士|老人|人口|居民)?)")
AGED_GROUP = "长者"  # a name of POPULATIONS (tests/test_meaning.py checks it is one)
RESIDENTS_WORD = "居民"  # what ends the name of a place's residents (香港居民 → 香港长者)
# … and residents counted bare right after the number's counter (42.3萬名|居民使用醫療券): the
# bare group 居民, read as the article's one fuller group of residents
COUNTED_RESIDENTS = ("居民使用", "居民领取", "居民領取", "居民受惠", "居民受益", "居民获", "居民獲",
                     "居民签约", "居民簽約", "居民接种", "居民接種", "居民参加", "居民參加")
# (a SAR's own press naming its people as its own, 本澳65歲或以上長者: 澳门长者; its own words are
# the 本/全 forms of AREAS)
# Births counted by where they happened (仁伯爵综合医院出生1,338名, 該院出生約800名): 出生 right
# before the figure counts the newborns (not 出生率, 出生体重: no figure right after 出生).
BORN = r"出生(?=(?:约|約|近|逾|共|了)?$)"
BORN_GROUP = "新生儿"  # a name of POPULATIONS
# Babies counted by a birth weight under 2,500 grams (出生体重低于2500克的婴儿, 出生體重不足2,500克的
# 澳門籍新生兒): the low-birth-weight babies, as 低出生体重婴儿 names them, whatever else is said of
# them before the noun (a few characters: 澳门籍)
LOW_BIRTH_WEIGHT = (r"出生(?:体|體)重(?:低于|低於|不足|少于|少於|小于|小於)2,?500(?:克|g)的"
                    r"[^，,。；;的\d]{0,4}?(?:婴儿|嬰兒|新生儿|新生兒)")
LOW_BIRTH_WEIGHT_GROUP = "低出生体重婴儿"  # a name of POPULATIONS
# Children and adults named bare as who a count is of (儿童流感相关并发症个案58宗, 成人嚴重個案46宗,
# 0—6岁儿童健康管理率): the group as written, not a word of a name (儿童医院, 兒童節, 成人教育) —
# group name -> its pattern, both scripts
AS_WRITTEN: dict[str, str] = {
    "儿童": r"(?:儿童|兒童)(?!医院|醫院|保健院|专科|專科|节|節|乐园|樂園|基金|中心|公园|公園)",
    # (not the 成 of a verb before 人: 完成人数, 形成人口, 达成人才协议)
    "成人": r"(?<![完形达達组組变變构構促养養造生合赞贊])成人"
            r"(?!口|教育|高考|礼|禮|大学|大學|用品|之美|[学學]校|[学學]院)",
}
# Children counted below an age (3岁以下儿童系统管理率, 6歲以下兒童): the group as written, its age
# in Arabic digits (五岁以下儿童: 5岁以下儿童)
CHILDREN_UNDER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})[岁歲]以下(?:儿童|兒童)"
# The head nouns groups share in a list written once (高血压、糖尿病患者: 高血压患者 and 糖尿病患者)
GROUP_HEADS = ("患者", "病人", "儿童", "兒童", "居民")
# Patients named by where they come from (来自香港的病人, 來自內地及香港的病人): the group as written,
# the origins and the head (香港病人, 内地及香港病人), in simplified form.
FROM_ORIGIN = ("来自", "來自")
ORIGIN_HEADS = ("病人", "患者")
# Words that may stand between 的 and the group a figure counts (612名居于大湾区的受访香港长者)
GROUP_PREFIXES = ("受访", "受訪", "受访的", "受訪的")
# The words that end a phrase after a figure before the group it counts: 的 (3400名居于横琴的澳门
# 居民) and 予, what is set aside or given for them (预留不少于三成门诊号源予澳门居民)
GROUP_AFTER_LINKS = ("的", "予")
# Schemes named for their holders: an article that names one (长者医疗券, Hong Kong's elderly health
# care voucher) counts its holders in the figures of a sentence on the scheme's use (共录得3,216
# 人次使用医疗券), and its bare 长者 are those holders
# (scheme as written -> its holders, a group of POPULATIONS as the script writes it)
SCHEME_HOLDERS = {"长者医疗券": "香港长者", "長者醫療券": "香港長者"}
SCHEME_USE = ("医疗券", "醫療券")
SCHEME_CLAIMS = ("申报", "申報")  # … and the claims made with them (约1.52万宗申报), in a clause
# The base of a per-head rate written inside it (每千常住人口床位5.3张, 每10万人口): part of the
# rate's unit, not whom the figure counts
PER_HEAD_BEFORE = ("每千名", "每千", "每万", "每萬", "每十万", "每十萬", "每10万", "每10萬", "每百")
# Groups an article names bare once it has said whose they are (香港长者 … 长者约186万名): a
# bare one of these is the one fuller group of the article that ends with it. No other group is
# (全区孕产妇 are not the article's 港澳孕产妇, 外籍患者 not 港澳及外籍患者, 本地居民 not 非本地居民).
BARE_GROUPS = ("长者", "長者", "学童", "學童", "病人", "转诊患者", "轉診患者", "居民")
# Bare groups that name nobody of their own: 患者 is the one fuller group of the article that ends
# with it (香港病人 … 转送的病人: 香港病人), else no group at all (a hospital's 患者).
UNNAMED_GROUPS = ("病人", "转诊患者", "轉診患者", "居民")
# People by their condition or the benefit they draw (危重病人, 综援长者): a kind of the bare group,
# never whose the article's bare 病人 or 长者 are
CONDITION_GROUPS = INPATIENT_GROUPS + (
    "危重病人", "危重患者", "急重症病人", "急重症患者", "创伤患者", "創傷患者", "心脑血管疾病患者",
    "心腦血管疾病患者", "综援长者", "綜援長者", "危重孕产妇", "危重孕產婦", "儿童患者", "兒童患者")
# A bare group is of an origin only where the article writes the fuller form (香港长者); one that
# names 香港居民 and then 当中长者 counts 长者 as written, never a group it does not write.
# The people a per-head rate is reckoned on (按常住人口计算) …
PER_HEAD_BASE = ("常住人口", "户籍人口", "戶籍人口")
# … for the rest of the report only when it says so (（下同）, "the same below"); else for its own
# sentence (按常住人口计算，每千人口床位数4.01张。每千人口医师2.90人: the second names no base).
SAME_BELOW = ("（下同）", "(下同)", "（下同)", "(下同）")
PER_HEAD_METRICS = frozenset({"beds_per_1k", "doctors_per_1k", "nurses_per_1k"})
# Doctors and nurses are counted by where they come from (53名澳门医生, 港澳籍医生): origin + 籍 +
# profession, each in both scripts; the population is the simplified whole (澳门医生, 港澳籍医生).
ORIGINS = ("港澳台", "港澳", "香港", "澳门", "澳門", "内地", "內地", "外籍")
# … and the one-character origin of Hong Kong's press (逾千港醫生: 香港医生), not after a verb of
# going or staying there (赴港医生 are mainland doctors), nor in 本港/全港 (the place's own: its entity)
SHORT_ORIGINS = {"香港": ("港",)}
SHORT_ORIGIN_NOT_AFTER = ("赴", "来", "來", "访", "訪", "驻", "駐", "到", "抵", "返", "回", "在", "留",
                          "本", "全")
PROFESSIONS = ("医生", "醫生", "医师", "醫師", "护士", "護士", "专家", "專家",
               # practitioners of Chinese medicine (香港注册中医; not 中医院, 中医药: a name)
               "中医师", "中醫師", "中医", "中醫",
               # doctors and nurses together (港澳医护人员56名)
               "医护人员", "醫護人員",
               # staff of every kind together (港澳医疗专业人员, 港澳医学人才30名)
               "医疗专业人员", "醫療專業人員", "医学人才", "醫學人才", "医疗人才", "醫療人才")
# Joiners of a list of professions that a collective word closes after 等 (港澳医师、护士等医疗专业
# 人员: the origin is the whole list's, the group is the collective one)
PROFESSION_LIST_JOINERS = ("、", "和", "及", "与", "與")
PROFESSION_LIST_END = "等"
# What follows a profession word inside a name, not a group of staff (香港中医医院, 中医药局),
# and a qualification or licence the staff hold (取得内地医师资格的港澳医师: the 港澳医师)
NOT_AFTER_PROFESSION = ("院", "医院", "醫院", "药", "藥", "馆", "館", "科", "诊所", "診所",
                        "资格", "資格", "执照", "執照", "牌照")
# Quotation marks around a name (「港澳台医师短期行医执业证书」, “港澳医师工作站”): the staff
# named inside are the name's, not the sentence's subject.
NAME_QUOTES = ("「」", "“”", "『』", "《》")
# Words between an origin and a profession that name its kind (香港注册医生, 香港註冊醫生).
PROFESSION_KINDS = ("注册", "註冊", "执业", "執業")
PROFESSIONAL_METRICS = frozenset({"doctors", "nurses", "staff"})
# A headline's phrase opening on a change against the year before (…突破8萬　按年增逾三成): the
# change of the figure its phrase before counts, of that figure's group.
CHANGE_PHRASE_OPENERS = ("按年", "同比", "环比", "環比", "较上年", "較上年", "比上年", "较去年",
                         "較去年", "比去年")
# Staff of one profession from several origins counted one by one before a distribution that names
# none of them (其中香港医师142名、澳门医师44名，主要分布在甲区、乙区，分别为71名、63名): the parts
# are of them all, the union of the origins (simplified).
DISTRIBUTIVE = ("分别", "分別")
ORIGIN_UNIONS: dict[frozenset[str], str] = {
    frozenset({"香港", "澳门"}): "港澳", frozenset({"香港", "澳门", "台湾"}): "港澳台",
    frozenset({"港澳", "台湾"}): "港澳台",
    frozenset({"香港", "澳門"}): "港澳", frozenset({"香港", "澳門", "台灣"}): "港澳台",
    frozenset({"港澳", "台灣"}): "港澳台"}
# Rates of change of a count of staff (港澳医师执业人数三年增逾两倍; 港澳医师共186名，…增加128名，
# 增长逾两倍): of the staff named in their clause, or counted by the figure before them
STAFF_GROWTH_METRICS = frozenset({"growth"})
# Staff a service is done for or paid to (为港澳医师办理注册28件, 对…的港澳医师给予最高10万元补贴):
# the words before them, within their clause, for a figure that is no count of staff.
FOR_STAFF = ("为", "為", "对", "對", "向", "给", "給")
# The professions a staff metric counts: staff named earlier in a figure's sentence are its own
# only when of its kind (香港医生最多，人数分别为187名及96名; not the 护士 after 港澳医生50名).
PROFESSIONS_OF: dict[str, tuple[str, ...]] = {
    "doctors": ("医生", "醫生", "医师", "醫師", "专家", "專家", "中医师", "中醫師", "中医", "中醫"),
    "nurses": ("护士", "護士"),
    "staff": PROFESSIONS,
}
# Rates of a whole population (出生率为7.9‰, 粗出生率回升至每千人口4.9): their base is everyone,
# so a figure after one of these in its clause counts no group its sentence named before it.
WHOLE_POPULATION_RATES = ("出生率", "粗死亡率", "自然增长率", "自然增長率")
# Metrics of a figure that counts only the people its own clause names (澳门患者平均候诊时间由45分钟
# 缩短至18分钟): a time taken (每站每周开放48小时, 审批缩短至10个工作日) is no group's that the
# clauses before it named.
OWN_CLAUSE_GROUP = frozenset({"duration"})
# … but a stay is of the patients staying (港澳居民住院1,200人次，平均住院日6.8天): the group before
STAYS = ("住院",)
# The metric of a figure that names nothing it counts: it restates another's, or counts no one
# its sentence names.
NAMES_NOTHING = frozenset({"other"})
# Metrics that count staff, places or things: who they serve is no population of theirs (a
# duration is of the people it names: 澳门患者平均候诊时间由45分钟缩短至18分钟).
NO_POPULATION = frozenset({"institutions", "facilities", "beds",
                           "planned_beds", "dental_chairs", "area", "research_output", "programs"})

# What kind of entity a name is, by how it ends (the first that fits).
ENTITY_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("hospital", ("医院", "醫院", "保健院", "卫生院", "衛生院", "院区", "院區")),
    ("company", ("集团", "集團", "公司", "企业", "企業")),
    ("scheme", ("保险", "保險", "医保", "醫保")),
    ("programme", ("项目", "項目", "计划", "計劃", "工程", "门诊", "門診")),
    ("institution", ("中心", "诊所", "診所", "门诊部", "門診部", "管理局", "卫生健康局", "衛生健康局",
                     "卫健委", "衛健委", "卫生局", "衛生局", "协会", "協會", "大学", "大學", "研究所",
                     "所", "院", "局", "委", "署")),
)
REGIONS = ("香港", "澳门", "澳門", "粤港澳大湾区", "粵港澳大灣區", "大湾区", "大灣區", "广东省", "廣東省",
           "广东", "廣東")

# Head words of institution names besides 医院, 中心, 集团 … (analysis/entities.py), both scripts.
MORE_HEADS = ("卫生站", "衛生站", "醫院", "診所", "門診部", "集團", "社会保障基金", "社會保障基金",
              "衞生署", "卫生署", "衛生署", "卫生局", "衛生局", "醫院管理局", "医院管理局", "醫管局",
              "医管局",
              # an industrial or science park (横琴粤澳合作中医药科技产业园)
              "产业园", "產業園", "科技园", "科技園", "科学园", "科學園")
# Well-known bodies whose names have no proper part (a place or organisation word): kept whole,
# with the place before them when there is one (香港醫院管理局, 澳門社會保障基金).
KNOWN_BODIES = ("医院管理局", "醫院管理局", "社会保障基金", "社會保障基金", "卫生署", "衞生署", "衛生署",
                "卫生局", "衛生局", "医管局", "醫管局")
BODY_PLACES = ("香港特别行政区政府", "香港特別行政區政府", "澳门特别行政区政府", "澳門特別行政區政府",
               "香港", "澳门", "澳門")
# Qualifiers that may stand between a change verb and its figure: 增加了约, 減少逾.
CHANGE_QUALIFIERS = r"(?:约|約|近|超过|超過|超|逾|达到|達到|达|達|多|共|合共|大约|大約|了)*"
AND = r"和|及|以及|与|與|、"  # joins groups into one: 港澳台同胞和海外侨胞
SUBJECT_OF = r"在|于|於"  # 澳门居民在珠海市参加…: the group is the sentence's subject

# Government bureaus that report a place's figures (衞, Hong Kong's form of 衛, folds to 卫 too):
# a bureau named with its place (珠海市卫生健康局,
# 广东省卫生健康委员会, 横琴粤澳深度合作区民生事务局, 香港特区政府医务卫生局) stands for that place.
BUREAUS = ("卫生健康委员会", "衛生健康委員會", "衞生健康委員會", "卫生健康委", "衛生健康委", "衞生健康委",
           "卫生健康局", "衛生健康局", "衞生健康局", "卫健委", "衛健委", "衞健委", "医疗保障局", "醫療保障局", "医保局", "醫保局", "民生事务局", "民生事務局",
           "医务卫生局", "醫務衞生局", "醫務衛生局", "统计局", "統計局", "药品监督管理局", "藥品監督管理局",
           "管理局",
           # a town's health office (虎门镇卫生健康办): the bureau of a town
           "卫生健康办", "衛生健康辦", "衞生健康辦", "卫健办", "衛健辦", "衞健辦")
# Bureau names that are bodies of their own, whatever stands before them (香港醫院管理局).
NOT_BUREAUS = ("医院管理局", "醫院管理局")
# Places written before a bureau besides the gazetteer's: the province (省卫生健康委: 广东省) and
# the governments of the two SARs.
BUREAU_PLACES: dict[str, tuple[str, ...]] = {
    "广东省": ("广东省", "廣東省", "省"),
    "香港": ("香港特别行政区政府", "香港特別行政區政府", "香港特区政府", "香港特區政府", "香港"),
    "澳门": ("澳门特别行政区政府", "澳門特別行政區政府", "澳门特区政府", "澳門特區政府", "澳门", "澳門"),
}
# Areas above a city that a sentence can be about (本港 and 全港 are Hong Kong, 全省 Guangdong):
# canonical simplified name -> its simplified and traditional spelling, then other forms.
AREAS: dict[str, tuple[str, ...]] = {
    # the nine mainland cities of the Bay Area taken together (粤港澳大湾区内地九市, 珠三角九市)
    "粤港澳大湾区内地九市": ("粤港澳大湾区内地九市", "粵港澳大灣區內地九市", "大湾区内地九市", "大灣區內地九市",
                    "内地九市", "內地九市", "珠三角九市"),
    "粤港澳大湾区": ("粤港澳大湾区", "粵港澳大灣區"),
    "大湾区": ("大湾区", "大灣區"),
    "广东省": ("广东省", "廣東省", "全省"),
    "香港": ("香港", "香港", "本港", "全港"),
    "澳门": ("澳门", "澳門", "本澳", "全澳"),
}
SAR_PLACE_BEFORE = ("在", "于", "於", "赴", "到", "回", "返")
# ... but not after 自 (来自香港澳门的专家: where they come from) nor inside 港澳门诊, 香港澳门.
SAR_NOT_AFTER = ("自", "港", "澳")
SAR_PLACE_AFTER = ("的", "特区", "特區", "特别行政区", "特別行政區", "政府", "地区", "地區", "本地", "，",
                   "。", "；", "、", ",", ";",
                   # a SAR recording cases (同期香港錄得登革熱個案96宗): the territory's count
                   "录得", "錄得", "共录得", "共錄得",
                   # … and having them, or a time, right after it (澳門共有醫生1,986名, 澳门现有…,
                   # 香港去年…): the territory as the subject of its figures
                   "共有", "现有", "現有", "现时", "現時", "目前", "今年", "去年", "全年", "上半年", "各")
# Words that end a name on its left although jieba tags them as name words (连同 a, 启动 vn,
# 两间 f): the name starts after them.
NOT_IN_NAMES = ("连同", "連同", "启动", "啟動", "推动", "推動", "依托", "依託", "设立", "設立", "两间",
                "兩間", "两家", "兩家", "各", "多间", "多間", "多家", "启用", "啟用", "委托", "委託",
                "资助", "資助", "联同", "聯同", "新建", "当中", "當中",
                # a verb of building the tagger reads as a name (新建、改扩建|医院6家)
                "改扩建", "改擴建", "扩建", "擴建", "改建",
                # a banner's greeting (热烈庆祝|惠州市中心人民医院建院80周年, tagged ns)
                "热烈庆祝", "熱烈慶祝", "庆祝", "慶祝", "热烈祝贺", "熱烈祝賀", "祝贺", "祝賀",
                "热烈欢迎", "熱烈歡迎",
                # a role before a name (牵头单位|江门市新会区人民医院)
                "单位", "單位",
                # a preposition or verb of movement the tagger reads as a noun (香港居民|经|香港大学深圳医院,
                # 救护车|抵|北大屿山医院)
                "经", "經", "抵",
                # a period before a kind (2025/26年度|全港公立医院): no part of a name
                "年度",
                # where within a place (区内|港澳居民健康服务中心): no part of a name
                "区内", "區內", "市内", "市內", "省内", "省內", "镇内", "鎮內", "境内", "境內")  # 委託|澳門中華學生聯合總會; 新建 ns;
# 当中 (Hong Kong and Macao usage for 其中, tagged as a place word): 當中|甲醫院
# A quantity the tagger reads as one word (近三成 as an idiom, l): no part of a name (a headline's
# 增近三成 joined to the next line's 中大附一院南沙院区 ends before it); a numeral and its counter
# read as one word (本澳|四间|医院: a count of hospitals, no name) likewise.
QUANTITY_WORD = (r"[近约約逾超]?(?:[一二三四五六七八九十两兩百千万萬]+(?:成|倍)"
                 r"|[一二三四五六七八九十两兩]+(?:间|間|家|所))")
# Descriptions that stand before a name in apposition (本澳私營醫院澳門仁康醫院): the name is what
# follows them.
DEICTIC = ("本澳", "本港", "本市", "全市", "全港", "全澳", "当地", "當地")
