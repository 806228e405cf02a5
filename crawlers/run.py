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

from crawlers.discovery.planner import Discovery
from crawlers.discovery.surfaces import check_sources, source_from
from crawlers.discovery.window import conference_window
from crawlers.spiders.base import WireSpider
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
    conference: str | None = None  # the conference (and edition) a backfill crawl collected for
    reread: int = 0  # date-archive pages read again from the archive instead of fetched


@dataclass(frozen=True)
class CrawlJob:
    """One crawl: the newest pages of ``sources`` (default: all), or one conference edition's coverage."""

    sources: tuple[str, ...] = ()
    conference: str | None = None
    edition: int | None = None
    window_before: int | None = None
    window_after: int | None = None

    def spider_args(self) -> dict[str, Any]:
        if not self.conference:
            return {}
        args = {"conference": self.conference, "edition": self.edition}
        args |= {"window_before": self.window_before, "window_after": self.window_after}
        return {k: v for k, v in args.items() if v is not None}

    @property
    def label(self) -> str:
        if not self.conference:
            return "newest"
        window, edition = conference_window(
            self.conference, self.edition, self.window_before, self.window_after
        )
        return f"{self.conference} {edition['year']} ({window})"


def unknown_sources(sources: Sequence[str], sources_file: Path | str | None = None) -> list[str]:
    known = load_sources(sources_file)
    return [name for name in sources if name not in known]


def reaching_sources(job: CrawlJob, sources_file: Path | str | None = None) -> tuple[list[str], list[str]]:
    """The sources of ``job`` that have a surface reaching its window, and those that have none."""
    tables = load_sources(sources_file)
    names = list(job.sources) or list(tables)
    if not job.conference:
        return names, []
    window, edition = conference_window(job.conference, job.edition, job.window_before, job.window_after)
    reach = []
    for name in names:
        source = source_from(name, tables[name])
        plan = Discovery(source, job.conference, edition, window.in_zone(source.tz))
        if plan.first_fetches():
            reach.append(name)
    return reach, [n for n in names if n not in reach]


def check_job(job: CrawlJob, sources_file: Path | str | None = None) -> None:
    """ValueError, before anything runs, for an unknown source or conference or a bad sources table."""
    tables = load_sources(sources_file)
    unknown = unknown_sources(job.sources, sources_file)
    if unknown:
        raise ValueError(f"unknown source(s): {', '.join(unknown)}; known: {', '.join(tables)}")
    problems = check_sources({n: tables[n] for n in job.sources or tables})
    if problems:
        raise ValueError("sources: " + "; ".join(problems))
    if job.conference:
        conference_window(job.conference, job.edition, job.window_before, job.window_after)


def run_crawl(
    sources: Sequence[str] = (),
    *,
    conference: str | None = None,
    edition: int | None = None,
    window_before: int | None = None,
    window_after: int | None = None,
    jobs: Sequence[CrawlJob] | None = None,
    sources_file: Path | str | None = None,
    sample_base: str = "",
    refetch: bool = False,
    max_list_pages: int | None = None,
    log_file: Path | None = None,
    progress: bool = True,
) -> list[CrawlReport]:
    """Crawl and archive every page fetched under $WIREARCHIVE_DATA/raw; one report per spider run.

    The newest pages of ``sources`` (default: all), or with ``conference`` the coverage of one edition
    (``edition``: its year, default the latest) over its window (``window_before`` / ``window_after``
    days; default from conferences.toml) from every source that can reach it. ``jobs`` runs several such
    crawls one after the other in this process (the demo: today's news, then a backfill).
    ``sources_file`` adds or overrides sources (docs/crawling.md); ``sample_base`` sends every request to
    the local sample-site server at that URL; ``refetch`` fetches again what is archived already;
    ``max_list_pages`` caps the list pages walked per source. Scrapy logs to ``log_file`` (default
    logs/crawl.log, appended); ``progress`` also shows wirearchive's own lines on stderr.
    ValueError for an unknown source or conference, or a bad sources table, before anything runs.
    """
    if jobs is None:
        jobs = [CrawlJob(tuple(sources), conference, edition, window_before, window_after)]
    for job in jobs:
        check_job(job, sources_file)
    log_file = log_file or logs_dir() / "crawl.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    settings = crawl_settings(sample_base, refetch, max_list_pages, log_file, sources_file)

    from scrapy.crawler import CrawlerProcess

    root = logging.getLogger()
    for handler in root.handlers[:]:  # Scrapy installs its own root handler: the log file
        root.removeHandler(handler)
    if progress:
        _show_progress_on_stderr()
    process = CrawlerProcess(settings)
    builtin = set(process.spider_loader.list())
    batches = []
    for job in jobs:
        names, _ = reaching_sources(job, sources_file)
        crawlers = [
            (name, process.create_crawler(name if name in builtin else _table_spider(name))) for name in names
        ]
        batches.append((job, crawlers))
    _run_one_after_another(process, batches)
    return [
        _report(name, crawler.stats.get_stats(), job.label if job.conference else None)
        for job, crawlers in batches
        for name, crawler in crawlers
    ]


def _table_spider(name: str) -> type[WireSpider]:
    """A spider for a source that exists only as a table (``--sources-file``): the generic one, named."""
    return type(f"TableSpider_{name}", (WireSpider,), {"name": name, "__doc__": f"Source {name} (a table)."})


def _run_one_after_another(process: Any, batches: list[tuple[CrawlJob, list[tuple[str, Any]]]]) -> None:
    """Each job's spiders together, the jobs in order, in this process's one reactor."""
    from scrapy.utils.reactor import install_reactor

    # The reactor the settings name, installed before anything imports Twisted's default one.
    install_reactor(process.settings["TWISTED_REACTOR"], process.settings["ASYNCIO_EVENT_LOOP"])
    from twisted.internet import defer, reactor

    @defer.inlineCallbacks
    def run_all():
        try:
            for job, crawlers in batches:
                yield defer.DeferredList(
                    [process.crawl(crawler, **job.spider_args()) for _, crawler in crawlers]
                )
        finally:
            if reactor.running:
                reactor.stop()  # type: ignore[misc]  # twisted.internet.reactor is typed as a module

    if not any(crawlers for _, crawlers in batches):
        return
    reactor.callWhenRunning(run_all)
    process.start(stop_after_crawl=False)


def crawl_settings(
    sample_base: str,
    refetch: bool,
    max_list_pages: int | None,
    log_file: Path,
    sources_file: Path | str | None = None,
) -> Settings:
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
    if sources_file:
        overrides["WIREARCHIVE_SOURCES_FILE"] = str(Path(sources_file).resolve())
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


def _report(source: str, stats: dict[str, Any], conference: str | None = None) -> CrawlReport:
    def by_kind(prefix: str) -> dict[str, int]:
        return {k[len(prefix) :]: v for k, v in sorted(stats.items()) if k.startswith(prefix)}

    return CrawlReport(
        source=source,
        archived=by_kind("wirearchive/archived/"),
        errors=by_kind("wirearchive/errors/"),
        skipped=stats.get("wirearchive/skipped_archived", 0),
        reason=stats.get("finish_reason", ""),
        conference=conference,
        reread=stats.get("wirearchive/reread_from_archive", 0),
    )
