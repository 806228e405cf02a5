"""Forty-first natural sample (mainland papers; its text stays outside the repository): 明日 inside a word in 明
(光明日报). Sentences here are invented."""

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
