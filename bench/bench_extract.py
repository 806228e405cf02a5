"""Extraction benchmark: our extractor and peers (trafilatura, GNE, newspaper4k) on a shared corpus.

    python -m bench.bench_extract [--corpus PATH] [--peers trafilatura,gne,newspaper4k] [--json OUT]

Every page of ``<corpus>/truth.jsonl`` is run through ``pipeline.stages.decode.decode`` +
``pipeline.stages.extract.extract`` ("ours") and through each peer, in the same run. Peers get the text our
decode stage produced (the same text our extractor works on; bs4's UnicodeDammit when our decode is
missing), and the same URL.

- ``../shared/corpus`` (the default; Chinese state media and Western wire pages): scored with
  :func:`bench.scoring.score_page`; one side-by-side table per site, per group and overall
  (bench.extract_report). "ours-generic" (site rules switched off) runs beside "ours".
- ``../shared/corpus-web`` (scrapinghub's and trafilatura's public sets): each set scored as its own
  benchmark scores it, overall and per language group (bench.web_report). No page there is of a site
  with rules, so "ours-generic" would repeat "ours": it runs only with ``--generic``.

Then pages/s per extractor on one core. See docs/benchmarks.md ("Extraction").
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.metadata
import io
import json
import os
import signal
import sys
import time
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import web_report
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
from bench.scoring import PageScore, score_page

PROJECT_DIR = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = PROJECT_DIR.parent / "shared" / "corpus"
PEERS = ("trafilatura", "gne", "newspaper4k")
__all__ = ["FIELDS", "Aggregate", "aggregate", "aggregate_for", "groups", "main", "run_benchmark"]


@dataclass
class PageInput:
    truth: dict[str, Any]
    raw: bytes
    url: str | None
    lang: str | None
    text: str = ""  # decoded text handed to the peers


@dataclass
class Extractor:
    name: str
    version: str
    run: Callable[[PageInput], dict[str, Any]]
    note: str = ""
    fields: tuple[str, ...] = ("title", "published", "authors", "body")  # what it produces


class MissingExtractor(RuntimeError):
    """An extractor that cannot be loaded (our extractor not written yet, a peer not installed)."""


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


def load_pages_truth_only(corpus: Path) -> list[PageInput]:
    """The corpus's pages without their bytes (to tell which corpus it is)."""
    return [PageInput(truth=t, raw=b"", url=page_url(t), lang=t.get("lang")) for t in load_truth(corpus)]


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


def load_pages(corpus: Path) -> list[PageInput]:
    pages = []
    for truth in load_truth(corpus):
        raw = (corpus / truth["file"]).read_bytes()
        pages.append(PageInput(truth=truth, raw=raw, url=page_url(truth), lang=truth.get("lang")))
    return pages


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def ours_available() -> str | None:
    """None when pipeline.stages.decode and pipeline.stages.extract import, else the reason they do not."""
    for module in ("pipeline.stages.decode", "pipeline.stages.extract"):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            return f"{module} cannot be imported ({exc.__class__.__name__}: {exc})"
    return None


def make_ours(generic_only: bool = False) -> Extractor:
    reason = ours_available()
    if reason:
        raise MissingExtractor(reason)
    decode = importlib.import_module("pipeline.stages.decode").decode
    extract_package = importlib.import_module("pipeline.stages.extract")
    extract = extract_package.extract
    article_cls = importlib.import_module("pipeline.record").Article
    # Ablation: no site recognised, so no site rule; the generic engine (text density + noise.toml)
    # does everything. A proxy for sites the rules were not written for.
    switch: Any = contextlib.nullcontext
    if generic_only:
        switch = getattr(extract_package, "generic_only", None)
        if switch is None:
            raise MissingExtractor("pipeline.stages.extract has no generic_only() to switch site rules off")

    def run(page: PageInput) -> dict[str, Any]:
        record = article_cls(url=page.url, raw=page.raw)
        record = decode(record) or record
        with switch():
            record = extract(record) or record
        if record.error and record.error.startswith("extraction failed"):
            # extract() catches its own exceptions and records them: count them as crashes here
            raise RuntimeError(record.error)
        return {
            "title": record.title,
            "published": record.published,
            "authors": list(record.authors),
            "editor": record.editor,
            "body": "\n".join(record.paragraphs),
            "error": record.error,
        }

    name = "ours-generic" if generic_only else "ours"
    return Extractor(
        name,
        _version("wirearchive"),
        run,
        "decode + extract" + (", site rules switched off" if generic_only else ""),
        fields=("title", "published", "authors", "editor", "body"),
    )


def make_trafilatura() -> Extractor:
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingExtractor(f"trafilatura not installed ({exc})") from exc

    def run(page: PageInput) -> dict[str, Any]:
        doc = trafilatura.bare_extraction(page.text, url=page.url, with_metadata=True, include_comments=False)
        if doc is None:
            return {"title": None, "published": None, "authors": [], "body": ""}
        get = doc.get if isinstance(doc, dict) else lambda key: getattr(doc, key, None)
        return {
            "title": get("title"),
            "published": get("date"),
            "authors": get("author") or [],  # "A; B": split by the scorer
            "body": get("text") or "",
        }

    return Extractor(
        "trafilatura",
        _version("trafilatura"),
        run,
        "bare_extraction(html, url=, with_metadata=True, include_comments=False)",
    )


def make_gne() -> Extractor:
    try:
        from gne import GeneralNewsExtractor
    except ImportError as exc:
        raise MissingExtractor(f"gne not installed ({exc})") from exc

    gne_extractor = GeneralNewsExtractor()

    def run(page: PageInput) -> dict[str, Any]:
        result = gne_extractor.extract(page.text)
        return {
            "title": result.get("title"),
            "published": result.get("publish_time"),
            "authors": result.get("author") or [],
            "body": result.get("content") or "",
        }

    return Extractor("gne", _version("gne"), run, "GeneralNewsExtractor().extract(html), defaults")


def make_newspaper() -> Extractor:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "nltk is not installed": only the .nlp() features need it
            import newspaper
    except ImportError as exc:
        raise MissingExtractor(f"newspaper4k not installed ({exc})") from exc

    def run(page: PageInput) -> dict[str, Any]:
        article = newspaper.Article(
            page.url or "http://localhost/", language=page.lang or "en", fetch_images=False
        )
        article.download(input_html=page.text)
        article.parse()
        return {
            "title": article.title,
            "published": article.publish_date,
            "authors": list(article.authors or []),
            "body": article.text or "",
        }

    return Extractor(
        "newspaper4k",
        _version("newspaper4k"),
        run,
        "Article(url, language=<page lang>, fetch_images=False); download(input_html=); parse()",
    )


FACTORIES: dict[str, Callable[[], Extractor]] = {
    "ours": make_ours,
    "ours-generic": lambda: make_ours(generic_only=True),
    "trafilatura": make_trafilatura,
    "gne": make_gne,
    "newspaper4k": make_newspaper,
}


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


@dataclass
class ExtractorRun:
    name: str
    version: str
    note: str = ""
    missing: str | None = None
    seconds: float = 0.0  # extraction calls only
    pages: int = 0
    crashes: int = 0
    crash_messages: dict[str, str] = field(default_factory=dict)
    preds: dict[str, dict[str, Any]] = field(default_factory=dict)  # file -> prediction
    scores: dict[str, PageScore] = field(default_factory=dict)  # file -> score

    @property
    def pages_per_s(self) -> float | None:
        return self.pages / self.seconds if self.seconds > 0 else None


@dataclass
class BenchResult:
    pages: list[PageInput]
    runs: list[ExtractorRun]
    cpu: str = ""
    repeat: int = 1

    def run(self, name: str) -> ExtractorRun:
        return next(r for r in self.runs if r.name == name)


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
) -> BenchResult:
    """Run ``extractors`` over every page of ``corpus`` and score them. Extractors that cannot be loaded
    are reported in ``ExtractorRun.missing`` (no exception). Time counted: the extraction calls only
    (for ours: decode + extract from bytes), after one warm-up call per language; with ``repeat`` > 1 the
    corpus is run that many times and the fastest pass counts (scores come from the first pass)."""
    cpu = pin_one_core() if pin_core else "not pinned"
    pages = load_pages(corpus)
    for page in pages:
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
        runs.append(result)
    return BenchResult(pages=pages, runs=runs, cpu=cpu, repeat=repeat)


def main(argv: Sequence[str] | None = None) -> int:
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
    args = parser.parse_args(argv)

    if not (args.corpus / "truth.jsonl").is_file():
        print(f"no corpus at {args.corpus} (expected truth.jsonl there)", file=sys.stderr)
        return 2
    peers = [p.strip() for p in args.peers.split(",") if p.strip()]
    web = web_report.is_web_corpus(load_pages_truth_only(args.corpus))
    generic = not (args.no_ours or args.no_generic) and (args.generic or not web)
    names = ([] if args.no_ours else ["ours"]) + (["ours-generic"] if generic else []) + peers
    result = run_benchmark(
        args.corpus, names, timeout=args.timeout, pin_core=not args.no_pin, repeat=max(1, args.repeat)
    )
    if web:
        print(f"## {args.corpus.name}: {len(result.pages)} pages\n")
        print(web_report.report(result) + "\n\n" + speed_table(result) + f"\n\nCPU: {result.cpu}")
    else:
        print(report(result, per_site=not args.no_sites))
    for run in result.runs:
        if run.missing:
            print(f"\nNOTE: {run.name} was not run: {run.missing}", file=sys.stderr)
    if args.json:
        dump = web_json(result) if web else to_json(result)
        args.json.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nper-page results written to {args.json}", file=sys.stderr)
    return 1 if any(run.missing for run in result.runs if run.name.startswith("ours")) else 0


if __name__ == "__main__":
    sys.exit(main())
