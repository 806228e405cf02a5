"""Tag articles with the configured conferences (pipeline/data/conferences.toml)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from typing import Any

from pipeline.config import DATA_FILES
from pipeline.record import Article


@lru_cache(maxsize=1)
def load_conferences() -> dict[str, dict[str, Any]]:
    return tomllib.loads((DATA_FILES / "conferences.toml").read_text(encoding="utf-8"))


def names(conference: dict[str, Any]) -> list[str]:
    found = [conference.get("name_en"), conference.get("name_zh")]
    found += conference.get("aliases_en", []) + conference.get("aliases_zh", [])
    return [n for n in found if n]


def tag_conferences(record: Article) -> Article:
    """Set ``record.conferences`` to the ids of the conferences the article mentions."""
    text = "\n".join(filter(None, [record.title, record.body, record.title_en, record.body_en])).casefold()
    record.conferences = [
        cid for cid, conf in load_conferences().items() if any(n.casefold() in text for n in names(conf))
    ]
    return record
