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
    Metric("admissions", "住院人次", "Inpatient admissions", "人次",
           "Inpatient stays counted in 人次 (住院服务人次)."),
    Metric("doctors", "医生人数", "Doctors", "名/位",
           "Doctors, physicians and medical experts (医生, 医师, 专家)."),
    Metric("nurses", "护士人数", "Nurses", "名/位", "Nurses (护士)."),
    Metric("staff", "医护及人才", "Staff", "名/位",
           "Other health workers and recruited talent (医护, 职工, 博士, 硕士, 顾问)."),
    Metric("beds", "床位数", "Beds", "张", "Beds in service (床位, 病床)."),
    Metric("planned_beds", "规划床位", "Planned beds", "张",
           "Beds planned or under construction (规划床位, 拟设置…病床)."),
    Metric("dental_chairs", "牙椅数", "Dental chairs", "张", "Dental chairs (牙椅)."),
    Metric("insurance_enrolment", "参保人数", "Insurance enrolment", "人",
           "People enrolled in an insurance or pension scheme (参加…保险 N人)."),
    Metric("insurance_increase", "参保增加人数", "Enrolment increase", "人",
           "Increase in enrolment over a baseline (比上年底增加 N人)."),
    Metric("insurance_growth", "参保增长率", "Enrolment growth", "percent",
           "Growth of enrolment in percent (增长 N%)."),
    Metric("pension_recipients", "领取养老金人数", "Pension recipients", "人",
           "People receiving a pension (领取养老金 N人)."),
    Metric("mortality_rate", "死亡率", "Mortality rate", "per_mille",
           "Mortality rates per mille (孕产妇/新生儿/婴儿死亡率 N‰); a rate stated as 零 is 0."),
    Metric("rate", "比率", "Other rate", "percent",
           "A rate that is neither mortality, growth nor a share (覆盖率, 满意度 N%)."),
    Metric("growth", "增长率", "Growth", "percent", "Growth in percent of anything but enrolment."),
    Metric("share", "占比", "Share", "percent",
           "A share of a total in percent; fractions (四分之一) are stated as percent (25)."),
    Metric("institutions", "机构数", "Institutions", "家",
           "Hospitals, designated institutions, companies (N家医院/机构/企业)."),
    Metric("facilities", "设施数", "Facilities", "间/个",
           "Rooms, clinics and other facilities inside institutions (诊室, 病房, 实验室)."),
    Metric("area", "面积", "Floor or site area", "m2",
           "Site or floor area in square metres (占地面积, 建筑面积); 万平方米 normalised."),
    Metric("population", "人口", "Population", "人",
           "Residents or diaspora counted as people (常住香港居民, 侨胞)."),
    Metric("procedures", "手术/治疗例数", "Procedures", "例", "Operations and procedures (手术 N例)."),
    Metric("cases", "病例数", "Cases", "例",
           "Cases of a condition counted in 例 that are not procedures (出生缺陷 N例)."),
    Metric("research_output", "科研产出", "Research output", "篇/项",
           "Papers (论文 N篇) and research grants or projects (科研课题 N项)."),
    Metric("programs", "项目数", "Programmes", "个/项",
           "Programmes, key specialties, approved techniques and plans (N个项目, N项技术)."),
    Metric("duration", "时长", "Duration", "年/天/分钟",
           "A stated length of time (计划三年时间, 步行5分钟); not anniversaries or ages."),
    Metric("other", "其他", "Other", "",
           "A number kept with its quote that is not one of the health-care quantities above."),
)

METRIC_NAMES: frozenset[str] = frozenset(m.name for m in METRICS)


def data_dictionary() -> pd.DataFrame:
    """The vocabulary as a table (metric, label_zh, label_en, unit, description) for notebooks."""
    return pd.DataFrame([m._asdict() for m in METRICS]).rename(columns={"name": "metric"})
