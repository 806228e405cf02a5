"""bench/people_drops.py: the step of the Chinese people stage that drops a form (issue 10, round 5), on invented
articles; no shared data needed."""

from __future__ import annotations

import pytest

from bench.people_drops import drop_step, step_balance
from pipeline.record import Article


def _article(*paragraphs: str) -> Article:
    return Article(paragraphs=list(paragraphs), lang="zh")


STEPS = [
    (
        (
            "据国外媒体报道，雅迅周四宣布裁员。",
            "雅迅此次整改的核心是广告业务。",
            "雅迅首席执行官表示，雅迅将专注搜索。",
        ),
        "雅迅",
        "drop_common_words",
    ),
    (
        ("伊斯兰抵抗运动（哈马斯）“完全解除武装”。", "上月底宣布的有关哈马斯解除武装方案遭拒。"),
        "哈马斯",
        "drop_places_and_firms",
    ),
    (
        (
            "本场比赛，莱万梅开二度，卡萨诺和阿拉巴各下一城。",
            "安切洛蒂更换4名首发，拉姆、阿隆索、罗本、卡萨诺回归首发。",
        ),
        "卡萨诺",
        "kept",
    ),
    (("他今天去了北京。",), "北京", "no candidate (the CRF and the rules leave it)"),
]


@pytest.mark.parametrize(("paragraphs", "form", "step"), STEPS)
def test_the_step_that_drops_a_form(paragraphs: tuple[str, ...], form: str, step: str) -> None:
    assert drop_step(_article(*paragraphs), {form}) == step


def test_a_filter_drop_is_counted_true_or_false_by_the_truth() -> None:
    article = _article("伊斯兰抵抗运动（哈马斯）“完全解除武装”。", "上月底宣布的有关哈马斯解除武装方案遭拒。")
    assert step_balance(article, set())["drop_places_and_firms", False] == 1
    assert step_balance(article, {"哈马斯"})["drop_places_and_firms", True] == 1
