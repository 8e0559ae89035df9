"""What a chart names a figure by, read from its subject (``metrics.subject``) where it is finer
than its metric: the rate (新生儿死亡率) and the scheme of an enrolment (参加居民养老保险的澳门居民 ->
居民养老保险). Used by ``analysis.charts``; simplified and traditional together."""

from __future__ import annotations

RATE_SUBJECT = r"^[\u4e00-\u9fff\d]{0,10}?(?:死亡率|病死率)$"
SCHEME_SUBJECT = (r"^(?:参加|參加|领取|領取)?([\u4e00-\u9fff]{0,16}?"
                  r"(?:保险|保險|医保|醫保|社保|养老金|養老金))(?:的|$)")
# What an institutions count counts, read from the end of its subject (6,500 港资企业 are not 4
# 三级以上医院): the kind named on the chart, so companies and hospitals never share an axis.
COUNTED_KINDS = {"企业": ("企业", "企業", "公司"), "医院": ("医院", "醫院"), "诊所": ("诊所", "診所")}
