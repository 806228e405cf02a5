"""People stage: a Hong Kong married woman's name (her husband's surname before her own: 林郑月娥) that LAC cut after
a title word (行政长官林 | 郑月娥, LAC's word 官林) is read whole; 行政长官, 长官 and 特首 are title words (the
fourteenth Chinese set, dev; docs/people.md). Invented names; the first cases fail on main e3a575d."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people


def _names(text: str) -> set[str]:
    return {p.name for p in find_people(Article(paragraphs=[text], lang="zh")).people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("香港特区政府行政长官林陈美华表示，计划在明年1月推出新措施。", "林陈美华"),
        ("行政长官林陈美华今天出席了典礼。", "林陈美华"),
    ],
)
def test_a_double_surname_after_a_title_is_one_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("格力电器董事长董明华表示，公司业绩稳定。", "董明华"),  # 长 ends the title 董事长: no surname 长
        ("朝鲜国务委员长金正明出席了会议。", "金正明"),
        ("习近平和夫人李晓华出席了欢迎仪式。", "李晓华"),
    ],
)
def test_a_titles_last_character_or_a_conjunction_is_no_surname(text: str, name: str) -> None:
    assert name in _names(text)
