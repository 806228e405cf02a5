"""Helpers shared by the tests (import as ``from helpers import ...``)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent
# CI sets CI=true: there every test must run, so a missing ../shared or Chromium fails instead of skipping.
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(available: bool, what: str, how: str = "") -> None:
    """Skip the calling test when ``what`` is missing; fail it instead under CI (CI=true)."""
    if available:
        return
    message = f"{what} is missing{': ' + how if how else ''}"
    if IN_CI:
        pytest.fail(f"{message} (CI=true: tests that need it must run, not skip)", pytrace=False)
    pytest.skip(message)


def require_shared(relative: str = "") -> Path:
    """``../shared/<relative>`` (the read-only data beside the project), or skip / fail (under CI)."""
    path = SHARED / relative if relative else SHARED
    require(path.exists(), f"../shared/{relative}".rstrip("/"), "the shared data folder beside the project")
    return path


def require_chromium() -> str:
    """The Chromium executable, or skip / fail (under CI)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    require(chromium is not None, "Debian chromium", "make browser-deps")
    assert chromium is not None
    return chromium


# The sample sites' past conference (samples/README.md): invented 2022 coverage, found by a backfill crawl.
BACKFILL = ("china-internet-civilization-conference", "2022")
SAMPLE_SOURCES_FILE = ROOT / "samples" / "sources.toml"


def backfill_args(*sources: str) -> list[str]:
    """``wirearchive crawl`` arguments of the backfill of the samples' past conference."""
    conference, edition = BACKFILL
    return [
        "crawl",
        "--conference",
        conference,
        "--edition",
        edition,
        "--sources-file",
        str(SAMPLE_SOURCES_FILE),
        *sources,
    ]


def crawl_samples(env: dict[str, str]) -> None:
    """What the demo crawls: today's news, then the backfill of the past conference."""
    run_cli("crawl", env=env)
    run_cli(*backfill_args(), env=env)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(
    *args: str, env: dict[str, str] | None = None, check: bool = True, timeout: int = 300, **kwargs
) -> subprocess.CompletedProcess:
    """Run the installed ``wirearchive`` command in a subprocess (its own Twisted reactor, own imports)."""
    full_env = dict(os.environ, **(env or {}))
    result = subprocess.run(
        [str(BIN / "wirearchive"), *args],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        **kwargs,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"wirearchive {' '.join(args)} failed ({result.returncode}):\n{result.stderr[-4000:]}"
        )
    return result


# Chromium as the machine notes say to run it as root on a closed network: headless, no sandbox, and no
# background connections (they would be refused, many at a time, and slow every start down).
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def chromium_command(chromium: str, profile: Path, *args: str, size: str = "1280,1400") -> list[str]:
    return [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={size}", *args]


def wait_for_http(url: str, tries: int = 100) -> bool:
    """Poll ``url`` until it answers (a server starting up); False when it never does."""
    import time
    import urllib.request

    for _ in range(tries):
        try:
            urllib.request.urlopen(url, timeout=1)
            return True
        except OSError:
            time.sleep(0.2)
    return False


# -- a small archive written through the store (no crawl): for the search and the archive pages -------------
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
FORUM = "lakeside-digital-culture-forum-2026"


def _forum_opening_articles() -> dict[str, Any]:
    """The forum's opening in Chinese (translated, one flagged sentence) and in English, about one person."""
    from pipeline.record import Article, DateMention, Person, TranslationFlag

    wang_zh = Person(
        "Wang Jianguo",
        "Wang Jianguo",
        "王建国",
        role="浙江省文化和旅游厅厅长",
        kind="quoted",
        forms=["王建国"],
        sentences=["王建国在开幕式上致辞。"],
    )
    wang_en = Person(
        "Wang Jianguo",
        "Wang Jianguo",
        None,
        role="director of the provincial department",
        kind="quoted",
        forms=["Wang Jianguo"],
        sentences=["Wang Jianguo spoke at the ceremony."],
    )
    reporter = Person("Chen Xiaoyan", "Chen Xiaoyan", "陈晓燕", kind="reporter", forms=["陈晓燕"])
    flagged = "The forum signed 45 projects worth 9 billion yuan."
    articles = {
        "zh": Article(
            url="https://www.news.cn/2026/11/19/zh.html",
            source="xinhua",
            lang="zh",
            title="湖畔数字文化论坛开幕",
            published="2026-11-19T10:00:00+08:00",
            authors=["陈晓燕"],
            editor="王丽",
            dateline={"place": "杭州", "date": "2026-11-19"},
            paragraphs=[
                "新华社杭州11月19日电 湖畔数字文化论坛19日开幕。",
                "王建国在开幕式上致辞。论坛签约项目45个。",
            ],
            title_en="Lakeside Digital Culture Forum opens",
            body_en="Xinhua, Hangzhou, Nov. 19 The Lakeside Digital Culture Forum opened on the 19th.\n\n"
            f"Wang Jianguo spoke at the opening. {flagged}",
            translation_status="translated",
            translation_model="translate-zh_en 0.1 (fixture)",
            translation_quality="doubtful",
            translation_flags=[
                TranslationFlag("body", flagged, "论坛签约项目45个。", 1, 3, ["numbers", "length"])
            ],
            people=[wang_zh, reporter],
            conferences=[FORUM],
            dates=[DateMention("19日", "2026-11-19", "event", "论坛19日开幕。")],
        ),
        "en": Article(
            url="https://english.news.cn/2026/11/19/en.html",
            source="xinhua_en",
            lang="en",
            title="Lakeside forum opens with a ceremony",
            title_en="Lakeside forum opens with a ceremony",
            published="2026-11-19T20:00:00+08:00",
            paragraphs=["Wang Jianguo spoke at the ceremony."],
            body_en="Wang Jianguo spoke at the ceremony.",
            translation_status="original",
            people=[wang_en],
            conferences=[FORUM],
        ),
    }
    return articles


def _other_small_archive_articles() -> dict[str, Any]:
    """A copy, a second English article, a crawled script payload and a failed page."""
    from pipeline.record import Article

    return {
        "copy": Article(
            url="https://www.chinanews.com.cn/2026/11-19/copy.shtml",
            source="chinanews",
            lang="zh",
            title="湖畔数字文化论坛开幕",
            published="2026-11-19T11:00:00+08:00",
            paragraphs=["新华社杭州11月19日电 湖畔数字文化论坛19日开幕。"],
            conferences=[FORUM],
            duplicate_of="https://www.news.cn/2026/11/19/zh.html",
            translation_status="not translated: test",
        ),
        "projects": Article(
            url="https://english.news.cn/2026/11/20/projects.html",
            source="xinhua_en",
            lang="en",
            title="Forum closes",
            title_en="Forum closes",
            published="2026-11-20T09:00:00+08:00",
            paragraphs=["The forum signed dozens of projects."],
            body_en="The forum signed dozens of projects.",
            translation_status="original",
            conferences=[FORUM],
        ),
        "xss": Article(
            url="https://www.chinanews.com.cn/2026/11-21/xss.shtml",
            source="chinanews",
            lang="zh",
            title=f"论坛{XSS}",
            published="2026-11-21T09:00:00+08:00",
            paragraphs=[f'论坛 {XSS} <a href="javascript:alert(1)">x</a>'],
            conferences=[FORUM],
            authors=[XSS],
            translation_status="not translated: test",
        ),
        "failed": Article(
            url="https://www.chinanews.com.cn/2026/11-20/404.shtml",
            source="chinanews",
            error="HTTP 404",
            page_kind="not_found",
        ),
    }


def build_small_archive(path: Path) -> dict[str, int]:
    """Five articles about the sample conference (two languages, a copy, a doubtful translation, a crawled
    script payload) and a failed page; returns their ids by name."""
    from pipeline.store import Store

    articles = {**_forum_opening_articles(), **_other_small_archive_articles()}
    store = Store(path)
    try:
        return {name: store.save_article(record, "test") for name, record in articles.items()}
    finally:
        store.close()


def missing(reason: str) -> None:
    """A test needs something that is not here (Chromium, ../shared): skipped on a developer's machine, a
    failure under CI=true, where everything must be installed."""
    import pytest

    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: required)")
    pytest.skip(reason)


def english_event_dates(paragraphs: list[str], published: str) -> list[tuple[str, str | None, str | None]]:
    """The dates find_dates reads in English paragraphs, other than the publication day and the dateline:
    (text, value, range end) each."""
    from pipeline.record import Article
    from pipeline.stages.dates import find_dates

    record = find_dates(Article(paragraphs=paragraphs, published=published, lang="en"))
    assert record.error is None
    return [(d.text, d.value, d.end) for d in record.dates if d.kind not in ("published", "dateline")]


def date_mentions(
    paragraphs: list[str] | str, lang: str, published: str
) -> list[tuple[str, str | None, str]]:
    """The dates find_dates reads in a paragraph (or paragraphs), other than the publication day: (text, value,
    kind) each."""
    from pipeline.record import Article
    from pipeline.stages.dates import find_dates

    texts = [paragraphs] if isinstance(paragraphs, str) else paragraphs
    record = find_dates(Article(paragraphs=texts, published=published, lang=lang))
    assert record.error is None
    return [(d.text, d.value, d.kind) for d in record.dates if d.kind != "published"]


# One-sentence probes the English CRF with GloVe word clusters (2026-12-02) reads otherwise than the model before
# it: it tags these names, alone in a short invented sentence, as organisations or places (or a car model as a
# person). Kept failing on purpose: the cluster model gains on every real page set and on CoNLL dev
# (docs/benchmarks.md, "Word clusters for the English CRF"); a fix of the shape should turn these back.
CLUSTER_MODEL_PROBE = pytest.mark.xfail(
    reason="the word-cluster English CRF reads this invented one-sentence probe otherwise (docs/benchmarks.md)",
    strict=True,
)


def lac_tokens_from(*parts: tuple[str, str]) -> list[Any]:
    """LAC tokens of (word, tag) pairs laid end to end, as the people stage's recognisers give them (the tests that
    check a rule without running LAC build them by hand)."""
    from pipeline.stages.people.recognisers import Token

    out, pos = [], 0
    for word, tag in parts:
        out.append(Token(word, tag, pos, pos + len(word)))
        pos += len(word)
    return out
