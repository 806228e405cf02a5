"""Credit shapes the seventeenth Chinese blind set showed missed (issue 10; docs/benchmarks.md "Seventeenth Chinese
credit set"), each family with lines written anew (invented names, places and outlets, none of the sets' or the probe's)
and the guards that keep its neighbours out: a photo report's mark in a lead's credit (本报讯（记者X摄影报道）…); two names
glued before a caption's 摄影报道 (（XY摄影报道）); an undated wire dateline's bracket (据新华社长河电（X、Y）…); the writer's
post after a comma (（作者：X，系…）) and a translator's 译 ((作者X，Y译)); a dateline's bracket closing a line, a dash and the
kind of report after it (长河网长河4月19日电（X）— 综合报道); a portal's link text glued after a credit (…X 摄返回搜狐，查看更多);
where a photo was taken and what it is (（本报记者X摄自…现场）（数码传真照片）); a run set apart by spaces before a glued photo
mark (新华社记者 X Y摄: both photographed, as every real set's annotation reads it)."""

from __future__ import annotations

import pytest

from bench.credit_lines import closing_people, lead_reporters
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import EDITOR, OTHER, PHOTOGRAPHER, REPORTER, read_credits_zh


def _roles(line: str) -> dict[str, list[str]] | None:
    run = read_credits_zh(line)
    if run is None:
        return None
    return {role: run.names(role) for role in (REPORTER, PHOTOGRAPHER, EDITOR, OTHER) if run.names(role)}


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("本报讯（记者 孔一凡摄影报道）长河大桥今天正式通车。", ["孔一凡"]),
        ("长河日报讯（记者陶小禾摄影报道）全市今年新建公园十二座。", ["陶小禾"]),
        ("新华社长河5月3日电（记者 林大川 孔一凡摄影报道）长河大桥今天正式通车。", ["林大川", "孔一凡"]),
        ("本报讯 记者王望舒摄影报道 近日，北岸港一季度吞吐量同比增长一成。", ["王望舒"]),
        ("记者陶小禾摄影报道为进一步做好汛期安全工作，长河县开展了排查。", ["陶小禾"]),
        ("（记者 李砚秋摄影报道）长河大桥今天正式通车。", ["李砚秋"]),
        ("新华社北岸电（记者 张知夏摄影报道）北岸港一季度吞吐量同比增长一成。", ["张知夏"]),
        # guards: a photographer's mark alone credits no reporter; the correspondent's photo report is no reporter's;
        # a photo report closing the story credits its picture; the traditional 攝影報導 (read before, as a report word)
        ("本报讯（记者 孔一凡 摄）长河大桥今天正式通车。", []),
        ("本报讯（记者 孔一凡 通讯员 陶禾摄影报道）长河大桥今天正式通车。", ["孔一凡"]),
        ("长河大桥今天正式通车。（记者 孔一凡摄影报道）", []),
        ("本報訊（記者 張知夏攝影報導）長河大橋今天正式通車。", ["張知夏"]),
    ],
)
def test_photo_report_in_a_lead(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


def test_photo_report_alone_stays_a_photographer() -> None:
    """A credit line or a paragraph that is the photo report's credit alone names its photographer, no reporter."""
    assert _roles("记者孔一凡摄影报道") == {PHOTOGRAPHER: ["孔一凡"]}
    assert closing_people("（本报记者 陶小禾 摄影报道）") == ([], ["陶小禾"])


@pytest.mark.parametrize(
    ("caption", "photographers"),
    [
        ("游客在长河大桥上拍照。（孔一凡陶禾摄影报道）", ["孔一凡", "陶禾"]),
        ("全市今年新建公园十二座。（王望舒李砚秋摄影报道）", ["王望舒", "李砚秋"]),
        ("图为训练间隙的一个镜头。（张知夏刘远山摄影报道）", ["张知夏", "刘远山"]),
        ("北岸港一季度吞吐量同比增长一成。(陈清源杨晓棠摄影报道)", ["陈清源", "杨晓棠"]),
        ("长河大桥今天正式通车。（周涛吴敏徐磊摄影报道）", ["周涛", "吴敏", "徐磊"]),
        # guards: one name (read before), a sight's name
        ("长河大桥今天正式通车。（孔一凡摄影报道）", ["孔一凡"]),
        ("长河大桥今天正式通车。（张家界景区摄影报道）", []),
    ],
)
def test_glued_names_before_a_photo_report(caption: str, photographers: list[str]) -> None:
    assert photographers_from([caption]) == photographers


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("据新华社长河电（孔一凡、陶禾）长河大桥今天正式通车。", ["孔一凡", "陶禾"]),
        ("新华社北岸电（林大川）北岸港一季度吞吐量同比增长一成。", ["林大川"]),
        ("据新华社北岸电（王望舒 李砚秋）全市今年新建公园十二座。", ["王望舒", "李砚秋"]),
        ("据中新社长河电（孔凡陶禾）长河大桥今天正式通车。", ["孔凡", "陶禾"]),
        ("據新華社長河電（張知夏、劉遠山）長河大橋今天正式通車。", ["張知夏", "劉遠山"]),
        # guards: a desk's tag, a sentence in the bracket, a dateline naming nobody, a labelled bracket (read before)
        ("据新华社电（完）", []),
        ("新华社长河电（长河大桥今天正式通车）", []),
        ("据新华社北京１月１５日电综合本社驻长河和北岸记者报道：长河大桥今天正式通车。", []),
        ("本报长河电（记者 孔一凡）长河大桥今天正式通车。", ["孔一凡"]),
    ],
)
def test_undated_wire_dateline(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("（作者：孔一凡，系长河大学教授）", {REPORTER: ["孔一凡"]}),
        ("作者：陶小禾，现为长河大学副教授", {REPORTER: ["陶小禾"]}),
        ("（作者 林大川，现任长河市文联主席）", {REPORTER: ["林大川"]}),
        ("(作者：王望舒，系长河社会科学院研究员、经济研究所所长)", {REPORTER: ["王望舒"]}),
        ("（作者：李砚秋，系长河市社科联主席）", {REPORTER: ["李砚秋"]}),
        # guards: a series is no post (系列); a post holding a label read before
        ("（作者：孔一凡，系列评论之三）", None),
        ("（作者：李砚秋，系长河日报记者）", {REPORTER: ["李砚秋"]}),
    ],
)
def test_writer_post_after_a_comma(line: str, roles: dict[str, list[str]] | None) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("(作者孔一凡，陶禾译)", {REPORTER: ["孔一凡"], OTHER: ["陶禾"]}),
        ("（作者：林大川，陶小禾译）", {REPORTER: ["林大川"], OTHER: ["陶小禾"]}),
        ("（作者比尔·琼斯，王望舒译）", {REPORTER: ["比尔·琼斯"], OTHER: ["王望舒"]}),
        ("作者 李砚秋 张知夏译", {REPORTER: ["李砚秋"], OTHER: ["张知夏"]}),
        ("（陶小禾 译）", {OTHER: ["陶小禾"]}),
        # guards: names listed by 、 before 编译 are all its (as before); a name of two characters ending in 译 stays
        ("（孔一凡、陶禾编译）", {OTHER: ["孔一凡", "陶禾"]}),
        ("记者 张译", {REPORTER: ["张译"]}),
    ],
)
def test_translator_after_a_comma(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("长河网长河4月19日电（孔一凡）— 综合大会报道", {REPORTER: ["孔一凡"]}),
        ("中新网北岸4月19日电（记者 陶小禾）— 综合报道", {REPORTER: ["陶小禾"]}),
        ("新华社长河电（孔一凡、陶禾）", {REPORTER: ["孔一凡", "陶禾"]}),
        ("人民网长河5月3日电（林大川）——现场报道", {REPORTER: ["林大川"]}),
        ("长河日报讯（王望舒）- 综合报道", {REPORTER: ["王望舒"]}),
        # guards: the story after the dash makes no credit line; a sentence in the bracket; a dateline alone
        ("新华社长河5月3日电（孔一凡）——长河大桥今天正式通车", None),
        ("中新社长河5月3日电（长河大桥今天正式通车）", None),
        ("新华社长河5月3日电", {}),
    ],
)
def test_dateline_bracket_closing_a_line(line: str, roles: dict[str, list[str]] | None) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("paragraph", "people"),
    [
        ("让观者感受到长河的变迁。本报记者 孔一凡 摄返回搜狐，查看更多责任编辑：", ([], ["孔一凡"])),
        ("长河大桥今天正式通车。记者 陶小禾摄返回搜狐，查看更多", ([], ["陶小禾"])),
        ("全市今年新建公园十二座。本报记者 林大川返回搜狐，查看更多责任编辑：", (["林大川"], [])),
        ("北岸港一季度吞吐量同比增长一成。新华社记者 王望舒 摄返回搜狐,查看更多", ([], ["王望舒"])),
        ("长河大桥今天正式通车。本报记者 李砚秋 摄 返回搜狐，查看更多 责任编辑：", ([], ["李砚秋"])),
        # guard: another link's text is no portal tail of the table
        ("长河大桥今天正式通车。本报记者 孔一凡 摄返回长河，查看更多", ([], [])),
    ],
)
def test_portal_tail_after_a_closing_credit(paragraph: str, people: tuple[list[str], list[str]]) -> None:
    assert closing_people(paragraph) == people


def test_portal_tail_in_a_credit_line() -> None:
    assert _roles("本报记者 孔一凡 摄返回搜狐，查看更多责任编辑：陶禾") == {
        PHOTOGRAPHER: ["孔一凡"],
        EDITOR: ["陶禾"],
    }


@pytest.mark.parametrize(
    ("caption", "photographers"),
    [
        ("（本报记者孔一凡摄自长河—北岸灾区现场）（数码传真照片）", ["孔一凡"]),
        ("（本报记者陶小禾摄自长河灾区现场）", ["陶小禾"]),
        ("游客在长河大桥上拍照。（记者 林大川 摄自长河大桥）", ["林大川"]),
        ("（记者 王望舒 摄自北岸港码头）（资料图片）", ["王望舒"]),
        ("（新华社记者李砚秋摄自长河抗洪一线）（数码传真照片）", ["李砚秋"]),
        # guards: a note alone names nobody; a sight's name before the mark; 摄于 and a note after the credit (read
        # before by the caption's patterns)
        ("（资料图片）", []),
        ("（记者 王望舒 摄）（资料图片）", ["王望舒"]),
        ("（长河大桥夜景）（数码传真照片）", []),
    ],
)
def test_where_a_photo_was_taken(caption: str, photographers: list[str]) -> None:
    assert photographers_from([caption]) == photographers


@pytest.mark.parametrize(
    ("line", "photographers"),
    [
        ("新华社记者 陶小禾 摄于长河大桥", ["陶小禾"]),
        ("（记者 林大川摄于2019年5月）", ["林大川"]),
        ("（记者 王望舒 摄）（资料图片）", ["王望舒"]),
        ("（本报记者李砚秋摄于北岸港）（数码传真照片）", ["李砚秋"]),
        ("本报记者 孔一凡 摄自长河大桥", ["孔一凡"]),
    ],
)
def test_where_a_photo_was_taken_in_a_credit_line(line: str, photographers: list[str]) -> None:
    assert _roles(line) == {PHOTOGRAPHER: photographers}


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("新华社记者 孔一凡 陶禾摄", {PHOTOGRAPHER: ["孔一凡", "陶禾"]}),
        ("（记者 林大川 王望舒摄）", {PHOTOGRAPHER: ["林大川", "王望舒"]}),
        ("本报记者 孔一凡 陶小禾拍摄", {PHOTOGRAPHER: ["孔一凡", "陶小禾"]}),
        ("記者 林大川 陶禾攝", {PHOTOGRAPHER: ["林大川", "陶禾"]}),
        ("长河日报记者 王望舒 李砚秋 张知夏摄", {PHOTOGRAPHER: ["王望舒", "李砚秋", "张知夏"]}),
        # a correspondent's label between, every name still under the one mark (the lead's call, set 19's round);
        # guards: a writer's mark before the photographer; a compiler's mark after a spaced run marks its own name only
        ("记者 孔一凡 通讯员 陶禾摄", {PHOTOGRAPHER: ["孔一凡", "陶禾"]}),
        ("记者 孔一凡 文 陶禾 摄", {REPORTER: ["孔一凡"], PHOTOGRAPHER: ["陶禾"]}),
        ("记者 孔一凡 陶禾整理", {REPORTER: ["孔一凡"], OTHER: ["陶禾"]}),
    ],
)
def test_spaced_run_before_a_glued_photo_mark(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles
