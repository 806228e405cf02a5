from crawlers.spiders.base import WireSpider


class CacSpider(WireSpider):
    """Cyberspace Administration of China (cac.gov.cn): its list pages need JavaScript, so the sitemap."""

    name = "cac"
