"""Forty-second natural sample (mainland papers; its text stays outside the repository): the idiom 明日黄花 ("stale
news", no tomorrow), and a day without its month told in the past (于5日黎明攻占了小镇 in a story of 25 February: the 5th
of February, not the March 5 nearest the reference). Sentences here are invented."""

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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # told in the past (了): the 5th is not a date ahead of the story of 25 February, but February's
        ("据当地媒体报道,武装人员于5日黎明攻占了小镇。", "2025-02-05"),
        # told ahead (将): the coming 5th
        ("据悉,双方将于5日恢复谈判。", "2025-03-05"),
        # a day ahead stays: a story stamped just before midnight of the event it tells
        ("26日凌晨,大火已被扑灭。", "2025-02-26"),
    ],
)
def test_a_bare_day_told_in_the_past_is_not_ahead(text, value):
    assert [v for t, v in _mentions(text, "2025-02-25") if t.endswith("日")] == [value]
