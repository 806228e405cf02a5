"""The common Chinese words of the people stage (tools/build_zh_common_words.py -> pipeline/data/zh_common_words.tsv,
read by pipeline/text/zh_words.py): the shipped table is what the tool writes from wordfreq (a bench extra, installed
by `make install-dev`), and the reader gives a word's Zipf frequency or 0."""

from __future__ import annotations

from pathlib import Path

from pipeline.text import zh_words
from tools import build_zh_common_words as tool


def test_the_shipped_table_is_what_the_tool_writes(tmp_path: Path) -> None:
    out = tmp_path / "words.tsv"
    assert tool.main([str(out)]) == 0
    assert out.read_text(encoding="utf-8") == zh_words.COMMON_WORDS_ZH.read_text(encoding="utf-8")


def test_the_tool_keeps_two_han_characters_above_the_floor() -> None:
    rows = tool.common_words(5.0)
    assert rows and all(len(w) == 2 and z >= 5.0 for w, z in rows)
    assert [z for _w, z in rows] == sorted((z for _w, z in rows), reverse=True)
    assert "我们" in dict(rows)


def test_the_reader_gives_zipf_or_zero() -> None:
    assert zh_words.word_zipf("晚上") > 4.5
    assert zh_words.word_zipf("江泽") == 0.0
    assert zh_words.word_zipf("晚上好") == 0.0  # three characters: never in the table
