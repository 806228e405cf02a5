"""Reporters: how well each extractor names the people who wrote a page, per site group.

Used by ``bench.bench_extract`` (its "Reporters" tables). Pages come from two places:

- ``corpus/`` (truth ``authors``, MANIFEST author policy: reporters only, never correspondents, interns,
  photographers or editors), grouped as Chinese/state media and Western wire (``bench.scoring.group_of``);
- ``corpus-web/`` pages whose truth has an author (trafilatura's evaluation metadata ``author``; pages also in
  ``corpus/`` are left out), grouped as "web": mostly German and English blogs and news sites. That field is
  trafilatura's, not this project's policy: it sometimes names a desk or an agency ("Redaktion", "dpa/lno").

Per group: the pages that credit someone (truth not empty) and on how many of them the set of names is right;
the pages that credit nobody and on how many nothing was named; then names recall and precision pooled over
all pages of the group (a name on a page that credits nobody counts against precision).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.scoring import group_of, name_set

WEB_GROUP = "web"
GROUP_LABELS = {
    "chinese": "Chinese/state media (corpus)",
    "western": "Western wire (corpus)",
    WEB_GROUP: "web pages with an author (corpus-web)",
}
# "Von X und Y" (German), "Por X y Y" (Spanish): the dataset's author strings in other languages
_BY_WORD = re.compile(r"^\s*(?:by|von|por|par)\s+", re.I)
_AND_WORD = re.compile(r"\s+(?:und|y|et|e)\s+")


def web_truth_authors(value: Any) -> list[str]:
    """The names of a corpus-web ``dataset_metadata.author`` value (a string or a list)."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        if isinstance(item, str) and item.strip():
            out += [p for p in _AND_WORD.split(_BY_WORD.sub("", item.strip())) if p.strip()]
    return out


def web_reporter_truth(rec: dict[str, Any]) -> dict[str, Any] | None:
    """A corpus-web truth record shaped like a corpus record (``site`` = "web", ``authors`` = the names of its
    author), or None when it names no author or the page is also in ``corpus/``."""
    author = (rec.get("dataset_metadata") or {}).get("author")
    if not author or rec.get("corpus_file"):
        return None
    return {
        "file": rec["file"],
        "url": rec.get("url") if str(rec.get("url", "")).startswith("http") else None,
        "site": WEB_GROUP,
        "lang": rec.get("lang"),
        "authors": web_truth_authors(author),
    }


def load_web_truth(corpus_web: Path) -> list[dict[str, Any]]:
    """corpus-web truth records with an author, shaped like corpus records (``site`` = "web")."""
    records = []
    with (corpus_web / "truth.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and (truth := web_reporter_truth(json.loads(line))):
                records.append(truth)
    return records


def page_group(truth: dict[str, Any]) -> str:
    return WEB_GROUP if truth.get("site") == WEB_GROUP else group_of(truth.get("site"))


@dataclass
class ReporterCounts:
    credited: int = 0  # pages whose truth names someone
    credited_right: int = 0
    uncredited: int = 0  # pages whose truth names nobody
    uncredited_right: int = 0  # ... where nothing was named
    true_names: int = 0
    pred_names: int = 0
    common_names: int = 0

    @property
    def recall(self) -> float | None:
        return self.common_names / self.true_names if self.true_names else None

    @property
    def precision(self) -> float | None:
        return self.common_names / self.pred_names if self.pred_names else None

    def add(self, truth: Any, pred: Any) -> None:
        want, got = name_set(truth), name_set(pred)
        if want:
            self.credited += 1
            self.credited_right += want == got
        else:
            self.uncredited += 1
            self.uncredited_right += not got
        self.true_names += len(want)
        self.pred_names += len(got)
        self.common_names += len(want & got)


def count(truths: Sequence[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> ReporterCounts:
    """Counts over the pages of ``truths`` whose authors were assessed (truth ``authors`` not null)."""
    counts = ReporterCounts()
    for truth in truths:
        pred = preds.get(truth["file"])
        if truth.get("authors") is None or pred is None:
            continue
        counts.add(truth["authors"], [] if pred.get("crashed") else pred.get("authors"))
    return counts


def _share(k: int, n: int) -> str:
    return f"{k / n:.2f} ({k}/{n})" if n else "-"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def reporters_tables(runs: Sequence[Any], truths: Sequence[dict[str, Any]]) -> str:
    """One table per group: the reporters measures of every extractor run (``runs``: bench ExtractorRun
    objects with ``name``, ``missing`` and ``preds``)."""
    parts = ["### Reporters per site group (authors = the story's reporters)"]
    for group, label in GROUP_LABELS.items():
        members = [t for t in truths if page_group(t) == group and t.get("authors") is not None]
        if not members:
            continue
        rows = [
            [
                "extractor",
                "credited pages right",
                "uncredited pages right",
                "names recall",
                "names precision",
            ],
            ["---"] * 5,
        ]
        for run in runs:
            if run.missing:
                continue
            c = count(members, run.preds)
            rows.append(
                [
                    run.name,
                    _share(c.credited_right, c.credited),
                    _share(c.uncredited_right, c.uncredited),
                    _num(c.recall),
                    _num(c.precision),
                ]
            )
        table = "\n".join("| " + " | ".join(row) + " |" for row in rows)
        parts.append(f"#### {label}: {len(members)} pages\n\n{table}")
    return "\n\n".join(parts)


def reporters_json(runs: Sequence[Any], truths: Sequence[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for run in runs:
        if run.missing:
            continue
        out[run.name] = {}
        for group in GROUP_LABELS:
            members = [t for t in truths if page_group(t) == group and t.get("authors") is not None]
            c = count(members, run.preds)
            out[run.name][group] = {
                "credited": c.credited,
                "credited_right": c.credited_right,
                "uncredited": c.uncredited,
                "uncredited_right": c.uncredited_right,
                "names_recall": c.recall,
                "names_precision": c.precision,
            }
    return out
