"""The ``wirearchive`` command: click parses the options and calls one library function per command.

One module per command group (extract, crawl, process, search, serve, schedule, models); the work itself
lives in the library: pipeline.runner, crawlers.run, pipeline.store, pipeline.serve, pipeline.schedule,
pipeline.stages.translate.models. Heavy imports happen inside the commands, so ``--help`` stays fast.
"""

from __future__ import annotations

import logging

import click

from pipeline import __version__, config
from pipeline.cli.crawl import crawl
from pipeline.cli.extract import extract
from pipeline.cli.models import models
from pipeline.cli.process import process
from pipeline.cli.schedule import schedule
from pipeline.cli.search import search
from pipeline.cli.serve import publish, serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirearchive")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
def cli(verbose: bool) -> None:
    """wirearchive: crawl news-wire coverage of conferences, extract, translate and publish it.

    Everything is written under $WIREARCHIVE_DATA (default ./data): the database wirearchive.db, the raw
    WARC archive raw/, translation models models/, logs logs/.
    """
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )
    config.keep_writes_in_data_dir()


for command in (extract, crawl, process, search, serve, publish, schedule, models):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="wirearchive")


if __name__ == "__main__":
    main()
