"""Credit shapes the twelfth Chinese blind set showed missed (issue 10; docs/benchmarks.md "Twelfth Chinese credit set"),
each family with lines written anew (invented names and outlets, none of the sets' or the probe's) and the guards that
keep its neighbours out: a portal channel's tag in black brackets before the bracket of names (【长河IT消息】（X）); two
names glued before a glued photo mark after a label (记者卢晶刘菁摄, cut as before a spaced mark); the picture "by" the
names in a caption (照片由X摄, 图片由X拍摄), 由 glued after a photo label no part of the name; the longest glued mark a
token ends with decides (游客拍摄 is no 游客拍 + 摄)."""

from __future__ import annotations

import pytest

from bench.credit_lines import lead_reporters
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import PHOTOGRAPHER, read_credits_zh


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("【青屿IT消息】（沈砚秋）5月2日消息，青屿大桥今日宣布暂停通行，具体原因未知。", ["沈砚秋"]),
        ("【云岫科技讯】（宁书远、温如玉）青屿大桥周一恢复通行。", ["宁书远", "温如玉"]),
        ("【临溪财经消息】（记者 邹见山）青屿大桥周一恢复通行。", ["邹见山"]),
        ("【澜沧网消息】（魏长风）青屿大桥周一恢复通行。", ["魏长风"]),
        ("【雲岫IT訊】（程晚舟）青嶼大橋周一恢復通行。", ["程晚舟"]),
        ("【临溪App消息】(俞望舒 冯听澜)青屿大桥周一恢复通行。", ["俞望舒", "冯听澜"]),
        # guards: no bracket of names after the tag; a bracket naming nobody; an outlet in the bracket; a tag that is
        # no portal's (no 消息 or 讯 closing it)
        ("【青屿IT消息】5月2日消息，青屿大桥今日宣布暂停通行。", []),
        ("【青屿IT消息】（图）青屿大桥今日宣布暂停通行。", []),
        ("【青屿大桥消息】（临溪日报）青屿大桥今日宣布暂停通行。", []),
        ("【青屿大桥】（沈砚秋）周一恢复通行。", []),
    ],
)
def test_portal_tag_then_bracket_of_names(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("caption", "photographers"),
    [
        ("参加青屿马拉松的选手从起点出发。记者沈砚秋温如玉摄", ["沈砚秋", "温如玉"]),
        ("青屿大桥周一恢复通行。记者宁书远王晚舟摄", ["宁书远", "王晚舟"]),
        ("青屿大桥周一恢复通行。（记者邹见山林听澜摄）", ["邹见山", "林听澜"]),
        ("青屿大桥周一恢复通行。通讯员魏长风刘书远拍摄", ["魏长风", "刘书远"]),
        ("青屿大桥周一恢复通行。本报记者俞望舒陈晚舟摄", ["俞望舒", "陈晚舟"]),
        # guards: one name of three characters; a compound surname; a familiar prefix; the names spaced (read before)
        ("青屿大桥周一恢复通行。记者沈砚秋摄", ["沈砚秋"]),
        ("青屿大桥周一恢复通行。记者欧阳晚舟摄", ["欧阳晚舟"]),
        ("青屿大桥周一恢复通行。记者王小李子摄", ["王小李子"]),
        ("青屿大桥周一恢复通行。记者 宁书远王晚舟 摄", ["宁书远", "王晚舟"]),
    ],
)
def test_two_names_glued_before_glued_photo_mark(caption: str, photographers: list[str]) -> None:
    assert photographers_from([caption]) == photographers


@pytest.mark.parametrize(
    ("caption", "photographers"),
    [
        ("照片由沈砚秋摄", ["沈砚秋"]),
        ("青屿大桥夜景。照片由宁书远摄", ["宁书远"]),
        ("青屿大桥夜景（图片由温如玉拍摄）", ["温如玉"]),
        ("圖片由邹見山攝", ["邹見山"]),
        ("图片由魏长风拍摄", ["魏长风"]),
        ("照片由记者俞望舒摄", ["俞望舒"]),
        # guards: a machine, an outlet, a museum providing the picture; another verb after 由
        ("照片由无人机拍摄", []),
        ("照片由临溪日报提供", []),
        ("图片由青屿博物馆提供", []),
        ("本场比赛由沈砚秋主持", []),
        # who took it, no name (游, 路 are surnames), glued to 拍摄 (no 游客拍 + 摄 either)
        ("青屿大桥夜景。照片由游客拍摄", []),
        ("青屿大桥夜景。游客拍摄", []),
        ("青屿大桥夜景。路人拍摄", []),
    ],
)
def test_picture_by_names_in_caption(caption: str, photographers: list[str]) -> None:
    assert photographers_from([caption]) == photographers


def test_by_glued_after_photo_label_is_no_part_of_name() -> None:
    run = read_credits_zh("图片由沈砚秋拍摄")
    assert run is not None and run.names(PHOTOGRAPHER) == ["沈砚秋"]
    # after a colon the name is whoever follows it, a name of the surname 由 included
    run = read_credits_zh("摄影：由海波")
    assert run is not None and run.names(PHOTOGRAPHER) == ["由海波"]
