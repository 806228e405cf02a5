"""Credit shapes of the causes left on the five real sets of Chinese credit lines found in public code (issue 10;
docs/benchmarks.md "Credit lines found in public code", the causes left after the fifth set). Every line here is
written anew, with invented names and outlets, in the shape of a cause: a general rule each, never a real line's
names."""

from __future__ import annotations

import pytest

from bench.credit_lines import closing_people, lead_reporters
from pipeline.text.bylines import EDITOR, REPORTER, read_credits_zh


@pytest.mark.parametrize(
    ("line", "role", "names"),
    [
        # names written without a space, of two and three characters, each starting with a surname
        ("本报记者孔一凡陶禾林大川", REPORTER, ["孔一凡", "陶禾", "林大川"]),
        ("记者陶禾孔一凡林川", REPORTER, ["陶禾", "孔一凡", "林川"]),
        # a three-character name padded after its surname (謝 東明), as papers pad names to one width
        ("記者 謝 東明", REPORTER, ["謝東明"]),
        ("谢 东明", REPORTER, ["谢东明"]),
        # a name in Latin script after a label: a pen name, a foreign writer, an editor's handle
        ("（長河新聞 記者 Kongyi 報導）", REPORTER, ["Kongyi"]),
        ("文／Anna Lindqvist 編譯／陶小禾", REPORTER, ["Anna Lindqvist"]),
        ("【责任编辑：KAME】", EDITOR, ["KAME"]),
        ("网络编辑： tao 责任编辑： 孔一凡", EDITOR, ["tao", "孔一凡"]),
        # fields of a page's header set apart by bars: the credit field, whatever the other fields say
        ("作者：孔一凡|来源：长河日报|版面：第05版|日期：2025年09月29日", REPORTER, ["孔一凡"]),
        ("作者陶小禾／長河報導 | 長河報 – 2016年12月6日 下午1:59", REPORTER, ["陶小禾"]),
        (
            "長河大橋恢復通車 │記者 孔一凡 陶小禾│【新聞大現場】20231021│長河新聞台",
            REPORTER,
            ["孔一凡", "陶小禾"],
        ),
    ],
)
def test_line_shapes_causes(line: str, role: str, names: list[str]) -> None:
    run = read_credits_zh(line)
    assert run is not None
    assert run.names(role) == names


@pytest.mark.parametrize(
    "line",
    [
        # a word of Latin letters after a label is no name when it is an agency or no word at all
        "图/AFP",
        # a bar-separated line whose fields hold no label names nobody
        "首页 | 长河新闻 | 正文",
    ],
)
def test_no_names_causes(line: str) -> None:
    run = read_credits_zh(line)
    assert run is None or not run.names(REPORTER)


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        # a bracketed credit ends at its closing bracket: the story after it holds no names (据长河…)
        ("【长河日报记者孔一凡】据越南《青年日报》等媒体2月18日报道", ["孔一凡"]),
        # a byline opening the lead, its names ended by a space or an opening quotation mark (the line break lost)
        ("长河日报记者陶小禾 4月28日晚间，长河大桥恢复通车", ["陶小禾"]),
        ("长河观察网记者孔一凡“根据我们的测算，", ["孔一凡"]),
        # the padded name glued to 报道
        ("长河日报讯 记者孔 禾报道：长河大桥周一恢复通车，", ["孔禾"]),
    ],
)
def test_lead_reporters_causes(paragraph: str, names: list[str]) -> None:
    assert lead_reporters(paragraph) == names


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        # a signature after the last sentence ended by an ellipsis
        ("长河大桥周一恢复通车，结果却出人意料…… 长河新闻记者 孔一凡", ["孔一凡"]),
        # an author's note: 作者系 + the author's post, the name last (glued to the post or apart)
        ("长河大桥周一恢复通车。（作者系长河大学经济研究所孔一凡）", ["孔一凡"]),
        ("（作者系长河市政协常委，长河商会副会长 陶小禾）", ["陶小禾"]),
        ("长河大桥周一恢复通车。（作者系长河大学教授林川 漫画作者孔一凡）", ["林川"]),
    ],
)
def test_closing_causes(paragraph: str, reporters: list[str]) -> None:
    assert closing_people(paragraph)[0] == reporters


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # two places between the name and 报导 (a region and its city), as one before it
        ("（长河新闻记者孔一凡台湾台北报导）", ["孔一凡"]),
        ("（长河新闻记者孔一凡台北报导）", ["孔一凡"]),
        # an outlet glued before the label of a Taiwanese author field (記者X／長河報導): the credit, whatever stands
        # before its label
        ("長河振道記者陶小禾／長河報導", ["陶小禾"]),
    ],
)
def test_places_and_outlets_causes(line: str, names: list[str]) -> None:
    run = read_credits_zh(line)
    assert run is not None
    assert run.names(REPORTER) == names


@pytest.mark.parametrize(
    ("line", "role", "names"),
    [
        # a writer's mark glued to the name at the end of the line makes a reporter, whatever label came before
        ("編輯/陶小禾撰文", REPORTER, ["陶小禾"]),
        ("編輯/陶小禾撰文", EDITOR, []),
        # a paper's special correspondent (特派, 特派员)
        ("特派孔一凡", REPORTER, ["孔一凡"]),
    ],
)
def test_words_and_marks_causes(line: str, role: str, names: list[str]) -> None:
    run = read_credits_zh(line)
    assert run is not None
    assert run.names(role) == names


def test_name_glued_to_the_date_ends_the_credit() -> None:
    # a credit inside the lead (after a title), its last name glued to the day the story starts with
    lead = "长河社南京2月12日电题：“长河大桥”——长河社记者孔一凡、陶禾11日，长河大桥恢复通车，"
    assert lead_reporters(lead) == ["孔一凡", "陶禾"]


def test_a_report_word_opens_no_name() -> None:
    # 报道配图 (the report's pictures) is no name after the reporter's (the line is left unread rather than wrong)
    run = read_credits_zh("长河日报客户端，记者孔一凡；报道配图")
    assert run is None or "报道配图" not in run.names(REPORTER)


def test_outlet_between_label_and_name() -> None:
    # an outlet standing between the label and the name (記者爆料網 X) is nobody's name
    assert lead_reporters("【長河傳媒、記者爆料網 孔一凡／長河報導】長河大橋恢復通車。") == ["孔一凡"]
