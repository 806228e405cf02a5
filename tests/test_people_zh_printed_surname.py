"""People stage: a surname-only Chinese person is named as printed (issue 10, round 6: the ninth blind set, like
the sixth, annotates 李先生, 余师傅, 牛某, 胡某某, where the stage gave the bare surname 李 and so missed the person
and added an extra). The bare surname stays among the forms (the earlier sets annotate {"name": "李", "also":
["李先生"]}); 李先生 and 李女士 of one article are two persons; 许说 after 许先生 is the same one. Invented
sentences; the printed-form cases fail on main d37d29c."""

from __future__ import annotations

import pytest

from pipeline.record import Article, Person
from pipeline.stages.people import find_people


def _people(*paragraphs: str) -> list[Person]:
    return find_people(Article(paragraphs=list(paragraphs), lang="zh")).people


def _surname_only(*paragraphs: str) -> list[Person]:
    return [p for p in _people(*paragraphs) if p.surname_only]


PRINTED = [
    ("“我家的院子被淹了。”住在河边的李先生说。", "李先生", "李"),
    ("市民王女士表示，她已经等了两个小时。", "王女士", "王"),
    ("出租车司机余师傅说，这条路每天都堵。", "余师傅", "余"),
    ("据警方通报，犯罪嫌疑人牛某已被刑事拘留。", "牛某", "牛"),
    ("经查，犯罪嫌疑人胡某某对其犯罪事实供认不讳。", "胡某某", "胡"),
    ("“孩子终于找到了。”报警的陈女士说。", "陈女士", "陈"),
    ("法院审理查明，被告人刘某多次盗窃电动车。", "刘某", "刘"),
    ("“这批货明天就能到。”供货商黄先生说。", "黄先生", "黄"),
    ("家住城东的张小姐说，她昨天才收到通知。", "张小姐", "张"),
    ("“工资已经发下来了。”工地上的孙师傅笑着说。", "孙师傅", "孙"),
]


@pytest.mark.parametrize(("text", "printed", "surname"), PRINTED)
def test_a_surname_only_person_is_named_as_printed(text: str, printed: str, surname: str) -> None:
    people = _surname_only(text)
    assert [p.name for p in people] == [printed]
    assert people[0].forms[0] == printed and surname in people[0].forms
    assert (
        people[0].name_en
        == {
            "李": "Li",
            "王": "Wang",
            "余": "Yu",
            "牛": "Niu",
            "胡": "Hu",
            "陈": "Chen",
            "刘": "Liu",
            "黄": "Huang",
            "张": "Zhang",
            "孙": "Sun",
        }[surname]
    )


def test_mr_and_ms_of_one_surname_are_two_persons() -> None:
    people = _surname_only("李先生和李女士是邻居。", "“我们一起去报的警。”李女士说。")
    assert sorted(p.name for p in people) == ["李先生", "李女士"]


def test_a_bare_surname_joins_the_printed_person() -> None:
    people = _surname_only("记者采访了许先生。", "“网络治理已成为公共议题。”许说。")
    assert [p.name for p in people] == ["许先生"]
    assert people[0].forms == ["许先生", "许"]


def test_a_bare_surname_alone_stays_the_surname() -> None:
    assert [p.name for p in _surname_only("“网络治理已成为公共议题。”许说。")] == ["许"]
