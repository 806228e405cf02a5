"""The English relative-date handlers: relative days ("yesterday"), years and months ("last month"), durations ("three
days ago", "in two weeks"), anaphora ("the next day"), calendar weeks ("last week") and seasons ("last summer")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from pipeline.stages.dates.en_context import day_word_in_headline, generic_today, nowadays_today
from pipeline.stages.dates.en_weekdays import clause_before, past_verb_in
from pipeline.stages.dates.en_words import fragments, words
from pipeline.stages.dates.resolve import (
    Duration,
    Hit,
    Shift,
    add_months,
    anaphora_hit,
    has_english_word,
    iso,
    moved,
    season_year,
    shift,
    week_range,
    weekend_range,
)
from pipeline.text.datelines import date_data
from pipeline.text.numbers import en_number

# "the last week", "the next month", "these two days before": a span of time, not a date
_SPAN_BEFORE = re.compile(r"\b(?:the|these|those|past|first|previous|following|coming|final)\s+$", re.I)
# "for about 18 days before sinking", "within two days after": a duration before an event, not a date; so after a
# verb of taking time ("it could take a week before water is drinkable", "it took three days before crews found the
# leak": enleads18, dev)
_DURATION_BEFORE = re.compile(
    r"\b(?:for|within|during|lasting|take|takes|took|taking|taken)(?:\s+(?:about|around|roughly|some|nearly|almost|another|only|just))?\s+$",
    re.I,
)
# "in a week where ...", "in two years of talks": the duration describes something, it is not a date ahead
_NOT_AHEAD_AFTER = re.compile(r"\s*(?:where|when|that|which|of|for|than|or)\b", re.I)


def on_relative_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    word = m.group("w")
    before = m.string[: m.start()].rstrip()
    if word[0].isupper() and before and before[-1] not in '.!?"“‘:(—-' and before[-1].isalpha():
        if not day_word_in_headline(m):
            return None  # "USA Today", "China Today": a name (in a title-case headline, the day)
    if ref is None or generic_today(m) or nowadays_today(m):
        return Hit(
            m.start(), m.end(), None
        )  # "today's consumerist lifestyle", "Today, farmers use drones": nowadays
    return Hit(m.start(), m.end(), iso(ref + timedelta(days=words().relative_days[word.lower()])))


def on_relative_year_month(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    w = re.sub(r"\s+", " ", m.group("w").lower())
    if _span_before(m):
        return None  # "over the last year", "in the next month": a span of time
    if ref is None:
        return Hit(m.start(), m.end(), None)
    if w in words().relative_years:
        return Hit(m.start(), m.end(), f"{ref.year + words().relative_years[w]:04d}")
    y, mo = add_months(ref.year, ref.month, words().relative_months[w])
    return Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}")


def _span_before(m: re.Match[str], start: int | None = None, duration: bool = False) -> bool:
    """True when the words before the match (or before ``start``) make it a span of time: "over the last
    year", "the next week"; for a ``duration`` also "for about 18 days before"."""
    start = m.start() if start is None else start
    before = m.string[max(0, start - 24) : start]
    return bool(_SPAN_BEFORE.search(before) or (duration and _DURATION_BEFORE.search(before)))


@cache
def _count_before() -> re.Pattern[str]:
    """The count (and a bound) that ends right before a unit: "three ", "more than a ", "a few ", "two and a
    half ", "4 1/2 " (the half as group and_half; seventeenth natural sample: "4 1/2 months" had read "2 months"); a span of counts, "15–20 ", "two or three ", has the first as group span."""
    f = fragments()
    return re.compile(
        rf"\b(?i:(?:(?P<bound>{f['bound']})\s+)?(?P<span>\d+\s*[-–—]\s*(?=\d)|(?:{f['number']})\s+(?:to|or)\s+)?"
        rf"(?P<n>{f['number']}|{f['vague_count']})(?P<and_half>\s+and\s+a\s+half|\s+1/2|\s*½)?\s+)$"
    )


def _duration_of(count_text: str, unit_word: str, half: bool) -> Duration | None:
    """The duration of a count (digits, words, "half a"; "" for none), a unit word and "and a half"; None
    when the count gives no number ("a few", "several", none: "years ago", 2.3)."""
    unit, per = words().duration_units[unit_word.lower()]
    count_text = re.sub(r"\s+", " ", count_text.lower())
    if re.fullmatch(r"\d+\.5", count_text):  # 1.5 years: a year and a half
        count_text, half = count_text[:-2], True
    halves = half + count_text.startswith("half ")
    count = 0 if count_text.startswith("half ") else (en_number(count_text) if count_text else None)
    if count is None or halves > 1:
        return None
    if halves and per > 1:
        return Duration(unit, count * per + per // 2)  # half a century: 50 years, half a fortnight: a week
    return Duration(unit, count * per, bool(halves)).normalised()  # 48 hours: two days


def on_duration(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """ "three days ago", "two weeks from now" (counted from the reference date); "a year earlier", "three days
    later" (from the date before them in the sentence); "two days after Nov. 3" (from the date after them).
    The match starts at the unit (a pattern that starts at the count is slow); the count is read before it.
    A vague count ("a few days ago", "years later"), a bound ("more than a year ago") or a span of counts
    ("15–20 years ago") keeps the mention without a value; "the two days before" is a span of time, not a date."""
    window = max(0, m.start() - 40)
    count = _count_before().search(m.string[window : m.start()])
    start = window + count.start("span" if count.group("span") else "n") if count else m.start()
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    # "for three days before" is a span; "set for three weeks from now" counts from the reference all the same
    span = _span_before(
        m, window + count.start() if count else start, direction not in words().from_reference
    )
    if span:
        return None
    sign = words().duration_directions[direction]
    # a bound ("more than a year ago") or a span of counts ("15–20 years ago", "two or three days later") is no point
    bounded = bool(count and (count.group("bound") or count.group("span")))
    count_text = count.group("n") if count else ""
    half = bool(m.group("half") or (count and count.group("and_half")))
    duration = None if bounded else _duration_of(count_text, m.group("unit"), half)
    hours = words().duration_units[m.group("unit").lower()][0] == "hour"
    if hours and duration is None and not (count and count.group("bound")):
        # "1–2 hours after your workout", "a few hours later", "hours later" (a span or a vague count of hours): a
        # time of day, as "two hours after" is ("a few hours later": enleads18, dev; a bound keeps its mention)
        return None
    following = direction in words().from_following
    if duration is not None and duration.unit == "hour":
        return None  # "two hours ago", "1-2 hours after your workout": a time of day, not a date
    if duration is None:
        if following and not bounded:
            return None  # "weeks after the vote", "day after day": not a date
        return Hit(start, m.end(), None)
    if m.group("this") and direction == "ago":
        return _ago_this(m, start, ref, duration)
    this_day = _THIS_DAY_BEFORE.search(m.string, max(0, start - 20), start)
    if this_day and direction == "ago":  # "on this day a year ago": that day (enleads14, dev)
        day = moved(ref, duration, -1) if ref else None
        return Hit(this_day.start(), m.end(), day.isoformat() if day else None)
    end = m.end("dir")  # "today" after "later" is a date of its own
    if direction in words().from_reference:
        return Hit(start, end, shift(ref, duration, sign) if ref else None)
    return Hit(start, end, None, shift=Shift(duration, sign, "following" if following else "previous"))


def on_anaphora(m: re.Match[str], _ref: date | None, _ctx: str) -> Hit | None:
    """ "the next day", "the following day", "the previous day": a day from the date before it in the sentence
    (:func:`.scan.shifted`); without one the mention is dropped."""
    return anaphora_hit(m, *words().anaphora[re.sub(r"\s+", " ", m.group("w").lower())])


_THIS_DAY_BEFORE = re.compile(r"\b(?i:this\s+(?:day|date))\s+$")


def _ago_this(m: re.Match[str], start: int, ref: date | None, duration: Duration) -> Hit:
    """ "a year ago today" (that day), "ten years ago this month" (that month), "two years ago this week"
    (that calendar week, a range): the duration counted back to the day, at the precision of the last word."""
    this = m.group("this").split()[-1].lower()
    day = moved(ref, duration, -1) if ref else None
    if this == "week":
        first, last = week_range(day, 0) if day else (None, None)
        return Hit(start, m.end(), iso(first), "range", iso(last))
    if day is None:
        return Hit(start, m.end(), None)
    return Hit(start, m.end(), day.isoformat()[:7] if this == "month" else day.isoformat())


# a superlative or a count makes "in two years" a span only from this many words before it: it governs the noun
# that "in two years" follows ("the first time in", "its biggest monthly gain in"), not a longer phrase ("its first
# plant ready in two years"; ninth natural sample)
_SPAN_WORD_REACH = 3


# a number in digits and one noun right before "in three days" (a score, a weight, copies sold): the amount reached
# within that span ("by an innings and 39 runs in two days"; session 23, first natural sample). Not a year, a time
# of day or a date ("on March 3 in two weeks"), which are no amounts.
# A multiple and its noun likewise: "a five-fold increase in a week", "a 10-fold jump in two days" (twenty-first
# natural sample).
_COUNTED_QUANTITY = re.compile(
    r"(?:(?<![\d,.:/-])\d[\d,.]*\s?(?:%|[a-z]+)"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)-?fold\s+[a-z]+)\s*$"
)


def _in_past_or_span(clause: str) -> bool:
    """True when the clause before "in three days" makes it a span of time rather than a date ahead: a
    superlative or a count of times right before it ("the first time in 25 years", "twice in a week", "its
    biggest monthly gain in two years"; not "its first plant ready in two years"), or the past tense without a
    future marker ("sold out in three days")."""
    if has_english_word(" ".join(clause.split()[-_SPAN_WORD_REACH:]), "span_words"):
        return True
    if has_english_word(clause, "future_markers"):
        return False
    if _COUNTED_QUANTITY.search(clause):
        return True  # "39 runs in two days", "lost 5 kg in two weeks": an amount reached within the span
    return has_english_word(clause, "past_markers", "past_verbs", "past_span_words") or bool(
        re.search(r"\b[a-z]{2,}ed\b", clause)
    )


def on_duration_ahead(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """ "in three days", "in two weeks' time": a date ahead of the reference, unless the sentence makes it a
    span of time (:func:`_in_past_or_span`; "in a week where ...")."""
    vague = m.group("vague") is not None  # "in a few days", "in more than two weeks": ahead, no point
    half = bool(m.group("half") or m.group("and_half"))
    duration = None if vague else _duration_of(m.group("n"), m.group("unit"), half)
    unit = duration.unit if duration else words().duration_units[m.group("unit").lower()][0]
    if (duration is None and not vague) or unit == "hour" or _NOT_AHEAD_AFTER.match(m.string, m.end()):
        return None
    clause = clause_before(m, window=80)
    if _in_past_or_span(clause):
        return None
    return Hit(m.start(), m.end(), shift(ref, duration, 1) if ref and duration else None)


def _told_in_past(m: re.Match[str]) -> bool:
    """The clause before the match told in the past tense with no future marker; a clause with no tense at all
    ("including a 45-minute discussion") is read in the sentence's earlier clauses ("has talked several times")."""
    clause = clause_before(m, window=80)
    if not has_english_word(clause, "future_markers", "past_markers") and not past_verb_in(clause):
        start = m.string.rfind(". ", 0, m.start()) + 1
        clause = m.string[max(start, m.start() - 160) : m.start()].lower()
    if has_english_word(clause, "future_markers"):
        return False
    return has_english_word(clause, "past_markers") or past_verb_in(clause)


def on_relative_week(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """ "last week", "this week", "next weekend" (a calendar week, Monday to Sunday, or its Saturday and
    Sunday), "earlier this week" (its Monday to the day before the reference): a range."""
    phrase = re.sub(r"\s+", " ", m.group("w").lower())
    if _span_before(m):
        return None  # "in the last week": the past seven days
    if ref is None:
        return Hit(m.start(), m.end(), None, "range")
    w = words()
    if phrase in w.partial_weeks:
        monday, sunday = week_range(ref, 0)
        if w.partial_weeks[phrase] == "before":
            first, last = monday, ref - timedelta(days=1)
        else:
            first, last = ref + timedelta(days=1), sunday
        if last < first:
            return Hit(m.start(), m.end(), None, "range")  # "earlier this week" on a Monday
    elif phrase in w.relative_weekends:
        first, last = weekend_range(phrase, ref, _told_in_past(m))
    else:
        first, last = week_range(ref, w.relative_weeks[phrase])
    return Hit(m.start(), m.end(), first.isoformat(), "range", last.isoformat())


def on_season(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """ "last summer", "next spring", "this autumn": the year of that season (season_year)."""
    en = date_data()["english"]
    start = en["season_starts"][m.group("season").lower()]
    mode = en["season_modes"][re.sub(r"\s+", " ", m.group("pre").lower())]
    year = season_year(start, mode, ref) if ref else None
    return Hit(m.start(), m.end(), f"{year:04d}" if year else None)
