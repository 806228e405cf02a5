"""Credit shapes the sixteenth Chinese blind set showed missed (issue 10; docs/benchmarks.md "Sixteenth Chinese credit
set"), each family with lines written anew (invented names, codes and outlets, none of the sets' or the probe's) and
the guards that keep its neighbours out: a portal's desk code after an editor's name (责任编辑：X SN101); a channel glued
after an editor's name (责任编辑：X新闻评论); two names glued with no label in a closing or a caption's bracket (People's
Daily, 1998: （XY）, （XY摄）); a reporter's signature that is the closing paragraph's last sentence (…。” 长河网记者X报道。);
a field label the table does not hold in a slash-labelled block (文/X 数据支持/Y Z 审核/W)."""

from __future__ import annotations

import pytest

from bench.credit_lines import closing_people
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import EDITOR, OTHER, REPORTER, read_credits_zh


def _editors(line: str) -> list[str] | None:
    run = read_credits_zh(line)
    return None if run is None else run.names(EDITOR)


@pytest.mark.parametrize(
    ("line", "editors"),
    [
        ("责任编辑：江望舒 SN101", ["江望舒"]),
        ("[责任编辑：谭砚秋 PK027]", ["谭砚秋"]),
        ("(责任编辑：薛知夏 UN303)", ["薛知夏"]),
        ("责任编辑：戴远山SN515", ["戴远山"]),
        ("责编：龚清源 AB12", ["龚清源"]),
        ("責任編輯：尹晓棠 SF0042", ["尹晓棠"]),
        ("【责任编辑：汤若川 BJS27】", ["汤若川"]),
        # guards: no editor's label, no name before the code (the field names nobody: a portal's account code, set 18),
        # a number that is no code, the underscore form (read before)
        ("记者 江望舒 SN101", None),
        ("责任编辑：SN101", []),
        ("责任编辑：江望舒 2019", None),
        ("责任编辑：江望舒_NE0011", ["江望舒"]),
    ],
)
def test_editor_desk_code_after_the_name(line: str, editors: list[str] | None) -> None:
    assert _editors(line) == editors


@pytest.mark.parametrize(
    ("line", "editors"),
    [
        ("责任编辑：顾一帆新闻评论", ["顾一帆"]),
        ("责任编辑：韦采青财经频道", ["韦采青"]),
        ("责编：龚清源新闻中心", ["龚清源"]),
        ("（责任编辑：戴远山新闻频道）", ["戴远山"]),
        ("编辑：钱以沫新闻热线", ["钱以沫"]),
        ("责任编辑：江望舒传媒中心", ["江望舒"]),
        ("责编：邹砚新闻评论", ["邹砚"]),
        # guards: a place and an outlet's suffix alone are an outlet (no editor, as before); after two characters an
        # outlet's desk (江川新闻中心) and a paper's name before its desk (柳江日报新媒体中心, test_bylines_probe) name nobody
        ("编辑：江川晚报", []),
        ("编辑：金陵新闻网", []),
        ("编辑：江川新闻中心", []),
        ("责任编辑：顾一帆", ["顾一帆"]),
    ],
)
def test_channel_glued_after_editors_name(line: str, editors: list[str]) -> None:
    assert _editors(line) == editors


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        ("本报讯长河油田去年共实现增值税三亿元，比上年增加一亿元。（江望舒谭砚秋）", ["江望舒", "谭砚秋"]),
        ("本报讯长河大桥的检修比计划提前十天完成。（薛岚戴川）", ["薛岚", "戴川"]),
        ("本报讯长河市今年新建学校十二所。（龚清源尹晓）", ["龚清源", "尹晓"]),
        ("本报讯长河港的吞吐量创下新高。（汤若川顾一帆韦采青）", ["汤若川", "顾一帆", "韦采青"]),
        ("本报讯长河新区的第一批企业已经投产。(邹砚邵川)", ["邹砚", "邵川"]),
        # guards: a place's or a sight's name (no surnamed names in it), one name (read before), a word of the story
        ("游客在节日里涌向长河。（张家界景区）", []),
        ("游客在节日里涌向长河。（王府井街）", []),
        ("本报讯长河港的吞吐量创下新高。（江望舒）", ["江望舒"]),
        ("游客在节日里涌向长河。（完）", []),
    ],
)
def test_glued_names_closing_without_label(paragraph: str, reporters: list[str]) -> None:
    assert closing_people(paragraph)[0] == reporters


@pytest.mark.parametrize(
    ("caption", "photographers"),
    [
        ("长河县地税局去年入库税款二百万元。（江望舒谭砚秋摄）", ["江望舒", "谭砚秋"]),
        ("游客在湖边赏花。（薛岚戴川摄）", ["薛岚", "戴川"]),
        ("游客在湖边赏花。（龚清源尹晓拍摄）", ["龚清源", "尹晓"]),
        ("游客在湖边赏花。(汤若川顾一帆摄)", ["汤若川", "顾一帆"]),
        ("游客在湖边赏花。（邹砚邵川攝）", ["邹砚", "邵川"]),
        # guards: no surnamed names before the mark, no mark, one name (read before)
        ("游客在湖边赏花。（张家界景区摄）", []),
        ("游客在湖边赏花。（江望舒谭砚秋）", []),
        ("游客在湖边赏花。（江望舒摄）", ["江望舒"]),
    ],
)
def test_glued_photographers_in_caption_bracket(caption: str, photographers: list[str]) -> None:
    assert photographers_from([caption]) == photographers


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        ("“我们会优先考虑医院的单子。将心比心，多考虑一些。” 长河新闻网记者江望舒报道。", ["江望舒"]),
        ("长河大桥周一恢复通行，此前桥面维修了一周。 记者谭砚秋报道。", ["谭砚秋"]),
        ("“明年还要再来。”他说。 本报记者薛知夏、戴远山报道。", ["薛知夏", "戴远山"]),
        ("长河大桥周一恢复通行！ 长河日报记者龚清源报道。", ["龚清源"]),
        (
            "“大桥通车了，我们终于不用绕路了。”一位司机说。 长河电视台记者尹晓棠 汤若川报道。",
            ["尹晓棠", "汤若川"],
        ),
        # guards: a last sentence that is no credit, a source's report, a reporter in the story's sentence; a sentence
        # glued to the story (a TV report names its place there as often: …记者布鲁日报道。)
        ("长河大桥周一恢复通行。他说。", []),
        ("长河大桥周一恢复通行。据长河日报报道。", []),
        ("长河大桥周一恢复通行。记者江望舒在现场看到了这一幕。", []),
        ("长河大桥周一恢复通行。长河卫视记者江望舒报道。", []),
    ],
)
def test_signature_as_last_sentence(paragraph: str, reporters: list[str]) -> None:
    assert closing_people(paragraph)[0] == reporters


def _credits(line: str) -> list[tuple[str, str]] | None:
    run = read_credits_zh(line)
    return None if run is None else [(c.role, c.name) for c in run.credits]


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        (
            "文/江望舒 数据支持/谭砚秋 薛岚 审核/戴远山",
            [(REPORTER, "江望舒"), (OTHER, "谭砚秋"), (OTHER, "薛岚"), (EDITOR, "戴远山")],
        ),
        ("文/龚清源 数据分析/尹晓棠", [(REPORTER, "龚清源"), (OTHER, "尹晓棠")]),
        ("记者/汤若川 图表/顾一帆", [(REPORTER, "汤若川"), (OTHER, "顾一帆")]),
        ("文/韦采青 视觉支持/邹砚 邵川", [(REPORTER, "韦采青"), (OTHER, "邹砚"), (OTHER, "邵川")]),
        (
            "作者/钱以沫 数据可视化/江望舒 编辑/谭砚秋",
            [(REPORTER, "钱以沫"), (OTHER, "江望舒"), (EDITOR, "谭砚秋")],
        ),
        # guards: names set apart by slashes, an outlet before the slash, a line whose label has no slash
        ("文/江望舒 谭砚秋/薛岚", [(REPORTER, "江望舒"), (REPORTER, "谭砚秋"), (REPORTER, "薛岚")]),
        ("文/江望舒 长河日报/谭砚秋", [(REPORTER, "江望舒"), (REPORTER, "谭砚秋")]),
    ],
)
def test_field_label_outside_the_table_in_a_slash_block(
    line: str, credits: list[tuple[str, str]] | None
) -> None:
    assert _credits(line) == credits


def test_slash_block_closing_gives_the_writer_only() -> None:
    paragraph = (
        "长河大桥周一恢复通行，此前桥面维修了一周。（文/江望舒 数据支持/谭砚秋 薛岚 审核/戴远山 顾一帆）"
    )
    assert closing_people(paragraph) == (["江望舒"], [])
