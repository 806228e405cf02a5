"""Scrapy settings for the wirearchive crawlers.

Polite by default: robots.txt obeyed (strictly: RFC 9309), one request at a time per site, at least a
second between requests and AutoThrottle slowing down further when the site answers slowly, a timeout on
every request, retries with back-off that honour Retry-After, a cap on the response size, and a user agent
that names the project and a contact (``--contact`` / ``WIREARCHIVE_CONTACT``, required for live crawls).
docs/crawling.md explains each. Set ``WIREARCHIVE_SAMPLE_BASE=http://127.0.0.1:PORT`` to crawl the bundled
sample sites instead of the live ones: every request, whatever its host, then goes to that local server
(see crawlers/handlers.py).
"""

import os
import sys

from pipeline import __version__
from pipeline.config import raw_dir

BOT_NAME = "wirearchive"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# How to reach whoever runs this crawl: an e-mail address or a web page (docs/crawling.md).
WIREARCHIVE_CONTACT = os.environ.get("WIREARCHIVE_CONTACT", "")


def user_agent(contact: str) -> str:
    """``wirearchive/0.1 (news-wire research archive; +mailto:me@example.org)``: the project and a contact."""
    if not contact:
        return f"wirearchive/{__version__} (news-wire research archive; local sample sites, no contact)"
    reach = contact if contact.startswith(("http://", "https://", "mailto:")) else f"mailto:{contact}"
    return f"wirearchive/{__version__} (news-wire research archive; +{reach})"


def contact_problem(contact: str) -> str | None:
    """Why ``contact`` cannot be put in the user agent, or None when it can."""
    if not contact.strip():
        return (
            "a live crawl needs a contact for the site owners: --contact EMAIL-OR-URL "
            "(or WIREARCHIVE_CONTACT), e.g. --contact archive@example.org"
        )
    if any(c in contact for c in "()\r\n") or not (
        "@" in contact or contact.startswith(("http://", "https://"))
    ):
        return f"the contact must be an e-mail address or an http(s) URL, not {contact!r}"
    return None


USER_AGENT = user_agent(WIREARCHIVE_CONTACT)
ROBOTSTXT_OBEY = True

# Politeness: one request at a time per site (a site = the allowed domain a host belongs to: see
# SiteSlotMiddleware), a second or more between two, more when the site slows down (AutoThrottle).
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # 0.5 to 1.5 times the delay
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# A timeout on every request (connecting, DNS, the whole body): a page that hangs or trickles fails.
DOWNLOAD_TIMEOUT = float(os.environ.get("WIREARCHIVE_DOWNLOAD_TIMEOUT", "30"))
DNS_TIMEOUT = 20
# Retries: two more tries, waiting WIREARCHIVE_RETRY_BACKOFF seconds and then twice that; on 429 and 503
# as long as Retry-After asks, up to RETRY_AFTER_MAX seconds (longer: give up, keep the answer).
RETRY_TIMES = 2
RETRY_AFTER_MAX = 600.0
WIREARCHIVE_RETRY_BACKOFF = float(os.environ.get("WIREARCHIVE_RETRY_BACKOFF", "5"))
# A cap on the response size, decompressed or not: a page is never larger than this (sitemaps may ask
# for more with the request meta `download_maxsize`).
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024

# Every response reaches the spider, errors included, so that a 404 or a cut-off page is archived with
# its error rather than dropped. A transfer cut short is retried (PoliteRetryMiddleware), then kept with
# the flag "dataloss".
HTTPERROR_ALLOW_ALL = True
DOWNLOAD_FAIL_ON_DATALOSS = False

DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.SiteSlotMiddleware": 20,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawlers.middlewares.StrictRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.PoliteRetryMiddleware": 550,
    "crawlers.middlewares.ForgetEncodedBody": 585,
    "crawlers.middlewares.KeepEncodedBody": 595,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawlers.middlewares.LoopAwareRedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawlers.middlewares.QuickMetaRefreshMiddleware": 580,  # same redirects, most pages not decoded for it
    # Off, as nothing in the crawl uses them (each costs CPU on every request; docs/benchmarks.md, "Crawl"):
    # HTTP authentication (no spider sets http_user/http_pass).
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
}
# Scrapy's per-request byte and status counts (downloader/*): the run records, the report and the exit
# status read our own counts (crawlers/extensions.py), robots.txt's, off-site's and retry's, not these.
DOWNLOADER_STATS = False
SPIDER_MIDDLEWARES = {
    "crawlers.middlewares.CanonicalLinksMiddleware": 500,
    # Each spider middleware wraps every callback's output in one more async generator. Off: the depth
    # count (no DEPTH_LIMIT or DEPTH_PRIORITY here, no code reads meta["depth"]), a developer's warning
    # about copied meta keys, and the URL length limit, which CanonicalLinksMiddleware applies instead.
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
}
ITEM_PIPELINES = {"crawlers.pipelines.WarcArchivePipeline": 300}
# Scrapy 2.19 starts CONCURRENT_ITEMS asyncio tasks for the output of every callback, even one item: the
# default 100 cost more CPU than writing the archive (measured: bench/bench_crawl.py). The archive pipeline
# is synchronous and quick; a few at once are plenty.
CONCURRENT_ITEMS = 4
EXTENSIONS = {"crawlers.extensions.CrawlSummary": 500}
STATS_CLASS = "crawlers.extensions.CrawlStats"  # Scrapy's in-memory stats, looked up faster
LOG_LEVEL = "INFO"  # DEBUG would print every archived page, body included
LOG_FORMATTER = "crawlers.extensions.QuietLogFormatter"  # per-page DEBUG messages not even built at INFO
LOGSTATS_INTERVAL = 15.0
TELNETCONSOLE_ENABLED = False
# Twisted's own epoll reactor, not the asyncio one Scrapy installs by default: nothing here needs asyncio, and
# on loopback it cut the CPU per page enough for ~15 % more pages/s (docs/benchmarks.md, "Crawl").
if sys.platform.startswith("linux"):
    TWISTED_REACTOR = "twisted.internet.epollreactor.EPollReactor"
REMOTE_CONTROL_ENABLED = False  # Scrapy 2.19 would open a control port on 127.0.0.1: nothing uses it

# wirearchive settings
WIREARCHIVE_RAW_DIR = str(raw_dir())
WIREARCHIVE_MAX_LIST_PAGES = int(os.environ.get("WIREARCHIVE_MAX_LIST_PAGES", "20"))
WIREARCHIVE_REFETCH = os.environ.get("WIREARCHIVE_REFETCH", "") not in ("", "0")
WIREARCHIVE_SAMPLE_BASE = os.environ.get("WIREARCHIVE_SAMPLE_BASE", "")
WIREARCHIVE_CRAWL_ID = ""  # set by crawlers/run.py: the spiders of one `wirearchive crawl` share it
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
        # The local server is ours: no need to wait between requests, to slow down or to back off long.
        # (With no delay Scrapy may run more than CONCURRENT_REQUESTS_PER_DOMAIN at once: docs/crawling.md.)
        "DOWNLOAD_DELAY": float(os.environ.get("WIREARCHIVE_DOWNLOAD_DELAY", "0")),
        "AUTOTHROTTLE_ENABLED": False,
        "WIREARCHIVE_RETRY_BACKOFF": float(os.environ.get("WIREARCHIVE_RETRY_BACKOFF", "0.2")),
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(os.environ.get("WIREARCHIVE_CONCURRENCY", "4")),
        "CONCURRENT_REQUESTS": max(8, int(os.environ.get("WIREARCHIVE_CONCURRENCY", "4"))),
    }


if WIREARCHIVE_SAMPLE_BASE:  # `scrapy crawl` with the environment variable set
    globals().update(sample_site_settings(WIREARCHIVE_SAMPLE_BASE))
