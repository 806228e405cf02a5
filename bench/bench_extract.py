"""Extraction benchmark: our extractor and peers (trafilatura, GNE, newspaper4k) on a shared corpus.

    python -m bench.bench_extract [--corpus PATH] [--web PATH] [--peers trafilatura,gne,newspaper4k] [--json OUT]
                                  [--part all|tuning|held-out]

Every page of ``<corpus>/truth.jsonl`` is run through ``pipeline.stages.decode.decode`` +
``pipeline.stages.extract.extract`` ("ours") and through each peer (bench.extractors), in the same run. Peers
get the text our decode stage produced (the same text our extractor works on; bs4's UnicodeDammit when our
decode is missing), and the same URL.

- ``../shared/corpus`` (the default; Chinese state media and Western wire pages): scored with
  :func:`bench.scoring.score_page`; one side-by-side table per site, per group and overall, and the
  reporters per site group (bench.reporters; the corpus-web pages whose truth names an author, from
  ``--web``, are a third group), all in bench.extract_report. "ours-generic" (site rules switched off)
  runs beside "ours".
- ``../shared/corpus-web`` (scrapinghub's and trafilatura's public sets): each set scored as its own
  benchmark scores it, overall and per language group (bench.web_report). No page there is of a site
  with rules, so "ours-generic" would repeat "ours": it runs only with ``--generic``. ``--part tuning`` /
  ``--part held-out`` runs only that part of its fixed 70/30 split (bench.web_split: the first byte of each
  page's sha256); read the held-out part's aggregate scores only.

Then pages/s per extractor on one core. See docs/benchmarks.md ("Extraction").
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import signal
import sys
import time
import traceback
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from bench import web_report, web_split
from bench.extract_report import (
    FIELDS,
    Aggregate,
    aggregate,
    aggregate_for,
    groups,
    report,
    speed_table,
    to_json,
)
from bench.extractors import (
    FACTORIES,
    PEERS,
    BenchResult,
    Extractor,
    ExtractorRun,
    MissingExtractor,
    PageInput,
)
from bench.reporters import load_web_truth
from bench.scoring import score_page

PROJECT_DIR = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = PROJECT_DIR.parent / "shared" / "corpus"
DEFAULT_WEB = PROJECT_DIR.parent / "shared" / "corpus-web"
WEB_KEY = "web:"  # prefix of corpus-web files among an extractor's predictions
__all__ = [
    "FIELDS",
    "Aggregate",
    "BenchResult",
    "ExtractorRun",
    "aggregate",
    "aggregate_for",
    "groups",
    "main",
    "run_benchmark",
]


class PageTimeout(Exception):
    pass


# ---------------------------------------------------------------------------------------------- loading


def load_truth(corpus: Path) -> list[dict[str, Any]]:
    with (corpus / "truth.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def page_url(truth: dict[str, Any]) -> str | None:
    """The page's URL; when the dataset has none, the host it was fetched from (``http://<host>/``),
    as a crawler would always know it."""
    if truth.get("url"):
        return str(truth["url"])
    if truth.get("host"):
        return f"http://{truth['host']}/"
    return None


def load_pages(corpus: Path) -> list[PageInput]:
    pages = []
    for truth in load_truth(corpus):
        raw = (corpus / truth["file"]).read_bytes()
        pages.append(PageInput(truth=truth, raw=raw, url=page_url(truth), lang=truth.get("lang")))
    return pages


def load_web_pages(corpus_web: Path) -> list[PageInput]:
    """corpus-web pages whose truth names an author (bench.reporters), files keyed ``web:<file>``."""
    pages = []
    for truth in load_web_truth(corpus_web):
        raw = (corpus_web / truth["file"]).read_bytes()
        truth = {**truth, "file": WEB_KEY + truth["file"]}
        pages.append(PageInput(truth=truth, raw=raw, url=truth["url"], lang=truth["lang"]))
    return pages


def load_pages_truth_only(corpus: Path) -> list[PageInput]:
    """The corpus's pages without their bytes (to tell which corpus it is)."""
    return [PageInput(truth=t, raw=b"", url=page_url(t), lang=t.get("lang")) for t in load_truth(corpus)]


# ---------------------------------------------------------------------------------------------- running


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise PageTimeout after ``seconds`` (SIGALRM; a no-op outside the main thread or without SIGALRM)."""
    usable = seconds > 0 and hasattr(signal, "setitimer")
    try:
        if usable:

            def _raise(signum: int, frame: Any) -> None:
                raise PageTimeout(f"no result after {seconds:g} s")

            previous = signal.signal(signal.SIGALRM, _raise)
            signal.setitimer(signal.ITIMER_REAL, seconds)
    except ValueError:  # not the main thread
        usable = False
    try:
        yield
    finally:
        if usable:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def pin_one_core() -> str:
    """Pin this process to one CPU (the first allowed). Returns a description for the report."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def decode_for_peers(page: PageInput) -> str:
    try:
        from pipeline.record import Article
        from pipeline.stages.decode import decode

        record = Article(url=page.url, raw=page.raw)
        record = decode(record) or record
        if record.html is not None:
            return record.html
    except ImportError:
        pass
    from bs4 import UnicodeDammit

    return UnicodeDammit(page.raw, is_html=True).unicode_markup or ""


def _call(
    extractor: Extractor, page: PageInput, timeout: float
) -> tuple[dict[str, Any] | None, float, str | None]:
    sink = io.StringIO()
    start = time.perf_counter()
    try:
        with time_limit(timeout), contextlib.redirect_stdout(sink), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pred = extractor.run(page)
        return pred, time.perf_counter() - start, None
    except Exception as exc:  # a crash scores 0 on the page and is counted
        elapsed = time.perf_counter() - start
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" at {tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno}" if tb else ""
        return None, elapsed, f"{exc.__class__.__name__}: {exc}"[:300] + where


def run_benchmark(
    corpus: Path = DEFAULT_CORPUS,
    extractors: Sequence[str] = ("ours", *PEERS),
    *,
    timeout: float = 60.0,
    pin_core: bool = False,
    warmup: bool = True,
    repeat: int = 1,
    web: Path | None = None,
    part: str = "all",
) -> BenchResult:
    """Run ``extractors`` over every page of ``corpus`` and score them. Extractors that cannot be loaded
    are reported in ``ExtractorRun.missing`` (no exception). Time counted: the extraction calls only
    (for ours: decode + extract from bytes), after one warm-up call per language; with ``repeat`` > 1 the
    corpus is run that many times and the fastest pass counts (scores come from the first pass). ``web``:
    a corpus-web folder whose pages with an author are run too, for the reporters tables only. ``part``:
    "tuning" or "held-out" keeps only that part of the corpus-web pages, whether ``corpus`` or ``web``
    (bench.web_split; ``../shared/corpus`` pages are always all run), "all" every page."""
    cpu = pin_one_core() if pin_core else "not pinned"
    pages = load_pages(corpus)
    if web_report.is_web_corpus(pages):
        pages = web_split.select(pages, part, lambda page: page.raw)
    web_pages = web_split.select(load_web_pages(web), part, lambda page: page.raw) if web else []
    for page in pages + web_pages:
        page.text = decode_for_peers(page)
    runs: list[ExtractorRun] = []
    for name in extractors:
        if name not in FACTORIES:
            raise ValueError(f"unknown extractor {name!r}; known: {', '.join(FACTORIES)}")
        try:
            extractor = FACTORIES[name]()
        except MissingExtractor as exc:
            runs.append(ExtractorRun(name=name, version="-", missing=str(exc)))
            continue
        result = ExtractorRun(name=name, version=extractor.version, note=extractor.note)
        if warmup:
            for lang in dict.fromkeys(p.lang for p in pages):
                _call(extractor, next(p for p in pages if p.lang == lang), timeout)
        for page in pages:
            file = page.truth["file"]
            pred, elapsed, crash = _call(extractor, page, timeout)
            result.seconds += elapsed
            result.pages += 1
            if crash is not None:
                result.crashes += 1
                result.crash_messages[file] = crash
                pred = {"crashed": True, **dict.fromkeys(extractor.fields)}
            assert pred is not None
            result.preds[file] = pred
            result.scores[file] = score_page(page.truth, pred)
        for _ in range(repeat - 1):
            result.seconds = min(result.seconds, sum(_call(extractor, page, timeout)[1] for page in pages))
        for page in web_pages:
            pred, _, crash = _call(extractor, page, timeout)
            result.preds[page.truth["file"]] = pred or {"crashed": True, "authors": None}
        runs.append(result)
    return BenchResult(pages=pages, runs=runs, cpu=cpu, repeat=repeat, web_pages=web_pages)


def web_json(result: BenchResult) -> dict[str, Any]:
    """corpus-web results: each set's scores per extractor and group, speed, and every page's body size."""
    return {
        "cpu": result.cpu,
        "sets": web_report.to_json(result),
        "extractors": {
            run.name: {
                "version": run.version,
                "missing": run.missing,
                "seconds": run.seconds,
                "pages_per_s": run.pages_per_s,
                "crashes": run.crash_messages,
                "body_chars": {f: len(str(p.get("body") or "")) for f, p in run.preds.items()},
            }
            for run in result.runs
        },
    }


# ---------------------------------------------------------------------------------------------- command


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_extract", description=(__doc__ or "").split("\n\n")[0]
    )
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with truth.jsonl and pages/"
    )
    parser.add_argument(
        "--peers",
        default=",".join(PEERS),
        help="comma-separated peers to run next to ours ('' for none); known: " + ", ".join(PEERS),
    )
    parser.add_argument(
        "--web",
        type=Path,
        default=DEFAULT_WEB,
        help="corpus-web folder: its pages with an author join the reporters tables of --corpus "
        "(skipped when absent, and when --corpus is corpus-web itself)",
    )
    parser.add_argument(
        "--part",
        choices=web_split.PARTS,
        default="all",
        help="corpus-web's fixed split (bench/web_split.py): the 70 %% tuning part, the 30 %% held-out part "
        "(aggregates only: never tune on it), or all pages (default); with --corpus ../shared/corpus it "
        "selects the corpus-web pages of the reporters tables",
    )
    parser.add_argument("--no-web", action="store_true", help="leave the corpus-web pages out")
    parser.add_argument("--no-ours", action="store_true", help="run the peers only")
    parser.add_argument(
        "--no-generic",
        action="store_true",
        help="skip the 'ours-generic' ablation (our extractor with site rules switched off)",
    )
    parser.add_argument(
        "--generic",
        action="store_true",
        help="run 'ours-generic' on corpus-web too (it repeats 'ours' there)",
    )
    parser.add_argument(
        "--json", type=Path, metavar="OUT", help="also write per-page scores and aggregates here"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        help="seconds per page and extractor (counted as a crash after)",
    )
    parser.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU core")
    parser.add_argument("--no-sites", action="store_true", help="print the group tables only")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="time N passes over the corpus and report the fastest (default 1)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)

    if not (args.corpus / "truth.jsonl").is_file():
        print(f"no corpus at {args.corpus} (expected truth.jsonl there)", file=sys.stderr)
        return 2
    peers = [p.strip() for p in args.peers.split(",") if p.strip()]
    web_corpus = web_report.is_web_corpus(load_pages_truth_only(args.corpus))
    generic = not (args.no_ours or args.no_generic) and (args.generic or not web_corpus)
    names = ([] if args.no_ours else ["ours"]) + (["ours-generic"] if generic else []) + peers
    web_ok = not (args.no_web or web_corpus) and (args.web / "truth.jsonl").is_file()
    result = run_benchmark(
        args.corpus,
        names,
        timeout=args.timeout,
        pin_core=not args.no_pin,
        repeat=max(1, args.repeat),
        web=args.web if web_ok else None,
        part=args.part,
    )
    if web_corpus:
        part = "" if args.part == "all" else f" ({args.part} part)"
        print(f"## {args.corpus.name}{part}: {len(result.pages)} pages\n")
        print(web_report.report(result) + "\n\n" + speed_table(result) + f"\n\nCPU: {result.cpu}")
    else:
        print(report(result, per_site=not args.no_sites))
    for run in result.runs:
        if run.missing:
            print(f"\nNOTE: {run.name} was not run: {run.missing}", file=sys.stderr)
    if args.json:
        dump = web_json(result) if web_corpus else to_json(result)
        args.json.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nper-page results written to {args.json}", file=sys.stderr)
    return 1 if any(run.missing for run in result.runs if run.name.startswith("ours")) else 0


if __name__ == "__main__":
    sys.exit(main())
