"""Credit shapes of the misses of the first run on the third set of real credit lines found in public code
(issue 10; docs/benchmarks.md "Credit lines found in public code", third set: central and state media). Every line
here is written anew, with invented names and outlets, in the shape of a miss: a general rule each, never a real
line's names."""

from __future__ import annotations

import pytest

from bench.credit_lines import lead_reporters
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import REPORTER, read_credits_zh


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        # a byline run into the lead's first sentence (the line break lost): the names stand apart after the label,
        # the story starts after a space, a date glued to the last name, or a bracketed column tag
        ("长河网记者 孔一凡 陶禾 林小川5月3日，长河大桥正式通车。", ["孔一凡", "陶禾", "林小川"]),
        (
            "■长河日报记者 孔一凡 陶小禾 特约记者 林 川 当地时间4月2日上午，演习开始。",
            ["孔一凡", "陶小禾", "林川"],
        ),
        ("长河网记者 孔一凡 【长河观察】“十五五”开局之年，各地加快步伐。", ["孔一凡"]),
        ("长河日报记者 陶小禾 近日，长河大桥正式通车。", ["陶小禾"]),
        # the name glued to the time word the story opens with
        ("长河日报记者 孔一凡近日，长河大桥正式通车。", ["孔一凡"]),
    ],
)
def test_real3_byline_run_into_the_lead(paragraph: str, names: list[str]) -> None:
    assert lead_reporters(paragraph) == names


@pytest.mark.parametrize(
    "paragraph",
    [
        "记者近日从长河市交通局获悉，长河大桥正式通车。",  # no name after the label
        "长河日报记者 孔一凡摄 5月3日，长河大桥正式通车。",  # a photographer, no reporter
        "记者在现场看到，长河大桥正式通车。",  # the label runs on into the sentence
    ],
)
def test_real3_lead_without_a_byline_names_nobody(paragraph: str) -> None:
    assert lead_reporters(paragraph) == []


def test_real3_three_glued_three_character_names() -> None:
    # three three-character names printed without a space after the label: each starts with a common surname
    run = read_credits_zh("长河日报记者孔一凡陶小禾林大川")
    assert run is not None and run.names(REPORTER) == ["孔一凡", "陶小禾", "林大川"]
    # nine characters that do not split into three surnamed names are no credit
    assert read_credits_zh("长河日报记者孔一凡在现场看到了") is None


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        # 摄影 glued after the name closes a caption as 摄 does
        ("长河大桥通车现场。长河日报记者孔一凡摄影", ["孔一凡"]),
        # the credit right after a bracketed note of the caption (（航拍）, （资料图片）)
        ("长河大桥通车现场。（无人机航拍）孔一凡 摄", ["孔一凡"]),
        # a closing bracket that credits reporters, then the camera: 摄影 labels the name after it
        ("长河大桥今天正式通车。（央视记者 孔一凡 陶禾 摄影 林小川）", ["林小川"]),
    ],
)
def test_real3_caption_photographers(caption: str, names: list[str]) -> None:
    assert photographers_from([caption]) == names


def test_real3_摄影_glued_inside_a_lead_is_no_caption_credit() -> None:
    # 摄影报道 glued after the name in a lead is the reporter's own convention, and a bracket in the story names nobody
    lead = "本报讯 记者孔一凡摄影报道：长河大桥今天正式通车，" + "市民纷纷前来参观，现场秩序井然。" * 4
    assert photographers_from([lead]) == []
    assert photographers_from(["长河大桥（左）今天通车。"]) == []
