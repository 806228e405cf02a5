from crawlers.spiders.base import WireSpider


class ChinaNewsSpider(WireSpider):
    """China News Service (中国新闻网), chinanews.com.cn: rolling news list and RSS."""

    name = "chinanews"
