"""What a figure means: status, sign, who is counted, on sentences of both scripts.

Every expected value was read off the sentence by hand. The word lists are data
(analysis/_rules/cues.py); each of their words is also tried in a sentence of its own below.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from analysis._rules import cues as _cues
from analysis.meaning import planned_period, population_of, scheme_holders, signed, status_of
from analysis.metrics import document_metrics


def meaning(text: str, published: date | None = date(2024, 5, 1)):
    doc = SimpleNamespace(doc_id="t", text=text, published=published, region=None)
    return [(r["value"], r["unit"], r["status"], r["population"]) for r in document_metrics(doc)]


CASES = [
    # a level, a plan, a change, a rate of change, a running total: simplified, then traditional
    # a scheme as a topic (医疗券计划方面) states what it gives now
    ("医疗券计划方面，合资格长者每年可获2,000元医疗券。", [(2000, "元", "actual", "长者")]),
    ("醫療券計劃方面，合資格長者每年可獲2,000元醫療券。", [(2000, "元", "actual", "长者")]),
    # opened or hired on top (加开, 增聘): a change
    ("医管局加开约320张临时病床，并增聘约150名医生。", [(320, "张", "change", None), (150, "名", "change", None)]),
    ("醫管局加開約320張臨時病床，並增聘約150名醫生。", [(320, "张", "change", None), (150, "名", "change", None)]),
    ("佛山市第一人民医院现有床位2100张。", [(2100, "张", "actual", None)]),
    ("佛山市第一人民醫院現有床位2100張。", [(2100, "张", "actual", None)]),
    ("黄埔区计划三年时间，培养100名金牌全科医师和150名社区护士。",
     [(3, "年", "planned", None), (100, "名", "planned", None), (150, "名", "planned", None)]),
    ("今年还将新增3家国际化医院开业运营。", [(3, "家", "planned", None)]),
    ("今年還將新增3家國際化醫院開業運營。", [(3, "家", "planned", None)]),
    ("该医院拟设置30张牙椅。", [(30, "张", "planned", None)]),
    ("該醫院擬設置30張牙椅。", [(30, "张", "planned", None)]),
    ("前海共有4家三级以上医院，今年还将新增3家。", [(4, "家", "actual", None), (3, "家", "planned", None)]),
    # an estimate of what is to come and money set aside are plans (估计, 预留)
    ("协会估计今年全年北上求诊的港人可能超过8万人次。", [(80000, "人次", "planned", "香港居民")]),
    ("協會估計今年全年北上求診的港人可能超過8萬人次。", [(80000, "人次", "planned", "香港居民")]),
    ("当局今年为该项目预留约2,000万元。", [(20_000_000, "元", "planned", None)]),
    ("當局今年為該項目預留約2,000萬元。", [(20_000_000, "元", "planned", None)]),
    # a part no larger than the change before it is a part of the level (其中医院129个 of 3386个)
    ("2023年末，全市医疗机构3386个，比上年增加97个，其中医院129个。",
     [(3386, "个", "actual", None), (97, "个", "change", None), (129, "个", "actual", None)]),
    ("2023年末，全市醫療機構3386個，比上年增加97個，其中醫院129個。",
     [(3386, "个", "actual", None), (97, "个", "change", None), (129, "个", "actual", None)]),
    # a stock is a running total only when its sentence says 累计 before it, not for 自…以来
    ("自2023年试点启动以来，全市5家试点医院累计接收转诊患者2,300人次。",
     [(5, "家", "actual", None), (2300, "人次", "cumulative", None)]),
    ("自2023年試點啟動以來，全市5家試點醫院累計接收轉診患者2,300人次。",
     [(5, "家", "actual", None), (2300, "人次", "cumulative", None)]),
    ("累计有80名港澳医师在区内执业，其中香港医师52名。",
     [(80, "名", "cumulative", "港澳医师"), (52, "名", "cumulative", "香港医师")]),
    ("累計有80名港澳醫師，其中香港醫師52名。",
     [(80, "名", "cumulative", "港澳医师"), (52, "名", "cumulative", "香港医师")]),
    ("累計有80名港澳醫師在區內執業，其中香港醫師52名。",
     [(80, "名", "cumulative", "港澳医师"), (52, "名", "cumulative", "香港医师")]),
    ("累計有80名港澳醫師，其中香港醫師52名。",
     [(80, "名", "cumulative", "港澳医师"), (52, "名", "cumulative", "香港医师")]),
    # a 其中 sentence right after a running total of a flow is a part of it: a running total
    ("该中心累计服务港澳居民3.2万人次。其中，香港居民2.1万人次。",
     [(32000, "人次", "cumulative", "港澳居民"), (21000, "人次", "cumulative", "香港居民")]),
    ("該中心累計服務港澳居民3.2萬人次。其中，香港居民2.1萬人次。",
     [(32000, "人次", "cumulative", "港澳居民"), (21000, "人次", "cumulative", "香港居民")]),
    ("该中心累计服务患者3.2万人次。去年门诊1.1万人次。其中，香港居民2,100人次。",
     [(32000, "人次", "cumulative", None), (11000, "人次", "actual", None),
      (2100, "人次", "actual", "香港居民")]),
    # UP_TO_SUM: visits summed up to a date are a running total; people found there a level
    ("截至2024年6月底，港澳患者在该院使用港澳药品共8,600人次。", [(8600, "人次", "cumulative", "港澳患者")]),
    ("截至2024年6月底，港澳患者在該院使用港澳藥品共8,600人次。", [(8600, "人次", "cumulative", "港澳患者")]),
    ("截至5月底，入住院舍的长者共980名。", [(980, "名", "actual", "长者")]),
    ("截至2023年底，共为港澳居民办理医保结算12.6万人次。", [(126000, "人次", "cumulative", "港澳居民")]),
    ("截至2023年底，共為港澳居民辦理醫保結算12.6萬人次。", [(126000, "人次", "cumulative", "港澳居民")]),
    ("截至2023年底，公共卫生服务覆盖12.6万人次。", [(126000, "人次", "actual", None)]),
    ("截至2023年底，公共衛生服務覆蓋12.6萬人次。", [(126000, "人次", "actual", None)]),
    ("截至5月底，入住院舍的長者共980名。", [(980, "名", "actual", "长者")]),
    # PRESENT: a 'now' word after a running total states a level again
    ("该服务自2021年开通以来，累计接载乘客逾3,000人次，现时每日开出8班次。",
     [(3000, "人次", "cumulative", None), (8, "班次", "actual", None)]),
    ("該服務自2021年開通以來，累計接載乘客逾3,000人次，現時每日開出8班次。",
     [(3000, "人次", "cumulative", None), (8, "班次", "actual", None)]),
    # 将近 is 'nearly', no future
    ("目前全市共有医院将近40家。", [(40, "家", "actual", None)]),
    # a 其中 part of a running total in another unit of its metric is a running total too
    ("全澳累计接种15.36万剂次。其中，长者接种4.41万人。", [(153600, "剂次", "cumulative", None), (44100, "人", "cumulative", "长者")]),
    ("全澳累計接種15.36萬劑次。其中，長者接種4.41萬人。", [(153600, "剂次", "cumulative", None), (44100, "人", "cumulative", "长者")]),
    # NOW: what is already done after a plan is no plan
    ("全市计划新增病床4,000张，一季度已新增开放1,150张。", [(4000, "张", "planned", None), (1150, "张", "change", None)]),
    ("全市計劃新增病床4,000張，一季度已新增開放1,150張。", [(4000, "张", "planned", None), (1150, "张", "change", None)]),
    # 将 as 把, before what it acts on, and the scheme as it stands now: no plan (NOT_PLANNED)
    ("卫生局自本月起将辖下三间卫生中心的夜间门诊延长。", [(3, "间", "actual", None)]),
    ("衛生局自本月起將轄下三間衛生中心的夜間門診延長。", [(3, "间", "actual", None)]),
    ("计划现涵盖16个专科。", [(16, "个", "actual", None)]),
    ("計劃現涵蓋16個專科。", [(16, "个", "actual", None)]),
    # a change amount, and a decline: negative
    ("比上年底增加9887人。", [(9887, "人", "change", None)]),
    ("全市床位减少了200张。", [(-200, "张", "change", None)]),
    ("全市床位減少了200張。", [(-200, "张", "change", None)]),
    # 增加至 states the level reached, not the change
    ("病床数从198张增加至390张。", [(198, "张", "actual", None), (390, "张", "actual", None)]),
    # rates of change with their sign; percentage points are a unit of their own
    ("门诊量同比下降3.2%。", [(-3.2, "percent", "rate_of_change", None)]),
    ("門診量按年下降3.2%。", [(-3.2, "percent", "rate_of_change", None)]),
    ("门诊量同比增长-5%。", [(-5, "percent", "rate_of_change", None)]),
    # percentage points are an amount of change (gold spec), a decline negative
    ("病床使用率降低2.1个百分点。", [(-2.1, "pp", "change", None)]),
    ("病床使用率降低2.1個百分點。", [(-2.1, "pp", "change", None)]),
    ("病床使用率比上年提高2.1个百分点。", [(2.1, "pp", "change", None)]),
    ("病床使用率比上年提高2.1個百分點。", [(2.1, "pp", "change", None)]),
    # a change in percentage points is of the people of the level before it in its sentence …
    ("香港长者的疫苗接种率约为48.5%，较去年同期上升2.6个百分点。",
     [(48.5, "percent", "actual", "香港长者"), (2.6, "pp", "change", "香港长者")]),
    ("香港長者的疫苗接種率約為48.5%，較去年同期上升2.6個百分點。",
     [(48.5, "percent", "actual", "香港长者"), (2.6, "pp", "change", "香港长者")]),
    # … never of a group named in the sentence before
    ("今年共为澳门居民提供门诊服务1.2万人次。病床使用率比上年提高1.5个百分点。",
     [(12000, "人次", "actual", "澳门居民"), (1.5, "pp", "change", None)]),
    ("今年共為澳門居民提供門診服務1.2萬人次。病床使用率比上年提高1.5個百分點。",
     [(12000, "人次", "actual", "澳门居民"), (1.5, "pp", "change", None)]),
    # a sentence going on from one whose part (当中…) named a group of its own counts the whole
    ("使用服务的香港居民约有52万人，当中长者约有15万人。按服务类别划分，牙科占38.2%。",
     [(520000, "人", "actual", "香港居民"), (150000, "人", "actual", "长者"),
      (38.2, "percent", "actual", "香港居民")]),
    ("使用服務的香港居民約有52萬人，當中長者約有15萬人。按服務類別劃分，牙科佔38.2%。",
     [(520000, "人", "actual", "香港居民"), (150000, "人", "actual", "长者"),
      (38.2, "percent", "actual", "香港居民")]),
    # patients named by where they come from are the group as written
    ("该院门诊量约21万人次，其中来自内地及香港的病人约占一成。",
     [(210000, "人次", "actual", None), (10, "percent", "actual", "内地及香港病人")]),
    ("該院門診量約21萬人次，其中來自內地及香港的病人約佔一成。",
     [(210000, "人次", "actual", None), (10, "percent", "actual", "内地及香港病人")]),
    ("该院去年接诊来自澳门的患者3,200人次。", [(3200, "人次", "actual", "澳门患者")]),
    ("該院去年接診來自澳門的患者3,200人次。", [(3200, "人次", "actual", "澳门患者")]),
    # the visits of a clinic kept for Hong Kong and Macao residents are theirs
    ("该院港澳门诊上半年接诊约2.6万人次，同比增长35%。",
     [(26000, "人次", "actual", "港澳居民"), (35, "percent", "rate_of_change", "港澳居民")]),
    ("該院港澳門診上半年接診約2.6萬人次，按年增長35%。",
     [(26000, "人次", "actual", "港澳居民"), (35, "percent", "rate_of_change", "港澳居民")]),
    # an amount after 提高/上升 is a change too
    ("人均预期寿命比上年提高0.3岁。", [(0.3, "岁", "change", None)]),
    ("人均預期壽命比上年提高0.3歲。", [(0.3, "岁", "change", None)]),
    # a figure naming no group counts the group of the figure before it in its sentence
    ("今年1至9月，港澳居民就诊12.8万人次，同比增长31.6%。",
     [(128000, "人次", "actual", "港澳居民"), (31.6, "percent", "rate_of_change", "港澳居民")]),
    ("今年1至9月，港澳居民就診12.8萬人次，同比增長31.6%。",
     [(128000, "人次", "actual", "港澳居民"), (31.6, "percent", "rate_of_change", "港澳居民")]),
    # an enumeration's figures count the groups of their own items
    ("全市孕产妇、新生儿和婴儿死亡率分别为8.1/10万、1.06‰、1.73‰。",
     [(8.1, "per_100k", "actual", "孕产妇"), (1.06, "per_mille", "actual", "新生儿"),
      (1.73, "per_mille", "actual", "婴儿")]),
    ("全市孕產婦、新生兒和嬰兒死亡率分別為8.1/10萬、1.06‰、1.73‰。",
     [(8.1, "per_100k", "actual", "孕产妇"), (1.06, "per_mille", "actual", "新生儿"),
      (1.73, "per_mille", "actual", "婴儿")]),
    # the group a share names right after it (其中近六成为香港居民)
    ("该院接诊港澳患者1.2万人次，其中近六成为香港居民。",
     [(12000, "人次", "actual", "港澳患者"), (60, "percent", "actual", "香港居民")]),
    ("該院接診港澳患者1.2萬人次，其中近六成為香港居民。",
     [(12000, "人次", "actual", "港澳患者"), (60, "percent", "actual", "香港居民")]),
    # a headline's phrases are read apart: one's plan and group are not the next one's
    ("广州今年将新增3家定点医院 香港居民参保人数升至2.76万人\n正文。",
     [(3, "家", "planned", None), (27600, "人", "actual", "香港居民")]),
    ("廣州今年將新增3家定點醫院 香港居民參保人數升至2.76萬人\n正文。",
     [(3, "家", "planned", None), (27600, "人", "actual", "香港居民")]),
    # staff carry their group to staff of their kind in the sentence, not to other staff
    ("已有1026名港澳医生在大湾区执业，比2022年底的612名增加414名，另有护士60名。",
     [(1026, "名", "actual", "港澳医生"), (612, "名", "actual", "港澳医生"),
      (414, "名", "change", "港澳医生"), (60, "名", "actual", None)]),
    ("已有1026名港澳醫生在大灣區執業，比2022年底的612名增加414名，另有護士60名。",
     [(1026, "名", "actual", "港澳医生"), (612, "名", "actual", "港澳医生"),
      (414, "名", "change", "港澳医生"), (60, "名", "actual", None)]),
    # a share of staff counts the staff it names; 港人 are Hong Kong residents
    ("深圳执业港澳医生人数占全省的五分之二。", [(40, "percent", "actual", "港澳医生")]),
    ("深圳執業港澳醫生人數佔全省的五分之二。", [(40, "percent", "actual", "港澳医生")]),
    ("每逢周末有过万名港人北上。", [(10000, "名", "actual", "香港居民")]),
    ("每逢周末有過萬名港人北上。", [(10000, "名", "actual", "香港居民")]),
    # a per-head rate counts the people the report reckons it on
    ("按常住人口计算，每千人口医疗卫生机构床位数3.84张。", [(3.84, "per_1k", "actual", "常住人口")]),
    ("按常住人口計算，每千人口醫療衞生機構床位數3.84張。", [(3.84, "per_1k", "actual", "常住人口")]),
    # a breakdown right after a figure (其中…) counts its group
    ("参加医保的港澳居民达2.8万人。其中，参加职工医保的1.3万人。",
     [(28000, "人", "actual", "港澳居民"), (13000, "人", "actual", "港澳居民")]),
    ("參加醫保的港澳居民達2.8萬人。其中，參加職工醫保的1.3萬人。",
     [(28000, "人", "actual", "港澳居民"), (13000, "人", "actual", "港澳居民")]),
    # an average in a running total's sentence is a level
    ("自试点推行以来，累计求诊6.1万人次，平均每宗医疗券申报约2064港元。",
     [(61000, "人次", "cumulative", None), (2064, "港元", "actual", None)]),
    ("自試點推行以來，累計求診6.1萬人次，平均每宗醫療券申報約2064港元。",
     [(61000, "人次", "cumulative", None), (2064, "港元", "actual", None)]),
    # a scheme's name and the vaccine programme are no plans; 合共 is a sum, no running total
    ("自试点计划推行以来，香港长者求诊6.1万人次。", [(61000, "人次", "cumulative", "香港长者")]),
    ("自試點計劃推行以來，香港長者求診6.1萬人次。", [(61000, "人次", "cumulative", "香港长者")]),
    ("全年接种免疫规划疫苗168.3万剂次。", [(1683000, "剂次", "actual", None)]),
    ("全年接種免疫規劃疫苗168.3萬劑次。", [(1683000, "剂次", "actual", None)]),
    ("本年第一季各项给付合共约21.6亿澳门元。", [(2160000000, "澳门元", "actual", None)]),
    ("本年第一季各項給付合共約21.6億澳門元。", [(2160000000, "澳门元", "actual", None)]),
    ("门急诊量同比增长8.5%。", [(8.5, "percent", "rate_of_change", None)]),
    ("满意度提高至95%。", [(95, "percent", "actual", None)]),
    # running totals
    ("横琴医院累计服务澳门居民逾4.8万人次。", [(48000, "人次", "cumulative", "澳门居民")]),
    ("橫琴醫院累計服務澳門居民逾4.8萬人次。", [(48000, "人次", "cumulative", "澳门居民")]),
    ("自2019年12月正式投入运营以来，该院服务港澳人士2万人次。",
     [(20000, "人次", "cumulative", "港澳人士")]),
    # who is counted: after the figure, in its clause, the subject of its sentence
    ("为全市约2.6万名孕产妇提供免费筛查。", [(26000, "名", "actual", "孕产妇")]),
    ("澳门居民在珠海市参加居民养老保险13691人；参加居民医疗保险20598人。",
     [(13691, "人", "actual", "澳门居民"), (20598, "人", "actual", "澳门居民")]),
    ("祖籍江门的港澳台同胞和海外侨胞有530多万人。",
     [(5_300_000, "人", "actual", "港澳台同胞和海外侨胞")]),
    ("共有53名澳门医生签约入驻横琴医院。", [(53, "名", "actual", "澳门医生")]),
    # staff counted later in a sentence are its subject's of their kind: the share and the
    # breakdown after 香港医生最多; a 护士 count is no 澳门医生 one
    ("在深圳执业的香港医生最多，占约六成，其次为广州及珠海，人数分别为120名及60名。",
     [(60, "percent", "actual", "香港医生"), (120, "名", "actual", "香港医生"),
      (60, "名", "actual", "香港医生")]),
    ("在深圳執業的香港醫生最多，佔約六成，其次為廣州及珠海，人數分別為120名及60名。",
     [(60, "percent", "actual", "香港医生"), (120, "名", "actual", "香港医生"),
      (60, "名", "actual", "香港医生")]),
    # a wait or a stay is of the people its sentence names; a programme's age names no one
    ("澳门患者平均候诊时间由45分钟缩短至18分钟。",
     [(45, "分钟", "actual", "澳门患者"), (18, "分钟", "actual", "澳门患者")]),
    ("澳門患者平均候診時間由45分鐘縮短至18分鐘。",
     [(45, "分钟", "actual", "澳门患者"), (18, "分钟", "actual", "澳门患者")]),
    ("香港长者的平均住院日为7.5天。", [(7.5, "天", "actual", "香港长者")]),
    ("香港長者的平均住院日為7.5天。", [(7.5, "天", "actual", "香港长者")]),
    ("该项目已实施3年。", [(3, "年", "actual", None)]),
    ("澳门医生50名，护士30名。", [(50, "名", "actual", "澳门医生"), (30, "名", "actual", None)]),
    ("澳門醫生50名，護士30名。", [(50, "名", "actual", "澳门医生"), (30, "名", "actual", None)]),
    ("2023年，我市新生儿死亡率1.2‰，5岁以下儿童死亡率3.3‰。",
     [(1.2, "per_mille", "actual", "新生儿"), (3.3, "per_mille", "actual", "5岁以下儿童")]),
    # 长者 in an article that names 香港长者 is them
    ("香港长者可在大湾区使用医疗券。长者约186万名。", [(1_860_000, "名", "actual", "香港长者")]),
    # ... but not when it names two fuller forms; only BARE_GROUPS grow: 非本地居民 are no
    # 本地居民, the district's 孕产妇 not the article's 港澳孕产妇
    ("香港长者和澳门长者均可受惠。长者约2万名。", [(20000, "名", "actual", "长者")]),
    ("香港長者和澳門長者均可受惠。長者約2萬名。", [(20000, "名", "actual", "长者")]),
    # ... unless the article names one of them more often than the others: it is about them
    ("香港长者北上安老。香港长者可用医疗券，港澳长者亦可受惠。长者约2万名。",
     [(20000, "名", "actual", "香港长者")]),
    ("香港長者北上安老。香港長者可用醫療券，港澳長者亦可受惠。長者約2萬名。",
     [(20000, "名", "actual", "香港长者")]),
    ("非本地居民就诊1万人次，本地居民就诊9万人次。",
     [(10000, "人次", "actual", "非本地居民"), (90000, "人次", "actual", "本地居民")]),
    ("非本地居民就診1萬人次，本地居民就診9萬人次。",
     [(10000, "人次", "actual", "非本地居民"), (90000, "人次", "actual", "本地居民")]),
    ("为港澳孕产妇建档312人。全区孕产妇死亡率为0。",
     [(312, "人", "actual", "港澳孕产妇"), (0, "per_mille", "actual", "孕产妇")]),
    ("為港澳孕產婦建檔312人。全區孕產婦死亡率為0。",
     [(312, "人", "actual", "港澳孕产妇"), (0, "per_mille", "actual", "孕产妇")]),
    # AGED: the elderly counted by their age among the residents of a place its sentence names
    # (or the sentence it goes on from) are that place's elderly (README, session 10)
    ("登记的澳门居民共4,200人，其中65岁以上长者约1,500人。",
     [(4200, "人", "actual", "澳门居民"), (1500, "人", "actual", "澳门长者")]),
    ("登記的澳門居民共4,200人，其中65歲以上長者約1,500人。",
     [(4200, "人", "actual", "澳门居民"), (1500, "人", "actual", "澳门长者")]),
    ("在深圳求诊的香港居民约3万人。当中65岁及以上长者约9,000人，占三成。",
     [(30000, "人", "actual", "香港居民"), (9000, "人", "actual", "香港长者"),
      (30, "percent", "actual", "香港长者")]),
    ("在深圳求診的香港居民約3萬人。當中65歲及以上長者約9,000人，佔三成。",
     [(30000, "人", "actual", "香港居民"), (9000, "人", "actual", "香港长者"),
      (30, "percent", "actual", "香港长者")]),
    # … and as written, 长者, where no residents are named before them, whatever fuller group the
    # article names elsewhere (香港长者 of a voucher scheme), at any age written
    ("香港长者可使用医疗券。65岁或以上长者的接种率为52.3%，比上年上升1.8个百分点。",
     [(52.3, "percent", "actual", "长者"), (1.8, "pp", "change", "长者")]),
    ("香港長者可使用醫療券。65歲或以上長者的接種率為52.3%，比上年上升1.8個百分點。",
     [(52.3, "percent", "actual", "长者"), (1.8, "pp", "change", "长者")]),
    # … but the territory's own elderly where its own press names it (全港, 本澳: README)
    ("全港65岁或以上长者的接种率为52.3%。", [(52.3, "percent", "actual", "香港长者")]),
    ("本澳65歲或以上長者中，納入慢性病管理的共5.86萬人。", [(58600, "人", "actual", "澳门长者")]),
    ("本澳長者約9.7萬人。", [(97000, "人", "actual", "澳门长者")]),
    ("申请的澳门长者中，80岁或以上的长者约占四成。", [(40, "percent", "actual", "长者")]),
    ("申請的澳門長者中，80歲或以上的長者約佔四成。", [(40, "percent", "actual", "长者")]),
    ("香港居民和澳门居民均可受惠。长者约2万名。", [(20000, "名", "actual", "长者")]),  # two
    # RESPECTIVELY: figures said in turn after figures of distinct groups count them one by one
    ("全区在管高血压患者6.72万人、糖尿病患者2.15万人，规范管理率分别为78.4%、76.9%。",
     [(67200, "人", "actual", "高血压患者"), (21500, "人", "actual", "糖尿病患者"),
      (78.4, "percent", "actual", "高血压患者"), (76.9, "percent", "actual", "糖尿病患者")]),
    ("全區在管高血壓患者6.72萬人、糖尿病患者2.15萬人，規範管理率分別為78.4%、76.9%。",
     [(67200, "人", "actual", "高血压患者"), (21500, "人", "actual", "糖尿病患者"),
      (78.4, "percent", "actual", "高血压患者"), (76.9, "percent", "actual", "糖尿病患者")]),
    # beds, institutions and rooms count no one
    ("辖区常住香港居民近4万，拥有近6500家港资企业。",
     [(40000, "人", "actual", "香港居民"), (6500, "家", "actual", None)]),
    # RATE_OF_CHANGE: the one-character verbs of headlines (升/增/降/跌 N成) are growth, no share
    ("全市跨境结算量升近三成。", [(30, "percent", "rate_of_change", None)]),
    ("全市跨境結算量升近三成。", [(30, "percent", "rate_of_change", None)]),
    ("参保人数一年增四成。", [(40, "percent", "rate_of_change", None)]),
    ("參保人數一年增四成。", [(40, "percent", "rate_of_change", None)]),
    ("门诊量降近两成。", [(-20, "percent", "rate_of_change", None)]),
    ("門診量跌近兩成。", [(-20, "percent", "rate_of_change", None)]),
    # TO_LEVEL: a share after a change word is a level (占/佔)
    ("新增患者中港澳居民占三成。", [(30, "percent", "actual", "港澳居民")]),
    ("新增患者中港澳居民佔三成。", [(30, "percent", "actual", "港澳居民")]),
    # CHANGE: newly included institutions are a change; PLANNED: 会再/會再 is a plan
    ("医保定点去年纳入两间诊所。", [(2, "间", "change", None)]),
    ("醫保定點去年納入兩間診所。", [(2, "间", "change", None)]),
    ("医管局会再增聘约250名护士。", [(250, "名", "planned", None)]),
    ("醫管局會再增聘約250名護士。", [(250, "名", "planned", None)]),
    # SINCE_EVENTS: an event since which the figure runs, in its own clause only
    ("该站启用以来支付金额约76万澳门元。", [(760000, "澳门元", "cumulative", None)]),
    ("該站啟用以來支付金額約76萬澳門元。", [(760000, "澳门元", "cumulative", None)]),
    ("政策实施以来成效显著，指定医院由31家增至52家。",
     [(31, "家", "actual", None), (52, "家", "actual", None)]),
    ("政策實施以來成效顯著，指定醫院由31家增至52家。",
     [(31, "家", "actual", None), (52, "家", "actual", None)]),
    # LIST_HEAD: a plan in a list head is every item's, unless an item says 目前
    ("主要目标：床位达5万张；执业医师达1.2万人。",
     [(50000, "张", "planned", None), (12000, "人", "planned", None)]),
    ("主要目標：牀位達5萬張；執業醫師達1.2萬人。",
     [(50000, "张", "planned", None), (12000, "人", "planned", None)]),
    ("主要工作：目前床位达5万张；执业医师达1.2万人。",
     [(50000, "张", "actual", None), (12000, "人", "actual", None)]),
    # the 'now' word of a pair's earlier value is of it: the plan before it holds for the later
    ("试点计划将由现时的11间医疗机构扩展至20间。", [(11, "间", "actual", None), (20, "间", "planned", None)]),
    # … the earlier value written in words (由现时的二十间增至二十四间)
    ("服务点总数将由现时的二十间增至二十四间。", [(20, "间", "actual", None), (24, "间", "planned", None)]),
    ("服務點總數將由現時的二十間增至二十四間。", [(20, "间", "actual", None), (24, "间", "planned", None)]),
    ("試點計劃將由現時的11間醫療機構擴展至20間。", [(11, "间", "actual", None), (20, "间", "planned", None)]),
    # ... but a 'now' word of no pair holds for every figure after it
    ("集团计划扩张，目前分院12家，门诊部3家。", [(12, "家", "actual", None), (3, "家", "actual", None)]),
    ("集團計劃擴張，目前分院12家，門診部3家。", [(12, "家", "actual", None), (3, "家", "actual", None)]),
    ("集团计划扩张，截至2024年3月底已有分院12家。", [(12, "家", "actual", None)]),  # a date: no figure
    ("集團計劃擴張，截至2024年3月底已有分院12家。", [(12, "家", "actual", None)]),
    # OWN_TIME: a sum, or a 自…以来 in an earlier clause, with a time of the figure's own is no
    # running total; RUNNING words (累计, 至今已) are one whatever the time
    ("社工局去年共服务约4600名市民。", [(4600, "名", "actual", None)]),
    ("社工局去年共服務約4600名市民。", [(4600, "名", "actual", None)]),
    ("该院自前年投入服务以来，服务量稳步上升，2023全年门诊逾18万人次。", [(180000, "人次", "actual", None)]),
    ("該院自前年投入服務以來，服務量穩步上升，2023全年門診逾18萬人次。", [(180000, "人次", "actual", None)]),
    ("2023年累计服务港澳居民3万人次。", [(30000, "人次", "cumulative", "港澳居民")]),
    ("2023年累計服務港澳居民3萬人次。", [(30000, "人次", "cumulative", "港澳居民")]),
    ("自2019年以来，共服务港澳居民3万人次。", [(30000, "人次", "cumulative", "港澳居民")]),
    ("自2019年以來，共服務港澳居民3萬人次。", [(30000, "人次", "cumulative", "港澳居民")]),
    ("至今已批出资助合共约98万港元。", [(980000, "港元", "cumulative", None)]),
    ("至今已批出資助合共約98萬港元。", [(980000, "港元", "cumulative", None)]),
    ("截至2024年6月底共服务港澳居民5万人次。", [(50000, "人次", "cumulative", "港澳居民")]),  # up to
    ("截至2024年6月底共服務港澳居民5萬人次。", [(50000, "人次", "cumulative", "港澳居民")]),
    ("卫生委员会再次确认，全市共有医生120名。", [(120, "名", "actual", None)]),  # 会 of a body
    ("衞生委員會再次確認，全港共有醫生120名。", [(120, "名", "actual", None)]),
    # CHANGE: a short noun may stand between the verb and its figure; 多出 is a change, 缩短 a decline
    ("全市新增床位600张。", [(600, "张", "change", None)]),
    ("全市新增牀位600張。", [(600, "张", "change", None)]),
    ("上半年新引进高层次医学人才138名。", [(138, "名", "change", None)]),
    ("上半年新引進高層次醫學人才138名。", [(138, "名", "change", None)]),
    ("远程会诊较前年的1720宗多出930宗。", [(1720, "宗", "actual", None), (930, "宗", "change", None)]),
    ("遠程會診較前年的1720宗多出930宗。", [(1720, "宗", "actual", None), (930, "宗", "change", None)]),
    ("轮候时间缩短约一半。", [(-50, "percent", "rate_of_change", None)]),
    ("輪候時間縮短約一半。", [(-50, "percent", "rate_of_change", None)]),
    # COMPARED: a comparison ending the clause states a rate of change, 低 a negative one
    ("该院次均门诊费用约260元，较在港求诊私家医生低约七成。",
     [(260, "元", "actual", None), (-70, "percent", "rate_of_change", None)]),
    ("該院次均門診費用約260元，較在港求診私家醫生低約七成。",
     [(260, "元", "actual", None), (-70, "percent", "rate_of_change", None)]),
    ("该院门诊量比上年高两成。", [(20, "percent", "rate_of_change", None)]),
    ("該院門診量比上年高兩成。", [(20, "percent", "rate_of_change", None)]),
    ("比重较高的是深圳，占45%。", [(45, "percent", "actual", None)]),  # no comparison of it
    # BREAKDOWN: a part of a change is a change, a part of a level a level
    ("上半年新引进高层次医学人才138名，其中来自港澳的26名。",
     [(138, "名", "change", None), (26, "名", "change", None)]),
    ("上半年新引進高層次醫學人才138名，當中來自港澳的26名。",
     [(138, "名", "change", None), (26, "名", "change", None)]),
    ("全市床位6000张，其中ICU床位50张。", [(6000, "张", "actual", None), (50, "张", "actual", None)]),
    # a time named after a 自…以来 clause ends the running total; averages and durations are
    # levels (AVERAGES)
    ("该院自去年投入服务以来，服务量稳步上升，2023全年门诊逾18万人次，住院病人约4300人次，平均住院日为6.9天。",
     [(180000, "人次", "actual", None), (4300, "人次", "actual", None), (6.9, "天", "actual", None)]),
    ("該院自去年投入服務以來，服務量穩步上升，2023全年門診逾18萬人次，住院病人約4300人次，平均住院日為6.9天。",
     [(180000, "人次", "actual", None), (4300, "人次", "actual", None), (6.9, "天", "actual", None)]),
    # the two values of a before -> after pair are levels, in a running total's sentence too
    ("自2023年12月开诊以来，床位由首期的600张增至1200张。",
     [(600, "张", "actual", None), (1200, "张", "actual", None)]),
    ("自2023年12月開診以來，牀位由首期的600張增至1200張。",
     [(600, "张", "actual", None), (1200, "张", "actual", None)]),
    # the scheme as a noun after a 'now' word is no plan (NOT_PLANNED: 为计划)
    ("截至六月底，医管局为计划支付的资助款项约2.45亿港元。", [(245_000_000, "港元", "actual", None)]),
    ("截至六月底，醫管局為計劃支付的資助款項約2.45億港元。", [(245_000_000, "港元", "actual", None)]),
    # what a building will hold once it stands; 已经 after it states a level
    ("新院区建成后可提供床位1200张。", [(1200, "张", "planned", None)]),
    ("新院區建成後可提供牀位1200張。", [(1200, "张", "planned", None)]),
    ("新院区2019年建成后，已经服务患者120万人次。", [(1_200_000, "人次", "actual", None)]),
    ("新院區2019年建成後，已經服務患者120萬人次。", [(1_200_000, "人次", "actual", None)]),
    # a figure of a year after the article's (2024) is a target, with or without a plan word
    ("到2027年，全市床位达到5万张。", [(50000, "张", "planned", None)]),
    ("到2027年，全市牀位達到5萬張。", [(50000, "张", "planned", None)]),
    ("2023年全市床位5万张。", [(50000, "张", "actual", None)]),
    # the group an earlier clause of the sentence names is counted (subject or object of service)
    ("港澳居民参加医保后，住院报销比例最高可达90%。", [(90, "percent", "actual", "港澳居民")]),
    ("港澳居民參加醫保後，住院報銷比例最高可達90%。", [(90, "percent", "actual", "港澳居民")]),
    ("为澳门居民提供诊疗服务，共3200人次。", [(3200, "人次", "actual", "澳门居民")]),
    ("為澳門居民提供診療服務，共3200人次。", [(3200, "人次", "actual", "澳门居民")]),
    # the group after a phrase ending with 的; 非本地居民 is no 本地居民; 跨境学童
    ("目前约有3400名居于横琴的澳门居民领取养老金。", [(3400, "名", "actual", "澳门居民")]),
    ("目前約有3400名居於橫琴的澳門居民領取養老金。", [(3400, "名", "actual", "澳门居民")]),
    # … however long the phrase before 的 (a place's full name)
    ("目前约有3400名居于横琴粤澳深度合作区的澳门居民领取养老金。", [(3400, "名", "actual", "澳门居民")]),
    ("目前約有3400名居於橫琴粵澳深度合作區的澳門居民領取養老金。", [(3400, "名", "actual", "澳门居民")]),
    ("非本地居民就诊1.2万人次。", [(12000, "人次", "actual", "非本地居民")]),
    ("非本地居民就診1.2萬人次。", [(12000, "人次", "actual", "非本地居民")]),
    ("该市为跨境学童接种疫苗3200剂次。", [(3200, "剂次", "actual", "跨境学童")]),
    ("該市為跨境學童接種疫苗3200劑次。", [(3200, "剂次", "actual", "跨境学童")]),
    # groups as the article writes them: 病人 apart from 患者, 港长者 are 香港长者, 港澳孕产妇
    ("医管局接收香港病人432名。", [(432, "名", "actual", "香港病人")]),
    ("醫管局接收香港病人432名。", [(432, "名", "actual", "香港病人")]),
    ("北上安老港长者增至逾千人。", [(1000, "人", "actual", "香港长者")]),
    ("北上安老港長者增至逾千人。", [(1000, "人", "actual", "香港长者")]),
    ("一季度为港澳孕产妇建档312人。", [(312, "人", "actual", "港澳孕产妇")]),
    ("一季度為港澳孕產婦建檔312人。", [(312, "人", "actual", "港澳孕产妇")]),
    ("全区在管高血压患者6.72万人。", [(67200, "人", "actual", "高血压患者")]),
    ("全區在管高血壓患者6.72萬人。", [(67200, "人", "actual", "高血压患者")]),
    # SHORT_ORIGINS: 港 of Hong Kong's press before a profession is 香港; not after a verb of
    # going there (赴港) nor in 本港 (the place's own staff: its entity)
    ("今年共有300名港医生获准在内地执业。", [(300, "名", "actual", "香港医生")]),
    ("今年共有300名港醫生獲准在內地執業。", [(300, "名", "actual", "香港医生")]),
    ("今年赴港医生300名。", [(300, "名", "actual", None)]),
    ("今年赴港醫生300名。", [(300, "名", "actual", None)]),
    ("本港注册医生共有16820名。", [(16820, "名", "actual", None)]),
    ("本港註冊醫生共有16820名。", [(16820, "名", "actual", None)]),
    # PROFESSION_KINDS: 注册 between origin and profession
    ("该院目前聘有香港注册医生19名。", [(19, "名", "actual", "香港注册医生")]),
    ("該院目前聘有香港註冊醫生19名。", [(19, "名", "actual", "香港注册医生")]),
    # NAMES_NOTHING: a figure naming nothing it counts takes no group from earlier clauses
    ("该直通车服务澳门居民，每日开出12班次。", [(12, "班次", "actual", None)]),
    ("該直通車服務澳門居民，每日開出12班次。", [(12, "班次", "actual", None)]),
    # … nor one carried from the figure before it
    ("该直通车今年接载澳门居民5600人次，每日开出12班次。",
     [(5600, "人次", "actual", "澳门居民"), (12, "班次", "actual", None)]),
    ("該直通車今年接載澳門居民5600人次，每日開出12班次。",
     [(5600, "人次", "actual", "澳门居民"), (12, "班次", "actual", None)]),
    # SHARE_OF: a share counts the part named before 占, else the whole after it
    ("其中，澳门居民2.51万人，约占全市港澳参保人员的九成。",
     [(25100, "人", "actual", "澳门居民"), (90, "percent", "actual", "澳门居民")]),
    ("其中，澳門居民2.51萬人，約佔全市港澳參保人員的九成。",
     [(25100, "人", "actual", "澳门居民"), (90, "percent", "actual", "澳门居民")]),
    ("南沙区参保人数占全市港澳参保人员的近四成。", [(40, "percent", "actual", "港澳居民")]),
    ("南沙區參保人數佔全市港澳參保人員的近四成。", [(40, "percent", "actual", "港澳居民")]),
    # the insured of a scheme are the residents they are; groups joined by 及 stay one group
    ("港澳参保人在深就医直接结算逾8万人次。", [(80000, "人次", "actual", "港澳居民")]),
    ("港澳參保人在深就醫直接結算逾8萬人次。", [(80000, "人次", "actual", "港澳居民")]),
    # … the insured of a scheme named between (港澳城乡居民参保人)
    ("港澳城乡居民参保人在穗住院结算2,914人次。", [(2914, "人次", "actual", "港澳居民")]),
    ("港澳城鄉居民參保人在穗住院結算2,914人次。", [(2914, "人次", "actual", "港澳居民")]),
    # an enumeration's item that names a group of its own counts it (男性及女性…分别为)
    ("2024年全市男性和女性人均预期寿命分别为80.1岁、85.2岁。",
     [(80.1, "岁", "actual", "男性"), (85.2, "岁", "actual", "女性")]),
    ("2024年全市男性和女性人均預期壽命分別為80.1歲、85.2歲。",
     [(80.1, "岁", "actual", "男性"), (85.2, "岁", "actual", "女性")]),
    # AGED: people counted by an age of 60 or 65 and over are the elderly
    ("在该院覆诊的病人中，65岁或以上人士占约55%。", [(55, "percent", "actual", "长者")]),
    ("在該院覆診的病人中，六十五歲或以上人士佔約55%。", [(55, "percent", "actual", "长者")]),
    ("全市60岁以上老年人约12万人。", [(120000, "人", "actual", "老年人")]),
    ("全市60歲以上老年人約12萬人。", [(120000, "人", "actual", "老年人")]),
    # SAME_SENTENCE: a clause after ； goes on about the group of the one before it; after a
    # full stop it does not
    ("今年港澳居民在该院求诊4.2万人次；该院日均约120人次。",
     [(42000, "人次", "actual", "港澳居民"), (120, "人次", "actual", "港澳居民")]),
    ("今年港澳居民在該院求診4.2萬人次；該院日均約120人次。",
     [(42000, "人次", "actual", "港澳居民"), (120, "人次", "actual", "港澳居民")]),
    ("今年港澳居民在该院求诊4.2万人次。该院日均约120人次。",
     [(42000, "人次", "actual", "港澳居民"), (120, "人次", "actual", None)]),
    # an enumeration's items that name no group (places) keep the group carried to them
    ("今年港澳居民就诊12.8万人次。其中深圳、广州分别为5.1万人次、3.2万人次。",
     [(128000, "人次", "actual", "港澳居民"), (51000, "人次", "actual", "港澳居民"),
      (32000, "人次", "actual", "港澳居民")]),
    ("今年港澳居民就診12.8萬人次。其中深圳、廣州分別為5.1萬人次、3.2萬人次。",
     [(128000, "人次", "actual", "港澳居民"), (51000, "人次", "actual", "港澳居民"),
      (32000, "人次", "actual", "港澳居民")]),
    # PROFESSIONS: collective staff words (医疗专业人员, 医学人才); a list of professions closed
    # by 等 and a collective word is the collective word of the list's origin
    ("全市共有澳门医生及护士等医疗专业人员120名，比上年增加30名。",
     [(120, "名", "actual", "澳门医疗专业人员"), (30, "名", "change", "澳门医疗专业人员")]),
    ("全市共有澳門醫生及護士等醫療專業人員120名，比上年增加30名。",
     [(120, "名", "actual", "澳门医疗专业人员"), (30, "名", "change", "澳门医疗专业人员")]),
    ("该区明年计划引进香港医学人才15名。", [(15, "名", "planned", "香港医学人才")]),
    ("該區明年計劃引進香港醫學人才15名。", [(15, "名", "planned", "香港医学人才")]),
    # DISTRIBUTIVE, ORIGIN_UNIONS: staff of one profession counted by origin, then distributed
    # over places with 分别: the parts are of the union of the origins
    ("本市有香港护士30名、澳门护士12名，集中在甲区和乙区，分别为25名和17名。",
     [(30, "名", "actual", "香港护士"), (12, "名", "actual", "澳门护士"),
      (25, "名", "actual", "港澳护士"), (17, "名", "actual", "港澳护士")]),
    ("本市有香港護士30名、澳門護士12名，集中在甲區和乙區，分別為25名和17名。",
     [(30, "名", "actual", "香港护士"), (12, "名", "actual", "澳门护士"),
      (25, "名", "actual", "港澳护士"), (17, "名", "actual", "港澳护士")]),
    # CHANGE_PHRASE_OPENERS: a headline's phrase opening on a change (同比增长两成) is the change of
    # the figure of the phrase before, of its group; a phrase naming a subject of its own is not
    ("珠海澳门居民参保人数突破2万　同比增长两成\n\n正文。",
     [(20000, "人", "actual", "澳门居民"), (20, "percent", "rate_of_change", "澳门居民")]),
    ("珠海澳門居民參保人數突破2萬　同比增長兩成\n\n正文。",
     [(20000, "人", "actual", "澳门居民"), (20, "percent", "rate_of_change", "澳门居民")]),
    ("珠海澳门居民参保人数突破2万　医院床位增长两成\n\n正文。",
     [(20000, "人", "actual", "澳门居民"), (20, "percent", "rate_of_change", None)]),
    # a time taken (缩短至10分钟) names no group and leaves the one its sentence counts for the
    # parts after 其中
    ("全年为港澳居民办理业务3,200件，平均用时缩短至10分钟。其中甲区、乙区分别为1,100件和900件。",
     [(3200, "件", "actual", "港澳居民"), (10, "分钟", "actual", None),
      (1100, "件", "actual", "港澳居民"), (900, "件", "actual", "港澳居民")]),
    ("全年為港澳居民辦理業務3,200件，平均用時縮短至10分鐘。其中甲區、乙區分別為1,100件和900件。",
     [(3200, "件", "actual", "港澳居民"), (10, "分钟", "actual", None),
      (1100, "件", "actual", "港澳居民"), (900, "件", "actual", "港澳居民")]),
    # UNNAMED_GROUPS: bare 病人 are the article's one fuller group of them (香港病人), else no
    # group, and the group named before them stands
    ("医管局接收香港病人120名。转送的病人主要来自深圳，人数为80名。",
     [(120, "名", "actual", "香港病人"), (80, "名", "actual", "香港病人")]),
    ("醫管局接收香港病人120名。轉送的病人主要來自深圳，人數為80名。",
     [(120, "名", "actual", "香港病人"), (80, "名", "actual", "香港病人")]),
    ("澳门居民直通车开通以来，累计接载病人及陪同人士逾300人次。",
     [(300, "人次", "cumulative", "澳门居民")]),
    ("澳門居民直通車開通以來，累計接載病人及陪同人士逾300人次。",
     [(300, "人次", "cumulative", "澳门居民")]),
    ("该院接诊病人3.2万人次。", [(32000, "人次", "actual", None)]),
    ("該院接診病人3.2萬人次。", [(32000, "人次", "actual", None)]),
    # PER_HEAD_BASE, SAME_BELOW: the base of a per-head rate holds for its own sentence, for the
    # rest of the text only with （下同）; a per-head rate takes no group of another figure
    ("按常住人口计算，每千人口床位数4.2张。每千人口执业医师3.1人。",
     [(4.2, "per_1k", "actual", "常住人口"), (3.1, "per_1k", "actual", None)]),
    ("按常住人口計算，每千人口床位數4.2張。每千人口執業醫師3.1人。",
     [(4.2, "per_1k", "actual", "常住人口"), (3.1, "per_1k", "actual", None)]),
    ("按常住人口计算（下同），每千人口床位数4.2张。每千人口执业医师3.1人。",
     [(4.2, "per_1k", "actual", "常住人口"), (3.1, "per_1k", "actual", "常住人口")]),
    ("按常住人口計算（下同），每千人口床位數4.2張。每千人口執業醫師3.1人。",
     [(4.2, "per_1k", "actual", "常住人口"), (3.1, "per_1k", "actual", "常住人口")]),
    ("全区常住人口签约率达40%，每千人口执业医师达到3.5名。",
     [(40.0, "percent", "actual", "常住人口"), (3.5, "per_1k", "actual", None)]),
    ("全區常住人口簽約率達40%，每千人口執業醫師達到3.5名。",
     [(40.0, "percent", "actual", "常住人口"), (3.5, "per_1k", "actual", None)]),
    ("旅客及外籍人士急诊求诊约3.4万人次，按年上升12%。",
     [(34000, "人次", "actual", "旅客和外籍人士"), (12, "percent", "rate_of_change", "旅客和外籍人士")]),
    ("旅客及外籍人士急診求診約3.4萬人次，按年上升12%。",
     [(34000, "人次", "actual", "旅客和外籍人士"), (12, "percent", "rate_of_change", "旅客和外籍人士")]),
    # 外籍人员 are 外籍人士 (the foreign nationals a scheme enrols)
    ("在本市就业的外籍人员参保820人。", [(820, "人", "actual", "外籍人士")]),
    ("在本市就業的外籍人員參保820人。", [(820, "人", "actual", "外籍人士")]),
    # pupils by their school (中小学生, 小学生, 中学生) and children before school (幼儿)
    ("本学年为3.2万名中小学生体检，小学生龋齿率为21.5%，幼儿及小学生约占七成。",
     [(32000, "名", "actual", "中小学生"), (21.5, "percent", "actual", "小学生"),
      (70, "percent", "actual", "幼儿和小学生")]),
    ("本學年為3.2萬名中小學生體檢，小學生齲齒率為21.5%，幼兒及小學生約佔七成。",
     [(32000, "名", "actual", "中小学生"), (21.5, "percent", "actual", "小学生"),
      (70, "percent", "actual", "幼儿和小学生")]),
    # CONDITION_GROUPS: patients by their condition, as written; not whose bare 病人 are
    ("该站转运病人410宗，其中危重病人96名、创伤患者31名。",
     [(410, "宗", "actual", None), (96, "名", "actual", "危重病人"), (31, "名", "actual", "创伤患者")]),
    ("該站轉運病人410宗，其中危重病人96名、創傷患者31名。",
     [(410, "宗", "actual", None), (96, "名", "actual", "危重病人"), (31, "名", "actual", "创伤患者")]),
    # … and the elderly on social security (综援长者), a kind of 长者, not whose bare 长者 are
    ("综援长者方面，社署共接获申请120宗。香港长者500名入住院舍，当中长者约八成居于深圳。",
     [(120, "宗", "actual", "综援长者"), (500, "名", "actual", "香港长者"), (80, "percent", "actual", "香港长者")]),
    ("綜援長者方面，社署共接獲申請120宗。香港長者500名入住院舍，當中長者約八成居於深圳。",
     [(120, "宗", "actual", "综援长者"), (500, "名", "actual", "香港长者"), (80, "percent", "actual", "香港长者")]),
    # groups of an origin, a district, a registration or an age for a vaccine (POPULATIONS)
    ("香港孕产妇在该院分娩120人。全区居民人均预期寿命82.5岁。",
     [(120, "人", "actual", "香港孕产妇"), (82.5, "岁", "actual", "全区居民")]),
    ("香港孕產婦在該院分娩120人。全區居民人均預期壽命82.5歲。",
     [(120, "人", "actual", "香港孕产妇"), (82.5, "岁", "actual", "全区居民")]),
    ("户籍居民人均预期寿命81.2岁，适龄儿童疫苗接种率达98%。",
     [(81.2, "岁", "actual", "户籍居民"), (98, "percent", "actual", "适龄儿童")]),
    ("戶籍居民人均預期壽命81.2歲，適齡兒童疫苗接種率達98%。",
     [(81.2, "岁", "actual", "户籍居民"), (98, "percent", "actual", "适龄儿童")]),
    # a count of live births counts newborns; children below an age as written (CHILDREN_UNDER);
    # the key groups of public-health services (重点人群)
    ("去年全市活产数5.21万人，比上年减少4.6%。",
     [(52100, "人", "actual", "新生儿"), (-4.6, "percent", "rate_of_change", "新生儿")]),
    ("去年全市活產數5.21萬人，比上年減少4.6%。",
     [(52100, "人", "actual", "新生儿"), (-4.6, "percent", "rate_of_change", "新生儿")]),
    ("孕产妇系统管理率为97%，6岁以下儿童健康管理率为93.5%。",
     [(97, "percent", "actual", "孕产妇"), (93.5, "percent", "actual", "6岁以下儿童")]),
    ("孕產婦系統管理率為97%，六歲以下兒童健康管理率為93.5%。",
     [(97, "percent", "actual", "孕产妇"), (93.5, "percent", "actual", "6岁以下儿童")]),
    ("全区居民签约率为40%，重点人群签约率为80%。",
     [(40, "percent", "actual", "全区居民"), (80, "percent", "actual", "重点人群")]),
    ("全區居民簽約率為40%，重點人群簽約率為80%。",
     [(40, "percent", "actual", "全区居民"), (80, "percent", "actual", "重点人群")]),
    # SCHEME_HOLDERS: an article naming 长者医疗券 counts its holders in a clause on the scheme's
    # use, and its bare 长者 are those holders; a rate of the scheme's processing counts no one
    ("长者医疗券计划扩至佛山。该院上月共录得1,050人次使用医疗券，涉及金额约46万港元。",
     [(1050, "人次", "actual", "香港长者"), (460000, "港元", "actual", "香港长者")]),
    ("長者醫療券計劃擴至佛山。該院上月共錄得1,050人次使用醫療券，涉及金額約46萬港元。",
     [(1050, "人次", "actual", "香港长者"), (460000, "港元", "actual", "香港长者")]),
    ("长者医疗券可在该院使用，求诊长者约1,200人。", [(1200, "人", "actual", "香港长者")]),
    ("長者醫療券可在該院使用，求診長者約1,200人。", [(1200, "人", "actual", "香港长者")]),
    # … or that names the holders with the scheme's use (香港长者可使用医疗券); its claims too
    ("香港长者可使用医疗券。该院上月处理申报约2,300宗。", [(2300, "宗", "actual", "香港长者")]),
    ("香港長者可使用醫療券。該院上月處理申報約2,300宗。", [(2300, "宗", "actual", "香港长者")]),
    # GROUP_PREFIXES: 受访 between 的 and the group after a figure
    ("调查访问了800名居于深圳的受访澳门居民。", [(800, "名", "actual", "澳门居民")]),
    ("調查訪問了800名居於深圳的受訪澳門居民。", [(800, "名", "actual", "澳门居民")]),
    # the girls of an age for a vaccine; the households of a group are of the group
    ("为适龄女生免费接种HPV疫苗3.2万剂次。", [(32000, "剂次", "actual", "适龄女生")]),
    ("為適齡女生免費接種HPV疫苗3.2萬劑次。", [(32000, "剂次", "actual", "适龄女生")]),
    ("该站已签约港澳家庭310户。", [(310, "户", "actual", "港澳居民")]),
    ("該站已簽約港澳家庭310戶。", [(310, "户", "actual", "港澳居民")]),
    # GROUP_HEADS: groups of a list written with their head noun once (高血压、糖尿病患者)
    ("全区高血压、糖尿病患者规范管理率分别为70.5%和68.2%。",
     [(70.5, "percent", "actual", "高血压患者"), (68.2, "percent", "actual", "糖尿病患者")]),
    ("全區高血壓、糖尿病患者規範管理率分別為70.5%和68.2%。",
     [(70.5, "percent", "actual", "高血压患者"), (68.2, "percent", "actual", "糖尿病患者")]),
    # PER_HEAD_BEFORE: the base written inside a per-head rate is its unit, not whom it counts
    ("全区床位8,200张，每千常住人口医疗卫生机构床位4.6张。",
     [(8200, "张", "actual", None), (4.6, "per_1k", "actual", None)]),
    ("全區床位8,200張，每千常住人口醫療衛生機構床位4.6張。",
     [(8200, "张", "actual", None), (4.6, "per_1k", "actual", None)]),
    # ALIKE: the group the counted are likened to is not theirs
    ("澳门居民参加医保每人每年缴费380元，与本市户籍居民同等享受补助，补助每人每年650元。",
     [(380, "元", "actual", "澳门居民"), (650, "元", "actual", "澳门居民")]),
    ("澳門居民參加醫保每人每年繳費380元，與本市戶籍居民同等享受補助，補助每人每年650元。",
     [(380, "元", "actual", "澳门居民"), (650, "元", "actual", "澳门居民")]),
    # NOT_PLANNED: a scheme named or done (先导计划, 全计划, 按计划, 评估计划去年…) and places
    # set aside (预留予) are no plans; PLANNED: what is expected (料破)
    ("（先导计划）上半年共提供诊症服务约1.2万人次。", [(12000, "人次", "actual", None)]),
    ("（先導計劃）上半年共提供診症服務約1.2萬人次。", [(12000, "人次", "actual", None)]),
    ("按计划，政府每月为每名长者支付约5,000港元。", [(5000, "港元", "actual", "长者")]),
    ("按計劃，政府每月為每名長者支付約5,000港元。", [(5000, "港元", "actual", "长者")]),
    ("中心的健康评估计划去年完成筛查1,800人。", [(1800, "人", "actual", None)]),
    ("中心的健康評估計劃去年完成篩查1,800人。", [(1800, "人", "actual", None)]),
    ("院舍预留予香港长者的床位共90张。", [(90, "张", "actual", None)]),
    ("院舍預留予香港長者的床位共90張。", [(90, "张", "actual", None)]),
    # PLANNED: a time to come named relatively (下月, 明年) makes a change or a level a plan
    ("医院下月新增病床80张。", [(80, "张", "planned", None)]),
    ("醫院下月新增牀位80張。", [(80, "张", "planned", None)]),
    ("中心明年增至12间。", [(12, "间", "planned", None)]),
    ("中心明年增至12間。", [(12, "间", "planned", None)]),
    # NOT_PLANNED: a scheme named by what it does or where (转介计划, 服务计划, 广东计划) or
    # taken as the way in (经计划) is no plan
    ("该院上半年经跨境转介计划接收病人共380名。", [(380, "名", "actual", None)]),
    ("該院上半年經跨境轉介計劃接收病人共380名。", [(380, "名", "actual", None)]),
    ("院舍照顾服务计划下半年新增床位120张。", [(120, "张", "change", None)]),
    ("院舍照顧服務計劃下半年新增牀位120張。", [(120, "张", "change", None)]),
    ("长者经计划入住认可院舍共820名。", [(820, "名", "actual", "长者")]),
    ("長者經計劃入住認可院舍共820名。", [(820, "名", "actual", "长者")]),
    ("领取广东计划津贴者约1.2万人。", [(12000, "人", "actual", None)]),
    ("領取廣東計劃津貼者約1.2萬人。", [(12000, "人", "actual", None)]),
    # … a screening programme by name, what it found so far (筛查计划, 计划至今), planned
    # immunisation (计划免疫), places reserved now (预留床位), a growth's noun before 为 (增幅为)
    ("大肠癌筛查计划至今共录得阳性个案约9.8万宗。", [(98000, "宗", "cumulative", None)]),
    ("大腸癌篩查計劃至今共錄得陽性個案約9.8萬宗。", [(98000, "宗", "cumulative", None)]),
    ("儿童计划免疫接种率维持在95%以上。", [(95, "percent", "actual", "儿童")]),
    ("兒童計劃免疫接種率維持在95%以上。", [(95, "percent", "actual", "儿童")]),
    ("中心现有床位620张，其中预留床位160张。", [(620, "张", "actual", None), (160, "张", "actual", None)]),
    ("中心現有牀位620張，其中預留牀位160張。", [(620, "张", "actual", None), (160, "张", "actual", None)]),
    ("入住长者增至214人，增幅为54.0%。", [(214, "人", "actual", "长者"), (54.0, "percent", "rate_of_change", "长者")]),
    ("入住長者增至214人，增幅為54.0%。", [(214, "人", "actual", "长者"), (54.0, "percent", "rate_of_change", "长者")]),
    # ENUMERATION with no items before 分别: its values share the words up to the first of them
    ("每千人口执业医师3.1名、注册护士3.6名，分别比上年提高0.2名和0.3名。",
     [(3.1, "per_1k", "actual", None), (3.6, "per_1k", "actual", None),
      (0.2, "per_1k", "change", None), (0.3, "per_1k", "change", None)]),
    ("每千人口執業醫師3.1名、註冊護士3.6名，分別比上年提高0.2名和0.3名。",
     [(3.1, "per_1k", "actual", None), (3.6, "per_1k", "actual", None),
      (0.2, "per_1k", "change", None), (0.3, "per_1k", "change", None)]),
    # a level after a running total of something else is a level; a part of it (其中) a total
    ("药品累计达40种，覆盖全市的25家医院。", [(40, "种", "cumulative", None), (25, "家", "actual", None)]),
    ("藥品累計達40種，覆蓋全市的25家醫院。", [(40, "种", "cumulative", None), (25, "家", "actual", None)]),
    ("累计有80名港澳医师，其中香港医师52名。",
     [(80, "名", "cumulative", "港澳医师"), (52, "名", "cumulative", "香港医师")]),
    ("累計有80名港澳醫師，其中香港醫師52名。",
     [(80, "名", "cumulative", "港澳医师"), (52, "名", "cumulative", "香港医师")]),
    # FORMER_LEVEL: the former level a plan starts from is a level (由原来的…, 由最初的…)
    ("新院区启用后，床位将由原来的500张增至800张。", [(500, "张", "actual", None), (800, "张", "planned", None)]),
    ("新院區啟用後，牀位將由原來的500張增至800張。", [(500, "张", "actual", None), (800, "张", "planned", None)]),
    ("计划明年把服务窗口由最初的3个增至6个。", [(3, "个", "actual", None), (6, "个", "planned", None)]),
    ("計劃明年把服務窗口由最初的3個增至6個。", [(3, "个", "actual", None), (6, "个", "planned", None)]),
    # SINCE_THEN: a sum done since an event its sentence names is a running total
    ("中心与医院签署协议后，已为企业提供咨询服务共85宗。", [(85, "宗", "cumulative", None)]),
    ("中心與醫院簽署協議後，已為企業提供諮詢服務共85宗。", [(85, "宗", "cumulative", None)]),
    ("跨境转运个案年内料破500宗。", [(500, "宗", "planned", None)]),
    ("跨境轉運個案年內料破500宗。", [(500, "宗", "planned", None)]),
    # UP_TO_SUM: a sum done for someone up to a date (共为…接种) is a running total
    ("截至6月底，中心共为长者接种2,400剂次。", [(2400, "剂次", "cumulative", "长者")]),
    ("截至6月底，中心共為長者接種2,400劑次。", [(2400, "剂次", "cumulative", "长者")]),
    # SUM_LISTED: the items listed after such a sum (…，分别为…) are running totals too
    ("截至5月底，中心共为长者接种1,500剂次，分别为900剂次和600剂次。",
     [(1500, "剂次", "cumulative", "长者"), (900, "剂次", "cumulative", "长者"), (600, "剂次", "cumulative", "长者")]),
    ("截至5月底，中心共為長者接種1,500劑次，分別為900劑次和600劑次。",
     [(1500, "剂次", "cumulative", "长者"), (900, "剂次", "cumulative", "长者"), (600, "剂次", "cumulative", "长者")]),
    # SINCE_START: a flow done since a start named with 起 (今年起…，已…) is a running total
    ("该院今年起开设夜间门诊，已服务市民3,200人次。", [(3200, "人次", "cumulative", None)]),
    ("該院今年起開設夜間門診，已服務市民3,200人次。", [(3200, "人次", "cumulative", None)]),
    # CHANGE: a time cut (缩短约30分钟) is a change, negative
    ("新流程较以往缩短约30分钟。", [(-30, "分钟", "change", None)]),
    ("新流程較以往縮短約30分鐘。", [(-30, "分钟", "change", None)]),
    # NOT_SCHEME / NOT_PLANNED: a scheme's name (参加…计划的, 试验计划) is no plan
    ("参加安老计划的院舍合共提供床位800张。", [(800, "张", "actual", None)]),
    ("參加安老計劃的院舍合共提供牀位800張。", [(800, "张", "actual", None)]),
    ("试验计划每月向每名长者提供3,000元。", [(3000, "元", "actual", "长者")]),
    ("試驗計劃每月向每名長者提供3,000元。", [(3000, "元", "actual", "长者")]),
    # POPULATIONS: live births counted as such (活产婴儿, 出生人口) are the newborns; BORN: births
    # counted where they happened (医院出生800名); WHOLE_POPULATION_RATES: a birth rate counts none
    ("全市去年共有活产婴儿3,400名，比上年减少120名。",
     [(3400, "名", "actual", "新生儿"), (-120, "名", "change", "新生儿")]),
    ("全市去年共有活產嬰兒3,400名，比上年減少120名。",
     [(3400, "名", "actual", "新生儿"), (-120, "名", "change", "新生儿")]),
    ("按出生地点统计，市人民医院出生800名，妇幼保健院出生约600名。",
     [(800, "名", "actual", "新生儿"), (600, "名", "actual", "新生儿")]),
    ("按出生地點統計，市人民醫院出生800名，婦幼保健院出生約600名。",
     [(800, "名", "actual", "新生儿"), (600, "名", "actual", "新生儿")]),
    ("全区出生人口9,800人，出生率为8.2‰。",
     [(9800, "人", "actual", "新生儿"), (8.2, "per_mille", "actual", None)]),
    ("全區出生人口9,800人，出生率為8.2‰。",
     [(9800, "人", "actual", "新生儿"), (8.2, "per_mille", "actual", None)]),
    ("去年低出生体重婴儿共150名，占活产总数的5.1%。",
     [(150, "名", "actual", "低出生体重婴儿"), (5.1, "percent", "actual", "低出生体重婴儿")]),
    ("去年低出生體重嬰兒共150名，佔活產總數的5.1%。",
     [(150, "名", "actual", "低出生体重婴儿"), (5.1, "percent", "actual", "低出生体重婴儿")]),
    # POPULATIONS: the residents of a care home as written (安老院舍院友, 院友), not the elderly
    ("全港安老院舍院友的流感疫苗接种率达85%。", [(85, "percent", "actual", "安老院舍院友")]),
    ("全港安老院舍院友的流感疫苗接種率達85%。", [(85, "percent", "actual", "安老院舍院友")]),
    ("外展队已到院舍接种，院友接种率逾七成。", [(70, "percent", "actual", "院友")]),
    ("外展隊已到院舍接種，院友接種率逾七成。", [(70, "percent", "actual", "院友")]),
    # DATELINE_BEFORE_SPACE: the space after 本报讯 breaks no headline: a pp change of its sentence
    # is of the level's group
    ("本报讯 记者从市医保局获悉，签约的香港居民达2万人，签约率为31.5%，比去年同期提高4.2个百分点。",
     [(20000, "人", "actual", "香港居民"), (31.5, "percent", "actual", "香港居民"),
      (4.2, "pp", "change", "香港居民")]),
    ("本報訊 記者從市醫保局獲悉，簽約的香港居民達2萬人，簽約率為31.5%，比去年同期提高4.2個百分點。",
     [(20000, "人", "actual", "香港居民"), (31.5, "percent", "actual", "香港居民"),
      (4.2, "pp", "change", "香港居民")]),
    # PARENTS_OF: a group named as the parents (母亲为香港居民的) is not whom a share counts
    ("全区活产婴儿共2,400名，其中母亲为香港居民的占12.5%。",
     [(2400, "名", "actual", "新生儿"), (12.5, "percent", "actual", "新生儿")]),
    ("全區活產嬰兒共2,400名，其中母親為香港居民的佔12.5%。",
     [(2400, "名", "actual", "新生儿"), (12.5, "percent", "actual", "新生儿")]),
    # GROUP_AFTER_LINKS: the group after 予 a figure's phrase is set aside for
    ("该院将预留不少于两成病床予香港居民使用。", [(20, "percent", "planned", "香港居民")]),
    ("該院將預留不少於兩成病牀予香港居民使用。", [(20, "percent", "planned", "香港居民")]),
    # AS_WRITTEN: children and adults named bare as who a count is of, not in a name (儿童医院)
    ("上月共录得成人肺炎个案120宗，儿童个案35宗。",
     [(120, "宗", "actual", "成人"), (35, "宗", "actual", "儿童")]),
    ("上月共錄得成人肺炎個案120宗，兒童個案35宗。",
     [(120, "宗", "actual", "成人"), (35, "宗", "actual", "儿童")]),
    ("0-3岁儿童系统管理率为92.4%。", [(92.4, "percent", "actual", "儿童")]),
    ("0-3歲兒童系統管理率為92.4%。", [(92.4, "percent", "actual", "儿童")]),
    ("市儿童医院去年门诊量210万人次。", [(2_100_000, "人次", "actual", None)]),
    ("市兒童醫院去年門診量210萬人次。", [(2_100_000, "人次", "actual", None)]),
    ("区内成人教育学校共12所。", [(12, "所", "actual", None)]),
    ("今年完成人数达1.2万人。", [(12000, "人", "actual", None)]),
    ("今年完成人數達1.2萬人。", [(12000, "人", "actual", None)]),
    # LOW_BIRTH_WEIGHT: babies counted by a birth weight under 2,500 grams are the low-birth-weight
    # babies, whatever is said of them before the noun; the rate of low birth weight is of all
    # the newborns
    ("全院出生体重低于2500克的港籍新生儿40例，低出生体重发生率为4.6%。",
     [(40, "例", "actual", "低出生体重婴儿"), (4.6, "percent", "actual", "新生儿")]),
    ("全院出生體重低於2,500克的港籍新生兒40例，低出生體重發生率為4.6%。",
     [(40, "例", "actual", "低出生体重婴儿"), (4.6, "percent", "actual", "新生儿")]),
    ("出生体重不足2500克的婴儿占活产婴儿的6.1%。", [(6.1, "percent", "actual", "低出生体重婴儿")]),
    ("出生體重不足2500克的嬰兒佔活產嬰兒的6.1%。", [(6.1, "percent", "actual", "低出生体重婴儿")]),
    # past_period: what was planned for a period its sentence names, ended by publication, is done
    ("2023-24年度计划拨款约2,000万元，共安排300名医护人员参与交流。",
     [(20_000_000, "元", "actual", None), (300, "名", "actual", None)]),
    ("2023-24年度計劃撥款約2,000萬元，共安排300名醫護人員參與交流。",
     [(20_000_000, "元", "actual", None), (300, "名", "actual", None)]),
    ("我局将力争每千人口执业医师数由2023年的2.31名提高到2.45名。",
     [(2.31, "per_1k", "actual", None), (2.45, "per_1k", "planned", None)]),
    ("我局將力爭每千人口執業醫師數由2023年的2.31名提高到2.45名。",
     [(2.31, "per_1k", "actual", None), (2.45, "per_1k", "planned", None)]),
    # OWN_CLAUSE_GROUP: a time taken counts the group of its own clause only; STAYS: a stay is of
    # the patients counted before it
    ("中心为港澳居民办理业务3,000件，平均办结时间缩短至3个工作日。",
     [(3000, "件", "actual", "港澳居民"), (3, "工作日", "actual", None)]),
    ("中心為港澳居民辦理業務3,000件，平均辦結時間縮短至3個工作日。",
     [(3000, "件", "actual", "港澳居民"), (3, "工作日", "actual", None)]),
    ("该院收治港澳居民住院1,200人次，平均住院日6.8天。",
     [(1200, "人次", "actual", "港澳居民"), (6.8, "天", "actual", "港澳居民")]),
    ("該院收治港澳居民住院1,200人次，平均住院日6.8天。",
     [(1200, "人次", "actual", "港澳居民"), (6.8, "天", "actual", "港澳居民")]),
    # FOR_STAFF: staff a service is done for or paid to are who its figures count (满1年, a span
    # asked of them, is no figure)
    ("区政府对在区内执业满1年的港澳医师，给予最高10万元的安家补贴。",
     [(100000, "元", "actual", "港澳医师")]),
    ("區政府對在區內執業滿1年的港澳醫師，給予最高10萬元的安家補貼。",
     [(100000, "元", "actual", "港澳医师")]),
    ("去年共为香港医生发放补贴12人次、合计90万元。",
     [(12, "人次", "actual", "香港医生"), (900000, "元", "actual", "香港医生")]),
    ("去年共為香港醫生發放補貼12人次、合計90萬元。",
     [(12, "人次", "actual", "香港医生"), (900000, "元", "actual", "香港医生")]),
    # ALIKE: the people a figure is reckoned on (按常住人口计算) are counted by none of its figures
    ("全区卫生支出10亿元；按年末常住人口计算，人均卫生支出1,800元。",
     [(1_000_000_000, "元", "actual", None), (1800, "元", "actual", None)]),
    ("全區衛生支出10億元；按年末常住人口計算，人均衛生支出1,800元。",
     [(1_000_000_000, "元", "actual", None), (1800, "元", "actual", None)]),
    # the patients of a clinic for a group (港澳门诊) are of the group
    ("该院港澳门诊上半年接诊约3.9万人次，同比增长40.6%。",
     [(39000, "人次", "actual", "港澳居民"), (40.6, "percent", "rate_of_change", "港澳居民")]),
    ("該院港澳門診上半年接診約3.9萬人次，同比增長40.6%。",
     [(39000, "人次", "actual", "港澳居民"), (40.6, "percent", "rate_of_change", "港澳居民")]),
    # the diaspora of a home town (港澳乡亲), in a clinic's name too
    ("该院港澳乡亲门诊全年接诊3,200人次，人均费用160元。",
     [(3200, "人次", "actual", "港澳乡亲"), (160, "元", "actual", "港澳乡亲")]),
    ("該院港澳鄉親門診全年接診3,200人次，人均費用160元。",
     [(3200, "人次", "actual", "港澳乡亲"), (160, "元", "actual", "港澳乡亲")]),
    # 孕妇 and 产妇 as written, bare or with an origin or residents' group (KINDS_OF_RESIDENTS)
    ("卫生站为孕妇提供检查5,000人次。", [(5000, "人次", "actual", "孕妇")]),
    ("衛生站為孕婦提供檢查5,000人次。", [(5000, "人次", "actual", "孕妇")]),
    ("中心为澳门居民孕妇提供产检1,200人次。", [(1200, "人次", "actual", "澳门居民孕妇")]),
    ("中心為澳門居民孕婦提供產檢1,200人次。", [(1200, "人次", "actual", "澳门居民孕妇")]),
    ("该院去年为300名香港孕妇接生。", [(300, "名", "actual", "香港孕妇")]),
    ("該院去年為300名香港孕婦接生。", [(300, "名", "actual", "香港孕妇")]),
    ("医院为港澳居民产妇完成分娩86例。", [(86, "例", "actual", "港澳居民产妇")]),
    ("醫院為港澳居民產婦完成分娩86例。", [(86, "例", "actual", "港澳居民产妇")]),
    # inpatients, pupils and the young of an origin as written (KINDS_OF_ORIGIN); inpatients of
    # a residents' group stay the residents, and a bare 病人 is never the inpatients
    ("该院收治香港住院患者320人次。", [(320, "人次", "actual", "香港住院患者")]),
    ("該院收治澳門住院病人320人次。", [(320, "人次", "actual", "澳门住院病人")]),
    ("该院收治澳门居民住院患者320人次。", [(320, "人次", "actual", "澳门居民")]),
    ("区内为港籍中小学生完成体检2,100人次。", [(2100, "人次", "actual", "港籍中小学生")]),
    ("區內為港籍中小學生完成體檢2,100人次。", [(2100, "人次", "actual", "港籍中小学生")]),
    ("门诊部为港澳青年提供服务900人次。", [(900, "人次", "actual", "港澳青年")]),
    ("門診部為香港青年提供服務900人次。", [(900, "人次", "actual", "香港青年")]),
    # items naming their own group, one of a type (2型糖尿病患者), sharing the last item's head
    ("辖区在管高血压、2型糖尿病患者分别为1.2万人和6,300人。",
     [(12000, "人", "actual", "高血压患者"), (6300, "人", "actual", "2型糖尿病患者")]),
    ("轄區在管高血壓、2型糖尿病患者分別為1.2萬人和6,300人。",
     [(12000, "人", "actual", "高血压患者"), (6300, "人", "actual", "2型糖尿病患者")]),
    ("全区登记严重精神障碍患者2,150人。", [(2150, "人", "actual", "严重精神障碍患者")]),
    ("全區登記嚴重精神障礙患者2,150人。", [(2150, "人", "actual", "严重精神障碍患者")]),
    # the babies born (出生的婴儿) are the newborns; the base of a per-head rate written with its
    # counter (每千名活产婴儿, per mille) is no group: the rate's own group (婴儿死亡率) counts
    ("全年出生的婴儿中，在该院出生的有1,460名。", [(1460, "名", "actual", "新生儿")]),
    ("全年出生的嬰兒中，在該院出生的有1,460名。", [(1460, "名", "actual", "新生儿")]),
    ("全年婴儿死亡率为每千名活产婴儿1.9。", [(1.9, "per_mille", "actual", "婴儿")]),
    ("全年嬰兒死亡率為每千名活產嬰兒1.9。", [(1.9, "per_mille", "actual", "婴儿")]),
    # the earlier value of a pair in a plan (EARLIER_OF_PAIR) is the level now; the later one planned
    ("中心计划把夜诊时间由每周8小时延长至16小时。",
     [(8, "小时", "actual", None), (16, "小时", "planned", None)]),
    ("中心計劃把夜診時間由每周8小時延長至16小時。",
     [(8, "小时", "actual", None), (16, "小时", "planned", None)]),
    ("门诊新个案800人，当中青少年占三成。", [(800, "人", "actual", None), (30, "percent", "actual", "青少年")]),
    ("門診新個案800人，當中青少年佔三成。", [(800, "人", "actual", None), (30, "percent", "actual", "青少年")]),
    # an estimate of a level now, its figure right after 估计约 / 估计有, is a level, no plan
    ("居于江门的澳门居民估计约1.8万人。", [(18000, "人", "actual", "澳门居民")]),
    ("居於江門的澳門居民估計約1.8萬人。", [(18000, "人", "actual", "澳门居民")]),
    ("机构估计今年全年服务可能超过5万人次。", [(50000, "人次", "planned", None)]),
    # added (再添, 新添, 增添): a change
    ("南山区今年再添3家社康中心。", [(3, "家", "change", None)]),
    ("南山區今年再添3家社康中心。", [(3, "家", "change", None)]),
    ("该院新添病床80张。", [(80, "张", "change", None)]),
    ("該院新添病床80張。", [(80, "张", "change", None)]),
    # patients by their condition, as written (CONDITION_GROUPS)
    ("通道转诊病人150宗，其中急重症病人占约四成。",
     [(150, "宗", "actual", None), (40, "percent", "actual", "急重症病人")]),
    ("通道轉診病人150宗，其中急重症病人佔約四成。",
     [(150, "宗", "actual", None), (40, "percent", "actual", "急重症病人")]),
    # the insured patients are the residents they are; the needy a medical-aid scheme pays for
    ("港澳参保患者在定点医疗机构结算16.4万人次。", [(164000, "人次", "actual", "港澳居民")]),
    ("港澳參保患者在定點醫療機構結算16.4萬人次。", [(164000, "人次", "actual", "港澳居民")]),
    ("全年资助困难群众参保2.08万人。", [(20800, "人", "actual", "困难群众")]),
    ("全年資助困難群眾參保2.08萬人。", [(20800, "人", "actual", "困难群众")]),
    # 比 of 比例 opens no comparison (报销比例最高达90%: a rate at most, no rise)
    ("住院报销比例最高达90%。", [(90, "percent", "actual", None)]),
    ("住院報銷比例最高達90%。", [(90, "percent", "actual", None)]),
    ("全年救治危重孕产妇214例。", [(214, "例", "actual", "危重孕产妇")]),
    ("全年救治危重孕產婦214例。", [(214, "例", "actual", "危重孕产妇")]),
    # mothers and sick children of an origin as written (KINDS_OF_ORIGIN: 港澳籍孕产妇, 港澳籍患儿)
    ("该院接诊港澳籍患儿约1.4万人次。", [(14000, "人次", "actual", "港澳籍患儿")]),
    ("該院接診港澳籍患兒約1.4萬人次。", [(14000, "人次", "actual", "港澳籍患儿")]),
    ("全年为港澳籍孕产妇分娩183例。", [(183, "例", "actual", "港澳籍孕产妇")]),
    ("全年為港澳籍孕產婦分娩183例。", [(183, "例", "actual", "港澳籍孕产妇")]),
    # NOT_PLANNED / PLANNED_LEAD: a capacity planned is its own figure's plan, not the next one's
    ("新院区规划床位1,500张，首期开放床位800张。", [(1500, "张", "planned", None), (800, "张", "actual", None)]),
    ("新院區規劃牀位1,500張，首期開放牀位800張。", [(1500, "张", "planned", None), (800, "张", "actual", None)]),
    ("新院区规划设置床位1,200张，其中首期开放600张。", [(1200, "张", "planned", None), (600, "张", "actual", None)]),
    ("新院區規劃設置牀位1,200張，其中首期開放600張。", [(1200, "张", "planned", None), (600, "张", "actual", None)]),
    ("新院区预计明年启用，首期开放床位600张。", [(600, "张", "planned", None)]),
    ("新院區預計明年啟用，首期開放牀位600張。", [(600, "张", "planned", None)]),
    # FROM_START_TO: a sum from a start up to a day is a running total
    ("试点自去年7月推出至今年3月底，共转介病人2,180名。", [(2180, "名", "cumulative", None)]),
    ("試點自去年7月推出至今年3月底，共轉介病人2,180名。", [(2180, "名", "cumulative", None)]),
    # NOT_PLANNED: a place holding 将 (将军澳) and the scheme's participants are no plans
    ("将军澳医院的内科病床占用率为119%。", [(119, "percent", "actual", None)]),
    ("將軍澳醫院的內科病床佔用率為119%。", [(119, "percent", "actual", None)]),
    ("计划参与者方面，私人医疗单位增至1,173间。", [(1173, "间", "actual", None)]),
    ("計劃參與者方面，私人醫療單位增至1,173間。", [(1173, "间", "actual", None)]),
    # COUNTED_RESIDENTS: residents counted bare are the article's one fuller group of residents
    ("衞生局向每名合资格澳门居民发放医疗券，全年共有约42.3万名居民使用医疗券。",
     [(423000, "名", "actual", "澳门居民")]),
    ("衞生局向每名合資格澳門居民發放醫療券，全年共有約42.3萬名居民使用醫療券。",
     [(423000, "名", "actual", "澳门居民")]),
    # … and none where the article names no residents of a place
    ("全年共有约42.3万名居民使用医疗券。", [(423000, "名", "actual", None)]),
    ("全年共有約42.3萬名居民使用醫療券。", [(423000, "名", "actual", None)]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:16] for c in CASES])
def test_status_sign_and_population(text, expected):
    assert meaning(text) == expected


@pytest.mark.parametrize("word", _cues.PLANNED)
def test_every_planning_word_makes_a_plan(word):
    assert status_of("beds", "张", f"医院{word}新增床位", f"医院{word}新增床位", False) == "planned"


@pytest.mark.parametrize("word", _cues.NOT_PLANNED)
def test_words_that_only_look_like_plans_do_not(word):
    assert status_of("beds", "张", f"{word}床位", "床位", False) == "actual"


@pytest.mark.parametrize("word", _cues.NOW)
def test_a_now_word_after_a_plan_states_a_level(word):
    assert status_of("beds", "张", f"计划扩建，{word}床位", "床位", False) == "actual"


@pytest.mark.parametrize("word", _cues.CHANGE)
def test_every_change_word_makes_a_change(word):
    assert status_of("beds", "张", f"床位比上年{word}", f"床位比上年{word}", False) == "change"


@pytest.mark.parametrize("word", _cues.RATE_OF_CHANGE)
def test_every_rate_word_makes_a_rate_of_change(word):
    before = f"门诊量{word}"
    assert status_of("share", "percent", before, before, False) == "rate_of_change"


@pytest.mark.parametrize("word", _cues.CUMULATIVE)
def test_every_running_total_word_makes_a_total(word):
    assert status_of("patient_visits", "人次", f"{word}接诊", f"{word}接诊", False) == "cumulative"


@pytest.mark.parametrize("word", [w for w in _cues.DECLINE if w in _cues.RATE_OF_CHANGE])
def test_every_decline_word_makes_a_rate_negative(word):
    assert signed(3.2, None, "rate_of_change", f"门诊量同比{word}") == (-3.2, None)


def test_a_declining_range_stays_in_order():
    assert signed(10, 20, "change", "床位减少") == (-20, -10)


@pytest.mark.parametrize("name, forms", list(_cues.POPULATIONS.items()))
def test_every_population_form_names_its_group_in_simplified_form(name, forms):
    for form in forms:
        assert population_of("patients", f"为{form}", "", "") == name, form
        assert population_of("patients", "", f"{form}提供", "") == name, form


@pytest.mark.parametrize("scheme, group", list(_cues.SCHEME_HOLDERS.items()))
def test_a_scheme_s_holders_are_a_group_of_the_population_table(scheme, group):
    from analysis.folding import to_simplified
    assert to_simplified(group) in _cues.POPULATIONS
    assert scheme_holders(f"可使用{scheme}。") == to_simplified(group)


def test_the_aged_are_a_group_of_the_population_table():
    assert _cues.AGED_GROUP in _cues.POPULATIONS


def test_the_born_are_a_group_of_the_population_table():
    assert _cues.BORN_GROUP in _cues.POPULATIONS


def test_the_low_birth_weight_are_a_group_of_the_population_table():
    assert _cues.LOW_BIRTH_WEIGHT_GROUP in _cues.POPULATIONS


def test_staff_and_things_count_no_population():
    assert population_of("beds", "港澳居民可用", "", "") is None
    assert population_of("doctors", "为港澳居民服务的", "", "") is None
    assert population_of("doctors", "", "香港醫師", "") == "香港医师"
    assert population_of("nurses", "引进港澳籍", "护士", "") is None  # 籍 and 护士 apart


@pytest.mark.parametrize("before, after, run, group", [
    # NAME_QUOTES: staff named inside a quoted name are the name's, not the sentence's subject
    ("其中在广州执业的为", "", "持有「港澳台医师执业证书」的香港医生共400名，其中在广州执业的为",
     "香港医生"),
    ("其中在廣州執業的為", "", "持有「港澳台醫師執業證書」的香港醫生共400名，其中在廣州執業的為",
     "香港医生"),
    # PROFESSIONS: practitioners of Chinese medicine; NOT_AFTER_PROFESSION: not in a hospital's name
    ("", "香港注册中医", "", "香港注册中医"),
    ("", "香港註冊中醫", "", "香港注册中医"),
    ("", "香港中医医院", "", None),
    ("", "香港中醫醫院", "", None),
    # … and doctors and nurses together (医护人员)
    ("", "澳门医护人员", "", "澳门医护人员"),
    ("", "澳門醫護人員", "", "澳门医护人员"),
    # … nor a qualification or licence the staff hold: the staff who hold it are the subject
    ("比上年的", "", "取得内地医师资格的澳门医生共90名，比上年的", "澳门医生"),
    ("比上年的", "", "取得內地醫師資格的澳門醫生共90名，比上年的", "澳门医生"),
    ("", "内地医师执照", "", None),
    ("", "內地醫師執照", "", None),
])
def test_staff_are_named_as_written_outside_names(before, after, run, group):
    assert population_of("doctors", before, after, run) == group


# STAFF_GROWTH_METRICS: the growth of a count of staff is the staff's, named in its clause (a
# headline) or counted by the figure before it in its sentence
STAFF_GROWTH = [
    ("东莞澳门护士人数三年增逾两倍", [(200, "percent", "rate_of_change", "澳门护士")]),
    ("東莞澳門護士人數三年增逾兩倍", [(200, "percent", "rate_of_change", "澳门护士")]),
    ("区内执业的香港医师共64名，比上年增加20名，增长45.5%。",
     [(64, "名", "actual", "香港医师"), (20, "名", "change", "香港医师"),
      (45.5, "percent", "rate_of_change", "香港医师")]),
    ("區內執業的香港醫師共64名，比上年增加20名，增長45.5%。",
     [(64, "名", "actual", "香港医师"), (20, "名", "change", "香港医师"),
      (45.5, "percent", "rate_of_change", "香港医师")]),
]


@pytest.mark.parametrize("text, expected", STAFF_GROWTH, ids=[c[0][:12] for c in STAFF_GROWTH])
def test_the_growth_of_a_count_of_staff_is_the_staff_s(text, expected):
    assert meaning(text) == expected


@pytest.mark.parametrize("text", ["全市跨境结算量升近三成。", "全市跨境結算量升近三成。",
                                  "门诊量同比降近两成。", "門診量按年跌近兩成。"])
def test_a_rate_of_change_read_as_a_share_is_a_growth(text):
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2024, 5, 1), region=None)
    [row] = document_metrics(doc)
    assert (row["metric"], row["status"]) == ("growth", "rate_of_change")


@pytest.mark.parametrize("start, end, lead, planned", [
    (date(2027, 1, 1), date(2027, 12, 31), "到2027年，全市床位达到", True),
    (date(2027, 1, 1), date(2027, 12, 31), "到二○二七年，全港病牀增至", True),
    (date(2027, 1, 1), date(2027, 12, 31), "到二〇二七年，全港病床增至", True),
    (None, date(2026, 12, 31), "计划2026年底前建成", True),
    # a year the sentence does not name was carried from another figure: no plan of this one
    (None, date(2025, 6, 30), "截至6月底，全市指定医疗机构达到", False),
    (date(2024, 1, 1), date(2024, 12, 31), "2024年全市床位", False),  # the article's own year
])
def test_a_figure_of_a_year_to_come_that_its_sentence_names_is_planned(start, end, lead, planned):
    assert planned_period(start, end, date(2024, 5, 1), lead) is planned


@pytest.mark.parametrize("title, text", [
    ("跨境转送安排累计转送逾四百名病人", "医管局接收在深圳就医的香港病人432名。"),
    ("跨境轉送安排累計轉送逾四百名病人", "醫管局接收在深圳就醫的香港病人432名。"),
])
def test_a_title_s_bare_group_is_the_article_s(title, text):
    # UNNAMED_GROUPS: a title read as a text of its own names its bare 病人 as its article does
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2025, 11, 20), region=None,
                          title=title)
    rows = [(r["value"], r["population"]) for r in document_metrics(doc)]
    assert rows == [(400, "香港病人"), (432, "香港病人")]


@pytest.mark.parametrize("title, text", [
    ("穗港跨境转诊一年多 转诊患者破千人次", "医院累计接收香港转诊患者1,046人次。"),
    ("穗港跨境轉診一年多 轉診患者破千人次", "醫院累計接收香港轉診患者1,046人次。"),
])
def test_a_headline_s_next_phrase_names_no_group_of_the_figure_before_it(title, text):
    # UNNAMED_GROUPS: bare 转诊患者 are the article's 香港转诊患者; a headline's phrase (一年多)
    # takes no group from the next phrase
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2024, 6, 26), region=None,
                          title=title)
    rows = [(r["value"], r["population"]) for r in document_metrics(doc)]
    assert rows == [(1, None), (1000, "香港转诊患者"), (1046, "香港转诊患者")]


def metrics_and_statuses(text: str) -> list[tuple[str, float, str]]:
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2024, 5, 1), region=None)
    return [(r["metric"], r["value"], r["status"]) for r in document_metrics(doc)]


# SECTION_HEADING, PLAN_SECTIONS: a numbered heading naming targets or tasks makes the figures of
# its section plans, up to the next numbered heading (工作基础, 保障措施: no plans)
SECTIONS = [
    (("一、工作基础\n全市现有医院20家，床位6,200张。\n二、重点任务\n新增床位500张，引进护士300名。\n"
     "三、保障措施\n全市医保基金结余12亿元。"),
     [("institutions", 20, "actual"), ("beds", 6200, "actual"), ("planned_beds", 500, "planned"),
      ("nurses", 300, "planned"), ("amount", 1.2e9, "actual")]),
    (("一、工作基礎\n全市現有醫院20家，床位6,200張。\n二、重點任務\n新增床位500張，引進護士300名。\n"
     "三、保障措施\n全市醫保基金結餘12億元。"),
     [("institutions", 20, "actual"), ("beds", 6200, "actual"), ("planned_beds", 500, "planned"),
      ("nurses", 300, "planned"), ("amount", 1.2e9, "actual")]),
    # … where a 'now' word still states a level: the earlier value of the pair
    ("二、主要目标\n推动定点医院由目前的40家增至60家。",
     [("institutions", 40, "actual"), ("institutions", 60, "planned")]),
    ("二、主要目標\n推動定點醫院由目前的40家增至60家。",
     [("institutions", 40, "actual"), ("institutions", 60, "planned")]),
    # the earlier value of a planned pair is the level the plan starts from (and beds now are
    # no planned beds)
    ("全市每千人口床位数将由4.2张提高至4.6张。",
     [("beds_per_1k", 4.2, "actual"), ("beds_per_1k", 4.6, "planned")]),
    ("全市每千人口牀位數將由4.2張提高至4.6張。",
     [("beds_per_1k", 4.2, "actual"), ("beds_per_1k", 4.6, "planned")]),
    ("医院计划将病床由600张增至900张。", [("beds", 600, "actual"), ("planned_beds", 900, "planned")]),
    ("醫院計劃將病床由600張增至900張。", [("beds", 600, "actual"), ("planned_beds", 900, "planned")]),
    # … a 'now' level too, and in a plan for next year (明年: no year of the earlier value)
    ("医院计划明年把床位由现时的600张增至800张，医生由120名增至150名。",
     [("beds", 600, "actual"), ("planned_beds", 800, "planned"), ("doctors", 120, "actual"),
      ("doctors", 150, "planned")]),
    ("醫院計劃明年把牀位由現時的600張增至800張，醫生由120名增至150名。",
     [("beds", 600, "actual"), ("planned_beds", 800, "planned"), ("doctors", 120, "actual"),
      ("doctors", 150, "planned")]),
    # … but not an earlier value of a year to come its clause names
    ("预计到2027年，床位将由2026年的900张增至1,200张。",
     [("planned_beds", 900, "planned"), ("planned_beds", 1200, "planned")]),
    ("預計到2027年，牀位將由2026年的900張增至1,200張。",
     [("planned_beds", 900, "planned"), ("planned_beds", 1200, "planned")]),
]


@pytest.mark.parametrize("text, expected", SECTIONS, ids=[c[0][:12] for c in SECTIONS])
def test_plan_sections_and_the_level_a_plan_starts_from(text, expected):
    assert metrics_and_statuses(text) == expected


# a headline restating the body's running total of a flow (rounded) is that running total; a
# stock it restates stays a level
HEADLINES = [
    ("南山医院国际门诊服务港澳患者超5万人次\n该院国际门诊自2021年开诊以来，累计服务港澳患者5.3万人次。",
     ["cumulative", "cumulative"]),
    ("南山醫院國際門診服務港澳患者超5萬人次\n該院國際門診自2021年開診以來，累計服務港澳患者5.3萬人次。",
     ["cumulative", "cumulative"]),
    # _headline_plans: a headline stated as done that restates the body's plan is that plan
    ("试点扩展至十一间医疗机构\n试点将于下月起新增4间医疗机构，参与机构总数将增至11间。",
     ["planned", "planned", "planned"]),
    ("試點擴展至十一間醫療機構\n試點將於下月起新增4間醫療機構，參與機構總數將增至11間。",
     ["planned", "planned", "planned"]),
    ("南山医院床位增至900张\n该院自2021年开诊以来，床位由500张增至900张。",
     ["actual", "actual", "actual"]),
    ("南山醫院牀位增至900張\n該院自2021年開診以來，牀位由500張增至900張。",
     ["actual", "actual", "actual"]),
]


@pytest.mark.parametrize("text, statuses", HEADLINES, ids=[c[0][:10] for c in HEADLINES])
def test_a_headline_restating_a_running_total_is_one(text, statuses):
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2024, 5, 1), region=None)
    assert [r["status"] for r in document_metrics(doc)] == statuses


# Sentences written by hand in the styles the held-back articles score worst on (Hong Kong press,
# mainland news, insurance bureau news, statistics bulletins; both scripts), each with the metric,
# value, unit, status, population and period read off it by hand (published 2025-10-20).
STYLES = [
    # hk_press, traditional: growth in 倍 after its verb, a period of the first quarters
    ("香港醫務衞生局表示，本年首三季共有約4.6萬名香港長者在大灣區使用醫療券，按年增加兩倍。",
     [("patients", 46000, "名", "actual", "香港长者", "2025-01/2025-09"),
      ("growth", 200, "percent", "rate_of_change", "香港长者", "2025-01/2025-09")]),
    ("港人北上睇牙去年增長了3倍，每次收費約人民幣200元。",
     [("growth", 300, "percent", "rate_of_change", "香港居民", "2024"),
      ("unit_cost", 200, "元", "actual", "香港居民", "2024")]),
    ("今年首十個月，經深圳灣口岸北上求診的長者約8.2萬人次，按年上升逾五成。",
     [("patient_visits", 82000, "人次", "actual", "长者", "2025-01/2025-10"),
      ("growth", 50, "percent", "rate_of_change", "长者", "2025-01/2025-10")]),
    ("去年全年，港大深圳醫院接待香港病人逾32萬人次，日均約880人次，較前年增長近一倍。",
     [("patient_visits", 320000, "人次", "actual", "香港病人", "2024"),
      ("daily_visits", 880, "人次", "actual", "香港病人", "2024"),
      ("growth", 100, "percent", "rate_of_change", "香港病人", "2024")]),
    # insurance bureau news: enrolment at a point and its change, settlements of a span
    ("截至今年9月底，在江門參加城鄉居民醫保的港澳居民有5,230人，較去年底增加812人。",
     [("insurance_enrolment", 5230, "人", "actual", "港澳居民", "2025-09-30"),
      ("insurance_increase", 812, "人", "change", "港澳居民", "2025-09-30")]),
    ("据统计，今年1至8月，东莞市港澳居民异地就医直接结算2.4万人次，同比增长35.2%，医保基金支付1,860万元。",
     [("patient_visits", 24000, "人次", "actual", "港澳居民", "2025-01/2025-08"),
      ("growth", 35.2, "percent", "rate_of_change", "港澳居民", "2025-01/2025-08"),
      ("amount", 18_600_000, "元", "actual", "港澳居民", "2025-01/2025-08")]),
    # a multiple reached: a ratio in 倍, of the period of its figure, not of its baseline
    ("今年前三季度，珠海市为澳门居民办理医保结算4.3万人次，是去年同期的1.6倍。",
     [("patient_visits", 43000, "人次", "actual", "澳门居民", "2025-01/2025-09"),
      ("growth", 1.6, "倍", "rate_of_change", "澳门居民", "2025-01/2025-09")]),
    ("今年前三季度，珠海市為澳門居民辦理醫保結算4.3萬人次，是去年同期的1.6倍。",
     [("patient_visits", 43000, "人次", "actual", "澳门居民", "2025-01/2025-09"),
      ("growth", 1.6, "倍", "rate_of_change", "澳门居民", "2025-01/2025-09")]),
    # the insured listed after 分别为: enrolment (ENROLLED_LEAD)
    ("截至2025年6月底，參保港澳居民中，香港居民和澳門居民分別為2.1萬人和1.3萬人。",
     [("insurance_enrolment", 21000, "人", "actual", "香港居民", "2025-06-30"),
      ("insurance_enrolment", 13000, "人", "actual", "澳门居民", "2025-06-30")]),
    # statistics bulletins: stocks at the year's end, rates of the year
    ("2024年末，全市共有醫療衞生機構4,215個，比上年末增加126個；衞生技術人員9.8萬人，增長5.1%。",
     [("institutions", 4215, "个", "actual", None, "2024-12-31"),
      ("institutions", 126, "个", "change", None, "2024-12-31"),
      ("staff", 98000, "人", "actual", None, "2024-12-31"),
      ("growth", 5.1, "percent", "rate_of_change", None, "2024-12-31")]),
    ("2024年全市孕产妇死亡率为5.2/10万，婴儿死亡率为1.8‰。",
     [("mortality_rate", 5.2, "per_100k", "actual", "孕产妇", "2024"),
      ("mortality_rate", 1.8, "per_mille", "actual", "婴儿", "2024")]),
    ("2023年，全省医疗卫生机构总诊疗人次达9.1亿，比上年增长8.4%。",
     [("patient_visits", 910_000_000, "人次", "actual", None, "2023"),
      ("growth", 8.4, "percent", "rate_of_change", None, "2023")]),
    # mainland news: a running total since a start, a plan with its deadline
    ("该院“港澳药械通”自2021年8月启用以来，累计使用港澳药品器械1,250例，惠及患者980人。",
     [("cases", 1250, "例", "cumulative", None, "2021-08/2025-10-20"),
      ("patients", 980, "人", "cumulative", None, "2021-08/2025-10-20")]),
    ("该院计划2026年底前将床位增至1,500张，并新增港澳居民服务站2个。",
     [("planned_beds", 1500, "张", "planned", None, "2026-12-31"),
      ("facilities", 2, "个", "planned", None, "2026-12-31")]),
    ("截至2025年6月底，南沙区累计引进港澳医师132名，其中香港医师96名。",
     [("doctors", 132, "名", "cumulative", "港澳医师", "2025-06-30"),
      ("doctors", 96, "名", "cumulative", "香港医师", "2025-06-30")]),
    # groups as Macao's and Hong Kong's own press name them (本澳居民, 本港居民), and children and
    # students by where they are from
    ("去年本澳居民赴內地就醫的人次約為95萬，較前年增加三成。",
     [("patient_visits", 950000, "人次", "actual", "澳门居民", "2024"),
      ("growth", 30, "percent", "rate_of_change", "澳门居民", "2024")]),
    ("去年本港居民经罗湖口岸北上求医约48万人次。",
     [("patient_visits", 480000, "人次", "actual", "香港居民", "2024")]),
    ("该中心今年已服务港澳儿童860人次。", [("patient_visits", 860, "人次", "actual", "港澳儿童", "2025")]),
    ("該中心今年已服務澳門兒童860人次。", [("patient_visits", 860, "人次", "actual", "澳门儿童", "2025")]),
    # an attachment list: its numbering is furniture, no figure
    ("附件：1.2025年跨境醫療服務機構名單\n2.“灣區通辦”服務指南", []),
]


@pytest.mark.parametrize("text, expected", STYLES, ids=[t[:16] for t, _ in STYLES])
def test_sentences_in_the_weak_styles(text, expected):
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2025, 10, 20), region=None)
    got = [(r["metric"], r["value"], r["unit"], r["status"], r["population"], r["period"])
           for r in document_metrics(doc)]
    assert got == [(m, pytest.approx(v), u, s, p, per) for m, v, u, s, p, per in expected], got


@pytest.mark.parametrize("title, text", [
    ("医院港澳求诊增三成　下月起接受香港长者医疗券", "该院今年接诊港澳居民门诊6.4万人次，较去年同期增加31.6%。"),
    ("醫院港澳求診增三成　下月起接受香港長者醫療券", "該院今年接診港澳居民門診6.4萬人次，較去年同期增加31.6%。"),
])
def test_a_headline_s_next_phrase_names_no_scheme_use_of_the_figure_before_it(title, text):
    # first_phrase: the scheme of the headline's next phrase is not this figure's; the figure,
    # rounded (增三成 for 31.6%), counts whom the body figure it restates counts
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2026, 11, 19), region=None,
                          title=title)
    rows = [(r["value"], r["population"]) for r in document_metrics(doc)]
    assert rows == [(30, "港澳居民"), (64000, "港澳居民"), (31.6, "港澳居民")]


@pytest.mark.parametrize("title, text", [
    ("中心首季服务逾八千人次", "该中心今年第一季为澳门居民提供门诊服务8,312人次。"),
    ("中心首季服務逾八千人次", "該中心今年第一季為澳門居民提供門診服務8,312人次。"),
])
def test_a_headline_figure_naming_no_group_counts_whom_the_body_figure_it_restates_counts(
        title, text):
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2026, 4, 10), region=None,
                          title=title)
    rows = [(r["value"], r["population"]) for r in document_metrics(doc)]
    assert rows == [(8000, "澳门居民"), (8312, "澳门居民")]


@pytest.mark.parametrize("title, text", [
    ("该院港澳患者增至3,200人次", "2025年，该院收治港澳住院患者3,200人次。"),
    ("該院港澳患者增至3,200人次", "2025年，該院收治港澳住院患者3,200人次。"),
])
def test_a_headline_figure_takes_the_kin_metric_of_the_body_figure_it_restates(title, text):
    # HEADLINE_KIN: the headline's 港澳患者增至3,200人次 reads as visits; the body's 收治港澳住院
    # 患者3,200人次 says they are admissions: one count, the body's fuller label
    doc = SimpleNamespace(doc_id="t", text=text, published=date(2026, 1, 10), region=None,
                          title=title)
    rows = [(r["value"], r["metric"]) for r in document_metrics(doc)]
    assert rows == [(3200, "admissions"), (3200, "admissions")]
