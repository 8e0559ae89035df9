"""Bylines and newspaper headers as data: who wrote an article and for which outlet.

Matched on the text as written (``analysis.ingest``): 南都记者 张三, 来源：南方日报 | 版次：A04.
"""

from __future__ import annotations

BYLINE = (r"(?:采写|采访|撰文|文/图|文、图|图/文|图文|文|记者)?\s*[:：/]?\s*"
          r"(?P<outlet>[\u4e00-\u9fffA-Za-z+]{2,10}?)(?:全媒体|融媒体|首席|特约|见习)?记者"
          r"[ \t]*(?P<names>[\u4e00-\u9fff]{2,4}(?:[ \t、,，]+[\u4e00-\u9fff]{2,4})*)")
# Words after 记者 that are roles, not names.
ROLES = frozenset({"通讯员", "实习生", "摄影", "摄影记者", "编辑", "报道", "见习记者", "校对"})
# Short outlet names -> the outlet (None: the paper itself, 本报 "this paper").
OUTLETS = {"南都": "南方都市报", "南都全媒体": "南方都市报", "羊晚": "羊城晚报", "本报": None,
           "本台": None, "本网": None}
# The field names of a newspaper's header line.
HEADER_WORDS = "来源|版次|栏目|作者|编辑"
# A web page's platform account (健康广州号 >) and its 来源： line.
PLATFORM = r"([\u4e00-\u9fff]{1,4}号)(?=\s*[>＞»]|”)"
SOURCE = r"来源\s*[:：]\s*([^\s|｜,，:：]{2,20})"
