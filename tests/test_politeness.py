"""The crawl's manners and failure reasons, piece by piece (no network, no reactor): settings, user agent and
contact, Retry-After, tracking parameters, site slots, gzip completeness, failure reasons, one-line outcomes.
The same pieces working together against a live-like site: tests/test_faults.py."""

from __future__ import annotations

import gzip
import time
from email.utils import formatdate

import pytest
from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.utils.project import get_project_settings
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from crawlers import failures
from crawlers.failures import RobotsTxtUnavailable, exception_reason, failure_reason, nothing_fetched_reason
from crawlers.middlewares import gzip_complete, parse_retry_after, site_of
from crawlers.run import CrawlReport, crawl_outcome
from crawlers.settings import contact_problem, user_agent
from crawlers.urls import canonical_url


def test_the_settings_are_polite(monkeypatch):
    monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", "crawlers.settings")
    settings = get_project_settings()
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1 and settings.getfloat("DOWNLOAD_DELAY") >= 1
    assert 0 < settings.getfloat("DOWNLOAD_TIMEOUT") <= 60 and settings.getint("RETRY_TIMES") >= 1
    assert 0 < settings.getint("DOWNLOAD_MAXSIZE") < 30 * 1024 * 1024  # a 30 MB page is refused
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    assert middlewares["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
    assert middlewares["crawlers.middlewares.PoliteRetryMiddleware"] == 550
    assert middlewares["crawlers.middlewares.StrictRobotsTxtMiddleware"] == 100
    assert not settings.getbool("REMOTE_CONTROL_ENABLED") and not settings.getbool("TELNETCONSOLE_ENABLED")


def test_the_user_agent_names_the_project_and_the_contact():
    assert user_agent("me@example.org").startswith("wirearchive/")
    assert "+mailto:me@example.org" in user_agent("me@example.org")
    assert "+https://example.org/about" in user_agent("https://example.org/about")
    assert "no contact" in user_agent("")  # only ever sent to the local sample sites


@pytest.mark.parametrize(
    "contact, ok",
    [("me@example.org", True), ("https://example.org/crawler", True), ("", False), ("  ", False),
     ("me", False), ("me@example.org) evil (", False), ("a@b\r\nX-Header: 1", False)],
)  # fmt: skip
def test_a_contact_must_be_an_address_or_a_url(contact, ok):
    assert (contact_problem(contact) is None) == ok


@pytest.mark.parametrize(
    "header, seconds",
    [(b"120", 120.0), (b" 5 ", 5.0), (b"", None), (b"soon", None), (None, None)],
)
def test_retry_after_in_seconds(header, seconds):
    assert parse_retry_after(header) == seconds


def test_retry_after_as_an_http_date():
    now = time.time()
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30, abs=1)
    assert parse_retry_after(formatdate(now - 30, usegmt=True), now=now) == 0.0  # already past: no wait


@pytest.mark.parametrize(
    "url, canonical",
    [
        ("https://a.cn/x.shtml?utm_source=wx&utm_medium=s", "https://a.cn/x.shtml"),
        ("https://a.cn/x.shtml#top", "https://a.cn/x.shtml"),
        ("https://a.cn/x.shtml?spm=1.2&id=7", "https://a.cn/x.shtml?id=7"),
        ("https://a.cn/x?from=timeline&isappinstalled=0", "https://a.cn/x"),
        (
            "https://a.cn/list?page=2&keyword=%E8%AE%BA%E5%9D%9B",
            "https://a.cn/list?page=2&keyword=%E8%AE%BA%E5%9D%9B",
        ),
    ],
)
def test_tracking_parameters_and_fragments_are_dropped(url, canonical):
    assert canonical_url(url) == canonical


def test_one_slot_per_site():
    domains = ["news.cn", "xinhuanet.com"]
    assert site_of("www.news.cn", domains) == site_of("so.news.cn", domains) == "news.cn"
    assert site_of("english.news.cn", ["news.cn", "english.news.cn"]) == "english.news.cn"  # the longest
    assert site_of("example.org", domains) == "example.org"


def test_a_gzip_stream_cut_short_is_told_from_a_whole_one():
    whole = gzip.compress(b"<html>" + b"x" * 100_000 + b"</html>")
    assert gzip_complete(whole) and gzip_complete(whole + gzip.compress(b"second member"))
    assert not gzip_complete(whole[: len(whole) // 2]) and not gzip_complete(whole[:-4])


def _failure(exc: BaseException, url: str = "https://www.news.cn/a.html", **meta) -> Failure:
    failure = Failure(exc)
    failure.request = Request(url, meta=meta)  # type: ignore[attr-defined]
    return failure


def _chained(outer: BaseException, inner: BaseException) -> BaseException:
    try:
        try:
            raise inner
        except BaseException as e:
            raise outer from e
    except BaseException as e:
        return e


@pytest.mark.parametrize(
    "exc, category",
    [
        (CannotResolveHostError("DNS lookup failed: no results for hostname lookup: www.news.cn."), failures.DNS),
        (DownloadConnectionRefusedError("Connection was refused by other side"), failures.REFUSED),
        (DownloadTimeoutError("Getting https://www.news.cn/a.html took longer than 30.0 seconds."), failures.TIMEOUT),
        (DownloadCancelledError("Expected to receive 31457280 bytes which is larger than ..."), failures.TOO_LARGE),
        (DownloadCancelledError(""), failures.TOO_LARGE),
        (IgnoreRequest("max redirections reached"), failures.REDIRECT_LOOP),
        (IgnoreRequest("redirect loop: a -> b -> a"), failures.REDIRECT_LOOP),
        (IgnoreRequest("Ignored response <200 x> because its body (5 B compressed, 9 B decompressed so far) "
                       "exceeded DOWNLOAD_MAXSIZE (8 B) during decompression."), failures.TOO_LARGE),
        (OSError("Not a gzipped file (b'<!')"), failures.BAD_ENCODING),
        (IgnoreRequest("Forbidden by robots.txt"), failures.ROBOTS_DENIED),
        (IgnoreRequest("Filtered offsite request to 'example.org'"), failures.OFFSITE),
        (RobotsTxtUnavailable("www.news.cn", "HTTP 503"), failures.ROBOTS_UNAVAILABLE),
        (RuntimeError("something new"), failures.OTHER),
    ],
)  # fmt: skip
def test_every_failure_has_a_reason(exc, category):
    reason = failure_reason(_failure(exc))
    assert reason.category == category and str(reason).startswith(category)
    assert reason.on_purpose == (category in (failures.ROBOTS_DENIED, failures.OFFSITE))


def test_an_unreachable_robots_txt_fails_the_page_with_the_network_reason():
    dns = _chained(CannotResolveHostError("DNS lookup failed: www.news.cn"), DNSLookupError("www.news.cn"))
    reason = exception_reason(RobotsTxtUnavailable("www.news.cn", "DNS lookup failed", dns))
    assert reason.category == failures.DNS and "robots.txt" in reason.detail


def test_a_redirect_off_the_site_is_a_failure_not_a_choice():
    failure = _failure(IgnoreRequest("Filtered offsite request to 'evil.example'"), "https://evil.example/x",
                       redirect_urls=["https://www.news.cn/a.html"])  # fmt: skip
    reason = failure_reason(failure)
    assert not reason.on_purpose and "www.news.cn/a.html" in reason.detail


def test_a_crawl_that_fetched_nothing_says_why_in_one_line():
    line = nothing_fetched_reason(
        {failures.DNS: 4}, {failures.DNS: {"www.news.cn", "www.chinanews.com.cn"}}, 0
    )
    assert line == "no network: DNS lookup failed for every host (www.chinanews.com.cn, www.news.cn)"
    line = nothing_fetched_reason({failures.TIMEOUT: 2, failures.REFUSED: 1}, {failures.TIMEOUT: {"a.cn"}}, 0)
    assert line.startswith("no site could be reached (timeout 2, connection refused 1") and "\n" not in line
    assert (
        nothing_fetched_reason({"HTTP 403": 3}, {}, 0) == "nothing fetched: every request failed (HTTP 403 3)"
    )
    assert "robots.txt forbids" in nothing_fetched_reason({}, {}, 5)


def test_the_crawl_outcome_is_a_failure_only_when_nothing_tried_was_fetched():
    dns = {failures.DNS: 2}
    down = CrawlReport("xinhua", failed=dns, failed_hosts={failures.DNS: {"www.news.cn"}})
    assert crawl_outcome([down]) == "no network: DNS lookup failed for every host (www.news.cn)"
    assert crawl_outcome([down, CrawlReport("chinanews", fetched=3)]) is None  # one source got through
    assert crawl_outcome([CrawlReport("cac")]) is None  # nothing to try is not a failure
    only_404s = CrawlReport("xinhua", failed={"HTTP 404": 2})
    assert crawl_outcome([only_404s]) == "nothing fetched: every request failed (HTTP 404 2)"
    assert crawl_outcome([only_404s], worker=True) is None  # a worker got the bad pages of a good crawl
    assert crawl_outcome([down], worker=True) is not None  # but one that reaches nothing says so


def test_a_second_run_on_the_same_data_folder_is_refused(tmp_path, monkeypatch):
    from pipeline.lock import Busy, run_lock

    monkeypatch.setenv("WIREARCHIVE_DATA", str(tmp_path))
    with run_lock("crawl"):
        with pytest.raises(Busy, match=r"another crawl is running .*pid \d+"):
            with run_lock("crawl"):
                pass
        with run_lock("process"):  # another name, another lock
            pass
    with run_lock("crawl"):  # released: free again
        pass


def test_process_says_why_nothing_could_be_stored(tmp_path):
    from collections import Counter

    from pipeline.runner import RunSummary

    assert "holds no page" in (RunSummary().nothing_stored_reason(tmp_path) or "")
    lists = RunSummary(fetched=Counter(xinhua=2), kinds=Counter(list=1, feed=1))
    lists.last_crawl = ("c1", {"xinhua": "no network: DNS lookup failed for every host (www.news.cn)"})
    why = lists.nothing_stored_reason(tmp_path) or ""
    assert "no article page" in why and "DNS lookup failed" in why
    failed = RunSummary(fetched=Counter(x=2), kinds=Counter(article=2), failed=Counter(x=2))
    failed.errors["x"] += ["https://a/1: HTTP 404", "https://a/2: fetch failed: timeout: took longer"]
    assert (
        failed.nothing_stored_reason(tmp_path)
        == "nothing could be stored: every article page failed (HTTP 404 1, timeout 1)"
    )
    assert RunSummary(stored=Counter(x=1)).nothing_stored_reason(tmp_path) is None
