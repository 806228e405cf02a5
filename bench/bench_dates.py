"""Benchmark of the dates stage: how many annotated dates are resolved to exactly the right value.

Run from the project root:  python -m bench.bench_dates [--repeat N]

Cases: every tests/fixtures/dates/*.json (the project's own annotated articles) plus the two seed
articles from ../shared/seeds when that folder exists. A second table scores the independent annotation of
real pages (tests/fixtures/dates_corpus.json: dates only, keyed by the corpus `file`; the text is read from
../shared/corpus/truth.jsonl and the table is skipped when that file is absent). A date counts as right when a mention of the same
kind has exactly the expected value (and, for a range, the expected end). "Extra" counts resolved mentions
that the annotation does not list (over-reading: a bare number taken for a date, a wrong resolution).

Peer (same run, same cases): dateparser's ``search.search_dates(text, languages=[lang], settings=...)`` with
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
from bench.dates_natural import print_natural
from bench.dates_unseen import ROUND2, ROUND3, ROUND4, UNSEEN, case_article, load_unseen, print_unseen
from pipeline.record import Article
from pipeline.stages.dates import find_dates
from pipeline.text.scripts import has_han

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

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_RELATIVE_EN = re.compile(
    r"\b(?:ago|earlier|later|prior|from\s+now|from\s+today|hence|yesterday|today|tonight|tomorrow|"
    rf"(?:this|last|next|past)\s+(?:week|weekend|month|year|night|morning|afternoon|evening|{_WEEKDAYS})|"
    r"(?:week|month|year)\s+(?:before\s+last|after\s+next)|"
    r"in\s+\S+(?:\s+\S+)?\s+(?:days?|weeks?|fortnights?|months?|years?|decades?)|"
    r"\S+\s+(?:days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)\s+(?:before|after))\b",
    re.I,
)
_RELATIVE_ZH = re.compile(
    r"[今昨]|明[天日晚早晨年]|大?[前后後]天|前[日晚年]|[去后後]年|前[几幾些]|"
    r"[本上下这這][个個]?(?:月|周|週|星期|礼拜|禮拜)|(?:天|日|周|週|星期|礼拜|禮拜|月|年)[之以]?[前后後]"
)
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_EXPLICIT = re.compile(
    rf"\d{{1,2}}\s*[月日号號]|[一二三四五六七八九十]+月|\d{{4}}|\b(?:{_MONTHS})\b|"
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s*\d",
    re.I,
)


def is_relative(text: str | None) -> bool:
    """True when ``text`` is a relative expression without a month or day of its own (昨天（11日） is not)."""
    if not text:
        return False
    return bool(_RELATIVE_EN.search(text) or _RELATIVE_ZH.search(text)) and not _EXPLICIT.search(text)


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


# ---------------------------------------------------------------------------------------------- the peer

PREFER_MODES = (
    "current_period",
    "past",
    "future",
)  # dateparser's PREFER_DATES_FROM values; its default first
Case = tuple[str, Article, list[dict[str, Any]]]


class NoNetwork:
    """Refuse every socket connection while the peer runs, and count the attempts."""

    def __init__(self) -> None:
        self.attempts = 0
        self._saved: dict[str, Any] = {}

    def __enter__(self) -> NoNetwork:
        import socket

        def refuse(*_args: Any, **_kwargs: Any) -> Any:
            self.attempts += 1
            raise OSError("network disabled by bench_dates")

        self._saved = {
            "connect": socket.socket.connect,
            "connect_ex": socket.socket.connect_ex,
            "create_connection": socket.create_connection,
            "getaddrinfo": socket.getaddrinfo,
        }
        socket.socket.connect = refuse  # type: ignore[method-assign]
        socket.socket.connect_ex = refuse  # type: ignore[method-assign]
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        return self

    def __exit__(self, *_exc: object) -> None:
        import socket

        socket.socket.connect = self._saved["connect"]  # type: ignore[method-assign]
        socket.socket.connect_ex = self._saved["connect_ex"]  # type: ignore[method-assign]
        socket.create_connection = self._saved["create_connection"]
        socket.getaddrinfo = self._saved["getaddrinfo"]


def article_text(record: Article) -> str:
    """What both resolvers read: the title and the paragraphs, one per line."""
    return "\n".join([record.title or "", *record.paragraphs]).strip()


def article_lang(record: Article) -> str:
    if record.lang in ("zh", "en"):
        return record.lang
    return "zh" if has_han(article_text(record)) else "en"


def reference_of(record: Article) -> datetime | None:
    """Our reference date, as find_dates chose it: the dateline's date, else the publication day."""
    if not record.dates:
        find_dates(record)
    for kind in ("dateline", "published"):
        for d in record.dates:
            if d.kind == kind and d.value and len(d.value) == 10:
                return datetime.fromisoformat(d.value)
    return None


def text_values(expected: list[dict[str, Any]]) -> set[str]:
    """The distinct annotated values of dates written in the text (a range: its start and its end)."""
    out: set[str] = set()
    for e in expected:
        if e["kind"] == "published":
            continue
        for v in (e.get("value"), e.get("end") if e["kind"] == "range" else None):
            if v:
                out.add(v)
    return out


def _matches(found: str, want: str) -> bool:
    """Equal at the annotation's precision (YYYY, YYYY-MM or YYYY-MM-DD); a coarser value never matches."""
    return len(found) >= len(want) and found[: len(want)] == want


def score_values(found: set[str], want: set[str]) -> tuple[int, int, int]:
    """(annotated, right, extra) for one article, kind-free."""
    right = sum(1 for w in want if any(_matches(f, w) for f in found))
    extra = sum(1 for f in found if not any(_matches(f, w) for w in want))
    return len(want), right, extra


Found = list[tuple[str, str, str | None]]  # (text, value, end of a range) of each date a resolver found


def ours_found(record: Article) -> Found:
    """Our dates written in the text ("published" is page metadata), as the side-by-side tables read them."""
    return [
        (d.text, d.value, d.end if d.kind == "range" else None)
        for d in record.dates
        if d.kind != "published" and d.value
    ]


def found_values(found: Found) -> set[str]:
    """The distinct values of what a resolver found, a range giving its start and its end."""
    return {v for _, value, end in found for v in (value, end) if v}


def peer_found(record: Article, reference: datetime | None, prefer: str) -> Found:
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False}
    if reference is not None:  # without one dateparser takes "now"; we keep such dates unresolved
        settings["RELATIVE_BASE"] = reference
    found = search_dates(article_text(record), languages=[article_lang(record)], settings=settings) or []
    return [(text, moment.date().isoformat(), None) for text, moment in found]


def _relative_match(found: tuple[str, str, str | None], want: dict[str, Any]) -> bool:
    """A found date answers an annotated relative date: overlapping texts, the value at the annotation's
    precision (a range: the same range, or a single day inside it)."""
    text, value, end = found[0].strip().lower(), found[1], found[2]
    want_text = (want.get("text") or "").strip().lower()
    if not text or not want_text or (text not in want_text and want_text not in text):
        return False
    if want.get("end"):
        if end:
            return value == want["value"] and end == want["end"]
        return len(value) == 10 and want["value"] <= value <= want["end"]
    return end is None and _matches(value, want["value"])


def score_relative_found(
    found: Found, expected: list[dict[str, Any]], relative: Any = is_relative
) -> tuple[int, int, int]:
    """(annotated relative, right, extra) for one article, side by side (text overlap, module docstring); a
    found relative date that answers an annotated date of another form (昨日 for 昨日(12月8日)) is no extra.
    ``relative`` says which texts are relative (bench/dates_natural.py also counts bare weekdays)."""
    written = [e for e in expected if e["kind"] != "published"]
    want = [e for e in written if relative(e.get("text"))]
    right = sum(1 for w in want if any(_relative_match(f, w) for f in found))
    extra = sum(1 for f in found if relative(f[0]) and not any(_relative_match(f, w) for w in written))
    return len(want), right, extra


def _resolvers() -> list[tuple[str, Any]]:
    """Ours and dateparser in each PREFER_DATES_FROM mode: (name, fn(record, reference) -> Found)."""

    def ours(record: Article, _reference: datetime | None) -> Found:
        record.dates = []
        find_dates(record)
        return ours_found(record)

    resolvers: list[tuple[str, Any]] = [("ours (find_dates)", ours)]
    for mode in PREFER_MODES:
        resolvers.append((f"dateparser {mode}", lambda record, ref, mode=mode: peer_found(record, ref, mode)))
    return resolvers


def _print_scores(
    title: str, scorer: Any, resolvers: list[tuple[str, Any]], results: Any, groups: Any
) -> None:
    header = f"{'resolver':<26} {'set':<22} {'annotated':>9} {'right':>6} {'accuracy':>9} {'extra':>6} {'precision':>9}"
    print(f"{title}:\n{header}")
    for name, _fn in resolvers:
        for label, cases in groups:
            n = r = x = 0
            for _, record, expected in cases:
                t, rr, xx = scorer(results[name][id(record)], expected)
                n, r, x = n + t, r + rr, x + xx
            acc = f"{r / n:.3f}" if n else "-"
            prec = f"{r / (r + x):.3f}" if r + x else "-"
            print(f"{name:<26} {label:<22} {n:>9} {r:>6} {acc:>9} {x:>6} {prec:>9}")


def compare(
    groups: list[tuple[str, list[Case]]], relative_only: bool = False, relative: Any = is_relative
) -> int:
    """The side-by-side table: ours and dateparser (each PREFER_DATES_FROM mode) on the same cases; with
    ``relative_only`` the relative table alone (``relative``: which texts are relative), without the speed figures."""
    try:
        import dateparser
    except ImportError:
        print("peer dateparser: not installed (pip install -e '.[bench]'): skipped")
        return 0
    everything = list({id(case[1]): case for _, cases in groups for case in cases}.values())
    references = {id(record): reference_of(record) for _, record, _ in everything}
    resolvers = _resolvers()
    print(
        f"side by side, kind-free (dates written in the text; value at the annotation's precision); "
        f"dateparser {dateparser.__version__}, RELATIVE_BASE = our reference, languages=[article lang]"
    )
    tables: list[tuple[str, Any]] = [
        ("all dates", lambda found, expected: score_values(found_values(found), text_values(expected))),
        ("relative dates only (text overlap)", lambda f, e: score_relative_found(f, e, relative)),
    ]
    with NoNetwork() as guard:
        results = {
            name: {id(r): fn(r, references[id(r)]) for _, r, _ in everything} for name, fn in resolvers
        }
        for title, scorer in tables[1:] if relative_only else tables:
            _print_scores(title, scorer, resolvers, results, groups)
        if not relative_only:
            print(f"speed over the same {len(everything)} articles (best of 3 passes):")
            for name, fn in resolvers[:2]:
                best = float("inf")
                for _ in range(3):
                    start = time.perf_counter()
                    for _, record, _ in everything:
                        fn(record, references[id(record)])
                    best = min(best, time.perf_counter() - start)
                print(f"  {name:<26} {len(everything) / best:>8.1f} articles/s")
    print(f"network connections attempted by the peer (all refused): {guard.attempts}")
    return 0


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
    print_natural(args.verbose, peer=not args.no_peer)
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
        ("unseen zh", unseen_cases("zh")),
        ("unseen en", unseen_cases("en")),
        ("round2 zh", unseen_cases("zh", ROUND2)),
        ("round2 en", unseen_cases("en", ROUND2)),
        ("round3 zh", unseen_cases("zh", ROUND3)),
        ("round3 en", unseen_cases("en", ROUND3)),
        ("round4 zh", unseen_cases("zh", ROUND4)),
        ("round4 en", unseen_cases("en", ROUND4)),
    ]
    return compare(groups)


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
