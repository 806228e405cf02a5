"""The generic wire spider: ask for what the source's discovery surfaces offer (crawlers/discovery/),
archive every page fetched, follow article links.

Spiders only find and fetch. They never parse article content: every response is handed on raw
(crawlers/pipelines.py writes it to the WARC archive) and pipeline/ extracts later.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import Headers, HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from crawlers.discovery.planner import Discovery, Fetch
from crawlers.discovery.state import SETTLE_HOURS, ArchiveState
from crawlers.discovery.surfaces import source_from
from crawlers.discovery.window import conference_window
from crawlers.failures import CUT_SHORT, Reason, failure_reason
from crawlers.handlers import FETCH_URL_META
from crawlers.items import RawPageItem
from crawlers.middlewares import ENCODED_BODY_META, GZIP_CUT_FLAG
from pipeline.archive.warc import KIND_FOUND
from pipeline.catalog import load_sources
from pipeline.clock import utc_now


class WireSpider(scrapy.Spider):
    """Subclasses set ``name``; everything else comes from the source's table in sources.toml.

    Spider arguments (``scrapy crawl NAME -a KEY=VALUE``, or ``wirearchive crawl`` options):
    ``conference`` (and ``edition``, ``window_before``, ``window_after``) collects one edition's
    coverage instead of the newest pages; ``start_urls=url1,url2`` walks only these list pages.
    """

    # no `name`: the base class is not a spider of its own (`scrapy list` skips it)

    def __init__(
        self,
        *args: Any,
        start_urls: str | None = None,
        conference: str | None = None,
        edition: str | int | None = None,
        window_before: str | int | None = None,
        window_after: str | int | None = None,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.only_lists = start_urls.split(",") if start_urls else None
        self.conference = conference or None
        self.edition_year = int(edition) if edition else None
        self.window_days = (_days(window_before), _days(window_after))
        self.discovery: Discovery | None = None  # from_crawler: needs the settings
        self._replayed: set[str] = set()
        self.skipped: set[str] = set()  # articles not asked for as archived already, counted once each

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler.settings)
        return spider

    def configure(self, settings) -> None:
        """Read the source's table (and the sources file, if any), the window, and the archive so far."""
        table = load_sources(settings.get("WIREARCHIVE_SOURCES_FILE") or None)[self.name]
        source = source_from(self.name, table)
        if self.only_lists:  # -a start_urls=...: these list pages and nothing else
            source = replace(source, start_urls=tuple(self.only_lists), feeds=(), sitemaps=(), searches=())
        self.allowed_domains = list(source.allowed_domains)
        window, edition = None, None
        if self.conference:
            before, after = self.window_days
            window, edition = conference_window(self.conference, self.edition_year, before, after)
            window = window.in_zone(source.tz)
            self.logger.info("collecting %s %s over %s", self.conference, edition["year"], window)
        refetch = settings.getbool("WIREARCHIVE_REFETCH")
        settle = settings.getfloat("WIREARCHIVE_SETTLE_HOURS", SETTLE_HOURS)
        self.discovery = Discovery(
            source,
            self.conference,
            edition,
            window,
            refetch=refetch,
            settle_hours=settle,
            max_list_pages=settings.getint("WIREARCHIVE_MAX_LIST_PAGES", 20),
        )
        if not refetch:
            # Incremental and resumable: what the archive holds already (crawlers/discovery/state.py).
            raw = Path(settings["WIREARCHIVE_RAW_DIR"])
            days = self.discovery.archive_days()
            self.discovery.state = ArchiveState.read(raw, self.name, source.tz, days, settle)

    async def start(self) -> AsyncIterator[Any]:
        assert self.discovery is not None
        for fetch in self.discovery.first_fetches():
            for output in self._emit(fetch):
                yield output

    def _emit(self, fetch: Fetch) -> Iterator[Any]:
        """A ``Fetch`` as Scrapy wants it: a request, a "found" item, a page read again, or nothing."""
        assert self.discovery is not None
        if fetch.kind == "skip":
            why = fetch.meta.get("why", "archived")
            if why != "archived":
                self.crawler.stats.inc_value(f"wirearchive/skipped_{why}")
            elif fetch.url not in self.skipped:  # counted once per URL, however often it is linked
                self.skipped.add(fetch.url)
                self.crawler.stats.inc_value("wirearchive/skipped_archived")
            return
        if fetch.kind == KIND_FOUND:
            yield RawPageItem(
                url=fetch.url, kind=KIND_FOUND, collected_for=self.conference, via=fetch.meta.get("via"),
                status=None, headers=[], body=b"", fetched_at=utc_now(), error=None, fetch_url=None,
            )  # fmt: skip
            return
        kept = self.discovery.state.pages.get(fetch.url)
        if fetch.kind == "archive" and kept is not None:
            if fetch.url not in self._replayed:  # a settled day: read again from the archive, not fetched
                self._replayed.add(fetch.url)
                self.crawler.stats.inc_value("wirearchive/reread_from_archive")
                headers = Headers()
                for key, value in kept.headers:
                    headers.appendlist(key, value)
                request = scrapy.Request(fetch.url, meta={"kind": "archive", **fetch.meta})
                response = HtmlResponse(fetch.url, body=kept.body, headers=headers, request=request)
                for found in self.discovery.read("archive", response):
                    yield from self._emit(found)
            return
        yield self._request(fetch)

    def _request(self, fetch: Fetch) -> scrapy.Request:
        meta = {"kind": fetch.kind, **fetch.meta}
        if self.conference:
            meta["collected_for"] = self.conference
        return scrapy.Request(
            fetch.url,
            method=fetch.method,
            body=fetch.body or None,
            headers=fetch.headers or None,
            callback=self.parse_article if fetch.kind == "article" else self.parse_page,
            errback=self.fetch_failed,
            meta=meta,
        )

    # -- callbacks --------------------------------------------------------------------------------
    def parse_page(self, response: Response) -> Iterator[Any]:
        """A list, feed, sitemap, date-archive, search or topic page: archive it, then follow what it lists."""
        assert self.discovery is not None
        kind = response.meta["kind"]
        yield self._item(response, kind)
        if response.status >= 400:
            return
        if kind not in ("feed", "sitemap") and not isinstance(response, TextResponse):
            return  # a PDF or an image where a page was expected: archived, nothing to follow
        for fetch in self.discovery.read(kind, response):
            yield from self._emit(fetch)

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
        # The body arrived but could not be decoded: keep it as received.
        status, headers, body = request.meta.get(ENCODED_BODY_META) or (None, [], b"")
        yield RawPageItem(
            url=url,
            fetch_url=request.meta.get(FETCH_URL_META),
            status=status,
            headers=headers,
            body=body,
            kind=kind,
            fetched_at=utc_now(),
            error=str(reason),
            collected_for=request.meta.get("collected_for"),
            day=request.meta.get("day"),
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
            collected_for=response.meta.get("collected_for"),
            day=response.meta.get("day"),
        )


def _days(value: str | int | None) -> int | None:
    return None if value in (None, "") else int(value)
