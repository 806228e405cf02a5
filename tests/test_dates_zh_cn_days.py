"""A day of the month written in Chinese numerals without its month (王滬寧十日在北京, 十三日刊登), as Taiwan's United
Daily News writes it: learnt from the thirty-ninth natural sample (its text stays outside the repository). Only from
the 10th: 三日, 五日 are as often "three days", "five days". Sentences here are invented."""

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
        ("部長十日在台北會見訪問團。", "2023-02-11", [("十日", "2023-02-10")]),
        ("該報十三日刊登專訪。", "2025-05-20", [("十三日", "2025-05-13")]),
        ("而在十二日、即專訪刊出前一天，雙方發表聲明。", "2025-05-20", [("十二日", "2025-05-12")]),
        ("展覽將於二十五日開幕。", "2025-05-20", [("二十五日", "2025-05-25")]),
        ("立法院三十一日下午表決。", "2025-06-02", [("三十一日", "2025-05-31")]),
    ],
)
def test_a_day_in_chinese_numerals(text, ref, expected):
    assert _mentions(text, ref) == expected


@pytest.mark.parametrize(
    "text",
    [
        "為期十日的展覽吸引人潮。",  # a number of days
        "工程須在十日內完成。",
        "前十日的銷量大增。",  # the first ten days
        "他被拘留十五日。",
        "三日遊行程售罄。",  # below the 10th: not read
        "第二十日的比賽延期。",
        "這十日來雨勢不斷。",
    ],
)
def test_a_count_of_days_is_no_day(text):
    assert _mentions(text, "2025-05-20") == []
