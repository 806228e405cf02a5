"""What the archive already holds, read once when a spider starts: incremental and resumable crawling.

* An article archived whole is fetched once more, and only once, when its copy was taken before it
  *settled* (``settle_hours``, default 24, after the end of its publication day in the source's time zone)
  and that moment has passed: sites correct and extend a story in its first hours, so the copy taken the
  day it came out is replaced by one taken after. Otherwise it is not fetched again (``--refetch``
  fetches everything again). The publication day comes from the URL (``url_dates`` in sources.toml); an
  article whose URL carries no date is never fetched again once archived whole.
* A date-archive page (one day of a site's scroll news, one day's newspaper pages) archived whole after
  its day was settled does not change any more: a crawl reads it again from the archive instead of asking
  the site, so a backfill killed midway and run again asks only for what it had not got.
* The conferences an article was collected for (``collected_for``): a crawl for a conference that finds
  an article archived before, for no or another conference, records that it found it (a small WARC
  metadata record), without fetching it again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

from pipeline.archive import iter_archive

SETTLE_HOURS = 24.0


@dataclass
class ArchivedArticle:
    fetched_at: datetime | None = None  # the latest whole fetch (None: only failed or found so far)
    collected_for: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class ArchivedPage:
    """A whole date-archive page kept from an earlier crawl, to read again without fetching it."""

    url: str
    headers: list[tuple[str, str]]
    body: bytes
    day: date


def url_day(url: str, patterns: Iterable[re.Pattern[str]]) -> date | None:
    """The publication day an article URL carries (groups y, m, d of the first pattern that matches)."""
    for pattern in patterns:
        m = pattern.search(url)
        if m:
            try:
                return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                return None
    return None


def settled_since(day: date, tz: timezone, settle_hours: float) -> datetime:
    """When a page of ``day`` stops changing: the end of that day in ``tz`` plus ``settle_hours``."""
    return datetime.combine(day + timedelta(days=1), time.min, tz) + timedelta(hours=settle_hours)


def _when(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None


@dataclass
class ArchiveState:
    articles: dict[str, ArchivedArticle] = field(default_factory=dict)
    pages: dict[str, ArchivedPage] = field(default_factory=dict)

    @classmethod
    def read(
        cls,
        raw_dir: Path,
        source: str,
        tz: timezone,
        days: set[date] | None = None,
        settle_hours: float = SETTLE_HOURS,
    ) -> ArchiveState:
        """The archive of ``source``; date-archive pages are kept (with their bytes) for ``days`` only."""
        state = cls()
        for page in iter_archive(raw_dir, source):
            whole = page.status == 200 and not page.error
            if page.kind in ("article", "found"):
                known = state.articles.setdefault(page.url, ArchivedArticle())
                if page.collected_for and (whole or page.kind == "found"):
                    known.collected_for.add(page.collected_for)
                fetched = _when(page.fetched_at)
                if whole and page.kind == "article" and fetched:
                    known.fetched_at = max(filter(None, [known.fetched_at, fetched]))
            elif page.kind == "archive" and whole and days and page.day:
                day = date.fromisoformat(page.day)
                fetched = _when(page.fetched_at)
                if day in days and fetched and fetched >= settled_since(day, tz, settle_hours):
                    state.pages[page.url] = ArchivedPage(page.url, page.headers, page.body, day)
        return state

    def settled(
        self,
        url: str,
        day: date | None,
        tz: timezone,
        settle_hours: float = SETTLE_HOURS,
        now: datetime | None = None,
    ) -> bool:
        """Archived whole, and not due for its one fetch after settling (see the module docstring)."""
        known = self.articles.get(url)
        if known is None or known.fetched_at is None:
            return False
        if day is None:
            return True
        settles = settled_since(day, tz, settle_hours)
        return not known.fetched_at < settles <= (now or datetime.now(UTC))

    def found_for(self, url: str, conference: str) -> bool:
        known = self.articles.get(url)
        return known is not None and conference in known.collected_for

    def note_found(self, url: str, conference: str) -> None:
        self.articles.setdefault(url, ArchivedArticle()).collected_for.add(conference)
