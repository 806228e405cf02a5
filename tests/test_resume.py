"""A crawl killed with SIGKILL at several points resumes with no article lost and none stored twice.

Each test crawls the xinhua sample site (the backfill: chinanews) from a slow local server (one request at a
time, 0.3 s each), kills the crawl's process group with SIGKILL at one point, crawls again, and checks the
archive (every article archived whole exactly once) and the database after ``process`` (every article stored
once). The WARC archive flushes one record at a time, so a kill can only cut the record being written: the
"while writing" cases cut the last record of the file at several places, as a kill in the middle of its
write leaves it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable

import pytest
import sqlite_utils
from helpers import BIN, ROOT, run_cli

from pipeline.archive import iter_archive, warc_files
from samples.server import SampleSiteServer

pytestmark = pytest.mark.e2e
SOURCE = "xinhua"
EXPECTED = json.loads((ROOT / "samples" / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def wanted(sample_server, tmp_path_factory) -> set[str]:
    """What one crawl without a kill archives whole: the articles the killed crawls must end up with."""
    data = tmp_path_factory.mktemp("reference") / "data"
    run_cli(
        "crawl",
        SOURCE,
        env={"WIREARCHIVE_SAMPLE_BASE": sample_server.base_url, "WIREARCHIVE_DATA": str(data)},
    )
    found = set(archived_articles(data))
    assert len(found) >= 5 and found <= {e["url"] for e in EXPECTED if e["source"] == SOURCE}
    return found


@pytest.fixture
def slow_site():
    server = SampleSiteServer(port=0, delay=0.3)
    server.start_background()
    yield server
    server.shutdown()
    server.server_close()


def env_for(server: SampleSiteServer) -> dict[str, str]:
    return {"WIREARCHIVE_SAMPLE_BASE": server.base_url, "WIREARCHIVE_CONCURRENCY": "1"}


def archived_articles(data) -> Counter[str]:
    return Counter(
        p.url for p in iter_archive(data / "raw") if p.kind == "article" and p.status == 200 and not p.error
    )


def kill_when(
    server: SampleSiteServer,
    data,
    point: Callable[[SampleSiteServer, object], bool],
    *args: str,
    source: str = SOURCE,
) -> None:
    """Start a crawl; SIGKILL its whole process group as soon as ``point(server, data)`` holds."""
    proc = subprocess.Popen(
        [str(BIN / "wirearchive"), "crawl", *args, source],
        env=dict(os.environ, **env_for(server)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.time() + 90
        while time.time() < deadline and proc.poll() is None and not point(server, data):
            time.sleep(0.02)
        assert proc.poll() is None, "the crawl ended before the kill point"
        assert point(server, data), "the kill point was never reached"
    finally:
        with contextlib.suppress(ProcessLookupError):  # (gone already when the assertion above failed)
            os.killpg(proc.pid, signal.SIGKILL)  # no clean shutdown at all
        proc.wait()


def resume_and_check(
    server: SampleSiteServer, data, *args: str, wanted: set[str], source: str = SOURCE
) -> None:
    run_cli("crawl", *args, source, env=env_for(server))
    whole = archived_articles(data)
    assert set(whole) == wanted  # nothing lost
    assert max(whole.values()) == 1  # nothing archived twice
    run_cli("process", "--quiet", env=env_for(server))
    db = sqlite_utils.Database(data / "wirearchive.db")
    stored = [row["url"] for row in db.query("select url from articles where source = ?", [source])]
    assert sorted(stored) == sorted(wanted)  # each stored once
    runs = list(db.query("select finished_at from crawl_runs where source = ? order by started_at", [source]))
    assert (
        runs[0]["finished_at"] is None and runs[-1]["finished_at"]
    )  # the killed run is on record, unfinished


def asked_for_a_list_page(server, data) -> bool:
    return any("/politics/index" in hit for hit in server.hits) and not archived_articles(data)


def mid_article(server, data) -> bool:
    done = archived_articles(data)
    asked = [hit for hit in server.hits if hit.endswith("/c.html") or hit.endswith(".htm")]
    return len(done) >= 2 and len(asked) > len(done)  # an article asked for and not archived yet


def asked_for_a_past_article(server, data) -> bool:
    """The server got the request for an article of the backfill (and holds it 0.3 s): mid-article."""
    return any(re.search(r"/gn/2022/\d{2}-\d{2}/\d+\.shtml$", hit) for hit in server.hits)


def test_killed_during_the_list_pages(slow_site, data_dir, wanted):
    kill_when(slow_site, data_dir, asked_for_a_list_page)
    assert not archived_articles(data_dir)
    resume_and_check(slow_site, data_dir, wanted=wanted)


def test_killed_mid_article(slow_site, data_dir, wanted):
    kill_when(slow_site, data_dir, mid_article)
    assert 2 <= len(archived_articles(data_dir)) < len(wanted)
    resume_and_check(slow_site, data_dir, wanted=wanted)


@pytest.mark.parametrize("cut", ["in the gzip header", "mid-record", "last byte missing"])
def test_killed_while_writing_the_warc(slow_site, data_dir, wanted, cut):
    kill_when(slow_site, data_dir, lambda server, data: len(archived_articles(data)) >= 3)
    (path,) = warc_files(data_dir / "raw", SOURCE)
    content = path.read_bytes()
    last = content.rfind(b"\x1f\x8b\x08")  # the last record is the last gzip member
    assert last > 0
    keep = {
        "in the gzip header": last + 5,
        "mid-record": (last + len(content)) // 2,
        "last byte missing": len(content) - 1,
    }
    path.write_bytes(content[: keep[cut]])
    before = archived_articles(data_dir)
    assert sum(before.values()) >= 2  # the records before the cut are intact
    resume_and_check(slow_site, data_dir, wanted=wanted)


def test_killed_during_a_backfill(slow_site, data_dir, tmp_path):
    """The same for a crawl collecting one conference's coverage (`crawl --conference`, issue 11 item 1),
    killed between two articles (tests/test_backfill.py kills one while it reads the days): what it
    archives after the kill and a resume is what one crawl without a kill archives. China News Service:
    the sample source with the most past articles (scroll news by day, search)."""
    args = ("--conference", "china-internet-civilization-conference", "--edition", "2022")
    reference = tmp_path / "reference"
    run_cli("crawl", *args, "chinanews", env={**env_for(slow_site), "WIREARCHIVE_DATA": str(reference)})
    wanted = set(archived_articles(reference))
    assert len(wanted) >= 3
    slow_site.hits.clear()  # the reference crawl's
    kill_when(slow_site, data_dir, asked_for_a_past_article, *args, source="chinanews")
    assert len(archived_articles(data_dir)) < len(wanted)
    resume_and_check(slow_site, data_dir, *args, wanted=wanted, source="chinanews")
