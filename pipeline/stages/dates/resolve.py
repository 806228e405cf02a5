"""Reference-date arithmetic: a partial date (no year, no month, a weekday, a relative word) resolved against
the reference date, a duration counted from a date (3天前, "two weeks ago"), a calendar week (上周, "last
week"), and the records the rules hand back (:class:`Hit`, :class:`Rule`, :class:`Duration`, :class:`Shift`).

Pure date logic, shared by the Chinese rules (:mod:`.zh`), the English rules (:mod:`.en`) and the scanner.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import cache
from typing import Literal, NamedTuple

from pipeline.text.datelines import date_data, safe_date
from pipeline.text.patterns import alternation
from pipeline.text.scripts import fold_width

BEIJING = timezone(timedelta(hours=8))

# A range whose end day is smaller than its start day runs into the next month ("Nov. 30-2"), but only
# a short one: "Nov. 21-19" is a mistake, not a four-week event.
MAX_ROLLOVER_DAYS = 14

# What a rule's date resolver gives back: a date, None when it cannot be resolved (no reference), or False
# when the text is not a date at all (2月30日, day 32).
Resolved = date | None | Literal[False]

# ---------------------------------------------------------------------------------------------- arithmetic


# A month/day without a year told in the past ("the flight that went missing on March 8", "since June 3",
# 4月15日，警方已将其拘留) is not a date weeks ahead: beyond this many days after the reference the previous
# year's date is taken (English and Chinese alike).
PAST_TENSE_MAX_AHEAD = 30

# An English time of day: "8 a.m.", "10:30 pm", "noon", "midnight" (the range rules, the weekday reader)
CLOCK = r"(?i:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.\s?m\b\.?|[ap]m\b)|\d{1,2}:\d{2}|noon|midnight)"


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


def weekday_date(weekday: int, reference: date, mode: str, margin: int = 2) -> date:
    """Resolve a weekday. mode: "past" (on or before the reference), "future" (on or after), "nearest"
    (within three days either way), "last"/"next" (strictly before/after), or a calendar-week offset
    "week-1"/"week0"/"week1" (上周五/本周五/下周五, weeks run Monday to Sunday). past/future apply only when
    the nearest such day is more than ``margin`` days away: 2 for a tense read anywhere around the weekday ("runs
    through Friday, was announced"), 1 for a tense read in the clause before it ("said on Friday" two days
    ahead is last Friday). Within a day the nearest always wins: a story stamped just after midnight, or in a
    time zone behind the event's, is a day off its own "today"."""
    if mode.startswith("week"):
        monday = reference - timedelta(days=reference.weekday())
        return monday + timedelta(days=7 * int(mode[4:]) + weekday)
    back = (reference.weekday() - weekday) % 7
    fwd = (weekday - reference.weekday()) % 7
    if min(back, fwd) <= margin and mode in ("past", "future"):
        mode = "nearest"
    if mode == "last":
        return reference - timedelta(days=back or 7)
    if mode == "next":
        return reference + timedelta(days=fwd or 7)
    if mode == "past":
        return reference - timedelta(days=back)
    if mode == "future":
        return reference + timedelta(days=fwd)
    return reference - timedelta(days=back) if back <= fwd else reference + timedelta(days=fwd)


def season_year(start_month: int, mode: int, reference: date) -> int | None:
    """The year of "last/this/next <season>" (a season of three months starting at ``start_month``): this =
    the reference year's; last = the latest one over before the reference's own season; next = the first one
    starting after it. A winter spans two years: None."""
    if start_month == 12:
        return None
    if mode == 0:
        return reference.year
    if mode < 0:
        return reference.year if start_month + 2 < reference.month else reference.year - 1
    return reference.year if start_month > reference.month else reference.year + 1


def week_range(reference: date, offset: int, weekend: bool = False) -> tuple[date, date]:
    """The Monday and Sunday (or, with ``weekend``, the Saturday and Sunday) of the calendar week ``offset``
    weeks from the reference date's week: 上周 / "last week" is -1."""
    monday = reference - timedelta(days=reference.weekday()) + timedelta(days=7 * offset)
    return monday + timedelta(days=5 if weekend else 0), monday + timedelta(days=6)


def weekend_range(phrase: str, ref: date, told_in_past: bool = False) -> tuple[date, date]:
    """The Saturday and Sunday a weekend phrase of relative_weekends names, said on ``ref``: "last weekend" the calendar
    week's before, "next weekend" early in a week the coming one, "the upcoming weekend" the first ahead."""
    en = date_data()["english"]
    offset = en["relative_weekends"][phrase]
    if phrase in en["coming_weekend_words"]:
        offset = 0 if ref.weekday() < 5 else 1  # "the upcoming weekend" said on a Sunday: the next week's
    elif offset == 1 and ref.weekday() <= en["next_weekend_coming_through"]:
        offset = 0  # "next weekend" said on a Monday or Tuesday: the coming one
    elif offset == 0 and ref.weekday() <= en["this_weekend_past_through"] and told_in_past:
        offset = (
            -1
        )  # "has talked … including a discussion this weekend" in a Monday's story: the weekend just past
    return week_range(ref, offset, weekend=True)


class Duration(NamedTuple):
    """An amount of time written in the text: ``amount`` units, and a half more when ``half`` (一年半, 半个月:
    amount 0 and a half). Units: hour, day, week, month, year (decades are counted in years); hours are made
    whole days by :meth:`normalised` where they can be."""

    unit: str
    amount: int
    half: bool = False

    def normalised(self) -> Duration:
        """Whole days for a count of hours that is one (48 hours: 2 days); other durations unchanged."""
        if self.unit == "hour" and not self.half and self.amount and self.amount % 24 == 0:
            return Duration("day", self.amount // 24)
        return self


# The precision of a shifted date is the unit's (docs/dates.md): days and weeks give a day, months a month,
# years a year; half a year is six months (a month), half a month fifteen days (a day).
_PRECISION = {"day": 10, "week": 10, "month": 7, "year": 4}


def duration_precision(duration: Duration) -> int | None:
    """The length of the ISO value a shift by ``duration`` gives (10 day, 7 month, 4 year); None when it has
    no honest value (half a day, half a week: a vague amount; hours that are not whole days: the time of day
    of the reference is not known)."""
    if duration.unit == "hour":
        return None
    if duration.half and duration.unit in ("day", "week"):
        return None
    if duration.half:
        return 10 if duration.unit == "month" else 7
    return _PRECISION[duration.unit]


def moved(base: date, duration: Duration, sign: int) -> date | None:
    """``base`` moved by ``duration`` to the day (back when ``sign`` is -1): months and years keep the day of
    the month where it exists (March 31 less a month is February's last day); None outside years 1-9999."""
    try:
        if duration.unit in ("day", "week"):
            return base + timedelta(days=sign * duration.amount * (7 if duration.unit == "week" else 1))
        years = duration.unit == "year"
        months = duration.amount * (12 if years else 1) + (6 if years and duration.half else 0)
        y, mo = add_months(base.year, base.month, sign * months)
        day = date(y, mo, min(base.day, monthrange(y, mo)[1]))
        return day + timedelta(days=sign * 15) if duration.unit == "month" and duration.half else day
    except (ValueError, OverflowError):
        return None


def shift(base: date, duration: Duration, sign: int) -> str | None:
    """``base`` moved by ``duration`` (back when ``sign`` is -1), at the duration's precision; None when it
    has none, or the year leaves 1-9999."""
    precision = duration_precision(duration)
    day = moved(base, duration, sign)
    return day.isoformat()[:precision] if precision and day else None


def shift_value(value: str, duration: Duration, sign: int) -> str | None:
    """An ISO value ("2024-03-07", "2024-03", "2024") moved by ``duration``; None when the value is coarser
    than the result would be ("three days after 2024": no day to count from)."""
    precision = duration_precision(duration)
    if precision is None or len(value) < precision:
        return None
    try:
        base = date(
            int(value[:4]),
            int(value[5:7]) if len(value) >= 7 else 1,
            int(value[8:10]) if len(value) >= 10 else 1,
        )
    except ValueError:
        return None
    return shift(base, duration, sign)


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


class Shift(NamedTuple):
    """A duration counted from a date of the same sentence, resolved after the scan (:func:`.scan.shifted`):
    ``base`` "previous" is the date before it (11月3日入院，三天后出院; "three days later"), "following" the date
    right after it ("two days after Nov. 3"). ``fallback`` is the value when there is no such date (the
    reference-based reading of a future clause, 将于10天后开幕), else None."""

    duration: Duration
    sign: int
    base: str
    fallback: str | None = None
    anaphora: bool = False  # 次日, "the following day": no date at all without a date to count from


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
    shift: Shift | None = (
        None  # a duration counted from another date of the sentence (三天后, "a year later")
    )
    weekday: int | None = (
        None  # a bare Chinese weekday's number (Monday 0): a named range of days may place it
    )


def anaphora_hit(m: re.Match[str], unit: str, offset: int) -> Hit:
    """次日, "the following day" (``unit`` "day", ``offset`` 1): a hit counted from the date before it in the
    sentence (:func:`.scan.shifted`), dropped when there is none."""
    shift_by = Shift(Duration(unit, abs(offset)), 1 if offset > 0 else -1, "previous", None, anaphora=True)
    return Hit(m.start(), m.end(), None, shift=shift_by)


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
    idioms = _english_words(("past_idioms",))
    if idioms is not None and idioms.search(low):
        low = idioms.sub(
            " ", low
        )  # "are coming off a loss on Saturday": a past result, its "coming" no future
        return "future" if has_english_word(low, "future_markers") else "past"
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


def english_words_pattern(*keys: str) -> re.Pattern[str] | None:
    """The whole-word pattern of the dates.toml English lists ``keys`` (None when they are empty)."""
    return _english_words(keys)


def has_english_word(text: str, *keys: str) -> bool:
    """True when lower-cased ``text`` holds a word (or phrase) of the dates.toml English lists ``keys``."""
    pattern = _english_words(keys)
    return bool(pattern and pattern.search(text))
