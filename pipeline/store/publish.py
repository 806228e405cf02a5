"""``wirearchive publish``: a lean copy of the archive for publishing (docs/archive.md, "Publishing").

The working database keeps what the pipeline needs to run again: the raw bytes of every fetch
(``raw_pages.body``, ~58 KB a page, more than everything else together) and the translation cache (each
translated sentence with its source). Neither is publication: the raw bytes are in the WARC files under
``raw/`` as well, and the cache only saves translation time. The published copy keeps every table, row and
column, with two exceptions: ``raw_pages.body`` only for the fetches that failed (the failed-pages view links
to their bytes: a bad page stays inspectable), and an empty ``translation_cache``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The fetches whose bytes stay in the published copy: a failed transfer or HTTP status, or a page the
# pipeline stored with an error.
KEEP_BODY = """
    error is not null or status is null or status >= 400
    or id in (select raw_page_id from articles where error is not null and raw_page_id is not null)"""


def publish(source: Path, target: Path) -> dict[str, int]:
    """Write the lean copy of ``source`` to ``target`` (replaced); returns sizes in bytes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    conn = sqlite3.connect(source)
    conn.execute("VACUUM INTO ?", [str(partial)])
    conn.close()
    lean = sqlite3.connect(partial, isolation_level=None)
    lean.execute("PRAGMA journal_mode = DELETE")  # one file, for download
    with lean:
        lean.execute(f"update raw_pages set body = null where body is not null and not ({KEEP_BODY})")
        lean.execute("delete from translation_cache")
        lean.execute("insert or replace into meta (key, value) values ('published', datetime('now'))")
    lean.execute("VACUUM")
    lean.close()
    partial.replace(target)
    return {"source_bytes": source.stat().st_size, "published_bytes": target.stat().st_size}
