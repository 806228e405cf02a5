"""The raw page archive: every fetch, as received, in WARC files under ``$WIREARCHIVE_DATA/raw/<source>/``.

The crawlers write it (crawlers/pipelines.py); the runner reads it back into the store.
"""

from pipeline.archive.warc import (
    KIND_RUN,
    RawPage,
    WarcArchive,
    archived_urls,
    iter_archive,
    iter_warc,
    warc_files,
)

__all__ = ["KIND_RUN", "RawPage", "WarcArchive", "archived_urls", "iter_archive", "iter_warc", "warc_files"]
