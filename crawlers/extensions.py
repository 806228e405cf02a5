"""A closing summary per crawl: what was archived, by kind, and what failed.

The counts are also kept in the crawl's stats (``wirearchive/archived/<kind>``, ``wirearchive/errors/<kind>``),
where crawlers/run.py reads them for its report and Scrapy's stats dump shows them in the log file.
"""

from __future__ import annotations

import logging
from collections import Counter

from scrapy import signals

log = logging.getLogger("wirearchive.crawl")


class CrawlSummary:
    def __init__(self, crawler):
        self.crawler = crawler
        self.kinds: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def item_scraped(self, item, response=None, spider=None):
        kind = item.get("kind", "other")
        self.kinds[kind] += 1
        self.crawler.stats.inc_value(f"wirearchive/archived/{kind}")
        status = item.get("status")
        if kind != "found" and (item.get("error") or status is None or status >= 400):  # found: no fetch
            self.errors[kind] += 1
            self.crawler.stats.inc_value(f"wirearchive/errors/{kind}")
        total = sum(self.kinds.values())
        if total % 50 == 0:
            log.info("archived %d pages so far (%s)", total, dict(self.kinds))

    def spider_closed(self, spider, reason):
        skipped = self.crawler.stats.get_value("wirearchive/skipped_archived", 0)
        log.info(
            "crawl %s finished (%s): archived %s; with errors %s; skipped as already archived %d",
            spider.name,
            reason,
            dict(self.kinds) or "nothing",
            dict(self.errors) or "none",
            skipped,
        )
