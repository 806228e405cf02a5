"""Credit shapes the twenty-fifth Chinese set of real lines showed missed (issue 10; docs/benchmarks.md, the
twenty-fifth set: lines as public finance, technology, magazine, WeChat, Taiwan and Hong Kong pages give them, the
ground of the twenty-fourth), each family with lines written anew (invented names, places and outlets, none of the
set's) and the guards that keep its neighbours out. The lines read whole are in tests/fixtures/bylines/lines.toml
(block "credits real 25"); here the leads and the closing credits."""

from __future__ import annotations

import pytest

from bench.credit_lines import lead_reporters
from pipeline.record import Article
from pipeline.stages.extract.authors import apply_people
from pipeline.text.credit_shapes import without_picture_note


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        # a note on the picture printed before the lead's opening bracket (the outlet, its columnist, the column)
        ("圖片為作者提供 【長河傳媒孔一凡專欄】 長河大橋通車了，市民很高興。", ["孔一凡"]),
        ("照片取自长河市政府 【长河论坛陶禾文章】长河大桥通车了。", ["陶禾"]),
        ("图片来源长河网 【长河传媒林大川专栏】长河大桥通车了。", ["林大川"]),
        # no bracket after the note, or a bracket that names nobody
        ("照片取自长河市政府 【长河快报】长河大桥通车了。", []),
        ("图片为长河大桥 孔一凡站在桥上。", []),
    ],
)
def test_lead_shapes_of_the_twenty_fifth_set(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


def test_picture_note_is_skipped_only_before_a_bracket() -> None:
    assert without_picture_note("照片取自长河市政府 【长河传媒孔一凡专栏】…") == "【长河传媒孔一凡专栏】…"
    assert (
        without_picture_note("照片取自长河市政府，长河大桥通车了。") == "照片取自长河市政府，长河大桥通车了。"
    )


@pytest.mark.parametrize("portal", ["(金融界)", "(和讯)", "(雪球)"])
def test_a_portal_closing_a_digest_item_is_no_reporter(portal: str) -> None:
    record = Article(lang="zh")
    apply_people(
        record, ["长河科技公司发布了新手机。", f"该公司是长河最有价值的公司之一。{portal}"], [], "zh"
    )
    assert record.authors == []
