from crawlers.spiders.base import WireSpider


class XinhuaEnglishSpider(WireSpider):
    """Xinhua's English edition (english.news.cn): channel lists and RSS."""

    name = "xinhua_en"
