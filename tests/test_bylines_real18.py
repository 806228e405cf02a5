"""Credit shapes the eighteenth Chinese set of real lines showed missed (issue 10; docs/benchmarks.md, the eighteenth
set), each family with lines written anew (invented names, places and outlets, none of the set's) and the guards that
keep its neighbours out."""

from __future__ import annotations

import pytest

from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import EDITOR, OTHER, PHOTOGRAPHER, REPORTER, read_credits_zh


def _roles(line: str) -> dict[str, list[str]] | None:
    run = read_credits_zh(line)
    if run is None:
        return None
    return {role: run.names(role) for role in (REPORTER, PHOTOGRAPHER, EDITOR, OTHER) if run.names(role)}


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # a special correspondent posted to a place (特派 + the place + 记者), as 驻 + a place is a posting
        ("本报特派长河记者 孔一凡", {REPORTER: ["孔一凡"]}),
        ("作者：北岸日报特派南湖记者陶禾", {REPORTER: ["陶禾"]}),
        ("（长河晚报特派东岭记者 林大川 王望舒）", {REPORTER: ["林大川", "王望舒"]}),
        # guards: 特派 and 特派记者 as labels, and a 特派记者 whose name a second label follows (no posting there)
        ("特派记者 孔一凡", {REPORTER: ["孔一凡"]}),
        ("本报特派记者孔一凡 记者陶禾", {REPORTER: ["孔一凡", "陶禾"]}),
        ("特派員 林大川", {REPORTER: ["林大川"]}),
        ("本报驻长河记者 孔一凡", {REPORTER: ["孔一凡"]}),
    ],
)
def test_special_correspondent_posted_to_a_place(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # an editor's field holding a portal's account code (letters and digits) names nobody; the credit before it reads
        ("文/本报记者 孔一凡 陶禾 （责任编辑：QX518）", {REPORTER: ["孔一凡", "陶禾"]}),
        ("（责任编辑:ab207）", {}),
        ("本报记者 林大川 [責任編輯：zt33]", {REPORTER: ["林大川"]}),
        # guards: a Latin name in the field is the editor's; a name stays one beside a code
        ("（责任编辑：Lisa）", {EDITOR: ["Lisa"]}),
        ("（责任编辑：王望舒）", {EDITOR: ["王望舒"]}),
    ],
)
def test_editor_account_code(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # the story's or page's pictures said to be all by the credit that follows, closed by a photo mark
        ("本文图片均为 长河日报记者 孔一凡 图", {PHOTOGRAPHER: ["孔一凡"]}),
        ("本版图片均由本报记者 陶禾 摄", {PHOTOGRAPHER: ["陶禾"]}),
        ("图片由林大川 王望舒摄", {PHOTOGRAPHER: ["林大川", "王望舒"]}),
        ("文中圖片均為記者李砚秋攝", {PHOTOGRAPHER: ["李砚秋"]}),
        # guards: no photo mark closing the line (the phrase stays, no credit read), a writer's credit before the phrase
        ("本文图片均为资料图", None),
        ("图片由长河日报提供", None),
    ],
)
def test_pictures_all_by(line: str, roles: dict[str, list[str]] | None) -> None:
    assert _roles(line) == roles


def test_pictures_all_by_closing_a_caption() -> None:
    assert photographers_from(["长河大桥的夜景。 本文图片均为 长河日报记者 孔一凡 图"]) == ["孔一凡"]


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # a name glued before 记者, then only where the story was filed from after a space: the name is the reporter's
        ("【孔一凡記者 高雄報導】", {REPORTER: ["孔一凡"]}),
        ("陶小禾记者 综合报导", {REPORTER: ["陶小禾"]}),
        ("林大川记者 嘉义报道", {REPORTER: ["林大川"]}),
        # guards: an outlet glued before the label with a name after the space; the slash form (read before); an
        # outlet before the label and a report word only (no name at all)
        ("长河派记者 孔一凡", {REPORTER: ["孔一凡"]}),
        ("孔一凡记者／台北报导", {REPORTER: ["孔一凡"]}),
        ("长河日报记者 台北报导", {}),
        # a name glued to the report word after the label is that label's reporter (read before): no place there
        ("陶禾记者 孔一凡报道", {REPORTER: ["孔一凡"]}),
    ],
)
def test_name_glued_before_the_label_then_the_place(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # a television outlet named with 电视 alone (no 台): its names after a space, filed from a place
        ("长河亚太电视 孔一凡 陶禾 林大川 台北报导", {REPORTER: ["孔一凡", "陶禾", "林大川"]}),
        ("北岸電視 王望舒 綜合報導", {REPORTER: ["王望舒"]}),
        ("长河电视记者 李砚秋", {REPORTER: ["李砚秋"]}),
        # guards: 电视台 (read before); words after the outlet that are no names make no credit line
        ("长河电视台 孔一凡 陶禾 北京报道", {REPORTER: ["孔一凡", "陶禾"]}),
        ("长河电视 节目预告", None),
    ],
)
def test_television_outlet(line: str, roles: dict[str, list[str]] | None) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # guards of the 特派 posting: set apart from a later label by a name and a space, 特派 / 特派員 is the label of
        # Taiwan's byline and the name its reporter's (no place)
        ("特派員林大川 記者陶禾", {REPORTER: ["林大川", "陶禾"]}),
        ("特派孔一凡 记者王望舒", {REPORTER: ["孔一凡", "王望舒"]}),
        ("（中央社長河特派員孔一凡5日電）", {REPORTER: ["孔一凡"]}),
    ],
)
def test_special_correspondent_label_before_a_second_label(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles
