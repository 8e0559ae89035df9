"""What a chart names a figure by, read from its quote: the insurance scheme enrolled in
(参加城乡居民基本医疗保险), the rate (新生儿死亡率). Used by ``analysis.charts``."""

from __future__ import annotations

SCHEME = (r"(?:参加|参保|加入)([\u4e00-\u9fff]{1,10}?(?:保险|医保|社保))"
          r"|((?:城乡|城镇)?(?:居民|职工|基本)[\u4e00-\u9fff]{0,6}?(?:保险|医保|社保))")
RATE = r"(?:5岁以下儿童|孕产妇|新生儿|围产儿|婴儿|儿童)?(?:死亡率|病死率)"
