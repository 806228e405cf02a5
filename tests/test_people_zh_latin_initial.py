"""People stage: a player's name printed as the Latin initial of the given name and the first character of the
transliterated surname (C罗, J罗), which LAC reads as one person word (issue 10, round 5: C罗 of zh sets 6 and 8,
which ``clean_zh_name`` rejected for its Latin letter; docs/people.md "Latin initials"). Invented sentences; every
case fails on main 8c79bb2; the guards (X光, A股: words of the same shape, which LAC reads as words) pass on both."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people


def _forms(text: str) -> set[str]:
    people = find_people(Article(paragraphs=[text], lang="zh")).people
    return {form for person in people for form in person.forms}


LATIN_INITIAL = [
    ("本场比赛，C罗打入制胜球。", "C罗"),
    ("赛后，J罗接受了采访。", "J罗"),
    ("头号球星C罗将身穿7号球衣。", "C罗"),
    ("上半场，C罗头球攻门被扑出。", "C罗"),
    ("K罗在禁区内被放倒，裁判判罚点球。", "K罗"),
    ("主教练表示，J罗的状态正在恢复。", "J罗"),
    ("D罗替补登场后打入一球。", "D罗"),
    ("C罗和梅西再次同场竞技。", "C罗"),
    ("据西班牙媒体报道，J罗将在冬窗离队。", "J罗"),
    ("R罗在比赛中梅开二度。", "R罗"),
    ("球队核心C罗因伤缺席本场比赛。", "C罗"),
]


@pytest.mark.parametrize(("text", "name"), LATIN_INITIAL)
def test_a_latin_initial_and_a_surname_lac_reads_as_a_person(text: str, name: str) -> None:
    assert name in _forms(text)


WORDS = [
    "X光检查显示无骨折。",
    "A股三大指数收涨。",
    "她走上T台展示新装。",
    "医生建议他做B超检查。",
]


@pytest.mark.parametrize("text", WORDS)
def test_words_of_the_same_shape_are_no_names(text: str) -> None:
    assert _forms(text) == set()
