"""Table ``translation_cache``: translations already made, keyed by (model, source sentence).

The SQLite implementation of :class:`pipeline.stages.translate.cache.TranslationCache`; it lives in the store,
the only package that writes SQLite. Each ``put_many`` is one committed transaction, so an interrupted run
keeps every finished batch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

import sqlite_utils

from pipeline.clock import utc_now
from pipeline.store.ids import sha1_hex
from pipeline.store.schema import TABLE

_LOOKUP_BATCH = 500  # sha1s per SELECT ... IN (...)


class SQLiteTranslationCache:
    """Table ``translation_cache`` in a SQLite database (a path or a ``sqlite_utils.Database``)."""

    def __init__(self, db: str | Path | sqlite_utils.Database) -> None:
        if isinstance(db, sqlite_utils.Database):
            self.db = db
        else:
            Path(db).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite_utils.Database(db)
        self.ensure_table(self.db)

    @staticmethod
    def ensure_table(db: sqlite_utils.Database) -> None:
        if not db.table("translation_cache").exists():  # a cache file of its own (tests, benches)
            db.execute(TABLE["translation_cache"].create_sql())  # the archive's declaration, the one schema

    def get_many(self, model: str, sentences: Sequence[str]) -> dict[str, str]:
        by_sha = {sha1_hex(s): s for s in sentences}
        keys = list(by_sha)
        found: dict[str, str] = {}
        for i in range(0, len(keys), _LOOKUP_BATCH):
            batch = keys[i : i + _LOOKUP_BATCH]
            marks = ", ".join("?" * len(batch))
            rows = self.db.execute(
                f"select source_sha1, source, target from translation_cache "
                f"where model = ? and source_sha1 in ({marks})",
                [model, *batch],
            ).fetchall()
            for sha, source, target in rows:
                if by_sha.get(sha) == source:  # a sha1 collision cannot return a wrong translation
                    found[source] = target
        return found

    def put_many(self, model: str, pairs: Iterable[tuple[str, str]]) -> None:
        now = utc_now()
        rows = [
            {"model": model, "source_sha1": sha1_hex(s), "source": s, "target": t, "created": now}
            for s, t in pairs
        ]
        if not rows:
            return
        conn: sqlite3.Connection = self.db.conn
        with conn:  # one transaction, committed at the end of each batch
            conn.executemany(
                "insert or replace into translation_cache (model, source_sha1, source, target, created) "
                "values (:model, :source_sha1, :source, :target, :created)",
                rows,
            )

    def __len__(self) -> int:
        return self.db.table("translation_cache").count
