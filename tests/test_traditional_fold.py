"""pipeline.text.traditional: the one traditional -> simplified fold (one character to one), its two tiers, the
detection of traditional text, and the table being what tools/build_traditional_fold.py writes from OpenCC."""

from __future__ import annotations

import json

import pytest
from helpers import missing, require_shared

from pipeline.text.names import surname_table, zh_to_pinyin
from pipeline.text.traditional import (
    FOLD_TABLE,
    fold_traditional,
    fold_traditional_text,
    is_traditional,
    traditional_count,
    traditional_forms,
)

SIMPLIFIED = "香港特区政府发言人陈建华说，后天于北京著名的乾隆酒店会见记者。于先生和著名作家乾女士也出席。"
TRADITIONAL = "香港特區政府發言人陳建華說，後天於北京著名的乾隆酒店會見記者。"


def test_fold_keeps_length_and_maps_traditional_only_characters() -> None:
    folded = fold_traditional("陳建華說：記者鍾麗與鐘偉")
    assert folded == "陈建华说：记者钟丽与钟伟"
    assert len(folded) == len("陳建華說：記者鍾麗與鐘偉")


def test_fold_is_the_identity_on_simplified_text() -> None:
    # 于 / 於, 乾 (乾隆), 著 (著名), 后: characters simplified writing uses must never change
    assert fold_traditional(SIMPLIFIED) == SIMPLIFIED
    assert fold_traditional_text(SIMPLIFIED) == SIMPLIFIED
    assert traditional_count(SIMPLIFIED) == 0
    assert not is_traditional(SIMPLIFIED)


def test_characters_of_both_scripts_fold_only_in_traditional_text() -> None:
    assert fold_traditional("後天於") == "後天於"  # the always tier leaves them
    assert is_traditional(TRADITIONAL)
    folded = fold_traditional_text(TRADITIONAL)
    assert folded == "香港特区政府发言人陈建华说，后天于北京著名的乾隆酒店会见记者。".replace("乾隆", "干隆")
    assert "著名" in folded  # OpenCC keeps 著 alone: both scripts, by sense
    assert fold_traditional_text("後於乾", traditional=False) == "後於乾"


def test_a_few_traditional_characters_do_not_make_a_text_traditional() -> None:
    text = "据台湾《聯合報》报道，" + "今年的经济增长速度超过了市场的普遍预期。" * 5
    assert traditional_count(text) == 2
    assert not is_traditional(text)
    assert fold_traditional_text(text) == text.replace("聯合報", "联合报")


def test_traditional_surnames_come_from_the_fold() -> None:
    table = surname_table()
    assert table["陳"] == table["陈"] == "chen"
    assert table["鍾"] == table["鐘"] == "zhong"
    assert table["歐陽"] == "ouyang"
    assert table["單"] == "shan"  # the surname reading, as for 单
    assert set(traditional_forms()["钟"]) >= {"鍾", "鐘"}
    assert zh_to_pinyin("單建華") == "Shan Jianhua" == zh_to_pinyin("单建华")
    assert zh_to_pinyin("曾慶紅") == "Zeng Qinghong"


def test_table_is_what_the_tool_writes_from_opencc() -> None:
    try:
        import opencc  # noqa: F401
    except ImportError:
        missing("opencc (the bench extra) is not installed")
    from tools.build_traditional_fold import fold_pairs, table_text

    assert FOLD_TABLE.read_text(encoding="utf-8") == table_text(fold_pairs()), (
        "pipeline/data/traditional_fold.tsv is out of date: python -m tools.build_traditional_fold"
    )


@pytest.mark.corpus("ner")
def test_fold_is_the_identity_on_the_simplified_ner_data() -> None:
    ner = require_shared("ner")
    for name in ("zh_train.jsonl", "zh_dev.jsonl"):
        with (ner / name).open(encoding="utf-8") as fh:
            changed = [s["text"] for s in map(json.loads, fh) if fold_traditional(s["text"]) != s["text"]]
        assert changed == [], f"{name}: {changed[:3]}"
