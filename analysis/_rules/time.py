"""Time expressions as data: dates, months, days, clock times, periods and page timestamps.

The one module of time patterns: ``numbers`` reads dates and times as mentions that are not
figures, ``dates`` the publication date, ``periods`` the period a figure refers to, ``text`` the
timestamps of page furniture. Patterns are strings (the logic modules compile them); their
pieces are shared, not copied. Simplified and traditional forms together where the text is read
as written (periods: 當年, 從, 較, 號; numbers reads folded text).
"""

from __future__ import annotations

from analysis._rules.lookahead import lookahead
from analysis._rules.numerals import CN, CN_CHARS, SEP, SP, D, Z

# --- shared pieces --------------------------------------------------------------------------

MONTH_DIGITS = r"1[0-2]|0?[1-9]"
CN_MONTH = "十[一二]?|[一二三四五六七八九]"
DAY_DIGITS = r"3[01]|[12]\d|0?[1-9]"
CN_DAY = "三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"

# --- numbers: dates and times of day that are mentions, not figures ---------------------------

MENTION_YEAR = (f"(?:(?<![0-9])(?:1[89][0-9]{{2}}|20[0-9]{{2}}|2100)(?![0-9])"
                f"|(?<![{CN_CHARS}])(?:一[八九]|二[{Z}])[{Z}{D}]{{2}})")
MENTION_MONTH = (f"(?:(?<![0-9])(?:{MONTH_DIGITS})"
                 f"|(?<![{CN_CHARS}])(?:{CN_MONTH}))")
MENTION_DAY = f"(?:3[01]|[12][0-9]|0?[1-9]|{CN_DAY})"
MONTH_SUFFIX = "(?:份|底|初|末|上旬|中旬|下旬)"
EN_MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*+\\.?"
HOUR = f"(?:[0-9]{{1,2}}|{CN})"

ISO = (  # 2024-05-22, 2024/5/22, 2024.05.22, 2024-05, 2024-05-22T00:22:12
    r"(?<![0-9])(?P<iy>1[89][0-9]{2}|20[0-9]{2}|2100)(?:(?P<isep>[-/.])(?:1[0-2]|0?[1-9])"
    r"(?P=isep)(?:3[01]|[12][0-9]|0?[1-9])|[-/](?:1[0-2]|0[1-9]))(?![0-9])"
    r"(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?)?")
CLOCK = (  # 07:58:34, 10:30
    r"(?=[0-9]{1,2}[:：])(?<![0-9])(?P<ch>[01]?[0-9]|2[0-3])[:：](?P<cm>[0-5][0-9])"
    r"(?:[:：](?P<cs>[0-5][0-9]))?(?![0-9])")
EDATE = (  # 19 Apr 2021 (front matter, RFC 2822 dates)
    rf"(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9]) {EN_MONTH} (?P<ey>(?:1[89]|20)[0-9]{{2}})(?![0-9])")
CDATE = (  # 2019年12月5日, 2019-2021年, 2024年1月份, 3月底, 5-6月, 4月18日, 10日
    rf"(?=[0-9{CN_CHARS} \u00a0\u3000至到~〜—–-]{{1,12}}[年月日])"
    rf"(?:(?P<y>{MENTION_YEAR})(?:{SP}{SEP}{SP}(?P<y2>{MENTION_YEAR}))?{SP}年"
    rf"(?:{SP}(?P<ym>{MENTION_MONTH}){SP}月{MONTH_SUFFIX}?(?:{SP}{MENTION_DAY}{SP}[日号])?)?"
    rf"|(?P<m>{MENTION_MONTH})(?:{SP}{SEP}{SP}(?P<mh>{MENTION_MONTH}))?{SP}月{MONTH_SUFFIX}?"
    rf"(?:{SP}{MENTION_DAY}{SP}[日号])?"
    rf"|(?<![0-9])(?P<d>3[01]|[12][0-9]|0?[1-9]){SP}日(?!元))")
AMPM = ("凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜间|夜里|夜裏|夜裡|"
        "每晚|晚间|晚間|每早|早间|早間")  # all two characters: a lookbehind (延长至每晚8点)
AFTERNOON = ("下午", "傍晚", "晚上", "夜间", "夜里", "夜裏", "夜裡", "每晚", "晚间", "晚間")  # the times of AMPM after noon
CLOSING_BEFORE = "延长至|延長至|开放至|開放至|营业至|營業至|服务至|服務至|提前至"  # all three characters
TOD = (  # 下午3点, 上午十点半, 10点30分 (the span starts at the hour; 下午 only sets the clock)
    rf"(?=[0-9{CN_CHARS}]{{1,4}}[ \u00a0\u3000]?[点时])"
    rf"(?:(?:(?<={AMPM})|(?<=(?:{AMPM})[ \u00a0\u3000]))(?P<th>{HOUR}){SP}[点时]"
    rf"(?:{SP}(?:(?P<tm>{HOUR}){SP}分|(?P<half>半)))?"
    rf"|(?<![0-9])(?P<th2>[01]?[0-9]|2[0-3])[点时](?P<tm2>[0-5]?[0-9])分"
    # … and the hour opening hours run to (门诊延长至23时, 開放至晚上: the clock, no count)
    rf"|(?<={CLOSING_BEFORE})(?P<th3>[01]?[0-9]|2[0-4])[点时](?![间間长長期段]))")

# --- dates: the publication date, stated in a header or inferred from the text ---------------

# Regexes that start with a plain character class are fastest: the engine skips to the next
# position that can start a match. So a year is matched first and "no digit before it" checked
# after it, as "not five digits ending here" (YEAR_START); a pattern that opens with an optional
# part starts with a lookahead on its first character instead (still about five times faster
# than trying every position in full).
YEAR_START = r"((?:19|20)\d{2})(?<!\d\d\d\d\d)"
YMD = rf"{YEAR_START}\s*[年\-/.]\s*(\d{{1,2}})\s*[月\-/.]\s*(\d{{1,2}})(?!\d)"
# the year opens both forms, so that the pattern starts with its digits (3x faster than a choice)
PAGE_STAMP = (rf"{YEAR_START}(?:[-/.](\d{{1,2}})[-/.](\d{{1,2}})(?!\d)"
              rf"|年(\d{{1,2}})月(\d{{1,2}})日\s*\d{{1,2}}:\d{{2}})")
# A weekday after a date: a dateline or a newspaper's page header (深圳特区报 2023年12月6日 星期三
# 版次：A06), never the period of the figures after it.
WEEKDAY = r"\s*[（(]?(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]"
# A page label after a masthead's date (南方日报　2025年6月5日　A07版, 2025年9月12日 第03版, 版次：A06)
MASTHEAD_PAGE = r"[日号號]?[^。，,\n]{0,12}?(?:(?:[A-Za-z]{0,2}\d{1,3}|第\s*\d{1,3})\s*版|版次|版面)"
# A line that is only a full date, with its weekday maybe: the dateline closing Hong Kong
# government releases (2025年6月18日（星期三）).
DATE_LINE = rf"\s*{YMD}[日号號]?\s*(?:[（(](?:星期|週|周|禮拜|礼拜)[一二三四五六日天][）)])?\s*"
DAY_IN_TEXT = (r"(?:(?P<year>(?:19|20)\d{2})\s*年\s*|(?P<rel>今年|本年|去年|前年|明年))?"
               rf"(?<!\d)(?P<month>{MONTH_DIGITS})\s*月\s*(?P<day>{DAY_DIGITS})\s*[日号號]")
DAY_IN_TEXT = lookahead(DAY_IN_TEXT) + DAY_IN_TEXT  # it opens with an optional part
YEAR_IN_TEXT = rf"{YEAR_START}\s*年(?!代)"
FUTURE = (r"预计|預計|计划|計劃|将|將|力争|力爭|争取|爭取|目标|目標|届时|屆時|有望|拟|擬|预约|預約|"
          r"预期|預期|明年|"
          # a clause opening with 到/至 a year is a target's (。到2027年，建成…), not 从A到B
          r"(?:^|(?<=[，。；：、\s]))(?:到|至)")
# A government document's own number on a line of its own at its head (穗卫〔2025〕18号,
# 粵衞〔2024〕6號): the year it was issued.
DOCUMENT_NUMBER = r"\s*[\u4e00-\u9fff]{1,10}[〔\[［【（(]((?:19|20)\d{2})[〕\]］】）)]\s*\d{1,4}\s*[号號]\s*"

ANNIVERSARY = r"(?<!\d)(\d{1,3})\s*(?:周年|週年)"
# Events whose anniversaries the press marks, with the year each happened.
EVENTS = (("中华人民共和国成立", 1949), ("中華人民共和國成立", 1949), ("新中国成立", 1949),
          ("新中國成立", 1949), ("改革开放", 1978), ("改革開放", 1978), ("香港回归", 1997),
          ("香港回歸", 1997), ("澳门回归", 1999), ("澳門回歸", 1999), ("中国共产党成立", 1921),
          ("中國共產黨成立", 1921), ("建党", 1921), ("建黨", 1921),
          ("粤港澳大湾区发展规划纲要", 2019), ("粵港澳大灣區發展規劃綱要", 2019),
          ("深圳经济特区", 1980), ("深圳經濟特區", 1980), ("珠海经济特区", 1980),
          ("珠海經濟特區", 1980), ("港珠澳大桥", 2018), ("港珠澳大橋", 2018))

# --- periods: the period a figure refers to ---------------------------------------------------

RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": 0, "當年": 0, "去年": -1, "上年": -1, "前年": -2,
                  "明年": 1}
# The year before the one the text speaks of (截至2025年底…由上年末的1,372名: 2024's end, in a
# report published in 2026): of the last year named before it, else of the text's year, not of
# publication as 去年 is; so is "that year" (约占全市当年使用量的四成, in a report on 2025: 2025).
OF_YEAR_SPOKEN = ("上年", "当年", "當年")
PERIOD_MONTH = rf"{MONTH_DIGITS}|{CN_MONTH}"

CN_YEAR = r"(?:一九|二[○〇零0])[○〇零一二三四五六七八九]{2}"  # 二○二五年 (Hong Kong and Macao)

# A quarter (第一季度, Hong Kong and Macao write 第一季; 首季 the first), the first quarters
# (前三季度, 首三季, 前两季) or a quarter's end (第一季末).
QUARTER = (r"(?:(?P<upto>前|首)?(?P<nth>第)?(?P<quarter>[一二三四1-4]|(?<=[前首])[两兩])(?:个|個)?"
           r"|(?P<firstq>首))季(?P<du>度)?(?P<qend>末|底)?")
# The first months of a year (2025年前5个月, 首5個月, 頭三個月); without a year 前 is "before"
# (統計前十二個月內: the twelve months before the survey), so only 首/头 open them there.
FIRST = "前|首|头|頭"
# … unless 前 opens its clause (住院方面，前5个月港澳住院患者…): the year's first months there
FIRST_BARE = r"首|头|頭|(?<![^，,。；;：:\s\u3000])前"
FIRST_MONTHS = rf"(?:{{first}})(?P<mcount>{PERIOD_MONTH}|[两兩])(?:个|個)?月"
# The last day of a run of days after its first (7月15日至21日, 7月28日至8月3日): the days between.
DAY_TO = (rf"(?:(?:至|到|-|－|~|～|—|–)(?:(?P<month2>{PERIOD_MONTH})月)?"
          rf"(?P<day2>{DAY_DIGITS}|{CN_DAY})[日号號])")
# What may follow a year: months (1至10月), a month (3月, 3月5日, 3月底), its end, a half, a
# quarter or the first quarters, the first months.
WITHIN_YEAR = (
    rf"(?:(?P<m1>{PERIOD_MONTH})(?:月份?)?(?:至|到|-|－|~|～|—|–)(?P<m2>{PERIOD_MONTH})月份?(?P<m2end>底|末)?"
    rf"|(?P<month>{PERIOD_MONTH})月份?"
    rf"(?:(?P<day>{DAY_DIGITS}|{CN_DAY})[日号號]{DAY_TO}?|(?P<mend>底|末)|(?P<mstart>初)"
    r"|(?P<xun>上|中|下)旬)?"  # (12月下旬: its last third, the 21st to its end)
    r"|(?P<yend>底|末)|(?P<half>上|下|首)半年"
    rf"|{QUARTER}|{FIRST_MONTHS.format(first=FIRST)})?")
# A Hong Kong fiscal year (April to March): 2022-23年度, 2024/25年度, 2024/2025年度, 二○二四至二五年度,
# 2022-23財政年度, 財政年度2023-24.
FISCAL_YEAR = (
    rf"(?P<fy>(?:19|20)\d{{2}}|{CN_YEAR})[-－—–/／至]"
    r"(?P<fy2>(?:19|20)?\d{2}|(?:一九|二[○〇零0])?[○〇零一二三四五六七八九]{2})(?:财政|財政)?年度"
    r"|(?:财政|財政)年度\s*(?P<fya>(?:19|20)\d{2})\s*[-－/／至](?P<fyb>\d{2})(?!\d)")
# Years written as one range (2019—2024年, 2020-2024年间, 2021至2025年): from the first to the last.
YEAR_RANGE = r"(?P<yr1>(?:19|20)\d{2})\s*(?:[-－—–~～]|至|到)\s*(?P<yr2>(?:19|20)\d{2})年(?!度)"
PERIOD = (
    r"(?P<prefix>截至|截止到?|至|自|从|從|由|比|较|較|同比|相比)?"
    rf"(?:{FISCAL_YEAR}|{YEAR_RANGE}"
    # (2023年度, 本年度: a calendar year named as a year of account, 比2023年度的2.05万人)
    rf"|(?:(?P<year>(?:19|20)\d{{2}}|{CN_YEAR})年|(?P<rel>{'|'.join(RELATIVE_YEARS)}))度?"
    rf"{WITHIN_YEAR})"
    # since then (自2019年…以来, 2019年至今): up to publication; not across a later start of its own
    # (本年度…计划自10月8日开展以来: since 8 October)
    # (… and the event's verb before 至今: 自去年10月推出至今)
    r"(?P<since>(?:(?![自从從])[^，,。；;！？!?\n]){0,40}?(?:以来|以來)"
    r"|(?:起[^。；;！？!?\n]{0,40}?|(?:(?![自从從起])[^，,。；;！？!?\n]){1,12}?)?至今(?![年日天]))?"
)
PERIOD = lookahead(PERIOD) + PERIOD  # lets the regex engine skip other characters at once
# The same parts of a year without the year (截至3月底, 1至10月, 上半年, 前三季度, 全年, 年末): of
# the year the text is speaking of, else of the publication year. Read only where a month's end
# or a range of months, 季, 半年 or 全年/年末/年底/年内 stand (``BARE_CUE``).
# The verbs of a body reporting on a day (卫生局昨日公布): the day of the report, no period
REPORTING_VERBS = (r"公布|公佈|表示|宣布|宣佈|发布|發佈|發布|发表|發表|召开|召開|举行|舉行|获悉|獲悉|透露|指出|"
                   r"回应|回應|介绍|介紹|通报|通報|证实|證實|称|稱|说|說|更新|出席|会见|會見|发出|發出")
BARE = (
    # (较3月底增加1,860人: a comparison's baseline, as 比上年底 is)
    r"(?P<prefix>截至|截止到?|至|比|较|較)?"
    rf"(?:(?P<m1>{PERIOD_MONTH})(?:月份?)?(?:至|到|-|－|~|～|—|–)(?P<m2>{PERIOD_MONTH})月份?(?P<m2end>底|末)?"
    # 九月份，…, 4月份1.79万人次, 6月单月结算…: the month
    rf"|(?P<month>{PERIOD_MONTH})月(?:份?(?P<mend>底|末)|份|单月|單月|当月|當月|(?P<xun>上|中|下)旬)"
    r"|(?P<whole>全年|年内|年內)|(?P<yend>年末|年底)|(?P<half>上|下|首)半年"
    rf"|{QUARTER}|{FIRST_MONTHS.format(first=FIRST_BARE)}"
    r"|(?P<relm>本月|上月|上个月|上個月|下月|下个月|下個月)"  # 截至上月底 (Macao and Hong Kong); 將於下月起
    rf"(?:(?P<rmend>底|末)|(?P<rday>{DAY_DIGITS}|{CN_DAY})[日号號])?"  # … 推出至本月25日: that day
    r"|(?P<relq>本季)度?(?P<rqend>末|底)?"
    # a day named from publication, maybe with its date in brackets (昨日求診約520人次, 前日（十九日）該院
    # 急診部求診共1,046人次): that day; not a day a body reports on (昨日公佈, 今日宣布: a dateline's)
    rf"|(?P<relday>昨日|昨天|前日|前天|今日|今天)(?:[（(](?P<rdday>{DAY_DIGITS}|{CN_DAY})日[）)])?"
    rf"(?![^，,。；;：:]{{0,8}}?(?:{REPORTING_VERBS}))"
    r")"  # 本季病床使用率 (a quarterly release: the quarter it reports)
    # a run of days (首周（7月15日至21日）, 自7月28日至8月3日): from the first to the last
    rf"|(?:自|从|從)?(?P<dmonth>{PERIOD_MONTH})月(?P<dday>{DAY_DIGITS}|{CN_DAY})[日号號]?"
    rf"(?:至|到|-|－|~|～|—|–)(?:(?P<dmonth2>{PERIOD_MONTH})月)?(?P<dday2>{DAY_DIGITS}|{CN_DAY})[日号號]"
    # a day that starts an interval with its end after 至 (自8月28日納入計劃至11月底), or a running
    # total up to now (自10月6日開展以來)
    # (… or from a month's end or start, 自9月底活动启动以来)
    rf"|(?P<fprefix>自|从|從)(?P<fmonth>{PERIOD_MONTH})月(?:(?P<fday>{DAY_DIGITS}|{CN_DAY})[日号號]|(?P<fmend>底|末))"
    r"(?=[^，,。；;：:！？!?\n\d]{0,12}(?:至|以来|以來))"
    # a day a count runs up to (截至12月1日, 截止到11月30號): a point on that day
    rf"|(?P<uprefix>截至|截止到?)(?P<umonth>{PERIOD_MONTH})月(?P<uday>{DAY_DIGITS}|{CN_DAY})[日号號]"
    # … and the day it ends on (自7月20日启用至8月19日): the interval's last day
    rf"|(?P<tprefix>至)(?P<tmonth>{PERIOD_MONTH})月(?P<tday>{DAY_DIGITS}|{CN_DAY})[日号號]"
)
BARE = lookahead(BARE) + BARE
# The days before publication 昨日, 前日 and 今日 name.
RELATIVE_DAYS = {"今日": 0, "今天": 0, "昨日": 1, "昨天": 1, "前日": 2, "前天": 2}
# The months around publication that 本月, 上月 and 下月 name.
RELATIVE_MONTHS = {"本月": 0, "上月": -1, "上个月": -1, "上個月": -1, "下月": 1, "下个月": 1, "下個月": 1}
BARE_CUE = (r"昨日|昨天|前日|前天|今日|今天|月份?[底末]|月份|月(?:单月|單月|当月|當月|[上中下]旬)|[至到\-－~～—–][一二三四五六七八九十\d]{1,2}月|季|半年|全年|年末|年底|年内|年內"
            r"|[首头頭前][一二三四五六七八九十两兩\d]{1,2}[个個]?月|本月|上月|上个月|上個月|下月|下个月|下個月"
            r"|[自从從][一二三四五六七八九十\d]{1,2}月|截[至止]到?[一二三四五六七八九十\d]{1,2}月"
            r"|日?[至到\-－~～—–][一二三四五六七八九十\d]{1,3}[日号號]")
# 近十年来, 过去五年: the years up to publication (一年来 and 近一年 are too vague to date); 过去一年
# (過去一年，…: Hong Kong's press) is the year up to publication.
RECENT = (r"(?:(?:近|过去|過去)(?P<n>[二两兩三四五六七八九十]|十[一二三四五]|[2-9]|[1-9]\d)"
          r"|(?:过去|過去)(?P<one>一))(?:个|個)?年")
# ... opening a clause (近五年，…; 过去三年间…; 過去五年在該院…, 过去三年每年, 近五年扩容…): the window is a period,
# its number no figure
# (工作近5年的医生 is a duration).
RECENT_WINDOW = RECENT + r"(?=[，,、在每共增新扩擴累已先持（(]|来|來|间|間|内|內|中|里|裡)"  # (近三年（2022—2024年）)
# A five-year plan's period (“十四五”期间, “十三五”時期, “十四五”以来): its five years, or from its
# first year to publication; the first year of each plan.
FIVE_YEAR_PLANS = {"十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
PLAN_PERIOD = (rf"(?P<plan>{'|'.join(FIVE_YEAR_PLANS)})[”\"」』]?"
               r"(?:(?:规划|規劃)?(?:时期|時期|期间|期間)|(?P<since>以来|以來))")
UP_TO = ("截至", "截止", "截止到")
# "Now" (目前, 现时) opening a clause (增至现时十一间 is of the period stated), or "has now" anywhere.
NOW = (r"(?=[目现現如当當时時建落竣投今季])(?:(?:^|(?<=[，,。；;！？!?\n]))(?:现时|現時|现在|現在|如今|当前|"
       r"當前|时至今日|時至今日)|目前|现有|現有|现时有|現時有"  # 目前 anywhere: 该院区目前开放床位800张
       # 现 before a verb of having (衛生局現於全澳設有…, 该院现开放床位…, 該中心現設診室8間),
       # not of 表现于, 实现, 出现, 发现
       r"|(?<![表实實出发發体體呈])(?:现于|現於|现设|現設|现开放|現開放)"
       # what a plan brings once done (建成后将新增床位1,200张): of no time stated before
       r"|(?:建成|落成|竣工|投入使用|投入服务|投入服務)(?:后|後)"
       # this season (今季參與…的學校, 在季內達到55%: a flu season's), a time the text gives no dates
       r"|今季|(?<=在)季[内內])")
# A 'now' word right before a figure (由現時的8間增至15間, 增至现时的38家): the value is now, of
# no period stated before it nor of one of its own.
NOW_VALUE = r"(?:现时|現時|现在|現在|目前|如今|当前|當前)的?(?:约|約)?$"
# … but the later value of a pair from now (到2026年底，计划将…由目前的2家增至5家; 年內將…由現時的86家
# 擴大到110家): to come, of the plan's time stated before the 由; the marks before the 'now' word.
FROM_NOW = ("由", "从", "從")
# A rate per year in a plan (预计投入服务后每年可达3万人次) is of no one year; a capacity per day or
# week (计划今年上半年…预计每日可接诊约120人次, 计划年内将…由每周30小时延长至45小时) is of the plan's time.
EVERY_YEAR = ("每年",)
# A change over the year up to its point (截至3月底…一年增加约9,000人，增长5.6%).
ONE_YEAR = (r"(?:一年|1年)(?:来|來|间|間|内|內)?(?:共|累计|累計)?(?:增加|增长|增長|新增|净增|淨增|"
            r"减少|減少|下降|上升|提高|增|减|減)")
# The year a table's caption names (表一　2025年主要醫院住院服務, 2025年末各区主要卫生资源): its cells'
CAPTION_YEAR = (r"(?:19|20)\d{2}年(?:度|末|底|第?[一二三四1-4]季度?|[上下]半年|前三季度"
                r"|[1-9]\d?(?:至|-|—|–)[1-9]\d?月|[1-9]\d?月)?")
# A report whose title names its period (珠海市2024年卫生健康事业发展统计公报, 社會保障基金公佈2025年
# 第一季社會保障制度數據, 2025年度各科室工作亮点, 2024年工作回顧).
REPORT_TITLE = (r"公报|公報|快报|快報|年报|年報|月报|月報|季报|季報|统计|統計|数据|數據|报告|報告|年鉴|年鑑"
                r"|总结|總結|通报|通報|简报|簡報|进展|進展|概况|概況|亮点|亮點|回顾|回顧|盘点|盤點")
# A paragraph that goes on from the one before (其中…, 从分布看, 分城市看, 按服务类别划分, 至于…, （二）…).
CONTINUES = (r"\s*(?:其中|当中|當中|至于|至於|此外|另外|(?:从|從)\S{1,8}?看|分[^\s，,。；;]{1,6}?看[，,]|"
             r"按\S{1,10}?(?:划分|劃分|计|計|分)|（[二三四五六七八九十]）|\([2-9]\))")
# A paragraph opening on a topic of its own (“港澳药械通”方面，…; 醫療券方面，…): a start dated in
# the paragraphs before (自2025年8月纳入…以来) does not date its running totals (累计使用…).
NEW_TOPIC = r"\s*[^，,。；;！？!?\n]{1,20}?方面[，,]"
# … and a sentence opening on one (…一季度…。家庭医生服务方面，…签约1.05万人): the period the
# sentences before it left standing is not carried into it
TOPIC_SENTENCE = r"(?<=[。！？!?；;])[^，,。；;！？!?\n]{1,20}?方面[，,]"
# 去年启用的中心, 2019年开业的医院: a time that dates a thing's start, not the figures after it;
# 上月公布的调查: one that dates a report's release, not what the report counts.
ATTRIBUTE = (r"(?:正式)?(?:启用|啟用|开业|開業|成立|建成|落成|开通|開通|启动|啟動|投入使用|"
             r"开设|開設|设立|設立|推出|挂牌|掛牌|揭牌|公布|公佈|发布|發布|發佈)的")
# What opens or starts a thing: the time before one of these (2025年1月正式开业, 自二○二四年六月起
# 推行, 自2022年9月啟用以來) is when; a value "at its opening" (由开业时的300张, 由計劃推出時的七間,
# 由開站初期的約1,200人) is of then.
START_VERB = (r"启用|啟用|开业|開業|开院|開院|开站|開站|开诊|開診|推出|推行|实施|實施|成立|运营|運營|投入使用|"
              r"投入服务|投入服務|开设|開設|设立|設立|开办|開辦|"
              r"开通|開通|启动|啟動|落成|揭牌|挂牌|掛牌|开幕|開幕")
# A count from a start up to a day (试点自去年7月推出至今年3月底，…共完成转运个案326宗): a running total
# since the start, as 自…以来 is, when its clause sums it (共)
FROM_START_TO = (rf"(?:自|从|從)[^，,。；;！？!?\n]{{1,20}}?(?:{START_VERB})"
                 r"[^，,。；;！？!?\n]{0,4}?(?:至|到)")
STARTED = rf"(?:起|正式)?[^，,。；;！？!?\n]{{0,16}}?(?:{START_VERB})"
OPENED = (rf"(?:(?:{START_VERB})(?:时|時|之时|之時|初期|初|当时|當時)|最初|起初|首期|初期)的"
          r"(?:约|約|近|逾|超过|超過|超|共)?$")  # 由开业时的300张, 由最初的3間, 由首期的600张
# The first year after an opening (开业首年, 啟用後第一年): the twelve months from it.
FIRST_YEAR = rf"(?P<verb>{START_VERB})(?:后|後)?(?:首年|第一年|頭一年|头一年)"
# … and the first months after it, in its clause or the next (今年2月開設服務點，首兩個月累計服務…):
# the months from the opening's month on.
FIRST_MONTHS_AFTER = (rf"(?P<verb>{START_VERB})[^，,。；;！？!?\n\d]{{0,12}}?[，,]?(?:后|後)?"
                      rf"(?:首|头|頭)(?P<count>[一二两兩三四五六七八九十]|[1-9]|1[0-2])(?:个|個)?月")
# A since-clause naming a start but no time (自試點計劃推行以來): from when the text says it started.
SINCE_EVENT = rf"(?:自|从|從)[^，,。；;！？!?\n\d]{{1,30}}?(?P<verb>{START_VERB})(?:以来|以來)"
# A total counted up (累计接收…412人次) that names no time: since the start the article last dated.
CUMULATIVE_CUE = r"累计|累計"
# A population counted as born (第二季活產嬰兒共1,128名, 全年出生人口5,962人, 低出生體重嬰兒共247名,
# 在…醫院出生的分別為472名): births over a time, a flow, never a level at the time's end as the
# people living somewhere are (長者人口為9.71萬人 at 6月底).
BIRTH_FLOW = r"活产|活產|出生|分娩|接生"
# An average cost (人均费用312元, 次均費用268元, 平均每人次约3,315元) is of the period its paragraph
# counts the costs in, carried as a flow's; a price, fee or cap (诊金60元, 每人最高50万元) is not.
AVERAGE_COST = r"人均|次均|平均"
# … and so is an average length of stay, a statistic of its period (出院者平均住院日为7.6天)
AVERAGE_STAY = r"平均住院(?:日|天数|天數|日数|日數|时间|時間)"
# A rate or a cap a rule sets (超过1.5万元的部分按75%赔付, 超過5,000元的部分，按七成給予補助,
# 年度赔付上限为150万元, 報銷比例最高可達90%): a term of the scheme, of no period carried from the
# sentences before it or reported for the article; only a time in its own phrase dates it. Read on
# the sentence up to the number (folded, so 超過, 上限為 and 可達 match too).
RULE_PARAMETER = (r"(?:超过|超過)[^。；;！？!?]{1,30}?的部分|(?:^|[^\d])按$"
                  r"|(?:上限|封顶|封頂)(?:为|為|是)?$|最高(?:可达|可達|为|為)$")
THIS_YEAR = ("年内", "年內")
# The whole year after a financial year (2025/26年度…预计全年…): that financial year.
WHOLE_YEAR = ("全年",)
# 年内 is of the year the text speaks of (2025年，…二期年内建成启用), of the year it is read when a
# plan word stands next to it (年内将新增, 计划年内).
THIS_YEAR_PLAN = ("将", "將", "计划", "計劃", "拟", "擬", "力争", "力爭", "预计", "預計", "争取", "爭取")
# A part of a year written without it followed by one of these is a deadline (年底前, 6月底前, 年內之前):
# a time to come, never stepped back to the year before publication as a past point is
# (截至11月底 read in January: the year before).
DEADLINE_AFTER = ("前", "之前", "以前")
FROM = ("由", "从", "從")
# A start and an end with the event between them (自2024年11月启用至今年9月24日, 自8月28日納入計劃
# 至11月底): one interval; the words between, no clause break and no figure.
FROM_TO_START = ("自", "从", "從")
FROM_TO_GAP = r"[^，,。；;：:！？!?\n\d]{1,12}"
# 由2024年3月底的16.2万人增至17.1万人: a time after 由/从 is the earlier value's; the later value,
# after one of these, is not of then.
TO_LATER = (r"(?:增|增加|增长|增長|上升|升|提高|提升|扩大|擴大|下降|降|减少|減少|减|減|"
            r"回落|缩减|縮減|发展|發展|扩容|擴容|缩短|縮短|延长|延長|降低|压缩|壓縮)(?:至|到)|→"
            # (… with the change amount between: 由2022年底的900张增加150张至1,050张)
            r"|(?:增加|增长|增長|减少|減少|提高|下降|上升|扩大|擴大)[约約近逾]?[\d.,]+[万萬千百]?"
            r"[\u4e00-\u9fff]{0,3}?(?:至|到)")
# A time a process takes, before and after a change (审批时限由原来的20个工作日压缩至10个工作日,
# 輪候時間由約三星期縮短至五個工作天): a term of the service, of no period carried, reported or stated
# elsewhere in its sentence; only a time inside the pair dates it (由去年同期的52分鐘縮短至38分鐘).
# The later value's words before it (the earlier value's are cues.EARLIER_OF_PAIR, then TO_LATER).
# … and the change amount after the earlier value (由2022年底的900张增加|150张至1,050张): of the span
# to the later value's time, not of the earlier's
CHANGE_OF_PAIR = r"的[^，,。；;]{1,14}?(?:增加|增长|增長|减少|減少|提高|下降|上升|扩大|擴大)(?:了)?[约約近逾]?$"
LATER_OF_PAIR = rf"(?:从|從|由)[^，,。；;：:]{{1,30}}?(?:{TO_LATER})$"
PLANNED_FROM = ("将由", "將由", "将从", "將從", "拟由", "擬由")
COMPARISON = ("比", "较", "較", "同比", "相比")  # a baseline, not a period: 比上年底
# A baseline year with its level written after it (比2020年的11.3万人次增加31.3万人次; 从2020年的3.21万张
# 增至2024年的4.05万张，年均增长6.0%): a change or growth of a later year's level runs from the
# baseline's year to that year (2020/2024) when it is two years or more before (比2024年的A增长B of
# 2025 is of 2025, as 比上年 is).
BASELINE_LEVEL = ("的",)
# A time with its value in brackets right after it (是2024年7月底（23名）的2倍): the bracketed value's,
# not the time of the figures after it.
BRACKETED_VALUE = r"[（(][^（()）\d]{0,4}\d[^（()）]{0,12}[）)]"
# … and the words between its 的 and its figure (较2023/24年度的约3,100人: its own time still)
OWN_LEVEL = r"的(?:约|約|近|逾|超过|超過|达|達)?"
# A deadline inside a plan (预计到2023年底…达到10家, 计划于2024年…) dates that plan's targets
# only: another plan after it (并力争…, 拟安排…) is a target of its own, with no time stated
# (预计总投资… is the same plan's estimate).
DEADLINE_BEFORE = ("到", "于", "於")
# Another plan after a deadline's clause (，并力争…); in the deadline's own clause
# (到2027年每千人口医师力争达到3.8名) the word is that plan's.
NEW_PLAN = r"[，,；;][^，,；;。]*?(?:力争|力爭|争取|爭取|拟|擬)"
# … unless the deadline is a clause of its own opening its sentence (到2026年，…力争达到20家，…增至30个):
# then it dates every target after it.
# The marks before such a clause (or none: the context's start), and the marks after it.
# … or after the words reporting it (负责人表示，到2027年，…力争…) or a plan word opening it
# (…表示，预计到2026年底，…，力争…): the same clause of its own.
SAYING = ("表示", "说", "說", "指出", "介绍", "介紹", "称", "稱", "透露",
          # … or says where the plan is from (根据规划，到2027年，…; 按照計劃，到…)
          "根据规划", "根據規劃", "按照规划", "按照規劃", "根据计划", "根據計劃", "按照计划", "按照計劃",
          "据悉", "據悉")
DEADLINE_LEAD = ("预计", "預計", "计划", "計劃")
SENTENCE_MARKS = ("。", "；", ";", "！", "？", "!", "?", "\n")
CLAUSE_MARKS = ("，", ",")
# A year right after a verb of issuing or using names its object (發出本年度醫療券, 领取2025年度医疗券:
# that year's vouchers), not the time of the figure.
ISSUED = r"(?:发出|發出|发放|發放|派发|派發|领取|領取|使用)$"
# 去年同期: the same part of the year before, a baseline (与去年同期相比) unless a value of its
# own follows (去年同期的22名, 去年同期为10万人次: the period in force a year earlier).
SAME_TIME = "同期"
# A week named bare (上周公立醫院內科病床平均佔用率達112%, 首周共有香港长者612人次) after the text gave
# that word its days in brackets (上周（1月18日至24日）, 首周（7月15日至21日）): those days; the first
# dated one of each word is read, none when no days are given.
LAST_WEEK = r"上周|上週|上星期|首周|首週|本周|本週"
# (… and a bulletin's own week, 2025年第38周（9月15日至9月21日）: what its 本周 is, and 上周 the week before)
LAST_WEEK_DATED = (r"(?P<week>上周|上週|上星期|首周|首週|本周|本週|第\d{1,2}[周週])"
                   r"[（(](?P<days>[^）)\n]{1,20})[）)]")
SAME_TIME_OWN = ("同期的", "同期为", "同期為", "同期是")
# A year before, with a value of its own right after it (截至2025年底共有1,386名，较一年前的1,052名增加
# 334名): the period in force a year earlier, as 去年同期的 is; 较一年前增加334名 stays of its own time.
# The year before the one in force written so too (2025/26年度…，较上一年度的88.9%上升: 2024/25).
YEAR_AGO = rf"(?:一年前|一年之前|一年以前|上一年度|上一個年度|上一个年度){OWN_LEVEL}$"
# … and the week before the one in force (上周（1月18日至24日）…18.6%，较前一周的14.2%: 11 to 17 January).
WEEK_AGO = rf"(?:前一周|前一週|上一周|上一週|前一星期|上一星期){OWN_LEVEL}$"

# --- text: a timestamp in page furniture (2024-05-22 00:22:12, 3小时前) -----------------------

STAMP = (r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/月]\d{1,2}日?)"
         r"(?:\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天])?"  # (2026年9月24日 星期四)
         r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?"
         r"|\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|个月|個月)前|刚刚|剛剛|昨天|前天")
