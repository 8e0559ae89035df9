"""The words that label a figure: the rule table of ``analysis.metrics`` and its cue patterns.

Data only. Every pattern is written in simplified characters and matched on text folded by
``analysis.folding.to_simplified`` (醫生 reads as 医生, 牀位 as 床位, 間 as 间), so one word covers
both scripts; words that differ beyond characters (Hong Kong and Macao usage: 求诊, 个案, 按年,
医疗券, 宗) are listed beside their mainland forms. A rule is a dict of ``metrics._rule``'s
arguments; the first rule that fits a figure names its metric.
"""

from __future__ import annotations

PEOPLE = ("人", "名", "位", "个")
BED_UNITS = ("张", "床")  # 病床1,200张, 开设床位800床
PLACE_UNITS = ("个",)  # 宿位2,000个 (not 个 for 床: 临床重点专科6个 is no bed)
MONEY = ("元", "港元", "澳门元", "美元", "欧元", "英镑", "日元")
RATE_KINDS = ("percent", "per_mille")
WITH_BASE = ("per_base",)  # a rate with its base: 2.6/10万, 每千人口3.4名
PER_1K = ("per_1k", "千", "1000", "1,000")  # the bases of the *_per_1k metrics (not 每10万人口)

# --- cue words ---------------------------------------------------------------------------------
INSURANCE = r"保险|参保|医保|社保|社会保障|养老金"
# (社会保障制度: Macao's social security scheme, 社保 in full)
ENROLMENT = (r"(?:参加|参保|投保|加入|纳入)\S*(?:保险|医保|社保|社会保障)|(?:保险|医保)\S{0,6}(?:参保|人数)"
             r"|(?:参保|投保)(?:人数|人次|人员|人|者|总人数|[^，。；]{0,6}居民)|供款人|供款者|缴费人"
              r"|(?:参保|投保)(?:约|近|逾|超过|达到?|共|为)*$")  # (外籍人士参保800人, 澳门居民投保2.3万人)
# the insured who drew a benefit of their cover, named after the figure (共有300名参保人享受大病保险
# 待遇): patients, treated at the scheme's cost, not the enrolment
BENEFITED_AFTER = r"^[\u4e00-\u9fff]{0,8}?享受[\u4e00-\u9fff]{0,6}?(?:医保|保险|医疗|报销)待遇"
# enrolment named after the figure: 逾1.2万名澳门居民参加珠海医保
# … and the insured named right after the care they drew (办理异地就医备案的参保人312人, 在定点医院
# 结算的参保者): patients of their cover
CARED_INSURED = (r"(?:就医|就诊|求医|看病|治疗|住院|备案|结算|报销)[^，,；;]{0,8}的[\u4e00-\u9fff]{0,4}?"
                 r"参保(?:人|者|人员)(?:约|近|逾|超过|共|达到?|为|有)*$")
ENROLLED_AFTER = r"参加[^，。；]{0,8}(?:医保|保险|社保)"
# … or insured with no scheme named (3,200名港澳居民在横琴参保), not a rate or a fee of it
INSURED_AFTER = r"^[\u4e00-\u9fff]{0,12}?参保(?!率|费)"
# … with the scheme past the words read after the figure: 約1.2萬名澳門居民在橫琴參加珠海市基本醫療保險
ENROLLING_AFTER = r"参加|参保|投保"
ENROLLED_SENTENCE = r"(?:参加|参保|投保)[^，。；]{0,14}(?:医保|保险|社保)"
# the insured named before a list of residents (参保港澳居民中，香港居民和澳门居民分别为…; 在珠海参加
# 医保的港澳居民中…): the residents listed are enrolled, not a population (not 参保率)
ENROLLED_LEAD = (r"参保(?!率|费)|(?:参加|投保)[^，,。；;]{0,12}(?:保险|医保|社保)"
                 r"|(?:参加|投保|加入)[“「\"][^”」\"，。]{1,8}保[”」\"]")  # (参加“湾区保”的)
ENROLLED_GROUP = r"居民|同胞|市民|港人|澳人"
# a clause that only goes on with a verb (…的香港居民同比增长11.3%，达到2.76万人)
BARE_LEVEL = r"^(?:达到?|增至|升至|增加到|上升到|共|为|有)$"
PENSION = r"受益人|领取养老金|养老金领取|津贴者|高龄津贴者|生活津贴者|综援长者|综援受助人|综援人士"
# (the recipients of an old-age or social-security allowance named as such: 高龄津贴者, 綜援長者)
# (… and the old-age allowances of Hong Kong and Macao: 领取长者生活津贴的长者, 领取高龄津贴)
# Money written in 亿 or 万 with no currency, after a verb of spending or receiving in its clause
# (社保基金去年支出逾52億, 基金收入约128亿): the article's own currency
LARGE_MULTIPLIERS = ("亿", "億", "万", "萬")
SPENT_BEFORE = (r"(?:支出|收入|开支|投入|拨款|结余|结存|赔付|筹资|总投资|资金)(?:了|达到?|为|约|近|逾|超过|超|共|合共|累计)*$")
PENSION_SENTENCE = r"领取(?:养老金|敬老金|养老待遇|长者生活津贴|高龄津贴|养老津贴|敬老津贴|生果金)"
PENSION_BENEFICIARIES = (r"(?:养老金|敬老金|养老津贴|敬老津贴)[^。；;，,]{0,16}[，,](?:受惠|受益|领取)人数"
                         r"(?:达到?|为|约|近|逾|超过|共|有)*$")
# people counted as residents are patients when they are treated, registered or seek care
CARE = (r"就医|就诊|求医|求诊|看病|睇牙|睇医生|诊治|医疗服务|登记|接诊|签约|签订|治疗|转诊|转介|健康检查|体检|接种|"
        r"产检|筛查|普查|细胞检验|进行检验|使用医疗券|用券|用药")  # (港人透过政策在大湾区用药)
# people counted by the care they got, with no group named (产检人数达8,900人, 就诊人数1.2万人): patients
CARE_COUNT = (r"(?:就医|就诊|求医|求诊|诊治|治疗|转诊|体检|产检|筛查|健康检查|接诊|救治|康复|服务|受惠)"
              r"(?:人数|者)(?:达到?|为|约|近|逾|超过|超|共|有|突破|破)*$")
# people counted right after the screening they had (完成初筛6万人, 宫颈癌筛查7.62万人, 普查约3,000人):
# patients of the programme
SCREENED = r"(?:筛查|初筛|复筛|普查|肠镜|内镜)(?:检查)?(?:了)?(?:约|近|逾|超过|超|共|达到?|为|累计)*$"
# … and people in a sentence of a screening programme naming no one counted (参加者突破百万, 年度目标
# （3万人）, 已有4,127人完成): its participants
SCREENING_SENTENCE = r"筛查|初筛"  # (not 普查: 统计暨普查局 is a statistics office)
# people counted right before their use of a voucher (僅5,913人用券, 逾3万人使用医疗券): its patients
VOUCHER_USE_AFTER = r"^(?:已|曾)?(?:用券|使用(?:了)?(?:长者|电子)?医疗券)"
# people in care homes, counted by their staying or being looked after (入住的有311人, 照顾的有612名,
# 新入住院友57名): the homes' patients
IN_CARE = r"(?:入住|照顾)(?:的|了)?(?:院友|长者|老人|病人)?(?:有|共|约|近|逾|超过|达到?|为)*$"
# people signed up with a family doctor, before it or after (签约家庭医生的有328人, 已有1,268人签约):
# patients of the service, not its doctors
SIGNED_DOCTOR = r"签约(?:了)?家庭医生(?:服务)?的(?:有|共|约|近|逾|超过|达到?|为)*$"
SIGNED_AFTER = r"^(?:签约|签订|完成签约)"
# trips across the border and shopping counted in 人次 (北上消费的港人达500万人次, 出入境旅客): no visits
TRAVEL = r"出入境|通关|过关|旅客|旅游|游客|消费|购物"
# (people given a health check or a vaccination: 为1.2万名学生提供健康检查, 300名学生在该院接种疫苗)
# people served or reached by a service are its patients (服务约4,600名市民, 惠及澳门居民逾2万人);
# not the population a service is planned for (服务人口, 服务常住人口: a population)
SERVED = r"服务|惠及|受惠"
SERVED_PEOPLE = r"居民|市民|同胞|港人|澳人|乡亲"
# … and people a service reaches named before what it does for them (为1,286名港澳居民提供服务,
# 逾2万名港人透过政策受惠): patients
SERVED_AFTER = r"^[^，,。；;]{0,12}?(?:受惠|受益|提供[\u4e00-\u9fff]{0,6}服务)"
# people signed up to a (family doctor) service, counted right after the signing: patients, not
# the doctors of the service's name (家庭医生签约1.05万人, 提供家庭医生签约服务2,140人)
# people on a waiting list (轮候人数约1,300人, 輪候者逾3.2萬人): patients
WAITING = r"轮候(?:人数|人士|者|病人|个案)?(?:达到?|为|约|近|逾|超过|共|有)*$"
# … unless the staff signed are named after the figure (签约30名港澳医生)
NO_STAFF_AFTER = r"^(?![\u4e00-\u9fff]{0,4}(?:医生|医师|护士|专家|医护|人员|团队))"
# … and the people a signed-up service covers (家庭医生签约服务覆盖38.2万人)
SIGNED_UP = r"签约(?:服务)?(?:人数)?的?(?:覆盖|了|为|达到?|约|近|超过|超|逾|共|有|突破|破)*$"
# … and the people a signing or registering service counts, the count named anywhere before the
# figure in its clause (签约人数由2023年的61.8万人增至…, 登记服务的累计人数达29.6万人)
SIGNED_COUNT = r"(?:签约|登记)(?:服务)?的?(?:累计)?人数"
# … and the people signed up to a family doctor's service named between (签约港澳居民家庭医生服务3,420人)
SIGNED_SERVICE = r"签约[^，,；;]{1,12}家庭医生服务(?:约|近|逾|超过|共|达到?)*$"
# … and the people a service signed up with a family doctor (为港澳居民签约家庭医生2,300人); not
# the doctors signed (共有签约家庭医生260名: doctors)
SIGNED_FOR = r"为[^，,；;]{1,12}签约家庭医生(?:约|近|逾|超过|共|达到?)*$"
# the participants of a care scheme (计划 or 试点, not an event): patients (参加者逾3万, 参加人数达到
# 5万人, 已有2.1万名市民参加); a scheme of insurance is an enrolment, read first
CARE_SCHEME = r"^(?![^。]*(?:讲座|活动|培训|比赛|论坛|会议|医保|保险|社保))[^。]*(?:计划|试点)"
SCHEME_PARTICIPANTS = r"(?:参加|参与)(?:者|人数)(?:累计)?(?:达到?|为|约|近|逾|超过|超|共|有|突破|破)*$"
SCHEME_JOINED_AFTER = r"^[\u4e00-\u9fff]{0,8}?(?:参加|参与)(?![\u4e00-\u9fff]{0,8}(?:医保|保险|社保))"
# people with a condition found (确诊患有糖尿病的有1.2万人, 另有800人被发现血压偏高) and people counted
# as cases (新个案1,200人): patients
DIAGNOSED = r"(?:患有|确诊|患上|诊断为?)[^，,；;]{0,16}的(?:有|共|约|近|逾|达到?)*$"
DIAGNOSED_AFTER = r"^[人名]?(?:被|经)?(?:发现|确诊|诊断|筛查出|筛出)"
CASES_OF_PEOPLE = r"个案(?:约|近|逾|共|有|达到?|为)*$"
# people counted as eligible are a population, not patients (合资格使用医疗券的长者约186万名)
ELIGIBLE = r"合资格|符合资格|合乎资格|年满"
# a price or a fee per service, person or month (洗牙收费约800港元, 每月金额为3,950澳门元)
UNIT_PRICE = r"收费|价格|单价|报价|月费|服务费|每月金额|缴费标准|筹资标准|个人缴费|每宗|每次"  # (签约服务费10元)  # (手术报价约六万澳门元)
# what a policy covers one person for at most (年度最高保障300万元, 最高保額, 保障額度): per head
COVER_CAP = r"最高保障|保障额度|最高保额|保额最高|最高赔付|赔付上限|最高再?支付(?!比例)"  # (大病保险最高再支付50万元)
# a fee by the month (每月约8,200元, 每月收费4,600元): per head
MONTHLY_FEE = r"每月(?:约|收费|需|只需|仅需|收)?$"
# what one person pays (自付部分往往不足100元人民幣, 只需約1,500元, 醫保報銷後只付了約2,100元, 一年交的保费
# 不到500元, 每年交醫保費約800元): money per head; not a total (自付费用合计…, 保费收入共…)
PAID_BY_PERSON = (r"^(?!.*(?:基金|总额|总计|合计|共计|累计|共|支出|投入|投资|预算|拨款|收入|结算))"
                  r".*(?:自付|只需|只要|仅需|只付|才付|才交|保费|医保费|诊金|花了|个人(?:实际)?负担|实际负担|年缴|年交|俾)"
                  r"[^，,；;\d费]{0,8}$")  # (居民个人实际负担70元, 年缴四百多元起, Cantonese 只係俾幾十蚊)
# a sum changed by an amount right after a sum per head (每人每年保费79元，较上年度上调6元): the change is per
# head too (read on the words before it)
CHANGE_OF_SUM = r"(?:上调|下调|调高|调低|调升|调降|提高|降低|增加|减少|上升|下降)了?(?:约|近)?$"
# a cap on what one person may get or claim (累积上限为8,000港元, 每年报销封顶2万元, 年度支付限额
# 由2,000元提高至2,500元): money per head; not a total budget's ceiling (资助总额上限为1亿元)
CAP = r"(?<!总额)(?<!总)上限|封顶|(?<!总)限额"
# the yearly or monthly sum of a benefit, said right after 每 (「医疗补贴计划」每年600澳门元的金额,
# 医疗券每年金额为2,000港元, 长者生活津贴为每月4,290元): money per head; not a yearly total
# (每年医保基金支出30亿元, 每年资助约2,000万元, 每年投入5亿元)
PER_TERM = (r"每(?:年|月|季|周|星期)(?:的)?(?:金额|面额|面值|津贴|补贴|额度)?"
            r"(?:为|是|可获得?|可领取?|约|达到?|均为)*$")
BENEFIT_WORDS = r"医疗券|补贴|津贴|资助|补助|生果金|敬老金|养老金|援助金|长者金"
# … and the most one person or case may get, right before the money (单人最高赔付46.8万元, 年度最高
# 賠付200萬元, 给予最高10万元的补贴): a cap, money per head; not a total's (总额最高)
CAP_MOST = (r"(?<!总)(?<!总额)最高(?:可获得?|可领取?|可|赔付|补贴|补助|资助|报销|支付|奖励|给予|获|为|达到?)*$")
CHANGE_END = r"(?:增加|减少|新增|增长|下降|提高|降低)了?[约近超逾达]*$"
# a figure converted into another currency (人民币180元，约合200港元): the figure before it
CONVERTED = r"(?:约合|折合|相当于)(?:约|近|逾|超过)?$"
# … or in brackets right after it (人民币478元（约520港元）), read in its sentence before it
CONVERTED_BRACKET = r"[元币][（(](?:约合|折合|相当于|约|合|近|逾|超过)*$"
# money compared with, or changed from, a per-head amount before it in its sentence (每宗平均金额约
# 610港元，较2024年的520港元增加90港元): money per head too
COMPARED_MONEY = r"(?:较|比|相比|对比)[^，,；;。]{0,12}的?$|" + CHANGE_END
# a baseline a level is compared with, named only by its time (手术1,846例，比2024年的1,302例增加544例):
# the level's kind, as a change after it is
COMPARED_BASE = r"(?:较|比|相比|对比|与)[^，,；;。\d]{0,4}(?:\d{4}年|上年|去年|前年|同期)[^，,；;。\d]{0,6}的$"
# people interviewed in a survey (受访的520名港人, 接受调查的1,200名市民): a sample, no patients
SURVEYED = r"(?:受访|受调查|接受调查|调查了|访问了)的?(?:约|近|逾|超过)?$"
# attendances at an event (参与市民万余人次, 出席活动的长者800人次), unless they are medical
# (参与义诊的市民: visits), the attendants named between (参与的社工及义工共900人次): one character
# class, no nested repeat
# … or named after the figure (在500名居于湾区的受访长者中)
SURVEYED_AFTER = r"^[\u4e00-\u9fff]{0,12}?(?:受访|受调查)"
PARTICIPATION = r"(?:参与|出席)[^诊医治查检，,；;]{0,16}$"
# … and attendances at training (培训医护人员1,200人次, 赴港进修300人次): no care given
TRAINED = r"(?:培训|进修|研修|轮训)[^，,；;]{0,8}$"
# … and attendances per event (平均每场约50人次, 每场次逾百人次): no care given
PER_EVENT = r"每场次?(?:约|近|逾|超过|有|达)*$"
# insurance claims counted in 人次 (理赔参保人80人次, 获赔付120人次): cases handled, no visits
CLAIMS = r"理赔|赔付|获赔"
# subsidies paid counted in 人次 (发放补贴11人次, 共补助96人次): cases handled, no visits
SUBSIDIES = r"(?:补贴|补助|资助|津贴)(?:共|约|近|逾|超过|达到?|为|合计)*$"
# applications for a benefit (疾病津贴申请1,820宗) and to a health body (鉴定申请共27宗, 注册申请862宗):
# cases handled, in 件 and 笔 too
BENEFIT_CLAIMS = r"(?:津贴|补贴|补助|援助|救济|福利|资助)(?:的)?申请"
# business handled and transactions counted in 件 or 笔 (办理医保业务2,600件, 直接结算3.6万笔, 受理
# 投诉120件): cases, as 宗 counts them; not things counted in 件 (医疗器械50件, 物资300件)
HANDLED = (r"办理|受理|处理|办结|审批|审核|业务|个案|案件|投诉|申请|咨询|求助|举报|转介|转诊|结算|"
           r"备案|申报|交易|登记")
HANDLED_AFTER = r"^(?:业务|个案|案件|申请|投诉|咨询|交易|结算)"
# events counted in 场 (举办健康讲座逾千场, 义诊活动30场)
EVENTS = r"讲座|活动|义诊|讲堂|培训|工作坊|宣讲|巡诊"
# a comparison, not a figure of its own (开支低约四成)
COMPARISON = r"(?:比|较)\S*(?:低|便宜|贵|高|节省|节约|省)(?:了)?(?:约|近|逾|超过)?$"  # (较在港就医节省约40%)
# … but one with an earlier time of the same count (比去年同期低约三成, 低于上年同期水平约六成, 较上周
# 高两成) is its change over that time: growth
EARLIER_COMPARISON = (r"(?:(?:比|较)(?:去年|上年|前年|上月|上周|上季|同期|(?:19|20)\d{2}年)(?:[^，,；;。]|(?<=\d),(?=\d)){0,14}?(?:低|高)"
                      r"|(?:低于|高于)(?:去年|上年|前年|上月|上周|上季|同期|(?:19|20)\d{2}年)[^，,；;。的]{0,8}?)"
                      r"(?:了)?(?:约|近|逾|超过)?$")
# growth: a change verb (or its noun) right before the figure, not 增至/升至 (a level)
GROWTH = (r"(?:增长|增加|提高|上升|上涨|回升|增多|下降|减少|降低|回落|下跌|下滑|减幅|降幅|增幅|涨幅|"
          r"升幅|跌幅|增速|增长率|上升了|下降了|增长了|增加了|减少了|多出|缩短|缩减|增|翻|变化|增减)"
          r"(?:了|约|近|超过|超|逾|达到?|为|是|接近|大约)*$|(?:同比|按年|按月|环比)[增升降减跌上下]")
# (变化, 增减: a table's column of changes, 同比变化 | +1.3个百分点)
# (not 占用率, 占地: 病床占用率 is an occupancy rate, 占地面积 an area)
NOT_OCCUPANCY = r"(?!用|地)"
SHARE = r"占" + NOT_OCCUPANCY + r"|比重|占比|份额|之一$"
# a rate in brackets right after a change (按年增加74名（+3.9%）, 减少12张（-2.1%）): its growth
BRACKETED_CHANGE = (r"(?:增加|减少|新增|增长|下降|上升|提高|降低|增|减|升|降|跌)[^，,；;（(]{0,12}"
                    r"[（(][+＋\-－]?$")
# the part of a group of people a ratio names (本地医生比例不少于五成): a share, not a rate
SHARE_OF_PEOPLE = (r"(?:医生|医师|护士|患者|病人|居民|长者|人员|人口|员工)的?(?:比例|比率|比重)"
                   r"[^，,；;\s]{0,6}$")
# the later value of a from -> to pair of ratios (港澳患者比例由3.1%升至4.5%): the words between the
# two values (matched from the earlier value's end); the later is a share or a rate as the earlier is
PAIR_REACH = (r"(?:调升至|调高至|调整至|调升到|调高到|下调至|上调至|升至|增至|降至|减至|提高到|提高至|上升到|上升至|下降到|下降至|降低到|降低至|增加到|增加至|"
              r"增长到|增长至|扩大到|扩大至|回落到|回落至|减少到|减少至|至|到)(?:约|近|逾|超过|接近)?$")
PAIR_RATIOS = ("share", "rate")
# … and of a from -> to pair of sums of money (资助由每月3,800元调升至4,500元): the later is a cost per
# head or an amount as the earlier is
PAIR_MONEY = ("unit_cost", "amount")
# … and a ratio that names nothing of its own right after one of its sentence (matched from the
# earlier value's end): the earlier level it is compared with (率达88.6%，比2023年的82.1%提高,
# 陽性比率升至18.6%，較前一周的14.2%), its parts (佔用率達112%，其中甲醫院及乙醫院分別達136%及128%)
# and the next of a list (…及128%): of the earlier one's kind
RATIO_KIN_REACH = (r"[，,]?(?:较|比|相比|对比|相较)[^，,。；;%\n]{0,10}的$"
                   r"|[，,]其中[^，,。；;%]{0,16}分别(?:达到?|为|是|约|逾)*$"
                   r"|(?:及|和|与|、|以及)$"
                   # … and the next group's in a clause of its own that names no ratio (基金支付比例为
                   # 84.6%，城乡居民为68.2%): the earlier one's kind, elided
                   r"|[，,；;][^，,。；;%\d比率度]{2,8}(?:为|是)$")
# the part of a group a ratio names after 中 (受访者中有就医经历的比例为36%): a share, not a rate;
# not the care a scheme pays (报销, 支付 …: a rate) nor a centre (中心)
PARTITIVE_RATIO = r"中(?!心)[^，,；;。报支赔补减]{1,16}的(?:比例|比率|比重)(?:为|是|达到?|约|近|逾)*$"
# a breakdown by category (按年龄组划分，…比例分别为52%、31%及17%): the parts of a whole, shares
BREAKDOWN_BY = r"按[^，,；;。]{1,8}(?:划分|分类|区分)[^。；;]*(?:比例|比率|比重)[^。；;，,]{0,4}分别"
# a rate's own noun (覆盖率, 满意度, 报销比例 — a ratio that is not a part of a whole)
RATE_WORDS = r"率|度|比例|水平|指数"
# … and a percent naming nothing of its own in a sentence of a rate (住用率超過100%，其中以某醫院最高，達131%;
# 住用率平均達124%，瑪麗醫院則維持在約92%): that rate's, not a share
RATE_IN_SENTENCE = r"(?:住用|使用|占用|入住|覆盖|接种|达标|知晓|满意|治愈|检出|阳性|发病|患病|就诊|预约)率"
# the part of a cost a scheme pays (按90%报销, 基金支付70%, 报销70%): a rate, as 报销比例 is; not a
# part of a whole (占…: a share, read first)
REIMBURSED = r"(?:报销|支付|赔付|补偿|减免|报销比例为?)(?:了)?(?:约|近|逾|超过|最高|最多|可达|达到?)*$"
# … and the part named after the figure (按90%的比例报销, 按75%比例赔付, 按七成给予补助)
REIMBURSED_AFTER = r"^(?:的?比例|的费用)?(?:予以|给予|进行)?(?:报销|支付|赔付|补偿|减免|补助|补贴|资助)"
MORTALITY = r"死亡率|病死率|死亡比"
# (计划 as a scheme's name is no plan: 参加院舍计划的安老院, 计划下, 「…计划」)
NOT_SCHEME = r"(?![的下」”》）)])"
PLANNED = r"规划|计划" + NOT_SCHEME + r"|拟|预计|设计|将|目标|力争|筹建"
# (… and what a place to be opened will provide: 康复大楼将于第三季启用，提供康复病床120张)
# the earlier value of a pair said to be a former level (由原来的650张扩大到1,100张, 由最初的2个增至
# 5个): a level, whatever plan its sentence speaks of
FORMER_LEVEL = r"(?:原来|原先|最初|以往|过去|开设初期|初期)的?(?:约|近|逾)?$"
# the planned form of a level a figure with no noun of its own takes in a planning clause
PLANNED_FORMS = {"beds": "planned_beds"}
# … and the level a planned figure's sentence goes on to say is there now (规划病床600张，目前已开放
# 400张): the level's form, not the plan's
NOW_OPEN = r"目前|现时|现有|现已|已经|已(?:新增)?(?:开放|启用|投入|建成|开设|设置)|(?:首期|一期)开放"  # (其中首期开放600张)
# (a capacity planned, 规划床位1,500张, is that figure's plan only: 首期开放床位800张 after it opened)
PLANNED_LEAD = (r"规划(?!床位|病床|设置床位)|拟设置|计划" + NOT_SCHEME + r"|筹建|将设置|将新增|将增设|"
                r"将于[^，。；]{0,10}(?:启用|开业|投入使用|落成|建成|开放)")
# the price of a course of treatment and what a patient pays of it (针灸疗程约3,000港元，报销后自付
# 不到500元): money per person
COURSE = r"疗程"
# … not a total paid for many (基金支付化疗疗程费用共1.2亿元)
NO_TOTAL = r"^(?!.*(?:基金|总额|总计|合计|共计|累计|共|支出|投入|投资))"
# money per person, visit or case: 人均费用, 次均, 每宗, 每人每年
PER_HEAD = (r"人均|次均|例均|件均|户均|床日均|每人|每名|单人|单宗|单例|每位|每次|每宗|每例|每宗个案|每张|平均每|"
            r"每个|每间|每家|每所|每户|每份|每剂|每件|每支|每套|平均[\u4e00-\u9fff]{0,6}(?:费用|开支|花费|收费|金额)|"
            r"按(?:人口|人头|人数|常住人口)(?:平均)?计算")  # (卫生开支…，按人口平均计算约1.2万元: per head)
# (每个宿位每月支付约8,500港元: per place; 平均住院费用约8,400元: an average per case; 每份
# 600澳门元: per voucher)
# births counted in people (活产数3,200人, 新生儿出生逾2万人): a population, not patients; 出生
# right before the count, not a birth weight (出生体重低于2500克的早产儿120名: patients)
BIRTHS = r"活产|出生(?:人口|人数|数)?(?:逾|约|近|超过|超|达到?|为|共|合计|有)*$"
# … and babies born, counted after a verb of birth or before one (分娩港澳籍新生儿612名, 接生新生儿
# 3,200名, 4,521名婴儿出生): births, a population; not newborns cared for (收治新生儿: patients), a
# birth weight or a defect (出生体重, 出生缺陷)
BABIES = r"新生儿|婴儿|婴孩|宝宝|初生婴儿"
BORN_BEFORE = r"(?:分娩|接生|出生|诞生|迎来|诞下|产下)[^，,；;、]{0,8}$"
BORN_AFTER = r"^[\u4e00-\u9fff]{0,6}?(?:出生|诞生)(?!体重|缺陷|率|日期|时间|登记|证|医学)"
# … and newborns counted with no care named around them (全年新生儿3.4万名): births too
CARE_OF_BABIES = r"收治|救治|治疗|诊治|筛查|检查|接种|转诊|抢救|护理|服务|入住|住院|监护|接诊|访视|随访"
NO_CARE_BEFORE = rf"^(?![^，,；;]*(?:{CARE_OF_BABIES}))"
NO_CARE_AFTER = rf"^(?![^，,；;。]{{0,10}}(?:接受|{CARE_OF_BABIES}))"
# deliveries and other care counted in 例 (分娩量达1.2万例): procedures
PROCEDURE_WORDS = (r"手术|术|治疗|诊疗|筛查|分娩|接生|肠镜|胃镜|内镜|溶栓|取栓|介入|移植|放疗|化疗|"
                   r"活检|穿刺|消融")  # (the procedures a department counts in 例: 完成肠镜1,562例, 静脉溶栓312例)
# … the procedure right before its count, whoever it is done for (为澳门居民产妇完成分娩412例): procedures,
# not the patients named before it
PROCEDURE_RIGHT_BEFORE = (r"(?:手术|分娩|接生|筛查|肠镜|胃镜|内镜|溶栓|取栓|介入|移植|透析|活检|消融)(?:检查|治疗)?"
                          r"(?:约|近|逾|超过|共|达到?|为)*$")
DAILY = r"日均|每日|每天|每晚|平均每日|一天|单日|每个[\u4e00-\u9fff]{1,2}日"  # (每个工作日, 每个上课日)
# (not before a visit word: 为入住长者提供门诊服务3,270人次 counts visits)
ADMISSION = r"(?:住院|出院|入院|收治|入住)(?![^，,；;]*门诊)"  # (收治危重新生儿2,380人次: admitted; 入住317人次 a care home's)
# … not the second of both kinds of visit (门诊、住院就医结算2.91万人次, 门诊和住院服务): visits of both
ADMISSION_LEAD = r"(?<![门急]诊[、和及与])(?:住院|出院|入院|收治|入住)(?:[^，,；;]|(?<=\d),(?=\d))*$"
FILED = r"备案(?:人次|人数)?(?:达到?|为|共|约|近|逾|超过)*$"
# procedures named after the count (处理约8,000宗手术, 完成300例微创手术)
PROCEDURE_AFTER = r"^[\u4e00-\u9fff]{0,4}?手术"
# visits named after a count in 次 (提供约1,350次遥距会诊)
VISITS_AFTER = (r"^(?:遥距|远程|视像|视频|网上|线上|专科|普通科|中医|西医|牙科|家庭医生)?"
                r"(?:会诊|诊症|问诊|就诊|求诊|门诊|覆诊)")  # (8,500次专科诊症)
# … and consultations counted in 个 or 次 as services (提供约30万个门诊服务): visits; not a clinic
# (2个专科门诊) or a service point (3个门诊服务点)
SERVICES_AFTER = r"^(?:门诊|急诊|专科|诊症|覆诊|诊疗)服务(?:人次)?(?![\u4e00-\u9fff])"
# a bare number with its visit counter a word on (约210万求诊人次): counted in 人次
VISITS_COUNTER_AFTER = r"(?:求诊|就诊|诊症|门诊|急诊|服务|诊疗|应诊)人次"
# places in a quota or a queue counted in 个 (2,800个诊症名额, 50个筹号): no facilities
QUOTA = r"名额|筹号|配额|学位|专家号|号源"  # (每日预留专家号40个: appointment slots)
VISIT_WORDS = r"人次|诊疗量|门诊量|门急诊量|就诊|求诊|诊症|门诊|急诊|服务量|看诊|接诊|应诊"
# … and seeking care, for people per day (每天约有500名香港市民到深圳看病: visits in a day)
DAILY_VISIT_WORDS = VISIT_WORDS + r"|看病|就医|求医|睇医生|睇病"
VACCINE = r"接种"
# doses of medicine handed out (派发药物约41万剂): no vaccinations
MEDICINE = r"药物|药品|中药|西药|成药"
# doses bought or stocked, not given (已购买约135万剂流感疫苗, 采购疫苗20万剂): no vaccinations
PROCURED = r"(?:购买|采购|购入|订购|预订|储备|调拨)了?[^，,；;]{0,4}$"
# uses of a drug or device counted in 例 (已为港澳患者使用相关药械538例): cases, not patients
DRUG_USES = r"使用[^，,；;]{0,10}?(?:药械|药品|器械|药物)(?:约|近|逾|超过|共|达到?)*$"
# people counted before their vaccination (1.2万名居民接种流感疫苗), not those doing the work
VACCINATED_AFTER = r"^(?:(?!接种)[\u4e00-\u9fff]){0,8}接种(?!工作|点|站|服务|人员|医生|护士)"  # (the first 接种 after it)
LIFE = r"预期寿命|平均寿命"
# a group's age, a figure (平均年龄为84.6岁, 年龄中位数为72岁), not one person's: words just before it
GROUP_AGE = r"平均年龄|年龄中位数|中位年龄|年龄中位值"
GROUP_AGE_REACH = 8
BEDS = r"病床|床位数?|床|宿位"  # 宿位: places in a care home
CARE_PLACES = r"宿位"
NURSES = r"护士|护理"
DOCTORS = r"医生|医师|专家|名医|大夫|牙医|注册中医|表列中医|持牌中医|中医师|中医生|西医|中医"
# (Hong Kong and Macao: 註冊中醫, 表列中醫, Chinese-medicine practitioners are doctors by kind; 中醫455名)
STAFF = (r"医护|医务|职工|员工|人才|博士|硕士|顾问|工作人员|技术人员|卫生人员|药剂师|治疗师|"
         r"医疗人员|护理人员|导诊员|陪诊员|护理员|护工|社工|药剂人员|药学人员|救护人员|急救人员|导诊人员|从业人员|职员|"
         r"陪诊人员|医技人员|技术助理|救护员|专职人员|专业人员|辅导人员|辅导员|驻校人员|社工人员|行政人员|"
         r"药师|技师|检验师|营养师|康复师|心理治疗师|心理咨询师|助产士|视光师|放射技师|导师|带教老师|服务人员|翻译人员|翻译员|传译员|口译员")  # (带教导师: the tutors of a training base)
STAFF_TIMES = (r"(?:医护人员|医务人员|医疗人员|医生|医师|护士|职员|工作人员|专家|志愿者|义工|"
               r"(?:防控|执法|巡查|消杀|监督|防疫)人员)"  # (出动防控人员1.2万人次, 志愿者逾3万人次)
               r"(?:共|合共|约|逾|近|达到?|为|有|超过|超)*$")
# health workers of two kinds counted together (医生及护士共120名, 社工和护士11名): staff
MIXED_STAFF = (rf"(?:{DOCTORS}|{NURSES}|{STAFF})[及和与、](?:{DOCTORS}|{NURSES}|{STAFF})"
               r"(?:共|合共|合计|总计|约|近|逾|超过|达到?|为|有)*$")
PATIENTS = (r"患者|患儿|病人|病患|孕产妇|产妇|孕妇|新生儿|早产儿|婴儿|儿童|长者|老人|老年人|伤者|求诊者|"
            r"受惠人士|受惠者|受惠人|院友|住客|"  # (the beneficiaries of a service; care homes' residents)
            r"跟进者|随访者|覆诊者|复诊者|"  # (people a clinic follows up: 高血压跟进者共4.28万人)
            r"会员")  # (the members a health centre registers: 登记会员约4.2万名, 会员破八十万)
# teams of health workers counted (家庭医生团队1,260个, 医疗队6支): no count of doctors
TEAMS = r"团队|医疗队|服务队|工作队|小分队|签约团队"
# teams that deliver a service or a task (家庭医生团队1,146个, 签约团队, 督导工作组17个): programmes of
# care, as its projects are; other teams (研发团队21个) are no programme
CARE_TEAMS = r"家庭医生团队|家庭医生服务团队|签约团队|医疗团队|医疗队|服务队|工作队|工作组|督导组|专班"
# (学生, 中小学生, 学童: pupils counted are people, a population unless cared for)
POPULATION = (r"居民|同胞|侨胞|人口|老年人口|老龄人口|长者人口|华侨|市民|港人|澳人|乡亲|学生|中小学生|小学生|中学生|大学生|学童|妇女|"
              r"港澳人士|港澳籍人士|外籍人士|境外人士|香港人士|澳门人士")  # (人士 of an origin)
# (乡亲: people of a home town living elsewhere, 旅居港澳的乡亲逾20万人)
# people counted where they live (居於珠海的香港長者約2.6萬人, 办理居住登记的港澳居民近2.4万人, 常住港澳
# 居民…，其中港澳长者约8,600人): a population, not patients, unless the clause or the words after the
# figure name care or an institution they live in (在养老机构居住的长者943名, 护养院: patients)
RESIDING = r"常住|居住|居于|住在|定居|旅居|聚居|生活在"
NOT_CARED = (r"就医|就诊|求医|求诊|看病|诊治|治疗|转诊|住院|体检|接种|使用|接受|享受|入住|服务|惠及|受惠|签约|"
             r"照顾|护理|机构|院")
NOT_CARED_BEFORE = rf"^(?![^，,；;]*(?:{NOT_CARED}))"
NOT_CARED_AFTER = rf"^(?![^，,。；;]{{0,16}}?(?:{NOT_CARED}))"
INSTITUTIONS = (r"医院|中医院|分院|机构|诊所|企业|公司|卫生院|门诊部|药店|药房|集团|院所|院舍|场所|医疗单位|"
                r"安老院|护老院|养老院|老人院|敬老院|颐养院|疗养院|护养院|"  # (care homes by name)
                r"健康院|"  # (Hong Kong's 母婴健康院, 长者健康院: clinics of their own)
                r"卫生中心|社区卫生服务中心|社区健康服务中心|社康中心|"
                r"卫生室|村卫生室|卫生所|"  # (a bulletin's village clinics: 村卫生室146个)
                # (Hong Kong's clinics of the Department of Health and day care centres of their own:
                # 18间长者健康中心, 12间学生健康服务中心, 3间妇女健康中心, 日间护理中心2间)
                r"长者健康中心|学生健康服务中心|妇女健康中心|日间护理中心|"
                r"学校|中小学|幼稚园|幼儿园")  # (schools counted in 间 as in 所: 中小学及幼稚园共1,400间)
# (Macao's 卫生中心 and the community health centres, README: 社区卫生服务中心 / 社康中心 stay
# institutions in 间 as in 家; a scheme's 健康服务中心 for a group and a 评估中心 stay facilities)
# (院舍: care homes; 药房: pharmacies, 西药房, 社区药房; 场所: licensed premises, 药物业场所;
# 医疗单位: Macao's private medical units taking its vouchers, 私人医疗单位增至1,187间)
# a clinic counted in 间 (再开设2间门诊): premises of their own, an institution; in 个 a
# clinic of a hospital (2个专科门诊) is a facility
CLINIC = r"门诊"
# the service points of a scheme counted in 家 (建设3家健康服务站): facilities all the same, and
# so are the community health stations of the mainland (新增2家社区卫生服务站, as the corpus README's
# session-10 convention and its gold have it)
# (… and points and outposts of a scheme or a service: 医保服务网点, 接种点, 转诊点, 健康驿站, 服务站点,
# and a service's counter area, 社保通服务专区, as its 专窗 and 专柜 are)
SERVICE_POINTS = (r"服务站|服务点|专窗|专柜|专区|服务窗口|网点|站点|驿站|接种点|转诊点|联络点|咨询点|采样点|检测点|"
                  r"医疗点|贴敷点|推广点|会诊点|义诊点|筛查点|体检点")  # (社区贴敷点11个, 2个远程会诊点)
FACILITIES = (r"诊室|病房|产房|手术室|实验室|门诊|病区|科室|工作室|站|中心|室|服务点|执业点|备案点|专窗|专柜|专区|窗口|网点|站点|驿站|"
              r"接种点|转诊点|联络点|咨询点|采样点|检测点|医疗点|贴敷点|推广点|会诊点|义诊点|筛查点|体检点")
# places a scheme covers, counted (覆盖6个城市, 9个县区): no health figure; a service point in a
# place is counted by its noun (3个街道设立专窗 stays as it is)
PLACES_COUNTED = (r"^(?:城市|地市|县区|区县|县|乡镇|镇街|省份|行政区)(?![\u4e00-\u9fff])"
                  r"|^(?:城市|县区|县|乡镇|镇街)[的和及与等中内共全均]"  # (区内9个镇街的服务站, 10个镇街共有)
                  r"|^口岸(?!医|门诊|卫生|服务|诊所)")  # (在两个口岸设立服务站: the ports, no figure of care)
# the enrolment itself in the clause of a growth figure (参保人数同比增长14.3%, 参保一年增四成; not
# 参保率, a rate)
ENROLLED_CLAUSE = r"(?:参保(?!率)|参加[^，,；;\s]{0,12}(?:保险|医保))[^，,；;\s]*$"

# money a person gets or pays per year or month (合资格长者每年可获2,000港元, 受访者每月开支约800元)
PER_PERSON_TIME = rf"(?:{PATIENTS}|{POPULATION}|受益人|受惠人|受访者|人士)[^，,；;]{{0,3}}?每(?:年|月|季|次)"

# a multiple of an earlier level: reached by a verb (增至3倍) or of an earlier time (是去年同期的2.5倍)
RATIO_OF_EARLIER = (r"(?:增至|增加到|增长到|增长至|提高到|提高至|上升到|上升至|升至|扩大到|扩大至)"
                    r"[^，,；;。]{0,12}$|(?:去年|前年|上年|同期|原来|原先|以前|此前|之前|当初|初期|"
                    r"开业|开诊|开院|启用|推出|年初|年底|年末|\d年|[○〇零一二三四五六七八九]年)"
                    r"[^，,；;。]{0,6}的$")

DURATION_UNITS = ("年", "天", "日", "月", "个月", "周", "星期", "小时", "分钟", "秒", "工作日")

# … and of an earlier date with its level in brackets (是2024年7月底（23名）的2倍)
RATIO_OF_EARLIER_DATED = (r"(?:是|为|相当于)[^，,；;。]{0,6}?(?:\d年|[○〇零一二三四五六七八九]年|去年|前年|上年|同期)"
                          r"[^，,；;。]{0,6}[（(][^）)，,。]{1,10}[）)]的$")
# people referred, counted right after the verb with no noun (已转介3,110名, 共转诊约420人)
REFERRED = r"(?:转介|转诊)了?(?:约|近|逾|超过|共|合共|累计)*$"
# the 增 after a 倍 read as a doubling (接诊港人倍增: DOUBLE): growth
DOUBLED_AFTER = r"^增(?![至到加长])"

# an index's value written bare (布雷图指数平均值为6.8, 诱蚊诱卵指数为4.7): a rate on the index's own
# scale; and its change in the sentence (较上周下降1.5): growth
INDEX = r"指数(?:平均值|均值|平均)?(?:为|是|达到?|录得)?(?:约|近)?$"
INDEX_SENTENCE = r"指数"

# --- the rule table, in order ------------------------------------------------------------------
RULE_TABLE: tuple[dict, ...] = (
    # rates with a base (per_base): the unit holds the base, the metric the counted thing
    {"metric": "mortality_rate", "kinds": WITH_BASE, "before": MORTALITY},
    {"metric": "doctors_per_1k", "kinds": WITH_BASE, "units": PER_1K, "noun": DOCTORS},
    {"metric": "nurses_per_1k", "kinds": WITH_BASE, "units": PER_1K, "noun": NURSES},
    {"metric": "beds_per_1k", "kinds": WITH_BASE, "units": PER_1K, "noun": BEDS},
    {"metric": "rate", "kinds": WITH_BASE},
    {"metric": "mortality_rate", "kinds": RATE_KINDS, "before": MORTALITY},
    {"metric": "share", "kinds": ("percent", "fraction"),
         "before": r"(?:占" + NOT_OCCUPANCY + r"|比重|占比|份额)[^增降升减]{0,24}$"},
    {"metric": "insurance_growth", "kinds": ("percent",), "before": GROWTH, "lead": ENROLLED_CLAUSE},
    {"metric": "growth", "kinds": ("percent",), "before": GROWTH},
    {"metric": "growth", "kinds": ("percent",), "lead": BRACKETED_CHANGE},
    {"metric": "growth", "kinds": ("percent",), "after": DOUBLED_AFTER},
    {"metric": "growth", "kinds": ("percent", "fraction"), "before": EARLIER_COMPARISON},
    {"metric": "other", "kinds": ("percent", "fraction"), "before": COMPARISON},
    {"metric": "growth", "units": ("百分点", "千分点", "倍"), "before": GROWTH},
    {"metric": "rate", "units": (None,), "before": INDEX},
    {"metric": "growth", "units": (None,), "before": GROWTH, "sentence": INDEX_SENTENCE},
    # a multiple of an earlier level (增至3倍, 是去年同期的2.5倍): a ratio, growth in 倍; a multiple
    # of another group (港澳患者是内地患者的1.5倍) is a comparison, no growth
    {"metric": "growth", "units": ("倍",), "before": RATIO_OF_EARLIER},
    {"metric": "growth", "units": ("倍",), "lead": RATIO_OF_EARLIER_DATED},
    {"metric": "share", "kinds": ("percent", "fraction"), "before": SHARE},
    {"metric": "share", "kinds": ("percent", "fraction"), "before": SHARE_OF_PEOPLE},
    {"metric": "rate", "kinds": ("percent",), "before": REIMBURSED},
    {"metric": "rate", "kinds": ("percent",), "after": REIMBURSED_AFTER},
    {"metric": "share", "kinds": ("percent", "fraction"), "before": PARTITIVE_RATIO},
    {"metric": "share", "kinds": ("percent", "fraction"), "lead": BREAKDOWN_BY},
    {"metric": "rate", "kinds": RATE_KINDS, "before": RATE_WORDS},
    {"metric": "rate", "kinds": ("percent",), "lead": RATE_IN_SENTENCE},
    {"metric": "share", "kinds": ("percent", "fraction")},
    {"metric": "rate", "kinds": ("per_mille",)},
    {"metric": "life_expectancy", "units": ("岁",), "lead": LIFE},
    {"metric": "unit_cost", "units": MONEY, "before": PER_HEAD},
    {"metric": "unit_cost", "units": MONEY, "before": UNIT_PRICE},
    {"metric": "unit_cost", "units": MONEY, "before": PAID_BY_PERSON},
    {"metric": "unit_cost", "units": MONEY, "before": COVER_CAP},
    {"metric": "unit_cost", "units": MONEY, "before": MONTHLY_FEE},
    {"metric": "unit_cost", "units": MONEY, "before": PER_PERSON_TIME},
    {"metric": "unit_cost", "units": MONEY, "before": CAP},
    {"metric": "unit_cost", "units": MONEY, "before": PER_TERM, "sentence": BENEFIT_WORDS},
    {"metric": "unit_cost", "units": MONEY, "before": CAP_MOST},
    {"metric": "unit_cost", "units": MONEY, "lead": UNIT_PRICE, "before": r"^(?:降至|增至|升至|调整为|为)$"},
    {"metric": "unit_cost", "units": MONEY, "lead": COURSE, "before": NO_TOTAL},
    {"metric": "amount", "units": MONEY},
    {"metric": "other", "units": ("剂次", "剂"), "before": MEDICINE},
    {"metric": "other", "units": ("剂次", "剂"), "before": PROCURED},
    {"metric": "vaccinations", "units": ("剂次", "剂", "针次")},
    {"metric": "vaccinations", "units": ("人", "人次"), "before": VACCINE},
    {"metric": "vaccinations", "units": PEOPLE, "after": VACCINATED_AFTER},
    {"metric": "dental_chairs", "units": ("张", "台"), "noun": r"牙椅|牙科椅"},
    # policies of an insurance in force or sold (有效保单约8.6万张, 已售出逾1.5万张保单): its enrolment
    {"metric": "insurance_enrolment", "units": ("张", "份"), "noun": r"保单|有效保单"},
    {"metric": "planned_beds", "units": BED_UNITS, "noun": BEDS, "before": PLANNED},
    {"metric": "planned_beds", "units": PLACE_UNITS, "noun": CARE_PLACES, "before": PLANNED},
    {"metric": "planned_beds", "units": BED_UNITS, "noun": BEDS, "lead": PLANNED_LEAD},
    {"metric": "planned_beds", "units": PLACE_UNITS, "noun": CARE_PLACES, "lead": PLANNED_LEAD},
    {"metric": "beds", "units": BED_UNITS, "noun": BEDS},
    {"metric": "beds", "units": PLACE_UNITS, "noun": CARE_PLACES},
    {"metric": "other", "units": ("人次",), "before": TRAVEL},
    {"metric": "daily_visits", "units": ("人次", "人"), "before": DAILY, "sentence": DAILY_VISIT_WORDS},
    # … and in 名 (每日平均约有420名长者到该院求诊), unless staff are named after it
    {"metric": "daily_visits", "units": ("名",), "before": DAILY, "sentence": DAILY_VISIT_WORDS,
         "after": NO_STAFF_AFTER},
    {"metric": "other", "units": ("人次",), "before": PARTICIPATION},
    {"metric": "other", "units": ("人次",), "before": TRAINED},
    # filings for care elsewhere (异地就医备案1,524人次): cases handled, not visits
    {"metric": "cases", "units": ("人次",), "before": FILED},
    {"metric": "other", "units": ("人次",), "before": PER_EVENT},
    {"metric": "cases", "units": ("人次",), "before": CLAIMS},
    {"metric": "cases", "units": ("人次",), "before": SUBSIDIES},
    {"metric": "admissions", "units": ("人次",), "before": ADMISSION, "lead": ADMISSION_LEAD},
    {"metric": "admissions", "units": ("人", "名"), "before": r"(?:住院|出院|入院)(?:人数|病人|患者|者)"},
    # health workers counted in 人次 right after their noun (交流的医护人员共268人次, 派出医生逾千人次):
    # staff placements
    {"metric": "staff", "units": ("人次",), "before": STAFF_TIMES},
    # enrolments counted in 人次 (累计参保2,618万人次, 参保人次突破3,000万): a scheme's enrolment
    {"metric": "insurance_enrolment", "units": ("人次",), "before": r"(?:参保|投保)(?:人次)?(?:约|近|逾|超过|突破|达到?|共|为)*$"},
    {"metric": "patient_visits", "units": ("人次",)},
    {"metric": "patient_visits", "units": ("次",), "before": VISIT_WORDS},
    {"metric": "patient_visits", "units": ("次",), "after": VISITS_AFTER},
    {"metric": "patient_visits", "units": ("个", "次"), "after": SERVICES_AFTER},
    {"metric": "other", "units": ("个",), "noun": QUOTA},
    {"metric": "area", "units": ("平方米", "平米", "㎡", "平方公里")},
    # (新增参保2,108人: the enrolment word between the verb and the count)
    {"metric": "insurance_increase", "units": ("人", "名", None), "before": r"(?:增加|新增|增长)了?(?:参保|参合)?[约近超逾达]*$",
         "sentence": INSURANCE},
    # the beneficiaries of a pension named in their clause (其中养老金支出46.87亿元，受惠人数约12.3万人)
    {"metric": "pension_recipients", "units": PEOPLE, "lead": PENSION_BENEFICIARIES},
    {"metric": "patients", "units": PEOPLE, "after": BENEFITED_AFTER},
    {"metric": "patients", "units": PEOPLE, "before": CARED_INSURED},
    {"metric": "insurance_enrolment", "units": ("人", "名", None), "before": ENROLMENT},
    {"metric": "insurance_enrolment", "units": PEOPLE, "after": ENROLLED_AFTER},
    {"metric": "insurance_enrolment", "units": PEOPLE, "after": INSURED_AFTER},
    {"metric": "insurance_enrolment", "units": PEOPLE, "after": ENROLLING_AFTER,
         "sentence": ENROLLED_SENTENCE},
    {"metric": "insurance_enrolment", "units": ("人",), "before": BARE_LEVEL, "lead": ENROLMENT},
    {"metric": "pension_recipients", "units": PEOPLE, "noun": PENSION},
    {"metric": "pension_recipients", "units": PEOPLE, "sentence": PENSION_SENTENCE},
    {"metric": "pension_recipients", "units": ("人",), "before": r"(?:领取|享受)\S*(?:养老金|养老待遇)"},
    {"metric": "patients", "units": PEOPLE + (None,), "before": SCHEME_PARTICIPANTS,
         "sentence": CARE_SCHEME},
    {"metric": "patients", "units": PEOPLE, "before": DIAGNOSED},
    {"metric": "patients", "units": PEOPLE, "after": DIAGNOSED_AFTER},
    {"metric": "patients", "units": PEOPLE, "before": CASES_OF_PEOPLE},
    {"metric": "other", "units": PEOPLE, "before": SURVEYED},
    {"metric": "other", "units": PEOPLE, "after": SURVEYED_AFTER},
    {"metric": "population", "units": PEOPLE, "noun": PATIENTS + "|" + POPULATION, "before": ELIGIBLE},
    {"metric": "population", "units": PEOPLE + (None,), "noun": PATIENTS + "|" + POPULATION,
         "lead": RESIDING, "before": NOT_CARED_BEFORE, "after": NOT_CARED_AFTER},
    {"metric": "patients", "units": PEOPLE, "before": SIGNED_UP, "after": NO_STAFF_AFTER},
    {"metric": "patients", "units": PEOPLE, "before": SIGNED_DOCTOR},
    {"metric": "patients", "units": PEOPLE, "before": SIGNED_COUNT, "after": NO_STAFF_AFTER},
    {"metric": "patients", "units": PEOPLE, "before": SIGNED_SERVICE},
    {"metric": "patients", "units": PEOPLE, "after": SIGNED_AFTER},
    {"metric": "patients", "units": ("人", "名", "位"), "before": SCREENED},
    {"metric": "patients", "units": ("人", "名", "位"), "after": VOUCHER_USE_AFTER},
    {"metric": "patients", "units": PEOPLE, "before": IN_CARE},
    {"metric": "patients", "units": PEOPLE, "before": SIGNED_FOR},
    {"metric": "patients", "units": PEOPLE, "before": CARE_COUNT},
    {"metric": "patients", "units": PEOPLE + (None,), "before": WAITING},
    {"metric": "programs", "units": ("个", "支", "队"), "noun": CARE_TEAMS},
    {"metric": "other", "units": ("个", "支", "队"), "noun": TEAMS},
    {"metric": "staff", "units": PEOPLE, "noun": STAFF},
    {"metric": "staff", "units": PEOPLE, "noun": NURSES + "|" + DOCTORS, "before": MIXED_STAFF},
    {"metric": "nurses", "units": PEOPLE, "noun": NURSES},
    {"metric": "doctors", "units": PEOPLE, "noun": DOCTORS},
    {"metric": "population", "units": PEOPLE, "before": BIRTHS},
    {"metric": "population", "units": PEOPLE, "noun": BABIES, "before": BORN_BEFORE},
    {"metric": "population", "units": PEOPLE, "after": BORN_AFTER},
    {"metric": "population", "units": PEOPLE, "noun": r"新生儿", "before": NO_CARE_BEFORE,
         "after": NO_CARE_AFTER},
    {"metric": "cases", "units": ("例",), "before": DRUG_USES},
    {"metric": "procedures", "units": ("例", "台", "台次", "例次"), "before": PROCEDURE_RIGHT_BEFORE},
    {"metric": "patients", "units": PEOPLE, "after": SCHEME_JOINED_AFTER, "sentence": CARE_SCHEME},
    {"metric": "patients", "units": PEOPLE + ("例",), "noun": PATIENTS},
    {"metric": "patients", "units": PEOPLE + (None,), "noun": POPULATION, "before": CARE},
    {"metric": "patients", "units": PEOPLE + (None,), "noun": SERVED_PEOPLE, "before": SERVED},
    {"metric": "patients", "units": PEOPLE + (None,), "noun": POPULATION, "after": CARE},
    {"metric": "patients", "units": PEOPLE + (None,), "noun": POPULATION, "after": SERVED_AFTER},
    {"metric": "insurance_enrolment", "units": PEOPLE + (None,), "noun": ENROLLED_GROUP,
         "lead": ENROLLED_LEAD},
    {"metric": "population", "units": PEOPLE + (None,), "noun": POPULATION},
    {"metric": "patients", "units": ("人", "名", "位"), "sentence": SCREENING_SENTENCE},
    {"metric": "procedures", "units": ("例", "台", "次", "台次", "例次", "宗"), "noun": r"手术|术",
         "before": r"手术|术"},  # (完成手術2.31萬宗: Hong Kong and Macao count operations in 宗)
    {"metric": "procedures", "units": ("例", "台", "台次", "例次"), "before": PROCEDURE_WORDS},
    {"metric": "procedures", "units": ("例", "台", "次", "台次", "例次", "宗"), "after": PROCEDURE_AFTER},
    {"metric": "cases", "units": ("宗", "件", "笔"), "before": BENEFIT_CLAIMS},
    {"metric": "cases", "units": ("宗", "件", "笔"), "before": CLAIMS},
    {"metric": "patients", "units": ("例",), "before": r"转诊|收治|接诊"},
    # people referred, counted bare right after the verb (医管局已转介3,110名)
    {"metric": "patients", "units": ("名", "人"), "before": REFERRED},
    {"metric": "other", "units": ("例", "宗", "车次"), "before": DAILY},  # 日均约7宗: an average, no count
    {"metric": "cases", "units": ("例", "宗")},
    # ambulance trips (出车5,860车次, 救护车4.73万车次): the calls answered, cases
    {"metric": "cases", "units": ("车次",)},
    # outbreaks and incidents counted in 起 (聚集性疫情57起, 群集個案14起): cases
    {"metric": "cases", "units": ("起",)},
    {"metric": "cases", "units": ("件", "笔"), "before": HANDLED},
    {"metric": "cases", "units": ("件", "笔"), "after": HANDLED_AFTER},
    {"metric": "research_output", "units": ("篇",)},
    {"metric": "research_output", "units": ("项", "个", "篇", "部"),
         "noun": r"课题|专利|论文|成果|基金|著作|临床试验|科研项目|研究项目"},  # (臨床試驗逾百項)
    {"metric": "other", "units": ("个", "种"), "noun": r"品种|种类"},
    {"metric": "other", "units": ("个",), "after": PLACES_COUNTED},
    {"metric": "institutions", "units": ("家", "所", "个", "间"), "noun": INSTITUTIONS},
    {"metric": "institutions", "units": ("间",), "noun": CLINIC},
    {"metric": "facilities", "units": ("家",), "noun": SERVICE_POINTS},
    {"metric": "facilities", "units": ("间", "个", "处", "座"), "noun": FACILITIES},
    {"metric": "programs", "units": ("个", "项", "批"),
         "noun": r"项目|专科|技术|计划|方案|工程|课程|试点|学科|服务|措施|政策|联盟|医联体|医共体|联合体"
                 r"|中医药"},  # (中医药 a field, no 中医 doctors: 5个中医药联合实验室 -> 实验室)
    {"metric": "programs", "units": ("场", "场次"), "noun": EVENTS},
    {"metric": "institutions", "units": ("家", "所")},  # what is counted in 家 is an institution
    {"metric": "duration", "units": DURATION_UNITS},
)

# A ratio a scheme sets (报销比例, 支付比例, 补偿比例): a rule's, dated by no running total
SCHEME_RATIO = r"(?:报销|支付|赔付|补偿|补助|补贴|资助|自付)比例"
# Metrics a headline may give a figure its body labels another way (澳門長者增至214人 over 澳門長者共214
# 人, 首期开放800张床位 over 首期开放床位800张): the same count, read with the body's fuller words
HEADLINE_KIN = (frozenset({"patients", "population", "insurance_enrolment", "pension_recipients"}),
                frozenset({"beds", "planned_beds"}), frozenset({"patient_visits", "admissions"}))

# --- repairs of numbers as figures see them ------------------------------------------------------
# a rate's base (8.1/10万: numbers reads it, with the base as its unit) or per head before the
# figure (每千人口3.4名, 每10万人口中有)
BASE_UNITS = {"千": "per_1k", "1000": "per_1k", "1,000": "per_1k", "万": "per_10k", "10000": "per_10k",
              "10,000": "per_10k", "10万": "per_100k", "十万": "per_100k", "100000": "per_100k",
              "100,000": "per_100k"}
# a rate per 1,000 births (婴儿死亡率为每千名活产婴儿2.3): per mille, as ‰ writes it; per_1k is 每千人口
PER_BIRTHS = r"活产|新生儿"
_BASES = "|".join(sorted(map(str, BASE_UNITS), key=len, reverse=True))
# a figure a rate per head is compared with is a rate on the same base (发病率为每10万人口46.5例，
# 低于去年的49.8例)
BASELINE_OF_RATE = r"(?:低于|高于|少于|多于|不及|超过|较|比)[^，,；;]{0,8}的$"
# … and so is a bare item after a rate per head in its sentence (每千人口医生2.8名，护士3.9名，
# 床位5.1张): a noun and its number, no verb or total of its own
# (not an item with a verb of its own: 引进港澳医师不少于300名, 培养全科医生200名)
BASE_CARRIED_ITEM = (r"(?![^，,]*?(?:总|共|全|达|为|有|增|减|新|其中|引进|引入|招聘|培养|培训|选派|"
                     r"派驻|建成|建设|设置|开设))[\u4e00-\u9fff（）()]{1,10}")
# … and so is every item of a sentence that opens on a rate per head as its topic (每千常住人口床位方面，
# 中山4.92张、惠州4.38张; 每千常住人口执业医师数，惠州为3.04人): a place or a name and its number
BASE_TOPIC = r"[^，,：:。；;\d]{0,8}每(?:千|万|十万|百)[^，,：:。；;\d]{0,18}[，,：:]"
BASE_TOPIC_ITEM = r"[\u4e00-\u9fff]{1,8}?(?:为|是|约|达)?"
# … and so is a change right after a rate per head in its sentence (每千常住人口床位4.02张，比上年增加
# 0.17张; 医师2.98人，提高0.27人): a change of that rate
CHANGE_OF_RATE = (r"(?:比上年|较上年|比上年末|较上年末|同比|按年)?(?:分别)?(?:比上年|较上年)?"
                  r"(?:增加|提高|增长|上升|减少|下降|降低|增|升|降)了?(?:约|近)?$")
# (… and per head in 人: 每十万人42.1, 每万人拥有全科医生3.8名, 每千名老年人; not 人次, 人员)
# the density per 1,000 people of a count (医师2.06万人 … 每千人口分别为3.37人): its metric
PER_1K_OF = {"doctors": "doctors_per_1k", "nurses": "nurses_per_1k", "beds": "beds_per_1k"}
PER_HEAD_BASE = (rf"(?<![\d.,一二三四五六七八九十百千万两])每?({_BASES})(?:名|个)?(?:常住)?(?:人口|居民|活产儿?|新生儿)"
                 rf"|每({_BASES})(?:名|个)?[\u4e00-\u9fff\d]{{0,8}}?(?:人口|居民|活产|新生儿|儿童|长者|老人|妇女|"
                 rf"人(?![次员数]))")  # (每千名65岁以上长者, 每千名儿童)
# a rate written as a fraction of a base (孕产妇死亡率为十万分之九点五, 万分之五): the numerator per
# that base, as 9.5/10万 is
BASE_FRACTIONS = {"十万分之": ("per_100k", 100_000), "10万分之": ("per_100k", 100_000),
                  "万分之": ("per_10k", 10_000)}
# currencies as numbers writes them (港币3,000元, HK$3,000, MOP 500) -> the unit of the table
CURRENCIES = {"港币": "港元", "HK$": "港元", "澳门币": "澳门元", "葡币": "澳门元", "MOP": "澳门元",
              "MOP$": "澳门元", "人民币": "元", "RMB": "元", "美金": "美元", "US$": "美元"}
# the currency a bare 元 means in an article of a SAR (README: "元 in a Hong Kong government release
# is 港元, in a Macao one 澳门元 when the text says so"): the region's currency, and the words one of
# which the text must write for it (none for Hong Kong); a sentence naming another money keeps 元
HOME_MONEY = {"香港": ("港元", ()), "澳门": ("澳门元", ("澳门元", "澳门币", "葡币", "MOP", "澳元"))}
OTHER_MONEY_WORDS = ("人民币", "RMB", "美元", "美金")
# tenths numbers leaves, matched on the words before a 成: 的一成, 按年升一成 (not 一成不变), 近六成为…
# (not 成为, become); and 多出一倍 (100%)
TENTHS = r"(?:(约|近|逾|超过|超|将近|接近|大约)([一二三四五六七八九两])|[的占升增降跌减长加高低](一))$"  # before 成
TENTH_VALUES = {"一": 10, "二": 20, "两": 20, "三": 30, "四": 40, "五": 50, "六": 60, "七": 70,
                "八": 80, "九": 90}
DOUBLE = (r"(?:(?<=增长|增加|多出|提高|上升|翻了)|(?<=增))(近|约|逾|超过|超|接近|将近)?一倍"
          r"|(?:(?<=翻)|(?<=翻了))(一番)|(?<=翻)[番倍]"  # (增加逾一倍: at least 100 %; 翻了一番, 翻番, 翻倍)
          r"|(?<=[人量数次])倍(?=增(?![至到加长计]))")  # (接诊港人倍增: doubled; not a 倍增计划)
# growth written in 倍 right after its verb (增兩倍, 增加两倍, 增长了3倍, 增加逾两倍): N倍 more is
# N x 100 % (tests/corpus/README.md); not a multiple a level reaches (增至3倍, 是去年的2.5倍: a
# ratio, kept in 倍)
# … and the baseline a multiple is of, right before it (是去年同期的1.6倍, 为2023年的2倍): the
# time it names is the baseline's, not the figure's
RATIO_BASELINE = r"(?:是|为|相当于|达到?)[^，,；;。]{0,12}的$"
# a stock's change in a since-clause (“十四五”以来，全省新增三甲医院42家): counted since its start, as
# a running total is; not a level it reaches (自…开诊以来，床位增至1,200张: no period)
STOCK_CHANGE = r"(?:新增|净增|增加|减少|增设|新设)(?!至|到)"
# bare values listed after 分别 with the counter written once, after the last (分别为12、25和8家):
# each takes that counter; bounded, so linear
SHARED_UNIT_AFTER = (r"(?:[、和及与]\d{1,7}(?:\.\d{1,3})?){1,8}"
                     r"(人次|剂次|家|个|张|名|人|间|所|例|宗|位|项|台)")
TIMES_GROWTH = (r"(?:增长|增加|上升|提高|上涨|增多|多出|增|升|涨)了?"
                r"(?:约|近|逾|超过|超|接近|大约|将近)*$")
# days written with 日 after a decimal (平均住院日为7.4日, 平均住院日數為7.8日): a duration, no date
DECIMAL_DAYS = "日"
DAYS = "天"  # the one unit of a duration in days, however written (7.4日, 7.4天)
# … and the qualifier of 占…的一成 said before 占 (約佔全部受益人的一成), in the clause before it
TENTH_BRIDGE = r"(约|近|逾|超过|超|将近|接近|大约)占[^，,。；;、]{0,16}$"
TENTH_BRIDGE_REACH = 24
# the qualifier words of TENTHS (round amounts and halves: analysis.numbers)
TENTH_QUALIFIERS = {"约": "approx", "近": "approx", "将近": "approx", "接近": "approx",
                    "大约": "approx", "逾": "at_least", "超过": "at_least", "超": "at_least"}

# --- enumerations: 孕产妇、新生儿和婴儿死亡率分别为8.1/10万、1.06‰、1.73‰ --------------------
ENUMERATION = r"分别(为|是|达到?|有|占|约为?|增长|增加|下降|减少|提高|降低|上升)?"
ENUMERATION_ITEMS = r"[、和及与]"
ENUMERATION_VALUES = r"[、和及与；;，]"
# the words of an item that name a counted thing: an item without them (a place: 深圳、广州两地
# 参保的港澳居民分别达到5.2万人和3.1万人) counts what the list's last item names
LIST_NOUNS = (f"{PATIENTS}|{POPULATION}|{DOCTORS}|{NURSES}|{STAFF}|{BEDS}|{INSTITUTIONS}|"
              f"{FACILITIES}|{VISIT_WORDS}|参保|参加|率|比例|人数|数|量")
# the head word the last item of a list shares with the others (婴儿死亡率 -> 死亡率)
LIST_HEAD = r"(?:死亡率|发病率|患病率|[\u4e00-\u9fff]{0,2}率|比例|人数|人次|数|量)$"

# --- breakdowns and levels -------------------------------------------------------------------------
BREAKDOWN = r"^\s*(?:其中|当中|按[\u4e00-\u9fff]{1,8}?(?:划分|区分))"
# (当中, Hong Kong and Macao usage: 當中入住珠海的有311人, a part as 其中 is)
# … and a clause of its sentence opening with one, its parts going on past a ； (受益人共2.4万名，其中
# 居于内地的2万名；居于珠海的9,000名、中山的3,000名: the items after the ； are parts too)
BREAKDOWN_CLAUSE = r"[，,]\s*(?:其中|当中)"
BREAKDOWN_WORDS = ("其中", "当中", "按")  # (按城市劃分，…: a breakdown too)
# what cuts the words after a figure before its counted noun ends (医生为患者…, 护士11名及…)
AFTER_CUT = r"[\s\d]"
# what opens the words after a figure that names no noun of its own (护士11名及其他医疗人员5名)
# and what joins two nouns of one counted thing (五间医生及护士诊室)
CONJUNCTIONS = "及和与或"
# words inside a compound noun between its nouns (港澳居民健康服务站, 港澳居民医保服务专窗): the
# head is the compound's last noun
COMPOUND_MODIFIERS = (r"(?:医保|医疗|健康|卫生|便民|综合|社区|跨境|专科|中医药|中医|康复|一站式|就医|就诊|诊疗|"
                      r"养老|护理|转诊|长者友善|友善|粤港澳|联合|"
                      r"常见病|多发病|慢性病|慢病|老年病)+|[\u4e00-\u9fff]{1,3}病")  # (澳门居民常见病专科门诊: 门诊)
# (… and a disease: 澳門居民腎病患者, 香港居民糖尿病患者 -> 患者; its 病 may open the next noun, 病患)
DISEASE_END = "病"
# a level whose clause names only its time and a verb (…住院病人从2021年的386人次增至2023年的1,142人次，
# 今年前10个月已达1,265人次): the thing its sentence counts before it in that unit
BARE_TIME_LEVEL = (r"(?:今年|去年|前年|全年|上半年|下半年|年内|同期|(?:\d{4}|[○〇零一二三四五六七八九]{2,4})年|"
                   r"(?:首|前|头)(?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月|"
                   r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|底)?|第[一二三四]季度?)*"
                   r"(?:已|又|再|则|共|累计)?(?:达到?|增至|升至|增加到|增长到|上升到|为|有)(?:约|近|逾|超过)?")

# --- page furniture: numbers that are never figures ---------------------------------------------
# the label of a counter, phone, licence, air-quality or copyright number on its line, right
# before it or before the phone number it ends (熱線電話 2961 8989, 可致電2887 0514, 可撥打2835 5566,
# 請致電內線 6231,
# 查询热线：(853) 2837 0001,
# 空氣質素指數 48, 空气质量指数（AQI）63, 版權所有 © 2025)
FURNITURE_LABEL = (r"(?:热线|电话|专线|传真|手机|致电|拨打|内线|分机|浏览|阅读|点击|评论|点赞|赞|赞好|分享|转发|收藏|访问|"
                   r"(?:客户端|APP|App|app)?(?:下载量|装机量)(?:突破|超过|超|逾|达到?)|"  # an app's boast
                   r"留言|参与|在线|Facebook|WhatsApp|Twitter|微博|微信|紫外线指数|紫外线强度|AQI|"
                   r"👁|👀|👍|⭐|★|☆|↗|❤|♥|💬|🔥|🔗|"  # (a page's counters drawn as symbols: 👁 9,862, 👍 412)
                   r"空气质素指数|空气质量指数|空气质素|空气质量|空气污染指数|健康风险|"
                   r"标识码|备案号|ICP备|ICP证|公网安备|湿度|气温|温度|邮编|邮政编码|编号|粉丝|关注|"
                   r"版权所有|版权|©|Copyright|copyright|COPYRIGHT|下载|附件|"
                   r"PM2\.5(?:浓度|指数)?为?|PM10(?:浓度|指数)?为?)"
                   r"(?:次数|量|数|人数)?(?:[\s:：(（)）号]|\d[\d\-]*+)*+$")  # possessive: linear
# (附件下载（3）, PM2.5浓度为35: an attachment count, an air reading)
# (号: 粤ICP备12345678号-1, the licence's suffix)
FURNITURE_LABEL_REACH = 16  # characters before a number the label may stand in
# measures in thresholds and weather, not counts: 出生体重低于2500克, 血糖高于15mg/dL, 19℃
MEASURES = frozenset({"克", "千克", "公斤", "毫克", "微克", "毫升", "毫米", "厘米", "毫米汞柱",
                      "℃", "度", "mg", "kg", "ml", "mL", "cm", "mm"})
WEATHER_AFTER = r"\s*[℃°]"
# furniture named right after the number: 拨打12345政务服务便民热线, 按1键, and a reader
# counter after a count (143评论, 2.6万阅读, 56次点赞, 1,204人点赞, 386条评论, 3.2萬次瀏覽)
FURNITURE_AFTER = (r"键|页|\s?(?:点赞|获赞|评论|留言|转发|收藏|浏览|阅读|播放|已?关注|已?订阅|"
                   r"赞(?![同成扬助誉许叹美赏]))")  # (886人已关注, 共3页)
# the characters that can open FURNITURE_AFTER past its optional space (one set lookup first)
FURNITURE_AFTER_FIRST = frozenset(" 点获评留转收浏阅播赞键页已关订")
# …热线 a few characters on: 24小时新闻热线, 12345政务服务便民热线 (looked for as a word first)
HOTLINE_WORD = "热线"
HOTLINE_AFTER = r"[\u4e00-\u9fff]{0,6}热线"
HOTLINE_REACH = 8
# units of the numbers furniture counts or names: none, reader counters, 24小时(热线)
FURNITURE_UNITS = frozenset({None, "次", "条", "人"})
HOTLINE_UNITS = frozenset({None, "小时"})
# a year opening a name, not a figure: 2023横琴…交流会, 2025 粤港澳…论坛, 2025·大湾区论坛,
# “2025健康湾区论坛”, 2024/2025年度 and 2024/25年度 (a fiscal year), 2022-23年度
YEAR_LABEL = r"(?:19[5-9]|20\d)\d"
YEAR_GLUED = r"[ ·•]?[\u4e00-\u9fff]|[-–/](?:\d{2}){1,2}年度"
# a season or scheme year written YEAR/YY or YEAR-YY before a name (2025/26季节性流感疫苗接种计划,
# 2025-26年度): both numbers are the name's; the second is the next year (checked in metrics)
SEASON_JOIN = "-–/"
SEASON_AFTER = r"[-–/](\d{2}|\d{4})(?=[\u4e00-\u9fff])"
# money as a threshold of a rule, not a figure: the part of a cost above or below it (超过1万元的部分,
# 2万元以上的部分, 300元以下的), and a deductible (起付线800元, 起付标准由1,000元降至800元)
MONEY_THRESHOLD_AFTER = (r"(?:人民币|港元|港币|澳门元|澳门币|美元)?"  # (超過5,000元人民幣的部分)
                         r"(?:(?:及?以上|及?以下|以内)?的?部分|(?:及?以上|及?以下|以内)的)")
# … and an amount a group is picked out by, over or under it before 的 (单次赔付超过10万元的有428人次,
# 自付费用低于500元的患者): a criterion, no figure
MONEY_THRESHOLD_OVER = r"(?:超过|超出|高于|低于|不足|不超过|未超过)$"
# … and the spending a reward or rule starts at (使用满1,000元医疗券，可获发500元奖赏; 每满200元): a
# criterion, no figure
MONEY_THRESHOLD_REACHED = r"(?:使用|消费|累计|购买|购物|每)满$"
THRESHOLD_SUFFIXES = ("以上", "以下", "以内")  # … read by numbers as the qualifier (300元以下的)
MONEY_THRESHOLD_BEFORE = (r"(?:起付线|起付标准|起付金额|起付点|免赔额|免赔|起付)"
                          # (… and the deductibles listed after it, read on the clause with its 、:
                          # 起付标准为一级医院300元、二级医院600元)
                          r"(?:.{0,16}|[^。；;，,]{0,16}(?:、[^。；;，,、]{0,16}){1,4})$")
# the first person of a body speaking for it (“我们共有宿位480个…”, 「我院今年…」, 我市, 我局): an official's
# words, their numbers figures; any other 我 in quoted words is one person's story
BODY_FIRST_PERSON = r"我(?:们|們|院|市|局|省|区|區|国|國|司|会|會|校|所|站|中心|县|縣|镇|鎮)"
# a private person's quoted words and their attribution (“…十分钟就到医院…”居于粉岭的张女士说; 陈伯说：
# “…”): one person's story, as first-person speech is, its numbers no figures (not an official's)
PRIVATE_SPEAKER = (r"(?:女士|先生|小姐|太太|婆婆|伯伯|阿姨|叔叔|伯|婆|嫂|太|同学|夫妇"  # (梁太: Mrs Leung)
                   # … and one person of a group, told with what picks them out (一名七十八岁姓黄的长者,
                   # 有在中山居住十年的香港退休人士): the words picking them out are theirs too
                   r"|(?:一名|一位|有)[^，,。；;！？!?“”「」\n]{0,16}?"
                   r"(?:长者|老人|市民|患者|病人|居民|街坊|家长|退休人士))")
SPEECH_VERBS = (r"(?:(?:向|对)(?:本报|记者|本台|传媒|媒体)(?:记者)?)?"  # (陈先生向本报表示: to the press)
                r"(?:说|表示|称|坦言|笑言|直言|笑说|感慨|补充|告诉记者|告诉|回忆)")
PRIVATE_AFTER = rf"[^。！？!?，,；;“”「」\n]{{0,30}}?{PRIVATE_SPEAKER}{SPEECH_VERBS}"
PRIVATE_BEFORE = rf"{PRIVATE_SPEAKER}{SPEECH_VERBS}道?[：:，,]?$"
PRIVATE_BEFORE_REACH = 24  # (一名七十八岁姓黄的长者表示，「…」)
# … and told without quotation marks, with or without a mark after the verb (家住石岐的市民罗先生说，以前去
# 广州看病来回要4个小时; 有市民表示带同两岁儿子轮候近三小时): the rest of
# the sentence after the words naming the speaker
PRIVATE_UNQUOTED = rf"{PRIVATE_SPEAKER}{SPEECH_VERBS}[，,：:]?(?![“「])[^。！？!?\n]{{1,80}}"  # (…，「…」，去年…: on past a quote)
# … and the same person going on as 他/她 in the sentences after, in the paragraph (黄伯表示，…。他说自己
# 每月都会…，每次车程约45分钟): their words too
PRIVATE_GOES_ON = rf"[他她]{SPEECH_VERBS}(?:自己)?[，,：:]?[^。！？!?\n“「]{{1,80}}"
PRIVATE_GOES_ON_REACH = 200  # characters after a person's words their 他说 may stand
# … or after the person is named in the sentence (今年65岁的李伯在深圳居住近十年，他说…已等了三年多)
PRIVATE_NAMED = rf"{PRIVATE_SPEAKER}[^。！？!?\n“「]{{0,30}}?[，,]{PRIVATE_GOES_ON}"
STOCK_LINE = (r"恒生指数|恒指|上证指数|深证成指|创业板指|收报|成交额|涨跌幅|股价|市盈率|"
              r"上一页|下一页|上一篇|下一篇")  # (… and a pager: 上一页 1 2 3 下一页)

# A relative clause right after a count (17间设有急症室的公立医院): the counted noun is after its 的
# (folded text)
RELATIVE_AFTER = r"(?:设有|设置|拥有|开设|提供|配备)[^，,。；;的\d]{1,8}的|位于[^，,。；;的\d]{1,12}的"  # (4间位于深圳、广州及珠海的医疗机构)

# --- the counted noun of a sentence --------------------------------------------------------------
# counters whose clause names no counted noun, and whose sentence has no level of their unit
# before them, take the sentence's last counted noun (轉送的病人主要來自甲、乙及丙醫院，人數分別為
# 218名、96名及57名，其餘61名…)
SENTENCE_NOUN_UNITS = frozenset({"名", "位", "人", "张"})
# … and so does a rate per head at once, whatever stands before it (每千人口床位5.2张，高于全省
# 平均的4.8张)
SENTENCE_NOUN_KINDS = frozenset(WITH_BASE)


# --- a territory's own figures --------------------------------------------------------------------
# Figures only a territory has, whoever reports them: its densities per 1,000 people, mortality
# rates, life expectancy, population (births). Reported by a SAR's health or statistics bureau
# (衛生局, 衞生署, 衞生防護中心, 醫務衞生局, 統計暨普查局, 政府統計處), they are the territory's.
TERRITORY_METRICS = frozenset({"doctors_per_1k", "nurses_per_1k", "beds_per_1k", "mortality_rate",
                               "life_expectancy", "population"})
TERRITORY_NAMES = {"香港": ("香港", "香港"), "澳门": ("澳门", "澳門")}  # (simplified, traditional)
TERRITORY_REPORTERS = {  # the bureaus' names, simplified (the ending of the entity's name)
    "香港": ("卫生署", "卫生防护中心", "医务卫生局", "统计处"),
    "澳门": ("卫生局", "统计暨普查局"),
}
