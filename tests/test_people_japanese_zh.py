"""People stage: Japanese and Korean names in Chinese text (issue 10; the blind Chinese sets' main miss class,
docs/benchmarks.md, People). Invented names in the shapes those sets showed; no name of the sets is used."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people
from pipeline.stages.people.zh_japanese import japanese_surnames


def _names(paragraphs: list[str]) -> set[str]:
    return {p.name for p in find_people(Article(paragraphs=paragraphs, lang="zh")).people}


def test_the_table_holds_simplified_forms_of_japanese_family_names() -> None:
    table = set(japanese_surnames())
    assert {"渡边", "斋藤", "高桥", "佐佐木", "末永"} <= table
    # shinjitai: a Chinese text prints the simplified form
    assert not {"渡辺", "斎藤", "高橋", "佐々木"} & table
    assert all(len(name) in (2, 3) for name in table)


def test_japanese_name_after_a_japanese_context_word_is_one_name() -> None:
    # LAC cuts 末 | 永直 | 树; the recognisers find nothing
    assert "末永直树" in _names(["日本车手末永直树在决赛中击败对手，赢得冠军。"])
    assert "小野寺晃大" in _names(["日本车手小野寺晃大在决赛中获胜。"])  # not 小野寺 alone


def test_japanese_name_before_a_speech_verb_is_one_name() -> None:
    assert "田中晃大" in _names(["田中晃大表示，这次访问很有意义。"])


def test_japanese_name_repeated_by_its_family_name_is_one_name() -> None:
    names = _names(["末永直树昨天抵达北京。末永此前曾多次访华，末永表示，此行很有意义。"])
    assert "末永直树" in names and "末永此前" not in names


def test_japanese_family_name_as_a_common_word_is_no_name() -> None:
    names = _names(["田中的稻子熟了，中村村民忙着收割。", "日本山口县发生地震，没有人员伤亡。"])
    assert not any(n.startswith(("田中", "中村", "山口")) for n in names)


def test_korean_name_after_a_title_is_kept() -> None:
    # LAC tags 文在秀 a person; the character CRF, trained on Chinese names, rejects it (在 a function character)
    assert "文在秀" in _names(["韩国总统文在秀当天通电话。", "文在秀表示，两国将加强合作。"])


@pytest.mark.slow  # OpenCC over the whole dataset: about 18 s
def test_the_table_is_what_the_tool_writes(tmp_path: Path) -> None:
    from tools.build_japanese_surnames import OUT, main

    main([str(tmp_path / "japanese.toml")])
    assert (tmp_path / "japanese.toml").read_text(encoding="utf-8") == OUT.read_text(encoding="utf-8")


def test_a_common_word_after_a_family_name_is_no_given_name() -> None:
    # 安保 is a family name; 条约 a noun LAC reads whole, 此前 a time word
    names = _names(["日本安保条约引发争议。", "末永此前曾多次访问日本。"])
    assert not {"安保条约", "末永此前"} & names
