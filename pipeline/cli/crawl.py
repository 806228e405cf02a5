"""``wirearchive crawl``: options for crawlers.run.run_crawl."""

from __future__ import annotations

import click

from pipeline import config


@click.command()
@click.argument("sources", nargs=-1)
@click.option(
    "--sample-base",
    envvar="WIREARCHIVE_SAMPLE_BASE",
    default="",
    help="Crawl the bundled sample sites served at this base URL instead of the live sites.",
)
@click.option("--refetch", is_flag=True, help="Fetch articles again even if already archived.")
@click.option("--max-list-pages", type=int, default=None, help="List pages to walk per source (default 20).")
def crawl(sources: tuple[str, ...], sample_base: str, refetch: bool, max_list_pages: int | None) -> None:
    """Crawl SOURCES (default: all) and archive every page fetched as WARC under $WIREARCHIVE_DATA/raw.

    Incremental and resumable: articles already archived whole are skipped, so a crawl that was
    killed midway simply runs again. Scrapy's log goes to $WIREARCHIVE_DATA/logs/crawl.log; the
    terminal shows a count every 50 pages and a summary per source.

    \b
    Examples:
        wirearchive crawl chinanews                 # the live site (polite: robots.txt, AutoThrottle)
        wirearchive crawl --sample-base http://127.0.0.1:8765   # the bundled sample sites
    """
    from crawlers.run import run_crawl, unknown_sources

    unknown = unknown_sources(sources)
    if unknown:
        raise click.UsageError(f"unknown source(s): {', '.join(unknown)}")
    log_file = config.logs_dir() / "crawl.log"
    where = f" (sample sites at {sample_base})" if sample_base else ""
    click.echo(f"crawling {', '.join(sources) or 'all sources'}{where}; log: {log_file}", err=True)
    run_crawl(
        sources, sample_base=sample_base, refetch=refetch, max_list_pages=max_list_pages, log_file=log_file
    )
