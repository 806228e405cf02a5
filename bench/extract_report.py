"""Tables of the extraction benchmark on ../shared/corpus (Chinese state media and Western wire pages):
field accuracies and body token P/R/F1 per group and per site, the reporters per site group (bench.reporters;
with the corpus-web pages whose truth names an author as a third group), speed, and the JSON dump.
See bench.bench_extract (which runs the extractors) and bench.web_report (the corpus-web tables).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bench.reporters import reporters_json, reporters_tables
from bench.scoring import PageScore, group_of

if TYPE_CHECKING:
    from bench.extractors import BenchResult, ExtractorRun, PageInput

FIELDS = ("title", "published", "authors", "editor")


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
