"""Why a fetch failed, in one line: a stable category (counted in the run record) and the details.

Scrapy 2.19 hands the errback a Failure whose exception is its own wrapper (``raise DownloadFailedError(...)
from twisted_error``), an ``IgnoreRequest`` for several unrelated things (robots.txt, off-site, redirect
loops, bodies that decompress beyond DOWNLOAD_MAXSIZE), or an exception raised while decoding the body. The
table below turns each into a category; the category decides whether it was a failure at all (robots.txt
and off-site requests are not fetched on purpose) and whether it says the network is down.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from gzip import BadGzipFile
from typing import Any
from urllib.parse import urlsplit

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as tx_error

# Categories: stable names, the keys of the run record's `failed_by_reason`.
ROBOTS_DENIED = "robots.txt denied"
OFFSITE = "off-site"
DNS = "DNS lookup failed"
REFUSED = "connection refused"
TIMEOUT = "timeout"
RESET = "connection lost"
TLS = "TLS error"
TOO_LARGE = "too large"
REDIRECT_LOOP = "redirect loop"
BAD_ENCODING = "bad content encoding"
CUT_SHORT = "transfer cut short"
ROBOTS_UNAVAILABLE = "robots.txt unavailable"
OTHER = "error"

# Not failures: the crawl chose not to fetch these (they are counted, never archived).
NOT_FETCHED_ON_PURPOSE = frozenset({ROBOTS_DENIED, OFFSITE})
# Failures that say the machine could not reach the site at all.
NETWORK = frozenset({DNS, REFUSED, TIMEOUT, RESET, TLS})


@dataclass(frozen=True)
class Reason:
    category: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.category}: {self.detail}" if self.detail else self.category

    @property
    def on_purpose(self) -> bool:
        return self.category in NOT_FETCHED_ON_PURPOSE


class RobotsTxtUnavailable(IgnoreRequest):
    """robots.txt could not be read (a 5xx answer, or a network error): RFC 9309 says to crawl nothing from
    the host. ``cause`` is the network error, if that is what it was."""

    def __init__(self, netloc: str, why: str, cause: BaseException | None = None):
        super().__init__(f"robots.txt of {netloc} unavailable ({why}): page not requested")
        self.netloc = netloc
        self.cause = cause


def category_of_text(text: str | None) -> str:
    """The category of an archived error text (``"timeout: Getting ..."`` -> ``"timeout"``)."""
    if not text:
        return OTHER
    if text.startswith("HTTP "):
        return text.split(":", 1)[0].strip()
    head = text.split(":", 1)[0].strip()
    return head if head in _KNOWN else OTHER


def http_reason(status: int) -> Reason:
    return Reason(f"HTTP {status}")


def failure_reason(failure: Any) -> Reason:
    """The reason of a failed request (the Twisted Failure an errback receives)."""
    return exception_reason(failure.value, getattr(failure, "request", None))


def exception_reason(exc: BaseException, request: Any = None) -> Reason:
    if isinstance(exc, HttpError):
        return http_reason(exc.response.status)
    for kind, reason in _RULES:
        if isinstance(exc, kind):
            found = reason(exc, request)
            if found is not None:
                return found
    return Reason(OTHER, _describe(exc))


# -- the rules, first match wins -------------------------------------------------------------------------
def _host(request: Any) -> str:
    return (urlsplit(request.url).hostname or "") if request is not None else ""


def _describe(exc: BaseException) -> str:
    """``Class: message``, and the Twisted error underneath (2.19 chains it as ``__cause__``)."""
    text = f"{type(exc).__name__}: {exc}".rstrip(": ")
    cause = exc.__cause__
    if cause is not None:
        reasons = getattr(cause, "reasons", None)  # ResponseFailed / ResponseNeverReceived
        if reasons:
            inner = "; ".join(f"{r.type.__name__}: {r.getErrorMessage()}" for r in reasons)
        else:
            inner = f"{type(cause).__name__}: {cause}".rstrip(": ")
        text = f"{text} <- {inner}"
    return text


def _ignored(exc: IgnoreRequest, request: Any) -> Reason | None:
    message = str(exc)
    if isinstance(exc, RobotsTxtUnavailable):
        if exc.cause is not None:  # the host cannot be reached: say so, as the page itself would have
            inner = exception_reason(exc.cause, request)
            return Reason(inner.category, f"{inner.detail} (robots.txt; page not requested)")
        return Reason(ROBOTS_UNAVAILABLE, message)
    if message.startswith("Forbidden by robots.txt"):
        return Reason(ROBOTS_DENIED, request.url if request is not None else "")
    if message.startswith("Filtered offsite request"):
        redirected = (request.meta.get("redirect_urls") or []) if request is not None else []
        if redirected:  # we asked for a page on the site; it sent us elsewhere
            return Reason(OTHER, f"redirected off the site, to {request.url} (from {redirected[0]})")
        return Reason(OFFSITE, message)
    if message.startswith("redirect loop: "):
        return Reason(REDIRECT_LOOP, message.removeprefix("redirect loop: "))
    if message.startswith("max redirections reached"):
        chain = (request.meta.get("redirect_urls") or []) if request is not None else []
        shown = " -> ".join(chain[:3]) + (" -> ..." if len(chain) > 3 else "")
        return Reason(REDIRECT_LOOP, f"{len(chain)} redirects without reaching a page ({shown})")
    if "DOWNLOAD_MAXSIZE" in message and "decompress" in message:
        return Reason(TOO_LARGE, f"decompresses beyond the size cap: {message}")
    return None


def _cancelled(exc: DownloadCancelledError, request: Any) -> Reason:
    message = str(exc)
    if message:  # announced by Content-Length: "Expected to receive N bytes which is larger than ..."
        return Reason(TOO_LARGE, message)
    # A body without Content-Length is cancelled once it passes DOWNLOAD_MAXSIZE, with no message (the
    # log file says "Received N bytes larger than download max size"); the crawl itself never cancels.
    return Reason(
        TOO_LARGE, f"transfer from {_host(request)} cancelled past DOWNLOAD_MAXSIZE (no Content-Length)"
    )


def _lost(exc: Exception, request: Any) -> Reason:
    detail = _describe(exc)
    if "SSL" in detail or "TLS" in detail or "certificate" in detail:
        return Reason(TLS, detail)
    return Reason(RESET, f"{_host(request)}: {detail}")


def _network(category: str) -> Callable[[Exception, Any], Reason]:
    return lambda exc, request: Reason(category, str(exc) or f"{_host(request)}: {_describe(exc)}")


_RULES: tuple[
    tuple[type[BaseException] | tuple[type[BaseException], ...], Callable[..., Reason | None]], ...
] = (
    (IgnoreRequest, _ignored),
    (CannotResolveHostError, _network(DNS)),
    (tx_error.DNSLookupError, _network(DNS)),
    (DownloadConnectionRefusedError, _network(REFUSED)),
    (tx_error.ConnectionRefusedError, _network(REFUSED)),
    ((DownloadTimeoutError, tx_error.TimeoutError), _network(TIMEOUT)),
    (DownloadCancelledError, _cancelled),
    (ResponseDataLossError, lambda exc, request: Reason(CUT_SHORT, "fewer bytes received than announced")),
    ((DownloadFailedError, tx_error.ConnectionLost, tx_error.ConnectionDone, tx_error.ConnectError), _lost),
    ((BadGzipFile, EOFError, zlib.error), lambda exc, request: Reason(BAD_ENCODING, _describe(exc))),
    (
        OSError,
        lambda exc, request: Reason(BAD_ENCODING, _describe(exc)) if "gzip" in str(exc).lower() else None,
    ),
)

_KNOWN = frozenset(
    {ROBOTS_DENIED, OFFSITE, DNS, REFUSED, TIMEOUT, RESET, TLS, TOO_LARGE, REDIRECT_LOOP, BAD_ENCODING}
    | {CUT_SHORT, ROBOTS_UNAVAILABLE, OTHER}
)


# -- a crawl that fetched nothing ------------------------------------------------------------------------
def nothing_fetched_reason(
    failed: Mapping[str, int], hosts: Mapping[str, set[str]], robots_denied: int
) -> str:
    """One line saying why a crawl that tried to fetch got nothing, e.g. "no network: DNS lookup failed
    for every host (www.news.cn, www.chinanews.com.cn)". ``failed``: count per category; ``hosts``: the
    hosts that failed, per category."""
    counts = {k: v for k, v in failed.items() if v}
    if not counts:
        if robots_denied:
            return f"nothing fetched: robots.txt forbids every URL tried ({robots_denied})"
        return "nothing fetched"
    listing = ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    names = sorted(set().union(*(hosts.get(category, set()) for category in counts)))
    shown = ", ".join(names[:4]) + (", ..." if len(names) > 4 else "")
    if set(counts) == {DNS}:
        return f"no network: {DNS} for every host ({shown})"
    if set(counts) <= NETWORK:
        return f"no site could be reached ({listing}; hosts: {shown})"
    return f"nothing fetched: every request failed ({listing})"
