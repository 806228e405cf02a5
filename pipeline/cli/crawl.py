"""``wirearchive crawl``: options for crawlers.run.run_crawl, the lock, and the exit status."""

from __future__ import annotations

from contextlib import nullcontext

import click

from pipeline import config


@click.command()
@click.argument("sources", nargs=-1)
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
    contact: str,
    sample_base: str,
    refetch: bool,
    max_list_pages: int | None,
    redis_url: str,
) -> None:
    """Crawl SOURCES (default: all) and archive every page fetched as WARC under $WIREARCHIVE_DATA/raw.

    Polite (robots.txt, one request at a time per site, AutoThrottle, Retry-After) and incremental:
    articles already archived whole are skipped, so a crawl that was killed simply runs again. One crawl
    at a time per data folder. Every run writes a run record into the archive (`process` loads it into
    the crawl_runs table). Exits 1, with the reason on one line, when it fetched nothing it tried to fetch
    (a worker of a distributed crawl: when it could reach no site at all).
    Scrapy's log goes to $WIREARCHIVE_DATA/logs/crawl.log.

    \b
    Examples:
        wirearchive crawl --contact me@example.org chinanews    # the live site
        wirearchive crawl --sample-base http://127.0.0.1:8765   # the bundled sample sites
        wirearchive crawl --contact me@example.org --redis redis://10.0.0.5:6379/0   # one worker of many
    """
    from crawlers.settings import contact_problem
    from pipeline.catalog import load_sources
    from pipeline.lock import Busy, run_lock

    unknown = [name for name in sources if name not in load_sources()]
    if unknown:
        raise click.UsageError(f"unknown source(s): {', '.join(unknown)}")
    problem = contact_problem(contact) if (contact or not sample_base) else None
    if problem:
        raise click.UsageError(problem)
    log_file = config.logs_dir() / "crawl.log"
    where = f" (sample sites at {sample_base})" if sample_base else ""
    where += f" as a worker of {redis_url}" if redis_url else ""
    click.echo(f"crawling {', '.join(sources) or 'all sources'}{where}; log: {log_file}", err=True)
    # Two crawls on one data folder would fetch the same new articles twice; the workers of a distributed
    # crawl share a queue and a seen set instead, so they may share a data folder and take no lock.
    try:
        with nullcontext() if redis_url else run_lock("crawl"):
            from crawlers.run import crawl_outcome, run_crawl  # Scrapy: seconds to import; the lock first

            reports = run_crawl(
                sources,
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
