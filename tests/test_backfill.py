"""A past conference backfilled from the sample sites' real surfaces: date archives, searches (JSON GET,
HTML with an inline results array via POST form, POST JSON), a paginated topic page, sitemaps by date;
articles tagged with the conference they were collected for; re-runs and kills lose and repeat nothing."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from collections import Counter
from urllib.parse import parse_qs

import pytest
import sqlite_utils
from helpers import BACKFILL, BIN, ROOT, backfill_args, run_cli

from pipeline.archive import iter_archive
from samples.server import SampleSiteServer

pytestmark = pytest.mark.e2e
EXPECTED = json.loads((ROOT / "samples" / "expected.json").read_text(encoding="utf-8"))
CONFERENCE = BACKFILL[0]
PAST = {e["url"]: e for e in EXPECTED if e["collected_for"] == CONFERENCE}
FILLERS = [  # other news of those days, listed on the surfaces but never about the conference
    "www.chinanews.com.cn/cj/2022/08-27/9837901.shtml",
    "www.chinanews.com.cn/gn/2022/08-28/9838300.shtml",
    "politics.people.com.cn/n1/2022/0820/c1001-32507001.html",
    "politics.people.com.cn/n1/2022/0801/c1001-32490001.html",
]


@pytest.fixture
def server():
    """A sample server of this test's own: its hits are this test's requests only."""
    own = SampleSiteServer(port=0)
    own.start_background()
    yield own
    own.shutdown()
    own.server_close()


def archived_articles(data_dir) -> Counter:
    return Counter(p.url for p in iter_archive(data_dir / "raw") if p.kind == "article" and not p.error)


def test_a_backfill_collects_the_past_conference_from_every_surface(server, data_dir):
    env = {"WIREARCHIVE_SAMPLE_BASE": server.base_url}
    result = run_cli(*backfill_args(), env=env)
    assert "collecting china-internet-civilization-conference 2022 (2022-08-07..2022-09-05)" in result.stderr
    assert "no surface reaches that window: " in result.stderr  # today's-news-only sources are named
    pages = list(iter_archive(data_dir / "raw"))
    assert set(archived_articles(data_dir)) == set(PAST)  # all of them, and nothing of today
    assert max(archived_articles(data_dir).values()) == 1
    assert all(p.collected_for == CONFERENCE for p in pages)  # WARC-Wirearchive-Collected-For on every record
    kinds = Counter(p.kind for p in pages)
    assert kinds["archive"] == 30  # one scroll-news page per day of the window
    assert kinds["topic"] == 3  # the topic's index and the two pages of its sub-list
    hits = set(server.hits)
    assert not {f for f in FILLERS if f in hits}  # titles that do not name the conference are left
    assert "www.people.cn/sitemap/2021-11.xml" not in hits  # a month before the window: not read
    assert not [h for h in hits if h.startswith("www.chinanews.com.cn/scroll-news/2022/08") and "/0806/" in h]


def test_each_search_is_asked_as_the_site_expects(server, data_dir):
    run_cli(*backfill_args(), env={"WIREARCHIVE_SAMPLE_BASE": server.base_url})
    asked: dict[str, list] = {}
    for key, query, body in server.searches:
        asked.setdefault(key, []).append((parse_qs(query), body))
    # Xinhua: GET, no date filter, newest first; page 2 is all 2021, so page 3 is never asked for
    xinhua = [q for q, _ in asked["so.news.cn/getNews"]]
    assert [q["curPage"] for q in xinhua] == [["1"], ["2"]] and xinhua[0]["keyword"] == ["中国网络文明大会"]
    # China News Service: a POST form with the window's dates
    ((_, form),) = asked["sou.chinanews.com.cn/search/news"]
    fields = parse_qs(form.decode())
    assert fields["startDate"] == ["2022-08-07"] and fields["endDate"] == ["2022-09-05"]
    # People: POST JSON, times as numbers of milliseconds
    ((_, body),) = asked["search.people.cn/search-platform/front/search"]
    payload = json.loads(body)
    assert isinstance(payload["startTime"], int) and payload["key"] == "中国网络文明大会"


def test_backfilled_articles_are_tagged_with_the_conference_even_when_the_text_does_not_name_it(
    server, data_dir
):
    env = {"WIREARCHIVE_SAMPLE_BASE": server.base_url}
    run_cli(*backfill_args(), env=env)
    run_cli("process", "--quiet", env=env)
    db = sqlite_utils.Database(data_dir / "wirearchive.db")
    rows = {r["url"]: r for r in db.query("select url, conferences, collected_for, body from articles")}
    assert set(rows) == set(PAST)
    for url, row in rows.items():
        assert json.loads(row["conferences"]) == [CONFERENCE] == json.loads(row["collected_for"]), url
    topic_only = next(u for u, e in PAST.items() if "topic-only" in e["notes"] or "Never names" in e["notes"])
    assert "网络文明大会" not in rows[topic_only]["body"]  # tagged by how it was found, not by its text
    assert db["raw_pages"].count_where("collected_for = ?", [CONFERENCE]) == db["raw_pages"].count


def test_a_second_backfill_fetches_no_article_again_and_rereads_past_days_from_the_archive(server, data_dir):
    env = {"WIREARCHIVE_SAMPLE_BASE": server.base_url}
    run_cli(*backfill_args("chinanews"), env=env)
    server.hits.clear()
    run_cli(*backfill_args("chinanews"), env=env)
    assert not [h for h in server.hits if "/scroll-news/2022/" in h]  # settled days: read again, not fetched
    assert not [h for h in server.hits if h.endswith(".shtml") and "/2022/08-" in h]  # no article again
    assert server.hits  # the search is asked again: it is cheap, and a site may add results
    assert max(archived_articles(data_dir).values()) == 1


def test_an_article_archived_before_is_found_again_for_a_conference_without_fetching_it(server, data_dir):
    env = {"WIREARCHIVE_SAMPLE_BASE": server.base_url}
    run_cli("crawl", "chinanews", env=env)  # today's news: the 2026 forum, not collected for anything
    server.hits.clear()
    # the forum is recent: its crawl reads today's lists and feed, keeps the entries naming it
    run_cli("crawl", "--conference", "lakeside-digital-culture-forum-2026", "chinanews", env=env)
    again = {"https://" + h for h in server.hits if re.search(r"/2026/\d\d-\d\d/\d+\.shtml$", h)}
    failed = {e["url"] for e in EXPECTED if e["expect_error"] in ("404", "truncated")}
    assert again <= failed  # only what failed before is fetched again
    found = {p.url for p in iter_archive(data_dir / "raw") if p.kind == "found"}
    forum = {
        e["url"]
        for e in EXPECTED
        if not e["expect_error"]
        and "lakeside-digital-culture-forum-2026" in e["conferences"]
        and e["source"] == "chinanews"
    }
    assert forum <= found <= {e["url"] for e in EXPECTED if e["source"] == "chinanews"}
    run_cli("process", "--quiet", env=env)
    db = sqlite_utils.Database(data_dir / "wirearchive.db")
    for row in db.query(
        "select url, collected_for from articles where url in (select value from json_each(?))",
        [json.dumps(sorted(found))],
    ):
        assert json.loads(row["collected_for"]) == ["lakeside-digital-culture-forum-2026"]


def test_a_backfill_killed_midway_goes_on_without_loss_or_duplicates(data_dir):
    wanted = {u for u, e in PAST.items() if e["source"] == "chinanews"}
    slow = SampleSiteServer(port=0, delay=0.25)
    slow.start_background()
    env = {"WIREARCHIVE_SAMPLE_BASE": slow.base_url, "WIREARCHIVE_CONCURRENCY": "1"}
    try:
        proc = subprocess.Popen(
            [str(BIN / "wirearchive"), *backfill_args("chinanews")],
            env=dict(os.environ, **env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.time() + 60
        while time.time() < deadline:  # some days' pages archived, not all
            if sum(1 for p in iter_archive(data_dir / "raw") if p.kind == "archive") >= 8:
                break
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        before = Counter(p.url for p in iter_archive(data_dir / "raw") if p.kind == "archive" and not p.error)
        assert 8 <= sum(before.values()) < 30
        slow.hits.clear()
        run_cli(*backfill_args("chinanews"), env=env)
    finally:
        slow.shutdown()
        slow.server_close()
    again = [h for h in slow.hits if "/scroll-news/2022/" in h]
    assert not {f"https://{h}" for h in again} & set(
        before
    )  # days archived before the kill are not asked again
    assert len(again) == 30 - len(before)
    assert set(archived_articles(data_dir)) == wanted and max(archived_articles(data_dir).values()) == 1
