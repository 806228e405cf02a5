"""Credit shapes of the misses of the first run on the second set of real credit lines found in public code
(issue 10; docs/benchmarks.md "Credit lines found in public code", second set). Every line here is written anew,
with invented names and outlets, in the shape of a miss: a general rule each, never a real line's names."""

from __future__ import annotations

import pytest

from bench.credit_lines import lead_reporters
from pipeline.stages.extract.credits import closing_reporters, photographers_from
from pipeline.text.bylines import EDITOR, OTHER, PHOTOGRAPHER, REPORTER, read_credits_zh


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        # two names written without a space, five or six characters: the split where both halves start with a
        # surname (a three- and a two-character name, either way round; two three-character names)
        ("（记者孔一凡陶禾）", REPORTER, ["孔一凡", "陶禾"]),
        ("（记者陶禾孔一凡）", REPORTER, ["陶禾", "孔一凡"]),
        ("（记者孔一凡陶小禾）", REPORTER, ["孔一凡", "陶小禾"]),
        # an outlet is no name after a writer's label: the credit names nobody
        ("文/中央社", REPORTER, []),
        # 整理 / 编译 after a name: the name compiled or translated the text, it is no reporter's
        ("孔一凡整理", OTHER, ["孔一凡"]),
        ("孔一凡整理", REPORTER, []),
        ("（陶禾 编译）", OTHER, ["陶禾"]),
        # 本站 (this site) is an outlet like 本报
        ("（本站记者孔一凡）", REPORTER, ["孔一凡"]),
        # a name glued to the next credit's 本报: the name stays a name, 本报 the outlet of the next label
        ("□长河日报特派记者 孔一凡本报记者 陶小禾", REPORTER, ["孔一凡", "陶小禾"]),
        # 口, the □ bullet as fonts and OCR render it, before a signature
        ("口孔一凡", REPORTER, ["孔一凡"]),
        # a photo mark of two characters glued to the name (拍摄) is no part of it
        ("（央视记者孔一凡拍摄）", PHOTOGRAPHER, ["孔一凡"]),
        ("（央视记者陶禾、孔一凡拍摄）", PHOTOGRAPHER, ["陶禾", "孔一凡"]),
        # 洪 and 赖, common surnames the people table lacks (their characters are everyday words), in credits
        ("洪一凡 赖小禾", REPORTER, ["洪一凡", "赖小禾"]),
        ("（记者 赖禾）", REPORTER, ["赖禾"]),
        # an outlet with no known suffix set off by a slash before the label (观天下／ 記者X): the outlet, whatever it is
        ("观山海／ 記者孔一凡／汐止報導", REPORTER, ["孔一凡"]),
        # a name and a date before 报道, no place between
        ("记者孔一凡9月21日报道", REPORTER, ["孔一凡"]),
        # an unlabelled byline dated at a place: a three-character name before the place is a reporter's
        ("孔一凡长沙29日电", REPORTER, ["孔一凡"]),
    ],
)
def test_real2_credit_shapes(text: str, role: str, names: list[str]) -> None:
    run = read_credits_zh(text)
    assert (run.names(role) if run else []) == names and (run is not None or not names)


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        # credit labels of a team's list: layout, idea, production, technical support are no one's authorship;
        # a managing editor (执行主编) and the editor on duty (值班主任) are editors
        (
            "策划：孔一凡 创意：陶禾 记者：龚大年 编辑：毛小雨 制作：车明 技术支持：长河传媒",
            REPORTER,
            ["龚大年"],
        ),
        (
            "策划：孔一凡 创意：陶禾 记者：龚大年 编辑：毛小雨 制作：车明 技术支持：长河传媒",
            EDITOR,
            ["毛小雨"],
        ),
        ("排版：孔一凡 编辑：陶禾 执行主编：龚大年 主编：毛小雨", EDITOR, ["陶禾", "龚大年", "毛小雨"]),
        ("值班主任：孔一凡  编审：陶禾", EDITOR, ["孔一凡", "陶禾"]),
    ],
)
def test_real2_team_labels(text: str, role: str, names: list[str]) -> None:
    run = read_credits_zh(text)
    assert run is not None and run.names(role) == names


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        # glued names in a dateline's bracket
        ("新华社长沙10月15日电（记者孔一凡陶禾）当地举行活动，", ["孔一凡", "陶禾"]),
        # the reporter glued to "learnt from …" (记者X从…获悉), after a dateline or opening the lead
        ("本报长沙1月15日电记者孔一凡从团市委获悉,当地评选活动近日揭晓。", ["孔一凡"]),
        ("记者孔一凡从市教育局了解到，今年当地新建学校十所。", ["孔一凡"]),
        ("长河网讯 记者从市教育局获悉，今年当地新建学校十所。", []),  # the reporter unnamed
        # an outlet's byline with a date before 报道, then the story
        ("长河经济报记者孔一凡9月28日报道：今年以来，当地加快建设港口，", ["孔一凡"]),
        (
            "长河日报记者孔一凡9月29日报道（长河日报官方账号 09-29 08:04 发布）：今年以来，当地加快建设港口，",
            ["孔一凡"],
        ),
    ],
)
def test_real2_lead_shapes(paragraph: str, names: list[str]) -> None:
    assert lead_reporters(paragraph) == names


def test_real2_glued_photo_mark_in_captions() -> None:
    # the extractor reads a caption's photo credit; 拍摄 glued to the name is no part of it, nor a reporter's credit
    caption = "游客在湖边赏花。（央视记者陶禾、孔一凡拍摄）"
    assert photographers_from([caption]) == ["陶禾", "孔一凡"]
    assert closing_reporters([caption], []) == []


def test_real2_signature_after_the_closing_full_stop() -> None:
    # a labelled signature glued after the last sentence of the closing paragraph; an unlabelled word there is no
    # signature (the sentence's own last words)
    assert closing_reporters(["他说，明年还要再来。本报记者孔一凡"], []) == ["孔一凡"]
    assert closing_reporters(["他说，明年还要再来。孔一凡"], []) == []


def test_real2_caption_credit_before_the_papers_title() -> None:
    # a caption's credit followed by the paper's name and date of issue (《 长河日报 》（ 2014年10月28日 10 版））
    caption = "游客在湖边赏花。本报记者孔一凡摄《 长河日报 》（ 2014年10月28日 10 版）"
    assert photographers_from([caption]) == ["孔一凡"]


def test_real2_department_is_no_label() -> None:
    # a label's word before 部 names a department: 编辑部整理 credits no editor (整理 is a mark only after a name)
    run = read_credits_zh("【长河医疗网／编辑部整理】")
    assert run is None or not run.names(EDITOR)


def test_real2_glued_names_need_a_surname_at_the_split() -> None:
    # a five-character run that splits at no surname is left alone (no name is made up)
    run = read_credits_zh("（记者孔一凡禾禾）")
    assert run is None or run.names(REPORTER) != ["孔一凡", "禾禾"]
