"""Run the spiders in this process: what ``wirearchive crawl`` and the demo call.

Scrapy's own log (its settings, every request worth a line, the closing stats) goes to the log file under
$WIREARCHIVE_DATA/logs; the terminal gets wirearchive's lines only: a count every 50 pages archived and one
summary per spider (crawlers/extensions.py). A Twisted reactor runs once per process, so this runs once per
process too: the tests and the scheduled runs start ``wirearchive crawl`` as a subprocess.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.catalog import load_sources
from pipeline.config import logs_dir, raw_dir

if TYPE_CHECKING:
    from scrapy.settings import Settings

PROGRESS_LOGGER = "wirearchive.crawl"  # the extension's lines: the only ones shown on the terminal


@dataclass
class CrawlReport:
    """What one spider did: pages archived by kind, those with an error, articles skipped as archived."""

    source: str
    archived: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    skipped: int = 0
    reason: str = ""


def unknown_sources(sources: Sequence[str]) -> list[str]:
    known = load_sources()
    return [name for name in sources if name not in known]


def run_crawl(
    sources: Sequence[str] = (),
    *,
    sample_base: str = "",
    refetch: bool = False,
    max_list_pages: int | None = None,
    log_file: Path | None = None,
    progress: bool = True,
) -> list[CrawlReport]:
    """Crawl ``sources`` (default: all) and archive every page fetched under $WIREARCHIVE_DATA/raw.

    ``sample_base`` sends every request to the local sample-site server at that URL instead of the live
    sites; ``refetch`` fetches again articles already archived whole; ``max_list_pages`` caps the list
    pages walked per source. Scrapy logs to ``log_file`` (default logs/crawl.log, appended); ``progress``
    also shows wirearchive's own lines on stderr. ValueError for an unknown source, before anything runs.
    """
    unknown = unknown_sources(sources)
    if unknown:
        known = ", ".join(load_sources())
        raise ValueError(f"unknown source(s): {', '.join(unknown)}; known: {known}")
    names = list(sources) or list(load_sources())
    log_file = log_file or logs_dir() / "crawl.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    settings = crawl_settings(sample_base, refetch, max_list_pages, log_file)

    from scrapy.crawler import CrawlerProcess

    root = logging.getLogger()
    for handler in root.handlers[:]:  # Scrapy installs its own root handler: the log file
        root.removeHandler(handler)
    if progress:
        _show_progress_on_stderr()
    process = CrawlerProcess(settings)
    crawlers = {name: process.create_crawler(name) for name in names}
    for crawler in crawlers.values():
        process.crawl(crawler)
    process.start()
    return [_report(name, crawler.stats.get_stats()) for name, crawler in crawlers.items()]


def crawl_settings(sample_base: str, refetch: bool, max_list_pages: int | None, log_file: Path) -> Settings:
    """The project's settings (crawlers/settings.py) with this run's options on top."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawlers.settings")
    from scrapy.utils.project import get_project_settings

    from crawlers.settings import sample_site_settings

    settings = get_project_settings()
    overrides: dict[str, object] = {
        "WIREARCHIVE_RAW_DIR": str(raw_dir()),
        "LOG_FILE": str(log_file),
        "LOG_FILE_APPEND": True,
    }
    if refetch:
        overrides["WIREARCHIVE_REFETCH"] = True
    if max_list_pages is not None:
        overrides["WIREARCHIVE_MAX_LIST_PAGES"] = max_list_pages
    if sample_base:
        overrides.update(sample_site_settings(sample_base))
    settings.setdict(overrides, priority="cmdline")
    return settings


def _show_progress_on_stderr() -> None:
    progress = logging.getLogger(PROGRESS_LOGGER)
    if not any(getattr(h, "wirearchive_progress", False) for h in progress.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("    %(message)s"))
        handler.wirearchive_progress = True  # type: ignore[attr-defined]
        progress.addHandler(handler)
    progress.setLevel(logging.INFO)


def _report(source: str, stats: dict[str, Any]) -> CrawlReport:
    def by_kind(prefix: str) -> dict[str, int]:
        return {k[len(prefix) :]: v for k, v in sorted(stats.items()) if k.startswith(prefix)}

    return CrawlReport(
        source=source,
        archived=by_kind("wirearchive/archived/"),
        errors=by_kind("wirearchive/errors/"),
        skipped=stats.get("wirearchive/skipped_archived", 0),
        reason=stats.get("finish_reason", ""),
    )
