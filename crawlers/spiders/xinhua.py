from crawlers.spiders.base import WireSpider


class XinhuaSpider(WireSpider):
    """Xinhua News Agency in Chinese (news.cn, formerly xinhuanet.com): channel lists and sitemap."""

    name = "xinhua"
