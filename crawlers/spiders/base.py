"""The generic wire spider: walk list pages and feeds, archive every page fetched, follow article links.

Spiders only find and fetch. They never parse article content: every response is handed on raw
(crawlers/pipelines.py writes it to the WARC archive) and pipeline/ extracts later.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from crawlers.failures import CUT_SHORT, Reason, failure_reason
from crawlers.handlers import FETCH_URL_META
from crawlers.items import RawPageItem
from crawlers.middlewares import ENCODED_BODY_META, GZIP_CUT_FLAG
from crawlers.urls import canonical_url
from pipeline.archive import archived_urls
from pipeline.catalog import load_sources
from pipeline.clock import utc_now

_LOC = re.compile(rb"<(?:loc|link)>\s*(?:<!\[CDATA\[)?\s*([^<\]\s]+)", re.I)


class WireSpider(scrapy.Spider):
    """Subclasses set ``name``; everything else comes from sources.toml (overridable with -a)."""

    # no `name`: the base class is not a spider of its own (`scrapy list` skips it)

    def __init__(self, *args: Any, start_urls: str | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        source = load_sources()[self.name]
        self.source = source
        self.allowed_domains = list(source.get("allowed_domains", []))
        # -a start_urls=url1,url2 replaces the configured list pages (e.g. a conference's search page).
        self.start_urls = start_urls.split(",") if start_urls else list(source.get("start_urls", []))
        self.feeds = [] if start_urls else list(source.get("feeds", []))
        self.article_res = [re.compile(p) for p in source.get("article_patterns", [])]
        self.list_res = [re.compile(p) for p in source.get("list_patterns", [])]
        self.list_pages_seen = 0
        self.max_list_pages = 20  # WIREARCHIVE_MAX_LIST_PAGES, set in from_crawler
        self.archived: set[str] = set()
        self.skipped: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if not crawler.settings.getbool("WIREARCHIVE_REFETCH"):
            # Incremental and resumable: an article archived whole by an earlier (or killed) run is not
            # fetched again; one that failed or was cut off is.
            spider.archived = archived_urls(Path(crawler.settings["WIREARCHIVE_RAW_DIR"]), spider.name)
        spider.max_list_pages = crawler.settings.getint("WIREARCHIVE_MAX_LIST_PAGES", 20)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            yield self._request(url, "list")
        for url in self.feeds:
            yield self._request(url, "feed")

    def _request(self, url: str, kind: str) -> scrapy.Request:
        callback = self.parse_article if kind == "article" else self.parse_listing
        # list pages and feeds change between runs: always fetch them again
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.fetch_failed,
            meta={"kind": kind},
            dont_filter=kind != "article",
        )

    # -- callbacks --------------------------------------------------------------------------------
    def parse_listing(self, response: Response) -> Iterator[Any]:
        kind = response.meta["kind"]
        yield self._item(response, kind)
        if kind == "list":
            self.list_pages_seen += 1
        if response.status >= 400:
            return
        for url in self._links(response):
            if self._is_article(url):
                if url in self.archived:
                    if url not in self.skipped:  # counted once per URL, however often it is linked
                        self.skipped.add(url)
                        self.crawler.stats.inc_value("wirearchive/skipped_archived")
                    continue
                yield self._request(url, "article")
            elif self._is_list(url) and self.list_pages_seen < self.max_list_pages:
                yield self._request(url, "list").replace(dont_filter=False)

    def parse_article(self, response: Response) -> Iterator[RawPageItem]:
        yield self._item(response, "article")

    def fetch_failed(self, failure) -> Iterator[RawPageItem]:
        """Every request that ends without a response to archive: recorded as a failure with its reason
        (crawlers/failures.py), unless robots.txt or the off-site rule kept it from being requested."""
        request = failure.request
        kind = request.meta.get("kind", "other")
        if failure.check(HttpError):  # not raised with HTTPERROR_ALLOW_ALL, kept for safety
            yield self._item(failure.value.response, kind)
            return
        reason = failure_reason(failure)
        if reason.on_purpose:  # counted (robotstxt/forbidden, offsite/filtered), never requested
            self.logger.info("not fetched (%s): %s", reason.category, request.url)
            return
        url = (request.meta.get("redirect_urls") or [request.url])[0]  # the page asked for, not a redirect
        self.logger.warning("fetch failed: %s (%s)", url, reason)
        encoded = request.meta.get(ENCODED_BODY_META)
        if encoded is not None:  # the body arrived but could not be decoded: keep it as received
            status, headers, body = encoded
            yield RawPageItem(
                url=url,
                fetch_url=request.meta.get(FETCH_URL_META),
                status=status,
                headers=headers,
                body=body,
                kind=kind,
                fetched_at=utc_now(),
                error=str(reason),
            )
            return
        yield RawPageItem(
            url=url,
            fetch_url=request.meta.get(FETCH_URL_META),
            status=None,
            headers=[],
            body=b"",
            kind=kind,
            fetched_at=utc_now(),
            error=str(reason),
        )

    # -- helpers ----------------------------------------------------------------------------------
    def _item(self, response: Response, kind: str) -> RawPageItem:
        error = None
        if "dataloss" in response.flags:
            error = str(Reason(CUT_SHORT, "fewer bytes received than announced (dataloss)"))
        elif GZIP_CUT_FLAG in response.flags:
            error = str(Reason(CUT_SHORT, "the gzip stream ends early: only the part before is kept"))
        headers = [
            (k.decode("latin-1"), v.decode("latin-1")) for k, vs in response.headers.items() for v in vs
        ]
        return RawPageItem(
            url=response.url,
            fetch_url=response.meta.get(FETCH_URL_META),
            status=response.status,
            headers=headers,
            body=response.body,
            kind=kind,
            fetched_at=utc_now(),
            error=error,
        )

    def _links(self, response: Response) -> list[str]:
        if isinstance(response, TextResponse) and b"<html" in response.body[:2048].lower():
            hrefs = response.css("a::attr(href)").getall()
        else:  # RSS, Atom, sitemaps
            hrefs = [m.group(1).decode("utf-8", "replace") for m in _LOC.finditer(response.body)]
        seen: dict[str, None] = {}
        for href in hrefs:
            url = canonical_url(response.urljoin(href.strip()))
            if url.startswith(("http://", "https://")):
                seen.setdefault(url, None)
        return list(seen)

    def _is_article(self, url: str) -> bool:
        return any(r.search(url) for r in self.article_res)

    def _is_list(self, url: str) -> bool:
        return any(r.search(url) for r in self.list_res)
