"""Tables of the extraction benchmark on ../shared/corpus-web: each set scored as its own benchmark scores it.

- scrapinghub (article-extraction-benchmark): full article bodies; per page 4-token shingle tp/fp/fn
  normalised to sum 1, precision and recall averaged over pages, F1 of the two means, exact-token accuracy,
  and a bootstrap ± (standard deviation of F1 over 1,000 resamples of the pages, as their evaluate.py);
- trafilatura (tests/eval_common.py): per page, "with" snippets found and "without" snippets absent,
  counts pooled over pages: precision, recall, accuracy, F1.

Each set gets its table over all pages and one F1 per language group (English, German, other
Latin-script languages, other scripts) and for the news-like pages (the dataset's own rough signal). Then the
reporters table of the pages whose dataset metadata names an author (bench.reporters, group "web").
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from bench.reporters import reporters_json, reporters_tables, web_reporter_truth
from bench.scoring import same_tokens, shingle_match, shingle_metrics, snippet_counts, snippet_metrics

if TYPE_CHECKING:
    from bench.extractors import BenchResult, ExtractorRun, PageInput

SETS = ("scrapinghub", "trafilatura")
OTHER_SCRIPTS = frozenset({"ru", "uk", "bg", "el", "ar", "fa", "he", "hi", "bn", "ko", "ja", "zh", "th"})
BOOTSTRAP = 1000


def is_web_corpus(pages: Sequence[PageInput]) -> bool:
    """corpus-web rows name their set ("scrapinghub", "trafilatura"); ../shared/corpus rows do not."""
    return bool(pages) and all("set" in p.truth for p in pages)


def language_group(lang: str | None) -> str:
    if lang == "en":
        return "English"
    if lang == "de":
        return "German"
    if lang in OTHER_SCRIPTS:
        return "other scripts (ru, ko, ja, zh, bn...)"
    return "other Latin-script languages"


def groups(pages: Sequence[PageInput]) -> list[tuple[str, list[PageInput]]]:
    """(label, pages) per language group, in a fixed order, then the news-like pages."""
    order = ["English", "German", "other Latin-script languages", "other scripts (ru, ko, ja, zh, bn...)"]
    out = [(g, [p for p in pages if language_group(p.lang) == g]) for g in order]
    out.append(("news-like pages", [p for p in pages if p.truth.get("news_like")]))
    return [(label, members) for label, members in out if members]


def _body(run: ExtractorRun, page: PageInput) -> str | None:
    """The extractor's body for a page; None when it crashed."""
    pred = run.preds.get(page.truth["file"])
    if pred is None or pred.get("crashed"):
        return None
    return str(pred.get("body") or "")


def scrapinghub_scores(run: ExtractorRun, pages: Sequence[PageInput]) -> dict[str, Any]:
    counts = [shingle_match(p.truth.get("body") or "", _body(run, p) or "") for p in pages]
    metrics = shingle_metrics(counts)
    metrics["accuracy"] = sum(
        same_tokens(p.truth.get("body") or "", _body(run, p) or "") for p in pages
    ) / max(len(pages), 1)
    metrics["f1_std"] = _bootstrap_std(counts)
    return metrics


def _bootstrap_std(counts: list[tuple[float, float, float]]) -> float | None:
    if len(counts) < 2:
        return None
    rng = random.Random(0)  # fixed: the same figure on every run
    values = []
    for _ in range(BOOTSTRAP):
        sample = [counts[rng.randrange(len(counts))] for _ in counts]
        f1 = shingle_metrics(sample)["f1"]
        if f1 is not None:
            values.append(f1)
    if len(values) < 2:
        return None
    mean = sum(values) / len(values)
    return (sum((v - mean) ** 2 for v in values) / (len(values) - 1)) ** 0.5


def trafilatura_scores(run: ExtractorRun, pages: Sequence[PageInput]) -> dict[str, Any]:
    counts = [
        snippet_counts(
            p.truth.get("body_must_contain") or [], p.truth.get("body_must_not_contain") or [], _body(run, p)
        )
        for p in pages
    ]
    return dict(snippet_metrics(counts))


SCORERS: dict[str, Callable[[ExtractorRun, Sequence[PageInput]], dict[str, Any]]] = {
    "scrapinghub": scrapinghub_scores,
    "trafilatura": trafilatura_scores,
}
COLUMNS = {
    "scrapinghub": ("precision", "recall", "f1", "f1_std", "accuracy"),
    "trafilatura": ("precision", "recall", "f1", "accuracy"),
}
HOW = {
    "scrapinghub": "article-extraction-benchmark scoring: 4-token shingles, per-page P/R averaged, F1 of the means",
    "trafilatura": "trafilatura's evaluation: with/without snippets, counts pooled over pages",
}


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def set_table(name: str, pages: Sequence[PageInput], runs: Sequence[ExtractorRun]) -> str:
    columns = COLUMNS[name]
    header = ["extractor", *("±" if c == "f1_std" else c for c in columns), "crashes"]
    lines = [
        f"### corpus-web / {name}: {len(pages)} pages ({HOW[name]})",
        "",
        _row(header),
        _row(["---"] * len(header)),
    ]
    for run in runs:
        if run.missing:
            lines.append(_row([run.name, "missing", *[""] * (len(header) - 2)]))
            continue
        scores = SCORERS[name](run, pages)
        crashes = sum(1 for p in pages if _body(run, p) is None)
        lines.append(_row([run.name, *(_num(scores.get(c)) for c in columns), str(crashes)]))
    return "\n".join(lines)


def group_table(name: str, pages: Sequence[PageInput], runs: Sequence[ExtractorRun]) -> str:
    present = [run for run in runs if not run.missing]
    header = ["pages of", "n", *(run.name for run in present)]
    lines = [f"### corpus-web / {name}: F1 per language group", "", _row(header), _row(["---"] * len(header))]
    for label, members in groups(pages):
        f1 = [_num(SCORERS[name](run, members).get("f1")) for run in present]
        lines.append(_row([label, str(len(members)), *f1]))
    return "\n".join(lines)


def report(result: BenchResult) -> str:
    parts = []
    for name in SETS:
        pages = [p for p in result.pages if p.truth.get("set") == name]
        if pages:
            parts += [set_table(name, pages, result.runs), group_table(name, pages, result.runs)]
    truths = reporter_truths(result.pages)
    if truths:
        parts.append(reporters_tables(result.runs, truths))
    return "\n\n".join(parts)


def reporter_truths(pages: Sequence[PageInput]) -> list[dict[str, Any]]:
    """The pages whose dataset metadata names an author, as reporters truth records (bench.reporters)."""
    return [t for p in pages if (t := web_reporter_truth(p.truth))]


def to_json(result: BenchResult) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in SETS:
        pages = [p for p in result.pages if p.truth.get("set") == name]
        if not pages:
            continue
        out[name] = {
            run.name: {
                "all": SCORERS[name](run, pages),
                **{label: SCORERS[name](run, members) for label, members in groups(pages)},
            }
            for run in result.runs
            if not run.missing
        }
    out["reporters"] = reporters_json(result.runs, reporter_truths(result.pages))
    return out
