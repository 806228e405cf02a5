"""Persons on whole real pages: ``python -m bench.people_pages --dir DIR [--json OUT] [--details]``.

DIR holds ``truth.jsonl`` (one page a line: ``page`` = a path under DIR, ``lang``, ``sha256`` of the page's
bytes, ``persons`` = ``[{"name", "also"?, "surname_only"?}]``) and the pages. Each page runs through the extract
and language stages (``pipeline.runner``, as ``wirearchive extract`` runs them), then through ``find_people``
with the record's byline fields emptied: the truth lists the persons of the title and the extracted body only
(docs/people.md, "Annotation rules": bylines outside the body are not persons), and the people stage would
otherwise report every extracted author as a reporter. The peers read the same text units (title and
paragraphs): LAC PER as-is for Chinese pages, spaCy sm PERSON as-is for English ones, as ``make bench-people``
runs them (bench/ner_dev.py).

Scoring is bench/ner_dev.py's (its ``normalise`` and ``merge_names``, both sides alike), with one addition for
whole annotated persons: a person may have other printed forms (``also``: a variant spelling, 冯警官 for the
surname-only 冯, a player's nickname), and a predicted name equal to any form of a person counts for that
person, once. Per page: TP = truth persons with a form predicted; FN = the others; FP = predicted names (merged)
that are no form of a truth person. A truth person whose name the merge rule folds into a longer truth name
(王 of 王警官 beside 王某智) is not scored on its own, as in ner_dev. Sums per language.

With ``--bodies`` the pages are plain-text article bodies (a dataset's truth body, one paragraph a line), not
HTML: the record is those paragraphs (no title, no extraction) in the truth row's language, so the figure
measures the people stage alone, free of extraction errors (the second English set of issue 10:
scrapinghub truth bodies).

The pages and truth stay outside the repository (the sets of issue 10: /work/scratch/people_unseen, with a
SOURCES.md saying where each page comes from).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.ner_dev import NameScore, lac_as_is, merge_names, normalise, spacy_as_is
from pipeline.record import Article

# text units of a page -> person names found (any order, duplicates allowed)
PageSystem = Callable[[Article], Iterable[str]]
LANGS = ("zh", "en")


@dataclass
class TruthPage:
    page: str
    lang: str
    sha256: str
    persons: list[dict[str, Any]]


@dataclass
class PageResult:
    page: str
    lang: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


def load_truth(folder: Path) -> list[TruthPage]:
    """The truth rows of ``folder/truth.jsonl``; ValueError when a page's bytes are not those annotated."""
    rows = []
    for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows.append(TruthPage(row["page"], row["lang"], row["sha256"], row["persons"]))
    for row in rows:
        digest = hashlib.sha256((folder / row.page).read_bytes()).hexdigest()
        if digest != row.sha256:
            raise ValueError(f"{row.page}: sha256 {digest} is not the annotated page's {row.sha256}")
    return rows


def _forms(person: dict[str, Any], lang: str) -> set[str]:
    return {normalise(n, lang) for n in [person["name"], *person.get("also", [])]}


def score_page(
    persons: list[dict[str, Any]], predicted: Iterable[str], lang: str, page: str = ""
) -> PageResult:
    """One page's TP / FP / FN (module docstring), with the names missed and the extra names."""
    kept_names = merge_names([p["name"] for p in persons], lang)
    kept = [p for p in persons if normalise(p["name"], lang) in kept_names]
    found = merge_names(predicted, lang)
    result = PageResult(page, lang)
    known: set[str] = set()
    for person in kept:
        forms = _forms(person, lang)
        known |= forms
        if forms & found:
            result.tp += 1
        else:
            result.fn += 1
            result.missed.append(person["name"])
    result.extra = sorted(found - known)
    result.fp = len(result.extra)
    return result


def extracted_record(folder: Path, row: TruthPage) -> Article:
    """The page through decode, extract and language, byline fields emptied (module docstring)."""
    from pipeline.runner import process_record, record_from_file, stages_named

    record = process_record(record_from_file(folder / row.page), stages_named(["extract", "language"]))
    return dataclasses.replace(record, authors=[], photographers=[], editor=None)


def body_record(folder: Path, row: TruthPage) -> Article:
    """A plain-text body page as a record: its non-empty lines are the paragraphs (``--bodies``)."""
    text = (folder / row.page).read_text(encoding="utf-8")
    return Article(
        lang=row.lang, is_text=True, paragraphs=[ln.strip() for ln in text.splitlines() if ln.strip()]
    )


def ours(record: Article) -> list[str]:
    """Every surface form of every person find_people reports (as bench/ner_dev.py counts them)."""
    from pipeline.stages.people import find_people

    return [form for person in find_people(record).people for form in person.forms]


def _units(record: Article) -> list[str]:
    return [u for u in [record.title or "", *record.paragraphs] if u.strip()]


def systems(lang: str) -> list[tuple[str, PageSystem]]:
    peer: tuple[str, PageSystem] = (
        ("spaCy sm PERSON as-is", lambda r: spacy_as_is(_units(r)))
        if lang == "en"
        else ("LAC PER as-is", lambda r: lac_as_is(_units(r)))
    )
    return [("ours (find_people)", ours), peer]


def run(folder: Path, bodies: bool = False) -> dict[str, list[tuple[str, NameScore, list[PageResult]]]]:
    """{lang: [(system, summed score, per-page results)]} over the truth's pages, in file order; ``bodies``:
    the pages are plain-text bodies (module docstring)."""
    rows = load_truth(folder)
    record_of = body_record if bodies else extracted_record
    records = {row.page: record_of(folder, row) for row in rows}
    out: dict[str, list[tuple[str, NameScore, list[PageResult]]]] = {}
    for lang in LANGS:
        pages = [row for row in rows if row.lang == lang]
        if not pages:
            continue
        out[lang] = []
        for name, system in systems(lang):
            total, results = NameScore(), []
            for row in pages:
                record = dataclasses.replace(records[row.page], people=[])
                result = score_page(row.persons, system(record), lang, row.page)
                total.tp, total.fp, total.fn = (
                    total.tp + result.tp,
                    total.fp + result.fp,
                    total.fn + result.fn,
                )
                total.articles += 1
                results.append(result)
            out[lang].append((name, total, results))
    return out


def table(result: dict[str, list[tuple[str, NameScore, list[PageResult]]]]) -> str:
    lines = [
        "| lang | pages | system | TP | FP | FN | precision | recall | F1 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for lang, rows in result.items():
        for i, (name, s, _pages) in enumerate(rows):
            label = (lang, str(s.articles)) if i == 0 else ("", "")
            lines.append(
                f"| {label[0]} | {label[1]} | {name} | {s.tp} | {s.fp} | {s.fn} "
                f"| {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |"
            )
    return "\n".join(lines)


def details(result: dict[str, list[tuple[str, NameScore, list[PageResult]]]], system: str) -> str:
    lines = []
    for rows in result.values():
        for name, _s, pages in rows:
            if name != system:
                continue
            for page in pages:
                if page.missed or page.extra:
                    lines.append(f"{page.page}: missed {page.missed} extra {page.extra}")
    return "\n".join(lines)


def as_json(result: dict[str, list[tuple[str, NameScore, list[PageResult]]]]) -> dict[str, Any]:
    return {
        lang: [
            {
                "system": name,
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
                "precision": s.precision,
                "recall": s.recall,
                "f1": s.f1,
                "pages": [dataclasses.asdict(p) for p in pages],
            }
            for name, s, pages in rows
        ]
        for lang, rows in result.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, required=True, help="folder with truth.jsonl and the pages")
    parser.add_argument("--json", type=Path, help="write every page's result to this file")
    parser.add_argument("--details", action="store_true", help="print ours' misses and extras per page")
    parser.add_argument(
        "--bodies",
        action="store_true",
        help="pages are plain-text bodies, one paragraph a line (no extraction)",
    )
    args = parser.parse_args(argv)
    result = run(args.dir, bodies=args.bodies)
    print(table(result))
    if args.details:
        print()
        print(details(result, "ours (find_people)"))
    if args.json:
        args.json.write_text(json.dumps(as_json(result), ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
