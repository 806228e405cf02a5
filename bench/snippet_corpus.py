"""Extraction on a folder of pages annotated with trafilatura-style snippets: ours and the peers, same run.

    python -m bench.snippet_corpus --dir PATH [--peers trafilatura,gne,newspaper4k] [--misses ours] [--json OUT]

``<dir>/truth.jsonl``, one object per page: ``file`` (under ``<dir>/pages/``), ``site`` (the host: the page
is run with ``http://<site>/`` as its URL, what a crawler knows), ``title``, ``published`` (as printed),
``authors`` (reporters, MANIFEST policy), ``with`` (3-5 exact strings of the article body) and ``without``
(3-5 strings of page furniture near it). Optional ``lang`` (default zh); ``url``, the page's own address,
used instead of ``http://<site>/`` (site rules and URL dates then see what a crawler saw); ``editor``
(the 责任编辑/责编/编辑 name(s), MANIFEST policy; null = the page names none), scored only on rows that have
the key and only for extractors that give an editor (ours; the peers show "-").

Scores: the body by trafilatura's own evaluation (bench.scoring.snippet_counts: a ``with`` string found is a
true positive, a ``without`` string found a false positive; counts pooled over pages: precision, recall,
accuracy, F1); title exact, published day, authors as a set (bench.scoring.score_page). A page whose printed
date has no year is not scored for published. "ours" runs decode + extract with the page's host URL;
"ours-generic" with site recognition switched off (the two differ only if a page is taken for a known site).
Used for issue 10's unseen Chinese sites (docs/benchmarks.md, "Chinese sites without rules").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.bench_extract import _call, decode_for_peers
from bench.extractors import FACTORIES, PEERS, MissingExtractor, PageInput
from bench.scoring import day_of, score_page, snippet_counts, snippet_metrics

TIMEOUT = 60.0


def load(folder: Path) -> list[PageInput]:
    """The folder's pages, each with its truth in the shape bench.scoring.score_page reads."""
    pages = []
    with (folder / "truth.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    for row in rows:
        truth = {
            **row,
            "lang": row.get("lang", "zh"),
            # a date printed without a year ("09-30 22:46") names no day: not scored
            "published": row.get("published") if day_of(row.get("published")) else None,
        }
        if "editor" in row:  # a null editor is a verified "none named" (bench.scoring.editor_scored)
            truth["derived"] = [*(row.get("derived") or []), "editor"]
        raw = (folder / "pages" / row["file"]).read_bytes()
        url = row.get("url") or (f"http://{row['site']}/" if row.get("site") else None)
        page = PageInput(truth=truth, raw=raw, url=url, lang=truth["lang"])
        page.text = decode_for_peers(page)
        pages.append(page)
    return pages


def run_one(name: str, pages: Sequence[PageInput]) -> dict[str, Any]:
    """One extractor over every page: per-page predictions, snippet counts and field scores."""
    try:
        extractor = FACTORIES[name]()
    except MissingExtractor as exc:
        return {"name": name, "missing": str(exc)}
    per_page: dict[str, Any] = {}
    for page in pages:
        pred, _, crash = _call(extractor, page, TIMEOUT)
        truth = page.truth
        body = None if pred is None else str(pred.get("body") or "")
        score = score_page(truth, pred)
        per_page[truth["file"]] = {
            "counts": snippet_counts(truth["with"], truth["without"], body),
            "title": score.title,
            "published": score.published,
            "authors": score.authors,
            "editor": score.editor if "editor" in truth else None,
            "crash": crash,
            "pred": {
                k: (v if isinstance(v, (str, list, type(None))) else str(v)) for k, v in (pred or {}).items()
            },
        }
    return {"name": name, "version": extractor.version, "pages": per_page}


def summary(result: dict[str, Any]) -> dict[str, Any]:
    pages = result["pages"].values()
    metrics = snippet_metrics([p["counts"] for p in pages])

    def share(field: str) -> str:
        scored = [p[field] for p in pages if p.get(field) is not None]
        return f"{sum(scored)}/{len(scored)}" if scored or field != "editor" else "-"

    crashes = sum(1 for p in pages if p["crash"])
    return {
        **metrics,
        "title": share("title"),
        "published": share("published"),
        "authors": share("authors"),
        "editor": share("editor"),
        "crashes": crashes,
    }


def table(results: Sequence[dict[str, Any]]) -> str:
    lines = [
        "| extractor | version | snippet P | R | F1 | accuracy | title | published | authors | editor | crashes |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        if "missing" in result:
            lines.append(f"| {result['name']} | missing: {result['missing']} ||||||||||")
            continue
        s = summary(result)
        lines.append(
            f"| {result['name']} | {result['version']} | {s['precision']:.3f} | {s['recall']:.3f} | "
            f"{s['f1']:.3f} | {s['accuracy']:.3f} | {s['title']} | {s['published']} | {s['authors']} | "
            f"{s['editor']} | {s['crashes']} |"
        )
    return "\n".join(lines)


def misses(result: dict[str, Any], pages: Sequence[PageInput]) -> str:
    """Per page: the ``with`` strings not found, the ``without`` strings found, wrong title/authors."""
    out = [f"Misses of {result['name']}:"]
    for page in pages:
        truth = page.truth
        got = result["pages"][truth["file"]]
        body = " ".join(str(got["pred"].get("body") or "").split())
        lost = [w for w in truth["with"] if " ".join(w.split()) not in body]
        kept = [w for w in truth["without"] if " ".join(w.split()) in body]
        notes = []
        if lost:
            notes.append(f"with not found {lost}")
        if kept:
            notes.append(f"without found {kept}")
        if got["title"] is False:
            notes.append(f"title {got['pred'].get('title')!r}")
        if got["published"] is False:
            notes.append(f"published {got['pred'].get('published')!r} (truth {truth['published']})")
        if got["authors"] is False:
            notes.append(f"authors {got['pred'].get('authors')!r} (truth {truth['authors']})")
        if got.get("editor") is False:
            notes.append(f"editor {got['pred'].get('editor')!r} (truth {truth['editor']})")
        if got["crash"]:
            notes.append(f"crash {got['crash']}")
        if notes:
            out.append(f"- {truth['file']}: " + "; ".join(notes))
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, required=True, help="folder with truth.jsonl and pages/")
    parser.add_argument("--peers", default=",".join(PEERS), help="comma-separated peers ('' for none)")
    parser.add_argument("--no-generic", action="store_true", help="skip ours-generic")
    parser.add_argument("--misses", default="ours", help="comma-separated extractors whose misses to list")
    parser.add_argument("--json", type=Path, help="write every prediction and score here")
    args = parser.parse_args(argv)
    pages = load(args.dir)
    names = ["ours"] + ([] if args.no_generic else ["ours-generic"])
    names += [p for p in args.peers.split(",") if p]
    results = [run_one(name, pages) for name in names]
    print(f"{len(pages)} pages, {len({p.truth.get('site') for p in pages})} sites, from {args.dir}\n")
    print(table(results))
    for result in results:
        if result["name"] in args.misses.split(",") and "pages" in result:
            print("\n" + misses(result, pages))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
