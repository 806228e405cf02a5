"""Item pipeline: write every fetched page to the WARC archive, before anything parses it."""

from __future__ import annotations

from pathlib import Path

from pipeline.archive import WarcArchive
from pipeline.archive.warc import KIND_FOUND


class WarcArchivePipeline:
    def __init__(self, raw_dir: str, crawler=None):
        self.raw_dir = Path(raw_dir)
        self.crawler = crawler
        self.archive: WarcArchive | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("WIREARCHIVE_RAW_DIR"), crawler)

    def open_spider(self, spider=None):
        # Scrapy >= 2.14 calls this without the spider; the crawler knows it.
        spider = spider or self.crawler.spider
        self.archive = WarcArchive(self.raw_dir, spider.name)

    def close_spider(self, spider=None):
        if self.archive:
            self.archive.close()

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
