"""What a chart names a figure by, read from its quote: the insurance scheme enrolled in
(参加城乡居民基本医疗保险, 參加城鄉居民基本醫療保險), the rate (新生儿死亡率, 新生兒死亡率). Used by
``analysis.charts``; both scripts."""

from __future__ import annotations

SCHEME = (r"(?:参加|參加|参保|參保|加入)([\u4e00-\u9fff]{1,10}?(?:保险|保險|医保|醫保|社保))"
          r"|((?:城乡|城鄉|城镇|城鎮)?(?:居民|职工|職工|基本)[\u4e00-\u9fff]{0,6}?"
          r"(?:保险|保險|医保|醫保|社保))")
RATE = (r"(?:5岁以下儿童|5歲以下兒童|孕产妇|孕產婦|新生儿|新生兒|围产儿|圍產兒|婴儿|嬰兒|儿童|兒童)?"
        r"(?:死亡率|病死率)")
