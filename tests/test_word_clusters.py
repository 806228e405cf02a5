"""The English CRF's word clusters (tools/build_word_clusters.py, en_crf.read_word_table): the k-means, the table
format, and that the shipped model reads them. Invented vectors only; the shipped table is checked as data."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from pipeline.stages.people import en_crf
from pipeline.stages.people.recognisers import EN_MODEL
from tools import build_word_clusters as tool


def _package(tmp_path: Path, vectors: dict[str, list[float]]) -> Path:
    data = {"words": list(vectors), "vectors": vectors, "dimensions": 3, "size": len(vectors)}
    raw = json.dumps(data).encode()
    path = tmp_path / "vectors.tgz"
    with tarfile.open(path, "w:gz") as tar:
        member = tarfile.TarInfo(tool.VECTORS_FILE)
        member.size = len(raw)
        tar.addfile(member, io.BytesIO(raw))
    return path


def test_words_are_read_from_the_npm_tarball_and_scaled(tmp_path: Path) -> None:
    package = _package(tmp_path, {"said": [3.0, 4.0, 0.0], ",": [1.0, 0.0, 0.0], "u.s.": [0.0, 0.0, 2.0]})
    words, vectors = tool.read_vectors(package)
    assert words == ["said", "u.s."]  # punctuation is no word
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-6)


def test_kmeans_puts_close_words_together_and_is_seeded() -> None:
    rng = np.random.default_rng(1)
    names = rng.normal([5.0, 0.0, 0.0], 0.1, (40, 3))
    places = rng.normal([0.0, 5.0, 0.0], 0.1, (40, 3))
    vectors = np.vstack([names, places]).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = tool.spherical_kmeans(vectors, 2, np.random.default_rng(0))
    assert len(set(labels[:40])) == 1 and len(set(labels[40:])) == 1 and labels[0] != labels[40]
    again = tool.spherical_kmeans(vectors, 2, np.random.default_rng(0))
    assert (labels == again).all()


def test_the_table_gives_each_word_one_cluster_per_granularity(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tool, "CLUSTER_COUNTS", (2, 3))
    vectors = np.eye(3, dtype=np.float32)
    table = tool.cluster_table(["kayla", "telangana", "reebok"], vectors)
    assert set(table) == {"KAYLA", "TELANGANA", "REEBOK"}
    for value in table.values():
        assert [v.split("_")[0] for v in value.split(",")] == ["E2", "E3"]
    assert len({v.split(",")[1] for v in table.values()}) == 3  # three orthogonal words, three clusters


def test_flags_and_clusters_join_into_one_word_table(tmp_path: Path) -> None:
    model = tmp_path / "en_person.crfsuite"
    model.with_suffix(".words.tsv").write_text("KAYLA\tF\nJORDAN\tF,GC\n", encoding="utf-8")
    model.with_suffix(".clusters.tsv").write_text("KAYLA\tE64_1,E256_2\nTOLD\tE64_3\n", encoding="utf-8")
    assert en_crf.read_word_table(model) == {"KAYLA": "F,E64_1,E256_2", "JORDAN": "F,GC", "TOLD": "E64_3"}


def test_a_word_and_its_neighbours_get_their_clusters_as_features() -> None:
    words = {"SAID": "E64_3,E256_7", "ZENTROVA": "L3"}
    feats = en_crf.document_features([["Zentrova", "said"]], words)[0]
    assert "cz1=E64_3" in feats[0] and "cz=E256_7" in feats[1] and "cz=L3" in feats[0]


def test_the_shipped_model_is_trained_with_the_shipped_clusters() -> None:
    clusters = en_crf.read_table(EN_MODEL.with_suffix(".clusters.tsv"))
    assert len(clusters) > 150_000
    assert clusters["SAID"].count(",") == len(tool.CLUSTER_COUNTS) - 1
    tagger = pycrfsuite.Tagger()
    tagger.open(str(EN_MODEL))
    weighted = {attribute for attribute, _label in tagger.info().state_features}
    assert any(a.startswith("cz=E1024_") for a in weighted)
    assert any(a.startswith("cz-1=E64_") for a in weighted)
