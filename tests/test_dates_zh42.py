"""Forty-second natural sample (mainland papers; its text stays outside the repository): the idiom 明日黄花 ("stale
news", no tomorrow), and a day without its month told in the past (于5日黎明攻占了小镇 in a story of 25 February: the 5th
of February, not the March 5 nearest the reference), and a bare day after a month and day of its sentence (从2月4日起
……于5日, "from Feb. 4 … on the 5th": the shared scan, both languages). Sentences here are invented."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the 5th nearest the reference (25 February) would be 5 March; after 2月4日 in its sentence it is February's
        (
            "叛军宣布从2月4日起停火,但于5日清晨攻占了小镇。",
            [("2月4日", "2025-02-04"), ("5日", "2025-02-05")],
        ),
        # a month and day late in a month: the bare day after it is the next month's when nearer (30 January, the 2nd)
        (
            "大雪从1月30日开始,一直下到2日才停。",
            [("1月30日", "2025-01-30"), ("2日", "2025-02-02")],
        ),
    ],
)
def test_a_bare_day_takes_the_month_of_the_date_before_it(text, expected):
    assert _mentions(text, "2025-02-25") == expected


def test_a_bare_day_alone_stays_nearest_the_reference():
    assert _mentions("小镇于5日清晨失守。", "2025-02-25") == [("5日", "2025-03-05")]


def test_english_the_ordinal_after_a_month_and_day_takes_its_month():
    # the shared scan: the same shape in English ("from Feb. 4 … on the 5th")
    found = _mentions(
        "The rebels declared a ceasefire from Feb. 4 but seized the town on the 5th.", "2025-02-25", "en"
    )
    assert [v for t, v in found if "5th" in t] == ["2025-02-05"]
