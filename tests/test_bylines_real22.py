"""Credit shapes the twenty-second Chinese set of real lines showed missed (issue 10; docs/benchmarks.md, the
twenty-second set: lines as public news pages give them), each family with lines written anew (invented names, places
and outlets, none of the set's) and the guards that keep its neighbours out."""

from __future__ import annotations

import pytest

from bench.credit_lines import closing_people, lead_reporters
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import EDITOR, PHOTOGRAPHER, REPORTER, read_credits_zh


def _roles(line: str) -> dict[str, list[str]] | None:
    run = read_credits_zh(line)
    if run is None:
        return None
    return {role: run.names(role) for role in (REPORTER, PHOTOGRAPHER, EDITOR) if run.names(role)}


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # a desk's editors named by what they edit or where it runs
        ("文编丨孔一凡 陶禾", {EDITOR: ["孔一凡", "陶禾"]}),
        ("文 | 林大川 微信编辑 | 孔一凡", {REPORTER: ["林大川"], EDITOR: ["孔一凡"]}),
        ("文字编辑：陶禾 图片编辑：孔一凡", {EDITOR: ["陶禾", "孔一凡"]}),
        # 文编辑 is a name's last character and 编辑, no text editor's label
        ("記者:孔德文編輯:陶禾", {REPORTER: ["孔德文"], EDITOR: ["陶禾"]}),
        # a page's layout, its art editor and a campus paper's teacher are credited, neither author nor editor; the
        # credit goes on after them
        ("責任編輯:孔 禾 組版:陶 川 校對:林 一", {EDITOR: ["孔禾", "林一"]}),
        ("责任编辑：孔一凡 版面设计：陶禾", {EDITOR: ["孔一凡"]}),
        ("图文 | 孔一凡 版式 | 陶禾", {REPORTER: ["孔一凡"]}),
        ("记者：孔一凡 陶禾 指导老师：林大川", {REPORTER: ["孔一凡", "陶禾"]}),
        ("美术编辑：陶禾 责任编辑：孔一凡", {EDITOR: ["孔一凡"]}),
        # the one who took the picture, named as a person; a reporter's label after it keeps the photographer's kind
        ("拍摄者：本报记者 孔一凡", {PHOTOGRAPHER: ["孔一凡"]}),
        ("摄影师：陶禾", {PHOTOGRAPHER: ["陶禾"]}),
        # the counters of a page's views and a student's school end the credit as the page's other fields do
        ("来源：长河大学新闻学院 编辑：孔一凡 浏览次数：", {EDITOR: ["孔一凡"]}),
        ("（作者：陶禾 学校：长河小学）", {REPORTER: ["陶禾"]}),
        # ☉ and ⊙ open a commentary's byline as □ does
        ("☉孔一凡", {REPORTER: ["孔一凡"]}),
        ("⊙ 陶禾", {REPORTER: ["陶禾"]}),
        # a portal's rewrite of 记者 in the copy it reposts
        ("长河晚报采访人员孔一凡", {REPORTER: ["孔一凡"]}),
        # a paper's two-character short name glued to the label and the name
        ("川观记者陶禾", {REPORTER: ["陶禾"]}),
        ("（长晚采访人员孔一凡）", {REPORTER: ["孔一凡"]}),
        # a country, its city and the city's Latin code glued between the name and 报导
        ("（大纪元记者孔一凡美国纽约报导）", {REPORTER: ["孔一凡"]}),
        ("（新唐人记者陶禾加拿大温哥华报导）", {REPORTER: ["陶禾"]}),
        ("记者孔一凡日本东京报道", {REPORTER: ["孔一凡"]}),
        ("记者陶禾华盛顿DC报道", {REPORTER: ["陶禾"]}),
        ("（大纪元记者林大川美国华盛顿DC报导）", {REPORTER: ["林大川"]}),
    ],
)
def test_credit_shapes_of_the_twenty_second_set(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("特约记者陶禾", {REPORTER: ["陶禾"]}),  # a qualifier is no short name of a paper
        (
            "孔一凡记者陶禾",
            {REPORTER: ["孔一凡", "陶禾"]},
        ),  # three characters before the label: a name, as before
        ("孔一凡 记者陶禾", {REPORTER: ["孔一凡", "陶禾"]}),  # set apart: a name, as before
        ("记者王美国报道", {REPORTER: ["王美国"]}),  # three characters in all: a name, no country cut from it
    ],
)
def test_credit_shape_guards(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    "line", ["采访人员了解到，会议将持续三天。", "昨天记者从长河市公安局获悉，一名男子被拘。"]
)
def test_story_sentences_are_no_credit(line: str) -> None:
    assert not (_roles(line) or {}).get(REPORTER)


def test_lead_from_abroad_with_a_place_code() -> None:
    lead = "【大纪元2023年09月29日讯】（大纪元记者孔一凡美国华盛顿DC报导）9月28日，长河大桥恢复通行。"
    assert lead_reporters(lead) == ["孔一凡"]
    assert lead_reporters("长河晚报讯 采访人员从长河市公安局获悉，一名男子被拘。") == []


@pytest.mark.parametrize(
    ("closing", "reporters"),
    [
        ("长河大桥周一恢复通行，过往车辆有序通过。孔一凡 陶禾", ["孔一凡", "陶禾"]),
        ("长河大桥周一恢复通行。 孔一凡、陶禾、林大川", ["孔一凡", "陶禾", "林大川"]),
        ("长河大桥周一恢复通行。孔一凡", []),  # one bare name after the full stop: no signature
        ("长河大桥周一恢复通行。谢谢 大家", []),  # words that are no names
        ("长河大桥周一恢复通行。北京 上海", []),  # places
    ],
)
def test_spaced_names_after_the_last_sentence(closing: str, reporters: list[str]) -> None:
    assert closing_people(closing)[0] == reporters


@pytest.mark.parametrize(
    ("caption", "photographers"),
    [
        ("长河大桥恢复通行。(攝影/REUTERS/Jane Roe/達志影像)", ["Jane Roe"]),
        ("长河大桥恢复通行。（攝影／路透／陶禾／達志影像）", ["陶禾"]),
        ("长河大桥恢复通行。（陶禾/路透）", ["陶禾"]),
        ("长河大桥恢复通行。（攝影／美聯社／達志影像）", []),  # agencies only
        ("长河大桥恢复通行。（资料照/达志影像）", []),
    ],
)
def test_photographer_between_picture_agencies(caption: str, photographers: list[str]) -> None:
    assert photographers_from([caption]) == photographers
