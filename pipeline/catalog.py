"""What the archive follows: the crawl sources and the conferences, read from ``pipeline/data``.

One loader for both, shared by the crawlers (which sources to fetch), the conferences stage (which names to
look for) and the store (the ``sources`` and ``conferences`` reference tables).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.config import DATA_FILES

SOURCES_TOML = DATA_FILES / "sources.toml"
CONFERENCES_TOML = DATA_FILES / "conferences.toml"


def load_sources(extra: Path | str | None = None, path: Path = SOURCES_TOML) -> dict[str, dict[str, Any]]:
    """Source id -> its settings (name, lang, allowed_domains, patterns, discovery surfaces).

    ``extra`` is a maintainer's sources file in the same format (``wirearchive crawl --sources-file``): a
    table of a new name adds a source; a table of a known name overrides that source key by key (the keys
    it sets replace the built-in ones, the others stay). docs/crawling.md describes the format.
    """
    sources = tomllib.loads(path.read_text(encoding="utf-8"))
    if extra:
        for name, table in tomllib.loads(Path(extra).read_text(encoding="utf-8")).items():
            sources[name] = {**sources.get(name, {}), **table}
    return sources


@lru_cache(maxsize=1)
def load_conferences() -> dict[str, dict[str, Any]]:
    """Conference id -> names, aliases and editions."""
    return tomllib.loads(CONFERENCES_TOML.read_text(encoding="utf-8"))


def conference_names(conference: dict[str, Any]) -> list[str]:
    """Every name an article may use for ``conference``: English and Chinese names and aliases."""
    found = [conference.get("name_en"), conference.get("name_zh")]
    found += conference.get("aliases_en", []) + conference.get("aliases_zh", [])
    return [n for n in found if n]
