"""Common two-character Chinese words and their Zipf frequency (pipeline/data/zh_common_words.tsv, written by
tools/build_zh_common_words.py from wordfreq): what tells a name the recognisers ran on into the next word
(孙杨游 | 泳: 游泳 is a common word) from a name that ends where it should."""

from __future__ import annotations

from functools import cache

from pipeline.config import DATA_FILES

COMMON_WORDS_ZH = DATA_FILES / "zh_common_words.tsv"


@cache
def _zipf_table() -> dict[str, float]:
    table: dict[str, float] = {}
    with COMMON_WORDS_ZH.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word, _, zipf = line.rstrip("\n").partition("\t")
            table[word] = float(zipf)
    return table


def word_zipf(word: str) -> float:
    """The Zipf frequency of a two-character word (6 = once in a thousand words), 0.0 when it is no common word."""
    return _zipf_table().get(word, 0.0)
