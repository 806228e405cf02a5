from crawlers.spiders.base import WireSpider


class ChinaDailySpider(WireSpider):
    """China Daily (chinadaily.com.cn): channel lists and RSS."""

    name = "chinadaily"
