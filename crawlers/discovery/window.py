"""The days a crawl looks at: a conference edition's window, or the last few days; and reading the dates
that discovery surfaces print (search results, feeds, sitemaps) as days in the source's time zone.

Every comparison is by calendar day in the source's time zone (``timezone`` in sources.toml, China time
for the sources we have): a result stamped 2022-08-27 23:30 +08:00 belongs to the 27th there, even though
it is the 27th 15:30 in UTC.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from pipeline.catalog import load_conferences

DEFAULT_BEFORE_DAYS = 21  # news about a conference starts with its announcement, weeks ahead
DEFAULT_AFTER_DAYS = 7  # and ends with the follow-up reports
RECENT_DAYS = 7  # what a crawl without a conference takes from dated listings (sitemaps, list APIs)
CHINA_TIME = timezone(timedelta(hours=8))


def zone(offset: str | None) -> timezone:
    """``+08:00`` -> a fixed-offset time zone (China time when not given)."""
    if not offset:
        return CHINA_TIME
    m = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", offset.strip())
    if not m:
        raise ValueError(f"time zone offset {offset!r}: write it as +HH:MM")
    minutes = int(m.group(2)) * 60 + int(m.group(3))
    return timezone(timedelta(minutes=minutes if m.group(1) == "+" else -minutes))


@dataclass(frozen=True)
class Window:
    """The calendar days ``start`` .. ``end`` (both included) in the time zone ``tz``."""

    start: date
    end: date
    tz: timezone = CHINA_TIME

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"window ends ({self.end}) before it starts ({self.start})")

    def days(self) -> Iterator[date]:
        """Every day of the window, newest first (the order news sites list them)."""
        day = self.end
        while day >= self.start:
            yield day
            day -= timedelta(days=1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def in_zone(self, tz: timezone) -> Window:
        return Window(self.start, self.end, tz)

    def first_moment(self) -> datetime:
        return datetime.combine(self.start, time.min, self.tz)

    def last_moment(self) -> datetime:
        return datetime.combine(self.end, time(23, 59, 59), self.tz)

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def today(tz: timezone = CHINA_TIME) -> date:
    return datetime.now(UTC).astimezone(tz).date()


def recent_window(days: int = RECENT_DAYS, tz: timezone = CHINA_TIME) -> Window:
    """The last ``days`` days up to today: what a crawl without a conference takes from dated listings."""
    end = today(tz)
    return Window(end - timedelta(days=max(days, 1) - 1), end, tz)


def edition_of(conference_id: str, year: int | None = None) -> dict[str, Any]:
    """The edition of ``year``, else the latest one; ValueError naming what exists when there is none."""
    conferences = load_conferences()
    if conference_id not in conferences:
        raise ValueError(f"unknown conference {conference_id!r}; known: {', '.join(conferences)}")
    editions = conferences[conference_id].get("editions", [])
    if not editions:
        raise ValueError(f"conference {conference_id!r} has no editions with dates in conferences.toml")
    if year is None:
        return max(editions, key=lambda e: e["start"])
    for edition in editions:
        if edition["year"] == year:
            return edition
    years = ", ".join(str(e["year"]) for e in editions)
    raise ValueError(f"conference {conference_id!r} has no {year} edition; editions: {years}")


def conference_window(
    conference_id: str, year: int | None = None, before: int | None = None, after: int | None = None
) -> tuple[Window, dict[str, Any]]:
    """The window of one edition: ``before`` days before its start to ``after`` days after its end.

    Not given: the conference's ``window_before_days`` / ``window_after_days``, else 21 and 7 days.
    """
    edition = edition_of(conference_id, year)
    conference = load_conferences()[conference_id]
    if before is None:
        before = int(conference.get("window_before_days", DEFAULT_BEFORE_DAYS))
    if after is None:
        after = int(conference.get("window_after_days", DEFAULT_AFTER_DAYS))
    if before < 0 or after < 0:
        raise ValueError("window days cannot be negative")
    start, end = _as_date(edition["start"]), _as_date(edition.get("end", edition["start"]))
    return Window(start - timedelta(days=before), end + timedelta(days=after)), edition


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


# -- dates as discovery surfaces print them ----------------------------------------------------------

_NUMERIC = re.compile(r"\d{9,13}(\.\d+)?")
_DAY_TIME = re.compile(
    r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?"
)


def parse_when(value: Any, tz: timezone = CHINA_TIME) -> datetime | None:
    """A result's time as an aware datetime, or None when it cannot be read.

    Reads epoch numbers (milliseconds when that large, as People's search gives ``displayTime``), ISO and
    ``YYYY-MM-DD HH:MM[:SS]`` strings (China News, Xinhua, CAC, China Daily), RFC 822 dates (RSS
    ``pubDate``). A time without an offset is in ``tz``.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and _NUMERIC.fullmatch(value.strip())):
        number = float(value)
        return datetime.fromtimestamp(number / 1000 if number > 1e11 else number, tz)
    text = str(value).strip()
    if not text:
        return None
    m = _DAY_TIME.search(text)
    if m:
        y, mo, d, hh, mm, ss, offset = m.groups()
        try:
            when = datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
        except ValueError:
            return None
        if offset:
            return when.replace(tzinfo=UTC if offset == "Z" else zone(offset))
        return when.replace(tzinfo=tz)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=tz)


def day_of(value: Any, tz: timezone = CHINA_TIME) -> date | None:
    """The calendar day, in ``tz``, of a printed time (see :func:`parse_when`)."""
    when = parse_when(value, tz)
    return when.astimezone(tz).date() if when else None
