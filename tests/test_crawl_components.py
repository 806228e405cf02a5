"""The Scrapy components the crawl turns off or replaces to spend less CPU a page (crawlers/settings.py):
what they did is still done where the crawl needs it, and what it needs stays on."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.project import get_project_settings
from scrapy.utils.response import get_meta_refresh
from scrapy.utils.test import get_crawler

from crawlers.extensions import CrawlStats, QuietLogFormatter
from crawlers.middlewares import CanonicalLinksMiddleware, QuickMetaRefreshMiddleware, may_have_meta_refresh

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "sites"
CHARSET = b'<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>t</title></head>'


@pytest.fixture
def settings(monkeypatch):
    monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", "crawlers.settings")
    return get_project_settings()


def enabled(settings, name: str) -> list[str]:
    """The components of ``name`` (DOWNLOADER_MIDDLEWARES, ...) the crawl runs, with Scrapy's defaults."""
    merged = settings.getwithbase(name)
    return [path for path, order in merged.items() if order is not None]


def test_what_the_crawl_needs_stays_on(settings):
    downloader = enabled(settings, "DOWNLOADER_MIDDLEWARES")
    for kept in (
        "crawlers.middlewares.StrictRobotsTxtMiddleware",
        "crawlers.middlewares.PoliteRetryMiddleware",
        "crawlers.middlewares.LoopAwareRedirectMiddleware",
        "crawlers.middlewares.QuickMetaRefreshMiddleware",
        "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware",
        "scrapy.downloadermiddlewares.downloadtimeout.DownloadTimeoutMiddleware",
        "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware",
        "scrapy.downloadermiddlewares.defaultheaders.DefaultHeadersMiddleware",
        "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware",
        "scrapy.downloadermiddlewares.cookies.CookiesMiddleware",
        "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware",
    ):
        assert kept in downloader, kept
    spider = enabled(settings, "SPIDER_MIDDLEWARES")
    assert "scrapy.spidermiddlewares.httperror.HttpErrorMiddleware" in spider
    assert "scrapy.spidermiddlewares.referer.RefererMiddleware" in spider
    assert "crawlers.middlewares.CanonicalLinksMiddleware" in spider
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("COOKIES_ENABLED")


def test_what_it_does_not_use_is_off(settings):
    downloader = enabled(settings, "DOWNLOADER_MIDDLEWARES")
    assert "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware" not in downloader
    assert "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware" not in downloader
    assert not settings.getbool("DOWNLOADER_STATS")
    spider = enabled(settings, "SPIDER_MIDDLEWARES")
    for off in (
        "depth.DepthMiddleware",
        "urllength.UrlLengthMiddleware",
        "metacopy.MetaCopyDetectionMiddleware",
    ):
        assert f"scrapy.spidermiddlewares.{off}" not in spider


@pytest.mark.parametrize(
    "page",
    [
        b'<html><head><meta http-equiv="refresh" content="0; url=/moved.html"></head></html>',
        b"<HTML><HEAD><META HTTP-EQUIV=Refresh CONTENT='3;URL=https://example.org/'></HEAD>",
        CHARSET + b'<meta content="5; url=/next" http-equiv="REFRESH">',
        b'<meta content="a>b" http-equiv="refresh" content="0; url=/after-a-quoted-bracket">',
    ],
)
def test_a_page_with_a_meta_refresh_is_looked_at(page):
    assert may_have_meta_refresh(page)


@pytest.mark.parametrize(
    "page",
    [
        b"<p>Press the refresh button</p>" + CHARSET,  # "refresh", but before any <meta>
        b"<html><body>no meta at all</body></html>",
        b"",
    ],
)
def test_a_page_that_cannot_hold_one_is_not(page):
    assert not may_have_meta_refresh(page)


def test_pages_in_utf16_are_always_looked_at():
    page = '<meta http-equiv="refresh" content="0; url=/x">'.encode("utf-16")
    assert may_have_meta_refresh(page)
    assert may_have_meta_refresh("<html><body>plain</body></html>".encode("utf-16-le"))


def test_the_check_never_skips_a_refresh_scrapy_would_follow():
    pages = [
        p.read_bytes() for p in SAMPLES.rglob("*") if p.is_file() and p.suffix in (".html", ".shtml", ".htm")
    ]
    pages += [b"<html>" + b"x" * 5000 + b'<meta http-equiv="refresh" content="0;url=/late">']  # past 4096
    pages += [b'<meta http-equiv="refresh" content="0; url=/a">', CHARSET]
    assert len(pages) > 10
    for body in pages:
        _, url = get_meta_refresh(HtmlResponse("https://www.example.org/", body=body))
        if url:
            assert may_have_meta_refresh(body), body[:200]


def _response(body: bytes) -> HtmlResponse:
    request = Request("https://www.example.org/a.html")
    return HtmlResponse(request.url, body=body, request=request)


def test_a_meta_refresh_is_still_followed_and_other_pages_pass_unchanged():
    crawler = get_crawler(settings_dict={"METAREFRESH_ENABLED": True})
    middleware = build_from_crawler(QuickMetaRefreshMiddleware, crawler)
    moved = _response(CHARSET + b'<meta http-equiv="refresh" content="0; url=/moved.html">')
    redirected = middleware.process_response(moved.request, moved)
    assert isinstance(redirected, Request) and redirected.url == "https://www.example.org/moved.html"
    plain = _response(CHARSET + b"<p>refresh</p>")
    assert middleware.process_response(plain.request, plain) is plain


def test_a_link_longer_than_the_limit_is_dropped_and_counted():
    crawler = get_crawler(settings_dict={"URLLENGTH_LIMIT": 60})
    crawler.stats.open_spider()
    middleware = build_from_crawler(CanonicalLinksMiddleware, crawler)
    short = Request("https://www.example.org/a.html", meta={"kind": "article"})
    long = Request("https://www.example.org/" + "a" * 60 + ".html", meta={"kind": "article"})
    assert middleware.get_processed_request(short, None) is short
    assert middleware.get_processed_request(long, None) is None
    assert crawler.stats.get_value("urllength/request_ignored_count") == 1


def test_the_stats_count_as_scrapys_do(settings):
    assert settings.get("STATS_CLASS") == "crawlers.extensions.CrawlStats"
    crawler = get_crawler(settings_dict={"STATS_CLASS": settings.get("STATS_CLASS")})
    stats = crawler.stats
    assert isinstance(stats, CrawlStats)
    stats.open_spider()
    stats.inc_value("wirearchive/fetched")
    stats.inc_value("wirearchive/fetched", 2)
    stats.max_value("depth", 3)
    stats.max_value("depth", 1)
    stats.set_value("finish_reason", "finished")
    assert stats.get_stats() == {"wirearchive/fetched": 3, "depth": 3, "finish_reason": "finished"}
    assert stats.get_value("missing", 0) == 0


@pytest.mark.parametrize(
    ("log_level", "logged"), [("INFO", False), ("WARNING", False), ("DEBUG", True), (10, True)]
)
def test_per_page_debug_messages_are_built_only_when_logged(settings, log_level, logged):
    assert settings.get("LOG_FORMATTER") == "crawlers.extensions.QuietLogFormatter"
    crawler = get_crawler(settings_dict={"LOG_LEVEL": log_level})
    formatter = QuietLogFormatter.from_crawler(crawler)
    request = Request("http://www.chinanews.com.cn/gn/2026/12-01/1.shtml")
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    crawled = formatter.crawled(request, response, None)
    scraped = formatter.scraped({"url": request.url}, response, None)
    if logged:
        assert crawled["level"] == scraped["level"] == logging.DEBUG
        assert "Crawled (200)" in crawled["msg"] % crawled["args"]
    else:
        assert crawled is None and scraped is None
    # what is not per page is Scrapy's as ever
    dropped = formatter.dropped({"url": request.url}, Exception("x"), response, crawler._create_spider("s"))
    assert dropped["level"] >= logging.INFO


def test_the_cycle_collector_is_tuned_for_the_crawl_and_restored_after():
    import gc

    from crawlers.run import CRAWL_GC_THRESHOLD, collector_tuned_for_crawling

    before = gc.get_threshold()
    assert before != CRAWL_GC_THRESHOLD
    with collector_tuned_for_crawling():
        assert gc.get_threshold() == CRAWL_GC_THRESHOLD
        assert gc.get_freeze_count() > 0  # start-up's objects out of the collector's sight
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
