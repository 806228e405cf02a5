"""今明两天, 今明兩日, 今明日 ("today and tomorrow", weather copy): one range of the two days, not tomorrow alone.
Learnt from the thirty-ninth natural sample (中央社: 今明日夜溫差巨大; its text stays outside the repository).
Sentences here are invented."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates


def _mentions(text: str, ref: str) -> list[tuple[str, str | None, str | None]]:
    record = find_dates(Article(paragraphs=[text], published=ref, lang="zh"))
    assert record.error is None
    return [(d.text, d.value, d.end) for d in record.dates if d.kind != "published"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("今明日日夜溫差巨大。", "今明日"),
        ("今明两天全市有雨。", "今明两天"),
        ("天文台預測今明兩日天氣炎熱。", "今明兩日"),
        ("今明2天仍有降雨。", "今明2天"),
    ],
)
def test_today_and_tomorrow_is_a_range(text, words):
    assert _mentions(text, "2024-03-28") == [(words, "2024-03-28", "2024-03-29")]


def test_tomorrow_alone_stays_a_day():
    assert _mentions("明日天氣轉涼。", "2024-03-28") == [("明日", "2024-03-29", None)]
