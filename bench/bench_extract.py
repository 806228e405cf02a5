"""Extraction benchmark: our extractor and peers (trafilatura, GNE, newspaper4k) on the shared corpus.

    python -m bench.bench_extract [--corpus PATH] [--web PATH] [--peers trafilatura,gne,newspaper4k] [--json OUT]

Every page of ``corpus/truth.jsonl`` is run through ``pipeline.stages.decode.decode`` + ``pipeline.stages.extract.extract``
("ours") and through each peer, in the same run, and scored with :func:`bench.scoring.score_page`.
Peers get the text our decode stage produced (the same text our extractor works on; bs4's UnicodeDammit
when our decode is missing), and the same URL. Prints one side-by-side table per site, one per group
(Chinese/state media, Western wire) and one overall, the reporters per site group (bench.reporters; with the
corpus-web pages whose truth names an author as a third group), then pages/s per extractor on one core.
See docs/benchmarks.md ("Extraction").
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.extractors import FACTORIES, PEERS, Extractor, MissingExtractor, PageInput
from bench.reporters import load_web_truth, reporters_json, reporters_tables
from bench.scoring import PageScore, group_of, score_page

PROJECT_DIR = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = PROJECT_DIR.parent / "shared" / "corpus"
DEFAULT_WEB = PROJECT_DIR.parent / "shared" / "corpus-web"
WEB_KEY = "web:"  # prefix of corpus-web files among an extractor's predictions
FIELDS = ("title", "published", "authors", "editor")


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
    web_pages: list[PageInput] = field(default_factory=list)  # scored for reporters only, not timed

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
    web: Path | None = None,
) -> BenchResult:
    """Run ``extractors`` over every page of ``corpus`` and score them. Extractors that cannot be loaded
    are reported in ``ExtractorRun.missing`` (no exception). Time counted: the extraction calls only
    (for ours: decode + extract from bytes), after one warm-up call per language; with ``repeat`` > 1 the
    corpus is run that many times and the fastest pass counts (scores come from the first pass). ``web``:
    a corpus-web folder whose pages with an author are run too, for the reporters tables only."""
    cpu = pin_one_core() if pin_core else "not pinned"
    pages = load_pages(corpus)
    web_pages = load_web_pages(web) if web else []
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


# ---------------------------------------------------------------------------------------------- aggregates


@dataclass
class Aggregate:
    pages: int = 0
    correct: dict[str, int] = field(default_factory=dict)
    scored: dict[str, int] = field(default_factory=dict)
    body_p: float = 0.0
    body_r: float = 0.0
    body_f1: float = 0.0
    body_n: int = 0
    snippet_hits: int = 0
    snippet_total: int = 0
    crashes: int = 0

    def accuracy(self, name: str) -> float | None:
        n = self.scored.get(name, 0)
        return self.correct.get(name, 0) / n if n else None

    @property
    def mean_f1(self) -> float | None:
        return self.body_f1 / self.body_n if self.body_n else None

    @property
    def mean_p(self) -> float | None:
        return self.body_p / self.body_n if self.body_n else None

    @property
    def mean_r(self) -> float | None:
        return self.body_r / self.body_n if self.body_n else None


def aggregate(scores: Sequence[PageScore]) -> Aggregate:
    """Accuracies over the pages where a field is scored; body P/R/F1 as the mean over pages with a body."""
    agg = Aggregate(pages=len(scores))
    for score in scores:
        agg.crashes += score.crashed
        for name in FIELDS:
            value = getattr(score, name)
            if value is not None:
                agg.scored[name] = agg.scored.get(name, 0) + 1
                agg.correct[name] = agg.correct.get(name, 0) + bool(value)
        if score.body_f1 is not None:
            agg.body_n += 1
            agg.body_p += score.body_p or 0.0
            agg.body_r += score.body_r or 0.0
            agg.body_f1 += score.body_f1
        if score.snippet_total:
            agg.snippet_hits += score.snippet_hits or 0
            agg.snippet_total += score.snippet_total
    return agg


def aggregate_for(run: ExtractorRun, pages: Sequence[PageInput]) -> Aggregate:
    return aggregate([run.scores[p.truth["file"]] for p in pages if p.truth["file"] in run.scores])


def groups(pages: Sequence[PageInput]) -> list[tuple[str, list[PageInput]]]:
    """(label, pages): every page, Chinese/state media, Western wire, then one per site."""
    chinese = [p for p in pages if group_of(p.truth["site"]) == "chinese"]
    western = [p for p in pages if group_of(p.truth["site"]) == "western"]
    out = [
        ("ALL pages", list(pages)),
        ("Chinese/state media (zh + en editions)", chinese),
        ("Western wire (Reuters, AP, AFP, PA, UPI)", western),
    ]
    for site in sorted({p.truth["site"] for p in pages}):
        members = [p for p in pages if p.truth["site"] == site]
        langs = "/".join(sorted({str(p.lang) for p in members}))
        out.append((f"site {site} ({langs})", members))
    return out


# ---------------------------------------------------------------------------------------------- report


def _acc(agg: Aggregate, name: str, pct: bool) -> str:
    n = agg.scored.get(name, 0)
    if not n:
        return "-"
    k = agg.correct.get(name, 0)
    return f"{100 * k / n:.0f}% {k}/{n}" if pct else f"{k}/{n}"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def table(label: str, pages: Sequence[PageInput], runs: Sequence[ExtractorRun], pct: bool = True) -> str:
    header = [
        "extractor",
        "title",
        "date",
        "authors",
        "editor",
        "body P",
        "body R",
        "body F1",
        "snippets",
        "crashes",
    ]
    rows = [header, ["---"] * len(header)]
    for run in runs:
        if run.missing:
            rows.append([run.name, "missing", *[""] * (len(header) - 2)])
            continue
        agg = aggregate_for(run, pages)
        snippets = f"{agg.snippet_hits}/{agg.snippet_total}" if agg.snippet_total else "-"
        rows.append(
            [
                run.name,
                _acc(agg, "title", pct),
                _acc(agg, "published", pct),
                _acc(agg, "authors", pct),
                _acc(agg, "editor", pct),
                _num(agg.mean_p),
                _num(agg.mean_r),
                _num(agg.mean_f1),
                snippets,
                str(agg.crashes),
            ]
        )
    lines = [f"### {label}: {len(pages)} pages", ""]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def speed_table(result: BenchResult) -> str:
    rows = [
        ["extractor", "version", "pages", "seconds", "pages/s", "crashes", "how it was called"],
        ["---"] * 7,
    ]
    for run in result.runs:
        if run.missing:
            rows.append([run.name, "-", "0", "-", "-", "-", f"missing: {run.missing}"])
            continue
        pps = run.pages_per_s
        rows.append(
            [
                run.name,
                run.version,
                str(run.pages),
                f"{run.seconds:.2f}",
                "-" if pps is None else f"{pps:.1f}",
                str(run.crashes),
                run.note,
            ]
        )
    title = f"### Speed (extraction calls only, one core, after warm-up, best of {result.repeat} passes)"
    return "\n".join([title, "", *("| " + " | ".join(row) + " |" for row in rows)])


def site_summary(result: BenchResult) -> str:
    """One line per site: the body F1 of every extractor."""
    runs = [run for run in result.runs if not run.missing]
    rows = [["site", "pages", *(run.name for run in runs)], ["---"] * (len(runs) + 2)]
    for label, pages in groups(result.pages)[3:]:
        f1 = [_num(aggregate_for(run, pages).mean_f1) for run in runs]
        rows.append([label.removeprefix("site "), str(len(pages)), *f1])
    lines = ["### Body F1 per site", ""]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def report(result: BenchResult, per_site: bool = True) -> str:
    parts = []
    for i, (label, pages) in enumerate(groups(result.pages)):
        if i == 3:
            parts.append(site_summary(result))
            if not per_site:
                break
        parts.append(table(label, pages, result.runs, pct=i < 3))
        if i == 2:
            truths = [p.truth for p in result.pages + result.web_pages]
            parts.append(reporters_tables(result.runs, truths))
    parts.append(speed_table(result))
    crashes = [(run.name, file, msg) for run in result.runs for file, msg in run.crash_messages.items()]
    if crashes:
        lines = [f"- {name} on {file}: {msg}" for name, file, msg in crashes]
        parts.append("### Crashes\n\n" + "\n".join(lines))
    parts.append(f"CPU: {result.cpu}")
    return "\n\n".join(parts)


def to_json(result: BenchResult) -> dict[str, Any]:
    def summary(agg: Aggregate) -> dict[str, Any]:
        return {
            "pages": agg.pages,
            **{f"{name}_accuracy": agg.accuracy(name) for name in FIELDS},
            **{f"{name}_scored": agg.scored.get(name, 0) for name in FIELDS},
            "body_precision": agg.mean_p,
            "body_recall": agg.mean_r,
            "body_f1": agg.mean_f1,
            "snippet_hits": agg.snippet_hits,
            "snippet_total": agg.snippet_total,
            "crashes": agg.crashes,
        }

    truths = [p.truth for p in result.pages + result.web_pages]
    out: dict[str, Any] = {
        "cpu": result.cpu,
        "reporters": reporters_json(result.runs, truths),
        "extractors": {},
    }
    for run in result.runs:
        entry: dict[str, Any] = {"version": run.version, "missing": run.missing, "note": run.note}
        if not run.missing:
            entry["seconds"] = run.seconds
            entry["pages_per_s"] = run.pages_per_s
            entry["groups"] = {
                label: summary(aggregate_for(run, pages)) for label, pages in groups(result.pages)
            }
            entry["pages"] = {
                file: {
                    "score": run.scores[file].to_dict(),
                    "pred": {
                        k: (v if isinstance(v, str | list | type(None) | bool) else str(v))
                        for k, v in run.preds[file].items()
                        if k != "body"
                    },
                    "body_chars": len(str(run.preds[file].get("body") or "")),
                    "crash": run.crash_messages.get(file),
                }
                for file in run.scores
            }
        out["extractors"][run.name] = entry
    return out


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
    parser.add_argument(
        "--web",
        type=Path,
        default=DEFAULT_WEB,
        help="corpus-web folder: its pages with an author join the reporters tables (skipped when absent)",
    )
    parser.add_argument("--no-web", action="store_true", help="leave the corpus-web pages out")
    parser.add_argument("--no-ours", action="store_true", help="run the peers only")
    parser.add_argument(
        "--no-generic",
        action="store_true",
        help="skip the 'ours-generic' ablation (our extractor with site rules switched off)",
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
    names = ([] if args.no_ours else ["ours"]) + ([] if args.no_ours or args.no_generic else ["ours-generic"])
    names += peers
    web = None if args.no_web or not (args.web / "truth.jsonl").is_file() else args.web
    result = run_benchmark(
        args.corpus,
        names,
        timeout=args.timeout,
        pin_core=not args.no_pin,
        repeat=max(1, args.repeat),
        web=web,
    )
    print(report(result, per_site=not args.no_sites))
    for run in result.runs:
        if run.missing:
            print(f"\nNOTE: {run.name} was not run: {run.missing}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(to_json(result), ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nper-page results written to {args.json}", file=sys.stderr)
    return 1 if any(run.missing for run in result.runs if run.name.startswith("ours")) else 0


if __name__ == "__main__":
    sys.exit(main())
