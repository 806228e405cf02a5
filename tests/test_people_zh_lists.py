"""People stage: names in enumerations (pipeline/stages/people/zh_lists.py): team line-ups with shirt numbers,
lists joined by 、 or spaces. Invented names in the shapes a blind Chinese set showed (issue 10)."""

from __future__ import annotations

from pipeline.record import Article
from pipeline.stages.people import find_people
from pipeline.stages.people.zh_lists import _items
from pipeline.stages.people.zh_span_repairs import _cut_at_punctuation


def _names(*paragraphs: str) -> list[str]:
    return [p.name for p in find_people(Article(paragraphs=list(paragraphs), lang="zh")).people]


def test_every_player_of_a_line_up_with_shirt_numbers_is_a_person() -> None:
    names = _names(
        "红星队首发：1周立明；21岳麟，4莫克雷，31杜伟杰；25刘子航（46‘，15艾力依米提-土尔），11皮特，"
        "32董光华（46’，19宋承业），20邱海（77‘，27费燕）"
    )
    expected = ["周立明", "岳麟", "莫克雷", "杜伟杰", "刘子航", "艾力依米提-土尔", "皮特", "董光华", "宋承业"]
    assert set(expected + ["邱海", "费燕"]) == set(names)


def test_a_list_joined_by_commas_gives_the_names_the_recognisers_missed() -> None:
    names = _names(
        "蓝海队首发：1陈翀；2马隆昌、14黄家乐、16秦磊、22董岳峰（74‘，5吴强）、8朱廷、23商越、28费晨"
    )
    assert {"秦磊", "商越", "费晨"} <= set(names) and "蓝海队首发" not in names


def test_items_leave_out_shirt_numbers_and_minute_marks() -> None:
    text = "红星队首发：21岳麟，25刘子航（46‘，15艾力依米提-土尔）"
    items = [text[i[0] : i[1]] if i else None for i in _items(text)]
    assert items == [None, "岳麟", "刘子航", "艾力依米提-土尔"]  # 红星队首发 is no name-shaped item


def test_a_list_of_few_names_found_is_left_as_it_is() -> None:
    # two names found of five items: not a list of names, the other items stay words
    names = _names("会上，张立伟、王海明、研究院、实验室、图书馆分别作了介绍。")
    assert not {"研究院", "实验室", "图书馆"} & set(names)


def test_a_name_span_ends_before_a_bracket() -> None:
    # the recogniser ran 吴伟 on into the bracket after it: "（74‘，5吴伟）"
    text = "（74‘，5吴伟）、8朱挺"
    assert _cut_at_punctuation(text, [], 6, 9) == (6, 8)


def test_a_label_heading_a_list_of_names_is_no_name() -> None:
    names = _names("球队阵容是：单打，王友福、杨福景、拉希德、罗斯林、黄综翰；双打，谢顺吉")
    assert "单打" not in names and {"王友福", "杨福景", "黄综翰"} <= set(names)


def test_a_bracket_closed_inside_a_name_stays() -> None:
    # People's Daily prints a rare character by its parts in brackets: 袁(日希)
    assert _cut_at_punctuation("袁(日希)说", [], 0, 5) == (0, 5)
