"""Plain-text (.txt) articles: text a user gives is processed however short it is; only empty text is refused."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract


def run_text(text: str) -> Article:
    return extract(decode(Article(raw=text.encode("utf-8"), is_text=True)))


@pytest.mark.parametrize(
    "text",
    ["The harbour opened a second terminal on Monday.\n", "港口周一启用第二座码头。", "Short note"],
)
def test_a_short_text_is_processed_with_a_warning(text: str) -> None:
    rec = run_text(text)
    assert rec.error is None
    assert rec.page_kind == "article"
    assert rec.paragraphs == [text.strip()]
    assert any(w.startswith("short text") for w in rec.warnings)


def test_a_text_of_normal_length_has_no_short_text_warning() -> None:
    rec = run_text(" ".join(["Container volumes at the harbour grew again in December."] * 3))
    assert rec.error is None
    assert not any(w.startswith("short text") for w in rec.warnings)


@pytest.mark.parametrize("text", ["", "   \n\n  \n", "Topic: Harbour news\n\n"])
def test_text_without_any_article_text_is_refused(text: str) -> None:
    rec = run_text(text)
    assert rec.error is not None
    assert rec.page_kind in ("empty", None)
    assert not rec.paragraphs
