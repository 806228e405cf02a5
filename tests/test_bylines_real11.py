"""Credit shapes the eleventh Chinese blind set showed missed (issue 10; docs/benchmarks.md "Eleventh Chinese and fifth
English credit sets"), each family with lines written anew (invented names and outlets, none of the sets' or the
probe's) and the guards that keep its neighbours out: unlabelled names before 报道： right after 本报讯; an outlet glued
before the name in a bracket (【云岫快报沈砚秋】); 文｜outlet name 发自 place, name 发自 place; outlet name 发自 place glued
to the story; a credit block in a lead's bracket with a Latin name after a marked label (（文/X 摄影/ISSAC 制作/Y）); a
name and an outlet of five characters closing a story ((X 临溪邮电报)); 总编 an editor's label, 策划统筹 an other's."""

from __future__ import annotations

import pytest

from bench.credit_lines import closing_people, lead_reporters
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import EDITOR, OTHER, PHOTOGRAPHER, REPORTER, read_credits_zh


def roles(line: str) -> dict[str, list[str]]:
    run = read_credits_zh(line)
    return {role: run.names(role) for role in (REPORTER, PHOTOGRAPHER, EDITOR, OTHER)} if run else {}


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("本报讯 沈砚秋、宁书远报道：11月上旬，青屿大桥恢复通行。", ["沈砚秋", "宁书远"]),
        ("本報訊 程晚舟、馮聽瀾報道：11月上旬，青嶼大橋恢復通行。", ["程晚舟", "馮聽瀾"]),
        ("本报讯 温如玉报道：青屿大桥周一恢复通行。", ["温如玉"]),
        ("本报青屿5月3日讯 邹见山报道：青屿大桥周一恢复通行。", ["邹见山"]),
        ("本报讯 魏长风、俞望舒、邹见山报道：青屿大桥周一恢复通行。", ["魏长风", "俞望舒", "邹见山"]),
        # guards: a source, a place, the story before the report word; a comma instead of the colon
        ("本报讯 据临溪日报报道：青屿大桥周一恢复通行。", []),
        ("本报讯 北京报道：青屿大桥周一恢复通行。", []),
        ("本报讯 青屿大桥周一报道：恢复通行。", []),
        ("本报讯 温如玉报道，青屿大桥周一恢复通行。", []),
    ],
)
def test_unlabelled_names_before_report_word_after_dateline(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("【云岫快报沈砚秋】", ["沈砚秋"]),
        ("【雲岫快報程晚舟】", ["程晚舟"]),
        ("【临溪日报宁书远】", ["宁书远"]),
        ("（澜沧周报温如玉）", ["温如玉"]),
        ("【青屿新闻邹见山】", ["邹见山"]),
        # guards: the outlet alone; the outlet and a place of the table
        ("【云岫快报】", []),
        ("【临溪日报北京】", []),
    ],
)
def test_outlet_glued_before_name_in_bracket(line: str, reporters: list[str]) -> None:
    assert roles(line).get(REPORTER, []) == reporters


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("【云岫快报沈砚秋】青屿大桥周一恢复通行。", ["沈砚秋"]),
        ("【雲岫快報程晚舟】青嶼大橋週一恢復通行。", ["程晚舟"]),
        ("【临溪日报宁书远】青屿大桥周一恢复通行。", ["宁书远"]),
        ("【澜沧周报温如玉】青屿大桥周一恢复通行。", ["温如玉"]),
        ("【青屿新闻邹见山】青屿大桥周一恢复通行。", ["邹见山"]),
        # guards: a place or a dispatch word after the outlet
        ("【临溪日报北京】青屿大桥周一恢复通行。", []),
        ("【临溪日报专讯】青屿大桥周一恢复通行。", []),
    ],
)
def test_outlet_glued_before_name_opening_a_lead(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("文｜江屿日报 沈砚秋 发自青屿,宁书远 发自北京", ["沈砚秋", "宁书远"]),
        ("文｜财新 程晚舟 发自美国首都华盛顿,温如玉 发自北京", ["程晚舟", "温如玉"]),
        ("文｜江屿日报 邹见山", ["邹见山"]),
        ("文/林泉周报 魏长风 发自上海", ["魏长风"]),
        ("作者｜黄溪新闻 俞望舒 发自广州", ["俞望舒"]),
        # neighbours read before too: an outlet whose first character is no surname
        ("文｜临溪日报 沈砚秋 发自青屿,宁书远 发自北京", ["沈砚秋", "宁书远"]),
        ("记者 临溪日报 沈砚秋", ["沈砚秋"]),
        # guards: the outlet alone after the label names nobody
        ("文/江屿日报", []),
        ("作者：林泉周报", []),
    ],
)
def test_outlet_after_writer_label(line: str, reporters: list[str]) -> None:
    assert roles(line).get(REPORTER, []) == reporters


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("青屿财经 沈砚秋 发自上海青屿大桥周一恢复通行。", ["沈砚秋"]),
        ("临溪日报 宁书远、程晚舟 发自北京青屿大桥周一恢复通行。", ["宁书远", "程晚舟"]),
        ("臨溪日報 溫如玉 發自台北青嶼大橋週一恢復通行。", ["溫如玉"]),
        ("澜沧周报 邹见山 发自广州青屿大桥周一恢复通行。", ["邹见山"]),
        ("青屿新闻 魏长风 发自成都，青屿大桥周一恢复通行。", ["魏长风"]),
        # guards: no outlet before the words; no name between the outlet and 发自
        ("青屿大桥 周一 发自上海的列车恢复通行。", []),
        ("临溪日报 青屿大桥 发自上海的列车恢复通行。", []),
    ],
)
def test_outlet_name_sent_from_glued_to_story(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("青屿娱乐专稿（文/沈砚秋 摄影/ISSAC 制作/小涵）青屿大桥周一恢复通行。", ["沈砚秋"]),
        ("（文/宁书远 摄影/Coco Lee 制作/程晚舟）青屿大桥周一恢复通行。", ["宁书远"]),
        ("青屿娱乐专稿（文/温如玉 摄影/MARCO）青屿大桥周一恢复通行。", ["温如玉"]),
        ("（文/邹见山 摄影/KENJI 制作/魏长风）青屿大桥周一恢复通行。", ["邹见山"]),
        ("临溪专稿（文/俞望舒 摄影/Lulu Chan）青屿大桥周一恢复通行。", ["俞望舒"]),
        # neighbours read before too: a Latin name after 制作 only
        ("（文/邹见山 摄影/魏长风 制作/Mona）青屿大桥周一恢复通行。", ["邹见山"]),
    ],
)
def test_credit_block_with_latin_names_in_lead_bracket(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


def test_latin_names_after_marked_photo_and_other_labels() -> None:
    assert roles("（文/沈砚秋 摄影/ISSAC）") == {
        REPORTER: ["沈砚秋"],
        PHOTOGRAPHER: ["ISSAC"],
        EDITOR: [],
        OTHER: [],
    }
    assert roles("摄影/Coco Lee")[PHOTOGRAPHER] == ["Coco Lee"]
    assert roles("制作：Mona")[OTHER] == ["Mona"]
    # guards: an agency after the photo label; a Latin word with no mark after it
    assert roles("摄影/AFP").get(PHOTOGRAPHER, []) == []
    assert roles("摄影 ISSAC") == {}


@pytest.mark.parametrize(
    ("closing", "reporters"),
    [
        ("(沈砚秋 临溪邮电报)", ["沈砚秋"]),
        ("青屿大桥周一恢复通行。(宁书远 临溪邮电报)", ["宁书远"]),
        ("（程晚舟 临溪电子报）", ["程晚舟"]),
        ("（温如玉 青屿电讯报）", ["温如玉"]),
        ("（魏长风、俞望舒 临溪邮电报）", ["魏长风", "俞望舒"]),
        # a neighbour read before too: a suffix of two characters (电视台)
        ("（邹见山 临溪电视台）", ["邹见山"]),
        # guards: the outlet alone; a sentence after the name is no outlet
        ("(临溪电子报)", []),
        ("青屿大桥周一恢复通行。(临溪邮电报)", []),
    ],
)
def test_name_then_long_outlet_closing(closing: str, reporters: list[str]) -> None:
    assert closing_people(closing)[0] == reporters


def test_caption_sentence_is_no_outlet() -> None:
    """Guard: a token holding a sentence end is no outlet after a name, though it ends in one (…门诊。临溪社发)."""
    caption = "资料图为沈砚秋·克莱因(左一)与同事们在门诊。临溪社发 沈砚秋·克莱因 供图"
    assert photographers_from([caption]) == ["沈砚秋·克莱因"]


@pytest.mark.parametrize(
    ("line", "editors", "others"),
    [
        ("总编 沈砚秋", ["沈砚秋"], []),
        ("总编：俞望舒", ["俞望舒"], []),
        ("总编/魏长风", ["魏长风"], []),
        ("（总编 邹见山）", ["邹见山"], []),
        # neighbours read before too (编辑 inside 总编辑)
        ("总编辑：宁书远", ["宁书远"], []),
        ("副总编辑 程晚舟", ["程晚舟"], []),
        ("策划统筹：温如玉", [], ["温如玉"]),
        ("（策划统筹 沈砚秋）", [], ["沈砚秋"]),
        ("●临溪日报驻京记者 邹见山 策划统筹 魏长风 俞望舒", [], ["魏长风", "俞望舒"]),
        # guards: 统筹 alone stays an editor's label; 总编室 (the office) is no credit
        ("统筹 沈砚秋", ["沈砚秋"], []),
    ],
)
def test_editor_in_chief_and_planning_labels(line: str, editors: list[str], others: list[str]) -> None:
    got = roles(line)
    assert (got[EDITOR], got[OTHER]) == (editors, others)


def test_editor_office_is_no_credit() -> None:
    assert roles("总编室") == {}
    assert roles("●临溪日报驻京记者 邹见山 策划统筹 魏长风 俞望舒")[REPORTER] == ["邹见山"]


def test_long_outlet_after_label_keeps_names_glued_before_it() -> None:
    """Guard: only a short outlet right after a label is skipped whole; a long word ending in an outlet may hold the
    names glued before it, and the line is then not read as the later credit alone (as before this round)."""
    line = "本报驻长河记者沈砚秋宁书远长河国际广播电台记者温如玉"
    assert roles(line).get(REPORTER, []) != ["温如玉"]
    assert closing_people(line) == ([], [])
