"""Speed of the archive's pages at scale, through a running Datasette (``make bench-search``; docs/benchmarks.md).

    python -m bench.bench_search --data $WIREARCHIVE_DATA [--repeat 5] [--json out.json]

Starts ``datasette serve`` exactly as ``wirearchive serve`` does (pipeline/serve.py) on the archive in
``--data``, then requests every kind of page in turn — searches (common and rare words, names, Chinese and
English; by relevance, by date, filtered, HTML and JSON), browsing, the articles table with its facets, an
article, person and conference pages, the feeds and every canned query — one warm-up and ``--repeat`` timed
requests each, and reports the wall-clock p50 / p95 per page and whether any query hit the SQL time limit.

The machine may be shared: wall-clock time then includes waiting for a core. Beside it, the same work is
measured in-process as CPU time of the thread (the search page's own code, pipeline/store/finder.py, and the
SQL of the other pages), which is what a request costs on an idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from pipeline import config
from pipeline.serve import datasette_args, port_in_use
from pipeline.store import finder
from pipeline.store.search import fts_query, people_lookup

DATABASE = "wirearchive"


def pick_terms(conn: sqlite3.Connection) -> dict[str, str]:
    """Common and rare words and names in both languages, from the archive itself."""
    people = conn.execute(
        "select p.name_zh, p.name_en, f.n from facet_counts f join people p on p.id = cast(f.value as integer) "
        "where f.facet = 'person' and p.name_zh is not null order by f.n desc limit 400"
    ).fetchall()
    total = conn.execute("select n from facet_counts where facet = 'all'").fetchone()[0]
    mid = min(people, key=lambda p: abs(p[2] - total / 100))  # a person in about 1% of the articles
    return {
        "zh_common": "中国",
        "zh_rare": rare_word(conn, chinese_candidates()),
        "zh_name": people[0][0],
        "en_common": "China",
        "en_rare": rare_word(conn, english_candidates()),
        "en_name": mid[1],
    }


def chinese_candidates() -> list[str]:
    """Three-character words of middling frequency in jieba's dictionary (the generator's vocabulary)."""
    import jieba

    words = []
    for line in Path(jieba.__file__).with_name("dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and len(parts[0]) == 3 and 150 <= int(parts[1]) <= 600:
            words.append(parts[0])
    return words[::37][:40]


def english_candidates() -> list[str]:
    import wordfreq

    return [w for w in wordfreq.top_n_list("en", 20000)[8000::131] if w.isalpha() and len(w) > 5][:40]


def rare_word(conn: sqlite3.Connection, candidates: list[str]) -> str:
    """The first candidate found in 0.05-0.5% of the articles (a rare word, but a real search)."""
    total = conn.execute("select n from facet_counts where facet = 'all'").fetchone()[0]
    best = candidates[0]
    for word in candidates:
        n = conn.execute(
            "select count(*) from articles_search where articles_search match ?", [fts_query(word)]
        ).fetchone()[0]
        if 0.0005 * total <= n <= 0.005 * total:
            return word
        if n:
            best = word
    return best


def search_pages(terms: dict[str, str]) -> list[tuple[str, str, str]]:
    pages = []
    for kind, term in terms.items():
        q = urllib.parse.quote(term)
        pages += [
            ("search json (relevance)", kind, f"/search.json?q={q}"),
            ("search html (relevance)", kind, f"/search?q={q}"),
            ("search json newest first", kind, f"/search.json?q={q}&sort=newest"),
            ("search json source=xinhua", kind, f"/search.json?q={q}&source=xinhua"),
        ]
    return pages


def other_pages(conn: sqlite3.Connection, terms: dict[str, str]) -> list[tuple[str, str, str]]:
    top = conn.execute(
        "select value from facet_counts where facet = 'person' order by n desc limit 2"
    ).fetchall()
    person, second = int(top[0][0]), int(top[1][0])
    conference = conn.execute(
        "select value from facet_counts where facet = 'conference' order by n desc limit 1"
    ).fetchone()[0]
    article = conn.execute("select id from articles where search_key is not null limit 1").fetchone()[0]
    rare_person = conn.execute(
        "select value from facet_counts where facet = 'person' and n between 5 and 50 limit 1"
    ).fetchone()[0]
    q = urllib.parse.quote
    name, name2 = (
        conn.execute("select name_en from people where id = ?", [p]).fetchone()[0] for p in (person, second)
    )
    db = f"/{DATABASE}"
    return [
        ("browse: search page, no query", "", "/search"),
        ("browse: a conference's articles", "", f"/search.json?conference={conference}"),
        ("browse: a person's articles", "", f"/search.json?person={person}"),
        ("browse: a month", "", "/search.json?month=2024-03"),
        ("articles table (html, facets)", "", f"{db}/articles"),
        ("articles table (json, facets)", "", f"{db}/articles.json"),
        ("articles table filtered source=xinhua", "", f"{db}/articles.json?source=xinhua"),
        ("table search api _search (json)", "zh_common", f"{db}/articles.json?_search={q(terms['zh_common'])}"),
        ("table search api _search (json)", "zh_rare", f"{db}/articles.json?_search={q(terms['zh_rare'])}"),
        ("article page", "", f"{db}/articles/{article}"),
        ("person page (top person)", "", f"{db}/people/{person}"),
        ("person page (rare person)", "", f"{db}/people/{rare_person}"),
        ("conference page", "", f"{db}/conferences/{conference}"),
        ("people table search box", "", f"{db}/people?_search={q(terms['zh_name'])}"),
        ("feed: search", "zh_common", f"{db}/search_feed.atom?q={q(terms['zh_common'])}&conference=&source=&lang=&person="),
        ("feed: everything new", "", f"{db}/search_feed.atom?q=&conference=&source=&lang=&person="),
        ("feed: conference", "", f"{db}/conference_feed.atom?conference={conference}"),
        ("canned search_articles", "zh_common", f"{db}/search_articles.json?q={q(terms['zh_common'])}"),
        ("canned search_articles", "en_rare", f"{db}/search_articles.json?q={q(terms['en_rare'])}"),
        ("canned coverage_per_day", "", f"{db}/coverage_per_day.json?conference="),
        ("canned people_by_conference", "", f"{db}/people_by_conference.json?conference="),
        ("canned who_spoke_where", "", f"{db}/who_spoke_where.json?conference="),
        ("canned staff_by_conference", "", f"{db}/staff_by_conference.json?conference="),
        ("canned articles_mentioning_two_people", "", f"{db}/articles_mentioning_two_people.json?person_a={q(name)}&person_b={q(name2)}"),
        ("canned articles_by_person", "", f"{db}/articles_by_person.json?name={q(name)}"),
        ("canned sources_compared", "", f"{db}/sources_compared.json?conference="),
        ("canned conference_timeline", "", f"{db}/conference_timeline.json?conference={conference}"),
        ("canned failed_pages", "", f"{db}/failed_pages.json"),
        ("canned translation_status", "", f"{db}/translation_status.json"),
    ]  # fmt: skip


def uses_search_index(path: str) -> bool:
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(path).query)
    names = ("articles_by_person", "articles_mentioning_two_people", "people?_search")
    return bool(query.get("q", [""])[0] or query.get("_search")) or any(n in path for n in names)


def fetch(base: str, path: str) -> tuple[float, int, bool, int | None]:
    """Wall-clock seconds, HTTP status, whether the SQL time limit was hit, rows returned (JSON)."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(base + path, timeout=120) as response:
            body, status = response.read(), response.status
    except urllib.error.HTTPError as error:
        body, status = error.read(), error.code
    elapsed = time.perf_counter() - started
    # Datasette's answer when a query hits the SQL time limit (400), or a facet its time limit (JSON)
    limited = status != 200 and (b"took too long" in body or b"interrupted" in body.lower())
    limited = limited or b'"facets_timed_out": ["' in body
    return elapsed, status, limited, count_rows(path, body)


def count_rows(path: str, body: bytes) -> int | None:
    try:
        if ".json" in path:
            data = json.loads(body)
            return len(data.get("rows", [])) if isinstance(data, dict) else len(data)
    except ValueError:
        return None
    if ".atom" in path:
        return body.count(b"<entry>")
    return None


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(round(share * len(ordered) + 0.5)) - 1))]


def measure_http(base: str, pages: list[tuple[str, str, str]], repeat: int) -> list[dict[str, Any]]:
    results = []
    for page, term, path in pages:
        fetch(base, path)  # warm-up
        runs = [fetch(base, path) for _ in range(repeat)]
        times = [t * 1000 for t, _, _, _ in runs]
        results.append(
            {
                "page": page,
                "term": term,
                "path": path,
                "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(percentile(times, 0.95), 1),
                "statuses": sorted({s for _, s, _, _ in runs}),
                "time_limit_hit": any(limited for _, _, limited, _ in runs),
                "rows": runs[-1][3],
            }
        )
        print(
            f"{page:40} {term:10} p50 {results[-1]['p50_ms']:8.1f}  p95 {results[-1]['p95_ms']:8.1f} ms  {results[-1]['statuses']} rows {results[-1]['rows']}",
            file=sys.stderr,
            flush=True,
        )
    return results


def measure_cpu(path: Path, terms: dict[str, str], repeat: int) -> list[dict[str, Any]]:
    """CPU time of the search page's own work (finder.find), in this process, per term and sort."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    conn.execute("PRAGMA cache_size = -200000")
    lookup = people_lookup(conn)
    conn.create_function("escape_fts", 1, lambda q: fts_query(q, lookup))
    results = []
    for kind, term in terms.items():
        for sort, filters in (("relevance", {}), ("newest", {}), ("relevance", {"source": "xinhua"})):
            request = finder.Request(term, sort, 1, 20, dict(filters))
            finder.find(conn, request)
            cpu = []
            for _ in range(repeat):
                started = time.thread_time()
                finder.find(conn, request)
                cpu.append((time.thread_time() - started) * 1000)
            label = f"search {sort}" + (" source=xinhua" if filters else "")
            results.append(
                {
                    "page": label,
                    "term": kind,
                    "p50_cpu_ms": round(statistics.median(cpu), 1),
                    "p95_cpu_ms": round(percentile(cpu, 0.95), 1),
                }
            )
            print(
                f"CPU {label:32} {kind:10} p50 {results[-1]['p50_cpu_ms']:7.1f}  p95 {results[-1]['p95_cpu_ms']:7.1f} ms",
                file=sys.stderr,
                flush=True,
            )
    return results


def table_sizes(path: Path) -> dict[str, int]:
    """Bytes per table and index (SQLite's dbstat), the search index's shadow tables together."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    sizes: dict[str, int] = {}
    try:
        for name, size in conn.execute("select name, sum(pgsize) from dbstat group by name"):
            group = "articles_search (the search index)" if name.startswith("articles_search") else name
            sizes[group] = sizes.get(group, 0) + size
    except sqlite3.OperationalError:  # an SQLite built without dbstat
        pass
    sizes["free pages"] = (
        conn.execute("pragma freelist_count").fetchone()[0] * conn.execute("pragma page_size").fetchone()[0]
    )
    conn.close()
    return dict(sorted(sizes.items(), key=lambda kv: -kv[1]))


def start_server(path: Path, port: int) -> subprocess.Popen:
    args = datasette_args(path, "127.0.0.1", port)
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        if port_in_use("127.0.0.1", port):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=5).read()
                return server
            except OSError:
                pass
        time.sleep(0.5)
    server.terminate()
    raise RuntimeError("datasette did not start")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, default=None, help="the archive's folder (default $WIREARCHIVE_DATA)"
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--markdown", type=Path, help="only print the tables of a results file (--json)")
    parser.add_argument(
        "--without-search-index",
        action="store_true",
        help="only the pages that do not read the full-text index (while it is still being built)",
    )
    args = parser.parse_args(argv)
    if args.markdown:
        print(markdown(json.loads(args.markdown.read_text(encoding="utf-8"))))
        return
    path = (args.data or config.data_dir()) / "wirearchive.db"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    if args.without_search_index:
        terms = {
            "zh_common": "中国",
            "zh_name": "",
            "zh_rare": "",
            "en_common": "",
            "en_rare": "",
            "en_name": "",
        }
        pages = [p for p in other_pages(conn, terms) if not uses_search_index(p[2])]
    else:
        terms = pick_terms(conn)
        pages = search_pages(terms) + other_pages(conn, terms)
    articles = conn.execute("select count(*) from articles").fetchone()[0]
    conn.close()
    report: dict[str, Any] = {
        "articles": articles,
        "bytes": path.stat().st_size,
        "terms": terms,
        "load_before": os.getloadavg(),
    }
    report["sizes"] = {} if args.without_search_index else table_sizes(path)
    report["cpu"] = [] if args.without_search_index else measure_cpu(path, terms, args.repeat)
    server = start_server(path, args.port)
    try:
        report["http"] = measure_http(f"http://127.0.0.1:{args.port}", pages, args.repeat)
    finally:
        server.terminate()
        server.wait()
    report["load_after"] = os.getloadavg()
    text = json.dumps(report, ensure_ascii=False, indent=1)
    if args.json:
        args.json.write_text(text, encoding="utf-8")
    print(markdown(report))


def markdown(report: dict[str, Any]) -> str:
    """The results as the tables of docs/benchmarks.md."""
    kinds = list(report["terms"])
    lines = [
        f"{report['articles']:,} articles, {report['bytes'] / report['articles']:,.0f} bytes per article; "
        f"terms: {', '.join(f'{k} {v}' for k, v in report['terms'].items())}; load average "
        f"{report['load_before'][0]:.1f} before, {report['load_after'][0]:.1f} after.",
        "",
        "| search page, wall ms p50 / p95 (CPU ms p50) | " + " | ".join(kinds) + " |",
        "|---|" + "---:|" * len(kinds),
    ]
    cpu = {(r["page"], r["term"]): r["p50_cpu_ms"] for r in report["cpu"]}
    cpu_page = {"search json (relevance)": "search relevance", "search json newest first": "search newest",
                "search json source=xinhua": "search relevance source=xinhua"}  # fmt: skip
    pages = [r for r in report["http"] if r["term"] in kinds and r["page"].startswith("search ")]
    for page in dict.fromkeys(r["page"] for r in pages):
        cells = []
        for kind in kinds:
            r = next(x for x in pages if x["page"] == page and x["term"] == kind)
            extra = f" ({cpu[(cpu_page[page], kind)]})" if page in cpu_page else ""
            flag = " ⚠" if r["time_limit_hit"] or r["statuses"] != [200] else ""
            cells.append(f"{r['p50_ms']:.0f} / {r['p95_ms']:.0f}{extra}{flag}")
        lines.append(f"| {page} | " + " | ".join(cells) + " |")
    if report.get("sizes"):
        lines += ["", "| what | bytes per article | share |", "|---|---:|---:|"]
        total = sum(report["sizes"].values())
        for name, size in list(report["sizes"].items())[:12]:
            lines.append(f"| {name} | {size / report['articles']:,.0f} | {100 * size / total:.0f}% |")
    lines += ["", "| page | wall ms p50 | p95 | rows | status |", "|---|---:|---:|---:|---|"]
    for r in report["http"]:
        if r["page"].startswith("search "):
            continue
        name = r["page"] + (f" ({r['term']})" if r["term"] else "")
        status = ",".join(map(str, r["statuses"])) + (" time limit hit" if r["time_limit_hit"] else "")
        lines.append(
            f"| {name} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} | {r['rows'] if r['rows'] is not None else ''} | {status} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
