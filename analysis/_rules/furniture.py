"""Page furniture as data: breadcrumbs, widgets, counters, meta labels, section names, the lines
that end an article (声明, 责任编辑, 相关推荐 …). Patterns are strings; ``analysis.text`` compiles
them and matches them on each stripped line as written (not folded)."""

from __future__ import annotations

from analysis._rules.time import STAMP

# (each crumb is atomic and the spaces around a separator possessive: a line that is not a
# breadcrumb fails at once, not after trying every split of the spaces between crumb and mark)
BREADCRUMB = r"(?>[^>＞»。，,]{1,30})(?:\s*+[>＞»]\s*+(?>[^>＞»。，,]{1,30})){1,8}"
WIDGET_WORD = (r"(?:分享(?:至|到)?|收藏|举报|评论|点赞|首赞|赞|打赏|\+?关注|已关注|订阅|申请入驻|"
               r"打开\S{0,8}?(?:APP|App|app|客户端|新闻)|下载\S{0,6}?(?:APP|App|app|客户端)|"
               r"查看(?:更多|原文|精彩图片)|阅读(?:原文|全文)?|展开全文|换一换|换一批|返回顶部|"
               r"返回首页|上一篇|下一篇|无障碍浏览|进入关怀版|关怀版|往期回顾|全部|字号|[大中小]|"
               r"微信|微博|QQ空间|QQ|复制链接|扫一扫|扫码\S{0,6}|手机看|热度|浏览)")
# (each widget with its count and separators is atomic: the words overlap - 扫码\S{0,6} can hold
# the next one - and trying every way to cut a line into them took exponential time)
WIDGET = rf"(?:(?>{WIDGET_WORD}[ (（]*[\d.,万+]*[)）]?[\s|｜,，、:：/·]*))+"
NUMERIC = (rf"[\d\s.,:：/+\-]+|(?:\S{{1,12}}\s+)?(?:{STAMP})"
           rf"(?:\s+(?:来源|发布于)[:：]?\s*\S{{0,20}})?")
SYMBOLS = r"[^\u4e00-\u9fff]{1,2}"  # a stray page letter or mark: A, B, ▲
# (each count with its word atomic: the spaces before the word could go to either \s*)
COUNTER = (r"(?:(?>\d[\d.,]*\s*[万千亿wWkK]?\+?\s*(?:文章数|关注度|粉丝数?|关注|阅读量?|"
           r"评论数?|点赞|获赞|收藏|转发|浏览量?|人参与|人看过|次播放|条评论|篇文章|赞)\s*))+")
META = (r"(?:发布时间|发表时间|更新时间|发布于|来源|稿源|原标题|作者|字数|浏览量|阅读量)"
        r"\s*[:：]")
SECTION = r"[\u4e00-\u9fff]{0,4}(?:要闻|新闻|频道|专题|热榜|排行榜?)"
# A line starting so ends the article: everything after it is the portal's, not the author's
# (matched ignoring case).
END = (r"(?:特别声明|免责声明|版权声明|郑重声明|声明\s*[:：]|notice\s*[:：]|disclaimer|"
       r"责任编辑|责编\s*[:：]|返回搜狐|本文(?:来源|转自|转载)|版权所有|copyright|©)")
LIST_HEADING = (r"(?:(?:相关|热点|热门|精彩|为你|为您|延伸|扩展|更多|今日|网友|全部|24小时)"
                r"(?:推荐|阅读|新闻|文章|报道|评论|精彩|热点|热文)(?:排行)?"
                r"|推荐阅读|猜你喜欢|大家都在看|排行榜|点击排行)[\s:：]*")
