"""Credit shapes of the misses of the first run on the fourth set of real credit lines found in public code
(issue 10; docs/benchmarks.md "Credit lines found in public code", fourth set: other outlets and regional papers,
traditional-script outlets, captions, closings, editor lines). Every line here is written anew, with invented names
and outlets, in the shape of a miss: a general rule each, never a real line's names."""

from __future__ import annotations

import pytest

from bench.credit_lines import lead_reporters
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import OTHER, PHOTOGRAPHER, REPORTER, read_credits_zh


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        # 专讯 / 專訊 (an outlet's own dispatch) closes the outlet as 讯 does: the outlet is not a name
        # (a two-character outlet starting with a surname: 林报专 is not a name)
        ("【江報專訊】長河大橋周一恢復通車，", []),
        ("【林报专讯】长河大桥周一恢复通车，", []),
        ("林报专讯（记者 孔一凡）长河大桥周一恢复通车。", ["孔一凡"]),
        # a translator's label glued to the last name of a listed run (、编译林小川): the names before stay reporters
        ("〔长河日报记者孔一凡、陶小禾、编译林小川／综合报导〕长河大桥周一恢复通车，", ["孔一凡", "陶小禾"]),
        # a lead opening with a bracketed credit: the credit ends at its bracket, the source the story cites after it
        # (据越南《长河日报》报道) is no name
        ("【长河日报记者孔一凡】据越南《长河日报》报道，长河大桥周一恢复通车。", ["孔一凡"]),
        ("【长河日报记者 孔一凡 陶小禾】长河大桥周一恢复通车。", ["孔一凡", "陶小禾"]),
        # a byline's slash, place (or 综合) and 报导 glued to the story, its line break lost
        ("记者孔一凡／台北报导长河大桥周一恢复通车，", ["孔一凡"]),
        ("[长河新闻网]記者陶小禾／綜合報導長河大橋周一恢復通車，", ["陶小禾"]),
        ("记者孔一凡/长河大桥周一恢复通车，", []),
        # bullets between the runs of a byline glued into the lead: separators, the runs after them still count
        (
            "□ 长河日报记者 孔一凡　　□ 长河日报见习记者 陶小禾　　□ 通讯员 林小川　　长河大桥周一恢复通车，",
            ["孔一凡", "陶小禾"],
        ),
    ],
)
def test_lead_reporters_real4(paragraph: str, names: list[str]) -> None:
    assert lead_reporters(paragraph) == names


@pytest.mark.parametrize(
    ("line", "role", "names"),
    [
        # 摄影报道 glued to the name (a photo report) names a photographer, as it does spaced (本报记者 孔一凡 摄影报道)
        ("孔一凡摄影报道", PHOTOGRAPHER, ["孔一凡"]),
        ("记者陶小禾摄影报道", PHOTOGRAPHER, ["陶小禾"]),
        ("记者陶小禾摄影报道", REPORTER, []),
        ("记者孔一凡、编译林小川", REPORTER, ["孔一凡"]),
        ("记者孔一凡 翻译林小川", OTHER, ["林小川"]),
        # 采访整理 (interviewed and wrote up) after a reporter's name is a writer's mark as 采写 is, no name
        ("（长河日报记者 孔一凡 采访整理）", REPORTER, ["孔一凡"]),
        ("孔一凡 采访整理", REPORTER, ["孔一凡"]),
        # 图/ before a person's title (记者) is the photo label, as 图/本报记者 and 图：记者 are; 文/图 still combine
        ("图/记者孔一凡", PHOTOGRAPHER, ["孔一凡"]),
        ("圖／記者 陶小禾", PHOTOGRAPHER, ["陶小禾"]),
        ("图/文 孔一凡", REPORTER, ["孔一凡"]),
        ("长河日报记者 孔一凡 ■长河日报记者 陶小禾", REPORTER, ["孔一凡", "陶小禾"]),
    ],
)
def test_read_credits_zh_real4(line: str, role: str, names: list[str]) -> None:
    run = read_credits_zh(line)
    assert (run.names(role) if run else []) == names


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        # a caption's credit after its last full stop, marked by 图 after the name as 摄 would be
        ("长河大桥周一恢复通行，车流如织。 长河网记者 孔一凡 图", ["孔一凡"]),
        ("长河大桥周一恢复通行。长河日报记者 陶小禾 摄", ["陶小禾"]),
        # a transliterated name of three or more characters joined by · in a bracketed credit, the caption after it
        ("新华社发（林德·卡斯摄）8月12日，在长河，警方在现场检查。", ["林德·卡斯"]),
        ("长河大桥周一恢复通行。长河社发（安娜·玛丽亚·林德 摄）", ["安娜·玛丽亚·林德"]),
        # a tail that is no credit gives nobody
        ("长河大桥周一恢复通行。图为车流。", []),
        ("长河大桥周一恢复通行。记者 孔一凡", []),
    ],
)
def test_photographers_from_real4(caption: str, names: list[str]) -> None:
    assert photographers_from([caption]) == names


@pytest.mark.parametrize(
    "caption",
    [
        # a picture credited to a foreign agency whose name starts with a surname names no photographer
        "长河大桥周一恢复通行，车流如织。（图/路透社）",
        "长河大桥周一恢复通行。（圖／韓聯社）",
        "长河大桥周一恢复通行。摄影：彭博社",
    ],
)
def test_agency_is_no_photographer_real4(caption: str) -> None:
    assert photographers_from([caption]) == []
