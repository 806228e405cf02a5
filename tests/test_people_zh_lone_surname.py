"""People stage: a surname the Chinese CRF tags alone where LAC reads a whole person word starting with it
(issue 10, the pooled residual errors of the Chinese dev sets; docs/people.md "A surname tagged alone"): the
name is LAC's word (林书豪, not 林), unless that word runs on into a surname-only form (柳某, 袁氏, 潘老); and a
surname both tag alone before a word and a title (副秘书长何 | 书金 | 研究员) is the name up to the title.

Invented names in the shapes of zh set 7 (林书豪 before 穿上 … 队球衣, 罗本 before 制造点球) and set 1 (何书金研究员; 袁氏父子,
潘老刻录, which the first version of the rule read as names); the cases fail on main 328cb5c, the guards pass on
both."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people


def _forms(text: str) -> set[str]:
    people = find_people(Article(paragraphs=[text], lang="zh")).people
    return {form for person in people for form in person.forms}


LONE_SURNAME = [
    ("最快明年就有机会看到林书文穿上中华台北队球衣。", "林书文"),
    ("最快明年就有机会看到罗书明穿上中华台北队球衣。", "罗书明"),
    ("最快明年就有机会看到马书宇穿上中华台北队球衣。", "马书宇"),
    ("最快下个月就能看到林家豪穿上中国香港队球衣。", "林家豪"),
    ("最快下个月就能看到罗书航穿上中国香港队球衣。", "罗书航"),
    ("据台湾媒体报道，最快明年就能看到林书航穿上中华台北队球衣。", "林书航"),
    ("据台湾媒体报道，最快明年就能看到马书文穿上中华台北队球衣。", "马书文"),
    ("补时阶段，罗书豪制造点球，亨特拉尔操刀命中。", "罗书豪"),
    ("补时阶段，罗家豪制造点球，亨特拉尔操刀命中。", "罗家豪"),
    ("第75分钟，罗书宇制造点球，斯内德操刀命中。", "罗书宇"),
    ("下半场，马书文制造点球，范佩西操刀命中。", "马书文"),
    ("下半场，罗书明制造点球，范佩西操刀命中。", "罗书明"),
]


@pytest.mark.parametrize(("text", "name"), LONE_SURNAME)
def test_a_surname_tagged_alone_takes_lacs_person_word(text: str, name: str) -> None:
    forms = _forms(text)
    assert name in forms
    assert name[0] not in forms


# the surname tagged alone by both, its given name a word of its own (书金, 海洋: nouns) right before a title
SURNAME_BEFORE_TITLE = [
    ("中国地理学会副秘书长何海洋研究员等出席开幕式。", "何海洋"),
    ("中国地理学会副秘书长何黄金研究员等出席开幕式。", "何黄金"),
    ("中国地理学会副秘书长何铁路研究员等出席开幕式。", "何铁路"),
    ("省农科院副院长何石油研究员作了报告。", "何石油"),
    ("省农科院副院长何书画研究员作了报告。", "何书画"),
    ("市气象局副局长何黄金研究员介绍了情况。", "何黄金"),
    ("市气象局副局长何铁路研究员介绍了情况。", "何铁路"),
    ("研究所副所长何钢铁研究员作了报告。", "何钢铁"),
    ("研究所副所长何天空研究员作了报告。", "何天空"),
    ("研究所副所长何水利研究员作了报告。", "何水利"),
    ("研究所副所长何海洋研究员作了报告。", "何海洋"),
]


@pytest.mark.parametrize(("text", "name"), SURNAME_BEFORE_TITLE)
def test_a_surname_tagged_alone_before_a_title_takes_the_word_between(text: str, name: str) -> None:
    assert _forms(text) == {name}


# LAC's person word runs on into a surname-only form, or past one: the surname stays alone
SURNAME_ONLY_FORMS = [
    ("尽管袁氏父子在公告中声称减持所得资金用于偿还质押，但截至目前仍未解押。", "袁氏"),
    ("《老鼠爱大米》等网络歌曲也被潘老刻录进了他的教材。", "潘老刻"),
    ("柳某被警方抓获。", "柳某"),
    ("张女士表示，她很满意。", "张女士"),
    ("李某主任表示同意。", "李某"),
    ("王老师说，他很高兴。", "王老"),
    ("人们在再次欣赏这位京剧梅派艺术创立者的华美声腔的同时，也缅怀他的贡献。", "梅派"),
]


@pytest.mark.parametrize(("text", "not_a_name"), SURNAME_ONLY_FORMS)
def test_a_surname_only_form_is_not_extended(text: str, not_a_name: str) -> None:
    assert not_a_name not in _forms(text)


def test_a_full_name_the_crf_reads_whole_is_unchanged() -> None:
    assert _forms("据报道，林海峰昨天抵达上海参加活动，罗斌随后赶到。") == {"林海峰", "罗斌"}
