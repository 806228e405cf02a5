"""Translations already made, keyed by (model, source sentence).

Re-processing an article, or a second wire copy of the same story, then costs a lookup instead of a
translation. Two implementations of one small protocol:

* :class:`MemoryTranslationCache`: a dict, for one process (the default of ``translate()``);
* :class:`SQLiteTranslationCache`: table ``translation_cache`` (model, source_sha1, source, target,
  created) in a SQLite file, through sqlite-utils. The store owns the database path; pass it in.
  Each ``put_many`` is one committed transaction, so an interrupted run keeps every finished batch.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

import sqlite_utils

TABLE = "translation_cache"
_LOOKUP_BATCH = 500  # sha1s per SELECT ... IN (...)


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@runtime_checkable
class TranslationCache(Protocol):
    def get_many(self, model: str, sentences: Sequence[str]) -> dict[str, str]:
        """{sentence: translation} for the sentences already translated by ``model``."""
        ...

    def put_many(self, model: str, pairs: Iterable[tuple[str, str]]) -> None:
        """Remember (sentence, translation) pairs made by ``model``."""
        ...


class MemoryTranslationCache:
    """A dict per process."""

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], str] = {}

    def get_many(self, model: str, sentences: Sequence[str]) -> dict[str, str]:
        return {s: t for s in sentences if (t := self._data.get((model, s))) is not None}

    def put_many(self, model: str, pairs: Iterable[tuple[str, str]]) -> None:
        self._data.update(((model, s), t) for s, t in pairs)

    def __len__(self) -> int:
        return len(self._data)

    def clear(self) -> None:
        self._data.clear()


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
        table = db[TABLE]
        if not table.exists():  # type: ignore[union-attr]
            db.create_table(
                TABLE,
                {"model": str, "source_sha1": str, "source": str, "target": str, "created": str},
                pk=("model", "source_sha1"),
                not_null={"model", "source_sha1", "source", "target"},
                if_not_exists=True,
            )

    def get_many(self, model: str, sentences: Sequence[str]) -> dict[str, str]:
        by_sha = {sha1(s): s for s in sentences}
        keys = list(by_sha)
        found: dict[str, str] = {}
        for i in range(0, len(keys), _LOOKUP_BATCH):
            batch = keys[i : i + _LOOKUP_BATCH]
            marks = ", ".join("?" * len(batch))
            rows = self.db.execute(
                f"select source_sha1, source, target from {TABLE} "
                f"where model = ? and source_sha1 in ({marks})",
                [model, *batch],
            ).fetchall()
            for sha, source, target in rows:
                if by_sha.get(sha) == source:  # a sha1 collision cannot return a wrong translation
                    found[source] = target
        return found

    def put_many(self, model: str, pairs: Iterable[tuple[str, str]]) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [
            {"model": model, "source_sha1": sha1(s), "source": s, "target": t, "created": now}
            for s, t in pairs
        ]
        if not rows:
            return
        conn: sqlite3.Connection = self.db.conn
        with conn:  # one transaction, committed at the end of each batch
            conn.executemany(
                f"insert or replace into {TABLE} (model, source_sha1, source, target, created) "
                "values (:model, :source_sha1, :source, :target, :created)",
                rows,
            )

    def __len__(self) -> int:
        return self.db[TABLE].count  # type: ignore[union-attr]
