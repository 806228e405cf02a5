"""Real Scrapy crawls over HTTP against the sample sites on 127.0.0.1: archive, increments, resuming."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections import Counter

import pytest
from helpers import BIN, ROOT, run_cli

from pipeline.archive import iter_archive
from samples.server import SampleSiteServer

pytestmark = pytest.mark.e2e
EXPECTED = json.loads((ROOT / "samples" / "expected.json").read_text(encoding="utf-8"))
# A crawl of the newest pages finds today's articles; the 2022 ones only a backfill does (test_backfill.py).
TODAY = [e for e in EXPECTED if not e["collected_for"]]
ARTICLE_URLS = {e["url"] for e in TODAY}


def crawl(base_url: str, *sources: str, **env: str) -> subprocess.CompletedProcess:
    return run_cli("crawl", *sources, env={"WIREARCHIVE_SAMPLE_BASE": base_url, **env})


def test_crawl_archives_every_article_page_raw_with_its_status(sample_server, data_dir):
    crawl(sample_server.base_url)
    pages = [p for p in iter_archive(data_dir / "raw") if p.kind == "article"]
    by_url = {p.url: p for p in pages}
    assert set(by_url) == ARTICLE_URLS  # every linked article, good or bad; nothing else
    assert {p.source for p in pages} == {"chinanews", "xinhua", "xinhua_en"}
    for expected in TODAY:
        page = by_url[expected["url"]]
        if expected["expect_error"] == "404":
            assert page.status == 404
        elif expected["expect_error"] == "truncated":
            assert page.status == 200 and "cut short" in page.error
        else:
            assert page.status == 200 and page.error is None
            # the archived bytes are exactly the file served, whatever its encoding
            local = ROOT / "samples" / "sites" / expected["url"].split("://", 1)[1]
            assert page.body == local.read_bytes()
    # the live URL is kept; the local address it came from is recorded beside it
    assert all(p.fetch_url.startswith(sample_server.base_url) for p in pages)
    # robots.txt is obeyed: the sample robots.txt forbids /private/
    assert not any("/private/" in hit for hit in sample_server.hits)


def test_second_crawl_fetches_only_what_was_not_archived_whole(sample_server, data_dir):
    crawl(sample_server.base_url)
    first = Counter(p.url for p in iter_archive(data_dir / "raw") if p.kind == "article")
    crawl(sample_server.base_url)
    second = Counter(p.url for p in iter_archive(data_dir / "raw") if p.kind == "article") - first
    failed_first_time = {e["url"] for e in TODAY if e["expect_error"] in ("404", "truncated")}
    assert set(second) == failed_first_time  # whole pages are not fetched again; failures are retried


def test_crawl_killed_midway_resumes_without_losing_or_duplicating(data_dir):
    source = "xinhua"
    wanted = {e["url"] for e in TODAY if e["source"] == source}
    assert all(e["expect_error"] in (None, "mis-encoded") for e in TODAY if e["source"] == source)
    slow = SampleSiteServer(port=0, delay=0.3)  # one request at a time, 0.3 s each: time to kill it midway
    slow.start_background()
    env = {"WIREARCHIVE_SAMPLE_BASE": slow.base_url, "WIREARCHIVE_CONCURRENCY": "1"}
    try:
        proc = subprocess.Popen(
            [str(BIN / "wirearchive"), "crawl", source],
            env=dict(os.environ, **env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.time() + 60
        while time.time() < deadline:  # wait until some, not all, articles are archived
            if len({p.url for p in iter_archive(data_dir / "raw") if p.kind == "article"}) >= 2:
                break
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGKILL)  # no clean shutdown at all
        proc.wait()
        partial = {p.url for p in iter_archive(data_dir / "raw") if p.kind == "article"}
        assert 2 <= len(partial) < len(wanted)
        run_cli("crawl", source, env=env)
    finally:
        slow.shutdown()
        slow.server_close()
    whole = Counter(p.url for p in iter_archive(data_dir / "raw") if p.kind == "article" and not p.error)
    assert set(whole) == wanted  # nothing lost
    assert max(whole.values()) == 1  # nothing fetched twice


def test_scrapy_logs_to_the_log_file_and_the_terminal_gets_a_summary(sample_server, data_dir):
    result = crawl(sample_server.base_url, "xinhua_en")
    assert "crawl xinhua_en finished" in result.stderr
    log = (data_dir / "logs" / "crawl.log").read_text(encoding="utf-8")
    for scrapy_dump in ("Overridden settings", "Dumping Scrapy stats"):
        assert scrapy_dump not in result.stderr + result.stdout and scrapy_dump in log


def test_unknown_source_is_a_usage_error(data_dir):
    result = run_cli("crawl", "nosuchsource", check=False)
    assert result.returncode == 2 and "unknown source" in result.stderr


def test_spiders_are_a_standard_scrapy_project():
    result = subprocess.run(
        [str(BIN / "scrapy"), "list"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert set(result.stdout.split()) >= {"chinanews", "xinhua", "xinhua_en"}


def test_a_crawl_that_reaches_no_host_exits_1_with_one_line_and_process_says_why(data_dir):
    # every request goes to a name that never resolves (RFC 6761 .invalid): no live site is asked anything
    env = {"WIREARCHIVE_SAMPLE_BASE": "http://unreachable.invalid", "WIREARCHIVE_RETRY_BACKOFF": "0"}
    result = run_cli("crawl", "xinhua", "chinanews", env=env, check=False)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert errors == [
        "Error: no network: DNS lookup failed for every host (www.chinanews.com.cn, www.news.cn)"
    ]
    assert "Traceback" not in result.stderr + result.stdout
    processed = run_cli("process", "--quiet", env=env, check=False)
    assert processed.returncode == 1
    assert "nothing could be stored: the archive holds no article page" in processed.stderr
    assert "DNS lookup failed" in processed.stderr  # the last crawl's outcome, from its run records


def test_a_live_crawl_needs_a_contact(data_dir):
    env = {"WIREARCHIVE_SAMPLE_BASE": "", "WIREARCHIVE_CONTACT": ""}
    result = run_cli("crawl", "xinhua", env=env, check=False)
    assert result.returncode == 2 and "needs a contact" in result.stderr
    result = run_cli("crawl", "xinhua", "--contact", "not an address", env=env, check=False)
    assert result.returncode == 2 and "e-mail address or an http(s) URL" in result.stderr
    assert not (data_dir / "raw").exists()  # refused before anything ran


def test_the_user_agent_carries_the_contact(data_dir, sample_server):
    crawl(sample_server.base_url, "xinhua_en", WIREARCHIVE_CONTACT="archive@example.org")
    run = [json.loads(p.body) for p in iter_archive(data_dir / "raw") if p.kind == "run"][-1]
    assert "+mailto:archive@example.org" in run["user_agent"] and run["user_agent"].startswith("wirearchive/")


def test_two_crawls_on_one_data_folder_do_not_overlap(data_dir):
    slow = SampleSiteServer(port=0, delay=1.0)  # a dozen requests, one at a time: the first crawl lasts
    slow.start_background()
    env = {"WIREARCHIVE_SAMPLE_BASE": slow.base_url, "WIREARCHIVE_CONCURRENCY": "1"}
    first = subprocess.Popen(
        [str(BIN / "wirearchive"), "crawl", "xinhua"],
        env=dict(os.environ, **env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 60
        while time.time() < deadline and not slow.hits:  # the first one is crawling
            time.sleep(0.05)
        second = run_cli("crawl", "xinhua", env=env, check=False)
        assert second.returncode == 1 and "another crawl is running" in second.stderr
        assert first.wait(120) == 0
    finally:
        first.kill()
        slow.shutdown()
        slow.server_close()


def test_crawl_runs_are_visible_in_datasette(datasette):
    import urllib.request

    with urllib.request.urlopen(
        f"{datasette}/wirearchive/crawl_runs.json?_shape=array&_size=max", timeout=30
    ) as r:
        runs = json.loads(r.read())
    by_source = {run["source"]: run for run in runs if not run["conference"]}  # today's news
    backfill = [run for run in runs if run["conference"]]  # and the 2022 backfill: run records too
    assert backfill and all(
        run["conference"] == "china-internet-civilization-conference" and run["edition"] == 2022
        for run in backfill
    )
    # the sources whose backfill surfaces the sample sites imitate (cac and chinadaily have none there)
    served = {run["source"]: run for run in backfill if run["source"] in ("chinanews", "xinhua", "people")}
    assert len(served) == 3
    assert all(
        run["finished_at"] and run["outcome"] == "ok" and run["fetched"] > 0 for run in served.values()
    )
    assert {"chinanews", "xinhua", "xinhua_en"} <= set(by_source)
    for source in ("chinanews", "xinhua", "xinhua_en"):
        run = by_source[source]
        assert run["mode"] == "sample sites" and run["finished_at"] and run["outcome"] == "ok"
        assert run["fetched"] > 0 and run["archived"] >= run["fetched"]
    failed = json.loads(by_source["chinanews"]["failed_by_reason"])
    kinds = Counter(e["expect_error"] for e in EXPECTED if e["source"] == "chinanews")
    assert failed.get("HTTP 404", 0) >= kinds["404"] >= 1  # the sample's missing page, counted by reason
    assert failed.get("transfer cut short", 0) >= kinds["truncated"] >= 1  # and its page cut short
    assert by_source["chinanews"]["robots_denied"] >= 1  # the sample robots.txt forbids /private/
