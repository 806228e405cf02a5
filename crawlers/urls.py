"""One URL per page: drop the fragment and the tracking parameters (pipeline/data/tracking.toml).

Used where links become requests: before a link is matched against a source's patterns (so a link that only
exists with ``?utm_source=...`` is still recognised) and on every request the spider yields
(crawlers/middlewares.py), so the duplicate filter sees one URL per page.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pipeline.config import DATA_FILES

TRACKING_TOML = DATA_FILES / "tracking.toml"


@lru_cache(maxsize=1)
def _tracking() -> tuple[frozenset[str], tuple[str, ...]]:
    table = tomllib.loads(TRACKING_TOML.read_text(encoding="utf-8"))
    return frozenset(n.lower() for n in table["names"]), tuple(p.lower() for p in table["prefixes"])


def is_tracking(name: str) -> bool:
    names, prefixes = _tracking()
    key = name.lower()
    return key in names or key.startswith(prefixes)


def canonical_url(url: str) -> str:
    """``url`` without its fragment and tracking parameters; everything else (order too) kept as is."""
    parts = urlsplit(url)
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not is_tracking(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept, doseq=True)
    if query == parts.query and not parts.fragment:
        return url
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
