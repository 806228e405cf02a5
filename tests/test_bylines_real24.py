"""Credit shapes the twenty-fourth Chinese set of real lines showed missed (issue 10; docs/benchmarks.md, the
twenty-fourth set: lines as public finance, technology, magazine, Taiwan, Hong Kong and Malaysian pages give them),
each family with lines written anew (invented names, places and outlets, none of the set's) and the guards that keep
its neighbours out. The lines read whole are in tests/fixtures/bylines/lines.toml (block "credits real 24"); here the
leads and the captions."""

from __future__ import annotations

import pytest

from bench.credit_lines import lead_reporters
from pipeline.stages.extract.credits import photographers_from


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        # a journalist the story is about or quotes: a word describing him before the label, or 据 … 消息 (a scoop
        # another journalist had, passed on)
        ("（长河社长河3日电） 长河知名调查记者孔一凡在发表一篇文章后遭到拘留，多个团体发表声明。", []),
        ("长河一名独立记者陶禾近日被捕，引发关注。", []),
        ("据记者孔一凡消息，长河队新帅本周内即可到位。", []),
        ("长河网3月5日讯 据记者陶禾消息，长河大桥本周通车。", []),
        ("长河日报调查记者孔一凡报道 长河大桥本周通车。", ["孔一凡"]),
        ("据本报记者林大川报道，长河大桥本周通车。", ["林大川"]),
        # the writer's name glued to the year the story opens with
        ("文/孔一凡2000年下半年，长河书院开始筹备第一期刊物。", ["孔一凡"]),
        ("文/陶禾1998年，长河大桥开始修建。", ["陶禾"]),
        # a live report from the scene
        ("长河网特派记者孔一凡上海现场报道 9月6日晚，长河大桥通车。", ["孔一凡"]),
        ("长河网特派记者陶禾现场报道 9月6日晚，长河大桥通车。", ["陶禾"]),
        # a commentary site's bracket: the outlet, its columnist, the column's word
        ("【长河传媒孔一凡专栏】长河大桥通车了，市民很高兴。", ["孔一凡"]),
        ("【長河論壇陶禾文章】長河大橋通車了，市民很高興。", ["陶禾"]),
        ("【长河传媒专栏】长河大桥通车了。", []),
        # a column's bullet and its writer's name, an affiliation or a space after it, the story run on
        ("□孔一凡 （长河大学）当地时间29日，长河大桥通车。", ["孔一凡"]),
        ("☉陶禾 长河大桥通车了，市民很高兴。", ["陶禾"]),
        ("□长河 大桥通车了，市民很高兴。", []),
        ("□北京 大桥通车了。", []),
        ("■孔一凡 长河大桥通车了。", []),
    ],
)
def test_lead_shapes_of_the_twenty_fourth_set(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("caption", "photographers"),
    [
        # an outlet glued before the photographer's name under 图/ and its mark
        ("长河大桥今天通车。（圖/长河时报孔一凡攝）", ["孔一凡"]),
        ("长河大桥今天通车。（图/长河日报陶禾摄）", ["陶禾"]),
        ("长河大桥今天通车。（图/长河日报摄）", []),
        ("长河大桥今天通车。（圖/民眾提供/长河时报孔一凡台南傳真）", []),
        # a picture agency after 摄, spaced or not, names nobody; a person's Latin name does
        ("长河大桥今天通车。攝：Imagine China", []),
        ("长河大桥今天通车。攝：ImagineChina", []),
        ("长河大桥今天通车。（攝影/Jane Roe）", ["Jane Roe"]),
    ],
)
def test_caption_shapes_of_the_twenty_fourth_set(caption: str, photographers: list[str]) -> None:
    assert photographers_from([caption]) == photographers
