"""``articles.search_key``: a time-ordered key, the rowid of the search index.

    bits 62..22  seconds since 1970 of ``published`` as written (its wall-clock time, the offset ignored:
                 the day of an article is the day its own date line says); 0 when undated
    bits 21..18  source code (``search_codes``; 15 = any source beyond the first 15)
    bits 17..16  language (0 zh, 1 en, 2 any other, 3 none)
    bits 15..0   the low 16 bits of ``articles.id`` (the next free value on a collision)

FTS5 returns matches in rowid order and can walk them backwards, so with this key "newest first" is
``order by rowid desc limit 20`` and reads 20 postings however common the word; a month or a date range is a
rowid range (FTS5 seeks to it); source and language are read off the key without reading any row.
"""

from __future__ import annotations

import calendar
import re
import time

TIME_SHIFT = 22
SOURCE_SHIFT, SOURCE_BITS = 18, 0xF
LANG_SHIFT, LANG_BITS = 16, 0x3
ID_BITS = 0xFFFF
OTHER_SOURCE = 15
LANG_CODES = {"zh": 0, "en": 1}
OTHER_LANG, NO_LANG = 2, 3
MAX_SECONDS = (1 << 40) - 1  # year 36812

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")


def wall_seconds(iso: str | None) -> int:
    """Seconds since 1970 of the wall-clock time written in ``iso`` (0 when there is none)."""
    m = _ISO.match(iso or "")
    if not m:
        return 0
    year, month, day, hour, minute, second = (int(x) if x else 0 for x in m.groups())
    try:
        seconds = calendar.timegm((year, month, day, hour, minute, second, 0, 0, 0))
    except (ValueError, OverflowError):
        return 0
    return min(max(seconds, 0), MAX_SECONDS)


def lang_code(lang: str | None) -> int:
    if not lang:
        return NO_LANG
    return LANG_CODES.get(lang, OTHER_LANG)


def make_key(published: str | None, source_code: int, lang: str | None, article_id: int) -> int:
    return (
        (wall_seconds(published) << TIME_SHIFT)
        | (source_code << SOURCE_SHIFT)
        | (lang_code(lang) << LANG_SHIFT)
        | (article_id & ID_BITS)
    )


def bump(key: int) -> int:
    """The next key with the same time, source and language (after a collision of the low bits)."""
    return (key & ~ID_BITS) | ((key + 1) & ID_BITS)


def seconds_of(key: int) -> int:
    return key >> TIME_SHIFT


def source_code_of(key: int) -> int:
    return (key >> SOURCE_SHIFT) & SOURCE_BITS


def lang_code_of(key: int) -> int:
    return (key >> LANG_SHIFT) & LANG_BITS


def day_start(day: str) -> int:
    """The smallest key of a day ``YYYY-MM-DD`` (or of a month ``YYYY-MM``)."""
    return wall_seconds(day if len(day) > 7 else day + "-01") << TIME_SHIFT


def month_range(month: str) -> tuple[int, int]:
    """The keys of one month ``YYYY-MM``: ``lo <= key < hi``."""
    year, number = int(month[:4]), int(month[5:7])
    following = f"{year + number // 12:04d}-{number % 12 + 1:02d}"
    return day_start(month), day_start(following)


def month_of(key: int) -> str | None:
    """``YYYY-MM`` of a key (None for undated articles)."""
    seconds = seconds_of(key)
    if not seconds:
        return None
    moment = time.gmtime(seconds)
    return f"{moment.tm_year:04d}-{moment.tm_mon:02d}"
