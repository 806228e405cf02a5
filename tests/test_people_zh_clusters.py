"""The word-cluster tool of issue 10 (tools/build_zh_clusters.py): it reads word2vec's binary format and groups
like vectors. Its table, as features of the Chinese name CRF, was measured and not adopted (docs/benchmarks.md,
"Word clusters of Chinese word2vec vectors as features of the Chinese CRF"; the feature code is in commit 197677c).

The words and vectors here are made up for the test (no text of the NER data)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tools import build_zh_clusters


def _word2vec(words: list[str], vectors: np.ndarray) -> bytes:
    out = f"{len(words)} {vectors.shape[1]}\n".encode()
    for word, vector in zip(words, vectors, strict=True):
        out += word.encode() + b" " + vector.astype("<f4").tobytes() + b"\n"
    return out


def test_the_builder_reads_word2vec_and_groups_like_vectors(tmp_path: Path) -> None:
    words = ["北京", "上海", "广州", "张伟", "李娜", "王芳", "abc"]
    rng = np.random.default_rng(1)
    places, persons = rng.normal(size=20), rng.normal(size=20)
    vectors = np.array(
        [places + rng.normal(scale=0.05, size=20) for _ in range(3)]
        + [persons + rng.normal(scale=0.05, size=20) for _ in range(3)]
        + [rng.normal(size=20)],
        dtype=np.float32,
    )
    read_words, read_vectors = build_zh_clusters.read_word2vec(_word2vec(words, vectors))
    assert read_words == words
    assert np.allclose(read_vectors, vectors)
    table = build_zh_clusters.cluster_table(read_words, read_vectors, ks=(2,))
    assert "abc" not in table  # only words with a Han character
    assert table["北京"] == table["上海"] == table["广州"] != table["张伟"] == table["李娜"] == table["王芳"]
    # a character's own vector: the mean of the words that hold it
    chars = build_zh_clusters.char_table(read_words, read_vectors, ks=(2,))
    assert set(chars) == set()  # no character is in three words here
    many = ["北京", "北方", "北部", "张伟", "张三", "张家"]
    grouped = np.array([places] * 3 + [persons] * 3, dtype=np.float32)
    chars = build_zh_clusters.char_table(many, grouped, ks=(2,))
    assert set(chars) == {"#北", "#张"} and chars["#北"] != chars["#张"]
