"""Benchmark of the dates stage: how many annotated dates are resolved to exactly the right value.

Run from the project root:  python -m bench.bench_dates [--repeat N]

Cases: every tests/fixtures/dates/*.json (the project's own annotated articles) plus the two seed
articles from ../shared/seeds when that folder exists. A second table scores the independent annotation of
real pages (tests/fixtures/dates_corpus.json: dates only, keyed by the corpus `file`; the text is read from
../shared/corpus/truth.jsonl and the table is skipped when that file is absent). A date counts as right when a mention of the same
kind has exactly the expected value (and, for a range, the expected end). "Extra" counts resolved mentions
that the annotation does not list (over-reading: a bare number taken for a date, a wrong resolution).

Peer (same run, same cases; the code is in bench/dates_peer.py): dateparser's ``search.search_dates(text, languages=[lang], settings=...)`` with
RELATIVE_BASE = our reference date (the dateline's date, else the publication day) and each PREFER_DATES_FROM
mode. dateparser has no kinds, so the side-by-side table is kind-free and applies one rule to both resolvers:
per article, the set of distinct annotated values of the dates written in the text (dateline, event, range
start and range end; "published" is page metadata and left out) against the set of distinct values found
(ours: every mention that is not "published", a range giving its start and its end). An annotated value is
right when a found value equals it at the annotation's precision (a month annotation "2024-12" is matched by
any found day in December 2024; dateparser always returns a full date); a found value is extra when it
matches no annotated value that way. The peer runs with every socket connection refused (no network).

Relative mentions (issue 10) get rows of their own: annotated dates whose text is a relative expression
(:func:`is_relative`: today/昨天, last week/上周, 上周五/"last Friday", last month/上个月, this year/去年, and
durations: 3天前, "two weeks ago", "in a month", "three days later"), without a month or day of their own.
"relative" in the kind tables scores them like the other kinds (same kind and exact value); "extra" counts
resolved mentions with a relative text that the annotation does not list. Side by side with the peer, an
annotated relative date is right when a found date whose text overlaps the annotated text has its value at
the annotation's precision (for a range: the same range, or a single day inside it); a found date with a
relative text that matches no annotated relative date that way is extra.

The blind relative sets (bench/dates_unseen.py, bench/dates_articles.py) and the natural news text of ../shared/ner
and ../shared/corpus-web (bench/dates_natural.py, five blind samples: dev stories, a second one of CoNLL train, a
third of People's Daily sentences of the MSRA training text, a fourth of other CoNLL train stories naming a weekday
and a fifth of modern web news pages; each skipped, saying so, without its data) are printed in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from bench.dates_articles import print_articles
from bench.dates_natural import NATURAL_SETS, print_natural
from bench.dates_peer import Case, article_lang, compare, is_relative
from bench.dates_unseen import ROUND2, ROUND3, ROUND4, ROUND5, UNSEEN, case_article, load_unseen, print_unseen
from pipeline.record import Article
from pipeline.stages.dates import find_dates

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "dates"
SHARED = ROOT.parent / "shared"
CORPUS_ANNOTATION = ROOT / "tests" / "fixtures" / "dates_corpus.json"
CORPUS_TRUTH = SHARED / "corpus" / "truth.jsonl"
KINDS = ("published", "dateline", "event", "range")

# The acceptance cases of issue 5. 000 has no date marker; its publication date is the dateline's day.
SEED_CASES: dict[str, dict[str, Any]] = {
    "000_": {
        "published": "2021-11-16",
        "expected": [
            {"value": "2021-11-16", "kind": "published"},
            {"value": "2021-11-16", "kind": "dateline"},
            {"value": "2021-11-16", "kind": "event"},
            {"value": "2021-11-19", "kind": "event"},
        ],
    },
    "002_": {
        "published": None,  # read from the "date 2022-08-31" marker
        "expected": [
            {"value": "2022-08-31", "kind": "published"},
            {"value": "2022-08-30", "kind": "dateline"},
            {"value": "2022-08-29", "kind": "event"},
        ],
    },
}


def article_from_fixture(case: dict[str, Any]) -> Article:
    paragraphs = [p.strip() for p in case.get("text", "").split("\n") if p.strip()]
    return Article(
        title=case.get("title"), paragraphs=paragraphs, published=case.get("published"), lang=case.get("lang")
    )


def article_from_seed(path: Path, published: str | None) -> Article:
    """A seed .txt: blank-line separated paragraphs, an optional leading "date YYYY-MM-DD" marker."""
    text = path.read_text(encoding="utf-8")
    m = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})\s*", text)
    if m:
        published = published or m.group(1)
        text = text[m.end() :]
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return Article(paragraphs=paragraphs, published=published, lang="en", is_text=True)


def load_cases() -> list[tuple[str, Article, list[dict[str, Any]]]]:
    cases = []
    for path in sorted(FIXTURES.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        cases.append((path.stem, article_from_fixture(case), case["expected"]))
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        for prefix, seed in SEED_CASES.items():
            for path in sorted(seeds.glob(f"{prefix}*.txt")):
                cases.append(
                    (f"seed {path.stem}", article_from_seed(path, seed["published"]), seed["expected"])
                )
    return cases


def expected_published(published: str | None, lang: str | None) -> str | None:
    """The publication day a reader sees: Chinese pages in Beijing time, others as printed."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return published[:10]
    if lang == "zh" and moment.tzinfo is not None:
        moment = moment.astimezone(timezone(timedelta(hours=8)))
    return moment.date().isoformat()


def article_from_truth(truth: dict[str, Any], published: str | None) -> Article:
    """A corpus page as the extractor would hand it over: the headline apart, one paragraph per body line."""
    lines = [line.strip() for line in (truth.get("body") or "").split("\n") if line.strip()]
    title = None
    if truth.get("body_first_line_is_title") and lines:
        title, lines = lines[0], lines[1:]
    return Article(title=title, paragraphs=lines, published=published, lang=truth.get("lang"))


def load_corpus_cases(
    annotation: Path = CORPUS_ANNOTATION, truth_path: Path = CORPUS_TRUTH
) -> list[tuple[str, Article, list[dict[str, Any]]]]:
    """The independently annotated real pages; [] when the shared corpus is absent."""
    if not truth_path.is_file() or not annotation.is_file():
        return []
    truths = {}
    for line in truth_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            truths[row["file"]] = row
    cases = []
    for page in json.loads(annotation.read_text(encoding="utf-8")):
        truth = truths.get(page["file"])
        if truth is None or not truth.get("body"):
            continue
        expected = [
            {"kind": d["kind"], "value": d["value"], "end": d.get("end"), "text": d["text"]}
            for d in page["dates"]
        ]
        day = expected_published(page["published"], truth.get("lang"))
        if day:
            expected.append({"kind": "published", "value": day, "end": None})
        cases.append((page["file"], article_from_truth(truth, page["published"]), expected))
    return cases


def evaluate(
    cases: list[tuple[str, Article, list[dict[str, Any]]]], verbose: bool = False
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Run the stage on every case: (expected, right, extra) per kind; -v prints every miss and extra."""
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    for name, record, expected in cases:
        record.dates = []
        find_dates(record)
        t, r, x = score(record, expected)
        total += t
        right += r
        extra += x
        if verbose and (t != r or x):
            want = {_key(e) for e in expected}
            got = {(d.kind, d.value, d.end) for d in record.dates if d.value is not None}
            missed = sorted((k, v or "", e or "") for k, v, e in want - got)
            extras = sorted(
                (d.kind, d.value or "", d.end or "", d.text)
                for d in record.dates
                if d.value is not None and (d.kind, d.value, d.end) not in want
            )
            print(f"-- {name}\n   missed {missed}\n   extra  {extras}")
    return total, right, extra


def print_table(total: Counter[str], right: Counter[str], extra: Counter[str]) -> None:
    print(f"{'kind':<10} {'expected':>8} {'right':>6} {'accuracy':>9} {'extra':>6}")
    for kind in KINDS:
        n = total[kind]
        acc = f"{right[kind] / n:.3f}" if n else "-"
        print(f"{kind:<10} {n:>8} {right[kind]:>6} {acc:>9} {extra[kind]:>6}")
    n = sum(total.values())
    r = sum(right.values())
    x = sum(extra.values())
    print(f"{'all':<10} {n:>8} {r:>6} {r / n if n else 0:>9.3f} {x:>6}")
    print(f"precision (right / (right + extra)): {r / (r + x) if r + x else 0:.3f}")


def _key(d: dict[str, Any]) -> tuple[str, str | None, str | None]:
    return (d["kind"], d["value"], d.get("end"))


def score(record: Article, expected: list[dict[str, Any]]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """(expected per kind, right per kind, extra per kind) for one article."""
    found = {(d.kind, d.value, d.end) for d in record.dates if d.value is not None}
    want = {_key(e) for e in expected}
    total: Counter[str] = Counter(k for k, _, _ in want)
    right: Counter[str] = Counter(k for k, v, e in want if (k, v, e) in found)
    extra: Counter[str] = Counter(k for k, v, e in found if (k, v, e) not in want)
    return total, right, extra


# ---------------------------------------------------------------------------------------------- relative


def score_relative(
    record: Article, expected: list[dict[str, Any]]
) -> tuple[int, int, int, list[str], list[str]]:
    """(annotated relative, right, extra, missed texts, extra texts) for one article, kinds as in score()."""
    want = {_key(e) for e in expected if e["kind"] != "published" and is_relative(e.get("text"))}
    everything = {_key(e) for e in expected}
    found = {(d.kind, d.value, d.end) for d in record.dates if d.value is not None}
    missed = [f"{v}{'/' + e if e else ''}" for k, v, e in sorted(want - found, key=str)]
    extra = [
        f"{d.text}={d.value}{'/' + d.end if d.end else ''}"
        for d in record.dates
        if d.value is not None and is_relative(d.text) and (d.kind, d.value, d.end) not in everything
    ]
    return len(want), len(want) - len(missed), len(extra), missed, extra


def print_relative(cases: list[tuple[str, Article, list[dict[str, Any]]]], verbose: bool) -> None:
    """The relative row: annotated relative dates resolved right (find_dates already run on the cases)."""
    n = r = x = 0
    for name, record, expected in cases:
        t, rr, xx, missed, extra = score_relative(record, expected)
        n, r, x = n + t, r + rr, x + xx
        if verbose and (missed or extra):
            print(f"   relative {name}: missed {missed} extra {extra}")
    acc = f"{r / n:.3f}" if n else "-"
    prec = f"{r / (r + x):.3f}" if r + x else "-"
    print(f"{'relative':<10} {n:>8} {r:>6} {acc:>9} {x:>6}   (precision {prec}; subset of the rows above)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="passes over the cases for the speed figure")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    parser.add_argument("--no-peer", action="store_true", help="ours only, without dateparser beside it")
    args = parser.parse_args(argv)

    cases = load_cases()
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    seeds_exact = True
    for name, record, expected in cases:
        find_dates(record)
        t, r, x = score(record, expected)
        total += t
        right += r
        extra += x
        if name.startswith("seed") and (t != r or x):
            seeds_exact = False
        if args.verbose and (t != r or x):
            found = sorted((d.kind, d.value or "", d.end or "", d.text) for d in record.dates)
            print(f"-- {name}: expected {sorted(_key(e) for e in expected)}\n   found {found}")

    start = time.perf_counter()
    for _ in range(args.repeat):
        for _name, record, _expected in cases:
            record.dates = []
            find_dates(record)
    elapsed = time.perf_counter() - start
    speed = args.repeat * len(cases) / elapsed if elapsed else float("inf")

    print(f"cases: {len(cases)} articles ({sum(1 for n, _, _ in cases if n.startswith('seed'))} seeds)")
    print_table(total, right, extra)
    print_relative(cases, args.verbose)
    print(f"seed cases exact: {'yes' if seeds_exact else 'NO'}")
    print_unseen(args.verbose)
    print_articles(args.verbose)
    for natural in NATURAL_SETS:
        print_natural(args.verbose, peer=not args.no_peer, natural=natural)
    print(f"speed: {speed:.0f} articles/s ({args.repeat} passes)")

    corpus = load_corpus_cases()
    print()
    if not corpus:
        print(f"corpus (independent annotation): skipped ({CORPUS_TRUTH} not found)")
        return 0
    if args.verbose:
        print("corpus misses and extras:")
    c_total, c_right, c_extra = evaluate(corpus, args.verbose)
    zh = sum(1 for _, record, _ in corpus if record.lang == "zh")
    dated = sum(1 for _, _, expected in corpus if any(e["kind"] != "published" for e in expected))
    print(
        f"corpus (independent annotation): {len(corpus)} real pages ({zh} zh, {len(corpus) - zh} en; "
        f"{dated} with dates in the text)"
    )
    print_table(c_total, c_right, c_extra)
    print_relative(corpus, args.verbose)
    if args.no_peer:
        return 0
    print()
    for _, record, _ in cases + corpus:  # fresh results for the comparison
        record.dates = []
        find_dates(record)
    groups = [
        ("own zh", [c for c in cases if article_lang(c[1]) == "zh"]),
        ("own en + seeds", [c for c in cases if article_lang(c[1]) != "zh"]),
        ("corpus zh", [c for c in corpus if article_lang(c[1]) == "zh"]),
        ("corpus en", [c for c in corpus if article_lang(c[1]) != "zh"]),
        ("all", cases + corpus),
        *unseen_groups(),
    ]
    return compare(groups)


def unseen_groups() -> list[tuple[str, list[Case]]]:
    """The blind relative sets side by side, a row per set and language ("unseen zh", "round2 en" …)."""
    named = (
        ("unseen", UNSEEN),
        ("round2", ROUND2),
        ("round3", ROUND3),
        ("round4", ROUND4),
        ("round5", ROUND5),
    )
    return [(f"{name} {lang}", unseen_cases(lang, path)) for name, path in named for lang in ("zh", "en")]


def unseen_cases(lang: str, path: Path = UNSEEN) -> list[Case]:
    """A set of unseen relative phrasings (bench/dates_unseen.py) as side-by-side cases: one article a sentence,
    the expected mentions with a value (the peer gives no value-less mentions)."""
    out: list[Case] = []
    prefix = "unseen" if path == UNSEEN else path.stem
    for i, case in enumerate(c for c in load_unseen(path) if c["lang"] == lang):
        expected = [
            {
                "text": e["text"],
                "value": e["value"],
                "kind": "range" if e.get("end") else "event",
                "end": e.get("end"),
            }
            for e in case["expect"]
            if e.get("value")
        ]
        out.append((f"{prefix} {lang} {i}", case_article(case), expected))
    return out


if __name__ == "__main__":
    raise SystemExit(main())
