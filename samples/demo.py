"""The demo (``make demo``): crawl the bundled sample sites offline, process them, serve the archive.

Two crawls, one after the other: today's news (the fictional 2026 Lakeside forum, from the sites' list
pages and feeds), then a backfill of a past conference, the 2022 Tianjin edition of the China Internet
Civilization Conference, from the sites' date archives, searches, topic page and sitemap (invented
articles about a real conference: each says so). samples/sources.toml describes the sample sites' extra
surfaces, read as ``wirearchive crawl --sources-file`` reads it.

    python -m samples.demo [--port 8001] [--test-model FILE.argosmodel] [--no-serve]

It lives beside the sample sites because it needs them, and they exist only in a source checkout, not in
an installed wirearchive. Each step is the library function the ``wirearchive`` commands call:
crawlers.run.run_crawl, pipeline.stages.translate.models.install_model, pipeline.runner.process_archive,
pipeline.serve.serve. The terminal gets a short summary; Scrapy's and the pipeline's logs go to
$WIREARCHIVE_DATA/logs/demo.log.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

from pipeline import config
from pipeline.catalog import load_sources
from pipeline.serve import port_in_use
from samples.server import SAMPLES_DIR, SampleSiteServer

HOST = "127.0.0.1"
SAMPLE_SOURCES = SAMPLES_DIR / "sources.toml"
BACKFILL = ("china-internet-civilization-conference", 2022)  # a past edition, backfilled


def sampled_sources() -> list[str]:
    """The sources whose list pages the sample sites have (the others would only meet 404s locally)."""
    sites = SAMPLES_DIR / "sites"

    def served(url: str) -> bool:
        parts = urlsplit(url)
        path = sites / (parts.hostname or "") / parts.path.lstrip("/")
        return path.is_file() or (path / "index.html").is_file()

    return [name for name, source in load_sources().items() if any(map(served, source.get("start_urls", [])))]


def backfill_sources() -> list[str]:
    """The sources that have a sample site at all (samples/articles/<source>.toml)."""
    return sorted(f.stem for f in (SAMPLES_DIR / "articles").glob("*.toml"))


def build(test_model: Path | None, log_file: Path) -> None:
    """Crawl the sample sites into $WIREARCHIVE_DATA/raw and process them into the database."""
    from crawlers.run import CrawlJob, run_crawl
    from pipeline.runner import process_archive

    server = SampleSiteServer(port=0)
    server.start_background()
    conference, edition = BACKFILL
    jobs = [CrawlJob(tuple(sampled_sources())), CrawlJob(tuple(backfill_sources()), conference, edition)]
    print(f"1/3 sample sites served at {server.base_url} ({', '.join(backfill_sources())} copies)")
    print(f"2/3 crawling the sample sites into {config.raw_dir()} (log: {log_file}) ...", flush=True)
    try:
        reports = run_crawl(
            jobs=jobs,
            sources_file=SAMPLE_SOURCES,
            sample_base=server.base_url,
            log_file=log_file,
            progress=False,
        )
    finally:
        server.shutdown()
        server.server_close()
    heading = ""
    for report in reports:
        now = (
            f"    backfill of {report.conference}, invented articles:"
            if report.conference
            else "    today's news:"
        )
        if now != heading:
            print(now)
            heading = now
        kinds = ", ".join(f"{kind} {count}" for kind, count in report.archived.items())
        print(
            f"      {report.source:<10} {sum(report.archived.values()):>3} pages archived ({kinds}), "
            f"{sum(report.errors.values())} with an error"
        )
    if test_model:
        from pipeline.stages.translate.models import install_model

        info = install_model(test_model)
        print(
            f"    installed translation model {info.label}: a TEST model that knows only its training "
            "sentences; other text (most titles) comes out as nonsense. Real models: make models"
        )
    print(f"3/3 processing the archive into {config.db_path()} ...", flush=True)
    summary = process_archive()
    for line in summary.lines():
        print("    " + line)
    for source, errors in sorted(summary.errors.items()):
        for error in errors:
            print(f"    recorded with error [{source}] {error}")


def serve(port: int) -> None:
    from pipeline.serve import serve as serve_archive

    base = f"http://{HOST}:{port}"
    print(f"\nThe archive is at {base}/  (Ctrl-C to stop)")
    print(f"  search in Chinese:  {base}/search?q=王建国")
    print(f"  search in English:  {base}/search?q=Wang+Jianguo")
    print(f"  a conference:       {base}/wirearchive/conferences/lakeside-digital-culture-forum-2026")
    print(f"  who was there:      {base}/wirearchive/people_by_conference")
    conference, _ = BACKFILL
    print(f"  the 2022 backfill:  {base}/wirearchive/conferences/{conference}")
    print(f"  failed pages:       {base}/wirearchive/failed_pages", flush=True)
    serve_archive(config.db_path(), HOST, port, immutable=True)  # a finished snapshot: downloadable


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m samples.demo", description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=8001, help="Datasette port (default 8001)")
    parser.add_argument("--test-model", type=Path, help="install this .argosmodel first")
    parser.add_argument("--no-serve", action="store_true", help="stop after building the archive")
    args = parser.parse_args(argv)
    if args.test_model and not args.test_model.is_file():
        parser.error(f"--test-model: no such file: {args.test_model}")
    if not args.no_serve and port_in_use(HOST, args.port):  # before the crawl, not after it
        sys.exit(f"port {args.port} is in use on {HOST}: stop what serves there, or: make demo PORT=8002")
    config.keep_writes_in_data_dir()
    config.logs_dir().mkdir(parents=True, exist_ok=True)
    log_file = config.logs_dir() / "demo.log"
    logging.basicConfig(filename=log_file, level=logging.INFO)
    build(args.test_model, log_file)
    if not args.no_serve:
        serve(args.port)


if __name__ == "__main__":
    main()
