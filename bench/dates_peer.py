"""The peer of the dates benchmark and what the relative rows share (bench/bench_dates.py, bench/dates_natural.py):
which texts are relative (:func:`is_relative`), and the side-by-side comparison of ours and dateparser
(:func:`compare`; bench_dates' docstring describes the rules).
"""

from __future__ import annotations

import re
import time
from datetime import datetime
from typing import Any

from pipeline.record import Article
from pipeline.stages.dates import find_dates
from pipeline.text.scripts import has_han

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
