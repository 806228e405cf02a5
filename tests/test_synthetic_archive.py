"""The scale benchmark's synthetic archive (bench/synthetic_archive.py) is built in the current schema:
generated articles, then copies of them (the path a million-article archive takes), then the derived tables."""

from __future__ import annotations

import sqlite3

import pytest

from bench import synthetic_archive
from pipeline.store import Store
from pipeline.store.schema import SCHEMA_VERSION

pytestmark = pytest.mark.slow


def test_a_small_synthetic_archive_is_built_copied_and_searchable(tmp_path):
    synthetic_archive.main(["240", "--unique", "80", "--workers", "1", "--data", str(tmp_path)])
    conn = sqlite3.connect(tmp_path / "wirearchive.db")
    assert conn.execute("select count(*) from articles").fetchone() == (240,)
    assert conn.execute("select count(distinct url) from articles").fetchone() == (240,)
    assert conn.execute("select count(*) from articles where search_key is null").fetchone() == (0,)
    version = conn.execute("select value from meta where key = 'schema_version'").fetchone()
    assert version == (str(SCHEMA_VERSION),)
    total = conn.execute("select n from facet_counts where facet = 'all'").fetchone()
    assert total == (240,)
    conn.close()
    store = Store(tmp_path / "wirearchive.db")
    assert store.search("中国", limit=5) and store.search("China", limit=5)
    store.close()
