"""jieba's dictionary (its dict.txt: a word, its count and its tag per line), as the table builders read it.

jieba comes with the bench extra; the builders run at build time only, never in the pipeline.
"""

from __future__ import annotations

from pathlib import Path


def jieba_dictionary() -> list[tuple[str, int, str]]:
    """Every (word, count, tag) of jieba's dictionary, in its order."""
    import jieba

    rows = []
    for line in Path(jieba.__file__).with_name("dict.txt").read_text(encoding="utf-8").splitlines():
        word, count, *tag = line.split()
        rows.append((word, int(count), tag[0] if tag else ""))
    return rows


def common_words(min_count: int, but_tags: frozenset[str]) -> set[str]:
    """The words used at least ``min_count`` times, bar those tagged one of ``but_tags`` (names, places …)."""
    return {word for word, count, tag in jieba_dictionary() if count >= min_count and tag not in but_tags}
