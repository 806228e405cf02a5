"""Crawl benchmark: ``python -m bench.bench_crawl`` (``make bench-crawl``; figures in docs/benchmarks.md, "## Crawl").

A sample site generated at bench time under $WIREARCHIVE_DATA/bench-crawl/ (never in the repository): the
chinanews sample article copied ARTICLES times under new ids, LIST_SIZE to a list page, list pages chained
by "next" links, as www.chinanews.com.cn. It is served on 127.0.0.1 by the sample-site server
(samples/server.py) in a process of its own, which notes when each request arrives. Crawled with
throttling off (no delay, no AutoThrottle, WIREARCHIVE_CONCURRENCY requests at once):

* wirearchive, one process: ``wirearchive crawl chinanews --sample-base ...``, WARC archiving on;
* wirearchive, two processes sharing the crawl through a redis-server on 127.0.0.1 (``--redis``);
* peer, same run: a bare Scrapy spider (Scrapy's defaults, no robots.txt, no archive, no middlewares of
  ours) following the same links with the same concurrency: what Scrapy itself costs on this machine.

pages/s = pages the server answered / (last request - first request), so process start-up and the
workers' idle wait at the end are left out (the wall time with them is shown too); memory = the peak
resident size (VmHWM) of each crawler process. Each configuration runs --repeat times; the median is shown.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from tools.local_redis import MISSING as REDIS_MISSING
from tools.local_redis import redis_server_path, start_redis

PROJECT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
HOST = "www.chinanews.com.cn"
ARTICLE = PROJECT / "samples/sites/www.chinanews.com.cn/gn/2026/11-18/10500001.shtml"


def build_site(root: Path, articles: int, list_size: int) -> int:
    """Write the site under ``root/sites/<host>/``; returns the number of pages (lists, articles, feed)."""
    site = root / "sites" / HOST
    if site.exists():
        shutil.rmtree(site)
    template = ARTICLE.read_text(encoding="utf-8")
    lists = (articles + list_size - 1) // list_size
    for n in range(1, lists + 1):
        links = []
        for i in range((n - 1) * list_size, min(n * list_size, articles)):
            path = f"gn/2026/{1 + i % 12:02d}-{1 + i % 28:02d}/{20000000 + i}.shtml"
            page = site / path
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(template.replace("10500001", str(20000000 + i)), encoding="utf-8")
            links.append(f'<li><a href="../{path}">article {i}</a></li>')  # relative: live and local URLs
        more = f'<a href="news{n + 1}.html">next</a>' if n < lists else ""
        (site / "scroll-news").mkdir(parents=True, exist_ok=True)
        (site / "scroll-news" / f"news{n}.html").write_text(
            f"<html><head><meta charset='utf-8'></head><body><ul>{''.join(links)}</ul>{more}</body></html>",
            encoding="utf-8",
        )
    (site / "rss").mkdir(exist_ok=True)
    (site / "rss" / "scroll-news.xml").write_text('<?xml version="1.0"?><rss><channel></channel></rss>')
    (site / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    return lists + articles + 1


# -- the server, in a process of its own -------------------------------------------------------------
def _serve(root: str, conn) -> None:
    from samples.server import SampleSiteHandler, SampleSiteServer

    times: list[float] = []

    class Handler(SampleSiteHandler):
        def _respond(self, send_body: bool, method: str = "GET") -> None:
            if not self.path.endswith("/robots.txt"):
                times.append(time.monotonic())
            super()._respond(send_body, method)

    server = SampleSiteServer(port=0, samples_dir=Path(root))
    server.RequestHandlerClass = Handler
    threading.Thread(target=server.serve_forever, daemon=True).start()
    conn.send(server.base_url)
    while True:
        command = conn.recv()
        if command == "stats":
            conn.send((len(times), times[0] if times else 0.0, times[-1] if times else 0.0))
            times.clear()
            server.hits.clear()
        elif command == "stop":
            server.shutdown()
            return


class SiteProcess:
    def __init__(self, root: Path):
        self.conn, child = multiprocessing.Pipe()
        self.proc = multiprocessing.Process(target=_serve, args=(str(root), child), daemon=True)
        self.proc.start()
        self.base_url: str = self.conn.recv()

    def stats(self) -> tuple[int, float, float]:
        """Pages answered since the last call, and when the first and the last were asked for."""
        self.conn.send("stats")
        count, first, last = self.conn.recv()
        return count, first, last

    def stop(self) -> None:
        self.conn.send("stop")
        self.proc.join(10)


# -- running crawlers ------------------------------------------------------------------------------
# The crawlers' environment. Where PYTHONDONTWRITEBYTECODE is set (these build machines), every process
# would compile its imports again: byte code goes to a cache beside the site instead, so the crawls are
# timed as on a machine where Python keeps its .pyc files.
BASE_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


TICK = os.sysconf("SC_CLK_TCK")


def follow(proc: subprocess.Popen, peaks: dict[int, int], cpu: dict[int, list[tuple[float, float]]]) -> None:
    """Follow the peak resident size (VmHWM) of ``proc`` and its CPU time (user + system, sampled with the
    time: the monotonic clock is the server's too) until it ends."""
    status, stat = Path(f"/proc/{proc.pid}/status"), Path(f"/proc/{proc.pid}/stat")
    samples = cpu.setdefault(proc.pid, [])
    while proc.poll() is None:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks[proc.pid] = int(line.split()[1]) * 1024
            fields = stat.read_text().rsplit(")", 1)[1].split()
            samples.append((time.monotonic(), (int(fields[11]) + int(fields[12])) / TICK))
        except (OSError, IndexError, ValueError):
            break
        time.sleep(0.05)


def cpu_between(samples: list[tuple[float, float]], start: float, end: float) -> float:
    """CPU seconds a process used between two moments (from the samples nearest to them)."""
    if not samples:
        return 0.0

    def at(moment: float) -> float:
        return min(samples, key=lambda sample: abs(sample[0] - moment))[1]

    return at(end) - at(start)


def run_all(
    commands: list[tuple[list[str], dict[str, str]]],
) -> tuple[float, list[int], list[list[tuple[float, float]]]]:
    """Run the commands at once: wall seconds until the last ends, each one's peak memory (bytes) and CPU
    time samples."""
    start = time.monotonic()
    peaks: dict[int, int] = {}
    cpu: dict[int, list[tuple[float, float]]] = {}
    procs = [
        subprocess.Popen(cmd, env=dict(BASE_ENV, **env), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for cmd, env in commands
    ]
    watchers = [threading.Thread(target=follow, args=(p, peaks, cpu)) for p in procs]
    for watcher in watchers:
        watcher.start()
    for proc in procs:
        _, err = proc.communicate(timeout=1800)
        if proc.returncode != 0:
            raise SystemExit(f"{proc.args!r} failed:\n{err.decode(errors='replace')[-2000:]}")
    for watcher in watchers:
        watcher.join()
    return time.monotonic() - start, [peaks.get(p.pid, 0) for p in procs], [cpu.get(p.pid, []) for p in procs]


def wirearchive(
    data: Path, base: str, concurrency: int, redis_url: str = ""
) -> tuple[list[str], dict[str, str]]:
    cmd = [str(BIN / "wirearchive"), "crawl", "--max-list-pages", "100000", "chinanews"]
    if redis_url:
        cmd[2:2] = ["--redis", redis_url]
    env = {
        "WIREARCHIVE_DATA": str(data),
        "WIREARCHIVE_SAMPLE_BASE": base,
        "WIREARCHIVE_CONCURRENCY": str(concurrency),
        "WIREARCHIVE_WORKER_IDLE_SECONDS": "2",
    }
    return cmd, env


PEER = """
import re
import sys

import scrapy
from scrapy.crawler import CrawlerProcess


class Bare(scrapy.Spider):
    name = "bare"
    start_urls = [sys.argv[1] + "/www.chinanews.com.cn/scroll-news/news1.html"]

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if re.search(r"/[a-z]+/\\d{4}/\\d{2}-\\d{2}/\\d+\\.shtml$", url):
                yield scrapy.Request(url, callback=self.article)
            elif re.search(r"/scroll-news/news\\d+\\.html$", url):
                yield scrapy.Request(url)

    def article(self, response):
        pass


concurrency = int(sys.argv[2])
process = CrawlerProcess({"CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
                          "LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False})
process.crawl(Bare)
process.start()
"""


def peer(base: str, concurrency: int) -> tuple[list[str], dict[str, str]]:
    """The bare Scrapy spider, in a process of its own (it fetches no feed and no robots.txt)."""
    return [sys.executable, "-c", PEER, base, str(concurrency)], {}


def archived(data: Path) -> int:
    from pipeline.archive import KIND_RUN, iter_archive

    return sum(1 for p in iter_archive(data / "raw") if p.kind != KIND_RUN)


def measure(label: str, site: SiteProcess, commands, data_dirs: list[Path], expected: int) -> dict:
    for folder in data_dirs:
        shutil.rmtree(folder, ignore_errors=True)
    wall, peaks, samples = run_all(commands)
    pages, first, last = site.stats()
    span = last - first
    cpu = sum(cpu_between(process, first, last) for process in samples)
    if pages != expected:
        raise SystemExit(f"{label}: the server answered {pages} pages, not {expected}")
    stored = sum(archived(d) for d in data_dirs) if data_dirs else None
    if stored is not None and stored != expected:
        raise SystemExit(f"{label}: {stored} records archived for {expected} pages")
    return {
        "pages": pages,
        "span": span,
        "wall": wall,
        "rate": pages / span,
        "peaks_mb": [p / 2**20 for p in peaks],
        "cpu_s": round(cpu, 2),
        "cpu_ms_per_page": 1000 * cpu / pages,  # while crawling: start-up and idle end left out
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_crawl", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--list-size", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    work = Path(os.environ.get("WIREARCHIVE_DATA", PROJECT / "data")).resolve() / "bench-crawl"
    work.mkdir(parents=True, exist_ok=True)
    BASE_ENV["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    expected = build_site(work, args.articles, args.list_size)
    print(f"site: {expected} pages ({args.articles} articles) under {work}; concurrency {args.concurrency}")
    site = SiteProcess(work)
    if redis_server_path() is None:
        raise SystemExit(REDIS_MISSING)
    redis_proc, redis_url = start_redis(work)
    runs: dict[str, list[dict]] = {
        "wirearchive, 1 process": [],
        "wirearchive, 2 processes + redis": [],
        "peer: bare Scrapy, 1 process": [],
    }
    try:
        warm = work / "warm-up"  # compiles and caches the imports; not counted
        measure("warm-up", site, [wirearchive(warm, site.base_url, args.concurrency)], [warm], expected)
        for _ in range(args.repeat):
            one = work / "one"
            runs["wirearchive, 1 process"].append(
                measure("one", site, [wirearchive(one, site.base_url, args.concurrency)], [one], expected)
            )
            two = [work / "two-a", work / "two-b"]
            import redis

            redis.Redis.from_url(redis_url).flushall()
            commands = [wirearchive(d, site.base_url, args.concurrency, redis_url) for d in two]
            runs["wirearchive, 2 processes + redis"].append(measure("two", site, commands, two, expected))
            runs["peer: bare Scrapy, 1 process"].append(
                measure("peer", site, [peer(site.base_url, args.concurrency)], [], expected - 1)  # no feed
            )
    finally:
        site.stop()
        redis_proc.terminate()
    summary: dict[str, object] = {"load_average": os.getloadavg(), "cores": os.cpu_count()}
    print(
        f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
    )
    print(f"\n{'crawler':<36} {'pages/s':>8} {'wall s':>7} {'CPU ms/page':>12} {'peak MB per process':>20}")
    for label, results in runs.items():
        rate = statistics.median(r["rate"] for r in results)
        wall = statistics.median(r["wall"] for r in results)
        cpu = statistics.median(r["cpu_ms_per_page"] for r in results)
        peaks = [max(r["peaks_mb"][i] for r in results) for i in range(len(results[0]["peaks_mb"]))]
        summary[label] = {
            "pages_per_s": round(rate, 1),
            "wall_s": round(wall, 1),
            "cpu_ms_per_page": round(cpu, 2),
            "peak_mb": [round(p) for p in peaks],
            "runs": results,
        }
        print(
            f"{label:<36} {rate:>8.0f} {wall:>7.1f} {cpu:>12.2f} {' / '.join(f'{p:.0f}' for p in peaks):>20}"
        )
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
