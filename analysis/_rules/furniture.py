"""Page furniture as data: breadcrumbs, widgets, counters, meta labels, section names, the lines
that end an article (声明, 责任编辑, 相关推荐 …). Patterns are strings; ``analysis.text`` compiles
them and matches them on each stripped line as written (not folded)."""

from __future__ import annotations

from analysis._rules.time import STAMP

# (each crumb is atomic and the spaces around a separator possessive: a line that is not a
# breadcrumb fails at once, not after trying every split of the spaces between crumb and mark)
# A portal's navigation bar: its home link and section names (首页 政务公开 政务服务 互动交流),
# or a tool bar of short words between bars (无障碍 | 长者模式 | 繁體 | 登录); no digits, no
# sentence marks (each word atomic: the spaces before it could go to either side).
NAVIGATION = (r"(?:网站首页|網站首頁|首页|主页|首頁|主頁)(?:\s*+[|｜/]?\s*+(?>[^\s|｜/，。,、\d]{1,8})){2,15}"
              r"|(?>[^\s|｜，。,、\d]{1,8})(?:\s*+[|｜]\s*+(?>[^\s|｜，。,、\d]{1,8})){2,12}")
BREADCRUMB = r"(?>[^>＞»。，,]{1,30})(?:\s*+[>＞»]\s*+(?>[^>＞»。，,]{1,30})){1,8}"
WIDGET_WORD = (r"(?:分享(?:至|到)?|收藏|举报|舉報|评论|評論|点赞|點讚|點贊|首赞|首讚|首贊|赞|讚|贊|"
               r"转发|轉發|留言|打赏|打賞|\+?(?:关注|關注)|已关注|已關注|订阅|訂閱|訂閲|申请入驻|申請入駐|"
               r"(?:打开|打開)\S{0,8}?(?:APP|App|app|客户端|客戶端|新闻|新聞)|"
               r"(?:下载|下載)\S{0,6}?(?:APP|App|app|客户端|客戶端)|"
               r"查看(?:更多|原文|精彩图片|精彩圖片)|(?:阅读|閱讀|閲讀)(?:原文|全文)?|展开全文|展開全文|"
               r"换一换|換一換|换一批|換一批|返回顶部|返回頂部|返回首页|返回首頁|上一篇|下一篇|"
               r"无障碍浏览|無障礙瀏覽|进入关怀版|進入關懷版|关怀版|關懷版|往期回顾|往期回顧|全部|"
               r"字号|字號|[大中小]|微信|微博|QQ空间|QQ空間|QQ|复制链接|複製鏈接|扫一扫|掃一掃|"
               r"(?:扫码|掃碼)\S{0,6}|手机看|手機看|热度|熱度|浏览|瀏覽|"
               # a WeChat post's widgets (点击上方蓝字关注我们, 在看)
               r"(?:点击|點擊)上方\S{0,10}?(?:关注|關注)\S{0,2}|在看)")
# (each widget with its count and separators is atomic: the words overlap - 扫码\S{0,6} can hold
# the next one - and trying every way to cut a line into them took exponential time)
WIDGET = rf"(?:(?>{WIDGET_WORD}[ (（]*[\d.,万萬+]*[)）]?[\s|｜,，、:：/·]*))+"
# (a page folio too: — 12 —, －3－, 第5页 / 第 5 頁 共 12 頁, after a running header's words: 健康产业
# 研究　2025年第4期　第 1 页 共 2 页)
NUMERIC = (rf"[\d\s.,:：/+\-—－–·•]+|(?:[^\n]{{0,40}}?\s)?第\s*\d{{1,4}}\s*[页頁](?:\s*[/／共]\s*\d{{1,4}}\s*[页頁]?)?"
           rf"|(?:\S{{1,12}}\s+)?(?:{STAMP})"
           rf"(?:\s+(?:来源|來源|发布于|發佈於|發布於)[:：]?\s*\S{{0,20}})?")
SYMBOLS = r"[^\u4e00-\u9fff]{1,2}"  # a stray page letter or mark: A, B, ▲
# (each count with its word atomic: the spaces before the word could go to either \s*)
COUNTER = (r"(?:(?>\d[\d.,]*\s*[万萬千亿億wWkK]?\+?\s*[次条條]?(?:文章数|文章數|关注度|關注度|粉丝数?|粉絲數?|"
           r"关注|關注|阅读量?|閱讀量?|閲讀量?|评论数?|評論數?|点赞|點讚|點贊|获赞|獲讚|獲贊|收藏|转发|"
           r"轉發|浏览量?|瀏覽量?|人参与|人參與|人看过|人看過|次播放|条评论|條評論|篇文章|赞|讚|贊)\s*))+")
# the length of an article and its reading time (本文共1,086字，閱讀約需3分鐘; 阅读时间约5分钟)
_READ_TIME = (r"(?:预计|預計)?(?:阅读|閱讀|閲讀)(?:时间|時間|时长|時長)?\s*[:：]?\s*(?:约|約|大约|大約)?"
              r"(?:需要?|需时|需時|需用)?\s*[\d.]+\s*(?:分钟|分鐘)")
READING = (rf"(?:(?:本文|全文)(?:共|约|約|字数|字數)?\s*[:：]?\s*[\d,.]+\s*(?:个|個)?字"
           rf"(?:[，,、\s]*{_READ_TIME})?|{_READ_TIME})[。.]?")
# a link to the article before or after this one on the portal (上一篇：…, 下一篇：…)
NEIGHBOUR = r"(?:上一篇|下一篇|上一条|上一條|下一条|下一條|上一则|上一則|下一则|下一則)\s*[:：].*"
META = (r"(?:发布时间|發佈時間|發布時間|发表时间|發表時間|更新时间|更新時間|发布于|發佈於|發布於|来源|"
        r"來源|稿源|原标题|原標題|作者|字数|字數|浏览量|瀏覽量|阅读量|閱讀量|閲讀量"
        # a budget reply's heads (總目：（140）政府總部, 綱領：(2), 答覆編號：HHB123)
        r"|总目|總目|分目|纲领|綱領|答覆编号|答覆編號|管制人员|管制人員)\s*[:：]")
SECTION = r"[\u4e00-\u9fff]{0,4}(?:要闻|要聞|新闻|新聞|频道|頻道|专题|專題|热榜|熱榜|排行榜?)"
# A line starting so ends the article: everything after it is the portal's, not the author's
# (matched ignoring case).
END = (r"(?:特别声明|特別聲明|免责声明|免責聲明|版权声明|版權聲明|郑重声明|鄭重聲明|(?:声明|聲明)\s*[:：]|"
       r"notice\s*[:：]|disclaimer|责任编辑|責任編輯|(?:责编|責編)\s*[:：]|返回搜狐|"
       r"本文(?:来源|來源|转自|轉自|转载|轉載)|版权所有|版權所有|copyright|©)")
LIST_HEADING = (r"(?:(?:相关|相關|热点|熱點|热门|熱門|精彩|为你|為你|为您|為您|延伸|扩展|擴展|更多|今日|"
                r"网友|網友|全部|24小时|24小時)"
                r"(?:推荐|推薦|阅读|閱讀|閲讀|新闻|新聞|文章|报道|報道|评论|評論|精彩|热点|熱點|热文|熱文|"
                r"链接|鏈接|連結|连结|资讯|資訊|信息|讯息|訊息)"
                r"(?:排行)?"
                r"|推荐阅读|推薦閱讀|推薦閲讀|猜你喜欢|猜你喜歡|大家都在看|排行榜|点击排行|點擊排行"
                # a WeChat account's list of its earlier posts (往期推荐, 往期回顧)
                r"|往期(?:推荐|推薦|回顾|回顧|精彩|文章|阅读|閱讀)"
                # an e-paper page's briefs of other news after the article (简讯, 本版快讯)
                r"|(?:本版)?(?:简讯|簡訊|快讯|快訊|短讯|短訊)"
                # an advertisement's label (广告, 廣告): what stands under it is no article
                r"|广告|廣告)[\s:：]*")

# A list heading with its items on the same line (相關新聞：A　B, 热门排行 1. … 2. …, 滚动快讯：…) and an
# advertisement's line (【广告】…): none of it the article's
LISTED_LINE = (rf"(?:{LIST_HEADING})[:：]\s*\S.*|(?:热门排行|熱門排行|点击排行|點擊排行|滚动快讯|滾動快訊|滚动新闻|滾動新聞)"
               r"[\s:：]*\S.*|[【\[](?:广告|廣告|推广|推廣)[】\]].*")
# A tip or reminder to readers (温馨提示：孕28周后每2周产检1次…) and a list of attached files (附件：1.…xlsx
# 2.….pdf): notices, no figures of the article
NOTICE = (r"(?:温馨提示|溫馨提示|温馨提醒|溫馨提醒|友情提示|友情提醒|特别提醒|特別提醒)[:：].*"
          r"|(?:附件|相关附件|相關附件)[:：].*\.(?:xlsx?|docx?|pdf|zip|rar|wps|ofd|et)\b.*")
# A paper's imprint (广州日报社出版 国内统一连续出版物号CN44-0010 零售价：1.50元), a running page footer
# (江门市中心医院年报 — 3 —) and a listed headline with its date (我院3名医生获评…“名医”2025-11-05,
# 本澳十月份旅客逾三百萬人次（11-20）)
IMPRINT = (r".{0,40}?(?:连续出版物号|連續出版物號|邮发代号|郵發代號|零售价|零售價|定价[:：]|定價[:：]).{0,40}"
           r"|.{0,30}?[—\-－–]\s*\d{1,3}\s*[—\-－–]"
           r"|[^。！？!?；;，,]{4,60}?\s*(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}|[（(]\d{1,2}-\d{1,2}[）)])")
# An audio version's length (听全文 约4分钟)
LISTEN = r"(?:听全文|聽全文|收听|收聽|音频|音頻)\s*(?:约|約)?\s*[\d.]+\s*(?:分钟|分鐘|秒)"
# A weather or air-quality line (多云 18~24℃ 湿度75%, 空氣質素指數 48) and a contact line
# (24小時新聞熱線：2865 2222): short, no sentence mark, holding a temperature in ℃/°, a humidity
# or index with its number, or a hotline with its number (matched on the folded text).
NO_MARK = r"[^，,。；;！？!?]"
WEATHER = (rf"{NO_MARK}*?(?:\d\s*(?:℃|°C?)|(?:湿度|濕度|AQI|空气质素指数|空氣質素指數|空气质量指数|空氣質量指數|"
           rf"空气污染指数|空氣污染指數|紫外线指数|紫外線指數)[\s:：(（)）A-Z]*+\d){NO_MARK}*+")
# A stock quote (恒生指数 24,386.52 ▲1.23%) and a visitor counter with its word first (访问人数
# 12,845, 浏览量：3,562): matched on the folded text.
QUOTE = (rf"{NO_MARK}{{0,10}}?(?:恒生指数|恒生指數|恒指|上证指数|上證指數|深证成指|深證成指|创业板指|創業板指|"
         r"国企指数|國企指數|道琼斯|道瓊斯|纳斯达克|納斯達克)"
         rf"\s*+[\d,.]++{NO_MARK}{{0,20}}+")
# … and a line of quotes, each a name (with its code) and a price with its change (【收市】友邦 78.35元
# （+1.16%）　保诚(2378) 96.20元（-0.45%）, 上证指数 2,896.31 ▲1.16%　中国人保(601319) 5.86元 ▲2.09%),
# prices in cents as quotes are written
STOCK_ITEM = (r"[\u4e00-\u9fffA-Za-z]{1,8}(?:[(（]\d{4,6}[)）])?\s*+\d[\d,]*+\.\d{2,3}元?\s*+"
              r"(?:[▲▼↑↓+\-－]\s*+[\d.]++%|[（(][+\-－]?[\d.]++%[)）])")
# … or one quote alone on its line, named with its code (东莞控股(000828) 6.82 +1.19%)
STOCK_CODED = (r"[\u4e00-\u9fffA-Za-z]{1,8}[(（]\d{4,6}[)）]\s*+\d[\d,]*+\.\d{2,3}元?\s*+"
               r"(?:[▲▼↑↓+\-－]\s*+[\d.]++%|[（(][+\-－]?[\d.]++%[)）])")
STOCKS = rf"(?:【[^】]{{1,6}}】)?\s*+(?:(?:{STOCK_ITEM}\s*+){{2,}}|{STOCK_CODED}\s*)"
VISITS = (r"(?:在线人数|在線人數|访问人数|訪問人數|访问量|訪問量|访客量|訪客量|浏览量|瀏覽量|浏览次数|瀏覽次數|点击量|點擊量|"
          r"点击数|點擊數|阅读数|閱讀數)[\s:：]*+\d[\d,.]*+"
          r"(?:[万萬wW])?(?:人次|次|人)?")
# A bar of furniture items between vertical bars (澳門 17°C - 22°C 濕度 78% ｜ 恒生指數 24,386.52 ▲1.23%
# ｜ 訪問人數 12,845): furniture when every item is.
# Exchange rates (匯率：人民幣兌澳門元 1.1126　港元兌澳門元 1.0300): matched on the folded text
EXCHANGE = (rf"{NO_MARK}{{0,6}}?(?:(?:汇率|匯率)[\s:：]*)?(?:[\u4e00-\u9fff]{{1,4}}[兑兌][\u4e00-\u9fff]{{1,4}}\s*+[\d.]++(?:\s*+[:：]\s*+[\d.]++)?\s*+)+")
BAR = r"\s*[|｜]\s*"
CONTACT = (rf"{NO_MARK}{{0,20}}?(?:热线|熱線|电话|電話|专线|專線|传真|傳真)[\s:：]*+"
           r"[\d\s()（）+\-]{5,}+")
# A line opening with an item marker (2. 可致電…, 3、長者須…, （4）…) starts an item of a list: the
# break before it is the author's, never a PDF column's
ITEM_LINE = r"(?:\d{1,2}[.．、](?![\d.．])|[（(]\d{1,2}[）)])\s*[\u4e00-\u9fff“「]"
