"""Forty-second natural sample (mainland papers; its text stays outside the repository): the idiom 明日黄花 ("stale
news", no tomorrow). Sentences here are invented."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates


def _mentions(text: str, ref: str, lang: str = "zh") -> list[tuple[str, str | None]]:
    record = find_dates(Article(paragraphs=[text], published=ref, lang=lang))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind != "published"]


@pytest.mark.parametrize(
    "text",
    [
        "曾经风靡一时的团购模式,如今已是明日黄花。",
        "那套老办法早成了明日黃花,没人再提。",
    ],
)
def test_the_idiom_of_stale_news_is_no_date(text):
    assert _mentions(text, "2024-05-10") == []


def test_tomorrow_before_other_words_stays():
    assert _mentions("明日花市照常开放。", "2024-05-10") == [("明日", "2024-05-11")]
