"""Credit shapes the nineteenth Chinese set of real lines showed missed (issue 10; docs/benchmarks.md, the nineteenth
set), each family with lines written anew (invented names, places and outlets, none of the set's) and the guards that
keep its neighbours out."""

from __future__ import annotations

import pytest

from bench.credit_lines import closing_people
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import EDITOR, OTHER, PHOTOGRAPHER, REPORTER, read_credits_zh


def _roles(line: str) -> dict[str, list[str]] | None:
    run = read_credits_zh(line)
    if run is None:
        return None
    return {role: run.names(role) for role in (REPORTER, PHOTOGRAPHER, EDITOR, OTHER) if run.names(role)}


@pytest.mark.parametrize(
    "line",
    [
        # a platform's or an outlet's name in the editor's field: the desk, no editor
        "编辑丨长河平台",
        "编辑：北岸资讯平台",
        "编辑：长河新闻网",
        # the house's generic signature "the little editor", alone or after the site's name
        "核稿编辑：长河小编",
        "責任編輯：北岸小編",
        "责任编辑：小编",
        "作者：长河小编",
    ],
)
def test_platform_or_house_signature_is_no_editor(line: str) -> None:
    assert not _roles(line)


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("编辑：孔一凡", {EDITOR: ["孔一凡"]}),
        ("编辑丨陶禾", {EDITOR: ["陶禾"]}),
        ("编辑：山桦", {EDITOR: ["山桦"]}),  # a rare surname after the editor's colon stays
        ("内容编辑丨特工阿尔法", {EDITOR: ["特工阿尔法"]}),  # a pen name of five characters
        ("责任编辑：林大川 校对：王望舒", {EDITOR: ["林大川", "王望舒"]}),
    ],
)
def test_editor_names_beside_the_desk_words(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("paragraph", "people"),
    [
        # the original headline a portal notes after the closing credit, a stray full stop around it
        ("长河大桥周一恢复通行。（孔一凡）（原标题：长河大桥恢复通行）", (["孔一凡"], [])),
        ("长河大桥周一恢复通行。（记者 陶禾）.（原标题：长河大桥恢复通行）.", (["陶禾"], [])),
        ("长河大桥周一恢复通行。（林大川）。（原題：長河大橋恢復通行）", (["林大川"], [])),
        # a portal's notice glued after the photo mark (its line break lost), whole or cut short
        (
            "长河大桥周一恢复通行。 北岸日报记者　孔一凡　摄特别声明：本文仅为作者个人看法，与长河网立场无关。"
            "如有关于作品内容、版权或其它问题请于作品发表后的30日内与长河网联系。",
            ([], ["孔一凡"]),
        ),
        (
            "长河大桥周一恢复通行。 北岸日报记者 陶禾 摄免责声明：本文仅为作者个人看法，",
            ([], ["陶禾"]),
        ),
        # guards: a notice in the story is no credit's end; a headline note alone credits nobody
        ("长河公司昨日发布特别声明：长河大桥周一恢复通行。", ([], [])),
        ("长河大桥周一恢复通行。（原标题：长河大桥恢复通行）", ([], [])),
    ],
)
def test_notes_after_a_closing_credit(paragraph: str, people: tuple[list[str], list[str]]) -> None:
    assert closing_people(paragraph) == people


def test_notice_after_a_photo_mark_in_a_line() -> None:
    assert _roles("北岸日报记者 孔一凡 摄特别声明：本文仅为作者个人看法") == {PHOTOGRAPHER: ["孔一凡"]}


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # a WeChat or a tech site's header: where the picture is from, how long the story reads, then the credits
        (
            "图源/长河 本文约 2100 字，建议阅读 5 分钟 作者丨孔一凡 编辑丨陶禾",
            {REPORTER: ["孔一凡"], EDITOR: ["陶禾"]},
        ),
        ("全文约3200字，阅读约需8分钟 作者丨孔一凡 编辑丨陶禾", {REPORTER: ["孔一凡"], EDITOR: ["陶禾"]}),
        ("本文共1,800字，预计阅读时间4分钟 文丨林大川", {REPORTER: ["林大川"]}),
        # guards: the bar of fields still splits them; a bar after a label is its colon
        ("作者丨孔一凡|来源丨长河日报", {REPORTER: ["孔一凡"]}),
        ("孔一凡|《长河日报》（2025年05月08日第09版）", {REPORTER: ["孔一凡"]}),
    ],
)
def test_reading_time_before_the_credits(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    "line",
    ["本文约 2100 字，建议阅读 5 分钟", "首页 | 长河新闻 | 正文", "长河大桥通车了，作者丨孔一凡 编辑丨陶禾"],
)
def test_no_editor_read_as_a_reporter_across_a_label_bar(line: str) -> None:
    assert "陶禾" not in (_roles(line) or {}).get(REPORTER, [])


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # a mark or a report word glued to the last word of a name in Latin script ends the name, it splits none
        ("文／Anna Lindqvist報導", {REPORTER: ["Anna Lindqvist"]}),
        ("攝影：Marta Oliveira攝", {PHOTOGRAPHER: ["Marta Oliveira"]}),
        ("（圖／Jonas Berg Holm攝）", {PHOTOGRAPHER: ["Jonas Berg Holm"]}),
        # guards: one Latin word with its mark glued, and a name apart from its mark, as before
        ("（圖／Lisa攝）", {PHOTOGRAPHER: ["Lisa"]}),
        ("記者 Jisho報導", {REPORTER: ["Jisho"]}),
        ("（圖／Anna Lindqvist 攝）", {PHOTOGRAPHER: ["Anna Lindqvist"]}),
    ],
)
def test_mark_glued_to_a_latin_name(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        # 翻攝 (re-shot: a copy of a picture found elsewhere) after a Latin word and no label: where it was copied from
        ("▲長河大橋昨日通車。（圖／Facebook翻攝）", []),
        ("▲北岸新車外觀曝光。（圖／North Harbor Design翻攝）", []),
        ("▲長河大橋昨日通車。（圖／YouTube 翻攝）", []),
        # guards: the reporter who made the copy, a Chinese name before 翻攝, a Latin name before 攝
        ("▲長河大橋昨日通車。（圖／記者孔一凡翻攝）", ["孔一凡"]),
        ("▲長河大橋昨日通車。（圖／陶禾翻攝）", ["陶禾"]),
        ("▲長河大橋昨日通車。（圖／Anna Lindqvist攝）", ["Anna Lindqvist"]),
    ],
)
def test_latin_source_before_a_copy_mark(caption: str, names: list[str]) -> None:
    assert photographers_from([caption]) == names


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # a credit whose names all end under one photo mark, a correspondent's or an intern's label between: every
        # name photographed (the lead's policy call of set 18's round; the closing and caption readers read so)
        ("记者 孔一凡 通讯员 陶禾摄", {PHOTOGRAPHER: ["孔一凡", "陶禾"]}),
        ("（长河日报全媒记者 孔一凡 通讯员 陶禾 林大川 摄）", {PHOTOGRAPHER: ["孔一凡", "陶禾", "林大川"]}),
        ("本報記者孔一凡 實習生陶禾攝", {PHOTOGRAPHER: ["孔一凡", "陶禾"]}),
        # guards: the line says who wrote; no mark; the mark is a photo report's; an editor among the labels
        ("记者 孔一凡 文 陶禾 摄", {REPORTER: ["孔一凡"], PHOTOGRAPHER: ["陶禾"]}),
        ("文/记者 孔一凡 通讯员 陶禾 摄", {REPORTER: ["孔一凡"], PHOTOGRAPHER: ["陶禾"]}),
        ("记者 孔一凡 通讯员 陶禾", {REPORTER: ["孔一凡"], OTHER: ["陶禾"]}),
        ("（本报记者秦暮云文郑听雨摄）", {REPORTER: ["秦暮云"], PHOTOGRAPHER: ["郑听雨"]}),
    ],
)
def test_names_under_one_photo_mark(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("paragraph", "people"),
    [
        # the closing reader keeps the first name the story's reporter too (a closing paragraph's policy)
        ("长河大桥恢复通车。本报记者孔一凡 通讯员陶禾摄", (["孔一凡"], ["孔一凡", "陶禾"])),
        (
            "长河大桥恢复通车。（长河日报全媒记者 孔一凡 通讯员 陶禾 林大川 摄）",
            (["孔一凡"], ["孔一凡", "陶禾", "林大川"]),
        ),
    ],
)
def test_names_under_one_photo_mark_closing(paragraph: str, people: tuple[list[str], list[str]]) -> None:
    assert closing_people(paragraph) == people
