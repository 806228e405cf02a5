"""Past one machine: two crawler processes share one crawl through a real redis-server on 127.0.0.1.

Each worker has its own data folder, as on two machines; together they fetch every URL of the sample
sites exactly once, and ``process`` over both archives (gathered in one raw/ folder, as docs/crawling.md
says) stores every article once. A second crawl fetches no article again, whichever worker archived it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections import Counter

import pytest
import sqlite_utils
from helpers import BIN, ROOT, require, run_cli

from pipeline.archive import iter_archive
from samples.server import SampleSiteServer
from tools.local_redis import redis_server_path, start_redis

pytestmark = pytest.mark.e2e
SOURCES = ("xinhua", "chinanews")
EXPECTED = [
    e
    for e in json.loads((ROOT / "samples" / "expected.json").read_text(encoding="utf-8"))
    if e["source"] in SOURCES
]
# the sample pages cut short every time: retried, so asked for three times in all, by either worker
RETRIED = {e["url"].split("://", 1)[1] for e in EXPECTED if e["expect_error"] == "truncated"}


@pytest.fixture(scope="module")
def reference(sample_server, tmp_path_factory) -> dict[str, bool]:
    """What one process alone archives from the two sources: article URL -> archived whole."""
    data = tmp_path_factory.mktemp("one-process") / "data"
    env = {"WIREARCHIVE_SAMPLE_BASE": sample_server.base_url, "WIREARCHIVE_DATA": str(data)}
    run_cli("crawl", *SOURCES, env=env)
    pages = [p for p in iter_archive(data / "raw") if p.kind == "article"]
    assert len(pages) >= 10
    return {p.url: p.status == 200 and not p.error for p in pages}


@pytest.fixture
def redis_url(tmp_path):
    require(redis_server_path() is not None, "redis-server", "make redis-deps (Debian package redis-server)")
    proc, url = start_redis(tmp_path)
    yield url
    proc.terminate()
    proc.wait(10)


def two_workers(url: str, site: SampleSiteServer, tmp_path, round_: str) -> list:
    """Run two workers at once, each with its own data folder; their data folders."""
    folders = [tmp_path / f"machine-{name}" for name in "ab"]
    env = {
        "WIREARCHIVE_SAMPLE_BASE": site.base_url,
        "WIREARCHIVE_CONCURRENCY": "1",
        "WIREARCHIVE_WORKER_IDLE_SECONDS": "3",
    }
    procs = [
        subprocess.Popen(
            [str(BIN / "wirearchive"), "crawl", "--redis", url, *SOURCES],
            env=dict(os.environ, **env, WIREARCHIVE_DATA=str(folder)),
            stdout=subprocess.DEVNULL,
            stderr=open(tmp_path / f"{folder.name}-{round_}.err", "w"),  # noqa: SIM115 - closed with the process
        )
        for folder in folders
    ]
    for proc in procs:
        assert proc.wait(180) == 0
    return folders


def test_two_workers_fetch_every_url_exactly_once(redis_url, reference, tmp_path):
    site = SampleSiteServer(port=0, delay=0.3)  # slow enough for both workers to get work
    site.start_background()
    try:
        folders = two_workers(redis_url, site, tmp_path, "first")
        hits = Counter(site.hits)
        archived = [Counter(p.url for p in iter_archive(f / "raw") if p.kind == "article") for f in folders]
        site.hits.clear()
        two_workers(redis_url, site, tmp_path, "second")
        again = Counter(site.hits)
    finally:
        site.shutdown()
        site.server_close()
    pages = [hit for hit in hits if not hit.endswith("/robots.txt")]
    assert len(pages) > 20
    assert {
        hit: n for hit, n in hits.items() if n != 1 and hit not in RETRIED and not hit.endswith("robots.txt")
    } == {}
    assert all(hits[hit] == 3 for hit in RETRIED)  # a page cut short: tried three times in all, by either
    robots = [n for hit, n in hits.items() if hit.endswith("robots.txt")]
    assert robots and all(n == 2 for n in robots)  # once per worker: each process reads robots.txt itself
    assert all(sum(a.values()) for a in archived)  # both workers did some of the work
    assert not set(archived[0]) & set(archived[1])  # and no article was fetched by both
    assert set(archived[0]) | set(archived[1]) == set(reference)  # what one process alone archives
    # the second crawl: list pages again (they change), no article archived whole by either worker
    whole = {url.split("://", 1)[1] for url, ok in reference.items() if ok}
    assert whole and not set(again) & whole
    # gathered in one place, as on one machine: process stores every article once
    gathered = tmp_path / "gathered"
    for folder in folders:
        shutil.copytree(folder / "raw", gathered / "raw", dirs_exist_ok=True)
    run_cli("process", "--quiet", env={"WIREARCHIVE_DATA": str(gathered)})
    db = sqlite_utils.Database(gathered / "wirearchive.db")
    urls = [row["url"] for row in db.query("select url from articles")]
    assert sorted(urls) == sorted(reference)
    runs = list(db.query("select source, mode, pid, finished_at from crawl_runs"))
    assert len(runs) == 2 * 2 * len(SOURCES)  # two rounds, two workers, two sources
    assert all(r["mode"].startswith("distributed (redis://127.0.0.1:") and r["finished_at"] for r in runs)


def test_a_conference_crawl_is_a_shared_crawl_of_its_own():
    from crawlers.distributed import keys

    newest, backfill = keys("xinhua"), keys("xinhua", scope="china-internet-civilization-conference-2022")
    assert newest["current"] == "wirearchive:xinhua:current"
    assert backfill["current"] == "wirearchive:xinhua:china-internet-civilization-conference-2022:current"
    assert newest["archived"] == backfill["archived"]  # what any crawl archived, shared by all


def test_the_shared_archive_follows_the_incremental_rules():
    """An article another worker archived is known as archived, with its fetch time: skipped once settled,
    fetched once more when its copy was taken before it settled, found again for a conference."""
    from datetime import UTC, date, datetime

    from crawlers.discovery.state import ArchiveState
    from crawlers.discovery.window import CHINA_TIME
    from crawlers.distributed import shared_archive_into

    state = ArchiveState()
    late, early = "https://www.news.cn/a/late", "https://www.news.cn/a/early"
    shared_archive_into(
        state, {late.encode(): b"2022-09-05T00:00:00Z", early.encode(): b"2022-08-28T10:00:00Z", b"x": b"?"}
    )
    now = datetime(2026, 11, 30, tzinfo=UTC)
    assert state.settled(late, date(2022, 8, 28), CHINA_TIME, now=now)
    assert not state.settled(early, date(2022, 8, 28), CHINA_TIME, now=now)  # taken the day it came out
    assert "x" not in state.articles  # no readable time: not counted as archived
    assert not state.found_for(late, "china-internet-civilization-conference")
