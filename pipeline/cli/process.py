"""``wirearchive process``: options for pipeline.runner.process_archive."""

from __future__ import annotations

import click

from pipeline import config
from pipeline.cli.logs import log_to_file


@click.command()
@click.option("--source", help="Only this source.")
@click.option("--force", is_flag=True, help="Process again articles already processed by this version.")
@click.option("--limit", type=int, help="Process at most N articles (for trying things out).")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Translation worker processes (one inference thread each).",
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
def process(source: str | None, force: bool, limit: int | None, workers: int, quiet: bool) -> None:
    """Run the pipeline over the raw archive into the database (idempotent, resumable).

    Articles already processed by this version from the same raw page are skipped; Ctrl-C keeps every
    article saved so far and every translation made, and the next run goes on from there. The crawls' run
    records are loaded into the crawl_runs table. Exits 1, saying why, when no article could be stored.
    """
    from pipeline.runner import process_archive

    log_file = log_to_file("process")
    summary = process_archive(source=source, force=force, progress=not quiet, limit=limit, workers=workers)
    with open(log_file, "a", encoding="utf-8") as log:  # the summary table, for the scheduled runs' record
        for line in summary.lines():
            click.echo(line)
            log.write(line + "\n")
    for src, errors in sorted(summary.errors.items()):
        for error in errors:
            click.echo(f"  failed [{src}] {error}", err=True)
    click.echo(f"database: {config.db_path()}; log: {log_file}")
    why = summary.nothing_stored_reason(config.raw_dir())
    if why:
        raise click.ClickException(why)
