"""The rules of analysis/_rules/labels.py, one table case per pattern, each run in simplified characters
and on a traditional copy (OpenCC s2hk: 醫生, 牀位, 兩間, 個): the rules read text folded to
simplified, so both must give the same rows. Expected values are worked out by hand."""

from __future__ import annotations

import math
from functools import lru_cache
from types import SimpleNamespace

import pytest

from analysis.folding import to_simplified
from analysis.ingest import read_document
from analysis.metrics import document_metrics

opencc = pytest.importorskip("opencc")


@lru_cache(maxsize=1)
def _to_traditional():
    return opencc.OpenCC("s2hk")


def rows_of(text: str) -> list[tuple]:
    doc = SimpleNamespace(doc_id="t", text=text, published=None, region=None)
    return [(r["metric"], r["value"], r["value_high"], r["unit"], r["qualifier"])
            for r in document_metrics(doc)]


def in_script(text: str, script: str) -> str:
    return text if script == "simplified" else _to_traditional().convert(text)


P = "percent"
# (pattern of analysis/_rules/labels.py, text, rows: metric, value, value_high, unit, qualifier)
CASES = [
    ("SIGNED_COUNT: a signed-up count named before a change pair", "全区家庭医生签约人数由2023年的61.8万人增至67.5万人。",
     [("patients", 618000, None, "人", "exact"), ("patients", 675000, None, "人", "exact")]),
    ("SIGNED_COUNT: a registering service's count", "为居民提供家庭医生登记服务的累计人数达29.6万人。",
     [("patients", 296000, None, "人", "exact")]),
    ("SIGNED_COUNT, NO_STAFF_AFTER: the doctors signed stay doctors", "签约人数达到12名医生。",
     [("doctors", 12, None, "名", "exact")]),
    ("SIGNED_UP: 签约服务的有 N人", "接受家庭医生签约服务的有1,574人。",
     [("patients", 1574, None, "人", "exact")]),
    ("SIGNED_SERVICE: the people named between 签约 and the service", "服务中心累计签约港澳居民家庭医生服务3,420人。",
     [("patients", 3420, None, "人", "exact")]),
    ("CONVERTED_BRACKET: money converted in brackets", "个人缴费为每人每年人民币478元（约520港元）。",
     [("unit_cost", 478, None, "元", "exact"), ("unit_cost", 520, None, "港元", "approx")]),
    ("COMPARED_MONEY: money per head compared and changed", "每宗申报平均金额约610港元，较2024年的520港元增加90港元。",
     [("unit_cost", 610, None, "港元", "approx"), ("unit_cost", 520, None, "港元", "exact"),
      ("unit_cost", 90, None, "港元", "exact")]),
    ("places enumerated before one counted thing each take its words (A、B、C港澳参保人数分别为)",
     "深圳、珠海、广州港澳参保人数分别为12.7万人、9.8万人和7.6万人。",
     [("insurance_enrolment", 127000, None, "人", "exact"), ("insurance_enrolment", 98000, None, "人", "exact"),
      ("insurance_enrolment", 76000, None, "人", "exact")]),
    ("RELATIVE_AFTER: a relative clause after the figure read through its 、 to the noun",
     "计划由6月1日起新增3间位于江门、肇庆及中山的安老院为认可服务机构。",
     [("institutions", 3, None, "间", "exact")]),
    ("policies of an insurance in force or sold (保单)", "有效保单约8.6万张，另已售出逾1.5万张保单。",
     [("insurance_enrolment", 86000, None, "张", "approx"), ("insurance_enrolment", 15000, None, "张", "at_least")]),
    ("MONEY_THRESHOLD_REACHED: the spending a reward starts at is no figure", "长者使用满1,000元医疗券，可获发500元奖赏。",
     [("amount", 500, None, "元", "exact")]),
    ("a bare number before 至 and an amount in 万 is the range's low end", "肠镜检查收费约8,000至1.5万元。",
     [("unit_cost", 8000, 15000, "元", "range")]),
    ("names enumerated before what the last one counts after its name (甲医院、乙医院门急诊人次分别为)",
     "中山市人民医院、中山市中医院、中山市博爱医院门急诊人次分别为386.5万、241.2万和168.9万。",
     [("patient_visits", 3865000, None, "人次", "exact"), ("patient_visits", 2412000, None, "人次", "exact"),
      ("patient_visits", 1689000, None, "人次", "exact")]),
    ("BASE_TOPIC: a sentence opening on a rate per head as its topic", "每千常住人口床位方面，中山4.92张、惠州4.38张。",
     [("beds_per_1k", 4.92, None, "per_1k", "exact"), ("beds_per_1k", 4.38, None, "per_1k", "exact")]),
    ("BASE_TOPIC: its items with 为 and their change", "每千常住人口执业（助理）医师数，惠州为3.04人，较上年提高0.12人。",
     [("doctors_per_1k", 3.04, None, "per_1k", "exact"), ("doctors_per_1k", 0.12, None, "per_1k", "exact")]),
    ("PATIENTS: the people a clinic follows up (跟进者)", "高血压跟进者共4.28万人，糖尿病跟进者1.96万人。",
     [("patients", 42800, None, "人", "exact"), ("patients", 19600, None, "人", "exact")]),
    ("SAME_SENTENCE: a figure after ； naming nothing keeps the level's metric; NOW_OPEN: 已新增开放",
     "全市计划新增病床4,000张；一季度已新增开放1,150张。",
     [("planned_beds", 4000, None, "张", "exact"), ("beds", 1150, None, "张", "exact")]),
    ("COMPARED_BASE: a baseline named by its time keeps the level's kind", "今年完成白内障手术1,846例，比2024年的1,302例增加544例。",
     [("procedures", 1846, None, "例", "exact"), ("procedures", 1302, None, "例", "exact"),
      ("procedures", 544, None, "例", "exact")]),
    ("INSTITUTIONS: a bulletin's village clinics (村卫生室)", "全市共有村卫生室146个。",
     [("institutions", 146, None, "个", "exact")]),
    ("UNIT_PRICE: a service's fee (服务费)", "家庭医生签约服务费10元。", [("unit_cost", 10, None, "元", "exact")]),
    ("a total compared stays a total", "医保基金支出12亿元，较上年的10亿元增加2亿元。",
     [("amount", 1.2e9, None, "元", "exact"), ("amount", 1e9, None, "元", "exact"), ("amount", 2e8, None, "元", "exact")]),
    ("PATIENTS: the members a health centre registers (会员)", "长者健康中心共有登记会员约4.2万名。",
     [("patients", 42000, None, "名", "approx")]),
    ("INSTITUTIONS: Hong Kong's health centres of their own", "卫生署共设有18间长者健康中心及12间学生健康服务中心。",
     [("institutions", 18, None, "间", "exact"), ("institutions", 12, None, "间", "exact")]),
    ("a short alternative in brackets is no noun of its own (中心（站）)", "全市社区卫生服务中心（站）129个。",
     [("institutions", 129, None, "个", "exact")]),
    ("RATE_IN_SENTENCE: a percent naming nothing in a sentence of a rate", "内科病床住用率超过100%的医院中，以联合医院最高，达131%。",
     [("rate", 131, None, "percent", "exact")]),
    ("PER_1K_OF: densities after 分别 of the counts before them", "其中执业（助理）医师2.06万人、注册护士2.38万人，每千人口分别为3.37人和3.89人。",
     [("doctors", 20600, None, "人", "exact"), ("nurses", 23800, None, "人", "exact"),
      ("doctors_per_1k", 3.37, None, "per_1k", "exact"), ("nurses_per_1k", 3.89, None, "per_1k", "exact")]),
    ("UNDER_SHARE_BEFORE: a time a share is under is its threshold", "约六成求诊者的轮候时间少于30分钟。",
     [("share", 60, None, "percent", "approx")]),
    ("half after 近/逾/过 (佔近半, 过半), not half a year", "港大深圳医院占近半，过半来自深圳，近半年增加3家。",
     [("share", 50, None, "percent", "approx"), ("share", 50, None, "percent", "at_least"),
      ("institutions", 3, None, "家", "exact")]),
    ("PLAN_PLACES_AFTER: a scheme's places counted", "安老院合共提供约2,900个计划宿位。",
     [("beds", 2900, None, "个", "approx")]),
    ("RANKING: 名列 a register, no ranking", "名列医生名册的注册医生共16,874名。",
     [("doctors", 16874, None, "名", "exact")]),
    ("enumerated owners share what of them is counted (A、B及C的住院病人分别为)",
     "甲医院、乙医院及丙医院的住院病人分别为842人次、695人次及163人次。",
     [("admissions", 842, None, "人次", "exact"), ("admissions", 695, None, "人次", "exact"),
      ("admissions", 163, None, "人次", "exact")]),
    ("ADMISSION_LEAD: outpatient and inpatient visits together are visits", "门诊、住院就医结算2.91万人次。",
     [("patient_visits", 29100, None, "人次", "exact")]),
    ("ADMISSION_LEAD: admissions listed with digit groups", "住院病人分别为8,420人次、6,950人次及1,630人次。",
     [("admissions", 8420, None, "人次", "exact"), ("admissions", 6950, None, "人次", "exact"),
      ("admissions", 1630, None, "人次", "exact")]),
    ("STAFF: service and interpreting staff (服务人员, 翻译人员)", "该院配备粤语服务人员12名、英语翻译人员5名。",
     [("staff", 12, None, "名", "exact"), ("staff", 5, None, "名", "exact")]),
    ("PAID_BY_PERSON: what a resident bears (个人实际负担)", "政府资助每人350元，居民个人实际负担70元。",
     [("unit_cost", 350, None, "元", "exact"), ("unit_cost", 70, None, "元", "exact")]),
    ("PAID_BY_PERSON: a premium a year (年缴)", "港人年缴四百多元起。", [("unit_cost", 400, None, "元", "at_least")]),
    ("UNIT_PRICE: a quoted price (报价)", "做一次手术，报价约六万元。", [("unit_cost", 60000, None, "元", "approx")]),
    ("COVER_CAP: what a scheme pays one person at most (最高再支付)", "患大病的，大病保险最高再支付50万元。",
     [("unit_cost", 500000, None, "元", "at_most")]),
    ("CHANGE_OF_SUM: a sum per head changed by an amount", "每人每年保费79元，较上年度上调6元。",
     [("unit_cost", 79, None, "元", "exact"), ("unit_cost", 6, None, "元", "exact")]),
    ("money in one person's words is their price", "林先生说，他去年在深圳做手术，总费用约9,800元。",
     [("unit_cost", 9800, None, "元", "approx")]),
    ("MONEY: Cantonese dollars (蚊, 蚊港纸) in quoted speech", "林先生说，医保费「只系五百几蚊港纸」。",
     [("unit_cost", 500, None, "港元", "at_least")]),
    ("RATE_THRESHOLD_BEFORE: a rate's threshold, the rate left unsaid", "最高一日有17间医院超过120%。",
     [("institutions", 17, None, "间", "exact")]),
    ("NOT_IN_NAMES: a verb of building is no name", "去年全市新建、改扩建医院6家。",
     [("institutions", 6, None, "家", "exact")]),
    ("ENROLMENT: people insured under a policy (投保人数)", "全市投保人数达168.4万人。",
     [("insurance_enrolment", 1684000, None, "人", "exact")]),
    ("enrolments counted in 人次", "2024年度累计参保2,618万人次。",
     [("insurance_enrolment", 26180000, None, "人次", "exact")]),
    ("COVER_CAP: what a policy covers one person for at most", "年度最高保障300万元。",
     [("unit_cost", 3000000, None, "元", "at_most")]),
    ("PER_HEAD: money per claim (件均)", "件均赔付约1.5万元。", [("unit_cost", 15000, None, "元", "approx")]),
    ("MONTHLY_FEE: a fee by the month", "入住长者每月约8,200元。", [("unit_cost", 8200, None, "元", "approx")]),
    ("MONTHLY_FEE: not a body's spending by the month", "全市每月支出2亿元。",
     [("amount", 200000000, None, "元", "exact")]),
    ("PAID_BY_PERSON: what a patient spent (花了)", "他在深圳做手术花了2.3万元左右。",
     [("unit_cost", 23000, None, "元", "approx")]),
    ("ADMISSION: not before a visit word", "该院为入住长者提供门诊服务3,270人次。",
     [("patient_visits", 3270, None, "人次", "exact")]),
    ("COMPOUND_MODIFIERS: an elder-friendly room is a room", "该院专门增设了8个长者友善诊室。",
     [("facilities", 8, None, "个", "exact")]),
    ("programs noun 中医药: a field, no Chinese-medicine doctors", "今年全省将新建5个粤港澳中医药联合实验室。",
     [("facilities", 5, None, "个", "exact")]),
    ("cases: outbreaks counted in 起", "本月全省报告聚集性疫情57起，较上月增加31起。",
     [("cases", 57, None, "起", "exact"), ("cases", 31, None, "起", "exact")]),
    ("起: no counter after a year, an age or a price", "自2024年起实施，5元起。", [("amount", 5, None, "元", "exact")]),
    ("EARLIER_COMPARISON: lower than the same time last year is a decline",
     "全市报告病例数比去年同期低约三成。", [("growth", -30, None, P, "approx")]),
    ("EARLIER_COMPARISON / BELOW_EARLIER: below last year's level", "全市报告病例数低于去年同期水平约六成。",
     [("growth", -60, None, P, "approx")]),
    ("EARLIER_COMPARISON: the earlier value between, its digit group's comma no break",
     "全市报告病例1,187例，比2023年同期的2,936例低约六成。",
     [("cases", 1187, None, "例", "exact"), ("cases", 2936, None, "例", "exact"), ("growth", -60, None, P, "approx")]),
    ("EARLIER_COMPARISON: not the earlier level itself after 的", "病例占5.3%，高于上周的4.8%。",
     [("share", 5.3, None, P, "exact"), ("share", 4.8, None, P, "exact")]),
    ("COMPARISON: a comparison with another thing is no growth", "在深圳看病开支比在香港低约四成。",
     [("other", -40, None, P, "approx")]),
    ("CARE_TEAMS: family-doctor teams are programmes of care", "全区现有家庭医生团队1,146个。",
     [("programs", 1146, None, "个", "exact")]),
    ("TEAMS: a research team is no programme", "组建研发团队21个。", [("other", 21, None, "个", "exact")]),
    ("STAFF_TIMES: volunteers and control staff counted in 人次", "出动志愿者逾3万人次、防控人员1.2万人次。",
     [("staff", 30000, None, "人次", "at_least"), ("staff", 12000, None, "人次", "exact")]),
    ("INDEX: an index's bare value and its change", "布雷图指数平均值为6.8，较上周下降1.5。",
     [("rate", 6.8, None, None, "exact"), ("growth", -1.5, None, None, "exact")]),
    ("VACCINATED_AFTER: a vaccination point counted before a vaccination plan is a place",
     "将在全澳26个接种点推出新一轮接种计划。", [("facilities", 26, None, "个", "exact")]),
    ("SERVED_AFTER: people a service reaches, named before what it does for them", "为1,286名港澳居民提供服务。",
     [("patients", 1286, None, "名", "exact")]),
    ("CARE: people using drugs under a scheme", "去年有逾2万名港人透过政策在大湾区用药。",
     [("patients", 20000, None, "名", "at_least")]),
    ("RELATIVE_AFTER: the counted noun after a relative clause's 的", "全港17间设有急症室的公立医院均参与计划。",
     [("institutions", 17, None, "间", "exact")]),
    ("PLACES_COUNTED: towns and streets counted, no institutions", "目前，全区10个镇街共有社区卫生服务中心31家。",
     [("other", 10, None, "个", "exact"), ("institutions", 31, None, "家", "exact")]),
    ("CHANGE (年增) and CHANGE_OF: an enrolment's increase over a year is its increase",
     "港人在深参保人数达3.2万人，一年增近万人。",
     [("insurance_enrolment", 32000, None, "人", "exact"), ("insurance_increase", 10000, None, "人", "approx")]),
    ("DOUBLE / DOUBLED_AFTER: a count that doubled (倍增) is a growth of 100 %", "深珠医院今年接诊港人倍增。",
     [("growth", 100, None, "percent", "exact")]),
    ("DOUBLE: not a programme's name (倍增计划)", "实施人才倍增计划。", []),
    ("research_output: clinical trials counted", "两院已合作开展临床试验逾百项。",
     [("research_output", 100, None, "项", "at_least")]),
    ("REFERRED: people referred, counted bare after the verb", "医管局已转介3,110名。",
     [("patients", 3110, None, "名", "exact")]),
    ("SERVICE_POINTS: points of a service named by what is done there", "全市设社区贴敷点11个。",
     [("facilities", 11, None, "个", "exact")]),
    ("admissions: 入院人数 counted in people", "全年入院人数162.4万人。",
     [("admissions", 1624000, None, "人", "exact")]),
    ("PAID_BY_PERSON: what one person pays", "以医疗券支付一次普通科门诊，自付部分往往不足100元。",
     [("unit_cost", 100, None, "元", "at_most")]),
    ("PAID_BY_PERSON: a premium paid by one person", "她每年交医保费约800元。",
     [("unit_cost", 800, None, "元", "approx")]),
    ("PAID_BY_PERSON: not a total of fees borne by a body", "相关疫苗及诊金费用约42万元由教育局全数承担。",
     [("amount", 420000, None, "元", "approx")]),
    ("ADMISSION: admissions written 入院", "全年入院人次81.4万人次。", [("admissions", 814000, None, "人次", "exact")]),
    ("cases: ambulance trips counted in 车次", "今年1至2月，全区救护车共出车5,860车次。",
     [("cases", 5860, None, "车次", "exact")]),
    ("procedures: operations counted in 宗 (Hong Kong and Macao)", "外科全年完成手术2.31万宗。",
     [("procedures", 23100, None, "宗", "exact")]),
    ("CHANGE_OF_RATE: a change right after a rate per head is of that rate",
     "每千常住人口医疗卫生机构床位4.02张，比上年增加0.17张。",
     [("beds_per_1k", 4.02, None, "per_1k", "exact"), ("beds_per_1k", 0.17, None, "per_1k", "exact")]),
    ("FACILITIES: delivery rooms (产房) counted in 间", "该院计划年内新增家庭化产房6间。",
     [("facilities", 6, None, "间", "exact")]),
    ("LIST_NOUNS: values after 分别为 each naming its own item keep their own labels",
     "参与计划的医疗人员共1,436名，其中分别为西医612名、中医455名及护士203名。",
     [("staff", 1436, None, "名", "exact"), ("doctors", 612, None, "名", "exact"),
      ("doctors", 455, None, "名", "exact"), ("nurses", 203, None, "名", "exact")]),
    ("STAFF_TIMES: health workers counted in 人次 right after their noun", "今年交流的医护人员共268人次。",
     [("staff", 268, None, "人次", "exact")]),
    ("STAFF: clerks (职员)", "中心现有职员15名。", [("staff", 15, None, "名", "exact")]),
    ("FACILITIES: practice points (执业点, 备案点)", "全市港澳医师执业备案点12个。", [("facilities", 12, None, "个", "exact")]),
    ("QUOTA: appointment slots (专家号)", "每日预留专家号40个。", [("other", 40, None, "个", "exact")]),
    ("CHANGE_THEN_LEVEL: a change and the level it reached are two figures, no range",
     "全院床位增加120张至960张。", [("beds", 120, None, "张", "exact"), ("beds", 960, None, "张", "exact")]),
    ("VOUCHER_USE_AFTER: people counted right before their use of a voucher", "2022年仅5,913人用券。",
     [("patients", 5913, None, "人", "exact")]),
    ("CARE: residents using vouchers", "已有约22.6万名居民使用医疗券。", [("patients", 226000, None, "名", "approx")]),
    ("SCREENED: people counted right after the screening they had", "今年完成初筛6万人，宫颈癌筛查3.12万人。",
     [("patients", 60000, None, "人", "exact"), ("patients", 31200, None, "人", "exact")]),
    ("SCREENING_SENTENCE: people of a screening programme's sentence naming no one", "大肠癌筛查计划参加者突破100万人。",
     [("patients", 1000000, None, "人", "at_least")]),
    ("CARE: women given a test in a screening scheme", "去年共为约8.6万名妇女进行子宫颈细胞检验。",
     [("patients", 86000, None, "名", "approx")]),
    ("IN_CARE: people in care homes, counted by their staying or being looked after",
     "院舍照顾的有612名，其中新入住的有57名。",
     [("patients", 612, None, "名", "exact"), ("patients", 57, None, "名", "exact")]),
    ("PATIENTS: care homes' residents (院友)", "院友约有270名。", [("patients", 270, None, "名", "approx")]),
    ("SIGNED_DOCTOR: people signed up with a family doctor", "签约家庭医生的有328人。",
     [("patients", 328, None, "人", "exact")]),
    ("SIGNED_AFTER: people counted before their signing up", "已有1,268人签约家庭医生。",
     [("patients", 1268, None, "人", "exact")]),
    ("POPULATION: the old people of a city as its population (老年人口)", "户籍老年人口28.63万人。",
     [("population", 286300, None, "人", "exact")]),
    ("STAFF: the workers of a sector (从业人员)", "养老服务从业人员4,215人。",
     [("staff", 4215, None, "人", "exact")]),
    ("PROCEDURE_WORDS: procedures a department counts in 例", "卒中中心开展静脉溶栓312例，完成肠镜1,562例。",
     [("procedures", 312, None, "例", "exact"), ("procedures", 1562, None, "例", "exact")]),
    ("ADMISSION: stays begun in a care home (入住) in 人次", "全年入住317人次。",
     [("admissions", 317, None, "人次", "exact")]),
    ("COUNTERLESS_NOUNS: specialties counted with no counter", "跨境转介扩至十一专科。",
     [("programs", 11, None, "个", "exact")]),
    ("RATIO_KIN_REACH: the next group's ratio in a clause naming no ratio is of the earlier's kind",
     "职工医保基金支付比例为84.6%，城乡居民为68.2%。",
     [("rate", 84.6, None, "percent", "exact"), ("rate", 68.2, None, "percent", "exact")]),
    ("PENSION_BENEFICIARIES: the beneficiaries of a pension named in their clause",
     "其中养老金支出46.87亿澳门元，受惠人数约12.3万人。",
     [("amount", 4687000000, None, "澳门元", "exact"), ("pension_recipients", 123000, None, "人", "approx")]),
    ("SPENT_BEFORE: money in 亿 with no currency after a verb of spending", "全年基金收入约128亿，支出约113亿。",
     [("amount", 12800000000, None, "元", "approx"), ("amount", 11300000000, None, "元", "approx")]),
    ("INSTITUTIONS: medical units (医疗单位) counted in 间", "参与计划的私人医疗单位由1,146间增至1,187间。",
     [("institutions", 1146, None, "间", "exact"), ("institutions", 1187, None, "间", "exact")]),
    ("insurance_increase: the enrolment word between the verb and the count", "在合作区参保的澳门居民达15,362人，其中新增参保2,108人。",
     [("insurance_enrolment", 15362, None, "人", "exact"), ("insurance_increase", 2108, None, "人", "exact")]),
    ("BREAKDOWN_WORDS: a part after 当中 keeps its level's label", "入住合作院舍的澳门长者共520人，较去年底增加60人；当中入住珠海的有300人，入住中山的有220人。",
     [("patients", 520, None, "人", "exact"), ("patients", 60, None, "人", "exact"),
      ("patients", 300, None, "人", "exact"), ("patients", 220, None, "人", "exact")]),
    ("ENROLMENT: contributors to a social security scheme counted in 名", "社会保障制度供款人共38.2万名。",
     [("insurance_enrolment", 382000, None, "名", "exact")]),
    ("ENROLMENT: residents in 社会保障 counted in 名, and their increase",
     "参加社会保障制度的澳门居民共5,120名，比上年增加860名。",
     [("insurance_enrolment", 5120, None, "名", "exact"), ("insurance_increase", 860, None, "名", "exact")]),
    ("FACILITIES: a service's counter area (专区) counted in 个", "全市已设立医保服务专区12个。",
     [("facilities", 12, None, "个", "exact")]),
    ("_BREAKDOWN_METRICS: the parts of a count of cases after 其中", "全年受理理赔申请3,260宗。其中甲区、乙区分别为1,210宗和980宗。",
     [("cases", 3260, None, "宗", "exact"), ("cases", 1210, None, "宗", "exact"), ("cases", 980, None, "宗", "exact")]),
    ("RATIO_KIN_REACH: the earlier level a rate is compared with", "今年疫苗接种率为91.2%，比去年的87.5%提高3.7个百分点。",
     [("rate", 91.2, None, P, "exact"), ("rate", 87.5, None, P, "exact"), ("growth", 3.7, None, "pp", "exact")]),
    ("RATIO_KIN_REACH: the parts of a rate after 其中…分别, and the next of the list",
     "全院病床使用率达95%，其中内科及外科分别达108%及99%。",
     [("rate", 95, None, P, "exact"), ("rate", 108, None, P, "exact"), ("rate", 99, None, P, "exact")]),
    ("INSTITUTIONS: health centres counted in 间", "卫生局辖下共有9间卫生中心。",
     [("institutions", 9, None, "间", "exact")]),
    ("INSTITUTIONS: community health centres counted in 间", "区内现有社区健康服务中心12间。",
     [("institutions", 12, None, "间", "exact")]),
    ("FACILITIES: an assessment centre stays a facility", "新设1间长者健康评估中心。",
     [("facilities", 1, None, "间", "exact")]),
    ("WITHIN_RATE_AFTER: a span inside a rate's name is no figure, the rate is",
     "急诊病人在15分钟内获诊治的比率为88.5%。", [("rate", 88.5, None, P, "exact")]),
    ("noun before, verb between (DOCTORS)", "医生人数由350名增至402名。",
     [("doctors", 350, None, "名", "exact"), ("doctors", 402, None, "名", "exact")]),
    ("noun before, verb between (BEDS)", "床位增加到960张。", [("beds", 960, None, "张", "exact")]),
    ("noun before, verb between (NURSES)", "护士人数超过2,300名。",
     [("nurses", 2300, None, "名", "at_least")]),
    ("noun before, verb between (NURSES)", "注册护士共有1,850名。",
     [("nurses", 1850, None, "名", "exact")]),
    ("VISIT_WORDS", "该院门诊量达12.6万人次。", [("patient_visits", 126_000, None, "人次", "exact")]),
    ("VISIT_WORDS: 次 as a visit counter", "服务人次达到8,420次。",
     [("patient_visits", 8420, None, "人次", "exact")]),
    ("DAILY: 人 as a visit counter", "每日约4,500人到门诊求诊。",
     [("daily_visits", 4500, None, "人次", "approx")]),
    ("DAILY", "日均门诊量约2,600人次。", [("daily_visits", 2600, None, "人次", "approx")]),
    ("INSTITUTIONS with 间", "医管局辖下有两间公立医院。", [("institutions", 2, None, "间", "exact")]),
    ("INSTITUTIONS with 间, noun before", "指定医疗机构增至五间。",
     [("institutions", 5, None, "间", "exact")]),
    ("COUNTERS_AFTER: 宗", "新增确诊个案23宗。", [("cases", 23, None, "宗", "exact")]),
    ("SLASH_BASE", "法定传染病报告发病率为2.6/10万。", [("rate", 2.6, None, "per_100k", "exact")]),
    ("PER_HEAD_BASE", "每10万人口中有5.1例。", [("rate", 5.1, None, "per_100k", "exact")]),
    ("PER_HEAD_BASE, DOCTORS", "每千人口执业医师3.4人。",
     [("doctors_per_1k", 3.4, None, "per_1k", "exact")]),
    ("PER_HEAD_BASE, BEDS", "每千人口医疗卫生机构床位数5.2张。",
     [("beds_per_1k", 5.2, None, "per_1k", "exact")]),
    ("ENUMERATION, LIST_HEAD, MORTALITY", "全市孕产妇、新生儿和婴儿死亡率分别为9.2/10万、1.1‰、1.9‰。",
     [("mortality_rate", 9.2, None, "per_100k", "exact"),
      ("mortality_rate", 1.1, None, "per_mille", "exact"),
      ("mortality_rate", 1.9, None, "per_mille", "exact")]),
    ("ENUMERATION with a base", "每千人口执业医师、注册护士分别为3.1人、3.9人。",
     [("doctors_per_1k", 3.1, None, "per_1k", "exact"),
      ("nurses_per_1k", 3.9, None, "per_1k", "exact")]),
    ("ENUMERATION of counts", "其中香港医师、澳门医师分别为548名、64名。",
     [("doctors", 548, None, "名", "exact"), ("doctors", 64, None, "名", "exact")]),
    ("PERCENT_THEN_LEVEL, GROWTH", "总诊疗人次同比增长2.4%至88.3万人次。",
     [("growth", 2.4, None, P, "exact"), ("patient_visits", 883_000, None, "人次", "exact")]),
    ("ROUND: 逾千", "开展义诊逾千人次。", [("patient_visits", 1000, None, "人次", "at_least")]),
    ("ROUND_SUFFIXED: 万余", "在珠海长期居住的澳门居民万余人。",
     [("population", 10_000, None, "人", "at_least")]),
    ("ROUND: 近千", "近千名澳门籍孕产妇选择在珠海分娩。",
     [("patients", 1000, None, "名", "approx")]),
    ("ROUND: 数以万计, CARE", "每年有数以万计的港澳居民到中山求医。",
     [("patients", 10_000, None, "人", "at_least")]),
    ("ROUND: 破 with no counter", "在大湾区执业的港澳医生破千。",
     [("doctors", 1000, None, "名", "at_least")]),
    ("a counter before a bare number", "港澳居民就诊人次突破5万。",
     [("patient_visits", 50_000, None, "人次", "at_least")]),
    ("ROUND: 破亿元", "跨境直付结算金额破亿元。", [("amount", 100_000_000, None, "元", "at_least")]),
    ("HALF", "其中约一半集中在横琴。", [("share", 50, None, P, "approx")]),
    ("TENTHS: 的一成", "居于内地的受益人占全部受益人的一成。", [("share", 10, None, P, "exact")]),
    ("TENTHS with its hundredths: 约一成五", "急诊病人当中约一成五为居于内地的澳门居民。",
     [("share", 15, None, P, "approx")]),
    ("DOUBLE", "港人顾客较疫情前多出一倍。", [("growth", 100, None, P, "exact")]),
    ("MONEY: amount", "全市医保基金支出98.7亿元。", [("amount", 9.87e9, None, "元", "exact")]),
    ("PER_HEAD: unit_cost", "港澳居民住院人均费用为8,650元。", [("unit_cost", 8650, None, "元", "exact")]),
    ("PER_HEAD: 每宗", "转运费用为每宗6,500港元。", [("unit_cost", 6500, None, "港元", "exact")]),
    ("UNIT_PRICE, amount range", "洗牙收费一般为人民币150元至300元。",
     [("unit_cost", 150, 300, "元", "range")]),
    ("CURRENCY_BEFORE", "社保基金向每名受益人发放澳门元5,000。",
     [("unit_cost", 5000, None, "澳门元", "exact")]),
    ("SHARE: a fraction after 占", "深圳的执业人数占全省的五分之一。", [("share", 20, None, P, "exact")]),
    ("SHARE: 比重升至", "基层诊疗量占总诊疗量的比重升至51.8%。", [("share", 51.8, None, P, "exact")]),
    ("GROWTH in 个百分点 (pp)", "病床使用率比上年提高2.1个百分点。", [("growth", 2.1, None, "pp", "exact")]),
    ("GROWTH: 按年", "求诊人次按年增加5.1%。", [("growth", 5.1, None, P, "exact")]),
    ("VACCINE", "全年接种免疫规划疫苗168.3万剂次。",
     [("vaccinations", 1_683_000, None, "剂次", "exact")]),
    ("LIFE", "居民人均预期寿命81.4岁，比上年提高0.3岁。",
     [("life_expectancy", 81.4, None, "岁", "exact"), ("life_expectancy", 0.3, None, "岁", "exact")]),
    ("ENROLLED: growth after an enrolment", "参保人数1.2万人，比上年增长5%。",
     [("insurance_enrolment", 12_000, None, "人", "exact"),
      ("insurance_growth", 5, None, P, "exact")]),
    ("growth after an amount is no enrolment growth", "医保基金总支出6亿元，比上年增长6.1%。",
     [("amount", 600_000_000, None, "元", "exact"), ("growth", 6.1, None, P, "exact")]),
    ("ENROLLED_CLAUSE", "在广州参加基本医疗保险的香港居民同比增长11.3%，达到2.76万人。",
     [("insurance_growth", 11.3, None, P, "exact"),
      ("insurance_enrolment", 27_600, None, "人", "exact")]),
    ("ENROLLED_AFTER", "截至3月底已有逾1.2万名澳门居民参加珠海医保。",
     [("insurance_enrolment", 12_000, None, "名", "at_least")]),
    ("BREAKDOWN: 其中 keeps the level's label",
     "参加医保的港澳居民2.8万人。其中，澳门居民2.5万人。",
     [("insurance_enrolment", 28_000, None, "人", "exact"),
      ("insurance_enrolment", 25_000, None, "人", "exact")]),
    ("a bare change keeps its level's label", "全市医疗卫生机构1326个，比上年增加41个。",
     [("institutions", 1326, None, "个", "exact"), ("institutions", 41, None, "个", "exact")]),
    ("PENSION", "养老金受益人由16.2万人增至17.1万人。",
     [("pension_recipients", 162_000, None, "人", "exact"),
      ("pension_recipients", 171_000, None, "人", "exact")]),
    ("ELIGIBLE", "符合资格使用医疗券的长者约190万人。", [("population", 1_900_000, None, "人", "approx")]),
    # a comparison is a rate of change: 低 makes it negative (corpus gold w1_04, w7_06)
    ("COMPARISON", "人均开支较在本港就医低约四成。", [("other", -40, None, P, "approx")]),
    ("head noun through a compound", "医院计划再开设2个香港长者专科门诊。",
     [("facilities", 2, None, "个", "exact")]),
    ("head noun before a verb", "近千名香港长者开通了家庭医生签约服务。",
     [("patients", 1000, None, "名", "approx")]),
    ("CONJUNCTIONS after a figure", "现有医生6名、护士11名及其他医疗人员5名。",
     [("doctors", 6, None, "名", "exact"), ("nurses", 11, None, "名", "exact"),
      ("staff", 5, None, "名", "exact")]),
    ("QUALIFIER_BEFORE", "住院费用报销比例最高可达90%。", [("rate", 90, None, P, "at_most")]),
    # figures beside furniture words stay figures
    ("FURNITURE_AFTER: 赞同 is no counter", "共有5名医生赞同该方案。", [("doctors", 5, None, "名", "exact")]),
    ("YEAR_GLUED: the figure after a year label", "2024/2025年度共有3,200名长者使用医疗券。",
     [("patients", 3200, None, "名", "exact")]),
    ("MEASURES: the count after a threshold", "出生体重低于2500克的早产儿达120名。",
     [("patients", 120, None, "名", "exact")]),
    ("duration in 工作日", "审批时限由30个工作日减少到15个工作日。",
     [("duration", 30, None, "工作日", "exact"), ("duration", 15, None, "工作日", "exact")]),
    ("DURATIONS: 工作天, Hong Kong's 工作日", "签证审批缩短至七个工作天。",
     [("duration", 7, None, "工作日", "exact")]),
    ("DECIMAL_DAYS: days in 日 after a decimal, in the one unit of days", "出院者平均住院日为8.1日。",
     [("duration", 8.1, None, "天", "exact")]),
    ("PERIOD_SPAN_BEFORE: 首N个月 is the span of the figures", "今年首九个月，该院共录得个案215例。",
     [("cases", 215, None, "例", "exact")]),
    ("PERIOD_SPAN_BEFORE: 头N个月", "今年头三个月，中心门诊量达2.4万人次。",
     [("patient_visits", 24_000, None, "人次", "exact")]),
    ("PERIOD_SPAN_BEFORE: 连续N年", "全市婴儿死亡率为1.2‰，连续四年保持下降。",
     [("mortality_rate", 1.2, None, "per_mille", "exact")]),
    ("SENTENCE_NOUN_UNITS: a list of places, the counted noun before it",
     "经转介的病人主要来自甲医院、乙医院及丙医院，人数分别为120名、85名及40名，其余33名来自其他医院。",
     [("patients", 120, None, "名", "exact"), ("patients", 85, None, "名", "exact"),
      ("patients", 40, None, "名", "exact"), ("patients", 33, None, "名", "exact")]),
    ("SENTENCE_NOUN_UNITS: doctors", "在广州执业的香港医生最多，其次为佛山及东莞，人数分别为142名及77名。",
     [("doctors", 142, None, "名", "exact"), ("doctors", 77, None, "名", "exact")]),
    ("SENTENCE_NOUN_UNITS, PLANNED: beds to be added", "开放病床由200张增至360张，预计明年再增加至500张。",
     [("beds", 200, None, "张", "exact"), ("beds", 360, None, "张", "exact"),
      ("planned_beds", 500, None, "张", "exact")]),
    ("PLANNED_LEAD: what a place to be opened provides", "新大楼将于明年启用，提供病床260张。",
     [("planned_beds", 260, None, "张", "exact")]),
    ("BEDS: 宿位, PLANNED: 目标", "目标于2028年前提供逾1,500个宿位。",
     [("planned_beds", 1500, None, "个", "at_least")]),
    ("CARE_PLACES: 个 counts beds only as 宿位 (临床 holds 床)",
     "该院先后获批4个省临床重点专科建设项目和7个市临床重点专科。",
     [("programs", 4, None, "个", "exact"), ("programs", 7, None, "个", "exact")]),
    ("INSTITUTIONS: 院舍", "参与计划的院舍由3间增至9间，当中4间位于江门。",
     [("institutions", 3, None, "间", "exact"), ("institutions", 9, None, "间", "exact"),
      ("institutions", 4, None, "间", "exact")]),
    ("INSTITUTIONS: 院舍 after the figure", "社署计划再增5间参与院舍。",
     [("institutions", 5, None, "间", "exact")]),
    ("LIST_NOUNS: a list of places counts what its last item names",
     "珠海、中山两地参保的澳门居民分别达到2.1万人和6,800人。",
     [("insurance_enrolment", 21_000, None, "人", "exact"),
      ("insurance_enrolment", 6800, None, "人", "exact")]),
    ("ENUMERATION with one head: growth", "门诊及住院服务按年分别增长31%及12%。",
     [("growth", 31, None, P, "exact"), ("growth", 12, None, P, "exact")]),
    ("ENUMERATION with one head: rates", "高血压和糖尿病患者规范管理率分别为80.2%、75.6%。",
     [("rate", 80.2, None, P, "exact"), ("rate", 75.6, None, P, "exact")]),
    ("GROWTH: 缩短", "候诊时间较以往缩短约一半。", [("growth", -50, None, P, "approx")]),
    ("SCHEME_PARTICIPANTS: the participants of a care scheme", "肠癌筛查计划推出一年，参加者逾3万人。",
     [("patients", 30000, None, "人", "at_least")]),
    ("SCHEME_JOINED_AFTER: people who joined a care scheme", "眼疾筛查试点开展以来已有2,100名市民参加。",
     [("patients", 2100, None, "名", "exact")]),
    ("CARE_SCHEME: the participants of an event are no patients", "健康讲座计划本月举行，参加者约300人。",
     [("other", 300, None, "人", "approx")]),
    ("DIAGNOSED: people with a condition found", "筛查后确诊患有高血脂的有3,400人。",
     [("patients", 3400, None, "人", "exact")]),
    ("DIAGNOSED_AFTER: people found with a condition", "另有1,500人被发现血压偏高。",
     [("patients", 1500, None, "人", "exact")]),
    ("CASES_OF_PEOPLE: people counted as cases", "心理门诊全年新个案2,300人。",
     [("patients", 2300, None, "人", "exact")]),
    ("BREAKDOWN_CLAUSE: the parts after a ； of a clause opening with 其中",
     "养老金受益人共2.4万名，其中居于内地的2万名；居于珠海的9,000名、中山的3,000名。",
     [("pension_recipients", 24000, None, "名", "exact"), ("pension_recipients", 20000, None, "名", "exact"),
      ("pension_recipients", 9000, None, "名", "exact"), ("pension_recipients", 3000, None, "名", "exact")]),
    ("PAIR_MONEY: the later sum of a pair is of the earlier's kind", "护理津贴由每月2,600元调升至3,100元。",
     [("unit_cost", 2600, None, "元", "exact"), ("unit_cost", 3100, None, "元", "exact")]),
    ("PER_HEAD: a sum reckoned per head of population", "全市卫生总费用为86亿元，按人口平均计算约6,400元。",
     [("amount", 8600000000, None, "元", "exact"), ("unit_cost", 6400, None, "元", "approx")]),
    ("STAFF: the tutors of a training base", "该培训基地现有带教导师58名。", [("staff", 58, None, "名", "exact")]),
    ("INSTITUTIONS: schools counted in 间", "参与口腔检查的小学及幼儿园共320间。",
     [("institutions", 320, None, "间", "exact")]),
    ("ZERO_BASES: a zero rate keeps the base written after it", "今年全县孕产妇死亡率为0/10万。",
     [("mortality_rate", 0, None, "per_100k", "exact")]),
    ("PER_BIRTHS: a rate per 1,000 births is per mille", "去年新生儿死亡率为每千名活产婴儿1.6。",
     [("mortality_rate", 1.6, None, "per_mille", "exact")]),
    ("PARTITIVE_RATIO: the part of a group after 中", "受访家庭中有成员跨境就医的比例为36%。",
     [("share", 36, None, P, "exact")]),
    ("PARTITIVE_RATIO: a reimbursement ratio stays a rate", "参保人中住院报销的比例为70%。",
     [("rate", 70, None, P, "exact")]),
    ("BREAKDOWN_BY: the parts of a breakdown by category", "按年龄组划分，青年、中年及老年求诊者的比例分别为52%、31%及17%。",
     [("share", 52, None, P, "exact"), ("share", 31, None, P, "exact"), ("share", 17, None, P, "exact")]),
    ("SHARE_OF_PEOPLE: the ratio of a group", "其中本地护士比例力争不低于六成。",
     [("share", 60, None, P, "at_least")]),
    ("ENROLMENT with a bare number", "香港居民在深圳参保人数突破3万",
     [("insurance_enrolment", 30_000, None, "人", "at_least")]),
    ("ENROLMENT with a bare number: its increase", "港澳居民参保人数比上年增加3000。",
     [("insurance_increase", 3000, None, "人", "exact")]),
    ("ENROLLING_AFTER: the scheme past the words read", "目前已有约8,600名香港居民在前海参加深圳市基本医疗保险。",
     [("insurance_enrolment", 8600, None, "名", "approx")]),
    ("SERVED: people served are patients", "中心去年共服务约3,200名居民。",
     [("patients", 3200, None, "名", "approx")]),
    ("SERVED: people reached", "预计惠及港澳居民逾5万人。", [("patients", 50_000, None, "人", "at_least")]),
    ("SERVED: the population served stays a population", "该中心服务人口约25万人。",
     [("population", 250_000, None, "人", "approx")]),
    ("SIGNED_UP: people signed up to a service", "为辖区港澳居民提供家庭医生签约服务1,860人。",
     [("patients", 1860, None, "人", "exact")]),
    ("SIGNED_UP: 家庭医生签约N人", "全区港澳居民家庭医生签约8,400人。",
     [("patients", 8400, None, "人", "exact")]),
    ("SIGNED_UP, NO_STAFF_AFTER: staff signed", "该院今年签约30名港澳医生。",
     [("doctors", 30, None, "名", "exact")]),
    ("SIGNED_UP: the signed doctors stay doctors", "全区共有签约家庭医生260名。",
     [("doctors", 260, None, "名", "exact")]),
    ("PER_HEAD: per place", "政府为每个宿位每月资助约7,800港元。",
     [("unit_cost", 7800, None, "港元", "approx")]),
    ("PER_HEAD: an average cost", "港澳居民平均住院费用约9,200元。",
     [("unit_cost", 9200, None, "元", "approx")]),
    ("VISITS_AFTER: visits named after 次", "已提供约2,400次远程会诊。",
     [("patient_visits", 2400, None, "人次", "approx")]),
    ("BASELINE_OF_RATE: the figure a rate is compared with", "发病率为每10万人口38.2例，低于上年的41.6例。",
     [("rate", 38.2, None, "per_100k", "exact"), ("rate", 41.6, None, "per_100k", "exact")]),
    ("BASELINE_OF_RATE, SENTENCE_NOUN_UNITS: beds per 1,000", "每千人口床位6.1张，高于全省平均的5.3张。",
     [("beds_per_1k", 6.1, None, "per_1k", "exact"), ("beds_per_1k", 5.3, None, "per_1k", "exact")]),
    ("PER_1K: doctors per 100,000 are a rate", "全市有儿科医生420名，相当于每10万人口约6.2名。",
     [("doctors", 420, None, "名", "exact"), ("rate", 6.2, None, "per_100k", "approx")]),
    ("BASE_CARRIED_ITEM: bare items after a rate per head", "每千人口执业医师3.1人，注册护士3.6人，床位4.9张。",
     [("doctors_per_1k", 3.1, None, "per_1k", "exact"), ("nurses_per_1k", 3.6, None, "per_1k", "exact"),
      ("beds_per_1k", 4.9, None, "per_1k", "exact")]),
    ("BASE_CARRIED_ITEM: a total keeps its own unit", "每千人口医生2.6名，医生总数1,840名。",
     [("doctors_per_1k", 2.6, None, "per_1k", "exact"), ("doctors", 1840, None, "名", "exact")]),
    ("PATIENTS: 老年人", "为65岁以上老年人提供健康管理服务3.6万余人。",
     [("patients", 36_000, None, "人", "at_least")]),
    ("admissions in 名", "同期住院病人共438名。", [("admissions", 438, None, "名", "exact")]),
    ("SPAN_THEN_COUNT: a span before a count", "社区门诊三年服务逾二万人次。",
     [("patient_visits", 20_000, None, "人次", "at_least")]),
    ("a change keeps its level before the sentence's noun", "全市港澳居民家庭医生签约人数达9,420人，较去年增加1,860人。",
     [("patients", 9420, None, "人", "exact"), ("patients", 1860, None, "人", "exact")]),
    ("SIGNED_UP after 突破", "港澳居民家庭医生签约突破2万人", [("patients", 20_000, None, "人", "at_least")]),
    ("PLANNED_FORMS: a level's planned form", "该院病床由300张增至480张，预计明年再增至600张。",
     [("beds", 300, None, "张", "exact"), ("beds", 480, None, "张", "exact"),
      ("planned_beds", 600, None, "张", "exact")]),
    ("COMPOUND_MODIFIERS: the compound's last noun", "明年将新增6个港澳居民健康服务站。",
     [("facilities", 6, None, "个", "exact")]),
    ("COMPOUND_MODIFIERS, FACILITIES: 专窗", "计划新增3个港澳居民医保服务专窗。",
     [("facilities", 3, None, "个", "exact")]),
    ("COMPOUND_MODIFIERS: a kind of illness inside the compound", "院方计划再增设4个港澳居民常见病专科门诊。",
     [("facilities", 4, None, "个", "exact")]),
    ("COMPOUND_MODIFIERS: a verb ends the compound", "现有15名医生为患者提供服务。",
     [("doctors", 15, None, "名", "exact")]),
    ("VACCINATED_AFTER: people before their vaccination", "期内共有2.6万名居民接种流感疫苗。",
     [("vaccinations", 26_000, None, "名", "exact")]),
    ("VACCINATED_AFTER: not the vaccination staff", "共有280名医护人员参与接种工作。",
     [("staff", 280, None, "名", "exact")]),
    ("WAITING: people on a waiting list", "专科门诊新症轮候人数约1.8万人。",
     [("patients", 18_000, None, "人", "approx")]),
    ("TENTHS: 一成 after a change verb", "医疗开支按年升一成。", [("growth", 10, None, P, "exact")]),
    ("TENTH_BRIDGE: the qualifier before 占…的一成", "居于内地者约占全部受益人的一成。",
     [("share", 10, None, P, "approx")]),
    ("BRIDGES: a qualifier before 每人每年", "补助标准不低于每人每年650元。",
     [("unit_cost", 650, None, "元", "at_least")]),
    ("AT_MOST_MORE: 上限为", "资助每宗上限为3,000港元。", [("unit_cost", 3000, None, "港元", "at_most")]),
    ("AT_MOST_MORE: 最长", "可获处方最长十二星期的药物。", [("duration", 12, None, "星期", "at_most")]),
    ("TENTHS: a qualifier after 一成", "门诊量按年增长一成以上。", [("growth", 10, None, P, "at_least")]),
    ("SPAN_THEN_COUNT: a span before a growth", "北上求诊港人三年增长45%。",
     [("growth", 45, None, P, "exact")]),
    ("PER_PERSON_TIME: money a person gets per year", "合资格长者每年可获1,500港元资助。",
     [("unit_cost", 1500, None, "港元", "exact")]),
    ("PER_PERSON_TIME: a city's yearly spending stays an amount", "全市每年医保基金支出约30亿元。",
     [("amount", 3e9, None, "元", "approx")]),
    ("GROWTH in 个千分点", "婴儿死亡率比上年下降0.3个千分点。", [("growth", -0.3, None, "千分点", "exact")]),
    ("GROUP_AGE: a group's average age is a figure", "入住院舍的长者平均年龄为83.9岁。",
     [("other", 83.9, None, "岁", "exact")]),
    ("PROCEDURE_AFTER: procedures named after 宗", "日间手术中心每年可处理约6,500宗手术。",
     [("procedures", 6500, None, "宗", "approx")]),
    ("COUNTERS: 班次, trips", "穿梭巴士每日开出16班次。", [("other", 16, None, "班次", "exact")]),
    ("COUNTERS: 诊次, clinic sessions", "每周开设专家门诊30余个诊次。",
     [("other", 30, None, "诊次", "at_least")]),
    ("SIGNED_UP: the people a signed-up service covers", "家庭医生签约服务覆盖12.6万人。",
     [("patients", 126_000, None, "人", "exact")]),
    ("CAP: a cap on what one person may claim", "医疗券的累积上限为6,000港元。",
     [("unit_cost", 6000, None, "港元", "at_most")]),
    ("CAP: a total budget's ceiling stays an amount", "资助总额上限为1亿元。",
     [("amount", 1e8, None, "元", "at_most")]),
    ("CONVERTED: money in another currency is the money before it", "挂号费每次人民币50元，约合55港元。",
     [("unit_cost", 50, None, "元", "exact"), ("unit_cost", 55, None, "港元", "exact")]),
    ("SURVEYED: people interviewed are a sample", "接受调查的1,200名市民中，六成支持。",
     [("other", 1200, None, "名", "exact"), ("share", 60, None, P, "exact")]),
    ("EVENTS, PARTICIPATION: events and their attendances", "社区中心全年举办健康讲座320场，参与居民逾八千人次。",
     [("programs", 320, None, "场", "exact"), ("other", 8000, None, "人次", "at_least")]),
    ("INSURED_AFTER: people insured, no scheme named", "目前有4,300名港澳居民在南沙参保。",
     [("insurance_enrolment", 4300, None, "名", "exact")]),
    ("TRAINED: attendances at training are no visits", "中心全年培训基层医护人员1,200人次。",
     [("other", 1200, None, "人次", "exact")]),
    ("PARTICIPATION: medical attendances stay visits", "参与义诊的市民约2,300人次。",
     [("patient_visits", 2300, None, "人次", "approx")]),
    ("DAILY in 名", "该院每日平均约有350名港人到院求诊。", [("daily_visits", 350, None, "名", "approx")]),
    ("DAILY_VISIT_WORDS: people per day seeking care", "每天约有500名香港市民到深圳看病。",
     [("daily_visits", 500, None, "名", "approx")]),
    ("DAILY in 名: not the staff on duty", "该院每日安排20名医生应诊。", [("doctors", 20, None, "名", "exact")]),
    ("STAFF: 导诊员", "医院安排12位导诊员协助长者。", [("staff", 12, None, "位", "exact")]),
    ("PER_HEAD: 每份", "政府向每名居民发放医疗券，每份500澳门元。", [("unit_cost", 500, None, "澳门元", "exact")]),
    ("BASE_CARRIED_ITEM: not an item with a verb of its own",
     "每千人口执业医师达到3.6人，引进高层次医师不少于150名。",
     [("doctors_per_1k", 3.6, None, "per_1k", "exact"), ("doctors", 150, None, "名", "at_least")]),
    # TIMES_GROWTH: N倍 right after a growth verb is N x 100 %; a multiple reached is a ratio in 倍
    ("TIMES_GROWTH: 增两倍", "该区跨境转诊个案去年增两倍。", [("growth", 200, None, P, "exact")]),
    ("TIMES_GROWTH: 增长了N倍 with a qualifier", "北上求诊的长者人次增长了近3倍。",
     [("growth", 300, None, P, "approx")]),
    ("TIMES_GROWTH: 增加逾两倍", "到深圳看牙的港人增加逾两倍。", [("growth", 200, None, P, "at_least")]),
    ("DOUBLE: 增加逾一倍", "轉往深圳的病人按年增加逾一倍。", [("growth", 100, None, P, "at_least")]),
    ("DOUBLE: 增一倍", "该院门诊量去年增一倍。", [("growth", 100, None, P, "exact")]),
    ("DOUBLE: 翻了一番", "跨境结算量翻了一番。", [("growth", 100, None, P, "exact")]),
    ("a ratio: 增至N倍", "门诊量增至开诊初期的4倍。", [("growth", 4, None, "倍", "exact")]),
    ("a ratio: 是…的N倍", "专科门诊人次是前年的1.5倍。", [("growth", 1.5, None, "倍", "exact")]),
    ("RATIO_OF_EARLIER: a multiple of another group is no growth", "港澳患者人数是内地患者的1.5倍。",
     [("other", 1.5, None, "倍", "exact")]),
    ("ITEM_MARKS: a marker opening an item, its figure kept", "3、病床数增至860张。",
     [("beds", 860, None, "张", "exact")]),
    ("ITEM_NOT_AFTER_MARK: values listed after a colon are no markers", "三院床位数分别为：3、5、7张。",
     [("beds", 3, None, "张", "exact"), ("beds", 5, None, "张", "exact"),
      ("beds", 7, None, "张", "exact")]),
    ("SHARED_UNIT_AFTER: values after 分别 share the counter written once",
     "全市三级、二级、一级医院分别为12、25和8家。",
     [("institutions", 12, None, "家", "exact"), ("institutions", 25, None, "家", "exact"),
      ("institutions", 8, None, "家", "exact")]),
    ("FILED: filings for care elsewhere are cases", "全年为港澳参保人办理异地就医备案2,310人次。",
     [("cases", 2310, None, "人次", "exact")]),
    # ENROLLED_LEAD: residents listed after the insured are enrolled, not a population
    ("ENROLLED_LEAD: a list of the insured", "参保港澳居民中，香港居民和澳门居民分别为2.6万人和1.4万人。",
     [("insurance_enrolment", 26000, None, "人", "exact"),
      ("insurance_enrolment", 14000, None, "人", "exact")]),
    ("ENROLLED_LEAD: not a rate of enrolment", "全市医保参保率为97%，常住人口860万人。",
     [("rate", 97, None, P, "exact"), ("population", 8_600_000, None, "人", "exact")]),
    # (session 12, acc12: patterns of the w13–w15 articles, written anew)
    ("STAFF: …人员 of a trade", "该站配备救护人员18名。", [("staff", 18, None, "名", "exact")]),
    ("STAFF: the last noun of a pair", "诊所现有护士及药剂人员40名。", [("staff", 40, None, "名", "exact")]),
    ("MIXED_STAFF: two kinds of health workers together", "中心现有社工和护士共9名。",
     [("staff", 9, None, "名", "exact")]),
    ("INSTITUTIONS: 药房, 场所", "全区持牌药物业场所共860间，其中社区药房215间。",
     [("institutions", 860, None, "间", "exact"), ("institutions", 215, None, "间", "exact")]),
    ("CLINIC: a clinic counted in 间 is an institution", "该集团明年再开设3间门诊。",
     [("institutions", 3, None, "间", "exact")]),
    ("SERVICE_POINTS: service points counted in 家", "今年再建设4家港澳居民健康服务站。",
     [("facilities", 4, None, "家", "exact")]),
    ("SERVICE_POINTS: a community health station too, counted in 家", "今年新增5家社区卫生服务站。",
     [("facilities", 5, None, "家", "exact")]),
    ("CAP: a yearly limit per insured person", "门诊年度支付限额由2,000元提高至2,500元。",
     [("unit_cost", 2000, None, "元", "exact"), ("unit_cost", 2500, None, "元", "exact")]),
    ("PER_PERSON_TIME: 受访者每月", "近半受访者每月医疗开支约800元。",
     [("share", 50, None, "percent", "approx"), ("unit_cost", 800, None, "元", "approx")]),
    ("PARTICIPATION: attendants named between", "参与的社工及义工共900人次。",
     [("other", 900, None, "人次", "exact")]),
    ("PER_EVENT: attendances per event", "讲座共举办20场，平均每场约50人次。",
     [("programs", 20, None, "场", "exact"), ("other", 50, None, "人次", "approx")]),
    ("CLAIMS: claims are cases handled, no visits", "上半年理赔参保人80人次。", [("cases", 80, None, "人次", "exact")]),
    ("SURVEYED_AFTER: the sample named after the figure", "在500名居于湾区的受访长者中，七成满意。",
     [("other", 500, None, "名", "exact"), ("share", 70, None, P, "exact")]),
    ("BIRTHS: live births are a population", "全市活产数2.1万人，新生儿出生逾2万人。",
     [("population", 21000, None, "人", "exact"), ("population", 20000, None, "人", "at_least")]),
    ("PROCEDURE_WORDS: deliveries", "该院分娩量达8,600例。", [("procedures", 8600, None, "例", "exact")]),
    ("SIGNED_FOR: signed up with a family doctor", "中心为港澳居民签约家庭医生2,300人。",
     [("patients", 2300, None, "人", "exact")]),
    ("DAILY: an average of cases per day is no count, not even after a count", "急救中心上月接报600宗，日均约20宗。",
     [("cases", 600, None, "宗", "exact"), ("other", 20, None, "宗", "approx")]),
    ("BREAKDOWN: the items of a 其中 go on past a ；", "全市参加医保的港澳居民达5,000人。其中，澳门居民4,000人，占80%；香港居民1,000人。",
     [("insurance_enrolment", 5000, None, "人", "exact"), ("insurance_enrolment", 4000, None, "人", "exact"),
      ("share", 80, None, P, "exact"), ("insurance_enrolment", 1000, None, "人", "exact")]),
    ("ADMISSION: 收治 in 人次", "该院全年收治危重孕产妇860人次。", [("admissions", 860, None, "人次", "exact")]),
    ("MEDICINE: doses of medicine are no vaccinations", "中心全年派发药物约12万剂。",
     [("other", 120000, None, "剂", "approx")]),
    ("COURSE: the price of a course of treatment", "一个康复疗程需要约6,000港元，报销后自付约900元。",
     [("unit_cost", 6000, None, "港元", "approx"), ("unit_cost", 900, None, "元", "approx")]),
    ("ENUMERATION with no items: each value after 分别 is of the earlier figure in its place",
     "每千人口执业医师3.1名、注册护士3.6名，分别比上年提高0.2名和0.3名。",
     [("doctors_per_1k", 3.1, None, "per_1k", "exact"), ("nurses_per_1k", 3.6, None, "per_1k", "exact"),
      ("doctors_per_1k", 0.2, None, "per_1k", "exact"), ("nurses_per_1k", 0.3, None, "per_1k", "exact")]),
    ("ENUMERATION with no items: counts of people", "全市有医生1,200名、护士1,500名，分别比上年增加80名和120名。",
     [("doctors", 1200, None, "名", "exact"), ("nurses", 1500, None, "名", "exact"),
      ("doctors", 80, None, "名", "exact"), ("nurses", 120, None, "名", "exact")]),
    ("COURSE: not a total paid for courses (NO_TOTAL)", "基金全年支付康复疗程费用共1.2亿元。",
     [("amount", 1.2e8, None, "元", "exact")]),
    ("BENEFIT_CLAIMS: applications for a benefit are cases handled", "疾病津贴申请950宗，护理补贴申请120件。",
     [("cases", 950, None, "宗", "exact"), ("cases", 120, None, "件", "exact")]),
    ("BENEFIT_CLAIMS: applications to a health body are its cases", "卫生局受理注册申请320宗。",
     [("cases", 320, None, "宗", "exact")]),
    ("POPULATION: pupils counted are a population", "每日跨境上学的学童约3,200名。",
     [("population", 3200, None, "名", "approx")]),
    ("CARE: pupils given a health check are patients", "今年为2.1万名小学生提供健康检查。",
     [("patients", 21000, None, "名", "exact")]),
    ("STAFF: support workers named by their post", "每间学校配备辅导人员3名，中心有专职人员8名。",
     [("staff", 3, None, "名", "exact"), ("staff", 8, None, "名", "exact")]),
    ("ENROLMENT: 参保 right before the count", "在本市工作的外籍人士参保560人。",
     [("insurance_enrolment", 560, None, "人", "exact")]),
    ("ENROLLED_LEAD: a scheme named in quotes ending in 保", "参加“湾区保”的港澳居民有2,400人。",
     [("insurance_enrolment", 2400, None, "人", "exact")]),
    ("PENSION_SENTENCE: those drawing an old-age allowance", "在内地领取高龄津贴的长者约有2.3万名。",
     [("pension_recipients", 23000, None, "名", "approx")]),
    ("BENEFITED_AFTER: the insured who drew a benefit are patients", "上半年有520名参保人享受医保报销待遇。",
     [("patients", 520, None, "名", "exact")]),
    ("DAILY: per school or working day", "站点平均每个工作日约80人次。",
     [("daily_visits", 80, None, "人次", "approx")]),
    ("SERVICE_POINTS, FACILITIES: the outlets of a scheme", "全省已建成跨境医保服务网点64个，另设接种点9个。",
     [("facilities", 64, None, "个", "exact"), ("facilities", 9, None, "个", "exact")]),
    ("SERVICE_POINTS, FACILITIES: a post and an outpost", "今年新设5个转诊点和12个健康驿站。",
     [("facilities", 5, None, "个", "exact"), ("facilities", 12, None, "个", "exact")]),
    ("SERVICE_POINTS: outlets counted in 家", "已在各镇设立医保服务网点7家。",
     [("facilities", 7, None, "家", "exact")]),
    ("PLACES_COUNTED: the places a scheme covers are no programmes", "试点计划已覆盖4个城市、11个县区。",
     [("other", 4, None, "个", "exact"), ("other", 11, None, "个", "exact")]),
    ("HANDLED: business handled in 件 is cases", "服务专窗上半年受理医保业务约4,100件。",
     [("cases", 4100, None, "件", "approx")]),
    ("HANDLED: transactions in 笔", "跨境直接结算共2.3万笔。", [("cases", 23000, None, "笔", "exact")]),
    ("HANDLED_AFTER: the business named after 件", "窗口全年办结1,260件业务。",
     [("cases", 1260, None, "件", "exact")]),
    ("HANDLED: things counted in 件 are no cases", "该院获赠医疗器械50件。", [("other", 50, None, "件", "exact")]),
    ("CLAIMS: claims in 件 are cases handled", "大湾区保全年处理理赔案件860件。", [("cases", 860, None, "件", "exact")]),
    ("PER_HEAD_BASE: a base per head in 人", "结核病发病率为每十万人38.6。",
     [("rate", 38.6, None, "per_100k", "exact")]),
    ("PER_HEAD_BASE: per 10,000 people in 人", "每万人拥有全科医生4.1名。",
     [("rate", 4.1, None, "per_10k", "exact")]),
    ("REIMBURSED: the part of a cost a scheme pays is a rate", "住院费用由医保基金支付75%。",
     [("rate", 75, None, P, "exact")]),
    ("REIMBURSED_AFTER: a percent before 报销", "门诊费用按55%的比例报销。", [("rate", 55, None, P, "exact")]),
    ("REIMBURSED_AFTER: a part before 比例赔付 or 给予补助", "超出部分按65%比例赔付，自付部分按四成给予补助。",
     [("rate", 65, None, P, "exact"), ("rate", 40, None, P, "exact")]),
    ("REIMBURSED: a share after 占 stays a share", "医保基金支付占比为62%。", [("share", 62, None, P, "exact")]),
    ("PAIR_REACH: the later ratio of a pair is of the earlier's kind", "港澳患者比例由2.4%升至3.9%。",
     [("share", 2.4, None, P, "exact"), ("share", 3.9, None, P, "exact")]),
    ("BORN_BEFORE: babies delivered are births", "该院全年接生港澳籍新生儿430名。",
     [("population", 430, None, "名", "exact")]),
    ("BORN_AFTER: babies counted before their birth", "去年共有3,870名婴儿在该院出生。",
     [("population", 3870, None, "名", "exact")]),
    ("NO_CARE_BEFORE: newborns counted with no care are births", "全年新生儿2.6万名，比上年减少900名。",
     [("population", 26000, None, "名", "exact"), ("population", -900, None, "名", "exact")]),
    ("NO_CARE_BEFORE: newborns cared for stay patients", "该院全年收治危重新生儿410名。",
     [("patients", 410, None, "名", "exact")]),
    ("PRIVATE_AFTER: a price a private person quotes stays a figure", "“洗牙在这里收费只要300元。”何女士说。",
     [("unit_cost", 300, None, "元", "exact")]),
    ("PRIVATE_AFTER: an official's times stay figures", "“转运时间缩短至40分钟。”消防处发言人表示。",
     [("duration", 40, None, "分钟", "exact")]),
    ("CARE_TEAMS: teams of doctors are programmes of care, no doctors", "全区组建家庭医生团队340个，另派出医疗队5支。",
     [("programs", 340, None, "个", "exact"), ("programs", 5, None, "支", "exact")]),
    ("programs: alliances of institutions", "全市已组建紧密型医联体9个。", [("programs", 9, None, "个", "exact")]),
    ("BED_UNITS: beds counted in 床", "新院区开设床位900床。", [("beds", 900, None, "床", "exact")]),
    ("DOCTORS: Hong Kong's registered Chinese medicine practitioners", "全港有注册中医约8,200名。",
     [("doctors", 8200, None, "名", "approx")]),
    ("STAFF: pharmacists and midwives", "全市执业药师2,400人，助产士860名。",
     [("staff", 2400, None, "人", "exact"), ("staff", 860, None, "名", "exact")]),
    ("NOT_OCCUPANCY: an occupancy rate is no share", "该院病床占用率约为91%。", [("rate", 91, None, P, "approx")]),
    ("INSTITUTIONS: care homes by name", "参与计划的安老院增至12间。", [("institutions", 12, None, "间", "exact")]),
    ("INSTITUTIONS: Hong Kong's health clinics (健康院)", "全港31间母婴健康院提供接种服务。",
     [("institutions", 31, None, "间", "exact")]),
    ("SERVICE_POINTS: service counters (专柜)", "在口岸设立医保服务专柜3个。", [("facilities", 3, None, "个", "exact")]),
    ("COMPOUND_MODIFIERS: a service centre for residents", "已开设2个港澳居民就医服务中心。",
     [("facilities", 2, None, "个", "exact")]),
    ("PLACES_COUNTED: a place word opening a compound is no place", "全市有9个国家临床重点专科，组建3个城市医疗集团。",
     [("programs", 9, None, "个", "exact"), ("institutions", 3, None, "个", "exact")]),
    ("PER_TERM: a benefit's yearly sum is money per head", "医疗补贴每年金额为800澳门元。",
     [("unit_cost", 800, None, "澳门元", "exact")]),
    ("PER_TERM: a yearly subsidy in total stays an amount", "政府每年资助约2,000万元。",
     [("amount", 2e7, None, "元", "approx")]),
    ("DOUBLE: 翻倍", "跨境转诊个案今年翻倍。", [("growth", 100, None, P, "exact")]),
    ("CARE_COUNT: people counted by the care they got", "全年产检人数达7,600人，受惠人数约1.1万人。",
     [("patients", 7600, None, "人", "exact"), ("patients", 11000, None, "人", "approx")]),
    ("CARE: people screened are patients", "全年有1.8万名市民参与筛查。", [("patients", 18000, None, "名", "exact")]),
    ("PATIENTS: the beneficiaries of a service", "受惠人士逾4,000名。", [("patients", 4000, None, "名", "at_least")]),
    ("POPULATION: people of an origin (人士)", "全市有港澳籍人士9万人。", [("population", 90000, None, "人", "exact")]),
    ("TRAVEL: trips and shopping are no visits", "北上消费的港人达420万人次，口岸出入境旅客逾3,000万人次。",
     [("other", 4_200_000, None, "人次", "exact"), ("other", 30_000_000, None, "人次", "at_least")]),
    ("COMPARISON: a saving against another place", "医疗开支较在港就医节省约35%。", [("other", 35, None, P, "approx")]),
    ("QUOTA: places in a quota are no facilities", "普通科门诊每日提供约1,900个诊症名额。",
     [("other", 1900, None, "个", "approx")]),
    ("VISITS_COUNTER_AFTER: the visit counter a word on", "急症室去年录得约190万求诊人次。",
     [("patient_visits", 1_900_000, None, "人次", "approx")]),
    ("VISITS_AFTER: specialist consultations in 次", "该院为港人提供约6,200次专科诊症。",
     [("patient_visits", 6200, None, "人次", "approx")]),
    ("SERVICES_AFTER: consultations counted as services", "该院去年提供约25万个门诊服务，另设2个专科门诊。",
     [("patient_visits", 250_000, None, "个", "approx"), ("facilities", 2, None, "个", "exact")]),
    ("BASE_FRACTIONS: a rate written as a fraction of 100,000", "孕产妇死亡率为十万分之八点七。",
     [("mortality_rate", 8.7, None, "per_100k", "exact")]),
    ("PER_HEAD_BASE: per 1,000 of a group named with its age", "每千名65岁以上长者有安老宿位18个，每千名儿童拥有儿科医生0.7名。",
     [("beds_per_1k", 18, None, "per_1k", "exact"), ("doctors_per_1k", 0.7, None, "per_1k", "exact")]),
    ("NOW_OPEN: the level open now after a planned figure", "新院区规划病床900张，目前已开放520张。",
     [("planned_beds", 900, None, "张", "exact"), ("beds", 520, None, "张", "exact")]),
    ("PLACES_COUNTED: ports", "已在3个口岸设立健康服务站，另设2个口岸门诊。",
     [("other", 3, None, "个", "exact"), ("facilities", 2, None, "个", "exact")]),
    ("BORN_AFTER: not a birth weight", "共有85名出生体重偏低的婴儿获转介。", [("patients", 85, None, "名", "exact")]),
    ("ENROLMENT: 投保 right before the count", "今年共有香港居民投保1.6万人。",
     [("insurance_enrolment", 16000, None, "人", "exact")]),
    ("CARED_INSURED: the insured named after the care they drew", "办理转诊备案的港澳参保人450人。",
     [("patients", 450, None, "人", "exact")]),
    ("PENSION: recipients named by their allowance", "另有860名综援长者，领取生活津贴者约3万人。",
     [("pension_recipients", 860, None, "名", "exact"),
      ("pension_recipients", 30000, None, "人", "approx")]),
    ("RESIDING: people counted where they live", "定居惠州的香港长者约1.3万人。",
     [("population", 13000, None, "人", "approx")]),
    ("RESIDING: a part of the residents", "常住澳门居民约4.1万人，其中长者约9,200人。",
     [("population", 41000, None, "人", "approx"), ("population", 9200, None, "人", "approx")]),
    ("NOT_CARED: residents of a care home are patients", "在护养院居住的香港长者共620名。",
     [("patients", 620, None, "名", "exact")]),
    ("NOT_CARED: residents who seek care are patients", "居住在中山的澳门居民约800人到该院就诊。",
     [("patients", 800, None, "人", "approx")]),
    ("NOT_CARED: residents served are patients", "为居住在深圳的港澳居民开设门诊，去年服务港澳居民3,600人。",
     [("patients", 3600, None, "人", "exact")]),
    ("_VAGUE with its next digit; a headline's phrases stand apart", "居中山港人逾万三 社团盼增转诊服务",
     [("population", 13000, None, "人", "at_least")]),
    ("POPULATION: people of a home town living elsewhere", "旅居海外的台山籍乡亲逾130万人。",
     [("population", 1_300_000, None, "人", "at_least")]),
    ("COMPOUND_MODIFIERS: a disease between people and patients", "为约90名香港居民糖尿病患者提供随访。",
     [("patients", 90, None, "名", "approx")]),
    ("DOCTORS: Chinese-medicine practitioners by kind", "在横琴执业的注册中医45名。",
     [("doctors", 45, None, "名", "exact")]),
    ("INSTITUTIONS: a hospital of Chinese medicine is no doctor", "全市共有中医院6家。",
     [("institutions", 6, None, "家", "exact")]),
    ("CAP_MOST: the most one person may get", "参保人单次最高报销12万元，给予最高5万元的奖励。",
     [("unit_cost", 120000, None, "元", "exact"), ("unit_cost", 50000, None, "元", "at_most")]),
    ("PER_PERIOD: money of one month or year", "护理津贴为每月3,200元，每年金额为1,500港元。",
     [("unit_cost", 3200, None, "元", "exact"), ("unit_cost", 1500, None, "港元", "exact")]),
    ("PER_PERIOD: not a budget spent in a year", "政府每年投入3亿元。",
     [("amount", 3e8, None, "元", "exact")]),
    ("SUBSIDIES: subsidies paid counted in 人次", "全年发放交通补贴230人次，共资助75人次。",
     [("cases", 230, None, "人次", "exact"), ("cases", 75, None, "人次", "exact")]),
    ("patient_visits: referrals up or down counted in 人次 are visits (tests/corpus/README.md)",
     "社区医院上转患者820人次，下转病人615人次。",
     [("patient_visits", 820, None, "人次", "exact"), ("patient_visits", 615, None, "人次", "exact")]),
    ("BRACKETED_CHANGE: a rate in brackets after a change", "护士共3,120名，增加95名（+3.1%）。",
     [("nurses", 3120, None, "名", "exact"), ("nurses", 95, None, "名", "exact"),
      ("growth", 3.1, None, "percent", "exact")]),
    ("PROCURED: doses bought are no vaccinations", "卫生局已采购约48万剂流感疫苗。",
     [("other", 480000, None, "剂", "approx")]),
    ("PROCEDURE_RIGHT_BEFORE: a procedure done for patients named before it", "该院为香港孕妇完成分娩210例。",
     [("procedures", 210, None, "例", "exact")]),
    ("_FALLBACKS: a change labelled only by its unit takes its level's", "全年完成筛查860例，较上年增加120例。",
     [("procedures", 860, None, "例", "exact"), ("procedures", 120, None, "例", "exact")]),
    ("BARE_TIME_LEVEL: a level naming only its time", "该院住院病人由2022年的210人次增至2024年的480人次，今年前8个月已达530人次。",
     [("admissions", 210, None, "人次", "exact"), ("admissions", 480, None, "人次", "exact"),
      ("admissions", 530, None, "人次", "exact")]),
    ("DRUG_USES: uses of a drug counted in 例", "今年已为香港患者使用进口药品126例。",
     [("cases", 126, None, "例", "exact")]),
    ("RATIO_OF_EARLIER_DATED: a multiple of a dated level in brackets", "执业医师达60名，是2023年底（20名）的3倍。",
     [("doctors", 60, None, "名", "exact"), ("doctors", 20, None, "名", "exact"),
      ("growth", 3, None, "倍", "exact")]),
    ("DOUBLE: doubled, and the span it took", "该院港澳患者人数三年翻番。",
     [("growth", 100, None, "percent", "exact")]),
    ("BREAKDOWN: a breakdown by place takes its total's metric", "入住养老院的澳门长者共600名。按城市划分，珠海、中山分别为400名和200名。",
     [("patients", 600, None, "名", "exact"), ("patients", 400, None, "名", "exact"),
      ("patients", 200, None, "名", "exact")]),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("pattern, text, expected", CASES, ids=[c[0] for c in CASES])
def test_rule_table(pattern, text, expected, script):
    got = rows_of(in_script(text, script))
    assert len(got) == len(expected), got
    for (metric, value, high, unit, qualifier), want in zip(got, expected):
        assert (metric, unit, qualifier) == (want[0], want[3], want[4]), got
        assert math.isclose(value, want[1], rel_tol=1e-9), got
        assert (high is None and want[2] is None) or math.isclose(high, want[2]), got


# page furniture and labels that are no figures (FURNITURE_LABEL, FURNITURE_AFTER, WEATHER_AFTER,
# MEASURES, STOCK_LINE, year labels, ages)
NOT_FIGURES = [
    ("NAMED_SET_AFTER: a set of cities named by its size", "四市设立服务中心，内地九市2026年度参保。"),
    ("FURNITURE_LABEL: counters drawn as symbols", "👍 412　⭐ 97　↗ 153　👁 9,862"),
    ("BRACKETED_DAY_BEFORE: 前（6）日", "卫生局前（6）日举行活动。"),
    ("BRACKETED_DAY_BEFORE: the date of a day named before it (前日（十九日）)", "前日（十九日）急诊部接诊人数较平日多。"),
    ("TERM_OF_RULE: the longest term a registration runs", "非本地医生可以有限度注册在公院工作最长三年。"),
    ("SPEECH_VERBS: a person speaking to the press (向本报表示)", "港人陈先生向本报表示，他去年做胆囊手术，住院五天。"),
    ("PRIVATE_UNQUOTED: a person's words with no mark after the verb", "有市民表示带同两岁儿子轮候近三小时，希望医院增加人手。"),
    ("CAPTION_BEFORE: a Markdown heading's table number", "## 表1：各医院跨境服务指标"),
    ("REPORTER_DAY_BEFORE: a dateline's day", "记者2日从市卫生健康委员会获悉。"),
    ("GRADE_BEFORE: a school grade", "初二年级女生免费接种。"),
    ("FURNITURE_LABEL: an extension (内线)", "如有查询，请致电内线 6231。"),
    ("URL_BEFORE: numbers in a link's address", "详见 https://www.zhuhai.gov.cn/news/2025/1118.html 及 www.hk.gov/a/1234 。"),
    ("URL_BEFORE: a Markdown link's target", "- [南山区启动港澳医师执业备案](/sz/ms/1118)"),
    ("READ_TIME_BEFORE: a page's reading time in its top line", "> 整理：政策观察组 | 阅读约6分钟"),
    ("BAR_AFTER: a target named as the bar (控制目标)", "死亡率低于5/10万的控制目标。"),
    ("LISTED_PLACES_BEFORE: the size of a list of places", "深圳、珠海和广州三市参保较多。"),
    ("PRIVATE_SPEAKER: one person of a group, picked out by their years", "有在中山居住十年的香港退休人士表示，看病方便。"),
    ("PRIVATE_SPEAKER: one person's waits in their words", "一名七十八岁姓黄的长者表示，「以前要等一年，现在两个星期就看到」。"),
    ("FURNITURE_LABEL: hotline", "医保服务热线：12393"),
    ("FURNITURE_LABEL: counter", "发布时间：2024-11-08　来源：广州市医疗保障局　浏览次数：2381"),
    ("FURNITURE_LABEL: social counters", "Facebook 1,284　WhatsApp 356　赞好 2.1万　留言 437"),
    ("FURNITURE_LABEL: licence", "粤ICP备19061528号　粤公网安备 44010402002517号"),
    ("FURNITURE_LABEL: humidity, WEATHER_AFTER", "2024年11月8日 星期五 多云 19℃~27℃ 湿度75%"),
    ("FURNITURE_LABEL: UV index", "紫外线指数 9"),
    ("FURNITURE_AFTER: hotline named after", "如有疑问可拨打12345政务服务便民热线。"),
    ("FURNITURE_AFTER: key", "咨询请按1键。"),
    ("MEASURES: a threshold", "出生体重低于2500克的新生儿需转诊。"),
    ("STOCK_LINE", "恒生指数收报17,234点，涨1.2%。"),
    ("year glued to a name", "2023粤港澳大湾区卫生健康合作交流会在横琴举行。"),
    ("fiscal year", "2022-23年度的开支。"),
    ("year written with ○", "自二○二三年一月起实施。"),
    ("FURNITURE_AFTER: reader counters", "143评论 2.6万阅读 56次点赞 1,204人点赞 386条评论"),
    ("FURNITURE_AFTER: a reader counter in a sentence", "本文已有3.2万次浏览。"),
    ("FURNITURE_LABEL: air quality", "今日空气质素指数 48，属低健康风险"),
    ("FURNITURE_LABEL: AQI in brackets", "空气质量指数（AQI）63 良"),
    ("FURNITURE_LABEL: temperature and humidity", "气温27度 相对湿度85%"),
    ("HOTLINE_AFTER: a 24-hour hotline", "24小时新闻热线 0757-83238000"),
    ("FURNITURE_LABEL: a phone number in groups", "热线电话 2961 8989"),
    ("FURNITURE_LABEL: a phone number with an area code", "查询热线：(853) 2837 0001"),
    ("FURNITURE_LABEL: copyright", "版权所有 © 2025 澳门日报"),
    ("FURNITURE_LABEL: copyright glued", "本网站版权所有©2024"),
    ("MEASURES: a threshold in mg", "空腹血糖高于15mg/dL者需复查。"),
    ("MEASURES: a threshold in mmol/L", "糖化血红蛋白达7.0mmol/L以上者需转诊。"),
    ("YEAR_GLUED: a fiscal year with a slash", "2024/2025年度长者医疗券计划。"),
    ("YEAR_GLUED: a short fiscal year with a slash", "2024/25年度基层医疗计划。"),
    ("YEAR_GLUED: a year, a space, a forum", "2025 粤港澳大湾区卫生健康论坛在广州举行。"),
    ("YEAR_GLUED: a year and a dot", "2025·大湾区医疗论坛在珠海举行。"),
    ("a forum named with its year", "2025年大湾区医疗论坛在珠海举行。"),
    ("an age", "5岁以下儿童可免费接种。"),
    ("FURNITURE_LABEL: a phone number after 致电", "查询详情，可致电2887 0514。"),
    ("FURNITURE_LABEL: a phone number after 拨打", "市民可拨打2835 5566查询。"),
    ("BRACKETED_DAY: a day in brackets", "卫生局今（18）日公布首季医疗服务概况。"),
    ("PHASE: a phase of a building", "中心医院二期工程明年启用。"),
    ("PHASE: a phase to be built", "拟于明年启动国际医院二期建设。"),
    ("PERIOD_SPAN_BEFORE alone", "今年首十个月，工作稳步推进。"),
    ("FURNITURE_LABEL: a licence number's suffix", "粤ICP备20231234号-2"),
    # ITEM_OPENING / ITEM_MARKS / ITEM_YEAR: list and attachment numbering
    ("ITEM_YEAR: a dotted marker glued to a year", "附件：1.2023年港澳药械通目录"),
    ("ITEM_MARKS: a dotted marker before a quote", "附件：\n2.“湾区通办”办事指南"),
    ("ITEM_MARKS: markers opening lines", "1. 珠海市人民医院\n2、中山市人民医院"),
    ("ITEM_MARKS: markers in brackets", "(1) 跨境转诊\n（2）医保结算"),
    ("ITEM_OPENING: markers after a colon and a stop", "主要举措：1.建立转诊机制；2.推行直接结算。"),
    ("SEASON_AFTER: a season's years before its name", "2026/27季节性流感疫苗接种计划下月展开。"),
    ("SEASON_AFTER: a season's years with a dash", "2024-25季节性疫苗资助计划。"),
    ("MONEY_THRESHOLD_AFTER: the part of a cost above a threshold", "住院费用超过8,000元的部分由基金支付。"),
    ("MONEY_THRESHOLD_AFTER: a threshold below", "单次就诊费用在200元以下的免收诊金。"),
    ("MONEY_THRESHOLD_AFTER: a tier", "3万元以上的部分另行补助。"),
    ("MONEY_THRESHOLD_BEFORE: a deductible", "门诊起付线为600元。"),
    ("MONEY_THRESHOLD_AFTER: a currency between the amount and 的部分", "自付费用超过3,000元人民币的部分另行补助。"),
    ("MONEY_THRESHOLD_OVER: an amount picking out a group before 的", "单次费用超过5万元的患者可另行申请补助。"),
    ("NOT_A_FIGURE_AFTER: a type in a disease's name", "在管1型糖尿病患者。"),
    ("NOT_A_FIGURE_AFTER: a valency in a vaccine's name", "推广接种13价肺炎球菌疫苗。"),
    ("MONEY_THRESHOLD_BEFORE: a deductible lowered", "住院起付标准由1,200元降至900元。"),
    ("FURNITURE_LABEL: an attachment count", "附件下载（2）"),
    ("FURNITURE_LABEL: an air reading", "今日PM2.5浓度为28微克/立方米，PM10指数 40"),
    ("STOCK_LINE: a pager", "共5页 上一页 1 2 3 4 5 下一页"),
    ("FURNITURE_AFTER: followers", "扫码关注 1,268人已关注"),
    ("PRIVATE_AFTER: a private person's time in her quoted words", "“坐车过关半小时就到诊所，很方便。”住在东涌的何女士说。"),
    ("PRIVATE_AFTER: a private person's time in the attribution", "“护士很细心。”在横琴生活了八年的刘先生表示。"),
    ("PRIVATE_BEFORE: a private person's time after his words", "黄伯说：“以前排期要等两个月。”"),
    ("PHONE_GROUPS: a phone number in groups after the office it reaches", "如有疑问可致电卫生局健康促进处2856 4401。"),
    ("GESTATION_BEFORE: a week of pregnancy", "孕妇应于怀孕20周前完成首次检查。"),
    ("GESTATION_BEFORE: a week of pregnancy or more", "怀孕32周或以上的孕妇不宜跨境。"),
    ("AGE_RANGE_AFTER: an age range from months", "为6个月至未满3岁的幼儿提供服务。"),
    ("EXPERIENCE_AFTER: years of experience asked", "申请人须具备8年以上专科经验。"),
    ("WITHIN_RATE_AFTER: a span with 以内 inside a ratio's name", "检验结果于24小时以内发出的比例逐年上升。"),
    ("PERIOD_SPAN_BEFORE: a span as a criterion (满)", "对连续服务满2年的医生给予奖励。"),
    ("NOT_A_FIGURE_AFTER: a page count", "第2页，共4页"),
    ("QUOTED_NAME: a slogan in quotes", "全面建成“10分钟医疗服务圈”。"),
    ("PRIVATE_AFTER: a private person's times in her words", "“坐车二十分钟就到，排队也只等了半小时。”在横琴住了五年的陈先生说。"),
    ("PHONE_EXTENSION: a phone number's extension", "咨询可拨打编辑部热线 12345 转 6。"),
    ("FURNITURE_LABEL: an app's downloads boasted on a contact line", "南方日报新闻热线：020-87373998　南方+客户端下载量突破1.2亿"),
    ("MONEY_THRESHOLD_BEFORE: deductibles listed after it", "住院起付标准为一级医院300元、二级医院600元、三级医院1,000元。"),
    ("NOT_A_FIGURE_AFTER: a floor", "门诊楼1楼设港澳居民服务中心。"),
    ("CAPTION_REFERENCE: a table referred to", "主要健康指标见表12。"),
    ("RECENT_WINDOW: the last years before a verb", "深圳近五年扩容最快。"),
    ("PRIVATE_UNQUOTED: a private person's time told without quotation marks",
     "家住石岐的市民罗先生说，以前去广州看病来回要4个小时。"),
    ("PRIVATE_SPEAKER: Mrs (太) telling her time", "在南沙工作的香港居民梁太说，她一家三口来南沙已有3年。"),
    ("EVENT_YEAR: a year glued to an event's name", "香港花卉展览2026　3月13日开幕"),
    ("LISTED_COUNT_BEFORE: the size of a list of institutions just named", "甲医院、乙医院两家医院均位于前海。"),
    ("LISTED_COUNT_AFTER: the size of a list named after it", "接诊最多的五家医院依次为甲医院、乙医院等。"),
    ("FUTURE_BEFORE: the years to come", "双方未来三年将合办专科培训课程。"),
    ("ACCESS_PROMISE_AFTER: a time within which care is promised", "让群众在15分钟内就能找到家庭医生。"),
    ("YEAR_SLASH_BEFORE: a season's second year", "本港已于上月中旬进入2026/27年冬季流感季。"),
    ("DURATION_THRESHOLD_BEFORE: a duration picking out a group before 的", "轮候超过2小时的个案明显减少。"),
    ("CAPTION_REFERENCE: a table read from", "从表3看，端州区床位较多。"),
    ("CAPTION_GLUED: a caption's number glued to a heading", "二、分县情况表3　2025年各县床位配置"),
    ("CAPTION_GLUED: a caption's sub-number", "表21-1　全市卫生机构和人员"),
    ("EMERGENCY_NUMBER: an emergency service's number", "记者从江门市120急救指挥中心获悉，全市120急救网络运行平稳。"),
    ("WITHIN_RATE_AFTER: a span naming a rate", "全市3分钟出车率明显提高。"),
    ("EVENT_YEAR: a year in brackets after an event's name", "第十五届全国运动会（2025）专题"),
    ("PRIVATE_NAMED: a person named, then his words as 他说", "今年65岁的李伯在深圳居住多年，他说在港轮候手术已等了三年多。"),
    ("PRIVATE_GOES_ON: a person's words going on as 他说", "黄伯表示，他患白内障多年。他说自己每月都会过来复诊，每次车程约45分钟。"),
    ("PRIVATE_UNQUOTED: a quotation going on after the unquoted words", "病人家属黄小姐表示，其父亲去年中风，「由深圳返到玛丽医院唔使两个钟」。"),
    ("LISTED_COUNT_AFTER: the size of a list named before, mid-text", "按医院划分，各院运作如常，三家医院合计投入运营。"),
    ("LISTED_COUNT_BEFORE: the size of a list of campuses", "该院甲院区、乙院区、丙院区三个院区均设港澳门诊。"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("pattern, text", NOT_FIGURES, ids=[c[0] for c in NOT_FIGURES])
def test_furniture_numbers_are_never_figures(pattern, text, script):
    assert rows_of(in_script(text, script)) == []


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text", ["逾九成召唤12分钟内到场。", "92.3%的召唤在12分钟内到场，达到服务承诺。"])
def test_the_time_within_which_a_share_is_done_is_no_figure(text, script):
    """WITHIN_SHARE_AFTER: the share is the figure, the time its threshold."""
    rows = rows_of(in_script(text, script))
    assert len(rows) == 1 and rows[0][3] == "percent"  # (the share's row only, no 12 分钟)


# A Hong Kong portal page in traditional characters (our own text) with every kind of furniture
# that holds a number: reader counters, an air-quality and weather line, hotlines, a copyright
# line, a related list, a lab threshold, a programme and a forum named with their year.
HK_PORTAL_PAGE = """港聞 > 醫療 > 正文
深圳醫院港人門診一年求診逾8萬人次
2025-03-12 09:30 來源：大灣區新聞網
今日空氣質素指數 48 氣溫 18-24℃ 濕度 75%
閱讀 2.6萬 評論 143
點讚 56 轉發 12 收藏 8

香港大學深圳醫院去年為香港居民提供門診服務逾8萬人次，按年上升12%。

在2024/2025年度長者醫療券計劃下，該院為出生體重低於2500克的早產兒及空腹血糖高於15mg/dL的長者提供跟進服務。

該院在5間分院開設港人專科門診，並於2025年大灣區醫療論壇介紹經驗。

24小時新聞熱線：2865 2222
查詢熱線：(853) 2837 0001
版權所有 © 2025 大灣區新聞網
相關推薦
港人北上睇牙人數創新高
3小時前
"""


@pytest.mark.parametrize("script", ["traditional", "simplified"])
def test_a_portal_page_gives_its_figures_and_no_furniture(tmp_path, script):
    page = HK_PORTAL_PAGE if script == "traditional" else to_simplified(HK_PORTAL_PAGE)
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    doc, _ = read_document(tmp_path / "page.txt")
    rows = [(r["metric"], r["value"], r["unit"], r["qualifier"], r["start"] < 0)
            for r in document_metrics(doc)]
    assert rows == [("patient_visits", 80_000, "人次", "at_least", True),  # the headline
                    ("patient_visits", 80_000, "人次", "at_least", False),
                    ("growth", 12, P, "exact", False), ("institutions", 5, "间", "exact", False)]


# A Macao newspaper article in traditional characters (our own text): a span of months, a list of
# hospitals sharing the sentence's counted noun, days written 日 after a decimal, a cut by half,
# an enrolment with a bare number and its increase, people reached, care homes and their places,
# money per place, and a related headline after the article.
MACAO_ARTICLE = """澳門日報　2025年11月9日　版次：A03

琴澳醫療合作首十月成果豐碩
　　【本報訊】衞生局今（8）日公佈，今年首十個月，經「跨境轉診安排」轉往橫琴的澳門病人共412名，主要來自仁伯爵綜合醫院及鏡湖醫院，人數分別為260名及152名。轉診病人的平均住院日數為6.8日，輪候時間較以往縮短約一半。
　　截至10月底，在橫琴參保的澳門居民人數突破1.6萬，較去年底增加2,300人。當局預計新措施明年可惠及澳門居民逾3萬人。
　　另外，參與「長者院舍照顧計劃」的院舍增至8間，政府為每個宿位每月資助約9,200澳門元，目標明年提供逾600個宿位。

相關新聞：
橫琴今年新增2間港澳藥械通指定醫院
"""


@pytest.mark.parametrize("script", ["traditional", "simplified"])
def test_a_macao_article_gives_each_figure_its_label(tmp_path, script):
    page = MACAO_ARTICLE if script == "traditional" else to_simplified(MACAO_ARTICLE)
    (tmp_path / "article.txt").write_text(page, encoding="utf-8")
    doc, _ = read_document(tmp_path / "article.txt")
    rows = [(r["metric"], r["value"], r["unit"], r["qualifier"]) for r in document_metrics(doc)]
    assert rows == [("patients", 412, "名", "exact"), ("patients", 260, "名", "exact"),
                    ("patients", 152, "名", "exact"), ("duration", 6.8, "天", "exact"),
                    ("growth", -50, P, "approx"), ("insurance_enrolment", 16_000, "人", "at_least"),
                    ("insurance_increase", 2300, "人", "exact"), ("patients", 30_000, "人", "at_least"),
                    ("institutions", 8, "间", "exact"), ("unit_cost", 9200, "澳门元", "approx"),
                    ("planned_beds", 600, "个", "at_least")]


@pytest.mark.parametrize("traditional, simplified", [
    ("醫生人數由350名增至402名；牀位增加到960張", "医生人数由350名增至402名；床位增加到960张"),
    ("註冊護士、長者醫療券、兩間醫院", "注册护士、长者医疗券、两间医院"),
])
def test_folding_keeps_every_offset(traditional, simplified):
    assert to_simplified(traditional) == simplified
    assert to_simplified(simplified) is simplified  # a simplified text is not copied


def test_hong_kong_wording_written_by_hand():
    """Traditional text as Hong Kong and Macao press write it, not a converted copy."""
    assert rows_of("醫院管理局轄下43間公立醫院，去年急症室求診人次按年上升5.1%至210萬人次。") == [
        ("institutions", 43, None, "间", "exact"), ("growth", 5.1, None, P, "exact"),
        ("patient_visits", 2_100_000, None, "人次", "exact")]
    assert rows_of("本澳每千人口有2.7名醫生。") == [("doctors_per_1k", 2.7, None, "per_1k", "exact")]


# LIST_HEADING (analysis/_rules/furniture.py): a heading over related links or an advertisement,
# what stands under it is no article
@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("line", ["相关信息", "更多信息：", "广告"])
def test_list_headings_of_links_and_advertisements(line, script):
    from analysis.text import is_end_marker

    assert is_end_marker(in_script(line, script))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_related_headline_and_an_advertisement_give_no_figure(script):
    text = in_script("2025-03-12 09:30 来源：健康网\n全市社区卫生服务中心增至58家，较去年增加3家。\n"
                     "相关信息\n全市居民健康素养水平提升至38.4%\n2025-03-01\n", script)
    doc = read_document_text(text)
    assert [r[1] for r in rows_of(doc)] == [58, 3]


def read_document_text(text: str) -> str:
    from analysis.text import strip_furniture

    return strip_furniture(text)


# STAMP (analysis/_rules/time.py) with its weekday: a portal's top bar of weather, date and a
# counter is furniture, never the page's title
@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("line", ["2025年3月12日 星期三",
                                  "珠海 晴 18℃～25℃ 湿度70% ｜ 2025年3月12日 星期三 ｜ 在线人数 1,024"])
def test_a_date_with_its_weekday_is_furniture(line, script):
    from analysis.text import furniture_kind

    assert furniture_kind(in_script(line, script)) is not None


def _metric_value_period(text: str, script: str, published) -> list[tuple]:
    """The (metric, value, period) of each figure of ``text`` in ``script``, published then."""
    doc = SimpleNamespace(doc_id="t", text=in_script(text, script), published=published, region=None)
    return [(r["metric"], r["value"], r["period"]) for r in document_metrics(doc)]


# BREAKDOWN (按…划分) of a level stated at a year's end: its parts are at that point too, not of
# the year (a flow's carried year-end point is a year only outside a breakdown)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_breakdown_by_place_is_at_its_levels_point(script):
    from datetime import date

    rows = _metric_value_period("截至2024年12月31日，在养老院居住的香港长者共500名。按城市划分，深圳、东莞分别为"
                                "300名和200名。", script, date(2025, 3, 1))
    assert rows == [("patients", 500, "2024-12-31"), ("patients", 300, "2024-12-31"),
                    ("patients", 200, "2024-12-31")]


# RULE_PARAMETER (analysis/_rules/time.py): a rate or cap a rule sets takes no period carried from
# the sentence before, while a rate measured in the same paragraph does (报销比例为78%)
RULE_TERMS = [
    ("threshold part, then 按", "2024年，参保居民住院费用报销比例为78%。个人自付超过2万元的部分按60%给予补助。",
     [("rate", 78, "2024"), ("rate", 60, None)]),
    ("a cap", "2024年，参保居民住院费用报销比例为78%。每人年度补助上限为20万元。",
     [("rate", 78, "2024"), ("unit_cost", 200_000, None)]),
    ("up to, as a rule allows", "2024年，参保居民住院费用报销比例为78%。门诊报销比例最高可达65%。",
     [("rate", 78, "2024"), ("rate", 65, None)]),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("pattern, text, expected", RULE_TERMS, ids=[c[0] for c in RULE_TERMS])
def test_a_rules_terms_take_no_carried_period(pattern, text, expected, script):
    from datetime import date

    assert _metric_value_period(text, script, date(2025, 3, 1)) == expected


# LATER_OF_PAIR (analysis/_rules/time.py): a time a service takes, before and after a change, is
# of no time stated for another figure of its sentence; a time inside the pair still dates it
DURATION_PAIRS = [
    ("no time in the pair", "今年1至6月，该局共受理申请320件，审批时限由原来的15个工作日缩短至7个工作日。",
     [("cases", 320, "2025-01/2025-06"), ("duration", 15, None), ("duration", 7, None)]),
    ("a time in the pair", "该院平均住院日由2023年的9.2天缩短至8.5天。",
     [("duration", 9.2, "2023"), ("duration", 8.5, None)]),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("pattern, text, expected", DURATION_PAIRS, ids=[c[0] for c in DURATION_PAIRS])
def test_a_duration_pair_takes_no_time_of_another_figure(pattern, text, expected, script):
    from datetime import date

    assert _metric_value_period(text, script, date(2025, 8, 1)) == expected


# HOME_MONEY / OTHER_MONEY_WORDS: a bare 元 in an article of a SAR is its currency (README: 元 in a
# Hong Kong release is 港元, in a Macao one 澳门元 when the text says so); a sentence naming another
# money keeps 元, and an article of the mainland keeps 元
HOME_MONEY_CASES = [
    ("HOME_MONEY: Hong Kong, a bare 元", "香港", "长者每年可获医疗券金额2,000元。", ["港元"]),
    ("HOME_MONEY: Hong Kong, a sum in 万元", "香港", "当局为计划拨款约3,600万元。", ["港元"]),
    ("OTHER_MONEY_WORDS: Hong Kong, a sentence in 人民币", "香港",
     "该院门诊收费为人民币200元。", ["元"]),
    ("HOME_MONEY: Macao, the text names its pataca", "澳门",
     "补贴以澳门元发放。每名长者每月可获补贴3,200元。", ["澳门元"]),
    ("HOME_MONEY: Macao, no pataca named", "澳门", "每名长者每月可获补贴3,200元。", ["元"]),
    ("HOME_MONEY: a mainland city keeps 元", "深圳", "每名参保人每年可获补助500元。", ["元"]),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("pattern, region, text, units", HOME_MONEY_CASES,
                         ids=[c[0] for c in HOME_MONEY_CASES])
def test_a_bare_yuan_is_the_currency_of_its_sar(pattern, region, text, units, script):
    doc = SimpleNamespace(doc_id="t", text=in_script(text, script), published=None, region=region)
    assert [r["unit"] for r in document_metrics(doc)] == units


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_rate_threshold_picking_out_the_institutions_counted_is_no_figure(script):
    """RATE_THRESHOLD_BEFORE: the 11 hospitals are the figure, 100% the threshold they pass."""
    rows = rows_of(in_script("全港公立医院中，前日有11间的内科病床占用率超过100%，情况持续。", script))
    assert [row[1] for row in rows] == [11]
