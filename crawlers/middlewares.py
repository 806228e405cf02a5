"""The crawl's manners and its record of what went wrong, as Scrapy middlewares (enabled in settings.py).

* :class:`SiteSlotMiddleware`: one download slot per site (www.news.cn, so.news.cn and m.news.cn are one
  site, news.cn), so CONCURRENT_REQUESTS_PER_DOMAIN and the delays hold per site, not per host name.
* :class:`PoliteRetryMiddleware`: retries with back-off; on 429 and 503 it honours ``Retry-After`` (Scrapy
  2.19 retries them at once: scrapy/scrapy#3849) by pausing the whole site, and gives up when the server
  asks for longer than RETRY_AFTER_MAX. A transfer cut short is retried too.
* :class:`LoopAwareRedirectMiddleware`: a redirect back into its own chain is recorded as a redirect loop.
* :class:`StrictRobotsTxtMiddleware`: robots.txt as RFC 9309 wants it: a robots.txt that answers 5xx or 429,
  or cannot be fetched at all, means nothing is requested from that host (Scrapy allows everything then).
* :class:`KeepEncodedBody` / :class:`ForgetEncodedBody`: keep the bytes as received while the body is
  decompressed, so a page with a broken gzip or a gzip bomb is archived with its error instead of lost.
* :class:`CanonicalLinksMiddleware`: article and list requests lose their tracking parameters and fragment
  (crawlers/urls.py), so one page is requested once; a request whose URL is longer than URLLENGTH_LIMIT is
  dropped (Scrapy's UrlLengthMiddleware did that, one more layer around every callback's output).
* :class:`QuickMetaRefreshMiddleware`: Scrapy's meta refresh redirects, without decoding every page to look
  for a ``<meta http-equiv="refresh">`` that its bytes show is not there.
"""

from __future__ import annotations

import email.utils
import logging
import time
import zlib
from datetime import UTC
from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message

from crawlers.failures import CUT_SHORT, RobotsTxtUnavailable, exception_reason
from crawlers.urls import canonical_url

log = logging.getLogger(__name__)

NOT_BEFORE_META = "wirearchive_not_before"  # epoch seconds: a retried request waits until then
ENCODED_BODY_META = "wirearchive_encoded_body"  # (status, headers, body) as received, while decoding
GZIP_CUT_FLAG = "gzip-cut-short"  # response flag: the gzip stream ended early (Scrapy keeps what it got)
CUT_SHORT_FLAGS = ("dataloss", GZIP_CUT_FLAG)  # a body that arrived in part: retried, then kept flagged


# -- one slot per site -----------------------------------------------------------------------------------
def site_of(host: str, domains: list[str]) -> str:
    """The allowed domain ``host`` belongs to (the longest that matches), else the host itself."""
    matches = [d for d in domains if host == d or host.endswith("." + d)]
    return max(matches, key=len) if matches else host


class SiteSlotMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request, spider: Any = None) -> None:
        if "download_slot" not in request.meta:
            domains = list(getattr(self.crawler.spider, "allowed_domains", None) or [])
            request.meta["download_slot"] = site_of(urlparse_cached(request).hostname or "", domains)


# -- retries with back-off, Retry-After honoured ---------------------------------------------------------
def parse_retry_after(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


async def _sleep(seconds: float) -> None:
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


class PoliteRetryMiddleware(RetryMiddleware):
    """Replaces Scrapy's RetryMiddleware (same place, 550; same RETRY_* settings)."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff = settings.getfloat("WIREARCHIVE_RETRY_BACKOFF", 5.0)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX", 600.0)
        self.paused_until: dict[str, float] = {}  # site slot -> time.monotonic() when it may be asked again

    def _slot(self, request: Request) -> str:
        return self.crawler.engine.downloader.get_slot_key(request)

    async def process_request(self, request: Request, spider: Any = None) -> None:
        wait = max(
            self.paused_until.get(self._slot(request), 0.0) - time.monotonic(),
            request.meta.get(NOT_BEFORE_META, 0.0) - time.time(),
        )
        if wait > 0:
            await _sleep(wait)

    def process_response(self, request: Request, response: Response, spider: Any = None):
        if request.meta.get("dont_retry", False):
            return response
        if any(flag in response.flags for flag in CUT_SHORT_FLAGS):
            return self._retry_after(request, CUT_SHORT, self._backoff(request)) or response
        if response.status not in self.retry_http_codes:
            return response
        reason = response_status_message(response.status)
        wait = self._backoff(request)
        if response.status in (429, 503):
            asked = parse_retry_after(response.headers.get(b"Retry-After"))
            if asked is not None and asked > self.max_wait:
                log.warning(
                    "%s asks to wait %.0f s (Retry-After): giving up on %s", response.status, asked, request
                )
                self.crawler.stats.inc_value("wirearchive/retry_after_too_long")
                return response
            wait = asked if asked is not None else wait
            self._pause(request, wait)  # the site said it is overloaded: nothing goes there meanwhile
        return self._retry_after(request, reason, wait) or response

    def process_exception(self, request: Request, exception: Exception, spider: Any = None):
        if isinstance(exception, self.exceptions_to_retry) and not request.meta.get("dont_retry", False):
            return self._retry_after(request, exception, self._backoff(request))
        return None

    def _backoff(self, request: Request) -> float:
        return self.backoff * 2 ** request.meta.get("retry_times", 0)

    def _retry_after(self, request: Request, reason: Any, wait: float) -> Request | None:
        retry = self._retry(request, reason)
        if retry is not None:
            retry.meta[NOT_BEFORE_META] = time.time() + wait  # wall clock: another worker may run it
            self.crawler.stats.inc_value("wirearchive/retry_wait_seconds", int(wait))
        return retry

    def _pause(self, request: Request, wait: float) -> None:
        key = self._slot(request)
        until = time.monotonic() + wait
        self.paused_until[key] = max(self.paused_until.get(key, 0.0), until)
        slot = self.crawler.engine.downloader.slots.get(key)
        if slot is not None:  # requests already waiting in the slot: held too (when the slot has a delay)
            slot.lastseen = max(slot.lastseen, until)


# -- redirect loops, named -------------------------------------------------------------------------------
class LoopAwareRedirectMiddleware(RedirectMiddleware):
    """Replaces Scrapy's RedirectMiddleware (600). A page that redirects back to one already in its chain
    is a loop: Scrapy would hand the repeat to the duplicate filter, which drops it without a word, and
    the page would be neither archived nor recorded as failed."""

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in chain:
            raise IgnoreRequest(f"redirect loop: {' -> '.join([*chain, redirected.url])}")
        return super()._redirect(redirected, request, reason)


# -- meta refresh, looked for only where it can be ---------------------------------------------------------
# Scrapy reads the first 4096 characters of the decoded page: at most 4 bytes each, whatever the encoding.
META_REFRESH_BYTES = 4 * 4096 + 4


def may_have_meta_refresh(body: bytes) -> bool:
    """False when the start of ``body`` cannot hold a ``<meta http-equiv="refresh">`` that Scrapy would
    follow: w3lib only reads a <meta> tag whose attributes spell "refresh", and here no "refresh" comes
    after the first "<meta" (in an encoding that writes ASCII as ASCII: UTF-16 and UTF-32 put NUL bytes
    in the markup, and such pages are always looked at). Pages declare their charset with
    ``http-equiv``: that name alone says little."""
    head = body[:META_REFRESH_BYTES].lower()
    if b"\0" in head:
        return True
    meta = head.find(b"<meta")
    return meta >= 0 and b"refresh" in head[meta:]


class QuickMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Replaces Scrapy's MetaRefreshMiddleware (580), same settings (METAREFRESH_*). Scrapy decodes every
    HTML page and searches it for the tag: about 3 % of the crawl's CPU (docs/benchmarks.md, "Crawl"),
    for a tag that news pages seldom have. A page whose bytes cannot hold it is passed on at once."""

    def process_response(self, request: Request, response: Response, spider: Any = None):
        if isinstance(response, HtmlResponse) and not may_have_meta_refresh(response.body):
            return response
        return super().process_response(request, response)


# -- robots.txt, strictly --------------------------------------------------------------------------------
class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Replaces Scrapy's RobotsTxtMiddleware (same place, 100). Scrapy reads any answer as robots.txt, so a
    503 page or a failed download means "everything allowed"; RFC 9309 §2.3.1.4 says "nothing allowed"."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self._unavailable: dict[str, tuple[str, BaseException | None]] = {}

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500 or response.status == 429:
            self._unavailable[netloc] = (f"HTTP {response.status}", None)
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if not isinstance(exc, IgnoreRequest):
            self._unavailable[netloc] = (exception_reason(exc).category, exc)
        super()._robots_error(exc, netloc)

    def process_request_2(self, rp: Any, request: Request) -> None:
        netloc = urlparse_cached(request).netloc
        if netloc in self._unavailable:
            why, cause = self._unavailable[netloc]
            self._stats.inc_value("wirearchive/robots_unavailable")
            raise RobotsTxtUnavailable(netloc, why, cause)
        super().process_request_2(rp, request)


# -- the bytes as received, while they are decoded -------------------------------------------------------
class KeepEncodedBody:
    """At 595, before HttpCompressionMiddleware (590) decodes: remember the encoded response."""

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if response.headers.get(b"Content-Encoding"):
            headers = [
                (k.decode("latin-1"), v.decode("latin-1")) for k, vs in response.headers.items() for v in vs
            ]
            request.meta[ENCODED_BODY_META] = (response.status, headers, response.body)
        return response


class ForgetEncodedBody:
    """At 585, after a decoding that raised nothing: the copy is not needed (and must not travel with a
    retry). Scrapy's gunzip returns what a gzip stream cut short yields, without a word: such a response
    is flagged, so that it is retried and then archived as cut short."""

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        encoded = request.meta.pop(ENCODED_BODY_META, None)
        if encoded is not None:
            encodings = {v.strip().lower() for k, v in encoded[1] if k.lower() == "content-encoding"}
            if encodings & {"gzip", "x-gzip"} and not gzip_complete(encoded[2]):
                response.flags.append(GZIP_CUT_FLAG)
        return response


def gzip_complete(data: bytes) -> bool:
    """True when ``data`` is whole gzip members: each one reaches its end (and its checksum is right)."""
    rest = data
    while rest.strip(b"\0"):
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = rest
        try:
            while not inflate.eof and pending:
                inflate.decompress(pending, 1 << 20)  # the output is thrown away, a MiB at a time
                pending = inflate.unconsumed_tail
        except zlib.error:
            return False
        if not inflate.eof:
            return False
        rest = inflate.unused_data
    return True


# -- one URL per page ------------------------------------------------------------------------------------
class CanonicalLinksMiddleware(BaseSpiderMiddleware):
    """Spider middleware: article and list requests without tracking parameters or fragment; no request
    with a URL longer than URLLENGTH_LIMIT (as Scrapy's UrlLengthMiddleware, which settings.py turns off)."""

    KINDS = ("article", "list")

    def __init__(self, crawler):
        super().__init__(crawler)
        self.max_url_length = crawler.settings.getint("URLLENGTH_LIMIT")

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if self.max_url_length and len(request.url) > self.max_url_length:
            log.info("ignoring a link longer than %d characters: %s", self.max_url_length, request.url)
            self.crawler.stats.inc_value("urllength/request_ignored_count")
            return None
        if request.method != "GET" or request.meta.get("kind") not in self.KINDS:
            return request
        url = canonical_url(request.url)
        return request if url == request.url else request.replace(url=url)
