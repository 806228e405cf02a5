"""Forty-first natural sample (mainland papers; its text stays outside the repository): 明日 inside a word in 明
(光明日报), a weekday in apposition to a written date (2019年5月1日星期三), a weekday with its date in brackets
(周四(12月24日)). Sentences here are invented."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates


def _mentions(text: str, ref: str) -> list[tuple[str, str | None]]:
    record = find_dates(Article(paragraphs=[text], published=ref, lang="zh"))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind != "published"]


@pytest.mark.parametrize(
    "text",
    [
        "本文原载《光明日报》第九版,转载请注明出处。",
        "据昆明日报消息,当地新建的图书馆向公众开放。",
        "昆明天气晴好,游客络绎不绝。",
        "这是一个聪明日子里的小故事,讲的是邻里互助。",
    ],
)
def test_no_tomorrow_inside_a_word_in_ming(text):
    assert [t for t, _ in _mentions(text, "2024-05-10") if "明" in t] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他说明天将公布新的方案。", [("明天", "2024-05-11")]),
        ("市政府声明,明日起实行新规。", [("明日", "2024-05-11")]),
    ],
)
def test_tomorrow_after_a_verb_stays(text, expected):
    assert _mentions(text, "2024-05-10") == expected


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("今天是2019年5月1日星期三,欢迎收听早间新闻。", "2019-05-01"),
        ("各位听众早上好,今天是2022年5月9日,星期一。", "2022-05-09"),
        ("会议定于2023年4月8日 星期六下午举行。", "2023-04-07"),
    ],
)
def test_weekday_in_apposition_to_a_date_is_that_dates(text, ref):
    found = _mentions(text, ref)
    assert not [t for t, _ in found if t.startswith(("星期", "周"))], found
    assert any(t.endswith(("星期三", "星期一", "星期六")) for t, _ in found), found


def test_weekday_with_its_date_in_brackets():
    text = "市区逐日预报:周三(12月23日)多云,周四(12月24日)晴,周日(12月27日)转阴。"
    assert [v for _, v in _mentions(text, "2020-12-20")] == ["2020-12-23", "2020-12-24", "2020-12-27"]
