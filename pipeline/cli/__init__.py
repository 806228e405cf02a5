"""The ``wirearchive`` command: a thin click layer over the pipeline package."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import click

from pipeline import __version__, config


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )


def _log_to_file(name: str) -> Path:
    """Also keep this command's log in $WIREARCHIVE_DATA/logs/<name>.log (appended, timestamped)."""
    config.logs_dir().mkdir(parents=True, exist_ok=True)
    path = config.logs_dir() / f"{name}.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.INFO)  # Scrapy's DEBUG lines would print every page fetched
    handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return path


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirearchive")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
def cli(verbose: bool) -> None:
    """wirearchive: crawl news-wire coverage of conferences, extract, translate and publish it.

    Everything is written under $WIREARCHIVE_DATA (default ./data): the database wirearchive.db, the raw
    WARC archive raw/, translation models models/, logs logs/.
    """
    _setup_logging(verbose)
    config.keep_writes_in_data_dir()


@cli.command()
@click.argument("page", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", help="The page's URL (used to pick the site's rules).")
@click.option("--published", help="Publication date (ISO 8601) when the page does not give it.")
@click.option("--no-translate", is_flag=True, help="Skip translation (faster).")
def extract(page: Path, url: str | None, published: str | None, no_translate: bool) -> None:
    """Extract one article from PAGE (.html bytes in any encoding, or .txt) and print it as JSON.

    \b
    Example:
        wirearchive extract page.html --url https://www.news.cn/politics/20261119/ab.../c.html
    Exit status is 0 even for a bad page ("error" says why); 2 for bad usage.
    """
    from pipeline.runner import STAGES, process_record, record_from_file

    logging.getLogger().setLevel(logging.WARNING)  # stdout is for the JSON only
    record = record_from_file(page, url=url, published=published)
    stages = [s for s in STAGES if not (no_translate and s.name == "translate")]
    record = process_record(record, stages)
    if no_translate and record.translation_status is None:
        record.translation_status = "not translated: --no-translate given"
    click.echo(json.dumps(record.to_contract(), ensure_ascii=False, indent=2))


@cli.command()
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
    killed midway simply runs again.

    \b
    Examples:
        wirearchive crawl chinanews                 # the live site (polite: robots.txt, AutoThrottle)
        wirearchive crawl --sample-base http://127.0.0.1:8765   # the bundled sample sites
    """
    if sample_base:
        os.environ["WIREARCHIVE_SAMPLE_BASE"] = sample_base
    if refetch:
        os.environ["WIREARCHIVE_REFETCH"] = "1"
    if max_list_pages is not None:
        os.environ["WIREARCHIVE_MAX_LIST_PAGES"] = str(max_list_pages)
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawlers.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from pipeline.catalog import load_sources

    known = list(load_sources())
    unknown = [s for s in sources if s not in known]
    if unknown:
        raise click.UsageError(f"unknown source(s): {', '.join(unknown)}; known: {', '.join(known)}")
    settings = get_project_settings()
    for handler in logging.getLogger().handlers[:]:  # Scrapy installs its own console handler
        logging.getLogger().removeHandler(handler)
    process = CrawlerProcess(settings)
    log_file = _log_to_file("crawl")  # after CrawlerProcess, which resets the root logger's handlers
    for name in sources or known:
        process.crawl(name)
    click.echo(
        f"crawling {', '.join(sources or known)}"
        f"{' (sample sites at ' + sample_base + ')' if sample_base else ''}; log: {log_file}",
        err=True,
    )
    process.start()


@cli.command()
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
    article saved so far and every translation made, and the next run goes on from there.
    """
    from pipeline.runner import process_archive

    log_file = _log_to_file("process")
    summary = process_archive(source=source, force=force, progress=not quiet, limit=limit, workers=workers)
    with open(log_file, "a", encoding="utf-8") as log:  # the summary table, for the scheduled runs' record
        for line in summary.lines():
            click.echo(line)
            log.write(line + "\n")
    for src, errors in sorted(summary.errors.items()):
        for error in errors:
            click.echo(f"  failed [{src}] {error}", err=True)
    click.echo(f"database: {config.db_path()}; log: {log_file}")
    if (
        sum(summary.fetched.values())
        and not sum(summary.stored.values())
        and not sum(summary.skipped.values())
    ):
        raise click.ClickException("nothing could be stored")


@cli.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True)
def search(query: str, limit: int) -> None:
    """Search the archive: Chinese substrings (文明) and English words, originals and translations."""
    from pipeline.store import Store

    store = Store(config.db_path())
    try:
        rows = store.search(query, limit)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    for row in rows:
        click.echo(f"{row['lang'] or '?':3} {row['title'] or row['title_en'] or '(no title)'}  {row['url']}")
    if not rows:
        click.echo("no match", err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True)
@click.option(
    "--immutable",
    is_flag=True,
    help="Serve a finished snapshot: faster, and the database file can be downloaded. "
    "Do not write to the archive (crawl, process) while it is served so.",
)
def serve(host: str, port: int, immutable: bool) -> None:
    """Serve the archive with Datasette (read-only) on http://HOST:PORT."""
    args = datasette_args(config.db_path(), host, port, immutable=immutable)
    click.echo(f"serving {config.db_path()} on http://{host}:{port}/", err=True)
    os.execvp(args[0], args)


def datasette_options() -> dict[str, Any]:
    """Where the archive's Datasette configuration lives: for the server and for in-process tests."""
    root = config.PROJECT_DIR
    return {
        "metadata": root / "metadata.json",
        "template_dir": root / "datasette" / "templates",
        "plugins_dir": root / "datasette" / "plugins",
        "static_mounts": [("static", root / "datasette" / "static")],
        "settings": {"sql_time_limit_ms": 3000, "default_page_size": 50},
    }


def datasette_args(database: Path, host: str, port: int, immutable: bool = False) -> list[str]:
    if not database.exists():
        from pipeline.store import Store

        Store(database).close()  # an empty archive with the documented schema
    options = datasette_options()
    exe = Path(sys.executable).with_name("datasette")
    args = [str(exe) if exe.exists() else "datasette", "serve"]
    args += ["-i", str(database)] if immutable else [str(database)]
    args += ["--metadata", str(options["metadata"]), "--template-dir", str(options["template_dir"])]
    args += ["--plugins-dir", str(options["plugins_dir"])]
    for mount, folder in options["static_mounts"]:
        args += ["--static", f"{mount}:{folder}"]
    args += ["--host", host, "--port", str(port)]
    for name, value in options["settings"].items():
        args += ["--setting", name, str(value)]
    return args


@cli.command()
@click.option("--port", default=0, show_default=True, help="0 picks a free port.")
@click.option("--delay", default=0.0, help="Seconds to wait before each response (to test resuming).")
@click.option("--port-file", type=click.Path(path_type=Path), help="Write the base URL to this file.")
def samples(port: int, delay: float, port_file: Path | None) -> None:
    """Serve the bundled sample sites on 127.0.0.1 (for the demo and the tests)."""
    from samples.server import serve as serve_samples

    serve_samples(port=port, delay=delay, port_file=port_file)


@cli.command()
@click.option("--port", default=8001, show_default=True, help="Datasette port.")
@click.option("--no-serve", is_flag=True, help="Stop after building the archive.")
@click.option(
    "--test-model",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Install this .argosmodel first (e.g. the tiny fixture model in ../shared/models).",
)
def demo(port: int, no_serve: bool, test_model: Path | None) -> None:
    """Build the archive from the bundled sample sites, offline, and serve it."""
    from pipeline.runner import process_archive
    from samples.server import SampleSiteServer

    server = SampleSiteServer(port=0)
    server.start_background()
    click.echo(f"1/3 sample sites served at {server.base_url} (chinanews, xinhua, xinhua_en copies)")
    env = dict(os.environ, WIREARCHIVE_SAMPLE_BASE=server.base_url)
    exe = Path(sys.executable).with_name("wirearchive")
    from urllib.parse import urlsplit

    from pipeline.catalog import load_sources
    from samples.server import SAMPLES_DIR

    # the sources that have a sample site (the others would only meet 404s on the local server)
    sampled = [
        name
        for name, src in load_sources().items()
        if any(
            (SAMPLES_DIR / "sites" / (urlsplit(u).hostname or "")).is_dir() for u in src.get("start_urls", [])
        )
    ]
    crawl_cmd = [str(exe) if exe.exists() else "wirearchive", "crawl", *sampled]
    click.echo(f"2/3 crawling the sample sites into {config.raw_dir()} ...")
    subprocess.run(crawl_cmd, env=env, check=True)
    server.shutdown()
    if test_model:
        from pipeline.stages.translate.models import install_model

        info = install_model(test_model)
        click.echo(
            f"    installed translation model {info.label}: a TEST model that knows only its training "
            "sentences; other text (most titles) comes out as nonsense. Real models: make models"
        )
    click.echo(f"3/3 processing the archive into {config.db_path()} ...")
    summary = process_archive()
    for line in summary.lines():
        click.echo("    " + line)
    for src, errors in sorted(summary.errors.items()):
        for error in errors:
            click.echo(f"    recorded with error [{src}] {error}")
    if no_serve:
        return
    click.echo(f"\nThe archive is at http://127.0.0.1:{port}/  (Ctrl-C to stop)")
    click.echo(f"  search in Chinese:  http://127.0.0.1:{port}/search?q=王建国")
    click.echo(f"  search in English:  http://127.0.0.1:{port}/search?q=Wang+Jianguo")
    click.echo(
        f"  a conference:       http://127.0.0.1:{port}/wirearchive/conferences/lakeside-digital-culture-forum-2026"
    )
    click.echo(f"  who was there:      http://127.0.0.1:{port}/wirearchive/people_by_conference")
    click.echo(f"  failed pages:       http://127.0.0.1:{port}/wirearchive/failed_pages")
    # a finished snapshot: served immutable, so the database file can be downloaded too
    args = datasette_args(config.db_path(), "127.0.0.1", port, immutable=True)
    os.execvp(args[0], args)


@cli.command()
@click.option("--every", default="6h", show_default=True, help="Interval: Nh (hours) or Nm (minutes).")
@click.option("--install", is_flag=True, help="Add the line to the current user's crontab.")
def schedule(every: str, install: bool) -> None:
    """Print (or install) a cron line that crawls and processes incrementally, with logs and a lock."""
    root = config.PROJECT_DIR
    match = re.fullmatch(r"([1-9][0-9]*)([hm])", every.strip())
    if match is None:
        raise click.BadParameter("use Nh (hours) or Nm (minutes), e.g. 6h", param_hint="--every")
    amount, unit = match.groups()
    timing = f"0 */{amount} * * *" if unit == "h" else f"*/{amount} * * * *"
    log = config.logs_dir() / "scheduled.log"
    line = (
        f"{timing} cd {root} && flock -n {config.data_dir()}/.crawl.lock "
        f"make crawl process WIREARCHIVE_DATA={config.data_dir()} >> {log} 2>&1"
    )
    click.echo(line)
    if install:
        current = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
        if line not in current:
            subprocess.run(["crontab", "-"], input=current + line + "\n", text=True, check=True)
        click.echo("installed in crontab", err=True)


def _register_optional_groups() -> None:
    try:
        from pipeline.cli.models import models
    except ImportError:
        return
    cli.add_command(models, "models")


_register_optional_groups()


def main() -> None:
    cli(prog_name="wirearchive")


if __name__ == "__main__":
    main()
