"""Links between figures and the subject of a figure, as data: the qualifiers between a pair
(从…增加至…), the baselines of a comparison (比上年底), and the words trimmed off a subject
phrase (the 经过/提供 before it, the 约/共 after it). Used by ``analysis.links``; both scripts."""

from __future__ import annotations

PAIR_QUALIFIERS = r"(?:约|約|近|超过|超過|超|逾|达|達|了)*"
# When the later value of a pair stands, between its verb and its number: a time with 的
# (增至2025年3月底的30,660张, 增至年底的620张, 增至現時的3,860人) or a 'now' word (增至現時十一間).
PAIR_WHEN = r"(?:[^，。；,;：:]{1,12}?的|现时|現時|目前|现在|現在|今年)?"
# A comparison after a level names its earlier value: 已有1026名…，比2022年底的612名增加414名;
# 比重较2022年的3.4%上升4.7个百分点; 发病率46.5例，低于去年的49.8例 (the text between the level
# and the earlier value ends so).
# A year may be a financial year (較2023/24年度的1,120名).
COMPARED_WITH = (r"(?:比|较|較|相比|對比|对比|低于|低於|高于|高於|少于|少於|多于|多於)[^，。；,;：:\d]{0,4}"
                 r"(?:(?:(?:19|20)\d{2}(?:[/／]\d{2})?|[〇○零一二三四五六七八九]{4})"
                 r"[^，。；,;：:\d]{0,6})?的"
                 r"(?:约|約|近|逾|超过|超過)*$")
# A change followed by the level it reaches: 同比增长6.8%至210.6万人次, 同比增长11.3%，达到2.76万人.
REACHING = r"^[，,]?(?:增至|升至|至|到|达到|達到|达|達)(?:约|約|近|超过|超過|超|逾)*$"
# What a change clause says besides its verb: 比上年底增加 says nothing of what changed.
BASELINES = (r"比上年底?|比去年(?:同期)?|比上月|较上年底?|较去年(?:同期)?|較上年|較去年|同比|"
             r"环比|環比|按年|按月|"
             # a year compared with (较2024年, 比2023年底), the span of the change (一年增加)
             r"(?:比|较|較)(?:19|20)\d{2}年(?:底|末)?(?:同期)?|"
             r"(?:近|过去|過去)?[一二两兩三四五六七八九十]年(?:来|來|间|間)?|今年|去年|同期|"
             # the time before (较上一年度, 較再上一年度, 较前一周, 較前年, 比3月底), a yearly mean
             r"(?:比|较|較)(?:再)?(?:上|前)(?:一|1)?(?:个|個)?(?:年度|年|季度|季|月|周|週|星期)(?:同期)?|"
             r"(?:比|较|較)(?:1[0-2]|[1-9])月(?:底|末|份)?|年均|年平均|"
             # what a comparison is made with (较在港求诊私家医生低约七成)
             r"(?:比|较|較)[^，。；,;：:]{1,20}?(?:低|高|少|多)(?=[约約近逾了]*$)|")
FRAGMENT = r"^[\d.万萬千百亿億余餘多個个]*[张張人次名位家个個间間例篇项項件年天台所]*$"
CUT_AFTER = (r"(?:的|拥有|擁有|经过|經過|提供|开展|開展|完成|发表|發表|获批|獲批|引进|引進|"
             r"培养|培養|今天|目前|其中|服务|服務)")
TRAILING = r"(?:经过|經過|提供|达到|達到|达|達|约|約|有|共|为|為|从|從|由|是|了|的)+$"
LEADING = (r"^(?:大约|大約|约|約|共有|共|总|總|其中|为|為|已|占(?!地)|佔(?!地)|该院|該院|该医院|該醫院|本院|"
           r"我市|全市|本市)+")
# What an enrolment is in: the subject of an enrolment ends with its scheme.
SCHEME_END = r"(?:保险|保險|医保|醫保|社保|养老金|養老金)$"
# Areas that hold every mainland city of the Greater Bay Area: a figure of one of them and of
# a city in them, the same in one article, is one figure (names are folded to simplified first).
WIDER_AREAS = ("粤港澳大湾区", "粵港澳大灣區", "大湾区", "大灣區", "广东省", "廣東省", "广东", "廣東", "全省")
# Said of several figures in turn (医生及护士分别有2051名及2893名，按年增加4.6%及6.1%): the
# changes after the levels belong to them one by one.
RESPECTIVELY = ("分别", "分別")
