"""People stage: the part after the middle dot of a transliterated name joins it when a punctuation mark closes
it, though its characters are no transliteration characters of the table (issue 10, round 6: the ninth blind set's
助理总干事爱德华·夸夸、 gave 爱德华, LAC reading 夸夸 as a verb). Invented sentences; the recogniser reads most such names whole: 4 of the 11 joined cases fail on main d37d29c
(the others and the guard pass on both)."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people


def _forms(text: str) -> set[str]:
    people = find_people(Article(paragraphs=[text], lang="zh")).people
    return {form for person in people for form in person.forms}


CLOSED_PARTS = [
    ("出席会议的有世界卫生组织助理总干事爱德华·夸夸、省卫健委主任李明。", "爱德华·夸夸"),
    ("出席会议的有联合国开发计划署代表爱德华·笑笑、省商务厅厅长王强。", "爱德华·笑笑"),
    ("出席会议的有世界银行副行长爱德华·夸夸、市长张伟。", "爱德华·夸夸"),
    ("出席会议的有亚洲开发银行行长玛丽·夸夸、市长张伟。", "玛丽·夸夸"),
    ("出席会议的有国际奥委会委员玛丽·美美、省体育局局长赵刚。", "玛丽·美美"),
    ("出席会议的有非洲联盟特使爱德华·明亮、外交部副部长刘洋。", "爱德华·明亮"),
    ("前来参观的有国际红十字会代表约翰·好好，以及当地官员。", "约翰·好好"),
    ("前来参观的有世界粮食计划署官员玛丽·飞飞，以及当地官员。", "玛丽·飞飞"),
    ("据介绍，项目负责人爱德华·红红。", "爱德华·红红"),
    ("据介绍，项目负责人约翰·冬冬。", "约翰·冬冬"),
    ("据介绍，项目负责人玛丽·青青。", "玛丽·青青"),
]


@pytest.mark.parametrize(("text", "name"), CLOSED_PARTS)
def test_a_closed_part_after_the_dot_joins_the_name(text: str, name: str) -> None:
    forms = _forms(text)
    assert name in forms and name.split("·")[0] not in forms


def test_a_part_that_runs_on_past_four_characters_is_not_joined() -> None:
    assert "爱德华·夸夸其谈不已" not in _forms("他批评爱德华·夸夸其谈不已。")
