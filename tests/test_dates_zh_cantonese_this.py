"""Cantonese 今個 ("this") before a week or a month, as Hong Kong copy writes it: 今個星期日, 今个礼拜六, 今個月.
Learnt from the thirty-ninth natural sample (RTHK: 港鐵今個星期日將於觀塘綫進行工程; its text stays outside the
repository). Sentences here are invented."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates

REF = "2024-07-24"  # a Wednesday


def _mentions(text: str) -> list[tuple[str, str | None, str | None]]:
    record = find_dates(Article(paragraphs=[text], published=REF, lang="zh"))
    assert record.error is None
    return [(d.text, d.value, d.end) for d in record.dates if d.kind != "published"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("港鐵今個星期日將進行工程。", [("今個星期日", "2024-07-28", None)]),
        ("他今个礼拜一已经出发。", [("今个礼拜一", "2024-07-22", None)]),
        ("警方今個月將加強巡查。", [("今個月", "2024-07", None)]),
        ("天文台指今個星期會有驟雨。", [("今個星期", "2024-07-22", "2024-07-28")]),
    ],
)
def test_this_week_and_month_in_cantonese(text, expected):
    assert _mentions(text) == expected
