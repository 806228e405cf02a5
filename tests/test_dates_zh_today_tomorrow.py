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


# 明后天, 明后两天, 明後兩日 ("tomorrow and the day after", weather copy): one range, not 后天 alone. Learnt from the
# forty-second natural sample (镇江日报: 预报明后天开始……降雨; 中國天氣網: 明后兩天最高氣溫; text outside the repository).
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("气象台预计明后天全市有雨。", "明后天"),
        ("明后两天气温继续回升。", "明后两天"),
        ("預計明後兩日天氣晴朗。", "明後兩日"),
        ("明后2天仍有降雨。", "明后2天"),
    ],
)
def test_tomorrow_and_the_day_after_is_a_range(text, words):
    assert _mentions(text, "2024-03-28") == [(words, "2024-03-29", "2024-03-30")]


def test_a_city_in_ming_keeps_the_day_after_tomorrow():
    # 昆明 is the city: 后天 alone (relative_day_ming_not_after)
    assert _mentions("昆明后天有雨。", "2024-03-28") == [("后天", "2024-03-30", None)]
