"""A relative day with its day of the month in brackets, as Taiwan's and Macau's papers write it (今（28）日, 明 (11)
早, 今(5/15)日, 今(12日)): learnt from the thirty-ninth natural sample (its text stays outside the repository).
Sentences here are invented."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates


def _mentions(text: str, ref: str) -> list[tuple[str, str | None]]:
    record = find_dates(Article(paragraphs=[text], published=ref, lang="zh"))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind != "published"]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("市府今（28）日上午宣布新措施。", "2025-04-28", [("今（28）日", "2025-04-28")]),
        ("警方昨(27)日表示已逮捕嫌犯。", "2025-04-28", [("昨(27)日", "2025-04-27")]),
        ("市長將於明 (11) 早赴議會報告。", "2021-03-10", [("明 (11) 早", "2021-03-11")]),
        ("黨團今(15)上午召開記者會。", "2025-05-15", [("今(15)上午", "2025-05-15")]),
        ("院長今(5/15)日在院會表示。", "2025-05-15", [("今(5/15)日", "2025-05-15")]),
        ("新設施今(12日)啟用。", "2025-04-12", [("今(12日)", "2025-04-12")]),  # the day inside the brackets
    ],
)
def test_relative_day_with_its_day_in_brackets(text, ref, expected):
    assert _mentions(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        (
            "消防局今(28)日清晨接獲報案。",
            "2025-04-29",
            "2025-04-28",
        ),  # stamped after midnight: the bracket wins
        ("交通部昨（30）日公布數據。", "2025-05-01", "2025-04-30"),  # across the end of a month
        ("選委會明（1）日公告名單。", "2025-04-30", "2025-05-01"),
    ],
)
def test_the_bracketed_day_gives_the_date(text, ref, value):
    assert [v for _, v in _mentions(text, ref)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "如今(2025)年的市場已不同。",  # a year in brackets: no day
        "今(3)名傷者已出院。",  # a count in brackets, no part of the day after it
        "附件說明(2)日程安排如下。",  # 明 ending a word (說明, 聲明): a numbered item, not tomorrow
        "聲明(1)日後生效。",
    ],
)
def test_no_day_in_the_brackets(text):
    assert not [t for t, _ in _mentions(text, "2025-04-28") if "(" in t]
