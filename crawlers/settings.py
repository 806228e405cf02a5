"""Scrapy settings for the wirearchive crawlers.

Polite by default (robots.txt, AutoThrottle, two requests at a time per site). Set
``WIREARCHIVE_SAMPLE_BASE=http://127.0.0.1:PORT`` to crawl the bundled sample sites instead of the live
ones: every request, whatever its host, then goes to that local server (see crawlers/handlers.py).
"""

import os

from pipeline.config import raw_dir

BOT_NAME = "wirearchive"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

USER_AGENT = "wirearchive/0.1 (news-wire research archive; polite crawler; +https://example.org/wirearchive)"
ROBOTSTXT_OBEY = True

# Politeness: one site is never hit by more than two requests at once, and AutoThrottle slows down
# further when the site answers slowly.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024

# Every response reaches the spider, errors included, so that a 404 or a cut-off page is archived with
# its error rather than dropped. A transfer cut short is kept (flagged "dataloss"), not discarded.
HTTPERROR_ALLOW_ALL = True
DOWNLOAD_FAIL_ON_DATALOSS = False

ITEM_PIPELINES = {"crawlers.pipelines.WarcArchivePipeline": 300}
EXTENSIONS = {"crawlers.extensions.CrawlSummary": 500}
LOG_LEVEL = "INFO"  # DEBUG would print every archived page, body included
LOGSTATS_INTERVAL = 15.0
TELNETCONSOLE_ENABLED = False

# wirearchive settings
WIREARCHIVE_RAW_DIR = str(raw_dir())
WIREARCHIVE_MAX_LIST_PAGES = int(os.environ.get("WIREARCHIVE_MAX_LIST_PAGES", "20"))
WIREARCHIVE_REFETCH = os.environ.get("WIREARCHIVE_REFETCH", "") not in ("", "0")
WIREARCHIVE_SAMPLE_BASE = os.environ.get("WIREARCHIVE_SAMPLE_BASE", "")
# Extra or overriding sources (docs/crawling.md); hours after the end of its publication day after which an
# article has settled: a copy taken earlier is fetched once more (crawlers/discovery/state.py).
WIREARCHIVE_SOURCES_FILE = os.environ.get("WIREARCHIVE_SOURCES_FILE", "")
WIREARCHIVE_SETTLE_HOURS = float(os.environ.get("WIREARCHIVE_SETTLE_HOURS", "24"))


def sample_site_settings(base: str) -> dict[str, object]:
    """What changes when crawling the bundled sample sites served at ``base`` (a lowercase name: Scrapy
    reads only the uppercase names of this module as settings)."""
    return {
        "WIREARCHIVE_SAMPLE_BASE": base,
        "DOWNLOAD_HANDLERS": {
            "http": "crawlers.handlers.SampleSitesDownloadHandler",
            "https": "crawlers.handlers.SampleSitesDownloadHandler",
        },
        # The local server is ours: no need to wait between requests or to slow down.
        "DOWNLOAD_DELAY": float(os.environ.get("WIREARCHIVE_DOWNLOAD_DELAY", "0")),
        "AUTOTHROTTLE_ENABLED": False,
        "RETRY_TIMES": 0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(os.environ.get("WIREARCHIVE_CONCURRENCY", "4")),
    }


if WIREARCHIVE_SAMPLE_BASE:  # `scrapy crawl` with the environment variable set
    globals().update(sample_site_settings(WIREARCHIVE_SAMPLE_BASE))
