"""General rules learnt from the eighth natural sample (issue 10: a third blind sample of modern Chinese leads from
public code; the text itself stays outside the repository). Sentences here are invented."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates

REF = "2024-03-14"


def _mentions(text: str) -> list[tuple[str, str | None]]:
    record = find_dates(Article(paragraphs=[text], published=REF, lang="zh"))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind != "published"]


@pytest.mark.parametrize(
    "text",
    [
        "某中学今年74人获得体育加分。",  # a count of people after 今年: still this year
        "全市今年1.5万人报名参赛。",
        "该县今年3个乡镇完成改造。",
    ],
)
def test_this_year_before_a_count_that_is_no_month(text):
    assert ("今年", "2024") in _mentions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年1-10月，全省进出口增长。", [("今年1-10月", "2024-01")]),  # a range of months stays one mention
        ("今年1月至10月份，进出口增长。", [("今年1月至10月份", "2024-01")]),
        ("会议将于今年10月召开。", [("今年10月", "2024-10")]),
        ("今年3月5日开幕。", [("今年3月5日", "2024-03-05")]),
    ],
)
def test_this_year_before_a_month_is_still_the_month(text, expected):
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "这是时隔9年后部长首次访华。",  # the gap between two visits, not a date
        "她阔别三年后重返舞台。",
        "两队相隔两年后再次交手。",
        "时隔5天后，警方再次发布通报。",
    ],
)
def test_a_count_after_an_interval_word_is_no_date(text):
    assert _mentions(text) == []


def test_a_count_after_without_an_interval_word_is_still_a_mention():
    assert [t for t, _ in _mentions("这是9年后部长首次访华。")] == ["9年后"]
