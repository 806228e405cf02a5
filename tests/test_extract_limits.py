"""Huge and hostile pages: decode caps the bytes, extract caps the text it reads and the body it hands on,
each cut is reported in ``warnings``, the work stays linear, and no library's error text reaches
``error``."""

from __future__ import annotations

import random
import time

import pytest

from pipeline.record import Article
from pipeline.runner import Stage, process_record
from pipeline.stages import decode as decode_module
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract, html_page

WORDS = "the conference delegates agreed minister said forum trade port budget summit talks city".split()
# Generous: these pages take about a second here. The bound only catches work that grows with the square
# of the page (a 5 MB page used to take minutes), never a slow or busy machine.
BOUND_S = 30.0


def article_page(size: int, seed: int = 1) -> bytes:
    """A news page (menu, headline, paragraphs, footer) grown to ``size`` bytes with body paragraphs."""
    rng = random.Random(seed)
    head = (
        "<html><head><title>Forum opens</title></head><body>"
        '<div class="menu"><a href="/">Home</a> <a href="/world">World</a></div><h1>Forum opens</h1>'
        '<div class="article-body">'
    )
    tail = '</div><div class="footer"><p>All rights reserved.</p></div></body></html>'
    pool = ["<p>" + " ".join(rng.choice(WORDS) for _ in range(60)) + ".</p>" for _ in range(200)]
    block = "".join(pool)
    body = block * ((size - len(head) - len(tail)) // len(block) + 1)
    return (head + body + tail).encode()


def timed(raw: bytes) -> tuple[Article, float]:
    start = time.perf_counter()
    record = extract(decode(Article(url="https://news.example.org/a.html", raw=raw)))
    return record, time.perf_counter() - start


def test_a_5_mb_page_is_read_up_to_the_limits_and_says_so() -> None:
    record, seconds = timed(article_page(5 * 1024 * 1024))
    assert record.error is None and record.paragraphs
    assert sum(len(p) for p in record.paragraphs) <= html_page.BODY_MAX_CHARS
    assert any(w.startswith(f"page text over {html_page.PAGE_TEXT_MAX} characters") for w in record.warnings)
    assert any(
        w.endswith(f"cut to {html_page.BODY_MAX_CHARS}") and w.startswith("body of") for w in record.warnings
    )
    assert seconds < BOUND_S


def test_a_50_mb_page_is_truncated_by_decode_with_a_warning() -> None:
    raw = article_page(50 * 1024 * 1024, seed=2)
    record, seconds = timed(raw)
    assert f"page of {len(raw)} bytes truncated to {decode_module.MAX_BYTES}" in record.warnings
    assert record.error is None and record.paragraphs
    assert seconds < BOUND_S


def test_an_ordinary_page_has_no_limit_warnings() -> None:
    record, _ = timed(article_page(40_000))
    assert record.warnings == []


def test_indentation_does_not_use_up_the_text_budget() -> None:
    # A template's menus indented by hundreds of thousands of spaces before the article (seen on real CMS
    # pages): the budget counts a run of whitespace as one character, in read and in skipped blocks alike.
    indent = "\n" + " " * 2000
    menu = "".join(f'<li>{indent}<a href="/s{i}">Section {i}</a>{indent}</li>' for i in range(120))
    raw = article_page(40_000).replace(
        b'<div class="article-body">',
        f'<div class="main-nav"><ul>{menu}</ul></div><div class="top">{indent * 60}</div>'
        '<div class="article-body">'.encode(),
    )
    assert len(raw) > 2 * html_page.PAGE_TEXT_MAX
    record, _ = timed(raw)
    assert record.error is None
    assert sum(len(p) for p in record.paragraphs) > 30_000
    assert record.warnings == []


def test_nested_noise_named_wrappers_are_decided_in_linear_time() -> None:
    # 3000 nested wrappers named like share bars around the article: each one is a page-wide wrapper
    body = "<p>" + " ".join(WORDS * 8) + ".</p>"
    page = '<div class="share">' * 3000 + body * 50 + "</div>" * 3000
    raw = f"<html><head><title>t</title></head><body>{page}</body></html>".encode()
    record, seconds = timed(raw)
    assert record.paragraphs
    assert seconds < BOUND_S


def test_a_stage_error_never_carries_the_library_message() -> None:
    def people(record: Article) -> Article:
        raise ValueError(
            "[E088] Text of length 1200000 exceeds maximum of 1000000. The parser and NER models"
        )

    record = process_record(Article(url="u", paragraphs=["x"]), [Stage("people", people)])
    assert record.error == "people: failed (ValueError)"
    assert "E088" not in (record.error or "")


def test_an_extraction_crash_is_named_not_quoted(monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.stages.extract as extract_package

    def boom(record: Article) -> Article:
        raise KeyError("some internal key")

    monkeypatch.setattr(extract_package, "extract_html", boom)
    record = extract(decode(Article(url="u", raw=b"<html><body><p>text</p></body></html>")))
    assert record.error == "extraction failed (KeyError)"
