"""Run the spiders in this process: what ``wirearchive crawl`` and the demo call.

Scrapy's own log (its settings, every request worth a line, the closing stats) goes to the log file under
$WIREARCHIVE_DATA/logs, rotated (pipeline/logfiles.py); the terminal gets wirearchive's lines only: a count
every 50 pages archived and one summary per spider (crawlers/extensions.py). A Twisted reactor runs once per
process, so this runs once per process too: the tests and the scheduled runs start ``wirearchive crawl`` as
a subprocess. :func:`crawl_outcome` says in one line why a crawl that tried to fetch got nothing.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawlers.discovery.planner import Discovery
from crawlers.discovery.surfaces import check_sources, source_from
from crawlers.discovery.window import conference_window
from crawlers.failures import NETWORK, nothing_fetched_reason
from crawlers.runrecord import failed_hosts, new_id, outcome_counts
from crawlers.settings import contact_problem, user_agent
from crawlers.spiders.base import WireSpider
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
    conference: str | None = None  # the conference (and edition) a backfill crawl collected for
    reread: int = 0  # date-archive pages read again from the archive instead of fetched
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
    contact: str = "",
    redis_url: str = "",
) -> list[CrawlReport]:
    """Crawl and archive every page fetched under $WIREARCHIVE_DATA/raw; one report per spider run.

    The newest pages of ``sources`` (default: all), or with ``conference`` the coverage of one edition
    (``edition``: its year, default the latest) over its window (``window_before`` / ``window_after``
    days; default from conferences.toml) from every source that can reach it. ``jobs`` runs several such
    crawls one after the other in this process (the demo: today's news, then a backfill).
    ``sources_file`` adds or overrides sources (docs/crawling.md); ``sample_base`` sends every request to
    the local sample-site server at that URL; ``refetch`` fetches again what is archived already;
    ``max_list_pages`` caps the list pages walked per source. ``contact`` (an e-mail address or URL) goes
    in the user agent: required for the live sites. ``redis_url`` makes this process one worker of a
    distributed crawl (crawlers/distributed.py). Scrapy logs to ``log_file`` (default logs/crawl.log,
    appended, rotated); ``progress`` also shows wirearchive's own lines on stderr. ValueError for an
    unknown source or conference, a bad sources table, or a missing or malformed contact, before anything
    runs.
    """
    if jobs is None:
        jobs = [CrawlJob(tuple(sources), conference, edition, window_before, window_after)]
    for job in jobs:
        check_job(job, sources_file)
    problem = contact_problem(contact) if (contact or not sample_base) else None
    if problem:
        raise ValueError(problem)
    log_file = log_file or logs_dir() / "crawl.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    settings = crawl_settings(
        sample_base, refetch, max_list_pages, log_file, sources_file, contact=contact, redis_url=redis_url
    )

    from scrapy.crawler import CrawlerProcess

    _log_to(log_file, settings)
    if progress:
        _show_progress_on_stderr()
    process = CrawlerProcess(settings)
    batches = []
    for job in jobs:
        names, _ = reaching_sources(job, sources_file)
        crawlers = [(name, process.create_crawler(_spider_class(process, name, redis_url))) for name in names]
        batches.append((job, crawlers))
    _run_one_after_another(process, batches)
    return [
        _report(name, crawler.stats.get_stats(), job.label if job.conference else None)
        for job, crawlers in batches
        for name, crawler in crawlers
    ]


def _spider_class(process: Any, name: str, redis_url: str) -> Any:
    """The spider of source ``name`` (a built-in one, or the generic one for a source that exists only as
    a table of ``--sources-file``); in a distributed crawl, the same as a worker on the shared queue."""
    builtin = name in set(process.spider_loader.list())
    if not redis_url:
        return name if builtin else _table_spider(name)
    from crawlers.distributed import worker_class

    return worker_class(process.spider_loader.load(name) if builtin else _table_spider(name))


def _table_spider(name: str) -> type[WireSpider]:
    """A spider for a source that exists only as a table (``--sources-file``): the generic one, named."""
    return type(f"TableSpider_{name}", (WireSpider,), {"name": name, "__doc__": f"Source {name} (a table)."})


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
    with collector_tuned_for_crawling():
        process.start(stop_after_crawl=False)


# Python's cycle collector runs every 700 container allocations by default and then walks every tracked object
# of its generation; during a crawl Scrapy and Twisted allocate a few hundred containers a page, almost all
# freed by reference counting, so those runs found little and cost about 7 % of the crawl's CPU (docs/
# benchmarks.md, "Crawl"). Every 5,000 allocations, with start-up's objects (imports, settings, source tables)
# frozen out of its sight, it costs a few tens of milliseconds a crawl and still collects the cycles there are.
CRAWL_GC_THRESHOLD = (5000, 10, 10)


@contextmanager
def collector_tuned_for_crawling() -> Iterator[None]:
    """The cycle collector as a crawl wants it, and as it was afterwards (the process may do more)."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*CRAWL_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def crawl_settings(
    sample_base: str,
    refetch: bool,
    max_list_pages: int | None,
    log_file: Path,
    sources_file: Path | str | None = None,
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
    if sources_file:
        overrides["WIREARCHIVE_SOURCES_FILE"] = str(Path(sources_file).resolve())
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


def _report(source: str, stats: dict[str, Any], conference: str | None = None) -> CrawlReport:
    def by_kind(prefix: str) -> dict[str, int]:
        return {k[len(prefix) :]: v for k, v in sorted(stats.items()) if k.startswith(prefix)}

    counts = outcome_counts(stats)
    return CrawlReport(
        source=source,
        archived=by_kind("wirearchive/archived/"),
        errors=by_kind("wirearchive/errors/"),
        skipped=stats.get("wirearchive/skipped_archived", 0),
        reason=stats.get("finish_reason", ""),
        conference=conference,
        reread=stats.get("wirearchive/reread_from_archive", 0),
        fetched=counts["fetched"],
        failed=counts["failed_by_reason"],
        failed_hosts=failed_hosts(stats),
        robots_denied=counts["robots_denied"],
        run_id=stats.get("wirearchive/run_id", ""),
        warc_file=stats.get("wirearchive/warc_file", ""),
    )
