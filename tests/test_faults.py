"""A real crawl of a misbehaving site (tests/fault_server.py): every fault ends in its designed outcome.

Fetched, retried then fetched, or archived as failed with its reason; nothing crashes; a URL robots.txt
forbids is never requested; the run record says what happened. One crawl (and one `process`) for the
whole module: the timeout is 2 s and the back-off 0.2 s, so it takes about twenty seconds.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter, defaultdict

import pytest
import sqlite_utils
from fault_server import CASES, DISALLOWED, GOOD_TITLE, OTHER_HOST, ROBOTS_DOWN, FaultServer
from helpers import run_cli

from pipeline.archive import KIND_RUN, iter_archive

pytestmark = pytest.mark.e2e
ENV = {"WIREARCHIVE_DOWNLOAD_TIMEOUT": "2", "WIREARCHIVE_RETRY_BACKOFF": "0.2"}


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    """The fault site, crawled once and processed once: (server, crawl result, data folder)."""
    server = FaultServer()
    server.start_background()
    data = tmp_path_factory.mktemp("faults") / "data"
    env = {**ENV, "WIREARCHIVE_DATA": str(data), "WIREARCHIVE_SAMPLE_BASE": server.base_url}
    try:
        result = run_cli("crawl", "chinanews", env=env, check=False, timeout=240)
        processed = run_cli("process", "--quiet", env=env, check=False)
    finally:
        server.shutdown()
        server.server_close()
    return server, result, processed, data, env


def pages_by_url(data):
    pages = defaultdict(list)
    for page in iter_archive(data / "raw"):
        pages[page.url].append(page)
    return pages


def outcome_of(page) -> str:
    """What an archived record says happened: fetched, or the reason it failed."""
    if page.status is not None and page.status >= 400:
        return f"HTTP {page.status}"
    if page.status is None or page.error:
        return page.error.split(":", 1)[0]
    return "fetched"


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.number}-{c.outcome}")
def test_every_fault_ends_in_its_designed_outcome(faulty, case):
    server, _, _, data, _ = faulty
    records = pages_by_url(data)[case.url]
    assert len(records) == 1, [outcome_of(r) for r in records]  # one record: never lost, never twice
    (record,) = records
    asked = server.count(case.path)
    if case.outcome == "fetched":
        assert outcome_of(record) == "fetched" and asked == 1
    elif case.outcome == "retried then fetched":
        assert outcome_of(record) == "fetched" and asked >= 2
    else:
        assert outcome_of(record) == case.outcome
        assert record.error or record.status >= 400  # archived with its reason, not silently dropped


def test_a_page_that_cannot_be_decoded_is_archived_as_received(faulty):
    server, _, _, data, _ = faulty
    by_url = pages_by_url(data)
    not_gzip = by_url["https://www.chinanews.com.cn/gn/2026/01-01/1011.shtml"][0]
    assert not_gzip.status == 200 and not_gzip.body.startswith(b"<!DOCTYPE html>")  # the bytes as they came
    bomb = by_url["https://www.chinanews.com.cn/gn/2026/01-01/1016.shtml"][0]
    assert bomb.body[:2] == b"\x1f\x8b" and len(bomb.body) < 1_000_000  # the small gzip, not 30 MB of it


def test_retries_wait_as_long_as_retry_after_asks_and_give_up_when_too_long(faulty):
    server, *_ = faulty
    first, second = server.times("/gn/2026/01-01/1004.shtml")  # 429, Retry-After: 1
    assert second - first >= 1.0
    busy = server.times("/gn/2026/01-01/1005.shtml")  # 503 twice, Retry-After an HTTP date 2 s ahead
    assert len(busy) == 3 and all(b - a >= 0.9 for a, b in zip(busy, busy[1:], strict=False))
    assert server.count("/gn/2026/01-01/1020.shtml") == 1  # asked to wait an hour: not asked again
    assert server.count("/gn/2026/01-01/1006.shtml") == 3  # a 500: tried three times in all


def test_a_url_robots_txt_forbids_is_never_requested(faulty):
    server, _, _, data, _ = faulty
    assert server.count(DISALLOWED) == 0
    assert not any("private" in hit for hit, _ in server.hits)
    # a host whose robots.txt answers 503: robots.txt asked (and retried), the page never (RFC 9309)
    assert server.count("/robots.txt", host=OTHER_HOST) >= 1
    assert server.count(ROBOTS_DOWN.path, host=OTHER_HOST) == 0
    (record,) = pages_by_url(data)[f"https://{OTHER_HOST}{ROBOTS_DOWN.path}"]
    assert outcome_of(record) == "robots.txt unavailable"


def test_links_with_tracking_parameters_are_one_page(faulty):
    server, _, _, data, _ = faulty
    asked = [hit for hit, _ in server.hits if "/1018.shtml" in hit or "/1019.shtml" in hit]
    assert sorted(asked) == [
        "www.chinanews.com.cn/gn/2026/01-01/1018.shtml",
        "www.chinanews.com.cn/gn/2026/01-01/1019.shtml",
    ]
    assert not [url for url in pages_by_url(data) if "utm_" in url or "spm=" in url or "from=" in url]


def test_nothing_crashes(faulty):
    _, result, _, data, _ = faulty
    assert result.returncode == 0, result.stderr  # some pages were fetched: a successful crawl
    assert "Traceback" not in result.stderr + result.stdout
    log = (data / "logs" / "crawl.log").read_text(encoding="utf-8")
    assert "Spider error processing" not in log and "spider_exceptions" not in log
    assert "Error processing" not in log  # item pipeline errors


def test_wrong_and_missing_charsets_are_decoded_by_process(faulty):
    _, _, processed, data, _ = faulty
    assert processed.returncode == 0, processed.stderr
    db = sqlite_utils.Database(data / "wirearchive.db")
    for number in (1012, 1013):
        url = f"https://www.chinanews.com.cn/gn/2026/01-01/{number}.shtml"
        row = next(db.query("select title, encoding, error from articles where url = ?", [url]))
        assert row["title"] == GOOD_TITLE and row["error"] is None, row
        assert row["encoding"] in ("gb18030", "gbk", "gb2312"), row


def test_the_run_record_counts_every_outcome(faulty):
    _, _, _, data, _ = faulty
    runs = [json.loads(p.body) for p in iter_archive(data / "raw") if p.kind == KIND_RUN]
    start, end = runs  # written when the spider opened, and when it closed
    assert start["id"] == end["id"] and start["finished_at"] is None and end["finish_reason"] == "finished"
    failures = Counter(c.outcome for c in CASES if c.outcome not in ("fetched", "retried then fetched"))
    failures[ROBOTS_DOWN.outcome] += 1
    assert end["failed_by_reason"] == dict(failures)
    articles_fetched = sum(c.outcome in ("fetched", "retried then fetched") for c in CASES)
    assert end["fetched"] == articles_fetched + 2  # and the list page and the feed
    assert end["robots_denied"] == 1 and end["unchanged"] == 0 and end["outcome"] == "ok"
    db = sqlite_utils.Database(data / "wirearchive.db")
    (row,) = db.query("select * from crawl_runs")  # `process` loaded it
    assert row["id"] == end["id"] and json.loads(row["failed_by_reason"]) == dict(failures)
    assert row["finished_at"] and row["mode"] == "sample sites" and row["warc_file"]


def test_a_second_crawl_fetches_only_what_failed(faulty, tmp_path):
    _, _, _, first, env = faulty
    data = tmp_path / "data"
    shutil.copytree(first / "raw", data / "raw")  # the first crawl's archive, left as the other tests see it
    server = FaultServer()  # a fresh site: its counts start again
    server.start_background()
    env = {**env, "WIREARCHIVE_DATA": str(data), "WIREARCHIVE_SAMPLE_BASE": server.base_url}
    try:
        run_cli("crawl", "chinanews", env=env, timeout=240)
    finally:
        server.shutdown()
        server.server_close()
    whole = {c.path for c in CASES if c.outcome in ("fetched", "retried then fetched")}
    failed = {c.path for c in CASES} - whole
    assert not [path for path in whole if server.count(path)]  # archived whole: not asked again
    assert all(server.count(path) for path in failed)  # failures are tried again
    end = [json.loads(p.body) for p in iter_archive(data / "raw") if p.kind == KIND_RUN][-1]
    assert end["unchanged"] == len(whole)
