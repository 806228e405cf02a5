"""The publication day on four page sets: ours, each source of our evidence alone, and htmldate, same run.

    python -m bench.published [--sets corpus,web] [--cn DIR] [--webunseen DIR] [--no-extensive]

Sets (all dev: looked at while tuning): ``corpus`` = ../shared/corpus (truth ``published``), ``web`` = the tuning
part of ../shared/corpus-web's trafilatura set, pages whose dataset metadata carries a ``date`` (trafilatura's
own evaluation data: its metadata dates were checked with htmldate's help, so that peer is favoured there),
``cn`` and ``webunseen`` = the two snippet folders of issue 10, given by ``--cn DIR`` / ``--webunseen DIR``
(kept outside the repository, see docs/benchmarks.md; truth ``published`` as printed; a date without a year is
not scored). A page counts when the day (``YYYY-MM-DD``) matches; offsets and times are ignored.

Columns: ``ours`` (decode + extract), each evidence source of ``times.find_published`` alone (right / pages it
gave a date on), htmldate 1.x ``find_date(html, url=..., original_date=True)`` fast and extensive, and ours
with htmldate (fast) as a fallback when ours finds nothing (``ours+hd``: the same as ``ours`` once
times.find_published ends with htmldate itself). Timing is the extraction call only, one core.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.bench_extract import decode_for_peers, load_pages
from bench.extractors import PageInput
from bench.scoring import day_of
from bench.snippet_corpus import load as load_snippet_folder
from bench.web_split import select


def web_pages(corpus_web: Path) -> list[PageInput]:
    """corpus-web's trafilatura-set pages of the tuning part whose metadata names a day."""
    pages = []
    with (corpus_web / "truth.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    for row in rows:
        day = day_of((row.get("dataset_metadata") or {}).get("date"))
        if row.get("set") != "trafilatura" or not day:
            continue
        raw = (corpus_web / row["file"]).read_bytes()
        url = row["url"] if str(row.get("url", "")).startswith("http") else None
        pages.append(PageInput(truth={**row, "published": day}, raw=raw, url=url, lang=row.get("lang")))
    return select(pages, "tuning", lambda p: p.raw)


def load_set(name: str, folders: dict[str, Path]) -> list[PageInput]:
    if name == "corpus":
        pages = [p for p in load_pages(Path("../shared/corpus")) if day_of(p.truth.get("published"))]
    elif name == "web":
        pages = web_pages(Path("../shared/corpus-web"))
    else:
        pages = [p for p in load_snippet_folder(folders[name]) if p.truth.get("published")]
    for page in pages:
        page.text = page.text or decode_for_peers(page)
    return pages


def ours_with_sources(page: PageInput) -> dict[str, Any]:
    """Our published value, and what each source of find_published gives alone on the same page."""
    from pipeline.record import Article
    from pipeline.stages.decode import decode
    from pipeline.stages.extract import html_page, times

    seen: dict[str, Any] = {}
    real = times.find_published

    def spy(root: Any, rule: Any, metas: Any, lines: Any, title: Any, url: Any, tz: Any, *rest: Any) -> Any:
        ld = rest[0] if rest else None
        seen["rule"] = times._rule_published(root, rule, tz)
        seen["markup"] = times._markup_published(root, metas, tz)
        seen["json-ld"] = times.parse_datetime(ld, tz)
        seen["date line"] = times._date_line(lines, title, tz)
        seen["url"] = times.url_date(url)
        return real(root, rule, metas, lines, title, url, tz, *rest)

    html_page.find_published = spy  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        record = decode(Article(url=page.url, raw=page.raw))
        from pipeline.stages.extract import extract

        record = extract(record)
        seen["_seconds"] = time.perf_counter() - start
    finally:
        html_page.find_published = real
    seen["ours"] = record.published
    return seen


def htmldate_of(extensive: bool) -> Callable[[PageInput], str | None]:
    from htmldate import find_date

    def run(page: PageInput) -> str | None:
        try:
            return find_date(page.text, url=page.url, extensive_search=extensive, original_date=True)
        except Exception:  # noqa: BLE001 - a peer's crash is a miss
            return None

    return run


SOURCES = ("rule", "markup", "json-ld", "date line", "url")


def score_set(name: str, pages: list[PageInput], extensive: bool) -> dict[str, Any]:
    rows: dict[str, list[int]] = {
        k: [0, 0] for k in ("ours", *SOURCES, "htmldate", "htmldate-ext", "ours+hd")
    }
    seconds = {"ours": 0.0, "htmldate": 0.0, "htmldate-ext": 0.0}
    misses = []
    peers = {"htmldate": htmldate_of(False)}
    if extensive:
        peers["htmldate-ext"] = htmldate_of(True)
    for page in pages:
        truth = day_of(page.truth["published"])
        seen = ours_with_sources(page)
        seconds["ours"] += seen["_seconds"]
        preds = {k: seen.get(k) for k in ("ours", *SOURCES)}
        for peer, run in peers.items():
            start = time.perf_counter()
            preds[peer] = run(page)
            seconds[peer] += time.perf_counter() - start
        preds["ours+hd"] = preds["ours"] or preds["htmldate"]
        for key, pred in preds.items():
            if pred:
                rows[key][1] += 1
                rows[key][0] += day_of(pred) == truth
        if day_of(preds["ours"]) != truth:
            misses.append(
                f"{page.truth['file']}: ours {preds['ours']} htmldate {preds['htmldate']} truth {truth}"
            )
    return {"name": name, "n": len(pages), "rows": rows, "seconds": seconds, "misses": misses}


def report(result: dict[str, Any]) -> str:
    n = result["n"]
    out = [
        f"### {result['name']}: {n} pages with a day\n",
        "| reading | right | gave a date | pages/s |",
        "|---|---|---|---|",
    ]
    for key, (right, gave) in result["rows"].items():
        secs = result["seconds"].get(key)
        speed = f"{n / secs:.1f}" if secs else ""
        if key == "htmldate-ext" and not gave and not secs:
            continue
        out.append(f"| {key} | {right}/{n} | {gave} | {speed} |")
    out += ["", "misses of ours:"] + [f"- {m}" for m in result["misses"]] + [""]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sets", default="corpus,web", help="corpus, web (and cn, webunseen: added by --cn/--webunseen)"
    )
    parser.add_argument(
        "--cn", type=Path, help="the folder of Chinese sites without rules (snippet_corpus shape)"
    )
    parser.add_argument(
        "--webunseen", type=Path, help="the folder of Western pages never tuned on (same shape)"
    )
    parser.add_argument("--no-extensive", action="store_true", help="skip htmldate's extensive search")
    args = parser.parse_args(argv)
    folders = {name: folder for name, folder in (("cn", args.cn), ("webunseen", args.webunseen)) if folder}
    names = [n for n in args.sets.split(",") if n] + [n for n in folders if n not in args.sets.split(",")]
    for name in names:
        print(report(score_set(name, load_set(name, folders), not args.no_extensive)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
