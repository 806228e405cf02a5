"""Credit shapes the twenty-third Chinese set of real lines showed missed (issue 10; docs/benchmarks.md, the
twenty-third set: lines as public news pages give them), each family with lines written anew (invented names, places
and outlets, none of the set's) and the guards that keep its neighbours out. The lines read whole are in
tests/fixtures/bylines/lines.toml (block "credits real 23"); here the leads and the captions."""

from __future__ import annotations

import pytest

from bench.credit_lines import lead_reporters
from pipeline.stages.extract.credits import photographers_from


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        # a broadcast transcript's reporter speaking to the camera: credit, name, colon, the reporter's words
        ("总台记者孔一凡：长河大桥今天上午恢复通行，我现在就在桥头。", ["孔一凡"]),
        ("本台记者陶小禾:现在是早上八点，长河码头已经排起长队。", ["陶小禾"]),
        ("央视记者 林大川：我身后就是刚刚竣工的长河大桥。", ["林大川"]),
        ("總台記者孔一禾：長河大橋今天通車，車流明顯增加。", ["孔一禾"]),
        ("记者孔小凡：您好，请问大桥什么时候恢复通行？", ["孔小凡"]),
        # what the reporter learnt, did or asked before the colon names nobody; a name glued to a verb of saying is
        # no name of the credit
        ("记者了解到：长河大桥下周恢复通行。", []),
        ("记者调查发现：长河码头的排队时间明显缩短。", []),
        ("记者连线：长河大桥今天恢复通行。", []),
        ("记者林一说：长河大桥今天恢复通行。", []),
        ("记者：大桥什么时候恢复通行？", []),
        # a column's author label and its colon, the name glued to the time word the story opens with
        ("本文作者：孔一凡今年是我在长河日报工作的第六年。", ["孔一凡"]),
        ("作者：陶小禾今天我们聊聊长河大桥的故事。", ["陶小禾"]),
        ("长河网记者 林大川今年三月，长河大桥开始维修。", ["林大川"]),
        ("记者 孔一禾近日，长河大桥恢复通行。", ["孔一禾"]),
        ("记者今年在长河大桥看到，车流明显增加。", []),
    ],
)
def test_lead_shapes_of_the_twenty_third_set(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("caption", "photographers"),
    [
        # a note on what the picture is, right after the photo mark (no closing bracket between)
        ("长河大桥恢复通行。 长河日报记者 孔一凡 摄(资料图片)", ["孔一凡"]),
        ("长河码头。陶小禾 摄（资料图）", ["陶小禾"]),
        ("林大川 摄（资料照片）", ["林大川"]),
        ("长河码头夜景。（孔一禾 摄）（资料图片）", ["孔一禾"]),
        ("长河码头夜景。（孔一禾 摄）", ["孔一禾"]),
    ],
)
def test_caption_shapes_of_the_twenty_third_set(caption: str, photographers: list[str]) -> None:
    assert photographers_from([caption]) == photographers
