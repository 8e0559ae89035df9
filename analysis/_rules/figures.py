"""What ``analysis.metrics`` reads around a figure besides the rule table (``labels``): the units
it names, zero rates, numbers that are no figures, and the words of a figure's subject. Matched on
folded text (simplified characters), except ZERO, NOT_A_FIGURE_AFTER and SINCE: on the text as
written, so these hold the traditional forms too."""

from __future__ import annotations

UNITS = {"%": "percent", "‰": "per_mille", "平方米": "m2", "平米": "m2", "㎡": "m2",
         "万人": "人", "万人次": "人次", "百分点": "pp"}
ZERO = r"率(?:降|下降|保持|继续|繼續)?(?:为|為|至|到|是)(?:零|0)(?![\d.])"  # 死亡率为零, 死亡率為零
# … and the base of a zero rate written right after it (folded text: 孕产妇死亡率为0/10万); with none
# written, a death rate is per mille (the seeds' 孕产妇死亡率降为零), another rate percent
ZERO_BASES = (("/10万", "per_100k"), ("/万", "per_10k"), ("‰", "per_mille"), ("%", "percent"))
# Numbers that are not figures: anniversaries (72年来, 75周年, 七十二载), rankings (500强, 连续3年上榜).
NOT_A_FIGURE_AFTER = (r"周年|週年|强|強|大|号|號|路|届|屆|题|題|版|页|頁|楼|樓"  # 门诊楼1楼: a floor  # 立法会十五题: a question number; 今日12版, 共3頁: pages
                      r"|型|价|價"  # a type or a valency in a name (2型糖尿病, 13价肺炎球菌疫苗, 9價HPV疫苗)
                      r"|(?:行动|行動)?(?:计划|計劃|规划|規劃|方案|行动|行動)"
                      # the year of a document number (穗卫〔2025〕18号, 粵衞〔2024〕6號)
                      r"|[〕］\]]\s*\d{1,4}\s*[号號]")
# … but places of a scheme counted (2,900个计划宿位, 250個計劃名額) are places, the scheme's name in theirs
PLAN_PLACES_AFTER = r"(?:计划|計劃)(?:宿位|床位|牀位|名额|名額|学额|學額)"
# a phase of a building (二期工程, 二期年内建成): an ordinal, its counter 期 followed by these
PHASE = "期"
PHASE_AFTER = (r"工程|建设|建設|项目|項目|扩建|擴建|院区|院區|大楼|大樓|年内|年內|建成|启用|啟用|"
               r"开工|開工|投入")
# a day in brackets after 今/昨 (今（8）日, 昨(21)日: Macao's press releases): a date
BRACKETED_DAY_BEFORE = ("今（", "今(", "昨（", "昨(", "明（", "明(", "前（", "前(",  # (前（6）日: the day before yesterday)
                        "日（", "日(")  # (… and the date of a day named before: 前日（十九日）, 昨日（18日）)
BRACKETED_DAY_AFTER = ("）日", ")日", "日）", "日)")
# a table's or a figure's caption number (表1　主要指标, 附表2, 图3, 圖3): a label, no figure
# (matched on folded text before a bare number)
CAPTION_BEFORE = ("表", "图", "附表", "附图", "图表")
# … and a table or figure referred to (主要健康指标见表12, 如图3所示)
CAPTION_REFERENCE = ("见表", "如表", "见图", "如图", "见附表", "见附图", "从表", "從表", "据表", "據表",
                     "由表", "从图", "從圖", "据图", "據圖")
# … and a caption's number glued to the words before it (…情况表3　2025年各县床位, 表21-1 全市卫生
# 机构): 表/图 right before it, a space or a dash (its sub-number) right after it
CAPTION_GLUED = r"(?<=[表图圖])\d{1,2}(?=[ \t\u3000]|[-－]\d)|(?<=[表图圖]\d[-－])\d{1,2}(?!\d)|(?<=[表图圖]\d\d[-－])\d{1,2}(?!\d)"
# a rate's threshold picking out the institutions counted in its clause (前日有11間的內科病床佔用率超過100%):
# matched on the clause up to the percent (folded)
# … and over or under before 的 and the places it picks out (住用率超过100%的医院中): a criterion
RATE_CRITERION_AFTER = r"的(?:医院|機構|机构|院舍|诊所|診所|病房|病区|病區|联网|聯網)"
# (最高一日有17間醫院超過120%: the rate left unsaid)
RATE_THRESHOLD_BEFORE = r"有\d+[间家所个][^，,。；;]{0,16}(?:超过|超出|高于|低于|不足|逾)$"
# an emergency service's phone number (市120急救指挥中心, 接收120送院患者, 坪山区120共出车): its name
# … and a level named as a bar after its value (高於5%的警戒水平, 低于1%的控制线): the bar, no figure
# (低于5/10万的控制目标: a target named as the bar, after 的, not a plan)
BAR_AFTER = r"的?(?:警戒|警示|预警|安全|控制|达标|合格|国际|國際)(?:水平|线|線|值|标准|標準)|的(?:控制|警戒)(?:目标|目標)"
EMERGENCY_NUMBER = r"(?<!\d)(?:120|999|119|112)(?=急救|送院|指挥|指揮|调度|調度|呼救|救护|救護|网络|網絡|共出车|共出車|出车|出車)"
# an article's reading or listening time in a page's top line (| 阅读约6分钟, 收听时长：4分钟): no figure
READ_TIME_BEFORE = r"(?:阅读|收听|听全文)(?:时间|时长)?\s*[:：]?\s*(?:约|大约)?(?:需要?|需时|需用)?\s*$"
# a link's address the number stands in (https://…/2025/1118.html, www.….gov/a/1234, a Markdown
# link's target](/sz/ms/1118)): no figure (matched on the characters right before the number)
URL_BEFORE = r"(?:https?://|www\.|\]\()[!-~]*$"
URL_REACH = 120
# the second year of a season or financial year written with a slash (2026/27年冬季流感季): no span
YEAR_SLASH_BEFORE = r"(?:19|20)\d{2}\s*/\s*$"
# a duration a group is picked out by, over or under it before 的 (輪候超過2小時的個案): a criterion
DURATION_THRESHOLD_BEFORE = ("超过", "超過", "超出", "多于", "多於", "少于", "少於", "不足", "逾")
# a year glued to an event's name with no 年 (香港花卉展覽2026, 2026粤港澳大湾区论坛): a label, no figure
EVENT_YEAR = r"(?<=[\u4e00-\u9fff])(?:19|20)\d{2}(?![\d年.,%\u4e00-\u9fff])|(?:19|20)\d{2}(?=[\u4e00-\u9fff]{2,}(?:论坛|論壇|大会|大會|峰会|峰會|展览|展覽|博览会|博覽會))|(?<=[会會赛賽节節展][（(])(?:19|20)\d{2}(?=[）)])"  # (全國運動會（2025）)
# a count in words of the institutions a list names (A、B两家医院合计…, 最多的五家医院依次为…, 上述兩間
# 院舍, 三間主要醫院…如下): the list's size, no figure (matched on folded text)
LISTED_COUNT_UNITS = ("家", "间", "所", "个")
LISTED_COUNT_BEFORE = (r"(?:、[^，,。；;、]{1,22}(?:医院|中心|卫生院|诊所|机构|院舍|门诊部|院区)|上述|这|该|最多的|最高的|前)$")
# (not a list of places: 福田、宝安两家医院 counts the hospitals there)
# (matched at the number's end: no ^, which would match only at the text's start)
LISTED_COUNT_AFTER = r"[\u4e00-\u9fff]{0,8}?(?:依次|分别|如下|合计|合共|共计|（|\()"
# … and the places a list names, counted in words right after it (深圳、珠海、广州三市, 福田、罗湖和南山三区):
# the list's size
LISTED_PLACE_UNITS = ("市", "区", "地", "城")
LISTED_PLACES_BEFORE = r"、(?:[\u4e00-\u9fff]{2,4}[和及与])?[\u4e00-\u9fff]{2,4}$"
# … and a set of cities named by its size in words, what follows being said of them all (四市设立…,
# 内地九市2026年度…): a name of the set, no count (matched right after the counter 市)
NAMED_SET_AFTER = r"[\u4e00-\u9fff\d](?<!的)"
# a time within which care is promised (让群众在15分钟内就能找到家庭医生): a target of access, no figure
ACCESS_PROMISE_AFTER = r"(?:内|內|以内|以內|之内|之內)(?:就能|就可|即可|便能|都能|可以|能够|能夠)"
# a span of the years to come (未来三年将合办…): a window, no figure
FUTURE_BEFORE = ("未来", "未來")
# the longest term a registration, a permit or a contract runs, in years (以有限度注册在公院工作最长三年,
# 有效期最长5年): a term of a rule, no figure (matched on folded text)
TERM_LIMIT_BEFORE = ("最长", "最多", "不超过")
TERM_OF_RULE = r"注册|有效期|签证|合约|合同|任期|逗留|续期"
TERM_REACH = 30  # characters before the term its rule's word may stand
SINCE = r"以?(?:来|來)"
TIME_UNITS = frozenset({"年", "载", "月", "个月", "天", "日", "周"})
# a span of time the figures after it are of, not a figure: 今年首八個月, 头三个月, 连续三年
PERIOD_SPAN_BEFORE = ("首", "头", "连续", "满")  # matched on the folded text (頭, 連續 too)
# (满: a span as a criterion or an anniversary, 连续执业满1年的医师, 啟用滿三年)
# … and a week or month of pregnancy (怀孕12周前, 懷孕36週或以上, 妊娠28周): whom care is for
GESTATION_BEFORE = ("孕", "妊娠", "孕满", "娠满", "孕第")
GESTATION_REACH = 3
# … and a span right before a count in its clause (兩年服務逾三萬人次, 兩年增三倍, 三年增长30%):
# the time the count is of, matched on the words after the span (folded)
SPAN_THEN_COUNT = (r"^[内来间里]?[\u4e00-\u9fff]{0,5}?(?:逾|约|近|超过|达到?|共|累计|有)?"
                   r"(?:\d[\d.,]*|[〇一二三四五六七八九十两百千])[万千百]?"
                   r"(?:人次|人|名|宗|例|家|间|张|剂次|元|港元|澳门元|倍|成|%)"
                   r"|^[内来间里]?[\u4e00-\u9fff]{0,3}?翻(?:番|倍|了?一番)")  # (两年翻番: doubled in two years)
RANKING_WORDS = ("上榜", "排名", "榜单", "名列", "位列")
# … as a pattern: 名列 is a ranking before a place in it (名列第三, 名列前茅, 名列全省), not a register
# (名列普通科醫生名冊的註冊醫生)
RANKING = r"上榜|排名|榜单|名列(?=第|前|榜|全)|位列"
# a rate per time: no period carried over; an average per day over a period stated (平均每日约
# 730人次, as 日均) is of that period
EVERY = r"(?<!平均)(?:每年|每月|每日|每天|每周|每星期|每週)"
WHOLE_UNITS = frozenset({"万元", "百分点", "千分点", "千克", "千米", "百万"})

# The subject of a figure: the scheme enrolled in, the rate, the place words and the verbs and
# qualifiers trimmed off its end.
ENROL = r"参加|参保|投保|加入|纳入|领取|享受"
SCHEME = r"[\u4e00-\u9fff]{0,10}?(?:保险|医保|养老金)"
RATE = r"[\u4e00-\u9fff\d]{0,10}?率"
PLACE_WORDS = r"^(?:我市|全市|本市|全省|全国|该院|本院)"
TRAILING_WORDS = ("降至", "降为", "增加至", "上升至", "增至", "达到", "达", "大约", "约", "超过", "超",
                  "逾", "近", "共计", "共", "从", "为", "至", "有", "是", "了", "的", "累计", "年均",
                  "每年")
# An age in months or years as a criterion of whom something is for (6个月以上未接种人士, 3岁以下儿童):
# no figure (matched on folded text after a span of time).
# (以上 read into the number as its qualifier, or written after it)
AGE_CRITERION_AFTER = (r"(?:(?:或|及)?(?:以上|以下))?的?(?:未[\u4e00-\u9fff]{0,4}?)?(?:人士|人群|婴儿|嬰兒|婴幼儿|"
                       r"嬰幼兒|儿童|兒童|幼儿|幼兒|长者|長者|居民|市民)")
# … an age range from a span of time (6个月至未满2岁的儿童, 6個月至5歲): its lower end
AGE_RANGE_AFTER = r"(?:至|到|[-－~～])(?:未满|不满|未足)?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})(?:个月|岁|周)"
# … a span of time inside a rate's name, the threshold its cases are counted by (第三类紧急个案在
# 30分钟内获处理的比率, 出院后30天内再入院率, 48小时以内完成报告的比例), as 出生体重低于2500克
# is: no figure (matched on the folded text after the span; the rate's own number stays)
WITHIN_RATE_AFTER = (r"(?:(?:以|之)?内[^，,。；;：:！？!?\d\n]{0,12}?|[\u4e00-\u9fff]{0,2}?)"  # (3分钟出车率)
                     r"(?:比率|比例|百分比|占比|[\u4e00-\u9fff]率)")
# … and a time within which a share of cases is done (92.3%的召唤在12分钟内到场, 逾九成召唤12分钟内到场):
# the threshold of that share (a share within the words before it)
WITHIN_SHARE_AFTER = r"(?:以|之)?[内內](?:到场|到場|完成|处理|處理|送达|送達|抵达|抵達|出车|出車|接听|接聽)"
SHARE_BEFORE = r"(?:%|％|成)[^，,。；;！？!?\n]{0,10}$"
# … and a time a share is under or over (约六成求诊者的轮候时间少于30分钟): the threshold of the share
UNDER_SHARE_BEFORE = r"(?:%|％|成)[^，,。；;！？!?\n]{0,14}(?:少于|少於|不足|不超过|短于|超过|多于)$"
# a school grade (初二年级, 高一学生): no count
GRADE_BEFORE = ("初", "高")
GRADE_AFTER = r"(?:年级|年級|级|級|学生|學生|女生|男生)"
# a dateline's day with the reporter (记者2日从…获悉, 记者13日获悉): the date, no figure
REPORTER_DAY_BEFORE = ("记者", "記者")
REPORTER_DAY_AFTER = r"日(?:从|從|获悉|獲悉|了解|在|于|於|到|走访|走訪|采访|採訪|，)"
# … and years of experience asked of someone (具备5年以上临床经验, 3年或以上相关工作经验): a criterion
EXPERIENCE_AFTER = r"(?:(?:或|及)?以上)?的?[\u4e00-\u9fff]{0,4}?(?:经验|资历|经历|年资|工龄)"
# A number opening a short name in quotes (“15分钟健康服务圈”, 「30分鐘生活圈」): a slogan, no
# figure; the name closes within a few characters and holds no sentence mark.
QUOTE_OPENS = frozenset("“「『‘\"")
QUOTED_NAME = r"[^”」』’\"，,。；;：:！？!?\s]{0,12}[”」』’\"]"
# A phone number written in groups of four (查詢可致電社工局長者服務處2836 7711): either group, in
# a sentence that calls or asks
PHONE_GROUPS = r"(?<!\d)\d{4}[ \u3000]\d{4}(?!\d)"
PHONE_CUE = r"致电|电话|热线|拨打|查询|咨询|联络|联系|传真"
# Years listed one per value (2023年、2024年及2025年) or a run of them (2021年至2025年, 2021—2025年)
# before a 分别 list of values (matched on the folded text, before the 分别)
LISTED_YEARS = (r"(?:(?P<first>(?:19|20)\d{2})年?(?:至|到|—|–|-|～|~)(?P<last>(?:19|20)\d{2})年"
                r"|(?:19|20)\d{2}年(?:[、及和与](?:19|20)\d{2}年)+)")
# Units of a hospital a headline counts with no counter (擴至十一專科, 增至8诊室): counted in 个
# (folded text, right after the number)
COUNTERLESS_NOUNS = ("专科", "科室", "诊室", "诊区", "病区", "服务站", "服务点")
# An extension after a phone number (热线 12345 转 6, 2836 7711轉3): part of the number, no figure
# (matched on the folded text, up to the extension)
PHONE_EXTENSION = r"\d{4,}[ \u3000]*转[ \u3000]*$"
PHONE_GROUP = 5  # characters of one group and its space

# --- list furniture: item markers, never figures -------------------------------------------------
# An item marker: a bare number of one or two digits opening a line or an item after a colon or a
# stop (附件：1.…, 2.“跨境通办”服务指南, 3、床位…), or in brackets ((1) 床位, 2）跨境转诊…), with its
# mark right after it and no digit after the mark (分别为：3、5、7家 are values). Matched on the
# characters before the number (ITEM_REACH of them), folded.
ITEM_OPENING = r"(?m)(?:^|[：:；;。！？])[ \t\u3000]*[(（]?$"
ITEM_MARKS = frozenset(".．、)）")
ITEM_NOT_AFTER_MARK = frozenset("0123456789０１２３４５６７８９〇○零一二三四五六七八九十两兩百千万萬.．%")
ITEM_MAX = 30  # item numbers run 1, 2, 3 …: a larger bare number is no marker
# … and a dotted marker glued to a year (附件：1.2024年跨境医疗服务名单): a marker and the year a
# title names, no figure (never the decimal 1.2024)
ITEM_YEAR = r"\d{1,2}[.．](?:19|20)\d\d年"
ITEM_REACH = 8
