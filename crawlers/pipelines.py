"""Item pipeline: write every fetched page to the WARC archive, before anything parses it, and the run
record (crawlers/runrecord.py) when the spider opens and when it closes."""

from __future__ import annotations

from pathlib import Path

from scrapy import signals

from crawlers import runrecord
from pipeline.archive import WarcArchive
from pipeline.archive.warc import KIND_FOUND
from pipeline.clock import utc_now


class WarcArchivePipeline:
    def __init__(self, raw_dir: str, crawler=None):
        self.raw_dir = Path(raw_dir)
        self.crawler = crawler
        self.archive: WarcArchive | None = None
        self.run: dict | None = None

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler.settings.get("WIREARCHIVE_RAW_DIR"), crawler)
        # Closed on spider_closed, not in close_spider: Scrapy closes the pipelines before the final stats
        # (and the reason the spider closed) are known, and the run record needs them.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider=None):
        # Scrapy >= 2.14 calls this without the spider; the crawler knows it.
        spider = spider or self.crawler.spider
        self.archive = WarcArchive(self.raw_dir, spider.name)
        self.run = runrecord.started(runrecord.new_id(), spider, self.crawler.settings, utc_now())
        self.archive.write_run(self.run)
        self.crawler.stats.set_value("wirearchive/run_id", self.run["id"])
        self.crawler.stats.set_value("wirearchive/warc_file", str(self.archive.path))

    def close_spider(self, spider=None):
        pass  # see from_crawler

    def spider_closed(self, spider, reason):
        if self.archive is None or self.run is None:
            return
        stats = self.crawler.stats.get_stats()
        self.archive.write_run(runrecord.finished(self.run, stats, reason, utc_now()))
        self.archive.close()
        self.archive = None

    def process_item(self, item, spider=None):
        assert self.archive is not None
        if item["kind"] == KIND_FOUND:  # found again for a conference: nothing fetched, the finding kept
            self.archive.write_found(item["url"], item["collected_for"], item.get("via"))
        elif item.get("status") is None:
            self.archive.write_failure(
                item["url"],
                item["error"],
                item["kind"],
                item.get("fetch_url"),
                collected_for=item.get("collected_for"),
                day=item.get("day"),
            )
        else:
            self.archive.write_response(
                url=item["url"],
                status=item["status"],
                headers=item["headers"],
                body=item["body"],
                kind=item["kind"],
                fetch_url=item.get("fetch_url"),
                error=item.get("error"),
                fetched_at=item.get("fetched_at"),
                collected_for=item.get("collected_for"),
                day=item.get("day"),
            )
        return item
