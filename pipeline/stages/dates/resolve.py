"""Reference-date arithmetic: a partial date (no year, no month, a weekday, a relative word) resolved against
the reference date, and the records the rules hand back (:class:`Hit`, :class:`Rule`).

Pure date logic, shared by the Chinese rules (:mod:`.zh`), the English rules (:mod:`.en`) and the scanner.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import cache
from typing import Literal, NamedTuple

from pipeline.text.datelines import alternation, date_data, safe_date
from pipeline.text.scripts import fold_width

BEIJING = timezone(timedelta(hours=8))

# A range whose end day is smaller than its start day runs into the next month ("Nov. 30-2"), but only
# a short one: "Nov. 21-19" is a mistake, not a four-week event.
MAX_ROLLOVER_DAYS = 14

# What a rule's date resolver gives back: a date, None when it cannot be resolved (no reference), or False
# when the text is not a date at all (2月30日, day 32).
Resolved = date | None | Literal[False]

# ---------------------------------------------------------------------------------------------- arithmetic


def _nearest(candidates: list[date | None], reference: date) -> date | None:
    """The candidate closest to the reference; on a tie the earlier one (news reports the past)."""
    valid = [c for c in candidates if c is not None]
    if not valid:
        return None
    return min(valid, key=lambda c: (abs((c - reference).days), c))


def nearest_year(month: int, day: int, reference: date) -> date | None:
    """A month/day without a year ("Nov. 19", 11月19日): the year that puts it nearest the reference."""
    return _nearest([safe_date(reference.year + k, month, day) for k in (-1, 0, 1)], reference)


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    """(year, month) ``k`` months after (before, when negative) the given month."""
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def nearest_month(day: int, reference: date) -> date | None:
    """A day without a month ("on the 16th", 16日): this, last or next month, whichever is nearest."""
    cands = []
    for k in (-1, 0, 1):
        y, m = add_months(reference.year, reference.month, k)
        cands.append(safe_date(y, m, day))
    return _nearest(cands, reference)


def nearest_month_year(month: int, reference: date) -> str:
    """A month without a year ("in November", 10月份): the nearest such month, "YYYY-MM"."""
    best = min(
        (reference.year + k for k in (-1, 0, 1)),
        key=lambda y: (abs((y * 12 + month) - (reference.year * 12 + reference.month)), y),
    )
    return f"{best:04d}-{month:02d}"


def weekday_date(weekday: int, reference: date, mode: str) -> date:
    """Resolve a weekday. mode: "past" (on or before the reference), "future" (on or after), "nearest"
    (within three days either way; past/future apply only when the day is 3-4 days away either way),
    "last"/"next" (strictly before/after), or a calendar-week offset
    "week-1"/"week0"/"week1" (上周五/本周五/下周五, weeks run Monday to Sunday)."""
    if mode.startswith("week"):
        monday = reference - timedelta(days=reference.weekday())
        return monday + timedelta(days=7 * int(mode[4:]) + weekday)
    back = (reference.weekday() - weekday) % 7
    fwd = (weekday - reference.weekday()) % 7
    if min(back, fwd) <= 2 and mode in ("past", "future"):
        mode = "nearest"  # within two days the nearest wins over tense ("runs through Friday, was announced")
    if mode == "last":
        return reference - timedelta(days=back or 7)
    if mode == "next":
        return reference + timedelta(days=fwd or 7)
    if mode == "past":
        return reference - timedelta(days=back)
    if mode == "future":
        return reference + timedelta(days=fwd)
    return reference - timedelta(days=back) if back <= fwd else reference + timedelta(days=fwd)


def parse_published(published: str | None, chinese: bool) -> date | None:
    """The publication date. An ISO timestamp with an offset is moved to Beijing time for Chinese articles
    (state media publish in +08:00); a naive timestamp is taken as printed (local time of the site)."""
    if not published:
        return None
    text = published.strip()
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        m = re.match(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", fold_width(text))
        return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    if chinese and when.tzinfo is not None:
        when = when.astimezone(BEIJING)
    return when.date()


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


# ---------------------------------------------------------------------------------------------- rules


@dataclass
class Hit:
    """A date found by a rule: its span in the paragraph and its resolved value."""

    start: int
    end: int
    value: str | None
    kind: str = "event"
    end_value: str | None = None
    anchor: bool = False  # a full date with its year given (2011年1月28日, "Nov. 19, 2026", 去年1月27日)
    partial: tuple[int | None, int] | None = None  # (month or None, day) of a date written without a year


# A rule's handler: (match, reference, context) -> a hit, several hits, or None (the match is not a date).
# The context is the text around the match, for the tense of its clause.
Handler = Callable[[re.Match[str], date | None, str], Hit | list[Hit] | None]


class Rule(NamedTuple):
    """One line of a rule table: a regex source and the handler that reads its matches.

    ``pattern`` is a :meth:`str.format` template: ``{name}`` fields are filled with the language's regex
    fragments (some built from ``pipeline/data/dates.toml``), so regex braces are doubled (``\\d{{1,2}}``).
    """

    pattern: str
    handler: Handler


class CompiledRule(NamedTuple):
    pattern: re.Pattern[str]
    handler: Handler


def compile_rules(rules: tuple[Rule, ...], fragments: Mapping[str, str]) -> tuple[CompiledRule, ...]:
    """The rules with their templates filled with ``fragments`` and compiled, in the same order."""
    return tuple(CompiledRule(re.compile(r.pattern.format_map(fragments)), r.handler) for r in rules)


def range_hit(
    m: re.Match[str], start: date | None, end: date | None, has_ref: bool, rolled: bool = False
) -> Hit:
    """The hit of a date range; a contradictory range (end before start, a rollover into the next month
    longer than MAX_ROLLOVER_DAYS) or an unresolvable start keeps its text without a value."""
    if start and end and (end < start or (rolled and (end - start).days > MAX_ROLLOVER_DAYS)):
        return Hit(m.start(), m.end(), None, "range")  # contradictory: keep the text, invent nothing
    if start is None and has_ref:
        return Hit(m.start(), m.end(), None, "range")
    return Hit(m.start(), m.end(), iso(start), "range", iso(end))


def on_day_range(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """Groups d1, d2: a range of days without a month (19日至21日, "from the 19th to the 21st"), in the
    month nearest the reference; an end day below the start day is in the next month."""
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    if ref is None:
        return Hit(m.start(), m.end(), None, "range")
    start = nearest_month(d1, ref)
    if start is None:
        return None
    y, mo = (start.year, start.month) if d2 >= d1 else add_months(start.year, start.month, 1)
    return range_hit(m, start, safe_date(y, mo, d2), True, d2 < d1)


# ---------------------------------------------------------------------------------------------- tense


def tense(context: str, chinese: bool) -> str:
    """The tense of the clause around a date, by the markers of dates.toml: future, past or nearest."""
    if chinese:
        future, past = _chinese_markers()
        if any(w in context for w in future):
            return "future"
        if any(w in context for w in past):
            return "past"
        return "nearest"
    low = context.lower()
    if has_english_word(low, "future_markers"):
        return "future"
    if has_english_word(low, "past_markers"):
        return "past"
    return "nearest"


@cache
def _chinese_markers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(future markers, past markers) of the Chinese section of dates.toml."""
    zh = date_data()["chinese"]
    return tuple(zh["future_markers"]), tuple(zh["past_markers"])


@cache
def _english_words(keys: tuple[str, ...]) -> re.Pattern[str] | None:
    """One whole-word pattern for the English word lists ``keys`` of dates.toml (None when they are empty)."""
    words = [w for k in keys for w in date_data()["english"][k]]
    return re.compile(rf"\b(?:{alternation(words)})\b") if words else None


def has_english_word(text: str, *keys: str) -> bool:
    """True when lower-cased ``text`` holds a word (or phrase) of the dates.toml English lists ``keys``."""
    pattern = _english_words(keys)
    return bool(pattern and pattern.search(text))
