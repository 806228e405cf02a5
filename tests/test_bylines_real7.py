"""Credit shapes of the misses of the seventh real set of Chinese credit lines found in public code (issue 10;
docs/benchmarks.md "Credit lines found in public code", the seventh set): places glued to a name, names glued to the
story, names in a dateline's bracket, student reporters, captions. Every line here is written anew, with invented
names and outlets, in the shape of a cause: a general rule each, never a real line's names."""

from __future__ import annotations

import pytest

from bench.credit_lines import lead_reporters
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import REPORTER, read_credits_zh


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a place of the places table glued between the name and the report word, two or three characters
        ("记者孔一凡沈阳报道", ["孔一凡"]),
        ("记者陶禾哈尔滨报道", ["陶禾"]),
        ("本报记者孔一凡乌鲁木齐报道", ["孔一凡"]),
        # a name of four characters opening with a compound surname stays whole
        ("记者欧阳北京报道", ["欧阳北京"]),
    ],
)
def test_place_after_name_real7(line: str, names: list[str]) -> None:
    run = read_credits_zh(line)
    assert run is not None
    assert run.names(REPORTER) == names


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        # a place alone before the dateline's date after the label: the place, no name
        ("长河军报记者成都11月29日电（林川、记者陶禾）长河大桥周一恢复通车，", ["林川", "陶禾"]),
        ("记者孔一凡沈阳报道 来到沈阳，长河队依然没有摆脱雨水的困扰。", ["孔一凡"]),
        # a campus paper's student reporters
        ("本网讯（学生记者孔一凡、陶小禾）长河大学的樟树，十年华章书。", ["孔一凡", "陶小禾"]),
        ("长河大学讯（校园记者孔一凡 陶禾）长河大桥周一恢复通车。", ["孔一凡", "陶禾"]),
        # a name glued to the story, the byline's line break lost: a count, a year, 发自 and where
        ("本报记者孔一凡两个一米多长的木箱，被搬进了长河市的一处小区。", ["孔一凡"]),
        ("长河讯记者孔一凡发自香港航班延误，乘客鼓噪，", ["孔一凡"]),
        ("长河讯记者陶禾发自香港航班延误，乘客鼓噪，", ["陶禾"]),
        (
            "新华社“长河视点”记者孔一凡、陶禾、林大川2018年长河论坛将于9月3日举行。",
            ["孔一凡", "陶禾", "林大川"],
        ),
        # no credit: a verb before a count or a date, a particle or a numeral closing the word
        ("记者来到一家长河大桥附近的商户，", []),
        ("记者查阅2018年长河大桥的档案发现，", []),
        ("记者查阅了2018年长河大桥的档案发现，", []),
        ("记者来到十多个长河大桥附近的商户，", []),
        ("记者收到发自长河的一封信，", []),
        ("记者查看发自香港的一封邮件，", []),
        # names in the dateline's bracket, 电 left out; a desk's short name after the name
        ("新华社长河12月16日（孔一凡、陶禾）16日闭幕的长河会议明确了方向，", ["孔一凡", "陶禾"]),
        ("长河网长河12月3日电 (孔一凡 粤纪宣)长河省纪委3日通报称，", ["孔一凡"]),
        # no name: a day of the week in the bracket
        ("新华社长河12月16日（周五）长河大桥恢复通车，", []),
        # a label printed with its mark (丨, /) wherever it stands in the lead, its names ended by a space where the
        # story starts; after a space, a word with no surname is the story, not one more name
        (
            "图源/企业 本文约 3300 字，建议阅读 8 分钟 作者丨孔一凡 编辑丨陶禾 硬核获悉，长河智能科技有限公司（以下简称“长河智能”）"
            "已于近期完成数千万元战略轮融资。",
            ["孔一凡"],
        ),
        (
            "长河指数上市，市场进入新阶段记者丨孔一凡 陶禾 长河指数衍生出的三大期权品种昨天上市。",
            ["孔一凡", "陶禾"],
        ),
        # no credit: a label word with a slash in a sentence, no name after it
        ("他做过十年记者/编辑 工作，长河大桥周一恢复通车。", []),
    ],
)
def test_lead_reporters_real7(paragraph: str, names: list[str]) -> None:
    assert lead_reporters(paragraph) == names


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        # the caption's words, a space, then the name glued to its mark
        ("布置现场 孔一凡摄影", ["孔一凡"]),
        # credits set apart after photo marks, each read from its label; a name padded after its surname, the mark
        # glued to it
        ("长河大桥。新华社记者 孔一凡摄 本文照片除署名外均为本报记者陶 禾摄 林大川制图", ["孔一凡", "陶禾"]),
        ("本报记者陶 禾摄", ["陶禾"]),
        # Xinhua's short name before the label, the photo mark after a slash
        ("2016年12月27日，在长河大桥旁，一名男子准备骑车.(新华记者孔一凡/图)", ["孔一凡"]),
        # a particle ends no name: the caption's subject after 图丨 is nobody
        ("图丨长河的“生命游戏”（来源：WikiPedia）", []),
    ],
)
def test_caption_photographers_real7(caption: str, names: list[str]) -> None:
    assert photographers_from([caption]) == names


def test_full_stop_between_fields_real7() -> None:
    # a full stop ends the labelled field before the next label: the writer, then the source and the page's date
    run = read_credits_zh("（作者孔一凡。来源：长河书院       发布时间：2016年05月01日")
    assert run is not None
    assert run.names(REPORTER) == ["孔一凡"]
