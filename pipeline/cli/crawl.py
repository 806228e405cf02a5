"""``wirearchive crawl``: options for crawlers.run.run_crawl."""

from __future__ import annotations

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
    "--sample-base",
    envvar="WIREARCHIVE_SAMPLE_BASE",
    default="",
    help="Crawl the bundled sample sites served at this base URL instead of the live sites.",
)
@click.option("--refetch", is_flag=True, help="Fetch articles again even if already archived.")
@click.option("--max-list-pages", type=int, default=None, help="List pages to walk per source (default 20).")
def crawl(
    sources: tuple[str, ...],
    conference: str | None,
    edition: int | None,
    window_before: int | None,
    window_after: int | None,
    sources_file: Path | None,
    sample_base: str,
    refetch: bool,
    max_list_pages: int | None,
) -> None:
    """Crawl SOURCES (default: all) and archive every page fetched as WARC under $WIREARCHIVE_DATA/raw.

    Without --conference: the newest pages (list pages, feeds, recent sitemap entries). With
    --conference ID: one edition's coverage, backfilled from every source that can reach its window
    (date archives, site searches, topic pages, sitemaps by date); what is collected is tagged with the
    conference. Incremental and resumable: articles already archived (and old enough not to change) are
    skipped, so a crawl that was killed midway simply runs again. Scrapy's log goes to
    $WIREARCHIVE_DATA/logs/crawl.log; the terminal shows a count every 50 pages and a summary per source.

    \b
    Examples:
        wirearchive crawl chinanews                 # the live site (polite: robots.txt, AutoThrottle)
        wirearchive crawl --conference china-internet-civilization-conference --edition 2022
        wirearchive crawl --sources-file my-sources.toml mysite   # a source added without code
        wirearchive crawl --sample-base http://127.0.0.1:8765   # the bundled sample sites
    """
    from crawlers.run import CrawlJob, check_job, reaching_sources, run_crawl

    if conference is None and (edition or window_before is not None or window_after is not None):
        raise click.UsageError("--edition and --window-before/--window-after need --conference")
    job = CrawlJob(sources, conference, edition, window_before, window_after)
    try:
        check_job(job, sources_file)
    except ValueError as err:
        raise click.UsageError(str(err)) from err
    log_file = config.logs_dir() / "crawl.log"
    where = f" (sample sites at {sample_base})" if sample_base else ""
    if conference:
        reach, cannot = reaching_sources(job, sources_file)
        click.echo(f"collecting {job.label} from {', '.join(reach) or 'no source'}{where}", err=True)
        if cannot:
            click.echo(f"    no surface reaches that window: {', '.join(cannot)}", err=True)
    else:
        click.echo(f"crawling {', '.join(sources) or 'all sources'}{where}", err=True)
    click.echo(f"    log: {log_file}", err=True)
    run_crawl(
        jobs=[job],
        sources_file=sources_file,
        sample_base=sample_base,
        refetch=refetch,
        max_list_pages=max_list_pages,
        log_file=log_file,
    )
