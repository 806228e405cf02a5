"""Run the spiders in this process: what ``wirearchive crawl`` and the demo call.

Scrapy's own log (its settings, every request worth a line, the closing stats) goes to the log file under
$WIREARCHIVE_DATA/logs, rotated (pipeline/logfiles.py); the terminal gets wirearchive's lines only: a count
every 50 pages archived and one summary per spider (crawlers/extensions.py). A Twisted reactor runs once per
process, so this runs once per process too: the tests and the scheduled runs start ``wirearchive crawl`` as
a subprocess. :func:`crawl_outcome` says in one line why a crawl that tried to fetch got nothing.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawlers.failures import NETWORK, nothing_fetched_reason
from crawlers.runrecord import failed_hosts, new_id, outcome_counts
from crawlers.settings import contact_problem, user_agent
from pipeline.catalog import load_sources
from pipeline.config import logs_dir, raw_dir
from pipeline.logfiles import rotating_handler

if TYPE_CHECKING:
    from scrapy.settings import Settings

PROGRESS_LOGGER = "wirearchive.crawl"  # the extension's lines: the only ones shown on the terminal


@dataclass
class CrawlReport:
    """What one spider did: pages archived by kind, those with an error, articles skipped as archived;
    pages fetched whole, failures by reason (and their hosts), URLs robots.txt kept us from."""

    source: str
    archived: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    skipped: int = 0
    reason: str = ""
    fetched: int = 0
    failed: dict[str, int] = field(default_factory=dict)
    failed_hosts: dict[str, set[str]] = field(default_factory=dict)
    robots_denied: int = 0
    run_id: str = ""
    warc_file: str = ""

    @property
    def tried(self) -> int:
        return self.fetched + sum(self.failed.values()) + self.robots_denied


def crawl_outcome(reports: Sequence[CrawlReport], worker: bool = False) -> str | None:
    """None when the crawl fetched something (or had nothing to try), else one line saying why not.

    A ``worker`` of a distributed crawl fails only when it could reach no site at all: the pages it got
    from the shared queue may all have been ones that fail (a 404, a retry), while the crawl went well.
    """
    if not any(r.tried for r in reports) or any(r.fetched for r in reports):
        return None
    failed: dict[str, int] = {}
    hosts: dict[str, set[str]] = {}
    for report in reports:
        for category, count in report.failed.items():
            failed[category] = failed.get(category, 0) + count
            hosts.setdefault(category, set()).update(report.failed_hosts.get(category, set()))
    if worker and not (failed and set(failed) <= NETWORK):
        return None
    return nothing_fetched_reason(failed, hosts, sum(r.robots_denied for r in reports))


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
    contact: str = "",
    redis_url: str = "",
) -> list[CrawlReport]:
    """Crawl ``sources`` (default: all) and archive every page fetched under $WIREARCHIVE_DATA/raw.

    ``sample_base`` sends every request to the local sample-site server at that URL instead of the live
    sites; ``refetch`` fetches again articles already archived whole; ``max_list_pages`` caps the list
    pages walked per source. ``contact`` (an e-mail address or URL) goes in the user agent: required for
    the live sites. ``redis_url`` makes this process one worker of a distributed crawl (crawlers/distributed.py).
    Scrapy logs to ``log_file`` (default logs/crawl.log, appended, rotated); ``progress`` also shows
    wirearchive's own lines on stderr. ValueError for an unknown source or a missing or malformed contact,
    before anything runs.
    """
    unknown = unknown_sources(sources)
    if unknown:
        known = ", ".join(load_sources())
        raise ValueError(f"unknown source(s): {', '.join(unknown)}; known: {known}")
    problem = contact_problem(contact) if (contact or not sample_base) else None
    if problem:
        raise ValueError(problem)
    names = list(sources) or list(load_sources())
    log_file = log_file or logs_dir() / "crawl.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    settings = crawl_settings(
        sample_base, refetch, max_list_pages, log_file, contact=contact, redis_url=redis_url
    )

    from scrapy.crawler import CrawlerProcess

    _log_to(log_file, settings)
    if progress:
        _show_progress_on_stderr()
    process = CrawlerProcess(settings)
    crawlers = {name: process.create_crawler(_spider_class(process, name, redis_url)) for name in names}
    for crawler in crawlers.values():
        process.crawl(crawler)
    process.start()
    return [_report(name, crawler.stats.get_stats()) for name, crawler in crawlers.items()]


def _spider_class(process: Any, name: str, redis_url: str) -> Any:
    """The spider of source ``name``; in a distributed crawl, the same as a worker on the shared queue."""
    if not redis_url:
        return name
    from crawlers.distributed import worker_class

    return worker_class(process.spider_loader.load(name))


def _log_to(log_file: Path, settings: Settings) -> None:
    """Scrapy's log (and wirearchive's) into ``log_file``, rotated. Scrapy's own root handler is a plain
    FileHandler that each crawler installs again (LOG_INSTALL_ROOT_HANDLER is off: this one stays)."""
    root = logging.getLogger()
    for handler in root.handlers[:]:  # the command line's handler: the terminal gets wirearchive's lines only
        root.removeHandler(handler)
    root.setLevel(logging.NOTSET)
    handler = rotating_handler(log_file)
    handler.setLevel(settings["LOG_LEVEL"])
    handler.setFormatter(logging.Formatter(settings["LOG_FORMAT"], settings["LOG_DATEFORMAT"]))
    root.addHandler(handler)


def crawl_settings(
    sample_base: str,
    refetch: bool,
    max_list_pages: int | None,
    log_file: Path,
    contact: str = "",
    redis_url: str = "",
) -> Settings:
    """The project's settings (crawlers/settings.py) with this run's options on top."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawlers.settings")
    from scrapy.utils.project import get_project_settings

    from crawlers.settings import sample_site_settings

    settings = get_project_settings()
    overrides: dict[str, object] = {
        "WIREARCHIVE_RAW_DIR": str(raw_dir()),
        "LOG_FILE": str(log_file),  # for the record: crawlers.run._log_to writes it
        "LOG_INSTALL_ROOT_HANDLER": False,
        "USER_AGENT": user_agent(contact),
        "WIREARCHIVE_CONTACT": contact,
        "WIREARCHIVE_CRAWL_ID": new_id(),
    }
    if refetch:
        overrides["WIREARCHIVE_REFETCH"] = True
    if max_list_pages is not None:
        overrides["WIREARCHIVE_MAX_LIST_PAGES"] = max_list_pages
    if sample_base:
        overrides.update(sample_site_settings(sample_base))
    settings.setdict(overrides, priority="cmdline")
    if redis_url:
        from crawlers.distributed import redis_settings

        per_site = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        worker = redis_settings(redis_url, settings.getdict("SPIDER_MIDDLEWARES"), per_site)
        settings.setdict(worker, priority="cmdline")
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

    counts = outcome_counts(stats)
    return CrawlReport(
        source=source,
        archived=by_kind("wirearchive/archived/"),
        errors=by_kind("wirearchive/errors/"),
        skipped=stats.get("wirearchive/skipped_archived", 0),
        reason=stats.get("finish_reason", ""),
        fetched=counts["fetched"],
        failed=counts["failed_by_reason"],
        failed_hosts=failed_hosts(stats),
        robots_denied=counts["robots_denied"],
        run_id=stats.get("wirearchive/run_id", ""),
        warc_file=stats.get("wirearchive/warc_file", ""),
    )
