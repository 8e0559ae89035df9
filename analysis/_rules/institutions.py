"""Institutions as data: the head words that end a name (医院, 中心 …), the words that only
describe one, the openings of a full name. Used by ``analysis.entities``."""

from __future__ import annotations

from analysis._rules.cues import MORE_HEADS
from analysis._rules.places import HONG_KONG, MACAO

HEADS = ("妇幼保健院", "保健院", "卫生院", "医院", "诊所", "门诊部", "医学中心", "服务中心",
         "中心", "医疗集团", "集团", "管理局", "卫生健康局", "卫健委") + MORE_HEADS
REFERRING = "该本此"  # 该院, 本院, 此中心: a head word referring back to a name
# Words that describe a kind of institution rather than name one: 二级综合医院, 国际化医院.
GENERIC = (
    r"^(?:[一二三四五六七八九\d]级|三甲|甲等|以上|以下|之一|国际化?|公立|私立|民营|综合|专科|口腔|港式|"
    r"高端|社区|定点|指定|纯港资|港资|外资|中医|西医|妇幼|区域|医疗|卫生|服务|健康|国家级|省级|市级|"
    r"区级|大型|高水平|一流|知名|当地|本地|基层|首家|新|老|该|本|此)+$")
ORDINAL = r"第[一二三四五六七八九十\d]{1,3}$"  # 佛山市第一人民医院
ZONE_WORDS = ("合作区", "合作區")  # 横琴粤澳深度合作区
PROVINCE = ("广东省", "廣東省")  # a full name may open with the province
SAR_FORMS = (HONG_KONG, MACAO, "澳門")  # the SARs' names, which may open a name too
