"""The controlled vocabulary of metrics: one name per kind of figure, documented for analysts."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd


class Metric(NamedTuple):
    """One metric name with its Chinese and English labels, usual unit, and meaning."""

    name: str
    label_zh: str
    label_en: str
    unit: str
    description: str


METRICS: tuple[Metric, ...] = (
    Metric("patients", "患者人数", "Patients", "人/名",
           "People treated, screened or served (患者, 患儿, 孕产妇, 新生儿 counted as people)."),
    Metric("patient_visits", "诊疗人次", "Patient visits", "人次",
           "Outpatient, emergency or service visits counted in 人次."),
    Metric("daily_visits", "日均诊疗人次", "Visits per day", "人次",
           "Visits in a day (日均门诊量 N人次, 每日约N人求诊); the unit as written (人次, 人)."),
    Metric("admissions", "住院人次", "Inpatient admissions", "人次",
           "Inpatient stays (住院服务人次; 出院人数 N人 counted in 人)."),
    Metric("doctors", "医生人数", "Doctors", "名/位",
           "Doctors, physicians and medical experts (医生, 医师, 专家)."),
    Metric("nurses", "护士人数", "Nurses", "名/位", "Nurses (护士)."),
    Metric("staff", "医护及人才", "Staff", "名/位",
           "Other health workers and recruited talent (医护, 职工, 博士, 硕士, 顾问, 药剂人员, "
           "救护人员), and health workers of two kinds counted together (社工及护士共11名)."),
    Metric("beds", "床位数", "Beds", "张", "Beds in service (床位, 病床)."),
    Metric("planned_beds", "规划床位", "Planned beds", "张",
           "Beds planned or under construction (规划床位, 拟设置…病床)."),
    Metric("doctors_per_1k", "每千人口医师数", "Doctors per 1,000 people", "per_1k",
           "每千人口执业(助理)医师 N人: a density, never a count of doctors."),
    Metric("nurses_per_1k", "每千人口护士数", "Nurses per 1,000 people", "per_1k",
           "每千人口注册护士 N人."),
    Metric("beds_per_1k", "每千人口床位数", "Beds per 1,000 people", "per_1k",
           "每千人口医疗卫生机构床位数 N张."),
    Metric("dental_chairs", "牙椅数", "Dental chairs", "张", "Dental chairs (牙椅)."),
    Metric("insurance_enrolment", "参保人数", "Insurance enrolment", "人",
           "People enrolled in an insurance or pension scheme (参加…保险 N人)."),
    Metric("insurance_increase", "参保增加人数", "Enrolment increase", "人",
           "Increase in enrolment over a baseline (比上年底增加 N人)."),
    Metric("insurance_growth", "参保增长率", "Enrolment growth", "percent",
           "Growth of enrolment in percent (增长 N%)."),
    Metric("pension_recipients", "领取养老金人数", "Pension recipients", "人",
           "People receiving a pension (领取养老金 N人)."),
    Metric("mortality_rate", "死亡率", "Mortality rate", "per_mille/per_100k",
           "Mortality rates with their base in the unit (婴儿死亡率 N‰; 孕产妇死亡率 N/10万: "
           "per_100k); a rate stated as 零 is 0."),
    Metric("rate", "比率", "Other rate", "percent/per_100k",
           "A rate that is neither mortality, growth nor a share (覆盖率, 满意度, 报销比例 N%, 按N%报销; "
           "发病率 N/10万, 每10万人口N例, 每十万人N with the base in the unit)."),
    Metric("growth", "增长率", "Growth", "percent/pp",
           "Growth of anything but enrolment in percent, or in percentage points (个百分点: pp)."),
    Metric("share", "占比", "Share", "percent",
           "A share of a total in percent; fractions (四分之一) are stated as percent (25)."),
    Metric("institutions", "机构数", "Institutions", "家",
           "Hospitals, designated institutions, companies, pharmacies and licensed premises "
           "(N家医院/机构/企业, N间药房/场所); clinics counted in 间 (再开设2间门诊)."),
    Metric("facilities", "设施数", "Facilities", "间/个",
           "Rooms, clinics and other facilities inside institutions (诊室, 病房, 实验室), and the "
           "service points and outlets of a scheme (服务点, 服务站, 专窗, 网点, 接种点, 驿站), whatever "
           "institution houses them."),
    Metric("amount", "金额", "Amount of money", "元/港元/澳门元",
           "Money: spending, subsidies, settlements, fees, investment (基金支出 N亿元); the "
           "currency in the unit (元, 港元, 澳门元, 美元), 万元/亿元 normalised."),
    Metric("unit_cost", "人均/次均金额", "Money per person or visit", "元/港元/澳门元",
           "Money per person, visit or case (人均费用 N元, 每人每年 N元, 每宗 N港元)."),
    Metric("vaccinations", "疫苗接种", "Vaccinations", "剂次/人",
           "Vaccine doses given (接种 N剂次) or people vaccinated (接种 N人)."),
    Metric("life_expectancy", "人均预期寿命", "Life expectancy", "岁",
           "人均预期寿命 N岁, and its change in years."),
    Metric("area", "面积", "Floor or site area", "m2",
           "Site or floor area in square metres (占地面积, 建筑面积); 万平方米 normalised."),
    Metric("population", "人口", "Population", "人",
           "Residents or diaspora counted as people (常住香港居民, 侨胞), and live births "
           "(活产数 N人, 新生儿出生 N人, 分娩新生儿 N名, N名婴儿出生)."),
    Metric("procedures", "手术/治疗例数", "Procedures", "例",
           "Operations, deliveries and other procedures (手术 N例, 分娩量 N例)."),
    Metric("cases", "病例数", "Cases", "例",
           "Cases of a condition counted in 例 that are not procedures (出生缺陷 N例), and cases, "
           "business and transactions handled: insurance claims, applications for a benefit, "
           "referrals, business (理赔N人次, 申请N宗, 转诊N宗, 办理业务N件, 结算N笔)."),
    Metric("research_output", "科研产出", "Research output", "篇/项",
           "Papers (论文 N篇) and research grants or projects (科研课题 N项)."),
    Metric("programs", "项目数", "Programmes", "个/项",
           "Programmes, key specialties, approved techniques and plans (N个项目, N项技术)."),
    Metric("duration", "时长", "Duration", "年/天/分钟",
           "A stated length of time (计划三年时间, 步行5分钟); not anniversaries or ages."),
    Metric("other", "其他", "Other", "",
           "A number kept with its quote that is not one of the health-care quantities above "
           "(attendances at events and training, survey samples, averages of cases per day, "
           "places a scheme covers: 覆盖N个城市)."),
)

METRIC_NAMES: frozenset[str] = frozenset(m.name for m in METRICS)


class Column(NamedTuple):
    """One column of the mentions and facts tables that says where and when a figure is."""

    name: str
    meaning: str
    example: str


# Where and when a figure is: what an analyst groups or filters by without a merge.
COLUMNS: tuple[Column, ...] = (
    Column("entity", "The institution or place the figure is about, in its fullest form in the "
           "article (short forms, 该院/該院/该中心 and a bare 医院 at a clause start resolve to "
           "it), as the article writes it; a bureau named with its place stands for the place; "
           "an area above a city (大湾区, 广东省, 香港) when the sentence is about it.",
           "港大深圳醫院 -> 香港大學深圳醫院; 珠海市卫生健康局获悉… -> 珠海市; 本港註冊醫生 -> 香港"),
    Column("entity_type", "What the entity is: hospital, institution, district, city, region, "
           "scheme, company or programme.", "江门市妇幼保健院 -> hospital; 前海 -> district; "
           "大灣區 -> region"),
    Column("region", "The region the figure is of, in simplified characters: the city its entity "
           "names, an area entity itself, else the article's region.",
           "深圳市罗湖区口岸医院 -> 深圳; 本港 -> 香港; 全市 (a Zhuhai article) -> 珠海"),
    Column("published", "The publication date of the figure's article (datetime64, NaT when "
           "unknown); on a fact, that of the article its quote is from.",
           "2024-09-10"),
)


def column_dictionary() -> pd.DataFrame:
    """The where-and-when columns (``COLUMNS``) as a table: column, meaning, example."""
    return pd.DataFrame([c._asdict() for c in COLUMNS]).rename(columns={"name": "column"})


def data_dictionary() -> pd.DataFrame:
    """The vocabulary as a table (metric, label_zh, label_en, unit, description) for notebooks."""
    return pd.DataFrame([m._asdict() for m in METRICS]).rename(columns={"name": "metric"})
