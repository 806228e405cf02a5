"""Translations already made, keyed by (model, source sentence).

Re-processing an article, or a second wire copy of the same story, then costs a lookup instead of a
translation. Two implementations of one small protocol:

* :class:`MemoryTranslationCache`: a dict, for one process (the default of ``translate()``);
* :class:`pipeline.store.translation_cache.SQLiteTranslationCache`: table ``translation_cache`` (model, source_sha1, source,
  target, created) in the archive database. Each ``put_many`` is one committed transaction, so an
  interrupted run keeps every finished batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

__all__ = ["MemoryTranslationCache", "TranslationCache"]


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
