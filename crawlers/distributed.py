"""Past one machine: several crawler processes share one crawl through a redis server (scrapy-redis).

``wirearchive crawl --redis redis://HOST:PORT/DB`` makes this process a worker. Per source, the workers
share, in redis:

* the request queue and the seen-URL set of the current crawl (``wirearchive:<source>:<crawl>:requests``,
  ``...:dupefilter``): a URL is requested once, by whichever worker pops it;
* which crawl is current (``wirearchive:<source>:current``, a lease the live workers keep renewing; a
  crawl for a conference has its own, ``wirearchive:<source>:<conference>-<year>:current``): the first
  worker to start one seeds it with what the source's discovery surfaces ask for first, the others join
  it; when the last one leaves (or all die and the lease runs out), the next worker starts a new crawl;
* the articles archived whole by any worker in any earlier crawl, with when (``wirearchive:<source>:archived``,
  URL -> fetch time): a worker adds them to what its own archive holds (crawlers/discovery/state.py), so
  they are not fetched again, whichever machine archived them, unless the incremental rules say so (an
  early copy fetched once more after it settled; a conference crawl notes a ``found`` record instead).

Each worker writes its own WARC files (named after the machine and the process) under its own
$WIREARCHIVE_DATA; ``wirearchive process`` reads them all once they are in one raw/ folder
(docs/crawling.md: how to run it on several machines). scrapy-redis 0.9.1 needs care on Scrapy 2.19: the
shared queue must persist when a worker closes (or the first to finish would empty it for the others),
seeds must go through the duplicate filter, and a worker must not close while others may still add work.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.core.engine import ExecutionEngine
from scrapy.exceptions import DontCloseSpider
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from crawlers.discovery.state import ArchivedArticle, ArchiveState

log = logging.getLogger(__name__)

PREFIX = "wirearchive"
LEASE_SECONDS = 120  # a crawl whose workers all died is over this long after the last sign of life
HEARTBEAT_SECONDS = 10.0
PICKUP_SECONDS = 1.0
KEEP_SECONDS = 7 * 86400  # a finished crawl's queue and seen set, kept a week for inspection


def redis_settings(url: str, spider_middlewares: dict[str, int], concurrency: int) -> dict[str, object]:
    """What changes in a worker (crawlers/run.py puts it over the project's settings); ``concurrency``:
    the requests it may have in flight (CONCURRENT_REQUESTS_PER_DOMAIN: a source is one site, mostly)."""
    return {
        "REDIS_URL": url,
        "WIREARCHIVE_REDIS_URL": url,
        "SCHEDULER": "crawlers.distributed.SharedCrawlScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        # Never flush the shared queue when one worker closes: the others are still working on it.
        "SCHEDULER_PERSIST": True,
        # Scrapy's engine takes requests from the scheduler until CONCURRENT_REQUESTS wait in its downloader:
        # a worker would take the whole shared queue for itself, one site at a time. Take little more than
        # it can fetch at once, and leave the rest in redis for the other workers.
        "CONCURRENT_REQUESTS": concurrency + 1,
        "SPIDER_MIDDLEWARES": {**spider_middlewares, "crawlers.distributed.SharedArchiveMiddleware": 510},
        "WIREARCHIVE_WORKER_IDLE_SECONDS": float(os.environ.get("WIREARCHIVE_WORKER_IDLE_SECONDS", "10")),
    }


def keys(source: str, crawl: str = "", scope: str = "") -> dict[str, str]:
    """The redis keys of ``source``; ``crawl``: the id of one crawl; ``scope``: ``<conference>-<year>`` for a
    crawl of one conference edition (its current crawl is not the newest pages' one)."""
    base = f"{PREFIX}:{source}"
    return {
        "current": f"{base}:{scope}:current" if scope else f"{base}:current",
        "archived": f"{base}:archived",
        "requests": f"{base}:{crawl}:requests",
        "dupefilter": f"{base}:{crawl}:dupefilter",
        "workers": f"{base}:{crawl}:workers",
        "active": f"{base}:{crawl}:active",
    }


def join_crawl(server: Any, source: str, scope: str = "") -> tuple[str, bool]:
    """The current crawl of ``source`` (starting one if there is none) and whether this worker started it."""
    current = keys(source, scope=scope)["current"]
    for _ in range(10):  # the lease may run out between the two calls: try again
        new = uuid.uuid4().hex[:12]
        if server.set(current, new, nx=True, ex=LEASE_SECONDS):
            return new, True
        found = server.get(current)
        if found:
            return (found.decode() if isinstance(found, bytes) else found), False
    raise RuntimeError(f"could not join or start a crawl of {source} on redis")


class SharedCrawlScheduler(Scheduler):
    """scrapy-redis's scheduler, on the queue and seen set of the worker's current crawl."""

    def open(self, spider: Any) -> None:
        crawl_keys = keys(spider.name, spider.shared_crawl)
        self.queue_key = crawl_keys["requests"]
        self.df = RFPDupeFilter(self.server, key=crawl_keys["dupefilter"])
        super().open(spider)
        spider.shared_queue = self.queue


class SharedQueueWorker:
    """Mixin for a WireSpider: one worker of a crawl shared through redis (see the module docstring)."""

    name: str
    settings: Any
    crawler: Any
    logger: Any
    redis: Any
    worker: str  # host:pid
    shared_crawl: str
    shared_scope: str  # "" for the newest pages, <conference>-<year> for a backfill
    seeds: bool  # this worker started the crawl: it yields the list pages and feeds
    shared_keys: dict[str, str]
    shared_queue: Any  # set by SharedCrawlScheduler.open
    _touched: float
    _heartbeat: Any

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> Any:
        # An idle engine looks for work every 5 s (its heartbeat): work another worker pushes would wait
        # that long. Once a second instead (a private attribute of Scrapy's engine: if it goes, 5 s again).
        ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = PICKUP_SECONDS
        spider = super().from_crawler(crawler, *args, **kwargs)  # type: ignore[misc]
        spider.redis = get_redis_from_settings(crawler.settings)
        spider.worker = f"{socket.gethostname()}:{os.getpid()}"
        spider.shared_scope = crawl_scope(spider)
        spider.shared_crawl, spider.seeds = join_crawl(spider.redis, spider.name, spider.shared_scope)
        spider.shared_keys = keys(spider.name, spider.shared_crawl, spider.shared_scope)
        if not crawler.settings.getbool("WIREARCHIVE_REFETCH"):
            shared_archive_into(spider.discovery.state, spider.redis.hgetall(spider.shared_keys["archived"]))
        spider.redis.sadd(spider.shared_keys["workers"], spider.worker)
        spider._touched = 0.0
        spider._touch(force=True)
        crawler.signals.connect(spider._on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._touch, signal=signals.response_received)
        crawler.signals.connect(spider._leave, signal=signals.spider_closed)
        spider._heartbeat = None
        crawler.signals.connect(spider._start_heartbeat, signal=signals.spider_opened)
        role = "started" if spider.seeds else "joined"
        spider.logger.info(
            "worker %s %s crawl %s of %s", spider.worker, role, spider.shared_crawl, spider.name
        )
        return spider

    async def start(self) -> AsyncIterator[Any]:
        """Only the worker that started the crawl seeds it, and through the shared duplicate filter (so that
        a page asked for again is dropped, whichever worker asks)."""
        if not self.seeds:
            return
        async for output in super().start():  # type: ignore[misc]
            yield output.replace(dont_filter=False) if isinstance(output, Request) else output

    def _start_heartbeat(self, spider: Any = None) -> None:
        from twisted.internet import task

        self._heartbeat = task.LoopingCall(self._renew)
        self._heartbeat.start(HEARTBEAT_SECONDS, now=False)

    def _renew(self) -> None:
        """Keep the crawl current while this worker lives (only if it is still the current one)."""
        current = self.shared_keys["current"]
        found = self.redis.get(current)
        if found is not None and (found.decode() if isinstance(found, bytes) else found) == self.shared_crawl:
            self.redis.expire(current, LEASE_SECONDS)

    def _touch(self, *args: Any, force: bool = False, **kwargs: Any) -> None:
        """Tell the other workers this one is busy (at most once a second)."""
        now = time.time()
        if force or now - self._touched >= 1.0:
            self._touched = now
            self.redis.hset(self.shared_keys["active"], self.worker, now)

    def _on_idle(self, spider: Any = None) -> None:
        """Stay while the shared queue has work, or while another worker was busy lately (its pages may
        bring more); close once everything has been quiet for WIREARCHIVE_WORKER_IDLE_SECONDS."""
        if len(self.shared_queue):
            raise DontCloseSpider
        quiet = self.settings.getfloat("WIREARCHIVE_WORKER_IDLE_SECONDS", 10.0)
        busy = [float(t) for t in self.redis.hvals(self.shared_keys["active"])]
        if busy and time.time() - max(busy) < quiet:
            raise DontCloseSpider

    def _leave(self, spider: Any = None, reason: str = "") -> None:
        if self._heartbeat is not None and self._heartbeat.running:
            self._heartbeat.stop()
        k = self.shared_keys
        self.redis.srem(k["workers"], self.worker)
        self.redis.hdel(k["active"], self.worker)
        if self.redis.scard(k["workers"]) == 0:  # the last one out ends the crawl
            current = self.redis.get(k["current"])
            if (
                current is not None
                and (current.decode() if isinstance(current, bytes) else current) == self.shared_crawl
            ):
                self.redis.delete(k["current"])
            for key in (k["requests"], k["dupefilter"]):
                self.redis.expire(key, KEEP_SECONDS)


def worker_class(spidercls: type[Spider]) -> type:
    """The spider class of a source, as a worker of a shared crawl (same name, same everything else)."""
    return type(f"{spidercls.__name__}Worker", (SharedQueueWorker, spidercls), {"name": spidercls.name})


def crawl_scope(spider: Any) -> str:
    """``<conference>-<year>`` for a crawl of one conference edition, "" for the newest pages."""
    if not getattr(spider, "conference", None):
        return ""
    edition = (spider.discovery.edition or {}).get("year") if spider.discovery is not None else None
    return f"{spider.conference}-{edition or 'latest'}"


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def shared_archive_into(state: ArchiveState, shared: dict[Any, Any]) -> None:
    """Add the shared archive (URL -> when it was fetched whole) to what the worker's own archive holds."""
    for url, stamp in shared.items():
        try:
            fetched = datetime.fromisoformat(_text(stamp).replace("Z", "+00:00"))
        except ValueError:
            continue
        known = state.articles.setdefault(_text(url), ArchivedArticle())
        known.fetched_at = max(filter(None, [known.fetched_at, fetched]))


class SharedArchiveMiddleware(BaseSpiderMiddleware):
    """Each article this worker archives whole goes into the shared archive (URL -> fetch time), which the
    workers of later crawls read when they start (:func:`shared_archive_into`)."""

    def __init__(self, crawler: Any):
        super().__init__(crawler)
        self.redis = get_redis_from_settings(crawler.settings)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    def _key(self) -> str:
        assert self.crawler.spider is not None
        return keys(self.crawler.spider.name)["archived"]

    def item_scraped(self, item: Any, response: Any = None, spider: Any = None) -> None:
        if item.get("kind") == "article" and item.get("status") == 200 and not item.get("error"):
            self.redis.hset(self._key(), item["url"], item.get("fetched_at") or "")
