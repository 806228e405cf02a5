"""``wirearchive crawl``: options for crawlers.run.run_crawl, the lock, and the exit status."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import click

from pipeline import config


@click.command()
@click.argument("sources", nargs=-1)
@click.option(
    "--conference",
    metavar="ID",
    help="Collect the coverage of this conference (an id of conferences.toml) instead of the newest pages.",
)
@click.option("--edition", type=int, metavar="YEAR", help="The edition to collect (default: the latest).")
@click.option(
    "--window-before",
    type=click.IntRange(min=0),
    metavar="DAYS",
    help="Days before the edition's start to collect (default: the conference's, else 21).",
)
@click.option(
    "--window-after",
    type=click.IntRange(min=0),
    metavar="DAYS",
    help="Days after the edition's end to collect (default: the conference's, else 7).",
)
@click.option(
    "--sources-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    envvar="WIREARCHIVE_SOURCES_FILE",
    help="A TOML file of extra or overriding sources, in the format of pipeline/data/sources.toml.",
)
@click.option(
    "--contact",
    envvar="WIREARCHIVE_CONTACT",
    default="",
    help="E-mail address or URL where site owners reach you, sent in the user agent. Required for the "
    "live sites. [env: WIREARCHIVE_CONTACT]",
)
@click.option(
    "--sample-base",
    envvar="WIREARCHIVE_SAMPLE_BASE",
    default="",
    help="Crawl the bundled sample sites served at this base URL instead of the live sites.",
)
@click.option("--refetch", is_flag=True, help="Fetch articles again even if already archived.")
@click.option("--max-list-pages", type=int, default=None, help="List pages to walk per source (default 20).")
@click.option(
    "--redis",
    "redis_url",
    envvar="WIREARCHIVE_REDIS_URL",
    default="",
    metavar="URL",
    help="Be one worker of a distributed crawl sharing its queue and seen URLs through this redis server "
    "(redis://HOST:PORT/DB); see docs/crawling.md. [env: WIREARCHIVE_REDIS_URL]",
)
def crawl(
    sources: tuple[str, ...],
    conference: str | None,
    edition: int | None,
    window_before: int | None,
    window_after: int | None,
    sources_file: Path | None,
    contact: str,
    sample_base: str,
    refetch: bool,
    max_list_pages: int | None,
    redis_url: str,
) -> None:
    """Crawl SOURCES (default: all) and archive every page fetched as WARC under $WIREARCHIVE_DATA/raw.

    Without --conference: the newest pages (list pages, feeds, recent sitemap entries). With
    --conference ID: one edition's coverage, backfilled from every source that can reach its window
    (date archives, site searches, topic pages, sitemaps by date); what is collected is tagged with the
    conference. Polite (robots.txt, one request at a time per site, AutoThrottle, Retry-After) and
    incremental: articles already archived (and old enough not to change) are skipped, so a crawl that was
    killed midway simply runs again. One crawl at a time per data folder. Every run writes a run record
    into the archive (`process` loads it into the crawl_runs table). Exits 1, with the reason on one line,
    when it fetched nothing it tried to fetch (a worker of a distributed crawl: when it could reach no site
    at all). Scrapy's log goes to $WIREARCHIVE_DATA/logs/crawl.log; the terminal shows a count every 50
    pages and a summary per source.

    \b
    Examples:
        wirearchive crawl --contact me@example.org chinanews    # the live site
        wirearchive crawl --contact me@example.org --conference china-internet-civilization-conference --edition 2022
        wirearchive crawl --sources-file my-sources.toml mysite   # a source added without code
        wirearchive crawl --sample-base http://127.0.0.1:8765   # the bundled sample sites
        wirearchive crawl --contact me@example.org --redis redis://10.0.0.5:6379/0   # one worker of many
    """
    from crawlers.run import CrawlJob, check_job, crawl_outcome, reaching_sources, run_crawl
    from crawlers.settings import contact_problem
    from pipeline.lock import Busy, run_lock

    if conference is None and (edition or window_before is not None or window_after is not None):
        raise click.UsageError("--edition and --window-before/--window-after need --conference")
    job = CrawlJob(sources, conference, edition, window_before, window_after)
    try:
        check_job(job, sources_file)
    except ValueError as err:
        raise click.UsageError(str(err)) from err
    problem = contact_problem(contact) if (contact or not sample_base) else None
    if problem:
        raise click.UsageError(problem)
    log_file = config.logs_dir() / "crawl.log"
    where = f" (sample sites at {sample_base})" if sample_base else ""
    where += f" as a worker of {redis_url}" if redis_url else ""
    if conference:
        reach, cannot = reaching_sources(job, sources_file)
        click.echo(f"collecting {job.label} from {', '.join(reach) or 'no source'}{where}", err=True)
        if cannot:
            click.echo(f"    no surface reaches that window: {', '.join(cannot)}", err=True)
    else:
        click.echo(f"crawling {', '.join(sources) or 'all sources'}{where}", err=True)
    click.echo(f"    log: {log_file}", err=True)
    # Two crawls on one data folder would fetch the same new articles twice; the workers of a distributed
    # crawl share a queue and a seen set instead, so they may share a data folder and take no lock.
    try:
        with nullcontext() if redis_url else run_lock("crawl"):
            reports = run_crawl(
                jobs=[job],
                sources_file=sources_file,
                sample_base=sample_base,
                refetch=refetch,
                max_list_pages=max_list_pages,
                log_file=log_file,
                contact=contact,
                redis_url=redis_url,
            )
    except Busy as busy:
        raise click.ClickException(str(busy)) from None
    failed = crawl_outcome(reports, worker=bool(redis_url))
    if failed:
        raise click.ClickException(failed)
