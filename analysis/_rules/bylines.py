"""Bylines and newspaper headers as data: who wrote an article and for which outlet.

Matched on the text as written (``analysis.ingest``): 南都记者 张三, 来源：南方日报 | 版次：A04;
traditional forms beside the simplified ones (記者, 來源, 編輯: Hong Kong and Macao press).
"""

from __future__ import annotations

BYLINE = (r"(?:采写|採寫|采访|採訪|撰文|文/图|文/圖|文、图|文、圖|图/文|圖/文|图文|圖文|文|记者|記者)?"
          r"\s*[:：/]?\s*"
          r"(?P<outlet>[\u4e00-\u9fffA-Za-z+]{2,10}?)"
          r"(?:全媒体|全媒體|融媒体|融媒體|首席|特约|特約|见习|見習)?(?:记者|記者)"
          r"[ \t]*(?P<names>[\u4e00-\u9fff]{2,4}(?:[ \t、,，]+[\u4e00-\u9fff]{2,4})*)")
# Words after 记者 that are roles, not names.
ROLES = frozenset({"通讯员", "通訊員", "实习生", "實習生", "摄影", "攝影", "摄影记者", "攝影記者",
                   "编辑", "編輯", "报道", "報道", "见习记者", "見習記者", "校对", "校對"})
# Short outlet names -> the outlet (None: the paper itself, 本报 "this paper"); a traditional
# name -> the outlet's own (simplified) name.
OUTLETS = {"南都": "南方都市报", "南都全媒体": "南方都市报", "南都全媒體": "南方都市报",
           "南方都市報": "南方都市报", "羊晚": "羊城晚报", "羊城晚報": "羊城晚报", "本报": None,
           "本報": None, "本台": None, "本网": None, "本網": None}
# The field names of a newspaper's header line.
HEADER_WORDS = "来源|來源|版次|栏目|欄目|作者|编辑|編輯"
# A web page's platform account (健康广州号 >) and its 来源： line.
PLATFORM = r"([\u4e00-\u9fff]{1,4}[号號])(?=\s*[>＞»]|”)"
SOURCE = r"(?:来源|來源)\s*[:：]\s*([^\s|｜,，:：]{2,20})"
# A page's <title> naming its site after the article's (…各科室工作亮点_广州医科大学附属第二医院,
# 標題 - 澳門日報, 标题｜南方网): the separator before the last part, which is the site.
SITE_SEPARATOR = r"\s*(?:_|\||｜|\s[-–—]\s|——)\s*"
SITE_NAME = r"[\u4e00-\u9fff（）()·]{2,24}"
# A 来源 that is an office inside the body whose site it is (来源：院办, 來源：宣傳科, 来源：本站): the site
# publishes the page.
INTERNAL_SOURCE = (r"(?:院办|院辦|党办|黨辦|宣传科|宣傳科|宣传部|宣傳部|党委宣传部|黨委宣傳部|宣传处|宣傳處|"
                   r"办公室|辦公室|综合办|綜合辦|医务部|醫務部|医务科|醫務科|信息科|資訊科|资讯科|本站|本网|本網|"
                   r"新闻中心|新聞中心|[\u4e00-\u9fff]{1,6}(?:科|部|办|辦))")
# A social-media account's line under the headline (广东省人民医院　2026-01-08 18:30　发表于广东,
# 佛山市第一人民医院　2025年1月15日): the institution that posts the text, its publisher. Only names
# ending as institutions do (医院, 中心, 局 …): a newspaper's masthead line is no account.
ACCOUNT_LINE = (r"^[ \t\u3000]*(?:原创[ \t\u3000]+|原創[ \t\u3000]+)?"
                r"([\u4e00-\u9fff（）()]{3,30}?(?:院|中心|院区|院區|研究所|局|委员会|委員會|卫健委|衛健委))"
                r"[ \t\u3000]+(?:原创[ \t\u3000]+|原創[ \t\u3000]+)?"
                r"\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)")
ACCOUNT_LINES = 3  # lines at the head of a text an account's line may stand on
