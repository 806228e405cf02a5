"""People stage: a reporter's name run on into the place the report was filed from is cut back to the name
(issue 10, round 6: the ninth blind set's 记者张稳济南报道 gave 张稳济南, 记者 毕胜 辛振东 济南报道 gave "辛振东 济南";
the recogniser read the name and the place as one). The place is one of the credit grammar's ``places``
(bylines.toml) and a report word follows it. Invented credits; 9 of the 13 cases fail on main d37d29c (the others are guards)."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people


def _forms(*paragraphs: str) -> set[str]:
    people = find_people(Article(paragraphs=list(paragraphs), lang="zh")).people
    return {form for person in people for form in person.forms}


STORY = "3月2日上午，全市春季植树活动在城东公园举行。"

RUN_ON = [
    ("长河网·晚间新闻记者刘强济南报道", "刘强"),
    ("长河网·晚间新闻记者张稳上海报道", "张稳"),
    ("长河网·晚间新闻记者 陈亮 杨帆 杭州报道", "杨帆"),
    ("长河网·晚间新闻记者 李洪 周立新 济南报道", "周立新"),
    ("长河网·晚间新闻记者孙海波成都报道", "孙海波"),
    ("长河网·晚间新闻记者马晓军武汉报道", "马晓军"),
    ("长河网·晚间新闻记者郭建广州报道", "郭建"),
    ("长河网·晚间新闻记者 何平 长沙报道", "何平"),
    ("长河网·晚间新闻记者胡海涛昆明报道", "胡海涛"),
    ("长河网·晚间新闻记者 韩雪 郑州报道", "韩雪"),
]


@pytest.mark.parametrize(("credit", "name"), RUN_ON)
def test_a_reporter_name_loses_the_filing_place(credit: str, name: str) -> None:
    forms = _forms(credit, STORY)
    assert name in forms
    assert not any(f.startswith(name) and f != name for f in forms)


@pytest.mark.parametrize(("credit", "name"), RUN_ON[:3])
def test_the_credit_glued_to_the_story_too(credit: str, name: str) -> None:
    forms = _forms(credit + STORY)
    assert name in forms and not any(f.startswith(name) and f != name for f in forms)


@pytest.mark.parametrize(
    "credit",
    [
        "长河网时刻记者 杨斌 长沙报道",  # 2026-12-02: the credit line's own names read 长沙报道 as a second reporter
        "长河网时刻记者 何平 武汉报道",
        "晚间新闻记者 韩雪 成都报道",
    ],
)
def test_the_place_filed_from_is_no_second_reporter(credit: str) -> None:
    forms = _forms(credit, STORY)
    assert not any(f.endswith("报道") for f in forms), forms
