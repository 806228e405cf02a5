"""The English date rules: "Nov. 19-20", "19 November 2026", "in November", "on the 16th", "last Friday",
"three days ago", "last week" ...

:data:`RULES` is the table, in priority order (a span is claimed by the first rule that takes it): each
:class:`~.resolve.Rule` pairs a regex template with a module-level handler. The templates' ``{fields}`` are
the fragments of :func:`_fragments` (month and weekday names and relative words from
``pipeline/data/dates.toml``); they are compiled once, at first use, by :func:`rules`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from pipeline.stages.dates.en_context import generic_today, on_part_of_period, period_parts
from pipeline.stages.dates.en_weekdays import clause_before, on_weekday, past_verb_in
from pipeline.stages.dates.resolve import (
    PAST_TENSE_MAX_AHEAD,
    CompiledRule,
    Duration,
    Hit,
    Resolved,
    Rule,
    Shift,
    add_months,
    anaphora_hit,
    compile_rules,
    has_english_word,
    iso,
    moved,
    nearest_month,
    nearest_month_year,
    nearest_year,
    on_day_range,
    range_hit,
    season_year,
    shift,
    week_range,
)
from pipeline.text.datelines import date_data, safe_date
from pipeline.text.numbers import en_number, en_number_pattern
from pipeline.text.patterns import alternation

# "the last (three)" right before a month's span ("the last week of December") is an ordinal, not the past
_THE_LAST_BEFORE = re.compile(r"\bthe\s+last\s+(?:[a-z]+\s+)?$")
# A bare month after these is a target ("until April", "by January"), never moved back by a past clause
_MONTH_GOAL_WORDS = frozenset({"until", "till", "by", "before"})

# "the three months to December", "the year to March", "the quarter to June": a period of statistics ending in a
# month (thirteenth natural sample); "to" before a month after any other word is no date ("wrote to May", "moved to
# March 3" is a full date of its own)
_PERIOD_TO = re.compile(r"\b(?:months?|quarters?|years?|weeks?|half|period|season)\s+$", re.I)

# "the last week", "the next month", "these two days before": a span of time, not a date
_SPAN_BEFORE = re.compile(r"\b(?:the|these|those|past|first|previous|following|coming|final)\s+$", re.I)
# "for about 18 days before sinking", "within two days after": a duration before an event, not a date
_DURATION_BEFORE = re.compile(
    r"\b(?:for|within|during|lasting)(?:\s+(?:about|around|roughly|some|nearly|almost|another|only|just))?\s+$",
    re.I,
)
# "in a week where ...", "in two years of talks": the duration describes something, it is not a date ahead
# A time of day: "8 a.m.", "10:30 pm", "noon", "midnight"
_CLOCK = r"(?i:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.\s?m\b\.?|[ap]m\b)|\d{1,2}:\d{2}|noon|midnight)"
_BETWEEN_CLOCK = re.compile(rf"\bbetween\s+{_CLOCK}\s+(?:on\s+)?$", re.I)
_NOT_AHEAD_AFTER = re.compile(r"\s*(?:where|when|that|which|of|for|than|or)\b", re.I)


@dataclass(frozen=True)
class EnglishWords:
    """The English vocabulary of ``pipeline/data/dates.toml`` that the rules read."""

    months: Mapping[str, int]  # "november" and "nov" 11 ...
    weekdays: Mapping[str, int]  # "monday" and "mon" 0 ...
    weekday_prefixes: Mapping[str, str]  # "last" "last", "this" "week0", "this past" "last" ...
    relative_days: Mapping[str, int]  # "today" 0, "yesterday" -1 ...
    relative_years: Mapping[str, int]  # "this year" 0 ...
    relative_months: Mapping[str, int]  # "last month" -1 ...
    relative_weeks: Mapping[str, int]  # "last week" -1 ...: calendar weeks
    relative_weekends: Mapping[str, int]  # "last weekend" -1 ...
    partial_weeks: Mapping[str, str]  # "earlier this week" "before" ...
    day_followers: frozenset[str]  # words that may follow "on the 16th" for it to be a day of the month
    duration_units: Mapping[str, tuple[str, int]]  # "days" ("day", 1), "decade" ("year", 10) ...
    duration_directions: Mapping[str, int]  # "ago" -1, "later" 1 ...
    from_reference: frozenset[str]  # "ago", "from now": counted from the reference date
    from_following: frozenset[str]  # "before", "after": counted from the date right after them
    vague_counts: tuple[str, ...]  # "a few", "several": no number
    bound_words: tuple[str, ...]  # "more than", "over": a bound, not a point
    ahead_adverbs: tuple[str, ...]  # "just", "about": between "in" and its count ("in just two weeks")
    anaphora: Mapping[str, tuple[str, int]]  # "the next day" ("day", 1): counted from the date before them


@cache
def words() -> EnglishWords:
    en = date_data()["english"]
    return EnglishWords(
        months=en["months"],
        weekdays=en["weekdays"],
        weekday_prefixes=en["weekday_prefixes"],
        relative_days=en["relative_days"],
        relative_years=en["relative_years"],
        relative_months=en["relative_months"],
        relative_weeks=en["relative_weeks"],
        relative_weekends=en["relative_weekends"],
        partial_weeks=en["partial_weeks"],
        day_followers=frozenset(en["ordinal_day_followers"]),
        duration_units={k: (v[0], int(v[1])) for k, v in en["duration_units"].items()},
        duration_directions=en["duration_directions"],
        from_reference=frozenset(en["durations"]["from_reference"]),
        from_following=frozenset(en["durations"]["from_following"]),
        vague_counts=tuple(en["durations"]["vague_counts"]),
        bound_words=tuple(en["durations"]["bound_words"]),
        ahead_adverbs=tuple(en["durations"]["ahead_adverbs"]),
        anaphora={k: (v[0], int(v[1])) for k, v in en["anaphora"].items()},
    )


@cache
def _fragments() -> dict[str, str]:
    """The ``{fields}`` of the rule templates."""
    w = words()
    # Month names are capitalised in running text ("may" and "march" are also verbs).
    month_words = "|".join(
        sorted({m.capitalize() for m in w.months} | {m.upper() for m in w.months}, key=len, reverse=True)
    )
    # full names only, capitalised or in capitals as months are ("TUESDAY 'S RESULTS" in a wire headline)
    weekdays = "|".join(f"{d.capitalize()}|{d.upper()}" for d in w.weekdays if len(d) > 4)
    relative_years = alternation(w.relative_years)
    return {
        "month_words": month_words,
        # a month name as group m, m1 or m2: "Nov.", "November", "NOV"
        **{f"month_{g}": rf"\b(?P<{g}>{month_words})(?:\.|\b)" for g in ("m", "m1", "m2")},
        "weekdays": weekdays,
        "weekday_prefix": rf"(?:\b(?:{weekdays}),?\s+)?",
        "weekday_modes": _phrases(w.weekday_prefixes),
        "ordinal": r"(?:st|nd|rd|th)?",
        "clock_tail": r"\s*(?i:[ap]\.?\s?m\b|o'clock)",
        "year_suffix": rf"(?:\s*,?\s*(?P<y>\d{{4}})(?!\d)|\s+(?P<ry>{relative_years}))?",
        "dash": r"\s*(?:-|–|—|to|through|until|till)\s*",
        # a time of day at a range's ends ("from 8 a.m. on the 29th to 8 a.m. on the 30th"): still a range of days
        "clock_on": rf"(?:{_CLOCK}\s+(?:on\s+)?)",
        "clock_at": rf"(?:,?\s+(?:at\s+)?{_CLOCK})",
        "relative_years": relative_years,
        "relative_months": alternation(w.relative_months),
        "relative_days": alternation(w.relative_days),
        "relative_weeks": _phrases([*w.relative_weeks, *w.relative_weekends, *w.partial_weeks]),
        "number": rf"\d+\.\d+|\d{{1,3}}(?:,\d{{3}})+|\d+|{en_number_pattern()}|half\s+an?",
        "vague_count": _phrases(w.vague_counts),
        "bound": _phrases(w.bound_words),
        "ahead_adverbs": _phrases(w.ahead_adverbs),
        "duration_units": alternation(w.duration_units),
        "duration_directions": _phrases(w.duration_directions),
        "anaphora": _phrases(w.anaphora),
        "period_parts": period_parts(),
        "seasons": alternation(date_data()["english"]["season_starts"]),
        "season_modes": _phrases(date_data()["english"]["season_modes"]),
    }


def _phrases(words: Iterable[str]) -> str:
    """An alternation of words and phrases, longest first, any run of spaces between the words of a phrase."""
    return alternation(words).replace(r"\ ", r"\s+")


# ---------------------------------------------------------------------------------------------- helpers


def _month_no(name: str) -> int:
    return words().months[name.lower()]


def _year_of(m: re.Match[str], ref: date | None) -> int | None:
    """The year of groups y (2026) or ry ("this year", "last year"); None when neither is given."""
    if m.group("y"):
        return int(m.group("y"))
    if m.group("ry") and ref:
        return ref.year + words().relative_years[m.group("ry").lower()]
    return None


def _resolve(y: int | None, mo: int, d: int, ref: date | None) -> Resolved:
    """False: not a date (out of range); None: cannot resolve."""
    if not 1 <= d <= 31 or safe_date(2000, mo, d) is None:
        return False
    if y is not None:
        return safe_date(y, mo, d) or False
    return nearest_year(mo, d, ref) if ref else None


def _told_as_past(m: re.Match[str], resolved: date, reference: date) -> bool:
    """True when the English clause before the date puts it in the past although the nearest year puts it
    after the reference: "since" always; a past-tense clause when the date would be over a month ahead."""
    if resolved <= reference:
        return False
    clause = _THE_LAST_BEFORE.sub("", clause_before(m))  # "the last (three) days of July": no past marker
    if re.search(r"\bsince\s+$", clause):
        return True
    if (resolved - reference).days <= PAST_TENSE_MAX_AHEAD or re.search(
        r"\b(?:to|until|till|for|by|before|on\s+or\s+before)\s+$", clause
    ):
        return False  # "was postponed to March 15", "was scheduled for": a target date, not a past one
    if has_english_word(clause, "future_markers"):
        return False
    return has_english_word(clause, "past_markers") or past_verb_in(clause)


# ---------------------------------------------------------------------------------------------- handlers


def _on_range(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """Groups d1, m1, d2 and m2 (empty: the month of d1, or the next one when d2 < d1), y or ry."""
    m1 = _month_no(m.group("m1"))
    m2 = _month_no(m.group("m2")) if m.group("m2") else None
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    y = _year_of(m, ref)
    start = _resolve(y, m1, d1, ref)
    if start is False:
        return None
    rolled = m2 is None and d2 < d1
    if m2 is None:
        m2 = m1 if d2 >= d1 else m1 % 12 + 1
    y2 = None
    if isinstance(start, date):
        y2 = start.year + (1 if m2 < m1 else 0)
    end = _resolve(y2, m2, d2, ref) if y2 is not None else None
    if end is False:
        return None
    return range_hit(m, start or None, end or None, ref is not None, rolled)


def _on_month_day_range(m: re.Match[str], ref: date | None, ctx: str) -> Hit | list[Hit] | None:
    """ "Nov. 19-20" is a range; "Nov. 19 and 21" two dates (the second was left unread before the ninth natural
    sample: "on July 7 and 8"), unless "between" comes before it, which makes it a range again."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    if "between" in before[-10:].lower() or _BETWEEN_CLOCK.search(before) or " and " not in m.group(0):
        return _on_range(m, ref, ctx)
    if not m.group("m2") and int(m.group("d2")) < int(m.group("d1")):
        return None  # "Nov. 30 and 2": no month rolls over between two listed dates
    both = _on_range(m, ref, ctx)
    if both is None:
        return None
    m1 = _month_no(m.group("m1"))
    m2 = _month_no(m.group("m2")) if m.group("m2") else m1
    explicit = bool(m.group("y") or m.group("ry"))
    first = Hit(m.start(), m.end("d1"), both.value, partial=None if explicit else (m1, int(m.group("d1"))))
    at = m.start("m2") if m.group("m2") else m.start("d2")
    return [first, Hit(at, m.end(), both.end_value, partial=None if explicit else (m2, int(m.group("d2"))))]


def _on_month_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    mo, d = _month_no(m.group("m")), int(m.group("d"))
    res = _resolve(_year_of(m, ref), mo, d, ref)
    if res is False:
        return None
    explicit = bool(m.group("y") or m.group("ry"))
    if not explicit and isinstance(res, date) and ref is not None and _told_as_past(m, res, ref):
        res = safe_date(res.year - 1, mo, d) or res
    return Hit(
        m.start(),
        m.end(),
        iso(res or None),
        anchor=explicit and bool(res),
        partial=None if explicit else (mo, d),
    )


def _on_month_year(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    y = _year_of(m, ref)
    mo = _month_no(m.group("m"))
    return Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}" if y is not None else None)


def _on_month_alone(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """Group pre, the word before the month, picks the year: this, since, next, last, else the nearest."""
    mo = _month_no(m.group("m"))
    pre = m.group("pre").lower().strip()
    if pre == "to" and not _PERIOD_TO.search(m.string, 0, m.start()):
        return None  # "the three months to December" is a period ending then; "a letter to May" is no month
    if ref is None:
        return Hit(m.start(), m.end(), None)
    pre = pre.split()[0] if pre.split() and pre.split()[0] in ("this", "next", "last") else pre
    if pre == "this":
        y = ref.year
    elif pre == "since":
        y = ref.year if mo <= ref.month else ref.year - 1  # "since June": on or before the reference
    elif pre == "next":
        y = ref.year + (1 if mo <= ref.month else 0)
    elif pre == "last":
        y = ref.year - (1 if mo >= ref.month else 0)
    else:
        y = int(nearest_month_year(mo, ref)[:4])
        if pre not in _MONTH_GOAL_WORDS and _told_as_past(m, date(y, mo, 1), ref):
            y -= 1  # "levels last seen in April", "sales fell in January" told in November: the one before
    return Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}")


def _on_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    d = int(m.group("d"))
    nxt = m.group("next")
    followers = words().day_followers
    if not 1 <= d <= 31:
        return None
    if nxt and nxt.lower() not in followers and not re.match(r"^\s*,", m.group("after")):
        return None
    if nxt and nxt[0].isupper() and nxt.lower() not in followers:
        return None
    end = m.start("after")
    if ref is None:
        return Hit(m.start(), end, None)
    return Hit(m.start(), end, iso(nearest_month(d, ref)), partial=(None, d))


def _on_relative_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    word = m.group("w")
    before = m.string[: m.start()].rstrip()
    if word[0].isupper() and before and before[-1] not in '.!?"“‘:(—-' and before[-1].isalpha():
        return None  # "USA Today", "China Today": a name
    if ref is None or generic_today(m):
        return Hit(m.start(), m.end(), None)  # "today's consumerist lifestyle": nowadays, no day
    return Hit(m.start(), m.end(), iso(ref + timedelta(days=words().relative_days[word.lower()])))


def _on_relative_year_month(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
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
    half " (the half as group and_half); a span of counts, "15–20 ", "two or three ", has the first as group span."""
    f = _fragments()
    return re.compile(
        rf"\b(?i:(?:(?P<bound>{f['bound']})\s+)?(?P<span>\d+\s*[-–—]\s*(?=\d)|(?:{f['number']})\s+(?:to|or)\s+)?"
        rf"(?P<n>{f['number']}|{f['vague_count']})(?P<and_half>\s+and\s+a\s+half)?\s+)$"
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


def _on_duration(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
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
    if count and count.group("span") and words().duration_units[m.group("unit").lower()][0] == "hour":
        return None  # "1–2 hours after your workout": a time of day, as "two hours after" is
    following = direction in words().from_following
    if duration is not None and duration.unit == "hour":
        return None  # "two hours ago", "1-2 hours after your workout": a time of day, not a date
    if duration is None:
        if following and not bounded:
            return None  # "weeks after the vote", "day after day": not a date
        return Hit(start, m.end(), None)
    if m.group("this") and direction == "ago":
        return _ago_this(m, start, ref, duration)
    end = m.end("dir")  # "today" after "later" is a date of its own
    if direction in words().from_reference:
        return Hit(start, end, shift(ref, duration, sign) if ref else None)
    return Hit(start, end, None, shift=Shift(duration, sign, "following" if following else "previous"))


def _on_anaphora(m: re.Match[str], _ref: date | None, _ctx: str) -> Hit | None:
    """ "the next day", "the following day", "the previous day": a day from the date before it in the sentence
    (:func:`.scan.shifted`); without one the mention is dropped."""
    return anaphora_hit(m, *words().anaphora[re.sub(r"\s+", " ", m.group("w").lower())])


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


def _in_past_or_span(clause: str) -> bool:
    """True when the clause before "in three days" makes it a span of time rather than a date ahead: a
    superlative or a count of times right before it ("the first time in 25 years", "twice in a week", "its
    biggest monthly gain in two years"; not "its first plant ready in two years"), or the past tense without a
    future marker ("sold out in three days")."""
    if has_english_word(" ".join(clause.split()[-_SPAN_WORD_REACH:]), "span_words"):
        return True
    if has_english_word(clause, "future_markers"):
        return False
    return has_english_word(clause, "past_markers", "past_verbs", "past_span_words") or bool(
        re.search(r"\b[a-z]{2,}ed\b", clause)
    )


def _on_duration_ahead(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
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


def _on_relative_week(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
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
        offset = w.relative_weekends[phrase]
        if offset == 1 and ref.weekday() <= date_data()["english"]["next_weekend_coming_through"]:
            offset = 0  # "next weekend" said on a Monday or Tuesday: the coming one
        first, last = week_range(ref, offset, weekend=True)
    else:
        first, last = week_range(ref, w.relative_weeks[phrase])
    return Hit(m.start(), m.end(), first.isoformat(), "range", last.isoformat())


def _on_season(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """ "last summer", "next spring", "this autumn": the year of that season (season_year)."""
    en = date_data()["english"]
    start = en["season_starts"][m.group("season").lower()]
    mode = en["season_modes"][re.sub(r"\s+", " ", m.group("pre").lower())]
    year = season_year(start, mode, ref) if ref else None
    return Hit(m.start(), m.end(), f"{year:04d}" if year else None)


# ---------------------------------------------------------------------------------------------- the table

# str.format templates: {fields} from _fragments(), regex braces doubled.
RULES: tuple[Rule, ...] = (
    # "Nov. 19-20", "November 19 to 21, 2026", "Nov. 30-Dec. 2", "from Nov. 19 to Nov. 21",
    # "between Nov. 19 and 21"
    Rule(
        r"{weekday_prefix}{month_m1}\s*(?P<d1>\d{{1,2}}){ordinal}(?!\d|:){clock_at}?"
        r"(?:{dash}|\s+and\s+(?=(?:{month_words})?\.?\s*\d))(?:{clock_on}(?={month_words}))?"
        r"(?:{weekday_prefix}{month_m2}\s*)?(?P<d2>\d{{1,2}}){ordinal}(?![\d:%]|{clock_tail}){year_suffix}",
        _on_month_day_range,
    ),
    # "30 March to 2 April", "30th March - 2nd April 2024"
    Rule(
        r"\b(?P<d1>\d{{1,2}}){ordinal}\s+(?:of\s+)?{month_m1}{dash}(?P<d2>\d{{1,2}}){ordinal}\s+(?:of\s+)?"
        r"{month_m2}{year_suffix}",
        _on_range,
    ),
    # "19-20 November 2026", "19 to 21 Nov"
    Rule(
        r"\b(?P<d1>\d{{1,2}}){ordinal}{dash}(?P<d2>\d{{1,2}}){ordinal}\s+(?:of\s+)?{month_m1}(?P<m2>)"
        r"{year_suffix}",
        _on_range,
    ),
    # "from the 19th to the 21st"
    Rule(
        r"\b(?i:from|between)\s+{clock_on}?the\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th){clock_at}?\s+"
        r"(?:to|and|until|till|through)\s+{clock_on}?the\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)\b",
        on_day_range,
    ),
    # "November 19 this year", "Thursday, Nov. 19, 2026", "Nov 19th"
    Rule(r"{weekday_prefix}{month_m}\s*(?P<d>\d{{1,2}}){ordinal}(?![\d:%]){year_suffix}", _on_month_day),
    # "19 November 2026", "the 19th of November"
    Rule(
        r"{weekday_prefix}(?:\bthe\s+)?\b(?P<d>\d{{1,2}}){ordinal}\s+(?:of\s+)?{month_m}"
        r"(?!\s*\d{{1,2}}\b(?!\d)){year_suffix}",
        _on_month_day,
    ),
    # "November 2021", "Nov. this year": month precision
    Rule(r"{month_m}\s*(?:,?\s*(?P<y>\d{{4}})(?!\d)|\s+(?P<ry>{relative_years}))", _on_month_year),
    # "in November", "late last November", "mid-February", "throughout November": month precision
    Rule(
        r"\b(?P<pre>(?i:(?:in|since|until|till|by|from|during|through|throughout|before|after|early|late|end\s+of|"
        r"(?:weeks?|days|month|half|part|middle|beginning|start)\s+of|this|next|last|to)\s+|mid-?\s*)){month_m}"
        r"(?!\s*\d)",
        _on_month_alone,
    ),
    # "a January discount", "a key September conversation", "his September arrest", "Apple's September event": a
    # month name used as an adjective before a noun (a capitalised word after it is a name: "the May Fourth Movement")
    Rule(
        r"\b(?P<pre>(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our"
        r"|[A-Za-z]+['’]s)\s+(?:[a-z]+\s+)?){month_m}"
        r"(?=\s+[a-z]{{3,}})(?!\s+(?:and|or|to|of|through|until|till|in|on|at|for|by)\b)",
        _on_month_alone,
    ),
    # "on the 16th", "On the 29th," — an ordinal day after a preposition, not "the 18th National Congress"
    Rule(
        r"\b(?i:on|by|until|till|since|from|through|before|after|between|and|to)\s+the\s+"
        r"(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b(?P<after>\s*(?:of\s+)?(?P<next>[A-Za-z]+)?)",
        _on_day,
    ),
    # "the next day", "the following day": counted from the date before them in the sentence
    Rule(r"\b(?P<w>(?i:{anaphora}))\b", _on_anaphora),
    # "three days ago", "two weeks later", "a year earlier", "two days after Nov. 3", "a few days ago" (no value)
    Rule(
        r"\b(?i:(?P<unit>{duration_units})(?P<half>\s+and\s+a\s+half)?\s+(?P<dir>{duration_directions}))\b"
        r"(?!\s+than\b)(?P<this>\s+(?i:today|this\s+week|this\s+month)\b)?",
        _on_duration,
    ),
    # "in three days", "in two weeks' time": ahead of the reference
    Rule(
        r"\b(?i:in\s+(?:(?:{ahead_adverbs})\s+)?(?:(?P<vague>(?:{bound})\s+(?:{number})|{vague_count})|(?P<n>{number}))"
        r"(?P<and_half>\s+and\s+a\s+half)?\s+(?P<unit>{duration_units})"
        r"(?P<half>\s+and\s+a\s+half)?"
        r"(?:(?:'s|’s|s'|s’|')?\s+time)?)\b",
        _on_duration_ahead,
    ),
    # today, yesterday, the day before yesterday, this morning
    Rule(r"\b(?P<w>(?i:{relative_days}))\b", _on_relative_day),
    # "last week", "this weekend", "earlier this week": calendar weeks, a range
    Rule(r"\b(?P<w>(?i:{relative_weeks}))\b", _on_relative_week),
    # "at the end of the month", "later in the year": the reference's month or year
    Rule(r"\b(?i:(?:{period_parts})\s+the\s+(?P<unit>month|year))\b", on_part_of_period),
    # "this year", "next year", "last month": year / month precision
    Rule(r"\b(?P<w>(?i:{relative_years}|{relative_months}))\b", _on_relative_year_month),
    # "last summer", "next spring" (not "this fall in prices")
    Rule(r"\b(?P<pre>(?i:{season_modes}))\s+(?P<season>(?i:{seasons}))\b(?!\s+(?:in|of)\b)", _on_season),
    # "last Friday", "next Monday", "on Thursday", "Sunday"
    Rule(r"\b(?:(?P<pre>(?i:{weekday_modes}))\s+)?(?P<wd>{weekdays})\b", on_weekday),
)


@cache
def rules() -> tuple[CompiledRule, ...]:
    """:data:`RULES` compiled, in priority order."""
    return compile_rules(RULES, _fragments())
