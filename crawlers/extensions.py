"""What a crawl did, counted as it goes, and a closing summary per spider.

The counts are kept in the crawl's stats, where crawlers/pipelines.py reads them for the run record
(crawlers/runrecord.py), crawlers/run.py for its report and exit status, and Scrapy's stats dump shows them
in the log file:

* ``wirearchive/seen``: distinct URLs the spider asked for (``wirearchive/skipped_archived``: those it did
  not ask for because they are archived whole already);
* ``wirearchive/fetched``: pages that came back whole with a status below 400;
* ``wirearchive/failed/<reason>``: the others, by reason (crawlers/failures.py), and
  ``wirearchive/failed_hosts/<reason>`` the hosts they were on;
* ``wirearchive/archived/<kind>`` and ``wirearchive/errors/<kind>``: records written to the WARC archive.
"""

from __future__ import annotations

import logging
from collections import Counter
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.logformatter import LogFormatter
from scrapy.statscollectors import MemoryStatsCollector

from crawlers.failures import category_of_text, http_reason
from crawlers.runrecord import FAILED_HOSTS_PREFIX, FAILED_PREFIX, outcome_counts
from pipeline.archive.warc import KIND_FOUND

log = logging.getLogger("wirearchive.crawl")


def item_outcome(item) -> str | None:
    """None when the item is a page fetched whole, else the reason it counts as failed."""
    status = item.get("status")
    if status is not None and status >= 400:
        return http_reason(status).category
    error = item.get("error")
    if status is None or error:
        return category_of_text(error)
    return None


class CrawlStats(MemoryStatsCollector):
    """Scrapy's stats collector (``STATS_CLASS``), its methods looked up as on any object. Scrapy 2.19's
    looks every one up through a ``__getattribute__`` that wraps it, to warn when a caller passes the
    deprecated ``spider`` argument: a few % of the crawl's CPU, stats being counted several times a page
    (docs/benchmarks.md, "Crawl"). The methods and what they count are Scrapy's; only the warning is gone."""

    __getattribute__ = object.__getattribute__


class CrawlSummary:
    def __init__(self, crawler):
        self.crawler = crawler
        self.kinds: Counter[str] = Counter()
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def request_scheduled(self, request, spider=None):
        if request.url not in self.seen:
            self.seen.add(request.url)
            self.crawler.stats.inc_value("wirearchive/seen")

    def item_scraped(self, item, response=None, spider=None):
        stats = self.crawler.stats
        kind = item.get("kind", "other")
        self.kinds[kind] += 1
        stats.inc_value(f"wirearchive/archived/{kind}")
        failed = item_outcome(item)
        if kind == KIND_FOUND:  # an article archived before, found again for a conference: not fetched
            stats.inc_value("wirearchive/found")
        elif failed is None:
            stats.inc_value("wirearchive/fetched")
        else:
            stats.inc_value(f"wirearchive/errors/{kind}")
            stats.inc_value(f"{FAILED_PREFIX}{failed}")
            hosts = set(stats.get_value(f"{FAILED_HOSTS_PREFIX}{failed}", []))
            hosts.add(urlsplit(item.get("url", "")).hostname or "")
            stats.set_value(f"{FAILED_HOSTS_PREFIX}{failed}", sorted(hosts))
        total = sum(self.kinds.values())
        if total % 50 == 0:
            log.info("archived %d pages so far (%s)", total, dict(self.kinds))

    def spider_closed(self, spider, reason):
        counts = outcome_counts(self.crawler.stats.get_stats())
        failed = ", ".join(f"{k} {v}" for k, v in counts["failed_by_reason"].items())
        log.info(
            "crawl %s finished (%s): fetched %d, failed %d%s, unchanged %d, robots.txt denied %d; archived %s",
            spider.name,
            reason,
            counts["fetched"],
            counts["failed"],
            f" ({failed})" if failed else "",
            counts["unchanged"],
            counts["robots_denied"],
            dict(self.kinds) or "nothing",
        )


class QuietLogFormatter(LogFormatter):
    """Scrapy's log messages, without building the two it writes for every page (``Crawled (200) <GET …>``
    and ``Scraped from <200 …>``, both DEBUG) when LOG_LEVEL drops them anyway. Scrapy leaves the root
    logger at NOTSET and filters at its handler, so each page otherwise pays for two messages and two log
    records that are thrown away (docs/benchmarks.md, "Crawl"). At DEBUG they are back."""

    def __init__(self, level: int = logging.DEBUG) -> None:
        self.level = level

    @classmethod
    def from_crawler(cls, crawler):
        level = crawler.settings.get("LOG_LEVEL", "DEBUG")
        return cls(level if isinstance(level, int) else logging.getLevelName(str(level).upper()))

    # Returning None skips the message: Scrapy checks for it.
    def crawled(self, request, response, spider):
        return super().crawled(request, response, spider) if self.level <= logging.DEBUG else None

    def scraped(self, item, response, spider):
        return super().scraped(item, response, spider) if self.level <= logging.DEBUG else None
